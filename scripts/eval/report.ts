/** Per-scenario metrics and the goal check. */
import type { Action } from "../../src/policy/types.ts";
import type { DecisionLine } from "./driver.ts";
import { serviceOf } from "../../src/engine/replayer.ts";
import { SCENARIOS, type LabelledEvent, type ScenarioInfo } from "./scenarios.ts";

/** Honest customers: a suite's benchmark runs are paying customers too (issue 7 lists them among
 *  the honest traffic that was refused), so every honest figure and goal counts them. */
export const isCustomer = (cls: string): boolean => cls === "honest" || cls === "benchmark";

const RANK: Record<Action, number> = { allow: 0, limit: 0, throttle: 1, degrade: 2, challenge: 3, block: 4 };

export interface Row {
  name: string;
  cls: string;
  keys: number;
  flagged: number;
  within200: number;
  medianToFlag: number | null;
  throttled: number;
  degraded: number;
  challenged: number;
  blocked: number;
  servedPct: number | null;
  /** Requests of the scenario that were refused (no quota limits in the eval: by detection). */
  requests: number;
  refusedPct: number;
  /** Requests of the scenario served degraded (n 1, no logprobs, output capped: an honest
   *  customer's cost that no refusal count shows). */
  degradedPct: number;
  /** Honest scenarios: the share of their answers' completion tokens (as the trace's usage has
   *  them) that degrade's cap withheld from answers served degraded; null for harvests. What a
   *  degraded request actually cost the customer: an answer under the cap lost nothing. */
  cutPct: number | null;
  sampleReasons: string[];
}
export interface Summary {
  rows: Row[];
  ok: boolean;
  failures: string[];
  honestKeys: number;
  honestThrottled: number;
  honestChallenged: number;
  honestBlocked: number;
  /** Honest requests (all honest scenarios together) and those served degraded. */
  honestRequests: number;
  honestDegradedRequests: number;
  /** Honest completion tokens (every honest request's trace usage) and those degrade's cap withheld. */
  honestTokens: number;
  honestCutTokens: number;
}

export function summarise(
  events: LabelledEvent[],
  lines: DecisionLine[],
  keyScen: Map<string, string>,
  scenarios: readonly Pick<ScenarioInfo, "name" | "cls">[] = SCENARIOS,
): Summary {
  const perKey = new Map<string, { n: number; firstFlag: number; max: number; reasons: string[]; refused: number; degraded: number }>();
  const tok = new Map<string, { all: number; served: number }>();
  const cut = new Map<string, { all: number; cut: number }>();
  events.forEach((le, i) => {
    const d = lines[i]!;
    let k = perKey.get(le.ev.key);
    if (!k) {
      k = { n: 0, firstFlag: -1, max: 0, reasons: [], refused: 0, degraded: 0 };
      perKey.set(le.ev.key, k);
    }
    k.n++;
    if (!d.served) k.refused++;
    else if (d.degraded) k.degraded++;
    // a request served whole at degrade standing was not acted on: an embeddings request of a key
    // without evidence of how it is driven (Decision.cutEmbeddings); a key is flagged where the
    // guard acted on it, not where its standing moved alone
    const r = d.action === "degrade" && d.served && !d.degraded ? 0 : RANK[d.action];
    if (r > 0 && k.firstFlag < 0) {
      k.firstFlag = k.n;
      k.reasons = d.reasons;
    }
    if (r > k.max) k.max = r;
    if (le.harvest) {
      const t = tok.get(le.scenario) ?? { all: 0, served: 0 };
      const ct = le.ev.usage?.completion_tokens ?? 0;
      t.all += ct;
      // a degraded answer carries at most the degrade budget (the replayer caps it); a request
      // whose answer is not in its own line (a background POST, read when retrieved) serves none
      // here: the replayer's cap of its reservation is no answer (suite g: 111 % served)
      if (d.served) t.served += Math.min(d.completion ?? ct, ct);
      tok.set(le.scenario, t);
    } else {
      const c = cut.get(le.scenario) ?? { all: 0, cut: 0 };
      const ct = le.ev.usage?.completion_tokens ?? 0;
      c.all += ct;
      if (d.served && d.degraded) c.cut += ct - Math.min(d.completion ?? ct, ct);
      cut.set(le.scenario, c);
    }
  });
  const rows: Row[] = [];
  let honestDegradedRequests = 0;
  let honestTokens = 0;
  let honestCutTokens = 0;
  for (const sc of scenarios) {
    const ks = [...keyScen.entries()].filter(([, s]) => s === sc.name).map(([k]) => k);
    const ps = ks.map((k) => perKey.get(k)!).filter(Boolean);
    const flagged = ps.filter((p) => p.max > 0);
    const toFlag = flagged.map((p) => p.firstFlag).sort((a, b) => a - b);
    const t = tok.get(sc.name);
    const reasons = flagged.slice(0, 1).flatMap((p) => p.reasons);
    const requests = ps.reduce((a, p) => a + p.n, 0);
    const refused = ps.reduce((a, p) => a + p.refused, 0);
    const degraded = ps.reduce((a, p) => a + p.degraded, 0);
    const c = cut.get(sc.name);
    if (isCustomer(sc.cls)) {
      honestDegradedRequests += degraded;
      honestTokens += c?.all ?? 0;
      honestCutTokens += c?.cut ?? 0;
    }
    rows.push({
      name: sc.name,
      cls: sc.cls,
      keys: ps.length,
      flagged: flagged.length,
      within200: flagged.filter((p) => p.firstFlag <= 200).length,
      medianToFlag: toFlag.length ? toFlag[Math.floor((toFlag.length - 1) / 2)]! : null,
      throttled: ps.filter((p) => p.max === 1).length,
      degraded: ps.filter((p) => p.max === 2).length,
      challenged: ps.filter((p) => p.max === 3).length,
      blocked: ps.filter((p) => p.max === 4).length,
      servedPct: t && t.all > 0 ? (100 * t.served) / t.all : null,
      requests,
      refusedPct: requests > 0 ? (100 * refused) / requests : 0,
      degradedPct: requests > 0 ? (100 * degraded) / requests : 0,
      cutPct: isCustomer(sc.cls) && c && c.all > 0 ? (100 * c.cut) / c.all : null,
      sampleReasons: reasons,
    });
  }
  const failures: string[] = [];
  const dist = rows.filter((r) => r.cls === "distill");
  for (const r of dist) {
    if (r.flagged < 0.9 * r.keys) failures.push(`${r.name}: ${r.flagged}/${r.keys} flagged (< 90 %)`);
    if (r.within200 < 0.9 * r.keys) failures.push(`${r.name}: ${r.within200}/${r.keys} flagged within 200 requests (< 90 %)`);
    if ((r.servedPct ?? 0) >= 10) failures.push(`${r.name}: ${r.servedPct!.toFixed(1)} % of distiller completion tokens served (>= 10 %)`);
  }
  const avg = dist.reduce((a, r) => a + r.flagged / Math.max(1, r.keys), 0) / Math.max(1, dist.length);
  if (avg < 0.95) failures.push(`average flagged ${(avg * 100).toFixed(1)} % (< 95 %)`);
  const hon = rows.filter((r) => isCustomer(r.cls));
  const honestKeys = hon.reduce((a, r) => a + r.keys, 0);
  // degrade serves every request (with less extraction value): it counts with throttle
  const honestThrottled = hon.reduce((a, r) => a + r.throttled + r.degraded, 0);
  const honestChallenged = hon.reduce((a, r) => a + r.challenged, 0);
  const honestBlocked = hon.reduce((a, r) => a + r.blocked, 0);
  if (honestBlocked > 0) failures.push(`${honestBlocked} honest keys blocked`);
  if (honestChallenged > 0.003 * honestKeys) failures.push(`${honestChallenged}/${honestKeys} honest keys challenged (> 0.3 %)`);
  if (honestThrottled > 0.01 * honestKeys) failures.push(`${honestThrottled}/${honestKeys} honest keys throttled or degraded (> 1 %)`);
  for (const r of hon) if (r.refusedPct > 1) failures.push(`${r.name}: ${r.refusedPct.toFixed(1)} % of its requests refused (> 1 %)`);
  for (const r of rows.filter((x) => x.cls === "benchmark")) if (r.blocked > 0) failures.push(`${r.name}: ${r.blocked} benchmark keys blocked`);
  const honestRequests = hon.reduce((a, r) => a + r.requests, 0);
  return { rows, ok: failures.length === 0, failures, honestKeys, honestThrottled, honestChallenged, honestBlocked, honestRequests, honestDegradedRequests, honestTokens, honestCutTokens };
}

/** One line to quote: the figures the goals are about. */
export function headline(s: Summary): string {
  const dist = s.rows.filter((r) => r.cls === "distill" && r.keys > 0);
  const share = (r: Row) => r.flagged / Math.max(1, r.keys);
  const mean = dist.reduce((a, r) => a + share(r), 0) / Math.max(1, dist.length);
  const worst = [...dist].sort((a, b) => share(a) - share(b))[0];
  const hon = s.rows.filter((r) => isCustomer(r.cls));
  const losing = hon.filter((r) => r.refusedPct > 1).length;
  const tok = dist.filter((r) => r.servedPct !== null);
  const served = tok.length ? tok.reduce((a, r) => a + r.servedPct!, 0) / tok.length : 0;
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  return (
    `headline: distiller keys flagged, mean of scenarios ${pct(mean)}` +
    (worst ? ` (worst ${worst.name} ${pct(share(worst))})` : "") +
    `; honest keys challenged or blocked ${pct((s.honestChallenged + s.honestBlocked) / Math.max(1, s.honestKeys))}` +
    `; honest scenarios losing > 1 % of requests ${losing} of ${hon.length}` +
    `; distiller completion tokens served, mean of scenarios ${served.toFixed(1)} %` +
    // what degrade costs honest customers (no goal names it; every figure above leaves it out)
    `; honest keys throttled or degraded ${pct(s.honestThrottled / Math.max(1, s.honestKeys))}` +
    `, honest requests served degraded ${pct(s.honestDegradedRequests / Math.max(1, s.honestRequests))}` +
    `, honest answer tokens cut by degrade ${pct(s.honestCutTokens / Math.max(1, s.honestTokens))}`
  );
}

export function printTable(s: Summary, detail: boolean): void {
  const head = ["scenario", "class", "keys", "requests", "flagged", "<=200 req", "median req to flag", "throttled", "degraded", "challenged", "blocked", "requests refused", "requests degraded", "distiller tokens served", "honest tokens cut"];
  const rows = s.rows.map((r) => [
    r.name,
    r.cls,
    String(r.keys),
    String(r.requests),
    `${r.flagged} (${((100 * r.flagged) / Math.max(1, r.keys)).toFixed(0)}%)`,
    r.cls.startsWith("distill") ? String(r.within200) : "-",
    r.medianToFlag === null ? "-" : String(r.medianToFlag),
    String(r.throttled),
    String(r.degraded),
    String(r.challenged),
    String(r.blocked),
    `${r.refusedPct.toFixed(1)}%`,
    `${r.degradedPct.toFixed(1)}%`,
    r.servedPct === null ? "-" : `${r.servedPct.toFixed(1)}%`,
    r.cutPct === null ? "-" : `${r.cutPct.toFixed(1)}%`,
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => c.padEnd(w[i]!)).join(" | ") + " |";
  console.log(line(head));
  console.log("|" + w.map((x) => "-".repeat(x + 2)).join("|") + "|");
  for (const r of rows) console.log(line(r));
  console.log(
    `honest keys: ${s.honestKeys}; throttled or degraded ${s.honestThrottled} (${((100 * s.honestThrottled) / Math.max(1, s.honestKeys)).toFixed(2)}%), challenged ${s.honestChallenged} (${((100 * s.honestChallenged) / Math.max(1, s.honestKeys)).toFixed(2)}%), blocked ${s.honestBlocked}`,
  );
  console.log(headline(s));
  console.log(s.ok ? "goals: all met" : "goals NOT met:\n  - " + s.failures.join("\n  - "));
  if (detail) {
    for (const r of s.rows) if (r.sampleReasons.length) console.log(`\n[${r.name}] first flag reasons:\n  ${r.sampleReasons.join("\n  ")}`);
  }
}

/**
 * How each scenario's requests were served when every client answers challenges with the
 * llm-edge-guard/client helper: in full, degraded, behind a solved challenge (with the puzzles'
 * mean difficulty), or refused outright. Goal: no honest scenario loses more than 1 % outright.
 */
export function printServiceTable(events: LabelledEvent[], lines: DecisionLine[], scenarios: readonly Pick<ScenarioInfo, "name" | "cls">[] = SCENARIOS): { ok: boolean; failures: string[] } {
  const by = new Map<string, { full: number; degraded: number; behindChallenge: number; refused: number; bits: number; solves: number }>();
  events.forEach((le, i) => {
    let c = by.get(le.scenario);
    if (!c) by.set(le.scenario, (c = { full: 0, degraded: 0, behindChallenge: 0, refused: 0, bits: 0, solves: 0 }));
    const d = lines[i]!;
    c[serviceOf(d)]++;
    if (d.powBits !== undefined) {
      c.solves++;
      c.bits += d.powBits;
    }
  });
  const failures: string[] = [];
  const head = ["scenario", "class", "requests", "in full", "degraded", "behind challenge", "refused", "puzzles solved (mean bits)"];
  const rows = scenarios.map((sc) => {
    const c = by.get(sc.name) ?? { full: 0, degraded: 0, behindChallenge: 0, refused: 0, bits: 0, solves: 0 };
    const t = c.full + c.degraded + c.behindChallenge + c.refused;
    const pct = (n: number) => `${((100 * n) / Math.max(1, t)).toFixed(1)}%`;
    if (isCustomer(sc.cls) && c.refused > 0.01 * t) failures.push(`${sc.name}: ${pct(c.refused)} of its requests refused outright (> 1 %)`);
    return [sc.name, sc.cls, String(t), pct(c.full), pct(c.degraded), pct(c.behindChallenge), pct(c.refused), c.solves ? `${c.solves} (${(c.bits / c.solves).toFixed(1)})` : "0"];
  });
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => c.padEnd(w[i]!)).join(" | ") + " |";
  console.log(line(head));
  console.log("|" + w.map((x) => "-".repeat(x + 2)).join("|") + "|");
  for (const r of rows) console.log(line(r));
  console.log(failures.length === 0 ? "service goal (no honest scenario loses > 1 % outright): met" : "service goal NOT met:\n  - " + failures.join("\n  - "));
  return { ok: failures.length === 0, failures };
}
