// R58-1: a teachers' quiz generator. Teachers paste a lesson; the app asks for five
// multiple-choice questions. The system prompt is the kind a product manager writes
// ("come up with diverse questions", options "A. B. C. D.", an "Answer:" line, a rubric of
// numbered rules). Three days, school-hours arrivals in several time zones, ~15 % follow-ups.
import { rng, arrivals, T0, toks, writePolicy, replaySdk, summarize, show } from "./lib58.mjs";
import { lesson } from "./texts58.mjs";

const SYS_PIPELINE = `You are QuizForge, an assistant that helps teachers build classroom quizzes.
Given the lesson text the teacher pastes, come up with 5 diverse multiple-choice questions that test understanding, not memorisation.
Follow these rules:
1. Each question must be answerable from the lesson alone.
2. Vary the difficulty: two easy, two medium, one hard question.
3. Write four options labelled A. B. C. D. with exactly one correct option.
4. Make the wrong options plausible; avoid "all of the above".
5. After the options write a line "Answer:" with the correct letter and a one-sentence explanation.
6. Write the questions in the language of the lesson.
7. Keep each question under 40 words.
8. Do not repeat the same question type twice in a row.
Output only the numbered questions.`;

const SYS_PLAIN = `You are QuizForge, an assistant that helps teachers build classroom quizzes.
Write five multiple-choice questions about the lesson the teacher pastes, each with four options and the correct answer marked, in the language of the lesson. Output only the questions.`;

const FOLLOW = ["Make question 3 a bit easier please.", "Can you replace question 5 with one about the causes?", "Add one more hard question.", "Hazlo un poco más difícil.", "Bitte Frage 2 umformulieren, sie ist zu lang.", "Peux-tu ajouter une question sur la conclusion ?", "Translate the quiz into English for the bilingual class."];

function gen(seed, sys) {
  const r = rng(seed);
  const evs = [];
  // three regional peaks: Europe 9 UTC, Americas 15 UTC, Asia 3 UTC
  const ts = [...arrivals(r, { hours: 72, peakPerHour: 70, peakUtc: 9 }), ...arrivals(r, { hours: 72, peakPerHour: 60, peakUtc: 16 }), ...arrivals(r, { hours: 72, peakPerHour: 25, peakUtc: 3 })].sort((a, b) => a - b);
  for (const t of ts) {
    const L = lesson(r);
    const ip = `203.0.113.${r.int(2, 9)}`; // the app's backend egress
    const messages = [{ role: "system", content: sys }, { role: "user", content: L.text }];
    const ans = r.int(380, 680);
    const user = `teacher-${r.int(1, 4000)}`;
    evs.push({ ts: t, key: "sk-quizforge-prod", ip, asn: 64500, country: "DE", method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4o-mini", messages, max_tokens: 1500, temperature: 0.7, user }, usage: { prompt_tokens: toks(sys + L.text) + 12, completion_tokens: ans } });
    if (r.chance(0.15)) {
      const prev = "1. " + "x".repeat(ans * 4 - 3);
      const t2 = t + 40e3 + r.int(0, 120e3);
      const fq = r.pick(FOLLOW);
      evs.push({ ts: t2, key: "sk-quizforge-prod", ip, asn: 64500, country: "DE", method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4o-mini", messages: [...messages, { role: "assistant", content: prev.slice(0, 2400) }, { role: "user", content: fq }], max_tokens: 1500, temperature: 0.7, user }, usage: { prompt_tokens: toks(sys + L.text) + ans + 20, completion_tokens: r.int(300, 650) } });
    }
  }
  return evs;
}

const policy = writePolicy("r58-1");
console.log("R58-1 multilingual quiz generator (pro tier, 3 days)");
const b = replaySdk("r58-1-plain-prompt", gen(5801, SYS_PLAIN), policy);
const sb = summarize(b.decisions, b.events);
show("the app with a one-sentence system prompt", sb);
let hrs = null; b.decisions.forEach((d, i) => { if (d.degraded && hrs == null) hrs = ((b.events[i].ts - b.events[0].ts) / 3600e3).toFixed(1); });
console.log(`      first degraded ${hrs} h into the run; quizzes (5 questions, 380-680 tokens) cut at 512: ${sb.cut}`);
const a = replaySdk("r58-1-control-rules-prompt", gen(5801, SYS_PIPELINE), policy);
const sa = summarize(a.decisions, a.events);
show("control: the same traffic under the app's long rules prompt", sa);
console.log(sb.degraded > 0.3 * sb.n && sb.cut > 500 && sa.degraded === 0 ? "REPRODUCED" : "not reproduced");
