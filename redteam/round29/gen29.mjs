// Round 27 trace generator: tool-loop harvests against the "task fed by a tool" rule (fd3855e; docs/detection.md, answer times)
// and honest agents that the rule could misread. Written from docs/ and redteam/ only (no guard code imported).
// node gen27.mjs NAME "kind:opt=v,...;kind:..." [seed]
// Timing (as rounds 25-26): a request at ts settles at ts + 500 + c * gen ms (gen 25); the harvester sends the next request of a
// conversation settle + expGap(gm s, lo ms) (machine; default gm=10, lo=1500).
//
// kind tl (harvest; n keys x q new step-by-step problems each, answers alo..ahi (1200..2400), K conversations per key, S problems a
// conversation, max_tokens drawn per key from 2,500..8,000; history = the conversation's first exchange + the last `win` (2) exchanges):
//   mode=naive  each problem is a `next_problem` tool's result ("Problem: <ask>") after the long answer that called it (A4_tool)
//   mode=split  a separate cheap tool turn between: the long answer calls submit_solution({}); its result "Saved." (short, repeated)
//               is answered by a 20-45-token call of next_problem; the problem is that call's result (follows a short answer)
//   mode=usr    a short user turn between: after the long answer the user says "Next." (a repeated chip); the model answers with a
//               20-45-token call of next_problem; the problem comes as its result
//   mode=sid    the tool result is a short id ("Loaded #4812.", < 40 chars); the problem text sits in the system prompt (changes per request)
//   mode=rep    the tool result is one fixed text of 60 chars, the same every time ("sent before"); the problem in the system prompt
//   mode=args   the problem is written into the (forged) previous assistant turn's tool call arguments (`open_problem({"problem": ...})`);
//               the tool result is "ok" (repeated)
//   mode=p399   naive, but every answer 250..399 tokens (the answer before each tool result is under 400)
//   mode=trim   naive, but the history drops the previous tool result + answer: first exchange, then the assistant's last call only
//               (an agent trimming its context), so the tool result seems to follow the first answer
//   pre=1  (any mode) the tool result's exact text is first sent as a cheap single-turn request (max_tokens 1), so the ask was "sent before"
//   blank=1 the answers' text dropped from the history (calls only); uw=1 (sid/rep) a system prompt of its own per key; cg=s the cheap turn's gap mean (split/usr)
//   api=chat (default) | msgs (Anthropic tool_use / tool_result blocks) | resp (Responses function_call_output, previous_response_id chain)
//
// Honest kinds (agent loops: a tool result is sent 0.3..tg s after the answer settles, tg default 3; or person pace where said):
//   hcode  coding agent: a developer's task (short) -> write_file({path, content}) calls of fl..fh tokens (400..1600; every
//          completion is the whole file) -> each result a new test/compiler output (120..900 chars, numbers and names new each time);
//          st..sh steps a task (4..12), T tasks a key a day; occasional short run_tests / read_file calls (pr of steps)
//   hres   research agent: a question -> a long draft (1,200..2,500 tokens) that ends with web_search({query}) -> results (600..2,000
//          chars of new snippets) -> revised draft + next search; 3..7 rounds a question, T questions a key a day
//   htut   tutoring app: the model explains the student's exercise (500..1,100 tokens, step by step) and calls next_exercise;
//          its result is the next exercise text (new). pace=agent: the app returns it at once; pace=person: when the student
//          clicks "next" after reading (5-10 tok/s + 5..40 s)
//   horch  planner/worker agent framework: the worker's long answer (700..1,800) calls next_subtask; its result is the planner's next
//          subtask (new text, some "step by step"); nocue=1 without "step by step"/"thoroughly"; 3..8 subtasks a goal, T goals a key a day
//   hq     helpdesk automation: get_next_ticket returns a customer's question; the model drafts a step-by-step troubleshooting reply
//          (450..1,000 tokens); T tickets a key a day in shifts of 10..40
//   tl cue=first: only the conversation's first ask has the step-by-step cue, tool results are bare statements; cue=firstq: bare questions
//   hlab   data-labelling pipeline: get_next_item returns a customer review (new); the model answers a label with a rationale
//          (400..700 tokens) and calls get_next_item again; T items a key a day in sessions of 20..60
// Round 31a's modes (red team against R30-1, 331c5fb; redteam/round31a runs this generator with RT_DIR) that attack the round-30 relaxations:
//   mode=sub      the long solution is written into submit_solution({solution}) (the answer is mostly the call's arguments, so the
//                 answer before the tool's result is discounted by them); the tool's result is the next problem ("Problem: ...")
//                 txt=N: N tokens of the answer as visible text, the rest in the arguments
//   mode=unew     long answer (text, no call) -> a user line that is new every time (40+ chars, no cue), sent cg s after it ->
//                 a 20-45-token next_problem call -> the problem as its result
//   mode=uslow    long answer -> the user's "Next." sent ug..ug+uj s after the answer settled (past twice a person's reading+typing)
//                 -> a 20-45-token next_problem call -> the problem
//   mode=unewslow both (a new line, person-paced)
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { rng, pick, int, T0, MIN, DAY, tok, resNet, prose } from "../round6/lib.mjs";
const [name, specA, seedA = "1"] = process.argv.slice(2);
const R = rng(Number(seedA) * 7919 + 29);
const ev = [], meta = [];
const MAXEV = 150000;
const expGap = (mean, lo = 0) => Math.max(lo, -Math.log(1 - R()) * mean);
const U = (a, b) => a + R() * (b - a);
const push = (t, key, net, path, body, pt, c, m, extra = {}) => { if (ev.length >= MAXEV) throw new Error("too many events"); ev.push({ ts: Math.round(t), key, ...net, method: "POST", path, body, usage: { prompt_tokens: pt, completion_tokens: c }, ...extra }); meta.push({ c, ...m }); };
const PROB = ["a train leaves a station at 60 km/h and a second one follows an hour later at 90 km/h; when does the second catch up",
  "the probability of drawing two aces in a row from a shuffled 52-card deck without replacement", "the number of ways to seat 7 guests at a round table if two of them refuse to sit together",
  "the derivative of x^x and where it has a minimum", "how long a 2,000-litre tank takes to drain through two pipes that empty it in 5 and 8 hours", "the sum of all three-digit numbers divisible by 7",
  "whether a protein's melting temperature rises or falls when you add a disulfide bridge", "the pH of a 0.02 M acetic acid solution with Ka 1.8e-5", "the final velocity of a 3 kg cart after a 12 N push for 4 seconds on a surface with friction coefficient 0.1",
  "the expected number of coin flips until two heads in a row", "the remainder when 7^222 is divided by 13", "the area enclosed between y = x^2 and y = 2x + 3",
  "why the time complexity of building a binary heap is linear", "which of three suspects lied, given each makes two statements and exactly one statement per person is false",
  "the eigenvalues of a 2x2 rotation matrix and what they mean geometrically", "the compound interest on 5,000 euros at 3.4 % compounded monthly for 7 years",
  "how many moles of oxygen are needed to burn 10 g of propane", "the shortest path in a weighted graph of six cities using Dijkstra's algorithm", "the limit of (1 + 3/n)^(2n) as n grows",
  "whether the series of 1/(n log n) converges", "the angle between two vectors (2, -1, 3) and (1, 4, -2)", "the break-even point for a bakery with 12,000 fixed costs and a 2.40 margin per loaf",
  "the genotype ratios of a dihybrid cross between two heterozygous pea plants", "the resistance of three resistors of 4, 6 and 12 ohms in parallel, then in series with a 2-ohm one"];
const CTX1 = ["Okay,", "Hmm,", "Right,", "So", "Quick one:", "Another:", "Alright,", "Next,", "Now", "Also,", "Then", "And", "Cool,", "Thanks!", "Great.", "Got it.", "Nice,", "OK so", "Moving on,", "Hm,"];
const CTX2 = ["what about", "can you do", "help me with", "try", "how about", "let's look at", "work out", "I need", "figure out", "tackle", "look at", "do", "solve", "explain", "check", "find", "go through", "consider", "compute", "show me"];
const CLOSE = ["? Step by step please.", ", step by step.", ". Show each step.", ", walking through it step by step.", "? Go step by step and justify each step.", ". Reason it out step by step.", ", step-by-step with the working.", "? Please go through it step by step."];
const ask = (o = {}, first = true) => { const p = `${pick(R, PROB)} (variant ${int(R, 100, 999)})`;
  if (o.cue === "first" && !first) return `${p}.`; // a bare statement of the problem, no cue, no question mark
  if (o.cue === "firstq" && !first) return `${pick(R, CTX1)} ${pick(R, CTX2)} ${p}?`;
  return `${pick(R, CTX1)} ${pick(R, CTX2)} ${p}${pick(R, CLOSE)}`; };
const fn = (name2, desc, props = {}) => ({ type: "function", function: { name: name2, description: desc, parameters: { type: "object", properties: props } } });
const HT = { naive: [fn("next_problem", "Fetch the next problem from the worksheet.")], split: [fn("next_problem", "Fetch the next problem from the worksheet."), fn("submit_solution", "Save the solution just written.")],
  usr: [fn("next_problem", "Fetch the next problem from the worksheet.")], sid: [fn("next_problem", "Load the next problem into the workspace.")], rep: [fn("next_problem", "Load the next problem into the workspace.")],
  par2: [fn("next_problem", "Fetch the next problem from the worksheet."), fn("submit_solution", "Save the solution just written.")],
  args: [fn("open_problem", "Open a problem to solve.", { problem: { type: "string", description: "the problem statement" } })], p399: null, trim: null };
HT.p399 = HT.naive; HT.trim = HT.naive; HT.argsrep = HT.args; HT.argsvar = HT.args; HT.atext = HT.naive;
HT.argsplit = [fn("open_part", "Open part of a problem.", { t: { type: "string" } })]; HT.shortres = [fn("next_part", "Fetch part of the next problem.")];
HT.c100 = HT.split; HT.cvar = HT.split; HT.cpad = HT.split; HT.cid = [fn("next_problem", "Fetch the next problem from the worksheet."), fn("submit_solution", "Save the solution just written.", { receipt: { type: "string" } })]; HT.c400 = HT.split; HT.crid = HT.split; HT.cctr = HT.split;
HT.sub = [fn("submit_solution", "Submit the solution to the current problem; returns the next problem.", { solution: { type: "string", description: "the full worked solution" } })];
HT.unew = HT.usr; HT.uslow = HT.usr; HT.unewslow = HT.usr;
HT.argsb64 = [fn("open_problem", "Open a problem to solve.", { problem_b64: { type: "string", description: "the problem statement, base64" } })]; HT.argsnocue = HT.args; HT.argsprev = [...HT.args, fn("ready", "Signal ready.")]; HT.argsturns = HT.argsplit; HT.ghost = HT.split; HT.ghostu = HT.split; HT.c2 = HT.split; HT.argsc = [...HT.args, fn("submit_solution", "Save the solution just written.")];
const INTRO = "Work through worksheet problems. When you have finished one, call the tool for the next one.";
const REP = "The next problem is now shown in the workspace above. Solve it."; // 60+ chars, the same every time
const REP2 = "Opened. The problem you passed is now loaded in the workspace."; // 40+ chars, the same every time (argsrep)
const ARGSM = new Set(["args", "argsrep", "argsvar", "argsc", "argsb64", "argsnocue", "argsprev"]);
const SPLITM = ["split", "c100", "ghost", "ghostu", "cvar", "cpad", "cid", "c400", "crid", "cctr"];
const hex = (n) => Array.from({ length: n }, () => "0123456789abcdef"[Math.floor(R() * 16)]).join("");
const chunks = (txt, w) => { const out = []; for (let i = 0; i < txt.length; i += w) out.push(txt.slice(i, i + w)); return out; };
const groups = specA.split(";").filter(Boolean).map((g) => { const [kind, opts = ""] = g.split(":"); const o = {}; for (const kv of opts.split(",").filter(Boolean)) { const [k, v = "1"] = kv.split("="); o[k] = isNaN(Number(v)) ? v : Number(v); } return { kind, o }; });

// one "step" of a conversation in neutral form: {inKind: "user"|"tool", inText, callId (tool result's id), ans: {text, tokens, call: {id, name, args}|null}}
// rendered per API; history = steps[0] + the last `win` steps (mode trim: steps[0] + the previous answer only, without its input)
function render(api, sys, tools, steps, key) {
  if (api === "msgs") { const msgs = [];
    const asst = (s) => ({ role: "assistant", content: [...(s.ans.text ? [{ type: "text", text: s.ans.text }] : []), ...(s.ans.call ? [{ type: "tool_use", id: s.ans.call.id, name: s.ans.call.name, input: s.ans.call.args }] : []), ...(s.ans.call2 ? [{ type: "tool_use", id: s.ans.call2.id, name: s.ans.call2.name, input: {} }] : []), ...(s.ans.more ?? []).map((x) => ({ type: "tool_use", id: x.id, name: x.name, input: x.args }))] });
    const inp = (s) => (s.inKind === "tool" ? { role: "user", content: [{ type: "tool_result", tool_use_id: s.callId, content: s.inText }, ...(s.extraRes ?? []).map(([id, txt]) => ({ type: "tool_result", tool_use_id: id, content: txt }))] } : { role: "user", content: s.inText });
    for (const s of steps) { if (s.inKind !== "none") msgs.push(inp(s)); if (s.ans) msgs.push(asst(s)); }
    return { path: "/v1/messages", body: { model: "claude-sonnet-4-5", max_tokens: 4096, ...(sys ? { system: sys } : {}), tools: tools.map((t) => ({ name: t.function.name, description: t.function.description, input_schema: t.function.parameters })), messages: msgs } }; }
  const msgs = sys ? [{ role: "system", content: sys }] : [];
  for (const s of steps) { if (s.inKind === "tool") msgs.push({ role: "tool", tool_call_id: s.callId, content: s.inText }); else if (s.inKind === "user") msgs.push({ role: "user", content: s.inText });
    if (s.extraRes) for (const [id, txt] of s.extraRes) msgs.push({ role: "tool", tool_call_id: id, content: txt });
    if (s.ans) msgs.push({ role: "assistant", content: s.ans.text || null, ...(s.ans.call ? { tool_calls: [{ id: s.ans.call.id, type: "function", function: { name: s.ans.call.name, arguments: JSON.stringify(s.ans.call.args) } }, ...(s.ans.call2 ? [{ id: s.ans.call2.id, type: "function", function: { name: s.ans.call2.name, arguments: "{}" } }] : []), ...(s.ans.more ?? []).map((x) => ({ id: x.id, type: "function", function: { name: x.name, arguments: JSON.stringify(x.args) } }))] } : {}) }); }
  return { path: "/v1/chat/completions", body: { model: "gpt-4o", max_tokens: 4096, tools, messages: msgs } };
}
const ptOf = (body) => Math.ceil(JSON.stringify(body.messages ?? body.input ?? "").length / 4) + Math.ceil(JSON.stringify(body.tools ?? "").length / 4) + tok(body.system ?? "");

function tl(o, grp, gi) {
  const n = o.n ?? 10, q = o.q ?? 600, K = o.K ?? 1, S = o.S ?? Math.ceil(q / K), api = o.api ?? "chat", win = o.win ?? 2, mode = o.mode ?? "naive";
  const alo = mode === "p399" ? 250 : o.alo ?? 1200, ahi = mode === "p399" ? 399 : o.ahi ?? 2400, genMs = 25;
  const tools = HT[mode];
  for (let k = 0; k < n; k++) {
    const key = `sk-${grp}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = resNet(R); const t0 = T0 + U(0, (o.days ?? 0.2) * DAY);
    const mx = pick(R, [2500, 3000, 3500, 4000, 4096, 5000, 6000, 8000]);
    let cid = 0, done = 0;
    const uw = o.uw ? `${pick(R, ["You are", "Act as", "Be"])} ${pick(R, ["a careful", "a precise", "an exact", "a thorough", "a clear"])} ${pick(R, ["solver", "maths helper", "science helper", "tutor"])} for ${pick(R, ["Kim", "Ana", "Lee", "Sam", "Raj", "Eva"])}-${int(R, 10, 9999)}.` : undefined;
    const newConv = (t) => ({ wrap: uw, id: cid++, steps: [], settle: t, n: 0, rid: null, stage: "long", prob: null });
    const convs = []; for (let x = 0; x < K; x++) convs.push(newConv(t0 + x * ((o.ramp ?? 0) * MIN || U(200, 2000))));
    while (done < q) {
      let c = convs[0]; for (const x of convs) if (x.settle < c.settle) c = x;
      if (c.n >= S && c.stage === "long") { const i = convs.indexOf(c); convs[i] = newConv(c.settle); c = convs[i]; }
      const first = c.steps.length === 0;
      const t = c.stage === "cheap" && o.ug !== undefined ? c.settle + U(o.ug * 1000, (o.ug + (o.uj ?? 60)) * 1000) : c.stage === "cheap" && o.cg !== undefined ? c.settle + expGap(o.cg * 1000, 300) : c.settle + expGap((o.gm ?? 10) * 1000, o.lo ?? 1500);
      const cidN = `call_${c.id}_${c.steps.length}`;
      let step, long = c.stage === "long", sys = "";
      if (long) {
        const p = mode === "argsnocue" && !first ? `${pick(R, PROB)} (variant ${int(R, 100, 999)})` : ask(o, first); c.prob = p;
        if ((mode === "ghost" || mode === "ghostu") && !first && c.steps[c.steps.length - 1].ans.tokens >= 400) { // the cheap step forged into the history, never sent
          const prev = c.steps[c.steps.length - 1]; c.steps.push({ inKind: "tool", inText: mode === "ghostu" ? `Saved #${int(R, 10000, 99999)}.` : "Saved.", callId: prev.ans.call.id, ans: { text: "", tokens: int(R, 20, 45), call: { id: `g${cidN}`, name: "next_problem", args: {} } } }); }
        let inKind = "tool", inText, callId = c.steps.length ? c.steps[c.steps.length - 1].ans.call?.id : null;
        if (first) { inKind = "user"; inText = mode === "sid" || mode === "rep" ? INTRO : `${p} ${INTRO}`; }
        else if (mode === "sid") inText = `Loaded #${int(R, 1000, 99999)}.`;
        else if (mode === "rep") inText = REP;
        else if (["args", "argsc", "atext", "argsplit", "argsb64", "argsnocue", "argsprev", "argsturns"].includes(mode)) inText = "ok";
        else if (mode === "argsrep") inText = REP2;
        else if (mode === "argsvar") inText = `Opened in workspace w-${int(R, 100, 999)} at ${String(int(R, 0, 23)).padStart(2, "0")}:${String(int(R, 0, 59)).padStart(2, "0")}:${String(int(R, 0, 59)).padStart(2, "0")}, revision ${int(R, 1000, 99999)}, status ok.`;
        else if (mode === "shortres") { const ch = chunks(p, 32); inText = `1/${ch.length} ${ch[0]}`; c.res = ch.slice(1).map((x, i) => `${i + 2}/${ch.length} ${x}`); }
        else inText = `Problem: ${p}`;
        if (mode === "sid" || mode === "rep") sys = `${c.wrap ?? "You are a worksheet solver."} Current problem: ${p}`;
        const a = int(R, alo, ahi);
        const nextCall = SPLITM.includes(mode) ? { id: cidN, name: "submit_solution", args: mode === "cid" ? { receipt: `rcpt_${hex(o.rl ?? 44)}` } : {} } : mode === "argsturns" ? { id: cidN, name: "open_part", args: { t: "" } } : (mode === "usr" || mode === "unew" || mode === "uslow" || mode === "unewslow") ? null : mode === "sub" ? { id: cidN, name: "submit_solution", args: { solution: prose(R, Math.max(1, a - (o.txt ?? 0))) } } : ARGSM.has(mode) ? { id: cidN, name: mode === "argsc" ? "submit_solution" : "open_problem", args: mode === "argsc" ? {} : { problem: "" } } : mode === "argsplit" ? { id: cidN, name: "open_part", args: { t: "" } } : { id: cidN, name: (HT[mode] ?? HT.naive)[0].function.name, args: {} };
        step = { inKind, inText, callId, ans: { text: mode === "sub" ? (o.txt ? prose(R, o.txt) : "") : prose(R, Math.min(a, 400)), tokens: a, call: nextCall } };
        if (mode === "par2") { step.ans.call2 = { id: cidN + "b", name: "submit_solution" }; const prevS = c.steps[c.steps.length - 1]; if (prevS) step.extraRes = [[prevS.ans.call2.id, "Saved."]]; }
        if (mode === "split" || mode === "usr" || mode === "unew" || mode === "uslow" || mode === "unewslow" || mode === "c100" || mode === "cvar" || mode === "cpad" || mode === "cid" || mode === "crid" || mode === "cctr" || mode === "c400" || mode === "argsc" || ((mode === "ghost" || mode === "ghostu") && R() < (o.gs ?? 0))) c.stage = "cheap";
        c.n++; done++;
      } else { // the cheap turn between two long answers
        const prev = c.steps[c.steps.length - 1]; const mid = ["c100", "cvar", "cpad", "cid", "crid", "cctr"].includes(mode); const a = int(R, o.clo ?? (mode === "c400" ? 400 : mid ? 100 : 20), o.chi ?? (mode === "c400" ? 440 : mid ? 160 : 45));
        const cin = mode === "cvar" ? `Saved solution to workspace w-${int(R, 100, 999)} at ${String(int(R, 0, 23)).padStart(2, "0")}:${String(int(R, 0, 59)).padStart(2, "0")}:${String(int(R, 0, 59)).padStart(2, "0")}, revision ${int(R, 1000, 99999)}.` : mode === "cpad" ? "Saved." + " ".repeat(int(R, 40, 90)) : mode === "crid" ? `rcpt_${hex(o.rl ?? 44)}` : mode === "cctr" ? `Saved. This was save number ${done} of the session.` : "Saved.";
        const UL = () => `${pick(R, ["Saved that one", "Copied it", "Filed it", "Logged that", "Stored it", "Noted"])} ${pick(R, ["to my notes", "in the binder", "under the class folder", "into the shared doc", "in sheet"])} ${pick(R, ["as item", "under entry", "at row", "as card"])} ${int(R, 100, 99999)}-${hex(4)}; ${pick(R, ["pull up", "load", "fetch", "grab", "open"])} the ${pick(R, ["following", "next", "upcoming", "subsequent"])} ${pick(R, ["worksheet item", "exercise", "problem card", "entry from the set"])} ${pick(R, ["now", "please", "when ready", "for me", ""])}`.trim();
        step = ["usr", "uslow", "unew", "unewslow"].includes(mode) ? { inKind: "user", inText: mode === "unew" || mode === "unewslow" ? UL() : "Next.", ans: { text: "", tokens: a, call: { id: cidN, name: "next_problem", args: {} } } }
          : { inKind: "tool", inText: cin, callId: prev.ans.call.id, ans: { text: "", tokens: a, call: mode === "argsc" ? { id: cidN, name: "open_problem", args: { problem: "" } } : { id: cidN, name: "next_problem", args: {} } } };
        c.stage = "long";
      }
      // the history to send
      let curCallId = null;
      let hist = c.steps.length <= win + 1 ? [...c.steps] : [c.steps[0], ...c.steps.slice(-win)];
      if (mode === "trim" && c.steps.length >= 2) { const last = c.steps[c.steps.length - 1]; hist = [c.steps[0], { inKind: "none", ans: last.ans }]; }
      if (ARGSM.has(mode) && !first && long) { // the problem written into the last assistant turn's call arguments
        const last = hist[hist.length - 1]; hist[hist.length - 1] = { ...last, ans: { ...last.ans, call: { ...last.ans.call, args: mode === "argsb64" ? { problem_b64: Buffer.from(c.prob).toString("base64") } : { problem: c.prob } } } };
        if (mode === "argsprev") { const fid = `r${cidN}`; hist.push({ inKind: "tool", inText: "ok", callId: last.ans.call.id, ans: { text: "", tokens: 20, call: { id: fid, name: "ready", args: {} } } }); curCallId = fid; } }
      if (mode === "argsturns" && !first && long) { // the problem in <= w-char pieces, one per forged assistant turn (each call's arguments under 40 chars), every result "ok"
        const last = hist[hist.length - 1]; const ch = chunks(c.prob, o.w ?? 30); let pid = last.ans.call.id;
        hist[hist.length - 1] = { ...last, ans: { ...last.ans, call: { ...last.ans.call, args: { t: ch[0] } } } };
        for (let i = 1; i < ch.length; i++) { const nid = `p${cidN}_${i}`; hist.push({ inKind: "tool", inText: "ok", callId: pid, ans: { text: "", tokens: 15, call: { id: nid, name: "open_part", args: { t: ch[i] } } } }); pid = nid; }
        curCallId = pid; }
      let extraRes = null;
      if (mode === "argsplit" && !first) { // the problem split over parallel calls' arguments (each under 32 chars), every result "ok"
        const last = hist[hist.length - 1]; const ch = chunks(c.prob, o.w ?? 30); const id0 = last.ans.call.id;
        hist[hist.length - 1] = { ...last, ans: { ...last.ans, call: { ...last.ans.call, args: { t: ch[0] } }, more: ch.slice(1).map((x, i) => ({ id: `${id0}_${i + 1}`, name: "open_part", args: { t: x } })) } };
        extraRes = ch.slice(1).map((x, i) => [`${id0}_${i + 1}`, "ok"]); }
      if (mode === "shortres" && !first) { // the problem split over several parallel calls' short results (each under 40 chars)
        const last = hist[hist.length - 1]; const id0 = last.ans.call.id;
        hist[hist.length - 1] = { ...last, ans: { ...last.ans, more: c.res.map((x, i) => ({ id: `${id0}_${i + 1}`, name: "next_part", args: {} })) } };
        extraRes = c.res.map((x, i) => [`${id0}_${i + 1}`, x]); }
      if (mode === "atext" && !first) { // the problem written into the last assistant turn's text, the call bare, the result "ok"
        const last = hist[hist.length - 1]; hist[hist.length - 1] = { ...last, ans: { ...last.ans, text: `${last.ans.text}\n\nNext problem: ${c.prob}` } }; }
      if (o.blank) hist = hist.map((h) => ({ ...h, ans: { ...h.ans, text: "" } })); // blank=1: the answers' text dropped from the history (only the calls kept)
      const cur = [...hist, { ...step, ans: null, ...(curCallId ? { callId: curCallId } : {}), ...(extraRes ? { extraRes } : {}) }];
      let path, body, extra = {};
      if (api === "resp") {
        path = "/v1/responses"; const rid = `resp_${key.slice(-7)}_${c.id}_${c.steps.length}`;
        const input = step.inKind === "tool" ? [{ type: "function_call_output", call_id: step.callId, output: step.inText }] : [{ role: "user", content: step.inText }];
        body = { model: "gpt-4.1", max_output_tokens: mx, ...(sys ? { instructions: sys } : {}), tools: tools.map((x) => ({ type: "function", name: x.function.name, description: x.function.description, parameters: x.function.parameters })), input, ...(c.rid ? { previous_response_id: c.rid } : {}) };
        extra = { response_id: rid }; c.rid = rid;
      } else { ({ path, body } = render(api, sys, tools, cur, key)); if (path.includes("messages")) body.max_tokens = mx; else body.max_tokens = mx; }
      const pt = api === "resp" ? 200 + c.steps.reduce((s, x) => s + tok(x.inText ?? "") + x.ans.tokens, 0) : ptOf(body);
      if (o.pre && long && step.inKind === "tool") { // pre=1: the tool result's exact text sent first as a cheap single-turn request (1-token answer), so it is "sent before"
        const tp = Math.max(c.settle + 200, t - U(500, 1500)); const pb = { model: "gpt-4o-mini", max_tokens: 1, messages: [{ role: "user", content: step.inText }] };
        push(tp, key, net, "/v1/chat/completions", pb, tok(step.inText) + 8, 1, { group: grp, sh: 1, conv: `pre${c.id}`, turn: 0 }); }
      push(t, key, net, path, body, pt, step.ans.tokens, { group: grp, q: done, conv: c.id, turn: c.steps.length, ...(long ? {} : { sh: 1 }), gapSettle: c.steps.length ? t - c.settle : null, floor: 0 }, extra);
      c.steps.push(step); c.settle = t + 500 + step.ans.tokens * genMs;
    }
  }
}

// ---- honest agents ----
const FILES = ["src/server.ts", "src/auth/session.ts", "src/db/migrate.py", "lib/parser.rs", "app/models/invoice.rb", "src/components/Checkout.tsx", "pkg/cache/lru.go", "tests/test_billing.py"];
const TASKS = ["Add pagination to the /orders endpoint", "Fix the flaky session-expiry test", "Port the CSV importer to streaming", "Add retry with backoff to the webhook sender", "Make the LRU cache thread-safe", "Migrate invoices to the new tax table", "Add dark mode to the checkout form", "Rename customer_id to account_id everywhere"];
const ERRS = () => pick(R, [
  () => `FAILED tests/test_${pick(R, ["orders", "session", "import", "webhook", "cache", "tax"])}.py::test_${pick(R, ["page_two", "expiry", "stream_large", "retry_429", "concurrent_get", "vat_rounding"])}_${int(R, 1, 99)} - AssertionError: expected ${int(R, 0, 5000)} got ${int(R, 0, 5000)}\n${int(R, 1, 80)} passed, ${int(R, 1, 6)} failed in ${U(0.5, 40).toFixed(2)}s`,
  () => `src/${pick(R, ["server", "session", "importer", "sender", "lru", "invoice"])}.ts(${int(R, 1, 400)},${int(R, 1, 60)}): error TS${int(R, 2000, 2800)}: Property '${pick(R, ["pageSize", "expiresAt", "rows", "attempt", "mutex", "rate"])}' does not exist on type '${pick(R, ["Query", "Session", "Reader", "Options", "Cache", "Invoice"])}'.\nFound ${int(R, 1, 9)} errors in ${int(R, 1, 4)} files.`,
  () => `Traceback (most recent call last):\n  File "${pick(R, FILES)}", line ${int(R, 3, 500)}, in ${pick(R, ["run", "handle", "load", "send", "get", "apply"])}\n${pick(R, ["KeyError", "TypeError", "ValueError", "IndexError"])}: ${pick(R, ["'account_id'", "unsupported operand type(s) for +: 'int' and 'str'", "invalid literal for int() with base 10: 'N/A'", "list index out of range"])} (row ${int(R, 1, 90000)})`,
  () => `${int(R, 20, 300)} passed, 0 failed in ${U(1, 90).toFixed(2)}s\ncoverage: ${int(R, 60, 99)}.${int(R, 0, 9)}% (${int(R, 1000, 9000)} statements, ${int(R, 10, 900)} missed)`])();
function agentKey(net0) { return net0 ?? { ip: `35.${int(R, 0, 255)}.${int(R, 0, 255)}.${int(R, 2, 254)}`, asn: 396982, country: "US" }; }
function hcode(o, grp, gi) {
  const n = o.n ?? 5, T = o.T ?? 40, days = o.days ?? 1, tg = o.tg ?? 3;
  const tools = [fn("write_file", "Write a whole file.", { path: { type: "string" }, content: { type: "string" } }), fn("run_tests", "Run the test suite."), fn("read_file", "Read a file.", { path: { type: "string" } })];
  const SYS = "You are a coding agent working in the user's repository. Use write_file to write whole files, run_tests to check, read_file to look. Stop when the tests pass.";
  for (let k = 0; k < n; k++) { const key = `sk-${grp}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = o.res ? resNet(R) : agentKey();
    for (let d = 0; d < days; d++) for (let x = 0; x < T; x++) {
      let t = T0 + d * DAY + U(0, (o.hours ?? 10) * 3600e3); const msgs = [{ role: "system", content: SYS }, { role: "user", content: `${pick(R, TASKS)} (${pick(R, FILES)}, ticket ${int(R, 100, 9999)})` }];
      const steps = int(R, o.st ?? 4, o.sh ?? 12);
      for (let s = 0; s < steps; s++) {
        const short = R() < (o.pr ?? 0.25); const a = short ? int(R, 15, 40) : int(R, o.fl ?? 400, o.fh ?? 1600); const id = `call_${x}_${s}`;
        const sent = msgs.length > 14 ? [msgs[0], msgs[1], ...msgs.slice(-12)] : [...msgs];
        push(t, key, net, "/v1/chat/completions", { model: "gpt-4o", max_tokens: 8192, tools, messages: sent }, ptOf({ messages: sent, tools }), a, { group: grp, turn: s, conv: `${d}.${x}` });
        const settle = t + 500 + a * 25; const call = short ? { name: pick(R, ["run_tests", "read_file"]), args: short ? {} : {} } : { name: "write_file", args: { path: pick(R, FILES), content: prose(R, Math.min(a, 500)) } };
        msgs.push({ role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: call.name, arguments: JSON.stringify(call.args) } }] });
        const res = call.name === "write_file" ? (R() < 0.5 ? `Wrote ${call.args.path} (${int(R, 20, 400)} lines).\n` : "") + ERRS() : call.name === "read_file" ? prose(R, int(R, 100, 600)) : ERRS();
        msgs.push({ role: "tool", tool_call_id: id, content: res });
        t = settle + U(300, tg * 1000) + (call.name !== "read_file" ? U(1000, 20000) : 0);
      }
    } }
}
function hres(o, grp, gi) {
  const n = o.n ?? 5, T = o.T ?? 30, days = o.days ?? 1, tg = o.tg ?? 3;
  const tools = [fn("web_search", "Search the web.", { query: { type: "string" } })];
  const SYS = "You are a research agent. Write a thorough, well-structured report that answers the question. Draft, then search for what is missing, then revise. Cite sources.";
  const QS = ["How did the 2023 EU battery regulation change recycling targets for lithium?", "What is known about the long-term effects of intermittent fasting on muscle mass?", "Compare heat-pump adoption policies in Norway, Germany and the UK.", "What caused the 2022 UK gilt crisis and how did the Bank of England respond?", "Summarise the evidence on four-day work weeks and productivity.", "How do CRISPR base editors differ from prime editors in off-target risk?"];
  for (let k = 0; k < n; k++) { const key = `sk-${grp}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = agentKey();
    for (let d = 0; d < days; d++) for (let x = 0; x < T; x++) {
      let t = T0 + d * DAY + U(0, (o.hours ?? 10) * 3600e3); const msgs = [{ role: "system", content: SYS }, { role: "user", content: `${pick(R, QS)} (for ${pick(R, ["a board memo", "my thesis", "a client brief", "our newsletter"])}, ${int(R, 1, 999)})` }];
      const rounds = int(R, 3, 7);
      for (let s = 0; s < rounds; s++) { const a = int(R, o.alo ?? 1200, o.ahi ?? 2500); const id = `call_${x}_${s}`; const sent = msgs.length > 10 ? [msgs[0], msgs[1], ...msgs.slice(-8)] : [...msgs];
        push(t, key, net, "/v1/chat/completions", { model: "gpt-4o", max_tokens: 8192, tools, messages: sent }, ptOf({ messages: sent, tools }), a, { group: grp, turn: s, conv: `${d}.${x}` });
        const settle = t + 500 + a * 25; const last = s === rounds - 1; const qy = `${pick(R, ["latest data on", "criticism of", "official figures for", "study on", "timeline of"])} ${pick(R, ["recycling targets", "muscle protein synthesis", "heat pump grants", "LDI funds", "productivity metrics", "off-target edits"])} ${int(R, 2019, 2026)}`;
        msgs.push({ role: "assistant", content: prose(R, Math.min(a, 500)), ...(last ? {} : { tool_calls: [{ id, type: "function", function: { name: "web_search", arguments: JSON.stringify({ query: qy }) } }] }) });
        if (last) break;
        const snip = Array.from({ length: int(R, 3, 8) }, () => `[${int(R, 1, 99)}] ${pick(R, ["reuters.com", "nature.com", "gov.uk", "ec.europa.eu", "ft.com", "arxiv.org"])}/${int(R, 1000, 99999)}: ${prose(R, int(R, 30, 70))}`).join("\n");
        msgs.push({ role: "tool", tool_call_id: id, content: snip }); t = settle + U(300, tg * 1000) + U(500, 4000);
      }
    } }
}
function htut(o, grp, gi) { // tutoring app: explanation then next_exercise from a tool
  const n = o.n ?? 5, U2 = o.U ?? 150, days = o.days ?? 1, person = o.pace === "person";
  const tools = [fn("next_exercise", "Get the student's next exercise from their assignment.")];
  const SYS = o.nocue ? "You are Pip, the homework helper in the Lumen Learning app. Explain each exercise in plain language, then call next_exercise to move the student on." : "You are Pip, the homework helper in the Lumen Learning app. Explain each exercise step by step in plain language, then call next_exercise to move the student on.";
  for (let k = 0; k < n; k++) { const key = `sk-${grp}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = { ip: `34.${int(R, 0, 255)}.${int(R, 0, 255)}.${int(R, 2, 254)}`, asn: 15169, country: "US" };
    for (let d = 0; d < days; d++) for (let u = 0; u < U2; u++) {
      let t = T0 + d * DAY + U(0, 12 * 3600e3); const msgs = [{ role: "system", content: SYS }, { role: "user", content: `Help me with my assignment. First one: ${pick(R, PROB)}.` }];
      const ex = int(R, o.emin ?? 4, o.emax ?? 12);
      for (let s = 0; s < ex; s++) { const a = int(R, o.alo ?? 500, o.ahi ?? 1100); const id = `call_${u}_${s}`; const sent = msgs.length > 9 ? [msgs[0], msgs[1], ...msgs.slice(-7)] : [...msgs];
        push(t, key, net, "/v1/chat/completions", { model: "gpt-4o-mini", max_tokens: 2048, tools, messages: sent }, ptOf({ messages: sent, tools }), a, { group: grp, turn: s, conv: `${d}.${u}` });
        const settle = t + 500 + a * 20; msgs.push({ role: "assistant", content: prose(R, Math.min(a, 400)), tool_calls: [{ id, type: "function", function: { name: "next_exercise", arguments: "{}" } }] });
        msgs.push({ role: "tool", tool_call_id: id, content: `Exercise ${s + 2} of ${ex + 1}: ${pick(R, PROB)} (from ${pick(R, ["Algebra 2, unit 4", "Chemistry, chapter 7", "Physics, forces", "Probability worksheet"])}, set ${int(R, 1, 40)})` });
        t = settle + (person ? Math.min(a, 900) / U(5, 10) * 1000 + U(5000, 40000) : U(300, 2000)); }
    } }
}
function hlab(o, grp, gi) { // labelling pipeline
  const n = o.n ?? 5, T = o.T ?? 3000, days = o.days ?? 1;
  const tools = [fn("get_next_item", "Fetch the next review to label.")];
  const SYS = "You label customer reviews for a sentiment and defect dataset. For each review give: sentiment (pos/neg/mixed), defect category, severity 1-5, and a short rationale quoting the review. Then call get_next_item.";
  const REV = ["The blender's lid cracked after two weeks and support never answered.", "Great headphones, the noise cancelling is superb but the app keeps logging me out.", "Arrived late, box crushed, but the kettle works fine.", "Battery drains overnight even when switched off, returning it.", "Exactly as described, my kids love it.", "The stitching on the left strap came loose on day one."];
  for (let k = 0; k < n; k++) { const key = `sk-${grp}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = agentKey();
    let t = T0 + U(0, 3600e3); let done = 0;
    while (done < T * days) { const msgs = [{ role: "system", content: SYS }, { role: "user", content: `Batch ${int(R, 100, 9999)}: start labelling.` }]; const L = int(R, 20, 60);
      for (let s = 0; s < L && done < T * days; s++, done++) { const a = int(R, o.alo ?? 400, o.ahi ?? 700); const id = `call_${done}`; const sent = msgs.length > 8 ? [msgs[0], msgs[1], ...msgs.slice(-6)] : [...msgs];
        push(t, key, net, "/v1/chat/completions", { model: "gpt-4o-mini", max_tokens: 1024, tools, messages: sent }, ptOf({ messages: sent, tools }), a, { group: grp, turn: s, conv: done });
        const settle = t + 500 + a * 20; msgs.push({ role: "assistant", content: prose(R, Math.min(a, 300)), tool_calls: [{ id, type: "function", function: { name: "get_next_item", arguments: "{}" } }] });
        msgs.push({ role: "tool", tool_call_id: id, content: `Review #${int(R, 100000, 999999)} (${pick(R, ["amazon", "shop", "app store"])}, ${int(R, 1, 5)} stars): ${pick(R, REV)} ${prose(R, int(R, 10, 60))}` });
        t = settle + U(200, 1500); }
      t += U(60e3, 600e3); }
  }
}
function horch(o, grp, gi) { // a planner/worker agent framework: the planner tool returns the worker's next subtask (new text with an ask)
  const n = o.n ?? 5, T = o.T ?? 200, days = o.days ?? 1;
  const tools = [fn("next_subtask", "Report the finished subtask and get the next one from the planner.", { summary: { type: "string" } })];
  const SYS = o.nocue ? "You are the worker agent of an autonomous project pipeline. Complete the subtask you are given, then call next_subtask with a one-line summary." : "You are the worker agent of an autonomous project pipeline. Complete the subtask you are given thoroughly, then call next_subtask with a one-line summary.";
  const GOALS = ["launch plan for a pricing change", "migration of the billing service to Postgres 16", "GDPR data-retention audit", "quarterly churn analysis", "onboarding guide for new support staff", "incident review of the 3 May outage"];
  const SUB = ["List the stakeholders and explain step by step what each needs to sign off", "Write the detailed runbook for the cut-over, step by step", "Analyse the risks and explain how each is mitigated", "Draft the communication to customers and explain the timeline", "Work out the cost estimate step by step with the assumptions", "Write the test plan and the acceptance criteria"];
  for (let k = 0; k < n; k++) { const key = `sk-${grp}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = agentKey();
    for (let d = 0; d < days; d++) for (let x = 0; x < T; x++) {
      let t = T0 + d * DAY + U(0, (o.hours ?? 16) * 3600e3); const goal = `${pick(R, GOALS)} (project ${int(R, 100, 9999)})`; const msgs = [{ role: "system", content: SYS }, { role: "user", content: `Goal: ${goal}. First subtask: ${pick(R, SUB)}.` }];
      const st = int(R, 3, 8); const sub = () => (o.nocue ? pick(R, SUB).replace(/,? step by step/, "") : pick(R, SUB));
      for (let s = 0; s < st; s++) { const a = int(R, o.alo ?? 700, o.ahi ?? 1800); const id = `call_${x}_${s}`; const sent = msgs.length > 9 ? [msgs[0], msgs[1], ...msgs.slice(-7)] : [...msgs];
        push(t, key, net, "/v1/chat/completions", { model: "gpt-4o", max_tokens: 4096, tools, messages: sent }, ptOf({ messages: sent, tools }), a, { group: grp, turn: s, conv: `${d}.${x}` });
        const settle = t + 500 + a * 25; msgs.push({ role: "assistant", content: prose(R, Math.min(a, 400)), tool_calls: [{ id, type: "function", function: { name: "next_subtask", arguments: JSON.stringify({ summary: prose(R, 12) }) } }] });
        msgs.push({ role: "tool", tool_call_id: id, content: `Subtask ${s + 2}/${st + 1} for ${goal}: ${sub()}. Context from the planner: ${prose(R, int(R, 10, 40))}` });
        t = settle + U(300, 3000); }
    } }
}
function hq(o, grp, gi) { // helpdesk automation: get_next_ticket returns a customer's question; the model drafts a long troubleshooting reply
  const n = o.n ?? 5, T = o.T ?? 600, days = o.days ?? 1;
  const tools = [fn("get_next_ticket", "Post the drafted reply and fetch the next open ticket from the queue.", { reply_id: { type: "string" } })];
  const SYS = "You are the support agent of Routerly, a home-networking company. Draft a complete troubleshooting reply for each ticket, walking the customer through the fix step by step, then call get_next_ticket.";
  const TQ = ["My mesh node keeps dropping off every evening, how do I fix it?", "How do I set up port forwarding for my game console?", "The app says firmware update failed at 78%, what should I do?", "Why is my 5 GHz network slower than 2.4 GHz in the bedroom?", "How can I set up a guest network that expires after a day?", "My printer disappears from the network after the router reboots, why?"];
  for (let k = 0; k < n; k++) { const key = `sk-${grp}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = agentKey();
    let t = T0 + U(0, 3600e3); let done = 0;
    while (done < T * days) { const msgs = [{ role: "system", content: SYS }, { role: "user", content: `Start on the queue (shift ${int(R, 100, 9999)}).` }]; const L = int(R, 10, 40);
      for (let s = 0; s < L && done < T * days; s++, done++) { const a = int(R, o.alo ?? 450, o.ahi ?? 1000); const id = `call_${done}`; const sent = msgs.length > 8 ? [msgs[0], msgs[1], ...msgs.slice(-6)] : [...msgs];
        push(t, key, net, "/v1/chat/completions", { model: "gpt-4o-mini", max_tokens: 2048, tools, messages: sent }, ptOf({ messages: sent, tools }), a, { group: grp, turn: s, conv: done });
        const settle = t + 500 + a * 20; msgs.push({ role: "assistant", content: prose(R, Math.min(a, 400)), tool_calls: [{ id, type: "function", function: { name: "get_next_ticket", arguments: JSON.stringify({ reply_id: `r${done}` }) } }] });
        msgs.push({ role: "tool", tool_call_id: id, content: `Ticket #${int(R, 100000, 999999)} from ${pick(R, ["Dana", "Luis", "Mei", "Tom", "Aisha", "Piotr"])} (${pick(R, ["RX-200", "MeshPro 3", "RX-500"])}, fw ${int(R, 1, 4)}.${int(R, 0, 9)}): ${pick(R, TQ)} ${prose(R, int(R, 8, 40))}` });
        t = settle + U(200, 2000); }
      t += U(60e3, 900e3); }
  }
}
// round 28 honest kind hag: agents whose tools answer long arguments with a short "ok", and agents that take a cheap step between a long
// answer and the next informative tool output. prof=
//   code  coding agent: long write_file({path, content}) (fl..fh, 400..1600) -> short ack ("ok", "File written.", "Wrote N lines.") ->
//         a cheap run_tests / read_file call (15..40 tokens) -> new test output / file text -> the next long write_file ...
//   mail  support desk: cheap get_next_ticket -> the customer's ticket (new question) -> long send_reply({ticket, body}) (450..1000) ->
//         "Sent." -> cheap get_next_ticket -> ...; a conversation is a shift of L tickets (10..40)
//   notes research agent: cheap web_search -> new snippets -> long save_notes({notes}) (800..2000) -> "Saved." -> cheap web_search ...
//   nb    notebook/data agent: long execute_cell({code}) (400..1200) -> short output ("ok", "Out[7]: 0.8731") or, with prob 0.3, a long
//         printed table; the next long cell ...
//   doc   document editor: long edit_section({section, text}) (500..1500, a how-to guide: "Step 1 ...") -> "ok" -> cheap get_comments ->
//         a reviewer's new comment (some "explain ... step by step") -> the next long edit ...
//   crm   CRM/db agent: long insert_records({rows}) (400..1200 JSON rows) -> "3 rows inserted." -> cheap fetch_next_batch -> new raw
//         customer notes (400..1500 chars) -> the next long insert ...
// options: n keys, T conversations a key a day (days), st..sh steps a conversation (long answers), cue=1 "step by step" in the system
// prompt, tg agent gap (s), res=1 residential network
function hag(o, grp, gi) {
  const n = o.n ?? 5, T = o.T ?? 40, days = o.days ?? 1, tg = o.tg ?? 3, prof = o.prof ?? "code";
  const F = { code: [fn("write_file", "Write a whole file.", { path: { type: "string" }, content: { type: "string" } }), fn("run_tests", "Run the test suite."), fn("read_file", "Read a file.", { path: { type: "string" } })],
    mail: [fn("get_next_ticket", "Fetch the next open ticket."), fn("send_reply", "Send the reply to the customer.", { ticket: { type: "string" }, body: { type: "string" } })],
    notes: [fn("web_search", "Search the web.", { query: { type: "string" } }), fn("save_notes", "Append to the research notes.", { notes: { type: "string" } })],
    nb: [fn("execute_cell", "Run a notebook cell.", { code: { type: "string" } })],
    doc: [fn("edit_section", "Replace a section of the document.", { section: { type: "string" }, text: { type: "string" } }), fn("get_comments", "Get the reviewers' open comments.")],
    crm: [fn("insert_records", "Insert rows into the CRM.", { rows: { type: "array" } }), fn("fetch_next_batch", "Fetch the next batch of raw notes.")] }[prof];
  const CUE = o.cue ? " Work step by step and be thorough." : "";
  const SYS = { code: "You are a coding agent in the user's repository. Write whole files with write_file, then run_tests; fix until green.", mail: "You are the support agent of Routerly. For each ticket, send a complete troubleshooting reply that walks the customer through the fix step by step with send_reply, then get the next ticket.",
    notes: "You are a research agent. Search, then save detailed notes, then search for what is missing.", nb: "You are a data analysis agent working in a Jupyter notebook. Write complete cells and run them.",
    doc: "You are the documentation writer for Routerly's admin guide. Rewrite sections as step-by-step instructions and address every reviewer comment.", crm: "You are a CRM data-entry agent. Turn raw customer notes into structured records and insert them." }[prof] + CUE;
  const TASK = { code: () => `${pick(R, TASKS)} (${pick(R, FILES)}, ticket ${int(R, 100, 9999)})`, mail: () => `Start on the queue (shift ${int(R, 100, 9999)}).`, notes: () => `Research: ${pick(R, ["heat-pump subsidies in the EU", "battery recycling targets", "four-day week trials", "LDI funds after 2022", "CRISPR base editing safety"])} for ${pick(R, ["a board memo", "a client brief"])} (${int(R, 1, 999)})`,
    nb: () => `Analyse ${pick(R, ["churn", "sales", "support tickets", "sensor readings"])} in data/${pick(R, ["q3", "2025", "eu", "raw"])}_${int(R, 1, 99)}.csv and chart the trend.`, doc: () => `Rewrite the ${pick(R, ["VPN", "mesh setup", "firmware update", "guest network", "parental controls"])} chapter (release ${int(R, 1, 9)}.${int(R, 0, 9)}).`, crm: () => `Import the notes from ${pick(R, ["the Berlin fair", "the June webinar", "inbound calls", "partner referrals"])} (batch ${int(R, 100, 9999)}).` }[prof];
  const ACK = { code: () => pick(R, ["ok", "File written.", `Wrote ${int(R, 20, 400)} lines.`]), mail: () => "Sent.", notes: () => "Saved.", nb: () => (R() < 0.5 ? "ok" : `Out[${int(R, 1, 99)}]: ${U(0, 1).toFixed(4)}`), doc: () => "ok", crm: () => `${int(R, 1, 9)} rows inserted.` }[prof];
  const INFO = { code: () => (R() < 0.8 ? ERRS() : prose(R, int(R, 100, 600))), mail: () => `Ticket #${int(R, 100000, 999999)} from ${pick(R, ["Dana", "Luis", "Mei", "Tom", "Aisha", "Piotr"])} (${pick(R, ["RX-200", "MeshPro 3", "RX-500"])}): ${pick(R, ["My mesh node keeps dropping off every evening, how do I fix it?", "How do I set up port forwarding for my game console?", "The app says firmware update failed at 78%, what should I do?", "Why is my 5 GHz network slower than 2.4 GHz in the bedroom?"])} ${prose(R, int(R, 8, 40))}`,
    notes: () => Array.from({ length: int(R, 3, 8) }, () => `[${int(R, 1, 99)}] ${pick(R, ["reuters.com", "nature.com", "gov.uk", "ft.com"])}/${int(R, 1000, 99999)}: ${prose(R, int(R, 30, 70))}`).join("\n"),
    nb: () => `   id  ${pick(R, ["churn", "sales", "tickets", "temp"])}  month\n` + Array.from({ length: int(R, 5, 15) }, (_, i) => `${i}  ${int(R, 1000, 99999)}  ${U(0, 100).toFixed(2)}  2025-${int(R, 1, 12)}`).join("\n"),
    doc: () => `Comment from ${pick(R, ["Mei (QA)", "Tom (support)", "Aisha (PM)", "Luis (legal)"])} on section ${int(R, 1, 12)}: ${pick(R, ["Please explain step by step how the user resets the node, the current text skips the app part.", "This section needs the exact menu path for each step and a screenshot note.", "Can you walk through the firmware rollback step by step? Support gets this question daily.", "Shorten the intro and add a troubleshooting table at the end.", "The port list is out of date for release 4, please check and explain why each port is needed."])}`,
    crm: () => `Raw notes (${pick(R, ["Anna", "Jon", "Priya", "Karl"])}): ${prose(R, int(R, 60, 250))}` }[prof];
  const CHEAP = { code: () => (R() < 0.8 ? ["run_tests", {}] : ["read_file", { path: pick(R, FILES) }]), mail: () => ["get_next_ticket", {}], notes: () => ["web_search", { query: `${pick(R, ["latest data on", "criticism of", "official figures for"])} ${pick(R, ["recycling targets", "heat pump grants", "LDI funds"])} ${int(R, 2019, 2026)}` }], doc: () => ["get_comments", {}], crm: () => ["fetch_next_batch", {}] }[prof];
  const LONG = { code: (a) => ["write_file", { path: pick(R, FILES), content: prose(R, Math.min(a, 500)) }], mail: (a) => ["send_reply", { ticket: `#${int(R, 100000, 999999)}`, body: prose(R, Math.min(a, 400)) }], notes: (a) => ["save_notes", { notes: prose(R, Math.min(a, 500)) }],
    nb: (a) => ["execute_cell", { code: prose(R, Math.min(a, 400)) }], doc: (a) => ["edit_section", { section: `${int(R, 1, 12)}`, text: `Step 1: ${prose(R, Math.min(a, 200))} Step 2: ${prose(R, Math.min(a, 200))}` }], crm: (a) => ["insert_records", { rows: Array.from({ length: int(R, 2, 6) }, () => ({ name: pick(R, ["Anna K.", "Jon P.", "Priya S."]), note: prose(R, 40) })) }] }[prof];
  const [flo, fhi] = { code: [400, 1600], mail: [450, 1000], notes: [800, 2000], nb: [400, 1200], doc: [500, 1500], crm: [400, 1200] }[prof];
  const startCheap = prof === "mail" || prof === "notes";
  for (let k = 0; k < n; k++) { const key = `sk-${grp}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = o.res ? resNet(R) : agentKey();
    for (let d = 0; d < days; d++) for (let x = 0; x < T; x++) {
      let t = T0 + d * DAY + U(0, (o.hours ?? 10) * 3600e3); const msgs = [{ role: "system", content: SYS }, { role: "user", content: TASK() }];
      const L = int(R, o.st ?? 10, o.sh ?? 40); let longs = 0, r = 0, lastAck = false, turn = 0;
      if (startCheap) lastAck = true;
      while (longs < L) { const cheap = lastAck && prof !== "nb"; const a = cheap ? int(R, 15, 45) : int(R, o.fl ?? flo, o.fh ?? fhi); const id = `call_${d}_${x}_${turn}`;
        const sent = msgs.length > 14 ? [msgs[0], msgs[1], ...msgs.slice(-12)] : [...msgs];
        push(t, key, net, "/v1/chat/completions", { model: "gpt-4o", max_tokens: 8192, tools: F, messages: sent }, ptOf({ messages: sent, tools: F }), a, { group: grp, turn, conv: `${d}.${x}` });
        const settle = t + 500 + a * 25; turn++;
        const [nm, args] = cheap ? CHEAP() : LONG(a); msgs.push({ role: "assistant", content: cheap ? null : (R() < 0.3 ? prose(R, 20) : null), tool_calls: [{ id, type: "function", function: { name: nm, arguments: JSON.stringify(args) } }] });
        let res; if (cheap) { res = INFO(); lastAck = false; } else { longs++; if (prof === "nb" && R() < 0.3) { res = INFO(); lastAck = false; } else { res = ACK(); lastAck = true; } }
        msgs.push({ role: "tool", tool_call_id: id, content: res }); t = settle + U(300, tg * 1000) + (prof === "code" && cheap ? U(1000, 20000) : 0);
      }
    } }
}

// round 29 honest kind hag2: agents whose calls carry 40+ chars of arguments followed by informative results, and agents with
// mid-size steps (100..399 tokens) after inputs that repeat. prof=
//   ci       code interpreter: execute_code({code}) answers of 400..1200 tokens (20 %: a 30..90-token peek, 40..120 chars of code)
//            -> new stdout / tables / tracebacks (100..1,500 chars)
//   sql      SQL agent: run_sql({sql: 80..600 chars}) steps of 60..250 tokens -> new rows; every 4..6 queries an analysis of
//            400..900 tokens that ends with the next run_sql call
//   search   research agent with long natural-language queries: a draft of 800..2,000 tokens ends with web_search({query: a
//            60..160-char question, 30 % "how to ... step by step"}) -> new snippets
//   browser  browser agent: fill_form / click ({selector, fields: 100..800 chars}) steps of 100..400 tokens -> a new page snapshot
//            (400..2,500 chars); every ~8 steps a 400..800-token plan with the next call
//   lint     coding agent: edit_file({path, diff}) of 400..1,600 tokens -> new linter / compiler / test output
//   midcode  write_file (400..1,600) -> "File written." (the same) -> a 100..399-token step (what changed + run_tests({})) -> new
//            test output -> the next write_file ...
//   midcont  a report chunk of 400..1,500 tokens (no call) -> the harness's user turn "Continue" (the same) -> a 100..399-token step
//            with fetch_data({query: 40..120 chars}) -> new data -> the next chunk ...
//   midstat  a section (400..1,500) with submit_section({}) -> "Section submitted; awaiting the editor's review." (the same) -> a
//            100..399-token step with get_feedback({}) -> the editor's new feedback (some "explain ... step by step") -> ...
// options: n keys, T conversations a key a day (days, hours), st..sh requests a conversation, cue=1 "step by step" in the system
// prompt, tg agent gap (s)
function hag2(o, grp, gi) {
  const n = o.n ?? 5, T = o.T ?? 40, days = o.days ?? 1, tg = o.tg ?? 3, prof = o.prof ?? "ci";
  const CUE = o.cue ? " Work step by step and be thorough." : "";
  const F = { ci: [fn("execute_code", "Run Python in the sandbox.", { code: { type: "string" } })], sql: [fn("run_sql", "Run a read-only SQL query.", { sql: { type: "string" } })],
    search: [fn("web_search", "Search the web.", { query: { type: "string" } })], browser: [fn("fill_form", "Fill and submit a form.", { selector: { type: "string" }, fields: { type: "object" } }), fn("click", "Click an element.", { selector: { type: "string" } })],
    lint: [fn("edit_file", "Apply a diff to a file.", { path: { type: "string" }, diff: { type: "string" } })], midcode: [fn("write_file", "Write a whole file.", { path: { type: "string" }, content: { type: "string" } }), fn("run_tests", "Run the test suite.")],
    midcont: [fn("fetch_data", "Fetch data for the report.", { query: { type: "string" } })], midstat: [fn("submit_section", "Submit the section to the editor."), fn("get_feedback", "Get the editor's feedback.")] }[prof];
  const SYS = { ci: "You are a data analysis assistant with a Python sandbox. Write code, run it, read the output, continue.", sql: "You are a SQL analyst for the warehouse. Query, read the rows, explain what they show.",
    search: "You are a research agent. Draft, search for what is missing, revise. Cite sources.", browser: "You are a browser agent that completes web tasks for the user: fill forms, click, read the page.",
    lint: "You are a coding agent. Edit files with diffs and fix every linter and compiler error.", midcode: "You are a coding agent. Write whole files, say briefly what changed, run the tests.",
    midcont: "You are a report writer. Write the report in chunks; between chunks fetch the data you need.", midstat: "You are a staff writer. Write each section, submit it, then address the editor's feedback." }[prof] + CUE;
  const TASK = () => `${pick(R, ["Q3 churn by plan", "EU sales per channel", "support backlog by product", "sensor drift per site", "renewal risk for enterprise accounts", "ad spend vs signups"])} (request ${int(R, 100, 9999)})`;
  const code = (a) => `import pandas as pd\n# ${prose(R, 8)}\n` + prose(R, Math.min(a, 400)).replace(/\. /g, ".\n");
  const out = () => (R() < 0.7 ? `   id  value  month\n` + Array.from({ length: int(R, 3, 30) }, (_, i) => `${i}  ${int(R, 1000, 99999)}  ${U(0, 100).toFixed(2)}  2025-${int(R, 1, 12)}`).join("\n") : `Traceback (most recent call last):\n  File "<cell>", line ${int(R, 2, 60)}\n${pick(R, ["KeyError: 'region'", "ValueError: could not convert string to float: 'n/a'", "TypeError: unsupported operand type(s) for -: 'str' and 'int'"])}`);
  const sqlq = () => `SELECT ${pick(R, ["region", "plan", "channel", "product"])}, ${pick(R, ["COUNT(*)", "SUM(amount)", "AVG(days_open)"])} FROM ${pick(R, ["orders", "tickets", "accounts", "events"])} WHERE ${pick(R, ["created_at", "closed_at", "renewed_at"])} >= '2025-${int(R, 1, 12)}-01' ${R() < 0.6 ? `AND ${pick(R, ["status", "tier", "country"])} IN ('${pick(R, ["open", "gold", "DE"])}', '${pick(R, ["pending", "silver", "FR"])}') ` : ""}GROUP BY 1 ORDER BY 2 DESC LIMIT ${int(R, 10, 200)}`;
  const rows = () => Array.from({ length: int(R, 3, 40) }, () => `${pick(R, ["EMEA", "APAC", "NA", "LATAM", "pro", "team", "web", "retail"])} | ${int(R, 1, 99999)}`).join("\n");
  const query = () => (R() < 0.3 ? `how to ${pick(R, ["configure", "calculate", "apply for", "migrate"])} ${pick(R, ["heat pump grants in Germany", "LDI collateral buffers", "EU battery recycling quotas", "base editing off-target assays"])} step by step explained ${int(R, 2019, 2026)}` : `what ${pick(R, ["did the 2024 review find about", "are the official figures for", "is the criticism of", "changed in 2025 regarding"])} ${pick(R, ["heat pump adoption in Norway and the UK", "battery recycling targets for lithium", "four-day week productivity trials", "CRISPR base editor safety"])}?`);
  const snip = () => Array.from({ length: int(R, 3, 8) }, () => `[${int(R, 1, 99)}] ${pick(R, ["reuters.com", "nature.com", "gov.uk", "ft.com"])}/${int(R, 1000, 99999)}: ${prose(R, int(R, 30, 70))}`).join("\n");
  const page = () => `Page: ${pick(R, ["Checkout", "Account settings", "Claim form", "Booking", "Support ticket"])} (${pick(R, ["step", "section"])} ${int(R, 1, 9)})\n` + Array.from({ length: int(R, 4, 25) }, () => `[${int(R, 1, 400)}] ${pick(R, ["input", "button", "select", "text", "link"])} "${prose(R, int(R, 3, 15))}"`).join("\n");
  const fields = () => Object.fromEntries(Array.from({ length: int(R, 2, 8) }, (_, i) => [`f${i}_${pick(R, ["name", "address", "notes", "reason", "email", "details"])}`, prose(R, int(R, 5, 40))]));
  const fb = () => `Editor (${pick(R, ["Mei", "Tom", "Aisha", "Luis"])}) on v${int(R, 2, 9)}: ${pick(R, ["Please explain step by step how the refund is calculated, readers get lost in the middle.", "Cut the second paragraph and add a concrete example from the Q3 numbers.", "The claim about churn needs a source; walk through the method step by step.", "Good, but the tone is too formal for the newsletter. Rewrite the intro.", "Add a short table comparing the three plans and explain each column."])}`;
  for (let k = 0; k < n; k++) { const key = `sk-${grp}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = o.res ? resNet(R) : agentKey();
    for (let d = 0; d < days; d++) for (let x = 0; x < T; x++) {
      let t = T0 + d * DAY + U(0, (o.hours ?? 10) * 3600e3); const msgs = [{ role: "system", content: SYS }, { role: "user", content: prof === "lint" || prof === "midcode" ? `${pick(R, TASKS)} (${pick(R, FILES)}, ticket ${int(R, 100, 9999)})` : `Task: ${TASK()}` }];
      const L = int(R, o.st ?? 16, o.sh ?? 40); let ph = 0;
      for (let s = 0; s < L; s++) { const id = `call_${d}_${x}_${s}`; let a, text = null, call = null, inp;
        if (prof === "ci") { const peek = R() < 0.2; a = peek ? int(R, 30, 90) : int(R, 400, 1200); call = ["execute_code", { code: peek ? `df.groupby('${pick(R, ["region", "plan", "month"])}').agg(${pick(R, ["'sum'", "'mean'", "['count','mean']"])}).head(${int(R, 5, 30)})` : code(a) }]; inp = ["tool", out()]; }
        else if (prof === "sql") { const an = ph >= int(R, 4, 6); a = an ? int(R, 400, 900) : int(R, 60, 250); if (an) { text = prose(R, Math.min(a, 400)); ph = 0; } else ph++; call = ["run_sql", { sql: sqlq() }]; inp = ["tool", rows()]; }
        else if (prof === "search") { a = int(R, 800, 2000); text = prose(R, Math.min(a, 500)); call = ["web_search", { query: query() }]; inp = ["tool", snip()]; }
        else if (prof === "browser") { const plan = s % 8 === 0; a = plan ? int(R, 400, 800) : int(R, 100, 400); text = prose(R, Math.min(a, plan ? 300 : 60)); call = R() < 0.6 ? ["fill_form", { selector: `#${pick(R, ["claim", "checkout", "booking", "profile"])}-form`, fields: fields() }] : ["click", { selector: `button[data-id="${int(R, 1, 400)}"]` }]; inp = ["tool", page()]; }
        else if (prof === "lint") { a = int(R, 400, 1600); call = ["edit_file", { path: pick(R, FILES), diff: prose(R, Math.min(a, 500)) }]; inp = ["tool", ERRS()]; }
        else if (prof === "midcode") { if (ph === 0) { a = int(R, 400, 1600); call = ["write_file", { path: pick(R, FILES), content: prose(R, Math.min(a, 500)) }]; inp = ["tool", "File written."]; ph = 1; } else { a = int(R, 100, 399); text = prose(R, Math.min(a, 300)); call = ["run_tests", {}]; inp = ["tool", ERRS()]; ph = 0; } }
        else if (prof === "midcont") { if (ph === 0) { a = int(R, 400, 1500); text = prose(R, Math.min(a, 400)); inp = ["user", "Continue"]; ph = 1; } else { a = int(R, 100, 399); text = prose(R, Math.min(a, 300)); call = ["fetch_data", { query: `${pick(R, ["monthly", "weekly", "quarterly"])} ${pick(R, ["churn", "signups", "refunds", "NPS"])} by ${pick(R, ["plan", "region", "channel"])} for ${pick(R, ["2024", "2025", "H1 2025"])}` }]; inp = ["tool", rows()]; ph = 0; } }
        else if (prof === "midstat") { if (ph === 0) { a = int(R, 400, 1500); text = prose(R, Math.min(a, 400)); call = ["submit_section", {}]; inp = ["tool", "Section submitted; awaiting the editor's review."]; ph = 1; } else { a = int(R, 100, 399); text = prose(R, Math.min(a, 300)); call = ["get_feedback", {}]; inp = ["tool", fb()]; ph = 0; } }
        const sent = msgs.length > 14 ? [msgs[0], msgs[1], ...msgs.slice(-12)] : [...msgs];
        push(t, key, net, "/v1/chat/completions", { model: "gpt-4o", max_tokens: 8192, tools: F, messages: sent }, ptOf({ messages: sent, tools: F }), a, { group: grp, turn: s, conv: `${d}.${x}` });
        const settle = t + 500 + a * 25;
        msgs.push({ role: "assistant", content: text, ...(call ? { tool_calls: [{ id, type: "function", function: { name: call[0], arguments: JSON.stringify(call[1]) } }] } : {}) });
        msgs.push(inp[0] === "tool" ? { role: "tool", tool_call_id: id, content: inp[1] } : { role: "user", content: inp[1] });
        t = settle + U(300, tg * 1000) + (prof === "ci" || prof === "lint" || (prof === "midcode" && ph === 0) ? U(500, 15000) : 0);
      }
    } }
}
groups.forEach(({ kind, o }, gi) => { const grp = o.name ?? kind; ({ tl, hcode, hres, htut, hlab, horch, hq, hag, hag2 })[kind](o, grp, gi); });
const idx = ev.map((e, i) => i).sort((a, b) => ev[a].ts - ev[b].ts || a - b);
// traces go to the running round's folder (RT_DIR, as round 26's run.sh passes it), else next to this file
const TRACES = process.env.RT_DIR ? pathToFileURL(path.resolve(process.env.RT_DIR, "traces") + "/") : new URL("./traces/", import.meta.url);
fs.mkdirSync(TRACES, { recursive: true });
const fd = fs.openSync(new URL(`${name}.jsonl`, TRACES), "w"); for (const i of idx) fs.writeSync(fd, JSON.stringify(ev[i]) + "\n"); fs.closeSync(fd);
fs.writeFileSync(new URL(`${name}.meta.jsonl`, TRACES), idx.map((i) => JSON.stringify(meta[i])).join("\n") + "\n");
console.error(`wrote ${ev.length} events -> traces/${name}.jsonl`);
