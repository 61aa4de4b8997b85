/** Detection configuration: thresholds, hysteresis, decay. Validated once at the boundary. */

export interface DetectionConfig {
  /** shadow: compute & record, never enforce; off: skip detection entirely. */
  mode: "enforce" | "shadow" | "off";
  /** 0 < f <= 1: limits are multiplied by this while the standing is throttle. */
  throttleFactor: number;
  /** Score (0..1) at or above which a key enters throttle / degrade / challenge / block. */
  throttleAt: number;
  degradeAt: number;
  challengeAt: number;
  blockAt: number;
  /** A key leaves a standing only when its score falls this far below that standing's entry cut-off. */
  hysteresis: number;
  /** Minimum time a standing is held before stepping down one level (minutes). */
  minDwellMinutes: number;
  /** +- range of the deterministic per-key jitter applied to the cut-offs (oracle resistance). */
  jitter: number;
  /** Half-life of per-key evidence (hours): old behaviour fades, a key recovers. */
  halfLifeHours: number;
  /** Half-life of cross-key linkage evidence (hours). */
  linkHalfLifeHours: number;
  /** Decayed requests needed before per-key (non-linkage) evidence can raise the standing. */
  minEvidence: number;
  /** block also needs this many requests from the key and one "hard" signal of its own
   *  (hidden-reasoning extraction, pipeline meta-prompts, n>1/logprobs extraction parameters,
   *  logit_bias sweeps; linkage is drive evidence, no hard signal: red team R55-3). */
  blockMinRequests: number;
  /** Converging evidence (weights.ts): challenge and block need this many channels of evidence
   *  (extract, novelty, drive) each at convergeFloor or more; below that a key stops at degrade.
   *  1 lets one channel alone challenge and block. */
  convergeChannels: number;
  convergeFloor: number;
  /** Challenge, as block, also needs evidence of how the traffic is driven (the drive channel at
   *  convergeFloor: linkage, a refused payload resent before its Retry-After, token-ID input) or a
   *  hard extraction signal (hidden-reasoning asks, pipeline meta-prompts, n>1/logprobs on most
   *  requests, logit_bias sweeps); below that a key stops at degrade. What a key's requests ask and
   *  how many new ones it sends are what an honest product's end users type too, and a product's
   *  backend does not solve puzzles: challenged, it loses nearly all of its traffic, degraded it is
   *  served. false: extract and novelty evidence alone may challenge. Ignored when
   *  convergeChannels is 1. */
  challengeNeedsDrive: boolean;
  /** Sustained volume: challenge and block also need the key's current episode of activity (no
   *  hour of quiet) to bring mostly new payloads and either to have gone on for at least this many
   *  hours (each with 4 requests or more) or to follow an earlier episode that did too (score.ts
   *  `sustained`), or linkage at throttleAt or more (a group of keys sustains it); below that a key
   *  stops at degrade. A one-off run (a benchmark, a backfill) is a burst, a harvest is sustained.
   *  0 turns it off. */
  sustainHours: number;
  /** Weight of cohort evidence (link.ts COHORT: a key farm crowding the keys that started
   *  recently); 0 turns it off, e.g. for a tier whose customers each get a key for one product. */
  cohortWeight: number;
}

export const DEFAULT_DETECTION_CONFIG: DetectionConfig = Object.freeze({
  mode: "enforce",
  throttleFactor: 0.25,
  throttleAt: 0.5,
  degradeAt: 0.5,
  challengeAt: 0.6,
  blockAt: 0.9,
  hysteresis: 0.15,
  minDwellMinutes: 30,
  jitter: 0.03,
  halfLifeHours: 24,
  linkHalfLifeHours: 24,
  minEvidence: 4,
  blockMinRequests: 150,
  convergeChannels: 2,
  convergeFloor: 0.25,
  challengeNeedsDrive: true,
  sustainHours: 3,
  cohortWeight: 0.55,
}) as DetectionConfig;

type Check = { field: keyof DetectionConfig; min: number; max: number; minExclusive?: boolean };
const NUMERIC: Check[] = [
  { field: "throttleFactor", min: 0, max: 1, minExclusive: true },
  { field: "throttleAt", min: 0, max: 1 },
  { field: "degradeAt", min: 0, max: 1 },
  { field: "challengeAt", min: 0, max: 1 },
  { field: "blockAt", min: 0, max: 1 },
  { field: "hysteresis", min: 0, max: 0.5 },
  { field: "minDwellMinutes", min: 0, max: 7 * 24 * 60 },
  { field: "jitter", min: 0, max: 0.1 },
  { field: "halfLifeHours", min: 0.1, max: 24 * 90 },
  { field: "linkHalfLifeHours", min: 0.1, max: 24 * 90 },
  { field: "minEvidence", min: 0, max: 10000 },
  { field: "blockMinRequests", min: 0, max: 1e7 },
  { field: "convergeChannels", min: 1, max: 3 },
  { field: "convergeFloor", min: 0, max: 1 },
  { field: "sustainHours", min: 0, max: 24 },
  { field: "cohortWeight", min: 0, max: 1 },
];

/** Validate operator config (parsed JSON, may be undefined -> defaults). Unknown fields are rejected. */
export function parseDetectionConfig(
  raw: unknown,
  base: DetectionConfig = DEFAULT_DETECTION_CONFIG,
): { ok: true; value: DetectionConfig } | { ok: false; field: string; message: string } {
  const value: DetectionConfig = { ...base };
  if (raw === undefined || raw === null) return { ok: true, value };
  if (typeof raw !== "object" || Array.isArray(raw)) return { ok: false, field: "detection", message: "must be an object" };
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) {
    if (!Object.hasOwn(DEFAULT_DETECTION_CONFIG, k)) return { ok: false, field: k, message: "unknown field" };
  }
  if (r.mode !== undefined) {
    if (r.mode !== "enforce" && r.mode !== "shadow" && r.mode !== "off")
      return { ok: false, field: "mode", message: 'must be "enforce", "shadow" or "off"' };
    value.mode = r.mode;
  }
  if (r.challengeNeedsDrive !== undefined) {
    if (typeof r.challengeNeedsDrive !== "boolean") return { ok: false, field: "challengeNeedsDrive", message: "must be true or false" };
    value.challengeNeedsDrive = r.challengeNeedsDrive;
  }
  for (const c of NUMERIC) {
    const v = r[c.field];
    if (v === undefined) continue;
    if (typeof v !== "number" || !Number.isFinite(v)) return { ok: false, field: c.field, message: "must be a finite number" };
    if (v > c.max || v < c.min || (c.minExclusive && v === c.min))
      return { ok: false, field: c.field, message: `must be in ${c.minExclusive ? "(" : "["}${c.min}, ${c.max}]` };
    (value as unknown as Record<string, number>)[c.field] = v;
  }
  if (!(value.throttleAt <= value.degradeAt && value.degradeAt <= value.challengeAt && value.challengeAt <= value.blockAt))
    return { ok: false, field: "throttleAt", message: "cut-offs must satisfy throttleAt <= degradeAt <= challengeAt <= blockAt" };
  return { ok: true, value };
}
