// Realistic homework/step-by-step asks by subject, several languages.
export const STEP = {
  en: ["Explain step by step", "Can you solve this step by step?", "Show me step by step how to do this", "Walk me through it step by step", "step by step please"],
  es: ["Explícame paso a paso", "¿Puedes resolverlo paso a paso?", "Resuélvelo paso a paso, por favor"],
  de: ["Erkläre es mir Schritt für Schritt", "Kannst du das Schritt für Schritt lösen?"],
  fr: ["Explique-moi étape par étape", "Peux-tu le résoudre étape par étape ?"],
  pt: ["Explique passo a passo", "Pode resolver passo a passo?"],
};

const N = (r, a, b) => r.int(a, b);

// drill: quick arithmetic / fractions / percent: short worked answers
export function drill(r, lang = "en") {
  const a = N(r, 12, 98), b = N(r, 11, 97), c = N(r, 2, 9), d = N(r, 3, 12);
  const en = [
    `What is ${a} times ${b}?`, `What is ${a * 7} divided by 7?`, `Add ${c}/${d} and ${c + 1}/${d + 2}.`,
    `What is ${c * 5}% of ${a * 10}?`, `Round ${a}.${b}${c} to one decimal place.`, `Subtract ${a * 13} from ${b * 29}.`,
    `Simplify the fraction ${c * 6}/${d * 6}.`, `Convert ${c}/${d + 1} to a decimal.`, `Find the LCM of ${c + 2} and ${d}.`,
    `What is ${a}² ?`, `Is ${a * 3 + 1} a prime number?`, `Order these numbers: ${a / 10}, ${b / 100}, ${c}/${d}.`,
  ];
  const es = [`¿Cuánto es ${a} por ${b}?`, `Suma ${c}/${d} y ${c + 1}/${d + 2}.`, `¿Cuánto es el ${c * 5}% de ${a * 10}?`, `Simplifica la fracción ${c * 6}/${d * 6}.`];
  const de = [`Was ist ${a} mal ${b}?`, `Addiere ${c}/${d} und ${c + 1}/${d + 2}.`, `Wie viel sind ${c * 5} % von ${a * 10}?`, `Kürze den Bruch ${c * 6}/${d * 6}.`];
  const fr = [`Combien font ${a} fois ${b} ?`, `Additionne ${c}/${d} et ${c + 1}/${d + 2}.`, `Combien font ${c * 5} % de ${a * 10} ?`];
  const pt = [`Quanto é ${a} vezes ${b}?`, `Some ${c}/${d} e ${c + 1}/${d + 2}.`, `Quanto é ${c * 5}% de ${a * 10}?`];
  const q = r.pick({ en, es, de, fr, pt }[lang]);
  return `${q} ${r.pick(STEP[lang])}.`;
}

// long-form subjects: worked explanations of several hundred tokens
const SUBJ = {
  physics: (r) => r.pick([
    `A car accelerates from rest at ${N(r, 2, 6)} m/s² for ${N(r, 4, 12)} seconds. How far does it travel and what is its final velocity?`,
    `A ${N(r, 2, 9)} kg block slides down a frictionless incline of ${r.pick([20, 25, 30, 35, 40])} degrees. Find its acceleration and the normal force.`,
    `Two resistors of ${N(r, 3, 20)} ohm and ${N(r, 5, 40)} ohm are connected in parallel to a ${N(r, 6, 24)} V battery. Find the current through each resistor.`,
    `A ball is thrown horizontally from a cliff ${N(r, 15, 80)} m high at ${N(r, 5, 25)} m/s. When and where does it land?`,
    `Explain why the momentum is conserved when a ${N(r, 1, 5)} kg cart collides with a stationary ${N(r, 1, 5)} kg cart and they stick together at ${N(r, 2, 8)} m/s.`,
  ]),
  chemistry: (r) => r.pick([
    `Balance the chemical equation: ${r.pick(["Fe + O2 -> Fe2O3", "C3H8 + O2 -> CO2 + H2O", "Al + HCl -> AlCl3 + H2", "KClO3 -> KCl + O2"])}`,
    `How many grams of NaCl are needed to make ${N(r, 1, 5) * 100} mL of a ${N(r, 1, 9) / 10} M solution?`,
    `Calculate the pH of a ${N(r, 1, 9)}.0 x 10^-${N(r, 2, 5)} M HCl solution.`,
    `What is the limiting reagent when ${N(r, 5, 40)} g of hydrogen reacts with ${N(r, 20, 90)} g of oxygen to form water?`,
    `Draw the Lewis structure of ${r.pick(["CO2", "NH3", "H2O", "CH4", "SO2", "NO3-"])} and explain its molecular geometry.`,
  ]),
  biology: (r) => r.pick([
    `Explain how photosynthesis converts light energy into chemical energy in the chloroplast.`,
    `In pea plants, tall (T) is dominant over short (t). What are the offspring ratios of a ${r.pick(["Tt x Tt", "TT x tt", "Tt x tt"])} cross?`,
    `Describe the stages of mitosis and what happens to the chromosomes in each.`,
    `How does the human heart pump blood through the pulmonary and systemic circulation?`,
    `Explain how natural selection could lead to antibiotic resistance in bacteria.`,
  ]),
  history: (r) => r.pick([
    `What were the main causes of the ${r.pick(["First World War", "French Revolution", "American Civil War", "fall of the Roman Empire", "Russian Revolution of 1917"])}?`,
    `How did the ${r.pick(["Industrial Revolution", "printing press", "Treaty of Versailles", "Cold War", "Renaissance"])} change European society?`,
    `Compare the ${r.pick(["Athenian and Spartan governments", "causes of the two world wars", "British and Spanish colonial empires"])}.`,
  ]),
  geography: (r) => r.pick([
    `Explain how ${r.pick(["monsoon rainfall", "plate tectonics builds mountains", "river deltas form", "glaciers shape valleys", "desertification spreads"])} works, with an example.`,
    `Why is the population of ${r.pick(["Egypt", "Canada", "Australia", "Brazil", "Russia"])} concentrated where it is? Refer to climate and landforms.`,
  ]),
  economics: (r) => r.pick([
    `If the price of ${r.pick(["coffee", "petrol", "wheat", "rent"])} rises by ${N(r, 5, 40)}% and demand falls by ${N(r, 2, 30)}%, what is the price elasticity of demand and what does it mean?`,
    `Explain how ${r.pick(["inflation", "interest rates", "a minimum wage", "a tariff on imports", "supply and demand"])} affects ${r.pick(["households", "small businesses", "employment", "the market price"])}.`,
    `Calculate the compound interest on ${N(r, 1, 9) * 1000} dollars at ${N(r, 2, 8)}% per year for ${N(r, 3, 10)} years.`,
  ]),
  literature: (r) => r.pick([
    `How should I structure an essay on the theme of ${r.pick(["ambition in Macbeth", "isolation in Frankenstein", "class in Pride and Prejudice", "guilt in Crime and Punishment", "power in Animal Farm"])}?`,
    `Analyse the use of imagery in the poem "${r.pick(["The Road Not Taken", "Ozymandias", "Daffodils", "Dulce et Decorum Est"])}".`,
  ]),
  programming: (r) => r.pick([
    `How do I write a Python function that ${r.pick(["reverses a string", "finds the largest number in a list", "counts the vowels in a sentence", "checks if a word is a palindrome", "sorts a list without sort()"])}?`,
    `Why does my JavaScript loop print ${N(r, 3, 9)} ${N(r, 3, 9)} times instead of counting up? for (var i = 0; i < ${N(r, 3, 9)}; i++) setTimeout(() => console.log(i));`,
  ]),
  statistics: (r) => r.pick([
    `Find the mean, median and standard deviation of: ${Array.from({ length: 8 }, () => N(r, 2, 60)).join(", ")}.`,
    `A bag has ${N(r, 2, 8)} red and ${N(r, 2, 8)} blue marbles. What is the probability of drawing two red marbles without replacement?`,
  ]),
  astronomy: (r) => r.pick([
    `Why do we have seasons on Earth? Explain the role of the axial tilt.`,
    `How long does light take to travel from ${r.pick(["the Sun to Mars", "the Moon to Earth", "the Sun to Jupiter"])}? Show the calculation.`,
  ]),
  music: (r) => r.pick([`How do I build the chords of the ${r.pick(["C major", "G major", "A minor", "D major", "E minor"])} scale?`, `How do I count a ${r.pick(["6/8", "3/4", "5/4", "7/8"])} rhythm?`]),
  algebra: (r) => r.pick([
    `Solve for x: ${N(r, 2, 9)}x + ${N(r, 1, 20)} = ${N(r, 21, 90)}`,
    `Solve the quadratic equation x² ${r.pick(["+", "-"])} ${N(r, 1, 12)}x ${r.pick(["+", "-"])} ${N(r, 1, 30)} = 0`,
    `Factorise ${N(r, 2, 6)}x² + ${N(r, 5, 20)}x + ${N(r, 2, 12)}.`,
  ]),
  geometry: (r) => r.pick([
    `Find the area of a triangle with sides ${N(r, 5, 12)} cm, ${N(r, 6, 14)} cm and ${N(r, 7, 15)} cm.`,
    `A circle has a radius of ${N(r, 3, 20)} cm. What is the length of an arc subtending ${r.pick([30, 45, 60, 120])} degrees?`,
    `Prove that the angles of a triangle add up to 180 degrees.`,
  ]),
};
export const LONG_SUBJECTS = Object.keys(SUBJ);
export function longAsk(r, subj, lang = "en") {
  const q = SUBJ[subj](r);
  return `${q} ${r.pick(STEP.en)}.`;
}
export function subjAsk(r, subj) { return SUBJ[subj](r); }
