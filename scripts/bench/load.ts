/**
 * Minimal closed-loop HTTP load generator (keep-alive, fixed concurrency). Bounded by request
 * count AND wall time. Own code instead of a dependency: ~50 lines, and it reports exactly what
 * the bench prints (req/s, p50, p99, status histogram).
 */
import { Agent, request } from "node:http";
import { mulberry32 } from "../lib/rng.ts";

export interface LoadOptions {
  url: string;
  /** Request body and headers for request number i (lets callers spread keys). */
  build: (i: number) => { path: string; headers: Record<string, string>; body: Buffer };
  concurrency: number;
  maxRequests: number;
  maxMs: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  statuses: Record<string, number>;
}

function once(agent: Agent, base: URL, r: ReturnType<LoadOptions["build"]>): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      { agent, host: base.hostname, port: base.port, method: "POST", path: r.path, headers: { ...r.headers, "content-length": r.body.length } },
      (res) => {
        res.on("data", () => {});
        res.on("end", () => resolve(res.statusCode ?? 0));
        res.on("error", () => resolve(-1));
      },
    );
    req.setTimeout(30_000, () => req.destroy());
    req.on("error", () => resolve(-1));
    req.end(r.body);
  });
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const base = new URL(o.url);
  const agent = new Agent({ keepAlive: true, maxSockets: o.concurrency });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const t0 = performance.now();
  const deadline = t0 + o.maxMs;
  let issued = 0;
  async function worker(): Promise<void> {
    while (issued < o.maxRequests && performance.now() < deadline) {
      const i = issued++;
      const start = performance.now();
      const status = await once(agent, base, o.build(i));
      latencies.push(performance.now() - start);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  }
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  agent.destroy();
  return summarise(latencies, statuses, (performance.now() - t0) / 1000);
}

function summarise(latencies: number[], statuses: Record<string, number>, seconds: number): LoadResult {
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
  return { requests: latencies.length, seconds, rps: latencies.length / seconds, p50: q(0.5), p99: q(0.99), statuses };
}

export interface OpenLoadOptions {
  url: string;
  build: LoadOptions["build"];
  /** Arrivals per second (Poisson, seeded): requests start on schedule whether or not earlier ones have ended. */
  rate: number;
  maxRequests: number;
  maxMs: number;
  seed?: number;
}

export interface OpenLoadResult extends LoadResult {
  /** Requests that started more than 5 ms after their scheduled time (the generator fell behind). */
  late: number;
}

/**
 * Open-loop load: requests arrive at a fixed mean rate, as independent clients' do, and each
 * one's latency is counted from its scheduled arrival, so time it spent waiting behind a slow
 * request is counted too (no coordinated omission). At a rate both systems sustain, the
 * difference of their p99s is the latency the guard adds to a request, which a closed loop at
 * saturation cannot show (there every request also waits for the others' extra work). Bounded by
 * request count AND wall time.
 */
export async function runOpenLoad(o: OpenLoadOptions): Promise<OpenLoadResult> {
  for (const [name, v] of [["rate", o.rate], ["maxRequests", o.maxRequests], ["maxMs", o.maxMs]] as const) {
    if (!Number.isFinite(v) || v <= 0) throw new RangeError(`runOpenLoad: ${name} must be a positive number (got ${v})`);
  }
  const base = new URL(o.url);
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const rnd = mulberry32(o.seed ?? 1);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  let late = 0;
  const t0 = performance.now();
  const deadline = t0 + o.maxMs;
  let at = t0;
  for (let i = 0; i < o.maxRequests; i++) {
    at += (-Math.log(1 - rnd()) / o.rate) * 1000;
    if (at > deadline) break;
    const wait = at - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    if (performance.now() - at > 5) late++;
    const scheduled = at;
    pending.push(
      once(agent, base, o.build(i)).then((status) => {
        latencies.push(performance.now() - scheduled);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  return { ...summarise(latencies, statuses, (performance.now() - t0) / 1000), late };
}
