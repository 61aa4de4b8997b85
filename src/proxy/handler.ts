/**
 * The proxy: match the route table, identify the one credential, check the body, ask the key's
 * Durable Object for a decision (one call), then either answer the refusal in the provider's shape
 * or stream the origin's answer through the usage tap and settle the real usage afterwards.
 */
import type { Context } from "hono";
import { DEFAULT_MODEL_TRAITS, type GuardConfig, type ModelTraits } from "../config/index.ts";
import { anchorHash, askedProfile, cohortShard, extractSignals, type RequestSignals } from "../detect/index.ts";
import { hash32 } from "../detect/sketch.ts";
import { type Decision, type ExchangeResult, MAX_INPUTS, MAX_OUTPUTS } from "../engine/key-engine.ts";
import { shardIdleMs } from "../engine/expiry.ts";
import type { LinkView } from "../detect/index.ts";
import { IO } from "../observability/io.ts";
import { type AdmitFields, type LeaseContext, type Ticket, decideLeased, holdDecisions, settleLeased } from "./lease-client.ts";
import type { Env } from "../env.ts";
import { type KeyExtraction, extractKey, keyIdFor } from "../identity/index.ts";
import { logEvent, safeError } from "../observability/log.ts";
import type { Answer, NetMeta, Provider, Usage } from "../policy/types.ts";
import type { LimitName } from "../limits/index.ts";
import { CacheReads } from "../limits/cache-reads.ts";
import type { KeyGuard } from "../state/key-guard.ts";
import { CHALLENGE_HEADER, POW_ALGORITHM, SOLUTION_HEADER, issuePuzzle, verifySolution } from "../challenge/pow.ts";
import type { SolvedPuzzle } from "../engine/key-engine.ts";
import { anthropicBatch, openaiUpload, planBatch, pointResultsAt } from "./batch.ts";
import { frameFor } from "./frames.ts";
import { degradeBody, degradedReservation, degradeOf } from "./degrade.ts";
import { CutError, cutEmbeddingsStream, degradeEmbeddingsRequest, keptComponents } from "./degrade-embeddings.ts";
import { GuardError, type GuardErrorCode, errorResponse } from "./errors.ts";
import { rateLimitHeaders, retryHeaders } from "./ratelimit-headers.ts";
import { CHARS_PER_TOKEN, type PreparedRequest, itemsAsked, modelMatches, namedFiles, originRunsTools, parseJsonObject, prepare, prepareBody, prepareOptionsOf, readBody } from "./request.ts";
import { type BatchFormat, type MeteredKind, OPENAI_BATCH, batchOf, fetchedAnswers, listsResources, matchRoute, namedResource, responseRead, storedResponseOf } from "./routes.ts";
import { type MeteredCredential, clientResponseHeaders, callUpstream, upstreamRequestHeaders } from "./upstream.ts";
import { type WholeOrHead, readWholeOrHead, restOf } from "./whole-body.ts";
import { type BatchAnswers, BatchResults, addCalls, mostCalls, CappedText, type TextEdges, answerLeftUnread, endedUnanswered, jsonFacts, readsWhole, storedAnswer, storedAnswerAtEdges, tapBody, contextOf, templateOf, withContext, withExchange } from "./usage.ts";
import { isObj } from "../policy/json.ts";

export type AppEnv = { Bindings: Env; Variables: { config: GuardConfig } };

/** Response header naming the guard policy that shaped the answer (`degraded`). */
export const POLICY_HEADER = "x-guard-policy";

/** JSON answers are copied aside up to this size to read `usage`; of larger ones the tap keeps the two ends (edgeFacts). */
const MAX_TAPPED_JSON_BYTES = 8 * 1024 * 1024;
/** A non-streamed answer of unknown length is read whole up to this size and this long after its
 *  headers (whole-body.ts); beyond either it is streamed on through the tap. */
const MAX_UNSIZED_WHOLE_BYTES = 1024 * 1024;
const UNSIZED_WHOLE_MS = 2_000;

/**
 * Network metadata of the client. `CF-Connecting-IP` is believed only where Cloudflare set it (the
 * request carries `cf`, and the edge overwrites that header) or where the operator says the hop in
 * front of the Worker sets it (TRUST_CLIENT_IP_HEADER); otherwise any client could name any IP.
 *
 * Reading `request.cf` makes the runtime parse the request's whole cf blob (~30 fields): 2.4-3.5 %
 * of the guard's CPU under the bench's load (`npm run bench:profile`, netMeta's self time). An
 * address keeps its network and country, so the isolate remembers both per address once a request
 * through the edge has named them (NET_BY_IP). Whether requests carry `cf` is a property of the
 * deployment (always behind Cloudflare, never in a bare workerd), so an address is remembered only
 * from a request that carried it, and a deployment without `cf` never believes the header on
 * the strength of the cache.
 */
export function netMeta(req: Request, trustIpHeader: boolean): NetMeta {
  const header = req.headers.get("cf-connecting-ip") ?? undefined;
  if (header !== undefined) {
    const known = NET_BY_IP.get(header);
    if (known !== undefined) return { ip: header, asn: known.asn, country: known.country };
  }
  const cf = (req as Request & { cf?: { asn?: unknown; country?: unknown } }).cf;
  const asn = typeof cf?.asn === "number" ? cf.asn : undefined;
  const country = typeof cf?.country === "string" ? cf.country : undefined;
  if (cf !== undefined && header !== undefined) {
    if (NET_BY_IP.size >= NET_BY_IP_MAX) NET_BY_IP.clear();
    NET_BY_IP.set(header, { asn, country });
  }
  return { ip: cf !== undefined || trustIpHeader ? header : undefined, asn, country };
}
/** ASN and country of the addresses this isolate has served through the edge (netMeta), at most NET_BY_IP_MAX, cleared whole when full. */
const NET_BY_IP = new Map<string, { asn: number | undefined; country: string | undefined }>();
const NET_BY_IP_MAX = 4096;

/** Run `p`, or reject after `ms` (the Durable Object call must not hang a request). */
function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  IO.timers++;
  let t: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    t = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(t));
}

/** How a refusal's message names each limit. */
const LIMIT_WORDS: Record<LimitName, string> = { concurrency: "concurrent requests", rpm: "requests per minute", tpm: "tokens per minute", tpd: "tokens per day" };

/** What a metered request reserves, for a refusal that says what to lower (red team R83-2: a
 *  background job refused as too large for a small tier's limit, with nothing naming the calls the
 *  guard had reserved for it). */
interface Reserved {
  kind: MeteredKind;
  tokens: number;
  prompt: number;
  /** Hosted tool calls reserved (their results never pass the guard) and what they count. */
  calls: number;
  callTokens: number;
}

/** The body field that caps a route's output. */
const CAP_FIELD: Record<MeteredKind, string | undefined> = { chat: "max_completion_tokens", completions: "max_tokens", responses: "max_output_tokens", messages: "max_tokens", embeddings: undefined };

/** What a request too large for a token limit reserves, and the fields that lower it. */
function reservedParts(r: Reserved): string {
  const output = Math.max(0, r.tokens - r.prompt - r.callTokens);
  const cap = CAP_FIELD[r.kind];
  const parts = [`about ${r.prompt} for its prompt`];
  if (output > 0) parts.push(`${output} for its output${cap ? ` (lower ${cap})` : ""}`);
  if (r.calls > 0) parts.push(`${r.callTokens} for up to ${r.calls} hosted tool calls${r.kind === "responses" ? " (lower max_tool_calls)" : ""}`);
  return ` It reserves ${r.tokens} tokens: ${parts.join(", ")}.`;
}

/** The refusal in the provider's shape; a challenge carries a fresh puzzle bound to the key and route. */
async function refusal(call: Call, keyId: string, route: string, d: Decision, reserved?: Reserved): Promise<Response> {
  const provider = call.provider;
  const h = rateLimitHeaders(d.reports, undefined, provider === "anthropic" ? Date.now() : undefined);
  if (d.cause === "denylist" || (d.action === "block" && d.enforced && d.cause === "detection")) {
    h.set("x-should-retry", "false");
    return errorResponse(provider, "access_blocked", "Access for this API key has been blocked. Contact the API provider.", { headers: h });
  }
  if (d.action === "challenge" && d.enforced && (d.cause === "detection" || d.cause === "replayed")) {
    const c = call.cfg.policy.challenge;
    const { token, puzzle } = await issuePuzzle(call.cfg.challengeSecret, { keyId, route, bits: d.challengeBits ?? c.baseBits, nowMs: Date.now(), ttlMs: c.puzzleTtlSeconds * 1000 });
    h.set("x-should-retry", "false");
    h.set(CHALLENGE_HEADER, token);
    const verify = c.verificationUrl ? ` Or get this key verified at ${c.verificationUrl}.` : "";
    const challenge = {
      token,
      algorithm: POW_ALGORITHM,
      difficulty: puzzle.b,
      expires_at: new Date(puzzle.e).toISOString(),
      solution_headers: [CHALLENGE_HEADER, SOLUTION_HEADER],
      verification_url: c.verificationUrl,
    };
    const message =
      `This API key must complete a challenge before it can continue: find a counter such that SHA-256("<token>:<counter>") starts with ${puzzle.b} zero bits, ` +
      `then resend the request with the headers ${CHALLENGE_HEADER}: <token> and ${SOLUTION_HEADER}: <counter> (the llm-edge-guard/client fetch helper does this).${verify}`;
    return errorResponse(provider, "challenge_required", message, { headers: h, extra: { challenge } });
  }
  retryHeaders(d.retryAfterMs, h);
  if (d.cause === "too_large" && d.action === "challenge") {
    const pass = call.cfg.policy.challenge.passRequests;
    return errorResponse(
      provider,
      "request_too_large",
      `Request too large while this API key is challenged: it asks for ${d.passItems ?? "more"} prompts or inputs, and a solved challenge lets through ${pass}. Split it into requests of at most ${pass}, or get the key verified.`,
      { headers: h },
    );
  }
  if (d.cause === "too_large") {
    // a batch waits for a per-minute window, never for more (limits/index.ts AdmitRequest.batch):
    // what can never hold it is the daily limit, or a limit of 0
    const what = d.limit === "rpm" ? "requests" : "tokens";
    const quota = d.reports.find((r) => r.name === d.limit)?.quota;
    const message =
      `Request too large: it needs more ${what} than this key's ${d.limit ? `${LIMIT_WORDS[d.limit]} ` : ""}limit${quota !== undefined ? ` (${quota})` : ""} allows, so it can never be admitted.` +
      (reserved && what === "tokens" ? reservedParts(reserved) : "") +
      (d.limit === "tpd" && route === "batch" ? " A batch counts every request it holds: split it into files sent on different days, or ask the API provider for a higher limit." : "");
    return errorResponse(provider, "request_too_large", message, { headers: h });
  }
  const which = LIMIT_WORDS[d.cause === "concurrency" || d.cause === "rpm" || d.cause === "tpm" ? d.cause : "tpd"];
  const wait = Number.isFinite(d.retryAfterMs ?? 0) ? ` Retry after ${Math.ceil((d.retryAfterMs ?? 0) / 1000)} s.` : "";
  // slots held by background jobs free when their answers are read, not in a second (red team R87-1)
  const held = d.cause === "concurrency" && d.held !== undefined && d.held > 0
    ? ` ${d.held} of this key's concurrent requests ${d.held === 1 ? "is a background response" : "are background responses"} whose answer has not been retrieved: each holds its slot until it is retrieved (GET /v1/responses/{id}) or cancelled, or for at most ${call.cfg.policy.backgroundHoldSeconds} s.`
    : "";
  return errorResponse(provider, "rate_limit_exceeded", `Rate limit reached for ${which}.${wait}${held}`, { headers: h });
}

/**
 * A puzzle solution sent with the request, checked statelessly (signature, key, route, expiry,
 * work); the key's object checks that it is used once. A bad one is ignored (logged): if the key
 * is still challenged, it gets a new puzzle.
 */
async function solutionOf(call: Call, keyId: string, route: string): Promise<SolvedPuzzle | undefined> {
  const token = call.req.headers.get(CHALLENGE_HEADER);
  const counter = call.req.headers.get(SOLUTION_HEADER);
  if (token === null || counter === null) return undefined;
  const r = await verifySolution(call.cfg.challengeSecret, token, counter, { keyId, route, nowMs: Date.now() });
  if (!r.ok) {
    logEvent({ evt: "challenge_solution_refused", keyId, route, reason: r.reason });
    return undefined;
  }
  return { id: r.puzzle.n, expiresAtMs: r.puzzle.e, bits: r.puzzle.b };
}

const KEY_ERRORS: Record<Exclude<KeyExtraction, { ok: true }>["reason"], [GuardErrorCode, string]> = {
  missing: ["missing_api_key", "Missing API key: send it as 'Authorization: Bearer <key>' or 'x-api-key: <key>'."],
  empty: ["invalid_api_key", "Empty API key."],
  malformed: ["invalid_api_key", "Malformed API key header: use 'Authorization: Bearer <key>' or 'x-api-key: <key>'."],
  conflict: ["invalid_api_key", "Two different API keys were sent (Authorization and x-api-key); send one."],
  query: ["invalid_api_key", "API keys are not accepted in the query string; send it as 'Authorization: Bearer <key>' or 'x-api-key: <key>'."],
};

/** The one credential of the request, or a 401 that says what is wrong with it. */
function credentialOf(req: Request, url: URL): MeteredCredential {
  const key = extractKey(req.headers, url.searchParams);
  if (key.ok) return key;
  const [code, message] = KEY_ERRORS[key.reason];
  throw new GuardError(code, message);
}

/** Query parameters a degraded key's free request is forwarded without (`include`: extra output
 *  such as logprobs or encrypted reasoning on a stored response's retrieval). */
const DEGRADE_DROPS_QUERY = ["include", "include[]"];

/**
 * Query parameters the providers' APIs take on the routes of the table (list paging, file purpose,
 * response includes, stream resumption, Anthropic's beta flag, Azure's api-version). Anything else
 * is refused rather than forwarded for the origin to interpret.
 */
const QUERY_PARAMS = new Set(["limit", "after", "before", "order", "purpose", "include", "include[]", "stream", "starting_after", "beta", "before_id", "after_id", "api-version"]);

function checkQuery(url: URL): void {
  if (url.search.includes(";")) throw new GuardError("invalid_request", "';' is not accepted in the query string.");
  for (const name of url.searchParams.keys()) {
    if (!QUERY_PARAMS.has(name)) throw new GuardError("invalid_request", `Unknown query parameter '${name}'.`, { param: name });
  }
}

/**
 * Every request under /v1: match the route table (refuse what it does not hold), then hand the
 * request to the handling its route names. Nothing reaches the origin without the key's object
 * having admitted it.
 */
export async function proxyHandler(c: Context<AppEnv>): Promise<Response> {
  const req = c.req.raw;
  const url = new URL(req.url);
  const cfg = c.get("config");
  const path = url.pathname;
  if (req.headers.has("upgrade")) {
    throw new GuardError("invalid_request", "Connection upgrades (WebSocket, e.g. the Realtime API) are not served through this gateway.");
  }
  const encoding = req.headers.get("content-encoding");
  if (encoding !== null && encoding.trim().toLowerCase() !== "identity") {
    throw new GuardError("invalid_request", "Compressed request bodies (Content-Encoding) are not accepted; send the body uncompressed.");
  }
  const m = matchRoute(req.method, path, cfg.policy.routes);
  if (!m.ok) {
    if (m.status === "method_not_allowed") {
      const stored = path === "/v1/chat/completions" && req.method === "GET" ? " Stored chat completions are not served through this gateway." : "";
      throw new GuardError("method_not_allowed", `Method ${req.method} is not allowed on ${path}; use ${m.allow!.join(" or ")}.${stored}`, {
        headers: { Allow: m.allow!.join(", ") },
      });
    }
    const what = path === "/v1/realtime" || path.startsWith("/v1/realtime/") ? "The Realtime API is not served through this gateway." : `Unknown route: ${req.method} ${path}.`;
    throw new GuardError("not_found", what);
  }
  const route = m.route;
  const cred = credentialOf(req, url);
  checkQuery(url);
  const ctx: Call = { c, req, url, cfg, cred, provider: route.provider, started: Date.now() };
  if (route.kind === "free") return free(ctx, route.tokens);
  if (route.kind === "batch") return route.format === "openai-run" ? batchRun(ctx) : batch(ctx, route.format);
  return metered(ctx, route.kind);
}

/** What every handling needs about the request in hand. */
interface Call {
  c: Context<AppEnv>;
  req: Request;
  url: URL;
  cfg: GuardConfig;
  cred: MeteredCredential;
  provider: Provider;
  started: number;
}

/**
 * Ask the key's object for a decision; on failure apply FAIL_MODE (open: undefined, serve
 * unmetered and log it; closed: 503).
 */
async function decideWith(
  call: Call,
  keyId: string,
  route: string,
  ask: (stub: DurableObjectStub<KeyGuard>) => Promise<Decision | undefined>,
): Promise<Decision | undefined> {
  return decideBounded(call, keyId, route, () => withTimeout(ask(call.c.env.KEY_GUARD.getByName(keyId)), call.cfg.doTimeoutMs));
}

/**
 * decideWith for a decision that bounds its own waiting (`run` settles or rejects within
 * doTimeoutMs): no timer of its own, so a request decided from the permits held makes no timer,
 * no stub and no race (they were ~2 % of a hot key's CPU).
 */
async function decideBounded(call: Call, keyId: string, route: string, run: () => Promise<Decision | undefined>): Promise<Decision | undefined> {
  const { cfg } = call;
  let decision: Decision | undefined;
  try {
    decision = await run();
  } catch (e) {
    logEvent({ evt: "decision", keyId, route, action: "allow", served: cfg.failMode === "open", failed: cfg.failMode === "open" ? "open" : "closed", error: safeError(e) });
    if (cfg.failMode === "closed") {
      throw new GuardError("guard_unavailable", "The rate-limit service is temporarily unavailable; please retry.", { headers: { "Retry-After": "1" } });
    }
    return undefined;
  }
  // A plain allow (served as asked, nothing acting on the key) is logged only with LOG_DECISIONS=all:
  // one line per paying request costs CPU on every one of them, and the origin logs them anyway.
  if (decision && (cfg.logDecisions === "all" || decisionActed(decision))) {
    logEvent({
      evt: "decision",
      keyId,
      route,
      action: decision.action,
      served: decision.served,
      enforced: decision.enforced,
      cause: decision.cause,
      score: Math.round(decision.score * 1000) / 1000,
      ms: Date.now() - call.started,
    });
  }
  return decision;
}

/** Whether a decision is worth a log line without LOG_DECISIONS=all: refused, degraded, acted (or would have, in shadow), or served because of a list or a solved challenge. */
export function decisionActed(d: Decision): boolean {
  return d.action !== "allow" || d.degrade === true || d.cause !== "ok";
}

/** The lease client's view of this request: its key, the policy's lease settings, one exchange. */
function leaseContext(call: Call, keyId: string): LeaseContext {
  const { cfg } = call;
  return {
    keyId,
    settings: cfg.policy.leases,
    pricing: cfg.policy,
    waitUntil: (p) => call.c.executionCtx.waitUntil(p),
    waitMs: cfg.doTimeoutMs / 4,
    timeoutMs: cfg.doTimeoutMs,
    exchange: (msg, timeoutMs = cfg.doTimeoutMs) => {
      IO.doCalls++;
      const stub = call.c.env.KEY_GUARD.getByName(keyId);
      return withTimeout(stub.exchange(cfg.policy, { keyId, webhook: cfg.webhook, ...msg }) as Promise<ExchangeResult>, timeoutMs);
    },
    observeLinks: (shard, reports) => {
      const stub = call.c.env.LINK_REGISTRY.getByName(shard);
      return withTimeout(stub.observeMany(reports, shardIdleMs(cfg.policy)) as Promise<LinkView[]>, cfg.doTimeoutMs);
    },
  };
}

/**
 * Decide a single request through the lease client (permits held, else one exchange), with
 * FAIL_MODE and the decision log of decideWith. Returns how to settle it.
 */
async function decideHot(call: Call, keyId: string, route: string, fields: AdmitFields): Promise<{ decision?: Decision; settle: (usage: Usage, originStatus: number) => Promise<void> }> {
  const lc = leaseContext(call, keyId);
  let ticket: Ticket | undefined;
  // decideLeased keeps within doTimeoutMs itself (its waits, then its one exchange get what is left)
  const decision = await decideBounded(call, keyId, route, async () => {
    const r = await decideLeased(lc, fields);
    ticket = r.ticket;
    return r.decision;
  });
  return {
    decision,
    settle: (usage, originStatus) => {
      settleLeased(lc, ticket, usage, originStatus);
      return Promise.resolve();
    },
  };
}

/** Settlement of an admitted request, run after the answer (never fails the request). */
function settler(call: Call, keyId: string, decision: Decision | undefined, asked = false) {
  return (usage: Usage, originStatus: number): Promise<void> => {
    if (!decision?.leaseId) return Promise.resolve();
    IO.doCalls++;
    const stub = call.c.env.KEY_GUARD.getByName(keyId);
    const msg = { leaseId: decision.leaseId, reservedTokens: decision.reservedTokens, usage, originStatus, ...(asked ? { askedKeyId: keyId } : {}) };
    return (stub.settle(call.cfg.policy, msg) as Promise<void>).catch((e) => logEvent({ evt: "settle_failed", keyId, error: safeError(e) }));
  };
}

/** Send the admitted request to the origin; unreachable origin: settle nothing used, answer 502. */
async function forward(
  call: Call,
  keyId: string,
  route: string,
  body: BodyInit | null,
  settle: (usage: Usage, originStatus: number) => Promise<void>,
  /** Content-Type of a body the guard rebuilt; null: let fetch set it (FormData). */
  contentType?: string | null,
): Promise<Response> {
  const { req, url, cfg } = call;
  const headers = upstreamRequestHeaders(req.headers, cfg.originAuthToken, call.cred, cfg.forwardHeaders);
  if (contentType) headers.set("content-type", contentType);
  else if (contentType === null) headers.delete("content-type");
  try {
    // the query as the guard read it, re-encoded (no raw escapes for the origin to read its own way)
    const search = url.searchParams.size > 0 ? `?${url.searchParams.toString()}` : "";
    return await callUpstream({ upstreamUrl: cfg.upstreamUrl, path: url.pathname, search, method: req.method, headers, body });
  } catch (e) {
    logEvent({ evt: "upstream_error", keyId, route, error: safeError(e) });
    call.c.executionCtx.waitUntil(settle({ promptTokens: 0, completionTokens: 0 }, 0));
    throw new GuardError("upstream_unavailable", "The upstream API could not be reached.");
  }
}

/** The origin's answer as the client gets it: its body as is, rate-limit headers added. */
function answer(call: Call, upstream: Response, decision: Decision | undefined, body: BodyInit | null = upstream.body, degraded = false): Response {
  const headers = clientResponseHeaders(upstream.headers);
  if (decision) rateLimitHeaders(decision.reports, headers, call.provider === "anthropic" ? Date.now() : undefined);
  // Names the policy that applied (this key's, or a fetched response's creator's), never the
  // score or the reasons.
  if (decision?.degrade || degraded) headers.set(POLICY_HEADER, "degraded");
  return new Response(body, { status: upstream.status, statusText: upstream.statusText, headers });
}

/**
 * A free route (models, count_tokens, retrieving a batch or a stored response...): the key's
 * lists and standing apply and it counts one request (plus the route's fixed token cost). Its
 * slot is released as soon as the origin answers.
 */
async function free(call: Call, tokens: number, body?: BodyInit): Promise<Response> {
  const { req, cfg } = call;
  const hasBody = req.method !== "GET" && req.method !== "DELETE";
  const bytes = body ?? (hasBody ? await readBody(req, cfg.maxBodyBytes) : null);
  const keyId = await keyIdFor(call.cred.key, cfg.keySecret);
  const fetched = fetchedAnswers(req.method, call.url.pathname);
  // whose detection reads the answers: the fetching key's, or the creator's in its batch group
  const owned: { reader: string; cut: boolean; group?: string } = fetched === "results" && cfg.policy.batchResults === "owner" ? await mustOwn(call, keyId) : { reader: keyId, cut: false };
  const reader = owned.reader;
  // a file or batch named by id, retrieved, cancelled or deleted: by the key that uploaded or
  // created it, or one of its batch group, as its answers are (red team R78-2)
  const owner = cfg.policy.batchResults === "owner";
  if (owner && namedResource(req.method, call.url.pathname)) await mustOwn(call, keyId);
  // a batch's results fetched by another key of its batch group are held to their creator's
  // detection standing as well as this key's, as a background response is below (red team
  // R76-1: a restricted key's batch, all 20 answers, read in full by a key of its group). Not to
  // the deny list: within a group the operator set, a denied creator is a rotated-out key whose
  // batches its successor fetches (R9-5); to cut a customer off, deny its group's keys
  const groupGate = reader !== keyId ? await gateForOthers(call, reader, false) : "serve";
  if (groupGate === "refuse") {
    throw new GuardError(
      "creator_restricted",
      "These results belong to a batch created with another API key of this key's batch group, whose access is currently restricted; they may not be fetched with this key. Fetch them with the key that created the batch (if that key is asked to solve a challenge, its client can), or ask the API provider.",
    );
  }
  // a stored response whose answer its own request left unread (registered: in the background,
  // or a stream cut before its usage), retrieved, cancelled or listed by another key, is held to
  // its creator's standing as well as this key's (red team R14-3: a denied or degraded key's
  // answers fetched in full by a colleague key of the same organisation)
  // (detection on or off: the deny list and the charge of a background answer apply in every mode,
  // red team R37-2)
  const storedId = storedResponseOf(req.method, call.url.pathname);
  const { createdBy, gate: creatorGate } = storedId !== undefined ? await storedGate(call, keyId, storedId) : { createdBy: null, gate: "serve" as const };
  if (creatorGate === "refuse") {
    throw new GuardError(
      "creator_restricted",
      `Response '${storedId}' was created with another API key, whose access is currently restricted; it may not be fetched with this key. Retrieve it with the key that created it (if that key is asked to solve a challenge, its client can), or ask the API provider.`,
    );
  }
  const requestId = crypto.randomUUID();
  const solved = await solutionOf(call, keyId, "free");
  const { decision, settle } = await decideHot(call, keyId, "free", { requestId, route: "free", reservedTokens: tokens, solved });
  if (decision && !decision.served) return refusal(call, keyId, "free", decision);
  // degraded (this key, or the creator of the response it fetches): a stored response retrieved
  // without what degrade removed when it was created (logprobs, encrypted reasoning, asked for
  // again on the retrieval: red team R13-5)
  const degraded = decision?.degrade === true || creatorGate === "degrade";
  if (degraded) for (const q of DEGRADE_DROPS_QUERY) call.url.searchParams.delete(q);
  const byCreator = creatorGate === "degrade" || groupGate === "degrade";
  const upstream = await forward(call, keyId, "free", bytes, settle);
  // the route's fixed cost, charged to quotas; not an answer, so detection does not read it as one
  // (read as an answer of 0 tokens, free calls between harvest requests diluted every answer-length
  // feature at no cost)
  const fixed: Usage = { promptTokens: upstream.ok ? tokens : 0, completionTokens: 0, estimated: true };
  if (upstream.ok && owner && (listsResources(req.method, call.url.pathname) || (req.method === "POST" && call.url.pathname === "/v1/files"))) {
    // a list: the key's own entries; a model input file uploaded: the key's to use (KeySnapshot.inputs)
    const text = await upstream.text();
    const body = req.method === "POST" ? await recordInput(call, keyId, text) : await ownEntries(call, keyId, text);
    // (a list of message batches names where their results are: the guard, as for one batch)
    const out = MESSAGE_BATCHES.test(call.url.pathname) ? pointResultsAt(body, call.url.origin) : body;
    call.c.executionCtx.waitUntil(settle(fixed, upstream.status));
    return answer(call, new Response(out, upstream), decision);
  }
  if (upstream.ok && req.method === "GET" && OPENAI_BATCH.test(call.url.pathname)) {
    // an OpenAI batch that has ended names its output and error files: its creator's to fetch
    const text = await upstream.text();
    const [output, error] = jsonFields(text, ["output_file_id", "error_file_id"]);
    const files = [output, error].filter((f) => f !== undefined);
    const batchId = call.url.pathname.slice("/v1/batches/".length);
    if (files.length > 0) await recordBatchOutputs(call, keyId, batchId, files, output);
    // a batch that ended with none of its requests run (cancelled before it started, expired,
    // failed): an answer of none, so what its run was charged is given back, once (red team R81-5:
    // a 50-line batch cancelled before it ran stayed charged 52,749)
    const none: Answer = { promptTokens: 0, completionTokens: 0, count: 0, whole: true, id: hash32(call.url.pathname), createdHash: anchorHash(batchId) };
    call.c.executionCtx.waitUntil(settle(endedUnrun(text) ? { ...fixed, answer: none } : fixed, upstream.status));
    return answer(call, new Response(text, upstream), decision, undefined, byCreator);
  }
  if (upstream.ok && MESSAGE_BATCHES.test(call.url.pathname)) {
    // the results location the origin names is its own: point it at the guard (the SDK follows it)
    const text = pointResultsAt(await upstream.text(), call.url.origin);
    call.c.executionCtx.waitUntil(settle(fixed, upstream.status));
    return answer(call, new Response(text, upstream), decision, undefined, byCreator);
  }
  if (fetched && upstream.ok && upstream.body) {
    // answers whose own request never saw their usage, fetched now: a background response that has
    // ended (red team R6-3, R4), a batch's results (R7-1: a hydra of one-item batches showed no
    // answers at all); read from a copy, once per id (Usage.answer)
    const [toClient, toRead] = upstream.body.tee();
    const sse = (upstream.headers.get("content-type") ?? "").includes("text/event-stream");
    // a response read on its retrieval path or by a cancel is one answer, read once (responseRead)
    const path = responseRead(req.method, call.url.pathname) ?? call.url.pathname;
    const id = hash32(path);
    // a response that ended with no answer (cancelled, failed) frees the slot its job held (R13-3)
    let ended = false;
    const read = fetched === "response"
      ? readCapped(toRead, MAX_RETRIEVED_BYTES).then((r) => {
          if (r === undefined) return undefined;
          if ("edges" in r) {
            // read at its two ends: its tool calls are not known, so nothing is given back (R80-3)
            const e = storedAnswerAtEdges(r.edges.head, r.edges.tail, sse);
            return e && { ...e, edges: true as const };
          }
          const a = storedAnswer(r.text, sse);
          ended = a === undefined && endedUnanswered(r.text, sse);
          return a;
        })
      : readResults(toRead, MAX_RESULTS_BYTES);
    call.c.executionCtx.waitUntil(
      read.then(async (a) => {
        // a batch's results are its answers' sums (BatchAnswers); a response is one answer, read by its id
        const responseId = path.slice("/v1/responses/".length);
        let got: Answer | undefined;
        let owner = reader;
        // (charged what they took beyond what the batch was charged, once: KeySnapshot.unread)
        if (a && "count" in a) {
          got = { ...a, id, createdHash: anchorHash(batchOf(call.url.pathname)) };
          // a batch of a group: what its creation was charged, from the group's record, once (the
          // creator's own may be gone, pushed out by 512 newer batches: red team R78-1; when it is
          // not, the creator's record is the one read, KeyEngine.chargeRead)
          if (owned.group !== undefined) {
            const charged = await groupCharge(call, owned.group, batchOf(call.url.pathname));
            if (charged !== null) got.charged = charged;
          }
        }
        else if (a) {
          got = { ...responseAnswer(a.usage, responseId, id), ...("edges" in a ? { edges: true as const } : {}) };
          // a response whose answer its own request left unread (answerLeftUnread: in the
          // background, or a stream cut before its usage) is its creator's to read, whichever key
          // fetched it; any other foreground response was read by its own request
          // (looked up before the request was forwarded: the id is storedId)
          if (createdBy !== null) owner = createdBy;
          else if (!a.background) got = undefined;
          // what its creating request was charged, from the registry, once: the creator's own record
          // may be gone, pushed out by 512 newer unread answers (red team R37-1)
          if (createdBy !== null && got !== undefined) {
            const charged = await takeCharged(call, keyId, responseId);
            if (charged !== null) got.charged = charged;
          }
        }
        if (ended) return settle({ ...fixed, ended: anchorHash(responseId) }, upstream.status);
        if (!got || owner === keyId) return settle(got ? { ...fixed, answer: got } : fixed, upstream.status);
        // fetched by another key (of the creator's batch group, or any key for a background
        // response): the creator's detection reads them
        return Promise.all([settle(fixed, upstream.status), observeFetched(call, owner, got)]).then(() => undefined);
      }),
    );
    // batch results fetched where embeddings are cut, or of a batch run where they were: their
    // embeddings cut as a degraded embeddings answer is (an embedding is cut in its answer)
    const keep = keptComponents(cfg.policy.degrade);
    const cut = (decision?.cutEmbeddings === true || owned.cut) && fetched === "results" && keep > 0;
    return answer(call, upstream, decision, cut ? toClient.pipeThrough(cutEmbeddingsStream(keep, null, false)) : toClient, byCreator || cut);
  }
  call.c.executionCtx.waitUntil(settle(fixed, upstream.status));
  return answer(call, upstream, decision, upstream.body, byCreator);
}

/** A stored response's usage as an answer read now, once (`id`: the hash of its read path). */
function responseAnswer(u: Usage, responseId: string, id: number): Answer {
  return { promptTokens: u.promptTokens, completionTokens: u.completionTokens, ...(u.reasoning ? { reasoning: u.reasoning } : {}), ...(u.hosted ? { hosted: u.hosted } : {}), id, createdHash: anchorHash(responseId) };
}

/** A GET the guard makes of the origin on its own account, with the client's credentials: the
 *  answer when it is a success with a body, else undefined (its body let go). */
async function originGet(call: Call, path: string, search: string, signal?: AbortSignal): Promise<Response | undefined> {
  const headers = upstreamRequestHeaders(call.req.headers, call.cfg.originAuthToken, call.cred, call.cfg.forwardHeaders);
  headers.delete("content-type");
  const res = await callUpstream({ upstreamUrl: call.cfg.upstreamUrl, path, search, method: "GET", headers, signal });
  if (res.ok && res.body) return res;
  await res.body?.cancel();
  return undefined;
}

/** A message batch or a list of them (retrieve, list, cancel): their `results_url` names the origin. */
const MESSAGE_BATCHES = /^\/v1\/messages\/batches(?:\/[^/]+(?:\/cancel)?)?$/;

/**
 * A batch's results or a file's content may be fetched only by the key that created the batch
 * through the guard (or uploaded the file, or was given it as its batch's output), or by a key of
 * its batch group (override batchGroup, set by the operator: red team R9-5): the answers must
 * reach the key that asked for them (red team R7-1: a collector key fetching every key's results
 * would leave the asking keys without answers and itself without asks). Returns the key whose
 * detection reads the answers: the creator (this key, or the group's record of who created it).
 */
async function mustOwn(call: Call, keyId: string): Promise<{ reader: string; cut: boolean; group?: string }> {
  const segs = call.url.pathname.split("/");
  const id = batchOf(call.url.pathname);
  type Access = { owns: boolean; group?: string; cut?: true };
  IO.doCalls++;
  const access = await (call.c.env.KEY_GUARD.getByName(keyId).outputAccess(id) as Promise<Access>);
  // (a grouped key's read takes the group's record of the charge too, so it is taken once: red team R78-1)
  if (access.owns) return { reader: keyId, cut: access.cut === true, ...(access.group !== undefined ? { group: access.group } : {}) };
  if (access.group !== undefined) {
    IO.doCalls++;
    const creator = await (call.c.env.BATCH_GROUP.getByName(access.group).creatorOf(id) as Promise<string | null>);
    if (creator !== null) {
      // (whether it ran where embeddings are cut: the creator's record says)
      IO.doCalls++;
      const made = await (call.c.env.KEY_GUARD.getByName(creator).outputAccess(id) as Promise<Access>);
      return { reader: creator, cut: made.cut === true, group: access.group };
    }
  }
  // Not "was not created with this key": the record may be older than 30 days, or pushed out by
  // newer batches, or the key may have lost it to an error; say what the guard knows.
  const what = segs[2] === "files"
    ? `File '${id}' is not one this API key may fetch through this gateway: there is no record of it being uploaded with this key, or of it being the output of a batch this key or a key of its batch group created (retrieve the batch with GET /v1/batches/{id} first).`
    : `Message batch '${id}' is not one this API key may fetch through this gateway: there is no record of it being created with this key or a key of its batch group.`;
  throw new GuardError(
    "not_found",
    `${what} Records are kept for 30 days (the ${MAX_OUTPUTS} newest per key). If another of your keys created it (a rotated key, another service), fetch it with that key, or ask the API provider to put your keys in one batch group or to move the batch to this key.`,
  );
}

/**
 * The files a request names as model input (request.ts namedFiles) must be ones this key may
 * reach under `batchResults: "owner"`: uploaded or given to it through the guard, or its batch
 * group's (red team R78-3: a key named another's document and batch output, which the origin
 * would read into its prompt). Refused with the provider-shaped 404 otherwise. Costs one call to
 * the key's object (two with a group) for a request that names files; none for one that does not.
 */
async function mayUseFiles(call: Call, keyId: string, ids: string[]): Promise<void> {
  if (ids.length === 0 || call.cfg.policy.batchResults !== "owner") return;
  IO.doCalls++;
  const { owned, group } = await (call.c.env.KEY_GUARD.getByName(keyId).ownedOf(ids, true) as Promise<{ owned: string[]; group?: string }>);
  let missing = ids.filter((id) => !owned.includes(id));
  if (missing.length > 0 && group !== undefined) {
    IO.doCalls++;
    const held = await (call.c.env.BATCH_GROUP.getByName(group).heldOf(missing, true) as Promise<string[]>);
    missing = missing.filter((id) => !held.includes(id));
  }
  if (missing.length === 0) return;
  throw new GuardError(
    "not_found",
    `File '${missing[0]}' is not one this API key may use through this gateway: there is no record of it being uploaded with this key or a key of its batch group, or of it being the output of a batch this key created. Upload it again with this key (POST /v1/files), or, if another of your keys uploaded it, ask the API provider to put your keys in one batch group or to move the file to this key; a record is kept 30 days from the file's last use (the ${MAX_INPUTS} most recently used per key).`,
  );
}

/** Whether a retrieved OpenAI batch ended with none of its requests run: cancelled, expired or
 *  failed, `request_counts.completed` 0 and no output file. */
function endedUnrun(text: string): boolean {
  try {
    const b = JSON.parse(text) as { status?: unknown; output_file_id?: unknown; request_counts?: { completed?: unknown } };
    return (b.status === "cancelled" || b.status === "expired" || b.status === "failed") && b.request_counts?.completed === 0 && (b.output_file_id === null || b.output_file_id === undefined);
  } catch {
    return false;
  }
}

/** A model input file the origin accepted (`POST /v1/files`, not a batch): this key's to retrieve,
 *  delete and name, and its batch group's (KeySnapshot.inputs). The answer, as the origin gave it. */
async function recordInput(call: Call, keyId: string, text: string): Promise<string> {
  const [id] = jsonFields(text, ["id"]);
  if (id === undefined) return text;
  try {
    IO.doCalls++;
    const group = await (call.c.env.KEY_GUARD.getByName(keyId).recordInput(id) as Promise<string | undefined>);
    if (group !== undefined) {
      IO.doCalls++;
      await (call.c.env.BATCH_GROUP.getByName(group).record(keyId, [[id, Date.now()]]) as Promise<void>);
    }
  } catch (e) {
    logEvent({ evt: "record_input_failed", keyId, error: safeError(e) });
  }
  return text;
}

/** The batches of a list whose output files it records (each costs a call or more to the key's object). */
const MAX_LISTED_RECORDS = 20;

/** Origin pages one list request reads at most, and the page size it asks for after the first:
 *  filtered to the key's own entries, a page of another key's batches would be empty (red team
 *  R85-1). */
const MAX_LIST_PAGES = 5;
const LIST_PAGE_SIZE = 100;

/** The page a list fills before it stops reading the origin's: the client's `limit`, else 20. */
function listWant(url: URL): { want: number; limit?: number } {
  const n = Number(url.searchParams.get("limit"));
  return Number.isSafeInteger(n) && n >= 1 ? { want: n, limit: n } : { want: 20 };
}

const idOf = (e: unknown): string | undefined => (typeof e === "object" && e !== null && typeof (e as { id?: unknown }).id === "string" ? (e as { id: string }).id : undefined);

const parseList = (text: string): Record<string, unknown> => {
  try {
    const v = JSON.parse(text) as unknown;
    return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

/**
 * A list of files or batches the origin answered, with only the entries this key may see (its
 * own, and its batch group's). An answer that is not such a list comes back empty: the guard does
 * not pass on what it cannot filter (default deny). A page left short by the filter is filled from
 * the origin's next pages (`after` / `after_id` its last entry; at most MAX_LIST_PAGES), so the
 * client's page holds its entries and its cursor (the last entry, `last_id`) leads on to the rest
 * (red team R85-1: a key whose batches were older than another key's 25 listed none, and
 * `has_more` with no cursor stopped the SDKs' paging). A list paged backwards (`before`,
 * `before_id`) is filtered page by page.
 */
async function ownEntries(call: Call, keyId: string, text: string): Promise<string> {
  const list = parseList(text);
  const { want, limit } = listWant(call.url);
  const backwards = call.url.searchParams.has("before_id") || call.url.searchParams.has("before");
  const kept: unknown[] = [];
  let page = list;
  let more = false;
  let scanned: string | undefined;
  for (let read = 1; ; read++) {
    const data = Array.isArray(page.data) ? (page.data as unknown[]) : [];
    kept.push(...(await visible(call, keyId, data)));
    more = page.has_more === true;
    scanned = idOf(data[data.length - 1]) ?? (typeof page.last_id === "string" ? page.last_id : undefined);
    if (kept.length >= want || !more || scanned === undefined || backwards || read >= MAX_LIST_PAGES) break;
    const next = await listPage(call, keyId, scanned);
    if (next === undefined) break;
    page = next;
  }
  const out = limit !== undefined && kept.length > limit ? kept.slice(0, limit) : kept;
  if (out.length < kept.length) more = true;
  // a list of the key's batches names their output and error files as a retrieval does: they are
  // its to fetch (red team R81-6: a job fetching each output_file_id from the list got 404s)
  if (call.url.pathname === "/v1/batches") {
    for (const e of out.slice(0, MAX_LISTED_RECORDS)) {
      const b = e as { id: string; output_file_id?: unknown; error_file_id?: unknown };
      const files = [b.output_file_id, b.error_file_id].filter((f): f is string => typeof f === "string" && f !== "");
      if (files.length > 0) await recordBatchOutputs(call, keyId, b.id, files, typeof b.output_file_id === "string" ? b.output_file_id : undefined);
    }
  }
  // the cursor: the last entry given; with none, where the reading stopped, so a client paging by
  // `last_id` goes on from there (never has_more with no cursor)
  const last = idOf(out[out.length - 1]) ?? (more ? scanned : undefined) ?? null;
  const firstLast = "first_id" in list || "last_id" in list ? { first_id: idOf(out[0]) ?? null, last_id: last } : {};
  return JSON.stringify({ ...list, object: list.object ?? "list", data: out, has_more: more, ...firstLast });
}

/** The entries of `data` this key may see: its own, and its batch group's. */
async function visible(call: Call, keyId: string, data: unknown[]): Promise<unknown[]> {
  const ids = data.map(idOf).filter((x) => x !== undefined);
  if (ids.length === 0) return [];
  IO.doCalls++;
  const { owned, group } = await (call.c.env.KEY_GUARD.getByName(keyId).ownedOf(ids) as Promise<{ owned: string[]; group?: string }>);
  const seen = new Set(owned);
  const rest = ids.filter((id) => !seen.has(id));
  if (group !== undefined && rest.length > 0) {
    IO.doCalls++;
    for (const id of await (call.c.env.BATCH_GROUP.getByName(group).heldOf(rest) as Promise<string[]>)) seen.add(id);
  }
  return data.filter((e) => seen.has(idOf(e) ?? ""));
}

/** The origin's next page of the list the client asked for, after entry `after`; undefined when
 *  the origin does not answer one within 5 s (the list then stops where it is, `has_more` set). */
async function listPage(call: Call, keyId: string, after: string): Promise<Record<string, unknown> | undefined> {
  const { url } = call;
  const q = new URLSearchParams(url.searchParams);
  q.set(url.pathname === "/v1/messages/batches" ? "after_id" : "after", after);
  q.set("limit", String(LIST_PAGE_SIZE));
  try {
    const res = await originGet(call, url.pathname, `?${q.toString()}`, AbortSignal.timeout(STORED_CONTEXT_TIMEOUT_MS));
    return res && parseList(await res.text());
  } catch (e) {
    logEvent({ evt: "list_page_failed", keyId, error: safeError(e) });
    return undefined;
  }
}

/** What the creation of the batch (or the run whose output file) `id` names was charged, from its
 *  batch group's record, once; null when not recorded, taken already or the group unreachable (logged). */
async function groupCharge(call: Call, group: string, id: string): Promise<number | null> {
  try {
    IO.doCalls++;
    return await (call.c.env.BATCH_GROUP.getByName(group).takeCharged(id) as Promise<number | null>);
  } catch (e) {
    logEvent({ evt: "group_charge_failed", group, error: safeError(e) });
    return null;
  }
}

/** Another key fetched the answers of a batch of `creator`'s group, or of a background response `creator`
 *  created: its detection reads them. */
async function observeFetched(call: Call, creator: string, answer: Answer): Promise<void> {
  IO.doCalls++;
  await (call.c.env.KEY_GUARD.getByName(creator).observeFetched(call.cfg.policy, creator, answer) as Promise<void>).catch((e) =>
    logEvent({ evt: "observe_fetched_failed", keyId: creator, error: safeError(e) }),
  );
}

/** An OpenAI batch that has ended named its output and error files: its creator's to fetch, and
 *  its batch group's when the retrieving key has one (the retrieving key may be any of the group). */
async function recordBatchOutputs(call: Call, keyId: string, batchId: string, files: string[], outputFileId: string | undefined): Promise<void> {
  try {
    IO.doCalls++;
    const r = await (call.c.env.KEY_GUARD.getByName(keyId).recordBatchOutputs(batchId, files, outputFileId) as Promise<{ recorded: boolean; group?: string }>);
    if (r.group === undefined) return;
    IO.doCalls++;
    const creator = await (call.c.env.BATCH_GROUP.getByName(r.group).recordBatchOutputs(batchId, files, outputFileId) as Promise<string | null>);
    // another key of the group retrieved it: the creator's own record takes the files too, with
    // what its record of the batch says of them (embeddings cut: red team R70-1, a clean key of
    // the group fetched a degraded creator's results whole)
    if (!r.recorded && creator !== null && creator !== keyId) {
      IO.doCalls++;
      await (call.c.env.KEY_GUARD.getByName(creator).recordBatchOutputs(batchId, files, outputFileId) as Promise<{ recorded: boolean }>);
    }
  } catch (e) {
    logEvent({ evt: "record_output_failed", keyId, error: safeError(e) });
  }
}

/** Largest retrieved response read whole for its usage (beyond it, only its two ends are kept: TextEdges). */
const MAX_RETRIEVED_BYTES = 8 * 1024 * 1024;

/** Most of a batch's results read for their answers (line by line, never held whole); the answers
 *  past it are passed on unread (those read stand for the batch's). */
const MAX_RESULTS_BYTES = 64 * 1024 * 1024;

/** The text of a stream; past `maxBytes`, only its two ends (TextEdges: red team R14-1, an answer
 *  made big by logprobs went unread, so uncharged). Undefined when it breaks. Never throws. */
async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<{ text: string } | { edges: TextEdges } | undefined> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const text = new CappedText(maxBytes);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        text.add(decoder.decode(), 0);
        return text.read();
      }
      text.add(decoder.decode(value, { stream: true }), value.byteLength);
    }
  } catch {
    return undefined;
  }
}

/** The answers of a batch's results (BatchResults), up to `maxBytes` of them. Never throws. */
async function readResults(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<BatchAnswers | undefined> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const results = new BatchResults();
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        results.push(decoder.decode());
        return results.end(true);
      }
      bytes += value.byteLength;
      if (bytes > maxBytes) {
        await reader.cancel();
        return results.end();
      }
      results.push(decoder.decode(value, { stream: true }));
    }
  } catch {
    return results.end();
  }
}

/**
 * The crowd of the key's cohort shard, read before a batch that asks in the extraction profile's
 * shape (detect/link.ts askedProfile) is decided (applyAskedCohort: the key decides whether it is
 * young enough to take it). Undefined when the shard does not answer in time (no evidence: the
 * batch is decided as before).
 */
async function askedCrowd(call: Call, keyId: string): Promise<number | undefined> {
  try {
    IO.shardCalls++;
    return await withTimeout(call.c.env.LINK_REGISTRY.getByName(cohortShard(keyId)).crowd() as Promise<number>, call.cfg.doTimeoutMs / 4);
  } catch (e) {
    logEvent({ evt: "link_failed", shard: cohortShard(keyId), error: safeError(e) });
    return undefined;
  }
}

/** Inner requests of a batch per Durable Object call (bounded RPC size; detection sees them all). */
const BATCH_CHUNK = 1000;

/**
 * A batch upload: every inner request is checked, estimated and seen by detection as if sent on
 * its own; the whole batch is admitted or refused at once, before the origin sees a byte of it.
 * Its reservation is kept at settlement (the answers come later, from the origin's batch runner).
 */
async function batch(call: Call, format: BatchFormat): Promise<Response> {
  const { req, cfg } = call;
  const bytes = await readBody(req, cfg.maxBatchBytes);
  const anthropicFiles = req.headers.has("anthropic-version") || req.headers.has("anthropic-beta");
  const batchBody = format === "openai-file" ? await openaiUpload(bytes, req.headers.get("content-type") ?? "", anthropicFiles) : anthropicBatch(bytes);
  // a model input (a PDF, an image) uploaded for later requests to name: a free request, the
  // upload forwarded as sent
  if (batchBody.inputFile) return free(call, 0, bytes);
  const items = batchBody.items;
  const keyId = await keyIdFor(call.cred.key, cfg.keySecret);
  const net = cfg.policy.detection.mode !== "off" ? netMeta(req, cfg.trustClientIpHeader) : undefined;
  const { preps, signals, degradedTokens, promptTokens, reservedTokens: fullTokens, items: asks } = planBatch(items, prepareOptionsOf(cfg.policy), cfg.policy.degrade, net, frameFor(keyId));
  await mayUseFiles(call, keyId, [...new Set(preps.flatMap((p) => namedFiles(p.body)))]);
  let reservedTokens = fullTokens;
  const requestId = crypto.randomUUID();
  const solved = await solutionOf(call, keyId, "batch");
  const asked = askedProfile(signals);
  const crowd = asked ? await askedCrowd(call, keyId) : undefined;
  const decision = await decideWith(call, keyId, "batch", async (stub) => {
    // Every chunk but the last only feeds detection; the last decides for the whole batch.
    let from = 0;
    for (; signals.length - from > BATCH_CHUNK; from += BATCH_CHUNK) {
      const chunk = { keyId, webhook: cfg.webhook, requestId, requests: 0, reservedTokens: 0, signals: signals.slice(from, from + BATCH_CHUNK), decide: false };
      IO.doCalls++;
      await stub.admitBatch(cfg.policy, chunk);
    }
    const last = { keyId, webhook: cfg.webhook, requestId, requests: items.length, reservedTokens, degradedTokens, signals: signals.slice(from), decide: true, solved, crowd, ...(asks > items.length ? { items: asks } : {}) };
    IO.doCalls++;
    return (await stub.admitBatch(cfg.policy, last)) as Decision | undefined;
  });
  if (decision && !decision.served) return refusal(call, keyId, "batch", decision);
  // Every inner request reaches the origin as prepared (with the output cap it reserved:
  // withReservedCap); a degraded batch's degraded.
  const rebuilt = decision?.degrade ? batchBody.forward((it, i) => degradeBody(it.kind, preps[i]!.body, cfg.policy.degrade).body) : batchBody.forward((_, i) => preps[i]!.body);
  if (decision?.degrade) reservedTokens = degradedTokens;
  const settle = settler(call, keyId, decision, asked);
  // the origin gets the batch as the guard parsed it (a FormData sets its own multipart boundary)
  const upstream = await forward(call, keyId, "batch", rebuilt, settle, typeof rebuilt === "string" ? "application/json" : null);
  const usage: Usage = upstream.ok ? { promptTokens, completionTokens: reservedTokens - promptTokens, estimated: true } : { promptTokens: 0, completionTokens: 0, batchRequests: items.length };
  call.c.executionCtx.waitUntil(settle(usage, upstream.status));
  if (!upstream.ok) return answer(call, upstream, decision);
  const text = await upstream.text();
  const id = jsonField(text, "id");
  if (id !== undefined && format === "openai-file") {
    // Remember the file and its cost before the client hears of it: a batch created from it is a
    // run of all its requests (see batchRun).
    const url = String(items[0]!.line!.url);
    IO.doCalls++;
    await (call.c.env.KEY_GUARD.getByName(keyId).recordFile(id, items.length, reservedTokens, url, decision?.degrade === true, asks, decision?.cutEmbeddings === true) as Promise<void>).catch((e) =>
      logEvent({ evt: "record_file_failed", keyId, error: safeError(e) }),
    );
  } else if (id !== undefined) await recordOutput(call, keyId, id, { tokens: reservedTokens });
  return answer(call, new Response(text, upstream), decision);
}

/** A string field of a JSON object (at most 256 characters: an id), else undefined. */
function jsonField(text: string, name: string): string | undefined {
  return jsonFields(text, [name])[0];
}

/** Of `names`, the string fields of a JSON object of at most 256 characters (ids), each at its
 *  name's place (undefined where absent or not such a string); the text is parsed once. */
function jsonFields(text: string, names: readonly string[]): (string | undefined)[] {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return [];
  }
  return names.map((n) => {
    const v = o?.[n];
    return typeof v === "string" && v.length <= 256 ? v : undefined;
  });
}

/**
 * Background responses, by id, with the key that created them (red team R11-1: every ask a
 * background response, the answers retrieved by collector keys that ask nothing, hid a farm
 * completely: the asking keys never read an answer), and stored responses whose foreground
 * stream was cut before its usage (red team R12-7): every response whose answer its own request
 * left unread (usage.ts answerLeftUnread). Such an answer, fetched by any key, is read by its
 * creator's detection. The registry is BACKGROUND_SHARDS BatchGroup objects chosen by the id's
 * hash (`background:N`: no operator's group name has a colon), each bounded and aged like a group;
 * one call per such response created, one per retrieval of an ended response, and one when its
 * answer is read (what its request was charged: takeCharged), detection on or off (red team R37-2).
 */
const BACKGROUND_SHARDS = 64;
function backgroundRegistry(call: Call, id: string) {
  return call.c.env.BATCH_GROUP.getByName(`background:${hash32(id) % BACKGROUND_SHARDS}`);
}

/** Remember which key created the response `id` whose answer its request left unread, and what
 *  that request was charged (`u`'s tokens), off the request's path. */
async function recordBackground(call: Call, keyId: string, id: string, u: Usage, itemIds: string[] = []): Promise<void> {
  try {
    IO.doCalls++;
    await (backgroundRegistry(call, id).record(keyId, [[id, Date.now()]], u.promptTokens + (u.contextTokens ?? 0) + u.completionTokens) as Promise<void>);
    // its output items, which another key's turn may name by `item_reference` (red team R90-1: a
    // denied key's answers read through them and that turn's input_items), each where its id shards
    IO.doCalls += itemIds.length;
    await Promise.all(itemIds.map((item) => backgroundRegistry(call, item).record(keyId, [[item, Date.now()]]) as Promise<void>));
    // this isolate knows the job's creator: its polls, and a turn continuing it, ask no registry
    rememberCreator(id, keyId);
  } catch (e) {
    logEvent({ evt: "record_background_failed", keyId, error: safeError(e) });
  }
}

/** What the request that created the stored response `id` was charged, once (BatchGroup
 *  takeCharged); null when unknown, taken already, or the registry unreachable (logged). */
async function takeCharged(call: Call, keyId: string, id: string): Promise<number | null> {
  if (TAKEN.has(id)) return null;
  try {
    IO.doCalls++;
    const charged = await (backgroundRegistry(call, id).takeCharged(id) as Promise<number | null>);
    TAKEN.add(id);
    if (TAKEN.size > MAX_CREATORS) TAKEN.delete(TAKEN.values().next().value!);
    return charged;
  } catch (e) {
    logEvent({ evt: "background_charge_failed", keyId, error: safeError(e) });
    return null;
  }
}

/** The key that created the response `id` through the guard with its answer left unread (null:
 *  none known, or the registry unreachable: the fetching key reads a background answer, and
 *  nobody a foreground one). */
async function backgroundCreator(call: Call, keyId: string, id: string): Promise<string | null> {
  const known = CREATORS.get(id);
  if (known !== undefined) return known;
  try {
    IO.doCalls++;
    const creator = await (backgroundRegistry(call, id).creatorOf(id) as Promise<string | null>);
    if (creator !== null) rememberCreator(id, creator);
    return creator;
  } catch (e) {
    logEvent({ evt: "background_creator_failed", keyId, error: safeError(e) });
    return null;
  }
}

function rememberCreator(id: string, creator: string): void {
  CREATORS.set(id, creator);
  if (CREATORS.size > MAX_CREATORS) CREATORS.delete(CREATORS.keys().next().value!);
}

/** Whether a Responses body continues a job this isolate knows is a background job left unread
 *  by its own request (its creator known here: it was made or looked up here). A turn answered in
 *  the foreground on such a job reads the job's record (readContinued): the job is read, its slot
 *  freed, its reservation trued up (red team R87-1: an agent continuing each job it heard of by
 *  webhook, never retrieving it, was refused for slots the ended jobs held, and charged 2.2x).
 *  Elsewhere such a job is read when retrieved, or its slot lapses after `backgroundHoldSeconds`. */
function continuesKnownJob(body: Record<string, unknown>): boolean {
  const prev = body.previous_response_id;
  return typeof prev === "string" && CREATORS.has(prev);
}

/** This isolate's memory of each key's last prompt-cache read per cached prefix (R43-6). */
const CACHE_READS = new CacheReads();

/** Creators the registry named, by response id, in this isolate (a response's creator never
 *  changes: a job's polls after the first cost no call). Not the ids it did not know: one may be
 *  registered a moment after its creation's answer reached the client. */
const CREATORS = new Map<string, string>();
/** Responses whose creating request's charge this isolate took from the registry (or found taken):
 *  a job's polls after its answer was read cost no call. */
const TAKEN = new Set<string>();
/** Responses this isolate answered in full, in the foreground, by id: the key they were answered to
 *  (never registered, so a turn of that key continuing one has no creator to look up: mayContinue). */
const ANSWERED = new Map<string, string>();
const MAX_CREATORS = 4096;

/** What the creator's standing lets another key do with its stored response (KeyEngine
 *  gateForOthers); its object unreachable: served (logged), as when the registry is. */
async function gateForOthers(call: Call, creator: string, byDeny = true): Promise<"serve" | "degrade" | "refuse"> {
  try {
    IO.doCalls++;
    return await (call.c.env.KEY_GUARD.getByName(creator).gateForOthers(call.cfg.policy, byDeny) as Promise<"serve" | "degrade" | "refuse">);
  } catch (e) {
    logEvent({ evt: "creator_gate_failed", keyId: creator, error: safeError(e) });
    return "serve";
  }
}

/**
 * Who created the stored response `id` (backgroundCreator) and what the creator's standing lets
 * `keyId` do with it: a response whose answer its own request left unread (registered: in the
 * background, or a stream cut before its usage) created by another key is held to that key's
 * standing as well (gateForOthers); any other is this key's own business ("serve"). Within a batch
 * group the operator set, a denied creator is a rotated-out key whose running jobs its successor
 * retrieves, continues and cancels, as it fetches its batches (red team R84-2: a rotation left the
 * old key's jobs running at the origin, billed, and unreadable by either key).
 */
async function storedGate(call: Call, keyId: string, id: string): Promise<{ createdBy: string | null; gate: "serve" | "degrade" | "refuse" }> {
  const createdBy = await backgroundCreator(call, keyId, id);
  if (createdBy === null || createdBy === keyId) return { createdBy, gate: "serve" };
  const gate = await gateForOthers(call, createdBy);
  return { createdBy, gate: gate === "refuse" && (await sameBatchGroup(call, keyId, createdBy)) ? await gateForOthers(call, createdBy, false) : gate };
}

/**
 * A Responses turn that continues `prev` (its `previous_response_id`) is held, as a retrieval of
 * that response is (free()), to the standing of the key that created it: the turn's context is
 * the creator's answers, which its `input_items` then list verbatim (red team R84-3: a denied key's
 * 4 background answers, refused to another key on every direct read, were read in full through a
 * 16-token continuation; R16-5). A response this isolate answered to this key itself, not left
 * unread, costs no lookup (a chat's turns, ANSWERED); any other costs one registry read, and
 * another key's a read of its creator's standing, made beside the key's own decision (metered()).
 */
async function mayContinue(call: Call, keyId: string, prev: unknown, items: string[]): Promise<void> {
  const named = [...(typeof prev === "string" && ANSWERED.get(prev) !== keyId ? [prev] : []), ...items];
  const gates = await Promise.all(named.map((id) => storedGate(call, keyId, id)));
  const refused = named.find((_, i) => gates[i]!.gate === "refuse");
  if (refused === undefined) return;
  throw new GuardError(
    "creator_restricted",
    `${refused === prev ? "Response" : "Item"} '${refused}' was created with another API key, whose access is currently restricted; it may not be ${refused === prev ? "continued" : "named"} with this key. Use it with the key that created it (if that key is asked to solve a challenge, its client can), or ask the API provider.`,
  );
}

/** Distinct ids a Responses input names by `item_reference`, each looked up (mayContinue); more than
 *  MAX_ITEM_REFERENCES is refused (a list that long is no context an app keeps, and each costs a
 *  registry read). */
function itemReferences(input: unknown): string[] {
  if (!Array.isArray(input)) return [];
  const ids = new Set<string>();
  for (const it of input) {
    const o = it as Record<string, unknown> | null;
    if (o !== null && typeof o === "object" && o.type === "item_reference" && typeof o.id === "string") ids.add(o.id);
  }
  if (ids.size > MAX_ITEM_REFERENCES) throw new GuardError("invalid_request", `A request may name at most ${MAX_ITEM_REFERENCES} distinct items by item_reference (this one names ${ids.size}).`, { param: "input" });
  return [...ids];
}
const MAX_ITEM_REFERENCES = 256;

/** Remember that this isolate answered the stored response `id` to `keyId` in full (ANSWERED). */
function rememberAnswered(id: string, keyId: string): void {
  ANSWERED.set(id, keyId);
  if (ANSWERED.size > MAX_CREATORS) ANSWERED.delete(ANSWERED.keys().next().value!);
}

/** Whether two keys are in one batch group (two reads; on the refusal path only). Either object
 *  unreachable: not (the refusal stands). */
async function sameBatchGroup(call: Call, a: string, b: string): Promise<boolean> {
  try {
    IO.doCalls += 2;
    const [ga, gb] = await Promise.all([a, b].map((k) => call.c.env.KEY_GUARD.getByName(k).batchGroup() as Promise<string | undefined>));
    return ga !== undefined && ga === gb;
  } catch (e) {
    logEvent({ evt: "batch_group_read_failed", keyId: a, error: safeError(e) });
    return false;
  }
}

/** Remember, before the client hears of it, a batch this key created: its results are this key's
 *  to fetch (KeySnapshot.outputs; GUARD_POLICY.batchResults). */
async function recordOutput(call: Call, keyId: string, id: string, run?: { tokens?: number; fileId?: string; cut?: boolean }): Promise<void> {
  try {
    IO.doCalls++;
    const { group, charged } = await (call.c.env.KEY_GUARD.getByName(keyId).recordOutput(id, run) as Promise<{ group?: string; charged?: number }>);
    if (group === undefined) return;
    // the batch is its group's too, with what its creation was charged (src/state/batch-group.ts)
    IO.doCalls++;
    await (call.c.env.BATCH_GROUP.getByName(group).record(keyId, [[id, Date.now()]], charged) as Promise<void>);
  } catch (e) {
    logEvent({ evt: "record_output_failed", keyId, error: safeError(e) });
  }
}

/**
 * POST /v1/batches: run every request of an uploaded batch file. The file's upload was metered;
 * its first run counts one request, each later run of the same file the whole batch again. A file
 * not uploaded through the guard with this key is refused (its requests were never checked).
 */
async function batchRun(call: Call): Promise<Response> {
  const { cfg } = call;
  const body = parseJsonObject(await readBody(call.req, cfg.maxBodyBytes));
  const fileId = body.input_file_id;
  if (typeof fileId !== "string" || fileId === "") throw new GuardError("invalid_request", "Missing required parameter: 'input_file_id'.", { param: "input_file_id" });
  const keyId = await keyIdFor(call.cred.key, cfg.keySecret);
  const requestId = crypto.randomUUID();
  const solved = await solutionOf(call, keyId, "batch");
  const endpoint = typeof body.endpoint === "string" ? body.endpoint : undefined;
  const decision = await decideWith(call, keyId, "batch", (stub) => (IO.doCalls++, stub.admitRun(cfg.policy, { keyId, requestId, fileId, endpoint, solved, webhook: cfg.webhook }) as Promise<Decision>));
  if (decision?.cause === "unknown_file") {
    throw new GuardError(
      "invalid_request",
      "This input file was not uploaded through this gateway with this API key, or its lines name another endpoint; upload it again (POST /v1/files, purpose 'batch').",
      { param: "input_file_id" },
    );
  }
  if (decision?.cause === "undegradable") {
    throw new GuardError(
      "reupload_required",
      "This API key's access is reduced, and this input file's requests were uploaded as sent, so they cannot be run as they are. Upload the file again (POST /v1/files, purpose 'batch'): its requests are then written at the reduced level and can be run.",
      { param: "input_file_id" },
    );
  }
  if (decision && !decision.served) return refusal(call, keyId, "batch", decision);
  const settle = settler(call, keyId, decision);
  const upstream = await forward(call, keyId, "batch", JSON.stringify(body), settle, "application/json");
  const reserved = decision?.reservedTokens ?? 0;
  call.c.executionCtx.waitUntil(settle(upstream.ok ? { promptTokens: 0, completionTokens: reserved, estimated: true } : { promptTokens: 0, completionTokens: 0, runOf: fileId }, upstream.status));
  if (!upstream.ok) return answer(call, upstream, decision);
  const text = await upstream.text();
  const id = jsonField(text, "id");
  if (id !== undefined) await recordOutput(call, keyId, id, decision?.cutEmbeddings === true ? { fileId, cut: true } : { fileId });
  return answer(call, new Response(text, upstream), decision);
}

async function metered(call: Call, kind: MeteredKind): Promise<Response> {
  const { req, cfg } = call;
  // The body must parse as JSON whatever Content-Type says (curl -d sends form-urlencoded).
  const bytes = await readBody(req, cfg.maxBodyBytes);
  const prepOpts = prepareOptionsOf(cfg.policy);
  let prep = prepare(kind, bytes, prepOpts);
  const keyId = await keyIdFor(call.cred.key, cfg.keySecret);
  await mayUseFiles(call, keyId, namedFiles(prep.body));
  // a turn continuing another key's registered response: its creator's standing, read beside the
  // decision and before anything is forwarded (mayContinue); resolves to the refusal, if any
  const chained = kind === "responses" ? mayContinue(call, keyId, prep.body.previous_response_id, itemReferences(prep.body.input)).then(() => undefined, (e: unknown) => e) : undefined;
  const requestId = crypto.randomUUID();

  let signals: RequestSignals | undefined;
  if (cfg.policy.detection.mode !== "off") {
    try {
      signals = extractSignals(prep.view, netMeta(req, cfg.trustClientIpHeader), frameFor(keyId));
    } catch (e) {
      // Detection must never break serving: record and go on without signals.
      logEvent({ evt: "detect_error", keyId, error: safeError(e) });
    }
  }

  const solved = await solutionOf(call, keyId, kind);
  // What the request reserves if the key's standing degrades it (the object decides which applies).
  const degradedTokens = degradedReservation(kind, prep.body, prep.promptTokens, cfg.policy.degrade) + (prep.hostedReserved ?? 0);
  // a background response's slot is held past its answer, which only the object counts (R13-3)
  const background = kind === "responses" && prep.body.background === true;
  const items = itemsAsked(kind, prep.body);
  // a cached prefix this key's last answer read from (or wrote to) the origin's cache is reserved
  // at the share its reads are settled at (red team R43-6); each answer's are noted for the next
  const cached = prep.cachePrefix;
  const cacheOff = cached ? CACHE_READS.discount(keyId, cached, cfg.policy.cacheReadShare, Date.now()) : 0;
  const hot = await decideHot(call, keyId, kind, { requestId, route: kind, reservedTokens: prep.reservedTokens - cacheOff, degradedTokens: Math.max(0, degradedTokens - cacheOff), signals, solved, background, ...(items > 1 ? { items } : {}) });
  const { decision } = hot;
  const settle = cached ? (u: Usage, status: number): Promise<void> => (CACHE_READS.note(keyId, cached, Math.max(u.cacheRead ?? 0, u.cacheWrite ?? 0), Date.now()), hot.settle(u, status)) : hot.settle;
  if (decision && !decision.served) {
    const calls = prep.hostedReserved ? Object.values(prep.hostedAsked ?? {}).reduce((a, b) => a + b, 0) : 0;
    const tokens = decision.degrade ? degradedTokens : prep.reservedTokens;
    return refusal(call, keyId, kind, decision, { kind, tokens: tokens - cacheOff, prompt: prep.promptTokens, calls, callTokens: prep.hostedReserved ?? 0 });
  }
  // Served, with what makes the answer worth harvesting removed (and reserved as such).
  if (decision?.degrade) prep = prepareBody(kind, degradeBody(kind, prep.body, degradeOf(cfg.policy.degrade, decision)).body, prepOpts);
  // a degraded embedding keeps its first components (degrade-embeddings.ts): asked of the origin
  // where the model takes `dimensions`, and cut from the answer in every case
  const keep = keptComponents(cfg.policy.degrade);
  let embedCut: { keep: number; length: number | null } | undefined;
  if (decision?.cutEmbeddings && kind === "embeddings" && keep > 0) {
    const asked = degradeEmbeddingsRequest(prep.body, keep);
    if (asked.changed.length > 0) prep = prepareBody(kind, asked.body, prepOpts);
    embedCut = { keep, length: asked.length };
  }

  // refused for the creator of the response it continues: its admission is given back and the origin
  // never sees it (red team R90-2, R90-3: a turn refused only once the origin answered had the
  // origin bill whole answers the guard could not price, and background jobs run on with no slot)
  const stop = chained && (await chained);
  if (stop !== undefined) {
    call.c.executionCtx.waitUntil(settle({ promptTokens: 0, completionTokens: 0 }, 0));
    throw stop;
  }
  // The origin gets the body as the guard parsed it, never the client's bytes: no second reading
  // of duplicate keys ({"max_tokens":1,"max_tokens":99999}) or odd encodings can differ from what
  // was metered.
  const upstream = await forward(call, keyId, kind, prep.rewrittenBody ?? JSON.stringify(prep.body), settle, "application/json");
  if (!upstream.body) {
    call.c.executionCtx.waitUntil(settle({ promptTokens: 0, completionTokens: 0 }, upstream.status));
    return answer(call, upstream, decision, null);
  }
  const sse = (upstream.headers.get("content-type") ?? "").includes("text/event-stream");
  let body: ReadableStream<Uint8Array> = upstream.body;
  // a degraded key's embeddings: every vector cut as the answer streams (degrade-embeddings.ts)
  const cutting = upstream.ok ? embedCut : undefined;
  if (cutting) body = body.pipeThrough(cutEmbeddingsStream(cutting.keep, cutting.length));
  if (!sse) {
    // A non-streamed answer is read whole when its declared length is small, or, of unknown length,
    // when it is small and comes at once (whole-body.ts): its usage is known before it leaves, and
    // it leaves as one buffer the runtime sends natively, not through the tap's stream.
    let read: ArrayBuffer | WholeOrHead;
    try {
      read = !cutting && readsWhole(upstream.headers, MAX_TAPPED_JSON_BYTES) ? await upstream.arrayBuffer() : await readWholeOrHead(body, MAX_UNSIZED_WHOLE_BYTES, UNSIZED_WHOLE_MS);
    } catch (e) {
      // cut off mid-answer: settled as the tap settles a broken stream (the origin did the work)
      logEvent({ evt: "upstream_error", keyId, route: kind, error: safeError(e) });
      call.c.executionCtx.waitUntil(settle(settledUsage({ streamedChars: 0, outcome: "error" }, ranAtOrigin(upstream), prep), upstream.status));
      // (a degraded key gets no vector whole: an answer the cut cannot read is not served)
      // (not to be retried: the origin answered, and billed, and would answer the same again)
      if (e instanceof CutError) throw new GuardError("upstream_unavailable", "The upstream API's embeddings answer could not be read as a list of vectors, which this key's degraded access needs.", { headers: { "x-should-retry": "false" } });
      throw new GuardError("upstream_unavailable", "The upstream API's answer was cut off.");
    }
    if (read instanceof ArrayBuffer || "whole" in read) {
      const whole = read instanceof ArrayBuffer ? read : read.whole;
      const { usage, responseId } = jsonFacts(new TextDecoder().decode(whole), prep.body.tools);
      const settled = settlement({ usage, usageFinal: usage !== undefined, streamedChars: 0, outcome: "complete", responseId }, ranAtOrigin(upstream), prep, kind, signals, decision?.degrade === true);
      // quotas charge a background answer when it is read, detection on or off (KeySnapshot.unread);
      // while it runs it holds the slot its request took (red team R13-3)
      if (upstream.ok && responseId !== undefined && background) {
        settled.createdHash = anchorHash(responseId);
        if (settled.estimated) settled.running = true;
      } else if (upstream.ok && responseId !== undefined && kind === "responses") rememberAnswered(responseId, keyId);
      // a queued job, or a turn on a job this isolate knows, that continues a stored response:
      // settled once that response's record is read (readContinued); a queued job's next turns
      // wait for it
      const continued = upstream.ok && (background ? settled.estimated === true && settled.context !== undefined : continuesKnownJob(prep.body));
      const release = continued && background ? holdDecisions(keyId, 2 * STORED_CONTEXT_TIMEOUT_MS) : undefined;
      call.c.executionCtx.waitUntil(
        (async () => {
          try {
            if (continued) await readContinued(call, keyId, prep, settled);
            await settle(settled, upstream.status);
          } finally {
            release?.();
          }
          if (upstream.ok && responseId !== undefined && background) await recordBackground(call, keyId, responseId, settled);
        })(),
      );
      return answer(call, upstream, decision, whole);
    }
    // larger, or still coming: tapped from what was read
    body = restOf(read);
  }
  // A Responses stream the client leaves may be charged input the origin adds (priceCut below):
  // the key's next Responses turns wait from the moment the client goes (the incoming request's signal,
  // compatibility flag `enable_request_signal`), not from when the guard next writes to it, which
  // is when the origin's next chunk comes (red team R35-2: 8 turns admitted meanwhile)
  let early: (() => void) | undefined;
  // (a turn that names no stored context or prompt and is not stored itself has nothing to read)
  const storedInput = kind === "responses" && (contextOf(prep.body) !== undefined || templateOf(prep.body) !== undefined);
  const pricable = upstream.ok && prep.stream && kind === "responses" && !background && (prep.body.store !== false || storedInput);
  const onGone = (): void => void (early ??= holdDecisions(keyId, 2 * STORED_CONTEXT_TIMEOUT_MS + DRAIN_MS));
  if (pricable) call.req.signal?.addEventListener("abort", onGone, { once: true });
  const tapStart = Date.now();
  const tap = tapBody(body, {
    provider: call.provider,
    kind,
    sse,
    hideUsageChunk: sse && prep.hideUsageChunk,
    maxJsonBytes: MAX_TAPPED_JSON_BYTES,
    tools: prep.body.tools,
    ...(upstream.ok && unseenInput(kind, prep, background, storedInput, cfg.policy.models) ? { drainMs: DRAIN_MS } : {}),
    ...(pricable ? { onCancel: onGone } : {}),
  });
  call.c.executionCtx.waitUntil(
    tap.done.then(async (r) => {
      const left = upstream.ok && r.responseId !== undefined && kind === "responses" && answerLeftUnread(prep.body, prep.stream, r);
      if (upstream.ok && r.responseId !== undefined && kind === "responses" && !left) rememberAnswered(r.responseId, keyId);
      const visible = visibleOutput(kind, prep.body, call.cfg.policy.models) ? { tokensPerSecond: call.cfg.policy.streamTokensPerSecond, elapsedMs: Date.now() - tapStart } : undefined;
      const u = settlement(r, ranAtOrigin(upstream), prep, kind, signals, decision?.degrade === true, visible);
      const settleIt = (): Promise<void> => {
        // what a retrieval reads later is charged then, beyond what this settlement charges (KeySnapshot.unread)
        if (left && !u.estimated) u.unread = true;
        if (left) u.createdHash = anchorHash(r.responseId!);
        // a background stream cut before its end: the job runs on, holding its slot (R13-3)
        if (left && background && u.estimated) u.running = true;
        const done = settle(u, upstream.status);
        if (!left || r.responseId === undefined) return done;
        return Promise.all([done, recordBackground(call, keyId, r.responseId, u, r.itemIds)]).then(() => undefined);
      };
      // A Responses stream cut before its usage: the origin bills input the body does not carry (a
      // stored context or prompt; a background answer not streamed is charged it when read:
      // KeySnapshot.unread). The key's next Responses turns in this isolate wait until this one
      // is settled: each turn's reservation alone admitted the next before its charge landed (red
      // team R35-2).
      if (pricable) call.req.signal?.removeEventListener("abort", onGone);
      if (!(pricable && (u.seen !== undefined || u.estimated))) {
        early?.();
        if (upstream.ok && !background && continuesKnownJob(prep.body)) await readContinued(call, keyId, prep, u);
        return settleIt();
      }
      const release = early ?? holdDecisions(keyId, 2 * STORED_CONTEXT_TIMEOUT_MS + DRAIN_MS);
      try {
        await priceCut(call, keyId, prep, u, r.responseId);
        return await settleIt();
      } finally {
        release();
      }
    }),
  );
  return answer(call, upstream, decision, tap.stream);
}

/**
 * Whether a streamed request may carry input the origin bills and the guard cannot read back if
 * the client leaves before the usage: a background job (its record ends only with it), a Responses
 * turn not stored (no record) on a stored context or prompt, with a file or image, input named by id
 * (PromptView.refs) or tools the origin runs, a chat request with any of those but stored context,
 * an Anthropic message with tools the origin runs (its stream reports their results' input only at
 * its end; other input when it starts). Such a stream
 * is read on to its end for the origin's usage, at most DRAIN_MS (red team R36: 50k-token files
 * and templates on cut streams were charged each turn's reservation only; R39a-2: web search and
 * MCP results likewise). The origin then finishes the answer it would have stopped: its output
 * was charged at the cut already (the reservation). `storedInput`: the Responses body continues a
 * stored context or names a stored prompt.
 */
function unseenInput(kind: MeteredKind, prep: PreparedRequest, background: boolean, storedInput: boolean, models: ModelTraits): boolean {
  if (!prep.stream) return false;
  // (input named by id, PromptView.refs, is the origin's to add, as media are: red team R75-1, R75-2)
  const media = (prep.view.media ?? 0) > 0 || (prep.view.refs ?? 0) > 0;
  const tools = originRunsTools(kind, prep.body, models.runTools);
  if (kind === "chat") return media || tools;
  if (kind === "messages") return tools;
  if (kind !== "responses") return false;
  return background || (prep.body.store === false && (media || storedInput || tools));
}

/** How long a stream the client left is read on for its usage (unseenInput): within what a Worker
 *  may still do after its answer ends (30 s on Cloudflare). */
const DRAIN_MS = 20_000;

/**
 * What a Responses turn cut before its usage took at the origin (`u` is its settlement, changed in
 * place): its own stored record, read after the cut (`GET /v1/responses/{id}`), when the origin
 * keeps one and it has ended: its input and answer as billed, whatever stored context or prompt
 * template the origin added (Usage.recorded; red team R35-1: a 50k-token template was never
 * charged). Else, for a turn that continued a stored response, what that response's record says
 * it took (Usage.contextTokens; R33-2). The object adds what the key remembers of the context and
 * the template (KeyEngine.withContext).
 */
async function priceCut(call: Call, keyId: string, prep: PreparedRequest, u: Usage, responseId: string | undefined): Promise<void> {
  const own = responseId !== undefined && prep.body.store !== false ? await storedUsage(call, keyId, responseId) : undefined;
  if (own !== undefined) {
    u.promptTokens = Math.max(u.promptTokens, own.promptTokens);
    u.completionTokens = Math.max(u.completionTokens, own.completionTokens);
    // the record names the tool calls the turn made (its output items)
    if (own.hosted) u.hosted = own.hosted;
    else delete u.hosted;
    u.recorded = true;
    if (u.template !== undefined && u.context === undefined) u.templateTokens = templateTaken(u.promptTokens, prep);
    return;
  }
  await readContinued(call, keyId, prep, u);
}

/**
 * A Responses turn whose own usage the guard does not see (a background job queued, a stream cut
 * before its usage) that continues a stored response (`previous_response_id`): that response's
 * record at the origin, read now. What it took is the context this turn carries
 * (Usage.contextTokens; R33-2), whichever key made it (red team R86-1: a chain alternating two
 * keys, each job continuing the other key's, was charged 3.9x under). A record with usage shows the
 * response has ended; a background one, or a stream cut before its usage, was left unread by its
 * own request: it is read now, as a retrieval would read it, for its creator (the key's own
 * answer, or sent to the creator's object): what it took beyond its charge is charged once, its
 * held slot freed, and its creator's detection reads it (red team R86-3: a job's input the origin
 * expanded from `item_reference`s, 3.4x under; R84-5 and R86-2: a continuation frees the continued
 * job's slot only when its record says it ended, not because the origin accepted it).
 */
async function readContinued(call: Call, keyId: string, prep: PreparedRequest, u: Usage): Promise<void> {
  const prev = prep.body.previous_response_id;
  if (u.context === undefined || typeof prev !== "string" || prev === "") return;
  const took = await storedUsage(call, keyId, prev);
  if (took === undefined) return;
  u.contextTokens = Math.max(u.contextTokens ?? 0, took.promptTokens + took.completionTokens);
  const creator = await backgroundCreator(call, keyId, prev);
  // (a foreground response was read by its own request)
  if (creator === null) return;
  const got = responseAnswer(took, prev, hash32(`/v1/responses/${prev}`));
  const charged = await takeCharged(call, keyId, prev);
  if (charged !== null) got.charged = charged;
  if (creator === keyId) u.answer = got;
  else await observeFetched(call, creator, got);
}

/** What a stored prompt's template took of a turn's billed input: the input beyond the guard's
 *  (generous) estimate of the request's own. */
function templateTaken(billedInput: number, prep: PreparedRequest): number {
  return Math.max(0, billedInput - prep.promptTokens);
}

/** What a metered answer settles: its usage (settledUsage), with the exchange it was for detection
 *  (withExchange) and the stored context it continued or wrote for quotas (withContext). */
function settlement(
  r: Parameters<typeof settledUsage>[0] & { responseId?: string; edges?: true },
  ok: boolean,
  prep: PreparedRequest,
  kind: MeteredKind,
  signals: RequestSignals | undefined,
  degraded: boolean,
  visible?: VisibleOutput,
): Usage {
  const u = withContext(withExchange(settledUsage(r, ok, prep, visible), signals, r.responseId, degraded), kind, prep.body, r.responseId);
  // a chat request with `web_search_options`, or on a model that searches by itself, searched once
  // (OpenAI bills search models' call per request; the usage does not count it: red team R80-1),
  // whether or not its answer's usage was seen
  if (kind === "chat" && ok && prep.hostedAsked?.webSearch) u.hosted = addCalls(u.hosted, { webSearch: 1 });
  // an answer read at its two ends only (too big to copy aside): the calls its output items name
  // are not known, so it is charged the calls the request may make (red team R80-3: logprobs made
  // an answer of 40 searches 8 MiB, and it was charged none)
  else if (r.edges && ok && prep.hostedAsked) u.hosted = mostCalls(u.hosted, prep.hostedAsked);
  // a turn answered with its usage on a stored prompt (and no stored context): what its template took
  if (u.template !== undefined && u.context === undefined && !u.estimated && u.seen === undefined) u.templateTokens = templateTaken(u.promptTokens, prep);
  return u;
}

/**
 * The usage of the stored response `id` as the origin records it (its input and its answer), read
 * with the client's credentials (`GET /v1/responses/{id}`) for a turn cut before its usage
 * (priceCut). Undefined when the origin does not say (not found, not ended, not reached within
 * STORED_CONTEXT_TIMEOUT_MS): the turn is charged what the key knows.
 */
async function storedUsage(call: Call, keyId: string, id: string): Promise<Usage | undefined> {
  if (id === "" || id.length > MAX_RESPONSE_ID_CHARS) return undefined;
  // an ended response's record does not change: read once per isolate (red team R88-3: 12 turns
  // continuing one finished job read its record 12 times)
  const known = ENDED_RECORDS.get(id);
  if (known !== undefined) return known;
  try {
    const res = await originGet(call, `/v1/responses/${encodeURIComponent(id)}`, "", AbortSignal.timeout(STORED_CONTEXT_TIMEOUT_MS));
    if (res === undefined) return undefined;
    const r = await readCapped(res.body!, MAX_RETRIEVED_BYTES);
    const a = r === undefined ? undefined : "edges" in r ? storedAnswerAtEdges(r.edges.head, r.edges.tail, false) : storedAnswer(r.text, false);
    if (a !== undefined) {
      ENDED_RECORDS.set(id, a.usage);
      if (ENDED_RECORDS.size > MAX_CREATORS) ENDED_RECORDS.delete(ENDED_RECORDS.keys().next().value!);
    }
    return a?.usage;
  } catch (e) {
    logEvent({ evt: "stored_context_failed", keyId, error: safeError(e) });
    return undefined;
  }
}

/** The usage of ended responses whose records this isolate read (storedUsage), by id. */
const ENDED_RECORDS = new Map<string, Usage>();

/** Longest response id the guard looks up at the origin (OpenAI's are ~50 chars). */
const MAX_RESPONSE_ID_CHARS = 256;
/** How long a cut turn's settlement waits for each record it reads at the origin (its own, the context's). */
const STORED_CONTEXT_TIMEOUT_MS = 5_000;

/**
 * Usage to settle: the origin's final figures, else an estimate; an origin error costs nothing.
 * A stream cut short (the client gone before the final usage) keeps its whole reservation, or
 * what was streamed or reported if more: what the origin bills for it includes what was never
 * streamed (hidden reasoning before the first visible token, input it adds), so what was streamed
 * is no bound (red team R33-2: 20 reasoning answers cut after their first line were charged 940
 * tokens for 401,180 billed; F2b: 800 Chinese characters read as 220 tokens), and the providers'
 * own rate limits count the output cap too. A stream that ended without usage (an origin that
 * sends none) is charged what was streamed; a background response keeps its whole reservation
 * unless its final usage was seen (the origin goes on generating after the client leaves).
 */
/** A gateway in front of the model gave up waiting (504, Cloudflare's 524): the model may run on to
 *  its end and bill it, so the turn is settled as a stream its client left (its reservation, or
 *  what it streamed if more), not as an error that costs nothing (red team R90-5: six 30,000-token
 *  answers behind a 3 s gateway timeout were billed 180,066 and charged 6). */
const GATEWAY_TIMEOUT = new Set([504, 524]);

/** Whether the origin's answer is to be settled as work the origin did: a 2xx, or a gateway timeout. */
function ranAtOrigin(upstream: Response): boolean {
  return upstream.ok || GATEWAY_TIMEOUT.has(upstream.status);
}

export function settledUsage(
  r: { usage?: Usage; usageFinal?: boolean; streamedChars: number; outcome: string },
  ok: boolean,
  prep: Pick<PreparedRequest, "reservedTokens" | "promptTokens" | "stream" | "body" | "hostedAsked" | "hostedReserved">,
  visible?: VisibleOutput,
): Usage {
  // an origin error (non-2xx) costs no tokens, whatever usage its body carries (red team R89-3: a
  // 500 with a partial generation's usage was charged it, and each SDK retry of it again); `ok` is
  // also true of a gateway timeout (ranAtOrigin)
  if (!ok) return { promptTokens: 0, completionTokens: 0 };
  if (r.usage && r.usageFinal) return r.usage;
  // an answer without its final usage: the hosted calls it may have made are charged as such, apart
  // from its output (the reservation holds both: red team R80)
  const withCalls = (u: Usage): Usage => (prep.hostedAsked ? { ...u, hosted: prep.hostedAsked } : u);
  return withCalls(settledTokens(r, prep, visible));
}

/** settledUsage's tokens: the output the request reserved is its reservation less its prompt and
 *  its hosted calls. */
function settledTokens(
  r: { usage?: Usage; usageFinal?: boolean; streamedChars: number; outcome: string },
  prep: Pick<PreparedRequest, "reservedTokens" | "promptTokens" | "stream" | "body" | "hostedReserved">,
  visible?: VisibleOutput,
): Usage {
  const reservedTokens = prep.reservedTokens - (prep.hostedReserved ?? 0);
  const promptTokens = r.usage?.promptTokens || prep.promptTokens;
  // the cache reads of the input the origin reported (Anthropic's message_start), counted at the
  // policy's share as an answered turn's are (red team R43-5: a Stop on a 68k cached context took
  // 68,774 of tpd, 9.9x the 6,977 it counts at the share)
  const reads: Pick<Usage, "cacheRead"> = r.usage?.promptTokens && r.usage.cacheRead ? { cacheRead: r.usage.cacheRead } : {};
  const whole: Usage = { promptTokens, completionTokens: Math.max(0, reservedTokens - promptTokens), estimated: true, ...reads };
  if (prep.body.background === true) return whole;
  if (!prep.stream) return whole; // a complete answer without usage: we cannot know better, and must not undercharge
  const streamed = Math.max(r.usage?.completionTokens ?? 0, Math.ceil(r.streamedChars / CHARS_PER_TOKEN));
  if (r.outcome === "complete") return { promptTokens, completionTokens: streamed, ...reads };
  const cap = reservedTokens - prep.promptTokens;
  // an answer that hides nothing (visibleOutput): at most what the origin can have written while
  // the stream ran, and a second more while it learnt the client had gone, or what was streamed
  // at a token a character if more (an origin faster than the rate); never over the cap (red team
  // R39b-1: a Stop after ~60 tokens was charged 8,197 on a Claude cap of 8,192)
  if (visible !== undefined) {
    const written = Math.ceil((visible.tokensPerSecond * (Math.max(0, visible.elapsedMs) + 1000)) / 1000);
    return { promptTokens, completionTokens: Math.max(streamed, Math.min(cap, Math.max(written, r.streamedChars))), seen: streamed, ...reads };
  }
  // the output the request reserved (its cap), beside the input the origin reported if it did;
  // detection reads what was streamed as the answer (Usage.seen)
  return { promptTokens, completionTokens: Math.max(cap, streamed), seen: streamed, ...reads };
}

/** How long a stream ran and the origin's fastest rate, for an answer that hides nothing. */
export interface VisibleOutput {
  tokensPerSecond: number;
  elapsedMs: number;
}

/**
 * Whether every output token a streamed answer is billed for is one the stream shows, so that a
 * stream cut before its usage is bounded by what the origin can have written by then instead of
 * its cap: an Anthropic message without extended thinking (a model that thinks is billed its whole
 * thinking and may stream a summary of it), or a request to a model the operator names as one that
 * does not reason unseen (ModelTraits.visibleOutput) asking for no reasoning; in both cases with no
 * tools the origin runs (their results are input, read on to the end: unseenInput). An OpenAI
 * stream never says whether the model reasoned before its first visible token (reasoning models do
 * by default): for any other model its cap stands (red team R33-2).
 */
export function visibleOutput(kind: MeteredKind, body: Record<string, unknown>, models: ModelTraits = DEFAULT_MODEL_TRAITS): boolean {
  if (originRunsTools(kind, body, models.runTools)) return false;
  const given = (v: unknown): boolean => v !== undefined && v !== null;
  if (kind === "messages") {
    const t = body.thinking;
    return !(given(t) && !(typeof t === "object" && (t as Record<string, unknown>).type === "disabled"));
  }
  if (kind !== "chat" && kind !== "responses" && kind !== "completions") return false;
  return modelMatches(models.visibleOutput, body.model) && !given(body.reasoning_effort) && !given(body.reasoning);
}
