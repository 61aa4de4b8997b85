// R39a-1: an Anthropic stream read to its end is charged the input its message_start reported, not the
// cumulative input of its final message_delta. With a server tool (web_search / web_fetch / code_execution /
// mcp_servers), the tool results the origin adds to the turn (tens of thousands of input tokens, billed by the
// provider) are reported only in message_delta (Anthropic: MessageDeltaUsage.input_tokens "The cumulative number
// of input tokens which were used"), so the guard never charges them. No cut, no trick: the same request
// non-streamed is charged in full.
// Origin: origin39.mjs (each server-tool turn adds ADD = 50,000 input tokens, reported as Anthropic does).
import { startGuard, sleep } from "./lib.mjs";
import { origin39, charged, ask } from "./origin39.mjs";
const N = +(process.env.N || 8);
const { origin, billed } = await origin39(9953, { ADD: 50000, STREAMMS: 300 });
const policy = { defaults: { rpm: 1000, tpm: 10000000, tpd: 120000, concurrency: 8 }, tiers: { quota: { detection: { mode: "off" } } }, defaultMaxOutputTokens: 1024 };
const g = await startGuard({ policy, tag: "r1" });
const body = (stream, i) => ({ model: "claude-x", max_tokens: 300, stream, tools: [{ type: "web_search_20250305", name: "web_search", max_uses: 5 }], messages: [{ role: "user", content: `What changed this week for river ${i}? Cite sources.` }] });
const H = { "anthropic-version": "2023-06-01" };
let res = {};
try {
  for (const [name, stream] of [["JSON (control)", false], ["stream, read to the end", true]]) {
    const key = `sk-r39a-1-${stream ? "s" : "j"}-${Date.now() % 100000}`;
    await g.admin("PUT", `/keys/${await g.keyId(key)}/overrides`, { tier: "quota" });
    let served = 0, refused = 0, whole = 0;
    for (let i = 0; i < N; i++) {
      const r = await ask(g.base, key, "POST", "/v1/messages", body(stream, i), null, H);
      if (r.status === 200) { served++; if (stream ? r.text.includes("message_stop") : r.text.includes("<END>")) whole++; } else refused++;
      await sleep(300);
    }
    await sleep(2500);
    const c = await charged(g, key);
    res[name] = { served, refused, whole, billed: billed[key] || 0, charged: c.total };
    console.log(`${name.padEnd(26)} tpd 120,000: served ${served} (whole ${whole}), refused ${refused}; origin billed ${billed[key] || 0}; guard charged ${c.total} (prompt ${c.c.promptTokens}, completion ${c.c.completionTokens}); billed/charged x${((billed[key] || 0) / Math.max(1, c.total)).toFixed(1)}`);
  }
  const s = res["stream, read to the end"], j = res["JSON (control)"];
  const ok = s.served > j.served && s.billed > 120000 && s.billed > 10 * s.charged;
  console.log(ok ? `REPRODUCED: streamed, ${s.served} answers billed ${s.billed} (${(s.billed / 120000).toFixed(1)}x tpd) charged ${s.charged}; JSON control ${j.served} answers then 429` : "not reproduced");
} finally { g.kill(); await origin.close(); }
