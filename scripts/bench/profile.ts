/**
 * CPU profile of the guard under the bench's load (runtime-side: the Worker and its Durable
 * Objects), through workerd's inspector. Builds the Worker unminified so functions keep their
 * names, runs `--requests` chat requests over `--keys` keys (32 connections, bounded in count and
 * time), and prints the share of CPU samples per function: self time, and inclusive time. Writes
 * the raw profile to `--out` (default guard.cpuprofile; Chrome DevTools opens it).
 *
 *   node scripts/node22.mjs scripts/bench/profile.ts --keys 50 --requests 4000
 *
 * The shares, not the absolute times, are the figures to read: sampling slows the Worker down.
 * The CPU profile also says how long the garbage collector ran, in all and in its longest pauses
 * (consecutive samples in it): what a request that arrives meanwhile waits.
 *
 * `--bare`: the bench's bare pass-through Worker instead of the guard, under the same load, for
 * comparison (its key count is irrelevant).
 *
 * `--heap`: V8's sampling heap profiler instead (every ~16 KB allocated, objects the GC has since
 * collected included): bytes allocated per API request, and the share per allocating function
 * (self, and by the guard's function nearest the allocation). What the garbage collector's share
 * of the CPU profile comes from.
 */
import { rmSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, startGuard } from "../lib/guard-harness.ts";
import { runLoad } from "./load.ts";
import { BODY, benchPolicy, miniflareFor, startOrigin } from "./proxy.ts";

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const keys = arg("keys", 1);
const requests = Math.min(arg("requests", 4000), 50_000);
const port = arg("port", 9239);
const outIdx = process.argv.indexOf("--out");
const heap = process.argv.includes("--heap");
const bare = process.argv.includes("--bare");
const out = outIdx > 0 ? process.argv[outIdx + 1]! : `${bare ? "bare" : "guard"}.${heap ? "heapprofile" : "cpuprofile"}`;

// an unminified build next to wrangler.toml (its paths are relative to it), removed after
const profileConfig = join(ROOT, ".wrangler.profile.toml");
writeFileSync(profileConfig, readFileSync(join(ROOT, "wrangler.toml"), "utf8").replace(/^minify = true$/m, "minify = false"));
process.env.GUARD_INSPECT = String(port);
const subject = bare
  ? await (async () => {
      rmSync(profileConfig, { force: true });
      const origin = await startOrigin();
      const mf = miniflareFor("bare-proxy.worker.js", origin.url, { inspectorPort: port });
      return { url: (await mf.ready).origin, dispose: async () => (await mf.dispose(), origin.child.kill()) };
    })()
  : await startGuard({ policy: benchPolicy("shadow"), configPath: profileConfig }).finally(() => rmSync(profileConfig, { force: true }));

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}
interface Node {
  id: number;
  callFrame: { functionName: string };
  children?: number[];
}
try {
  const names = Array.from({ length: keys }, (_, i) => `sk-profile-${i}`);
  const load = (n: number, prefix: string) =>
    runLoad({
      url: subject.url,
      concurrency: 32,
      maxRequests: n,
      maxMs: 30_000,
      build: (i) => ({ path: "/v1/chat/completions", headers: { "content-type": "application/json", authorization: `Bearer ${prefix}${names[i % keys]}` }, body: BODY }),
    });
  await load(300, "warm-"); // JIT and connections; other keys than the measured ones (cold keys stay cold)
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json`)).json()) as { id?: string; webSocketDebuggerUrl: string }[];
  const target = targets.find((t) => (t.id ?? "").startsWith("core:user")) ?? targets[0]!;
  const ws = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((r, j) => (ws.addEventListener("open", r), ws.addEventListener("error", j)));
  let seq = 0;
  const pending = new Map<number, (v: unknown) => void>();
  ws.addEventListener("message", (e) => {
    const m = JSON.parse(String(e.data)) as { id?: number; result?: unknown };
    if (m.id !== undefined) pending.get(m.id)?.(m.result), pending.delete(m.id);
  });
  const send = <T>(method: string, params: object = {}) => new Promise<T>((r) => (pending.set(++seq, r as (v: unknown) => void), ws.send(JSON.stringify({ id: seq, method, params }))));
  /** Sample while the measured load runs, save the profile to `out`, and say what ran. */
  const sampled = async <P>(start: () => Promise<unknown>, stop: () => Promise<P>) => {
    await start();
    const r = await load(requests, "");
    const profile = await stop();
    ws.close();
    writeFileSync(out, JSON.stringify(profile));
    console.log(`${r.requests} requests over ${keys} key(s), ${r.rps.toFixed(0)} req/s while sampled; statuses ${JSON.stringify(r.statuses)}; profile: ${out}`);
    return { r, profile };
  };
  /** The `n` largest entries of `m`, each as its share of `total`. */
  const top = (m: Map<string, number>, n: number, total: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, t]) => `${((100 * t) / total).toFixed(1).padStart(6)} %  ${k}`);

  if (heap) {
    const { r, profile } = await sampled(
      async () => {
        await send("HeapProfiler.enable");
        await send("HeapProfiler.startSampling", { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
      },
      async () => (await send<{ profile: { head: HeapNode } }>("HeapProfiler.stopSampling")).profile,
    );
    const self = new Map<string, number>();
    const nearest = new Map<string, number>();
    let total = 0;
    const walk = (n: HeapNode, stack: string[]) => {
      const own = `${n.callFrame.functionName || "(anonymous)"} ${(n.callFrame.url || "").split("/").pop()}:${n.callFrame.lineNumber + 1}`;
      const here = [...stack, own];
      if (n.selfSize > 0) {
        total += n.selfSize;
        self.set(own, (self.get(own) ?? 0) + n.selfSize);
        // the innermost frame of the guard's own bundle (index.js) on the allocating stack
        const g = [...here].reverse().find((f) => / index\.js:/.test(f)) ?? "(no guard frame)";
        nearest.set(g, (nearest.get(g) ?? 0) + n.selfSize);
      }
      for (const c of n.children) walk(c, here);
    };
    walk(profile.head, []);
    console.log(`allocated (sampled, collected objects included): ${(total / 1024 / 1024).toFixed(1)} MiB, ~${Math.round(total / Math.max(1, r.requests))} bytes per request`);
    console.log("\nby allocating function (top 25)\n" + top(self, 25, total).join("\n"));
    console.log("\nby the guard's nearest function (top 25)\n" + top(nearest, 25, total).join("\n"));
  } else {
    const { r, profile } = await sampled(
      async () => {
        await send("Profiler.enable");
        await send("Profiler.setSamplingInterval", { interval: 200 });
        await send("Profiler.start");
      },
      async () => (await send<{ profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } }>("Profiler.stop")).profile,
    );
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const selfOf = new Map<number, number>();
    profile.samples.forEach((s, i) => selfOf.set(s, (selfOf.get(s) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    let total = 0;
    for (const t of selfOf.values()) total += t;
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    const name = (n: Node) => n.callFrame.functionName || "(anonymous)";
    for (const [id, t] of selfOf) {
      const own = name(byId.get(id)!);
      self.set(own, (self.get(own) ?? 0) + t);
      const seen = new Set<string>();
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const k = name(byId.get(cur)!);
        if (!seen.has(k)) seen.add(k), inclusive.set(k, (inclusive.get(k) ?? 0) + t);
      }
    }
    console.log("\nself time (top 25)\n" + top(self, 25, total).join("\n"));
    console.log("\ninclusive time (top 40)\n" + top(inclusive, 40, total).join("\n"));
    // the garbage collector's pauses: runs of consecutive samples in it (each sample's delta is
    // the time since the one before)
    let gcMs = 0;
    let run = 0;
    const pauses: number[] = [];
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      if (name(byId.get(id)!) === "(garbage collector)") {
        gcMs += ms;
        run += ms;
      } else if (run > 0) {
        pauses.push(run);
        run = 0;
      }
    });
    if (run > 0) pauses.push(run);
    pauses.sort((a, b) => b - a);
    console.log(
      `\ngarbage collector: ${gcMs.toFixed(0)} ms in all over ${r.requests} requests (${((1000 * gcMs) / r.requests).toFixed(0)} us a request), ` +
        `${pauses.filter((p) => p >= 10).length} pauses of 10 ms or more; longest: ${pauses.slice(0, 5).map((p) => p.toFixed(1)).join(", ")} ms`,
    );
  }
} finally {
  await subject.dispose();
}
