/**
 * Batch shapes of the mock origin: an OpenAI file upload (purpose batch) and batch creation, an
 * Anthropic message batch. Just enough for the official clients to parse the answer; an OpenAI
 * batch never runs, a message batch ends at once and its results are rebuilt from its id.
 */
import { CREATED } from "./context.ts";
import { loremWords, planWords, promptTokens } from "./usage.ts";

let seq = 0;

export async function uploadFile(req: Request, headers: Record<string, string>): Promise<Response> {
  const form = await req.formData();
  const file = form.get("file");
  const bytes = typeof file === "string" || file === null ? 0 : file.size;
  const filename = typeof file === "string" || file === null ? "upload" : file.name;
  return Response.json(
    { id: `file-mock${++seq}`, object: "file", bytes, created_at: CREATED, filename, purpose: String(form.get("purpose") ?? ""), status: "processed" },
    { headers },
  );
}

export async function createBatch(req: Request, headers: Record<string, string>): Promise<Response> {
  const b = (await req.json()) as { input_file_id?: string; endpoint?: string; completion_window?: string };
  return Response.json(
    {
      id: `batch_mock${++seq}`, object: "batch", endpoint: b.endpoint ?? "/v1/chat/completions", input_file_id: b.input_file_id ?? "",
      completion_window: b.completion_window ?? "24h", status: "validating", created_at: CREATED,
      request_counts: { total: 0, completed: 0, failed: 0 },
    },
    { headers },
  );
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
