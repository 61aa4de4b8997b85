/**
 * Whether a request is a conversation the key is having, or asks on its own: what a key remembers
 * of its own exchanges (the input turns it sent, the stored responses its answers created, the
 * exchanges answered cheaply, the anchors it continues, the histories it repeats, the sizes of its
 * last answers) and the rules that read them (a fabricated or borrowed history, a greeting, a
 * cheap exchange, a star of turns off one anchor, a filler exchange before a long answer). Red
 * teams 5-12 attacked this part most; each rule names the finding it answers. Pure: state.ts
 * calls it from observeRequest / observeUsage, time never read here.
 */
import { LONG_ANSWER } from "./link.ts";
import type { RequestSignals } from "./signals.ts";
import { bloomHas as filterHas, bloomPairAdd, fmix32 } from "./sketch.ts";
import type { DetectState } from "./state.ts";

/** Bits per input filter, inputs per filter before it rotates (at 256 inputs in 2,048 bits with
 *  two probes, ~5 % false "seen"; the pair remembers the last 256-512 inputs). */
const FILTER_BITS = 2048;
const INPUTS_PER_FILTER = 256;
export const EMPTY_FILTER = "0".repeat(FILTER_BITS / 4);

/** Whether this key sent the input turn with hash h recently. */
export function inputSeen(st: DetectState, h: number): boolean {
  return filterHas(st.recentInputs, h) || filterHas(st.olderInputs, h);
}

export function rememberInput(st: DetectState, h: number): void {
  const p = { recent: st.recentInputs, older: st.olderInputs, count: st.recentInputCount };
  bloomPairAdd(p, INPUTS_PER_FILTER, h);
  st.recentInputs = p.recent;
  st.olderInputs = p.older;
  st.recentInputCount = p.count;
}

/** Self-contained request: no earlier input turn; or a history whose previous input turn this key
 *  never sent (a fabricated exchange in front of the payload: a real conversation sent its
 *  previous turn through the key first); or a history this key sends verbatim again and again (a
 *  template: few-shot examples or a fake conversation). I.e. not a conversation it is having. */
export function effectivelySingle(st: DetectState, sig: RequestSignals): boolean {
  // a turn of a conversation the origin stores (its history cannot be checked here; a chain of
  // stored responses bills every earlier turn again as input, which a sweep does not want),
  // unless it hangs off an anchor the key has already continued STAR_TURNS times (a star)
  if (sig.cv === 1) {
    if (sig.ca === undefined) return false;
    if (anchorTurns(st, sig.ca) >= STAR_TURNS || (sig.ti !== 1 && st.cheapTurns.includes(sig.ca))) return true;
    // a stored response (or conversation) this key did not create through the guard: another
    // key's (red team R10-2: cheap anchors made by a factory key, or by the previous key of a ring,
    // hid a farm completely; R11-5: conversation objects, which no route of the guard creates). A
    // real conversation's turns were answered through this key, as a chat history's previous input
    // turn was sent through it (below). From the key's first request (R11-4: a rule waiting for the
    // key's first id let the first continuation of keys of 7 asks count, 0 of 1,300 flagged),
    // unless its answers came without ids (unnamedResponses: a trace or origin without them tells
    // nothing either way)
    return st.unnamedResponses === 0 && !inputSeen(st, createdKey(sig.ca));
  }
  if (sig.ut <= 1 && sig.at === 0) return true;
  // one earlier exchange whose answer is a greeting ("Hi" -> "Hello! How can I help?") is no
  // conversation: the request asks on its own (red team R8-1: a real 16-token exchange before
  // every harvest ask, carried as its history, kept every long answer out of the profile). Only
  // one, with text: agents' histories are turns of tool calls without text, and a tutor's many
  // short turns are a conversation (counting any short history degraded honest research and
  // test-data keys on suites c and f)
  if (greetingHistory(sig)) return true;
  // the same, judged by what the origin answered rather than by the text the client writes back:
  // the exchange the history ends with had a greeting-sized answer (red team R9-2: the greeting
  // padded to 420 chars, or two openers, each answered in a few tokens; R10-1: in 33-45)
  // (not an agent's step: a tool's result answered by a short tool call is a loop, not a greeting)
  if (sig.pv && sig.ti !== 1 && st.cheapTurns.includes(sig.pv)) return true;
  if (!sig.pv || !inputSeen(st, sig.pv)) return true;
  if (sig.hh === 0) return false;
  for (const e of st.histories) if (e.h === sig.hh) return e.c >= 2.5;
  return false;
}

/** Where a stored response this key's answer created is kept in the recent-input filters (apart from
 *  input-turn hashes and fetched answer ids). */
function createdKey(h: number): number {
  return fmix32(h ^ CREATED_ID_SALT);
}
const CREATED_ID_SALT = 0x165667b1;

/** Remember that an answer of this key created the stored response with hash h (its POST's
 *  settlement: read from the answer, or the id a background response was queued under). */
export function rememberCreated(st: DetectState, h: number): void {
  const k = createdKey(h);
  if (!inputSeen(st, k)) rememberInput(st, k);
}

/** One earlier exchange whose answer's text is greeting-sized (under GREETING_CHARS). */
export function greetingHistory(sig: RequestSignals): boolean {
  return sig.at === 1 && sig.ut <= 2 && sig.ha !== undefined && sig.ha < GREETING_CHARS;
}

/** The exchange a request continues, for the filler rule at its settlement (Usage.prevHash): the
 *  stored response it names, else its history's previous input turn; none for a request already
 *  counted as asking on its own by its signals (a greeting history), so that no request is counted
 *  single twice. An agent's step (a tool's result, `ti`) is included: the cheap rule spares it at
 *  the request, its answer judges it at settlement (Usage.prevTool). */
export function continuedExchange(sig: RequestSignals): number {
  if (greetingHistory(sig)) return 0;
  return sig.cv === 1 ? (sig.ca ?? 0) : (sig.pv ?? 0);
}

/** Cheap exchanges a key remembers (DetectState.cheapTurns: two hashes each at most). */
const CHEAP_TURNS = 16;

/** Remember an exchange the origin answered in under CHEAP_TURN_TOKENS: its input turn's hash and
 *  the stored response it created (0: none). */
export function rememberCheap(st: DetectState, input: number, created: number): void {
  for (const h of [input, created]) {
    if (h === 0) continue;
    forgetCheap(st, h);
    st.cheapTurns.push(h);
  }
  if (st.cheapTurns.length > CHEAP_TURNS) st.cheapTurns.splice(0, st.cheapTurns.length - CHEAP_TURNS);
}

/** A stored response whose answer was read and is a real one (a background response retrieved). */
export function forgetCheap(st: DetectState, h: number): void {
  const i = st.cheapTurns.indexOf(h);
  if (i >= 0) st.cheapTurns.splice(i, 1);
}

/** Assistant chars in a history under which it is a greeting, not a conversation (~100 tokens:
 *  an opener must then cost the harvester more than it hides). */
const GREETING_CHARS = 400;

/** An exchange whose answer settled under this many tokens is a greeting, not a conversation a
 *  later request continues: GREETING_CHARS of text at 4 chars a token, the greeting rule read on
 *  what the origin answered (red team R10-1: anchors answered in 33-45 tokens, just over the
 *  32-token trivial line, hid a farm completely). */
export const CHEAP_TURN_TOKENS = GREETING_CHARS / 4;

/** Turns off one stored anchor beyond which they are a star, not a conversation (a user may
 *  regenerate or branch from one response a few times). */
const STAR_TURNS = 8;

function anchorTurns(st: DetectState, h: number): number {
  for (const e of st.anchors) if (e[0] === h) return e[1]!;
  return 0;
}

export function bumpAnchor(st: DetectState, h: number): void {
  for (const e of st.anchors) {
    if (e[0] === h) {
      e[1]! += 1;
      return;
    }
  }
  if (st.anchors.length < 4) {
    st.anchors.push([h, 1]);
    return;
  }
  let mi = 0;
  for (let i = 1; i < st.anchors.length; i++) if (st.anchors[i]![1]! < st.anchors[mi]![1]!) mi = i;
  // a real count, not space-saving's inherited one: a chat's new anchor each turn must not add up
  st.anchors[mi] = [h, 1];
}

export function bumpHistory(st: DetectState, h: number): void {
  for (const e of st.histories) {
    if (e.h === h) {
      e.c += 1;
      return;
    }
  }
  if (st.histories.length < 4) {
    st.histories.push({ h, c: 1 });
    return;
  }
  let mi = 0;
  for (let i = 1; i < st.histories.length; i++) if (st.histories[i]!.c < st.histories[mi]!.c) mi = i;
  st.histories[mi] = { h, c: 1 };
}

/** The own chars from which a turn is a new question rather than a quick reply ("Why?", "Explain
 *  step by step"): a paced one inherits its history's reasoning level (state.ts observeRequest), a
 *  shorter one sent before is no paced turn (pacedTurn). */
export const NEW_ASK_CHARS = 40;

/** A request's own new input in chars: its prompt less the history read back and the system
 *  prompt. (`sc` counts the tools' text too, which `pl` leaves out: it is not taken off twice; red
 *  team R28-2: a 65-char tool result beside 60 chars of tool definitions read as 5 chars.) */
export function ownChars(sig: RequestSignals): number {
  const sys = sig.sc === undefined ? 0 : sig.sc - (sig.tc ?? 0);
  return sig.pl - (sig.hc ?? 0) - sys - (sig.ss ?? 0);
}

/** A request's own new input (its prompt less the history read back and the system prompt) of at
 *  most this many chars, after an answer that filled its budget, asks only for more of it. */
const CONTINUE_CHARS = 160;
/** ... of at most this many for a piece under a cap (degrade's: what it caps is the answer). */
const CAPPED_CONTINUE_CHARS = 64;
/** ... and of at most this many when the key sent that same input turn before. */
const REPEATED_CONTINUE_CHARS = 400;
/** Exchanges continued by such requests, awaiting their settlement (DetectState.chainNext). */
const CHAIN_NEXT = 8;

/**
 * The exchange a request continues when all it asks is more of an answer its budget cut: its own
 * input is a sentence at most ("Continue.", "Please carry on from where you stopped": 160 chars,
 * 64 on a degraded key, 400 for an input turn the key sent before) and the last piece of the
 * answer it continues filled a budget at least this request's (this request's max_tokens, or under
 * the cap `cappedAt` its answers are served under, degrade's, what the chain had left of it). 0
 * otherwise. Such a
 * request is the same ask's answer fetched in pieces, not an ask of its own (red team R22-1:
 * step-by-step traces fetched 300-500 tokens at a time, each piece a "Continue." turn or a
 * Responses turn naming the last piece, kept every answer short: 1 of 100 keys flagged, all of
 * their tokens served).
 */
export function continuation(st: DetectState, sig: RequestSignals, cappedAt?: number, degraded = cappedAt !== undefined): number {
  // under a cap, the same ask sent again with the answer so far as an Anthropic prefill asks for
  // more of that ask's answer (red team R22-2, R23-5: prefilled pieces were served whole)
  if (cappedAt !== undefined && (sig.pfc ?? 0) > 0 && sig.ti !== 1 && sig.mt > 0) {
    const e = st.turnSizes.find((x) => x[0] === sig.ph);
    if (e !== undefined) return cutUnderCap(st, e, sig.mt, cappedAt) ? sig.ph : 0;
  }
  const h = continuedExchange(sig);
  if (h === 0 || sig.mt <= 0 || sig.ti === 1) return 0;
  const own = ownChars(sig);
  // a request for more asked in a sentence (red team R23-1: 100-140-char "please continue from
  // where you stopped" turns, 0 of 100 keys flagged); on a degraded key only the short form, so a
  // person's own question after a cut answer keeps its whole cap (R23-6, R24-3); longer, when the
  // key sent the same input turn before (a continuation phrase kept from a pool)
  const limit = degraded ? CAPPED_CONTINUE_CHARS : CONTINUE_CHARS;
  if (own > limit && !(own <= REPEATED_CONTINUE_CHARS && inputSeen(st, sig.ph))) return 0;
  const e = st.turnSizes.find((x) => x[0] === h);
  if (e === undefined) return 0;
  // the last piece filled this request's budget: an answer that ended on its own ends the chain
  // (red team R24-1: after one cut answer, every later short question read as a piece of it)
  if (cappedAt === undefined) return (e.length > 3 ? e[3]! : e[1]!) >= 0.9 * sig.mt ? h : 0;
  return cutUnderCap(st, e, sig.mt, cappedAt) ? h : 0;
}

/**
 * Under a cap: the exchange's last piece filled what it was served, what the chain had left of the
 * cap (chainAllowance) or this request's budget; a piece that ended on its own ends the chain,
 * unless it was a cheap aside inside it (red team R23-3: "Got it." answered in a few tokens
 * between pieces restarted the cap).
 */
function cutUnderCap(st: DetectState, e: number[], mt: number, cappedAt: number): boolean {
  const last = e.length > 3 ? e[3]! : e[1]!;
  if (e.length > 4 && last < CHEAP_TURN_TOKENS) return true;
  return last >= 0.9 * Math.min(mt, chainAllowance(cappedAt, chainSoFar(st, e[0]!) - last));
}

/** The least output a continuation under a cap is given (a short answer to a short follow-up). */
const MIN_PIECE_TOKENS = 32;

/**
 * The output tokens a request that continues a cut answer may take under an output cap (degrade's),
 * when the answer has `chain` tokens so far: the cap less half the chain, never under
 * MIN_PIECE_TOKENS. After a first answer cut at the cap the pieces get 1/2, 1/4, 1/8... of it, so an
 * answer fetched in pieces nears twice the cap and then grows by MIN_PIECE_TOKENS a request (red
 * team R22-2), while a short follow-up to a cut answer still gets an answer, and one whose answer
 * ends on its own ends the chain.
 */
export function chainAllowance(cap: number, chain: number): number {
  return Math.min(cap, Math.max(MIN_PIECE_TOKENS, Math.round(cap - Math.max(0, chain) / 2)));
}

/** Remember that a continuation of exchange h is on its way (its settlement extends h's answer),
 *  in `next` (DetectState.chainNext, or capNext for a piece under a cap). */
export function rememberChain(next: number[], h: number): void {
  const i = next.indexOf(h);
  if (i >= 0) next.splice(i, 1);
  next.push(h);
  if (next.length > CHAIN_NEXT) next.splice(0, next.length - CHAIN_NEXT);
}

/** At settlement: whether this answer continues exchange h's cut answer (and forget that it was
 *  awaited). */
export function takeChain(next: number[], h: number): boolean {
  const i = next.indexOf(h);
  if (i < 0) return false;
  next.splice(i, 1);
  return true;
}

/** Exchanges whose answer sizes a key remembers (DetectState.turnSizes). */
const TURN_SIZES = 8;

/** At settlement: whether an answer of `completion` tokens makes the remembered exchange it
 *  continued (hash h) a filler (fillerBy). */
export function fillerBefore(st: DetectState, h: number, completion: number, toolStep: boolean): boolean {
  const i = st.turnSizes.findIndex((e) => e[0] === h);
  if (i < 0) return false;
  // an exchange continued again stays remembered (an anchor named by several asks)
  const e = st.turnSizes.splice(i, 1)[0]!;
  st.turnSizes.push(e);
  return fillerBy(st, h, e[1]!, completion, toolStep);
}

/**
 * Whether an answer of `answer` tokens to a request continuing exchange h (answered in `size`
 * tokens) makes that exchange a filler: the answer of the profile's length and 8x or more the
 * exchange's, which was a conversation at the request (at least CHEAP_TURN_TOKENS, not a star's
 * anchor), so no request is counted single twice. A chat's follow-up ("now the whole essay") after
 * a short answer reads as its own ask; a conversation of comparable turns does not. An agent's
 * step continuing a cheap exchange was spared by the cheap rule at the request
 * (a tool call's answer is short): a long answer to it is read here (red team R11-2: the ask sent
 * as a tool's result after a 5-token anchor carrying tools hid a farm completely).
 */
function fillerBy(st: DetectState, h: number, size: number, answer: number, toolStep: boolean): boolean {
  return (size >= CHEAP_TURN_TOKENS || toolStep) && answer >= LONG_ANSWER.minTokens && answer >= LONG_ANSWER.minRatio * size && anchorTurns(st, h) < STAR_TURNS;
}

/** An output budget the client did not state, for the filler rule's verdict at the request: the
 *  largest default output of today's chat models (an answer over it needs a stated budget). */
const UNSTATED_BUDGET = 8192;

/**
 * A request counted as a conversation turn whose answer may still make it an ask of its own (the
 * filler rule reads it at settlement): until then it is left out of the single-turn share
 * (singleShare), so a farm whose asks continue anchors is read at its request as it will be read
 * at settlement, not one request late for each request in flight (the filler rule first counted
 * only at settlement: the single-turn share of a key whose every ask continues an anchor stayed
 * at (n-1)/n at each request, under the profile's 90 % until its 10th ask; with asks in flight,
 * later still). Pending only where the rule can still hold: the continued exchange remembered
 * with a size the filler rule reads (not a star's anchor), and an output budget with room for
 * 8x its answer and the profile's length.
 */
export function markPending(st: DetectState, sig: RequestSignals, m: number): void {
  const h = continuedExchange(sig);
  if (h === 0) return;
  const e = st.turnSizes.find((x) => x[0] === h);
  // the rule can still hold if the largest answer the budget allows would make it hold
  if (e && fillerBy(st, h, e[1]!, sig.mt > 0 ? sig.mt : UNSTATED_BUDGET, sig.ti === 1)) e[2] = (e[2] ?? 0) + m;
}

/** A request continuing exchange h settled (its verdict is in, or will never come: an estimate). */
export function takePending(st: DetectState, h: number): void {
  const e = st.turnSizes.find((x) => x[0] === h);
  if (!e || e.length < 3) return;
  const left = e[2]! - 1;
  if (left > 0.01) e[2] = left;
  // nothing pending: the slot is dropped, or zeroed where a chain's fields follow it
  else if (e.length > 3) e[2] = 0;
  else e.length = 2;
}

/** The answer tokens exchange h has so far: under an output cap the chain's there (R22-2), else its
 *  own answer's (an R22-1 chain's so far). */
export function chainSoFar(st: DetectState, h: number): number {
  const e = st.turnSizes.find((x) => x[0] === h);
  return e === undefined ? 0 : e.length > 4 ? e[4]! : e[1]!;
}

/** Exchange h was continued by a piece of `piece` tokens: its answer is now `size` (undefined: kept)
 *  and, under a cap, `capTotal`. */
export function extendChain(st: DetectState, h: number, piece: number, size: number | undefined, capTotal: number | undefined): void {
  const e = st.turnSizes.find((x) => x[0] === h);
  if (e === undefined) return;
  if (size !== undefined) e[1] = size;
  if (e.length < 3) e[2] = 0;
  e[3] = piece;
  if (capTotal !== undefined) e[4] = capTotal;
}

/**
 * Remember an exchange's answer size under the hash a later request continues it by: the stored
 * response it created (Responses), else its input turn (a chat history). `completion` tokens (a
 * chain's so far, red team R22-1), its last piece `piece` of them, and `capTotal`, the answer so
 * far under an output cap when it continued one (R22-2). The entry: [hash, completion, pending
 * fillers, piece, capTotal], the last two only when they say something.
 */
export function rememberSize(st: DetectState, input: number, created: number, completion: number, piece = completion, capTotal?: number): void {
  const h = created || input;
  if (h === 0) return;
  const i = st.turnSizes.findIndex((e) => e[0] === h);
  const pending = i >= 0 && st.turnSizes[i]!.length > 2 ? st.turnSizes[i]![2]! : 0;
  if (i >= 0) st.turnSizes.splice(i, 1);
  st.turnSizes.push(capTotal !== undefined ? [h, completion, pending, piece, capTotal] : piece !== completion ? [h, completion, pending, piece] : pending > 0 ? [h, completion, pending] : [h, completion]);
  if (st.turnSizes.length > TURN_SIZES) st.turnSizes.splice(0, st.turnSizes.length - TURN_SIZES);
}

/** Answers whose settlement a key remembers (DetectState.answeredAt): each one number, a 16-bit tag
 *  of the hash a later turn continues it by, its tokens in ANSWER_STEP steps (up to 15: what the
 *  floor reads stops at PERSON_READ_CAP) and the second it settled, modulo SECONDS_MOD (~12 days).
 *  24 of them: a key running that many conversations at once still has each one's last answer. */
const ANSWERED_AT = 24;
const SECONDS_MOD = 2 ** 20;
const ANSWER_STEP = 40;

/** Remember when the answer of an exchange settled and its size, under the hash a later turn
 *  continues it by (as rememberSize). `fromUser`: its input turn was a user's, not a tool's result. */
export function rememberAnswered(st: DetectState, input: number, created: number, completion: number, nowMs: number, prev?: number, fromUser = false): void {
  const h = created || input;
  if (h === 0) return;
  const tag = h >>> 16;
  rememberAfterLong(st, tag, completion, prev, input, fromUser);
  const a = st.answeredAt;
  for (let i = 0; i < a.length; i++) {
    if (Math.floor(a[i]! / SECONDS_MOD) >>> 4 === tag) {
      a.splice(i, 1);
      break;
    }
  }
  const steps = Math.min(15, Math.round(Math.max(0, completion) / ANSWER_STEP));
  a.push((tag * 16 + steps) * SECONDS_MOD + (Math.floor(nowMs / 1000) % SECONDS_MOD));
  if (a.length > ANSWERED_AT) a.splice(0, a.length - ANSWERED_AT);
}

/** Steps after a long answer (DetectState.afterLong) and quiet inputs (quietInputs) a key
 *  remembers, the latest. */
const AFTER_LONG = 16;

/** The answer remembered for exchange h (answeredAt): its tokens (in ANSWER_STEP steps) and the
 *  second it settled (modulo SECONDS_MOD); undefined when none is. */
function answeredOf(st: DetectState, h: number): { tokens: number; at: number } | undefined {
  const tag = h >>> 16;
  const a = st.answeredAt;
  for (let i = a.length - 1; i >= 0; i--) {
    const hi = Math.floor(a[i]! / SECONDS_MOD);
    if (hi >>> 4 === tag) return { tokens: (hi & 15) * ANSWER_STEP, at: a[i]! % SECONDS_MOD };
  }
  return undefined;
}

/** Move `tag` to the newest end of a list of tags, keeping at most `cap`. */
function pushTag(list: number[], tag: number, cap: number): void {
  const i = list.indexOf(tag);
  if (i >= 0) list.splice(i, 1);
  list.push(tag);
  if (list.length > cap) list.splice(0, list.length - cap);
}

/**
 * An exchange (tag) answered in under TOOL_ASK_ANSWER tokens that continued one with a long answer
 * (TOOL_ASK_ANSWER tokens or more) is remembered as following that answer, and so is one that
 * continued such a step when it was answered in under CHEAP_TURN_TOKENS or its input turn
 * asked nothing new (rememberQuiet): a tool's result after it follows the long answer across the
 * steps (red team R27-2: the long answer calls `submit_solution`, its "Saved." is answered by a
 * 20-45-token `next_problem` call whose result is the next task, or a user's "Next." chip in
 * between; R28-4: the same step answered in 100-160 tokens; R29-1: its input a new status line each
 * time). A step answered at length is a long answer itself.
 */
function rememberAfterLong(st: DetectState, tag: number, completion: number, prev: number | undefined, asked: number, fromUser: boolean): void {
  const l = st.afterLong;
  // read before this exchange's own tag is dropped (a repeated "Saved." may follow itself)
  let after = false;
  const quietInput = st.quietInputs.includes(asked >>> 16);
  // a person's turn starts a task of their own: the steps it sets off serve it, not the long
  // answer before it (red team round 30: an analyst's follow-up a minute after the agent's long
  // report made every tool result of the next task an ask); a user's turn carries the answer on
  // only when it is quiet, a program's (rememberQuiet)
  if (prev !== undefined && prev !== 0 && completion < TOOL_ASK_ANSWER && (!fromUser || quietInput)) {
    // the first step after the long answer, whatever its tool result (red team R29-1: a new
    // status line each time before a 100-160-token step); a further one only cheap or asking
    // nothing new
    const quiet = completion < CHEAP_TURN_TOKENS || quietInput;
    after = (answeredOf(st, prev)?.tokens ?? 0) >= TOOL_ASK_ANSWER || (quiet && l.includes(prev >>> 16));
  }
  if (after) pushTag(l, tag, AFTER_LONG);
  else {
    const i = l.indexOf(tag);
    if (i >= 0) l.splice(i, 1);
  }
}

/** Remember whether a request of a conversation is quiet (DetectState.quietInputs), before its
 *  input is remembered as sent: a user's turn by when it came (below), anything else by whether it
 *  asked nothing new (its own text under NEW_ASK_CHARS, or an input turn the key sent before:
 *  "Saved.", "ok", a repeated status line). */
export function rememberQuiet(st: DetectState, sig: RequestSignals, nowMs: number): void {
  if (continuedExchange(sig) === 0) return;
  const tag = sig.ph >>> 16;
  // a user's turn whose answer before it the key remembers is judged by when it came: sent well
  // after a person could have read that answer and written it, it is a person's, short or repeated
  // as it may be ("Why?", a follow-up kept from a pool), and the task it sets off is theirs, not the
  // long answer's (rememberAfterLong; red team round 30's analyst); sent sooner, it is a program's,
  // new text or not (red team R31a-2: a new 60-100-char line 20-65 s after each long answer ended
  // the chain when new text alone did). "Well after": the floor and as long again as its reading,
  // since an answer may be timed from its request rather than its end (a trace; the replay settles
  // at once). Otherwise (a tool's result, or no answer remembered) by what it says: under
  // NEW_ASK_CHARS, or sent before
  const since = sig.ti === 1 ? undefined : sinceAnswer(st, sig, nowMs);
  const quiet = since !== undefined ? since.gapMs < personFloorMs(since.answer, ownChars(sig)) + personFloorMs(since.answer, 0) - 1000 : ownChars(sig) < NEW_ASK_CHARS || inputSeen(st, sig.ph);
  if (quiet) return pushTag(st.quietInputs, tag, AFTER_LONG);
  const i = st.quietInputs.indexOf(tag);
  if (i >= 0) st.quietInputs.splice(i, 1);
}

/** The least time a person takes from an answer to the next turn they send: a second, reading the
 *  answer at a fast skim (PERSON_READ tokens a second, up to PERSON_READ_CAP tokens: past that a
 *  person may ask before reading on) and typing the turn (PERSON_TYPE chars a second, up to
 *  PERSON_TYPE_CAP chars: a longer turn may be pasted). */
const PERSON_READ = 15;
const PERSON_READ_CAP = 600;
const PERSON_TYPE = 12;
const PERSON_TYPE_CAP = 80;
export function personFloorMs(answerTokens: number, turnChars: number): number {
  return 1000 + (1000 * Math.min(Math.max(answerTokens, 0), PERSON_READ_CAP)) / PERSON_READ + (1000 * Math.min(Math.max(turnChars, 0), PERSON_TYPE_CAP)) / PERSON_TYPE;
}

/**
 * An answer of at least this many tokens before a tool's result was an answer, not an agent's
 * tool call (whose completion is its arguments: a query, a path, a command, tens to a few hundred
 * tokens).
 */
export const TOOL_ASK_ANSWER = 400;
/**
 * A task fed by a tool counts from this many requests of its conversation on: a student's
 * assignment is 4-12 exercises, a planner's goal 3-8 subtasks, where a harvest runs its tasks in
 * one conversation by the hundred (red team R27-5, R27-6: a tutoring app returning the next
 * exercise from a tool, and a planner/worker framework, were degraded without this).
 */
export const TOOL_ASK_DEPTH = 16;
/** Conversations whose depth a key remembers (DetectState.openings), the latest. */
const OPENINGS = 16;
const DEPTH_MOD = 0x10000;

/** Count a request of the conversation that opened with `h` (its first input turn's hash). */
export function bumpOpening(st: DetectState, h: number): void {
  const tag = h >>> 16;
  const o = st.openings;
  let count = 0;
  for (let i = 0; i < o.length; i++) {
    if (Math.floor(o[i]! / DEPTH_MOD) === tag) {
      count = o[i]! % DEPTH_MOD;
      o.splice(i, 1);
      break;
    }
  }
  o.push(tag * DEPTH_MOD + Math.min(count + 1, DEPTH_MOD - 1));
  if (o.length > OPENINGS) o.splice(0, o.length - OPENINGS);
}

/** Requests the key sent in the conversation that opened with `h` (0: none remembered). */
export function openingDepth(st: DetectState, h: number | undefined): number {
  if (!h) return 0;
  const tag = h >>> 16;
  for (const x of st.openings) if (Math.floor(x / DEPTH_MOD) === tag) return x % DEPTH_MOD;
  return 0;
}

/**
 * A user's turn of a conversation the key is having, sent sooner after the answer it follows than
 * a person reads that answer and writes the turn (personFloorMs): a conversation a program drives.
 * Such turns ask like self-contained requests (link.ts singleShare): a harvest that packs its asks
 * into one long conversation per key, a new question each turn at machine pace, was read as a
 * person's chat (red team round 24, `X_short`: 0 of 20 keys flagged, 100 % served). An answer not
 * remembered (settled long ago, or pushed out by ANSWERED_AT later ones: more conversations at
 * once) tells nothing.
 *
 * A tool's result is no person's turn: an agent's loop sends it at once. It asks on its own when it
 * brings a new ask (NEW_ASK_CHARS or more, not sent before) after a long answer (TOOL_ASK_ANSWER
 * tokens or more), where an agent's turn before a tool's result is a tool call, deep in a
 * conversation (TOOL_ASK_DEPTH requests or more): a task fed by a tool (red team R25-2: each new
 * question returned by a `next_problem` tool the answer called, 0 of 20 keys flagged, 100 %
 * served).
 */
export function pacedTurn(st: DetectState, sig: RequestSignals, nowMs: number): boolean {
  // a short turn the key sent before word for word asks nothing new: a quick-reply chip, a canned
  // reply (red team R25-6's controls; a held-out tutor with reasoning summaries was refused 4
  // points more without this); a longer one may be a question a harvest's bank repeats
  if (ownChars(sig) < NEW_ASK_CHARS && inputSeen(st, sig.ph)) return false;
  // a tool's result asks something new only when it is as long as a question and not one the key
  // sent before (a tool returns "ok" or the same status lines again and again)
  if (sig.ti === 1 && (ownChars(sig) < NEW_ASK_CHARS || inputSeen(st, sig.ph))) return false;
  const since = sinceAnswer(st, sig, nowMs);
  if (since === undefined) return false;
  const { answer, gapMs, tag } = since;
  // an agent's tools answer at a program's pace by nature: what tells a task fed by a tool is the
  // answer before it, a long one where an agent's turn is a tool call (its arguments)
  // (a chain the origin stores carries no opening: its depth is not read)
  if (sig.ti === 1) return (answer >= TOOL_ASK_ANSWER || st.afterLong.includes(tag)) && (sig.fo === undefined || openingDepth(st, sig.fo) >= TOOL_ASK_DEPTH);
  return gapMs < personFloorMs(answer, ownChars(sig));
}

/** The answer a turn follows (remembered under the exchange it continues: answeredOf), its tag,
 *  and how long after that answer settled the turn came; undefined when none is remembered. */
function sinceAnswer(st: DetectState, sig: RequestSignals, nowMs: number): { answer: number; gapMs: number; tag: number } | undefined {
  const h = sig.cv === 1 ? sig.ca : sig.pv;
  if (h === undefined || h === 0) return undefined;
  const remembered = answeredOf(st, h);
  if (remembered === undefined) return undefined;
  const gapMs = ((((Math.floor(nowMs / 1000) - remembered.at) % SECONDS_MOD) + SECONDS_MOD) % SECONDS_MOD) * 1000;
  return { answer: remembered.tokens, gapMs, tag: h >>> 16 };
}
