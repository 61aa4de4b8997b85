// Target 1/4: a JSONL file uploaded while the key was ALLOWED (lines with n 8, logprobs, top_logprobs 20, reasoning effort high,
// 30,000-token caps, CAP=). The key is then put at challenge (override tier "chal") / degrade (tier "deg"); it runs the stored file
// with POST /v1/batches again and again (on a pass when challenged). Documented: the first run of a file uploaded before
// degrade is unchanged (open); a stored file cannot be rewritten, so at degrade it is challenged instead.
import crypto from "node:crypto"; import { G, req, setTier, info, logLen, logSince, sleep } from "./lib13.mjs";
const TO = process.env.TO ?? "chal";
const KEY = `sk-rt13-rerun-${TO}-${Date.now().toString(36)}`; await setTier(KEY, "pro");
const solve = (tok) => { const bits = JSON.parse(Buffer.from(tok.split(".")[0], "base64url")).b; for (let c = 0; ; c++) { const h = crypto.createHash("sha256").update(`${tok}:${c}`).digest(); let z = 0; for (const x of h) { if (x === 0) { z += 8; continue; } z += Math.clz32(x) - 24; break; } if (z >= bits) return c; } };
const lines = Array.from({ length: 5 }, (_, i) => JSON.stringify({ custom_id: "l" + i, method: "POST", url: "/v1/chat/completions", body: { model: "gpt-4o", n: 8, logprobs: true, top_logprobs: 20, max_completion_tokens: +(process.env.CAP ?? 30000), messages: [{ role: "user", content: "Q" + i }] } })).join("\n") + "\n";
const fb = `--B\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n--B\r\nContent-Disposition: form-data; name="file"; filename="b.jsonl"\r\nContent-Type: application/jsonl\r\n\r\n${lines}\r\n--B--\r\n`;
let n0 = logLen();
const up = await fetch(G + "/v1/files", { method: "POST", headers: { authorization: "Bearer " + KEY, "content-type": "multipart/form-data; boundary=B" }, body: fb }); const fid = JSON.parse(await up.text()).id; await sleep(100);
console.log("upload while allowed:", up.status, "; the origin stored line 1 as", logSince(n0)[0].body.split("\r\n").find((l) => l.startsWith("{")));
await setTier(KEY, TO); console.log("override now tier", TO);
const run = () => req("POST", "/v1/batches", { key: KEY, body: { input_file_id: fid, endpoint: "/v1/chat/completions", completion_window: "24h" } });
let r = await run(); console.log("run without a pass:", r.status, r.policy, r.text.slice(0, 90));
if (TO === "chal") { const tok = r.h.get("x-guard-challenge") ?? (await req("GET", "/v1/models", { key: KEY })).h.get("x-guard-challenge"); r = await req("POST", "/v1/batches", { key: KEY, body: { input_file_id: fid, endpoint: "/v1/chat/completions", completion_window: "24h" }, headers: { "x-guard-challenge": tok, "x-guard-solution": String(solve(tok)) } }); console.log("run with the solution:", r.status, r.policy, r.text.slice(0, 90)); }
for (let k = 0; k < 3; k++) { n0 = logLen(); r = await run(); await sleep(100); const i = await info(KEY); console.log(`run again ${k + 1}: ${r.status} ${r.policy} ${r.status !== 200 ? r.text.slice(0, 90) : ""} pass left ${i.challenge.pass?.requestsLeft}; origin got ${logSince(n0).map((e) => e.method + " " + e.url).join(",") || "nothing"}`); }
