// shared helpers for round 75 scripts
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import net from "node:net";
export const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = join(HERE, "..", "..");
export const OUT = join(HERE, "out");
mkdirSync(OUT, { recursive: true });
export const PORT = Number(process.env.PORT ?? 8911);
export const MOCK_PORT = Number(process.env.MOCK_PORT ?? 8912);
export const G = `http://127.0.0.1:${PORT}`;
export const M = `http://127.0.0.1:${MOCK_PORT}`;
export const ADMIN = readFileSync(join(REPO, ".dev.vars"), "utf8").match(/GUARD_ADMIN_TOKEN=(.*)/)[1].trim();
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export function uniq(p) { return `${p}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`; }
export async function admin(method, path, body) {
  const r = await fetch(G + "/admin" + path, { method, headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
  const t = await r.text(); try { return JSON.parse(t); } catch { return t; }
}
export async function keyId(key) { return (await admin("POST", "/keys/lookup", { key })).keyId; }
export async function setLimits(key, o) { const id = await keyId(key); await admin("PUT", `/keys/${id}/overrides`, o); return id; }
export async function keyInfo(key) { return admin("GET", `/keys/${await keyId(key)}`); }
export function save(name, data) { writeFileSync(join(OUT, name), typeof data === "string" ? data : JSON.stringify(data, null, 2)); }
// raw HTTP/1.1 request over a socket, returns {status, headers, body}
export function raw(reqText, { port = PORT, timeout = 15000 } = {}) {
  return new Promise((resolve) => {
    const s = net.connect(port, "127.0.0.1"); let buf = Buffer.alloc(0);
    const t = setTimeout(() => { s.destroy(); resolve(parse(buf)); }, timeout);
    s.on("data", (d) => { buf = Buffer.concat([buf, d]); });
    s.on("end", () => { clearTimeout(t); resolve(parse(buf)); });
    s.on("error", () => { clearTimeout(t); resolve(parse(buf)); });
    s.write(reqText);
  });
  function parse(b) { const s = b.toString("latin1"); const i = s.indexOf("\r\n\r\n"); const head = s.slice(0, i); return { status: Number(head.split(" ")[1]), head, body: s.slice(i + 4), all: s }; }
}
