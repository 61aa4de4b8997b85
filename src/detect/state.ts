/**
 * Per-key detection state: its fields and their stored names, its decay, and what a request adds
 * (observeRequest) or a quota refusal (observeOutcome). What a settled answer adds is in
 * answers.ts, how a budget is read against the answers in budget.ts, conversations in
 * conversation.ts; the scoring of a state is in score.ts. Every structure has a fixed size:
 * histograms of 32 / 24 / 8 slots, 6 wrapper entries, a 256-register HLL, 4 learned generic
 * wrappers, 4 repeated histories, ~40 scalars. Serialised ~2 KB (test: <= 16 KiB after 100k requests).
 */
import { type Action, LADDER, type Standing } from "../policy/types.ts";
import { budgetTaken, budgetUsed, laterUnproven, reasonedBudgetTaken, reasonsHidden, uncappedTaken } from "./budget.ts";
import type { RequestSignals } from "./signals.ts";
// inputSeen: re-exported for the tests that read the filters through state.ts
export { inputSeen } from "./conversation.ts";
import { EMPTY_FILTER, bumpAnchor, bumpOpening, pacedTurn, rememberQuiet, bumpHistory, chainSoFar, continuation, effectivelySingle, inputSeen, markPending, NEW_ASK_CHARS, ownChars, rememberChain, rememberInput } from "./conversation.ts";
import { bloomHas, bloomPairAdd, clamp01, decayFactor, fmix32, hamming64, hllAdd, hllCount, hllNew, popcount32, r3 } from "./sketch.ts";
import { compactNumbers, packBitset, packCounters, packRegisters, unpackBitset, unpackCounters, unpackRegisters } from "./codec.ts";

const EMPTY_CHUNKS = "0".repeat(1024 / 4);

/** A recurring wrapper part: S = system prompt (SimHash, Hamming <= 12 matches), P / X = prefix /
 *  suffix of the user turn (exact hash of 24 masked chars). c = decayed count. */
export type WrapperEntry = { k: "S" | "P" | "X"; h: string; c: number; g?: 1 };

export type DetectState = {
  v: 1;
  /** Per-key jitter seed (a hash of the first request). */
  seed: number;
  /** Last update / first request (ms). */
  updatedMs: number;
  firstSeenMs: number;
  /** Requests seen (exact, not decayed). */
  requests: number;
  /** Decayed request weight (the evidence volume); the decayed counts below share its decay. */
  weight: number;
  /** Requests asking for reasoning at level >= 1 / >= 2 (step by step) / 3 (hidden reasoning). */
  reasoningAsks: number;
  stepByStepAsks: number;
  hiddenReasoningAsks: number;
  /** Synthetic-data pipeline meta-prompts, training-set templates, detail demands. */
  pipelinePrompts: number;
  templatePrompts: number;
  detailDemands: number;
  /** Sum of the output-maximising parameter scores; requests with a "hard" parameter. */
  paramScoreSum: number;
  hardParams: number;
  /** Self-contained requests (no growing conversation). */
  singleTurn: number;
  /** Turns of a conversation sent sooner after the answer they follow than a person reads it and
   *  writes the turn (conversation.ts pacedTurn; decayed like weight): a conversation a program
   *  drives, which asks like self-contained requests do (link.ts singleShare). */
  pacedTurns: number;
  /** "Harvest-shaped" requests (single-turn or paced turns with CoT/hidden reasoning, a template format, a
   *  pipeline prompt or n>1/logprobs extraction), and those whose only harvest trait is a big
   *  output budget, weighted by pace^2; the topics of both. */
  harvestShaped: number;
  /** Of harvestShaped, the requests harvest-shaped by a step-by-step ask alone (no hidden-reasoning
   *  ask, template, pipeline prompt or hard parameter): read as far as the key's answers are a
   *  trace's length (budget.ts workedLength; score.ts subsetLength). */
  stepHarvest: number;
  /** Answers to step-by-step asks (Usage.stepAsk; an answer the degrade cap cut counts at
   *  TRACE_FULL_TOKENS), their tokens and their tokens squared: the length a worked answer's token
   *  sits in (budget.ts workedLength). */
  stepAnswers: number;
  stepTokens: number;
  stepTokenSq: number;
  budgetOnlyHarvest: number;
  harvestTopics: number[];
  /** Weight of requests the guard could not read (UR_WEIGHT by the signal's `ur`). */
  unreadable: number;
  /** Of it, the token-ID prompts (signal `ur` 3): a program's input, evidence of how the key is
   *  driven. Images and documents without text are what end users upload (a photo of homework, a
   *  contract as a PDF): unread, but no sign of automation (red team R52-1: a photo solver was
   *  challenged on them as drive evidence). */
  tokenIdPrompts: number;
  /** Settled sampling requests (signal `sn`: `n` samples the request's only hard parameter): the
   *  samples they asked, the completion tokens they took, and of those the tokens of requests whose
   *  samples averaged SHORT_SAMPLE.tokens or more. A key whose sampled tokens are mostly in short
   *  samples asks for variants (ad copy, titles), not a distribution read out: its later `n` is
   *  read as suggestions (red team R52-6). */
  sampleChoices: number;
  sampleTokens: number;
  sampleLongTokens: number;
  /** Requests whose answers come later (signals `lt`: background responses, batch items) less the
   *  later answers read since (readLater) and those refused (laterRefused), at least 0: answers the
   *  key has asked for and not yet read. While they outnumber the answers it has settled (or 4x the
   *  later ones read, once 3 are), those say nothing of what its later requests' budgets take
   *  (budgetTaken: red team R54-1, R54-5: background jobs and batches read only after the harvest, a
   *  cheap foreground turn beside every few, were never degraded). */
  laterAnswers: number;
  /** Answers that came later (a background job retrieved, a batch's results, a background stream
   *  read to its end) read so far, with their prompt and completion tokens: what the key's later
   *  requests' budgets take (budgetTaken), apart from its foreground's (red team R56-1, R56-3). */
  laterRead: number;
  laterPromptTokens: number;
  laterCompletionTokens: number;
  /** Later requests whose budget counted in full only for want of later answers read (budgetTaken),
   *  with what that budget added to paramScoreSum and budgetOnlyHarvest: when later answers are
   *  read, their share of it is taken back as far as those answers show the budget was headroom
   *  (readLater; red team R56-1: a nightly translation batch's first night kept its key degraded
   *  for two more nights after its answers, the size of their articles, were read). */
  laterHeld: number;
  laterHeldParams: number;
  laterHeldHarvest: number;
  /** Held evidence was taken back since the standing last rose (readLater): the standing steps
   *  down at its cut-off, without the hysteresis margin (score.ts), as the evidence that raised it
   *  proved wrong (red team R56-1: an archive's baseline of 0.37, its wrapper, sat inside the
   *  margin, and its first night's batch kept it degraded for good). */
  takenBack: boolean;
  /** Requests since the key's last one with a hard parameter (signals `hp`, as counted in
   *  hardParams; counted while it has hard-parameter evidence to take back), and what those requests added to paramScoreSum and, harvest-shaped by their hard
   *  parameter alone, to harvestShaped: once HARD_DROPPED requests in a row carry none, the key has
   *  dropped the parameter and that evidence is taken back (takeBackHard; red team R58-4: a help
   *  centre that removed `top_logprobs` stayed degraded 69 h on its decayed rate and peak). */
  hardFree: number;
  hardParamScore: number;
  hardHarvest: number;
  /** What takeBackHard took (hard requests, their parameter scores, the requests harvest-shaped by
   *  them alone; decayed as they would have), and the peak share with the time of that peak: given
   *  back at the key's next hard parameter (restoreHard), so a key that drops a parameter to shed
   *  its evidence has it all again with the first request that takes it up. */
  hardShedParams: number;
  hardShedScore: number;
  hardShedHarvest: number;
  /** Answer tokens of requests that read the distribution by a hard parameter (Usage.hardRead),
   *  decayed, and what a take-back shed of them: the share of the key's answer tokens read so
   *  (score.ts params; red team R61-1: cheap one-token requests diluted the hard share of requests). */
  hardTokens: number;
  /** Answer tokens past UNCAPPED_EVIDENCE (1,500) an answer, of the answers settled on their own
   *  request: how far a key's answers went where an explicit cap under the budget signal's
   *  threshold would have stopped them (uncappedTaken; red team R62-1, R63-1). */
  pastCapTokens: number;
  hardShedTokens: number;
  hardShedPeak: number;
  hardShedPeakMs: number;
  /** Hard requests since the last take-back, while it has something to give back (restoreHard). */
  hardBack: number;
  /** When the key's last hard request came (HARD_DROPPED_MS). */
  hardLastMs: number;
  /** The highest standing (its index in the ladder) a take-back stepped down from, given back
   *  with the evidence (restoreHard). */
  hardShedStanding: number;
  /** Settled answers whose origin reported hidden reasoning beside them (Usage.reasoning): a key
   *  whose answers mostly do calls a reasoning model, whatever its requests say, and its output caps
   *  are judged as a reasoning request's are (reasonedBudgetTaken; red team R60-1: o4-mini at its
   *  default effort, no `reasoning_effort` sent, was judged by the old rule and degraded). */
  hiddenReasoned: number;
  /** The models (Usage.model hashes; 0 for an answer whose request named none) whose answers came
   *  with hidden reasoning, the latest first, at most REASON_MODELS: only a request to one of them
   *  is read as a reasoning model's (reasonsHidden; red team R62-2, R62-3). */
  reasonModels: number[];
  /** Histograms: topics (32), UTC hours (24), script classes (8). */
  topics: number[];
  hours: number[];
  scripts: number[];
  /** Inter-arrival gaps: decayed count, mean and variance of ln(gap seconds); last request (ms). */
  gaps: number;
  gapLogMean: number;
  gapLogVar: number;
  lastMs: number;
  /** Top wrapper parts (space-saving, k = 6). */
  wrappers: WrapperEntry[];
  /** Conversation histories sent verbatim before the last user turn (<= 4, exact decayed counts,
   *  a newcomer replaces the rarest with count 1): a repeated history is a template (few-shot
   *  examples or a fake conversation), a growing one is a chat. */
  histories: { h: number; c: number }[];
  /** Distinct payloads (HLL, 256 registers). */
  payloads: string;
  /** Episodes (activity separated by EPISODE_GAP_MS of quiet): the current one's requests and the
   *  distinct payloads counted when it began; the decayed count of earlier episodes that brought
   *  mostly new payloads. A nightly run of a fixed set brings none after its first night, a
   *  harvest brings new ones every time (score.ts `sustained`). */
  episodeRequests: number;
  episodeDistinct: number;
  novelEpisodes: number;
  /** The current episode's hours, counted from its first request (not the clock's: red team R44-3,
   *  a 65-minute run across two clock hours touched three): when it began, the hour its last
   *  request fell in and that hour's requests, and how many of its hours held EPISODE_HOUR_MIN
   *  requests or more (a trickle between heavy hours counts: red team R44-1). */
  episodeStartMs: number;
  episodeHour: number;
  episodeHourRequests: number;
  episodeHours: number;
  /** Input turns this key sent recently (two Bloom filters of 2,048 bits as hex: the current one
   *  and the one before it, rotated every INPUTS_PER_FILTER inputs): a conversation's history
   *  holds its previous input turn, which a real conversation sent through the key before. */
  recentInputs: string;
  olderInputs: string;
  recentInputCount: number;
  /** Sentences of its static prefixes (system prompt and tools) this key sent recently
   *  (boilerplate samples, signals `bs` / `bc`: two Bloom filters of 1,024 bits as hex, rotated every
   *  CHUNKS_PER_FILTER new ones), and the (decayed) chars of its prompts the ones sent before stand
   *  for: a prefix it repeats, which answers are not read against (link.ts repeatShare). Tool
   *  definitions' chars (outside `promptChars`) complete the prompt that share is of. */
  recentChunks: string;
  olderChunks: string;
  recentChunkCount: number;
  repeatChars: number;
  toolChars: number;
  /** The word MinHash pairs (signals `wm`, `wm2`) of the key's last 4 static prefixes, the
   *  previous one last: the share of its words a prefix shares with the previous one (estimated by
   *  them), or all of it when it has both of one of them, is read away like repeated sentences
   *  (red team R17-4, R17-5, R18-2: a policy shuffled, reworded or tagged in every request). */
  prefixMins: number[];
  /** The chars of the key's last static prefix read as new while nothing of its prefixes had
   *  repeated yet: when the next prefix repeats (>= 80 % of it), they were the first sight of its
   *  policy and are read away too, up to what the next one repeats (red team R18-5: the first
   *  request's policy, counted as new for good, kept a 12-ask key at 30-40x where its asks alone
   *  drew 70-100x). */
  prefixPending: number;
  /** Requests that defined tools (exact) and the distinct sets of tool names among them (HLL, 64
   *  registers): an agent app keeps a few tool sets; a trajectory sweep changes them per task. */
  toolRequests: number;
  toolSets: string;
  /** Requests with a logit_bias (exact); among them, the distinct bias maps, the distinct payloads
   *  they were sent with and the distinct (payload, map) pairs (HLLs, 64 registers; "" until the
   *  key's first biased request): a classifier sends each prompt with one map (pairs ~ prompts);
   *  a logit-recovery probe sends each prompt with many, in whatever order (pairs >> prompts). */
  biasRequests: number;
  biasSets: string;
  biasPayloads: string;
  biasPairs: string;
  /** The biased prompts sent most often (space-saving, <= 8 entries of [payload hash, count, a
   *  32-bit set of the maps sent with it]): a probe prompt comes back with map after map however
   *  many cheap one-map prompts dilute the ratios above; a classifier's duplicate text comes back
   *  with its one map. */
  biasTop: number[][];
  /** The stored responses this key continues most often (space-saving, <= 4 entries of [anchor
   *  hash, decayed count]): a chat continues its newest response, a new id each turn; a star of
   *  turns off one stored anchor is a prefix, not a conversation (red team R5-4). */
  anchors: number[][];
  /** Exchanges of this key the origin answered in under CHEAP_TURN_TOKENS (a greeting, an "OK"),
   *  newest last, at most CHEAP_TURNS: the hash of each one's input turn (signals `ph`) and
   *  of the stored response it created (signals `ca` of a turn continuing it). A request whose
   *  only conversation is such an exchange asks on its own, whatever its history's text says (red
   *  team R9-1, R9-2, R10-1). */
  cheapTurns: number[];
  /** Responses answers of this key settled with their usage but without the id of the stored
   *  response they created (Usage.unnamed; capped, not decayed): a replay trace, or an origin,
   *  that gives no ids. While 0 (a real origin names every response it answers) a turn naming a
   *  stored response this key's answers did not create asks on its own (effectivelySingle; each
   *  created id goes into the recent-input filters); a key with some is not judged by it. */
  unnamedResponses: number;
  /** The key's last TURN_SIZES settled or continued exchanges, [hash, completion tokens] newest
   *  last (keyed by the stored response each created, else its input turn's hash): an answer of the profile's
   *  length (LONG_ANSWER) at 8x or more the answer of the exchange it continued (Usage.prevHash)
   *  makes that exchange a filler and the request an ask of its own (red team R10-1: anchors
   *  answered just over the cheap line, 100-112 tokens, hid a farm completely). A third element,
   *  when present, is the weight of requests continuing the exchange whose answer may still make
   *  them asks of their own (pendingTurns: decayed like weight, taken back at their settlement). */
  turnSizes: number[][];
  /** Exchanges continued by a request that only asks for more of their cut answer (conversation.ts
   *  continuation), newest last, at most CHAIN_NEXT: its settlement adds its answer to theirs. */
  chainNext: number[];
  /** Exchanges continued, under an output cap (degrade's), by a request that only asks for more of
   *  the answer the cap cut (continuation's `capped`), newest last, at most CHAIN_NEXT: detection
   *  reads such a request as before, but its settlement remembers the answer so far, which the cap
   *  of the next piece is counted from (red team R22-2). */
  capNext: number[];
  /** When the key's last ANSWERED_AT answers settled and their sizes, newest last, keyed as
   *  turnSizes (the stored response an answer created, else its input turn's hash), each packed
   *  in one number (conversation.ts rememberAnswered). */
  answeredAt: number[];
  /** The openings of the key's last OPENINGS conversations and how many of its requests each
   *  carried (their turns so far), newest last, each packed in one number (conversation.ts
   *  bumpOpening). */
  openings: number[];
  /** Steps after a long answer: exchanges answered in under TOOL_ASK_ANSWER tokens that continued
   *  one answered at length (a user's turn only when quiet), or that continued such a step when
   *  cheap (under CHEAP_TURN_TOKENS) or quiet (quietInputs): a 16-bit tag of each one's hash (as answeredAt's), newest last, at most
   *  AFTER_LONG (conversation.ts rememberAnswered). */
  afterLong: number[];
  /** The input turns of the key's last requests of a conversation that were quiet (a user's turn
   *  sent sooner than twice a person's reading plus typing after the answer it follows, when that
   *  answer is remembered; any other that asked nothing new: own text under NEW_ASK_CHARS, or sent
   *  before): a 16-bit tag of each one's hash, newest
   *  last, at most AFTER_LONG (conversation.ts rememberQuiet): such a step, answered under
   *  TOOL_ASK_ANSWER tokens, carries a long answer forward as a cheap one does. */
  quietInputs: number[];
  /** Embeddings requests, the inputs they embedded, and those whose batch mixed three or more
   *  scripts (decayed, like weight). */
  embedRequests: number;
  embedItems: number;
  embedMixed: number;
  /** Last request's system prompt hash (to learn / unlearn a generic wrapper from the registry). */
  lastSystemHash: number;
  /** Settled usage: decayed prompt / completion tokens and settled requests. */
  promptTokens: number;
  completionTokens: number;
  settled: number;
  /** Of the settled answers, the long ones (LONG_ANSWER), decayed alike: cheap answers added to a
   *  harvest dilute its mean answer, never this count (red team R7-2). */
  longAnswers: number;
  /** Completion tokens of those long answers (decayed alike). */
  longTokens: number;
  /** Completion tokens of the settled answers beyond link.ts BUDGET_USED.tokens each (decayed
   *  alike): what their budgets gave them beyond an ordinary reply (budgetUsed). Not counted
   *  while the key is degraded, nor are those answers and their tokens (`cappedAnswers`,
   *  `cappedTokens`): degrade caps answers, which then say nothing of what a budget took. */
  beyondTokens: number;
  cappedAnswers: number;
  cappedTokens: number;
  /** Of the settled answers, the trivial ones (link.ts TRIVIAL_ANSWER: an "OK", a label), decayed
   *  alike: not answers the extraction profile's long-answer share is measured against (red team
   *  R8-3: 10 cheap asks after every harvest ask put the long answers under 10 % of them). */
  trivialAnswers: number;
  /** Prompt tokens of those trivial answers (decayed alike): not the prompt the profile's ratio
   *  is read against either (cheap asks dilute the ratio as they dilute the share). */
  trivialPromptTokens: number;
  /** Prompt chars of the requests (decayed), and of them the history turns' and the system
   *  prompt's: the share of a billed prompt that is the request's own new input. */
  promptChars: number;
  historyChars: number;
  systemChars: number;
  /** The system prompts' chars of requests without a history (decayed): not what the requests
   *  bring either, for `budgetTaken` (a fat cached system prompt would hide long answers). */
  singleSystemChars: number;
  /** Quota refusals, and requests that came back before the refusal's Retry-After (at most 2 s
   *  after it: a loop, not a client that waits as told); until when a request counts so (ms). */
  limited: number;
  fastRetries: number;
  fastRetryUntilMs: number;
  /** The payload hashes (signals `ph`) of the last requests a quota refused, at most
   *  REFUSED_INPUTS: a request before the Retry-After is a fast retry only when it sends one of
   *  them again. A product's key refused in a spike gets its other users' new asks meanwhile, and
   *  those are no retries (red team R52-5: they were counted, and degraded a tutoring app). */
  refusedInputs: number[];
  /** Whether the last assessment found evidence of how the key is driven (the drive channel at
   *  convergeFloor, or convergeChannels 1): a degraded key's limits tighten only then
   *  (KeyEngine.limitsFor). Degrade without it serves everything: a product's backend degraded on
   *  what its users ask was refused by the quartered limits in a launch hour (red team R52-2). */
  driven: boolean;
  /** Linkage: best group score (decays from linkMs), its reason; generic wrapper hashes learned. */
  link: number;
  linkMs: number;
  linkReason: string;
  /** Cohort linkage (link.ts COHORT): how crowded (0..1) this key's extraction profile is among
   *  the keys that started recently, weighed by cohortWeight in assess; decays like link, but
   *  never counts as a converging channel. */
  cohort: number;
  cohortMs: number;
  cohortReason: string;
  /** The day (UTC day number + 1; 0 never) the key was last counted by its cohort shard, negative
   *  when that count carried the extraction profile: it is counted once a day while young, reports
   *  at every schedule point while it has the profile, and between them the first time it shows
   *  the profile that day. */
  cohortCounted: number;
  /** The crowd its cohort shard answered while the key lacked the profile (0 none), and when:
   *  taken as cohort evidence the moment its own answers show the profile (red team R7-5: a key
   *  of 6 requests ended before the report carrying its profile was answered). */
  cohortPending: number;
  cohortPendingMs: number;
  /** 1 while the cohort evidence is what a young key's batch asked, not what its answers drew
   *  (link.ts applyAskedCohort): its first answers confirm it or take it back. */
  cohortAsked: number;
  genericWrappers: number[];
  /** Standing, when it was entered (ms), last score, last local (non-linkage) score. */
  standing: Standing;
  standingMs: number;
  score: number;
  localScore: number;
  /** The highest score, decaying with the evidence half-life from when it was reached (ms):
   *  stepping down waits for it, so cover traffic that dilutes the rates does not buy a way back. */
  peakScore: number;
  peakMs: number;
  /** Request count at which the key next reports to its registry shards. */
  nextReportAt: number;
  /** Evidence / linkage half-lives (ms), copied from the config by assess (observe* and
   *  applyLinkView take no config). */
  halfLifeMs: number;
  linkHalfLifeMs: number;
};

/**
 * On disk the state keeps its compact field names (the stored form of every snapshot so far):
 * STORED_NAMES maps each field to its stored name. encodeDetect / decodeDetect convert; a stored
 * state missing fields (from before they existed) gets their fresh values.
 */
export const STORED_NAMES: Readonly<Record<keyof DetectState, string>> = Object.freeze({
  v: "v", seed: "seed", updatedMs: "t", firstSeenMs: "t0", requests: "n", weight: "w",
  reasoningAsks: "rs1", stepByStepAsks: "rs2", hiddenReasoningAsks: "rs3",
  pipelinePrompts: "gm", templatePrompts: "fm", detailDemands: "dd", paramScoreSum: "ps", hardParams: "hp",
  singleTurn: "st1", pacedTurns: "stP", harvestShaped: "sr", stepHarvest: "srS", stepAnswers: "saN", stepTokens: "saT", stepTokenSq: "saQ", budgetOnlyHarvest: "ss", harvestTopics: "tpS", unreadable: "ur",
  topics: "tp", hours: "hr", scripts: "lg", gaps: "gN", gapLogMean: "gM", gapLogVar: "gV", lastMs: "last",
  wrappers: "wr", histories: "hx", payloads: "hll", episodeRequests: "epN", episodeDistinct: "epD", novelEpisodes: "epV", episodeStartMs: "epT", episodeHour: "epI", episodeHourRequests: "epH", episodeHours: "epA", recentInputs: "ri", olderInputs: "ri2", recentInputCount: "riN", recentChunks: "rk", olderChunks: "rk2", recentChunkCount: "rkN", repeatChars: "cR", toolChars: "cT", prefixMins: "pfm", prefixPending: "pfp",
  toolRequests: "tq", toolSets: "tls", biasRequests: "bq", biasSets: "bls", biasPayloads: "blp", biasPairs: "blx", biasTop: "btp", anchors: "anc", cheapTurns: "chp", unnamedResponses: "urN", turnSizes: "tsz", chainNext: "chn", capNext: "cpn", answeredAt: "ans", openings: "opn", afterLong: "afl", quietInputs: "qin", embedRequests: "eq", embedItems: "ei", embedMixed: "em",
  lastSystemHash: "sh",
  promptTokens: "uP", completionTokens: "uC", settled: "uN", longAnswers: "uL", longTokens: "uLT", beyondTokens: "uBT", cappedAnswers: "uKN", cappedTokens: "uKC", trivialAnswers: "uT", trivialPromptTokens: "uTP", promptChars: "cP", historyChars: "cH", systemChars: "cS", singleSystemChars: "cS1", limited: "lim", fastRetries: "rt", fastRetryUntilMs: "rtU", refusedInputs: "rtI", driven: "drv", tokenIdPrompts: "urT", sampleChoices: "snC", sampleTokens: "snT", sampleLongTokens: "snL", laterAnswers: "ltA", laterRead: "ltR", laterPromptTokens: "ltP", laterCompletionTokens: "ltC", laterHeld: "ltH", laterHeldParams: "ltHP", laterHeldHarvest: "ltHS", takenBack: "tkB", hardFree: "hpF", hardParamScore: "hpS", hardHarvest: "hpH", hardShedParams: "hsP", hardShedScore: "hsS", hardShedHarvest: "hsH", hardTokens: "hpK", pastCapTokens: "uPC", hardShedTokens: "hsT", hardShedPeak: "hsK", hardShedPeakMs: "hsKT", hardBack: "hsB", hardLastMs: "hpT", hardShedStanding: "hsL", hiddenReasoned: "hrA", reasonModels: "hrM",
  link: "lk", linkMs: "lkT", linkReason: "lkR", cohort: "co", cohortMs: "coT", cohortReason: "coR", cohortCounted: "coN", cohortPending: "coP", cohortPendingMs: "coPT", cohortAsked: "coA", genericWrappers: "gw",
  standing: "sd", standingMs: "sdT", score: "sc", localScore: "loc", peakScore: "pk", peakMs: "pkT", nextReportAt: "nx",
  halfLifeMs: "hl", linkHalfLifeMs: "lh",
});
const FIELDS = Object.keys(STORED_NAMES) as (keyof DetectState)[];

/** Sketch fields and their stored forms (codec.ts): the recent-input filters (hex in memory, cheap
 *  bit updates) and the HyperLogLog registers (with their register counts). */
const BITSET_FIELDS: ReadonlyMap<keyof DetectState, number> = new Map<keyof DetectState, number>([
  ["recentInputs", EMPTY_FILTER.length], ["olderInputs", EMPTY_FILTER.length], ["recentChunks", EMPTY_CHUNKS.length], ["olderChunks", EMPTY_CHUNKS.length],
]);
const REGISTER_FIELDS: ReadonlyMap<keyof DetectState, number> = new Map<keyof DetectState, number>([
  ["payloads", 256], ["toolSets", 64], ["biasSets", 64], ["biasPayloads", 64], ["biasPairs", 64],
]);

/** Counters per bucket (fixed length, mostly zero for most keys): codec.ts packCounters. */
const COUNTER_FIELDS: ReadonlyMap<keyof DetectState, number> = new Map<keyof DetectState, number>([
  ["harvestTopics", 32], ["topics", 32], ["hours", 24], ["scripts", 8],
]);

function encodeField(f: keyof DetectState, v: unknown): unknown {
  if (BITSET_FIELDS.has(f)) return packBitset(v as string);
  if (REGISTER_FIELDS.has(f)) return packRegisters(v as string);
  if (COUNTER_FIELDS.has(f)) return packCounters(v as number[]);
  return compactNumbers(v);
}

/** Each field's stored form in a fresh state: a field still at it is left out of the stored form
 *  (decodeDetect gives a missing field its fresh value, as for a state stored before it existed);
 *  the version is always kept. */
let FRESH: Map<keyof DetectState, unknown> | undefined;
function freshForms(): Map<keyof DetectState, unknown> {
  if (FRESH) return FRESH;
  const st = newDetectState();
  FRESH = new Map(FIELDS.filter((f) => f !== "v").map((f) => [f, encodeField(f, st[f])]));
  return FRESH;
}
/** Whether a stored form is the fresh one: the same primitive, or both empty ([] / {}). */
function atFresh(e: unknown, fresh: unknown): boolean {
  if (typeof e !== "object" || e === null) return e === fresh;
  if (typeof fresh !== "object" || fresh === null || Array.isArray(e) !== Array.isArray(fresh)) return false;
  for (const _ in e) return false;
  for (const _ in fresh) return false;
  return true;
}

/** The stored form of a state (compact names, codec.ts forms, fields at their fresh value left out). */
export function encodeDetect(st: DetectState): Record<string, unknown> {
  const fresh = freshForms();
  const out: Record<string, unknown> = {};
  for (const f of FIELDS) {
    const e = encodeField(f, st[f]);
    if (fresh.has(f) && atFresh(e, fresh.get(f))) continue;
    out[STORED_NAMES[f]] = e;
  }
  return out;
}

/** A state from its stored form (v 1); fields it lacks (or cannot read) get their fresh values. */
export function decodeDetect(stored: Record<string, unknown>): DetectState {
  const st = newDetectState() as unknown as Record<string, unknown>;
  for (const f of FIELDS) {
    let v = stored[STORED_NAMES[f]];
    if (BITSET_FIELDS.has(f)) v = unpackBitset(v, BITSET_FIELDS.get(f)!);
    else if (REGISTER_FIELDS.has(f)) v = unpackRegisters(v, REGISTER_FIELDS.get(f)!);
    else if (COUNTER_FIELDS.has(f)) v = unpackCounters(v, COUNTER_FIELDS.get(f)!);
    if (v !== undefined) st[f] = v;
  }
  return st as unknown as DetectState;
}

const K_WRAP = 6;
/** System prompts within this Hamming distance (of 64 SimHash bits) are one wrapper: a word
 *  edited in a 130-char prompt moves ~10 bits; unrelated prompts sit ~32 +- 4 bits apart. */
export const SIM_MATCH_BITS = 12;

export function newDetectState(): DetectState {
  return {
    v: 1, seed: 0, updatedMs: 0, firstSeenMs: 0, requests: 0, weight: 0,
    reasoningAsks: 0, stepByStepAsks: 0, hiddenReasoningAsks: 0, pipelinePrompts: 0, templatePrompts: 0, detailDemands: 0,
    paramScoreSum: 0, hardParams: 0, singleTurn: 0, pacedTurns: 0, harvestShaped: 0, stepHarvest: 0, stepAnswers: 0, stepTokens: 0, stepTokenSq: 0, budgetOnlyHarvest: 0, harvestTopics: new Array<number>(32).fill(0),
    unreadable: 0, topics: new Array<number>(32).fill(0), hours: new Array<number>(24).fill(0), scripts: new Array<number>(8).fill(0),
    gaps: 0, gapLogMean: 0, gapLogVar: 0, lastMs: 0,
    wrappers: [], histories: [], payloads: hllNew(8), episodeRequests: 0, episodeDistinct: 0, novelEpisodes: 0, episodeStartMs: 0, episodeHour: 0, episodeHourRequests: 0, episodeHours: 0, recentInputs: EMPTY_FILTER, olderInputs: EMPTY_FILTER, recentInputCount: 0,
    recentChunks: EMPTY_CHUNKS, olderChunks: EMPTY_CHUNKS, recentChunkCount: 0, repeatChars: 0, toolChars: 0, prefixMins: [], prefixPending: 0,
    toolRequests: 0, toolSets: hllNew(6), biasRequests: 0, biasSets: "", biasPayloads: "", biasPairs: "", biasTop: [], anchors: [], cheapTurns: [], unnamedResponses: 0, turnSizes: [], chainNext: [], capNext: [], answeredAt: [], openings: [], afterLong: [], quietInputs: [], embedRequests: 0, embedItems: 0, embedMixed: 0,
    lastSystemHash: 0,
    promptTokens: 0, completionTokens: 0, settled: 0, longAnswers: 0, longTokens: 0, beyondTokens: 0, cappedAnswers: 0, cappedTokens: 0, trivialAnswers: 0, trivialPromptTokens: 0, promptChars: 0, historyChars: 0, systemChars: 0, singleSystemChars: 0, limited: 0, fastRetries: 0, fastRetryUntilMs: 0, refusedInputs: [], driven: false, tokenIdPrompts: 0, sampleChoices: 0, sampleTokens: 0, sampleLongTokens: 0, laterAnswers: 0, laterRead: 0, laterPromptTokens: 0, laterCompletionTokens: 0, laterHeld: 0, laterHeldParams: 0, laterHeldHarvest: 0, takenBack: false, hardFree: 0, hardParamScore: 0, hardHarvest: 0, hardShedParams: 0, hardShedScore: 0, hardShedHarvest: 0, hardTokens: 0, pastCapTokens: 0, hardShedTokens: 0, hardShedPeak: 0, hardShedPeakMs: 0, hardBack: 0, hardLastMs: 0, hardShedStanding: 0, hiddenReasoned: 0, reasonModels: [],
    link: 0, linkMs: 0, linkReason: "", cohort: 0, cohortMs: 0, cohortReason: "", cohortCounted: 0, cohortPending: 0, cohortPendingMs: 0, cohortAsked: 0, genericWrappers: [],
    standing: "allow", standingMs: 0, score: 0, localScore: 0, peakScore: 0, peakMs: 0, nextReportAt: 1, halfLifeMs: 24 * 3600_000, linkHalfLifeMs: 24 * 3600_000,
  };
}

/** Quiet that ends an episode of a key's activity: a run (a benchmark, a batch, a night's job) is
 *  one episode, its next run another. */
export const EPISODE_GAP_MS = 3600_000;
/** An episode of at least this many requests, at least this share of them new payloads, is novel
 *  (a re-run of a fixed set adds exactly none to the HyperLogLog, whose noise on a long history
 *  only ever reads a new payload as old; half, not less: an evaluation whose set is refreshed by a
 *  third each night is not a harvest, red team R44-4). */
export const EPISODE_MIN = 8;
const NOVEL_SHARE = 0.5;
/** An hour of an episode counts toward sustained volume from this many requests: a stray request
 *  or two is no activity, a harvest kept under it takes at most ~70 requests a day on a key (red
 *  team R44's a4: 7 requests an hour in one endless episode). */
export const EPISODE_HOUR_MIN = 4;

/** Whether the key's current episode (so far) brought mostly new payloads. */
export function episodeNovel(st: DetectState): boolean {
  return st.episodeRequests >= EPISODE_MIN && hllCount(st.payloads) - st.episodeDistinct >= NOVEL_SHARE * st.episodeRequests;
}

/** Decay all counters of st to nowMs (half-life H ms). */
export function decayTo(st: DetectState, nowMs: number, H: number): void {
  if (st.updatedMs === 0 || nowMs <= st.updatedMs) {
    if (st.updatedMs === 0) st.updatedMs = nowMs;
    return;
  }
  const f = decayFactor(nowMs - st.updatedMs, H);
  st.updatedMs = nowMs;
  if (f > 0.999999) return;
  st.weight *= f; st.reasoningAsks *= f; st.stepByStepAsks *= f; st.hiddenReasoningAsks *= f; st.pipelinePrompts *= f; st.templatePrompts *= f; st.detailDemands *= f;
  st.paramScoreSum *= f; st.hardParams *= f; st.singleTurn *= f; st.pacedTurns *= f; st.gaps *= f; st.promptTokens *= f; st.completionTokens *= f; st.settled *= f; st.longAnswers *= f; st.longTokens *= f; st.beyondTokens *= f; st.cappedAnswers *= f; st.cappedTokens *= f; st.trivialAnswers *= f; st.trivialPromptTokens *= f;
  st.limited *= f; st.fastRetries *= f; st.harvestShaped *= f; st.stepHarvest *= f; st.stepAnswers *= f; st.stepTokens *= f; st.stepTokenSq *= f; st.budgetOnlyHarvest *= f; st.unreadable *= f; st.tokenIdPrompts *= f; st.sampleChoices *= f; st.sampleTokens *= f; st.sampleLongTokens *= f; st.laterAnswers *= f; st.laterRead *= f; st.laterPromptTokens *= f; st.laterCompletionTokens *= f; st.laterHeld *= f; st.laterHeldParams *= f; st.laterHeldHarvest *= f; st.hardParamScore *= f; st.hardHarvest *= f; st.hardShedParams *= f; st.hardShedScore *= f; st.hardShedHarvest *= f; st.hardTokens *= f; st.pastCapTokens *= f; st.hardShedTokens *= f; st.hiddenReasoned *= f;
  st.embedRequests *= f; st.embedItems *= f; st.embedMixed *= f; st.novelEpisodes *= f;
  st.promptChars *= f; st.historyChars *= f; st.systemChars *= f; st.singleSystemChars *= f; st.repeatChars *= f; st.toolChars *= f;
  for (let i = 0; i < st.topics.length; i++) st.topics[i]! *= f;
  for (let i = 0; i < st.harvestTopics.length; i++) st.harvestTopics[i]! *= f;
  for (let i = 0; i < st.hours.length; i++) st.hours[i]! *= f;
  for (const e of st.anchors) e[1]! *= f;
  for (const e of st.turnSizes) if (e.length > 2) e[2]! *= f;
  for (let i = 0; i < st.scripts.length; i++) st.scripts[i]! *= f;
  for (const e of st.wrappers) e.c *= f;
  for (const e of st.histories) e.c *= f;
}

function bumpWrapper(st: DetectState, k: WrapperEntry["k"], h: string, generic: boolean, by = 1): void {
  if (h === "" || h === "00000000") return;
  for (const e of st.wrappers) {
    if (e.k !== k) continue;
    if (k === "S" ? hamming64(e.h, h) <= SIM_MATCH_BITS : e.h === h) {
      e.c += by;
      return;
    }
  }
  if (st.wrappers.length < K_WRAP) {
    st.wrappers.push(generic ? { k, h, c: by, g: 1 } : { k, h, c: by });
    return;
  }
  // space-saving: replace the smallest entry, inheriting its count (an over-estimate bound)
  let mi = 0;
  for (let i = 1; i < st.wrappers.length; i++) if (st.wrappers[i]!.c < st.wrappers[mi]!.c) mi = i;
  const old = st.wrappers[mi]!;
  st.wrappers[mi] = generic ? { k, h, c: old.c + by, g: 1 } : { k, h, c: old.c + by };
}

/** A prompt prefix (the input turn's first 40 chars) this key sent before at least this many times,
 *  and before half of its requests or more, is a fixed head its asks come under (framedAsk). */
const FRAMED_MIN = 4;

/**
 * Whether a request's input turn starts with the key's own fixed head (its prompt-prefix wrapper,
 * sent before half of its requests or more) and reaches past that head (signals `rsx`, `tpx`): the
 * ask is then after the head, where the edges the cues and the topic are read from belong (red team
 * R44-6: a 600-char instruction block before every ask hid its step-by-step cue in the turn's
 * middle and its topic behind the block's).
 */
export function framedAsk(st: DetectState, sig: RequestSignals): boolean {
  if (sig.tpx === undefined) return false;
  // the turn shares its frame with the key's last long turns (frame.ts; red team R46-2: three
  // heads rotated round one tail left no prefix before half of the requests)
  if (sig.fr === 1) return true;
  if (!sig.wp) return false;
  const h = hex8(sig.wp);
  for (const e of st.wrappers) if (e.k === "P" && e.h === h) return e.c >= FRAMED_MIN && e.c >= 0.5 * st.weight;
  return false;
}

/** A single request that looks like harvesting on its own (not a verdict: a rate is scored); `asks`:
 *  it asks on its own (self-contained, or a paced turn of a conversation a program drives). */
export function harvestShaped(sig: RequestSignals, asks: boolean, rs: number = sig.rs, hp: number = sig.hp): boolean {
  return asks && (rs >= 2 || sig.fm === 1 || sig.gm === 1 || hp === 1);
}

/** Samples (signals `sn`) are variants, not a distribution read out, when the key's settled
 *  samples number `minChoices` or more (one request of `n` 4) and less than `longShare` of their
 *  tokens came in requests whose samples averaged `tokens` or more each (red team R52-6: 4 ad
 *  variants of 60-220 tokens, degraded from their second request when 8 were needed). A share of
 *  tokens, not a mean over samples: one request of 64 tiny samples beside each harvest request had
 *  pulled a mean of 300-450-token samples under the cut (red team R54-2, 15.8 -> 58.0 % of the
 *  tokens served); to hide long samples now takes as many tokens again in short ones. Reasoning,
 *  code and answer samples for rejection sampling or preference pairs run to hundreds of tokens
 *  each; short worked solutions (math, 150-250 tokens) are read as variants too (R54-2, open). */
export const SHORT_SAMPLE = Object.freeze({ tokens: 256, minChoices: 4, longShare: 0.5 });

/** The key's settled samples (signals `sn`) have been short: its `n` asks for variants. */
export function samplesShort(st: DetectState): boolean {
  // decayed: 4 samples settled a minute ago count 3.99
  return st.sampleChoices > SHORT_SAMPLE.minChoices - 1 && st.sampleLongTokens < SHORT_SAMPLE.longShare * st.sampleTokens;
}

/** An embeddings batch whose sampled texts span this many script classes is "mixed". */
const MIXED_SCRIPTS = 3;

/** A key's sustained requests a day: its decayed weight `w` read as a steady rate (w = rate x H /
 *  ln 2 at steady state), no more than its requests over its age (a young key's burst is not a
 *  sustained volume; deliberately low for young keys). */
export function sustainedRate(st: DetectState, nowMs: number, w = st.weight): number {
  const perDay = (w * Math.LN2) / (st.halfLifeMs / 86400_000);
  const ageDays = Math.max((nowMs - st.firstSeenMs) / 86400_000, 1 / 24);
  return Math.min(perDay, st.requests / ageDays);
}

/** Requests in a row without a hard parameter after which a key has dropped it (takeBackHard):
 *  a product that removed `logprobs` or `n` sends none again; a harvest that needs them sends
 *  them, and one that stops to shed the evidence gets it back with its next run of them (restoreHard). */
export const HARD_DROPPED = 50;
/** ... and at least this long since its last one (red team R61-2: a batch of 50 cheap items comes
 *  at once; a product that dropped the parameter takes hours to send 50 requests). */
export const HARD_DROPPED_MS = 30 * 60_000;

/** The key has sent HARD_DROPPED requests without a hard parameter since its last one: what its
 *  hard parameters added (their rate, their parameter scores, the requests harvest-shaped by them
 *  alone) is taken back, with the same share of the peak score that holds a standing a day after
 *  its score fell, and the standing steps down at its cut-off (takenBack), as readLater does. The
 *  key's other evidence stays (red team R58-4: a help centre that removed `top_logprobs` stayed
 *  degraded 69 h; the same traffic on a new key was served in full). */
function takeBackHard(st: DetectState): void {
  const back = st.paramScoreSum > 0 ? clamp01(st.hardParamScore / st.paramScoreSum) : 1;
  const score = Math.min(st.hardParamScore, st.paramScoreSum);
  const harvest = Math.min(st.hardHarvest, st.harvestShaped);
  st.paramScoreSum -= score;
  st.harvestShaped -= harvest;
  st.hardShedParams += st.hardParams;
  st.hardShedScore += score;
  st.hardShedHarvest += harvest;
  st.hardShedTokens += st.hardTokens;
  st.hardTokens = 0;
  st.hardParams = 0;
  st.hardParamScore = 0;
  st.hardHarvest = 0;
  st.hardFree = 0;
  st.hardBack = 0;
  // (a trace of them decayed to next to nothing is cleared, and holds no standing to step down from)
  if (back < HARD_MATERIAL) return;
  // beside what an earlier take-back shed, if the hard requests since were too few to give it
  // back (restoreHard), each share decayed from its own time to now
  const shed = st.peakScore * back;
  const now = st.lastMs;
  const prior = st.hardShedPeak > 0 ? st.hardShedPeak * decayFactor(now - st.hardShedPeakMs, st.halfLifeMs) : 0;
  st.hardShedPeak = r3(prior + shed * decayFactor(now - st.peakMs, st.halfLifeMs));
  st.hardShedPeakMs = now;
  st.peakScore = r3(st.peakScore - shed);
  st.takenBack = true;
  st.hardShedStanding = Math.max(st.hardShedStanding, LADDER.indexOf(st.standing));
}

/** The key sends hard parameters again after dropping them, HARD_RESTORE_RUN of them since the
 *  take-back with fewer than HARD_DROPPED requests between: what takeBackHard took is given back
 *  (decayed as it would have been), and the peak share with it, so it stands where it would have
 *  stood had it never stopped: dropping a parameter between runs of it sheds nothing but the
 *  first requests of each run. */
function restoreHard(st: DetectState): void {
  st.hardParams += st.hardShedParams;
  st.hardParamScore += st.hardShedScore;
  st.paramScoreSum += st.hardShedScore;
  st.hardHarvest += st.hardShedHarvest;
  st.harvestShaped += st.hardShedHarvest;
  st.hardTokens += st.hardShedTokens;
  if (st.hardShedPeak > 0) {
    // the peak as it stands now beside the share taken from it, each decayed from its own time
    const now = st.lastMs;
    const peak = st.peakScore * decayFactor(now - st.peakMs, st.halfLifeMs);
    const shed = st.hardShedPeak * decayFactor(now - st.hardShedPeakMs, st.halfLifeMs);
    st.peakScore = r3(peak + shed);
    st.peakMs = now;
  }
  // and the standing it stepped down from, whose margin holds it as it held before (red team
  // R61-1: given the evidence back at the bare cut-off, a harvest at 4 or 6 hard requests per 50
  // was served in full on 90 and 62 % of them, where 49 clean ones between kept it degraded)
  if (LADDER.indexOf(st.standing) < st.hardShedStanding) {
    st.standing = LADDER[st.hardShedStanding]!;
    st.standingMs = st.lastMs;
  }
  st.hardShedStanding = 0;
  st.takenBack = false;
  st.hardBack = 0;
  st.hardShedParams = 0;
  st.hardShedScore = 0;
  st.hardShedHarvest = 0;
  st.hardShedTokens = 0;
  st.hardShedPeak = 0;
  st.hardShedPeakMs = 0;
}
/** Hard requests after a take-back, with fewer than HARD_DROPPED others between them, that give it
 *  back (restoreHard): a harvest's run of them, not a product's rare one (red team R60-4: a help
 *  centre's internal debug view, ~4 requests a day, restored the evidence of the confidence
 *  display the product had removed, and its end users were degraded again, spell after spell). */
export const HARD_RESTORE_RUN = 3;
/** The share of the key's parameter evidence its hard parameters must have been for their take-back
 *  to lower the peak and the hysteresis margin (takeBackHard). */
const HARD_MATERIAL = 0.1;

/** Request pace 0..1: geometric-mean gap <= 30 s -> 1, >= 10 min -> 0; 0.5 with < 2 gaps. */
export function intensity(st: DetectState): number {
  if (st.gaps < 2) return 0.5;
  const g = Math.exp(st.gapLogMean);
  return clamp01((Math.log10(600) - Math.log10(Math.max(g, 0.05))) / Math.log10(20));
}

/** Weight of a request by how much of it was unreadable (`RequestSignals.ur`): a token-ID prompt
 *  counts fully (honest clients rarely send them); images / PDFs with no text half (vision and
 *  document apps are common); such parts beside a short text a quarter. */
const UR_WEIGHT = [0, 0.25, 0.5, 1] as const;

function hex8(x: number): string {
  return (x >>> 0).toString(16).padStart(8, "0");
}

/** Fill fields added after a state was persisted (older snapshots keep working). */
function upgradeState(st: DetectState): void {
  const fresh = newDetectState() as unknown as Record<string, unknown>;
  const cur = st as unknown as Record<string, unknown>;
  for (const k of Object.keys(fresh)) if (cur[k] === undefined) cur[k] = fresh[k];
}

/** The fields added last: a state that has them has all the others (add a new field here). */
const NEWEST_FIELDS: readonly (keyof DetectState)[] = ["peakScore", "recentInputs", "toolSets", "fastRetryUntilMs", "biasTop", "systemChars", "anchors", "cohortCounted", "longAnswers", "cohortPending", "cohortAsked", "trivialAnswers", "trivialPromptTokens", "cheapTurns", "unnamedResponses", "turnSizes", "singleSystemChars", "recentChunks", "prefixMins", "prefixPending", "chainNext", "capNext", "answeredAt", "openings", "afterLong", "quietInputs", "refusedInputs", "driven", "tokenIdPrompts", "sampleChoices", "sampleLongTokens", "laterAnswers", "laterRead", "laterPromptTokens", "laterCompletionTokens", "laterHeld", "laterHeldParams", "laterHeldHarvest", "takenBack", "hardFree", "hardParamScore", "hardHarvest", "hardShedParams", "hardShedScore", "hardShedHarvest", "hardShedPeak", "hardShedPeakMs", "hiddenReasoned", "beyondTokens", "cappedAnswers", "cappedTokens", "hardBack", "hardLastMs", "hardShedStanding", "hardTokens", "hardShedTokens", "reasonModels", "pastCapTokens", "stepHarvest", "stepAnswers", "stepTokens", "stepTokenSq"];

/** States this isolate has found current (keepCurrent). A state's fields are never removed, so
 *  each state object is checked once, not on every request (the check reads every newest field:
 *  ~0.7 us, three times a request). A stored state is decoded into a new object, checked anew. */
const CURRENT = new WeakSet<DetectState>();

/** ensureCurrent, once per state object (the per-request calls: observe*, assess). */
export function keepCurrent(st: DetectState): void {
  if (CURRENT.has(st)) return;
  ensureCurrent(st);
  CURRENT.add(st);
}

/** upgradeState when the state predates one of the newest fields. */
export function ensureCurrent(st: DetectState): void {
  for (const f of NEWEST_FIELDS) {
    if (st[f] === undefined) {
      upgradeState(st);
      return;
    }
  }
}

/**
 * Observe a request's signals. Returns the answer tokens so far of the exchange it continues when
 * it asks only for more of an answer its budget cut (a continuation, counted in no rate), else 0:
 * the key's object caps such a chain as one answer under degrade (red team R22-2). `cappedAt`: the
 * output cap the key's answers are served under (degrade's), which a cut answer filled.
 */
export function observeRequest(st: DetectState, sig: RequestSignals, nowMs: number, cappedAt?: number): number {
  keepCurrent(st);
  decayTo(st, nowMs, st.halfLifeMs);
  if (st.requests === 0) {
    st.seed = fmix32(sig.ph ^ sig.pf ^ sig.sh);
    st.firstSeenMs = nowMs;
    st.updatedMs = nowMs;
  }
  // more of an answer its budget cut: the same ask's answer, fetched in pieces, counted in no rate
  // or volume; its settlement adds its answer to the one it continues (red team R22-1)
  const cont = continuation(st, sig, undefined, cappedAt !== undefined);
  if (cont !== 0) {
    rememberChain(st.chainNext, cont);
    rememberInput(st, sig.ph);
    return chainSoFar(st, cont);
  }
  // the same under a cap: more of an answer the cap cut (not the client's budget) is a piece for
  // the cap only; detection reads the request as it did (a person's short follow-up to a cut answer
  // reads the same)
  const capped = cappedAt === undefined ? 0 : continuation(st, sig, cappedAt);
  if (capped !== 0) rememberChain(st.capNext, capped);
  if (st.lastMs > 0) {
    const gap = Math.max(0.05, (nowMs - st.lastMs) / 1000);
    const x = Math.log(gap);
    // exponentially weighted mean / variance (weight 1 per gap on the decayed count)
    st.gaps += 1;
    const a = 1 / Math.min(st.gaps, 200);
    const d = x - st.gapLogMean;
    st.gapLogMean += a * d;
    st.gapLogVar = (1 - a) * (st.gapLogVar + a * d * d);
  }
  if (nowMs < st.fastRetryUntilMs && sig.ph !== 0 && st.refusedInputs.includes(sig.ph)) st.fastRetries += 1;
  // an episode too small to judge (under EPISODE_MIN requests) goes on into the next one: bursts of
  // a few requests an hour apart are one episode (red team R44's a4: 7-request bursts, round the
  // clock, were never judged)
  // (a state stored before episodes were kept has none: its next request begins one, unjudged)
  if (st.lastMs === 0 || st.episodeStartMs === 0 || (nowMs - st.lastMs >= EPISODE_GAP_MS && st.episodeRequests >= EPISODE_MIN)) {
    if (st.lastMs > 0 && st.episodeStartMs > 0 && episodeNovel(st)) st.novelEpisodes += 1;
    st.episodeRequests = 0;
    st.episodeDistinct = hllCount(st.payloads);
    st.episodeStartMs = nowMs;
    st.episodeHour = 0;
    st.episodeHourRequests = 0;
    st.episodeHours = 0;
  }
  st.lastMs = nowMs;
  // a completions prompt list asks for one answer per prompt: it counts as that many requests in
  // every rate and volume (red team R5-7: 16 prompts to a request divided them all by 16)
  const m = sig.np !== undefined && sig.np > 1 ? sig.np : 1;
  st.requests = Math.min(st.requests + m, 1e12);
  st.weight += m;
  st.episodeRequests += m;
  const epHour = Math.max(0, Math.floor((nowMs - st.episodeStartMs) / 3600_000));
  if (epHour !== st.episodeHour) {
    st.episodeHour = epHour;
    st.episodeHourRequests = 0;
  }
  if (st.episodeHourRequests < EPISODE_HOUR_MIN && st.episodeHourRequests + m >= EPISODE_HOUR_MIN) st.episodeHours += 1;
  st.episodeHourRequests += m;
  if (sig.hh) bumpHistory(st, sig.hh);
  if (sig.ca) bumpAnchor(st, sig.ca);
  if (sig.fo) bumpOpening(st, sig.fo);
  const single = effectivelySingle(st, sig);
  // a turn of a conversation a program drives asks like a request of its own (pacedTurn)
  const paced = !single && pacedTurn(st, sig, nowMs);
  // a history that is not a conversation this key had is payload too: its reasoning asks count,
  // and its opening topic stands in for a follow-up's ("Can you put that in a table?"). The
  // reasoning asks of the history of a conversation a program drives count too, under a turn that
  // asks something new (a question, not a quick-reply chip): the format its first turn set holds
  // for every question (red team R26-1: "step by step" in a conversation's first turn only, machine
  // pace, 0 of 10 keys flagged); not its topic, which would read a sweep's questions as one subject
  const asks = single || paced;
  // an ask under the key's own fixed head is read after that head: its cues there count as at an
  // edge, its topic is that of what follows the head (red team R44-6)
  const framed = single && framedAsk(st, sig);
  // an assistant prefill under an input turn the key sent before (one fixed instruction) carries
  // the ask: what it asks, its topic, script and text are the request's (red team R66-3: the ask in
  // a Claude prefill after one fixed instruction, 95.3 % served in full at temperature 0.7). Not an
  // unanchored history before such a turn (R66-1): a support thread before a fixed "Summarize the
  // conversation above", or a customer's e-mail thread before "Draft a reply", carries its end
  // users' words, not the app's (red team R67-1, R67-3: 96-99 % of their requests degraded)
  const prefilled = single && sig.pfx !== undefined && inputSeen(st, sig.ph);
  const rs0 = (single || (paced && ownChars(sig) >= NEW_ASK_CHARS)) && sig.hr !== undefined && sig.hr > sig.rs ? sig.hr : sig.rs;
  const rs1 = framed && sig.rsx! > rs0 ? sig.rsx! : rs0;
  const rs = prefilled && sig.pfr! > rs1 ? sig.pfr! : rs1;
  const tp = framed ? sig.tpx! : prefilled ? sig.pft! : single && sig.tp < 0 && sig.ht !== undefined ? sig.ht : sig.tp;
  if (rs >= 1) st.reasoningAsks += m;
  if (rs >= 2) st.stepByStepAsks += m;
  // by parameter, as a big output budget is read: at machine pace or a sustained volume (30 -> 300
  // a day), not between one person's questions (red team R12-6: a homework app's students, one
  // key each, were degraded; R9-4: keys of 300 such asks a day, at a person's pace, pass without it)
  else if (sig.rd === 1) st.stepByStepAsks += m * Math.max(intensity(st) ** 2, clamp01(Math.log10(Math.max(sustainedRate(st, nowMs), 1) / 30)));
  if (rs >= 3) st.hiddenReasoningAsks += m;
  st.pipelinePrompts += sig.gm * m;
  st.templatePrompts += sig.fm * m;
  st.detailDemands += (prefilled && sig.pfd === 1 ? 1 : sig.dd) * m;
  // samples that the key's settled ones show to be variants are suggestions (SHORT_SAMPLE)
  const variants = sig.sn !== undefined && samplesShort(st);
  const hp = variants ? 0 : sig.hp;
  st.hardParams += hp * m;
  if (sig.lt === 1) st.laterAnswers += m;
  st.unreadable += UR_WEIGHT[sig.ur ?? 0] * m;
  if (sig.ur === 3) st.tokenIdPrompts += m;
  // the budget part of a single-turn request's parameter score (what a turn of a conversation
  // does not count, `psm`) as far as the key's answers take it; in full with tools, whose
  // definitions are billed as prompt but not read as its text, so the ratio cannot judge it
  const off = variants ? sig.snp ?? 0 : 0;
  const psm = Math.max(0, (sig.psm ?? sig.ps) - off);
  const budget = Math.max(0, sig.ps - (sig.psm ?? sig.ps));
  // a later request's budget held in full for want of its key's later answers (readLater takes it back)
  // what an absent output cap adds (signals `uc`) is judged apart, by the key's answers alone
  const uncapped = Math.min(budget, sig.uc ?? 0);
  const stated = budget - uncapped;
  const held = single && sig.lt === 1 && !sig.tl && stated > 0 && laterUnproven(st);
  const reasons = sig.rh === 1 || reasonsHidden(st, sig.mo ?? 0);
  // a foreground budget also as far as the key's answers used it (budgetUsed); a later request's
  // by its later answers alone, never by the foreground's (budgetTaken, R54-1)
  const later = sig.lt === 1;
  const taken = sig.tl ? 1 : reasons ? Math.min(budgetTaken(st, later), reasonedBudgetTaken(st)) : later ? budgetTaken(st, true) : Math.min(budgetTaken(st), budgetUsed(st));
  const ps = single ? psm + stated * taken + (uncapped > 0 ? uncapped * uncappedTaken(st, later) : 0) : psm;
  st.paramScoreSum += ps * m;
  if (held) {
    st.laterHeld += m;
    st.laterHeldParams += stated * taken * m;
  }
  if (single) st.singleTurn += m;
  else {
    markPending(st, sig, m);
    if (paced) st.pacedTurns += m;
  }
  // content-shaped harvest requests count fully; a big output budget alone counts only at
  // machine pace (people using single-turn tools with large max_tokens pause between requests)
  const content = harvestShaped(sig, asks, rs, hp);
  const hs = (content ? 1 : single && ps >= 0.4 ? intensity(st) ** 2 : 0) * m;
  if (hp === 1) {
    if (st.hardShedParams > 0) {
      // a run of them again gives it back, a rare one alone does not (red team R60-4)
      st.hardBack += m;
      if (st.hardBack >= HARD_RESTORE_RUN) restoreHard(st);
    }
    st.hardFree = 0;
    st.hardLastMs = nowMs;
    st.hardParamScore += ps * m;
    if (content && !harvestShaped(sig, asks, rs, 0)) st.hardHarvest += m;
  } else if (st.hardParams > 0) {
    // (counted only while there is something to take back: a key that never sent one stores none);
    // a request, whatever it asks, and over HARD_DROPPED_MS at least: one prompt list or batch of
    // 50 one-token asks was 50 requests in a row, between every run of a harvest (red team R61-2)
    st.hardFree += 1;
    if (st.hardFree >= HARD_DROPPED && nowMs - st.hardLastMs >= HARD_DROPPED_MS) takeBackHard(st);
  }
  if (hs > 0) {
    if (content) {
      st.harvestShaped += m;
      // harvest-shaped by a step-by-step ask alone (as hardHarvest counts those by a hard parameter
      // alone): read as far as the key's worked answers are a trace's length (workedLength, when
      // scored: a tutor's or a benchmark's run a few hundred tokens)
      if (rs === 2 && !harvestShaped(sig, asks, 0, hp)) st.stepHarvest += m;
    }
    else {
      st.budgetOnlyHarvest += hs;
      // harvest-shaped by the held budget alone
      if (held && psm < 0.4) st.laterHeldHarvest += hs;
    }
    if (tp >= 0 && tp < st.harvestTopics.length) st.harvestTopics[tp]! += hs;
  }
  if (tp >= 0 && tp < st.topics.length) st.topics[tp]! += m;
  const hour = Math.floor(nowMs / 3600_000) % 24;
  st.hours[hour]! += m;
  if (sig.lgs) {
    // an embeddings batch: the request's weight spread over the scripts of its texts
    const k = popcount32(sig.lgs & 0xff);
    if (k >= MIXED_SCRIPTS) st.embedMixed += 1;
    for (let i = 0; i < st.scripts.length; i++) if (sig.lgs & (1 << i)) st.scripts[i]! += 1 / k;
  } else {
    const lg = prefilled ? sig.pfl! : sig.lg;
    if (lg >= 0 && lg < st.scripts.length) st.scripts[lg]! += m;
  }
  const genericSys = sig.gs === 1 || st.genericWrappers.includes(sig.sh);
  if (sig.ws) bumpWrapper(st, "S", sig.ws, genericSys, m);
  if (sig.wp) bumpWrapper(st, "P", hex8(sig.wp), false, m);
  if (sig.wx) bumpWrapper(st, "X", hex8(sig.wx), false, m);
  if (sig.phs) for (const h of sig.phs) st.payloads = hllAdd(st.payloads, h);
  else st.payloads = hllAdd(st.payloads, prefilled ? fmix32(sig.ph ^ Math.imul(sig.pfx!, 0x85ebca6b)) : framed && sig.phx ? sig.phx : sig.ph);
  if (sig.lb) observeBias(st, sig);
  observeRepeats(st, sig, single);
  rememberQuiet(st, sig, nowMs);
  rememberInput(st, sig.ph);
  if (sig.tl) {
    st.toolRequests = Math.min(st.toolRequests + 1, 1e12);
    st.toolSets = hllAdd(st.toolSets, sig.tl);
  }
  st.promptChars += sig.pl;
  st.historyChars += sig.hc ?? 0;
  if (sig.cv === 1 && single && st.settled >= 3) {
    // a star off a stored anchor: the origin bills the anchor's context, which the body does not
    // carry; it is read back like a history (estimated from the key's billed prompts, ~4 chars a
    // token), so amplify sees what the request adds
    const hidden = Math.max(0, (4 * st.promptTokens) / st.settled - sig.pl);
    st.promptChars += hidden;
    st.historyChars += hidden;
    // an anchor this key continues again and again holds the same context every time: a prefix it
    // repeats, read away like one (red team R19-7: a policy stored once as a cheap response's
    // input, then every ask chained to it, 0 of 150 keys flagged)
    if (sig.ca && st.anchors.some((e) => e[0] === sig.ca && e[1]! >= 1.5)) st.repeatChars += hidden;
  }
  st.systemChars += sig.sc ?? 0;
  st.singleSystemChars += sig.ss ?? 0;
  if (sig.ni !== undefined) {
    st.embedRequests += 1;
    st.embedItems += sig.ni;
  }
  st.lastSystemHash = sig.sh;
  return capped !== 0 ? chainSoFar(st, capped) : 0;
}

/**
 * What of a request's prompt repeats the key's earlier ones (`repeatChars`, read away by
 * link.ts promptRead), in a request that asks on its own:
 * - its static prefix (system prompt and tools, an assistant prefill, earlier input turns, a tool
 *   result as its input turn): the larger of the chars its sentence samples (signals `bs` / `bc`)
 *   the key sent before stand for, and the share of its words it shares with the key's last
 *   prefixes (word MinHashes `wm`, `wm2`; not of a tool result's chars); once it repeats (>= 80 %),
 *   the first sight of the policy too (`prefixPending`);
 * - a history the key sent verbatim before (a template in front of the ask).
 * Samples are looked up before any is added, so a sentence said twice in one prefix is not
 * repeated yet; the filters and MinHashes learn from every request.
 */
function observeRepeats(st: DetectState, sig: RequestSignals, single: boolean): void {
  if (sig.tc) st.toolChars += sig.tc;
  // a history that is no conversation of this key's (effectivelySingle) and that it sent before
  // verbatim is a template in front of the ask, read away like a prefix (red team R17-2: a fixed
  // 1,600-char policy sent as a fake first turn, 2 of 150 keys flagged); a conversation's history
  // is read back by ownRatio instead, and so is its system prompt: repeats count in requests that
  // ask on their own only (red team R17-1: a fake greeting exchange switched the prefix off)
  if (single && sig.hh && (sig.hc ?? 0) > 0 && st.histories.some((e) => e.h === sig.hh && e.c >= 1.5)) st.repeatChars += sig.hc!;
  let repeated = 0;
  if (sig.bs && sig.bc) {
    const bc = sig.bc;
    sig.bs.forEach((h, i) => {
      if (chunkSeen(st, h)) repeated += bc[i] ?? 0;
    });
  }
  // (not gated on the samples: a policy of sentences too short to sample is still one set of
  // words; red team R18-1: 1,600 chars of "Be kind. Use headings. ..." 0 of 150 flagged)
  if (sig.wm !== 0) {
    // the share of its words the prefix shares with the key's previous one, estimated by its two
    // MinHashes (each equal with a chance of that share): a policy shuffled ~1, tagged in every
    // sentence ~0.85, reworded by synonyms ~0.5; retrieved context beside a few fixed lines ~0.1-0.2
    // on average, about its fixed part (which the sentence samples read away too). Both equal to
    // one of the last 4 prefixes' (a chance of the share squared) is one of the key's policies
    // whole: two policies alternated, or a cheap request under another prompt between asks (red
    // team R18-2, R18-3), while retrieved context matches so rarely (a few %)
    const pm = st.prefixMins;
    const n = pm.length;
    let shared = n >= 2 ? ((pm[n - 2] === sig.wm ? 1 : 0) + (pm[n - 1] === sig.wm2 ? 1 : 0)) / 2 : 0;
    const mins: number[] = [];
    for (let i = 0; i + 1 < n; i += 2) {
      if (pm[i] === sig.wm && pm[i + 1] === sig.wm2) shared = 1;
      else mins.push(pm[i]!, pm[i + 1]!);
    }
    repeated = Math.max(repeated, shared * prefixChars(sig));
    mins.push(sig.wm, sig.wm2);
    st.prefixMins = mins.slice(-PREFIX_MINS);
  }
  if (single) {
    // (a tool result sampled with the prefix is part of it here, not in the MinHash's share)
    const pc = prefixChars(sig) + (sig.trc ?? 0);
    const again = pc > 0 && repeated >= REPEATED_PREFIX * pc;
    st.repeatChars += repeated + (again ? Math.min(st.prefixPending, repeated) : 0);
    // only before anything of the key's repeated: the first sight of its policy, not every
    // variant of a prompt that changes a little (a tutor's per-student line) after it
    st.prefixPending = pc > 0 && !again && st.repeatChars === 0 ? pc - repeated : 0;
  }
  if (!sig.bs) return;
  const p = { recent: st.recentChunks, older: st.olderChunks, count: st.recentChunkCount };
  for (const h of sig.bs) if (!bloomHas(p.recent, h)) bloomPairAdd(p, CHUNKS_PER_FILTER, h);
  st.recentChunks = p.recent;
  st.olderChunks = p.older;
  st.recentChunkCount = p.count;
}
/** The share of a prefix repeated from which it is the key's policy again (prefixPending). */
const REPEATED_PREFIX = 0.8;
/** Word MinHashes kept: the pairs of the last 4 prefixes, the previous one last. */
const PREFIX_MINS = 8;
/** A request's static prefix chars the MinHash share applies to: its system prompt's, tools',
 *  prefill's and earlier input turns', as signals count them (a tool result's `trc` apart). */
function prefixChars(sig: RequestSignals): number {
  return ((sig.hc ?? 0) > 0 ? (sig.sc ?? 0) : (sig.ss ?? 0) + (sig.tc ?? 0)) + (sig.pfc ?? 0) + (sig.huc ?? 0);
}
function chunkSeen(st: DetectState, h: number): boolean {
  return bloomHas(st.recentChunks, h) || bloomHas(st.olderChunks, h);
}
/** Sentence filters: 1,024 bits, rotated every 128 new sentences (~5 % false "seen" when full;
 *  the pair remembers the last 128-256: a static prefix and a pool of that many sentences). */
const CHUNKS_PER_FILTER = 128;

/** A request with a logit_bias. The sketches are created on a key's first biased request: most
 *  keys never send one, and store nothing here. */
function observeBias(st: DetectState, sig: RequestSignals): void {
  for (const f of ["biasSets", "biasPayloads", "biasPairs"] as const) if (st[f] === "") st[f] = hllNew(6);
  const lb = sig.lb!;
  st.biasRequests = Math.min(st.biasRequests + 1, 1e12);
  st.biasSets = hllAdd(st.biasSets, lb);
  st.biasPayloads = hllAdd(st.biasPayloads, sig.ph);
  st.biasPairs = hllAdd(st.biasPairs, fmix32(sig.ph ^ Math.imul(lb, 0x9e3779b1)));
  const bit = 1 << (fmix32(lb) & 31);
  for (const e of st.biasTop) {
    if (e[0] === sig.ph) {
      e[1]! += 1;
      e[2] = (e[2]! | bit) >>> 0;
      return;
    }
  }
  if (st.biasTop.length < BIAS_TOP) {
    st.biasTop.push([sig.ph, 1, bit >>> 0]);
    return;
  }
  // space-saving: the rarest entry gives way, its count inherited (its maps are not)
  let mi = 0;
  for (let i = 1; i < st.biasTop.length; i++) if (st.biasTop[i]![1]! < st.biasTop[mi]![1]!) mi = i;
  st.biasTop[mi] = [sig.ph, st.biasTop[mi]![1]! + 1, bit >>> 0];
}
const BIAS_TOP = 8;

/** A quota refusal; `retryAfterMs` is what the refusal told the client (unknown: 2 s). The same
 *  payload (`refused`: the refused request's signals `ph`) sent again before then is a fast retry;
 *  one that waited as told is compliant and not evidence (red team R4-4: SDKs honour a sub-second
 *  retry-after-ms), and so is another payload (R52-5: another user's ask). A wait longer than
 *  SDK_HONOURED_WAIT_MS tests nothing: the official OpenAI clients then retry on their own backoff
 *  (0.5-8 s) by design, so such a refusal is not counted at all (red team R55-2: an e-commerce
 *  key's batch debt refused 2 requests for minutes, its SDK resent them within seconds, and the
 *  degraded key was challenged for 35 hours). A wait that can never succeed (non-finite: the 429
 *  says `x-should-retry: false`, which stops the official clients) still counts. */
export function observeOutcome(st: DetectState, action: Action, served: boolean, nowMs: number, retryAfterMs?: number, refused?: number): void {
  if (action === "limit" && !served) {
    if (retryAfterMs !== undefined && Number.isFinite(retryAfterMs) && retryAfterMs > SDK_HONOURED_WAIT_MS) return;
    decayTo(st, nowMs, st.halfLifeMs);
    st.limited += 1;
    const wait = retryAfterMs !== undefined && Number.isFinite(retryAfterMs) && retryAfterMs >= 0 ? retryAfterMs : FAST_RETRY_MS;
    st.fastRetryUntilMs = nowMs + Math.min(wait, FAST_RETRY_MS);
    if (refused !== undefined && refused !== 0 && !st.refusedInputs.includes(refused)) {
      st.refusedInputs.push(refused);
      if (st.refusedInputs.length > REFUSED_INPUTS) st.refusedInputs.shift();
    }
  }
}
const FAST_RETRY_MS = 2000;

/** A refused request's answers that were to come later (signals `lt`: a batch refused by a quota,
 *  a background job refused) will never come: no longer waited for (red team R56-1: a message
 *  batch refused by the rpm window and resent after the wait counted its items twice, and the
 *  night's next batch's budgets in full). */
export function laterRefused(st: DetectState, signals: readonly RequestSignals[]): void {
  let n = 0;
  for (const sig of signals) if (sig.lt === 1) n += sig.np !== undefined && sig.np > 1 ? sig.np : 1;
  if (n > 0) st.laterAnswers = Math.max(0, st.laterAnswers - n);
}
/** The longest Retry-After the official OpenAI clients honour (openai-node and openai-python wait
 *  as told up to 60 s and back off on their own beyond it; the Anthropic clients honour longer). */
export const SDK_HONOURED_WAIT_MS = 60_000;
/** Refused payloads remembered for fast retries (a loop resends what was refused at once). */
const REFUSED_INPUTS = 8;
