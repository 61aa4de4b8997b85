/**
 * Minimal closed-loop HTTP load generator (keep-alive, fixed concurrency). Bounded by request
 * count AND wall time. Own code instead of a dependency: ~50 lines, and it reports exactly what
 * the bench prints (req/s, p50, p99, status histogram).
 */
import { Agent, request } from "node:http";

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
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
  return { requests: latencies.length, seconds, rps: latencies.length / seconds, p50: q(0.5), p99: q(0.99), statuses };
}
