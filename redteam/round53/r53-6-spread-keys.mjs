// R53-6: below degrade entirely, on 12 unlinked keys and on one key alike. 12 keys, each its own product
// face (a system prompt in its language, its network, its hours), asks phrased as a product's end
// user would (no "step by step"), a short pasted context so answers are a few times the prompt,
// answers 300-480 tokens, 3 days. Compared with one key carrying the same asks (same total pace).
import * as L from "./lib53.mjs";
const LANG = ["en", "es", "fr", "de", "ja", "pt"];
const SYS = {
  en: ["You are StudyPal, a friendly study companion for college students.", "You are the help assistant of LearnLoop, an online course platform."],
  es: ["Eres Profe Ana, la asistente de la app de estudio Aprende+.", "Eres el tutor virtual de la plataforma EduRed."],
  fr: ["Tu es Léa, l'assistante de révision de l'application BacPlus.", "Tu es le tuteur en ligne de la plateforme CoursFacile."],
  de: ["Du bist Lernfuchs, der Lernbegleiter einer Nachhilfe-App.", "Du bist der Assistent der Lernplattform WissensWerk."],
  ja: ["あなたは学習アプリ「まなびっと」のアシスタントです。", "あなたはオンライン塾「ステップ塾」の質問対応係です。"],
  pt: ["Você é a Bia, assistente do app de estudos EstudaJá.", "Você é o tutor virtual da plataforma AprendaMais."],
};
const CTX = { en: "My notes from class say:", es: "Mis apuntes de clase dicen:", fr: "Mes notes de cours disent :", de: "In meinen Notizen steht:", ja: "授業のノートには次のように書いてあります：", pt: "Minhas anotações da aula dizem:" };
function keyTraffic(k, perDay, days, startHour, keyName, seed) {
  const lang = LANG[k % 6]; const sys = SYS[lang][Math.floor(k / 6) % 2];
  const A = L.shuffle(L.rng(seed), L.asks([lang])); const r = L.rng(seed + 1); const out = [];
  for (let d = 0; d < days; d++) {
    let t = Date.UTC(2026, 11, 1 + d, startHour, Math.floor(r() * 40)); const end = t + 14 * 3600e3; // a 14-hour working day
    const gap = (14 * 3600e3) / perDay;
    for (let i = 0; t < end; i++) { t += gap * Math.exp((r() - 0.5) * 1.6);
      const a = A[(d * 977 + i) % A.length]; const note = L.prose(seed * 31 + d * 1000 + i, 120);
      const user = `${CTX[lang]} ${note}\n\n${a.text}`;
      out.push(L.line(t, keyName, { model: "gpt-4o", messages: [{ role: "system", content: sys }, { role: "user", content: user }], max_tokens: 600 },
        { prompt_tokens: L.approxTokens(sys + user), completion_tokens: 300 + Math.floor(r() * 180) },
        { ip: `${100 + k}.${(k * 37) % 250}.${(k * 11) % 250}.${10 + k}`, asn: 13000 + k * 101, country: ["US", "MX", "FR", "DE", "JP", "BR"][k % 6] }));
    }
  }
  return out;
}
const spread = []; for (let k = 0; k < 12; k++) spread.push(...keyTraffic(k, 700, 3, 6 + (k % 5), `sk-r53-6-tenant-${String(k).padStart(2, "0")}-00000000000`, 5360 + k * 7));
spread.sort((a, b) => a.ts - b.ts);
const dec = L.replay("r53-6-spread", spread);
const per = []; for (let k = 0; k < 12; k++) { const key = `sk-r53-6-tenant-${String(k).padStart(2, "0")}-00000000000`; per.push(L.summarise(spread, dec, (l) => l.key === key)); }
const tot = L.summarise(spread, dec);
const linked = dec.filter((d) => (d.reasons ?? []).some((x) => /link|cohort|network|keys from/i.test(x))).length;
console.log("R53-6 12 unlinked product-faced keys, 700 asks a key a day, 3 days");
per.forEach((s, k) => console.log(`  key ${k}: served ${s.served}, degraded ${s.degraded}, refused ${s.refused}, max score ${s.maxScore.toFixed(2)}`));
console.log("  all keys: " + L.fmt(tot) + `\n  decisions naming linkage/cohort: ${linked}`);
// the same asks through one key (one face, one network)
const one = []; for (let k = 0; k < 12; k++) one.push(...keyTraffic(k, 700, 3, 6 + (k % 5), "sk-r53-6-single-key-000000000000", 5360 + k * 7).map((l) => ({ ...l, ip: "100.1.1.1", asn: 13000 })));
one.sort((a, b) => a.ts - b.ts);
const d1 = L.replay("r53-6-one-key", one); const s1 = L.summarise(one, d1);
console.log("  one key:  " + L.fmt(s1));
// the 12 keys from one host (one IP, one ASN)
const host = spread.map((l) => ({ ...l, ip: "100.2.2.2", asn: 13999, country: "US" }));
const dh = L.replay("r53-6-one-host", host); const sh = L.summarise(host, dh);
const linkedHost = dh.filter((d) => (d.reasons ?? []).some((x) => /link|cohort|network|keys from/i.test(x))).length;
console.log("  12 keys, one host: " + L.fmt(sh) + `\n    decisions naming linkage/cohort: ${linkedHost}`);
const flaggedKeys = per.filter((s) => s.degraded + s.challenge + s.block > 0).length;
console.log(`  spread: ${flaggedKeys} of 12 keys ever degraded, ${tot.gotTokens} completion tokens (${(100 * tot.gotTokens / tot.askedTokens).toFixed(1)} %); one key: ${s1.degraded} degraded, ${s1.gotTokens} tokens`);
console.log(flaggedKeys === 0 && linked === 0 && tot.refused === 0 && s1.degraded === 0 && sh.degraded === 0 ? "REPRODUCED" : "not reproduced");
