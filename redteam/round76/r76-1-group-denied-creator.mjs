// R76-1: a deny-listed key's message-batch answers still leave the guard through a key of its batch group.
// Background responses answer 403 creator_restricted in the same situation (red team R37-2); batch results do not.
import { req, setOv, admin, keyId, newKey, log } from "./lib.mjs";
const ah = { "anthropic-version": "2023-06-01" };
const A = newKey("creator"), B = newKey("groupmate"), grp = "r76g" + Math.random().toString(36).slice(2, 8);
await setOv(A, { batchGroup: grp }); await setOv(B, { batchGroup: grp });
const requests = []; for (let i = 0; i < 20; i++) requests.push({ custom_id: "q" + i, params: { model: "mock-claude", max_tokens: 64, messages: [{ role: "user", content: `Explain, step by step, topic ${i} of organic chemistry.` }] } });
const mb = await req("POST", "/v1/messages/batches", A, { requests }, ah);
const id = mb.json?.id; console.log("A creates message batch:", mb.status, id);
// the same key also leaves a background response, the documented control
const bg = await req("POST", "/v1/responses", A, { model: "mock-gpt", input: "Explain entropy.", background: true, max_output_tokens: 64 });
console.log("A creates background response:", bg.status, bg.json?.id);
console.log("operator puts A on the deny list:", (await admin("PUT", `/lists/deny/${await keyId(A)}`, { note: "r76-1" })).status);
const own = await req("GET", `/v1/messages/batches/${id}/results`, A, undefined, ah);
const ctl = await req("GET", `/v1/responses/${bg.json.id}`, B);
const via = await req("GET", `/v1/messages/batches/${id}/results`, B, undefined, ah);
const meta = await req("GET", `/v1/messages/batches/${id}`, B, undefined, ah);
const items = via.status === 200 ? via.text.trim().split("\n").filter((l) => JSON.parse(l).result?.type === "succeeded").length : 0;
const outTok = via.status === 200 ? via.text.trim().split("\n").reduce((s, l) => s + (JSON.parse(l).result?.message?.usage?.output_tokens ?? 0), 0) : 0;
console.log("A (denied) fetches its results:", own.status, own.json?.error?.code ?? "");
console.log("control: B retrieves A's background response:", ctl.status, ctl.json?.error?.code ?? "");
console.log("B (group mate) fetches A's batch results:", via.status, `${items} answers, ${outTok} output tokens`);
console.log("B retrieves A's batch:", meta.status);
log("r76-1.json", { id, own: own.status, ctl: ctl.status, via: via.status, items, outTok, meta: meta.status });
if (own.status === 403 && ctl.status === 403 && via.status === 200 && items > 0) console.log("R76-1 REPRODUCED");
else console.log("R76-1 not reproduced");
