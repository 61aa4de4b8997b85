// R72-1: traces kept under the 700-token long-answer line, with short chat turns beside them.
// The trace-length weight (cot, and harvest-subset's step-by-step-only requests) reads the key's
// answer mean; the long answers' mean only protects it for answers of 700 tokens and more. So
// four short conversational turns per ask pull the mean under 300 (weight 0.4), on top of the
// share they dilute.
import { runScenario, KEYS5 } from "./common.mjs";
const seed = Number(process.argv[2] ?? 1);
const base = { seed, perDay: 500, days: 3, maxTokens: 1400, coverMode: "conv" };
console.log(`R72-1 seed ${seed}: 5 keys, 500 step-by-step asks a key a day over 3 days, every subject`);
const attack = runScenario("r72-1-attack", { ...base, lo: 600, hi: 699, covers: 4 }, KEYS5);
const ctlNoCover = runScenario("r72-1-ctl-nocover", { ...base, lo: 600, hi: 699, covers: 0 }, KEYS5);
const ctlLong = runScenario("r72-1-ctl-700plus", { ...base, lo: 700, hi: 799, covers: 4 }, KEYS5);
const ctlLongCover = runScenario("r72-1-ctl-cover-answered-long", { ...base, lo: 600, hi: 699, covers: 4, coverLo: 600, coverHi: 699, histWords: 40 }, KEYS5);
const ok = attack.fullTokPct >= 90 && ctlNoCover.fullTokPct <= 20 && ctlLongCover.fullTokPct <= 20 && attack.fullTokPct - ctlLong.fullTokPct >= 20;
console.log(ok
  ? `REPRODUCED R72-1: ${attack.fullTokPct}% of the harvest's tokens in full (no cover ${ctlNoCover.fullTokPct}%, traces 700-799 ${ctlLong.fullTokPct}%, cover answered long ${ctlLongCover.fullTokPct}%)`
  : `R72-1 not reproduced: attack ${attack.fullTokPct}%, controls ${ctlNoCover.fullTokPct}/${ctlLong.fullTokPct}/${ctlLongCover.fullTokPct}%`);
