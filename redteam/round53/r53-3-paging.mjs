// R53-3: degrade's paging rule ("Continue." is one answer: each further piece gets the cap less
// half the answer so far) is bypassed by sending the answer so far as new context instead of as
// the assistant turn. Each key fetches 2,000-token reasoning answers in 4 pieces of 512 tokens,
// 4 languages, over 24 h; one key per way of asking for the next piece.
import * as L from "./lib53.mjs";
const r0 = L.rng(533); const A = L.shuffle(r0, L.asks(["en", "fr", "de", "es"]));
const CONT = { en: "Continue.", fr: "Continue.", de: "Weiter.", es: "Continúa." };
const ways = {
  "continue-turn": (a, sofar, k) => [{ role: "user", content: a.text + " Think step by step." }, { role: "assistant", content: sofar }, { role: "user", content: CONT[a.lang] }],
  "assistant-prefill": (a, sofar, k) => [{ role: "user", content: a.text + " Think step by step." }, { role: "assistant", content: sofar }],
  "draft-as-context": (a, sofar, k) => [{ role: "user", content: `${a.text} Think step by step.\n\nDraft so far (section ${k} of 4 is next; do not repeat anything):\n"""\n${sofar}\n"""\nWrite section ${k}.` }],
  "section-ask": (a, sofar, k) => [{ role: "user", content: `${a.text} Think step by step. Write only section ${k} of 4 of a complete answer (sections: ${["definitions", "mechanism", "worked example", "pitfalls and summary"].join(", ")}).` }],
};
const lines = []; const keyOf = {};
let w = 0;
for (const [name, mk] of Object.entries(ways)) {
  const key = `sk-r53-3-${name}-000000000000`.slice(0, 40); keyOf[name] = key;
  const r = L.rng(5330 + w); let t = Date.UTC(2026, 11, 1, 0) + w * 997; w++;
  for (let q = 0; q < 360; q++) {
    const a = A[q % A.length]; let sofar = "";
    for (let k = 1; k <= 4; k++) {
      t += 15000 * Math.exp((r() - 0.5) * 1.2);
      const msgs = k === 1 ? [{ role: "user", content: a.text + " Think step by step." }] : mk(a, sofar, k);
      if (name === "section-ask" && k === 1) msgs[0].content = ways["section-ask"](a, "", 1)[0].content;
      const prompt = msgs.reduce((n, m) => n + L.approxTokens(m.content), 8);
      lines.push(L.line(t, key, { model: "gpt-4o", messages: msgs, max_tokens: 512 }, { prompt_tokens: prompt, completion_tokens: 512 }, { ip: `198.51.${100 + w}.${10 + w}`, asn: 64510 + w }));
      sofar += (sofar ? " " : "") + L.prose(q * 10 + k, 512);
    }
  }
}
lines.sort((x, y) => x.ts - y.ts);
const dec = L.replay("r53-3", lines);
console.log("R53-3 paging a 2,048-token answer in 4 pieces while degraded, 360 answers per key, 24 h");
const res = {};
for (const [name, key] of Object.entries(keyOf)) {
  const s = L.summarise(lines, dec, (l) => l.key === key); res[name] = s;
  // tokens obtained on pieces 2-4 of answers asked while degraded
  let later = 0, laterN = 0;
  for (const d of dec) { const l = lines[d.i]; if (l.key !== key || !d.degraded) continue; const k = l.body.messages.length > 1 || /section [234]|Write section/.test(l.body.messages.at(-1).content) ? 1 : 0; if (k) { later += d.completion; laterN++; } }
  console.log(`  ${name.padEnd(18)} ${L.fmt(s)}\n    pieces 2-4 served degraded: ${laterN}, mean ${(later / Math.max(1, laterN)).toFixed(0)} tokens each`);
}
const cont = res["continue-turn"].gotTokens, best = Math.max(res["draft-as-context"].gotTokens, res["section-ask"].gotTokens);
console.log(`  best bypass obtains ${(100 * best / cont).toFixed(0)} % of the "Continue." harvest's tokens`);
console.log(best > 1.3 * cont && res["draft-as-context"].challenge + res["section-ask"].challenge === 0 ? "REPRODUCED" : "not reproduced");
