// Target 3: batch lines with NO output cap from an ALLOWED key. A batch keeps its reservation (defaultMaxOutputTokens 1,024
// per uncapped line) and is never settled with real usage: is a cap written into the lines the origin runs?
import { G, setTier, logLen, logSince, sleep, info, req } from "./lib13.mjs";
const KEY = "sk-rt13-nocap-" + Date.now().toString(36); await setTier(KEY, "pro");
const tpd = async () => (await info(KEY)).usage.find((u) => u.name === "tpd").remaining;
const lines = [
  { custom_id: "a", method: "POST", url: "/v1/chat/completions", body: { model: "o3", messages: [{ role: "user", content: "Write a long essay." }] } },
  { custom_id: "b", method: "POST", url: "/v1/chat/completions", body: { model: "o3", messages: [{ role: "user", content: "Write a long essay." }], reasoning_effort: "high" } },
].map((l) => JSON.stringify(l)).join("\n") + "\n";
const body = `--B\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n--B\r\nContent-Disposition: form-data; name="file"; filename="b.jsonl"\r\nContent-Type: application/jsonl\r\n\r\n${lines}\r\n--B--\r\n`;
let b0 = await tpd(); let k = logLen();
const r = await fetch(G + "/v1/files", { method: "POST", headers: { authorization: "Bearer " + KEY, "content-type": "multipart/form-data; boundary=B" }, body }); const t = await r.text(); await sleep(200);
console.log(`upload: ${r.status}, tpd consumed ~${b0 - (await tpd())}; origin's file lines:`); for (const e of logSince(k)) console.log(e.body.split("\r\n").filter((l) => l.startsWith("{")).join("\n"));
const fid = JSON.parse(t).id; b0 = await tpd(); k = logLen();
const b = await req("POST", "/v1/batches", { key: KEY, body: { input_file_id: fid, endpoint: "/v1/chat/completions", completion_window: "24h" } }); await sleep(200);
console.log(`POST /v1/batches: ${b.status} tpd consumed ~${b0 - (await tpd())}; origin got ${logSince(k).map((e) => e.method + " " + e.url + " " + e.body).join(" | ")}`);
b0 = await tpd(); k = logLen();
const m = await req("POST", "/v1/messages/batches", { key: KEY, body: { requests: [{ custom_id: "x", params: { model: "claude-sonnet-4-5", max_tokens: 64000, thinking: { type: "enabled", budget_tokens: 60000 }, messages: [{ role: "user", content: "Write a long essay." }] } }] } }); await sleep(200);
console.log(`anthropic batch, max_tokens 64000: ${m.status} tpd consumed ~${b0 - (await tpd())}`);
