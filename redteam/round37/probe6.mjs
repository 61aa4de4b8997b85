// probe 6: the per-key list of batch input files uploaded through the guard (at most 256): run a forgotten file, twice
import { startOrigin, startGuard, call, sleep, jsonlForm } from "./lib.mjs";
const origin = await startOrigin(9803, { defaultOut: 100 });
const policy = { defaults: { rpm: 100000, tpm: 1000000000, tpd: 1000000000, concurrency: 64 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9801, inspectorPort: 9809, upstream: "http://127.0.0.1:9803", policy, tag: "p6" });
try {
  const key = "sk-r37-p6"; const id = await g.keyId(key);
  const N = Number(process.env.N || 270); const fids = [];
  for (let i = 0; i < N; i++) {
    const lines = [{ custom_id: "a" + i, method: "POST", url: "/v1/chat/completions", body: { model: "m", max_tokens: 100, messages: [{ role: "user", content: "q" + i }] } }];
    const r = await call(g.base, key, "POST", "/v1/files", jsonlForm(lines)); fids.push(r.body.id);
  }
  await sleep(1000);
  const c0 = (await g.admin("GET", `/keys/${id}`)).body.counters;
  for (const [label, fid] of [["oldest", fids[0]], ["oldest again", fids[0]], ["newest", fids[N - 1]], ["newest again", fids[N - 1]]]) {
    const n0 = origin.log.length;
    const r = await call(g.base, key, "POST", "/v1/batches", { input_file_id: fid, endpoint: "/v1/chat/completions", completion_window: "24h" });
    await sleep(800);
    const c = (await g.admin("GET", `/keys/${id}`)).body.counters;
    console.log(`${label} (${fid}): ${r.status} ${r.body?.error?.code ?? r.body?.status ?? ""} origin runs ${origin.log.slice(n0).filter((x) => x.path === "/v1/batches").length}; counters completion ${c.completionTokens} (was ${c0.completionTokens})`);
  }
} finally { g.kill(); await origin.close(); }
