/**
 * What a settled answer adds to a key's state: its tokens against its prompt (long, trivial, past
 * a budget, served degraded or not), samples, hidden reasoning, answers that came later (a batch,
 * a background job) and the budgets held for want of them, pieces of a cut answer fetched on, and
 * the exchange a later turn may continue. observeUsage settles a request's own answer,
 * observeFetchedAnswer one read on a free route. Pure: time is `nowMs`.
 */
import type { Answer, Usage } from "../policy/types.ts";
import { headroomTaken, TRACE_FULL_TOKENS, UNCAPPED_EVIDENCE } from "./budget.ts";
import { CHEAP_TURN_TOKENS, chainSoFar, extendChain, fillerBefore, forgetCheap, inputSeen, rememberAnswered, rememberCheap, rememberCreated, rememberInput, rememberSize, takeChain, takePending } from "./conversation.ts";
import { BUDGET_USED, LONG_ANSWER, beyondBudget, longAnswer, promptRead, settleAskedCohort, takePendingCohort, trivialAnswer, visibleTokens } from "./link.ts";
import { fmix32, r3 } from "./sketch.ts";
import { type DetectState, SHORT_SAMPLE, decayTo, keepCurrent } from "./state.ts";

/** The models whose answers with hidden reasoning a key remembers (reasonModels): an app's one
 *  or two reasoning models and what it moves to. */
const REASON_MODELS = 4;

function noteReasonModel(st: DetectState, model: number): void {
  const i = st.reasonModels.indexOf(model);
  if (i === 0) return;
  if (i > 0) st.reasonModels.splice(i, 1);
  st.reasonModels.unshift(model);
  if (st.reasonModels.length > REASON_MODELS) st.reasonModels.length = REASON_MODELS;
}

/** Answers that came later read now (`count` of them, their tokens summed): no longer waited for;
 *  their share of the budgets held in full for want of them (laterHeld) is taken back as far as
 *  these answers show them to be headroom. */
function readLater(st: DetectState, promptTokens: number, completionTokens: number, count: number, nowMs: number): void {
  decayTo(st, nowMs, st.halfLifeMs);
  st.laterAnswers = Math.max(0, st.laterAnswers - count);
  st.laterRead += count;
  st.laterPromptTokens += Math.max(0, promptTokens);
  st.laterCompletionTokens += Math.max(0, completionTokens);
  if (st.laterHeld <= 0) return;
  const q = Math.min(1, count / st.laterHeld);
  const back = q * (1 - headroomTaken(promptTokens, completionTokens));
  st.paramScoreSum = Math.max(0, st.paramScoreSum - back * st.laterHeldParams);
  st.budgetOnlyHarvest = Math.max(0, st.budgetOnlyHarvest - back * st.laterHeldHarvest);
  // and so much of the peak those budgets raised, which holds a standing a day after its score
  // fell (the cheap-cover guard of score.ts): taken back with them, in the same share
  st.peakScore = r3(st.peakScore * (1 - back));
  if (back > 0) st.takenBack = true;
  st.laterHeld -= q * st.laterHeld;
  st.laterHeldParams -= q * st.laterHeldParams;
  st.laterHeldHarvest -= q * st.laterHeldHarvest;
}

/** Answers fetched on a free route (a background response retrieved once it has ended, a batch's
 *  results: Usage.answer), `count` of them (default 1) with their tokens summed, read once per id:
 *  its hash goes into the key's recent-input filters, and an id already there is not read again
 *  (red team R7-2: one cheap background response fetched after every harvest ask diluted the mean
 *  answer under the cohort profile's 700 tokens, for free). */
export function observeFetchedAnswer(st: DetectState, a: Answer, nowMs: number): void {
  keepCurrent(st);
  const h = fmix32(a.id ^ ANSWER_ID_SALT);
  if (inputSeen(st, h)) return;
  rememberInput(st, h);
  // the answers as returned: hidden reasoning the origin billed is no answer (Usage.reasoning)
  const answer = visibleTokens(a);
  if ((a.count ?? 1) >= 1) readLater(st, a.promptTokens, answer, a.count ?? 1, nowMs);
  if (a.count === undefined) return observeUsage(st, { promptTokens: a.promptTokens, completionTokens: answer, ...(a.createdHash ? { createdHash: a.createdHash } : {}), ...(a.readablePrompt !== undefined ? { readablePrompt: a.readablePrompt } : {}) }, nowMs, true);
  if (a.count < 1) return;
  const long = Math.min(a.long ?? 0, a.count);
  const trivial = Math.min(a.trivial ?? 0, a.count - long);
  const longTokens = Math.min(a.longTokens ?? 0, answer);
  // (an answer summed by an older isolate says only how many tokens its long answers took)
  const beyond = Math.min(a.beyondTokens ?? longTokens - long * BUDGET_USED.tokens, answer);
  addAnswers(st, a.promptTokens, answer, a.count, long, longTokens, nowMs, trivial, trivial > 0 ? Math.min(a.trivialPromptTokens ?? 0, a.promptTokens) : 0, Math.max(0, beyond));
}
/** Keeps answer ids apart from input-turn hashes in the shared filters. */
const ANSWER_ID_SALT = 0x27d4eb2f;

/** `fetched`: the answer of a stored response read on a free route (observeFetchedAnswer), which
 *  any key of the project may read: it does not make the response this key's. */
export function observeUsage(st: DetectState, charged: Usage, nowMs: number, fetched = false): void {
  keepCurrent(st);
  // a background job whose answer came whole on its own request (streamed to its end: red team
  // R56-2, never read after it) is an answer that came later, read
  if (charged.later && !charged.estimated && charged.seen === undefined && !fetched) readLater(st, charged.promptTokens, visibleTokens(charged), 1, nowMs);
  // a stream cut before its usage is charged its reservation; its answer is what it streamed. An
  // answer is what was returned: hidden reasoning billed beside it is none (red team R58-3)
  const usage = charged.seen !== undefined ? { ...charged, completionTokens: charged.seen } : charged.reasoning ? { ...charged, completionTokens: visibleTokens(charged) } : charged;
  const piece = usage.prevHash !== undefined && !fetched && !usage.estimated && takeChain(st.chainNext, usage.prevHash);
  // a piece under a cap continues the exchange it names, or (a prefilled one) its own input turn's
  const capOf = usage.prevHash ?? usage.inputHash;
  const cappedPiece = !piece && capOf !== undefined && !fetched && !usage.estimated && takeChain(st.capNext, capOf);
  if (usage.prevHash && !piece) takePending(st, usage.prevHash);
  if (usage.createdHash && !fetched) rememberCreated(st, usage.createdHash);
  if (usage.unnamed) st.unnamedResponses = Math.min(st.unnamedResponses + 1, 1e9);
  if (piece) return settleChain(st, usage, usage.prevHash!, nowMs);
  // an estimate (the reservation kept) says what the request may take, not what it took; a stored
  // response created that way (in the background: its answer is not in its own POST) is no
  // conversation until its answer is read (red team R10-3: a cheap background anchor, never
  // retrieved, was a conversation every ask continued)
  if (usage.estimated) {
    if (usage.createdHash) rememberCheap(st, 0, usage.createdHash);
    return;
  }
  // an answer is read against the prompt the guard could read: media a request carried (an ask
  // rendered into an image) are billed as prompt tokens no text of it stands for (red team R15-1)
  const prompt = usage.readablePrompt !== undefined ? Math.min(usage.promptTokens, usage.readablePrompt) : usage.promptTokens;
  // n choices are n answers to one prompt: one answer is their share of the completion tokens
  // (the samples themselves are the parameter evidence, signals paramScore)
  const answer = usage.choices !== undefined && usage.choices > 1 ? usage.completionTokens / usage.choices : usage.completionTokens;
  if (usage.samples !== undefined && usage.samples > 1) {
    st.sampleChoices += usage.samples;
    st.sampleTokens += usage.completionTokens;
    if (usage.completionTokens >= SHORT_SAMPLE.tokens * usage.samples) st.sampleLongTokens += usage.completionTokens;
  }
  const long = longAnswer(promptRead(st, prompt), answer);
  const trivial = trivialAnswer(answer);
  addAnswers(st, prompt, answer, 1, long, long * answer, nowMs, trivial, trivial * prompt, beyondBudget(answer));
  if (usage.hardRead) st.hardTokens += answer;
  if (usage.stepAsk) addStepAnswer(st, answer);
  if (answer > UNCAPPED_EVIDENCE) st.pastCapTokens += answer - UNCAPPED_EVIDENCE;
  if (charged.reasoning !== undefined && charged.reasoning > 0 && charged.seen === undefined) {
    st.hiddenReasoned += 1;
    noteReasonModel(st, charged.model ?? 0);
  }
  if (usage.completionTokens < CHEAP_TURN_TOKENS) {
    if (usage.inputHash || usage.createdHash) rememberCheap(st, usage.inputHash ?? 0, usage.createdHash ?? 0);
  } else if (usage.createdHash) forgetCheap(st, usage.createdHash);
  if (usage.prevHash && fillerBefore(st, usage.prevHash, usage.completionTokens, usage.prevTool === true)) st.singleTurn = Math.min(st.weight, st.singleTurn + 1);
  // a piece under a cap: the answer so far under the cap is the one it continued and this one,
  // remembered under both (the next piece may continue either: a chat that stitches the pieces
  // into one turn); each exchange's own answer stays what detection reads
  const capTotal = cappedPiece ? chainSoFar(st, capOf!) + usage.completionTokens : undefined;
  if (capTotal !== undefined) extendChain(st, capOf!, usage.completionTokens, undefined, capTotal);
  rememberExchange(st, usage, usage.completionTokens, capTotal, nowMs);
}

/** A settled exchange, remembered under the hash a later turn continues it by: its answer's size
 *  (`total`: a chain's so far; conversation.ts rememberSize) and when that answer settled
 *  (rememberAnswered, read by the pace of the next turn). */
function rememberExchange(st: DetectState, usage: Usage, total: number, capTotal: number | undefined, nowMs: number): void {
  const input = usage.inputHash ?? 0;
  const created = usage.createdHash ?? 0;
  rememberSize(st, input, created, total, usage.completionTokens, capTotal);
  rememberAnswered(st, input, created, usage.completionTokens, nowMs, usage.prevHash, usage.prevHash !== undefined && usage.prevTool !== true);
}

/**
 * The answer of a request that continued exchange h's cut answer: the same answer, longer. It adds
 * its tokens to the key's answers but no answer (nor prompt: what it re-sends is the ask and the
 * answer so far), and the chain counts as one long answer once it reaches LONG_ANSWER's length
 * (against its ask's prompt, which its first piece counted; the ratio is not re-read). The chain's
 * length so far is remembered under h and under this exchange, which the next piece continues.
 */
function settleChain(st: DetectState, usage: Usage, h: number, nowMs: number): void {
  const e = st.turnSizes.find((x) => x[0] === h);
  const before = e ? e[1]! : 0;
  const total = before + usage.completionTokens;
  const min = LONG_ANSWER.minTokens;
  const became = before < min && total >= min ? 1 : 0;
  addAnswers(st, 0, usage.completionTokens, 0, became, became ? total : before >= min ? usage.completionTokens : 0, nowMs, 0, 0, beyondBudget(total) - beyondBudget(before));
  // a chain that was a piece under a cap too goes on counting there
  const capTotal = e !== undefined && e.length > 4 ? e[4]! + usage.completionTokens : undefined;
  extendChain(st, h, usage.completionTokens, total, capTotal);
  rememberExchange(st, usage, total, capTotal, nowMs);
}

/** An answer to a step-by-step ask (Usage.stepAsk), as workedLength reads it: one the degrade cap
 *  cut (the key degraded, the answer at BUDGET_USED's 512 tokens or more) counts at a trace's full
 *  length, which is where it was cut (counted as it came, a harvest's capped traces would read short
 *  and step it down, then up again). */
function addStepAnswer(st: DetectState, answer: number): void {
  const tokens = st.standing === "degrade" && answer >= BUDGET_USED.tokens ? Math.max(answer, TRACE_FULL_TOKENS) : Math.max(0, answer);
  st.stepAnswers += 1;
  st.stepTokens += tokens;
  st.stepTokenSq += tokens * tokens;
}

/** `count` answers that took these tokens in all, `long` of them long (LONG_ANSWER) with
 *  `longTokens` completion tokens, `trivial` of them trivial (TRIVIAL_ANSWER) with
 *  `trivialPrompt` prompt tokens, `beyond` tokens of them past BUDGET_USED.tokens an answer. */
function addAnswers(st: DetectState, promptTokens: number, completionTokens: number, count: number, long: number, longTokens: number, nowMs: number, trivial: number, trivialPrompt: number, beyond: number): void {
  decayTo(st, nowMs, st.halfLifeMs);
  st.promptTokens += Math.max(0, promptTokens);
  st.completionTokens += Math.max(0, completionTokens);
  st.settled += count;
  st.longAnswers += long;
  st.longTokens += Math.max(0, longTokens);
  if (st.standing === "degrade") {
    st.cappedAnswers += count;
    st.cappedTokens += Math.max(0, completionTokens);
  } else st.beyondTokens += beyond;
  st.trivialAnswers += trivial;
  st.trivialPromptTokens += Math.max(0, trivialPrompt);
  if (st.cohortPending > 0) takePendingCohort(st, nowMs);
  if (st.cohortAsked === 1) settleAskedCohort(st);
}
