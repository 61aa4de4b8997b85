// R36-1: a streamed *background* Responses turn on a stored prompt (store left at its default, true), cut by the
// client right after the useful part. OpenAI's background mode runs the job to its end whatever the client does, so
// the record is `in_progress` when the guard could read it after the cut; the client never retrieves it (it has the
// answer from the stream). Control: the same turns read to the end.
import { startGuard, sleep } from "./lib.mjs";
import { origin36, ask, counters } from "./origin36.mjs";
const TPD = 200000, N = Number(process.env.N || 20), GAP = Number(process.env.GAP || 1500), HOLD = process.env.HOLD;
const { origin, billed, reads } = await origin36(9703, {});
const policy = { defaults: { rpm: 600, tpm: 5000000, tpd: TPD, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" }, ...(HOLD !== undefined ? { backgroundHoldSeconds: Number(HOLD) } : {}) };
const g = await startGuard({ port: 9701, inspectorPort: 9709, upstream: "http://127.0.0.1:9703", policy, tag: "r1" });
let rep = false;
try {
  // another key's 47,500-token stored response, for the previous_response_id shape (R33-2's read)
  const mk = await ask(g.base, "sk-r36-1-maker", "/v1/responses", { model: "m", input: "x".repeat(190000), max_output_tokens: 10 }, false);
  const Q = "What does clause 7 say about termination?";
  const shapes = { prompt: ["a 50k-token stored prompt", () => ({ model: "m", stream: true, background: true, max_output_tokens: 1000, prompt: { id: "pmpt_longdoc", version: "3", variables: { q: Q } } })],
    prev: ["another key's 47.5k-token stored response (previous_response_id)", () => ({ model: "m", stream: true, background: true, max_output_tokens: 1000, previous_response_id: mk.json.id, input: Q })] };
  const all = {};
  for (const sh of (process.env.SHAPES || "prompt,prev").split(",")) {
  const [label, body] = shapes[sh];
  const res = {}; all[sh] = res;
  for (const cut of [false, true]) {
    const key = `sk-r36-1-${sh}-${cut}`;
    let served = 0, refused = 0, first = ""; const r0 = reads.length; const t0 = Date.now();
    for (let i = 0; i < N && Date.now() - t0 < 120000; i++) {
      const r = await ask(g.base, key, "/v1/responses", body(), cut);
      if (r.status === 200 && r.text.includes("<END>")) served++; else { refused++; if (!first) first = `${r.status} ${r.text.slice(0, 120)}`; if (!cut && refused >= 2) break; }
      await sleep(GAP);
    }
    await sleep(Number(process.env.SETTLE || 4000));
    const c = await counters(g, key);
    res[cut] = { served, refused, billed: billed[key] || 0, charged: c.promptTokens + c.completionTokens };
    console.log(`background stream on ${label}, ${cut ? "CUT after the useful part" : "control, read to the end"}: ${served} served, ${refused} refused${first ? " (first: " + first + ")" : ""}; origin billed ${res[cut].billed}, guard charged ${res[cut].charged}; guard reads of the record: ${reads.length - r0}; tpd ${TPD}`);
  }
  }
  const hits = Object.entries(all).filter(([, r]) => r[true].billed > TPD * 1.5 && r[true].billed > r[true].charged * 3);
  rep = hits.length > 0;
  console.log(rep ? "REPRODUCED: background+stream cut (backgroundHoldSeconds " + (HOLD ?? "600, default") + "): " + hits.map(([sh, r]) => `${sh}: ${r[true].served} answers, origin billed ${r[true].billed} (${(r[true].billed / TPD).toFixed(1)}x tpd), guard charged ${r[true].charged}; control ${r[false].served} answers, billed ${r[false].billed}, charged ${r[false].charged}`).join("; ") : "not reproduced");
} finally { g.kill(); await origin.close(); }
