/**
 * Validates a generated suite o folder.
 *
 *   node --experimental-strip-types --no-warnings check.ts DIR
 *
 * - every line parses and passes checkTraceEvent (the only import from src/), ts never goes back,
 *   the window is 3-4 days;
 * - keys.json labels every key of the trace (scenario, class honest|benchmark|distill, family), every
 *   label is used, each scenario has one class;
 * - ip, asn and country on every line; usage on every metered POST, a model on each, completion <=
 *   cap x n (x the prompts of a legacy completions prompt list; cap: max_tokens / max_completion_tokens / max_output_tokens; 4,096 read for a chat or
 *   Responses request with none), embeddings without completion tokens, reasoning tokens below the
 *   completion, Anthropic thinking budgets >= 1,024 and below max_tokens, every previous_response_id
 *   naming an earlier response_id;
 * - honest and benchmark keys within docs/config.md's default limits: <= 60 requests in any 60 s
 *   (rpm), <= 200,000 tokens reserved (prompt + cap x n) in any 60 s (tpm), <= 5,000,000 tokens used
 *   in any rolling 24 h (tpd, usage plus batch results);
 * - no sentence of 25 characters or more (system, developer and user texts, instructions, inputs,
 *   prompts, embeddings inputs, the first 40 lines or requests of a batch) occurs in two scenarios.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkTraceEvent } from "../../../src/engine/replayer.ts";

const dir = process.argv[2];
if (!dir) { console.error("usage: check.ts DIR"); process.exit(2); }
type Label = { scenario: string; class: string; family: string };
const labels = JSON.parse(readFileSync(join(dir, "keys.json"), "utf8")) as Record<string, Label>;
const problems: string[] = [];
let nProblems = 0;
const bad = (m: string) => { nProblems++; if (problems.length < 50) problems.push(m); };
const METERED = new Set(["/v1/chat/completions", "/v1/completions", "/v1/responses", "/v1/embeddings", "/v1/messages"]);
const LIMIT = { rpm: 60, tpm: 200_000, tpd: 5_000_000 };

const owner = new Map<string, string>();
let sharedCount = 0;
function sentences(s: string, scenario: string): void {
  for (const part of s.split(/(?<=[.!?。！？।؟])\s+|\n+/)) {
    const x = part.trim();
    if (x.length < 25) continue;
    const o = owner.get(x);
    if (o === undefined) owner.set(x, scenario);
    else if (o !== scenario) { sharedCount++; bad(`sentence shared by ${o} and ${scenario}: ${x.slice(0, 90)}`); }
  }
}
function content(c: unknown, scenario: string): void {
  if (typeof c === "string") sentences(c, scenario);
  else if (Array.isArray(c)) for (const p of c) {
    if (typeof p === "string") sentences(p, scenario);
    else if (p && typeof p === "object" && typeof (p as { text?: unknown }).text === "string") sentences((p as { text: string }).text, scenario);
  }
}
function bodyTexts(b: Record<string, unknown>, scenario: string): void {
  content(b.system, scenario); content(b.instructions, scenario); content(b.prompt, scenario);
  if (typeof b.input === "string" || (Array.isArray(b.input) && b.input.every((x) => typeof x === "string"))) content(b.input, scenario);
  else if (Array.isArray(b.input)) for (const m of b.input as { role?: string; content?: unknown }[]) if (m && m.role !== "assistant") content(m.content, scenario);
  if (Array.isArray(b.messages)) for (const m of b.messages as { role?: string; content?: unknown }[]) if (m && (m.role === "system" || m.role === "developer" || m.role === "user")) content(m.content, scenario);
}

const raw = readFileSync(join(dir, "trace.jsonl"), "utf8");
let prev = -Infinity, first = Infinity, last = -Infinity, n = 0, lineNo = 0;
const seen = new Set<string>();
const responses = new Set<string>();
const perClass = new Map<string, number>();
const quota = new Map<string, { ts: number; used: number; reserved: number }[]>();
for (const line of raw.split("\n")) {
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
  if (!l) { bad(`line ${lineNo}: key without a label`); continue; }
  if (!["honest", "benchmark", "distill"].includes(l.class) || !l.scenario || !l.family) bad(`line ${lineNo}: malformed label`);
  seen.add(e.key);
  perClass.set(l.class, (perClass.get(l.class) ?? 0) + 1);
  if (!e.ip || e.asn === undefined || !e.country) bad(`line ${lineNo}: ip, asn or country missing`);
  const b = (e.body ?? {}) as Record<string, unknown>;
  let used = 0, reserved = 0;
  if (e.method === "POST" && METERED.has(e.path)) {
    if (!e.usage) { bad(`line ${lineNo}: metered POST without usage`); continue; }
    if (typeof b.model !== "string") bad(`line ${lineNo}: no model`);
    const u = e.usage;
    used = u.prompt_tokens + u.completion_tokens;
    const capField = (b.max_completion_tokens ?? b.max_tokens ?? b.max_output_tokens) as number | undefined;
    const cap = capField ?? (e.path === "/v1/completions" ? 16 : 4096);
    const k = Math.max(Number(b.n ?? 1), Number(b.best_of ?? 1)) * (e.path === "/v1/completions" && Array.isArray(b.prompt) ? b.prompt.length : 1);
    reserved = u.prompt_tokens + (e.path === "/v1/embeddings" ? 0 : (capField ?? 1024) * k);
    if (e.path === "/v1/embeddings") { if (u.completion_tokens !== 0) bad(`line ${lineNo}: embeddings with completion tokens`); }
    else if (u.completion_tokens > cap * k) bad(`line ${lineNo}: completion ${u.completion_tokens} over cap ${cap} x ${k}`);
    const rt = (u as { completion_tokens_details?: { reasoning_tokens?: number } }).completion_tokens_details?.reasoning_tokens;
    if (rt !== undefined && rt >= u.completion_tokens) bad(`line ${lineNo}: reasoning tokens not below completion`);
    const th = b.thinking as { budget_tokens?: number } | undefined;
    if (th && (typeof th.budget_tokens !== "number" || th.budget_tokens < 1024 || th.budget_tokens >= Number(b.max_tokens))) bad(`line ${lineNo}: thinking budget`);
    if (e.path === "/v1/responses") {
      if (typeof b.previous_response_id === "string" && !responses.has(b.previous_response_id)) bad(`line ${lineNo}: previous_response_id not seen before`);
      if (e.response_id) responses.add(e.response_id);
    }
    bodyTexts(b, l.scenario);
  } else if (e.path === "/v1/files" && typeof b.file === "string") {
    for (const fl of b.file.split("\n").slice(0, 40)) if (fl) { try { bodyTexts((JSON.parse(fl) as { body: Record<string, unknown> }).body, l.scenario); } catch { bad(`line ${lineNo}: batch file line not JSON`); } }
  } else if (e.path === "/v1/messages/batches" && Array.isArray(b.requests)) {
    for (const rq of (b.requests as { params: Record<string, unknown> }[]).slice(0, 40)) bodyTexts(rq.params, l.scenario);
  }
  if (e.results) for (const u of e.results) used += u.prompt_tokens + u.completion_tokens;
  if (l.class !== "distill") {
    let a = quota.get(e.key);
    if (!a) quota.set(e.key, (a = []));
    a.push({ ts: e.ts, used, reserved });
  }
}
for (const k of Object.keys(labels)) if (!seen.has(k)) bad(`label without lines (${labels[k].scenario})`);
const cls = new Map<string, string>();
for (const l of Object.values(labels)) { const x = cls.get(l.scenario); if (x && x !== l.class) bad(`scenario ${l.scenario} has two classes`); cls.set(l.scenario, l.class); }
const worst = { rpm: 0, tpm: 0, tpd: 0 };
for (const [k, a] of quota) {
  let rpm = 0, tpm = 0, tpd = 0;
  for (let i = 0, j = 0, sum = 0; i < a.length; i++) { sum += a[i].reserved; while (a[i].ts - a[j].ts >= 60_000) { sum -= a[j].reserved; j++; } rpm = Math.max(rpm, i - j + 1); tpm = Math.max(tpm, sum); }
  for (let i = 0, j = 0, sum = 0; i < a.length; i++) { sum += a[i].used; while (a[i].ts - a[j].ts >= 86_400_000) { sum -= a[j].used; j++; } tpd = Math.max(tpd, sum); }
  const who = `${labels[k].class} key of ${labels[k].scenario}`;
  if (rpm > LIMIT.rpm) bad(`${who}: ${rpm} requests in 60 s`);
  if (tpm > LIMIT.tpm) bad(`${who}: ${tpm} tokens reserved in 60 s`);
  if (tpd > LIMIT.tpd) bad(`${who}: ${tpd} tokens in 24 h`);
  worst.rpm = Math.max(worst.rpm, rpm); worst.tpm = Math.max(worst.tpm, tpm); worst.tpd = Math.max(worst.tpd, tpd);
}
const days = (last - first) / 86_400_000;
if (days < 3 || days > 4) bad(`window ${days.toFixed(2)} days`);
console.log(`${n} lines, ${seen.size} keys, ${cls.size} scenarios, ${days.toFixed(2)} days (${new Date(first).toISOString()} .. ${new Date(last).toISOString()}); ` + [...perClass].map(([k, v]) => `${k} ${v}`).join(", "));
console.log(`honest and benchmark keys: busiest 60 s ${worst.rpm} requests and ${worst.tpm.toLocaleString("en-US")} tokens reserved, busiest rolling 24 h ${worst.tpd.toLocaleString("en-US")} tokens; ${owner.size} distinct sentences >= 25 chars, ${sharedCount} shared across scenarios`);
if (nProblems) { console.log(`PROBLEMS (${nProblems}):\n` + problems.join("\n")); process.exit(1); }
console.log("ok");
