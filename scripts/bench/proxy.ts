/**
 * (a) Proxy throughput: the guard (real bundle, DO per key) vs. a bare pass-through Worker, both
 * started through Miniflare's API on the same runtime and pointed at the same mock origin (its
 * own process). Absolute numbers vary +-30-50 % on a shared machine; the ratio measured in the
 * same run is the figure to quote.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";
import { unstable_readConfig } from "wrangler";
import { ROOT, startGuard, type GuardHarness } from "../lib/guard-harness.ts";
import { runLoad, type LoadResult } from "./load.ts";

const here = dirname(fileURLToPath(import.meta.url));

export interface ProxyBenchOptions {
  concurrency: number;
  maxRequests: number;
  maxMs: number;
  rounds: number;
}

export interface ProxyRow {
  name: string;
  round: number;
  result: LoadResult;
}

async function startOrigin(): Promise<{ url: string; child: ChildProcess }> {
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
function benchPolicy(detectionMode: "shadow" | "off"): string {
  const config = unstable_readConfig({ config: join(ROOT, "wrangler.toml") }, { hideWarnings: true });
  const policy = JSON.parse(String(config.vars.GUARD_POLICY ?? "{}")) as Record<string, unknown>;
  policy.defaults = { rpm: 100_000_000, tpm: 100_000_000_000, tpd: 100_000_000_000, concurrency: 10_000 };
  policy.detection = { ...(policy.detection as object | undefined), mode: detectionMode };
  return JSON.stringify(policy);
}

const BODY = Buffer.from(
  JSON.stringify({ model: "mock-gpt", messages: [{ role: "user", content: "Benchmark prompt: say something." }], max_tokens: 16 }),
);

function chatLoad(url: string, keys: string[], o: ProxyBenchOptions): Promise<LoadResult> {
  return runLoad({
    url,
    concurrency: o.concurrency,
    maxRequests: o.maxRequests,
    maxMs: o.maxMs,
    build: (i) => ({
      path: "/v1/chat/completions",
      headers: { "content-type": "application/json", authorization: `Bearer ${keys[i % keys.length]}` },
      body: BODY,
    }),
  });
}

export async function benchProxy(o: ProxyBenchOptions): Promise<ProxyRow[]> {
  const origin = await startOrigin();
  const config = unstable_readConfig({ config: join(ROOT, "wrangler.toml") }, { hideWarnings: true });
  const bare = new Miniflare(
    convertV4MiniflareOptions({
      host: "127.0.0.1",
      port: 0,
      modules: true,
      scriptPath: join(here, "bare-proxy.worker.js"),
      modulesRoot: here,
      compatibilityDate: config.compatibility_date,
      compatibilityFlags: config.compatibility_flags,
      bindings: { UPSTREAM_URL: origin.url, FORWARD_HEADERS: "x-mock-*" },
      handleStructuredLogs: () => {},
    }),
  );
  let guard: GuardHarness | undefined;
  let plain: GuardHarness | undefined;
  try {
    guard = await startGuard({ upstreamUrl: origin.url, policy: benchPolicy("shadow") });
    // Same bundle with detection off: separates the cost of detection from the DO round trip.
    plain = await startGuard({ upstreamUrl: origin.url, policy: benchPolicy("off") });
    const bareUrl = (await bare.ready).origin;
    const one = ["sk-bench-one"];
    const fifty = Array.from({ length: 50 }, (_, i) => `sk-bench-${i}`);
    // Warm-up (not measured): JIT, connections, and every key's Durable Object created.
    await chatLoad(bareUrl, one, { ...o, maxRequests: 200, maxMs: 5000 });
    await chatLoad(guard.url, [...one, ...fifty], { ...o, maxRequests: 300, maxMs: 5000 });
    await chatLoad(plain.url, fifty, { ...o, maxRequests: 300, maxMs: 5000 });
    const rows: ProxyRow[] = [];
    // Interleaved rounds so machine noise hits every variant alike.
    for (let round = 1; round <= o.rounds; round++) {
      rows.push({ name: "bare proxy", round, result: await chatLoad(bareUrl, one, o) });
      rows.push({ name: "guard, 1 key", round, result: await chatLoad(guard.url, one, o) });
      rows.push({ name: "guard, 50 keys", round, result: await chatLoad(guard.url, fifty, o) });
      rows.push({ name: "guard, 50 keys, detect off", round, result: await chatLoad(plain.url, fifty, o) });
    }
    return rows;
  } finally {
    await guard?.dispose();
    await plain?.dispose();
    await bare.dispose();
    origin.child.stdin!.end();
    origin.child.kill("SIGTERM");
    await Promise.race([once(origin.child, "exit"), new Promise((r) => setTimeout(r, 3000))]);
  }
}
