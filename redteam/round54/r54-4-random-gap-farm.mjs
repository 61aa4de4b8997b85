// R54-4: a 20-key farm on one host (one /24, one ASN), one wrapper, one parameter set, a
// chain-of-thought format, answers kept under degrade's 512-token cap. Since the thirty-second
// session (R52-3's fix) a key whose gaps are as irregular as independent arrivals (log-spread
// >= 1.1) counts for no one on its network and takes nothing from it, and a wrapper shard needs a
// shared machine rhythm to link (docs/detection.md, "Cross-key linkage"). The farm's workers draw
// their gaps from a wide lognormal; the control keeps a worker queue's regular pace.
import { rng, ask, ev, replay, figures, line, verdict, fmt, POLICY_ON, POLICY_OFF, T0, HOUR } from "./lib54.mjs";

const HOURS = Number(process.env.R54_HOURS ?? 24);
const KEYS = 20;
const SYS = "You are a patient tutor. Think step by step and show your working before the final answer. Keep answers under 450 words.";

function gen(irregular) {
  const r = rng(5404);
  const out = [];
  for (let k = 0; k < KEYS; k++) {
    const key = `sk-r54-farm-${k}`;
    const ip = `198.51.100.${10 + k}`;
    let t = T0 + r.int(0, 600_000);
    while (t < T0 + HOURS * HOUR) {
      out.push(ev(t, key, "/v1/chat/completions", { model: "gpt-4.1", temperature: 0.7, max_tokens: 500, messages: [{ role: "system", content: SYS }, { role: "user", content: ask(r) }] }, { prompt_tokens: r.int(70, 110), completion_tokens: r.int(330, 500) }, { ip, asn: 64501 }));
      t += irregular ? Math.min(r.logn(70_000, 1.35), 3_600_000 * 0.9) : r.int(118_000, 122_000);
    }
  }
  return out;
}

const reg = figures(replay("r54-4-regular", gen(false)));
const regOff = figures(replay("r54-4-regular-off", gen(false), POLICY_OFF));
const irr = figures(replay("r54-4-irregular", gen(true)));
const irrOff = figures(replay("r54-4-irregular-off", gen(true), POLICY_OFF));
console.log(`R54-4 one-host farm: ${KEYS} keys on one /24, one wrapper, CoT format, answers 330-500 tokens, ${HOURS} h, default limits`);
console.log(line("regular pace (control)", reg) + `  keys challenged ${reg.nChallengedKeys}/${reg.nKeys}`);
console.log(line("regular, detection off", regOff));
console.log(line("lognormal gaps (sigma 1.35)", irr) + `  keys challenged ${irr.nChallengedKeys}/${irr.nKeys}, degraded ${irr.nDegradedKeys}`);
console.log(line("lognormal, detection off", irrOff));
console.log(`irregular farm keeps ${(100 * irr.got / irrOff.got).toFixed(1)} % of its detection-off tokens (${fmt(irr.got)}), regular ${(100 * reg.got / regOff.got).toFixed(1)} %`);
verdict(irr.got / irrOff.got > 0.9 && reg.got / regOff.got < 0.7 && irr.nChallengedKeys === 0);
