/**
 * Independent scenario suites (eval/suites/<name>/): traffic written by authors who never read the
 * detector. Each suite ships a deterministic generator that writes `trace.jsonl` (the replay trace
 * format) and `keys.json` ({key: {scenario, class, family}}); this module runs it and turns its
 * output into labelled events for the same replay and report as the built-in scenarios.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkTraceEvent } from "../../src/engine/replayer.ts";
import type { Cls, LabelledEvent, ScenarioInfo } from "./scenarios.ts";

export interface Suite {
  name: string;
  events: LabelledEvent[];
  keys: Map<string, string>;
  scenarios: ScenarioInfo[];
  /** Harvesting kind of each distill scenario (for leave-one-family-out reports). */
  families: Map<string, string>;
}

interface KeyLabel {
  scenario: string;
  class: string;
  family?: string;
}

/** Suite folders under `root` (each with a generate.ts), sorted by name. */
export function suiteDirs(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, "generate.ts")))
    .map((d) => join(root, d.name))
    .sort();
}

/** Run a suite's generator (seeded) into a temporary folder and load its labelled trace. */
export function loadSuite(dir: string, seed: number): Suite {
  const out = mkdtempSync(join(tmpdir(), "suite-"));
  try {
    const r = spawnSync(process.execPath, ["--experimental-strip-types", "--no-warnings", join(dir, "generate.ts"), "--seed", String(seed), "--out", out], {
      encoding: "utf8",
      timeout: 120_000,
    });
    if (r.status !== 0) throw new Error(`generator of ${dir} failed (${r.status ?? r.signal}): ${(r.stderr || r.stdout).slice(-500)}`);
    return parseSuite(dir.split("/").pop()!, readFileSync(join(out, "trace.jsonl"), "utf8"), readFileSync(join(out, "keys.json"), "utf8"));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const CLASSES: Record<string, Cls> = { honest: "honest", distill: "distill", benchmark: "benchmark" };

/** A suite's trace and labels -> labelled events; every key of the trace must be labelled. */
export function parseSuite(name: string, traceText: string, keysText: string): Suite {
  const labels = JSON.parse(keysText) as Record<string, KeyLabel>;
  const scenarios = new Map<string, ScenarioInfo>();
  const families = new Map<string, string>();
  const keys = new Map<string, string>();
  for (const [key, l] of Object.entries(labels)) {
    const cls = CLASSES[l.class];
    if (!cls || typeof l.scenario !== "string") throw new Error(`suite ${name}: key label ${JSON.stringify(l)} needs a scenario and class honest|distill|benchmark`);
    keys.set(key, l.scenario);
    const known = scenarios.get(l.scenario);
    if (known && known.cls !== cls) throw new Error(`suite ${name}: scenario ${l.scenario} has keys of two classes`);
    scenarios.set(l.scenario, { name: l.scenario, cls, what: l.family ?? "" });
    if (l.family) families.set(l.scenario, l.family);
  }
  const events: LabelledEvent[] = [];
  let lineNo = 0;
  for (const line of traceText.split("\n")) {
    lineNo++;
    if (line.trim() === "") continue;
    const c = checkTraceEvent(JSON.parse(line));
    if (!c.ok) throw new Error(`suite ${name}: trace line ${lineNo}: ${c.error}`);
    const scenario = keys.get(c.event.key);
    if (scenario === undefined) throw new Error(`suite ${name}: trace line ${lineNo}: key has no label in keys.json`);
    events.push({ ev: c.event, scenario, harvest: scenarios.get(scenario)!.cls === "distill" });
  }
  return { name, events, keys, scenarios: [...scenarios.values()], families };
}
