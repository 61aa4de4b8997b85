/**
 * (b) Detection CPU per request: buildPromptView + extractSignals (with the key's frame memory) +
 * observeRequest + assess on a ~4 KB chat prompt (and, reported beside it, a 64 KB one: scanned up to the cap, sampled
 * beyond), one key's state, virtual clock (one request every 600 ms). Optional: skipped while
 * src/detect does not export the pieces. Target: < 1 ms per request at 4 KB.
 */
import { serialize } from "node:v8";
import { encodeDetect } from "../../src/detect/state.ts";
import { mulberry32 } from "../lib/rng.ts";

export interface DetectBenchOptions {
  iterations: number;
  maxMs: number;
  /** Prompt size in chars (default 4096). */
  promptChars?: number;
  /** Chars of an earlier exchange (a user turn and an assistant answer, half each) sent before the
   *  prompt: the history is scanned once more as a possible payload (default 0: single-turn). */
  historyChars?: number;
}

export interface DetectBenchResult {
  iterations: number;
  cpuUsPerReq: number;
  p50Us: number;
  p99Us: number;
  stateBytes: number;
  /** Structured-clone size (what Durable Object storage.kv.put stores), via v8.serialize. */
  stateCloneBytes: number;
  stateBytesAt20k: number | null;
}

const VOCAB = (
  "the model data answer question explain step reason code function value system user output input " +
  "list table summary detail example case test result error number string array object method class " +
  "history science market policy energy language network memory signal pattern structure process"
).split(" ");

/** Distinct chat bodies of `chars` chars (seeded, so every run measures the same work). */
function bodies(count: number, chars: number, historyChars = 0): Record<string, unknown>[] {
  const rnd = mulberry32(42);
  const words = (prefix: string, n: number) => {
    let text = prefix;
    while (text.length < n) text += VOCAB[Math.floor(rnd() * VOCAB.length)] + (rnd() < 0.08 ? ". " : " ");
    return text.slice(0, n);
  };
  return Array.from({ length: count }, (_, k) => {
    const history = historyChars > 0
      ? [{ role: "user", content: words(`Earlier ${k}: `, historyChars / 2) }, { role: "assistant", content: words("", historyChars / 2) }]
      : [];
    return {
      model: "mock-gpt",
      max_tokens: 256,
      temperature: 0.7,
      messages: [{ role: "system", content: "You are a helpful assistant." }, ...history, { role: "user", content: words(`Task ${k}: `, chars) }],
    };
  });
}

type Fn = (...args: any[]) => any;

export async function benchDetect(o: DetectBenchOptions): Promise<DetectBenchResult | string> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import("../../src/detect/index.ts")) as Record<string, unknown>;
  } catch (err) {
    return `skipped: src/detect/index.ts does not load (${String(err).split("\n")[0]})`;
  }
  const names = ["buildPromptView", "extractSignals", "newDetectState", "observeRequest", "assess"];
  const missing = names.filter((n) => typeof mod[n] !== "function");
  if (missing.length) return `skipped: src/detect/index.ts lacks ${missing.join(", ")}`;
  const [buildPromptView, extractSignals, newDetectState, observeRequest, assess] = names.map((n) => mod[n] as Fn);
  const cfg = { ...((mod.DEFAULT_DETECTION_CONFIG as object | undefined) ?? {}), mode: "enforce" };

  const reqs = bodies(64, o.promptChars ?? 4096, o.historyChars ?? 0);
  const net = { ip: "203.0.113.7", asn: 64500, country: "NL" };
  const st = newDetectState!();
  // the key's frame memory, as the Worker's isolate keeps one per key (absent in older trees)
  const frame = typeof mod.newFrameMemory === "function" ? (mod.newFrameMemory as Fn)() : undefined;
  const samples = new Float64Array(o.iterations); // preallocated: no GC from the harness itself
  let now = Date.UTC(2026, 10, 1);
  let at20k: number | null = null;
  const cpu0 = process.cpuUsage();
  const deadline = performance.now() + o.maxMs;
  let i = 0;
  for (; i < o.iterations && performance.now() < deadline; i++) {
    const t = performance.now();
    const view = buildPromptView!("chat", reqs[i % reqs.length]!);
    const sig = extractSignals!(view, net, frame);
    observeRequest!(st, sig, now);
    assess!(st, now, cfg);
    samples[i] = performance.now() - t;
    now += 600;
    if (i + 1 === 20_000) at20k = JSON.stringify(encodeDetect(st)).length;
  }
  const cpu = process.cpuUsage(cpu0);
  const sorted = samples.subarray(0, i).sort();
  const q = (p: number) => (sorted[Math.min(i - 1, Math.floor(p * i))] ?? NaN) * 1000;
  return {
    iterations: i,
    cpuUsPerReq: (cpu.user + cpu.system) / i,
    p50Us: q(0.5),
    p99Us: q(0.99),
    stateBytes: JSON.stringify(encodeDetect(st)).length,
    stateCloneBytes: serialize(encodeDetect(st)).length,
    stateBytesAt20k: at20k,
  };
}

export interface DetectColdResult {
  runs: number;
  /** Median, min and max over the runs of the first request's wall time (ms). */
  medianMs: number;
  minMs: number;
  maxMs: number;
}

/**
 * The first request a fresh isolate reads: each run is a new Node process that imports the
 * detection core and times one buildPromptView + extractSignals + observeRequest + assess on a 4 KB
 * prompt with reasoning cues (the cue and topic automata are built then, before V8 optimises
 * anything: what a Worker isolate's first prompt pays). Wall time, median of `runs` processes.
 */
export async function benchDetectCold(runs: number): Promise<DetectColdResult | string> {
  const { execFileSync } = await import("node:child_process");
  const { fileURLToPath } = await import("node:url");
  const index = fileURLToPath(new URL("../../src/detect/index.ts", import.meta.url));
  const script = `
    const d = await import(${JSON.stringify(index)});
    const body = { model: "m", max_tokens: 256, messages: [{ role: "system", content: "You are a helpful assistant." },
      { role: "user", content: "Explain step by step, in detail, how photosynthesis works. " + "Plants turn light into chemical energy. ".repeat(100) }] };
    const cfg = { ...d.DEFAULT_DETECTION_CONFIG, mode: "enforce" };
    const st = d.newDetectState();
    const t = performance.now();
    d.assess((d.observeRequest(st, d.extractSignals(d.buildPromptView("chat", body), { ip: "203.0.113.7", asn: 64500, country: "NL" }), 1e12), st), 1e12, cfg);
    process.stdout.write(String(performance.now() - t));`;
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 30_000 });
      times.push(Number(out));
    }
  } catch (err) {
    return `skipped: ${String(err).split("\n")[0]}`;
  }
  times.sort((a, b) => a - b);
  return { runs, medianMs: times[runs >> 1]!, minMs: times[0]!, maxMs: times[runs - 1]! };
}
