// Suite d: harvesting scenarios. All text composed by the suite's author.
import type { Src } from "./gen-core.ts";
import { Rng, Sink, NETS, RESIDENTIAL, ipIn, ip24, hostIn, keyOpenAI, keyAnthropic, hex, START, END, DAY, HOUR, MIN, SEC, DAYS,
  PROFILE_CONSUMER, PROFILE_OFFICE, PROFILE_EVENING, PROFILE_FLAT, diurnal, tok, msgTok, clampOut } from "./gen-core.ts";
import { LANGS, CHAT_SMALLTALK, FOLLOWUPS, CITIES, PRODUCTS } from "./text.ts";

type M = { role: string; content: any };
const ALL = Object.keys(LANGS);
const RARE = ["th", "uk", "fa", "bn", "sw", "el", "he"];

function payload(r: Rng, lang: string): string {
  const L = LANGS[lang];
  let q = r.pick(L.frames).replace("{t}", r.pick(L.topics));
  if (r.chance(0.3)) q = q + " " + r.pick(L.frames).replace("{t}", r.pick(L.topics));
  return q;
}
function wrapReason(r: Rng, lang: string, q: string): string {
  const L = LANGS[lang];
  return r.chance(0.5) ? `${r.pick(L.reason)}\n\n${q}` : `${q}\n\n${r.pick(L.reason)}`;
}
function spread(r: Rng, n: number, tz: number, profile: number[]): number[] {
  const ts = Array.from({ length: n }, () => diurnal(r, tz, profile));
  return ts.sort((a, b) => a - b);
}

// D1 reasoning harvest, written natively in many languages -------------------------------------
export function reasoningHarvest(r: Rng, s: Sink): void {
  for (let k = 0; k < 14; k++) {
    const key = keyOpenAI(r);
    s.label(key, { scenario: "reasoning-harvest-multilingual", class: "distill", family: "reasoning-harvest" });
    const src = ipIn(r, r.pick([NETS.alibaba_sg, NETS.tencent_hk, NETS.do_sgp, NETS.hetzner, NETS.linode_fra]));
    const langs = k < 8 ? r.sample(RARE, 3) : r.sample(ALL, 4);
    const n = r.int(280, 420);
    let t = START + r.next() * 6 * HOUR;
    for (let i = 0; i < n; i++) {
      const lang = r.pick(langs);
      const u = wrapReason(r, lang, payload(r, lang));
      const model = r.pick(["o3", "o4-mini", "gpt-4.1"]);
      const body: Record<string, unknown> = { model, messages: [{ role: "user", content: u }], max_completion_tokens: r.pick([8000, 12000, 16000]) };
      if (model !== "gpt-4.1") body.reasoning_effort = "high"; else body.temperature = r.pick([0.6, 0.7, 0.8]);
      if (r.chance(0.4)) body.messages = [{ role: "system", content: r.pick(["You are an expert teacher.", "You are a careful scholar.", "Answer as a domain expert."]) }, { role: "user", content: u }];
      s.emit(t, key, src, "/v1/chat/completions", body, tok(u) + 12, clampOut(r, 2400, 0.4, 16000, 300));
      t += r.logn(40, 0.9) * SEC * (DAYS * DAY / (n * 40 * SEC)) * 0.8;
    }
  }
}

// D2 logprob extraction: chat top_logprobs + completions echo ----------------------------------
export function logprobExtraction(r: Rng, s: Sink): void {
  for (let k = 0; k < 8; k++) {
    const key = keyOpenAI(r);
    s.label(key, { scenario: "logprob-extraction", class: "distill", family: "logprob-extraction" });
    const src = ipIn(r, r.pick([NETS.gcp_us, NETS.aws_use1, NETS.ovh, NETS.alibaba_hk]));
    const n = r.int(380, 520);
    const times = spread(r, n, 0, PROFILE_FLAT);
    for (const t of times) {
      const lang = r.pick(ALL);
      const text = payload(r, lang) + " " + r.pick(LANGS[lang].frames).replace("{t}", r.pick(LANGS[lang].topics));
      if (k % 2 === 0) {
        // echo: score the prompt itself, a few new tokens
        s.emit(t, key, src, "/v1/completions", { model: "gpt-3.5-turbo-instruct", prompt: text, echo: true, logprobs: 5, max_tokens: r.pick([0, 1, 1, 4, 16]), temperature: 0 }, tok(text), r.int(0, 16));
      } else {
        const mt = r.pick([1, 2, 8, 16, 32]);
        s.emit(t, key, src, "/v1/chat/completions", { model: r.pick(["gpt-4o", "gpt-4.1"]), messages: [{ role: "user", content: text }], logprobs: true, top_logprobs: r.pick([10, 15, 20]), max_tokens: mt, temperature: r.pick([0, 1]), seed: r.int(1, 1e6) }, tok(text) + 6, mt);
      }
    }
  }
}

// D3 logit-bias probing: one prompt, many biased single-token queries ------------------------------
export function logitBiasProbe(r: Rng, s: Sink): void {
  for (let k = 0; k < 4; k++) {
    const key = keyOpenAI(r);
    s.label(key, { scenario: "logit-bias-probe", class: "distill", family: "logprob-extraction" });
    const src = ipIn(r, r.pick([NETS.aws_euc1, NETS.do_nyc]));
    let t = START + r.next() * DAY;
    const prompts = r.int(28, 40);
    for (let p = 0; p < prompts; p++) {
      const lang = r.pick(["en", "zh", "de", "ru", "ja"]);
      const text = payload(r, lang);
      // mimic a classifier: a short instruction and 1 output token
      const sys = r.pick(["Answer with one word.", "Reply with a single token.", "Continue the text with one word."]);
      const probes = r.int(10, 20);
      for (let j = 0; j < probes; j++) {
        const bias: Record<string, number> = {};
        const base = r.int(200, 100000);
        for (let b = 0; b < r.int(4, 12); b++) bias[String(base + b * r.int(1, 7))] = r.pick([100, 100, 50, -100]);
        s.emit(t, key, src, "/v1/chat/completions", { model: "gpt-4o-mini", max_tokens: 1, temperature: 0, logprobs: true, top_logprobs: 5, logit_bias: bias, messages: [{ role: "system", content: sys }, { role: "user", content: text }] }, tok(sys + text) + 8, 1);
        t += r.logn(1.5, 0.5) * SEC;
      }
      t += r.logn(40, 1) * MIN;
      if (t > END) break;
    }
  }
}

// D4 n>1 sampling harvest -----------------------------------------------------------------------
export function nSampling(r: Rng, s: Sink): void {
  for (let k = 0; k < 6; k++) {
    const key = keyOpenAI(r);
    s.label(key, { scenario: "n-sampling-harvest", class: "distill", family: "n-sampling" });
    const src = ipIn(r, r.pick([NETS.azure_us, NETS.gcp_eu, NETS.vultr_tokyo]));
    const times = spread(r, r.int(260, 380), 8, PROFILE_FLAT);
    for (const t of times) {
      const lang = r.pick(["en", "zh", "ko", "es", "vi", "id", "tr"]);
      const u = payload(r, lang);
      if (r.chance(0.25)) {
        const n = r.pick([4, 5]);
        s.emit(t, key, src, "/v1/completions", { model: "gpt-3.5-turbo-instruct", prompt: `Q: ${u}\nA:`, n, best_of: n + 3, temperature: 1, max_tokens: 800 }, tok(u) + 4, n * clampOut(r, 400, 0.4, 800, 50));
      } else {
        const n = r.pick([3, 4, 6, 8]);
        s.emit(t, key, src, "/v1/chat/completions", { model: r.pick(["gpt-4o", "gpt-4.1-mini"]), n, temperature: r.pick([0.9, 1.0, 1.1]), top_p: 0.95, max_tokens: 1500, messages: [{ role: "user", content: u }] }, tok(u) + 6, n * clampOut(r, 700, 0.4, 1500, 80));
      }
    }
  }
}

// D5 embeddings harvest at volume ---------------------------------------------------------------
export function embeddingsHarvest(r: Rng, s: Sink): void {
  for (let k = 0; k < 6; k++) {
    const key = keyOpenAI(r);
    s.label(key, { scenario: "embeddings-harvest", class: "distill", family: "embeddings-harvest" });
    const src = ipIn(r, r.pick([NETS.alibaba_sg, NETS.hetzner, NETS.ovh, NETS.aws_apne1]));
    let t = START + r.next() * 12 * HOUR;
    const n = r.int(280, 380);
    for (let i = 0; i < n; i++) {
      const inputs = Array.from({ length: r.int(64, 200) }, () => { const l = r.pick(ALL); return payload(r, l); });
      s.emit(t, key, src, "/v1/embeddings", { model: r.pick(["text-embedding-3-large", "text-embedding-3-large", "text-embedding-3-small"]), input: inputs, encoding_format: "float" }, inputs.reduce((a, c) => a + tok(c), 0), 0);
      t += r.logn(9, 0.8) * MIN * 0.06 + r.logn(20, 0.5) * SEC + (r.chance(0.02) ? r.logn(3, 0.6) * HOUR : 0);
      if (t > END) break;
    }
  }
}

// D6 low-and-slow hydra: hundreds of keys, residential, paraphrased wrappers per key ------------------
const OPEN = ["Hi!", "Hello,", "Hey there.", "", "", "Quick question:", "Good morning.", "I'm studying for an exam.", "For my notes:", "My teacher asked us this:"];
const ASK = ["Please explain in depth", "Go through it carefully", "Give me a thorough answer", "I'd like a complete explanation", "Explain it properly, no shortcuts", "Be detailed", "Cover it fully"];
const HOW = ["with your reasoning laid out", "showing how you get there", "including the intermediate steps", "and justify each point", "walking through your thinking", "with a worked example", ""];
const FMT = ["", "Use headings.", "End with a short summary.", "Use numbered points.", "Aim for about 800 words.", "Keep the tone friendly."];
export function hydra(r: Rng, s: Sink): void {
  const nKeys = 340;
  for (let k = 0; k < nKeys; k++) {
    const key = r.chance(0.7) ? keyOpenAI(r) : keyAnthropic(r);
    s.label(key, { scenario: "hydra-low-and-slow", class: "distill", family: "hydra" });
    const netName = r.pick(RESIDENTIAL); const net = NETS[netName];
    const src = ipIn(r, net);
    const src2 = ipIn(r, net);
    const wrapper = [r.pick(OPEN), "{q}", r.pick(ASK), r.pick(HOW) + ".", r.pick(FMT)];
    wrapper.splice(2, 3, ...r.shuffle(wrapper.slice(2)));
    const model = key.startsWith("sk-ant") ? r.pick(["claude-sonnet-4-5", "claude-opus-4-1"]) : r.pick(["gpt-4.1", "o4-mini", "gpt-4o"]);
    const temp = r.pick([0.3, 0.5, 0.7, 0.8, 1]);
    const maxT = r.pick([2000, 3000, 4096, 6000]);
    const langs = r.chance(0.5) ? ["en"] : [r.pick(ALL), "en"];
    const n = r.int(12, 40);
    const times = spread(r, n, net.tz, PROFILE_CONSUMER);
    for (const t of times) {
      const lang = r.pick(langs);
      const q = payload(r, lang);
      const u = wrapper.join(" ").replace("{q}", q).replace(/\s+/g, " ").trim();
      const out = clampOut(r, 1300, 0.4, maxT, 200);
      const where = r.chance(0.8) ? src : src2;
      if (key.startsWith("sk-ant")) {
        const body: Record<string, unknown> = { model, max_tokens: maxT, temperature: temp, messages: [{ role: "user", content: u }] };
        if (r.chance(0.3)) body.system = "You are a knowledgeable and thorough assistant.";
        s.emit(t, key, where, "/v1/messages", body, tok(u) + 10, out);
      } else {
        const body: Record<string, unknown> = { model, messages: [{ role: "user", content: u }] };
        if (model === "o4-mini") { body.reasoning_effort = r.pick(["medium", "high"]); body.max_completion_tokens = maxT * 2; } else { body.temperature = temp; body.max_tokens = maxT; }
        if (r.chance(0.3)) body.stream = true;
        s.emit(t, key, where, "/v1/chat/completions", body, tok(u) + 8, out);
      }
    }
  }
}

// D7 harvest mixed into a real app's cover traffic on one key ------------------------------------
export function mixedCover(r: Rng, s: Sink): void {
  for (let k = 0; k < 3; k++) {
    const key = keyOpenAI(r);
    s.label(key, { scenario: "mixed-cover-writing-app", class: "distill", family: "mixed-cover" });
    const egress = Array.from({ length: 4 }, () => ipIn(r, NETS.aws_use1));
    const sys = "You are Quillmate, a writing assistant. Help users write, edit and understand texts. Be clear and thorough.";
    const n = r.int(900, 1250);
    const times = spread(r, n, -5, PROFILE_CONSUMER);
    for (const t of times) {
      const harvest = r.chance(0.35);
      let msgs: M[];
      let out: number;
      if (harvest) {
        const lang = r.pick(["en", "en", "zh", "es", "fr", "ja", "ru"]);
        msgs = [{ role: "system", content: sys }, { role: "user", content: wrapReason(r, lang, payload(r, lang)) }];
        out = clampOut(r, 1500, 0.35, 4000, 300);
      } else {
        const lang = r.pick(["en", "en", "es", "fr"]);
        msgs = [{ role: "system", content: sys }, { role: "user", content: r.pick(CHAT_SMALLTALK[lang]) }];
        if (r.chance(0.4)) { msgs.push({ role: "assistant", content: "Here is a first draft you can adjust." }); msgs.push({ role: "user", content: r.pick(FOLLOWUPS[lang]) }); }
        out = clampOut(r, 220, 0.6, 4000, 10);
      }
      s.emit(t, key, r.pick(egress), "/v1/chat/completions", { model: "gpt-4o", messages: msgs, temperature: 0.7, max_tokens: 4000, stream: true, stream_options: { include_usage: true }, user: "u_" + hex(r, 10) }, msgTok(msgs), out);
    }
  }
}

// D8 tool-calling trajectory harvest: synthetic tasks, varied tool sets -----------------------------
const TOOLNAMES = ["search_flights", "book_hotel", "get_weather", "query_database", "send_email", "create_calendar_event", "convert_currency", "lookup_stock_price", "translate_text", "run_python", "fetch_url", "get_directions", "create_invoice", "search_products", "check_inventory", "refund_order", "schedule_meeting", "summarize_pdf"];
export function trajectories(r: Rng, s: Sink): void {
  for (let k = 0; k < 6; k++) {
    const key = keyOpenAI(r);
    s.label(key, { scenario: "tool-trajectory-harvest", class: "distill", family: "trajectory" });
    const src = ipIn(r, r.pick([NETS.gcp_us, NETS.hetzner, NETS.alibaba_sg]));
    let t = START + r.next() * 8 * HOUR;
    const episodes = r.int(65, 95);
    for (let e = 0; e < episodes; e++) {
      const tools = r.sample(TOOLNAMES, r.int(3, 8)).map((n) => ({ type: "function", function: { name: n, description: `Tool ${n.replace(/_/g, " ")}`, parameters: { type: "object", properties: { [r.pick(["query", "id", "city", "amount", "code", "date"])]: { type: "string" }, [r.pick(["limit", "currency", "lang", "to"])]: { type: "string" } } } } }));
      const lang = r.pick(["en", "en", "zh", "es", "de", "ja"]);
      const task = `${r.pick(["I need to", "Please", "Can you", "Help me"])} ${r.pick(["plan a trip to", "compare prices for", "prepare a report on", "sort out a refund for", "book a meeting about"])} ${r.pick(CITIES.concat(PRODUCTS))}${lang !== "en" ? " — " + payload(r, lang) : ""}. ${r.pick(["Use the tools.", "Think before each call.", "Explain each tool call."])}`;
      const msgs: M[] = [{ role: "system", content: "You are an autonomous agent. Call tools as needed. Before each call, explain your reasoning." }, { role: "user", content: task }];
      const steps = r.int(3, 8);
      for (let i = 0; i < steps; i++) {
        s.emit(t, key, src, "/v1/chat/completions", { model: r.pick(["gpt-4.1", "gpt-4o"]), tools, tool_choice: i === 0 ? "required" : "auto", parallel_tool_calls: true, temperature: 0.7, messages: msgs.slice() }, msgTok(msgs, JSON.stringify(tools)), clampOut(r, 220, 0.5, 4096, 20));
        const tc = tools[r.int(0, tools.length - 1)].function.name;
        const id = "call_" + hex(r, 24);
        msgs.push({ role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: tc, arguments: JSON.stringify({ query: r.pick(CITIES), limit: String(r.int(1, 10)) }) } }] } as M);
        msgs.push({ role: "tool", tool_call_id: id, content: JSON.stringify({ ok: true, results: Array.from({ length: r.int(1, 4) }, () => ({ name: r.pick(PRODUCTS), price: r.int(10, 900), city: r.pick(CITIES) })) }) } as M);
        t += r.logn(3, 0.5) * SEC;
      }
      t += r.logn(20, 1) * MIN;
      if (t > END) break;
    }
  }
}

// D9 extended-thinking harvest (Anthropic thinking, Responses reasoning summaries) ------------------
export function thinking(r: Rng, s: Sink): void {
  for (let k = 0; k < 7; k++) {
    const anth = k < 4;
    const key = anth ? keyAnthropic(r) : keyOpenAI(r);
    s.label(key, { scenario: "extended-thinking-harvest", class: "distill", family: "thinking" });
    const src = ipIn(r, r.pick([NETS.aws_apne1, NETS.tencent_hk, NETS.gcp_us, NETS.ovh]));
    const times = spread(r, r.int(280, 380), 8, PROFILE_FLAT);
    for (const t of times) {
      const lang = r.pick(["en", "zh", "ja", "ko", "ru", "fa", "th", "de"]);
      const a = r.int(3, 97), b = r.int(3, 97), c = r.int(100, 9999);
      const problems = [`Find all integers n such that n^2 + ${a}n + ${b} is divisible by ${r.int(3, 13)}.`, `A bag has ${a} red and ${b} blue balls; three are drawn without replacement. What is the probability that exactly two are red?`, `Prove or disprove: for every prime p > ${a % 10 + 3}, p^2 - 1 is divisible by 24.`, `How many lattice paths from (0,0) to (${a % 12},${b % 12}) avoid the point (${a % 5},${b % 5})?`, payload(r, lang), `Write an algorithm to find the ${c}-th smallest element in two sorted arrays and analyse its complexity.`];
      const q = r.pick(problems);
      if (anth) {
        const budget = r.pick([16000, 24000, 32000]);
        s.emit(t, key, src, "/v1/messages", { model: r.pick(["claude-opus-4-1", "claude-sonnet-4-5"]), max_tokens: budget + r.pick([4000, 8000]), thinking: { type: "enabled", budget_tokens: budget }, messages: [{ role: "user", content: q }] }, tok(q) + 10, clampOut(r, 9000, 0.5, budget + 4000, 800));
      } else {
        s.emit(t, key, src, "/v1/responses", { model: r.pick(["o3", "o4-mini"]), input: q, reasoning: { effort: "high", summary: r.pick(["detailed", "auto"]) }, max_output_tokens: 32000, store: false }, tok(q) + 10, clampOut(r, 7000, 0.5, 32000, 600));
      }
    }
  }
}

// D10 synthetic instruction data (self-instruct / evol-instruct), paraphrased meta-prompts ------------
const DOMAINS = ["personal finance", "organic chemistry", "Rust programming", "medieval history", "customer service", "nutrition", "contract law", "linear algebra", "travel planning", "marine biology", "SQL", "poetry", "statistics", "electrical engineering", "philosophy of mind"];
export function syntheticInstructions(r: Rng, s: Sink): void {
  const metas = [
    (d: string, n: number) => `Generate ${n} diverse, challenging instructions a user might give an AI assistant about ${d}. Vary the task type (explain, compare, write, debug, plan). Return a JSON array of strings.`,
    (d: string, n: number) => `Come up with ${n} realistic user requests in the area of ${d}. Each must be self-contained and different in difficulty. Output one per line, numbered.`,
    (d: string, n: number) => `You are building a dataset. Write ${n} question-answer pairs about ${d}, where each answer is detailed and well structured. Format: JSON lines with "instruction" and "response".`,
    (d: string, _n: number) => `Rewrite the following instruction to make it more complex by adding constraints and requiring multi-step reasoning, then answer the rewritten instruction in full.\n\nInstruction: Explain a key idea in ${d}.`,
    (d: string, n: number) => `请为“${d}”领域生成${n}条多样化的指令，并为每条指令写出详细的高质量回答，以JSON格式输出。`,
    (d: string, n: number) => `Сгенерируй ${n} разнообразных заданий по теме «${d}» и дай на каждое подробный ответ. Формат: JSON.`,
    (d: string, n: number) => `Crea ${n} instrucciones variadas sobre ${d} y responde cada una con detalle. Devuelve JSON.`,
  ];
  for (let k = 0; k < 8; k++) {
    const key = keyOpenAI(r);
    s.label(key, { scenario: "synthetic-instruction-generation", class: "distill", family: "synthetic-instructions" });
    const src = ipIn(r, r.pick([NETS.hetzner, NETS.azure_eu, NETS.alibaba_sg, NETS.do_sgp]));
    const times = spread(r, r.int(260, 360), 1, PROFILE_FLAT);
    for (const t of times) {
      const m = r.pick(metas)(r.pick(DOMAINS), r.pick([5, 10, 15, 20]));
      const seedEx = r.chance(0.5) ? `\n\nExamples of the style we want:\n1. ${payload(r, "en")}\n2. ${payload(r, "en")}` : "";
      const u = m + seedEx;
      s.emit(t, key, src, "/v1/chat/completions", { model: r.pick(["gpt-4.1", "gpt-4o"]), temperature: r.pick([0.9, 1.0, 1.2]), top_p: r.pick([0.9, 1]), max_tokens: 8000, presence_penalty: r.pick([0, 0.5, 1]), messages: [{ role: "user", content: u }] }, tok(u) + 6, clampOut(r, 3000, 0.4, 8000, 400));
    }
  }
}

// D11 fabricated multi-turn conversations ---------------------------------------------------------
export function fabricatedMultiturn(r: Rng, s: Sink): void {
  for (let k = 0; k < 6; k++) {
    const key = k % 2 ? keyAnthropic(r) : keyOpenAI(r);
    s.label(key, { scenario: "fabricated-multiturn", class: "distill", family: "multiturn-fabrication" });
    const src = ipIn(r, r.pick([NETS.gcp_eu, NETS.aws_use1, NETS.hetzner]));
    const times = spread(r, r.int(280, 400), 0, PROFILE_FLAT);
    for (const t of times) {
      const lang = r.pick(["en", "en", "zh", "de", "pt", "ko", "uk", "sw"]);
      const msgs: M[] = [];
      const turns = r.int(1, 4);
      for (let j = 0; j < turns; j++) {
        msgs.push({ role: "user", content: payload(r, lang) });
        msgs.push({ role: "assistant", content: `${r.pick(["Sure.", "Good question.", "Let's think about this carefully."])} ${payload(r, lang)} ${r.pick(["In short, it depends on the context.", "The key point is the mechanism behind it.", "That covers the main ideas."])}` });
      }
      msgs.push({ role: "user", content: r.pick(["Now go deeper and explain your reasoning step by step.", "Continue, with more detail and examples.", payload(r, lang), wrapReason(r, lang, payload(r, lang))]) });
      if (key.startsWith("sk-ant")) s.emit(t, key, src, "/v1/messages", { model: "claude-sonnet-4-5", max_tokens: 6000, temperature: 0.8, messages: msgs }, msgTok(msgs), clampOut(r, 1800, 0.4, 6000, 200));
      else s.emit(t, key, src, "/v1/chat/completions", { model: "gpt-4.1", max_tokens: 6000, temperature: 0.8, messages: msgs }, msgTok(msgs), clampOut(r, 1800, 0.4, 6000, 200));
    }
  }
}

// D12 topic sweep disguised as a study app --------------------------------------------------------
export function studyApp(r: Rng, s: Sink): void {
  for (let k = 0; k < 4; k++) {
    const key = keyOpenAI(r);
    s.label(key, { scenario: "study-app-topic-sweep", class: "distill", family: "topic-sweep" });
    const egress = Array.from({ length: 3 }, () => ipIn(r, NETS.aws_euc1));
    const sys = "You are StudyBuddy, a friendly tutor in a learning app. Explain topics clearly for high-school and university students, with examples and a short quiz at the end.";
    const langs = r.sample(["en", "es", "fr", "de", "pt", "ja", "zh", "ko", "ru", "ar", "hi", "tr", "vi", "id", "pl"], 5);
    // the syllabus is every topic of every language, in order, several angles each
    const syllabus: { lang: string; t: string }[] = [];
    for (const l of langs) for (const t of LANGS[l].topics) syllabus.push({ lang: l, t });
    const angles = ["Explain {t} in detail with a worked example.", "What are the most important facts about {t}? Explain why each one is true.", "Give a full lesson on {t}, from basics to advanced.", "Explain {t} and then quiz me with 5 questions with answers."];
    const times = spread(r, r.int(650, 850), 1, PROFILE_EVENING);
    let idx = r.int(0, syllabus.length - 1);
    for (const t of times) {
      const it = syllabus[idx % syllabus.length]; idx++;
      const u = r.pick(angles).replace("{t}", it.t) + (it.lang !== "en" ? ` (${it.lang})` : "");
      s.emit(t, key, r.pick(egress), "/v1/chat/completions", { model: "gpt-4o", temperature: 0.6, max_tokens: 3000, stream: true, user: "stu_" + hex(r, 8), messages: [{ role: "system", content: sys }, { role: "user", content: u }] }, tok(sys + u) + 10, clampOut(r, 1400, 0.3, 3000, 300));
    }
  }
}

// D13 harvest through Anthropic message batches at night ------------------------------------------
export function batchHarvest(r: Rng, s: Sink): void {
  for (let k = 0; k < 3; k++) {
    const key = keyAnthropic(r);
    s.label(key, { scenario: "batch-reasoning-harvest", class: "distill", family: "batch-harvest" });
    const src = ipIn(r, r.pick([NETS.aws_use1, NETS.gcp_us]));
    for (let d = 0; d < DAYS; d++) {
      let t = START + d * DAY + r.int(2, 5) * HOUR;
      for (let b = 0; b < r.int(5, 9); b++) {
        const requests = Array.from({ length: r.int(60, 100) }, (_, i) => {
          const lang = r.pick(ALL);
          const params: Record<string, unknown> = { model: "claude-sonnet-4-5", max_tokens: 16000, messages: [{ role: "user", content: wrapReason(r, lang, payload(r, lang)) }] };
          if (r.chance(0.5)) params.thinking = { type: "enabled", budget_tokens: 10000 };
          return { custom_id: `r${d}-${b}-${i}-${hex(r, 6)}`, params };
        });
        s.emit(t, key, src, "/v1/messages/batches", { requests });
        t += r.logn(3, 0.5) * MIN;
      }
    }
  }
}

// D14 response chains and prefill continuations to get long answers piecewise ------------------------
export function continuation(r: Rng, s: Sink): void {
  for (let k = 0; k < 5; k++) {
    const anth = k >= 3;
    const key = anth ? keyAnthropic(r) : keyOpenAI(r);
    s.label(key, { scenario: "continuation-chain-harvest", class: "distill", family: "continuation-chain" });
    const src = ipIn(r, r.pick([NETS.do_sgp, NETS.linode_fra, NETS.oracle_br]));
    let t = START + r.next() * 5 * HOUR;
    const chains = r.int(60, 90);
    for (let c = 0; c < chains; c++) {
      const lang = r.pick(ALL);
      const q = wrapReason(r, lang, payload(r, lang));
      const links = r.int(3, 8);
      let prev = "";
      let acc = "";
      for (let i = 0; i < links; i++) {
        const out = clampOut(r, 480, 0.1, 512, 300);
        if (anth) {
          const msgs: M[] = [{ role: "user", content: q }];
          if (acc) msgs.push({ role: "assistant", content: acc });
          s.emit(t, key, src, "/v1/messages", { model: "claude-opus-4-1", max_tokens: 512, messages: msgs }, msgTok(msgs), out);
          acc += " " + payload(r, lang);
        } else {
          const body: Record<string, unknown> = { model: "o3", input: i === 0 ? q : r.pick(["continue", "go on", "continue exactly where you stopped", "more"]), max_output_tokens: 512, reasoning: { effort: "high", summary: "detailed" }, store: true };
          if (prev) body.previous_response_id = prev;
          s.emit(t, key, src, "/v1/responses", body, tok(q) + i * 500, out);
          prev = "resp_" + hex(r, 40);
        }
        t += r.logn(6, 0.4) * SEC;
      }
      t += r.logn(25, 0.8) * MIN;
      if (t > END) break;
    }
  }
}

// D15 parallel-corpus harvest disguised as a localisation service -----------------------------------
export function parallelCorpus(r: Rng, s: Sink): void {
  const targets = ["German", "French", "Japanese", "Chinese", "Korean", "Arabic", "Hindi", "Thai", "Swahili", "Ukrainian", "Persian", "Greek"];
  for (let k = 0; k < 4; k++) {
    const key = keyOpenAI(r);
    s.label(key, { scenario: "parallel-corpus-harvest", class: "distill", family: "parallel-corpus" });
    const src = ipIn(r, r.pick([NETS.gcp_eu, NETS.do_sgp, NETS.alibaba_hk]));
    let t = START + r.next() * 4 * HOUR;
    const docs = r.int(45, 70);
    for (let d = 0; d < docs; d++) {
      const text = Array.from({ length: r.int(6, 14) }, () => payload(r, "en") + " " + r.pick(["It is widely taught.", "Many textbooks cover it.", "Experts still debate parts of it.", "It has practical applications."])).join(" ");
      for (const tg of r.sample(targets, r.int(6, 12))) {
        const u = `Translate into ${tg}. Preserve meaning exactly; then add a short glossary of key terms.\n\n${text}`;
        const pt = tok(u);
        s.emit(t, key, src, "/v1/chat/completions", { model: "gpt-4.1", temperature: 0.3, max_tokens: 6000, messages: [{ role: "user", content: u }] }, pt + 6, Math.round(pt * r.logn(1.6, 0.2)));
        t += r.logn(4, 0.4) * SEC;
      }
      t += r.logn(60, 0.7) * MIN;
      if (t > END) break;
    }
  }
}

export const HARVEST = [reasoningHarvest, logprobExtraction, logitBiasProbe, nSampling, embeddingsHarvest, hydra, mixedCover, trajectories, thinking, syntheticInstructions, fabricatedMultiturn, studyApp, batchHarvest, continuation, parallelCorpus];
