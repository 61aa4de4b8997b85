/** Suite o, benchmark runs: a one-off multilingual chain-of-thought run, a nightly regression of one
 *  fixed set, pass@k code sampling, and a nightly LLM-as-judge grading of the customer's own model. */
import { type Body, type Scn, R, S, M, DAYS, cloud, campus, len, local, tpl } from "./core.ts";

const MGSM: Record<string, { cue: string; items: string[] }> = {
  bn: { cue: "ধাপে ধাপে চিন্তা করো, তারপর শেষ লাইনে 'উত্তর: <সংখ্যা>' লেখো।", items: [
    "রিনার কাছে {a}টি আম ছিল। সে {b}টি আম বোনকে দিল এবং বাজার থেকে আরও {c}টি কিনল। এখন তার কাছে কয়টি আম আছে?",
    "একটি বাসে {a} জন যাত্রী ছিল। প্রথম স্টপে {b} জন নামল, {c} জন উঠল। এখন বাসে কতজন যাত্রী?",
    "প্রতিদিন {b} পৃষ্ঠা পড়লে {a}0 পৃষ্ঠার বই শেষ করতে কত দিন লাগবে?",
  ] },
  sw: { cue: "Fikiri hatua kwa hatua, kisha andika jibu la mwisho kwenye mstari wa mwisho kama 'Jibu: <namba>'.", items: [
    "Juma alikuwa na machungwa {a}. Alimpa rafiki yake {b} na akanunua mengine {c}. Sasa ana machungwa mangapi?",
    "Basi lilikuwa na abiria {a}. Kituoni walishuka {b} na wakapanda {c}. Kuna abiria wangapi sasa?",
    "Kama Amina anasoma kurasa {b} kila siku, atamaliza kitabu cha kurasa {a}0 kwa siku ngapi?",
  ] },
  th: { cue: "คิดทีละขั้นตอน แล้วเขียนคำตอบสุดท้ายในบรรทัดสุดท้ายว่า 'คำตอบ: <ตัวเลข>'", items: [
    "สมชายมีมะม่วง {a} ลูก ให้น้องไป {b} ลูก แล้วซื้อมาเพิ่มอีก {c} ลูก ตอนนี้สมชายมีมะม่วงกี่ลูก",
    "บนรถเมล์มีผู้โดยสาร {a} คน ป้ายแรกลง {b} คน ขึ้น {c} คน ตอนนี้มีผู้โดยสารกี่คน",
    "ถ้าอ่านหนังสือวันละ {b} หน้า หนังสือ {a}0 หน้าจะอ่านจบในกี่วัน",
  ] },
  he: { cue: "חשוב שלב אחר שלב, ובשורה האחרונה כתוב 'תשובה: <מספר>'.", items: [
    "לנועה היו {a} תפוזים. היא נתנה {b} לחברה וקנתה עוד {c}. כמה תפוזים יש לה עכשיו?",
    "באוטובוס היו {a} נוסעים. בתחנה הראשונה ירדו {b} ועלו {c}. כמה נוסעים יש עכשיו?",
    "אם קוראים {b} עמודים בכל יום, בכמה ימים מסיימים ספר של {a}0 עמודים?",
  ] },
  en: { cue: "Think step by step, then give the final answer on the last line as 'Answer: <number>'.", items: [
    "Priya had {a} marbles. She gave {b} to her cousin and won {c} more at school. How many marbles does she have now?",
    "A ferry carried {a} passengers. At the first pier {b} got off and {c} got on. How many passengers are aboard?",
    "Reading {b} pages a day, how many days does a {a}0-page book take?",
  ] },
};
export function benchMgsm(sc: Scn): void {
  const r = sc.r;
  const key = sc.key("proj");
  const net = campus(r, "ui");
  const fixed = new R("o-bench-mgsm-items");
  const items: { lang: string; q: string }[] = [];
  for (const lang of Object.keys(MGSM)) for (let i = 0; i < 220; i++) items.push({ lang, q: tpl(fixed, fixed.one(MGSM[lang].items), { a: fixed.int(12, 90), b: fixed.int(2, 11), c: fixed.int(3, 40) }) });
  let t = local(1, 13.2, 7);
  for (const model of ["gpt-4.1-mini", "gpt-4o-mini"]) {
    for (const it of items) {
      const body: Body = { model, messages: [{ role: "user", content: `${it.q}\n${MGSM[it.lang].cue}` }], temperature: 0, max_tokens: 2048 };
      sc.post(t, key, net, "/v1/chat/completions", body, len(r, it.lang === "en" ? 190 : 330, 0.35, 2048, 60));
      t += (60 / 42) * S * r.ln(1, 0.15);
    }
    t += 9 * M;
  }
}

const NIGHTLY: { lang: string; sys: string; items: string[] }[] = [
  { lang: "uk", sys: "Оціни, чи правильно бот підтримки відповів клієнту. Спершу коротко поясни міркування, потім у останньому рядку напиши PASS або FAIL.", items: [
    "Клієнт: Чи можна повернути товар через 20 днів? Бот: Так, повернення приймаємо протягом 14 днів.", "Клієнт: Де мій номер відстеження? Бот: Його надіслано на вашу пошту після відправлення.", "Клієнт: Чи є доставка в Ужгород? Бот: Так, доставка займає 2-3 дні.", "Клієнт: Я хочу змінити адресу. Бот: Адресу можна змінити до моменту відправлення в особистому кабінеті."] },
  { lang: "ar", sys: "قيّم ما إذا كان رد روبوت الدعم صحيحا. اشرح استدلالك باختصار أولا، ثم اكتب في السطر الأخير PASS أو FAIL.", items: [
    "العميل: هل يمكنني إرجاع المنتج بعد عشرين يوما؟ الروبوت: نعم، نقبل الإرجاع خلال 14 يوما.", "العميل: أين رقم التتبع؟ الروبوت: تم إرساله إلى بريدك بعد الشحن.", "العميل: هل تشحنون إلى الدمام؟ الروبوت: نعم خلال ثلاثة أيام عمل."] },
  { lang: "en", sys: "Judge whether the support bot's reply is correct under the store policy (returns 14 days, shipping 2-3 days). Explain your reasoning briefly, then write PASS or FAIL on the last line.", items: [
    "Customer: Can I return a jacket after 20 days? Bot: Yes, returns are accepted within 14 days.", "Customer: My parcel is late, what now? Bot: Please wait 30 days before contacting us.", "Customer: Do you ship to Alaska? Bot: Yes, all US states in 2-3 days.", "Customer: Can I change my size after ordering? Bot: Yes, until the order ships."] },
];
export function benchNightly(sc: Scn): void {
  const r = sc.r;
  const key = sc.key("svcacct");
  const net = cloud(r, "do_ams");
  const fixed = new R("o-bench-nightly-set");
  const set: { sys: string; q: string }[] = [];
  for (let i = 0; i < 310; i++) { const g = fixed.one(NIGHTLY); set.push({ sys: g.sys, q: `#${i + 1}\n${fixed.one(g.items)}\nOrder ref ${fixed.int(1000, 9999)}` }); }
  for (let d = 0; d < DAYS; d++) {
    let t = local(d, 1 + r.f() * 0.1, 0);
    for (const it of set) {
      const body: Body = { model: "gpt-4.1", messages: [{ role: "system", content: it.sys }, { role: "user", content: it.q }], temperature: 0, seed: 1234, max_tokens: 600 };
      sc.post(t, key, net, "/v1/chat/completions", body, len(r, 150, 0.25, 600, 40));
      t += (60 / 38) * S * r.ln(1, 0.1);
    }
  }
}

const PK_VERBS = ["Return the longest run of equal adjacent values in", "Return the indices of two numbers summing to a target in", "Rotate by k positions", "Compress consecutive duplicates of", "Return the k most frequent elements of", "Check whether brackets balance in", "Merge overlapping intervals in", "Return the running median of"];
const PK_TYPES = ["a list of integers", "a string", "a list of floats", "a list of (start, end) tuples", "a list of words"];
export function benchPassk(sc: Scn): void {
  const r = sc.r;
  const key = sc.key("proj");
  const net = cloud(r, "gcp_usc");
  const fixed = new R("o-bench-passk");
  const probs = Array.from({ length: 164 }, (_, i) => {
    const name = `task_${i}`;
    return `def ${name}(xs${fixed.chance(0.4) ? ", k" : ""}):\n    """${fixed.one(PK_VERBS)} ${fixed.one(PK_TYPES)}.\n    >>> ${name}(${fixed.one(["[1, 1, 2]", "'aab'", "[3.5, 1.0]", "[(1, 3), (2, 5)]"])})\n    """\n`;
  });
  const runs: [number, string][] = [[local(0, 15, -7), "gpt-4.1-mini"], [local(2, 10, -7), "gpt-4.1"]];
  for (const [start, model] of runs) {
    let t = start;
    for (const p of probs) {
      const body: Body = { model, messages: [{ role: "system", content: "Complete the Python function. Output only the code." }, { role: "user", content: p }], n: 10, temperature: 0.8, top_p: 0.95, max_tokens: 700 };
      const c = sc.post(t, key, net, "/v1/chat/completions", body, 10 * len(r, 140, 0.35, 700, 30));
      t += (4 + c / 200) * S * r.ln(1, 0.2);
    }
  }
}

const JUDGE_Q = ["Summarise the causes of the 1997 Asian financial crisis in three sentences.", "Explain how a heat pump works to a twelve-year-old.", "Write a polite reply declining a meeting invitation.", "List three risks of storing passwords in plain text.", "Translate 'the shipment will arrive on Monday' into Indonesian.", "Give a short definition of opportunity cost with an example.", "What is the difference between weather and climate?", "Rewrite this sentence in the passive voice: The committee approved the budget."];
export function benchJudge(sc: Scn): void {
  const r = sc.r;
  const key = sc.key("proj");
  const net = cloud(r, "ovh_gra");
  const fixed = new R("o-bench-judge-set");
  const set = Array.from({ length: 420 }, (_, i) => ({ q: fixed.one(JUDGE_Q) + ` [item ${i}]`, ref: "Reference answer " + i + ": " + fixed.one(["covers the three main points", "is short and accurate", "uses plain language"]) }));
  const sys = "You are grading answers produced by our in-house model checkpoint against a reference. Score helpfulness and correctness from 1 to 10 and give a one-sentence justification. Reply as JSON: {\"score\": n, \"why\": \"...\"}.";
  for (let d = 1; d < DAYS; d++) {
    let t = local(d, 3.5, 2);
    const ckpt = `ckpt-${d * 1000 + 4200}`;
    for (const it of set) {
      const cand = `Candidate (${ckpt}): ` + fixed.one(["It happened because of many reasons including currency pegs and short-term debt.", "A heat pump moves warmth from outside to inside using a fluid that boils at low temperature.", "Thank you for the invitation; unfortunately I cannot attend.", "Passwords could be leaked, reused, and read by insiders."]);
      const body: Body = { model: "gpt-4.1", messages: [{ role: "system", content: sys }, { role: "user", content: `Question: ${it.q}\n${it.ref}\n${cand}` }], temperature: 0, max_tokens: 200, response_format: { type: "json_object" } };
      sc.post(t, key, net, "/v1/chat/completions", body, len(r, 45, 0.3, 200, 15));
      t += (60 / 30) * S * r.ln(1, 0.2);
    }
  }
}
