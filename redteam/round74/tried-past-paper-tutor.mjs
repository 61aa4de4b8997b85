import { rng, diurnalTimes, STUDENT_PROFILE, replay, figures, fmt, usageOf, sampleReasons } from "./common.mjs";
import { subjAsk, STEP, LONG_SUBJECTS } from "./edu.mjs";
const seed = Number(process.argv[2] || 1);
const variant = process.argv[3] || "step";   // step | worded | none
const perDay = Number(process.argv[4] || 1500);
const longShare = Number(process.argv[5] || 0.1);
const stepShare = Number(process.argv[6] || 0.5);
const r = rng(seed * 17 + variant.length);
const SYS = "You are StudyMate, an AI tutor for high-school students preparing for their final exams. Be encouraging and accurate. Use headings and LaTeX for formulas where it helps.";
const times = diurnalTimes(r, { days: 3, perDay, profile: STUDENT_PROFILE, tz: 0 });
const lines = [];
const subjects = ["physics", "chemistry", "biology", "algebra", "economics", "history"];
for (const ts of times) {
  const subj = r.pick(subjects);
  let content, comp;
  if (r.chance(longShare)) {
    const q = subjAsk(r, subj);
    content = variant === "step" ? `Past paper question: ${q} Give me the full model answer step by step, like the mark scheme.` : `Past paper question: ${q} Give me the full model answer with all the working, like the mark scheme.`;
    comp = r.int(1100, 1800);
  } else {
    const q = subjAsk(r, subj);
    content = r.chance(stepShare) ? `${q} ${r.pick(STEP.en)}.` : q;
    comp = r.int(180, 380);
  }
  const body = { model: "gpt-4.1", max_tokens: 2000, messages: [{ role: "system", content: SYS }, { role: "user", content }] };
  lines.push({ ts, key: "sk-studymate", ip: "35.190.9.9", asn: 15169, country: "GB", method: "POST", path: "/v1/chat/completions", body, usage: usageOf(body, comp) });
}
const res = replay(`tried-pastpaper-${variant}-${seed}`, lines);
const f = figures(res, "sk-studymate");
console.log(variant, fmt(f));
console.log(JSON.stringify(sampleReasons(res, "sk-studymate", 1)));
