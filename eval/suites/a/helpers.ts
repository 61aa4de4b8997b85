// Request-building and timing helpers shared by the scenarios of suite A.
import { Rng, Sink, randStr, SEC, MIN, HOUR, T0, genMs } from "./lib.ts";
import type { Isp, Net } from "./lib.ts";

export interface Ctx {
  sink: Sink;
  seed: number;
  isps: Isp[];
}

export type Scenario = {
  name: string;
  cls: "honest" | "distill";
  family: string;
  run: (ctx: Ctx, r: Rng) => void;
};

/** Drop undefined fields so bodies look like what real SDKs send. */
export function clean<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

export const TZ: Record<string, number[]> = {
  US: [-5, -6, -7, -8], CA: [-5, -8], MX: [-6], BR: [-3], AR: [-3], CO: [-5], CL: [-3],
  GB: [0], IE: [0], PT: [0], MA: [1], NG: [1],
  DE: [1], FR: [1], ES: [1], NL: [1], IT: [1], SE: [1], CH: [1], BE: [1], AT: [1], PL: [1], CZ: [1],
  RO: [2], UA: [2], EG: [2], ZA: [2], TR: [3], SA: [3], AE: [4], IN: [5], TH: [7], VN: [7], ID: [7],
  PH: [8], MY: [8], SG: [8], JP: [9], KR: [9], AU: [10], NZ: [13],
};
export function tzOf(r: Rng, country: string): number {
  return r.pick(TZ[country] ?? [0]);
}

/** Human pause between reading an answer and sending the next message. */
export function humanGap(r: Rng, medianS = 45, sigma = 0.8, minS = 5, maxS = 1200): number {
  return Math.min(maxS, Math.max(minS, r.logn(medianS, sigma))) * SEC;
}

/** Start times of n jobs run by `conc` workers starting at `start`; dur(i) is the job's duration in ms. */
export function workerSchedule(r: Rng, start: number, n: number, conc: number, dur: (i: number) => number): number[] {
  const free = new Array(conc).fill(0).map((_, i) => start + i * r.int(30, 400));
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let w = 0;
    for (let j = 1; j < conc; j++) if (free[j] < free[w]) w = j;
    const ts = free[w] + r.int(15, 250);
    out.push(ts);
    free[w] = ts + dur(i);
  }
  return out;
}

export function toolCallId(r: Rng): string {
  return "call_" + randStr(r, 24);
}
export function toolUseId(r: Rng): string {
  return "toolu_01" + randStr(r, 22);
}
export function thinkingSig(r: Rng): string {
  return "Eq" + randStr(r, 120, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "==";
}

/** Filler prose for assistant turns kept in conversation history. */
const FILLER = [
  "Here is a clear way to think about it.", "The key idea is that each part depends on the previous one.", "Let's look at a concrete example.",
  "There are a few things to keep in mind.", "In practice this means you should check the assumptions first.", "This is the most common source of confusion.",
  "To summarise the main point:", "A useful rule of thumb is to start from the simplest case.", "The result follows directly from the definition.",
  "Note that the edge cases behave differently.", "You can verify this by plugging the numbers back in.", "Most guides skip this detail, but it matters.",
  "Good question, and it comes up a lot.", "The short answer is yes, with one caveat.", "It depends on what you want to optimise for.",
  "If you only remember one thing, make it this.", "Here are the options, from simplest to most flexible.", "The trade-off is speed versus accuracy.",
  "That approach works, but it gets harder to maintain over time.", "One option is to keep things as they are and revisit later.",
  "A second option is to change the process so the problem cannot happen.", "I'd recommend the second option for most teams.",
  "You may want to double-check this with the people who own the process.", "Here's a draft you can adapt:", "Feel free to adjust the tone.",
  "For example, a small shop and a large company would handle this differently.", "The numbers below are rough estimates.",
  "Let me know if you want a shorter version.", "Historically, this changed quite a lot over the last decades.", "Experts still disagree on some of the details.",
  "Step by step, the reasoning goes like this.", "First, identify what is actually being asked.", "Second, list what you already know.",
  "Third, connect the two with the relevant rule.", "Finally, check whether the answer makes sense.", "This also explains why the simple version fails.",
  "There's an intuitive way to see this.", "In everyday terms, think of it like a queue at a bakery.", "Mathematically, the same idea is written more compactly.",
  "Keep in mind that context matters here.", "A common mistake is to mix up the cause and the effect.", "That's why the order of the steps matters.",
];
const FILLER_OTHER: Record<string, string[]> = {
  de: ["Hier ist ein Vorschlag, den du anpassen kannst.", "Der wichtigste Punkt zuerst:", "Das hängt davon ab, was dir wichtiger ist.", "Ein kurzes Beispiel macht es klarer.",
    "Bitte prüfe die Zahlen noch einmal mit der Fachabteilung.", "Die zweite Variante ist meist die bessere Wahl.", "Hier sind die Optionen im Überblick.", "Gib Bescheid, wenn es kürzer sein soll.",
    "Zusammengefasst heißt das:", "Achte dabei besonders auf die Fristen.", "So könnte die E-Mail aussehen:", "Der Ton ist bewusst freundlich, aber bestimmt."],
  fr: ["Voici une proposition que vous pouvez adapter.", "Le point principal d'abord :", "Cela dépend de ce qui compte le plus pour vous.", "Un petit exemple rend les choses plus claires.",
    "Voici les options possibles.", "Dites-moi si vous voulez une version plus courte.", "En résumé :", "Faites attention aux délais.", "La deuxième option est souvent la meilleure."],
  es: ["Aquí tienes una propuesta que puedes adaptar.", "Lo más importante primero:", "Depende de lo que sea más importante para ti.", "Un ejemplo corto lo aclara.",
    "Estas son las opciones.", "Dime si lo quieres más corto.", "En resumen:", "Ten en cuenta los plazos.", "La segunda opción suele ser la mejor."],
};

export function assistantProse(r: Rng, tokens: number, lead = "", lang = "en"): string {
  const parts: string[] = lead ? [lead] : [];
  let n = Math.max(1, Math.round(tokens / 11));
  let pool: string[] = [];
  const bank = FILLER_OTHER[lang] ?? FILLER;
  while (n-- > 0) {
    if (!pool.length) pool = r.shuffle(bank.slice());
    parts.push(pool.pop()!);
    if (r.chance(0.12)) parts.push("\n\n");
  }
  return parts.join(" ").replace(/ \n\n /g, "\n\n");
}

export function netFixed(ip: string, asn: number, country: string): Net {
  return { ip, asn, country };
}

/** n request times spread over the 3 days with a diurnal shape and some burstiness. */
export function sessionStarts(r: Rng, perDay: number, days: number[], tz: () => number, profile: readonly number[], diurnal: (r: Rng, day: number, tz: number, p: readonly number[]) => number): number[] {
  const out: number[] = [];
  for (const d of days) {
    const n = Math.max(0, Math.round(perDay * r.float(0.85, 1.15)));
    for (let i = 0; i < n; i++) out.push(diurnal(r, d, tz(), profile));
  }
  return out.sort((a, b) => a - b);
}

export { SEC, MIN, HOUR, T0, genMs };
