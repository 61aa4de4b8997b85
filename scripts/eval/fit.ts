/**
 * npm run eval:fit [-- --suite eval/suites/a] [--suite-seed N]
 *
 * The fitting procedure, in the open: replays the fitting suite once per point of a small grid
 * over the ladder's cut-offs and the converging-evidence floor, scores each point with one
 * objective, and prints the best point; then leave-one-family-out: for every harvesting family of
 * the suite, the point chosen with that family's scenarios left out of the objective, and how the
 * left-out family fares there (a harvesting kind the thresholds never saw).
 *
 * Objective (higher is better), per point:
 *   mean over harvesting scenarios of the share of their completion tokens NOT served
 *   - 10 x the share of honest keys challenged or blocked
 *   - 0.5 x the share of honest keys throttled or degraded
 *   - 1 x the share of honest scenarios losing > 1 % of their requests to refusals.
 * Only the suite named FITTED_SUITES in scripts/eval.ts may be fitted on; the others stay held out.
 */
import { resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_DETECTION_CONFIG } from "../../src/detect/config.ts";
import { makeStepper, type DecisionLine } from "./driver.ts";
import { isCustomer, summarise, type Summary } from "./report.ts";
import { loadSuite, type Suite } from "./suite.ts";

export interface GridPoint {
  degradeAt: number;
  challengeAt: number;
  convergeFloor: number;
}

/** The grid: degradeAt x challengeAt x convergeFloor (throttleAt and blockAt stay at defaults). */
export const GRID: GridPoint[] = [];
for (const degradeAt of [0.5, 0.52, 0.55, 0.58]) {
  for (const challengeAt of [0.6, 0.65, 0.7]) {
    for (const convergeFloor of [0.25, 0.3, 0.35]) GRID.push({ degradeAt, challengeAt, convergeFloor });
  }
}

/** Objective of one summary, optionally leaving out the scenarios of one harvesting family. */
export function objective(s: Summary, families: Map<string, string>, leaveOut?: string): number {
  const dist = s.rows.filter((r) => r.cls === "distill" && r.keys > 0 && (leaveOut === undefined || families.get(r.name) !== leaveOut));
  const kept = dist.reduce((a, r) => a + (100 - (r.servedPct ?? 100)) / 100, 0) / Math.max(1, dist.length);
  const hon = s.rows.filter((r) => isCustomer(r.cls));
  const hk = Math.max(1, s.honestKeys);
  const losing = hon.filter((r) => r.refusedPct > 1).length / Math.max(1, hon.length);
  return kept - (10 * (s.honestChallenged + s.honestBlocked)) / hk - (0.5 * s.honestThrottled) / hk - losing;
}

function run(suite: Suite, p: GridPoint): Summary {
  const stepper = makeStepper({ degradeAt: p.degradeAt, challengeAt: p.challengeAt, convergeFloor: p.convergeFloor });
  const lines: DecisionLine[] = suite.events.map((le, i) => stepper.step(le.ev, i));
  return summarise(suite.events, lines, suite.keys, suite.scenarios);
}

const fmt = (p: GridPoint) => `degradeAt ${p.degradeAt}, challengeAt ${p.challengeAt}, convergeFloor ${p.convergeFloor}`;

function main(): number {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  const i = process.argv.indexOf("--suite");
  const dir = resolve(i >= 0 ? process.argv[i + 1]! : resolve(root, "eval/suites/a"));
  const j = process.argv.indexOf("--suite-seed");
  let suite: Suite;
  try {
    suite = loadSuite(dir, j >= 0 ? Number(process.argv[j + 1]) : 1);
  } catch (e) {
    console.error(`eval:fit: ${(e as Error).message}`);
    return 2;
  }
  const results: { p: GridPoint; s: Summary }[] = [];
  GRID.forEach((p, k) => {
    process.stderr.write(`\rfit: point ${k + 1}/${GRID.length}`);
    results.push({ p, s: run(suite, p) });
  });
  process.stderr.write("\n");
  const best = (leaveOut?: string) => results.reduce((a, b) => (objective(b.s, suite.families, leaveOut) > objective(a.s, suite.families, leaveOut) ? b : a));
  const all = best();
  const d = DEFAULT_DETECTION_CONFIG;
  const isDefault = (p: GridPoint) => p.degradeAt === d.degradeAt && p.challengeAt === d.challengeAt && p.convergeFloor === d.convergeFloor;
  console.log(`## fit on suite ${suite.name} (${suite.events.length} events, ${GRID.length} grid points)`);
  for (const r of results) console.log(`${isDefault(r.p) ? "*" : " "} ${fmt(r.p)}: objective ${objective(r.s, suite.families).toFixed(3)}`);
  console.log(`best: ${fmt(all.p)}${isDefault(all.p) ? " (= the shipped defaults, marked *)" : " (the shipped defaults, marked *, differ)"}`);

  console.log(`\n## leave-one-family-out on suite ${suite.name}`);
  console.log("| family left out | point chosen without it | its keys flagged | its tokens served | at the full fit: flagged | tokens served |");
  console.log("|---|---|---|---|---|---|");
  const fams = [...new Set(suite.families.values())].filter((f) => suite.scenarios.some((s) => s.cls === "distill" && suite.families.get(s.name) === f));
  for (const f of fams.sort()) {
    const r = best(f);
    const rows = (s: Summary) => s.rows.filter((x) => x.cls === "distill" && suite.families.get(x.name) === f);
    const flagged = (s: Summary) => {
      const rs = rows(s);
      const k = rs.reduce((a, x) => a + x.keys, 0);
      return `${((100 * rs.reduce((a, x) => a + x.flagged, 0)) / Math.max(1, k)).toFixed(0)} %`;
    };
    const served = (s: Summary) => {
      const rs = rows(s).filter((x) => x.servedPct !== null);
      return rs.length ? `${(rs.reduce((a, x) => a + x.servedPct!, 0) / rs.length).toFixed(1)} %` : "-";
    };
    console.log(`| ${f} | ${fmt(r.p)} | ${flagged(r.s)} | ${served(r.s)} | ${flagged(all.s)} | ${served(all.s)} |`);
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) process.exit(main());
