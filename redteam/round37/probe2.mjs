// probe 2: bodies that might make the guard throw somewhere (Worker view, key object) -> fail-open?
import { startOrigin, startGuard, call, sleep } from "./lib.mjs";
import fs from "node:fs";
const origin = await startOrigin(9803, { defaultOut: 20 });
const policy = { defaults: { rpm: 600, tpm: 50000000, tpd: 500000000, concurrency: 8 }, tiers: { one: { rpm: 1 } }, defaultMaxOutputTokens: 1024 };
const g = await startGuard({ port: 9801, inspectorPort: 9809, upstream: "http://127.0.0.1:9803", policy, tag: "p2" });
const deep = (d, mk) => { let s = mk.leaf; for (let i = 0; i < d; i++) s = mk.wrap(s); return s; };
try {
  const KD = "sk-r37-p2-denied", KR = "sk-r37-p2-rpm";
  await g.admin("PUT", `/lists/deny/${await g.keyId(KD)}`, {});
  await g.admin("PUT", `/keys/${await g.keyId(KR)}/overrides`, { tier: "one" });
  await call(g.base, KR, "POST", "/v1/chat/completions", { model: "m", max_tokens: 5, messages: [{ role: "user", content: "use the one request" }] });
  const D = Number(process.env.D || 20000);
  const SD = "@@SCHEMA@@", AD = "@@ARR@@";
  const schemaDeep = SD, arrDeep = AD;
  const sStr = deep(D, { leaf: '{"type":"string","description":"x"}', wrap: (s) => `{"type":"object","description":"d","properties":{"a":${s}}}` });
  const aStr = deep(D, { leaf: '"x"', wrap: (s) => `[${s}]` });
  const ser = (b) => JSON.stringify(b).replaceAll('"@@SCHEMA@@"', sStr).replaceAll('"@@ARR@@"', aStr);
  const bodies = {
    schema: { model: "m", max_tokens: 5, messages: [{ role: "user", content: "hi" }], response_format: { type: "json_schema", json_schema: { name: "n", schema: schemaDeep } } },
    toolparams: { model: "m", max_tokens: 5, messages: [{ role: "user", content: "hi" }], tools: [{ type: "function", function: { name: "f", description: "d", parameters: schemaDeep } }] },
    metadataDeep: { model: "m", max_tokens: 5, messages: [{ role: "user", content: "hi" }], metadata: { a: arrDeep } },
    contentDeep: { model: "m", max_tokens: 5, messages: [{ role: "user", content: arrDeep }] },
    extraDeep: { model: "m", max_tokens: 5, messages: [{ role: "user", content: "hi" }], extra: arrDeep },
  };
  const anth = {
    toolresultDeep: { model: "m", max_tokens: 5, messages: [{ role: "user", content: [{ type: "tool_result", tool_use_id: "t", content: arrDeep }] }] },
    inputSchema: { model: "m", max_tokens: 5, messages: [{ role: "user", content: "hi" }], tools: [{ name: "f", description: "d", input_schema: schemaDeep }] },
    toolUseInput: { model: "m", max_tokens: 5, messages: [{ role: "user", content: "q" }, { role: "assistant", content: [{ type: "tool_use", id: "t", name: "f", input: { a: arrDeep } }] }, { role: "user", content: [{ type: "tool_result", tool_use_id: "t", content: "ok" }] }] },
  };
  const resp = {
    textFormat: { model: "m", max_output_tokens: 5, input: "hi", text: { format: { type: "json_schema", name: "n", schema: schemaDeep } } },
    inputDeep: { model: "m", max_output_tokens: 5, input: [{ role: "user", content: arrDeep }] },
    fnArgs: { model: "m", max_output_tokens: 5, input: [{ type: "function_call", call_id: "c", name: "f", arguments: JSON.stringify({ a: 1 }) }, { type: "function_call_output", call_id: "c", output: arrDeep }] },
  };
  const all = [...Object.entries(bodies).map(([k, b]) => ["/v1/chat/completions", k, b]), ...Object.entries(anth).map(([k, b]) => ["/v1/messages", k, b]), ...Object.entries(resp).map(([k, b]) => ["/v1/responses", k, b])];
  for (const [p, name, b] of all) {
    const raw = ser(b); const size = raw.length;
    for (const [kn, key] of [["denied", KD], ["rpm-spent", KR], ["fresh", "sk-r37-p2-fresh-" + name]]) {
      const n0 = origin.log.length;
      const t0 = Date.now();
      const r = await call(g.base, key, "POST", p, raw, { "anthropic-version": "2023-06-01", "content-type": "application/json" });
      await sleep(50);
      console.log(`${p} ${name} (${size} B) ${kn}: ${r.status} ${r.body?.error?.code ?? ""} ${Date.now() - t0}ms origin: ${origin.log.length - n0}`);
    }
  }
  await sleep(500);
  const log = fs.readFileSync(g.logf, "utf8");
  console.log("failed-open lines:", (log.match(/"failed":"open"/g) || []).length, " errors:", (log.match(/RangeError|Maximum call stack|Uncaught/g) || []).length);
  console.log(log.split("\n").filter((l) => /failed|RangeError|stack|rror/.test(l)).slice(0, 10).join("\n").slice(0, 3000));
} finally { g.kill(); await origin.close(); }
