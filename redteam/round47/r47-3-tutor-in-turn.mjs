// R47-3: an honest homework-tutor app whose fixed ~1,500-char tutoring rules (ending "Explain your
// reasoning step by step so the student can follow") sit in the user turn before the student's
// question (grade-school maths problems), 300 a day at random times in 10 business hours, 5 days,
// answers 300-900 tokens. Replayed here and at 642c19b (/tmp/rt47-old, made here if missing).
// Also: a summariser with a fixed 1,500-char style block in the user turn before 9,000-char texts.
import * as L from "./lib47.mjs";
import fs from "node:fs";
import path from "node:path";
import { execSync } from "node:child_process";
if (!fs.existsSync(L.OLD_ROOT + "/package.json")) execSync(`rm -rf ${L.OLD_ROOT} && git clone -q /work/main ${L.OLD_ROOT} && cd ${L.OLD_ROOT} && git checkout -q 642c19b && ln -s /work/main/node_modules node_modules && cp /work/main/.dev.vars .`);
const gsm = L.cleanPayloads(4).filter((t) => t.length < 600 && !/def |\(\)/.test(t));
const sg = L.shuffle(L.corpus("benign_sharegpt.jsonl").map((x) => x.text).filter((t) => t.length > 800), L.rng(5));
const longDoc = (i, n) => { let s = ""; let j = 0; while (s.length < n) s += sg[(i * 5 + j++) % sg.length] + "\n\n"; return s.slice(0, n); };
const TUT = "You are Ms. Rivera, a patient maths tutor for a homework-help app used by secondary school students. " + L.block(1300, 41, "TUTORING RULES") + "\nExplain your reasoning step by step so the student can follow, then give the final answer.\n";
const SUMI = L.block(1500, 43, "SUMMARY STYLE");
const apps = {
  "tutor, rules in the user turn": { perDay: 300, make: (i) => `${TUT}\nStudent's question:\n${gsm[i % gsm.length]}`, completion: (i, r) => 300 + Math.floor(r() * 600) },
  "tutor, rules as the system prompt": { perDay: 300, system: TUT, make: (i) => gsm[i % gsm.length], completion: (i, r) => 300 + Math.floor(r() * 600) },
  "summariser, style block in the user turn, 9,000-char texts": { perDay: 600, make: (i) => `${SUMI}\n\n${longDoc(i, 9000)}\n\nWrite the summary as 5 bullet points.`, completion: (i, r) => 200 + Math.floor(r() * 300) },
};
const res = {}; let k = 0;
for (const [name, a] of Object.entries(apps)) {
  const f = path.join(L.OUT, `r47-3-v${k++}.jsonl`);
  const tr = L.appTrace(f, { key: "sk-rt47-3-" + k, days: 5, perDay: a.perDay, system: a.system, make: a.make, completion: a.completion, maxTokens: 1024 });
  for (const [lab, root] of [["new", L.ROOT], ["old", L.OLD_ROOT]]) {
    const dec = L.replayAt(root, f, f + "." + lab + ".dec"); const s = L.summary(tr, dec);
    s.cut = tr.filter((t, j) => dec[j].degraded && t.usage.completion_tokens > 512).length;
    res[name + "/" + lab] = s; console.log(L.brief(`${name} / ${lab === "old" ? "642c19b" : "now"}`, s), `answers cut at 512: ${s.cut}`);
  }
}
const n = res["tutor, rules in the user turn/new"], o = res["tutor, rules in the user turn/old"];
const sn = res["tutor, rules as the system prompt/new"], so = res["tutor, rules as the system prompt/old"];
const un = res["summariser, style block in the user turn, 9,000-char texts/new"], uo = res["summariser, style block in the user turn, 9,000-char texts/old"];
const ok = n.degraded > 0.5 * n.n && o.degraded === 0 && o.refused === 0;
console.log(`${ok ? "REPRODUCED" : "not reproduced"}: in-turn tutor, 1,500 requests: now ${n.degraded} degraded (${n.cut} answers cut at 512 tokens), ${n.full} in full; at 642c19b ${o.degraded} degraded, ${o.full} in full; as a system prompt ${sn.refused} refused now / ${so.refused} at 642c19b (first challenge ${sn.firstChallenge}/${so.firstChallenge}); summariser first degrade ${un.firstDegrade} now vs ${uo.firstDegrade} at 642c19b (${un.degraded} vs ${uo.degraded} degraded, max score ${un.maxScore} vs ${uo.maxScore})`);
