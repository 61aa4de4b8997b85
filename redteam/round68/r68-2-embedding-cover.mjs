// R68-2: one one-word embedding per ask (~2 tokens at an embedding model's price) beside a long-answer
// harvest: an embeddings request settles with no readable prompt (R64-3's fix) but still counts as a
// request in every share the key is judged by, so the harvest is served in full.
import { build, replay, figures, show } from "./lib.mjs";

const cases = [
  { name: "ctl-none", label: "control: the harvest alone" },
  { name: "atk-emb1", label: "ATTACK: + 1 one-word embedding per ask", emb: 1, embChars: 6 },
  { name: "atk-emb1-40", label: "attack: + 1 40-char embedding per ask", emb: 1, embChars: 40 },
  { name: "ctl-claude", label: "control on /v1/messages: the harvest alone", route: "messages" },
  { name: "atk-claude", label: "ATTACK on /v1/messages: + 1 one-word embedding per ask", emb: 1, embChars: 6, route: "messages" },
  { name: "ref-label", label: "reference: + 1 one-token gpt-4.1 label per ask instead", lab: 1, labModel: "gpt-4.1" },
];
const seed = Number(process.argv[2] ?? 68201);
const res = {};
for (const k of cases) { const f = figures(replay(`r68-2-${k.name}-${seed}`, build(k, seed))); res[k.name] = f; show(k.label, f); }
console.log(`(seed ${seed}; 1,500 asks, one every 20-60 s, 7 languages, answers 1,400-3,600 tokens, T 0.7; figures over the harvest's requests only)`);
console.log("threshold: one-word embedding cover >= 80 % of the harvest's answer tokens in full and >= 50 points above the harvest alone");
const a = res["atk-emb1"].tokPct, c = res["ctl-none"].tokPct;
console.log(`${a >= 80 && a - c >= 50 ? "REPRODUCED" : "not reproduced"}: with cover ${a.toFixed(1)} % of tokens in full, alone ${c.toFixed(1)} %`);
