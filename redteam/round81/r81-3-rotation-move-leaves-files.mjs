// R81-3: key rotation the way docs/config.md describes it without a batch group: the operator moves the
// old key's batches to the new key (POST /admin/keys/:old/batches/move). The customer's documents
// (user_data PDFs its app names by file_id) are not moved - not even when named in "ids" - so after the
// old key is revoked (deny list) the new key gets 404 on every stored document, cannot delete them, and
// the old key cannot either: they are stranded at the origin.
import OpenAI, { toFile } from "openai";
import { readFileSync } from "node:fs";
const PORT = process.env.PORT || 8981; const base = `http://127.0.0.1:${PORT}`;
const T = readFileSync(new URL("../../.dev.vars", import.meta.url), "utf8").match(/GUARD_ADMIN_TOKEN=(\S+)/)[1];
const admin = (p, m = "GET", b) => fetch(base + "/admin" + p, { method: m, headers: { authorization: `Bearer ${T}` }, body: b && JSON.stringify(b) }).then(r => r.json());
const t = Date.now(); const kOld = "sk-r81-3-old-" + t, kNew = "sk-r81-3-new-" + t;
const mk = (k) => new OpenAI({ apiKey: k, baseURL: base + "/v1", maxRetries: 0 });
const Old = mk(kOld), New = mk(kNew);
const ask = async (c, id) => { try { await c.chat.completions.create({ model: "mock-gpt", max_tokens: 5, messages: [{ role: "user", content: [{ type: "file", file: { file_id: id } }, { type: "text", text: "Summarize" }] }] }); return { status: 200 }; } catch (e) { return { status: e.status, message: e.message }; } };
const docs = [];
for (let i = 0; i < 5; i++) docs.push((await Old.files.create({ file: await toFile(Buffer.from("%PDF-1.4 policy " + i), `policy-${i}.pdf`), purpose: "user_data" })).id);
const bl = JSON.stringify({ custom_id: "1", method: "POST", url: "/v1/chat/completions", body: { model: "mock-gpt", max_tokens: 5, messages: [{ role: "user", content: "hi" }] } }) + "\n";
const bf = await Old.files.create({ file: await toFile(Buffer.from(bl), "b.jsonl"), purpose: "batch" });
const batch = await Old.batches.create({ input_file_id: bf.id, endpoint: "/v1/chat/completions", completion_window: "24h" });
console.log("old key: 5 documents", docs.join(","), "and batch", batch.id, "; old key names doc 0 ->", (await ask(Old, docs[0])).status);
const idOld = (await admin("/keys/lookup", "POST", { key: kOld })).keyId, idNew = (await admin("/keys/lookup", "POST", { key: kNew })).keyId;
const mv1 = await admin(`/keys/${idOld}/batches/move`, "POST", { to: idNew });
const mv2 = await admin(`/keys/${idOld}/batches/move`, "POST", { to: idNew, ids: docs });
console.log("operator move (all) -> moved", mv1.moved, "; move naming the 5 documents -> moved", mv2.moved);
await admin(`/lists/deny/${idOld}`, "PUT", { note: "rotated out" });
let newOk = 0, msg = "";
for (const d of docs) { const r = await ask(New, d); if (r.status === 200) newOk++; else msg = r.message; }
console.log(`new key names the documents: ${newOk}/5 served; refusal: ${msg.slice(0, 420)}`);
let bOk; try { await New.batches.retrieve(batch.id); bOk = 200; } catch (e) { bOk = e.status; }
console.log("new key retrieves the moved batch ->", bOk);
let delNew, delOld; try { await New.files.delete(docs[0]); delNew = 200; } catch (e) { delNew = e.status; }
try { await Old.files.delete(docs[0]); delOld = 200; } catch (e) { delOld = e.status; }
console.log(`cleanup of the stranded documents: new key delete -> ${delNew}, old (revoked) key delete -> ${delOld}`);
console.log(newOk === 0 && mv2.moved === 0 && delNew === 404 ? "REPRODUCED" : "not reproduced");
