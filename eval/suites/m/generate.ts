/**
 * Suite m: four days (Wed 2027-04-14 to Sat 2027-04-17, UTC) of one provider's traffic on the
 * OpenAI and Anthropic routes: honest businesses that look most like extraction, benchmark runs,
 * and harvesting kinds including adaptive ones written against the public README.
 *
 *   node --experimental-strip-types --no-warnings generate.ts --seed 1 --out DIR [--stats]
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { type Cls, Ctx, D, H, Sink } from "./core.ts";
import { eduStepwise } from "./edu.ts";
import { contentStudio, officeAssistant, supportBot, researchThinking, voiceAssistant } from "./work.ts";
import { logprobClassifier, translationService, labellingVendor, synthDataOwnClassifier } from "./biz1.ts";
import { agentPlatform, summarisation, embeddingsIndexer, fimAutocomplete } from "./biz2.ts";
import { routerReseller, codingAgent, safetyEval } from "./more.ts";
import { benchOneOff, benchNightly, benchRotating, passAtK } from "./bench.ts";
import { reasoningSixLangs, logprobExtraction, embeddingsHarvest, thinkingHarvest, releaseSurge } from "./harvest1.ts";
import { hydra, burstPerKey, underCap, humanPaced, rotateOnRefusal, passPaced } from "./harvest2.ts";
import { toolTrajectory, mixedIntoApp, batchHarvest, evolInstruct, preferenceSampling, parallelCorpus } from "./harvest3.ts";

const argv = process.argv.slice(2);
const opt = (name: string) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const seed = Number(opt("--seed") ?? 1);
const out = opt("--out");
if (!out || !Number.isInteger(seed)) {
  console.error("usage: generate.ts --seed N --out DIR [--stats]");
  process.exit(2);
}

type Def = [name: string, cls: Cls, family: string, langs: string, what: string, run: (c: Ctx) => void];
export const SCENARIOS: Def[] = [
  // ---------------------------------------------------------------- honest
  ["edu-stepwise-tutor", "honest", "tutoring", "en es pt fr de ja it", "homework app whose one system prompt asks for numbered steps and a check line; students open with a problem or concept and follow up ('why step 2?', 'I got 14'); web and mobile backends, school-day curves in 14 regions, streamed", eduStepwise],
  ["content-studio", "honest", "content-writing", "en de fr es it nl", "content agency on Anthropic: one system prompt, client briefs over wide subjects, 1,000-3,500-token articles, 30% with edit rounds; editors in office hours plus a nightly SEO queue", contentStudio],
  ["office-42-keys", "honest", "office", "de en", "engineering company: 42 employee keys behind one office NAT address, one internal German system prompt, e-mails, notes, Excel, hydraulics questions, 1-5 turns at human pace, office hours", officeAssistant],
  ["telecom-support", "honest", "support", "es pt en", "telecom support bot on Anthropic (Haiku): long knowledge-base system prompt, 1-8-turn tickets, short answers, customers in Mexico, Spain, Brazil", supportBot],
  ["lab-extended-thinking", "honest", "research-thinking", "en", "university lab, five researchers (chemistry, ecology, econometrics, materials, neuroscience): deep multi-turn questions with extended thinking (8-20k budgets), weekdays", researchThinking],
  ["car-voice", "honest", "voice", "en de fr it ja", "in-car voice assistant on Responses chains (previous_response_id), one-sentence answers, commute curves", voiceAssistant],
  ["marketplace-classifiers", "honest", "classifier", "de en es fr it pl pt tr", "router on chat (logprobs, top_logprobs 5, logit_bias on A-E, max_tokens 1) and toxicity scorer on legacy completions (logprobs 5, logit_bias yes/no, max_tokens 1) for a marketplace's messages", logprobClassifier],
  ["localisation-api", "honest", "translation", "en de ja fr -> 21 targets", "translation API for software firms: UI string bundles, product texts, help articles pushed into 1-16 target languages per release, machine-paced bursts", translationService],
  ["labelling-vendor", "honest", "data-labelling", "en de es fr pl vi", "data-labelling vendor on Hetzner pre-labelling client data to JSON (json_schema / json_object): hotel-review aspects, headline NER, Vietnamese ticket triage; 4 workers in shifts", labellingVendor],
  ["agent-workspaces", "honest", "agent-tools", "en de ja", "agent platform (one backend, one system prompt and tool set) serving three customer workspaces: SQL, wiki search, tickets, chat posts; 1-3 tool steps per task, follow-ups", agentPlatform],
  ["own-classifier-synthdata", "honest", "synthetic-data", "en de (fr es it nl outputs)", "travel startup generating utterances for its own intent classifier: 30 intents x 6 languages x 5 styles one evening, hard negatives the next day, temperature 1, JSON", synthDataOwnClassifier],
  ["contract-summaries", "honest", "summarisation", "en fr de", "contract summaries: long documents on Responses by day, a nightly OpenAI batch (upload, create, polls, results)", summarisation],
  ["helpdesk-search-rag", "honest", "embeddings-rag", "en de", "HR product's help centre: an indexer key (230-request backfill of 64 chunks, edits, site-search query embeddings) and an in-app assistant key answering from the retrieved passages", embeddingsIndexer],
  ["llm-router", "honest", "router", "en es de ja fr pt", "an LLM router's one upstream key carrying ten small tenant apps (recipes, legal intake, listings, bios, SQL, tone check, review replies, maths check, puzzle hints, workouts), each with its own prompt, model and hours", routerReseller],
  ["coding-agent", "honest", "coding-agent", "en (code)", "CLI coding agent on Anthropic: four developers, sessions of 6-40 tool steps (read, grep, edit, run tests) with a cached system prompt, from home and office", codingAgent],
  ["ide-autocomplete", "honest", "code-completion", "code (py ts go rs), comments ko zh de", "IDE plugin fill-in-the-middle on legacy completions (prompt + suffix), short completions, developers in 6 time zones", fimAutocomplete],
  // ---------------------------------------------------------------- benchmarks
  ["cot-benchmark-oneoff", "benchmark", "benchmark-oneoff", "en", "one-off run of 650 grade-school word problems with 'think step by step', two models, eight lanes", benchOneOff],
  ["nightly-regression", "benchmark", "benchmark-nightly", "en de fr", "the same 360-item set every night at 02:00 UTC (math CoT, invoice extraction, reading), the new model added after its release", benchNightly],
  ["nightly-new-benchmark", "benchmark", "benchmark-rotating", "es fr de ja zh sw en", "university group running a different public-style benchmark each night (multilingual math, science MCQ, logic with thinking, reading comprehension) on Anthropic", benchRotating],
  ["redteam-safety-eval", "benchmark", "benchmark-safety", "en", "safety team's nightly red-team set (role-play, 'ignore your instructions', DAN, grandmother, ...) on two models; answers are mostly refusals", safetyEval],
  ["pass-at-k", "benchmark", "benchmark-passk", "en (code)", "pass@k code evaluation: 164 problems with n=10 on chat and n=20 on legacy completions, plus a 60-problem rerun", passAtK],
  // ---------------------------------------------------------------- harvesting
  ["cot-six-languages", "distill", "reasoning-multilingual", "tr vi id pl ar sw", "one key per language (Turkish, Vietnamese, Indonesian, Polish, Arabic, Swahili): native system prompts asking for the whole thought process, topic sweeps and fresh numeric problems, o4-mini high effort or 4k caps, cloud hosts", reasoningSixLangs],
  ["logprob-extraction", "distill", "logprob-extraction", "en es de", "top_logprobs 20 with max_tokens 1-5 on thousands of diverse contexts (soft labels), and logit_bias sweeps walking the vocabulary 300 ids at a time plus echo probes on legacy completions", logprobExtraction],
  ["embedding-harvest", "distill", "embedding-extraction", "en es de fr pt ru zh ja ar ko", "three keys harvesting text-embedding-3-large on 128-256-input batches, each batch in one language, work blocks around the clock", embeddingsHarvest],
  ["thinking-harvest", "distill", "anthropic-thinking", "en zh ru", "Anthropic extended thinking (16-32k budgets) on competition math, physics and algorithm problems, short prompts, huge outputs", thinkingHarvest],
  ["release-surge", "distill", "release-surge", "zh en", "a trickle on the older model, then within hours of the new model's release several times the volume on it", releaseSurge],
  ["residential-hydra", "distill", "hydra", "en es pt fr de it", "160 keys on residential addresses in 14 countries, ~20 requests each over 1-3 sessions, every key its own paraphrased wrapper, frames and parameters", hydra],
  ["burst-per-key", "distill", "burst-rotation", "en de fr", "26 keys, each one burst of under three hours on a different cloud, never back, structured task/requirements/format prompts paraphrased per key", burstPerKey],
  ["under-degrade-cap", "distill", "short-answers", "en es it ko", "concise reasoning asks kept under ~300 words (max_tokens 480), person-like gaps for ~11 hours a day", underCap],
  ["human-paced-sessions", "distill", "human-paced", "en fr de pt", "home connections, two conversations at a time, every turn sent only after a reader's delay; each follow-up queues a new harvest ask (prove step n, harder variant, ...)", humanPaced],
  ["rotate-on-refusal", "distill", "key-rotation", "en", "12 keys used in turn at machine rate with one paraphrased Orca-style wrapper, each key ending with blind retries then the next key seconds later", rotateOnRefusal],
  ["pass-paced", "distill", "challenge-solver", "en", "runs paced to the challenge pass (at most 48 requests in 9.5 minutes, then a pause), as a client using the published helper would", passPaced],
  ["tool-trajectories", "distill", "tool-trajectory", "en", "agent trajectories over random subsets of 26 tools with forged tool results, narrated tool choices and long final answers, three lanes per key", toolTrajectory],
  ["study-app-mixed", "distill", "mixed-cover", "en es", "a real flashcard/quiz app's traffic with its owner's harvest (exhaustive study guides on any subject) sent through the same key, backend, system prompt and hours, ~29% of requests", mixedIntoApp],
  ["batch-harvest", "distill", "batch-harvest", "en zh", "Anthropic message batches of 100 and OpenAI batch files of 150 diverse asks, polled and collected", batchHarvest],
  ["evol-instruct", "distill", "instruction-evolution", "en", "seed tasks rewritten harder by the model (own rewriter prompt), then the evolved tasks answered at length", evolInstruct],
  ["preference-sampling", "distill", "multi-sample", "en", "n=4-8 samples at temperature 1 on chat, and the same prompt four times on Anthropic, for preference pairs", preferenceSampling],
  ["parallel-corpus", "distill", "translation-harvest", "en -> 18 languages", "encyclopedic paragraphs translated into 8-14 languages each, around the clock", parallelCorpus],
];

const t0 = Date.now();
const sink = new Sink();
for (const [name, cls, family, langs, what, run] of SCENARIOS) run(new Ctx(sink, name, cls, family, what, langs, seed));
sink.lines.sort((a, b) => a.ts - b.ts || a.seq - b.seq);
mkdirSync(out, { recursive: true });
const fd = openSync(join(out, "trace.jsonl"), "w");
let buf: string[] = [];
let size = 0;
for (const l of sink.lines) {
  buf.push(l.text);
  size += l.text.length;
  if (size > 4_000_000) { writeSync(fd, buf.join("\n") + "\n"); buf = []; size = 0; }
}
if (buf.length) writeSync(fd, buf.join("\n") + "\n");
closeSync(fd);
const used = new Set<string>();
for (const s of sink.stats.values()) for (const k of s.keys) used.add(k);
const labels: Record<string, unknown> = {};
for (const [k, v] of Object.entries(sink.labels)) if (used.has(k)) labels[k] = v;
writeFileSync(join(out, "keys.json"), JSON.stringify(labels) + "\n");

if (argv.includes("--stats")) {
  let keys = 0, reqs = 0, inner = 0;
  console.log("| scenario | class | family | languages | keys | requests | inner requests | completion tokens |");
  console.log("|---|---|---|---|---:|---:|---:|---:|");
  for (const [name, s] of sink.stats) {
    console.log(`| ${name} | ${s.cls} | ${s.family} | ${s.langs} | ${s.keys.size} | ${s.requests.toLocaleString("en-US")} | ${s.inner.toLocaleString("en-US")} | ${s.completion.toLocaleString("en-US")} |`);
    keys += s.keys.size; reqs += s.requests; inner += s.inner;
  }
  console.log(`| **total** | | | | ${keys} | ${reqs.toLocaleString("en-US")} | ${inner.toLocaleString("en-US")} | |`);
  console.log("\nroutes: " + [...sink.routes].sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p} ${n.toLocaleString("en-US")}`).join("; "));
  // honest keys against the default limits (rpm 60, tpd 5,000,000): busiest minute and day per scenario
  console.log("\nbusiest minute / busiest UTC day (tokens) per key, worst key of each scenario:");
  for (const [name, s] of sink.stats) {
    let worstMin = 0, worstDay = 0;
    for (const k of s.keys) {
      const pk = sink.perKey.get(k)!;
      const ts = pk.ts.slice().sort((a, b) => a - b);
      let j = 0;
      for (let i = 0; i < ts.length; i++) { while (ts[i] - ts[j] >= 60_000) j++; worstMin = Math.max(worstMin, i - j + 1); }
      const day = new Map<number, number>();
      pk.ts.forEach((t, i) => day.set(Math.floor(t / D), (day.get(Math.floor(t / D)) ?? 0) + pk.tok[i]));
      for (const v of day.values()) worstDay = Math.max(worstDay, v);
    }
    console.log(`  ${name.padEnd(26)} ${s.cls.padEnd(9)} ${String(worstMin).padStart(4)} req/min  ${worstDay.toLocaleString("en-US").padStart(12)} tok/day`);
  }
  console.error(`${sink.lines.length} lines, ${((Date.now() - t0) / 1000).toFixed(1)} s, rss ${(process.memoryUsage().rss / 1e9).toFixed(2)} GB`);
}
void H;
