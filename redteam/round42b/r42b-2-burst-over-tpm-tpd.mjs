// R42b-2: the reservation at admission is the guard's prompt estimate, which counts no chat template; settlement then
// charges the origin's real usage, but every request admitted before the first settlement ran on its estimate. A burst
// of `concurrency` non-streamed requests, each of 8,000 one-character messages (billed ~40,000 tokens by the real
// tokenizer and template, reserved ~2,100), is admitted whole on tpm 20,000: one minute's burst is billed 16x tpm and
// 3.2x tpd. Nothing is cut, every usage is read. Control: the same burst in English text of the same reservation (~2,100).
import { startGuard, settled, override, call, sleep, ORIGIN } from "./lib.mjs";
import { startOrigin42b } from "./origin42b.mjs";
const TPM = 20000, TPD = 100000, CONC = 8;
const o = await startOrigin42b(ORIGIN);
const g = await startGuard({ policy: { defaults: { rpm: 600, tpm: TPM, tpd: TPD, concurrency: CONC }, tiers: { q: { detection: { mode: "off" } } }, defaultMaxOutputTokens: 1024 }, tag: "r2" });
const ask1 = "Summarise the conversation above in one paragraph.";
const oneChar = [...Array.from({ length: 8000 }, () => ({ role: "user", content: "." })), { role: "user", content: ask1 }];
const english = [{ role: "user", content: ask1 + "\n" + "The committee reviewed the proposal and found the budget consistent with the plan. ".repeat(100) }];
const res = {};
try {
  for (const [name, messages] of [["8,000 one-char messages x 8 at once", oneChar], ["English, same reservation, x 8 (control)", english]]) {
    const k = await override(g, `sk-r42b-2-${Object.keys(res).length}-${Date.now() % 1e5}`, { tier: "q" });
    const t0 = Date.now();
    const rs = await Promise.all(Array.from({ length: CONC }, () => call(g.base, k, "POST", "/v1/chat/completions", { model: "gpt-4.1|rate=40|words=100", max_tokens: 100, messages })));
    const ms = Date.now() - t0;
    const codes = {}; for (const r of rs) { const c = r.status === 200 ? 200 : `${r.status} ${r.body?.error?.code}`; codes[c] = (codes[c] || 0) + 1; }
    await sleep(2000); const s = await settled(g, k); const b = o.billed[k] || { total: 0 };
    const after = await call(g.base, k, "POST", "/v1/chat/completions", { model: "gpt-4.1", max_tokens: 10, messages: [{ role: "user", content: "hi" }] });
    res[name] = { served: codes[200] || 0, billed: b.total, charged: s.charged };
    console.log(`${name.padEnd(40)} in ${ms} ms: ${JSON.stringify(codes)}; origin billed ${b.total}; guard charged ${s.charged}; billed x${(b.total / TPM).toFixed(1)} tpm, x${(b.total / TPD).toFixed(2)} tpd; next request: ${after.status} ${after.body?.error?.code || ""} retry-after ${after.headers.get("retry-after")} s`);
  }
  const a = res["8,000 one-char messages x 8 at once"];
  console.log(a.served >= CONC - 2 && a.billed > 2 * TPD ? `REPRODUCED: ${a.served} requests admitted in one burst on tpm ${TPM} / tpd ${TPD}: origin billed ${a.billed} (x${(a.billed / TPM).toFixed(1)} tpm, x${(a.billed / TPD).toFixed(1)} tpd), reserved ~${Math.round(8000 / 4 + 13 + 100)} each` : "not reproduced");
} finally { g.kill(); await o.close(); }
process.exit(0);
