/**
 * Runs labelled events through the guard engine. Prefers the lead's Replayer
 * (src/engine/replayer.ts: limits + detection + in-memory linkage registries, the same engine as
 * `npm run replay`); falls back to a minimal loop over the detection contract when absent.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Action } from "../../src/policy/types.ts";
import type { RouteKind } from "../../src/policy/types.ts";
import {
  type DetectState, type DetectionConfig, type RegistryState, applyLinkView, assess, buildPromptView, extractSignals,
  linkReports, newDetectState, newRegistryState, observeOutcome, observeRequest, observeUsage, parseDetectionConfig,
  registryObserve,
} from "../../src/detect/index.ts";
import type { TraceEvent } from "./scenarios.ts";

export interface DecisionLine {
  i: number;
  key: string;
  action: Action;
  served: boolean;
  score: number;
  reasons: string[];
  enforced?: false;
}
export interface Stepper {
  engine: string;
  step(ev: TraceEvent, i: number): DecisionLine;
}

export function routeOf(path: string): RouteKind {
  if (path.endsWith("/chat/completions")) return "chat";
  if (path.endsWith("/completions")) return "completions";
  if (path.endsWith("/responses")) return "responses";
  if (path.endsWith("/embeddings")) return "embeddings";
  if (path.endsWith("/messages")) return "messages";
  return "other";
}

/** The detection contract driven in the order the guard uses, on the event's clock. */
export class DetectOnlyStepper implements Stepper {
  engine = "detect-only loop (scripts/eval/driver.ts)";
  private keys = new Map<string, DetectState>();
  private regs = new Map<string, RegistryState>();
  private cfg: DetectionConfig;
  constructor(detection?: unknown) {
    const p = parseDetectionConfig(detection);
    if (!p.ok) throw new Error(`detection config: ${p.field}: ${p.message}`);
    this.cfg = p.value;
  }
  step(ev: TraceEvent, i: number): DecisionLine {
    let st = this.keys.get(ev.key);
    if (!st) {
      st = newDetectState();
      this.keys.set(ev.key, st);
    }
    const route = routeOf(ev.path);
    const view = buildPromptView(route, (ev.body ?? {}) as Record<string, unknown>);
    const sig = extractSignals(view, { ip: ev.ip, asn: ev.asn, country: ev.country });
    observeRequest(st, sig, ev.ts);
    const a = assess(st, ev.ts, this.cfg);
    const action: Action = a.standing;
    const served = action === "allow" || action === "throttle";
    observeOutcome(st, action, served, ev.ts);
    if (served && ev.usage) observeUsage(st, { promptTokens: ev.usage.prompt_tokens, completionTokens: ev.usage.completion_tokens }, ev.ts);
    for (const r of linkReports(st, sig, ev.key, ev.ts)) {
      let reg = this.regs.get(r.shard);
      if (!reg) {
        reg = newRegistryState();
        this.regs.set(r.shard, reg);
      }
      applyLinkView(st, registryObserve(reg, r, ev.ts), ev.ts);
    }
    return { i, key: ev.key, action, served, score: a.score, reasons: a.reasons };
  }
  stateOf(key: string): DetectState | undefined {
    return this.keys.get(key);
  }
}

/** No quota limits, so quota decisions do not muddy detection figures. */
export const EVAL_POLICY = {
  defaults: { rpm: null, tpm: null, tpd: null, concurrency: null },
};

export async function makeStepper(detection: unknown, forceOwn: boolean): Promise<Stepper> {
  const path = fileURLToPath(new URL("../../src/engine/replayer.ts", import.meta.url));
  if (!forceOwn && existsSync(path)) {
    const mod = (await import(path)) as { Replayer?: new (opts?: { policy?: unknown }) => { step(ev: TraceEvent, i: number): DecisionLine } };
    if (mod.Replayer) {
      const r = new mod.Replayer({ policy: { ...EVAL_POLICY, detection } });
      return { engine: "Replayer (src/engine/replayer.ts)", step: (ev, i) => r.step(ev, i) };
    }
  }
  return new DetectOnlyStepper(detection);
}
