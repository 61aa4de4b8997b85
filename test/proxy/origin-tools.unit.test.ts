/**
 * originRunsTools: which requests let the origin run tools whose results are input the request
 * does not hold (red team R39a-2). A stream of such a request is read on to its end when the
 * client leaves (handler.ts unseenInput); a client-run tool adds nothing at the origin.
 */
import { describe, expect, it } from "vitest";
import { originRunsTools } from "../../src/proxy/request.ts";

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
  it("other routes run no tools", () => {
    expect(originRunsTools("embeddings", { tools: [{ type: "web_search" }] })).toBe(false);
    expect(originRunsTools("completions", { tools: [{ type: "web_search" }] })).toBe(false);
  });
});
