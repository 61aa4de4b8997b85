// R38-1: a background response's answer charged twice to its creator. The creator A retrieves its finished
// background response (its own record: charged what the answer took beyond the POST's reservation), and another
// key B (a teammate's service, or anyone who holds the id) retrieves the same response shortly after (or at the
// same time): the registry's record, "taken once", is taken by B's read as well and the creator is charged the
// rest a second time. docs/security.md: "quotas are charged what it took beyond the POST's reservation, once".
// Origin: round 38's (a stored prompt adds a 50,000-token template to each background job's input).
import { startGuard, sleep, call } from "./lib.mjs";
import { origin38, charged, ask } from "./origin38.mjs";
const { origin, billed } = await origin38(9933, { TAILMS: 400 });
const policy = { defaults: { rpm: 100000, tpm: 1000000000, tpd: 1000000000, concurrency: 64 }, tiers: { quota: { detection: { mode: "off" } } }, defaultMaxOutputTokens: 1024 };
const g = await startGuard({ port: 9931, inspectorPort: 9939, upstream: "http://127.0.0.1:9933", policy, tag: "r1" });
const post = (key) => call(g.base, key, "POST", "/v1/responses", { model: "m", background: true, max_output_tokens: 1000, prompt: { id: "pmpt_doc", variables: { q: "clause" } } });
const G = (key, id, q = "") => ask(g.base, key, "GET", `/v1/responses/${id}${q}`, null, null);
const full = (r) => r.status === 200 && r.text.includes("<END>");
const plans = [
  ["B first, then A", (A, B, id) => G(B, id).then(() => G(A, id))],
  ["A alone, read twice", (A, B, id) => G(A, id).then(() => G(A, id))],
  ["A, then B at once", (A, B, id) => G(A, id).then(() => G(B, id))],
  ["A, then B after 300 ms", (A, B, id) => G(A, id).then(() => sleep(300)).then(() => G(B, id))],
  ["A, then B after 1 s", (A, B, id) => G(A, id).then(() => sleep(1000)).then(() => G(B, id))],
  ["A, then B after 3 s", (A, B, id) => G(A, id).then(() => sleep(3000)).then(() => G(B, id))],
  ["A and B together", (A, B, id) => Promise.all([G(A, id), G(B, id)])],
  ["A and B ?stream=true together", (A, B, id) => Promise.all([G(A, id), G(B, id, "?stream=true")])],
];
let doubled = 0, controlsOk = 0;
try {
  let i = 0;
  for (const [name, plan] of plans) {
    const A = `sk-r38-1-A${i}`, B = `sk-r38-1-B${i++}`;
    for (const k of [A, B]) await g.admin("PUT", `/keys/${await g.keyId(k)}/overrides`, { tier: "quota" });
    const p = await post(A); const id = p.body.id;
    await sleep(1200);                                   // the job has ended at the origin
    const afterPost = await charged(g, A);
    const rs = await plan(A, B, id);
    await sleep(4000);
    const cA = await charged(g, A), cB = await charged(g, B);
    const ratio = cA / billed[A];
    if (i <= 2) { if (Math.abs(ratio - 1) < 0.01) controlsOk++; } else if (ratio > 1.5) doubled++;
    console.log(`${name.padEnd(32)} POST charged ${afterPost}; creator charged ${cA} (other key ${cB}) for an answer the origin billed ${billed[A]}: x${ratio.toFixed(2)}`);
  }
  console.log(`controls exact: ${controlsOk} of 2; creator charged about twice in ${doubled} of ${plans.length - 2} orderings with another key's read after or beside the creator's`);
  console.log(controlsOk === 2 && doubled > 0 ? "REPRODUCED" : "not reproduced");
} finally { g.kill(); await origin.close(); }
