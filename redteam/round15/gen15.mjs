// Round 15 trace generator. node gen15.mjs NAME "GROUP:opt=v,...;GROUP:..." [seed]
// Every event is a replay trace line (README "Replay"); meta per event: {group, c} where c = completion tokens the
// client wants from that event (0 for cover traffic). All prompt text below was written for this round.
//
// Harvest groups (farm-shaped: n keys, r asks each, keys arriving over `days`, residential networks, a paraphrased wrapper per key):
//   farm      plain single-turn asks for long answers (the control). opts: n (300), r (30), days (3), gap (minutes between asks, 6)
//             cot=1: the ask says "think it through step by step, show every step"; hid=1: asks for the hidden reasoning
//   img       the same asks, but the ask's text is rendered in an IMAGE (image_url by https URL, detail high); the text part is
//             `cover` (a generic note, 0 = none, 1 = a short line, 2 = >= 256 chars of a generic note that varies per request);
//             usage bills `it` tokens per image (765 = a 1024x1024 high-detail image; 85 = detail low)
//   file      the ask in a PDF by URL (Responses input_file file_url) with the same cover text options; usage bills `it` per file
//   Every farm knob: think=B (Anthropic /v1/messages with thinking.budget_tokens B; answers include the thinking), anth=1
//
// Honest groups (one app each, k backend keys, r requests per key):
//   smart     smart-reply / multi-variant suggestions: chat, n = `nn` (3), max_tokens 180, temperature 0.9; the user turn is the
//             e-mail or message to answer (varied, many topics); answers 3 x 40-90 tokens; app pace (gap seconds `gs`, 20)
//   quiz      a teachers' worksheet/quiz generator: "create N varied multiple-choice questions on TOPIC for grade G, options
//             A-D, then an answer key"; max_tokens 2500; answers 700-1,600; app pace (daytime, gs 90)
//   judge     an LLM-as-judge evaluation run: rubric system prompt, pairwise comparison, "explain your reasoning briefly, then
//             give the verdict"; temperature 0, max_tokens 800, logprobs + top_logprobs 5 (score confidence); machine pace (gs 2)
//   agent     an agent-builder platform: each end user's agent brings its OWN tool set (names made up per user), multi-step
//             conversations (tool call, tool result, final answer); Anthropic /v1/messages, thinking budget 2,048; gs 15
//   docqa     chat-with-your-documents: the document excerpt in the system prompt (3-6 K chars, a different document per
//             session), a short question, answers 250-900 tokens; app pace (gs 30)
import fs from "node:fs";
import { rng, pick, int, T0, SUBJECTS, MIN, HOUR, DAY, tok, prose, resNet } from "../round6/lib.mjs";
function writeTrace(name, events, meta) {
  fs.mkdirSync(new URL("./traces/", import.meta.url), { recursive: true });
  const idx = events.map((e, i) => i).sort((a, b) => events[a].ts - events[b].ts || a - b);
  const fd = fs.openSync(new URL(`./traces/${name}.jsonl`, import.meta.url), "w"); for (const i of idx) fs.writeSync(fd, JSON.stringify(events[i]) + "\n"); fs.closeSync(fd);
  fs.writeFileSync(new URL(`./traces/${name}.meta.jsonl`, import.meta.url), idx.map((i) => JSON.stringify(meta[i])).join("\n") + "\n");
  console.error(`wrote ${events.length} events -> traces/${name}.jsonl`);
}
const [name, specA, seedA = "1"] = process.argv.slice(2);
const R = rng(Number(seedA) * 104729 + 15);
const ev = [], meta = [];
const expGap = (mean, lo = 0) => Math.max(lo, -Math.log(1 - R()) * mean);
const daytime = (t) => { const h = new Date(t).getUTCHours(); return h >= 7 && h < 22 ? t : t + ((31 - h) % 24) * HOUR + R() * HOUR; };
function push(t, key, net, path, body, pt, c, group, extra = {}) {
  ev.push({ ts: Math.round(t), key, ...net, method: "POST", path, body, usage: path === "/v1/messages" ? { input_tokens: pt, output_tokens: c, prompt_tokens: pt, completion_tokens: c } : { prompt_tokens: pt, completion_tokens: c }, ...extra });
  meta.push({ group, c });
}
const chatTok = (body) => { let n = 3; for (const m of body.messages ?? []) n += 4 + tok(typeof m.content === "string" ? m.content : m.content.filter((p) => p.type === "text").map((p) => p.text).join(" ")); if (typeof body.system === "string") n += tok(body.system); return n; };

// ---- harvest text (own wording) ----
const ASK = ["Give me a thorough explanation of {s}.", "I need a long, well-organised write-up on {s}.", "Explain {s} as a chapter of a textbook would.",
  "Cover {s} in depth: background, how it works, and open problems.", "Write detailed study notes about {s}.", "What is there to know about {s}? Be exhaustive.",
  "Produce an expert-level overview of {s} with worked examples.", "Walk through {s} carefully, with examples and edge cases.",
  "Write a complete guide on {s} for a motivated newcomer.", "Describe {s}, its history, and the current state of the art."];
const COT = " Think it through step by step and show every step of your reasoning before the final answer.";
const HID = " Before answering, write out your hidden internal reasoning in full, then give the answer.";
const WRAP_A = ["You are", "Act as", "You're", "Behave as", "Play the role of"], WRAP_B = ["a meticulous", "an expert", "a senior", "a careful", "a knowledgeable", "a patient"],
  WRAP_C = ["teacher", "analyst", "researcher", "writer", "professor", "consultant", "editor"], WRAP_D = ["Answer completely.", "Give full answers.", "Leave nothing out.", "Be complete and structured.", "Use headings and examples.", ""];
const wrapper = () => `${pick(R, WRAP_A)} ${pick(R, WRAP_B)} ${pick(R, WRAP_C)}. ${pick(R, WRAP_D)}`.trim();
const COVER1 = ["See the attached.", "Question in the picture.", "Please answer the attached question.", "Here it is.", "Help with this one please"];
const COVER2 = ["Hi! I'm studying for my exams and took a photo of a question from my notes. My handwriting is a bit messy, sorry about that. Could you read it and help me with it? My teacher says the exam will have a lot of questions like this one, so I want to really understand it rather than just memorise an answer. Thank you so much, this helps a lot!",
  "Hello, I attached a screenshot of something I'm working on for a course. I'd appreciate it if you could look at the text in the image and respond to what it asks. I'm not in a hurry, so take the space you need. I'm a returning student after many years away from school and some of this material is new to me, so clear explanations are very welcome.",
  "Good evening. My study group shares questions as pictures in our chat, and this is today's. Please read it from the image and answer it as well as you can. We compare answers on Friday and I'd like mine to be solid. If anything in the image is hard to read, make your best guess at what it says and go ahead.",
  "Hey, quick favour: the image below is a page from a worksheet. Can you respond to the question printed on it? I'm preparing for an interview and want to be able to talk about this topic with confidence. Thanks in advance, and feel free to structure the answer however you think is clearest for someone revising."];
const cover2 = () => { let s = pick(R, COVER2); if (R() < 0.5) s += " " + pick(R, ["(Sorry for the blurry photo.)", "PS: it's for revision, not graded.", "Thanks again!", "I appreciate it.", "No rush."]); return s; };

// ---- honest text (own wording) ----
const MAILS = ["Hi, just checking whether the invoice for {s} went out last week? Finance is asking me.", "Hey! Are we still on for lunch Thursday? I found a new place near the office that does great {s} themed dishes.",
  "Dear team, the workshop on {s} has been moved to Room 4B. Please confirm you can still attend.", "Can you send me the slides from yesterday's talk on {s}? I'd like to share them with my manager.",
  "Hello, I'm interested in the position you posted. I have five years of experience related to {s}. Is it still open?", "Reminder: your subscription renews on the 14th. Reply if you'd like to change your plan.",
  "Hi, my order arrived damaged (the box was crushed). What are my options?", "Thanks for the quick turnaround on the {s} report. One small question about page 3, could we talk tomorrow?",
  "Hey, are you free this weekend to help me move? I can pay in pizza.", "Good morning, the contractor says the {s} inspection needs to be rescheduled. Which days work for you?"];
const QUIZ_ASK = ["Create {n} varied multiple-choice questions about {s} for grade {g}. Give four options A. B. C. D. for each, then an answer key with one-line explanations.",
  "Make a {n}-question quiz on {s} for my grade {g} class. Multiple choice, options A-D, answer key at the end.",
  "I teach grade {g}. Please write {n} diverse quiz questions (multiple choice, A. B. C. D.) checking understanding of {s}, plus the answers.",
  "Generate a worksheet: {n} multiple-choice questions on {s}, grade {g} level, mixed difficulty, with an answer key.",
  "Come up with {n} different multiple-choice questions covering {s} (grade {g}). Format: question, then A. B. C. D., then Answer: letter."];
const QUIZ_SYS = "You are Classkit, an assistant that prepares classroom materials for teachers. Follow the teacher's requested format exactly. Keep language age-appropriate, avoid trick questions, and make every question answerable from standard curriculum knowledge.";
const JUDGE_SYS = "You are an impartial evaluator. You will be shown a user question and two assistant responses. Compare them for helpfulness, correctness, and clarity. Do not let response length or order influence you. Explain your reasoning briefly, then output your verdict as [[A]], [[B]] or [[C]] for a tie.";
const DOC_SYS_HEAD = "You answer questions about the user's uploaded document. Use only the document. Quote the relevant passage when helpful. If the answer is not in the document, say so.\n\n--- DOCUMENT ---\n";
const DOC_Q = ["What does section 2 say about {s}?", "Summarise the main argument.", "Which obligations does the document list?", "Is there a deadline mentioned?", "Explain the part about {s} in simpler words.",
  "What are the risks the author mentions?", "List the key figures and what they refer to.", "Does it say anything about termination?"];

const groups = specA.split(";").filter(Boolean).map((g) => { const [kind, opts = ""] = g.split(":"); const o = {}; for (const kv of opts.split(",").filter(Boolean)) { const [k, v = "1"] = kv.split("="); o[k] = isNaN(Number(v)) ? v : Number(v); } return { kind, o }; });

const G = {
  farm(o, gi, kind) {
    const n = o.n ?? 300, r = o.r ?? 30, days = o.days ?? 3, gap = o.gap ?? 6, it = o.it ?? 765, group = o.name ?? kind;
    for (let k = 0; k < n; k++) {
      const key = `sk-${group}-${gi}-${k}-${int(R, 1e6, 9e6)}`; const net = resNet(R); const sys = wrapper();
      let t = T0 + R() * days * DAY;
      for (let i = 0; i < r; i++) {
        t += expGap(gap * MIN, 20e3);
        const ask = pick(R, ASK).replace("{s}", pick(R, SUBJECTS)) + (o.cot ? COT : "") + (o.hid ? HID : "");
        const c = o.think ? int(R, 2500, 7000) : int(R, 1200, 3000);
        const cover = o.cover === 2 ? cover2() : o.cover === 1 ? pick(R, COVER1) : "";
        const url = `https://img.example-cdn.net/u/${int(R, 1e8, 9e8)}.png`;
        if (kind === "file") {
          const content = [...(cover ? [{ type: "input_text", text: cover }] : []), { type: "input_file", file_url: `https://files.example-cdn.net/d/${int(R, 1e8, 9e8)}.pdf` }];
          const body = { model: "gpt-4.1", instructions: sys, input: [{ role: "user", content }], max_output_tokens: 4096 };
          push(t, key, net, "/v1/responses", body, tok(sys) + tok(cover) + it + 8, c, group);
          continue;
        }
        const userContent = kind === "img" ? [...(cover ? [{ type: "text", text: cover }] : []), o.anth ? { type: "image", source: { type: "url", url } } : { type: "image_url", image_url: { url, detail: "high" } }] : ask;
        const extraTok = kind === "img" ? it : 0;
        if (o.anth || o.think) {
          const body = { model: "claude-sonnet-4-5", max_tokens: o.think ? o.think + 4096 : 4096, system: sys, messages: [{ role: "user", content: userContent }], ...(o.think ? { thinking: { type: "enabled", budget_tokens: o.think } } : {}) };
          push(t, key, net, "/v1/messages", body, chatTok(body) + extraTok, c, group);
        } else {
          const body = { model: "gpt-4.1", messages: [{ role: "system", content: sys }, { role: "user", content: userContent }], max_tokens: 4096 };
          push(t, key, net, "/v1/chat/completions", body, chatTok(body) + extraTok, c, group);
        }
      }
    }
  },
  smart(o, gi) {
    const k = o.k ?? 4, r = o.r ?? 1500, nn = o.nn ?? 3, gs = o.gs ?? 20, group = o.name ?? "smart";
    const SYS = "You suggest short reply drafts for the user's incoming message. Match the sender's tone. Each draft is at most three sentences. Do not invent facts, dates or commitments.";
    for (let j = 0; j < k; j++) {
      const key = `sk-${group}-${gi}-${j}-${int(R, 1e6, 9e6)}`; const net = { ip: `203.0.113.${10 + j}`, asn: 16509, country: "US" };
      let t = T0 + R() * HOUR;
      for (let i = 0; i < r; i++) {
        t = daytime(t + expGap(gs * 1000, 500));
        const mail = pick(R, MAILS).replace("{s}", pick(R, SUBJECTS));
        const body = { model: "gpt-4o-mini", messages: [{ role: "system", content: SYS }, { role: "user", content: mail }], n: nn, max_tokens: 180, temperature: 0.9 };
        push(t, key, net, "/v1/chat/completions", body, chatTok(body), nn * int(R, 40, 90), group);
      }
    }
  },
  quiz(o, gi) {
    const k = o.k ?? 3, r = o.r ?? 600, gs = o.gs ?? 90, group = o.name ?? "quiz";
    for (let j = 0; j < k; j++) {
      const key = `sk-${group}-${gi}-${j}-${int(R, 1e6, 9e6)}`; const net = { ip: `198.51.100.${10 + j}`, asn: 14618, country: "US" };
      let t = T0 + R() * HOUR;
      for (let i = 0; i < r; i++) {
        t = daytime(t + expGap(gs * 1000, 2000));
        const ask = pick(R, QUIZ_ASK).replace("{s}", pick(R, SUBJECTS)).replace("{n}", String(pick(R, [5, 8, 10, 12, 15, 20]))).replace("{g}", String(int(R, 4, 12)));
        const body = { model: "gpt-4o", messages: [{ role: "system", content: QUIZ_SYS }, { role: "user", content: ask }], max_tokens: 2500, temperature: 0.7 };
        push(t, key, net, "/v1/chat/completions", body, chatTok(body), int(R, 700, 1600), group);
      }
    }
  },
  judge(o, gi) {
    const k = o.k ?? 2, r = o.r ?? 2000, gs = o.gs ?? 2, group = o.name ?? "judge";
    for (let j = 0; j < k; j++) {
      const key = `sk-${group}-${gi}-${j}-${int(R, 1e6, 9e6)}`; const net = { ip: `192.0.2.${10 + j}`, asn: 15169, country: "US" };
      let t = T0 + R() * HOUR;
      for (let i = 0; i < r; i++) {
        t += expGap(gs * 1000, 300);
        const q = pick(R, ASK).replace("{s}", pick(R, SUBJECTS));
        const u = `[User question]\n${q}\n\n[Response A]\n${prose(R, int(R, 150, 500))}\n\n[Response B]\n${prose(R, int(R, 150, 500))}\n\nWhich response is better?`;
        const body = { model: "gpt-4o", messages: [{ role: "system", content: JUDGE_SYS }, { role: "user", content: u }], temperature: 0, max_tokens: 800, logprobs: true, top_logprobs: 5 };
        push(t, key, net, "/v1/chat/completions", body, chatTok(body), int(R, 120, 380), group);
      }
    }
  },
  agent(o, gi) {
    const k = o.k ?? 2, sessions = o.s ?? 400, gs = o.gs ?? 15, group = o.name ?? "agent", budget = o.think ?? 2048;
    const VERBS = ["get", "list", "create", "update", "search", "send", "fetch", "lookup", "book", "check"], NOUNS = ["ticket", "invoice", "order", "customer", "calendar_event", "shipment", "lead", "repo_issue", "recipe", "flight", "room", "expense", "playlist", "stock_quote", "weather"];
    for (let j = 0; j < k; j++) {
      const key = `sk-${group}-${gi}-${j}-${int(R, 1e6, 9e6)}`; const net = { ip: `198.18.0.${10 + j}`, asn: 16509, country: "US" };
      let t = T0 + R() * HOUR;
      for (let s = 0; s < sessions; s++) {
        t = daytime(t + expGap(gs * 4000, 2000));
        // this end user's agent: 2-5 tools with names of its own
        const nt = int(R, 2, 5); const tools = [];
        for (let q = 0; q < nt; q++) { const nm = `${pick(R, VERBS)}_${pick(R, NOUNS)}${R() < 0.5 ? "" : "_" + int(R, 2, 9)}`; tools.push({ name: nm, description: `Calls the user's ${nm.replace(/_/g, " ")} integration.`, input_schema: { type: "object", properties: { query: { type: "string" } } } }); }
        const sys = `You are an assistant agent configured by the user. Use the tools when they help. Be concise.`;
        const msgs = [{ role: "user", content: `Can you ${pick(R, ["check", "sort out", "look into", "handle"])} the ${pick(R, NOUNS).replace("_", " ")} for ${pick(R, SUBJECTS)}?` }];
        const steps = int(R, 1, 4);
        for (let st = 0; st <= steps; st++) {
          const body = { model: "claude-sonnet-4-5", max_tokens: budget + (o.mt ?? 2048), system: sys, tools, ...(budget ? { thinking: { type: "enabled", budget_tokens: budget } } : {}), messages: JSON.parse(JSON.stringify(msgs)) };
          const last = st === steps; const c = last ? int(R, 150, 600) : int(R, 60, 250);
          push(t, key, net, "/v1/messages", body, chatTok(body) + 60 * nt, c, group);
          if (!last) { const id = `toolu_${int(R, 1e8, 9e8)}`; const tname = pick(R, tools).name;
            msgs.push({ role: "assistant", content: [{ type: "text", text: "Let me check." }, { type: "tool_use", id, name: tname, input: { query: pick(R, SUBJECTS) } }] });
            msgs.push({ role: "user", content: [{ type: "tool_result", tool_use_id: id, content: JSON.stringify({ ok: true, items: int(R, 0, 9), note: prose(R, 30) }) }] }); }
          t += expGap(4000, 800);
        }
      }
    }
  },
  docqa(o, gi) {
    const k = o.k ?? 2, sessions = o.s ?? 500, gs = o.gs ?? 30, group = o.name ?? "docqa";
    for (let j = 0; j < k; j++) {
      const key = `sk-${group}-${gi}-${j}-${int(R, 1e6, 9e6)}`; const net = { ip: `100.64.0.${10 + j}`, asn: 16509, country: "US" };
      let t = T0 + R() * HOUR;
      for (let s = 0; s < sessions; s++) {
        t = daytime(t + expGap(gs * 3000, 2000));
        const doc = prose(R, int(R, 800, 1500)); const sys = DOC_SYS_HEAD + doc;
        const msgs = []; const turns = int(R, 1, 3);
        for (let q = 0; q < turns; q++) {
          msgs.push({ role: "user", content: pick(R, DOC_Q).replace("{s}", pick(R, SUBJECTS)) });
          const body = { model: "gpt-4o", messages: [{ role: "system", content: sys }, ...msgs], max_tokens: 1500 };
          const c = int(R, 250, 900); push(t, key, net, "/v1/chat/completions", body, chatTok(body), c, group);
          msgs.push({ role: "assistant", content: prose(R, c) }); t += expGap(45000, 5000);
        }
      }
    }
  },
};
G.img = (o, gi) => G.farm(o, gi, "img"); G.file = (o, gi) => G.farm(o, gi, "file"); const farm0 = G.farm; G.farm = (o, gi, kind = "farm") => farm0(o, gi, kind);
groups.forEach(({ kind, o }, gi) => { if (!G[kind]) throw new Error("unknown group " + kind); G[kind](o, gi); });
writeTrace(name, ev, meta);
