// R52-2: a busy tutoring backend on one key, pro tier. Its end users'
// requests are independent: the trace holds NO retry at all (every line is a different student's
// first send; a limited request is dropped, the app shows "busy, try later"). Evening peak
// ~20-30 requests a minute, a product-launch hour on day 2 (15:00-16:00 UTC) with ~250 new
// sessions a minute (~370 requests a minute with follow-ups and the usual traffic).
// Pro tier (rpm 600). The key is degraded (step-by-step on one wrapper: extract only), and degrade
// also cuts its limits to throttleFactor (0.25): rpm 150. The launch hour (~250 a minute) is then
// refused by the limit, though the README says degrade "refuses nothing".
// Control: the same trace in shadow mode (detection does not act): nothing refused.
import { rng, pick, int, arrivals, replay, summarise, fmt, reasonsAt, T0, H, M, S, PRO } from "./lib52.mjs";

const SYS = "You are Mentora, a friendly tutor. Explain the solution step by step so the student learns the method, then give the final answer. Keep it encouraging.";
const Q = {
  en: ["How do I solve 2x + 5 = 17?", "What is the derivative of sin(x)cos(x)?", "Why is the sky blue?", "How do I balance Fe + O2 -> Fe2O3?", "What caused World War I?", "How do I find the median of 3, 9, 4, 7, 12?", "What is photosynthesis?", "How do I convert 3/8 to a percentage?"],
  es: ["¿Cómo resuelvo x^2 - 9 = 0?", "¿Qué es la fotosíntesis?", "¿Cómo calculo el área de un trapecio?", "¿Por qué cayó el Imperio romano?"],
  fr: ["Comment résoudre 3x - 4 = 11 ?", "Qu'est-ce que la mitose ?", "Comment calculer une moyenne pondérée ?"],
  id: ["Bagaimana cara menyelesaikan 4x + 2 = 18?", "Apa itu fotosintesis?", "Bagaimana menghitung luas lingkaran?"],
};
const FOLLOW = ["I don't get step 2", "can you give me another example?", "ok and what if it was negative?", "thanks, so the answer is 6?"];
const LANGS = ["en", "en", "en", "es", "fr", "id"];

function gen(seed) {
  const r = rng(seed);
  const key = "sk-mentora-prod";
  const lines = [];
  const starts = arrivals(r, T0, T0 + 72 * H, 1500);
  // launch spike: day 2, 15:00-16:00 UTC, ~70 sessions a minute extra
  for (let t = T0 + 39 * H; t < T0 + 40 * H; ) { t += Math.round(-Math.log(1 - r()) * (M / SPIKE)); starts.push(t); }
  starts.sort((a, b) => a - b);
  let n = 0;
  for (const t0 of starts) {
    const lang = pick(r, LANGS);
    const q = pick(r, Q[lang]) + (r() < 0.7 ? ` (hw ${int(r, 1, 40)}${String.fromCharCode(97 + int(r, 0, 5))})` : "");
    const messages = [{ role: "system", content: SYS }, { role: "user", content: q }];
    const c = int(r, 180, 520);
    const ip = `${int(r, 20, 220)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`; // backend forwards from its own egress; ip kept for realism
    lines.push({ ts: t0, key, ip: "34.120.7." + int(r, 10, 13), asn: 15169, country: "US", method: "POST", path: "/v1/chat/completions",
      body: { model: "gpt-4o-mini", temperature: 0.4, max_tokens: 900, ...(process.env.NOUSER ? {} : { user: `stu_${int(r, 1, 40000)}` }), messages }, usage: { prompt_tokens: 60, completion_tokens: c } });
    if (r() < 0.35) {
      lines.push({ ts: t0 + int(r, 45, 200) * S, key, ip: "34.120.7." + int(r, 10, 13), asn: 15169, country: "US", method: "POST", path: "/v1/chat/completions",
        body: { model: "gpt-4o-mini", temperature: 0.4, max_tokens: 900, messages: [...messages, { role: "assistant", content: `Step 1 ... (${n++})` }, { role: "user", content: pick(r, FOLLOW) }] },
        usage: { prompt_tokens: 60 + c, completion_tokens: int(r, 60, 260) } });
    }
  }
  return lines;
}
const SPIKE = Number(process.env.SPIKE ?? 250);
const lines = gen(52);
const spike = (x) => x.line.ts >= T0 + 39 * H && x.line.ts < T0 + 40 * H;
const p = replay("r52-2-pro", lines.map((x) => ({ ...x })), PRO);
const sh = replay("r52-2-pro-shadow", lines.map((x) => ({ ...x })), PRO, "shadow");
const sp = summarise(p), ss = summarise(sh);
const rl = (z) => z.filter((x) => x.reasons.some((r) => r.includes("[retry"))).length;
const inSpike = p.filter(spike), inSpikeSh = sh.filter(spike);
const refSpike = inSpike.filter((x) => !x.served).length, refSpikeSh = inSpikeSh.filter((x) => !x.served).length;
const refDegraded = p.filter((x) => !x.served && x.action === "degrade").length;
console.log(fmt("pro tier, enforced      ", sp));
console.log("   reasons at max score: " + reasonsAt(sp));
console.log(`   launch hour (day 2 15:00-16:00 UTC): ${inSpike.length} requests, ${refSpike} refused (${(100 * refSpike / inSpike.length).toFixed(1)} %); refused while the key stood at degrade: ${refDegraded}`);
console.log(`   decisions whose reasons include retry evidence: ${rl(p)} (the trace holds no retry)`);
console.log(fmt("pro tier, shadow mode   ", ss));
console.log(`   launch hour: ${inSpikeSh.length} requests, ${refSpikeSh} refused`);
const ok = refDegraded > 1000 && refSpikeSh === 0 && sp.challenge + sp.block === 0;
console.log(ok ? "REPRODUCED" : "not reproduced");
