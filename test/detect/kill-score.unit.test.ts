/**
 * Exact tests of the scoring of a detection state (src/detect/score.ts), written against the
 * mutants the scenario and golden tests left alive (docs/mutation-detect.md). States are built by
 * hand, field by field, so each test sets exactly what the feature under test reads; values are
 * chosen where the arithmetic is exact (a cut-off met with equality, a factor of 0.5).
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_CONFIG, type DetectionConfig, parseDetectionConfig } from "../../src/detect/config.ts";
import { assess, features, sustained } from "../../src/detect/score.ts";
import { hllAdd, hllCount, hllNew } from "../../src/detect/sketch.ts";
import { type DetectState, EPISODE_GAP_MS, episodeNovel, newDetectState, observeRequest } from "../../src/detect/state.ts";
import { plainSignals } from "./helpers.ts";
import { WEIGHTS as W } from "../../src/detect/weights.ts";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 0, 15, 0, 0, 0);

/** A key seen for 10 days, `w` requests of weight w, updated now; nothing else set. */
function base(w = 100): DetectState {
  const st = newDetectState();
  st.updatedMs = NOW;
  st.firstSeenMs = NOW - 10 * DAY;
  st.lastMs = NOW;
  st.requests = w;
  st.weight = w;
  return st;
}
/** Every request single-turn, over all 32 topics evenly (div = 1). */
function sweeping(st: DetectState): DetectState {
  st.singleTurn = st.weight;
  st.topics = st.topics.map(() => st.weight / 32);
  return st;
}
/** Machine pace: 9 gaps of one second (intensity 1; timing is read from 10 gaps). */
function fast(st: DetectState): DetectState {
  st.gaps = 9;
  st.gapLogMean = 0;
  return st;
}
const feat = (st: DetectState, id: string, now = NOW) => features(st, now).feats.find((x) => x.id === id);
const cfg = (over: Partial<DetectionConfig>): DetectionConfig => ({ ...DEFAULT_DETECTION_CONFIG, ...over });
const distinct = (regs: string, n: number, salt = 0) => {
  for (let i = 0; i < n; i++) regs = hllAdd(regs, (i + 1) * 2654435761 + salt);
  return regs;
};

describe("harvest value (hv) read by coverage", () => {
  it("from the mean completion: (cMean - 300) / 900", () => {
    const st = fast(sweeping(base()));
    st.settled = 4;
    st.completionTokens = 3000; // 750 a request: hv 0.5
    st.promptTokens = 100_000; // ratio far under 0.4
    expect(feat(st, "coverage")!.p).toBeCloseTo(W.coverage.w * (0.2 + 0.8 * 0.5), 12);
  });
  it("from embeddings in bulk, from 3 requests: the embeddings share x inputs per request / 32", () => {
    const st = fast(sweeping(base(3)));
    st.embedRequests = 3;
    st.embedItems = 72; // 24 a request: 0.75 (over the 0.6 default)
    expect(feat(st, "coverage")!.p).toBeCloseTo(W.coverage.w * (0.2 + 0.8 * 0.75), 12);
  });
});

describe("daily rate", () => {
  it("the decayed weight read as a daily rate scales with the half-life (w ln 2 / H days)", () => {
    const st = sweeping(base(1000));
    st.requests = 100_000;
    st.halfLifeMs = 2 * DAY;
    const why = feat(st, "coverage")!.why;
    expect(why).toContain(`~${Math.round((1000 * Math.LN2) / 2)} requests/day`);
  });
  it("a sustained 2,000 requests a day is full volume (act 1 without machine pace)", () => {
    const st = sweeping(base(2000 / Math.LN2));
    st.requests = 20_000;
    // no gaps: intensity 0.5, so without the volume act would be 0.25
    expect(feat(st, "coverage")!.p).toBeCloseTo(W.coverage.w * (0.2 + 0.8 * 0.6), 12);
  });
});

describe("harvest-subset", () => {
  const harvest = (hs: number, budget: number, w: number, requests: number) => {
    const st = base(w);
    st.requests = requests;
    st.harvestShaped = hs;
    st.budgetOnlyHarvest = budget;
    st.harvestTopics = st.harvestTopics.map((_, i) => (i < 8 ? 1 : 0));
    return st;
  };
  it("budget-only requests add to the effective count and the rate at volume", () => {
    const st = harvest(5, 10, 100, 100_000); // rate/day ~ 69 ... volG from perDay
    const rateDay = Math.min((100 * Math.LN2) / 1, 100_000 / 10);
    const volG = Math.min(1, Math.max(0, Math.log10(rateDay / 30)));
    const srEff = 5 * Math.max(volG, 0.6) + 10 * volG;
    const rate = (5 + 10 * volG) / 100;
    const p = W["harvest-subset"].w * Math.min(1, rate / 0.25) * 1 * (1 - Math.exp(-srEff / 8));
    expect(volG).toBeGreaterThan(0.3);
    expect(rate).toBeLessThan(0.25);
    expect(feat(st, "harvest-subset")!.p).toBeCloseTo(p, 12);
  });
  it("an effective count of exactly 2 is enough", () => {
    const st = harvest(10 / 3, 0, 10, 10); // volG 0: 10/3 x 0.6 = 2
    expect(feat(st, "harvest-subset")).toBeDefined();
  });
});

describe("features at zero are not listed", () => {
  it("unreadable input at no pace or volume", () => {
    const st = base();
    st.unreadable = 50;
    st.gaps = 10;
    st.gapLogMean = Math.log(3600); // an hour apart: intensity 0
    expect(features(st, NOW).feats.map((x) => x.id)).not.toContain("unreadable");
  });
  it("429s with no fast retry", () => {
    const st = base();
    st.limited = 3;
    expect(features(st, NOW).feats.map((x) => x.id)).not.toContain("retry");
  });
});

describe("tool sets", () => {
  const tools = (requests: number, sets: number) => {
    const st = base();
    st.toolRequests = requests;
    st.toolSets = distinct(hllNew(6), sets);
    return st;
  };
  it("read from 8 requests with tools, not 7", () => {
    expect(feat(tools(7, 7), "toolsets")).toBeUndefined();
    expect(feat(tools(8, 8), "toolsets")).toBeDefined();
  });
  it("a few sets over many requests: scaled by the share of requests that brought a new one (/ 0.1)", () => {
    const st = tools(100, 7);
    const sets = hllCount(st.toolSets);
    expect(sets / 100).toBeLessThan(0.1);
    expect(feat(st, "toolsets")!.p).toBeCloseTo(W.toolsets.w * Math.min(1, (sets - 4) / 16) * (sets / 100 / 0.1), 12);
  });
});

describe("embeddings", () => {
  it("inputs a day: decayed items x ln 2 / H days; the embed feature and its explanation", () => {
    const st = base(6);
    st.halfLifeMs = 2 * DAY;
    st.embedRequests = 3;
    st.embedItems = 72_000;
    const now = NOW + 2 * DAY; // one half-life: f = 0.5
    const itemsDay = (72_000 * 0.5 * Math.LN2) / 2;
    const e = feat(st, "embed", now)!;
    expect(e.p).toBeCloseTo(W.embed.w * 0.5 * (Math.log10(itemsDay / 1000) / 2), 12);
    expect(e.why).toBe(`embeds ~${Math.round(itemsDay)} inputs/day (50% of requests are embeddings)`);
  });
  it("mixed batches: their share over 0.2 (/ 0.5), times the embeddings share and the requests (/ 30); the explanation", () => {
    const st = base(6);
    st.embedRequests = 3;
    st.embedItems = 30;
    st.embedMixed = 1.5;
    const m = feat(st, "mixed-batches")!;
    expect(m.p).toBeCloseTo(W["mixed-batches"].w * 0.5 * ((0.5 - 0.2) / 0.5) * (3 / 30), 12);
    expect(m.why).toBe("50% of embeddings batches mix three or more scripts");
  });
  it("nothing from embeddings under 3 requests, however mixed", () => {
    const st = base(2);
    st.embedRequests = 2;
    st.embedItems = 20;
    st.embedMixed = 2;
    const ids = features(st, NOW).feats.map((x) => x.id);
    expect(ids).not.toContain("mixed-batches");
    expect(ids).not.toContain("embed");
  });
});

describe("bias-sweep", () => {
  const biased = () => {
    const st = base();
    st.biasRequests = 40;
    st.biasSets = distinct(hllNew(6), 30, 7);
    st.biasPayloads = distinct(hllNew(6), 4, 11);
    st.biasPairs = distinct(hllNew(6), 4, 11);
    st.biasTop = [];
    return st;
  };
  it("a prompt sent with all 32 maps bits reads as 128 maps per prompt", () => {
    const st = biased();
    st.biasTop = [[1, 40, 0xffffffff]];
    const b = feat(st, "bias-sweep")!;
    expect(b.why).toBe(`~${Math.round(hllCount(st.biasSets))} distinct logit_bias maps, ~128.0 per prompt`);
    expect(b.hard).toBe(true);
  });
  it("(per - 1.5) / 3; under 0.5 it is not hard", () => {
    const st = biased();
    // 3 maps per prompt from the top entry: -32 ln(1 - k/32) = 3 for no integer k; use the pairs
    st.biasPairs = distinct(hllNew(6), 12, 11);
    const per = hllCount(st.biasPairs) / hllCount(st.biasPayloads);
    const sets = hllCount(st.biasSets);
    expect(per).toBeGreaterThan(1.5);
    expect(per).toBeLessThan(4.5);
    const b = feat(st, "bias-sweep")!;
    const p = W["bias-sweep"].w * Math.min(1, (sets - 4) / 16) * ((per - 1.5) / 3);
    expect(p).toBeLessThan(0.5);
    expect(b.p).toBeCloseTo(p, 12);
    expect(b.hard).toBe(false);
  });
});

describe("amplify", () => {
  const amp = () => {
    const st = fast(base());
    st.settled = 3;
    st.promptTokens = 300;
    st.completionTokens = 30_000; // 100x billed, 10,000 tokens each
    st.promptChars = 1000;
    st.systemChars = 500; // half of the prompt is the (cached) system prompt
    return st;
  };
  it("at machine pace the ratio is over what the requests add (less history and system prompt); both ratios explained", () => {
    const a = feat(amp(), "amplify")!;
    expect(a.p).toBeCloseTo(W.amplify.w, 12);
    expect(a.why).toBe("completions 200x the prompt (100x billed, 200x what the requests add beside history read back), 10000 tokens each on average");
  });
  it("with nothing read back the billed ratio is explained alone", () => {
    const st = amp();
    st.systemChars = 0;
    expect(feat(st, "amplify")!.why).toBe("completions 100x the prompt, 10000 tokens each on average");
  });
  it("a reason read after the state moved on says what was assessed (reasons are formatted when read)", () => {
    const st = amp();
    st.systemChars = 0;
    const a = feat(st, "amplify")!;
    st.completionTokens = 60_000; // the key's next answers, settled before anyone read the reason
    st.settled = 4;
    expect(a.why).toBe("completions 100x the prompt, 10000 tokens each on average");
    const t = base();
    t.toolRequests = 100;
    t.toolSets = distinct(hllNew(6), 7);
    const ts = feat(t, "toolsets")!;
    t.toolRequests = 500;
    expect(ts.why).toMatch(/ in 100 requests with tools$/);
  });
  it("assess upgrades a state from before systemChars (else the ratio is NaN and the feature lost)", () => {
    const st = amp();
    st.systemChars = 0;
    delete (st as unknown as Record<string, unknown>).systemChars;
    const a = assess(st, NOW, DEFAULT_DETECTION_CONFIG);
    expect(st.systemChars).toBe(0);
    expect(a.reasons.some((r) => r.includes("[amplify 0.70]"))).toBe(true);
  });
});

describe("timing", () => {
  it("an hour counts as active from 1/48 of the total (>=): 21 active hours", () => {
    const st = base();
    st.gaps = 10;
    st.gapLogVar = 0; // sd 0: regular
    st.hours = st.hours.map((_, i) => (i < 20 ? 1 : i === 20 ? 28 : 0)); // total 48: 1 is exactly 1/48
    const t = feat(st, "timing")!;
    expect(t.p).toBeCloseTo(W.timing.w * (0.5 + 0.5 * ((21 - 14) / 8)), 12);
    expect(t.why).toBe("machine-regular gaps (sd ln-gap 0.00), active 21/24 hours");
  });
});

describe("wrapper kinds in the explanation", () => {
  for (const [k, name] of [["S", "system prompt"], ["P", "prompt prefix"], ["X", "prompt suffix"]] as const) {
    it(`${k}: ${name}`, () => {
      const st = fast(sweeping(base()));
      st.payloads = distinct(hllNew(8), 100);
      st.wrappers = [{ k, h: k === "S" ? "0123456789abcdef" : "01234567", c: 100 }];
      expect(feat(st, "wrapper")!.why.startsWith(`one ${name} wraps 100% of requests`)).toBe(true);
    });
  }
});

describe("listing cut-offs met with equality", () => {
  it("a feature of exactly 0.01 is not kept; 0.05 is listed among the reasons", () => {
    const st = fast(base());
    st.paramScoreSum = 2; // ps 0.02 at intensity 1: 0.5 x 0.02 = 0.01
    expect(feat(st, "params")).toBeUndefined();
    st.paramScoreSum = 10; // 0.05
    const a = assess(st, NOW, DEFAULT_DETECTION_CONFIG);
    expect(a.reasons).toEqual(["output-maximising parameters (avg score 0.10, n>1/logprobs in 0%) [params 0.05]"]);
  });
  it("linkage of exactly 0.05 (after shrinkWeak) is listed", () => {
    const st = base();
    st.link = 0.1224744871391589; // shrinkWeak: x^2 / 0.3 = 0.05 exactly
    st.linkMs = NOW;
    st.linkReason = "shared wrapper";
    expect(assess(st, NOW, DEFAULT_DETECTION_CONFIG).reasons).toEqual(["shared wrapper [linkage 0.05]"]);
  });
});

describe("standing", () => {
  /** A key with `w` requests' weight, one hidden-reasoning ask each (a hard extract feature) if
   *  `hidden`, in a day-long episode of new payloads (sustained volume). */
  const key = (w: number, hidden: boolean) => {
    const st = base(w);
    st.requests = 200;
    st.payloads = distinct(hllNew(8), 200);
    st.episodeRequests = 200;
    st.episodeHours = 24;
    if (hidden) st.hiddenReasoningAsks = w;
    st.seed = 1000; // jitter 0
    return st;
  };
  const withLink = (st: DetectState, x: number) => {
    st.link = x;
    st.linkMs = NOW;
    st.linkReason = "linked";
    return st;
  };
  it("evidence is the decayed weight: 6 a half-life ago is 3, under minEvidence 4", () => {
    const st = withLink(key(6, true), 0.45);
    st.updatedMs = NOW - DAY;
    expect(assess(st, NOW, cfg({ jitter: 0 })).standing).toBe("allow");
    const fresh = withLink(key(6, true), 0.45);
    expect(assess(fresh, NOW, cfg({ jitter: 0 })).standing).not.toBe("allow");
  });
  it("a weight of exactly minEvidence is enough", () => {
    const st = withLink(key(4, true), 0.45);
    expect(assess(st, NOW, cfg({ jitter: 0 })).standing).toBe("challenge");
  });
  it("linkage of exactly throttleAt is enough evidence on its own", () => {
    const st = withLink(key(1, false), 0.5);
    expect(assess(st, NOW, cfg({ jitter: 0 })).standing).toBe("degrade");
  });
  it("linkage is no hard signal: however strong, alone it stops at challenge; with the key's own hard signal it blocks (red team R55-3)", () => {
    for (const lk of [0.6, 1]) expect(assess(withLink(key(0, false), lk), NOW, cfg({ jitter: 0, convergeChannels: 1, blockAt: 0.6 })).standing).toBe("challenge");
    expect(assess(withLink(key(10, true), 0.6), NOW, cfg({ jitter: 0, convergeChannels: 1, blockAt: 0.6 })).standing).toBe("block");
  });
  it("a score of exactly the block cut-off blocks", () => {
    const st = withLink(key(10, true), 0.5);
    const s0 = assess(st, NOW, cfg({ jitter: 0, convergeChannels: 1 })).score;
    expect(s0).toBeGreaterThan(0.6);
    expect(assess(st, NOW, cfg({ jitter: 0, convergeChannels: 1, blockAt: s0 })).standing).toBe("block");
    st.peakScore = 0;
    st.standing = "allow";
    expect(assess(st, NOW, cfg({ jitter: 0, convergeChannels: 1, blockAt: s0 + 0.001 })).standing).toBe("challenge");
  });
  it("the jitter moves the block cut-off up as well (seed 2000: +0.03)", () => {
    const st = withLink(key(0, false), 0.9);
    st.seed = 2000;
    expect(assess(st, NOW, cfg({ convergeChannels: 1 })).standing).toBe("challenge");
  });
  it("drive evidence of exactly the converge floor counts as driven", () => {
    const st = withLink(key(200, true), 0.9);
    const a = assess(st, NOW, cfg({ jitter: 0, convergeFloor: 0.9 }));
    expect(a.channels.drive).toBe(0.9);
    expect(a.standing).toBe("block");
  });
  it("stepping down needs the score below the level's cut-off minus the hysteresis, strictly", () => {
    const st = base(0);
    st.standing = "throttle";
    st.standingMs = NOW - 2 * 3600_000;
    // cut-off 0.15 - hysteresis 0.15 = 0: a score of 0 is not below it
    expect(assess(st, NOW, cfg({ jitter: 0, throttleAt: 0.15, hysteresis: 0.15 })).standing).toBe("throttle");
    expect(assess(st, NOW, cfg({ jitter: 0, throttleAt: 0.16, hysteresis: 0.15 })).standing).toBe("allow");
  });
});

describe("cot weighed by the answers' length", () => {
  /** Every request a single-turn step-by-step ask, `settled` answers of `mean` tokens. */
  const asking = (settled: number, mean: number): DetectState => {
    const st = base();
    st.singleTurn = st.weight;
    st.stepByStepAsks = st.weight;
    st.settled = settled;
    st.completionTokens = settled * mean;
    st.promptTokens = settled * 50;
    return st;
  };
  it("in full before 3 answers, and from 700 tokens an answer; 0.4 of it at 300 or less, linear between", () => {
    expect(feat(asking(2, 100), "cot")?.p).toBeCloseTo(W.cot.w, 12);
    expect(feat(asking(10, 700), "cot")?.p).toBeCloseTo(W.cot.w, 12);
    expect(feat(asking(10, 2000), "cot")?.p).toBeCloseTo(W.cot.w, 12);
    expect(feat(asking(10, 300), "cot")?.p).toBeCloseTo(W.cot.w * 0.4, 12);
    expect(feat(asking(10, 100), "cot")?.p).toBeCloseTo(W.cot.w * 0.4, 12);
    expect(feat(asking(10, 500), "cot")?.p).toBeCloseTo(W.cot.w * (0.4 + 0.6 * 0.5), 12);
    // 3 answers are enough to read
    expect(feat(asking(3, 300), "cot")?.p).toBeCloseTo(W.cot.w * 0.4, 12);
  });
});

describe("challenge needs drive evidence or a hard signal (DetectionConfig.challengeNeedsDrive)", () => {
  /** A product-shaped key: step-by-step asks (extract, soft) over every topic at machine pace
   *  (novelty), a sustained episode of new payloads; drive from `link` only; hidden-reasoning asks
   *  on `hidden` of its requests (hard from 0.25). */
  const product = (link = 0, hidden = 0) => {
    const st = fast(sweeping(base(100)));
    st.requests = 100; // under blockMinRequests: challenge is the top
    st.seed = 1000; // jitter 0
    st.stepByStepAsks = 100;
    st.hiddenReasoningAsks = hidden * 100;
    st.payloads = distinct(hllNew(8), 40);
    st.episodeDistinct = hllCount(st.payloads) - 20;
    st.episodeRequests = 20;
    st.episodeHours = 3;
    if (link > 0) {
      st.link = link;
      st.linkMs = NOW;
      st.linkReason = "linked";
    }
    return st;
  };
  const c = cfg({ jitter: 0 });
  it("is on by default, and true or false only: anything else is refused, naming the field", () => {
    expect(DEFAULT_DETECTION_CONFIG.challengeNeedsDrive).toBe(true);
    expect(parseDetectionConfig({ challengeNeedsDrive: false })).toMatchObject({ ok: true, value: { challengeNeedsDrive: false } });
    expect(parseDetectionConfig({ challengeNeedsDrive: true })).toMatchObject({ ok: true, value: { challengeNeedsDrive: true } });
    for (const bad of [0, 1, "false", null]) expect(parseDetectionConfig({ challengeNeedsDrive: bad })).toMatchObject({ ok: false, field: "challengeNeedsDrive" });
  });
  it("extract and novelty converging without drive evidence stop at degrade; the same key is challenged when the rule is off", () => {
    const a = assess(product(), NOW, c);
    expect(a.channels.extract).toBeGreaterThanOrEqual(0.25);
    expect(a.channels.novelty).toBeGreaterThanOrEqual(0.25);
    expect(a.channels.drive).toBeLessThan(0.25);
    expect(a.score).toBeGreaterThanOrEqual(0.6);
    expect(a.standing).toBe("degrade");
    expect(assess(product(), NOW, cfg({ jitter: 0, challengeNeedsDrive: false })).standing).toBe("challenge");
  });
  it("drive evidence at the converge floor challenges; just under it does not", () => {
    // linkage is drive evidence (weak links shrunk: 0.35 reads as ~0.3); the floor is then set at
    // exactly the channel's strength, and a thousandth over it
    const at = assess(product(0.35), NOW, c);
    expect(at.channels.drive).toBeGreaterThanOrEqual(0.25);
    expect(at.standing).toBe("challenge");
    const floor = at.channels.drive;
    expect(assess(product(0.35), NOW, cfg({ jitter: 0, convergeFloor: floor })).standing).toBe("challenge");
    expect(assess(product(0.35), NOW, cfg({ jitter: 0, convergeFloor: floor + 0.001 })).standing).toBe("degrade");
    expect(assess(product(0.2), NOW, c).channels.drive).toBeLessThan(0.25);
    expect(assess(product(0.2), NOW, c).standing).toBe("degrade");
  });
  it("a hard extraction signal challenges without drive evidence: hidden-reasoning asks on a quarter of the requests, not on fewer", () => {
    expect(assess(product(0, 0.25), NOW, c).standing).toBe("challenge");
    const under = assess(product(0, 0.24), NOW, c);
    expect(under.score).toBeGreaterThanOrEqual(0.6);
    expect(under.standing).toBe("degrade");
  });
  it("is ignored when one channel is enough (convergeChannels 1)", () => {
    expect(assess(product(), NOW, cfg({ jitter: 0, convergeChannels: 1 })).standing).toBe("challenge");
  });
});

describe("unreadable input as drive evidence: token IDs, not images or documents (red team R52-1)", () => {
  /** Every request unreadable at weight 1 (token IDs) or 0.5 (media without text), at machine pace. */
  const unread = (tokenIds: number, media: number) => {
    const st = fast(base(100));
    st.unreadable = tokenIds + 0.5 * media;
    st.tokenIdPrompts = tokenIds;
    return st;
  };
  const c = cfg({ jitter: 0 });
  it("token-ID prompts put the unreadable feature in the drive channel; media alone puts it in none, and it still counts in the score", () => {
    const ids = assess(unread(100, 0), NOW, c);
    const media = assess(unread(0, 100), NOW, c);
    expect(feat(unread(0, 100), "unreadable")!.p).toBeGreaterThan(0.2);
    expect(ids.channels.drive).toBeGreaterThanOrEqual(0.25);
    expect(media.channels.drive).toBe(0);
    expect(media.score).toBeGreaterThan(0.2);
    expect(media.channels.extract).toBe(0);
    expect(media.channels.novelty).toBe(0);
  });
  it("a mix counts the token-ID share of the unreadable weight: half of it token IDs, half the drive", () => {
    // weighted 25 + 25: half of the unreadable weight is token IDs
    const half = assess(unread(25, 50), NOW, c);
    const all = unread(25, 50);
    all.tokenIdPrompts = all.unreadable; // the same weight, all of it token IDs
    const whole = assess(all, NOW, c);
    expect(half.score).toBe(whole.score); // the score does not change
    expect(half.channels.drive).toBeGreaterThan(0);
    expect(half.channels.drive).toBeLessThan(whole.channels.drive);
    // more token IDs than the weight (rounding of decayed counters) count as all of it
    all.tokenIdPrompts = 2 * all.unreadable;
    expect(assess(all, NOW, c).channels.drive).toBe(whole.channels.drive);
  });
  it("observeRequest counts a token-ID prompt (ur 3) in both, an image-only one (ur 2) in the unreadable weight only", () => {
    const st = newDetectState();
    observeRequest(st, plainSignals({ ph: 1, ur: 3 }), NOW);
    observeRequest(st, plainSignals({ ph: 2, ur: 2 }), NOW + 1);
    observeRequest(st, plainSignals({ ph: 3, ur: 1 }), NOW + 2);
    expect(st.unreadable).toBeCloseTo(1 + 0.5 + 0.25, 9);
    expect(st.tokenIdPrompts).toBeCloseTo(1, 9);
  });
});

describe("sustained volume (DetectionConfig.sustainHours)", () => {
  /** A key whose evidence reaches challenge on two channels (hidden-reasoning asks, linkage under
   *  throttleAt), in an episode of `hours` counted hours whose 20 requests are `fresh` new payloads,
   *  after `earlier` novel episodes. */
  const challenged = (hours: number, link = 0.45, fresh = 20, earlier = 0) => {
    const st = base(100);
    st.requests = 100; // under blockMinRequests: challenge is the top
    st.hiddenReasoningAsks = 100;
    st.seed = 1000; // jitter 0
    st.link = link;
    st.linkMs = NOW;
    st.linkReason = "linked";
    st.payloads = distinct(hllNew(8), 40);
    st.episodeDistinct = hllCount(st.payloads) - fresh;
    st.episodeRequests = 20;
    st.episodeHours = hours;
    st.novelEpisodes = earlier;
    return st;
  };
  const c = cfg({ jitter: 0 });
  it("sustainHours is a number of hours from 0 to 24: anything else is refused, naming the field", () => {
    expect(parseDetectionConfig({ sustainHours: 24 })).toMatchObject({ ok: true, value: { sustainHours: 24 } });
    expect(parseDetectionConfig({ sustainHours: 0 })).toMatchObject({ ok: true, value: { sustainHours: 0 } });
    for (const bad of [-1, 24.5, "3", null, Number.NaN]) expect(parseDetectionConfig({ sustainHours: bad })).toMatchObject({ ok: false, field: "sustainHours" });
  });
  it("below sustainHours of its episode a key stops at degrade; at exactly sustainHours it is challenged", () => {
    expect(assess(challenged(2), NOW, c).standing).toBe("degrade");
    expect(assess(challenged(3), NOW, c).standing).toBe("challenge");
    expect(assess(challenged(2), NOW, cfg({ jitter: 0, sustainHours: 2 })).standing).toBe("challenge");
    // 0 turns the rule off
    expect(assess(challenged(0), NOW, cfg({ jitter: 0, sustainHours: 0 })).standing).toBe("challenge");
    // hours spread over the clock's day count for nothing (red team R44-3)
    const clock = challenged(1);
    clock.hours = clock.hours.map(() => 100 / 24);
    expect(assess(clock, NOW, c).standing).toBe("degrade");
  });
  it("a key whose requests are half or more embeddings needs the drive channel to be challenged (red team R49-5, R49-6)", () => {
    // extract alone converges here (convergeChannels 1), no linkage: no drive evidence
    const one = cfg({ jitter: 0, convergeChannels: 1 });
    const embedding = (share: number, link = 0) => {
      const st = challenged(3, link);
      st.embedRequests = share * st.weight;
      return st;
    };
    expect(assess(embedding(0), NOW, one).standing).toBe("challenge");
    expect(assess(embedding(0.5), NOW, one).standing).toBe("degrade");
    expect(assess(embedding(0.499), NOW, one).standing).toBe("challenge");
    expect(assess(embedding(1), NOW, one).standing).toBe("degrade");
    // with drive evidence (linkage over the converge floor) it is challenged as any key is
    const driven = assess(embedding(1, 0.45), NOW, one);
    expect(driven.channels.drive).toBeGreaterThanOrEqual(0.25);
    expect(driven.standing).toBe("challenge");
  });
  it("linkage at throttleAt sustains a burst (a group of keys keeps it going); just under does not", () => {
    expect(assess(challenged(1, 0.5), NOW, c).standing).toBe("challenge");
    expect(assess(challenged(1, 0.499), NOW, c).standing).not.toBe("challenge");
  });
  it("a novel episode after an earlier one sustains a burst; an episode that brings nothing new never is", () => {
    expect(sustained(challenged(1, 0.45, 20, 0.1), 3)).toBe(true);
    expect(assess(challenged(1, 0.45, 20, 0.1), NOW, c).standing).toBe("challenge");
    expect(sustained(challenged(1, 0.45, 20, 0.099), 3)).toBe(false);
    expect(assess(challenged(1, 0.45, 20, 0.099), NOW, c).standing).toBe("degrade");
    // a re-run of a fixed set: however long, however many runs before
    expect(sustained(challenged(24, 0.45, 0, 1), 3)).toBe(false);
    expect(assess(challenged(24, 0.45, 0, 1), NOW, c).standing).toBe("degrade");
  });
  it("an episode is novel from 8 requests, half of them new payloads", () => {
    const st = base();
    st.payloads = distinct(hllNew(8), 100);
    const all = hllCount(st.payloads);
    st.episodeRequests = 8;
    st.episodeDistinct = all - 4; // 4 new of 8: exactly half
    expect(episodeNovel(st)).toBe(true);
    st.episodeDistinct = all - 3.9;
    expect(episodeNovel(st)).toBe(false);
    st.episodeDistinct = all - 8;
    st.episodeRequests = 7.9;
    expect(episodeNovel(st)).toBe(false);
  });
  it("a pause of EPISODE_GAP_MS closes an episode of 8 requests or more, counting it when it was novel; a shorter pause does not", () => {
    const st = newDetectState();
    let t = NOW;
    for (let i = 0; i < 8; i++) observeRequest(st, plainSignals({ ph: 1000 + i }), (t += 1000));
    expect(st.episodeRequests).toBe(8);
    expect(st.episodeStartMs).toBe(NOW + 1000);
    observeRequest(st, plainSignals({ ph: 2000 }), (t += EPISODE_GAP_MS - 1));
    expect(st.episodeRequests).toBe(9);
    expect(st.novelEpisodes).toBe(0);
    observeRequest(st, plainSignals({ ph: 2001 }), (t += EPISODE_GAP_MS));
    expect(st.novelEpisodes).toBe(1);
    expect(st.episodeRequests).toBe(1);
    expect(st.episodeStartMs).toBe(t);
    // the distinct payloads when the episode began (the 9 of the first; 2001 came after)
    let first = hllNew(8);
    for (const h of [1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 2000]) first = hllAdd(first, h);
    expect(st.episodeDistinct).toBe(hllCount(first));
    expect(hllCount(st.payloads)).toBeGreaterThan(st.episodeDistinct);
    // then 8 payloads sent before: 1 new of 9, not novel; the count only decays
    for (let i = 0; i < 8; i++) observeRequest(st, plainSignals({ ph: 1000 + i }), (t += 1000));
    observeRequest(st, plainSignals({ ph: 1000 }), (t += EPISODE_GAP_MS));
    expect(st.novelEpisodes).toBeLessThan(1);
    expect(st.novelEpisodes).toBeGreaterThan(0.9);
  });
  it("a state stored before episodes were kept begins one at its next request, with what it had as not new", () => {
    const st = newDetectState();
    for (let i = 0; i < 50; i++) observeRequest(st, plainSignals({ ph: 5000 + i }), NOW + i * 1000);
    // as decoded from a snapshot without the episode fields
    Object.assign(st, { episodeRequests: 0, episodeDistinct: 0, episodeStartMs: 0, episodeHour: 0, episodeHourRequests: 0, episodeHours: 0 });
    const t = NOW + 60_000;
    observeRequest(st, plainSignals({ ph: 5000 }), t);
    expect(st.episodeStartMs).toBe(t);
    expect(st.episodeDistinct).toBeGreaterThan(40);
    expect(st.novelEpisodes).toBe(0);
    for (let i = 1; i < 10; i++) observeRequest(st, plainSignals({ ph: 5000 + i }), t + i * 1000);
    expect(episodeNovel(st)).toBe(false); // 10 payloads sent before
  });
  it("an episode of under 8 requests goes on after a pause (red team R44's a4: 7-request bursts an hour apart)", () => {
    const st = newDetectState();
    let t = NOW;
    for (let i = 0; i < 7; i++) observeRequest(st, plainSignals({ ph: 1000 + i }), (t += 1000));
    observeRequest(st, plainSignals({ ph: 2000 }), (t += 2 * EPISODE_GAP_MS));
    expect(st.episodeRequests).toBe(8);
    expect(st.episodeStartMs).toBe(NOW + 1000);
    expect(episodeNovel(st)).toBe(true);
  });
  it("an hour of the episode counts from its first request and from EPISODE_HOUR_MIN requests in it", () => {
    const st = newDetectState();
    const start = NOW + 30 * 60_000; // half past: the episode's hours are not the clock's
    for (let i = 0; i < 4; i++) observeRequest(st, plainSignals({ ph: 1 + i }), start + i * 1000);
    expect(st.episodeHours).toBe(1);
    // its second hour: 3 requests do not count it, the 4th does; more change nothing
    for (let i = 0; i < 3; i++) observeRequest(st, plainSignals({ ph: 10 + i }), start + 3_600_000 + i * 1000);
    expect(st.episodeHours).toBe(1);
    observeRequest(st, plainSignals({ ph: 20 }), start + 3_600_000 + 5000);
    expect(st.episodeHours).toBe(2);
    observeRequest(st, plainSignals({ ph: 21 }), start + 3_600_000 + 6000);
    expect(st.episodeHours).toBe(2);
    // 59 minutes after the episode began is still its first hour
    const again = newDetectState();
    for (let i = 0; i < 4; i++) observeRequest(again, plainSignals({ ph: 1 + i }), start + i * 1000);
    for (let i = 0; i < 4; i++) observeRequest(again, plainSignals({ ph: 9 + i }), start + 3_599_000 + i * 250);
    expect(again.episodeHours).toBe(1);
  });
});
