// R70-2: a degraded key's `dimensions` is honoured by padding with zeros up to any size: the origin
// is asked for 256, the guard writes back millions of components (an origin refuses dimensions above
// the model's native size). One input of one token -> tens of MB of answer and seconds of guard CPU.
import { startAll, stopAll, degradeKey, embed, originLog, clearOriginLog, deadline } from "./lib.mjs";
deadline(240000);
await startAll();
const key = "sk-rt70-r2-" + Date.now(), clean = "sk-rt70-r2-clean-" + Date.now();
await degradeKey(key);
const DIMS = Number(process.env.DIMS || 5000000);
const ctl = await embed(clean, { model: "text-embedding-3-small", input: "w", dimensions: DIMS });
await clearOriginLog();
const t = Date.now();
const r = await embed(key, { model: "text-embedding-3-small", input: "w", dimensions: DIMS });
const ms = Date.now() - t;
const asked = (await originLog()).find((e) => e.path === "/v1/embeddings")?.body?.dimensions;
const len = r.json?.data?.[0]?.embedding?.length ?? 0;
console.log(`allow key: ${ctl.status} (${ctl.text.length} bytes: the origin refuses dimensions ${DIMS}); degraded key: ${r.status} ${r.policy}, origin asked for ${asked}, vector of ${len} components, ${r.text.length} bytes answer to ${r.json?.usage?.prompt_tokens} prompt token(s) in ${ms} ms -> ` +
  (r.status === 200 && len === DIMS && ctl.status === 400 && r.text.length > 1000000 ? "REPRODUCED" : "not reproduced"));
stopAll(); process.exit(0);
