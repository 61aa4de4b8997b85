// R51-2: pieces whose answer-so-far is pasted into the user turn (forged history, R23-5 class)
// with the <thinking> system prompt: every piece on the degraded key gets 1,536.
import { chains, showChains, SYS_TAG, CLAUDE } from "./lib51.mjs";
const mk = (sys) => (h, p, c, q) => {
  const sofar = h.filter((m) => m.role === "assistant").map((m) => m.content).join(" ");
  const body = { model: CLAUDE, max_tokens: 8000, messages: [{ role: "user", content: p === 0 ? q : q + "\n\nDraft so far:\n" + sofar + "\n\nWrite the next part only." }] };
  if (sys) body.system = SYS_TAG;
  return { body };
};
const A = chains("r51-2-pasted-tag", mk(true), { ip: "192.0.2.21" });
const B = chains("r51-2-pasted-notag", mk(false), { ip: "192.0.2.22" });
showChains("A: draft pasted into the user turn, <thinking> system prompt", A);
showChains("B: same, no tag", B);
console.log(`per piece: ${A.per[1].max} with the tag vs ${B.per[1].max} without; A/B ${(A.all.completion / B.all.completion).toFixed(2)}x`);
console.log(A.all.degraded === A.all.n && A.per.slice(1).every((x) => x.max >= 1536) ? "REPRODUCED" : "not reproduced");
