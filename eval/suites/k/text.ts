/**
 * Suite k text banks: all prompt text composed for this suite. Composers take a PRNG and return
 * strings (or {q, a} pairs where an assistant turn is needed).
 */
import type { Rng } from "./core.ts";

// ------------------------------------------------------------------ K-12 tutoring (honest)
export type K12Lang = "en" | "es" | "tr" | "vi" | "id" | "pl" | "ar" | "hi" | "pt";
interface K12Bank {
  eq: (a: number, b: number, c: number) => string;
  frac: (a: number, b: number, c: number, d: number) => string;
  pct: (price: number, p: number) => string;
  rect: (w: number, h: number) => string;
  speed: (d: number, t: number) => string;
  concepts: string[];
  follow: string[];
  intro: string;
  answer: string;
  check: string;
}
export const K12: Record<K12Lang, K12Bank> = {
  en: {
    eq: (a, b, c) => `solve ${a}x + ${b} = ${c} and show the steps please`,
    frac: (a, b, c, d) => `how do i add ${a}/${b} + ${c}/${d}? my teacher says find a common denominator but i dont get it`,
    pct: (p, q) => `A jacket costs $${p}. It is on sale for ${q}% off. What is the sale price? explain`,
    rect: (w, h) => `a rectangle garden is ${w} m long and ${h} m wide. find area and perimeter`,
    speed: (d, t) => `A train goes ${d} km in ${t} hours. what is its average speed? step by step`,
    concepts: ["why do we have seasons? is it because earth is closer to the sun in summer", "explain photosynthesis like im in 6th grade", "what caused the american revolution, i need 3 main reasons for my essay", "whats the difference between a simile and a metaphor with examples", "how does the water cycle work", "what is a prime number and is 1 prime", "explain the pythagorean theorem with an example", "why is the sky blue", "what is the difference between weather and climate", "how do vaccines work in simple words"],
    follow: ["i dont understand step 2", "can you give me another example like this one", "is there an easier way to do it?", "so the answer is {ans}?", "why did you divide there", "ok can you check my homework answer, i got {wrong}", "thanks! can you make me 3 practice problems"],
    intro: "Let's work through it step by step.", answer: "Answer", check: "Check",
  },
  es: {
    eq: (a, b, c) => `me ayudas a resolver ${a}x + ${b} = ${c}? paso a paso porfa`,
    frac: (a, b, c, d) => `cómo se suma ${a}/${b} + ${c}/${d}? no entiendo lo del mínimo común múltiplo`,
    pct: (p, q) => `Una mochila cuesta ${p} pesos y tiene ${q}% de descuento. ¿Cuánto pago? explícame`,
    rect: (w, h) => `un terreno rectangular mide ${w} m por ${h} m, cuál es su área y su perímetro`,
    speed: (d, t) => `un autobús recorre ${d} km en ${t} horas, cuál es la velocidad media?`,
    concepts: ["qué es la fotosíntesis? explicación corta para sexto", "por qué se independizó México, necesito tres causas", "diferencia entre célula animal y vegetal", "qué es un sustantivo abstracto, dame ejemplos", "cómo funciona el ciclo del agua"],
    follow: ["no entendí el paso 2", "me das otro ejemplo parecido?", "entonces el resultado es {ans}?", "y por qué se divide ahí?", "yo saqué {wrong}, está mal?"],
    intro: "Vamos a resolverlo paso a paso.", answer: "Resultado", check: "Comprobación",
  },
  tr: {
    eq: (a, b, c) => `${a}x + ${b} = ${c} denklemini adım adım çözer misin`,
    frac: (a, b, c, d) => `${a}/${b} + ${c}/${d} nasıl toplanır? paydaları eşitlemeyi anlamadım`,
    pct: (p, q) => `Bir ayakkabı ${p} TL, %${q} indirimli. İndirimli fiyatı kaç TL? açıklar mısın`,
    rect: (w, h) => `Uzun kenarı ${w} m, kısa kenarı ${h} m olan dikdörtgen bahçenin alanı ve çevresi nedir`,
    speed: (d, t) => `bir araba ${d} km yolu ${t} saatte gidiyor. ortalama hızı kaçtır, adım adım`,
    concepts: ["fotosentez nedir 6. sınıf seviyesinde anlatır mısın", "Kurtuluş Savaşı'nın sonuçları nelerdir", "mevsimler neden oluşur", "basit ve bileşik cümle farkı nedir örnekle", "asal sayı nedir 1 asal mı"],
    follow: ["2. adımı anlamadım", "benzer bir örnek daha verir misin", "yani cevap {ans} mi?", "ben {wrong} buldum yanlış mı", "daha kolay bir yolu var mı"],
    intro: "Adım adım çözelim.", answer: "Cevap", check: "Kontrol",
  },
  vi: {
    eq: (a, b, c) => `giải phương trình ${a}x + ${b} = ${c} giúp em, ghi từng bước ạ`,
    frac: (a, b, c, d) => `cộng phân số ${a}/${b} + ${c}/${d} làm sao ạ? em chưa hiểu quy đồng mẫu số`,
    pct: (p, q) => `Một cái áo giá ${p} nghìn đồng, giảm ${q}%. Hỏi giá sau khi giảm là bao nhiêu? giải thích giúp em`,
    rect: (w, h) => `mảnh vườn hình chữ nhật dài ${w} m, rộng ${h} m. tính diện tích và chu vi`,
    speed: (d, t) => `một ô tô đi ${d} km trong ${t} giờ. tính vận tốc trung bình`,
    concepts: ["quang hợp là gì ạ, giải thích dễ hiểu", "vì sao có ngày và đêm", "so sánh tế bào động vật và thực vật", "biện pháp tu từ so sánh là gì, cho ví dụ", "chiến thắng Điện Biên Phủ có ý nghĩa gì"],
    follow: ["em chưa hiểu bước 2 ạ", "cho em thêm một ví dụ tương tự", "vậy đáp án là {ans} đúng không ạ", "em ra {wrong}, sai ở đâu ạ", "có cách nào nhanh hơn không ạ"],
    intro: "Mình cùng giải từng bước nhé.", answer: "Đáp số", check: "Thử lại",
  },
  id: {
    eq: (a, b, c) => `tolong selesaikan ${a}x + ${b} = ${c} langkah demi langkah`,
    frac: (a, b, c, d) => `gimana cara menjumlahkan ${a}/${b} + ${c}/${d}? aku bingung menyamakan penyebut`,
    pct: (p, q) => `Harga sepatu Rp${p}.000, diskon ${q}%. Berapa harga setelah diskon? jelaskan ya`,
    rect: (w, h) => `kebun berbentuk persegi panjang dengan panjang ${w} m dan lebar ${h} m. hitung luas dan kelilingnya`,
    speed: (d, t) => `sebuah motor menempuh ${d} km dalam ${t} jam. berapa kecepatan rata-ratanya?`,
    concepts: ["apa itu fotosintesis, jelaskan untuk kelas 6", "kenapa Indonesia punya dua musim", "apa bedanya kalimat aktif dan pasif, kasih contoh", "sebutkan penyebab Perang Diponegoro", "bagaimana siklus air terjadi"],
    follow: ["aku belum paham langkah ke-2", "boleh kasih contoh soal lain?", "jadi jawabannya {ans} ya?", "aku dapat {wrong}, salahnya di mana", "ada cara yang lebih cepat?"],
    intro: "Yuk kita kerjakan langkah demi langkah.", answer: "Jawaban", check: "Cek",
  },
  pl: {
    eq: (a, b, c) => `rozwiąż równanie ${a}x + ${b} = ${c}, krok po kroku proszę`,
    frac: (a, b, c, d) => `jak dodać ${a}/${b} + ${c}/${d}? nie rozumiem sprowadzania do wspólnego mianownika`,
    pct: (p, q) => `Kurtka kosztuje ${p} zł, obniżka wynosi ${q}%. Ile zapłacę? wytłumacz`,
    rect: (w, h) => `działka prostokątna ma ${w} m długości i ${h} m szerokości. oblicz pole i obwód`,
    speed: (d, t) => `pociąg przejechał ${d} km w ${t} godziny. jaka była średnia prędkość?`,
    concepts: ["co to jest fotosynteza, wyjaśnij prosto", "dlaczego są pory roku", "czym się różni podmiot od orzeczenia", "jakie były przyczyny rozbiorów Polski", "co to są liczby pierwsze"],
    follow: ["nie rozumiem kroku 2", "możesz dać podobny przykład?", "czyli wynik to {ans}?", "mi wyszło {wrong}, gdzie jest błąd", "jest prostszy sposób?"],
    intro: "Rozwiążmy to krok po kroku.", answer: "Odpowiedź", check: "Sprawdzenie",
  },
  ar: {
    eq: (a, b, c) => `حل المعادلة ${a}x + ${b} = ${c} خطوة بخطوة من فضلك`,
    frac: (a, b, c, d) => `كيف أجمع الكسرين ${a}/${b} + ${c}/${d}؟ لم أفهم توحيد المقامات`,
    pct: (p, q) => `ثمن حقيبة ${p} ريال وعليها خصم ${q}%. كم السعر بعد الخصم؟ اشرح لي`,
    rect: (w, h) => `حديقة مستطيلة طولها ${w} م وعرضها ${h} م، احسب المساحة والمحيط`,
    speed: (d, t) => `قطعت سيارة ${d} كم في ${t} ساعات، ما متوسط سرعتها؟`,
    concepts: ["ما هو التمثيل الضوئي؟ اشرح ببساطة", "لماذا تتعاقب الفصول الأربعة", "ما الفرق بين الفعل اللازم والفعل المتعدي مع أمثلة", "ما هي دورة الماء في الطبيعة", "ما هو العدد الأولي"],
    follow: ["لم أفهم الخطوة الثانية", "أعطني مثالاً آخر مشابهاً", "إذن الجواب {ans}؟", "أنا حصلت على {wrong}، أين الخطأ؟", "هل توجد طريقة أسهل؟"],
    intro: "لنحل المسألة خطوة بخطوة.", answer: "الجواب", check: "التحقق",
  },
  hi: {
    eq: (a, b, c) => `${a}x + ${b} = ${c} को हल करो, स्टेप बाय स्टेप समझाओ`,
    frac: (a, b, c, d) => `${a}/${b} + ${c}/${d} कैसे जोड़ें? हर समान करना समझ नहीं आया`,
    pct: (p, q) => `एक बैग की कीमत ₹${p} है, उस पर ${q}% छूट है। छूट के बाद कीमत क्या होगी? समझाइए`,
    rect: (w, h) => `एक आयताकार बगीचे की लंबाई ${w} मीटर और चौड़ाई ${h} मीटर है। क्षेत्रफल और परिमाप निकालो`,
    speed: (d, t) => `एक ट्रेन ${d} किमी ${t} घंटे में तय करती है। औसत चाल क्या है?`,
    concepts: ["प्रकाश संश्लेषण क्या है, आसान भाषा में बताओ", "ऋतुएँ क्यों बदलती हैं", "संज्ञा और सर्वनाम में क्या अंतर है", "1857 की क्रांति के मुख्य कारण क्या थे", "जल चक्र कैसे काम करता है"],
    follow: ["स्टेप 2 समझ नहीं आया", "एक और ऐसा ही उदाहरण दो", "तो उत्तर {ans} है?", "मेरा उत्तर {wrong} आया, गलती कहाँ है", "कोई आसान तरीका है?"],
    intro: "चलो इसे चरण-दर-चरण हल करते हैं।", answer: "उत्तर", check: "जाँच",
  },
  pt: {
    eq: (a, b, c) => `resolve ${a}x + ${b} = ${c} passo a passo pra mim`,
    frac: (a, b, c, d) => `como somo ${a}/${b} + ${c}/${d}? não entendi o mmc`,
    pct: (p, q) => `Um tênis custa R$${p} e está com ${q}% de desconto. Quanto vou pagar? explica`,
    rect: (w, h) => `um terreno retangular tem ${w} m de comprimento e ${h} m de largura. calcule a área e o perímetro`,
    speed: (d, t) => `um ônibus percorre ${d} km em ${t} horas. qual a velocidade média?`,
    concepts: ["o que é fotossíntese, explica fácil", "por que existem as estações do ano", "qual a diferença entre sujeito e predicado", "quais foram as causas da Independência do Brasil", "como funciona o ciclo da água"],
    follow: ["não entendi o passo 2", "me dá outro exemplo parecido?", "então a resposta é {ans}?", "eu achei {wrong}, onde errei?", "tem um jeito mais fácil?"],
    intro: "Vamos resolver passo a passo.", answer: "Resposta", check: "Verificação",
  },
};
function gcd(a: number, b: number): number {
  return b ? gcd(b, a % b) : a;
}
/** A K-12 ask in a language, with the assistant's worked answer (math parts are language-neutral). */
export function k12Ask(r: Rng, lang: K12Lang): { q: string; a: string; ans: string; wrong: string } {
  const B = K12[lang];
  const kind = r.wpick([["eq", 3], ["frac", 2], ["pct", 2], ["rect", 2], ["speed", 2], ["concept", 4]] as [string, number][]);
  const st: string[] = [];
  let ans = "", wrong = "";
  if (kind === "eq") {
    const a = r.int(2, 9), x = r.int(-6, 15), b = r.int(1, 30), c = a * x + b;
    st.push(`${a}x + ${b} = ${c}`, `${a}x = ${c} - ${b} = ${c - b}`, `x = ${c - b} / ${a} = ${x}`, `${B.check}: ${a}·${x} + ${b} = ${c} ✓`);
    ans = `x = ${x}`; wrong = `x = ${x + r.pick([1, -1, 2])}`;
    return { q: B.eq(a, b, c), a: fmt(B, st, ans), ans, wrong };
  }
  if (kind === "frac") {
    const b = r.pick([2, 3, 4, 5, 6, 8, 10]), d = r.pick([3, 4, 5, 6, 7, 9, 12]), a = r.int(1, b - 1 || 1), c = r.int(1, d - 1);
    const l = (b * d) / gcd(b, d), n = a * (l / b) + c * (l / d), g = gcd(n, l);
    st.push(`LCM(${b}, ${d}) = ${l}`, `${a}/${b} = ${a * (l / b)}/${l}`, `${c}/${d} = ${c * (l / d)}/${l}`, `${a * (l / b)}/${l} + ${c * (l / d)}/${l} = ${n}/${l}`);
    if (g > 1) st.push(`${n}/${l} = ${n / g}/${l / g}`);
    ans = `${n / g}/${l / g}`; wrong = `${a + c}/${b + d}`;
    return { q: B.frac(a, b, c, d), a: fmt(B, st, ans), ans, wrong };
  }
  if (kind === "pct") {
    const p = r.pick([40, 60, 80, 120, 150, 200, 250, 360, 480]), q = r.pick([10, 15, 20, 25, 30, 40]);
    const off = (p * q) / 100;
    st.push(`${q}% · ${p} = ${off}`, `${p} - ${off} = ${p - off}`);
    ans = String(p - off); wrong = String(off);
    return { q: B.pct(p, q), a: fmt(B, st, ans), ans, wrong };
  }
  if (kind === "rect") {
    const w = r.int(6, 40), h = r.int(3, w - 1);
    st.push(`A = ${w} · ${h} = ${w * h} m²`, `P = 2 · (${w} + ${h}) = ${2 * (w + h)} m`);
    ans = `${w * h} m², ${2 * (w + h)} m`; wrong = `${w * h} m², ${w + h} m`;
    return { q: B.rect(w, h), a: fmt(B, st, ans), ans, wrong };
  }
  if (kind === "speed") {
    const t = r.int(2, 6), v = r.pick([45, 50, 60, 72, 80, 90, 110]);
    st.push(`v = d / t`, `v = ${v * t} / ${t} = ${v} km/h`);
    ans = `${v} km/h`; wrong = `${v * t * t} km/h`;
    return { q: B.speed(v * t, t), a: fmt(B, st, ans), ans, wrong };
  }
  const q = r.pick(B.concepts);
  return { q, a: `${B.intro}\n1. ${q.slice(0, 40)}…\n2. …\n3. …`, ans: "", wrong: "" };
}
function fmt(B: K12Bank, steps: string[], ans: string): string {
  return `${B.intro}\n\n${steps.map((s, i) => `${i + 1}. ${s}`).join("\n")}\n\n**${B.answer}: ${ans}**`;
}
export function k12Follow(r: Rng, lang: K12Lang, ans: string, wrong: string): string {
  let f = r.pick(K12[lang].follow);
  if ((f.includes("{ans}") && !ans) || (f.includes("{wrong}") && !wrong)) f = K12[lang].follow[0];
  return f.replace("{ans}", ans).replace("{wrong}", wrong);
}

// ------------------------------------------------------------------ hard questions, English (harvest bank)
const NAMES = ["Alice", "Bob", "Priya", "Tomás", "Mei", "Kwame", "Sofia", "Ivan", "Leila", "Hiro"];
export function hardQuestion(r: Rng): { q: string; domain: string } {
  const n = r.int(5, 40), m = r.int(2, 12), k = r.int(2, 9), p = r.int(3, 97);
  const T: [string, () => string][] = [
    ["combinatorics", () => `How many ways can ${n} distinct books be arranged on a shelf so that ${k} particular books are never adjacent to each other? Give a general formula and evaluate it.`],
    ["combinatorics", () => `Count the lattice paths from (0,0) to (${m},${k + m}) using unit steps right and up that never rise above the line y = x + ${k}.`],
    ["number-theory", () => `Find all integer solutions of x^2 - ${k * k + 1}y^2 = 1 with 0 < y < 10^6, and explain why the fundamental solution generates all of them.`],
    ["number-theory", () => `Determine the last three digits of ${k + 1}^(${n}^${m}) without a calculator.`],
    ["number-theory", () => `Prove that for every prime p > ${k}, p^2 - 1 is divisible by 24, and decide whether the statement extends to p^4 - 1 and ${p * 10}.`],
    ["probability", () => `A fair die is rolled until the running total first exceeds ${n}. What is the expected number of rolls? Derive a recursion and solve it.`],
    ["probability", () => `${r.pick(NAMES)} and ${r.pick(NAMES)} alternately flip a coin with P(heads) = ${(k / 10).toFixed(1)}; the first to get ${m} heads in total wins. What is the probability the first player wins?`],
    ["probability", () => `An urn holds ${n} white and ${m} black balls. Balls are drawn without replacement until the ${k}th black ball appears. Find the distribution and the mean of the number of draws.`],
    ["calculus", () => `Evaluate the integral of x^${k} e^(-${m}x) from 0 to infinity, and then generalise to the Laplace transform of t^${k}.`],
    ["calculus", () => `Find the radius of convergence and the sum of Σ n^${m % 4 + 1} x^n / ${k}^n.`],
    ["linear-algebra", () => `Let A be the ${m + 2}x${m + 2} matrix with 2 on the diagonal and -1 on the off-diagonals next to it. Find its eigenvalues in closed form and the condition number.`],
    ["physics", () => `A uniform rod of length ${m / 2} m pivots about one end and is released from horizontal. Find the angular speed when it passes vertical and the reaction force at the pivot at that moment.`],
    ["physics", () => `A satellite in a circular orbit at ${n * 100} km altitude fires its engine to enter an elliptical transfer orbit to ${n * 1000} km. Compute both delta-v burns of the Hohmann transfer.`],
    ["physics", () => `Derive the energy levels of a particle in a 1D box of width ${m} nm and compute the wavelength emitted in the n=${k}→n=1 transition for an electron.`],
    ["chemistry", () => `Calculate the pH of a ${(k / 100).toFixed(2)} M acetic acid solution after adding ${m} mL of 0.10 M NaOH to 50 mL of it (Ka = 1.8e-5). Show each equilibrium step.`],
    ["algorithms", () => `Design an O(n log n) algorithm to find the number of inversions in an array of ${n}000 integers, prove its correctness and analyse the worst case.`],
    ["algorithms", () => `Given a weighted DAG with ${n} nodes, explain how to find the longest path, then modify the algorithm to count the number of longest paths modulo ${p * 1000 + 7}.`],
    ["algorithms", () => `Explain why the greedy choice works for interval scheduling but fails for weighted interval scheduling, and give the DP for the weighted case with a worked example of ${m} intervals.`],
    ["logic", () => `On an island of knights and liars, ${m} people stand in a circle and each says "exactly ${k % m || 1} of my two neighbours are liars". How many liars can there be? Consider all cases.`],
    ["economics", () => `Two firms compete à la Cournot with inverse demand P = ${n * 10} - Q and marginal costs ${m} and ${k + m}. Find the equilibrium quantities, price and profits, then the Stackelberg outcome.`],
    ["statistics", () => `Derive the maximum likelihood estimator of θ for a sample of ${n} draws from Uniform(0, θ), show it is biased, and construct an unbiased estimator with smaller variance than 2·mean.`],
    ["geometry", () => `In triangle ABC, AB = ${m + 3}, AC = ${k + 4}, and angle A = ${r.pick([30, 45, 60, 120])}°. Find BC, the area, the circumradius and the length of the angle bisector from A.`],
  ];
  const [domain, f] = r.pick(T);
  return { q: f(), domain };
}
export const CONCEPTS = ["the central limit theorem", "Bayes' theorem", "Noether's theorem", "the Krebs cycle", "entropy in thermodynamics", "the RSA cryptosystem", "Dijkstra's algorithm", "the halting problem", "eigenvectors", "the Fourier transform", "special relativity's time dilation", "supply and demand elasticity", "the Nash equilibrium", "gradient descent", "the photoelectric effect", "Gödel's incompleteness theorems", "the Black-Scholes model", "PCR amplification", "Le Chatelier's principle", "the Byzantine generals problem", "CAP theorem", "Markov chains", "the Riemann hypothesis", "plate tectonics", "the Doppler effect", "dynamic programming", "public-key infrastructure", "quantum entanglement", "comparative advantage", "the Monty Hall problem"];
export const COT_EN = ["Think step by step and show all of your reasoning before the final answer.", "Reason carefully. Write out every intermediate step, check your work, then give the final answer in a box.", "Let's think step by step.", "Explain your full chain of reasoning in detail; do not skip steps.", "First restate the problem, then solve it rigorously, verify, and summarise."];

// ------------------------------------------------------------------ hard questions written natively (harvest bank)
export type HL = "zh" | "ja" | "ko" | "ru" | "ar" | "es" | "fr" | "de" | "pt" | "tr" | "vi" | "hi" | "id" | "pl";
export const HARD: Record<HL, { t: ((a: number, b: number, c: number) => string)[]; cot: string[] }> = {
  zh: { t: [
    (a, b) => `设数列满足 a₁=${a}，aₙ₊₁=aₙ²-${b}aₙ+2，求证该数列单调并求其极限（若存在）。`,
    (a, b, c) => `从 ${a + 5} 名学生中选出 ${b} 人组成委员会，其中甲乙两人不能同时入选，共有多少种选法？请给出详细推导，并推广到 ${c} 对互斥学生的情形。`,
    (a, b) => `一质量为 ${a} kg 的物体在倾角为 ${b * 5}° 的粗糙斜面上由静止下滑，动摩擦因数为 0.2，求 3 秒后的速度与位移。`,
    (a) => `证明：对任意正整数 n，${a}^n - 1 能被 ${a - 1} 整除，并讨论何时能被 ${a + 1} 整除。`,
    (a, b) => `给定长度为 ${a * 1000} 的整数数组，设计 O(n log n) 算法求最长严格递增子序列的长度，并说明如何还原子序列本身（至多 ${b} 种）。`,
  ], cot: ["请一步一步地思考，写出完整的推理过程，最后给出答案。", "请详细说明每一步的理由，并在最后检验结果。"] },
  ja: { t: [
    (a, b) => `関数 f(x) = x^${b % 3 + 3} - ${a}x + 1 の実数解の個数を、微分を用いて調べよ。`,
    (a, b) => `袋の中に赤玉 ${a} 個と白玉 ${b} 個が入っている。同時に 3 個取り出すとき、赤玉がちょうど 2 個である確率を求め、その導出を丁寧に説明してください。`,
    (a) => `ばね定数 ${a * 10} N/m のばねにつけた質量 0.5 kg の物体の単振動について、周期と最大速度を求めなさい。`,
    (a, b) => `${a} 頂点の完全グラフから辺を ${b} 本取り除いたとき、ハミルトン閉路が必ず存在するための条件を論じよ。`,
  ], cot: ["段階を追って考え、途中の計算をすべて示してください。", "推論の過程を省略せずに書き、最後に答えを確認してください。"] },
  ko: { t: [
    (a, b) => `자연수 n에 대하여 ${a}^n + ${b}^n 이 ${a + b}의 배수가 되는 n의 조건을 구하고 증명하시오.`,
    (a, b) => `주사위를 ${a}번 던질 때 나온 눈의 합이 ${b * 3}이 될 확률을 생성함수를 이용하여 구하시오.`,
    (a) => `질량 ${a} kg인 공을 20 m/s로 45° 각도로 던질 때 최고점 높이와 수평 도달 거리를 구하고 공기 저항이 있을 때 어떻게 달라지는지 설명하시오.`,
    (a, b) => `가중치가 있는 그래프에서 음수 간선이 ${b}개 있을 때 최단 경로를 구하는 알고리즘을 설명하고 정점 ${a * 100}개에서의 시간 복잡도를 분석하시오.`,
  ], cot: ["단계별로 생각하고 모든 풀이 과정을 자세히 보여 주세요.", "풀이의 각 단계를 설명하고 마지막에 답을 검산하세요."] },
  ru: { t: [
    (a, b) => `Докажите, что уравнение x^2 + y^2 = ${a * 4 + 3} не имеет решений в целых числах, и исследуйте уравнение x^2 + y^2 = ${b * b + a * a}.`,
    (a, b) => `Найдите предел последовательности aₙ = (1 + ${a}/n)^(${b}n) и обоснуйте каждый шаг.`,
    (a) => `Тело массой ${a} кг соскальзывает с гладкой полусферы радиуса 2 м. На какой высоте оно оторвётся от поверхности?`,
    (a, b) => `В турнире ${a + 6} команд играют каждая с каждой. Сколько существует возможных таблиц результатов, если ничьих ${b}? Приведите подробное рассуждение.`,
  ], cot: ["Рассуждай пошагово и подробно объясни каждый шаг решения.", "Сначала распиши ход рассуждений, затем дай окончательный ответ."] },
  ar: { t: [
    (a, b) => `أثبت أن مجموع مربعات أول n عدداً طبيعياً يساوي n(n+1)(2n+1)/6، ثم احسب المجموع من ${a} إلى ${a + b * 10}.`,
    (a, b) => `يُلقى حجر نرد ${a} مرات، ما احتمال ظهور العدد ستة ${b % a || 1} مرة على الأقل؟ اشرح الحل بالتفصيل.`,
    (a) => `جسم كتلته ${a} كغ يتحرك على مستوى أفقي خشن معامل احتكاكه 0.3 بسرعة ابتدائية 12 م/ث، احسب المسافة حتى يتوقف.`,
    (a, b) => `صمّم خوارزمية لإيجاد أكبر مجموع لمصفوفة جزئية متصلة في مصفوفة من ${a * 1000} عنصر، وأثبت صحتها، ثم عمّمها على مصفوفة ثنائية الأبعاد ${b}×${b}.`,
  ], cot: ["فكّر خطوة بخطوة واكتب كل مراحل الاستدلال قبل الإجابة النهائية.", "اشرح منطقك بالتفصيل ثم تحقّق من النتيجة."] },
  es: { t: [
    (a, b) => `Demuestra que √${a * a + 1} es irracional y generaliza el argumento a √n para n no cuadrado perfecto menor que ${b * 10}.`,
    (a, b) => `En una urna hay ${a} bolas rojas y ${b} azules. Se extraen sin reemplazo hasta obtener la primera roja. Calcula la esperanza del número de extracciones.`,
    (a) => `Un condensador de ${a} μF se carga a través de una resistencia de 10 kΩ con una fuente de 12 V. Deduce la ecuación de carga y el tiempo para alcanzar el 90 %.`,
  ], cot: ["Razona paso a paso y muestra todo el desarrollo antes de la respuesta final.", "Explica cada paso del razonamiento con detalle y verifica el resultado."] },
  fr: { t: [
    (a, b) => `Soit (uₙ) définie par u₀ = ${a} et uₙ₊₁ = √(${b} + uₙ). Montrer que la suite converge et déterminer sa limite.`,
    (a, b) => `Combien d'anagrammes du mot « ${r3(a)} » ne contiennent pas deux voyelles consécutives ? Détaillez le dénombrement (variante à ${b} lettres).`,
    (a) => `Un pendule simple de longueur ${a / 10} m oscille avec une amplitude de 10°. Établir l'équation du mouvement et estimer l'erreur de l'approximation des petits angles.`,
  ], cot: ["Raisonne étape par étape et justifie chaque passage.", "Détaille tout le raisonnement avant de donner la réponse finale."] },
  de: { t: [
    (a, b) => `Zeige per vollständiger Induktion, dass ${a}^n > n^${b % 3 + 2} für alle n ≥ ${a + b}, und begründe die Wahl des Induktionsanfangs.`,
    (a, b) => `Ein Unternehmen hat die Kostenfunktion K(x) = 0,${a}x³ - ${b}x² + 60x + 200. Bestimme das Betriebsminimum und die langfristige Preisuntergrenze.`,
    (a) => `Ein Elektron wird durch eine Spannung von ${a * 100} V beschleunigt. Berechne die De-Broglie-Wellenlänge relativistisch und klassisch und vergleiche.`,
  ], cot: ["Denke Schritt für Schritt und zeige den vollständigen Lösungsweg.", "Erkläre jeden Zwischenschritt ausführlich und prüfe das Ergebnis."] },
  pt: { t: [
    (a, b) => `Quantos números de ${b % 3 + 4} algarismos distintos são divisíveis por ${a % 5 + 3}? Mostre o raciocínio completo.`,
    (a) => `Um bloco de ${a} kg preso a uma mola oscila sem atrito. Se a energia total é 8 J, deduza a amplitude e a velocidade máxima para k = 200 N/m.`,
    (a, b) => `Prove que existem infinitos primos da forma 4k + 3 e discuta por que o mesmo argumento falha para ${b}k + 1 (com ${a} casos).`,
  ], cot: ["Pense passo a passo e explique todo o raciocínio antes da resposta final.", "Mostre cada etapa da solução e confira o resultado no final."] },
  tr: { t: [
    (a, b) => `${a} farklı kitap ${b} öğrenciye, her öğrenci en az bir kitap alacak şekilde kaç farklı biçimde dağıtılabilir? İçerme-dışlama ilkesiyle ayrıntılı çöz.`,
    (a) => `f(x) = ln(x² + ${a}) fonksiyonunun büküm noktalarını bul ve grafiğini yorumla.`,
    (a, b) => `Ağırlıklı yönsüz bir grafta ${a * 10} düğüm ve ${b * 50} kenar varken minimum yayılan ağacı Kruskal ile bulmanın karmaşıklığını kanıtla.`,
  ], cot: ["Adım adım düşün ve tüm akıl yürütmeni yaz.", "Her adımı gerekçesiyle açıkla, sonunda sonucu doğrula."] },
  vi: { t: [
    (a, b) => `Chứng minh rằng với mọi số nguyên dương n, ${a}^(2n) - 1 chia hết cho ${a * a - 1}. Tổng quát hóa cho số mũ ${b}n.`,
    (a, b) => `Gieo ${a} con xúc xắc cân đối. Tính xác suất tổng số chấm bằng ${b + a * 2} bằng phương pháp hàm sinh.`,
    (a) => `Một vật khối lượng ${a} kg trượt không vận tốc đầu từ đỉnh mặt phẳng nghiêng dài 5 m, góc 30°, hệ số ma sát 0,1. Tính vận tốc tại chân dốc.`,
  ], cot: ["Hãy suy luận từng bước và trình bày đầy đủ lời giải.", "Giải thích chi tiết từng bước rồi kiểm tra lại kết quả."] },
  hi: { t: [
    (a, b) => `सिद्ध कीजिए कि किसी भी पूर्णांक n के लिए n^${b % 2 ? 3 : 5} - n, ${b % 2 ? 6 : 30} से विभाज्य है, और n = ${a} के लिए जाँच कीजिए।`,
    (a) => `${a} किग्रा का एक पिंड 10 मी/से के वेग से ऊर्ध्वाधर ऊपर फेंका जाता है। अधिकतम ऊँचाई और हवा में बिताया गया कुल समय ज्ञात कीजिए।`,
    (a, b) => `${a + 4} लोगों को एक गोल मेज़ पर कितने तरीकों से बैठाया जा सकता है यदि ${b % 3 + 2} विशेष लोग हमेशा साथ बैठें? विस्तार से समझाइए।`,
  ], cot: ["चरण-दर-चरण सोचिए और पूरा तर्क लिखिए।", "हर चरण को विस्तार से समझाइए और अंत में उत्तर की जाँच कीजिए।"] },
  id: { t: [
    (a, b) => `Buktikan bahwa jumlah ${a} bilangan ganjil pertama adalah kuadrat sempurna, lalu hitung jumlah bilangan ganjil dari ${b} sampai ${b + 100}.`,
    (a) => `Sebuah benda bermassa ${a} kg diikat tali sepanjang 1 m dan diputar vertikal. Berapa kecepatan minimum di titik tertinggi agar tali tetap tegang?`,
  ], cot: ["Berpikirlah langkah demi langkah dan tuliskan seluruh penalaranmu.", "Jelaskan setiap langkah secara rinci lalu periksa kembali jawabannya."] },
  pl: { t: [
    (a, b) => `Udowodnij, że liczba ${a}^${b} + 1 nie jest pierwsza dla nieparzystego wykładnika większego od 1, i wskaż jej dzielnik.`,
    (a) => `Kula o masie ${a} kg toczy się bez poślizgu po równi o kącie 30°. Wyznacz przyspieszenie środka masy i porównaj z ciałem ślizgającym się bez tarcia.`,
  ], cot: ["Myśl krok po kroku i przedstaw pełne rozumowanie.", "Wyjaśnij szczegółowo każdy krok, a na końcu sprawdź wynik."] },
};
function r3(a: number): string {
  return ["ORANGE", "MAISON", "ÉCOLE", "PARADIS", "CITRON", "BATEAU"][a % 6];
}
export function hardNative(r: Rng, lang: HL): string {
  const B = HARD[lang];
  return r.pick(B.t)(r.int(2, 9), r.int(2, 9), r.int(2, 5));
}
export function cotNative(r: Rng, lang: HL): string {
  return r.pick(HARD[lang].cot);
}

// ------------------------------------------------------------------ small pieces used by several products
export const FIRST = ["Ana", "Ben", "Chloe", "Dev", "Elif", "Farah", "Gus", "Hana", "Ines", "Jonas", "Kemal", "Linh", "Marta", "Nadia", "Omar", "Putri", "Quinn", "Rahul", "Sara", "Tuan", "Uma", "Viktor", "Wen", "Yusuf", "Zofia"];
export const CITIES = ["Austin", "Leeds", "Lyon", "Porto", "Kraków", "Izmir", "Da Nang", "Bandung", "Pune", "Calgary", "Utrecht", "Graz", "Valencia", "Adelaide", "Osaka"];
export function money(r: Rng): string {
  return (r.int(5, 900) + r.pick([0, 0.5, 0.99, 0.25])).toFixed(2);
}
