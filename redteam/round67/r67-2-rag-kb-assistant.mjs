// R67-2: a RAG knowledge-base assistant (passages retrieved per question, long structured answers,
// 11 languages) is degraded unless its query embeddings travel through the same key. Most RAG
// products embed with another key or vendor. Cases: passages handed over as user turns answered
// "Ok." without embeddings on the key (the product), with them (the control), and passages in the
// system prompt with embeddings (the other common layout).
import { rag } from "./products.mjs";
import { run, show } from "./lib.mjs";
const seed = Number(process.argv[2] ?? 67501);
const sel = (e) => e._p === "rag";
const res = {};
const cases = [
  ["handed-noemb", "passages handed over, embeddings elsewhere", { embeddings: false }],
  ["handed-emb", "CONTROL: same, embeddings on the same key", { embeddings: true }],
  ["sys-emb", "passages in the system prompt, embeddings on key", { layout: "sys", embeddings: true }],
  ["sys-noemb", "passages in the system prompt, embeddings elsewhere", { layout: "sys", embeddings: false }],
];
for (const [n, label, o] of cases) { res[n] = run(`r67-2-${n}-${seed}`, rag({ seed, ...o }), sel); show(label, res[n]); }
console.log(`(seed ${seed}; one backend key, ~900-1,200 questions a day over 3 days, gpt-4.1 max_tokens 2,048, answers 450-1,400 tokens; 40 % of questions ask "explain step by step")`);
console.log("threshold: the product (handed over, embeddings elsewhere) >= 50 % of chat requests degraded and >= 40 points above the same-key-embeddings control");
const a = res["handed-noemb"], c = res["handed-emb"];
console.log(`${a.degPct >= 50 && a.degPct - c.degPct >= 40 ? "REPRODUCED" : "not reproduced"}: ${a.degPct.toFixed(1)} % degraded (${a.cutPct.toFixed(1)} % of answer tokens cut) vs control ${c.degPct.toFixed(1)} %; system-prompt layout ${res["sys-emb"].degPct.toFixed(1)} % / ${res["sys-noemb"].degPct.toFixed(1)} %`);
