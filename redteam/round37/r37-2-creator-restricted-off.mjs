// R37-2: with GUARD_POLICY.detection.mode "off" (a quotas-only deployment), a key on the deny list still has its
// stored background responses served, whole, to any other key of the origin account: GET /v1/responses/{id},
// ?stream=true and input_items answer 200 where the README promises 403 creator_restricted ("another key's stored
// response ... retrieved, cancelled or listed while the key that created it is denied, blocked or challenged").
// Control: the same guard policy with detection enforced (the default) answers 403 creator_restricted.
// Part (b), same cause: with detection off, another key's retrieval of a creator's (in good standing) background
// responses charges nobody the input the origin added (a stored prompt's 50,000-token template each); with detection
// enforced the creator is charged it ("charged what it took beyond the POST's reservation, once", README).
import { startGuard, sleep, call } from "./lib.mjs";
import { origin36, counters } from "../round36/origin36.mjs";
const N = Number(process.env.N || 5);
const { origin, billed } = await origin36(9803, { CTX: 50000, TAILMS: 30 });
const res = {};
try {
  for (const mode of ["enforce", "off"]) {
    const policy = { defaults: { rpm: 100000, tpm: 1000000000, tpd: 1000000000, concurrency: 64 }, defaultMaxOutputTokens: 1024, detection: { mode } };
    const g = await startGuard({ port: 9801, inspectorPort: 9809, upstream: "http://127.0.0.1:9803", policy, tag: "r2-" + mode });
    try {
      const A = "sk-r37-2-creator-" + mode, B = "sk-r37-2-other-" + mode; const idA = await g.keyId(A);
      const ids = [];
      for (let i = 0; i < N; i++) { const r = await call(g.base, A, "POST", "/v1/responses", { model: "m", background: true, max_output_tokens: 300, prompt: { id: "pmpt_longdoc", variables: { q: `clause ${i}` } } }); if (r.status === 200) ids.push(r.body.id); }
      await sleep(1000);
      await g.admin("PUT", `/lists/deny/${idA}`, { note: "abuse" });
      await sleep(1500);
      const self = await call(g.base, A, "GET", `/v1/responses/${ids[0]}`);
      const n0 = origin.log.length; let whole = 0; const h = {};
      for (const id of ids) { const r = await call(g.base, B, "GET", `/v1/responses/${id}`); const k = r.status + (r.body?.error?.code ? " " + r.body.error.code : ""); h[k] = (h[k] || 0) + 1; if (r.status === 200 && r.text.includes("<END>")) whole++; }
      const st = await fetch(`${g.base}/v1/responses/${ids[0]}?stream=true`, { headers: { authorization: "Bearer " + B } }); await st.text();
      const ii = await call(g.base, B, "GET", `/v1/responses/${ids[0]}/input_items`);
      const reached = origin.log.slice(n0).filter((x) => x.key === B).length;
      res[mode] = { whole };
      // (b) creator in good standing, another key retrieves
      const ch = async (k) => { const c = await counters(g, k); return (c?.promptTokens ?? 0) + (c?.completionTokens ?? 0); };
      const C = "sk-r37-2-creator2-" + mode, D = "sk-r37-2-collector-" + mode; const ids2 = [];
      for (let i = 0; i < N; i++) { const r = await call(g.base, C, "POST", "/v1/responses", { model: "m", background: true, max_output_tokens: 300, prompt: { id: "pmpt_longdoc", variables: { q: `clause ${i}` } } }); if (r.status === 200) ids2.push(r.body.id); }
      await sleep(1500); const c0 = await ch(C); let whole2 = 0;
      for (const id of ids2) { const r = await call(g.base, D, "GET", `/v1/responses/${id}`); if (r.status === 200 && r.text.includes("<END>")) whole2++; }
      await sleep(3000);
      res[mode].extra = (await ch(C)) - c0 + (await ch(D)); res[mode].billed = billed[C]; res[mode].whole2 = whole2; res[mode].charged = (await ch(C)) + (await ch(D));
      console.log(`detection.mode ${mode} (b): ${ids2.length} background responses of a key in good standing, ${whole2} retrieved whole by another key: origin billed ${res[mode].billed}; guard charged ${res[mode].charged} in all (${res[mode].extra} at the retrievals, creator and retriever together)`);
      console.log(`detection.mode ${mode} (a): creator on the deny list (its own GET: ${self.status} ${self.body?.error?.code ?? ""}); another key's GET of its ${ids.length} background responses -> ${JSON.stringify(h)}, ${whole} whole answers; ?stream=true -> ${st.status}; input_items -> ${ii.status}; origin asked ${reached} times by the other key`);
    } finally { g.kill(); await sleep(2000); }
  }
  const a = res.off.whole > 0 && res.enforce.whole === 0, b = res.off.whole2 > 0 && res.off.extra < res.enforce.extra / 10;
  console.log(`(a) denied creator's answers served to another key: off ${res.off.whole}, enforce ${res.enforce.whole}; (b) charged at another key's retrievals: off ${res.off.extra}, enforce ${res.enforce.extra} (billed ${res.off.billed})`);
  console.log(a || b ? `REPRODUCED: with detection off ${a ? "a denied key's stored answers reach another key" : ""}${a && b ? "; " : ""}${b ? "another key's retrievals leave the origin-added input uncharged" : ""}` : "not reproduced");
} finally { await origin.close(); }
