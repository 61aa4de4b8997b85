// R50-6: the homework-help app of R50-4 prompted the Anthropic-guide way (think in <thinking> tags, answer in
// <answer>), with no "step by step"; its answers carry the thinking too. Control: the same app whose prompt says
// "explain clearly", without the tags.
import { runReplay, summarize, PRO } from "./lib50.mjs";
import { homeworkTrace } from "./homework.mjs";

const SYS = (sbs) => `You are StudyBuddy, a friendly tutor for secondary-school students (ages 12-18).
Always explain your solution clearly and finish with a one-line summary of the answer.${sbs ? "\nFirst work out the problem for yourself inside <thinking> tags, then write what the student sees inside <answer> tags; only <answer> is shown." : ""}
Do not just give the final answer: show the working so the student can learn the method. Use simple language and LaTeX for formulas.
If the question is not about school work, gently steer the student back. Answer in the student's language.`;
const a1 = runReplay("r50-6a", homeworkTrace(801, "studybuddy-thinkingtags", SYS(true), (r) => r.int(150, 400)), PRO);
const a2 = runReplay("r50-6b", homeworkTrace(802, "studybuddy-clearly", SYS(false)), PRO);
const a = { dec: [...a1.dec, ...a2.dec.map((d) => ({ ...d, i: d.i + a1.lines.length }))], lines: [...a1.lines, ...a2.lines] };
const t = summarize("R50-6 homework helper, 2 days round the clock (students in EU + Americas)", a, {
  "<thinking>-tag prompt": (k) => k.endsWith("thinkingtags"), "control (explain clearly)": (k) => k.endsWith("clearly") });
let cut = 0; for (const d of a.dec) if (d.key.endsWith("thinkingtags") && d.degraded && a.lines[d.i].usage.completion_tokens > 512) cut++;
console.log(`  worked solutions cut at the 512-token cap: ${cut}`);
const s = t["<thinking>-tag prompt"];
console.log(s.chal + s.block > 0 ? "REPRODUCED (challenged/blocked)" : s.deg > s.n / 2 ? "REPRODUCED (degraded)" : "not reproduced");
