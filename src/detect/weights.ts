/**
 * Every weight of the per-key score in one table, with the channel of evidence it belongs to and
 * a one-line reason. A feature's probability is `weight x (how strongly the key shows the trait,
 * 0..1)`; features combine by noisy-OR (weak ones sub-linearly, see state.ts `shrinkWeak`).
 *
 * Channels are independent kinds of evidence (docs/detection.md):
 *   extract: what is taken out of the model (reasoning, samples, logprobs, long answers, answers
 *            in a training-set template);
 *   novelty: how much and how new (sustained volume, payloads sweeping many topics);
 *   drive:   how the traffic is driven (machine timing, retries on 429, unreadable input, other
 *            keys acting in concert).
 * Challenge and block need converging evidence: at least `convergeChannels` channels each at
 * `convergeFloor` or more (DetectionConfig, 2 and 0.25 by default; score.ts applies the rule). One
 * channel alone, however strong, earns at most degrade, which removes
 * the extraction value of what it serves and refuses nothing. And one of those channels must be
 * drive, or a hard extraction signal be there (`challengeNeedsDrive`, block always): extract and
 * novelty together are what an honest product's end users send too.
 */
export type Channel = "extract" | "novelty" | "drive";

export type FeatureId =
  | "hidden" | "cot" | "reason" | "detail" | "params" | "ratio" | "amplify"
  | "pipeline" | "template" | "harvest-subset"
  | "bias-sweep" | "embed" | "mixed-batches"
  | "wrapper" | "coverage" | "languages" | "toolsets"
  | "unreadable" | "timing" | "retry" | "linkage";

export const WEIGHTS: Readonly<Record<FeatureId, { w: number; ch: Channel; why: string }>> = Object.freeze({
  hidden: { w: 0.97, ch: "extract", why: "asks for the model's hidden reasoning: no honest product needs it" },
  cot: { w: 0.42, ch: "extract", why: "step-by-step elicitation: reasoning traces, but tutors and benchmarks ask for it too (scaled by the single-turn share, a tutor's conversations weigh less, and by the answers' length, a tutor's explanation is a few hundred tokens)" },
  reason: { w: 0.12, ch: "extract", why: "a mention of reasoning: common in honest prompts, weak alone" },
  detail: { w: 0.2, ch: "extract", why: "demands for long, detailed answers: more tokens per request" },
  params: { w: 0.8, ch: "extract", why: "n > 1 samples or logprobs read the distribution, not one answer (classifiers and pass@k too)" },
  ratio: { w: 0.25, ch: "extract", why: "long answers to short prompts: the output is the payload" },
  amplify: { w: 0.7, ch: "extract", why: "answers tens of times longer than their prompts, thousands of tokens each: reasoning traces or many samples, beyond what writing and coding apps take" },
  pipeline: { w: 0.95, ch: "extract", why: "synthetic-data meta-prompts (write instructions, rewrite prompts): the answer is a dataset" },
  "bias-sweep": { w: 0.9, ch: "extract", why: "logit_bias maps rotated over the same few prompts: recovers the model's logits token by token (a classifier keeps one map)" },
  embed: { w: 0.4, ch: "extract", why: "embeddings taken in bulk, tens of thousands of inputs a day: what an embedding model is distilled from, but also what indexing takes, so weak alone" },
  "mixed-batches": { w: 0.45, ch: "novelty", why: "embeddings batches that each mix three or more scripts: a dataset sampled for coverage, where an index embeds one document's chunks at a time" },
  wrapper: { w: 0.75, ch: "novelty", why: "one wrapper around payloads from many topics: a sweep, unless the key is a product (see linkage generic)" },
  coverage: { w: 0.55, ch: "novelty", why: "many topics at a sustained daily volume, single-turn" },
  "harvest-subset": { w: 0.95, ch: "extract", why: "a harvest-shaped share of traffic that itself sweeps topics (harvest mixed into an app): its evidence is what those requests extract (one harvest-shaped by a step-by-step ask alone as far as the key's worked answers are a trace's length)" },
  toolsets: { w: 0.6, ch: "novelty", why: "a new set of tools for most tasks: agent apps keep a few tool sets, a trajectory sweep changes them per task" },
  languages: { w: 0.25, ch: "novelty", why: "single-turn prompts in many languages at once (a translated sweep)" },
  template: { w: 0.3, ch: "extract", why: "instruction / benchmark template format: the shape of a training set (and of a benchmark run)" },
  unreadable: { w: 0.85, ch: "drive", why: "input the guard cannot read at a harvest pace: it cannot be cleared by content; drive evidence as far as it is token IDs (a program's input), while images or documents alone (what end users upload) count in the score only (score.ts assess)" },
  timing: { w: 0.2, ch: "drive", why: "machine-regular gaps or round-the-clock activity" },
  retry: { w: 0.3, ch: "drive", why: "a refused request sent again before the Retry-After its 429 gave (within 2 s): a loop, not a client that waits as told (another payload meanwhile is another user's ask: red team R52-5)" },
  linkage: { w: 1, ch: "drive", why: "other keys act in concert (shared wrapper, parameters and rhythm, or one network's suspicious keys)" },
});
