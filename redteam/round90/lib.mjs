// shared helpers for round 90's scripts
import fs from 'node:fs';
export const G = `http://127.0.0.1:${process.env.PORT || 9120}`;
export const O = `http://127.0.0.1:${process.env.ORIGIN_PORT || 9122}`;
const vars = fs.readFileSync(new URL('../../.dev.vars', import.meta.url), 'utf8');
export const ADMIN = vars.match(/GUARD_ADMIN_TOKEN=(.*)/)[1].trim().replace(/^"|"$/g, '');
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const newKey = (tag) => `sk-r90-${tag}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
export async function admin(method, path, body) {
  const r = await fetch(G + '/admin' + path, { method, headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  const t = await r.text(); try { return JSON.parse(t); } catch { return t; }
}
export async function keyId(key) { return (await admin('POST', '/keys/lookup', { key })).keyId; }
export async function state(key) { return admin('GET', '/keys/' + (await keyId(key))); }
// what the guard has drawn from the key's tpd bucket, corrected for the bucket's refill since t0
export async function charged(key, t0, settleMs = 1500) {
  await sleep(settleMs);
  const deadline = Date.now() + 8000; let s;
  do { s = await state(key); if (!s.inFlight) break; await sleep(300); } while (Date.now() < deadline);
  const d = s.usage.find((u) => u.name === 'tpd');
  const refill = ((Date.now() - t0) / 1000) * (d.quota / d.windowSeconds);
  return { drawn: Math.round(d.quota - d.remaining + refill), counters: s.counters, standing: s.detection.standing, score: s.detection.score, reasons: s.detection.reasons };
}
export async function billed(key) { return (await (await fetch(`${O}/__bill?key=${encodeURIComponent(key)}`)).json()).billed; }
export async function originRecord(id) { return (await fetch(`${O}/__resp?id=${id}`)).json(); }
export async function api(key, method, path, body, headers = {}) {
  const r = await fetch(G + path, { method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers }, body: body ? JSON.stringify(body) : undefined });
  const t = await r.text(); let j; try { j = JSON.parse(t); } catch { j = t; }
  return { status: r.status, j, h: Object.fromEntries(r.headers) };
}
// the origin's own API, called directly ("outside the guard", as a customer's dashboard or backend does)
export async function originApi(key, method, path, body) {
  const r = await fetch(O + path, { method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  return r.json();
}
export const words = (n, seed = 1) => { const w = 'alpha beta gamma delta epsilon zeta theta kappa lambda sigma omega river mountain ledger invoice contract clause party'.split(' '); const a = []; for (let i = 0; i < n; i++) a.push(w[(i * 13 + seed * 7 + (i >> 3)) % w.length]); return a.join(' '); };
export async function waitDone(id, ms = 20000) { const d = Date.now() + ms; while (Date.now() < d) { const r = await originRecord(id); if (r && r.status !== 'queued' && r.status !== 'in_progress') return r; await sleep(150); } return null; }
export async function peak(key) { return (await fetch(`${O}/__peak?key=${encodeURIComponent(key)}`)).json(); }
export async function setTier(key, tier, extra = {}) { return admin('PUT', '/keys/' + (await keyId(key)) + '/overrides', { tier, ...extra }); }
