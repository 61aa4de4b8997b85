// R75-2: a chat completion whose history names an earlier audio answer by id
// (`{"role":"assistant","audio":{"id":"audio_..."}}`, OpenAI's multi-turn audio), streamed and cut by
// the client after its first text delta. The origin puts the referenced audio back into the turn's
// input and bills it; the guard does not count the reference as input the origin adds (it reads on
// to their end the chat streams that carry a file or an image, and an inline `input_audio` part), so
// each cut turn is charged its reservation only.
// The mock origin keeps no audio; `x-mock-tool-tokens` makes it bill 50,000 input tokens the request
// does not carry (the referenced audio). The control, an `input_audio` part with the same header, is
// read to its end by the guard and refused after 6 turns.
import { G, setLimits, keyInfo, uniq, sleep, save } from "./lib.mjs";
const ADDED = 50000, TURNS = 10, TPD = 200000;
async function turn(key, body) {
  const ac = new AbortController();
  const r = await fetch(G + "/v1/chat/completions", { method: "POST", signal: ac.signal,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json", "x-mock-tool-tokens": String(ADDED), "x-mock-chunk-delay-ms": "40" },
    body: JSON.stringify({ model: "mock-gpt", stream: true, max_tokens: 20, ...body }) });
  if (r.status !== 200) { await r.text(); return r.status; }
  const rd = r.body.getReader(); let s = "";
  try { while (true) { const { value, done } = await rd.read(); if (done) break; s += new TextDecoder().decode(value);
    if (s.includes('"content":"')) { ac.abort(); break; } } } catch {}
  return 200;
}
const shapes = {
  audio_id: { messages: [{ role: "user", content: "Tell me the story." }, { role: "assistant", audio: { id: "audio_0123456789abcdef" } }, { role: "user", content: "Go on." }] },
  control_input_audio: { messages: [{ role: "user", content: [{ type: "text", text: "Go on." }, { type: "input_audio", input_audio: { data: "UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA=", format: "wav" } }] }] },
};
const res = {};
for (const [name, body] of Object.entries(shapes)) {
  const key = uniq("sk-r75-2"); await setLimits(key, { rpm: 1000, tpm: 10000000, tpd: TPD, concurrency: 4 });
  let served = 0, last = 200;
  for (let i = 0; i < TURNS; i++) { last = await turn(key, body); if (last !== 200) break; served++; await sleep(300); }
  await sleep(1500);
  const c = (await keyInfo(key)).counters;
  const billed = served * (ADDED + 20), charged = c.promptTokens + c.completionTokens;
  res[name] = { served, last, billed, charged, counters: c };
  console.log(`${name}: ${served}/${TURNS} cut turns served (last status ${last}); billed by origin ~${billed}, charged ${charged} on tpd ${TPD}`);
}
save("r75-2.json", res);
const a = res.audio_id, c1 = res.control_input_audio;
const ok = a.served === TURNS && a.charged < 0.05 * a.billed && a.billed > TPD && c1.served <= 6;
console.log(ok ? "R75-2 REPRODUCED" : "R75-2 not reproduced",
  `(criterion: audio.id ${TURNS}/${TURNS} served, charged < 5 % of billed and billed > tpd, while the input_audio control is refused within 6)`);
