// R81-1: an Anthropic Files API user (the official @anthropic-ai/sdk's beta.files helpers) cannot upload
// through the guard, so every later `document` / `image` source of type "file" is a 404 whose way back
// ("Upload it with this key (POST /v1/files)") is the very upload that was refused.
import Anthropic, { toFile } from "@anthropic-ai/sdk";
const PORT = process.env.PORT || 8981;
const a = new Anthropic({ apiKey: "sk-ant-r81-1-" + Date.now(), baseURL: `http://127.0.0.1:${PORT}`, maxRetries: 0 });
const out = {};
// 1. upload a PDF the way Anthropic's docs show (no `purpose`: Anthropic's Files API has none)
try {
  const f = await a.beta.files.upload({ file: await toFile(Buffer.from("%PDF-1.4 master services agreement"), "msa.pdf", { type: "application/pdf" }) });
  out.upload = { status: 200, id: f.id };
} catch (e) { out.upload = { status: e.status, cls: e.constructor.name, body: e.error }; }
console.log("beta.files.upload ->", JSON.stringify(out.upload));
// 2. list (what a file manager UI shows)
try { const l = await a.beta.files.list(); out.list = l.data.length; } catch (e) { out.list = e.status; }
console.log("beta.files.list -> items:", out.list);
// 3. the message naming the file (id as Anthropic issues them, e.g. uploaded by the customer's console or before the guard)
const fid = out.upload.id || "file_011CNha8iCJcU1wXNR6q4V8w";
try {
  const m = await a.beta.messages.create({ model: "mock-claude", max_tokens: 20, betas: ["files-api-2025-04-14"],
    messages: [{ role: "user", content: [{ type: "document", source: { type: "file", file_id: fid } }, { type: "text", text: "What is the termination notice period?" }] }] });
  out.msg = { status: 200, usage: m.usage };
} catch (e) { out.msg = { status: e.status, cls: e.constructor.name, message: e.error?.error?.message }; }
console.log("messages.create with document source {type:file} ->", JSON.stringify(out.msg));
// 4. download / delete of the customer's own Anthropic file
for (const [name, fn] of [["retrieveMetadata", () => a.beta.files.retrieveMetadata(fid)], ["delete", () => a.beta.files.delete(fid)]]) {
  try { await fn(); console.log(`beta.files.${name} -> 200`); } catch (e) { console.log(`beta.files.${name} ->`, e.status); out[name] = e.status; }
}
const wayBackRefused = out.upload.status === 400 && /POST \/v1\/files/.test(out.msg.message || "");
console.log(`upload refused: ${out.upload.status === 400}; file input refused: ${out.msg.status === 404}; the 404 names the refused upload as its way back: ${wayBackRefused}`);
console.log(out.upload.status === 400 && out.msg.status === 404 ? "REPRODUCED" : "not reproduced");
