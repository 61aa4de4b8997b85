// R54-3: extended-thinking harvest whose every ask carries pasted reference text as long as half
// its answer. Every extract feature that reads answers is read against what the requests bring of
// their own (docs/detection.md: `budgetTaken` = min(1, max(0, (r - 2) / 2)), r = completion over
// the requests' own prompt tokens; ratio needs C/P > 2; amplify C/P' > 24): a ballast that keeps r
// under 2 zeroes the thinking budget's evidence, ratio and amplify, and no cue is asked.
// Same asks and thinking answers: bare (control), with ballast, and detection off.
import { rng, plainAsk, pasted, ev, replay, figures, line, verdict, fmt, POLICY_ON, POLICY_OFF, T0, HOUR } from "./lib54.mjs";

const HOURS = Number(process.env.R54_HOURS ?? 48);
const KEY = "sk-r54-ballast";

function gen(ballast) {
  const r = rng(5403);
  const fixed = pasted(rng(77), 16000); // one set of course notes, the same on every request (cached)
  const out = [];
  let t = T0 + 60_000;
  while (t < T0 + HOURS * HOUR) {
    const q = plainAsk(r);
    const c = r.int(2500, 7000); // thinking + answer
    let text = q, p = Math.round(q.length / 3.5) + 8;
    if (ballast === "cached") {
      // the same notes first in the user turn, marked for Anthropic's prompt cache: billed at a tenth
      out.push(ev(t, KEY, "/v1/messages", { model: "claude-sonnet-4-5", max_tokens: 16000, thinking: { type: "enabled", budget_tokens: 12000 }, messages: [{ role: "user", content: [{ type: "text", text: "Reference material from my course:\n\n" + fixed, cache_control: { type: "ephemeral" } }, { type: "text", text: "Question: " + q }] }] }, { prompt_tokens: p, cache_read_input_tokens: Math.round(fixed.length / 3.8), completion_tokens: c }));
      t += r.logn(45_000, 0.9);
      continue;
    }
    if (ballast) {
      const chars = Math.round(c * 0.55 * 3.8); // pasted material of ~0.55x the answer's tokens
      const mat = pasted(r, chars);
      text = "Reference material from my course:\n\n" + mat + "\n\nQuestion: " + q;
      p += Math.round(mat.length / 3.8);
    }
    out.push(ev(t, KEY, "/v1/messages", { model: "claude-sonnet-4-5", max_tokens: 16000, thinking: { type: "enabled", budget_tokens: 12000 }, messages: [{ role: "user", content: text }] }, { prompt_tokens: p, completion_tokens: c }));
    t += r.logn(45_000, 0.9);
  }
  return out;
}

const bare = figures(replay("r54-3-bare", gen(false)));
const bareOff = figures(replay("r54-3-bare-off", gen(false), POLICY_OFF));
const bal = figures(replay("r54-3-ballast", gen(true)));
const balOff = figures(replay("r54-3-ballast-off", gen(true), POLICY_OFF));
const cached = figures(replay("r54-3-cached", gen("cached")));
const cachedOff = figures(replay("r54-3-cached-off", gen("cached"), POLICY_OFF));
const prompt = gen(true).reduce((a, e) => a + e.usage.prompt_tokens, 0);
console.log(`R54-3 own-prompt ballast: one key, ${HOURS} h, Anthropic thinking budget 12,000, max_tokens 16,000, answers 2,500-7,000 tokens, default limits`);
console.log(line("bare asks", bare));
console.log(line("bare, detection off", bareOff));
console.log(line("asks + pasted ballast (~0.55x answer)", bal));
console.log(line("ballast, detection off", balOff));
console.log(line("same notes every time (cached)", cached));
console.log(line("cached, detection off", cachedOff));
console.log(`ballast keeps ${(100 * bal.got / balOff.got).toFixed(1)} % of its detection-off tokens (${fmt(bal.got)}), bare ${(100 * bare.got / bareOff.got).toFixed(1)} %; ballast cost ${fmt(prompt)} prompt tokens (${(prompt / bal.got).toFixed(2)} per answer token)`);
verdict(bal.got / balOff.got > 0.9 && bare.got / bareOff.got < 0.5);
