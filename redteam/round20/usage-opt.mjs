// R20: a stream whose client turns usage reporting off (stream_options.include_usage false, or stream_options null / a
// string): does the origin still get include_usage true (so the guard can settle the real usage), on chat and completions?
import { setTier, logLen, logSince, sleep, req, info } from "./lib20.mjs";
const KEY = "sk-rt20-uo-" + Date.now().toString(36); await setTier(KEY, "nodet");
for (const [path, so] of [["/v1/chat/completions", { include_usage: false }], ["/v1/chat/completions", null], ["/v1/chat/completions", "x"], ["/v1/completions", { include_usage: false }], ["/v1/chat/completions", { include_usage: false, continuous_usage_stats: true }]]) {
  const body = path.endsWith("chat/completions") ? { model: "m@out=300", stream: true, max_tokens: 300, messages: [{ role: "user", content: "hi" }], stream_options: so } : { model: "m@out=300", stream: true, max_tokens: 300, prompt: "hi", stream_options: so };
  const k = logLen(); const r = await req("POST", path, { key: KEY, body }); await sleep(200); const o = logSince(k)[0]; let ob = {}; try { ob = JSON.parse(o.body); } catch {}
  console.log(`${path} stream_options ${JSON.stringify(so)}: ${r.status} ${r.status !== 200 ? r.text.slice(0, 100) : ""} -> origin stream_options ${JSON.stringify(ob.stream_options)}; client saw usage chunk: ${/"usage"/.test(r.text ?? "")}`);
}
await sleep(1500); const i = await info(KEY); console.log(`guard counters ${JSON.stringify(i.counters)}`);
