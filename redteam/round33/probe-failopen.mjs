import { startOrigin, startGuard, call, sleep } from "./lib.mjs";
const origin = await startOrigin(9403, {});
const policy = { defaults: { rpm: 10, tpm: 200000, tpd: 50000000, concurrency: 8 }, defaultMaxOutputTokens: 1024 };
const g = await startGuard({ port: 9401, inspectorPort: 9409, upstream: "http://127.0.0.1:9403", policy, tag: "probe" });
try {
  const key = "sk-fo-1"; const id = await g.keyId(key);
  const L = Number(process.env.L || 50000);
  const lines = Array.from({ length: L }, (_, i) => JSON.stringify({ custom_id: "c" + i, method: "POST", url: "/v1/chat/completions", body: { model: "m", max_tokens: 16, messages: [{ role: "user", content: "Translate to French: sentence number " + i + " about topic " + (i * 7919 % 1000) }] } })).join("\n") + "\n";
  console.log("batch bytes", lines.length);
  const fd = new FormData(); fd.append("purpose", "batch"); fd.append("file", new Blob([lines]), "b.jsonl");
  const t0 = Date.now();
  const U = Number(process.env.U || 4);
  const ups = Array.from({ length: U }, () => fetch(g.base + "/v1/files", { method: "POST", headers: { authorization: "Bearer " + key }, body: fd }).then(async (r) => ({ status: r.status, t: Date.now() - t0, body: (await r.text()).slice(0, 100) })));
  const up = Promise.all(ups);
  const n0 = origin.log.length;
  const res = [];
  await sleep(Number(process.env.D || 1500));
  for (let i = 0; i < 80 && Date.now() - t0 < 30000; i++) {
    await sleep(50);
    const s = Date.now();
    res.push(call(g.base, key, "POST", "/v1/chat/completions", { model: "m", max_tokens: 10, messages: [{ role: "user", content: "hello " + i }] }).then((r) => ({ i, status: r.status, ms: Date.now() - s, at: s - t0, code: r.body?.error?.code })));
  }
  const all = await Promise.all(res); const u = await up;
  console.log("upload", JSON.stringify(u));
  const ok = all.filter((r) => r.status === 200);
  console.log("chat statuses", JSON.stringify(all.reduce((a, r) => (a[r.status] = (a[r.status] || 0) + 1, a), {})), "served:", ok.map((r) => `${r.i}@${r.at}ms(${r.ms}ms)`).join(" "));
  console.log("origin chat requests", origin.log.slice(n0).filter((x) => x.path === "/v1/chat/completions").length, "rpm bound 10 (the batch took the whole window)");
  await sleep(1000);
  const v = await g.admin("GET", `/keys/${id}`); console.log(JSON.stringify(v.body.usage), JSON.stringify(v.body.recent?.slice(-5)));
} finally { g.kill(); await origin.close(); }
