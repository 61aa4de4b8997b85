// R40-1: a streamed OpenAI turn cut before its usage is charged its prompt at chars/4, whatever the script. The
// origin bills Chinese text about a token a character, so a key that hangs up just before the end of the answer (90% of it
// received) pays a quarter of its input; a Responses turn with store: false likewise. (Cut on finish_reason, the
// guard still sees the usage: held.)
// Origin: origin40.mjs (a CJK character is a token; input billed once the prompt is processed).
import { startGuard, settled, quotaKey, ask, sleep, ORIGIN } from "./lib.mjs";
import { startOrigin40 } from "./origin40.mjs";
const N = +(process.env.CJK || 400000); // 400,000 CJK characters, 1.2 MB (a 1M-context model takes it)
const TPD = 2000000;
const o = await startOrigin40(ORIGIN, {});
const g = await startGuard({ policy: { defaults: { rpm: 600, tpm: 100000000, tpd: TPD, concurrency: 8 }, tiers: { q: { detection: { mode: "off" } } }, defaultMaxOutputTokens: 1024 }, tag: "r1" });
const cjk = "合同条款解释。".repeat(Math.ceil(N / 7)).slice(0, N);
const res = {};
try {
  for (const [name, path, body, cut] of [
    ["chat, cut at 90% of the answer", "/v1/chat/completions", { model: "gpt-4.1|rate=100|words=300", stream: true, max_tokens: 1000, messages: [{ role: "user", content: "总结以下合同：" + cjk }] }, (b) => (b.match(/tok /g) || []).length >= 270],
    ["chat, read to the end (control)", "/v1/chat/completions", { model: "gpt-4.1|rate=2000|words=300", stream: true, max_tokens: 1000, messages: [{ role: "user", content: "总结以下合同：" + cjk }] }, null],
    ["responses store:false, cut at 95%", "/v1/responses", { model: "gpt-4.1|run=3000", stream: true, store: false, max_output_tokens: 1000, input: "总结以下合同：" + cjk }, (b) => (b.match(/output_text.delta/g) || []).length >= 19],
  ]) {
    const k = await quotaKey(g, `sk-r40-1-${Object.keys(res).length}-${Date.now() % 1e5}`);
    let served = 0, refused = 0, whole = 0;
    for (let i = 0; i < 12; i++) {
      const r = await ask(g.base, k, "POST", path, body, cut);
      if (r.status === 200) { served++; const got = path.includes("chat") ? (r.text.match(/tok /g) || []).length / 300 : (r.text.match(/output_text.delta/g) || []).length / 20; if (got >= 0.9) whole++; } else { refused++; break; }
      await sleep(300);
    }
    await sleep(3000); const s = await settled(g, k);
    res[name] = { served, billed: o.billed[k], charged: s.charged };
    console.log(`${name.padEnd(36)} tpd ${TPD}: served ${served} (answers >= 90% received ${whole}), refused ${refused}; origin billed ${o.billed[k]}; guard charged ${s.charged} (prompt ${s.prompt}, completion ${s.completion}); billed/charged x${(o.billed[k] / s.charged).toFixed(2)}`);
  }
  const c = res["chat, cut at 90% of the answer"], j = res["chat, read to the end (control)"];
  console.log(c.billed > TPD && c.billed > 3 * c.charged && c.served > j.served ? `REPRODUCED: ${c.served} answers (90% of each received) on a tpd of ${TPD}, billed ${c.billed}, charged ${c.charged}; read to the end: ${j.served} then 429` : "not reproduced");
} finally { g.kill(); await o.close(); }
process.exit(0);
