// Target 4: what a pass pays for batches. Tier "chal". Solve one puzzle (50 requests), then: an Anthropic batch of 60
// inner requests (more than the pass holds), one of 10; an OpenAI upload of 10 lines; POST /v1/batches running that file
// twice (each run after the first is metered as the whole file again). requestsLeft after each.
import crypto from "node:crypto"; import { G, req, setTier, info, logLen, logSince, sleep } from "./lib13.mjs";
const KEY = "sk-rt13-passb-" + Date.now().toString(36); await setTier(KEY, "chal");
const solve = (tok) => { const bits = JSON.parse(Buffer.from(tok.split(".")[0], "base64url")).b; for (let c = 0; ; c++) { const h = crypto.createHash("sha256").update(`${tok}:${c}`).digest(); let z = 0; for (const x of h) { if (x === 0) { z += 8; continue; } z += Math.clz32(x) - 24; break; } if (z >= bits) return c; } };
const left = async () => (await info(KEY)).challenge.pass?.requestsLeft;
const m = await req("GET", "/v1/models", { key: KEY }); const tok = m.h.get("x-guard-challenge");
const s = await req("GET", "/v1/models", { key: KEY, headers: { "x-guard-challenge": tok, "x-guard-solution": String(solve(tok)) } }); console.log("solved:", s.status, "left", await left());
const ab = (n) => ({ requests: Array.from({ length: n }, (_, i) => ({ custom_id: "c" + i, params: { model: "claude-sonnet-4-5", max_tokens: 3000, messages: [{ role: "user", content: "Q" + i }] } })) });
let r = await req("POST", "/v1/messages/batches", { key: KEY, body: ab(60) }); console.log("anthropic batch 60:", r.status, r.text.slice(0, 100), "left", await left());
r = await req("POST", "/v1/messages/batches", { key: KEY, body: ab(10) }); console.log("anthropic batch 10:", r.status, r.policy, "left", await left());
const lines = Array.from({ length: 10 }, (_, i) => JSON.stringify({ custom_id: "l" + i, method: "POST", url: "/v1/chat/completions", body: { model: "o3", max_completion_tokens: 5000, reasoning_effort: "high", messages: [{ role: "user", content: "Q" + i }] } })).join("\n") + "\n";
const fb = `--B\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n--B\r\nContent-Disposition: form-data; name="file"; filename="b.jsonl"\r\nContent-Type: application/jsonl\r\n\r\n${lines}\r\n--B--\r\n`;
const up = await fetch(G + "/v1/files", { method: "POST", headers: { authorization: "Bearer " + KEY, "content-type": "multipart/form-data; boundary=B" }, body: fb }); const fid = JSON.parse(await up.text()).id; console.log("upload 10 lines:", up.status, "left", await left());
for (let k = 0; k < 3; k++) { const n0 = logLen(); r = await req("POST", "/v1/batches", { key: KEY, body: { input_file_id: fid, endpoint: "/v1/chat/completions", completion_window: "24h" } }); await sleep(100); console.log(`POST /v1/batches run ${k + 1}:`, r.status, r.text.slice(0, 110), "left", await left(), "origin got:", logSince(n0).map((e) => e.method + " " + e.url).join(",")); }
r = await req("GET", "/v1/models", { key: KEY }); console.log("GET /v1/models:", r.status, "left", await left());
