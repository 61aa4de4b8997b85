/**
 * Suite k: multi-tenant platforms and education at scale, and harvesters that hide in them.
 * Fri 2027-01-15 00:00 UTC to Tue 2027-01-19 00:00 UTC (Fri, Sat, Sun, Mon). Deterministic per --seed.
 *
 *   node --experimental-strip-types --no-warnings generate.ts --seed 1 --out DIR [--stats]
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { type Cls, Ctx, Sink } from "./core.ts";
import * as H from "./honest.ts";
import * as D from "./distill.ts";

const argv = process.argv.slice(2);
const opt = (n: string) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1] : undefined; };
const seed = Number(opt("--seed") ?? 1);
const out = opt("--out");
if (!out || !Number.isFinite(seed)) {
  console.error("usage: generate.ts --seed N --out DIR [--stats]");
  process.exit(2);
}

type Def = [name: string, cls: Cls, family: string, what: string, fn: (c: Ctx) => void];
export const SCENARIOS: Def[] = [
  ["llm-router-reseller", "honest", "router", "LLM router/reseller: 3 keys carry 17 downstream tenants, each with its own system prompt, model, parameters, language, topic, volume and time zone (copywriting, long-form SEO and fiction, step-by-step math tutoring, o4-mini finance reasoning, logprob sentiment/ticket classifiers, SQL, Spanish listings, Japanese recipes, German bedtime stories, Turkish horoscopes, D&D game master)", H.routerReseller],
  ["whitelabel-bots", "honest", "whitelabel", "white-label chatbot platform: one key per region (US/EU/APAC), ~360 small businesses' bots, fact-sheet system prompts, short multi-turn visitor chats in 6 languages", H.whitelabel],
  ["agent-builder", "honest", "agent-platform", "agent-builder platform: 160 end-user agents each with their own 2-6 tools (own prefixes/descriptions), 1-4-step tool loops, OpenAI and Anthropic formats", H.agentBuilder],
  ["k12-tutor", "honest", "k12-tutoring", "K-12 tutoring app at scale: 3 regional keys, students in en/es/pt/tr/pl/ar/vi/id/hi, step-by-step worked answers, follow-ups, school-day curves", H.k12Tutor],
  ["uni-course-assistant", "honest", "course-assistant", "one university course (STAT 1020) TA bot on the DFN network, exam Tuesday: Sunday/Monday spike", H.uniCourse],
  ["enterprise-gateway", "honest", "enterprise", "German manufacturer's internal gateway: 7 departments behind one key, Zscaler egress, office hours, nightly wiki re-index embeddings on weekdays", H.enterpriseGateway],
  ["language-app", "honest", "language-learning", "language-learning app: translation drill grading (JSON), grammar explanations, role-play, 9 language pairs", H.languageApp],
  ["support-bot-offtopic", "honest", "support", "ISP support bot on Anthropic (cached system prompt) whose users often ask off-topic questions (homework, recipes, code)", H.supportBot],
  ["moderation-classifier", "honest", "classifier", "trust & safety classifier: 1-3 token labels with logprobs/top_logprobs 5, chat and legacy completions, 24/7", H.moderation],
  ["docs-rag", "honest", "rag-embeddings", "docs-search SaaS: bursty bulk re-index embeddings, query embeddings, Responses answers from excerpts", H.docsRag],
  ["dev-individuals", "honest", "individuals", "34 developers on home broadband, coding chats, streaming, both providers", H.devIndividuals],
  ["worksheet-generator", "honest", "teacher-tools", "teacher tool generating printable worksheets with answer keys (long outputs), evenings", H.worksheets],
  ["eval-lab", "benchmark", "benchmark", "university evaluation lab (SWITCH): nightly re-runs of fixed GSM-style/MCQ subsets, Saturday full runs on two models, pass@5 code with n=5", H.evalLab],
  ["router-facade", "distill", "fake-router", "harvest posing as a router: 30 fake tenants with paraphrased tutor system prompts, hard questions + CoT, long outputs, 4 keys on OVH/Hetzner", D.routerFacade],
  ["tutor-curriculum-sweep", "distill", "curriculum-sweep", "real-looking tutoring app (Pip) that systematically sweeps subject x topic x grade x variant with worked-solution follow-ups", D.tutorSweep],
  ["router-mixed-tenant", "distill", "tenant-in-reseller", "small reseller key: honest review-reply/caption/intent tenants plus one 'StudyBuddy' tenant harvesting o3/gpt-4.1 reasoning (~1/3 of the key)", D.routerMixedTenant],
  ["multilingual-cot", "distill", "multilingual-reasoning", "hard questions written natively in 14 languages with native CoT asks, extended thinking / reasoning_effort high", D.multilingualCot],
  ["whitelabel-hydra", "distill", "hydra-bots", "150 keys, each a small-business website bot on its own VPS address, 10-26 requests each, visitors 'also' ask hard questions", D.whitelabelHydra],
  ["eval-imposter", "distill", "benchmark-imposter", "benchmark-shaped prompts (MCQ/'####'/olympiad) that never repeat: a dataset, not an eval, temperature 0, large caps", D.evalImposter],
  ["agent-trajectories", "distill", "agent-trajectory", "fabricated tools and fabricated tool results, 4-10-step loops with thinking, new tool set every trajectory", D.agentTrajectories],
  ["logprob-classifier", "distill", "logprob-extraction", "'classifier' with top_logprobs 20 and 1-32-token outputs over diverse text, plus legacy completions logprobs 5 with echo", D.logprobClassifier],
  ["n-sampling", "distill", "n-sampling", "n=4-16 samples at temperature 1 on reasoning asks, posed as an 'alternative explanations' feature", D.nSampling],
  ["embed-harvest", "distill", "embedding-distill", "embedding distillation posed as RAG indexing: 128-input batches of diverse multilingual text", D.embedHarvest],
  ["course-imposter", "distill", "fake-course-assistant", "8 fake course-assistant keys on Responses with reasoning effort high + detailed summaries + encrypted reasoning, exam-like boost", D.courseImposter],
];

const t0 = Date.now();
const sink = new Sink();
for (const [name, cls, family, what, fn] of SCENARIOS) fn(new Ctx(sink, name, cls, family, what, seed));
sink.lines.sort((a, b) => a.ts - b.ts || a.seq - b.seq);
mkdirSync(out, { recursive: true });
const fd = openSync(join(out, "trace.jsonl"), "w");
let buf: string[] = [];
let size = 0;
for (const l of sink.lines) {
  buf.push(l.text);
  size += l.text.length;
  if (size > 8_000_000) { writeSync(fd, buf.join("\n") + "\n"); buf = []; size = 0; }
}
if (buf.length) writeSync(fd, buf.join("\n") + "\n");
closeSync(fd);
writeFileSync(join(out, "keys.json"), JSON.stringify(sink.labels) + "\n");

if (argv.includes("--stats")) {
  let keys = 0, reqs = 0;
  console.log("| scenario | class | family | keys | requests | description |");
  console.log("|---|---|---|---:|---:|---|");
  for (const [name, s] of sink.stats) {
    console.log(`| ${name} | ${s.cls} | ${s.family} | ${s.keys.size} | ${s.requests.toLocaleString("en-US")} | ${s.what} |`);
    keys += s.keys.size; reqs += s.requests;
  }
  console.log(`| **total** | | | ${keys} | ${reqs.toLocaleString("en-US")} | |`);
  console.error(`${sink.lines.length} lines, ${((Date.now() - t0) / 1000).toFixed(1)} s, rss ${(process.memoryUsage().rss / 1e9).toFixed(2)} GB`);
}
