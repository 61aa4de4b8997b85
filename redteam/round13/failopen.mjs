// Target 2/3: can a key make its own Durable Object slow enough (a big Anthropic batch: every inner request is checked and
// seen by detection) that its concurrent requests pass DO_TIMEOUT_MS (2 s) and are served FAIL_MODE=open, i.e. without
// limits, standing or metering? Key tier TIER (default "chal": every request without a pass is challenged, 403).
import { req, setTier, info, sleep } from "./lib13.mjs";
const TIER = process.env.TIER ?? "chal"; const L = +(process.env.L ?? 5000); const P = +(process.env.P ?? 10);
const KEY = `sk-rt13-fo-${TIER}-${Date.now().toString(36)}`; await setTier(KEY, TIER);
const batch = { requests: Array.from({ length: L }, (_, i) => ({ custom_id: "c" + i, params: { model: "claude-sonnet-4-5", max_tokens: 50, messages: [{ role: "user", content: `Question ${i}: explain topic ${i * 7919 % 100003} step by step.` + (process.env.PAD ? " " + "Consider the history, the context, the main arguments and the counter-arguments. ".repeat(+process.env.PAD) : "") }] } })) };
const chat = { model: "m", max_tokens: 5, messages: [{ role: "user", content: "hi" }] };
const t0 = Date.now();
const bp = req("POST", "/v1/messages/batches", { key: KEY, body: batch }).then((r) => ({ ...r, ms: Date.now() - t0 }));
await sleep(+(process.env.D ?? 300));
const cs = await Promise.all(Array.from({ length: P }, async (_, i) => { await sleep(i * 150); const s = Date.now(); const r = await req("POST", "/v1/chat/completions", { key: KEY, body: chat }); return { status: r.status, policy: r.policy, ms: Date.now() - s, at: s - t0 }; }));
const b = await bp;
console.log(`batch of ${L}: ${b.status} in ${b.ms} ms ${b.status >= 400 ? b.text.slice(0, 140) : ""}`);
for (const c of cs) console.log(`  chat at +${c.at} ms: ${c.status} ${c.policy ?? ""} (${c.ms} ms)`);
const i = await info(KEY); console.log("counters", JSON.stringify(i.counters), "standing", i.detection.standing);
