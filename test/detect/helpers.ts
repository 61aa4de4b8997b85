/** Test helpers: drive the detection contract in the guard's order on a virtual clock. */
import {
  type DetectState, type DetectionConfig, type RegistryState, DEFAULT_DETECTION_CONFIG, applyLinkView, assess,
  buildPromptView, extractSignals, linkReports, newDetectState, newRegistryState, observeOutcome, observeRequest,
  observeUsage, registryObserve,
} from "../../src/detect/index.ts";
import type { RouteKind, Standing } from "../../src/policy/types.ts";
import { it } from "vitest";
import type { RequestSignals } from "../../src/detect/signals.ts";
import { type FrameMemory, newFrameMemory } from "../../src/detect/frame.ts";

/**
 * A long-horizon scenario (hundreds to thousands of requests through the whole detection path):
 * skipped in mutation runs (vitest.mutation.config.ts sets GUARD_MUTATION_RUN), where each one
 * takes seconds through instrumented code and would run for every detection mutant; `npm test`
 * runs it. The focused unit tests pin the same code with exact expectations.
 */
export const itLong = it.skipIf(Boolean(process.env.GUARD_MUTATION_RUN));

export const T0 = Date.UTC(2026, 0, 5, 0, 0, 0);
/** The default config without the sustained-volume rule (sustainHours 0): for tests of other
 *  rules whose traffic is one burst of minutes (score.ts `sustained` has its own tests). */
export const BURST_ENOUGH: DetectionConfig = Object.freeze({ ...DEFAULT_DETECTION_CONFIG, sustainHours: 0 });
/** The default config with challenge earned on what a key asks and how much, without evidence of
 *  how it is driven (challengeNeedsDrive false): for tests of other rules (sustained volume,
 *  recovery, fabricated histories) whose harvest is one key at a steady pace (score.ts has the
 *  rule's own tests). BURST_CONTENT also drops the sustained-volume rule. */
export const CONTENT_CHALLENGES: DetectionConfig = Object.freeze({ ...DEFAULT_DETECTION_CONFIG, challengeNeedsDrive: false });
export const BURST_CONTENT: DetectionConfig = Object.freeze({ ...BURST_ENOUGH, challengeNeedsDrive: false });
export const MIN = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export interface Req {
  system?: string;
  user: string;
  history?: { role: "user" | "assistant"; content: string }[];
  params?: Record<string, unknown>;
  ip?: string;
  asn?: number;
  usage?: { prompt: number; completion: number };
}

export function chatBody(r: Req): Record<string, unknown> {
  const messages: { role: string; content: string }[] = [];
  if (r.system) messages.push({ role: "system", content: r.system });
  for (const h of r.history ?? []) messages.push(h);
  messages.push({ role: "user", content: r.user });
  return { model: "m", messages, ...(r.params ?? {}) };
}

/** A little world: keys, registry shards, one config. Returns each decision's standing. */
export class World {
  keys = new Map<string, DetectState>();
  /** Each key's frame memory, as the Worker's isolate and the replay engine keep one. */
  frames = new Map<string, FrameMemory>();
  regs = new Map<string, RegistryState>();
  cfg: DetectionConfig;
  constructor(cfg: DetectionConfig = DEFAULT_DETECTION_CONFIG) {
    this.cfg = cfg;
  }
  state(key: string): DetectState {
    let st = this.keys.get(key);
    if (!st) {
      st = newDetectState();
      this.keys.set(key, st);
    }
    return st;
  }
  send(key: string, nowMs: number, r: Req): ReturnType<typeof assess> {
    return this.sendBody(key, nowMs, "chat", chatBody(r), r);
  }
  /** Any route and body shape (completions, Anthropic messages, ...), in the guard's order. */
  sendBody(
    key: string, nowMs: number, route: RouteKind, body: Record<string, unknown>,
    r: { ip?: string; asn?: number; usage?: { prompt: number; completion: number } } = {},
  ): ReturnType<typeof assess> {
    const st = this.state(key);
    let frame = this.frames.get(key);
    if (!frame) this.frames.set(key, (frame = newFrameMemory()));
    const sig = extractSignals(buildPromptView(route, body), { ip: r.ip, asn: r.asn }, frame);
    observeRequest(st, sig, nowMs);
    const a = assess(st, nowMs, this.cfg);
    const served = a.standing === "allow" || a.standing === "throttle";
    observeOutcome(st, a.standing, served, nowMs);
    if (served && r.usage) observeUsage(st, { promptTokens: r.usage.prompt, completionTokens: r.usage.completion }, nowMs);
    for (const rep of linkReports(st, sig, key, nowMs)) {
      let reg = this.regs.get(rep.shard);
      if (!reg) {
        reg = newRegistryState();
        this.regs.set(rep.shard, reg);
      }
      applyLinkView(st, registryObserve(reg, rep, nowMs), nowMs);
    }
    return a;
  }
}

/** Deterministic PRNG for fixtures. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Synthetic, self-written payload fixtures (no corpus dependency). */
export const DIVERSE_TASKS = [
  "Explain how photosynthesis converts light into chemical energy in plants.",
  "Write a Python function that returns the n-th Fibonacci number using memoization.",
  "Summarize the causes of the French Revolution in the eighteenth century.",
  "What is the derivative of x^3 * sin(x)? Solve the equation carefully.",
  "Compose a short poem about the ocean at night.",
  "Describe the symptoms and treatment of type 2 diabetes for a patient.",
  "How do interest rates affect inflation and unemployment in an economy?",
  "Plan a three-day trip to Kyoto with a list of temples to visit.",
  "Give a recipe for a vegetarian lasagna with spinach and ricotta.",
  "What are the main differences between TCP and UDP on a network?",
  "Explain quantum entanglement and the speed of light to a physics student.",
  "Which chemical reaction produces rust, and what molecule is involved?",
  "Draft a marketing strategy for a startup selling eco-friendly products.",
  "How does natural selection drive the evolution of species?",
  "Write a cover letter for a software engineering job interview.",
  "What were the consequences of the fall of the Roman Empire?",
  "How can I improve my football team's defense during a match?",
  "Explain how climate change affects ocean currents and weather.",
  "Translate the sentence 'the cat sleeps' into Spanish and explain the grammar.",
  "What is a neural network and how is a deep learning model trained on a dataset?",
  "How do I repair a leaking roof on an old house?",
  "What are the legal rights of a tenant under a rental contract?",
  "Describe the life cycle of a star from nebula to white dwarf.",
  "Suggest ways to cope with stress and anxiety before an exam at school.",
];

export const BANKING_QUERIES = [
  "My card has not arrived yet, what should I do?",
  "How do I transfer money to another bank account?",
  "Why was my card payment declined at the shop?",
  "I want a refund for a duplicated payment.",
  "What is the fee for an international transfer?",
  "How can I top up my account with a debit card?",
  "My transfer is still pending, when will it arrive?",
  "I forgot my card PIN, how can I reset it?",
  "What exchange rate do you use for foreign currency payments?",
  "Can I cancel a transfer I just made?",
  "How do I check my account balance in the app?",
  "There is a payment on my card I don't recognise.",
];

/** A plain one-turn chat request's signals: nothing harvest-shaped, no topic, script class 0. */
export const plainSignals = (over: Partial<RequestSignals> = {}): RequestSignals => ({
  v: 1, route: "chat", rs: 0, gm: 0, fm: 0, dd: 0, ws: "", sh: 0, gs: 0, wm: 0, wm2: 0, wp: 0, wx: 0,
  ph: 0x1234, tp: -1, lg: 0, ut: 1, at: 0, hh: 0, pl: 100, ps: 0, psm: 0, hp: 0, pf: 0, mt: 0, n24: 0, asn: 0,
  ...over,
});

/**
 * Give a state a hard extraction signal of its own (n>1 / logprobs parameters on every one of 10
 * requests) and strong linkage, at `nowMs`: what block needs beside its score, the key's own hard
 * evidence and evidence of how it is driven (score.ts: linkage stands in for a hard signal for
 * challenge, never for block: red team R55-3). Tests that force a standing through a tier's cut-offs
 * use it to make block reachable.
 */
export function blockable(st: DetectState, nowMs: number, link = 1): void {
  st.weight = Math.max(st.weight, 10);
  st.requests = Math.max(st.requests, 10);
  st.hardParams = st.weight;
  st.updatedMs = nowMs;
  st.link = link;
  st.linkMs = nowMs;
}
