import { runInDurableObject } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildApp } from "../../src/app.ts";
import { ADMIN, admin, anthropic, call, chat, keyIdOf, mockOrigin, newKey, stateOf, testEnv } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

describe("admin authentication", () => {
  // Walk the whole app's own route table (not just the admin sub-app), so a route added later
  // anywhere cannot escape this check: one registered before the auth middleware, or one mounted
  // on the app directly under /admin, would answer without a token and fail below.
  const params: Record<string, string> = { keyId: "k_00000000000000000000000000000000", list: "deny" };
  const table = buildApp().routes.map((r) => ({ method: r.method, path: r.path, name: r.handler.name }));
  const isAuth = (r: { method: string; path: string; name: string }) => r.method === "ALL" && r.path === "/admin/*" && r.name === "adminAuth";
  const adminRoutes = table.filter((r) => r.path.startsWith("/admin") && !isAuth(r));
  const routes: [string, string][] = adminRoutes.flatMap((r) =>
    (r.method === "ALL" ? ["GET", "POST"] : [r.method]).map((m): [string, string] => [m, r.path.replace(/:(\w+)/g, (_, name: string) => params[name] ?? "x")]),
  );
  it("the table walked below holds every admin route, and nothing outside /admin but the proxy", () => {
    expect(routes.length).toBeGreaterThanOrEqual(10);
    expect(routes).toContainEqual(["DELETE", "/admin/lists/deny/k_00000000000000000000000000000000"]);
    expect(routes).toContainEqual(["POST", "/admin/keys/lookup"]);
    // Any other path must be added here consciously (and be safe without the admin token).
    expect(table.filter((r) => !r.path.startsWith("/admin")).map((r) => `${r.method} ${r.path} ${r.name}`)).toEqual([
      "ALL /* canonicalPath",
      "ALL /* config",
      // CORS for browser pages when CORS_ORIGINS is set (red team R41-3): headers only, never /admin
      "ALL /v1/* corsFor",
      "ALL /v1/* proxyHandler",
    ]);
    // hono runs handlers in registration order: the auth middleware must come before every admin route.
    const authAt = table.findIndex(isAuth);
    expect(authAt).toBeGreaterThanOrEqual(0);
    for (const r of adminRoutes) expect(table.indexOf(r), `${r.method} ${r.path}`).toBeGreaterThan(authAt);
  });
  for (const [method, path] of routes) {
    it(`${method} ${path}: 401 without a token, with a wrong one, and with a prefix of the right one`, async () => {
      for (const auth of [undefined, "Bearer wrong-token", `Bearer ${ADMIN.slice(0, -1)}`, `Bearer ${ADMIN}x`, ADMIN]) {
        const { res } = await call(path, { method, headers: auth ? { authorization: auth } : {}, body: method === "GET" ? undefined : "{}" });
        expect(res.status).toBe(401);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
        expect(res.headers.get("www-authenticate")).toContain("Bearer");
      }
    });
  }

  it("compares fixed-length digests in constant time whatever the presented length", async () => {
    const spy = vi.spyOn(crypto.subtle, "timingSafeEqual");
    for (const t of ["x", "a-much-longer-wrong-token-than-the-real-one", ADMIN]) {
      await call("/admin/lists/allow", { headers: { authorization: `Bearer ${t}` } });
    }
    expect(spy).toHaveBeenCalledTimes(3);
    for (const [a, b] of spy.mock.calls) {
      expect((a as ArrayBuffer).byteLength).toBe(32);
      expect((b as ArrayBuffer).byteLength).toBe(32);
    }
    expect(spy.mock.results.map((r) => r.value)).toEqual([false, false, true]);
  });
});

describe("admin operations", () => {
  it("lookup gives a stable keyId that does not contain the key", async () => {
    const key = newKey();
    const a = await keyIdOf(key);
    expect(a).toMatch(/^k_[0-9a-f]{32}$/);
    expect(await keyIdOf(key)).toBe(a);
    expect(await keyIdOf(key + "x")).not.toBe(a);
  });

  it("rejects malformed keyIds and override bodies with the field at fault", async () => {
    expect((await admin("/keys/not-a-key-id")).status).toBe(400);
    const keyId = await keyIdOf(newKey());
    for (const [body, param] of [
      ['{"rpm":-5}', "body.rpm"],
      ['{"tier":"platinum"}', "tier"],
      ['{"bogus":1}', "body.bogus"],
      ["{}", "body"],
      ["[]", null],
      ["nope", null],
    ] as const) {
      const res = await admin(`/keys/${keyId}/overrides`, { method: "PUT", body });
      expect(res.status).toBe(400);
      const e = ((await res.json()) as { error: { param: string | null } }).error;
      if (param) expect(e.param).toBe(param);
    }
    expect((await admin("/lists/grey")).status).toBe(404);
    expect((await admin("/lists/deny?limit=0")).status).toBe(400);
    expect((await admin("/keys/lookup", { method: "POST", body: '{"key":""}' })).status).toBe(400);
    // a field the endpoint does not know is refused, named (red team R89): a misspelt one never
    // reads as a request that asked for nothing
    const other = await keyIdOf(newKey());
    for (const [path, method, body, param] of [
      ["/keys/lookup", "POST", '{"key":"sk-x","extra":1}', "extra"],
      [`/keys/${keyId}/verified`, "PUT", '{"days":90,"extra":1}', "extra"],
      [`/keys/${keyId}/verified`, "PUT", '{"day":90}', "day"],
      [`/keys/${keyId}/batches/move`, "POST", JSON.stringify({ to: other, id: ["b"] }), "id"],
      [`/lists/deny/${keyId}`, "PUT", '{"reason":"abuse"}', "reason"],
    ] as const) {
      const res = await admin(path, { method, body });
      expect(res.status, path).toBe(400);
      expect(((await res.json()) as { error: { param: string | null } }).error.param, path).toBe(param);
    }
    // nothing was applied: the key is neither verified nor listed
    expect((await admin(`/lists/deny`)).status).toBe(200);
    expect(JSON.stringify(await (await admin(`/lists/deny`)).json())).not.toContain(keyId);
  });

  it("deny list answers 403 access_blocked without retries; removal restores service; listing pages", async () => {
    const { seen } = mockOrigin();
    const key = newKey();
    const keyId = await keyIdOf(key);
    const put = await admin(`/lists/deny/${keyId}`, { method: "PUT", body: '{"note":"abuse report #12"}' });
    expect(put.status).toBe(200);
    const { res } = await call("/v1/chat/completions", chat(key));
    expect(res.status).toBe(403);
    expect(res.headers.get("x-should-retry")).toBe("false");
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("access_blocked");
    const { res: a } = await call("/v1/messages", anthropic(key));
    expect(a.status).toBe(403);
    expect(((await a.json()) as { type: string; error: { type: string } }).error.type).toBe("permission_error");
    expect(seen).toHaveLength(0);
    const listed = (await (await admin("/lists/deny")).json()) as { entries: { keyId: string; note: string }[] };
    expect(listed.entries.find((e) => e.keyId === keyId)?.note).toBe("abuse report #12");
    // Removing it from the other list changes nothing.
    const wrongList = (await (await admin(`/lists/allow/${keyId}`, { method: "DELETE" })).json()) as { removed: boolean };
    expect(wrongList.removed).toBe(false);
    expect((await call("/v1/chat/completions", chat(key))).res.status).toBe(403);
    const del = (await (await admin(`/lists/deny/${keyId}`, { method: "DELETE" })).json()) as { removed: boolean };
    expect(del.removed).toBe(true);
    expect((await call("/v1/chat/completions", chat(key))).res.status).toBe(200);
    const after = (await (await admin("/lists/deny")).json()) as { entries: { keyId: string }[] };
    expect(after.entries.some((e) => e.keyId === keyId)).toBe(false);
  });

  it("allow list skips limits", async () => {
    mockOrigin();
    const key = newKey();
    const keyId = await keyIdOf(key);
    await admin(`/keys/${keyId}/overrides`, { method: "PUT", body: '{"rpm":1}' });
    await admin(`/lists/allow/${keyId}`, { method: "PUT" });
    for (let i = 0; i < 5; i++) expect((await call("/v1/chat/completions", chat(key))).res.status).toBe(200);
    expect((await stateOf(keyId)).list).toBe("allow");
  });
});

describe("raw keys and prompt text are never stored or logged", () => {
  it("after traffic, errors and admin calls, neither appears in any log line or in storage", async () => {
    mockOrigin();
    const lines: string[] = [];
    for (const level of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(" ")));
    }
    const key = newKey("sk-secret-raw-key");
    const prompt = "My very private prompt about project Zanzibar-7781";
    const keyId = await keyIdOf(key);
    await admin(`/keys/${keyId}/overrides`, { method: "PUT", body: '{"rpm":2}' });
    for (let i = 0; i < 3; i++) {
      const { res, settled } = await call("/v1/chat/completions", chat(key, { messages: [{ role: "user", content: prompt }], stream: i === 1 }));
      await res.text();
      await settled();
    }
    await call("/v1/chat/completions", { method: "POST", headers: { authorization: `Bearer ${key}` }, body: "{broken" });
    await call("/admin/keys/lookup", { method: "POST", headers: { authorization: `Bearer ${key}` }, body: JSON.stringify({ key }) });
    await admin(`/lists/deny/${keyId}`, { method: "PUT" });
    await call("/v1/messages", anthropic(key, { messages: [{ role: "user", content: prompt }] }));

    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) {
      expect(l).not.toContain(key);
      expect(l).not.toContain("Zanzibar");
    }
    const stored = await runInDurableObject(testEnv.KEY_GUARD.getByName(keyId), (_i, state) => {
      const kv = [...state.storage.kv.list()].map(([k, v]) => `${k}=${JSON.stringify(v)}`).join("\n");
      const sql = state.storage.sql
        .exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'")
        .toArray()
        .map((t) => JSON.stringify(state.storage.sql.exec(`SELECT * FROM "${String(t.name)}"`).toArray()))
        .join("\n");
      return kv + sql;
    });
    expect(stored.length).toBeGreaterThan(100);
    expect(stored).toContain("\"counters\"");
    expect(stored).not.toContain(key);
    expect(stored).not.toContain("Zanzibar");
    const index = await runInDurableObject(testEnv.LIST_INDEX.getByName("lists"), (_i, state) =>
      JSON.stringify(state.storage.sql.exec("SELECT * FROM entries").toArray()),
    );
    expect(index).toContain(keyId);
    expect(index).not.toContain(key);
  });
});
