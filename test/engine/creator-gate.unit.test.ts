/**
 * Another key's retrieval of a stored response is held to its creator's standing (red team
 * R14-3): KeyEngine.gateForOthers says what the creator's standing lets another key do, the
 * routes say which requests read a stored response, and the replayer refuses as the Worker does.
 */
import { describe, expect, it } from "vitest";
import { parsePolicy, type PolicyConfig } from "../../src/config/index.ts";
import { KeyEngine } from "../../src/engine/key-engine.ts";
import { Replayer, checkTraceEvent, type TraceEvent } from "../../src/engine/replayer.ts";
import { storedResponseOf } from "../../src/proxy/routes.ts";

const T0 = Date.UTC(2026, 10, 2);

function policy(mode: "enforce" | "shadow" | "off"): PolicyConfig {
  const p = parsePolicy({ detection: { mode } });
  if (!p.ok) throw new Error(p.problem.message);
  return p.value;
}

/** An engine whose detection stands at `standing` now (as assess holds it within its dwell). */
function standingAt(standing: "allow" | "throttle" | "degrade" | "challenge" | "block"): KeyEngine {
  const e = new KeyEngine();
  e.snap.detect.updatedMs = T0;
  e.snap.detect.standing = standing;
  e.snap.detect.standingMs = T0;
  e.snap.detect.peakScore = 0.99;
  e.snap.detect.peakMs = T0;
  return e;
}

describe("KeyEngine.gateForOthers", () => {
  it("enforced: challenge and block refuse, degrade degrades, throttle and allow serve", () => {
    const p = policy("enforce");
    expect(standingAt("block").gateForOthers(p, T0)).toBe("refuse");
    expect(standingAt("challenge").gateForOthers(p, T0)).toBe("refuse");
    expect(standingAt("degrade").gateForOthers(p, T0)).toBe("degrade");
    expect(standingAt("throttle").gateForOthers(p, T0)).toBe("serve");
    expect(standingAt("allow").gateForOthers(p, T0)).toBe("serve");
  });

  it("the lists: deny refuses whatever detection says (even off); allow serves a blocked key", () => {
    for (const mode of ["enforce", "shadow", "off"] as const) {
      const e = standingAt("allow");
      e.snap.list = "deny";
      expect(e.gateForOthers(policy(mode), T0), mode).toBe("refuse");
    }
    const e = standingAt("block");
    e.snap.list = "allow";
    expect(e.gateForOthers(policy("enforce"), T0)).toBe("serve");
  });

  it("shadow mode and detection off act on nothing; a verified key is held at degrade", () => {
    expect(standingAt("block").gateForOthers(policy("shadow"), T0)).toBe("serve");
    expect(standingAt("block").gateForOthers(policy("off"), T0)).toBe("serve");
    const v = standingAt("block");
    v.setVerified(T0 + 1000);
    expect(v.gateForOthers(policy("enforce"), T0)).toBe("degrade");
    expect(v.gateForOthers(policy("enforce"), T0 + 2000)).toBe("refuse"); // verification lapsed
  });

  it("reads the standing without changing the key's state", () => {
    const e = standingAt("challenge");
    const before = structuredClone(e.snap);
    e.gateForOthers(policy("enforce"), T0 + 3_600_000);
    expect(e.snap).toEqual(before);
  });
});

describe("storedResponseOf", () => {
  it("names the response of a retrieval, its input items and a cancel; nothing else", () => {
    expect(storedResponseOf("GET", "/v1/responses/resp_1")).toBe("resp_1");
    expect(storedResponseOf("GET", "/v1/responses/resp_1/input_items")).toBe("resp_1");
    expect(storedResponseOf("POST", "/v1/responses/resp_1/cancel")).toBe("resp_1");
    expect(storedResponseOf("GET", "/v1/responses/resp_1/cancel")).toBeUndefined();
    expect(storedResponseOf("POST", "/v1/responses/resp_1")).toBeUndefined();
    expect(storedResponseOf("POST", "/v1/responses/resp_1/input_items")).toBeUndefined();
    expect(storedResponseOf("DELETE", "/v1/responses/resp_1")).toBeUndefined();
    expect(storedResponseOf("GET", "/v1/responses")).toBeUndefined();
    expect(storedResponseOf("GET", "/v1/responses/resp_1/other")).toBeUndefined();
    expect(storedResponseOf("GET", "/v2/responses/resp_1")).toBeUndefined();
    expect(storedResponseOf("GET", "/x/v1/responses/resp_1")).toBeUndefined();
  });
});

describe("Replayer: another key's retrieval of a background response", () => {
  const ask = (key: string, i: number): TraceEvent => ({
    ts: T0 + i * 1000, key, method: "POST", path: "/v1/responses", body: { model: "m", input: "Explain tides.", background: true, max_output_tokens: 400 }, response_id: "resp_a1",
  });
  const fetch = (key: string, i: number, path = "/v1/responses/resp_a1"): TraceEvent => ({
    ts: T0 + i * 1000, key, method: "GET", path, body: undefined, usage: { prompt_tokens: 20, completion_tokens: 380 },
  });

  it("is refused while the creator is denied (the Worker's creator_restricted); the creator's own retrieval gets its own decision; other ids and keys' own are served", () => {
    const r = new Replayer({ policy: { detection: { mode: "enforce" } } });
    expect(r.step(ask("sk-a", 0), 0)).toMatchObject({ served: true });
    expect(r.step(fetch("sk-b", 1), 1)).toMatchObject({ served: true });
    r.engineOf("sk-a")!.snap.list = "deny";
    const line = r.step(fetch("sk-b", 2), 2);
    expect(line).toMatchObject({ key: "sk-b", action: "allow", served: false, refusedFor: "creator" });
    expect(r.step(fetch("sk-b", 3, "/v1/responses/resp_a1/input_items"), 3)).toMatchObject({ served: false, refusedFor: "creator" });
    expect(r.step({ ...fetch("sk-b", 4, "/v1/responses/resp_a1/cancel"), method: "POST" }, 4)).toMatchObject({ served: false, refusedFor: "creator" });
    expect(r.step(fetch("sk-a", 5), 5)).toMatchObject({ action: "block", served: false }); // its own deny
    expect(r.step(fetch("sk-b", 6, "/v1/responses/resp_other"), 6)).toMatchObject({ served: true });
    expect(r.summary().service.refused).toBe(4);
    expect(r.summary().byAction.allow.total).toBeGreaterThanOrEqual(5);
  });

  it("a turn continuing it by `previous_response_id` is held to the creator too (red team R84-3); the creator's own turn and another key's turn on its own or an unknown response are decided as ever", () => {
    const r = new Replayer({ policy: { detection: { mode: "enforce" } } });
    const turn = (key: string, i: number, prev: string): TraceEvent => ({
      ts: T0 + i * 1000, key, method: "POST", path: "/v1/responses", body: { model: "m", input: "ok", previous_response_id: prev, max_output_tokens: 16 }, usage: { prompt_tokens: 420, completion_tokens: 16 },
    });
    r.step(ask("sk-a", 0), 0);
    expect(r.step(turn("sk-b", 1, "resp_a1"), 1)).toMatchObject({ served: true });
    r.engineOf("sk-a")!.snap.list = "deny";
    expect(r.step(turn("sk-b", 2, "resp_a1"), 2)).toMatchObject({ key: "sk-b", action: "allow", served: false, refusedFor: "creator" });
    expect(r.step(turn("sk-a", 3, "resp_a1"), 3)).toMatchObject({ action: "block", served: false }); // its own deny
    expect(r.step(turn("sk-b", 4, "resp_unknown"), 4)).toMatchObject({ served: true });
    expect(r.step(turn("sk-b", 5, "resp_unknown"), 5).refusedFor).toBeUndefined();
  });

  it("with detection off the registry is not kept and nothing is held to the creator", () => {
    const r = new Replayer({ policy: { detection: { mode: "off" } } });
    r.step(ask("sk-a", 0), 0);
    r.engineOf("sk-a")!.snap.list = "deny";
    expect(r.step(fetch("sk-b", 1), 1)).toMatchObject({ served: true });
  });
});

describe("Replayer: a batch's results fetched by another key of its batch group (red team R56-5)", () => {
  const items = (n: number) => Array.from({ length: n }, (_, k) => ({ custom_id: `c${k}`, params: { model: "claude", max_tokens: 1024, messages: [{ role: "user", content: `Summarise article ${k} for the archive.` }] } }));
  const results = (n: number) => Array.from({ length: n }, () => ({ prompt_tokens: 900, completion_tokens: 400 }));
  const later = (r: Replayer, key: string) => {
    const st = r.engineOf(key)?.snap.detect;
    return st ? [Math.round(st.laterAnswers), Math.round(st.laterRead)] : undefined;
  };
  it("a message batch named by `batch_id` is read by its creator, whichever key fetches its results", () => {
    const r = new Replayer({ policy: { detection: { mode: "enforce" } } });
    r.step({ ts: T0, key: "sk-sub", method: "POST", path: "/v1/messages/batches", body: { requests: items(5) }, batch_id: "msgbatch_1" }, 0);
    expect(later(r, "sk-sub")).toEqual([5, 0]);
    r.step({ ts: T0 + 3_600_000, key: "sk-coll", method: "GET", path: "/v1/messages/batches/msgbatch_1/results", body: undefined, results: results(5) }, 1);
    expect(later(r, "sk-sub")).toEqual([0, 5]);
    expect(later(r, "sk-coll")).toEqual([0, 0]);
    // without the id, the fetching key reads them (the creator's stay waited for)
    const s = new Replayer({ policy: { detection: { mode: "enforce" } } });
    s.step({ ts: T0, key: "sk-sub", method: "POST", path: "/v1/messages/batches", body: { requests: items(5) } }, 0);
    s.step({ ts: T0 + 3_600_000, key: "sk-coll", method: "GET", path: "/v1/messages/batches/msgbatch_1/results", body: undefined, results: results(5) }, 1);
    expect(later(s, "sk-sub")).toEqual([5, 0]);
    expect(later(s, "sk-coll")).toEqual([0, 5]);
  });
  it("an OpenAI batch: its output file, named by a retrieval of the batch (the collector's too), is the creator's", () => {
    const r = new Replayer({ policy: { detection: { mode: "enforce" } } });
    r.step({ ts: T0, key: "sk-sub", method: "POST", path: "/v1/batches", body: { input_file_id: "file-in", endpoint: "/v1/chat/completions", completion_window: "24h" }, batch_id: "batch_9" }, 0);
    r.step({ ts: T0 + 1000, key: "sk-coll", method: "GET", path: "/v1/batches/batch_9", body: undefined, output_file_id: "file-out-9" }, 1);
    r.step({ ts: T0 + 2000, key: "sk-coll", method: "GET", path: "/v1/files/file-out-9/content", body: undefined, results: results(3) }, 2);
    expect(later(r, "sk-sub")![1]).toBe(3);
    expect(later(r, "sk-coll")).toEqual([0, 0]);
    // another file, or another batch's, is the fetching key's
    r.step({ ts: T0 + 3000, key: "sk-coll", method: "GET", path: "/v1/files/file-out-8/content", body: undefined, results: results(2) }, 3);
    expect(later(r, "sk-coll")![1]).toBe(2);
  });
  it("rejects an empty or non-string batch_id or output_file_id", () => {
    expect(checkTraceEvent({ ts: T0, key: "k", path: "/v1/messages/batches", body: {}, batch_id: "" }).ok).toBe(false);
    expect(checkTraceEvent({ ts: T0, key: "k", path: "/v1/batches/b", method: "GET", output_file_id: 7 }).ok).toBe(false);
    expect(checkTraceEvent({ ts: T0, key: "k", path: "/v1/batches/b", method: "GET", output_file_id: "f" }).ok).toBe(true);
  });
});

describe("Replayer: a stream the client cut before its usage (red team R57-4)", () => {
  const line = (i: number, extra: Partial<TraceEvent> = {}): TraceEvent => ({
    ts: T0 + i * 60_000, key: "sk-cut", method: "POST", path: "/v1/chat/completions",
    body: { model: "gpt-4.1", stream: true, stream_options: { include_usage: true }, max_completion_tokens: 6500, messages: [{ role: "user", content: `Prove the claim ${i} about primes.` }] }, ...extra,
  });
  it("with `streamed_tokens`, is read by detection as the answer it streamed, as the Worker reads it; without, it is the reservation kept", () => {
    const r = new Replayer({ policy: { detection: { mode: "enforce" } } });
    r.step(line(0, { streamed_tokens: 4200 }), 0);
    const st = r.engineOf("sk-cut")!.snap.detect;
    expect(st.settled).toBeCloseTo(1, 6);
    expect(st.completionTokens).toBeCloseTo(4200, 0);
    // the quota keeps the whole reservation
    expect(r.engineOf("sk-cut")!.snap.counters.completionTokens).toBeGreaterThanOrEqual(6400);
    r.step(line(1), 1);
    expect(r.engineOf("sk-cut")!.snap.detect.settled).toBeCloseTo(1, 3);
  });
  it("rejects a streamed_tokens that is not a count", () => {
    expect(checkTraceEvent({ ...line(0), streamed_tokens: -1 }).ok).toBe(false);
    expect(checkTraceEvent({ ...line(0), streamed_tokens: 2.5 }).ok).toBe(false);
    expect(checkTraceEvent({ ...line(0), streamed_tokens: 0 }).ok).toBe(true);
  });
});
