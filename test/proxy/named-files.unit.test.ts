import { describe, expect, it } from "vitest";
import { GuardError } from "../../src/proxy/errors.ts";
import { MAX_NAMED_FILES, namedFiles } from "../../src/proxy/request.ts";

describe("namedFiles: the files a request names as model input (red team R78-3)", () => {
  it("reads chat, Responses and Anthropic file inputs and a code interpreter's files, each once", () => {
    const body = {
      messages: [
        { role: "user", content: [{ type: "file", file: { file_id: "file-chat" } }, { type: "text", text: "x" }] },
        { role: "user", content: [{ type: "document", source: { type: "file", file_id: "file_anth" } }, { type: "image", source: { type: "file", file_id: "file_img" } }, { type: "container_upload", file_id: "file_up" }] },
      ],
      input: [{ role: "user", content: [{ type: "input_file", file_id: "file-resp" }, { type: "input_image", file_id: "file-resp-img" }, { type: "input_file", file_id: "file-chat" }] }],
      tools: [{ type: "code_interpreter", container: { type: "auto", file_ids: ["file-ci-1", "file-ci-2"] } }],
    };
    expect(namedFiles(body)).toEqual(["file-chat", "file_anth", "file_img", "file_up", "file-resp", "file-resp-img", "file-ci-1", "file-ci-2"]);
  });

  it("not a file an answer cited, nor an id under another key", () => {
    const replayed = {
      input: [
        { role: "assistant", content: [{ type: "output_text", text: "See the file.", annotations: [{ type: "file_citation", file_id: "file-kb" }, { type: "container_file_citation", container_id: "c", file_id: "cfile_1" }] }] },
        { role: "user", content: "Thanks. file_id: file-x" },
      ],
      metadata: { file_id: "file-meta" },
    };
    expect(namedFiles(replayed)).toEqual([]);
  });

  it("refuses more than MAX_NAMED_FILES", () => {
    const many = { input: [{ role: "user", content: Array.from({ length: MAX_NAMED_FILES + 1 }, (_, i) => ({ type: "input_file", file_id: `file-${i}` })) }] };
    expect(() => namedFiles(many)).toThrow(GuardError);
    expect(namedFiles({ input: [{ role: "user", content: many.input[0]!.content.slice(1) }] })).toHaveLength(MAX_NAMED_FILES);
  });
});
