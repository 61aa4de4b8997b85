// Shared helpers: start origin45 + the guard (npm start with UPSTREAM_URL), admin calls.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, "../..");
export const GPORT = Number(process.env.GPORT ?? 8880), OPORT = Number(process.env.OPORT ?? 8882), MPORT = GPORT + 1;
export const G = `http://127.0.0.1:${GPORT}`, O = `http://127.0.0.1:${OPORT}`;
export const ADMIN = fs.readFileSync(path.join(ROOT, ".dev.vars"), "utf8").match(/GUARD_ADMIN_TOKEN=(\S+)/)[1];
const procs = [];
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitUp(url, ms = 60000) { const t = Date.now(); while (Date.now() - t < ms) { try { await fetch(url); return; } catch { await sleep(300); } } throw new Error("not up " + url); }
export async function start(policy, extraEnv = {}) {
  extraEnv = { FORWARD_HEADERS: "x-o-*", ...extraEnv };
  // npm start passes GUARD_POLICY and FORWARD_HEADERS from the environment to wrangler dev (since
  // this round's fix; the round first wrote them into .dev.vars, which npm start did not read them from)
  const o = spawn(process.execPath, [path.join(here, "origin46.mjs")], { env: { ...process.env, ORIGIN_PORT: String(OPORT) }, stdio: "ignore", detached: true });
  procs.push(o);
  const g = spawn("npm", ["start"], { cwd: ROOT, env: { ...process.env, PORT: String(GPORT), MOCK_PORT: String(MPORT), UPSTREAM_URL: O, GUARD_POLICY: JSON.stringify(policy), FORWARD_HEADERS: "x-o-*", ...extraEnv }, stdio: ["ignore", fs.openSync(path.join(here, `guard-${GPORT}.log`), "w"), fs.openSync(path.join(here, `guard-${GPORT}.err`), "w")], detached: true });
  procs.push(g);
  await waitUp(O + "/ledger"); await waitUp(G + "/v1/models", 90000);
}
export function stop() { for (const p of procs) { try { process.kill(-p.pid, "SIGTERM"); } catch {} } }
process.on("exit", stop); for (const s of ["SIGINT", "SIGTERM"]) process.on(s, () => { stop(); process.exit(1); });
export async function admin(method, p, body) { const r = await fetch(G + "/admin" + p, { method, headers: { authorization: "Bearer " + ADMIN, "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined }); return r.json().catch(() => ({})); }
export async function keyId(key) { return (await admin("POST", "/keys/lookup", { key })).keyId; }
export async function ledger() { return (await (await fetch(O + "/ledger")).json()); }
export async function post(p, key, body, headers = {}) {
  const r = await fetch(G + p, { method: "POST", headers: { "x-api-key": key, "content-type": "application/json", "anthropic-version": "2023-06-01", ...headers }, body: JSON.stringify(body) });
  const text = await r.text(); return { status: r.status, headers: r.headers, text, json: (() => { try { return JSON.parse(text); } catch { return null; } })() };
}
