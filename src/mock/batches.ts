/**
 * Batch shapes of the mock origin: an OpenAI file upload (purpose batch) and batch creation, an
 * Anthropic message batch. Just enough for the official clients to parse the answer; no batch
 * ever runs.
 */
import { CREATED } from "./context.ts";

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

export async function createMessageBatch(req: Request, headers: Record<string, string>): Promise<Response> {
  const b = (await req.json()) as { requests?: unknown[] };
  const n = Array.isArray(b.requests) ? b.requests.length : 0;
  return Response.json(
    {
      id: `msgbatch_mock${++seq}`, type: "message_batch", processing_status: "in_progress",
      request_counts: { processing: n, succeeded: 0, errored: 0, canceled: 0, expired: 0 },
      created_at: new Date(CREATED * 1000).toISOString(), expires_at: new Date((CREATED + 86_400) * 1000).toISOString(),
      ended_at: null, archived_at: null, cancel_initiated_at: null, results_url: null,
    },
    { headers },
  );
}
