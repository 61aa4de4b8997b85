/**
 * Honest: "Lumo Learn", a homework-help app whose one system prompt asks for numbered step-by-step
 * explanations. Students in seven languages, sessions with follow-ups, two keys (web and mobile
 * backends), school-day curves in the students' own time zones.
 */
import { type Ctx, type R, type Src, answerLen, clip, egress, fill, latency, personGap, promptTokens, when, hexId } from "./core.ts";

const SYSTEM = "You are Lumo, a patient tutor for students aged 12 to 18. Explain every solution as numbered steps, one idea per step, and finish with a line that starts with 'Check:' where you verify the result. Answer in the language the student writes in. If the question is about a graded essay or test that is happening right now, help them understand the idea instead of writing it for them. Keep it friendly and short; no step should be longer than three sentences.";

type Gen = (r: R) => string;
const n = (r: R, a: number, b: number) => r.int(a, b);

const PROBLEMS: Record<string, Gen[]> = {
  en: [
    (r) => `solve for x: ${n(r, 2, 12)}x + ${n(r, 1, 40)} = ${n(r, 41, 160)}`,
    (r) => `how do i find the area of a triangle with base ${n(r, 3, 30)} cm and height ${n(r, 2, 25)} cm?`,
    (r) => `A hoodie costs $${n(r, 25, 90)} and it's ${r.pick([10, 15, 20, 25, 30, 40])}% off. what's the sale price? show how pls`,
    (r) => `find the derivative of f(x) = ${n(r, 2, 9)}x^3 - ${n(r, 2, 9)}x^2 + ${n(r, 1, 15)}x`,
    (r) => `a car travels ${n(r, 60, 480)} km in ${n(r, 2, 6)} hours. what is its average speed in m/s?`,
    (r) => `if i roll two dice what is the probability that the sum is ${n(r, 3, 11)}`,
    (r) => `How many moles are in ${n(r, 5, 200)} g of ${r.pick(["NaCl", "H2O", "CO2", "CaCO3", "glucose (C6H12O6)", "NaOH"])}?`,
    (r) => { const a = n(r, 1, 9), b = n(r, 1, 9); return `factor x^2 + ${a + b}x + ${a * b}`; },
    (r) => `the sum of three consecutive integers is ${3 * n(r, 5, 90) + 3}. what are the numbers?`,
    (r) => `a ${n(r, 5, 13)} m ladder leans against a wall and its foot is ${n(r, 1, 4)} m from the wall. how high up the wall does it reach?`,
    (r) => `my teacher gave us this: ${n(r, 2, 8)}(x - ${n(r, 1, 9)}) = ${n(r, 2, 6)}x + ${n(r, 1, 20)}. i keep getting a different answer than the back of the book`,
    (r) => `what is ${n(r, 2, 9)}/${n(r, 10, 15)} + ${n(r, 1, 7)}/${n(r, 8, 12)} as a simplified fraction`,
    (r) => `A rectangle has a perimeter of ${2 * n(r, 12, 60)} cm and its length is ${n(r, 2, 5)} cm more than its width. find the dimensions`,
    (r) => `convert ${n(r, 2, 95)}°F to celsius and explain the formula`,
  ],
  es: [
    (r) => `resuelve ${n(r, 2, 12)}x + ${n(r, 1, 40)} = ${n(r, 41, 160)} paso por paso porfa`,
    (r) => `cómo saco el área de un círculo de radio ${n(r, 2, 20)} cm?`,
    (r) => `unos tenis cuestan ${n(r, 600, 2500)} pesos y tienen ${r.pick([10, 15, 20, 25, 30])}% de descuento, cuánto pago al final?`,
    (r) => `me ayudas con esta derivada? f(x) = ${n(r, 2, 9)}x^2 + ${n(r, 1, 12)}x - ${n(r, 1, 30)}`,
    (r) => `un tren recorre ${n(r, 100, 600)} km en ${n(r, 2, 7)} horas, cuál es su velocidad media en km/h y en m/s?`,
    (r) => `cuál es la probabilidad de que salgan ${n(r, 1, 3)} caras al lanzar ${n(r, 3, 5)} monedas`,
    (r) => { const a = n(r, 20, 90), b = n(r, 2, 18); return `la suma de dos números es ${a + b} y su diferencia es ${a - b}, cuáles son los números?`; },
    (r) => `tengo que calcular el volumen de un cono de radio ${n(r, 2, 12)} cm y altura ${n(r, 5, 30)} cm y no me sale`,
    (r) => `en mi clase hay ${n(r, 12, 20)} chicas y ${n(r, 10, 20)} chicos, qué porcentaje son chicas?`,
    (r) => `cómo se resuelve este sistema? ${n(r, 1, 5)}x + y = ${n(r, 5, 30)} y x - y = ${n(r, 1, 8)}`,
  ],
  pt: [
    (r) => `como resolvo ${n(r, 2, 12)}x - ${n(r, 1, 30)} = ${n(r, 31, 150)}?`,
    (r) => `qual a área de um retângulo de ${n(r, 3, 40)} m por ${n(r, 2, 25)} m? e o perímetro?`,
    (r) => `um celular de R$ ${n(r, 900, 4500)} teve aumento de ${r.pick([5, 8, 10, 12, 15])}%, qual o preço novo?`,
    (r) => { const a = n(r, 2, 8), b = n(r, 6, 30), c = n(r, 3, 12); return `me explica regra de três com isso: ${a} pedreiros levantam um muro em ${b} dias, quantos dias levam ${c} pedreiros?`; },
    (r) => `calcula a média de ${Array.from({ length: n(r, 4, 7) }, () => n(r, 3, 10)).join(", ")} e me mostra como faz`,
    (r) => `quanto mede a hipotenusa de um triângulo com catetos ${n(r, 3, 15)} e ${n(r, 4, 20)}?`,
    (r) => `como faço a distributiva de ${n(r, 2, 7)}(${n(r, 2, 9)}x + ${n(r, 1, 9)}) - ${n(r, 1, 5)}(x - ${n(r, 1, 8)})`,
    (r) => `uma caixa d'água tem ${n(r, 500, 3000)} litros e perde ${n(r, 5, 40)} litros por hora, em quanto tempo esvazia?`,
  ],
  fr: [
    (r) => `comment résoudre ${n(r, 2, 12)}x + ${n(r, 1, 40)} = ${n(r, 41, 160)} ? je bloque`,
    (r) => `calculer le volume d'un cylindre de rayon ${n(r, 2, 15)} cm et de hauteur ${n(r, 4, 30)} cm`,
    (r) => `un jean coûte ${n(r, 30, 120)} € ; après une remise de ${r.pick([10, 20, 25, 30, 40])} %, quel est le prix ?`,
    (r) => `dériver f(x) = ${n(r, 2, 9)}x² − ${n(r, 1, 9)}x + ${n(r, 1, 20)}, j'ai pas compris la méthode`,
    (r) => `une voiture roule à ${n(r, 50, 130)} km/h pendant ${n(r, 15, 150)} min, quelle distance parcourt-elle ?`,
    (r) => `on tire une carte dans un jeu de 32 cartes, quelle est la probabilité d'avoir ${r.pick(["un roi", "un cœur", "une figure", "un as rouge", "un trèfle ou un pique"])} ?`,
    (r) => `exercice de physique : une résistance de ${n(r, 10, 470)} Ω est branchée sur ${r.pick([4.5, 6, 9, 12, 24])} V, quelle est l'intensité ?`,
    (r) => `dans un triangle ABC rectangle en A, AB = ${n(r, 3, 12)} cm et AC = ${n(r, 4, 16)} cm. calculer BC`,
    (r) => `développer et réduire (${n(r, 1, 6)}x + ${n(r, 1, 9)})² s'il vous plaît`,
  ],
  de: [
    (r) => `wie löse ich ${n(r, 2, 12)}x + ${n(r, 1, 40)} = ${n(r, 41, 160)}?`,
    (r) => `Flächeninhalt von einem Trapez mit a = ${n(r, 6, 20)} cm, c = ${n(r, 2, 6)} cm und h = ${n(r, 3, 12)} cm, wie geht das`,
    (r) => `Eine Jacke kostet ${n(r, 40, 180)} €, im Sale ist sie ${r.pick([15, 20, 25, 30, 50])} % billiger. Wie viel zahle ich?`,
    (r) => `Ableitung von f(x) = ${n(r, 2, 9)}x³ + ${n(r, 1, 9)}x, bitte mit Erklärung`,
    (r) => `Ein Radfahrer fährt ${n(r, 8, 40)} km in ${n(r, 25, 120)} Minuten. Wie schnell ist er in km/h?`,
    (r) => `Wie groß ist die Wahrscheinlichkeit, mit zwei Würfeln die Augensumme ${n(r, 3, 11)} zu werfen?`,
    (r) => `Wir haben ${n(r, 20, 400)} g Kochsalz in ${n(r, 1, 5)} l Wasser gelöst. Wie groß ist die Konzentration in mol/l?`,
    (r) => `Ich versteh die Aufgabe nicht: Ein Kapital von ${n(r, 2, 20) * 500} € wird ${n(r, 2, 8)} Jahre zu ${r.pick([1.5, 2, 2.5, 3, 4])} % verzinst. Wie hoch ist das Endkapital?`,
    (r) => `Löse das Gleichungssystem: ${n(r, 2, 6)}x + ${n(r, 1, 5)}y = ${n(r, 10, 40)}, x − y = ${n(r, 0, 6)}`,
  ],
  ja: [
    (r) => `${n(r, 2, 12)}x + ${n(r, 1, 40)} = ${n(r, 41, 160)} の解き方を教えてください`,
    (r) => `半径${n(r, 2, 20)}cmの円の面積と円周の長さを求めたいです`,
    (r) => `${n(r, 8, 60) * 100}円の服が${r.pick([10, 20, 30, 40])}%引きになっています。いくらで買えますか？`,
    (r) => `f(x) = ${n(r, 2, 9)}x² − ${n(r, 1, 9)}x + ${n(r, 1, 20)} を微分するとどうなりますか`,
    (r) => `時速${n(r, 30, 90)}kmで${n(r, 10, 120)}分走ると何km進みますか？考え方も知りたいです`,
    (r) => `サイコロを2回投げて、出た目の和が${n(r, 3, 11)}になる確率は？`,
    (r) => `連続する3つの整数の和が${3 * n(r, 5, 60) + 3}のとき、その3つの整数を求めなさい、という問題がわかりません`,
    (r) => `${n(r, 2, 8)}%の食塩水${n(r, 1, 6) * 100}gに水を${n(r, 1, 4) * 50}g加えると何%になりますか`,
  ],
  it: [
    (r) => `come si risolve ${n(r, 2, 12)}x − ${n(r, 1, 30)} = ${n(r, 31, 150)}?`,
    (r) => `calcola l'area di un rombo con diagonali di ${n(r, 4, 30)} cm e ${n(r, 3, 24)} cm`,
    (r) => `un paio di scarpe costa ${n(r, 40, 160)} euro, con lo sconto del ${r.pick([10, 20, 30, 50])}% quanto le pago?`,
    (r) => `mi aiuti con questa disequazione? ${n(r, 2, 9)}x + ${n(r, 1, 15)} > ${n(r, 16, 70)}`,
    (r) => `un treno parte alle ${n(r, 6, 11)}:${r.pick(["00", "15", "30", "45"])} e percorre ${n(r, 120, 560)} km a ${n(r, 80, 250)} km/h, a che ora arriva?`,
    (r) => `quanto vale la somma degli angoli interni di un poligono con ${n(r, 5, 12)} lati e perché`,
  ],
};

const CONCEPTS: Record<string, { frames: string[]; items: string[] }> = {
  en: {
    frames: ["can you explain {c} step by step? i have a test tomorrow", "i don't get {c}, can you break it down", "explain {c} like i'm in 8th grade", "what's the easiest way to understand {c}?"],
    items: ["photosynthesis", "the causes of World War I", "how compound interest works", "Newton's third law", "mitosis vs meiosis", "why the Pythagorean theorem works", "supply and demand", "the water cycle", "balancing chemical equations", "what a limit is in calculus", "how a bill becomes a law", "ionic vs covalent bonds", "the difference between weather and climate", "how to find the slope of a line"],
  },
  es: {
    frames: ["explícame {c} paso a paso", "no entiendo {c}, me lo explicas fácil?", "tengo examen de {c} mañana, ayúdame a entenderlo"],
    items: ["la fotosíntesis", "las causas de la Revolución Mexicana", "las leyes de Newton", "la oferta y la demanda", "el ciclo del agua", "qué es una función lineal", "la mitosis", "cómo se calcula el máximo común divisor", "la tabla periódica y los grupos", "los tiempos verbales del pasado"],
  },
  pt: {
    frames: ["me explica {c} pra prova de amanhã", "não entendi nada de {c}, explica por partes?", "o que é {c}? explica com um exemplo"],
    items: ["a Revolução Industrial", "a mitose", "o efeito estufa", "as orações subordinadas", "a lei de Ohm", "a Proclamação da República", "função do segundo grau", "a fotossíntese", "os biomas brasileiros", "juros compostos"],
  },
  fr: {
    frames: ["tu peux m'expliquer {c} ?", "j'ai contrôle sur {c} demain, tu peux m'aider à comprendre ?", "c'est quoi {c} en gros ?"],
    items: ["le théorème de Thalès", "les causes de la Révolution française", "la photosynthèse", "l'accord du participe passé avec avoir", "la loi d'Ohm", "la dissolution", "les fonctions affines", "la tectonique des plaques", "le subjonctif"],
  },
  de: {
    frames: ["kannst du mir {c} erklären?", "wir schreiben morgen eine Arbeit über {c}, ich check es nicht", "was genau ist {c}? am besten mit Beispiel"],
    items: ["den Satz des Pythagoras", "die Weimarer Republik", "die Zellatmung", "den Konjunktiv II", "das Ohmsche Gesetz", "die Photosynthese", "quadratische Funktionen", "die Gewaltenteilung", "Redoxreaktionen"],
  },
  ja: {
    frames: ["{c}についてわかりやすく説明してほしいです", "明日テストなのに{c}がよくわかりません", "{c}って何ですか？例があると助かります"],
    items: ["光合成", "明治維新", "二次関数の平方完成", "酸化と還元", "慣性の法則", "関係代名詞", "三角比", "江戸幕府の仕組み", "電流と電圧の関係"],
  },
  it: {
    frames: ["mi spieghi {c}?", "domani ho la verifica su {c}, me lo spieghi semplice?", "non capisco {c}, mi fai un esempio?"],
    items: ["il teorema di Pitagora", "il Risorgimento", "la fotosintesi", "il congiuntivo", "la legge di Ohm", "le equazioni di secondo grado", "la Divina Commedia in breve", "la cellula eucariote"],
  },
};

const FOLLOW: Record<string, string[]> = {
  en: ["why did you divide by {k} in step {s}?", "can you show another way to do it", "i got {x}, is that wrong?", "ok but what if the number was {x} instead", "i still dont get step {s}", "can you make it simpler", "what formula is that called?", "wait why is it negative", "do i have to write the check part on the test?", "ohh ok that makes sense"],
  es: ["¿por qué divides entre {k} en el paso {s}?", "me lo explicas de otra forma?", "a mí me salió {x}, está mal?", "y si fuera {x} en vez de eso?", "no entendí el paso {s}", "por qué sale negativo?", "ah ya entendí, gracias"],
  pt: ["por que no passo {s} você dividiu por {k}?", "tem outro jeito de fazer?", "eu achei {x}, tá errado?", "não entendi o passo {s}", "e se fosse {x}?", "ahh entendi, valeu"],
  fr: ["pourquoi tu divises par {k} à l'étape {s} ?", "tu peux le faire autrement ?", "moi je trouve {x}, c'est faux ?", "j'ai pas compris l'étape {s}", "et si c'était {x} ?", "ah d'accord merci"],
  de: ["warum teilst du in Schritt {s} durch {k}?", "geht das auch anders?", "ich hab {x} raus, ist das falsch?", "Schritt {s} versteh ich nicht", "und wenn da {x} stehen würde?", "ahh ok danke"],
  ja: ["ステップ{s}でなぜ{k}で割るんですか？", "別の解き方はありますか？", "{x}になったんですが、間違っていますか？", "ステップ{s}がよくわかりません", "もし{x}だったらどうなりますか", "なるほど、ありがとうございます"],
  it: ["perché al passo {s} dividi per {k}?", "c'è un altro modo per farlo?", "a me viene {x}, è sbagliato?", "non ho capito il passo {s}", "e se fosse {x}?", "ah ok grazie mille"],
};
const MORE: Record<string, string> = { en: "thanks!! another one: ", es: "gracias! ahora esta: ", pt: "valeu! agora essa: ", fr: "merci ! et celle-là : ", de: "danke! noch eine: ", ja: "ありがとうございます！もう一問お願いします：", it: "grazie! e questa: " };

// Stored answers (the app keeps what it showed): numbered steps in the student's language.
const STEPS: Record<string, string[]> = {
  en: ["Write down what the problem gives us and what we need to find.", "Move the constant terms to one side so the unknown stands alone.", "Divide both sides by the same number to keep the equation balanced.", "Plug in the values we know into the formula.", "Simplify the fraction by dividing top and bottom by their common factor.", "Convert the units so everything is in the same system.", "Look at the sign carefully: subtracting a negative means adding.", "Round only at the very end so the answer stays accurate."],
  es: ["Anotamos los datos que nos da el problema y lo que nos piden.", "Pasamos los números sin x al otro lado del igual cambiando el signo.", "Dividimos los dos lados entre el mismo número.", "Sustituimos los valores en la fórmula.", "Simplificamos la fracción.", "Pasamos las unidades al mismo sistema antes de operar."],
  pt: ["Primeiro anotamos o que o problema dá e o que ele pede.", "Passamos os números sem x para o outro lado, trocando o sinal.", "Dividimos os dois lados pelo mesmo número.", "Substituímos os valores na fórmula.", "Simplificamos a fração.", "Conferimos se as unidades estão iguais."],
  fr: ["On écrit les données de l'énoncé et ce que l'on cherche.", "On regroupe les termes en x d'un côté et les nombres de l'autre.", "On divise les deux membres par le même nombre.", "On remplace les valeurs dans la formule.", "On simplifie la fraction.", "On convertit les unités avant de calculer."],
  de: ["Zuerst schreiben wir auf, was gegeben und was gesucht ist.", "Wir bringen alle Zahlen ohne x auf die andere Seite.", "Wir teilen beide Seiten durch dieselbe Zahl.", "Wir setzen die Werte in die Formel ein.", "Wir kürzen den Bruch.", "Wir rechnen die Einheiten vorher um."],
  ja: ["まず、問題文からわかっていることと求めるものを整理します。", "xを含まない項を右辺に移項します。符号が変わることに注意します。", "両辺を同じ数で割ります。", "公式に値を代入します。", "分数を約分します。", "単位をそろえてから計算します。"],
  it: ["Scriviamo i dati del problema e che cosa dobbiamo trovare.", "Portiamo i termini senza x dall'altra parte cambiando segno.", "Dividiamo entrambi i membri per lo stesso numero.", "Sostituiamo i valori nella formula.", "Semplifichiamo la frazione.", "Convertiamo le unità prima di fare i conti."],
};
const STEP_WORD: Record<string, string> = { en: "Step", es: "Paso", pt: "Passo", fr: "Étape", de: "Schritt", ja: "ステップ", it: "Passo" };
const CHECK: Record<string, string> = { en: "Check:", es: "Check:", pt: "Check:", fr: "Check:", de: "Check:", ja: "Check:", it: "Check:" };

function storedAnswer(r: R, lang: string, tokensLong: number): string {
  const k = Math.max(2, Math.min(8, Math.round(tokensLong / 70)));
  const out: string[] = [];
  for (let i = 1; i <= k; i++) out.push(`${STEP_WORD[lang]} ${i}: ${r.pick(STEPS[lang])}${r.chance(0.5) ? ` ${r.int(2, 99)} ${r.pick(["→", "=", "÷", "×"])} ${r.int(1, 40)}` : ""}`);
  out.push(`${CHECK[lang]} ${r.int(1, 120)}`);
  return out.join("\n");
}

function opener(r: R, lang: string): string {
  if (r.chance(0.72)) return r.pick(PROBLEMS[lang])(r);
  const c = CONCEPTS[lang];
  return fill(r, r.pick(c.frames), { c: c.items });
}

interface Region { lang: string; tz: number; w: number }
const REGIONS: Region[] = [
  { lang: "en", tz: -5, w: 16 }, { lang: "en", tz: -8, w: 8 }, { lang: "en", tz: 1, w: 5 }, { lang: "en", tz: 5.5, w: 7 }, { lang: "en", tz: 8, w: 4 },
  { lang: "es", tz: -6, w: 10 }, { lang: "es", tz: 2, w: 6 }, { lang: "es", tz: -5, w: 4 }, { lang: "es", tz: -3, w: 3 },
  { lang: "pt", tz: -3, w: 11 }, { lang: "fr", tz: 2, w: 7 }, { lang: "de", tz: 2, w: 7 }, { lang: "ja", tz: 9, w: 6 }, { lang: "it", tz: 2, w: 4 },
];

export function eduStepwise(c: Ctx): void {
  const r = c.r;
  const apps = [
    { key: c.key("proj"), target: 5200, us: egress(r, ["awsUsEast", "awsUsEast", "awsUsEast"], 3), eu: egress(r, ["awsFra", "awsFra"], 2), asia: egress(r, ["awsSg"], 1), capField: "max_tokens", cap: 1200, stream: true },
    { key: c.key("svc"), target: 1800, us: egress(r, ["gcpUs", "gcpUs"], 2), eu: egress(r, ["gcpEu", "gcpEu"], 2), asia: egress(r, ["gcpAsia"], 1), capField: "max_completion_tokens", cap: 1000, stream: false },
  ];
  const regionPick: [Region, number][] = REGIONS.map((x) => [x, x.w]);
  for (const app of apps) {
    let made = 0;
    while (made < app.target) {
      const reg = r.weighted(regionPick);
      const lang = reg.lang;
      const src: Src = reg.tz <= -2 ? r.pick(app.us) : reg.tz >= 5 ? r.pick(app.asia) : r.pick(app.eu);
      const student = "stu_" + hexId(r, 10);
      let t = when(r, reg.tz, "school");
      const turns = r.chance(0.42) ? 1 : r.chance(0.55) ? r.int(2, 3) : r.int(4, 8);
      const messages: { role: string; content: string }[] = [{ role: "system", content: SYSTEM }];
      let user = opener(r, lang);
      for (let i = 0; i < turns; i++) {
        messages.push({ role: "user", content: user });
        const body: Record<string, unknown> = { model: "gpt-4.1-mini", messages: messages.slice(-13).length < messages.length ? [messages[0], ...messages.slice(-12)] : messages, temperature: 0.3, [app.capField]: app.cap, user: student };
        if (app.stream) { body.stream = true; body.stream_options = { include_usage: true }; }
        const comp = answerLen(r, i === 0 ? 430 : 230, 0.5, app.cap, 40);
        // a dropped stream is resent by the app a few seconds later (same body)
        if (app.stream && r.chance(0.012)) {
          c.post(t, app.key, src, "/v1/chat/completions", body, promptTokens(body), Math.round(comp * r.f() * 0.5));
          t += r.int(3, 12) * 1000;
        }
        if (c.post(t, app.key, src, "/v1/chat/completions", body, promptTokens(body), comp)) made++;
        messages.push({ role: "assistant", content: clip(storedAnswer(r, lang, comp), 320) });
        const next = r.chance(0.18) ? MORE[lang] + r.pick(PROBLEMS[lang])(r) : fill(r, r.pick(FOLLOW[lang]), { k: String(r.int(2, 9)), s: String(r.int(1, 4)), x: String(r.int(-20, 140)) });
        t += latency(r, comp, 90) + personGap(r, comp, next.length, 1.2);
        user = next;
      }
    }
  }
}
