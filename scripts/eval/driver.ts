/**
 * Runs labelled events through the guard's own engine: the Replayer (src/engine/replayer.ts:
 * limits + detection + in-memory linkage registries), the same code as `npm run replay` and, per
 * key, as the KeyGuard Durable Object.
 */
import { type DecisionLine, Replayer, type TraceEvent } from "../../src/engine/replayer.ts";

export type { DecisionLine };

export interface Stepper {
  engine: string;
  step(ev: TraceEvent, i: number): DecisionLine;
}

/** No quota limits, so quota decisions do not muddy detection figures. */
export const EVAL_POLICY = {
  defaults: { rpm: null, tpm: null, tpd: null, concurrency: null },
};

export function makeStepper(detection?: unknown, solveChallenges = false): Stepper {
  const r = new Replayer({ policy: { ...EVAL_POLICY, detection }, solveChallenges });
  return { engine: "Replayer (src/engine/replayer.ts)", step: (ev, i) => r.step(ev, i) };
}

/** One step; a request the guard would answer 400 (it throws while preparing the body) is a
 *  refusal line, marked with `invalid`. */
export function stepOrRefuse(stepper: Stepper, ev: TraceEvent, i: number): DecisionLine & { invalid?: true } {
  try {
    return stepper.step(ev, i);
  } catch (e) {
    return { i, key: ev.key, action: "allow", served: false, score: 0, reasons: [`invalid request: ${(e as Error).message}`], invalid: true };
  }
}
