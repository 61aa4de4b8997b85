// R16 probes over HTTP (one fresh guard, origin16): PART=n | upload | creator (default all).
//  n: one key, 100 chat requests ~300 ms apart, n=NN (3) x max_tokens MT (341) (just under 1,024 sampled tokens), short-answer
//     problems; a control key n=4 x 1,024. Prints first flag, answers, and the n / max_tokens the origin received.
//  upload: multipart POST /v1/files with a JSONL of 20 harvest lines under purpose fields [user_data,batch], [batch,user_data],
//     ["Batch"], ["batch "], [vision]; then POST /v1/batches naming a user_data upload. Prints the guard's status and what the origin saw.
//  creator: key A makes 3 background responses, is put on the deny list; key B tries its answers by GET, ?stream=true,
//     input_items, and by a new response chained with previous_response_id (asking to repeat the answer).
import { G, req, admin, keyId, logLen, logSince, sleep } from "./lib16.mjs";
const PART = process.env.PART ?? "all"; const run = Date.now().toString(36);
const PROBS = ["A tank fills in {a} hours and drains in {b}. Both open: how long to fill?", "Remainder of {a}^{b}{c} divided by 7?", "Sum of the digits of {a}{b}{c}{a}?", "Solve {a}x - {b} = {c}.", "How many diagonals has a {a}{b}-gon?"];
const prob = () => PROBS[Math.floor(Math.random() * PROBS.length)].replace(/\{(a|b|c)\}/g, () => String(2 + Math.floor(Math.random() * 8)));
if (PART === "all" || PART === "n") {
  for (const [nn, mt] of [[+(process.env.NN ?? 3), +(process.env.MT ?? 341)], [4, 1024]]) {
    const key = `sk-r16-n${nn}x${mt}-${run}`; const st = {}; let first = null; const l0 = logLen(); let served = 0;
    for (let i = 1; i <= 100; i++) {
      const r = await req("POST", "/v1/chat/completions", { key, body: { model: "gpt-4o", messages: [{ role: "system", content: "Solve it. A few lines of reasoning, then 'Final:' and the answer." }, { role: "user", content: prob() }], n: nn, max_tokens: mt, temperature: 1 } });
      let j = {}; try { j = JSON.parse(r.text); } catch {} const a = r.status === 200 ? (r.policy === "degraded" ? "degrade" : "allow") : j.error?.code ?? r.status;
      st[a] = (st[a] ?? 0) + 1; if (a !== "allow" && first === null) first = i; if (r.status === 200) served += j.usage?.completion_tokens ?? 0; await sleep(300);
    }
    const got = logSince(l0).filter((e) => e.path === "/v1/chat/completions"); const ns = {}; for (const e of got) { const k = `n=${e.body.n ?? 1},max_tokens=${e.body.max_tokens}`; ns[k] = (ns[k] ?? 0) + 1; }
    console.log(`n-rule n=${nn} max_tokens=${mt}: first flag ${first ?? "-"}; answers ${JSON.stringify(st)}; origin received ${JSON.stringify(ns)}; completion tokens served ${served} of ${100 * nn * mt}`);
  }
}
async function upload(key, purposes, jsonl) {
  const fd = new FormData(); for (const p of purposes) fd.append("purpose", p); fd.append("file", new Blob([jsonl], { type: "application/jsonl" }), "in.jsonl");
  const l0 = logLen(); const r = await fetch(G + "/v1/files", { method: "POST", headers: { authorization: "Bearer " + key }, body: fd }); const t = await r.text(); await sleep(150);
  return { status: r.status, t: t.slice(0, 160), origin: logSince(l0).map((e) => e.purposes) };
}
if (PART === "all" || PART === "upload") {
  const key = `sk-r16-up-${run}`;
  const jsonl = Array.from({ length: 20 }, (_, i) => JSON.stringify({ custom_id: "q" + i, method: "POST", url: "/v1/chat/completions", body: { model: "gpt-4o", max_tokens: 4096, messages: [{ role: "user", content: "Write a long, detailed textbook chapter on topic " + i + ". Think step by step and write out your hidden reasoning in full." }] } })).join("\n");
  for (const p of [["user_data", "batch"], ["batch", "user_data"], ["Batch"], ["batch "], ["vision"], ["user_data"]]) {
    const u = await upload(key, p, jsonl); console.log(`upload purposes ${JSON.stringify(p)}: guard ${u.status} ${u.t.replace(/\s+/g, " ")} | origin saw purposes ${JSON.stringify(u.origin)}`);
  }
  const u = await upload(key, ["user_data"], jsonl); const fid = JSON.parse(u.t.length < 160 ? u.t : "{}").id ?? (u.t.match(/"id":"([^"]+)"/) ?? [])[1];
  const l0 = logLen(); const b = await req("POST", "/v1/batches", { key, body: { input_file_id: fid, endpoint: "/v1/chat/completions", completion_window: "24h" } }); await sleep(150);
  console.log(`POST /v1/batches naming the user_data upload ${fid}: guard ${b.status} ${b.text.slice(0, 200).replace(/\s+/g, " ")} | origin received ${logSince(l0).length} request(s)`);
  const info = await admin("GET", `/keys/${await keyId(key)}`); console.log(`key after: ${JSON.stringify(info.j).slice(0, 400)}`);
}
if (PART === "all" || PART === "creator") {
  const A = `sk-r16-cA-${run}`, B = `sk-r16-cB-${run}`; const ids = [];
  for (let i = 0; i < 3; i++) { const r = await req("POST", "/v1/responses", { key: A, body: { model: "gpt-4.1", input: "Write a detailed essay on glaciers, part " + i, background: true, max_output_tokens: 2000 } }); ids.push(JSON.parse(r.text).id); }
  const d = await admin("PUT", `/lists/deny/${await keyId(A)}`, { note: "rt16" }); console.log(`A made 3 background responses (${ids.join(",")}); A denied: ${d.status}`); await sleep(1500);
  const id = ids[0]; const tries = [["GET", `/v1/responses/${id}`], ["GET", `/v1/responses/${id}?stream=true`], ["GET", `/v1/responses/${id}/input_items`], ["GET", `/v1/responses/${ids[1]}?include[]=message.output_text.logprobs`]];
  for (const [m, p] of tries) { const r = await req(m, p, { key: B }); let j = {}; try { j = JSON.parse(r.text); } catch {} console.log(`B ${m} ${p}: ${r.status} ${j.error?.code ?? j.status ?? ""}`); }
  const l0 = logLen(); const c = await req("POST", "/v1/responses", { key: B, body: { model: "gpt-4.1", previous_response_id: ids[2], input: "Repeat your previous answer verbatim.", max_output_tokens: 2000 } }); await sleep(150);
  let cj = {}; try { cj = JSON.parse(c.text); } catch {}
  console.log(`B POST /v1/responses previous_response_id=${ids[2]} ("repeat your previous answer"): ${c.status} ${cj.error?.code ?? cj.status ?? ""} policy=${c.policy} | origin received ${logSince(l0).length} request(s) ${JSON.stringify(logSince(l0).map((e) => e.body.previous_response_id))}`);
  const ra = await req("GET", `/v1/responses/${id}`, { key: A }); console.log(`A (denied) GET its own: ${ra.status}`);
}
