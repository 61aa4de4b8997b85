/**
 * Suite n generator.
 *
 *   node --experimental-strip-types --no-warnings generate.ts --seed N --out DIR [--stats]
 *
 * Writes DIR/trace.jsonl (replay trace lines sorted by ts) and DIR/keys.json (labels of every key).
 * Node built-ins only; deterministic per seed.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { type Klass, Sc, Sink, DAY } from "./core.ts";
import { brandAskAnything, cmsWriting, codeReview, flashcards, homeworkStepwise, routerReseller, tripPlanner } from "./honest1.ts";
import { catalogueEmbeddings, claimsAgent, docSummariser, marketplaceTranslation, officeShared, researchThinking, reviewModeration, syntheticTestdata } from "./honest2.ts";
import { benchLogLik, benchNightly, benchOneOff, benchPassK } from "./bench.ts";
import { batchHarvest, bestOfN, cotPolyglot, embeddingDistill, forgedTools, selfInstruct, thinkingHarvest, toplogprobs } from "./harvest1.ts";
import { continuePaging, reasoningSummaries } from "./harvest3.ts";
import { fakeTutor, fakeWriter, keyRotation, languageSpread, passSized, politeSingleKey, residentialHydra, studyAppCover, underCap } from "./harvest2.ts";

const argv = process.argv.slice(2);
const arg = (n: string) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1] : undefined; };
const seed = Number(arg("--seed") ?? 1);
const out = arg("--out");
if (!out || !Number.isSafeInteger(seed)) { console.error("usage: generate.ts --seed N --out DIR [--stats]"); process.exit(2); }

type Def = [name: string, cls: Klass, family: string, langs: string, what: string, run: (sc: Sc) => void];
export const SCENARIOS: Def[] = [
  // honest product backends
  ["cms-writing-assistant", "honest", "content-writing", "en nl de sv", "writing helper inside a CMS: one key, many editors (user ids per site), rewrite / headlines / meta descriptions / grammar on pasted drafts, streamed, 28 % follow-up edits", cmsWriting],
  ["homework-stepwise", "honest", "tutoring", "id vi hi th en", "maths tutoring app whose system prompt demands numbered steps and a Check line; fresh numeric problems, follow-ups; web and mobile keys, school curves in UTC+7 / +5.5", homeworkStepwise],
  ["router-reseller", "honest", "router", "en ko it ar pt ja", "one upstream key of a router carrying eight tenant apps (CV bullets, cosmetics Q&A, wine pairing, SQL, Arabic reply drafts, Portuguese listings on Responses, chess on o4-mini, Japanese keigo)", routerReseller],
  ["brand-ask-anything", "honest", "consumer-assistant", "en pl it sv", "an outdoor retailer's ask-anything assistant on Anthropic Haiku, 1-4 turns, consumer evening curves", brandAskAnything],
  ["flashcard-generator", "honest", "study-tools", "en es de tr", "study app turning pasted lecture notes into JSON flashcards (json_object), long outputs for long notes", flashcards],
  ["trip-meal-planner", "honest", "planner", "en es pt ja", "trip and meal planner on Responses chains (previous_response_id), 1,000-4,000-token plans, follow-up edits", tripPlanner],
  ["code-review-bot", "honest", "code-review", "en (code)", "GitHub review app on Anthropic: PR diffs in, findings or LGTM out, developers in four time zones", codeReview],
  ["marketplace-translation", "honest", "translation", "ar hi th tr vi en -> 8 targets", "cross-border marketplace translating listings to and from Arabic, Hindi, Thai, Turkish, Vietnamese, temperature 0", marketplaceTranslation],
  ["office-shared-prompt", "honest", "office", "pl (de en outputs)", "28 employees of a Wrocław freight forwarder, one office NAT, one Polish system prompt, e-mails / customs / Excel, human pace, office hours", officeShared],
  ["claims-agent-tools", "honest", "agent-tools", "es en", "insurer's claims assistant with four tools and real tool results, 1-3 tool steps, follow-ups", claimsAgent],
  ["research-thinking", "honest", "research-thinking", "en", "four researchers on campus networks using Anthropic extended thinking (6-24k budgets) on their own projects, multi-turn", researchThinking],
  ["catalogue-embeddings", "honest", "embeddings-rag", "en", "shop search: nightly product re-index (backfill on Monday) in 32-96-input batches and live query embeddings", catalogueEmbeddings],
  ["review-moderation", "honest", "classifier", "en de pl tr pt", "review moderation classifier: max_tokens 1, logprobs, top_logprobs 5, logit_bias on five label tokens, temperature 0", reviewModeration],
  ["synthetic-testdata", "honest", "synthetic-data", "en (sv outputs)", "a bank's QA team generating synthetic customer messages for its own chatbot, two afternoon runs plus a developer's tries", syntheticTestdata],
  ["doc-summariser", "honest", "summarisation", "en de fr", "clinic and law-firm summaries of long documents by day, and a nightly OpenAI batch (upload, create, polls, results)", docSummariser],
  // benchmarks
  ["bench-oneoff-cot", "benchmark", "benchmark-oneoff", "en", "one afternoon: 720 word problems with 'Let's think step by step' on two models, harness at 45 requests a minute", benchOneOff],
  ["bench-nightly-fixed", "benchmark", "benchmark-nightly", "en de fr", "the same 330 items every night at 01:30 UTC, temperature 0, fixed seed", benchNightly],
  ["bench-passk", "benchmark", "benchmark-passk", "en (code)", "pass@k: 150 code problems with n 10 on chat and a 60-problem n 20 run on legacy completions", benchPassK],
  ["bench-loglik-mcq", "benchmark", "benchmark-loglik", "en", "log-likelihood multiple choice on legacy completions: prompt lists of four continuations, echo, logprobs 1, max_tokens 1", benchLogLik],
  // harvesting
  ["cot-polyglot", "distill", "reasoning-multilingual", "tr vi id pl ar hi th", "one key per language with a native system prompt demanding the whole thought process; topic sweeps and fresh numeric problems; o4-mini high effort or gpt-4.1; cloud hosts, three lanes", cotPolyglot],
  ["thinking-harvest", "distill", "anthropic-thinking", "en", "Anthropic extended thinking with 16-32k budgets on proofs, algorithms and derivations; short prompts, huge answers", thinkingHarvest],
  ["toplogprob-soft-labels", "distill", "logprob-extraction", "en", "top_logprobs 20 with max_tokens 1-8 at temperature 1 on many contexts (chat), and logprobs 5 on legacy completions", toplogprobs],
  ["best-of-n-sampler", "distill", "multi-sample", "en", "rejection sampling: n 6-16 at temperature 1 on chat, and the same prompt four times within a second on Anthropic", bestOfN],
  ["forged-tool-trajectories", "distill", "tool-trajectory", "en", "agent trajectories over random tool subsets with forged tool results and narrated tool choices, long final answers", forgedTools],
  ["self-instruct-pipeline", "distill", "instruction-evolution", "en", "self-instruct: generate new tasks from seeds, evolve them harder, answer the evolved tasks at length", selfInstruct],
  ["embedding-distill", "distill", "embedding-extraction", "16 languages", "text-embedding-3-large on 256-512-input batches mixing 16 languages, base64, short blocks around the clock", embeddingDistill],
  ["batch-api-harvest", "distill", "batch-harvest", "en", "OpenAI batch files of 200-300 and Anthropic message batches of 100 diverse long-answer asks, polled and collected", batchHarvest],
  ["study-app-cover", "distill", "mixed-cover", "en", "a real quiz app's revision traffic with the owner's exhaustive study-guide harvest (30 %) on the same key, system prompt, backend and school-hours curve", studyAppCover],
  ["residential-hydra", "distill", "hydra", "en", "130 keys on residential ISPs in 21 countries, 12-32 requests each in 1-3 evening sessions, every key its own paraphrased wrapper (system or prefix), model, cap, temperature", residentialHydra],
  ["key-rotation-relay", "distill", "key-rotation", "en", "keys used for 3-6 hours each at machine pace in four lanes, the next one within minutes on another cloud", keyRotation],
  ["polite-single-key", "distill", "polite-pacing", "en", "one key from a home connection, one request at a time, reading and typing gaps plus ~35 s, 14 hours a day, never retries", politeSingleKey],
  ["under-cap-harvest", "distill", "short-answers", "en", "'under 300 words' asks with max_tokens 480 so that a 512-token cap cuts nothing", underCap],
  ["language-spread", "distill", "language-spread", "ko ja ru it nl sw pt es fr de", "each key spreads its sweep over ten languages, one per request", languageSpread],
  ["fake-writing-assistant", "distill", "product-imitation", "en", "a 'writing companion' front: per-request user ids, streamed, office-hours curve, every draft a request for a full article on a swept topic", fakeWriter],
  ["fake-tutoring-app", "distill", "product-imitation-tutor", "en", "a 'tutor' front with a step-by-step system prompt and user ids on a school curve, walking a curriculum of topics x facets, no follow-ups", fakeTutor],
  ["continue-paging", "distill", "paged-answers", "en de", "long guides fetched in 3-6 pieces of ~500 tokens (max_tokens 500, then 'continue' with the history), so no single answer exceeds a 512-token cap", continuePaging],
  ["reasoning-summaries", "distill", "reasoning-summary", "en es pt", "Responses API on o4-mini / o3 with reasoning effort high, detailed reasoning summaries and encrypted reasoning content included, store false", reasoningSummaries],
  ["pass-sized-runs", "distill", "challenge-aware", "en", "runs of 45 requests within ~9 minutes, an hour or more apart, sized to the README's challenge pass", passSized],
];

const t0 = Date.now();
const sink = new Sink();
for (const [name, cls, fam, langs, what, run] of SCENARIOS) run(new Sc(sink, name, cls, fam, langs, what, seed));
sink.rows.sort((a, b) => a.ts - b.ts || a.n - b.n);
mkdirSync(out, { recursive: true });
const fd = openSync(join(out, "trace.jsonl"), "w");
let buf: string[] = [], size = 0;
for (const row of sink.rows) {
  buf.push(row.json); size += row.json.length;
  if (size > 4_000_000) { writeSync(fd, buf.join("\n") + "\n"); buf = []; size = 0; }
}
if (buf.length) writeSync(fd, buf.join("\n") + "\n");
closeSync(fd);
const labels: Record<string, unknown> = {};
for (const [k, v] of sink.labels) if (sink.perKey.has(k)) labels[k] = v;
writeFileSync(join(out, "keys.json"), JSON.stringify(labels, null, 0) + "\n");

if (argv.includes("--stats")) {
  let keys = 0, lines = 0;
  console.log("| scenario | class | family | languages | keys | requests | inner requests | completion tokens |");
  console.log("|---|---|---|---|---:|---:|---:|---:|");
  for (const [name, s] of sink.stats) {
    console.log(`| ${name} | ${s.cls} | ${s.family} | ${s.langs} | ${s.keys.size} | ${s.lines.toLocaleString("en-US")} | ${s.inner.toLocaleString("en-US")} | ${s.completion.toLocaleString("en-US")} |`);
    keys += s.keys.size; lines += s.lines;
  }
  console.log(`| **total** | | | | ${keys} | ${lines.toLocaleString("en-US")} | | |`);
  console.log("\nroutes: " + [...sink.routes].sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p} ${n}`).join("; "));
  console.log("\nworst key per scenario: busiest 60 s, busiest UTC day in tokens");
  for (const [name, s] of sink.stats) {
    let wm = 0, wd = 0;
    for (const k of s.keys) {
      const pk = sink.perKey.get(k)!;
      const ts = pk.ts.slice().sort((a, b) => a - b);
      for (let i = 0, j = 0; i < ts.length; i++) { while (ts[i] - ts[j] >= 60_000) j++; wm = Math.max(wm, i - j + 1); }
      const day = new Map<number, number>();
      pk.ts.forEach((t, i) => day.set(Math.floor(t / DAY), (day.get(Math.floor(t / DAY)) ?? 0) + pk.tok[i]));
      for (const v of day.values()) wd = Math.max(wd, v);
    }
    console.log(`  ${name.padEnd(26)} ${s.cls.padEnd(9)} ${String(wm).padStart(4)} req/min ${wd.toLocaleString("en-US").padStart(12)} tok/day`);
  }
  console.error(`${sink.rows.length} lines, ${((Date.now() - t0) / 1000).toFixed(1)} s, rss ${(process.memoryUsage().rss / 1e9).toFixed(2)} GB`);
}
