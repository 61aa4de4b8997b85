/**
 * Detection-core micro benchmark: extractSignals + observeRequest + assess (+ linkReports) for a
 * ~4 KB prompt. `benchDetect()` is exported for `npm run bench`; run directly:
 *   node --experimental-strip-types scripts/eval/bench-detect.ts
 */
import { encodeDetect } from "../../src/detect/state.ts";
import {
  DEFAULT_DETECTION_CONFIG, assess, buildPromptView, extractSignals, linkReports, newDetectState, observeRequest, observeUsage,
} from "../../src/detect/index.ts";

export interface DetectBench {
  iterations: number;
  promptBytes: number;
  /** Mean wall time per request (µs) of buildPromptView + extractSignals + observeRequest + assess. */
  meanMicros: number;
  p99Micros: number;
  stateBytes: number;
}

const WORDS = "the model answer reason budget transfer card python function history climate protein theorem market travel recipe".split(" ");

function prompt(i: number, bytes: number): string {
  let s = `Question ${i}: `;
  let k = i;
  while (s.length < bytes) {
    k = (k * 1103515245 + 12345) >>> 0;
    s += WORDS[k % WORDS.length] + (k % 7 === 0 ? ". " : " ");
  }
  return s + "\nPlease think step by step and explain your reasoning.";
}

export function benchDetect(iterations = 5000, bytes = 4096): DetectBench {
  const st = newDetectState();
  const bodies = Array.from({ length: 64 }, (_, i) => ({
    model: "m",
    max_tokens: 2048,
    temperature: 0.7,
    messages: [
      { role: "system", content: "You are a world-class expert. Answer completely and in depth, with examples." },
      { role: "user", content: prompt(i, bytes) },
    ],
  }));
  const times: number[] = [];
  let now = Date.UTC(2026, 0, 1);
  for (let i = 0; i < iterations; i++) {
    now += 1500 + (i % 13) * 100;
    const t0 = performance.now();
    const view = buildPromptView("chat", bodies[i % bodies.length]!);
    const sig = extractSignals(view, { ip: "203.0.113.7", asn: 64500 });
    observeRequest(st, sig, now);
    assess(st, now, DEFAULT_DETECTION_CONFIG);
    linkReports(st, sig, "k", now);
    times.push(performance.now() - t0);
    observeUsage(st, { promptTokens: 1000, completionTokens: 800 }, now);
  }
  const warm = times.slice(Math.floor(iterations / 5)).sort((a, b) => a - b);
  const mean = warm.reduce((a, b) => a + b, 0) / warm.length;
  return {
    iterations,
    promptBytes: bytes,
    meanMicros: Math.round(mean * 1000),
    p99Micros: Math.round(warm[Math.floor(warm.length * 0.99)]! * 1000),
    stateBytes: JSON.stringify(encodeDetect(st)).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchDetect();
  console.log(`detect core, ${r.promptBytes} B prompt: mean ${r.meanMicros} µs, p99 ${r.p99Micros} µs per request (${r.iterations} iterations); state ${r.stateBytes} B`);
}
