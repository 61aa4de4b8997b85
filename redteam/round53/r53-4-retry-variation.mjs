// R53-4: fast retries (the refused payload sent again before the Retry-After) leave no drive
// evidence on a key that is already degraded. Three keys run the same loop: 30 min at a calm pace,
// then 1.5 h at 2 req/s against rpm 60, every 429 resent 300 ms later, up to 3 times (a client ignoring
// Retry-After). control: neutral asks (not degraded); harvest: the same asks plus "step by step"
// (degraded on extract); n4-sampling: the control's asks with n 4 (degraded on a hard sampling
// signal); harvest-varied: the harvest resending with a request-id prefix (R52-5's rule: no retry).
import * as L from "./lib53.mjs";
const A = L.shuffle(L.rng(534), L.asks(["en", "es", "de", "fr"]));
const SUF = { en: " Explain step by step.", es: " Explica paso a paso.", de: " Erkläre Schritt für Schritt.", fr: " Explique étape par étape." };
function base(key, seed, harvest) {
  const r = L.rng(seed); const out = []; let t = Date.UTC(2026, 11, 2, 9); let i = 0;
  const push = () => { const a = A[i % A.length]; const text = `(${i}) ${a.text}${harvest === "cot" ? SUF[a.lang] : ""}`;
    out.push(L.line(t, key, L.chat(text, harvest === "n4" ? { max_tokens: 300, extra: { n: 4 } } : { max_tokens: 500 }), { prompt_tokens: L.approxTokens(text) + 8, completion_tokens: 350 + Math.floor(r() * 150) })); i++; };
  while (t < Date.UTC(2026, 11, 2, 9, 30)) { t += 6000 * Math.exp((r() - 0.5) * 0.8); push(); }
  while (t < Date.UTC(2026, 11, 2, 11, 0)) { t += 500 * Math.exp((r() - 0.5) * 0.8); push(); }
  return out;
}
const variants = { control: [false, (l) => l.body], harvest: ["cot", (l) => l.body], "n4-sampling": ["n4", (l) => l.body], "harvest-varied": ["cot", (l, n) => ({ ...l.body, messages: [{ role: "user", content: `[req ${n}] ` + l.body.messages[0].content }] })] };
console.log("R53-4 a loop resending every 429 after 300 ms (up to 3 times), 2 h, 4 keys");
const res = {}; let v = 0;
for (const [name, [harvest, mk]] of Object.entries(variants)) {
  const key = `sk-r53-4-${name}-0000000000000`.slice(0, 36);
  const lines = base(key, 5340 + v++, harvest);
  // the loop resends every 429, its resends' too (up to 3 times), each 300 ms after; the trace is rebuilt pass by pass
  let cur = lines.map((l) => ({ l, depth: 0, done: false })), dec;
  for (let pass = 0; ; pass++) {
    dec = L.replay(`r53-4-${name}`, cur.map((x) => x.l));
    if (pass === 3) break;
    const next = [];
    cur.forEach((x, i) => { next.push(x); if (!dec[i].served && !x.done && x.depth < 3) { x.done = true; next.push({ l: { ...x.l, ts: x.l.ts + 300, body: mk(x.l, i) }, depth: x.depth + 1, done: false }); } });
    next.sort((a, b) => a.l.ts - b.l.ts); cur = next;
  }
  const out = cur.map((x) => x.l);
  const s = L.summarise(out, dec);
  let maxRetry = 0; for (const d of dec) for (const x of d.reasons ?? []) { const m = /\[retry ([0-9.]+)\]/.exec(x); if (m) maxRetry = Math.max(maxRetry, +m[1]); }
  const refusedBurst = dec.filter((d) => !d.served).length;
  res[name] = { ...s, maxRetry, resends: out.length - lines.length };
  console.log(`  ${name.padEnd(15)} ${out.length - lines.length} resends within 300 ms of a 429; strongest retry evidence: ${maxRetry ? maxRetry.toFixed(2) : "none"}\n    ${L.fmt(s)}`);
}
const c = res.control, h = res.harvest;
console.log(`  the degraded harvest resent ${h.resends} refused payloads unchanged and earned ${h.maxRetry ? "retry " + h.maxRetry : "no retry evidence"}; the undegraded control ${c.maxRetry ? "retry " + c.maxRetry : "none"}`);
console.log(`  served: control ${c.served}, harvest ${h.served}, n4-sampling ${res["n4-sampling"].served}, harvest-varied ${res["harvest-varied"].served} (a degraded key with drive evidence has its limits quartered)`);
console.log(c.maxRetry > 0 && h.maxRetry === 0 && res["n4-sampling"].maxRetry === 0 && h.degraded > 0 && h.challenge === 0 ? "REPRODUCED" : "not reproduced");
