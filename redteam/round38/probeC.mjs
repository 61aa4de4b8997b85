import { startGuard, sleep, call } from "./lib.mjs";
import { origin38, charged, ask } from "./origin38.mjs";
const { origin, billed } = await origin38(9923, { TAILMS: 400 });
const policy = { defaults: { rpm: 100000, tpm: 1000000000, tpd: 1000000000, concurrency: 64 }, tiers: { quota: { detection: { mode: "off" } } }, defaultMaxOutputTokens: 1024 };
const g = await startGuard({ port: 9921, inspectorPort: 9929, upstream: "http://127.0.0.1:9923", policy, tag: "pC" });
const ONLY = process.env.ONLY;
const post = (key, model, extra = {}) => call(g.base, key, "POST", "/v1/responses", { model, background: true, max_output_tokens: 1000, prompt: { id: "pmpt_doc", variables: { q: "clause" } }, ...extra });
const G = (key, id, q = "", cut = null) => ask(g.base, key, "GET", `/v1/responses/${id}${q}`, null, cut);
const C = (key, id) => ask(g.base, key, "POST", `/v1/responses/${id}/cancel`, null, null);
const full = (r) => r.status === 200 && r.text.includes("<END>") && (r.text.includes("response.completed") || /"usage":\{"input_tokens":5/.test(r.text));
const scen = {
  control: async (A, B, id) => [await G(A, id), await G(A, id), await G(A, id, "?stream=true"), await C(A, id)],
  otherFirst: async (A, B, id) => [await G(B, id), await G(A, id)],
  pollsInProgress: async (A, B, id) => { const out = []; return out; },
  cancelOtherFirst: async (A, B, id) => [await C(B, id), await G(A, id)],
  streamCutFirst: async (A, B, id) => [await G(A, id, "?stream=true", "output_text.done"), await sleep(4000), await G(B, id), await G(A, id)],
  jsonCutFirst: async (A, B, id) => [await G(A, id, "", "<END>"), await sleep(4000), await G(B, id), await G(A, id)],
  parallelA: async (A, B, id) => await Promise.all([G(A, id), G(A, id, "?stream=true"), C(A, id), G(B, id), G(B, id, "?stream=true")]),
  parJJ: async (A, B, id) => await Promise.all([G(A, id), G(A, id)]),
  parJS: async (A, B, id) => await Promise.all([G(A, id), G(A, id, "?stream=true")]),
  parAB: async (A, B, id) => await Promise.all([G(A, id), G(B, id)]),
  parBB: async (A, B, id) => await Promise.all([G(B, id), G(B, id)]),
  parJC: async (A, B, id) => await Promise.all([G(A, id), C(A, id)]),
  par8: async (A, B, id) => await Promise.all(Array.from({ length: 8 }, () => G(A, id))),
  parAB50: async (A, B, id) => await Promise.all([G(A, id), sleep(50).then(() => G(B, id))]),
  parAB200: async (A, B, id) => await Promise.all([G(A, id), sleep(200).then(() => G(B, id))]),
  parBA50: async (A, B, id) => await Promise.all([G(B, id), sleep(50).then(() => G(A, id))]),
  parASB: async (A, B, id) => await Promise.all([G(A, id, "?stream=true"), G(B, id)]),
  parCBA: async (A, B, id) => await Promise.all([C(B, id), G(A, id)]),
  parBSA: async (A, B, id) => await Promise.all([G(B, id, "?stream=true"), G(A, id)]),
  parB3: async (A, B, id) => await Promise.all([G(B, id), G(B + "x", id), G(B + "y", id)]),
  seqAB: async (A, B, id) => [await G(A, id), await G(B, id)],
  seqAB3s: async (A, B, id) => [await G(A, id), await sleep(3000), await G(B, id)],
  seqABBB: async (A, B, id) => [await G(A, id), await sleep(1500), await G(B, id), await G(B + "z", id), await G(B, id, "?stream=true"), await C(B, id)],
  inputItems: async (A, B, id) => [await G(B, id, "/input_items"), await G(A, id, "/input_items"), await G(A, id)],
};
const models = { streamCutFirst: "m|stall=3000", jsonCutFirst: "m|chunk|stall=3000" };
try {
  for (const [name, fn] of Object.entries(scen)) {
    if (ONLY && !ONLY.split(",").includes(name)) continue;
    const A = "sk-r38-C-A-" + name, B = "sk-r38-C-B-" + name;
    for (const k of [A, B]) await g.admin("PUT", `/keys/${await g.keyId(k)}/overrides`, { tier: "quota" });
    const p = await post(A, models[name] || "m");
    const id = p.body.id;
    if (name === "pollsInProgress") { for (let i = 0; i < 3; i++) { await G(B, id); await G(A, id); await G(A, id, "?stream=true", "response.created"); } }
    await sleep(800);
    await sleep(300);
    const c0 = await charged(g, A), b0 = await charged(g, B);
    let rs = await fn(A, B, id);
    if (name === "pollsInProgress") rs = [await G(A, id)];
    await sleep(5000);
    const cA = await charged(g, A), cB = await charged(g, B);
    console.log(name, "post", p.status, "afterPost A", c0, "| reads:", rs.filter((r) => r && r.status !== undefined).map((r) => `${r.status}${r.cut ? "c" : ""}${full(r) ? "F" : ""}`).join(" "), "| charged A", cA, "B", cB - b0, "total", cA + cB - b0, "| billed", billed[A]);
  }
} finally { g.kill(); await origin.close(); }
