// R51-1: on a degraded key, an answer fetched in pieces by continuation turns of 65-160 chars
// (unique each time) plus a <thinking> system prompt: every piece gets 512 + 1024 of room.
import { chains, showChains, SYS_TAG, CLAUDE } from "./lib51.mjs";
const CONT = ["Please keep going from the exact word where the previous reply stopped, no recap needed",
  "Carry on with the derivation from the precise point you reached; skip any summary at all",
  "Resume right where the last message was cut off and finish the remaining part of it",
  "Pick up the text again at the last sentence you wrote and continue to the very end"];
const turn = (p, c) => CONT[(p + c) % 4] + ` (part ${p + 1} of chapter ${c + 1}).`;
const A = chains("r51-1-long-tag", (h, p, c) => ({ body: { model: CLAUDE, max_tokens: 8000, system: SYS_TAG, messages: p === 0 ? h : h.concat([{ role: "user", content: turn(p, c) }]) } }), { ip: "192.0.2.11" });
const B = chains("r51-1-long-notag", (h, p, c) => ({ body: { model: CLAUDE, max_tokens: 8000, messages: p === 0 ? h : h.concat([{ role: "user", content: turn(p, c) }]) } }), { ip: "192.0.2.12" });
const C = chains("r51-1-short-tag", (h, p) => ({ body: { model: CLAUDE, max_tokens: 8000, system: SYS_TAG, messages: p === 0 ? h : h.concat([{ role: "user", content: "Continue." }]) } }), { ip: "192.0.2.13" });
showChains("A: <thinking> system prompt, 65-160-char continuation turns", A);
showChains("B: same turns, no tag (control)", B);
showChains("C: <thinking> system prompt, \"Continue.\" (the chain rule)", C);
const deg = A.all.degraded === A.all.n;
const later = A.per.slice(1).every((x) => x.max > 512);
console.log(`pieces 2..${A.pieces} on the degraded key each got ${A.per[1].max} (docs: a continuation shrinks, \"Continue.\" gets ${C.per[1].max}); A/C total ${(A.all.completion / C.all.completion).toFixed(2)}x, A/B ${(A.all.completion / B.all.completion).toFixed(2)}x`);
console.log(deg && later ? "REPRODUCED" : "not reproduced");
