/**
 * readBody (src/proxy/request.ts): the size cap before buffering (Content-Length) and while
 * reading, the bytes reassembled in order from any chunking, a client that goes away mid-body.
 * The workers suite checks the same through HTTP; these pin the edges.
 */
import { describe, expect, it } from "vitest";
import { GuardError } from "../../src/proxy/errors.ts";
import { readBody } from "../../src/proxy/request.ts";

const enc = new TextEncoder();
const streamOf = (chunks: Uint8Array[], fail = false) =>
  new ReadableStream<Uint8Array>({
    pull(c) {
      const next = chunks.shift();
      if (next) c.enqueue(next);
      else if (fail) c.error(new Error("reset"));
      else c.close();
    },
  });
const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("https://guard.example/v1/chat/completions", { method: "POST", body, headers, duplex: "half" } as RequestInit);

async function refusal(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(GuardError);
    return { code: (e as GuardError).code, message: (e as GuardError).message };
  }
  throw new Error("expected a refusal");
}

describe("readBody", () => {
  it("reassembles the chunks in order, exactly maxBytes accepted", async () => {
    const chunks = [enc.encode("ab"), enc.encode("cde"), enc.encode("f")];
    const out = await readBody(post(streamOf(chunks)), 6);
    expect(new TextDecoder().decode(out)).toBe("abcdef");
    expect(out.byteLength).toBe(6);
  });
  it("one byte over maxBytes while reading is refused", async () => {
    const r = await refusal(readBody(post(streamOf([enc.encode("abc"), enc.encode("defg")])), 6));
    expect(r).toEqual({ code: "body_too_large", message: "Request body exceeds the limit of 6 bytes." });
  });
  it("a declared Content-Length over the cap is refused before reading; at the cap it is read", async () => {
    // the header alone decides here: the body itself is 2 bytes
    expect(await refusal(readBody(post("12", { "content-length": "7" }), 6))).toMatchObject({ code: "body_too_large" });
    expect((await readBody(post("12", { "content-length": "6" }), 6)).byteLength).toBe(2);
    // a Content-Length that is not a plain number is ignored: the bytes decide
    expect((await readBody(post("12", { "content-length": "7x" }), 6)).byteLength).toBe(2);
    expect((await readBody(post("12", { "content-length": "x7" }), 6)).byteLength).toBe(2);
    expect((await readBody(post("12", { "content-length": "1e3" }), 6)).byteLength).toBe(2);
  });
  it("a body framed by Content-Length is read whole, and still refused when it is longer than declared and over the cap", async () => {
    // the declared length is within the cap, the bytes are not: the length is the client's word
    expect(await refusal(readBody(post("1234567", { "content-length": "3" }), 6))).toEqual({ code: "body_too_large", message: "Request body exceeds the limit of 6 bytes." });
    expect(new TextDecoder().decode(await readBody(post("123456", { "content-length": "6" }), 6))).toBe("123456");
  });
  it("a client that goes away mid-body of a declared length: client_closed", async () => {
    expect(await refusal(readBody(post(streamOf([enc.encode("ab")], true), { "content-length": "50" }), 100))).toEqual({
      code: "client_closed",
      message: "The client closed the connection before its request body was complete.",
    });
  });
  it("no body: empty bytes", async () => {
    expect(await readBody(new Request("https://guard.example/v1/models"), 10)).toEqual(new Uint8Array(0));
  });
  it("a client that goes away mid-body: client_closed", async () => {
    expect(await refusal(readBody(post(streamOf([enc.encode("ab")], true)), 100))).toEqual({
      code: "client_closed",
      message: "The client closed the connection before its request body was complete.",
    });
  });
});
