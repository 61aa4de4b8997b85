// round 42a helpers: several Worker isolates in front of the same Durable Objects.
// One Miniflare (workerd) process runs N copies of the built bundle dist/index.js as N Workers ("g0".."gN-1").
// g0 owns the Durable Object classes (KeyGuard, LinkRegistry, ListIndex, BatchGroup); g1.. bind g0's classes with
// `scriptName: "g0"`, as a second deployment script would. Each Worker is its own V8 isolate (workerd: one isolate
// per Worker), so each one has its own lease client / outbox / permits, and they all talk to one object per key.
// Each isolate listens on its own port (unsafeDirectSockets): 127.0.0.1:10010+i. Origin: round 33's recording origin.
import { Miniflare, convertV4MiniflareOptions } from "miniflare";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
export { startOrigin } from "../round33/lib.mjs";
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const ORIGIN_PORT = 10019;
export const GUARD_PORT0 = 10010; // isolate i on 10010 + i (at most 8)

function devVars() {
  const t = fs.readFileSync(path.join(ROOT, ".dev.vars"), "utf8");
  const o = {};
  for (const line of t.split("\n")) { const m = line.match(/^([A-Z_]+)=(.*)$/); if (m) o[m[1]] = m[2].trim(); }
  return o;
}

// policy: GUARD_POLICY object; n: number of isolates; vars: extra vars
export async function startGuards({ n = 2, policy, vars = {}, upstream = `http://127.0.0.1:${ORIGIN_PORT}`, log = false } = {}) {
  const secrets = devVars();
  const bindings = {
    UPSTREAM_URL: upstream, FAIL_MODE: "open", LOG_DECISIONS: "acted", MAX_BODY_BYTES: "8388608", DO_TIMEOUT_MS: "2000",
    GUARD_POLICY: JSON.stringify(policy), GUARD_KEY_SECRET: secrets.GUARD_KEY_SECRET, GUARD_ADMIN_TOKEN: secrets.GUARD_ADMIN_TOKEN,
    ...vars,
  };
  const classes = { KEY_GUARD: "KeyGuard", LINK_REGISTRY: "LinkRegistry", LIST_INDEX: "ListIndex", BATCH_GROUP: "BatchGroup" };
  const workers = [];
  for (let i = 0; i < n; i++) {
    const durableObjects = {};
    for (const [b, c] of Object.entries(classes)) durableObjects[b] = i === 0 ? { className: c, useSQLite: true } : { className: c, scriptName: "g0", useSQLite: true };
    workers.push({
      name: "g" + i, rootPath: ROOT, modules: true, scriptPath: path.join(ROOT, "dist/index.js"),
      compatibilityDate: "2026-08-01", compatibilityFlags: ["nodejs_compat", "enable_request_signal"],
      bindings, durableObjects,
      unsafeDirectSockets: [{ host: "127.0.0.1", port: GUARD_PORT0 + i }],
    });
  }
  const logs = [];
  const mf = new Miniflare(convertV4MiniflareOptions({
    host: "127.0.0.1", port: GUARD_PORT0 + 8 /* 10018: the entry socket, unused */,
    logRequests: false,
    workers,
    handleStructuredLogs(l) { logs.push(l); if (log) process.stderr.write(JSON.stringify(l) + "\n"); },
  }));
  await mf.ready;
  const bases = [];
  for (let i = 0; i < n; i++) bases.push(`http://127.0.0.1:${GUARD_PORT0 + i}`);
  const token = secrets.GUARD_ADMIN_TOKEN;
  const admin = async (method, p, body, i = 0) => { const r = await fetch(bases[i] + "/admin" + p, { method, headers: { authorization: "Bearer " + token, "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined }); const t = await r.text(); try { return { status: r.status, body: JSON.parse(t) }; } catch { return { status: r.status, body: t }; } };
  const keyId = async (key) => (await admin("POST", "/keys/lookup", { key })).body.keyId;
  let disposed = false;
  const stop = async () => { if (disposed) return; disposed = true; try { await mf.dispose(); } catch {} };
  process.on("exit", () => { if (!disposed) try { mf.dispose(); } catch {} });
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, async () => { await stop(); process.exit(130); });
  return { mf, bases, admin, keyId, stop, logs };
}

export async function chat(base, key, body = {}, headers = {}) {
  const t0 = Date.now();
  const r = await fetch(base + "/v1/chat/completions", {
    method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json", ...headers },
    body: JSON.stringify({ model: "m", messages: [{ role: "user", content: "hello " + Math.random().toString(36).slice(2, 8) }], max_tokens: 8, ...body }),
  });
  const text = await r.text(); let j; try { j = JSON.parse(text); } catch { j = text; }
  return { status: r.status, body: j, headers: r.headers, t0, t1: Date.now() };
}

// run fn over `count` jobs with at most `conc` in flight, stop at deadline
export async function pool(count, conc, fn, deadlineMs = 60000) {
  const out = []; let next = 0; const end = Date.now() + deadlineMs;
  const worker = async () => { while (next < count && Date.now() < end) { const i = next++; try { out[i] = await fn(i); } catch (e) { out[i] = { err: String(e) }; } } };
  await Promise.all(Array.from({ length: conc }, worker));
  return out;
}
export const tally = (rs) => rs.reduce((m, r) => { const k = r?.status ?? "err"; m[k] = (m[k] || 0) + 1; return m; }, {});
