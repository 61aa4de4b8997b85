import OpenAI from "openai";
import { degradeKey, G, norm, nonzero } from "./lib.mjs";
const key = "sk-rt70-sdk-" + process.pid;
await degradeKey(key);
const c = new OpenAI({ apiKey: key, baseURL: G + "/v1", maxRetries: 0 });
for (const p of [{ model: "text-embedding-3-large", input: ["a", "b"] }, { model: "text-embedding-3-small", input: "a", dimensions: 512 }, { model: "text-embedding-ada-002", input: "a", encoding_format: "float" }, { model: "text-embedding-3-large", input: "a", encoding_format: "base64" }]) {
  const r = await c.embeddings.create(p);
  console.log(JSON.stringify(p), r.data.map((d) => typeof d.embedding === "string" ? "b64:" + Buffer.from(d.embedding, "base64").length / 4 : `${d.embedding.length}/${nonzero(d.embedding)}/${norm(d.embedding).toFixed(4)}`).join(" "), r.usage, r.data.map((d) => d.index).join(","));
}
