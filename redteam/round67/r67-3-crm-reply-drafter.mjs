// R67-3: a CRM e-mail assistant ("Draft a reply" after a pasted thread) is degraded whatever the
// layout, because its end customers' e-mails ask for explanations ("explain in detail, step by
// step") and those words are read as the key's own asks. Control: the same product whose customers
// never write such a line. The fixed-instruction layout (the round-66 rule) adds nothing here.
import { crm, OPT } from "./products.mjs";
import { run, show } from "./lib.mjs";
const seed = Number(process.argv[2] ?? 67201);
const res = {};
const cases = [
  ["fixed", "thread handed over, fixed 'Draft a reply'", { mode: "fixed" }, 0.3],
  ["varied", "thread handed over, instruction names recipient", { mode: "varied" }, 0.3],
  ["joined", "thread and instruction in one turn", { mode: "joined" }, 0.3],
  ["nocue", "CONTROL: fixed layout, no customer asks to explain", { mode: "fixed" }, 0],
];
for (const [n, label, o, cue] of cases) { OPT.cue = cue; res[n] = run(`r67-3-${n}-${seed}`, crm({ seed, ...o })); show(label, res[n]); }
OPT.cue = 0.3;
console.log(`(seed ${seed}; one backend key, ~1,000-1,300 drafts a day over 3 days, gpt-4.1, replies 160-520 tokens; 30 % of customer e-mails ask for a detailed explanation)`);
console.log("threshold: the fixed layout >= 50 % of requests degraded and >= 40 points above the no-explanation-asks control");
const a = res.fixed, c = res.nocue;
console.log(`${a.degPct >= 50 && a.degPct - c.degPct >= 40 ? "REPRODUCED" : "not reproduced"}: ${a.degPct.toFixed(1)} % vs control ${c.degPct.toFixed(1)} % (varied ${res.varied.degPct.toFixed(1)} %, joined ${res.joined.degPct.toFixed(1)} %; answer tokens cut ${a.cutPct.toFixed(1)} %)`);
