// R46-3: an honest "answer from these documents" app whose fixed instructions (1,700 chars, no
// reasoning cue) sit in the user turn before the retrieved texts, with a fixed output-format block
// after them. Before the twenty-eighth session (642c19b) it was served in full; now its frame is
// found and the retrieved texts behind it are read as the ask: degraded on almost every request.
// The texts are real user-written ShareGPT first turns (what users paste into such an app).
// Replay on this clone and on a clone of 642c19b (/tmp/rt46-old, made here if missing).
import * as L from "./lib46.mjs";
import fs from "node:fs";
import path from "node:path";
import { execSync } from "node:child_process";
if (!fs.existsSync(L.OLD_ROOT + "/package.json")) execSync(`rm -rf ${L.OLD_ROOT} && git clone -q /work/main ${L.OLD_ROOT} && cd ${L.OLD_ROOT} && git checkout -q 642c19b && ln -s /work/main/node_modules node_modules && cp /work/main/.dev.vars .`);
const docs = L.shuffle(L.corpus("benign_sharegpt.jsonl").map((x) => x.text).filter((t) => t.length > 400 && t.length < 3000), L.rng(5));
const qs = L.shuffle([...L.corpus("benign_arena_hard.jsonl"), ...L.corpus("benign_fastchat_mtbench_vicuna.jsonl")].map((x) => x.text).filter((t) => t.length < 600), L.rng(6));
const head = "You are the help-centre assistant of Northwind Office Supplies. Answer the customer's question using only the documents below. " + L.block(1700, 21, "ANSWERING RULES") + "\n";
const tail = "\n" + L.block(900, 23, "OUTPUT FORMAT") + "\nIf the documents do not contain the answer, say so.";
const body = (i) => `[Document 1]\n${docs[i % docs.length]}\n[Document 2]\n${docs[(i * 7 + 3) % docs.length]}\n\nQuestion: ${qs[i % qs.length]}`;
const apps = {
  "instructions in the user turn": { make: (i) => `${head}\n${body(i)}${tail}` },
  "same instructions as the system prompt": { system: head + tail, make: (i) => body(i) },
};
const res = {}; let k = 0;
for (const [name, a] of Object.entries(apps)) {
  const f = path.join(L.OUT, `r46-3-v${k++}.jsonl`);
  const tr = L.appTrace(f, { key: "sk-rt46-rag", days: 5, perDay: 200, system: a.system, make: a.make, completion: (i, r) => 150 + Math.floor(r() * 600), maxTokens: 1024 });
  for (const [lab, root] of [["new", L.ROOT], ["old 642c19b", L.OLD_ROOT]]) {
    const dec = L.replayAt(root, f, f + "." + lab.split(" ")[0] + ".dec"); const s = L.summary(tr, dec);
    const cut = tr.filter((t, j) => dec[j].degraded && t.usage.completion_tokens > 512).length;
    res[name + "/" + lab] = { ...s, cut }; console.log(L.brief(`${name} / ${lab}`, s), `answers cut at 512: ${cut}`);
    console.log("    last reasons:", JSON.stringify(dec.at(-1).reasons));
  }
}
const n = res["instructions in the user turn/new"], o = res["instructions in the user turn/old 642c19b"];
const ok = n.degraded > 0.5 * n.n && o.degraded === 0;
console.log(`${ok ? "REPRODUCED" : "not reproduced"}: in-turn RAG template, 5 days x 200 requests: now ${n.degraded}/${n.n} degraded (${n.cut} answers cut at 512 tokens), at 642c19b ${o.degraded}/${o.n}; as a system prompt ${res["same instructions as the system prompt/new"].degraded}/${n.n} degraded now and ${res["same instructions as the system prompt/old 642c19b"].degraded}/${n.n} at 642c19b`);
