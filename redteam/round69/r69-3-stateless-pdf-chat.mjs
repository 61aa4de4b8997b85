// R69-3: a "chat with your PDF" backend that keeps no chat history: each question is sent as [system, user: the
// document, assistant: "Ok.", user: the question]. Sessions of 3-16 questions, 2-7.5 K-token documents, gpt-4.1,
// max_tokens 2,048, answers 300-1,200 tokens. Controls: the document and the question in one user turn; the same
// sessions with the backend keeping the session's previous questions and answers as history.
import { pdfchat } from "./products.mjs";
import { run, show } from "./lib.mjs";
const seed = Number(process.argv[2] ?? 69101);
const sel = (e) => e._p === "pdfchat";
const o = { ans: [300, 1200], cue: 0.2, model: "gpt-4.1", maxTokens: 2048 };
const res = {};
const cases = [
  ["handed", "PRODUCT: document handed over ('Ok.'), no history", { mode: "handed" }],
  ["joined", "CONTROL: document + question in one user turn", { mode: "joined" }],
  ["history", "CONTROL: handed over, with the session's history", { mode: "history" }],
  ["mini", "reference: gpt-4.1-mini, answers 180-800", { mode: "handed", ans: [180, 800], model: "gpt-4.1-mini", maxTokens: 1500 }],
];
for (const [n, label, c] of cases) { res[n] = run(`r69-3-${n}-${seed}`, pdfchat({ seed, ...o, ...c }), sel); show(label, res[n]); }
console.log(`(seed ${seed}; one backend key, ~70-90 sessions a day over 3 days, ~750 questions a day, 11 languages; 20 % of questions ask for a detailed explanation)`);
console.log("threshold: the product (handed over, no history) >= 20 % of requests degraded and >= 20 points above both controls (joined, history)");
const a = res.handed, j = res.joined, h = res.history;
console.log(`${a.degPct >= 20 && a.degPct - j.degPct >= 20 && a.degPct - h.degPct >= 20 ? "REPRODUCED" : "not reproduced"}: ${a.degPct.toFixed(1)} % degraded (${a.cutPct.toFixed(1)} % of answer tokens cut) vs joined ${j.degPct.toFixed(1)} % and history ${h.degPct.toFixed(1)} %`);
