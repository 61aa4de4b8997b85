// round 76 helper: talks only to 127.0.0.1 on the guard's port (default 8921).
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
export const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = join(HERE, "..", "..");
export const OUT = join(HERE, "out");
mkdirSync(OUT, { recursive: true });
export const G = `http://127.0.0.1:${process.env.PORT || 8921}`;
const vars = readFileSync(join(REPO, ".dev.vars"), "utf8");
export const ADMIN = /GUARD_ADMIN_TOKEN=(.*)/.exec(vars)[1].trim();
export const RUN = process.env.R76_RUN || Date.now().toString(36);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function admin(method, path, body) {
  const r = await fetch(G + "/admin" + path, {
    method, headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const t = await r.text();
  try { return { status: r.status, json: JSON.parse(t) }; } catch { return { status: r.status, text: t }; }
}
export async function keyId(key) { return (await admin("POST", "/keys/lookup", { key })).json.keyId; }
export async function setOv(key, ov) { return admin("PUT", `/keys/${await keyId(key)}/overrides`, ov); }
export async function state(key) { return (await admin("GET", `/keys/${await keyId(key)}`)).json; }
export async function tpdUsed(key) {
  const s = await state(key); const u = s.usage.find((x) => x.name === "tpd"); return u.quota - u.remaining;
}
export function newKey(tag) { return `sk-r76-${tag}-${RUN}-${Math.random().toString(36).slice(2, 8)}`; }

export async function req(method, path, key, body, headers = {}, opt = {}) {
  const h = { ...headers };
  if (key) h.authorization = `Bearer ${key}`;
  let b = body;
  if (body !== undefined && !(body instanceof FormData) && typeof body !== "string") { b = JSON.stringify(body); h["content-type"] = "application/json"; }
  const ac = new AbortController();
  const r = await fetch(G + path, { method, headers: h, body: b, signal: ac.signal });
  if (opt.cutAfter !== undefined) {
    // read until `cutAfter` bytes (or a marker) then leave
    const rd = r.body.getReader(); let got = ""; 
    while (true) {
      const { value, done } = await rd.read(); if (done) break;
      got += Buffer.from(value).toString();
      if ((opt.marker && got.includes(opt.marker)) || got.length >= opt.cutAfter) break;
    }
    ac.abort(); return { status: r.status, headers: r.headers, text: got, cut: true };
  }
  const text = await r.text(); let json; try { json = JSON.parse(text); } catch {}
  return { status: r.status, headers: r.headers, text, json };
}
export function log(name, obj) { writeFileSync(join(OUT, name), typeof obj === "string" ? obj : JSON.stringify(obj, null, 2)); }
