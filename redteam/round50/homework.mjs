// The homework helper of R50-4 and R50-6 (one key, students of several countries, round the clock).
import { rng, chatUsage } from "./lib50.mjs";

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
/** Two days of a homework helper's traffic on one key: students' single questions in five
 *  languages, after-school peaks; `system` is its system prompt, `extra(r)` the tokens its answers
 *  add to the worked solution (drawn after the solution's own). */
export function homeworkTrace(seed, key, system, extra = () => 0) {
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
    const body = { model: "gpt-4o-mini", max_tokens: 1500, messages: [{ role: "system", content: system }, { role: "user", content: q }] };
    out.push({ ts: t, key, ip: `35.190.${r.int(0, 3)}.${r.int(1, 254)}`, asn: 15169, country: "US", method: "POST", path: "/v1/chat/completions", body, usage: chatUsage(body, r.int(280, 820) + extra(r)) });
  }
  return out;
}
