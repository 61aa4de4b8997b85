// R66-4: cover that costs nothing: after each fresh ask (temperature 0, max_tokens 4,096), k earlier
// asks re-sent verbatim under the same context (re-runs, read as nothing new), streamed and cut by
// the client after ~20 tokens. The harvest's own requests are then served in full.
import { rng, ask, tok, replay, figures, show, T0, KEY, net } from "./lib.mjs";

const SYS = "You are Tutorly, a patient university teaching assistant. Answer in the language of the question, with headings, worked examples and a short summary at the end.";

function build(k, seed, N = 1500) {
  const r = rng(seed);
  const key = KEY(k.name + seed);
  const lines = [];
  let t = T0;
  const past = [];
  const mk = (content, temp, extra, usage, tag) => ({ ts: t, key, ...net(r), method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4.1", messages: [{ role: "system", content: SYS }, { role: "user", content }], temperature: temp, max_tokens: 4096, ...extra }, ...usage, _k: tag });
  for (let i = 0; i < N; i++) {
    t += r.int(20, 60) * 1000;
    const a = ask(r);
    past.push(a);
    lines.push(mk(a, 0, {}, { usage: { prompt_tokens: tok(SYS) + tok(a), completion_tokens: r.int(1400, 3600) } }, "h"));
    for (let j = 0; j < k.k; j++) {
      t += r.int(800, 2500);
      const text = k.fresh ? ask(r) : past[Math.max(0, past.length - 2 - r.int(0, 40))];
      const cut = k.cut !== false;
      lines.push(mk(text, k.coverTemp ?? 0, cut ? { stream: true } : {}, cut ? { streamed_tokens: r.int(12, 30) } : { usage: { prompt_tokens: tok(SYS) + tok(text), completion_tokens: r.int(1400, 3600) } }, "c"));
    }
  }
  return lines;
}

const cases = [
  { name: "none", label: "control: no cover", k: 0 },
  { name: "fresh2", label: "control: 2 cut streams of FRESH asks per ask (T 0)", k: 2, fresh: true },
  { name: "t07-2", label: "control: 2 cut re-sends at T 0.7 (no re-run) per ask", k: 2, coverTemp: 0.7 },
  { name: "full2", label: "reference: 2 re-runs per ask answered in full", k: 2, cut: false },
  { name: "rerun1", label: "ATTACK: 1 cut re-run per ask", k: 1 },
  { name: "rerun2", label: "ATTACK: 2 cut re-runs per ask", k: 2 },
];
const seed = Number(process.argv[2] ?? 66401);
const res = {};
for (const k of cases) { const f = figures(replay(`r66-4-${k.name}-${seed}`, build(k, seed))); res[k.name] = f; show(k.label, f); }
console.log(`(seed ${seed}; gpt-4.1, answers 1,400-3,600 tokens, one ask every 20-60 s; cover streams cut after 12-30 tokens)`);
console.log("threshold: 2 cut re-runs >= 80 % of the harvest's tokens in full and >= 50 points above both controls (fresh cut streams, cut re-sends at T 0.7)");
const a = res["rerun2"].tokPct, c = Math.max(res["fresh2"].tokPct, res["t07-2"].tokPct);
console.log(`${a >= 80 && a - c >= 50 ? "REPRODUCED" : "not reproduced"}: 2 cut re-runs ${a.toFixed(1)} % vs better control ${c.toFixed(1)} %`);
