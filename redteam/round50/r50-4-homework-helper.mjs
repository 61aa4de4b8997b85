// R50-4: a homework-help app (one key, thousands of students, several countries, round the clock) whose system
// prompt asks for step-by-step worked explanations, across school subjects. Control: the same app whose prompt says
// "explain clearly" instead of "step by step".
import { rng, tok, chatUsage, runReplay, summarize, PRO } from "./lib50.mjs";

const SYS = (sbs) => `You are StudyBuddy, a friendly tutor for secondary-school students (ages 12-18).
${sbs ? "Always explain your solution step by step, numbering each step, and" : "Always explain your solution clearly, and"} finish with a one-line summary of the answer.
Do not just give the final answer: show the working so the student can learn the method. Use simple language and LaTeX for formulas.
If the question is not about school work, gently steer the student back. Answer in the student's language.`;
const Q = {
  en: ["Solve {a}x + {b} = {c} and check your answer.", "A car travels {a} km in {b} hours. What is its average speed in m/s?", "Factorise x^2 + {a}x + {b}.",
       "Why did the Roman Empire split into East and West?", "Balance the equation: Fe + O2 -> Fe2O3.", "What is the derivative of {a}x^3 - {b}x + {c}?",
       "How does photosynthesis produce glucose? My test is tomorrow.", "Find the area of a triangle with sides {a}, {b} and {c} cm.", "What caused the French Revolution?",
       "Explain Newton's second law with an example of a {a} kg box.", "How many moles are in {a} g of NaCl?", "Probability of getting at least one six in {a} dice throws?",
       "How do I write a good thesis statement for an essay about {topic}?", "What is the difference between mitosis and meiosis?", "Convert {a}/{b} to a decimal and a percentage."],
  es: ["Resuelve {a}x - {b} = {c}.", "¿Cuál es la derivada de {a}x^2 + {b}x?", "¿Por qué empezó la Primera Guerra Mundial?", "Calcula la energía cinética de un cuerpo de {a} kg a {b} m/s."],
  de: ["Löse die Gleichung {a}x + {b} = {c}.", "Wie funktioniert die Fotosynthese?", "Berechne die Fläche eines Kreises mit Radius {a} cm.", "Was waren die Ursachen der Weimarer Republik Krise?"],
  fr: ["Résous {a}x + {b} = {c}.", "Quelle est la dérivée de {a}x^3 ?", "Pourquoi la Révolution française a-t-elle commencé ?", "Calcule la masse molaire de H2SO4."],
  pt: ["Resolva {a}x + {b} = {c}.", "Como funciona a fotossíntese?", "Qual a probabilidade de tirar {a} caras em {b} lançamentos?"],
};
function build(seed, key, sbs) {
  const r = rng(seed);
  const out = [];
  const t0 = Date.UTC(2026, 2, 2, 0, 0, 0);
  let t = t0;
  while (t < t0 + 2 * 86400000) {
    const h = new Date(t).getUTCHours();
    const rate = (h >= 14 && h <= 22) ? 1 / 6 : (h >= 6 && h < 14) ? 1 / 15 : 1 / 40; // after-school peaks (EU + Americas)
    t += Math.round(-Math.log(1 - r()) / rate * 1000);
    const lang = r() < 0.6 ? "en" : r.pick(["es", "de", "fr", "pt"]);
    const q = r.pick(Q[lang]).replace(/\{(\w+)\}/g, (_, k) => k === "topic" ? r.pick(["climate change", "social media", "school uniforms", "Macbeth"]) : String(r.int(2, 60)));
    const body = { model: "gpt-4o-mini", max_tokens: 1500, messages: [{ role: "system", content: SYS(sbs) }, { role: "user", content: q }] };
    out.push({ ts: t, key, ip: `35.190.${r.int(0, 3)}.${r.int(1, 254)}`, asn: 15169, country: "US", method: "POST", path: "/v1/chat/completions", body, usage: chatUsage(body, r.int(280, 820)) });
  }
  return out;
}
const a1 = runReplay("r50-4a", build(801, "studybuddy-stepbystep", true), PRO);
const a2 = runReplay("r50-4b", build(802, "studybuddy-clearly", false), PRO);
const a = { dec: [...a1.dec, ...a2.dec.map((d) => ({ ...d, i: d.i + a1.lines.length }))], lines: [...a1.lines, ...a2.lines] };
const t = summarize("R50-4 homework helper, 2 days round the clock (students in EU + Americas)", a, {
  "step-by-step prompt": (k) => k.endsWith("stepbystep"), "control (explain clearly)": (k) => k.endsWith("clearly") });
let cut = 0; for (const d of a.dec) if (d.key.endsWith("stepbystep") && d.degraded && a.lines[d.i].usage.completion_tokens > 512) cut++;
console.log(`  worked solutions cut at the 512-token cap: ${cut}`);
const s = t["step-by-step prompt"];
console.log(s.chal + s.block > 0 ? "REPRODUCED (challenged/blocked)" : s.deg > s.n / 2 ? "REPRODUCED (degraded)" : "not reproduced");
