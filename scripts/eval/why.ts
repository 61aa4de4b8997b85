/**
 * npm run eval:why -- --suite DIR --scenario NAME [--action challenge] [--suite-seed N] [--detection JSON]
 * Prints, for each key of one scenario, the reasons the guard gave the first time it reached the
 * given action (default: the key's highest): the quickest way to see why a key was flagged.
 */
import { resolve } from "node:path";
import { loadSuite } from "./suite.ts";
import { detectionOption, makeStepper, stepOrRefuse } from "./driver.ts";
import type { Action } from "../../src/policy/types.ts";

const arg = (n: string) => {
  const i = process.argv.indexOf(n);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const RANK: Record<Action, number> = { allow: 0, limit: 0, throttle: 1, degrade: 2, challenge: 3, block: 4 };
const suiteDir = arg("--suite");
const scenario = arg("--scenario");
if (!suiteDir || !scenario) {
  console.error("usage: --suite DIR --scenario NAME [--action throttle|degrade|challenge|block]");
  process.exit(2);
}
const want = arg("--action") as Action | undefined;
if (want !== undefined && !["throttle", "degrade", "challenge", "block"].includes(want)) {
  console.error(`--action must be throttle, degrade, challenge or block (got ${want})`);
  process.exit(2);
}
const suite = loadSuite(resolve(suiteDir), Number(arg("--suite-seed") ?? 1));
if (!suite.scenarios.some((s) => s.name === scenario)) {
  console.error(`suite ${suite.name} has no scenario ${scenario}; it has: ${suite.scenarios.map((s) => s.name).join(", ")}`);
  process.exit(2);
}
// detection settings over the defaults, as in GUARD_POLICY's `detection`
const detection = detectionOption(arg("--detection"));
if (!detection.ok) {
  console.error(detection.message);
  process.exit(2);
}
const stepper = makeStepper(detection.value);
const best = new Map<string, { rank: number; n: number; at: number; reasons: string[]; score: number }>();
const count = new Map<string, number>();
const lastSeen = new Map<string, { score: number; reasons: string[] }>();
suite.events.forEach((le, i) => {
  const d = stepOrRefuse(stepper, le.ev, i);
  if (le.scenario !== scenario) return;
  const n = (count.get(le.ev.key) ?? 0) + 1;
  lastSeen.set(le.ev.key, { score: d.score, reasons: d.reasons });
  count.set(le.ev.key, n);
  const r = RANK[d.action];
  const b = best.get(le.ev.key);
  const hit = want ? d.action === want && !b : r > (b?.rank ?? 0);
  if (hit) best.set(le.ev.key, { rank: r, n: count.get(le.ev.key)!, at: n, reasons: d.reasons, score: d.score });
});
for (const [k, c] of count) {
  const b = best.get(k);
  console.log(`${k.slice(0, 16)} requests ${c}: ${b ? `rank ${b.rank} at request ${b.at}, score ${b.score}\n    ${b.reasons.join("\n    ")}` : `never; last score ${lastSeen.get(k)!.score}\n    ${lastSeen.get(k)!.reasons.join("\n    ")}`}`);
}
