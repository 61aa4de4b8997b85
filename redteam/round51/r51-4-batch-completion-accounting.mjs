// R51-4: replay's "completion" for a degraded message batch is its reservation (prompt estimate included),
// not the items' completion tokens capped at the degrade budget.
import { replay, rng, ask, T0, warmup, CLAUDE } from "./lib51.mjs";
const r = rng(5); const ev = []; const key = "sk-r51-batch", ip = "192.0.2.41";
let t = warmup(ev, key, ip, T0, r);
const pad = "Reference passage: " + "the quick brown fox jumps over the lazy dog and keeps running. ".repeat(60);
const cases = [["10 items, max_tokens 100, 4 KB prompts", 100, pad], ["10 items, max_tokens 8000, short prompts, no tag", 8000, ""]];
for (const [name, mt, pre] of cases) {
  t += 10000;
  const requests = []; for (let j = 0; j < 10; j++) requests.push({ custom_id: `x${j}`, params: { model: CLAUDE, max_tokens: mt, messages: [{ role: "user", content: pre + ask(r, 900 + j) }] } });
  ev.push({ ts: t, key, ip, method: "POST", path: "/v1/messages/batches", body: { requests }, _n: name, _cap: 10 * Math.min(mt, 512) });
}
const dec = replay("r51-4-batch", ev.map(({ _n, _cap, _tag, ...e }) => e));
let bad = false;
for (const d of dec.filter((d) => ev[d.i]._n)) {
  const e = ev[d.i];
  console.log(`${e._n}: action ${d.action}, degraded ${!!d.degraded}, reported completion ${d.completion}, most the rewritten items can return ${e._cap} (10 x min(max_tokens, 512))`);
  if (d.degraded && d.completion > e._cap) bad = true;
}
console.log(bad ? "REPRODUCED" : "not reproduced");
