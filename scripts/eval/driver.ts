/**
 * Runs labelled events through the guard's own engine: the Replayer (src/engine/replayer.ts:
 * limits + detection + in-memory linkage registries), the same code as `npm run replay` and, per
 * key, as the KeyGuard Durable Object.
 */
import { type DecisionLine, Replayer, type TraceEvent } from "../../src/engine/replayer.ts";
import { parseDetectionConfig } from "../../src/detect/config.ts";

export type { DecisionLine };

export interface Stepper {
  engine: string;
  step(ev: TraceEvent, i: number): DecisionLine;
}

/** No quota limits, so quota decisions do not muddy detection figures. */
export const EVAL_POLICY = {
  defaults: { rpm: null, tpm: null, tpd: null, concurrency: null },
};

/** `--detection JSON` (detection settings over the defaults, as in GUARD_POLICY's `detection`),
 *  checked as the Worker checks them: the settings, or the message to exit 2 with. */
export function detectionOption(raw: string | undefined): { ok: true; value: Record<string, unknown> | undefined } | { ok: false; message: string } {
  if (raw === undefined) return { ok: true, value: undefined };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return { ok: false, message: `--detection must be a JSON object, e.g. '{"challengeNeedsDrive": false}'` };
  const r = parseDetectionConfig(parsed);
  return r.ok ? { ok: true, value: parsed as Record<string, unknown> } : { ok: false, message: `--detection ${r.field} ${r.message}` };
}

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
