// held check: guardFetch()'s onDegraded (today's change 4). A degraded key, a challenged key served on a pass, a plain
// key, a stream, a refusal (429) of a degraded key, and the console warning without onDegraded.
import { startGuard, ORIGIN, sleep } from "./lib.mjs";
import { startOrigin } from "../round33/lib.mjs";
const { guardFetch } = await import("../../dist/client/index.js");
const origin = await startOrigin(ORIGIN, { defaultOut: 50 });
const det = (x) => ({ detection: { mode: "enforce", throttleAt: 0, degradeAt: 0, minEvidence: 0, jitter: 0, ...x } });
const g = await startGuard({ policy: { defaults: { rpm: 600, tpm: 10000000, tpd: 100000000, concurrency: 8 }, detection: { mode: "off" }, tiers: {
  plain: { detection: { mode: "off" } },
  deg: { rpm: 40, ...det({ challengeAt: 0.99, blockAt: 0.999 }) },
  deg2: { rpm: 4, ...det({ challengeAt: 0.99, blockAt: 0.999 }) },
  chal: det({ challengeAt: 0, blockAt: 0.999, convergeChannels: 1, convergeFloor: 0 }) } } });
const body = (stream) => JSON.stringify({ model: "gpt-4o-mini", max_tokens: 2000, n: 1, stream, messages: [{ role: "user", content: "Write a product description " + Math.random() }] });
let fails = 0; const line = (ok, s) => { if (!ok) fails++; console.log((ok ? "held  " : "BROKE ") + s); };
try {
  for (const t of ["plain", "deg", "deg2", "chal"]) await g.admin("PUT", `/keys/${await g.keyId("sk-r43-od-" + t)}/overrides`, { tier: t });
  const run = async (tier, n, stream, opts) => {
    const seen = []; const f = guardFetch({ onDegraded: (e) => seen.push(e), ...opts }); const st = [];
    for (let i = 0; i < n; i++) { const r = await f(g.base + "/v1/chat/completions", { method: "POST", headers: { authorization: "Bearer sk-r43-od-" + tier, "content-type": "application/json" }, body: body(stream) }); await r.text(); st.push(`${r.status}/${r.headers.get("x-guard-policy") || "-"}`); }
    return { seen, st };
  };
  let r = await run("plain", 3, false); line(r.seen.length === 0, `plain key, 3 answers (${r.st.join(" ")}): onDegraded called ${r.seen.length} times`);
  r = await run("deg", 3, false); line(r.seen.length === 3 && r.seen.every((e) => e.status === 200 && e.policy === "degraded" && /chat\/completions/.test(e.url)), `degraded key, 3 JSON answers (${r.st.join(" ")}): onDegraded called ${r.seen.length} times ${JSON.stringify(r.seen[0])}`);
  r = await run("deg", 4, true); line(r.seen.length === 4, `degraded key, 4 streams (${r.st.join(" ")}): onDegraded called ${r.seen.length} times`);
  r = await run("deg2", 4, false); const d429 = r.st.filter((s) => s.startsWith("429")).length;
  line(r.seen.length === r.st.filter((s) => s.startsWith("200")).length, `degraded key of rpm 4 (throttled to 1), 4 requests (${r.st.join(" ")}): onDegraded called ${r.seen.length} times for ${4 - d429} served + ${d429} refused ${JSON.stringify(r.seen.map((e) => e.status))}`);
  r = await run("chal", 3, false); line(r.seen.length === 3 && r.st.every((s) => s.startsWith("200")), `challenged key, solved by the helper, 3 answers on the pass (${r.st.join(" ")}): onDegraded called ${r.seen.length} times ${JSON.stringify(r.seen.map((e) => e.policy))}`);
  const warns = []; const ow = console.warn; console.warn = (...a) => warns.push(a.join(" "));
  await sleep(61000 / 5 * 0); // deg tier rpm may be spent: use the challenged key
  const f = guardFetch(); for (let i = 0; i < 3; i++) { const x = await f(g.base + "/v1/chat/completions", { method: "POST", headers: { authorization: "Bearer sk-r43-od-chal", "content-type": "application/json" }, body: body(false) }); await x.text(); }
  console.warn = ow; line(warns.length === 1, `no onDegraded, 3 answers on a pass: ${warns.length} console warning(s): ${JSON.stringify(warns[0] || "").slice(0, 160)}`);
  console.log(fails ? `REPRODUCED: ${fails} check(s) broke` : "not reproduced (held)");
} finally { await g.stop(); await origin.close(); }
process.exit(0);
