import { startGuard, settled, quotaKey, ask, sleep, call, POLICY, ORIGIN } from "./lib.mjs";
import { startOrigin40 } from "./origin40.mjs";
const o = await startOrigin40(ORIGIN, {});
const g = await startGuard({ policy: POLICY, tag: "pb" });
const P = (extra, model = "o3|reason=20000|words=50|run=3000") => ({ model, input: "Research report please.", background: true, ...extra });
const cases = {
  // read once after it ended
  "reasoning job read after end": async (k) => { const r = await call(g.base, k, "POST", "/v1/responses", P({})); await sleep(3500); await call(g.base, k, "GET", "/v1/responses/" + r.body.id); },
  // retrieval while in progress (usage null), then after
  "poll in progress then read": async (k) => { const r = await call(g.base, k, "POST", "/v1/responses", P({})); await sleep(500); await call(g.base, k, "GET", "/v1/responses/" + r.body.id); await sleep(3000); await call(g.base, k, "GET", "/v1/responses/" + r.body.id); },
  // cancel mid-run (origin bills what it generated; answers cancelled, usage null), then read
  "cancel at 50% then read": async (k) => { const r = await call(g.base, k, "POST", "/v1/responses", P({})); await sleep(1500); await call(g.base, k, "POST", `/v1/responses/${r.body.id}/cancel`); await sleep(500); await call(g.base, k, "GET", "/v1/responses/" + r.body.id); },
  "cancel at 50%, cap 100000": async (k) => { const r = await call(g.base, k, "POST", "/v1/responses", P({ max_output_tokens: 100000 }, "o3|reason=90000|words=50|run=3000")); await sleep(1500); await call(g.base, k, "POST", `/v1/responses/${r.body.id}/cancel`); await sleep(500); await call(g.base, k, "GET", "/v1/responses/" + r.body.id); },
  // ?stream=true retrieval cut before completed
  "stream=true retrieval cut early, then JSON": async (k) => { const r = await call(g.base, k, "POST", "/v1/responses", P({})); await sleep(3500); await ask(g.base, k, "GET", `/v1/responses/${r.body.id}?stream=true`, null, "output_text.delta"); await sleep(1000); await call(g.base, k, "GET", "/v1/responses/" + r.body.id); },
  "stream=true starting_after 21 (completed only)": async (k) => { const r = await call(g.base, k, "POST", "/v1/responses", P({})); await sleep(3500); await ask(g.base, k, "GET", `/v1/responses/${r.body.id}?stream=true&starting_after=21`, null, null); },
  "input_items then read": async (k) => { const r = await call(g.base, k, "POST", "/v1/responses", P({})); await sleep(3500); await call(g.base, k, "GET", `/v1/responses/${r.body.id}/input_items`); await call(g.base, k, "GET", "/v1/responses/" + r.body.id); },
  "read twice": async (k) => { const r = await call(g.base, k, "POST", "/v1/responses", P({})); await sleep(3500); await call(g.base, k, "GET", "/v1/responses/" + r.body.id); await call(g.base, k, "GET", "/v1/responses/" + r.body.id); },
  "read by another key B (B's charge printed too)": async (k) => { const r = await call(g.base, k, "POST", "/v1/responses", P({})); await sleep(3500); await call(g.base, k + "-B", "GET", "/v1/responses/" + r.body.id); },
  // background + stream read to end, then retrieval
  "background stream read whole, then read": async (k) => { const r = await ask(g.base, k, "POST", "/v1/responses", P({ stream: true })); const id = (r.text.match(/"id":"(resp_[^"]+)"/) || [])[1]; await sleep(500); await call(g.base, k, "GET", "/v1/responses/" + id); },
  "background stream cut, read-on, then read": async (k) => { const r = await ask(g.base, k, "POST", "/v1/responses", P({ stream: true }), "response.in_progress"); const id = (r.text.match(/"id":"(resp_[^"]+)"/) || [])[1]; await sleep(5000); await call(g.base, k, "GET", "/v1/responses/" + id); },
  "background stream cut, read-on, then read x2 + B": async (k) => { const r = await ask(g.base, k, "POST", "/v1/responses", P({ stream: true }), "response.in_progress"); const id = (r.text.match(/"id":"(resp_[^"]+)"/) || [])[1]; await sleep(5000); await call(g.base, k, "GET", "/v1/responses/" + id); await call(g.base, k, "GET", `/v1/responses/${id}?stream=true`); await call(g.base, k + "-B", "GET", "/v1/responses/" + id); },
};
try {
  let i = 0;
  for (const [name, fn] of Object.entries(cases)) {
    if (process.env.ONLY && !name.includes(process.env.ONLY)) continue;
    const k = `sk-r40pb-${++i}-${Date.now() % 1e5}`; await quotaKey(g, k); await quotaKey(g, k + "-B");
    await fn(k); await sleep(2000);
    const s = await settled(g, k); const sb = await settled(g, k + "-B", 2000);
    console.log(`${name.padEnd(48)} billed ${o.billed[k] || 0}; charged A ${s.charged} (p ${s.prompt} c ${s.completion}), B ${sb.charged}; tpd left A ${JSON.stringify(s.view.remaining?.tpd ?? s.view.remaining)}`);
  }
} finally { g.kill(); await o.close(); }
process.exit(0);
