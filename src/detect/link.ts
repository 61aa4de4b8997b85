/**
 * Cross-key linkage through a sharded registry. Shards: "w:<system-prompt word MinHash>" or
 * "w:p<prefix hash>" (wrapper), "n:<ip /24 hash>" (network), "a:<asn>", and "c:<bucket>"
 * (cohort: keys early in their life, spread over COHORT.buckets objects by key hash). Each shard
 * aggregates the reports of the keys using it, as if the shard were one virtual key: a wrapper
 * whose keys share parameters and together sweep many topics single-turn is a harvest run split
 * over keys; a wrapper many keys use for narrow payloads is a popular app (generic, exempt); a
 * cohort in which many of the keys that started recently draw the same extraction profile is a
 * key farm (a hydra: hundreds of keys, tens of requests each, nothing else shared).
 */
import type { DetectState } from "./state.ts";
import type { RequestSignals } from "./signals.ts";
import { clamp01, decayFactor, entropy, hamming64, hash32, hllAdd, hllCount, hllNew, hllUnion, r3 } from "./sketch.ts";

/** SimHash radius within which two members of one wrapper shard are the same wrapper. */
export const SHARD_SIM_BITS = 20;

/** A fingerprint report a key sends to one registry shard (~200 bytes). */
export type LinkReport = {
  shard: string;
  /** Key id hash (32-bit of the HMAC key id). */
  k: number;
  /** Requests the key has made so far. */
  n: number;
  /** Params fingerprint, rhythm class (0 unknown, 1 regular, 2 mixed, 3 irregular). */
  pf: number;
  rh: number;
  /** The key's local (non-linkage) score 0..1. */
  loc: number;
  /** This request's topic bucket; the key's single-turn share and mean param score; this
   *  request's reasoning level and pipeline flag. */
  tp: number;
  s1: number;
  ps: number;
  rs: number;
  gm: 0 | 1;
  /** The key's harvest factor 0..1 from settled usage (long completions for short prompts). */
  hv: number;
  /** Network of this request. */
  n24: number;
  asn: number;
  /** SimHash of the system prompt ("" none): members of a "w:" shard match within SHARD_SIM_BITS. */
  ws: string;
  /** Cohort reports only: 1 when the key's answers so far have the extraction profile
   *  (harvestProfile). Absent from other shards' reports. */
  hp?: 0 | 1;
  /** 0 while the origin has answered none of the key's requests: the shard answers it but does not
   *  count it (red team R34-1: made-up keys the origin refused, copying a public app's wrapper,
   *  formed a group around the app's key). Absent: counted. */
  ok?: 0 | 1;
};

/** One key as the shard remembers it. */
type Member = { k: number; t: number; n: number; pf: number; rh: number; loc: number; n24: number; ws: string };

/** Bounded shard state: <= 48 members (LRU), a 64-register HLL of keys, 32-topic histogram. */
export type RegistryState = {
  v: 1;
  t: number;
  m: Member[];
  hll: string;
  tp: number[];
  w: number;
  s1: number;
  ps: number;
  rs: number;
  gm: number;
  hv: number;
  /** Cohort shards only: distinct keys that reported (young) and of them those with the
   *  extraction profile, one HLL per day for the last COHORT.days days (slot = day % days), and
   *  the day each slot holds. */
  cy?: string[];
  ch?: string[];
  cd?: number[];
  /** Cohort shards only: the bucket's own history (COHORT.history): [profile keys a window holds
   *  as a rule (decayed mean over complete windows), complete windows folded into it, the last day
   *  the shard saw a report, the first]. */
  cb?: number[];
};

/**
 * The cohort signal (hydras). Every constant with its reason:
 * - maxRequests 100 (requests not answered trivially: cohortAge): only keys early in their life report (once a day, at the first schedule
 *   point after the origin answered it, to be counted, and at every schedule point while it has
 *   the profile); an app's key past that is judged on its own traffic, and a farm's keys stay
 *   below it by design (tens of requests each).
 * - buckets 4: the cohort is spread over this many objects by key hash (no object sees every
 *   key); the count thresholds below are per bucket.
 * - days 3: a farm's keys run side by side within days; older arrivals drop out.
 * - profile (settled >= 4 answers, >= 90 % single-turn, >= 700 completion tokens each on average,
 *   >= 8x the prompt): what the key takes is long answers to short self-contained asks. People's
 *   own keys chat (multi-turn) or get short answers; apps with this profile pass maxRequests in
 *   a day or two and stop reporting. minLong 6, minLongShare 0.1: or >= 6 long answers
 *   (LONG_ANSWER, the same 700 tokens and 8x) that are >= 10 % of its answers not trivial
 *   (TRIVIAL_ANSWER; the ratio, too, is read without the trivial answers' prompts): cheap
 *   answers added to a harvest dilute the mean, not the count (red team R7-2), and trivial ones
 *   (an "OK") neither the share nor the ratio nor the key's age in its cohort (cohortAge; R8-3:
 *   10 cheap asks per harvest ask did all three); diluting under 10 % now takes answers of 32
 *   tokens or more, paid as output. 6, not 4: at 4, three more of suite f's 72
 *   hobbyist developers were counted and degraded beside its hydra (at 6 none; red team
 *   `d-dilc4` 223 of 300 flagged, 226 at 4).
 * - minKeys 6, fullKeys 24: profile keys per bucket within `days` before the cohort counts, and
 *   where it counts fully (x4 buckets: ~24 and ~96 keys in all).
 * - minShare 0.2, fullShare 0.6: share of the young keys with the profile; honest sign-ups are a
 *   mix (chat, apps, code), a farm floods the cohort with one profile.
 * - earlyReportMax 13: between schedule points (1, 2, 3, 5, 8, 13, then sparser) a key of at most
 *   13 requests also reports the moment it first shows the profile that day (red team R6-4: keys
 *   of 8 requests ended before their 8th report acted). Later, when schedule points are days
 *   apart, the same report counted long-lived honest profile keys (writers) on every day they were
 *   active, and crowded their cohort (red team R7-6: 35 of 450 writers degraded, 9 with the bound).
 * - history (red team R6-2: in a deployment with hundreds of sign-ups a day the share stays low
 *   whatever arrives, so real sign-ups or paid decoys dilute a farm out of sight): each bucket also
 *   keeps how many profile keys a window holds as a rule (a mean over its complete windows, then
 *   decayed over `historyWindows` of them) and a window that holds many more than that is crowded
 *   whatever the share: excess over the rule beyond `minKeys` + 3 x sqrt(rule) (chance) +
 *   `historyNoise` x rule (day-to-day swings and the HLL's error), full `fullKeys - minKeys` later.
 *   It starts after `historyMin` complete windows (a farm present from the shard's first day is
 *   in its history: the share still judges it). A window's count enters the rule grown by at most
 *   `historyGrowth` x (or + minKeys), so a farm teaches the rule its size only over weeks.
 * The shard answers a profile key how crowded its cohort is (0..1); the key weighs that with
 * DetectionConfig.cohortWeight (0.55 by default: below the 0.6 that would make linkage hard; a
 * cohort says "one of many keys alike", not what this key did, so with the key's own extract
 * evidence it earns degrade, and challenge only when the key's own evidence converges).
 */
export const COHORT = Object.freeze({
  maxRequests: 100,
  buckets: 4,
  days: 3,
  minSettled: 4,
  minSingle: 0.9,
  minCompletion: 700,
  minRatio: 8,
  minLong: 6,
  minLongShare: 0.1,
  minLongTokenShare: 0.5,
  minKeys: 6,
  fullKeys: 24,
  minShare: 0.2,
  fullShare: 0.6,
  earlyReportMax: 13,
  historyWindows: 14,
  historyMin: 2,
  historyNoise: 0.25,
  historyGrowth: 1.5,
});

/**
 * What a group's verdict can do to a key (applyLinkView). A group's score comes from the other
 * keys' traffic; keys an attacker controls can copy everything an honest app shows them (a public
 * system prompt, its parameters, its machine rhythm) or share its network (red team R34-1: ten
 * keys, made up or valid, sending a public app's prompt at a queue worker's pace challenged that
 * app's key, 45 of its next 70 requests refused; R34-2: ten keys on its /24 with common parameters
 * alike). So a key's own history decides whether the verdict is its own:
 * - `requests` 20: a key that has made this many requests is established: a rotation group's keys
 *   take the group's verdict while they are young (a fresh key of a known group is flagged from its
 *   2nd request), and a farm's keys of tens of requests each stay young; an app's key that has run
 *   for a while before the group appeared is not one of them;
 * - `ownFloor` 0.5 (degradeAt's default): an established key whose own (local) score reaches it
 *   takes the verdict as before: its own evidence already says it harvests, and the group is then
 *   the second channel a challenge needs;
 * - `cap` 0.15: what an established key below that floor takes of a group's score, the score of a
 *   wrapper shared without coordination (the weak-evidence shrink halves it).
 */
export const LINK_VERDICT = Object.freeze({ requests: 20, ownFloor: 0.5, cap: 0.15 });

/**
 * A long answer, what an extraction profile takes (COHORT): at least 700 completion
 * tokens, and at least 8x its prompt. A chat's long answer to a long conversation is not one.
 */
export const LONG_ANSWER = Object.freeze({ minTokens: 700, minRatio: 8 });

/**
 * A trivial answer: under 32 completion tokens (an "OK", a label, a yes or no). The long-answer
 * share of the extraction profile is measured against the other answers: cheap asks added after
 * every harvest ask add trivial answers, which dilute it no more (red team R8-3: 10 of them per
 * harvest ask put the long answers under 10 % of all, 45 of 300 keys flagged, 97 % served).
 * Diluting with answers of 32 tokens or more costs the harvester output tokens.
 */
export const TRIVIAL_ANSWER = 32;

/** 1 when an answer of this many completion tokens is trivial (TRIVIAL_ANSWER), else 0. */
export function trivialAnswer(completionTokens: number): 0 | 1 {
  return completionTokens < TRIVIAL_ANSWER ? 1 : 0;
}

/** Whether a key's answers can tell its profile: COHORT.minSettled of them (decayed). */
export function answersTell(st: DetectState): boolean {
  return st.settled >= COHORT.minSettled;
}

/** The link half-life the key's state carries (assess sets it; a day before it ran). */
function linkHalfLife(st: DetectState): number {
  return st.linkHalfLifeMs > 0 ? st.linkHalfLifeMs : 24 * 3600_000;
}

/** The key's cohort evidence now (decayed with the link half-life since it was taken). */
function cohortNow(st: DetectState, nowMs: number): number {
  return st.cohort > 0 ? st.cohort * decayFactor(nowMs - st.cohortMs, linkHalfLife(st)) : 0;
}

/** A key's requests as its cohort ages it (COHORT.maxRequests): those not answered trivially, so
 *  cheap asks do not age a farm's keys out of their cohort before their profile shows (red team
 *  R8-3: 10 cheap asks per harvest ask passed 100 requests by the 10th harvest ask). */
export function cohortAge(st: DetectState): number {
  return Math.max(0, st.requests - st.trivialAnswers);
}

/** The settled answers the long-answer share is measured against: the ones not trivial. */
export function substantiveAnswers(st: DetectState): number {
  return Math.max(0, st.settled - st.trivialAnswers);
}

/** The answer detection reads of a usage: its completion tokens without the hidden reasoning the
 *  origin billed and never returned (Usage.reasoning): what a client can train on. */
export function visibleTokens(u: { completionTokens: number; reasoning?: number }): number {
  return Math.max(0, u.completionTokens - (u.reasoning ?? 0));
}

/**
 * How much of a big output budget a key's answers used (budget.ts budgetUsed): the share of their
 * tokens beyond `tokens` an answer (a long reply's size, and degrade's default cap), in full at
 * `fullShare`. A chat product that sets `max_tokens` 4,096 as headroom answers in a few hundred
 * tokens, a few beyond 512 (red team R60-3: ~5 % of its tokens); a harvest of long answers takes
 * most of its tokens there.
 */
export const BUDGET_USED = Object.freeze({ tokens: 512, fullShare: 0.2 });

/** An answer's completion tokens beyond BUDGET_USED.tokens. */
export function beyondBudget(completionTokens: number): number {
  return Math.max(0, completionTokens - BUDGET_USED.tokens);
}

/** 1 when an answer of these tokens is long (LONG_ANSWER), else 0. */
export function longAnswer(promptTokens: number, completionTokens: number): 0 | 1 {
  return completionTokens >= LONG_ANSWER.minTokens && completionTokens >= LONG_ANSWER.minRatio * promptTokens ? 1 : 0;
}

/** The share of a key's prompts (its readable prompt chars and tool definitions) that is material
 *  it sent before (observeRepeats), at most MAX_REPEAT_SHARE. */
export function repeatShare(st: DetectState): number {
  const base = st.promptChars + st.toolChars;
  return base > 0 ? Math.min(MAX_REPEAT_SHARE, Math.max(0, st.repeatChars / base)) : 0;
}
/** (0.95 left 1,250 chars of a 25,000-char policy unread: red team R19-5, 0 of 150 flagged.) */
const MAX_REPEAT_SHARE = 0.995;

/** The prompt tokens a key's answers are read against: its prompts less the material it repeats
 *  (red team R16-2: a fixed 1,600-char system prompt, or a 1,000-1,600-char note from a pool of
 *  sentences, put 2,100-token answers at 2.6-5x their prompts and hid 150 of 150 keys). */
export function promptRead(st: DetectState, promptTokens = st.promptTokens): number {
  return promptTokens * (1 - repeatShare(st));
}

/** The weight of requests whose verdict the filler rule has yet to give (state.ts markPending). */
export function pendingTurns(st: DetectState): number {
  let p = 0;
  for (const e of st.turnSizes) if (e.length > 2) p += e[2]!;
  return p;
}

/** The share of a key's (decayed) requests that asked on their own, among those with a verdict. */
export function singleShare(st: DetectState): number {
  const w = st.weight - pendingTurns(st);
  return w > 1e-9 ? Math.min(1, (st.singleTurn + st.pacedTurns) / w) : 0;
}

/** The extraction profile a cohort counts (COHORT): long answers to short self-contained asks;
 *  on average, or as at least `minLong` long answers (LONG_ANSWER) that are at least `minLongShare`
 *  of them or hold `minLongTokenShare` of the completion tokens, however many short ones were
 *  added (red team R7-2: 4-5 cheap paid asks after each harvest ask pushed the mean answer under
 *  700 tokens for under 3 % more tokens; R10-5: 10 answered in 33-45 tokens, the count share). */
export function harvestProfile(st: DetectState): boolean {
  if (!answersTell(st)) return false;
  const single = singleShare(st);
  const cMean = st.completionTokens / st.settled;
  // the ratio of the answers that are not trivial (red team R8-3: cheap asks add their prompts)
  const ratio = st.completionTokens / Math.max(1, promptRead(st, st.promptTokens - st.trivialPromptTokens));
  // long answers counted, or holding half the tokens answered (red team R10-5: 10 asks answered
  // in 33-45 tokens after each harvest ask put the long answers under 10 % of the count)
  const long = st.longAnswers >= COHORT.minLong && (st.longAnswers >= COHORT.minLongShare * substantiveAnswers(st) || st.longTokens >= COHORT.minLongTokenShare * st.completionTokens);
  return single >= COHORT.minSingle && (cMean >= COHORT.minCompletion || long) && ratio >= COHORT.minRatio;
}

/** What a shard tells a key about its group. */
export type LinkView = {
  shard: string;
  /** Distinct keys seen on this shard (estimate beyond 48). */
  keys: number;
  /** Keys sharing this reporter's parameters and rhythm. */
  linked: number;
  /** Group score 0..1 (0 when generic). */
  score: number;
  /** The fingerprint is widely shared by unremarkable keys (popular app / generic prompt). */
  generic: boolean;
  /** Operator-facing explanation. */
  why: string;
  /** Cohort shards only: how crowded the cohort is, whatever the reporter's profile (`score` is it
   *  when the reporter has the profile, else 0): kept by a key without the profile until its own
   *  answers show it (DetectState.cohortPending). */
  crowd?: number;
};

const MAX_MEMBERS = 48;
const HALF_LIFE_MS = 3 * 24 * 3600_000;

export function newRegistryState(): RegistryState {
  return { v: 1, t: 0, m: [], hll: hllNew(6), tp: new Array<number>(32).fill(0), w: 0, s1: 0, ps: 0, rs: 0, gm: 0, hv: 0 };
}

/** Gaps a key needs before linkage reads its rhythm: a person's first few gaps can sit close
 *  together by chance (red team R6-7: two thirds of an app's human-paced customers read as
 *  machine-regular at their 2nd-4th request), and unknown never counts as regular. */
export const RHYTHM_MIN_GAPS = 6;

function rhythmClass(st: DetectState): number {
  if (st.gaps < RHYTHM_MIN_GAPS) return 0;
  const sd = Math.sqrt(Math.max(0, st.gapLogVar));
  return sd < 0.5 ? 1 : sd < 1.1 ? 2 : 3;
}

/** Wrapper shards of this request: its system prompt's two word-MinHash shards, or, without a
 *  system prompt, the key's recurring user-turn prefix. */
function wrapperShards(st: DetectState, sig: RequestSignals): string[] {
  // learned-generic wrappers keep reporting, so a shard can revise its verdict
  if (sig.sh !== 0 && sig.gs === 0) {
    const a = "w:" + ((sig.wm || sig.sh) >>> 0).toString(36);
    const b = "w:" + ((sig.wm2 || sig.sh) >>> 0).toString(36);
    return a === b ? [a] : [a, b];
  }
  let best: { h: string; c: number } | null = null;
  for (const e of st.wrappers) if (e.k === "P" && (best === null || e.c > best.c)) best = e;
  if (best !== null && st.requests >= 3 && best.c / Math.max(st.weight, 1e-9) >= 0.5) return ["w:p" + best.h];
  return [];
}

/** Harvest factor of a key from settled usage: 0.6 unknown, ~0 for short answers to long prompts. */
export function harvestFactor(st: DetectState): number {
  if (st.settled < 3) return 0.6;
  const ratio = st.completionTokens / Math.max(1, promptRead(st));
  const cMean = st.completionTokens / st.settled;
  return Math.round(Math.max(clamp01((ratio - 0.4) / 1.6), clamp01((cMean - 300) / 900)) * 100) / 100;
}

/** Request counts at which a key reports: 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, then every 64. */
function nextReport(n: number): number {
  const fib = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89];
  for (const x of fib) if (x > n) return x;
  return n + 64;
}

export function linkReports(st: DetectState, sig: RequestSignals, keyId: string, nowMs: number): LinkReport[] {
  const day = Math.floor(nowMs / 86400_000) + 1;
  // the cohort counts a young key once the origin has answered it (made-up keys the origin refuses
  // do not dilute it for free: red team R6-1)
  const young = cohortAge(st) <= COHORT.maxRequests && st.settled > 0;
  if (st.requests < st.nextReportAt) {
    // between schedule points a key early in its life reports to its cohort alone, the moment it
    // first shows the profile that day (red team R6-4: the profile shows from the 4th answer, and
    // the next schedule point was the 8th request, so keys of 8 requests ended before their cohort
    // acted); only up to COHORT.earlyReportMax requests (R7-6), counted as its cohort ages it
    if (!young || cohortAge(st) > COHORT.earlyReportMax || st.cohortCounted === -day || !harvestProfile(st)) return [];
    st.cohortCounted = -day;
    return [{ shard: cohortShard(keyId), ...reportBase(st, sig, keyId), hp: 1 }];
  }
  st.nextReportAt = nextReport(st.requests);
  const base = reportBase(st, sig, keyId);
  const out: LinkReport[] = [];
  for (const w of wrapperShards(st, sig)) out.push({ shard: w, ...base });
  if (sig.n24 !== 0) out.push({ shard: "n:" + (sig.n24 >>> 0).toString(36), ...base });
  if (sig.asn !== 0) out.push({ shard: "a:" + sig.asn, ...base });
  // at a schedule point: once per day it is active (its count lives in that day's slot), and at
  // every schedule point while it has the profile (the others' answer would be 0 every time)
  if (young) {
    const hp = harvestProfile(st);
    if (Math.abs(st.cohortCounted) !== day || hp) out.push({ shard: cohortShard(keyId), ...base, hp: hp ? 1 : 0 });
    st.cohortCounted = hp ? -day : day;
  }
  return out;
}

/**
 * The cohort report answers fetched on a free route may bring (a batch's results, a background
 * response: they carry no request, so linkReports never runs for them). A young key whose fetched
 * answers first show the profile today reports to its cohort then, as linkReports would at its
 * next request (red team R7-1: a key that sends all its batches, then fetches all the results,
 * made no request after its answers showed the profile). The request fields are empty: a cohort
 * shard reads only the key and the profile flag.
 */
export function answerReports(st: DetectState, keyId: string, nowMs: number): LinkReport[] {
  if (st.settled <= 0 || !harvestProfile(st)) return [];
  return profileReport(st, keyId, nowMs);
}

/**
 * The cohort report of a batch that asked in the profile's shape (askedProfile), once the origin
 * has accepted it: a key whose answers cannot tell yet (fewer than COHORT.minSettled) is counted
 * with the profile it asked for, so a farm whose keys each send one batch crowds its cohort as
 * its batches arrive, not when their results are fetched (red team R8-2). Counted after the origin
 * accepted the batch (made-up keys crowd nothing: R6-1); the crowd it answers is provisional
 * evidence (applyLinkView) that the key's first answers confirm or take back.
 */
export function askedReports(st: DetectState, keyId: string, nowMs: number): LinkReport[] {
  if (answersTell(st)) return [];
  return profileReport(st, keyId, nowMs);
}

/** A young key's cohort report with the profile, once a day. The request fields are empty: a
 *  cohort shard reads only the key and the profile flag. */
function profileReport(st: DetectState, keyId: string, nowMs: number): LinkReport[] {
  const day = Math.floor(nowMs / 86400_000) + 1;
  if (cohortAge(st) > COHORT.maxRequests || st.cohortCounted === -day) return [];
  st.cohortCounted = -day;
  return [{ shard: cohortShard(keyId), k: hash32(keyId), n: st.requests, pf: 0, rh: rhythmClass(st), loc: st.localScore, tp: 0, s1: 0, ps: 0, rs: 0, gm: 0, hv: harvestFactor(st), n24: 0, asn: 0, ws: "", hp: 1 }];
}

/**
 * Settlement: a key whose answers now show the extraction profile takes the crowd its cohort shard
 * last answered it (decayed since) as cohort evidence at once, instead of waiting for the answer
 * to its next report (red team R7-5: keys of 6 requests ended before it; keys of 7 lost only their
 * last answer). The pending crowd is spent either way once the profile shows.
 */
export function takePendingCohort(st: DetectState, nowMs: number): void {
  if (!harvestProfile(st)) return;
  const pending = st.cohortPending * decayFactor(nowMs - st.cohortPendingMs, linkHalfLife(st));
  if (pending > cohortNow(st, nowMs)) {
    st.cohort = st.cohortPending;
    st.cohortMs = st.cohortPendingMs;
    st.cohortReason = `its cohort bucket was crowded (${Math.round(st.cohortPending * 100)} %) with keys early in their life that draw the extraction profile when it last reported, and its own answers now draw it: long answers to short single-turn asks`;
  }
  st.cohortPending = 0;
  st.cohortPendingMs = 0;
}

/**
 * A batch whose requests have the extraction profile's shape (red team R8-2): at least
 * COHORT.minSettled requests, at least minSingle of them single-turn asks whose output cap (none:
 * the model's) leaves room for a long answer (LONG_ANSWER) to them; or at least COHORT.minLong
 * such asks, whatever else it holds (R10-4). What the requests ask, not
 * what the origin answered: evidence only beside a crowded cohort (applyAskedCohort).
 */
export function askedProfile(sigs: readonly RequestSignals[]): boolean {
  if (sigs.length < COHORT.minSettled) return false;
  let shaped = 0;
  for (const s of sigs) {
    // an item continuing a stored response or conversation asks on its own too: no answer of the
    // batch is read before it is sent, and the anchor may be another key's (red team R10-2)
    const single = s.ut <= 1 && s.at === 0;
    const cap = s.mt > 0 ? s.mt : Number.POSITIVE_INFINITY;
    if (single && cap >= LONG_ANSWER.minTokens && cap >= LONG_ANSWER.minRatio * (s.pl / CHARS_PER_TOKEN)) shaped++;
  }
  // as many asks of that shape as the profile's long-answer count, whatever else the batch holds:
  // a share alone is diluted by cheap items in the same batch (red team R10-4: 30 asks and 4
  // "Say OK." items, 88 %, escaped the rule; 2 of 300 keys flagged, 99.7 % served)
  return shaped >= COHORT.minSingle * sigs.length || shaped >= COHORT.minLong;
}

/** Chars per token of the prompt estimate above (the guard's reservation estimate, proxy/request.ts
 *  CHARS_PER_TOKEN, is the same). */
const CHARS_PER_TOKEN = 4;

/**
 * A batch is decided before the origin runs any of it, and its answers are read only when its
 * results are fetched: a key that sends its whole harvest as one batch and fetches it once is
 * judged by its answers after all of them were produced (red team R8-2: 30 asks in one batch per
 * key, 11 of 300 keys flagged, 97 % of the harvest served). So a key whose answers cannot tell yet
 * (fewer than COHORT.minSettled, and still young) and whose batch asks in the profile's shape
 * (askedProfile) takes the crowd of its cohort shard, read before the decision (cohortPeek), as
 * cohort evidence at once: with the batch's own request evidence that earns degrade when the
 * cohort is crowded, never more. Its first answers confirm it or take it back (settleAskedCohort).
 * The way back for an honest first batch in a crowded cohort: answers that do not draw the
 * profile, or a verified key (never degraded by cohort evidence alone).
 */
export function applyAskedCohort(st: DetectState, sigs: readonly RequestSignals[], crowd: number, nowMs: number): void {
  if (!(crowd > 0) || cohortAge(st) > COHORT.maxRequests || answersTell(st) || !askedProfile(sigs)) return;
  if (crowd <= cohortNow(st, nowMs)) return;
  st.cohort = crowd;
  st.cohortMs = nowMs;
  st.cohortAsked = 1;
  st.cohortReason = `its cohort bucket is crowded (${Math.round(crowd * 100)} %) with keys early in their life that draw the extraction profile, and before any answer of its own it sent a batch of ${sigs.length} single-turn asks with room for long answers`;
}

/** A key's first answers settle the cohort evidence its batch asked for (applyAskedCohort): kept
 *  when they draw the profile, taken back when they do not. */
export function settleAskedCohort(st: DetectState): void {
  if (!answersTell(st)) return;
  if (!harvestProfile(st)) {
    st.cohort = 0;
    st.cohortMs = 0;
    st.cohortReason = "";
  }
  st.cohortAsked = 0;
}

/** The cohort shard a key reports to (by key hash: no shard sees every key). */
export function cohortShard(keyId: string): string {
  return "c:" + (hash32(keyId) % COHORT.buckets);
}

function reportBase(st: DetectState, sig: RequestSignals, keyId: string): Omit<LinkReport, "shard"> {
  return {
    k: hash32(keyId),
    n: st.requests,
    pf: sig.pf,
    rh: rhythmClass(st),
    loc: st.localScore,
    tp: sig.tp,
    s1: r3(singleShare(st)),
    ps: r3(st.paramScoreSum / Math.max(st.weight, 1e-9)),
    rs: sig.rs,
    gm: sig.gm,
    hv: harvestFactor(st),
    n24: sig.n24,
    asn: sig.asn,
    ws: sig.ws,
    ...(st.settled > 0 ? {} : { ok: 0 as const }),
  };
}

export function registryObserve(reg: RegistryState, r: LinkReport, nowMs: number): LinkView {
  if (r.shard.startsWith("c:")) return cohortObserve(reg, r, nowMs);
  // a key the origin has not answered yet is told what the shard holds, and not counted in it
  if (r.ok === 0) return shardView(reg, r, nowMs);
  if (reg.t > 0 && nowMs > reg.t) {
    const f = decayFactor(nowMs - reg.t, HALF_LIFE_MS);
    reg.w *= f; reg.s1 *= f; reg.ps *= f; reg.rs *= f; reg.gm *= f; reg.hv *= f;
    for (let i = 0; i < reg.tp.length; i++) reg.tp[i]! *= f;
  }
  reg.t = Math.max(reg.t, nowMs);
  reg.w += 1;
  reg.s1 += r.s1;
  reg.ps += r.ps;
  if (r.rs >= 2) reg.rs += 1;
  reg.gm += r.gm;
  reg.hv += r.hv;
  if (r.tp >= 0 && r.tp < reg.tp.length) reg.tp[r.tp]! += 1;
  reg.hll = hllAdd(reg.hll, r.k);
  const mem: Member = { k: r.k, t: nowMs, n: r.n, pf: r.pf, rh: r.rh, loc: r3(r.loc), n24: r.n24, ws: r.shard.startsWith("w:") ? r.ws : "" };
  const i = reg.m.findIndex((x) => x.k === r.k);
  if (i >= 0) reg.m[i] = mem;
  else if (reg.m.length < MAX_MEMBERS) reg.m.push(mem);
  else {
    let oi = 0;
    for (let j = 1; j < reg.m.length; j++) if (reg.m[j]!.t < reg.m[oi]!.t) oi = j;
    reg.m[oi] = mem;
  }
  return shardView(reg, r, nowMs);
}

function shardView(reg: RegistryState, r: LinkReport, nowMs: number): LinkView {
  // members are only evicted once the list is full: below that the count is exact
  const keys = reg.m.length < MAX_MEMBERS ? reg.m.length : Math.max(MAX_MEMBERS, Math.round(hllCount(reg.hll)));
  const recent = reg.m.filter((x) => nowMs - x.t <= 7 * 86400_000);
  // the shard key (a word MinHash) pre-filters, so a wider SimHash radius than the per-key one
  // is safe here: unrelated prompts sit ~32 +- 4 bits apart
  const sameWrapper = (x: Member) => x.ws === "" || r.ws === "" || hamming64(x.ws, r.ws) <= SHARD_SIM_BITS;
  const linkedM = recent.filter((x) => x.pf === r.pf && !(x.rh > 0 && r.rh > 0 && Math.abs(x.rh - r.rh) >= 2) && sameWrapper(x));
  const L = linkedM.length;
  let meanLoc = 0;
  const nets = new Set<number>();
  for (const x of linkedM) {
    meanLoc += x.loc;
    if (x.n24 !== 0) nets.add(x.n24);
  }
  meanLoc = L > 0 ? meanLoc / L : 0;
  const w = Math.max(reg.w, 1e-9);
  const effT = Math.exp(entropy(reg.tp));
  const div = clamp01((effT - 3) / 7);
  const single = reg.s1 / w;
  const par = reg.ps / w;
  const rsn = reg.rs / w;
  const gm = reg.gm / w;
  const conc = L >= 4 && nets.size > 0 ? clamp01((0.7 - nets.size / L) / 0.5) : 0;
  const kind = r.shard.slice(0, 1);
  let score = 0;
  let generic = false;
  let why = "";
  if (kind === "w") {
    const hvAvg = reg.hv / w;
    const known = linkedM.filter((x) => x.rh > 0).length;
    const regular = known >= 3 ? linkedM.filter((x) => x.rh === 1).length / known : 0;
    // content traits (what the wrapper's traffic looks like) and behaviour traits (how the keys act)
    const content = [
      0.75 * div * single * single * (0.3 + 0.7 * hvAvg), // one wrapper, many topics, single-turn, long answers
      0.5 * clamp01(par / 0.6),
      0.5 * clamp01(rsn / 0.6),
    ];
    const pipeline = 0.9 * clamp01(gm * 2);
    // how the keys are driven: a machine rhythm shared across keys is coordination; a few shared
    // networks only corroborate it (one company's keys share an office network and one prompt).
    // The keys' own local scores are not used here: they are other channels' evidence already.
    const rhythm = 0.5 * clamp01((regular - 0.3) / 0.5);
    const behaviour = [rhythm, rhythm >= 0.35 ? 0.5 * conc : 0];
    let keep = 1 - pipeline;
    let strongC = 0;
    for (const p of content) {
      keep *= 1 - p;
      if (p >= 0.35) strongC++;
    }
    for (const p of behaviour) keep *= 1 - p;
    // corroboration: a popular app's keys share a wrapper, parameters and even a topic spread;
    // they do not also share a machine rhythm. And the group's evidence must be the reporter's
    // own: keys that copy a public app's prompt and parameters and send pipeline prompts must not
    // pass their verdict to the app's honest users (red team F2). A reporter shares the pipeline
    // evidence when it sends pipeline prompts itself (or looks suspicious on its own), the rhythm
    // evidence when its own rhythm is machine-regular (or not known yet: a fresh key).
    const pipelineHere = pipeline >= 0.35 && (r.gm === 1 || r.loc >= 0.5);
    const rhythmHere = rhythm >= 0.35 && strongC >= 1 && (r.rh === 0 || r.rh === 1);
    const strong = pipelineHere || rhythmHere ? 2 : 0;
    const g = strong >= 2 ? 1 - keep : Math.min(1 - keep, LINK_VERDICT.cap);
    // only a mature shard may call a wrapper generic: enough keys, each seen for a while (a
    // rotation group's first requests look like anyone's)
    const mature = recent.filter((x) => x.n >= 5 && x.rh > 0).length >= 8;
    generic = keys >= 10 && mature && meanLoc < 0.3 && strong < 2;
    score = generic ? 0 : g * clamp01((L - 2) / 6);
    why = `${L} keys share this wrapper, parameters and rhythm (${keys} keys on it; ~${effT.toFixed(0)} topics, ${Math.round(single * 100)}% single-turn, ${nets.size} networks, ${Math.round(regular * 100)}% machine-regular)`;
  } else {
    // network / ASN: many keys from one place that are each somewhat suspicious AND share this
    // key's parameters and rhythm. A shared network alone is not coordination: offices, clouds
    // and carrier NAT put unrelated keys behind one /24.
    // A key whose gaps are as irregular as independent arrivals (many end users, a team at work:
    // rhythm class 3) shares no rhythm with anyone: a white-label platform's tenants behind its one
    // egress are each suspicious on their own and share the platform's parameters, and nothing
    // about them is coordinated (red team R52-3: 20 tenants on one /24, 3 challenged). A farm's
    // workers keep a machine's pace, or are too young to have one.
    const sus = r.rh === 3 ? 0 : linkedM.filter((x) => x.loc >= 0.3 && x.rh !== 3).length;
    const frac = recent.length > 0 ? sus / recent.length : 0;
    score = kind === "n" ? 0.7 * clamp01((sus - 3) / 7) * frac : 0.35 * clamp01((sus - 8) / 20) * frac;
    why = `${sus} of ${recent.length} keys from this ${kind === "n" ? "network /24" : "ASN"} look suspicious${r.rh === 3 ? " (this key's own rhythm is irregular: no shared pace)" : ""}`;
  }
  return { shard: r.shard, keys, linked: L, score: r3(score), generic, why };
}

/** A cohort shard: count the reporter among the young keys of its day (and among those with the
 *  extraction profile), then answer a profile key how crowded its profile is (COHORT). */
function cohortObserve(reg: RegistryState, r: LinkReport, nowMs: number): LinkView {
  const D = COHORT.days;
  const day = Math.floor(nowMs / 86400_000);
  if (reg.cy === undefined || reg.ch === undefined || reg.cd === undefined) {
    reg.cy = Array.from({ length: D }, () => hllNew(7));
    reg.ch = Array.from({ length: D }, () => hllNew(7));
    reg.cd = new Array<number>(D).fill(-1);
  }
  cohortHistory(reg, day);
  const slot = day % D;
  if (reg.cd[slot] !== day) {
    reg.cy[slot] = hllNew(7);
    reg.ch[slot] = hllNew(7);
    reg.cd[slot] = day;
  }
  reg.t = Math.max(reg.t, nowMs);
  reg.cy[slot] = hllAdd(reg.cy[slot]!, r.k);
  if (r.hp === 1) reg.ch[slot] = hllAdd(reg.ch[slot]!, r.k);
  const { y, h, crowd, byShare, byHistory } = cohortCrowd(reg, day);
  const score = r.hp === 1 ? crowd : 0;
  const hist = byHistory > byShare ? ` (as a rule ~${Math.round(reg.cb![0]!)})` : "";
  const why = `~${Math.round(h)} of ~${Math.round(y)} keys early in their life (<= ${COHORT.maxRequests} requests) seen in the last ${D} days in this key's cohort bucket draw the same profile${hist}: long answers to short single-turn asks`;
  return { shard: r.shard, keys: Math.round(y), linked: Math.round(h), score: r3(score), generic: false, why, crowd: r3(crowd) };
}

/** How crowded a cohort shard is on `day` (its young keys `y`, of them `h` with the profile, the
 *  crowd 0..1 by share and by the bucket's history), as its windows stand. */
function cohortCrowd(reg: RegistryState, day: number): { y: number; h: number; crowd: number; byShare: number; byHistory: number } {
  const D = COHORT.days;
  let young = hllNew(7);
  let prof = hllNew(7);
  for (let i = 0; i < D; i++) {
    if (reg.cd![i]! < day - D + 1) continue;
    young = hllUnion(young, reg.cy![i]!);
    prof = hllUnion(prof, reg.ch![i]!);
  }
  const y = hllCount(young);
  const h = Math.min(y, hllCount(prof));
  const share = y > 0 ? h / y : 0;
  const byShare = clamp01((h - COHORT.minKeys) / (COHORT.fullKeys - COHORT.minKeys)) * clamp01((share - COHORT.minShare) / (COHORT.fullShare - COHORT.minShare));
  const cb = reg.cb!;
  let byHistory = 0;
  if (cb[1]! >= COHORT.historyMin) {
    const rule = cb[0]!;
    const need = COHORT.minKeys + 3 * Math.sqrt(rule) + COHORT.historyNoise * rule;
    byHistory = clamp01((h - rule - need) / (COHORT.fullKeys - COHORT.minKeys));
  }
  return { y, h, crowd: Math.max(byShare, byHistory), byShare, byHistory };
}

/**
 * A cohort shard's crowd (0..1) as it stands, read without counting anyone (the key asking is not
 * one of its young keys until the origin has answered it: red team R6-1). A window the shard has
 * not rolled yet is left out, and its history is the one of its last report.
 */
export function cohortPeek(reg: RegistryState, nowMs: number): number {
  if (reg.cd === undefined || reg.cb === undefined) return 0;
  return r3(cohortCrowd(reg, Math.floor(nowMs / 86400_000)).crowd);
}

/** On a shard's first report of a new day, fold the window as it stood at the end of the last day
 *  it saw into the bucket's history (COHORT.history), if that window was complete (the shard had
 *  seen COHORT.days days by then). */
function cohortHistory(reg: RegistryState, day: number): void {
  const D = COHORT.days;
  if (reg.cb === undefined) reg.cb = [0, 0, day, day];
  const cb = reg.cb;
  const last = cb[2]!;
  if (day <= last) return;
  cb[2] = day;
  if (last - cb[3]! < D - 1) return;
  let prof = hllNew(7);
  for (let i = 0; i < D; i++) if (reg.cd![i]! > last - D) prof = hllUnion(prof, reg.ch![i]!);
  const w = hllCount(prof);
  const rule = cb[0]!;
  const n = cb[1]!;
  const seen = n === 0 ? w : Math.min(w, Math.max(rule * COHORT.historyGrowth, rule + COHORT.minKeys));
  cb[0] = rule + (seen - rule) / Math.min(n + 1, COHORT.historyWindows);
  cb[1] = n + 1;
}

/** Whether folding `view` into a key can change it: a view with no score that does not call its
 *  wrapper generic is a no-op in applyLinkView (the isolate does not carry it back, and the key
 *  does not store itself for it). */
export function viewMatters(view: LinkView): boolean {
  return view.score > 0 || view.generic || (view.crowd ?? 0) > 0;
}

/** Fold a registry answer into the key's state (max with the decayed current link score). */
export function applyLinkView(st: DetectState, view: LinkView, nowMs: number): void {
  if (view.shard.startsWith("w:") && !view.shard.startsWith("w:p") && st.lastSystemHash !== 0) {
    const i = st.genericWrappers.indexOf(st.lastSystemHash);
    if (view.generic && i < 0) {
      st.genericWrappers.push(st.lastSystemHash);
      if (st.genericWrappers.length > 4) st.genericWrappers.shift();
      for (const e of st.wrappers) if (e.k === "S") e.g = 1; // the key's system wrapper is a shared default
    } else if (!view.generic && view.score >= 0.3 && i >= 0) {
      // the shard changed its mind (a group formed on it): stop exempting this wrapper
      st.genericWrappers.splice(i, 1);
      for (const e of st.wrappers) if (e.k === "S") delete e.g;
    }
  }
  if (view.shard.startsWith("c:")) {
    if (view.score > cohortNow(st, nowMs)) {
      st.cohort = view.score;
      st.cohortMs = nowMs;
      st.cohortReason = view.why;
      // before its answers can tell, the profile was what a batch asked (askedReports)
      st.cohortAsked = answersTell(st) ? 0 : 1;
    }
    // the crowd a key without the profile was told: its evidence once its answers show the profile
    if (view.score === 0 && view.crowd !== undefined && view.crowd > 0) {
      st.cohortPending = view.crowd;
      st.cohortPendingMs = nowMs;
    }
    return;
  }
  const cur = st.link > 0 ? st.link * decayFactor(nowMs - st.linkMs, linkHalfLife(st)) : 0;
  // an established key not suspicious on its own is not given the group's verdict (LINK_VERDICT)
  const score = st.requests >= LINK_VERDICT.requests && st.localScore < LINK_VERDICT.ownFloor ? Math.min(view.score, LINK_VERDICT.cap) : view.score;
  if (score > cur) {
    st.link = score;
    st.linkMs = nowMs;
    st.linkReason = view.why;
  }
}
