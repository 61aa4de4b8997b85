// R43-1: the prompt estimate does not count JSON object keys. A function tool's parameter names are part of what the
// origin bills (OpenAI: "functions are injected into the system message ... billed as input tokens"; Anthropic likewise
// for input_schema), but text placed in property names is estimated at ~0. A stream cut before its usage is charged the
// estimate as input (docs/config.md, "The prompt's estimate"), and a request is admitted on it.
// (a) cut streams on tpd 100,000; (b) 8 JSON requests at once on tpm 20,000; control: the same text in descriptions.
import { startGuard, startOrigin42b, ORIGIN, estimateOf, chatPromptTokens, cutRun, burst, sleep, ntok } from "./lib.mjs";
const words = "customer shipping address billing invoice payment method currency amount discount coupon quantity product variant warehouse region".split(" ");
let s = 9; const R = () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; };
const phrase = (n) => Array.from({ length: n }, () => words[Math.floor(R() * words.length)]).join("_");
const NT = +(process.env.TOOLS || 20), NP = +(process.env.PROPS || 300);
const tools = (inKeys) => Array.from({ length: NT }, (_, t) => { const props = {}; for (let i = 0; i < NP; i++) { const p = phrase(7) + "_" + i; if (inKeys) props[p] = { type: "string" }; else props["p" + i] = { type: "string", description: p.replace(/_/g, " ") }; } return { type: "function", function: { name: "record_" + t, parameters: { type: "object", properties: props } } }; });
const body = (inKeys) => ({ model: "gpt-4.1|rate=100|words=200", max_tokens: 200, messages: [{ role: "user", content: "Fill in the record." }], tools: tools(inKeys) });
const TPD = 100000, TPM = 20000;
const o = await startOrigin42b(ORIGIN);
const g = await startGuard({ policy: { defaults: { rpm: 600, tpm: 100000000, tpd: TPD, concurrency: 8 }, tiers: { b: { tpm: TPM, tpd: 100000 } }, detection: { mode: "off" }, defaultMaxOutputTokens: 1024 } });
let ok = false;
try {
  const bk = body(true), bv = body(false);
  const ek = await estimateOf(g, { ...bk, model: "gpt-4.1|words=1", max_tokens: 1 }, undefined, 100000000), ev = await estimateOf(g, { ...bv, model: "gpt-4.1|words=1", max_tokens: 1 }, undefined, 100000000);
  console.log(`request: ${NT} function tools x ${NP} parameters, ${(JSON.stringify(bk).length / 1024).toFixed(0)} KB`);
  console.log(`  names in property keys:   guard estimate ${ek.reserved - 1}, origin bills ${chatPromptTokens(bk)}`);
  const namesOnly = bk.tools.reduce((a, t) => a + Object.keys(t.function.parameters.properties).reduce((x, k) => x + ntok(k), 0), 0);
  console.log(`  (of the bill, the property names alone: ${namesOnly} tokens; the rest is the schema's JSON around them)`);
  const rk = { model: "gpt-4.1|words=1", max_output_tokens: 16, input: "Fill in the record.", tools: bk.tools.map((t) => ({ type: "function", name: t.function.name, parameters: t.function.parameters })) };
  const ak = { model: "claude-sonnet-4-5", max_tokens: 16, messages: [{ role: "user", content: "Fill in the record." }], tools: bk.tools.map((t) => ({ name: t.function.name, input_schema: t.function.parameters })) };
  const er = await estimateOf(g, rk, "/v1/responses"), ea = await estimateOf(g, ak, "/v1/messages", 100000000, { "x-api-key": "sk-ant-est-" + Date.now(), "anthropic-version": "2023-06-01" });
  console.log(`  the same tools on /v1/responses: guard estimate ${er.reserved - 16}; on /v1/messages (input_schema): ${ea.reserved - 16}`);
  console.log(`  same names in descriptions: guard estimate ${ev.reserved - 1}, origin bills ${chatPromptTokens(bv)}`);
  const ck = await cutRun(g, o, { key: "sk-r43-1-keys-" + Date.now(), body: bk, reqs: 10 });
  const cv = await cutRun(g, o, { key: "sk-r43-1-desc-" + Date.now(), body: bv, reqs: 10 });
  console.log(`(a) cut streams, tpd ${TPD}: keys: served ${ck.served}, refused ${ck.refused}; billed ${ck.billed} (prompt ${ck.billedPrompt}), charged ${ck.charged} (prompt ${ck.chargedPrompt}); billed/tpd x${(ck.billed / TPD).toFixed(1)}`);
  console.log(`    control, descriptions: served ${cv.served}, refused ${cv.refused} (${cv.lastRefusal.slice(0, 90)}); billed ${cv.billed}, charged ${cv.charged}`);
  const kb = "sk-r43-1-burst-" + Date.now(); await g.admin("PUT", `/keys/${await g.keyId(kb)}/overrides`, { tier: "b" });
  const b = await burst(g, o, { key: kb, body: { ...bk, model: "gpt-4.1|rate=2000|words=50", max_tokens: 50 }, n: 8 });
  console.log(`(b) 8 at once on tpm ${TPM}: served ${b.served} (${b.statuses.join(",")}), billed ${b.billed} (x${(b.billed / TPM).toFixed(1)} tpm, x${(b.billed / 100000).toFixed(1)} tpd); charged afterwards ${b.charged}`);
  ok = ck.billed > 5 * TPD && ck.billed > 10 * ck.charged && b.billed > 5 * TPM;
  console.log(ok ? `REPRODUCED: text in tool parameter names is estimated ${ek.reserved - 1} tokens for ${chatPromptTokens(bk)} billed; ${ck.served} cut streams on tpd ${TPD} billed ${ck.billed} (x${(ck.billed / TPD).toFixed(1)} tpd), charged ${ck.charged}; a burst of 8 on tpm ${TPM} billed ${b.billed}` : "not reproduced");
} finally { await g.stop(); await o.close(); }
process.exit(0);
