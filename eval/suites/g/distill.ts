// Harvesting scenarios of suite g (class "distill").
import { Rng, Sink, DAY, HOUR, MIN, SEC, START, DAYS, CURVES, TZ, drawTime, latency, tokens, pool, resiNet, cloudNet, openaiKey, anthropicKey, convId, callId, respId, type Net } from "./lib.ts";
import { BANK, LANGS, chatQ, askQ, studyQ, mathProblem, codeTask, prose, instruction, type Lang } from "./text.ts";
import { mkScn, post, get, userInput, respTurn, respBackground, approxTok, type Scn, type Chain, type InputStyle } from "./common.ts";

const CLOUDS = ["alibaba", "tencent", "vultr", "aws_sg", "aws_jp", "contabo", "ovh", "do", "oracle", "hetzner"];
const PRE = ["", "", "Question: ", "Task: ", "Please help with this. ", "Q> ", "[item] ", "Topic request - "];
const SUF = ["", "", " Be thorough.", " Answer in the language of the question.", " Think it through carefully.", " Give full detail, no shortcuts.", " Use headings and examples."];

/** A harvest payload: an ask in one of many languages, a problem, or a coding task. */
function payload(r: Rng, langs: readonly Lang[] = LANGS, mix = { ask: 5, math: 2, code: 2, study: 1 }): string {
  const k = r.weighted([["ask", mix.ask * 0.5], ["instr", mix.ask * 0.7], ["plain", mix.ask * 0.3], ["math", mix.math], ["code", mix.code], ["study", mix.study]] as const);
  if (k === "math") return mathProblem(r);
  if (k === "code") return codeTask(r);
  const l = r.pick(langs);
  if (k === "instr") return instruction(r, l);
  if (k === "plain") return chatQ(r, l);
  return k === "ask" ? askQ(r, l) : studyQ(r, l);
}
interface Wrap { pre: string; suf: string; style: InputStyle }
function wrapper(r: Rng): Wrap { return { pre: r.pick(PRE), suf: r.pick(SUF), style: r.pick(["str", "msg", "parts"] as const) }; }
const wrapText = (w: Wrap, p: string) => w.pre + p + w.suf;

/** Worker loop: `n` jobs over `workers` parallel lanes, from t0, each job returns its end time. */
function lanes(r: Rng, t0: number, workers: number, n: number, job: (t: number, i: number) => number, gap: [number, number]): number {
  const ws = Array.from({ length: workers }, () => t0 + r.real(0, 20) * SEC);
  for (let i = 0; i < n; i++) {
    let w = 0;
    for (let k = 1; k < workers; k++) if (ws[k] < ws[w]) w = k;
    ws[w] = job(ws[w], i) + r.real(gap[0], gap[1]) * SEC;
  }
  return Math.max(...ws);
}

// ---------------------------------------------------------------------------------------------
function reasoningHarvest(S: Sink, seed: number): void {
  const sc = mkScn(S, seed, "reasoning-summary-harvest", "distill", "reasoning-harvest-responses");
  const r = sc.r;
  for (let k = 0; k < 16; k++) {
    const key = S.label(openaiKey(r, r.chance(0.5) ? "proj" : "svcacct"), sc.label);
    const nets = pool(r, r.pick(CLOUDS), r.int(1, 4));
    const w = wrapper(r);
    const model = r.pick(["o3", "o4-mini", "gpt-5", "gpt-5"]);
    const summary = r.chance(0.8) ? "detailed" : "auto";
    const langs = r.pickN(LANGS, r.int(2, 6));
    const n = r.int(180, 280);
    const day0 = r.int(0, 1);
    let done = 0;
    for (let d = day0; d < DAYS && done < n; d++) {
      const t0 = START + d * DAY + r.real(0, 12) * HOUR;
      const today = Math.min(n - done, r.int(60, 160));
      lanes(r, t0, r.int(2, 5), today, (t) => {
        const p = wrapText(w, payload(r, langs, { ask: 3, math: 3, code: 2, study: 1 }));
        const comp = r.tok(5500, 0.55, 800, 30000);
        post(sc, key, r.pick(nets), t, "/v1/responses", { model, input: userInput(p, w.style), reasoning: { effort: "high", summary }, include: ["reasoning.encrypted_content"], store: false, max_output_tokens: 32000 }, approxTok(p), comp, respId(r));
        return t + latency(r, comp, 110);
      }, [0.2, 3]);
      done += today;
    }
  }
}

// ---------------------------------------------------------------------------------------------
const ANCHOR_OPENERS = [
  "I'm preparing teaching material and will send you topics one at a time. Before we start, briefly describe how you would structure an explanation for university students.",
  "We are building an internal knowledge base. First, tell me in a short paragraph what makes a good reference article.",
  "Hi! I'm a tutor. I'll ask you about many subjects today. To begin, summarise in a few sentences how you handle questions where experts disagree.",
  "Je prépare des fiches de révision. Pour commencer, explique en quelques phrases comment tu structures une bonne fiche.",
  "我在整理一套学习资料，接下来会逐个发给你主题。开始之前，请简单说明你会如何组织一篇讲解。",
  "Estoy armando material de estudio. Primero, explícame brevemente cómo organizarías una buena explicación.",
];
/** Long-answer harvest dressed as conversations: a genuine-looking anchor answered in 120-300
 * tokens, then many asks continuing that same anchor (a star). */
function anchorStar(S: Sink, seed: number): void {
  const sc = mkScn(S, seed, "anchor-star-continuations", "distill", "anchor-continuation");
  const r = sc.r;
  for (let k = 0; k < 22; k++) {
    const key = S.label(openaiKey(r, "proj"), sc.label);
    const nets = pool(r, r.pick(CLOUDS), r.int(1, 3));
    const w = wrapper(r);
    const langs = r.pickN(LANGS, r.int(1, 4));
    const model = r.pick(["gpt-4.1", "gpt-5", "gpt-4.1", "o4-mini"]);
    const anchors = r.int(3, 7);
    for (let a = 0; a < anchors; a++) {
      let t = START + r.real(0, DAYS * DAY - 8 * HOUR);
      const chain: Chain = { ctx: 0 };
      const op = r.pick(ANCHOR_OPENERS);
      const [anchor, end] = respTurn(sc, key, r.pick(nets), t, chain, { head: { model }, input: userInput(op, w.style), inTok: approxTok(op), completion: r.int(120, 300), tail: { store: true } });
      t = end + r.real(2, 30) * SEC;
      const base = chain.ctx;
      const asks = r.int(12, 38);
      lanes(r, t, r.int(1, 3), asks, (tt) => {
        const p = wrapText(w, payload(r, langs, { ask: 6, math: 1, code: 1, study: 1 }));
        const c: Chain = { ctx: base, last: anchor };
        const comp = r.tok(2200, 0.4, 600, 6000);
        const [, e] = respTurn(sc, key, r.pick(nets), tt, c, { head: { model }, input: userInput(p, w.style), inTok: approxTok(p), completion: comp, tail: { store: true, max_output_tokens: 8000 }, prev: anchor });
        return e;
      }, [1, 15]);
    }
  }
}

// ---------------------------------------------------------------------------------------------
/** Asks sent as tool outputs: the model is told to call next_item, answer, and call it again;
 * each next ask comes back as a function_call_output continuing the previous response. */
function toolOutputAsks(S: Sink, seed: number): void {
  const sc = mkScn(S, seed, "asks-as-tool-outputs", "distill", "tool-output-asks");
  const r = sc.r;
  const tools = [{ type: "function", name: "next_item", description: "Fetch the next work item from the queue", parameters: { type: "object", properties: { done_id: { type: "string" } }, required: [] } },
    { type: "function", name: "save_note", description: "Save a note", parameters: { type: "object", properties: { text: { type: "string" } }, required: ["text"] } }];
  const instr = "You are a documentation worker. Call next_item to get a work item, write a complete, detailed answer to it, then call next_item again with its id. Never stop early.";
  for (let k = 0; k < 10; k++) {
    const key = S.label(openaiKey(r, "svcacct"), sc.label);
    const nets = pool(r, r.pick(CLOUDS), 2);
    const langs = r.pickN(LANGS, r.int(2, 5));
    const model = r.pick(["gpt-4.1", "gpt-5", "gpt-5-mini"]);
    const chains = r.int(28, 48);
    for (let c = 0; c < chains; c++) {
      let t = START + r.real(0, DAYS * DAY - 4 * HOUR);
      const chain: Chain = { ctx: 0 };
      const head = { model, instructions: instr };
      const tail = { tools, tool_choice: "auto", store: true };
      const go = "Start.";
      [, t] = respTurn(sc, key, r.pick(nets), t, chain, { head, input: go, inTok: 3, overhead: tokens(instr) + 120, completion: r.int(14, 30), tail });
      const depth = r.int(3, 9);
      for (let d = 0; d < depth; d++) {
        t += r.real(0.2, 1.5) * SEC;
        const item = JSON.stringify({ id: "it_" + r.hex(8), task: payload(r, langs) });
        const comp = r.tok(1900, 0.4, 500, 5000);
        [, t] = respTurn(sc, key, r.pick(nets), t, chain, { head, input: [{ type: "function_call_output", call_id: callId(r), output: item }], inTok: tokens(item) + 8, overhead: tokens(instr) + 120, completion: comp, tail });
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
/** Background-mode harvest: asker keys submit and never read; collector keys on other networks
 * retrieve each answer (some poll first). */
function backgroundCollectors(S: Sink, seed: number): void {
  const sc = mkScn(S, seed, "background-collector-harvest", "distill", "background-collectors");
  const r = sc.r;
  const collectors = Array.from({ length: 5 }, () => ({ key: S.label(openaiKey(r, "svcacct"), sc.label), nets: pool(r, r.pick(CLOUDS), 2) }));
  for (let k = 0; k < 30; k++) {
    const key = S.label(openaiKey(r, "proj"), sc.label);
    const net = r.chance(0.5) ? cloudNet(r, r.pick(CLOUDS)) : resiNet(r, r.pick(["US", "IN", "ID", "BR", "VN", "TR"]));
    const w = wrapper(r);
    const langs = r.pickN(LANGS, r.int(2, 6));
    const model = r.pick(["o3", "gpt-5", "o4-mini", "gpt-4.1"]);
    const reasoning = model === "gpt-4.1" ? undefined : { effort: "high", summary: r.pick(["detailed", "auto"]) };
    const n = r.int(35, 80);
    let t = START + r.real(0, 2.5 * DAY);
    for (let i = 0; i < n; i++) {
      const p = wrapText(w, payload(r, langs));
      const comp = r.tok(3200, 0.5, 600, 20000);
      const chain: Chain = { ctx: 0 };
      const tail: Record<string, unknown> = { store: true };
      if (reasoning) tail.reasoning = reasoning;
      const [id, prompt] = respBackground(sc, key, net, t, chain, { head: { model }, input: userInput(p, w.style), inTok: approxTok(p), completion: comp, tail });
      const col = r.pick(collectors);
      const done = t + latency(r, comp, 60);
      if (r.chance(0.3)) { const tp = t + r.real(5, 40) * SEC; if (tp < done) get(sc, col.key, r.pick(col.nets), tp, `/v1/responses/${id}`); }
      get(sc, col.key, r.pick(col.nets), Math.max(t + r.real(1, 25) * MIN, done + r.real(1, 10) * SEC), `/v1/responses/${id}`, prompt, comp, id);
      t += r.real(20, 120) * SEC;
      if (r.chance(0.03)) t += r.real(2, 8) * HOUR;
    }
  }
}

// ---------------------------------------------------------------------------------------------
/** Key farm: hundreds of keys, tens of requests each over days, residential proxies. */
function keyFarm(S: Sink, seed: number): void {
  const sc = mkScn(S, seed, "responses-key-farm", "distill", "hydra");
  const r = sc.r;
  const countries = ["US", "IN", "ID", "BR", "VN", "TR", "MX", "NG", "EG", "KE", "DE", "GB", "FR", "ES", "JP", "KR"];
  const nk = r.int(250, 270);
  for (let k = 0; k < nk; k++) {
    const ant = r.chance(0.12);
    const key = S.label(ant ? anthropicKey(r) : openaiKey(r, r.pick(["proj", "proj", "legacy"] as const)), sc.label);
    const w = wrapper(r);
    const c = r.pick(countries);
    const langs = r.pickN(LANGS, r.int(1, 3));
    const model = r.pick(["gpt-4.1", "gpt-5-mini", "gpt-5", "o4-mini", "gpt-4.1-mini"]);
    const n = r.int(12, 38);
    const start = START + r.real(0, DAYS * DAY * 0.7);
    let t = start;
    const chain: Chain = { ctx: 0 };
    for (let i = 0; i < n; i++) {
      const net = resiNet(r, r.chance(0.75) ? c : r.pick(countries));
      const p = wrapText(w, payload(r, langs));
      const comp = r.tok(1800, 0.5, 300, 8000);
      if (ant) {
        post(sc, key, net, t, "/v1/messages", { model: r.pick(["claude-sonnet-4-5", "claude-opus-4-1"]), max_tokens: 8192, messages: [{ role: "user", content: p }] }, approxTok(p), comp);
        t += latency(r, comp);
      } else if (i > 0 && r.chance(0.2) && chain.last) {
        const f = r.pick(["Go deeper on the second point.", "Give two more worked examples.", r.pick(BANK[r.pick(langs)].cont)]);
        [, t] = respTurn(sc, key, net, t, chain, { head: { model }, input: f, inTok: approxTok(f), completion: r.tok(1500, 0.4, 300, 5000) });
      } else {
        chain.ctx = 0; chain.last = undefined;
        [, t] = respTurn(sc, key, net, t, chain, { head: { model }, input: userInput(p, w.style), inTok: approxTok(p), completion: comp, tail: r.chance(0.5) ? { max_output_tokens: 8000 } : undefined });
      }
      t += r.chance(0.2) ? r.real(1, 10) * HOUR : r.logn(90, 1) * SEC;
    }
  }
}

// ---------------------------------------------------------------------------------------------
/** A genuine-looking study chat app whose key also carries injected harvest asks. */
function appMixedHarvest(S: Sink, seed: number): void {
  const sc = mkScn(S, seed, "study-app-mixed-harvest", "distill", "mixed-app-harvest");
  const r = sc.r;
  const key = S.label(openaiKey(r, "proj"), sc.label);
  const nets = pool(r, "aws_sg", 3);
  const instructions = "You are StudyPal, a helpful study companion. Explain clearly, adapt to the student's level and language.";
  const langTz: [Lang, number][] = [["en", -5], ["id", 7], ["vi", 7], ["hi", 5.5], ["zh", 8], ["ko", 9], ["ar", 3], ["es", -3]];
  const nConv = r.int(900, 1000);
  for (let c = 0; c < nConv; c++) {
    const [lang, tz] = r.pick(langTz);
    let t = drawTime(r, CURVES.student, tz);
    const chain: Chain = { ctx: 0 };
    const harvest = r.chance(0.3);
    const turns = harvest ? r.int(1, 3) : Math.min(15, 1 + Math.floor(r.exp(3)));
    for (let i = 0; i < turns; i++) {
      const text = harvest ? payload(r, LANGS, { ask: 6, math: 1, code: 1, study: 2 }) : i === 0 ? chatQ(r, lang) : r.pick(BANK[lang].follow);
      const comp = harvest ? r.tok(2400, 0.35, 800, 6000) : r.tok(300, 0.6, 25, 1500);
      [, t] = respTurn(sc, key, r.pick(nets), t, chain, { head: { model: "gpt-4.1-mini", instructions }, input: userInput(text, "msg"), inTok: approxTok(text), overhead: tokens(instructions), completion: comp, tail: { stream: true, store: true, safety_identifier: "s_" + r.hex(10) } });
      t += harvest ? r.real(1, 6) * SEC : r.logn(40, 0.8) * SEC;
    }
  }
}

// ---------------------------------------------------------------------------------------------
/** Multilingual harvest dressed as dialogues: each turn a new unrelated ask, chained by
 * previous_response_id, restarted every few turns to keep the bill down. */
function multilingualDialogues(S: Sink, seed: number): void {
  const sc = mkScn(S, seed, "multilingual-dialogue-chains", "distill", "multilingual-chains");
  const r = sc.r;
  const groups: Lang[][] = [["zh", "ja", "ko"], ["ar", "tr", "sw"], ["hi", "id", "vi"], ["es", "pt", "fr"], ["zh", "ar", "hi"], ["ko", "vi", "id"]];
  for (let k = 0; k < 12; k++) {
    const key = S.label(openaiKey(r, "proj"), sc.label);
    const langs = groups[k % groups.length];
    const home = r.pick(["CN", "SA", "IN", "ID", "VN", "KR", "TR", "EG"]);
    const cloud = r.chance(0.5);
    const nets = cloud ? pool(r, r.pick(CLOUDS), 2) : [resiNet(r, home), resiNet(r, home)];
    const model = r.pick(["gpt-4.1", "gpt-5", "gpt-5-mini"]);
    const dialogues = r.int(40, 65);
    for (let d = 0; d < dialogues; d++) {
      let t = drawTime(r, CURVES.awake, TZ[home] ?? 8);
      const chain: Chain = { ctx: 0 };
      const turns = r.int(3, 6);
      for (let i = 0; i < turns; i++) {
        const l = r.pick(langs);
        const q = r.chance(0.5) ? askQ(r, l) : r.chance(0.5) ? instruction(r, l) : chatQ(r, l);
        const text = i === 0 ? r.pick(BANK[l].hi) + "\n" + q : (r.chance(0.3) ? r.pick(BANK[l].follow) + " " : "") + q;
        const comp = r.tok(2000, 0.4, 500, 6000);
        [, t] = respTurn(sc, key, r.pick(nets), t, chain, { head: { model }, input: userInput(text, "msg"), inTok: approxTok(text), completion: comp, tail: { store: true, temperature: r.pick([0.7, 0.9, 1]) } });
        t += r.real(3, 40) * SEC;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
/** "continue" chains: a long document requested with a capped budget, then pieced together. */
function continueChains(S: Sink, seed: number): void {
  const sc = mkScn(S, seed, "continue-chain-longform", "distill", "continuation-chains");
  const r = sc.r;
  const books = ["a complete undergraduate textbook chapter on {t}", "a full study guide on {t} with exercises and solutions", "a long-form encyclopedic article on {t}", "a detailed technical handbook section on {t}"];
  for (let k = 0; k < 8; k++) {
    const key = S.label(openaiKey(r, "proj"), sc.label);
    const nets = pool(r, r.pick(CLOUDS), 2);
    const l = r.pick(LANGS);
    const model = r.pick(["gpt-4.1", "gpt-5-mini", "gpt-4.1-mini"]);
    const cap = r.pick([1500, 2000, 2500, 3000]);
    const docs = r.int(25, 45);
    for (let d = 0; d < docs; d++) {
      let t = START + r.real(0, DAYS * DAY - 6 * HOUR);
      const chain: Chain = { ctx: 0 };
      const topic = r.pick(BANK[l].topics);
      const text = `Write ${r.pick(books).replace("{t}", topic)}. Write in ${l === "en" ? "English" : "the language of the topic name"}. Do not summarise; I will ask you to continue.`;
      const pieces = r.int(4, 12);
      for (let i = 0; i < pieces; i++) {
        const inp = i === 0 ? text : r.pick(BANK[l].cont);
        const last = i === pieces - 1;
        const comp = last ? r.int(200, cap) : cap;
        [, t] = respTurn(sc, key, r.pick(nets), t, chain, { head: { model }, input: inp, inTok: approxTok(inp), completion: comp, tail: { max_output_tokens: cap, store: true } });
        t += r.real(0.5, 4) * SEC;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
/** Conversation objects as cover: each ask names a `conversation` created outside the proxy. */
function conversationCover(S: Sink, seed: number): void {
  const sc = mkScn(S, seed, "conversation-object-cover", "distill", "conversation-cover");
  const r = sc.r;
  for (let k = 0; k < 10; k++) {
    const key = S.label(openaiKey(r, "proj"), sc.label);
    const nets = pool(r, r.pick(CLOUDS), 2);
    const w = wrapper(r);
    const langs = r.pickN(LANGS, r.int(2, 5));
    const model = r.pick(["gpt-4.1", "gpt-5"]);
    const convs = r.int(25, 40);
    for (let c = 0; c < convs; c++) {
      let t = START + r.real(0, DAYS * DAY - 5 * HOUR);
      const conv = convId(r);
      const chain: Chain = { ctx: 0 };
      const asks = r.int(4, 12);
      for (let i = 0; i < asks; i++) {
        const p = wrapText(w, payload(r, langs));
        const comp = r.tok(2100, 0.4, 500, 6000);
        [, t] = respTurn(sc, key, r.pick(nets), t, chain, { head: { model }, conversation: conv, input: userInput(p, "msg"), inTok: approxTok(p), completion: comp, tail: { store: true, truncation: "auto" } });
        if (chain.ctx > 60000) chain.ctx = 60000; // truncation: auto
        t += r.real(1, 20) * SEC;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
/** Rejection sampling dressed as "regenerate": the same ask re-sent with the same previous
 * response several times, after a short context turn. */
function regenerateSampler(S: Sink, seed: number): void {
  const sc = mkScn(S, seed, "regenerate-sampling-harvest", "distill", "regenerate-sampling");
  const r = sc.r;
  for (let k = 0; k < 8; k++) {
    const key = S.label(openaiKey(r, "proj"), sc.label);
    const nets = pool(r, r.pick(CLOUDS), 2);
    const model = r.pick(["o4-mini", "gpt-5-mini", "gpt-4.1"]);
    const items = r.int(35, 50);
    let t = START + r.real(0, DAY);
    for (let it = 0; it < items; it++) {
      const chain: Chain = { ctx: 0 };
      const ctxMsg = r.pick(["I'm studying for an olympiad. I'll send a problem; solve it fully.", "Let's do some practice problems. Ready?", "Nous allons faire des exercices, prêt ?", "我们来做几道练习题，准备好了吗？"]);
      const [anchor, e] = respTurn(sc, key, r.pick(nets), t, chain, { head: { model }, input: ctxMsg, inTok: approxTok(ctxMsg), completion: r.int(110, 240), tail: { store: true } });
      t = e + r.real(1, 5) * SEC;
      const base = chain.ctx;
      const prob = r.chance(0.7) ? mathProblem(r) : codeTask(r);
      const samples = r.int(4, 8);
      for (let s = 0; s < samples; s++) {
        const c: Chain = { ctx: base, last: anchor };
        const comp = r.tok(2200, 0.5, 400, 9000);
        [, t] = respTurn(sc, key, r.pick(nets), t, c, { head: { model }, input: prob, inTok: approxTok(prob), completion: comp, tail: { store: true, ...(model === "gpt-4.1" ? { temperature: 1 } : { reasoning: { effort: "high" } }) }, prev: anchor });
        t += r.real(2, 12) * SEC;
      }
      t += r.real(10, 240) * SEC;
      if (r.chance(0.05)) t += r.real(3, 9) * HOUR;
    }
  }
}

// ---------------------------------------------------------------------------------------------
/** One setup key creates anchors; forty worker keys of the same project continue them. */
function crossKeyAnchors(S: Sink, seed: number): void {
  const sc = mkScn(S, seed, "cross-key-anchor-farm", "distill", "cross-key-anchors");
  const r = sc.r;
  const setup = S.label(openaiKey(r, "svcacct"), sc.label);
  const setupNet = cloudNet(r, "hetzner");
  const anchors: { id: string; ctx: number }[] = [];
  let t = START + r.real(1, 3) * HOUR;
  for (let a = 0; a < 60; a++) {
    const chain: Chain = { ctx: 0 };
    const op = r.pick(ANCHOR_OPENERS);
    const [id, e] = respTurn(sc, setup, setupNet, t, chain, { head: { model: "gpt-4.1" }, input: op, inTok: approxTok(op), completion: r.int(130, 320), tail: { store: true } });
    anchors.push({ id, ctx: chain.ctx });
    t = e + r.real(1, 4) * SEC;
    if (a === 29) t = START + DAY + r.real(1, 3) * HOUR; // second batch of anchors next day
  }
  for (let k = 0; k < 40; k++) {
    const key = S.label(openaiKey(r, "proj"), sc.label);
    const net = r.chance(0.5) ? cloudNet(r, r.pick(CLOUDS)) : resiNet(r, r.pick(["US", "IN", "BR", "ID"]));
    const w = wrapper(r);
    const langs = r.pickN(LANGS, r.int(1, 4));
    const n = r.int(30, 80);
    let tt = START + r.real(4 * HOUR, DAYS * DAY * 0.5);
    for (let i = 0; i < n; i++) {
      const an = anchors[r.int(tt > START + DAY + 4 * HOUR ? 0 : 0, tt > START + DAY + 4 * HOUR ? 59 : 29)];
      const p = wrapText(w, payload(r, langs));
      const c: Chain = { ctx: an.ctx, last: an.id };
      const comp = r.tok(2000, 0.45, 400, 7000);
      [, tt] = respTurn(sc, key, net, tt, c, { head: { model: "gpt-4.1" }, input: userInput(p, w.style), inTok: approxTok(p), completion: comp, tail: { store: true }, prev: an.id });
      tt += r.real(5, 90) * SEC;
    }
  }
}

// ---------------------------------------------------------------------------------------------
/** Human-paced sweep: people paid to ask long questions in the app-like way, residential. */
function humanPacedSweep(S: Sink, seed: number): void {
  const sc = mkScn(S, seed, "human-paced-sweep", "distill", "human-paced-sweep");
  const r = sc.r;
  const homes: [string, Lang[]][] = [["IN", ["hi", "en"]], ["ID", ["id", "en"]], ["VN", ["vi"]], ["KE", ["sw", "en"]], ["EG", ["ar"]], ["TR", ["tr"]], ["BR", ["pt"]], ["CN", ["zh"]], ["KR", ["ko"]], ["JP", ["ja"]]];
  for (let k = 0; k < 40; k++) {
    const key = S.label(openaiKey(r, "proj"), sc.label);
    const [c, langs] = r.pick(homes);
    const net = resiNet(r, c);
    const model = r.pick(["gpt-5", "gpt-4.1", "o4-mini"]);
    for (let d = 0; d < DAYS; d++) {
      if (r.chance(0.15)) continue;
      let t = drawTime(r, CURVES.office, TZ[c], 1, d);
      const n = r.int(10, 30);
      const chain: Chain = { ctx: 0 };
      for (let i = 0; i < n; i++) {
        const l = r.pick(langs);
        const follow = chain.last && r.chance(0.2);
        const text = follow ? r.pick([...BANK[l].follow, ...BANK[l].cont]) : r.chance(0.45) ? askQ(r, l) : r.chance(0.5) ? instruction(r, l) : chatQ(r, l) + r.pick(SUF);
        if (!follow) { chain.ctx = 0; chain.last = undefined; }
        const comp = r.tok(1900, 0.45, 300, 6000);
        [, t] = respTurn(sc, key, net, t, chain, { head: { model }, input: userInput(text, "msg"), inTok: approxTok(text), completion: comp, tail: { stream: true } });
        t += r.logn(110, 0.6) * SEC;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
/** Agent-trajectory harvest: fake coding-agent loops with varied tool sets, long tool inputs
 * and solutions, to collect trajectories (tool results fabricated by the harvester). */
function agentTrajectoryHarvest(S: Sink, seed: number): void {
  const sc = mkScn(S, seed, "agent-trajectory-harvest", "distill", "agent-trajectories");
  const r = sc.r;
  const toolNames = ["read_file", "run_tests", "search_docs", "query_db", "http_get", "list_dir", "edit_file", "run_python", "get_weather", "book_flight", "send_email", "calc"];
  for (let k = 0; k < 6; k++) {
    const key = S.label(openaiKey(r, "proj"), sc.label);
    const nets = pool(r, r.pick(CLOUDS), 3);
    const model = r.pick(["gpt-5", "o4-mini", "gpt-4.1"]);
    const traj = r.int(50, 75);
    let t = START + r.real(0, 12) * HOUR;
    for (let j = 0; j < traj; j++) {
      const tools = r.pickN(toolNames, r.int(3, 7)).map((n) => ({ type: "function", name: n, description: `Tool ${n}`, parameters: { type: "object", properties: { arg: { type: "string" } }, required: ["arg"] } }));
      const task = r.chance(0.5) ? codeTask(r) : payload(r, LANGS);
      const chain: Chain = { ctx: 0 };
      const head = { model };
      const tail: Record<string, unknown> = { tools, tool_choice: r.pick(["auto", "required"]), store: true };
      if (model !== "gpt-4.1") tail.reasoning = { effort: "high", summary: "detailed" };
      let input: unknown = task;
      let inTok = approxTok(task);
      const steps = r.int(3, 8);
      for (let s = 0; s < steps; s++) {
        const last = s === steps - 1;
        const comp = last ? r.tok(2500, 0.4, 600, 8000) : r.tok(500, 0.6, 80, 3000);
        [, t] = respTurn(sc, key, r.pick(nets), t, chain, { head, input, inTok, overhead: 60 * tools.length, completion: comp, visible: Math.round(comp * 0.5), tail });
        if (last) break;
        const out = JSON.stringify({ result: r.pick(["ok", "3 rows", "200 OK", "AssertionError", "file saved"]), data: r.str(r.int(40, 600)) });
        input = [{ type: "function_call_output", call_id: callId(r), output: out }];
        inTok = tokens(out) + 8;
        t += r.real(0.1, 0.8) * SEC;
      }
      t += r.real(2, 30) * SEC;
      if (r.chance(0.04)) t += r.real(2, 6) * HOUR;
    }
  }
}

// ---------------------------------------------------------------------------------------------
/** Fabricated history as Responses input items (store: false, no stored chain): a made-up
 * earlier exchange in front of every ask, varied per request. */
function fabricatedInputItems(S: Sink, seed: number): void {
  const sc = mkScn(S, seed, "fabricated-history-input-items", "distill", "fabricated-history");
  const r = sc.r;
  for (let k = 0; k < 8; k++) {
    const key = S.label(openaiKey(r, "svcacct"), sc.label);
    const nets = pool(r, r.pick(CLOUDS), 2);
    const langs = r.pickN(LANGS, r.int(2, 5));
    const model = r.pick(["gpt-4.1", "gpt-5", "gpt-5-mini"]);
    const n = r.int(220, 320);
    const t0 = START + r.real(0, DAY);
    lanes(r, t0, r.int(1, 3), n, (t) => {
      const l = r.pick(langs);
      const q0 = chatQ(r, l);
      const a0 = r.pick(BANK[l].follow) + " " + r.pick(BANK[l].topics) + ".";
      const turns = r.int(1, 3);
      const items: unknown[] = [];
      let tok = 0;
      for (let i = 0; i < turns; i++) {
        const q = i === 0 ? q0 : r.pick(BANK[l].follow);
        const a = i === 0 ? a0 : prose(r, "en", r.int(20, 140));
        items.push({ role: "user", content: q }, { role: "assistant", content: a });
        tok += approxTok(q) + approxTok(a);
      }
      const p = payload(r, langs);
      items.push({ role: "user", content: p });
      tok += approxTok(p);
      const comp = r.tok(2100, 0.45, 400, 7000);
      post(sc, key, r.pick(nets), t, "/v1/responses", { model, input: items, store: false, max_output_tokens: 8000 }, tok, comp, respId(r));
      return t + latency(r, comp);
    }, [0.5, 25]);
  }
}

export const DISTILL = [reasoningHarvest, anchorStar, toolOutputAsks, backgroundCollectors, keyFarm, appMixedHarvest, multilingualDialogues, continueChains, conversationCover, regenerateSampler, crossKeyAnchors, humanPacedSweep, agentTrajectoryHarvest, fabricatedInputItems];
void MIN; void chatQ; void respId; void anthropicKey;
