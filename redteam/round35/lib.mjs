// round 35 helpers: round 33's (a recording origin in-process, a wrangler-dev guard), with round 35's
// file names (/tmp/rt35-state-*, /tmp/rt35-guard-<tag>.log); its scripts use ports 9601-9619.
import { startGuard as startGuard33 } from "../round33/lib.mjs";
export * from "../round33/lib.mjs";
export const startGuard = (o) => startGuard33({ prefix: "rt35", ...o });
