/** Suite o, harvesting (1): multilingual reasoning, logprob soft targets, an embeddings mirror, a
 *  residential hydra, tool trajectories, Anthropic extended thinking. */
import { type Body, type CloudName, type Net, type R, type Scn, D, H, M, S, T0, T1, DAYS, cloud, home, hexid, len, local, latency, ntok, oid, tpl, when } from "./core.ts";
import { EN_ALL, EN_SUBJECTS, PACKS } from "./topics.ts";

const numbers = (r: R) => ({ a: r.int(3, 95), b: r.int(2, 12), c: r.int(2, 9) });
/** Machine lanes: `lanes` workers each sending the next request when the last answer arrives. */
function lanes(r: R, start: number, end: number, k: number, gap: () => number, fire: (t: number, lane: number) => number): void {
  for (let l = 0; l < k; l++) {
    let t = start + r.f() * 20 * S;
    while (t < end) { const dur = fire(t, l); t += dur + gap(); }
  }
}

// ------------------------------------------------------------------ 1. multilingual reasoning harvest
export function polyglotReasoning(sc: Scn): void {
  const r = sc.r;
  const plan: [string[], CloudName, "proj" | "ant"][] = [
    [["tr", "uk"], "hetzner_fsn", "proj"], [["vi", "th"], "do_sgp", "proj"], [["id", "tl"], "alibaba_sg", "proj"], [["pl"], "ovh_waw", "proj"],
    [["ar", "he"], "aws_bah", "proj"], [["hi", "bn"], "aws_bom", "proj"], [["sw"], "linode_tok", "proj"], [["th", "vi"], "tencent_hk", "ant"],
    [["ar", "tr"], "contabo_sin", "ant"], [["bn", "hi"], "byteplus_sg", "proj"], [["uk", "pl"], "hetzner_hel", "proj"], [["tl", "id", "sw"], "cherry_nl", "proj"],
  ];
  for (const [langs, where, form] of plan) {
    const key = sc.key(form);
    const nets = [cloud(r, where), cloud(r, where)];
    // working sessions of 1-2.5 h, 1-2 a day, one request at a time, about a minute apart
    for (let d = 0; d < DAYS; d++) for (let s = 0, ns = r.int(1, 2); s < ns; s++) {
      const start = T0 + d * D + r.f() * 20 * H, end = start + r.ln(1.5, 0.3) * H;
      lanes(r, start, end, 1, () => r.ln(60, 0.5) * S, (t, l) => {
        const lang = r.one(langs), P = PACKS[lang];
        const ask = r.chance(0.4) ? tpl(r, r.one(P.calc), numbers(r)) : tpl(r, r.one(P.why), { s: P.subjects });
        if (form === "ant") {
          const body: Body = { model: r.one(["claude-sonnet-4-5", "claude-haiku-4-5"]), max_tokens: 6000, system: P.demand + "\nFormat: <thinking>...</thinking> then <answer>...</answer>.", messages: [{ role: "user", content: ask }], temperature: 1 };
          const c = sc.post(t, key, nets[l], "/v1/messages", body, len(r, 2600, 0.3, 6000, 600));
          return latency(r, c, 75);
        }
        if (r.chance(0.5)) {
          const body: Body = { model: "o4-mini", messages: [{ role: "developer", content: P.demand }, { role: "user", content: ask }], reasoning_effort: "high", max_completion_tokens: 16000 };
          const reasoning = len(r, 5200, 0.45, 12000, 800), vis = len(r, 1700, 0.35, 3800, 300);
          const c = sc.post(t, key, nets[l], "/v1/chat/completions", body, reasoning + vis, { reasoning });
          return latency(r, c, 140);
        }
        const body: Body = { model: "gpt-4.1", messages: [{ role: "system", content: P.demand }, { role: "user", content: ask }], temperature: r.one([0.6, 0.7, 0.8]), max_tokens: 4096 };
        const c = sc.post(t, key, nets[l], "/v1/chat/completions", body, len(r, 2100, 0.3, 4096, 500));
        return latency(r, c, 80);
      });
    }
  }
}

// ------------------------------------------------------------------ 2. logprob soft targets (chat top_logprobs, completions echo)
function passage(r: R): string {
  const lang = r.one(["en", "en", "tr", "vi", "id", "pl", "ar", "hi", "sw", "uk"]);
  if (lang === "en") { const s = r.one(EN_ALL); return r.one([`A short note on ${s}: the key idea is`, `Students often confuse ${s} with`, `In practice, ${s} matters because`, `The textbook account of ${s} begins with`]); }
  const P = PACKS[lang];
  return `${r.one(P.subjects)}: ${r.one(P.subjects)},`;
}
export function logprobSoftTargets(sc: Scn): void {
  const r = sc.r;
  const keys = [sc.key("proj"), sc.key("proj"), sc.key("plain")];
  const nets = [cloud(r, "gcp_ew4"), cloud(r, "aws_usw2"), cloud(r, "m247_buh")];
  // key 0 and 1: chat with top_logprobs 20, one to eight tokens, on many contexts
  for (let k = 0; k < 2; k++) for (let d = 0; d < DAYS; d++) {
    const start = T0 + d * D + r.f() * 16 * H, end = start + r.ln(2, 0.3) * H;
    lanes(r, start, end, 1, () => r.ln(25, 0.5) * S, (t) => {
      const ctx = passage(r);
      const body: Body = { model: r.one(["gpt-4.1-mini", "gpt-4.1"]), messages: [{ role: "user", content: r.chance(0.5) ? ctx : `Continue the text with the single most natural next word.\n\n${ctx}` }], max_tokens: r.int(1, 8), temperature: 1, logprobs: true, top_logprobs: 20 };
      const c = sc.post(t, keys[k], nets[k], "/v1/chat/completions", body, r.int(1, 8));
      return latency(r, c, 90);
    });
  }
  // key 2: legacy completions, echo + logprobs on prompt lists, scoring whole passages
  for (let d = 0; d < DAYS; d++) {
    const start = T0 + d * D + r.f() * 16 * H, end = start + r.ln(1.7, 0.3) * H;
    lanes(r, start, end, 1, () => r.ln(30, 0.5) * S, (t) => {
      const prompt = Array.from({ length: r.int(8, 20) }, () => passage(r) + " " + passage(r));
      const body: Body = { model: r.one(["davinci-002", "babbage-002"]), prompt, max_tokens: r.chance(0.6) ? 0 : 1, echo: true, logprobs: 5, temperature: 0 };
      const c = sc.post(t, keys[2], nets[2], "/v1/completions", body, prompt.length);
      return latency(r, c, 200);
    });
  }
}

// ------------------------------------------------------------------ 3. embeddings mirror
const EMB_FRAMES = ["{s}", "what is {s}", "{s} explained simply", "notes: {s}", "Q: how does {s} work? A:", "{s} — lecture summary", "search: {s} pdf", "review of {s}"];
function embText(r: R): string {
  const lang = r.one(["en", "en", "en", "tr", "vi", "id", "pl", "ar", "hi", "th", "sw", "bn", "uk", "he", "tl"]);
  if (lang === "en") return tpl(r, r.one(EMB_FRAMES), { s: EN_ALL });
  const P = PACKS[lang];
  return r.chance(0.6) ? r.one(P.subjects) : `${r.one(P.subjects)} / ${r.one(P.subjects)}`;
}
export function embeddingMirror(sc: Scn): void {
  const r = sc.r;
  const plan: [CloudName, string][] = [["scaleway", "text-embedding-3-large"], ["do_ams", "text-embedding-3-large"], ["oracle_ash", "text-embedding-3-small"]];
  for (const [where, model] of plan) {
    const key = sc.key("proj"), net = cloud(r, where);
    for (let d = 0; d < DAYS; d++) for (let s = 0; s < 3; s++) {
      const start = T0 + d * D + s * 8 * H + r.f() * 6 * H, end = start + r.ln(10, 0.3) * M;
      lanes(r, start, end, 1, () => r.ln(15, 0.4) * S, (t) => {
        const input = Array.from({ length: r.int(96, 256) }, () => embText(r));
        sc.post(t, key, net, "/v1/embeddings", { model, input, encoding_format: r.one(["float", "base64"]) }, 0);
        return r.ln(1.2, 0.3) * S;
      });
    }
  }
}

// ------------------------------------------------------------------ 4. residential hydra, a paraphrased wrapper per key
const OPEN = ["You are", "Act as", "Please be", "Imagine you're", "Take the role of", "Pretend to be", "You will serve as", "Behave like"];
const ROLE = ["a patient university lecturer", "a senior subject-matter expert", "a thorough textbook author", "an experienced tutor", "a meticulous researcher", "a friendly professor", "a well-read specialist", "an expert explainer"];
const DEMAND = ["Cover the topic completely, with definitions, mechanisms, examples and edge cases.", "Leave nothing out: background, how it works, worked examples, pitfalls.", "Be exhaustive and precise, and reason through each point before stating it.", "Give a full, structured treatment with headings and a worked example.", "Explain in depth, showing your reasoning at every step.", "Write the most complete answer you can, including counterexamples."];
const FORMAT = ["Use markdown headings.", "Number your sections.", "End with a short summary.", "Finish with three review questions.", "Use bullet points where helpful.", ""];
const ASKF = ["Explain {s}.", "Tell me everything about {s}.", "I need a complete explanation of {s}.", "Teach me {s} from scratch.", "What should an expert know about {s}?", "Can you break down {s} for me?", "Deep dive: {s}", "{s} — full explanation please", "help me understand {s} properly", "write a detailed guide to {s}"];
const HYDRA_CC: [string, number][] = [["US", 20], ["BR", 8], ["IN", 10], ["ID", 7], ["VN", 6], ["PH", 6], ["TR", 5], ["PL", 4], ["MX", 4], ["NG", 4], ["KE", 3], ["EG", 3], ["DE", 3], ["GB", 3], ["UA", 3], ["TH", 3], ["MY", 3], ["AR", 2], ["PK", 3], ["BD", 2], ["CA", 2], ["FR", 2], ["ES", 2], ["IT", 2], ["JP", 1]];
const CC_TZ: Record<string, number> = { US: -5, BR: -3, IN: 5.5, ID: 7, VN: 7, PH: 8, TR: 3, PL: 2, MX: -6, NG: 1, KE: 3, EG: 3, DE: 2, GB: 1, UA: 3, TH: 7, MY: 8, AR: -3, PK: 5, BD: 6, CA: -5, FR: 2, ES: 2, IT: 2, JP: 9 };
export function residentialHydra(sc: Scn): void {
  const r = sc.r;
  const nKeys = 270;
  const domains = Object.keys(EN_SUBJECTS);
  for (let i = 0; i < nKeys; i++) {
    const ant = r.chance(0.18);
    const key = sc.key(ant ? "ant" : r.chance(0.8) ? "proj" : "plain");
    const cc = r.weighted(HYDRA_CC), tz = CC_TZ[cc];
    const wrapper = [r.one(OPEN), r.one(ROLE) + ".", r.one(DEMAND), r.one(FORMAT)].join(" ").replace(/\s+$/, "");
    const inSystem = r.chance(0.6);
    const model = ant ? r.one(["claude-sonnet-4-5", "claude-haiku-4-5"]) : r.one(["gpt-4.1", "gpt-4.1-mini", "gpt-4o", "gpt-4o-mini"]);
    const cap = r.one([2000, 3000, 4000, 4096, 6000]);
    const temp = r.one([0.5, 0.7, 0.8, 1]);
    const stream = r.chance(0.5);
    const doms = r.some(domains, r.int(2, 4));
    const total = r.int(14, 46);
    const days = r.some([0, 1, 2, 3], r.int(1, 4)).sort();
    const firstDay = r.int(0, 2);
    let sent = 0;
    for (const d0 of days) {
      const d = Math.min(3, Math.max(firstDay, d0));
      const perSession = Math.ceil(total / days.length);
      let t = when(r, tz, "late_evening", "flat", T0 + d * D, T0 + (d + 1) * D);
      const net = home(r, cc);
      for (let j = 0; j < perSession && sent < total; j++, sent++) {
        const ask = tpl(r, r.one(ASKF), { s: EN_SUBJECTS[r.one(doms)] });
        const user = inSystem ? ask : `${wrapper}\n\n${ask}`;
        let c: number;
        if (ant) {
          const body: Body = { model, max_tokens: cap, messages: [{ role: "user", content: user }], temperature: temp, stream };
          if (inSystem) body.system = wrapper;
          c = sc.post(t, key, net, "/v1/messages", body, len(r, Math.min(cap * 0.55, 1800), 0.3, cap, 300));
        } else {
          const msgs = inSystem ? [{ role: "system", content: wrapper }, { role: "user", content: user }] : [{ role: "user", content: user }];
          c = sc.post(t, key, net, "/v1/chat/completions", { model, messages: msgs, temperature: temp, max_tokens: cap, stream }, len(r, Math.min(cap * 0.55, 1800), 0.3, cap, 300));
        }
        t += latency(r, c) + r.ln(45, 0.7) * S;
      }
    }
  }
}

// ------------------------------------------------------------------ 5. tool-calling trajectory farm
const TOOL_DOMAINS = ["crm", "inventory", "calendar", "payments", "weather", "shipping", "hr", "ticketing", "maps", "analytics", "email", "recipes"];
const TOOL_VERBS = ["search", "get", "create", "update", "list", "cancel", "summarize", "estimate"];
const TOOL_OBJ = ["record", "order", "event", "invoice", "forecast", "shipment", "employee", "ticket", "route", "report", "message", "item"];
function toolDef(r: R): Record<string, unknown> {
  const name = `${r.one(TOOL_DOMAINS)}_${r.one(TOOL_VERBS)}_${r.one(TOOL_OBJ)}`;
  const props: Record<string, unknown> = {};
  for (const p of r.some(["id", "query", "date", "limit", "status", "region", "amount", "email", "from", "to", "priority"], r.int(1, 4))) props[p] = { type: p === "limit" || p === "amount" ? "number" : "string" };
  return { type: "function", function: { name, description: `Tool ${name.replace(/_/g, " ")}.`, parameters: { type: "object", properties: props, required: Object.keys(props).slice(0, 1) } } };
}
const TASKS = ["A customer in {c} wants to reschedule a delivery and get a refund for a damaged item; handle it end to end.", "Prepare a weekly report of overdue invoices for the {c} region and email it to finance.", "Find a meeting slot for five people across three time zones next week and book a room.", "An employee in {c} asks how many leave days remain and wants to book four of them.", "Check stock for a product line, reorder anything under threshold, and notify the warehouse in {c}.", "Plan a route for three deliveries in {c} avoiding tolls, then estimate fuel cost."];
export function toolTrajectoryFarm(sc: Scn): void {
  const r = sc.r;
  const where: CloudName[] = ["aws_use1", "gcp_usc", "azure_eus", "hetzner_fsn"];
  for (let k = 0; k < 4; k++) {
    const key = sc.key("proj"), net = cloud(r, where[k]);
    for (let d = 0; d < DAYS; d++) {
      const start = T0 + d * D + r.f() * 16 * H, end = start + r.ln(3.5, 0.3) * H;
      lanes(r, start, end, 1, () => r.ln(300, 0.5) * S, (t0) => {
        let t = t0;
        const tools = Array.from({ length: r.int(3, 8) }, () => toolDef(r));
        const msgs: Record<string, unknown>[] = [
          { role: "system", content: "You are an autonomous operations agent. Think aloud about which tool to use and why before each call, then call it. When the task is done, write a detailed final report explaining every step." },
          { role: "user", content: tpl(r, r.one(TASKS), { c: ["Lagos", "Kraków", "Da Nang", "Surabaya", "Izmir", "Pune", "Haifa", "Mombasa"] }) },
        ];
        const steps = r.int(3, 7);
        for (let s = 0; s < steps; s++) {
          const body: Body = { model: r.one(["gpt-4.1", "gpt-4.1-mini"]), messages: msgs.slice(), tools, tool_choice: s === 0 ? "required" : "auto", temperature: 0.7, max_tokens: 3000 };
          const c = sc.post(t, key, net, "/v1/chat/completions", body, len(r, 160, 0.4, 3000, 40));
          const fn = (r.one(tools) as { function: { name: string } }).function.name;
          const id = "call_" + hexid(r, 24);
          msgs.push({ role: "assistant", content: "I'll use " + fn + " next because it returns the data the task needs.", tool_calls: [{ id, type: "function", function: { name: fn, arguments: JSON.stringify({ id: hexid(r, 8), limit: r.int(1, 50) }) } }] });
          msgs.push({ role: "tool", tool_call_id: id, content: JSON.stringify({ ok: true, items: Array.from({ length: r.int(1, 4) }, () => ({ id: hexid(r, 6), status: r.one(["open", "late", "done", "pending"]), value: r.int(1, 9999) })) }) });
          t += latency(r, c) + r.ln(150, 0.4);
        }
        const body: Body = { model: "gpt-4.1", messages: msgs.slice(), tools, temperature: 0.7, max_tokens: 3000 };
        const c = sc.post(t, key, net, "/v1/chat/completions", body, len(r, 1300, 0.3, 3000, 400));
        t += latency(r, c);
        return t - t0;
      });
    }
  }
}

// ------------------------------------------------------------------ 6. Anthropic extended-thinking harvest
const HARD: Record<string, string[]> = {
  en: ["Prove that every tournament has a Hamiltonian path.", "Find all integer solutions of x^2 - {a}y^2 = 1 with y < 100, and explain the method.", "Design an O(n log n) algorithm for counting inversions with {a} million elements and prove its bound.", "A bag has {a} red and {b} blue balls; draw until two reds appear in a row. Expected draws?", "Derive the Black-Scholes PDE from a delta-hedged portfolio."],
  ja: ["任意の三角形で重心・外心・垂心が一直線上にあることを証明せよ。", "{a}人を{b}つのグループに分ける方法は何通りか。導出も示せ。", "ダイクストラ法が負の辺で失敗する理由を具体例で示せ。"],
  ko: ["모든 소수 p > 3에 대해 p^2 - 1이 24로 나누어떨어짐을 증명하시오.", "{a}개의 동전을 던질 때 연속으로 앞면이 {b}번 나올 확률을 구하시오.", "해시 테이블의 평균 탐색 시간이 O(1)인 이유를 적재율과 함께 설명하시오."],
  de: ["Beweise, dass die Wurzel aus {a} irrational ist, sofern {a} keine Quadratzahl ist.", "Wie viele Wege gibt es in einem {a}x{b}-Gitter von links unten nach rechts oben?", "Leite die Wellengleichung aus den Maxwell-Gleichungen im Vakuum her."],
  pl: ["Udowodnij, że suma odwrotności liczb pierwszych jest rozbieżna.", "Ile jest słów długości {a} nad alfabetem {b}-literowym bez dwóch takich samych liter obok siebie?"],
};
export function thinkingHarvest(sc: Scn): void {
  const r = sc.r;
  const where: CloudName[] = ["vultr_sel", "linode_tok", "aws_fra"];
  for (let k = 0; k < 3; k++) {
    const key = sc.key("ant"), net = cloud(r, where[k]);
    for (let d = 0; d < DAYS; d++) {
      const start = T0 + d * D + r.f() * 12 * H, end = start + r.ln(8, 0.25) * H;
      lanes(r, start, end, 2, () => r.ln(40, 0.6) * S, (t) => {
        const lang = r.weighted([["en", 45], ["ja", 15], ["ko", 15], ["de", 15], ["pl", 10]] as const);
        const budget = r.one([16000, 20000, 24000, 32000]);
        const body: Body = { model: r.one(["claude-opus-4-1", "claude-sonnet-4-5"]), max_tokens: budget + 8000, thinking: { type: "enabled", budget_tokens: budget }, messages: [{ role: "user", content: tpl(r, r.one(HARD[lang]), { a: r.int(2, 60), b: r.int(2, 9) }) }] };
        const c = sc.post(t, key, net, "/v1/messages", body, len(r, budget * 0.7 + 2500, 0.25, budget + 8000, 3000));
        return latency(r, c, 60);
      });
    }
  }
}
export const _h1 = { M, T1, local, ntok, oid };
export type _N1 = Net;
