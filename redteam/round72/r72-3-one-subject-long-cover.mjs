// R72-3: long traces (800-1,400 tokens) on one-subject keys with three short chat turns per ask.
// The long answers' mean holds traceLength at 1 (a quarter of the answers are long), but with no
// topic diversity nothing but cot reads the asks, and cot's step-by-step rate is diluted to 25 %
// (the open R22-3 / R25-3 / R68-2 class, on a key shape where 3 cheap turns suffice).
import { runScenario } from "./common.mjs";
const seed = Number(process.argv[2] ?? 1);
const SUBJ = [["algebra", "calculus", "statistics", "geometry"], ["physics"], ["chemistry"], ["biology"], ["economics", "finance"], ["programming"]];
const keys = SUBJ.map((subjects, i) => ({ subjects, ip: `198.18.7.${10 + i}`, asn: 64520 + i }));
const keysAll = keys.map((k) => ({ ...k, subjects: undefined }));
const base = { seed, perDay: 500, days: 3, maxTokens: 1400, lo: 800, hi: 1400, coverMode: "conv" };
console.log(`R72-3 seed ${seed}: 6 keys, 500 step-by-step asks a key a day over 3 days, traces 800-1,400 tokens`);
const attack = runScenario("r72-3-attack", { ...base, covers: 3 }, keys);
const ctlNo = runScenario("r72-3-ctl-nocover", { ...base, covers: 0 }, keys);
const ctlAll = runScenario("r72-3-ctl-every-subject", { ...base, covers: 3 }, keysAll);
const ok = attack.fullTokPct >= 90 && ctlNo.fullTokPct <= 20 && ctlAll.fullTokPct <= 50;
console.log(ok
  ? `REPRODUCED R72-3: ${attack.fullTokPct}% of the harvest's tokens in full (no cover ${ctlNo.fullTokPct}%, every subject per key with the cover ${ctlAll.fullTokPct}%)`
  : `R72-3 not reproduced: attack ${attack.fullTokPct}%, controls ${ctlNo.fullTokPct}/${ctlAll.fullTokPct}%`);
