import { describe, expect, it } from "vitest";
import {
  type LinkReport, applyLinkView, buildPromptView, extractSignals, linkReports, newDetectState, newRegistryState, observeRequest,
  registryObserve,
} from "../../src/detect/index.ts";
import { BANKING_QUERIES, DIVERSE_TASKS, MIN, T0, World, chatBody, itLong } from "./helpers.ts";

const rep = (k: number, over: Partial<LinkReport> = {}): LinkReport => ({
  shard: "w:abc", k, n: 1, pf: 7, rh: 0, loc: 0, tp: k % 32, s1: 1, ps: 0.5, rs: 0, gm: 0, hv: 0.6, n24: 100 + (k % 4), asn: 9009, ws: "", ...over,
});

describe("linkReports schedule", () => {
  it("reports at requests 1,2,3,5,8,13,21,34,55,89 then every 64, to two wrapper shards + network + ASN", () => {
    const st = newDetectState();
    const sig = extractSignals(buildPromptView("chat", chatBody({ system: "Custom wrapper prompt for a pipeline.", user: "q" })), { ip: "198.51.100.7", asn: 9009 });
    const at: number[] = [];
    let shards: string[] = [];
    for (let i = 1; i <= 300; i++) {
      observeRequest(st, sig, T0 + i * 1000);
      const r = linkReports(st, sig, "key-1", T0 + i * 1000);
      if (r.length) {
        at.push(i);
        shards = r.map((x) => x.shard[0]!);
      }
    }
    expect(at).toEqual([1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 153, 217, 281]);
    expect(shards).toEqual(["w", "w", "n", "a"]);
  });
  it("sends no wrapper report for a generic system prompt and carries no raw key", () => {
    const st = newDetectState();
    const sig = extractSignals(buildPromptView("chat", chatBody({ system: "You are a helpful assistant.", user: "q" })), {});
    observeRequest(st, sig, T0);
    const r = linkReports(st, sig, "sk-live-SECRET", T0);
    expect(r).toEqual([]); // nor to its cohort: the origin has not answered it yet
    const st2 = newDetectState();
    const sig2 = extractSignals(buildPromptView("chat", chatBody({ system: "Wrapper X", user: "q" })), { asn: 1 });
    observeRequest(st2, sig2, T0);
    expect(JSON.stringify(linkReports(st2, sig2, "sk-live-SECRET", T0))).not.toContain("SECRET");
  });
});

describe("edit-tolerant wrapper shards", () => {
  const base = "You are a world-class research expert. Give complete, in-depth answers with concrete examples and cite the relevant literature.";
  const edits = [
    base.replace("world-class", "top"),
    base.replace("concrete examples", "examples"),
    base + " Use markdown.",
    base.replace("Give complete", "Write complete"),
    base.replace("relevant literature", "literature"),
    base.replace("research expert", "expert researcher"),
    "Note: " + base,
    base.replace("in-depth", "thorough"),
  ];
  const shardOf = (system: string) => {
    const st = newDetectState();
    const sig = extractSignals(buildPromptView("chat", chatBody({ system, user: "q" })), {});
    observeRequest(st, sig, T0);
    return { shard: linkReports(st, sig, "k", T0)[0]?.shard, ws: sig.ws };
  };
  it("lightly edited copies of a wrapper mostly report to the same shard (word MinHash)", () => {
    const b = shardOf(base);
    expect(b.shard).toMatch(/^w:[0-9a-z]+$/);
    const same = edits.filter((e) => shardOf(e).shard === b.shard).length;
    expect(same).toBeGreaterThanOrEqual(6);
    expect(shardOf("Classify the support ticket into billing, shipping or other.").shard).not.toBe(b.shard);
  });
  it("a shard links only members whose SimHash is close to the reporter's", () => {
    const reg = newRegistryState();
    const a = shardOf(base).ws;
    const other = shardOf("Translate the user's text into formal German; keep names unchanged; no commentary.").ws;
    for (let k = 0; k < 6; k++) registryObserve(reg, rep(k, { ws: a }), T0 + k);
    for (let k = 6; k < 10; k++) registryObserve(reg, rep(k, { ws: other }), T0 + k);
    expect(registryObserve(reg, rep(20, { ws: shardOf(edits[0]!).ws }), T0 + 50).linked).toBe(7);
    expect(registryObserve(reg, rep(21, { ws: other }), T0 + 60).linked).toBe(5);
  });
});

describe("registry shard", () => {
  it("counts distinct keys exactly up to 48 members", () => {
    const reg = newRegistryState();
    let v = registryObserve(reg, rep(1), T0);
    for (let i = 0; i < 5; i++) v = registryObserve(reg, rep(1), T0 + i);
    expect(v.keys).toBe(1);
    for (let k = 2; k <= 30; k++) v = registryObserve(reg, rep(k), T0 + k);
    expect(v.keys).toBe(30);
    expect(v.linked).toBe(30);
    expect(registryObserve(reg, rep(31, { pf: 8 }), T0 + 99).linked).toBe(1);
  });
  it("links a group sharing wrapper, params, machine rhythm and a few networks", () => {
    const reg = newRegistryState();
    let v = registryObserve(reg, rep(0), T0);
    for (let k = 0; k < 12; k++) v = registryObserve(reg, rep(k, { rh: 1, n: 5 }), T0 + k * 1000);
    expect(v.generic).toBe(false);
    expect(v.linked).toBe(12);
    expect(v.score).toBeGreaterThanOrEqual(0.8);
    expect(v.why).toMatch(/^12 keys share this wrapper, parameters and rhythm \(12 keys on it; ~\d+ topics, 100% single-turn, 4 networks, 100% machine-regular\)$/);
  });
  it("exempts a popular app: many keys, one prompt, narrow topics, human rhythm, many networks", () => {
    const reg = newRegistryState();
    let v = registryObserve(reg, rep(0), T0);
    for (let k = 0; k < 60; k++) v = registryObserve(reg, rep(k, { tp: k % 2, rh: 3, n: 12, n24: 5000 + k, s1: 0.6, ps: 0 }), T0 + k * MIN);
    expect(v.generic).toBe(true);
    expect(v.score).toBe(0);
  });
  it("exempts a widely shared prompt with diverse topics when keys behave like people", () => {
    const reg = newRegistryState();
    let v = registryObserve(reg, rep(0), T0);
    for (let k = 0; k < 60; k++) v = registryObserve(reg, rep(k, { rh: 3, n: 12, n24: 7000 + k, s1: 0.7, ps: 0.3, loc: 0.05 }), T0 + k * MIN);
    expect(v.generic).toBe(true);
    expect(v.score).toBe(0);
  });
  it("network shard: many suspicious keys in one /24", () => {
    const reg = newRegistryState();
    let v = registryObserve(reg, rep(0, { shard: "n:x" }), T0);
    for (let k = 0; k < 10; k++) v = registryObserve(reg, rep(k, { shard: "n:x", loc: 0.4 }), T0 + k);
    expect(v.score).toBeCloseTo(0.7, 6);
    expect(v.why).toBe("10 of 10 keys from this network /24 look suspicious");
  });
});

describe("generic verdicts need a mature shard", () => {
  it("young keys (first requests, rhythm unknown) never make a wrapper generic", () => {
    const reg = newRegistryState();
    let v = registryObserve(reg, rep(0), T0);
    for (let k = 0; k < 40; k++) v = registryObserve(reg, rep(k, { n: 2, rh: 0, n24: 9000 + k, tp: 1 }), T0 + k);
    expect(v.keys).toBe(40);
    expect(v.generic).toBe(false);
  });
  it("a key un-learns a generic wrapper when the shard later reports a group", () => {
    const st = newDetectState();
    st.lastSystemHash = 77;
    applyLinkView(st, { shard: "w:x", keys: 50, linked: 0, score: 0, generic: true, why: "" }, T0);
    expect(st.genericWrappers).toEqual([77]);
    applyLinkView(st, { shard: "w:x", keys: 60, linked: 30, score: 0.8, generic: false, why: "group" }, T0 + 1);
    expect(st.genericWrappers).toEqual([]);
  });
});

describe("applyLinkView", () => {
  it("keeps the max of the decayed current and new score; learns generic wrappers", () => {
    const st = newDetectState();
    applyLinkView(st, { shard: "w:a", keys: 9, linked: 9, score: 0.8, generic: false, why: "group" }, T0);
    expect(st.link).toBe(0.8);
    applyLinkView(st, { shard: "w:a", keys: 9, linked: 9, score: 0.5, generic: false, why: "weaker" }, T0 + 1000);
    expect(st.link).toBe(0.8);
    expect(st.linkReason).toBe("group");
    st.lastSystemHash = 1234;
    applyLinkView(st, { shard: "w:b", keys: 99, linked: 0, score: 0, generic: true, why: "" }, T0);
    expect(st.genericWrappers).toEqual([1234]);
  });
});

describe("world: popular app keys share a system prompt without becoming suspects", () => {
  itLong("120 honest keys of one app stay allow", () => {
    const w = new World();
    const sys = "You are PennyWise, the assistant of the PennyWise budgeting app. Help with cards, transfers and fees. Be brief.";
    let worst = "allow";
    for (let round = 0; round < 20; round++) {
      for (let k = 0; k < 120; k++) {
        const now = T0 + round * 3_600_000 + k * 29_000 + ((k * 7919 + round * 104729) % 1_800_000);
        const a = w.send(`app-${k}`, now, {
          system: sys, user: BANKING_QUERIES[(k + round) % BANKING_QUERIES.length]!, params: { max_tokens: 400, temperature: 0.5 },
          ip: `${20 + (k % 200)}.${k}.${round % 3}.9`, asn: 7922 + (k % 30), usage: { prompt: 60, completion: 120 },
        });
        if (a.standing !== "allow") worst = a.standing;
      }
    }
    expect(worst).toBe("allow");
    expect(DIVERSE_TASKS.length).toBeGreaterThan(20);
  });
});

describe("linkage needs coordination, not a shared network or prompt at human pace", () => {
  it("suspicious keys on one /24 with other parameters do not raise this key (a cloud or office network)", () => {
    const reg = newRegistryState();
    // ten keys from one /24, each somewhat suspicious locally, each its own parameters
    for (let k = 1; k <= 10; k++) registryObserve(reg, rep(k, { shard: "n:x", pf: 1000 + k, loc: 0.5, n24: 7 }), T0 + k * MIN);
    const v = registryObserve(reg, rep(11, { shard: "n:x", pf: 2000, loc: 0.5, n24: 7 }), T0 + 11 * MIN);
    expect(v.score).toBe(0);
    // the same ten with this key's parameters and rhythm: a coordinated group
    const reg2 = newRegistryState();
    for (let k = 1; k <= 10; k++) registryObserve(reg2, rep(k, { shard: "n:x", pf: 2000, loc: 0.5, n24: 7 }), T0 + k * MIN);
    expect(registryObserve(reg2, rep(11, { shard: "n:x", pf: 2000, loc: 0.5, n24: 7 }), T0 + 11 * MIN).score).toBeGreaterThan(0.3);
  });
  it("one company's keys: one prompt, one parameter set, two office networks, human rhythm, suspicious locally: at most 0.15", () => {
    const reg = newRegistryState();
    let v = registryObserve(reg, rep(1, { rh: 3, loc: 0.6, s1: 1, ps: 0.7, rs: 2, n24: 1 }), T0);
    for (let k = 2; k <= 12; k++) v = registryObserve(reg, rep(k, { rh: 3, loc: 0.6, s1: 1, ps: 0.7, rs: 2, tp: k, n24: 1 + (k % 2) }), T0 + k * MIN);
    expect(v.linked).toBeGreaterThanOrEqual(8);
    expect(v.score).toBeLessThanOrEqual(0.15);
    // the same group at a machine rhythm is coordination
    const reg2 = newRegistryState();
    for (let k = 1; k <= 12; k++) v = registryObserve(reg2, rep(k, { rh: 1, loc: 0.6, s1: 1, ps: 0.7, rs: 2, tp: k, n24: 1 + (k % 2) }), T0 + k * MIN);
    expect(v.score).toBeGreaterThan(0.3);
  });
});

describe("framing an app through its public prompt (red team F2)", () => {
  it("keys sending pipeline prompts under an app's wrapper raise themselves, not the app's honest keys", () => {
    const reg = newRegistryState();
    let t = T0;
    // ten honest users of the app: its prompt and parameters, human rhythm, chat, no pipeline
    for (let k = 1; k <= 10; k++) registryObserve(reg, rep(k, { rh: 3, s1: 0.3, gm: 0, loc: 0.05 }), (t += MIN));
    // ten attacker keys copy both and send synthetic-data generation prompts, at a human rhythm
    for (let round = 0; round < 3; round++) for (let k = 101; k <= 110; k++) registryObserve(reg, rep(k, { rh: 3, s1: 1, gm: 1, loc: 0.4 }), (t += MIN));
    const attacker = registryObserve(reg, rep(105, { rh: 3, s1: 1, gm: 1, loc: 0.4 }), (t += MIN));
    const honest = registryObserve(reg, rep(3, { rh: 3, s1: 0.3, gm: 0, loc: 0.05 }), (t += MIN));
    expect(attacker.score).toBeGreaterThan(0.3);
    expect(honest.score).toBeLessThanOrEqual(0.15);
  });
});
