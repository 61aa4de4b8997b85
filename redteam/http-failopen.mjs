// Goal 2: FAIL_MODE=open (the default) serves a request whose key object does not answer within
// DO_TIMEOUT_MS (2 s). Can a key make its OWN object slow (a huge batch upload: every line is
// checked, metered and observed by detection in the object) and get direct requests through while
// it is challenged? Needs ./serve.sh. node http-failopen.mjs LINES PARALLEL [suffix]
import fs from "node:fs";
const G = "http://127.0.0.1:18710";
const N = Number(process.argv[2] ?? 50000), P = Number(process.argv[3] ?? 20);
const KEY = "sk-rt-failopen-" + (process.argv[4] ?? "1");
const T = fs.readFileSync(new URL("../.dev.vars", import.meta.url), "utf8").match(/GUARD_ADMIN_TOKEN=(.*)/)[1].trim();
const H = { authorization: "Bearer " + KEY, "content-type": "application/json" };
const TOPICS = ["the French revolution", "photosynthesis", "binary search trees", "the stock market", "vaccines", "black holes", "Roman law", "jazz harmony", "tax deductions", "protein folding", "soccer tactics", "volcanoes"];
const harvest = (i) => ({ model: "gpt-4o", max_tokens: 4000, messages: [{ role: "system", content: "You are an expert tutor. Think step by step and give a complete, detailed answer to every question." }, { role: "user", content: `Question ${i}: explain ${TOPICS[i % TOPICS.length]} and compute ${i} * 17 + 3.` }] });
// 1. get the key challenged
let s;
for (let i = 0; i < 40; i++) {
  const r = await fetch(G + "/v1/chat/completions", { method: "POST", headers: H, body: JSON.stringify(harvest(i)) });
  s = r.status; await r.text();
  if (s === 403) { console.log(`key refused (403) after ${i + 1} requests`); break; }
}
const id = (await (await fetch(G + "/admin/keys/lookup", { method: "POST", headers: { authorization: "Bearer " + T }, body: JSON.stringify({ key: KEY }) })).json()).keyId;
const standing = async () => (await (await fetch(G + "/admin/keys/" + id, { headers: { authorization: "Bearer " + T } })).json()).detection?.standing;
console.log("standing:", await standing());
// 2. a large batch upload on the same key, and direct requests while it is being processed
const lines = [];
for (let i = 0; i < N; i++) lines.push(JSON.stringify({ custom_id: "r" + i, method: "POST", url: "/v1/chat/completions", body: { model: "m", max_tokens: 1, messages: [{ role: "user", content: "q" + i }] } }));
const fd = new FormData();
fd.append("purpose", "batch");
fd.append("file", new Blob([lines.join("\n") + "\n"]), "b.jsonl");
const t0 = Date.now();
const up = fetch(G + "/v1/files", { method: "POST", headers: { authorization: "Bearer " + KEY }, body: fd }).then(async (r) => ({ status: r.status, ms: Date.now() - t0, body: (await r.text()).slice(0, 150) }));
const results = [];
const direct = async (i) => {
  await new Promise((ok) => setTimeout(ok, 250 * i));
  const t = Date.now();
  const r = await fetch(G + "/v1/chat/completions", { method: "POST", headers: H, body: JSON.stringify(harvest(1000 + i)) });
  results.push({ i, status: r.status, policy: r.headers.get("x-guard-policy"), ms: Date.now() - t, at: t - t0 });
  await r.text();
};
await Promise.all([...Array(P).keys()].map(direct));
const u = await up;
console.log("upload:", u.status, u.ms, "ms", u.body);
results.sort((a, b) => a.i - b.i);
for (const r of results) console.log(`direct ${r.i} at +${r.at} ms: ${r.status} ${r.policy ?? ""} (${r.ms} ms)`);
console.log("served 200 while refused:", results.filter((r) => r.status === 200).length, "of", results.length);
