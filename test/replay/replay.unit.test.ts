import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { Replayer, checkTraceEvent, type TraceEvent } from "../../src/engine/replayer.ts";

const T0 = 1_767_225_600_000;
const run = promisify(execFile);

function ev(i: number, key: string, extra: Partial<TraceEvent> = {}): TraceEvent {
  return {
    ts: T0 + i * 1000,
    key,
    method: "POST",
    path: "/v1/chat/completions",
    body: { model: "m", messages: [{ role: "user", content: `question ${i}` }], max_tokens: 100 },
    usage: { prompt_tokens: 5, completion_tokens: 50 },
    ...extra,
  };
}

describe("checkTraceEvent", () => {
  it.each([
    [{ ts: "yesterday", key: "k", path: "/v1/x" }, "ts"],
    [{ ts: 1, key: 5, path: "/v1/x" }, "key"],
    [{ ts: 1, key: "", path: "/v1/x" }, "key"],
    [{ ts: 1, key: "k", path: "v1" }, "path"],
    [{ ts: 1, key: "k", path: "/v1/x", asn: -1 }, "asn"],
    [{ ts: 1, key: "k", path: "/v1/x", usage: { prompt_tokens: 1 } }, "usage"],
    [[1, 2], "object"],
  ])("rejects %j naming %s", (v, field) => {
    const r = checkTraceEvent(v);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(field);
  });
  it("defaults the method to POST", () => {
    const r = checkTraceEvent({ ts: 1, key: "k", path: "/v1/chat/completions", body: {} });
    expect(r.ok && r.event.method).toBe("POST");
  });
});

describe("Replayer", () => {
  it("prices a trace usage's hosted tool calls as the Worker does (GUARD_POLICY.hostedCalls)", () => {
    const searched = { prompt_tokens: 5, completion_tokens: 50, hosted: { webSearch: 4 } };
    expect(checkTraceEvent({ ...ev(0, "sk-a"), usage: { ...searched, hosted: { webSearch: -1 } } })).toMatchObject({ ok: false });
    expect(checkTraceEvent({ ...ev(0, "sk-a"), usage: { ...searched, hosted: { imageGen: 1 } } })).toMatchObject({ ok: false });
    // tpd 10,000: a line of 55 tokens and 4 searches (10,000 at the default 2,500 a search) leaves
    // the next refused; without the searches both are served
    const lines = (usage: TraceEvent["usage"]) => {
      const r = new Replayer({ policy: { defaults: { tpd: 10_000 }, detection: { mode: "off" } } });
      return [0, 1].map((i) => r.step({ ...ev(i, "sk-h"), usage }, i)).map((l) => l.served);
    };
    expect(lines(searched)).toEqual([true, false]);
    expect(lines({ prompt_tokens: 5, completion_tokens: 50 })).toEqual([true, true]);
  });

  it("applies quotas on the virtual clock exactly, and counts only served usage", () => {
    const r = new Replayer({ policy: { defaults: { rpm: 2 }, detection: { mode: "off" } } });
    const lines = [0, 0, 0, 60, 61].map((s, i) => r.step({ ...ev(0, "sk-a"), ts: T0 + s * 1000 }, i));
    expect(lines.map((l) => [l.action, l.served])).toEqual([
      ["allow", true],
      ["allow", true],
      ["limit", false],
      ["allow", true],
      ["allow", true],
    ]);
    const snap = r.engineOf("sk-a")!.snap;
    expect(snap.counters.served).toBe(4);
    expect(snap.counters.completionTokens).toBe(4 * 50);
    expect(r.summary().byAction.limit).toEqual({ total: 1, served: 0 });
  });

  it("keeps keys apart and counts free routes against the key's requests", () => {
    const r = new Replayer({ policy: { defaults: { rpm: 2 } } });
    expect(r.step(ev(0, "sk-a"), 0).served).toBe(true);
    expect(r.step(ev(0, "sk-b"), 1).served).toBe(true);
    expect(r.step({ ...ev(0, "sk-a"), method: "GET", path: "/v1/models", body: undefined }, 2)).toEqual({
      i: 2, key: "sk-a", action: "allow", served: true, score: 0, reasons: [],
    });
    // sk-a has used both of its requests (one of them on the free route); sk-b has one left
    expect(r.step({ ...ev(0, "sk-a"), method: "GET", path: "/v1/models", body: undefined }, 3)).toMatchObject({ action: "limit", served: false });
    expect(r.step({ ...ev(0, "sk-b"), method: "GET", path: "/v1/models/gpt-4o", body: undefined }, 4).served).toBe(true);
    expect(r.summary().keys).toBe(2);
  });

  it("models clients that solve challenges: the first request carries the puzzle's bits, the pass serves the next ones", () => {
    const detection = { throttleAt: 0, degradeAt: 0, challengeAt: 0, blockAt: 1, jitter: 0, minEvidence: 0, convergeChannels: 1, convergeFloor: 0 };
    const policy = { detection, challenge: { passRequests: 2, baseBits: 9, maxBits: 12 } };
    const solving = new Replayer({ policy, solveChallenges: true });
    const lines = [0, 1, 2, 3].map((i) => solving.step(ev(i, "sk-a"), i));
    expect(lines.map((l) => [l.served, l.powBits, l.pass, l.degraded])).toEqual([[true, 9, undefined, true], [true, undefined, true, true], [true, 10, undefined, true], [true, undefined, true, true]]);
    expect(solving.summary().service).toEqual({ full: 0, degraded: 0, behindChallenge: 4, refused: 0 });
    const refusing = new Replayer({ policy });
    expect(refusing.step(ev(0, "sk-a"), 0)).toMatchObject({ action: "challenge", served: false });
    expect(refusing.summary().service.refused).toBe(1);
  });

  it("meters an Anthropic message batch request by request", () => {
    const r = new Replayer({ policy: { defaults: { rpm: 3 } } });
    const params = { model: "m", max_tokens: 8, messages: [{ role: "user", content: "hi" }] };
    const batch = (n: number) => ({ requests: Array.from({ length: n }, (_, j) => ({ custom_id: `c${j}`, params })) });
    // every inner request counts against rpm: after one request, a batch of 3 waits for the minute;
    // one larger than rpm is admitted on a whole minute and leaves a debt (red team R31-2)
    expect(r.step(ev(0, "sk-a"), 0)).toMatchObject({ served: true });
    expect(r.step({ ...ev(0, "sk-a"), path: "/v1/messages/batches", body: batch(3) }, 1)).toMatchObject({ action: "limit", served: false });
    expect(r.step({ ...ev(0, "sk-c"), path: "/v1/messages/batches", body: batch(4) }, 1)).toMatchObject({ served: true });
    expect(r.step(ev(0, "sk-c"), 2)).toMatchObject({ action: "limit", served: false });
    expect(() => r.step({ ...ev(0, "sk-b"), path: "/v1/messages/batches", body: { requests: [{ custom_id: "x", params: { ...params, n: -5 } }] } }, 3)).toThrow(
      /requests\[0\]\.params: .*'n'/,
    );
  });

  it("refuses a body that is invalid for its route, naming the field", () => {
    const r = new Replayer();
    expect(() => r.step({ ...ev(0, "k"), body: { messages: "nope" } }, 0)).toThrow(/messages/);
    expect(() => r.step({ ...ev(0, "k"), path: "/nowhere" }, 0)).toThrow(/not a route/);
  });

  it("rejects an invalid policy naming the field", () => {
    expect(() => new Replayer({ policy: { defaults: { rpm: "many" } } })).toThrow(/GUARD_POLICY.defaults.rpm/);
  });
});

describe("npm run replay (CLI)", () => {
  // Every temporary folder is removed after the run (none is left behind in $TMPDIR).
  const dirs: string[] = [];
  const tempDir = () => {
    const d = mkdtempSync(join(tmpdir(), "replay-"));
    dirs.push(d);
    return d;
  };
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const replay = (trace: string, out: string) =>
    run(process.execPath, ["--experimental-strip-types", "--no-warnings=ExperimentalWarning", "scripts/replay.ts", "--trace", trace, "--out", out], { cwd: process.cwd() });

  it("replays the last line of a file that has no final newline (and CRLF line ends)", async () => {
    const dir = tempDir();
    const trace = join(dir, "t.jsonl");
    const out = join(dir, "d.jsonl");
    writeFileSync(trace, [ev(0, "sk-1"), ev(1, "sk-2"), ev(2, "sk-3")].map((e) => JSON.stringify(e)).join("\r\n"));
    const { stderr } = await replay(trace, out);
    const decisions = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { i: number; key: string });
    expect(decisions.map((d) => [d.i, d.key])).toEqual([[0, "sk-1"], [1, "sk-2"], [2, "sk-3"]]);
    expect(stderr).not.toContain("skipped");
  }, 30_000);

  it("writes one decision per valid line in order, reports malformed lines by number, summarises", async () => {
    const dir = tempDir();
    const trace = join(dir, "t.jsonl");
    const out = join(dir, "d.jsonl");
    const lines = [
      JSON.stringify(ev(0, "sk-1")),
      "{this is not json",
      JSON.stringify(ev(1, "sk-2")),
      JSON.stringify({ ts: "yesterday", key: 5 }),
      "",
      JSON.stringify({ ...ev(2, "sk-1"), body: { messages: 3 } }),
      JSON.stringify(ev(3, "sk-1")),
    ];
    writeFileSync(trace, lines.join("\n") + "\n");
    const { stderr } = await run(
      process.execPath,
      ["--experimental-strip-types", "--no-warnings=ExperimentalWarning", "scripts/replay.ts", "--trace", trace, "--out", out],
      { cwd: process.cwd() },
    );
    const decisions = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { i: number; key: string; action: string });
    expect(decisions.map((d) => d.i)).toEqual([0, 2, 6]);
    expect(decisions.map((d) => d.key)).toEqual(["sk-1", "sk-2", "sk-1"]);
    expect(stderr).toContain("line 2 (i=1) skipped: not valid JSON");
    expect(stderr).toContain("line 4 (i=3) skipped: ts must be");
    expect(stderr).toContain("line 6 (i=5) skipped: Invalid type for 'messages'");
    expect(stderr).toMatch(/3 decisions for 2 keys .*3 malformed line\(s\) skipped/);
    expect(stderr).toMatch(/allow\s+3\s+served\s+3/);
  }, 30_000);

  it("exits 2 with usage on bad arguments", async () => {
    const err = await run(process.execPath, ["--experimental-strip-types", "--no-warnings=ExperimentalWarning", "scripts/replay.ts", "--trace", "/nonexistent.jsonl", "--out", "/tmp/x"]).catch((e: { code: number; stderr: string }) => e);
    expect((err as { code: number }).code).toBe(2);
    expect((err as { stderr: string }).stderr).toContain("cannot read --trace");
    const err2 = await run(process.execPath, ["--experimental-strip-types", "--no-warnings=ExperimentalWarning", "scripts/replay.ts", "--bogus"]).catch((e: { code: number; stderr: string }) => e);
    expect((err2 as { code: number }).code).toBe(2);
  }, 30_000);
});
