// R66-1: the ask handed over in a user turn the client acknowledges itself ("Ok."), followed by one
// fixed instruction turn sent verbatim on every request at temperature 0: every request reads as a
// re-run of that instruction (nothing new), so no parameter, detail or harvest-shaped count is kept.
import { rng, ask, tok, replay, figures, show, T0, KEY, net } from "./lib.mjs";

const SYS = "You are Tutorly, a patient university teaching assistant. Answer in the language of the question, with headings, worked examples and a short summary at the end.";
const PAD = " Please be complete: cover the intuition, the formal definition, at least one worked example with every intermediate step, and the typical exam traps.";
export const INSTR = "Go on. Write the complete lesson I described above, in the same language as my description, following every instruction in it. Use headings for each part, number the worked steps, keep the notation consistent, and end with a short summary of the key points. Do not ask me any questions first; if something is ambiguous choose the most common textbook convention and say which one you chose.";

function build(k, seed, N = 2000) {
  const r = rng(seed);
  const key = KEY(k.name + seed);
  const lines = [];
  let t = T0;
  for (let i = 0; i < N; i++) {
    t += r.int(20, 60) * 1000; // ~2,150 asks a day
    let a = ask(r);
    if (a.length < 220) a += PAD;
    if (k.cot) a += " Think step by step and write out your full reasoning before the final answer.";
    const ans = r.int(1400, 3600);
    const inp = k.input ?? INSTR;
    let prompt;
    const claude = k.route === "messages";
    const msgs = [];
    if (!claude) msgs.push({ role: "system", content: SYS });
    if (k.layout === "handed") { msgs.push({ role: "user", content: a }, { role: "assistant", content: "Ok." }, { role: "user", content: inp }); prompt = tok(SYS) + tok(a) + tok(inp) + 14; }
    else if (k.layout === "joined") { msgs.push({ role: "user", content: a + "\n\n" + inp }); prompt = tok(SYS) + tok(a) + tok(inp) + 8; }
    else { msgs.push({ role: "user", content: a }); prompt = tok(SYS) + tok(a) + 8; }
    const body = claude
      ? { model: "claude-sonnet-4-5", system: SYS, messages: msgs, temperature: k.temp, max_tokens: 8192 }
      : { model: "gpt-4.1", messages: msgs, temperature: k.temp, max_tokens: 4096 };
    if (k.nocap) delete body.max_tokens;
    const usage = { prompt_tokens: prompt, completion_tokens: ans };
    lines.push({ ts: t, key, ...net(r), method: "POST", path: claude ? "/v1/messages" : "/v1/chat/completions", body, usage, _k: "h" });
  }
  return lines;
}

const cases = [
  { name: "ctl-ask", label: "control: the ask as the input turn, T 0", layout: "ask", temp: 0 },
  { name: "ctl-joined", label: "control: ask + the same instruction in one turn, T 0", layout: "joined", temp: 0 },
  { name: "ctl-t07", label: "control: handed-over layout at T 0.7 (no re-run)", layout: "handed", temp: 0.7 },
  { name: "atk", label: "ATTACK: ask handed over + fixed instruction, T 0", layout: "handed", temp: 0 },
  { name: "atk-goon", label: "attack with a bare 'Go on.' as the fixed turn", layout: "handed", temp: 0, input: "Go on." },
  { name: "atk-nocap", label: "attack, no output cap", layout: "handed", temp: 0, nocap: true },
  { name: "atk-claude", label: "attack on /v1/messages (Sonnet, max_tokens 8,192)", layout: "handed", temp: 0, route: "messages" },
  { name: "ctl-cot", label: "control: chain-of-thought ask as the input turn, T 0", layout: "ask", temp: 0, cot: true },
  { name: "atk-cot", label: "attack with a chain-of-thought ask handed over", layout: "handed", temp: 0, cot: true },
  { name: "ctl-claude", label: "control on /v1/messages: the ask as the input turn", layout: "ask", temp: 0, route: "messages" },
];
const seed = Number(process.argv[2] ?? 66101);
const res = {};
for (const k of cases) {
  const f = figures(replay(`r66-1-${k.name}-${seed}`, build(k, seed)));
  res[k.name] = f;
  show(`${k.label}`, f);
}
console.log(`(seed ${seed}; gpt-4.1 max_tokens 4,096 unless said, answers 1,400-3,600 tokens, one ask every 20-60 s)`);
console.log("threshold: attack >= 80 % of answer tokens in full and >= 50 points above the better of the two controls without the layout (ask turn, joined turn)");
const a = res["atk"].tokPct, c = Math.max(res["ctl-ask"].tokPct, res["ctl-joined"].tokPct);
console.log(`${a >= 80 && a - c >= 50 ? "REPRODUCED" : "not reproduced"}: attack ${a.toFixed(1)} % of tokens in full, better control ${c.toFixed(1)} %`);
