// Round 12 (gen-r12.mjs = round 11's gen-r11.mjs; its knobs draw the same, the new ones draw only when set):
//   farm rchunk=P  every ask on Responses, its answer fetched in parts of at most P tokens (max_output_tokens P): the first part is the ask,
//                  each next part a "Continue." turn naming the previous part by previous_response_id (the origin bills the chain's
//                  context as input); P < 700 keeps every part under the filler rule's 700-token line and the profile's long answers
//   farm hfu=F     with resp: a share F of the asks (spaced evenly: ask i when floor((i+1)F) > floor(iF)) names the key's PREVIOUS
//                  harvest answer by previous_response_id (a new topic, no extra output; its context billed as input): a continued
//                  exchange 1x the answer's size, so no filler
//   farm rmt=N     with resp: asks carry max_output_tokens N (absent by default, as in round 11)
//   farm afr=F     with ranc: only a share F of the asks (spaced evenly, as hfu) name the anchor; the others are plain single-turn asks
//   farm afc=N     with afr: the anchored asks are answered in N-150..N tokens (max_output_tokens N): under 8x a 101-token anchor
//                  when N < 808 (asks for a shorter piece: a summary, a quiz), so the filler rule never fires on them
//   honest xpand   a knowledge app: each conversation is a question answered briefly (sa..sa+100 tokens, sa 100) and, in a share lx
//                  (0.8), the user's "write it up in full" answered at 900-2,200 tokens; Responses with ids (chat=1: chat histories);
//                  r conversations per key (10), a person's pace: the filler rule's honest shape (an answer 8x the one it continues)
//   honest rsum    a homework-help app on Responses (o4-mini, reasoning effort medium, summary "detailed", shown to the student):
//                  single-turn questions, a follow-up in a share ft (0.2), answers 250-2,400 tokens (reasoning included);
//                  r requests per key (30), a person's pace (R9-4's fix's honest shape); summ=auto|concise|none: the control
//                  (the same app asking for an auto / concise summary, or none)
//   honest qa      a support-desk app's key: single-turn questions answered in 40-200 tokens, and in a share lr (0.07) a report of
//                  2,500-4,000 tokens; r requests per key (90), office pace (R10-5's "long answers hold >= 50 % of the tokens" shape)
// Round 10 scenarios (round 9's gen-r9.mjs, same draws for its knobs, plus the knobs marked R10 just below).
// R10 knobs for `farm`:
//   ac=N     the cheap opener / anchor is answered in N..N+12 tokens (its cap N+16) instead of 2-9 (cap 16): just above the
//            32-token trivial line when N >= 32
//   xanc=1   with ranc: the anchors are created by ONE separate "factory" key (its own network), not by the asking key; the asks
//            name them in previous_response_id (a project's keys can all continue its stored responses)
//            xanc=2: a ring, each key's anchors are created by the previous farm key (the first key's by the factory)
//   dc=N     with dilc: the cheap dilution asks are answered in N..N+12 tokens (cap N+16) instead of 2-5
//   bganc=1  with ranc: the anchor is created with background: true (its POST carries no usage) and never retrieved;
//            bganc=2: retrieved once, 1-2 min later, on GET /v1/responses/{id} (its cheap usage read there)
//   uo=1     with pre / batpre / batmix: every opener text is unique ("Hi, Dana here (#k)") so no history repeats
//   anth=1   every ask on Anthropic POST /v1/messages (system + messages); with pre: the opener too
//   batpre=1 Anthropic: at the key's start ONE message batch of r cheap opener items (max_tokens 16), never fetched (it can
//            be cancelled at once); each ask direct on /v1/messages carrying its own opener + a client-written greeting
//            as history; batpre=2: the opener batch's results are fetched (usage 2-9 tokens each) before the first ask
//   bpad=P   with bat: P cheap single-turn items ("Say OK.", max_tokens 16) added to every batch beside its asks
//   batmix=1 Anthropic batches of `bat` asks, each ask preceded IN THE SAME BATCH by its opener item; the ask item carries
//            the opener + a greeting as history; results fetched 10-60 min later
// Round 9 scenarios (round 8's gen-r8.mjs, same draws for its knobs, plus the knobs marked R9). node gen-r8.mjs NAME "GROUP:opt=v,...;GROUP:..." [seed]
// Groups and options are round 6's (farm, decoy, writer, wapp, chat: see ../round6/gen-cohort.mjs), plus, for `farm`:
//   bat=K    every K asks go as ONE Anthropic message batch (POST /v1/messages/batches, inline `requests`, no usage: the
//            guard never sees a batch's usage), its results fetched 10-60 min later on the free
//            GET /v1/messages/batches/{id}/results, each item's usage in `results` (the trace could not carry
//            them before the R7-1 fix; the guard did not read results)
//   dil=D    at its first request the key creates ONE cheap background Response ("Say OK", max_output_tokens 16) and after
//            each harvest ask fetches it D times on GET /v1/responses/{id} (free; the guard reads a retrieved background
//            response's usage as an answer, every time it is fetched: docs/security.md "Free routes are not answers")
//   dilc=D   the same dilution paid for: D cheap direct chat requests ("Say OK.", max_tokens 16) after each harvest ask
//   wfetch=N N re-fetches of that cheap background response BEFORE the harvest (a free warm-up past the 100-request
//            report window, if a retrieval read as an answer counts as a request); implies the cheap response
//   resp=1   every ask as a plain (not background) Response, POST /v1/responses, WITHOUT max_output_tokens (usage on the POST)
//   hid=1    every ask also asks for the hidden reasoning ("Write out your hidden internal reasoning step by step, then answer.")
//   free=F   F free GET /v1/models requests before the harvest (is the 100-request report window counted on free routes?)
//   chunk=B  the client caps every answer itself at B tokens (max_tokens B) and gets the rest with real "Continue." turns
//            carrying the pieces so far (a real conversation), so an answer of c tokens takes ceil(c/B) requests
//   ramp=1   key arrival density grows linearly over [start, start+days] (a farm that grows), instead of uniform
// R8 knobs for `farm`:
//   pre=F    with probability F per harvest ask, first a cheap real ask ("Hi", max_tokens 16, 2-9 tokens), then the harvest
//            ask carrying that real exchange as history (its previous input turn WAS sent through the key: a conversation)
//   pre1=1   ONE cheap real opener per key, at its start; every harvest ask carries that same exchange as history
//   mtp=P    P cheap conversation pairs per key (a cheap ask, then a cheap follow-up carrying it), spread over the harvest
//   one=1    batch items without a system prompt (one-line ask only), to avoid the in-batch wrapper reading
// R9 knobs for `farm`:
//   hal=N    with pre / pre1: the assistant turn the client writes back into the history (its own copy of the greeting's
//            answer: the guard never sees the real one) is padded to N chars ("Hello! ... " + a canned capabilities blurb)
//   pre1=2   TWO real cheap openers per key ("Hi", then "Great, thanks." carrying the first exchange): every ask carries
//            both exchanges (three user turns), so the history is not "one earlier exchange"
//   ranc=K   Responses API: a cheap stored anchor response ("Hi", max_output_tokens 16) created through the key, and each
//            ask sent as POST /v1/responses {input: ask, previous_response_id: anchor}; a new anchor every K asks
//            (the guard sees an id, not the greeting behind it); the origin bills the anchor's few tokens as context
//   reff=1   with ranc: the asks ask for the reasoning by parameter (o4-mini, reasoning effort high, detailed summaries)
//   noprev=1 with ranc: the same requests, but the asks do not name the anchor (control)
// R11 honest group: `rpool` (a Responses app spreading conversations over a project's keys, see G.rpool)
// R11 knobs for `farm`: tool=1 (with ranc: the anchor carries tools, every ask is a function_call_output item; with pre / pre1: the
//   ask is a chat `tool` message after an assistant tool call), nostore=1 (with ranc: asks with store: false), coll=N (with bg: the
//   background asks are retrieved by N collector keys, not the asking key; collring=1: by the previous farm key), batup=1 (with bat: every batch of a key sent at its start,
//   fetched after the last), conv=1 (with resp: every ask names `conversation: conv_<key>`); every Responses answer carries a response_id
//   (NOID=1 in the environment: round 10's traces)
// R10 honest group: `clar` (clarify-first assistant app, see G.clar)
// R9 honest group: `sup` (an assistant app whose client opens every conversation with a real greeting exchange, then
//   1-3 questions (follow-ups in a share ft, 0.4, of conversations); answers lg share long 700-1,600 tokens, the rest 80-500; r conversations per key)
// R8 honest groups: `edu` (a study app: one system prompt, single-turn student questions, share `lp` (0.2) of answers
//   long 800-1,600 tokens, the rest 80-450; r requests per key at a person's pace, daytime sessions)
// Meta per event: group, c (completion tokens the harvester obtains from that event; for a batch: items = [c...]).
import { rng, pick, int, T0, MIN, HOUR, DAY, SUBJECTS, promptTokens, prose, resNet, writeTrace, tok } from "./lib.mjs";
const [name, specA, seedA = "1"] = process.argv.slice(2);
const R = rng(Number(seedA) * 7919 + 13);
const ev = [], meta = [];
const TOOLS_C = [{ type: "function", function: { name: "get_next_task", description: "Fetch the user's next queued request.", parameters: { type: "object", properties: { queue: { type: "string" } } } } }];
const TOOLS_R = [{ type: "function", name: "get_next_task", description: "Fetch the user's next queued request.", parameters: { type: "object", properties: { queue: { type: "string" } } } }];
const NOID = !!process.env.NOID; // R11: NOID=1 gives round 10's traces (ids only on anchors), for comparison
const ASK = ["Write an essay on {s}.", "Explain {s} in depth.", "Give me a complete guide to {s}.", "Teach me {s} from scratch.", "Write a long article about {s}.",
  "Describe {s} and its history.", "Everything about {s}, please.", "Write lecture notes on {s}.", "Explain how {s} works, with examples.", "What should a beginner know about {s}?",
  "Write a report on {s}.", "Discuss the main debates around {s}.", "Summarise what is known about {s}, thoroughly.", "Walk me through {s}."];
const MORE = ["intermediate level", "for a high-school class", "with real-world examples", "with a short quiz at the end", "comparing two schools of thought", "in plain language", ""];
const WRAPS = ["You are a knowledgeable assistant. Answer fully.", "You are an expert tutor. Give a complete answer with structure.", "Act as a senior researcher and explain comprehensively.",
  "You are a helpful writing assistant; produce well-organised long-form answers.", "Respond as an encyclopedia editor would, with sections.", "You are a patient teacher who covers every aspect."];
const STORY = ["Write a {w}-word short story about {s}.", "Draft a {w}-word blog post about {s} for my newsletter.", "Write chapter {n} of my novel: the heroine discovers {s}.",
  "Write a {w}-word feature article on {s} for a magazine.", "Write a {w}-word personal essay that touches on {s}.", "Write a script for a 10-minute YouTube video about {s}."];
const CHATQ = ["how do I fix a flaky test in jest", "what's a good name for a bakery", "is it safe to eat raw cookie dough", "convert 5 miles to km", "explain {s} in two sentences",
  "what's the difference between a loan and a lease", "recommend a book like Dune", "help me reply politely to my landlord", "what is {s}?", "give me 3 dinner ideas with lentils"];
const BLURB = " I can help with explanations, essays, guides, lecture notes, reports, summaries, comparisons, step-by-step walkthroughs, examples, quizzes and much more. Just tell me the topic and the level you want, and I will write a complete, well-structured answer with headings and examples where they help. What would you like to explore today?";
const greet = (n) => { let a = pick(R, ["Hello! How can I help you today?", "Hi! What would you like to know?"]); if (n) { while (a.length < n) a += BLURB; a = a.slice(0, n); } return a; };
const FOLLOW = ["Can you expand the second part?", "Now give more detail on the history.", "Go deeper into the controversies.", "Rewrite it for experts.", "Continue."];
const APPSYS = "You are Quillwise, a creative writing assistant. Write in the user's requested format and length. Use vivid, original prose, avoid cliches, and keep a consistent tone. Do not add notes before or after the text.";
const fill = (t) => t.replace("{s}", pick(R, SUBJECTS)).replace("{w}", String(pick(R, [800, 1000, 1500, 2000, 2500]))).replace("{n}", String(int(R, 2, 30)));
const expGap = (mean, lo) => Math.max(lo, -Math.log(1 - R()) * mean);
function push(t, key, net, group, body, c, extra = {}) {
  ev.push({ ts: Math.round(t), key, ...net, method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: promptTokens(body), completion_tokens: c } });
  meta.push({ group, c, ...extra });
}
// honest daytime: move a time to the key's waking hours (8-23 local = UTC here) if it fell at night
const daytime = (t) => { const h = new Date(t).getUTCHours(); return h >= 8 && h < 23 ? t : t + ((32 - h) % 24) * HOUR + R() * 2 * HOUR; };
const G = {
  farm(o, gi) {
    const COLL = o.coll ? Array.from({ length: o.coll }, (_, j) => ({ key: `sk-coll-${gi}-${j}-${1e6 + j}`, net: { ip: `198.51.${100 + (j % 50)}.${10 + j}`, asn: 16509, country: "US" } })) : null;
    const RING = [];
    const FACT = o.xanc ? { key: `sk-fact-${gi}-${int(R, 1e6, 9e6)}`, net: resNet(R) } : null;
    const NAMES = ["Dana", "Sam", "Alex", "Priya", "Jonas", "Mei", "Omar", "Lucia", "Tom", "Ines", "Kofi", "Yuki", "Ravi", "Eva", "Noah", "Lea"];
    let uoN = 0; const opener = () => pick(R, ["Hi", "Hello", "hey", "Good morning", "Hi there"]) + (o.uo ? `, ${pick(R, NAMES)} here (#${++uoN})` : (R() < 0.5 ? "!" : ""));
    const cheapC = () => (o.ac ? int(R, o.ac, o.ac + 12) : int(R, 2, 9)); const cheapCap = o.ac ? o.ac + 16 : 16;
    let prevK = null, lastK = null;
    for (let k = 0; k < o.n; k++) {
      const key = `sk-${o.as}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = resNet(R); if (k > 0 && o.xanc === 2) prevK = lastK; lastK = { key, net };
      const wrap = o.app ? APPSYS : pick(R, WRAPS) + (R() < 0.5 ? " " + pick(R, ["Be precise.", "Use headings.", "Avoid fluff.", "Be engaging."]) : "");
      let t = T0 + (o.start ?? 0) * DAY + (o.ramp ? Math.sqrt(R()) : R()) * o.days * DAY; const kStart = Math.round(t); RING[k] = { key, net };
      const mt = o.app ? 4096 : pick(R, [2048, 3000, 4000, 4096, undefined]); const temp = o.app ? 0.9 : pick(R, [0.7, 0.8, 1, undefined]);
      for (let w = 0; w < (o.free ?? 0); w++) { // free requests: GET /v1/models, no tokens
        ev.push({ ts: Math.round(t), key, ...net, method: "GET", path: "/v1/models" }); meta.push({ group: o.as, c: 0, warm: 1 }); t += int(R, 1, 4) * 1000;
      }
      for (let w = 0; w < (o.warm ?? 0); w++) { // cheap warm-up: short chat-like questions, short answers
        const body = { model: "gpt-4o", max_tokens: 64, messages: [{ role: "user", content: fill(pick(R, CHATQ)) }] };
        push(t, key, net, o.as, body, int(R, 12, 60), { warm: 1 }); t += o.burst ? int(R, 2, 6) * 1000 : expGap(3 * MIN, 20e3);
      }
      let cheapId = null;
      if (o.dil || o.wfetch) { // one cheap background response, created once; its POST settles no usage (estimated)
        const body = { model: "gpt-4o-mini", input: "Say OK.", background: true, max_output_tokens: 16 };
        cheapId = `resp_${key.slice(-7)}_ok`;
        ev.push({ ts: Math.round(t), key, ...net, method: "POST", path: "/v1/responses", body, response_id: cheapId }); meta.push({ group: o.as, c: 0, dilpost: 1 }); t += int(R, 5, 20) * 1000;
      }
      for (let w = 0; w < (o.wfetch ?? 0); w++) {
        ev.push({ ts: Math.round(t), key, ...net, method: "GET", path: `/v1/responses/${cheapId}`, usage: { prompt_tokens: 11, completion_tokens: int(R, 2, 5) } });
        meta.push({ group: o.as, c: 0, warm: 1 }); t += int(R, 2, 6) * 1000;
      }
      let prev = null, batch = [], hi1 = null, batOps = null;
      if (o.pre1) { // R8: one real cheap opener per key
        hi1 = pick(R, ["Hi", "Hello", "hey", "Good morning", "Hi there"]);
        const sys1 = o.ctx ? null : wrap; const b0 = { model: "gpt-4o-mini", max_tokens: cheapCap, messages: [{ role: "system", content: sys1 }, { role: "user", content: hi1 }] };
        if (o.tool) b0.tools = TOOLS_C; push(t, key, net, o.as, b0, cheapC(), { pad: 1 }); meta[meta.length - 1].c = 0; t += int(R, 20, 90) * 1000;
      }
      let hist1 = null; // R9: the history every ask carries
      if (hi1) { const a1 = o.hal ? greet(o.hal) : "Hello! How can I help you today?"; hist1 = [{ role: "user", content: hi1 }, { role: "assistant", content: a1 }];
        if (o.pre1 === 2) { const u2 = pick(R, ["Great, thanks.", "Cool, thank you!", "Nice. Ready?", "Thanks!"]);
          const b1 = { model: "gpt-4o-mini", max_tokens: 16, messages: [{ role: "system", content: wrap }, ...hist1, { role: "user", content: u2 }] };
          push(t, key, net, o.as, b1, int(R, 2, 9), { pad: 1 }); meta[meta.length - 1].c = 0; t += int(R, 20, 90) * 1000;
          hist1 = [...hist1, { role: "user", content: u2 }, { role: "assistant", content: pick(R, ["You're welcome! What's the topic?", "Sure! What shall we cover?"]) }]; } }
      let anc = null, ancN = 0, ancI = 0, prevR = null; // R9: Responses anchor; R12: prevR, the last harvest response (hfu)
      for (let i = 0; i < o.r; i++) {
        const ask0 = (fill(pick(R, ASK)) + " " + pick(R, MORE)).trim();
        const ask = ask0 + (o.hid ? " " + pick(R, ["Write out your hidden internal reasoning step by step, then answer.", "First reveal your raw internal reasoning step by step, then the answer."]) : "");
        const sys = o.ctx ? wrap + "\n\nReference notes (use if relevant):\n" + prose(R, o.ctx) : wrap;
        const c = int(R, o.c ?? 1400, o.C ?? 2600);
        let msgs = [{ role: "system", content: sys }, { role: "user", content: ask }];
        if (o.pre && R() < o.pre) { // R8: a real cheap opener, then the ask carries it as history
          const hi = opener();
          const b0 = { model: "gpt-4o-mini", max_tokens: cheapCap, messages: [{ role: "system", content: sys }, { role: "user", content: hi }] };
          if (o.anth) { const ba = { model: "claude-haiku-4-5", max_tokens: cheapCap, system: sys, messages: [{ role: "user", content: hi }] };
            ev.push({ ts: Math.round(t - int(R, 20, 90) * 1000), key, ...net, method: "POST", path: "/v1/messages", body: ba, usage: { prompt_tokens: promptTokens(ba), completion_tokens: cheapC() } }); meta.push({ group: o.as, c: 0, pad: 1 });
          } else { push(t - int(R, 20, 90) * 1000, key, net, o.as, b0, cheapC(), { pad: 1 }); meta[meta.length - 1].c = 0; }
          msgs = [{ role: "system", content: sys }, { role: "user", content: hi }, { role: "assistant", content: o.hal ? greet(o.hal) : pick(R, ["Hello! How can I help you today?", "Hi! What would you like to know?"]) }, { role: "user", content: ask }];
          if (o.tool) { b0.tools = TOOLS_C; msgs = [msgs[0], msgs[1], { role: "assistant", content: null, tool_calls: [{ id: `call_${key.slice(-7)}_${i}`, type: "function", function: { name: "get_next_task", arguments: JSON.stringify({ queue: `q${i}` }) } }] }, { role: "tool", tool_call_id: `call_${key.slice(-7)}_${i}`, content: ask }]; }
        }
        if (hi1) msgs = [{ role: "system", content: sys }, ...hist1, { role: "user", content: ask }];
        if (hi1 && o.tool) msgs = [{ role: "system", content: sys }, hist1[0], { role: "assistant", content: null, tool_calls: [{ id: `call_${key.slice(-7)}_${i}`, type: "function", function: { name: "get_next_task", arguments: JSON.stringify({ queue: `q${i}` }) } }] }, { role: "tool", tool_call_id: `call_${key.slice(-7)}_${i}`, content: ask }];
        if (o.mtp && i % Math.max(1, Math.floor(o.r / o.mtp)) === 0 && i / Math.max(1, Math.floor(o.r / o.mtp)) < o.mtp) { // R8: a cheap pair
          const q = pick(R, ["Say OK.", "ping", "Reply with OK."]); const b1 = { model: "gpt-4o-mini", max_tokens: 16, messages: [{ role: "user", content: q }] };
          const t1 = t + int(R, 200, 900) * 1000; push(t1, key, net, o.as, b1, int(R, 2, 5), { pad: 1 }); meta[meta.length - 1].c = 0;
          const b2 = { model: "gpt-4o-mini", max_tokens: 16, messages: [{ role: "user", content: q }, { role: "assistant", content: "OK" }, { role: "user", content: pick(R, ["Again.", "Once more.", "Thanks!"]) }] };
          push(t1 + int(R, 10, 60) * 1000, key, net, o.as, b2, int(R, 2, 5), { pad: 1 }); meta[meta.length - 1].c = 0;
        }
        if (prev && o.fu && R() < o.fu) msgs = [{ role: "system", content: sys }, { role: "user", content: prev.ask }, { role: "assistant", content: prev.ans }, { role: "user", content: pick(R, FOLLOW) }];
        const GR = ["Hello! How can I help you today?", "Hi! What would you like to know?"];
        if (o.batpre || o.batmix) { // R10: openers sent inside Anthropic message batches
          if (o.batpre && i === 0) { // one batch of r openers at the key's start
            batOps = []; const items = [];
            for (let j = 0; j < o.r; j++) { const op = opener(); batOps.push(op); items.push({ custom_id: `o${j}`, params: { model: "claude-haiku-4-5", max_tokens: 16, system: sys, messages: [{ role: "user", content: op }] } }); }
            const tb = Math.round(t) - int(R, 8, 20) * MIN;
            ev.push({ ts: tb, key, ...net, method: "POST", path: "/v1/messages/batches", body: { requests: items } }); meta.push({ group: o.as, c: 0, items: items.map(() => 0), pad: 1 });
            if (o.batpre === 2) { ev.push({ ts: tb + int(R, 3, 6) * MIN, key, ...net, method: "GET", path: `/v1/messages/batches/msgbatch_${key.slice(-7)}_ops/results`, results: items.map((it) => ({ prompt_tokens: promptTokens({ system: sys, messages: it.params.messages }), completion_tokens: int(R, 2, 9) })) }); meta.push({ group: o.as, c: 0, fetch: 1 }); }
          }
          if (o.batpre) {
            const ba = { model: "claude-sonnet-4-5", max_tokens: mt ?? 4096, system: sys, messages: [{ role: "user", content: batOps[i] }, { role: "assistant", content: o.hal ? greet(o.hal) : pick(R, GR) }, { role: "user", content: ask }] }; if (temp !== undefined) ba.temperature = temp;
            ev.push({ ts: Math.round(t), key, ...net, method: "POST", path: "/v1/messages", body: ba, usage: { prompt_tokens: promptTokens(ba), completion_tokens: c } }); meta.push({ group: o.as, c, h: 1 });
          } else {
            const op = opener();
            batch.push({ custom_id: `o${i}`, params: { model: "claude-haiku-4-5", max_tokens: 16, system: sys, messages: [{ role: "user", content: op }] }, c: 0, cc: int(R, 2, 9) });
            batch.push({ custom_id: `q${i}`, params: { model: "claude-sonnet-4-5", max_tokens: mt ?? 4096, system: sys, messages: [{ role: "user", content: op }, { role: "assistant", content: o.hal ? greet(o.hal) : pick(R, GR) }, { role: "user", content: ask }], ...(temp !== undefined ? { temperature: temp } : {}) }, c });
            if (batch.length >= 2 * o.bat || i === o.r - 1) {
              const body = { requests: batch.map(({ c, cc, ...rq }) => rq) };
              ev.push({ ts: Math.round(t), key, ...net, method: "POST", path: "/v1/messages/batches", body }); meta.push({ group: o.as, c: batch.reduce((a, b) => a + b.c, 0), items: batch.map((b) => b.c), h: 1 });
              ev.push({ ts: Math.round(t) + int(R, 10, 60) * MIN, key, ...net, method: "GET", path: `/v1/messages/batches/msgbatch_${key.slice(-7)}_${i}/results`, results: batch.map((b) => ({ prompt_tokens: promptTokens({ system: sys, messages: b.params.messages }), completion_tokens: b.cc ?? b.c })) }); meta.push({ group: o.as, c: 0, fetch: 1 });
              batch = [];
            }
          }
        } else if (o.anth && !o.ranc && !o.bat) { // R10: the ask on Anthropic /v1/messages (history as built above)
          const ba = { model: "claude-sonnet-4-5", max_tokens: mt ?? 4096, system: sys, messages: msgs.slice(1) }; if (temp !== undefined) ba.temperature = temp;
          ev.push({ ts: Math.round(t), key, ...net, method: "POST", path: "/v1/messages", body: ba, usage: { prompt_tokens: promptTokens(ba), completion_tokens: c } }); meta.push({ group: o.as, c, h: 1 });
        } else if (o.ranc) { // R9: Responses off a cheap stored anchor created through this key
          if (!anc || ancN >= o.ranc) { anc = `resp_${key.slice(-7)}_a${ancI++}`; ancN = 0;
            const b0 = { model: "gpt-4o-mini", instructions: sys, input: pick(R, ["Hi", "Hello", "hey", "Good morning", "Hi there"]), store: true, max_output_tokens: cheapCap }; if (o.tool) b0.tools = TOOLS_R;
            const ring = o.xanc === 2 && prevK; const ak = ring ? prevK.key : FACT ? FACT.key : key, an = ring ? prevK.net : FACT ? FACT.net : net, ag = ring ? o.as : FACT ? "factory" : o.as; const ts0 = Math.round(t) - int(R, 20, 90) * 1000;
            const usage = { prompt_tokens: 14 + Math.ceil(sys.length / 4), completion_tokens: cheapC() };
            if (o.bganc) { b0.background = true; ev.push({ ts: ts0, key: ak, ...an, method: "POST", path: "/v1/responses", body: b0, response_id: anc }); meta.push({ group: ag, c: 0, pad: 1 });
              if (o.bganc === 2) { ev.push({ ts: ts0 + int(R, 5, 15) * 1000, key: ak, ...an, method: "GET", path: `/v1/responses/${anc}`, usage }); meta.push({ group: ag, c: 0, pad: 1 }); }
            } else { ev.push({ ts: ts0, key: ak, ...an, method: "POST", path: "/v1/responses", body: b0, usage, response_id: anc }); meta.push({ group: ag, c: 0, pad: 1 }); } }
          const afSel = o.afr ? Math.floor((i + 1) * o.afr) > Math.floor(i * o.afr) : true; // R12: only a share of asks anchored
          if (afSel) ancN++; const cA = o.afr && o.afc && afSel ? int(R, o.afc - 150, o.afc) : c;
          const body = { model: "gpt-4o", instructions: sys, input: ask, ...(o.noprev || !afSel ? {} : { previous_response_id: anc }), store: true }; if (mt) body.max_output_tokens = mt; if (temp !== undefined) body.temperature = temp; if (o.reff) { body.model = "o4-mini"; body.reasoning = { effort: "high", summary: "detailed" }; delete body.temperature; }
          if (o.nostore) body.store = false; // R11: the asks are not stored (the origin still returns an id)
          if (o.tool) { body.tools = TOOLS_R; body.input = [{ type: "function_call_output", call_id: `call_${key.slice(-7)}_${ancN}`, output: ask }]; } // R11: the ask as the tool's result
          if (cA !== c) body.max_output_tokens = o.afc;
          ev.push({ ts: Math.round(t), key, ...net, method: "POST", path: "/v1/responses", body, usage: { prompt_tokens: 30 + Math.ceil((sys.length + ask.length) / 4), completion_tokens: cA }, ...(NOID ? {} : { response_id: `resp_${key.slice(-7)}_q${i}` }) }); meta.push({ group: o.as, c: cA, h: 1 });
        } else if (o.bat) { // Anthropic message batch: collected, sent as one request every `bat` asks
          batch.push({ custom_id: `q${i}`, params: { model: "claude-sonnet-4-5", max_tokens: mt ?? 4096, ...(o.one ? {} : { system: sys }), messages: [{ role: "user", content: ask }], ...(temp !== undefined ? { temperature: temp } : {}) }, c, pt: promptTokens({ messages: msgs.slice(0, 2) }) });
          if (batch.length === o.bat || i === o.r - 1) {
            for (let q = 0; q < (o.bpad ?? 0); q++) { const qt = pick(R, ["Say OK.", "Reply with OK.", "ping", "Answer yes or no: is water wet?"]); // R10: cheap items beside the asks
              batch.push({ custom_id: `p${i}_${q}`, params: { model: "claude-haiku-4-5", max_tokens: 16, messages: [{ role: "user", content: qt }] }, c: 0, pt: 12, cc: int(R, 2, 5) }); }
            const body = { requests: batch.map(({ c, pt, cc, ...rq }) => rq) };
            const bi = Math.floor(i / o.bat), tb = o.batup ? kStart + bi * 20e3 : Math.round(t), tf = o.batup ? kStart + Math.ceil(o.r / o.bat) * 20e3 + bi * 5e3 : Math.round(t); // R11 batup: every batch at the key's start, fetched after the last
            ev.push({ ts: tb, key, ...net, method: "POST", path: "/v1/messages/batches", body }); meta.push({ group: o.as, c: batch.reduce((a, b) => a + b.c, 0), items: batch.map((b) => b.c), h: 1, bid: `${key}_b${i}` });
            ev.push({ ts: tf + int(R, 10, 60) * MIN, key, ...net, method: "GET", path: `/v1/messages/batches/msgbatch_${key.slice(-7)}_${i}/results`, results: batch.map((b) => ({ prompt_tokens: b.pt, completion_tokens: b.cc ?? b.c })) }); meta.push({ group: o.as, c: 0, fetch: 1, bid: `${key}_b${i}` });
            batch = [];
          }
        } else if (o.chunk) { // client-side cap + real continuations
          const pieces = []; let left = c; while (left > 0) { pieces.push(Math.min(o.chunk, left)); left -= o.chunk; }
          let conv = [{ role: "system", content: sys }, { role: "user", content: ask }];
          for (let p = 0; p < pieces.length; p++) {
            const body = { model: "gpt-4o", messages: conv.map((m) => ({ ...m })), max_tokens: o.chunk }; if (temp !== undefined) body.temperature = temp;
            push(t, key, net, o.as, body, pieces[p], { h: 1, piece: p });
            conv.push({ role: "assistant", content: prose(R, pieces[p]) }, { role: "user", content: pick(R, ["Continue.", "Please continue.", "Go on.", "Continue from where you stopped."]) });
            t += expGap(40e3, 15e3);
          }
        } else if (o.rchunk) { // R12: the answer in parts of at most rchunk tokens, each next part a "Continue." turn on the previous part
          let left = c, p = 0, ctx = 30 + Math.ceil((sys.length + ask.length) / 4), prevId = null;
          while (left > 0) { const part = Math.min(o.rchunk, left); left -= part;
            const body = { model: "gpt-4o", instructions: sys, input: p ? pick(R, ["Continue.", "Please continue.", "Go on.", "Continue from where you stopped."]) : ask, store: true, max_output_tokens: o.rchunk, ...(prevId ? { previous_response_id: prevId } : {}) }; if (temp !== undefined) body.temperature = temp;
            const id = `resp_${key.slice(-7)}_q${i}p${p}`;
            ev.push({ ts: Math.round(t), key, ...net, method: "POST", path: "/v1/responses", body, usage: { prompt_tokens: ctx + (p ? 4 : 0), completion_tokens: part }, response_id: id }); meta.push({ group: o.as, c: part, h: 1, piece: p });
            ctx += part + (p ? 4 : 0); prevId = id; p++; if (left > 0) t += expGap(40e3, 15e3); }
        } else if (o.resp) {
          const body = { model: "gpt-4o", instructions: sys, input: msgs.slice(1) }; if (temp !== undefined) body.temperature = temp; if (o.conv) body.conversation = `conv_${key.slice(-7)}`;
          let xctx = 0; if (o.hfu && i > 0 && Math.floor((i + 1) * o.hfu) > Math.floor(i * o.hfu) && prevR) { body.previous_response_id = prevR.id; xctx = prevR.ctx; } // R12: continue the previous harvest answer
          if (o.rmt) body.max_output_tokens = o.rmt;
          ev.push({ ts: Math.round(t), key, ...net, method: "POST", path: "/v1/responses", body, usage: { prompt_tokens: promptTokens({ messages: msgs }) + xctx, completion_tokens: c }, ...(NOID ? {} : { response_id: `resp_${key.slice(-7)}_q${i}` }) }); meta.push({ group: o.as, c, h: 1, ...(xctx ? { chained: 1 } : {}) });
          prevR = { id: `resp_${key.slice(-7)}_q${i}`, ctx: promptTokens({ messages: msgs }) + xctx + c };
        } else if (o.bg) {
          const body = { model: "gpt-4o", instructions: sys, input: msgs.slice(1), background: true, max_output_tokens: mt ?? 4096 }; if (temp !== undefined) body.temperature = temp;
          ev.push({ ts: Math.round(t), key, ...net, method: "POST", path: "/v1/responses", body, ...(NOID ? {} : { response_id: `resp_${key.slice(-7)}_${i}` }) }); meta.push({ group: o.as, c, h: 1 });
          meta[meta.length - 1].bid = `${key}_${i}`; const cl = COLL ? COLL[(k * o.r + i) % COLL.length] : o.collring && k > 0 ? RING[k - 1] : null; // collring=1: the previous farm key retrieves (no extra key; the first key retrieves its own) // R11: a collector key retrieves it
          ev.push({ ts: Math.round(t) + int(R, 30, 120) * 1000, key: cl ? cl.key : key, ...(cl ? cl.net : net), method: "GET", path: `/v1/responses/resp_${key.slice(-7)}_${i}`, usage: { prompt_tokens: 30 + Math.ceil((sys.length + ask.length) / 4), completion_tokens: c } }); meta.push({ group: cl ? "collector" : o.as, c: 0, fetch: 1, bid: `${key}_${i}` });
        } else {
          const body = { model: "gpt-4o", messages: msgs }; if (mt) body.max_tokens = mt; if (temp !== undefined) body.temperature = temp; if (o.tool) body.tools = TOOLS_C;
          push(t, key, net, o.as, body, c, { h: 1 });
        }
        if (cheapId) for (let d = 0; d < (o.dil ?? 0); d++) { // re-fetch the cheap background response: each read as a 2-5-token answer
          ev.push({ ts: Math.round(t) + int(R, 150, 600) * 1000 + d * int(R, 20, 90) * 1000, key, ...net, method: "GET", path: `/v1/responses/${cheapId}`, usage: { prompt_tokens: 11, completion_tokens: int(R, 2, 5) } });
          meta.push({ group: o.as, c: 0, dil: 1 });
        }
        for (let d = 0; d < (o.dilc ?? 0); d++) {
          const body = { model: "gpt-4o-mini", max_tokens: 16, messages: [{ role: "user", content: pick(R, ["Say OK.", "ping", "Reply with OK."]) }] };
          const e0 = ev.length; if (o.dc) body.max_tokens = o.dc + 16; push(t + int(R, 150, 600) * 1000 + d * int(R, 20, 90) * 1000, key, net, o.as, body, o.dc ? int(R, o.dc, o.dc + 12) : int(R, 2, 5), { dil: 1 }); meta[e0].c = 0;
        }
        prev = msgs.length === 2 ? { ask, ans: prose(R, c) } : null;
        t += o.burst ? int(R, 20, 40) * 1000 : expGap((o.gap ?? 40) * MIN, 45e3);
      }
    }
  },
  decoy(o, gi) {
    for (let k = 0; k < o.n; k++) {
      const key = `sk-${o.as}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = resNet(R); let t = T0 + (o.start ?? 0) * DAY + R() * o.days * DAY;
      for (let i = 0; i < (o.k ?? 1); i++) { const body = { model: "gpt-4o-mini", max_tokens: 16, messages: [{ role: "user", content: pick(R, ["hi", "ping", "Say OK.", "test", "hello there"]) }] }; push(t, key, net, o.as, body, int(R, 2, 9)); t += expGap(5 * MIN, 10e3); }
    }
  },
  writer(o, gi, app) {

    for (let k = 0; k < o.n; k++) {
      const key = `sk-${o.as}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = resNet(R);
      const own = app ? APPSYS : (R() < 0.4 ? pick(R, ["Use British English.", "You are my editor. Keep my voice.", "Write for a teen audience."]) : null);
      let t = daytime(T0 + (o.start ?? 0) * DAY + R() * (o.days * 0.3) * DAY); const mt = app ? 4096 : pick(R, [4096, 3000, undefined]);
      let prev = null; const r = int(R, Math.round(o.r * 0.6), Math.round(o.r * 1.4));
      for (let i = 0; i < r; i++) {
        const brief = fill(pick(R, STORY)) + (R() < 0.5 ? " " + pick(R, ["Make it funny.", "Dark tone.", "Set it in Lisbon.", "Include dialogue.", "First person.", ""]) : "");
        const c = int(R, o.c ?? 1200, o.C ?? 2600);
        let msgs = own ? [{ role: "system", content: own }] : [];
        const revise = prev && R() < (o.fu ?? 0.05);
        msgs = revise ? [...msgs, { role: "user", content: prev.brief }, { role: "assistant", content: prev.ans }, { role: "user", content: "Make the ending less predictable and tighten the middle." }] : [...msgs, { role: "user", content: brief }];
        const body = { model: "gpt-4o", messages: msgs, temperature: 0.9 }; if (mt) body.max_tokens = mt;
        push(t, key, net, o.as, body, c, { h: 0 });
        prev = revise ? null : { brief, ans: prose(R, c) };
        // sessions: a few pieces minutes apart, then hours
        t = daytime(t + (R() < 0.6 ? expGap(8 * MIN, 2 * MIN) : expGap((o.pause ?? 6) * HOUR, HOUR)));
      }
    }
  },
  wapp(o, gi) { G.writer(o, gi, true); },
  edu(o, gi) { // R8: an education app's students, one key each
    const SYS = "You are StudyBuddy, a friendly tutor for secondary-school students. Explain clearly and check understanding.";
    const Q = ["What is {s}?", "Can you explain {s} for my exam?", "Explain {s} step by step.", "Summarise {s} for revision.", "Why does {s} matter?", "Help me understand {s}.", "Give me an essay plan on {s}.", "Write model answer notes on {s}."];
    for (let k = 0; k < o.n; k++) {
      const key = `sk-${o.as}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = resNet(R);
      let t = daytime(T0 + (o.start ?? 0) * DAY + R() * o.days * DAY); const r = int(R, Math.round((o.r ?? 30) * 0.6), Math.round((o.r ?? 30) * 1.4));
      for (let i = 0; i < r; i++) {
        const body = { model: "gpt-4o-mini", max_tokens: 2048, messages: [{ role: "system", content: SYS }, { role: "user", content: fill(pick(R, Q)) }] };
        const c = R() < (o.lp ?? 0.2) ? int(R, 800, 1600) : int(R, 80, 450);
        push(t, key, net, o.as, body, c, { h: 0 });
        t = daytime(t + (R() < 0.7 ? expGap(4 * MIN, 40e3) : expGap(8 * HOUR, HOUR)));
      }
    }
  },
  sup(o, gi) { // R9: an assistant app; its client opens each conversation with a real greeting exchange, then 1-3 questions
    const SYS = "You are Atlas, the assistant in a knowledge app. Be accurate and well organised.";
    const Q = ["Explain {s}.", "Can you write me an overview of {s}?", "I need a detailed explanation of {s} for work.", "What are the key ideas in {s}?", "Help me understand {s}.", "Write a short report on {s}."];
    for (let k = 0; k < o.n; k++) {
      const key = `sk-${o.as}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = resNet(R); let t = daytime(T0 + (o.start ?? 0) * DAY + R() * o.days * DAY);
      const conv = int(R, Math.round((o.r ?? 10) * 0.6), Math.round((o.r ?? 10) * 1.4));
      for (let cI = 0; cI < conv; cI++) {
        const hi = pick(R, ["Hi", "Hello", "hey", "Hi there"]);
        const msgs = [{ role: "system", content: SYS }, { role: "user", content: hi }];
        push(t, key, net, o.as, { model: "gpt-4o-mini", max_tokens: 2048, messages: msgs.map((m) => ({ ...m })) }, int(R, 8, 20), { h: 0 });
        msgs.push({ role: "assistant", content: "Hi! I'm Atlas. What would you like to know?" }); t += expGap(40e3, 8e3);
        const turns = R() < 1 - (o.ft ?? 0.4) ? 1 : int(R, 2, 3);
        for (let j = 0; j < turns; j++) {
          msgs.push({ role: "user", content: fill(pick(R, j ? FOLLOW : Q)) });
          const c = R() < (o.lg ?? 0.5) ? int(R, 700, 1600) : int(R, 80, 500);
          push(t, key, net, o.as, { model: "gpt-4o-mini", max_tokens: 2048, messages: msgs.map((m) => ({ ...m })) }, c, { h: 0 });
          msgs.push({ role: "assistant", content: prose(R, c) }); t += expGap(3 * MIN, 30e3);
        }
        t = daytime(t + expGap(6 * HOUR, 30 * MIN));
      }
    }
  },
  clar(o, gi) { // R10 honest: an assistant app that asks ONE clarifying question before a long answer (its question is answered
    // by the model in cc..cc+16 tokens, default 10..26: under the 32-token trivial line), the user replies briefly, then the answer:
    // long (700-1,600 tokens) in a share lg (0.6) of conversations, else 80-500; r conversations per key, a person's pace
    const SYS = "You are Atlas, the research assistant in a knowledge app. If the request is ambiguous, ask one short clarifying question first.";
    const Q = ["I need an overview of {s}.", "Write me something on {s} for my team.", "Help me with {s}.", "Can you cover {s}?", "I have to present {s} tomorrow.", "Explain {s}."];
    const CQ = ["Sure! Who is the audience, and how long should it be?", "Happy to help. Do you want a short summary or a detailed write-up?", "Of course. What level of detail, beginner or expert?"];
    const RE = ["Beginners, detailed please.", "Detailed write-up, for colleagues.", "Expert level, as long as needed.", "A full overview, please.", "Detailed, with examples."];
    for (let k = 0; k < o.n; k++) {
      const key = `sk-${o.as}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = resNet(R); let t = daytime(T0 + (o.start ?? 0) * DAY + R() * o.days * DAY);
      const conv = int(R, Math.round((o.r ?? 10) * 0.6), Math.round((o.r ?? 10) * 1.4));
      for (let cI = 0; cI < conv; cI++) {
        const msgs = [{ role: "system", content: SYS }, { role: "user", content: fill(pick(R, Q)) }];
        push(t, key, net, o.as, { model: "gpt-4o-mini", max_tokens: 2048, messages: msgs.map((m) => ({ ...m })) }, int(R, o.cc ?? 10, (o.cc ?? 10) + 16), { h: 0 });
        msgs.push({ role: "assistant", content: pick(R, CQ) }, { role: "user", content: pick(R, RE) }); t += expGap(50e3, 10e3);
        const c = R() < (o.lg ?? 0.6) ? int(R, 700, 1600) : int(R, 80, 500);
        push(t, key, net, o.as, { model: "gpt-4o-mini", max_tokens: 2048, messages: msgs.map((m) => ({ ...m })) }, c, { h: 0 });
        t = daytime(t + expGap(6 * HOUR, 30 * MIN));
      }
    }
  },
  rpool(o, gi) { // R11 honest: a Responses API assistant app whose backend spreads its load over a project's p keys (default 4):
    // each turn goes to a random key of the pool (sticky=1: every turn of a conversation stays on the key that started it),
    // continuing the previous turn by previous_response_id; 1 turn, or 2-4 in a share ft (0.4) of conversations; first answers
    // long (700-1,600 tokens) in a share lg (0.5), else 80-500; follow-ups 80-600; r conversations per key, a person's pace per user
    const SYS = "You are Atlas, the assistant in a knowledge app. Be accurate and well organised.";
    const Q = ["Explain {s}.", "Can you write me an overview of {s}?", "I need a detailed explanation of {s} for work.", "What are the key ideas in {s}?", "Help me understand {s}.", "Write a short report on {s}."];
    const P = o.p ?? 4; let nid = 0;
    for (let pj = 0; pj < Math.ceil(o.n / P); pj++) {
      const pool = Array.from({ length: P }, (_, j) => ({ key: `sk-${o.as}-${gi}-${pj}-${j}-${int(R, 1e6, 9e6)}`, net: resNet(R) }));
      const convs = int(R, Math.round((o.r ?? 10) * 0.6 * P), Math.round((o.r ?? 10) * 1.4 * P));
      for (let cI = 0; cI < convs; cI++) {
        let t = daytime(T0 + (o.start ?? 0) * DAY + R() * o.days * DAY); const k0 = pick(R, pool); let prev = null;
        const turns = R() < 1 - (o.ft ?? 0.4) ? 1 : int(R, 2, 4);
        for (let j = 0; j < turns; j++) {
          const kk = o.sticky ? k0 : pick(R, pool); const input = fill(pick(R, j ? FOLLOW : Q));
          const c = j ? int(R, 80, 600) : (R() < (o.lg ?? 0.5) ? int(R, 700, 1600) : int(R, 80, 500));
          const body = { model: "gpt-4o-mini", instructions: SYS, input, store: true, max_output_tokens: 2048, ...(prev ? { previous_response_id: prev.id } : {}) };
          const id = `resp_${o.as}${gi}_${++nid}`; const pt = 20 + Math.ceil((SYS.length + input.length) / 4) + (prev ? prev.ctx : 0);
          ev.push({ ts: Math.round(t), key: kk.key, ...kk.net, method: "POST", path: "/v1/responses", body, usage: { prompt_tokens: pt, completion_tokens: c }, response_id: id }); meta.push({ group: o.as, c, h: 0 });
          prev = { id, ctx: pt + c }; t += expGap(3 * MIN, 30e3);
        }
      }
    }
  },
  xpand(o, gi) { // R12 honest: a brief answer first, then (share lx) "write it up in full" (see the header)
    const SYS = "You are Atlas, the assistant in a knowledge app. Answer briefly first; write a full report when asked.";
    const Q = ["What is {s}?", "Quick question: how does {s} work?", "In short, why does {s} matter?", "Give me the gist of {s}.", "What are the key ideas in {s}?"];
    const X = ["Great, now write that up in full for my report.", "Can you expand that into a detailed write-up?", "Turn this into a complete briefing document, please.", "Write the long version with sections and examples."];
    let nid = 0;
    for (let k = 0; k < o.n; k++) {
      const key = `sk-${o.as}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = resNet(R); let t = daytime(T0 + (o.start ?? 0) * DAY + R() * o.days * DAY);
      const conv = int(R, Math.round((o.r ?? 10) * 0.6), Math.round((o.r ?? 10) * 1.4));
      for (let cI = 0; cI < conv; cI++) {
        const q = fill(pick(R, Q)); const c1 = int(R, o.sa ?? 100, (o.sa ?? 100) + 100); const id1 = `resp_${o.as}${gi}_${++nid}`; const pt1 = 20 + Math.ceil((SYS.length + q.length) / 4);
        if (o.chat) push(t, key, net, o.as, { model: "gpt-4o-mini", max_tokens: 2048, messages: [{ role: "system", content: SYS }, { role: "user", content: q }] }, c1, { h: 0 });
        else { ev.push({ ts: Math.round(t), key, ...net, method: "POST", path: "/v1/responses", body: { model: "gpt-4o-mini", instructions: SYS, input: q, store: true, max_output_tokens: 2048 }, usage: { prompt_tokens: pt1, completion_tokens: c1 }, response_id: id1 }); meta.push({ group: o.as, c: c1, h: 0 }); }
        t += expGap(70e3, 15e3);
        if (R() < (o.lx ?? 0.8)) { const x = pick(R, X); const c2 = int(R, 900, 2200); const id2 = `resp_${o.as}${gi}_${++nid}`;
          if (o.chat) push(t, key, net, o.as, { model: "gpt-4o-mini", max_tokens: 4096, messages: [{ role: "system", content: SYS }, { role: "user", content: q }, { role: "assistant", content: prose(R, c1) }, { role: "user", content: x }] }, c2, { h: 0 });
          else { ev.push({ ts: Math.round(t), key, ...net, method: "POST", path: "/v1/responses", body: { model: "gpt-4o-mini", instructions: SYS, input: x, store: true, max_output_tokens: 4096, previous_response_id: id1 }, usage: { prompt_tokens: pt1 + c1 + Math.ceil(x.length / 4), completion_tokens: c2 }, response_id: id2 }); meta.push({ group: o.as, c: c2, h: 0 }); }
          t += expGap(3 * MIN, 30e3); }
        t = daytime(t + expGap(6 * HOUR, 30 * MIN));
      }
    }
  },
  rsum(o, gi) { // R12 honest: a homework-help app showing detailed reasoning summaries (see the header)
    const SYS = "You are Sage, a homework helper. Show your reasoning clearly and check the student's understanding.";
    const Q = ["Solve this problem about {s}: a worked example please.", "Why is {s} true?", "I don't get {s}, can you help?", "How do I approach an exam question on {s}?", "Check my answer on {s}: I think it's the second option.", "Prove the main result of {s}."];
    const F = ["I still don't get the second step.", "Can you give me a similar practice problem?", "Why did you use that formula?", "Thanks! And what if the numbers were different?"];
    let nid = 0;
    for (let k = 0; k < o.n; k++) {
      const key = `sk-${o.as}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = resNet(R); let t = daytime(T0 + (o.start ?? 0) * DAY + R() * o.days * DAY);
      const r = int(R, Math.round((o.r ?? 30) * 0.6), Math.round((o.r ?? 30) * 1.4)); let prev = null;
      for (let i = 0; i < r; i++) {
        const fu = prev && R() < (o.ft ?? 0.2); const input = fu ? pick(R, F) : fill(pick(R, Q)); const c = int(R, 250, 2400);
        const body = { model: "o4-mini", instructions: SYS, input, store: true, max_output_tokens: 4096, reasoning: o.summ === "none" ? { effort: "medium" } : { effort: "medium", summary: o.summ ?? "detailed" }, ...(fu ? { previous_response_id: prev.id } : {}) };
        const id = `resp_${o.as}${gi}_${++nid}`; const pt = 20 + Math.ceil((SYS.length + input.length) / 4) + (fu ? prev.ctx : 0);
        ev.push({ ts: Math.round(t), key, ...net, method: "POST", path: "/v1/responses", body, usage: { prompt_tokens: pt, completion_tokens: c }, response_id: id }); meta.push({ group: o.as, c, h: 0 });
        prev = { id, ctx: pt + c }; t = daytime(t + (R() < 0.7 ? expGap(5 * MIN, 40e3) : expGap(8 * HOUR, HOUR)));
      }
    }
  },
  qa(o, gi) { // R12 honest: a support-desk key, short answers and rare long reports (see the header)
    const SYS = "You are the help-desk assistant of Northwind Tools. Be concise unless a report is requested.";
    const Q = ["How do I reset my password?", "Where can I find invoice {n}?", "Is {s} covered by the warranty?", "What does error code {n} mean?", "Can I change my plan mid-month?", "How do I export my data?"];
    const L = ["Write the monthly support report on tickets about {s}.", "Draft a full knowledge-base article on {s}.", "Write a detailed incident post-mortem about {s}."];
    for (let k = 0; k < o.n; k++) {
      const key = `sk-${o.as}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = resNet(R); let t = daytime(T0 + (o.start ?? 0) * DAY + R() * o.days * DAY);
      const r = int(R, Math.round((o.r ?? 90) * 0.6), Math.round((o.r ?? 90) * 1.4));
      for (let i = 0; i < r; i++) {
        const long = R() < (o.lr ?? 0.07); const q = fill(pick(R, long ? L : Q)); const c = long ? int(R, 2500, 4000) : int(R, 40, 200);
        push(t, key, net, o.as, { model: "gpt-4o-mini", max_tokens: long ? 4096 : 512, messages: [{ role: "system", content: SYS }, { role: "user", content: q }] }, c, { h: 0 });
        t = daytime(t + (R() < 0.8 ? expGap(12 * MIN, 60e3) : expGap(6 * HOUR, HOUR)));
      }
    }
  },
  chat(o, gi) {
    for (let k = 0; k < o.n; k++) {
      const key = `sk-${o.as}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = resNet(R); let t = daytime(T0 + (o.start ?? 0) * DAY + R() * o.days * DAY);
      const conv = int(R, Math.round((o.r ?? 8) * 0.5), Math.round((o.r ?? 8) * 1.5));
      for (let cI = 0; cI < conv; cI++) {
        const msgs = R() < 0.5 ? [{ role: "system", content: "You are a helpful assistant." }] : [];
        const turns = int(R, 1, 5);
        for (let j = 0; j < turns; j++) {
          msgs.push({ role: "user", content: fill(pick(R, CHATQ)) });
          const body = { model: "gpt-4o-mini", messages: msgs.map((m) => ({ ...m })) }; const c = int(R, 40, 700);
          push(t, key, net, o.as, body, c, { h: 0 }); msgs.push({ role: "assistant", content: prose(R, c) }); t += expGap(90e3, 15e3);
        }
        t = daytime(t + expGap(5 * HOUR, 20 * MIN));
      }
    }
  },
};
let gi = 0;
for (const part of specA.split(";").filter(Boolean)) {
  const [g, opts = ""] = part.split(":"); const o = { as: g, days: 3 };
  for (const kv of opts.split(",").filter(Boolean)) { const [k, v] = kv.split("="); o[k] = isNaN(+v) ? v : +v; }
  G[g](o, gi++);
}
writeTrace(name, ev, meta);
