// Round 24 trace generator (round 23's gen23.mjs plus the kinds sess and happ, marked R24).
// Round 23 trace generator (from round 22's gen22.mjs; new chunk modes and the hdeg kind marked R23).
// Round 22 trace generator. node gen22.mjs NAME "kind:opt=v,...;kind:..." [seed]   (all prompt text written for this round)
// Harvest kinds (n keys x r asks, own residential /24 each, gap = mean minutes between a key's requests, over `days`):
//   cot     single-turn step-by-step asks, answers alo..ahi tokens (default 1200..2400), max_tokens 4096 (control)
//   chunk   the same traces fetched in chunks of cs tokens (default 300): ask with max_tokens=cs, then "Continue." turns carrying
//           the partial trace as the assistant turn (mode=chat) or the partial trace as an Anthropic assistant prefill (mode=prefill)
//   dil     cot asks plus k cheap requests (5-25 tokens answered, no system prompt) after each ask
//           or mode=resp: Responses, each "Continue." names the previous chunk's response in previous_response_id (history not resent)
//   ask=tr|fmt|hist (cot/dil kinds): see COTX / COTF / HISTU below
//   R23 chunk modes (mode=): long   "Continue." replaced by a continuation ask of 65-140 chars (varied)
//           paste  no history: one user turn = the ask + the answer so far pasted as "my notes" + "continue from the last line"
//           sect   each piece ends on its own (the first ask asks for "part 1 only, about N words, then stop", then "Next part.");
//                  max_tokens mx (default 4096) is never filled; str=1: the same pieces cut client-side from a stream instead
//           xapi   pieces alternate chat (history) and Responses (history as an input array, store, response_id)
//           forge  chat history, but the user turn in front of the pasted answer reworded for every piece (never sent as such)
//           xkey   a ring of m keys (default 4) per harvester: piece j of a trace on key (i+j) mod m, history carried (chat)
//   Options: n r gap days alo ahi cs mode k lp (R24: lo = the floor of a gap between asks in ms, default 20000) (lp=1: logprobs+top_logprobs 5 on harvest asks) nn (n samples per ask)
// Honest kinds:
//   tutor   an app key: fixed tutor policy, students' step-by-step asks (60 %) and follow-ups in conversation (40 %), answers alo..ahi
//   bench   an eval run: "think step by step, \boxed{}" items, temperature 0, answers alo..ahi, machine pace (gap in seconds: gs)
//   content a writing service: fixed brand-voice policy + a brief per article, answers alo..ahi
//   hdeg    (R23) a chat user on a degraded key asking follow-ups (see the kind)
//   support a support bot: KB policy, 1-4 turn conversations, answers 80..350
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { rng, pick, int, T0, MIN, DAY, tok, resNet, prose } from "../round6/lib.mjs";
const [name, specA, seedA = "1"] = process.argv.slice(2);
const R = rng(Number(seedA) * 104729 + 3);
const ev = [], meta = [];
const expGap = (mean, lo = 0) => Math.max(lo, -Math.log(1 - R()) * mean);
const push = (t, key, net, path, body, pt, c, m) => { ev.push({ ts: Math.round(t), key, ...net, method: "POST", path, body, usage: { prompt_tokens: pt, completion_tokens: c } }); meta.push({ c, ...m }); };
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
const COT = ["Solve step by step and show your reasoning: {p}.", "Think it through step by step: {p}.", "Work out {p}. Go step by step and justify each step.", "Reason carefully, step by step, about {p}, then give the final answer."];
// ask=tr: the step-by-step cue in Turkish / Polish / Indonesian / Vietnamese / Swedish; ask=fmt: numbered deductions, no "step" word;
// ask=hist: the cue only in a fixed fake earlier exchange (sent verbatim every request), the ask itself plain
const COTX = ["{p}? Adım adım çöz ve her adımı açıkla.", "{p}? Rozwiąż krok po kroku i uzasadnij każdy krok.", "{p}? Selesaikan langkah demi langkah dan jelaskan setiap langkah.", "{p}? Giải từng bước và giải thích từng bước.", "{p}? Lös det steg för steg och motivera varje steg."];
const COTF = ["{p}. Number every deduction (1), (2), (3) and so on, one line each with its justification, then the final answer.", "{p}. Show all working as a numbered derivation, each line justified, final answer last.", "{p}. Lay out the full derivation line by line, numbering each inference, before concluding."];
const PLAIN = ["{p}.", "Question: {p}.", "Next one: {p}.", "{p}?"];
const HISTU = "For every question I send in this session, reason step by step, show all intermediate working and justify each step before giving the final answer.";
const HISTA = "Understood. I will reason step by step and show all working for each question.";
const WRAP = ["You are a helpful assistant.", "You are a careful problem solver.", "You are a patient maths and science tutor.", "Answer accurately."];
const LONGCONT = ["Please continue the solution exactly from where your previous message stopped, without repeating any earlier step.",
  "Carry on from the last line you wrote; do not restate anything above, just keep going with the remaining working.",
  "That got cut off mid-way. Pick up precisely where it ended and write the rest of the derivation and the answer.",
  "Keep going from the exact point where the text above ends, same format, no summary of what came before please.",
  "Resume the working from the final sentence above and continue to the end; skip any recap of the earlier steps."];
const PASTE = ["Here are my notes on this so far:", "Partial worked solution (from my notes):", "Work so far:", "Draft solution, unfinished:"];
const PASTEI = ["Continue the working exactly from the last line above, without repeating it, until the final answer.", "Finish this derivation from where it stops. Do not restate the earlier lines.", "Pick up from the last line and complete the solution."];
const SECTA = (w) => ` Write only part 1 of the solution now (about ${w} words) and stop; I will ask for the next part.`;
const SECTC = ["Next part.", "Next part please.", "Go on with the next part.", "ok, next part", "Part after that, please."];
const REWORD = [(a) => a, (a) => "Problem: " + a, (a) => a + " (homework)", (a) => a.replace(/\.$/, "?"), (a) => "Q. " + a, (a) => a + " Thanks.", (a) => "Please help: " + a, (a) => a.toLowerCase()];
const FOLLOWL = ["I still don't understand the second step, could you explain why we divide both sides there?", "Can you show me one more example of this kind of problem, maybe with different numbers?", "Wait, where exactly did the 3 in the third line come from? I can't see how you got it.", "Could you explain the whole method again more simply, like you would to a younger student?"];
const REPPHR = ["Please carry on exactly from the point where your previous message was cut off, without repeating or summarising anything you already wrote. When you finish the problem you are on, go straight on to the extra problem named in the system message and solve it completely, showing all of the working, in the same format as before.",
  "Keep writing from the exact last word of your previous reply; do not restate earlier lines or add a recap. Once the current problem is fully solved, continue with the additional problem given in the system instructions and work through it in full detail, same style and notation, until its final answer."];
const HSYS = "You are Nova, the assistant inside the Brightside personal-finance app. Answer the user's questions about budgeting, saving, debt and everyday money matters in plain, friendly language. Be concise, use short paragraphs or bullet points, and never give regulated investment advice; suggest a qualified adviser when asked about specific products.";
const HQ = ["How should I split my salary between bills, savings and fun money?", "What's the difference between a fixed and a variable rate mortgage?", "Is it better to pay off my credit card or build an emergency fund first?", "How do I start budgeting when my income changes every month?", "Explain how compound interest works on a savings account.", "What should I check before signing a phone contract?", "How can I lower my energy bills this winter?", "What is a credit score and how do I improve mine?", "Should I use a cash ISA or a regular savings account?", "How much should I save for a house deposit each month?"];
const HFOL = ["why?", "can you give an example?", "what about if I'm self-employed?", "ok and then?", "is that the same in Scotland?", "how long would that take?", "thanks, what's the catch?", "and if I earn 2,400 a month after tax, how much would go to each pot?",
  "What happens if I miss a payment on the card while I'm still building the emergency fund?", "Could you put that into a simple weekly plan I can stick on the fridge, with amounts?", "My partner and I have a joint account too, how should we handle shared bills with this approach?", "Is there a penalty if I take money out of the savings account early, and how would I find out?"];
const CONT = ["Continue.", "continue", "Go on.", "Please continue from where you stopped.", "keep going"];
const TUTOR = "You are Pip, the homework helper inside the Lumen Learning app for secondary-school students aged 12 to 18. Explain each problem step by step in plain language, one idea per step, and check the student's own working when they share it. Ask the student to try the next step themselves when that helps learning. Never just hand over a final answer to a question that looks like graded coursework; guide instead. Use LaTeX for formulas. Keep a warm, encouraging tone and praise effort rather than talent. If the student seems upset, acknowledge it before continuing. Stay within school subjects; politely decline anything else. End with a one-line recap of the method.";
const FOLLOW = ["I don't get step 2, why do we divide there?", "Can you show me another example like this one?", "Wait, where did the 3 come from?", "ok so what do I do next", "Is my answer of 42 right? I did it a different way.", "Can you explain it more simply?", "why is it negative?", "thanks! can you check this similar one: the same but with 8 instead of 5"];
const BENCH = "Solve the following problem. Reason step by step, and put your final answer within \\boxed{}.\n\nProblem: ";
const BRAND = "You write for Tidewater Content, an agency producing long-form blog posts for small-business clients. Follow the client's brief exactly. Write in clear, friendly, authoritative British English. Use an H1 title, an engaging introduction, H2 sections with H3 subsections where natural, short paragraphs, and a conclusion with a call to action. Include practical tips, examples and, where relevant, a short FAQ. Do not invent statistics; if you mention a figure, phrase it as an estimate. Avoid clichés such as 'in today's fast-paced world'. Optimise naturally for the primary keyword without stuffing it.";
const CLIENT = ["a family-run plumbing firm in Leeds", "a vegan bakery in Bristol", "an accountancy practice for freelancers", "a dog-grooming salon", "a boutique hotel in the Lake District", "a bicycle repair shop", "an independent optician", "a language school for adults", "a garden-design studio", "a physiotherapy clinic"];
const ART = ["how to prevent frozen pipes in winter", "choosing gluten-free flour blends", "self-assessment tax deadlines explained", "grooming double-coated breeds", "planning a walking weekend", "winter bike maintenance", "blue-light glasses: what the evidence says", "learning a language after fifty", "low-maintenance gardens for busy families", "recovering from a running injury"];
const KB = "You are the support assistant for Parcelly, a parcel-delivery app. Knowledge base: Deliveries run Monday to Saturday, 8am-8pm. Customers can redirect a parcel up to 2 hours before the delivery window. Lost parcels are investigated after 48 hours; refunds take 5-7 working days. Damaged items: ask for a photo and the order number. Premium members get free redelivery. Never promise exact delivery times. Escalate to a human agent if the customer asks twice or mentions legal action. Keep replies under 120 words, friendly and clear.";
const SUPQ = ["Where is my parcel? It says out for delivery since yesterday.", "Can I change the address for order 88213?", "My parcel arrived damaged, the box was crushed.", "How do I get a refund for a lost item?", "Why was I charged for redelivery?", "Can you deliver on Sunday?", "The driver left it in the rain.", "I need to talk to a person."];
const groups = specA.split(";").filter(Boolean).map((g) => { const [kind, opts = ""] = g.split(":"); const o = {}; for (const kv of opts.split(",").filter(Boolean)) { const [k, v = "1"] = kv.split("="); o[k] = isNaN(Number(v)) ? v : Number(v); } return { kind, o }; });
groups.forEach(({ kind, o }, gi) => {
  const n = o.n ?? 100, r = o.r ?? 60, days = o.days ?? 3, gap = o.gap ?? 6, grp = o.name ?? kind, alo = o.alo ?? 1200, ahi = o.ahi ?? 2400;
  const m = o.m ?? 4; const ringKeys = []; const ringNets = [];
  if (o.mode === "xkey") for (let k = 0; k < n; k++) { ringKeys.push(`sk-${grp}-${gi}-${k}-${int(R, 1e6, 9e6)}`); ringNets.push(resNet(R)); }
  for (let k = 0; k < n; k++) {
    const xk = o.mode === "xkey"; const ring = xk ? { m, keys: ringKeys.slice(k - (k % m), k - (k % m) + m), nets: ringNets.slice(k - (k % m), k - (k % m) + m) } : null;
    const key = xk ? ringKeys[k] : `sk-${grp}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = xk ? ringNets[k] : resNet(R);
    let t = T0 + R() * (kind === "bench" ? 0.2 : days) * DAY; const wrap = pick(R, WRAP);
    const extra = () => ({ ...(o.lp ? { logprobs: true, top_logprobs: 5 } : {}), ...(o.nn ? { n: o.nn } : {}) });
    for (let i = 0; i < r; i++) {
      if (kind === "cot" || kind === "dil" || kind === "chunk") {
        t += expGap(gap * MIN, o.lo ?? 20e3);
        const ask = (o.ask === "tr" ? pick(R, COTX) : o.ask === "fmt" ? pick(R, COTF) : o.ask === "hist" ? pick(R, PLAIN) : pick(R, COT)).replace("{p}", pick(R, PROB)); const total = int(R, alo, ahi); const nn = o.nn ?? 1;
        if (kind !== "chunk") {
          const hist = o.ask === "hist" ? [{ role: "user", content: HISTU }, { role: "assistant", content: HISTA }] : [];
          const body = { model: "gpt-4o", messages: [{ role: "system", content: wrap }, ...hist, { role: "user", content: ask }], max_tokens: 4096, ...extra() };
          push(t, key, net, "/v1/chat/completions", body, tok(wrap + ask) + 12, total * nn, { group: grp, c: total * nn, ...(nn > 1 ? { items: Array(nn).fill(total), n: nn } : {}) });
          for (let j = 0; j < (kind === "dil" ? (o.k ?? 4) : 0); j++) { t += expGap(gap * MIN / 4, 5e3); const q = pick(R, ["Say OK.", "What's 2+2?", "One word for happy?", "Capital of Peru?", "Is 91 prime? yes or no"]); const ct = int(R, 5, 25);
            push(t, key, net, "/v1/chat/completions", { model: "gpt-4o-mini", messages: [{ role: "user", content: q }], max_tokens: 50 }, tok(q) + 8, ct, { group: grp + "-cheap", c: ct }); }
        } else {
          const cs = o.cs ?? 300; let done = 0; let j = 0; const mode = o.mode ?? "chat"; const mx = o.mx ?? 4096;
          const sectAsk = mode === "sect" && !o.str ? ask + SECTA(Math.round(cs * 0.75)) : ask;
          const hist = []; // R23: the conversation as sent so far (user/assistant turns after the system prompt)
          while (done < total) {
            const c = Math.min(cs, total - done); let body, path = "/v1/chat/completions", pt;
            const partial = done ? prose(R, done) : "";
            // xkey (R23): piece j of trace i goes to key (k + j) mod m of this key's ring
            const pk = mode === "xkey" ? ring.keys[(k % ring.m + j) % ring.m] : key, pn = mode === "xkey" ? ring.nets[(k % ring.m + j) % ring.m] : net;
            if (mode === "resp") { const rid = `resp_${key.slice(-7)}_${i}_${j}`; pt = tok(wrap + ask) + done + 16;
              const b = { model: "gpt-4.1", instructions: wrap, max_output_tokens: cs, ...(done ? { previous_response_id: `resp_${key.slice(-7)}_${i}_${j - 1}`, input: pick(R, o.lc ? LONGCONT : CONT) } : { input: ask }) };
              ev.push({ ts: Math.round(t), key, ...net, method: "POST", path: "/v1/responses", body: b, usage: { prompt_tokens: pt, completion_tokens: c }, response_id: rid }); meta.push({ group: grp, c, chunk: j });
              done += c; j++; t += c * 25 + expGap(4e3, 1e3); continue; }
            if (mode === "prefill") { path = "/v1/messages"; body = { model: "claude-sonnet-4-5", max_tokens: cs, system: wrap, messages: [{ role: "user", content: ask }, ...(done ? [{ role: "assistant", content: partial }] : [])] }; }
            else if (mode === "paste") { // R23: no history; the answer so far pasted into one user turn
              const u = done ? `${ask}\n\n${PASTE[i % PASTE.length]}\n${partial}\n\n${PASTEI[i % PASTEI.length]}` : ask;
              body = { model: "gpt-4o", max_tokens: cs, messages: [{ role: "system", content: wrap }, { role: "user", content: u }] }; }
            else if (mode === "sect" || mode === "long" || mode === "chat" || mode === "xkey" || mode === "forge") {
              const sect = mode === "sect";
              const cont = (mode === "long" && !o.sc) || o.lc ? pick(R, LONGCONT) : sect && !o.str ? pick(R, SECTC) : pick(R, CONT);
              const first = mode === "forge" && done ? REWORD[j % REWORD.length](ask) : sectAsk;
              // history: round 22's shape (the ask, the answer so far as one assistant turn, a continuation); sect/long: the real turns
              let msgs;
              if (!done) msgs = [{ role: "user", content: first }];
              else if (sect || mode === "long") msgs = [{ role: "user", content: first }, ...hist, { role: "user", content: cont }];
              else msgs = [{ role: "user", content: first }, { role: "assistant", content: partial }, { role: "user", content: cont }];
              body = { model: "gpt-4o", max_tokens: sect ? mx : cs, ...(sect && o.str ? { stream: true, stream_options: { include_usage: true } } : {}), ...extra(), messages: [{ role: "system", content: wrap }, ...msgs] };
              if (done && (sect || mode === "long")) hist.push({ role: "user", content: cont });
              hist.push({ role: "assistant", content: prose(R, c) });
            } else if (mode === "xapi") { // R23: even pieces on chat, odd ones on Responses (history as an input array, stored)
              const msgs = [{ role: "user", content: ask }, ...(done ? [{ role: "assistant", content: partial }, { role: "user", content: pick(R, CONT) }] : [])];
              if (j % 2 === 1) { pt = tok(wrap + ask) + done + 16; const rid = `resp_${key.slice(-7)}_${i}_${j}`;
                ev.push({ ts: Math.round(t), key, ...net, method: "POST", path: "/v1/responses", body: { model: "gpt-4.1", instructions: wrap, max_output_tokens: cs, input: msgs }, usage: { prompt_tokens: pt, completion_tokens: c }, response_id: rid }); meta.push({ group: grp, c, chunk: j });
                done += c; j++; t += c * 25 + expGap(4e3, 1e3); continue; }
              body = { model: "gpt-4o", max_tokens: cs, messages: [{ role: "system", content: wrap }, ...msgs] };
            } else throw new Error("mode " + mode);
            pt = tok(wrap + ask) + done + 16; push(t, pk, pn, path, body, pt, c, { group: grp, c, chunk: j, tr: `${key}/${i}` });
            done += c; j++; t += c * 25 + expGap(4e3, 1e3); // ~40 tok/s streaming, then the next chunk
          }
          i += 0; // r counts traces
        }
      } else if (kind === "tutor") {
        t += expGap((o.gs ?? 30) * 1e3, 1e3); const hr = new Date(t).getUTCHours(); if (hr < 7 || hr > 22) { t += 8 * 3600e3; }
        const ask = `Can you explain step by step how to solve this? ${pick(R, PROB)}`; const c = int(R, alo, ahi);
        if (R() < 0.6) push(t, key, net, "/v1/chat/completions", { model: "gpt-4o-mini", max_tokens: 1500, messages: [{ role: "system", content: TUTOR }, { role: "user", content: ask }] }, tok(TUTOR + ask) + 12, c, { group: grp, c });
        else { const h = int(R, 1, 3); const msgs = [{ role: "system", content: TUTOR }]; let pt = tok(TUTOR); for (let x = 0; x < h; x++) { const a = int(R, alo, ahi); msgs.push({ role: "user", content: x ? pick(R, FOLLOW) : ask }, { role: "assistant", content: prose(R, Math.min(a, 400)) }); pt += a + 20; }
          const f = pick(R, FOLLOW); msgs.push({ role: "user", content: f }); push(t, key, net, "/v1/chat/completions", { model: "gpt-4o-mini", max_tokens: 1500, messages: msgs }, pt + tok(f), c, { group: grp, c }); }
      } else if (kind === "bench") {
        t += expGap((o.gs ?? 2) * 1e3, 200); const q = `${pick(R, ["Compute", "Determine", "Find", "Evaluate"])} ${pick(R, PROB)} (item ${i + 1}).`; const c = int(R, alo, ahi);
        push(t, key, net, "/v1/chat/completions", { model: "gpt-4o", temperature: 0, max_tokens: 2048, messages: [{ role: "user", content: BENCH + q }] }, tok(BENCH + q) + 8, c, { group: grp, c });
      } else if (kind === "content") {
        t += expGap((o.gs ?? 90) * 1e3, 2e3); const brief = `Client: ${pick(R, CLIENT)}. Primary keyword: "${pick(R, ART)}". Write a detailed, comprehensive 1,800-word blog post on ${pick(R, ART)} for their customers. Audience: ${pick(R, ["homeowners", "busy parents", "retirees", "small-business owners", "students"])}. Tone: ${pick(R, ["warm", "expert", "playful", "reassuring"])}.`;
        const c = int(R, alo, ahi); push(t, key, net, "/v1/chat/completions", { model: "gpt-4o", max_tokens: 3500, temperature: 0.8, messages: [{ role: "system", content: BRAND }, { role: "user", content: brief }] }, tok(BRAND + brief) + 12, c, { group: grp, c });
      } else if (kind === "support") {
        t += expGap((o.gs ?? 20) * 1e3, 1e3); const h = int(R, 0, 3); const msgs = [{ role: "system", content: KB }]; let pt = tok(KB);
        for (let x = 0; x < h; x++) { msgs.push({ role: "user", content: pick(R, SUPQ) }, { role: "assistant", content: prose(R, int(R, 60, 150)) }); pt += 130; }
        const q = pick(R, SUPQ); msgs.push({ role: "user", content: q }); const c = int(R, 80, 350);
        push(t, key, net, "/v1/chat/completions", { model: "gpt-4o-mini", max_tokens: 400, messages: msgs }, pt + tok(q) + 10, c, { group: grp, c });
      } else if (kind === "dpat") { // R23 probe on a degraded key: lead (L single-turn step-by-step asks) gets it degraded, then r traces of alo..ahi
        // fetched with a planned piece pattern pat (e.g. 512 or 512-256-128, cycled): every piece asks max_tokens mx (4096) and the origin would write
        // the whole rest (usage = rest), so the guard's cap decides; meta c = the planned piece. shape: real (real turns, "Continue."), lc (real turns,
        // a 65-140-char continuation ask), il=1 (a cheap aside between pieces), coll (round 22's shape: the ask, the answer so far as one assistant turn, "Continue.")
        if (i === 0) for (let x = 0; x < (o.L ?? 12); x++) { t += expGap(gap * MIN, o.lo ?? 20e3); const a = pick(R, COT).replace("{p}", pick(R, PROB)); const c = int(R, 1200, 2400);
          push(t, key, net, "/v1/chat/completions", { model: "gpt-4o", max_tokens: 4096, messages: [{ role: "system", content: wrap }, { role: "user", content: a }] }, tok(wrap + a) + 12, c, { group: grp + "-lead", c }); }
        t += expGap(gap * MIN, o.lo ?? 20e3); const a = pick(R, COT).replace("{p}", pick(R, PROB)); const total = int(R, alo, ahi); const pat = String(o.pat ?? "512").split("-").map(Number);
        const msgs = [{ role: "system", content: wrap }, { role: "user", content: a }]; let done = 0, j = 0;
        while (done < total) { const plan = Math.min(pat[j % pat.length], total - done); const rest = total - done;
          const sent = o.shape === "coll" && done ? [msgs[0], msgs[1], { role: "assistant", content: prose(R, done) }, { role: "user", content: pick(R, CONT) }] : msgs; // coll: round 22's shape
          push(t, key, net, "/v1/chat/completions", { model: "gpt-4o", max_tokens: o.mx ?? 4096, messages: [...sent] }, tok(wrap + a) + done + 16, Math.min(rest, o.mx ?? 4096), { group: grp, c: plan, chunk: j, tr: `${key}/${i}` });
          msgs.push({ role: "assistant", content: prose(R, plan) });
          if (o.il && done + plan < total) { // il=1: a cheap aside in the same conversation between pieces (its answer ends on its own), then the continuation
            t += plan * 25 + expGap(3e3, 1e3); const q = pick(R, ["Quick check: is 91 prime?", "What's 17 times 3?", "ok", "Wait, which unit is that in?", "Got it."]); const ct = int(R, 3, 15);
            msgs.push({ role: "user", content: q }); push(t, key, net, "/v1/chat/completions", { model: "gpt-4o", max_tokens: o.mx ?? 4096, messages: [...msgs] }, tok(wrap + a) + done + plan + 20, ct, { group: grp + "-cheap", c: ct });
            msgs.push({ role: "assistant", content: prose(R, ct) }); }
          msgs.push({ role: "user", content: o.shape === "lc" ? pick(R, LONGCONT) : o.il ? "Now continue the solution from where it stopped." : pick(R, CONT) }); done += plan; j++; t += plan * 25 + expGap(4e3, 1e3); }
      } else if (kind === "hdeg") { // R23 honest harm: a chat user on a key already degraded (lead: L single-turn step-by-step asks that get it there),
        // then conversations: an ask (answer alo..ahi, max_tokens 1500), f follow-ups (short <= 64 chars, or fl=1: longer wording) answered flo..fhi
        if (i === 0) for (let x = 0; x < (o.L ?? 12); x++) { t += expGap(gap * MIN, o.lo ?? 20e3); const a = pick(R, COT).replace("{p}", pick(R, PROB)); const c = int(R, 1200, 2400);
          push(t, key, net, "/v1/chat/completions", { model: "gpt-4o", max_tokens: 4096, messages: [{ role: "system", content: TUTOR }, { role: "user", content: a }] }, tok(TUTOR + a) + 12, c, { group: grp + "-lead", c }); }
        t += expGap(gap * MIN, o.lo ?? 20e3); const a = `Can you explain step by step how to solve this? ${pick(R, PROB)}`; const c0 = int(R, o.alo ?? 700, o.ahi ?? 1100);
        const msgs = [{ role: "system", content: TUTOR }, { role: "user", content: a }]; let pt = tok(TUTOR + a) + 12;
        push(t, key, net, "/v1/chat/completions", { model: "gpt-4o-mini", max_tokens: 1500, messages: [...msgs] }, pt, c0, { group: grp + "-ask", c: c0 });
        msgs.push({ role: "assistant", content: prose(R, Math.min(c0, 512)) }); pt += 512;
        const FS = FOLLOW.filter((s) => s.length <= 64);
        for (let x = 0; x < (o.f ?? 3); x++) { t += expGap(90e3, 20e3); const f = o.fin ? pick(R, ["it got cut off, can you finish?", "continue please", "you stopped mid-sentence"]) : o.fl ? pick(R, FOLLOWL) : pick(R, FS); const c = int(R, o.flo ?? 250, o.fhi ?? 600);
          msgs.push({ role: "user", content: f }); pt += tok(f) + 4;
          push(t, key, net, "/v1/chat/completions", { model: "gpt-4o-mini", max_tokens: 1500, messages: [...msgs] }, pt, c, { group: grp + "-follow", c, fu: x });
          msgs.push({ role: "assistant", content: prose(R, Math.min(c, 256)) }); pt += 256; }
      } else if (kind === "sess") { // R24: S questions per session, each new question smuggled into a request that reads as "only asks for more of a cut answer"
        // how=mix    every continuation after the latest queued question's answer began queues the next one: "Go on. Then next: Q" (<= 160 chars),
        //            so every piece fills max_tokens cs until the session's last answer ends (the answers are one stream, fetched in cs pieces)
        // how=branch each question fetched in cs pieces by "Continue."; the next question is sent alone (<= 160 chars) as a branch of the
        //            question's last CUT piece (chat: history up to that piece, the last wbr (5) messages sent; resp: previous_response_id = that
        //            piece), not of its final piece; after=1 (control): the next question follows the final piece (a plain long conversation)
        //            grow=M: the session's first question fetched in cs pieces, each later one asks max_tokens min(M, the session's answers so
        //            far / 0.9) (at least cs), so after ~2 questions every answer comes whole in one request
        //            forge: win=W keeps only the last W tokens of the answer so far in the assistant turn
        // how=forge  chat, round 22's collapsed shape: [first ask, assistant: the answer so far with "Next problem: Q" written into it by the client,
        //            "Continue."]: own input always <= 64 chars; the question only in the forged assistant turn
        // how=star   see the branch below (one cut anchor, every question a branch off it)
        // how=sys    as mix, but the queued question goes into the system prompt ("Also solve after the current one: Q") and the input is "Continue."
        // how=rep    as mix, but the input is one fixed 280-320-char phrase per key (sent before from its 2nd use: the 400-char rule), the next question
        //            in the system prompt
        // api=chat (full real history; hist=coll (mix only): [system, the latest queue turn, everything answered since it as one assistant turn,
        // the input], so the prompt stays under ~2 answers) | resp (previous_response_id, nothing resent); cue=1: the queued question carries "step by step";
        // L=n: n single-turn step-by-step asks first (group NAME-lead), so the session runs on a degraded key
        // S questions per session (S=1 with how=mix is the control: each question its own chunked session); r questions per key
        if (i > 0) continue;
        const S = o.S ?? 5, cs = o.cs ?? 300, api = o.api ?? "chat", how = o.how ?? "mix"; let qn = 0, sid = 0;
        const REPP = pick(R, REPPHR); const repUsed = new Set();
        for (let x = 0; x < (o.L ?? 0); x++) { t += expGap(gap * MIN, o.lo ?? 20e3); const a = pick(R, COT).replace("{p}", pick(R, PROB)); const c = int(R, 1200, 2400); // L: lead asks that get the key degraded first
          push(t, key, net, "/v1/chat/completions", { model: "gpt-4o", max_tokens: 4096, messages: [{ role: "system", content: wrap }, { role: "user", content: a }] }, tok(wrap + a) + 12, c, { group: grp + "-lead", c }); }
        while (qn < r) {
          const nq = Math.min(S, r - qn); const qs = [], as = []; for (let x = 0; x < nq; x++) { qs.push(pick(R, PROB) + (o.uq ? ` (variant ${int(R, 100, 999)})` : "")); /* uq=1: every question unique (the pool has 24) */ as.push(x === 0 && o.a1lo ? int(R, o.a1lo, o.a1hi) : int(R, alo, ahi)); } /* a1lo/a1hi: the session's first answer */
          const T = as.reduce((a, b) => a + b, 0); const B = []; as.reduce((a, b, x) => (B[x] = a + b), 0);
          const first = pick(R, COT).replace("{p}", qs[0]) + (nq > 1 && how !== "branch" ? " I'll send more problems as we go; solve each the same way, right after the previous one." : "");
          const tr = `${key}/s${sid++}`; let K = 1; // questions queued so far
          t += expGap(gap * MIN, o.lo ?? 20e3); qn++;
          if (how === "star") { // R24: one cut anchor (the first ask, max_tokens cs), then every question of the session branches off that same cut
            // anchor (chat: [system, first ask, the anchor's cut answer, the question]; resp: previous_response_id = the anchor), each fetched in cs pieces
            // on its own branch ("Continue.", last wbr messages of the branch sent). cs=4096 (control): each question whole, off the same anchor
            const aid = `resp_${key.slice(-7)}_${tr.slice(-4)}_a`; const ac = Math.min(o.acs ?? cs, as[0]); const anchor = [{ role: "user", content: first }, { role: "assistant", content: prose(R, ac) }];
            if (api === "resp") { ev.push({ ts: Math.round(t), key, ...net, method: "POST", path: "/v1/responses", body: { model: "gpt-4.1", instructions: wrap, max_output_tokens: o.acs ?? cs, input: first }, usage: { prompt_tokens: tok(wrap + first) + 12, completion_tokens: ac }, response_id: aid }); meta.push({ group: grp, c: ac, chunk: 0, tr, q: qn, newq: 0 }); }
            else push(t, key, net, "/v1/chat/completions", { model: "gpt-4o", max_tokens: o.acs ?? cs, messages: [{ role: "system", content: wrap }, anchor[0]] }, tok(wrap + first) + 12, ac, { group: grp, c: ac, chunk: 0, tr, q: qn, newq: 0 });
            t += ac * 25 + expGap(4e3, 1e3);
            for (let x = 1; x < nq; x++) { t += expGap(gap * MIN, o.lo ?? 20e3); qn++; const ask = (o.cue ? "Next one, step by step: " : "Now this one: ") + qs[x] + ".";
              const msgs = [...anchor, { role: "user", content: ask }]; let done = 0, j = 0, prevRid = aid; const btr = `${tr}/b${x}`;
              while (done < as[x]) { const c = Math.min(cs, as[x] - done); const input = j === 0 ? ask : pick(R, CONT); const rid = `${aid}_${x}_${j}`;
                if (api === "resp") { ev.push({ ts: Math.round(t), key, ...net, method: "POST", path: "/v1/responses", body: { model: "gpt-4.1", instructions: wrap, max_output_tokens: cs, input, previous_response_id: prevRid }, usage: { prompt_tokens: tok(wrap + first) + ac + done + 20, completion_tokens: c }, response_id: rid }); meta.push({ group: grp, c, chunk: 1, tr: btr, q: qn, newq: j === 0 ? 1 : 0 }); }
                else { const sent = j < 2 ? msgs : msgs.slice(-(o.wbr ?? 5)); push(t, key, net, "/v1/chat/completions", { model: "gpt-4o", max_tokens: cs, messages: [{ role: "system", content: wrap }, ...sent] }, tok(wrap) + 12 + sent.reduce((a, m) => a + tok(m.content) + 4, 0), c, { group: grp, c, chunk: 1, tr: btr, q: qn, newq: j === 0 ? 1 : 0 }); }
                msgs.push({ role: "assistant", content: prose(R, c) }); done += c; j++; prevRid = rid; t += c * 25 + expGap(4e3, 1e3); if (done < as[x]) msgs.push({ role: "user", content: pick(R, CONT) }); }
            }
            continue;
          }
          if (how === "branch") { // each question its own chain; the next question branches off the last cut piece of the previous one
            const hist = []; let prevCut = null; let pt0 = tok(wrap) + 12; let accum = 0;
            for (let x = 0; x < nq; x++) {
              const ask = x === 0 ? first : (o.cue ? "Next one, step by step: " : "Now this one: ") + qs[x] + ".";
              if (x > 0) { t += expGap(gap * MIN, o.lo ?? 20e3); qn++; }
              let done = 0, j = 0; const base = x === 0 ? [] : hist.slice(0, prevCut.histLen); let msgs = [...base, { role: "user", content: ask }]; let prevRid = x === 0 ? null : prevCut.rid;
              let lastCut = null;
              const mxq = o.grow && x > 0 ? Math.max(cs, Math.min(o.grow, Math.floor(accum / 0.9))) : cs; // grow=M: after the first answer, max_tokens up to M
              while (done < as[x]) {
                const c = Math.min(mxq, as[x] - done); const input = j === 0 ? ask : pick(R, CONT); accum += c;
                const ptk = pt0 + msgs.reduce((a, m) => a + tok(m.content) + 4, 0); const rid = `resp_${key.slice(-7)}_${tr.slice(-4)}_${x}_${j}`;
                if (api === "resp") {
                  const b = { model: "gpt-4.1", instructions: wrap, max_output_tokens: mxq, input, ...(prevRid ? { previous_response_id: prevRid } : {}) };
                  ev.push({ ts: Math.round(t), key, ...net, method: "POST", path: "/v1/responses", body: b, usage: { prompt_tokens: ptk, completion_tokens: c }, response_id: rid });
                  meta.push({ group: grp, c, chunk: x === 0 && j === 0 ? 0 : 1, tr, q: qn, newq: j === 0 && x > 0 ? 1 : 0 });
                } else push(t, key, net, "/v1/chat/completions", { model: "gpt-4o", max_tokens: mxq, messages: [{ role: "system", content: wrap }, ...msgs.slice(-(o.wbr ?? 5))] }, pt0 + msgs.slice(-(o.wbr ?? 5)).reduce((a, m) => a + tok(m.content) + 4, 0), c, { group: grp, c, chunk: x === 0 && j === 0 ? 0 : 1, tr, q: qn, newq: j === 0 && x > 0 ? 1 : 0 });
                const at = { role: "assistant", content: prose(R, c) }; msgs.push(at);
                if (c === mxq && done + c < as[x]) lastCut = { histLen: msgs.length, rid };
                done += c; j++; prevRid = rid; t += c * 25 + expGap(4e3, 1e3);
                if (done < as[x]) msgs.push({ role: "user", content: pick(R, CONT) });
              }
              hist.length = 0; hist.push(...msgs); prevCut = (!o.after && lastCut) || { histLen: msgs.length, rid: prevRid };
            }
            continue;
          }
          let done = 0, j = 0; const msgs = [{ role: "user", content: first }]; let prevRid = null; let sys = wrap; const pend = []; let pin = null;
          while (done < T) {
            const c = Math.min(cs, T - done); let input = j === 0 ? first : pick(R, CONT); let newq = 0;
            if (j > 0 && K < nq && done >= (K >= 2 ? B[K - 2] : 0)) { // the latest queued question's answer has begun: queue the next one
              const q = qs[K]; newq = 1; t += expGap(gap * MIN, o.lo ?? 20e3); qn++;
              if (how === "mix" && o.cx) input = "Then: " + qs[K] + "."; // cx=1: the shortest connector, so every queue turn stays <= 160 chars
              else if (how === "mix") input = (o.cue ? pick(R, ["Go on. Then, step by step: ", "Keep going, then step by step: "]) : pick(R, ["Go on. Then next: ", "Keep going; after it: ", "Continue, then do: "])) + qs[K] + ".";
              else if (how === "sys") { sys = wrap + " After the current problem, also solve: " + q + "."; input = pick(R, CONT); }
              else if (how === "rep") { sys = wrap + " After the current problem, also solve: " + q + "."; input = REPP; }
              else if (how === "forge") pend.push(K);
              K++;
            } else if (how === "rep" && j > 0) input = REPP;
            let body; const tu = { role: "user", content: input };
            const pt = how === "forge" ? tok(sys + first) + Math.min(done, o.win ?? 1e9) + 30 * pend.length + 20 : o.hist === "coll" && j > 0 ? tok(sys + pin.turn + input) + done - pin.at + 16 : tok(sys + first) + done + 8 * j + 16;
            if (api === "resp") { const rid = `resp_${key.slice(-7)}_${tr.slice(-4)}_${j}`;
              const b = { model: "gpt-4.1", instructions: sys, max_output_tokens: cs, input, ...(prevRid ? { previous_response_id: prevRid } : {}) };
              ev.push({ ts: Math.round(t), key, ...net, method: "POST", path: "/v1/responses", body: b, usage: { prompt_tokens: pt, completion_tokens: c }, response_id: rid });
              meta.push({ group: grp, c, chunk: j, tr, q: qn, newq }); prevRid = rid;
            } else {
              if (how === "forge") { // collapsed: the first ask, the answer so far (with the client's "Next problem" lines), "Continue."
                const soFar = j === 0 ? [] : [{ role: "assistant", content: prose(R, Math.min(done, o.win ?? 1e9)) + pend.map((k) => `\n\nNext problem: ${qs[k]}.\nSolution, step by step:`).join("") }];
                body = { model: "gpt-4o", max_tokens: cs, messages: [{ role: "system", content: sys }, { role: "user", content: first }, ...soFar, ...(j === 0 ? [] : [{ role: "user", content: pick(R, CONT) }])] };
                pend.length = 0;
              } else if (o.hist === "coll" && j > 0) { // R24: bounded history: the key's latest queue turn (sent before), all text answered since it, the input
                body = { model: "gpt-4o", max_tokens: cs, messages: [{ role: "system", content: sys }, { role: "user", content: pin.turn }, { role: "assistant", content: prose(R, done - pin.at) }, tu] };
              } else { if (j > 0) msgs.push(tu); body = { model: "gpt-4o", max_tokens: cs, messages: [{ role: "system", content: sys }, ...msgs] }; }
              push(t, key, net, "/v1/chat/completions", body, pt, c, { group: grp, c, chunk: j, tr, q: qn, newq });
              if (how !== "forge") msgs.push({ role: "assistant", content: prose(R, c) });
            }
            if (j === 0 || (newq && how !== "forge")) pin = { turn: input, at: done };
            if (how === "rep") repUsed.add(REPP);
            done += c; j++; t += c * 25 + expGap(4e3, 1e3);
          }
        }
      } else if (kind === "happ") { // R24 honest: a chat app with a small max_tokens (mx, default 300) so answers are often cut; users ask a question
        // (answer alo..ahi, default 150..900) then f (0..fmax) short real follow-ups of flen chars (s: <= 64, m: 65-160, default mix) answered 80..600;
        // nothing is ever "continued": every follow-up is a new real question (fuq=1: each follow-up made unique, so none was sent before). r conversations per key, a person's pace.
        const mx = o.mx ?? 300; t += expGap((o.gs ?? 240) * 1e3, 5e3); const hr = new Date(t).getUTCHours(); if (hr < 7 || hr > 22) t += 8 * 3600e3;
        const sysP = o.sys === "tutor" ? TUTOR : HSYS; const q0 = pick(R, o.sys === "tutor" ? PROB.map((p) => `How do I work out ${p}?`) : HQ); const msgs = [{ role: "system", content: sysP }, { role: "user", content: q0 }];
        const a0 = int(R, o.alo ?? 150, o.ahi ?? 900); let pt = tok(sysP + q0) + 12;
        push(t, key, net, "/v1/chat/completions", { model: "gpt-4o-mini", max_tokens: mx, messages: [...msgs] }, pt, Math.min(a0, mx), { group: grp, c: Math.min(a0, mx), q: 1 });
        msgs.push({ role: "assistant", content: prose(R, Math.min(a0, mx)) }); pt += Math.min(a0, mx);
        const f = int(R, 0, o.fmax ?? 4);
        for (let x = 0; x < f; x++) { t += expGap((o.fg ?? 60) * 1e3, 8e3);
          const pool = o.flen === "s" ? HFOL.filter((s) => s.length <= 64) : o.flen === "m" ? HFOL.filter((s) => s.length > 64) : HFOL; const fq = pick(R, pool) + (o.fuq ? ` My figure was ${int(R, 10, 9999)}.` : ""); /* fuq=1: every follow-up unique (never sent before) */ const c = Math.min(int(R, 80, 600), mx);
          msgs.push({ role: "user", content: fq }); pt += tok(fq) + 4;
          push(t, key, net, "/v1/chat/completions", { model: "gpt-4o-mini", max_tokens: mx, messages: [...msgs] }, pt, c, { group: grp, c, fu: x });
          msgs.push({ role: "assistant", content: prose(R, c) }); pt += c; }
      } else throw new Error("kind " + kind);
    }
  }
});
const idx = ev.map((e, i) => i).sort((a, b) => ev[a].ts - ev[b].ts || a - b);
// TRACES_DIR: where to write (a later round replaying this generator's specs writes into its own traces/)
const TR = process.env.TRACES_DIR ? pathToFileURL(path.resolve(process.env.TRACES_DIR) + "/") : new URL("./traces/", import.meta.url);
fs.mkdirSync(TR, { recursive: true });
const fd = fs.openSync(new URL(`${name}.jsonl`, TR), "w"); for (const i of idx) fs.writeSync(fd, JSON.stringify(ev[i]) + "\n"); fs.closeSync(fd);
fs.writeFileSync(new URL(`${name}.meta.jsonl`, TR), idx.map((i) => JSON.stringify(meta[i])).join("\n") + "\n");
console.error(`wrote ${ev.length} events -> traces/${name}.jsonl`);
