// R71-4: a degraded key fetching an embeddings batch's output file (OpenAI Batch API, text-embedding-3-large lines
// reach the origin as sent, so the output carries full 3,072-dim vectors): 100 lines of 6 inputs (~38 MiB) and 40 lines (~15 MiB).
import { up, down, degradeKey, vecOf, stats } from "./http.mjs";
import OpenAI, { toFile } from "openai";
const T = setTimeout(() => { console.log("not reproduced: timeout"); down().then(() => process.exit(2)); }, 300000);
let refused = 0; const res = [];
try {
  await up();
  for (const lines of [40, 100]) {
    const key = `sk-r71-batch-${lines}`; await degradeKey(key);
    const sdk = new OpenAI({ apiKey: key, baseURL: "http://127.0.0.1:8880/v1", maxRetries: 0 });
    const jsonl = Array.from({ length: lines }, (_, i) => JSON.stringify({ custom_id: `c${i}`, method: "POST", url: "/v1/embeddings", body: { model: "text-embedding-3-large", input: Array.from({ length: 6 }, (_, k) => `Chapter ${i}.${k}: maintenance notes for pump ${i % 40}.`) } })).join("\n") + "\n";
    const f = await sdk.files.create({ file: await toFile(Buffer.from(jsonl), "in.jsonl"), purpose: "batch" });
    const b = await sdk.batches.create({ input_file_id: f.id, endpoint: "/v1/embeddings", completion_window: "24h" });
    const done = await sdk.batches.retrieve(b.id);
    let out;
    try { const r = await sdk.files.content(done.output_file_id); const txt = await r.text(); const ls = txt.trim().split("\n").map((l) => JSON.parse(l)); const v = vecOf(ls[0].response.body.data[0]); out = `200 ${r.headers.get("x-guard-policy")} ${ls.length} lines, ${(txt.length / 1048576).toFixed(1)} MiB, first vector ${JSON.stringify(stats(v))}, error lines ${ls.filter((l) => l.error).length}`; }
    catch (e) { refused++; out = `${e.status} ${e.code ?? e.message}`; }
    const full = lines * 6 * 3072 * 21 / 1048576;
    console.log(`${lines}-line embeddings batch (origin output ~${full.toFixed(0)} MiB as floats): results fetch by the degraded key -> ${out}`); res.push(out);
  }
  // official Node SDK, default encoding (it asks base64 and decodes), and a Python-SDK-style base64 decode
  const key = "sk-r71-sdk"; await degradeKey(key); const sdk = new OpenAI({ apiKey: key, baseURL: "http://127.0.0.1:8880/v1", maxRetries: 0 });
  let bad = 0;
  for (const [model, dimensions, want] of [["text-embedding-3-small", undefined, 1536], ["text-embedding-3-small", 512, 512], ["text-embedding-3-large", 1024, 1024], ["text-embedding-ada-002", undefined, 1536], ["bge-m3", undefined, 1024], ["nomic-embed-text", 768, 768], ["mxbai-embed-large", undefined, 1024]]) {
    const r = await sdk.embeddings.create({ model, input: ["first text", "second text"], ...(dimensions ? { dimensions } : {}) });
    const st = stats(r.data[1].embedding); if (st.len !== want || Math.abs(st.norm - 1) > 1e-5) bad++;
    console.log(`SDK default encoding ${model} dimensions ${dimensions ?? "-"}: ${r.data.length} vectors, ${JSON.stringify(st)}`);
  }
  console.log(`SDK shapes wrong: ${bad}`); if (bad) refused++;
  console.log(refused ? `REPRODUCED: ${refused} checks failed (a results file refused, or an SDK shape wrong)` : "not reproduced: both results files served cut line by line, SDK shapes right");
} finally { clearTimeout(T); await down(); }
