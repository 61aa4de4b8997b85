// R41-2: files.create with a file streamed from disk (fs.createReadStream: OpenAI's own documented form of
// files.create) while the key is challenged: guardFetch() cannot resend a streamed body, so it returns the 403
// unchanged; the app gets PermissionDeniedError challenge_required whose message says the helper "does this".
// The same file as a Buffer/File goes through (control).
import OpenAI, { toFile } from "openai"; import fs from "node:fs"; import { createHash } from "node:crypto";
import { startGuard, startOrigin, ORIGIN, BASE, setTier, recordingFetch } from "./lib.mjs";
const wire = []; globalThis.fetch = recordingFetch(wire, globalThis.fetch);
const { guardFetch } = await import("llm-edge-guard/client");
const origin = await startOrigin(ORIGIN); const g = await startGuard({ tag: "r2" });
const lines = Array.from({ length: 20 }, (_, j) => JSON.stringify({ custom_id: "r" + j, method: "POST", url: "/v1/chat/completions", body: { model: "gpt-4o-mini", max_tokens: 100, messages: [{ role: "user", content: "Summarise meeting note " + j } ] } })).join("\n") + "\n";
const F = "/tmp/rt41-r2-batch.jsonl"; fs.writeFileSync(F, lines); const want = createHash("sha256").update(lines).digest("hex");
const pdf = "/tmp/rt41-r2-doc.pdf"; fs.writeFileSync(pdf, Buffer.alloc(300000, 37));
let streamFailed = 0, controlOk = 0;
try {
  const cases = [["batch JSONL, fs.createReadStream", () => fs.createReadStream(F), "batch", true], ["PDF user_data, fs.createReadStream", () => fs.createReadStream(pdf), "user_data", true], ["batch JSONL, toFile(Buffer) (control)", () => toFile(fs.readFileSync(F), "b.jsonl"), "batch", false]];
  for (const [name, mk, purpose, isStream] of cases) {
    const k = "sk-rt41-r2-" + name.replace(/\W/g, ""); await setTier(g, k, "chal");
    const o = new OpenAI({ apiKey: k, baseURL: BASE + "/v1", fetch: guardFetch() });
    const w0 = wire.length, n0 = origin.log.length;
    try { const f = await o.files.create({ file: await mk(), purpose }); const rec = origin.log.slice(n0).find((x) => x.path === "/v1/files");
      console.log(`${name}: uploaded ${f.id}${purpose === "batch" ? `, ${rec?.fileSha === want ? "intact" : "CHANGED"}` : ""}; wire ${wire.slice(w0).filter((x) => x.url.includes("/v1/")).map((x) => x.status + (x.sol ? "+solution" : "")).join(",")}`); if (!isStream) controlOk++; }
    catch (e) { console.log(`${name}: ${e.constructor.name} ${e.status} ${e.code}; wire ${wire.slice(w0).filter((x) => x.url.includes("/v1/")).map((x) => x.status + (x.sol ? "+solution" : "")).join(",")}; reached origin ${origin.log.length - n0}\n  message: ${String(e.message).slice(0, 330)}`); if (isStream) streamFailed++; }
  }
} finally { g.kill(); await origin.close(); }
console.log(streamFailed && controlOk ? `REPRODUCED: ${streamFailed} of 2 streamed uploads refused 403 challenge_required with guardFetch(); the Buffer upload passed` : "not reproduced");
