/**
 * CORS for browser pages (red team R41-3: a preflight answered 405 with no Access-Control-* header,
 * so a page on another origin could not call the guard, nor read a puzzle to solve). Off unless
 * CORS_ORIGINS names the origins; never for /admin.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { call, chat, mockOrigin, newKey } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

const APP = "https://app.example.com";
const ON = { CORS_ORIGINS: `${APP}, https://other.example.org:8443` };
const preflight = (origin: string): RequestInit => ({
  method: "OPTIONS",
  headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type, x-guard-challenge, x-guard-solution" },
});

describe("CORS (red team R41-3)", () => {
  it("off by default: a preflight is refused as before and answers carry no Access-Control-* header", async () => {
    const { seen } = mockOrigin();
    const pre = await call("/v1/chat/completions", preflight(APP));
    expect(pre.res.status).toBe(405);
    const key = newKey();
    const { res, settled } = await call("/v1/chat/completions", { ...chat(key), headers: { ...(chat(key).headers as Record<string, string>), origin: APP } });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    await res.text();
    await settled();
    expect(seen).toHaveLength(1);
  });

  it("on: a named origin's preflight is answered by the guard (the origin sees nothing), and its answers and refusals are readable", async () => {
    const { seen } = mockOrigin();
    const pre = await call("/v1/chat/completions", preflight(APP), ON);
    expect(pre.res.status).toBe(204);
    expect(pre.res.headers.get("access-control-allow-origin")).toBe(APP);
    expect(pre.res.headers.get("access-control-allow-methods")).toContain("POST");
    expect(pre.res.headers.get("access-control-allow-headers")).toContain("x-guard-solution");
    expect(pre.res.headers.get("access-control-allow-credentials")).toBeNull();
    expect(seen).toHaveLength(0);
    const key = newKey();
    const init = chat(key);
    const { res, settled } = await call("/v1/chat/completions", { ...init, headers: { ...(init.headers as Record<string, string>), origin: APP } }, ON);
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe(APP);
    expect(res.headers.get("access-control-expose-headers")).toContain("x-guard-challenge");
    // every rate-limit field the guard writes is readable by the page, Anthropic's too (red team R89-6)
    const exposed = (res.headers.get("access-control-expose-headers") ?? "").split(",").map((x) => x.trim());
    for (const w of ["requests", "tokens"]) for (const f of ["limit", "remaining", "reset"]) expect(exposed).toContain(`anthropic-ratelimit-${w}-${f}`);
    expect(exposed).toContain("retry-after-ms");
    await res.text();
    await settled();
    // a refusal the page must read (here: no key) carries it too
    const refused = await call("/v1/chat/completions", { method: "POST", headers: { origin: APP, "content-type": "application/json" }, body: "{}" }, ON);
    expect(refused.res.status).toBe(401);
    expect(refused.res.headers.get("access-control-allow-origin")).toBe(APP);
  });

  it("on: another origin gets no Access-Control-Allow-Origin; * allows any; /admin never", async () => {
    mockOrigin();
    const other = await call("/v1/chat/completions", preflight("https://evil.example.net"), ON);
    expect(other.res.headers.get("access-control-allow-origin")).toBeNull();
    const any = await call("/v1/chat/completions", preflight("https://evil.example.net"), { CORS_ORIGINS: "*" });
    expect(any.res.headers.get("access-control-allow-origin")).toBe("*");
    const admin = await call("/admin/keys/k_00000000000000000000000000000000", { method: "OPTIONS", headers: { origin: APP } }, ON);
    expect(admin.res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("a CORS_ORIGINS that is not a list of origins is a misconfiguration", async () => {
    for (const bad of ["https://app.example.com/", "app.example.com", "ftp://x.example", "https://a.example/path"]) {
      const { res } = await call("/v1/models", { headers: { authorization: "Bearer sk-x" } }, { CORS_ORIGINS: bad });
      expect([bad, res.status]).toEqual([bad, 500]);
      expect(((await res.json()) as { error: { param?: string } }).error.param).toBe("CORS_ORIGINS");
    }
  });
});
