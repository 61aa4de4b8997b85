/**
 * Red team R65-2: an aider-style pair-programming backend sends the repo map and the files in the
 * chat as user turns, each answered by an assistant turn the client writes itself ("Ok, any changes
 * I propose will be to those files."), then the developer's ask. The files turn sits right before
 * the ask and was never sent as an input turn, so every request read as a fabricated history
 * (self-contained), aider's own "Think step-by-step" line as a chain-of-thought ask on it, and the
 * repo map and files as a history read back, leaving the one-line ask as what the request brought:
 * 99.5 % of 3,159 requests degraded, 61.8 % of the answer tokens cut; with the same context inside
 * the ask turn, none. A user turn of HANDED_OVER_CHARS or more answered in ACK_CHARS or fewer is
 * material handed over (signals.ts handedOver): part of what the request brings, and no input turn
 * (the previous one is the ask before it).
 */
import { describe, expect, it } from "vitest";
import { extractSignals } from "../../src/detect/signals.ts";
import { buildPromptView } from "../../src/detect/view.ts";
import { Replayer, type TraceEvent } from "../../src/engine/replayer.ts";
import { itLong, rng } from "./helpers.ts";

const SYS = "Act as an expert software developer. Take requests for changes to the supplied code. Think step-by-step and explain the needed changes in a few short sentences. Describe each change with a SEARCH/REPLACE block.";
const ACK_REPO = "Ok, I won't try and edit those files without asking first.";
const ACK_FILES = "Ok, any changes I propose will be to those files.";

function code(r: () => number, lines: number): string {
  const ids = ["parse", "render", "fetchUser", "cache", "retry", "config", "router", "session", "token", "queue"];
  return Array.from({ length: lines }, (_, i) => `export function ${ids[Math.floor(r() * ids.length)]}${i}(x: number) { return x * ${Math.floor(r() * 97)}; }`).join("\n");
}

/** One request of a session: `done` the asks and answers so far. */
function messages(repo: string, files: string, done: { role: string; content: string }[], ask: string, handedOver: boolean) {
  if (!handedOver) return [{ role: "system", content: SYS }, ...done, { role: "user", content: `${repo}\n\n${files}\n\n${ask}` }];
  return [
    { role: "system", content: SYS },
    { role: "user", content: repo }, { role: "assistant", content: ACK_REPO },
    ...done,
    { role: "user", content: files }, { role: "assistant", content: ACK_FILES },
    { role: "user", content: ask },
  ];
}

const ASKS = ["Add input validation to the parser and return a typed error.", "Rename the cache helpers and update every caller.", "Make retry use exponential backoff with jitter.", "Split the router into two modules.", "Add a unit test for the session timeout."];

function backend(handedOver: boolean): TraceEvent[] {
  const r = rng(65);
  const out: TraceEvent[] = [];
  let t = Date.UTC(2026, 11, 14, 7);
  for (let s = 0; s < 240; s++) {
    t += (2 + Math.floor(r() * 10)) * 60_000;
    const repo = "Here are summaries of some files present in my git repository. Treat them as read-only.\n\n" + code(r, 40);
    const files = "I have added these files to the chat so you can go ahead and edit them.\n\n" + code(r, 30 + Math.floor(r() * 60));
    const done: { role: string; content: string }[] = [];
    let ts = t;
    for (let k = 0; k < 2 + Math.floor(r() * 6); k++) {
      const ask = `${ASKS[Math.floor(r() * ASKS.length)]} (${s}.${k})`;
      const msgs = messages(repo, files, done, ask, handedOver);
      const answer = 300 + Math.floor(r() * 2200);
      out.push({ ts, key: "sk-pair", ip: "198.51.100.65", asn: 64565, method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4.1", messages: msgs, temperature: 0 }, usage: { prompt_tokens: Math.round(JSON.stringify(msgs).length / 3.4), completion_tokens: answer } });
      done.push({ role: "user", content: ask }, { role: "assistant", content: code(r, 4) });
      ts += 30_000 + Math.floor(r() * 240_000);
    }
  }
  return out;
}

function degradedShare(lines: TraceEvent[]): number {
  const rep = new Replayer({ policy: { defaults: { rpm: 600, tpm: 2_000_000, tpd: 50_000_000, concurrency: 64 } } });
  return lines.map((l, i) => rep.step(l, i)).filter((d) => d.degraded).length / lines.length;
}

describe("material handed over in a turn of its own, answered by a client-written acknowledgment", () => {
  const r = rng(651);
  const repo = "Here are summaries of some files present in my git repository.\n\n" + code(r, 40);
  const files = "I have added these files to the chat.\n\n" + code(r, 40);
  const ask = "Add input validation to the parser.";
  const sig = (msgs: { role: string; content: string }[]) => extractSignals(buildPromptView("chat", { model: "gpt-4.1", messages: msgs }), {});
  it("is what the request brings, not a history read back", () => {
    const handed = sig(messages(repo, files, [], ask, true));
    const inAsk = sig(messages(repo, files, [], ask, false));
    // the turns handed over and their acknowledgments are no history; the request brings them
    expect(handed.hc ?? 0).toBe(0);
    expect(handed.pl).toBeGreaterThanOrEqual(inAsk.pl - 10);
  });
  it("is no input turn: the previous one is the ask before it", () => {
    const earlier = { role: "user", content: "Rename the cache helpers and update every caller." };
    const s = sig(messages(repo, files, [earlier, { role: "assistant", content: "Done: renamed." }], ask, true));
    expect(s.pv).toBe(sig([{ role: "user", content: earlier.content }]).ph);
  });
  it("a long reply after a long user turn is a conversation's answer, not an acknowledgment", () => {
    const s = sig([{ role: "system", content: SYS }, { role: "user", content: repo }, { role: "assistant", content: "Here is what I see in the repository: " + code(r, 3) }, { role: "user", content: ask }]);
    expect(s.hc ?? 0).toBeGreaterThan(repo.length);
  });
  itLong("a pair-programming backend in aider's layout is served as the same sessions with the context in the ask (before: 99.5 % degraded)", { timeout: 60_000 }, () => {
    expect(degradedShare(backend(false))).toBeLessThan(0.02);
    expect(degradedShare(backend(true))).toBeLessThan(0.02);
  });
});

/**
 * Red team R68-1 (open): one fixed block of reference text handed over ("Ok.") before every ask
 * pads every prompt, and a long-answer harvest is served in full. Reading such a block back once
 * the key had sent it (as a fixed system prompt is read) closed it, and red team 69 then showed its
 * cost: a one-shot coding tool that hands over one of its company's few repo maps before each
 * one-line ask (no history, Claude, answers of 300-1,500 tokens) was degraded on 94.7 % of its
 * requests (R69-1; 0 % before), while the same block at the head of the ask turn, which a harvester
 * can send at the same price, stays open (round 16's user-turn note). The read-back was reverted:
 * material handed over is what the request brings, repeated or not.
 */
describe("a repo map handed over again and again by a one-shot coding tool is what each request brings (red team R69-1)", () => {
  itLong("one of 4 repo maps before each one-line ask, ~1,000 asks a day: served (with the read-back: 99 % degraded)", { timeout: 60_000 }, () => {
    const r = rng(691);
    const maps = Array.from({ length: 4 }, (_, k) => `Repository map of service-${k}:\n` + code(r, 120 + Math.floor(r() * 60)));
    // a company's services across domains: the asks name what they touch (payments, patients, ...)
    const verbs = ["Add validation to", "Write unit tests for", "Refactor", "Fix the bug in", "Add structured logging to", "Speed up"];
    const things = ["the payment refund handler", "the flight booking search", "the patient record export", "the recipe importer", "the match score service", "the hotel availability query", "the invoice mailer", "the vaccine schedule sync", "the song playlist ranking", "the court filing parser", "the vehicle fuel report", "the student grade export", "the climate emission dashboard", "the password reset flow", "the news article summariser", "the stock portfolio view"];
    const CODER_SYS = "You are a coding assistant. Follow the repository's conventions, reply with unified diffs or complete functions, and explain briefly what you changed.";
    const out: TraceEvent[] = [];
    let t = Date.UTC(2026, 11, 14, 7);
    for (let i = 0; i < 2000; i++) {
      t += 20_000 + Math.floor(r() * 130_000);
      const map = maps[Math.min(3, Math.floor(-Math.log(1 - r() * 0.95) * 1.2))]!;
      const messages = [{ role: "user", content: map }, { role: "assistant", content: "Ok, I have the repository map." }, { role: "user", content: `${verbs[Math.floor(r() * verbs.length)]} ${things[Math.floor(r() * things.length)]} (ticket ${i}).` }];
      out.push({ ts: t, key: "sk-ant-repoask", ip: "198.51.100.69", asn: 64569, method: "POST", path: "/v1/messages", body: { model: "claude-sonnet-4-5", max_tokens: 4096, temperature: 0, system: CODER_SYS, messages }, usage: { prompt_tokens: Math.round(JSON.stringify(messages).length / 3.4), completion_tokens: 300 + Math.floor(r() * 1200) } });
    }
    expect(maps[0]!.length).toBeGreaterThan(5000);
    expect(degradedShare(out)).toBeLessThan(0.02);
  });
});
