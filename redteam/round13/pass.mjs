// Target 4: the pass. Tier "chal" (challengeAt 0, one channel enough): every request without a pass is challenged.
// 1) solve a puzzle issued on a FREE route (GET /v1/models, route class "free") and see whether the pass covers chat;
// 2) then P parallel chat requests: how many are served on one pass (documented: 50 requests / 10 minutes);
// 3) an Anthropic batch bigger than what is left of the pass.
import crypto from "node:crypto"; import { req, setTier, info } from "./lib13.mjs";
const KEY = "sk-rt13-pass-" + Date.now().toString(36); await setTier(KEY, "chal");
const solve = (tok) => { const bits = JSON.parse(Buffer.from(tok.split(".")[0], "base64url")).b; for (let c = 0; ; c++) { const h = crypto.createHash("sha256").update(`${tok}:${c}`).digest(); let z = 0; for (const x of h) { if (x === 0) { z += 8; continue; } z += Math.clz32(x) - 24; break; } if (z >= bits) return [c, bits]; } };
const chat = { model: "m", max_tokens: 5, messages: [{ role: "user", content: "hi" }] };
const m = await req("GET", "/v1/models", { key: KEY }); const tok = m.h.get("x-guard-challenge"); const [c, bits] = solve(tok);
console.log("free-route puzzle:", JSON.parse(Buffer.from(tok.split(".")[0], "base64url")), "solved at", c);
const s = await req("GET", "/v1/models", { key: KEY, headers: { "x-guard-challenge": tok, "x-guard-solution": String(c) } }); console.log("redeemed on /v1/models:", s.status);
const c1 = await req("POST", "/v1/chat/completions", { key: KEY, body: chat }); console.log("chat after the free-route pass:", c1.status, c1.policy);
let i0 = await info(KEY); console.log("pass:", JSON.stringify(i0.challenge.pass));
const P = +(process.env.P ?? 70);
const rs = await Promise.all(Array.from({ length: P }, () => req("POST", "/v1/chat/completions", { key: KEY, body: chat }).catch((e) => ({ status: "ERR" }))));
const cnt = {}; for (const r of rs) cnt[r.status] = (cnt[r.status] ?? 0) + 1; console.log(`${P} parallel chat requests on the pass:`, JSON.stringify(cnt));
i0 = await info(KEY); console.log("pass after:", JSON.stringify(i0.challenge.pass), "counters", JSON.stringify(i0.counters));
