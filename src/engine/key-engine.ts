/**
 * One key's whole decision procedure, pure: limits + lists + overrides + detection -> Decision.
 * The KeyGuard Durable Object wraps one KeyEngine per keyId and persists its snapshot; the replay
 * and eval CLIs run the very same class on a virtual clock. Time is always a parameter.
 */
import { type KeyOverride, type PolicyConfig, resolveDetection, resolveLimits } from "../config/index.ts";
import {
  type DetectState,
  type LinkReport,
  type LinkView,
  type RequestSignals,
  applyAskedCohort,
  chainAllowance,
  applyLinkView,
  anchorHash,
  assess,
  answerReports,
  askedReports,
  linkReports,
  newDetectState,
  observeOutcome,
  observeRequest,
  laterRefused,
  observeUsage,
  observeFetchedAnswer,
  reasonsHidden,
} from "../detect/index.ts";
import { degradeOf, reasoningRoomOf } from "../proxy/degrade.ts";
import {
  isLimitName,
  type LimitName,
  type LimitReport,
  type LimitSet,
  type LimitState,
  admit,
  charge,
  giveBackRequests,
  emptyLimitState,
  holdId,
  holdSlot,
  inFlightCount,
  peek,
  quotaTokens,
  hostedTokens,
  releaseHold,
  scaleLimits,
  settle,
  settleMany,
} from "../limits/index.ts";
import { ISOLATE_PREFIX, type LeaseGrant, type LeaseReport, giveBack, holdSlots, topUp, usageFields } from "../limits/lease.ts";
import { type Action, type Answer, LADDER, type RouteKind, type Standing, type Usage } from "../policy/types.ts";
import { keyExpiryAtMs } from "./expiry.ts";

/**
 * Why a decision came out the way it did (operators only; never sent to clients). `pass`: served
 * behind a solved challenge; `replayed`: a puzzle solution that was already used.
 */
export type Cause = "ok" | LimitName | "too_large" | "denylist" | "allowlist" | "detection" | "pass" | "replayed" | "unknown_file" | "undegradable";

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
  /** With cause `too_large`: the limit that can never hold the request (for a batch, only the
   *  daily one: a batch waits at most one window for a per-minute limit, limits/index.ts). */
  limit?: LimitName;
  /** With cause `concurrency`: the slots held by background jobs whose answers have not been
   *  read (KeyEngine.unreadAnswer), which the refusal names as its way back (red team R87-1). */
  held?: number;
  reports: LimitReport[];
  /** Set when served: the lease to settle, and the tokens reserved under it. */
  leaseId?: string;
  reservedTokens: number;
  score: number;
  reasons: string[];
  /** Served, but with the degrade rewrite (the request's extraction value removed). */
  degrade?: boolean;
  /** With degrade (or on a pass): embeddings are cut (proxy/degrade-embeddings.ts), the key's last
   *  assessment having found evidence of how it is driven. An embeddings key degraded on what it
   *  embeds alone is served whole: an index is as bulky and diverse as a harvest, and the cut
   *  breaks what an index holds (red team R71-1, R71-3). */
  cutEmbeddings?: boolean;
  /** With degrade: the output tokens this request may still take, below the degrade cap (it
   *  continues an answer fetched in pieces, which is one answer under degrade: red team R22-2). */
  degradeCap?: number;
  /** With degrade: room for reasoning the request asks for by no parameter, its key's answers
   *  having come with hidden reasoning (proxy/degrade.ts unaskedRoom; red team R60-1). */
  degradeRoom?: number;
  /** On a challenge refusal: the difficulty (leading zero bits) of the puzzle to hand out. */
  challengeBits?: number;
  /** On a challenge refusal with cause `too_large`: the prompts or inputs the request asks for,
   *  more than a whole pass lets through. */
  passItems?: number;
  /** The key reached this standing for the first time: tell the provider (webhook). */
  notify?: "degrade" | "challenge" | "block";
}

/** A puzzle solution the Worker verified (signature, key, route, expiry, work); single use is checked here. */
export interface SolvedPuzzle {
  id: string;
  expiresAtMs: number;
  bits: number;
}

export interface AdmitInput {
  nowMs: number;
  /** Unique per request; becomes the lease id. */
  requestId: string;
  route: RouteKind;
  /** Prompt estimate + maximum completion, reserved against the token limits. */
  reservedTokens: number;
  /** The reservation of the request as degrade rewrites it (used when the key's standing degrades it). */
  degradedTokens?: number;
  /** Detection signals; absent for free routes (their standing is still assessed). */
  signals?: RequestSignals;
  /** A verified puzzle solution sent with the request. */
  solved?: SolvedPuzzle;
  /** The prompts or inputs it asks for, when more than one (a completions prompt list, an
   *  embeddings list): a challenge pass lets through one per request left (absent: 1). */
  items?: number;
}

/**
 * A batch: many inner requests admitted all or nothing, as one upload. Detection observes every
 * inner request (`signals`, in order); `requests` of them count against `rpm`, `reservedTokens`
 * (their sum) against the token limits (a batch larger than a per-minute limit waits for a full
 * window: its requests take at most that window, its tokens a debt beyond it: AdmitRequest.batch),
 * and the upload holds one concurrency lease.
 */
export interface BatchAdmitInput {
  nowMs: number;
  requestId: string;
  requests: number;
  reservedTokens: number;
  signals: RequestSignals[];
  /** False for all but the last chunk of a large batch: observe its signals, decide nothing yet. */
  decide: boolean;
  solved?: SolvedPuzzle;
  /** The batch's reservation with every inner request degraded. */
  degradedTokens?: number;
  /** The prompts and inputs its requests ask for (each request's itemsAsked), when more than
   *  `requests`: what a challenge pass counts. */
  items?: number;
  /** The crowd of the key's cohort shard, read before the decision when the batch asks in the
   *  extraction profile's shape (detect/link.ts applyAskedCohort; absent: not read). */
  crowd?: number;
}

export interface SettleInput {
  nowMs: number;
  leaseId: string;
  reservedTokens: number;
  usage: Usage;
  /** HTTP status of the origin's answer, 0 when it was unreachable. Absent: treated as 200
   *  (callers from before the field existed only settled requests the origin answered). */
  originStatus?: number;
}

/** One isolate's report for the key (see src/limits/lease.ts), and optionally a request to decide. */
export interface ExchangeInput {
  nowMs: number;
  report: LeaseReport<RequestSignals>;
  /** A request the isolate could not decide itself: decided exactly as admit() does. */
  admit?: Omit<AdmitInput, "nowMs">;
  /** Linkage registry shards' answers to the key's earlier reports (batched by the isolate):
   *  applied before anything else, so the request decided here already sees them. */
  views?: LinkView[];
}

export interface ExchangeResult {
  decision?: Decision;
  /** Only when the report asked for permits: what was granted; absent: none (the key is not
   *  leasable now: the isolate gives back what it holds and asks the object per request). */
  grant?: LeaseGrant;
  /** "now": the change must be stored before answering; "later": losing it only leaves permits
   *  taken or slots held until their TTL (never an extra admission), so it may ride on a later write. */
  write: "now" | "later";
  /** Linkage reports of the requests this exchange brought, for the isolate to send to the
   *  registry shards in batches (set by the object when the isolate asks for them). */
  links?: LinkReport[];
}

/** Whether an origin status counts as the origin serving the key (2xx). */
export function originServed(status: number | undefined): boolean {
  const s = status ?? 200;
  return s >= 200 && s <= 299;
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

/**
 * Everything the key's Durable Object keeps. Bounded: see the field notes. Stored through
 * src/engine/snapshot.ts (toStored / migrateSnapshot): a key the origin never served stores only
 * its limits; detection state, recent decisions and counters live in memory until its first 2xx.
 */

export interface KeySnapshot {
  v: 3;
  limits: LimitState;
  override?: KeyOverride;
  list?: "allow" | "deny";
  /** Bounded by the detection core (<= 16 KiB serialized). */
  detect: DetectState;
  /** Last RECENT_DECISIONS decisions, oldest first. */
  recent: RecentTuple[];
  counters: KeyCounters;
  /** Verified by the provider until then (epoch ms): detection never goes beyond degrade. */
  verifiedUntilMs?: number;
  /** The pass bought by the last solved challenge. */
  pass?: { untilMs: number; left: number };
  /** Puzzle ids already accepted, with their expiry (single use); at most MAX_PUZZLES. */
  puzzles?: [string, number][];
  /** When each challenge pass of the last 24 h was bought (difficulty grows with them); at most 64. */
  passLog?: number[];
  /** When the provider was told the key first reached challenge / block. */
  notified?: { degrade?: number; challenge?: number; block?: number };
  /**
   * Batch input files uploaded through the guard: [fileId, requests, reservedTokens, runs, url (the
   * endpoint every line names; absent in files recorded before it was kept), 1 when its lines were
   * written degraded (a run of it can be served where degrade applies), the prompts and inputs its
   * lines ask for when more than its requests (what a challenge pass counts), 1 when it was uploaded
   * where embeddings are cut (Decision.cutEmbeddings: its runs' results are cut)], newest last, at most
   * MAX_FILES.
   */
  files?: [string, number, number, number, string?, 1?, number?, 1?][];
  /**
   * Answers this key may fetch: the ids of the batches it created through the guard (Anthropic
   * message batches, OpenAI batches) and of those OpenAI batches' output and error files, each
   * with when it was recorded (epoch ms; 0: recorded before times were kept, dated at the next
   * write), newest last, at most MAX_OUTPUTS, none older than OUTPUT_TTL_MS. Another key's results
   * are refused (red team R7-1: answers fetched by a collector key would never reach the keys that
   * asked). Not detection history: kept by reset and past idle expiry (red team R9-5).
   */
  outputs?: OutputRecord[];
  /**
   * Model input files this key uploaded through the guard (`purpose` user_data, vision,
   * assistants...: not a batch), each with when it was recorded, newest last, at most MAX_INPUTS,
   * none older than OUTPUT_TTL_MS. The key may retrieve and delete them; another key may not (red
   * team R78-2: any key deleted another's files, and listed every key's file names). Kept apart from
   * `outputs`, so a key uploading a document a turn does not push its batches out. Kept by reset and
   * past idle expiry, as `outputs` are.
   */
  inputs?: OutputRecord[];
  /**
   * Stored responses whose answer their own request left unread (a background response, a stream
   * cut before its usage): [created-response hash, tokens charged at that settlement, and when the
   * request carried media the prompt its readable text stood for (red team R16-3)], newest last,
   * at most MAX_UNREAD. When the answer is read (retrieved, cancelled), what it took beyond that is
   * charged then, once (red team R13-1: input the origin adds, a stored context or a file by URL,
   * was never charged on background responses).
   */
  unread?: ([number, number] | [number, number, number])[];
  /**
   * The unread answers read lately (their created-response hashes, newest last, at most
   * MAX_READ_LATELY): an answer whose record another read of it took already is not charged again
   * from the background registry's record (red team R38-1: the creator's read and another key's
   * within a second of it each charged the rest, one from each record).
   */
  readLately?: number[];
  /**
   * Background jobs seen ended lately: [created-response hash, epoch ms seen], newest last, those of
   * the last ENDED_LATELY_MS, at most MAX_ENDED_LATELY: read with their answer, or cancelled or
   * failed without one. A job whose settlement comes after its end was seen (a background stream
   * the client cut, read on for its usage while the client cancels the job) takes no slot (red team
   * R88-2: a chat app's stopped and cancelled answer held the key's slot for `backgroundHoldSeconds`;
   * R90-6: a count of 16 forgot ends when 24 streams were stopped at once).
   */
  endedLately?: [number, number][];
  /**
   * What a later Responses turn carries as input when it continues a stored context: [the
   * context's hash (Usage.context / Usage.stores), the tokens the turn that last wrote it took
   * (input and answer)], newest last, at most MAX_CONTEXTS; and [a stored prompt's hash
   * (Usage.template), what its template took]. A stream cut before its usage is charged the
   * context it continued and the template it named beside its own reservation (red team R33-2:
   * turns on a 100k-token stored context, cut after their first line, had been charged ~1k each;
   * R35-1: a 50k-token template, nothing).
   */
  contexts?: [number, number][];
  /** Epoch ms of the first settlement the origin answered 2xx; absent while never served. */
  okMs?: number;
  /** Epoch ms of the last admit or settle (0: none since the state was created or expired). */
  at: number;
  /** Epoch ms after which the idle state may be forgotten (0: not yet computed), set by touch(). */
  exp: number;
}

/** Batch input files remembered per key (the oldest is forgotten first). */
export const MAX_FILES = 256;

/** Unread answers remembered per key (KeySnapshot.unread; the oldest is forgotten first: its
 *  answer, read later, is charged from the background registry's record when it has one, a stored
 *  response's, else nothing more: red team R37-1). */
export const MAX_UNREAD = 512;

/** Unread answers remembered as read lately (KeySnapshot.readLately): the reads of one answer
 *  that can overlap are those within a lease's flush of each other. */
export const MAX_READ_LATELY = 32;

/** How long a background job's end is remembered (KeySnapshot.endedLately): an end and the
 *  settlement it overtook are seconds apart (a cut stream is read on at most 20 s). */
export const ENDED_LATELY_MS = 60_000;
/** ... and at most this many (a key ending more jobs a minute holds the newest's). */
export const MAX_ENDED_LATELY = 512;

/** A snapshot's ended jobs (KeySnapshot.endedLately), pairs only (a list stored in another shape
 *  reads as none). */
function endedLately(s: KeySnapshot): [number, number][] {
  return (s.endedLately ?? []).filter((e) => Array.isArray(e) && e.length === 2);
}

/** What one decision (KeyEngine.decide) is asked to admit, under one lease. */
interface Ask {
  nowMs: number;
  requestId: string;
  /** The request's route (a single request's; absent for a batch or a file's run). */
  route?: RouteKind;
  /** Requests it counts against the limits (a batch: one per inner request). */
  requests: number;
  reservedTokens: number;
  /** What detection observes before it assesses the key (none for a free route or a file's run). */
  signals: RequestSignals[];
  solved?: SolvedPuzzle;
  /** It can be served degraded (default true; a stored file's run only if its lines were written so). */
  degradable?: boolean;
  /** What it reserves if degraded (default: reservedTokens). */
  degradedTokens?: number;
  /** A free route (a retrieval, a cancel): background jobs' held slots do not keep it out. */
  passHolds?: boolean;
  /** A batch, admitted or refused whole. */
  batch?: boolean;
  /** Prompts or inputs it asks for, which a challenge pass counts (default: requests). */
  items?: number;
}

/** Stored contexts remembered per key (KeySnapshot.contexts; the oldest is forgotten first: a cut
 *  turn continuing it is charged its own reservation only). */
export const MAX_CONTEXTS = 64;

/** Batch and output file ids remembered per key (the oldest is forgotten first). */
export const MAX_OUTPUTS = 512;

/** Model input file ids remembered per key (KeySnapshot.inputs; the oldest is forgotten first). */
export const MAX_INPUTS = 512;

/** How long a key may fetch a batch it created: as long as the providers keep results
 *  (Anthropic 29 days; 30 covers it). An older record is neither honoured nor kept. */
export const OUTPUT_TTL_MS = 30 * 86_400_000;

/** A batch or output file id a key may fetch, when it was recorded (see KeySnapshot.outputs), and
 *  1 when the batch ran where embeddings are cut (Decision.cutEmbeddings, at its run or its file's
 *  upload): its embeddings are cut whenever they are fetched (a harvest waiting for its standing
 *  to recover gets no vector whole), 0 when not; and what the batch's creation was charged, until
 *  its results are read (the key's unread record of it may be pushed out by 512 newer unread
 *  answers: red team R76-2, a batch's results then charged nothing beyond its reservation). */
export type OutputRecord = [id: string, atMs: number, cut?: 0 | 1, charged?: number];

/** An OutputRecord in its compact form: the cut flag and the charge only when they say something. */
export function outputRecord(id: string, atMs: number, cut: boolean, charged?: number): OutputRecord {
  return charged !== undefined ? [id, atMs, cut ? 1 : 0, charged] : cut ? [id, atMs, 1] : [id, atMs];
}

/** The records still in force at nowMs, an undated one (0) dated nowMs. */
export function liveOutputs(outputs: readonly OutputRecord[] | undefined, nowMs: number): OutputRecord[] {
  const out: OutputRecord[] = [];
  for (const [id, at, cut, charged] of outputs ?? []) {
    const when = at === 0 ? nowMs : at;
    if (at !== 0 && nowMs - at >= OUTPUT_TTL_MS) continue;
    out.push(outputRecord(id, when, cut === 1, charged));
  }
  return out;
}

/** The records of `list` in force at nowMs (liveOutputs): all of them, or those of `ids`. */
function liveRecordsOf(list: readonly OutputRecord[] | undefined, nowMs: number, ids?: readonly string[]): OutputRecord[] {
  const live = liveOutputs(list, nowMs);
  if (ids === undefined) return live;
  const want = new Set(ids);
  return live.filter(([id]) => want.has(id));
}

/** Accepted puzzle ids kept at once (each until its expiry); a key solving more is refused. */
export const MAX_PUZZLES = 256;

export const RECENT_DECISIONS = 32;

export function emptySnapshot(): KeySnapshot {
  return {
    v: 3,
    at: 0,
    exp: 0,
    limits: emptyLimitState(),
    detect: newDetectState(),
    recent: [],
    counters: { requests: 0, served: 0, refused: 0, promptTokens: 0, completionTokens: 0 },
  };
}

/** The quota that refused a decision, when one did: its `action` stays the key's standing (a
 *  degraded key's quota refusal reads "degrade"), so the cause says it (red team R53-4, R55-2). */
export function quotaRefusal(d: Decision): LimitName | undefined {
  return !d.served && isLimitName(d.cause) ? d.cause : undefined;
}

function refusal(action: Action, cause: Cause, reports: LimitReport[], score: number, reasons: string[], enforced: boolean): Decision {
  return { action, served: false, enforced, cause, reports, reservedTokens: 0, score, reasons };
}

const isoOrNull = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());

export class KeyEngine {
  snap: KeySnapshot;
  /** Decisions carry detection's reasons (the replay's lines, the admin API); the Durable Object
   *  turns this off: its decisions go to the isolate, which logs no reasons, and only a webhook's
   *  event (a key's first challenge or block) carries them. */
  explain = true;

  constructor(snapshot?: KeySnapshot) {
    this.snap = snapshot ?? emptySnapshot();
  }

  /** Limits in force for this key under a standing: throttle and every step above it tighten them,
   *  but degrade only for a key whose last assessment found evidence of how it is driven (degrade
   *  of a key without it refuses nothing: red team R52-2, a product's backend degraded on what its
   *  users ask lost 59 % of a launch hour to the quartered limits). */
  limitsFor(policy: PolicyConfig, standing: Standing): LimitSet {
    const base = resolveLimits(policy, this.snap.override);
    const det = resolveDetection(policy, this.snap.override);
    const throttled = standing !== "allow" && det.mode === "enforce" && (standing !== "degrade" || this.snap.detect.driven !== false);
    return throttled ? scaleLimits(base, det.throttleFactor) : base;
  }

  /** Whether the key is verified at `nowMs`. */
  verified(nowMs: number): boolean {
    return (this.snap.verifiedUntilMs ?? 0) > nowMs;
  }

  /** Difficulty of the next puzzle: base, +1 per doubling of passes bought today, + up to 4 with the score. */
  challengeBits(policy: PolicyConfig, score: number, nowMs: number): number {
    const c = policy.challenge;
    const passes = (this.snap.passLog ?? []).filter((t) => nowMs - t < 86_400_000).length;
    const det = resolveDetection(policy, this.snap.override);
    const over = Math.max(0, Math.min(1, (score - det.challengeAt) / Math.max(0.01, 1 - det.challengeAt)));
    return Math.min(c.maxBits, c.baseBits + Math.floor(Math.log2(1 + passes)) + Math.round(4 * over));
  }

  /**
   * Take a verified solution: refused when its id was used before (or too many are live), else it
   * buys a pass of `passRequests` requests / `passMinutes` minutes.
   */
  private acceptSolution(policy: PolicyConfig, solved: SolvedPuzzle, score: number, nowMs: number): boolean {
    const s = this.snap;
    const live = (s.puzzles ?? []).filter(([, exp]) => exp > nowMs);
    // Difficulty is judged when the puzzle is redeemed, not when it was issued: puzzles collected
    // in advance and solved offline cannot buy passes at yesterday's price.
    if (live.some(([id]) => id === solved.id) || live.length >= MAX_PUZZLES || solved.bits < this.challengeBits(policy, score, nowMs)) {
      s.puzzles = live;
      return false;
    }
    live.push([solved.id, solved.expiresAtMs]);
    s.puzzles = live;
    s.pass = { untilMs: nowMs + policy.challenge.passMinutes * 60_000, left: policy.challenge.passRequests };
    const log = (s.passLog ?? []).filter((t) => nowMs - t < 86_400_000);
    log.push(nowMs);
    s.passLog = log.slice(-64);
    return true;
  }

  /** Whether the current pass holds `requests` more requests. */
  private passHolds(nowMs: number, requests: number): boolean {
    const p = this.snap.pass;
    return p !== undefined && p.untilMs > nowMs && p.left >= requests;
  }

  /** Use `requests` requests of the current pass (a batch uses one per inner request), if it holds them. */
  private usePass(nowMs: number, requests: number): boolean {
    if (!this.passHolds(nowMs, requests)) return false;
    this.snap.pass!.left -= requests;
    return true;
  }

  admit(policy: PolicyConfig, input: AdmitInput): Decision {
    const signals = input.signals ? [input.signals] : [];
    // a free route (a retrieval, a cancel) is not kept out by background jobs' held slots: its
    // read is what frees them
    return this.decide(policy, { ...input, requests: 1, signals, passHolds: input.route === "free" });
  }

  /**
   * Admit a batch as a whole (see BatchAdmitInput). A chunk with `decide: false` only feeds
   * detection and returns undefined; the deciding call refuses or admits every request at once.
   */
  admitBatch(policy: PolicyConfig, input: BatchAdmitInput): Decision | undefined {
    if (!input.decide) {
      if (resolveDetection(policy, this.snap.override).mode !== "off") for (const sig of input.signals) observeRequest(this.snap.detect, sig, input.nowMs);
      return undefined;
    }
    if (input.crowd !== undefined && resolveDetection(policy, this.snap.override).mode !== "off") applyAskedCohort(this.snap.detect, input.signals, input.crowd, input.nowMs);
    // The Worker rewrites every inner request of a degraded batch before the origin sees it.
    return this.decide(policy, { ...input, batch: true });
  }

  /**
   * The decision procedure: detection observes each request's signals and assesses the key (also
   * when there are none: a free route obeys the standing), then lists, standing and limits decide
   * for `requests` requests reserving `reservedTokens` under one lease.
   */
  private decide(policy: PolicyConfig, ask: Ask): Decision {
    const { nowMs, requestId, requests, signals, solved } = ask;
    const { degradable = true, degradedTokens = ask.reservedTokens, passHolds = false, batch = false, items = requests } = ask;
    let reservedTokens = ask.reservedTokens;
    const s = this.snap;
    s.counters.requests += requests;
    // what a challenge pass counts: one per request, or per prompt or input it asks for
    const passItems = Math.max(requests, items);
    const det = resolveDetection(policy, s.override);

    let standing: Standing = "allow";
    let score = 0;
    let local = 0;
    let reasons: string[] = [];
    let assessed: ReturnType<typeof assess> | undefined;
    // the answer so far of the longest chain a request continues (0: none is a continuation)
    let chain = 0;
    // the score before this request's own signals: what a puzzle it carries a solution of was set at
    const scoreBefore = s.detect.score;
    if (det.mode !== "off") {
      // a key served degraded had its answers cut at degrade's cap: an answer that filled it was cut
      const cappedAt = det.mode === "enforce" && LADDER.indexOf(this.standing()) >= LADDER.indexOf("degrade") ? policy.degrade.maxOutputTokens : undefined;
      for (const sig of signals) chain = Math.max(chain, observeRequest(s.detect, sig, nowMs, cappedAt));
      assessed = assess(s.detect, nowMs, det);
      standing = assessed.standing;
      score = assessed.score;
      local = assessed.local;
      if (this.explain) reasons = assessed.reasons;
    }
    const enforce = det.mode === "enforce";
    // A verified key is never challenged or blocked by detection: degrade is as far as it goes.
    const verified = this.verified(nowMs);
    let acting: Standing = verified && LADDER.indexOf(standing) > LADDER.indexOf("degrade") ? "degrade" : standing;
    // ... and not degraded (or throttled) by what other keys did (cohort evidence: red team R6-5, a
    // farm framing honest writers; linkage: R34-1, keys copying a public app's wrapper): its own
    // requests' evidence must reach the step it is held at
    if (verified) {
      const ownStep: Standing = local >= det.degradeAt ? "degrade" : local >= det.throttleAt ? "throttle" : "allow";
      acting = LADDER[Math.min(LADDER.indexOf(ownStep), LADDER.indexOf(acting))]!;
    }
    // what cannot be served degraded (a stored batch file written as sent) is not served where
    // degrade would apply: a pass serves at the degrade level, never above it, and a verified key
    // is held at degrade (red team R13-4: a solved puzzle ran and re-ran a file of n 8 and top-20
    // logprobs lines that degrade refused); solving a puzzle would not change that, so none is set
    const undegradable = enforce && !degradable && (acting === "degrade" || acting === "challenge");
    let notify: Decision["notify"];
    // degrade too: it is what a key whose evidence says nothing of how it is driven gets
    // (challengeNeedsDrive), e.g. a product's backend serving many end users, whose long answers it
    // cuts; its way back is the operator's allow list, so the operator must hear of it (not for a
    // key already on a list: the allow list serves it in full, the deny list refuses it)
    if (enforce && (acting === "challenge" || acting === "block" || (acting === "degrade" && s.list === undefined))) {
      s.notified ??= {};
      if (s.notified[acting] === undefined) {
        s.notified[acting] = nowMs;
        notify = acting;
        // the webhook's event says why (read now: the reasons describe the state assessed)
        if (assessed !== undefined) reasons = assessed.reasons;
      }
    }

    let d: Decision;
    let viaPass = false;
    if (s.list === "deny") {
      d = refusal("block", "denylist", [], score, reasons, true);
    } else if (s.list === "allow") {
      d = { action: "allow", served: true, enforced: true, cause: "allowlist", reports: [], reservedTokens: 0, score, reasons };
    } else if (enforce && acting === "block") {
      d = refusal("block", "detection", [], score, reasons, true);
    } else if (undegradable) {
      d = refusal(acting, "undegradable", [], score, reasons, true);
    } else if (
      enforce &&
      acting === "challenge" &&
      solved &&
      // judged at the score before the request that carries it (its own signals, read again on the
      // resend, are not held against it: red team R41-1b); and a solution refused never makes a
      // request worse off than none: a pass another request of the key bought meanwhile (its
      // parallel requests each got a puzzle, and the first solution raised the price: R41-1) serves it
      !this.acceptSolution(policy, solved, Math.min(score, scoreBefore), nowMs) &&
      !this.passHolds(nowMs, passItems)
    ) {
      d = { ...refusal("challenge", "replayed", [], score, reasons, true), challengeBits: this.challengeBits(policy, score, nowMs) };
    } else if (enforce && acting === "challenge" && passItems > policy.challenge.passRequests) {
      // more prompts or inputs than a whole pass lets through: no puzzle would get it served, so
      // none is set, and the answer says to split it (red team R33-1); a solution sent with it
      // has bought its pass for the requests that fit
      d = { ...refusal("challenge", "too_large", [], score, reasons, true), passItems };
    } else if (enforce && acting === "challenge" && !this.usePass(nowMs, passItems)) {
      d = { ...refusal("challenge", "detection", [], score, reasons, true), challengeBits: this.challengeBits(policy, score, nowMs) };
    } else {
      viaPass = enforce && acting === "challenge";
      // A pass lets a challenged key through at the degrade level, never above it: the ladder
      // stays monotonic (a degraded key gains nothing by climbing to challenge and solving).
      const degradedAny = enforce && degradable && (acting === "degrade" || viaPass);
      // embeddings are cut only with evidence of how the key is driven (or on a pass): without it
      // an embeddings request is served whole (Decision.cutEmbeddings)
      const cutsEmbeddings = degradedAny && (viaPass || this.snap.detect.driven !== false);
      const degraded = degradedAny && (ask.route !== "embeddings" || cutsEmbeddings);
      if (degraded) reservedTokens = degradedTokens;
      // An answer fetched in pieces ("Continue.") is one answer under degrade: each further piece
      // gets less of the cap, the cap less half the answer so far (red team R22-2:
      // a flagged farm fetching 300-500-token pieces was served whole). Never refused: a person's
      // short follow-up to a cut answer reads the same, and gets a shorter answer.
      const capLeft = degraded && chain > 0 ? chainAllowance(policy.degrade.maxOutputTokens, chain) : undefined;
      // a key whose answers come with hidden reasoning calls a reasoning model: degraded, its
      // OpenAI request that asks for no reasoning by parameter (the model's default effort) keeps
      // the room one asking for it would (red team R60-1's open half: 1,329 of 2,092 answers empty)
      const room = degraded && !batch && signals.length === 1 && signals[0]!.rh !== 1 && (ask.route === "chat" || ask.route === "responses") && reasonsHidden(s.detect, signals[0]!.mo ?? 0)
        ? reasoningRoomOf(degradeOf(policy.degrade, capLeft !== undefined ? { degradeCap: capLeft } : {}))
        : 0;
      reservedTokens += room;
      const limits = this.limitsFor(policy, acting);
      const r = admit(
        s.limits,
        limits,
        { requests, tokens: reservedTokens, leaseId: requestId, leaseTtlMs: policy.leaseTtlSeconds * 1000, passHolds, batch },
        nowMs,
      );
      s.limits = r.state;
      // In shadow mode the standing is reported but only quotas act.
      const reported: Action = acting !== "allow" ? acting : r.ok ? "allow" : "limit";
      const enforced = acting === "allow" || enforce;
      if (r.ok) {
        const cause: Cause = viaPass ? "pass" : "ok";
        d = { action: reported, served: true, enforced, cause, reports: r.reports, leaseId: requestId, reservedTokens, score, reasons };
        if (degraded) d.degrade = true;
        if (cutsEmbeddings) d.cutEmbeddings = true;
        if (capLeft !== undefined) d.degradeCap = capLeft;
        if (room > 0) d.degradeRoom = room;
      } else {
        const cause: Cause = r.retryAfterMs === Number.POSITIVE_INFINITY && r.failed !== "concurrency" ? "too_large" : r.failed;
        const held = cause === "concurrency" ? inFlightCount(s.limits.leases) - inFlightCount(s.limits.leases, false) : 0;
        d = { ...refusal(reported, cause, r.reports, score, reasons, enforced), retryAfterMs: r.retryAfterMs, ...(cause === "too_large" ? { limit: r.failed } : {}), ...(held > 0 ? { held } : {}) };
        // the pass was not used after all
        if (viaPass && s.pass) s.pass.left += passItems;
      }
    }
    if (notify) d.notify = notify;

    if (d.served) s.counters.served += requests;
    else s.counters.refused += requests;
    // a quota refusal is one whatever the key's standing (a degraded key's is reported as degrade):
    // its payload sent again before the Retry-After is a fast retry there too (red team R53-4: a
    // loop on a key degraded before its first 429 never showed one)
    if (det.mode !== "off" && signals.length > 0) observeOutcome(s.detect, quotaRefusal(d) ? "limit" : d.action, d.served, nowMs, d.retryAfterMs, signals[signals.length - 1]!.ph);
    if (det.mode !== "off" && !d.served) laterRefused(s.detect, signals);
    s.recent.push([nowMs, d.action, d.served ? 1 : 0, d.enforced ? 1 : 0, d.cause, Math.round(d.score * 1000)]);
    if (s.recent.length > RECENT_DECISIONS) s.recent.splice(0, s.recent.length - RECENT_DECISIONS);
    return d;
  }

  /** Settle a served request with its real usage: free its slot, correct its token reservation. */
  settle(policy: PolicyConfig, input: SettleInput): void {
    const s = this.snap;
    const u = this.withContext(input.usage, input.originStatus);
    const limits = this.limitsFor(policy, this.standing());
    s.limits = settle(
      s.limits,
      limits,
      { leaseId: input.leaseId, reservedTokens: input.reservedTokens, actualTokens: quotaTokens(u, policy) },
      input.nowMs,
    );
    // (hosted tool calls counted as input tokens at their price, as quotas count them)
    s.counters.promptTokens += u.promptTokens + hostedTokens(u.hosted, policy.hostedCalls);
    s.counters.completionTokens += u.completionTokens;
    if (!originServed(input.originStatus)) {
      // a batch run the origin did not accept ran nothing: it is not counted as a run (Usage.runOf);
      // a later run was metered as the whole file (admitRun), and its requests go back as below
      const f = u.runOf === undefined ? undefined : (s.files ?? []).find(([id]) => id === u.runOf);
      if (f && f[3] > 0) f[3]--;
      const batchRequests = f && f[3] > 0 ? f[1] : u.batchRequests;
      // a batch the origin did not accept gives its inner requests back, but for the call itself
      // (Usage.batchRequests): it took at most the whole rpm window (limits/index.ts AdmitRequest.batch)
      if (batchRequests !== undefined && limits.rpm != null) s.limits = giveBackRequests(s.limits, limits, Math.min(batchRequests, limits.rpm) - 1, input.nowMs);
    }
    this.unreadAnswer(policy, u, input.originStatus, input.nowMs);
    // detection reads answers the origin gave (a 401 for a made-up key, a 5xx, is no answer: red team R6-1)
    this.observeAnswers(policy, u, input.originStatus, input.nowMs);
  }

  /**
   * Quotas for answers read after their request (KeySnapshot.unread): remember what a request
   * that left its answer unread was charged, and charge an answer read later what it took beyond
   * that, once. A request whose origin failed left nothing to read.
   */
  private unreadAnswer(policy: PolicyConfig, u: Usage, originStatus: number | undefined, nowMs: number): void {
    const s = this.snap;
    if (!originServed(originStatus)) return;
    if (u.createdHash !== undefined && (u.estimated || u.unread)) this.rememberUnread(u.createdHash, quotaTokens(u, policy), u.readablePrompt);
    // a job still running at the origin keeps the slot its request held (red team R13-3); one whose
    // end was seen already does not (R88-2)
    if (u.running && u.createdHash !== undefined && !endedLately(s).some(([h]) => h === u.createdHash) && policy.backgroundHoldSeconds > 0 && this.limitsFor(policy, this.standing()).concurrency != null) {
      s.limits = holdSlot(s.limits, holdId(u.createdHash), nowMs + policy.backgroundHoldSeconds * 1000);
    }
    // (what it was charged stays: a running job's output can be read before it is cancelled or
    // fails, by a streamed retrieval or a poll, red team R88-1, so its end says nothing of what
    // its client got)
    if (u.ended !== undefined) this.jobEnded(u.ended, nowMs);
    if (u.answer) this.chargeRead(policy, u.answer, nowMs);
  }

  /**
   * A Responses turn's stored context and stored prompt (KeySnapshot.contexts): a turn the origin
   * answered with its usage writes what the next turn carries (its input and answer) under the
   * context it continued and under the response it stored, and what its stored prompt's template
   * took under that prompt; a turn whose usage was not seen (a stream cut before it) is charged,
   * beside its reservation, the context it continued (what the key knows of it, or what the
   * origin's record says: Usage.contextTokens, if more) and the template it named, as input the
   * origin billed, and keeps them among the newest; unless the guard read the turn's own record,
   * which billed them already (Usage.recorded).
   */
  private withContext(u: Usage, originStatus: number | undefined): Usage {
    if (!originServed(originStatus) || (u.context === undefined && u.stores === undefined && u.template === undefined)) return u;
    const cut = u.estimated || u.seen !== undefined;
    if (cut && !u.recorded) {
      const extra = (u.context === undefined ? 0 : this.recallContext(u.context, u.contextTokens ?? 0)) + (u.template === undefined ? 0 : this.recallContext(u.template, 0));
      // what it stored (its response, or the conversation it added to) holds what it continued,
      // its own input and what it was charged to answer, as far as the key knows: the next turn
      // carries that (red team R84-1, R84-4: a chain of background jobs never retrieved, each
      // continuing the last, billed 265,553 tokens and charged 36,104, each job its own input)
      if (u.stores !== undefined) this.rememberContext(u.stores, u.promptTokens + extra + u.completionTokens);
      return extra > 0 ? { ...u, promptTokens: u.promptTokens + extra } : u;
    }
    const total = u.promptTokens + u.completionTokens;
    // (a cut turn's own record says what the response it stored holds, not what its context did)
    for (const h of cut ? [u.stores] : [u.context, u.stores]) if (h !== undefined) this.rememberContext(h, total);
    if (u.template !== undefined && u.templateTokens !== undefined) this.rememberContext(u.template, u.templateTokens);
    return u;
  }

  /** What the stored context or template `h` takes: what the key remembers of it, or `known` if
   *  more (0: nothing known). A context in use stays among the newest: cheap answered turns
   *  between cut ones do not push it out. */
  private recallContext(h: number, known: number): number {
    const list = this.snap.contexts ?? [];
    const i = list.findIndex(([x]) => x === h);
    const took = Math.max(i < 0 ? 0 : list[i]![1], known);
    if (took <= 0) return 0;
    if (i >= 0) list.splice(i, 1);
    list.push([h, took]);
    this.snap.contexts = list.slice(-MAX_CONTEXTS);
    return took;
  }

  private rememberContext(h: number, tokens: number): void {
    const list = (this.snap.contexts ?? []).filter(([x]) => x !== h);
    list.push([h, tokens]);
    this.snap.contexts = list.slice(-MAX_CONTEXTS);
  }

  /** The background job created as `h` has ended: the slot it held is free, and a settlement of it
   *  still to come takes none (KeySnapshot.endedLately). */
  private jobEnded(h: number, nowMs: number): void {
    const s = this.snap;
    s.limits = releaseHold(s.limits, holdId(h));
    s.endedLately = [...endedLately(s).filter(([x, at]) => x !== h && nowMs - at < ENDED_LATELY_MS), [h, nowMs] as [number, number]].slice(-MAX_ENDED_LATELY);
  }

  /** An unread answer read now (by this key or by any key fetching it for this one): settle what
   *  it took against what its request was charged, once, and forget it: what it took beyond that
   *  is charged, what that charge overestimated (a background job's output cap) is given back. */
  private chargeRead(policy: PolicyConfig, a: Answer, nowMs: number): void {
    const s = this.snap;
    // its job has ended: the slot it held is free (a batch's results hold none)
    if (a.createdHash !== undefined && a.count === undefined) this.jobEnded(a.createdHash, nowMs);
    else if (a.createdHash !== undefined) s.limits = releaseHold(s.limits, holdId(a.createdHash));
    // the key's own record, or else the registry's (the key keeps the 512 newest: red team R37-1),
    // unless another read of this answer took the key's own already (R38-1)
    const h = a.createdHash;
    const own = h === undefined ? undefined : this.takeUnread(h);
    // a batch's results: what its creation was charged, kept with the batch's record too (R76-2)
    const batch = h !== undefined && a.count !== undefined ? this.takeBatchCharge(h) : undefined;
    const lately = h !== undefined && (s.readLately ?? []).includes(h);
    const registry = a.charged === undefined || lately ? undefined : ([a.charged, undefined] as const);
    const record = own ?? registry ?? (batch === undefined || lately ? undefined : ([batch, undefined] as const));
    if (record === undefined) return;
    if (h !== undefined) s.readLately = [...(s.readLately ?? []).filter((x) => x !== h), h].slice(-MAX_READ_LATELY);
    const [charged, readable] = record;
    // the answer is read against the prompt its request's readable text stood for, as a
    // foreground answer is (red team R16-3: a background image ask was read against the image)
    if (readable !== undefined) a.readablePrompt = readable;
    const beyond = quotaTokens(a, policy) - charged;
    // less than it was charged: given back as a settlement gives back what a reservation
    // overestimated (red team R39b-4: a job capped at 32,000 that took 6,073 kept 32,016 charged),
    // from the output the cap reserved; for one whole answer (a stored response's usage is its
    // whole bill), and for a batch's results read whole (BatchResults.end: red team R81-5), not
    // for results read in part (past the read's cap, or with lines it could not read: the answers
    // read stand for them)
    if (beyond === 0 || (beyond < 0 && ((a.count !== undefined && !a.whole) || a.edges))) return;
    s.limits = charge(s.limits, this.limitsFor(policy, this.standing()), beyond, nowMs);
    if (beyond > 0) s.counters.promptTokens += beyond;
    else {
      // given back from the output counted, then from the input (hosted calls reserved beside the
      // output are counted as input: red team R80)
      const fromOutput = Math.min(-beyond, s.counters.completionTokens);
      s.counters.completionTokens -= fromOutput;
      s.counters.promptTokens = Math.max(0, s.counters.promptTokens - (-beyond - fromOutput));
    }
  }

  /**
   * Whether the key may be decided by isolates for a while: on no list, and (when detection is
   * enforced) standing `allow` with no challenge pass in use. Everything else is decided here,
   * per request, as before leases existed.
   */
  leasable(policy: PolicyConfig, nowMs: number): boolean {
    const s = this.snap;
    if (!policy.leases.enabled || s.list !== undefined) return false;
    if (resolveDetection(policy, s.override).mode !== "enforce") return true;
    if (this.standing() !== "allow") return false;
    return !(s.pass && s.pass.untilMs > nowMs && s.pass.left > 0);
  }

  /**
   * One isolate's report, in this order: shards' views, permits given back, settlements, the requests it admitted
   * under its lease (detection sees each, as admit() would), then the request it could not decide
   * (if any, decided exactly as admit()), then new permits if it asked and the key is leasable.
   */
  exchange(policy: PolicyConfig, input: ExchangeInput): ExchangeResult {
    const s = this.snap;
    const { nowMs, report } = input;
    const ttlMs = policy.leaseTtlSeconds * 1000;
    const limits = this.limitsFor(policy, this.standing());
    let write: ExchangeResult["write"] = "later";
    // Whatever the report changes is stored before the answer: permits and allowance given back,
    // usage of lease-admitted requests, slots released. The report that gives a burst's permits
    // back is often the key's last call, and an idle object is evicted within seconds: left for a
    // later write, it was lost, and the key's slots stayed held for leaseTtlSeconds after a reload
    // (red team R42a-1: a pool of 8 on concurrency 8 came back through other isolates to 0 answers
    // and 241 refusals, and 107,000 tokens of tpd stayed charged for nothing).
    if (report.back.requests !== 0 || report.back.tokens !== 0 || report.usages.length > 0) write = "now";
    // detection state changed by the shards' views: stored with this exchange, not a write of its own
    if (input.views?.length) {
      for (const v of input.views) applyLinkView(s.detect, v, nowMs);
      write = "now";
    }
    s.limits = giveBack(s.limits, limits, report.back, nowMs);
    const det = resolveDetection(policy, s.override);
    // A request the object admitted holds its own slot: its release is stored at once (an object
    // restarted without it would hold the slot until its TTL).
    if (report.settles.length > 0) write = "now";
    const settles = report.settles.map((st) => ({ st, u: this.withContext(usageOf(st), st.originStatus) }));
    s.limits = settleMany(
      s.limits,
      limits,
      settles.map(({ st, u }) => ({ leaseId: st.leaseId, reservedTokens: st.reservedTokens, actualTokens: quotaTokens(u, policy) })),
      nowMs,
    );
    for (const { st, u } of settles) this.recordUsage(policy, u, st.originStatus, nowMs);
    for (const r of report.usages) {
      // settled in the isolate's allowance: the context it did not know is charged here
      const u = this.withContext(usageOf(r), r.originStatus);
      const extra = u.promptTokens - r.promptTokens;
      if (extra > 0) s.limits = charge(s.limits, limits, extra, nowMs);
      this.recordUsage(policy, u, r.originStatus, nowMs);
    }
    if (report.admitted.length > 0) {
      write = "now";
      for (const a of report.admitted) this.recordLeased(policy, det, Math.min(a.atMs, nowMs), a.signals, a.refused);
    }

    // The isolate keeps `keep` slots; it asked for more, or it is releasing what it parked. Set
    // before the request it sends is decided: a slot it parked and gives back with that request is
    // the request's (red team round 45: a burst of exactly `concurrency`, one slot parked in the
    // isolate's lease with no tokens to use it, was refused "concurrent requests" for that slot).
    if (report.keep !== undefined) {
      if (report.keep !== (s.limits.leases[ISOLATE_PREFIX + report.isolateId]?.n ?? 0)) write = "now";
      s.limits = holdSlots(s.limits, report.isolateId, report.keep, nowMs, ttlMs);
    }
    let decision: Decision | undefined;
    if (input.admit) {
      decision = this.admit(policy, { ...input.admit, nowMs });
      write = "now";
    }
    if (!report.want || report.keep === undefined) return { decision, write };
    if (!this.leasable(policy, nowMs)) {
      // revoked: the isolate keeps only the slots of what it has in flight (it gives the rest back next)
      return { decision, write };
    }
    const t = topUp(s.limits, this.limitsFor(policy, this.standing()), report.isolateId, report.keep, report.want, nowMs, policy.leases, ttlMs);
    s.limits = t.state;
    if (t.grant && (t.grant.requests > 0 || t.grant.tokens > 0 || (t.grant.slots ?? 0) > 0)) write = "now";
    return { decision, grant: t.grant, write };
  }

  /** A request an isolate admitted under its lease: counted, and seen by detection as admit() would. */
  private recordLeased(policy: PolicyConfig, det: ReturnType<typeof resolveDetection>, atMs: number, signals: RequestSignals | undefined, refused?: LimitName): void {
    const s = this.snap;
    s.counters.requests++;
    if (refused) s.counters.refused++;
    else s.counters.served++;
    let standing: Standing = "allow";
    let score = 0;
    if (det.mode !== "off" && signals) {
      observeRequest(s.detect, signals, atMs);
      const a = assess(s.detect, atMs, det);
      standing = a.standing;
      score = a.score;
      observeOutcome(s.detect, refused ? "limit" : "allow", !refused, atMs, undefined, signals.ph);
    }
    // Served under the lease; a standing reached meanwhile is recorded (unenforced) so the next
    // renewal sees it and stops leasing. A local refusal is recorded as the limit it hit.
    const action: Action = standing === "allow" && refused ? "limit" : standing;
    s.recent.push([atMs, action, refused ? 0 : 1, standing === "allow" ? 1 : 0, refused ?? "ok", Math.round(score * 1000)]);
    if (s.recent.length > RECENT_DECISIONS) s.recent.splice(0, s.recent.length - RECENT_DECISIONS);
  }

  /** Usage of a lease-admitted request (its tokens were settled in the isolate's allowance). */
  private recordUsage(policy: PolicyConfig, u: Usage, originStatus: number, nowMs: number): void {
    const s = this.snap;
    s.counters.promptTokens += u.promptTokens + hostedTokens(u.hosted, policy.hostedCalls);
    s.counters.completionTokens += u.completionTokens;
    this.unreadAnswer(policy, u, originStatus, nowMs);
    this.observeAnswers(policy, u, originStatus, nowMs);
  }

  /** Detection reads what the origin answered (a 401 for a made-up key, a 5xx, is no answer: red
   *  team R6-1): the request's own usage, and an earlier answer it fetched (Usage.answer). */
  private observeAnswers(policy: PolicyConfig, u: Usage, originStatus: number | undefined, nowMs: number): void {
    const s = this.snap;
    if (!originServed(originStatus)) return;
    if (resolveDetection(policy, s.override).mode !== "off") {
      observeUsage(s.detect, u, nowMs);
      if (u.answer) observeFetchedAnswer(s.detect, u.answer, nowMs);
    }
    if (s.okMs === undefined) s.okMs = nowMs;
  }

  /** Record activity at nowMs and when the state may next be forgotten (see expiry.ts). */
  touch(policy: PolicyConfig, nowMs: number): void {
    this.snap.at = Math.max(this.snap.at, nowMs);
    this.snap.exp = keyExpiryAtMs(this.snap, policy);
  }

  /** The key's current standing as last assessed (allow when detection never ran). */
  standing(): Standing {
    const a = this.snap.recent[this.snap.recent.length - 1]?.[1];
    return a === undefined || a === "limit" ? "allow" : a;
  }

  linkReports(signals: RequestSignals, keyId: string, nowMs: number): LinkReport[] {
    return linkReports(this.snap.detect, signals, keyId, nowMs);
  }

  /** The cohort report fetched answers may bring (detect/link.ts answerReports); none when
   *  detection is off. */
  answerReports(policy: PolicyConfig, keyId: string, nowMs: number): LinkReport[] {
    if (resolveDetection(policy, this.snap.override).mode === "off") return [];
    return answerReports(this.snap.detect, keyId, nowMs);
  }

  /** The cohort report of a batch that asked in the extraction profile's shape, once the origin
   *  accepted it (detect/link.ts askedReports); none when detection is off. */
  askedReports(policy: PolicyConfig, keyId: string, originStatus: number | undefined, nowMs: number): LinkReport[] {
    if (!originServed(originStatus) || resolveDetection(policy, this.snap.override).mode === "off") return [];
    return askedReports(this.snap.detect, keyId, nowMs);
  }

  applyLinkView(view: LinkView, nowMs: number): void {
    applyLinkView(this.snap.detect, view, nowMs);
  }

  /**
   * What this key's standing lets another key do with a stored response this key created (its
   * retrieval, cancel or input items: red team R14-3, keys of one customer's organisation may
   * fetch each other's responses at the provider). "refuse" while this key is denied, or would be
   * refused by detection as it stands (block, or challenge: a pass is this key's to buy, and its
   * own retrieval would need one); "degrade" while it is served degraded; read-only (the standing
   * is assessed on a copy of the state, decayed to nowMs).
   */
  gateForOthers(policy: PolicyConfig, nowMs: number, byDeny = true): "serve" | "degrade" | "refuse" {
    const s = this.snap;
    if (s.list === "deny" && byDeny) return "refuse";
    if (s.list === "allow") return "serve";
    const det = resolveDetection(policy, s.override);
    if (det.mode !== "enforce") return "serve";
    const a = assess(structuredClone(s.detect), nowMs, det);
    // a verified key is held at degrade at most (as decide holds it)
    const acting = this.verified(nowMs) && (a.standing === "challenge" || a.standing === "block") ? "degrade" : a.standing;
    return acting === "challenge" || acting === "block" ? "refuse" : acting === "degrade" ? "degrade" : "serve";
  }

  /** Read-only view for the admin API. */
  inspect(policy: PolicyConfig, nowMs: number) {
    const s = this.snap;
    const det = resolveDetection(policy, s.override);
    const a = det.mode !== "off" ? assess(structuredClone(s.detect), nowMs, det) : undefined;
    const limits = this.limitsFor(policy, a?.standing ?? "allow");
    const passActive = s.pass && s.pass.untilMs > nowMs && s.pass.left > 0 ? s.pass : undefined;
    return {
      list: s.list ?? null,
      override: s.override ?? null,
      verifiedUntil: this.verified(nowMs) ? new Date(s.verifiedUntilMs!).toISOString() : null,
      limits,
      usage: peek(s.limits, limits, nowMs),
      inFlight: inFlightCount(s.limits.leases),
      counters: s.counters,
      detection: a ? { mode: det.mode, standing: a.standing, score: a.score, channels: a.channels, reasons: a.reasons } : { mode: "off" as const },
      challenge: {
        pass: passActive ? { until: new Date(passActive.untilMs).toISOString(), requestsLeft: passActive.left } : null,
        passesLast24h: (s.passLog ?? []).filter((t) => nowMs - t < 86_400_000).length,
        nextDifficultyBits: this.challengeBits(policy, a?.score ?? 0, nowMs),
        notified: { degrade: isoOrNull(s.notified?.degrade), challenge: isoOrNull(s.notified?.challenge), block: isoOrNull(s.notified?.block) },
      },
      recent: s.recent.map(
        ([atMs, action, served, enforced, cause, score]): RecentDecision => ({ atMs, action, served: served === 1, enforced: enforced === 1, cause, score: score / 1000 }),
      ),
    };
  }

  /** Remember a batch input file the origin accepted, and what its requests cost. */
  recordFile(fileId: string, requests: number, reservedTokens: number, url?: string, degraded = false, items = requests, cut = false): void {
    const files = (this.snap.files ?? []).filter(([id]) => id !== fileId);
    if (cut) files.push([fileId, requests, reservedTokens, 0, url, degraded ? 1 : undefined, items, 1]);
    else if (items > requests) files.push([fileId, requests, reservedTokens, 0, url, degraded ? 1 : undefined, items]);
    else files.push(url === undefined ? [fileId, requests, reservedTokens, 0] : degraded ? [fileId, requests, reservedTokens, 0, url, 1] : [fileId, requests, reservedTokens, 0, url]);
    this.snap.files = files.slice(-MAX_FILES);
  }

  /** Remember a batch this key created, or an output file of one, at nowMs (see
   *  KeySnapshot.outputs); aged records are dropped. A batch's answers are read when its results
   *  are fetched, so the batch is also remembered as unread with what it was charged (`run`: the
   *  tokens its creation charged, or the input file it ran, whose metered tokens it stands for;
   *  KeySnapshot.unread), and its results' read charges what its answers took beyond that (red
   *  team R13-1's batch half: a line's document by URL was never charged). */
  recordOutput(id: string, nowMs: number, run?: { tokens?: number; fileId?: string; cut?: boolean }): number | undefined {
    const file = run?.fileId !== undefined ? (this.snap.files ?? []).find(([f]) => f === run.fileId) : undefined;
    // run where embeddings are cut, or of a file uploaded so: its results' embeddings are cut
    // whenever they are fetched
    const cut = run?.cut === true || file?.[7] === 1;
    const tokens = run?.fileId !== undefined ? file?.[2] : run?.tokens;
    this.adoptOutputs([outputRecord(id, nowMs, cut, tokens)], nowMs);
    if (tokens !== undefined) this.rememberUnread(anchorHash(id), tokens);
    return tokens;
  }

  /** What the creation of the batch whose id hashes to `h` was charged, forgotten as it is said
   *  (OutputRecord; undefined: not kept, or said already). */
  private takeBatchCharge(h: number): number | undefined {
    const outputs = this.snap.outputs;
    const i = outputs ? outputs.findIndex(([id, , , charged]) => charged !== undefined && anchorHash(id) === h) : -1;
    if (i < 0) return undefined;
    const [id, at, cut, charged] = outputs![i]!;
    outputs![i] = outputRecord(id, at, cut === 1);
    return charged;
  }

  /** An answer left unread by its request, and what that request was charged (KeySnapshot.unread). */
  private rememberUnread(h: number, charged: number, readable?: number): void {
    const list = (this.snap.unread ?? []).filter(([x]) => x !== h);
    list.push(readable === undefined ? [h, charged] : [h, charged, readable]);
    this.snap.unread = list.slice(-MAX_UNREAD);
  }

  /** Forget the unread answer `h` and say what its request was charged, and the prompt its
   *  readable text stood for when it carried media (undefined: not held). */
  private takeUnread(h: number): [number, number | undefined] | undefined {
    const list = this.snap.unread;
    const i = list ? list.findIndex(([x]) => x === h) : -1;
    if (i < 0) return undefined;
    const [, charged, readable] = list![i]!;
    list!.splice(i, 1);
    if (list!.length === 0) delete this.snap.unread;
    return [charged, readable];
  }

  /** Take these records as this key's (a batch an operator moved to it keeps its date). */
  adoptOutputs(records: readonly OutputRecord[], nowMs: number): void {
    const ids = new Set(records.map(([id]) => id));
    const outputs = liveOutputs(this.snap.outputs, nowMs).filter(([o]) => !ids.has(o));
    outputs.push(...liveOutputs(records, nowMs));
    this.snap.outputs = outputs.slice(-MAX_OUTPUTS);
  }

  /** This key's records in force at nowMs: all of them, or those of `ids`. */
  outputRecords(nowMs: number, ids?: readonly string[]): OutputRecord[] {
    return liveRecordsOf(this.snap.outputs, nowMs, ids);
  }

  /** Forget the records of `ids` (moved to another key), batches and model input files alike;
   *  how many there were. */
  dropOutputs(ids: readonly string[], nowMs: number): number {
    const drop = new Set(ids);
    const live = liveOutputs(this.snap.outputs, nowMs);
    const inputs = liveOutputs(this.snap.inputs, nowMs);
    this.snap.outputs = live.filter(([id]) => !drop.has(id));
    this.snap.inputs = inputs.filter(([id]) => !drop.has(id));
    return live.length + inputs.length - this.snap.outputs.length - this.snap.inputs.length;
  }

  /** This key's model input files in force at nowMs (KeySnapshot.inputs): all, or those of `ids`. */
  inputRecords(nowMs: number, ids?: readonly string[]): OutputRecord[] {
    return liveRecordsOf(this.snap.inputs, nowMs, ids);
  }

  /** Take model input files moved from another key (each keeps its date). */
  adoptInputs(records: readonly OutputRecord[], nowMs: number): void {
    const ids = new Set(records.map(([id]) => id));
    const inputs = liveOutputs(this.snap.inputs, nowMs).filter(([i]) => !ids.has(i));
    inputs.push(...liveOutputs(records, nowMs));
    inputs.sort((a, b) => a[1] - b[1]);
    this.snap.inputs = inputs.slice(-MAX_INPUTS);
  }

  /** The model input files of `ids` this key holds, used now: newest again, so a document a key
   *  names on every turn is not pushed out by its newer uploads (red team R81-2: a handbook named
   *  in every chat became a 404 after 512 uploads of per-chat files). True when one was. */
  useInputs(ids: readonly string[], nowMs: number): boolean {
    const want = new Set(ids);
    const live = liveOutputs(this.snap.inputs, nowMs);
    const used = live.filter(([id]) => want.has(id));
    if (used.length === 0) return false;
    this.snap.inputs = [...live.filter(([id]) => !want.has(id)), ...used.map(([id]): OutputRecord => [id, nowMs])];
    return true;
  }

  /** Whether this key created the batch (within OUTPUT_TTL_MS), or uploaded or was given the file, `id` names. */
  ownsOutput(id: string, nowMs: number): boolean {
    return (
      liveOutputs(this.snap.outputs, nowMs).some(([o]) => o === id) ||
      (this.snap.files ?? []).some(([f]) => f === id) ||
      liveOutputs(this.snap.inputs, nowMs).some(([i]) => i === id)
    );
  }

  /** Remember a model input file this key uploaded (KeySnapshot.inputs). */
  recordInput(id: string, nowMs: number): void {
    const inputs = liveOutputs(this.snap.inputs, nowMs).filter(([i]) => i !== id);
    inputs.push([id, nowMs]);
    this.snap.inputs = inputs.slice(-MAX_INPUTS);
  }

  /** Of `ids`, those this key may see (ownsOutput), in their order. */
  ownedOf(ids: readonly string[], nowMs: number): string[] {
    const mine = new Set([
      ...liveOutputs(this.snap.outputs, nowMs).map(([o]) => o),
      ...(this.snap.files ?? []).map(([f]) => f),
      ...liveOutputs(this.snap.inputs, nowMs).map(([i]) => i),
    ]);
    return ids.filter((id) => mine.has(id));
  }

  /** Whether the results or file `id` names came of a batch run where embeddings are cut (OutputRecord). */
  cutOutput(id: string, nowMs: number): boolean {
    return liveOutputs(this.snap.outputs, nowMs).some(([o, , cut]) => o === id && cut === 1);
  }

  /**
   * An OpenAI batch this key created names its output and error files once it has ended: they
   * become this key's to fetch. Another key's batch gives nothing. True when recorded.
   */
  recordBatchOutputs(batchId: string, fileIds: readonly string[], nowMs: number, outputFileId?: string): boolean {
    const batch = liveOutputs(this.snap.outputs, nowMs).find(([o]) => o === batchId);
    if (batch === undefined) return false;
    for (const f of fileIds) this.recordOutput(f, nowMs, { cut: batch[2] === 1 });
    // the batch's answers are read from its output file: what the run was charged moves to it
    const record = outputFileId === undefined ? undefined : this.takeUnread(anchorHash(batchId));
    if (record !== undefined) this.rememberUnread(anchorHash(outputFileId!), record[0], record[1]);
    return true;
  }

  /** An answer of a batch this key created, fetched by another key of its batch group (red team
   *  R9-5): detection reads it here, where the batch's requests were seen, as if this key had
   *  fetched it (once per answer id, as any fetched answer). */
  observeFetched(policy: PolicyConfig, answer: Answer, nowMs: number): void {
    this.chargeRead(policy, answer, nowMs);
    if (resolveDetection(policy, this.snap.override).mode !== "off") observeFetchedAnswer(this.snap.detect, answer, nowMs);
  }

  /**
   * Creating a batch from an uploaded file runs every request in it. The upload was metered, so
   * the first run counts as one request; every later run of the same file is metered again as the
   * whole batch. A file this key did not upload through the guard is refused. A stored file cannot
   * be rewritten, so under degrade a run is challenged (and a pass must hold the whole file).
   */
  admitRun(policy: PolicyConfig, input: { nowMs: number; requestId: string; fileId: string; endpoint?: string; solved?: SolvedPuzzle }): Decision {
    const f = (this.snap.files ?? []).find(([id]) => id === input.fileId);
    // a batch runs its lines against its endpoint: it must be the one they were metered as
    if (!f || (f[4] !== undefined && input.endpoint !== f[4])) {
      this.snap.counters.requests++;
      this.snap.counters.refused++;
      return refusal("allow", "unknown_file", [], 0, [], true);
    }
    const first = f[3] === 0;
    // the run forwards the stored lines as they were written: degraded only if written so
    const degraded = f[5] === 1;
    const d = first
      ? this.decide(policy, { ...input, requests: 1, reservedTokens: 0, signals: [], degradable: degraded })
      : this.decide(policy, { ...input, requests: f[1], reservedTokens: f[2], signals: [], degradable: degraded, batch: true, items: f[6] });
    if (d.served) f[3]++;
    return d;
  }

  /** Mark the key verified until `untilMs` (undefined: not verified). */
  setVerified(untilMs: number | undefined): void {
    if (untilMs === undefined) delete this.snap.verifiedUntilMs;
    else this.snap.verifiedUntilMs = untilMs;
  }

  /** Forget counters and detection history; keep overrides, list membership, verification, the
   *  idle expiry bookkeeping (whether the origin ever served the key, last activity, expiry), and
   *  what the key uploaded and may fetch (batch input files, batches and output files: not
   *  detection history; an operator undoing a false positive must not cut the customer off from
   *  its own results, red team R9-5). */
  reset(): void {
    const { override, list, verifiedUntilMs, okMs, at, exp, files, outputs, inputs } = this.snap;
    this.snap = {
      ...emptySnapshot(),
      at,
      exp,
      ...(override ? { override } : {}),
      ...(list ? { list } : {}),
      ...(verifiedUntilMs ? { verifiedUntilMs } : {}),
      ...(okMs !== undefined ? { okMs } : {}),
      ...(files?.length ? { files } : {}),
      ...(outputs?.length ? { outputs } : {}),
      ...(inputs?.length ? { inputs } : {}),
    };
  }
}

/** The Usage of a lease report's entry (its own fields; a fetched answer's known fields). */
function usageOf(u: Usage): Usage {
  const out = usageFields(u);
  if (u.answer) {
    const a: Answer = { promptTokens: u.answer.promptTokens, completionTokens: u.answer.completionTokens, id: u.answer.id };
    for (const f of ANSWER_FIELDS) if (u.answer[f] !== undefined) (a as unknown as Record<string, unknown>)[f] = u.answer[f];
    out.answer = a;
  }
  return out;
}
/** The optional fields of an Answer (a batch's counts, a stored response's id hash and what its
 *  request was charged), copied when present. */
export const ANSWER_FIELDS = ["cacheRead", "reasoning", "count", "long", "longTokens", "beyondTokens", "trivial", "trivialPromptTokens", "createdHash", "charged", "hosted", "whole", "edges"] as const;
