/**
 * Suite k honest scenarios and the genuine benchmark run.
 */
import { type Ctx, type Msg, type Src, type Rng, DAY, HOUR, MIN, T0, T_END, NDAYS, at, draw, fleet, homeIp, instIp, cloudIp, isReasoning, localDow, localHour } from "./core.ts";
import { K12, type K12Lang, k12Ask, k12Follow, hardQuestion, CONCEPTS, FIRST, CITIES, money } from "./text.ts";
import { TOOL_POOL, AGENT_TASKS, openaiTool, anthropicTool, toolLoop } from "./tools.ts";

const sec = 1000;
/** OpenAI chat body with the right cap parameter for the model. */
export function oaChat(model: string, messages: Msg[], cap: number, o: Record<string, unknown> = {}): Record<string, unknown> {
  const b: Record<string, unknown> = { model, messages };
  if (isReasoning(model)) b.max_completion_tokens = cap;
  else {
    b.max_tokens = cap;
    if (o.temperature === undefined) b.temperature = 0.7;
  }
  for (const [k, v] of Object.entries(o)) if (!(isReasoning(model) && (k === "temperature" || k === "top_p"))) b[k] = v;
  return b;
}
export function antMsg(model: string, system: unknown, messages: Msg[], max_tokens: number, o: Record<string, unknown> = {}): Record<string, unknown> {
  const b: Record<string, unknown> = { model, max_tokens, messages };
  if (system) b.system = system;
  return { ...b, ...o };
}
export function respBody(model: string, instructions: string | undefined, input: unknown, cap: number, o: Record<string, unknown> = {}): Record<string, unknown> {
  const b: Record<string, unknown> = { model, input, max_output_tokens: cap };
  if (instructions) b.instructions = instructions;
  return { ...b, store: false, ...o };
}

// ==================================================================== 1. LLM router / reseller
interface Tenant { name: string; sys: string; ask: (r: Rng) => string; model: string; cap: number; temp: number; comp: number; sigma: number; vol: number; tz: number; curve: "office" | "consumer" | "global" | "dev" | "evening"; extra?: Record<string, unknown>; multi?: number }
const PRODUCTS = ["bamboo cutting board", "noise-cancelling earbuds", "merino wool socks", "cast iron skillet", "standing desk frame", "kids' rain jacket", "ceramic pour-over set", "LED grow light", "hiking daypack 22L", "silk pillowcase"];
const NICHES = ["home espresso", "urban gardening", "personal finance for nurses", "trail running", "remote team management", "small-batch soap making", "vintage synthesizers", "first-time landlords"];
function tenantsFor(r: Rng): Tenant[] {
  const T: Tenant[] = [];
  const add = (t: Tenant) => T.push(t);
  add({ name: "shopcopy", sys: "You write product descriptions for Shopify merchants. Output: a 1-sentence hook, 3 bullet benefits, and a 60-word paragraph. No superlatives like 'best ever'.", ask: (r) => `Product: ${r.pick(PRODUCTS)}. Tone: ${r.pick(["playful", "premium", "practical", "eco-conscious"])}. Key facts: ${r.pick(["ships in 2 days", "lifetime warranty", "made in Portugal", "dishwasher safe"])}, ${r.pick(["3 colours", "vegan materials", "fits 15-inch laptops", "BPA free"])}.`, model: "gpt-4o-mini", cap: 400, temp: 0.8, comp: 180, sigma: 0.3, vol: 9, tz: -5, curve: "office" });
  add({ name: "seo-longform", sys: "You are a senior content writer. Write long-form, well-structured blog articles with H2/H3 headings, an intro, practical examples, and an FAQ section. Aim for 1,800-2,500 words. Use the target keyword naturally.", ask: (r) => `Write an article for the keyword "${r.pick(["how to", "beginner guide to", "mistakes to avoid in", "budget for"])} ${r.pick(NICHES)}". Audience: ${r.pick(["beginners", "busy parents", "students", "professionals"])}. Include a comparison table.`, model: "gpt-4.1", cap: 4096, temp: 0.7, comp: 2900, sigma: 0.2, vol: 4, tz: 1, curve: "office" });
  add({ name: "novel-studio", sys: "You are a co-writing partner for fiction authors. Continue the manuscript in the author's voice. Never summarise; write full scenes with dialogue. Respect the story bible provided.", ask: (r) => `Story bible: ${r.pick(["cozy mystery in a Cornish village, detective is a retired baker", "space opera, crew of a salvage tug, found-family themes", "YA fantasy, magic is tied to music, protagonist is tone-deaf"])}.\nContinue chapter ${r.int(3, 28)} from: "${r.pick(["The kettle had barely boiled when the knock came.", "Nobody on the Marrow's Edge had slept since the distress beacon.", "Every bell in the city rang except hers."])}" — about ${r.pick([1500, 2000, 2500])} words.`, model: "claude-sonnet-4-5", cap: 4000, temp: 1, comp: 2600, sigma: 0.25, vol: 5, tz: -8, curve: "evening", multi: 0.3 });
  add({ name: "mathhelp-cot", sys: "You are a patient math tutor for adult learners returning to college. Always reason step by step, explain why each step is valid, and end with a one-line summary.", ask: (r) => r.p(0.6) ? `Can you walk me through this: ${r.pick(["solve for x: 2(x-3) = 5x + 9", "simplify (3a^2 b)^3 / (9ab^2)", "find the slope between (2,-1) and (6,7)", "what is 15% of 240 and why", "factor x^2 - 5x - 14"])}` : `I'm reviewing for the ${r.pick(["ACCUPLACER", "GED", "college algebra placement"])} test. Explain ${r.pick(["logarithms", "systems of equations", "percent change", "exponent rules", "the quadratic formula"])} step by step with one example.`, model: "gpt-4o", cap: 1500, temp: 0.3, comp: 520, sigma: 0.35, vol: 6, tz: -6, curve: "evening", multi: 0.4 });
  add({ name: "sentiment-api", sys: "Classify the sentiment of the review as exactly one word: positive, negative, or mixed.", ask: (r) => `Review: "${r.pick(["Arrived fast, ", "Took three weeks, ", "Great price but ", "Honestly ", "The second one I bought, "])}${r.pick(["works exactly as described.", "the strap broke on day two.", "customer service never answered.", "it's fine, nothing special.", "my kids love it."])}"`, model: "gpt-4.1-nano", cap: 2, temp: 0, comp: 1, sigma: 0, vol: 14, tz: 1, curve: "global", extra: { logprobs: true, top_logprobs: 3 } });
  add({ name: "ticket-router", sys: "Route the support ticket to one queue. Answer with only the queue id: BILLING, TECH, SHIPPING, ACCOUNT, OTHER.", ask: (r) => `Subject: ${r.pick(["charged twice", "can't reset password", "package shows delivered but isn't here", "app crashes on login", "change my plan", "question about invoice", "delete my account"])}\nBody: ${r.pick(["Please help asap.", "This is the second time this month.", "Order #" + r.int(10000, 99999), "Sent from my iPhone"])}`, model: "gpt-4o-mini", cap: 3, temp: 0, comp: 2, sigma: 0.2, vol: 10, tz: -5, curve: "office", extra: { logprobs: true, top_logprobs: 5 } });
  add({ name: "legal-summary", sys: "Summarise contract clauses for non-lawyers. Flag unusual or one-sided terms. Do not give legal advice.", ask: (r) => `Clause: "${r.pick(["The Supplier may terminate this Agreement for convenience upon thirty (30) days' written notice, whereas the Customer may terminate only for material breach.", "Licensee shall indemnify Licensor against all claims arising from use of the Software, including claims caused by Licensor's negligence.", "All intellectual property created by Contractor during the Term, whether or not related to the Services, shall vest in the Company."])}"`, model: "claude-haiku-4-5", cap: 800, temp: 0.2, comp: 260, sigma: 0.3, vol: 4, tz: 0, curve: "office" });
  add({ name: "sql-copilot", sys: "You translate questions into PostgreSQL for the schema below. Return only SQL in a code block.\nSchema: orders(id, customer_id, total_cents, created_at, status), customers(id, name, country, created_at), refunds(id, order_id, amount_cents, created_at)", ask: (r) => r.pick(["revenue by country last month", "customers with more than 3 refunds", "average order value per week in 2026", "top 10 customers by lifetime spend", "share of refunded orders by status"]), model: "gpt-4.1-mini", cap: 500, temp: 0, comp: 90, sigma: 0.4, vol: 7, tz: 5.5, curve: "dev" });
  add({ name: "realestate-es", sys: "Eres redactor de anuncios inmobiliarios en España. Escribe anuncios atractivos y honestos de 120-180 palabras, sin exagerar.", ask: (r) => `Piso de ${r.int(2, 4)} habitaciones en ${r.pick(["Valencia, Ruzafa", "Madrid, Chamberí", "Málaga, El Palo", "Sevilla, Triana"])}, ${r.int(60, 130)} m², ${r.pick(["terraza", "reformado", "sin ascensor", "garaje incluido"])}, ${r.int(160, 520)}.000 €.`, model: "gpt-4o-mini", cap: 500, temp: 0.8, comp: 260, sigma: 0.2, vol: 5, tz: 1, curve: "office" });
  add({ name: "recipe-jp", sys: "あなたは家庭料理のアシスタントです。冷蔵庫にある材料から、30分以内で作れるレシピを1つ提案し、手順を箇条書きで示してください。", ask: (r) => `冷蔵庫にあるもの：${r.sample(["豚こま", "キャベツ", "卵", "豆腐", "玉ねぎ", "しめじ", "鶏もも肉", "にんじん", "白菜"], 3).join("、")}。${r.pick(["子ども向けで", "辛くないもので", "お弁当にも使えるもの", ""])}`, model: "gpt-4o-mini", cap: 700, temp: 0.9, comp: 380, sigma: 0.25, vol: 5, tz: 9, curve: "evening" });
  add({ name: "resume-review", sys: "You are a career coach. Give specific, actionable feedback on resume bullet points and rewrite them using the XYZ formula.", ask: (r) => `Role I'm applying for: ${r.pick(["product manager", "data analyst", "nurse practitioner", "backend engineer", "UX designer"])}.\nBullets:\n- ${r.pick(["Responsible for managing social media", "Worked on the migration project", "Helped customers with issues"])}\n- ${r.pick(["Led a team", "Made reports in Excel", "Improved onboarding"])}`, model: "gpt-4o", cap: 900, temp: 0.6, comp: 420, sigma: 0.3, vol: 4, tz: -5, curve: "evening" });
  add({ name: "kids-stories-de", sys: "Du schreibst kurze Gute-Nacht-Geschichten für Kinder von 4 bis 8 Jahren. Ruhig, freundlich, ohne Gewalt, etwa 400 Wörter.", ask: (r) => `Eine Geschichte über ${r.pick(["einen kleinen Igel", "eine mutige Schnecke", "einen Drachen, der Angst vor Dunkelheit hat", "ein Mädchen namens " + r.pick(["Mia", "Lotta", "Emma"])])}, ${r.pick(["der seinen Freund sucht", "die zum ersten Mal Schnee sieht", "am Meer", "im Herbstwald"])}.`, model: "claude-haiku-4-5", cap: 900, temp: 0.9, comp: 620, sigma: 0.2, vol: 4, tz: 1, curve: "evening" });
  add({ name: "reasoning-finance", sys: "You help small-business owners with financial decisions. Think through the numbers step by step and state assumptions explicitly.", ask: (r) => `I run a ${r.pick(["coffee cart", "dog grooming van", "Etsy jewellery shop", "two-chair barbershop"])}. ${r.pick(["Should I lease or buy a", "Is it worth hiring a part-timer at", "Can I afford a"])} ${r.pick(["$" + r.int(8, 40) + "k equipment upgrade", "$" + r.int(15, 22) + "/hour", "second location with rent of $" + r.int(2, 6) + "k/month"])}? Revenue is about $${r.int(5, 40)}k/month.`, model: "o4-mini", cap: 6000, temp: 1, comp: 1500, sigma: 0.35, vol: 3, tz: -6, curve: "office", extra: { reasoning_effort: "medium" } });
  add({ name: "translate-vi", sys: "Translate the user's English marketing text into natural Vietnamese for a Ho Chi Minh City audience. Keep brand names in English.", ask: (r) => `${r.pick(["Free delivery on orders over 300k", "Your skin, but better", "Book your table in 3 taps", "New season, new flavours"])} — ${r.pick(["limited time only.", "only at our District 1 store.", "download the app today.", "join 50,000 happy customers."])}`, model: "gpt-4o-mini", cap: 200, temp: 0.3, comp: 40, sigma: 0.3, vol: 6, tz: 7, curve: "office" });
  add({ name: "meeting-notes", sys: "Turn raw meeting transcripts into: summary (3 sentences), decisions, action items with owners and dates.", ask: (r) => `Transcript (auto):\n${Array.from({ length: r.int(8, 30) }, () => `${r.pick(FIRST)}: ${r.pick(["so for the launch we're still waiting on legal", "I can take the pricing page", "can we push the demo to Thursday", "the numbers from last week look off", "let's not block on that", "I'll send the draft tonight", "what's the status on the vendor contract"])}`).join("\n")}`, model: "gpt-4.1-mini", cap: 800, temp: 0.2, comp: 300, sigma: 0.3, vol: 6, tz: -5, curve: "office" });
  add({ name: "dnd-master", sys: "You are the Game Master for a dark-fantasy tabletop campaign. Describe scenes vividly, voice NPCs, ask players what they do, and track HP changes in brackets.", ask: (r) => r.pick(["I search the altar for hidden compartments", "Thorne tries to persuade the guard to let us pass", "I cast fireball at the group of ghouls", "we rest for the night and I keep first watch", "I ask the innkeeper about the missing caravan"]), model: "claude-sonnet-4-5", cap: 1200, temp: 1, comp: 420, sigma: 0.35, vol: 5, tz: -5, curve: "evening", multi: 0.8 });
  add({ name: "astro-tr", sys: "Sen samimi bir astroloji uygulamasının asistanısın. Günlük burç yorumlarını olumlu ve kısa yaz (80-120 kelime).", ask: (r) => `${r.pick(["Koç", "Boğa", "İkizler", "Yengeç", "Aslan", "Başak", "Terazi", "Akrep", "Yay", "Oğlak", "Kova", "Balık"])} burcu için ${r.pick(["bugünkü", "bu haftaki", "aşk hayatı için"])} yorum`, model: "gpt-4o-mini", cap: 300, temp: 1, comp: 170, sigma: 0.2, vol: 5, tz: 3, curve: "consumer" });
  // parameter variants per tenant: some tenants are copied per sub-brand with their own volume and tz
  return T.map((t) => ({ ...t, vol: t.vol * r.logn(1, 0.3) }));
}
export function routerReseller(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("proj"), c.key("proj"), c.key("ant")];
  const fl = fleet(r, ["awsVa", "awsVa", "awsFra", "gcpUs", "awsVa"], 8);
  const tenants = tenantsFor(r);
  const total = 8600;
  const wsum = tenants.reduce((s, t) => s + t.vol, 0);
  for (const t of tenants) {
    const n = Math.round((total * t.vol) / wsum);
    const ant = t.model.startsWith("claude");
    const key = ant ? keys[2] : r.p(0.7) ? keys[0] : keys[1];
    let made = 0;
    while (made < n) {
      let ts = draw(r, t.tz, t.curve);
      const turns = t.multi && r.p(t.multi) ? r.int(2, 5) : 1;
      const hist: Msg[] = [];
      for (let i = 0; i < turns && made < n; i++) {
        hist.push({ role: "user", content: t.ask(r) });
        const comp = t.sigma ? r.logn(t.comp, t.sigma) : t.comp;
        const src = r.pick(fl);
        let b: Record<string, unknown>;
        if (ant) b = antMsg(t.model, t.sys, hist.slice(), t.cap, { temperature: t.temp, metadata: { user_id: `${t.name}:${r.int(1, 4000)}` } });
        else b = oaChat(t.model, [{ role: "system", content: t.sys }, ...hist], t.cap, { temperature: t.temp, user: `${t.name}-${r.chars(8, "0123456789abcdef")}`, ...(t.extra ?? {}) });
        const got = c.emit(ts, key, src, ant ? "/v1/messages" : "/v1/chat/completions", b, comp);
        hist.push({ role: "assistant", content: reply(r, t.name, got) });
        made++;
        ts += r.logn(60, 0.8) * sec + got * 15;
      }
    }
  }
}
function reply(r: Rng, who: string, n: number): string {
  const open = ["Sure — here's a version you can use:", "Here you go.", "Good question. Let's break it down.", "Got it. Here's my take:", "Here's what I'd suggest:", "Thanks for the details — a few thoughts:"];
  const mid = ["First, the main point is to keep it simple and concrete.", "The key numbers are above; the rest depends on your assumptions.", "I kept the tone consistent with the earlier part.", "Let me know if you'd like a shorter or more formal version.", "Two options follow, with the trade-offs of each."];
  return `${r.pick(open)} ${r.sample(mid, n > 400 ? 3 : 1).join(" ")}`;
}

// ==================================================================== 2. white-label chatbot platform
const BTYPES: [string, string[], string[]][] = [
  ["dental clinic", ["Do you take Delta Dental?", "how much is a cleaning without insurance", "can I get an appointment this week, tooth hurts", "do you do invisalign"], ["cleaning $120", "whitening $350", "emergency visits same day"]],
  ["bakery", ["do you have gluten free bread", "can I order a birthday cake for saturday", "what time do you close on sunday", "do you deliver"], ["sourdough $7", "custom cakes from $45", "48h notice for cakes"]],
  ["plumbing company", ["my water heater is leaking what do i do", "how much to unclog a drain", "do you work weekends", "are you licensed and insured"], ["call-out fee $89", "24/7 emergency line", "licensed in 3 counties"]],
  ["yoga studio", ["is there a beginner class tonight", "how much is a monthly pass", "do i need my own mat", "can i freeze my membership"], ["drop-in $22", "monthly unlimited $129", "mats available to rent"]],
  ["car dealership", ["is the 2024 RAV4 hybrid still available", "do you take trade-ins", "what financing rates do you have", "can i book a test drive"], ["financing from 5.9% APR", "trade-in appraisals free", "open Mon-Sat 9-8"]],
  ["boutique hotel", ["is breakfast included", "can I check in early", "do you allow dogs", "is there parking"], ["breakfast included", "check-in 3pm", "pets $30/night", "parking $18"]],
  ["hair salon", ["how much for balayage", "do you have openings saturday", "do you cut curly hair", "what products do you use"], ["women's cut $65", "balayage from $180", "curly specialists on staff"]],
  ["accounting firm", ["can you do my taxes if I'm self employed", "what documents do i need", "how much do you charge for a small LLC", "can you help with an IRS letter"], ["individual returns from $250", "business returns from $900", "free 15-min consult"]],
  ["pet groomer", ["how much for a golden retriever full groom", "do you do nail trims only", "my dog is anxious is that ok", "are you open sunday"], ["small dog $55", "large dog $95", "nail trim $15"]],
  ["bike shop", ["how much is a tune-up", "do you sell e-bikes", "can you fix a flat today", "do you rent bikes"], ["basic tune $79", "flat fix $15", "rentals $40/day"]],
];
const GENERIC_Q: Record<string, string[]> = {
  en: ["what are your hours", "where are you located", "is there parking", "do you accept credit cards", "can I talk to a human", "hi", "thanks!"],
  de: ["Wie sind Ihre Öffnungszeiten?", "Kann ich online einen Termin buchen?", "Gibt es Parkplätze?", "Was kostet das ungefähr?"],
  fr: ["Quels sont vos horaires ?", "Est-ce que je peux réserver en ligne ?", "Vous acceptez la carte bancaire ?", "C'est combien à peu près ?"],
  es: ["¿A qué hora abren?", "¿Puedo reservar por aquí?", "¿Tienen estacionamiento?", "¿Cuánto cuesta más o menos?"],
  nl: ["Wat zijn jullie openingstijden?", "Kan ik online een afspraak maken?", "Is er parkeergelegenheid?"],
  ja: ["営業時間を教えてください", "予約はできますか？", "駐車場はありますか？"],
};
export function whitelabel(c: Ctx): void {
  const r = c.r;
  const regions: [string, string, number, string[], [string, number][]][] = [
    ["us", "awsVa", -6, ["US"], [["en", 10], ["es", 1.2]]],
    ["eu", "awsFra", 1, ["DE", "FR", "NL", "ES", "GB"], [["en", 3], ["de", 3], ["fr", 2], ["es", 1.5], ["nl", 1]]],
    ["apac", "awsSyd", 10, ["AU", "JP", "SG"], [["en", 5], ["ja", 2]]],
  ];
  for (const [reg, cloud, tz, , langs] of regions) {
    const key = c.key("legacy");
    const fl = fleet(r, [cloud], 4);
    const nBiz = reg === "us" ? 180 : reg === "eu" ? 120 : 60;
    for (let b = 0; b < nBiz; b++) {
      const [type, qs, facts] = r.pick(BTYPES);
      const bname = `${r.pick(["Sunrise", "Oak & Pine", "Bluewater", "Corner", "Harbor", "Maple", "Golden", "Northside", "Little", "Urban"])} ${type.split(" ").map((w) => w[0].toUpperCase() + w.slice(1)).join(" ")}`;
      const city = r.pick(CITIES);
      const lang = r.wpick(langs);
      const sys = `You are the virtual assistant for ${bname} (${type}) in ${city}. Answer questions using ONLY the business facts below. If you don't know, offer to collect the customer's name and phone number so staff can call back. Keep answers under 80 words, friendly, no markdown.${lang !== "en" ? ` Reply in the customer's language.` : ""}\n\nBusiness facts:\n- ${facts.join("\n- ")}\n- Address: ${r.int(10, 999)} ${r.pick(["Main St", "High Street", "Market Rd", "Lindenweg", "Rue Victor Hugo"])}, ${city}\n- Phone: +${r.int(1, 61)} ${r.int(100, 999)} ${r.int(1000, 9999)}`;
      const model = r.wpick([["gpt-4o-mini", 8], ["gpt-4.1-mini", 2], ["gpt-3.5-turbo", 1]] as [string, number][]);
      const convs = Math.max(1, Math.round(r.logn(6, 0.9)));
      const btz = tz + r.pick([-1, 0, 0, 1]);
      for (let k = 0; k < convs; k++) {
        let ts = draw(r, btz, "consumer");
        const turns = r.wpick([[1, 4], [2, 3], [3, 2], [4, 1], [6, 0.4]] as [number, number][]);
        const hist: Msg[] = [{ role: "system", content: sys }];
        for (let i = 0; i < turns; i++) {
          const q = lang === "en" ? (r.p(0.6) ? r.pick(qs) : r.pick(GENERIC_Q.en)) : r.pick(GENERIC_Q[lang]);
          hist.push({ role: "user", content: q });
          const got = c.emit(ts, key, r.pick(fl), "/v1/chat/completions", oaChat(model, hist.slice(), 300, { temperature: 0.4, user: `${reg}-${b}-${k}` }), r.logn(55, 0.4));
          hist.push({ role: "assistant", content: r.pick([`${facts[0]}. `, "We'd be happy to help! ", "Good question — "]) + r.pick(["Would you like me to take your name and number so the team can call you back?", "You can also book directly on our website.", "Let me know if there's anything else!"]) });
          ts += (r.logn(25, 0.7) + got / 3) * sec;
        }
      }
    }
  }
}

// ==================================================================== 3. agent-builder platform (BYO tools)
export function agentBuilder(c: Ctx): void {
  const r = c.r;
  const kOa = c.key("proj"), kAnt = c.key("ant");
  const fl = fleet(r, ["gcpUs", "gcpUs", "gcpEu"], 6);
  const nAgents = 160;
  for (let a = 0; a < nAgents; a++) {
    const tools = r.sample(TOOL_POOL, r.int(2, 6));
    const prefix = r.pick(["", "", "", r.pick(["acme_", "mycrm_", "shop_", "ops_", "hq_"])]);
    const descs = tools.map((t) => (r.p(0.4) ? t.desc.replace(/\.$/, "") + r.pick([" Use only when the user asks.", " Returns JSON.", " (internal)", " Prefer this over guessing."]) : t.desc));
    const fmt: "openai" | "anthropic" = r.p(0.62) ? "openai" : "anthropic";
    const model = fmt === "openai" ? r.pick(["gpt-4o", "gpt-4.1", "gpt-4.1-mini", "gpt-4o-mini"]) : r.pick(["claude-sonnet-4-5", "claude-haiku-4-5"]);
    const owner = r.pick(FIRST);
    const sys = `${r.pick(["You are an operations assistant", "You are a helpful agent", "You help the team", "Assistant for " + owner + "'s business"])}. ${r.pick(["Use the tools when needed.", "Always check data with tools before answering.", "Be concise.", "Answer in bullet points when listing."])} Today is {date}.`;
    const tz = r.pick([-8, -5, 0, 1, 2, 5.5, 8]);
    const uses = Math.max(1, Math.round(r.logn(7, 0.9)));
    for (let u = 0; u < uses; u++) {
      let ts = draw(r, tz, "office");
      const main = r.pick(tools);
      const task = r.pick(AGENT_TASKS[main.name]).replace("{n}", String(r.int(100000, 999999)));
      const ncalls = r.wpick([[1, 5], [2, 3], [3, 1.5], [4, 0.6]] as [number, number][]);
      const calls = [main, ...r.sample(tools.filter((t) => t !== main), ncalls - 1)].map((t) => ({ tool: t, name: prefix + t.name }));
      const date = new Date(ts).toISOString().slice(0, 10);
      const s = sys.replace("{date}", date);
      const first: Msg[] = fmt === "openai" ? [{ role: "system", content: s }, { role: "user", content: task }] : [{ role: "user", content: task }];
      const hs = toolLoop(r, fmt, first, calls);
      const src = r.pick(fl);
      for (let i = 0; i < hs.length; i++) {
        const final = i === hs.length - 1;
        const comp = final ? r.logn(160, 0.5) : r.logn(45, 0.3);
        const body = fmt === "openai"
          ? oaChat(model, hs[i], 1024, { temperature: 0.2, tools: tools.map((t, j) => openaiTool(t, prefix, descs[j])), tool_choice: "auto", parallel_tool_calls: false })
          : antMsg(model, s, hs[i], 1024, { temperature: 0.2, tools: tools.map((t, j) => anthropicTool(t, prefix, descs[j])) });
        c.emit(ts, fmt === "openai" ? kOa : kAnt, src, fmt === "openai" ? "/v1/chat/completions" : "/v1/messages", body, comp);
        ts += (r.logn(2.5, 0.5) + comp / 60) * sec;
      }
    }
  }
}

// ==================================================================== 4. K-12 tutoring at scale
export function k12Tutor(c: Ctx): void {
  const r = c.r;
  const regions: [string, number, [K12Lang, number][], string, string[]][] = [
    ["amer", -5, [["en", 8], ["es", 3], ["pt", 2]], "awsVa", ["US", "MX", "BR"]],
    ["emea", 2, [["tr", 4], ["pl", 3], ["ar", 3], ["en", 2]], "awsFra", ["TR", "PL", "SA"]],
    ["apac", 7, [["vi", 4], ["id", 4], ["hi", 4], ["en", 1]], "awsSin", ["VN", "ID", "IN"]],
  ];
  const SYS = "You are Kiko, a friendly tutor for students aged 9-16. Explain step by step, use simple words, and check understanding with a short question at the end. Never just give the final answer to graded homework without the steps. Reply in the student's language. Student grade: {g}.";
  for (const [reg, tz, langs, cloud] of regions) {
    const key = c.key("proj");
    const fl = fleet(r, [cloud], 5);
    const sessions = reg === "amer" ? 1100 : 850;
    for (let s = 0; s < sessions; s++) {
      const lang = r.wpick(langs);
      const ltz = tz + r.pick([-1, 0, 0, 1]);
      let ts = draw(r, ltz, "school");
      const g = r.int(4, 10);
      const model = r.wpick([["gpt-4o-mini", 7], ["gpt-4.1-mini", 3]] as [string, number][]);
      const hist: Msg[] = [{ role: "system", content: SYS.replace("{g}", String(g)) }];
      const problems = r.wpick([[1, 5], [2, 2], [3, 1]] as [number, number][]);
      for (let p = 0; p < problems; p++) {
        const ask = k12Ask(r, lang);
        hist.push({ role: "user", content: ask.q });
        let got = c.emit(ts, key, r.pick(fl), "/v1/chat/completions", oaChat(model, hist.slice(-9), 1200, { temperature: 0.5, user: `stu_${reg}_${r.int(1, 90000)}` }), r.logn(330, 0.4));
        hist.push({ role: "assistant", content: ask.a });
        ts += (r.logn(70, 0.7) + got / 4) * sec;
        const fu = r.wpick([[0, 4], [1, 3], [2, 1.5], [3, 0.5]] as [number, number][]);
        for (let f = 0; f < fu; f++) {
          hist.push({ role: "user", content: k12Follow(r, lang, ask.ans, ask.wrong) });
          got = c.emit(ts, key, r.pick(fl), "/v1/chat/completions", oaChat(model, hist.slice(-9), 1200, { temperature: 0.5 }), r.logn(200, 0.5));
          hist.push({ role: "assistant", content: `${K12[lang].intro} ${ask.ans ? K12[lang].answer + ": " + ask.ans : ""}` });
          ts += (r.logn(50, 0.7) + got / 4) * sec;
        }
      }
    }
  }
}

// ==================================================================== 5. university course assistant (exam on Tuesday)
const STAT_TOPICS = ["conditional probability", "Bayes' rule", "binomial distribution", "Poisson approximation", "expected value and variance", "the normal distribution and z-scores", "the central limit theorem", "confidence intervals for a mean", "hypothesis tests and p-values", "linear regression and R²", "covariance vs correlation", "joint and marginal distributions"];
export function uniCourse(c: Ctx): void {
  const r = c.r;
  const key = c.key("svc");
  const srcs = [instIp(r, "dfn"), instIp(r, "dfn")];
  const SYS = "You are the teaching assistant bot for STAT 1020 'Probability and Statistics for Engineers' (Winter 2026/27, Prof. Albrecht). Help students understand the material; explain with worked examples. For graded assignment questions (Problem Sets 9-10), give hints, not full solutions. The final exam is on Tuesday 19 January. Lecture notes chapters 1-11 are in scope.";
  const tz = 1;
  const boost = (t: number) => { const d = Math.floor((t + tz * HOUR - T0) / DAY); return [1, 0.9, 2.2, 3.4][d] ?? 1; };
  for (let s = 0; s < 900; s++) {
    let ts = draw(r, tz, "student", T0, T_END, boost);
    const topic = r.pick(STAT_TOPICS);
    const hist: Msg[] = [{ role: "system", content: SYS }];
    const turns = r.wpick([[1, 3], [2, 3], [3, 2], [5, 1]] as [number, number][]);
    for (let i = 0; i < turns; i++) {
      const q = i === 0 ? r.pick([`can you explain ${topic} again, I missed the lecture`, `old exam question: ${r.pick(["P(A)=0.3, P(B|A)=0.6, P(B|not A)=0.2, find P(A|B)", "X~Bin(20, 0.15), find P(X≥3)", "a sample of 36 has mean 52.1 and s=6, build a 95% CI", "is a p-value of 0.07 significant at 5%? what does it mean"])}`, `what's the difference between ${topic} and ${r.pick(STAT_TOPICS)}?`, `is ${topic} going to be on the final?`, `PS10 Q${r.int(1, 6)}: I'm stuck on ${topic}, can I get a hint?`]) : r.pick(["ok but why do we use n-1 there", "can you do a numeric example", "what would that look like on the exam", "and if the sample size doubles?", "thanks, one more: how do I know which test to use"]);
      hist.push({ role: "user", content: q });
      const got = c.emit(ts, key, r.pick(srcs), "/v1/chat/completions", oaChat("gpt-4.1", hist.slice(), 1500, { temperature: 0.3, user: `matr-${r.int(400000, 499999)}` }), r.logn(450, 0.4));
      hist.push({ role: "assistant", content: `Sure. ${topic[0].toUpperCase() + topic.slice(1)}: here is the idea, then a worked example. … (${got} tokens)` });
      ts += (r.logn(90, 0.6) + got / 5) * sec;
    }
  }
}

// ==================================================================== 6. enterprise internal gateway
const DEPTS: [string, number, (r: Rng) => string, string, number][] = [
  ["legal", 1, (r) => `Bitte prüfe diese Klausel auf Risiken für uns als Auftragnehmer: "${r.pick(["Der Auftragnehmer haftet unbeschränkt für sämtliche Schäden.", "Die Gewährleistungsfrist beträgt 60 Monate ab Abnahme.", "Vertragsstrafe 0,5 % pro Werktag Verzug, höchstens 10 %."])}"`, "gpt-4.1", 600],
  ["hr", 1, (r) => r.pick(["Draft a job ad for a " + r.pick(["Werkstudent Vertrieb", "maintenance technician (m/w/d)", "SAP FI consultant"]) + ", 200 words, inclusive language", "Fasse die Regelung zu Überstunden aus unserem Betriebsrat-Protokoll zusammen: …", "write a friendly reminder about the annual safety training deadline"]), "gpt-4o", 350],
  ["finance", 1.3, (r) => r.pick([`Explain the variance: budget €${r.int(200, 900)}k, actual €${r.int(200, 900)}k for cost centre 4${r.int(100, 999)}, drivers were freight and energy.`, "Excel formula to sum column D where column B is 'DE' and column C is in Q4 2026", "Erkläre den Unterschied zwischen Rückstellung und Rücklage kurz für das Controlling-Team"]), "gpt-4.1-mini", 250],
  ["engineering", 1.6, (r) => r.pick(["Python: parse this CSV of sensor readings and resample to 1-minute means", "PLC alarm 'E-217 Drehmoment überschritten' appears after the firmware update, possible causes?", `Review this function:\n\`\`\`python\ndef rpm_avg(xs):\n    return sum(xs)/len(xs) if xs else None\n\`\`\``, "Write a unit test for a gear-ratio calculation with pytest"]), "gpt-4.1", 500],
  ["marketing", 1, (r) => r.pick(["LinkedIn post announcing our new " + r.pick(["servo drive KA-7", "service portal", "plant in Brno"]) + ", 3 variants, DE and EN", "Pressemitteilung für die Hannover Messe, 300 Wörter", "10 subject lines for the Q1 newsletter"]), "gpt-4o", 450],
  ["sales", 1.2, (r) => r.pick([`Write a follow-up email to ${r.pick(["Mr. Okafor", "Frau Lindqvist", "Ms. Tanaka"])} after the trade fair, mention the 6-week lead time`, "Translate this quote summary into Italian for our distributor", "Summarise the customer's complaint and propose next steps: …"]), "gpt-4o-mini", 300],
  ["support", 0.8, (r) => r.pick(["Customer asks how to reset the drive to factory settings, firmware 3.2", "Antwort auf Reklamation wegen Lieferverzug, höflich, ohne Schuldeingeständnis"]), "gpt-4o-mini", 250],
];
export function enterpriseGateway(c: Ctx): void {
  const r = c.r;
  const key = c.key("svc");
  const offices = [instIp(r, "zscalerEu"), instIp(r, "zscalerEu"), instIp(r, "zscalerEu"), instIp(r, "zscalerUs")];
  const tz = 1;
  const wsum = DEPTS.reduce((s, d) => s + d[1], 0);
  for (let i = 0; i < 3300; i++) {
    const [dept, , ask, model, comp] = r.wpick(DEPTS.map((d) => [d, d[1] / wsum] as [typeof d, number]));
    const ts = draw(r, tz, "office");
    const sys = `Kessler Antriebstechnik GmbH internal assistant (department: ${dept}). Do not include customer personal data in answers. Answer in the language of the question.`;
    const src = localHour(ts, tz) > 17 || localDow(ts, tz) % 6 === 0 ? offices[3] : r.pick(offices.slice(0, 3));
    c.emit(ts, key, src, "/v1/chat/completions", oaChat(model, [{ role: "system", content: sys }, { role: "user", content: ask(r) }], 2000, { temperature: 0.3, user: `${dept}.${r.pick(FIRST).toLowerCase()}` }), r.logn(comp, 0.4));
    if (dept === "engineering" && r.p(0.3)) {
      c.emit(ts + 800, key, src, "/v1/embeddings", { model: "text-embedding-3-large", input: [ask(r)] }, 0);
    }
  }
  // weekday-night re-index of the intranet wiki (batched embeddings)
  for (let d = 0; d < NDAYS; d++) {
    const t = at(d, 1.5, tz);
    if (localDow(t, tz) === 0 || localDow(t, tz) === 6) continue;
    for (let b = 0; b < 60; b++) {
      const chunks = Array.from({ length: 64 }, () => `${r.pick(["Wartungsplan", "Sicherheitsunterweisung", "Travel policy", "Produktdatenblatt KA", "Onboarding"])} ${r.int(1, 400)}: ${r.pick(["Die Prüfung erfolgt halbjährlich durch eine befähigte Person.", "Bookings above €800 need approval.", "Nenndrehmoment 12 Nm, Schutzart IP65.", "Bitte Zugangskarte am ersten Tag am Empfang abholen."])}`);
      c.emit(t + b * 9000 + r.int(0, 3000), key, offices[0], "/v1/embeddings", { model: "text-embedding-3-large", input: chunks, encoding_format: "base64" }, 0);
    }
  }
}

// ==================================================================== 7. language-learning app
const SENT: Record<string, string[]> = {
  en: ["I would like a table for two by the window.", "We missed the last train, so we took a taxi.", "If it rains tomorrow, we will stay at home.", "She has been learning the piano for three years.", "Could you tell me where the pharmacy is?", "I didn't know you were coming."],
  es: ["Quisiera una mesa para dos junto a la ventana.", "Perdimos el último tren, así que tomamos un taxi.", "Si llueve mañana, nos quedaremos en casa.", "Lleva tres años aprendiendo piano.", "¿Podría decirme dónde está la farmacia?", "No sabía que venías."],
  fr: ["Je voudrais une table pour deux près de la fenêtre.", "Nous avons raté le dernier train, alors nous avons pris un taxi.", "S'il pleut demain, nous resterons à la maison.", "Elle apprend le piano depuis trois ans.", "Pourriez-vous me dire où est la pharmacie ?", "Je ne savais pas que tu venais."],
  de: ["Ich hätte gern einen Tisch für zwei am Fenster.", "Wir haben den letzten Zug verpasst, also haben wir ein Taxi genommen.", "Wenn es morgen regnet, bleiben wir zu Hause.", "Sie lernt seit drei Jahren Klavier.", "Könnten Sie mir sagen, wo die Apotheke ist?", "Ich wusste nicht, dass du kommst."],
  ja: ["窓際の二人席をお願いしたいです。", "終電に乗り遅れたので、タクシーに乗りました。", "明日雨が降ったら、家にいます。", "彼女は三年間ピアノを習っています。", "薬局はどこか教えていただけますか。", "あなたが来るとは知りませんでした。"],
  tr: ["Pencere kenarında iki kişilik bir masa istiyorum.", "Son treni kaçırdık, bu yüzden taksiye bindik.", "Yarın yağmur yağarsa evde kalacağız.", "Üç yıldır piyano öğreniyor.", "Eczanenin nerede olduğunu söyler misiniz?", "Geleceğini bilmiyordum."],
  ko: ["창가 쪽 2인석으로 부탁드립니다.", "막차를 놓쳐서 택시를 탔어요.", "내일 비가 오면 집에 있을 거예요.", "그녀는 3년 동안 피아노를 배우고 있어요.", "약국이 어디에 있는지 알려 주시겠어요?", "네가 오는 줄 몰랐어."],
};
const GRAMMAR: [string, string, string[]][] = [
  ["en", "es", ["when do I use ser vs estar?", "explain the subjunctive after 'ojalá'", "por vs para, with examples please"]],
  ["en", "fr", ["when is it passé composé vs imparfait?", "why is it 'je me suis levé' with être?", "explain y and en pronouns"]],
  ["en", "de", ["why does the verb go to the end after 'weil'?", "explain dative vs accusative prepositions", "when do I use 'wo' vs 'wohin'?"]],
  ["en", "ja", ["what's the difference between は and が?", "how do te-form requests work?", "when do I use keigo like いただけますか?"]],
  ["en", "ko", ["what's the difference between 은/는 and 이/가?", "explain -아/어서 vs -니까"]],
  ["tr", "en", ["present perfect ile past simple farkı ne?", "'used to' ne zaman kullanılır?"]],
  ["es", "en", ["¿cuándo se usa 'since' y cuándo 'for'?", "diferencia entre 'make' y 'do'"]],
  ["ja", "en", ["現在完了形と過去形の違いを教えてください", "冠詞の a と the の使い分けは？"]],
  ["de", "en", ["Wann benutzt man 'will' und wann 'going to'?", "Unterschied zwischen 'say' und 'tell'?"]],
];
export function languageApp(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("proj"), c.key("proj")];
  const fl = fleet(r, ["gcpUs", "gcpEu", "gcpAsia"], 6);
  for (let s = 0; s < 1700; s++) {
    const [native, target, gqs] = r.pick(GRAMMAR);
    const tz = ({ en: -5, tr: 3, es: -3, ja: 9, de: 1 } as Record<string, number>)[native] ?? 0;
    let ts = draw(r, tz, "consumer");
    const mode = r.wpick([["drill", 5], ["grammar", 2], ["roleplay", 2]] as [string, number][]);
    const key = r.pick(keys);
    if (mode === "drill") {
      const idx = r.int(0, 5);
      const src = SENT[native][idx], ref = SENT[target][idx];
      const attempt = r.p(0.4) ? ref : ref.split(" ").filter((_, i, a) => i !== r.int(0, a.length - 1)).join(" ");
      const n = r.int(1, 4);
      for (let i = 0; i < n; i++) {
        const body = oaChat("gpt-4o-mini", [{ role: "system", content: `You grade translation exercises from ${native} to ${target} for a learner at level ${r.pick(["A2", "B1", "B2"])}. Return JSON: {"score":0-100,"corrected":"...","explanation":"..."} with the explanation in ${native}.` }, { role: "user", content: `Source: ${src}\nLearner: ${attempt}` }], 300, { temperature: 0, response_format: { type: "json_object" } });
        const got = c.emit(ts, key, r.pick(fl), "/v1/chat/completions", body, r.logn(90, 0.3));
        ts += (r.logn(35, 0.5) + got / 5) * sec;
      }
    } else if (mode === "grammar") {
      c.emit(ts, key, r.pick(fl), "/v1/chat/completions", oaChat("gpt-4.1-mini", [{ role: "system", content: `You are a ${target} teacher. Explain grammar clearly in the learner's language (${native}) with 3 short example sentences in ${target}.` }, { role: "user", content: r.pick(gqs) }], 700, { temperature: 0.4 }), r.logn(320, 0.3));
    } else {
      const hist: Msg[] = [];
      const scene = r.pick(["ordering at a café", "checking into a hotel", "asking for directions", "a job interview", "returning a shirt at a shop"]);
      const sys = `Role-play partner for ${target} practice: ${scene}. Speak only ${target}, short turns (1-2 sentences), level ${r.pick(["A2", "B1"])}. After the learner's 6th turn, give feedback in ${native}.`;
      const n = r.int(3, 8);
      for (let i = 0; i < n; i++) {
        hist.push({ role: "user", content: i === 0 ? SENT[target][r.int(0, 5)] : r.pick(SENT[target]) });
        const got = c.emit(ts, key, r.pick(fl), "/v1/chat/completions", oaChat("gpt-4o-mini", [{ role: "system", content: sys }, ...hist], 200, { temperature: 0.8 }), r.logn(45, 0.4));
        hist.push({ role: "assistant", content: r.pick(SENT[target]) });
        ts += (r.logn(20, 0.6) + got / 4) * sec;
      }
    }
  }
}

// ==================================================================== 8. support bot with off-topic users
const TELCO_Q = ["my internet keeps dropping every evening", "why is my bill higher this month", "how do I change my wifi password", "is there an outage in " + "{city}", "I want to cancel my contract", "can I upgrade to 1 gig", "the router light is blinking orange", "how do i port my number"];
const OFFTOPIC = ["can you help with my kid's math homework: what is 3/4 of 120", "write me a short poem for my wife's birthday", "what's a good recipe for chicken thighs", "who won the world cup in 2014", "explain how a VPN works", "write a python script to rename files by date", "translate 'where is the train station' to Italian", "what's the capital of Australia", "how do I get rid of fruit flies", "is it safe to mix bleach and vinegar"];
export function supportBot(c: Ctx): void {
  const r = c.r;
  const key = c.key("ant");
  const fl = fleet(r, ["azUs"], 3);
  const sys = [{ type: "text", text: "You are Nova, the support assistant for Brightline Fiber (US internet and phone provider). Help customers with billing, connectivity, equipment and plans. Policies: never promise credits above $20; escalate cancellations to a human; for outages, check the area first. If a customer asks something unrelated to Brightline, you may answer briefly and helpfully, then steer back to their account.\n\nTroubleshooting basics: power-cycle router 30 s; orange light = no signal from the ONT; evening drops often = wifi congestion, suggest 5 GHz band.", cache_control: { type: "ephemeral" } }];
  for (let s = 0; s < 1500; s++) {
    const tz = r.pick([-5, -6, -7, -8]);
    let ts = draw(r, tz, "consumer");
    const hist: Msg[] = [];
    const turns = r.wpick([[1, 2], [2, 3], [3, 2], [5, 1]] as [number, number][]);
    for (let i = 0; i < turns; i++) {
      const off = r.p(i === 0 ? 0.22 : 0.3);
      const q = off ? r.pick(OFFTOPIC) : r.pick(TELCO_Q).replace("{city}", r.pick(["Tulsa", "Boise", "Raleigh", "Fresno"]));
      hist.push({ role: "user", content: q });
      const got = c.emit(ts, key, r.pick(fl), "/v1/messages", antMsg("claude-haiku-4-5", sys, hist.slice(), 800, { temperature: 0.3 }), r.logn(off ? 220 : 130, 0.4));
      hist.push({ role: "assistant", content: off ? "Happy to help with that quickly! … Is there anything I can check on your Brightline account today?" : "I'm sorry about that — let's sort it out. …" });
      ts += (r.logn(40, 0.6) + got / 4) * sec;
    }
  }
}

// ==================================================================== 9. trust & safety classifier (logprobs, short)
const COMMENT_A = ["lol", "this is so true", "you people are", "nobody asked", "check out my profile", "I disagree but", "great video", "free crypto at", "wow", "go back to", "can't believe", "congrats!!"];
const COMMENT_B = ["the best thing I've seen today", "clueless about everything", "link in bio", "respectfully, the data says otherwise", "for real", "bit.ly/" , "where you came from", "what a game last night", "my cat does the same", "this should be illegal"];
export function moderation(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("proj"), c.key("proj")];
  const fl = fleet(r, ["awsOr", "awsOr", "awsDub"], 6);
  const SYS = "You are a content moderation classifier for a social app. Label the comment with exactly one of: OK, SPAM, HARASSMENT, HATE, SELF_HARM, SEXUAL, VIOLENCE. Output only the label.";
  for (let i = 0; i < 3600; i++) {
    const ts = draw(r, -8, "global");
    const txt = `${r.pick(COMMENT_A)} ${r.pick(COMMENT_B)}${r.pick(["", "", " 😂", " !!", " " + r.int(1, 99)])}`;
    const legacy = r.p(0.15);
    if (legacy) {
      c.emit(ts, keys[1], r.pick(fl), "/v1/completions", { model: "gpt-3.5-turbo-instruct", prompt: `${SYS}\n\nComment: ${txt}\nLabel:`, max_tokens: 3, temperature: 0, logprobs: 5 }, 2);
    } else {
      c.emit(ts, keys[0], r.pick(fl), "/v1/chat/completions", oaChat("gpt-4.1-nano", [{ role: "system", content: SYS }, { role: "user", content: txt }], 3, { temperature: 0, logprobs: true, top_logprobs: 5, seed: 7 }), 2);
    }
  }
}

// ==================================================================== 10. docs-search SaaS: embeddings heavy + RAG answers
export function docsRag(c: Ctx): void {
  const r = c.r;
  const key = c.key("proj");
  const fl = fleet(r, ["hetzner", "hetzner", "hetznerFi"], 3);
  const PRODUCTS = ["Fleetboard", "Invoicely", "Parcelo", "Learnly", "Shiftwise"];
  const chunk = (p: string) => `${p} docs › ${r.pick(["Getting started", "API reference", "Billing", "SSO", "Webhooks", "Troubleshooting"])} › ${r.pick(["To enable SAML, open Settings → Security and upload your IdP metadata.", "Webhooks are retried with exponential backoff for up to 24 hours.", "Rate limits are 600 requests per minute per workspace.", "Invoices are generated on the 1st of each month in UTC.", "Use the /v2/exports endpoint to download CSV files larger than 50 MB."])} ${r.pick(["See also the FAQ.", "Available on Pro and Enterprise.", "Changed in v3.4.", ""])}`;
  // customer re-index jobs (bursty, any hour)
  for (let j = 0; j < 26; j++) {
    const p = r.pick(PRODUCTS);
    let ts = draw(r, 1, "flat");
    const nb = r.int(20, 90);
    for (let b = 0; b < nb; b++) {
      c.emit(ts, key, fl[0], "/v1/embeddings", { model: "text-embedding-3-small", input: Array.from({ length: 96 }, () => chunk(p)), dimensions: 512 }, 0);
      ts += r.logn(1800, 0.3);
    }
  }
  // end-user searches: query embedding, then an answer
  for (let i = 0; i < 1000; i++) {
    const p = r.pick(PRODUCTS);
    const tz = r.pick([-5, 0, 1, 1, 2]);
    const ts = draw(r, tz, "office");
    const q = r.pick(["how do I set up SSO", "webhook keeps failing", "rate limit?", "where are invoices", "export bigger than 50mb", "can I change my billing date"]);
    c.emit(ts, key, fl[1], "/v1/embeddings", { model: "text-embedding-3-small", input: q, dimensions: 512 }, 0);
    if (r.p(0.7)) {
      const ctx = Array.from({ length: r.int(3, 6) }, () => chunk(p)).join("\n---\n");
      c.emit(ts + r.int(300, 900), key, fl[1], "/v1/responses", respBody("gpt-4.1-mini", `Answer using only the ${p} documentation excerpts. Cite the section names. If the answer is not in the excerpts, say so.`, `Excerpts:\n${ctx}\n\nQuestion: ${q}`, 500, { temperature: 0.1 }), r.logn(140, 0.4));
    }
  }
}

// ==================================================================== 11. individual developers (residential)
export function devIndividuals(c: Ctx): void {
  const r = c.r;
  const CC: [string, number][] = [["US", -6], ["GB", 0], ["DE", 1], ["PL", 1], ["IN", 5.5], ["BR", -3], ["VN", 7], ["TR", 3], ["JP", 9], ["CA", -5]];
  for (let d = 0; d < 34; d++) {
    const [cc, tz] = r.pick(CC);
    const ant = r.p(0.4);
    const key = c.key(ant ? "ant" : r.p(0.5) ? "proj" : "legacy");
    let home = homeIp(r, cc);
    const nSess = r.int(2, 9);
    for (let s = 0; s < nSess; s++) {
      let ts = draw(r, tz, "dev");
      if (r.p(0.1)) home = homeIp(r, cc);
      const hist: Msg[] = [];
      const n = r.int(1, 10);
      for (let i = 0; i < n; i++) {
        hist.push({ role: "user", content: r.pick(["why does this throw `TypeError: Cannot read properties of undefined (reading 'map')`", "write a bash one-liner to find the 10 largest files", "convert this to async/await", "explain what this regex does: ^(?=.*\\d)(?=.*[a-z]).{8,}$", "how do I debounce in React without lodash", "rust: borrowed value does not live long enough, how to fix", "write a Dockerfile for a FastAPI app", "what's wrong with my SQL: SELECT name, count(*) FROM users", "refactor this into smaller functions", "add type hints"]) + (r.p(0.5) ? `\n\n\`\`\`\n${"    const items = data.items.map((x) => x.id);\n".repeat(r.int(1, 12))}\`\`\`` : "") });
        const model = ant ? r.pick(["claude-sonnet-4-5", "claude-opus-4-1"]) : r.pick(["gpt-4.1", "o4-mini", "gpt-5-mini"]);
        const got = ant
          ? c.emit(ts, key, home, "/v1/messages", antMsg(model, "You are a concise senior engineer.", hist.slice(), 4096), r.logn(500, 0.6))
          : c.emit(ts, key, home, "/v1/chat/completions", oaChat(model, hist.slice(), 4096, { stream: true, stream_options: { include_usage: true } }), r.logn(500, 0.6));
        hist.push({ role: "assistant", content: "Here's a fix:\n```\n…\n```\nThe issue is …" });
        ts += (r.logn(120, 0.9) + got / 3) * sec;
      }
    }
  }
}

// ==================================================================== 12. teacher worksheet generator
export function worksheets(c: Ctx): void {
  const r = c.r;
  const key = c.key("ant");
  const fl = fleet(r, ["awsDub"], 2);
  for (let i = 0; i < 700; i++) {
    const tz = r.pick([0, 1, -5, 10]);
    const ts = draw(r, tz, "evening");
    const subj = r.pick(["fractions", "the water cycle", "persuasive writing", "World War I causes", "simple machines", "multiplication facts", "reading comprehension: " + r.pick(["The Tortoise and the Hare", "a short text about volcanoes"]), "Spanish greetings", "area of triangles"]);
    const body = antMsg("claude-sonnet-4-5", "You create printable classroom worksheets. Structure: title, learning objective, 8-12 questions of increasing difficulty, and an answer key with brief worked solutions. Match the grade level and curriculum given.", [{ role: "user", content: `Grade ${r.int(2, 9)}, ${r.pick(["UK National Curriculum", "Common Core", "Australian Curriculum", "IB PYP"])}. Topic: ${subj}. ${r.pick(["Include one challenge question.", "Differentiate into two levels.", "Add a short warm-up.", ""])}` }], 3000, { temperature: 0.7 });
    c.emit(ts, key, r.pick(fl), "/v1/messages", body, r.logn(1300, 0.3));
  }
}

// ==================================================================== benchmark: academic evaluation lab
interface Item { id: string; q: string; choices?: string[] }
export function evalLab(c: Ctx): void {
  const r = c.r;
  const key = c.key("proj");
  const srcs = [instIp(r, "switch"), instIp(r, "switch")];
  const tz = 1;
  // fixed sets: generated from a fixed stream so that every run sends the same items
  const fix = c.r.fork("bench-sets");
  const gsm: Item[] = Array.from({ length: 300 }, (_, i) => {
    const a = fix.int(3, 40), b = fix.int(2, 9), p = fix.int(2, 12);
    return { id: `gsm-${i}`, q: `${fix.pick(FIRST)} buys ${a} packs of stickers with ${b} stickers each, gives away ${p} stickers to each of ${fix.int(2, 6)} friends, and then buys ${fix.int(5, 30)} more stickers. How many stickers does ${fix.pick(["she", "he", "they"])} have now?` };
  });
  const mcq: Item[] = Array.from({ length: 260 }, (_, i) => {
    const h = hardQuestion(fix);
    return { id: `sci-${i}`, q: h.q, choices: ["A", "B", "C", "D"].map((l) => `${l}) ${fix.int(1, 999)}${fix.pick(["", "/2", "π", " m/s", "%"])}`) };
  });
  const code: Item[] = Array.from({ length: 120 }, (_, i) => ({ id: `code-${i}`, q: `def ${fix.pick(["count", "merge", "rotate", "dedupe", "window", "parse"])}_${fix.pick(["pairs", "intervals", "matrix", "tokens", "runs", "digits"])}_${i}(xs: list[int], k: int) -> list[int]:\n    """${fix.pick(["Return the k largest sums of contiguous pairs.", "Merge overlapping intervals encoded as flat pairs and return their lengths.", "Rotate xs right by k and return the prefix sums.", "Return elements appearing exactly k times, in first-seen order."])}\n    >>> ...\n    """\n` }));
  const run = (t: number, set: Item[], model: string, mode: "cot" | "mcq" | "code", n: number) => {
    for (const it of set) {
      let body: Record<string, unknown>;
      let comp: number;
      if (mode === "code") {
        body = oaChat(model, [{ role: "user", content: `Complete the following Python function. Return only the code.\n\n${it.q}` }], 768, { temperature: 0.8, top_p: 0.95, n });
        comp = r.logn(140, 0.4);
      } else if (mode === "mcq") {
        body = oaChat(model, [{ role: "system", content: "Answer the multiple-choice question. Think step by step, then finish with 'Answer: X'." }, { role: "user", content: `${it.q}\n\n${it.choices!.join("\n")}` }], 2048, { temperature: 0 });
        comp = r.logn(600, 0.4);
      } else {
        body = oaChat(model, [{ role: "user", content: `Solve the problem. Reason step by step and put the final answer after '####'.\n\nQuestion: ${it.q}` }], 1024, { temperature: 0 });
        comp = r.logn(220, 0.35);
      }
      c.emit(t, key, srcs[0], "/v1/chat/completions", body, comp);
      t += r.logn(1400, 0.3);
    }
    return t;
  };
  // nightly regression re-runs of the fixed small sets, 02:00 local, every night
  for (let d = 0; d < NDAYS; d++) {
    let t = at(d, 2 + r.f() * 0.2, tz);
    t = run(t, gsm.slice(0, 150), "gpt-4.1-mini", "cot", 1);
    run(t, mcq.slice(0, 100), "gpt-4.1-mini", "mcq", 1);
  }
  // one-off: full sets against two models Saturday afternoon, pass@5 code on Monday
  let t = at(1, 14.2, tz);
  t = run(t, gsm, "gpt-4.1", "cot", 1);
  t = run(t, mcq, "gpt-4.1", "mcq", 1);
  run(t, mcq, "o4-mini", "mcq", 1);
  run(at(3, 10.5, tz), code, "gpt-4.1", "code", 5);
  run(at(3, 15, tz), code, "gpt-4o", "code", 5);
}
