import { startGuard, settled, quotaKey, sleep, call, POLICY, ORIGIN } from "./lib.mjs";
import { startOrigin, jsonlForm } from "../round33/lib.mjs";
const o = await startOrigin(ORIGIN, {});
const g = await startGuard({ policy: POLICY, tag: "pf" });
const lines = Array.from({ length: 50 }, (_, i) => ({ custom_id: "r" + i, method: "POST", url: "/v1/chat/completions", body: { model: "m", max_tokens: 2000, messages: [{ role: "user", content: "q" + i }] } }));
try {
  for (const purpose of ["assistants", "user_data", "batch"]) {
    const k = await quotaKey(g, `sk-r40pf-${purpose}-${Date.now() % 1e5}`);
    const up = await call(g.base, k, "POST", "/v1/files", jsonlForm(lines, purpose));
    const b = await call(g.base, k, "POST", "/v1/batches", { input_file_id: up.body.id, endpoint: "/v1/chat/completions", completion_window: "24h" });
    await sleep(1500); const s = await settled(g, k);
    const served = o.log.filter((x) => x.key === k).reduce((a, x) => a + (x.servedCompletion || 0) + (x.servedPrompt || 0), 0);
    console.log(`purpose ${purpose.padEnd(10)} upload ${up.status} ${up.status !== 200 ? up.text.slice(0, 120) : up.body.id}; batch ${b.status} ${b.status !== 200 ? b.text.slice(0, 160) : ""}; origin served ${served}; charged ${s.charged}`);
  }
  // the Responses input_tokens free route: what reaches the origin, and what is charged
  const k = await quotaKey(g, `sk-r40pf-it-${Date.now() % 1e5}`);
  const it = await call(g.base, k, "POST", "/v1/responses/input_tokens", { model: "m", input: "hi", background: true, stream: true, max_output_tokens: 99 });
  const rec = o.log.filter((x) => x.key === k).at(-1);
  console.log("input_tokens", it.status, "origin got path", rec?.path, JSON.stringify(rec?.body).slice(0, 120));
} finally { g.kill(); await o.close(); }
process.exit(0);
