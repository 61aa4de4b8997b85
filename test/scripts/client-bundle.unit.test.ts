/** The shipped client helper (llm-edge-guard/client): the bundle builds, stands alone, and answers a challenge. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { buildClient } from "../../scripts/build-client.ts";
import { issuePuzzle, verifySolution } from "../../src/challenge/pow.ts";

const dir = mkdtempSync(join(tmpdir(), "client-bundle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("client bundle", () => {
  it("is one self-contained module whose guardFetch solves a challenge and retries once with the same body", async () => {
    const file = await buildClient(join(dir, "client.js"));
    expect(readFileSync(file, "utf8")).not.toMatch(/^import /m);
    const mod = (await import(pathToFileURL(file).href)) as typeof import("../../src/client/index.ts");
    const secret = "bundle-secret-0123456789";
    const { token } = await issuePuzzle(secret, { keyId: "k_1", route: "chat", bits: 6, nowMs: Date.now(), ttlMs: 60_000 });
    const seen: { body: string; headers: Headers }[] = [];
    const origin = (async (_url: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      seen.push({ body: String(init?.body), headers });
      if (!headers.has(mod.SOLUTION_HEADER)) return new Response('{"error":{}}', { status: 403, headers: { [mod.CHALLENGE_HEADER]: token } });
      const ok = await verifySolution(secret, headers.get(mod.CHALLENGE_HEADER)!, headers.get(mod.SOLUTION_HEADER)!, { keyId: "k_1", route: "chat", nowMs: Date.now() });
      return new Response(JSON.stringify({ ok: ok.ok }), { status: ok.ok ? 200 : 403 });
    }) as typeof fetch;
    const res = await mod.guardFetch({ fetch: origin })("https://guard.test/v1/chat/completions", { method: "POST", body: '{"x":1}', headers: { authorization: "Bearer k" } });
    expect(res.status).toBe(200);
    expect(seen).toHaveLength(2);
    expect(seen[1]!.body).toBe('{"x":1}');
    expect(seen[1]!.headers.get("authorization")).toBe("Bearer k");
  });
});
