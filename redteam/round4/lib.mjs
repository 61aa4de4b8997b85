// round4 shared helpers: seeded PRNG, text banks, trace writer, analysis. No guard code is imported.
import fs from "node:fs";
export function rng(seed) { let a = seed >>> 0; return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
export const pick = (r, a) => a[Math.floor(r() * a.length)];
export const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
export const T0 = Date.UTC(2026, 10, 30, 8, 0, 0);
// topic seeds spread over many domains (what a sweep looks like)
export const SUBJECTS = [
  "photosynthesis in C4 plants", "the French Revolution", "TCP congestion control", "the Roman economy", "black hole thermodynamics",
  "sourdough fermentation", "contract law consideration", "monetary policy and inflation", "the immune response to viruses", "quicksort and its variants",
  "plate tectonics", "the history of jazz", "marathon training", "vaccine development", "renaissance painting", "blockchain consensus",
  "climate feedback loops", "the Ottoman Empire", "the stock market crash of 1929", "protein folding", "electric vehicle batteries",
  "medieval castles", "Python decorators", "the human microbiome", "supply and demand elasticity", "the Cold War arms race",
  "coral reef ecology", "quantum entanglement", "Shakespeare's tragedies", "urban planning in Tokyo", "diabetes management",
  "the printing press", "neural network backpropagation", "tax law for small businesses", "volcanic eruptions", "the Silk Road",
  "soil erosion in agriculture", "opera in the 19th century", "cryptography and RSA", "child language acquisition", "the Apollo program",
  "wine making", "database indexing", "the psychology of habit", "antibiotic resistance", "the Mughal Empire", "solar panel efficiency",
  "football tactics", "gothic architecture", "the water cycle", "Kubernetes scheduling", "Buddhist philosophy", "the Great Depression",
  "insurance underwriting", "DNA replication", "hurricane formation", "the Meiji restoration", "machine translation", "yoga and breathing",
];
export const ASKS = [
  "Write an essay on {s}, covering its history, mechanisms, controversies and open questions.",
  "Explain {s} to a university student, with examples and the key equations or facts.",
  "Write a full textbook chapter about {s}.",
  "Give me a comprehensive guide to {s}.",
  "Write a long-form article about {s} for a general audience.",
  "Teach me everything important about {s}.",
  "Write lecture notes on {s} with sections and exercises.",
  "Describe {s} from first principles and then discuss modern research.",
];
const WORDS = ("the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her she there one all we their been has would when who will more if no out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three").split(" ");
export function filler(r, nWords) { const out = []; for (let i = 0; i < nWords; i++) out.push(pick(r, WORDS)); return out.join(" "); }
export function ask(r) { return pick(r, ASKS).replace("{s}", pick(r, SUBJECTS)); }
export function writeTrace(name, events, meta) {
  fs.mkdirSync(new URL("./traces/", import.meta.url), { recursive: true });
  const tp = new URL(`./traces/${name}.jsonl`, import.meta.url);
  fs.writeFileSync(tp, events.map((e) => JSON.stringify(e)).join("\n") + "\n");
  fs.writeFileSync(new URL(`./traces/${name}.meta.jsonl`, import.meta.url), meta.map((m) => JSON.stringify(m)).join("\n") + "\n");
  console.error(`wrote ${events.length} events -> traces/${name}.jsonl`);
}
