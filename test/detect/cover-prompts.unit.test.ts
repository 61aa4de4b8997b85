/**
 * Red team 64: prompts sent beside a harvest made its long answers look proportionate to what the
 * key sends, for a few percent of the harvest's price, and its output budget then counted for
 * nothing (budget.ts budgetTaken reads the key's answers against what its requests bring).
 * - R64-3: one 1,000-token embedding per ask: 100 % of the asks served in full. An embedding
 *   answers nothing; its inputs are no prompt an answer is read against (proxy/usage.ts
 *   withExchange: readablePrompt 0).
 * - R64-1: a big tool definition (never called) on every ask without an output cap: its billed
 *   tokens were the prompt the absent cap's budget was read against, 100 %. A budget is now read
 *   beside tool definitions as beside a system prompt.
 * - R64-2: one cheap-model label of a fresh 800-2,000-token bundle per ask, 100 %. A budget is read
 *   without trivial answers' prompts, as the cohort reads its ratio; a label answered in 32 tokens
 *   or more still brings it down, and the ratio feature still reads them all: open (reading the
 *   ratio per model is the direction, docs/security.md).
 */
import { describe, expect, it } from "vitest";
import { extractSignals } from "../../src/detect/signals.ts";
import { newDetectState, observeRequest } from "../../src/detect/state.ts";
import { budgetTaken } from "../../src/detect/budget.ts";
import { observeUsage } from "../../src/detect/answers.ts";
import { buildPromptView } from "../../src/detect/view.ts";
import { Replayer, type TraceEvent } from "../../src/engine/replayer.ts";
import { withExchange } from "../../src/proxy/usage.ts";
import { itLong, rng } from "./helpers.ts";

const T0 = Date.UTC(2026, 11, 10, 8);
const POLICY = { defaults: { rpm: 600, tpm: 2_000_000, tpd: 50_000_000, concurrency: 64 } };
const SUBJECTS = ["the Krebs cycle", "binary search trees", "Bayes' theorem", "plate tectonics", "TCP congestion control", "the Fourier transform", "compound interest", "entropy", "la fotosíntesis", "die Zellteilung", "les intégrales", "a trigonometria"];
const ASKS = [
  (s: string, n: number) => `Explain ${s} to a second-year student. Use example number ${n} with concrete figures, then list common misconceptions.`,
  (s: string, n: number) => `Explica ${s} a un estudiante universitario. Usa el ejemplo número ${n} con cifras concretas y luego enumera errores comunes.`,
  (s: string, n: number) => `Erkläre ${s} für Studierende im zweiten Jahr. Nutze Beispiel Nummer ${n} mit konkreten Zahlen und nenne danach typische Missverständnisse.`,
  (s: string, n: number) => `Explique ${s} à un étudiant de deuxième année. Utilise l'exemple numéro ${n} avec des chiffres concrets, puis liste les idées reçues.`,
  (s: string, n: number) => `Wyjaśnij ${s} studentowi drugiego roku. Użyj przykładu numer ${n} z konkretnymi liczbami, a potem wymień częste błędy.`,
];
const tok = (s: string) => Math.ceil(s.length / 4);

function reviews(r: () => number, tokens: number): string {
  const items = ["kettle", "backpack", "keyboard", "lamp", "router", "jacket"];
  const adj = ["sturdy", "flimsy", "quiet", "noisy", "bright", "awkward"];
  let d = "";
  while (d.length < tokens * 4) d += `The ${items[Math.floor(r() * 6)]} felt ${adj[Math.floor(r() * 6)]} after ${2 + Math.floor(r() * 40)} days. `;
  return d;
}

function fatTool(chars: number) {
  const props: Record<string, { type: string; description: string }> = {};
  for (let k = 0, c = 0; c < chars; k++) {
    const d = `catalogue syllabus reference glossary chapter section exercise figure dataset citation lecture module filter ${k}.`;
    props[`field_${k}`] = { type: "string", description: d };
    c += d.length + 40;
  }
  return [{ type: "function", function: { name: "lookup_course_material", description: "Look up course material when the student names a course.", parameters: { type: "object", properties: props } } }];
}

type Cover = "embedding" | "none";

/** One key, `n` asks 20-60 s apart, answers of 1,400-3,600 tokens; a cover request before each. */
function harvest(n: number, cover: Cover, opts: { cap?: boolean; tool?: boolean } = {}): TraceEvent[] {
  const r = rng(64);
  const tools = opts.tool ? fatTool(9000) : undefined;
  const toolTok = tools ? tok(JSON.stringify(tools)) : 0;
  const out: TraceEvent[] = [];
  let t = T0;
  for (let i = 0; i < n; i++) {
    t += (20 + Math.floor(r() * 40)) * 1000;
    if (cover === "embedding") {
      const input = reviews(r, 1000);
      out.push({ ts: t - 1500, key: "sk-h", ip: "203.0.113.7", asn: 64500, method: "POST", path: "/v1/embeddings", body: { model: "text-embedding-3-small", input }, usage: { prompt_tokens: tok(input), completion_tokens: 0 } });
    }
    const ask = ASKS[i % ASKS.length]!(SUBJECTS[Math.floor(r() * SUBJECTS.length)]!, Math.floor(r() * 99999));
    const body: Record<string, unknown> = { model: "gpt-4.1", messages: [{ role: "user", content: ask }] };
    if (opts.cap !== false) body.max_tokens = 4096;
    if (tools) body.tools = tools;
    out.push({ ts: t, key: "sk-h", ip: "203.0.113.7", asn: 64500, method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: tok(ask) + 8 + toolTok, completion_tokens: 1400 + Math.floor(r() * 2200) } });
  }
  return out;
}

/** Share of the asks (gpt-4.1) served in full. */
function fullShare(lines: TraceEvent[]): number {
  const rep = new Replayer({ policy: POLICY });
  const asks = lines.map((l, i) => ({ l, d: rep.step(l, i) })).filter(({ l }) => (l.body as { model: string }).model === "gpt-4.1");
  return asks.filter(({ d }) => d.served && !d.degraded).length / asks.length;
}

describe("prompts sent beside a harvest do not make its long answers proportionate (red team 64)", () => {
  it("an embedding's inputs are no prompt an answer is read against (withExchange: readablePrompt 0)", () => {
    const sig = extractSignals(buildPromptView("embeddings", { model: "text-embedding-3-small", input: "some text to embed" }), {});
    expect(withExchange({ promptTokens: 1000, completionTokens: 0 }, sig, undefined).readablePrompt).toBe(0);
  });
  itLong("R64-3: a 1,000-token embedding beside each ask (before: 100 %)", { timeout: 60_000 }, () => {
    expect(fullShare(harvest(500, "embedding"))).toBeLessThan(0.1);
  });
  it("R64-2 (in part): labels of fresh review bundles beside the asks, answered in a token, are not what a budget is read against (before: they brought it under 1; the finding stays open for labels answered in 32 tokens or more)", () => {
    const st = newDetectState();
    const r = rng(643);
    for (let i = 0; i < 30; i++) {
      const t = T0 + i * 40_000;
      const content = `Label the overall sentiment of these customer reviews. Reply with the label only.\n\n${reviews(r, 800 + Math.floor(r() * 1200))}`;
      observeRequest(st, extractSignals(buildPromptView("chat", { model: "gpt-4.1-nano", max_tokens: 5, messages: [{ role: "user", content }] }), {}), t);
      observeUsage(st, { promptTokens: tok(content) + 8, completionTokens: 1 }, t + 500);
      const ask = ASKS[i % ASKS.length]!(SUBJECTS[i % SUBJECTS.length]!, i * 7919);
      observeRequest(st, extractSignals(buildPromptView("chat", { model: "gpt-4.1", max_tokens: 4096, messages: [{ role: "user", content: ask }] }), {}), t + 1000);
      observeUsage(st, { promptTokens: tok(ask) + 8, completionTokens: 1400 + Math.floor(r() * 2200) }, t + 30_000);
    }
    expect(budgetTaken(st)).toBe(1);
  });
  it("R64-1: a big tool definition sent with every ask is the prefix it repeats: the budget is taken (before: 0, the answers read as proportionate)", () => {
    const tools = fatTool(9000);
    const st = newDetectState();
    const r = rng(641);
    for (let i = 0; i < 30; i++) {
      const t = T0 + i * 40_000;
      const label = extractSignals(buildPromptView("chat", { model: "gpt-4.1-nano", max_tokens: 5, messages: [{ role: "user", content: `Label this review: ${reviews(r, 40)}` }] }), {});
      observeRequest(st, label, t);
      observeUsage(st, { promptTokens: 60, completionTokens: 1 }, t + 500);
      const ask = extractSignals(buildPromptView("chat", { model: "gpt-4.1", tools, messages: [{ role: "user", content: ASKS[i % ASKS.length]!(SUBJECTS[i % SUBJECTS.length]!, i * 7919) }] }), {});
      observeRequest(st, ask, t + 1000);
      observeUsage(st, { promptTokens: 40 + tok(JSON.stringify(tools)), completionTokens: 1400 + Math.floor(r() * 2200) }, t + 30_000);
    }
    expect(budgetTaken(st)).toBe(1);
  });
  it("a translator's answers the size of its documents still take no budget, a glossary tool or not (red team R63-3)", () => {
    for (const tools of [undefined, fatTool(600)]) {
      const st = newDetectState();
      const r = rng(642);
      for (let i = 0; i < 30; i++) {
        const doc = reviews(r, 500 + Math.floor(r() * 2000));
        const sig = extractSignals(buildPromptView("chat", { model: "gpt-4.1", max_tokens: 4096, ...(tools ? { tools } : {}), messages: [{ role: "system", content: "Translate the user's document into German." }, { role: "user", content: doc }] }), {});
        observeRequest(st, sig, T0 + i * 60_000);
        observeUsage(st, { promptTokens: tok(doc) + 20 + (tools ? tok(JSON.stringify(tools)) : 0), completionTokens: Math.round(tok(doc) * 1.1) }, T0 + i * 60_000 + 20_000);
      }
      expect(budgetTaken(st)).toBe(0);
    }
  });
});
