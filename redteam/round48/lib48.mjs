// Round 48 tooling (copied from round 47): trace generation from the shared corpus, `npm run replay`, summaries.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, "../..");
export const OUT = path.join(here, "out");
fs.mkdirSync(OUT, { recursive: true });
const CORPUS = "/work/shared/corpus";
export function corpus(file) { return fs.readFileSync(path.join(CORPUS, file), "utf8").trim().split("\n").map((l) => JSON.parse(l)); }
// deterministic PRNG
export function rng(seed) { let s = seed >>> 0 || 1; return () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; }; }
export function shuffle(a, r) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
export function distillPayloads(seed = 1) {
  const files = ["distill_gsm8k_cot.jsonl", "distill_math500_cot.jsonl", "distill_evol_instruct.jsonl", "distill_mmlu_orca.jsonl", "distill_code_humaneval_mbpp.jsonl", "distill_orca_t0_tasks.jsonl"];
  const all = files.flatMap((f) => corpus(f).map((x) => x.text)).filter((t) => t.length < 2500);
  return shuffle(all, rng(seed));
}
// A fixed instruction block of about n chars (plain annotation guidelines, no reasoning cue).
const SENT = [
  "You are working on a quality-controlled content production workflow for an education publisher.",
  "Every answer you write will be reviewed by a subject editor before it is published to our readers.",
  "Use clear, plain language suitable for an adult audience with no specialist background.",
  "Keep the formatting consistent: short paragraphs, numbered lists where order matters, and code in fenced blocks.",
  "Do not mention these guidelines, the publisher, the editor or the review process in the answer itself.",
  "If the material contains names of real people, keep them as they are and do not add personal details.",
  "Prefer metric units unless the material itself uses other units, and keep currency symbols unchanged.",
  "When the material is ambiguous, choose the most common reading and state the assumption in one sentence.",
  "Avoid filler phrases such as 'great question' or 'certainly'; start directly with the substance.",
  "Tables are welcome when they compare three or more items across the same attributes.",
  "Spell out abbreviations the first time they appear, except for very common ones such as USA or PDF.",
  "Quotations must be exact; paraphrase instead when you are not sure of the exact wording.",
  "The final section of every answer should be labelled clearly so that editors can find it quickly.",
  "Write in British English spelling throughout, including in headings and captions.",
  "Never invent references, links or citations; leave them out when you do not have them.",
  "If the material asks for something unsafe, decline briefly and suggest a safe alternative.",
];
export function block(n, seed = 7, label = "GUIDELINES") {
  const r = rng(seed); let s = `=== ${label} (v${Math.floor(r() * 90 + 10)}) ===\n`; let i = 0;
  while (s.length < n) { s += `${(i % 40) + 1}. ${SENT[Math.floor(r() * SENT.length)]}\n`; i++; }
  return s.slice(0, n);
}
export const COT = "Let's think step by step and write out every intermediate step before the final answer.";
// Harvest trace: one key, `days` days, `hours` each from 10:00 UTC, one request every `gap` s.
// make(i, payload, r) -> user turn text
export function harvestTrace(file, { key = "sk-rt46-harvest", days = 3, hours = 2, gap = 4, seed = 3, make, system, maxTokens = 4096, clean = false }) {
  const payloads = clean ? cleanPayloads(seed) : distillPayloads(seed); const r = rng(seed * 31 + 5); const lines = []; let i = 0;
  const t0 = Date.UTC(2026, 11, 1, 10, 0, 0);
  for (let d = 0; d < days; d++) for (let t = 0; t < hours * 3600; t += gap) {
    const p = payloads[i % payloads.length]; const text = make(i, p, r);
    const messages = system ? [{ role: "system", content: system }, { role: "user", content: text }] : [{ role: "user", content: text }];
    const completion = 1500 + Math.floor(r() * 1500);
    lines.push({ ts: t0 + d * 86400000 + t * 1000 + Math.floor(r() * 900), key, ip: "203.0.113.7", asn: 64500, country: "US", method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4o", messages, max_tokens: maxTokens }, usage: { prompt_tokens: Math.ceil(text.length / 4) + 10, completion_tokens: completion } });
    i++;
  }
  fs.writeFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  return lines;
}
export const PRO = { defaults: { rpm: 100000, tpm: 100000000, tpd: 10000000000, concurrency: 1000 }, defaultMaxOutputTokens: 1024 };
export function replay(trace, out, policy = PRO) {
  const pol = path.join(OUT, path.basename(trace) + ".policy.json");
  fs.writeFileSync(pol, JSON.stringify(policy));
  execFileSync("npm", ["run", "-s", "replay", "--", "--trace", trace, "--out", out, "--policy", pol], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], timeout: 170000, maxBuffer: 64 << 20 });
  return fs.readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l));
}
// Summary of decisions against the trace's usage.
export function summary(trace, dec, key) {
  const s = { n: 0, firstDegrade: null, firstChallenge: null, firstBlock: null, refused: 0, degraded: 0, full: 0, tokensFull: 0, tokensDegraded: 0, maxScore: 0, actions: {}, reasons: {} };
  for (const d of dec) {
    if (key && d.key !== key) continue; const t = trace[d.i]; s.n++;
    s.actions[d.action] = (s.actions[d.action] || 0) + 1; s.maxScore = Math.max(s.maxScore, d.score ?? 0);
    if (d.action === "degrade" && s.firstDegrade == null) s.firstDegrade = s.n;
    if (d.action === "challenge" && s.firstChallenge == null) s.firstChallenge = s.n;
    if (d.action === "block" && s.firstBlock == null) s.firstBlock = s.n;
    if (!d.served) s.refused++;
    else if (d.degraded) { s.degraded++; s.tokensDegraded += d.completion ?? 512; }
    else { s.full++; s.tokensFull += t.usage?.completion_tokens ?? 0; }
    for (const r of d.reasons || []) { const k = String(r).replace(/[0-9.]+/g, "#"); s.reasons[k] = (s.reasons[k] || 0) + 1; }
  }
  s.fullPct = +(100 * s.full / Math.max(1, s.n)).toFixed(1);
  s.maxScore = +s.maxScore.toFixed(2);
  return s;
}
export function brief(name, s) {
  return `${name}: n=${s.n} firstDegrade=${s.firstDegrade} firstChallenge=${s.firstChallenge} firstBlock=${s.firstBlock} refused=${s.refused} degraded=${s.degraded} full=${s.full} (${s.fullPct}%) tokensFull=${s.tokensFull} maxScore=${s.maxScore}`;
}
// The asks without the pipelines' own templates: raw GSM8K / MATH-500 questions, raw code problems,
// T0 tasks (a harvester writing its own wrapper sends these).
export function cleanPayloads(seed = 1) {
  const strip = (t) => { const m = t.match(/### Instruction:\n([\s\S]*?)\n\n### Response:/); if (m) t = m[1]; return t.replace(/\nPlease reason step by step, and put your final answer within \\boxed\{\}\.$/, "").replace(/^Create a Python script for this problem:\n/, "").trim(); };
  const files = ["distill_gsm8k_cot.jsonl", "distill_math500_cot.jsonl", "distill_code_humaneval_mbpp.jsonl", "distill_orca_t0_tasks.jsonl"];
  return shuffle(files.flatMap((f) => corpus(f).map((x) => strip(x.text))).filter((t) => t.length < 2500), rng(seed));
}
// Honest app trace: one key, requests at random times in business hours (Poisson), `perDay` a day.
export function appTrace(file, { key, days = 5, perDay = 600, startHour = 8, hours = 10, seed = 11, make, system, maxTokens = 2048, completion }) {
  const r = rng(seed); const lines = []; let i = 0; const t0 = Date.UTC(2026, 11, 1, startHour, 0, 0);
  for (let d = 0; d < days; d++) {
    const times = Array.from({ length: perDay }, () => Math.floor(r() * hours * 3600000)).sort((a, b) => a - b);
    for (const t of times) {
      const text = make(i, r); const messages = system ? [{ role: "system", content: system }, { role: "user", content: text }] : [{ role: "user", content: text }];
      lines.push({ ts: t0 + d * 86400000 + t, key, ip: "198.51.100." + (1 + (i % 50)), asn: 64501, country: "DE", method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4o", messages, max_tokens: maxTokens }, usage: { prompt_tokens: Math.ceil(text.length / 4) + 10, completion_tokens: completion(i, r, text) } });
      i++;
    }
  }
  fs.writeFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  return lines;
}
export const OLD_ROOT = "/tmp/rt48-old";
export function replayAt(root, trace, out, policy = PRO) {
  const pol = path.join(OUT, path.basename(trace) + ".policy.json");
  fs.writeFileSync(pol, JSON.stringify(policy));
  execFileSync("npm", ["run", "-s", "replay", "--", "--trace", trace, "--out", out, "--policy", pol], { cwd: root, stdio: ["ignore", "ignore", "pipe"], timeout: 170000, maxBuffer: 64 << 20 });
  return fs.readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l));
}
// 300 chars of fresh per-request "session notes" (real ShareGPT user text), for the ends of a turn.
let SG = null;
export function rs300(r, i) {
  if (!SG) SG = corpus("benign_sharegpt.jsonl").map((x) => x.text).filter((t) => t.length > 400);
  const t = SG[(i * 7919 + Math.floor(r() * 1000)) % SG.length];
  return "Session notes (ignore): " + t.slice(0, 300).replace(/\s+/g, " ");
}
