/**
 * Batches: an OpenAI batch input file (a JSONL file uploaded to POST /v1/files with purpose
 * "batch") and an Anthropic message batch (POST /v1/messages/batches, requests inline). Each inner
 * request is checked and prepared exactly as if it had been sent on its own route, so the batch is
 * metered and seen by detection request by request. Pure: no I/O beyond parsing the given bytes.
 */
import { extractSignals, type RequestSignals } from "../detect/index.ts";
import type { FrameMemory } from "../detect/frame.ts";
import type { NetMeta } from "../policy/types.ts";
import { type DegradeSettings, degradedReservation } from "./degrade.ts";
import { GuardError } from "./errors.ts";
import { type PrepareOptions, type PreparedRequest, itemsAsked, parseJsonObject, prepareBody, withReservedCap } from "./request.ts";
import type { MeteredKind } from "./routes.ts";
import { isObj } from "../policy/json.ts";

/** Most inner requests accepted in one batch (OpenAI's own limit per batch is 50,000). */
export const MAX_BATCH_REQUESTS = 50_000;

/** Target URLs an OpenAI batch line may name, and the route each one is metered as. */
const OPENAI_BATCH_URLS: Record<string, MeteredKind> = {
  "/v1/chat/completions": "chat",
  "/v1/completions": "completions",
  "/v1/responses": "responses",
  "/v1/embeddings": "embeddings",
};

export interface BatchItem {
  kind: MeteredKind;
  body: unknown;
  /** Where the item is, for error messages and `param` ("line 12", "requests[3]"). */
  where: string;
  /** The whole parsed line of a batch file (re-serialised for the origin). */
  line?: Record<string, unknown>;
}

/**
 * A parsed batch and the body to send the origin in its place: rebuilt from what the guard parsed
 * and checked, never the client's bytes (a duplicate key such as `{"requests":[...],"requests":[...]}`
 * must not say one thing to the guard and another to the origin).
 */
export interface ParsedBatch {
  items: BatchItem[];
  /** An upload of a model input (INPUT_FILE_PURPOSES), not a batch: no items (the caller forwards
   *  the upload as sent; `forward` gives the parsed form). */
  inputFile?: true;
  /** The body for the origin, each inner request's body passed through `body` (default: as parsed). */
  forward(body?: (item: BatchItem, index: number) => unknown): FormData | string;
}


function bad(where: string, message: string, param: string): never {
  throw new GuardError("invalid_request", `Batch ${where}: ${message}`, { param });
}

/** The inner requests of a batch input file (JSONL): one `{custom_id, method, url, body}` per line. */
export function openaiBatchItems(text: string): BatchItem[] {
  const items: BatchItem[] = [];
  let lineNo = 0;
  for (const raw of text.split("\n")) {
    lineNo++;
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") continue;
    const where = `line ${lineNo}`;
    if (items.length >= MAX_BATCH_REQUESTS) bad(where, `more than ${MAX_BATCH_REQUESTS} requests in one batch file.`, "file");
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      bad(where, "not valid JSON.", "file");
    }
    if (!isObj(v)) bad(where, "must be a JSON object {custom_id, method, url, body}.", "file");
    if (typeof v.custom_id !== "string" || v.custom_id === "") bad(where, "custom_id must be a non-empty string.", "file");
    if (v.method !== "POST") bad(where, "method must be \"POST\".", "file");
    const kind = typeof v.url === "string" && Object.hasOwn(OPENAI_BATCH_URLS, v.url) ? OPENAI_BATCH_URLS[v.url] : undefined;
    if (!kind) bad(where, `url must be one of ${Object.keys(OPENAI_BATCH_URLS).join(", ")}.`, "file");
    if (items.length > 0 && items[0]!.line!.url !== v.url) bad(where, `every line of a batch file must name the same url (line 1 names ${String(items[0]!.line!.url)}).`, "file");
    items.push({ kind, body: v.body, where, line: v });
  }
  if (items.length === 0) bad("file", "contains no requests.", "file");
  return items;
}

/** Upload purposes of model inputs: a PDF or an image a later request names by `file_id`. That
 *  request carries a media part, read as one (detect/view.ts: counted, its reference hashed, the
 *  answer read against the readable text), as a PDF by URL or inline is; the upload itself is a
 *  free request (red team R15-1's suite j: a chat-with-your-PDF app lost 12.3 % of its requests,
 *  every upload, to a 400). */
export const INPUT_FILE_PURPOSES: ReadonlySet<string> = new Set(["user_data", "vision", "assistants"]);

/**
 * The batch input file of a multipart upload to POST /v1/files. Served through the guard: a batch
 * (`purpose: "batch"`, its requests read and metered) and a model input (INPUT_FILE_PURPOSES,
 * `inputFile`; `assistants`: a file the origin's file search or code interpreter reads, red team
 * R39b-6); other purposes (fine-tuning data, evals) are refused.
 */
export async function openaiUpload(bytes: Uint8Array, contentType: string, anthropic = false): Promise<ParsedBatch> {
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw new GuardError("invalid_request", "File uploads must be multipart/form-data with a 'purpose' and a 'file' field.", { param: "file" });
  }
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new GuardError("invalid_request", "The multipart upload could not be parsed.", { param: "file" });
  }
  const purpose = form.getAll("purpose");
  if (purpose.length === 1 && typeof purpose[0] === "string" && INPUT_FILE_PURPOSES.has(purpose[0])) {
    return { items: [], inputFile: true, forward: () => form };
  }
  // Anthropic's Files API (an `anthropic-version` or `anthropic-beta` header): one file, no
  // purpose, always a model input (red team R81-1: its uploads were refused for want of a purpose)
  if (anthropic && purpose.length === 0) {
    const file = form.getAll("file");
    if (file.length !== 1 || typeof file[0] === "string") throw new GuardError("invalid_request", "The upload must carry exactly one 'file' part.", { param: "file" });
    return { items: [], inputFile: true, forward: () => form };
  }
  if (purpose.length !== 1 || purpose[0] !== "batch") {
    throw new GuardError("invalid_request", "Only uploads with purpose 'batch', 'user_data', 'vision' or 'assistants' are accepted through this gateway.", { param: "purpose" });
  }
  const files = form.getAll("file");
  const file = files[0];
  if (files.length !== 1 || typeof file === "string" || file === undefined) {
    throw new GuardError("invalid_request", "The upload must carry exactly one 'file' part.", { param: "file" });
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(await file.arrayBuffer());
  } catch {
    throw new GuardError("invalid_request", "The batch file is not valid UTF-8.", { param: "file" });
  }
  const items = openaiBatchItems(text);
  const name = file.name || "batch.jsonl";
  const forward = (body: (item: BatchItem, index: number) => unknown = (it) => it.body) => {
    const form = new FormData();
    form.set("purpose", "batch");
    const jsonl = items.map((it, i) => JSON.stringify({ ...it.line, body: body(it, i) })).join("\n") + "\n";
    form.set("file", new File([jsonl], name, { type: "application/jsonl" }));
    return form;
  };
  return { items, forward };
}

/** The inner requests of an Anthropic message batch: `{requests: [{custom_id, params}]}`. */
export function anthropicBatch(bytes: Uint8Array): ParsedBatch {
  const parsed = parseJsonObject(bytes);
  const items = anthropicBatchItems(parsed);
  const forward = (body: (item: BatchItem, index: number) => unknown = (it) => it.body) =>
    JSON.stringify({ ...parsed, requests: (parsed.requests as Record<string, unknown>[]).map((r, i) => ({ ...r, params: body(items[i]!, i) })) });
  return { items, forward };
}

export function anthropicBatchItems(body: Record<string, unknown>): BatchItem[] {
  const reqs = body.requests;
  if (!Array.isArray(reqs) || reqs.length === 0) {
    throw new GuardError("invalid_request", "'requests' must be a non-empty array.", { param: "requests" });
  }
  if (reqs.length > MAX_BATCH_REQUESTS) {
    throw new GuardError("invalid_request", `At most ${MAX_BATCH_REQUESTS} requests per batch.`, { param: "requests" });
  }
  return reqs.map((r, i) => {
    const where = `requests[${i}]`;
    if (!isObj(r)) bad(where, "must be an object {custom_id, params}.", where);
    if (typeof r.custom_id !== "string" || r.custom_id === "") bad(where, "custom_id must be a non-empty string.", `${where}.custom_id`);
    return { kind: "messages" as const, body: r.params, where: `${where}.params` };
  });
}

/**
 * An MCP server in a batch item is refused (red team R79-2). The origin's connector hands the
 * model's tool calls, and so its answer, to a server the client runs. A batch's answers are
 * settled and read only when its results are fetched through the guard, so the client need never
 * fetch them. Ten batches whose PDFs by URL the origin billed at 7.5M tokens were charged their
 * reservations (92,200), and detection read none of the 50 answers. A request on its own keeps its
 * MCP servers: its answer passes through the guard and is settled as it ends.
 */
function refuseMcp(kind: MeteredKind, body: Record<string, unknown>): void {
  const why = "an MCP server is not accepted in a batch item: the origin would hand the item's answer to it, outside the results this gateway meters. Send the request on its own, where its answer passes through.";
  if (kind === "messages" && body.mcp_servers !== undefined && body.mcp_servers !== null) throw new GuardError("invalid_request", why, { param: "mcp_servers" });
  if (!Array.isArray(body.tools)) return;
  body.tools.forEach((t, i) => {
    const type = isObj(t) ? t.type : undefined;
    if (type === "mcp" || (typeof type === "string" && type.startsWith("mcp_toolset"))) throw new GuardError("invalid_request", why, { param: `tools[${i}].type` });
  });
}

/** prepareBody for one inner request, its errors naming where in the batch they are. */
export function prepareItem(item: BatchItem, opts: PrepareOptions): PreparedRequest {
  try {
    // the origin's batch runner answers it, never this guard: it runs with the cap it reserves
    // (red team R13-2: uncapped lines ran uncapped, charged 1,024 tokens each)
    // (a line marked background is capped at the same cap: the runner answers it all the same)
    const body = isObj(item.body) ? withReservedCap(item.kind, item.body, opts.defaultMaxOutput) : item.body;
    if (isObj(body)) refuseMcp(item.kind, body);
    return prepareBody(item.kind, body, { ...opts, backgroundMaxOutput: opts.defaultMaxOutput, batchItem: true });
  } catch (e) {
    if (e instanceof GuardError) {
      throw new GuardError(e.code, `Batch ${item.where}: ${e.message}`, { param: e.param ? `${item.where}.${e.param}` : item.where });
    }
    throw e;
  }
}

/** What admission needs to know about a batch: every inner request prepared, estimated and (when detection runs) signalled. */
export interface BatchPlan {
  preps: PreparedRequest[];
  signals: RequestSignals[];
  reservedTokens: number;
  /** The reservation with every inner request degraded. */
  degradedTokens: number;
  promptTokens: number;
  /** The prompts and inputs the inner requests ask for (request.ts itemsAsked, summed). */
  items: number;
}

/** Prepare every inner request as if sent on its own (the guard and the replay CLI both call this). */
export function planBatch(items: readonly BatchItem[], opts: PrepareOptions, degrade: DegradeSettings, net: NetMeta | undefined, frame?: FrameMemory): BatchPlan {
  const plan: BatchPlan = { preps: [], signals: [], reservedTokens: 0, degradedTokens: 0, promptTokens: 0, items: 0 };
  for (const item of items) {
    const prep = prepareItem(item, opts);
    plan.preps.push(prep);
    plan.reservedTokens += prep.reservedTokens;
    // (a degraded item keeps its hosted tools, and the calls they may make: hostedCallsAsked)
    plan.degradedTokens += degradedReservation(item.kind, prep.body, prep.promptTokens, degrade) + (prep.hostedReserved ?? 0);
    plan.promptTokens += prep.promptTokens;
    plan.items += itemsAsked(item.kind, prep.body);
    // a batch's answers are fetched with its results, later (signals `lt`)
    prep.view.later = true;
    if (net) plan.signals.push(extractSignals(prep.view, net, frame));
  }
  return plan;
}

/** A message batch object's results location at the origin: `/v1/messages/batches/{id}/results`. */
const RESULTS_PATH = /^\/v1\/messages\/batches\/[A-Za-z0-9._:-]{1,256}\/results$/;

/**
 * A message batch answer (one batch, or a list's `data`) with each `results_url` pointed at the
 * guard (`origin`, the URL the client called): the origin names its own absolute URL, and the
 * official SDK fetches results from exactly that URL, so results would be fetched around the guard
 * (their answers unread, red team R7-1; or refused by an origin that requires the guard's header).
 * Text that is not such JSON is returned unchanged.
 */
export function pointResultsAt(text: string, origin: string): string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return text;
  }
  if (!isObj(body)) return text;
  let changed = false;
  const fix = (o: unknown) => {
    if (!isObj(o) || typeof o.results_url !== "string") return;
    let path: string;
    try {
      path = new URL(o.results_url, origin).pathname;
    } catch {
      return;
    }
    if (!RESULTS_PATH.test(path)) return;
    o.results_url = origin + path;
    changed = true;
  };
  fix(body);
  if (Array.isArray(body.data)) for (const o of body.data) fix(o);
  return changed ? JSON.stringify(body) : text;
}

