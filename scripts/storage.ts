/**
 * `npm run storage`: how much Durable Object storage a junk-key spray leaves, and what is left
 * after idle expiry. Bounded: 127.0.0.1 only, at most SPRAY requests or SPRAY_MAX_MS, then at most
 * EXPIRY_MAX_MS waiting for the alarms.
 *
 * - The real guard bundle runs through Miniflare's API (scripts/lib/guard-harness.ts) with its
 *   Durable Object storage persisted in a temp dir, so the on-disk bytes can be measured.
 * - The origin is the mock origin behind one rule: it answers 401 (OpenAI-shaped
 *   invalid_api_key) to every key that does not start with "sk-real-", as a real provider does
 *   for made-up keys. The guard therefore admits each junk request, the origin refuses it, and
 *   the guard settles it with originStatus 401: the key was never served.
 * - Policy: wrangler.toml's GUARD_POLICY with leaseTtlSeconds 30 and state.unservedIdleSeconds
 *   300 (a little longer than the spray), so junk keys expire within the run.
 *   Served keys keep the default idleSeconds (7 days) and are not expected to expire here.
 * - Before the spray: one real key served 3 times, one junk key put on the deny list, one junk
 *   key given an override. After expiry the script checks through the admin API that the deny
 *   entry and the override are still there, and that the denied key is still refused.
 *
 * Measured: bytes of all files under each namespace's persistence folder (SQLite database + WAL
 * + SHM), the number of object databases, and how many of them still hold rows and how many KV
 * bytes (read with node:sqlite from a copy, so the measured folder is never touched). Prints a table and writes reports/storage.json.
 */
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unstable_readConfig } from "wrangler";
import { errorResponse } from "../src/mock/errors.ts";
import { handleMockRequest } from "../src/mock/origin.ts";
import { runLoad } from "./bench/load.ts";
import { ROOT, startGuard } from "./lib/guard-harness.ts";

const SPRAY = Number(process.env.STORAGE_SPRAY ?? 10_000);
const SPRAY_MAX_MS = 270_000;
const CONCURRENCY = 16;
// Longer than the spray takes (~200 s on a shared 2-core machine), so that "after spray" sees
// every junk key's state; the first ones would otherwise already be gone.
const UNSERVED_IDLE_S = 300;
const EXPIRY_MAX_MS = Number(process.env.STORAGE_EXPIRY_MAX_MS ?? UNSERVED_IDLE_S * 1000 + 120_000);

const fmt = (n: number) => n.toLocaleString("en-US");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface NamespaceUsage {
  namespace: string;
  objects: number;
  objectsWithRows: number;
  rows: number;
  /** Bytes of the keys and values in the objects' KV tables: what the objects actually hold. */
  kvBytes: number;
  /** Bytes of every file of the namespace (object databases, WAL, SHM, the namespace's metadata). */
  bytes: number;
}

function filesUnder(dir: string, depth = 0): string[] {
  if (depth > 6) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p, depth + 1));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** Rows in an object's database outside SQLite's and the runtime's bookkeeping (its KV rows
 *  included), and the bytes of its KV keys + values; rows -1 when unreadable. */
async function rowsOf(file: string, scratchDir: string): Promise<{ rows: number; kvBytes: number }> {
  // Read a copy (database + WAL), never the live files: even a read-only connection would leave a
  // -shm file behind in the measured folder.
  const copy = join(scratchDir, "object.sqlite");
  try {
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    const { DatabaseSync } = await import("node:sqlite");
    const db = new DatabaseSync(copy);
    try {
      let rows = 0;
      let kvBytes = 0;
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
      for (const t of tables) {
        if (t.name.startsWith("_cf_") && t.name !== "_cf_KV") continue; // runtime metadata (alarm etc.)
        rows += (db.prepare(`SELECT count(*) AS n FROM "${t.name.replaceAll('"', '""')}"`).get() as { n: number }).n;
        if (t.name === "_cf_KV") kvBytes += (db.prepare("SELECT coalesce(sum(length(key) + length(value)), 0) AS b FROM _cf_KV").get() as { b: number }).b;
      }
      return { rows, kvBytes };
    } finally {
      db.close();
    }
  } catch {
    return { rows: -1, kvBytes: 0 }; // unreadable (copied mid-write): counted as holding rows
  } finally {
    for (const f of [copy, `${copy}-wal`, `${copy}-shm`]) rmSync(f, { force: true });
  }
}

async function usage(persist: string): Promise<NamespaceUsage[]> {
  const byNs = new Map<string, NamespaceUsage>();
  const scratchDir = mkdtempSync(join(tmpdir(), "llm-edge-guard-storage-read-"));
  for (const f of filesUnder(persist)) {
    const rel = f.slice(persist.length + 1);
    const m = /(KeyGuard|LinkRegistry|ListIndex)/.exec(rel);
    if (!m) continue;
    const ns = m[1]!;
    const u = byNs.get(ns) ?? { namespace: ns, objects: 0, objectsWithRows: 0, rows: 0, kvBytes: 0, bytes: 0 };
    let size = 0;
    try {
      size = statSync(f).size;
    } catch {
      continue; // a journal removed between listing and stat
    }
    u.bytes += size;
    if (f.endsWith(".sqlite") && !f.endsWith("metadata.sqlite")) {
      u.objects++;
      const r = await rowsOf(f, scratchDir);
      if (r.rows !== 0) u.objectsWithRows++;
      if (r.rows > 0) u.rows += r.rows;
      u.kvBytes += r.kvBytes;
    }
    byNs.set(ns, u);
  }
  rmSync(scratchDir, { recursive: true, force: true });
  return ["KeyGuard", "LinkRegistry", "ListIndex"].map((ns) => byNs.get(ns) ?? { namespace: ns, objects: 0, objectsWithRows: 0, rows: 0, kvBytes: 0, bytes: 0 });
}

function printUsage(label: string, us: NamespaceUsage[]): void {
  for (const u of us) {
    console.log(
      `  ${label.padEnd(24)} ${u.namespace.padEnd(13)} ${fmt(u.objects).padStart(8)} ${fmt(u.objectsWithRows).padStart(10)} ${fmt(u.rows).padStart(8)} ${fmt(u.kvBytes).padStart(12)} ${fmt(u.bytes).padStart(14)}`,
    );
  }
}

const config = unstable_readConfig({ config: join(ROOT, "wrangler.toml") }, { hideWarnings: true });
const rawPolicy = config.vars?.GUARD_POLICY;
const basePolicy = (typeof rawPolicy === "string" ? JSON.parse(rawPolicy) : rawPolicy ?? {}) as Record<string, unknown>;
const policy = { ...basePolicy, leaseTtlSeconds: 30, state: { unservedIdleSeconds: UNSERVED_IDLE_S } };

const persist = mkdtempSync(join(tmpdir(), "llm-edge-guard-storage-"));
console.log(`llm-edge-guard storage ${new Date().toISOString()} | node ${process.version} | persistence ${persist}`);
console.log(`policy: ${JSON.stringify({ leaseTtlSeconds: policy.leaseTtlSeconds, state: policy.state })} (rest from wrangler.toml)`);

const guard = await startGuard({
  policy,
  persistPath: persist,
  origin: (req) => {
    const auth = req.headers.get("authorization") ?? "";
    if (!auth.startsWith("Bearer sk-real-")) return Promise.resolve(errorResponse("openai", 401, "Incorrect API key provided."));
    return handleMockRequest(req);
  },
});

let failed = false;
const report: Record<string, unknown> = { at: new Date().toISOString(), node: process.version, policy: { leaseTtlSeconds: 30, state: policy.state } };
try {
  const body = (key: string) => ({
    path: "/v1/chat/completions",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: Buffer.from(JSON.stringify({ model: "gpt-test", messages: [{ role: "user", content: "Say hello" }], max_tokens: 8 })),
  });
  const post = (key: string) => fetch(`${guard.url}${body(key).path}`, { method: "POST", headers: body(key).headers, body: body(key).body });
  const keyIdOf = async (key: string) =>
    ((await (await guard.admin("/admin/keys/lookup", { method: "POST", body: JSON.stringify({ key }) })).json()) as { keyId: string }).keyId;

  // Keys whose state must outlive the spray and the expiry.
  const realKey = `sk-real-${randomBytes(12).toString("hex")}`;
  const deniedKey = `sk-junk-denied-${randomBytes(12).toString("hex")}`;
  const overriddenKey = `sk-junk-override-${randomBytes(12).toString("hex")}`;
  const realStatuses: number[] = [];
  for (let i = 0; i < 3; i++) {
    const r = await post(realKey);
    realStatuses.push(r.status);
    await r.text();
  }
  const deniedId = await keyIdOf(deniedKey);
  const overriddenId = await keyIdOf(overriddenKey);
  await guard.admin(`/admin/lists/deny/${deniedId}`, { method: "PUT", body: JSON.stringify({ note: "storage script" }) });
  await guard.admin(`/admin/keys/${overriddenId}/overrides`, { method: "PUT", body: JSON.stringify({ rpm: 2 }) });
  for (const k of [deniedKey, overriddenKey]) await (await post(k)).text();
  console.log(`setup: real key served ${realStatuses.join(",")}; one junk key on the deny list, one with override {rpm: 2}`);

  console.log(`\nspray: ${fmt(SPRAY)} requests, each with a distinct random junk key, ${CONCURRENCY} connections, <= ${SPRAY_MAX_MS / 1000} s`);
  const spray = await runLoad({
    url: guard.url,
    build: () => body(`sk-junk-${randomBytes(16).toString("hex")}`),
    concurrency: CONCURRENCY,
    maxRequests: SPRAY,
    maxMs: SPRAY_MAX_MS,
  });
  const sprayEnd = Date.now();
  console.log(`  ${fmt(spray.requests)} requests in ${spray.seconds.toFixed(1)} s; statuses ${JSON.stringify(spray.statuses)}`);
  if (spray.requests < SPRAY) console.log(`  (time bound reached before ${fmt(SPRAY)})`);
  await sleep(3000); // settlements run in waitUntil after the answer

  console.log(
    `\n  ${"when".padEnd(24)} ${"namespace".padEnd(13)} ${"objects".padStart(8)} ${"with rows".padStart(10)} ${"rows".padStart(8)} ${"KV bytes".padStart(12)} ${"bytes on disk".padStart(14)}`,
  );
  const afterSpray = await usage(persist);
  printUsage("after spray", afterSpray);

  // Junk keys expire unservedIdleSeconds after their last activity; give the alarms time to run.
  let afterExpiry = afterSpray;
  const deadline = sprayEnd + EXPIRY_MAX_MS;
  await sleep(Math.max(0, Math.min(sprayEnd + UNSERVED_IDLE_S * 1000, deadline) - Date.now()));
  for (;;) {
    afterExpiry = await usage(persist);
    const kg = afterExpiry[0]!;
    // done when only the kept keys (real, denied, overridden) still hold rows
    if (kg.objectsWithRows <= 3 || Date.now() > deadline) break;
    await sleep(5000);
  }
  const waited = (Date.now() - sprayEnd) / 1000;
  printUsage(`after expiry (+${waited.toFixed(0)} s)`, afterExpiry);

  // What survived, as the admin API sees it.
  const denied = (await (await guard.admin(`/admin/keys/${deniedId}`)).json()) as { list: string | null };
  const overridden = (await (await guard.admin(`/admin/keys/${overriddenId}`)).json()) as { override: unknown };
  const real = (await (await guard.admin(`/admin/keys/${await keyIdOf(realKey)}`)).json()) as { counters: { served: number } };
  const deniedNow = await post(deniedKey);
  await deniedNow.text();
  const kept = { deniedList: denied.list, deniedStatus: deniedNow.status, override: overridden.override, realServed: real.counters.served };
  console.log(`\nkept: deny entry ${kept.deniedList} (request now answers ${kept.deniedStatus}); override ${JSON.stringify(kept.override)}; real key served ${kept.realServed}`);
  if (kept.deniedList !== "deny" || kept.deniedStatus !== 403 || kept.override === null || kept.realServed !== 3) {
    failed = true;
    console.log("  FAILED: admin state or served history was lost");
  }
  // The runtime keeps a -shm (32 KiB) and a -wal per open database; measure again at rest.
  await guard.dispose();
  const atRest = await usage(persist);
  printUsage("at rest (runtime closed)", atRest);
  const kgA = afterSpray[0]!;
  const kgB = afterExpiry[0]!;
  const kgC = atRest[0]!;
  const per = (u: NamespaceUsage) => fmt(Math.round(u.bytes / Math.max(1, u.objects)));
  console.log(
    `\nKeyGuard after the spray: ${fmt(kgA.objects)} objects, ${fmt(kgA.kvBytes)} B of KV data, ${fmt(kgA.bytes)} B on disk (${per(kgA)} B/object)` +
      `\nKeyGuard after expiry:    ${fmt(kgB.objectsWithRows)} objects holding rows, ${fmt(kgB.kvBytes)} B of KV data, ${fmt(kgB.bytes)} B on disk; ` +
      `at rest ${fmt(kgC.bytes)} B (${per(kgC)} B/object: Miniflare keeps an empty database file per object that ever existed)`,
  );
  Object.assign(report, { spray, afterSpray, afterExpiry, atRest, waitedSeconds: Math.round(waited), kept });
} catch (err) {
  failed = true;
  console.error("storage run failed:", err);
  report.error = String(err);
} finally {
  await guard.dispose();
  if (process.env.STORAGE_KEEP === "1") console.log(`kept ${persist}`);
  else rmSync(persist, { recursive: true, force: true });
}

mkdirSync(join(ROOT, "reports"), { recursive: true });
writeFileSync(join(ROOT, "reports", "storage.json"), JSON.stringify(report, null, 2) + "\n");
console.log(`wrote reports/storage.json`);
process.exit(failed ? 1 : 0);
