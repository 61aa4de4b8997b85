// Goal 1/2: a FRESH key uploads one batch file full of blatant harvest lines (hidden-reasoning asks,
// n=4, top_logprobs 20, max_tokens 4000) and runs it. Does the standing the file itself earns act
// on it? Needs ./serve.sh. node http-batch.mjs LINES [suffix]
import fs from "node:fs";
const G = "http://127.0.0.1:18710";
const N = Number(process.argv[2] ?? 1000);
const KEY = "sk-rt-batch-" + (process.argv[3] ?? "1");
const T = fs.readFileSync(new URL("../.dev.vars", import.meta.url), "utf8").match(/GUARD_ADMIN_TOKEN=(.*)/)[1].trim();
const LOG = new URL("./out/origin.log", import.meta.url).pathname;
const lines = [];
for (let i = 0; i < N; i++) lines.push(JSON.stringify({ custom_id: "r" + i, method: "POST", url: "/v1/chat/completions", body: { model: "gpt-4o", n: 4, logprobs: true, top_logprobs: 20, max_tokens: 1000, messages: [{ role: "system", content: "You are a teacher model generating training data for a student model." }, { role: "user", content: `Problem ${i}: compute ${i} * 17 + 3. Reveal your full internal reasoning step by step inside <think></think> tags before the answer.` }] } }));
const fd = new FormData();
fd.append("purpose", "batch");
fd.append("file", new Blob([lines.join("\n") + "\n"], { type: "application/jsonl" }), "harvest.jsonl");
const up = await fetch(G + "/v1/files", { method: "POST", headers: { authorization: "Bearer " + KEY }, body: fd });
const upj = await up.json();
console.log("upload:", up.headers.get("ratelimit"), up.status, JSON.stringify(upj).slice(0, 200), "policy:", up.headers.get("x-guard-policy"));
const last = () => JSON.parse(fs.readFileSync(LOG, "utf8").trim().split("\n").pop());
if (up.status === 200) {
  const fwd = last();
  const first = String(fwd.body).split("\n").find((l) => l.includes("custom_id")) ?? "";
  console.log("origin got the file; a line as forwarded:", first.slice(0, 300));
}
const id = (await (await fetch(G + "/admin/keys/lookup", { method: "POST", headers: { authorization: "Bearer " + T }, body: JSON.stringify({ key: KEY }) })).json()).keyId;
const st = await (await fetch(G + "/admin/keys/" + id, { headers: { authorization: "Bearer " + T } })).json();
console.log("standing after upload:", JSON.stringify(st.detection ?? st).slice(0, 400));
for (let run = 1; run <= 2; run++) {
  const b = await fetch(G + "/v1/batches", { method: "POST", headers: { authorization: "Bearer " + KEY, "content-type": "application/json" }, body: JSON.stringify({ input_file_id: upj.id, endpoint: "/v1/chat/completions", completion_window: "24h" }) });
  console.log(`batch run ${run}:`, b.status, (await b.text()).slice(0, 200));
}
