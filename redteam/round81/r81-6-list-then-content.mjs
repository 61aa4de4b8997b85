// R81-6: a nightly collector lists its own batches (client.batches.list(), auto-paginated) and downloads
// each completed batch's output_file_id (client.files.content) - it never calls batches.retrieve because
// the list entry already carries output_file_id. The guard refuses the key's own output file with 404 until
// the key has retrieved that batch by id. The message does say so; the job crashes on the first batch.
import OpenAI, { toFile } from "openai";
const PORT = process.env.PORT || 8981; const base = `http://127.0.0.1:${PORT}`;
const O = new OpenAI({ apiKey: "sk-r81-6-" + Date.now(), baseURL: base + "/v1", maxRetries: 0 });
const ids = [];
for (let j = 0; j < 3; j++) {
  const bl = JSON.stringify({ custom_id: "1", method: "POST", url: "/v1/chat/completions", body: { model: "mock-gpt", max_tokens: 5, messages: [{ role: "user", content: "Tag invoice " + j }] } }) + "\n";
  const bf = await O.files.create({ file: await toFile(Buffer.from(bl), `night-${j}.jsonl`), purpose: "batch" });
  ids.push((await O.batches.create({ input_file_id: bf.id, endpoint: "/v1/chat/completions", completion_window: "24h" })).id);
}
let listed = 0, completed = 0, got = 0, refused = 0, msg = "";
for await (const b of O.batches.list()) {
  listed++; if (b.status !== "completed" || !b.output_file_id) continue; completed++;
  try { await (await O.files.content(b.output_file_id)).text(); got++; } catch (e) { refused++; msg = `${e.status} ${e.message}`; }
}
console.log(`batches.list: ${listed} listed, ${completed} completed with output_file_id; files.content: ${got} served, ${refused} refused`);
console.log("refusal:", msg.slice(0, 300));
let after = 0; for (const id of ids) { const b = await O.batches.retrieve(id); try { await (await O.files.content(b.output_file_id)).text(); after++; } catch {} }
console.log(`after batches.retrieve of each (the way back the message names): ${after}/${ids.length} served`);
console.log(completed > 0 && refused === completed ? "REPRODUCED" : "not reproduced");
