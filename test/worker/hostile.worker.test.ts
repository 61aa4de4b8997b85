/**
 * Generated hostile-input suite, written to the guard's SPECIFICATION (route table, canonical
 * paths, one credential, numeric fields, provider error shapes). About 2,200 requests per run from
 * a fixed seed, every route x method x path spelling x header combination x body shape, against a
 * logging origin that answers 200 to everything (so any 4xx is the guard's own).
 *
 * Properties (one test each, reported with the offending requests):
 *  P1 the guard never answers 5xx;
 *  P2 every answer is a 2xx the origin produced or a provider-shaped JSON 4xx;
 *  P3 nothing unmetered reaches the origin (table route + method, one credential = the client's key,
 *     no api-key / x-goog-api-key / cookie / proxy-authorization, no client x-guard-origin-auth,
 *     no query credential, and no request the spec refuses);
 *  P4 counters exact: origin requests carrying a key (weighted by batch lines/items) = its served count;
 *  P5 a 2xx only for a well-formed request (the generator's oracle);
 *  P6 a refusal has the status / code / param the spec gives for the request's defects;
 *  P7 a well-formed request is served (guards against a guard that refuses everything).
 *
 * Reproduce: the seed is in the describe title (fc.sample with a fixed seed: same seed, same
 * request sequence); failures print request #i with its method, path, header names (keys shown as
 * K0..K3, throwaway as T) and a truncated body. To explore, change DEFAULT_SEED.
 */
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import worker from "../../src/index.ts";
import type { Env } from "../../src/env.ts";
import { handleMockRequest } from "../../src/mock/origin.ts";
import { call, keyIdOf, mockOrigin, newKey, stateOf, testEnv } from "./helpers.ts";
import { type Accept, type Provider, type RequestPlan, type Verdict, QUERY_CRED_NAMES, TABLE, isCanonical, requestArb, tableMatches, verdictOf } from "./hostile-gen.ts";

const DEFAULT_SEED = 20261202;
const DEFAULT_RUNS = 4000;

/** workerd does not see the host's environment: change the seed (or the count) here to explore. */
const SEED = DEFAULT_SEED;
const RUNS = DEFAULT_RUNS;
const POOL = 4;

/** Generous limits and no detection: every refusal must come from the input checks. */
const ORIGIN_TOKEN = "hostile-suite-origin-token";
const FORGED_ORIGIN_AUTH = "client-forged-origin-auth";
const OVERRIDES: Partial<Env> = {
  GUARD_POLICY: JSON.stringify({
    defaults: { rpm: 1_000_000_000, tpm: 1_000_000_000_000, tpd: 1_000_000_000_000, concurrency: 1_000_000 },
    detection: { mode: "off" },
    // each request's background work is awaited: no cold-key settlement waiting for a next call
    leases: { settleDeferMs: 0 },
  }),
  ORIGIN_AUTH_TOKEN: ORIGIN_TOKEN,
} as Partial<Env>;
/** One env object for the whole run, so the guard parses its configuration once. */
const ENV = { ...testEnv, ...OVERRIDES } as Env;

const METERED = new Set(TABLE.filter((r) => r.cls === "metered").map((r) => r.template));

// ---------------------------------------------------------------------------------------------
// The logging origin

interface Hit {
  method: string;
  pathname: string;
  search: string;
  headers: Record<string, string>;
  /** Inner requests it carries: JSONL lines of POST /v1/files, items of POST /v1/messages/batches. */
  weight: number;
}

let hits: Hit[] = [];

function countLines(text: string): number {
  return text.split("\n").filter((l) => l.trim() !== "").length;
}

async function weightOf(method: string, pathname: string, bytes: Uint8Array, contentType: string): Promise<number> {
  if (method !== "POST") return 1;
  try {
    if (pathname === "/v1/files") {
      const fd = await new Response(bytes, { headers: { "content-type": contentType } }).formData();
      const f = fd.get("file");
      if (f === null) return 1;
      return countLines(typeof f === "string" ? f : await f.text());
    }
    if (pathname === "/v1/messages/batches") {
      const j = JSON.parse(new TextDecoder().decode(bytes)) as { requests?: unknown };
      return Array.isArray(j.requests) ? j.requests.length : 1;
    }
  } catch {
    return 1;
  }
  return 1;
}

/** 200 JSON to everything (never a 4xx); metered POSTs get the mock's answer with `usage`. */
async function loggingOrigin(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const bytes = req.method === "GET" || req.method === "HEAD" ? new Uint8Array(0) : new Uint8Array(await req.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  hits.push({
    method: req.method,
    pathname: url.pathname,
    search: url.search,
    headers: Object.fromEntries(req.headers),
    weight: await weightOf(req.method, url.pathname, bytes, req.headers.get("content-type") ?? ""),
  });
  const mark = { "x-hostile-origin": "1" };
  if (req.method === "POST" && METERED.has(url.pathname)) {
    const r = await handleMockRequest(new Request(req.url, { method: "POST", headers: req.headers, body: text })).catch(() => undefined);
    if (r && r.status < 400) {
      const h = new Headers(r.headers);
      h.set("x-hostile-origin", "1");
      return new Response(r.body, { status: r.status, headers: h });
    }
    const usage = url.pathname === "/v1/messages" || url.pathname === "/v1/responses" ? { input_tokens: 3, output_tokens: 2 } : { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 };
    return Response.json({ id: "hostile", object: "hostile-origin", usage }, { headers: mark });
  }
  return Response.json({ object: "hostile-origin", path: url.pathname }, { headers: mark });
}

// ---------------------------------------------------------------------------------------------
// Building and printing requests

interface Built {
  url: string;
  init: RequestInit;
  /** The key the request means to be metered on (pool index), and the throwaway it may carry. */
  key: string;
  throwaway: string;
  /** The client's header names with symbolic values (K0..K3, T), for failure messages. */
  headerView: string;
}

function b64(s: string): string {
  return btoa(s);
}

function build(plan: RequestPlan, keys: string[], throwaway: string): Built {
  const K = keys[plan.cred.key]!;
  const h: [string, string][] = [];
  switch (plan.cred.base) {
    case "none":
      break;
    case "bearer":
      h.push(["authorization", `Bearer ${K}`]);
      break;
    case "x-api-key":
      h.push(["x-api-key", K]);
      break;
    case "both same":
      h.push(["authorization", `Bearer ${K}`], ["x-api-key", K]);
      break;
    case "bearer throwaway + x-api-key key":
      h.push(["authorization", `Bearer ${throwaway}`], ["x-api-key", K]);
      break;
    case "bearer key + x-api-key throwaway":
      h.push(["authorization", `Bearer ${K}`], ["x-api-key", throwaway]);
      break;
    case "basic":
      h.push(["authorization", `Basic ${b64(`${K}:`)}`]);
      break;
    case "bearer empty":
      h.push(["authorization", "Bearer "]);
      break;
    case "bearer lowercase":
      h.push(["authorization", `bearer ${K}`]);
      break;
    case "bearer no space":
      h.push(["authorization", `Bearer${K}`]);
      break;
    case "bearer oversized key":
      h.push(["authorization", `Bearer ${K}${"k".repeat(600)}`]);
      break;
    case "authorization key without scheme":
      h.push(["authorization", K]);
      break;
    case "x-api-key empty":
      h.push(["x-api-key", ""]);
      break;
  }
  const query: string[] = [];
  for (const e of plan.cred.extras) {
    if (e === "api-key") h.push(["api-key", K]);
    else if (e === "x-goog-api-key") h.push(["x-goog-api-key", K]);
    else if (e === "cookie") h.push(["cookie", `session=s1; api_key=${K}`]);
    else if (e === "x-guard-origin-auth") h.push(["x-guard-origin-auth", FORGED_ORIGIN_AUTH]);
    else if (e === "proxy-authorization") h.push(["proxy-authorization", `Basic ${b64("proxy:pw")}`]);
    else if (e === "upgrade") h.push(["upgrade", "websocket"], ["connection", "Upgrade"], ["sec-websocket-version", "13"], ["sec-websocket-key", "dGhlIHNhbXBsZSBub25jZQ=="]);
    else if (e === "anthropic-version") h.push(["anthropic-version", "2023-06-01"]);
    else if (e === "benign query") query.push("limit=2", "beta=true");
    else if (e === "query credential") query.push(`${plan.cred.queryName}=${encodeURIComponent(K)}`);
  }
  if (plan.body.contentType) h.push(["content-type", plan.body.contentType]);
  const body = plan.body.build();
  const init: RequestInit = { method: plan.method, headers: h, body: plan.method === "GET" || plan.method === "HEAD" ? undefined : body };
  const sym = (v: string) => {
    let out = v;
    keys.forEach((k, i) => (out = out.split(k).join(`K${i}`)));
    out = out.split(throwaway).join("T");
    keys.forEach((k, i) => (out = out.split(b64(`${k}:`)).join(`base64(K${i}:)`)));
    return out.length > 60 ? out.slice(0, 57) + "..." : out;
  };
  const headerView = h.map(([n, v]) => `${n}: ${sym(v)}`).join(" | ") + (query.length ? ` | query ${sym(query.join("&"))}` : "");
  return { url: plan.path.raw + (query.length ? "?" + query.join("&") : ""), init, key: K, throwaway, headerView };
}

interface Outcome {
  i: number;
  plan: RequestPlan;
  built: Built;
  verdict: Verdict;
  status: number;
  contentType: string;
  fromOrigin: boolean;
  text: string;
  json: unknown;
  hits: Hit[];
  threw?: string;
}

const trunc = (s: string, n: number) => (s.length > n ? s.slice(0, n) + `...(${s.length} chars)` : s);

function describeReq(o: Outcome): string {
  const body = o.plan.method === "GET" || o.plan.method === "HEAD" ? "" : ` | body [${o.plan.body.label}]: ${trunc(o.plan.body.preview().replace(/[\r\n]+/g, "\\n"), 160)}`;
  return `#${o.i} ${o.plan.method} ${JSON.stringify(o.built.url.length > 120 ? o.built.url.slice(0, 120) + "..." : o.built.url)} (${o.plan.path.label}; guard sees ${o.verdict.pathname.length > 80 ? o.verdict.pathname.slice(0, 80) + "..." : o.verdict.pathname}) | headers: ${o.built.headerView || "(none)"}${body}`;
}

function describeAnswer(o: Outcome): string {
  return o.threw ? `threw ${o.threw}` : `${o.status}${o.fromOrigin ? " (from origin)" : ""} ${trunc(o.text.replace(/\s+/g, " "), 200)}`;
}

function hardTags(v: Verdict): string {
  return [...new Set(v.defects.filter((d) => d.hard).map((d) => d.tag))].join(" + ");
}

function describeExpect(v: Verdict): string {
  const acc = (a: Accept) => `${a.status}${a.codes ? " " + a.codes.join("|") : ""}${a.params ? " param " + a.params.join("|") : ""}`;
  return `spec: ${v.outcome}${v.defects.length ? ` (${v.defects.map((d) => (d.hard ? "" : "~") + d.why).join("; ")})` : ""}${v.accept.length ? ` -> ${[...new Set(v.accept.map(acc))].join(" or ")}` : ""}`;
}

// ---------------------------------------------------------------------------------------------
// Checks on one outcome

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function errorShape(j: unknown): { shape: Provider; code: string; param: string | null | undefined } | undefined {
  if (!isObj(j) || !isObj(j.error)) return undefined;
  const e = j.error;
  if (j.type === "error" && typeof e.type === "string" && typeof e.message === "string" && typeof e.code === "string") {
    return { shape: "anthropic", code: e.code, param: undefined };
  }
  if (j.type === undefined && typeof e.message === "string" && typeof e.type === "string" && "param" in e && (e.param === null || typeof e.param === "string") && typeof e.code === "string") {
    return { shape: "openai", code: e.code, param: e.param as string | null };
  }
  return undefined;
}

function accepted(o: Outcome, a: Accept): boolean {
  if (a.status === "4xx" ? o.status < 400 || o.status > 499 : o.status !== a.status) return false;
  if (o.plan.method === "HEAD") return true; // a HEAD answer has no body to carry the code
  const e = errorShape(o.json);
  if (a.codes && (!e || !a.codes.includes(e.code))) return false;
  if (a.params && e?.shape === "openai" && !a.params.includes(e.param ?? "")) return false;
  return true;
}

/** Credential values the origin saw: Bearer value and x-api-key (case-insensitive scheme). */
function originCredentials(h: Hit): { values: string[]; problems: string[] } {
  const values: string[] = [];
  const problems: string[] = [];
  const auth = h.headers["authorization"];
  if (auth !== undefined) {
    const m = /^Bearer ([^\s]+)$/i.exec(auth);
    if (m) values.push(m[1]!);
    else problems.push(`authorization at the origin is not 'Bearer <key>'`);
  }
  if (h.headers["x-api-key"] !== undefined) values.push(h.headers["x-api-key"]);
  return { values, problems };
}

/** What is wrong with one request the origin received: [group, detail]. */
function checkHit(o: Outcome, h: Hit): [string, string][] {
  const bad: [string, string][] = [];
  const where = `${h.method} ${h.pathname.length > 80 ? h.pathname.slice(0, 80) + "..." : h.pathname}${h.search}`;
  const r = tableMatches(h.pathname).find((t) => t.method === h.method);
  if (!isCanonical(h.pathname)) bad.push(["non-canonical path reached the origin", where]);
  else if (!r) bad.push([`not a table route+method reached the origin (${tableMatches(h.pathname).length ? "wrong method" : "path not in the table"})`, where]);
  if (o.verdict.outcome === "refuse") bad.push([`a request the spec refuses reached the origin: ${firstTag(o.verdict)}`, `${hardTags(o.verdict)} at ${where}`]);
  const { values, problems } = originCredentials(h);
  for (const pr of problems) bad.push([pr, where]);
  const distinct = [...new Set(values)];
  const who = (v: string) => (v === o.built.key ? "the key" : v === o.built.throwaway ? "the throwaway" : "another value");
  if (distinct.length === 0) bad.push(["no credential at the origin", where]);
  else if (distinct.length > 1) bad.push([`two different credentials at the origin`, `${distinct.map(who).join(" + ")} at ${where}`]);
  else if (distinct[0] !== o.built.key) bad.push([`origin credential is not the client's key (${who(distinct[0]!)})`, where]);
  for (const n of ["api-key", "x-goog-api-key", "cookie", "proxy-authorization"]) if (h.headers[n] !== undefined) bad.push([`origin received ${n}`, where]);
  const oa = h.headers["x-guard-origin-auth"];
  if (oa === FORGED_ORIGIN_AUTH) bad.push(["origin received the client's x-guard-origin-auth", where]);
  else if (oa !== ORIGIN_TOKEN) bad.push(["origin did not receive the configured x-guard-origin-auth", where]);
  const q = new URLSearchParams(h.search);
  for (const name of q.keys()) if (QUERY_CRED_NAMES.includes(name.toLowerCase())) bad.push(["origin received a query credential", `'${name}' at ${where}`]);
  if (h.headers["upgrade"] !== undefined) bad.push(["origin received an Upgrade header", where]);
  return bad;
}

// ---------------------------------------------------------------------------------------------
// The run

const PROPS = {
  P1: "P1 the guard never answers 5xx",
  P2: "P2 every answer is an origin 2xx or a provider-shaped JSON 4xx",
  P3: "P3 nothing unmetered or unclean reaches the origin",
  P4: "P4 counters exact: origin requests per key (batch lines/items counted) = served",
  P5: "P5 a 2xx only for a well-formed request",
  P6: "P6 refusals carry the spec's status, code and param",
  P7: "P7 well-formed requests are served",
} as const;
type Prop = keyof typeof PROPS;

interface Violation {
  /** Failures of the same kind share a group; the report counts groups and shows one example each. */
  group: string;
  text: string;
}
const violations: Record<Prop, Violation[]> = { P1: [], P2: [], P3: [], P4: [], P5: [], P6: [], P7: [] };
const stats = { requests: 0, originHits: 0, ms: 0, byOutcome: { serve: 0, refuse: 0, either: 0 }, statuses: {} as Record<string, number> };

/**
 * Escape what must not reach the report raw: control characters, bidi overrides and every UTF-16
 * surrogate (a lone one from a generated string breaks the runner's UTF-8 channel to workerd).
 */
function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

function violate(p: Prop, o: Outcome | undefined, group: string, detail = "") {
  const head = detail ? `${group}: ${detail}` : group;
  const text = o ? `${head}\n      request ${describeReq(o)}\n      answer  ${describeAnswer(o)}\n      ${describeExpect(o.verdict)}` : head;
  violations[p].push({ group: printable(group), text: printable(text) });
}

/** Defects come in order of precedence (path, then credentials, then body): the first names the group. */
const firstTag = (v: Verdict) => v.defects.find((d) => d.hard)?.tag ?? v.defects[0]?.tag ?? "";
const codeOf = (o: Outcome) => {
  const e = errorShape(o.json);
  return `${o.status}${e ? " " + e.code : ""}${e?.param ? " param " + e.param : ""}`;
};

function check(o: Outcome) {
  const v = o.verdict;
  const is2xx = o.status >= 200 && o.status < 300;
  const is4xx = o.status >= 400 && o.status < 500;
  if (o.threw || o.status >= 500) violate("P1", o, o.threw ? "threw" : `answered ${codeOf(o)}`);
  else if (is2xx) {
    if (!o.fromOrigin || o.hits.length === 0) violate("P2", o, "2xx the origin did not produce");
  } else if (is4xx) {
    if (o.fromOrigin) violate("P2", o, "4xx passed through from the origin (the origin never answers 4xx)");
    else {
      const e = errorShape(o.json);
      if (!o.contentType.startsWith("application/json")) violate("P2", o, `4xx with content-type ${JSON.stringify(o.contentType)}`);
      if (o.plan.method === "HEAD") {
        // No body on a HEAD answer: only its content-type can be checked.
      } else if (!e) violate("P2", o, "4xx body is not a provider-shaped error");
      else if (v.shape !== "either" && e.shape !== v.shape) violate("P2", o, `4xx in the ${e.shape} shape on a ${v.shape} route`);
    }
  } else violate("P2", o, `answered ${o.status}`);

  for (const h of o.hits) for (const [group, detail] of checkHit(o, h)) violate("P3", o, group, detail);

  const alsoTags = () => (hardTags(v) === firstTag(v) ? "" : `all defects: ${hardTags(v)}`);
  if (is2xx && v.outcome === "refuse") violate("P5", o, `2xx for: ${firstTag(v)}`, alsoTags());
  if (v.outcome === "serve" && !is2xx) violate("P7", o, `well-formed ${o.plan.method} ${v.route?.template ?? v.pathname} answered ${codeOf(o)}`);
  if (is4xx && !o.fromOrigin && v.outcome !== "serve" && v.accept.length && !v.accept.some((a) => accepted(o, a))) {
    violate("P6", o, `${firstTag(v)}: answered ${codeOf(o)}`, alsoTags());
  }
}

/** One request must not hang the corpus: a stuck answer is reported (under P1) and the run goes on. */
const REQUEST_TIMEOUT_MS = 10_000;
function within<T>(p: Promise<T> | T, what: string): Promise<T> {
  let t: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    t = setTimeout(() => reject(new Error(`${what} did not arrive within ${REQUEST_TIMEOUT_MS} ms`)), REQUEST_TIMEOUT_MS);
  });
  return Promise.race([Promise.resolve(p), timeout]).finally(() => clearTimeout(t));
}

let keys: string[] = [];
let outcomes: Outcome[] = [];

describe(`hostile corpus (fast-check seed ${SEED}, ${RUNS} generated requests)`, () => {
  beforeAll(async () => {
    const started = Date.now();
    keys = Array.from({ length: POOL }, () => newKey("sk-hostile"));
    const plans = fc.sample(requestArb(POOL), { seed: SEED, numRuns: RUNS });
    const { spy } = mockOrigin(loggingOrigin);
    // The guard logs a line per decision; thousands of them would bury the property reports.
    const quiet = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      for (const [i, plan] of plans.entries()) {
        const throwaway = newKey("sk-throwaway");
        const built = build(plan, keys, throwaway);
        const url = new URL(`https://guard.test${built.url}`);
        const verdict = verdictOf(plan, url);
        hits = [];
        const o: Outcome = { i, plan, built, verdict, status: 0, contentType: "", fromOrigin: false, text: "", json: undefined, hits };
        try {
          const ctx = createExecutionContext();
          const res = await within(worker.fetch(new Request(url.href, built.init), ENV, ctx), "answer");
          o.status = res.status;
          o.contentType = res.headers.get("content-type") ?? "";
          o.fromOrigin = res.headers.get("x-hostile-origin") === "1";
          o.text = await within(res.text(), "answer body");
          await within(waitOnExecutionContext(ctx), "waitUntil work");
          try {
            o.json = JSON.parse(o.text);
          } catch {
            o.json = undefined;
          }
        } catch (e) {
          o.threw = String(e);
        }
        o.hits = hits;
        o.text = o.text.length > 400 ? o.text.slice(0, 400) : o.text;
        check(o);
        outcomes.push(o);
        stats.requests++;
        stats.originHits += o.hits.length;
        stats.byOutcome[verdict.outcome]++;
        stats.statuses[o.status] = (stats.statuses[o.status] ?? 0) + 1;
      }
    } finally {
      spy.mockRestore();
      quiet.mockRestore();
    }

    // P4: origin requests carrying each pool key (weighted) against the key's served counter.
    for (const [k, key] of keys.entries()) {
      const byRoute = new Map<string, { n: number; example: Outcome }>();
      let expected = 0;
      for (const o of outcomes) {
        for (const h of o.hits) {
          const carried = [...originCredentials(h).values, h.headers["api-key"], h.headers["x-goog-api-key"], ...new URLSearchParams(h.search).values()].includes(key);
          if (!carried) continue;
          expected += h.weight;
          const label = `${h.method} ${tableMatches(h.pathname).find((t) => t.method === h.method)?.template ?? h.pathname}`;
          const e = byRoute.get(label) ?? { n: 0, example: o };
          e.n += h.weight;
          byRoute.set(label, e);
        }
      }
      const s = await stateOf(await keyIdOf(key));
      if (s.counters.served !== expected) {
        const sortedRoutes = [...byRoute.entries()].sort((a, b) => b[1].n - a[1].n);
        const rows = sortedRoutes.slice(0, 10).map(([l, e]) => `        ${e.n} x ${l}  e.g. ${trunc(describeReq(e.example), 300)}`);
        if (sortedRoutes.length > 10) rows.push(`        ... and ${sortedRoutes.length - 10} more: ${sortedRoutes.slice(10).map(([l, e]) => `${e.n} x ${l}`).join(", ")}`);
        violate("P4", undefined, `key K${k}: origin traffic != served`, `origin received ${expected} requests carrying it (batch lines/items counted), served counter says ${s.counters.served} (requests ${s.counters.requests}, refused ${s.counters.refused}); origin traffic by route:\n${rows.join("\n")}`);
      }
    }
    stats.ms = Date.now() - started;
  }, 240_000);

  afterAll(() => {
    outcomes = [];
  });

  it("ran the whole corpus in bounded time", () => {
    expect(stats.requests).toBe(RUNS);
    expect(stats.requests).toBeGreaterThanOrEqual(2000);
    // Well-formed, refused and either-way requests all present in good numbers.
    expect(stats.byOutcome.serve).toBeGreaterThan(300);
    expect(stats.byOutcome.refuse).toBeGreaterThan(600);
    // A bound, not a speed target (speed is `npm run bench`'s): under 60 s in the CI runs so far,
    // 69-73 s measured when the machine was shared with a mutation run, so 60 s failed on load alone.
    expect(stats.ms, `run took ${stats.ms} ms; statuses ${JSON.stringify(stats.statuses)}`).toBeLessThan(200_000);
  }, 10_000);

  for (const p of Object.keys(PROPS) as Prop[]) {
    it(PROPS[p], () => {
      const v = violations[p];
      if (v.length === 0) return;
      const groups = new Map<string, Violation[]>();
      for (const x of v) groups.set(x.group, [...(groups.get(x.group) ?? []), x]);
      const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
      const MAX = 25;
      const shown = sorted
        .slice(0, MAX)
        .map(([g, xs], i) => `  ${i + 1}. [${xs.length}x] ${g}\n     e.g. ${xs[0]!.text}`)
        .join("\n");
      const more = sorted.length > MAX ? `\n  ... and ${sorted.length - MAX} more kinds: ${sorted.slice(MAX).map(([g, xs]) => `${g} (${xs.length}x)`).join("; ")}` : "";
      throw new Error(`${PROPS[p]}: ${v.length} violation(s) of ${sorted.length} kind(s) in ${stats.requests} requests (seed ${SEED}):\n${shown}${more}`);
    }, 10_000);
  }
});

// ---------------------------------------------------------------------------------------------
// Hand-written examples of the bypasses named in the issue

describe("named bypasses (examples)", () => {
  afterEach(() => vi.restoreAllMocks());

  async function refusedUntouched(path: string, init: RequestInit, status: number, code: string, param?: string) {
    const { seen } = mockOrigin(loggingOrigin);
    const { res, settled } = await call(path, init, OVERRIDES);
    const text = await res.text();
    await settled();
    expect(res.status, `${init.method ?? "GET"} ${path} answered ${res.status} ${text.slice(0, 200)}`).toBe(status);
    const e = errorShape(JSON.parse(text));
    expect(e?.code).toBe(code);
    if (param !== undefined) expect(e?.param).toBe(param);
    expect(seen.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([]);
  }

  it("throwaway Bearer + real x-api-key on /v1/messages: 401, origin untouched, real key not charged", async () => {
    const real = newKey("sk-real");
    const throwaway = newKey("sk-throwaway");
    await refusedUntouched(
      "/v1/messages",
      {
        method: "POST",
        headers: { authorization: `Bearer ${throwaway}`, "x-api-key": real, "anthropic-version": "2023-06-01", "content-type": "application/json" },
        body: JSON.stringify({ model: "claude-test", max_tokens: 8, messages: [{ role: "user", content: "hi" }] }),
      },
      401,
      "invalid_api_key",
    );
    const s = await stateOf(await keyIdOf(real));
    expect(s.counters.served, "the real key was used unmetered or charged for a refused request").toBe(0);
  }, 10_000);

  it('{"n": -100000} on /v1/responses: 400 invalid_request param n, origin untouched', async () => {
    await refusedUntouched(
      "/v1/responses",
      { method: "POST", headers: { authorization: `Bearer ${newKey()}`, "content-type": "application/json" }, body: '{"model":"m","input":"hi","n":-100000}' },
      400,
      "invalid_request",
      "n",
    );
  }, 10_000);

  it("/v1/chat/completion%73: 400 invalid_request, origin untouched", async () => {
    await refusedUntouched(
      "/v1/chat/completion%73",
      { method: "POST", headers: { authorization: `Bearer ${newKey()}`, "content-type": "application/json" }, body: '{"model":"m","messages":[{"role":"user","content":"hi"}]}' },
      400,
      "invalid_request",
    );
  }, 10_000);

  it("GET /v1/models without a key: 401 missing_api_key, origin untouched", async () => {
    await refusedUntouched("/v1/models", { method: "GET" }, 401, "missing_api_key");
  }, 10_000);

  it("POST /v1/images/generations with a key: 404 not_found, origin untouched", async () => {
    await refusedUntouched(
      "/v1/images/generations",
      { method: "POST", headers: { authorization: `Bearer ${newKey()}`, "content-type": "application/json" }, body: '{"model":"dall-e-3","prompt":"a cat","n":10}' },
      404,
      "not_found",
    );
  }, 10_000);
});

