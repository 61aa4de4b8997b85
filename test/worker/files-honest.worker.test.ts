/**
 * Honest customers' files and batches (red team 81, an advocate for honest customers): what the
 * ownership rules of red team 78 must leave working, and what a batch is charged.
 * - R81-1: Anthropic's Files API (no `purpose`) uploads through the guard, and its file is named.
 * - R81-3: an operator's move of a rotated key's batches moves its documents too.
 * - R81-4: a key joining a batch group shares the documents it uploaded before.
 * - R81-5: a batch's results read whole give back what its creation reserved beyond what its
 *   answers took; an OpenAI batch cancelled before it ran gives back its run's charge.
 * - R81-6: a list of the key's batches makes their output files its to fetch.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { admin, call, keyIdOf, mockOrigin, newKey, stateOf } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

const auth = (key: string) => ({ authorization: `Bearer ${key}` });
const anth = (key: string) => ({ "x-api-key": key, "anthropic-version": "2023-06-01" });

async function upload(headers: Record<string, string>, form: FormData): Promise<{ status: number; id?: string }> {
  const { res, settled } = await call("/v1/files", { method: "POST", headers, body: form });
  const j = (await res.json()) as { id?: string };
  await settled();
  return { status: res.status, ...(j.id ? { id: j.id } : {}) };
}

function doc(purpose?: string): FormData {
  const form = new FormData();
  if (purpose) form.set("purpose", purpose);
  form.set("file", new File(["%PDF-1.7 handbook"], "handbook.pdf", { type: "application/pdf" }));
  return form;
}

async function status(path: string, init: RequestInit): Promise<number> {
  const { res, settled } = await call(path, init);
  await res.text();
  await settled();
  return res.status;
}

const chatWith = (file: string) => JSON.stringify({ model: "gpt-test", max_tokens: 20, messages: [{ role: "user", content: [{ type: "file", file: { file_id: file } }, { type: "text", text: "Summarise." }] }] });
const askWith = (key: string, file: string) => status("/v1/chat/completions", { method: "POST", headers: { ...auth(key), "content-type": "application/json" }, body: chatWith(file) });

async function charged(key: string): Promise<number> {
  const c = (await stateOf(await keyIdOf(key))).counters;
  return c.promptTokens + c.completionTokens;
}

describe("honest customers' files (red team R81)", () => {
  it("R81-1: an Anthropic Files API upload (no purpose) goes through and its file is named, listed and deleted", async () => {
    mockOrigin();
    const key = newKey("sk-anth-files");
    const up = await upload({ ...anth(key), "anthropic-beta": "files-api-2025-04-14" }, doc());
    expect(up.status).toBe(200);
    const msg = JSON.stringify({ model: "claude-test", max_tokens: 20, messages: [{ role: "user", content: [{ type: "document", source: { type: "file", file_id: up.id } }, { type: "text", text: "Summarise." }] }] });
    expect(await status("/v1/messages", { method: "POST", headers: { ...anth(key), "content-type": "application/json" }, body: msg })).toBe(200);
    expect(await status(`/v1/files/${up.id}`, { method: "DELETE", headers: anth(key) })).toBe(200);
    // an OpenAI upload without a purpose is still refused
    expect((await upload(auth(newKey("sk-no-purpose")), doc())).status).toBe(400);
  });

  it("R81-3, R81-4: a move takes the documents with the batches; a key joining a group shares what it uploaded before", async () => {
    mockOrigin();
    const old = newKey("sk-rot-old");
    const fresh = newKey("sk-rot-new");
    const { id } = await upload(auth(old), doc("user_data"));
    expect(await askWith(fresh, id!)).toBe(404);
    const res = await admin(`/keys/${await keyIdOf(old)}/batches/move`, { method: "POST", body: JSON.stringify({ to: await keyIdOf(fresh) }) });
    expect(((await res.json()) as { moved: number }).moved).toBe(1);
    expect(await askWith(fresh, id!)).toBe(200);
    expect(await askWith(old, id!)).toBe(404);

    const a = newKey("sk-join-a");
    const b = newKey("sk-join-b");
    const before = await upload(auth(a), doc("user_data"));
    for (const k of [a, b]) expect((await admin(`/keys/${await keyIdOf(k)}/overrides`, { method: "PUT", body: JSON.stringify({ batchGroup: "r81-join" }) })).status).toBe(200);
    expect(await askWith(b, before.id!)).toBe(200);
  });

  it("R81-5: a batch's results read whole give back what it reserved beyond what they took", async () => {
    mockOrigin();
    const key = newKey("sk-batch-back");
    const lines = Array.from({ length: 20 }, (_, i) => JSON.stringify({ custom_id: `c${i}`, method: "POST", url: "/v1/chat/completions", body: { model: "gpt-test", max_tokens: 1000, messages: [{ role: "user", content: `Label ${i}.` }] } }));
    const form = new FormData();
    form.set("purpose", "batch");
    form.set("file", new File([lines.join("\n") + "\n"], "in.jsonl"));
    const { id: file } = await upload(auth(key), form);
    const run = await call("/v1/batches", { method: "POST", headers: { ...auth(key), "content-type": "application/json", "x-mock-words": "3" }, body: JSON.stringify({ input_file_id: file, endpoint: "/v1/chat/completions", completion_window: "24h" }) });
    const batch = ((await run.res.json()) as { id: string }).id;
    await run.settled();
    // the upload reserved each line's 1,000-token cap
    expect(await charged(key)).toBeGreaterThan(20_000);
    const got = await call(`/v1/batches/${batch}`, { headers: auth(key) });
    const out = ((await got.res.json()) as { output_file_id: string }).output_file_id;
    await got.settled();
    const read = await call(`/v1/files/${out}/content`, { headers: auth(key) });
    await read.res.text();
    await read.settled();
    // 20 answers of 3 tokens and their prompts, not 20,000
    expect(await charged(key)).toBeLessThan(400);

    // cancelled before it ran: its run's charge back at the retrieval that says so
    const again = await call("/v1/batches", { method: "POST", headers: { ...auth(key), "content-type": "application/json" }, body: JSON.stringify({ input_file_id: file, endpoint: "/v1/chat/completions", completion_window: "24h" }) });
    const second = ((await again.res.json()) as { id: string }).id;
    await again.settled();
    const ran = await charged(key);
    expect(ran).toBeGreaterThan(20_000);
    expect(await status(`/v1/batches/${second}/cancel`, { method: "POST", headers: auth(key) })).toBe(200);
    expect(await status(`/v1/batches/${second}`, { headers: auth(key) })).toBe(200);
    expect(await charged(key)).toBeLessThan(400);
  });

  it("R81-6: a list of the key's batches makes their output files its to fetch", async () => {
    mockOrigin();
    const key = newKey("sk-list-outputs");
    const form = new FormData();
    form.set("purpose", "batch");
    form.set("file", new File([JSON.stringify({ custom_id: "c", method: "POST", url: "/v1/chat/completions", body: { model: "gpt-test", max_tokens: 5, messages: [{ role: "user", content: "Hi" }] } }) + "\n"], "in.jsonl"));
    const { id: file } = await upload(auth(key), form);
    const run = await call("/v1/batches", { method: "POST", headers: { ...auth(key), "content-type": "application/json" }, body: JSON.stringify({ input_file_id: file, endpoint: "/v1/chat/completions", completion_window: "24h" }) });
    await run.res.text();
    await run.settled();
    const list = await call("/v1/batches", { headers: auth(key) });
    const data = ((await list.res.json()) as { data: { output_file_id: string | null }[] }).data;
    await list.settled();
    const outs = data.map((b) => b.output_file_id).filter((f): f is string => f !== null);
    expect(outs.length).toBeGreaterThan(0);
    for (const o of outs) expect(await status(`/v1/files/${o}/content`, { headers: auth(key) })).toBe(200);
  });
});
