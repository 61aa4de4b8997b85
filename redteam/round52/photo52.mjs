// The photo homework solver of R52-1 and R52-5 (traffic generator only): a photo homework solver (Photomath-like) on one backend key. The student snaps a
// photo; the backend sends the image alone (no typed text) under a localised system prompt
// that asks for a step-by-step solution, and ~35 % of sessions follow up in text.
// Variants: A image only (the product), B the same with a one-line typed caption, C the problem typed.
import { rng, pick, int, arrivals, T0, H, S } from "./lib52.mjs";
export const SPIKE_AT = T0 + 20 * H, SPIKE_LEN = 30 * 60000;

const SYS = {
  en: "You are SnapSolve, a math tutor for students aged 11-18. The student sends a photo of one exercise. Read the exercise in the photo and solve it step by step, explaining each step in simple words. End with the final answer in bold. If the photo is unreadable, ask for a clearer photo.",
  es: "Eres SnapSolve, un tutor de matemáticas para estudiantes de 11 a 18 años. El estudiante envía una foto de un ejercicio. Lee el ejercicio de la foto y resuélvelo paso a paso, explicando cada paso con palabras sencillas. Termina con la respuesta final en negrita.",
  pt: "Você é o SnapSolve, um tutor de matemática para estudantes de 11 a 18 anos. O aluno envia uma foto de um exercício. Leia o exercício da foto e resolva passo a passo, explicando cada passo com palavras simples. Termine com a resposta final em negrito.",
  de: "Du bist SnapSolve, ein Mathe-Tutor für Schülerinnen und Schüler von 11 bis 18 Jahren. Die Person schickt ein Foto einer Aufgabe. Lies die Aufgabe auf dem Foto und löse sie Schritt für Schritt, und erkläre jeden Schritt in einfachen Worten. Schließe mit dem Endergebnis in Fettschrift.",
  ja: "あなたはSnapSolve、11〜18歳の生徒のための数学の家庭教師です。生徒は問題の写真を1枚送ります。写真の問題を読み取り、一歩一歩解いて、各ステップをやさしい言葉で説明してください。最後に答えを太字で示してください。",
  hi: "आप SnapSolve हैं, 11 से 18 वर्ष के छात्रों के लिए गणित ट्यूटर। छात्र एक प्रश्न की फोटो भेजता है। फोटो में दिए प्रश्न को पढ़ें और उसे चरण दर चरण हल करें, हर चरण को सरल शब्दों में समझाएँ। अंत में अंतिम उत्तर बोल्ड में लिखें।",
};
const FOLLOW = {
  en: ["why did you divide by 3 there?", "can you explain step 2 again?", "what if the exponent was negative?", "thanks! is there a faster way?"],
  es: ["¿por qué divides entre 3 ahí?", "¿puedes explicar otra vez el paso 2?", "¿y si el exponente fuera negativo?"],
  pt: ["por que você dividiu por 3 aí?", "pode explicar o passo 2 de novo?", "e se o expoente fosse negativo?"],
  de: ["warum teilst du dort durch 3?", "kannst du Schritt 2 nochmal erklären?", "und wenn der Exponent negativ wäre?"],
  ja: ["なぜそこで3で割るのですか？", "ステップ2をもう一度説明してください", "指数が負ならどうなりますか？"],
  hi: ["आपने वहाँ 3 से भाग क्यों दिया?", "क्या आप चरण 2 फिर से समझा सकते हैं?", "अगर घातांक ऋणात्मक होता तो?"],
};
const TYPED = {
  en: ["Solve for x: 3x + 7 = 22", "Find the derivative of f(x) = x^3 - 4x^2 + 2", "A train travels 180 km in 2.5 hours. What is its average speed?", "Factor x^2 - 5x + 6", "What is the area of a circle with radius 7 cm?"],
  es: ["Resuelve: 2x - 5 = 11", "Calcula la hipotenusa si los catetos miden 6 y 8", "Simplifica (3a^2 b)(4ab^3)"],
  pt: ["Resolva: 5x + 3 = 2x + 18", "Qual é a área de um triângulo de base 10 e altura 6?", "Calcule 15% de 240"],
  de: ["Löse die Gleichung 4x - 9 = 3x + 2", "Berechne das Volumen eines Zylinders mit r = 3 und h = 10", "Vereinfache (x^2 - 9)/(x - 3)"],
  ja: ["方程式 2x + 3 = 11 を解きなさい", "半径5cmの円の面積を求めなさい", "x^2 - 7x + 12 を因数分解しなさい"],
  hi: ["हल कीजिए: 3x - 4 = 11", "एक आयत की लंबाई 12 और चौड़ाई 5 है, विकर्ण ज्ञात कीजिए", "240 का 15% ज्ञात कीजिए"],
};
const LANGS = ["en", "en", "en", "es", "es", "pt", "de", "ja", "hi"];

export function gen(variant, seed, follow = 0.35, spike = 0) {
  const r = rng(seed);
  const key = `sk-snapsolve-${variant}`;
  const lines = [];
  const starts = arrivals(r, T0, T0 + 48 * H, 240); // peak 240 sessions/h, 2 days
  const SP = spike;
  if (SP) { for (let t = SPIKE_AT; t < SPIKE_AT + SPIKE_LEN; ) { t += Math.round(-Math.log(1 - r()) * (60000 / SP)); starts.push(t); } starts.sort((a, b) => a - b); }
  let photo = 0;
  for (const t0 of starts) {
    const lang = pick(r, LANGS);
    const id = `${seed}-${photo++}`;
    let userContent;
    const img = { type: "image_url", image_url: { url: `https://cdn.snapsolve.app/u/${(photo * 2654435761 >>> 0).toString(16)}/${id}.jpg` } };
    if (variant === "A") userContent = [img];
    else if (variant === "B") userContent = [{ type: "text", text: pick(r, ["solve this", "help", "resuelve esto", "???", "Aufgabe 3b", "これ"]) }, img];
    else userContent = pick(r, TYPED[lang]) + ` (#${photo % 97})`;
    const messages = [{ role: "system", content: SYS[lang] }, { role: "user", content: userContent }];
    const c1 = int(r, 220, 760);
    const p1 = variant === "C" ? 120 : 880;
    lines.push({ ts: t0, key, ip: `100.64.${int(r, 0, 3)}.${int(r, 2, 250)}`, asn: 16509, country: "US", method: "POST", path: "/v1/chat/completions",
      body: { model: "gpt-4o", temperature: 0.2, max_tokens: 1200, messages }, usage: { prompt_tokens: p1, completion_tokens: c1 } });
    if (r() < follow) {
      const ans = "Step 1: ... Step 2: ... **Answer**";
      const t1 = t0 + int(r, 40, 180) * S;
      lines.push({ ts: t1, key, ip: `100.64.${int(r, 0, 3)}.${int(r, 2, 250)}`, asn: 16509, country: "US", method: "POST", path: "/v1/chat/completions",
        body: { model: "gpt-4o", temperature: 0.2, max_tokens: 1200, messages: [...messages, { role: "assistant", content: ans + " ".repeat(0) + `(${id})` }, { role: "user", content: pick(r, FOLLOW[lang]) }] },
        usage: { prompt_tokens: p1 + c1 + 20, completion_tokens: int(r, 80, 300) } });
    }
  }
  return lines;
}

