import { rng, diurnalTimes, STUDENT_PROFILE, replay, figures, fmt, usageOf, sampleReasons } from "./common.mjs";
import { subjAsk, LONG_SUBJECTS } from "./edu.mjs";
const seed = Number(process.argv[2] || 1);
const variant = process.argv[3] || "abcd";   // abcd | paren | inline
const perDay = Number(process.argv[4] || 1500);
const r = rng(seed * 13 + variant.length);
const SYS = "You are the explanation engine of ExamBuddy, a revision app for secondary-school exams. The student has just answered a practice question. Tell them whether they were right, explain the correct answer clearly, and say briefly why each other option is wrong. Use short paragraphs.";
const OPTS = ["the first statement", "the second statement", "none of the above", "both of them"];
function mcq(r, subj) {
  const stem = subjAsk(r, subj).replace(/\?$/, "") ;
  const opts = [r.int(2, 99), r.int(2, 99), r.int(2, 99), r.int(2, 99)].map((x, i) => `${subj === "history" || subj === "literature" || subj === "biology" || subj === "geography" ? r.pick(["It increased trade", "It reduced the power of the nobility", "It caused rapid urban growth", "It had no lasting effect", "It was driven by religious reform", "It depended on climate"]) : x + " " + r.pick(["m", "g", "mol", "%", "N", "s", "units"])}`);
  const lab = variant === "abcd" ? ["A.", "B.", "C.", "D."] : variant === "paren" ? ["(1)", "(2)", "(3)", "(4)"] : ["a)", "b)", "c)", "d)"];
  const choice = r.int(0, 3);
  const correct = r.int(0, 3);
  const qn = r.int(1, 40);
  if (variant === "inline") return `Question ${qn}: ${stem}? Options: ${opts.map((o, i) => `${lab[i]} ${o}`).join("; ")}.\nStudent's choice: ${lab[choice]} Correct: ${lab[correct]}`;
  return `Question ${qn}: ${stem}?\n${opts.map((o, i) => `${lab[i]} ${o}`).join("\n")}\nStudent's answer: ${lab[choice].replace(/[.()]/g, "")}\nAnswer: ${lab[correct].replace(/[.()]/g, "")}`;
}
const times = diurnalTimes(r, { days: 3, perDay, profile: STUDENT_PROFILE, tz: 0 });
const lines = [];
for (const ts of times) {
  const subj = r.pick(LONG_SUBJECTS);
  const content = mcq(r, subj);
  const comp = r.chance(Number(process.env.LONGP ?? 0.3)) ? r.int(550, 950) : r.int(180, 480);
  const body = { model: "gpt-4.1-mini", max_tokens: 1200, temperature: 0.3, messages: [{ role: "system", content: SYS }, { role: "user", content }] };
  lines.push({ ts, key: "sk-exambuddy", ip: "35.190.2.20", asn: 15169, country: "GB", method: "POST", path: "/v1/chat/completions", body, usage: usageOf(body, comp) });
}
const res = replay(`tried-exam-${variant}-${seed}`, lines);
const f = figures(res, "sk-exambuddy");
console.log(variant, fmt(f));
console.log(JSON.stringify(sampleReasons(res, "sk-exambuddy", 1)));
console.log(lines[0].body.messages[1].content);
