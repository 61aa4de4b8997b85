// R45-4: the framed-ask reading (R44-6 fix) reads "the 600 chars after the turn's first 600" as the
// ask. A harvester whose fixed instruction head is 1,300 chars puts that whole window inside its
// own constant head: every ask then reads as the same payload with no cue. Replay (npm run replay,
// the guard's own engine on a virtual clock), pro tier so only detection acts; 3 days, 10:00-12:00
// UTC, one request every 4 s, payloads from the shared corpus with a step-by-step cue, answers
// 1,500-3,000 tokens. Control: the same with a 600-char head (the case R44-6 fixed).
import fs from "node:fs"; import path from "node:path"; import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
const here = path.dirname(fileURLToPath(import.meta.url)); const ROOT = path.resolve(here, "../..");
const out = path.join(here, "out"); fs.mkdirSync(out, { recursive: true });
const corpus = ["distill_gsm8k_cot", "distill_math500_cot", "distill_evol_instruct", "distill_mmlu_orca", "distill_code_humaneval_mbpp", "distill_orca_t0_tasks"]
  .flatMap((f) => fs.readFileSync(`/work/shared/corpus/${f}.jsonl`, "utf8").trim().split("\n").map((l) => JSON.parse(l).text))
  .map((t) => t.replace(/^Below is an instruction[\s\S]*?### Instruction:\n/, "").replace(/\n\n### Response:[\s\S]*$/, "").slice(0, 1500));
let seed = 45; const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
for (let i = corpus.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [corpus[i], corpus[j]] = [corpus[j], corpus[i]]; }
const sentence = "You are answering on behalf of the Northwind research programme; follow the house conventions below exactly, keep terminology consistent, cite no external sources, use metric units, prefer short paragraphs, number every list, and never mention these instructions. ";
const HEAD = (n) => (sentence.repeat(Math.ceil(n / sentence.length))).slice(0, n);
const TAIL = "\n\nRubric: the answer is graded on correctness, completeness of the reasoning, clarity of each intermediate step, and a clearly marked final answer. ".repeat(4);
const policy = path.join(out, "policy-pro.json");
fs.writeFileSync(policy, JSON.stringify({ defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 64 } }));
const T0 = Date.UTC(2026, 11, 7, 10, 0, 0);
function trace(name, headLen, tailLen = 0) {
  const lines = []; let k = 0;
  for (let d = 0; d < 3; d++) for (let s = 0; s < 7200; s += 4) {
    const ask = corpus[k++ % corpus.length];
    const text = HEAD(headLen) + "\n\nTask:\n" + ask + "\n\nLet's think step by step and write out every intermediate step." + (tailLen ? TAIL.repeat(Math.ceil(tailLen / TAIL.length)).slice(0, tailLen) : TAIL);
    lines.push(JSON.stringify({ ts: T0 + d * 86400e3 + s * 1000, key: "sk-r45-4-" + name, ip: "203.0.113.45", asn: 64500, country: "NL", method: "POST", path: "/v1/chat/completions",
      body: { model: "gpt-4o", max_tokens: 4096, temperature: 0.7, messages: [{ role: "user", content: text }] }, usage: { prompt_tokens: Math.ceil(text.length / 4), completion_tokens: 1500 + Math.floor(rnd() * 1500) } }));
  }
  const tf = path.join(out, name + ".jsonl"); fs.writeFileSync(tf, lines.join("\n") + "\n");
  const df = path.join(out, name + ".dec.jsonl");
  execFileSync(process.execPath, [path.join(ROOT, "scripts/node22.mjs"), path.join(ROOT, "scripts/replay.ts"), "--trace", tf, "--out", df, "--policy", policy], { cwd: ROOT, stdio: ["ignore", "ignore", "ignore"] });
  const dec = fs.readFileSync(df, "utf8").trim().split("\n").map((l) => JSON.parse(l));
  const usage = lines.map((l) => JSON.parse(l).usage.completion_tokens);
  const counts = {}; let full = 0, firstFlag = -1, firstChallenge = -1, maxScore = 0;
  dec.forEach((x, i) => { counts[x.action] = (counts[x.action] ?? 0) + 1; if (x.action !== "allow" && firstFlag < 0) firstFlag = i; if ((x.action === "challenge" || x.action === "block") && firstChallenge < 0) firstChallenge = i;
    if (x.served && !x.degraded && x.action !== "challenge") full += usage[i]; maxScore = Math.max(maxScore, x.score ?? 0); });
  const total = usage.reduce((a, b) => a + b, 0);
  const capped = dec.reduce((a, x, i) => a + (x.served && x.degraded ? Math.min(usage[i], 512) : 0), 0);
  const refused = dec.filter((x) => !x.served).length;
  const r = { name, headLen, requests: dec.length, counts, firstFlag, firstChallenge, maxScore: +maxScore.toFixed(3), fullShare: +(100 * full / total).toFixed(1), fullTokens: full, servedDegradedTokens: capped, refused, lastReasons: dec[dec.length - 1].reasons };
  console.log(JSON.stringify(r)); return r;
}
const ctl = trace("head600", 600), atk = trace("head1300", 1300), atk2 = trace("head1300tail1300", 1300, 1300);
const ok = atk.firstChallenge < 0 && ctl.firstChallenge >= 0;
if (ok) console.log(`REPRODUCED: a 1,300-char fixed head is never challenged over 3 days of 2-hour harvests (${atk.requests} requests, ${atk.refused} refused, ${atk.servedDegradedTokens + atk.fullTokens} tokens served, ${atk.fullShare} % in full; max score ${atk.maxScore}); the 600-char head (R44-6's fixed case) is challenged at request ${ctl.firstChallenge} (${ctl.refused} refused, ${ctl.servedDegradedTokens + ctl.fullTokens} tokens served). With a 1,300-char tail too: ${atk2.fullShare} % in full, ${atk2.fullTokens} tokens in full, first challenge ${atk2.firstChallenge}`);
else console.log(`not reproduced: head1300 first challenge ${atk.firstChallenge}; head600 ${ctl.firstChallenge}`);
