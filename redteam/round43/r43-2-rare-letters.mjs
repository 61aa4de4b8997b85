// R43-2: the estimate counts every letter of the Greek, Cyrillic, Georgian blocks a token per 3 and of Arabic and Lao
// per 2 (docs/config.md: "Letters of Greek, Cyrillic, Armenian, Georgian a token per 3; Hebrew, Arabic and the scripts of
// India and Thailand per 2"), but the tokenizer has merges only for the common letters: Greek Extended (polytonic),
// Cyrillic's historic letters and Supplement, Georgian Asomtavruli, Arabic Supplement and Lao are billed ~2 tokens a
// letter (5-6.6x the estimate; the documented worst is 1.7-2.4x for random letters of the common alphabets).
// (a) cut streams of 45,000 random Greek Extended letters on tpd 100,000; (b) 8 at once on tpm 20,000.
import { startGuard, startOrigin42b, ORIGIN, estimateOf, chatPromptTokens, cutRun, burst, rng } from "./lib.mjs";
const R = rng(43);
const letters = (a, b) => { const al = []; for (let c = a; c <= b; c++) { const ch = String.fromCodePoint(c); if (/\p{L}/u.test(ch)) al.push(ch); } return al; };
const rand = (al, n) => Array.from({ length: n }, () => al[Math.floor(R() * al.length)]).join("");
const sets = { "Greek Extended 1F00-1FFF": letters(0x1f00, 0x1fff), "Greek 03D0-03FF": letters(0x3d0, 0x3ff), "Cyrillic 0460-04FF": letters(0x460, 0x4ff), "Cyrillic Supplement 0500-052F": letters(0x500, 0x52f), "Georgian Asomtavruli 10A0-10CF": letters(0x10a0, 0x10cf), "Arabic Supplement 0750-077F": letters(0x750, 0x77f), "Lao 0E80-0EFF": letters(0xe80, 0xeff), "control: Greek 0391-03C9": letters(0x391, 0x3c9) };
const TPD = 100000, TPM = 20000;
const o = await startOrigin42b(ORIGIN);
const g = await startGuard({ policy: { defaults: { rpm: 600, tpm: 100000000, tpd: TPD, concurrency: 8 }, tiers: { b: { tpm: TPM, tpd: 100000 } }, detection: { mode: "off" }, defaultMaxOutputTokens: 1024 } });
try {
  for (const [name, al] of Object.entries(sets)) {
    const body = { model: "gpt-4.1|words=1", max_tokens: 1, messages: [{ role: "user", content: "Translate:\n" + rand(al, 6000) }] };
    const e = await estimateOf(g, body); console.log(`${name.padEnd(32)} 6,000 random letters: estimate ${e.reserved - 1}, billed ${chatPromptTokens(body)}, x${(chatPromptTokens(body) / (e.reserved - 1)).toFixed(2)}`);
  }
  const body = { model: "gpt-4.1|rate=100|words=200", max_tokens: 200, messages: [{ role: "user", content: "Translate:\n" + rand(sets["Greek Extended 1F00-1FFF"], 45000) }] };
  const e = await estimateOf(g, { ...body, model: "gpt-4.1|words=1", max_tokens: 1 });
  console.log(`request: 45,000 Greek Extended letters (${(Buffer.byteLength(JSON.stringify(body)) / 1024).toFixed(0)} KB): estimate ${e.reserved - 1}, billed ${chatPromptTokens(body)}`);
  const c = await cutRun(g, o, { key: "sk-r43-2-cut-" + Date.now(), body, reqs: 12 });
  console.log(`(a) cut streams on tpd ${TPD}: served ${c.served}, refused ${c.refused} (${c.lastRefusal.slice(0, 80)}); billed ${c.billed} (prompt ${c.billedPrompt}), charged ${c.charged} (prompt ${c.chargedPrompt}); billed/tpd x${(c.billed / TPD).toFixed(1)}`);
  const kb = "sk-r43-2-burst-" + Date.now(); await g.admin("PUT", `/keys/${await g.keyId(kb)}/overrides`, { tier: "b" });
  const small = { model: "gpt-4.1|rate=2000|words=50", max_tokens: 50, messages: [{ role: "user", content: "Translate:\n" + rand(sets["Greek Extended 1F00-1FFF"], 6600) }] };
  const es = await estimateOf(g, { ...small, model: "gpt-4.1|words=1", max_tokens: 1 });
  const b = await burst(g, o, { key: kb, body: small, n: 8 });
  console.log(`(b) 8 at once on tpm ${TPM}, each estimated ${es.reserved - 1} (+50 cap): served ${b.served}, billed ${b.billed} (x${(b.billed / TPM).toFixed(1)} tpm), charged afterwards ${b.charged}`);
  const ok = c.billed > 4 * TPD && c.billed > 4 * c.charged && b.billed > 3 * TPM;
  console.log(ok ? `REPRODUCED: Greek Extended estimated ${e.reserved - 1} for ${chatPromptTokens(body)} billed (x${(chatPromptTokens(body) / (e.reserved - 1)).toFixed(1)}); ${c.served} cut streams on tpd ${TPD}: billed ${c.billed} (x${(c.billed / TPD).toFixed(1)} tpd), charged ${c.charged}; burst of 8 on tpm ${TPM}: billed ${b.billed} (x${(b.billed / TPM).toFixed(1)})` : "not reproduced");
} finally { await g.stop(); await o.close(); }
process.exit(0);
