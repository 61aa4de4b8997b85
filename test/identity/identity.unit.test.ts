/** Key extraction at its edges and the keyId derivation against an independent HMAC. */
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { KEY_ID_PATTERN, MAX_KEY_LENGTH, extractKey, keyIdFor, timingSafeEqualStrings } from "../../src/identity/index.ts";

const h = (o: Record<string, string>) => new Headers(o);

describe("extractKey edges", () => {
  it("a key of exactly MAX_KEY_LENGTH (512) is accepted on either header, one more is not", () => {
    expect(MAX_KEY_LENGTH).toBe(512);
    const k = "k".repeat(512);
    expect(extractKey(h({ authorization: `Bearer ${k}` }))).toEqual({ ok: true, key: k, via: "bearer" });
    expect(extractKey(h({ "x-api-key": k }))).toEqual({ ok: true, key: k, via: "x-api-key" });
    expect(extractKey(h({ "x-api-key": k + "k" }))).toEqual({ ok: false, reason: "malformed" });
    expect(extractKey(h({ authorization: `Bearer ${k}`, "x-api-key": k + "k" }))).toEqual({ ok: false, reason: "malformed" });
  });

  it("the scheme alone, a tab separator, the ends of a bearer token's alphabet", () => {
    expect(extractKey(h({ authorization: "Bearer" }))).toEqual({ ok: false, reason: "empty" });
    expect(extractKey(h({ authorization: "BEARER\tsk-1" }))).toEqual({ ok: true, key: "sk-1", via: "bearer" });
    expect(extractKey(h({ authorization: "Bearersk-1" }))).toEqual({ ok: false, reason: "malformed" });
    // the scheme must come first: another scheme whose value says Bearer is not a bearer token
    expect(extractKey(h({ authorization: "Basic Bearer sk-1" }))).toEqual({ ok: false, reason: "malformed" });
    expect(extractKey(h({ "x-api-key": "-~" }))).toEqual({ ok: true, key: "-~", via: "x-api-key" });
    expect(extractKey(h({ "x-api-key": "  sk-2  " }))).toEqual({ ok: true, key: "sk-2", via: "x-api-key" });
    // only a credential-carrying query name is refused, and an x-api-key alone is checked too
    expect(extractKey(h({ "x-api-key": "sk-2" }), new URLSearchParams("keys=1&tokens=2"))).toMatchObject({ ok: true });
    expect(extractKey(h({ "x-api-key": "sk-2" }), new URLSearchParams("KEY=1"))).toEqual({ ok: false, reason: "query" });
  });
});

describe("a key's alphabet (red team R39a-3)", () => {
  it("letters, digits, - . _ ~ + / and trailing = are a key; a list separator or anything else is not", () => {
    for (const k of ["sk-proj-AbC_09", "sk-ant-api03-x.y~z", "QmVkcm9jaw+/x==", "eyJh.eyJz.sig_-"]) {
      expect(extractKey(h({ authorization: `Bearer ${k}` }))).toEqual({ ok: true, key: k, via: "bearer" });
      expect(extractKey(h({ "x-api-key": k }))).toEqual({ ok: true, key: k, via: "x-api-key" });
    }
    // what an origin may read as a list of keys, or as a key and a parameter
    for (const k of ["sk-A,sk-A", "sk-A;sk-A", "sk-A,x", "sk-A;q=1", "sk-A=x", "sk-A:x", '"sk-A"', "sk-A!", "sk-(A)", "sk-A\\"]) {
      expect([k, extractKey(h({ authorization: `Bearer ${k}` }))]).toEqual([k, { ok: false, reason: "malformed" }]);
      expect([k, extractKey(h({ "x-api-key": k }))]).toEqual([k, { ok: false, reason: "malformed" }]);
    }
  });
});

describe("keyIdFor", () => {
  it("is k_ + the first 16 bytes of HMAC-SHA-256(secret, key) in hex", async () => {
    for (const [key, secret] of [["sk-test", "0123456789abcdef"], ["sk-ant-\u00e9", "another-secret-xyz"]] as const) {
      const want = "k_" + createHmac("sha256", secret).update(key).digest("hex").slice(0, 32);
      expect(await keyIdFor(key, secret)).toBe(want);
      expect(await keyIdFor(key, secret)).toMatch(KEY_ID_PATTERN);
    }
  });
  it("KEY_ID_PATTERN accepts exactly k_ and 32 lower-case hex digits", () => {
    expect(["k_" + "0".repeat(32), "k_" + "f".repeat(32)].every((s) => KEY_ID_PATTERN.test(s))).toBe(true);
    expect(["k_" + "0".repeat(31), "k_" + "0".repeat(33), "k_" + "F".repeat(32), "x" + "k_" + "0".repeat(32)].some((s) => KEY_ID_PATTERN.test(s))).toBe(false);
  });
  it("timingSafeEqualStrings: a difference anywhere, or in length, is unequal", async () => {
    expect(await timingSafeEqualStrings("tokenA", "tokenB")).toBe(false);
    expect(await timingSafeEqualStrings("Atoken", "Btoken")).toBe(false);
    expect(await timingSafeEqualStrings("token", "token ")).toBe(false);
    expect(await timingSafeEqualStrings("", "")).toBe(true);
  });
});
