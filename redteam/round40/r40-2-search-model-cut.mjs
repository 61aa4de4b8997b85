// R40-2: a chat model that searches by itself (OpenAI's gpt-4o-search-preview / gpt-4o-mini-search-preview /
// gpt-5-search-api search on every request, no web_search_options needed) runs a tool at the origin, but a stream
// of it cut before its usage is not read on (only web_search_options is recognised), so the search content the
// origin bills as input is never charged. Origin: origin40.mjs (a chat model whose name contains "search", or
// web_search_options, adds ADD = 50,000 input tokens: search content, as the guard's own rule R39a-2 assumes).
import { startGuard, settled, quotaKey, ask, sleep, ORIGIN } from "./lib.mjs";
import { startOrigin40 } from "./origin40.mjs";
const TPD = 200000;
const o = await startOrigin40(ORIGIN, {});
const g = await startGuard({ policy: { defaults: { rpm: 600, tpm: 100000000, tpd: TPD, concurrency: 8 }, tiers: { q: { detection: { mode: "off" } } }, defaultMaxOutputTokens: 1024 }, tag: "r2" });
const res = {}; // (the control is read on and charged in full; its next requests are admitted before each read-on settles, R33-4)
try {
  for (const [name, body] of [
    ["gpt-4o-search-preview, cut", { model: "gpt-4o-search-preview|rate=100|words=400", stream: true, max_tokens: 400, messages: [{ role: "user", content: "What happened in markets today? Cite sources." }] }],
    ["gpt-4o + web_search_options, cut (control)", { model: "gpt-4o|rate=100|words=400", web_search_options: {}, stream: true, max_tokens: 400, messages: [{ role: "user", content: "What happened in markets today? Cite sources." }] }],
  ]) {
    const k = await quotaKey(g, `sk-r40-2-${Object.keys(res).length}-${Date.now() % 1e5}`);
    let served = 0, refused = 0, readOn = 0;
    for (let i = 0; i < 10; i++) {
      const r = await ask(g.base, k, "POST", "/v1/chat/completions", body, (b) => (b.match(/tok /g) || []).length >= 40);
      if (r.status === 200) served++; else { refused++; break; }
      await sleep(300);
    }
    await sleep(6000); const s = await settled(g, k);
    readOn = o.log.filter((x) => x.key === k && x.whole).length;
    res[name] = { served, billed: o.billed[k], charged: s.charged };
    console.log(`${name.padEnd(44)} tpd ${TPD}: served ${served}, refused ${refused}; streams the guard read on to the end ${readOn}; origin billed ${o.billed[k]}; guard charged ${s.charged} (prompt ${s.prompt}, completion ${s.completion})`);
  }
  const a = res["gpt-4o-search-preview, cut"], c = res["gpt-4o + web_search_options, cut (control)"];
  console.log(a.billed > TPD && a.billed > 10 * a.charged && c.charged >= 0.95 * c.billed ? `REPRODUCED: search model ${a.served} served on tpd ${TPD}, billed ${a.billed}, charged ${a.charged}; with web_search_options ${c.served} served, billed ${c.billed}, charged ${c.charged}` : "not reproduced");
} finally { g.kill(); await o.close(); }
process.exit(0);
