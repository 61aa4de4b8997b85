// R52-5: the photo solver of R52-1 with a one-line caption (variant B: served in full on a normal
// day) is featured on a store front page: for 30 minutes ~1,800 students a minute send a photo,
// three times the pro tier's rpm 600. The trace holds NO retry: every line is a different student's
// first send (the app shows "busy, try again" on a 429). Their independent requests after each 429
// are read as "came back before the Retry-After" (drive evidence), the key goes to degrade, and
// degrade cuts its limits to a quarter (rpm 150) in the middle of the spike.
// Controls: the same trace in shadow mode (limits act, detection does not), and at rpm 6000 (no 429).
import { replay, summarise, fmt, reasonsAt, cut, PRO } from "./lib52.mjs";
import { gen, SPIKE_AT, SPIKE_LEN } from "./photo52.mjs";

const lines = gen("B", 52, 0, 1800);
const en = replay("r52-5-enforce", lines.map((x) => ({ ...x })), PRO);
const sh = replay("r52-5-shadow", lines.map((x) => ({ ...x })), PRO, "shadow");
const BIG = { defaults: { rpm: 6000, tpm: 20000000, tpd: 500000000, concurrency: 640 } };
const bg = replay("r52-5-rpm6000", lines.map((x) => ({ ...x })), BIG);
const during = (x) => x.line.ts >= SPIKE_AT && x.line.ts < SPIKE_AT + SPIKE_LEN;
const after = (x) => x.line.ts >= SPIKE_AT + SPIKE_LEN;
const retry = en.filter((x) => x.reasons.some((r) => r.includes("[retry"))).length;
const sE = summarise(en), sD = summarise(en.filter(during)), sA = summarise(en.filter(after));
const shD = summarise(sh.filter(during)), shA = summarise(sh.filter(after));
console.log(fmt("enforced, whole trace     ", sE));
console.log("   reasons at max score: " + reasonsAt(sE));
console.log(`   decisions citing retries before the Retry-After: ${retry} (the trace holds no retry)`);
console.log(fmt("enforced, the spike       ", sD));
console.log(fmt("shadow,   the spike       ", shD));
console.log(fmt("enforced, after the spike ", sA));
console.log(fmt("shadow,   after the spike ", shA));
const bgD = summarise(bg.filter(during)), bgA = summarise(bg.filter(after));
console.log(fmt("control rpm 6000, spike   ", bgD));
console.log(fmt("control rpm 6000, after   ", bgA));
const fd = en.find((x) => during(x) && x.action === "degrade");
if (fd) console.log(`   first degrade in the spike (enforced, pro): request ${fd.i + 1}, reasons: ${fd.reasons.join("; ")}`);
const c = cut(en.filter(after));
console.log(`   after the spike: degraded answers cut at 512 tokens: ${c.cut} of ${c.degraded}`);
console.log(`   extra requests refused during the spike because of detection: ${sD.refused - shD.refused}`);
const ok = retry > 0 && sD.refused - shD.refused > 1000 && bgD.degraded + bgD.refused === 0;
console.log(ok ? "REPRODUCED" : "not reproduced");
