// R41-1: a parallel burst with guardFetch() on a challenged key: when the key has no pass (its first challenge, or
// the pass ran out mid-burst), every request in flight gets its own puzzle; the first solution redeemed raises the
// difficulty, so the others' solutions (found at the old difficulty) are refused, and the helper, which resends once,
// hands the SDK a 403 challenge_required (PermissionDeniedError, not retried). Each accepted solution also buys a
// pass of its own (passes bought in 24 h set the next difficulty).
import OpenAI from "openai";
import { startGuard, startOrigin, ORIGIN, BASE, setTier, keyView, recordingFetch } from "./lib.mjs";
const wire = []; globalThis.fetch = recordingFetch(wire, globalThis.fetch);
const { guardFetch } = await import("llm-edge-guard/client");
const P = Number(process.env.P || 20);
const origin = await startOrigin(ORIGIN); const g = await startGuard({ tag: "r1" });
let failedTotal = 0;
try {
  for (const [mode, before] of [["no pass yet (first challenge)", 0], ["pass with 5 of 50 left", 45]]) {
    const k = "sk-rt41-r1-" + before; await setTier(g, k, "chal");
    const o = new OpenAI({ apiKey: k, baseURL: BASE + "/v1", fetch: guardFetch() }); // SDK defaults: maxRetries 2
    for (let i = 0; i < before; i++) await o.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "seq " + i }] });
    const v0 = (await keyView(g, k)).challenge; const w0 = wire.length;
    const rs = await Promise.allSettled(Array.from({ length: P }, (_, i) => o.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "parallel " + i }] })));
    const failed = rs.filter((r) => r.status === "rejected"); failedTotal += failed.length;
    const kinds = {}; for (const r of failed) { const e = r.reason; const kk = `${e.constructor.name} ${e.status} ${e.code}`; kinds[kk] = (kinds[kk] || 0) + 1; }
    const st = {}; for (const x of wire.slice(w0).filter((x) => x.url.includes("/v1/"))) { const kk = `${x.status}${x.sol ? "+solution" : ""}`; st[kk] = (st[kk] || 0) + 1; }
    const v1 = (await keyView(g, k)).challenge;
    console.log(`${mode}: ${P} parallel requests (official openai SDK, guardFetch): ${P - failed.length} served, ${failed.length} failed ${JSON.stringify(kinds)}`);
    console.log(`  on the wire: ${JSON.stringify(st)}; passes bought in 24 h ${v0?.passesLast24h ?? 0} -> ${v1?.passesLast24h}, next difficulty ${v0?.nextDifficultyBits ?? "-"} -> ${v1?.nextDifficultyBits} bits; pass after the burst ${JSON.stringify(v1?.pass)}`);
    if (failed[0]) console.log(`  what the app sees: ${String(failed[0].reason.message).slice(0, 230)}`);
  }
  // R41-1b: the same without parallelism: ONE request with output-maximising parameters on a freshly challenged key
  let oneFailed = 0; const N1 = 3;
  for (let j = 0; j < N1; j++) {
    const k = "sk-rt41-r1b-" + j; await setTier(g, k, "chal"); const o = new OpenAI({ apiKey: k, baseURL: BASE + "/v1", fetch: guardFetch() }); const w0 = wire.length;
    try { await o.chat.completions.create({ model: "gpt-4o-mini", n: 3, logprobs: true, top_logprobs: 5, max_tokens: 2000, messages: [{ role: "user", content: "Write three alternative product descriptions" }] }); }
    catch (e) { oneFailed++; if (!j) console.log(`one request (n 3, logprobs, max_tokens 2000), fresh challenged key: ${e.constructor.name} ${e.code}; wire ${wire.slice(w0).filter((x) => x.url.includes("/v1/")).map((x) => x.status + (x.sol ? "+solution" : "")).join(",")}; ${String(e.message).match(/starts with \d+ zero bits/)?.[0]} on the resend`); }
  }
  console.log(`  -> ${oneFailed} of ${N1} single requests failed`); failedTotal += oneFailed;
} finally { g.kill(); await origin.close(); }
console.log(failedTotal > 0 ? `REPRODUCED: ${failedTotal} of ${2 * P + 3} requests (two parallel bursts and 3 single requests) failed with 403 challenge_required although the app uses guardFetch()` : "not reproduced");
