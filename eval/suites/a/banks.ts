// Text banks for suite A. Every line here was written for this suite (no corpora).
import { Rng, fill } from "./lib.ts";

export type Lang = "en" | "fr" | "de" | "es";

// ---------------------------------------------------------------- general knowledge topics (English)

export const TOPICS: Record<string, string[]> = {
  science: [
    "how vaccines train the immune system", "why the sky is blue and sunsets are red", "how CRISPR gene editing works",
    "the difference between nuclear fission and fusion", "how black holes form", "why ice floats on water",
    "how antibiotics work and why resistance develops", "what dark matter is and how we know it exists",
    "how plate tectonics causes earthquakes", "how the human eye perceives colour", "what entropy means in thermodynamics",
    "how mRNA is translated into proteins", "why the Moon always shows the same face to Earth", "how lithium-ion batteries store energy",
    "the greenhouse effect", "how photosynthesis converts light into chemical energy", "how neurons transmit signals",
    "why superconductors have zero resistance", "how the tides are caused", "what quantum entanglement is",
  ],
  history: [
    "the causes of the First World War", "the fall of the Western Roman Empire", "the significance of the printing press",
    "the causes of the French Revolution", "the Marshall Plan and post-war Europe", "the Silk Road and its trade networks",
    "the Meiji Restoration in Japan", "the collapse of the Soviet Union", "the Industrial Revolution in Britain",
    "the civil rights movement in the United States", "the Black Death and its economic consequences", "the partition of India in 1947",
    "the Cuban Missile Crisis", "the Reformation and Martin Luther", "the Congress of Vienna",
  ],
  economics: [
    "how central banks fight inflation", "what causes a recession", "comparative advantage in international trade",
    "how compound interest works", "the difference between stocks and bonds", "why housing prices rise faster than wages in some cities",
    "what quantitative easing is", "how supply and demand set prices", "the tragedy of the commons", "how index funds work",
    "what a yield curve inversion signals", "how minimum wage changes affect employment", "the difference between GDP and GNP",
  ],
  tech: [
    "how public-key cryptography works", "how a transformer language model works", "what happens when you type a URL into a browser",
    "how garbage collection works in managed languages", "the CAP theorem", "how a relational database uses indexes",
    "the difference between processes and threads", "how TCP congestion control works", "what a hash table is and why lookups are fast",
    "how GPS determines your position", "how containers differ from virtual machines", "how recommendation systems work",
    "what eventual consistency means", "how a compiler turns source code into machine code", "how two-factor authentication works",
  ],
  health: [
    "how sleep affects memory", "the difference between type 1 and type 2 diabetes", "how caffeine affects the body",
    "why regular exercise lowers blood pressure", "how the gut microbiome influences health", "what cholesterol numbers mean",
    "how to build a balanced vegetarian diet", "how stress hormones work", "why sunscreen matters even on cloudy days",
  ],
  philosophy: [
    "the trolley problem", "utilitarianism versus deontology", "the ship of Theseus", "Descartes' cogito",
    "free will and determinism", "Plato's allegory of the cave", "the problem of induction", "social contract theory",
  ],
  practical: [
    "how to negotiate a higher salary", "how to prepare for a job interview", "how to start a vegetable garden",
    "how to budget on an irregular income", "how to learn a language as an adult", "how to write a good cover letter",
    "how to pick a first programming language", "how to train a puppy to walk on a leash", "how to reduce a home's energy bill",
    "how to plan a two-week trip to Japan", "how to run a productive meeting", "how to give constructive feedback",
  ],
};

export const ALL_TOPICS: string[] = Object.values(TOPICS).flat();

// ---------------------------------------------------------------- education app (students)

export interface Q {
  q: string;
  /** rough size of a good step-by-step answer, in tokens */
  size: number;
}

type QGen = (r: Rng) => Q;

function pickNonZero(r: Rng, lo: number, hi: number): number {
  let n = 0;
  while (n === 0) n = r.int(lo, hi);
  return n;
}

const EN_MATH: QGen[] = [
  (r) => ({ q: fill(r.pick(["How do I solve {a}x + {b} = {c}?", "can someone explain how to solve {a}x + {b} = {c} for x", "solve for x: {a}x + {b} = {c}", "I got x = {w} for {a}x + {b} = {c} but the book says otherwise??"]), { a: r.int(2, 12), b: r.int(1, 40), c: r.int(10, 120), w: r.int(2, 9) }), size: 260 }),
  (r) => ({ q: fill(r.pick(["What is {a}/{b} + {c}/{d}? I keep getting the denominator wrong", "how do you add {a}/{b} and {c}/{d}", "simplify {a}/{b} - {c}/{d}"]), { a: r.int(1, 9), b: r.int(2, 12), c: r.int(1, 9), d: r.int(2, 12) }), size: 240 }),
  (r) => ({ q: fill(r.pick(["A jacket costs ${a} and is {p}% off. What is the sale price?", "If a price goes from ${a} to ${b}, what is the percent increase?", "what is {p}% of {a}? pls show how"]), { a: r.int(20, 400), b: r.int(401, 700), p: r.pick([10, 15, 20, 25, 30, 35, 40, 12.5]) }), size: 220 }),
  (r) => ({ q: fill(r.pick(["Find the derivative of f(x) = {a}x^{n} + {b}x - {c}", "differentiate y = {a}x^{n} * sin(x)", "How do I use the chain rule on (x^2 + {b})^{n}?", "derivative of ln({a}x^2 + {b})?"]), { a: r.int(2, 9), b: r.int(1, 15), c: r.int(1, 30), n: r.int(2, 6) }), size: 340 }),
  (r) => ({ q: fill(r.pick(["Evaluate the integral of {a}x^{n} from 0 to {b}", "integrate x*e^({a}x) dx, do I use integration by parts?", "what is the area under y = x^2 between x = {a} and x = {b}?"]), { a: r.int(1, 5), b: r.int(6, 10), n: r.int(1, 4) }), size: 380 }),
  (r) => ({ q: fill(r.pick(["If I roll two dice, what is the probability the sum is {s}?", "A bag has {x} red and {y} blue marbles. I draw two without replacement. What is the probability both are red?", "what is the probability of getting exactly {k} heads in {n} coin flips"]), { s: r.int(2, 12), x: r.int(2, 8), y: r.int(2, 9), k: r.int(1, 4), n: r.int(5, 8) }), size: 330 }),
  (r) => ({ q: fill(r.pick(["A triangle has sides {a}, {b} and {c}. Is it a right triangle?", "Find the area of a circle with radius {a} cm", "what is the hypotenuse if the legs are {a} and {b}", "How do I find the volume of a cylinder with radius {a} and height {b}?"]), { a: r.int(3, 12), b: r.int(4, 15), c: r.int(5, 20) }), size: 230 }),
  (r) => {
    const p = pickNonZero(r, -9, 9), q = pickNonZero(r, -9, 9);
    const b = -(p + q), c = p * q;
    const eq = `x^2 ${b < 0 ? "-" : "+"} ${Math.abs(b)}x ${c < 0 ? "-" : "+"} ${Math.abs(c)} = 0`;
    return { q: r.pick([`Solve ${eq} by factoring`, `how do i factor ${eq}`, `Use the quadratic formula to solve ${eq}`, `find the roots of ${eq} and explain`]), size: 320 };
  },
  (r) => ({ q: fill("Solve the system: {a}x + {b}y = {c} and {d}x - {e}y = {f}", { a: r.int(1, 6), b: r.int(1, 6), c: r.int(5, 40), d: r.int(1, 6), e: r.int(1, 6), f: r.int(-10, 20) }), size: 360 }),
  (r) => {
    const xs = Array.from({ length: r.int(5, 9) }, () => r.int(1, 60));
    return { q: r.pick([`Find the mean, median and mode of ${xs.join(", ")}`, `what's the standard deviation of ${xs.join(", ")}?`]), size: 300 };
  },
  (r) => ({ q: fill(r.pick(["Two trains leave stations {d} km apart at the same time and travel toward each other at {v} km/h and {w} km/h. When do they meet?", "A car travels {d} km in {h} hours. What is its average speed in m/s?", "A tank fills in {h} hours with pipe A and {k} hours with pipe B. How long with both?"]), { d: r.int(120, 600), v: r.int(40, 90), w: r.int(50, 110), h: r.int(2, 7), k: r.int(3, 9) }), size: 320 }),
  (r) => ({ q: fill(r.pick(["Prove that the sum of the first n odd numbers is n^2", "prove by induction that 1 + 2 + ... + n = n(n+1)/2", "why is the square root of 2 irrational?", "Show that {a}^n - 1 is divisible by {b} for all n (I'm stuck on the inductive step)"]), { a: 7, b: 6 }), size: 420 }),
];

const EN_CONCEPTS: string[] = [
  "Why does ice float on water?", "What is the difference between mitosis and meiosis?", "Explain how the electoral college works",
  "What caused World War I? I need 3 main causes for my essay", "how does photosynthesis work", "What's the difference between speed and velocity?",
  "Explain Newton's third law with an example", "What is a limiting reactant?", "What is the difference between a simile and a metaphor?",
  "What does opportunity cost mean?", "Explain supply and demand like I'm 12", "What is the difference between weather and climate?",
  "How do vaccines work?", "what is an ionic bond vs a covalent bond", "Why did the Roman Empire fall?", "What is the function of mitochondria?",
  "Explain the water cycle", "what's the difference between affect and effect", "How does natural selection work?",
  "What is a function in math? My teacher's explanation made no sense", "What is the Pythagorean theorem used for in real life?",
  "why do we have seasons", "What is the difference between DNA and RNA?", "Explain what a derivative actually means",
  "What was the significance of the Magna Carta?", "How does a bill become a law in the US?", "what is momentum and why is it conserved",
  "Explain the difference between renewable and non-renewable energy", "What is an oxidation-reduction reaction?",
  "What is iambic pentameter? Give an example from Shakespeare", "How do I write a thesis statement for an essay about {book}?",
  "What are the main themes of {book}?", "Can you explain the symbolism in {book}?", "How do I balance the equation {eq}?",
  "What is the difference between an independent and dependent variable?", "What is a p-value?", "How does compound interest work?",
  "what is the difference between a virus and bacteria", "Explain the causes of the Great Depression", "What is Ohm's law?",
];
export const BOOKS = ["To Kill a Mockingbird", "Macbeth", "The Great Gatsby", "1984", "Of Mice and Men", "Romeo and Juliet", "Animal Farm", "Lord of the Flies", "Frankenstein", "Pride and Prejudice"];
const EQS = ["Fe + O2 -> Fe2O3", "C3H8 + O2 -> CO2 + H2O", "H2 + O2 -> H2O", "Al + HCl -> AlCl3 + H2", "CH4 + O2 -> CO2 + H2O", "Na + Cl2 -> NaCl", "KClO3 -> KCl + O2"];

const EN_WRAP = [
  (q: string) => q, (q: string) => q, (q: string) => q, (q: string) => `hi! ${q}`, (q: string) => `quick question: ${q}`,
  (q: string) => `${q} (this is for homework, please show the steps)`, (q: string) => `${q} I have a test tomorrow`,
  (q: string) => `${q.charAt(0).toLowerCase()}${q.slice(1)}`, (q: string) => `Can you help me with this? ${q}`,
  (q: string) => `${q} my teacher explained it but I didn't get it`,
];

const EN_FOLLOW = [
  "why did you do that in step {n}?", "can you show me another example?", "I still don't get it, can you explain it more simply?",
  "ok thanks! what if the number was negative?", "is there a faster way to do this?", "can you check my answer? I got {x}",
  "thanks!! that makes sense now", "wait why is it {x} and not {y}", "can you give me a practice problem like this one",
  "what would the answer be if we changed {x} to {y}?", "how would I explain this in my own words?", "so is the final answer {x}?",
];

// French, German, Spanish students
const FR_MATH: QGen[] = [
  (r) => ({ q: fill(r.pick(["Comment résoudre {a}x + {b} = {c} ?", "bonjour, je dois résoudre {a}x + {b} = {c}, vous pouvez m'expliquer les étapes ?", "Résoudre l'équation {a}(x - {b}) = {c}"]), { a: r.int(2, 9), b: r.int(1, 20), c: r.int(10, 90) }), size: 280 }),
  (r) => ({ q: fill(r.pick(["Un pull coûte {a} € et il est soldé à {p} %. Quel est le nouveau prix ?", "Comment calculer {p} % de {a} ?", "Le prix passe de {a} € à {b} €, quel est le pourcentage d'augmentation ?"]), { a: r.int(20, 200), b: r.int(201, 300), p: r.pick([10, 20, 25, 30, 40]) }), size: 230 }),
  (r) => ({ q: fill(r.pick(["Calculer la dérivée de f(x) = {a}x^{n} - {b}x + {c}", "Comment dériver f(x) = ({a}x + {b})^{n} ?", "Étudier les variations de f(x) = x^2 - {b}x + {c}"]), { a: r.int(2, 8), b: r.int(1, 12), c: r.int(1, 20), n: r.int(2, 5) }), size: 360 }),
  (r) => ({ q: fill(r.pick(["On lance deux dés. Quelle est la probabilité d'obtenir une somme de {s} ?", "Une urne contient {x} boules rouges et {y} boules vertes. On tire deux boules sans remise. Probabilité que les deux soient rouges ?"]), { s: r.int(3, 11), x: r.int(2, 7), y: r.int(2, 8) }), size: 320 }),
  (r) => ({ q: fill("Un triangle a des côtés de {a} cm, {b} cm et {c} cm. Est-il rectangle ? Justifier avec le théorème de Pythagore.", { a: r.int(3, 9), b: r.int(4, 12), c: r.int(5, 15) }), size: 240 }),
];
const FR_CONCEPTS = [
  "C'est quoi la différence entre la mitose et la méiose ?", "Pourquoi la glace flotte sur l'eau ?", "Expliquez les causes de la Révolution française",
  "Comment fonctionne la photosynthèse ?", "Quelle est la différence entre le passé composé et l'imparfait ?", "Qu'est-ce que l'énergie cinétique ?",
  "Pouvez-vous m'expliquer la loi d'Ohm ?", "Pourquoi y a-t-il des saisons ?", "Comment faire une dissertation de philosophie ?",
  "Quelles sont les causes de la Première Guerre mondiale ?", "C'est quoi une fonction affine ?", "Expliquez la théorie de l'évolution de Darwin",
  "Comment équilibrer l'équation CH4 + O2 -> CO2 + H2O ?", "Quelle est la différence entre un acide et une base ?",
];
const FR_FOLLOW = ["Pourquoi on divise par {x} à l'étape {n} ?", "Je n'ai pas compris, vous pouvez réexpliquer plus simplement ?", "Merci ! Et si le nombre était négatif ?", "Vous pouvez me donner un autre exemple ?", "J'ai trouvé {x}, c'est juste ?", "D'accord merci beaucoup"];

const DE_MATH: QGen[] = [
  (r) => ({ q: fill(r.pick(["Wie löse ich {a}x + {b} = {c}?", "Kann mir jemand erklären, wie man {a}x - {b} = {c} nach x auflöst?", "Löse die Gleichung {a}(x + {b}) = {c}"]), { a: r.int(2, 9), b: r.int(1, 20), c: r.int(10, 90) }), size: 280 }),
  (r) => ({ q: fill(r.pick(["Eine Jacke kostet {a} € und ist um {p} % reduziert. Wie viel kostet sie jetzt?", "Wie rechne ich {p} % von {a} aus?", "Der Preis steigt von {a} € auf {b} €. Um wie viel Prozent ist er gestiegen?"]), { a: r.int(20, 200), b: r.int(201, 300), p: r.pick([10, 15, 20, 25, 30]) }), size: 230 }),
  (r) => ({ q: fill(r.pick(["Bestimme die Ableitung von f(x) = {a}x^{n} + {b}x - {c}", "Wie wende ich die Kettenregel auf f(x) = ({a}x - {b})^{n} an?", "Berechne die Nullstellen von f(x) = x^2 - {b}x + {c}"]), { a: r.int(2, 8), b: r.int(2, 12), c: r.int(1, 20), n: r.int(2, 5) }), size: 360 }),
  (r) => ({ q: fill(r.pick(["Man wirft zwei Würfel. Wie groß ist die Wahrscheinlichkeit für die Augensumme {s}?", "In einer Urne sind {x} rote und {y} blaue Kugeln. Es werden zwei ohne Zurücklegen gezogen. Wie groß ist die Wahrscheinlichkeit für zwei rote?"]), { s: r.int(3, 11), x: r.int(2, 7), y: r.int(2, 8) }), size: 320 }),
  (r) => ({ q: fill("Ein Zylinder hat den Radius {a} cm und die Höhe {b} cm. Wie groß ist sein Volumen?", { a: r.int(2, 9), b: r.int(4, 20) }), size: 220 }),
];
const DE_CONCEPTS = [
  "Was ist der Unterschied zwischen Mitose und Meiose?", "Warum schwimmt Eis auf Wasser?", "Was waren die Ursachen des Ersten Weltkriegs?",
  "Wie funktioniert die Photosynthese?", "Wann benutzt man den Konjunktiv II?", "Was ist kinetische Energie?", "Kannst du mir das ohmsche Gesetz erklären?",
  "Warum gibt es Jahreszeiten?", "Wie schreibe ich eine Erörterung?", "Was ist der Unterschied zwischen Wetter und Klima?", "Was bedeutet Angebot und Nachfrage?",
  "Wie gleiche ich die Reaktionsgleichung Fe + O2 -> Fe2O3 aus?", "Was ist eine lineare Funktion?", "Erkläre die Gewaltenteilung in Deutschland",
];
const DE_FOLLOW = ["Warum teilst du in Schritt {n} durch {x}?", "Das verstehe ich nicht, kannst du es einfacher erklären?", "Danke! Und wenn die Zahl negativ wäre?", "Kannst du mir noch ein Beispiel geben?", "Ich habe {x} raus, stimmt das?", "Ok danke, jetzt ist es klar"];

const ES_MATH: QGen[] = [
  (r) => ({ q: fill(r.pick(["¿Cómo resuelvo {a}x + {b} = {c}?", "hola, me pueden explicar cómo despejar x en {a}x - {b} = {c}", "Resolver la ecuación {a}(x + {b}) = {c}"]), { a: r.int(2, 9), b: r.int(1, 20), c: r.int(10, 90) }), size: 280 }),
  (r) => ({ q: fill(r.pick(["Una chaqueta cuesta {a} € y tiene un descuento del {p} %. ¿Cuál es el precio final?", "¿Cómo calculo el {p} % de {a}?", "Si el precio sube de {a} a {b}, ¿cuál es el porcentaje de aumento?"]), { a: r.int(20, 200), b: r.int(201, 300), p: r.pick([10, 15, 20, 25, 30]) }), size: 230 }),
  (r) => ({ q: fill(r.pick(["Calcula la derivada de f(x) = {a}x^{n} + {b}x - {c}", "¿Cómo aplico la regla de la cadena a f(x) = ({a}x + {b})^{n}?", "Encuentra las raíces de x^2 - {b}x + {c} = 0"]), { a: r.int(2, 8), b: r.int(2, 12), c: r.int(1, 20), n: r.int(2, 5) }), size: 360 }),
  (r) => ({ q: fill(r.pick(["Si lanzo dos dados, ¿cuál es la probabilidad de que la suma sea {s}?", "Una bolsa tiene {x} canicas rojas y {y} azules. Saco dos sin reemplazo. ¿Probabilidad de que ambas sean rojas?"]), { s: r.int(3, 11), x: r.int(2, 7), y: r.int(2, 8) }), size: 320 }),
  (r) => ({ q: fill("Un triángulo tiene lados de {a}, {b} y {c} cm. ¿Es un triángulo rectángulo?", { a: r.int(3, 9), b: r.int(4, 12), c: r.int(5, 15) }), size: 240 }),
];
const ES_CONCEPTS = [
  "¿Cuál es la diferencia entre mitosis y meiosis?", "¿Por qué el hielo flota en el agua?", "Explica las causas de la Primera Guerra Mundial",
  "¿Cómo funciona la fotosíntesis?", "¿Cuándo se usa el subjuntivo?", "¿Qué es la energía cinética?", "Me explicas la ley de Ohm?",
  "¿Por qué hay estaciones del año?", "¿Cómo escribo un ensayo argumentativo?", "¿Qué es la oferta y la demanda?", "¿Qué fue la Guerra Civil española y por qué empezó?",
  "¿Cómo balanceo la ecuación H2 + O2 -> H2O?", "¿Qué es una función lineal?", "¿Cuál es la diferencia entre ácidos y bases?",
];
const ES_FOLLOW = ["¿Por qué divides entre {x} en el paso {n}?", "No lo entiendo, ¿me lo explicas más fácil?", "¡Gracias! ¿Y si el número fuera negativo?", "¿Me das otro ejemplo?", "Me salió {x}, ¿está bien?", "Vale, gracias, ya lo entendí"];

export function studentQuestion(r: Rng, lang: Lang): Q {
  if (lang === "en") {
    let q: Q;
    if (r.chance(0.55)) q = r.pick(EN_MATH)(r);
    else q = { q: fill(r.pick(EN_CONCEPTS), { book: r.pick(BOOKS), eq: r.pick(EQS) }), size: r.int(250, 550) };
    return { q: r.pick(EN_WRAP)(q.q), size: q.size };
  }
  const [maths, concepts] = lang === "fr" ? [FR_MATH, FR_CONCEPTS] : lang === "de" ? [DE_MATH, DE_CONCEPTS] : [ES_MATH, ES_CONCEPTS];
  if (r.chance(0.55)) return r.pick(maths)(r);
  return { q: r.pick(concepts), size: r.int(260, 560) };
}

/** An English school or university maths problem without the student's chatty wrapping. */
export function mathProblem(r: Rng): Q {
  return r.pick(EN_MATH)(r);
}

export function studentFollowUp(r: Rng, lang: Lang): string {
  const bank = lang === "en" ? EN_FOLLOW : lang === "fr" ? FR_FOLLOW : lang === "de" ? DE_FOLLOW : ES_FOLLOW;
  return fill(r.pick(bank), { n: r.int(1, 4), x: r.int(2, 40), y: r.int(2, 40) });
}

const STEP_SENT: Record<Lang, string[]> = {
  en: ["First, write down what the question gives us and what we need to find.", "Next, we simplify both sides so the unknown is on its own.", "Now we apply the rule we just recalled to each term.",
    "Let's substitute the numbers back in to see if it works.", "Notice that this is the step where most people make a sign mistake.", "We can rewrite this in a simpler form before going on.",
    "This follows from the definition, so we don't need to memorise it.", "Putting the pieces together gives the result.", "Here is a small example to make the idea concrete."],
  fr: ["D'abord, on note les données de l'énoncé et ce que l'on cherche.", "Ensuite, on simplifie chaque membre pour isoler l'inconnue.", "On applique maintenant la règle à chaque terme.",
    "On remplace par les valeurs pour vérifier.", "Attention : c'est souvent ici qu'on se trompe de signe.", "On peut écrire cela plus simplement avant de continuer.",
    "Cela découle directement de la définition.", "En rassemblant tout, on obtient le résultat.", "Voici un petit exemple pour rendre l'idée concrète."],
  de: ["Zuerst schreiben wir auf, was gegeben ist und was gesucht wird.", "Dann vereinfachen wir beide Seiten, damit die Unbekannte allein steht.", "Jetzt wenden wir die Regel auf jeden Term an.",
    "Wir setzen die Zahlen zur Probe wieder ein.", "Achtung: Hier passieren die meisten Vorzeichenfehler.", "Das können wir noch einfacher schreiben, bevor wir weitermachen.",
    "Das folgt direkt aus der Definition.", "Wenn wir alles zusammensetzen, erhalten wir das Ergebnis.", "Hier ist ein kleines Beispiel, damit es anschaulicher wird."],
  es: ["Primero anotamos los datos del enunciado y lo que buscamos.", "Después simplificamos ambos lados para dejar sola la incógnita.", "Ahora aplicamos la regla a cada término.",
    "Sustituimos los valores para comprobarlo.", "Ojo: aquí es donde más se suele fallar con los signos.", "Podemos escribirlo de forma más sencilla antes de seguir.",
    "Esto sale directamente de la definición.", "Juntando todo, obtenemos el resultado.", "Aquí tienes un ejemplo pequeño para verlo más claro."],
};

/** A plausible step-by-step tutor answer of roughly `tokens` tokens (kept as assistant history in follow-ups). */
export function tutorAnswer(r: Rng, lang: Lang, tokens = 300): string {
  const step = lang === "fr" ? "Étape" : lang === "de" ? "Schritt" : lang === "es" ? "Paso" : "Step";
  const check = lang === "fr" ? "Pour vérifier : peux-tu refaire le calcul avec un autre nombre ?" : lang === "de" ? "Zur Kontrolle: Kannst du es mit einer anderen Zahl selbst probieren?" : lang === "es" ? "Para comprobar: ¿puedes intentarlo con otro número?" : "Quick check: can you try the same method with a different number?";
  const n = Math.max(2, Math.min(7, Math.round(tokens / 60)));
  const per = Math.max(1, Math.round(tokens / n / 16));
  const lines: string[] = [];
  for (let i = 1; i <= n; i++) lines.push(`**${step} ${i}.** ` + r.sample(STEP_SENT[lang], per).join(" ") + (r.chance(0.5) ? ` ${r.int(2, 40)} ${r.pick(["+", "-", "×", "÷", "="])} ${r.int(2, 40)}` : ""));
  lines.push(check);
  return lines.join("\n\n");
}

// ---------------------------------------------------------------- content writing

export const WRITE_FORMATS = [
  "blog post", "long-form article", "product description", "newsletter issue", "landing page copy", "how-to guide",
  "listicle", "case study", "press release", "FAQ page", "email nurture sequence (3 emails)", "LinkedIn article", "buyer's guide",
];
export const WRITE_SUBJECTS = [
  "choosing a standing desk", "the benefits of heat pumps for older houses", "remote onboarding for new engineers", "sourdough baking for beginners",
  "how small clinics can reduce no-show appointments", "cybersecurity basics for accountants", "planning a destination wedding in Portugal",
  "trail running shoes for wide feet", "our new CRM integration with Shopify", "first-time home buyer mistakes", "composting in apartments",
  "why payroll software matters for 10-person companies", "the history of espresso", "protein needs for runners over 40", "sustainable packaging for cosmetics brands",
  "hiring your first sales rep", "winter tyre myths", "how to read a nutrition label", "B2B pricing page best practices", "caring for a fiddle-leaf fig",
  "electric cargo bikes for families", "preparing a small business for an audit", "choosing a dog food for senior dogs", "SEO for local plumbers",
  "a beginner's guide to index investing", "reducing food waste in restaurants", "ergonomic home office lighting", "learning guitar after 30",
  "what to pack for a week in Iceland", "customer retention for subscription boxes", "GDPR basics for newsletter senders", "the rise of padel tennis",
  "meal prep for shift workers", "buying a used electric car", "our spring collection of linen shirts", "dental implants vs bridges",
];
export const WRITE_AUDIENCES = ["small business owners", "busy parents", "IT managers", "first-time buyers", "retirees", "college students", "marketing teams", "outdoor enthusiasts", "HR professionals", "freelancers"];
export const WRITE_TONES = ["friendly and practical", "authoritative but warm", "playful", "concise and professional", "conversational", "inspirational", "no-nonsense"];

// ---------------------------------------------------------------- translation source texts

const TR_EN_PARTS = {
  greet: ["Dear {name},", "Hello {name},", "Hi team,", "Dear customer,"],
  body: [
    "Thank you for your order #{num}. We are pleased to confirm that your items have been shipped and should arrive within {d} business days.",
    "We would like to inform you that, starting on {date}, our office hours will change. The support line will be available from 8 am to 6 pm on weekdays.",
    "Following our meeting last week, please find attached the revised proposal. We have adjusted the delivery schedule and included the additional training sessions you requested.",
    "The device must be installed by a qualified technician. Before first use, read all safety instructions carefully and keep this manual for future reference.",
    "Our spring collection combines lightweight fabrics with timeless cuts. Each piece is designed to be layered, so you can move from the office to dinner without changing.",
    "The tenant shall pay the rent no later than the fifth day of each month. Any delay of more than {d} days may result in a late fee as described in section {num}.",
    "To reset your password, open the app, tap Settings, then Account, and choose Reset password. You will receive a confirmation email within a few minutes.",
    "We regret to inform you that the event scheduled for {date} has been postponed due to unforeseen circumstances. All tickets remain valid for the new date.",
    "This cream is suitable for sensitive skin. Apply a small amount to clean skin morning and evening. Avoid contact with the eyes. Store below 25 degrees.",
    "In the third quarter, revenue increased by {pct} percent compared with the same period last year, driven mainly by strong demand in our European markets.",
    "Our hotel is located just a few minutes' walk from the old town and the main train station. Breakfast is served daily from 7 to 10:30 in the garden restaurant.",
    "Please note that returns are accepted within 30 days of delivery, provided the items are unused and in their original packaging.",
    "The software collects anonymous usage statistics to help us improve performance. You can disable this at any time in the privacy settings.",
    "Participants are asked to arrive fifteen minutes early and to bring a valid photo ID. Parking is available behind the main building.",
    "If the warning light stays on after restarting the engine, stop the vehicle in a safe place and contact roadside assistance.",
    "Our team will contact you within two working days to schedule the installation. If you have any questions in the meantime, just reply to this email.",
  ],
  close: ["Kind regards,\n{sender}", "Best wishes,\nThe {company} team", "Sincerely,\n{sender}", ""],
};
const TR_FR = [
  "Nous vous remercions pour votre commande n° {num}. Vos articles ont été expédiés et devraient arriver sous {d} jours ouvrés.",
  "Suite à notre réunion de la semaine dernière, vous trouverez ci-joint la proposition révisée avec le nouveau calendrier de livraison.",
  "Le locataire s'engage à payer le loyer au plus tard le cinq de chaque mois. Tout retard de plus de {d} jours pourra entraîner des pénalités.",
  "Notre hôtel se trouve à quelques minutes à pied de la vieille ville. Le petit-déjeuner est servi tous les jours de 7 h à 10 h 30.",
  "Pour réinitialiser votre mot de passe, ouvrez l'application, allez dans Paramètres puis Compte et choisissez « Réinitialiser le mot de passe ».",
  "Au troisième trimestre, le chiffre d'affaires a progressé de {pct} % par rapport à la même période de l'année précédente.",
];
const TR_DE = [
  "Vielen Dank für Ihre Bestellung Nr. {num}. Ihre Artikel wurden versandt und sollten innerhalb von {d} Werktagen bei Ihnen eintreffen.",
  "Im Anschluss an unser Gespräch letzte Woche erhalten Sie anbei das überarbeitete Angebot mit dem angepassten Lieferplan.",
  "Das Gerät darf nur von einer Fachkraft installiert werden. Lesen Sie vor der ersten Benutzung alle Sicherheitshinweise sorgfältig durch.",
  "Die Rücksendung ist innerhalb von 30 Tagen nach Lieferung möglich, sofern die Ware unbenutzt und originalverpackt ist.",
  "Bitte beachten Sie, dass unsere Geschäftsstelle ab dem {date} neue Öffnungszeiten hat. Die Hotline ist werktags von 8 bis 18 Uhr erreichbar.",
  "Im dritten Quartal stieg der Umsatz im Vergleich zum Vorjahreszeitraum um {pct} Prozent, vor allem dank der starken Nachfrage in Europa.",
];
const TR_ES = [
  "Gracias por su pedido n.º {num}. Sus artículos ya han sido enviados y deberían llegar en un plazo de {d} días hábiles.",
  "Tras nuestra reunión de la semana pasada, le adjuntamos la propuesta revisada con el nuevo calendario de entregas.",
  "El arrendatario deberá pagar la renta a más tardar el día cinco de cada mes. Cualquier retraso superior a {d} días podrá generar un recargo.",
  "Nuestro hotel está a pocos minutos a pie del casco antiguo. El desayuno se sirve todos los días de 7 a 10:30.",
  "Se aceptan devoluciones dentro de los 30 días posteriores a la entrega, siempre que los artículos no se hayan usado.",
  "En el tercer trimestre, los ingresos aumentaron un {pct} % en comparación con el mismo periodo del año anterior.",
];
const NAMES = ["Ms. Keller", "Mr. Dubois", "Dr. Alvarez", "Sarah", "Jonas", "Ms. Okafor", "Mr. Lindqvist", "Ana", "Mr. Rossi", "Priya"];
const COMPANIES = ["Northwind", "Bluefjord", "Casa Verde", "Helvetic Tools", "Maison Lumière", "Brightline", "Oakridge Supply", "Kestrel Travel"];

export function translationSource(r: Rng, src: Lang): string {
  const vars = { name: r.pick(NAMES), num: r.int(10000, 99999), d: r.int(2, 10), date: `${r.int(1, 28)}/${r.int(1, 12)}/2027`, pct: r.int(2, 24), sender: r.pick(NAMES), company: r.pick(COMPANIES) };
  if (src === "en") {
    const parts: string[] = [];
    if (r.chance(0.5)) parts.push(r.pick(TR_EN_PARTS.greet));
    const n = r.int(2, 9);
    const body = r.sample(TR_EN_PARTS.body, n);
    // paragraphs
    for (let i = 0; i < body.length; i += r.int(1, 3)) parts.push(body.slice(i, i + 2).join(" "));
    if (parts.length && r.chance(0.5)) parts.push(r.pick(TR_EN_PARTS.close));
    return fill(parts.filter(Boolean).join("\n\n"), vars);
  }
  const bank = src === "fr" ? TR_FR : src === "de" ? TR_DE : TR_ES;
  return fill(r.sample(bank, r.int(2, 5)).join("\n\n"), vars);
}

// ---------------------------------------------------------------- code

export const CODE_LANGS = ["Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "JavaScript"];
export const CODE_TASKS = [
  "implement an LRU cache with O(1) get and put", "parse a CSV file that may contain quoted fields with commas", "debounce a function",
  "write a rate limiter using a token bucket", "merge overlapping intervals", "find the k most frequent words in a text",
  "validate an email address without a huge regex", "implement binary search on a rotated sorted array", "retry an HTTP request with exponential backoff",
  "serialize and deserialize a binary tree", "compute the edit distance between two strings", "detect a cycle in a directed graph",
  "implement a trie with prefix search", "flatten a nested JSON object into dotted keys", "stream a large file line by line and count unique IPs",
  "write a thread-safe counter", "topologically sort build tasks with dependencies", "implement a min-heap priority queue",
  "paginate results from a REST API until exhausted", "compute a rolling average over a sliding window", "convert Roman numerals to integers",
  "implement Dijkstra's shortest path", "diff two lists of records by id", "write a simple event emitter", "check if a string of brackets is balanced",
  "implement a consistent hashing ring", "group anagrams together", "parse ISO 8601 durations", "implement a bloom filter", "rotate a matrix 90 degrees in place",
];

const IDENTS = ["order", "invoice", "user", "session", "item", "report", "payment", "shipment", "ticket", "account", "event", "metric"];

/** A short code file in the given language, used as IDE context. */
function codeBlock(r: Rng, lang: string): { lines: string[]; header: number } {
  const a = r.pick(IDENTS), b = r.pick(IDENTS);
  const A = a[0].toUpperCase() + a.slice(1), B = b[0].toUpperCase() + b.slice(1);
  const out: string[] = [];
  if (lang === "Python") {
    out.push("from dataclasses import dataclass", "from typing import Optional", "import logging", "", "log = logging.getLogger(__name__)", "", "@dataclass", `class ${A}:`, "    id: str", "    amount_cents: int", `    ${b}_id: Optional[str] = None`, "");
    out.push(`def load_${a}s(conn, since):`, `    rows = conn.execute("SELECT id, amount_cents, ${b}_id FROM ${a}s WHERE updated_at > ?", (since,))`, `    return [${A}(*row) for row in rows]`, "");
    out.push(`def total_by_${b}(${a}s):`, "    totals = {}", `    for x in ${a}s:`, `        if x.${b}_id is None:`, `            log.warning("missing ${b} for %s", x.id)`, "            continue", `        totals[x.${b}_id] = totals.get(x.${b}_id, 0) + x.amount_cents`, "    return totals");
  } else if (lang === "Go") {
    out.push("package " + a, "", "import (", '\t"context"', '\t"database/sql"', '\t"fmt"', ")", "", `type ${A} struct {`, "\tID          string", "\tAmountCents int64", `\t${B}ID      sql.NullString`, "}", "");
    out.push(`func Load${A}s(ctx context.Context, db *sql.DB) ([]${A}, error) {`, `\trows, err := db.QueryContext(ctx, "SELECT id, amount_cents, ${b}_id FROM ${a}s")`, "\tif err != nil {", `\t\treturn nil, fmt.Errorf("load ${a}s: %w", err)`, "\t}", "\tdefer rows.Close()", `\tvar out []${A}`, "\tfor rows.Next() {", `\t\tvar x ${A}`, `\t\tif err := rows.Scan(&x.ID, &x.AmountCents, &x.${B}ID); err != nil {`, "\t\t\treturn nil, err", "\t\t}", "\t\tout = append(out, x)", "\t}", "\treturn out, rows.Err()", "}");
  } else if (lang === "Rust") {
    out.push("use std::collections::HashMap;", "", "#[derive(Debug, Clone)]", `pub struct ${A} {`, "    pub id: String,", "    pub amount_cents: i64,", `    pub ${b}_id: Option<String>,`, "}", "");
    out.push(`pub fn total_by_${b}(items: &[${A}]) -> HashMap<String, i64> {`, "    let mut totals = HashMap::new();", "    for x in items {", `        if let Some(k) = &x.${b}_id {`, "            *totals.entry(k.clone()).or_insert(0) += x.amount_cents;", "        }", "    }", "    totals", "}");
  } else if (lang === "Java" || lang === "Kotlin" || lang === "C#") {
    out.push(`public class ${A}Service {`, `    private final ${A}Repository repo;`, "", `    public ${A}Service(${A}Repository repo) {`, "        this.repo = repo;", "    }", "", `    public Map<String, Long> totalBy${B}(Instant since) {`, `        Map<String, Long> totals = new HashMap<>();`, `        for (${A} x : repo.findUpdatedSince(since)) {`, `            if (x.get${B}Id() == null) continue;`, `            totals.merge(x.get${B}Id(), x.getAmountCents(), Long::sum);`, "        }", "        return totals;", "    }", "}");
  } else {
    out.push(`import { db } from "../db";`, `import type { ${A} } from "../types";`, "", `export async function load${A}s(since: Date): Promise<${A}[]> {`, `  const rows = await db.query("SELECT id, amount_cents, ${b}_id FROM ${a}s WHERE updated_at > $1", [since]);`, "  return rows.map((row) => ({ id: row.id, amountCents: row.amount_cents, " + b + "Id: row." + b + "_id ?? undefined }));", "}", "");
    out.push(`export function totalBy${B}(items: ${A}[]): Map<string, number> {`, "  const totals = new Map<string, number>();", "  for (const x of items) {", `    if (!x.${b}Id) continue;`, `    totals.set(x.${b}Id, (totals.get(x.${b}Id) ?? 0) + x.amountCents);`, "  }", "  return totals;", "}");
  }
  const header = lang === "Python" ? 6 : lang === "Go" ? 8 : lang === "Rust" ? 2 : lang === "Java" || lang === "Kotlin" || lang === "C#" ? 0 : 3;
  return { lines: out, header };
}

/** A code file in the given language (at least `lines` lines), used as IDE context. */
export function codeSnippet(r: Rng, lang: string, lines = 30): string {
  const first = codeBlock(r, lang);
  const out = first.lines.slice();
  let guard = 0;
  while (out.length < lines && guard++ < 6) {
    const more = codeBlock(r, lang);
    out.push("", ...(r.chance(0.3) ? [`${lang === "Python" ? "#" : "//"} ${r.pick(["TODO: handle currency conversion", "archived records are skipped", "see ticket in the tracker", "keep in sync with the API schema"])}`] : []), ...more.lines.slice(more.header));
  }
  return out.join("\n");
}


export const DEV_ASKS = [
  "Why does this return an empty result when there are rows in the table?", "Add unit tests for the total function.",
  "Refactor this to avoid the N+1 query.", "Can you add pagination to the loader?", "This throws a null pointer in production, what could cause it?",
  "Make the totals use integer cents consistently and add currency.", "Add structured logging with the request id.", "Convert this to use async/await properly.",
  "How would I make this safe to call concurrently?", "Explain what this code does to a new teammate.", "Rename things so the intent is clearer.",
  "Write a migration that adds an index for the updated_at query.", "the test is flaky on CI, here is the output: expected 3 got 2. any idea?",
  "Can we cache the loader result for 5 minutes?", "Add input validation and return a proper error.",
];

// ---------------------------------------------------------------- corporate internal assistant

export const CORP_TASKS_EN = [
  "Draft a polite email to a supplier asking to move the delivery of PO {num} from {day1} to {day2}.",
  "Summarise these meeting notes into 5 bullet points with owners:\n{notes}",
  "Write an Excel formula that sums column D where column B equals \"{region}\" and column C is after 1 {month}.",
  "Rewrite this paragraph to sound more professional: {para}",
  "Write a SQL query that returns the top 10 customers by revenue in {month}, from tables orders(customer_id, total, created_at) and customers(id, name).",
  "What's a good agenda for a 30-minute kickoff with a new logistics partner?",
  "Turn these notes into a short status update for my manager:\n{notes}",
  "Explain the difference between incoterms FOB and DAP in simple terms.",
  "Help me write a job description for a warehouse shift lead in {city}.",
  "Translate this email to German, keep it formal: {para}",
  "Give me three options for a subject line for an email announcing the new returns process.",
];
export const CORP_TASKS_DE = [
  "Formuliere eine freundliche E-Mail an den Spediteur, dass die Lieferung {num} sich um zwei Tage verschiebt.",
  "Fasse diese Notizen in fünf Stichpunkten zusammen:\n{notes}",
  "Wie lautet die Excel-Formel, um in Spalte E nur Werte zu summieren, bei denen in Spalte A \"{region}\" steht?",
  "Schreib diesen Absatz bitte etwas verständlicher: {para}",
  "Erstelle mir eine Checkliste für das Onboarding neuer Mitarbeitender im Lager in {city}.",
  "Was ist der Unterschied zwischen Lieferschein und Frachtbrief?",
];
const NOTE_LINES = [
  "- Q4 volumes up 12% vs plan, {city} hub near capacity", "- Jana to check overtime budget with finance", "- new carrier contract: legal review pending",
  "- forklift maintenance delayed, vendor says next Tuesday", "- customer complaints about late deliveries in {region} down to 3 this week",
  "- IT rollout of scanners postponed to January", "- Marc proposes weekend shift for peak season", "- need decision on temporary staff by Friday",
  "- pallet damage rate 1.8%, target 1%", "- returns backlog ~400 parcels",
];
const PARAS = [
  "we cant deliver the goods on time because the truck was broke and also the driver was sick so its going to be late sorry about that",
  "Regarding the invoice, I think there's a mistake because we were charged twice for the same shipment, can you look into it asap",
  "the new process is that everyone has to scan the pallet before it leaves the dock otherwise the system doesnt know where it is",
  "Hi, just following up on my email from last week, we still didn't get the updated price list and we need it for the budget",
];
export function corpTask(r: Rng, lang: "en" | "de"): string {
  const notes = r.sample(NOTE_LINES, r.int(4, 8)).join("\n");
  const vars = { num: `PO-${r.int(40000, 49999)}`, day1: r.pick(["Monday", "Tuesday", "Wednesday"]), day2: r.pick(["Thursday", "Friday", "next Monday"]), region: r.pick(["North", "South", "Benelux", "Bavaria", "Austria"]), month: r.pick(["October", "November", "September"]), city: r.pick(["Hamburg", "Leipzig", "Duisburg", "Linz", "Rotterdam"]), para: r.pick(PARAS) };
  return fill(fill(r.pick(lang === "en" ? CORP_TASKS_EN : CORP_TASKS_DE), { notes }), vars);
}

// ---------------------------------------------------------------- support bot knowledge base (fictional invoicing SaaS "Ledgerly")

export const KB_ARTICLES: { title: string; text: string }[] = [
  { title: "Connecting your bank account", text: "Ledgerly connects to more than 3,000 banks through our open-banking partner. Go to Settings > Bank feeds and choose Add account. You will be redirected to your bank to approve read-only access for 90 days. After 90 days, your bank requires you to renew consent; we email you 7 days before it expires. If your bank is not listed, you can import statements in CSV, OFX or CAMT.053 format." },
  { title: "Creating and sending invoices", text: "To create an invoice, click New > Invoice, select a customer and add line items. Tax rates are applied per line. You can schedule sending or send immediately by email; customers receive a link to view and pay online. Drafts are saved automatically. Invoice numbers are sequential per company and cannot be reused once an invoice has been sent." },
  { title: "Recurring invoices", text: "Recurring invoices are created from a template with a frequency (weekly, monthly, quarterly, yearly) and a start date. Each new invoice is generated at 06:00 in your company time zone. Changing the template affects future invoices only. You can pause a recurring series at any time; paused series do not generate catch-up invoices." },
  { title: "Payment reminders", text: "Automatic reminders can be sent 3 days before the due date, on the due date, and every 7 days after. Reminder texts can be edited per language. Reminders stop as soon as a payment is matched. Customers who unsubscribe from reminders still receive the original invoice email." },
  { title: "Plans and billing", text: "The Starter plan includes 1 user and 20 invoices per month. Growth includes 5 users, unlimited invoices and bank feeds. Scale adds multi-entity accounting, custom roles and priority support. Plans are billed monthly or yearly; yearly billing saves two months. Downgrades take effect at the end of the current billing period." },
  { title: "Exporting data for your accountant", text: "Go to Reports > Export and choose a date range. You can export the general ledger, invoices, expenses and VAT reports as CSV or PDF. Accountants can also be invited as read-only users at no extra cost on Growth and Scale plans." },
  { title: "VAT and sales tax settings", text: "Set your default tax regime under Settings > Taxes. For EU businesses, reverse charge applies automatically when a customer has a valid VAT number in another member state. Ledgerly validates VAT numbers against VIES when you save a customer. US sales tax rates must be entered manually per state." },
  { title: "Two-factor authentication and security", text: "We strongly recommend enabling two-factor authentication under Profile > Security. Supported methods are authenticator apps and hardware security keys. Admins can require 2FA for all users. If you lose access to your device, an admin can reset your 2FA after verifying your identity." },
  { title: "Matching payments to invoices", text: "Incoming bank transactions are suggested as matches when the amount and reference fit an open invoice. Partial payments leave the invoice in the Partially paid state. You can split one transaction across several invoices. Unmatched transactions stay in the inbox until you categorise them." },
  { title: "Deleting your account", text: "Only the account owner can close the account, under Settings > Subscription > Close account. We keep your data for 30 days in case you change your mind, then delete it permanently, except records we must keep for legal reasons. Export your data before closing." },
];
export const SUPPORT_QUESTIONS = [
  "my bank feed stopped updating since last week, what do I do?", "How do I stop a recurring invoice for one month only?", "Can I change an invoice number after sending it?",
  "why did my customer get a reminder even though he paid?", "what's the difference between growth and scale?", "how do i give my accountant access",
  "Does Ledgerly handle reverse charge for customers in Germany?", "I lost my phone and can't log in (2FA)", "How do I export VAT report for Q3?",
  "customer paid half, how do I record that?", "can I pay yearly? how much do I save", "my bank isn't in the list", "How do I delete my account and all data?",
  "Can I edit the reminder email text in French?", "recurring invoice didn't go out this morning", "is there a limit on invoices?",
  "Bonjour, comment exporter le grand livre pour mon comptable ?", "Hola, ¿cómo conecto mi cuenta bancaria?", "Wie kann ich die Zwei-Faktor-Authentifizierung aktivieren?",
];

// ---------------------------------------------------------------- classifiers

export const TICKET_TEXTS = [
  "I was charged twice this month, please refund one of the payments", "The app crashes every time I open the camera screen",
  "How do I add another user to my team?", "Your delivery driver left my parcel in the rain and now it's ruined", "Can I upgrade to the annual plan mid-cycle?",
  "password reset email never arrives", "I want to cancel my subscription effective immediately", "The export to PDF cuts off the last column",
  "Is there an API for pulling invoices?", "Order {num} still says processing after 5 days", "Love the new dashboard, great job!",
  "Login with Google fails with error 403", "Do you ship to Norway?", "The discount code {code} doesn't work at checkout", "I need a copy of my invoice from March",
  "sync with outlook calendar stopped working after the update", "someone logged in to my account from another country", "Where is my refund? It's been 2 weeks",
  "Can you delete all my personal data", "The checkout page is very slow today",
];
export const TICKET_PREFIX = ["", "Hi, ", "Hello support, ", "URGENT: ", "hey - ", "Good morning, "];
export const TICKET_SUFFIX = ["", " Thanks.", " Thank you!", " Please help.", " Regards, {name}", " This is the third time I'm asking."];
export const TICKET_LABELS = ["billing", "technical", "account", "shipping", "sales", "feedback", "privacy"];

export const MOD_TEXTS = [
  "Great recipe, I added a bit more garlic and it was perfect", "this seller is a scammer do not buy from him", "Anyone know a good mechanic near downtown?",
  "You are an idiot and everyone hates you", "Check out my profile for free crypto giveaway!!! link in bio", "The ending of that show was so disappointing",
  "I will find where you live", "Selling my old bike, barely used, DM me", "Can't believe the referee missed that call", "buy cheap followers now at our site",
  "Thanks for the help yesterday, really appreciated", "This product broke after two days, avoid", "lol this thread is gold", "Meet singles in your area tonight",
];

// ---------------------------------------------------------------- embeddings (honest: one company's documents)

export const DOC_CHUNK_PARTS = [
  "Section {n}.{m}: The warranty covers manufacturing defects for {y} years from the date of purchase.",
  "Employees may carry over up to {d} unused vacation days into the next calendar year.",
  "To configure single sign-on, an administrator uploads the identity provider metadata under Security settings.",
  "The pump must be serviced every {d} months or after {h} operating hours, whichever comes first.",
  "Expense reports must be submitted within {d} days with itemised receipts attached.",
  "Release {n}.{m} fixes an issue where scheduled exports failed for time zones west of UTC.",
  "The API returns HTTP 429 when the rate limit is exceeded; clients should retry after the interval in the Retry-After header.",
  "Customer data is stored in the EU region and encrypted at rest with AES-256.",
  "Model {code} supports input voltages from 100 to 240 volts at 50 or 60 hertz.",
  "Refunds are processed to the original payment method within {d} business days.",
  "The onboarding checklist includes laptop setup, security training and a meeting with your buddy.",
  "Use the torque values in table {n} when reassembling the gearbox housing.",
  "If the sensor reports a value outside the calibrated range, the controller enters safe mode.",
  "Contractors must sign the confidentiality agreement before receiving access credentials.",
  "Quarterly business reviews are scheduled by the account manager for all enterprise customers.",
];
export function docChunk(r: Rng): string {
  const vars = { n: r.int(1, 12), m: r.int(0, 9), y: r.int(1, 5), d: r.int(5, 30), h: r.int(200, 2000), code: `${r.pick(["HX", "TR", "PV", "LM"])}-${r.int(100, 990)}` };
  return fill(r.sample(DOC_CHUNK_PARTS, r.int(2, 5)).join(" "), vars);
}
export const SEARCH_QUERIES = [
  "warranty length", "how many vacation days carry over", "sso setup okta", "pump service interval", "expense report deadline", "export fails timezone",
  "429 retry after", "where is customer data stored", "input voltage model", "refund how long", "onboarding checklist", "gearbox torque table",
  "sensor safe mode", "contractor nda access", "qbr schedule enterprise", "reset admin password", "invoice vat number missing", "change billing email",
];

// ---------------------------------------------------------------- benchmark (fixed sets)

/** A deterministic fixed benchmark question (same index -> same text, for nightly re-runs). */
export function benchQuestion(setSeed: number, i: number): { q: string; size: number } {
  const r = new Rng(setSeed, `bench-${i}`);
  const kind = i % 4;
  if (kind === 0) {
    const a = r.int(3, 40), b = r.int(2, 12), c = r.int(2, 9);
    return { q: `Question: ${r.pick(["Maria", "Tom", "Aiko", "Luis", "Fatima", "Ben"])} buys ${a} packs of stickers with ${b} stickers each. She gives away ${c} stickers to each of her ${r.int(2, 6)} friends and then buys ${r.int(5, 20)} more stickers. How many stickers does she have now?`, size: r.int(120, 260) };
  }
  if (kind === 1) {
    const opts = r.sample(["evaporation", "condensation", "sublimation", "deposition", "melting", "freezing"], 4);
    return { q: `Question: Which process describes a substance changing directly from a solid to a gas?\nA) ${opts[0]}\nB) ${opts[1]}\nC) ${opts[2]}\nD) ${opts[3]}`, size: r.int(90, 220) };
  }
  if (kind === 2) {
    const n = r.int(20, 90), k = r.int(2, 9);
    return { q: `Question: What is the remainder when ${n}^${k} is divided by ${r.int(5, 13)}?`, size: r.int(150, 400) };
  }
  const t = r.pick(ALL_TOPICS);
  return { q: `Question: Which of the following statements about ${t} is most accurate?\nA) It was first described in the 20th century.\nB) It depends on a feedback mechanism.\nC) It has no measurable effects.\nD) None of the above.`, size: r.int(120, 300) };
}

// ---------------------------------------------------------------- pass@k problems

interface ProbTpl {
  name: string;
  sig: string;
  doc: (k: number) => string;
  ex: (k: number, r: Rng) => [string, string][];
}
const PROBS: ProbTpl[] = [
  { name: "sum_multiples", sig: "(n: int) -> int", doc: (k) => `Return the sum of all positive integers below n that are multiples of ${k} or ${k + 2}.`, ex: (k, r) => [10, 20, r.int(21, 60)].map((n) => { let t = 0; for (let i = 1; i < n; i++) if (i % k === 0 || i % (k + 2) === 0) t += i; return [`${n}`, `${t}`]; }) },
  { name: "rotate_left", sig: "(xs: list, k: int) -> list", doc: (k) => `Rotate the list xs to the left by k positions (k may exceed len(xs)). Variant ${k}: return a new list, do not modify xs.`, ex: (_k, r) => { const xs = Array.from({ length: 5 }, () => r.int(0, 9)); const k = r.int(1, 7); const m = k % xs.length; return [[`[${xs.join(", ")}], ${k}`, `[${[...xs.slice(m), ...xs.slice(0, m)].join(", ")}]`]]; } },
  { name: "count_vowel_words", sig: "(text: str) -> int", doc: (k) => `Count the words in text that contain at least ${k} vowels (a, e, i, o, u, case-insensitive).`, ex: (k) => { const t = "An education is a beautiful opportunity"; const c = t.split(" ").filter((w) => (w.toLowerCase().match(/[aeiou]/g) ?? []).length >= k).length; return [[`"${t}"`, `${c}`]]; } },
  { name: "digit_root", sig: "(n: int) -> int", doc: (k) => `Repeatedly sum the digits of n until a single digit remains, then return it multiplied by ${k}.`, ex: (k, r) => [r.int(100, 99999), r.int(10, 999)].map((n) => [`${n}`, `${(1 + ((n - 1) % 9)) * k}`]) },
  { name: "longest_run", sig: "(xs: list[int]) -> int", doc: (k) => `Return the length of the longest run of consecutive equal elements in xs whose value is at least ${k}. Return 0 if there is none.`, ex: (k, r) => { const xs = Array.from({ length: 9 }, () => r.int(k - 1, k + 1)); let best = 0, cur = 0; xs.forEach((x, i) => { cur = x >= k && i > 0 && xs[i - 1] === x ? cur + 1 : x >= k ? 1 : 0; best = Math.max(best, cur); }); return [[`[${xs.join(", ")}]`, `${best}`]]; } },
  { name: "is_balanced", sig: "(s: str) -> bool", doc: (k) => `Return True if every bracket in s is matched and properly nested, considering (), [] and {}. Ignore other characters. Variant ${k}: strings longer than ${k * 10} characters are never balanced.`, ex: () => [["\"(a[b]{c})\"", "True"], ["\"(]\"", "False"]] },
  { name: "pairs_with_sum", sig: "(xs: list[int], target: int) -> int", doc: (k) => `Count unordered index pairs (i, j), i < j, with xs[i] + xs[j] == target and |i - j| <= ${k}.`, ex: (k, r) => { const xs = Array.from({ length: 7 }, () => r.int(1, 8)); const t = r.int(6, 12); let c = 0; for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length && j - i <= k; j++) if (xs[i] + xs[j] === t) c++; return [[`[${xs.join(", ")}], ${t}`, `${c}`]]; } },
  { name: "caesar_shift", sig: "(s: str) -> str", doc: (k) => `Shift each lowercase letter in s forward by ${k} positions in the alphabet, wrapping around; leave other characters unchanged.`, ex: (k) => { const w = "hello, world"; return [[`"${w}"`, `'${w.replace(/[a-z]/g, (c) => String.fromCharCode(97 + ((c.charCodeAt(0) - 97 + k) % 26)))}'`]]; } },
  { name: "nth_prime_gap", sig: "(n: int) -> int", doc: (k) => `Return the difference between the (n + ${k})-th prime and the n-th prime (1-indexed: the 1st prime is 2).`, ex: (k) => { const ps: number[] = []; for (let x = 2; ps.length < 40; x++) if (ps.every((p) => x % p)) ps.push(x); return [1, 5].map((n) => [`${n}`, `${ps[n + k - 1] - ps[n - 1]}`]); } },
  { name: "compress_string", sig: "(s: str) -> str", doc: (k) => `Run-length encode s as letter followed by count, but only for runs of length at least ${k}; shorter runs are copied unchanged.`, ex: (k) => { const s = "aaabccddddde"; const out = s.replace(/(.)\1*/g, (m, c) => (m.length >= k ? `${c}${m.length}` : m)); return [[`"${s}"`, `'${out}'`]]; } },
];

/** A deterministic function-completion problem (HumanEval-style), index -> same text. */
export function codeProblem(setSeed: number, i: number): { prompt: string; fn: string } {
  const r = new Rng(setSeed, `he-${i}`);
  const t = PROBS[i % PROBS.length];
  const k = 2 + Math.floor(i / PROBS.length) % 7;
  const fn = `${t.name}_${Math.floor(i / PROBS.length) + 1}`;
  const ex = t.ex(k, r).map(([a, b]) => `    >>> ${fn}(${a})\n    ${b}`).join("\n");
  return { fn, prompt: `def ${fn}${t.sig}:\n    """${t.doc(k)}\n\n${ex}\n    """\n` };
}

// ---------------------------------------------------------------- agents (honest travel agent tools)

export const TRAVEL_TOOLS = [
  { name: "search_flights", description: "Search flights between two airports on a date", parameters: { type: "object", properties: { origin: { type: "string", description: "IATA code" }, destination: { type: "string", description: "IATA code" }, date: { type: "string", format: "date" }, cabin: { type: "string", enum: ["economy", "premium", "business"] } }, required: ["origin", "destination", "date"] } },
  { name: "search_hotels", description: "Search hotels in a city for given nights", parameters: { type: "object", properties: { city: { type: "string" }, check_in: { type: "string", format: "date" }, nights: { type: "integer" }, max_price: { type: "number" } }, required: ["city", "check_in", "nights"] } },
  { name: "get_booking", description: "Look up an existing booking by reference", parameters: { type: "object", properties: { reference: { type: "string" } }, required: ["reference"] } },
  { name: "hold_booking", description: "Place a 24h hold on a flight or hotel offer", parameters: { type: "object", properties: { offer_id: { type: "string" } }, required: ["offer_id"] } },
  { name: "get_travel_policy", description: "Return the company travel policy for an employee grade", parameters: { type: "object", properties: { grade: { type: "string" } }, required: ["grade"] } },
];
export const AIRPORTS = ["FRA", "LHR", "CDG", "MAD", "JFK", "SFO", "AMS", "MUC", "BCN", "ORD", "ZRH", "DUB", "LIS", "BOS", "SEA"];
export const CITIES = ["Berlin", "London", "Paris", "Madrid", "New York", "San Francisco", "Amsterdam", "Munich", "Barcelona", "Chicago", "Zurich", "Dublin", "Lisbon", "Boston", "Seattle"];
