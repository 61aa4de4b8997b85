/**
 * Suite k harvesting scenarios: careful teams that hide in multi-tenant and education shapes.
 */
import { type Ctx, type Msg, type Rng, type Src, DAY, HOUR, T0, T_END, NDAYS, at, draw, fleet, homeIp, cloudIp, instIp } from "./core.ts";
import { hardQuestion, hardNative, cotNative, type HL, CONCEPTS, COT_EN, FIRST, K12 } from "./text.ts";
import { oaChat, antMsg, respBody } from "./honest.ts";
import { TOOL_POOL } from "./tools.ts";

const sec = 1000;
function ask(r: Rng): string {
  if (r.p(0.7)) return hardQuestion(r).q;
  return `${r.pick(["Explain", "Give a rigorous explanation of", "Teach me", "Derive and explain"])} ${r.pick(CONCEPTS)}${r.pick(["", " with a worked numerical example", " and its most common misconceptions", ", starting from first principles"])}.`;
}

// ==================================================================== 1. harvest posing as a router: fake tenants with paraphrased prompts
const PARA = [
  "You are an expert tutor. Solve the user's problem with a complete, step-by-step derivation and a clearly marked final answer.",
  "You're a knowledgeable teaching assistant. Work through the question carefully, showing each intermediate step, then state the final result.",
  "Act as a meticulous problem solver. Lay out your reasoning in numbered steps and finish with the answer on its own line.",
  "As a patient academic helper, explain your full reasoning from the beginning, verify it, and conclude with the answer.",
  "You help learners master hard material. Give a thorough worked solution; do not skip steps; end with 'Final answer:'.",
];
export function routerFacade(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("proj"), c.key("proj"), c.key("proj"), c.key("ant")];
  const fl = fleet(r, ["ovh", "hetzner", "ovh", "doFra"], 7);
  const tenants = Array.from({ length: 30 }, (_, i) => ({
    sys: `${r.pick(["", "[" + r.pick(["StudyPal", "Brainy", "Quanta", "Learnova", "Tutorly", "Axiom", "Mindset", "Cogito"]) + "] "])}${r.pick(PARA)}${r.pick(["", " Be friendly.", " Use LaTeX for math.", " Keep a professional tone."])}`,
    model: r.pick(["gpt-4.1", "o3", "o4-mini", "claude-sonnet-4-5", "gpt-5"]),
    tz: r.pick([-8, -5, 0, 1, 8, 9]),
    id: i,
  }));
  for (let i = 0; i < 2300; i++) {
    const t = r.pick(tenants);
    const ts = draw(r, t.tz, "global");
    const q = ask(r) + (r.p(0.5) ? "\n\n" + r.pick(COT_EN) : "");
    const ant = t.model.startsWith("claude");
    if (ant) c.emit(ts, keys[3], r.pick(fl), "/v1/messages", antMsg(t.model, t.sys, [{ role: "user", content: q }], 8000, { temperature: 0.7, metadata: { user_id: `t${t.id}-u${r.int(1, 900)}` } }), r.logn(2100, 0.35));
    else c.emit(ts, keys[t.id % 3], r.pick(fl), "/v1/chat/completions", oaChat(t.model, [{ role: "system", content: t.sys }, { role: "user", content: q }], 8000, { temperature: 0.7, user: `t${t.id}-u${r.int(1, 900)}`, ...(/^o|gpt-5/.test(t.model) ? { reasoning_effort: "high" } : {}) }), r.logn(2400, 0.35));
  }
}

// ==================================================================== 2. tutoring app that is really a curriculum sweep
const SUBJ: [string, string[]][] = [
  ["mathematics", ["place value", "long division", "equivalent fractions", "ratio tables", "linear equations", "systems of equations", "quadratic factoring", "similar triangles", "trigonometric ratios", "exponential growth", "arithmetic sequences", "probability of compound events", "circle theorems", "vectors", "derivatives of polynomials", "integration by substitution"]],
  ["physics", ["Newton's second law", "momentum conservation", "work and energy", "circuits in series and parallel", "wave interference", "refraction and Snell's law", "projectile motion", "circular motion", "gas laws", "radioactive decay"]],
  ["chemistry", ["balancing equations", "the mole concept", "limiting reagents", "ionic vs covalent bonding", "acids and bases", "titration calculations", "reaction rates", "electrolysis"]],
  ["biology", ["cell respiration", "mitosis vs meiosis", "Mendelian genetics", "enzymes", "the nervous system", "natural selection"]],
];
export function tutorSweep(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("proj"), c.key("proj"), c.key("proj")];
  const fl = fleet(r, ["awsVa", "awsVa", "awsSin"], 6);
  const SYS = "You are Pip, a friendly tutor for students aged 10-18. Explain step by step in simple language and check understanding at the end. Student grade: {g}.";
  const items: string[] = [];
  for (const [s, ts] of SUBJ) for (const t of ts) for (let g = 5; g <= 12; g++) for (const v of ["explain", "worked", "hard", "mistakes"]) items.push(`${s}|${t}|${g}|${v}`);
  r.shuffle(items);
  let k = 0;
  for (const it of items.slice(0, 1000)) {
    const [s, topic, g, v] = it.split("|");
    const tz = r.pick([-5, -6, 7, 8]);
    let ts = draw(r, tz, "student");
    const model = r.pick(["gpt-4.1", "gpt-4o", "o4-mini"]);
    const first = v === "explain" ? `can you explain ${topic} for grade ${g} step by step, I have a test` : v === "worked" ? `give me 3 practice problems on ${topic} (grade ${g} ${s}) with full worked solutions, every step` : v === "hard" ? `what's the hardest kind of ${topic} question we could get in grade ${g}? solve one completely and explain each step` : `what are the common mistakes students make with ${topic}? show a wrong solution and the corrected one step by step`;
    const hist: Msg[] = [{ role: "system", content: SYS.replace("{g}", g) }, { role: "user", content: first }];
    const key = keys[k++ % 3];
    const src = r.pick(fl);
    let got = c.emit(ts, key, src, "/v1/chat/completions", oaChat(model, hist.slice(), 4000, { temperature: 0.6, user: `stu_${r.int(1, 99999)}` }), r.logn(1500, 0.3));
    hist.push({ role: "assistant", content: `Great topic! Let's go step by step through ${topic}.\n\nStep 1: …\nStep 2: …\n\nDoes that make sense?` });
    for (const f of r.sample(["explain it another way, like to a younger student", "now show a harder example, every step", "why does that step work? prove it", "give me 2 more problems with full solutions"], r.int(1, 3))) {
      ts += (r.logn(40, 0.3) + got / 8) * sec;
      hist.push({ role: "user", content: f });
      got = c.emit(ts, key, src, "/v1/chat/completions", oaChat(model, hist.slice(), 4000, { temperature: 0.6 }), r.logn(1300, 0.3));
      hist.push({ role: "assistant", content: "Of course. Here is another approach, step by step: …" });
    }
  }
}

// ==================================================================== 3. harvesting tenant inside a small reseller's key (mixed key, distill)
export function routerMixedTenant(c: Ctx): void {
  const r = c.r;
  const key = c.key("proj");
  const fl = fleet(r, ["digitalocean", "digitalocean"], 3);
  const honest: [string, (r: Rng) => string, string, number, number][] = [
    ["Write a warm Google-review reply for a restaurant. 2-3 sentences.", (r) => `Review (${r.int(1, 5)} stars): ${r.pick(["Food was cold but staff were lovely.", "Best ramen in town!", "Waited 40 minutes for a table despite booking.", "Great for families."])}`, "gpt-4o-mini", 200, 70],
    ["Generate 5 Instagram captions with hashtags for a small business post.", (r) => `Post: ${r.pick(["new autumn candles", "our barista's latte art", "behind the scenes at the workshop", "weekend brunch menu"])}`, "gpt-4o-mini", 300, 160],
    ["Classify the email intent: ORDER, COMPLAINT, QUESTION, SPAM. One word.", (r) => r.pick(["Hi, I'd like 20 units of the blue model", "This is unacceptable, second late delivery", "Do you ship to Norway?", "You have WON a prize"]), "gpt-4.1-nano", 2, 1],
  ];
  for (let i = 0; i < 1900; i++) {
    const harvest = r.p(0.34);
    const ts = draw(r, harvest ? 0 : -5, harvest ? "global" : "office");
    if (harvest) {
      const q = ask(r);
      c.emit(ts, key, r.pick(fl), "/v1/chat/completions", oaChat(r.pick(["o3", "gpt-4.1"]), [{ role: "system", content: "StudyBuddy: solve with complete reasoning, all steps shown." }, { role: "user", content: q }], 10000, { temperature: 0.5, user: `studybuddy-${r.int(1, 300)}` }), r.logn(2600, 0.35));
    } else {
      const [sys, a, model, cap, comp] = r.pick(honest);
      c.emit(ts, key, r.pick(fl), "/v1/chat/completions", oaChat(model, [{ role: "system", content: sys }, { role: "user", content: a(r) }], cap, { temperature: cap < 5 ? 0 : 0.8, ...(cap < 5 ? { logprobs: true, top_logprobs: 2 } : {}) }), r.logn(comp, 0.3));
    }
  }
}

// ==================================================================== 4. multilingual reasoning harvest, natively written
export function multilingualCot(c: Ctx): void {
  const r = c.r;
  const langs: [HL, number][] = [["zh", 4], ["ja", 2], ["ko", 2], ["ru", 2], ["ar", 2], ["es", 1.5], ["fr", 1.2], ["de", 1.2], ["pt", 1.2], ["tr", 1.5], ["vi", 1.5], ["hi", 1.5], ["id", 1], ["pl", 1]];
  const keys = [c.key("ant"), c.key("ant"), c.key("proj"), c.key("proj"), c.key("proj"), c.key("ant")];
  const fl = fleet(r, ["alicloud", "tencent", "awsSin", "hetzner", "vultr"], 8);
  for (let i = 0; i < 2100; i++) {
    const lang = r.wpick(langs);
    const ts = draw(r, 8, "flat");
    const q = `${hardNative(r, lang)}\n${cotNative(r, lang)}`;
    const k = r.int(0, keys.length - 1);
    if (k === 0 || k === 1 || k === 5) {
      const budget = r.pick([8000, 12000, 16000]);
      c.emit(ts, keys[k], r.pick(fl), "/v1/messages", antMsg(r.pick(["claude-sonnet-4-5", "claude-opus-4-1"]), undefined, [{ role: "user", content: q }], budget + 4000, { thinking: { type: "enabled", budget_tokens: budget } }), r.logn(5200, 0.4));
    } else {
      c.emit(ts, keys[k], r.pick(fl), "/v1/chat/completions", oaChat(r.pick(["o3", "gpt-5", "o4-mini"]), [{ role: "user", content: q }], 16000, { reasoning_effort: "high" }), r.logn(4800, 0.4));
    }
  }
}

// ==================================================================== 5. low-and-slow hydra posing as small white-label bots
const BIZ = ["dental practice", "bakery", "tutoring centre", "bike repair shop", "yoga studio", "bookstore café", "driving school", "pharmacy", "coworking space", "music school"];
export function whitelabelHydra(c: Ctx): void {
  const r = c.r;
  const clouds = ["vultr", "linode", "digitalocean", "contabo", "ovh", "hetzner", "ovhCa"];
  for (let h = 0; h < 150; h++) {
    const key = c.key(r.p(0.5) ? "legacy" : "proj");
    const src = cloudIp(r, r.pick(clouds));
    const biz = r.pick(BIZ);
    const name = `${r.pick(["Elm", "Riverside", "Bright", "Cedar", "Kestrel", "Lark", "Meadow", "Pioneer"])} ${biz}`;
    const sys = `You are the helpful assistant on the website of ${name}. Be friendly and helpful to visitors with any question. Hours: ${r.int(7, 10)}am-${r.int(5, 9)}pm.`;
    const tz = r.pick([-8, -6, -5, 0, 1, 10]);
    const n = r.int(10, 26);
    for (let i = 0; i < n; i++) {
      let ts = draw(r, tz, "consumer");
      const hist: Msg[] = [{ role: "system", content: sys }];
      if (r.p(0.35)) {
        hist.push({ role: "user", content: r.pick(["what are your hours?", "do you have parking", "how much does it cost?", "hi"]) });
        hist.push({ role: "assistant", content: `Hi! We're open ${sys.split("Hours: ")[1].replace(".", "")}. Anything else I can help with?` });
      }
      hist.push({ role: "user", content: `${r.pick(["also, random question:", "my son is stuck on this, could you help?", "off topic but", "quick one for homework:", ""])} ${ask(r)}`.trim() });
      c.emit(ts, key, src, "/v1/chat/completions", oaChat(r.pick(["gpt-4o", "gpt-4.1"]), hist, 4000, { temperature: 0.5 }), r.logn(1500, 0.35));
      ts += r.logn(60, 0.5) * sec;
    }
  }
}

// ==================================================================== 6. eval-lab imposter: benchmark-shaped, never repeated
export function evalImposter(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("proj"), c.key("proj")];
  const srcs = [cloudIp(r, "gcpUs"), cloudIp(r, "gcpUs"), cloudIp(r, "gcpEu")];
  for (let run = 0; run < 10; run++) {
    let t = T0 + r.f() * (T_END - T0 - 6 * HOUR);
    const model = r.pick(["gpt-4.1", "o3", "o4-mini", "gpt-5"]);
    const n = r.int(180, 320);
    const set = r.pick(["mmlu-style", "gsm-style", "olympiad"]);
    for (let i = 0; i < n; i++) {
      const h = hardQuestion(r);
      const q = set === "mmlu-style" ? `The following is a multiple choice question about ${h.domain}. Think step by step, then finish with "Answer: X".\n\n${h.q}\n\nA) ${r.int(1, 500)}\nB) ${r.int(1, 500)}\nC) ${r.int(1, 500)}\nD) None of the above` : set === "gsm-style" ? `Solve the problem. Reason step by step and put the final answer after '####'.\n\nQuestion: ${h.q}` : `Problem ${r.int(1, 6)} (${h.domain}). ${h.q}\nWrite a complete and rigorous solution.`;
      c.emit(t, keys[run % 2], r.pick(srcs), "/v1/chat/completions", oaChat(model, [{ role: "user", content: q }], 12000, { temperature: 0, seed: 1234 }), r.logn(2200, 0.4));
      t += r.logn(2500, 0.4);
    }
  }
}

// ==================================================================== 7. agent-trajectory harvest with fabricated tools and results
const VERBS = ["get", "list", "search", "update", "compute", "fetch", "create", "resolve", "query", "simulate"];
const NOUNS = ["shipment", "patient_record", "ledger_entry", "sensor_reading", "flight", "court_case", "molecule", "repo_issue", "warehouse_bin", "policy_quote", "route", "experiment"];
export function agentTrajectories(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("ant"), c.key("ant"), c.key("proj")];
  const fl = fleet(r, ["awsOr", "gcpUs", "azUs"], 6);
  for (let j = 0; j < 400; j++) {
    const nt = r.int(4, 9);
    const tools = Array.from({ length: nt }, () => {
      const name = `${r.pick(VERBS)}_${r.pick(NOUNS)}`;
      return { name, description: `${name.replace(/_/g, " ")} in the ${r.pick(["internal", "partner", "legacy", "v2"])} system. ${r.pick(["Returns JSON.", "Paginated.", "May fail with RATE_LIMIT; retry.", ""])}`, input_schema: { type: "object", properties: { [r.pick(["id", "query", "filter", "code"])]: { type: "string" }, [r.pick(["limit", "depth", "window_days"])]: { type: "integer" } }, required: [] as string[] } };
    });
    const goal = `${r.pick(["Investigate why", "Figure out whether", "Produce a report on how", "Plan the steps so that"])} ${r.pick(["the Q3 shipments to Rotterdam were delayed", "patient cohort B meets the trial criteria", "ledger entries for account 7731 reconcile", "the sensor drift on line 4 affects yield", "issue #4412 can be reproduced", "the cheapest route covers all 9 depots"])}. Use the tools, reason about each result, and finish with a detailed answer.`;
    const ant = j % 3 !== 2;
    const model = ant ? "claude-sonnet-4-5" : "gpt-4.1";
    const h: Msg[] = ant ? [{ role: "user", content: goal }] : [{ role: "system", content: "You are an autonomous analyst agent. Think out loud before each tool call." }, { role: "user", content: goal }];
    const steps = r.int(4, 10);
    let ts = draw(r, -8, "flat");
    const src = r.pick(fl);
    const key = keys[j % 3];
    for (let s = 0; s <= steps; s++) {
      const oaTools = tools.map((t) => ({ type: "function", function: { name: t.name, description: t.description, parameters: t.input_schema } }));
      const body = ant ? antMsg(model, "You are an autonomous analyst agent. Think step by step before every tool call and explain your reasoning.", h.slice(), 16000, { thinking: { type: "enabled", budget_tokens: 8000 }, tools }) : oaChat(model, h.slice(), 4000, { temperature: 0.7, tools: oaTools });
      const got = c.emit(ts, key, src, ant ? "/v1/messages" : "/v1/chat/completions", body, s === steps ? r.logn(2200, 0.3) : r.logn(900, 0.4));
      if (s === steps) break;
      const t = r.pick(tools);
      const id = (ant ? "toolu_01" : "call_") + r.chars(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
      const args = { [Object.keys(t.input_schema.properties)[0]]: `${r.pick(NOUNS)}-${r.int(100, 9999)}` };
      const result = JSON.stringify({ ok: true, data: Array.from({ length: r.int(2, 8) }, () => ({ id: r.int(1, 99999), value: +(r.f() * 1000).toFixed(2), flag: r.pick(["ok", "late", "anomaly", "missing"]), note: r.pick(["checked by ops", "auto-imported", "awaiting review", "matches upstream"]) })) });
      if (ant) {
        h.push({ role: "assistant", content: [{ type: "text", text: `Based on what I have so far, the next thing to check is ${t.name.replace(/_/g, " ")}, because the previous result shows ${r.pick(["an anomaly", "a gap", "a mismatch", "a late entry"])} that could explain the outcome.` }, { type: "tool_use", id, name: t.name, input: args }] });
        h.push({ role: "user", content: [{ type: "tool_result", tool_use_id: id, content: result }] });
      } else {
        h.push({ role: "assistant", content: `Reasoning: I should call ${t.name} next to narrow this down.`, tool_calls: [{ id, type: "function", function: { name: t.name, arguments: JSON.stringify(args) } }] });
        h.push({ role: "tool", tool_call_id: id, content: result });
      }
      ts += (r.logn(3, 0.4) + got / 70) * sec;
    }
  }
}

// ==================================================================== 8. logprob extraction disguised as a classifier
export function logprobClassifier(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("proj"), c.key("legacy"), c.key("proj")];
  const fl = fleet(r, ["awsVa", "awsOr"], 4);
  const labels = ["positive", "negative", "neutral", "question", "request", "complaint", "other"];
  for (let i = 0; i < 3000; i++) {
    const ts = draw(r, -5, "global");
    const text = r.p(0.5) ? hardQuestion(r).q : `${r.pick(CONCEPTS)} ${r.pick(["is defined as", "can be understood as", "matters because", "is often confused with"])} ${r.pick(CONCEPTS)}.`;
    if (r.p(0.3)) {
      c.emit(ts, keys[1], r.pick(fl), "/v1/completions", { model: r.pick(["davinci-002", "gpt-3.5-turbo-instruct"]), prompt: `Text: ${text}\nCategory:`, max_tokens: r.pick([1, 8, 16]), temperature: 0, logprobs: 5, echo: r.p(0.5) }, r.logn(6, 0.6));
    } else {
      c.emit(ts, keys[r.p(0.5) ? 0 : 2], r.pick(fl), "/v1/chat/completions", oaChat(r.pick(["gpt-4o", "gpt-4.1", "gpt-4.1-mini"]), [{ role: "system", content: `Label the text as one of: ${labels.join(", ")}. Then continue with the first words of an expert answer.` }, { role: "user", content: text }], r.pick([1, 5, 16, 32]), { temperature: 0, logprobs: true, top_logprobs: 20 }), r.logn(12, 0.7));
    }
  }
}

// ==================================================================== 9. n>1 sampling harvest ("alternative explanations" product)
export function nSampling(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("proj"), c.key("proj")];
  const fl = fleet(r, ["azEu", "azUs"], 4);
  for (let i = 0; i < 900; i++) {
    const ts = draw(r, 1, "global");
    const n = r.pick([4, 8, 8, 16]);
    c.emit(ts, keys[i % 2], r.pick(fl), "/v1/chat/completions", oaChat(r.pick(["gpt-4.1", "gpt-4o"]), [{ role: "system", content: "Offer an alternative explanation. Show all reasoning steps." }, { role: "user", content: ask(r) }], 3000, { temperature: 1.0, top_p: 1, n }), r.logn(1400, 0.3));
  }
}

// ==================================================================== 10. embedding distillation posing as RAG indexing
export function embedHarvest(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("proj"), c.key("proj"), c.key("svc")];
  const fl = fleet(r, ["hetzner", "contabo"], 4);
  const langs: HL[] = ["zh", "ja", "ko", "ru", "ar", "es", "fr", "de", "pt", "tr", "vi", "hi"];
  for (let j = 0; j < 12; j++) {
    let ts = draw(r, 0, "flat");
    const nb = r.int(40, 70);
    for (let b = 0; b < nb; b++) {
      const input = Array.from({ length: 128 }, () => (r.p(0.35) ? hardNative(r, r.pick(langs)) : r.p(0.5) ? hardQuestion(r).q : `${r.pick(FIRST)} ${r.pick(["said that", "wrote about", "asked whether", "argued that"])} ${r.pick(CONCEPTS)} ${r.pick(["explains", "contradicts", "is unrelated to", "generalises"])} ${r.pick(CONCEPTS)}.`));
      c.emit(ts, keys[j % 3], r.pick(fl), "/v1/embeddings", { model: "text-embedding-3-large", input, encoding_format: "float" }, 0);
      ts += r.logn(2200, 0.25);
    }
  }
}

// ==================================================================== 11. fake course assistants: Responses with detailed reasoning summaries
const COURSES = ["MATH 221 Linear Algebra", "PHYS 140 Mechanics", "CS 161 Algorithms", "ECON 101 Microeconomics", "CHEM 210 Physical Chemistry", "STAT 300 Inference", "EE 201 Signals", "BIO 150 Genetics"];
export function courseImposter(c: Ctx): void {
  const r = c.r;
  const fl = fleet(r, ["azUs", "azEu", "awsVa"], 8);
  for (const course of COURSES) {
    const key = c.key("proj");
    const tz = r.pick([-5, -8, 0, 1]);
    const src = r.pick(fl);
    const boost = (t: number) => { const d = Math.floor((t + tz * HOUR - T0) / DAY); return [1, 0.9, 2, 3][d] ?? 1; };
    for (let i = 0; i < 190; i++) {
      const ts = draw(r, tz, "student", T0, T_END, boost);
      const q = `${r.pick(["For the final:", "practice exam question:", "stuck on this:", ""])} ${ask(r)}`.trim();
      c.emit(ts, key, src, "/v1/responses", respBody(r.pick(["o3", "o4-mini", "gpt-5"]), `You are the course assistant for ${course}. Help students understand by working problems completely.`, [{ role: "user", content: q }], 20000, { reasoning: { effort: "high", summary: "detailed" }, include: ["reasoning.encrypted_content"] }), r.logn(6000, 0.35));
    }
  }
}
