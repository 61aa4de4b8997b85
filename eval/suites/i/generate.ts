/**
 * Suite i: a week of a provider's self-serve platform (Mon 2026-11-16 to Mon 2026-11-23 UTC),
 * many small and mid-size customers, with the honest traffic that looks most like extraction well
 * represented. Deterministic: the same --seed gives the same bytes.
 *
 *   node --experimental-strip-types --no-warnings eval/suites/i/generate.ts --seed 1 --out DIR [--stats]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ctx, type Cls, Sink } from "./core.ts";
import * as H from "./honest.ts";
import * as D from "./distill.ts";

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const seed = Number(opt("--seed") ?? 1);
const out = opt("--out");
if (!out || !Number.isFinite(seed)) {
  console.error("usage: generate.ts --seed N --out DIR [--stats]");
  process.exit(2);
}

type Gen = [name: string, cls: Cls, family: string, what: string, fn: (c: Ctx) => void];
const SCENARIOS: Gen[] = [
  ["ugc-semantic-index", "honest", "embeddings-ugc", "semantic search / dedup service embedding support tickets, reviews and forum posts in 17 languages; nightly backfill; cluster labels", H.ugcIndex],
  ["llm-router-reseller", "honest", "router-reseller", "router keys serving 17 downstream apps (recipes, stories, homework, SQL, translation...) for thousands of end users, both APIs", H.router],
  ["labelling-company", "honest", "data-labelling", "data-labelling office: JSON-schema sentiment/NER, yes/no toxicity with logprobs+logit_bias, relevance grading, receipt extraction via forced tool", H.labelling],
  ["qa-test-fixtures", "honest", "synthetic-test-data", "QA team generating JSON test fixtures for its own invoicing product from CI (one wrapper, long outputs, n=2 at times)", H.qaFixtures],
  ["academic-evals", "honest", "research-evals", "six university labs: self-consistency (n=5), pass@10, greedy logprobs, thinking evals; nightly repeats and one-off runs of fixed sets", H.academic],
  ["leaderboard-run", "benchmark", "benchmark-run", "a public leaderboard harness: 1,400 diverse items with a CoT wrapper once, a 300-item rerun on another model", H.leaderboard],
  ["localisation-agency", "honest", "translation", "agency translating UI strings and marketing copy into 18 locales; one system prompt, outputs as long as inputs", H.localisation],
  ["tutoring-app", "honest", "tutoring", "tutoring app: step-by-step explanations in 7 languages, students' multi-turn follow-ups, evening/weekend curve", H.tutoring],
  ["coding-agents", "honest", "coding-agent", "14 developers running coding agents: Anthropic tools with growing contexts, Responses API with previous_response_id", H.codingAgents],
  ["thinking-analytics", "honest", "extended-thinking-product", "analytics copilot on extended thinking (budgets 4k-10k) over customers' CSV exports, follow-ups", H.thinkingAnalytics],
  ["support-bots", "honest", "support-bot", "three brands' support bots with order tools, multi-turn, en/de/es/pt/fr", H.supportBots],
  ["enterprise-batches", "honest", "batch-enterprise", "nightly OpenAI file batches (contract clauses) and Anthropic message batches (catalogue copy), plus daytime calls", H.enterpriseBatches],
  ["individuals", "honest", "individual-chat", "160 individual chat users and hobbyist developers on home networks in 21 countries", H.individuals],
  ["office-shared-network", "honest", "office-shared-network", "28 consultants' keys behind one NAT with one internal German system prompt", H.office],
  ["ide-fim", "honest", "code-completion", "IDE fill-in-the-middle completions (/v1/completions with suffix), bursts while typing", H.fim],
  ["moderation-classifier", "honest", "classifier-logprobs", "forum moderation: one-token labels with logit_bias and top_logprobs, UGC in 17 languages, around the clock", H.moderation],
  ["seo-content-studio", "honest", "content-generation", "content studio writing 800-2,000-word SEO articles on briefs that sweep every topic, 7 languages, one system prompt", H.seoContent],
  ["cot-native-multilingual", "distill", "reasoning-cot", "reasoning-trace harvest written natively in zh/ru/ar/es/ja/ko/fr/hi, one team per key, cloud hosts", D.cotNative],
  ["embedding-sweep", "distill", "embeddings-harvest", "embeddings harvest posing as an indexer: topic/language sweep, 40-90 texts a call, re-embedded on a second model", D.embedHarvest],
  ["logprob-extraction", "distill", "logprobs", "top_logprobs=20 on diverse prompts, /v1/completions echo+logprobs scoring, logit_bias sweeps with 1-token outputs", D.logprobHarvest],
  ["residential-key-farm", "distill", "key-farm", "260 keys x 12-40 requests over residential proxies, paraphrased reasoning asks, human-like hours", D.keyFarm],
  ["tool-trajectories", "distill", "tool-trajectories", "tool-calling trajectories: synthetic tool sets across 14 domains, fabricated prior steps, forced tool use", D.toolHarvest],
  ["thinking-harvest", "distill", "extended-thinking", "extended-thinking harvest: budgets 16k-32k on diverse hard items, single-turn", D.thinkingHarvest],
  ["persona-dialogues", "distill", "dialogue-persona", "persona/dialogue harvest: fabricated multi-turn histories over personas x scenes x 10 languages", D.personaHarvest],
  ["writing-app-mixed", "distill", "hidden-in-app", "writing-assistant app keys with genuine end-user traffic and a ~37% harvest stream behind the same hosts", D.appMixed],
  ["reseller-mixed", "distill", "hidden-in-reseller", "router-like keys (the same apps as the honest router) with a ~32% multilingual reasoning harvest", D.resellerHidden],
  ["rejection-sampling", "distill", "rejection-sampling", "n=8-16 at temperature 1 on maths/code, and regenerate loops of the same prompt", D.rejection],
  ["batch-harvest", "distill", "batch-harvest", "reasoning harvest through Anthropic message batches and OpenAI file batches, results fetched", D.batchHarvest],
  ["adaptive-harvest", "distill", "adaptive", "blatant CoT harvest on 3 keys for two days, then 45 fresh keys on residential proxies with soft asks and decoys", D.adaptive],
  ["responses-reasoning", "distill", "responses-reasoning", "Responses API with reasoning effort high and detailed summaries, background runs polled and retrieved", D.responsesHarvest],
  ["instruction-generation", "distill", "synthetic-instructions", "self-instruct-style task generation, task evolution rewrites and answers", D.instructionGen],
];

const t0 = Date.now();
const sink = new Sink();
for (const [name, cls, family, what, fn] of SCENARIOS) fn(new Ctx(sink, name, cls, family, what, seed));
sink.lines.sort((a, b) => a.ts - b.ts || a.seq - b.seq);
mkdirSync(out, { recursive: true });
const chunks: string[] = [];
for (const l of sink.lines) chunks.push(l.text);
writeFileSync(join(out, "trace.jsonl"), chunks.join("\n") + "\n");
writeFileSync(join(out, "keys.json"), JSON.stringify(sink.labels, null, 0) + "\n");

if (argv.includes("--stats")) {
  const rows = [...sink.stats.entries()];
  let keys = 0, reqs = 0;
  const byCls: Record<string, [number, number, number]> = {};
  console.log("| scenario | class | family | keys | requests | description |");
  console.log("|---|---|---|---:|---:|---|");
  for (const [name, s] of rows) {
    console.log(`| ${name} | ${s.cls} | ${s.family} | ${s.keys} | ${s.requests.toLocaleString("en-US")} | ${s.what} |`);
    keys += s.keys;
    reqs += s.requests;
    const b = (byCls[s.cls] ??= [0, 0, 0]);
    b[0]++;
    b[1] += s.keys;
    b[2] += s.requests;
  }
  console.log(`| **total** | | | ${keys} | ${reqs.toLocaleString("en-US")} | |`);
  for (const [cls, [n, k, q]] of Object.entries(byCls)) console.log(`${cls}: ${n} scenarios, ${k} keys, ${q} requests`);
  const first = sink.lines[0]?.ts, last = sink.lines[sink.lines.length - 1]?.ts;
  console.log(`window ${new Date(first).toISOString()} .. ${new Date(last).toISOString()}, ${sink.lines.length} lines, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
