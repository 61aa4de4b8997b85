// round 39a helpers: round 33's harness (recording origin in-process, wrangler-dev guard), file names /tmp/rt39a-*.
// Ports: guard 9951 (inspector 9959), origin 9953.
import { startGuard as startGuard33 } from "../round33/lib.mjs";
export * from "../round33/lib.mjs";
export const startGuard = (o) => startGuard33({ prefix: "rt39a", port: 9951, inspectorPort: 9959, upstream: "http://127.0.0.1:9953", ...o });
