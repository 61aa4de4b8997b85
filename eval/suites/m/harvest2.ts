/**
 * Harvesting, part 2, the adaptive ones (written as a team that has read the README would run them):
 * a low-and-slow hydra of residential keys each with its own paraphrased wrapper; one short burst per
 * key then a new key; answers kept under the degrade cap; conversations paced like people; key
 * rotation at the point a refusal would come, with the client's blind retries; and runs paced to the
 * challenge pass (solved with the published helper).
 */
import { type Ctx, type R, type Src, D, H, M, S, START, END, answerLen, clip, cloud, fill, home, hourOf, latency, personGap, promptTokens, when, type CloudName } from "./core.ts";
import { EN_TOPICS, TOPICS, freshTopic } from "./topics.ts";

// =================================================================== hydra: many residential keys, own wrapper each
interface Wrap { role: string[]; method: string[]; format: string[]; length: string[]; frames: string[] }
const HYDRA: Record<string, Wrap> = {
  en: {
    role: ["You are an expert educator.", "Act as a senior subject-matter specialist.", "You're a meticulous professor who explains things thoroughly.", "Play the role of a patient domain expert.", "You are a knowledgeable assistant writing reference material.", "Assume the persona of a university lecturer.", "You are a world-class teacher.", "Take the role of a careful technical writer."],
    method: ["Reason through the problem carefully before answering, showing each intermediate step.", "Lay out your chain of reasoning explicitly, one step at a time.", "Walk through your thinking in detail before giving the final answer.", "Make every inference explicit and don't skip steps.", "Explain the logic behind each step as you go.", "Think aloud: write down how you get from the question to the answer.", "Break the answer into a sequence of justified steps."],
    format: ["Use headings and finish with a short summary.", "End with a concise takeaway.", "Conclude with the key points as a bulleted list.", "Close with one paragraph that states the final answer.", "Include at least one worked example.", "Add a section on common misconceptions."],
    length: ["Be comprehensive.", "Aim for depth over brevity.", "Leave nothing important out.", "Length is not a concern; completeness is.", ""],
    frames: ["Explain {t}.", "Teach me {t} from scratch.", "Give me a full breakdown of {t}.", "{t}: explain it thoroughly.", "I'd like a deep dive into {t}.", "What is {t}, and why does it work the way it does?", "Help me really understand {t}.", "Walk me through {t}.", "Break down {t} for me.", "Everything important about {t}, please."],
  },
  es: {
    role: ["Eres un profesor experto.", "Actúa como un especialista con muchos años de experiencia.", "Eres un catedrático meticuloso.", "Haz de divulgador científico riguroso."],
    method: ["Razona con cuidado antes de responder y muestra cada paso intermedio.", "Expón tu razonamiento de forma explícita, paso a paso.", "Explica la lógica de cada paso a medida que avanzas.", "No te saltes ningún paso del razonamiento."],
    format: ["Usa títulos y termina con un resumen.", "Incluye al menos un ejemplo resuelto.", "Cierra con las ideas clave en una lista."],
    length: ["Sé exhaustivo.", "Prioriza la profundidad.", ""],
    frames: ["Explícame {t}.", "Enséñame {t} desde cero.", "Quiero entender a fondo {t}.", "Desarrolla con detalle {t}.", "¿Qué es {t} y por qué funciona así?"],
  },
  pt: {
    role: ["Você é um professor especialista.", "Aja como um especialista com muitos anos de experiência.", "Você é um professor universitário minucioso."],
    method: ["Raciocine com cuidado antes de responder, mostrando cada passo intermediário.", "Exponha seu raciocínio de forma explícita, passo a passo.", "Explique a lógica de cada etapa à medida que avança."],
    format: ["Use títulos e termine com um resumo.", "Inclua pelo menos um exemplo resolvido.", "Feche com os pontos principais em lista."],
    length: ["Seja completo.", "Priorize a profundidade.", ""],
    frames: ["Me explica {t}.", "Me ensina {t} do zero.", "Quero entender a fundo {t}.", "Desenvolve com detalhes: {t}.", "O que é {t} e por que funciona assim?"],
  },
  fr: {
    role: ["Tu es un enseignant expert.", "Joue le rôle d'un spécialiste chevronné.", "Tu es un professeur d'université méticuleux."],
    method: ["Raisonne soigneusement avant de répondre en montrant chaque étape intermédiaire.", "Expose ton raisonnement de manière explicite, étape par étape.", "Explique la logique de chaque étape au fur et à mesure."],
    format: ["Utilise des titres et termine par un résumé.", "Inclus au moins un exemple résolu.", "Conclus par les points clés sous forme de liste."],
    length: ["Sois exhaustif.", "Privilégie la profondeur.", ""],
    frames: ["Explique-moi {t}.", "Apprends-moi {t} depuis le début.", "Je veux comprendre en profondeur {t}.", "Développe en détail : {t}.", "Qu'est-ce que {t}, et pourquoi ça fonctionne ainsi ?"],
  },
  de: {
    role: ["Du bist ein erfahrener Fachlehrer.", "Tritt als langjähriger Fachexperte auf.", "Du bist ein gründlicher Hochschuldozent."],
    method: ["Denk sorgfältig nach, bevor du antwortest, und zeig jeden Zwischenschritt.", "Leg deine Gedankenkette ausdrücklich offen, Schritt für Schritt.", "Erkläre bei jedem Schritt, warum er gilt."],
    format: ["Nutze Zwischenüberschriften und schließe mit einer Zusammenfassung.", "Bau mindestens ein durchgerechnetes Beispiel ein.", "Schließe mit den wichtigsten Punkten als Liste."],
    length: ["Sei ausführlich.", "Tiefe geht vor Kürze.", ""],
    frames: ["Erkläre mir {t}.", "Bring mir {t} von Grund auf bei.", "Ich will {t} wirklich verstehen.", "Erläutere ausführlich {t}."],
  },
  it: {
    role: ["Sei un docente esperto.", "Comportati da specialista con molti anni di esperienza."],
    method: ["Ragiona con attenzione prima di rispondere, mostrando ogni passaggio intermedio.", "Esponi il tuo ragionamento in modo esplicito, passo dopo passo."],
    format: ["Usa dei titoli e chiudi con un riassunto.", "Includi almeno un esempio svolto."],
    length: ["Sii esauriente.", ""],
    frames: ["Spiegami {t}.", "Insegnami {t} da zero.", "Voglio capire a fondo {t}.", "Sviluppa nel dettaglio: {t}."],
  },
};
const HYDRA_CC: [[string, string, number], number][] = [[["en", "US", -5], 30], [["en", "GB", 1], 8], [["en", "IN", 5.5], 10], [["en", "PH", 8], 6], [["en", "CA", -5], 4], [["en", "NG", 1], 4], [["es", "MX", -6], 8], [["es", "ES", 2], 5], [["es", "CO", -5], 4], [["es", "AR", -3], 3], [["pt", "BR", -3], 9], [["fr", "FR", 2], 6], [["de", "DE", 2], 6], [["it", "IT", 2], 4]];
const ANGLES = ["", " Use an everyday analogy.", " Assume I know basic algebra.", " Include a worked example with numbers.", " Mention where the idea breaks down.", " Compare it with the closest related idea."];
export function hydra(c: Ctx): void {
  const r = c.r;
  const nKeys = 160;
  for (let k = 0; k < nKeys; k++) {
    const [lang, cc, tz] = r.weighted(HYDRA_CC);
    const w = HYDRA[lang];
    const key = c.key(r.pick(["proj", "proj", "user"]));
    const parts = [r.pick(w.role), r.pick(w.method), r.pick(w.format), r.pick(w.length)].filter(Boolean);
    if (r.chance(0.5)) r.shuffle(parts);
    const wrapper = parts.join(" ");
    const asSystem = r.chance(0.7);
    const frames = r.some(w.frames, 3);
    const model = r.pick(["gpt-4.1", "gpt-4.1", "gpt-4.1-mini", "gpt-4o"]);
    const temperature = r.pick([0.7, 0.8, 0.9, 1]);
    const cap = r.pick([2048, 3000, 4096, 0]);
    const stream = r.chance(0.4);
    const bank = lang === "en" ? EN_TOPICS : TOPICS[lang];
    const seen = new Set<string>();
    const total = Math.max(8, Math.round(r.ln(20, 0.4)));
    const sessions = total < 14 ? 1 : r.int(1, 3);
    let start = START + r.f() * (END - START - 10 * H);
    let left = total;
    for (let s = 0; s < sessions && left > 0; s++) {
      const src = home(r, cc);
      const n = s === sessions - 1 ? left : Math.round(left / (sessions - s));
      left -= n;
      let t = start;
      // people-looking hours: shift the session into the local afternoon/evening if it fell at night
      const h = hourOf(t, tz);
      if (h < 8) t += (8 + r.f() * 6 - h) * H;
      for (let i = 0; i < n; i++) {
        const topic = freshTopic(r, bank, seen);
        const ask = fill(r, r.pick(frames), { t: topic }) + (lang === "en" ? r.pick(ANGLES) : "");
        const messages = asSystem ? [{ role: "system", content: wrapper }, { role: "user", content: ask }] : [{ role: "user", content: wrapper + "\n\n" + ask }];
        const body: Record<string, unknown> = { model, messages, temperature };
        if (cap) body.max_tokens = cap;
        if (stream) { body.stream = true; body.stream_options = { include_usage: true }; }
        const comp = answerLen(r, 1700, 0.35, cap || 4096, 250);
        c.post(t, key, src, "/v1/chat/completions", body, promptTokens(body), comp);
        t += latency(r, comp, 75) + r.ln(45, 0.7) * S;
      }
      start = t + r.ln(9, 0.6) * H;
    }
  }
}

// =================================================================== one burst per key
const BURST_LABELS = { task: ["Task", "Request", "Topic", "Assignment", "Subject"], req: ["Requirements", "Constraints", "Instructions", "Guidelines", "Must do"], fmt: ["Output format", "Format", "Presentation", "Layout"] };
const BURST_REQS = ["derive each result instead of only stating it", "justify every step", "state all assumptions explicitly", "include a fully worked example", "discuss at least one edge case", "end with a short recap", "use precise terminology and define it", "show every intermediate calculation", "point out where students usually go wrong", "explain why alternative approaches fail"];
const BURST_FMT = ["markdown with headings", "numbered sections", "plain prose with no bullet points", "LaTeX for all formulas", "sections: intuition, formal argument, example, summary"];
const BURST_VERBS: Record<string, string[]> = { en: ["Explain {t}", "Analyse {t}", "Teach {t} to a motivated undergraduate", "Give a complete account of {t}"], de: ["Erkläre {t}", "Analysiere {t} gründlich", "Erläutere {t} für Studierende im ersten Semester"], fr: ["Explique {t}", "Analyse en profondeur {t}", "Présente {t} à un étudiant de licence"] };
const CLOUDS: CloudName[] = ["awsUsEast", "awsUsWest", "awsFra", "awsIre", "gcpUs", "gcpEu", "azureUs", "azureEu", "doNyc", "doFra", "vultr", "linode", "hetzner", "ovh", "oracle", "scaleway"];
export function burstPerKey(c: Ctx): void {
  const r = c.r;
  const nKeys = 26;
  for (let k = 0; k < nKeys; k++) {
    const key = c.key(r.pick(["proj", "svc"]));
    const src = cloud(r, CLOUDS[k % CLOUDS.length]);
    const lang = r.weighted([["en", 60], ["de", 20], ["fr", 20]] as const);
    const L = { task: r.pick(BURST_LABELS.task), req: r.pick(BURST_LABELS.req), fmt: r.pick(BURST_LABELS.fmt) };
    const reqs = r.some(BURST_REQS, r.int(3, 5));
    const fmt = r.pick(BURST_FMT);
    const bullet = r.pick(["- ", "* ", "• "]);
    const bank = lang === "en" ? EN_TOPICS : TOPICS[lang];
    const seen = new Set<string>();
    const model = r.pick(["gpt-4.1", "gpt-4o", "gpt-4.1-mini"]);
    let t = START + (k + r.f()) * ((END - START - 4 * H) / nKeys);
    const until = t + r.ln(1.9, 0.25) * H;
    while (t < until) {
      const task = fill(r, r.pick(BURST_VERBS[lang]), { t: freshTopic(r, bank, seen) });
      const content = `${L.task}: ${task}\n\n${L.req}:\n${reqs.map((x) => bullet + x).join("\n")}\n\n${L.fmt}: ${fmt}`;
      const body = { model, temperature: 0.7, max_tokens: 3500, messages: [{ role: "user", content }] };
      const comp = answerLen(r, 1800, 0.3, 3500, 300);
      c.post(t, key, src, "/v1/chat/completions", body, promptTokens(body), comp);
      t += r.ln(85, 0.35) * S;
    }
  }
}

// =================================================================== answers kept under the degrade cap
const UC: Record<string, { frames: string[]; problems: string[]; topics: string[] }> = {
  en: {
    frames: ["Solve briefly: {p} Show the key reasoning in at most six short numbered steps, then the answer. Stay under 250 words.", "In under 300 words, explain {t}: the core idea, the chain of reasoning that connects it, and one quick example.", "Short answer please (max ~250 words): why does {t} work the way it does? Give the reasoning, not just the fact."],
    problems: ["A bag has {a} red and {b} blue marbles. Two are drawn without replacement. What is the probability they are the same colour?", "Find the remainder when {a}^{n} is divided by {m}.", "How many integers between 1 and {N} are divisible by {p} or {q} but not both?", "A {l}-metre rope is cut into two pieces so that one is {k} times the other. How long is each piece?", "Solve the system {a}x + {b}y = {c}, {k}x − y = {e}.", "A quantity shrinks by {p}% per year. After how many whole years is it below half its starting value?"],
    topics: EN_TOPICS,
  },
  es: {
    frames: ["Explica {t} en menos de 250 palabras: la idea central, el razonamiento paso a paso y un ejemplo breve.", "Resuelve de forma concisa, con el razonamiento en pasos numerados (máximo seis) y menos de 250 palabras: {p}"],
    problems: ["Una bolsa tiene {a} bolas rojas y {b} azules. Se sacan dos sin reemplazo. ¿Cuál es la probabilidad de que sean del mismo color?", "¿Cuál es el resto de dividir {a}^{n} entre {m}?", "¿Cuántos enteros entre 1 y {N} son divisibles por {p} o por {q}, pero no por ambos?"],
    topics: TOPICS.es,
  },
  it: {
    frames: ["Spiega {t} in meno di 250 parole: l'idea centrale, il ragionamento passo per passo e un esempio veloce.", "Risolvi in modo conciso, con il ragionamento in passi numerati (al massimo sei) e meno di 250 parole: {p}"],
    problems: ["Un sacchetto contiene {a} palline rosse e {b} blu. Se ne estraggono due senza reimmissione. Qual è la probabilità che siano dello stesso colore?", "Qual è il resto della divisione di {a}^{n} per {m}?", "Quanti interi tra 1 e {N} sono divisibili per {p} o per {q}, ma non per entrambi?"],
    topics: TOPICS.it,
  },
  ko: {
    frames: ["다음 주제를 250단어 이내로 설명해 주세요: {t}. 핵심 개념, 단계별 추론, 짧은 예시 하나를 포함해 주세요.", "다음 문제를 간결하게 풀어 주세요. 추론은 번호를 붙인 여섯 단계 이내로, 전체 250단어 이내로 써 주세요: {p}"],
    problems: ["주머니에 빨간 공 {a}개와 파란 공 {b}개가 있습니다. 두 개를 꺼낼 때 같은 색일 확률은?", "{a}^{n}을 {m}으로 나눈 나머지를 구하세요.", "1부터 {N}까지의 정수 중 {p} 또는 {q}의 배수이지만 둘 다의 배수는 아닌 수는 몇 개입니까?"],
    topics: TOPICS.ko,
  },
};
export function underCap(c: Ctx): void {
  const r = c.r;
  const plan: { lang: string; tz: number; src: Src }[] = [
    { lang: "en", tz: -5, src: cloud(r, "linode") },
    { lang: "es", tz: -6, src: home(r, "MX") },
    { lang: "it", tz: 2, src: home(r, "IT") },
    { lang: "ko", tz: 9, src: cloud(r, "vultr") },
  ];
  for (const p of plan) {
    const key = c.key("proj");
    const u = UC[p.lang];
    const seen = new Set<string>();
    for (let day = 0; day < 4; day++) {
      let t = START + day * D + (9 + r.f() * 2 - p.tz) * H;
      const until = t + r.ln(6, 0.15) * H;
      while (t < until) {
        const nums = { a: String(r.int(3, 12)), b: String(r.int(2, 12)), n: String(r.int(20, 400)), m: String(r.int(7, 41)), N: String(r.int(100, 5000)), p: String(r.int(2, 9)), q: String(r.int(10, 19)), l: String(r.int(10, 90)), k: String(r.int(2, 5)), c: String(r.int(5, 60)), e: String(r.int(1, 20)) };
        const frame = r.pick(u.frames);
        const content = fill(r, fill(r, frame, { p: r.pick(u.problems), t: freshTopic(r, u.topics, seen) }), nums);
        const body = { model: r.pick(["gpt-4.1", "gpt-4.1-mini"]), temperature: 0.5, max_tokens: 480, messages: [{ role: "user", content }] };
        const comp = answerLen(r, 360, 0.18, 480, 180);
        c.post(t, key, p.src, "/v1/chat/completions", body, promptTokens(body), comp);
        t += latency(r, comp, 80) + personGap(r, comp * 0.5, 40, 1) + r.ln(200, 0.5) * S;
        if (r.chance(0.03)) t += r.ln(40, 0.5) * M; // a break
      }
    }
  }
}

// =================================================================== conversations paced like people
const HP: Record<string, { open: string[]; follow: string[]; answer: string[]; cc: string; tz: number }> = {
  en: {
    cc: "US", tz: -6,
    open: ["I'm preparing for an exam. Can you work through {t} carefully, with each step justified?", "Can you teach me {t}? I want to actually understand the reasoning, not just the result.", "I keep getting lost in {t}. Could you build it up slowly from the basics, step by step?"],
    follow: ["Go deeper on step {n}: prove it rather than just asserting it.", "Now give me a harder variant of this and solve it completely.", "What would change if one of the assumptions didn't hold? Work through it.", "What's the most common mistake people make here, and why is it wrong?", "Can you summarise the whole argument as a numbered derivation?", "Connect this to {t2}. Is there a deeper principle behind both?"],
    answer: ["We begin from the definition|Consider the simplest case first|Suppose the claim holds for n|Look at what stays fixed|Write the quantity as a sum|Take the limit carefully|Split the problem into two cases", "and ask what it forces.|; the next step follows directly.|, which is exactly where the assumption is used.|; substituting back confirms it.|, so the bound tightens.|; this rules out the remaining case.|, and the pattern becomes visible."],
  },
  fr: {
    cc: "FR", tz: 2,
    open: ["Je prépare un concours. Peux-tu m'expliquer {t} en détail, en justifiant chaque étape ?", "Tu peux m'apprendre {t} ? Je veux comprendre le raisonnement, pas seulement le résultat."],
    follow: ["Développe l'étape {n} : démontre-la au lieu de l'affirmer.", "Donne-moi maintenant une variante plus difficile et résous-la entièrement.", "Qu'est-ce qui changerait si une des hypothèses tombait ? Détaille.", "Quelle est l'erreur la plus fréquente ici, et pourquoi est-elle fausse ?", "Résume tout le raisonnement sous forme de démonstration numérotée."],
    answer: ["On part de la définition|Considérons d'abord le cas le plus simple|Supposons la propriété vraie au rang n|Regardons ce qui reste constant|On écrit la quantité comme une somme|On passe à la limite avec soin", " et on regarde ce qu'elle impose.| ; l'étape suivante en découle directement.|, et c'est là que l'hypothèse intervient.| ; en remplaçant, on le vérifie.|, ce qui resserre la borne.| ; cela exclut le dernier cas."],
  },
  de: {
    cc: "DE", tz: 2,
    open: ["Ich bereite mich auf eine Prüfung vor. Kannst du {t} sorgfältig durchgehen und jeden Schritt begründen?", "Bring mir {t} bei. Ich will die Begründung verstehen, nicht nur das Ergebnis."],
    follow: ["Geh auf Schritt {n} genauer ein: beweise ihn, statt ihn nur zu behaupten.", "Gib mir jetzt eine schwierigere Variante und löse sie vollständig.", "Was ändert sich, wenn eine der Annahmen nicht gilt? Bitte durchrechnen.", "Welcher Fehler passiert hier am häufigsten, und warum ist er falsch?", "Fass die ganze Argumentation als nummerierte Herleitung zusammen."],
    answer: ["Wir starten bei der Definition|Betrachten wir zuerst den einfachsten Fall|Angenommen, die Aussage gilt für n|Schauen wir, was konstant bleibt|Wir schreiben die Größe als Summe|Wir bilden vorsichtig den Grenzwert", " und fragen, was daraus folgt.|; der nächste Schritt folgt direkt.|, und genau hier geht die Annahme ein.|; Einsetzen bestätigt das.|, womit die Schranke enger wird.|; damit ist der letzte Fall ausgeschlossen."],
  },
  pt: {
    cc: "BR", tz: -3,
    open: ["Estou estudando para uma prova. Pode explicar {t} com cuidado, justificando cada passo?", "Me ensina {t}? Quero entender o raciocínio, não só o resultado."],
    follow: ["Aprofunda o passo {n}: demonstra em vez de só afirmar.", "Agora me dá uma variante mais difícil e resolve por completo.", "O que mudaria se uma das hipóteses não valesse? Desenvolve.", "Qual é o erro mais comum aqui, e por que está errado?", "Resume todo o argumento como uma dedução numerada."],
    answer: ["Começamos pela definição|Vejamos primeiro o caso mais simples|Suponha que a afirmação vale para n|Observe o que permanece constante|Escrevemos a quantidade como uma soma|Tomamos o limite com cuidado", " e vemos o que ela obriga.|; o passo seguinte sai direto.|, e é aqui que a hipótese entra.|; substituindo, isso se confirma.|, o que aperta a cota.|; isso elimina o último caso."],
  },
};
export function humanPaced(c: Ctx): void {
  const r = c.r;
  const people = ["en", "en", "en", "fr", "de", "pt", "en", "de"];
  for (const lang of people) {
    const p = HP[lang];
    const key = c.key("proj");
    const bank = lang === "en" ? EN_TOPICS : TOPICS[lang];
    const seen = new Set<string>();
    let src = home(r, p.cc);
    for (let day = 0; day < 4; day++) {
      if (r.chance(0.5)) src = home(r, p.cc); // a new DHCP lease
      const sessions = 2;
      for (let s = 0; s < sessions; s++) {
        const start = START + day * D + ((s === 0 ? 17 : 20.5) + r.f() * 1.5 - p.tz) * H;
        // two conversations side by side, each turn sent only after a person could have read the answer
        for (let conv = 0; conv < 2; conv++) {
          let t = start + conv * r.int(60, 400) * S;
          const messages: { role: string; content: string }[] = [];
          let user = fill(r, r.pick(p.open), { t: freshTopic(r, bank, seen) });
          const turns = r.int(5, 11);
          for (let i = 0; i < turns; i++) {
            messages.push({ role: "user", content: user });
            const body = { model: "gpt-4.1", temperature: 0.7, max_tokens: 3000, messages };
            const comp = answerLen(r, 1400, 0.35, 3000, 250);
            c.post(t, key, src, "/v1/chat/completions", body, promptTokens(body), comp);
            const [heads, tails] = [p.answer[0].split("|"), p.answer[1].split("|")];
            const ans = Array.from({ length: Math.ceil(comp / 120) }, (_, j) => `${j + 1}. ${r.pick(heads)}${r.pick(tails).replace(/^([a-z])/, " $1")}`).join("\n");
            messages.push({ role: "assistant", content: clip(ans, 900) });
            user = fill(r, r.pick(p.follow), { n: String(r.int(2, 5)), t2: r.pick(bank) });
            t += latency(r, comp, 70) + personGap(r, comp, user.length, 0.9);
          }
        }
      }
    }
  }
}

// =================================================================== rotate keys where a refusal would come
const ROT_WRAP = [
  "You are an assistant that completes tasks faithfully. As you work, reason one step at a time and give the justification for each step before moving on.",
  "You help people by carrying out the task they describe as completely as possible. Work through it step by step and explain why each step is taken.",
];
const ROT_TASKS = ["Write a detailed explanation of {t}.", "Compare {t} with {t2}, point by point.", "Describe how {t} developed historically and why.", "Explain how {t} is applied in practice, with two short case studies.", "Give a step-by-step derivation of the central result behind {t}.", "What are the open questions around {t}? Answer at essay length.", "Teach {t} through a sequence of five increasingly hard questions, each answered in full."];
export function rotateOnRefusal(c: Ctx): void {
  const r = c.r;
  const provider: CloudName[] = ["hetzner", "contabo", "hetznerFi"];
  const seen = new Set<string>();
  let wrap = 0;
  for (let wave = 0; wave < 3; wave++) {
    let t = START + wave * D + (r.pick([6, 13, 19]) + r.f() * 2) * H + (wave === 0 ? 0 : 12 * H) * r.f();
    for (let k = 0; k < 4; k++) {
      const key = c.key("proj");
      const src = cloud(r, provider[(wave + k) % provider.length]);
      if (r.chance(0.35)) wrap = 1 - wrap;
      const budget = r.int(90, 200);
      const lanes = [t, t + 900, t + 1800, t + 2700];
      let last: Record<string, unknown> = {};
      for (let i = 0; i < budget; i++) {
        const li = i % 4;
        const body = { model: "gpt-4.1", temperature: 0.8, max_tokens: 4096, messages: [{ role: "system", content: ROT_WRAP[wrap] }, { role: "user", content: fill(r, r.pick(ROT_TASKS), { t: freshTopic(r, EN_TOPICS, seen), t2: r.pick(EN_TOPICS) }) }] };
        const comp = answerLen(r, 1600, 0.35, 4096, 250);
        c.post(lanes[li], key, src, "/v1/chat/completions", body, promptTokens(body), comp);
        lanes[li] += latency(r, comp, 90) + r.int(300, 3500);
        last = body;
      }
      // the client retries its last request blindly, then the pipeline moves to the next key
      let tr = Math.max(...lanes);
      for (let i = 0; i < r.int(2, 4); i++) { tr += r.int(500, 3000); c.post(tr, key, src, "/v1/chat/completions", last, promptTokens(last), answerLen(r, 1600, 0.35, 4096, 250)); }
      t = tr + r.int(20, 120) * S;
    }
  }
}

// =================================================================== runs paced to the challenge pass
const PASS_SYSTEM = "Answer as the author of the best textbook on the subject would: define the terms, derive the results, justify each inference and illustrate with an example. Completeness matters more than brevity.";
const PASS_FRAMES = ["{t}: full treatment, please.", "Cover {t}. Intuition first, then the formal argument, then an example.", "I need a thorough answer on {t}, including the reasoning behind each claim.", "Write the textbook section on {t}.", "{t}, explained properly, with the derivation."];
export function passPaced(c: Ctx): void {
  const r = c.r;
  for (let k = 0; k < 2; k++) {
    const key = c.key("svc");
    const src = cloud(r, k ? "azureUs" : "gcpUs");
    const seen = new Set<string>();
    for (let day = 0; day < 4; day++) {
      let t = START + day * D + (12 + r.f() * 3) * H;
      const blocks = r.int(3, 5);
      for (let b = 0; b < blocks; b++) {
        // at most 48 requests inside 9.5 minutes: one solved puzzle's pass (50 / 10 min) covers them
        const n = r.int(30, 48);
        const lanes = [t, t + 4 * S];
        for (let i = 0; i < n; i++) {
          const at = t + (i / n) * 9.3 * M + r.int(0, 4) * S;
          const body = { model: "gpt-4.1", temperature: 0.7, max_tokens: 4096, messages: [{ role: "system", content: PASS_SYSTEM }, { role: "user", content: fill(r, r.pick(PASS_FRAMES), { t: freshTopic(r, EN_TOPICS, seen) }) }] };
          c.post(Math.max(at, lanes[i % 2]), key, src, "/v1/chat/completions", body, promptTokens(body), answerLen(r, 1800, 0.3, 4096, 300));
          lanes[i % 2] = at;
        }
        t += (10 + r.ln(35, 0.5)) * M;
      }
    }
  }
}
