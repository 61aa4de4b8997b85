// R37-1: background responses whose charge record is pushed out of the key's memory (512 newest) are retrieved
// for nothing beyond their POST's reservation. A background response's POST sees no usage; the guard charges
// "what it took beyond the POST's reservation, once" when the answer is retrieved through it, and "the key
// keeps what each such response was charged, at most 512, oldest forgotten first" (docs/security.md). Here each
// response names a stored prompt whose 50,000-token template the origin adds to its input (as OpenAI does).
//   control: 10 background responses, each retrieved at once             -> each charged ~51,000
//   attack : N (default 560) background responses, then retrieved oldest first (the oldest N-512 forgotten)
import { startGuard, sleep, call } from "./lib.mjs";
import { origin36, counters } from "../round36/origin36.mjs";
const N = Number(process.env.N || 560), W = 16, CTX = 50000;
const { origin, billed } = await origin36(9803, { CTX, TAILMS: 30 });
// detection enforced globally (creator_restricted needs it, see r37-2); the test keys sit in a tier whose detection is off so
// that 560 machine-paced requests on one stored prompt measure the quota alone. Concurrency is raised so that the
// 512 unread responses need not wait out backgroundHoldSeconds (600 s); see FINDINGS.md for the default limits.
const policy = { defaults: { rpm: 100000, tpm: 1000000000, tpd: 1000000000, concurrency: 4096 }, tiers: { quota: { detection: { mode: "off" } } }, defaultMaxOutputTokens: 1024 };
const g = await startGuard({ port: 9801, inspectorPort: 9809, upstream: "http://127.0.0.1:9803", policy, tag: "r1" });
const charged = async (k) => { const c = await counters(g, k); return c.promptTokens + c.completionTokens; };
const body = (i) => ({ model: "m", background: true, max_output_tokens: 1000, prompt: { id: "pmpt_longdoc", version: "3", variables: { q: `Question ${i}: what does clause ${i % 40} say?` } } });
async function pool(n, fn) { let i = 0; const out = new Array(n); await Promise.all(Array.from({ length: W }, async () => { while (i < n) { const j = i++; out[j] = await fn(j); } })); return out; }
let rep = false;
try {
  const res = {};
  for (const [name, n, lagged] of [["control", 10, false], ["attack", N, true]]) {
    const key = `sk-r37-1-${name}`; await g.admin("PUT", `/keys/${await g.keyId(key)}/overrides`, { tier: "quota" });
    const t0 = Date.now();
    const posts = await pool(n, async (i) => { const r = await call(g.base, key, "POST", "/v1/responses", body(i)); return r.status === 200 ? r.body.id : null; });
    const ids = posts.filter(Boolean);
    await sleep(1500);
    const afterPosts = await charged(key);
    // retrieve oldest first; for the attack only the ones pushed out of the newest 512
    const toRead = lagged ? ids.slice(0, Math.max(0, ids.length - 512)) : ids;
    let full = 0; const perRead = [];
    for (const id of toRead) {
      const before = await charged(key);
      const r = await call(g.base, key, "GET", `/v1/responses/${id}`);
      if (r.status === 200 && r.body.status === "completed" && r.text.includes("<END>")) full++;
      await sleep(120);
      perRead.push((await charged(key)) - before);
    }
    await sleep(2000);
    const end = await charged(key);
    const billedRead = toRead.length * (CTX + 1000 + 30);
    res[name] = { posts: ids.length, read: toRead.length, full, afterPosts, readCharge: end - afterPosts, perRead, billedAll: billed[key] };
    console.log(`${name}: ${ids.length} background POSTs (charged ${afterPosts} at their reservations); ${toRead.length} retrieved oldest first, ${full} full answers; retrievals charged ${end - afterPosts} in all (per retrieval: min ${Math.min(...perRead)}, max ${Math.max(...perRead)}); origin billed ~${billedRead} for the retrieved ones (${CTX} template input + ~1,030 each); ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  // phase 3: the creator denied; another key retrieves its responses (docs: 403 creator_restricted)
  {
    const A = "sk-r37-1-denied", B = "sk-r37-1-other"; const n = 530; await g.admin("PUT", `/keys/${await g.keyId(A)}/overrides`, { tier: "quota" });
    const ids = (await pool(n, async (i) => { const r = await call(g.base, A, "POST", "/v1/responses", body(i)); return r.status === 200 ? r.body.id : null; })).filter(Boolean);
    await sleep(1500);
    await g.admin("PUT", `/lists/deny/${await g.keyId(A)}`, { note: "r37-1" });
    const tally = async (list) => { const h = {}; let full = 0; for (const id of list) { const r = await call(g.base, B, "GET", `/v1/responses/${id}`); const k = r.status + (r.body?.error?.code ? " " + r.body.error.code : ""); h[k] = (h[k] || 0) + 1; if (r.status === 200 && r.text.includes("<END>")) full++; } return { h, full }; };
    const newest = await tally(ids.slice(-5)); const oldest = await tally(ids.slice(0, ids.length - 512));
    res.denied = { newest, oldest, n: ids.length };
    console.log(`creator denied after ${ids.length} background POSTs; another key retrieves: newest 5 -> ${JSON.stringify(newest.h)}; the ${ids.length - 512} forgotten -> ${JSON.stringify(oldest.h)} (${oldest.full} whole answers)`);
  }
  const a = res.attack, c = res.control;
  const perCtl = c.readCharge / Math.max(1, c.read), perAtk = a.readCharge / Math.max(1, a.read);
  console.log(`charge per retrieval beyond the POST's reservation: control ${perCtl.toFixed(0)}, forgotten ${perAtk.toFixed(0)}`);
  rep = a.read > 0 && a.full === a.read && perAtk < perCtl / 10;
  console.log(`creator_restricted: the denied creator's forgotten responses served to another key: ${res.denied.oldest.full} of ${res.denied.n - 512}; its remembered ones: ${res.denied.newest.full} of 5`);
  console.log(rep ? `REPRODUCED: ${a.full} full answers, each with a ${CTX}-token template billed at the origin, charged ${a.readCharge} beyond their reservations (control: ${perCtl.toFixed(0)} a retrieval)` : "not reproduced");
} finally { g.kill(); await origin.close(); }
