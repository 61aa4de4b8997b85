/**
 * The route table: the single source of truth for what reaches the origin. A request whose
 * method and path are not in it is refused; nothing is passed through unmetered.
 *
 * - metered: a JSON body the guard reads; admitted against every limit, seen by detection.
 * - batch:   a body that carries many requests (an OpenAI batch input file, an Anthropic message
 *            batch); every inner request is metered and seen by detection as if sent directly.
 * - free:    needs the key, obeys lists and the key's standing, counts one request against `rpm`
 *            and `concurrency` (plus a fixed token cost for operator routes that set one).
 *
 * Paths are matched only in canonical form (see canonicalPathProblem), case-sensitively.
 */
import type { Provider } from "../policy/types.ts";

export type MeteredKind = "chat" | "completions" | "responses" | "embeddings" | "messages";

/** openai-file: a batch input file upload; openai-run: creating a batch from an uploaded file. */
export type BatchFormat = "openai-file" | "openai-run" | "anthropic-batch";

export type RouteInfo =
  | { kind: MeteredKind; provider: Provider }
  | { kind: "batch"; provider: Provider; format: BatchFormat }
  | { kind: "free"; provider: Provider; tokens: number };

/** A route an operator adds in GUARD_POLICY.routes (validated by the config parser). */
export interface PolicyRoute {
  method: string;
  /** Canonical path; a `{id}` segment matches one resource id. */
  path: string;
  provider: Provider;
  /** Tokens charged per request (reserved at admission, kept at settlement). */
  tokens: number;
}

/** Methods a route may name. */
export const ROUTE_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

interface Entry {
  method: string;
  segments: string[];
  route: RouteInfo;
}

const openai = "openai" as const;
const anthropic = "anthropic" as const;
const FREE_OPENAI: RouteInfo = { kind: "free", provider: openai, tokens: 0 };
const FREE_ANTHROPIC: RouteInfo = { kind: "free", provider: anthropic, tokens: 0 };

/** The built-in table: [method, path, route]. */
const BUILT_IN: [string, string, RouteInfo][] = [
  ["POST", "/v1/chat/completions", { kind: "chat", provider: openai }],
  ["POST", "/v1/completions", { kind: "completions", provider: openai }],
  ["POST", "/v1/responses", { kind: "responses", provider: openai }],
  ["POST", "/v1/embeddings", { kind: "embeddings", provider: openai }],
  ["POST", "/v1/messages", { kind: "messages", provider: anthropic }],
  ["POST", "/v1/files", { kind: "batch", provider: openai, format: "openai-file" }],
  ["POST", "/v1/messages/batches", { kind: "batch", provider: anthropic, format: "anthropic-batch" }],
  ["GET", "/v1/models", FREE_OPENAI],
  ["GET", "/v1/models/{id}", FREE_OPENAI],
  ["POST", "/v1/messages/count_tokens", FREE_ANTHROPIC],
  ["GET", "/v1/files", FREE_OPENAI],
  ["GET", "/v1/files/{id}", FREE_OPENAI],
  ["GET", "/v1/files/{id}/content", FREE_OPENAI],
  ["DELETE", "/v1/files/{id}", FREE_OPENAI],
  ["POST", "/v1/batches", { kind: "batch", provider: openai, format: "openai-run" }],
  ["GET", "/v1/batches", FREE_OPENAI],
  ["GET", "/v1/batches/{id}", FREE_OPENAI],
  ["POST", "/v1/batches/{id}/cancel", FREE_OPENAI],
  // counts a Responses request's input tokens, as count_tokens does for a message (red team R39b-6)
  ["POST", "/v1/responses/input_tokens", FREE_OPENAI],
  ["GET", "/v1/responses/{id}", FREE_OPENAI],
  ["DELETE", "/v1/responses/{id}", FREE_OPENAI],
  ["POST", "/v1/responses/{id}/cancel", FREE_OPENAI],
  ["GET", "/v1/responses/{id}/input_items", FREE_OPENAI],
  ["GET", "/v1/messages/batches", FREE_ANTHROPIC],
  ["GET", "/v1/messages/batches/{id}", FREE_ANTHROPIC],
  ["GET", "/v1/messages/batches/{id}/results", FREE_ANTHROPIC],
  ["POST", "/v1/messages/batches/{id}/cancel", FREE_ANTHROPIC],
  ["DELETE", "/v1/messages/batches/{id}", FREE_ANTHROPIC],
];

const ID_PLACEHOLDER = "{id}";
/** A resource id segment: file-abc, batch_abc, msgbatch_01..., ft:gpt-4o-mini:org::id. */
const ID_SEGMENT = /^[A-Za-z0-9._:-]{1,256}$/;
/** Canonical path: segments of unreserved characters (plus ':'), no empty segment, no escapes. */
const CANONICAL = /^(?:\/[A-Za-z0-9._~:-]+)+$/;

function toEntry([method, path, route]: [string, string, RouteInfo]): Entry {
  return { method, segments: path.split("/").slice(1), route };
}

const BUILT_IN_ENTRIES = BUILT_IN.map(toEntry);

/** Why a path is not canonical, or undefined when it is. `/` itself is canonical (and unrouted). */
export function canonicalPathProblem(pathname: string): string | undefined {
  if (pathname === "/" || CANONICAL.test(pathname)) return undefined;
  if (pathname.includes("%")) return "percent-escapes are not accepted in the path";
  if (pathname.includes(";")) return "';' parameters are not accepted in the path";
  if (pathname.includes("//")) return "empty path segments are not accepted";
  if (pathname.endsWith("/")) return "a trailing '/' is not accepted";
  return "the path contains characters outside [A-Za-z0-9._~:-]";
}

/** Whether `path` is a valid policy route pattern (canonical, under /v1/, `{id}` segments allowed). */
export function validRoutePattern(path: string): boolean {
  if (!path.startsWith("/v1/")) return false;
  return path
    .split("/")
    .slice(1)
    .every((s) => s === ID_PLACEHOLDER || /^[A-Za-z0-9._~:-]+$/.test(s));
}

function segmentsMatch(pattern: string[], segs: string[]): boolean {
  if (pattern.length !== segs.length) return false;
  for (let i = 0; i < segs.length; i++) {
    const p = pattern[i]!;
    if (p === ID_PLACEHOLDER ? !ID_SEGMENT.test(segs[i]!) : p !== segs[i]) return false;
  }
  return true;
}

export type RouteMatch =
  | { ok: true; route: RouteInfo }
  | { ok: false; status: "not_found" | "method_not_allowed"; provider: Provider; allow?: string[] };

const policyEntryCache = new WeakMap<readonly PolicyRoute[], Entry[]>();

function policyEntries(extra: readonly PolicyRoute[]): Entry[] {
  let e = policyEntryCache.get(extra);
  if (!e) {
    e = extra.map((r) => toEntry([r.method, r.path, { kind: "free", provider: r.provider, tokens: r.tokens }]));
    policyEntryCache.set(extra, e);
  }
  return e;
}

/** Whether a method + path pattern is already served by the built-in table. */
export function builtInRouteExists(method: string, path: string): boolean {
  return builtInRoute(method, path) !== undefined;
}

/** The built-in route of exactly this method and path pattern, if there is one. */
export function builtInRoute(method: string, path: string): RouteInfo | undefined {
  const segs = path.split("/").slice(1).join("/");
  return BUILT_IN_ENTRIES.find((e) => e.method === method && e.segments.join("/") === segs)?.route;
}

/**
 * The route of a canonical path and method: the built-in table, then the operator's routes.
 * A path that exists with other methods answers method_not_allowed (with the methods it has).
 */
export function matchRoute(method: string, pathname: string, extra: readonly PolicyRoute[] = []): RouteMatch {
  const segs = pathname.split("/").slice(1);
  const allow: string[] = [];
  let provider: Provider | undefined;
  for (const list of [BUILT_IN_ENTRIES, policyEntries(extra)]) {
    for (const e of list) {
      if (!segmentsMatch(e.segments, segs)) continue;
      if (e.method === method) return { ok: true, route: e.route };
      if (!allow.includes(e.method)) allow.push(e.method);
      provider ??= e.route.provider;
    }
  }
  const p = provider ?? (pathname === "/v1/messages" || pathname.startsWith("/v1/messages/") ? anthropic : openai);
  return allow.length > 0 ? { ok: false, status: "method_not_allowed", provider: p, allow } : { ok: false, status: "not_found", provider: p };
}

/** Provider of a metered path (the replay CLI and error shapes of paths the table knows). */
export function providerOfPath(pathname: string): Provider | undefined {
  const segs = pathname.split("/").slice(1);
  for (const e of BUILT_IN_ENTRIES) if (segmentsMatch(e.segments, segs)) return e.route.provider;
  return undefined;
}

/** The provider whose error shape fits a request that matched no route (guess from headers). */
export function providerFromHeaders(headers: Headers): Provider {
  return headers.has("anthropic-version") || (headers.has("x-api-key") && !headers.has("authorization")) ? "anthropic" : "openai";
}

/**
 * The stored response a free request reads, as its retrieval path `/v1/responses/{id}`: `GET
 * /v1/responses/{id}`, and `POST /v1/responses/{id}/cancel`, which answers with the Response
 * object, its output and usage included when it had already completed (red team R12-2: background
 * answers taken from a cancel after completion, never retrieved, were never read). One path for
 * both, so an answer read on either is read once.
 */
export function responseRead(method: string, pathname: string): string | undefined {
  if (method === "GET" && /^\/v1\/responses\/[^/?]+$/.test(pathname)) return pathname;
  if (method === "POST" && /^\/v1\/responses\/[^/?]+\/cancel$/.test(pathname)) return pathname.slice(0, -"/cancel".length);
  return undefined;
}

/** The id of the stored response a request reads or acts on: its retrieval, its cancel, its
 *  input items (`GET /v1/responses/{id}/input_items`); undefined for any other request. */
export function storedResponseOf(method: string, pathname: string): string | undefined {
  const m = /^\/v1\/responses\/([^/?]+)(\/cancel|\/input_items)?$/.exec(pathname);
  if (!m) return undefined;
  const sub = m[2] ?? "";
  return (method === "GET" && sub !== "/cancel") || (method === "POST" && sub === "/cancel") ? m[1] : undefined;
}

/**
 * Free routes that fetch answers whose own request never saw their usage, read by detection:
 * - "response": `GET /v1/responses/{id}` or `POST /v1/responses/{id}/cancel` (responseRead), a
 *   stored or background response (read when it was created in the background: usage.ts
 *   backgroundAnswer);
 * - "results": `GET /v1/messages/batches/{id}/results` (an Anthropic batch's results) and
 *   `GET /v1/files/{id}/content` (an OpenAI batch's output file, or any other file: only result
 *   lines count), JSONL with one item's usage per line (usage.ts BatchResults).
 */
export function fetchedAnswers(method: string, pathname: string): "response" | "results" | undefined {
  if (responseRead(method, pathname) !== undefined) return "response";
  if (method !== "GET") return undefined;
  if (/^\/v1\/messages\/batches\/[^/?]+\/results$/.test(pathname) || /^\/v1\/files\/[^/?]+\/content$/.test(pathname)) return "results";
  return undefined;
}

/** A file or batch named by id, retrieved, cancelled or deleted (not its answers: fetchedAnswers):
 *  `GET`/`DELETE /v1/files/{id}`, `GET /v1/batches/{id}`, `POST /v1/batches/{id}/cancel`,
 *  `GET`/`DELETE /v1/messages/batches/{id}`, `POST /v1/messages/batches/{id}/cancel`. Under
 *  `batchResults: "owner"` only the key that uploaded or created it (or one of its batch group)
 *  may (red team R78-2: any key cancelled and deleted another's batches and files). */
export function namedResource(method: string, pathname: string): boolean {
  if (/^\/v1\/files\/[^/]+$/.test(pathname) || /^\/v1\/messages\/batches\/[^/]+$/.test(pathname)) return method === "GET" || method === "DELETE";
  if (OPENAI_BATCH.test(pathname)) return method === "GET";
  return method === "POST" && /^\/v1\/(?:messages\/)?batches\/[^/]+\/cancel$/.test(pathname);
}

/** A list of files or batches (`GET /v1/files`, `/v1/batches`, `/v1/messages/batches`): under
 *  `batchResults: "owner"` its entries are those the key may see (red team R78-2: every key's file
 *  names and batch ids were listed to any key). */
export function listsResources(method: string, pathname: string): boolean {
  return method === "GET" && (pathname === "/v1/files" || pathname === "/v1/batches" || pathname === "/v1/messages/batches");
}

/** The batch (message batch results) or output file (file content) whose answers `path` fetches
 *  (a path fetchedAnswers reads as "results"). */
export function batchOf(path: string): string {
  const segs = path.split("/");
  return segs[1 + segs.indexOf(segs[2] === "files" ? "files" : "batches")]!;
}

/** `GET /v1/batches/{id}`: an OpenAI batch retrieved (its output files are named once it ended). */
export const OPENAI_BATCH = /^\/v1\/batches\/[^/]+$/;

