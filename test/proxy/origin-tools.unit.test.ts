/**
 * originRunsTools: which requests let the origin run tools whose results are input the request
 * does not hold (red team R39a-2). A stream of such a request is read on to its end when the
 * client leaves (handler.ts unseenInput); a client-run tool adds nothing at the origin.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_MODEL_TRAITS } from "../../src/config/index.ts";
import { visibleOutput } from "../../src/proxy/handler.ts";
import { modelMatches, originRunsTools } from "../../src/proxy/request.ts";

describe("originRunsTools", () => {
  it("OpenAI: function and custom tools are the client's; any other type, known or not, runs at the origin", () => {
    for (const kind of ["chat", "responses"] as const) {
      expect(originRunsTools(kind, {})).toBe(false);
      expect(originRunsTools(kind, { tools: [] })).toBe(false);
      expect(originRunsTools(kind, { tools: [{ type: "function", function: { name: "f" } }, { type: "custom", name: "g" }] })).toBe(false);
      for (const type of ["web_search", "web_search_preview", "file_search", "mcp", "code_interpreter", "image_generation", "some_future_tool"]) {
        expect([kind, type, originRunsTools(kind, { tools: [{ type: "function", name: "f" }, { type }] })]).toEqual([kind, type, true]);
      }
      // a tool with no type is not a client tool OpenAI knows
      expect(originRunsTools(kind, { tools: [{ name: "f" }] })).toBe(true);
    }
  });
  it("chat: web_search_options asks the origin to search (an empty object too; null does not)", () => {
    expect(originRunsTools("chat", { web_search_options: {} })).toBe(true);
    expect(originRunsTools("chat", { web_search_options: { search_context_size: "high" } })).toBe(true);
    expect(originRunsTools("chat", { web_search_options: null })).toBe(false);
    // not a Responses or Anthropic field
    expect(originRunsTools("responses", { web_search_options: {} })).toBe(false);
  });
  it("Anthropic: a tool with no type or custom is the client's; server tools, MCP servers and a container run at the origin", () => {
    expect(originRunsTools("messages", { tools: [{ name: "f", input_schema: {} }, { type: "custom", name: "g", input_schema: {} }] })).toBe(false);
    for (const type of ["web_search_20250305", "web_fetch_20250910", "code_execution_20250825", "tool_search_tool_regex_20251119"]) {
      expect([type, originRunsTools("messages", { tools: [{ type, name: "t" }] })]).toEqual([type, true]);
    }
    expect(originRunsTools("messages", { mcp_servers: [{ type: "url", url: "https://mcp.example/sse", name: "m" }] })).toBe(true);
    expect(originRunsTools("messages", { mcp_servers: [] })).toBe(false);
    expect(originRunsTools("messages", { container: "container_abc" })).toBe(true);
    expect(originRunsTools("messages", { container: null })).toBe(false);
  });
  it("a model that runs tools by itself, by name (red team R40-2): on chat and Responses", () => {
    const search = DEFAULT_MODEL_TRAITS.runTools;
    expect(originRunsTools("chat", { model: "gpt-4o-search-preview" }, search)).toBe(true);
    expect(originRunsTools("responses", { model: "gpt-5-search-api" }, search)).toBe(true);
    expect(originRunsTools("chat", { model: "gpt-4o" }, search)).toBe(false);
    expect(originRunsTools("chat", { model: "gpt-4o-search-preview" })).toBe(false);
    expect(originRunsTools("embeddings", { model: "text-search-ada" }, search)).toBe(false);
  });
  it("modelMatches: * is any run, the rest literal (a dot is a dot), case aside", () => {
    expect(modelMatches(["gpt-4.1"], "gpt-4.1")).toBe(true);
    expect(modelMatches(["gpt-4.1"], "gpt-4x1")).toBe(false);
    expect(modelMatches(["gpt-4.1"], "gpt-4.1-mini")).toBe(false);
    expect(modelMatches(["gpt-4.1*"], "GPT-4.1-mini")).toBe(true);
    expect(modelMatches(["*"], 5)).toBe(false);
    expect(modelMatches([], "x")).toBe(false);
  });
  it("visibleOutput: a model the operator names, asked for no reasoning, with no tools the origin runs", () => {
    const m = { visibleOutput: ["gpt-4o*"], runTools: ["*search*"], images: [] };
    expect(visibleOutput("chat", { model: "gpt-4o-mini" }, m)).toBe(true);
    expect(visibleOutput("responses", { model: "gpt-4o" }, m)).toBe(true);
    expect(visibleOutput("chat", { model: "gpt-4o-mini" })).toBe(false);
    expect(visibleOutput("chat", { model: "o3" }, m)).toBe(false);
    expect(visibleOutput("chat", { model: "gpt-4o", reasoning_effort: "low" }, m)).toBe(false);
    expect(visibleOutput("responses", { model: "gpt-4o", reasoning: { effort: "low" } }, m)).toBe(false);
    expect(visibleOutput("chat", { model: "gpt-4o-search-preview" }, m)).toBe(false);
    expect(visibleOutput("chat", { model: "gpt-4o", web_search_options: {} }, m)).toBe(false);
    expect(visibleOutput("embeddings", { model: "gpt-4o" }, m)).toBe(false);
  });
  it("other routes run no tools", () => {
    expect(originRunsTools("embeddings", { tools: [{ type: "web_search" }] })).toBe(false);
    expect(originRunsTools("completions", { tools: [{ type: "web_search" }] })).toBe(false);
  });
});
