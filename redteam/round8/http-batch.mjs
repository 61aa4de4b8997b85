// node http-batch.mjs GUARD_URL ORIGIN_URL ADMIN_TOKEN : batch-result flows over HTTP against origin-batch.mjs.
// For each flow, a fresh key; afterwards the key's admin view (counters, standing, score) shows what detection read.
const [G, O, ADM] = process.argv.slice(2); const tag = Date.now().toString(36);
const A = { authorization: `Bearer ${ADM}`, "content-type": "application/json" };
let IPN = 0; const IP = new Map(); const ipOf = (key) => { const b = key.replace(/-asker$/, ""); if (!IP.has(b)) IP.set(b, `${30 + (++IPN * 7) % 190}.${(IPN * 37) % 250}.${(IPN * 11) % 250}.9`); return IP.get(b); };
const hdr = (key, extra = {}) => ({ "cf-connecting-ip": ipOf(key), "x-api-key": key, "anthropic-version": "2023-06-01", "content-type": "application/json", ...extra });
const items = (k, sys = true) => Array.from({ length: k }, (_, i) => ({ custom_id: `q${i}`, params: { model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `${["Write a long article about", "Explain in depth", "Tell me everything about", "Teach me"][(i + k) % 4]} ${["the Roman economy", "plate tectonics", "jazz harmony", "the Silk Road", "enzymes", "opera", "the printing press"][i % 7]} (${i}, ${tag}).` }] } }));
async function view(key) { const { keyId } = await (await fetch(G + "/admin/keys/lookup", { method: "POST", headers: A, body: JSON.stringify({ key }) })).json(); return (await fetch(G + "/admin/keys/" + keyId, { headers: A })).json(); }
async function createAnth(key, k) { const r = await fetch(G + "/v1/messages/batches", { method: "POST", headers: hdr(key), body: JSON.stringify({ requests: items(k) }) }); const j = await r.json(); return { status: r.status, id: j.id, pol: r.headers.get("x-guard-policy") }; }
async function get(key, path, extra = {}, abortAfter = 0) {
  const ac = new AbortController(); const r = await fetch(G + path, { headers: hdr(key, extra), signal: ac.signal });
  if (!abortAfter) { const t = await r.text(); return { status: r.status, lines: t.split("\n").filter(Boolean).length, enc: r.headers.get("content-encoding") }; }
  const rd = r.body.getReader(); let got = 0; const { value } = await rd.read(); got += value?.length ?? 0; ac.abort(); return { status: r.status, partialBytes: got };
}
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
const pick = (v) => { const d = v.detection ?? v.standing ?? {}; return { standing: v.detection?.standing ?? v.standing, score: v.detection?.score ?? v.score, reasons: (v.detection?.reasons ?? v.reasons ?? []).slice(0, 3), counters: v.counters }; };
const out = {};
async function flow(name, fn) { const key = `sk-r8-${name}-${tag}`; try { out[name] = { steps: await fn(key) }; await sleep(1500); out[name].view = pick(await view(key)); } catch (e) { out[name] = { error: String(e) }; } console.error(name, JSON.stringify(out[name]).slice(0, 600)); }
const K = +(process.env.K ?? 30);
// 1. baseline: create a batch, fetch its results in full once
await flow("full", async (key) => { const c = await createAnth(key, K); await sleep(500); return [c, await get(key, `/v1/messages/batches/${c.id}/results`)]; });
// 2. pieces: abort after the first chunk, then fetch in full again (is the path marked read by the partial fetch?)
await flow("abort-then-full", async (key) => { const c = await createAnth(key, K); await sleep(500); const a = await get(key, `/v1/messages/batches/${c.id}/results`, {}, 1); await sleep(800); return [c, a, await get(key, `/v1/messages/batches/${c.id}/results`)]; });
// 3. a query string on the results route
await flow("query", async (key) => { const c = await createAnth(key, K); await sleep(500); return [c, await get(key, `/v1/messages/batches/${c.id}/results?beta=true`), await get(key, `/v1/messages/batches/${c.id}/results?limit=1000`)]; });
await flow("query-only", async (key) => { const c = await createAnth(key, K); await sleep(500); return [c, await get(key, `/v1/messages/batches/${c.id}/results?beta=true`)]; });
await flow("abort-only", async (key) => { const c = await createAnth(key, K); await sleep(500); return [c, await get(key, `/v1/messages/batches/${c.id}/results`, {}, 1)]; });
// 4. Range and Accept-Encoding headers on the results route
await flow("range", async (key) => { const c = await createAnth(key, K); await sleep(500); return [c, await get(key, `/v1/messages/batches/${c.id}/results`, { range: "bytes=0-99" }), await get(key, `/v1/messages/batches/${c.id}/results`)]; });
// await flow("gzip", async (key) => { const c = await createAnth(key, K); await sleep(500); return [c, await get(key, `/v1/messages/batches/${c.id}/results`, { "accept-encoding": "gzip" })]; });
// 5. the results_url the origin hands back (GET /v1/messages/batches/{id}) points at the origin itself
// await flow("results-url", async (key) => { const c = await createAnth(key, K); const r = await (await fetch(G + `/v1/messages/batches/${c.id}`, { headers: hdr(key) })).json(); return [c, { results_url: r.results_url }]; });
// 6. a collector key fetching another key's results
await flow("collector", async (key) => { const c = await createAnth(key + "-asker", K); await sleep(500); return [c, await get(key, `/v1/messages/batches/${c.id}/results`)]; });
// 7. OpenAI: upload, create, retrieve the batch, fetch its output file; variants: list instead of retrieve; a second key retrieves
const jsonl = (k) => Array.from({ length: k }, (_, i) => JSON.stringify({ custom_id: `r${i}`, method: "POST", url: "/v1/chat/completions", body: { model: "gpt-4o", max_tokens: 4096, messages: [{ role: "user", content: `${["Write a long article about", "Explain in depth", "Tell me everything about", "Teach me"][(i + k) % 4]} ${["optics", "thermodynamics", "the tides", "superconductors", "sound"][i % 5]} (${i}, ${tag}).` }] } })).join("\n") + "\n";
async function oaCreate(key, k) {
  const fd = new FormData(); fd.append("purpose", "batch"); fd.append("file", new Blob([jsonl(k)], { type: "application/jsonl" }), "in.jsonl");
  const up = await fetch(G + "/v1/files", { method: "POST", headers: { "cf-connecting-ip": ipOf(key), authorization: `Bearer ${key}` }, body: fd }); const uj = await up.json();
  const b = await fetch(G + "/v1/batches", { method: "POST", headers: { "cf-connecting-ip": ipOf(key), authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify({ input_file_id: uj.id, endpoint: "/v1/chat/completions", completion_window: "24h" }) }); const bj = await b.json();
  return { up: up.status, fileId: uj.id, batch: b.status, id: bj.id };
}
const oget = async (key, path) => { const r = await fetch(G + path, { headers: { "cf-connecting-ip": ipOf(key), authorization: `Bearer ${key}` } }); const t = await r.text(); let j = null; try { j = JSON.parse(t); } catch {} return { status: r.status, lines: t.split("\n").filter(Boolean).length, j }; };
await flow("oa-full", async (key) => { const c = await oaCreate(key, K); const b = await oget(key, `/v1/batches/${c.id}`); return [c, b.status, await oget(key, `/v1/files/${b.j?.output_file_id}/content`).then((x) => ({ status: x.status, lines: x.lines }))]; });
await flow("oa-list", async (key) => { const c = await oaCreate(key, K); const l = await oget(key, `/v1/batches?limit=100`); const of = `file-out-${c.id}`; return [c, l.status, await oget(key, `/v1/files/${of}/content`).then((x) => ({ status: x.status, lines: x.lines, err: x.j?.error?.message?.slice(0, 160) }))]; });
await flow("oa-other-retrieves", async (key) => { const c = await oaCreate(key + "-asker", K); const b = await oget(key, `/v1/batches/${c.id}`); return [c, b.status, await oget(key, `/v1/files/file-out-${c.id}/content`).then((x) => ({ status: x.status, lines: x.lines, err: x.j?.error?.message?.slice(0, 160) }))]; });
await flow("oa-abort-then-full", async (key) => { const c = await oaCreate(key, K); const b = await oget(key, `/v1/batches/${c.id}`); const of = b.j?.output_file_id; const a = await get(key, `/v1/files/${of}/content`, {}, 1); await sleep(800); return [c, a, await oget(key, `/v1/files/${of}/content`).then((x) => ({ status: x.status, lines: x.lines }))]; });
out.originSaw = (await (await fetch(O + "/seen")).json()).filter((s) => /results|content|batches\/[^/]+$/.test(s.path)).map((s) => ({ m: s.method, path: s.path, range: s.range, ae: s.ae }));
console.log(JSON.stringify(out, null, 1));
