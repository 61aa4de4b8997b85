// R81-2: a document-chat product on one production key uploads one PDF per chat (purpose user_data) and
// keeps a company handbook PDF it names in every chat. After 512 further uploads (a few hours of traffic
// for a busy app) the handbook - still in use, still stored at the provider - is a 404 for chat, retrieve
// and delete alike: the window is the 512 newest uploads, not the ones in use, and a file that fell out
// of it can no longer even be deleted by its owner.
import OpenAI, { toFile } from "openai";
import { readFileSync } from "node:fs";
const PORT = process.env.PORT || 8981; const base = `http://127.0.0.1:${PORT}`;
const T = readFileSync(new URL("../../.dev.vars", import.meta.url), "utf8").match(/GUARD_ADMIN_TOKEN=(\S+)/)[1];
const admin = (p, m = "GET", b) => fetch(base + "/admin" + p, { method: m, headers: { authorization: `Bearer ${T}` }, body: b && JSON.stringify(b) }).then(r => r.json());
const key = "sk-r81-2-" + Date.now();
const { keyId } = await admin("/keys/lookup", "POST", { key });
await admin(`/keys/${keyId}/overrides`, "PUT", { tier: "pro" }); // a busy paying app (rpm 600)
const c = new OpenAI({ apiKey: key, baseURL: base + "/v1", maxRetries: 0 });
const ask = async (id, q) => { try { await c.chat.completions.create({ model: "mock-gpt", max_tokens: 5, messages: [{ role: "user", content: [{ type: "file", file: { file_id: id } }, { type: "text", text: q }] }] }); return { status: 200 }; } catch (e) { return { status: e.status, message: e.message }; } };
const handbook = (await c.files.create({ file: await toFile(Buffer.from("%PDF-1.4 employee handbook"), "handbook.pdf"), purpose: "user_data" })).id;
let handbookOk = 0, handbookUses = 0, firstFail = null;
const t0 = Date.now();
for (let i = 0; i < 512; i++) {
  const doc = (await c.files.create({ file: await toFile(Buffer.from("%PDF-1.4 user doc " + i), `chat-${i}.pdf`), purpose: "user_data" })).id;
  if (i % 64 === 63) { // the handbook is named in a chat every 64 uploads (in real life: in every chat)
    const r = await ask(handbook, "Per the handbook, how many vacation days?"); handbookUses++;
    if (r.status === 200) handbookOk++; else if (!firstFail) firstFail = i + 1;
    await ask(doc, "Summarize my document");
  }
  if (Date.now() - t0 > 150000) { console.log("time bound hit at", i); break; }
}
console.log(`512 per-chat uploads in ${Date.now() - t0} ms; handbook named ${handbookUses} times, served ${handbookOk}`);
const use = await ask(handbook, "Per the handbook, how many vacation days?");
console.log("handbook in chat after 512 further uploads ->", use.status, (use.message || "").slice(0, 330));
let listed = []; for await (const f of c.files.list()) listed.push(f.id);
console.log("handbook in files.list:", listed.includes(handbook));
let del; try { await c.files.delete(handbook); del = 200; } catch (e) { del = e.status; console.log("files.delete(handbook) ->", e.status, e.message.slice(0, 420)); }
console.log(`summary: handbook uploaded by this key, still stored at the origin; use -> ${use.status}, delete -> ${del}`);
console.log(use.status === 404 && del === 404 ? "REPRODUCED" : "not reproduced");
