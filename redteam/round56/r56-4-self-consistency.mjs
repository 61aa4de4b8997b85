// R56-4: a homework app's answer checker uses self-consistency (Wang et al. 2022): it samples 5
// worked solutions (`n` 5, temperature 0.8, max_tokens 700, 220-460 tokens each) and shows the
// majority answer. It is degraded from its 6th request: `n` forced to 1, so the vote has one voter.
// Controls: the same checker asking once (`n` 1); the same vote over short solutions (90-200 tokens).
import { rng, T0, writeTrace, replay, summarise, show, topReasons, tok, arrivals, CONSUMER, PRO } from "./lib56.mjs";
const Q = {
  en: ["A train leaves at {h}:{m} and travels {d} km at {v} km/h. When does it arrive?", "A jacket costs {p} euros and is reduced by {q} percent. What is the new price?", "The sum of two numbers is {d} and their difference is {a}. Find the numbers.", "A rectangle has a perimeter of {d} cm and one side of {a} cm. What is its area?", "Solve for x: {a}x + {b} = {d}.", "A recipe for {a} people needs {p} g of flour. How much for {b} people?"],
  de: ["Ein Zug fährt um {h}:{m} ab und legt {d} km mit {v} km/h zurück. Wann kommt er an?", "Eine Jacke kostet {p} Euro und wird um {q} Prozent reduziert. Wie viel kostet sie jetzt?", "Löse nach x auf: {a}x + {b} = {d}.", "Ein Rechteck hat den Umfang {d} cm und eine Seite von {a} cm. Wie groß ist die Fläche?"],
  es: ["Un tren sale a las {h}:{m} y recorre {d} km a {v} km/h. ¿A qué hora llega?", "Una chaqueta cuesta {p} euros y tiene un descuento del {q} %. ¿Cuál es el precio final?", "Resuelve: {a}x + {b} = {d}.", "La suma de dos números es {d} y su diferencia es {a}. ¿Cuáles son?"],
  fr: ["Un train part à {h}h{m} et parcourt {d} km à {v} km/h. À quelle heure arrive-t-il ?", "Une veste coûte {p} euros et bénéficie d'une remise de {q} %. Quel est le nouveau prix ?", "Résous : {a}x + {b} = {d}.", "Un rectangle a un périmètre de {d} cm et un côté de {a} cm. Quelle est son aire ?"],
  pl: ["Pociąg odjeżdża o {h}:{m} i pokonuje {d} km z prędkością {v} km/h. O której przyjedzie?", "Kurtka kosztuje {p} zł i jest przeceniona o {q} procent. Ile kosztuje teraz?", "Rozwiąż równanie: {a}x + {b} = {d}."],
  pt: ["Um comboio parte às {h}:{m} e percorre {d} km a {v} km/h. A que horas chega?", "Um casaco custa {p} euros com desconto de {q} %. Qual é o preço final?", "Resolve: {a}x + {b} = {d}."],
  ja: ["電車が{h}時{m}分に出発し、時速{v}kmで{d}km走ります。到着時刻は？", "{p}円のジャケットが{q}%引きです。値段はいくらですか。", "方程式を解きなさい：{a}x + {b} = {d}"],
};
const SYS = "You are the checking engine of a homework app. Solve the student's problem, showing the working a teacher would expect, then write the final result on the last line as 'Answer: <value>'. Answer in the student's language.";
function app({ n, lo, hi, seed = 564 }) {
  const r = rng(seed); const ev = [];
  const fillQ = (s) => s.replace(/\{h\}/g, () => r.int(6, 20)).replace(/\{m\}/g, () => String(r.int(0, 59)).padStart(2, "0")).replace(/\{d\}/g, () => r.int(20, 900)).replace(/\{v\}/g, () => r.int(40, 200)).replace(/\{p\}/g, () => r.int(15, 400)).replace(/\{q\}/g, () => r.int(5, 60)).replace(/\{a\}/g, () => r.int(2, 19)).replace(/\{b\}/g, () => r.int(1, 99));
  for (let day = 0; day < 3; day++) for (const t of arrivals(r, T0 + day * 86400e3, 24, 120, CONSUMER)) {
    const lang = r.pick(Object.keys(Q)); const q = fillQ(r.pick(Q[lang]));
    let ct = 0; for (let i = 0; i < n; i++) ct += r.int(lo, hi);
    const body = { model: "gpt-4.1-mini", temperature: 0.8, max_tokens: 700, messages: [{ role: "system", content: SYS }, { role: "user", content: q }] };
    if (n > 1) body.n = n;
    ev.push({ ts: t, key: "sk-mathcheck-eu", ip: `203.0.113.${r.int(2, 250)}`, method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: tok(SYS) + tok(q) + 14, completion_tokens: ct } });
  }
  return ev;
}
const res = {};
for (const [name, label, opt] of [["vote5", "self-consistency: n 5, solutions of 220-460 tokens", { n: 5, lo: 220, hi: 460 }], ["single", "control: n 1, same solutions", { n: 1, lo: 220, hi: 460 }], ["vote5-short", "control: n 5, short solutions of 90-200 tokens", { n: 5, lo: 90, hi: 200 }]]) {
  const tr = writeTrace(`r56-4-${name}`, app(opt)); const dec = replay(tr, PRO); const per = summarise(tr, dec);
  console.log(label); show(name, per); const s = [...per.values()][0]; console.log("    reasons: " + topReasons(s, 4).join(" | "));
  res[name] = s;
}
const ok = res.vote5.degraded >= 0.9 * res.vote5.n && res["vote5-short"].degraded <= 0.01 * res["vote5-short"].n;
console.log(ok ? "REPRODUCED" : "not reproduced");
