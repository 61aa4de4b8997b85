/**
 * Harvesting, part 3: agent trajectories over forged tool results; a real study app whose owner runs
 * a harvest through the app's own key and backend; harvests sent as batches (Anthropic message
 * batches and OpenAI batch files); instruction evolution (rewrite, then answer); many samples per
 * prompt for preference data; and a parallel corpus harvested through a translation wrapper.
 */
import { type Ctx, type R, type Src, D, H, M, S, START, END, answerLen, b62, clip, cloud, egress, fill, hexId, latency, personGap, promptTokens, when } from "./core.ts";
import { EN_DOMAINS, EN_TOPICS, TOPICS, freshTopic } from "./topics.ts";

// =================================================================== tool-calling trajectories
const f = (name: string, description: string, props: Record<string, string>) => ({ type: "function", function: { name, description, parameters: { type: "object", properties: Object.fromEntries(Object.entries(props).map(([k, t]) => [k, { type: t }])), required: Object.keys(props).slice(0, 1) } } });
const TOOL_POOL = [
  f("get_weather", "Current weather and 3-day forecast for a city.", { city: "string", units: "string" }),
  f("search_flights", "Search flights between two airports on a date.", { origin: "string", destination: "string", date: "string", passengers: "integer" }),
  f("book_hotel", "Reserve a hotel room.", { hotel_id: "string", check_in: "string", nights: "integer" }),
  f("get_stock_quote", "Latest price and daily change for a ticker.", { ticker: "string" }),
  f("crm_lookup", "Find a customer record by email or name.", { query: "string" }),
  f("crm_update", "Update fields on a customer record.", { customer_id: "string", fields: "object" }),
  f("calendar_create", "Create a calendar event.", { title: "string", start: "string", duration_minutes: "integer", attendees: "array" }),
  f("send_email", "Send an email.", { to: "string", subject: "string", body: "string" }),
  f("read_file", "Read a text file from the workspace.", { path: "string" }),
  f("write_file", "Write a text file to the workspace.", { path: "string", content: "string" }),
  f("run_python", "Execute Python code and return stdout.", { code: "string" }),
  f("sql_query", "Run SQL on the sales database.", { query: "string" }),
  f("web_search", "Search the web and return the top results.", { q: "string", num: "integer" }),
  f("fetch_url", "Fetch a web page as text.", { url: "string" }),
  f("convert_currency", "Convert an amount between currencies.", { amount: "number", from: "string", to: "string" }),
  f("geocode", "Coordinates for an address.", { address: "string" }),
  f("route_plan", "Driving or transit route between two points.", { from: "string", to: "string", mode: "string" }),
  f("recipe_search", "Find recipes by ingredients.", { ingredients: "array", diet: "string" }),
  f("translate_text", "Translate text.", { text: "string", target: "string" }),
  f("create_invoice", "Create an invoice in the accounting system.", { customer_id: "string", lines: "array", currency: "string" }),
  f("inventory_check", "Stock level of a SKU per warehouse.", { sku: "string" }),
  f("create_github_issue", "Open an issue in a repository.", { repo: "string", title: "string", body: "string" }),
  f("list_pull_requests", "List open pull requests.", { repo: "string", state: "string" }),
  f("kubectl", "Run a read-only kubectl command.", { args: "string" }),
  f("unit_convert", "Convert between units.", { value: "number", from_unit: "string", to_unit: "string" }),
  f("get_exchange_holidays", "Public holidays for a country and year.", { country: "string", year: "integer" }),
];
const TRAJ_TASKS = [
  "I'm flying from {a} to {b} on {d} with {n} people. Find the cheapest option, check the weather at the destination for that week and draft an email to the group with the plan.",
  "Customer {e} says they were double-billed. Look them up, check their last invoices, fix the record if needed and write them a reply.",
  "Load {file}, compute the monthly revenue growth with Python, and save a short markdown report next to it.",
  "Which of our SKUs in the {cat} category will run out within two weeks at the current sales rate? Use the database and inventory tool.",
  "Plan a {n}-day trip to {b}: flights from {a}, a hotel near the centre, and a day-by-day schedule that avoids public holidays.",
  "The {svc} deployment is crash-looping. Find out why from the cluster and open a GitHub issue with your findings.",
  "Convert our price list in {file} from EUR to {cur}, round to sensible price points and write the new file.",
  "Research the three most cited arguments for and against {topic}, using web search, and write a balanced briefing.",
  "Find a vegetarian recipe for {n} people using {ing}, convert all quantities to metric and email it to {e}.",
  "Compare the share price moves of {t1} and {t2} this week and explain what news might account for the difference.",
];
const TRAJ_SYSTEM = "You are an autonomous agent with access to tools. Before every tool call, write one or two sentences explaining what you are about to do and why. Chain as many calls as the task needs. After the last tool result, write a complete answer for the user that explains how you reached it, including any calculations.";
function forged(r: R, name: string): string {
  switch (name) {
    case "search_flights": return JSON.stringify({ results: Array.from({ length: r.int(2, 5) }, () => ({ flight: r.pick(["LH", "AF", "TK", "UA", "QR"]) + r.int(100, 999), depart: `${r.int(5, 22)}:${r.pick(["05", "20", "45"])}`, stops: r.int(0, 2), price_eur: r.int(90, 1400) })) });
    case "get_weather": return JSON.stringify({ temp_c: r.int(-5, 34), condition: r.pick(["rain", "clear", "cloudy", "snow showers"]), forecast: [r.int(-3, 33), r.int(-3, 33), r.int(-3, 33)] });
    case "sql_query": return JSON.stringify({ rows: Array.from({ length: r.int(3, 10) }, () => ({ sku: "SKU-" + r.int(1000, 9999), sold_30d: r.int(10, 900), stock: r.int(0, 500) })) });
    case "run_python": return `month  revenue  growth\n${Array.from({ length: 6 }, (_, i) => `2026-${String(i + 7).padStart(2, "0")}  ${r.int(80, 200)}k  ${(r.f() * 20 - 5).toFixed(1)}%`).join("\n")}`;
    case "kubectl": return `NAME                          READY   STATUS             RESTARTS\n${r.pick(["api", "worker", "billing"])}-${hexId(r, 6)}   0/1     CrashLoopBackOff   ${r.int(5, 40)}\nLast log: ${r.pick(["panic: missing env DATABASE_URL", "OOMKilled", "failed to bind :8080: address already in use"])}`;
    case "web_search": return JSON.stringify({ results: Array.from({ length: 3 }, () => ({ title: r.pick(["Policy brief", "Opinion", "Review article", "News analysis"]) + " " + r.int(1, 99), snippet: "…" })) });
    default: return JSON.stringify({ ok: true, id: b62(r, 10), note: r.pick(["done", "updated", "created", "no change needed"]) });
  }
}
export function toolTrajectory(c: Ctx): void {
  const r = c.r;
  const homes = ["awsUsEast", "doNyc", "oracle"] as const;
  for (let k = 0; k < 3; k++) {
    const key = c.key("proj");
    const src = cloud(r, homes[k]);
    for (let day = 0; day < 4; day++) {
      const sessions = r.int(1, 3);
      for (let s = 0; s < sessions; s++) {
        const t0 = when(r, 0, "always", START + day * D, START + (day + 1) * D);
        const lanes = [t0, t0 + 3 * S, t0 + 7 * S];
        const tasks = r.int(7, 13);
        for (let j = 0; j < tasks; j++) {
          const li = j % 3;
          const tools = r.some(TOOL_POOL, r.int(3, 7));
          const task = fill(r, r.pick(TRAJ_TASKS), { a: ["Lisbon", "Nairobi", "Osaka", "Denver", "Krakow"], b: ["Reykjavik", "Hanoi", "Cape Town", "Montreal", "Tbilisi"], d: ["May 3", "June 14", "July 2"], n: String(r.int(2, 6)), e: ["j.moreau@", "k.osei@", "lin.wei@"].map((x) => x + "example.com"), file: ["data/sales_2026.csv", "prices_eu.csv", "q3/export.xlsx"], cat: ["garden", "kitchen", "outdoor"], svc: ["payments-api", "search-indexer"], cur: ["USD", "GBP", "JPY"], topic: EN_TOPICS, ing: ["chickpeas and spinach", "aubergine and feta"], t1: ["ASML", "NVDA", "SAP"], t2: ["TSM", "AMD", "ORCL"] });
          const messages: Record<string, unknown>[] = [{ role: "system", content: TRAJ_SYSTEM }, { role: "user", content: task }];
          const steps = r.int(2, 6);
          let t = lanes[li];
          for (let st = 0; st <= steps; st++) {
            const body = { model: "gpt-4.1", temperature: 0.7, max_tokens: 4096, parallel_tool_calls: true, tool_choice: "auto", tools, messages };
            const final = st === steps;
            const comp = final ? answerLen(r, 750, 0.35, 4096, 200) : answerLen(r, 110, 0.35, 600, 40);
            c.post(t, key, src, "/v1/chat/completions", body, promptTokens(body), comp);
            t += latency(r, comp, 85) + r.int(150, 900);
            if (!final) {
              const calls = r.chance(0.3) ? 2 : 1;
              const tc = Array.from({ length: calls }, () => { const tool = r.pick(tools) as { function: { name: string } }; return { id: "call_" + b62(r, 24), type: "function", function: { name: tool.function.name, arguments: JSON.stringify({ q: task.slice(0, 40), n: r.int(1, 5) }) } }; });
              messages.push({ role: "assistant", content: r.pick(["I'll check this first.", "Next I need the data.", "Let me verify that with the tool.", "Now I can compute the result."]), tool_calls: tc });
              for (const call of tc) messages.push({ role: "tool", tool_call_id: call.id, content: forged(r, call.function.name) });
            }
          }
          lanes[li] = t + r.int(1, 5) * S;
        }
      }
    }
  }
}

// =================================================================== a study app with its owner's harvest mixed in
const QUIZ_SYSTEM = "You are QuizPal's study buddy for high-school and college students. Help them practise: make flashcards, quiz them one question at a time, check answers kindly, and keep replies short unless they explicitly ask for a study guide.";
const QUIZ_OPEN: Record<string, string[]> = {
  en: ["make me 10 flashcards on {t}", "quiz me on {t}, one question at a time", "can you make a 5 question multiple choice quiz about {t}", "flashcards for {t} pls, term on front definition on back", "test me on {t}, i have a quiz friday"],
  es: ["hazme 10 tarjetas de estudio sobre {t}", "pregúntame sobre {t}, de una en una", "hazme un test de 5 preguntas sobre {t}"],
};
const QUIZ_NEXT: Record<string, string[]> = {
  en: ["is it {x}?", "i think it's the second one", "B", "no idea, skip", "next question", "how did i do?", "can you make them harder", "wait why is that wrong", "ok one more round"],
  es: ["es la {x}?", "creo que la segunda", "C", "ni idea, siguiente", "cómo lo hice?", "hazlas más difíciles"],
};
const QUIZ_ANS = ["Nice! That's right.", "Not quite, here's a hint:", "Question 3 of 5:", "Here are your flashcards:", "Great job, 4 out of 5!"];
const HARVEST_ASK = ["Create a complete study guide on {t} for a university exam: explain every concept from first principles, derive the key results, and work through three example problems with full reasoning.", "Write an exhaustive study guide for {t}: definitions, the reasoning behind each result, worked problems with every step shown, and a summary.", "Study guide request: {t}. Cover all subtopics in depth, show each derivation step by step and include practice problems with fully worked solutions."];
export function mixedIntoApp(c: Ctx): void {
  const r = c.r;
  const apps = [
    { key: c.key("proj"), fleet: egress(r, ["awsUsEast", "awsUsEast"], 2), app: 1050, harvest: 420 },
    { key: c.key("proj"), fleet: egress(r, ["awsUsEast", "awsUsWest"], 2), app: 560, harvest: 235 },
  ];
  const studentTopics = [...EN_DOMAINS.biology, ...EN_DOMAINS.history, ...EN_DOMAINS.chemistry, ...EN_DOMAINS.physics, "the French Revolution", "the parts of a cell", "the periodic table", "US state capitals", "Spanish irregular verbs"];
  for (const a of apps) {
    let made = 0;
    while (made < a.app) {
      const lang = r.chance(0.8) ? "en" : "es";
      let t = when(r, lang === "en" ? r.pick([-5, -6, -8]) : -6, "school");
      const messages: { role: string; content: string }[] = [{ role: "system", content: QUIZ_SYSTEM }];
      let user = fill(r, r.pick(QUIZ_OPEN[lang]), { t: lang === "en" ? r.pick(studentTopics) : r.pick(TOPICS.es) });
      const turns = r.chance(0.3) ? 1 : r.int(2, 9);
      for (let i = 0; i < turns; i++) {
        messages.push({ role: "user", content: user });
        const body = { model: "gpt-4.1-mini", temperature: 0.6, max_tokens: 700, messages: messages.length > 15 ? [messages[0], ...messages.slice(-14)] : messages };
        const comp = answerLen(r, i === 0 ? 320 : 70, 0.5, 700, 8);
        if (c.post(t, a.key, r.pick(a.fleet), "/v1/chat/completions", body, promptTokens(body), comp)) made++;
        messages.push({ role: "assistant", content: r.pick(QUIZ_ANS) });
        user = fill(r, r.pick(QUIZ_NEXT[lang]), { x: ["mitochondria", "1789", "photosynthesis", "Paris", "la 3"] });
        t += latency(r, comp, 100) + personGap(r, comp, user.length, 1.4);
      }
    }
    // the owner's harvest: same key, backend, system prompt and model family, spread over the same hours
    const seen = new Set<string>();
    for (let i = 0; i < a.harvest; i++) {
      const t = when(r, r.pick([-5, -6, -8]), "school");
      const body = { model: "gpt-4.1-mini", temperature: 0.6, max_tokens: 4096, messages: [{ role: "system", content: QUIZ_SYSTEM }, { role: "user", content: fill(r, r.pick(HARVEST_ASK), { t: freshTopic(r, EN_TOPICS, seen) }) }] };
      c.post(t, a.key, r.pick(a.fleet), "/v1/chat/completions", body, promptTokens(body), answerLen(r, 2500, 0.3, 4096, 600));
    }
  }
}

// =================================================================== batches
const BATCH_SYSTEM = "Write a reference-quality answer. Reason carefully and show the steps that lead to each conclusion; then give a clear final summary.";
const BATCH_FRAMES = ["{t}", "Give a reference explanation of {t}.", "Question: what is the best way to understand {t}? Work through it.", "Provide a worked, step-by-step treatment of {t}."];
export function batchHarvest(c: Ctx): void {
  const r = c.r;
  const ant = c.key("ant");
  const oai = c.key("proj");
  const antNet = cloud(r, "ovh");
  const oaiNet = cloud(r, "scaleway");
  const seen = new Set<string>();
  const ask = () => {
    const zh = r.chance(0.25);
    return fill(r, zh ? r.pick(["请逐步讲解{t}，每一步都说明理由。", "关于{t}，给出完整的推理过程和总结。"]) : r.pick(BATCH_FRAMES), { t: freshTopic(r, zh ? TOPICS.zh : EN_TOPICS, seen) });
  };
  // Anthropic message batches of 100
  let t = START + r.int(1, 6) * H;
  for (let b = 0; b < 10 && t < END; b++) {
    const requests = Array.from({ length: 100 }, (_, i) => ({ custom_id: `q${b}-${i}-${hexId(r, 6)}`, params: { model: "claude-sonnet-4-5", max_tokens: 8192, system: BATCH_SYSTEM, messages: [{ role: "user", content: ask() }] } }));
    const id = "msgbatch_" + b62(r, 24);
    c.free(t, ant, antNet, "POST", "/v1/messages/batches", { requests }, { inner: 100 });
    let tp = t;
    for (let p = 0; p < r.int(3, 8); p++) { tp += r.int(10, 30) * M; c.free(tp, ant, antNet, "GET", `/v1/messages/batches/${id}`, null); }
    tp += r.int(1, 10) * M;
    c.free(tp, ant, antNet, "GET", `/v1/messages/batches/${id}/results`, null, { results: requests.map((q) => ({ prompt_tokens: 40 + Math.round(q.params.messages[0].content.length / 4), completion_tokens: answerLen(r, 2300, 0.35, 8192, 400) })) });
    t += r.ln(8, 0.3) * H;
  }
  // OpenAI batch files of 150
  t = START + r.int(3, 10) * H;
  for (let b = 0; b < 8 && t < END; b++) {
    const lines = Array.from({ length: 150 }, (_, i) => JSON.stringify({ custom_id: `r${b}-${i}`, method: "POST", url: "/v1/chat/completions", body: { model: "gpt-4.1", max_tokens: 4096, temperature: 0.7, messages: [{ role: "system", content: BATCH_SYSTEM }, { role: "user", content: ask() }] } }));
    const fileId = "file-" + b62(r, 22), batchId = "batch_" + hexId(r, 32), outId = "file-" + b62(r, 22);
    c.free(t, oai, oaiNet, "POST", "/v1/files", { purpose: "batch", file: lines.join("\n") }, { inner: 150 });
    c.free(t + r.int(2, 8) * S, oai, oaiNet, "POST", "/v1/batches", { input_file_id: fileId, endpoint: "/v1/chat/completions", completion_window: "24h" });
    let tp = t + 10 * S;
    for (let p = 0; p < r.int(3, 7); p++) { tp += r.int(15, 45) * M; c.free(tp, oai, oaiNet, "GET", `/v1/batches/${batchId}`, null); }
    c.free(tp + r.int(10, 90) * S, oai, oaiNet, "GET", `/v1/files/${outId}/content`, null, { results: lines.map(() => ({ prompt_tokens: r.int(50, 90), completion_tokens: answerLen(r, 1900, 0.35, 4096, 300) })) });
    t += r.ln(10, 0.3) * H;
  }
}

// =================================================================== instruction evolution
const SEEDS = ["Describe {t} in your own words.", "Give three real-world examples of {t}.", "Write a short story in which {t} plays a role.", "Summarise the main criticisms of {t}.", "Write a Python function related to {t} and explain it.", "What would a beginner misunderstand about {t}?", "Design a lesson plan on {t}."];
const METHODS = ["add one extra constraint or requirement", "make it need several steps of reasoning", "replace general concepts with more specific ones", "ask for a deeper treatment of the same issue", "turn it into a comparison with a related idea", "add a realistic scenario with numbers that must be used"];
const REWRITER = "Below is a task that was given to an assistant. Rewrite it into a harder task that a strong assistant could still answer. Method: {m}. Keep it self-contained, add no more than 60 words, and reply with the rewritten task only.\n\nTask: {s}";
const CONSTRAINTS = ["Your answer must include a worked numerical example and address at least two objections.", "Assume the reader is a graduate student and justify every claim.", "Compare at least two approaches and explain which is better under what conditions.", "Set it in a hospital logistics context and use the figures given: 340 beds, 12% weekly turnover.", "Explain each step of the reasoning and end with a one-paragraph verdict.", "Include a short proof or derivation where one is possible."];
export function evolInstruct(c: Ctx): void {
  const r = c.r;
  const nets = [cloud(r, "doNyc"), cloud(r, "linode")];
  for (let k = 0; k < 2; k++) {
    const key = c.key("user");
    const seen = new Set<string>();
    for (let day = 0; day < 4; day++) {
      let t = when(r, 0, "always", START + day * D, START + day * D + 16 * H);
      const until = t + r.ln(40, 0.3) * M;
      while (t < until) {
        const seed = fill(r, r.pick(SEEDS), { t: freshTopic(r, EN_TOPICS, seen) });
        let task = seed;
        const rounds = r.chance(0.35) ? 2 : 1;
        for (let i = 0; i < rounds; i++) {
          const body = { model: "gpt-4.1-mini", temperature: 0.9, max_tokens: 300, messages: [{ role: "user", content: fill(r, REWRITER, { m: r.pick(METHODS), s: task }) }] };
          const comp = answerLen(r, 110, 0.35, 300, 30);
          c.post(t, key, nets[k], "/v1/chat/completions", body, promptTokens(body), comp);
          t += latency(r, comp, 120) + r.int(200, 1500);
          task = task + " " + r.pick(CONSTRAINTS);
        }
        const body = { model: "gpt-4.1", temperature: 0.7, max_tokens: 3000, messages: [{ role: "user", content: task }] };
        const comp = answerLen(r, 1500, 0.35, 3000, 250);
        c.post(t, key, nets[k], "/v1/chat/completions", body, promptTokens(body), comp);
        t += latency(r, comp, 85) + r.ln(20, 0.5) * S;
      }
    }
  }
}

// =================================================================== many samples per prompt
const PREF_PROMPTS = ["Write a short persuasive paragraph arguing that {claim}.", "Give practical advice to someone who {sit}.", "Explain {t} to a curious twelve-year-old.", "Write a sequence of three haiku about {thing}.", "Draft a polite but firm message to {who} about {issue}.", "What are the strongest arguments on both sides of whether {claim}?"];
const PREF_V = { claim: ["cities should ban cars from their centres", "homework should be optional", "remote work is better for most teams", "museums should be free", "four-day weeks raise productivity"], sit: ["just moved to a new country and feels lonely", "wants to start running at 50", "is overwhelmed by credit card debt", "has to give their first conference talk", "is choosing between two job offers"], thing: ["a night train", "an old lighthouse", "the first snow", "a crowded market"], who: ["a landlord", "a noisy neighbour", "a late-paying client", "a school principal"], issue: ["a broken heater", "late-night music", "an unpaid invoice", "a bullying incident"] };
export function preferenceSampling(c: Ctx): void {
  const r = c.r;
  const oai = c.key("proj");
  const ant = c.key("ant");
  const oaiNet = cloud(r, "vultr");
  const antNet = cloud(r, "hetznerFi");
  const prompt = () => fill(r, r.pick(PREF_PROMPTS), { ...PREF_V, t: r.pick(EN_TOPICS) });
  for (let day = 0; day < 4; day++) {
    let t = when(r, 0, "always", START + day * D, START + day * D + 18 * H);
    for (let i = 0; i < r.int(70, 110); i++) {
      const n = r.pick([4, 6, 8]);
      const body = { model: "gpt-4.1", n, temperature: 1, top_p: 0.95, max_tokens: 1500, messages: [{ role: "user", content: prompt() }] };
      let comp = 0;
      for (let j = 0; j < n; j++) comp += answerLen(r, 420, 0.45, 1500, 60);
      c.post(t, oai, oaiNet, "/v1/chat/completions", body, promptTokens(body), comp);
      t += latency(r, comp / n, 80) + r.int(1, 8) * S;
    }
    let ta = when(r, 0, "always", START + day * D, START + day * D + 18 * H);
    for (let i = 0; i < r.int(24, 34); i++) {
      const body = { model: "claude-sonnet-4-5", max_tokens: 1500, temperature: 1, messages: [{ role: "user", content: prompt() }] };
      for (let j = 0; j < 4; j++) {
        c.post(ta + j * r.int(300, 2500), ant, antNet, "/v1/messages", body, promptTokens(body), answerLen(r, 420, 0.45, 1500, 60));
      }
      ta += r.ln(50, 0.4) * S;
    }
  }
}

// =================================================================== parallel corpus through a translation wrapper
const ENCY = ["{place} is a {kind} in {region}, known for its {feature}.", "The {thing} was first described in {year} by a team working in {region}.", "Under normal conditions, {thing2} behaves very differently from what most people expect.", "Local records show that the {kind} grew rapidly after the arrival of the railway in {year}.", "Critics argued that the policy favoured large landowners over small farmers.", "The species feeds mainly at dawn and can travel up to {n} kilometres in a single night.", "Engineers had to redesign the foundations twice because of the soft clay beneath the site.", "The novel follows three generations of a family of {job}s during a period of rapid change.", "In the final match of the season, the visiting side scored twice in the last ten minutes.", "Most of the original manuscripts were lost in a fire, and only copies survive today.", "The algorithm processes the input in a single pass and needs only a constant amount of memory.", "Patients who received the treatment reported fewer symptoms after {n} weeks."];
const ENCY_V = { place: ["Tromsø", "Valparaíso", "Zanzibar City", "Kraków", "Hoi An", "Matera"], kind: ["port town", "mountain village", "university city", "river delta", "former mining town"], region: ["northern Norway", "central Chile", "East Africa", "southern Poland", "central Vietnam", "southern Italy"], feature: ["wooden churches", "steep funiculars", "spice markets", "salt mines", "lantern festival", "cave dwellings"], thing: ["phenomenon", "mineral", "comet", "enzyme", "manuscript"], thing2: ["supercooled water", "granular sand", "a spinning top", "a non-Newtonian fluid"], year: ["1732", "1851", "1906", "1967", "1988"], n: ["12", "30", "45", "80"], job: ["fisherman", "weaver", "miner", "teacher"] };
const PC_LANGS = ["German", "French", "Spanish", "Portuguese", "Italian", "Russian", "Japanese", "Korean", "Chinese", "Arabic", "Turkish", "Vietnamese", "Indonesian", "Hindi", "Polish", "Dutch", "Swahili", "Thai"];
export function parallelCorpus(c: Ctx): void {
  const r = c.r;
  const nets = [cloud(r, "contabo"), cloud(r, "ovhSg")];
  for (let k = 0; k < 2; k++) {
    const key = c.key("proj");
    for (let day = 0; day < 4; day++) {
      let t = when(r, 0, "always", START + day * D, START + (day + 1) * D);
      const blocks = r.int(2, 3);
      for (let b = 0; b < blocks; b++, t += r.ln(5, 0.5) * H) for (let s = r.int(3, 6); s > 0; s--) {
        const text = Array.from({ length: r.int(2, 4) }, () => r.some(ENCY, r.int(2, 4)).map((s) => fill(r, s, ENCY_V)).join(" ")).join("\n\n");
        for (const lang of r.some(PC_LANGS, r.int(8, 14))) {
          const body = { model: "gpt-4.1-mini", temperature: 0.3, max_tokens: 2000, messages: [{ role: "system", content: `Translate the text into ${lang}. Output only the translation and keep the paragraph breaks.` }, { role: "user", content: text }] };
          const comp = Math.round(promptTokens(body) * r.ln(1.4, 0.15));
          c.post(t, key, nets[k], "/v1/chat/completions", body, promptTokens(body), comp);
          t += latency(r, comp, 120) + r.int(100, 700);
        }
        t += r.ln(25, 0.5) * S;
      }
    }
  }
  void clip; void M;
}
