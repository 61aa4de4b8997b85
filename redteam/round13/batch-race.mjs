// Target 3: the first run of an uploaded file is free (its lines were metered at upload), every later run is metered as the
// whole file again. P parallel POST /v1/batches of one file on a key whose tpd cannot hold a second run (tier "small" with tpm 20,000 and
// tpd 25,000; the file reserves ~15,000), and the same file run by another key.
import { G, req, setTier, info } from "./lib13.mjs";
const KEY = "sk-rt13-race-" + Date.now().toString(36); await setTier(KEY, "small", { tpm: 20000, tpd: 25000 }); const P = +(process.env.P ?? 6);
const OTHER = KEY + "-other"; await setTier(OTHER, "pro");
const lines = Array.from({ length: 3 }, (_, i) => JSON.stringify({ custom_id: "l" + i, method: "POST", url: "/v1/chat/completions", body: { model: "gpt-4o", max_completion_tokens: 5000, messages: [{ role: "user", content: "Q" + i }] } })).join("\n") + "\n";
const fb = `--B\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n--B\r\nContent-Disposition: form-data; name="file"; filename="b.jsonl"\r\nContent-Type: application/jsonl\r\n\r\n${lines}\r\n--B--\r\n`;
const up = await fetch(G + "/v1/files", { method: "POST", headers: { authorization: "Bearer " + KEY, "content-type": "multipart/form-data; boundary=B" }, body: fb }); const fid = JSON.parse(await up.text()).id;
const tpd = async (k) => (await info(k)).usage.find((u) => u.name === "tpd").remaining;
console.log("upload:", up.status, "tpd left", await tpd(KEY));
const body = { input_file_id: fid, endpoint: "/v1/chat/completions", completion_window: "24h" };
const rs = await Promise.all(Array.from({ length: P }, () => req("POST", "/v1/batches", { key: KEY, body })));
console.log(`${P} parallel runs:`, JSON.stringify(rs.map((r) => r.status)), rs.filter((r) => r.status !== 200).map((r) => r.text.slice(0, 90))[0] ?? "", "tpd left", await tpd(KEY));
const o = await req("POST", "/v1/batches", { key: OTHER, body }); console.log("run by another key:", o.status, o.text.slice(0, 120));
