// Target 1/2: batches from a DEGRADED key: what the origin receives for an Anthropic message batch and for an OpenAI
// JSONL upload (multipart variants: two file parts, two purpose fields, CRLF / CR line ends, a base64 part).
import { probe, setTier, G, logLen, logSince, sleep } from "./lib13.mjs";
const KEY = "sk-rt13-batch-" + (process.env.K ?? "1");
await setTier(KEY, process.env.TIER ?? "deg");
const line = (i, extra = {}) => JSON.stringify({ custom_id: "c" + i, method: "POST", url: "/v1/chat/completions", body: { model: "o3", messages: [{ role: "user", content: "Explain topic " + i }], max_completion_tokens: 9000, reasoning_effort: "high", n: 4, ...extra } });
async function upload(name, parts, ctype) {
  const k = logLen();
  const r = await fetch(G + "/v1/files", { method: "POST", headers: { authorization: "Bearer " + KEY, "content-type": ctype ?? "multipart/form-data; boundary=BND" }, body: parts, signal: AbortSignal.timeout(20000) });
  const t = await r.text(); await sleep(200);
  const got = logSince(k);
  console.log(`--- ${name}: ${r.status} ${r.headers.get("x-guard-policy")} ${t.slice(0, 160)}`);
  for (const g of got) console.log(`    origin got ${g.method} ${g.url} ctype=${g.headers["content-type"]} len=${g.len}\n${g.body.slice(0, 1500).replace(/^/gm, "      | ")}`);
}
const part = (name, val, file) => `--BND\r\nContent-Disposition: form-data; name="${name}"${file ? `; filename="${file}"` : ""}\r\n${file ? "Content-Type: application/jsonl\r\n" : ""}\r\n${val}\r\n`;
const end = "--BND--\r\n";
const only = process.argv[2];
const cases = {
  plain: part("purpose", "batch") + part("file", line(1) + "\n" + line(2) + "\n", "b.jsonl") + end,
  twofiles: part("purpose", "batch") + part("file", line(1) + "\n", "a.jsonl") + part("file", line(3, { max_completion_tokens: 30000 }) + "\n" + line(4) + "\n", "b.jsonl") + end,
  twopurpose: part("purpose", "batch") + part("purpose", "fine-tune") + part("file", line(5) + "\n", "b.jsonl") + end,
  crlines: part("purpose", "batch") + part("file", line(6) + "\r" + line(7) + "\r", "b.jsonl") + end,
  crlf: part("purpose", "batch") + part("file", line(8) + "\r\n" + line(9) + "\r\n", "b.jsonl") + end,
  b64: part("purpose", "batch") + `--BND\r\nContent-Disposition: form-data; name="file"; filename="b.jsonl"\r\nContent-Type: application/jsonl\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(line(10) + "\n").toString("base64")}\r\n` + end,
  extrafield: part("purpose", "batch") + part("file", line(11) + "\n", "b.jsonl") + part("expires_after[anchor]", "created_at") + part("extra", "zzz") + end,
  u2028: part("purpose", "batch") + part("file", line(12).replace("Explain topic 12", "Explain\u2028topic 12") + "\n", "b.jsonl") + end,
};
for (const [n, b] of Object.entries(cases)) { if (only && !n.includes(only)) continue; await upload(n, b); }
if (!only || only === "anth") {
  const r = await probe("/v1/messages/batches", { requests: [
    { custom_id: "a", params: { model: "claude-sonnet-4-5", max_tokens: 64000, thinking: { type: "enabled", budget_tokens: 30000 }, messages: [{ role: "user", content: "Explain A" }] } },
    { custom_id: "b", params: { model: "claude-sonnet-4-5", max_tokens: 64000, output_config: { effort: "high" }, messages: [{ role: "user", content: "Explain B" }] } } ] }, { key: KEY });
  console.log(`--- anthropic batch: ${r.status} ${r.policy}\n    got: ${r.got.map((g) => JSON.stringify(g.body)).join(" | ")}`);
}
