/**
 * Scoring of a key's detection state (state.ts): the feature families (weights and channels in
 * weights.ts), the converging-evidence rule and the standing with its hysteresis and dwell.
 */
import { LADDER, type Standing } from "../policy/types.ts";
import type { DetectionConfig } from "./config.ts";
import { clamp01, decayFactor, entropy, hllCount, popcount32, r3 } from "./sketch.ts";
import { type DetectState, keepCurrent, episodeNovel, intensity, sustainedRate } from "./state.ts";
import { answerMean, ownRatio, traceLength, workedLength } from "./budget.ts";
import { promptRead, singleShare } from "./link.ts";
import { type Channel, type FeatureId, WEIGHTS as W } from "./weights.ts";

export interface Assessment {
  score: number;
  reasons: string[];
  standing: Standing;
  /** Strength of each channel of evidence (weights.ts): challenge and block need converging ones. */
  channels: Record<Channel, number>;
  /** The score of this key's own requests, without what other keys did (linkage, cohort): a
   *  verified key is not held at degrade by other keys' evidence (key-engine; red team R6-5, a farm
   *  framing honest writers through their cohort; R34-1, keys copying a public app's wrapper). */
  local: number;
}

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
  const f = st.updatedMs > 0 && nowMs > st.updatedMs ? decayFactor(nowMs - st.updatedMs, st.halfLifeMs) : 1;
  const w = Math.max(st.weight, 1e-9);
  const wNow = st.weight * f;
  const conf = 1 - Math.exp(-wNow / 6);
  const feats: Feature[] = [];
  const pct = (x: number) => `${Math.round(x * 100)}%`;

  const r3 = st.hiddenReasoningAsks / w;
  const r2 = st.stepByStepAsks / w;
  const r1 = st.reasoningAsks / w;
  if (r3 > 0) feats.push(new LazyFeature("hidden", W.hidden.w * clamp01(r3 * 2), () => `asks for hidden/internal reasoning in ${pct(r3)} of requests`, r3 >= 0.25));
  // step-by-step asks in self-contained requests are trace harvesting's shape; in a real
  // conversation (a tutor's follow-ups) they weigh less
  const single = singleShare(st);
  // ... and weigh less when the answers are short: a trace worth harvesting is long, a tutor's
  // step-by-step explanation or a benchmark's worked answer is a few hundred tokens
  if (r2 > 0) {
    feats.push(new LazyFeature("cot", W.cot.w * clamp01(r2 / 0.6) * (0.4 + 0.6 * single) * traceLength(st), () => `step-by-step / chain-of-thought elicitation in ${pct(r2)} of requests, ${pct(single)} single-turn`));
  }
  if (r1 > 0) feats.push(new LazyFeature("reason", W.reason.w * clamp01(r1 / 0.5), () => `asks for reasoning in ${pct(r1)} of requests`));
  const g = st.pipelinePrompts / w;
  if (g > 0) feats.push(new LazyFeature("pipeline", W.pipeline.w * clamp01(g * 2), () => `synthetic-data generation prompts in ${pct(g)} of requests`, g >= 0.25));
  const dd = st.detailDemands / w;
  if (dd > 0) feats.push(new LazyFeature("detail", W.detail.w * clamp01(dd / 0.4), () => `asks for detailed / long answers in ${pct(dd)} of requests`));
  const fm = st.templatePrompts / w;
  if (fm > 0) feats.push(new LazyFeature("template", W.template.w * clamp01(fm / 0.5), () => `instruction/benchmark template format in ${pct(fm)} of requests`));

  // Wrapper + diversity + harvest shape
  let share = 0;
  let wkind = "";
  for (const e of st.wrappers) {
    if (e.g) continue;
    const s = e.c / w;
    if (s > share) {
      share = s;
      wkind = e.k === "S" ? "system prompt" : e.k === "P" ? "prompt prefix" : "prompt suffix";
    }
  }
  share = Math.min(1, share);
  const effT = Math.exp(entropy(st.topics));
  const div = clamp01((effT - 3) / 7);
  let hv = 0.6;
  let ratio = 0;
  let cMean = 0;
  if (st.settled >= 3) {
    ratio = st.completionTokens / Math.max(1, promptRead(st));
    cMean = answerMean(st);
    hv = Math.max(clamp01((st.completionTokens / Math.max(1, st.promptTokens) - 0.4) / 1.6), clamp01((cMean - 300) / 900));
  }
  // Intensity: geometric-mean gap <= 30 s -> 1, >= 10 min -> 0. People using a single-turn tool
  // pause between requests; pipelines do not. Unknown (fewer than 2 gaps) -> 0.5.
  const inten = intensity(st);
  // distinct payloads (HLL, lifetime): one prompt resent many times is a retry loop or a load
  // test, not a sweep
  const distinct = Math.min(1, hllCount(st.payloads) / Math.max(1, st.requests));
  // embeddings: the inputs are the payload (no completion to read a ratio from): a key that embeds
  // in bulk takes what an embedding model is distilled from (and what indexing takes)
  const embShare = st.embedRequests / w;
  let itemsDay = 0;
  if (st.embedRequests >= 3) {
    itemsDay = (st.embedItems * f * Math.LN2) / (st.halfLifeMs / 86400_000);
    hv = Math.max(hv, embShare * clamp01(st.embedItems / st.embedRequests / 32));
  }
  const pw = W.wrapper.w * share * single * div * clamp01(distinct / 0.3) * (0.2 + 0.8 * hv) * (0.1 + 0.9 * inten * inten);
  if (pw > 0.01)
    feats.push(new LazyFeature("wrapper", pw, () => `one ${wkind} wraps ${pct(share)} of requests around diverse payloads (~${effT.toFixed(0)} topics, ${pct(distinct)} distinct, ${pct(single)} single-turn)`));

  // Sustained volume: the decayed request weight read as a steady daily rate (w = rate x H / ln 2
  // at steady state). Deliberately low for young keys: a burst is not a sustained volume.
  const rateDay = sustainedRate(st, nowMs, wNow);
  const vol = clamp01(Math.log10(Math.max(rateDay, 1) / 100) / Math.log10(20));
  const act = Math.max(vol, inten * inten);
  const pc = W.coverage.w * div * single * act * (0.2 + 0.8 * hv) * (1 - share);
  if (pc > 0.01) feats.push(new LazyFeature("coverage", pc, () => `sweeps ~${effT.toFixed(0)} topics at a sustained ~${Math.round(rateDay)} requests/day, ${pct(single)} single-turn`));
  // a harvest-shaped subset of the traffic sweeping topics (mixed keys: harvest beside an app)
  const volG = clamp01(Math.log10(Math.max(rateDay, 1) / 30));
  // content-shaped requests count at any volume (floor 0.6); budget-only ones only at volume
  const srEff = st.harvestShaped * Math.max(volG, 0.6) + st.budgetOnlyHarvest * volG;
  if (srEff >= 2) {
    const rate = (st.harvestShaped + st.budgetOnlyHarvest * volG) / w;
    const effS = Math.exp(entropy(st.harvestTopics));
    const psub = W["harvest-subset"].w * clamp01(rate / 0.25) * clamp01((effS - 2) / 5) * (1 - Math.exp(-srEff / 8)) * subsetLength(st);
    if (psub > 0.01) feats.push(new LazyFeature("harvest-subset", psub, () => `${pct(rate)} of requests are harvest-shaped and sweep ~${effS.toFixed(0)} topics (sustained ~${Math.round(rateDay)} requests/day)`));
  }
  // Unreadable prompts: a key whose input the guard mostly cannot read (token IDs, images or PDFs
  // only) at a harvest-like pace or volume cannot be cleared by its content, so it is not clean.
  // Share of weighted unreadable requests above 20 %, times activity (pace or sustained volume).
  const urShare = st.unreadable / w;
  if (urShare > 0.2) {
    const pu = W.unreadable.w * clamp01((urShare - 0.2) / 0.6) * act;
    if (pu > 0.01) feats.push(new LazyFeature("unreadable", pu, () => `${pct(urShare)} of requests (weighted) are unreadable to the guard (token IDs, images or documents only)`));
  }
  // Tool sets: how many distinct sets of tool names the key's requests brought (HLL, lifetime),
  // and how often a new one came (an agent's task takes several requests with one set): an agent
  // app keeps a handful, a trajectory sweep brings one per task
  if (st.toolRequests >= 8) {
    const sets = hllCount(st.toolSets);
    const fresh = Math.min(1, sets / st.toolRequests);
    const pts = W.toolsets.w * clamp01((sets - 4) / 16) * clamp01(fresh / 0.1);
    const toolRequests = st.toolRequests; // as assessed: a reason may be read after the state moved on
    if (pts > 0.01) feats.push(new LazyFeature("toolsets", pts, () => `~${Math.round(sets)} distinct tool sets in ${toolRequests} requests with tools`));
  }
  if (itemsDay > 0) {
    const pe = W.embed.w * embShare * clamp01(Math.log10(Math.max(itemsDay, 1) / 1000) / 2);
    if (pe > 0.01) feats.push(new LazyFeature("embed", pe, () => `embeds ~${Math.round(itemsDay)} inputs/day (${pct(embShare)} of requests are embeddings)`));
    const mixed = st.embedMixed / st.embedRequests;
    const pm = W["mixed-batches"].w * embShare * clamp01((mixed - 0.2) / 0.5) * clamp01(st.embedRequests / 30);
    if (pm > 0.01) feats.push(new LazyFeature("mixed-batches", pm, () => `${pct(mixed)} of embeddings batches mix three or more scripts`));
  }
  // logit_bias maps rotated over the same prompts (logit recovery, Carlini et al. 2024): distinct
  // (prompt, map) pairs per distinct prompt among the key's biased requests, whatever the order
  // they come in (red team R5-1: a map-major schedule kept distinct maps / distinct prompts low).
  // A classifier biases one label set over every prompt (~1 pair per prompt); a per-question label
  // set gives ~1 too; a probe ~10+
  if (st.biasRequests >= 8) {
    const sets = hllCount(st.biasSets);
    // ... or the maps of the prompt sent most often with one (dilution-proof: cheap one-map
    // prompts do not come back; a classifier's duplicate text comes back with its one map)
    let topMaps = 0;
    for (const e of st.biasTop) topMaps = Math.max(topMaps, popcount32(e[2]!));
    const topDistinct = topMaps >= 32 ? 128 : -32 * Math.log(1 - topMaps / 32); // linear counting over 32 bits
    const per = Math.max(hllCount(st.biasPairs) / Math.max(1, hllCount(st.biasPayloads)), topDistinct);
    const pb = W["bias-sweep"].w * clamp01((sets - 4) / 16) * clamp01((per - 1.5) / 3);
    if (pb > 0.01) feats.push(new LazyFeature("bias-sweep", pb, () => `~${Math.round(sets)} distinct logit_bias maps, ~${per.toFixed(1)} per prompt`, pb >= 0.5));
  }
  const effL = Math.exp(entropy(st.scripts));
  const pl = W.languages.w * clamp01((effL - 1.5) / 2) * single;
  if (pl > 0.01) feats.push(new LazyFeature("languages", pl, () => `~${effL.toFixed(1)} languages/scripts`));

  // params
  const ps = st.paramScoreSum / w;
  // the hard share of requests, or of answer tokens once 3 answers have settled: one-token requests
  // between logprob reads diluted the first (red team R61-1: 6 hard requests in 55, never degraded)
  const hrq = st.hardParams / w;
  const htk = st.settled >= 3 ? st.hardTokens / Math.max(1, st.completionTokens) : 0;
  const hpr = Math.max(hrq, htk);
  const pp = Math.max(0.5 * clamp01(ps) * (0.4 + 0.6 * inten), W.params.w * clamp01(hpr / 0.5));
  if (pp > 0.01) feats.push(new LazyFeature("params", pp, () => `output-maximising parameters (avg score ${ps.toFixed(2)}, n>1/logprobs in ${pct(hrq)}${htk > hrq ? `, logprob reads ${pct(htk)} of answer tokens` : ""})`, hpr >= 0.3));

  // harvest ratio
  if (st.settled >= 3) {
    // the answers as assessed: a reason is formatted when read, which may be after the state moved on
    const { completionTokens, settled, longTokens, longAnswers } = st;
    const pr = W.ratio.w * single * clamp01((ratio - 2) / 6) * clamp01((cMean - 200) / 400);
    if (pr > 0.01) feats.push(new LazyFeature("ratio", pr, () => `completions ${ratio.toFixed(1)}x the prompt (${answerText(completionTokens, settled, longTokens, longAnswers, cMean)} tokens avg)`));
    // extreme amplification: writing and code apps take up to ~25x their prompts (a brief -> an
    // article, pass@k samples); extended-thinking and sampling harvests take 40-400x, 4k-16k
    // tokens per answer (settled usage only: estimates are skipped by observeUsage). Not scaled
    // by the single-turn share: a real conversation bills its growing history as prompt, so its
    // ratio falls by itself, while a chain that carries only the key's previous payload as
    // "history" keeps drawing 50x per turn (red team R4-1)
    // At machine pace or sustained volume, divided by what the requests add instead: a history's
    // turns are read back (the model's own answers among them) and so is a conversation's system
    // prompt (cached), so a chain that carries the real previous answer, or a fat static prefix
    // before a chain, bills a prompt that does not explain the answers it draws (red team R5-4;
    // a single-turn request's system prompt is its wrapper, read by the wrapper feature). At a
    // person's pace the billed ratio stands: an analyst's long conversation with extended thinking
    // draws as much per turn, a few dozen times a day.
    const ratioOwn = ownRatio(st);
    const ratioAmp = ratio + (Math.max(ratio, ratioOwn) - ratio) * act;
    const pa = W.amplify.w * clamp01((ratioAmp - 24) / 36) * clamp01((cMean - 1000) / 2000);
    if (pa > 0.01)
      feats.push(new LazyFeature("amplify", pa, () => ratioAmp - ratio < 0.5
        ? `completions ${ratio.toFixed(0)}x the prompt, ${answerText(completionTokens, settled, longTokens, longAnswers, cMean)} tokens each on average`
        : `completions ${ratioAmp.toFixed(0)}x the prompt (${ratio.toFixed(0)}x billed, ${ratioOwn.toFixed(0)}x what the requests add beside history read back), ${answerText(completionTokens, settled, longTokens, longAnswers, cMean)} tokens each on average`));
  }

  // timing
  if (st.gaps >= 10) {
    const sd = Math.sqrt(Math.max(0, st.gapLogVar));
    const reg = clamp01((1.0 - sd) / 0.7);
    const hc = activeHours(st);
    const flat = clamp01((hc - 14) / 8);
    const pt = W.timing.w * (0.5 * reg + 0.5 * flat);
    if (pt > 0.01) feats.push(new LazyFeature("timing", pt, () => `machine-regular gaps (sd ln-gap ${sd.toFixed(2)}), active ${hc}/24 hours`));
  }
  if (st.limited >= 3) {
    const rr = st.fastRetries / st.limited;
    const pr = W.retry.w * clamp01(rr / 0.8);
    if (pr > 0.01) feats.push(new LazyFeature("retry", pr, () => `came back before the Retry-After of ${pct(rr)} of 429s`));
  }
  let keep = 1;
  for (const x of feats) keep *= 1 - shrinkWeak(x.p);
  return { feats, conf, local: (1 - keep) * conf };
}

/** UTC hours of the day holding at least 1/48 of the key's decayed requests (half the share of an
 *  even spread): 1-2 for a burst, up to 24 for round-the-clock traffic. */
export function activeHours(st: DetectState): number {
  let tot = 0;
  for (const v of st.hours) tot += v;
  let hc = 0;
  for (const v of st.hours) if (v > 0 && v >= tot / 48) hc++;
  return hc;
}

/**
 * Sustained volume (DetectionConfig.sustainHours): the current episode brings mostly new payloads,
 * and either it has gone on for `hours` of its own hours (each with EPISODE_HOUR_MIN requests or more),
 * or an earlier episode brought mostly new ones too. A one-off run is one episode of an hour or
 * two; a nightly re-run of a fixed set brings nothing new after its first night; a harvest keeps
 * bringing new payloads, without a pause or after one.
 */
export function sustained(st: DetectState, hours: number): boolean {
  if (hours <= 0) return true;
  return episodeNovel(st) && (st.episodeHours >= hours || st.novelEpisodes >= NOVEL_EPISODES);
}
/** Share of a key's (decayed) requests on the embeddings route from which it is read as an
 *  embeddings key: challenge needs evidence of how it is driven (assess). */
const EMBED_KEY_SHARE = 0.5;
/** Decayed count of earlier novel episodes that still counts (one about 3 half-lives old). */
const NOVEL_EPISODES = 0.1;

/** Current (decayed) linkage score. */
export function linkNow(st: DetectState, nowMs: number, linkHalfLifeMs: number): number {
  if (st.link <= 0) return 0;
  return st.link * decayFactor(nowMs - st.linkMs, linkHalfLifeMs);
}

const ORDER = LADDER;

export function assess(st: DetectState, nowMs: number, cfg: DetectionConfig): Assessment {
  if (cfg.mode === "off") return { score: 0, reasons: [], standing: "allow", channels: { extract: 0, novelty: 0, drive: 0 }, local: 0 };
  keepCurrent(st);
  st.halfLifeMs = cfg.halfLifeHours * 3600_000; // observe* take no config: the half-lives travel in st
  st.linkHalfLifeMs = cfg.linkHalfLifeHours * 3600_000;
  const { feats, local, conf } = features(st, nowMs);
  const lk = shrinkWeak(linkNow(st, nowMs, cfg.linkHalfLifeHours * 3600_000));
  // cohort linkage (a key farm's profile crowding the keys that started recently) raises the
  // score but is not a channel of its own: it says what keys like this one do, not what this one
  // did, so alone with one channel of the key's own it stops at degrade
  const ck = st.cohort > 0 ? shrinkWeak(cfg.cohortWeight * st.cohort * decayFactor(nowMs - st.cohortMs, cfg.linkHalfLifeHours * 3600_000)) : 0;
  const own = 1 - (1 - local) * (1 - lk);
  const score = 1 - (1 - own) * (1 - ck);
  st.score = r3(score);
  st.localScore = r3(local);

  const f = st.updatedMs > 0 && nowMs > st.updatedMs ? decayFactor(nowMs - st.updatedMs, st.halfLifeMs) : 1;
  const enough = st.weight * f >= cfg.minEvidence || lk >= cfg.throttleAt;
  // a hard extraction signal of the key's own. Linkage is evidence of how the key is driven (the
  // drive channel), not of what it extracts: block, the one refusal without a way through, needs
  // both (red team R55-3: one company's per-market keys running one content job at a queue's
  // cadence were linked, and two of them blocked when strong linkage counted as the hard signal too)
  const hard = feats.some((x) => x.hard === true);
  // converging evidence: the strength of each channel (noisy-OR of its features, with the same
  // confidence as the local score; linkage is drive evidence)
  const keepCh: Record<Channel, number> = { extract: 1, novelty: 1, drive: 1 - lk };
  for (const x of feats) {
    // unreadable input is drive evidence as far as it is token IDs (a program's input); images and
    // documents alone are what end users upload: they count in the score, in no channel (red team R52-1)
    const p = x.id === "unreadable" && st.unreadable > 0 ? x.p * Math.min(1, st.tokenIdPrompts / st.unreadable) : x.p;
    keepCh[W[x.id].ch] *= 1 - shrinkWeak(p) * conf;
  }
  const channels: Record<Channel, number> = { extract: r3(1 - keepCh.extract), novelty: r3(1 - keepCh.novelty), drive: r3(1 - keepCh.drive) };
  let converging = 0;
  for (const c of ["extract", "novelty", "drive"] as const) if (channels[c] >= cfg.convergeFloor) converging++;
  const driven = cfg.convergeChannels <= 1 || channels.drive >= cfg.convergeFloor;
  st.driven = driven;
  const j = ((st.seed % 2001) / 1000 - 1) * cfg.jitter;
  const cut = [0, cfg.throttleAt + j, cfg.degradeAt + j, cfg.challengeAt + j, cfg.blockAt + j];
  let target = 0;
  if (enough) {
    for (let lvl = 1; lvl <= 3; lvl++) if (score >= cut[lvl]!) target = lvl;
    // block, the one refusal without a way through, also needs evidence of how the traffic is
    // driven (linkage, a refused payload resent before its Retry-After, token-ID input): what a key's requests ask
    // can be typed by its app's end users, so content alone stops at challenge (red team R4-3)
    if (score >= cut[4]! && hard && driven && st.requests >= cfg.blockMinRequests) target = 4;
    // one channel alone, however strong, earns at most degrade
    if (converging < cfg.convergeChannels && target > 2) target = 2;
    // ... and so do what a key's requests ask and how many new ones it sends, without evidence of
    // how it is driven or a hard extraction signal (challengeNeedsDrive): an honest product's end
    // users type asks as diverse as a sweep's, at a product's volume, and its backend does not
    // solve puzzles (held-out suites: step-by-step apps, routers, content services lost 75-98 % of
    // their requests to challenges; degraded they are served)
    if (target > 2 && cfg.challengeNeedsDrive && !driven && !hard) target = 2;
    // ... and so do what a key embeds and how much, without evidence of how it is driven: a broad
    // index (a forum's posts, news from many outlets, a docs site with its translations) is bulky
    // and diverse as a coverage harvest is, so its content and volume are not two independent
    // channels (red team R49-5, R49-6: such indexers were challenged, and a pass counts each input)
    if (target > 2 && st.embedRequests >= EMBED_KEY_SHARE * st.weight && channels.drive < cfg.convergeFloor) target = 2;
    // ... and so does a burst: a one-off run (a benchmark, a backfill) is over in an hour or two and a
    // nightly re-run brings nothing new, a harvest goes on; a group of linked keys sustains it together
    if (target > 2 && !sustained(st, cfg.sustainHours) && lk < cfg.throttleAt) target = 2;
  }
  // the peak score, decayed with the evidence half-life since it was reached
  let peak = st.peakScore > 0 ? st.peakScore * decayFactor(nowMs - st.peakMs, st.halfLifeMs) : 0;
  if (score >= peak) {
    peak = score;
    st.peakScore = r3(score);
    st.peakMs = nowMs;
  }
  let cur = ORDER.indexOf(st.standing);
  if (target > cur) {
    cur = target;
    st.standingMs = nowMs;
    st.takenBack = false;
  } else if (target < cur) {
    // one level per elapsed dwell period, each only while the score sits below that level's
    // cut-off minus the hysteresis margin (a key that went quiet for days recovers at once), and
    // so does its decayed peak (red team F4: cheap cover traffic diluted a challenged key's rates
    // back to allow in 5 hours; the peak holds it for ~1-1.5 days of the evidence half-life)
    const dwell = cfg.minDwellMinutes * 60_000;
    const held = Math.max(score, peak);
    // (at the cut-off itself once evidence that raised it was taken back: answers.ts readLater)
    const margin = st.takenBack ? 0 : cfg.hysteresis;
    let t = st.standingMs;
    let moved = false;
    while (cur > target && nowMs - t >= dwell && held < cut[cur]! - margin) {
      cur -= 1;
      t += dwell;
      moved = true;
    }
    if (moved) st.standingMs = nowMs;
  }
  st.standing = ORDER[cur]!;

  // the reasons are formatted when read (the Durable Object reads them only for a webhook: a
  // string per feature on every request was ~9 % of detection's allocation); what they say is
  // taken now, as the key's state will not say it later
  const cohortReason = st.cohortReason;
  const linkReason = st.linkReason;
  let reasons: string[] | undefined;
  return {
    score: r3(score),
    get reasons(): string[] {
      if (reasons !== undefined) return reasons;
      reasons = feats
        .filter((x) => x.p >= 0.05)
        .sort((a, b) => b.p - a.p)
        .map((x) => `${x.why} [${x.id} ${x.p.toFixed(2)}]`);
      if (ck >= 0.05) reasons.unshift(`${cohortReason} [cohort ${ck.toFixed(2)}]`);
      if (lk >= 0.05) reasons.unshift(`${linkReason} [linkage ${lk.toFixed(2)}]`);
      if (reasons.length > 6) reasons.length = 6;
      return reasons;
    },
    standing: st.standing,
    channels,
    local: r3(local),
  };
}

/** How far harvest-subset's evidence counts: its requests harvest-shaped by a step-by-step ask alone
 *  (stepHarvest, their share of harvestShaped) as far as the key's worked answers are a trace's
 *  length (workedLength), the others in full. The feature, not the count: a share of harvest-shaped
 *  requests saturates at a quarter, so fewer of a tutor's would change nothing. */
export function subsetLength(st: DetectState): number {
  const stepShare = st.harvestShaped > 0 ? clamp01(st.stepHarvest / st.harvestShaped) : 0;
  return 1 - stepShare * (1 - workedLength(st));
}

/** answerMean in words, the unit left to the caller: the mean, or what the long answers are when
 *  they set it. Takes the numbers as assessed, not the state (a reason is formatted when read). */
function answerText(completionTokens: number, settled: number, longTokens: number, longAnswers: number, typical: number): string {
  const mean = completionTokens / Math.max(settled, 1e-9);
  if (typical <= mean + 0.5) return `${Math.round(typical)}`;
  return `long answers of ${Math.round(longTokens / longAnswers)} tokens in ${Math.round((100 * longAnswers) / settled)}% of its answers, ${Math.round(mean)}`;
}
