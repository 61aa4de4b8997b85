/**
 * npm run replay -- --trace TRACE.jsonl --out DECISIONS.jsonl [--policy FILE] [--mode enforce|shadow|off] [--solve-challenges]
 *
 * --solve-challenges models clients that answer a challenge with the llm-edge-guard/client helper
 * (solve, resend at once). Trace lines may carry a "scenario" label: the summary then says, per
 * scenario, how its requests were served (in full, degraded, behind a solved challenge, refused).
 * Backtests a policy on recorded traffic with the guard's own engine on a virtual clock. Reads the
 * trace line by line (bounded memory), writes one decision per valid line in order, reports
 * malformed lines by number and skips them, shows progress on stderr, ends with a summary.
 */
import { closeSync, openSync, readFileSync, readSync, statSync, writeSync } from "node:fs";
import { parseArgs } from "node:util";
import { type DecisionLine, Replayer, type ServiceCounts, checkTraceEvent, serviceOf } from "../src/engine/replayer.ts";
import { Progress } from "./replay/progress.ts";

const USAGE =
  "usage: npm run replay -- --trace TRACE.jsonl --out DECISIONS.jsonl [--policy POLICY.json] [--mode enforce|shadow|off] [--solve-challenges] [--quiet]";

function die(msg: string): never {
  process.stderr.write(`replay: ${msg}\n${USAGE}\n`);
  process.exit(2);
}

function loadPolicy(file: string | undefined, mode: string | undefined): unknown {
  let policy: Record<string, unknown> = {};
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (e) {
      die(`cannot read --policy ${file}: ${(e as Error).message}`);
    }
    try {
      policy = JSON.parse(text) as Record<string, unknown>;
    } catch (e) {
      die(`--policy ${file} is not JSON: ${(e as Error).message}`);
    }
    if (typeof policy !== "object" || policy === null || Array.isArray(policy)) die(`--policy ${file} must hold a JSON object (GUARD_POLICY shape)`);
  }
  if (mode !== undefined) {
    if (!["enforce", "shadow", "off"].includes(mode)) die(`--mode must be enforce, shadow or off (got ${mode})`);
    policy = { ...policy, detection: { ...((policy.detection as object | undefined) ?? {}), mode } };
  }
  return policy;
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        trace: { type: "string" },
        out: { type: "string" },
        policy: { type: "string" },
        mode: { type: "string" },
        quiet: { type: "boolean", default: false },
        "solve-challenges": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    }).values;
  } catch (e) {
    die((e as Error).message);
  }
  if (args.help) {
    process.stdout.write(USAGE + "\n");
    return;
  }
  if (!args.trace) die("--trace is required");
  if (!args.out) die("--out is required");
  let size: number;
  try {
    size = statSync(args.trace).size;
  } catch (e) {
    die(`cannot read --trace ${args.trace}: ${(e as Error).message}`);
  }

  let replayer: Replayer;
  try {
    replayer = new Replayer({ policy: loadPolicy(args.policy, args.mode), solveChallenges: args["solve-challenges"] });
  } catch (e) {
    die((e as Error).message);
  }

  let outFd: number;
  try {
    outFd = openSync(args.out, "w");
  } catch (e) {
    die(`cannot write --out ${args.out}: ${(e as Error).message}`);
  }
  const progress = new Progress(size, !args.quiet && process.stderr.isTTY === true && size > 1_000_000);
  const started = performance.now();
  let bad = 0;
  const MAX_REPORTED = 20;
  const reportBad = (n: number, why: string) => {
    bad++;
    if (bad <= MAX_REPORTED) progress.log(`replay: line ${n + 1} (i=${n}) skipped: ${why}`);
    else if (bad === MAX_REPORTED + 1) progress.log("replay: more malformed lines; only the count is reported from here on");
  };
  let buffered = "";
  const byScenario = new Map<string, ServiceCounts>();
  const handleLine = (line: string, lineNo: number) => {
    if (line.trim() === "") return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      reportBad(lineNo, "not valid JSON");
      return;
    }
    const checked = checkTraceEvent(parsed);
    if (!checked.ok) {
      reportBad(lineNo, checked.error);
      return;
    }
    let d: DecisionLine;
    try {
      d = replayer.step(checked.event, lineNo);
    } catch (e) {
      reportBad(lineNo, (e as Error).message);
      return;
    }
    buffered += JSON.stringify(d) + "\n";
    const sc = checked.event.scenario;
    if (sc !== undefined) {
      let c = byScenario.get(sc);
      if (!c) byScenario.set(sc, (c = { full: 0, degraded: 0, behindChallenge: 0, refused: 0 }));
      c[serviceOf(d)]++;
    }
    if (buffered.length > 1 << 20) {
      writeSync(outFd, buffered);
      buffered = "";
    }
  };

  // Synchronous chunked reading: a CLI has nothing else to do meanwhile, and it avoids the
  // per-line promise overhead of readline's async iterator (bounded memory: one chunk, grown only
  // for a line longer than it). Lines are split on the bytes and decoded one by one: decoding a
  // whole chunk made every line a two-byte string as soon as one line in the chunk had a
  // non-ASCII character (most chunks do), doubling what JSON.parse and the scans read.
  const inFd = openSync(args.trace, "r");
  let buf = Buffer.allocUnsafe(4 << 20);
  let len = 0; // bytes of buf holding the unread rest
  let lineNo = 0;
  for (;;) {
    if (len === buf.length) {
      const bigger = Buffer.allocUnsafe(buf.length * 2);
      buf.copy(bigger, 0, 0, len);
      buf = bigger;
    }
    const n = readSync(inFd, buf, len, buf.length - len, null);
    const end = len + n;
    const filled = buf.subarray(0, end);
    let start = 0;
    for (let nl = filled.indexOf(10, start); nl >= 0; nl = filled.indexOf(10, start)) {
      handleLine(buf.toString("utf8", start, nl > start && buf[nl - 1] === 13 ? nl - 1 : nl), lineNo++);
      start = nl + 1;
    }
    buf.copy(buf, 0, start, end);
    len = end - start;
    progress.advance(n);
    if (n === 0) break;
  }
  if (len > 0) handleLine(buf.toString("utf8", 0, len), lineNo++);
  closeSync(inFd);
  writeSync(outFd, buffered);
  closeSync(outFd);
  progress.done();

  const s = replayer.summary();
  const secs = (performance.now() - started) / 1000;
  const rows = Object.entries(s.byAction).map(
    ([a, v]) => `  ${a.padEnd(9)} ${String(v.total).padStart(9)}  served ${String(v.served).padStart(9)}`,
  );
  process.stderr.write(
    [
      `replay: ${s.events} decisions for ${s.keys} keys written to ${args.out}` + (bad ? `; ${bad} malformed line(s) skipped` : ""),
      `  action      requests            served`,
      ...rows,
      `  served in full ${s.service.full}, degraded ${s.service.degraded}, behind a solved challenge ${s.service.behindChallenge}, refused ${s.service.refused}`,
      ...(byScenario.size ? [serviceTable(byScenario)] : []),
      `  ${Math.round(s.events / Math.max(secs, 1e-9))} events/s (${secs.toFixed(2)} s)`,
      "",
    ].join("\n"),
  );
}

/** Per scenario: the share of its requests served in full, degraded, behind a challenge, refused. */
function serviceTable(by: Map<string, ServiceCounts>): string {
  const pct = (n: number, t: number) => `${((100 * n) / Math.max(1, t)).toFixed(1)}%`.padStart(7);
  const w = Math.max(8, ...[...by.keys()].map((k) => k.length));
  const lines = [`  ${"scenario".padEnd(w)}  requests     full degraded challenge refused`];
  for (const [name, c] of [...by.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const t = c.full + c.degraded + c.behindChallenge + c.refused;
    lines.push(`  ${name.padEnd(w)}  ${String(t).padStart(8)}  ${pct(c.full, t)}  ${pct(c.degraded, t)}  ${pct(c.behindChallenge, t)}  ${pct(c.refused, t)}`);
  }
  return lines.join("\n");
}

main().catch((e) => {
  process.stderr.write(`replay: failed: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
