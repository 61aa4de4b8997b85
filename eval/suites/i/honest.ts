/** Honest (and benchmark) scenarios of suite i: a self-serve platform's small and mid-size customers. */
import * as B from "./banks.ts";
import type { Lang } from "./banks.ts";
import { CLOUD, comp, Ctx, DAY, END, HOUR, ipIn, localAt, MIN, pool, promptTokens, R, RESIDENTIAL, residential, sampleTime, type Src, T0, tok, UNIVERSITY } from "./core.ts";

// ---------------------------------------------------------------- shared helpers
const FILLER: Record<string, string[]> = {
  en: ["Sure, here is what I found.", "Good question.", "Let me break that down.", "There are a few things to consider here.", "In short, it depends on the context.", "The main point is the following.", "Here is a revised version.", "That should work, but check the edge cases.", "I hope this helps!", "One caveat: the numbers are approximate."],
  es: ["Claro, aquí tienes la explicación.", "Buena pregunta.", "Vamos por partes.", "En resumen, depende del contexto.", "Espero que te sirva."],
  pt: ["Claro, vamos lá.", "Boa pergunta.", "Vamos por partes.", "Resumindo, depende do contexto.", "Espero ter ajudado!"],
  de: ["Gern, hier ist die Antwort.", "Gute Frage.", "Kurz gesagt: es kommt darauf an.", "Hier eine überarbeitete Fassung.", "Ich hoffe, das hilft."],
  fr: ["Bien sûr, voici l'explication.", "Bonne question.", "En bref, cela dépend du contexte.", "J'espère que cela aide."],
  hi: ["ज़रूर, यह रहा समाधान।", "अच्छा सवाल है।", "चलिए इसे चरणों में समझते हैं।"],
  id: ["Tentu, ini penjelasannya.", "Pertanyaan bagus.", "Mari kita bahas langkah demi langkah."],
  vi: ["Được, đây là lời giải.", "Câu hỏi hay.", "Chúng ta làm từng bước nhé."],
  ar: ["بالتأكيد، إليك الشرح.", "سؤال جيد.", "لنقسم المسألة إلى خطوات."],
  zh: ["好的，下面是解答。", "这是个好问题。", "我们一步一步来看。"],
  ja: ["はい、説明します。", "良い質問ですね。", "順番に見ていきましょう。"],
};
export function reply(r: R, l: string, k = 3): string {
  const f = FILLER[l] ?? FILLER.en;
  const out: string[] = [];
  for (let i = 0; i < k; i++) out.push(r.pick(f));
  if (r.chance(0.5)) out.push(`(${r.int(2, 9)}) ${r.pick(f)}`);
  return out.join(" ");
}
const LANG_NAME: Record<string, string> = { en: "English", es: "Spanish", pt: "Portuguese", de: "German", fr: "French", hi: "Hindi", id: "Indonesian", vi: "Vietnamese", ar: "Arabic", zh: "Chinese", ja: "Japanese", ko: "Korean", ru: "Russian", it: "Italian", tr: "Turkish", pl: "Polish", nl: "Dutch" };
const COUNTRY_OF: Record<string, string> = { en: "US", es: "MX", pt: "BR", de: "DE", fr: "FR", hi: "IN", id: "ID", vi: "VN", ar: "EG", zh: "TW", ja: "JP", ko: "KR", ru: "RU", it: "IT", tr: "TR", pl: "PL", nl: "NL" };
const TZ_OF: Record<string, number> = { US: -6, MX: -6, BR: -3, DE: 1, FR: 1, IN: 5.5, ID: 7, VN: 7, EG: 2, TW: 8, JP: 9, KR: 9, RU: 3, IT: 1, TR: 3, PL: 1, NL: 1, GB: 0, ES: 1, CA: -5, AU: 10, NG: 1, PH: 8, KE: 3, AR: -3, CO: -5, TH: 7, CN: 8, UA: 2, SA: 3, AE: 4, PK: 5 };
export { COUNTRY_OF, LANG_NAME, TZ_OF };

const UGC_MIX: [Lang, number][] = [["en", 34], ["de", 10], ["fr", 8], ["es", 10], ["pt", 8], ["it", 5], ["nl", 3], ["pl", 3], ["ru", 4], ["tr", 3], ["ja", 4], ["ko", 2], ["zh", 3], ["ar", 2], ["hi", 1], ["vi", 1], ["id", 1]];
const uid = (r: R) => `u_${r.int(100000, 999999)}${String.fromCharCode(97 + r.int(0, 25))}`;

// ---------------------------------------------------------------- 1. semantic search / dedup over UGC
export function ugcIndex(c: Ctx): void {
  const r = c.r;
  const prod = c.key("proj"), backfill = c.key("svc"), staging = c.key("proj");
  const fleet = pool(r, CLOUD.aws_euw1, 6);
  const recent: string[] = [];
  const text = () => {
    if (recent.length > 20 && r.chance(0.08)) {
      const t = r.pick(recent);
      return r.chance(0.5) ? t : t.replace(/[.!?]$/, "") + r.pick(["", "!", " pls", " - any update?"]);
    }
    const t = B.ugc(r, r.weighted(UGC_MIX));
    recent.push(t);
    if (recent.length > 200) recent.shift();
    return t;
  };
  const embed = (ts: number, key: string, k: number, extra: Record<string, unknown> = {}) => {
    const input: string[] = [];
    for (let i = 0; i < k; i++) input.push(text());
    const body = { model: "text-embedding-3-small", input: k === 1 && r.chance(0.5) ? input[0] : input, encoding_format: "base64", ...extra };
    let p = 0;
    for (const s of input) p += tok(s);
    c.emit(ts, key, r.pick(fleet), "POST", "/v1/embeddings", body, [p, 0]);
  };
  for (let i = 0; i < 2400; i++) embed(sampleTime(r, 1, "consumer"), prod, Math.min(32, 1 + Math.floor(r.exp(4))));
  // backfill of old tickets: Tue, Wed, Thu nights 01:00-05:00 local, machine-paced
  for (const day of [1, 2, 3]) {
    let t = localAt(day, 1, 1) + r.int(0, 20 * MIN);
    const stop = localAt(day, 5, 1);
    while (t < stop) {
      embed(t, backfill, r.int(32, 64));
      t += r.int(25000, 40000);
    }
  }
  for (let i = 0; i < 240; i++) embed(sampleTime(r, 1, "office"), staging, r.int(1, 12), { dimensions: r.pick([256, 512]) });
  // cluster labels for the dashboard
  for (let i = 0; i < 320; i++) {
    const texts: string[] = [];
    for (let j = 0; j < r.int(4, 8); j++) texts.push("- " + text());
    const body = {
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: "You name clusters of customer messages for a support dashboard. Reply with a label of at most four English words, nothing else." },
        { role: "user", content: texts.join("\n") },
      ],
      max_tokens: 12,
      temperature: 0,
    };
    c.chat(sampleTime(r, 1, "office"), prod, r.pick(fleet), body, r.int(2, 8));
  }
}

// ---------------------------------------------------------------- 2. router / reseller serving many apps
interface App {
  sys: string;
  user: (r: R) => string;
  max: number;
  med: number;
  temp?: number;
  model: string[];
  turns?: number;
  anthropic?: boolean;
  extra?: Record<string, unknown>;
}
export const APPS: App[] = [
  { sys: "You are ChefBuddy. Suggest one recipe using the user's ingredients. Keep it under 200 words.", user: (r) => `I have ${r.pick(B.RECIPE_INGR)}, ${r.pick(B.RECIPE_INGR)} and ${r.pick(B.RECIPE_INGR)}. ${r.pick(["Something quick?", "Vegetarian please", "Kid friendly", "High protein", "No oven"])}`, max: 400, med: 260, model: ["gpt-4o-mini"] },
  { sys: "Rewrite the user's text to be clear and professional. Return only the rewritten text.", user: (r) => `${r.pick(B.EMAIL_ASKS)} ${B.emailBit(r)}`, max: 500, med: 120, model: ["gpt-4o-mini", "gpt-4.1-mini"] },
  { sys: "You are HomeworkHero, a friendly study helper. Explain solutions step by step and keep the student engaged.", user: (r) => B.mathProblem(r, r.pick(["en", "en", "es", "pt", "hi", "id"] as Lang[])), max: 900, med: 420, model: ["gpt-4o-mini"], turns: 2 },
  { sys: "You convert plain-English questions into PostgreSQL queries for the schema provided. Return SQL only.", user: (r) => `Schema: orders(id, customer_id, total, created_at), customers(id, name, country). Question: ${r.pick(["top 10 customers by revenue last month", "average order value per country in 2025", "customers with no orders in 90 days", "daily order count for the past week", "share of revenue from repeat customers"])}`, max: 300, med: 90, temp: 0, model: ["gpt-4.1-mini"] },
  { sys: "You are a creative writing partner. Write vivid short stories on request.", user: (r) => `Write a short story about ${r.pick(B.PERSONAS)} when ${r.pick(B.SCENES)}. ${r.pick(["Make it funny.", "Make it sad.", "Twist ending.", "Under 600 words.", ""])}`, max: 1500, med: 700, temp: 0.9, model: ["gpt-4o", "claude-sonnet-4-5"], anthropic: true },
  { sys: "Translate the user's message. Detect the source language. Output only the translation.", user: (r) => `${r.pick(["to English", "to Spanish", "to German", "to Japanese", "to French"])}: ${B.ugc(r, r.weighted(UGC_MIX))}`, max: 400, med: 70, temp: 0, model: ["gpt-4o-mini"] },
  { sys: "Extract the postal address from the text as JSON with keys street, city, postcode, country. Use null when missing.", user: (r) => `Please deliver to ${r.int(1, 300)} ${r.pick(["Maple Ave", "Rue de Rivoli", "Hauptstraße", "Calle Mayor", "Via Roma", "Baker Street"])}, ${r.pick(["Springfield", "Paris", "Köln", "Sevilla", "Torino", "London"])} ${r.int(10000, 99999)}. Call ${r.int(100, 999)}-${r.int(1000, 9999)} if nobody's home.`, max: 120, med: 45, temp: 0, model: ["gpt-4o-mini"], extra: { response_format: { type: "json_object" } } },
  { sys: "Summarise the meeting notes as 3-6 bullet points with owners and dates.", user: (r) => `Notes: ${B.emailBit(r)}. ${B.emailBit(r)}. ${B.emailBit(r)}. Action items discussed by ${B.name(r, "en")} and ${B.name(r, "en")}.`, max: 300, med: 140, model: ["gpt-4.1-mini", "claude-haiku-4-5"], anthropic: true },
  { sys: "You are FitCoach. Give safe, encouraging workout and nutrition advice. Not medical advice.", user: (r) => r.pick(["how many rest days do I need", "is it ok to run with sore calves", "quick 20 min home workout no equipment", "how much protein for 70kg", "my knee hurts after squats"]) + r.pick(["", "?", " thx"]), max: 500, med: 220, model: ["gpt-4o-mini"], turns: 3 },
  { sys: "You are TripPlanner. Build day-by-day itineraries with realistic travel times.", user: (r) => `${r.int(2, 7)} days in ${r.pick(["Lisbon", "Kyoto", "Mexico City", "Istanbul", "Hanoi", "Cape Town", "Edinburgh", "Buenos Aires", "Seoul"])} with ${r.pick(["two kids", "my partner", "a tight budget", "a wheelchair user", "friends who love food"])}`, max: 1600, med: 800, model: ["gpt-4o", "claude-sonnet-4-5"], anthropic: true },
  { sys: "Explain the given code to a junior developer. Be concise.", user: (r) => `What does this do?\n\nfunction f(a){return a.reduce((m,x)=>(m[x]=(m[x]||0)+${r.int(1, 3)},m),{})}\n// used in ${r.pick(["checkout", "analytics", "search", "auth"])}`, max: 400, med: 160, model: ["gpt-4.1-mini"] },
  { sys: "You are a conversation partner for language learners. Reply in the learner's target language, correct mistakes gently.", user: (r) => r.pick(["Hola, ayer yo fui al mercado y compré muchos frutas", "Bonjour, je suis allé au cinéma hier et le film était très bien", "Ich habe gestern mit mein Freund Fußball gespielt", "Ciao, oggi sono andato al lavoro in bicicletta"]), max: 300, med: 110, model: ["gpt-4o-mini"], turns: 4 },
  { sys: "Write a product description for an online shop. 80-120 words, no superlatives.", user: (r) => `Product: ${r.pick(["ceramic mug", "linen shirt", "bamboo toothbrush set", "leather wallet", "desk lamp", "wool scarf"])}; features: ${r.pick(["handmade", "recycled materials", "dishwasher safe", "USB-C", "three colours"])}, ${r.pick(["gift box", "lifetime warranty", "made in Portugal", "vegan"])}`, max: 250, med: 150, model: ["gpt-4o-mini"] },
  { sys: "Improve the user's CV bullet points. Use strong verbs and quantify impact. Return bullets only.", user: (r) => `- ${B.emailBit(r)}\n- managed ${r.int(2, 15)} people\n- worked on ${r.pick(["the website", "sales reports", "customer onboarding", "the mobile app"])}`, max: 300, med: 140, model: ["gpt-4.1-mini"] },
  { sys: "You are the game master of a fantasy adventure. Describe scenes richly and ask the player what they do.", user: (r) => r.pick(["I open the door slowly", "I attack the goblin with my sword", "I ask the innkeeper about the missing caravan", "I cast light and look around", "I try to sneak past the guards"]), max: 700, med: 380, temp: 1, model: ["gpt-4o"], turns: 6 },
  { sys: "Reply to the customer review on behalf of the shop. Be warm, brief, never argue.", user: (r) => B.ugc(r, r.weighted(UGC_MIX)), max: 200, med: 90, model: ["gpt-4o-mini"] },
  { sys: "Check the student's maths answer. Say if it is right; if wrong, point to the first wrong step.", user: (r) => `${B.mathProblem(r, "en")}\nMy answer: ${r.int(1, 500)}`, max: 400, med: 180, model: ["gpt-4.1-mini"] },
];
const ROUTER_MODELS: Record<string, string> = { "claude-sonnet-4-5": "claude-sonnet-4-5", "claude-haiku-4-5": "claude-haiku-4-5" };

/** One exchange (possibly multi-turn) of an app through a key. Returns the number of requests. */
export function appExchange(c: Ctx, key: string, src: () => Src, t0: number, app: App, user: string): number {
  const r = c.r;
  const turns = app.turns ? r.int(1, app.turns) : 1;
  const hist: { role: string; content: string }[] = [];
  let t = t0;
  for (let i = 0; i < turns; i++) {
    hist.push({ role: "user", content: i === 0 ? app.user(r) : r.pick(["ok and then?", "can you explain more", "thanks! one more thing", "I don't get it", "what about the second part", "go on"]) });
    const model = r.pick(app.model);
    const cmp = comp(r, app.med, 0.5, app.max);
    if (app.anthropic && ROUTER_MODELS[model]) {
      const body: Record<string, unknown> = { model, max_tokens: app.max, system: app.sys, messages: hist.slice(), metadata: { user_id: user } };
      if (app.temp !== undefined) body.temperature = app.temp;
      c.messages(t, key, src(), body, cmp);
    } else {
      const body: Record<string, unknown> = { model, messages: [{ role: "system", content: app.sys }, ...hist], max_tokens: app.max, user, ...(app.extra ?? {}) };
      if (app.temp !== undefined) body.temperature = app.temp;
      if (r.chance(0.4)) body.stream = true;
      if (body.stream) body.stream_options = { include_usage: true };
      c.chat(t, key, src(), body, cmp);
    }
    hist.push({ role: "assistant", content: reply(r, "en", r.int(2, 5)) });
    t += r.int(15, 180) * 1000;
  }
  return turns;
}

export function router(c: Ctx): void {
  const r = c.r;
  const setups: [number, Src[]][] = [
    [-5, pool(r, CLOUD.aws_use1, 8)],
    [-8, pool(r, CLOUD.gcp_us, 5)],
    [1, pool(r, CLOUD.aws_euw1, 6)],
    [1, pool(r, CLOUD.azure_eu, 4)],
  ];
  for (const [tz, ips] of setups) {
    const key = c.key(r.chance(0.5) ? "svc" : "proj");
    const users = Array.from({ length: 900 }, () => uid(r));
    const weights = APPS.map(() => r.next() ** 2);
    let n = 0;
    const target = r.int(1400, 1600);
    while (n < target) {
      const app = r.weighted(APPS.map((a, i) => [a, weights[i]] as [App, number]));
      n += appExchange(c, key, () => r.pick(ips), sampleTime(r, tz, "global"), app, r.pick(users));
    }
  }
}

// ---------------------------------------------------------------- 3. data-labelling company
export function labelling(c: Ctx): void {
  const r = c.r;
  const office = pool(r, RESIDENTIAL.KE[0], 2); // business fibre on the same carrier
  const keys = Array.from({ length: 5 }, () => c.key("proj"));
  const when = () => {
    // two shifts 07:00-22:00 Nairobi time, weekdays and Saturday morning
    for (;;) {
      const t = sampleTime(r, 3, "office");
      return t + (r.chance(0.35) ? 5 * HOUR : 0);
    }
  };
  const news = () => `${r.pick(["Officials in", "Residents of", "A startup from", "Police in", "Farmers near"])} ${r.pick(["Nairobi", "Lagos", "Lima", "Hanoi", "Lyon", "Leeds", "Pune", "Busan"])} ${r.pick(["announced", "protested", "reported", "celebrated", "denied"])} ${r.pick(["a new water project", "delays at the port", "record harvests", "a data breach", "price increases", "a merger"])} on ${r.pick(["Monday", "Tuesday", "Friday"])}, according to ${r.pick(["local media", "a statement", "two sources"])}.`;
  const item = () => (r.chance(0.7) ? B.ugc(r, r.weighted(UGC_MIX)) : news());
  const schemaSent = { type: "json_schema", json_schema: { name: "label", strict: true, schema: { type: "object", properties: { sentiment: { type: "string", enum: ["positive", "neutral", "negative", "mixed"] }, topic: { type: "string", enum: ["delivery", "billing", "quality", "usability", "other"] }, language: { type: "string" } }, required: ["sentiment", "topic", "language"], additionalProperties: false } } };
  const schemaNer = { type: "json_schema", json_schema: { name: "entities", strict: true, schema: { type: "object", properties: { entities: { type: "array", items: { type: "object", properties: { text: { type: "string" }, type: { type: "string", enum: ["PERSON", "ORG", "LOC", "PRODUCT", "DATE", "MONEY", "ID"] } }, required: ["text", "type"], additionalProperties: false } } }, required: ["entities"], additionalProperties: false } } };
  for (let i = 0; i < 1250; i++) {
    const body = { model: "gpt-4o-mini", temperature: 0, max_tokens: 80, response_format: schemaSent, messages: [{ role: "system", content: "Label the text for sentiment and topic. Follow the schema." }, { role: "user", content: item() }] };
    c.chat(when(), keys[0], r.pick(office), body, r.int(18, 30));
  }
  for (let i = 0; i < 1100; i++) {
    const body = { model: "gpt-4.1-mini", temperature: 0, max_tokens: 400, response_format: schemaNer, messages: [{ role: "system", content: "Annotate every named entity in the text. Copy entity text exactly as it appears." }, { role: "user", content: item() }] };
    c.chat(when(), keys[1], r.pick(office), body, comp(r, 60, 0.5, 400));
  }
  for (let i = 0; i < 1200; i++) {
    const body = { model: "gpt-4o-mini", temperature: 0, max_tokens: 1, logprobs: true, top_logprobs: 5, logit_bias: { "31587": 5, "4752": 5, "25833": 5 }, messages: [{ role: "system", content: "Is the text toxic? Answer yes, no or unsure." }, { role: "user", content: item() }] };
    c.chat(when(), keys[2], r.pick(office), body, 1);
  }
  const queries = ["cheap flights to lisbon", "how to reset router", "best air fryer under 100", "refund policy electronics", "symptoms of dehydration", "python sort dict by value", "museum opening hours sunday", "waterproof hiking boots women"];
  for (let i = 0; i < 1000; i++) {
    const body = { model: "gpt-4.1-mini", temperature: 0, max_tokens: 120, response_format: { type: "json_object" }, messages: [{ role: "system", content: 'Rate how relevant the document is to the query: 0 irrelevant, 1 marginal, 2 relevant, 3 perfect. Reply as JSON {"grade": n, "why": "<12 words"}.' }, { role: "user", content: `Query: ${r.pick(queries)}\nDocument: ${item()}` }] };
    c.chat(when(), keys[3], r.pick(office), body, r.int(20, 45));
  }
  const tool = { name: "record_receipt", description: "Store the fields read from a receipt.", input_schema: { type: "object", properties: { merchant: { type: "string" }, date: { type: "string" }, total: { type: "number" }, currency: { type: "string" }, vat: { type: "number" } }, required: ["merchant", "total", "currency"] } };
  for (let i = 0; i < 950; i++) {
    const lines: string[] = [];
    for (let j = 0; j < r.int(2, 9); j++) lines.push(`${r.pick(["MILK 1L", "BREAD", "COFFEE BEANS", "BATTERIES AA", "TAXI", "PARKING", "LUNCH MENU", "SIM CARD", "PRINTER PAPER"])} ${r.int(1, 99)}.${r.int(10, 99)}`);
    const body = { model: "claude-haiku-4-5", max_tokens: 300, system: "Read the receipt and call record_receipt once.", tools: [tool], tool_choice: { type: "tool", name: "record_receipt" }, messages: [{ role: "user", content: `${r.pick(["SUPERMART", "QUICKSTOP", "CAFE ROSA", "METRO CASH", "KIOSK 24"])} ${r.int(1, 12)}/${r.int(1, 28)}/2026\n${lines.join("\n")}\nTOTAL ${r.int(5, 400)}.${r.int(10, 99)} ${r.pick(["KES", "EUR", "USD", "NGN"])}` }] };
    c.messages(when(), keys[4], r.pick(office), body, r.int(40, 90));
  }
}

// ---------------------------------------------------------------- 4. QA team: synthetic fixtures for its own product
export function qaFixtures(c: Ctx): void {
  const r = c.r;
  const ci = c.key("svc"), dev = c.key("proj");
  const runners = pool(r, CLOUD.azure_us, 5);
  const entities = ["customer", "invoice with line items", "credit note", "recurring subscription", "tax rate table", "bank reconciliation entry", "vendor", "expense claim", "multi-currency payment"];
  const cases = ["unicode names and right-to-left addresses", "zero and negative amounts", "leap-day dates", "very long free-text fields", "duplicate tax IDs", "rounding at 0.005", "missing optional fields", "mixed currencies in one invoice", "timezone boundaries at midnight", "emoji in descriptions", "VAT reverse charge within the EU"];
  const locales = ["en-US", "de-DE", "fr-FR", "ja-JP", "pt-BR", "ar-SA", "hi-IN", "es-MX", "pl-PL", "tr-TR"];
  const sys = "You generate realistic test fixtures for Ledgerly, an invoicing SaaS. Output only a JSON array that matches the Ledgerly API v3 schema for the requested entity. Never use real people's data.";
  const run = (start: number, k: number, key: string) => {
    let t = start;
    for (let i = 0; i < k; i++) {
      const body = { model: r.pick(["gpt-4.1", "gpt-4.1-mini"]), temperature: 1, max_tokens: 4096, n: r.chance(0.2) ? 2 : 1, messages: [{ role: "system", content: sys }, { role: "user", content: `Generate ${r.int(5, 40)} ${r.pick(entities)} records for locale ${r.pick(locales)}. Cover: ${r.pick(cases)}${r.chance(0.4) ? " and " + r.pick(cases) : ""}.` }] };
      c.chat(t, key, r.pick(runners), body, comp(r, 1500, 0.5, 4096, 200));
      t += r.int(2, 25) * 1000;
    }
  };
  for (let d = 0; d < 7; d++) {
    const weekday = d < 5;
    const runs = weekday ? r.int(3, 6) : r.int(0, 1);
    for (let i = 0; i < runs; i++) run(sampleTime(r, -5, "dev", T0 + d * DAY + 5 * HOUR, T0 + (d + 1) * DAY + 5 * HOUR), r.int(20, 45), ci);
    if (weekday) run(localAt(d, 2, -5) + r.int(0, 600) * 1000, r.int(30, 50), ci); // nightly regression
  }
  for (let i = 0; i < 120; i++) run(sampleTime(r, -5, "dev"), r.int(1, 3), dev);
}

// ---------------------------------------------------------------- 5. academic evaluation runs
export function academic(c: Ctx): void {
  const r = c.r;
  interface Lab {
    net: typeof UNIVERSITY.SURF;
    tz: number;
    size: number;
    langs: Lang[];
    mode: "sc" | "greedy-logprobs" | "thinking" | "pass";
    schedule: "nightly" | number[];
  }
  const labs: Lab[] = [
    { net: UNIVERSITY.SURF, tz: 1, size: 150, langs: ["en"], mode: "sc", schedule: "nightly" },
    { net: UNIVERSITY.MIT, tz: -5, size: 300, langs: ["en"], mode: "greedy-logprobs", schedule: [1, 3] },
    { net: UNIVERSITY.DFN, tz: 1, size: 380, langs: ["en", "de"], mode: "pass", schedule: [2] },
    { net: UNIVERSITY.SINET, tz: 9, size: 220, langs: ["ja", "en"], mode: "sc", schedule: [0, 4] },
    { net: UNIVERSITY.JANET, tz: 0, size: 260, langs: ["en"], mode: "thinking", schedule: [2, 5] },
    { net: UNIVERSITY.CERNET, tz: 8, size: 200, langs: ["zh", "en", "hi", "ar", "ko"], mode: "sc", schedule: [1, 3] },
  ];
  for (const lab of labs) {
    const key = c.key(lab.mode === "thinking" ? "ant" : "proj");
    const lr = r.sub("lab");
    const hosts = pool(lr, lab.net, 3);
    const set: string[] = [];
    for (let i = 0; i < lab.size; i++) {
      const l = lr.pick(lab.langs);
      set.push(lab.mode === "pass" ? B.codingTask(lr) : lr.chance(0.6) ? B.mathProblem(lr, l) : B.question(lr, l));
    }
    const suffix = lr.pick(["\nLet's think step by step.", "\nThink step by step and finish with 'The answer is X'.", "\nReason briefly, then answer."]);
    const days = lab.schedule === "nightly" ? [0, 1, 2, 3, 4, 5, 6] : lab.schedule;
    for (const d of days) {
      let t = lab.schedule === "nightly" ? localAt(d, 2, lab.tz) + lr.int(0, 300) * 1000 : sampleTime(lr, lab.tz, "dev", T0 + d * DAY, T0 + d * DAY + DAY - 4 * HOUR);
      for (const q of set) {
        if (lab.mode === "thinking") {
          const body = { model: "claude-sonnet-4-5", max_tokens: 8000, thinking: { type: "enabled", budget_tokens: 4096 }, messages: [{ role: "user", content: q }] };
          c.messages(t, key, lr.pick(hosts), body, comp(lr, 1800, 0.5, 8000, 100));
        } else {
          const body: Record<string, unknown> = { model: lr.pick(["gpt-4.1", "gpt-4o"]), messages: [{ role: "user", content: q + suffix }], max_tokens: 1024 };
          if (lab.mode === "sc") Object.assign(body, { n: 5, temperature: 0.7 });
          if (lab.mode === "pass") Object.assign(body, { n: 10, temperature: 0.8, top_p: 0.95 });
          if (lab.mode === "greedy-logprobs") Object.assign(body, { temperature: 0, logprobs: true, top_logprobs: 5, seed: 1234 });
          c.chat(t, key, lr.pick(hosts), body, comp(lr, 380, 0.5, 1024, 20));
        }
        t += lr.int(400, 3000);
      }
    }
  }
}

// ---------------------------------------------------------------- 6. leaderboard harness (benchmark class)
export function leaderboard(c: Ctx): void {
  const r = c.r;
  const a = c.key("proj"), b = c.key("proj");
  const hosts = pool(r, CLOUD.gcp_us, 2);
  const items: string[] = [];
  for (let i = 0; i < 1400; i++) items.push(r.chance(0.35) ? B.mathProblem(r, "en") : r.chance(0.4) ? B.codingTask(r) : B.question(r, r.chance(0.85) ? "en" : r.pick(B.NATIVE_LANGS)));
  const wrap = (q: string) => `${q}\n\nThink step by step, then give your final answer after "ANSWER:".`;
  let t = localAt(1, 10, -8);
  for (const q of items) {
    c.chat(t, a, r.pick(hosts), { model: "gpt-4.1", temperature: 0, max_tokens: 2048, messages: [{ role: "user", content: wrap(q) }] }, comp(r, 650, 0.6, 2048, 30));
    t += r.int(500, 2500);
  }
  t = localAt(4, 14, -8);
  for (const q of items.slice(0, 300)) {
    c.chat(t, b, r.pick(hosts), { model: "gpt-5-mini", temperature: 0, max_tokens: 2048, messages: [{ role: "user", content: wrap(q) }] }, comp(r, 650, 0.6, 2048, 30));
    t += r.int(500, 2500);
  }
}

// ---------------------------------------------------------------- 7. localisation agency
export function localisation(c: Ctx): void {
  const r = c.r;
  const office = pool(r, RESIDENTIAL.ES[0], 2);
  const keys = [c.key("ant"), c.key("ant"), c.key("proj")];
  const clients = ["a meditation app", "a B2B payroll tool", "a mobile game", "an e-bike shop", "a hotel chain", "a fintech wallet"];
  const marketing = () => `${r.pick(["Meet the", "Introducing the", "Say hello to the"])} ${r.pick(["new", "all-new", "redesigned"])} ${r.pick(B.PRODUCTS_EN())}: ${r.pick(["lighter, faster and built to last", "designed for the way you work", "because every minute counts", "your quiet corner in a busy day"])}. ${r.pick(["Order before Friday and get free shipping.", "Available in five colours.", "Try it free for 30 days.", "Now with a two-year warranty."])}`;
  for (let i = 0; i < 2500; i++) {
    const ki = r.int(0, 2);
    const target = r.pick(B.TARGET_LANGS);
    const strings: string[] = [];
    const k = r.int(3, 25);
    for (let j = 0; j < k; j++) strings.push(r.chance(0.7) ? r.pick(B.UI_STRINGS) : marketing());
    const user = `Client: ${r.pick(clients)}. Target locale: ${target}. Keep {placeholders} and HTML tags unchanged. Glossary: "workspace" -> keep in English.\n\n${strings.map((s, j) => `${j + 1}. ${s}`).join("\n")}`;
    const inTok = tok(strings.join("\n"));
    const out = Math.round(inTok * (/(Japanese|Chinese|Korean|Hindi|Arabic)/.test(target) ? 1.6 : 1.25) * (0.9 + r.next() * 0.3));
    const t = sampleTime(r, 1, "office");
    const sys = "You are a senior localisation specialist. Translate each numbered string, returning the same numbering. Match the register of consumer software. Never translate placeholders.";
    if (ki < 2) c.messages(t, keys[ki], r.pick(office), { model: "claude-sonnet-4-5", max_tokens: 4096, temperature: 0.3, system: [{ type: "text", text: sys, cache_control: { type: "ephemeral" } }], messages: [{ role: "user", content: user }] }, Math.min(4096, out + 10));
    else c.chat(t, keys[2], r.pick(office), { model: "gpt-4.1", temperature: 0.3, max_tokens: 4096, messages: [{ role: "system", content: sys }, { role: "user", content: user }] }, Math.min(4096, out + 10));
  }
}

// ---------------------------------------------------------------- 8. tutoring app
const FOLLOW: Record<string, string[]> = {
  en: ["I don't understand step 2", "why do we divide there?", "can you give me a similar one to practice", "is my answer 42 right?", "ok thanks", "explain it more simply please"],
  es: ["no entiendo el paso 2", "¿por qué se divide ahí?", "dame otro parecido para practicar", "¿está bien si me dio 42?", "gracias", "explícalo más fácil porfa"],
  pt: ["não entendi o passo 2", "por que divide ali?", "me dá outro parecido pra treinar", "minha resposta deu 42, tá certo?", "valeu", "explica mais simples"],
  hi: ["दूसरा स्टेप समझ नहीं आया", "वहाँ भाग क्यों दिया?", "ऐसा ही एक और सवाल दीजिए", "धन्यवाद"],
  id: ["saya belum paham langkah 2", "kenapa dibagi di situ?", "kasih soal latihan yang mirip dong", "makasih kak"],
  vi: ["em chưa hiểu bước 2", "sao chỗ đó lại chia ạ?", "cho em bài tương tự để luyện", "em cảm ơn"],
  ar: ["لم أفهم الخطوة الثانية", "لماذا نقسم هنا؟", "أعطني مسألة مشابهة للتدريب", "شكراً"],
};
export function tutoring(c: Ctx): void {
  const r = c.r;
  const webKey = c.key("proj"), mobileKey = c.key("proj");
  const back = [...pool(r, CLOUD.gcp_us, 4), ...pool(r, CLOUD.gcp_br, 3), ...pool(r, CLOUD.gcp_asia, 4)];
  const mix: [Lang, number][] = [["en", 22], ["es", 24], ["pt", 22], ["hi", 12], ["id", 10], ["vi", 5], ["ar", 5]];
  const sysFor = (l: string) => `You are Tutorly, a patient tutor for students aged 11-17. Always reply in ${LANG_NAME[l]}. Explain the solution step by step, one idea per step, using simple words. Do not just give the final answer; end by asking the student a short check question.`;
  let n = 0;
  while (n < 5000) {
    const l = r.weighted(mix);
    const tz = TZ_OF[COUNTRY_OF[l]];
    const key = r.chance(0.6) ? mobileKey : webKey;
    const student = uid(r);
    let t = sampleTime(r, tz, "student");
    const first = r.chance(0.75) ? B.mathProblem(r, l) : B.question(r, B.NATIVE_LANGS.includes(l) ? l : "en");
    const msgs: { role: string; content: string }[] = [{ role: "system", content: sysFor(l) }, { role: "user", content: first }];
    const turns = r.weighted([[1, 35], [2, 30], [3, 20], [4, 10], [6, 5]] as [number, number][]);
    for (let i = 0; i < turns; i++) {
      const body = { model: "gpt-4o-mini", messages: msgs.slice(), max_tokens: 1024, temperature: 0.5, stream: true, stream_options: { include_usage: true }, user: student };
      c.chat(t, key, r.pick(back), body, comp(r, 380, 0.45, 1024, 60));
      n++;
      msgs.push({ role: "assistant", content: reply(r, l, r.int(3, 6)) });
      msgs.push({ role: "user", content: r.pick(FOLLOW[l] ?? FOLLOW.en) });
      t += r.int(25, 240) * 1000;
    }
  }
}

// ---------------------------------------------------------------- 9. coding agents with tools and long contexts
const AGENT_TOOLS_AN = [
  { name: "read_file", description: "Read a file from the workspace.", input_schema: { type: "object", properties: { path: { type: "string" } }, required: ["path"] } },
  { name: "edit_file", description: "Replace an exact string in a file.", input_schema: { type: "object", properties: { path: { type: "string" }, old: { type: "string" }, new: { type: "string" } }, required: ["path", "old", "new"] } },
  { name: "run", description: "Run a shell command in the workspace and return stdout/stderr.", input_schema: { type: "object", properties: { cmd: { type: "string" } }, required: ["cmd"] } },
  { name: "grep", description: "Search the workspace for a regex.", input_schema: { type: "object", properties: { pattern: { type: "string" }, glob: { type: "string" } }, required: ["pattern"] } },
];
const AGENT_SYS = "You are a coding agent working in the user's repository. Use the tools to inspect files before editing. Make minimal, focused changes, run the tests after each edit, and summarise what you changed at the end. Never commit or push. Respect the repository's style and lint rules. If a command fails, read the error and fix the cause rather than retrying blindly.";
const REPO_FILES = ["src/api/handlers.ts", "src/db/migrations/0042_add_index.sql", "app/models/user.rb", "pkg/cache/lru.go", "src/lib.rs", "tests/test_billing.py", "web/components/Cart.tsx", "internal/auth/jwt.go", "services/payments/stripe.py", "README.md", "package.json", "Cargo.toml"];
function codeBlob(r: R, lines: number): string {
  const out: string[] = [];
  const ids = ["user", "order", "cache", "token", "invoice", "item", "session", "cfg", "ctx", "result", "retry", "limit"];
  for (let i = 0; i < lines; i++) {
    const a = r.pick(ids), b = r.pick(ids);
    out.push(
      r.pick([
        `  const ${a}${i} = await ${b}.get(${r.int(0, 99)});`,
        `  if (!${a}) throw new Error("${b} not found");`,
        `  return ${a}.map((x) => x.${b}Id);`,
        `func (s *${a}Store) ${b}(ctx context.Context) error {`,
        `    ${a}_${b} = self.${b}.fetch(limit=${r.int(1, 500)})`,
        `  // TODO(${r.pick(["ana", "raj", "kim", "leo"])}): handle ${b} expiry`,
        `}`,
        `  ${a}.${b} = Math.min(${a}.${b}, ${r.int(10, 10000)});`,
        `    assert ${a}.status == ${r.pick([200, 201, 404, 409])}`,
        `let ${a} = ${b}.iter().filter(|x| x.${a} > ${r.int(0, 9)}).count();`,
      ]),
    );
  }
  return out.join("\n");
}
export function codingAgents(c: Ctx): void {
  const r = c.r;
  const devs: { key: string; src: () => Src; tz: number; oa: boolean }[] = [];
  const homes: [string, number][] = [["US", -8], ["US", -5], ["DE", 1], ["GB", 0], ["IN", 5.5], ["PL", 1], ["BR", -3], ["CA", -5], ["FR", 1], ["JP", 9], ["US", -6], ["NL", 1], ["ES", 1], ["AU", 10]];
  for (const [cc, tz] of homes) {
    const oa = r.chance(0.3);
    const home = residential(r, cc);
    const work = ipIn(r, r.pick([CLOUD.aws_use1, CLOUD.gcp_eu, CLOUD.azure_eu, CLOUD.hetzner]));
    devs.push({ key: c.key(oa ? "proj" : "ant"), src: () => (r.chance(0.6) ? home : work), tz, oa });
  }
  const tasks = ["Fix the failing test in tests/test_billing.py", "Add pagination to the /orders endpoint", "The LRU cache evicts the wrong entry, find out why", "Upgrade the JWT library and fix the breaking changes", "Add an index migration for orders.created_at", "Refactor Cart.tsx to use the new pricing hook", "Why does `cargo build` fail on CI but not locally?", "Write tests for the retry logic in stripe.py", "Rename `cfg` to `config` across the package", "Make the CSV export handle quoted commas"];
  let n = 0;
  while (n < 5000) {
    const d = r.pick(devs);
    let t = sampleTime(r, d.tz, "dev");
    const steps = r.int(3, 16);
    const task = r.pick(tasks) + (r.chance(0.3) ? `. Context: ${B.emailBit(r)}` : "");
    if (!d.oa) {
      const msgs: Record<string, unknown>[] = [{ role: "user", content: task }];
      for (let s = 0; s < steps; s++) {
        const body = { model: r.chance(0.8) ? "claude-sonnet-4-5" : "claude-opus-4-1", max_tokens: 8192, system: [{ type: "text", text: AGENT_SYS, cache_control: { type: "ephemeral" } }], tools: AGENT_TOOLS_AN, messages: msgs.slice(), stream: true };
        const last = s === steps - 1;
        const out = last ? comp(r, 350, 0.5, 8192) : comp(r, 120, 0.6, 8192, 20);
        c.messages(t, d.key, d.src(), body, out);
        n++;
        if (last) break;
        const tool = r.pick(AGENT_TOOLS_AN).name;
        const id = `toolu_${r.int(1e8, 9e8)}${r.int(1e5, 9e5)}`;
        const input = tool === "read_file" ? { path: r.pick(REPO_FILES) } : tool === "run" ? { cmd: r.pick(["npm test", "pytest -x -q", "go test ./...", "cargo build", "git diff --stat"]) } : tool === "grep" ? { pattern: r.pick(["retry", "TODO", "created_at", "evict"]) } : { path: r.pick(REPO_FILES), old: "limit", new: "maxItems" };
        msgs.push({ role: "assistant", content: [{ type: "text", text: r.pick(["Let me look at that.", "I'll check the test output.", "Now I'll apply the fix.", "Searching for usages."]) }, { type: "tool_use", id, name: tool, input }] });
        msgs.push({ role: "user", content: [{ type: "tool_result", tool_use_id: id, content: codeBlob(r, r.int(4, 16)) }] });
        t += r.int(3, 25) * 1000;
      }
    } else {
      let prev: string | undefined;
      let ctxTok = 900;
      for (let s = 0; s < steps; s++) {
        const body: Record<string, unknown> = { model: r.pick(["gpt-5", "gpt-4.1"]), instructions: AGENT_SYS, tools: [{ type: "function", name: "run", description: "Run a shell command.", parameters: { type: "object", properties: { cmd: { type: "string" } }, required: ["cmd"] } }, { type: "function", name: "read_file", description: "Read a file.", parameters: { type: "object", properties: { path: { type: "string" } }, required: ["path"] } }], store: true };
        if (prev) {
          body.previous_response_id = prev;
          body.input = [{ type: "function_call_output", call_id: `call_${r.int(1e6, 9e6)}`, output: codeBlob(r, r.int(4, 20)) }];
        } else body.input = task;
        const p = promptTokens(body) + ctxTok;
        const out = comp(r, 140, 0.6, 8192, 20);
        ctxTok = p + out;
        const rid = `resp_${r.int(1e9, 9e9).toString(16)}${r.int(1e9, 9e9).toString(16)}`;
        c.emit(t, d.key, d.src(), "POST", "/v1/responses", body, [p, out], { response_id: rid });
        n++;
        prev = rid;
        t += r.int(3, 20) * 1000;
      }
    }
  }
}

// ---------------------------------------------------------------- 10. extended-thinking analytics product
export function thinkingAnalytics(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("ant"), c.key("ant")];
  const fleet = pool(r, CLOUD.aws_use1, 4);
  const regions = ["NA-East", "NA-West", "EMEA", "LATAM", "APAC", "ANZ"];
  const metrics = ["weekly active users", "churn", "trial-to-paid conversion", "average order value", "support tickets per 1k users", "net revenue retention"];
  const sys = "You are Metricly's analytics copilot. You receive tables exported from the customer's warehouse. Think carefully about the data, state assumptions, quantify effects, and end with three concrete recommendations. Use only the data provided.";
  let n = 0;
  while (n < 1300) {
    const key = r.pick(keys);
    let t = sampleTime(r, -5, "office");
    const rows = [`week,region,${r.pick(metrics).replace(/ /g, "_")},sessions,price_change`];
    for (let i = 0; i < r.int(10, 36); i++) rows.push(`2026-W${r.int(30, 46)},${r.pick(regions)},${(r.next() * 1000).toFixed(1)},${r.int(1000, 90000)},${r.pick(["0", "0", "+5%", "-10%"])}`);
    const msgs: Record<string, unknown>[] = [{ role: "user", content: `${rows.join("\n")}\n\nWhy did ${r.pick(metrics)} change in ${r.pick(regions)} around week ${r.int(38, 46)}? ${r.pick(["Is it seasonal?", "Could the price change explain it?", "Compare with other regions.", ""])}` }];
    const turns = r.int(1, 3);
    for (let i = 0; i < turns; i++) {
      const budget = r.pick([4000, 6000, 8000, 10000]);
      const body = { model: r.chance(0.7) ? "claude-sonnet-4-5" : "claude-opus-4-1", max_tokens: 16000, thinking: { type: "enabled", budget_tokens: budget }, system: [{ type: "text", text: sys, cache_control: { type: "ephemeral" } }], messages: msgs.slice() };
      c.messages(t, key, r.pick(fleet), body, comp(r, 2600, 0.45, 16000, 300));
      n++;
      msgs.push({ role: "assistant", content: reply(r, "en", 4) });
      msgs.push({ role: "user", content: r.pick(["Break that down by plan tier.", "What would you monitor next week?", "Write this up for the exec summary.", "Are there data-quality issues?"]) });
      t += r.int(60, 600) * 1000;
    }
  }
}

// ---------------------------------------------------------------- 11. customer-support bots with tools
export function supportBots(c: Ctx): void {
  const r = c.r;
  const brands = [
    { name: "VoltMart", langs: ["en", "de"] as Lang[], tz: 1, net: CLOUD.aws_euw1 },
    { name: "Moda Viva", langs: ["es", "pt"] as Lang[], tz: -3, net: CLOUD.gcp_br },
    { name: "Télé Horizon", langs: ["fr"] as Lang[], tz: 1, net: CLOUD.ovh },
  ];
  const tools = [
    { type: "function", function: { name: "get_order_status", description: "Look up an order by number.", parameters: { type: "object", properties: { order_id: { type: "string" } }, required: ["order_id"] } } },
    { type: "function", function: { name: "start_return", description: "Open a return for an order item.", parameters: { type: "object", properties: { order_id: { type: "string" }, reason: { type: "string" } }, required: ["order_id", "reason"] } } },
    { type: "function", function: { name: "track_shipment", description: "Carrier tracking for an order.", parameters: { type: "object", properties: { order_id: { type: "string" } }, required: ["order_id"] } } },
    { type: "function", function: { name: "escalate_to_human", description: "Hand the conversation to a human agent.", parameters: { type: "object", properties: { summary: { type: "string" } }, required: ["summary"] } } },
  ];
  let n = 0;
  const bk = brands.map((b) => ({ ...b, key: c.key("proj"), ips: pool(r, b.net, 3) }));
  while (n < 4000) {
    const b = r.pick(bk);
    const l = r.pick(b.langs);
    let t = sampleTime(r, b.tz, "consumer");
    const msgs: Record<string, unknown>[] = [{ role: "system", content: `You are the support assistant of ${b.name}. Reply in the customer's language, be brief and friendly. Use tools to check orders; never invent order data. Escalate when the customer asks for a human or is upset twice.` }, { role: "user", content: B.ugc(r, l) }];
    const turns = r.int(1, 4);
    for (let i = 0; i < turns; i++) {
      const body = { model: "gpt-4o-mini", messages: msgs.slice(), tools, parallel_tool_calls: false, max_tokens: 350, temperature: 0.3 };
      const callsTool = r.chance(0.55);
      c.chat(t, b.key, r.pick(b.ips), body, callsTool ? r.int(18, 40) : comp(r, 90, 0.4, 350));
      n++;
      if (callsTool) {
        const id = `call_${r.int(1e7, 9e7)}`;
        const fn = r.pick(tools).function.name;
        msgs.push({ role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: fn, arguments: JSON.stringify({ order_id: String(r.int(100000, 9999999)) }) } }] });
        msgs.push({ role: "tool", tool_call_id: id, content: JSON.stringify({ status: r.pick(["shipped", "processing", "delivered", "delayed"]), eta: `2026-11-${r.int(17, 30)}`, carrier: r.pick(["DHL", "Correios", "Colissimo", "UPS"]) }) });
        t += r.int(1, 3) * 1000;
        const body2 = { model: "gpt-4o-mini", messages: msgs.slice(), tools, parallel_tool_calls: false, max_tokens: 350, temperature: 0.3 };
        c.chat(t, b.key, r.pick(b.ips), body2, comp(r, 80, 0.4, 350));
        n++;
      }
      msgs.push({ role: "assistant", content: reply(r, l, 2) });
      msgs.push({ role: "user", content: B.ugc(r, l).slice(0, r.int(20, 90)) });
      t += r.int(20, 150) * 1000;
    }
  }
}

// ---------------------------------------------------------------- 12. honest enterprise batches
export function enterpriseBatches(c: Ctx): void {
  const r = c.r;
  const oaKey = c.key("svc"), anKey = c.key("ant");
  const oaIps = pool(r, CLOUD.azure_us, 2), anIps = pool(r, CLOUD.aws_use1, 2);
  const clause = () => `${r.int(1, 30)}.${r.int(1, 9)} ${r.pick(["The Supplier shall", "Either party may", "The Customer must", "Neither party will"])} ${r.pick(["indemnify the other against third-party claims arising from", "terminate this Agreement on ninety days' written notice following", "maintain insurance adequate to cover", "disclose Confidential Information except as required by"])} ${r.pick(["a material breach", "gross negligence", "the Services described in Schedule B", "applicable data-protection law", "any change of control"])}${r.pick([".", ", subject to clause 14.", ", save as set out in the Order Form."])}`;
  for (let d = 0; d < 7; d++) {
    if (d === 5) continue; // no Saturday run
    // OpenAI: upload, create, poll, fetch
    const k = r.int(120, 260);
    const lines: string[] = [];
    const results: { prompt_tokens: number; completion_tokens: number }[] = [];
    for (let i = 0; i < k; i++) {
      const body = { model: "gpt-4.1-mini", temperature: 0, max_tokens: 200, messages: [{ role: "system", content: "Summarise the contract clause in one plain-English sentence and tag its risk as low, medium or high." }, { role: "user", content: clause() + " " + clause() }] };
      lines.push(JSON.stringify({ custom_id: `clause-${d}-${i}`, method: "POST", url: "/v1/chat/completions", body }));
      results.push({ prompt_tokens: promptTokens(body), completion_tokens: r.int(30, 70) });
    }
    let t = localAt(d, 23, -5) + r.int(0, 900) * 1000;
    const fileId = `file-${r.int(1e9, 9e9).toString(36)}${r.int(1e6, 9e6)}`;
    const batchId = `batch_${r.int(1e9, 9e9).toString(16)}`;
    const outId = `file-${r.int(1e9, 9e9).toString(36)}${r.int(1e6, 9e6)}`;
    c.emit(t, oaKey, r.pick(oaIps), "POST", "/v1/files", { purpose: "batch", file: lines.join("\n") + "\n" });
    t += 2000;
    c.emit(t, oaKey, r.pick(oaIps), "POST", "/v1/batches", { input_file_id: fileId, endpoint: "/v1/chat/completions", completion_window: "24h", metadata: { job: `nightly-contracts-${d}` } });
    for (let p = 0; p < r.int(2, 5); p++) {
      t += r.int(40, 90) * MIN;
      c.emit(t, oaKey, r.pick(oaIps), "GET", `/v1/batches/${batchId}`);
    }
    t += r.int(5, 30) * MIN;
    c.emit(t, oaKey, r.pick(oaIps), "GET", `/v1/files/${outId}/content`, undefined, null, { results });
    // Anthropic: one message batch of product copy
    const m = r.int(80, 200);
    const reqs: Record<string, unknown>[] = [];
    const res2: { prompt_tokens: number; completion_tokens: number }[] = [];
    for (let i = 0; i < m; i++) {
      const params = { model: "claude-haiku-4-5", max_tokens: 400, system: "Rewrite the product description for our catalogue: 60-90 words, second person, no claims we cannot prove.", messages: [{ role: "user", content: `${r.pick(B.PRODUCTS_EN())}, SKU ${r.int(10000, 99999)}: ${r.pick(["durable", "lightweight", "compact", "quiet"])}, ${r.pick(["two-year warranty", "recycled packaging", "fits small spaces", "easy to clean"])}, ${r.pick(["black", "sand", "sage", "navy"])}` }] };
      reqs.push({ custom_id: `sku-${d}-${i}`, params });
      res2.push({ prompt_tokens: promptTokens(params), completion_tokens: r.int(80, 150) });
    }
    let u = localAt(d, 1, -5) + r.int(0, 600) * 1000;
    const mb = `msgbatch_${r.int(1e9, 9e9).toString(36)}${r.int(1e9, 9e9).toString(36)}`;
    c.emit(u, anKey, r.pick(anIps), "POST", "/v1/messages/batches", { requests: reqs });
    for (let p = 0; p < r.int(2, 4); p++) {
      u += r.int(20, 60) * MIN;
      c.emit(u, anKey, r.pick(anIps), "GET", `/v1/messages/batches/${mb}`);
    }
    u += r.int(5, 20) * MIN;
    c.emit(u, anKey, r.pick(anIps), "GET", `/v1/messages/batches/${mb}/results`, undefined, null, { results: res2 });
  }
  // daytime direct traffic
  for (let i = 0; i < 420; i++) {
    const body = { model: "gpt-4.1-mini", temperature: 0, max_tokens: 200, messages: [{ role: "system", content: "Summarise the contract clause in one plain-English sentence and tag its risk as low, medium or high." }, { role: "user", content: clause() }] };
    c.chat(sampleTime(r, -5, "office"), oaKey, r.pick(oaIps), body, r.int(30, 70));
  }
  for (let i = 0; i < 260; i++) {
    const body = { model: "claude-haiku-4-5", max_tokens: 400, system: "Rewrite the product description for our catalogue: 60-90 words, second person, no claims we cannot prove.", messages: [{ role: "user", content: `${r.pick(B.PRODUCTS_EN())}: ${B.emailBit(r)}` }] };
    c.messages(sampleTime(r, -5, "office"), anKey, r.pick(anIps), body, r.int(80, 150));
  }
}

// ---------------------------------------------------------------- 13. individual chat users and hobbyist developers
export function individuals(c: Ctx): void {
  const r = c.r;
  const countries: [string, number][] = [["US", 20], ["GB", 6], ["DE", 6], ["FR", 5], ["ES", 4], ["BR", 7], ["MX", 4], ["IN", 10], ["ID", 4], ["JP", 5], ["KR", 3], ["RU", 3], ["TR", 3], ["PL", 3], ["IT", 3], ["NG", 3], ["EG", 2], ["VN", 2], ["CA", 3], ["AU", 2], ["PH", 2]];
  const langOf: Record<string, Lang> = { US: "en", GB: "en", DE: "de", FR: "fr", ES: "es", BR: "pt", MX: "es", IN: "en", ID: "id", JP: "ja", KR: "ko", RU: "ru", TR: "tr", PL: "pl", IT: "it", NG: "en", EG: "ar", VN: "vi", CA: "en", AU: "en", PH: "en" };
  const hobby = ["hello", "test", "Say hi in JSON with a field named greeting", "what model are you", "count to 5", "reply with one word: ok", "Write a haiku about rate limits", "return the list [1,2,3] reversed"];
  for (let k = 0; k < 160; k++) {
    const cc = r.weighted(countries);
    const l = langOf[cc];
    const tz = TZ_OF[cc] ?? 0;
    const ant = r.chance(0.35);
    const key = c.key(ant ? "ant" : r.chance(0.5) ? "proj" : "legacy");
    let home = residential(r, cc);
    const dev = r.chance(0.35);
    const total = Math.max(2, Math.min(60, Math.round(r.logn(12, 0.8))));
    let made = 0;
    while (made < total) {
      let t = sampleTime(r, tz, dev ? "dev" : "consumer");
      if (r.chance(0.1)) home = residential(r, cc);
      const turns = Math.min(total - made, r.int(1, 6));
      const hist: { role: string; content: string }[] = [];
      for (let i = 0; i < turns; i++) {
        const u = dev && r.chance(0.5) ? r.pick(hobby) : i > 0 ? r.pick(["why?", "give an example", "shorter please", "thanks, and in " + r.pick(["Python", "Go", "plain words"]) + "?", "are you sure?"]) : r.pick([() => B.question(r, B.NATIVE_LANGS.includes(l) ? l : "en"), () => B.codingTask(r), () => `${r.pick(B.EMAIL_ASKS)} ${B.emailBit(r)}`, () => B.ugc(r, l), () => B.mathProblem(r, l)])();
        hist.push({ role: "user", content: u });
        const max = r.pick([256, 512, 1024, 2048, 4096]);
        const out = comp(r, 300, 0.8, max, 3);
        if (ant) {
          const body: Record<string, unknown> = { model: r.pick(["claude-sonnet-4-5", "claude-haiku-4-5", "claude-opus-4-1"]), max_tokens: max, messages: hist.slice() };
          if (r.chance(0.2)) body.temperature = r.pick([0, 0.5, 1]);
          c.messages(t, key, home, body, out);
        } else {
          const body: Record<string, unknown> = { model: r.pick(["gpt-4o-mini", "gpt-4o", "gpt-4.1", "gpt-5-mini"]), messages: hist.slice() };
          if (r.chance(0.5)) body.max_tokens = max;
          if (dev && r.chance(0.1)) body.n = r.int(2, 3);
          if (dev && r.chance(0.08)) Object.assign(body, { logprobs: true, top_logprobs: r.int(1, 5) });
          if (r.chance(0.3)) body.temperature = r.pick([0, 0.2, 0.7, 1, 1.2]);
          c.chat(t, key, home, body, out);
        }
        made++;
        hist.push({ role: "assistant", content: reply(r, l, r.int(2, 5)) });
        t += r.int(20, 300) * 1000;
      }
    }
  }
}

// ---------------------------------------------------------------- 14. an office whose keys share one network and one internal prompt
export function office(c: Ctx): void {
  const r = c.r;
  const nat = pool(r, RESIDENTIAL.DE[0], 2);
  const sys = "Du bist der interne Assistent von Kessler & Partner Unternehmensberatung. Antworte sachlich, auf Deutsch, sofern nicht anders gewünscht. Keine Mandantennamen in Beispielen. Quellen nennen, wenn du dich auf Gesetze beziehst.";
  const tasks = [
    () => `Fasse dieses Memo in fünf Stichpunkten zusammen: ${r.pick(["Das Projekt", "Der Workshop", "Die Due-Diligence", "Die Lieferkettenanalyse"])} ${r.pick(["verzögert sich um zwei Wochen", "liegt im Budget", "braucht zusätzliche Ressourcen", "wurde vom Kunden erweitert"])}. ${B.ugc(r, "de")} ${r.pick(["Nächster Termin ist Donnerstag.", "Bitte Rückmeldung bis Freitag.", "Offene Punkte siehe Anhang."])}`,
    () => `Formuliere eine höfliche E-Mail an den Kunden: ${B.emailBit(r)}`,
    () => `Translate into English for the client: ${r.pick(["Wir bestätigen den Eingang Ihrer Unterlagen und melden uns bis Ende der Woche.", "Die Analyse zeigt Einsparpotenzial von etwa 12 Prozent im Einkauf.", "Bitte beachten Sie die geänderten Fristen für die Umsatzsteuervoranmeldung."])}`,
    () => `Was regelt ${r.pick(["§ 613a BGB", "das Lieferkettensorgfaltspflichtengesetz", "die DSGVO Art. 28", "das Nachweisgesetz", "die GoBD"])} im Kern? Kurz bitte.`,
    () => `Erstelle eine Agenda für einen ${r.int(1, 3)}-stündigen Workshop zum Thema ${r.pick(["Preisstrategie", "Post-Merger-Integration", "Lieferantenbewertung", "KI im Controlling"])}.`,
  ];
  for (let k = 0; k < 28; k++) {
    const key = c.key("proj");
    const total = r.int(60, 160);
    for (let i = 0; i < total; i++) {
      const body = { model: r.pick(["gpt-4.1", "gpt-4.1-mini", "gpt-4o"]), temperature: 0.4, max_tokens: 1500, messages: [{ role: "system", content: sys }, { role: "user", content: r.pick(tasks)() }] };
      c.chat(sampleTime(r, 1, "office"), key, r.chance(0.9) ? nat[0] : nat[1], body, comp(r, 320, 0.6, 1500, 20));
    }
  }
}

// ---------------------------------------------------------------- 15. IDE code completion (fill-in-the-middle)
export function fim(c: Ctx): void {
  const r = c.r;
  const team: { key: string; src: Src; tz: number }[] = [];
  for (const [cc, tz] of [["PL", 1], ["PL", 1], ["UA", 2], ["DE", 1], ["PT" as string, 0], ["US", -5]] as [string, number][]) team.push({ key: c.key("proj"), src: residential(r, RESIDENTIAL[cc] ? cc : "ES"), tz });
  let n = 0;
  while (n < 3000) {
    const d = r.pick(team);
    let t = sampleTime(r, d.tz, "dev");
    const burst = r.int(10, 60);
    for (let i = 0; i < burst && n < 3000; i++) {
      const prefix = codeBlob(r, r.int(8, 40));
      const suffix = codeBlob(r, r.int(2, 12));
      const body = { model: "gpt-3.5-turbo-instruct", prompt: prefix + "\n  ", suffix, max_tokens: r.pick([32, 64, 128]), temperature: 0.2, stop: ["\n\n"] };
      c.emit(t, d.key, d.src, "POST", "/v1/completions", body, [promptTokens(body), comp(r, 18, 0.7, body.max_tokens)]);
      n++;
      t += r.int(800, 12000);
    }
  }
}

// ---------------------------------------------------------------- 16. moderation classifier with logit_bias
export function moderation(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("svc"), c.key("svc")];
  const fleet = pool(r, CLOUD.do_fra, 4);
  const sys = "Classify the forum post. Answer with exactly one label: SAFE, SPAM, HARASSMENT, SELF_HARM, ADULT.";
  const bias = { "50": 100, "4995": 100, "23310": 100, "4695": 100, "52": 100 };
  for (let i = 0; i < 3500; i++) {
    const body = { model: "gpt-4o-mini", temperature: 0, max_tokens: 1, logprobs: true, top_logprobs: 5, logit_bias: bias, messages: [{ role: "system", content: sys }, { role: "user", content: B.ugc(r, r.weighted(UGC_MIX)) }] };
    c.chat(sampleTime(r, 1, "consumer"), r.chance(0.7) ? keys[0] : keys[1], r.pick(fleet), body, 1);
  }
}

export { END, T0 };

// ---------------------------------------------------------------- 17. SEO content studio: one wrapper, long articles, many topics
export function seoContent(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("proj"), c.key("proj"), c.key("ant")];
  const office = pool(r, RESIDENTIAL.PL[0], 2).concat(pool(r, CLOUD.do_fra, 1));
  const clients = ["an online tutoring marketplace", "a personal-finance blog", "a health-insurance comparison site", "a science museum's learning pages", "a B2B software vendor", "a travel magazine"];
  const langs: [Lang, number][] = [["en", 50], ["de", 12], ["es", 12], ["fr", 8], ["pt", 8], ["ja", 5], ["ru", 5]];
  const sys = "You are a senior content writer at Northlight Content Studio. Write original, well-structured articles in the requested language: H2/H3 headings, short paragraphs, one FAQ section with 4 questions at the end, no fabricated statistics, no mention of being an AI.";
  for (let i = 0; i < 1500; i++) {
    const l = r.weighted(langs);
    const topic = B.question(r, B.NATIVE_LANGS.includes(l) ? l : "en");
    const words = r.pick([800, 1200, 1500, 2000]);
    const user = `Client: ${r.pick(clients)}. Language: ${LANG_NAME[l]}. Target length: ${words} words. Primary keyword taken from this brief: "${topic}" Audience: ${r.pick(["beginners", "parents", "small-business owners", "students", "retirees"])}. Tone: ${r.pick(["friendly", "authoritative", "practical", "conversational"])}.`;
    const out = comp(r, words * 1.45, 0.15, 4096, 600);
    const t = sampleTime(r, 1, "office");
    const ki = r.int(0, 2);
    if (ki === 2) c.messages(t, keys[2], r.pick(office), { model: "claude-sonnet-4-5", max_tokens: 4096, temperature: 0.8, system: sys, messages: [{ role: "user", content: user }] }, out);
    else c.chat(t, keys[ki], r.pick(office), { model: r.pick(["gpt-4.1", "gpt-4o"]), temperature: 0.8, max_tokens: 4096, messages: [{ role: "system", content: sys }, { role: "user", content: user }] }, out);
  }
}
