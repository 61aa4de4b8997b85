// R53-2: a degraded key that sizes its asks under the 512-token cap loses nothing to degrade.
// The harvest splits each long reasoning answer into parts of <= 500 tokens ("part k of 3"),
// 6 languages, 48 h at machine volume, one key. Degraded from its first minutes, never refused
// by detection; compared with the same trace replayed with detection off.
import * as L from "./lib53.mjs";
const KEY = "sk-r53-2-undercap-0000000000000";
const r = L.rng(532); const A = L.shuffle(r, L.asks());
const PART = { en: (k) => `Part ${k} of 3. Reason step by step; stop after about 350 words.`, es: (k) => `Parte ${k} de 3. Razona paso a paso; para tras unas 350 palabras.`, fr: (k) => `Partie ${k} sur 3. Raisonne étape par étape ; arrête-toi vers 350 mots.`, de: (k) => `Teil ${k} von 3. Denke Schritt für Schritt; höre nach etwa 350 Wörtern auf.`, ja: (k) => `全3部のうち第${k}部。段階的に考え、350語程度で止めてください。`, pt: (k) => `Parte ${k} de 3. Pense passo a passo; pare após cerca de 350 palavras.` };
const lines = []; let t = Date.UTC(2026, 11, 1, 0); const end = t + 48 * 3600e3; let i = 0;
while (t < end) {
  t += 3500 * Math.exp((r() - 0.5) * 1.6);
  const a = A[Math.floor(i / 3) % A.length]; const k = (i % 3) + 1; const round = Math.floor(i / (3 * A.length));
  const text = `${round ? `[${round}] ` : ""}${a.text}\n${PART[a.lang](k)}`;
  lines.push(L.line(t, KEY, L.chat(text, { max_tokens: 500 }), { prompt_tokens: L.approxTokens(text) + 8, completion_tokens: 380 + Math.floor(r() * 120) }));
  i++;
}
const now = L.replay("r53-2-now", lines);
const off = L.replay("r53-2-detection-off", lines, { detection: { mode: "off" } });
const s = L.summarise(lines, now), u = L.summarise(lines, off);
console.log("R53-2 under-cap paged harvest, one key, 48 h,", lines.length, "requests");
console.log("  enforce:       " + L.fmt(s));
console.log("  detection off: " + L.fmt(u));
console.log(`  degraded share ${(100 * s.degraded / s.served).toFixed(1)} %; obtained ${s.gotTokens} = ${(100 * s.gotTokens / u.gotTokens).toFixed(1)} % of the unflagged key's ${u.gotTokens}; per day ${Math.round(s.gotTokens / 2)}`);
console.log(s.degraded > 0.9 * s.served && s.challenge + s.block === 0 && s.gotTokens >= 0.98 * u.gotTokens ? "REPRODUCED" : "not reproduced");
