// R50-4: a homework-help app (one key, thousands of students, several countries, round the clock) whose system
// prompt asks for step-by-step worked explanations, across school subjects. Control: the same app whose prompt says
// "explain clearly" instead of "step by step".
import { runReplay, summarize, PRO } from "./lib50.mjs";
import { homeworkTrace } from "./homework.mjs";

const SYS = (sbs) => `You are StudyBuddy, a friendly tutor for secondary-school students (ages 12-18).
${sbs ? "Always explain your solution step by step, numbering each step, and" : "Always explain your solution clearly, and"} finish with a one-line summary of the answer.
Do not just give the final answer: show the working so the student can learn the method. Use simple language and LaTeX for formulas.
If the question is not about school work, gently steer the student back. Answer in the student's language.`;
const a1 = runReplay("r50-4a", homeworkTrace(801, "studybuddy-stepbystep", SYS(true)), PRO);
const a2 = runReplay("r50-4b", homeworkTrace(802, "studybuddy-clearly", SYS(false)), PRO);
const a = { dec: [...a1.dec, ...a2.dec.map((d) => ({ ...d, i: d.i + a1.lines.length }))], lines: [...a1.lines, ...a2.lines] };
const t = summarize("R50-4 homework helper, 2 days round the clock (students in EU + Americas)", a, {
  "step-by-step prompt": (k) => k.endsWith("stepbystep"), "control (explain clearly)": (k) => k.endsWith("clearly") });
let cut = 0; for (const d of a.dec) if (d.key.endsWith("stepbystep") && d.degraded && a.lines[d.i].usage.completion_tokens > 512) cut++;
console.log(`  worked solutions cut at the 512-token cap: ${cut}`);
const s = t["step-by-step prompt"];
console.log(s.chal + s.block > 0 ? "REPRODUCED (challenged/blocked)" : s.deg > s.n / 2 ? "REPRODUCED (degraded)" : "not reproduced");
