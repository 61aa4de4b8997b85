// R81-4: one company, two services with their own keys sharing documents (or a rotation the operator
// groups after the fact). The operator puts both keys in one batch group, as docs/config.md says to.
// Batches created before the grouping are shared (documented), but documents uploaded before the grouping
// stay 404 for the other key; only those uploaded afterwards are shared. The 404 for a model input tells
// the customer only to upload again with this key.
import OpenAI, { toFile } from "openai";
import { readFileSync } from "node:fs";
const PORT = process.env.PORT || 8981; const base = `http://127.0.0.1:${PORT}`;
const T = readFileSync(new URL("../../.dev.vars", import.meta.url), "utf8").match(/GUARD_ADMIN_TOKEN=(\S+)/)[1];
const admin = (p, m = "GET", b) => fetch(base + "/admin" + p, { method: m, headers: { authorization: `Bearer ${T}` }, body: b && JSON.stringify(b) }).then(r => r.json());
const t = Date.now(); const kIngest = "sk-r81-4-ingest-" + t, kChat = "sk-r81-4-chat-" + t;
const mk = (k) => new OpenAI({ apiKey: k, baseURL: base + "/v1", maxRetries: 0 });
const Ingest = mk(kIngest), Chat = mk(kChat);
const ask = async (c, id) => { try { await c.chat.completions.create({ model: "mock-gpt", max_tokens: 5, messages: [{ role: "user", content: [{ type: "file", file: { file_id: id } }, { type: "text", text: "Answer from the contract" }] }] }); return { status: 200 }; } catch (e) { return { status: e.status, message: e.message }; } };
const before = [];
for (let i = 0; i < 4; i++) before.push((await Ingest.files.create({ file: await toFile(Buffer.from("%PDF-1.4 contract " + i), `contract-${i}.pdf`), purpose: "user_data" })).id);
const bl = JSON.stringify({ custom_id: "1", method: "POST", url: "/v1/chat/completions", body: { model: "mock-gpt", max_tokens: 5, messages: [{ role: "user", content: "hi" }] } }) + "\n";
const bf = await Ingest.files.create({ file: await toFile(Buffer.from(bl), "b.jsonl"), purpose: "batch" });
const batch = await Ingest.batches.create({ input_file_id: bf.id, endpoint: "/v1/chat/completions", completion_window: "24h" });
const g = "acme-" + t;
for (const k of [kIngest, kChat]) { const { keyId } = await admin("/keys/lookup", "POST", { key: k }); await admin(`/keys/${keyId}/overrides`, "PUT", { batchGroup: g }); }
const after = (await Ingest.files.create({ file: await toFile(Buffer.from("%PDF-1.4 contract new"), "contract-new.pdf"), purpose: "user_data" })).id;
let okBefore = 0, msg = "";
for (const d of before) { const r = await ask(Chat, d); if (r.status === 200) okBefore++; else msg = r.message; }
const rAfter = await ask(Chat, after);
let bRet; try { await Chat.batches.retrieve(batch.id); bRet = 200; } catch (e) { bRet = e.status; }
console.log(`group mate retrieves a batch created before the grouping -> ${bRet}`);
console.log(`group mate names documents uploaded before the grouping: ${okBefore}/4 served; after the grouping: ${rAfter.status}`);
console.log("refusal:", msg.slice(0, 400));
const ls = []; for await (const f of Chat.files.list()) ls.push(f.id);
console.log("group mate's files.list shows pre-group documents:", before.filter(d => ls.includes(d)).length, "of 4; post-group:", ls.includes(after));
console.log("message names a batch group / the provider as a way back:", /batch group|provider/i.test(msg.replace(/a key of its batch group/, "")));
console.log(okBefore === 0 && rAfter.status === 200 && bRet === 200 ? "REPRODUCED" : "not reproduced");
