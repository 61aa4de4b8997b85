// R68-1: one FIXED block of reference text (cacheable) sent before every ask as a user turn the client
// acknowledges itself ("Ok."): "material handed over" counts in what the request brings, every time,
// so a long-answer harvest's answers read as proportionate to its prompts. The same block as a system
// prompt or as a fake first turn with a longer acknowledgement is read away as a repeated prefix.
import { build, replay, figures, show } from "./lib.mjs";

const LONG_ACK = "Thank you, I have read the whole reference document carefully and I will follow it in every answer that comes after this message.";
const cases = [
  { name: "ctl-none", label: "control: the ask alone (no material)" },
  { name: "ctl-sys8", label: "control: fixed 8K chars in the system prompt", sysMat: true, matChars: 8000 },
  { name: "ctl-ack8", label: "control: fixed 8K fake first turn, 130-char ack", handMat: true, matChars: 8000, ack: LONG_ACK },
  { name: "atk-2k", label: "attack: fixed 2K handed over ('Ok.')", handMat: true, matChars: 2000 },
  { name: "atk-4k", label: "ATTACK: fixed 4K handed over ('Ok.')", handMat: true, matChars: 4000 },
  { name: "atk-8k", label: "ATTACK: fixed 8K handed over ('Ok.')", handMat: true, matChars: 8000 },
  { name: "atk-claude8", label: "ATTACK on /v1/messages (Sonnet, 8,192): fixed 8K handed over", handMat: true, matChars: 8000, route: "messages" },
  { name: "ctl-claude", label: "control on /v1/messages: the ask alone", route: "messages" },
  { name: "ref-joined8", label: "reference (R16-2's open user-turn note): 8K + ask in one turn", joined: true, matChars: 8000 },
];
const seed = Number(process.argv[2] ?? 68101);
const res = {};
for (const k of cases) { const f = figures(replay(`r68-1-${k.name}-${seed}`, build(k, seed))); res[k.name] = f; show(k.label, f); }
console.log(`(seed ${seed}; 1,500 asks, one every 20-60 s, 7 languages, answers 1,400-3,600 tokens, T 0.7; gpt-4.1 max_tokens 4,096)`);
console.log("threshold: fixed 8K handed over >= 80 % of answer tokens in full and >= 50 points above the best control (none, system prompt, long ack)");
const a = res["atk-8k"].tokPct, c = Math.max(res["ctl-none"].tokPct, res["ctl-sys8"].tokPct, res["ctl-ack8"].tokPct);
console.log(`${a >= 80 && a - c >= 50 ? "REPRODUCED" : "not reproduced"}: handed over ${a.toFixed(1)} % of tokens in full, best control ${c.toFixed(1)} %`);
