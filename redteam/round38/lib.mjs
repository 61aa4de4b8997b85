// round 38 helpers: round 33's harness (recording origin in-process, wrangler-dev guard), file names /tmp/rt38-*.
import { startGuard as startGuard33 } from "../round33/lib.mjs";
export * from "../round33/lib.mjs";
export const startGuard = (o) => startGuard33({ prefix: "rt38", ...o });
