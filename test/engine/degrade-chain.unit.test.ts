/**
 * Under degrade an answer fetched in pieces is one answer (red team R22-2): a continuation
 * ("Continue." after an answer that filled its budget) gets the cap less half the answer so far
 * (chainAllowance), never under 32 tokens and never refused, so a chain nears twice the cap and
 * then grows 32 tokens a request; a short follow-up whose answer ends on its own ends the chain. A
 * new ask is served degraded as before. Standings are forced through a tier's cut-offs, as in
 * ladder.unit.test.ts.
 */
import { describe, expect, it } from "vitest";
import { parsePolicy, type PolicyConfig } from "../../src/config/index.ts";
import { chainAllowance, extractSignals } from "../../src/detect/index.ts";
import type { RequestSignals } from "../../src/detect/signals.ts";
import { buildPromptView } from "../../src/detect/view.ts";
import { type Decision, KeyEngine } from "../../src/engine/key-engine.ts";
import { withExchange } from "../../src/proxy/usage.ts";

const T0 = Date.UTC(2026, 11, 5, 12);
const FORCED = (challengeAt: number, mode: "enforce" | "shadow" = "enforce") => ({
  mode, throttleAt: 0, degradeAt: 0, challengeAt, blockAt: 1, jitter: 0, minEvidence: 0, blockMinRequests: 0, hysteresis: 0, convergeChannels: 1, convergeFloor: 0,
});

function policy(): PolicyConfig {
  const p = parsePolicy({
    defaults: { rpm: 10_000 },
    tiers: { degraded: { detection: FORCED(1) }, challenged: { detection: FORCED(0) }, shadowed: { detection: FORCED(1, "shadow") }, plain: {} },
    degrade: { maxOutputTokens: 512 },
    challenge: { passRequests: 10, passMinutes: 5, baseBits: 10, maxBits: 14 },
  });
  if (!p.ok) throw new Error(`${p.problem.field} ${p.problem.message}`);
  return p.value;
}

const NET = { ip: "203.0.113.9" };
const ASK = "Solve step by step: a train leaves at 9:40 and travels 210 km at 84 km/h. When does it arrive?";
const piece = (n: number) => `Step ${n}: ` + "we keep working through the distance and the time carefully. ".repeat(20);
const chat = (messages: { role: string; content: string }[], max: number): RequestSignals =>
  extractSignals(buildPromptView("chat", { model: "m", max_tokens: max, messages: [{ role: "system", content: "You are a careful tutor." }, ...messages] }), NET);
/** ASK, the answer so far as one assistant turn, and the user's next turn `say`. */
const after = (sofar: string, say: string, max: number): RequestSignals =>
  chat([{ role: "user", content: ASK }, { role: "assistant", content: sofar }, { role: "user", content: say }], max);
const resp = (body: Record<string, unknown>): RequestSignals =>
  extractSignals(buildPromptView("responses", { model: "m", max_output_tokens: 300, ...body }), NET);

/** A key's engine under a forced tier, and a client that sends a request and, when served, settles
 *  an answer of the tokens it asked for, cut as the origin cuts a degraded one. */
function client(tier: string) {
  const p = policy();
  const e = new KeyEngine();
  e.snap.override = { tier };
  let seq = 0;
  let now = T0;
  return {
    engine: e,
    /** `answer`: the tokens the model would write; the origin cuts them at the served budget. */
    send(sig: RequestSignals, answer: number, responseId?: string, solved?: { id: string; expiresAtMs: number; bits: number }): Decision {
      now += 1000;
      const d = e.admit(p, { nowMs: now, requestId: `r${++seq}`, route: sig.route === "responses" || sig.route === "messages" ? sig.route : "chat", reservedTokens: 2000, degradedTokens: 600, signals: sig, solved });
      if (d.served && d.leaseId) {
        const cap = Math.min(sig.mt, d.degrade ? Math.min(d.degradeCap ?? 512, 512) : Number.POSITIVE_INFINITY);
        const usage = withExchange({ promptTokens: 60, completionTokens: Math.min(answer, cap) }, sig, responseId);
        e.settle(p, { nowMs: now + 500, leaseId: d.leaseId, reservedTokens: d.reservedTokens, usage });
      }
      return d;
    },
  };
}

/** One ask (max_tokens `max`) and `more` "Continue." turns carrying the pieces so far; the model
 *  would write `answer` tokens each time (cut at the budget). */
function chatChain(c: ReturnType<typeof client>, more: number, max = 300, answer = max, ask = ASK): Decision[] {
  const out = [c.send(chat([{ role: "user", content: ask }], max), answer)];
  let sofar = piece(0);
  for (let i = 1; i <= more; i++) {
    out.push(c.send(chat([{ role: "user", content: ask }, { role: "assistant", content: sofar }, { role: "user", content: "Continue." }], max), answer));
    sofar += piece(i);
  }
  return out;
}

describe("degrade caps an answer fetched in pieces as one answer (red team R22-2)", () => {
  it("chainAllowance: the cap less half the chain, between 32 tokens and the cap", () => {
    expect([0, 300, 512, 768, 896, 960, 10_000, -5].map((c) => chainAllowance(512, c))).toEqual([512, 362, 256, 128, 64, 32, 32, 512]);
  });

  it("300-token pieces get 362, 212, 106, 53, then 32 tokens a piece, and none is refused; a new ask gets the whole cap", () => {
    const c = client("degraded");
    const d = chatChain(c, 6);
    expect(d.map((x) => [x.served, x.degrade, x.degradeCap, x.cause])).toEqual([
      [true, true, undefined, "ok"],
      [true, true, 362, "ok"],
      [true, true, 212, "ok"],
      [true, true, 106, "ok"],
      [true, true, 53, "ok"],
      [true, true, 32, "ok"],
      [true, true, 32, "ok"],
    ]);
    // the chain holds 300 + 300 + 212 + 106 + 53 + 32 + 32 tokens under the cap; to detection
    // the pieces that filled the client's 300 are one request (red team R22-1's reading), and
    // those the cap cut below it are read as before, requests of their own (an answer that ended
    // below the client's budget ends R22-1's chain: R24-1)
    expect(c.engine.snap.detect.turnSizes.at(-1)![4]).toBe(1035);
    expect(c.engine.snap.detect.requests).toBe(5);
    const fresh = c.send(chat([{ role: "user", content: "Explain step by step why the sky is blue, for a ten-year-old." }], 300), 300);
    expect(fresh).toMatchObject({ served: true, degrade: true, cause: "ok" });
    expect(fresh.degradeCap).toBeUndefined();
  });

  it("an answer cut at the cap (max_tokens above it) is a piece too: the next short turn gets 256", () => {
    const c = client("degraded");
    const d = chatChain(c, 2, 1200, 2000);
    expect(d.map((x) => x.degradeCap)).toEqual([undefined, 256, 128]);
    // a piece for the cap only: detection reads each of them as a request, as it did
    expect(c.engine.snap.detect.requests).toBe(3);
  });

  it("a short follow-up whose answer ends on its own ends the chain: the next short turn is a new answer", () => {
    const c = client("degraded");
    c.send(chat([{ role: "user", content: ASK }], 1200), 2000); // cut at 512
    const why = c.send(after(piece(0), "why step 2?", 1200), 100);
    expect(why.degradeCap).toBe(256);
    const thanks = c.send(chat([{ role: "user", content: ASK }, { role: "assistant", content: piece(0) }, { role: "user", content: "why step 2?" }, { role: "assistant", content: "Because the speed is constant." }, { role: "user", content: "thanks!" }], 1200), 40);
    expect(thanks).toMatchObject({ served: true, degrade: true });
    expect(thanks.degradeCap).toBeUndefined();
  });

  it("an answer that ended on its own under the cap is no piece: a short follow-up gets the whole cap", () => {
    const c = client("degraded");
    c.send(chat([{ role: "user", content: ASK }], 1200), 300); // ends at 300, under the 512 cap
    const next = c.send(after(piece(0), "Continue.", 1200), 300);
    expect(next).toMatchObject({ served: true, degrade: true });
    expect(next.degradeCap).toBeUndefined();
  });

  it("a chat that stitches its turns: a short follow-up whose answer ended ends the chain of the ask it continues too", () => {
    const c = client("degraded");
    c.send(chat([{ role: "user", content: ASK }], 1200), 2000); // cut at 512
    const why = c.send(after(piece(0), "why step 2?", 1200), 100);
    expect(why.degradeCap).toBe(256);
    // the client sends the ask again with everything so far as one assistant turn
    const more = c.send(after(piece(0) + piece(1), "and step 3?", 1200), 100);
    expect(more).toMatchObject({ served: true, degrade: true });
    expect(more.degradeCap).toBeUndefined();
  });

  it("over the Responses API, an answer cut at the cap: each piece names the last one's stored response and gets half of what the last got", () => {
    const c = client("degraded");
    const big = (body: Record<string, unknown>) => resp({ ...body, max_output_tokens: 1200 });
    const d = [c.send(big({ input: ASK }), 2000, "rc_0")];
    for (let i = 1; i <= 3; i++) d.push(c.send(big({ previous_response_id: `rc_${i - 1}`, input: "Continue." }), 2000, `rc_${i}`));
    expect(d.map((x) => x.degradeCap)).toEqual([undefined, 256, 128, 64]);
    // detection read each of them as a request (a piece only the cap cut)
    expect(c.engine.snap.detect.requests).toBe(4);
  });

  it("a question of its own after a cut answer (over 64 chars, not sent before) keeps the whole cap; a continuation phrase sent again does not (red team R23-6, R23-1)", () => {
    const c = client("degraded");
    c.send(chat([{ role: "user", content: ASK }], 1200), 2000); // cut at 512
    const q = "I still don't understand the second step, could you explain why we divide both sides there?";
    const own = c.send(after(piece(0), q, 1200), 2000);
    expect(own).toMatchObject({ served: true, degrade: true });
    expect(own.degradeCap).toBeUndefined();
    const phrase = "Please continue the solution exactly from where your previous message stopped, without repeating any earlier step.";
    const again = (ask: string) => {
      c.send(chat([{ role: "user", content: ask }], 1200), 2000);
      return c.send(chat([{ role: "user", content: ask }, { role: "assistant", content: piece(0) }, { role: "user", content: phrase }], 1200), 2000);
    };
    expect(again("Solve step by step: how long does a 2,000-litre tank take to fill at 35 litres a minute?").degradeCap).toBeUndefined();
    expect(again("Solve step by step: what is the pH of a 0.02 M acetic acid solution?").degradeCap).toBe(256);
  });

  it("Anthropic: the same ask sent again with the answer so far as a prefill is a piece under the cap (red team R23-5)", () => {
    const c = client("degraded");
    const msgs = (messages: { role: string; content: string }[]) =>
      extractSignals(buildPromptView("messages", { model: "claude", max_tokens: 1200, system: "You are a careful tutor.", messages }), NET);
    // an earlier, unrelated exchange remembered first: the piece continues its own ask's answer
    c.send(msgs([{ role: "user", content: "What is the capital of Australia, in one word?" }]), 3);
    const first = c.send(msgs([{ role: "user", content: ASK }]), 2000); // cut at 512
    expect(first.degradeCap).toBeUndefined();
    const second = c.send(msgs([{ role: "user", content: ASK }, { role: "assistant", content: piece(0) }]), 2000);
    expect(second.degradeCap).toBe(256);
    const third = c.send(msgs([{ role: "user", content: ASK }, { role: "assistant", content: piece(0) + piece(1) }]), 2000);
    expect(third.degradeCap).toBe(128);
    // a prefill on an ask of its own (a format nudge) is no piece
    const fresh = c.send(msgs([{ role: "user", content: "List three prime numbers above 100 as JSON." }, { role: "assistant", content: "{" }]), 40);
    expect(fresh.degradeCap).toBeUndefined();
  });

  it("a key that is not degraded: a prefilled piece is read by detection as a request, as before", () => {
    const c = client("plain");
    const msgs = (messages: { role: string; content: string }[]) =>
      extractSignals(buildPromptView("messages", { model: "claude", max_tokens: 300, system: "You are a careful tutor.", messages }), NET);
    c.send(msgs([{ role: "user", content: ASK }]), 300);
    c.send(msgs([{ role: "user", content: ASK }, { role: "assistant", content: piece(0) }]), 300);
    c.send(msgs([{ role: "user", content: ASK }, { role: "assistant", content: piece(0) + piece(1) }]), 300);
    expect(c.engine.snap.detect.requests).toBe(3);
    expect(c.engine.snap.detect.capNext).toEqual([]);
  });

  it("a cheap answer that ended outside a chain is no piece: a short turn after it gets the whole cap", () => {
    const c = client("degraded");
    const q = "Is 7 a prime number? Explain briefly.";
    c.send(chat([{ role: "user", content: q }], 1200), 90);
    // (an assistant turn of over 400 chars: a shorter lone one reads as a made-up greeting)
    const next = c.send(chat([{ role: "user", content: q }, { role: "assistant", content: piece(0) }, { role: "user", content: "And 9?" }], 1200), 90);
    expect(next).toMatchObject({ served: true, degrade: true });
    expect(next.degradeCap).toBeUndefined();
  });

  it("a degraded app whose own max_tokens is under the cap: a question of its own after an answer its budget cut keeps the cap (red team R24-3)", () => {
    const c = client("degraded");
    c.send(chat([{ role: "user", content: ASK }], 400), 900); // cut at the client's 400
    const q = "I still don't understand the second step, could you explain why we divide both sides there?";
    const own = c.send(after(piece(0), q, 400), 900);
    expect(own).toMatchObject({ served: true, degrade: true });
    expect(own.degradeCap).toBeUndefined();
    // "Continue." is a piece there too
    const cont = c.send(after(piece(0) + piece(1), "Continue.", 400), 900);
    expect(cont.degradeCap).toBeDefined();
  });

  it("a cheap aside inside a capped chain does not start the cap again (red team R23-3)", () => {
    const c = client("degraded");
    c.send(chat([{ role: "user", content: ASK }], 1200), 2000); // cut at 512
    const first = c.send(after(piece(0), "Continue.", 1200), 2000);
    expect(first.degradeCap).toBe(256);
    const stitched = (extra: { role: string; content: string }[]) => chat([{ role: "user", content: ASK }, { role: "assistant", content: piece(0) + piece(1) }, ...extra], 1200);
    // "Got it." answered in a few tokens, then the next piece continues the aside's exchange
    c.send(stitched([{ role: "user", content: "Got it." }]), 6);
    const next = c.send(stitched([{ role: "user", content: "Got it." }, { role: "assistant", content: "Great." }, { role: "user", content: "Now continue the solution from where it stopped." }]), 2000);
    expect(next.degradeCap).toBeDefined();
    expect(next.degradeCap!).toBeLessThan(256);
  });

  it("over the Responses API: each piece names the last one's stored response", () => {
    const c = client("degraded");
    const d = [c.send(resp({ input: ASK }), 300, "resp_0")];
    for (let i = 1; i <= 3; i++) d.push(c.send(resp({ previous_response_id: `resp_${i - 1}`, input: "Continue." }), 300, `resp_${i}`));
    expect(d.map((x) => [x.served, x.degradeCap])).toEqual([
      [true, undefined],
      [true, 362],
      [true, 212],
      [true, 106],
    ]);
  });

  it("a key that is not degraded gets every piece in full, and so does a key in shadow mode", () => {
    for (const tier of ["plain", "shadowed"]) {
      const d = chatChain(client(tier), 5);
      expect(d.every((x) => x.served && x.degradeCap === undefined && x.cause === "ok")).toBe(true);
    }
  });

  it("a challenged key's pass serves at the degrade level: its pieces are capped too", () => {
    const c = client("challenged");
    const solved = { id: "p1", expiresAtMs: T0 + 300_000, bits: 10 };
    const first = c.send(chat([{ role: "user", content: ASK }], 300), 300, undefined, solved);
    expect(first).toMatchObject({ served: true, cause: "pass", degrade: true });
    const second = c.send(after(piece(0), "Continue.", 300), 300);
    expect(second).toMatchObject({ served: true, cause: "pass", degradeCap: 362 });
  });
});
