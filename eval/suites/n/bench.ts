/**
 * Benchmark and eval runs: a one-off chain-of-thought run, a fixed set re-run every night, pass@k
 * on code with n > 1, and a log-likelihood multiple-choice harness on legacy completions.
 */
import { type Body, Sc, at, dc, fill, olen, tok, MIN, SEC } from "./core.ts";

function lanes(sc: Sc, start: number, items: number, rpm: number, emit: (t: number, i: number) => void): void {
  // a harness limited to `rpm` requests a minute, items issued in order with a little jitter
  const gap = 60_000 / rpm;
  for (let i = 0; i < items; i++) emit(start + i * gap + sc.r.int(0, Math.floor(gap * 0.6)), i);
}

// ------------------------------------------------------------------ one-off chain of thought
const ONE_TPL = [
  "A farmer has {a} rows of {b} apple trees and sells each tree's crop for ${c}. A storm ruins {d} trees. How much money does the farmer make?",
  "Mia reads {a} pages on weekdays and {b} pages on each weekend day. How many pages does she read in {c} weeks?",
  "A tank fills at {a} litres per minute and leaks {b} litres per minute. How long until it holds {c}0 litres?",
  "Tickets cost ${a} for adults and ${b} for children. A group of {c} people paid ${d}0. How many children were there?",
];
export function benchOneOff(sc: Sc): void {
  const r = sc.r;
  const key = sc.key("proj");
  const ip = dc(r, "gcpIowa");
  const items = Array.from({ length: 720 }, () => fill(r, r.pick(ONE_TPL), { a: String(r.int(3, 40)), b: String(r.int(2, 25)), c: String(r.int(2, 30)), d: String(r.int(1, 9)) }));
  const models = ["gpt-4.1", "gpt-4.1-mini"];
  let start = at(2, 13, -5);
  for (const m of models) {
    lanes(sc, start, items.length, 45, (t, i) => {
      const body: Body = { model: m, messages: [{ role: "user", content: `Q: ${items[i]}\nA: Let's think step by step. End with "The answer is N."` }], temperature: 0, max_tokens: 1024 };
      sc.post(t, key, ip, "/v1/chat/completions", body, olen(r, 210, 0.35, 1024, 60));
    });
    start += (items.length / 45) * MIN + 20 * MIN;
  }
}

// ------------------------------------------------------------------ nightly fixed set
const NIGHT_ITEMS = [
  "Extract vendor, date, total and VAT from this invoice as JSON: Rechnung Nr. {a}, Musterbau GmbH, {d}.05.2027, Netto {b},00 EUR, MwSt 19 %.",
  "Is the following statement entailed by the passage? Passage: The museum closes at {a} on Sundays. Statement: On Sunday you can visit at {b}. Answer yes or no and explain.",
  "Solve and give only the final number after reasoning: {a} * {b} - {d}",
  "Résume en une phrase : La mairie rouvre la piscine municipale le {d} juin après {a} mois de travaux.",
  "Classify the sentiment of: 'The update broke my login for {a} days, support never answered.' Options: positive, neutral, negative.",
];
export function benchNightly(sc: Sc): void {
  const r = sc.r;
  const key = sc.key("svc");
  const ip = dc(r, "awsVa");
  const set = Array.from({ length: 330 }, () => fill(r, r.pick(NIGHT_ITEMS), { a: String(r.int(2, 20)), b: String(r.int(10, 99)), d: String(r.int(10, 28)) }));
  const outs = set.map(() => olen(r, 150, 0.6, 800, 5));
  for (let d = 0; d < 4; d++) {
    lanes(sc, at(d, 1.5, 0) + r.int(0, 120) * SEC, set.length, 40, (t, i) => {
      const body: Body = { model: "gpt-4.1-mini", messages: [{ role: "system", content: "Evaluation harness v3. Answer the task exactly." }, { role: "user", content: set[i] }], temperature: 0, max_tokens: 800, seed: 1234 };
      sc.post(t, key, ip, "/v1/chat/completions", body, Math.max(1, outs[i] + r.int(-5, 5)));
    });
  }
}

// ------------------------------------------------------------------ pass@k
const PK_FN = ["parse_duration", "merge_intervals", "roman_to_int", "is_balanced", "top_k_words", "flatten_dict", "chunk_list", "validate_isbn", "rle_encode", "next_palindrome", "camel_to_snake", "median_of_stream"];
export function benchPassK(sc: Sc): void {
  const r = sc.r;
  const key = sc.key("proj");
  const ip = dc(r, "azureVa");
  const probs = Array.from({ length: 150 }, (_, i) => `def ${PK_FN[i % PK_FN.length]}_${i}(${r.pick(["s: str", "xs: list[int]", "d: dict", "n: int"])}) -> ${r.pick(["int", "bool", "list", "str"])}:\n    """${r.pick(["Return the result described in the examples.", "Handle empty input by returning the neutral value.", "Raise ValueError on malformed input."])}\n    >>> ${PK_FN[i % PK_FN.length]}_${i}(${r.pick(["'1h30m'", "[1, 3, 2]", "{'a': {'b': 1}}", "7"])})\n    ${r.pick(["5400", "True", "[1, 2, 3]", "'a_b'"])}\n    """\n`);
  lanes(sc, at(1, 10, -8), probs.length, 20, (t, i) => {
    sc.post(t, key, ip, "/v1/chat/completions", { model: "gpt-4.1", messages: [{ role: "user", content: `Complete the function. Return only code.\n\n${probs[i]}` }], n: 10, temperature: 0.8, top_p: 0.95, max_tokens: 512 }, olen(r, 900, 0.3, 5120, 200));
  });
  lanes(sc, at(1, 16, -8), 60, 12, (t, i) => {
    sc.post(t, key, ip, "/v1/completions", { model: "gpt-3.5-turbo-instruct", prompt: probs[i], n: 20, temperature: 0.8, max_tokens: 300, stop: ["\ndef ", "\nclass "] }, olen(r, 1800, 0.3, 6000, 300));
  });
}

// ------------------------------------------------------------------ log-likelihood multiple choice
const LL_Q = [
  ["The boiling point of water at sea level in Fahrenheit is", [" 212", " 100", " 180", " 32"]],
  ["The capital of Australia is", [" Canberra", " Sydney", " Melbourne", " Perth"]],
  ["A haiku traditionally has this many syllables:", [" 17", " 14", " 21", " 12"]],
  ["The process by which plants lose water through leaves is called", [" transpiration", " respiration", " osmosis", " diffusion"]],
  ["In economics, a good whose demand rises as income falls is", [" an inferior good", " a normal good", " a luxury good", " a public good"]],
] as const;
export function benchLogLik(sc: Sc): void {
  const r = sc.r;
  const key = sc.key("legacy");
  const ip = dc(r, "ovh");
  const qs = Array.from({ length: 280 }, (_, i) => { const q = LL_Q[i % LL_Q.length]; return { stem: `Question ${i + 1}. ${q[0]}`, opts: q[1] }; });
  lanes(sc, at(0, 20, 2), qs.length, 30, (t, i) => {
    const q = qs[i];
    const prompt = q.opts.map((o) => q.stem + o);
    sc.post(t, key, ip, "/v1/completions", { model: "davinci-002", prompt, max_tokens: 1, echo: true, logprobs: 1, temperature: 0 }, 4, { prompt: prompt.reduce((a, p) => a + tok(p), 0) });
  });
}
