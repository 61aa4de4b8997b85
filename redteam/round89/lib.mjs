// shared helpers for round 89's scripts
import fs from 'node:fs';
export const G = `http://127.0.0.1:${process.env.PORT || 9110}`;
export const O = `http://127.0.0.1:${process.env.ORIGIN_PORT || 9112}`;
export const GB = `http://127.0.0.1:${process.env.PORT_B || 9113}`;
const vars = fs.readFileSync(new URL('../../.dev.vars', import.meta.url), 'utf8');
export const ADMIN = vars.match(/GUARD_ADMIN_TOKEN=(.*)/)[1].trim().replace(/^"|"$/g, '');
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const newKey = (tag) => `sk-r89-${tag}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
export async function admin(method, path, body) {
  const r = await fetch(G + '/admin' + path, { method, headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body)) });
  const t = await r.text(); let j; try { j = JSON.parse(t); } catch { j = t; }
  return { status: r.status, j };
}
export async function keyId(key) { return (await admin('POST', '/keys/lookup', { key })).j.keyId; }
export async function state(key) { return (await admin('GET', '/keys/' + (await keyId(key)))).j; }
export async function api(key, method, path, body, headers = {}) {
  const h = { 'content-type': 'application/json', ...headers };
  if (key) h.authorization = `Bearer ${key}`;
  const r = await fetch(G + path, { method, headers: h, body: body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body)) });
  const t = await r.text(); let j; try { j = JSON.parse(t); } catch { j = t; }
  return { status: r.status, j, h: Object.fromEntries(r.headers), text: t };
}
export const chat = (content, extra = {}) => ({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }], ...extra });
export function verdict(bad) { console.log(bad ? 'REPRODUCED' : 'not reproduced'); }
// a request to guard B (FORWARD_HEADERS='*', CORS, rpm 2)
export async function apiB(headers, method, path, body) {
  const r = await fetch(GB + path, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  const t = await r.text(); let j; try { j = JSON.parse(t); } catch { j = t; }
  return { status: r.status, j, h: Object.fromEntries(r.headers), text: t };
}
export const tpdDrawn = (s) => { const d = s.usage.find((u) => u.name === 'tpd'); return d.quota - d.remaining; };
