/**
 * Answers too big to read whole (red team R14-1): the tap and the retrieval path keep their two
 * ends (TextEdges) and read the usage from the tail, the response id, status and background flag
 * from the head (edgeFacts, storedAnswerAtEdges).
 */
import { describe, expect, it } from "vitest";
import { CappedText, JSON_EDGE_CHARS, TextEdges, edgeFacts, storedAnswerAtEdges } from "../../src/proxy/usage.ts";
import { tap } from "./tap-helpers.ts";

const E = JSON_EDGE_CHARS;

describe("TextEdges: the first and last 64 K chars of a text read in chunks", () => {
  it("keeps exactly the head and the tail, whatever the chunking", () => {
    const text = Array.from({ length: 5 * E }, (_, i) => String.fromCharCode(97 + (i % 26))).join("");
    for (const size of [1000, E - 1, E, E + 1, 3 * E]) {
      const e = new TextEdges();
      for (let i = 0; i < text.length; i += size) e.add(text.slice(i, i + size));
      expect(e.head).toBe(text.slice(0, E));
      expect(e.tail).toBe(text.slice(-E));
    }
  });
  it("a text shorter than the window is its own head and tail", () => {
    const e = new TextEdges();
    e.add("abc");
    e.add("def");
    expect([e.head, e.tail]).toEqual(["abcdef", "abcdef"]);
  });
});

describe("edgeFacts", () => {
  const mid = "m".repeat(3 * E);
  it("usage from the tail (the last object that reads as usage), id and status from the head of a response", () => {
    const head = `{"id":"resp_1","object":"response","status":"completed","background":true,"output":[{"id":"msg_9","status":"in_progress","content":"`;
    const tail = `"}],"tools":[{"type":"function","parameters":{"usage":{"type":"object"}}}],"usage":{"input_tokens":7,"output_tokens":9},"metadata":{"usage":"x"}}`;
    expect(edgeFacts(head + mid, mid + tail)).toEqual({ usage: { promptTokens: 7, completionTokens: 9 }, responseId: "resp_1", status: "completed", background: true });
  });
  it("generated text cannot fake the key: quotes inside a string are escaped", () => {
    const text = JSON.stringify({ id: "c", object: "chat.completion", choices: [{ message: { content: `"usage": {"prompt_tokens": 1, "completion_tokens": 1}` } }], usage: { prompt_tokens: 500, completion_tokens: 600 } });
    expect(edgeFacts(text, text).usage).toEqual({ promptTokens: 500, completionTokens: 600 });
    const noUsage = JSON.stringify({ id: "c", choices: [{ message: { content: `"usage": {"prompt_tokens": 1, "completion_tokens": 1}` } }] });
    expect(edgeFacts(noUsage, noUsage).usage).toBeUndefined();
  });
  it("a usage object cut by the tail's start, or not JSON, is skipped for an earlier one", () => {
    expect(edgeFacts("", `"usage":{"prompt_tokens":3,"completion_tokens":4},"x":{"usage":{"prompt_tokens":1`).usage).toEqual({ promptTokens: 3, completionTokens: 4 });
    expect(edgeFacts("", `"usage":{"prompt_tokens":3,"completion_tokens":4},"usage":{bad}`).usage).toEqual({ promptTokens: 3, completionTokens: 4 });
    expect(edgeFacts("", `"usage":{"a":"}\\"{","prompt_tokens":2}`).usage).toEqual({ promptTokens: 2, completionTokens: 0 });
  });
  it("a chat completion names no stored response; an output item's id or status is not the response's", () => {
    expect(edgeFacts(`{"id":"chatcmpl-1","object":"chat.completion","choices":[`, "")).toEqual({});
    expect(edgeFacts(`{"object":"response","output":[{"id":"msg_1","status":"completed"`, "")).toEqual({});
  });
});

describe("storedAnswerAtEdges: a retrieved response too big to read whole", () => {
  const tail = `"usage":{"input_tokens":100,"output_tokens":50}}`;
  it("JSON: an answer once its status says it ended, with its background flag", () => {
    expect(storedAnswerAtEdges(`{"id":"r","object":"response","status":"completed","background":true,"output":[`, tail, false)).toEqual({ usage: { promptTokens: 100, completionTokens: 50 }, background: true });
    expect(storedAnswerAtEdges(`{"id":"r","object":"response","status":"incomplete","output":[`, tail, false)).toEqual({ usage: { promptTokens: 100, completionTokens: 50 }, background: false });
    expect(storedAnswerAtEdges(`{"id":"r","object":"response","status":"in_progress","output":[`, tail, false)).toBeUndefined();
  });
  it("a stream: its head is its first event (queued), so its usage alone says it ended", () => {
    const head = `event: response.created\ndata: {"type":"response.created","response":{"id":"r","object":"response","status":"queued","background":true,"output":[]}}\n\n`;
    expect(storedAnswerAtEdges(head, tail, true)).toEqual({ usage: { promptTokens: 100, completionTokens: 50 }, background: true });
    expect(storedAnswerAtEdges(head, `"usage":null}}`, true)).toBeUndefined();
  });
});

describe("the tap reads an oversized JSON answer at its two ends", () => {
  it("usage and response id of an answer past maxJsonBytes, in many chunks", async () => {
    const body = `{"id":"resp_7","object":"response","status":"completed","output":[{"type":"message","content":"${"q".repeat(5 * E)}"}],"usage":{"input_tokens":11,"output_tokens":22}}`;
    const chunks: string[] = [];
    for (let i = 0; i < body.length; i += 4096) chunks.push(body.slice(i, i + 4096));
    const { text, result } = await tap(chunks, { sse: false, kind: "responses", maxJsonBytes: E });
    expect(text).toBe(body);
    expect(result).toEqual({ usage: { promptTokens: 11, completionTokens: 22 }, usageFinal: true, streamedChars: 0, outcome: "complete", responseId: "resp_7", edges: true });
  });
});

describe("CappedText: whole up to its cap, then its two ends (the tap's JSON copy and the retrieval reader)", () => {
  it("keeps the text whole at the cap exactly; one unit past it, the two ends of everything read", () => {
    const at = new CappedText(10);
    at.add("01234");
    at.add("56789");
    expect(at.read()).toEqual({ text: "0123456789" });
    const past = new CappedText(10);
    past.add("01234");
    past.add("567890");
    past.add("tail");
    const r = past.read();
    expect("edges" in r).toBe(true);
    if ("edges" in r) {
      expect(r.edges.head).toBe("01234567890tail");
      expect(r.edges.tail).toBe("01234567890tail");
    }
  });

  it("measures chunks as the caller sizes them (bytes a chunk was decoded from); a chunk of size 0 never crosses the cap", () => {
    const bytes = new CappedText(6);
    bytes.add("éé", 4);
    bytes.add("é", 2);
    expect(bytes.read()).toEqual({ text: "ééé" });
    bytes.add("", 0);
    expect(bytes.read()).toEqual({ text: "ééé" });
    bytes.add("x", 1);
    expect("edges" in bytes.read()).toBe(true);
  });

  it("past the cap, a long text keeps its first and last JSON_EDGE_CHARS only", () => {
    const c = new CappedText(100);
    c.add("H".repeat(JSON_EDGE_CHARS));
    for (let i = 0; i < 3; i++) c.add("m".repeat(JSON_EDGE_CHARS));
    c.add("T".repeat(10));
    const r = c.read();
    if (!("edges" in r)) throw new Error("expected edges");
    expect(r.edges.head).toBe("H".repeat(JSON_EDGE_CHARS));
    expect(r.edges.tail.endsWith("m".repeat(JSON_EDGE_CHARS - 10) + "T".repeat(10))).toBe(true);
  });
});
