// Goal 3: an honest-looking app that the docs say is at most degraded ("a tutoring app asking for
// step-by-step answers ... is one channel, so ... never refused"). One backend key of a homework-help
// app with students in several countries: one system prompt, each student's question in their own
// language, step-by-step explanations, 24 h traffic (time zones), human gaps between students.
// node gen-tutor.mjs OUT.jsonl langs(comma list of en,es,ru,zh,ja,ko,ar,hi) days seed
import { rng, corpus, stripTemplate, Trace, T0, DAY } from "./lib.mjs";
const [out, langsA = "en,es,ru,zh,ja,ar", daysA = "2", seedA = "1"] = process.argv.slice(2);
const r = rng(Number(seedA));
const en = corpus("distill_gsm8k_cot").map((x) => stripTemplate(x.text)).filter((t) => t.length < 600);
const Q = {
  en: () => r.pick(en),
  es: () => `Tengo una tarea: si un tren recorre ${r.int(20, 300)} km en ${r.int(2, 9)} horas, ¿cuál es su velocidad media? No entiendo cómo plantearlo.`,
  ru: () => `Помогите с задачей: у Маши было ${r.int(5, 90)} яблок, она отдала ${r.int(1, 4)} подругам по ${r.int(2, 5)} яблока. Сколько осталось?`,
  zh: () => `请帮我做这道题：一个长方形的长是${r.int(5, 40)}厘米，宽是${r.int(2, 20)}厘米，它的面积和周长各是多少？`,
  ja: () => `この問題がわかりません。りんごが${r.int(10, 99)}個あり、${r.int(2, 9)}人で同じ数ずつ分けると、一人何個で、いくつ余りますか。`,
  ko: () => `이 문제 좀 도와주세요: 사과 ${r.int(10, 99)}개를 ${r.int(2, 9)}명이 똑같이 나누면 한 명당 몇 개이고 몇 개가 남나요?`,
  ar: () => `ساعدني في هذه المسألة: اشترى أحمد ${r.int(2, 12)} كتب بسعر ${r.int(5, 60)} دينار للكتاب الواحد، كم دفع في المجموع؟`,
  hi: () => `कृपया इस सवाल में मदद करें: एक दुकानदार ने ${r.int(10, 99)} पेन ${r.int(2, 9)} रुपये प्रति पेन के हिसाब से बेचे, कुल कितने रुपये मिले?`,
};
const langs = langsA.split(",");
const SYS = "You are Mathly, a patient homework tutor for school students. Reply in the student's language. Explain the solution step by step so the student can follow it, then state the final answer.";
const trace = new Trace();
let seq = 0;
const key = `sk-honest-tutor-${langsA.replace(/,/g, "")}-${seedA}`;
let t = T0;
while (t < T0 + Number(daysA) * DAY) {
  const hour = new Date(t).getUTCHours();
  // the app is global: some load at every hour, more in the afternoons of Europe/Asia/Americas
  const rate = 40 + 30 * Math.sin((hour / 24) * 2 * Math.PI) ** 2; // requests per hour
  t += Math.round((3600000 / rate) * -Math.log(1 - r.next()));
  const body = { model: "gpt-4o-mini", temperature: 0.3, max_tokens: 800, messages: [{ role: "system", content: SYS }, { role: "user", content: Q[r.pick(langs)]() }] };
  trace.add({ ts: t, seq: seq++, key, label: "honest-tutor-" + langsA, ip: "34.120.10.5", asn: 15169, country: "US", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: Math.ceil(JSON.stringify(body).length / 4), completion_tokens: r.int(150, 500) } });
}
trace.write(out);
