/**
 * Benchmark runs (class "benchmark"): a one-off chain-of-thought math run, a nightly regression of
 * a fixed set, a university group that runs a different public-style benchmark each night, and
 * pass@k code evaluation with n > 1. Every item text is composed here.
 */
import { type Ctx, type R, type Src, D, H, M, S, START, RELEASE, NEW_MODEL, answerLen, campus, cloud, egress, hexId, latency, local, promptTokens, seedOf, R as Rng } from "./core.ts";

// --------------------------------------------------------------- grade-school style word problems (en)
const WORD: ((r: R) => string)[] = [
  (r) => `Maya bakes ${r.int(3, 9)} trays of cookies with ${r.int(12, 30)} cookies on each tray. She gives ${r.int(10, 40)} cookies to her neighbours and packs the rest into bags of ${r.pick([4, 5, 6])}. How many full bags does she have?`,
  (r) => `A bus leaves with ${r.int(20, 45)} passengers. At the first stop ${r.int(3, 12)} people get off and ${r.int(2, 9)} get on. At the second stop half of the passengers get off. How many passengers are left on the bus?`,
  (r) => `Carlos earns $${r.int(12, 28)} per hour and works ${r.int(20, 40)} hours a week. He saves ${r.pick([10, 15, 20, 25])}% of what he earns. How much does he save in ${r.int(3, 8)} weeks?`,
  (r) => `A garden is ${r.int(6, 20)} meters long and ${r.int(4, 15)} meters wide. A path ${r.pick([1, 2])} meter wide runs around the outside of the garden. What is the area of the path in square meters?`,
  (r) => `Lena read ${r.int(12, 40)} pages on Monday, twice as many on Tuesday, and ${r.int(5, 15)} fewer pages on Wednesday than on Tuesday. The book has ${r.int(180, 400)} pages. How many pages are left?`,
  (r) => `A shop sells pencils at ${r.int(3, 9)} for $${r.int(1, 4)}. How many dollars do ${r.int(4, 12) * 6} pencils cost?`,
  (r) => `A tank holds ${r.int(200, 900)} liters. It is ${r.pick(["one quarter", "one third", "two fifths"])} full. A pump adds ${r.int(10, 40)} liters per minute. How many minutes until the tank is full?`,
  (r) => `There are ${r.int(18, 36)} students in a class. ${r.int(3, 8)} of them walk to school, three times as many take the bus, and the rest are driven. How many students are driven to school?`,
  (r) => `A farmer has chickens and cows. Together they have ${r.int(20, 60)} heads and ${r.int(60, 180) * 2} legs. How many cows does the farmer have?`,
  (r) => `Tom buys ${r.int(2, 6)} shirts at $${r.int(12, 30)} each and a jacket that costs ${r.int(2, 4)} times as much as one shirt. He pays with a $${r.pick([100, 150, 200])} bill. How much change does he get?`,
  (r) => `A recipe needs ${r.int(2, 5)} eggs for every ${r.int(150, 300)} grams of flour. Ana has ${r.int(6, 20)} eggs and plenty of flour. What is the most flour she can use, in grams?`,
  (r) => `A train travels at ${r.int(60, 140)} km per hour for ${r.int(2, 5)} hours, then at ${r.int(40, 100)} km per hour for ${r.int(1, 3)} hours. What is the total distance?`,
];
export function benchOneOff(c: Ctx): void {
  const r = c.r;
  const key = c.key("proj");
  const lab = egress(r, ["gcpUs"], 2);
  const items = Array.from({ length: 650 }, () => r.pick(WORD)(r));
  const models = ["gpt-4.1-mini", "gpt-4.1"];
  let t0 = local(1, 14, -4) + r.int(0, 30) * M;
  for (const model of models) {
    const lanes = Array.from({ length: 4 }, (_, i) => t0 + i * 400);
    items.forEach((q, i) => {
      const body = { model, temperature: 0, max_tokens: 1024, messages: [{ role: "user", content: `${q}\nLet's think step by step. At the end, write the final answer as "#### <number>".` }] };
      const comp = answerLen(r, 230, 0.35, 1024, 60);
      const lane = i % 4;
      c.post(lanes[lane], key, lab[lane % 2], "/v1/chat/completions", body, promptTokens(body), comp);
      lanes[lane] += Math.max(latency(r, comp, 95), 4600) + r.int(20, 200); // the harness's limiter: 52 a minute
    });
    t0 = Math.max(...lanes) + r.int(3, 20) * M;
  }
}

// --------------------------------------------------------------- nightly regression of a fixed set
const NIGHTLY_SYSTEM = "You are being evaluated on an internal regression set. Reason step by step, then give the final answer on its own last line as 'Answer: ...'.";
function nightlySet(): string[] {
  const r = new Rng(seedOf("suite-m|nightly-fixed-set")); // the same set every night and every seed
  const out: string[] = [];
  for (let i = 0; i < 120; i++) {
    const a = r.int(3, 40), b = r.int(2, 12);
    out.push(r.pick([
      `An order of ${a} units is split equally across ${b} warehouses, and any remainder goes to the largest one. How many units does the largest warehouse receive?`,
      `A subscription costs ${a} euros a month with a ${b}% discount for annual payment. What does one year cost when paid annually?`,
      `A support queue receives ${a * 3} tickets per hour and each agent resolves ${b} per hour. What is the minimum number of agents needed so the queue does not grow?`,
    ]));
  }
  for (let i = 0; i < 120; i++) {
    out.push(`Extract vendor, invoice number, date and total as JSON from this text:\n"${r.pick(["Rechnung", "Invoice", "Facture"])} ${r.pick(["Nr.", "No.", "n°"])} ${r.int(10000, 99999)} — ${r.pick(["Kowalski Druck GmbH", "Bluefin Supplies Ltd", "Atelier Morel SARL", "Oakridge Lumber Co."])} — ${r.int(1, 28)}.${r.int(1, 12)}.2027 — ${r.pick(["Gesamt", "Total", "Total TTC"])}: ${r.int(40, 9000)},${r.int(10, 99)} ${r.pick(["EUR", "GBP", "USD"])}"`);
  }
  for (let i = 0; i < 120; i++) {
    const who = r.pick(["Ines", "Raj", "Olu", "Mei", "Kai", "Sven"]);
    const place = r.pick(["the harbour office", "the north depot", "the lab on the third floor", "the old mill"]);
    out.push(`Passage: ${who} started at ${place} in ${r.int(2012, 2022)}. ${r.pick(["Two years later", "After a short break", "The following spring"])} ${who} moved to ${r.pick(["the finance team", "a night shift", "the Lisbon branch"])}, and ${r.pick(["still works there", "left in 2025", "now leads it"])}.\nQuestion: Where did ${who} work first, and did ${who} change teams? Answer in one sentence.`);
  }
  return out;
}
export function benchNightly(c: Ctx): void {
  const r = c.r;
  const key = c.key("svc");
  const runner = cloud(r, "azureEu");
  const set = nightlySet();
  for (let night = 0; night < 4; night++) {
    const models = START + night * D + 2 * H > RELEASE ? ["gpt-4.1-mini", NEW_MODEL] : ["gpt-4.1-mini"];
    let t = START + night * D + 2 * H + r.int(0, 90) * S;
    for (const model of models) {
      const lanes = [t, t + 300, t + 600, t + 900];
      set.forEach((q, i) => {
        const body = { model, temperature: 0, max_tokens: 1536, seed: 7, messages: [{ role: "system", content: NIGHTLY_SYSTEM }, { role: "user", content: q }] };
        const comp = answerLen(r, i < 120 ? 260 : i < 240 ? 120 : 90, 0.3, 1536, 30);
        c.post(lanes[i % 4], key, runner, "/v1/chat/completions", body, promptTokens(body), comp);
        lanes[i % 4] += Math.max(latency(r, comp, 100), 4700) + r.int(50, 300);
      });
      t = Math.max(...lanes) + 2 * M;
    }
  }
}

// --------------------------------------------------------------- a different public-style benchmark each night
const MGSM: Record<string, ((r: R) => string)[]> = {
  es: [
    (r) => `Lucía compra ${r.int(3, 9)} cajas de lápices con ${r.int(6, 12)} lápices cada una. Regala ${r.int(4, 15)} lápices a sus compañeros. ¿Cuántos lápices le quedan?`,
    (r) => `Un huerto tiene ${r.int(8, 20)} filas de ${r.int(10, 25)} tomateras. Si cada tomatera da ${r.int(2, 6)} kilos, ¿cuántos kilos se cosechan en total?`,
  ],
  fr: [
    (r) => `Paul a ${r.int(20, 60)} billes. Il en donne un tiers à sa sœur puis en gagne ${r.int(5, 15)} à la récréation. Combien de billes a-t-il maintenant ?`,
    (r) => `Une boulangerie vend ${r.int(80, 200)} baguettes par jour à ${r.pick(["1,10", "1,20", "1,30"])} €. Combien gagne-t-elle en ${r.int(5, 7)} jours ?`,
  ],
  de: [
    (r) => `Ein Zug fährt um ${r.int(6, 10)}:15 Uhr ab und braucht ${r.int(95, 280)} Minuten bis zum Ziel. Um wie viel Uhr kommt er an?`,
    (r) => `Mia spart jede Woche ${r.int(4, 15)} Euro. Nach wie vielen Wochen hat sie genug für ein Fahrrad, das ${r.int(120, 400)} Euro kostet?`,
  ],
  ja: [
    (r) => `りんごが${r.int(20, 60)}個あります。${r.int(3, 8)}人で同じ数ずつ分けると、1人何個になり、何個あまりますか。`,
    (r) => `時速${r.int(40, 80)}kmの車が${r.int(2, 5)}時間走り、その後時速${r.int(30, 60)}kmで${r.int(1, 3)}時間走りました。合計で何km走りましたか。`,
  ],
  zh: [
    (r) => `小明有${r.int(30, 90)}元，买了${r.int(2, 6)}本笔记本，每本${r.int(4, 12)}元，他还剩多少钱？`,
    (r) => `一个长方形花坛长${r.int(6, 20)}米，宽${r.int(3, 12)}米，在四周围上栅栏，需要多少米栅栏？`,
  ],
  sw: [
    (r) => `Juma ana maembe ${r.int(20, 60)}. Anauza maembe ${r.int(5, 18)} sokoni na kumpa dada yake maembe ${r.int(2, 8)}. Amebaki na maembe mangapi?`,
    (r) => `Basi linabeba abiria ${r.int(30, 60)}. Katika kituo cha kwanza abiria ${r.int(4, 12)} wanashuka na ${r.int(2, 9)} wanapanda. Sasa kuna abiria wangapi?`,
  ],
};
const SCI: [string, string[]][] = [
  ["Which process in plants releases oxygen as a by-product?", ["Photosynthesis", "Respiration", "Transpiration", "Germination"]],
  ["What is the main reason the seasons change on Earth?", ["The tilt of Earth's axis", "Earth's distance from the Sun", "The Moon's orbit", "Solar flares"]],
  ["Which of these is a chemical change?", ["Iron rusting", "Ice melting", "Salt dissolving in water", "Glass breaking"]],
  ["A ball is dropped from rest. Ignoring air resistance, what happens to its speed as it falls?", ["It increases steadily", "It stays the same", "It decreases", "It increases then stays constant"]],
  ["Which organ filters blood to produce urine?", ["Kidney", "Liver", "Lung", "Pancreas"]],
  ["What type of rock forms from cooled lava?", ["Igneous", "Sedimentary", "Metamorphic", "Limestone"]],
  ["Which quantity is measured in newtons?", ["Force", "Energy", "Power", "Pressure"]],
  ["Why does a metal spoon feel colder than a wooden spoon at the same temperature?", ["Metal conducts heat away from the hand faster", "Metal is actually colder", "Wood produces heat", "Metal reflects light"]],
];
const NAMES5 = ["Ada", "Bruno", "Chiara", "Dev", "Elif", "Femi", "Greta", "Hiro"];
export function benchRotating(c: Ctx): void {
  const r = c.r;
  const key = c.key("ant");
  const cluster = campus(r, "internet2");
  const nights: { name: string; wrap: string; items: string[]; thinking?: number }[] = [];
  const mgsm: string[] = [];
  for (const lang of Object.keys(MGSM)) for (let i = 0; i < 42; i++) mgsm.push(r.pick(MGSM[lang])(r));
  nights.push({ name: "mgsm-style", wrap: "Solve the problem. Reason step by step in the language of the problem, then write 'Answer: <number>'.\n\n", items: mgsm });
  const sci: string[] = [];
  for (let i = 0; i < 400; i++) {
    const [q, opts] = r.pick(SCI);
    const o = r.shuffle(opts.slice());
    sci.push(`${q}\n(A) ${o[0]}\n(B) ${o[1]}\n(C) ${o[2]}\n(D) ${o[3]}`);
  }
  nights.push({ name: "science-mcq", wrap: "Answer the following multiple-choice question. Think step by step before giving your final answer in the form 'The answer is (X)'.\n\n", items: sci });
  const logic: string[] = [];
  for (let i = 0; i < 300; i++) {
    const ppl = r.some(NAMES5, r.int(4, 6));
    logic.push(`${ppl.length} people — ${ppl.join(", ")} — stand in a line. ${ppl[1]} is directly behind ${ppl[0]}. ${ppl[2]} is somewhere in front of ${ppl[3]}. ${ppl[ppl.length - 1]} is last. ${ppl[0]} is not first. Who is ${r.pick(["first", "second", "third"])} in line?`);
  }
  nights.push({ name: "logical-deduction", wrap: "Work through the constraints one at a time, then state the answer in the form 'The answer is X'.\n\n", items: logic, thinking: 4000 });
  const rc: string[] = [];
  for (let i = 0; i < 300; i++) {
    const town = r.pick(["Alderby", "Sint-Maarten aan Zee", "Port Ellis", "Val Rossa"]);
    rc.push(`Passage: In ${r.int(1820, 1990)}, ${town} built ${r.pick(["a stone bridge", "a railway station", "a public library", "a covered market"])} after ${r.pick(["a flood destroyed the old one", "a fire in the harbour", "merchants petitioned the council", "a local benefactor left money in her will"])}. For decades it was ${r.pick(["the busiest place in town", "used mostly on market days", "closed in winter"])}, until ${r.pick(["a new road bypassed the town", "it was damaged in a storm", "the council sold it"])}.\n\nQuestion: Why was it built, and what changed its fortunes?\n(A) A disaster; a change in transport\n(B) A petition; a sale\n(C) A bequest; a storm\n(D) It is not stated`);
  }
  nights.push({ name: "reading-comprehension", wrap: "Read the passage and answer. Explain your reasoning briefly, then write 'The answer is (X)'.\n\n", items: rc });
  nights.forEach((night, n) => {
    let t = START + n * D + 5 * H + r.int(0, 20) * M;
    const lanes = [t, t + 500, t + 1000, t + 1500, t + 2000, t + 2500];
    night.items.forEach((q, i) => {
      const body: Record<string, unknown> = { model: "claude-sonnet-4-5", max_tokens: night.thinking ? 8000 : 2048, messages: [{ role: "user", content: night.wrap + q }], metadata: { user_id: "nlp-eval-" + night.name } };
      if (night.thinking) body.thinking = { type: "enabled", budget_tokens: night.thinking }; else body.temperature = 0;
      const comp = answerLen(r, night.thinking ? 1400 : 280, 0.4, night.thinking ? 8000 : 2048, 40);
      const lane = i % 6;
      c.post(lanes[lane], key, cluster, "/v1/messages", body, promptTokens(body), comp);
      lanes[lane] += Math.max(latency(r, comp, 75), 7000) + r.int(100, 600);
    });
  });
  void hexId; void S;
}

// --------------------------------------------------------------- pass@k
const SPECS: ((r: R, i: number) => string)[] = [
  (r, i) => `def count_vowels_${i}(s: str) -> int:\n    """Return the number of vowels (a, e, i, o, u${r.chance(0.5) ? ", and y at the end of a word" : ""}) in s, ignoring case.\n    >>> count_vowels_${i}("Hello World")\n    3\n    """\n`,
  (r, i) => `def rotate_list_${i}(xs: list, k: int) -> list:\n    """Rotate xs to the ${r.pick(["right", "left"])} by k positions. k may be larger than len(xs) or negative.\n    >>> rotate_list_${i}([1, 2, 3, 4], 1)\n    """\n`,
  (r, i) => `def is_balanced_${i}(s: str) -> bool:\n    """Return True if every bracket in s (${r.pick(["(), [] and {}", "() and []", "<> and ()"])}) is closed in the right order. Other characters are ignored.\n    """\n`,
  (r, i) => `def nth_prime_after_${i}(n: int) -> int:\n    """Return the smallest prime strictly greater than n * ${r.int(2, 9)}.\n    >>> nth_prime_after_${i}(1)\n    """\n`,
  (r, i) => `def merge_intervals_${i}(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:\n    """Merge overlapping ${r.pick(["closed", "half-open"])} intervals and return them sorted by start.\n    """\n`,
  (r, i) => `def digit_sum_until_single_${i}(n: int) -> int:\n    """Repeatedly sum the digits of n until a single digit remains. n >= 0.\n    """\n`,
  (r, i) => `def run_length_${i}(s: str) -> str:\n    """Run-length encode s, e.g. 'aaabcc' -> '${r.pick(["a3b1c2", "3a1b2c"])}'.\n    """\n`,
  (r, i) => `def second_largest_${i}(xs: list[int]) -> int | None:\n    """Return the second largest distinct value in xs, or None if there is none.\n    """\n`,
  (r, i) => `def words_by_length_${i}(text: str, min_len: int = ${r.int(2, 5)}) -> dict[int, list[str]]:\n    """Group the words of text by length, keeping only words with at least min_len letters. Punctuation is stripped.\n    """\n`,
  (r, i) => `def is_anagram_${i}(a: str, b: str) -> bool:\n    """True if a and b are anagrams of each other, ignoring spaces${r.chance(0.5) ? " and case" : ""}.\n    """\n`,
  (r, i) => `def matrix_spiral_${i}(m: list[list[int]]) -> list[int]:\n    """Return the elements of m in ${r.pick(["clockwise", "counter-clockwise"])} spiral order starting at the top-left corner.\n    """\n`,
];
export function passAtK(c: Ctx): void {
  const r = c.r;
  const key = c.key("proj");
  const box: Src = cloud(r, "gcpUs");
  const problems = Array.from({ length: 164 }, (_, i) => r.pick(SPECS)(r, i));
  const run = (t0: number, path: string, model: string, n: number, items: string[]) => {
    const lanes = [t0, t0 + 700, t0 + 1400, t0 + 2100];
    items.forEach((p, i) => {
      const body: Record<string, unknown> = path === "/v1/completions"
        ? { model, prompt: p, n, temperature: 0.8, top_p: 0.95, max_tokens: 384, stop: ["\ndef ", "\nclass ", "\nif __name__", "\n#"] }
        : { model, n, temperature: 0.8, top_p: 0.95, max_tokens: 512, messages: [{ role: "system", content: "Complete the Python function. Reply with the full function in one ```python block and nothing else." }, { role: "user", content: p }] };
      let comp = 0;
      for (let k = 0; k < n; k++) comp += answerLen(r, 95, 0.5, path === "/v1/completions" ? 384 : 512, 15);
      c.post(lanes[i % 4], key, box, path, body, promptTokens(body), comp);
      lanes[i % 4] += latency(r, comp / 2, 110) + r.int(100, 800);
    });
  };
  run(local(1, 10, -7) + r.int(0, 40) * M, "/v1/chat/completions", "gpt-4.1-mini", 10, problems);
  run(local(2, 11, -7) + r.int(0, 40) * M, "/v1/completions", "gpt-3.5-turbo-instruct", 20, problems);
  run(local(2, 16, -7) + r.int(0, 40) * M, "/v1/chat/completions", "gpt-4.1", 10, r.some(problems, 60));
}
