// Honest product traffic generators for round 63 (composed text, seeded).
import { rng, LANGS, LANG_KEYS, toks, filler, T0, productGap } from "./lib.mjs";

export const WRITER_SYSTEM = "You are Quill, the writing assistant inside the Quill editor. Write in the language of the user's request. Follow the brief exactly: document type, audience, tone and approximate length. Use markdown headings for sections and keep paragraphs short. Never invent statistics, prices or quotes; where a figure is needed, leave a placeholder in square brackets for the author to fill in. Do not mention that you are an AI. End long documents with a one-line call to action that fits the brief. If the brief asks for headlines or slogans, return only a numbered list.";

// A writing-assistant SaaS backend: many end users, briefs in 7 languages, long drafts.
// opts.cap: undefined (no output cap, the SDK default) or a number sent as max_tokens.
export function writer({ seed, key = "sk-quill-prod", days = 3, perDay = 1500, cap, model = "gpt-4.1-mini", longMin = 600, longMax = 1600, api = "chat", langs = null }) {
  const r = rng(seed);
  const ev = [];
  let t = T0 + r.int(0, 60000);
  const end = T0 + days * 86400000;
  const sysT = toks(WRITER_SYSTEM);
  const open = []; // recent conversations a user may follow up on
  while (t < end) {
    const lang = r.wpick((langs ?? [[5, "en"], [2, "es"], [2, "de"], [1.5, "fr"], [1, "pt"], [1, "ja"], [0.8, "pl"]]));
    const L = LANGS[lang];
    const kind = r.wpick([[72, "long"], [12, "short"], [16, "follow"]]);
    let messages, promptT, comp;
    if (kind === "follow" && open.length) {
      const c = open.splice(r.int(0, open.length - 1), 1)[0];
      const fu = r.pick(LANGS[c.lang].follow);
      messages = [{ role: "system", content: WRITER_SYSTEM }, { role: "user", content: c.brief }, { role: "assistant", content: c.answer }, { role: "user", content: fu }];
      promptT = sysT + toks(c.brief) + c.answerT + toks(fu) + 12;
      comp = Math.max(200, Math.round(c.answerT * (0.6 + r.next() * 0.5)));
    } else if (kind === "short") {
      const brief = L.short(r.pick(L.subjects));
      messages = [{ role: "system", content: WRITER_SYSTEM }, { role: "user", content: brief }];
      promptT = sysT + toks(brief) + 8;
      comp = r.int(30, 90);
    } else {
      const words = r.pick([400, 500, 600, 700, 800, 1000]);
      const brief = L.brief(r.pick(L.kinds)[0], r.pick(L.subjects), r.pick(L.audiences), r.pick(L.tones), words);
      messages = [{ role: "system", content: WRITER_SYSTEM }, { role: "user", content: brief }];
      promptT = sysT + toks(brief) + 8;
      comp = Math.min(longMax, Math.max(longMin, Math.round(words * (1.25 + r.next() * 0.5) * (lang === "ja" ? 1.3 : 1))));
      if (r.chance(0.5)) {
        const answerT = Math.min(comp, 900);
        open.push({ lang, brief, answer: filler(r, lang, answerT), answerT });
        if (open.length > 30) open.shift();
      }
    }
    if (cap !== undefined) comp = Math.min(comp, cap);
    let body, path;
    if (api === "responses") {
      path = "/v1/responses";
      const [sys, ...rest] = messages;
      body = { model, instructions: sys.content, input: rest.map((m) => ({ role: m.role, content: m.content })) };
      if (cap !== undefined) body.max_output_tokens = cap;
    } else {
      path = "/v1/chat/completions";
      body = { model, messages };
      if (cap !== undefined) body.max_tokens = cap;
    }
    ev.push({ ts: t, key, ip: "203.0.113.20", asn: 64500, country: "DE", method: "POST", path, body, usage: { prompt_tokens: promptT, completion_tokens: comp, total_tokens: promptT + comp } });
    t += productGap(r, t, perDay);
  }
  return ev;
}

// ---------- a study app calling gpt-4.1 (explain) and o4-mini (solve) side by side ----------
const STUDY_SYSTEM = "You are Brightpath, a study companion for secondary-school students. Explain clearly and kindly, in the student's language. Check the student's reasoning before giving the answer, point out the first mistake you find, and end with one short practice question. Keep formulas in LaTeX.";
const QN = {
  en: [
    (r) => `A train leaves at ${r.int(6, 11)}:${r.pick(["05", "20", "40"])} and travels ${r.int(120, 480)} km at ${r.int(60, 140)} km/h. When does it arrive, and how would the answer change if it stopped for ${r.int(5, 25)} minutes?`,
    (r) => `Why does ice float on water? My teacher said it has to do with hydrogen bonds but I don't get it.`,
    (r) => `Solve ${r.int(2, 9)}x^2 - ${r.int(3, 20)}x + ${r.int(1, 9)} = 0 and tell me if the roots are real.`,
    (r) => `What were the main causes of the ${r.pick(["French Revolution", "First World War", "fall of the Western Roman Empire", "Industrial Revolution"])}? I have a test on ${r.pick(["Monday", "Friday", "Thursday"])}.`,
    (r) => `A rectangle has a perimeter of ${r.int(20, 90)} cm and its length is ${r.int(2, 5)} times its width. Find its area.`,
    (r) => `Can you explain how photosynthesis and cellular respiration are connected?`,
    (r) => `Is ${r.int(101, 999)} a prime number? How do I check quickly without a calculator?`,
    (r) => `How do I find the derivative of x^${r.int(2, 6)} * sin(x)? I keep getting it wrong.`,
  ],
  es: [
    (r) => `Un coche recorre ${r.int(100, 400)} km en ${r.int(2, 5)} horas. ¿Cuál es su velocidad media y cuánto tardaría en recorrer ${r.int(50, 300)} km?`,
    (r) => `¿Por qué el cielo es azul? No entiendo la dispersión de Rayleigh.`,
    (r) => `Resuelve el sistema ${r.int(1, 5)}x + ${r.int(1, 5)}y = ${r.int(5, 30)} y x - y = ${r.int(1, 6)}.`,
    (r) => `¿Cuáles fueron las causas de la ${r.pick(["Guerra Civil española", "Revolución Industrial", "independencia de México"])}?`,
  ],
};
export function study({ seed, key = "sk-brightpath", days = 3, perDay = 1600, reasonShare = 0.3, reasonCap = 25000, reasonEffort, explainCap = 1000, explainMin = 250, explainMax = 900, reasonModel = "o4-mini", explainModel = "gpt-4.1", keyReason }) {
  const r = rng(seed);
  const ev = [];
  let t = T0 + r.int(0, 60000);
  const end = T0 + days * 86400000;
  const sysT = toks(STUDY_SYSTEM);
  while (t < end) {
    const lang = r.chance(0.8) ? "en" : "es";
    const q = r.pick(QN[lang])(r);
    const solve = r.chance(reasonShare);
    const messages = [{ role: "system", content: STUDY_SYSTEM }, { role: "user", content: q }];
    const promptT = sysT + toks(q) + 8;
    let body, usage, k = key;
    if (solve) {
      body = { model: reasonModel, messages };
      if (reasonCap !== undefined && reasonCap !== null) body.max_completion_tokens = reasonCap;
      if (reasonEffort) body.reasoning_effort = reasonEffort;
      const vis = r.int(150, 600), reas = r.int(600, 5000);
      usage = { prompt_tokens: promptT, completion_tokens: vis + reas, total_tokens: promptT + vis + reas, completion_tokens_details: { reasoning_tokens: reas } };
      if (keyReason) k = keyReason;
    } else {
      body = { model: explainModel, messages };
      if (explainCap !== undefined) body.max_tokens = explainCap;
      let vis = r.int(explainMin, explainMax);
      if (explainCap !== undefined) vis = Math.min(vis, explainCap);
      usage = { prompt_tokens: promptT, completion_tokens: vis, total_tokens: promptT + vis };
    }
    ev.push({ ts: t, key: k, ip: "198.51.100.7", asn: 64501, country: "US", method: "POST", path: "/v1/chat/completions", body, usage });
    t += productGap(r, t, perDay);
  }
  return ev;
}

// ---------- a reseller / router key: many tenants' apps, many models ----------
const TENANT_ROLES = ["customer support agent for an online shoe store", "assistant for a dental clinic's front desk", "helper inside a budgeting app", "coding assistant in a browser IDE", "travel planner for a regional tourism office", "math tutor for a homework app", "HR policy assistant for a logistics company", "recipe assistant for a meal-kit service", "legal-intake assistant for a tenants' union", "product-description writer for a furniture marketplace", "research assistant for a university library", "onboarding guide for a project-management tool"];
const ASKS = [
  (r) => `Can you help me understand ${r.pick(["my last invoice", "the refund policy", "how to reset my password", "the difference between the two plans", "why my order is late"])}?`,
  (r) => `Plan a ${r.int(2, 7)}-day trip to ${r.pick(["Lisbon", "Kyoto", "Oaxaca", "Tallinn", "Cape Town", "Hanoi"])} for ${r.int(1, 5)} people on a ${r.pick(["tight", "medium", "generous"])} budget.`,
  (r) => `Write a function in ${r.pick(["Python", "TypeScript", "Go", "Rust"])} that ${r.pick(["parses ISO dates from a log file", "merges overlapping intervals", "retries an HTTP call with backoff", "validates an IBAN"])}, with tests.`,
  (r) => `A tank fills at ${r.int(2, 9)} L/min and drains at ${r.int(1, 4)} L/min. Starting from ${r.int(10, 90)} L, when does it reach ${r.int(100, 400)} L?`,
  (r) => `Summarise our leave policy for someone who has worked here ${r.int(1, 11)} months.`,
  (r) => `Suggest a dinner for ${r.int(2, 6)} with ${r.pick(["chickpeas", "salmon", "tofu", "lentils", "leftover rice"])} and no ${r.pick(["dairy", "nuts", "gluten"])}.`,
  (r) => `Prove that the sum of the first ${r.pick(["n odd numbers is n^2", "n cubes is the square of the n-th triangular number"])}.`,
  (r) => `Draft a product description for a ${r.pick(["walnut side table", "linen sofa cover", "oak bookshelf", "rattan lamp"])}, ${r.int(60, 200)} words.`,
  (r) => `Find sources on ${r.pick(["urban heat islands", "microplastics in rivers", "medieval guilds", "early radio broadcasting"])} and outline a literature review.`,
];
export function router({ seed, key = "sk-relay-prod", days = 3, perDay = 2400, reasonModels = ["o4-mini", "o3", "o3-mini", "gpt-5", "gpt-5-mini", "o1"], reasonShare = 0.6, plainModels = ["gpt-4.1", "gpt-4.1-mini", "gpt-4o"], reasonCap = 25000 }) {
  const r = rng(seed);
  const ev = [];
  let t = T0 + r.int(0, 60000);
  const end = T0 + days * 86400000;
  const tenants = TENANT_ROLES.map((role, i) => `You are the ${role}. Tenant ${1000 + i * 37}. Answer in the user's language. Be accurate and concise; say when you are unsure.`);
  while (t < end) {
    const ti = r.int(0, tenants.length - 1);
    const sys = tenants[ti];
    const q = r.pick(ASKS)(r);
    const messages = [{ role: "system", content: sys }, { role: "user", content: q }];
    const promptT = toks(sys) + toks(q) + 8;
    let body, usage;
    if (r.chance(reasonShare)) {
      const model = r.pick(reasonModels);
      body = { model, messages };
      if (reasonCap) body.max_completion_tokens = reasonCap;
      const vis = r.int(120, 700), reas = r.int(500, 6000);
      usage = { prompt_tokens: promptT, completion_tokens: vis + reas, total_tokens: promptT + vis + reas, completion_tokens_details: { reasoning_tokens: reas } };
    } else {
      const model = r.pick(plainModels);
      body = { model, messages };
      const cap = r.pick([undefined, 1024, 2048, 4096]);
      if (cap) body.max_tokens = cap;
      let vis = r.wpick([[6, () => r.int(60, 480)], [4, () => r.int(500, 1500)]])();
      if (cap) vis = Math.min(vis, cap);
      usage = { prompt_tokens: promptT, completion_tokens: vis, total_tokens: promptT + vis };
    }
    ev.push({ ts: t, key, ip: "192.0.2.44", asn: 64502, country: "NL", method: "POST", path: "/v1/chat/completions", body, usage });
    t += productGap(r, t, perDay);
  }
  return ev;
}

// ---------- a document-translation service (CAT tool backend), long documents in and out ----------
const TR_SYSTEM = "You are the translation engine of Lingo Desk, a translation-management tool. Translate the user's document faithfully into the target language named in the request. Keep markdown structure, numbers, names and placeholders such as {order_id} unchanged. Use the client's approved terminology: when unsure of a product or legal term, call lookup_term before translating it. Return only the translation.";
const GLOSSARY_TOOL = [{ type: "function", function: { name: "lookup_term", description: "Look up the client's approved translation of a term in its glossary.", parameters: { type: "object", properties: { term: { type: "string", description: "the source term" }, target_lang: { type: "string", description: "ISO code of the target language" } }, required: ["term", "target_lang"] } } }];
const TARGETS = ["German", "French", "Spanish", "Portuguese", "Polish", "Japanese", "Italian", "Dutch"];
export function translator({ seed, key = "sk-lingodesk", days = 3, perDay = 900, tools = true, cap, docMin = 500, docMax = 2500 }) {
  const r = rng(seed);
  const ev = [];
  let t = T0 + r.int(0, 60000);
  const end = T0 + days * 86400000;
  const sysT = toks(TR_SYSTEM);
  while (t < end) {
    const src = r.wpick([[5, "en"], [1, "de"], [1, "fr"], [1, "es"]]);
    const docT = r.int(docMin, docMax);
    const doc = `# ${r.pick(LANGS[src].subjects)}\n\n` + filler(r, src, docT);
    const target = r.pick(TARGETS);
    const user = `Target language: ${target}. Client: ${r.pick(["Acme Outdoor", "Nordlicht GmbH", "Casa Verde", "Kiyomi Foods", "Baltic Rail"])}.\n\n${doc}`;
    const messages = [{ role: "system", content: TR_SYSTEM }, { role: "user", content: user }];
    const promptT = sysT + toks(user) + 8 + (tools ? 60 : 0);
    let comp = Math.round(toks(doc) * (target === "Japanese" ? 1.4 : 1.0 + r.next() * 0.25));
    if (cap) comp = Math.min(comp, cap);
    const body = { model: "gpt-4.1", messages, temperature: 0.2 };
    if (tools) body.tools = GLOSSARY_TOOL;
    if (cap) body.max_tokens = cap;
    ev.push({ ts: t, key, ip: "198.51.100.90", asn: 64503, country: "FR", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: promptT, completion_tokens: comp, total_tokens: promptT + comp } });
    t += productGap(r, t, perDay);
  }
  return ev;
}
