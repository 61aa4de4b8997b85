/** Proof-of-work puzzles: issue, solve, verify, and every way a solution must be refused. */
import { describe, expect, it } from "vitest";
import { issuePuzzle, leadingZeroBits, readPuzzle, solvePuzzle, verifySolution } from "../../src/challenge/pow.ts";

const SECRET = "pow-secret-0123456789abcdef";
const T0 = Date.UTC(2026, 11, 2, 10);
const want = { keyId: "k_aaaa", route: "chat", nowMs: T0 + 1000 };

async function solved(bits = 8) {
  const { token, puzzle } = await issuePuzzle(SECRET, { keyId: "k_aaaa", route: "chat", bits, nowMs: T0, ttlMs: 60_000 });
  const { counter } = await solvePuzzle(token);
  return { token, puzzle, counter };
}

/** A counter that does less work than asked (fewer leading zero bits than the puzzle's). */
async function tooEasyCounter(token: string, bits: number): Promise<string> {
  for (let i = 0; ; i++) {
    const h = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${token}:${i}`)));
    if (leadingZeroBits(h) < bits) return String(i);
  }
}

describe("leadingZeroBits", () => {
  it.each([
    [[0x80], 0], [[0x40], 1], [[0x01], 7], [[0x00, 0xff], 8], [[0x00, 0x00, 0x10], 19], [[0, 0], 16],
  ])("%j -> %i", (bytes, n) => expect(leadingZeroBits(new Uint8Array(bytes))).toBe(n));
});

describe("puzzle", () => {
  it("a solved puzzle verifies, and the solution does the asked work", async () => {
    const { token, counter, puzzle } = await solved(10);
    const r = await verifySolution(SECRET, token, counter, want);
    expect(r).toEqual({ ok: true, puzzle });
    expect(puzzle).toMatchObject({ v: 1, k: "k_aaaa", r: "chat", b: 10, e: T0 + 60_000 });
    expect(puzzle.n).toMatch(/^[0-9a-f]{24}$/);
  });

  it("refuses another key, another route, an expired puzzle", async () => {
    const { token, counter } = await solved();
    expect(await verifySolution(SECRET, token, counter, { ...want, keyId: "k_bbbb" })).toEqual({ ok: false, reason: "key" });
    expect(await verifySolution(SECRET, token, counter, { ...want, route: "messages" })).toEqual({ ok: false, reason: "route" });
    expect(await verifySolution(SECRET, token, counter, { ...want, nowMs: T0 + 60_000 })).toEqual({ ok: false, reason: "expired" });
    expect((await verifySolution(SECRET, token, counter, { ...want, nowMs: T0 + 59_999 })).ok).toBe(true);
  });

  it("refuses a tampered token (an easier difficulty, another key) and another secret", async () => {
    const { token, counter } = await solved(12);
    const [payload, sig] = token.split(".");
    const p = readPuzzle(token)!;
    const forge = (q: object) => btoa(JSON.stringify(q)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "") + "." + sig;
    expect(await verifySolution(SECRET, forge({ ...p, b: 0 }), "0", want)).toEqual({ ok: false, reason: "signature" });
    expect(await verifySolution(SECRET, forge({ ...p, k: "k_bbbb" }), counter, { ...want, keyId: "k_bbbb" })).toEqual({ ok: false, reason: "signature" });
    expect(await verifySolution("another-secret-0123456789", token, counter, want)).toEqual({ ok: false, reason: "signature" });
    // a signature changed in its first character (all of its six bits count; the old test wrote "AA"
    // over the last two, which left the signature as it was when it already ended in "AA", and
    // changed only padding bits for some others: a flaky pass of a forged token 1 in ~4,000 runs)
    const other = sig![0] === "A" ? "B" : "A";
    expect(await verifySolution(SECRET, `${payload}.${other}${sig!.slice(1)}`, counter, want)).toMatchObject({ ok: false });
  });

  it("refuses a too-easy solution", async () => {
    const { token } = await solved(12);
    expect(await verifySolution(SECRET, token, await tooEasyCounter(token, 12), want)).toEqual({ ok: false, reason: "work" });
  });

  it("refuses malformed input without throwing", async () => {
    const { token } = await solved(4);
    for (const [t, c] of [["", "1"], ["nodot", "1"], [token, "-1"], [token, "1e3"], [token, "x"], ["a.b", "1"], ["!!.??", "1"], [token + "x".repeat(1100), "1"]]) {
      expect((await verifySolution(SECRET, t!, c!, want)).ok).toBe(false);
    }
    expect(readPuzzle("garbage")).toBeUndefined();
  });

  it("difficulty is clamped to what a token may carry", async () => {
    const { puzzle } = await issuePuzzle(SECRET, { keyId: "k", route: "chat", bits: 99, nowMs: T0, ttlMs: 1 });
    expect(puzzle.b).toBe(30);
  });
});
