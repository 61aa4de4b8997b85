// node http-owner.mjs GUARD_URL ADMIN_TOKEN : honest batch flows that the owner-only results rule (batchResults "owner") meets.
// Against origin-batch.mjs. Each flow uses fresh keys; bounded (a dozen requests per flow).
const [G, ADM] = process.argv.slice(2); const tag = Date.now().toString(36); const A = { authorization: `Bearer ${ADM}`, "content-type": "application/json" };
const hdr = (key) => ({ "x-api-key": key, "anthropic-version": "2023-06-01", "content-type": "application/json", "cf-connecting-ip": "81.2.69.160" });
const items = (k) => Array.from({ length: k }, (_, i) => ({ custom_id: `row${i}`, params: { model: "claude-haiku-4-5", max_tokens: 256, messages: [{ role: "user", content: `Classify the sentiment of review #${i}: "The delivery was late but the product works."` }] } }));
const idOf = async (key) => (await (await fetch(G + "/admin/keys/lookup", { method: "POST", headers: A, body: JSON.stringify({ key }) })).json()).keyId;
const create = async (key) => { const r = await fetch(G + "/v1/messages/batches", { method: "POST", headers: hdr(key), body: JSON.stringify({ requests: items(5) }) }); const j = await r.json(); return { status: r.status, id: j.id }; };
const results = async (key, id) => { const r = await fetch(G + `/v1/messages/batches/${id}/results`, { headers: hdr(key) }); const t = await r.text(); return { status: r.status, lines: r.status === 200 ? t.split("\n").filter(Boolean).length : 0, msg: r.status === 200 ? undefined : t.slice(0, 160) }; };
const out = {};
// 1. a customer's key rotation: the batch was created with the old key, the results are fetched with the new one
{ const old = `sk-ant-cust-${tag}-old`, neu = `sk-ant-cust-${tag}-new`; const c = await create(old); out.rotation = { create: c, newKey: await results(neu, c.id) }; }
// 2. the same, and the old key is revoked (deny list) as rotation policies require: the creating key cannot fetch either
{ const old = `sk-ant-cust2-${tag}-old`, neu = `sk-ant-cust2-${tag}-new`; const c = await create(old);
  await fetch(G + `/admin/lists/deny/${await idOf(old)}`, { method: "PUT", headers: A, body: JSON.stringify({ note: "rotated" }) });
  out.rotationRevoked = { create: c, oldKey: await results(old, c.id), newKey: await results(neu, c.id) }; }
// 3. submitter / collector services of one customer, each with its own key (a common split)
{ const sub = `sk-ant-svc-${tag}-submit`, col = `sk-ant-svc-${tag}-collect`; const c = await create(sub); out.submitterCollector = { create: c, collector: await results(col, c.id) }; }
// 4. an operator resets the key after a false positive (admin reset): can it still fetch its batch?
{ const k = `sk-ant-cust3-${tag}`; const c = await create(k); const r = await fetch(G + `/admin/keys/${await idOf(k)}/reset`, { method: "POST", headers: A }); out.adminReset = { create: c, reset: r.status, sameKey: await results(k, c.id) }; }
console.log(JSON.stringify(out, null, 1));
