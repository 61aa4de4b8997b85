/**
 * Files and batches named by id, and their lists, are the key's own (red team R78-2): under
 * `batchResults: "owner"` a key retrieves, cancels and deletes only the files it uploaded and the
 * batches it created through the guard (or its batch group's), as it fetches only their answers;
 * a list of files or batches shows only those. Before, any key cancelled another's batch (which
 * stayed charged to its creator), deleted its output file before it was read, and listed every
 * key's file names.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { handleMockRequest } from "../../src/mock/origin.ts";
import { admin, call, keyIdOf, mockOrigin, newKey } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

const auth = (key: string) => ({ authorization: `Bearer ${key}` });

async function upload(key: string, purpose: string, name: string, lines: unknown[]): Promise<string> {
  const form = new FormData();
  form.set("purpose", purpose);
  form.set("file", new File([lines.map((l) => JSON.stringify(l)).join("\n") + "\n"], name));
  const { res, settled } = await call("/v1/files", { method: "POST", headers: auth(key), body: form });
  expect(res.status).toBe(200);
  const id = ((await res.json()) as { id: string }).id;
  await settled();
  return id;
}

async function status(key: string, method: string, path: string, body?: unknown): Promise<number> {
  const init: RequestInit = { method, headers: { ...auth(key), "anthropic-version": "2023-06-01", ...(body ? { "content-type": "application/json" } : {}) } };
  if (body) init.body = JSON.stringify(body);
  const { res, settled } = await call(path, init);
  await res.text();
  await settled();
  return res.status;
}

async function listIds(key: string, path: string): Promise<string[]> {
  const { res, settled } = await call(path, { headers: { ...auth(key), "anthropic-version": "2023-06-01" } });
  expect(res.status).toBe(200);
  const j = (await res.json()) as { data: { id: string }[] };
  await settled();
  return j.data.map((d) => d.id);
}

const line = { custom_id: "c1", method: "POST", url: "/v1/chat/completions", body: { model: "gpt-test", max_tokens: 20, messages: [{ role: "user", content: "Summarise." }] } };

describe("files and batches named by id are the key's own (red team R78-2)", () => {
  it("another key may not retrieve, cancel or delete a key's files and batches; the key may", async () => {
    mockOrigin();
    const a = newKey("sk-own-a");
    const e = newKey("sk-own-e");
    const doc = await upload(a, "user_data", "acme-payroll.pdf", [{ text: "payroll" }]);
    const input = await upload(a, "batch", "in.jsonl", [line]);
    const run = await call("/v1/batches", { method: "POST", headers: { ...auth(a), "content-type": "application/json" }, body: JSON.stringify({ input_file_id: input, endpoint: "/v1/chat/completions", completion_window: "24h" }) });
    const batch = ((await run.res.json()) as { id: string }).id;
    await run.settled();
    // the other key: 404 for every verb, and nothing reaches the origin
    expect(await status(e, "POST", `/v1/batches/${batch}/cancel`)).toBe(404);
    expect(await status(e, "GET", `/v1/batches/${batch}`)).toBe(404);
    for (const f of [doc, input]) {
      expect(await status(e, "GET", `/v1/files/${f}`)).toBe(404);
      expect(await status(e, "DELETE", `/v1/files/${f}`)).toBe(404);
    }
    // the key itself: its batch completes and its output file is its own; its document it may delete
    const got = await call(`/v1/batches/${batch}`, { headers: auth(a) });
    const out = ((await got.res.json()) as { status: string; output_file_id: string });
    await got.settled();
    expect(out.status).toBe("completed");
    expect(await status(e, "DELETE", `/v1/files/${out.output_file_id}`)).toBe(404);
    expect(await status(a, "GET", `/v1/files/${out.output_file_id}`)).toBe(200);
    expect(await status(a, "GET", `/v1/files/${doc}`)).toBe(200);
    expect(await status(a, "DELETE", `/v1/files/${doc}`)).toBe(200);
    expect(await status(a, "POST", `/v1/batches/${batch}/cancel`)).toBe(200);
  });

  it("lists show only the key's own files and batches", async () => {
    mockOrigin();
    const a = newKey("sk-list-a");
    const e = newKey("sk-list-e");
    const doc = await upload(a, "user_data", "acme-secret-plan.pdf", [{ text: "plan" }]);
    const input = await upload(a, "batch", "in.jsonl", [line]);
    const mine = await upload(e, "user_data", "e-notes.txt", [{ text: "e" }]);
    const files = await listIds(e, "/v1/files");
    expect(files).toContain(mine);
    expect(files).not.toContain(doc);
    expect(files).not.toContain(input);
    expect(await listIds(a, "/v1/files")).toEqual(expect.arrayContaining([doc, input]));
    expect(await listIds(a, "/v1/files")).not.toContain(mine);
    const run = await call("/v1/batches", { method: "POST", headers: { ...auth(a), "content-type": "application/json" }, body: JSON.stringify({ input_file_id: input, endpoint: "/v1/chat/completions", completion_window: "24h" }) });
    const batch = ((await run.res.json()) as { id: string }).id;
    await run.settled();
    expect(await listIds(a, "/v1/batches")).toContain(batch);
    expect(await listIds(e, "/v1/batches")).not.toContain(batch);
  });

  it("Anthropic message batches: retrieved and listed only by their creator", async () => {
    const listed: string[] = [];
    mockOrigin(async (req) => {
      const path = new URL(req.url).pathname;
      if (req.method === "GET" && path === "/v1/messages/batches") {
        return Response.json({ data: listed.map((id) => ({ id, type: "message_batch", results_url: null })), has_more: false, first_id: listed[0] ?? null, last_id: listed.at(-1) ?? null });
      }
      return handleMockRequest(req);
    });
    const a = newKey("sk-mb-a");
    const e = newKey("sk-mb-e");
    const requests = [{ custom_id: "q", params: { model: "claude-test", max_tokens: 20, messages: [{ role: "user", content: "Hi" }] } }];
    const made = await call("/v1/messages/batches", { method: "POST", headers: { ...auth(a), "anthropic-version": "2023-06-01", "content-type": "application/json" }, body: JSON.stringify({ requests }) });
    const id = ((await made.res.json()) as { id: string }).id;
    await made.settled();
    listed.push(id, "msgbatch_someone_else");
    expect(await status(e, "GET", `/v1/messages/batches/${id}`)).toBe(404);
    expect(await status(e, "POST", `/v1/messages/batches/${id}/cancel`)).toBe(404);
    expect(await status(e, "DELETE", `/v1/messages/batches/${id}`)).toBe(404);
    expect(await status(a, "GET", `/v1/messages/batches/${id}`)).toBe(200);
    expect(await listIds(a, "/v1/messages/batches")).toEqual([id]);
    expect(await listIds(e, "/v1/messages/batches")).toEqual([]);
  });

  it("R85-1: a page the filter leaves short is filled from the origin's next pages, and its cursor leads on (Anthropic after_id / last_id)", async () => {
    // the origin pages as the providers do: newest first, `limit` (20 by default), after the cursor
    const listed: string[] = [];
    const pageOf = (u: URL, cursor: string) => {
      const limit = Number(u.searchParams.get("limit") ?? 20);
      const after = u.searchParams.get(cursor);
      const from = after === null ? 0 : listed.indexOf(after) + 1;
      const data = listed.slice(from, from + limit);
      return { data: data.map((id) => ({ id })), has_more: from + limit < listed.length, first_id: data[0] ?? null, last_id: data.at(-1) ?? null };
    };
    mockOrigin(async (req) => {
      const u = new URL(req.url);
      if (req.method === "GET" && u.pathname === "/v1/messages/batches") return Response.json(pageOf(u, "after_id"));
      return handleMockRequest(req);
    });
    const a = newKey("sk-page-a");
    const requests = [{ custom_id: "q", params: { model: "claude-test", max_tokens: 20, messages: [{ role: "user", content: "Hi" }] } }];
    const mine: string[] = [];
    for (let i = 0; i < 3; i++) {
      const made = await call("/v1/messages/batches", { method: "POST", headers: { ...auth(a), "anthropic-version": "2023-06-01", "content-type": "application/json" }, body: JSON.stringify({ requests }) });
      mine.unshift(((await made.res.json()) as { id: string }).id);
      await made.settled();
    }
    // another key's 25 batches are newer than the last two of A's; 1,200 more are older than all
    listed.push(mine[0]!, ...Array.from({ length: 25 }, (_, i) => `msgbatch_other_${i}`), mine[1]!, mine[2]!, ...Array.from({ length: 1_200 }, (_, i) => `msgbatch_old_${i}`));
    const get = async (path: string) => {
      const { res, settled } = await call(path, { headers: { ...auth(a), "anthropic-version": "2023-06-01" } });
      expect(res.status).toBe(200);
      const j = (await res.json()) as { data: { id: string }[]; has_more: boolean; first_id: string | null; last_id: string | null };
      await settled();
      return j;
    };
    const first = await get("/v1/messages/batches");
    expect(first.data.map((d) => d.id)).toEqual(mine);
    expect(first.last_id).toBe(mine[2]);
    // on from the cursor: nothing more of A's in the next 10 origin pages; has_more, with a cursor
    const next = await get(`/v1/messages/batches?after_id=${first.last_id}`);
    expect(next.data).toEqual([]);
    expect(next.has_more).toBe(true);
    expect(next.last_id).toMatch(/^msgbatch_old_/);
    // a page of one: one entry, has_more, and the cursor at it
    const one = await get("/v1/messages/batches?limit=1");
    expect(one.data.map((d) => d.id)).toEqual([mine[0]]);
    expect(one.has_more).toBe(true);
    const two = await get(`/v1/messages/batches?limit=1&after_id=${one.last_id}`);
    expect(two.data.map((d) => d.id)).toEqual([mine[1]]);
  });

  it("R85-1: an OpenAI file list pages on by `after`, the SDK's cursor (its page's last entry)", async () => {
    const listed: string[] = [];
    const asked: string[] = [];
    mockOrigin(async (req) => {
      const u = new URL(req.url);
      if (req.method === "GET" && u.pathname === "/v1/files") {
        asked.push(u.search);
        const limit = Number(u.searchParams.get("limit") ?? 10_000);
        const after = u.searchParams.get("after");
        const from = after === null ? 0 : listed.indexOf(after) + 1;
        const data = listed.slice(from, from + limit);
        return Response.json({ object: "list", data: data.map((id) => ({ id, object: "file" })), has_more: from + limit < listed.length, first_id: data[0] ?? null, last_id: data.at(-1) ?? null });
      }
      return handleMockRequest(req);
    });
    const a = newKey("sk-page-files");
    const doc = await upload(a, "user_data", "notes.txt", [{ text: "notes" }]);
    listed.push(...Array.from({ length: 30 }, (_, i) => `file-other-${i}`), doc);
    const { res, settled } = await call("/v1/files?limit=10", { headers: auth(a) });
    const j = (await res.json()) as { data: { id: string }[]; has_more: boolean };
    await settled();
    expect(j.data.map((d) => d.id)).toEqual([doc]);
    expect(j.has_more).toBe(false);
    expect(asked).toEqual(["?limit=10", "?limit=100&after=file-other-9"]);
  });

  it("a key of the batch group retrieves the group's files", async () => {
    mockOrigin();
    const a = newKey("sk-grp-a");
    const b = newKey("sk-grp-b");
    for (const k of [a, b]) {
      const res = await admin(`/keys/${await keyIdOf(k)}/overrides`, { method: "PUT", body: JSON.stringify({ batchGroup: "r78-2-group" }) });
      expect(res.status).toBe(200);
    }
    const doc = await upload(a, "user_data", "shared.pdf", [{ text: "shared" }]);
    expect(await status(b, "GET", `/v1/files/${doc}`)).toBe(200);
    expect(await listIds(b, "/v1/files")).toContain(doc);
  });
});

describe("a file named as model input must be the key's (red team R78-3)", () => {
  const chatWith = (file: string) => ({ model: "gpt-test", max_tokens: 20, messages: [{ role: "user", content: [{ type: "file", file: { file_id: file } }, { type: "text", text: "Quote this file." }] }] });
  const turnWith = (file: string) => ({ model: "gpt-test", max_output_tokens: 20, input: [{ role: "user", content: [{ type: "input_file", file_id: file }, { type: "input_text", text: "Quote it." }] }] });

  it("another key's document or batch output is refused in chat, Responses and a batch line; the key's own is served", async () => {
    mockOrigin();
    const a = newKey("sk-in-a");
    const e = newKey("sk-in-e");
    const doc = await upload(a, "user_data", "private.pdf", [{ text: "private" }]);
    expect(await status(e, "POST", "/v1/chat/completions", chatWith(doc))).toBe(404);
    expect(await status(e, "POST", "/v1/responses", turnWith(doc))).toBe(404);
    const form = new FormData();
    form.set("purpose", "batch");
    form.set("file", new File([JSON.stringify({ custom_id: "x", method: "POST", url: "/v1/chat/completions", body: chatWith(doc) }) + "\n"], "in.jsonl"));
    const up = await call("/v1/files", { method: "POST", headers: auth(e), body: form });
    expect(up.res.status).toBe(404);
    await up.res.text();
    await up.settled();
    // its uploader names it
    expect(await status(a, "POST", "/v1/chat/completions", chatWith(doc))).toBe(200);
    expect(await status(a, "POST", "/v1/responses", turnWith(doc))).toBe(200);
  });
});
