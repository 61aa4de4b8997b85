/**
 * buildPromptView on small crafted bodies, field by field: each part type and item type it reads,
 * the depth and budget bounds at their edges, the token-ID hash (which ends it covers), and the
 * parameters at the values where a comparison could go either way. view-read.unit.test.ts covers
 * the same reader on realistic shapes.
 */
import { describe, expect, it } from "vitest";
import { buildPromptView } from "../../src/detect/view.ts";
import { TEXT_CAP } from "../../src/detect/view.ts";
import { hash32 } from "../../src/detect/sketch.ts";

const chatUser = (content: unknown) => buildPromptView("chat", { messages: [{ role: "user", content }] });
const text = (content: unknown) => chatUser(content).turns[0]?.text;

/** content nested `levels` deep through the wrapper `wrap`. */
function nest(levels: number, inner: unknown, wrap: (c: unknown) => unknown): unknown {
  let c = inner;
  for (let i = 0; i < levels; i++) c = wrap(c);
  return c;
}

describe("the reader's budget", () => {
  it("an empty string adds no line", () => {
    expect(text([{ type: "text", text: "" }, { type: "text", text: "a" }, { type: "text", text: "" }])).toBe("a");
  });
  it("once the budget is spent, later parts add nothing, not even an empty line", () => {
    const v = chatUser([{ type: "text", text: "x".repeat(TEXT_CAP) }, { type: "text", text: "more" }]);
    expect(v.turns[0]!.text).toBe("x".repeat(TEXT_CAP));
    expect(v.omittedChars).toBe(4);
  });
});

describe("part types", () => {
  it("tool calls of every kind: input as text or JSON, arguments, custom input", () => {
    const v = buildPromptView("messages", {
      messages: [
        {
          role: "assistant",
          content: [
            { type: "server_tool_use", id: "s", name: "web_search", input: { query: "Q1" } },
            { type: "mcp_tool_use", id: "m", name: "x", input: "RAW" },
            { type: "tool_use", id: "t", name: "f" }, // no input: nothing
            { type: "custom_tool_call", call_id: "c", name: "g", input: "CUSTOM" },
            { type: "function_call", call_id: "d", name: "h", arguments: "ARGS" },
            { type: "function_call", call_id: "e", name: "h" },
          ],
        },
      ],
    });
    expect(v.turns[0]!.text).toBe('{"query":"Q1"}\nRAW\nCUSTOM\nARGS');
  });
  it("thinking, refusal, document title and context; parts with the field missing read nothing", () => {
    expect(
      text([
        { type: "thinking", thinking: "T" }, { type: "thinking" },
        { type: "refusal", refusal: "R" }, { type: "refusal" },
        { type: "document", title: "TI", context: "CTX", source: { type: "text", data: "D" } },
        { type: "document", source: { type: "text", data: 5 } }, // not text: unreadable
        { type: "search_result", content: [{ type: "text", text: "S" }] },
      ]),
    ).toBe("T\nR\nTI\nCTX\nD\nS");
    expect(chatUser([{ type: "document", source: { type: "text", data: 5 } }]).unreadable).toBe(1);
  });
  it("a reasoning item reads its summaries then its content; a wrapper its content, else its output", () => {
    expect(text([{ type: "reasoning", summary: [{ type: "summary_text", text: "S1" }], content: [{ type: "reasoning_text", text: "C1" }] }])).toBe("S1\nC1");
    expect(text([{ type: "reasoning", summary: [{ type: "input_image" }], content: [{ type: "input_audio" }] }])).toBe("");
    expect(chatUser([{ type: "reasoning", summary: [{ type: "input_image" }], content: [{ type: "input_audio" }] }]).turns[0]!.unreadable).toBe(2);
    expect(text([{ type: "wrapper", content: "IN", output: "OUT" }])).toBe("IN");
    expect(text([{ type: "wrapper", output: "OUT" }])).toBe("OUT");
    expect(text([{ type: "wrapper" }, 5, null])).toBe("");
  });
  it("every unreadable type is counted, never read", () => {
    const types = ["image", "image_url", "input_image", "input_audio", "audio", "input_file", "file", "video", "video_url"];
    const v = chatUser(types.map((type) => ({ type, text: "HIDDEN" })));
    expect(v.turns[0]).toMatchObject({ role: "user", text: "", unreadable: types.length });
    expect(Object.keys(v.turns[0]!).sort()).toEqual(["media", "role", "text", "unreadable"]);
    expect(v.media).toBe(types.length);
  });
});

describe("nesting is read to depth 6 through every wrapper, not beyond", () => {
  const wrappers: [string, (c: unknown) => unknown][] = [
    ["tool_result content", (c) => [{ type: "tool_result", content: c }]],
    ["search_result content", (c) => [{ type: "search_result", content: c }]],
    ["document content source", (c) => [{ type: "document", source: { type: "content", content: c } }]],
    ["reasoning summary", (c) => [{ type: "reasoning", summary: c }]],
    ["reasoning content", (c) => [{ type: "reasoning", content: c }]],
    ["wrapper output", (c) => [{ type: "x", output: c }]],
  ];
  it.each(wrappers)("%s", (_, wrap) => {
    // each wrapper is an array holding a part: two levels of depth per wrapper
    expect(text(nest(2, "DEEP", wrap))).toBe("DEEP");
    expect(text(nest(3, "DEEP", wrap))).toBe("DEEP");
    expect(text(nest(4, "DEEP", wrap))).toBe("");
    expect(text(nest(30, "DEEP", wrap))).toBe("");
  });
  it("exactly at the depth bound", () => {
    // arrays only: depth 0 is the content array itself, each array level adds one
    expect(text(nest(7, "X", (c) => [c]))).toBe("X");
    expect(text(nest(8, "X", (c) => [c]))).toBe("");
  });
});

describe("messages and items", () => {
  it("roles: model is the assistant, function a tool, unknown roles and non-objects are skipped", () => {
    const v = buildPromptView("chat", {
      messages: [null, 5, { role: "model", content: "M" }, { role: "function", content: "F" }, { role: "bogus", content: "B" }, { content: "none" }],
    });
    expect(v.turns).toEqual([{ role: "assistant", text: "M" }, { role: "tool", text: "F" }]);
    expect(buildPromptView("chat", { messages: { role: "user", content: "x" } }).turns).toEqual([]);
  });
  it("a role decides over an item type; role-less items by their type", () => {
    const v = buildPromptView("responses", {
      input: [
        { role: "user", type: "anything", content: "U" },
        { type: "message", content: "no role: skipped" },
        { type: "custom_tool_call_output", output: "O1" },
        { type: "mcp_tool_call_output", output: [{ type: "input_text", text: "O2" }] },
        { type: "custom_tool_call", input: "CI" },
        { type: "reasoning", summary: [{ type: "summary_text", text: "RS" }] },
        { type: "web_search_call", action: { query: "ignored" } },
      ],
    });
    expect(v.turns).toEqual([
      { role: "user", text: "U" },
      { role: "tool", text: "O1" },
      { role: "tool", text: "O2" },
      { role: "assistant", text: "CI", calls: "CI" },
      { role: "assistant", text: "RS" },
    ]);
  });
  it("system turns join their parts with newlines", () => {
    expect(buildPromptView("chat", { messages: [{ role: "system", content: [{ type: "text", text: "A" }, { type: "text", text: "B" }] }] }).system).toBe("A\nB");
    expect(buildPromptView("messages", { system: [{ type: "text", text: "A" }, { type: "text", text: "B" }] }).system).toBe("A\nB");
    expect(buildPromptView("messages", {}).system).toBe("");
  });
  it("assistant tool calls: function or custom, arguments or input; odd entries skipped; only the assistant's", () => {
    const v = buildPromptView("chat", {
      messages: [
        {
          role: "assistant",
          content: "",
          tool_calls: [5, { function: "x" }, { function: { arguments: "A1", input: "no" } }, { custom: { input: "I1" } }, { function: { name: "f" } }],
          function_call: { arguments: 7 },
        },
        { role: "user", content: "u", tool_calls: [{ function: { arguments: "NOT READ" } }], function_call: { arguments: "NOR THIS" }, refusal: "NOR" },
      ],
    });
    // the calls' arguments are kept apart too (signals.ts callAsk), only the assistant's
    expect(v.turns).toEqual([{ role: "assistant", text: "A1\nI1", calls: "A1\nI1" }, { role: "user", text: "u" }]);
  });
  it("a user turn is a tool turn only when every part is a tool_result", () => {
    const roles = (content: unknown) => buildPromptView("messages", { messages: [{ role: "user", content }] }).turns[0]!.role;
    expect(roles([{ type: "tool_result", content: "r" }, { type: "tool_result", content: "s" }])).toBe("tool");
    expect(roles([{ type: "tool_result", content: "r" }, { type: "text", text: "and a question" }])).toBe("user");
    expect(roles([])).toBe("user");
    expect(roles("plain")).toBe("user");
  });
});

describe("prompts of completions and embeddings", () => {
  it("strings, token-ID arrays and odd entries; each token-ID prompt counted unreadable", () => {
    const v = buildPromptView("completions", { prompt: ["a", [1, 2], [], ["x"], 5, [3]] });
    expect(v.turns).toEqual([{ role: "user", text: "a", unreadable: 2 }]);
    expect(v.promptTokenIds).toBe(3);
    expect(v.unreadable).toBe(2);
    expect(buildPromptView("completions", { prompt: [] }).turns).toEqual([{ role: "user", text: "" }]);
    expect(buildPromptView("completions", { prompt: [] }).unreadable).toBeUndefined();
    expect(buildPromptView("embeddings", { input: 5 }).turns).toEqual([{ role: "user", text: "" }]);
    // the suffix belongs to completions only
    expect(buildPromptView("embeddings", { input: "i", suffix: "S" }).turns[0]!.text).toBe("i");
  });
  it("the token hash covers every ID up to 512 and only the first and last 256 beyond", () => {
    const ids = (n: number, at = -1) => Array.from({ length: n }, (_, i) => (i === at ? 99_999 : i % 1000));
    const h = (x: unknown[]) => buildPromptView("completions", { prompt: x }).tokenHash;
    expect(h(ids(512, 256))).not.toBe(h(ids(512)));
    expect(h(ids(512, 511))).not.toBe(h(ids(512)));
    expect(h(ids(1000, 255))).not.toBe(h(ids(1000)));
    expect(h(ids(1000, 744))).not.toBe(h(ids(1000)));
    expect(h(ids(1000, 256))).toBe(h(ids(1000)));
    expect(h(ids(1000, 743))).toBe(h(ids(1000)));
    expect(h(ids(1001))).not.toBe(h(ids(1000))); // the count is hashed too
    // IDs that are not numbers count as 0
    expect(h([1, "5", 3])).toBe(h([1, 0, 3]));
    expect(h([1, 2.7, 3])).toBe(h([1, 2, 3]));
  });
});

describe("tool definitions", () => {
  const tools = (t: unknown) => buildPromptView("chat", { messages: [], tools: t });
  it("reads descriptions through properties, items, $defs and definitions, in that order", () => {
    const v = tools([
      {
        name: "f",
        parameters: {
          description: "P",
          properties: { a: { description: "A", items: { description: "AI" } } },
          items: { description: "I" },
          $defs: { d: { description: "D" } },
          definitions: { e: { description: "E" } },
          other: { description: "NOT READ" },
        },
      },
    ]);
    expect(v.tools).toBe("f\nP\nA\nAI\nI\nD\nE");
  });
  it("schema depth and the description budget are bounded", () => {
    const deep = nest(9, { description: "L9" }, (c) => ({ description: "d", properties: { x: c } }));
    // depths 0..6 are read: seven descriptions
    expect(tools([{ name: "f", parameters: deep }]).tools).toBe(["f", ...Array(7).fill("d")].join("\n"));
    const many = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`p${i}`, { description: `d${i}` }]));
    const read = tools([{ name: "f", parameters: { properties: many } }]).tools!.split("\n");
    expect(read.length).toBe(1 + 256);
    expect(read.at(-1)).toBe("d255");
    // the budget is shared by all the tools of a request
    const two = tools([{ name: "f", parameters: { properties: many } }, { name: "g", parameters: { description: "late" } }]).tools!.split("\n");
    expect(two.slice(-1)).toEqual(["g"]);
  });
  it("at most 256 tools; odd entries skipped; built-in tools by type; none gives no tool set", () => {
    const v = tools([...Array.from({ length: 300 }, (_, i) => ({ name: `t${i}` }))]);
    expect(v.tools!.split("\n").length).toBe(256);
    expect(tools([5, { type: "web_search" }, { function: { name: "fn", description: "FD" } }]).tools).toBe("web_search\nfn\nFD");
    expect(tools([])).not.toHaveProperty("toolSet");
    expect(tools("x")).not.toHaveProperty("toolSet");
    expect(tools([{ description: "nameless" }]).tools).toBe("nameless");
  });
});

describe("parameters at their edges", () => {
  const params = (b: Record<string, unknown>) => buildPromptView("completions", { prompt: "p", ...b }).params;
  it("logprobs: true or a positive count; top_logprobs over a numeric logprobs", () => {
    expect(params({ logprobs: 0 })).toEqual({ topLogprobs: 0 });
    expect(params({ logprobs: 1 })).toEqual({ logprobs: true, topLogprobs: 1 });
    expect(params({ logprobs: false })).toEqual({});
    expect(params({ logprobs: true })).toEqual({ logprobs: true });
    expect(params({ top_logprobs: 0 })).toEqual({ topLogprobs: 0 });
    expect(params({ top_logprobs: 2, logprobs: 0 })).toEqual({ logprobs: true, topLogprobs: 2 });
    expect(params({ logprobs: "5" })).toEqual({});
  });
  it("logit_bias only when it biases something; n and best_of, the larger", () => {
    expect(params({ logit_bias: {} })).toEqual({});
    expect(params({ logit_bias: { "1": 5 } })).toEqual({ logitBias: true, logitBiasSet: expect.any(Number) });
    expect(params({ n: 2, best_of: 5 })).toEqual({ n: 5 });
    expect(params({ n: 0 })).toEqual({});
  });
  it("numbers must be finite numbers", () => {
    expect(params({ max_tokens: "9", temperature: Infinity, top_p: "1", stream: "yes" })).toEqual({});
    expect(params({ max_tokens: 9, temperature: 0, top_p: 1, stream: false })).toEqual({ maxTokens: 9, temperature: 0, topP: 1, stream: false });
  });
});

describe("odd shapes do not cut the reading short", () => {
  // an entry the reader cannot read is skipped, not thrown on: a throw would end the reading
  // (buildPromptView catches it) and lose every later turn, the tools and the parameters
  it("a chat body without messages still has its tools and parameters read", () => {
    const v = buildPromptView("chat", { max_tokens: 7, tools: [{ name: "f" }] });
    expect(v.turns).toEqual([]);
    expect(v.tools).toBe("f");
    expect(v.params).toEqual({ maxTokens: 7 });
  });
  it("a tool call with neither function nor custom is skipped; the next turn is read", () => {
    const v = buildPromptView("chat", { messages: [{ role: "assistant", content: "A", tool_calls: [{ id: "c1", type: "function" }] }, { role: "user", content: "U" }], max_tokens: 3 });
    expect(v.turns).toEqual([{ role: "assistant", text: "A" }, { role: "user", text: "U" }]);
    expect(v.params).toEqual({ maxTokens: 3 });
  });
  it("a prompt list's null and non-array entries are skipped: not token IDs, not unreadable", () => {
    const v = buildPromptView("completions", { prompt: ["a", null, { "0": 5, length: 1 }, "b"], max_tokens: 4 });
    expect(v.turns).toEqual([{ role: "user", text: "a\nb" }]);
    expect(v.unreadable).toBeUndefined();
    expect(v.promptTokenIds).toBeUndefined();
    expect(v.params).toEqual({ maxTokens: 4 });
  });
});

describe("roles, systems and continuations", () => {
  it("an assistant turn of tool_result parts stays the assistant's (only a user's becomes a tool turn)", () => {
    const v = buildPromptView("messages", { messages: [{ role: "assistant", content: [{ type: "tool_result", content: "r" }] }] });
    expect(v.turns).toEqual([{ role: "assistant", text: "r" }]);
  });
  it("without a top-level system, the system is only the system messages' (no empty first line)", () => {
    expect(buildPromptView("messages", { messages: [{ role: "system", content: "S" }, { role: "user", content: "u" }] }).system).toBe("S");
    expect(buildPromptView("messages", { system: "T", messages: [{ role: "system", content: "S" }] }).system).toBe("T\nS");
  });
  it("an empty previous_response_id continues nothing", () => {
    const v = buildPromptView("responses", { previous_response_id: "", input: "hi", max_output_tokens: 5 });
    expect(v.continues).toBeUndefined();
    expect(v.anchor).toBeUndefined();
    expect(v.turns).toEqual([{ role: "user", text: "hi" }]);
    expect(v.params).toEqual({ maxTokens: 5 });
    const c = buildPromptView("responses", { previous_response_id: "resp_1", input: "hi" });
    expect(c.continues).toBe(true);
    expect(c.anchor).toBe(hash32("resp_1") || 1);
  });
});

describe("tool names and schema depth, exact", () => {
  const tools = (t: unknown) => buildPromptView("chat", { messages: [], tools: t });
  it("a tool with no name and a non-string type reads as nameless", () => {
    expect(tools([{ type: 5 }])).toMatchObject({ tools: "", toolSet: hash32("") || 1 });
  });
  it("the tool set hashes the sorted names, a nameless tool as the empty name", () => {
    expect(tools([{ name: "b" }, {}]).toolSet).toBe(hash32("\u0001b") || 1);
    expect(tools([{ name: "b" }, { name: "a" }]).toolSet).toBe(hash32("a\u0001b") || 1);
  });
  it("items count as a level of depth like properties", () => {
    const deep = nest(8, { description: "L8" }, (c) => ({ description: "d", items: c }));
    expect(tools([{ name: "f", parameters: deep }]).tools).toBe(["f", ...Array(7).fill("d")].join("\n"));
  });
});

describe("logprobs, exact", () => {
  it("a positive numeric logprobs asks for logprobs even when top_logprobs is 0", () => {
    expect(buildPromptView("completions", { prompt: "p", logprobs: 3, top_logprobs: 0 }).params).toEqual({ logprobs: true, topLogprobs: 0 });
  });
});
