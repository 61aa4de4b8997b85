// round 37 helpers: round 33's (a recording origin in-process, a wrangler-dev guard), with round 37's
// file names (/tmp/rt37-state-*, /tmp/rt37-guard-<tag>.log); its scripts use ports 9801-9899.
import { startGuard as startGuard33 } from "../round33/lib.mjs";
export * from "../round33/lib.mjs";
export const startGuard = (o) => startGuard33({ prefix: "rt37", ...o });
