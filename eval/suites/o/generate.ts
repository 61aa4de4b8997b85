/**
 * Suite o generator.
 *
 *   node --experimental-strip-types --no-warnings generate.ts --seed N --out DIR [--stats]
 *
 * Writes DIR/trace.jsonl (replay trace lines sorted by ts) and DIR/keys.json (a label for every key).
 * Node built-ins only; deterministic per seed.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { type Klass, Scn, Sink, D } from "./core.ts";
import { eduStepwise, officeLviv, supportDesk, ticketClassifier, translationBureau, writingStudio } from "./honest1.ts";
import { ideReasoning, invoiceExtraction, labThinking, ngoRag, pasarkuSynthetic, routerTenants, travelAgent } from "./honest2.ts";
import { benchJudge, benchMgsm, benchNightly, benchPassk } from "./bench.ts";
import { embeddingMirror, logprobSoftTargets, polyglotReasoning, residentialHydra, thinkingHarvest, toolTrajectoryFarm } from "./harvest1.ts";
import { annotatorFarm, hoaTieuCover, keyRotation, parallelCorpus, preferencePairs, sectionChains } from "./harvest2.ts";
import { batchHarvest, codeSolutions, critiqueRevise, dialogueSynth } from "./harvest3.ts";

const argv = process.argv.slice(2);
const opt = (n: string) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1] : undefined; };
const seed = Number(opt("--seed") ?? 1);
const out = opt("--out");
if (!out || !Number.isSafeInteger(seed)) { console.error("usage: generate.ts --seed N --out DIR [--stats]"); process.exit(2); }

type Def = [name: string, cls: Klass, family: string, langs: string, what: string, run: (s: Scn) => void];
export const SCENARIOS: Def[] = [
  // honest
  ["jembatan-stepwise-tutor", "honest", "tutoring", "id vi tr bn sw", "homework tutor whose system prompt demands numbered steps and a check; students in five languages, fresh numbers, follow-ups; web and mobile keys, streamed, school curves in local time", eduStepwise],
  ["inkwell-writing-studio", "honest", "content-writing", "pl en uk de", "blog and newsletter drafting service: one system prompt, briefs for ~160 client businesses on every kind of subject, 600-1,500-word drafts, 22 % revised", writingStudio],
  ["linh-translation-bureau", "honest", "translation", "vi th id ja en", "document translation desks (Hanoi, Bangkok, Jakarta): one wrapper per language pair, contracts and notices, temperature 0, output about the input's length", translationBureau],
  ["ticket-router-logprobs", "honest", "classifier", "ar he en", "telco helpdesk routing tickets to six queues: max_tokens 1, logprobs with top_logprobs 6, logit_bias on the six letter tokens", ticketClassifier],
  ["levada-office-lviv", "honest", "office", "uk (en)", "36 employees of a Lviv software company, one Ukrainian internal system prompt, most behind one office NAT, some from home; code, e-mails, minutes; office hours", officeLviv],
  ["ortech-support-claude", "honest", "customer-support", "he ar en", "an electronics store's support assistant on Claude Haiku: policies in the system prompt, 1-5 turns, streamed, Friday and Saturday quiet", supportDesk],
  ["afya-hub-rag", "honest", "embeddings-rag", "sw en fr pt", "a health NGO's guideline search: a first-night backfill and nightly re-index in 48-96-chunk embeddings batches, then health workers' queries embedded and answered from retrieved passages", ngoRag],
  ["lakbay-travel-tools", "honest", "agent-tools", "tl en", "a Quezon City travel agency's booking assistant with four tools (flights, fare rules, hold, currency) and real tool results", travelAgent],
  ["hisab-invoice-extraction", "honest", "data-extraction", "bn hi en", "OCR'd invoices from Indian and Bangladeshi suppliers into a strict JSON schema, temperature 0, two regional keys", invoiceExtraction],
  ["kanzen-router", "honest", "router", "pt ko de fr tr en hi th es", "one upstream key of a router carrying nine tenant apps, each with its own system prompt, model, cap, temperature and hours (a text adventure and a bedtime-story app on Responses chains among them)", routerTenants],
  ["campus-extended-thinking", "honest", "research-thinking", "en", "five researchers on university networks (Istanbul, Mumbai, Bangkok, Jerusalem, Kampala) asking Claude with extended thinking about their own projects, 1-5 turns", labThinking],
  ["pasarku-synthetic-queries", "honest", "synthetic-data", "id", "a marketplace's search-quality team generating synthetic shopper queries to test its own search engine: two batch runs and a developer's tries", pasarkuSynthetic],
  ["kodama-ide-reasoning", "honest", "coding-assistant", "en ko ja pl", "an IDE assistant on o4-mini (Responses, effort medium, chained turns, hidden reasoning tokens), developers in four regions on two deployment keys", ideReasoning],
  // benchmarks
  ["bench-mgsm-oneoff", "benchmark", "benchmark-oneoff", "bn sw th he en", "one afternoon: 1,100 grade-school word problems in five languages with a native 'think step by step' cue, on two models, 42 a minute", benchMgsm],
  ["bench-support-nightly", "benchmark", "benchmark-nightly", "uk ar en", "the same 310 graded support transcripts every night at 01:00 UTC, reasoning then PASS/FAIL, temperature 0, fixed seed", benchNightly],
  ["bench-passk-code", "benchmark", "benchmark-passk", "en (code)", "pass@10 on 164 function-completion problems at temperature 0.8, two models on two days", benchPassk],
  ["bench-judge-checkpoints", "benchmark", "benchmark-judge", "en", "LLM-as-judge scoring of the customer's own model checkpoints on a fixed 420-item set, three nights", benchJudge],
  // harvesting
  ["polyglot-reasoning", "distill", "reasoning-multilingual", "tr uk vi th id tl pl ar he hi bn sw", "12 keys on clouds near each market, native system prompts demanding the whole reasoning (o4-mini high effort, gpt-4.1, Claude with <thinking> tags), topic sweeps and fresh numeric problems, two lanes", polyglotReasoning],
  ["logprob-soft-targets", "distill", "logprob-extraction", "en tr vi id pl ar hi sw uk", "top_logprobs 20 with 1-8 tokens at temperature 1 on chat, and echo + logprobs 5 on legacy completions prompt lists", logprobSoftTargets],
  ["embedding-mirror", "distill", "embedding-extraction", "15 languages", "96-256 diverse inputs per request (subjects, questions, search strings in 15 languages), three keys, short blocks three times a day", embeddingMirror],
  ["residential-hydra", "distill", "hydra", "en", "270 keys on home connections in 25 countries, 14-46 requests each over 1-4 evenings, each key its own paraphrased wrapper (system or prefix), model, cap, temperature and streaming", residentialHydra],
  ["tool-trajectory-farm", "distill", "tool-trajectory", "en", "agent trajectories over random synthetic tool sets with forged results and narrated tool choices, ending in a long report", toolTrajectoryFarm],
  ["claude-thinking-harvest", "distill", "anthropic-thinking", "en ja ko de pl", "Anthropic extended thinking with 16-32k budgets on short hard problems, three keys", thinkingHarvest],
  ["preference-pairs", "distill", "preference-data", "en", "n 4-8 samples at temperature 1, then a ranking request with a rationale for every adjacent pair", preferencePairs],
  ["hoatieu-app-cover", "distill", "mixed-cover", "vi en", "a real Vietnamese English-learning app's chat traffic with the owner's long-lesson harvest (about 30 %) through the same key, system prompt, user ids and curve", hoaTieuCover],
  ["key-rotation-relay", "distill", "key-rotation", "en es pt de", "reference-book entries; each key used ~5 hours in two lanes, then the next one from another cloud", keyRotation],
  ["annotator-farm", "distill", "human-farm", "sw tl en", "26 contractors in Nairobi and Manila typing task sheets into a chat by hand, one key each, office NATs and homes, 8-hour shifts", annotatorFarm],
  ["parallel-corpus-mt", "distill", "translation-distill", "en -> 12 languages", "numbered English sentences translated into 12 languages, round the clock: a parallel corpus for training an MT model", parallelCorpus],
  ["textbook-section-chains", "distill", "paged-chains", "pl uk en tr", "textbooks built on Responses chains: an outline, then each chapter in its own turn under 480 tokens via previous_response_id", sectionChains],
  ["critique-revise-triples", "distill", "critique-revision", "en he ar id", "answer, self-critique, revision: three requests per ask, for revision-style training data", critiqueRevise],
  ["batch-night-harvest", "distill", "batch-harvest", "14 languages", "nightly OpenAI batch files (450-750 lines) and Anthropic message batches (300-500) of long expert asks, polled and collected", batchHarvest],
  ["cp-solution-harvest", "distill", "code-harvest", "en", "competitive-programming problems composed from stories and tasks, asking for proofs, two implementations and tests; five keys on five clouds", codeSolutions],
  ["simulated-customer-dialogues", "distill", "dialogue-synthesis", "id tl th", "a user simulator writes customers' turns and the model answers as a business assistant, 4-8 turns a conversation", dialogueSynth],
];

const started = Date.now();
const sink = new Sink();
for (const [name, cls, fam, langs, what, run] of SCENARIOS) run(new Scn(sink, name, cls, fam, langs, what, seed));
sink.lines.sort((a, b) => a.ts - b.ts || a.seq - b.seq);
mkdirSync(out, { recursive: true });
const fd = openSync(join(out, "trace.jsonl"), "w");
let chunk: string[] = [], bytes = 0;
for (const l of sink.lines) {
  chunk.push(l.json); bytes += l.json.length;
  if (bytes > 8_000_000) { writeSync(fd, chunk.join("\n") + "\n"); chunk = []; bytes = 0; }
}
if (chunk.length) writeSync(fd, chunk.join("\n") + "\n");
closeSync(fd);
const used = new Set<string>();
for (const st of sink.stats.values()) for (const k of st.keys) used.add(k);
const labels: Record<string, unknown> = {};
for (const [k, v] of sink.labels) if (used.has(k)) labels[k] = v;
writeFileSync(join(out, "keys.json"), JSON.stringify(labels) + "\n");

if (argv.includes("--stats")) {
  let keys = 0, lines = 0;
  const byClass = new Map<string, [number, number]>();
  console.log("| scenario | class | family | languages | keys | requests | inner requests | completion tokens |");
  console.log("|---|---|---|---|---:|---:|---:|---:|");
  for (const [name, s] of sink.stats) {
    console.log(`| ${name} | ${s.cls} | ${s.family} | ${s.langs} | ${s.keys.size} | ${s.lines.toLocaleString("en-US")} | ${s.inner.toLocaleString("en-US")} | ${s.completion.toLocaleString("en-US")} |`);
    keys += s.keys.size; lines += s.lines;
    const c = byClass.get(s.cls) ?? [0, 0]; c[0] += s.lines; c[1] += s.keys.size; byClass.set(s.cls, c);
  }
  console.log(`| **total** | | | | ${keys} | ${lines.toLocaleString("en-US")} | | |`);
  console.log("\nby class: " + [...byClass].map(([k, [l, n]]) => `${k} ${l} lines (${n} keys)`).join(", "));
  console.log("routes: " + [...sink.routes].sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p} ${n}`).join("; "));
  const first = sink.lines[0]?.ts ?? 0, last = sink.lines[sink.lines.length - 1]?.ts ?? 0;
  console.log(`window ${new Date(first).toISOString()} .. ${new Date(last).toISOString()} (${((last - first) / D).toFixed(2)} days)`);
  console.error(`${sink.lines.length} lines, ${((Date.now() - started) / 1000).toFixed(1)} s, rss ${(process.memoryUsage().rss / 1e9).toFixed(2)} GB`);
}
