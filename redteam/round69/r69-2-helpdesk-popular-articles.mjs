// R69-2: a help-centre support bot hands over the help-centre article matching the ticket ("Ok.") and asks with
// the customer's ticket; popular articles (password reset, refunds, shipping) come up again and again, so the
// article is "sent before" and read back. Answers 200-700 tokens (max_tokens 1,000). Controls: article + ticket
// in one user turn; every article composed anew (nothing handed over twice). Seed-dependent: a second seed is
// printed for information.
import { helpdesk } from "./products.mjs";
import { run, show } from "./lib.mjs";
const seed = Number(process.argv[2] ?? 69201);
const sel = (e) => e._p === "helpdesk";
const o = { ans: [200, 700], maxTokens: 1000 };
const res = {};
const cases = [
  ["handed", "PRODUCT: popular article handed over ('Ok.')", { mode: "handed" }],
  ["joined", "CONTROL: article + ticket in one user turn", { mode: "joined" }],
  ["fresh", "CONTROL: article handed over, never the same", { mode: "fresh" }],
  ["short", "reference: handed over, answers 150-520 (max 800)", { mode: "handed", ans: [150, 520], maxTokens: 800 }],
];
for (const [n, label, c] of cases) { res[n] = run(`r69-2-${n}-${seed}`, helpdesk({ seed, ...o, ...c }), sel); show(label, res[n]); }
const s2 = run(`r69-2-handed-${seed + 1}`, helpdesk({ seed: seed + 1, ...o, mode: "handed" }), sel); show(`info: seed ${seed + 1}, handed over`, s2);
console.log(`(seed ${seed}; one backend key, gpt-4.1-mini, ~1,100-1,450 tickets a day over 3 days, 45 articles per language in 5 languages, 1.2-5 K chars, Zipf popularity; 20 % of tickets ask for a detailed explanation)`);
console.log("threshold: the product (handed over) >= 50 % of requests degraded and >= 40 points above both controls (joined, fresh)");
const a = res.handed, j = res.joined, f = res.fresh;
console.log(`${a.degPct >= 50 && a.degPct - j.degPct >= 40 && a.degPct - f.degPct >= 40 ? "REPRODUCED" : "not reproduced"}: ${a.degPct.toFixed(1)} % degraded (${a.cutPct.toFixed(1)} % of answer tokens cut) vs joined ${j.degPct.toFixed(1)} % and fresh ${f.degPct.toFixed(1)} %; seed ${seed + 1}: ${s2.degPct.toFixed(1)} %`);
