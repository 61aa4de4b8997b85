// node http-oabatch.mjs GUARD_URL ADMIN_TOKEN : OpenAI batches of /v1/responses lines, 3 batches of 10 per key, each batch's output
// fetched before the next is created (round 8's b-bat10one shape, whose first fetch showed the profile). Two keys:
// "plain" (lines without history) and "anchor" (one cheap stored response first; every line names it in previous_response_id).
// Against origin-batch.mjs (OUT=3000 tokens per item after the first FIRST=3). Bounded: ~12 requests per key.
const [G, ADM] = process.argv.slice(2); const tag = Date.now().toString(36); const A = { authorization: `Bearer ${ADM}`, "content-type": "application/json" };
const SUBJ = ["optics", "thermodynamics", "the tides", "superconductors", "sound", "glaciers", "enzymes", "tariffs", "sonnets", "volcanoes"];
const h = (key, ip, json = true) => ({ authorization: `Bearer ${key}`, "cf-connecting-ip": ip, ...(json ? { "content-type": "application/json" } : {}) });
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
async function run(name, ip) {
  const key = `sk-r9-oab-${name}-${tag}`; const steps = []; let anc = null;
  if (name === "anchor") { const r = await fetch(G + "/v1/responses", { method: "POST", headers: h(key, ip), body: JSON.stringify({ model: "gpt-4o-mini", input: "Hi", store: true, max_output_tokens: 16 }) }); anc = (await r.json()).id; steps.push({ anchor: r.status, id: anc }); }
  for (let b = 0; b < 3; b++) {
    const jsonl = Array.from({ length: 10 }, (_, i) => JSON.stringify({ custom_id: `b${b}r${i}`, method: "POST", url: "/v1/responses", body: { model: "gpt-4o", instructions: "You are an expert tutor. Give a complete answer.", input: `Write a long article about ${SUBJ[i]} (${b}-${i}, ${tag}).`, max_output_tokens: 4096, ...(anc ? { previous_response_id: anc } : {}) } })).join("\n") + "\n";
    const fd = new FormData(); fd.append("purpose", "batch"); fd.append("file", new Blob([jsonl], { type: "application/jsonl" }), "in.jsonl");
    const up = await fetch(G + "/v1/files", { method: "POST", headers: h(key, ip, false), body: fd }); const uj = await up.json();
    const cr = await fetch(G + "/v1/batches", { method: "POST", headers: h(key, ip), body: JSON.stringify({ input_file_id: uj.id, endpoint: "/v1/responses", completion_window: "24h" }) }); const cj = await cr.json();
    const rb = await fetch(G + `/v1/batches/${cj.id}`, { headers: h(key, ip, false) }); const bj = await rb.json();
    const oc = await fetch(G + `/v1/files/${bj.output_file_id}/content`, { headers: h(key, ip, false) }); const lines = (await oc.text()).split("\n").filter(Boolean).length;
    steps.push({ batch: b, upload: up.status, uploadPolicy: up.headers.get("x-guard-policy"), create: cr.status, createPolicy: cr.headers.get("x-guard-policy"), err: cj.error?.message?.slice(0, 120), output: oc.status, lines });
    await sleep(1500);
  }
  const { keyId } = await (await fetch(G + "/admin/keys/lookup", { method: "POST", headers: A, body: JSON.stringify({ key }) })).json();
  const v = await (await fetch(G + "/admin/keys/" + keyId, { headers: A })).json(); const d = v.detection ?? {};
  return { steps, view: { standing: d.standing, score: d.score, reasons: (d.reasons ?? []).slice(0, 3) } };
}
const out = { plain: await run("plain", "45.10.20.9"), anchor: await run("anchor", "88.30.40.9") };
console.log(JSON.stringify(out, null, 1));
