/**
 * Harvesting, part 2: harvesters that have read the README. A harvest hidden in a real study app's
 * key, a residential low-and-slow hydra with a paraphrased wrapper per key, key rotation, a polite
 * single key at a person's pace, answers kept under the degrade cap, a sweep spread over ten
 * languages, a fake writing assistant and a fake tutoring app with per-request user ids, and runs
 * sized to the challenge pass.
 */
import { type Body, type Net, Sc, at, dc, draw, fill, fleet, genTime, humanPause, isp, level, olen, stub, type DcName, DAY, HOUR, MIN, SEC, T0, T1 } from "./core.ts";
import { EN_ALL, EN_FACET, EN_TOPICS, LT } from "./topics.ts";

// ================================================================== study-app-cover (mixed in a real app's key)
const QZ_SYS = "You are Quizlyn, a revision assistant inside a quiz app. Students ask about questions they got wrong. Explain why the right option is right and why theirs is wrong, briefly and kindly, then offer a memory hook.";
const QZ_REAL = ["I picked {w} for '{q}' but the answer was {c}, why?", "why is it {c} and not {w}?? ({q})", "Quiz said {c} for {q}. I thought {w}. Explain pls", "don't get this one: {q} -> {c}"];
const QZ_FACTS = [["the powerhouse of the cell", "mitochondria", "ribosome"], ["the year the Berlin Wall fell", "1989", "1991"], ["the SI unit of force", "newton", "joule"], ["the largest organ of the human body", "skin", "liver"], ["the author of Things Fall Apart", "Chinua Achebe", "Wole Soyinka"], ["the formula for kinetic energy", "half m v squared", "m g h"], ["the gas plants absorb", "carbon dioxide", "oxygen"]];
const QZ_HARVEST = ["Create a complete study guide on {t}: definitions, every key concept explained in depth, worked examples, 15 practice questions with fully worked solutions.", "Write the full chapter notes a top student would have on {t}, {f}, as long as needed.", "Explain everything an exam could ask about {t}, {f}."];
export function studyAppCover(sc: Sc): void {
  const r = sc.r;
  const key = sc.key("proj");
  const ips = fleet(r, ["awsVa", "awsVa"], 3);
  for (let s = 0; s < 1350; s++) {
    let t = draw(r, -5, "school");
    const f = r.pick(QZ_FACTS);
    const msgs: Body[] = [{ role: "system", content: QZ_SYS }, { role: "user", content: fill(r, r.pick(QZ_REAL), { q: f[0], c: f[1], w: f[2] }) }];
    const turns = r.wpick([[1, 70], [2, 30]] as const);
    const user = `qz_${r.int(100000, 999999)}`;
    for (let i = 0; i < turns; i++) {
      const out = olen(r, 160, 0.4, 600, 30);
      sc.post(t, key, r.pick(ips), "/v1/chat/completions", { model: "gpt-4.1-mini", messages: msgs.slice(), max_tokens: 600, temperature: 0.5, user, stream: true, stream_options: { include_usage: true } }, out);
      msgs.push({ role: "assistant", content: "The right option matches the definition, yours describes a neighbouring idea." });
      msgs.push({ role: "user", content: r.pick(["ok thanks", "and the memory hook again?", "so its like the other one but reversed?"]) });
      t += genTime(r, out) + humanPause(r, out, 20);
    }
  }
  // the owner's harvest: same key, backend, system prompt and school-hours curve, fake student ids
  for (let i = 0; i < 650; i++) {
    const t = draw(r, -5, "school");
    const q = fill(r, r.pick(QZ_HARVEST), { t: EN_ALL, f: EN_FACET });
    sc.post(t, key, r.pick(ips), "/v1/chat/completions", { model: "gpt-4.1", messages: [{ role: "system", content: QZ_SYS }, { role: "user", content: q }], max_tokens: 4096, temperature: 0.5, user: `qz_${r.int(100000, 999999)}`, stream: true, stream_options: { include_usage: true } }, olen(r, 2600, 0.3, 4096, 600));
  }
}

// ================================================================== residential-hydra (paraphrased wrapper per key)
const HY_OPEN = ["You are a world-class expert tutor.", "Act as a meticulous professor.", "You're a senior researcher who explains things fully.", "Imagine you are writing a textbook chapter.", "Behave like an encyclopedic assistant.", "Take the role of an experienced lecturer.", "Pretend you are mentoring a graduate student."];
const HY_RULE = ["Reason carefully before answering and show the reasoning.", "Lay out your thinking step by step.", "Walk through the logic in order, then conclude.", "Make every inference explicit.", "Think out loud, then give a clean final answer.", "Don't skip steps; explain each one."];
const HY_LEN = ["Be exhaustive.", "Long answers are welcome.", "Depth matters more than brevity.", "Cover all subtopics.", "Aim for completeness."];
const HY_ASK = ["Topic: {t}. {f}.", "Please explain {t} ({f}).", "{t} — {f}, please.", "I need a deep dive into {t}, {f}.", "Could you teach me {t}? {f}."];
const HY_CC = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "MX", "IN", "PH", "ID", "VN", "TR", "UA", "NG", "KE", "CA", "AU", "AR"];
const HY_TZ: Record<string, number> = { US: -5, GB: 1, DE: 2, FR: 2, ES: 2, IT: 2, NL: 2, PL: 2, BR: -3, MX: -6, IN: 5.5, PH: 8, ID: 7, VN: 7, TR: 3, UA: 3, NG: 1, KE: 3, CA: -5, AU: 10, AR: -3 };
function capFirst(s: string): string { return s.charAt(0).toUpperCase() + s.slice(1); }
export function residentialHydra(sc: Sc): void {
  const r = sc.r;
  const K = 130;
  for (let k = 0; k < K; k++) {
    const key = sc.key(r.pick(["proj", "proj", "legacy", "svc"]));
    const cc = r.pick(HY_CC);
    const wrap = [r.pick(HY_OPEN), r.pick(HY_RULE), r.p(0.6) ? r.pick(HY_LEN) : ""].filter(Boolean);
    if (r.p(0.5)) wrap.reverse();
    const inSystem = r.p(0.6);
    const sys = wrap.join(" ");
    const ask = r.pick(HY_ASK);
    const model = r.pick(["gpt-4.1", "gpt-4.1", "o4-mini", "gpt-4.1-mini"]);
    const cap = r.pick([2048, 3000, 4096, 6000]);
    const temp = Math.round(r.next() * 8) / 10;
    const stream = r.p(0.5);
    const total = r.int(12, 32);
    const sessions = r.int(1, 3);
    let done = 0;
    for (let s = 0; s < sessions && done < total; s++) {
      const net = isp(r, cc);
      let t = draw(r, HY_TZ[cc], "evening");
      const nHere = s === sessions - 1 ? total - done : Math.round(total / sessions);
      for (let i = 0; i < nHere; i++, done++) {
        const q = capFirst(fill(r, ask, { t: r.pick(EN_ALL), f: r.pick(EN_FACET) }));
        const msgs: Body[] = inSystem ? [{ role: model === "o4-mini" ? "developer" : "system", content: sys }, { role: "user", content: q }] : [{ role: "user", content: `${sys}\n\n${q}` }];
        const body: Body = model === "o4-mini" ? { model, messages: msgs, max_completion_tokens: cap, reasoning_effort: r.pick(["medium", "high"]) } : { model, messages: msgs, max_tokens: cap, temperature: temp };
        if (stream) { body.stream = true; body.stream_options = { include_usage: true }; }
        const out = olen(r, cap * 0.45, 0.3, cap, 200);
        sc.post(t, key, net, "/v1/chat/completions", body, out);
        t += genTime(r, out, 90) + r.logn(40, 0.7) * SEC;
      }
    }
  }
}

// ================================================================== key-rotation-relay
const KR_SYS = ["Provide a detailed, well-structured answer with reasoning. Use headings.", "Give a thorough, structured answer; explain your reasoning under clear headings."];
export function keyRotation(sc: Sc): void {
  const r = sc.r;
  let t = T0 + r.int(0, 3) * HOUR;
  const dcs: DcName[] = ["digitalocean", "vultrTk", "linodeFra", "hetzner", "ovh", "contabo"];
  let k = 0;
  while (t < T1 - HOUR && k < 12) {
    const key = sc.key(r.pick(["proj", "legacy"]));
    const ips = fleet(r, [r.pick(dcs)], 2);
    const sys = r.pick(KR_SYS);
    const life = r.int(90, 180) * MIN;
    const end = t + life;
    while (t < end) {
      for (let lane = 0; lane < 2; lane++) {
        const q = `${capFirst(r.pick(EN_ALL))}: ${r.pick(["explain and analyse", "give the full derivation", "describe in depth", "teach with examples"])}, ${r.pick(EN_FACET)}.`;
        const out = olen(r, 1500, 0.3, 4096, 300);
        sc.post(t + lane * r.int(100, 900), key, r.pick(ips), "/v1/chat/completions", { model: "gpt-4.1", messages: [{ role: "system", content: sys }, { role: "user", content: q }], max_tokens: 4096, temperature: 0.7 }, out);
      }
      t += r.int(60, 150) * SEC;
    }
    t += r.int(20, 180) * SEC; // next key
    k++;
    if (r.p(0.25)) t += r.int(1, 6) * HOUR; // operator asleep or buying keys
  }
}

// ================================================================== polite-single-key
const PO_TPL = ["Hi! Could you help me understand {t}? I'd love the reasoning behind each part.", "Thanks again for yesterday. Today I'm curious about {t}, how does it really work?", "Sorry if this is basic: what is {t}, and why does it matter?", "I've been reading about {t}. Could you walk me through it carefully?"];
export function politeSingleKey(sc: Sc): void {
  const r = sc.r;
  const key = sc.key("proj");
  const home = isp(r, "CA");
  for (let d = 0; d < 4; d++) {
    let t = at(d, 8 + r.next(), -5);
    const end = at(d, 22 + r.next(), -5);
    while (t < end) {
      const q = fill(r, r.pick(PO_TPL), { t: r.pick(EN_ALL) });
      const out = olen(r, 900, 0.35, 2000, 200);
      sc.post(t, key, home, "/v1/chat/completions", { model: "gpt-4.1", messages: [{ role: "user", content: q }], max_tokens: 2000 }, out);
      t += genTime(r, out) + humanPause(r, out, q.length) + r.logn(8, 0.5) * SEC;
      if (r.p(0.03)) t += r.int(20, 70) * MIN; // a meal
    }
  }
}

// ================================================================== under-cap-harvest (answers kept below 512 tokens)
const UC_TPL = ["In no more than 300 words, explain {t} with one concrete example.", "Concise but complete (max 250 words): {t}, {f}.", "Short expert summary of {t}; under 300 words; include the key reasoning step."];
export function underCap(sc: Sc): void {
  const r = sc.r;
  for (let k = 0; k < 3; k++) {
    const key = sc.key("proj");
    const ips = fleet(r, [(["azureNl", "gcpIowa", "awsDe"] as DcName[])[k]], 2);
    machineSessions2(sc, r.int(450, 550), r.int(10, 16), (t) => {
      const q = fill(r, r.pick(UC_TPL), { t: EN_ALL, f: EN_FACET });
      sc.post(t, key, r.pick(ips), "/v1/chat/completions", { model: "gpt-4.1", messages: [{ role: "user", content: q }], max_tokens: 480, temperature: 0.3 }, olen(r, 380, 0.15, 480, 200));
      return t + r.int(8, 25) * SEC;
    });
  }
}
function machineSessions2(sc: Sc, budget: number, sessions: number, step: (t: number) => number): void {
  const r = sc.r;
  const per = Math.max(1, Math.round(budget / sessions));
  for (let s = 0; s < sessions; s++) {
    let t = draw(r, 0, "flat");
    for (let i = 0; i < per && t < T1; i++) t = step(t);
  }
}

// ================================================================== language-spread (ten languages per key)
const LS_FRAME: Record<string, string[]> = {
  ko: ["{t}에 대해 자세히 설명해 주세요. 추론 과정도 함께 보여 주세요.", "{t}을(를) 예시와 함께 깊이 있게 설명해 주세요."],
  ja: ["{t}について、考え方の過程も含めて詳しく説明してください。", "{t}を具体例と一緒に丁寧に解説してください。"],
  ru: ["Подробно объясните {t}, показывая ход рассуждений.", "Разберите {t} на примерах, шаг за шагом."],
  it: ["Spiega in modo approfondito {t}, mostrando il ragionamento.", "Illustra {t} con esempi, passo dopo passo."],
  nl: ["Leg {t} uitgebreid uit en laat de redenering zien.", "Behandel {t} stap voor stap, met voorbeelden."],
  sw: ["Eleza kwa kina {t}, ukionyesha hoja zako hatua kwa hatua.", "Fafanua {t} kwa mifano na hatua zote."],
  pt: ["Explique {t} em profundidade, mostrando o raciocínio.", "Desenvolva {t} passo a passo, com exemplos."],
  es: ["Explica a fondo {t} mostrando el razonamiento.", "Desarrolla {t} paso a paso con ejemplos."],
  fr: ["Explique en détail {t} en montrant le raisonnement.", "Développe {t} étape par étape avec des exemples."],
  de: ["Erkläre ausführlich {t} und zeige den Gedankengang.", "Erläutere {t} Schritt für Schritt mit Beispielen."],
};
export function languageSpread(sc: Sc): void {
  const r = sc.r;
  const langs = Object.keys(LS_FRAME);
  for (let k = 0; k < 4; k++) {
    const key = sc.key("svc");
    const ips = fleet(r, [(["tencentSg", "awsSeoul", "m247", "leaseweb"] as DcName[])[k]], 2);
    machineSessions2(sc, r.int(320, 380), r.int(10, 14), (t) => {
      const l = r.pick(langs);
      const q = fill(r, r.pick(LS_FRAME[l]), { t: r.pick(LT[l]) });
      const out = olen(r, 1400, 0.35, 4096, 300);
      sc.post(t, key, r.pick(ips), "/v1/chat/completions", { model: "gpt-4.1", messages: [{ role: "user", content: q }], max_tokens: 4096 }, out);
      return t + genTime(r, out, 110) / 2 + r.int(1, 5) * SEC;
    });
  }
}

// ================================================================== fake-writing-assistant (per-request user ids)
const FW_SYS = "You are Inkwell, a writing companion. Help the user with their draft. If the draft is a request for content, write the content in full, polished prose.";
const FW_ASK = ["Draft for my blog: an in-depth article on {t}, {f}.", "I'm writing an explainer on {t}. Please write the whole piece, {f}.", "Help me write a long-form post about {t} for my newsletter ({f})."];
export function fakeWriter(sc: Sc): void {
  const r = sc.r;
  for (let k = 0; k < 2; k++) {
    const key = sc.key("proj");
    const ips = fleet(r, ["awsVa", "awsOr"], 3);
    for (let i = 0; i < 850; i++) {
      const t = draw(r, -5, "office");
      const q = fill(r, r.pick(FW_ASK), { t: EN_ALL, f: EN_FACET });
      const out = olen(r, 1700, 0.3, 3500, 400);
      sc.post(t, key, r.pick(ips), "/v1/chat/completions", { model: "gpt-4.1", messages: [{ role: "system", content: FW_SYS }, { role: "user", content: q }], max_tokens: 3500, temperature: 0.8, user: `iw_${r.chars(12, "0123456789abcdef")}`, stream: true, stream_options: { include_usage: true } }, out);
    }
  }
}

// ================================================================== fake-tutoring-app (curriculum sweep behind a tutor front)
const FTU_SYS = "You are Brightpath Tutor. Explain every answer step by step so a student can follow, showing all intermediate reasoning, and end with a short summary.";
const FTU_Q = ["Can you explain {t}?", "I have a test on {t} tomorrow, help me understand it completely.", "what is {t} and how do i use it", "Please go through {t} with an example problem."];
export function fakeTutor(sc: Sc): void {
  const r = sc.r;
  const key = sc.key("proj");
  const ips = fleet(r, ["gcpIowa", "gcpIowa"], 2);
  const curriculum = Object.values(EN_TOPICS).flat().flatMap((t) => EN_FACET.map((f) => `${t} (${f})`));
  r.shuffle(curriculum);
  let i = 0;
  for (let n = 0; n < 1900; n++) {
    const t = draw(r, -6, "school");
    const topic = curriculum[i++ % curriculum.length];
    const q = fill(r, r.pick(FTU_Q), { t: topic });
    sc.post(t, key, r.pick(ips), "/v1/chat/completions", { model: "gpt-4.1", messages: [{ role: "system", content: FTU_SYS }, { role: "user", content: q }], max_tokens: 3000, temperature: 0.4, user: `student-${r.int(1, 250000)}` }, olen(r, 1300, 0.3, 3000, 300));
  }
}

// ================================================================== pass-sized-sessions (paced to the challenge pass)
const PS_TPL = ["Explain {t} rigorously, with your reasoning shown.", "{t}: full explanation with derivations where relevant.", "Provide a complete, reasoned account of {t}."];
export function passSized(sc: Sc): void {
  const r = sc.r;
  for (let k = 0; k < 2; k++) {
    const key = sc.key("proj");
    const ip = dc(r, (["hetzner", "doBlr"] as DcName[])[k]);
    for (let d = 0; d < 4; d++) {
      // a handful of pass-sized runs a day, each at most 45 requests within ~9 minutes, an hour apart at least
      let t = at(d, r.int(0, 4), 0) + r.int(0, 59) * MIN;
      const runs = r.int(3, 6);
      for (let run = 0; run < runs; run++) {
        const start = t;
        for (let i = 0; i < 45; i++) {
          const q = fill(r, r.pick(PS_TPL), { t: EN_ALL });
          sc.post(t, key, ip, "/v1/chat/completions", { model: "gpt-4.1", messages: [{ role: "user", content: q }], max_tokens: 3000 }, olen(r, 1200, 0.3, 3000, 200));
          t += r.int(8, 12) * SEC;
        }
        t = start + 10 * MIN + r.int(50, 200) * MIN;
      }
    }
  }
}

void DAY; void stub; export type { Net };
