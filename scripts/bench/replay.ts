/**
 * (c) Replay throughput of the lead's engine (src/engine/replayer.ts `Replayer`) on a generated
 * 50k-event trace, one core, in events/s (target >= 20,000). Optional: skipped while the module
 * is absent. The trace shape is the one `npm run replay` reads (one JSON event per line:
 * ts, key, ip, method, path, body, usage).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface ReplayBenchResult {
  events: number;
  seconds: number;
  eventsPerSec: number;
  api: string;
  avgPromptChars: number;
}

interface TraceEvent {
  ts: number;
  key: string;
  ip: string;
  method: string;
  path: string;
  body: Record<string, unknown>;
  usage: { prompt_tokens: number; completion_tokens: number };
}

const WORDS = "alpha beta gamma delta summary explain translate code review table list answer reason data".split(" ");

/** Deterministic mixed trace: 200 keys, chat/messages/responses/embeddings, 20-600 word prompts. */
export function generateTrace(n: number): TraceEvent[] {
  let s = 7;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  const start = Date.UTC(2026, 10, 2);
  const out: TraceEvent[] = [];
  for (let i = 0; i < n; i++) {
    const k = Math.floor(rnd() ** 2 * 200); // skewed: a few heavy keys, a long tail
    // Joined once into a flat string, as JSON.parse would hand it over: `text += word` would
    // keep each prompt as a rope of ~600 cons cells (~20 KB of heap instead of ~2 KB), and 50k
    // of those held in memory made the collector, not the engine, dominate the measurement.
    const parts: string[] = [];
    const words = 20 + Math.floor(rnd() * 580);
    for (let w = 0; w < words; w++) parts.push(WORDS[Math.floor(rnd() * WORDS.length)] + " ");
    const text = parts.join("");
    const r = rnd();
    const [path, body] =
      r < 0.6 ? ["/v1/chat/completions", { model: "m", max_tokens: 256, messages: [{ role: "user", content: text }] }]
      : r < 0.8 ? ["/v1/messages", { model: "m", max_tokens: 256, system: "Be brief.", messages: [{ role: "user", content: text }] }]
      : r < 0.95 ? ["/v1/responses", { model: "m", max_output_tokens: 256, input: text }]
      : ["/v1/embeddings", { model: "e", input: text }];
    out.push({
      ts: start + i * 150,
      key: `sk-trace-${k}`,
      ip: `198.51.100.${k % 250}`,
      method: "POST",
      path,
      body,
      usage: { prompt_tokens: Math.ceil(text.length / 4), completion_tokens: path === "/v1/embeddings" ? 0 : 64 },
    });
  }
  return out;
}

type Any = Record<string, any>;

export async function benchReplay(events: number, maxMs: number): Promise<ReplayBenchResult | string> {
  const path = fileURLToPath(new URL("../../src/engine/replayer.ts", import.meta.url));
  if (!existsSync(path)) return "skipped: src/engine/replayer.ts not present yet";
  let mod: Any;
  try {
    mod = (await import(path)) as Any;
  } catch (err) {
    return `skipped: src/engine/replayer.ts does not load (${String(err).split("\n")[0]})`;
  }
  if (typeof mod.Replayer !== "function") return "skipped: src/engine/replayer.ts has no Replayer export";
  const trace = generateTrace(events);
  const replayer = new mod.Replayer({}) as Any;
  // The API is the lead's; accept per-event stepping or a whole-trace call.
  const per = ["step", "replayEvent", "process", "feed", "push"].find((m) => typeof replayer[m] === "function");
  const whole = ["replay", "run", "replayAll"].find((m) => typeof replayer[m] === "function");
  const deadline = performance.now() + maxMs;
  const t0 = performance.now();
  let done = 0;
  if (per) {
    for (; done < trace.length && performance.now() < deadline; done++) replayer[per](trace[done], done);
  } else if (whole) {
    await replayer[whole](trace);
    done = trace.length;
  } else {
    return `skipped: Replayer has none of step/replay/run (methods: ${Object.getOwnPropertyNames(Object.getPrototypeOf(replayer)).join(", ")})`;
  }
  const seconds = (performance.now() - t0) / 1000;
  const avgPromptChars = trace.reduce((a, e) => a + e.usage.prompt_tokens * 4, 0) / trace.length;
  return { events: done, seconds, eventsPerSec: done / seconds, api: `Replayer.${per ?? whole}`, avgPromptChars };
}
