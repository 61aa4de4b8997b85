import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensureDevVars, parseDevVars } from "../../scripts/lib/dev-vars.ts";
import { serveFetch } from "../../scripts/lib/serve.ts";
import { handleMockRequest } from "../../src/mock/origin.ts";

describe("serveFetch", () => {
  it("streams SSE chunk by chunk and passes method, headers and body through", async () => {
    const s = await serveFetch(handleMockRequest, { port: 0 });
    try {
      expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const t0 = Date.now();
      const res = await fetch(`${s.url}/v1/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer sk-x", "x-mock-chunk-delay-ms": "120" },
        body: JSON.stringify({ messages: [{ role: "user", content: "hi" }], stream: true, max_tokens: 3 }),
      });
      expect(res.headers.get("x-mock-saw-auth")).toBe("yes");
      const reader = res.body!.getReader();
      const first = await reader.read();
      const firstAt = Date.now() - t0;
      let rest = "";
      for (let r = await reader.read(); !r.done; r = await reader.read()) rest += new TextDecoder().decode(r.value);
      // 6 frames 120 ms apart: the first must not wait for the whole stream.
      expect(Date.now() - t0 - firstAt).toBeGreaterThanOrEqual(450);
      expect(new TextDecoder().decode(first.value)).toContain('"role":"assistant"');
      expect(rest.trim().endsWith("data: [DONE]")).toBe(true);
    } finally {
      await s.close();
    }
  });

  it("close() ends even with a stream still open", async () => {
    const s = await serveFetch(handleMockRequest, { port: 0 });
    const res = await fetch(`${s.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "x-mock-chunk-delay-ms": "5000" },
      body: JSON.stringify({ messages: [], stream: true }),
    });
    await res.body!.getReader().read();
    const t0 = Date.now();
    await s.close();
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

describe("ensureDevVars", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("creates .dev.vars once with fresh secrets, mode 0600, comments kept", () => {
    dir = mkdtempSync(join(tmpdir(), "devvars-"));
    writeFileSync(join(dir, ".dev.vars.example"), "# hello\nGUARD_KEY_SECRET=change-me\nGUARD_ADMIN_TOKEN=change-me\n# ORIGIN_AUTH_TOKEN=\n");
    const a = ensureDevVars(dir);
    expect(a.created).toBe(true);
    expect(a.vars.GUARD_KEY_SECRET).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.vars.GUARD_ADMIN_TOKEN).not.toBe(a.vars.GUARD_KEY_SECRET);
    expect(a.vars.ORIGIN_AUTH_TOKEN).toBeUndefined();
    const text = readFileSync(a.path, "utf8");
    expect(text).toContain("# hello");
    expect(statSync(a.path).mode & 0o777).toBe(0o600);
    const b = ensureDevVars(dir);
    expect(b.created).toBe(false);
    expect(b.vars).toEqual(a.vars);
  });

  it("parses KEY=value lines and ignores comments", () => {
    expect(parseDevVars('# x\nA=1\n B = "two" \n#C=3\n')).toEqual({ A: "1", B: "two" });
  });
});
