/**
 * Offline replay: the guard's decision procedure (KeyEngine: limits + lists + detection) and the
 * linkage registry, in memory, on a virtual clock taken from each event's `ts`. Pure: the CLI
 * (scripts/replay.ts) and the eval drive it; the Worker runs the same KeyEngine in a Durable Object.
 *
 * Differences from the live guard, by construction of a trace: a served request is settled at
 * once with the trace's usage (or, absent usage, its reservation), so concurrency slots never stay
 * taken; linkage answers are folded in right after the decision (live, they arrive a moment later).
 */
import { type PolicyConfig, parsePolicy } from "../config/index.ts";
import {
  type LinkReport,
  type RequestSignals,
  type RegistryState,
  extractSignals,
  anchorHash,
  askedProfile,
  cohortPeek,
  cohortShard,
  newRegistryState,
  registryObserve,
} from "../detect/index.ts";
import { INPUT_FILE_PURPOSES, anthropicBatch, openaiBatchItems, planBatch } from "../proxy/batch.ts";
import { itemsAsked, prepareBody, prepareOptionsOf } from "../proxy/request.ts";
import { BatchResults, answerLeftUnread, withContext, withExchange } from "../proxy/usage.ts";
import { OPENAI_BATCH, batchOf, fetchedAnswers, matchRoute, responseRead, storedResponseOf } from "../proxy/routes.ts";
import { hash32 } from "../detect/sketch.ts";
import { type FrameMemory, newFrameMemory } from "../detect/frame.ts";
import type { Action, Answer, HostedCalls, Usage } from "../policy/types.ts";
import { HOSTED_KINDS } from "../limits/index.ts";
import { degradedReservation, degradeOf } from "../proxy/degrade.ts";
import { type Decision, KeyEngine, type SolvedPuzzle, quotaRefusal } from "./key-engine.ts";

/** One line of a trace (see README: Offline replay). */
export interface TraceEvent {
  ts: number;
  key: string;
  ip?: string;
  asn?: number;
  country?: string;
  method: string;
  path: string;
  body: unknown;
  /** What the origin billed. `completion_tokens_details.reasoning_tokens` (OpenAI's shape): of the
   *  completion tokens, the hidden reasoning never returned, which detection does not read as the
   *  answer (Usage.reasoning). */
  usage?: TraceUsage;
  /** A batch's results fetched (`GET /v1/messages/batches/{id}/results`, `GET /v1/files/{id}/content`):
   *  the usage of each item that succeeded. */
  results?: TraceUsage[];
  /** The id of the stored response the answer created (Responses API: the `id` a later turn names
   *  in `previous_response_id`); absent: none or unknown. */
  response_id?: string;
  /** The batch the origin created for this line (`POST /v1/messages/batches`, `POST /v1/batches`:
   *  its `id`), and the output file an OpenAI batch's retrieval names (`GET /v1/batches/{id}`: its
   *  `output_file_id`): their results are read by the key that created the batch, whichever key
   *  of its batch group fetches them (red team R56-5). Absent: the fetching key reads them. */
  batch_id?: string;
  output_file_id?: string;
  /** A stream the client cut before its usage (no `usage`): the completion tokens it streamed,
   *  which the Worker's detection reads as the answer (Usage.seen) while quotas keep the
   *  reservation (red team R57-4). Absent: the reservation kept, not read by detection. */
  streamed_tokens?: number;
  /** How much of the answer's reasoning (`completion_tokens_details.reasoning_tokens` of `usage`,
   *  and of each of `results`) it returned beside it: `true` all of it (a chat message's
   *  `reasoning_content`: DeepSeek-style origins), a number that many tokens (a Responses reasoning
   *  summary's). That much is read as answer, as the Worker reads such an answer's body
   *  (proxy/usage.ts reasoningShownChars; red team R59-1, R59-3, R59-4, R60-2). */
  reasoning_shown?: boolean | number;
  /** Optional label (the eval's scenario); replay summarises service per label. Never read by the engine. */
  scenario?: string;
}

/** One line of the decisions file, for the trace line `i` (0-based). */
export interface DecisionLine {
  i: number;
  key: string;
  action: Action;
  served: boolean;
  score: number;
  reasons: string[];
  /** Present (false) only when detection runs in shadow mode and would have acted. */
  enforced?: false;
  /** Present when the request was served with the degrade rewrite. */
  degraded?: true;
  /** Present when the request was challenged and the client solved the puzzle (its difficulty). */
  powBits?: number;
  /** Present when the request was served on the pass a solved puzzle bought earlier. */
  pass?: true;
  /** Present when a stored response another key created was refused for its creator's standing,
   *  retrieved or continued (the Worker's 403 `creator_restricted`; here before this key's own
   *  decision: `action` is "allow"; the Worker decides a continuation first and refuses it once the
   *  creator's standing is read, charging the turn as a stream its client left). */
  refusedFor?: "creator";
  /** Present when degraded: the completion tokens the answer carried, the trace's capped by the
   *  degrade rewrite's budget. */
  completion?: number;
  /** Present when a quota refused the request: which one (`action` stays the key's standing, so
   *  a degraded key's quota refusal reads "degrade", served false), and the wait its 429 gave
   *  (`Retry-After` / `retry-after-ms`; absent when no wait can succeed), so a replayed client can
   *  be modelled as the official ones act on it (red team R55-2's client had to guess it). */
  limit?: string;
  retryAfterMs?: number;
}

export type TraceCheck = { ok: true; event: TraceEvent } | { ok: false; error: string };

const isCount = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;

/** Validate one parsed trace line; the message names the field at fault. */
export function checkTraceEvent(v: unknown): TraceCheck {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return { ok: false, error: "not a JSON object" };
  const e = v as Record<string, unknown>;
  if (typeof e.ts !== "number" || !Number.isFinite(e.ts)) return { ok: false, error: "ts must be epoch milliseconds (a number)" };
  if (typeof e.key !== "string" || e.key === "") return { ok: false, error: "key must be a non-empty string" };
  if (e.method !== undefined && typeof e.method !== "string") return { ok: false, error: "method must be a string" };
  if (typeof e.path !== "string" || !e.path.startsWith("/")) return { ok: false, error: "path must be a string starting with /" };
  if (e.ip !== undefined && typeof e.ip !== "string") return { ok: false, error: "ip must be a string" };
  if (e.asn !== undefined && !isCount(e.asn)) return { ok: false, error: "asn must be a non-negative integer" };
  if (e.country !== undefined && typeof e.country !== "string") return { ok: false, error: "country must be a string" };
  if (e.scenario !== undefined && typeof e.scenario !== "string") return { ok: false, error: "scenario must be a string" };
  if (e.response_id !== undefined && (typeof e.response_id !== "string" || e.response_id === "")) return { ok: false, error: "response_id must be a non-empty string" };
  for (const f of ["batch_id", "output_file_id"] as const) if (e[f] !== undefined && (typeof e[f] !== "string" || e[f] === "")) return { ok: false, error: `${f} must be a non-empty string` };
  if (e.streamed_tokens !== undefined && !isCount(e.streamed_tokens)) return { ok: false, error: "streamed_tokens must be a non-negative integer" };
  if (e.reasoning_shown !== undefined && typeof e.reasoning_shown !== "boolean" && !isCount(e.reasoning_shown)) return { ok: false, error: "reasoning_shown must be a boolean or a non-negative integer" };
  if (e.usage !== undefined) {
    const problem = traceUsageProblem(e.usage);
    if (problem !== undefined) return { ok: false, error: `usage ${problem}` };
  }
  if (e.results !== undefined) {
    const problem = Array.isArray(e.results) ? e.results.map(traceUsageProblem).find((p) => p !== undefined) : USAGE_SHAPE;
    if (problem === USAGE_SHAPE) return { ok: false, error: `results must be a list of {prompt_tokens, completion_tokens} with non-negative integers` };
    if (problem !== undefined) return { ok: false, error: `results: an item's ${problem}` };
  }
  return { ok: true, event: { ...(e as unknown as TraceEvent), method: (e.method as string | undefined) ?? "POST" } };
}

/** A trace line's usage (TraceEvent.usage, an item of `results`). */
export interface TraceUsage {
  prompt_tokens: number;
  completion_tokens: number;
  completion_tokens_details?: { reasoning_tokens?: number };
  /** Calls of tools the origin ran and billed per call (Usage.hosted; GUARD_POLICY.hostedCalls). */
  hosted?: HostedCalls;
}

const USAGE_SHAPE = "must be {prompt_tokens, completion_tokens} with non-negative integers";

/** What is wrong with a trace usage (TraceUsage), or undefined. */
function traceUsageProblem(v: unknown): string | undefined {
  const u = v as Record<string, unknown> | null;
  if (typeof u !== "object" || u === null || !isCount(u.prompt_tokens) || !isCount(u.completion_tokens)) return USAGE_SHAPE;
  if (u.hosted !== undefined) {
    const h = u.hosted as Record<string, unknown> | null;
    if (typeof h !== "object" || h === null || Array.isArray(h) || Object.entries(h).some(([k, n]) => !(HOSTED_KINDS as readonly string[]).includes(k) || !isCount(n))) {
      return `hosted must be {${HOSTED_KINDS.join(", ")}} with non-negative integers`;
    }
  }
  const d = u.completion_tokens_details as Record<string, unknown> | null | undefined;
  if (d === undefined) return undefined;
  const r = typeof d === "object" && d !== null ? d.reasoning_tokens : null;
  if (r === undefined || (isCount(r) && (r as number) <= (u.completion_tokens as number))) return undefined;
  return "completion_tokens_details.reasoning_tokens must be a non-negative integer, at most completion_tokens";
}

/** A trace usage as the Worker reads the origin's (proxy/usage.ts readUsage; `shown`: the line's
 *  reasoning_shown, as lessShown reads what an answer's body returned). */
function usageOfTrace(u: TraceUsage, shown: boolean | number = false): Usage {
  const billed = u.completion_tokens_details?.reasoning_tokens ?? 0;
  const reasoning = shown === true ? 0 : Math.max(0, billed - (shown === false ? 0 : shown));
  const hosted = u.hosted && Object.values(u.hosted).some((n) => n > 0) ? { hosted: { ...u.hosted } } : {};
  return { promptTokens: u.prompt_tokens, completionTokens: u.completion_tokens, ...(reasoning > 0 ? { reasoning } : {}), ...hosted };
}

/** Non-cryptographic 64-bit FNV-1a: a stand-in keyId for in-memory replay (nothing is stored). */
function replayKeyId(key: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < key.length; i++) h = BigInt.asUintN(64, (h ^ BigInt(key.charCodeAt(i))) * 0x100000001b3n);
  return "r_" + h.toString(16).padStart(16, "0");
}

export interface ReplaySummary {
  events: number;
  keys: number;
  byAction: Record<Action, { total: number; served: number }>;
  /** How requests were served: in full, degraded, after solving a challenge, or not at all. */
  service: ServiceCounts;
}

export interface ServiceCounts {
  full: number;
  degraded: number;
  behindChallenge: number;
  refused: number;
}

/** How a decided request was served. */
export function serviceOf(d: Pick<DecisionLine, "served" | "degraded" | "powBits" | "pass">): keyof ServiceCounts {
  if (!d.served) return "refused";
  if (d.powBits !== undefined || d.pass) return "behindChallenge";
  return d.degraded ? "degraded" : "full";
}

export class Replayer {
  readonly policy: PolicyConfig;
  private readonly engines = new Map<string, { keyId: string; engine: KeyEngine; frame: FrameMemory }>();
  private readonly registries = new Map<string, RegistryState>();
  private readonly byAction: ReplaySummary["byAction"] = {
    allow: { total: 0, served: 0 },
    limit: { total: 0, served: 0 },
    throttle: { total: 0, served: 0 },
    degrade: { total: 0, served: 0 },
    challenge: { total: 0, served: 0 },
    block: { total: 0, served: 0 },
  };
  private events = 0;
  /** Responses whose answer their own line left unread (answerLeftUnread: background, or a stream
   *  cut before its usage), by their id's hash (Answer.createdHash), with the trace key that created
   *  them (the Worker's registry: src/proxy/handler.ts backgroundCreator): their answers are read
   *  by that key, whoever fetches. */
  private readonly background = new Map<number, string>();
  /** Responses created in the foreground and read by their own line, by their id's hash: a
   *  retrieval's usage is not read again (the Worker reads a foreground retrieval only when its
   *  registry holds the id: src/proxy/handler.ts). */
  private readonly foreground = new Set<number>();
  /** Batches ("b:" + id) and OpenAI batch output files ("f:" + id) by the trace key that created
   *  the batch (trace fields `batch_id`, `output_file_id`; the Worker's batch registry): their
   *  results are read by that key, whoever fetches them. */
  private readonly batches = new Map<string, string>();
  private readonly served: ServiceCounts = { full: 0, degraded: 0, behindChallenge: 0, refused: 0 };
  /** Model clients that answer challenges with the llm-edge-guard/client helper. */
  readonly solveChallenges: boolean;

  /** How many response ids each of `background` and `foreground` keeps (oldest forgotten first):
   *  a bound on replay memory for traces of any length (the Worker's registry ages its own). */
  private readonly maxResponses: number;

  /** A served line that created a batch (`batch_id`) or names an OpenAI batch's output file
   *  (`output_file_id` on `GET /v1/batches/{id}`): remember whose its results are. */
  private noteBatch(ev: TraceEvent, method: string): void {
    const path = ev.path.split("?")[0]!;
    if (ev.batch_id !== undefined && method === "POST" && (path === "/v1/messages/batches" || path === "/v1/batches")) this.batches.set("b:" + ev.batch_id, ev.key);
    if (ev.output_file_id !== undefined && method === "GET" && OPENAI_BATCH.test(path)) {
      this.batches.set("f:" + ev.output_file_id, this.batches.get("b:" + path.slice("/v1/batches/".length)) ?? ev.key);
    }
    while (this.batches.size > this.maxResponses) this.batches.delete(this.batches.keys().next().value!);
  }

  /** `policy`: GUARD_POLICY-shaped JSON (object or string); throws naming the bad field. */
  constructor(opts: { policy?: unknown; solveChallenges?: boolean; maxResponses?: number } = {}) {
    this.solveChallenges = opts.solveChallenges ?? false;
    this.maxResponses = opts.maxResponses ?? 1 << 20;
    const p = parsePolicy(opts.policy ?? {});
    if (!p.ok) throw new Error(`invalid policy: ${p.problem.field} ${p.problem.message}`);
    this.policy = p.value;
  }

  private keyEngine(key: string) {
    let k = this.engines.get(key);
    if (!k) {
      k = { keyId: replayKeyId(key), engine: new KeyEngine(), frame: newFrameMemory() };
      this.engines.set(key, k);
    }
    return k;
  }

  /** The key's engine (for tests and the eval's inspection). */
  engineOf(key: string): KeyEngine | undefined {
    return this.engines.get(key)?.engine;
  }

  /**
   * Decide one event. Throws (with a message naming the field) when the event's body is not a
   * valid request for its route, as the guard would answer 400 without deciding anything.
   */
  step(ev: TraceEvent, i: number): DecisionLine {
    const { ts } = ev;
    const method = ev.method.toUpperCase();
    const m = matchRoute(method, ev.path, this.policy.routes);
    if (!m.ok) {
      throw new Error(m.status === "method_not_allowed" ? `method ${ev.method} is not allowed on ${ev.path}` : `path ${ev.path} is not a route the guard serves`);
    }
    const route = m.route;
    const { keyId, engine, frame } = this.keyEngine(ev.key);
    const net = { ip: ev.ip, asn: ev.asn, country: ev.country };
    const detect = this.policy.detection.mode !== "off";
    if ((route.kind === "free" || route.kind === "responses") && detect) {
      // another key's stored response is held to its creator's standing, retrieved (the Worker's
      // free()) or continued (its mayContinue: red team R84-3)
      const prev = route.kind === "responses" ? (ev.body as Record<string, unknown> | undefined)?.previous_response_id : undefined;
      const stored = route.kind === "free" ? storedResponseOf(method, ev.path.split("?")[0]!) : typeof prev === "string" ? prev : undefined;
      const creator = stored !== undefined ? this.background.get(anchorHash(stored)) : undefined;
      if (creator !== undefined && creator !== ev.key && this.keyEngine(creator).engine.gateForOthers(this.policy, ts) === "refuse") {
        return this.counted({ i, key: ev.key, action: "allow", served: false, score: 0, reasons: [], refusedFor: "creator" });
      }
    }
    let decide: (solved?: SolvedPuzzle) => Decision;
    // a batch asking in the extraction profile's shape (its cohort report once accepted: askedReports)
    let asked = false;
    // a metered request's signals: which exchange its answer settles (the Worker's withExchange)
    let exchange: RequestSignals | undefined;
    /** What a degraded answer may take: the output of the request as the Worker forwards it. */
    let degradedOutput: ((d: Decision) => number) | undefined;
    // the guard's estimate of the request's prompt (a cut stream settles with it, as the Worker's does)
    let promptEstimate = 0;
    // an upload of a model input ({"purpose": "user_data" | "vision", ...}: the Worker's
    // INPUT_FILE_PURPOSES) is a free request, as a batch run is
    const purpose = (ev.body as Record<string, unknown> | undefined)?.purpose;
    const inputFile = route.kind === "batch" && route.format === "openai-file" && typeof purpose === "string" && INPUT_FILE_PURPOSES.has(purpose);
    if (route.kind === "free" || (route.kind === "batch" && route.format === "openai-run") || inputFile) {
      // creating a batch from an uploaded file (POST /v1/batches): its lines were metered and seen
      // at their upload; a trace does not say which upload a file id names, so it is admitted as
      // a free request (the Worker also checks how the file's lines were written: R13-4)
      decide = (solved) => engine.admit(this.policy, { nowMs: ts, requestId: `r${i}`, route: "free", reservedTokens: route.kind === "free" ? route.tokens : 0, solved });
    } else if (route.kind === "batch") {
      // an OpenAI batch input file (a multipart upload) is written in a trace as
      // {"purpose": "batch", "file": "<the JSONL file>"}; an Anthropic message batch as its body
      const file = (ev.body as Record<string, unknown> | undefined)?.file;
      if (route.format === "openai-file" && typeof file !== "string") throw new Error(`${ev.path}: an OpenAI batch upload is written in a trace as {"purpose":"batch","file":"<the JSONL input file>"} (a model input as {"purpose":"user_data"})`);
      const items = route.format === "openai-file" ? openaiBatchItems(file as string) : anthropicBatch(new TextEncoder().encode(JSON.stringify(ev.body))).items;
      const { signals, reservedTokens, degradedTokens, promptTokens, items: asks } = planBatch(items, prepareOptionsOf(this.policy), this.policy.degrade, detect ? net : undefined, frame);
      // what the degraded items could return: their output caps, without their prompts (red team
      // R51-4: a batch line carries no usage, and its reservation, prompts included, was reported)
      degradedOutput = () => degradedTokens - promptTokens;
      promptEstimate = promptTokens;
      // a retry after a challenge is the same batch again: detection has seen its requests once
      let seen = false;
      // the cohort shard's crowd, read before a batch asking in the profile's shape (the Worker's askedCrowd)
      asked = detect && askedProfile(signals);
      const shard = asked ? this.registries.get(cohortShard(keyId)) : undefined;
      const crowd = shard ? cohortPeek(shard, ts) : undefined;
      decide = (solved) => {
        const sig = seen ? [] : signals;
        seen = true;
        const d = engine.admitBatch(this.policy, { nowMs: ts, requestId: `r${i}`, requests: items.length, reservedTokens, degradedTokens, signals: sig, decide: true, solved, crowd, items: asks })!;
        // its inner requests report as direct requests do (the Worker's KeyGuard.admitBatch)
        const last = sig[sig.length - 1];
        if (last) this.link(engine, engine.linkReports(last, keyId, ts), ts);
        return d;
      };
    } else {
      const kind = route.kind;
      const prep = prepareBody(kind, ev.body, prepareOptionsOf(this.policy));
      const degradedTokens = degradedReservation(kind, prep.body, prep.promptTokens, this.policy.degrade) + (prep.hostedReserved ?? 0);
      // the degraded reservation (with the decision's lowered cap, as the Worker rewrites the body)
      // less the prompt it was estimated with (the trace's billed prompt can be larger: a stored
      // response's context it continues)
      degradedOutput = (d) => degradedReservation(kind, prep.body, prep.promptTokens, degradeOf(this.policy.degrade, d)) - prep.promptTokens;
      promptEstimate = prep.promptTokens;
      const signals = detect ? extractSignals(prep.view, net, frame) : undefined;
      exchange = signals;
      let seen = false;
      decide = (solved) => {
        const sig = seen ? undefined : signals;
        seen = true;
        const d = engine.admit(this.policy, { nowMs: ts, requestId: `r${i}`, route: kind, reservedTokens: prep.reservedTokens, degradedTokens, signals: sig, solved, items: itemsAsked(kind, prep.body) });
        if (sig) this.link(engine, engine.linkReports(sig, keyId, ts), ts);
        return d;
      };
    }
    let d = decide();
    let powBits: number | undefined;
    // A client with the llm-edge-guard/client helper solves the puzzle and resends at once.
    if (this.solveChallenges && !d.served && d.enforced && d.action === "challenge" && d.challengeBits !== undefined) {
      powBits = d.challengeBits;
      d = decide({ id: `replay-${i}`, expiresAtMs: ts + this.policy.challenge.puzzleTtlSeconds * 1000, bits: powBits });
    }
    let completion: number | undefined;
    if (d.served && d.leaseId) {
      // the trace's usage is what the full request used; a degraded one is capped at its reservation
      // a free route's fixed cost is not an answer (as in the Worker): detection does not read it;
      // the usage of a retrieved background response (GET /v1/responses/{id}) is that answer's, a
      // batch's results carry their items' answers
      const usage: Usage =
        route.kind === "free"
          ? { promptTokens: d.reservedTokens, completionTokens: 0, estimated: true, ...fetchedAnswer(method, ev) }
          : ev.usage
            ? withExchange(usageOfTrace(ev.usage, ev.reasoning_shown), exchange, ev.response_id, d.degrade === true)
            : ev.streamed_tokens !== undefined
              ? withExchange({ promptTokens: Math.min(promptEstimate, d.reservedTokens), completionTokens: Math.max(0, d.reservedTokens - promptEstimate), seen: ev.streamed_tokens }, exchange, ev.response_id, d.degrade === true)
              : withExchange({ promptTokens: 0, completionTokens: d.reservedTokens, estimated: true }, exchange, ev.response_id, d.degrade === true);
      if (d.degrade) {
        const cap = Math.max(0, degradedOutput ? degradedOutput(d) : d.reservedTokens - usage.promptTokens);
        const full = usage.completionTokens;
        usage.completionTokens = Math.min(full, cap);
        // its hidden reasoning, under that cap too (the cap bounds reasoning and answer together):
        // the trace cannot say how a shorter budget splits, so in the proportion the full one did
        if (usage.reasoning !== undefined && full > 0) usage.reasoning = Math.round((usage.reasoning * usage.completionTokens) / full);
        // what a cut stream streamed, under that cap too
        if (usage.seen !== undefined) usage.seen = Math.min(usage.seen, cap);
      }
      // the stored context a Responses turn starts from, as the Worker's settlement names it
      if (route.kind === "responses") Object.assign(usage, withContext(usage, "responses", (ev.body ?? {}) as Record<string, unknown>, ev.response_id));
      if (exchange && route.kind === "responses" && ev.response_id !== undefined) {
        // its answer left for a retrieval to read (in the background, or a stream the client cut:
        // a line without usage), as the Worker registers it
        const body = (ev.body ?? {}) as Record<string, unknown>;
        if (answerLeftUnread(body, body.stream === true, { usageFinal: ev.usage !== undefined })) this.background.set(anchorHash(ev.response_id), ev.key);
        else this.foreground.add(anchorHash(ev.response_id));
        for (const m of [this.background, this.foreground]) if (m.size > this.maxResponses) m.delete(m.keys().next().value!);
      }
      if (usage.answer?.createdHash !== undefined && this.foreground.has(usage.answer.createdHash)) delete usage.answer;
      if (detect) this.noteBatch(ev, method);
      // a background response's answer is its creator's to read, whichever key fetched it, and so
      // are a batch's results
      const creator = !detect || usage.answer === undefined ? undefined
        : usage.answer.createdHash !== undefined ? this.background.get(usage.answer.createdHash)
        : this.batches.get(batchOfResults(method, ev.path));
      const answer = creator !== undefined && creator !== ev.key ? usage.answer : undefined;
      if (answer) delete usage.answer;
      engine.settle(this.policy, { nowMs: ts, leaseId: d.leaseId, reservedTokens: d.reservedTokens, usage });
      if (usage.answer) this.link(engine, engine.answerReports(this.policy, keyId, ts), ts);
      if (answer) {
        const owner = this.keyEngine(creator!);
        owner.engine.observeFetched(this.policy, answer, ts);
        this.link(owner.engine, owner.engine.answerReports(this.policy, owner.keyId, ts), ts);
      }
      if (asked) this.link(engine, engine.askedReports(this.policy, keyId, 200, ts), ts);
      if (d.degrade) completion = usage.completionTokens;
    }
    const line: DecisionLine = { i, key: ev.key, action: d.action, served: d.served, score: Math.round(d.score * 1e4) / 1e4, reasons: d.reasons };
    if (!d.enforced) line.enforced = false;
    if (d.degrade) line.degraded = true;
    if (powBits !== undefined) line.powBits = powBits;
    else if (d.cause === "pass") line.pass = true;
    if (completion !== undefined) line.completion = completion;
    // a request too large for a limit names that limit, with no wait (none can succeed: red team R89)
    const quota = quotaRefusal(d) ?? (!d.served && d.cause === "too_large" ? d.limit : undefined);
    if (quota) {
      line.limit = quota;
      if (d.retryAfterMs !== undefined && Number.isFinite(d.retryAfterMs)) line.retryAfterMs = Math.ceil(d.retryAfterMs);
    }
    return this.counted(line);
  }

  /** A decision line, counted in the summary. */
  private counted(line: DecisionLine): DecisionLine {
    this.events++;
    this.byAction[line.action].total++;
    if (line.served) this.byAction[line.action].served++;
    this.served[serviceOf(line)]++;
    return line;
  }

  /** Send a key's linkage reports to their shards and fold the answers in at once. */
  private link(engine: KeyEngine, reports: LinkReport[], ts: number): void {
    for (const r of reports) {
      let reg = this.registries.get(r.shard);
      if (!reg) {
        reg = newRegistryState();
        this.registries.set(r.shard, reg);
      }
      engine.applyLinkView(registryObserve(reg, r, ts), ts);
    }
  }

  summary(): ReplaySummary {
    return { events: this.events, keys: this.engines.size, byAction: structuredClone(this.byAction), service: { ...this.served } };
  }
}

/** The registry key of the batch or output file whose results a line fetches ("" none). */
function batchOfResults(method: string, path: string): string {
  const p = path.split("?")[0]!;
  if (fetchedAnswers(method, p) !== "results") return "";
  return (p.startsWith("/v1/files/") ? "f:" : "b:") + batchOf(p);
}

/** The answers a free request fetched, from its trace line: a retrieved background response's
 *  `usage`, a batch's `results` (as the Worker reads them; each read once per path). */
function fetchedAnswer(method: string, ev: TraceEvent): { answer?: Answer } {
  const path = ev.path.split("?")[0]!;
  const kind = fetchedAnswers(method, path);
  const read = responseRead(method, path);
  if (read !== undefined && ev.usage) return { answer: { ...usageOfTrace(ev.usage, ev.reasoning_shown), id: hash32(read), createdHash: anchorHash(read.slice("/v1/responses/".length)) } };
  if (kind === "results" && ev.results && ev.results.length > 0) {
    const r = new BatchResults();
    for (const u of ev.results) r.add(usageOfTrace(u, ev.reasoning_shown));
    // a trace's results are the whole of them, as the Worker reads results it read to their end
    return { answer: { ...r.end(true)!, id: hash32(path) } };
  }
  return {};
}
