/**
 * How a key's output budgets are read against its answers: a big `max_tokens`, a thinking budget,
 * an absent cap or a reasoning model's cap asks for long answers, and the answers the key settled
 * say whether they came (budgetTaken, budgetUsed, uncappedTaken, reasonedBudgetTaken), and whether
 * its models reason unseen (reasonsHidden). Pure reads of the state; observeRequest (state.ts)
 * weighs a request's budget by them, and answers.ts adds the answers they read.
 */
import { BUDGET_USED, substantiveAnswers } from "./link.ts";
import { BUDGET_MIN_TOKENS } from "./signals.ts";
import type { DetectState } from "./state.ts";
import { clamp01 } from "./sketch.ts";

/** Completions over what a key's requests bring of their own (its prompt tokens less the share of
 *  history read back and system prompt), over its settled answers; 0 before 3 answers. */
export function ownRatio(st: DetectState, readBack = st.historyChars + st.systemChars, budget = false): number {
  if (st.settled < 3) return 0;
  // (a budget's: tool definitions are read back too, and trivial answers' prompts left out)
  const base = st.promptChars + (budget ? st.toolChars : 0);
  const own = base > 0 ? Math.max(0.005, (st.promptChars - readBack) / base) : 1;
  return st.completionTokens / Math.max(1, (st.promptTokens - (budget ? st.trivialPromptTokens : 0)) * own);
}

/**
 * How much of a big output budget (`max_tokens`, a thinking budget, high effort) a key's answers
 * take, 0..1: the budget asks for long answers, and the answers say whether they came. A key whose
 * answers are about the size of what it sends beside its system prompt (a translation, a rewrite,
 * an extraction: at most 2x its own payload) set the budget as headroom, as many SDK wrappers do, and its budget is no
 * evidence (0); at 4x or more, or before 3 answers, it counts in full (1). What the requests ask
 * in words, and hard parameters (n, logprobs), count whatever the answers; so does the budget of a
 * request with tools (observeRequest).
 */
export function budgetTaken(st: DetectState, later = false): number {
  // A request whose answer comes later (a batch item, a background job) is judged by the key's
  // answers that came later and were read, once 3 are and those asked for and not read yet do
  // not outnumber LATER_PENDING times them (R56-1: a nightly batch is judged by the nights before
  // it, whose answers were the size of their articles: every item of every batch was degraded).
  // Before that, by all the key's answers, unless those not read yet outnumber them: a harvest
  // queued in batches or background jobs and read only after it, a cheap foreground turn beside
  // every few, took its budgets in full while the foreground's answers vouched for them (red team
  // R54-1, R54-5). Not the other way round: a batch waiting to be fetched says nothing of the
  // foreground's answers (R56-3: a nightly batch fetched in the morning degraded the same key's
  // assistant all night).
  if (later && !laterUnproven(st)) return headroomTaken(st.laterPromptTokens, st.laterCompletionTokens);
  if (later && st.laterAnswers > st.settled) return 1;
  if (st.settled < 3) return 1;
  // over what the requests bring beside a system prompt, in any request (a fat static prefix,
  // cached at a tenth of the input price, must not make long answers look like a translation's),
  // a history read back and tool definitions (billed as prompt, the prefix a request repeats: red
  // team R64-1, a 2,400-token tool definition sent with every ask and never called made
  // 1,400-3,600-token answers read as proportionate), and over the answers that are not trivial: a
  // label beside each ask brings its prompt and no answer (red team R64-2: one cheap-model label
  // of a fresh 800-2,000-token bundle per ask; 100 % of the harvest served in full)
  return clamp01((ownRatio(st, st.historyChars + st.systemChars + st.singleSystemChars, true) - BUDGET_HEADROOM_RATIO) / BUDGET_HEADROOM_RATIO);
}
const BUDGET_HEADROOM_RATIO = 2;

/**
 * How much of a big output cap that bounds hidden reasoning with the answer (signals `rh`: an
 * OpenAI reasoning request, whose cap OpenAI tells developers to set at 25,000 or more for the
 * reasoning) asked for a long answer, 0..1: as far as the key's answers came long (LONG_ANSWER,
 * read without their reasoning), in full once REASONED_LONG_SHARE of them are; before 3, in full.
 * Red team R58-3: an o4-mini tutor's 16,000 cap, with answers of 180-520 tokens, was read as a
 * harvest's budget and every request degraded.
 */
export function reasonedBudgetTaken(st: DetectState): number {
  if (st.settled < 3) return 1;
  return clamp01(st.longAnswers / Math.max(1, substantiveAnswers(st)) / REASONED_LONG_SHARE);
}
/** The share of long answers from which a reasoning request's cap counts in full (reasonedBudgetTaken). */
const REASONED_LONG_SHARE = 0.5;

/**
 * How much of any other big output budget the key's answers used, 0..1 (link.ts BUDGET_USED): the
 * share of their tokens beyond an ordinary reply's 512 each, in full at a fifth, over the answers
 * not served degraded; before 3 of those, in full. Read beside budgetTaken, which judges answers
 * against what the requests bring: a question is a short payload, and a Q&A product that sets
 * `max_tokens` 4,096 as headroom, with answers of a few hundred tokens, takes 15x its questions
 * (red team R60-3: such a study app and its Claude twin were degraded on 92 % of their requests
 * from hour 12 of a product's volume).
 */
export function budgetUsed(st: DetectState): number {
  // (answers served while degraded were capped: they would read a harvest's budget as headroom,
  // and the key would step down, take long answers again, and be degraded again)
  if (st.settled - st.cappedAnswers < 3) return 1;
  return servedShare(st, st.beyondTokens, BUDGET_USED.fullShare);
}

/** `tokens` over the key's answer tokens not served degraded (a degraded answer was capped by the
 *  guard: it says nothing of a budget), in full at `full` of them, 0..1. */
function servedShare(st: DetectState, tokens: number, full: number): number {
  return clamp01(tokens / Math.max(1, st.completionTokens - st.cappedTokens) / full);
}

/**
 * How much of the budget a request without an output cap asks for (signals `uc`, read as
 * UNCAPPED_TOKENS) the key's answers show it took, 0..1: none before 3 answers not served degraded
 * (no cap is what most chat apps send; their first answers must not read as a harvest's budget),
 * and none for a request whose answer comes later (a batch's or a background job's: judged as
 * before, by what else it asks). Then the smaller of two readings of the answers: how far they
 * amplify what the requests bring of their own (budgetTaken; tool definitions count as prompt
 * here, billed and not read as its text, rather than as a budget in full: red team R63-3, a
 * document translator offering one glossary tool was degraded on 92 % of its documents), and how
 * far they went past what an explicit cap under the budget signal's threshold would have allowed:
 * their tokens past UNCAPPED_EVIDENCE (1,500) each, in full at UNCAPPED_USED_SHARE of their tokens
 * (read without hidden reasoning). An absent cap is the SDK's default: a writing assistant's
 * drafts of 600-1,600 tokens, or a router's answers that run long now and then, are what any cap
 * under 1,500 would have given (red team R63-1: past 512 each, the writer was degraded on 97 % of
 * its requests); a harvest of 1,400-3,600-token answers takes the budget in full, however many
 * cheap requests beside it (red team R62-1).
 */
export function uncappedTaken(st: DetectState, later: boolean): number {
  if (later || st.settled - st.cappedAnswers < 3) return 0;
  return Math.min(budgetTaken(st), servedShare(st, st.pastCapTokens, UNCAPPED_USED_SHARE));
}
/** Answer tokens per answer past which an absent cap was used (uncappedTaken): paramScore's lowest
 *  budget (a cap of 1,500 or more is read as asking for long answers; under it, as none). */
export const UNCAPPED_EVIDENCE = BUDGET_MIN_TOKENS;
/** The share of a key's answer tokens past UNCAPPED_EVIDENCE each at which a request without a cap
 *  counts its budget in full (uncappedTaken). */
export const UNCAPPED_USED_SHARE = 0.2;

/** Whether a request to `model` (signals `mo`, 0 when it names none) calls a reasoning model by
 *  what the key's answers say: a fifth or more of its settled answers (3 at least) came with hidden
 *  reasoning billed beside them (hiddenReasoned, REASONS_HIDDEN_SHARE), and that model's among
 *  them (reasonModels). By the key alone, one o4-mini reply beside each ask lent a gpt-4.1 or
 *  Claude harvest a reasoning model's reading of its cap (red team R62-2: 100 % served in full,
 *  23 % without) and degrade's reasoning room, written out as answer (R62-3: 61 % of the tokens
 *  delivered, 21 %). */
export function reasonsHidden(st: DetectState, model: number): boolean {
  return st.settled >= 3 && st.hiddenReasoned >= REASONS_HIDDEN_SHARE * st.settled && st.reasonModels.includes(model);
}
/** The share of a key's settled answers with hidden reasoning from which its requests to a model
 *  among reasonModels are read as a reasoning model's (reasonsHidden). Half, before the model was
 *  read: a study app calling o4-mini for 30 % of its requests beside gpt-4.1 had its o4-mini caps
 *  judged as visible answers' budgets, 90 % of its requests degraded and 1,246 of 1,373 o4-mini
 *  answers emptied under degrade (red team R63-2). */
const REASONS_HIDDEN_SHARE = 0.2;

/** Later answers asked for and not read yet, per later answer read, beyond which a later request's
 *  budget counts in full (budgetTaken): a night's batches submitted at once after a night read. */
const LATER_PENDING = 4;

/** Whether the key's later answers read say nothing yet of its later requests' budgets (budgetTaken). */
export function laterUnproven(st: DetectState): boolean {
  return st.laterRead < 3 || st.laterAnswers > LATER_PENDING * st.laterRead;
}

/** How much of a big budget answers of these totals took: 0 at twice their prompts or less, 1 at 4x. */
export function headroomTaken(promptTokens: number, completionTokens: number): number {
  return clamp01((completionTokens / Math.max(1, promptTokens) - BUDGET_HEADROOM_RATIO) / BUDGET_HEADROOM_RATIO);
}

/**
 * The key's typical answer for the answer-length features (harvest factor, ratio, amplify): the
 * mean over its answers, or, when long answers (LONG_ANSWER) are at least LONG_FULL_SHARE of
 * them, their mean (scaled down below that share), whichever is larger. Cheap answers added to a
 * harvest pull the mean down at will, not its long answers (red team R7-2: 4-5 cheap paid asks
 * after each harvest ask hid a farm for under 3 % more tokens); a chat whose answers are mostly
 * short keeps its mean.
 */
export function answerMean(st: DetectState): number {
  if (st.settled <= 0) return 0;
  const mean = st.completionTokens / st.settled;
  if (st.longAnswers <= 0) return mean;
  const longMean = st.longTokens / st.longAnswers;
  return Math.max(mean, longMean * clamp01(st.longAnswers / st.settled / LONG_FULL_SHARE));
}
/** Share of long answers from which their mean is the key's typical answer (answerMean). */
const LONG_FULL_SHARE = 0.25;

/** A worked answer this long or longer is a trace worth harvesting (weight 1: traceLength, workedLength). */
export const TRACE_FULL_TOKENS = 700;
/** ... and one this short or shorter a tutor's or a benchmark's explanation (weight 0.4). */
const TRACE_SHORT_TOKENS = 300;

/** 0.4 at TRACE_SHORT_TOKENS or less, 1 from TRACE_FULL_TOKENS, linear between. */
function lengthWeight(tokens: number): number {
  return 0.4 + 0.6 * clamp01((tokens - TRACE_SHORT_TOKENS) / (TRACE_FULL_TOKENS - TRACE_SHORT_TOKENS));
}

/**
 * How far the key's answers are what a reasoning trace worth harvesting is, 0.4..1, read from its
 * typical answer (answerMean); 1 before 3 answers. A step-by-step ask is a trace harvest's shape and
 * a tutor's, a benchmark's and a worked-solution app's too; their explanations run to a few hundred
 * tokens, a trace worth harvesting is long (the cot feature, since the thirteenth session).
 */
export function traceLength(st: DetectState): number {
  return st.settled >= 3 ? lengthWeight(answerMean(st)) : 1;
}

/**
 * The same, read from the key's worked answers alone: the answers to its step-by-step asks
 * (Usage.stepAsk), token-weighted (the length the average token of them sits in, sum t^2 / sum t);
 * 1 before 3 of them. Short answers added beside the traces, of chat turns or of cheap step-by-step
 * asks, move it little (red team R72-1: four 20-60-token chat turns beside each 600-699-token trace
 * pulled the key's typical answer under 300; read from it, harvest-subset let 100 % of the traces
 * through in full; a plain mean of the step answers falls as far with cheap step-by-step asks).
 * What harvest-subset's requests harvest-shaped by a step-by-step ask alone are weighed by
 * (score.ts subsetLength).
 */
export function workedLength(st: DetectState): number {
  if (st.stepAnswers < 3 || st.stepTokens <= 0) return 1;
  return lengthWeight(st.stepTokenSq / st.stepTokens);
}
