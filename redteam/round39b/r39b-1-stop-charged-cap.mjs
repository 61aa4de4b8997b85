// R39b-1: "Stop generating" (the client aborts a stream, as every chat UI's Stop button, an SDK timeout or a page
// navigation does) is charged the request's whole output cap, however little the origin generated and billed.
// Origin: this round's (bills the prompt plus what it streamed before the client left, as OpenAI and Anthropic do).
import OpenAI from "openai"; import Anthropic from "@anthropic-ai/sdk";
import { startGuard, startOrigin39, sleep, settled, ORIGIN, POLICY } from "./lib.mjs";
const o = await startOrigin39(ORIGIN, { chunkDelayMs: 40, answerWords: 900 });
const g = await startGuard({ policy: POLICY, tag: "r1" });
let worst = 0;
try {
  const cases = [
    ["openai chat, no max_tokens", (c, s) => c.oa.chat.completions.create({ model: "gpt-4o", stream: true, messages: [{ role: "user", content: "Write a long story" }] }, { signal: s })],
    ["openai chat, max_tokens 4096", (c, s) => c.oa.chat.completions.create({ model: "gpt-4o", stream: true, max_tokens: 4096, messages: [{ role: "user", content: "Write a long story" }] }, { signal: s })],
    ["anthropic, max_tokens 8192", (c, s) => c.an.messages.create({ model: "claude-sonnet-4-5", stream: true, max_tokens: 8192, messages: [{ role: "user", content: "Write a long story" }] }, { signal: s })],
    ["anthropic, max_tokens 32000", (c, s) => c.an.messages.create({ model: "claude-sonnet-4-5", stream: true, max_tokens: 32000, messages: [{ role: "user", content: "Write a long story" }] }, { signal: s })],
  ];
  let i = 0;
  for (const [name, fn] of cases) {
    const key = `sk-r39b1-${++i}`; const c = { oa: new OpenAI({ apiKey: key, baseURL: g.base + "/v1", maxRetries: 0 }), an: new Anthropic({ apiKey: key, baseURL: g.base, maxRetries: 0 }) };
    const ac = new AbortController(); let got = 0;
    try { const st = await fn(c, ac.signal); const t0 = Date.now(); for await (const ev of st) { got++; if (Date.now() - t0 > 1000) { ac.abort(); break; } } } catch (e) { if (!/abort/i.test(String(e))) console.log("error", String(e).slice(0, 120)); }
    await sleep(2500); const s = await settled(g, key, 25000);
    const rec = o.log.filter((x) => x.key === key).at(-1); const r = s.charged / o.billed[key]; worst = Math.max(worst, r);
    console.log(`${name.padEnd(30)} client read ${got} events in 1 s, pressed Stop; origin ${rec.whole ? "generated the whole answer" : "stopped"}; origin billed ${o.billed[key]}, guard charged ${s.charged} (x${r.toFixed(1)})`);
  }
} finally { g.kill(); await o.close(); }
console.log(worst > 5 ? "REPRODUCED" : "not reproduced");
process.exit(0);
