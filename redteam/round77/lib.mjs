// shared helpers for round 77 scripts (repo is ../.. from here)
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
export const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = join(HERE, "..", "..");
export const OUT = join(HERE, "out");
mkdirSync(OUT, { recursive: true });
export const G = `http://127.0.0.1:${process.env.PORT || 8931}`;
const vars = readFileSync(join(REPO, ".dev.vars"), "utf8");
export const ADMIN = /GUARD_ADMIN_TOKEN=(\S+)/.exec(vars)[1];
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export async function admin(method, path, body) {
  const r = await fetch(G + "/admin" + path, { method, headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
  const t = await r.text();
  try { return JSON.parse(t); } catch { return { status: r.status, text: t }; }
}
export async function keyId(key) { return (await admin("POST", "/keys/lookup", { key })).keyId; }
export async function freshKey(prefix, override) {
  const key = `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const id = await keyId(key);
  if (override) await admin("PUT", `/keys/${id}/overrides`, override);
  return { key, id };
}
export async function state(id) { return admin("GET", `/keys/${id}`); }
export async function remaining(id, name = "tpd") {
  const s = await state(id);
  return s.usage.find((u) => u.name === name).remaining;
}
export async function charged(id) { const s = await state(id); const u = s.usage.find((u) => u.name === "tpd"); return u.quota - u.remaining; }
// send a streamed request, abort after the first content chunk; returns {status, firstBytes}
export async function cutStream(path, key, body, headers = {}, { waitFor = /text_delta|output_text\.delta|"content":"/, abortAfterMs = 0 } = {}) {
  const ac = new AbortController();
  const r = await fetch(G + path, { method: "POST", signal: ac.signal, headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  if (r.status !== 200) { const t = await r.text(); return { status: r.status, text: t.slice(0, 300) }; }
  const rd = r.body.getReader(); let acc = "";
  const dec = new TextDecoder();
  try {
    while (true) {
      const { value, done } = await rd.read(); if (done) break;
      acc += dec.decode(value, { stream: true });
      if (waitFor.test(acc)) break;
    }
  } catch {}
  if (abortAfterMs) await sleep(abortAfterMs);
  ac.abort(); try { await rd.cancel(); } catch {}
  return { status: 200, text: acc.slice(0, 200) };
}
export async function post(path, key, body, headers = {}) {
  const r = await fetch(G + path, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
  const t = await r.text(); let j = null; try { j = JSON.parse(t); } catch {}
  return { status: r.status, json: j, text: t, headers: r.headers };
}
export function save(name, obj) { writeFileSync(join(OUT, name), JSON.stringify(obj, null, 2)); }
