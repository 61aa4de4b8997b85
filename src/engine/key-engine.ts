/**
 * One key's whole decision procedure, pure: limits + lists + overrides + detection -> Decision.
 * The KeyGuard Durable Object wraps one KeyEngine per keyId and persists its snapshot; the replay
 * and eval CLIs run the very same class on a virtual clock. Time is always a parameter.
 */
import { type KeyOverride, type PolicyConfig, resolveLimits } from "../config/index.ts";
import {
  type DetectState,
  type LinkReport,
  type LinkView,
  type RequestSignals,
  applyLinkView,
  assess,
  linkReports,
  newDetectState,
  observeOutcome,
  observeRequest,
  observeUsage,
} from "../detect/index.ts";
import { type LimitName, type LimitReport, type LimitSet, type LimitState, admit, emptyLimitState, peek, scaleLimits, settle } from "../limits/index.ts";
import type { Action, RouteKind, Standing, Usage } from "../policy/types.ts";

/** Why a decision came out the way it did (operators only; never sent to clients). */
export type Cause = "ok" | LimitName | "too_large" | "denylist" | "allowlist" | "detection";

/** The result of admitting one request: a plain value, safe to send over RPC and to log. */
export interface Decision {
  action: Action;
  /** Whether the request goes to the origin. */
  served: boolean;
  /** False when detection would have acted but runs in shadow mode (only quotas were enforced). */
  enforced: boolean;
  cause: Cause;
  /** Milliseconds until a retry could pass (quota refusals); Infinity when it never can. */
  retryAfterMs?: number;
  reports: LimitReport[];
  /** Set when served: the lease to settle, and the tokens reserved under it. */
  leaseId?: string;
  reservedTokens: number;
  score: number;
  reasons: string[];
}

export interface AdmitInput {
  nowMs: number;
  /** Unique per request; becomes the lease id. */
  requestId: string;
  route: RouteKind;
  /** Prompt estimate + maximum completion, reserved against the token limits. */
  reservedTokens: number;
  /** Detection signals; absent for free routes (their standing is still assessed). */
  signals?: RequestSignals;
}

/**
 * A batch: many inner requests admitted all or nothing, as one upload. Detection observes every
 * inner request (`signals`, in order); `requests` of them count against `rpm`, `reservedTokens`
 * (their sum) against the token limits, and the upload holds one concurrency lease.
 */
export interface BatchAdmitInput {
  nowMs: number;
  requestId: string;
  requests: number;
  reservedTokens: number;
  signals: RequestSignals[];
  /** False for all but the last chunk of a large batch: observe its signals, decide nothing yet. */
  decide: boolean;
}

export interface SettleInput {
  nowMs: number;
  leaseId: string;
  reservedTokens: number;
  usage: Usage;
}

/**
 * A decision as kept in the key's recent history (bounded ring), stored as a tuple because it is
 * rewritten with every request: [atMs, action, served, enforced, cause, score x 1000].
 */
export type RecentTuple = [number, Action, 0 | 1, 0 | 1, Cause, number];

/** A recent decision as the admin API shows it. */
export interface RecentDecision {
  atMs: number;
  action: Action;
  served: boolean;
  enforced: boolean;
  cause: Cause;
  score: number;
}

/** Lifetime counters of a key (numbers only). */
export interface KeyCounters {
  requests: number;
  served: number;
  refused: number;
  promptTokens: number;
  completionTokens: number;
}

/** Everything the key's Durable Object persists. Bounded: see the field notes. */
export interface KeySnapshot {
  v: 2;
  limits: LimitState;
  override?: KeyOverride;
  list?: "allow" | "deny";
  /** Bounded by the detection core (<= 16 KiB serialized). */
  detect: DetectState;
  /** Last RECENT_DECISIONS decisions, oldest first. */
  recent: RecentTuple[];
  counters: KeyCounters;
}

export const RECENT_DECISIONS = 32;

export function emptySnapshot(): KeySnapshot {
  return {
    v: 2,
    limits: emptyLimitState(),
    detect: newDetectState(),
    recent: [],
    counters: { requests: 0, served: 0, refused: 0, promptTokens: 0, completionTokens: 0 },
  };
}

function refusal(action: Action, cause: Cause, reports: LimitReport[], score: number, reasons: string[], enforced: boolean): Decision {
  return { action, served: false, enforced, cause, reports, reservedTokens: 0, score, reasons };
}

export class KeyEngine {
  snap: KeySnapshot;

  constructor(snapshot?: KeySnapshot) {
    this.snap = snapshot ?? emptySnapshot();
  }

  /** Limits in force for this key under a standing (throttle tightens them). */
  limitsFor(policy: PolicyConfig, standing: Standing): LimitSet {
    const base = resolveLimits(policy, this.snap.override);
    const throttled = standing === "throttle" && policy.detection.mode === "enforce";
    return throttled ? scaleLimits(base, policy.detection.throttleFactor) : base;
  }

  admit(policy: PolicyConfig, input: AdmitInput): Decision {
    const signals = input.signals ? [input.signals] : [];
    return this.decide(policy, input.nowMs, input.requestId, 1, input.reservedTokens, signals);
  }

  /**
   * Admit a batch as a whole (see BatchAdmitInput). A chunk with `decide: false` only feeds
   * detection and returns undefined; the deciding call refuses or admits every request at once.
   */
  admitBatch(policy: PolicyConfig, input: BatchAdmitInput): Decision | undefined {
    if (!input.decide) {
      if (policy.detection.mode !== "off") for (const sig of input.signals) observeRequest(this.snap.detect, sig, input.nowMs);
      return undefined;
    }
    return this.decide(policy, input.nowMs, input.requestId, input.requests, input.reservedTokens, input.signals);
  }

  /**
   * The decision procedure: detection observes each request's signals and assesses the key (also
   * when there are none: a free route obeys the standing), then lists, standing and limits decide
   * for `requests` requests reserving `reservedTokens` under one lease.
   */
  private decide(policy: PolicyConfig, nowMs: number, requestId: string, requests: number, reservedTokens: number, signals: RequestSignals[]): Decision {
    const s = this.snap;
    s.counters.requests += requests;
    const det = policy.detection;

    let standing: Standing = "allow";
    let score = 0;
    let reasons: string[] = [];
    if (det.mode !== "off") {
      for (const sig of signals) observeRequest(s.detect, sig, nowMs);
      const a = assess(s.detect, nowMs, det);
      standing = a.standing;
      score = a.score;
      reasons = a.reasons;
    }
    const enforce = det.mode === "enforce";

    let d: Decision;
    if (s.list === "deny") {
      d = refusal("block", "denylist", [], score, reasons, true);
    } else if (s.list === "allow") {
      d = { action: "allow", served: true, enforced: true, cause: "allowlist", reports: [], reservedTokens: 0, score, reasons };
    } else if (enforce && (standing === "block" || standing === "challenge")) {
      d = refusal(standing, "detection", [], score, reasons, true);
    } else {
      const limits = this.limitsFor(policy, standing);
      const r = admit(
        s.limits,
        limits,
        { requests, tokens: reservedTokens, leaseId: requestId, leaseTtlMs: policy.leaseTtlSeconds * 1000 },
        nowMs,
      );
      s.limits = r.state;
      // In shadow mode the standing is reported but only quotas act.
      const reported: Action = standing !== "allow" ? standing : r.ok ? "allow" : "limit";
      const enforced = standing === "allow" || enforce;
      if (r.ok) {
        d = { action: reported, served: true, enforced, cause: "ok", reports: r.reports, leaseId: requestId, reservedTokens, score, reasons };
      } else {
        const cause: Cause = r.retryAfterMs === Number.POSITIVE_INFINITY && r.failed !== "concurrency" ? "too_large" : r.failed;
        d = { ...refusal(reported, cause, r.reports, score, reasons, enforced), retryAfterMs: r.retryAfterMs };
      }
    }

    if (d.served) s.counters.served += requests;
    else s.counters.refused += requests;
    if (det.mode !== "off" && signals.length > 0) observeOutcome(s.detect, d.action, d.served, nowMs);
    s.recent.push([nowMs, d.action, d.served ? 1 : 0, d.enforced ? 1 : 0, d.cause, Math.round(d.score * 1000)]);
    if (s.recent.length > RECENT_DECISIONS) s.recent.splice(0, s.recent.length - RECENT_DECISIONS);
    return d;
  }

  /** Settle a served request with its real usage: free its slot, correct its token reservation. */
  settle(policy: PolicyConfig, input: SettleInput): void {
    const s = this.snap;
    const u = input.usage;
    const limits = this.limitsFor(policy, this.standing());
    s.limits = settle(
      s.limits,
      limits,
      { leaseId: input.leaseId, reservedTokens: input.reservedTokens, actualTokens: u.promptTokens + u.completionTokens },
      input.nowMs,
    );
    s.counters.promptTokens += u.promptTokens;
    s.counters.completionTokens += u.completionTokens;
    if (policy.detection.mode !== "off") observeUsage(s.detect, u, input.nowMs);
  }

  /** The key's current standing as last assessed (allow when detection never ran). */
  standing(): Standing {
    const a = this.snap.recent[this.snap.recent.length - 1]?.[1];
    return a === "throttle" || a === "challenge" || a === "block" ? a : "allow";
  }

  linkReports(signals: RequestSignals, keyId: string, nowMs: number): LinkReport[] {
    return linkReports(this.snap.detect, signals, keyId, nowMs);
  }

  applyLinkView(view: LinkView, nowMs: number): void {
    applyLinkView(this.snap.detect, view, nowMs);
  }

  /** Read-only view for the admin API. */
  inspect(policy: PolicyConfig, nowMs: number) {
    const s = this.snap;
    const a = policy.detection.mode !== "off" ? assess(structuredClone(s.detect), nowMs, policy.detection) : undefined;
    return {
      list: s.list ?? null,
      override: s.override ?? null,
      limits: this.limitsFor(policy, a?.standing ?? "allow"),
      usage: peek(s.limits, this.limitsFor(policy, a?.standing ?? "allow"), nowMs),
      inFlight: Object.keys(s.limits.leases).length,
      counters: s.counters,
      detection: a ? { mode: policy.detection.mode, standing: a.standing, score: a.score, reasons: a.reasons } : { mode: "off" as const },
      recent: s.recent.map(
        ([atMs, action, served, enforced, cause, score]): RecentDecision => ({ atMs, action, served: served === 1, enforced: enforced === 1, cause, score: score / 1000 }),
      ),
    };
  }

  /** Forget counters and detection history; keep overrides and list membership. */
  reset(): void {
    const { override, list } = this.snap;
    this.snap = { ...emptySnapshot(), ...(override ? { override } : {}), ...(list ? { list } : {}) };
  }
}
