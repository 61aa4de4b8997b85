import { startOrigin, startGuard, sleep } from "./lib.mjs";
const origin = await startOrigin(9403, {});
const policy = { defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9401, inspectorPort: 9409, upstream: "http://127.0.0.1:9403", policy, tag: "probe" });
try {
  const key = "sk-denied-key-1"; const id = await g.keyId(key);
  await g.admin("PUT", `/lists/deny/${id}`, {});
  const body = JSON.stringify({ model: "m", max_tokens: 5, messages: [{ role: "user", content: "x" }] });
  const variants = [
    { authorization: "Bearer " + key }, { authorization: "Bearer  " + key }, { authorization: "Bearer\t" + key }, { authorization: "bearer " + key }, { authorization: "BEARER " + key },
    { authorization: "Bearer " + key + " " }, { authorization: "Bearer " + key + "\t" }, { "x-api-key": key }, { "x-api-key": " " + key }, { "x-api-key": key, authorization: "Bearer " + key },
    { authorization: "Bearer " + key + ",Bearer x" }, { authorization: "Bearer " + key.toUpperCase() }, { "x-api-key": key + " " },
  ];
  for (const h of variants) {
    const n0 = origin.log.length;
    const r = await fetch(g.base + "/v1/chat/completions", { method: "POST", headers: { "content-type": "application/json", ...h }, body });
    const t = await r.text();
    const rec = origin.log[n0];
    console.log(JSON.stringify(h).padEnd(70), r.status, (JSON.parse(t).error?.code ?? ""), rec ? "ORIGIN GOT " + JSON.stringify({ a: rec.headers.authorization, x: rec.headers["x-api-key"] }) : "");
  }
} finally { g.kill(); await origin.close(); }
