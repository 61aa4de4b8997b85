// Round 32 helpers: start a recording origin (round 21's origin21.mjs, whose FAIL_* options round 32 added) and a fresh guard (wrangler dev --local)
// on 127.0.0.1, ports GP (guard), GP+1 (origin), GP+2 (inspector), all in 9700-9799; stop() kills both process groups.
import { spawn } from "node:child_process"; import fs from "node:fs"; import crypto from "node:crypto";
const D = new URL(".", import.meta.url).pathname; const ROOT = D + "../../";
export const sleep = (ms) => new Promise((s) => setTimeout(s, ms));
export async function startGuard({ tag, gp, policy, vars = {}, env = {} }) {
  if (gp < 9700 || gp > 9797) throw new Error("port out of range");
  const op = gp + 1; fs.mkdirSync(D + "out", { recursive: true });
  const state = `${D}out/state-${tag}`; fs.rmSync(state, { recursive: true, force: true });
  const log = `${D}out/${tag}.origin.jsonl`; fs.writeFileSync(log, "");
  const admin = crypto.randomBytes(16).toString("hex"), ks = crypto.randomBytes(24).toString("hex");
  const origin = spawn(process.execPath, [D + "../round21/origin21.mjs", String(op)], { detached: true, stdio: "ignore", env: { ...process.env, LOG: log, ...env } });
  const v = { UPSTREAM_URL: `http://127.0.0.1:${op}`, GUARD_KEY_SECRET: ks, GUARD_ADMIN_TOKEN: admin, LOG_DECISIONS: "all", GUARD_POLICY: JSON.stringify(policy), ...vars };
  const args = [ROOT + "node_modules/wrangler/bin/wrangler.js", "dev", "--local", "--ip", "127.0.0.1", "--port", String(gp), "--inspector-port", String(gp + 2),
    "--show-interactive-dev-session=false", "--persist-to", state, ...Object.entries(v).flatMap(([k, x]) => ["--var", `${k}:${x}`])];
  const out = fs.openSync(`${D}out/${tag}.guard.log`, "w");
  const guard = spawn(process.execPath, args, { cwd: ROOT, detached: true, stdio: ["ignore", out, out], env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" } });
  const stop = () => { for (const p of [guard, origin]) { try { process.kill(-p.pid, "SIGTERM"); } catch {} } };
  process.on("exit", stop); for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => { stop(); process.exit(130); });
  setTimeout(() => { console.error("wall-time cap (115 s) reached"); stop(); process.exit(3); }, +(process.env.WALL_MS ?? 115000)).unref();
  const t0 = Date.now(); const G = `http://127.0.0.1:${gp}`;
  for (;;) { try { const r = await fetch(G + "/v1/models", { signal: AbortSignal.timeout(2000) }); await r.text(); break; } catch {} if (Date.now() - t0 > 90000) { stop(); throw new Error("guard did not start"); } await sleep(500); }
  const h = { G, op, log, stop };
  h.admin = async (method, path, body) => { const r = await fetch(G + "/admin" + path, { method, headers: { authorization: "Bearer " + admin, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(20000) }); const t = await r.text(); try { return { status: r.status, j: JSON.parse(t) }; } catch { return { status: r.status, t }; } };
  h.keyId = async (key) => (await h.admin("POST", "/keys/lookup", { key })).j.keyId;
  h.override = async (key, o) => { const id = await h.keyId(key); return h.admin("PUT", `/keys/${id}/overrides`, o); };
  h.info = async (key) => (await h.admin("GET", `/keys/${await h.keyId(key)}`)).j;
  h.originLog = () => fs.readFileSync(log, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  h.req = async (method, path, { key, body, raw, headers = {} } = {}) => {
    const hh = { ...(key ? { authorization: "Bearer " + key } : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}), ...headers };
    const r = await fetch(G + path, { method, headers: hh, body: raw ?? (body === undefined ? undefined : JSON.stringify(body)), signal: AbortSignal.timeout(60000) });
    const text = await r.text(); let j = null; try { j = JSON.parse(text); } catch {}
    return { status: r.status, j, text, h: Object.fromEntries(r.headers) };
  };
  h.chat = (key, content = "Hello there", extra = {}) => h.req("POST", "/v1/chat/completions", { key, body: { model: "m", messages: [{ role: "user", content }], max_tokens: 10, ...extra } });
  h.upload = async (key, lines) => { // OpenAI batch input file (multipart, purpose batch)
    const jsonl = lines.map((l) => JSON.stringify(l)).join("\n") + "\n";
    const body = `--B\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n--B\r\nContent-Disposition: form-data; name="file"; filename="b.jsonl"\r\nContent-Type: application/jsonl\r\n\r\n${jsonl}\r\n--B--\r\n`;
    return h.req("POST", "/v1/files", { key, raw: body, headers: { "content-type": "multipart/form-data; boundary=B" } });
  };
  h.run = (key, fileId) => h.req("POST", "/v1/batches", { key, body: { input_file_id: fileId, endpoint: "/v1/chat/completions", completion_window: "24h" } });
  h.msgBatch = (key, n, { maxTokens = 10, prefix = "q" } = {}) => h.req("POST", "/v1/messages/batches", { key, body: { requests: Array.from({ length: n }, (_, i) => ({ custom_id: prefix + i, params: { model: "claude-x", max_tokens: maxTokens, messages: [{ role: "user", content: `Classify ticket ${prefix}${i}: printer offline again` }] } })) } });
  return h;
}
export const chatLines = (n, { maxTokens = 10, prefix = "c" } = {}) => Array.from({ length: n }, (_, i) => ({ custom_id: prefix + i, method: "POST", url: "/v1/chat/completions", body: { model: "m", messages: [{ role: "user", content: `Describe product ${prefix}${i}: a blue mug` }], max_tokens: maxTokens } }));
export const rl = (r) => ({ status: r.status, code: r.j?.error?.code ?? r.j?.error?.type, ra: r.h["retry-after"], ram: r.h["retry-after-ms"], rl: r.h["ratelimit"], rr: r.h["x-ratelimit-reset-requests"], rt: r.h["x-ratelimit-reset-tokens"], msg: (r.j?.error?.message ?? "").slice(0, 300) });
export const NODET = { mode: "off" };
