// round 36 helpers: round 33's (a recording origin in-process, a wrangler-dev guard), with round 36's
// file names (/tmp/rt36-state-*, /tmp/rt36-guard-<tag>.log); its scripts use ports 9701-9719.
import { startGuard as startGuard33 } from "../round33/lib.mjs";
export * from "../round33/lib.mjs";
export const startGuard = (o) => startGuard33({ prefix: "rt36", ...o });
