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
import { newDetectState, observeRequest } from "../../src/detect/state.ts";
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
 * Red team R68-1: the rule above let a harvester hand over one FIXED block of reference text
 * before every ask ("Ok." as the acknowledgment): it counted as what each request brought, so
 * 1,400-3,600-token answers read as proportionate to the key's prompts (a 4-8 K-char block: 100 %
 * of a long-answer harvest served in full; the same block in the system prompt, or answered with a
 * 130-char reply and so read as a history, 0.4-0.8 %). Handed-over material is now sampled on its
 * own (signals `hbs` / `hbc`): its sentences the key sent before are read back as a history is, and
 * away from the prompt the ratio reads (state.ts observeRepeats). New material under a fixed system
 * prompt (the backend above) is still what the request brings.
 */
describe("a fixed block handed over before every ask is a template read back (red team R68-1)", () => {
  const r = rng(681);
  const para = (n: number) => Array.from({ length: n }, (_, i) => `Clause ${i + 1}. ${["The lesson must", "Every worked example should", "Students are expected to", "The glossary defines how to"][Math.floor(r() * 4)]} ${["state its assumptions", "cite the standard notation", "show the units at each step", "compare two methods"][Math.floor(r() * 4)]} for item ${Math.floor(r() * 900)}.`).join(" ");
  const BLOCK = para(90);
  const SYS_T = "You are a patient university teaching assistant.";
  const body = (block: string, ask: string) => ({ model: "gpt-4.1", temperature: 0.7, max_tokens: 4096, messages: [{ role: "system", content: SYS_T }, { role: "user", content: block }, { role: "assistant", content: "Ok." }, { role: "user", content: ask }] });
  const askOf = (i: number) => `Write a complete lesson on topic ${i}: ${["plate tectonics", "binary search trees", "integrals", "supply and demand", "photosynthesis"][i % 5]}, example number ${100 + i}.`;
  const sigOf = (block: string, i: number) => extractSignals(buildPromptView("chat", body(block, askOf(i))), {});

  it("its sentences sent again are read back; new material each time is not", () => {
    expect(BLOCK.length).toBeGreaterThan(4000);
    const fixed = newDetectState();
    observeRequest(fixed, sigOf(BLOCK, 0), 1_000);
    expect(fixed.historyChars).toBe(0); // the first time, what the request brings
    observeRequest(fixed, sigOf(BLOCK, 1), 31_000);
    expect(fixed.historyChars).toBeGreaterThan(0.9 * BLOCK.length);
    // new material each time (words drawn afresh: no sentence of one block is another's)
    const WORDS = "river market glacier protein lattice senate harbor violin thesis quartz ledger meadow cipher orbit canyon mosaic tariff enzyme comet fresco".split(" ");
    const prose = () => Array.from({ length: 60 }, () => Array.from({ length: 9 }, () => WORDS[Math.floor(r() * WORDS.length)]).join(" ") + ".").join(" ");
    const fresh = newDetectState();
    for (let i = 0; i < 4; i++) observeRequest(fresh, sigOf(prose(), i), 1_000 + i * 30_000);
    expect(fresh.historyChars).toBe(0);
  });

  itLong("a long-answer harvest behind a fixed 6 K block handed over is degraded as without it (before: served in full)", { timeout: 60_000 }, () => {
    const harvest = (block: string | undefined): TraceEvent[] => {
      const rr = rng(682);
      let t = Date.UTC(2026, 11, 14, 7);
      return Array.from({ length: 600 }, (_, i) => {
        t += 20_000 + Math.floor(rr() * 40_000);
        const b = block === undefined ? { model: "gpt-4.1", temperature: 0.7, max_tokens: 4096, messages: [{ role: "system", content: SYS_T }, { role: "user", content: askOf(i) }] } : body(block, askOf(i));
        return { ts: t, key: "sk-handed-harvest", ip: "203.0.113.68", asn: 64568, method: "POST", path: "/v1/chat/completions", body: b, usage: { prompt_tokens: Math.round(JSON.stringify(b.messages).length / 4), completion_tokens: 1400 + Math.floor(rr() * 2200) } };
      });
    };
    const servedFull = (lines: TraceEvent[]) => {
      const rep = new Replayer({ policy: { defaults: { rpm: 600, tpm: 2_000_000, tpd: 50_000_000, concurrency: 64 } } });
      return lines.map((l, i) => rep.step(l, i)).filter((d) => d.action === "allow" && !d.degraded).length / lines.length;
    };
    const big = para(130);
    expect(big.length).toBeGreaterThan(6000);
    expect(servedFull(harvest(undefined))).toBeLessThan(0.1);
    expect(servedFull(harvest(big))).toBeLessThan(0.1);
  });
});
