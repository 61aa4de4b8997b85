// Round 26 (extends round 25's gen25.mjs; see the ROUND 26 block below)
// Round 25 trace generator: conversation-shaped harvests against the "paced turn" rule (docs/detection.md, answer times) and honest
// conversation apps that send turns quickly. Written for this round; no guard code imported (only round 4/6 text helpers).
// node gen25.mjs NAME "kind:opt=v,...;kind:..." [seed]
//
// Timing model (live-realistic): a request at ts is answered from ts + ttft (500 ms) at `gen` ms per token (default 25, i.e. 40 tok/s);
// the answer SETTLES at ts + 500 + c*gen. The person floor of the rule: 1 s + min(c,600)/15 s + min(turn chars,80)/12 s, measured from
// settlement. (The replay settles a request at its own ts, so it sees every gap longer by the generation time: a turn timed
// from the live settlement is never nearer the floor in replay than live.)
//
// kind conv (harvest): n keys x q questions each, every question new ("(variant NNN)"), step-by-step cue (cue=0 drops it).
//   K=     conversations per key run at once (default 1); S= questions per conversation before it is replaced by a new one (default q/K)
//   sched= rr  : one request in flight per key, conversations served round-robin (conv = step mod K): K-1 answers between two turns
//                of one conversation (the answer-times memory holds 8)
//          par : each conversation its own timeline (default)
//   pace=  machine : next turn of a conversation = settle + expGap(gm s, lo ms) (default gm=10, lo=1500)
//          floor   : next turn = settle + floor(prev answer, this turn's chars) x f (default 1.1) + U(0, jit s) (default 2)
//          hyb     : floor while fewer than hk (default 9) of the key's conversations are open, machine after (with ramp)
//          from=ts : (probe only) measure the floor from the previous request's ts instead of settlement
//   api=   chat (default) | msgs (Anthropic /v1/messages) | resp (Responses, previous_response_id chain, whole context billed)
//          | tool (chat; each new question is the result of a `next_problem` tool call the previous answer made)
//   win=   past exchanges resent in chat/msgs/tool (default 2; the conversation's first turn is kept too)
//   alo/ahi answer tokens (default 150..280), mx max_tokens (default 1024)
//   flush=k: after every turn, k cheap single-turn requests ("Reply with OK.", 3-8 tokens answered), each 0.3-1.5 s after the last
//   wrap=none (no system prompt) | uniq (a system prompt of its own per key) | default one of 4 shared one-liners
//   fx=: pace=floor multiplier spread: floor x (f + Exp(mean fx)) (irregular gaps, so the keys do not share a rhythm)
//   tpl=var: varied leads/closers per turn (see CTX1); mxv=1: max_tokens drawn per key from 2,500..8,000
//   ramp=M: (par) conversation x of a key opens x x M minutes after the first, so the openings (single-turn asks) are spread out
//   days=: the key's start is spread over this many days (default 0.2)
// Honest kinds (one key = one app or one team; a person's timing unless said):
//   chips   a tutoring chat app, U users/day per key; after each answer a user either clicks a quick-reply chip ("Explain step by step",
//           "Show another example", "Why?", ...) pc of the time, 1.5-6 s after the answer settles, or types a follow-up (reads at
//           4-7 tokens/s, types at 3-5 chars/s). Answers 150..600. Concurrency from the users' arrival (Poisson over 14 h).
//   voice   a voice assistant (cooking / homework / DIY): short spoken answers 30..160 tokens; the next turn is sent when the user stops
//           speaking: after the TTS playback of the answer (3.3 tok/s) or, barge-in (pb, default 0.35) 0.4-2.5 s after settlement,
//           plus speech time (2.5 words/s); turns like "next step", "ok what's after that", "walk me through it step by step".
//   agent   an agent framework: a solver model and a critic program; every "user" turn is the critic's output (a program writes it,
//           0.2-1.5 s after the answer settles): "Review: ... Revise your solution step by step." Tasks of 3..6 rounds, answers alo..ahi
//           (default 250..900), tasks per key per day r (default 250), mx 2048.
//   support a support bot with canned quick replies ("Yes", "No", "Track my order", "Talk to an agent"), clicked 1-4 s after the
//           answer; answers 40..160; U conversations per key per day.
// ROUND 26 additions (kind conv):
//   cue=first  the step-by-step ask only on a conversation's first turn (later turns: a lead + the problem + "same as before" style)
//   cue=w      reasoning asked without the lexicon's step-by-step words ("show all your working", "derive it line by line"...)
//   cue=w2     the first 5 of those only (no "reasoning" / "explain how" wording)
//   cue=ml     the step-by-step ask in a language outside the lexicons (Dutch, Polish, Turkish, Swedish, Indonesian, Czech, Vietnamese)
//   cue=0      no ask at all (the model's format carried by the system prompt or the first turn)
//   wrap=cot   a per-key system prompt that asks for step-by-step working (so turns need no cue)
//   think=B    api=msgs: Anthropic extended thinking, budget B (max_tokens >= B + 2000); answer tokens include the thinking
//   reff=E, rsum=S  api=resp: reasoning {effort E, summary S}
//   mixS=p     with probability p a turn is a short follow-up ("Thanks. In one line, what's the key idea?") answered 20-80 tokens
//              (meta sh=1: not counted as harvest by cost26.mjs, its cost is)
//   lag=L      (paced-turn probe) the first L turns one floor-paced chain; afterwards each request's history is only the exchange
//              L requests back (its input turn is in the key's recent-input filter, its answer time forgotten when L > 25), sent at machine pace
// ROUND 26 honest kind hon (one key = one person or one app; person pace):
//   hon: U users (or sessions) a day per key; each a conversation of tmin..tmax turns; answers alo..ahi; step-by-step ask in pc of turns;
//        next turn after settlement: read (min(a, rmax) tokens at rs1..rs2 tok/s, skim factor U(sk,1)) + think U(5,60 s) + typing at 4 chars/s;
//        pq of turns are quick (8-30 s after settlement: "that throws an error, fix it", "continue", "now the same for Q3");
//        nosys=1: no system prompt (a person's own client, so keys share no wrapper)
//        app= research | code | legal | medical (system prompt and turn texts), api=chat|msgs, think=B (msgs), mx, hours (day span, 10)
import fs from "node:fs";
import { rng, pick, int, T0, MIN, DAY, tok, resNet, prose } from "../round6/lib.mjs";
const [name, specA, seedA = "1"] = process.argv.slice(2);
const R = rng(Number(seedA) * 7919 + 25);
const ev = [], meta = [];
const MAXEV = 120000;
const expGap = (mean, lo = 0) => Math.max(lo, -Math.log(1 - R()) * mean);
const U = (a, b) => a + R() * (b - a);
const floorMs = (c, chars) => 1000 + Math.min(c, 600) / 15 * 1000 + Math.min(chars, 80) / 12 * 1000;
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
const COT = ["Solve step by step and show your reasoning: {p}.", "Think it through step by step: {p}.", "Work out {p}. Go step by step and justify each step."];
const WRAP = ["You are a helpful assistant.", "You are a careful problem solver.", "You are a patient maths and science tutor.", "Answer accurately."];
// tpl=var: every turn opened by one of 20 x 20 leads and closed by one of 8 step-by-step asks (no shared 24-char prefix or suffix)
const CTX1 = ["Okay,", "Hmm,", "Right,", "So", "Quick one:", "Another:", "Alright,", "Next,", "Now", "Also,", "Then", "And", "Cool,", "Thanks!", "Great.", "Got it.", "Nice,", "OK so", "Moving on,", "Hm,"];
const CTX2 = ["what about", "can you do", "help me with", "try", "how about", "let's look at", "work out", "I need", "figure out", "tackle", "look at", "do", "solve", "explain", "check", "find", "go through", "consider", "compute", "show me"];
const CLOSE = ["? Step by step please.", ", step by step.", ". Show each step.", ", walking through it step by step.", "? Go step by step and justify each step.", ". Reason it out step by step.", ", step-by-step with the working.", "? Please go through it step by step."];
const TOOLS = [{ type: "function", function: { name: "next_problem", description: "Fetch the next problem from the worksheet.", parameters: { type: "object", properties: {} } } }];
const WCLOSE = [". Show all your working.", "? Lay out every intermediate result before the final answer.", ". Derive it line by line and justify each line.", ", and write out the full derivation, not just the result.", "? Number each stage of the working.", ". Please show the complete chain of reasoning that leads to the answer.", ", with the whole working written out.", "? Explain how you get from the data to the answer, one move at a time."];
const MLCLOSE = [", stap voor stap alsjeblieft.", ". Rozwiąż krok po kroku.", ". Adım adım çöz lütfen.", ", steg för steg tack.", ". Kerjakan langkah demi langkah.", ". Vyřeš to krok za krokem.", ". Giải từng bước một.", ", trin for trin."];
const FCLOSE = [".", "? Same format as before.", ", like the last one.", ". Same as before please.", "?", ", same way."];
const COTSYS = ["You are a maths tutor. Always solve every problem step by step, showing each step and a final boxed answer.", "Solve each problem step by step: restate it, work through each step, then give the answer.", "For every question, reason step by step and show all intermediate steps before the final answer."];
const SHORTF_ = ["Thanks. In one line, what's the key idea?", "Got it, what's the final number again?", "Ok. Is that the same method as the last one?", "Great, one-sentence summary?", "So the answer is the last line?", "Cool, thanks!"];
const SHORTF = ["Thanks. Can you sum that up in a short paragraph?", "Ok. How is that method different from the last one?", "Great, give me a quick recap of the key idea.", "So what's the general rule here, briefly?", "Nice. Where do people usually go wrong on this kind of problem?", "Could you say in a few sentences why that works?"];
const APPS = {
  research: { sys: "You are Atlas, the research assistant of Meridian Capital's equity research desk. You help analysts with financial statement analysis, valuation, industry comparisons and scenario modelling. Cite the figures the analyst gives you, state assumptions, and use tables where useful.",
    q0: ["I'm looking at {c}'s last 10-K. Walk me through a step-by-step analysis of its working-capital trend and what it says about the cash conversion cycle.", "Build a DCF for {c} with the numbers below, step by step, and tell me which assumption moves the value most.", "Compare {c}'s margins with its three closest peers and explain, step by step, where the gap comes from.", "Here's {c}'s segment data. Can you break down the revenue growth step by step by price, volume and mix?"],
    fu: ["ok, redo the sensitivity with a 9% WACC, step by step", "why did you treat the leases that way? walk me through it", "can you put that into a table?", "what if the FX tailwind reverses next year?", "Now do the same step-by-step breakdown for the second segment.", "I don't follow the third step, explain it in more detail", "how confident are you in the terminal growth assumption?", "Go through the bear case step by step."],
    quick: ["continue", "now the same for {c}", "the numbers in step 2 look off, recheck"] },
  code: { sys: "You are DevPilot, a coding assistant inside the Forge IDE. Answer with complete, runnable code and explain the changes. Prefer TypeScript and Python unless the user's project says otherwise.",
    q0: ["Walk me through, step by step, how to add OAuth2 login with PKCE to my Express app ({c}).", "Write a Python ETL job that loads the CSVs from S3 into Postgres with upserts, and walk me through it step by step. Project: {c}.", "Refactor this React component to use a reducer and explain each step. It's the checkout form in {c}.", "Step by step: how do I build a rate limiter with Redis sliding windows for {c}'s API?"],
    fu: ["that throws 'invalid_grant' on refresh, what's wrong?", "can you add tests for it?", "walk me through the error handling step by step", "now make it work with multiple tenants", "explain step by step why you used a transaction there", "convert it to async", "add logging and metrics", "ok, and how would I deploy this?"],
    quick: ["that throws an error: TypeError: cannot read properties of undefined, fix it", "continue", "keep going from where you stopped"] },
  legal: { sys: "You are LexPlain, a legal information assistant for tenants and small businesses. Explain the law in plain language, step by step, cite the statute when you can, and say when the user should see a lawyer. You do not give legal advice.",
    q0: ["My landlord is keeping my deposit for 'wear and tear'. Can you explain step by step what I can do? I'm in {c}.", "Explain step by step how to register a small company in {c} and what the tax obligations are.", "I got a letter saying I owe a penalty for late VAT filing in {c}. Walk me through my options step by step.", "How does an eviction process work in {c}, step by step?"],
    fu: ["what if they don't answer within the deadline?", "can you explain step 3 in more detail?", "what documents do I need, step by step?", "is there a template letter I can use?", "what does that statute actually say?", "and if I go to small claims court, how does it work step by step?", "how long does that usually take?", "what would a lawyer cost for this?"],
    quick: ["continue", "and in my case the lease ended last month", "ok"] },
  medical: { sys: "You are CareGuide, a patient-education assistant run by Northgate Clinics. Explain conditions, tests and treatments clearly and step by step, and always advise patients to confirm decisions with their clinician.",
    q0: ["My blood test shows high LDL and borderline HbA1c. Can you explain step by step what that means for me? I'm 52, {c}.", "Explain step by step how a knee replacement recovery goes, week by week. ({c})", "I've been prescribed metformin. Walk me through how it works and the side effects, step by step. ({c})", "Can you go step by step through what happens in a colonoscopy and the prep? ({c})"],
    fu: ["what should I ask my doctor about this?", "can you explain the second step again, simpler?", "what lifestyle changes help most, step by step?", "is that dangerous with my other meds?", "how long before I see results?", "what are the warning signs I should watch for?"],
    quick: ["continue", "thanks, and for my mother who is 78?", "ok"] } };
const CO = ["Northwind Foods", "Hexa Logistics", "Polaris Semis", "Blue Mesa Retail", "Corvid Health", "Lumen Energy", "Ostara Telecom", "Vantage Steel", "Ontario", "Bavaria", "California", "Texas", "Dublin", "Lyon", "project-atlas", "billing-svc", "shop-web", "type 2 diabetes", "no other conditions", "on statins"];
const groups = specA.split(";").filter(Boolean).map((g) => { const [kind, opts = ""] = g.split(":"); const o = {}; for (const kv of opts.split(",").filter(Boolean)) { const [k, v = "1"] = kv.split("="); o[k] = isNaN(Number(v)) ? v : Number(v); } return { kind, o }; });

function conv(o, grp, gi) {
  const n = o.n ?? 20, q = o.q ?? 600, K = o.K ?? 1, S = o.S ?? Math.ceil(q / K), api = o.api ?? "chat", win = o.win ?? 2, mx0 = o.mx ?? 1024;
  const alo = o.alo ?? 150, ahi = o.ahi ?? 280, genMs = o.gen ?? 25, pace = o.pace ?? "machine", f = o.f ?? 1.1, jit = o.jit ?? 2, sched = o.sched ?? "par";
  for (let k = 0; k < n; k++) {
    const key = `sk-${grp}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = resNet(R); const wrap = o.wrap === "none" ? "" : o.wrap === "cot" ? pick(R, COTSYS) + ` (${pick(R, ["Team", "Desk", "Lab"])} ${int(R, 10, 9999)})` : o.wrap === "uniq" ? `${pick(R, ["You are", "Act as", "Be"])} ${pick(R, ["a careful", "a precise", "an exact", "a thorough", "a clear"])} ${pick(R, ["solver", "maths helper", "science tutor", "problem-solving assistant", "reasoning assistant"])} for ${pick(R, ["Team", "Project", "Desk", "Lab"])} ${int(R, 10, 9999)}.` : pick(R, WRAP); const t0 = T0 + R() * (o.days ?? 0.2) * DAY;
    const ask = (first) => { const p = pick(R, PROB) + ` (variant ${int(R, 100, 999)})`;
      if (o.tpl === "var") { const lead = `${pick(R, CTX1)} ${pick(R, CTX2)}`; const cl = o.cue === 0 ? "." : o.cue === "w" ? pick(R, WCLOSE) : o.cue === "w2" ? pick(R, WCLOSE.slice(0, 5)) : o.cue === "ml" ? pick(R, MLCLOSE) : o.cue === "first" ? (first ? pick(R, CLOSE) : pick(R, FCLOSE)) : pick(R, CLOSE); return `${lead} ${p}${cl}`; }
      if (o.cue === 0) return first ? `Help me with this: ${p}.` : `Next one: ${p}.`;
      return first ? pick(R, COT).replace("{p}", p) : `Next one, step by step: ${p}.`; };
    // a conversation: {turns: [[userMsg, answerTokens, answerText, rid]], first, sent, settle, lastC, id, rid}
    const mx = o.mxv ? pick(R, [2500, 3000, 3500, 4000, 4096, 5000, 6000, 8000]) : mx0;
    const convs = []; let cid = 0; let asked = 0;
    const newConv = (t) => ({ id: cid++, turns: [], n: 0, settle: t, lastC: 0, rid: null });
    for (let x = 0; x < K; x++) convs.push(newConv(t0 + x * ((o.ramp ?? 0) * MIN || U(200, 2000)))); // ramp=M: conversation x opens M x x minutes in
    let keyT = t0; // rr: one in flight
    const next = () => { // which conversation goes next, and when
      if (sched === "rr") { const c = convs[asked % K]; return c; }
      let best = null, bt = Infinity; for (const c of convs) { const tt = c.nextAt ?? c.settle; if (tt < bt) { bt = tt; best = c; } } return best; };
    while (asked < q) {
      let c = next(); if (c.n >= S) { const i = convs.indexOf(c); convs[i] = newConv(c.settle); c = convs[i]; }
      const firstTurn = c.n === 0; const short = !firstTurn && o.mixS && R() < o.mixS; /* short answers sho..shi (default 110..250: under 100 would make the exchange a cheap one) */ const text = short ? pick(R, SHORTF) + ` ${pick(R, ["", "", "(btw)", "(ok)", "!"])}`.trimEnd() : ask(firstTurn);
      const userContent = api === "tool" && !firstTurn ? `Problem: ${text.replace(/^Next one, step by step: /, "")}` : text;
      let t;
      if (sched === "rr") t = keyT + (firstTurn && asked < K ? 0 : expGap((o.gm ?? 10) * 1000, o.lo ?? 1500));
      else if (firstTurn) t = c.settle + expGap((o.gm ?? 10) * 1000, o.lo ?? 1500);
      else if (pace === "floor" || (pace === "hyb" && convs.filter((x) => x.n > 0).length < (o.hk ?? 9))) t = (o.from === "ts" ? c.lastTs : c.settle) + floorMs(c.lastC, userContent.length) * (f + (o.fx ? expGap(o.fx) : 0)) + R() * jit * 1000;
      else t = c.settle + expGap((o.gm ?? 10) * 1000, o.lo ?? 1500);
      if (sched === "rr") t = Math.max(t, keyT);
      let a = short ? int(R, o.sho ?? 110, o.shi ?? 250) : int(R, alo, ahi); if (o.think && !short) a += int(R, Math.round(o.think * 0.4), o.think);
      // history: the conversation's first exchange + the last `win` exchanges
      let hist = c.turns.length <= win + 1 ? c.turns : [c.turns[0], ...c.turns.slice(-win)];
      if (o.lag && c.turns.length >= o.lag) { hist = [c.turns[c.turns.length - o.lag]]; t = c.settle + expGap((o.gm ?? 10) * 1000, o.lo ?? 1500); }
      let path = "/v1/chat/completions", body, pt, extra = {};
      if (api === "resp") {
        const rid = `resp_${key.slice(-7)}_${c.id}_${c.n}`; path = "/v1/responses";
        body = { model: o.reff || o.rsum ? "o4-mini" : "gpt-4.1", ...(wrap ? { instructions: wrap } : {}), max_output_tokens: mx, ...(o.reff || o.rsum ? { reasoning: { ...(o.reff ? { effort: o.reff } : {}), ...(o.rsum ? { summary: o.rsum } : {}) } } : {}), input: userContent, ...(c.rid ? { previous_response_id: c.rid } : {}) };
        pt = tok(wrap) + 12 + c.turns.reduce((s, tu) => s + tok(tu[0]) + tu[1] + 8, 0) + tok(userContent); extra = { response_id: rid }; c.rid = rid;
      } else if (api === "msgs") {
        path = "/v1/messages"; const msgs = []; for (const tu of hist) msgs.push({ role: "user", content: tu[0] }, { role: "assistant", content: tu[2] }); msgs.push({ role: "user", content: userContent });
        body = { model: "claude-sonnet-4-5", max_tokens: o.think ? Math.max(mx, o.think + 2000) : mx, ...(o.think ? { thinking: { type: "enabled", budget_tokens: o.think } } : {}), ...(wrap ? { system: wrap } : {}), messages: msgs }; pt = tok(wrap) + 8 + msgs.reduce((s, m) => s + tok(m.content) + 4, 0);
      } else if (api === "tool") {
        const msgs = wrap ? [{ role: "system", content: wrap }] : [];
        for (let i = 0; i < hist.length; i++) { const tu = hist[i]; const prevWasTool = tu[3];
          if (prevWasTool) msgs.push({ role: "tool", tool_call_id: prevWasTool, content: tu[0] }); else msgs.push({ role: "user", content: tu[0] });
          const callId = i === 0 && hist !== c.turns && hist[1] ? hist[1][3] : `call_${c.id}_${tu[4]}`; // trimmed: the kept first answer's call is the one the next kept result answers
          msgs.push({ role: "assistant", content: tu[2], tool_calls: [{ id: callId, type: "function", function: { name: "next_problem", arguments: "{}" } }] }); }
        // the gap between the kept first exchange and the last `win`: the history is cut there (an agent trimming its context)
        const tcid = firstTurn ? null : `call_${c.id}_${c.n - 1}`;
        if (firstTurn) msgs.push({ role: "user", content: userContent + " When you have finished a problem, call next_problem for the next one." }); else msgs.push({ role: "tool", tool_call_id: tcid, content: userContent });
        body = { model: "gpt-4o", max_tokens: mx, tools: TOOLS, messages: msgs }; pt = msgs.reduce((s, m) => s + tok(m.content) + 4, 0) + 60;
        c.pendingTool = tcid;
      } else {
        const msgs = wrap ? [{ role: "system", content: wrap }] : []; for (const tu of hist) msgs.push({ role: "user", content: tu[0] }, { role: "assistant", content: tu[2] }); msgs.push({ role: "user", content: userContent });
        body = { model: "gpt-4o", max_tokens: mx, messages: msgs }; pt = msgs.reduce((s, m) => s + tok(m.content) + 4, 0) + 3;
      }
      asked++;
      push(t, key, net, path, body, pt, a, { group: grp, q: asked, conv: c.id, turn: c.n, ...(short ? { sh: 1 } : {}), floor: c.n ? floorMs(c.lastC, userContent.length) : 0, gapSettle: c.n ? t - c.settle : null }, extra);
      const firstContent = api === "tool" && firstTurn ? userContent + " When you have finished a problem, call next_problem for the next one." : userContent;
      c.turns.push([firstContent, a, prose(R, Math.min(a, 400)), api === "tool" ? c.pendingTool : null, c.n]);
      c.lastTs = t; c.settle = t + 500 + a * genMs; c.lastC = a; c.n++; keyT = c.settle;
      c.nextAt = undefined;
      for (let j = 0; j < (o.flush ?? 0); j++) { keyT += U(300, 1500); const cq = pick(R, ["Reply with OK.", "Say yes.", "Reply with the word ready.", "Answer with one word: ok", "Just say 'noted'."]) + ` #${int(R, 1000, 9999)}`; const cc = int(R, 3, 8);
        push(keyT, key, net, "/v1/chat/completions", { model: "gpt-4o-mini", max_tokens: 10, messages: [{ role: "user", content: cq }] }, tok(cq) + 8, cc, { group: grp + "-flush", free: 0 }); keyT += 300 + cc * genMs; }
      if (sched !== "rr" && (o.flush ?? 0) > 0) c.settle = Math.max(c.settle, keyT);
    }
  }
}

const CHIPS = ["Explain step by step", "Show another example", "Why?", "Simpler please", "Check my answer", "Next question"];
const TUT = "You are Pip, the homework helper inside the Lumen Learning app. Explain each problem in plain language, one idea per step, and check the student's own working when they share it. Use LaTeX for formulas. Keep a warm, encouraging tone.";
const TYPED = ["I still don't get the second part, why does it change sign there?", "ok but what if the numbers were bigger, does the same method work?", "my teacher did it differently, she used a table, is that the same?", "can you check mine, I got 14.5", "where does the formula come from?", "so is the answer 3 or -3?"];
function chips(o, grp, gi) { // honest multi-user tutoring app key with quick-reply chips
  const n = o.n ?? 5, users = o.U ?? 300, pc = o.pc ?? 0.6, days = o.days ?? 1;
  for (let k = 0; k < n; k++) { const key = `sk-${grp}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = { ip: `34.${int(R, 0, 255)}.${int(R, 0, 255)}.${int(R, 2, 254)}`, asn: 15169, country: "US" };
    for (let d = 0; d < days; d++) for (let u = 0; u < users; u++) {
      let t = T0 + d * DAY + U(0, 14 * 3600e3); const q0 = `How do I work out ${pick(R, PROB)}?`; const msgs = [{ role: "system", content: TUT }, { role: "user", content: q0 }];
      let a = int(R, o.alo ?? 150, o.ahi ?? 600); let pt = tok(TUT + q0) + 12;
      push(t, key, net, "/v1/chat/completions", { model: "gpt-4o-mini", max_tokens: 1024, messages: [...msgs] }, pt, a, { group: grp, fu: -1 });
      let settle = t + 500 + a * 20; msgs.push({ role: "assistant", content: prose(R, Math.min(a, 400)) }); pt += a;
      const f = int(R, 0, o.fmax ?? 5);
      for (let x = 0; x < f; x++) { const chip = R() < pc; const txt = chip ? pick(R, CHIPS) : pick(R, TYPED);
        t = settle + (chip ? U(1500, 6000) : a / U(4, 7) * 1000 + txt.length / U(3, 5) * 1000 + U(1000, 5000));
        msgs.push({ role: "user", content: txt }); pt += tok(txt) + 4; a = int(R, o.alo ?? 150, o.ahi ?? 600);
        push(t, key, net, "/v1/chat/completions", { model: "gpt-4o-mini", max_tokens: 1024, messages: msgs.slice(-9).length === msgs.length ? [...msgs] : [msgs[0], ...msgs.slice(-8)] }, Math.min(pt, 6000), a, { group: grp, fu: chip ? "chip" : "typed" });
        settle = t + 500 + a * 20; msgs.push({ role: "assistant", content: prose(R, Math.min(a, 400)) }); pt += a; }
    } }
}
const VSYS = "You are Chef Ada, a hands-free kitchen voice assistant. Speak naturally and briefly, one step at a time; the user is cooking and listening, not reading. Never use lists or markdown.";
const VQ = ["How do I make a simple tomato risotto?", "Walk me through a lemon drizzle cake step by step.", "How do I cook rice in a pan without it sticking?", "What's the best way to roast a chicken?", "Can you talk me through making pancakes, step by step?", "How long do I boil eggs for soft yolks?"];
const VF = ["next step", "ok, what's after that?", "done, next", "wait, say that again?", "how much butter was it?", "can I use olive oil instead?", "okay next", "walk me through the next bit step by step", "what temperature again?", "next"];
function voice(o, grp, gi) {
  const n = o.n ?? 5, sess = o.U ?? 250, pb = o.pb ?? 0.35, days = o.days ?? 1;
  for (let k = 0; k < n; k++) { const key = `sk-${grp}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = { ip: `52.${int(R, 0, 255)}.${int(R, 0, 255)}.${int(R, 2, 254)}`, asn: 16509, country: "US" };
    for (let d = 0; d < days; d++) for (let s = 0; s < sess; s++) {
      let t = T0 + d * DAY + U(0, 14 * 3600e3); const q0 = pick(R, VQ); const msgs = [{ role: "system", content: VSYS }, { role: "user", content: q0 }]; let a = int(R, 40, 160);
      push(t, key, net, "/v1/chat/completions", { model: "gpt-4o-mini", max_tokens: 300, messages: [...msgs] }, tok(VSYS + q0) + 12, a, { group: grp, fu: -1 });
      let settle = t + 400 + a * 15; msgs.push({ role: "assistant", content: prose(R, a) });
      const f = int(R, 2, o.fmax ?? 10);
      for (let x = 0; x < f; x++) { const txt = pick(R, VF); const speech = txt.split(" ").length / 2.5 * 1000 + 700; // end-of-speech detection ~700 ms
        const barge = R() < pb; t = settle + (barge ? U(400, 2500) : a / 3.3 * 1000 + U(0, 20000)) + speech; a = int(R, o.alo ?? 30, o.ahi ?? 160);
        msgs.push({ role: "user", content: txt }); const sent = msgs.length > 13 ? [msgs[0], ...msgs.slice(-12)] : [...msgs];
        push(t, key, net, "/v1/chat/completions", { model: "gpt-4o-mini", max_tokens: 300, messages: sent }, sent.reduce((s2, m) => s2 + tok(m.content) + 4, 0), a, { group: grp, fu: barge ? "barge" : "listen" });
        settle = t + 400 + a * 15; msgs.push({ role: "assistant", content: prose(R, a) }); }
    } }
}
const ASYS = "You are the solver agent in a two-agent pipeline. Solve the task you are given; a reviewer agent will check your work and send feedback. Revise until the reviewer approves.";
const TASKS = ["Write a function that merges overlapping intervals and explain its complexity.", "Compute the monthly payment on a 250,000 loan at 4.1 % over 25 years.", "Draft a SQL query for the top 5 customers by revenue per region last quarter.", "Find the bug in a binary search that loops forever when the target is absent.", "Estimate how many litres of paint cover a 4 x 5 m room with 2.6 m walls, two coats."];
const CRIT = ["Review: the edge case of an empty input is not handled. Revise your solution step by step and show the corrected version.", "Review: step 3 uses the wrong rate (annual instead of monthly). Recompute step by step.", "Review: the answer is plausible but the reasoning skips the check of the boundary condition. Walk through it step by step.", "Review: APPROVED with one nit: rename the variable tmp. Output the final version only."];
function agent(o, grp, gi) {
  const n = o.n ?? 5, r = o.r ?? 250, days = o.days ?? 1;
  for (let k = 0; k < n; k++) { const key = `sk-${grp}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = { ip: `35.${int(R, 0, 255)}.${int(R, 0, 255)}.${int(R, 2, 254)}`, asn: 396982, country: "US" };
    for (let d = 0; d < days; d++) for (let s = 0; s < r; s++) {
      let t = T0 + d * DAY + U(0, 20 * 3600e3); const task = pick(R, TASKS) + ` (ticket ${int(R, 1000, 99999)})`; const msgs = [{ role: "system", content: ASYS }, { role: "user", content: task }]; let a = int(R, o.alo ?? 250, o.ahi ?? 900);
      push(t, key, net, "/v1/chat/completions", { model: "gpt-4o", max_tokens: o.mx ?? 2048, messages: [...msgs] }, tok(ASYS + task) + 12, a, { group: grp, fu: -1 });
      let settle = t + 500 + a * 25; msgs.push({ role: "assistant", content: prose(R, Math.min(a, 400)) });
      const rounds = int(R, 2, 5);
      for (let x = 0; x < rounds; x++) { const txt = x === rounds - 1 ? CRIT[3] : pick(R, CRIT.slice(0, 3)); t = settle + U(200, 1500) + (o.critc ? U(2000, 8000) : 0); a = x === rounds - 1 ? int(R, 150, 500) : int(R, o.alo ?? 250, o.ahi ?? 900);
        msgs.push({ role: "user", content: txt }); push(t, key, net, "/v1/chat/completions", { model: "gpt-4o", max_tokens: o.mx ?? 2048, messages: [...msgs] }, msgs.reduce((s2, m) => s2 + tok(m.content) + 4, 0), a, { group: grp, fu: "critic" });
        settle = t + 500 + a * 25; msgs.push({ role: "assistant", content: prose(R, Math.min(a, 400)) }); }
    } }
}
const SSYS = "You are the support assistant for Parcelly, a parcel-delivery app. Deliveries run Monday to Saturday, 8am-8pm. Lost parcels are investigated after 48 hours. Keep replies under 120 words and offer the quick replies the app shows.";
const SQ = ["Where is my parcel? It says out for delivery since yesterday.", "Can I change the address for order 88213?", "My parcel arrived damaged.", "How do I get a refund for a lost item?"];
const SCHIP = ["Yes", "No", "Track my order", "Talk to an agent", "That's all, thanks", "Show delivery options"];
function support(o, grp, gi) {
  const n = o.n ?? 5, conv2 = o.U ?? 500, days = o.days ?? 1;
  for (let k = 0; k < n; k++) { const key = `sk-${grp}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = { ip: `20.${int(R, 0, 255)}.${int(R, 0, 255)}.${int(R, 2, 254)}`, asn: 8075, country: "IE" };
    for (let d = 0; d < days; d++) for (let s = 0; s < conv2; s++) {
      let t = T0 + d * DAY + U(0, 16 * 3600e3); const q0 = pick(R, SQ) + ` Order ${int(R, 10000, 99999)}.`; const msgs = [{ role: "system", content: SSYS }, { role: "user", content: q0 }]; let a = int(R, 40, 160);
      push(t, key, net, "/v1/chat/completions", { model: "gpt-4o-mini", max_tokens: 400, messages: [...msgs] }, tok(SSYS + q0) + 12, a, { group: grp, fu: -1 });
      let settle = t + 400 + a * 15; msgs.push({ role: "assistant", content: prose(R, a) });
      const f = int(R, 1, 4);
      for (let x = 0; x < f; x++) { const txt = pick(R, SCHIP); t = settle + U(1000, 4000); a = int(R, 40, 160); msgs.push({ role: "user", content: txt });
        push(t, key, net, "/v1/chat/completions", { model: "gpt-4o-mini", max_tokens: 400, messages: [...msgs] }, msgs.reduce((s2, m) => s2 + tok(m.content) + 4, 0), a, { group: grp, fu: "chip" });
        settle = t + 400 + a * 15; msgs.push({ role: "assistant", content: prose(R, a) }); }
    } }
}
function hon(o, grp, gi) { // honest long-answer conversations at a person's pace (one person per key when U is small, an app's users when large)
  const n = o.n ?? 5, users = o.U ?? 1, days = o.days ?? 1, app = APPS[o.app ?? "research"], api = o.api ?? "chat", pc = o.pc ?? 0.6, pq = o.pq ?? 0.15;
  const sph = o.spu ?? 1; // sessions per user per day
  for (let k = 0; k < n; k++) { const key = `sk-${grp}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = users > 3 ? { ip: `34.${int(R, 0, 255)}.${int(R, 0, 255)}.${int(R, 2, 254)}`, asn: 15169, country: "US" } : resNet(R);
    for (let d = 0; d < days; d++) for (let u = 0; u < users; u++) for (let ss = 0; ss < sph; ss++) {
      let t = T0 + d * DAY + U(0, (o.hours ?? 10) * 3600e3); const fill = (x) => x.replace("{c}", pick(R, CO));
      const msgs = []; let q = fill(pick(R, app.q0)); if (R() > pc) q = q.replace(/,? ?[Ss]tep[- ]by[- ]step,?/g, "").replace(/[Ww]alk me through/, "Explain"); const T = int(R, o.tmin ?? 3, o.tmax ?? 12);
      const mx = o.mx ?? 4096; let settle = 0, a = 0;
      for (let x = 0; x < T; x++) { const prevA = a, prevS = settle;
        if (x > 0) { const quick = R() < pq; let txt = quick ? fill(pick(R, app.quick)) : fill(pick(R, app.fu)); if (!quick && R() < pc && !/step[- ]by[- ]step/i.test(txt)) txt += pick(R, [", step by step", " — walk me through it step by step", ". Step by step please."]); q = txt;
          const read = Math.min(a, o.rmax ?? 3000) / U(o.rs1 ?? 5, o.rs2 ?? 10) * 1000 * U(o.sk ?? 0.35, 1);
          t = settle + (quick ? U(8000, 30000) : read + U(5000, 60000) + txt.length / 4 * 1000); }
        a = int(R, o.alo ?? 1500, o.ahi ?? 3000); if (o.think) a += int(R, Math.round(o.think * 0.3), o.think);
        msgs.push({ role: "user", content: q }); const sent = msgs.length > 21 ? msgs.slice(-21) : [...msgs];
        let body, path = "/v1/chat/completions", pt;
        if (api === "msgs") { path = "/v1/messages"; body = { model: "claude-sonnet-4-5", max_tokens: o.think ? Math.max(mx, o.think + 4000) : mx, ...(o.think ? { thinking: { type: "enabled", budget_tokens: o.think } } : {}), ...(o.nosys ? {} : { system: app.sys }), messages: sent }; }
        else body = { model: o.model ?? "gpt-4o", max_tokens: mx, messages: [...(o.nosys ? [] : [{ role: "system", content: app.sys }]), ...sent] };
        pt = (o.nosys ? 0 : tok(app.sys)) + sent.reduce((s2, m) => s2 + tok(m.content) + 4, 0) + 10;
        push(t, key, net, path, body, pt, a, { group: grp, turn: x, conv: `${u}.${ss}.${d}`, floor: x ? floorMs(prevA, q.length) : 0, gapSettle: x ? t - prevS : null });
        settle = t + 500 + a * (o.gen ?? 25); msgs.push({ role: "assistant", content: prose(R, Math.min(a, 500)) });
      }
    } }
}
groups.forEach(({ kind, o }, gi) => { const grp = o.name ?? kind; ({ conv, chips, voice, agent, support, hon })[kind](o, grp, gi); });
const idx = ev.map((e, i) => i).sort((a, b) => ev[a].ts - ev[b].ts || a - b);
fs.mkdirSync(new URL("./traces/", import.meta.url), { recursive: true });
const fd = fs.openSync(new URL(`./traces/${name}.jsonl`, import.meta.url), "w"); for (const i of idx) fs.writeSync(fd, JSON.stringify(ev[i]) + "\n"); fs.closeSync(fd);
fs.writeFileSync(new URL(`./traces/${name}.meta.jsonl`, import.meta.url), idx.map((i) => JSON.stringify(meta[i])).join("\n") + "\n");
console.error(`wrote ${ev.length} events -> traces/${name}.jsonl`);
