import { startGuard, settled, quotaKey, ask, sleep, POLICY, ORIGIN } from "./lib.mjs";
import { startOrigin40 } from "./origin40.mjs";
const o = await startOrigin40(ORIGIN, {});
const g = await startGuard({ policy: POLICY, tag: "pa" });
const H = { "anthropic-version": "2023-06-01" };
const cjk = "合同条款解释".repeat(+(process.env.CJK || 20000));
const cases = [
  ["plain rate200 cut@1s", { model: "c|rate=200", max_tokens: 8192, stream: true, messages: [{ role: "user", content: "story" }] }, (b, ms) => ms > 1000],
  ["plain rate200 cut@4s", { model: "c|rate=200", max_tokens: 8192, stream: true, messages: [{ role: "user", content: "story" }] }, (b, ms) => ms > 4000],
  ["slow reader: stall 8s then cut", { model: "c|rate=200", max_tokens: 8192, stream: true, messages: [{ role: "user", content: "story" }] }, "STALL"],
  ["cjk prompt, startDelay 3s, cut@1s before message_start", { model: "c|rate=200|startDelay=3000", max_tokens: 8192, stream: true, messages: [{ role: "user", content: cjk }] }, (b, ms) => ms > 1000],
  ["cjk prompt, cut after message_start", { model: "c|rate=200", max_tokens: 8192, stream: true, messages: [{ role: "user", content: cjk }] }, "text_delta"],
  ["thinking adaptive, cut@3s", { model: "c|rate=200|think=5000", max_tokens: 16000, stream: true, thinking: { type: "adaptive" }, messages: [{ role: "user", content: "story" }] }, (b, ms) => ms > 3000],
  ["nullin delta, whole", { model: "c|rate=2000|nullin|words=300", max_tokens: 300, stream: true, tools: [{ type: "web_search_20250305", name: "web_search" }], messages: [{ role: "user", content: "x" }] }, null],
  ["multidelta, whole", { model: "c|rate=2000|multidelta|words=300", max_tokens: 300, stream: true, tools: [{ type: "web_search_20250305", name: "web_search" }], messages: [{ role: "user", content: "x" }] }, null],
];
try {
  let i = 0;
  for (const [name, body, cut] of cases) {
    if (process.env.ONLY && !name.includes(process.env.ONLY)) continue;
    const key = await quotaKey(g, `sk-r40pa-${++i}-${Date.now() % 1e5}`);
    let r;
    if (cut === "STALL") {
      const ac = new AbortController(); const t0 = Date.now();
      const res = await fetch(g.base + "/v1/messages", { method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json", ...H }, body: JSON.stringify(body), signal: ac.signal });
      const rd = res.body.getReader(); await rd.read(); await sleep(8000); ac.abort(); r = { status: res.status, cutAt: Date.now(), ms: Date.now() - t0, cut: true, text: "" };
    } else r = await ask(g.base, key, "POST", "/v1/messages", body, cut, H);
    await sleep(1500); const s = await settled(g, key);
    const rec = o.log.filter((x) => x.key === key).at(-1);
    console.log(`${name.padEnd(52)} status ${r.status} ran ${r.ms} ms; origin noticed close ${rec.closeAt ? rec.closeAt - (r.cutAt || 0) : "-"} ms after cut, cut=${rec.cut || "-"}; billed ${o.billed[key]} (input ${rec.own}${rec.add ? "+" + rec.add : ""}); charged ${s.charged} (p ${s.prompt} c ${s.completion}) inflight ${s.view.inFlight}`);
  }
} finally { g.kill(); await o.close(); }
process.exit(0);
