// R58-5: a data-analysis agent on the Responses API under zero data retention: `store: false`,
// so every turn resends the whole conversation, and `include: ["reasoning.encrypted_content"]`
// so the reasoning items can be passed back (OpenAI's documented pattern for stateless
// reasoning with tools). o4-mini, effort medium, function tools (run_sql, plot), 2 days of
// analysts' sessions (4-14 steps each, one analyst follow-up in a third of sessions).
// Degrade drops that `include` (config.md): the next turn then passes back reasoning items
// without their encrypted content, which a store:false request cannot resolve.
import { rng, arrivals, toks, writePolicy, replaySdk, summarize, show } from "./lib58.mjs";
import { question } from "./texts58.mjs";

const ASKS = ["Which regions had falling revenue last quarter and why?", "Compare churn for monthly vs annual plans since January.", "Plot weekly active users by platform for the last 90 days.", "What share of support tickets mention billing, by month?", "Find the top 20 customers by expansion revenue this year.", "¿Qué productos tuvieron más devoluciones en marzo?", "Wie hat sich die durchschnittliche Bestellgröße pro Land entwickelt?", "先月の新規登録数をチャネル別に出してください。", "Is there a correlation between onboarding calls and 6-month retention?"];
const SYS = "You are an analytics agent with read-only access to the company warehouse. Use run_sql to query and plot to draw charts. Explain results briefly with the numbers.";
const TOOLS = [{ type: "function", name: "run_sql", description: "Run a read-only SQL query on the warehouse.", parameters: { type: "object", properties: { sql: { type: "string" } }, required: ["sql"] } }, { type: "function", name: "plot", description: "Draw a chart from the last result.", parameters: { type: "object", properties: { kind: { type: "string" } } } }];

function gen(seed, { encrypted = true, effort = "medium" } = {}) {
  const r = rng(seed);
  const evs = [];
  const starts = arrivals(r, { hours: 48, peakPerHour: 30, peakUtc: 13, floor: 0.05 });
  let sid = 0;
  for (const t0 of starts) {
    sid++;
    const input = [{ role: "user", content: r.pick(ASKS) + (r.chance(0.3) ? ` Segment: ${r.pick(["EMEA", "NA", "APAC"])}, ${r.int(2023, 2026)}.` : "") }];
    let t = t0;
    const steps = r.int(4, 14);
    for (let s = 0; s < steps; s++) {
      const last = s === steps - 1;
      const reasoning = r.int(150, 2200);
      const visible = last ? r.int(200, 600) : r.int(30, 140);
      const body = { model: "o4-mini", instructions: SYS, input: JSON.parse(JSON.stringify(input)), tools: TOOLS, store: false, reasoning: { effort, summary: "auto" }, max_output_tokens: 12000 };
      if (encrypted) body.include = ["reasoning.encrypted_content"];
      evs.push({ ts: t, key: "sk-insightdesk", ip: "198.51.100.40", asn: 64504, country: "GB", method: "POST", path: "/v1/responses", body, usage: { prompt_tokens: toks(JSON.stringify(input) + SYS) + 300, completion_tokens: reasoning + visible }, _meta: { session: sid, step: s } });
      input.push({ type: "reasoning", id: `rs_${sid}_${s}`, summary: [{ type: "summary_text", text: "Planning the query." }], ...(encrypted ? { encrypted_content: "gAAAA" + "x".repeat(r.int(400, 1600)) } : {}) });
      if (last) { input.push({ role: "assistant", content: [{ type: "output_text", text: "Result summary ".repeat(visible / 3) }] }); break; }
      const cid = `call_${sid}_${s}`;
      input.push({ type: "function_call", call_id: cid, name: s % 3 === 2 ? "plot" : "run_sql", arguments: JSON.stringify({ sql: `SELECT region, SUM(amount) FROM revenue WHERE q = '${r.int(2023, 2026)}Q${r.int(1, 4)}' GROUP BY 1` }) });
      input.push({ type: "function_call_output", call_id: cid, output: JSON.stringify(Array.from({ length: r.int(3, 20) }, () => [r.pick(["EMEA", "NA", "APAC", "LATAM"]), r.int(1000, 999999)])) });
      t += 3000 + (reasoning + visible) * 12 + r.int(300, 2500);
    }
    if (r.chance(0.33)) {
      // the analyst follows up a few minutes later, in the same (stateless) conversation
      t += r.int(60e3, 400e3);
      input.push({ role: "user", content: r.pick(["Now split that by plan.", "Can you exclude test accounts?", "Y en porcentaje?", "Bitte als Balkendiagramm."]) });
      const body = { model: "o4-mini", instructions: SYS, input, tools: TOOLS, store: false, reasoning: { effort, summary: "auto" }, max_output_tokens: 12000 };
      if (encrypted) body.include = ["reasoning.encrypted_content"];
      evs.push({ ts: t, key: "sk-insightdesk", ip: "198.51.100.40", asn: 64504, country: "GB", method: "POST", path: "/v1/responses", body, usage: { prompt_tokens: toks(JSON.stringify(input) + SYS) + 300, completion_tokens: r.int(300, 2500) } });
    }
  }
  return evs;
}

const policy = writePolicy("held-zdr");
console.log("held: zero-data-retention analytics agent on /v1/responses (pro tier, 2 days)");
const res = {};
for (const [name, opts, label] of [["held-zdr-zdr-encrypted", { encrypted: true }, "store:false + include reasoning.encrypted_content, effort medium"], ["held-zdr-control-stored", { encrypted: false }, "control: same agent without the include"]]) {
  const x = replaySdk(name, gen(5805, opts), policy);
  const s = summarize(x.decisions, x.events);
  // a degraded turn loses its encrypted reasoning; every later turn of that session passes it back without it
  const broken = new Set();
  x.decisions.forEach((d, i) => { const m = x.events[i]._meta; if (d.degraded && m) broken.add(m.session); });
  show(label, s);
  console.log(`      sessions with a degraded turn (encrypted reasoning dropped mid-session): ${broken.size}`);
  res[name] = s;
}
const a = res["held-zdr-zdr-encrypted"];
console.log(a.degraded > 0.05 * a.n ? "NOT HELD (honest product hit)" : "held");
