/**
 * Puzzle tokens at their edges: every field readPuzzle checks, a correctly signed token with a
 * bad payload, the input bounds of verifySolution, and solvePuzzle's counter and attempt count
 * against an independent search. Written against the survivors of a mutation run.
 */
import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MAX_BITS, issuePuzzle, leadingZeroBits, readPuzzle, solvePuzzle, verifySolution } from "../../src/challenge/pow.ts";

const SECRET = "pow-secret-0123456789abcdef";
const T0 = Date.UTC(2026, 11, 2, 10);
const want = { keyId: "k_a", route: "chat", nowMs: T0 + 1000 };
const b64url = (b: Buffer | string) => Buffer.from(b).toString("base64url");
const good = { v: 1, k: "k_a", r: "chat", b: 0, e: T0 + 60_000, n: "abc" };
/** A token signed with SECRET whatever its payload says. */
const signed = (payload: unknown) => {
  const p = b64url(JSON.stringify(payload));
  return `${p}.${b64url(createHmac("sha256", SECRET).update(p).digest())}`;
};

describe("readPuzzle", () => {
  it("reads a well-formed payload with or without a signature part", () => {
    expect(readPuzzle(b64url(JSON.stringify(good)))).toEqual(good);
    expect(readPuzzle(signed(good))).toEqual(good);
    expect(readPuzzle(signed({ ...good, b: MAX_BITS }))).toMatchObject({ b: 30 });
  });
  it.each([
    ["v 2", { ...good, v: 2 }],
    ["k not a string", { ...good, k: 5 }],
    ["r not a string", { ...good, r: null }],
    ["b fractional", { ...good, b: 1.5 }],
    ["b negative", { ...good, b: -1 }],
    ["b over MAX_BITS", { ...good, b: MAX_BITS + 1 }],
    ["e not finite", { ...good, e: "soon" }],
    ["n not a string", { ...good, n: 7 }],
    ["null", null],
  ])("refuses %s", (_name, payload) => {
    expect(readPuzzle(b64url(JSON.stringify(payload)))).toBeUndefined();
    expect(readPuzzle(signed(payload))).toBeUndefined();
  });
  it("refuses what is not base64url JSON", () => {
    for (const t of ["a+b.c", "!!!", b64url("not json"), "", "."]) expect(readPuzzle(t), t).toBeUndefined();
  });
});

describe("verifySolution input bounds", () => {
  it("a correctly signed token with an unreadable payload is malformed, not accepted", async () => {
    expect(await verifySolution(SECRET, signed({ ...good, b: -1 }), "0", want)).toEqual({ ok: false, reason: "malformed" });
    expect(await verifySolution(SECRET, signed(good), "0", want)).toMatchObject({ ok: true, puzzle: good });
  });
  it("counters of 1-16 digits only; tokens up to 1024 characters; a 32-byte signature after a dot", async () => {
    const t = signed(good);
    expect(await verifySolution(SECRET, t, "1234567890123456", want)).toMatchObject({ ok: true });
    for (const c of ["12345678901234567", "", "1a", "-1", "1 "]) expect(await verifySolution(SECRET, t, c, want), c).toEqual({ ok: false, reason: "malformed" });
    const long = signed({ ...good, n: "x".repeat(800) });
    expect(long.length).toBeGreaterThan(1024);
    expect(await verifySolution(SECRET, long, "0", want)).toEqual({ ok: false, reason: "malformed" });
    const [payload, sig] = t.split(".");
    expect(await verifySolution(SECRET, payload!, "0", want)).toEqual({ ok: false, reason: "malformed" });
    expect(await verifySolution(SECRET, `${payload}.${sig!.slice(0, -2)}`, "0", want)).toEqual({ ok: false, reason: "malformed" });
    expect(await verifySolution(SECRET, `${payload}.${sig}+`, "0", want)).toEqual({ ok: false, reason: "malformed" });
    expect(await verifySolution(SECRET, `${payload}x.${sig}`, "0", want)).toEqual({ ok: false, reason: "signature" });
    // expiry is exclusive: at e the puzzle is expired
    expect(await verifySolution(SECRET, t, "0", { ...want, nowMs: good.e })).toEqual({ ok: false, reason: "expired" });
    expect(await verifySolution(SECRET, t, "0", { ...want, nowMs: good.e - 1 })).toMatchObject({ ok: true });
  });
});

describe("solvePuzzle", () => {
  it("finds the first counter that does the work, and counts attempts from 1", async () => {
    const { token, puzzle } = await issuePuzzle(SECRET, { keyId: "k_a", route: "chat", bits: 6, nowMs: T0, ttlMs: 60_000, id: "fixed-id" });
    let first = 0;
    while (leadingZeroBits(createHash("sha256").update(`${token}:${first}`).digest()) < 6) first++;
    expect(await solvePuzzle(token, { batch: 7 })).toEqual({ counter: String(first), attempts: first + 1, bits: puzzle.b });
    expect(await solvePuzzle(token, { batch: 1 })).toEqual({ counter: String(first), attempts: first + 1, bits: 6 });
  });
  it("bits 0: counter 0 on the first attempt; gives up after maxAttempts with the count in the message", async () => {
    const { token } = await issuePuzzle(SECRET, { keyId: "k_a", route: "chat", bits: 0, nowMs: T0, ttlMs: 1000 });
    expect(await solvePuzzle(token)).toEqual({ counter: "0", attempts: 1, bits: 0 });
    const hard = await issuePuzzle(SECRET, { keyId: "k_a", route: "chat", bits: 30, nowMs: T0, ttlMs: 1000 });
    await expect(solvePuzzle(hard.token, { maxAttempts: 10, batch: 4 })).rejects.toThrow("no solution within 10 attempts");
    await expect(solvePuzzle("junk")).rejects.toThrow("not a guard challenge token");
  });
  it("issuePuzzle: difficulty rounded and clamped to 0..MAX_BITS, expiry now + ttl, a random 24-hex id unless given", async () => {
    const a = await issuePuzzle(SECRET, { keyId: "k", route: "r", bits: 7.6, nowMs: T0, ttlMs: 5 });
    expect(a.puzzle).toMatchObject({ v: 1, k: "k", r: "r", b: 8, e: T0 + 5 });
    expect(a.puzzle.n).toMatch(/^[0-9a-f]{24}$/);
    expect((await issuePuzzle(SECRET, { keyId: "k", route: "r", bits: -3, nowMs: T0, ttlMs: 5 })).puzzle.b).toBe(0);
    expect((await issuePuzzle(SECRET, { keyId: "k", route: "r", bits: 99, nowMs: T0, ttlMs: 5, id: "x" })).puzzle).toMatchObject({ b: MAX_BITS, n: "x" });
    // the token is the payload and its HMAC, base64url without padding, as verifySolution expects
    expect(a.token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(a.token).toBe(signed(a.puzzle));
  });
});
