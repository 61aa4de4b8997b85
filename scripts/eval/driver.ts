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

type OptionValue = { ok: true; value: Record<string, unknown> | undefined } | { ok: false; message: string };

/** A JSON-object option (`--name JSON`): absent, the object, or the message to exit 2 with;
 *  `check` returns what is wrong with the object, if anything. */
function jsonObjectOption(raw: string | undefined, name: string, example: string, check: (o: object) => string | undefined): OptionValue {
  if (raw === undefined) return { ok: true, value: undefined };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return { ok: false, message: `--${name} must be a JSON object, e.g. '${example}'` };
  const wrong = check(parsed);
  return wrong === undefined ? { ok: true, value: parsed as Record<string, unknown> } : { ok: false, message: `--${name} ${wrong}` };
}

/** `--detection JSON` (detection settings over the defaults, as in GUARD_POLICY's `detection`),
 *  checked as the Worker checks them. */
export function detectionOption(raw: string | undefined): OptionValue {
  return jsonObjectOption(raw, "detection", '{"challengeNeedsDrive": false}', (o) => {
    const r = parseDetectionConfig(o);
    return r.ok ? undefined : `${r.field} ${r.message}`;
  });
}

/** `--degrade JSON` (what a degraded request may still ask for, as in GUARD_POLICY's `degrade`),
 *  checked with the rest of the policy as the engine is made. */
export function degradeOption(raw: string | undefined): OptionValue {
  return jsonObjectOption(raw, "degrade", '{"maxOutputTokens": 256}', (o) => {
    try {
      new Replayer({ policy: { ...EVAL_POLICY, degrade: o } });
      return undefined;
    } catch (e) {
      return (e as Error).message;
    }
  });
}

export function makeStepper(detection?: unknown, solveChallenges = false, degrade?: unknown): Stepper {
  const r = new Replayer({ policy: { ...EVAL_POLICY, detection, ...(degrade !== undefined ? { degrade } : {}) }, solveChallenges });
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
