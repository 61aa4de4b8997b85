// R71-2: a degraded key's full-size embeddings batch (2,048 inputs, the OpenAI per-request maximum) is refused 502
// when the origin's answer exceeds 32 MiB: every model the guard cannot ask for shorter vectors, in float, and
// 3,072-dim models in base64 too. The origin has answered (and billed) it; the SDKs retry a 502.
import { up, down, embed, degradeKey, vecOf, stats } from "./http.mjs";
import { hits } from "./origin.mjs";
import OpenAI from "openai";
const T = setTimeout(() => { console.log("not reproduced: timeout"); down().then(() => process.exit(2)); }, 420000);
const inputs = Array.from({ length: 2048 }, (_, i) => `Chunk ${i} of the handbook: how to configure the backup schedule for region ${i % 17}.`);
const cases = [
  ["text-embedding-3-large", "float"], ["text-embedding-3-large", "base64"],
  ["text-embedding-ada-002", "float"], ["text-embedding-ada-002", "base64"],
  ["emb-large-prod", "float"], ["emb-large-prod", "base64"],            // an Azure-style deployment name of text-embedding-3-large
  ["gemini-embedding-001", "base64"], ["bge-m3", "float"], ["bge-m3", "base64"], ["nomic-embed-text", "float"],
];
let refusedDeg = 0, servedFull = 0, retryHdr = [];
try {
  await up();
  await degradeKey("sk-r71-big-deg"); 
  let ci = 0;
  for (const [model, fmt] of cases) {
    ci++;
    const h0 = hits.n;
    const d = await embed("sk-r71-big-deg", { model, input: inputs, encoding_format: fmt });
    const hd = hits.n - h0;
    const c = await embed(`sk-r71-big-ctl-${ci}`, { model, input: inputs, encoding_format: fmt });
    const okShape = d.status === 200 ? stats(vecOf(d.json.data[2047])) : null;
    if (d.status === 502) { refusedDeg++; retryHdr.push(d.retry); }
    if (c.status === 200) servedFull++;
    console.log(`${model.padEnd(23)} ${fmt.padEnd(6)} degraded key: ${d.status} ${d.policy ?? ""} ${d.status === 200 ? `${d.json.data.length} vectors, last ${JSON.stringify(okShape)}` : (d.json?.error?.code ?? d.text.slice(0, 80))} origin calls ${hd} x-should-retry ${d.retry} | control key (fresh, allow): ${c.status} ${c.policy ?? "full"}, ${(c.bytes / 1048576).toFixed(1)} MiB`);
  }
  // the official Node SDK with its defaults (max_retries 2) on one refused case: how many times the origin answers
  const sdk = new OpenAI({ apiKey: "sk-r71-big-deg", baseURL: "http://127.0.0.1:8880/v1" });
  const h0 = hits.n; const t0 = Date.now(); let err = "";
  try { await sdk.embeddings.create({ model: "text-embedding-ada-002", input: inputs, encoding_format: "float" }); } catch (e) { err = `${e.status} ${e.code ?? e.constructor.name}`; }
  const sdkCalls = hits.n - h0;
  console.log(`openai SDK (Node), ada-002 float, 2,048 inputs: ${err || "served"}; origin answered ${sdkCalls} times (each billed) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`degraded key refused 502 on ${refusedDeg} of ${cases.length} full-size batches; the control key was served ${servedFull} of ${cases.length}`);
  console.log(refusedDeg > 0 && servedFull === cases.length ? `REPRODUCED: ${refusedDeg} of ${cases.length} full-size batches refused 502 to a degraded key (served to an allowed key); the SDK made the origin answer ${sdkCalls} times` : "not reproduced");
} finally { clearTimeout(T); await down(); }
