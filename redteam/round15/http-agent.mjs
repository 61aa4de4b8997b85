// R15-3 over HTTP: an agent-builder platform's backend key on /v1/messages. Each end user's agent brings its own 2-5 tools
// (names of its own), a session is a question, 1-3 tool steps (tool_use / tool_result) and a final answer; max_tokens MT
// (2048, no thinking; THINK=B adds thinking.budget_tokens B). S sessions (80), GAP ms between sessions. Prints when the key
// is first flagged and what it was answered; then verification (the documented way back) and what the origin receives.
import { G, TAG, admin, keyId, logLen, logSince } from "./lib15.mjs";
const S = +(process.env.S ?? 80), MT = +(process.env.MT ?? 2048), THINK = +(process.env.THINK ?? 0), GAP = +(process.env.GAP ?? 200), FIXED = !!process.env.FIXED;
const KEY = `sk-agentplat-${Math.random().toString(36).slice(2, 8)}`;
const VERBS = ["get", "list", "create", "update", "search", "send", "fetch", "lookup", "book", "check"], NOUNS = ["ticket", "invoice", "order", "customer", "calendar_event", "shipment", "lead", "repo_issue", "recipe", "flight", "room", "expense", "playlist", "stock_quote", "weather"];
const SUBJ = ["the Berlin office", "account 4471", "next Tuesday", "the spring catalogue", "invoice INV-2093", "the mobile app release", "Dr. Osei", "the Lisbon trip"];
const pick = (a) => a[Math.floor(Math.random() * a.length)]; const int = (lo, hi) => lo + Math.floor(Math.random() * (hi - lo + 1));
const mkTools = () => Array.from({ length: int(2, 5) }, () => { const nm = `${pick(VERBS)}_${pick(NOUNS)}${Math.random() < 0.5 ? "" : "_" + int(2, 9)}`; return { name: nm, description: `Calls the user's ${nm.replace(/_/g, " ")} integration.`, input_schema: { type: "object", properties: { query: { type: "string" } } } }; });
const FIXEDTOOLS = mkTools();
const tally = {}; let first = null, n = 0;
async function send(body) {
  const r = await fetch(G + "/v1/messages", { method: "POST", headers: { "x-api-key": KEY, "anthropic-version": "2023-06-01", "content-type": "application/json" }, body: JSON.stringify(body), signal: AbortSignal.timeout(30000) });
  const t = await r.text(); let j = {}; try { j = JSON.parse(t); } catch {}
  return { status: r.status, policy: r.headers.get("x-guard-policy"), code: j.error?.code ?? j.error?.type };
}
const mk = (tools, msgs, out = int(60, 250)) => ({ model: `claude-sonnet-4-5@out=${out}`, // the mock answers `out` tokens: a tool call 60-250, a final answer 150-600
  max_tokens: MT + THINK, system: "You are an assistant agent configured by the user. Use the tools when they help. Be concise.", tools, ...(THINK ? { thinking: { type: "enabled", budget_tokens: THINK } } : {}), messages: msgs });
const t0 = Date.now();
for (let s = 0; s < S && Date.now() - t0 < 300000; s++) {
  const tools = FIXED ? FIXEDTOOLS : mkTools(); const msgs = [{ role: "user", content: `Can you ${pick(["check", "sort out", "look into", "handle"])} the ${pick(NOUNS).replace("_", " ")} for ${pick(SUBJ)}?` }];
  const steps = int(1, 3);
  for (let st = 0; st <= steps; st++) {
    const r = await send(mk(tools, msgs, st === steps ? int(150, 600) : int(60, 250))); n++; const a = r.status === 200 ? (r.policy === "degraded" ? "degraded" : "served") : r.code; tally[a] = (tally[a] ?? 0) + 1; if (a !== "served" && first === null) first = n;
    const id = `toolu_${int(1e8, 9e8)}`; msgs.push({ role: "assistant", content: [{ type: "text", text: "Let me check." }, { type: "tool_use", id, name: pick(tools).name, input: { query: pick(SUBJ) } }] });
    msgs.push({ role: "user", content: [{ type: "tool_result", tool_use_id: id, content: JSON.stringify({ ok: true, items: int(0, 9) }) }] });
  }
  await new Promise((r) => setTimeout(r, GAP * (0.5 + Math.random())));
}
const id = await keyId(KEY); const d = (await admin("GET", `/keys/${id}`)).j.detection;
console.log(`${TAG} agent platform key (max_tokens ${MT}${THINK ? ", thinking " + THINK : ""}, ${FIXED ? "one fixed tool set" : "a tool set per end user"}): ${n} requests, first flagged at ${first}; answers ${JSON.stringify(tally)}\n   standing ${d.standing}, score ${d.score}, channels ${JSON.stringify(d.channels)}\n   reasons ${JSON.stringify(d.reasons)}`);
if (process.env.VERIFY) { const v = await admin("PUT", `/keys/${id}/verified`, { days: 90 }); const k = logLen(); const t = {}; for (let i = 0; i < 6; i++) { const r = await send(mk(mkTools(), [{ role: "user", content: "Can you check the order for account 4471?" }])); t[`${r.status} ${r.policy ?? r.code ?? "full"}`] = (t[`${r.status} ${r.policy ?? r.code ?? "full"}`] ?? 0) + 1; }
  const got = logSince(k).map((e) => e.body.max_tokens); console.log(`   after verification (${v.status}): ${JSON.stringify(t)}; max_tokens the origin got ${JSON.stringify(got)}`); }
