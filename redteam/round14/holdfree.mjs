// R14 target: what frees the concurrency slot a running background job holds (R13-3's fix). Key tier pro with concurrency 1.
// For each ACTION: a background POST whose job runs 15 s, the action, then the slot (guard's view) and a second POST.
import { req, setTier, info, sleep, G } from "./lib14.mjs";
const acts = (process.env.ACTS ?? "none,get,getstream,delete,input_items,cancel_other,bgst_in_progress,bgst_completed,cancel_own").split(",");
for (const a of acts) {
  const KEY = `sk-rt14-hold-${a}-${Date.now().toString(36)}`; await setTier(KEY, "pro", { concurrency: 1 });
  const OTHER = `sk-rt14-hold-other-${Date.now().toString(36)}`;
  const model = a.startsWith("bgst_") ? `gpt-4o@bgms=15000,bgst=${a.slice(5)}` : "gpt-4o@bgms=15000";
  const p = await req("POST", "/v1/responses", { key: KEY, body: { model, input: "job", max_output_tokens: 50, background: true } });
  const id = JSON.parse(p.text).id; let act = "";
  if (a === "get") act = (await req("GET", `/v1/responses/${id}`, { key: KEY })).status;
  if (a === "getstream") { const ac = new AbortController(); const r = await fetch(`${G}/v1/responses/${id}?stream=true`, { headers: { authorization: "Bearer " + KEY }, signal: ac.signal }); act = r.status; await sleep(300); ac.abort(); }
  if (a === "delete") act = (await req("DELETE", `/v1/responses/${id}`, { key: KEY })).status;
  if (a === "input_items") act = (await req("GET", `/v1/responses/${id}/input_items`, { key: KEY })).status;
  if (a === "cancel_other") act = (await req("POST", `/v1/responses/${id}/cancel`, { key: OTHER })).status;
  if (a === "cancel_own") act = (await req("POST", `/v1/responses/${id}/cancel`, { key: KEY })).status;
  await sleep(1500);
  const i = await info(KEY); const conc = i.usage.find((u) => u.name === "concurrency").remaining;
  const q = await req("POST", "/v1/responses", { key: KEY, body: { model: "gpt-4o@bgms=15000", input: "job 2", max_output_tokens: 50, background: true } });
  const o = await (await fetch(`http://127.0.0.1:${process.env.OP ?? 19342}/stats`)).json();
  console.log(`${a}: POST ${p.status} ${JSON.parse(p.text).status}; action ${act}; slot free after it: ${conc}/1 (inFlight ${i.inFlight}); second background POST ${q.status}; origin jobs running ${o.running}`);
  await sleep(200);
}
