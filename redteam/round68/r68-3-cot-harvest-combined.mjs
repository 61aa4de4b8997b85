// R68-3: a step-by-step (chain-of-thought) harvest, which neither R68-1 nor R68-2 frees alone, is
// served in full with both: a fixed 8K block handed over before each ask and one one-word embedding
// per ask.
import { build, replay, figures, show } from "./lib.mjs";

const cases = [
  { name: "ctl-cot", label: "control: step-by-step asks alone", cotWhere: "input" },
  { name: "ctl-hand", label: "control: + fixed 8K handed over only", cotWhere: "input", handMat: true, matChars: 8000 },
  { name: "ctl-emb", label: "control: + 1 one-word embedding per ask only", cotWhere: "input", emb: 1, embChars: 6 },
  { name: "ctl-ack-emb", label: "control: 8K with a 130-char ack + 1 embedding", cotWhere: "input", handMat: true, matChars: 8000, emb: 1, embChars: 6, ack: "Thank you, I have read the whole reference document carefully and I will follow it in every answer that comes after this message." },
  { name: "atk-both", label: "ATTACK: fixed 8K handed over + 1 embedding per ask", cotWhere: "input", handMat: true, matChars: 8000, emb: 1, embChars: 6 },
  { name: "atk-both-claude", label: "ATTACK on /v1/messages: both", cotWhere: "input", handMat: true, matChars: 8000, emb: 1, embChars: 6, route: "messages" },
];
const seed = Number(process.argv[2] ?? 68301);
const res = {};
for (const k of cases) { const f = figures(replay(`r68-3-${k.name}-${seed}`, build(k, seed))); res[k.name] = f; show(k.label, f); }
console.log(`(seed ${seed}; 1,500 step-by-step asks, one every 20-60 s, 7 languages, answers 1,400-3,600 tokens, T 0.7; gpt-4.1 max_tokens 4,096)`);
console.log("threshold: both tricks >= 80 % of answer tokens in full and >= 50 points above the best control (alone, each trick alone, long ack + embedding)");
const a = res["atk-both"].tokPct, c = Math.max(res["ctl-cot"].tokPct, res["ctl-hand"].tokPct, res["ctl-emb"].tokPct, res["ctl-ack-emb"].tokPct);
console.log(`${a >= 80 && a - c >= 50 ? "REPRODUCED" : "not reproduced"}: both ${a.toFixed(1)} % of tokens in full, best control ${c.toFixed(1)} %`);
