// R75-1: a Responses turn whose input names stored items by reference (`{"type":"item_reference","id":...}`),
// sent with `store: false` and streamed, then cut by the client after its first text delta.
// The origin adds the referenced items to the turn's input and bills them; the guard neither reads the
// turn's record (store: false, there is none) nor reads the stream on to its end for its usage (the
// drain it does for previous_response_id, conversation, stored prompts, files and images), so each
// turn is charged only its reservation (estimate of the visible text + output cap).
// The mock origin does not store items; its `x-mock-tool-tokens` header makes it bill 50,000 input
// tokens the request does not carry, standing in for the referenced items (the same facility the
// guard's own tests use for input the origin adds). The controls send the same header on the shapes
// the guard already knows add input (previous_response_id, conversation): they are refused after 4.
import { G, setLimits, keyInfo, uniq, sleep, save } from "./lib.mjs";
const ADDED = 50000, TURNS = 10, TPD = 200000;
async function turn(key, input, extra, cut) {
  const ac = new AbortController();
  const r = await fetch(G + "/v1/responses", { method: "POST", signal: ac.signal,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json", "x-mock-tool-tokens": String(ADDED), "x-mock-chunk-delay-ms": "40" },
    body: JSON.stringify({ model: "mock-gpt", input, stream: true, store: false, max_output_tokens: 20, ...extra }) });
  if (r.status !== 200) { await r.text(); return r.status; }
  const rd = r.body.getReader(); let s = "";
  try { while (true) { const { value, done } = await rd.read(); if (done) break; s += new TextDecoder().decode(value);
    if (cut && s.includes("response.output_text.delta")) { ac.abort(); break; } } } catch {}
  return 200;
}
const q = "Continue from the referenced item.";
const shapes = {
  item_reference: [[{ type: "item_reference", id: "msg_0123456789abcdef" }, { role: "user", content: q }], {}],
  control_previous_response_id: [[{ role: "user", content: q }], { previous_response_id: "resp_fg_20_1_af59261f0767fce3" }],
  control_conversation: [[{ role: "user", content: q }], { conversation: "conv_0123456789abcdef" }],
};
const res = {};
for (const [name, [input, extra]] of Object.entries(shapes)) {
  const key = uniq("sk-r75-1"); await setLimits(key, { rpm: 1000, tpm: 10000000, tpd: TPD, concurrency: 4 });
  let served = 0, last = 200;
  for (let i = 0; i < TURNS; i++) { last = await turn(key, input, extra, true); if (last !== 200) break; served++; await sleep(300); }
  await sleep(1500);
  const c = (await keyInfo(key)).counters;
  const billed = served * (ADDED + 1 + 20), charged = c.promptTokens + c.completionTokens;
  res[name] = { served, last, billed, charged, counters: c };
  console.log(`${name}: ${served}/${TURNS} cut turns served (last status ${last}); billed by origin ~${billed}, charged ${charged} on tpd ${TPD}`);
}
save("r75-1.json", res);
const a = res.item_reference, c1 = res.control_previous_response_id;
const ok = a.served === TURNS && a.charged < 0.05 * a.billed && a.billed > TPD && c1.served <= 6;
console.log(ok ? "R75-1 REPRODUCED" : "R75-1 not reproduced",
  `(criterion: item_reference ${TURNS}/${TURNS} served, charged < 5 % of billed and billed > tpd, while the previous_response_id control is refused within 6)`);
