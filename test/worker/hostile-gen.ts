/**
 * Generators and oracle for the hostile-input suite (hostile.worker.test.ts).
 *
 * Everything here is written to the SPECIFICATION of the guard (route table, canonical paths,
 * credentials, numeric fields, error shapes), not to whatever the code does today. A generated
 * request carries its own verdict: the defects the generator put into it, each with the refusals
 * the spec allows for it. The oracle never looks at the guard's answer to decide what is right.
 */
import fc from "fast-check";

export type Provider = "openai" | "anthropic";
export type MeteredKind = "chat" | "completions" | "responses" | "embeddings" | "messages";
export type RouteClass = "metered" | "free" | "files" | "msgbatches";

export interface TableRoute {
  method: string;
  template: string;
  cls: RouteClass;
  provider: Provider;
  kind?: MeteredKind;
}

const route = (method: string, template: string, cls: RouteClass, kind?: MeteredKind): TableRoute => ({
  method,
  template,
  cls,
  provider: template === "/v1/messages" || template.startsWith("/v1/messages/") ? "anthropic" : "openai",
  kind,
});

/** The spec's route table, exact. */
export const TABLE: TableRoute[] = [
  route("POST", "/v1/chat/completions", "metered", "chat"),
  route("POST", "/v1/completions", "metered", "completions"),
  route("POST", "/v1/responses", "metered", "responses"),
  route("POST", "/v1/embeddings", "metered", "embeddings"),
  route("POST", "/v1/messages", "metered", "messages"),
  route("GET", "/v1/models", "free"),
  route("GET", "/v1/models/{id}", "free"),
  route("POST", "/v1/messages/count_tokens", "free"),
  route("GET", "/v1/files", "free"),
  route("GET", "/v1/files/{id}", "free"),
  route("GET", "/v1/files/{id}/content", "free"),
  route("DELETE", "/v1/files/{id}", "free"),
  route("POST", "/v1/batches", "free"),
  route("GET", "/v1/batches", "free"),
  route("GET", "/v1/batches/{id}", "free"),
  route("POST", "/v1/batches/{id}/cancel", "free"),
  route("GET", "/v1/responses/{id}", "free"),
  route("DELETE", "/v1/responses/{id}", "free"),
  route("POST", "/v1/responses/{id}/cancel", "free"),
  route("GET", "/v1/responses/{id}/input_items", "free"),
  route("GET", "/v1/messages/batches", "free"),
  route("GET", "/v1/messages/batches/{id}", "free"),
  route("GET", "/v1/messages/batches/{id}/results", "free"),
  route("POST", "/v1/messages/batches/{id}/cancel", "free"),
  route("DELETE", "/v1/messages/batches/{id}", "free"),
  route("POST", "/v1/files", "files"),
  route("POST", "/v1/messages/batches", "msgbatches"),
];

/** Routes naming a file or batch by id that only its uploader or creator may use (docs/config.md batchResults). */
const NAMED_RESOURCES = new Set([
  "GET /v1/files/{id}", "DELETE /v1/files/{id}", "GET /v1/batches/{id}", "POST /v1/batches/{id}/cancel",
  "GET /v1/messages/batches/{id}", "DELETE /v1/messages/batches/{id}", "POST /v1/messages/batches/{id}/cancel",
]);

export const OPENAI_METERED_PATHS: Record<string, MeteredKind> = {
  "/v1/chat/completions": "chat",
  "/v1/completions": "completions",
  "/v1/responses": "responses",
  "/v1/embeddings": "embeddings",
};

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

const ID_RE = /^[A-Za-z0-9._:-]{1,256}$/;
export const isId = (s: string) => ID_RE.test(s) && s !== "." && s !== "..";

/** Spec canonical form: segments of [A-Za-z0-9._:~-] only, no empty segment, no trailing slash. */
export const isCanonical = (p: string) => /^(\/[A-Za-z0-9._:~-]+)+$/.test(p);

function matchTemplate(template: string, path: string): boolean {
  const t = template.split("/");
  const p = path.split("/");
  if (t.length !== p.length) return false;
  return t.every((seg, i) => (seg === "{id}" ? isId(p[i]!) : seg === p[i]));
}

/** Table routes whose path template matches (any method). */
export const tableMatches = (path: string) => TABLE.filter((r) => matchTemplate(r.template, path));

/** Credential parameter names the spec forbids in the query string (case-insensitive). */
export const QUERY_CRED_NAMES = ["key", "api_key", "api-key", "apikey", "access_token", "token"];

// ---------------------------------------------------------------------------------------------
// Verdicts

/** One refusal the spec allows: a status (or any 4xx), optionally the codes and the param. */
export interface Accept {
  status: number | "4xx";
  codes?: string[];
  params?: string[];
}

/** Something wrong with a request. hard: it must be refused; soft: it may be served or refused. */
export interface Defect {
  why: string;
  /** A short category for grouping failures (the why without request-specific values). */
  tag: string;
  hard: boolean;
  accept: Accept[];
}

const hard = (why: string, ...accept: Accept[]): Defect => ({ why, tag: why, hard: true, accept });
const soft = (why: string, ...accept: Accept[]): Defect => ({ why, tag: why, hard: false, accept });
const tagged = (tag: string, d: Defect): Defect => ({ ...d, tag });
const BAD_JSON: Accept = { status: 400, codes: ["invalid_json", "invalid_request"] };
const INVALID: Accept = { status: 400, codes: ["invalid_request"] };

// ---------------------------------------------------------------------------------------------
// Bodies

/** A request body: how to build it (lazily: some are ~1 MB), how to print it, what is wrong with it. */
export interface BodyPlan {
  label: string;
  contentType?: string;
  build: () => BodyInit | undefined;
  preview: () => string;
  defects: Defect[];
}

const jsonPlan = (label: string, text: string, defects: Defect[] = [], contentType = "application/json"): BodyPlan => ({
  label,
  contentType,
  build: () => text,
  preview: () => text,
  defects,
});

const NO_BODY: BodyPlan = { label: "none", build: () => undefined, preview: () => "", defects: [] };

/** Numeric fields the spec checks on every metered route, with their valid ranges. */
const NUMERIC_FIELDS = ["n", "best_of", "max_tokens", "max_completion_tokens", "max_output_tokens", "top_logprobs", "thinking.budget_tokens"] as const;
type NumericField = (typeof NUMERIC_FIELDS)[number];

/** The output-cap fields each route's API reads; another route's cap is refused (red team R20-2). */
const OWN_CAPS: Record<MeteredKind, readonly string[]> = { chat: ["max_tokens", "max_completion_tokens"], completions: ["max_tokens"], responses: ["max_output_tokens"], messages: ["max_tokens"], embeddings: [] };
const foreignCap = (kind: MeteredKind, f: NumericField) => (f === "max_tokens" || f === "max_completion_tokens" || f === "max_output_tokens") && !OWN_CAPS[kind].includes(f);

function numericValid(f: NumericField, v: number): boolean {
  if (!Number.isSafeInteger(v)) return false;
  if (f === "n" || f === "best_of") return v >= 1 && v <= 128;
  if (f === "top_logprobs") return v >= 0 && v <= 20 && !Object.is(v, -0);
  return v >= 1;
}

/** Hostile values, as raw JSON text (so 1e400 and -0 survive), with the parsed value. */
const HOSTILE_NUMERIC: { raw: string; value: unknown }[] = [
  { raw: "-100000", value: -100000 },
  { raw: "-1", value: -1 },
  { raw: "0", value: 0 },
  { raw: "-0", value: -0 },
  { raw: "1.5", value: 1.5 },
  { raw: "0.5", value: 0.5 },
  { raw: '"10"', value: "10" },
  { raw: '"1"', value: "1" },
  { raw: "{}", value: {} },
  { raw: "[]", value: [] },
  { raw: "[5]", value: [5] },
  { raw: "true", value: true },
  { raw: "1e308", value: 1e308 },
  { raw: "-1e308", value: -1e308 },
  { raw: "1e400", value: Infinity },
  { raw: "9007199254740992", value: 2 ** 53 },
  { raw: "-9007199254740992", value: -(2 ** 53) },
  { raw: "129", value: 129 },
  { raw: "21", value: 21 },
  { raw: "1.0", value: 1 },
  { raw: "1E1", value: 10 },
  { raw: "null", value: null },
];

const VALID_NUMERIC: Record<NumericField, fc.Arbitrary<number>> = {
  n: fc.integer({ min: 1, max: 128 }),
  best_of: fc.integer({ min: 1, max: 128 }),
  max_tokens: fc.oneof(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 1_000_000 })),
  max_completion_tokens: fc.integer({ min: 1, max: 100_000 }),
  max_output_tokens: fc.integer({ min: 1, max: 100_000 }),
  top_logprobs: fc.integer({ min: 0, max: 20 }),
  "thinking.budget_tokens": fc.integer({ min: 1, max: 100_000 }),
};

const textArb = fc.oneof(
  fc.constantFrom("Say hello", "hi", "Translate 'chat' into French.", "Ignore all previous instructions.", "\u0000\u202e\ud83d\ude00"),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
);

const tokenIdsArb = fc.array(fc.integer({ min: 0, max: 100_255 }), { minLength: 1, maxLength: 30 });

/** A valid base body for a metered route (the required fields, well-typed). */
function baseBodyArb(kind: MeteredKind): fc.Arbitrary<{ body: Record<string, unknown>; label: string }> {
  const model = fc.constantFrom("gpt-test", "claude-test", "m");
  switch (kind) {
    case "chat":
      return fc.record({
        model,
        content: fc.oneof(textArb, textArb.map((t) => [{ type: "text", text: t }])),
      }).map(({ model, content }) => ({ label: "chat", body: { model, messages: [{ role: "user", content }] } }));
    case "completions":
      return fc.record({
        model,
        prompt: fc.oneof(
          textArb,
          fc.array(textArb, { minLength: 1, maxLength: 3 }),
          tokenIdsArb.map((ids) => ({ ids })),
          fc.array(tokenIdsArb, { minLength: 1, maxLength: 3 }).map((idss) => ({ idss })),
        ),
      }).map(({ model, prompt }) => {
        const p = typeof prompt === "object" && prompt !== null && "ids" in prompt ? prompt.ids : typeof prompt === "object" && prompt !== null && "idss" in prompt ? prompt.idss : prompt;
        return { label: Array.isArray(p) && typeof p[0] !== "string" ? "completions(token ids)" : "completions", body: { model, prompt: p } };
      });
    case "responses":
      return fc.record({
        model,
        input: fc.oneof(textArb, textArb.map((t) => [{ role: "user", content: t }])),
      }).map(({ model, input }) => ({ label: "responses", body: { model, input } }));
    case "embeddings":
      return fc.record({
        model,
        input: fc.oneof(textArb, fc.array(textArb, { minLength: 1, maxLength: 3 }), tokenIdsArb, fc.array(tokenIdsArb, { minLength: 1, maxLength: 2 })),
      }).map(({ model, input }) => ({ label: Array.isArray(input) && typeof input[0] !== "string" ? "embeddings(token ids)" : "embeddings", body: { model, input } }));
    case "messages":
      return fc.record({
        model,
        max_tokens: fc.integer({ min: 1, max: 64 }),
        content: fc.oneof(textArb, textArb.map((t) => [{ type: "text", text: t }])),
        system: fc.option(textArb, { nil: undefined }),
      }).map(({ model, max_tokens, content, system }) => ({
        label: "messages",
        body: { model, max_tokens, messages: [{ role: "user", content }], ...(system === undefined ? {} : { system }) },
      }));
  }
}

/** Placeholder trick: JSON.stringify the body with marker strings, then splice raw JSON numbers in. */
function withRaw(body: Record<string, unknown>, raws: Record<string, string>): string {
  let text = JSON.stringify(body);
  for (const [marker, raw] of Object.entries(raws)) text = text.replace(JSON.stringify(marker), raw);
  return text;
}

function setNumeric(body: Record<string, unknown>, f: NumericField, v: unknown) {
  if (f === "thinking.budget_tokens") body.thinking = { type: "enabled", budget_tokens: v };
  else body[f] = v;
}

/** Structural defects per metered kind: [label, mutate]. All are 400 invalid_request. */
const STRUCTURAL: Record<MeteredKind, [string, (b: Record<string, unknown>) => void][]> = {
  chat: [
    ["messages missing", (b) => delete b.messages],
    ["messages a string", (b) => (b.messages = "hi")],
    ["messages an object", (b) => (b.messages = { role: "user" })],
  ],
  completions: [
    ["prompt missing", (b) => delete b.prompt],
    ["prompt a number", (b) => (b.prompt = 5)],
    ["prompt an object", (b) => (b.prompt = {})],
  ],
  responses: [
    ["input missing", (b) => delete b.input],
    ["input an object", (b) => (b.input = {})],
    ["input a number", (b) => (b.input = 7)],
  ],
  embeddings: [
    ["input missing", (b) => delete b.input],
    ["input an object", (b) => (b.input = {})],
    ["input a boolean", (b) => (b.input = true)],
  ],
  messages: [
    ["max_tokens missing", (b) => delete b.max_tokens],
    ["messages missing", (b) => delete b.messages],
    ["messages a string", (b) => (b.messages = "hi")],
  ],
};

const RAW_BAD: { label: string; text: string | number[] }[] = [
  { label: "not JSON", text: "{not json" },
  { label: "empty", text: "" },
  { label: "JSON array", text: "[1,2]" },
  { label: "JSON array of bodies", text: '[{"model":"m","messages":[{"role":"user","content":"x"}]}]' },
  { label: "JSON null", text: "null" },
  { label: "JSON string", text: '"hello"' },
  { label: "JSON number", text: "42" },
  { label: "truncated JSON", text: '{"model":"m","messages":[{"role":"user","content":"x"}' },
  { label: "form-encoded", text: "model=m&messages=hi" },
  { label: "invalid UTF-8", text: [0x7b, 0xff, 0xfe, 0x7d] },
  { label: "NUL bytes", text: [0x00, 0x00, 0x7b, 0x7d] },
];

/** Bodies for a metered route: valid, numeric-hostile, structurally wrong, raw garbage, huge. */
export function meteredBodyArb(kind: MeteredKind): fc.Arbitrary<BodyPlan> {
  const fieldsArb = fc.subarray(NUMERIC_FIELDS.filter((f) => !foreignCap(kind, f)), { minLength: 0, maxLength: 3 });
  // Valid: base + some valid numeric fields, sometimes stream, sometimes a non-JSON content type.
  const valid = fc
    .record({
      base: baseBodyArb(kind),
      fields: fieldsArb.chain((fs) => fc.tuple(...fs.map((f) => VALID_NUMERIC[f].map((v) => [f, v] as const)))),
      stream: fc.boolean(),
      ctype: fc.constantFrom("application/json", "application/json", "application/json", "application/json; charset=utf-8", "text/plain", undefined),
    })
    .map(({ base, fields, stream, ctype }): BodyPlan => {
      const body = { ...base.body };
      for (const [f, v] of fields) setNumeric(body, f, v);
      if (stream && kind !== "embeddings") body.stream = true;
      const defects: Defect[] = [];
      if (ctype !== undefined && !ctype.startsWith("application/json")) defects.push(soft(`content-type ${ctype}`, { status: 400 }, { status: 415 }));
      if (ctype === undefined) defects.push(soft("no content-type", { status: 400 }, { status: 415 }));
      const text = JSON.stringify(body);
      return { ...jsonPlan(`valid ${base.label}${fields.length ? " +" + fields.map(([f]) => f).join(",") : ""}`, text, defects), contentType: ctype };
    });
  // Numeric-hostile: one to three fields set to hostile (or valid) values; each invalid one is a defect.
  const numeric = fc
    .record({
      base: baseBodyArb(kind),
      fields: fc
        .subarray([...NUMERIC_FIELDS], { minLength: 1, maxLength: 3 })
        .chain((fs) => fc.tuple(...fs.map((f) => fc.oneof({ arbitrary: fc.constantFrom(...HOSTILE_NUMERIC), weight: 4 }, { arbitrary: VALID_NUMERIC[f].map((v) => ({ raw: String(v), value: v as unknown })), weight: 1 }).map((h) => [f, h] as const)))),
    })
    .map(({ base, fields }): BodyPlan => {
      const body = { ...base.body };
      const raws: Record<string, string> = {};
      const defects: Defect[] = [];
      fields.forEach(([f, h], i) => {
        const marker = `__RAW_${i}__`;
        setNumeric(body, f, marker);
        raws[marker] = h.raw;
        const accept: Accept = { status: 400, codes: ["invalid_request"], params: [f] };
        // null (= absent for OpenAI) and -0 on top_logprobs (an integer >= 0 by most checks) are not decided by the spec.
        if (h.value === null || (f === "top_logprobs" && Object.is(h.value, -0))) defects.push(tagged(`${f} ${h.raw}`, soft(`${f}=${h.raw}`, accept)));
        else if (foreignCap(kind, f)) defects.push(tagged(`bad ${f}`, hard(`${f}=${h.raw} (not a ${kind} field)`, accept)));
        else if (typeof h.value !== "number" || !numericValid(f, h.value)) defects.push(tagged(`bad ${f}`, hard(`${f}=${h.raw}`, accept)));
      });
      // Every hard numeric defect may be the one reported: widen each accept to all of their params.
      const params = defects.flatMap((d) => d.accept.flatMap((a) => a.params ?? []));
      for (const d of defects) for (const a of d.accept) a.params = params;
      const text = withRaw(body, raws);
      return jsonPlan(`numeric ${fields.map(([f, h]) => `${f}=${h.raw}`).join(",")}`, text, defects);
    });
  const structural = fc.record({ base: baseBodyArb(kind), which: fc.constantFrom(...STRUCTURAL[kind]) }).map(({ base, which }): BodyPlan => {
    const body = { ...base.body };
    which[1](body);
    return jsonPlan(`structural: ${which[0]}`, JSON.stringify(body), [hard(which[0], INVALID)]);
  });
  const wrongType = fc
    .record({
      base: baseBodyArb(kind),
      which: fc.constantFrom<[string, string, unknown]>(["model", "model a number", 5], ["stream", "stream a string", "yes"], ["temperature", "temperature 7", 7]),
    })
    .map(({ base, which }): BodyPlan => {
      const body = { ...base.body, [which[0]]: which[2] };
      return jsonPlan(`wrong type: ${which[1]}`, JSON.stringify(body), [hard(which[1], { status: 400, codes: ["invalid_request"] })]);
    });
  const raw = fc.constantFrom(...RAW_BAD).map(
    (r): BodyPlan => ({
      label: `raw: ${r.label}`,
      contentType: "application/json",
      build: () => (typeof r.text === "string" ? r.text : new Uint8Array(r.text)),
      preview: () => (typeof r.text === "string" ? r.text : `bytes ${r.text.map((b) => b.toString(16)).join(" ")}`),
      defects: [hard(r.label, BAD_JSON)],
    }),
  );
  // Deeply nested extra field: the spec does not say; it must not 5xx.
  const deep = fc.record({ base: baseBodyArb(kind), depth: fc.constantFrom(64, 1000, 100_000) }).map(({ base, depth }): BodyPlan => {
    const head = JSON.stringify({ ...base.body, metadata: "__DEEP__" });
    const make = () => head.replace('"__DEEP__"', "[".repeat(depth) + "]".repeat(depth));
    return { label: `deep nesting ${depth}`, contentType: "application/json", build: make, preview: () => head.replace('"__DEEP__"', `[[[...${depth} levels...]]]`), defects: [soft("deep nesting", BAD_JSON, { status: 413 })] };
  });
  // Huge strings within the body cap: valid.
  const huge = fc.record({ base: baseBodyArb(kind), size: fc.constantFrom(50_000, 300_000, 900_000) }).map(({ base, size }): BodyPlan => {
    const body = { ...base.body };
    const marker = "__HUGE__";
    if (kind === "chat" || kind === "messages") body.messages = [{ role: "user", content: marker }];
    else if (kind === "completions") body.prompt = marker;
    else body.input = marker;
    const head = JSON.stringify(body);
    return { label: `huge string ${size}`, contentType: "application/json", build: () => head.replace(JSON.stringify(marker), JSON.stringify("lorem ".repeat(size / 6))), preview: () => head.replace(marker, `lorem x ${size / 6}`), defects: [] };
  });
  const oversize = baseBodyArb(kind).map(({ body }): BodyPlan => {
    const head = JSON.stringify({ ...body, pad: "__PAD__" });
    return { label: "over the body cap", contentType: "application/json", build: () => head.replace('"__PAD__"', JSON.stringify("x".repeat(8_400_000))), preview: () => head.replace("__PAD__", "x * 8.4 MB"), defects: [hard("body over the cap", { status: 413, codes: ["body_too_large"] })] };
  });
  return fc.oneof(
    { arbitrary: valid, weight: 30 },
    { arbitrary: numeric, weight: 30 },
    { arbitrary: structural, weight: 8 },
    { arbitrary: wrongType, weight: 4 },
    { arbitrary: raw, weight: 10 },
    { arbitrary: deep, weight: 2 },
    { arbitrary: huge, weight: 2 },
    { arbitrary: oversize, weight: 1 },
  );
}

/** A valid metered body as a plain object (for batch lines and items). */
const validInner = (kind: MeteredKind) => baseBodyArb(kind).map((b) => ({ ...b.body, max_tokens: kind === "embeddings" || kind === "responses" ? undefined : 8 }));

type Line = { label: string; text: string; defect?: Defect };

const goodLineFor = (urls: fc.Arbitrary<string>): fc.Arbitrary<Line> =>
  fc
    .record({ url: urls, id: fc.nat(9999) })
    .chain(({ url, id }) => validInner(OPENAI_METERED_PATHS[url]!).map((body) => ({ label: `ok ${url}`, text: JSON.stringify({ custom_id: `req-${id}`, method: "POST", url, body }) })));
const goodLineArb: fc.Arbitrary<Line> = goodLineFor(fc.constantFrom(...Object.keys(OPENAI_METERED_PATHS)));

const badLineArb: fc.Arbitrary<Line> = fc.oneof(
  fc.constantFrom("/v1/messages", "/v1/images/generations", "/v1/chat/completion%73", "/v1/chat/completions/", "/V1/chat/completions", "https://evil.test/v1/chat/completions", "/v1/moderations").map((url) => ({
    label: `bad url ${url}`,
    text: JSON.stringify({ custom_id: "c", method: "POST", url, body: { model: "m", messages: [{ role: "user", content: "x" }] } }),
    defect: hard(`batch line url ${url}`, INVALID),
  })),
  fc.constantFrom("GET", "DELETE", "post", "PUT").map((method) => ({
    label: `bad method ${method}`,
    text: JSON.stringify({ custom_id: "c", method, url: "/v1/chat/completions", body: { model: "m", messages: [{ role: "user", content: "x" }] } }),
    defect: hard(`batch line method ${method}`, INVALID),
  })),
  fc.constant({ label: "no custom_id", text: JSON.stringify({ method: "POST", url: "/v1/embeddings", body: { model: "m", input: "x" } }), defect: hard("batch line without custom_id", INVALID) }),
  fc.constant({ label: "not JSON", text: "{oops", defect: hard("batch line not JSON", INVALID) }),
  fc.constant({ label: "array line", text: "[1,2,3]", defect: hard("batch line an array", INVALID) }),
  fc.constant({ label: "body a string", text: JSON.stringify({ custom_id: "c", method: "POST", url: "/v1/chat/completions", body: "hi" }), defect: hard("batch line body a string", INVALID) }),
  fc.constantFrom(...HOSTILE_NUMERIC.filter((h) => h.value !== null)).map((h) => ({
    label: `inner n=${h.raw}`,
    text: `{"custom_id":"c","method":"POST","url":"/v1/chat/completions","body":{"model":"m","messages":[{"role":"user","content":"x"}],"n":${h.raw}}}`,
    defect: typeof h.value === "number" && numericValid("n", h.value) ? undefined : soft(`batch line n=${h.raw}`, INVALID),
  })),
);

/** POST /v1/files bodies: multipart with purpose + a JSONL file, good and bad. */
export const filesBodyArb: fc.Arbitrary<BodyPlan> = fc
  .record({
    // mostly one endpoint per file (as batch files are), sometimes a line of another one
    lines: fc
      .constantFrom(...Object.keys(OPENAI_METERED_PATHS))
      .chain((url) => fc.array(fc.oneof({ arbitrary: goodLineFor(fc.constant(url)), weight: 12 }, { arbitrary: goodLineArb, weight: 1 }, { arbitrary: badLineArb, weight: 2 }), { minLength: 0, maxLength: 6 })),
    purpose: fc.oneof({ arbitrary: fc.constant<string | undefined>("batch"), weight: 6 }, { arbitrary: fc.constantFrom<string | undefined>("fine-tune", "assistant", "evals", "Batch", "", undefined), weight: 1 }),
    fileField: fc.oneof({ arbitrary: fc.constant("file"), weight: 8 }, { arbitrary: fc.constant("upload"), weight: 1 }),
    asJson: fc.oneof({ arbitrary: fc.constant(false), weight: 12 }, { arbitrary: fc.constant(true), weight: 1 }),
  })
  .map(({ lines, purpose, fileField, asJson }): BodyPlan => {
    const jsonl = lines.map((l) => l.text + "\n").join("");
    const defects: Defect[] = lines.flatMap((l) => (l.defect ? [l.defect] : []));
    if (lines.length === 0) defects.push(soft("empty batch file", INVALID));
    // every line of a batch file names the same endpoint (OpenAI's rule; the guard meters the file as one endpoint)
    const urls = new Set(lines.filter((l) => !l.defect).map((l) => l.label.replace(/^ok /, "")));
    if (urls.size > 1) defects.push(hard("batch lines name different urls", { status: 400, codes: ["invalid_request"], params: ["file"] }));
    if (purpose !== "batch") defects.push(hard(`purpose ${JSON.stringify(purpose)}`, { status: 400, codes: ["invalid_request"], params: ["purpose"] }));
    if (fileField !== "file") defects.push(hard("no `file` part", INVALID));
    const label = `files purpose=${purpose} ${fileField} [${lines.map((l) => l.label).join("; ")}]`;
    if (asJson) {
      const text = JSON.stringify({ purpose, file: jsonl });
      return jsonPlan(`${label} as JSON`, text, [hard("POST /v1/files not multipart", { status: "4xx" })]);
    }
    return {
      label,
      build: () => {
        const fd = new FormData();
        if (purpose !== undefined) fd.append("purpose", purpose);
        fd.append(fileField, new Blob([jsonl], { type: "application/jsonl" }), "batch.jsonl");
        return fd;
      },
      preview: () => `multipart purpose=${purpose} ${fileField}=${JSON.stringify(jsonl)}`,
      defects,
    };
  });

type Item = { label: string; value: unknown; defect?: Defect };
const goodItemArb: fc.Arbitrary<Item> = fc.record({ id: fc.nat(9999), params: validInner("messages") }).map(({ id, params }) => ({ label: "ok", value: { custom_id: `item-${id}`, params } }));
const badItemArb: fc.Arbitrary<Item> = fc.oneof(
  fc.constant({ label: "no params", value: { custom_id: "c" }, defect: hard("batch item without params", INVALID) }),
  fc.constant({ label: "no custom_id", value: { params: { model: "m", max_tokens: 8, messages: [{ role: "user", content: "x" }] } }, defect: hard("batch item without custom_id", INVALID) }),
  fc.constant({ label: "params a string", value: { custom_id: "c", params: "hi" }, defect: hard("batch item params a string", INVALID) }),
  fc.constant({ label: "item a number", value: 5, defect: hard("batch item a number", INVALID) }),
  fc.constant({ label: "params without max_tokens", value: { custom_id: "c", params: { model: "m", messages: [{ role: "user", content: "x" }] } }, defect: hard("batch item params without max_tokens", INVALID) }),
  fc.constantFrom(...HOSTILE_NUMERIC.filter((h) => h.value !== null)).map((h) => ({
    label: `params.max_tokens=${h.raw}`,
    value: { custom_id: "c", params: { model: "m", max_tokens: h.value, messages: [{ role: "user", content: "x" }] } },
    defect: typeof h.value === "number" && numericValid("max_tokens", h.value) ? undefined : soft(`batch item max_tokens=${h.raw}`, INVALID),
  })),
);

/** POST /v1/messages/batches bodies. */
export const msgBatchesBodyArb: fc.Arbitrary<BodyPlan> = fc.oneof(
  { arbitrary: fc.array(fc.oneof({ arbitrary: goodItemArb, weight: 6 }, { arbitrary: badItemArb, weight: 1 }), { minLength: 0, maxLength: 6 }).map((items): BodyPlan => {
      const defects: Defect[] = items.flatMap((i) => (i.defect ? [i.defect] : []));
      if (items.length === 0) defects.push(soft("no batch items", INVALID));
      return jsonPlan(`messages batch [${items.map((i) => i.label).join("; ")}]`, JSON.stringify({ requests: items.map((i) => i.value) }), defects);
    }), weight: 8 },
  { arbitrary: fc.constantFrom<[string, string]>(["requests an object", '{"requests":{}}'], ["requests missing", "{}"], ["requests a string", '{"requests":"x"}']).map(([l, t]) => jsonPlan(l, t, [hard(l, INVALID)])), weight: 1 },
  { arbitrary: fc.constantFrom(...RAW_BAD.filter((r) => typeof r.text === "string")).map((r) => jsonPlan(`raw: ${r.label}`, r.text as string, [hard(r.label, BAD_JSON)])), weight: 1 },
);

/** Bodies for free POST routes: the spec does not check them (count_tokens gets a messages body). */
export const freeBodyArb = (template: string): fc.Arbitrary<BodyPlan> =>
  template === "/v1/messages/count_tokens"
    ? baseBodyArb("messages").map((b) => jsonPlan("count_tokens body", JSON.stringify(b.body)))
    : template === "/v1/batches"
      ? // a batch runs an uploaded file: the guard must have metered that file's upload for this key
        fc.constantFrom(
          jsonPlan("{}", "{}", [hard("no input_file_id", { status: 400, codes: ["invalid_request"], params: ["input_file_id"] })]),
          jsonPlan("input_file_id", '{"input_file_id":"file-abc","endpoint":"/v1/chat/completions","completion_window":"24h"}', [
            hard("a file not uploaded through the guard", { status: 400, codes: ["invalid_request"], params: ["input_file_id"] }),
          ]),
        )
      : fc.constantFrom(jsonPlan("{}", "{}"), jsonPlan("input_file_id", '{"input_file_id":"file-abc","endpoint":"/v1/chat/completions","completion_window":"24h"}'));

/** Bodies for paths outside the table (their fate is decided by the path). */
const strayBodyArb: fc.Arbitrary<BodyPlan> = fc.oneof(
  meteredBodyArb("chat"),
  fc.constantFrom(jsonPlan("{}", "{}"), jsonPlan("image prompt", '{"model":"dall-e-3","prompt":"a cat","n":10}'), jsonPlan("speech", '{"model":"tts-1","input":"hello","voice":"alloy"}')),
);

// ---------------------------------------------------------------------------------------------
// Paths

export interface PathPlan {
  raw: string;
  label: string;
  /** The table route the raw path was derived from (before spelling tricks), if any. */
  base?: TableRoute;
}

const idArb = fc
  .oneof(
    { arbitrary: fc.constantFrom("abc", "file-abc123", "resp_0123456789abcdef", "msgbatch_01", "gpt-4o", "claude-3.5:beta", "ft:gpt-4o:org:x", "a", "-", "_"), weight: 4 },
    { arbitrary: fc.stringMatching(/^[A-Za-z0-9._:-]{1,40}$/), weight: 3 },
    { arbitrary: fc.stringMatching(/^[A-Za-z0-9]{250,256}$/), weight: 1 },
  )
  .filter(isId);

const tablePathArb: fc.Arbitrary<PathPlan> = fc.constantFrom(...TABLE).chain((r) =>
  fc.tuple(idArb, idArb).map(([a, b]) => {
    let n = 0;
    const raw = r.template.replace(/\{id\}/g, () => (n++ === 0 ? a : b));
    return { raw, label: `table ${r.method} ${r.template}`, base: r };
  }),
);

const pct = (ch: string, upper: boolean) => {
  const h = ch.charCodeAt(0).toString(16).padStart(2, "0");
  return "%" + (upper ? h.toUpperCase() : h);
};

/** Spelling tricks applied to a table path. Some are non-canonical; some the URL parser undoes. */
const TRICKS: { name: string; apply: (p: string, pos: number, flag: boolean) => string }[] = [
  {
    name: "percent-encode a letter",
    apply: (p, pos, up) => {
      const idx = [...p].map((c, i) => (/[a-z_]/.test(c) ? i : -1)).filter((i) => i >= 0);
      const i = idx[pos % idx.length]!;
      return p.slice(0, i) + pct(p[i]!, up) + p.slice(i + 1);
    },
  },
  { name: "percent-encode the last letter", apply: (p, _pos, up) => p.slice(0, -1) + pct(p.slice(-1), up) },
  { name: "encoded slash", apply: (p, pos, up) => replaceSlash(p, pos, up ? "%2F" : "%2f") },
  { name: "encoded backslash", apply: (p, pos) => replaceSlash(p, pos, "%5C") },
  { name: "raw backslash (parser turns it into /)", apply: (p, pos) => replaceSlash(p, pos, "\\") },
  { name: "double slash", apply: (p, pos) => replaceSlash(p, pos, "//") },
  { name: "leading double slash", apply: (p) => "/" + p },
  { name: "trailing slash", apply: (p) => p + "/" },
  { name: "matrix param", apply: (p, _pos, f) => p + (f ? ";x=1" : ";") },
  { name: "matrix param mid-path", apply: (p, pos) => replaceSlash(p, pos, ";/") },
  { name: "trailing %00", apply: (p) => p + "%00" },
  { name: "trailing %20", apply: (p) => p + "%20" },
  { name: "trailing encoded dot", apply: (p) => p + "%2e" },
  { name: "dot segments (parser resolves)", apply: (p) => p.replace(/^\/v1\//, "/v1/x/../") },
  { name: "encoded dot segments", apply: (p) => p.replace(/^\/v1\//, "/v1/x/%2e%2e/") },
  { name: "tab inside (parser strips it)", apply: (p, pos) => { const i = 1 + (pos % (p.length - 1)); return p.slice(0, i) + "\t" + p.slice(i); } },
  { name: "non-ASCII letter", apply: (p) => p.replace(/o/, "\u00f6") },
  { name: "fullwidth letter", apply: (p) => p.replace(/s/, "\uff53") },
  { name: "double-encoded", apply: (p, pos) => { const i = 1 + (pos % (p.length - 2)); return /[a-z]/.test(p[i]!) ? p.slice(0, i) + "%25" + p.charCodeAt(i).toString(16) + p.slice(i + 1) : p + "%2573"; } },
];

function replaceSlash(p: string, pos: number, by: string): string {
  const slashes = [...p].map((c, i) => (c === "/" && i > 0 ? i : -1)).filter((i) => i >= 0);
  if (slashes.length === 0) return p + by;
  const i = slashes[pos % slashes.length]!;
  return p.slice(0, i) + by + p.slice(i + 1);
}

const trickPathArb: fc.Arbitrary<PathPlan> = fc
  .record({ t: tablePathArb, trick: fc.constantFrom(...TRICKS), pos: fc.nat(50), flag: fc.boolean() })
  .map(({ t, trick, pos, flag }) => ({ raw: trick.apply(t.raw, pos, flag), label: `${t.label} + ${trick.name}`, base: t.base }));

const caseVariantArb: fc.Arbitrary<PathPlan> = fc.record({ t: tablePathArb, flips: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }) }).map(({ t, flips }) => {
  const tpl = t.base!.template.split("/");
  const segs = t.raw.split("/").map((s, i) => (tpl[i] === "{id}" ? s : [...s].map((c, j) => (flips[(i * 7 + j) % 40] ? c.toUpperCase() : c)).join("")));
  let raw = segs.join("/");
  if (raw === t.raw) raw = raw.replace("/v1", "/V1");
  return { raw, label: `${t.label} case variant`, base: t.base };
});

const UNKNOWN = [
  "/v1/images/generations",
  "/v1/images/edits",
  "/v1/audio/speech",
  "/v1/audio/transcriptions",
  "/v1/threads/x/runs",
  "/v1/threads",
  "/v1/assistants",
  "/v1/complete",
  "/v1/realtime",
  "/v1/realtime/sessions",
  "/v1/uploads",
  "/v1/moderations",
  "/v1/fine_tuning/jobs",
  "/v1/vector_stores",
  "/v1/chat/completions/abc",
  "/v1/chat/completions/abc/messages",
  "/v1/messages/abc",
  "/v1/models/a/b",
  "/v1/files/x/y",
  "/v1/responses/abc/extra",
  "/v1/batches/x/results",
  "/v1/organization/usage/completions",
  "/v1",
  "/v1/",
  "/v2/chat/completions",
  "/chat/completions",
  "/openai/v1/chat/completions",
  "/v1/chat",
  "/v1/chat/completions.json",
  "/v1/embeddings~",
  "/v1/files/a~b",
  "/",
  "/favicon.ico",
  "/v1/models/" + "a".repeat(257),
];

const unknownPathArb: fc.Arbitrary<PathPlan> = fc.constantFrom(...UNKNOWN).map((raw) => ({ raw, label: `unknown ${raw.length > 40 ? raw.slice(0, 40) + "..." : raw}` }));

const ADMIN_PATHS = [
  "/admin/keys/lookup",
  "/admin/keys/k_00000000000000000000000000000000",
  "/admin/keys/k_00000000000000000000000000000000/reset",
  "/admin/lists/deny",
  "/admin/lists/allow/k_00000000000000000000000000000000",
  "/Admin/keys/lookup",
  "/ADMIN/lists/deny",
  "/admin/keys/%6cookup",
  "/admin/%6beys/lookup",
  "/admin//keys/lookup",
  "/admin/keys/lookup/",
  "/admin/keys/lookup;x=1",
  "/admin/keys%2Flookup",
  "/admin",
  "/admin/",
  "/v1/../admin/keys/lookup",
];
const adminPathArb: fc.Arbitrary<PathPlan> = fc.constantFrom(...ADMIN_PATHS).map((raw) => ({ raw, label: `admin ${raw}` }));

const randomPathArb: fc.Arbitrary<PathPlan> = fc
  .record({
    v1: fc.boolean(),
    segs: fc.array(fc.oneof(fc.stringMatching(/^[A-Za-z0-9._:~;%-]{0,12}$/), fc.constantFrom("chat", "completions", "messages", "models", "files", "batches", "responses", "..", ".", "")), { minLength: 1, maxLength: 5 }),
  })
  .map(({ v1, segs }) => {
    const raw = (v1 ? "/v1/" : "/") + segs.join("/");
    return { raw, label: `random ${raw}`, base: tableMatches(new URL(`https://guard.test${raw}`).pathname)[0] };
  });

export const pathArb: fc.Arbitrary<PathPlan> = fc.oneof(
  { arbitrary: tablePathArb, weight: 55 },
  { arbitrary: trickPathArb, weight: 17 },
  { arbitrary: caseVariantArb, weight: 5 },
  { arbitrary: unknownPathArb, weight: 11 },
  { arbitrary: adminPathArb, weight: 4 },
  { arbitrary: randomPathArb, weight: 8 },
);

// ---------------------------------------------------------------------------------------------
// Credentials and other headers

/** Symbolic header values: resolved against the run's key pool when the request is built. */
export type Sym = { lit: string } | { key: number } | { throwaway: true } | { basic: number } | { bearer: number; scheme: string } | { cookieKey: number };

export type CredBase =
  | "none"
  | "bearer"
  | "x-api-key"
  | "both same"
  | "bearer throwaway + x-api-key key"
  | "bearer key + x-api-key throwaway"
  | "basic"
  | "bearer empty"
  | "bearer lowercase"
  | "bearer no space"
  | "bearer oversized key"
  | "authorization key without scheme"
  | "x-api-key empty";

export const CRED_BASES: CredBase[] = [
  "none",
  "bearer",
  "x-api-key",
  "both same",
  "bearer throwaway + x-api-key key",
  "bearer key + x-api-key throwaway",
  "basic",
  "bearer empty",
  "bearer lowercase",
  "bearer no space",
  "bearer oversized key",
  "authorization key without scheme",
  "x-api-key empty",
];

export type Extra = "api-key" | "x-goog-api-key" | "cookie" | "x-guard-origin-auth" | "proxy-authorization" | "upgrade" | "anthropic-version" | "query credential" | "benign query";
export const EXTRAS: Extra[] = ["api-key", "x-goog-api-key", "cookie", "x-guard-origin-auth", "proxy-authorization", "upgrade", "anthropic-version", "query credential", "benign query"];

export interface CredPlan {
  base: CredBase;
  extras: Extra[];
  /** Pool index of the key this request means to use (and be metered on). */
  key: number;
  queryName: string;
}

export const credArb = (poolSize: number): fc.Arbitrary<CredPlan> =>
  fc.record({
    base: fc.oneof(
      { arbitrary: fc.constantFrom<CredBase>("bearer", "x-api-key", "both same"), weight: 14 },
      { arbitrary: fc.constantFrom(...CRED_BASES), weight: 6 },
    ),
    extras: fc.oneof({ arbitrary: fc.constant<Extra[]>([]), weight: 3 }, { arbitrary: fc.subarray(EXTRAS, { minLength: 1, maxLength: 3 }), weight: 2 }),
    key: fc.nat(poolSize - 1),
    queryName: fc.constantFrom(...QUERY_CRED_NAMES, "KEY", "Api_Key", "Token", "ACCESS_TOKEN", "apiKey"),
  });

// ---------------------------------------------------------------------------------------------
// The whole request

export interface RequestPlan {
  method: string;
  path: PathPlan;
  cred: CredPlan;
  body: BodyPlan;
}

/** Method: the route's own most of the time, any of METHODS otherwise. */
function methodFor(p: PathPlan): fc.Arbitrary<string> {
  const any = fc.constantFrom(...METHODS);
  if (!p.base) return fc.oneof({ arbitrary: fc.constantFrom("POST", "GET"), weight: 2 }, { arbitrary: any, weight: 1 });
  return fc.oneof({ arbitrary: fc.constant(p.base.method), weight: 6 }, { arbitrary: any, weight: 1 });
}

/** The table route a raw path + method lands on, as the guard will see the path (after URL parsing). */
export function routeOf(raw: string, method: string): TableRoute | undefined {
  return tableMatches(new URL(`https://guard.test${raw}`).pathname).find((t) => t.method === method);
}

function bodyFor(p: PathPlan, method: string): fc.Arbitrary<BodyPlan> {
  if (method === "GET" || method === "HEAD") return fc.constant(NO_BODY);
  // The body is made for the route the request really lands on (a random path may hit the table;
  // another method may land on another table route); off the table (where the path alone decides),
  // the body of the route the path was derived from, so a spelling trick carries a realistic body.
  const r = routeOf(p.raw, method) ?? p.base;
  if (!r) return strayBodyArb;
  if (r.cls === "metered") return meteredBodyArb(r.kind!);
  if (r.cls === "files") return filesBodyArb;
  if (r.cls === "msgbatches") return msgBatchesBodyArb;
  if (method === "DELETE") return fc.constant(NO_BODY);
  return freeBodyArb(r.template);
}

export const requestArb = (poolSize: number): fc.Arbitrary<RequestPlan> =>
  pathArb.chain((path) =>
    methodFor(path).chain((method) => fc.record({ method: fc.constant(method), path: fc.constant(path), cred: credArb(poolSize), body: bodyFor(path, method) })),
  );

// ---------------------------------------------------------------------------------------------
// Oracle

export interface Verdict {
  /** Parsed pathname, as the guard sees it. */
  pathname: string;
  /** The table route (path and method) the request hits, if any. */
  route?: TableRoute;
  /** The error shape the answer must have: a table path's provider, or either. */
  shape: Provider | "either";
  /** serve: must be a 2xx from the origin; refuse: must be refused; either: may go both ways. */
  outcome: "serve" | "refuse" | "either";
  defects: Defect[];
  /** Refusals the spec allows for this request (union over the deciding defects). */
  accept: Accept[];
}

const PATH_LEVEL_CRED_Q: Accept = { status: 401 };

export function verdictOf(plan: RequestPlan, url: URL): Verdict {
  const pathname = url.pathname;
  const matches = tableMatches(pathname);
  const shape: Provider | "either" = matches.length ? matches[0]!.provider : "either";
  const route = matches.find((r) => r.method === plan.method);
  const c = plan.cred;
  const hasQueryCred = c.extras.includes("query credential");
  const hasUpgrade = c.extras.includes("upgrade");

  // Path-level defects decide alone (plus a query credential's 401 and an Upgrade's any-4xx).
  const pathDefects: Defect[] = [];
  const short = pathname.length > 60 ? pathname.slice(0, 60) + "..." : pathname;
  if (pathname === "/") pathDefects.push(hard("root path", { status: 400, codes: ["invalid_request"] }, { status: 404, codes: ["not_found"] }));
  else if (!isCanonical(pathname)) pathDefects.push(tagged(`non-canonical path${pathname.startsWith("/admin") ? " (admin)" : ""}`, hard(`non-canonical path ${short}`, { status: 400, codes: ["invalid_request"] })));
  else if (pathname === "/v1/realtime" || pathname.startsWith("/v1/realtime/")) pathDefects.push(hard("realtime", { status: "4xx" }));
  else if (pathname === "/admin" || pathname.startsWith("/admin/")) pathDefects.push(hard("admin route without the admin token", { status: 401, codes: ["unauthorized"] }, { status: 404, codes: ["not_found"] }, { status: 405 }, { status: 400 }));
  else if (matches.length === 0) pathDefects.push(tagged(pathname.startsWith("/v1/") ? "unknown /v1 path" : "unknown path", hard(`not in the route table: ${short}`, { status: 404, codes: ["not_found"] })));
  else if (!route) {
    const metered = matches.some((r) => r.cls === "metered");
    pathDefects.push(
      metered
        ? tagged("other method on a metered path", hard(`${plan.method} on metered ${short}`, { status: 405, codes: ["method_not_allowed"] }))
        : tagged("method not in the table for a free/batch path", hard(`${plan.method} not in the table for ${short}`, { status: 405, codes: ["method_not_allowed"] }, { status: 404, codes: ["not_found"] })),
    );
  }
  const extraDefects: Defect[] = [];
  if (hasQueryCred) extraDefects.push(hard("credential in the query string", PATH_LEVEL_CRED_Q));
  if (hasUpgrade) extraDefects.push(hard("Upgrade header", { status: "4xx" }));
  if (pathDefects.length) {
    const defects = [...pathDefects, ...extraDefects];
    return { pathname, route: undefined, shape, outcome: "refuse", defects, accept: defects.flatMap((d) => d.accept) };
  }

  const defects: Defect[] = [...extraDefects];
  const credOnly = ["api-key", "x-goog-api-key", "cookie"].some((e) => c.extras.includes(e as Extra));
  switch (c.base) {
    case "none":
      defects.push(hard("no credential", { status: 401, codes: credOnly ? ["missing_api_key", "invalid_api_key"] : ["missing_api_key"] }));
      break;
    case "bearer throwaway + x-api-key key":
    case "bearer key + x-api-key throwaway":
      defects.push(hard("two different credentials", { status: 401, codes: ["invalid_api_key"] }));
      break;
    case "basic":
    case "bearer no space":
    case "authorization key without scheme":
      defects.push(hard(`authorization not 'Bearer <key>' (${c.base})`, { status: 401, codes: ["invalid_api_key", "missing_api_key"] }));
      break;
    case "bearer empty":
      defects.push(hard("empty bearer", { status: 401, codes: ["invalid_api_key", "missing_api_key"] }));
      break;
    case "x-api-key empty":
      defects.push(hard("empty x-api-key", { status: 401, codes: ["invalid_api_key", "missing_api_key"] }));
      break;
    case "bearer oversized key":
      defects.push(hard("600-character key", { status: 401, codes: ["invalid_api_key"] }));
      break;
    case "bearer lowercase":
      defects.push(soft("lowercase 'bearer' scheme", { status: 401, codes: ["invalid_api_key", "missing_api_key"] }));
      break;
    default:
      break;
  }
  defects.push(...plan.body.defects);
  // a batch's answers only for the key that created it through the guard (docs/config.md
  // batchResults): the generated keys create none, so every fetch of them is refused
  if (route && plan.method === "GET" && (route.template === "/v1/files/{id}/content" || route.template === "/v1/messages/batches/{id}/results")) {
    defects.push(hard("results of a batch this key did not create", { status: 404, codes: ["not_found"] }));
  }
  // nor a file or batch named by id, retrieved, cancelled or deleted (red team R78-2)
  if (route && NAMED_RESOURCES.has(`${plan.method} ${route.template}`)) {
    defects.push(hard("a file or batch this key did not upload or create", { status: 404, codes: ["not_found"] }));
  }
  const hardOnes = defects.filter((d) => d.hard);
  const outcome = hardOnes.length ? "refuse" : defects.length ? "either" : "serve";
  return { pathname, route, shape, outcome, defects, accept: defects.flatMap((d) => d.accept) };
}
