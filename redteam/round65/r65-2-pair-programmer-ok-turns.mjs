// R65-2: an aider-style pair-programming backend sends its context (few-shot example, repo map,
// the files in the chat) as user turns each answered "Ok." before the developer's ask. Those
// acknowledgement turns were never sent as input turns, so the guard reads every request of a real
// multi-ask session as a fabricated history (self-contained), and the tool's own system prompt
// ("Think step-by-step and explain the needed changes in a few short sentences") then counts as a
// chain-of-thought ask on a self-contained request. The same sessions with the context inside the ask turn are served in full.
import { run, show } from "./lib.mjs";
import { pairProgrammer } from "./products.mjs";

console.log("R65-2  pair-programming backend (aider layout), gpt-4.1, no max_tokens, 3 days, ~160 -> 210 sessions a day, 2-9 asks each");
const cases = [
  ["aider layout (Ok. turns), its step-by-step line", {}],
  ["  seed 2", { seed: 66002 }],
  ["reference: aider layout, no step-by-step line", { stepCue: false }],
  ["aider layout, step line, max_tokens 1,400", { maxTokens: 1400 }],
  ["aider layout on Claude (/v1/messages, max_tokens 8,192)", { anthropic: true }],
  ["control: Claude, context in the ask turn", { anthropic: true, okTurns: false }],
  ["aider layout, one developer (~8 sessions/day)", { sessionsPerDay: 8 }],
  ["control: context in the ask turn, step line", { okTurns: false }],
  ["control: context in the ask turn, no step line", { okTurns: false, stepCue: false }],
];
const res = {};
for (const [label, o] of cases) { const f = run("r65-2-" + label.replace(/[^a-z0-9]+/gi, "-"), pairProgrammer(o)); res[label] = f; show(label, f); }
const a = res[cases[0][0]], b = res[cases[1][0]], c = res["control: context in the ask turn, step line"], d = res["control: context in the ask turn, no step line"];
const ok = a.degPct >= 50 && b.degPct >= 50 && c.degPct <= 5 && d.degPct <= 5;
console.log(`threshold: aider layout (2 seeds) >= 50 % degraded and both controls <= 5 %: ${a.degPct.toFixed(1)} / ${b.degPct.toFixed(1)} vs ${c.degPct.toFixed(1)} / ${d.degPct.toFixed(1)}`);
console.log(ok ? "R65-2 REPRODUCED" : "R65-2 not reproduced");
