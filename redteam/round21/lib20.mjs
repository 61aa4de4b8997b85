// Round 20 helpers (round 14 lib14.mjs): G (guard, GP, default 19340), admin calls, and the recording origin log (out/TAG.origin.jsonl).
import fs from "node:fs";
const D = new URL(".", import.meta.url).pathname;
export const TAG = process.env.TAG ?? "a";
export const G = `http://127.0.0.1:${process.env.GP ?? 19700}`;
export const ADM = () => fs.readFileSync(`${D}out/${TAG}.admin`, "utf8").trim();
const LOGF = `${D}out/${TAG}.origin.jsonl`;
export const logLen = () => fs.readFileSync(LOGF, "utf8").split("\n").filter(Boolean).length;
export const logSince = (k) => fs.readFileSync(LOGF, "utf8").split("\n").filter(Boolean).slice(k).map((l) => JSON.parse(l));
export async function admin(method, path, body) {
  const r = await fetch(G + "/admin" + path, { method, headers: { authorization: "Bearer " + ADM(), "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(15000) });
  const t = await r.text(); try { return { status: r.status, j: JSON.parse(t) }; } catch { return { status: r.status, t }; }
}
export const keyId = async (key) => (await admin("POST", "/keys/lookup", { key })).j.keyId;
export async function setTier(key, tier, extra = {}) { const id = await keyId(key); const r = await admin("PUT", `/keys/${id}/overrides`, { tier, ...extra }); return { id, r }; }
export const info = async (key) => (await admin("GET", `/keys/${await keyId(key)}`)).j;
export async function req(method, path, { key, body, raw, headers = {}, read = true } = {}) {
  const h = { ...(key ? { authorization: "Bearer " + key } : {}), ...(body !== undefined || raw !== undefined ? { "content-type": "application/json" } : {}), ...headers };
  const r = await fetch(G + path, { method, headers: h, body: raw ?? (body === undefined ? undefined : JSON.stringify(body)), signal: AbortSignal.timeout(30000) });
  const text = read ? await r.text() : null;
  return { status: r.status, policy: r.headers.get("x-guard-policy"), rl: r.headers.get("ratelimit"), h: r.headers, text };
}
// send and return what the origin received for it (parsed bodies)
export async function probe(path, body, opt = {}) {
  const k = logLen(); const r = await req(opt.method ?? "POST", path, { ...opt, body: opt.raw ? undefined : body });
  await new Promise((s) => setTimeout(s, 150));
  const got = logSince(k).map((e) => { let b = e.body; try { b = JSON.parse(e.body); } catch {} return { method: e.method, url: e.url, body: b, headers: e.headers, len: e.len }; });
  return { ...r, got };
}
export const sleep = (ms) => new Promise((s) => setTimeout(s, ms));
