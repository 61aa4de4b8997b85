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
// R80-1: a chat completion on an OpenAI search model (gpt-4o-search-preview, gpt-4o-mini-search-preview)
// searches the web on every request (OpenAI: "the model always retrieves information from the web
// before responding"; each billed as a search call), with or without web_search_options. The guard
// counts a search only when the request names web_search_options.
const N = 10;
const A = `sk-r80-1-${RUN}`, C = `sk-r80-1c-${RUN}`;
const ida = await setup(A, { tpd: 200000, tpm: null, rpm: null }), idc = await setup(C, { tpd: 200000, tpm: null, rpm: null });
const msg = (i) => [{ role: "user", content: `What happened in the news today about topic ${i}?` }];
for (let i = 0; i < N; i++) {
  const a = await call(A, "POST", "/v1/chat/completions", { model: "gpt-4o-mini-search-preview", messages: msg(i), max_tokens: 40 });
  const c = await call(C, "POST", "/v1/chat/completions", { model: "gpt-4o-mini-search-preview", web_search_options: {}, messages: msg(i), max_tokens: 40 });
  if (a.status !== 200 || c.status !== 200) console.log("status", a.status, c.status, a.text.slice(0, 200));
}
await sleep(4000);
const [ca, cc, ba, bc] = [await tpdUsed(ida), await tpdUsed(idc), await billed(A), await billed(C)];
console.log(`attack  (no web_search_options): ${N} requests, origin billed ${ba.tokens} tokens (${ba.searches} searches), guard charged ${ca} (${(ba.tokens / Math.max(ca, 1)).toFixed(1)}x under)`);
console.log(`control (web_search_options {}): ${N} requests, origin billed ${bc.tokens} tokens (${bc.searches} searches), guard charged ${cc}`);
console.log(ba.searches === N && ca < ba.tokens / 2 && cc > bc.tokens * 0.9 ? "REPRODUCED" : "not reproduced");
