// R58-3: a team's terminal coding agent (Claude-Code-like) on /v1/messages through the company
// gateway, one key for 25 developers. Each session: a developer's task, then 8-40 agent steps
// (Read / Grep / Edit / Write / Bash tool calls), tool results (file contents, test output),
// the whole history resent every step. Extended thinking (budget 6,000) on the sessions where
// the developer asks the agent to think ("think hard"), ~40 %; Write/Edit steps carry whole
// files in the tool call (1,600-3,500 output tokens). One working day in two time zones.
import { rng, arrivals, T0, writePolicy, replaySdk, summarize, show } from "./lib58.mjs";
import { TASKS, FILES, fileContent, testOutput } from "./texts58.mjs";

const SYS = `You are an interactive CLI tool that helps users with software engineering tasks. Use the instructions below and the tools available to you to assist the user.
Be concise. Prefer editing existing files to creating new ones. Before editing, read the file. Run the project's tests after a change and report the result. Never commit unless asked. Follow the existing code style, naming and imports of the repository. When you are unsure about an API, grep the repository for existing usages first.`;
const TOOLS = ["Read", "Edit", "Write", "Bash", "Grep", "Glob", "TodoWrite"].map((name) => ({ name, description: `${name} tool of the CLI.`, input_schema: { type: "object", properties: { path: { type: "string" }, command: { type: "string" }, content: { type: "string" } } } }));

function gen(seed, { thinkingShare = 0.4 } = {}) {
  const r = rng(seed);
  const evs = [];
  const starts = [...arrivals(r, { hours: 24, peakPerHour: 5, peakUtc: 10, floor: 0.02 }), ...arrivals(r, { hours: 24, peakPerHour: 5, peakUtc: 17, floor: 0.02 })].sort((a, b) => a - b);
  let sid = 0;
  for (const t0 of starts) {
    sid++;
    const think = r.chance(thinkingShare);
    const task = r.pick(TASKS) + (think ? " Think hard about edge cases." : "");
    const msgs = [{ role: "user", content: [{ type: "text", text: task }] }];
    let t = t0;
    const steps = r.int(8, 30);
    const dev = `dev-${r.int(1, 25)}`;
    const ip = `10.20.${r.int(1, 3)}.${r.int(2, 250)}`; // gateway sees internal IPs? the egress is one
    for (let s = 0; s < steps; s++) {
      const last = s === steps - 1;
      const kind = last ? "final" : r.pick(["Read", "Read", "Grep", "Bash", "Edit", "Write", "Read", "Bash"]);
      const big = kind === "Write" || kind === "Edit";
      const thinkTok = think ? r.int(200, 2500) : 0;
      const out = thinkTok + (big ? r.int(1600, 3500) : kind === "final" ? r.int(120, 450) : r.int(40, 180));
      const body = { model: "claude-sonnet-4-5", max_tokens: think ? 32000 : 16000, system: SYS, tools: TOOLS, messages: JSON.parse(JSON.stringify(msgs)), metadata: { user_id: dev } };
      if (think) body.thinking = { type: "enabled", budget_tokens: 6000 };
      const promptChars = JSON.stringify(msgs).length + SYS.length + 1400;
      evs.push({ ts: t, key: "sk-ant-acme-gateway", ip: "192.0.2.10", asn: 64502, country: "NL", method: "POST", path: "/v1/messages", body, usage: { prompt_tokens: Math.ceil(promptChars / 3.6), completion_tokens: out }, _meta: { big, session: sid } });
      // the assistant turn as the client records it
      const content = [];
      if (think) content.push({ type: "thinking", thinking: "Let me look at how this is handled. " + "The function ".repeat(Math.min(60, thinkTok / 20)), signature: "sig" + r.int(1e6, 9e6) });
      if (kind === "final") { content.push({ type: "text", text: `Done. ${r.pick(["All tests pass.", "I changed 3 files; tests pass.", "The fix is in place and covered by a new test."])}` }); msgs.push({ role: "assistant", content }); break; }
      const id = `toolu_${sid}_${s}`;
      const file = r.pick(FILES);
      const input = kind === "Write" || kind === "Edit" ? { path: file, content: fileContent(r, Math.min(40, Math.round((out - thinkTok) / 60))) } : kind === "Bash" ? { command: r.pick(["pytest -q", "go test ./...", "npm test -- --run", "git diff --stat"]) } : kind === "Grep" ? { command: `rg -n "${r.pick(["retry", "page", "tz", "archived", "parse_fecha"])}"` } : { path: file };
      content.push({ type: "tool_use", id, name: kind, input });
      msgs.push({ role: "assistant", content });
      const result = kind === "Read" ? fileContent(r, r.int(15, 45)) : kind === "Bash" ? testOutput(r, r.chance(0.6)) : kind === "Grep" ? fileContent(r, r.int(3, 10)) : "The file was updated successfully.";
      msgs.push({ role: "user", content: [{ type: "tool_result", tool_use_id: id, content: result }] });
      t += 2500 + out * 18 + r.int(200, 1500); // model time + tool time
      if (r.chance(0.06)) { // the developer interjects
        t += r.int(20e3, 120e3);
        msgs[msgs.length - 1].content.push({ type: "text", text: r.pick(["Use the existing helper in utils instead.", "Don't touch the migrations folder.", "Looks good, continue.", "Also update the changelog."]) });
      }
    }
  }
  return evs;
}

const policy = writePolicy("held-coding");
console.log("held: team coding agent on /v1/messages (pro tier, one working day)");
const res = {};
for (const [name, share, label] of [["held-coding-thinking-40pct", 0.4, "extended thinking on ~40 % of sessions"], ["held-coding-control-no-thinking", 0, "control: no extended thinking"]]) {
  const x = replaySdk(name, gen(5803, { thinkingShare: share }), policy);
  const s = summarize(x.decisions, x.events);
  let bigCut = 0, thinkDeg = 0, thinkN = 0;
  x.decisions.forEach((d, i) => { const e = x.events[i]; if (e.body.thinking) { thinkN++; if (d.degraded) thinkDeg++; } if (d.degraded && e.usage.completion_tokens > 1536) bigCut++; });
  show(label, s);
  console.log(`      requests with thinking ${thinkN}, degraded ${thinkDeg}; degraded steps whose answer (a file written in the call) exceeds the degraded max_tokens (512 + 1,024 thinking): ${bigCut}`);
  res[name] = { s, bigCut };
}
const a = res["held-coding-thinking-40pct"];
console.log(a.s.degraded + a.s.refused > 0.05 * a.s.n ? "NOT HELD (honest product hit)" : "held");
