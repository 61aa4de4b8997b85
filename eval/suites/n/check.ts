/**
 * Validates a generated suite n folder.
 *
 *   node --experimental-strip-types --no-warnings check.ts DIR
 *
 * - every line parses and passes checkTraceEvent (the only import from src/);
 * - timestamps never go back; the window is 3-4 days;
 * - every key of the trace is labelled (scenario, class honest|benchmark|distill, family), every label is
 *   used, one class per scenario;
 * - ip, asn and country on every line; usage on every metered POST (chat, completions, responses,
 *   embeddings, messages), completion <= cap x n, embeddings with 0 completion tokens, thinking
 *   budgets >= 1024 and below max_tokens, previous_response_id naming an earlier response_id;
 * - honest keys within the default limits: at most 60 requests in any 60 s, at most 5,000,000 tokens in
 *   any rolling 24 h (usage, plus batch results as they are fetched);
 * - no sentence of 25 characters or more (system, developer and user texts, instructions, inputs,
 *   prompts, and batch lines) occurs in two scenarios.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkTraceEvent } from "../../../src/engine/replayer.ts";

const dir = process.argv[2];
if (!dir) { console.error("usage: check.ts DIR"); process.exit(2); }
type Label = { scenario: string; class: string; family: string };
const labels = JSON.parse(readFileSync(join(dir, "keys.json"), "utf8")) as Record<string, Label>;
const problems: string[] = [];
const bad = (m: string) => { if (problems.length < 40) problems.push(m); };
const METERED = new Set(["/v1/chat/completions", "/v1/completions", "/v1/responses", "/v1/embeddings", "/v1/messages"]);

const sentenceOwner = new Map<string, string>();
let shared = 0;
function sentences(s: string, scenario: string): void {
  for (const part of s.split(/(?<=[.!?。！？।؟])\s+|\n+/)) {
    const x = part.trim();
    if (x.length < 25) continue;
    const o = sentenceOwner.get(x);
    if (o === undefined) sentenceOwner.set(x, scenario);
    else if (o !== scenario) { shared++; bad(`sentence shared by ${o} and ${scenario}: ${x.slice(0, 80)}`); }
  }
}
function userTexts(b: Record<string, unknown>, scenario: string): void {
  const text = (c: unknown) => {
    if (typeof c === "string") sentences(c, scenario);
    else if (Array.isArray(c)) for (const p of c) if (p && typeof p === "object" && typeof (p as { text?: unknown }).text === "string") sentences((p as { text: string }).text, scenario);
  };
  text(b.system); text(b.instructions);
  if (typeof b.input === "string") text(b.input);
  else if (Array.isArray(b.input)) for (const m of b.input) { if (typeof m === "string") text(m); else if (m && typeof m === "object" && (m as { role?: string }).role !== "assistant") text((m as { content?: unknown }).content); }
  if (typeof b.prompt === "string") text(b.prompt); else if (Array.isArray(b.prompt)) for (const p of b.prompt) text(p);
  if (Array.isArray(b.messages)) for (const m of b.messages as { role?: string; content?: unknown }[]) if (m && (m.role === "system" || m.role === "developer" || m.role === "user")) text(m.content);
}

const text = readFileSync(join(dir, "trace.jsonl"), "utf8");
let prev = -Infinity, first = Infinity, last = -Infinity, n = 0, lineNo = 0;
const seen = new Set<string>();
const responses = new Set<string>();
const byClass = new Map<string, number>();
const honestTimes = new Map<string, { ts: number; tok: number }[]>();
for (const line of text.split("\n")) {
  lineNo++;
  if (!line) continue;
  n++;
  let v: unknown;
  try { v = JSON.parse(line); } catch { bad(`line ${lineNo}: not JSON`); continue; }
  const c = checkTraceEvent(v);
  if (!c.ok) { bad(`line ${lineNo}: ${c.error}`); continue; }
  const e = c.event;
  if (e.ts < prev) bad(`line ${lineNo}: ts goes back`);
  prev = e.ts; first = Math.min(first, e.ts); last = Math.max(last, e.ts);
  const l = labels[e.key];
  if (!l) { bad(`line ${lineNo}: unlabelled key`); continue; }
  if (!["honest", "benchmark", "distill"].includes(l.class) || !l.scenario || !l.family) bad(`line ${lineNo}: bad label`);
  seen.add(e.key);
  byClass.set(l.class, (byClass.get(l.class) ?? 0) + 1);
  if (!e.ip || e.asn === undefined || !e.country) bad(`line ${lineNo}: ip/asn/country missing`);
  const b = (e.body ?? {}) as Record<string, unknown>;
  let used = 0;
  if (e.method === "POST" && METERED.has(e.path)) {
    if (!e.usage) { bad(`line ${lineNo}: metered POST without usage`); continue; }
    if (typeof b.model !== "string") bad(`line ${lineNo}: no model`);
    used = e.usage.prompt_tokens + e.usage.completion_tokens;
    const cap = (b.max_completion_tokens ?? b.max_tokens ?? b.max_output_tokens) as number | undefined;
    const k = Math.max(Number(b.n ?? 1), Number(b.best_of ?? 1));
    if (e.path === "/v1/embeddings") { if (e.usage.completion_tokens !== 0) bad(`line ${lineNo}: embeddings with completion`); }
    else if (cap !== undefined && e.usage.completion_tokens > cap * k) bad(`line ${lineNo}: completion over cap x n`);
    const th = b.thinking as { budget_tokens?: number } | undefined;
    if (th && (typeof th.budget_tokens !== "number" || th.budget_tokens < 1024 || th.budget_tokens >= Number(b.max_tokens))) bad(`line ${lineNo}: thinking budget`);
    if (e.path === "/v1/responses") {
      if (typeof b.previous_response_id === "string" && !responses.has(b.previous_response_id)) bad(`line ${lineNo}: previous_response_id not seen before`);
      if (e.response_id) responses.add(e.response_id);
    }
    userTexts(b, l.scenario);
  } else if (e.path === "/v1/files" && typeof b.file === "string") {
    for (const fl of b.file.split("\n").slice(0, 30)) if (fl) { try { userTexts((JSON.parse(fl) as { body: Record<string, unknown> }).body, l.scenario); } catch { bad(`line ${lineNo}: batch file line not JSON`); } }
  } else if (e.path === "/v1/messages/batches" && Array.isArray(b.requests)) {
    for (const rq of (b.requests as { params: Record<string, unknown> }[]).slice(0, 30)) userTexts(rq.params, l.scenario);
  }
  if (e.results) for (const u of e.results) used += u.prompt_tokens + u.completion_tokens;
  if (l.class === "honest") {
    let a = honestTimes.get(e.key);
    if (!a) honestTimes.set(e.key, (a = []));
    a.push({ ts: e.ts, tok: used });
  }
}
for (const k of Object.keys(labels)) if (!seen.has(k)) bad(`label without lines (${labels[k].scenario})`);
const cls = new Map<string, string>();
for (const l of Object.values(labels)) { const x = cls.get(l.scenario); if (x && x !== l.class) bad(`scenario ${l.scenario} has two classes`); cls.set(l.scenario, l.class); }
let worstRpm = 0, worstTpd = 0;
for (const [k, a] of honestTimes) {
  for (let i = 0, j = 0; i < a.length; i++) { while (a[i].ts - a[j].ts >= 60_000) j++; worstRpm = Math.max(worstRpm, i - j + 1); }
  let sum = 0;
  for (let i = 0, j = 0; i < a.length; i++) { sum += a[i].tok; while (a[i].ts - a[j].ts >= 86_400_000) { sum -= a[j].tok; j++; } worstTpd = Math.max(worstTpd, sum); }
  if (worstRpm > 60) { bad(`honest key of ${labels[k].scenario} over 60 requests a minute`); worstRpm = 0; }
  if (worstTpd > 5_000_000) { bad(`honest key of ${labels[k].scenario} over 5M tokens in 24 h`); worstTpd = 0; }
}
const days = (last - first) / 86_400_000;
if (days < 3 || days > 4) bad(`window ${days.toFixed(2)} days`);
console.log(`${n} lines, ${seen.size} keys, ${cls.size} scenarios, ${days.toFixed(2)} days (${new Date(first).toISOString()} .. ${new Date(last).toISOString()}); ` + [...byClass].map(([k, v]) => `${k} ${v}`).join(", "));
console.log(`honest keys: busiest 60 s ${worstRpm} requests, busiest rolling 24 h ${worstTpd.toLocaleString("en-US")} tokens; ${sentenceOwner.size} distinct sentences >= 25 chars, ${shared} shared across scenarios`);
if (problems.length) { console.log("PROBLEMS:\n" + problems.join("\n")); process.exit(1); }
console.log("ok");
