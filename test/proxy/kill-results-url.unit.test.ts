/**
 * pointResultsAt rewrites an answer only when it changed a results_url: any other answer is sent
 * as the origin wrote it, whitespace and key order included (a rewrite would re-serialise it).
 * Written against the survivors of the mutation run on the merge of main (src/proxy/batch.ts).
 */
import { describe, expect, it } from "vitest";
import { pointResultsAt } from "../../src/proxy/batch.ts";

const G = "https://guard.example";

describe("pointResultsAt: an answer it does not change is the origin's own text", () => {
  it("a batch without a results URL, a list of them, a list of non-objects: byte for byte, not re-serialised", () => {
    for (const text of [
      '{ "id": "msgbatch_1", "results_url": null }',
      '{"data": [ {"id": "b", "results_url": "https://files.example/download/abc"} ], "has_more": false}',
      '{"data": [5, null, "x", []],\n "has_more": false}',
    ]) {
      expect(JSON.stringify(JSON.parse(text))).not.toBe(text);
      expect(pointResultsAt(text, G)).toBe(text);
    }
  });
  it("JSON that is no object, or a list holding null: unchanged, never a throw", () => {
    for (const text of ["null", "5", '"x"', '{"data": [null, {"results_url": "https://api.anthropic.com/v1/messages/batches/b/results"}]}']) {
      expect(() => pointResultsAt(text, G)).not.toThrow();
    }
    expect(pointResultsAt("null", G)).toBe("null");
    expect(JSON.parse(pointResultsAt('{"data": [null, {"results_url": "https://api.anthropic.com/v1/messages/batches/b/results"}]}', G)).data).toEqual([null, { results_url: `${G}/v1/messages/batches/b/results` }]);
  });
  it("a changed one is re-serialised (the control)", () => {
    const text = '{ "id": "msgbatch_1", "results_url": "https://api.anthropic.com/v1/messages/batches/msgbatch_1/results" }';
    expect(pointResultsAt(text, G)).toBe(JSON.stringify({ id: "msgbatch_1", results_url: `${G}/v1/messages/batches/msgbatch_1/results` }));
  });
});
