// R41-3: "a fetch for the official SDKs, Node and browsers": a browser page on another origin must pass a CORS
// preflight (OPTIONS) before any POST with Authorization / x-api-key, and before the helper's resend with
// x-guard-challenge / x-guard-solution; it must be allowed to read x-guard-challenge on the 403. The guard answers
// OPTIONS 405 without Access-Control-* headers, and its answers carry none.
import { startGuard, startOrigin, ORIGIN, BASE, setTier } from "./lib.mjs";
const origin = await startOrigin(ORIGIN); const g = await startGuard({ tag: "r3" });
let broken = 0;
try {
  for (const [p, hdrs] of [["/v1/chat/completions", "authorization,content-type,x-guard-challenge,x-guard-solution"], ["/v1/messages", "x-api-key,anthropic-version,anthropic-dangerous-direct-browser-access,content-type,x-guard-challenge,x-guard-solution"]]) {
    const r = await fetch(BASE + p, { method: "OPTIONS", headers: { origin: "https://app.example.com", "access-control-request-method": "POST", "access-control-request-headers": hdrs } });
    const acao = r.headers.get("access-control-allow-origin"), acah = r.headers.get("access-control-allow-headers");
    const okPre = r.status >= 200 && r.status < 300 && acao && /x-guard-solution/i.test(acah || "");
    if (!okPre) broken++;
    console.log(`preflight OPTIONS ${p}: ${r.status}, access-control-allow-origin=${acao}, allow-headers=${acah}; ${(await r.text()).slice(0, 110)}`);
  }
  const k = "sk-rt41-r3"; await setTier(g, k, "chal");
  const r = await fetch(BASE + "/v1/chat/completions", { method: "POST", headers: { origin: "https://app.example.com", authorization: "Bearer " + k, "content-type": "application/json" }, body: JSON.stringify({ model: "m", messages: [{ role: "user", content: "hi" }] }) });
  console.log(`the 403 challenge itself, to a page on https://app.example.com: access-control-allow-origin=${r.headers.get("access-control-allow-origin")}, expose-headers=${r.headers.get("access-control-expose-headers")} (a browser hides the answer from the page without them)`);
  if (!r.headers.get("access-control-allow-origin")) broken++;
} finally { g.kill(); await origin.close(); }
console.log(broken ? `REPRODUCED: ${broken} of 3 browser checks fail: a cross-origin page cannot reach the guard, so guardFetch() never sees a challenge to solve` : "not reproduced");
