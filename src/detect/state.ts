/**
 * Per-key detection state and its updates (observe*); the scoring of a state is in score.ts. Every structure has a fixed size:
 * histograms of 32 / 24 / 8 slots, 6 wrapper entries, a 256-register HLL, 4 learned generic
 * wrappers, 4 repeated histories, ~40 scalars. Serialised ~2 KB (test: <= 16 KiB after 100k requests).
 */
import type { Action, Standing, Usage } from "../policy/types.ts";
import type { RequestSignals } from "./signals.ts";
import { decayFactor, fmix32, hamming64, hllAdd, hllNew } from "./sketch.ts";

const clamp01 = (x: number): number => (x <= 0 ? 0 : x >= 1 ? 1 : x);

/** A recurring wrapper part: S = system prompt (SimHash, Hamming <= 12 matches), P / X = prefix /
 *  suffix of the user turn (exact hash of 24 masked chars). c = decayed count. */
export type WrapperEntry = { k: "S" | "P" | "X"; h: string; c: number; g?: 1 };

export type DetectState = {
  v: 1;
  /** Per-key jitter seed (hash of the first request), last update / first seen (ms). */
  seed: number;
  t: number;
  t0: number;
  /** Requests seen (exact, not decayed). */
  n: number;
  /** Decayed request weight (evidence volume) and decayed feature counts. */
  w: number;
  rs1: number;
  rs2: number;
  rs3: number;
  gm: number;
  fm: number;
  dd: number;
  ps: number;
  hp: number;
  st1: number;
  /** Decayed count of "harvest-shaped" requests (single-turn with CoT/hidden reasoning, a
   *  template format, a pipeline prompt or n>1/logprobs extraction) and their topic histogram. */
  sr: number;
  /** Same for requests whose only harvest trait is a big output budget, weighted by pace^2. */
  ss: number;
  /** Decayed weight of requests the guard could not read (UR_WEIGHT by the signal's `ur`). */
  ur: number;
  tpS: number[];
  /** Decayed histograms: topics (32), UTC hours (24), script classes (8). */
  tp: number[];
  hr: number[];
  lg: number[];
  /** Inter-arrival gaps: decayed count, mean and variance of ln(gap seconds). */
  gN: number;
  gM: number;
  gV: number;
  last: number;
  /** Top wrapper parts (space-saving, k = 6). */
  wr: WrapperEntry[];
  /** Conversation histories sent verbatim before the last user turn (<= 4, exact decayed counts,
   *  a newcomer replaces the rarest with count 1): a repeated history is a template (few-shot
   *  examples or a fake conversation), a growing one is a chat. */
  hx: { h: number; c: number }[];
  /** Distinct payloads (HLL, 256 registers). */
  hll: string;
  /** Last request's system prompt hash (to learn / unlearn a generic wrapper from the registry). */
  sh: number;
  /** Settled usage: decayed prompt / completion tokens and count. */
  uP: number;
  uC: number;
  uN: number;
  /** Quota limits seen, fast retries after them, time of the last one. */
  lim: number;
  rt: number;
  lastLim: number;
  /** Linkage: best group score (decays from lkT), its reason, and generic wrapper hashes learned. */
  lk: number;
  lkT: number;
  lkR: string;
  gw: number[];
  /** Standing, when it was entered, last score, last local score. */
  sd: Standing;
  sdT: number;
  sc: number;
  loc: number;
  /** Link-report bookkeeping: next request count at which to report. */
  nx: number;
  /** Evidence / linkage half-lives (ms), copied from the config by assess (observe* and
   *  applyLinkView take no config). */
  hl: number;
  lh: number;
};

const K_WRAP = 6;
/** System prompts within this Hamming distance (of 64 SimHash bits) are one wrapper: a word
 *  edited in a 130-char prompt moves ~10 bits; unrelated prompts sit ~32 +- 4 bits apart. */
export const SIM_MATCH_BITS = 12;

export function newDetectState(): DetectState {
  return {
    v: 1, seed: 0, t: 0, t0: 0, n: 0, w: 0,
    rs1: 0, rs2: 0, rs3: 0, gm: 0, fm: 0, dd: 0, ps: 0, hp: 0, st1: 0, sr: 0, ss: 0, ur: 0, tpS: new Array<number>(32).fill(0),
    tp: new Array<number>(32).fill(0), hr: new Array<number>(24).fill(0), lg: new Array<number>(8).fill(0),
    gN: 0, gM: 0, gV: 0, last: 0,
    wr: [], hx: [], hll: hllNew(8),
    sh: 0,
    uP: 0, uC: 0, uN: 0, lim: 0, rt: 0, lastLim: 0,
    lk: 0, lkT: 0, lkR: "", gw: [],
    sd: "allow", sdT: 0, sc: 0, loc: 0, nx: 1, hl: 24 * 3600_000, lh: 24 * 3600_000,
  };
}


/** Decay all counters of st to nowMs (half-life H ms). */
function decayTo(st: DetectState, nowMs: number, H: number): void {
  if (st.t === 0 || nowMs <= st.t) {
    if (st.t === 0) st.t = nowMs;
    return;
  }
  const f = decayFactor(nowMs - st.t, H);
  st.t = nowMs;
  if (f > 0.999999) return;
  st.w *= f; st.rs1 *= f; st.rs2 *= f; st.rs3 *= f; st.gm *= f; st.fm *= f; st.dd *= f;
  st.ps *= f; st.hp *= f; st.st1 *= f; st.gN *= f; st.uP *= f; st.uC *= f; st.uN *= f;
  st.lim *= f; st.rt *= f; st.sr *= f; st.ss *= f; st.ur *= f;
  for (let i = 0; i < st.tp.length; i++) st.tp[i]! *= f;
  for (let i = 0; i < st.tpS.length; i++) st.tpS[i]! *= f;
  for (let i = 0; i < st.hr.length; i++) st.hr[i]! *= f;
  for (let i = 0; i < st.lg.length; i++) st.lg[i]! *= f;
  for (const e of st.wr) e.c *= f;
  for (const e of st.hx) e.c *= f;
}


function bumpWrapper(st: DetectState, k: WrapperEntry["k"], h: string, generic: boolean): void {
  if (h === "" || h === "00000000") return;
  for (const e of st.wr) {
    if (e.k !== k) continue;
    if (k === "S" ? hamming64(e.h, h) <= SIM_MATCH_BITS : e.h === h) {
      e.c += 1;
      return;
    }
  }
  if (st.wr.length < K_WRAP) {
    st.wr.push(generic ? { k, h, c: 1, g: 1 } : { k, h, c: 1 });
    return;
  }
  // space-saving: replace the smallest entry, inheriting its count (an over-estimate bound)
  let mi = 0;
  for (let i = 1; i < st.wr.length; i++) if (st.wr[i]!.c < st.wr[mi]!.c) mi = i;
  const old = st.wr[mi]!;
  st.wr[mi] = generic ? { k, h, c: old.c + 1, g: 1 } : { k, h, c: old.c + 1 };
}

/** A single request that looks like harvesting on its own (not a verdict: a rate is scored). */
export function harvestShaped(sig: RequestSignals, single: boolean): boolean {
  return single && (sig.rs >= 2 || sig.fm === 1 || sig.gm === 1 || sig.hp === 1);
}

/** Self-contained request: no history, or a history this key sends verbatim again and again
 *  (a template: few-shot examples or a fake conversation), i.e. not a growing chat. */
function effectivelySingle(st: DetectState, sig: RequestSignals): boolean {
  if (sig.ut <= 1 && sig.at === 0) return true;
  if (sig.hh === 0) return false;
  for (const e of st.hx) if (e.h === sig.hh) return e.c >= 2.5;
  return false;
}

function bumpHistory(st: DetectState, h: number): void {
  for (const e of st.hx) {
    if (e.h === h) {
      e.c += 1;
      return;
    }
  }
  if (st.hx.length < 4) {
    st.hx.push({ h, c: 1 });
    return;
  }
  let mi = 0;
  for (let i = 1; i < st.hx.length; i++) if (st.hx[i]!.c < st.hx[mi]!.c) mi = i;
  st.hx[mi] = { h, c: 1 };
}

/** Request pace 0..1: geometric-mean gap <= 30 s -> 1, >= 10 min -> 0; 0.5 with < 2 gaps. */
export function intensity(st: DetectState): number {
  if (st.gN < 2) return 0.5;
  const g = Math.exp(st.gM);
  return clamp01((Math.log10(600) - Math.log10(Math.max(g, 0.05))) / Math.log10(20));
}

/** Weight of a request by how much of it was unreadable (`RequestSignals.ur`): a token-ID prompt
 *  counts fully (honest clients rarely send them); images / PDFs with no text half (vision and
 *  document apps are common); such parts beside a short text a quarter. */
const UR_WEIGHT = [0, 0.25, 0.5, 1] as const;

function hex8(x: number): string {
  return (x >>> 0).toString(16).padStart(8, "0");
}

/** Fill fields added after a state was persisted (older snapshots keep working). */
export function upgradeState(st: DetectState): void {
  const fresh = newDetectState() as unknown as Record<string, unknown>;
  const cur = st as unknown as Record<string, unknown>;
  for (const k of Object.keys(fresh)) if (cur[k] === undefined) cur[k] = fresh[k];
}

export function observeRequest(st: DetectState, sig: RequestSignals, nowMs: number): void {
  if (st.lh === undefined || st.hx === undefined || st.ur === undefined) upgradeState(st);
  decayTo(st, nowMs, st.hl);
  if (st.n === 0) {
    st.seed = fmix32(sig.ph ^ sig.pf ^ sig.sh);
    st.t0 = nowMs;
    st.t = nowMs;
  }
  if (st.last > 0) {
    const gap = Math.max(0.05, (nowMs - st.last) / 1000);
    const x = Math.log(gap);
    // exponentially weighted mean / variance (weight 1 per gap on the decayed count)
    st.gN += 1;
    const a = 1 / Math.min(st.gN, 200);
    const d = x - st.gM;
    st.gM += a * d;
    st.gV = (1 - a) * (st.gV + a * d * d);
  }
  if (st.lastLim > 0 && nowMs - st.lastLim < 2000) st.rt += 1;
  st.last = nowMs;
  st.n = Math.min(st.n + 1, 1e12);
  st.w += 1;
  if (sig.rs >= 1) st.rs1 += 1;
  if (sig.rs >= 2) st.rs2 += 1;
  if (sig.rs >= 3) st.rs3 += 1;
  st.gm += sig.gm;
  st.fm += sig.fm;
  st.dd += sig.dd;
  st.hp += sig.hp;
  st.ur += UR_WEIGHT[sig.ur ?? 0];
  if (sig.hh) bumpHistory(st, sig.hh);
  const single = effectivelySingle(st, sig);
  st.ps += single ? sig.ps : (sig.psm ?? sig.ps);
  if (single) st.st1 += 1;
  // content-shaped harvest requests count fully; a big output budget alone counts only at
  // machine pace (people using single-turn tools with large max_tokens pause between requests)
  const content = harvestShaped(sig, single);
  const hs = content ? 1 : single && sig.ps >= 0.4 ? intensity(st) ** 2 : 0;
  if (hs > 0) {
    if (content) st.sr += 1;
    else st.ss += hs;
    if (sig.tp >= 0 && sig.tp < st.tpS.length) st.tpS[sig.tp]! += hs;
  }
  if (sig.tp >= 0 && sig.tp < st.tp.length) st.tp[sig.tp]! += 1;
  const hour = Math.floor(nowMs / 3600_000) % 24;
  st.hr[hour]! += 1;
  if (sig.lg >= 0 && sig.lg < st.lg.length) st.lg[sig.lg]! += 1;
  const genericSys = sig.gs === 1 || st.gw.includes(sig.sh);
  if (sig.ws) bumpWrapper(st, "S", sig.ws, genericSys);
  if (sig.wp) bumpWrapper(st, "P", hex8(sig.wp), false);
  if (sig.wx) bumpWrapper(st, "X", hex8(sig.wx), false);
  st.hll = hllAdd(st.hll, sig.ph);
  st.sh = sig.sh;
}

export function observeOutcome(st: DetectState, action: Action, served: boolean, nowMs: number): void {
  if (action === "limit" && !served) {
    decayTo(st, nowMs, st.hl);
    st.lim += 1;
    st.lastLim = nowMs;
  }
}

export function observeUsage(st: DetectState, usage: Usage, nowMs: number): void {
  decayTo(st, nowMs, st.hl);
  st.uP += Math.max(0, usage.promptTokens);
  st.uC += Math.max(0, usage.completionTokens);
  st.uN += 1;
}

