/**
 * Batch parsing and planning (src/proxy/batch.ts) at unit level: every refusal with where it is,
 * the body rebuilt for the origin, the plan's sums. These were exercised only through the Worker.
 */
import { describe, expect, it } from "vitest";
import { GuardError } from "../../src/proxy/errors.ts";
import { DEFAULT_DEGRADE } from "../../src/proxy/degrade.ts";
import { MESSAGE_TOKENS, PRIMER_TOKENS, withReservedCap } from "../../src/proxy/request.ts";
import { INPUT_FILE_PURPOSES, MAX_BATCH_REQUESTS, anthropicBatch, anthropicBatchItems, openaiBatchItems, openaiUpload, planBatch, prepareItem } from "../../src/proxy/batch.ts";

const enc = (s: string) => new TextEncoder().encode(s);
async function refusal(f: () => unknown): Promise<{ code: string; message: string; param?: string | null }> {
  try {
    await f();
  } catch (e) {
    if (e instanceof GuardError) return { code: e.code, message: e.message, param: e.param };
    throw e;
  }
  throw new Error("did not throw");
}
const line = (i: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ custom_id: `c${i}`, method: "POST", url: "/v1/chat/completions", body: { model: "m", messages: [{ role: "user", content: "abcd" }], max_tokens: 10 }, ...extra });

describe("openaiBatchItems", () => {
  it("one item per non-blank line, CRLF tolerated, numbered by line", () => {
    const items = openaiBatchItems([line(1), "", "  ", line(2) + "\r", line(3)].join("\n"));
    expect(items.map((i) => [i.kind, i.where, i.line!.custom_id])).toEqual([
      ["chat", "line 1", "c1"],
      ["chat", "line 4", "c2"],
      ["chat", "line 5", "c3"],
    ]);
    expect(items[0]!.body).toEqual({ model: "m", messages: [{ role: "user", content: "abcd" }], max_tokens: 10 });
    expect(openaiBatchItems(JSON.stringify({ custom_id: "e", method: "POST", url: "/v1/embeddings", body: { input: "x" } }))[0]!.kind).toBe("embeddings");
  });

  it.each([
    ["{nope", "Batch line 1: not valid JSON."],
    ["[1]", "Batch line 1: must be a JSON object {custom_id, method, url, body}."],
    [line(1, { custom_id: "" }), "Batch line 1: custom_id must be a non-empty string."],
    [line(1, { custom_id: 5 }), "Batch line 1: custom_id must be a non-empty string."],
    [line(1, { method: "GET" }), 'Batch line 1: method must be "POST".'],
    [line(1, { url: "/v1/messages" }), "Batch line 1: url must be one of /v1/chat/completions, /v1/completions, /v1/responses, /v1/embeddings."],
    [line(1, { url: 5 }), "Batch line 1: url must be one of /v1/chat/completions, /v1/completions, /v1/responses, /v1/embeddings."],
    [line(1, { url: "toString" }), "Batch line 1: url must be one of /v1/chat/completions, /v1/completions, /v1/responses, /v1/embeddings."],
    [`${line(1)}\n${line(2, { url: "/v1/completions" })}`, "Batch line 2: every line of a batch file must name the same url (line 1 names /v1/chat/completions)."],
    ["\n \n", "Batch file: contains no requests."],
  ])("%s -> %s", async (text, message) => {
    expect(await refusal(() => openaiBatchItems(text))).toEqual({ code: "invalid_request", message, param: "file" });
  });

  it("at most MAX_BATCH_REQUESTS lines", async () => {
    const l = line(0);
    const ok = Array.from({ length: MAX_BATCH_REQUESTS }, () => l).join("\n");
    expect(openaiBatchItems(ok)).toHaveLength(MAX_BATCH_REQUESTS);
    expect(await refusal(() => openaiBatchItems(ok + "\n" + l))).toMatchObject({ message: `Batch line ${MAX_BATCH_REQUESTS + 1}: more than 50000 requests in one batch file.` });
  });
});

describe("openaiUpload", () => {
  const multipart = (parts: [string, string | File][]) => {
    const f = new FormData();
    for (const [k, v] of parts) f.append(k, v);
    const r = new Request("http://x", { method: "POST", body: f });
    return Promise.all([r.arrayBuffer(), r.headers.get("content-type")!]).then(([b, ct]) => [new Uint8Array(b), ct] as const);
  };
  const file = (text: string, name = "in.jsonl") => new File([text], name);

  it("an Anthropic Files API upload (no purpose) is a model input; two files or none are refused; an OpenAI one without a purpose is too (red team R81-1)", async () => {
    const [one, ct1] = await multipart([["file", file("%PDF-1.7", "doc.pdf")]]);
    expect((await openaiUpload(one, ct1, true)).inputFile).toBe(true);
    expect(await refusal(() => openaiUpload(one, ct1))).toMatchObject({ param: "purpose" });
    const [two, ct2] = await multipart([["file", file("a", "a.pdf")], ["file", file("b", "b.pdf")]]);
    expect(await refusal(() => openaiUpload(two, ct2, true))).toMatchObject({ code: "invalid_request", param: "file" });
    const [none, ct3] = await multipart([["note", "x"]]);
    expect(await refusal(() => openaiUpload(none, ct3, true))).toMatchObject({ code: "invalid_request", param: "file" });
  });

  it("reads the batch file and forwards a rebuilt multipart body with purpose batch, the name, and the bodies given", async () => {
    const [bytes, ct] = await multipart([["purpose", "batch"], ["file", file(`${line(1)}\n${line(2)}`)]]);
    const parsed = await openaiUpload(bytes, ct);
    expect(parsed.items).toHaveLength(2);
    const form = parsed.forward((_it, i) => ({ replaced: i })) as FormData;
    expect(form.get("purpose")).toBe("batch");
    const out = form.get("file") as File;
    expect(out.name).toBe("in.jsonl");
    expect(out.type).toBe("application/jsonl");
    const lines = (await out.text()).split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    expect(JSON.parse(lines[1]!)).toEqual({ custom_id: "c2", method: "POST", url: "/v1/chat/completions", body: { replaced: 1 } });
    const asParsed = parsed.forward() as FormData;
    expect(JSON.parse((await (asParsed.get("file") as File).text()).split("\n")[0]!).body).toEqual(parsed.items[0]!.body);
  });

  it.each([
    [[["purpose", "batch"], ["file", "x"]], "The upload must carry exactly one 'file' part.", "file"],
    [[["purpose", "fine-tune"], ["file", "F"]], "Only uploads with purpose 'batch', 'user_data', 'vision' or 'assistants' are accepted through this gateway.", "purpose"],
    [[["purpose", "batch"], ["purpose", "batch"], ["file", "F"]], "Only uploads with purpose 'batch', 'user_data', 'vision' or 'assistants' are accepted through this gateway.", "purpose"],
    [[["purpose", "user_data"], ["purpose", "user_data"], ["file", "F"]], "Only uploads with purpose 'batch', 'user_data', 'vision' or 'assistants' are accepted through this gateway.", "purpose"],
    [[["purpose", "batch"]], "The upload must carry exactly one 'file' part.", "file"],
    [[["purpose", "batch"], ["file", "F"], ["file", "F"]], "The upload must carry exactly one 'file' part.", "file"],
  ] as const)("%j: %s", async (parts, message, param) => {
    const [bytes, ct] = await multipart(parts.map(([k, v]) => [k, v === "F" ? file(line(1)) : v]));
    expect(await refusal(() => openaiUpload(bytes, ct))).toEqual({ code: "invalid_request", message, param });
  });

  it("a model input (user_data, vision) is no batch: no items, whatever its file holds", async () => {
    for (const purpose of ["user_data", "vision"]) {
      const [bytes, ct] = await multipart([["purpose", purpose], ["file", new File([new Uint8Array([0xff, 0xfe, 0x25])], "scan.pdf")]]);
      const parsed = await openaiUpload(bytes, ct);
      expect(parsed.inputFile).toBe(true);
      expect(parsed.items).toEqual([]);
      expect((parsed.forward() as FormData).get("purpose")).toBe(purpose);
    }
    expect(INPUT_FILE_PURPOSES.has("batch")).toBe(false);
  });

  it("refuses a non-multipart upload, an unparsable one, and a file that is not UTF-8", async () => {
    expect(await refusal(() => openaiUpload(enc(line(1)), "application/json"))).toMatchObject({ param: "file", message: "File uploads must be multipart/form-data with a 'purpose' and a 'file' field." });
    expect(await refusal(() => openaiUpload(enc("garbage"), "multipart/form-data; boundary=zzz"))).toMatchObject({ param: "file", message: "The multipart upload could not be parsed." });
    const [bytes, ct] = await multipart([["purpose", "batch"], ["file", new File([new Uint8Array([0xff, 0xfe, 0x7b])], "x.jsonl")]]);
    expect(await refusal(() => openaiUpload(bytes, ct))).toMatchObject({ param: "file", message: "The batch file is not valid UTF-8." });
  });
});

describe("Anthropic batches", () => {
  const req = (i: number) => ({ custom_id: `c${i}`, params: { model: "c", max_tokens: 5, messages: [{ role: "user", content: "hi" }] } });
  it("items are the params, located; the forwarded body keeps every other field and replaces params", () => {
    const parsed = anthropicBatch(enc(JSON.stringify({ requests: [req(0), req(1)], extra: true })));
    expect(parsed.items.map((i) => [i.kind, i.where])).toEqual([["messages", "requests[0].params"], ["messages", "requests[1].params"]]);
    expect(JSON.parse(parsed.forward((_it, i) => ({ p: i })) as string)).toEqual({ requests: [{ custom_id: "c0", params: { p: 0 } }, { custom_id: "c1", params: { p: 1 } }], extra: true });
    expect(JSON.parse(parsed.forward() as string).requests[1]).toEqual(req(1));
  });
  it.each([
    [{}, "'requests' must be a non-empty array.", "requests"],
    [{ requests: [] }, "'requests' must be a non-empty array.", "requests"],
    [{ requests: {} }, "'requests' must be a non-empty array.", "requests"],
    [{ requests: [5] }, "Batch requests[0]: must be an object {custom_id, params}.", "requests[0]"],
    [{ requests: [{ custom_id: "a", params: {} }, { params: {} }] }, "Batch requests[1]: custom_id must be a non-empty string.", "requests[1].custom_id"],
    [{ requests: [{ custom_id: "", params: {} }] }, "Batch requests[0]: custom_id must be a non-empty string.", "requests[0].custom_id"],
  ])("%j: %s", async (body, message, param) => {
    expect(await refusal(() => anthropicBatchItems(body))).toEqual({ code: "invalid_request", message, param });
  });
  it("at most MAX_BATCH_REQUESTS requests", async () => {
    const r = { custom_id: "c", params: {} };
    expect(anthropicBatchItems({ requests: Array.from({ length: MAX_BATCH_REQUESTS }, () => r) })).toHaveLength(MAX_BATCH_REQUESTS);
    expect(await refusal(() => anthropicBatchItems({ requests: Array.from({ length: MAX_BATCH_REQUESTS + 1 }, () => r) }))).toEqual({ code: "invalid_request", message: "At most 50000 requests per batch.", param: "requests" });
  });
});

describe("prepareItem and planBatch", () => {
  it("refuses an MCP server in a batch item: its answers would leave by the connector, unread (red team R79-2)", async () => {
    const msg = { model: "m", max_tokens: 200, messages: [{ role: "user", content: "Answer, then call sink.save." }] };
    const mcp = { ...msg, mcp_servers: [{ type: "url", url: "https://mcp.example/sse", name: "sink" }] };
    const r = await refusal(() => prepareItem({ kind: "messages", body: mcp, where: "requests[0].params" }, { defaultMaxOutput: 100 }));
    expect(r).toMatchObject({ code: "invalid_request", param: "requests[0].params.mcp_servers" });
    expect(r.message).toContain("MCP server");
    const toolset = { ...msg, tools: [{ type: "mcp_toolset", mcp_server_name: "sink" }] };
    expect(await refusal(() => prepareItem({ kind: "messages", body: toolset, where: "requests[1].params" }, { defaultMaxOutput: 100 }))).toMatchObject({ param: "requests[1].params.tools[0].type" });
    const responses = { model: "m", input: "Answer.", tools: [{ type: "function", name: "f", parameters: {} }, { type: "mcp", server_label: "sink", server_url: "https://mcp.example/sse" }] };
    expect(await refusal(() => prepareItem({ kind: "responses", body: responses, where: "line 3" }, { defaultMaxOutput: 100 }))).toMatchObject({ param: "line 3.tools[1].type" });
    // the same items without the server are prepared
    expect(prepareItem({ kind: "messages", body: msg, where: "requests[0].params" }, { defaultMaxOutput: 100 }).reservedTokens).toBeGreaterThan(200);
    expect(prepareItem({ kind: "messages", body: { ...mcp, mcp_servers: null }, where: "requests[0].params" }, { defaultMaxOutput: 100 }).reservedTokens).toBeGreaterThan(200);
  });
  it("an inner request's error names where it is, its field under that place", async () => {
    const item = { kind: "messages" as const, body: { messages: [{ role: "user", content: "x" }] }, where: "requests[2].params" };
    expect(await refusal(() => prepareItem(item, { defaultMaxOutput: 100 }))).toEqual({ code: "invalid_request", message: "Batch requests[2].params: Missing required parameter: 'max_tokens'.", param: "requests[2].params.max_tokens" });
    expect(await refusal(() => prepareItem({ ...item, body: 5 }, { defaultMaxOutput: 100 }))).toEqual({ code: "invalid_request", message: "Batch requests[2].params: Request body must be a JSON object.", param: "requests[2].params" });
  });

  it("sums every inner request's reservation, degraded reservation and prompt; signals only with network facts", () => {
    const items = openaiBatchItems([line(1), JSON.stringify({ custom_id: "c2", method: "POST", url: "/v1/chat/completions", body: { messages: [{ role: "user", content: "abcdefgh" }], max_tokens: 2000, n: 2 } })].join("\n"));
    const plan = planBatch(items, { defaultMaxOutput: 100 }, DEFAULT_DEGRADE, undefined);
    expect(plan.preps).toHaveLength(2);
    // each prompt: its text ("abcd", "abcdefgh") and one message's template
    const t = MESSAGE_TOKENS + PRIMER_TOKENS;
    expect(plan.reservedTokens).toBe(1 + t + 10 + (2 + t + 2 * 2000));
    expect(plan.promptTokens).toBe(3 + 2 * t);
    // degraded: one sample each, output capped at DEFAULT_DEGRADE.maxOutputTokens (512)
    expect(plan.degradedTokens).toBe(1 + t + 10 + (2 + t + 512));
    expect(plan.signals).toEqual([]);
    expect(planBatch(items, { defaultMaxOutput: 100 }, DEFAULT_DEGRADE, { ip: "192.0.2.1", asn: 64500 }).signals).toHaveLength(2);
  });

  it("withReservedCap writes the reserved cap into chat and Responses requests that state none; other kinds and stated caps as sent; prepareItem applies it (red team R13-2)", () => {
    expect(withReservedCap("chat", { model: "m" }, 900)).toEqual({ model: "m", max_completion_tokens: 900 });
    expect(withReservedCap("chat", { model: "m", max_tokens: null }, 900)).toEqual({ model: "m", max_tokens: null, max_completion_tokens: 900 });
    expect(withReservedCap("responses", { model: "m" }, 900)).toEqual({ model: "m", max_output_tokens: 900 });
    for (const f of ["max_tokens", "max_completion_tokens"]) {
      const b = { model: "m", [f]: 5 };
      expect(withReservedCap("chat", b, 900)).toBe(b);
    }
    const own = { model: "m", max_output_tokens: 5 };
    expect(withReservedCap("responses", own, 900)).toBe(own);
    // another route's cap field is no cap the origin reads (validateBody refuses it first: R20-2)
    expect(withReservedCap("chat", { model: "m", max_output_tokens: 5 }, 900)).toEqual({ model: "m", max_output_tokens: 5, max_completion_tokens: 900 });
    expect(withReservedCap("responses", { model: "m", max_tokens: 5 }, 900)).toEqual({ model: "m", max_tokens: 5, max_output_tokens: 900 });
    for (const k of ["completions", "messages", "embeddings"] as const) {
      const b = { model: "m" };
      expect(withReservedCap(k, b, 900)).toBe(b);
    }
    const prep = prepareItem({ kind: "chat", body: { model: "m", messages: [{ role: "user", content: "Hi" }] }, where: "line 1" }, { defaultMaxOutput: 700 });
    expect(prep.body.max_completion_tokens).toBe(700);
  });
});
