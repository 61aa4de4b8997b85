// R81-5: an honest classification job sends a 50-line batch (no max_tokens, as most batch examples do; one-
// word answers). The guard charges every line's full reservation (prompt + 1,024 default output) against
// tpd at upload and keeps it when the results are read (documented: "a batch's results ... give nothing
// back"); a batch the app cancels before any line ran keeps the whole charge too.
import OpenAI, { toFile } from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { readFileSync } from "node:fs";
const PORT = process.env.PORT || 8981; const base = `http://127.0.0.1:${PORT}`;
const T = readFileSync(new URL("../../.dev.vars", import.meta.url), "utf8").match(/GUARD_ADMIN_TOKEN=(\S+)/)[1];
const admin = (p, m = "GET", b) => fetch(base + "/admin" + p, { method: m, headers: { authorization: `Bearer ${T}` }, body: b && JSON.stringify(b) }).then(r => r.json());
const TPD = 10000000, t = Date.now(), sleep = (ms) => new Promise(r => setTimeout(r, ms));
async function meter(key) { // tpd charged since the last call (the rolling bucket's refill added back)
  const { keyId } = await admin("/keys/lookup", "POST", { key }); await admin(`/keys/${keyId}/overrides`, "PUT", { tier: "pro", tpd: TPD });
  let last = null; return async () => { await sleep(800); const s = await admin(`/keys/${keyId}`); const u = s.usage.find(x => x.name === "tpd"); const now = Date.now(); let d = null; if (last) d = Math.round(last.r - u.remaining + (now - last.at) / 1000 * TPD / 86400); last = { r: u.remaining, at: now }; return d; }; }
const N = 50;
const lines = (tag) => Array.from({ length: N }, (_, i) => JSON.stringify({ custom_id: "r" + i, method: "POST", url: "/v1/chat/completions", body: { model: "mock-gpt", messages: [{ role: "user", content: `Classify the sentiment of review ${tag}-${i}: "I love it." Answer positive or negative.` }] } })).join("\n") + "\n";
const kO = "sk-r81-5-" + t; const O = new OpenAI({ apiKey: kO, baseURL: base + "/v1", maxRetries: 0 }); const m = await meter(kO); await m();
// A. a batch run and its results read in full
const f = await O.files.create({ file: await toFile(Buffer.from(lines("a")), "reviews-a.jsonl"), purpose: "batch" });
let charged = await m();
const b = await O.batches.create({ input_file_id: f.id, endpoint: "/v1/chat/completions", completion_window: "24h" }, { headers: { "x-mock-words": "1" } });
charged += await m();
const r = await O.batches.retrieve(b.id);
const content = await (await O.files.content(r.output_file_id)).text();
const billed = content.trim().split("\n").map(l => JSON.parse(l).response.body.usage.total_tokens).reduce((a, x) => a + x, 0);
await O.chat.completions.create({ model: "mock-gpt", max_tokens: 1, messages: [{ role: "user", content: "ok" }] }); // flush the key's settlements
charged += await m() - 3;
console.log(`A. OpenAI 50-line batch, results read whole: billed by the origin ${billed} tokens, charged against tpd ${charged} (${(charged / billed).toFixed(1)}x)`);
// B. a batch cancelled at once
const f2 = await O.files.create({ file: await toFile(Buffer.from(lines("b")), "reviews-b.jsonl"), purpose: "batch" });
let charged2 = await m();
const b2 = await O.batches.create({ input_file_id: f2.id, endpoint: "/v1/chat/completions", completion_window: "24h" });
const c2 = await O.batches.cancel(b2.id);
await sleep(1500); const r2 = await O.batches.retrieve(b2.id);
await O.chat.completions.create({ model: "mock-gpt", max_tokens: 1, messages: [{ role: "user", content: "ok" }] });
charged2 += await m() - 3;
console.log(`B. OpenAI 50-line batch cancelled (${r2.status}, completed ${r2.request_counts?.completed}): billed 0, charged ${charged2}`);
// C. an Anthropic message batch with max_tokens 1024 (as the SDK README shows), short answers
const kA = "sk-ant-r81-5-" + t; const A = new Anthropic({ apiKey: kA, baseURL: base, maxRetries: 0 }); const ma = await meter(kA); await ma();
const mb = await A.messages.batches.create({ requests: Array.from({ length: N }, (_, i) => ({ custom_id: "r" + i, params: { model: "mock-claude", max_tokens: 1024, messages: [{ role: "user", content: `Classify the sentiment of review c-${i}: "great product". One word.` }] } })) }, { headers: { "x-mock-words": "1" } });
let chargedA = await ma(), billedA = 0, got = 0;
for await (const x of await A.messages.batches.results(mb.id)) { got++; if (x.result.type === "succeeded") billedA += x.result.message.usage.input_tokens + x.result.message.usage.output_tokens; }
await A.messages.create({ model: "mock-claude", max_tokens: 1, messages: [{ role: "user", content: "ok" }] });
chargedA += await ma() - 2;
console.log(`C. Anthropic 50-item batch, ${got} results read: billed ${billedA}, charged ${chargedA} (${(chargedA / billedA).toFixed(1)}x)`);
console.log(`tpd 5,000,000 (default tier) holds ${Math.floor(5e6 / (charged / N))} such lines a day as charged, ${Math.floor(5e6 / (billed / N))} as billed`);
console.log(charged > 10 * billed && charged2 > 40000 ? "REPRODUCED" : "not reproduced");
