// R53-1: a one-key reasoning harvest (step-by-step asks, 6 languages, new payloads every episode,
// machine volume for 48 h, no retries, no token IDs, one IP) with a hard signal (hidden
// reasoning, score 0.998) is never refused: degraded at full limits it obtains about what an unflagged key does (tpd-bound).
import * as L from "./lib53.mjs";
const KEY = "sk-r53-1-harvest-00000000000000";
const r = L.rng(531); const A = L.shuffle(r, L.asks());
const lines = []; let t = Date.UTC(2026, 11, 1, 0);
const end = t + 48 * 3600e3;
const SUFFIX = { en: " Think step by step and show your reasoning.", es: " Razona paso a paso.", fr: " Raisonne étape par étape.", de: " Denke Schritt für Schritt.", ja: " 段階的に考えてください。", pt: " Pense passo a passo." };
let i = 0;
while (t < end) {
  t += 8000 * Math.exp((r() - 0.5) * 1.6); // log-normal-ish, ~7-8 req/min
  const a = A[i % A.length]; const n = Math.floor(i / A.length);
  const text = `### Task ${i}\nQuestion: ${a.text}\n### Instructions\nAnswer step by step with full reasoning, then give the final answer.`;
  lines.push(L.line(t, KEY, L.chat(text, { max_tokens: 4096 }), { prompt_tokens: L.approxTokens(text) + 8, completion_tokens: 700 + Math.floor(r() * 1500) }));
  i++;
}
const now = L.replay("r53-1-now", lines);
const before = L.replay("r53-1-needsdrive-off", lines, { detection: { challengeNeedsDrive: false } });
const undetected = L.replay("r53-1-detection-off", lines, { detection: { mode: "off" } });
const sUnd = L.summarise(lines, undetected);
const sNow = L.summarise(lines, now), sOff = L.summarise(lines, before);
console.log("R53-1 reasoning harvest, one key, 48 h,", lines.length, "requests");
console.log("  challengeNeedsDrive on (default):  " + L.fmt(sNow));
console.log("  challengeNeedsDrive off (old rule): " + L.fmt(sOff));
console.log("  detection off (never flagged):      " + L.fmt(sUnd));
console.log(`  degraded harvest obtained ${sNow.gotTokens} completion tokens = ${(100 * sNow.gotTokens / sUnd.gotTokens).toFixed(1)} % of what the unflagged key obtains under the same limits`);
const ok = sNow.challenge === 0 && sNow.block === 0 && sNow.served === lines.length && sNow.gotTokens >= 0.6 * sUnd.gotTokens;
console.log(ok ? "REPRODUCED" : "not reproduced");
