/**
 * Batch shapes of the mock origin: OpenAI files and batches, an Anthropic message batch. Just
 * enough for the official clients to parse the answers.
 *
 * OpenAI: an uploaded file is kept (bounded: the newest KEPT_FILES) so a batch run from it can be
 * answered; a batch is "completed" as soon as it is retrieved (`GET /v1/batches/{id}`), naming an
 * output file whose content (`GET /v1/files/{id}/content`) answers each input line as the line's
 * own route answers it (usage included), non-streamed. `x-mock-words` on `POST /v1/batches` sets
 * every item's words, as it does for one request. Files are shared by every key behind the guard,
 * as an organisation's are at the real API (the guard's origin credential is one).
 *
 * Anthropic: a message batch ends at once and its results are rebuilt from its id (no state).
 */
import { CREATED } from "./context.ts";
import { handleMockRequest } from "./origin.ts";
import { loremWords, planWords, promptTokens } from "./usage.ts";

let seq = 0;

/** Most files (and batches) the mock keeps; the oldest is forgotten first. */
export const KEPT_FILES = 256;

interface MockFile {
  id: string;
  purpose: string;
  filename: string;
  bytes: number;
  /** The file's text (an upload's bytes as UTF-8); an output file's is built when it is read. */
  text?: string;
  /** An output file: the batch whose answers it holds. */
  batch?: string;
}
interface MockBatch {
  id: string;
  endpoint: string;
  input_file_id: string;
  completion_window: string;
  words: string | null;
  cancelled: boolean;
}
const files = new Map<string, MockFile>();
const batches = new Map<string, MockBatch>();

function keep<T>(map: Map<string, T>, id: string, v: T): void {
  map.set(id, v);
  while (map.size > KEPT_FILES) map.delete(map.keys().next().value!);
}

function fileObject(f: MockFile) {
  return { id: f.id, object: "file", bytes: f.bytes, created_at: CREATED, filename: f.filename, purpose: f.purpose, status: "processed", expires_at: null, status_details: null };
}

export async function uploadFile(req: Request, headers: Record<string, string>): Promise<Response> {
  const form = await req.formData();
  const file = form.get("file");
  const isFile = typeof file !== "string" && file !== null;
  const text = isFile ? await file.text() : "";
  const f: MockFile = {
    id: `file-mock${++seq}`, purpose: String(form.get("purpose") ?? ""), filename: isFile ? file.name : "upload",
    bytes: isFile ? file.size : 0, text,
  };
  keep(files, f.id, f);
  return Response.json(fileObject(f), { headers });
}

export async function createBatch(req: Request, headers: Record<string, string>): Promise<Response> {
  const b = (await req.json()) as { input_file_id?: string; endpoint?: string; completion_window?: string };
  const batch: MockBatch = {
    id: `batch_mock${++seq}`, endpoint: b.endpoint ?? "/v1/chat/completions", input_file_id: b.input_file_id ?? "",
    completion_window: b.completion_window ?? "24h", words: req.headers.get("x-mock-words"), cancelled: false,
  };
  keep(batches, batch.id, batch);
  return Response.json({ ...batchObject(batch, false), status: "validating" }, { headers });
}

function inputLines(batch: MockBatch): string[] {
  const text = files.get(batch.input_file_id)?.text ?? "";
  return text.split("\n").filter((l) => l.trim() !== "");
}

function batchObject(batch: MockBatch, done: boolean) {
  const n = inputLines(batch).length;
  const output = outputId(batch);
  const status = batch.cancelled ? "cancelled" : done ? "completed" : "validating";
  return {
    id: batch.id, object: "batch", endpoint: batch.endpoint, errors: null, input_file_id: batch.input_file_id,
    completion_window: batch.completion_window, status, output_file_id: status === "completed" ? output : null, error_file_id: null,
    created_at: CREATED, in_progress_at: done ? CREATED : null, expires_at: CREATED + 86_400, finalizing_at: null,
    completed_at: status === "completed" ? CREATED + 60 : null, failed_at: null, expired_at: null, cancelling_at: null,
    cancelled_at: batch.cancelled ? CREATED + 30 : null,
    request_counts: { total: n, completed: status === "completed" ? n : 0, failed: 0 }, metadata: null,
  };
}

/**
 * OpenAI batch and file routes other than the two creations: `GET /v1/batches[/{id}]`, `POST
 * /v1/batches/{id}/cancel`, `GET /v1/files[/{id}[/content]]`, `DELETE /v1/files/{id}`. A batch
 * completes when first retrieved, and its output file then exists; undefined for a path this
 * does not serve (the caller answers 404).
 */
export async function openaiBatchRoute(method: string, path: string, headers: Record<string, string>): Promise<Response | undefined> {
  if (method === "GET" && path === "/v1/batches") {
    return Response.json({ object: "list", data: [...batches.values()].map(retrieve), has_more: false, first_id: null, last_id: null }, { headers });
  }
  if (method === "GET" && path === "/v1/files") {
    return Response.json({ object: "list", data: [...files.values()].map(fileObject), has_more: false }, { headers });
  }
  const b = /^\/v1\/batches\/([^/]+)(\/cancel)?$/.exec(path);
  if (b) {
    const batch = batches.get(b[1]!);
    if (!batch || (b[2] ? method !== "POST" : method !== "GET")) return undefined;
    // a cancel before the batch was first retrieved cancels it; after, it has completed
    if (b[2]) batch.cancelled = batch.cancelled || !files.has(outputId(batch));
    return Response.json(retrieve(batch), { headers });
  }
  const f = /^\/v1\/files\/([^/]+)(\/content)?$/.exec(path);
  const file = f ? files.get(f[1]!) : undefined;
  if (!f || !file) return undefined;
  if (method === "DELETE" && !f[2]) {
    files.delete(file.id);
    return Response.json({ id: file.id, object: "file", deleted: true }, { headers });
  }
  if (method !== "GET") return undefined;
  if (!f[2]) return Response.json(fileObject(file), { headers });
  const text = file.text ?? (file.batch !== undefined ? await outputText(batches.get(file.batch)) : "");
  return new Response(text, { headers: { ...headers, "content-type": "application/octet-stream" } });
}

function outputId(batch: MockBatch): string {
  return `file-mockout${batch.id.slice("batch_mock".length)}`;
}

/** A batch as retrieved: completed (its output file made) unless it was cancelled first. */
function retrieve(batch: MockBatch) {
  const id = outputId(batch);
  if (!batch.cancelled && !files.has(id)) keep(files, id, { id, purpose: "batch_output", filename: `${batch.id}_output.jsonl`, bytes: 0, batch: batch.id });
  return batchObject(batch, true);
}

/** Each input line answered as its own route answers it (non-streamed), one output line each. */
async function outputText(batch: MockBatch | undefined): Promise<string> {
  if (!batch) return "";
  const out: string[] = [];
  let i = 0;
  for (const line of inputLines(batch)) {
    i++;
    let item: { custom_id?: unknown; url?: unknown; body?: unknown };
    try {
      item = JSON.parse(line) as typeof item;
    } catch {
      continue;
    }
    const url = typeof item.url === "string" ? item.url : batch.endpoint;
    const body = item.body !== null && typeof item.body === "object" ? { ...(item.body as Record<string, unknown>), stream: false } : {};
    const wordHeader: Record<string, string> = batch.words !== null ? { "x-mock-words": batch.words } : {};
    const res = await handleMockRequest(new Request(`https://origin.mock${url}`, {
      method: "POST", headers: { "content-type": "application/json", ...wordHeader }, body: JSON.stringify(body),
    }));
    out.push(JSON.stringify({
      id: `batch_req_mock${batch.id.slice("batch_mock".length)}_${i}`, custom_id: item.custom_id ?? null,
      response: { status_code: res.status, request_id: res.headers.get("x-request-id") ?? `req_mock_${i}`, body: await res.json() },
      error: null,
    }));
  }
  return out.length ? out.join("\n") + "\n" : "";
}

/** A message batch's id carries what its results will hold (the mock keeps no state): its number of
 *  items and, taken from its first item for all of them, the answer's words and prompt tokens. */
const MESSAGE_BATCH_ID = /^msgbatch_mock_(\d{1,5})_(\d{1,6})_(\d{1,7})_(\d{1,9})$/;

export async function createMessageBatch(req: Request, headers: Record<string, string>): Promise<Response> {
  const b = (await req.json()) as { requests?: unknown[] };
  const n = Array.isArray(b.requests) ? b.requests.length : 0;
  const first = (Array.isArray(b.requests) ? (b.requests[0] as { params?: unknown } | undefined)?.params : undefined) ?? {};
  const params = typeof first === "object" && first !== null ? (first as Record<string, unknown>) : {};
  const id = `msgbatch_mock_${n}_${planWords(params, null).words}_${promptTokens("/v1/messages", params)}_${++seq}`;
  return Response.json(messageBatch(id, n, false), { headers });
}

function messageBatch(id: string, n: number, ended: boolean) {
  return {
    id, type: "message_batch", processing_status: ended ? "ended" : "in_progress",
    request_counts: { processing: ended ? 0 : n, succeeded: ended ? n : 0, errored: 0, canceled: 0, expired: 0 },
    created_at: new Date(CREATED * 1000).toISOString(), expires_at: new Date((CREATED + 86_400) * 1000).toISOString(),
    ended_at: ended ? new Date((CREATED + 60) * 1000).toISOString() : null, archived_at: null, cancel_initiated_at: null,
    results_url: ended ? `${ORIGIN_PLACEHOLDER}/v1/messages/batches/${id}/results` : null,
  };
}
const ORIGIN_PLACEHOLDER = "https://api.anthropic.com";

/**
 * `GET /v1/messages/batches/{id}` (ended at once) and `GET /v1/messages/batches/{id}/results` (JSONL,
 * one succeeded item per line, `custom_id` "item-<i>": the mock does not keep the real ones) of a
 * batch this mock created; undefined for any other path or id.
 */
export function messageBatchRoute(path: string, headers: Record<string, string>): Response | undefined {
  const m = /^\/v1\/messages\/batches\/([^/]+)(\/results)?$/.exec(path);
  const id = m?.[1];
  const parts = id === undefined ? null : MESSAGE_BATCH_ID.exec(id);
  if (!m || !parts) return undefined;
  const [n, words, prompt] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (!m[2]) return Response.json(messageBatch(id!, n, true), { headers });
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const message = {
      id: `msg_mock_${parts[4]}_${i}`, type: "message", role: "assistant", model: "mock-model",
      content: [{ type: "text", text: loremWords(words).join(" ") }], stop_reason: "end_turn", stop_sequence: null,
      usage: { input_tokens: prompt, output_tokens: words },
    };
    lines.push(JSON.stringify({ custom_id: `item-${i}`, result: { type: "succeeded", message } }));
  }
  return new Response(lines.join("\n") + "\n", { headers: { ...headers, "content-type": "application/binary" } });
}
