import { describe, expect, it } from "vitest";
import { KEPT_FILES } from "../../src/mock/batches.ts";
import { handleMockRequest } from "../../src/mock/origin.ts";

const BASE = "http://origin.test";

async function upload(lines: unknown[], purpose = "batch"): Promise<string> {
  const form = new FormData();
  form.set("purpose", purpose);
  form.set("file", new File([lines.map((l) => JSON.stringify(l)).join("\n") + "\n"], "in.jsonl"));
  const res = await handleMockRequest(new Request(`${BASE}/v1/files`, { method: "POST", body: form }));
  expect(res.status).toBe(200);
  return ((await res.json()) as { id: string }).id;
}

async function json(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; j: any }> {
  const res = await handleMockRequest(new Request(`${BASE}${path}`, {
    method, headers: { "content-type": "application/json", ...headers }, body: body === undefined ? undefined : JSON.stringify(body),
  }));
  const text = await res.text();
  return { status: res.status, j: res.headers.get("content-type")?.startsWith("application/json") ? JSON.parse(text) : text };
}

// "abcdefgh" is 8 characters: 2 prompt tokens.
const line = (i: number, max: number, url = "/v1/chat/completions") => ({
  custom_id: `c${i}`, method: "POST", url,
  body: url === "/v1/embeddings" ? { model: "mock-embed", input: "abcdefgh" } : { model: "mock-gpt", max_tokens: max, messages: [{ role: "user", content: "abcdefgh" }] },
});

describe("mock origin: OpenAI batches", () => {
  it("runs an uploaded file: validating, completed on retrieval, an output file answering each line with its usage", async () => {
    const file = await upload([line(1, 5), line(2, 9), line(3, 0, "/v1/embeddings")]);
    const created = await json("POST", "/v1/batches", { input_file_id: file, endpoint: "/v1/chat/completions", completion_window: "24h" });
    expect(created.j).toMatchObject({ object: "batch", status: "validating", input_file_id: file, output_file_id: null });
    const got = await json("GET", `/v1/batches/${created.j.id}`);
    expect(got.j).toMatchObject({ status: "completed", request_counts: { total: 3, completed: 3, failed: 0 } });
    const out = got.j.output_file_id as string;
    expect(out).toMatch(/^file-mockout/);
    expect((await json("GET", `/v1/files/${out}`)).j).toMatchObject({ id: out, purpose: "batch_output" });
    const content = await json("GET", `/v1/files/${out}/content`);
    const items = (content.j as string).trim().split("\n").map((l) => JSON.parse(l));
    expect(items.map((x) => x.custom_id)).toEqual(["c1", "c2", "c3"]);
    expect(items[0].response).toMatchObject({ status_code: 200, body: { object: "chat.completion", usage: { prompt_tokens: 2, completion_tokens: 5 } } });
    expect(items[1].response.body.usage.completion_tokens).toBe(9);
    expect(items[2].response.body).toMatchObject({ object: "list", usage: { prompt_tokens: 2 } });
    // the input file reads back as it was uploaded
    expect(((await json("GET", `/v1/files/${file}/content`)).j as string).split("\n")[0]).toBe(JSON.stringify(line(1, 5)));
  });

  it("x-mock-words on the batch's creation sets every item's words", async () => {
    const file = await upload([line(1, 5), line(2, 5)]);
    const created = await json("POST", "/v1/batches", { input_file_id: file, endpoint: "/v1/chat/completions" }, { "x-mock-words": "700" });
    const out = (await json("GET", `/v1/batches/${created.j.id}`)).j.output_file_id;
    const items = ((await json("GET", `/v1/files/${out}/content`)).j as string).trim().split("\n").map((l) => JSON.parse(l));
    expect(items.map((x) => x.response.body.usage.completion_tokens)).toEqual([700, 700]);
  });

  it("a batch cancelled before it was retrieved has no output; one cancelled after stays completed", async () => {
    const file = await upload([line(1, 5)]);
    const a = (await json("POST", "/v1/batches", { input_file_id: file, endpoint: "/v1/chat/completions" })).j.id;
    expect((await json("POST", `/v1/batches/${a}/cancel`)).j).toMatchObject({ status: "cancelled", output_file_id: null });
    expect((await json("GET", `/v1/batches/${a}`)).j.status).toBe("cancelled");
    const b = (await json("POST", "/v1/batches", { input_file_id: file, endpoint: "/v1/chat/completions" })).j.id;
    await json("GET", `/v1/batches/${b}`);
    expect((await json("POST", `/v1/batches/${b}/cancel`)).j.status).toBe("completed");
  });

  it("lists, deletes, answers 404 for what it does not hold, and keeps only the newest files", async () => {
    const file = await upload([line(1, 5)]);
    expect((await json("GET", "/v1/files")).j.data.some((f: { id: string }) => f.id === file)).toBe(true);
    expect((await json("DELETE", `/v1/files/${file}`)).j).toEqual({ id: file, object: "file", deleted: true });
    expect((await json("GET", `/v1/files/${file}`)).status).toBe(404);
    expect((await json("GET", "/v1/batches/batch_nope")).status).toBe(404);
    expect((await json("GET", "/v1/files/file-nope/content")).status).toBe(404);
    const first = await upload([line(1, 5)]);
    for (let i = 0; i < KEPT_FILES; i++) await upload([]);
    expect((await json("GET", `/v1/files/${first}`)).status).toBe(404);
    expect((await json("GET", "/v1/files")).j.data.length).toBeLessThanOrEqual(KEPT_FILES);
  });
});
