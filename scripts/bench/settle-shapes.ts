/**
 * How a settlement could reach the key's object, measured on its own (Miniflare, 127.0.0.1,
 * bounded): per request, one object call that writes a row, then the settlement, which writes a
 * second row, carried by
 *   one:    nothing (one call only: the floor),
 *   two:    a second call after the answer (today's shape),
 *   target: a call on an RpcTarget the first call returned (Workers RPC: part of the same RPC
 *           session, so not billed as a request of its own; it keeps the object from hibernating
 *           while the isolate holds it),
 *   stream: a ReadableStream passed with the first call, written after the answer (the object
 *           reads it in waitUntil: the same pinning).
 * Prints req/s and the runtime's CPU ms per request for each, over 1,000 objects created
 * beforehand. `node scripts/node22.mjs scripts/bench/settle-shapes.ts [requests] [rounds]`
 */
import { Agent, request } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Miniflare, convertV4MiniflareOptions } from "miniflare";
import { runtimeCpuMs } from "./proxy.ts";

const here = dirname(fileURLToPath(import.meta.url));
const n = Number(process.argv[2] ?? 3000);
const rounds = Number(process.argv[3] ?? 2);
const KEYS = 1000;


const mf = new Miniflare(
  convertV4MiniflareOptions({
    host: "127.0.0.1",
    port: 0,
    modules: true,
    scriptPath: join(here, "settle-shapes.worker.js"),
    compatibilityDate: "2026-08-01",
    durableObjects: { K: { className: "K", useSQLite: true } },
  }),
);
const url = await mf.ready;

async function load(mode: string, requests: number): Promise<{ rps: number; cpu: number; bad: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  let i = 0;
  let bad = 0;
  const t0 = performance.now();
  const c0 = runtimeCpuMs();
  const deadline = t0 + 30_000;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (i < requests && performance.now() < deadline) {
        const k = i++ % KEYS;
        await new Promise<void>((resolve) => {
          const q = request({ agent, host: url.hostname, port: url.port, path: `/?m=${mode}&k=${mode}-${k}` }, (res) => {
            if (res.statusCode !== 200) bad++;
            res.on("data", () => {});
            res.on("end", () => resolve());
          });
          q.on("error", () => (bad++, resolve()));
          q.end();
        });
      }
    }),
  );
  const s = (performance.now() - t0) / 1000;
  await new Promise((r) => setTimeout(r, 500)); // the settlements after the answers land
  agent.destroy();
  return { rps: i / s, cpu: (runtimeCpuMs() - c0) / i, bad };
}

const modes = ["one", "two", "target", "stream"];
try {
  for (const m of modes) await load(m, KEYS); // create the objects
  console.log("round  shape    req/s  CPU ms/req  non-200");
  for (let round = 1; round <= rounds; round++) {
    for (const m of modes) {
      const r = await load(m, n);
      console.log(`${String(round).padStart(5)}  ${m.padEnd(7)} ${r.rps.toFixed(0).padStart(6)} ${r.cpu.toFixed(3).padStart(11)} ${String(r.bad).padStart(8)}`);
    }
  }
} finally {
  await mf.dispose();
}
