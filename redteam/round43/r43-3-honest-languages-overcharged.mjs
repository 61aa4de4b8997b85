// R43-3 (honest customers): Vietnamese, Burmese and Khmer text is estimated 3-6x what o200k bills. Vietnamese's tone
// letters (U+1EA0-1EF9, Latin Extended Additional) and the Burmese / Khmer scripts are "any other character its UTF-8
// bytes" (3 tokens a character) in the new estimate, while the tokenizer reads them as whole syllables. On the free
// tier (tpm 40,000, docs/config.md) a document the origin bills at a third of the tpm is refused `request_too_large`
// ("can never be admitted"), and a Stop on it is charged several times its billed input.
import { startGuard, startOrigin42b, ORIGIN, estimateOf, chatPromptTokens, ask, settled, sleep } from "./lib.mjs";
import { LANGS } from "./probe-langs.mjs";
const TPM = 40000, TPD = 500000;
const o = await startOrigin42b(ORIGIN);
const g = await startGuard({ policy: { defaults: { rpm: 20, tpm: TPM, tpd: TPD, concurrency: 2 }, detection: { mode: "off" }, defaultMaxOutputTokens: 1024 } });
const doc = (lang, tokens) => { const s = LANGS[lang]; let t = ""; while (chatPromptTokens({ messages: [{ role: "user", content: t }] }) < tokens) t += s.repeat(20); return t; };
let refused = 0, n = 0; const rows = [];
try {
  for (const lang of ["Vietnamese", "Burmese", "Khmer", "French"]) {
    const text = doc(lang, 13000);
    const body = { model: "gpt-4.1|words=300|rate=150", max_tokens: 1024, messages: [{ role: "system", content: "You are a contracts assistant." }, { role: "user", content: "Summarise this contract:\n" + text }] };
    const billedIn = chatPromptTokens(body);
    const k = "sk-r43-3-" + lang + "-" + Date.now();
    const r = await ask(g.base, k, "POST", "/v1/chat/completions", body);
    const msg = r.status === 200 ? "" : (JSON.parse(r.text).error?.message || "").slice(0, 110);
    // a Stop on a quarter of the document, as a stream
    const half = { ...body, stream: true, messages: [body.messages[0], { role: "user", content: "Summarise this contract:\n" + text.slice(0, text.length / 4) }] };
    const k2 = "sk-r43-3s-" + lang + "-" + Date.now();
    const rs = await ask(g.base, k2, "POST", "/v1/chat/completions", half, (b) => (b.match(/"delta":\{"content":"/g) || []).length >= 3);
    await sleep(1500); const s2 = await settled(g, k2); const b2 = o.billed[k2] || { prompt: 0, total: 0 };
    n++; if (r.status === 429 && lang !== "French") refused++;
    console.log(`${lang.padEnd(11)} document billed ${billedIn} (${(100 * billedIn / TPM).toFixed(0)} % of tpm): ${r.status} ${msg}`);
    console.log(`${"".padEnd(11)} Stop on a quarter of it (status ${rs.status}): billed input ${b2.prompt}, charged input ${s2.prompt} (x${(s2.prompt / Math.max(1, b2.prompt)).toFixed(2)})`);
    rows.push([lang, r.status, billedIn, b2.prompt, s2.prompt]);
  }
  console.log(refused >= 2 ? `REPRODUCED: on the free tier (tpm ${TPM}) ${refused} of 3 documents billed ~13,000 (a third of tpm) refused request_too_large; Stops charged ${rows.slice(0, 3).map((r) => (r[4] / r[3]).toFixed(1) + "x").join(", ")} their billed input (French, control: ${rows[3][1]})` : "not reproduced");
} finally { await g.stop(); await o.close(); }
process.exit(0);
