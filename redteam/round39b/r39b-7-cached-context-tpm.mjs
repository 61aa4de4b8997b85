// R39b-7: a coding agent on Claude with prompt caching (a 52k-token cached repo context, short tool turns) under the
// default limits (tpm 200,000): every turn reserves and is charged its cached context in full, so the agent gets
// 429s and waits, where Anthropic's own input-token limit does not count cache reads. Direct vs guard, same loop.
import Anthropic from "@anthropic-ai/sdk";
import { startGuard, startOrigin39, sleep, settled, ORIGIN } from "./lib.mjs";
const o = await startOrigin39(ORIGIN);
const g = await startGuard({ policy: { defaults: { rpm: 60, tpm: 200000, tpd: 5000000, concurrency: 8 }, defaultMaxOutputTokens: 1024 }, tag: "r7" });
const repo = Array.from({ length: 1200 }, (_, i) => `// file src/mod${i}.ts\nexport function f${i}(x: number) { return x * ${i} + helper${i % 7}(x); }\n`).join("").repeat(2).slice(0, 240000);
const tools = [{ name: "read_file", description: "read", input_schema: { type: "object", properties: { path: { type: "string" } }, required: ["path"] } }];
const out = {};
try {
  for (const via of ["direct", "guard"]) {
    const key = "sk-ant-r39b7-" + via; let n429 = 0;
    const fetch429 = async (u, i) => { const r = await fetch(u, i); if (r.status === 429) n429++; return r; };
    const an = new Anthropic({ apiKey: key, baseURL: via === "guard" ? g.base : `http://127.0.0.1:${ORIGIN}`, maxRetries: 2, fetch: fetch429 });
    const msgs = [{ role: "user", content: "Fix the bug in f12 and run the tests" }]; const t0 = Date.now(); let ok = 0, failed = 0;
    for (let turn = 0; turn < 8; turn++) {
      try { const m = await an.messages.create({ model: "claude-sonnet-4-5", max_tokens: 8192, system: [{ type: "text", text: "You are a coding agent.\n" + repo, cache_control: { type: "ephemeral" } }], tools, messages: msgs });
        ok++; const tu = m.content.filter((c) => c.type === "tool_use"); msgs.push({ role: "assistant", content: m.content }, { role: "user", content: tu.map((t) => ({ type: "tool_result", tool_use_id: t.id, content: "ok" })) });
      } catch (e) { failed++; msgs.push({ role: "assistant", content: "(failed)" }, { role: "user", content: "retry" }); }
      await sleep(1000); // the tool runs
    }
    const secs = (Date.now() - t0) / 1000; out[via] = { secs, n429, failed };
    const s = via === "guard" ? await settled(g, key) : null;
    const u = o.log.filter((x) => x.key === key && x.usage).map((x) => x.usage);
    console.log(`${via.padEnd(6)} 8 agent turns: ${ok} served, ${failed} failed (RateLimitError after the SDK's retries), ${n429} 429 answers, ${secs.toFixed(1)} s; origin billed ${o.billed[key]} (uncached input+output ${u.reduce((a, x) => a + x.input_tokens + x.output_tokens + x.cache_creation_input_tokens, 0)}, cache reads ${u.reduce((a, x) => a + x.cache_read_input_tokens, 0)})${s ? `; guard charged ${s.charged}` : ""}`);
  }
} finally { g.kill(); await o.close(); }
console.log(out.guard.n429 > 0 && out.guard.secs > 2 * out.direct.secs ? "REPRODUCED" : "not reproduced");
process.exit(0);
