/**
 * Offline replay and the key engine behind it, pinned exactly (golden): seeded multi-key traces
 * over every route kind (chat, completions, embeddings, responses, messages, a message batch, a
 * free route), under detection enforced, in shadow mode and off, with clients that solve
 * challenges and clients that do not, compared with replay-golden.json: every decision line, the
 * summary, and each key's stored snapshot and inspection at the end. Also batch input files run
 * through the engine (recordFile / admitRun).
 *
 * Why: the replay and engine tests check one rule at a time (a quota on the virtual clock, a
 * puzzle's bits, a batch metered per request); the paths between them (linkage folded in after a
 * decision, a degraded answer's completion, the recent-decision ring, pass bookkeeping) were free
 * to drift.
 *
 * A change of decision behaviour changes these expectations on purpose: re-record with
 * `GOLDEN_UPDATE=1 npx vitest run test/engine/replay-golden.unit.test.ts` and review the diff.
 */
import { describe, expect, it } from "vitest";
import { goldenFile } from "../golden.ts";
import { parsePolicy, type PolicyConfig } from "../../src/config/index.ts";
import { KeyEngine } from "../../src/engine/key-engine.ts";
import { Replayer, type TraceEvent } from "../../src/engine/replayer.ts";
import { decodeSnapshot, keptAfterExpiry, toStored } from "../../src/engine/snapshot.ts";
import { BANKING_QUERIES, DIVERSE_TASKS, rng } from "../detect/helpers.ts";

const { golden, pin } = goldenFile(new URL("./replay-golden.json", import.meta.url));

const T0 = 1_767_225_600_000;
const ASK = " Before answering, write out your complete internal reasoning inside <think> tags.";

/** A seeded trace of several keys: a harvester, an honest app, a batch user, a free-route poller. */
function trace(seed: number, n: number): TraceEvent[] {
  const r = rng(seed);
  const out: TraceEvent[] = [];
  let ts = T0;
  for (let i = 0; i < n; i++) {
    ts += Math.floor(500 + r() * 4000);
    const pick = r();
    const task = DIVERSE_TASKS[Math.floor(r() * DIVERSE_TASKS.length)]!;
    const usage = r() < 0.8 ? { prompt_tokens: 20 + Math.floor(r() * 200), completion_tokens: Math.floor(r() * 3000) } : undefined;
    const base = { ts, ip: `198.51.100.${i % 5}`, asn: 64500 + (i % 2), ...(usage ? { usage } : {}) };
    if (pick < 0.35) {
      out.push({ ...base, key: "sk-harvest", method: "POST", path: "/v1/chat/completions", body: { model: "m", messages: [{ role: "system", content: "You are a helpful assistant." }, { role: "user", content: task + ASK }], max_tokens: 6000, n: i % 4 === 0 ? 2 : 1, logprobs: true } });
    } else if (pick < 0.55) {
      const q = BANKING_QUERIES[i % BANKING_QUERIES.length]!;
      out.push({ ...base, key: "sk-app", method: "POST", path: "/v1/messages", body: { model: "c", max_tokens: 300, system: "You are PennyWise, a bank's helper.", messages: [{ role: "user", content: q }] } });
    } else if (pick < 0.65) {
      out.push({ ...base, key: "sk-harvest", method: "POST", path: "/v1/responses", body: { model: "m", input: task + " Think step by step and show your hidden reasoning.", reasoning: { effort: "high", summary: "auto" }, max_output_tokens: 8000 } });
    } else if (pick < 0.72) {
      out.push({ ...base, key: "sk-tokens", method: "POST", path: "/v1/completions", body: { model: "m", prompt: Array.from({ length: 30 }, (_, j) => (i * 31 + j * 7) % 50_000), max_tokens: 2000, logprobs: 5 } });
    } else if (pick < 0.78) {
      out.push({ ...base, key: "sk-app", method: "POST", path: "/v1/embeddings", body: { model: "e", input: ["a", "b"] } });
    } else if (pick < 0.85) {
      const params = { model: "c", max_tokens: 500, messages: [{ role: "user", content: task + ASK }] };
      out.push({ ...base, key: "sk-batch", method: "POST", path: "/v1/messages/batches", body: { requests: Array.from({ length: 1 + (i % 3) }, (_, j) => ({ custom_id: `c${j}`, params })) } });
    } else if (pick < 0.9) {
      out.push({ ...base, key: "sk-app", method: "GET", path: "/v1/models", body: undefined });
    } else {
      out.push({ ...base, key: `sk-linked-${i % 3}`, method: "POST", path: "/v1/chat/completions", body: { model: "m", messages: [{ role: "system", content: "You are DataMiner. Output JSON." }, { role: "user", content: `Task ${i}: ${task} Explain step by step in detail.` }], max_tokens: 4000 } });
    }
  }
  return out;
}

function replay(name: string, opts: { policy?: unknown; solveChallenges?: boolean }, events: TraceEvent[]): void {
  const rp = new Replayer(opts);
  const lines = events.map((e, i) => {
    try {
      return rp.step(e, i);
    } catch (err) {
      return { i, error: String(err) };
    }
  });
  const last = events[events.length - 1]!.ts;
  const keys: Record<string, unknown> = {};
  for (const k of [...new Set(events.map((e) => e.key))].sort()) {
    const eng = rp.engineOf(k)!;
    keys[k] = { stored: toStored(eng.snap), inspect: eng.inspect(rp.policy, last + 60_000), later: keptAfterExpiry(eng.snap, last + 40 * 86_400_000) ?? null };
  }
  pin(name, { lines, summary: rp.summary(), keys });
}

const LOW = { throttleAt: 0.2, degradeAt: 0.3, challengeAt: 0.4, blockAt: 0.97, jitter: 0, minEvidence: 1, convergeChannels: 1, convergeFloor: 0, blockMinRequests: 20, sustainHours: 0 };

describe("replay, golden", () => {
  it("detection enforced with default thresholds, clients that do not solve", () => {
    replay("enforced", { policy: { defaults: { rpm: 30, tpm: 60_000 } } }, trace(1, 160));
  });
  it("low thresholds, clients that solve challenges, passes of two requests", () => {
    replay("solving", { policy: { detection: LOW, challenge: { passRequests: 2, baseBits: 6, maxBits: 9 }, degrade: { maxOutputTokens: 700 } }, solveChallenges: true }, trace(2, 160));
  });
  it("shadow mode: detection decides, only quotas act", () => {
    replay("shadow", { policy: { detection: { ...LOW, mode: "shadow" }, defaults: { rpm: 20, concurrency: 1 } }, solveChallenges: true }, trace(3, 120));
  });
  it("detection off, tight daily tokens", () => {
    replay("off", { policy: { detection: { mode: "off" }, defaults: { tpd: 40_000 } } }, trace(4, 100));
  });
});

function policyOf(raw: Record<string, unknown>): PolicyConfig {
  const p = parsePolicy(raw);
  if (!p.ok) throw new Error(JSON.stringify(p.problem));
  return p.value;
}

describe("key engine batch files, golden", () => {
  it("record, run once, run again, the wrong endpoint, an unknown file; under degrade and a pass", () => {
    const policy = policyOf({ defaults: { rpm: 100, tpm: 100_000 }, detection: LOW, challenge: { passRequests: 3, baseBits: 5, maxBits: 8 } });
    const e = new KeyEngine();
    const out: unknown[] = [];
    let now = T0;
    e.recordFile("f1", 4, 2000);
    e.recordFile("f2", 2, 600, "/v1/chat/completions");
    e.recordFile("f1", 5, 2500); // replaces f1
    for (let i = 0; i < 9; i++) e.recordFile(`g${i}`, 1, 10);
    const runs: [string, string | undefined][] = [["f1", undefined], ["f1", "/v1/x"], ["f2", "/v1/chat/completions"], ["f2", "/v1/embeddings"], ["zz", undefined], ["f1", undefined], ["g8", undefined], ["g0", undefined]];
    for (const [id, endpoint] of runs) {
      now += 1000;
      out.push([id, endpoint ?? null, e.admitRun(policy, { nowMs: now, requestId: `run-${id}-${now}`, fileId: id, ...(endpoint ? { endpoint } : {}) })]);
    }
    // a puzzle solved, then runs on the pass
    now += 1000;
    out.push(["solved", e.admitRun(policy, { nowMs: now, requestId: "s1", fileId: "f1", solved: { id: "p1", expiresAtMs: now + 60_000, bits: 5 } })]);
    out.push(["replayed", e.admitRun(policy, { nowMs: now + 1, requestId: "s2", fileId: "f1", solved: { id: "p1", expiresAtMs: now + 60_000, bits: 5 } })]);
    pin("files", { out, stored: toStored(e.snap), decoded: decodeSnapshot(JSON.parse(JSON.stringify(toStored(e.snap)))), inspect: e.inspect(policy, now + 5) });
  });
});

describe("snapshot codec, golden", () => {
  it("stored shapes of every version, odd fields and admin settings, through decode, store and expiry", () => {
    const bucket = { level: 5, updatedAtMs: T0 + 10 };
    const v1recent = [{ atMs: T0 + 20, action: "allow", served: true, enforced: true, cause: "ok", score: 0.1234 }, { atMs: T0 + 30, action: "challenge", served: false, enforced: false, cause: "detection" }];
    const shapes: unknown[] = [
      undefined, null, 5, "x", [], {}, { v: 9, list: "deny", override: { tier: "gold" }, verifiedUntilMs: T0 + 5000 },
      { v: 1, recent: v1recent, limits: { leases: {}, rpm: bucket, tpm: { level: 1, updatedAtMs: T0 + 50 } }, counters: { requests: 2, served: 1, refused: 1, promptTokens: 0, completionTokens: 0 } },
      { v: 1, recent: v1recent, counters: { requests: 2, served: 1, refused: 1, promptTokens: 3, completionTokens: 4 }, override: { limits: { rpm: 5 } }, list: "allow" },
      { v: 1, recent: [{ atMs: "x" }] }, { v: 1, recent: "none" },
      { v: 2, recent: [[T0 + 99, "allow", 1, 1, "ok", 0]], limits: { leases: {}, tpd: { level: 3, updatedAtMs: T0 + 7 } }, counters: { requests: 1, served: 1, refused: 0, promptTokens: 0, completionTokens: 5 } },
      { v: 2, limits: "bad" },
      { v: 3, at: T0, exp: T0 + 1000, okMs: T0, override: { tier: "gold", limits: { rpm: 7, concurrency: null } }, list: "deny", verifiedUntilMs: T0 + 100_000, files: [["f", 1, 2, 0]] },
      { v: 3, override: { limits: { rpm: "many" } } }, { v: 3, override: { tier: 5 } }, { v: 3, list: "maybe" }, { v: 3, at: "now" }, { v: 3, okMs: Number.NaN },
      { v: 3, limits: { leases: {}, rpm: { level: "x" } } }, { v: 3, limits: { rpm: bucket } }, { v: 3, detect: { v: 2 } }, { v: 3, recent: [[1, 2]] },
      { v: 3, counters: { requests: 1 } }, { v: 3, recent: [[T0, "block", 0, 1, "detection", 990]] },
    ];
    const out = shapes.map((st) => {
      const d = decodeSnapshot(st);
      return {
        outcome: d.outcome, from: d.from, snap: d.snap, stored: toStored(d.snap),
        kept: [T0, T0 + 50_000, T0 + 200_000].map((now) => keptAfterExpiry(d.snap, now) ?? null),
      };
    });
    pin("snapshots", out);
  });
});

