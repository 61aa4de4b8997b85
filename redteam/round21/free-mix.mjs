// R21: free routes (GET /v1/responses/{id}?stream=true: a replay the origin streams ~2.5 s) mixed with a chat pool on a key
// of concurrency C. Needs the origin started with COUNT_GET=1 (counts GETs as open requests). ORIGIN max open for the key vs C.
import { setTier, sleep, G } from "./lib20.mjs"; import { overlap } from "./over.mjs";
const E = process.env; const C = +(E.C ?? 4), FG = +(E.FG ?? 4), FR = +(E.FR ?? 4), DUR = +(E.DUR ?? 10), OP = E.OP ?? 19702;
const KEY = `sk-rt21-free-${Date.now().toString(36)}`; await setTier(KEY, "nodet", { concurrency: C }); const H = { authorization: "Bearer " + KEY, "content-type": "application/json" };
const r0 = await (await fetch(`${G}/v1/responses`, { method: "POST", headers: H, body: JSON.stringify({ model: "m@out=5", max_output_tokens: 5, input: "hi" }) })).json();
const st = {}; const cnt = (k) => (st[k] = (st[k] ?? 0) + 1); const end = Date.now() + DUR * 1000;
const fg = async () => { while (Date.now() < end) { const r = await fetch(`${G}/v1/chat/completions`, { method: "POST", headers: H, body: JSON.stringify({ model: "m@dl=200,out=5", max_tokens: 5, messages: [{ role: "user", content: "hi" }] }) }); await r.text(); cnt("chat:" + r.status); } };
const fr = async () => { while (Date.now() < end) { const r = await fetch(`${G}/v1/responses/${r0.id}?stream=true`, { headers: H }); await r.text(); cnt("get:" + r.status); } };
await Promise.all([...Array.from({ length: FG }, fg), ...Array.from({ length: FR }, fr)]); await sleep(300);
const ov = await overlap(OP, KEY, C); console.log(`RESULT C=${C} chat ${FG} + streamed retrievals ${FR}: ${JSON.stringify(st)}; ORIGIN max open ${ov.max} (limit ${C}), ms above ${ov.overMs}`);
