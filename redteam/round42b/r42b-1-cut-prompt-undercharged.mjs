// R42b-1: an OpenAI stream cut before its usage is charged the guard's prompt estimate as its input (docs/config.md,
// Tokens: "a stream cut before its usage is charged this estimate as its input"). The estimate counts no chat template
// (3 tokens a message, the role, the reply primer: what the API bills) and counts ASCII at 4 characters a token, so a
// prompt of many one-character messages is billed ~20x what the guard charges, and text of characters the tokenizer
// splits (control characters, rare BMP characters such as Yi or private use) 3-4x. The client reads ~75 % of the answer
// and hangs up before the usage chunk; the origin (real tokenizer, origin42b.mjs) bills the whole prompt.
// Control: the same requests read to the end are charged the origin's usage and refused once tpd is spent.
import { startGuard, settled, override, ask, sleep, ORIGIN, rng, docEstimate } from "./lib.mjs";
import { startOrigin42b } from "./origin42b.mjs";
const TPD = 100000, REQS = +(process.env.REQS || 10);
const o = await startOrigin42b(ORIGIN);
const g = await startGuard({ policy: { defaults: { rpm: 600, tpm: 100000000, tpd: TPD, concurrency: 8 }, tiers: { q: { detection: { mode: "off" } } }, defaultMaxOutputTokens: 1024 }, tag: "r1" });
const R = rng(42);
const ask1 = "Summarise the conversation above in one paragraph.";
const oneChar = [...Array.from({ length: 20000 }, () => ({ role: "user", content: "." })), { role: "user", content: ask1 }];
const ctrl = Array.from({ length: 60000 }, () => String.fromCharCode(1 + Math.floor(R() * 7))).join("");
const yi = Array.from({ length: 30000 }, () => String.fromCharCode(0xa000 + Math.floor(R() * 1100))).join("");
const chat = (messages) => ({ model: "gpt-4.1|rate=100|words=200", max_tokens: 200, stream: true, messages });
const cutChat = (b) => (b.match(/"content":"/g) || []).length >= 30; // ~75 % of the answer received, then hang up
const out = {};
try {
  for (const [name, path, body, cut, reqs] of [
    ["20,000 one-char messages, cut", "/v1/chat/completions", chat(oneChar), cutChat, REQS],
    ["same, read to the end (control)", "/v1/chat/completions", chat(oneChar), null, REQS],
    ["60,000 control chars, cut", "/v1/chat/completions", chat([{ role: "user", content: ask1 + "\n" + ctrl }]), cutChat, 4],
    ["30,000 Yi syllables, cut", "/v1/chat/completions", chat([{ role: "user", content: ask1 + "\n" + yi }]), cutChat, 4],
    ["responses store:false, 20,000 one-char items, cut", "/v1/responses", { model: "gpt-4.1|rate=100|words=200", max_output_tokens: 200, stream: true, store: false, input: oneChar.map((m) => ({ role: m.role, content: m.content })) }, (b) => (b.match(/output_text\.delta/g) || []).length >= 30, 4],
  ]) {
    const k = await override(g, `sk-r42b-1-${Object.keys(out).length}-${Date.now() % 1e5}`, { tier: "q" });
    let served = 0, refused = 0, whole = 0, bytes = JSON.stringify(body).length;
    for (let i = 0; i < reqs; i++) {
      const r = await ask(g.base, k, "POST", path, body, cut);
      if (r.status === 200) { served++; if (!r.text.includes('"usage":{')) whole += 0; } else { refused++; break; }
      await sleep(200);
    }
    await sleep(2500); const s = await settled(g, k); const b = o.billed[k] || { total: 0, prompt: 0, completion: 0 };
    out[name] = { served, refused, billed: b.total, charged: s.charged };
    console.log(`${name.padEnd(50)} body ${(bytes / 1024).toFixed(0)} KB: served ${served}, refused ${refused}; origin billed ${b.total} (prompt ${b.prompt}, completion ${b.completion}); guard charged ${s.charged} (prompt ${s.prompt}, completion ${s.completion}); billed/charged x${(b.total / Math.max(1, s.charged)).toFixed(1)}; billed/tpd x${(b.total / TPD).toFixed(2)}`);
  }
  const c = out["20,000 one-char messages, cut"], j = out["same, read to the end (control)"];
  const ok = c.billed > 5 * TPD && c.billed > 10 * c.charged && c.served > j.served;
  console.log(ok ? `REPRODUCED: on tpd ${TPD}, ${c.served} cut streams served, origin billed ${c.billed} (x${(c.billed / TPD).toFixed(1)} the tpd), guard charged ${c.charged} (x${(c.billed / c.charged).toFixed(1)} under); read to the end: ${j.served} served (billed ${j.billed}) then 429` : "not reproduced");
} finally { g.kill(); await o.close(); }
process.exit(0);
