/**
 * Which stored responses the Replayer leaves for a retrieval to read (answerLeftUnread, as the
 * Worker registers them): a line that is not streamed is settled by its own request, with usage
 * or without, so a retrieval of it by another key is read by no key. Written against the
 * survivor of the mutation run on 88d1315 (`body.stream === true` taken as true).
 */
import { describe, expect, it } from "vitest";
import { Replayer } from "../../src/engine/replayer.ts";

const T0 = 1_767_225_600_000;

describe("Replayer: a stored response not streamed", () => {
  it("is read at its request only, even without usage on its line; a streamed one cut before its usage is read by its creator", () => {
    const r = new Replayer({ policy: {} });
    const ask = (i: number, id: string, extra: Record<string, unknown>) =>
      r.step({ ts: T0 + i * 1000, key: "sk-1", method: "POST", path: "/v1/responses", body: { model: "m", input: `Explain tides ${i} in depth.`, max_output_tokens: 4000, ...extra }, response_id: id }, i);
    const get = (i: number, id: string) => r.step({ ts: T0 + i * 1000, key: "sk-2", method: "GET", path: `/v1/responses/${id}`, body: undefined, usage: { prompt_tokens: 8, completion_tokens: 2400 } }, i);
    ask(0, "resp_plain", {});
    const e = r.engineOf("sk-1")!;
    const s0 = e.snap.detect.settled;
    get(1, "resp_plain");
    expect(e.snap.detect.settled).toBeLessThan(s0 + 0.001);
    ask(2, "resp_cut", { stream: true });
    const s1 = e.snap.detect.settled;
    get(3, "resp_cut");
    expect(e.snap.detect.settled).toBeGreaterThan(s1 + 0.999);
  });
});
