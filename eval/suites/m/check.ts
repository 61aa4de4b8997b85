/**
 * Checks a generated suite m folder: every line passes checkTraceEvent (the only thing imported from
 * src/), lines are time-ordered, every key is labelled with a valid class and every label is used,
 * usage is present on metered POSTs, completion <= cap x n, previous_response_id names an earlier
 * response_id, thinking budgets are below max_tokens, and the window is 3-4 days.
 *
 *   node --experimental-strip-types --no-warnings check.ts DIR
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkTraceEvent } from "../../../src/engine/replayer.ts";

const dir = process.argv[2];
if (!dir) { console.error("usage: check.ts DIR"); process.exit(2); }
const labels = JSON.parse(readFileSync(join(dir, "keys.json"), "utf8")) as Record<string, { scenario: string; class: string; family: string }>;
const text = readFileSync(join(dir, "trace.jsonl"), "utf8");
const problems: string[] = [];
const bad = (m: string) => { if (problems.length < 30) problems.push(m); };
let prev = -Infinity, lines = 0, first = Infinity, last = -Infinity;
const seenKeys = new Set<string>();
const responses = new Set<string>();
const classes = new Map<string, number>();
const metered = new Set(["/v1/chat/completions", "/v1/completions", "/v1/responses", "/v1/embeddings", "/v1/messages"]);
let lineNo = 0;
for (const line of text.split("\n")) {
  lineNo++;
  if (line === "") continue;
  lines++;
  let v: unknown;
  try { v = JSON.parse(line); } catch { bad(`line ${lineNo}: not JSON`); continue; }
  const c = checkTraceEvent(v);
  if (!c.ok) { bad(`line ${lineNo}: ${c.error}`); continue; }
  const e = c.event;
  if (e.ts < prev) bad(`line ${lineNo}: ts goes back`);
  prev = e.ts; first = Math.min(first, e.ts); last = Math.max(last, e.ts);
  const l = labels[e.key];
  if (!l) { bad(`line ${lineNo}: key not labelled`); continue; }
  if (!["honest", "distill", "benchmark"].includes(l.class) || !l.scenario || !l.family) bad(`line ${lineNo}: bad label ${JSON.stringify(l)}`);
  seenKeys.add(e.key);
  classes.set(l.class, (classes.get(l.class) ?? 0) + 1);
  if (!e.ip || e.asn === undefined || !e.country) bad(`line ${lineNo}: missing ip/asn/country`);
  const b = e.body as Record<string, unknown> | null;
  if (e.method === "POST" && metered.has(e.path)) {
    if (!e.usage) bad(`line ${lineNo}: metered POST without usage`);
    if (!b || typeof b !== "object" || typeof b.model !== "string") { bad(`line ${lineNo}: body without model`); continue; }
    const cap = (b.max_completion_tokens ?? b.max_tokens ?? b.max_output_tokens) as number | undefined;
    const n = Math.max(Number(b.n ?? 1), Number(b.best_of ?? 1));
    if (cap !== undefined && e.path !== "/v1/embeddings" && e.usage && e.usage.completion_tokens > cap * n) bad(`line ${lineNo}: completion over cap x n`);
    if (e.path === "/v1/embeddings" && e.usage && e.usage.completion_tokens !== 0) bad(`line ${lineNo}: embeddings with completion tokens`);
    const th = b.thinking as { budget_tokens?: number } | undefined;
    if (th && (typeof th.budget_tokens !== "number" || th.budget_tokens < 1024 || th.budget_tokens >= Number(b.max_tokens))) bad(`line ${lineNo}: thinking budget`);
    if (e.path === "/v1/responses") {
      if (typeof b.previous_response_id === "string" && !responses.has(b.previous_response_id)) bad(`line ${lineNo}: previous_response_id not seen before`);
      if (e.response_id) responses.add(e.response_id);
    }
  }
}
for (const k of Object.keys(labels)) if (!seenKeys.has(k)) bad(`label for a key with no lines`);
const clsOf = new Map<string, string>();
for (const l of Object.values(labels)) {
  const known = clsOf.get(l.scenario);
  if (known && known !== l.class) bad(`scenario ${l.scenario} has keys of two classes`);
  clsOf.set(l.scenario, l.class);
}
const days = (last - first) / 86_400_000;
if (days < 2.5 || days > 4) bad(`window ${days.toFixed(2)} days`);
console.log(`${lines} lines, ${seenKeys.size} keys, ${days.toFixed(2)} days (${new Date(first).toISOString()} .. ${new Date(last).toISOString()}), ` + [...classes].map(([k, n]) => `${k} ${n}`).join(", "));
if (problems.length) { console.log("PROBLEMS:\n" + problems.join("\n")); process.exit(1); }
console.log("ok: every line passes checkTraceEvent, time-ordered, labelled, usage within caps");
