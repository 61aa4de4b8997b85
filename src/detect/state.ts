/**
 * Per-key detection state, its updates and the scoring. Every structure has a fixed size:
 * histograms of 32 / 24 / 8 slots, 6 wrapper entries, a 256-register HLL, 4 learned generic
 * wrappers, 4 repeated histories, ~40 scalars. Serialised ~2 KB (test: <= 16 KiB after 100k requests).
 */
import { type Action, LADDER, type Standing, type Usage } from "../policy/types.ts";
import type { DetectionConfig } from "./config.ts";
import type { RequestSignals } from "./signals.ts";
import { type Channel, CONVERGE, type FeatureId, WEIGHTS as W } from "./weights.ts";
import { decayFactor, entropy, fmix32, hamming64, hllAdd, hllCount, hllNew, r3 } from "./sketch.ts";

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

// ---------------------------------------------------------------------------------------------
// Scoring

export interface Assessment {
  score: number;
  reasons: string[];
  standing: Standing;
  /** Strength of each channel of evidence (weights.ts): challenge and block need converging ones. */
  channels: Record<Channel, number>;
}


const clamp01 = (x: number): number => (x <= 0 ? 0 : x >= 1 ? 1 : x);

/** Weak evidence counts sub-linearly (p < 0.3 -> p^2 / 0.3): several weak facets of one trait
 *  (single-turn, big budget, diverse topics) must not add up like independent proof. */
export function shrinkWeak(p: number): number {
  return p >= WEAK ? p : (p * p) / WEAK;
}
const WEAK = 0.3;

export type Feature = { id: FeatureId; p: number; why: string; hard?: boolean };

/**
 * A Feature whose explanation is formatted only when read: assess keeps the features with
 * p >= 0.05, and formatting every candidate's numbers (toFixed, percentages) on every request was
 * a visible share of its cost. The closure reads variables that are final when it is made.
 */
class LazyFeature {
  id: FeatureId;
  p: number;
  hard?: boolean;
  #explain: () => string;
  constructor(id: FeatureId, p: number, explain: () => string, hard?: boolean) {
    this.id = id;
    this.p = p;
    if (hard !== undefined) this.hard = hard;
    this.#explain = explain;
  }
  get why(): string {
    return this.#explain();
  }
}

/** Family scores of the key's current state (each 0..1, combined by noisy-OR). */
export function features(st: DetectState, nowMs: number): { feats: Feature[]; conf: number; local: number } {
  const f = st.t > 0 && nowMs > st.t ? decayFactor(nowMs - st.t, st.hl) : 1;
  const w = Math.max(st.w, 1e-9);
  const wNow = st.w * f;
  const conf = 1 - Math.exp(-wNow / 6);
  const feats: Feature[] = [];
  const pct = (x: number) => `${Math.round(x * 100)}%`;

  const r3 = st.rs3 / w;
  const r2 = st.rs2 / w;
  const r1 = st.rs1 / w;
  if (r3 > 0) feats.push(new LazyFeature("hidden", W.hidden.w * clamp01(r3 * 2), () => `asks for hidden/internal reasoning in ${pct(r3)} of requests`, r3 >= 0.25));
  if (r2 > 0) feats.push(new LazyFeature("cot", W.cot.w * clamp01(r2 / 0.6), () => `step-by-step / chain-of-thought elicitation in ${pct(r2)} of requests`));
  if (r1 > 0) feats.push(new LazyFeature("reason", W.reason.w * clamp01(r1 / 0.5), () => `asks for reasoning in ${pct(r1)} of requests`));
  const g = st.gm / w;
  if (g > 0) feats.push(new LazyFeature("pipeline", W.pipeline.w * clamp01(g * 2), () => `synthetic-data generation prompts in ${pct(g)} of requests`, g >= 0.25));
  const dd = st.dd / w;
  if (dd > 0) feats.push(new LazyFeature("detail", W.detail.w * clamp01(dd / 0.4), () => `asks for detailed / long answers in ${pct(dd)} of requests`));
  const fm = st.fm / w;
  if (fm > 0) feats.push(new LazyFeature("template", W.template.w * clamp01(fm / 0.5), () => `instruction/benchmark template format in ${pct(fm)} of requests`));

  // Wrapper + diversity + harvest shape
  const single = st.st1 / w;
  let share = 0;
  let wkind = "";
  for (const e of st.wr) {
    if (e.g) continue;
    const s = e.c / w;
    if (s > share) {
      share = s;
      wkind = e.k === "S" ? "system prompt" : e.k === "P" ? "prompt prefix" : "prompt suffix";
    }
  }
  share = Math.min(1, share);
  const effT = Math.exp(entropy(st.tp));
  const div = clamp01((effT - 3) / 7);
  let hv = 0.6;
  let ratio = 0;
  let cMean = 0;
  if (st.uN >= 3) {
    ratio = st.uC / Math.max(1, st.uP);
    cMean = st.uC / st.uN;
    hv = Math.max(clamp01((ratio - 0.4) / 1.6), clamp01((cMean - 300) / 900));
  }
  // Intensity: geometric-mean gap <= 30 s -> 1, >= 10 min -> 0. People using a single-turn tool
  // pause between requests; pipelines do not. Unknown (fewer than 2 gaps) -> 0.5.
  const inten = intensity(st);
  // distinct payloads (HLL, lifetime): one prompt resent many times is a retry loop or a load
  // test, not a sweep
  const distinct = Math.min(1, hllCount(st.hll) / Math.max(1, st.n));
  const pw = W.wrapper.w * share * single * div * clamp01(distinct / 0.3) * (0.2 + 0.8 * hv) * (0.1 + 0.9 * inten * inten);
  if (pw > 0.01)
    feats.push(new LazyFeature("wrapper", pw, () => `one ${wkind} wraps ${pct(share)} of requests around diverse payloads (~${effT.toFixed(0)} topics, ${pct(distinct)} distinct, ${pct(single)} single-turn)`));

  // Sustained volume: the decayed request weight read as a steady daily rate (w = rate x H / ln 2
  // at steady state). Deliberately low for young keys: a burst is not a sustained volume.
  const perDay = (wNow * Math.LN2) / (st.hl / 86400_000);
  const ageDays = Math.max((nowMs - st.t0) / 86400_000, 1 / 24);
  const rateDay = Math.min(perDay, st.n / ageDays);
  const vol = clamp01(Math.log10(Math.max(rateDay, 1) / 100) / Math.log10(20));
  const act = Math.max(vol, inten * inten);
  const pc = W.coverage.w * div * single * act * (0.2 + 0.8 * hv) * (1 - share);
  if (pc > 0.01) feats.push(new LazyFeature("coverage", pc, () => `sweeps ~${effT.toFixed(0)} topics at a sustained ~${Math.round(rateDay)} requests/day, ${pct(single)} single-turn`));
  // a harvest-shaped subset of the traffic sweeping topics (mixed keys: harvest beside an app)
  const volG = clamp01(Math.log10(Math.max(rateDay, 1) / 30));
  // content-shaped requests count at any volume (floor 0.6); budget-only ones only at volume
  const srEff = st.sr * Math.max(volG, 0.6) + st.ss * volG;
  if (srEff >= 2) {
    const rate = (st.sr + st.ss * volG) / w;
    const effS = Math.exp(entropy(st.tpS));
    const psub = W["harvest-subset"].w * clamp01(rate / 0.15) * clamp01((effS - 2) / 5) * (1 - Math.exp(-srEff / 8));
    if (psub > 0.01) feats.push(new LazyFeature("harvest-subset", psub, () => `${pct(rate)} of requests are harvest-shaped and sweep ~${effS.toFixed(0)} topics (sustained ~${Math.round(rateDay)} requests/day)`));
  }
  // Unreadable prompts: a key whose input the guard mostly cannot read (token IDs, images or PDFs
  // only) at a harvest-like pace or volume cannot be cleared by its content, so it is not clean.
  // Share of weighted unreadable requests above 20 %, times activity (pace or sustained volume).
  const urShare = st.ur / w;
  if (urShare > 0.2) {
    const pu = W.unreadable.w * clamp01((urShare - 0.2) / 0.6) * act;
    if (pu > 0.01) feats.push(new LazyFeature("unreadable", pu, () => `${pct(urShare)} of requests (weighted) are unreadable to the guard (token IDs, images or documents only)`));
  }
  const effL = Math.exp(entropy(st.lg));
  const pl = W.languages.w * clamp01((effL - 1.5) / 2) * single;
  if (pl > 0.01) feats.push(new LazyFeature("languages", pl, () => `~${effL.toFixed(1)} languages/scripts`));

  // params
  const ps = st.ps / w;
  const hpr = st.hp / w;
  const pp = Math.max(0.5 * clamp01(ps) * (0.4 + 0.6 * inten), W.params.w * clamp01(hpr / 0.5));
  if (pp > 0.01) feats.push(new LazyFeature("params", pp, () => `output-maximising parameters (avg score ${ps.toFixed(2)}, n>1/logprobs in ${pct(hpr)})`, hpr >= 0.3));

  // harvest ratio
  if (st.uN >= 3) {
    const pr = W.ratio.w * single * clamp01((ratio - 2) / 6) * clamp01((cMean - 200) / 400);
    if (pr > 0.01) feats.push(new LazyFeature("ratio", pr, () => `completions ${ratio.toFixed(1)}x the prompt (${Math.round(cMean)} tokens avg)`));
  }

  // timing
  if (st.gN >= 10) {
    const sd = Math.sqrt(Math.max(0, st.gV));
    const reg = clamp01((1.0 - sd) / 0.7);
    let tot = 0;
    for (const v of st.hr) tot += v;
    let hc = 0;
    for (const v of st.hr) if (v >= tot / 48) hc++;
    const flat = clamp01((hc - 14) / 8);
    const pt = W.timing.w * (0.5 * reg + 0.5 * flat);
    if (pt > 0.01) feats.push(new LazyFeature("timing", pt, () => `machine-regular gaps (sd ln-gap ${sd.toFixed(2)}), active ${hc}/24 hours`));
  }
  if (st.lim >= 3) {
    const rr = st.rt / st.lim;
    const pr = W.retry.w * clamp01(rr / 0.8);
    if (pr > 0.01) feats.push(new LazyFeature("retry", pr, () => `retries within 2 s after ${pct(rr)} of 429s`));
  }
  let keep = 1;
  for (const x of feats) keep *= 1 - shrinkWeak(x.p);
  return { feats, conf, local: (1 - keep) * conf };
}

/** Current (decayed) linkage score. */
export function linkNow(st: DetectState, nowMs: number, linkHalfLifeMs: number): number {
  if (st.lk <= 0) return 0;
  return st.lk * decayFactor(nowMs - st.lkT, linkHalfLifeMs);
}

const ORDER = LADDER;

export function assess(st: DetectState, nowMs: number, cfg: DetectionConfig): Assessment {
  if (cfg.mode === "off") return { score: 0, reasons: [], standing: "allow", channels: { extract: 0, novelty: 0, drive: 0 } };
  if (st.lh === undefined || st.hx === undefined || st.ur === undefined) upgradeState(st);
  st.hl = cfg.halfLifeHours * 3600_000; // observe* take no config: the half-lives travel in st
  st.lh = cfg.linkHalfLifeHours * 3600_000;
  const { feats, local, conf } = features(st, nowMs);
  const lk = shrinkWeak(linkNow(st, nowMs, cfg.linkHalfLifeHours * 3600_000));
  const score = 1 - (1 - local) * (1 - lk);
  st.sc = r3(score);
  st.loc = r3(local);

  const f = st.t > 0 && nowMs > st.t ? decayFactor(nowMs - st.t, st.hl) : 1;
  const enough = st.w * f >= cfg.minEvidence || lk >= cfg.throttleAt;
  const hard = feats.some((x) => x.hard === true) || lk >= 0.6;
  // converging evidence: the strength of each channel (noisy-OR of its features, with the same
  // confidence as the local score; linkage is drive evidence)
  const keepCh: Record<Channel, number> = { extract: 1, novelty: 1, drive: 1 - lk };
  for (const x of feats) keepCh[W[x.id].ch] *= 1 - shrinkWeak(x.p) * conf;
  const channels: Record<Channel, number> = { extract: r3(1 - keepCh.extract), novelty: r3(1 - keepCh.novelty), drive: r3(1 - keepCh.drive) };
  let converging = 0;
  for (const c of ["extract", "novelty", "drive"] as const) if (channels[c] >= cfg.convergeFloor) converging++;
  const j = ((st.seed % 2001) / 1000 - 1) * cfg.jitter;
  const cut = [0, cfg.throttleAt + j, cfg.degradeAt + j, cfg.challengeAt + j, cfg.blockAt + j];
  let target = 0;
  if (enough) {
    for (let lvl = 1; lvl <= 3; lvl++) if (score >= cut[lvl]!) target = lvl;
    if (score >= cut[4]! && hard && st.n >= cfg.blockMinRequests) target = 4;
    // one channel alone, however strong, earns at most degrade
    if (converging < cfg.convergeChannels && target > 2) target = 2;
  }
  let cur = ORDER.indexOf(st.sd);
  if (target > cur) {
    cur = target;
    st.sdT = nowMs;
  } else if (target < cur) {
    // one level per elapsed dwell period, each only while the score sits below that level's
    // cut-off minus the hysteresis margin (a key that went quiet for days recovers at once)
    const dwell = cfg.minDwellMinutes * 60_000;
    let t = st.sdT;
    let moved = false;
    while (cur > target && nowMs - t >= dwell && score < cut[cur]! - cfg.hysteresis) {
      cur -= 1;
      t += dwell;
      moved = true;
    }
    if (moved) st.sdT = nowMs;
  }
  st.sd = ORDER[cur]!;

  const reasons = feats
    .filter((x) => x.p >= 0.05)
    .sort((a, b) => b.p - a.p)
    .map((x) => `${x.why} [${x.id} ${x.p.toFixed(2)}]`);
  if (lk >= 0.05) reasons.unshift(`${st.lkR} [linkage ${lk.toFixed(2)}]`);
  if (reasons.length > 6) reasons.length = 6;
  return { score: r3(score), reasons, standing: st.sd, channels };
}
