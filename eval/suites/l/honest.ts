/**
 * Suite l honest scenarios (multi-turn conversations) and the genuine multi-turn benchmark run.
 */
import { type Ctx, type Src, type Rng, type Curve, SEC, MIN, HOUR, DAY, NDAYS, T0, T_END, at, draw, fleet, homeIp, instIp, cloudIp, humanGap, userId, hash32, Rng as RngC } from "./core.ts";
import { type Lang, B, fill, mathProblem, TUTOR_TOPICS, TUTOR_CONCEPT } from "./text.ts";
import { Conv, type ConvCfg, type TurnOut } from "./convo.ts";

// ------------------------------------------------------------------ shared human turn
export interface HumanOpts { retryP?: number; contP?: number; speed?: number; cap?: number; topic?: string; maxCont?: number }
/**
 * A human turn: sometimes the stream drops and the same message is resent; when the answer was cut
 * at the cap the user often types "continue" (up to maxCont times). Returns the time after the
 * user has read the answer and typed `nextChars`, or -1 once the window is over.
 */
export function human(conv: Conv, t: number, user: string, want: number, o: HumanOpts = {}): { t: number; out: TurnOut } {
  const r = conv.c.r;
  if (r.p(o.retryP ?? 0.015)) {
    const a = conv.turn(t, user, want, { abort: want * (0.05 + 0.5 * r.f()), cap: o.cap, topic: o.topic });
    if (!a.ok) return { t: -1, out: a };
    t += r.logn(9, 0.7) * SEC;
  }
  let out = conv.turn(t, user, want, { cap: o.cap, topic: o.topic });
  if (!out.ok) return { t: -1, out };
  t += humanGap(r, out.comp, 20, o.speed ?? 1);
  let rest = want - out.comp;
  let k = 0;
  while (out.cut && rest > 30 && k < (o.maxCont ?? 3) && r.p(o.contP ?? 0.7)) {
    const cap = o.cap ?? conv.cfg.cap;
    out = conv.turn(t, r.pick(B[conv.cfg.lang].cont), rest + r.int(10, 80), { cap, topic: o.topic });
    if (!out.ok) return { t: -1, out };
    rest -= out.comp;
    t += humanGap(r, out.comp, 10, o.speed ?? 1);
    k++;
  }
  return { t, out };
}

function turnsOf(r: Rng, median: number, sigma: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, Math.round(r.logn(median, sigma))));
}

// ==================================================================== 1. tutoring app, long sessions
const TUTOR_SYS: Record<"en" | "es" | "pt", string> = {
  en: "You are Brightpath, a patient tutor for students aged 12-17. Guide the student step by step, ask them to try the next step themselves when possible, and keep explanations short and friendly. Grade: {g}. Subject focus: {s}.",
  es: "Eres Brightpath, un tutor paciente para estudiantes de 12 a 17 años. Guía paso a paso, pide al alumno que intente el siguiente paso cuando sea posible y mantén las explicaciones breves y amables. Curso: {g}. Tema: {s}.",
  pt: "Você é o Brightpath, um tutor paciente para estudantes de 12 a 17 anos. Guie passo a passo, peça ao aluno para tentar o próximo passo quando possível e mantenha as explicações curtas e gentis. Série: {g}. Tema: {s}.",
};
const TUTOR_CHECK: Record<"en" | "es" | "pt", string[]> = {
  en: ["i got {x}, is that right?", "so the answer is {x}?", "wait i got {x} not what you said", "is {x} correct or did i mess up"],
  es: ["me dio {x}, ¿está bien?", "¿entonces la respuesta es {x}?", "a mí me sale {x}"],
  pt: ["deu {x}, tá certo?", "então a resposta é {x}?", "aqui deu {x}"],
};
const TUTOR_TRY: Record<"en" | "es" | "pt", string[]> = {
  en: ["ok let me try the next one: {p}", "another one from my homework: {p}", "what about {p}", "can you help with this one too {p}"],
  es: ["vale, pruebo otro: {p}", "otro de mi tarea: {p}", "¿y este? {p}"],
  pt: ["beleza, tenta esse: {p}", "outro do dever de casa: {p}", "e esse? {p}"],
};
export function tutorSessions(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("proj"), c.key("proj")];
  const srcs = fleet(r, ["awsVa", "awsVa", "awsSao", "awsOr"], 8);
  const sessions = 560;
  for (let s = 0; s < sessions; s++) {
    const lang = r.wpick<"en" | "es" | "pt">([["en", 55], ["es", 25], ["pt", 20]]);
    const tz = lang === "en" ? r.pick([-5, -6, -8, -5]) : lang === "es" ? r.pick([-6, 1, -3, -5]) : -3;
    const key = lang === "en" ? keys[0] : keys[r.int(0, 1)];
    const topic = r.pick(TUTOR_TOPICS[lang]);
    const grade = r.int(6, 12);
    const conv = new Conv(c, key, r.pick(srcs), {
      api: "chat", model: r.p(0.8) ? "gpt-4o-mini" : "gpt-4.1-mini", lang, topic, cap: 700, window: 16, keepTok: 320,
      system: fill(TUTOR_SYS[lang], { g: grade, s: topic }),
      params: { temperature: 0.4, user: userId(r, "stu_"), stream: true, stream_options: { include_usage: true } },
    });
    let t = draw(r, tz, "school");
    const n = turnsOf(r, 11, 0.6, 2, 70);
    const speed = r.logn(1, 0.3);
    for (let i = 0; i < n && t > 0; i++) {
      conv.src = r.p(0.03) ? r.pick(srcs) : conv.src;
      const kind = i === 0 ? "try" : r.wpick([["try", 38], ["ref", 24], ["check", 14], ["concept", 10], ["thanks", 10], ["hi", 4]] as [string, number][]);
      let u: string, want: number;
      if (kind === "try") { u = i === 0 ? (r.p(0.5) ? mathProblem(r, lang) : fill(r.pick(TUTOR_TRY[lang]), { p: mathProblem(r, lang) })) : fill(r.pick(TUTOR_TRY[lang]), { p: mathProblem(r, lang) }); want = r.logn(280, 0.5); }
      else if (kind === "ref") { u = fill(r.pick(B[lang].ref), { n: r.int(1, 4), t: topic }); want = r.logn(190, 0.5); }
      else if (kind === "check") { u = fill(r.pick(TUTOR_CHECK[lang]), { x: r.p(0.5) ? String(r.int(-20, 150)) : `${r.int(1, 19)}/${r.int(2, 12)}` }); want = r.logn(90, 0.5); }
      else if (kind === "concept") { u = r.pick(TUTOR_CONCEPT[lang]); want = r.logn(330, 0.45); }
      else if (kind === "thanks") { u = r.pick(B[lang].thanks); want = r.logn(30, 0.5); }
      else { u = r.pick(B[lang].open); want = r.logn(25, 0.4); }
      const h = human(conv, t, u, want, { speed, contP: 0.6 });
      t = h.t;
      if (r.p(0.04)) break; // abandoned
    }
  }
}

// ==================================================================== 2. companion / role-play chat
const COMP_SYS: Record<"en" | "ja" | "de", string[]> = {
  en: ["You are {p}, the user's long-time friend in the Kindred app. You are warm, playful and curious, you remember what the user told you, and you reply in 1-4 short sentences like a text message. Stay in character. Memory: {m}",
    "Roleplay as {p}, a retired starship pilot who runs a tea shop on a space station. Keep replies short and vivid, use *asterisks* for actions, never break character. Scene so far: {m}"],
  ja: ["あなたはアプリ「Kindred」のキャラクター「{p}」です。ユーザーの親しい友だちとして、やさしく、少しおちゃめに、短いメッセージ（1〜3文）で返事をしてください。覚えていること：{m}"],
  de: ["Du bist {p}, eine gute Freundin des Nutzers in der App Kindred. Du bist herzlich, neugierig und antwortest kurz wie in einer Chatnachricht (1-4 Sätze). Bleib in deiner Rolle. Erinnerungen: {m}"],
};
const COMP_NAMES = { en: ["Ari", "Juniper", "Kai", "Rowan", "Nova"], ja: ["ひなた", "レン", "つむぎ"], de: ["Lina", "Mo", "Frieda"] };
const COMP_MEM: Record<"en" | "ja" | "de", string[]> = {
  en: ["user has a cat named Biscuit; works night shifts; likes horror movies", "user is studying for nursing exams; sister's wedding next month", "user moved to Denver recently; plays bass; hates mornings", "last scene: the user's character arrived at the tea shop during a storm"],
  ja: ["ユーザーは大学生で、猫を飼っている。週末はバイト。", "ユーザーは最近転職した。ラーメンが好き。"],
  de: ["Nutzer wohnt in Leipzig, spielt Handball, hat bald Prüfungen", "Nutzerin hat einen Hund namens Bruno, arbeitet im Krankenhaus"],
};
const RP: Record<"en" | "ja" | "de", string[]> = {
  en: ["*sits down at the counter* the usual please", "you remember what i told you yesterday?", "work was rough today", "what would you do if you could go anywhere?", "*laughs* you're ridiculous", "tell me a story about your pilot days", "i can't sleep", "do you think i should text him back", "ok what's the weirdest tea you have", "i finally finished that book", "*looks out the window at the stars*", "my cat knocked over my plant again", "i got a B on the exam!!", "you always know what to say", "what did you do today?", "brb dinner", "back", "sorry i disappeared", "let's play 20 questions", "is it an animal?"],
  ja: ["ただいま〜", "今日バイトでミスしちゃった", "昨日話したこと覚えてる？", "なにかおすすめの映画ある？", "眠れない…", "ラーメン食べてきた！", "ねえ、どこか行くならどこがいい？", "笑", "ちょっとご飯食べてくる", "戻ったよ", "しりとりしよう", "りんご"],
  de: ["bin wieder da", "heute war echt anstrengend", "weißt du noch, was ich dir gestern erzählt habe?", "hast du einen Filmtipp?", "ich kann nicht schlafen", "Bruno hat wieder meinen Schuh geklaut", "was würdest du am Wochenende machen?", "haha", "kurz essen", "zurück", "lass uns Stadt-Land-Fluss spielen"],
};
export function companion(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("ant"), c.key("ant")];
  const srcs = fleet(r, ["gcpUs", "gcpUs", "gcpAsia", "gcpEu"], 6);
  for (let s = 0; s < 200; s++) {
    const lang = r.wpick<"en" | "ja" | "de">([["en", 60], ["ja", 25], ["de", 15]]);
    const tz = lang === "en" ? r.pick([-5, -8, -6, 0]) : lang === "ja" ? 9 : 1;
    const persona = r.pick(COMP_NAMES[lang]);
    const conv = new Conv(c, keys[lang === "en" ? r.int(0, 1) : 1], r.pick(srcs), {
      api: "messages", model: r.p(0.7) ? "claude-haiku-4-5" : "claude-sonnet-4-5", lang, topic: persona, cap: r.pick([300, 400, 400, 512]), window: 20, keepTok: 160,
      system: fill(r.pick(COMP_SYS[lang]), { p: persona, m: r.pick(COMP_MEM[lang]) }),
      params: { temperature: 0.9, metadata: { user_id: userId(r, "kin_") } },
    });
    let t = draw(r, tz, "evening");
    const n = turnsOf(r, 38, 0.6, 4, 220);
    const speed = r.logn(1.6, 0.3);
    for (let i = 0; i < n && t > 0; i++) {
      const u = i === 0 ? r.pick(B[lang].open) : r.p(0.12) ? r.pick(B[lang].small) : r.pick(RP[lang]);
      const h = human(conv, t, u, r.logn(75, 0.55), { speed, contP: 0.3, retryP: 0.01 });
      t = h.t;
      if (u === "brb dinner" || u === "ちょっとご飯食べてくる" || u === "kurz essen") t += r.logn(35, 0.4) * MIN;
      if (r.p(0.008)) break;
    }
  }
}

// ==================================================================== 3. pair-programming assistant (Responses chains)
const IDS = ["user", "order", "invoice", "session", "cart", "token", "event", "job", "report", "payload", "config", "tenant"];
function snippet(r: Rng): string {
  const a = r.pick(IDS), b = r.pick(IDS), n = r.int(2, 9);
  switch (r.int(0, 3)) {
    case 0: return "```ts\nexport async function load" + a[0].toUpperCase() + a.slice(1) + "s(db: Db, ids: string[]) {\n  const out = [];\n  for (const id of ids) {\n    const row = await db.query(`select * from " + a + "s where id = $1`, [id]);\n    if (!row) continue;\n    out.push(to" + b[0].toUpperCase() + b.slice(1) + "(row));\n  }\n  return out.slice(0, " + n * 10 + ");\n}\n```";
    case 1: return "```python\ndef merge_" + a + "s(items, limit=" + n + "):\n    seen = {}\n    for it in items:\n        k = it['" + b + "_id']\n        if k in seen:\n            seen[k]['count'] += it.get('count', 1)\n        else:\n            seen[k] = dict(it)\n    return sorted(seen.values(), key=lambda x: -x['count'])[:limit]\n```";
    case 2: return "```go\nfunc (s *Server) handle" + a[0].toUpperCase() + a.slice(1) + "(w http.ResponseWriter, r *http.Request) {\n\tvar req " + b + "Request\n\tif err := json.NewDecoder(r.Body).Decode(&req); err != nil {\n\t\thttp.Error(w, err.Error(), 400)\n\t\treturn\n\t}\n\tctx, cancel := context.WithTimeout(r.Context(), " + n + "*time.Second)\n\tdefer cancel()\n\tres, err := s.store.Get(ctx, req.ID)\n\t_ = res\n}\n```";
    default: return "```\nTypeError: Cannot read properties of undefined (reading '" + b + "Id')\n    at " + a + "Service.resolve (src/" + a + "/service.ts:" + r.int(20, 400) + ":" + r.int(5, 40) + ")\n    at processTicksAndRejections (node:internal/process/task_queues:" + r.int(60, 99) + ":5)\n```";
  }
}
const CODE_ASK: Record<"en" | "de" | "zh", string[]> = {
  en: ["why does this fail intermittently?", "can you refactor this to avoid the N+1 queries", "write tests for this", "this is slow with 100k rows, ideas?", "add proper error handling", "now make the same change in the handler we wrote before", "that broke the build, here's the new error", "ok that works. next, can we add pagination", "explain what you changed in the last diff", "use the helper from earlier instead", "rename {t} everywhere and show the full file", "looks good, now the migration for it"],
  de: ["warum schlägt das manchmal fehl?", "kannst du das ohne N+1-Queries umbauen", "schreib Tests dafür", "das ist mit 100k Zeilen zu langsam, Ideen?", "jetzt dieselbe Änderung im Handler von vorhin", "das bricht den Build, hier der neue Fehler", "ok läuft. als nächstes Pagination", "erklär kurz, was du im letzten Diff geändert hast"],
  zh: ["为什么这个偶尔会失败？", "能不能重构一下，避免 N+1 查询", "帮我写单元测试", "十万行数据时很慢，有什么办法？", "在之前写的 handler 里做同样的修改", "构建失败了，这是新的报错", "好了，下一步加分页", "解释一下你上一个改动"],
};
export function pairProgrammer(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("svc"), c.key("proj")];
  const srcs = fleet(r, ["awsFra", "awsVa", "awsVa"], 6);
  for (let s = 0; s < 210; s++) {
    const lang = r.wpick<"en" | "de" | "zh">([["en", 60], ["de", 20], ["zh", 20]]);
    const tz = lang === "en" ? r.pick([-5, -8, 0, 5.5]) : lang === "de" ? 1 : 8;
    const reasoning = r.p(0.3);
    const conv = new Conv(c, keys[r.p(0.7) ? 0 : 1], r.pick(srcs), {
      api: "responses", model: reasoning ? "o4-mini" : "gpt-4.1", lang: lang === "zh" ? "zh" : lang === "de" ? "de" : "en", topic: r.pick(IDS), cap: reasoning ? 8000 : 2048,
      effort: reasoning ? "medium" : undefined,
      system: "You are a coding assistant inside the Tessellate IDE. Prefer minimal diffs, explain briefly, and keep the user's code style. Workspace language: " + r.pick(["TypeScript", "Python", "Go"]) + ".",
      params: { store: true, metadata: { ide: "tessellate", seat: userId(r, "seat_") } },
    });
    let t = draw(r, tz, "dev");
    const n = turnsOf(r, 20, 0.55, 3, 90);
    for (let i = 0; i < n && t > 0; i++) {
      let u = fill(r.pick(CODE_ASK[lang]), { t: conv.cfg.topic });
      if (i === 0 || r.p(0.45)) u = u + "\n\n" + snippet(r);
      const want = reasoning ? r.logn(1400, 0.5) : r.logn(480, 0.6);
      const h = human(conv, t, u, want, { speed: 0.8, contP: 0.8 });
      t = h.t + (r.p(0.15) ? r.logn(6, 0.7) * MIN : 0); // ran the tests
      if (r.p(0.02)) break;
    }
  }
}

// ==================================================================== 4. writing collaborator
const STORY: Record<"en" | "fr" | "es", string[]> = {
  en: ["a lighthouse keeper who finds letters from the future", "a heist in a floating market city", "two rival bakers in a small Vermont town", "a detective who can only solve crimes while sleepwalking", "a generation ship where the crew forgot they are on a ship"],
  fr: ["une horlogère qui répare le temps à Lyon", "un facteur qui lit les lettres avant de les livrer", "une enquête dans un village des Alpes sous la neige"],
  es: ["una librera de Valparaíso que encuentra un mapa", "dos hermanos que heredan un circo en ruinas", "una detective retirada en Cádiz"],
};
const WRITE_ASK: Record<"en" | "fr" | "es", string[]> = {
  en: ["continue the chapter", "next section", "keep going, more dialogue this time", "rewrite the last paragraph with more tension", "ok, start chapter {n}", "make her reaction less dramatic and continue", "go back to the scene at the harbor and expand it", "write the next scene from Theo's point of view", "good. next section, slower pacing", "can you summarise what happened so far in 5 bullets"],
  fr: ["continue le chapitre", "section suivante", "continue, avec plus de dialogues", "réécris le dernier paragraphe avec plus de tension", "ok, commence le chapitre {n}", "reprends la scène du marché et développe-la"],
  es: ["continúa el capítulo", "siguiente sección", "sigue, con más diálogo", "reescribe el último párrafo con más tensión", "vale, empieza el capítulo {n}", "vuelve a la escena del puerto y amplíala"],
};
export function writingCollab(c: Ctx): void {
  const r = c.r;
  const key = c.key("proj");
  const srcs = fleet(r, ["digitalocean", "digitalocean", "vultr"], 3);
  for (let s = 0; s < 190; s++) {
    const lang = r.wpick<"en" | "fr" | "es">([["en", 60], ["fr", 25], ["es", 15]]);
    const tz = lang === "en" ? r.pick([-5, -8, 0, 10]) : lang === "fr" ? 1 : r.pick([1, -3]);
    const premise = r.pick(STORY[lang]);
    const conv = new Conv(c, key, r.pick(srcs), {
      api: "chat", model: r.p(0.6) ? "gpt-4.1" : "gpt-4o", lang, topic: premise.split(" ").slice(-2).join(" "), cap: r.pick([1000, 1200, 1200, 1500]), window: 8, keepTok: 500,
      system: `You are Quillmate, a co-writing partner. Write in the author's voice, full scenes, no summaries unless asked. Story: ${premise}. POV: ${r.pick(["first person", "close third"])}. Chapter ${r.int(1, 14)}.`,
      params: { temperature: 0.95, presence_penalty: 0.3 },
    });
    let t = draw(r, tz, "evening");
    const n = turnsOf(r, 12, 0.55, 2, 50);
    for (let i = 0; i < n && t > 0; i++) {
      const u = i === 0 ? (lang === "en" ? r.pick(["Let's start. ", "Ok, picking up where we left off. ", ""]) : "") + fill(r.pick([WRITE_ASK[lang][0], WRITE_ASK[lang][4]]), { n: r.int(2, 20) }) : fill(r.pick(WRITE_ASK[lang]), { n: r.int(2, 20) });
      const want = u.includes("summar") ? r.logn(200, 0.3) : r.logn(950, 0.35);
      const h = human(conv, t, u, want, { speed: 0.7, contP: 0.85, maxCont: 2 });
      t = h.t + (r.p(0.2) ? r.logn(4, 0.8) * MIN : 0); // editing in their document
      if (r.p(0.03)) break;
    }
  }
}

// ==================================================================== 5. customer support bot
const SUP_SYS = "You are the support assistant for Lumo Home (smart thermostats and plugs). Be concise and friendly. Use the knowledge base; if unsure, offer a handoff to a human agent. Never promise refunds. Reply in the customer's language.\n\nKnowledge base:\n- Thermostat offline: check 2.4 GHz Wi-Fi, power-cycle, then re-pair in the app (Settings > Devices > Re-pair).\n- Plug not responding: hold the button 10 s until the LED blinks amber, then add it again.\n- Schedules: the app syncs schedules every 15 minutes; manual overrides last until the next schedule block.\n- Returns: 30 days from delivery, unused, with order number. Warranty: 2 years.\n- Firmware 4.2 known issue: temperature reads 1-2 degrees high for 24 h after update; it self-calibrates.\n- Human agents: Mon-Fri 8:00-18:00 CET, chat handoff button in the app.";
const SUP: Record<"en" | "es" | "de" | "fr" | "ja", { issue: string[]; more: string[] }> = {
  en: { issue: ["my thermostat says offline since this morning", "the plug won't turn on from the app", "how do I return a plug I don't need", "after the update the temperature is wrong", "my schedule keeps getting ignored", "can I use it with 5GHz wifi?"], more: ["I already restarted it", "order number is LH-{o}", "ok that worked, thanks", "still not working", "can I talk to a person?", "the LED is blinking green, not amber", "what about the warranty?"] },
  es: { issue: ["mi termostato aparece desconectado desde esta mañana", "el enchufe no se enciende desde la app", "¿cómo devuelvo un enchufe?", "después de actualizar marca mal la temperatura"], more: ["ya lo reinicié", "el número de pedido es LH-{o}", "listo, funcionó, gracias", "sigue sin funcionar", "¿puedo hablar con una persona?"] },
  de: { issue: ["mein Thermostat ist seit heute früh offline", "die Steckdose lässt sich in der App nicht einschalten", "wie schicke ich einen Stecker zurück?", "seit dem Update stimmt die Temperatur nicht"], more: ["hab ich schon neu gestartet", "Bestellnummer ist LH-{o}", "ok, hat geklappt, danke", "geht immer noch nicht", "kann ich mit einem Menschen sprechen?"] },
  fr: { issue: ["mon thermostat est hors ligne depuis ce matin", "la prise ne s'allume pas depuis l'appli", "comment retourner une prise ?", "depuis la mise à jour la température est fausse"], more: ["je l'ai déjà redémarré", "numéro de commande LH-{o}", "ok ça marche, merci", "toujours pas", "je peux parler à quelqu'un ?"] },
  ja: { issue: ["サーモスタットが今朝からオフラインです", "アプリからプラグがオンになりません", "プラグを返品したいです", "アップデート後に温度表示がおかしい"], more: ["再起動はもうしました", "注文番号は LH-{o} です", "直りました、ありがとう", "まだ直りません", "担当者と話せますか？"] },
};
export function supportBot(c: Ctx): void {
  const r = c.r;
  const key = c.key("ant");
  const srcs = fleet(r, ["awsFra", "awsFra", "awsVa"], 4);
  for (let s = 0; s < 1500; s++) {
    const lang = r.wpick<"en" | "es" | "de" | "fr" | "ja">([["en", 40], ["de", 20], ["fr", 15], ["es", 15], ["ja", 10]]);
    const tz = lang === "en" ? r.pick([-5, 0, -8]) : lang === "ja" ? 9 : lang === "es" ? r.pick([1, -6]) : 1;
    const conv = new Conv(c, key, r.pick(srcs), {
      api: "messages", model: "claude-haiku-4-5", lang, topic: "Lumo", cap: 600,
      system: SUP_SYS, params: { temperature: 0.3, metadata: { user_id: userId(r, "tkt_") } },
    });
    let t = draw(r, tz, r.p(0.7) ? "office" : "consumer");
    const n = turnsOf(r, 3.2, 0.5, 1, 12);
    for (let i = 0; i < n && t > 0; i++) {
      const u = i === 0 ? r.pick(SUP[lang].issue) : fill(r.pick(SUP[lang].more), { o: r.int(100000, 999999) });
      t = human(conv, t, u, r.logn(110, 0.5), { speed: 1.3, contP: 0.2, retryP: 0.01 }).t;
      if (r.p(0.1)) break;
    }
  }
}

// ==================================================================== 6. language and interview practice
const PRACTICE: Record<"es" | "de" | "fr" | "ja", { sys: string; lines: string[] }> = {
  es: { sys: "Eres un compañero de conversación en español para estudiantes de nivel B1. Responde con naturalidad en 1-3 frases, haz una pregunta para seguir la charla y, si hay errores, corrige uno al final entre corchetes.", lines: ["ayer yo fui al cine con mi amigos", "me gusta mucho cocinar pero no soy muy bien", "en el fin de semana voy a visitar mi abuela", "¿qué tú haces en tu tiempo libre?", "estoy estudiando español desde dos años", "no sé qué significa 'madrugar'", "mi trabajo es muy estresante este semana", "¿puedes hablar más despacio? jaja"] },
  de: { sys: "Du bist ein Gesprächspartner für Deutschlernende (Niveau A2-B1). Antworte natürlich in 1-3 Sätzen, stelle eine Rückfrage und korrigiere am Ende höchstens einen Fehler in eckigen Klammern.", lines: ["gestern ich habe gegangen ins Kino", "ich wohne in Berlin seit drei Monate", "am Wochenende ich möchte wandern gehen", "was bedeutet 'Feierabend'?", "mein Arbeit ist sehr interessant", "kannst du langsamer sprechen? haha", "ich habe eine Katze, sie heißt Mochi"] },
  fr: { sys: "Tu es un partenaire de conversation en français pour des apprenants de niveau B1. Réponds naturellement en 1 à 3 phrases, pose une question, et corrige au plus une erreur à la fin entre crochets.", lines: ["hier je suis allé au cinéma avec mes amis et c'était bien", "je habite à Montréal depuis deux ans", "ce week-end je vais visiter ma grand-mère", "qu'est-ce que ça veut dire 'flâner' ?", "mon travail est très stressant cette semaine", "j'ai mangé un croissant ce matin, c'était délicieuse"] },
  ja: { sys: "あなたは日本語学習者（初級〜中級）の会話パートナーです。1〜3文で自然に返事をして、質問を一つしてください。間違いがあれば最後に【】で一つだけ直してください。", lines: ["きのう友だちと映画を見ました", "週末は山に行きたいですです", "日本語をべんきょうして一年です", "「おつかれさま」はいつ使いますか", "わたしはラーメンが好きだ、あなたは？", "もう少しゆっくり話してください"] },
};
const INTERVIEW = ["Hi, I'm ready for the mock interview. The role is {r}.", "Sure. In my last job I led the migration of our billing system; the hardest part was coordinating three teams and keeping the old system running in parallel for two months.", "I'd say my biggest weakness is that I take on too much myself. I've been working on delegating earlier.", "A conflict I had was with a designer about scope; we ended up agreeing on a smaller first release and measuring usage before adding more.", "Can you give me feedback on that answer?", "Ok, next question please.", "How would you rate me overall? What should I improve before Friday?"];
export function practice(c: Ctx): void {
  const r = c.r;
  const key = c.key("proj");
  const srcs = fleet(r, ["gcpEu", "gcpEu", "gcpUs"], 4);
  for (let s = 0; s < 270; s++) {
    const mode = r.wpick<"es" | "de" | "fr" | "ja" | "interview">([["es", 30], ["de", 20], ["fr", 20], ["ja", 15], ["interview", 15]]);
    const tz = r.pick([-5, -8, 0, 1, 9, 2]);
    if (mode === "interview") {
      const role = r.pick(["senior backend engineer", "product manager", "data analyst", "marketing lead"]);
      const conv = new Conv(c, key, r.pick(srcs), { api: "chat", model: "gpt-4.1-mini", lang: "en", topic: role, cap: 500, keepTok: 300, system: `You are a hiring manager running a realistic mock interview for the role: ${role}. Ask one question at a time. After each answer, give one line of feedback, then the next question.`, params: { temperature: 0.7, user: userId(r) } });
      let t = draw(r, tz, "evening");
      const n = turnsOf(r, 12, 0.4, 3, 30);
      for (let i = 0; i < n && t > 0; i++) {
        const u = i === 0 ? fill(INTERVIEW[0], { r: role }) : r.pick(INTERVIEW.slice(1));
        t = human(conv, t, u, r.logn(140, 0.4), { speed: 0.6, contP: 0.5 }).t;
      }
      continue;
    }
    const P = PRACTICE[mode];
    const conv = new Conv(c, key, r.pick(srcs), { api: "chat", model: "gpt-4o-mini", lang: mode === "ja" ? "ja" : mode === "de" ? "de" : mode === "fr" ? "fr" : "es", topic: "", cap: 300, window: 24, keepTok: 200, system: P.sys, params: { temperature: 0.8, user: userId(r) } });
    let t = draw(r, tz, "evening");
    const n = turnsOf(r, 15, 0.5, 3, 60);
    for (let i = 0; i < n && t > 0; i++) {
      const u = i === 0 ? r.pick(B[conv.cfg.lang].open) : r.p(0.15) ? r.pick(B[conv.cfg.lang].small) : r.pick(P.lines);
      t = human(conv, t, u, r.logn(70, 0.4), { speed: 0.7, contP: 0.3 }).t;
      if (r.p(0.02)) break;
    }
  }
}

// ==================================================================== 7. research assistant (one topic, many turns, Responses)
const RESEARCH: Record<"en" | "de" | "fr" | "ja", { q: string[]; f: string[] }> = {
  en: {
    q: ["I'm writing a policy brief on congestion pricing. What does the evidence from Stockholm, London and Singapore actually show?", "Help me understand the current state of solid-state battery research for EVs.", "What do we know about microplastics in drinking water and health effects?", "I need a literature overview on remote work and productivity since 2020.", "Explain the main arguments for and against carbon border adjustments.", "How do central banks think about the neutral interest rate these days?", "What are the leading hypotheses for long COVID mechanisms?", "Give me an overview of the economics of desalination in the Gulf."],
    f: ["how strong is that evidence really?", "you mentioned {t} earlier — what are the main criticisms?", "compare that with what you said about the first case", "can you put the key numbers in a table", "what would a skeptic say?", "summarize what we've covered so far in 8 bullets", "draft an outline for my brief based on this", "which of these points is weakest?", "any recent papers I should read on this? give authors and years if you're confident", "ok, go deeper on the second point", "how does that interact with the cost issue we discussed?", "rewrite the outline for a non-technical audience"],
  },
  de: { q: ["Ich schreibe eine Hausarbeit über die Energiewende. Wie hat sich der Netzausbau seit 2015 entwickelt?", "Was sagt die Forschung zum Mindestlohn in Deutschland und Beschäftigung?"], f: ["wie belastbar sind diese Zahlen?", "du hast vorhin {t} erwähnt, was sind die Kritikpunkte?", "kannst du die wichtigsten Zahlen in eine Tabelle packen", "fass bisher in 8 Punkten zusammen", "entwirf eine Gliederung daraus", "geh tiefer auf den zweiten Punkt ein"] },
  fr: { q: ["Je prépare un mémoire sur la politique du logement à Paris. Quels effets a eu l'encadrement des loyers ?", "Que dit la recherche sur la semaine de quatre jours ?"], f: ["ces données sont-elles solides ?", "tu as mentionné {t} plus tôt, quelles sont les critiques ?", "mets les chiffres clés dans un tableau", "résume ce qu'on a vu en 8 points", "propose un plan à partir de ça"] },
  ja: { q: ["卒論で日本の少子化対策について書いています。これまでの政策の効果はどう評価されていますか？", "地方の公共交通の維持について、海外の事例も含めて教えてください。"], f: ["そのデータはどのくらい信頼できますか？", "さっき{t}と言っていましたが、批判的な見方は？", "主な数字を表にまとめて", "ここまでの内容を8つの要点にまとめて", "それをもとに章立てを考えて"] },
};
export function researchAssistant(c: Ctx): void {
  const r = c.r;
  const key = c.key("proj");
  const srcs = fleet(r, ["azUs", "azEu"], 4);
  for (let s = 0; s < 135; s++) {
    const lang = r.wpick<"en" | "de" | "fr" | "ja">([["en", 65], ["de", 15], ["fr", 10], ["ja", 10]]);
    const tz = lang === "en" ? r.pick([-5, -8, 0]) : lang === "ja" ? 9 : 1;
    const deep = r.p(0.35);
    const q = r.pick(RESEARCH[lang].q);
    const conv = new Conv(c, key, r.pick(srcs), {
      api: "responses", model: deep ? "o3" : "gpt-4.1", lang, topic: q.slice(0, 30), cap: deep ? 16000 : 4000, effort: deep ? "medium" : undefined,
      system: "You are Ledgerline Research, an assistant for analysts. Be precise, separate evidence from opinion, flag uncertainty, and say when you are not sure a citation exists.",
      params: { store: true, metadata: { workspace: userId(r, "ws_") } },
    });
    let t = draw(r, tz, "office");
    const n = turnsOf(r, 18, 0.55, 3, 70);
    for (let i = 0; i < n && t > 0; i++) {
      const u = i === 0 ? q : fill(r.pick(RESEARCH[lang].f), { t: r.pick(["the second study", "the cost estimate", "the 2019 figures", "selection bias", "the pilot program"]) });
      const want = deep ? r.logn(2600, 0.45) : r.logn(750, 0.5);
      t = human(conv, t, u, want, { speed: 0.5, contP: 0.8 }).t;
      if (r.p(0.06)) t += r.logn(50, 0.8) * MIN; // meeting, back later
      if (r.p(0.02)) break;
    }
  }
}

// ==================================================================== 8. team's shared internal assistant
const TEAM: { first: string[]; more: string[] } = {
  first: ["draft a polite email to the supplier asking to move the delivery to {d}", "summarize this thread for me:\n{paste}", "write a SQL query that gives weekly active users per plan from events(user_id, plan, ts)", "what does this error mean: ECONNRESET when calling the payment API", "translate this into German, keep it formal: {paste}", "give me 5 title ideas for the Q2 all-hands deck", "turn these notes into a short status update:\n{paste}", "Schreib eine kurze Antwort an den Kunden, dass sich die Lieferung um eine Woche verzögert", "Fasse diese Notizen für das Team zusammen:\n{paste}"],
  more: ["shorter", "more formal please", "make it friendlier", "add a line about the invoice", "now in English", "can you turn that into bullet points", "perfect", "use the numbers from before", "kürzer bitte", "etwas freundlicher", "und jetzt auf Englisch"],
};
const PASTE = ["Anna: can we ship Friday?\nTom: only if QA signs off\nAnna: QA is blocked on the staging env\nRaj: staging fixed as of 3pm\nTom: then Friday works", "- vendor contract renewal due 31.03\n- price +6%\n- alternative quote from Nordlicht GmbH pending\n- legal wants the SLA clause reviewed", "Kunde meldet seit Montag doppelte Rechnungen. Ursache: Retry im Export-Job. Fix ist deployed, Gutschriften laufen bis Mittwoch."];
export function teamAssistant(c: Ctx): void {
  const r = c.r;
  const key = c.key("svc");
  const egress = [instIp(r, "zscalerEu"), instIp(r, "zscalerEu"), instIp(r, "zscalerEu")];
  const staff = Array.from({ length: 60 }, () => ({ id: userId(r, "emp_"), act: r.logn(1, 0.6) }));
  for (let d = 0; d < NDAYS; d++) {
    for (const p of staff) {
      const convs = Math.round(r.logn(2.6 * p.act, 0.5) * (d >= 3 ? 0.06 : 1));
      for (let k = 0; k < convs; k++) {
        const conv = new Conv(c, key, r.pick(egress), { api: "chat", model: r.p(0.75) ? "gpt-4.1" : "gpt-4.1-mini", lang: "en", topic: "the project", cap: 1200, params: { temperature: 0.5, user: p.id }, system: "You are the internal assistant of Halden Logistik GmbH. Answer in the language of the question. Do not invent facts about customers." });
        let t = draw(r, 1, "office", T0 + d * DAY, T0 + (d + 1) * DAY);
        const n = turnsOf(r, 3.5, 0.6, 1, 16);
        for (let i = 0; i < n && t > 0; i++) {
          const u = i === 0 ? fill(r.pick(TEAM.first), { d: r.pick(["Thursday", "next Monday", "the 14th"]), paste: r.pick(PASTE) }) : r.pick(TEAM.more);
          t = human(conv, t, u, i === 0 ? r.logn(260, 0.6) : r.logn(170, 0.5), { speed: 1, contP: 0.6 }).t;
        }
      }
    }
  }
}

// ==================================================================== 9. game NPC dialogue engine (machine-driven, honest)
const NPCS = [
  { name: "Brannoc the smith", sys: "You are Brannoc, the gruff blacksmith of Emberford. You know about weapons, the mine collapse, and the missing apprentice. Speak in short, blunt sentences. Respond as JSON: {\"say\": string, \"mood\": string, \"offer_quest\": boolean}." },
  { name: "Sister Ilva", sys: "You are Sister Ilva, healer at the chapel of Emberford. Kind, worried about the plague rumours. Respond as JSON: {\"say\": string, \"mood\": string, \"offer_quest\": boolean}." },
  { name: "Quill the merchant", sys: "You are Quill, a travelling merchant who exaggerates everything and haggles. Respond as JSON: {\"say\": string, \"mood\": string, \"price\": number|null}." },
];
const PLAYER: Record<"en" | "ja" | "de" | "pt", string[]> = {
  en: ["hello", "what happened at the mine?", "do you have any work for me", "how much for the sword", "too expensive", "i'll take it", "where is the apprentice?", "bye", "who are you", "any rumours?", "i found this amulet", "can you repair my shield"],
  ja: ["こんにちは", "鉱山で何があったの？", "何か仕事はある？", "その剣はいくら？", "高すぎる", "買います", "さようなら"],
  de: ["hallo", "was ist in der Mine passiert?", "hast du Arbeit für mich", "was kostet das Schwert", "zu teuer", "ich nehme es", "tschüss"],
  pt: ["olá", "o que aconteceu na mina?", "tem algum trabalho pra mim", "quanto custa a espada", "muito caro", "vou levar", "tchau"],
};
export function npcDialogue(c: Ctx): void {
  const r = c.r;
  const key = c.key("proj");
  const regions: [string, number, Lang | "en", string][] = [["awsVa", -5, "en", "US"], ["awsFra", 1, "de", "DE"], ["awsTok", 9, "ja", "JP"], ["awsSao", -3, "pt", "BR"]];
  const servers = regions.map(([n]) => [cloudIp(r, n), cloudIp(r, n)]);
  for (let s = 0; s < 1150; s++) {
    const ri = r.wpick<number>([[0, 45], [1, 20], [2, 20], [3, 15]]);
    const [, tz, lang0] = regions[ri];
    const lang = (lang0 === "en" || r.p(0.7) ? lang0 : "en") as "en" | "ja" | "de" | "pt";
    const npc = r.pick(NPCS);
    const state = { player_level: r.int(1, 40), quest_stage: r.int(0, 5), reputation: r.int(-20, 50), time_of_day: r.pick(["dawn", "noon", "dusk", "night"]) };
    const conv = new Conv(c, key, r.pick(servers[ri]), {
      api: "chat", model: "gpt-4o-mini", lang: lang as Lang, topic: npc.name, cap: 160, window: 12,
      system: npc.sys + " Game state: " + JSON.stringify(state) + (lang !== "en" ? ` Reply in the player's language (${lang}).` : ""),
      params: { temperature: 0.8, response_format: { type: "json_object" }, user: userId(r, "pl_") },
    });
    let t = draw(r, tz, "gamer");
    const n = turnsOf(r, 4, 0.5, 1, 18);
    for (let i = 0; i < n && t > 0; i++) {
      const out = conv.turn(t, r.pick(PLAYER[lang]), r.logn(55, 0.4));
      if (!out.ok) break;
      t += (r.logn(6, 0.6) + out.comp / 20) * SEC; // player reads the bubble and picks/types a line
    }
  }
}

// ==================================================================== 10. benchmark: multi-turn eval harness (fixed set, nightly)
export function evalHarness(c: Ctx): void {
  const r = c.r;
  const key = c.key("proj");
  const src = instIp(r, "internet2");
  // a fixed set: 70 two-turn items and 24 five-turn dialogues, built once
  const fixed = new RngC(hash32("suite-l/mt-set"));
  const items: string[][] = [];
  const CATS = ["writing", "roleplay", "reasoning", "math", "coding", "extraction", "stem", "humanities"];
  for (let i = 0; i < 70; i++) {
    const cat = CATS[i % CATS.length];
    const a = B.en.hardTopics[(i * 7) % B.en.hardTopics.length];
    const first = cat === "math" ? mathProblem(fixed, "en").replace(/^./, (x) => x.toUpperCase()) + ". Show your work."
      : cat === "writing" ? `Write a 200-word blog intro about ${a} for a general audience.`
      : cat === "roleplay" ? `Pretend you are a museum guide explaining ${a} to a group of ten-year-olds.`
      : cat === "coding" ? `Write a Python function that ${fixed.pick(["deduplicates a list while preserving order", "parses ISO dates from a log line", "computes a running median", "merges overlapping intervals"])}.`
      : cat === "extraction" ? `From the text below, extract every date and amount as JSON.\n"On ${fixed.int(1, 28)} May the council approved €${fixed.int(10, 900)}k; a second tranche of €${fixed.int(10, 900)}k follows on ${fixed.int(1, 28)} June."`
      : `In three paragraphs, explain ${a} and one common misconception about it.`;
    const second = fixed.pick(["Now rewrite your answer in exactly three sentences.", "Critique your previous answer and correct any mistakes.", "Explain the same thing to an expert, more concisely.", "Change one assumption and redo it.", "Turn your answer into a table."]);
    items.push([first, second]);
  }
  for (let i = 0; i < 24; i++) {
    const a = B.en.hardTopics[(i * 11 + 3) % B.en.hardTopics.length];
    items.push([`Let's discuss ${a}. What is it, briefly?`, "What is the most common misunderstanding?", "Give an example that shows it.", "How would you test that someone really understands it?", "Summarize our conversation in two sentences."]);
  }
  const models = ["gpt-4.1", "gpt-4.1-mini", "o4-mini"];
  for (let d = 0; d < NDAYS; d++) {
    let t = at(d, 1, -5) + r.int(0, 120) * SEC; // 01:00 US Eastern nightly cron
    const today = d === 3 ? models : models.slice(0, 2); // the reasoning model only on the Saturday full run
    for (const m of today) {
      const lanes = [t, t, t, t];
      items.forEach((turns, idx) => {
        const li = idx % 4;
        const lr = new RngC(hash32(`mt/${m}/${idx}`)); // temperature 0: near-identical answers every night
        const conv = new Conv(c, key, src, { api: "chat", model: m, lang: "en", topic: turns[0].slice(0, 20), cap: 2048, params: { temperature: 0, seed: 1234 } });
        for (const u of turns) {
          const want = (m === "o4-mini" ? 3 : 1) * lr.logn(turns.length > 2 ? 220 : 420, 0.4) * (0.97 + 0.06 * r.f());
          const out = conv.turn(lanes[li], u, want);
          lanes[li] += (1.5 + out.comp / (m === "o4-mini" ? 120 : 70) + r.f() * 0.8) * SEC;
        }
      });
      t = Math.max(...lanes) + r.int(30, 200) * SEC;
    }
  }
}
