// R53-5: asks rendered as images. The same reasoning harvest (asks + "step by step", 6 languages,
// answers ~420 tokens, a request every ~6 s (images: ~10.5 s, their 765 billed tokens weigh on tpd) for 24 h) sent as text is degraded; sent as one image
// per ask (beside a fixed or no note) the guard reads none of the ask, images are in no channel of
// evidence, and the key stays below degrade for the whole day.
import * as L from "./lib53.mjs";
const A = L.shuffle(L.rng(535), L.asks());
const SUF = { en: " Think step by step.", es: " Razona paso a paso.", fr: " Raisonne étape par étape.", de: " Denke Schritt für Schritt.", ja: " 段階的に考えてください。", pt: " Pense passo a passo." };
const hex = (n) => (n >>> 0).toString(16).padStart(8, "0");
const ways = {
  text: (a, i) => [{ role: "user", content: `${a.text}${SUF[a.lang]}` }],
  "image-only": (a, i) => [{ role: "user", content: [{ type: "image_url", image_url: { url: `https://cdn.example.net/q/${hex(i * 2654435761)}.png` } }] }],
  "image-note": (a, i) => [{ role: "user", content: [{ type: "text", text: "Answer the question in the picture." }, { type: "image_url", image_url: { url: `https://cdn.example.net/q/${hex(i * 2654435761)}.png` } }] }],
};
const lines = []; const keys = {}; let w = 0;
for (const [name, mk] of Object.entries(ways)) {
  const key = `sk-r53-5-${name}-00000000000000`.slice(0, 34); keys[name] = key;
  const r = L.rng(5350 + w); let t = Date.UTC(2026, 11, 3, 0) + w * 1711; const end = Date.UTC(2026, 11, 4, 0); w++; let i = 0;
  while (t < end) { t += (name === "text" ? 6000 : 10500) * Math.exp((r() - 0.5) * 1.6); const a = A[i % A.length];
    const msgs = mk(a, i + w * 100000); const img = name !== "text";
    lines.push(L.line(t, key, { model: "gpt-4o", messages: msgs, max_tokens: 500 }, { prompt_tokens: (img ? 765 : 0) + L.approxTokens(a.text) + 12, completion_tokens: 340 + Math.floor(r() * 160) }, { ip: `192.0.2.${20 + w}`, asn: 64600 + w })); i++; }
}
lines.sort((a, b) => a.ts - b.ts);
const dec = L.replay("r53-5", lines);
console.log("R53-5 a reasoning harvest as text vs as images, 24 h per key");
const res = {};
for (const [name, key] of Object.entries(keys)) { const s = L.summarise(lines, dec, (l) => l.key === key); res[name] = s; console.log(`  ${name.padEnd(11)} ${L.fmt(s)}`); }
const best = ["image-only", "image-note"].filter((k) => res[k].degraded === 0 && res[k].challenge + res[k].block === 0);
for (const k of best) console.log(`  ${k}: ${res[k].served} asks served in full, ${res[k].gotTokens} completion tokens, never flagged (text: ${res.text.degraded} of ${res.text.served} degraded, ${res.text.gotTokens} tokens)`);
console.log(res.text.degraded > 0.9 * res.text.served && best.length > 0 ? "REPRODUCED" : "not reproduced");
