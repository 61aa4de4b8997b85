// Tried and not kept (FINDINGS.md "Tried and not kept"): each attack beside its control, same seed.
import { build, replay, figures, show } from "./lib.mjs";

const RS3 = " Think step by step and write out your full reasoning before the final answer.";
const pairs = [
  ["claude: ask as the input turn", { route: "messages" },
   "claude: ask in the prefill under a fixed turn (R66-3, fixed)", { route: "messages", layout: "prefill" }],
  ["claude: ask as the input turn", { route: "messages" },
   "claude: ask in the prefill, fixed turn with a nonce each time", { route: "messages", layout: "prefill", nonce: true }],
  ["gpt: ask as the input turn", {},
   "gpt chat: ask in a trailing assistant message (fixed turn)", { layout: "prefill" }],
  ["gpt: ask as the input turn", {},
   "gpt chat: trailing assistant message, nonce turn", { layout: "prefill", nonce: true }],
  ["gpt: ask as the input turn", {},
   "gpt: ask in the system prompt, fixed user turn", { sysask: true }],
  ["gpt: ask as the input turn", {},
   "gpt: previous ask + fake 110-char reply as history, then ask", { chain: true }],
  ["gpt: step-by-step rules in the input turn", { cotWhere: "input" },
   "gpt: step-by-step rules handed over ('Ok.'), ask as input", { cotWhere: "hand" }],
  ["gpt: 'write out your full reasoning' asks", { cot: true },
   "gpt: same + fixed 8K handed over", { cot: true, handMat: true }],
  ["gpt: 'write out your full reasoning' asks", { cot: true },
   "gpt: same + 1 one-word embedding per ask", { cot: true, emb: 1, embChars: 6 }],
  ["gpt: 'write out your full reasoning' asks", { cot: true },
   "gpt: same + handed 8K + 1 embedding", { cot: true, handMat: true, emb: 1, embChars: 6 }],
];
const seed = Number(process.argv[2] ?? 68901);
const cache = new Map();
let worst = null;
const run = (label, k) => {
  const id = JSON.stringify(k);
  if (!cache.has(id)) { const f = figures(replay(`tried-${cache.size}-${seed}`, build({ name: "t" + cache.size, ...k }, seed))); cache.set(id, f); show(label, f); }
  return cache.get(id);
};
for (const [cl, ck, al, ak] of pairs) {
  const c = run(cl, ck), a = run(al, ak);
  const gap = a.tokPct - c.tokPct;
  console.log(`  -> ${al}: ${a.tokPct.toFixed(1)} % vs control ${c.tokPct.toFixed(1)} % of tokens in full`);
  if (!worst || gap > worst.gap) worst = { al, a: a.tokPct, c: c.tokPct, gap };
}
console.log(`(seed ${seed}; 1,500 asks each, answers 1,400-3,600 tokens, T 0.7)`);
console.log("threshold (for each pair): attack >= 80 % of tokens in full and >= 50 points above its control");
const hit = worst.a >= 80 && worst.gap >= 50;
console.log(`${hit ? "REPRODUCED (unexpected)" : "not reproduced"}: best tried attack "${worst.al}" ${worst.a.toFixed(1)} % vs control ${worst.c.toFixed(1)} %`);
