// Target 3: concurrency and background responses. Tier "small" (concurrency 2). N background POSTs whose jobs run BGMS ms
// at the origin (model "gpt-4o@bgms=..."), never waited for; then a plain chat request; then the origin's count of jobs
// running at once (GET /stats on the origin) and, after the jobs end, each response retrieved (GET).
import { req, setTier, info, sleep } from "./lib13.mjs";
const KEY = "sk-rt13-bgc-" + Date.now().toString(36); await setTier(KEY, "small"); const N = +(process.env.N ?? 10); const BGMS = +(process.env.BGMS ?? 8000);
const OP = process.env.OP ?? 19312;
const conc = async () => { const i = await info(KEY); return `guard: inFlight=${i.inFlight}, concurrency remaining ${i.usage.find((u) => u.name === "concurrency").remaining} of 2`; };
const ids = []; const st = [];
for (let i = 0; i < N; i++) { const r = await req("POST", "/v1/responses", { key: KEY, body: { model: `gpt-4o@bgms=${BGMS}`, input: "Question " + i, max_output_tokens: 50, background: true } }); st.push(r.status); if (r.status === 200) ids.push(JSON.parse(r.text).id); else if (st.filter((s) => s !== 200).length === 1) console.log("first refusal:", r.text.slice(0, 160)); }
const stats = await (await fetch(`http://127.0.0.1:${OP}/stats`)).json();
console.log(`${N} background POSTs: ${JSON.stringify(st)}; origin: ${stats.running} jobs running now (max at once ${stats.maxRunning}); ${await conc()}`);
const c = await req("POST", "/v1/chat/completions", { key: KEY, body: { model: "m", max_tokens: 5, messages: [{ role: "user", content: "hi" }] } }); console.log("a chat request meanwhile:", c.status);
await sleep(BGMS + 500); let ok = 0; for (const id of ids) { const g = await req("GET", `/v1/responses/${id}`, { key: KEY }); if (g.status === 200 && JSON.parse(g.text).status === "completed") ok++; }
console.log(`after ${BGMS} ms: ${ok} / ${ids.length} retrieved completed; ${await conc()}`);
