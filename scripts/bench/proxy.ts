/**
 * (a) Proxy throughput: the guard (real bundle, DO per key) vs. a bare pass-through Worker, both
 * started through Miniflare's API on the same runtime and pointed at the same mock origin (its
 * own process). Absolute numbers vary +-30-50 % on a shared machine; the ratio measured in the
 * same run is the figure to quote.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";
import { unstable_readConfig } from "wrangler";
import { ROOT, startGuard, type GuardHarness } from "../lib/guard-harness.ts";
import { runLoad, runOpenLoad, type LoadResult } from "./load.ts";

const here = dirname(fileURLToPath(import.meta.url));

export interface ProxyBenchOptions {
  concurrency: number;
  maxRequests: number;
  maxMs: number;
  rounds: number;
  /**
   * Also measure latency at a fixed arrival rate (open loop, Poisson): the bare proxy and the
   * guard's hot key and 50 keys, `requests` each (bounded by `maxMs` too), in `rounds` interleaved
   * rounds of their own before the closed-loop runs.
   */
  open?: { rate: number; requests: number; maxMs: number };
}

export interface ProxyRow {
  name: string;
  round: number;
  result: LoadResult;
  /** Durable Object calls and storage rows written during the run, counted by the Worker/objects. */
  io: { doCalls: number; objectCalls: number; rowsWritten: number; leasedAdmits: number; shardCalls: number; leaseWaits: number; timers: number };
  /**
   * CPU time the runtime processes (workerd: the Worker and its Durable Objects) used during the
   * run, in ms, read from /proc (NaN where there is none). CPU per request is steadier than req/s
   * on a shared machine: other load slows a run down but does not add to its process's CPU time.
   */
  runtimeCpuMs: number;
  /** Set on the open-loop rows: the arrival rate, and how many requests started > 5 ms late. */
  open?: { rate: number; late: number };
}

/** utime + stime (ms) of this process's workerd children; NaN without /proc. */
export function runtimeCpuMs(): number {
  let ticks = 0;
  try {
    for (const pid of readdirSync("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      } catch {
        continue;
      }
      // pid (comm) state ppid ... utime(14) stime(15): comm may hold spaces, so split after ')'
      const close = stat.lastIndexOf(")");
      const comm = stat.slice(stat.indexOf("(") + 1, close);
      const f = stat.slice(close + 2).split(" ");
      if (!comm.startsWith("workerd") || Number(f[1]) !== process.pid) continue;
      ticks += Number(f[11]) + Number(f[12]);
    }
  } catch {
    return Number.NaN;
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

type Io = ProxyRow["io"];
const ZERO: Io = { doCalls: 0, objectCalls: 0, rowsWritten: 0, leasedAdmits: 0, shardCalls: 0, leaseWaits: 0, timers: 0 };

/** The bench's mock origin in its own process (origin-server.ts). */
export async function startOrigin(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ["--experimental-strip-types", "--no-warnings", join(here, "origin-server.ts")],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const lines = createInterface({ input: child.stdout! });
  const timer = setTimeout(() => child.kill(), 15_000);
  for await (const line of lines) {
    const m = /^listening (\S+)/.exec(line);
    if (m) {
      clearTimeout(timer);
      return { url: m[1]!, child };
    }
  }
  throw new Error("mock origin process did not start");
}

/** Limits high enough that only throughput is measured; detection runs in shadow (computed, not enforced). */
export function benchPolicy(detectionMode: "shadow" | "off"): string {
  const config = unstable_readConfig({ config: join(ROOT, "wrangler.toml") }, { hideWarnings: true });
  const policy = JSON.parse(String(config.vars.GUARD_POLICY ?? "{}")) as Record<string, unknown>;
  policy.defaults = { rpm: 100_000_000, tpm: 100_000_000_000, tpd: 100_000_000_000, concurrency: 10_000 };
  policy.detection = { ...(policy.detection as object | undefined), mode: detectionMode };
  // BENCH_LEASES='{"flushMs":500}' tries other lease settings without editing wrangler.toml
  if (process.env.BENCH_LEASES) policy.leases = { ...(policy.leases as object | undefined), ...(JSON.parse(process.env.BENCH_LEASES) as object) };
  return JSON.stringify(policy);
}

/** The bench's chat request (what every load of (a), answer-read.ts and profile.ts sends). */
export const BODY = Buffer.from(
  JSON.stringify({ model: "mock-gpt", messages: [{ role: "user", content: "Benchmark prompt: say something." }], max_tokens: 16 }),
);

const chatBuild = (keys: string[]) => (i: number) => ({
  path: "/v1/chat/completions",
  headers: { "content-type": "application/json", authorization: `Bearer ${keys[i % keys.length]}` },
  body: BODY,
});

function chatLoad(url: string, keys: string[], o: ProxyBenchOptions): Promise<LoadResult> {
  return runLoad({ url, concurrency: o.concurrency, maxRequests: o.maxRequests, maxMs: o.maxMs, build: chatBuild(keys) });
}

/** A bench Worker of this folder (the bare or the floor proxy) in front of `upstream`; `extra`: more Miniflare options. */
export function miniflareFor(script: string, upstream: string, extra: Record<string, unknown> = {}): Miniflare {
  const config = unstable_readConfig({ config: join(ROOT, "wrangler.toml") }, { hideWarnings: true });
  return new Miniflare(
    convertV4MiniflareOptions({
      host: "127.0.0.1",
      port: 0,
      modules: true,
      scriptPath: join(here, script),
      modulesRoot: here,
      compatibilityDate: config.compatibility_date,
      compatibilityFlags: config.compatibility_flags,
      bindings: { UPSTREAM_URL: upstream, FORWARD_HEADERS: "x-mock-*", ...((extra.bindings as Record<string, string> | undefined) ?? {}) },
      handleStructuredLogs: () => {},
      ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== "bindings")),
    }),
  );
}

async function readIo(get: () => Promise<Response>): Promise<Io> {
  const j = (await (await get()).json()) as Partial<Io>;
  return { doCalls: j.doCalls ?? 0, objectCalls: j.objectCalls ?? 0, rowsWritten: j.rowsWritten ?? 0, leasedAdmits: j.leasedAdmits ?? 0, shardCalls: j.shardCalls ?? 0, leaseWaits: j.leaseWaits ?? 0, timers: j.timers ?? 0 };
}

const diff = (a: Io, b: Io): Io => ({
  doCalls: b.doCalls - a.doCalls,
  objectCalls: b.objectCalls - a.objectCalls,
  rowsWritten: b.rowsWritten - a.rowsWritten,
  leasedAdmits: b.leasedAdmits - a.leasedAdmits,
  shardCalls: b.shardCalls - a.shardCalls,
  leaseWaits: b.leaseWaits - a.leaseWaits,
  timers: b.timers - a.timers,
});

/** The configurations of (a), in the order they run in each round. */
export const PROXY_RUNS = [
  "bare proxy",
  "floor: 1 DO call + 1 row, 1 key",
  "floor: 1 DO call + 1 row, 1,000 keys",
  "floor: 2 DO calls + 2 rows, 1,000 keys",
  "guard, 1 hot key",
  "guard, 50 keys",
  "guard, 50 keys, detect off",
  "guard, 1,000 cold keys",
] as const;

/** The configurations measured at a fixed arrival rate (`ProxyBenchOptions.open`), named by their closed-loop run. */
export const OPEN_RUNS = ["bare proxy", "guard, 1 hot key", "guard, 50 keys"] as const;
export const openName = (run: string, rate: number) => `${run} @ ${rate} req/s`;

/** The fixed-rate rows of each round beside that round's bare proxy: what the guard adds at p50 and p99 (0 for bare). */
export function latencyAtRate(rows: readonly ProxyRow[], rate: number, rounds: number): { run: (typeof OPEN_RUNS)[number]; round: number; row: ProxyRow; base: LoadResult; addedP50: number; addedP99: number }[] {
  const out: ReturnType<typeof latencyAtRate> = [];
  for (let round = 1; round <= rounds; round++) {
    const base = rows.find((r) => r.name === openName("bare proxy", rate) && r.round === round)?.result;
    if (!base) continue;
    for (const run of OPEN_RUNS) {
      const row = rows.find((r) => r.name === openName(run, rate) && r.round === round);
      if (row) out.push({ run, round, row, base, addedP50: row.result.p50 - base.p50, addedP99: row.result.p99 - base.p99 });
    }
  }
  return out;
}

/**
 * Runs `only` of PROXY_RUNS (closed loop) and, with `o.open`, of OPEN_RUNS at a fixed rate;
 * `closed` false skips the closed-loop runs (scripts/bench/latency.ts).
 */
export async function benchProxy(o: ProxyBenchOptions, progress: (line: string) => void = () => {}, only: readonly string[] = PROXY_RUNS, closed = true): Promise<ProxyRow[]> {
  const origin = await startOrigin();
  const bare = miniflareFor("bare-proxy.worker.js", origin.url);
  const floor = miniflareFor("floor-proxy.worker.js", origin.url, { durableObjects: { FLOOR: { className: "Floor", useSQLite: true } } });
  // the same floor with a second call per request, after the answer, writing a second row
  const floor2 = miniflareFor("floor-proxy.worker.js", origin.url, { durableObjects: { FLOOR: { className: "Floor", useSQLite: true } }, bindings: { SETTLE: "1" } });
  let guard: GuardHarness | undefined;
  let plain: GuardHarness | undefined;
  try {
    guard = await startGuard({ upstreamUrl: origin.url, policy: benchPolicy("shadow") });
    // Same bundle with detection off: separates the cost of detection from the DO round trip.
    plain = await startGuard({ upstreamUrl: origin.url, policy: benchPolicy("off") });
    const bareUrl = (await bare.ready).origin;
    const floorUrl = (await floor.ready).origin;
    const floor2Url = (await floor2.ready).origin;
    const one = ["sk-bench-one"];
    const fifty = Array.from({ length: 50 }, (_, i) => `sk-bench-${i}`);
    const thousand = Array.from({ length: 1000 }, (_, i) => `sk-bench-cold-${i}`);
    const g = guard;
    const p = plain;
    const variants: Record<(typeof PROXY_RUNS)[number], { url: string; keys: string[]; io: () => Promise<Io> }> = {
      "bare proxy": { url: bareUrl, keys: one, io: async () => ZERO },
      "floor: 1 DO call + 1 row, 1 key": { url: floorUrl, keys: one, io: () => readIo(() => fetch(`${floorUrl}/__io`)) },
      "floor: 1 DO call + 1 row, 1,000 keys": { url: floorUrl, keys: thousand, io: () => readIo(() => fetch(`${floorUrl}/__io`)) },
      "floor: 2 DO calls + 2 rows, 1,000 keys": { url: floor2Url, keys: thousand, io: () => readIo(() => fetch(`${floor2Url}/__io`)) },
      "guard, 1 hot key": { url: g.url, keys: one, io: () => readIo(() => g.admin("/admin/io")) },
      "guard, 50 keys": { url: g.url, keys: fifty, io: () => readIo(() => g.admin("/admin/io")) },
      "guard, 50 keys, detect off": { url: p.url, keys: fifty, io: () => readIo(() => p.admin("/admin/io")) },
      "guard, 1,000 cold keys": { url: g.url, keys: thousand, io: () => readIo(() => g.admin("/admin/io")) },
    };
    // Warm-up (not measured): JIT, connections. The cold keys are not warmed: they stay cold.
    progress("warm-up");
    await chatLoad(bareUrl, one, { ...o, maxRequests: 200, maxMs: 5000 });
    await chatLoad(floorUrl, one, { ...o, maxRequests: 200, maxMs: 5000 });
    await chatLoad(floor2Url, one, { ...o, maxRequests: 200, maxMs: 5000 });
    await chatLoad(guard.url, [...one, ...fifty], { ...o, maxRequests: 300, maxMs: 5000 });
    await chatLoad(plain.url, fifty, { ...o, maxRequests: 300, maxMs: 5000 });
    const rows: ProxyRow[] = [];
    const runs = closed ? PROXY_RUNS.filter((n) => only.includes(n)) : [];
    const openRuns = o.open ? OPEN_RUNS.filter((n) => only.includes(n)) : [];
    const total = o.rounds * (runs.length + openRuns.length);
    const measure = async (name: string, round: number, v: (typeof variants)[keyof typeof variants], load: () => Promise<LoadResult & { late?: number }>, rate?: number) => {
      progress(`[${rows.length + 1}/${total}] round ${round}: ${name}`);
      const before = await v.io();
      const cpu0 = runtimeCpuMs();
      const result = await load();
      // settlements and flushes run after the answers (waitUntil): let them land before counting
      await new Promise((r) => setTimeout(r, 1500));
      const io = diff(before, await v.io());
      rows.push({ name, round, result, io, runtimeCpuMs: runtimeCpuMs() - cpu0, ...(rate ? { open: { rate, late: result.late ?? 0 } } : {}) });
    };
    // Interleaved rounds so machine noise hits every variant alike. The fixed-rate runs go first,
    // so that no run of 1,000 cold keys (their settlements, link reports and objects) precedes them.
    for (let round = 1; round <= o.rounds; round++) {
      for (const run of openRuns) {
        const { rate, requests, maxMs } = o.open!;
        const v = variants[run];
        await measure(openName(run, rate), round, v, () => runOpenLoad({ url: v.url, build: chatBuild(v.keys), rate, maxRequests: requests, maxMs, seed: round }), rate);
      }
    }
    for (let round = 1; round <= o.rounds; round++) {
      for (const name of runs) {
        const v = variants[name];
        await measure(name, round, v, () => chatLoad(v.url, v.keys, o));
      }
    }
    return rows;
  } finally {
    await guard?.dispose();
    await plain?.dispose();
    await bare.dispose();
    await floor.dispose();
    await floor2.dispose();
    origin.child.stdin!.end();
    origin.child.kill("SIGTERM");
    await Promise.race([once(origin.child, "exit"), new Promise((r) => setTimeout(r, 3000))]);
  }
}
