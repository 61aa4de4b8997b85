/**
 * Exact tests of the registry shards and the link view (src/detect/link.ts), written against the
 * mutants the scenario and golden tests left alive (docs/mutation-detect.md). Reports are built
 * by hand, so each test sets exactly what the shard reads.
 */
import { describe, expect, it } from "vitest";
import { type LinkReport, type LinkView, applyLinkView, newRegistryState, registryObserve } from "../../src/detect/link.ts";
import { r3 } from "../../src/detect/sketch.ts";
import { newDetectState } from "../../src/detect/state.ts";

const T0 = Date.UTC(2026, 0, 5, 0, 0, 0);
const DAY = 86_400_000;

/** A report of key k: parameters 7, regular rhythm, nothing suspicious, no topic. */
const rep = (k: number, over: Partial<LinkReport> = {}): LinkReport => ({
  shard: "w:abc", k, n: 10, pf: 7, rh: 1, loc: 0, tp: -1, s1: 0, ps: 0, rs: 0, gm: 0, hv: 0, n24: 0, asn: 0, ws: "", ...over,
});
/** Observe reports in order at T0; the view is the last reporter's. */
function shard(reports: LinkReport[], now = T0) {
  const reg = newRegistryState();
  let view: LinkView | undefined;
  for (const r of reports) view = registryObserve(reg, r, now);
  return { reg, view: view! };
}
const keys = (n: number, over: (i: number) => Partial<LinkReport> = () => ({})) => Array.from({ length: n }, (_, i) => rep(i + 1, over(i)));

describe("members", () => {
  it("a full shard replaces the first of its oldest members", () => {
    const reg = newRegistryState();
    for (let i = 1; i <= 48; i++) registryObserve(reg, rep(i), i === 6 || i === 7 ? T0 : T0 + 1000);
    registryObserve(reg, rep(100), T0 + 2000);
    expect(reg.m.length).toBe(48);
    expect(reg.m.map((x) => x.k).filter((k) => k !== 100 && (k < 1 || k > 48))).toEqual([]);
    expect(reg.m[5]!.k).toBe(100);
    expect(reg.m[6]!.k).toBe(7);
  });
  it("members seen within 7 days are linked; older ones are not", () => {
    const reg = newRegistryState();
    registryObserve(reg, rep(1), T0);
    expect(registryObserve(reg, rep(2), T0 + 7 * DAY).linked).toBe(2);
    const reg2 = newRegistryState();
    registryObserve(reg2, rep(1), T0);
    expect(registryObserve(reg2, rep(2), T0 + 7 * DAY + 1).linked).toBe(1);
  });
});

describe("who is linked", () => {
  const S = "0123456789abcdef";
  const flip = (bits: number) => S.slice(0, 8) + ((parseInt(S.slice(8), 16) ^ ((2 ** bits - 1) >>> 0)) >>> 0).toString(16).padStart(8, "0");
  it("a reporter without a system prompt SimHash shares the wrapper of any member", () => {
    expect(shard([rep(1, { ws: S }), rep(2, { ws: "" })]).view.linked).toBe(2);
  });
  it("members within 20 SimHash bits share the wrapper; 21 bits apart do not", () => {
    expect(shard([rep(1, { ws: S }), rep(2, { ws: flip(20) })]).view.linked).toBe(2);
    expect(shard([rep(1, { ws: S }), rep(2, { ws: flip(21) })]).view.linked).toBe(1);
  });
  it("rhythm classes two apart (regular and irregular) are not linked; one apart are", () => {
    expect(shard([rep(1, { rh: 1 }), rep(2, { rh: 3 })]).view.linked).toBe(1);
    expect(shard([rep(1, { rh: 2 }), rep(2, { rh: 3 })]).view.linked).toBe(2);
  });
});

describe("wrapper shards: content", () => {
  it("many topics single-turn: 0.75 x div x single^2 x (0.3 + 0.7 hv), capped at 0.15 without corroboration", () => {
    const { view } = shard(keys(20, (i) => ({ s1: 0.5, tp: i, rh: 0 })));
    expect(view.score).toBe(r3(0.75 * 1 * 0.25 * 0.3));
  });
  it("mean parameter score, reasoning share and pipeline share are per report (/ w)", () => {
    expect(shard(keys(8, () => ({ ps: 0.1, rh: 0 }))).view.score).toBe(r3(0.5 * (0.1 / 0.6)));
    expect(shard(keys(8, (i) => ({ rs: i === 0 ? 2 : 0, rh: 0 }))).view.score).toBe(r3(0.5 * (0.125 / 0.6)));
    expect(shard(keys(16, (i) => ({ gm: i === 0 ? 1 : 0, rh: 0 }))).view.score).toBe(r3(0.9 * (2 / 16)));
  });
  it("pipeline prompts on the shard count fully for a reporter that looks suspicious on its own (loc 0.5) without sending them", () => {
    const reps = keys(10, () => ({ gm: 1, rh: 0 }));
    const { view } = shard([...reps, rep(11, { gm: 0, loc: 0.5, rh: 0 })]);
    expect(view.score).toBe(r3(0.9 * Math.min(1, (10 / 11) * 2)));
    const { view: v2 } = shard([...reps, rep(11, { gm: 0, loc: 0.49, rh: 0 })]);
    expect(v2.score).toBe(0.15);
  });
});

describe("wrapper shards: rhythm and networks", () => {
  /** 8 regular keys with strong parameters (0.5 >= 0.35: one strong content trait), on `nets` networks. */
  const rhythmic = (L: number, nets: number, reporterRh = 1, ps = 0.6) =>
    shard(keys(L, (i) => ({ ps, n24: nets === 0 ? 0 : 1000 + (i % nets), rh: i === L - 1 ? reporterRh : 1 })));
  const score = (L: number, conc: number) => {
    const keep = (1 - 0.5) * (1 - 0.5) * (1 - 0.5 * conc);
    return r3((1 - keep) * Math.min(1, Math.max(0, (L - 2) / 6)));
  };
  it("a machine rhythm shared by 8 keys on 2 networks: concentration (0.7 - 2/8) / 0.5", () => {
    expect(rhythmic(8, 2).view.score).toBe(score(8, (0.7 - 2 / 8) / 0.5));
  });
  it("no known network: no concentration", () => {
    expect(rhythmic(8, 0).view.score).toBe(score(8, 0));
  });
  it("concentration from 4 linked keys", () => {
    expect(rhythmic(4, 1).view.score).toBe(score(4, (0.7 - 1 / 4) / 0.5));
  });
  it("a fresh reporter (rhythm unknown) shares the rhythm evidence; a mixed one does not", () => {
    expect(rhythmic(8, 2, 0).view.score).toBe(score(8, (0.7 - 2 / 8) / 0.5));
    expect(rhythmic(8, 2, 2).view.score).toBe(0.15);
  });
  it("rhythm without a strong content trait is capped at 0.15", () => {
    expect(rhythmic(8, 2, 1, 0).view.score).toBe(0.15);
  });
  it("half the keys regular: rhythm 0.2, under 0.35: the networks are not read", () => {
    // pipeline prompts from every key (and the reporter): uncapped, so the behaviour terms show
    const { view } = shard(keys(8, (i) => ({ gm: 1, n24: 1000, rh: i % 2 === 0 ? 1 : 2 })));
    const rhythm = 0.5 * ((0.5 - 0.3) / 0.5);
    expect(view.score).toBe(r3(1 - (1 - 0.9) * (1 - rhythm)));
  });
  it("no concentration under 4 linked keys, even with a shared rhythm", () => {
    expect(rhythmic(3, 1).view.score).toBe(score(3, 0));
  });
});

describe("generic wrappers", () => {
  /** n keys, each with `n` requests and rhythm as given, local scores as given. */
  const popular = (count: number, over: (i: number) => Partial<LinkReport> = () => ({})) => shard(keys(count, (i) => ({ n: 20, rh: 1, pf: 100 + i, ...over(i) }))).view;
  it("from 10 keys, 8 of them mature; not from 9", () => {
    expect(popular(10).generic).toBe(true);
    expect(popular(9).generic).toBe(false);
  });
  it("a key is mature with 5 requests and a known rhythm", () => {
    expect(popular(10, (i) => (i < 3 ? { n: 4 } : {})).generic).toBe(false);
    expect(popular(10, (i) => (i < 3 ? { rh: 0 } : {})).generic).toBe(false);
    expect(popular(10, (i) => (i < 3 ? { n: 5 } : {})).generic).toBe(true);
  });
  it("not when the linked keys' mean local score is 0.3 or more", () => {
    expect(popular(10, (i) => (i === 9 ? { loc: 0.3 } : {})).generic).toBe(false);
    expect(popular(10, (i) => (i === 9 ? { loc: 0.29 } : {})).generic).toBe(true);
  });
});

describe("network shards", () => {
  it("a key with a local score of exactly 0.3 is suspicious", () => {
    const { view } = shard(keys(4, () => ({ shard: "n:x", loc: 0.3 })));
    expect(view.score).toBe(r3(0.7 * (1 / 7) * 1));
    expect(view.why).toBe("4 of 4 keys from this network /24 look suspicious");
  });
  // red team R52-3: a white-label platform's tenants behind its one egress, each suspicious on its
  // own, the platform's parameters, each at the irregular pace of its own writers
  const tenants = (n: number, rh: (i: number) => number, kind = "n:x") => keys(n, (i) => ({ shard: kind, loc: 0.6, rh: rh(i) }));
  it("keys at an irregular pace (rhythm class 3) share no rhythm: none of them counts, on a /24 or an ASN", () => {
    const { view } = shard(tenants(20, () => 3));
    expect(view.score).toBe(0);
    expect(view.why).toBe("0 of 20 keys from this network /24 look suspicious (this key's own rhythm is irregular: no shared pace)");
    expect(shard(tenants(30, () => 3, "a:x")).view.score).toBe(0);
  });
  it("an irregular reporter takes nothing from the keys of another pace on its network", () => {
    // in between (2) or too young to have a rhythm (0): the rhythm filter alone would keep them all
    const { view } = shard(tenants(20, (i) => (i === 19 ? 3 : i % 2 === 0 ? 2 : 0)));
    expect(view.score).toBe(0);
  });
  it("a reporter of an in-between pace counts the keys of a machine's pace and the young ones, not the irregular ones", () => {
    // 19 others: 6 regular (1), 4 in between (2), 3 too young to have a rhythm (0), 6 irregular (3);
    // against a reporter of class 2 the rhythm filter (classes 2 or more apart) would keep all 19
    const rh = (i: number) => (i === 19 ? 2 : i < 6 ? 1 : i < 10 ? 2 : i < 13 ? 0 : 3);
    const { view } = shard(tenants(20, rh));
    // the reporter and 13 others are suspicious with a pace to share; 20 recent keys on the /24
    expect(view.why).toBe("14 of 20 keys from this network /24 look suspicious");
    expect(view.score).toBe(r3(0.7 * 1 * (14 / 20)));
  });
});

describe("applyLinkView", () => {
  const view = (over: Partial<LinkView>): LinkView => ({ shard: "w:abc", keys: 10, linked: 1, score: 0, generic: false, why: "w", ...over });
  it("decays the held link with the state's own half-life", () => {
    const st = newDetectState();
    st.linkHalfLifeMs = 2 * DAY;
    st.link = 0.8;
    st.linkMs = T0;
    applyLinkView(st, view({ score: 0.5 }), T0 + DAY); // 0.8 x 2^-0.5 = 0.57 still held
    expect(st.link).toBe(0.8);
  });
  it("only a wrapper shard of a system prompt changes the generic wrappers", () => {
    const st = newDetectState();
    st.lastSystemHash = 42;
    st.genericWrappers = [42];
    applyLinkView(st, view({ shard: "n:x", score: 0.5 }), T0);
    expect(st.genericWrappers).toEqual([42]);
  });
  it("a request without a system prompt learns no generic wrapper", () => {
    const st = newDetectState();
    applyLinkView(st, view({ generic: true }), T0);
    expect(st.genericWrappers).toEqual([]);
  });
  it("a shard that changes its mind about a wrapper the key does not exempt touches no other exemption", () => {
    const st = newDetectState();
    st.lastSystemHash = 42;
    st.genericWrappers = [99];
    applyLinkView(st, view({ score: 0.5 }), T0);
    expect(st.genericWrappers).toEqual([99]);
  });
  it("a shard that is not generic but scores under 0.3 keeps the exemption", () => {
    const st = newDetectState();
    st.lastSystemHash = 42;
    st.genericWrappers = [42];
    applyLinkView(st, view({ score: 0.29 }), T0);
    expect(st.genericWrappers).toEqual([42]);
  });
});
