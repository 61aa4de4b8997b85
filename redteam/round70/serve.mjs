// Keep the stub origin and the guard running (for manual probing); stops after SERVE_SECONDS (default 1200).
import { startAll, stopAll, POLICY } from "./lib.mjs";
const policy = process.env.R70_POLICY ? JSON.parse(process.env.R70_POLICY) : POLICY;
await startAll({ policy });
console.log("up");
setTimeout(() => { stopAll(); process.exit(0); }, Number(process.env.SERVE_SECONDS || 1200) * 1000);
