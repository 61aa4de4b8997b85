// R72-2: one subject per key, worked solutions of 300-700 tokens, no cover at all.
// Each key's asks sit in one or two topic buckets, so harvest-subset's and coverage's topic
// diversity read ~0; what is left is cot, weighed by traceLength (~0.7 at a 500-token mean):
// under the degrade line. The same asks, volume and lengths with every subject on each key, and
// the same one-subject keys with traces of 800-1,400 tokens, are degraded.
import { runScenario } from "./common.mjs";
const seed = Number(process.argv[2] ?? 1);
const SUBJ = [["algebra", "calculus", "statistics", "geometry"], ["physics"], ["chemistry"], ["biology"], ["economics", "finance"], ["programming"]];
const keys = SUBJ.map((subjects, i) => ({ subjects, ip: `203.0.113.${10 + i}`, asn: 64510 + i }));
const keysAll = keys.map((k) => ({ ...k, subjects: undefined }));
const base = { seed, perDay: 500, days: 3, maxTokens: 1400 };
console.log(`R72-2 seed ${seed}: 6 keys, 500 step-by-step asks a key a day over 3 days`);
const attack = runScenario("r72-2-attack", { ...base, lo: 300, hi: 700 }, keys);
const attack2 = runScenario("r72-2-attack-350-650", { ...base, lo: 350, hi: 650 }, keys);
const ctlAll = runScenario("r72-2-ctl-every-subject", { ...base, lo: 300, hi: 700 }, keysAll);
const ctlLong = runScenario("r72-2-ctl-long-traces", { ...base, lo: 800, hi: 1400 }, keys);
const ok = attack.fullTokPct >= 75 && ctlAll.fullTokPct <= 20 && ctlLong.fullTokPct <= 20;
console.log(ok
  ? `REPRODUCED R72-2: ${attack.fullTokPct}% of the harvest's tokens in full (${attack2.fullTokPct}% at 350-650; every subject per key ${ctlAll.fullTokPct}%, traces 800-1,400 ${ctlLong.fullTokPct}%)`
  : `R72-2 not reproduced: attack ${attack.fullTokPct}%, controls ${ctlAll.fullTokPct}/${ctlLong.fullTokPct}%`);
