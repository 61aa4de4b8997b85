/**
 * Exact tests for the survivors of src/proxy/request.ts that request-exact and the proxy golden
 * leave free: the body walk's depth bound (objects and arrays), base64 data fields, a `data` list
 * with no parent object, the background-response output cap, and a body of no declared length read
 * chunk by chunk (stopping at the cap). Each test names the survivor(s)
 * it kills (line:column of src/proxy/request.ts at the commit measured); each was shown red against
 * its planted mutant.
 */
import { describe, expect, it } from "vitest";
import { GuardError } from "../../src/proxy/errors.ts";
import { bodyPromptTokens, prepareBody, readBody } from "../../src/proxy/request.ts";

/** `v` inside `n` nested objects: {a: {a: ... v}}; the walk reaches v at depth n. */
const inObjects = (n: number, v: unknown): unknown => (n === 0 ? v : { a: inObjects(n - 1, v) });
/** `v` inside `n` nested arrays: [[... v]]. */
const inArrays = (n: number, v: unknown): unknown => (n === 0 ? v : [inArrays(n - 1, v)]);

describe("bodyPromptTokens: the walk's depth bound", () => {
  // kills 205:30 (depth > 64 -> >=): a string at depth 64 is counted, at 65 it is not
  it("counts a string at depth 64 and not one at depth 65", () => {
    expect(bodyPromptTokens(inObjects(64, "abcdefgh"))).toBe(2);
    expect(bodyPromptTokens(inObjects(65, "abcdefgh"))).toBe(0);
  });

  // kills 214:27 (depth + 1 -> depth - 1): each array level counts as a level of depth
  it("counts array nesting as depth: a string inside 70 nested lists is past the bound", () => {
    expect(bodyPromptTokens({ a: inArrays(60, "abcdefgh") })).toBe(2);
    expect(bodyPromptTokens({ a: inArrays(70, "abcdefgh") })).toBe(0);
  });
});

describe("bodyPromptTokens: base64 data", () => {
  // kills 209:16 (key === "data" -> true): only the `data` field of a base64 source is the payload
  it("a base64 source's other text fields are text, its data an image", () => {
    // (a part of type "document": an image part costs the image alone, whatever it holds)
    const body = { content: [{ type: "document", source: { type: "base64", media_type: "image/png", data: "iVBORw0KGgo=", title: "abcdefgh" } }] };
    expect(bodyPromptTokens(body)).toBe(1600 + 2);
  });

  // kills 209:34 (parent?.type -> parent.type): a `data` list's strings have no parent object
  it("a list under a `data` key is read as text, not as a base64 payload", () => {
    expect(bodyPromptTokens({ data: ["abcdefgh", "abcd"] })).toBe(3);
  });
});

describe("prepareBody: the background response's output cap", () => {
  // kills 290:7 (kind === "responses" -> true): only a Responses request gets the cap added
  it("a chat body with background: true is not given max_output_tokens", () => {
    const p = prepareBody("chat", { model: "m", messages: [{ role: "user", content: "hi" }], background: true }, { defaultMaxOutput: 1024 });
    expect(p.body.max_output_tokens).toBeUndefined();
    expect(p.rewrittenBody).toBeUndefined();
  });

  // kills 290:100 (max_output_tokens === null -> false): an explicit null is no cap
  it("a background response with max_output_tokens: null is capped at the default", () => {
    const p = prepareBody("responses", { model: "m", input: "hi", background: true, max_output_tokens: null }, { defaultMaxOutput: 1024 });
    expect(p.body.max_output_tokens).toBe(1024);
    expect(p.reservedTokens).toBe(1 + 1024);
  });
});

describe("readBody: a body of no declared length", () => {
  // kills 18:7 (if (framed) -> true): without a Content-Length the body is read chunk by chunk and
  // refused as soon as it passes the cap, without reading on (read whole, the client's later
  // failure would show instead, and an endless body would be buffered)
  it("stops at the cap: an unframed body over it is body_too_large even if the client fails later", async () => {
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulls++;
        if (pulls <= 2) c.enqueue(new Uint8Array(4));
        else c.error(new Error("reset"));
      },
    });
    const req = new Request("https://guard.example/v1/chat/completions", { method: "POST", body, duplex: "half" } as RequestInit);
    const e = await readBody(req, 6).then(() => undefined, (x: unknown) => x);
    expect(e).toBeInstanceOf(GuardError);
    expect((e as GuardError).code).toBe("body_too_large");
  });
});
