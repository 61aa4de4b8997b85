/**
 * `n` choices are n answers to one prompt (red team R15-2): a smart-reply key asking 3 drafts of
 * ~65 tokens was read as answering 195 tokens to an 80-token prompt, 2.4x, which made its one
 * system prompt around varied messages a harvest wrapper (degraded, n forced to 1). Detection now
 * reads one answer as the choices' share of the completion tokens; quotas still charge them all.
 */
import { describe, expect, it } from "vitest";
import { buildPromptView, extractSignals, newDetectState, observeRequest, observeUsage } from "../../src/detect/index.ts";
import { withExchange } from "../../src/proxy/usage.ts";

const NET = { ip: "203.0.113.9", asn: 64500, country: "NL" };
const T0 = Date.UTC(2026, 10, 2);
const sig = (body: Record<string, unknown>) => extractSignals(buildPromptView("chat", body), NET);
const ask = (extra: Record<string, unknown>) => ({ model: "m", messages: [{ role: "user", content: "Can you send me the slides from yesterday?" }], max_tokens: 180, ...extra });

describe("choices", () => {
  it("the signals and the settled usage carry n for suggestions (n > 1, n x budget under 1,024; best_of too), not for sampling requests", () => {
    expect(sig(ask({ n: 3 })).nc).toBe(3);
    expect(sig(ask({ best_of: 5, n: 2 })).nc).toBe(5); // 5 x 180 = 900
    expect(sig(ask({ n: 3, max_tokens: 341 })).nc).toBe(3); // 1,023
    expect(sig(ask({ n: 2, max_tokens: 512 })).nc).toBeUndefined(); // 1,024: samples, read as one set
    expect(sig(ask({ n: 3, max_tokens: undefined })).nc).toBeUndefined(); // no cap: the default budget
    expect(sig(ask({})).nc).toBeUndefined();
    expect(sig(ask({ n: 1 })).nc).toBeUndefined();
    expect(withExchange({ promptTokens: 80, completionTokens: 195 }, sig(ask({ n: 3 })), undefined).choices).toBe(3);
    expect(withExchange({ promptTokens: 80, completionTokens: 65 }, sig(ask({})), undefined).choices).toBeUndefined();
  });

  it("one answer is the choices' share: three drafts of 65 tokens are answers of 65, three 800-token samples are long answers each", () => {
    const st = newDetectState();
    observeUsage(st, { promptTokens: 80, completionTokens: 195, choices: 3 }, T0);
    expect(st.completionTokens).toBeCloseTo(65, 6);
    expect(st.promptTokens).toBe(80);
    expect(st.longAnswers).toBe(0);
    const h = newDetectState();
    observeUsage(h, { promptTokens: 50, completionTokens: 2400, choices: 3 }, T0);
    expect(h.completionTokens).toBeCloseTo(800, 6);
    expect(h.longAnswers).toBe(1);
    // three samples of 300 tokens are no long answer, though their 900 summed would be one
    const mid = newDetectState();
    observeUsage(mid, { promptTokens: 50, completionTokens: 900, choices: 3 }, T0);
    expect(mid.longAnswers).toBe(0);
    // without choices the sum is one answer
    const one = newDetectState();
    observeUsage(one, { promptTokens: 80, completionTokens: 195 }, T0);
    expect(one.completionTokens).toBe(195);
    // trivial answers are read per choice too: 3 labels of 20 tokens (60 summed would not be one)
    const labels = newDetectState();
    observeUsage(labels, { promptTokens: 80, completionTokens: 60, choices: 3 }, T0);
    expect(labels.trivialAnswers).toBe(1);
  });
});

/**
 * Samples that prove to be variants (red team R52-6): an ad-copy product asking for 4 versions
 * (`n` 4, `max_tokens` 300: 1,200 sampled tokens, past the suggestions cut) was read as a hard
 * sampling signal on every request and degraded, one variant each. Once the key's settled samples
 * average under SHORT_SAMPLE.tokens each, over SHORT_SAMPLE.minChoices of them, its `n` is read as
 * suggestions: not hard, and only the suggestions' share of the parameter score.
 */
describe("samples that prove to be variants (red team R52-6)", () => {
  const variants = ask({ n: 4, max_tokens: 300 });
  it("the signals mark samples that are the only hard parameter, and the settled usage carries them", () => {
    const s = sig(variants);
    expect([s.hp, s.sn, s.snp, s.nc]).toEqual([1, 4, 0.35, undefined]); // 0.5 as samples, 0.15 as suggestions
    expect(sig(ask({ n: 2, max_tokens: 600 })).snp).toBe(0.2); // 0.35 - 0.15
    expect(sig(ask({ n: 4, max_tokens: 300, logprobs: true, top_logprobs: 5 })).sn).toBeUndefined(); // logprobs are hard of their own
    expect(sig(ask({ n: 3 })).sn).toBeUndefined(); // suggestions
    expect(withExchange({ promptTokens: 90, completionTokens: 560 }, s, undefined).samples).toBe(4);
    expect(withExchange({ promptTokens: 90, completionTokens: 560 }, sig(ask({ n: 3 })), undefined).samples).toBeUndefined();
  });
  /** A key's state after one settled request of `n` samples taking `tokens`, then one more request. */
  const after = (n: number, tokens: number) => {
    const st = newDetectState();
    observeUsage(st, { promptTokens: 90, completionTokens: tokens, samples: n }, T0);
    const before = { hard: st.hardParams, ps: st.paramScoreSum, shaped: st.harvestShaped };
    observeRequest(st, sig(variants), T0 + 60_000);
    return { hard: st.hardParams - before.hard, ps: st.paramScoreSum - before.ps, shaped: st.harvestShaped - before.shaped };
  };
  it("after 4 samples of 140 tokens, the next request's n is not hard and scores as suggestions", () => {
    const fresh = newDetectState();
    observeRequest(fresh, sig(variants), T0);
    expect([fresh.hardParams, fresh.harvestShaped]).toEqual([1, 1]);
    const full = fresh.paramScoreSum;
    const v = after(4, 560);
    expect(v.hard).toBe(0);
    expect(v.shaped).toBe(0);
    expect(v.ps).toBeCloseTo(full - 0.35, 6);
  });
  it("samples of 256 tokens or more each, or fewer than 4 settled, keep n hard", () => {
    expect(after(4, 4 * 256).hard).toBe(1);
    expect(after(4, 4 * 256 - 1).hard).toBe(0);
    expect(after(3, 3 * 100).hard).toBe(1); // 3 samples: not yet read
    expect(after(4, 4 * 800).hard).toBe(1); // rejection sampling: long samples
  });
  it("a share of sampled tokens, not a mean over samples: tiny padding samples hide no long ones (red team R54-2)", () => {
    const st = newDetectState();
    // one request of 64 samples of 5 tokens beside one of 8 samples of 400: the mean per sample is
    // 48, but 3,200 of the 3,520 sampled tokens came in long samples
    observeUsage(st, { promptTokens: 40, completionTokens: 64 * 5, samples: 64 }, T0);
    observeUsage(st, { promptTokens: 40, completionTokens: 8 * 400, samples: 8 }, T0);
    expect([st.sampleChoices, st.sampleTokens, st.sampleLongTokens]).toEqual([72, 3520, 3200]);
    observeRequest(st, sig(variants), T0);
    expect(st.hardParams).toBe(1);
    // 1,200 tokens in long samples (4 x 300) beside `short` tokens in 8 short ones
    const beside = (short: number) => {
      const x = newDetectState();
      observeUsage(x, { promptTokens: 40, completionTokens: short, samples: 8 }, T0);
      observeUsage(x, { promptTokens: 40, completionTokens: 4 * 300, samples: 4 }, T0);
      observeRequest(x, sig(variants), T0);
      return x.hardParams;
    };
    expect(beside(8 * 150)).toBe(1); // half the tokens in long samples is not less than half
    expect(beside(8 * 151)).toBe(0); // less than half: variants
  });
  it("the share is over every settled sample: long ones after short ones bring n back to hard", () => {
    const st = newDetectState();
    observeUsage(st, { promptTokens: 90, completionTokens: 4 * 100, samples: 4 }, T0);
    observeUsage(st, { promptTokens: 90, completionTokens: 4 * 1000, samples: 4 }, T0 + 1000); // mean 550
    const h = st.hardParams;
    observeRequest(st, sig(variants), T0 + 60_000);
    expect(st.hardParams - h).toBe(1);
  });
});
