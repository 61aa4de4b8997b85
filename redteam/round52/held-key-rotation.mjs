// held (not a finding): a company rotates its production key (a leaked-secret drill, or a 90-day policy): the new
// key is deployed pod by pod over one hour, then the old one is revoked. Same backend, same egress,
// same system prompt and parameters, same end users. Product: a multilingual step-by-step tutor
// whose students follow up (the README's "degraded, not challenged" tutor).
// Control: the same traffic, never rotated (one key throughout).
import { rng, pick, int, arrivals, replay, summarise, fmt, reasonsAt, cut, T0, H, M, S, PRO } from "./lib52.mjs";

const SYS = "Eres Profe Nube, un tutor para secundaria. Explica la solución paso a paso para que el estudiante aprenda el método y termina con la respuesta final. / You are Profe Nube, a secondary-school tutor: explain the solution step by step, then give the final answer.";
const Q = ["¿Cómo resuelvo 3x - 7 = 11?", "¿Qué es la energía cinética?", "How do I find the slope between (2,3) and (6,11)?", "¿Cómo se calcula el interés compuesto?", "What is the difference between mitosis and meiosis?", "¿Por qué el agua hierve a menor temperatura en la montaña?", "Como calculo a área de um hexágono regular?", "¿Qué fue la Revolución Industrial?", "How do I simplify (x^2-4)/(x+2)?", "¿Cómo convierto 0,375 a fracción?"];
const FOLLOW = ["no entiendo el paso 2", "¿me das otro ejemplo?", "and if it were negative?", "entonces ¿la respuesta es 6?"];
const ROT_AT = T0 + 30 * H; // day 2, 06:00 UTC: rollout over one hour

function gen(seed, rotate) {
  const r = rng(seed);
  const lines = [];
  for (const t0 of arrivals(r, T0, T0 + 72 * H, 420, -5)) {
    let key = "sk-profenube-2026a";
    if (rotate) {
      if (t0 >= ROT_AT + H) key = "sk-profenube-2026b";
      else if (t0 >= ROT_AT) key = r() < (t0 - ROT_AT) / H ? "sk-profenube-2026b" : "sk-profenube-2026a";
    }
    const q = pick(r, Q) + (r() < 0.8 ? ` (ej. ${int(r, 1, 60)})` : "");
    const messages = [{ role: "system", content: SYS }, { role: "user", content: q }];
    const c = int(r, 200, 650);
    const ip = `35.199.40.${int(r, 2, 5)}`;
    lines.push({ ts: t0, key, ip, asn: 15169, country: "BR", method: "POST", path: "/v1/chat/completions",
      body: { model: "gpt-4o-mini", temperature: 0.3, max_tokens: 1000, messages }, usage: { prompt_tokens: 95, completion_tokens: c } });
    if (r() < 0.35) {
      const t1 = t0 + int(r, 50, 240) * S;
      lines.push({ ts: t1, key, ip, asn: 15169, country: "BR", method: "POST", path: "/v1/chat/completions",
        body: { model: "gpt-4o-mini", temperature: 0.3, max_tokens: 1000, messages: [...messages, { role: "assistant", content: `Paso 1 ... (${t0})` }, { role: "user", content: pick(r, FOLLOW) }] },
        usage: { prompt_tokens: 95 + c, completion_tokens: int(r, 60, 250) } });
    }
  }
  return lines;
}
const rot = replay("r52-4-rotated", gen(52, true), PRO);
const one = replay("r52-4-one-key", gen(52, false), PRO);
const after = (x) => x.line.ts >= ROT_AT;
const sA = summarise(rot, (k) => k.endsWith("a")), sB = summarise(rot, (k) => k.endsWith("b"));
const sOne = summarise(one), sOneAfter = summarise(one.filter(after));
console.log(fmt("old key (before and during rollout)", sA));
console.log(fmt("new key (from the rollout on)      ", sB));
console.log("   new key's reasons at max score: " + reasonsAt(sB));
console.log(fmt("control: one key, same requests after the rollout time", sOneAfter));
console.log("   control's reasons at max score: " + reasonsAt(sOne));
const c1 = cut(rot), c2 = cut(one);
console.log(`   answers cut by degrade's 512-token cap: rotated ${c1.cut} of ${c1.degraded} degraded; one key ${c2.cut} of ${c2.degraded}`);
const ok = sB.refused > 0.05 * sB.n && sOneAfter.refused === 0;
console.log(ok ? "REPRODUCED" : "not reproduced");
