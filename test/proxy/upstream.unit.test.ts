/**
 * What the origin receives and what the client gets back (src/proxy/upstream.ts), without the
 * Worker: the workers suite checks the same through HTTP (bypass.worker.test.ts); these pin each
 * rule on its own, so a header let through or dropped by mistake names itself.
 */
import { describe, expect, it } from "vitest";
import {
  ORIGIN_AUTH_HEADER,
  callUpstream,
  clientResponseHeaders,
  parseForwardHeaders,
  upstreamRequestHeaders,
} from "../../src/proxy/upstream.ts";

const names = (h: Headers) => [...h.keys()].sort();

describe("parseForwardHeaders", () => {
  it("splits exact names and `prefix*` patterns, lower-cased and trimmed, skipping empty parts", () => {
    expect(parseForwardHeaders(" X-Trace-Id , x-mock-* ,, ,Baggage")).toEqual({ names: ["x-trace-id", "baggage"], prefixes: ["x-mock-"] });
  });
  it("nothing configured: no names, no prefixes", () => {
    expect(parseForwardHeaders(undefined)).toEqual({ names: [], prefixes: [] });
    expect(parseForwardHeaders("")).toEqual({ names: [], prefixes: [] });
  });
});

describe("upstreamRequestHeaders", () => {
  const incoming = () =>
    new Headers({
      accept: "application/json",
      "content-type": "application/json",
      "x-stainless-lang": "js",
      "anthropic-version": "2023-06-01",
      authorization: "Bearer sk-client",
      "x-api-key": "sk-client",
      "api-key": "sk-other",
      "x-stainless-api-key": "sk-other",
      "x-http-method-override": "DELETE",
      "x-forwarded-for": "203.0.113.9",
      [ORIGIN_AUTH_HEADER]: "forged",
      "x-trace-id": "t1",
      "x-mock-delay": "5",
      connection: "keep-alive",
    });

  it("passes the known request headers, drops credentials in other names and unknown headers", () => {
    const h = upstreamRequestHeaders(incoming(), undefined, { key: "sk-metered", via: "bearer" });
    expect(names(h)).toEqual(["accept", "anthropic-version", "authorization", "content-type", "x-stainless-lang"]);
    expect(h.get("authorization")).toBe("Bearer sk-metered");
  });

  it("the metered key goes out in the header(s) it came in, and only there", () => {
    const bearer = upstreamRequestHeaders(new Headers(), undefined, { key: "k1", via: "bearer" });
    expect([bearer.get("authorization"), bearer.get("x-api-key")]).toEqual(["Bearer k1", null]);
    const xkey = upstreamRequestHeaders(new Headers(), undefined, { key: "k2", via: "x-api-key" });
    expect([xkey.get("authorization"), xkey.get("x-api-key")]).toEqual([null, "k2"]);
    const both = upstreamRequestHeaders(new Headers(), undefined, { key: "k3", via: "both" });
    expect([both.get("authorization"), both.get("x-api-key")]).toEqual(["Bearer k3", "k3"]);
  });

  it("the origin-auth header is the operator's token, never the client's", () => {
    const withToken = upstreamRequestHeaders(incoming(), "origin-secret", { key: "k", via: "bearer" });
    expect(withToken.get(ORIGIN_AUTH_HEADER)).toBe("origin-secret");
    const without = upstreamRequestHeaders(incoming(), undefined, { key: "k", via: "bearer" });
    expect(without.has(ORIGIN_AUTH_HEADER)).toBe(false);
    // even when an operator forwards it by name or by prefix
    const forwarded = upstreamRequestHeaders(incoming(), "", { key: "k", via: "bearer" }, { names: [ORIGIN_AUTH_HEADER], prefixes: ["x-guard-"] });
    expect(forwarded.has(ORIGIN_AUTH_HEADER)).toBe(false);
  });

  it("FORWARD_HEADERS adds exact names and prefixes, but never a hop-by-hop header", () => {
    const h = upstreamRequestHeaders(incoming(), undefined, { key: "k", via: "bearer" }, { names: ["x-trace-id", "connection"], prefixes: ["x-mock-"] });
    expect(h.get("x-trace-id")).toBe("t1");
    expect(h.get("x-mock-delay")).toBe("5");
    expect(h.has("connection")).toBe(false);
    expect(h.has("x-forwarded-for")).toBe(false);
  });

  it("R89-2: FORWARD_HEADERS patterns never forward a credential header (`*`, `x-*`): only the metered key reaches the origin", () => {
    const inc = incoming();
    for (const [n, v] of [["x-goog-api-key", "g-other"], ["cookie", "session=abc"], ["ocp-apim-subscription-key", "sub"], ["x-auth-token", "t"], ["x-amz-security-token", "s"], ["x-authtoken", "t2"], ["apikey", "k2"]]) inc.set(n!, v!);
    for (const prefixes of [[""], ["x-"]]) {
      const h = upstreamRequestHeaders(inc, undefined, { key: "sk-metered", via: "bearer" }, { names: [], prefixes });
      for (const n of ["api-key", "x-stainless-api-key", "x-goog-api-key", "cookie", "ocp-apim-subscription-key", "x-auth-token", "x-amz-security-token", "x-authtoken", "apikey"]) expect(h.has(n), `${prefixes[0]}* ${n}`).toBe(false);
      expect(h.get("authorization")).toBe("Bearer sk-metered");
      expect(h.get("x-trace-id")).toBe("t1");
      expect(h.get("x-mock-delay")).toBe("5");
    }
    // R90-4: names the first rule let through under `*`
    const more = ["accesskey", "cf-access-client-id", "ok-access-sign", "x-amzn-oidc-identity", "x-api-key2", "x-api-pass", "x-apitoken", "x-appkey", "x-appsecret", "x-authorisation", "x-clientsecret", "x-creds", "x-forwarded-client-cert", "x-forwarded-email", "x-forwarded-user", "x-goog-authenticated-user-email", "x-ms-client-principal", "x-ms-client-principal-name", "x-passphrase", "x-refreshtoken", "x-remote-user", "x-sessiontoken"];
    const inc2 = new Headers(more.map((n) => [n, "v"]));
    inc2.set("x-mock-cache-read-tokens", "5");
    const h2 = upstreamRequestHeaders(inc2, undefined, { key: "k", via: "bearer" }, { names: [], prefixes: [""] });
    expect(more.filter((n) => h2.has(n))).toEqual([]);
    expect(h2.get("x-mock-cache-read-tokens")).toBe("5");
    // by name too (the configuration refuses such a name: test/config)
    expect(upstreamRequestHeaders(inc, undefined, { key: "k", via: "bearer" }, { names: ["api-key", "cookie"], prefixes: [] }).has("api-key")).toBe(false);
  });

  it("repeated values of a forwarded header are all kept", () => {
    const inc = new Headers();
    inc.append("anthropic-beta", "a");
    inc.append("anthropic-beta", "b");
    expect(upstreamRequestHeaders(inc, undefined, { key: "k", via: "x-api-key" }).get("anthropic-beta")).toBe("a, b");
  });
});

describe("clientResponseHeaders", () => {
  it("drops hop-by-hop headers and content-encoding/length, keeps the rest", () => {
    const up = new Headers({
      "content-type": "text/event-stream",
      "content-encoding": "gzip",
      "content-length": "42",
      "transfer-encoding": "chunked",
      connection: "close",
      "x-request-id": "r1",
      "retry-after": "3",
    });
    expect(names(clientResponseHeaders(up))).toEqual(["content-type", "retry-after", "x-request-id"]);
    expect(up.has("content-encoding")).toBe(true); // the origin's headers are not changed
  });
  it("drops the origin's own rate-limit figures (its whole account's: red team R85-3) and account ids (R86-6), keeps its Retry-After", () => {
    const up = new Headers({
      "anthropic-ratelimit-requests-limit": "4000", "anthropic-ratelimit-requests-remaining": "3999", "anthropic-ratelimit-input-tokens-reset": "2026-12-08T00:00:00Z",
      "x-ratelimit-limit-requests": "10000", "x-ratelimit-remaining-tokens": "1999000", ratelimit: '"default";r=9;t=1', "ratelimit-policy": '"default";q=10',
      "retry-after": "2", "x-request-id": "r1", "x-ratelimited-by": "kept",
      "openai-organization": "org-provider", "openai-project": "proj_provider", "anthropic-organization-id": "0b1c-provider", "openai-processing-ms": "412",
    });
    expect(names(clientResponseHeaders(up))).toEqual(["openai-processing-ms", "retry-after", "x-ratelimited-by", "x-request-id"]);
  });
});

describe("callUpstream", () => {
  const call = async (method: string) => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fetcher = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response("ok");
    }) as unknown as typeof fetch;
    const signal = new AbortController().signal;
    const headers = new Headers({ a: "1" });
    await callUpstream({ upstreamUrl: "https://origin.example", path: "/v1/chat/completions", search: "?x=1", method, headers, body: "{}", signal }, fetcher);
    return { ...seen[0]!, headers, signal };
  };

  it("joins origin, path and query, forwards method, headers, body and signal, never follows redirects", async () => {
    const s = await call("POST");
    expect(s.url).toBe("https://origin.example/v1/chat/completions?x=1");
    expect(s.init).toEqual({ method: "POST", headers: s.headers, body: "{}", redirect: "manual", signal: s.signal });
  });

  it("GET and HEAD carry no body", async () => {
    expect((await call("GET")).init.body).toBeUndefined();
    expect((await call("HEAD")).init.body).toBeUndefined();
    expect((await call("DELETE")).init.body).toBe("{}");
  });
});
