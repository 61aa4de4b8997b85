// Harvesting (distillation) campaigns of suite e. They are written as a well-funded team that
// knows a detector exists would run them: phrasing varied per request, honest-looking wrappers
// and parameters, human-like pacing where it matters, networks and keys rotated. The trace is
// replayed without feedback, so reactions to refusals (retries, key switches, slowing down) are
// encoded in the schedule itself.

import { Rng, Clock, PROFILE, WEEK, SEC, MIN, HOUR, DAY, START, END, TZ_BY_COUNTRY, RESIDENTIAL_BY_COUNTRY, key, host, pool, residential, outLen, humanGap, fill, uid, activity, tok } from "./core.ts";
import type { Ctx, Host } from "./core.ts";
import { chat, completion, responses, messages, embeddings, anthropicBatch, openaiBatchLines, latency } from "./api.ts";
import type { Msg, Req } from "./api.ts";
import { PACKS, LANGS, mathProblem, explainQ, sweepQ, tutorAnswer, chatAnswer } from "./text.ts";
import type { Pack } from "./text.ts";
import * as D from "./domain.ts";

function post(c: Ctx, ts: number, k: string, h: Host | null, path: string, q: Req): boolean {
  return c.t.add(ts, k, h, "POST", path, q.body, q.usage);
}

/** A payload in language p, with a reasoning ask placed and phrased differently each time. */
function cotPayload(r: Rng, p: Pack, opts: { hardShare?: number; cotShare?: number } = {}): string {
  const k = r.next();
  const hard = opts.hardShare ?? 0.2;
  let q: string;
  if (k < hard) q = D.hardProblem(r);
  else if (k < hard + (1 - hard) * 0.45) q = mathProblem(r, p);
  else if (k < hard + (1 - hard) * 0.8) q = explainQ(r, p);
  else q = sweepQ(r, p, r.pick(p.concepts), r.pick(p.aspects));
  if (!r.chance(opts.cotShare ?? 1)) return q;
  const ask = r.pick(p.cot);
  const form = r.int(0, 3);
  if (form === 0) return `${ask}\n\n${q}`;
  if (form === 1) return `${q}\n\n${ask}`;
  if (form === 2) return `${q} ${ask}`;
  return `${q}\n\n${ask} ${p.final}: ...`;
}

const CLOUDS = ["hetzner", "hetzner-fi", "ovh", "scaleway", "contabo", "vultr", "linode", "do-us", "do-de", "do-sg", "aws-us", "aws-sg", "aws-jp", "gcp-us", "gcp-asia", "oracle", "alibaba-sg", "tencent-sg", "tencent-hk", "azure-eu"];

// ============================================================ reasoning harvest, native in many languages, dressed as a tutoring app

export function reasoningPolyglot(c: Ctx) {
  const { r } = c;
  const langs = ["tr", "vi", "id", "pl", "ar", "th", "sw", "hi", "ko", "es", "zh", "ru"];
  const apps = ["StudyBuddy", "BrightPath", "Akademi+", "HocNhanh", "BelajarPintar", "Korepetytor", "Ustadh", "KruAI", "Somo", "Padhai", "Gongbu", "Tareas"];
  for (let i = 0; i < langs.length; i++) {
    const p = PACKS[langs[i]];
    const k = key(c, "svc");
    const viaRes = r.chance(0.35);
    const country = r.pick(p.countries);
    const hosts = viaRes ? [residential(r, country), residential(r, country)] : pool(r, r.pick(CLOUDS), 2);
    const tz = TZ_BY_COUNTRY[country];
    const sys = `You are ${apps[i]}, a study assistant for ${p.name}-speaking learners. ${r.pick(["Explain clearly and completely.", "Answer thoroughly, with every step written out.", "Be patient and precise; never skip steps."])} Reply in ${p.name}.`;
    const students = Array.from({ length: r.int(20, 60) }, () => uid(r, "stu_"));
    const model = r.pick(["gpt-4.1", "gpt-4.1", "gpt-4o", "gpt-4.1-mini"]);
    const ck = new Clock(PROFILE.student, WEEK.student, tz);
    const n = r.int(220, 300);
    for (const ts0 of ck.times(r, n)) {
      let ts = ts0;
      const q = cotPayload(r, p, { hardShare: r.pick([0.1, 0.2, 0.3]) });
      const msgs: Msg[] = [{ role: "system", content: r.chance(0.3) ? `${sys} ${r.pick(p.cot)}` : sys }];
      if (r.chance(0.15)) { // a fabricated earlier turn, to look like a conversation
        const prev = mathProblem(r, p);
        msgs.push({ role: "user", content: prev }, { role: "assistant", content: tutorAnswer(r, p, prev) });
      }
      msgs.push({ role: "user", content: q });
      const max = r.pick([3000, 4096, 4096, 6000]);
      post(c, ts, k, r.pick(hosts), "/v1/chat/completions", chat({ model, messages: msgs, max, temperature: r.pick([0.2, 0.3, 0.5]), stream: true, user: r.pick(students) }, outLen(r, 1300, max, 0.35)));
    }
  }
}

// ============================================================ logprob extraction: echo on /v1/completions, top_logprobs on chat

export function logprobScrape(c: Ctx) {
  const { r } = c;
  // two echo scrapers (text and token-ID prompts), two chat top_logprobs scrapers, one posing as an eval harness
  for (let i = 0; i < 5; i++) {
    const k = key(c, "openai");
    const hosts = pool(r, r.pick(CLOUDS), 3);
    const kind = ["echo-text", "echo-ids", "chat-top", "chat-top", "harness"][i];
    let ts = START + r.int(0, 10 * HOUR);
    const n = r.int(420, 560);
    for (let j = 0; j < n && ts < END; j++) {
      let q: Req;
      if (kind === "echo-text" || kind === "harness") {
        const texts = Array.from({ length: kind === "harness" ? 1 : r.int(1, 6) }, () => r.chance(0.5) ? D.passage(r, r.int(2, 8)) : D.anyInstruction(r) + "\n" + D.passage(r, 2));
        const prompt = kind === "harness" ? `Question: ${texts[0]}\nAnswer:` : texts.length === 1 ? texts[0] : texts;
        q = completion({ model: r.pick(["gpt-3.5-turbo-instruct", "davinci-002"]), prompt, max: r.pick([1, 1, 5, 16]), temperature: 0, logprobs: 5, echo: true }, r.int(1, 16));
      } else if (kind === "echo-ids") {
        const rows = Array.from({ length: r.int(2, 8) }, () => Array.from({ length: r.int(48, 256) }, () => r.int(200, 100255)));
        q = completion({ model: "davinci-002", prompt: rows, max: 1, temperature: 0, logprobs: 5, echo: true }, 1);
      } else {
        const lang = r.pick(LANGS);
        q = chat({ model: r.pick(["gpt-4.1-mini", "gpt-4o-mini", "gpt-4.1"]), messages: [{ role: "user", content: D.anyInstruction(r, lang) }], max: r.pick([1, 8, 16, 32, 64]), temperature: r.pick([0, 1]), logprobs: true, top_logprobs: 20 }, r.int(1, 64));
      }
      post(c, ts, k, r.pick(hosts), kind.startsWith("chat") ? "/v1/chat/completions" : "/v1/completions", q);
      // steady but not metronomic; nightly pauses for one of them
      ts += r.logn(kind === "harness" ? 6 * SEC : 11 * SEC, 0.6);
      if (r.chance(0.01)) ts += r.logn(2 * HOUR, 0.5);
    }
  }
}

// ============================================================ embeddings harvesting at volume

function embedText(r: Rng): string {
  const p = PACKS[r.pick(LANGS)];
  const k = r.int(0, 7);
  if (k === 0) return explainQ(r, p);
  if (k === 1) return mathProblem(r, p);
  if (k === 2) return r.pick(p.chat);
  if (k === 3) return sweepQ(r, p, r.pick(p.concepts), r.pick(p.aspects));
  if (k === 4) return D.passage(r, r.int(1, 2));
  if (k === 5) return r.pick(p.support) + " " + r.pick(p.follow);
  if (k === 6) return D.anyInstruction(r);
  return r.pick(D.TRANSLATION_SOURCES_EN);
}
export function embeddingHarvest(c: Ctx) {
  const { r } = c;
  for (let i = 0; i < 4; i++) {
    const k = key(c, "svc");
    const hosts = pool(r, r.pick(CLOUDS), 2);
    let ts = START + r.int(0, 6 * HOUR);
    const both = i === 1; // asks each text of both models (teacher pairs)
    const looksLikeIndexer = i === 3; // cadence of a backfill worker, 16-64 inputs
    const n = looksLikeIndexer ? 650 : r.int(380, 480);
    for (let j = 0; j < n && ts < END; j++) {
      const inputs = Array.from({ length: looksLikeIndexer ? r.int(16, 64) : r.int(32, 128) }, () => embedText(r));
      const model = both ? "text-embedding-3-large" : r.pick(["text-embedding-3-large", "text-embedding-3-large", "text-embedding-3-small"]);
      post(c, ts, k, r.pick(hosts), "/v1/embeddings", embeddings({ model, input: inputs, encoding_format: r.pick(["float", "base64"]) }));
      if (both) post(c, ts + r.int(100, 900), k, r.pick(hosts), "/v1/embeddings", embeddings({ model: "text-embedding-3-small", input: inputs, encoding_format: "float" }));
      ts += looksLikeIndexer ? r.logn(8 * SEC, 0.5) + (r.chance(0.02) ? r.logn(40 * MIN, 0.6) : 0) : r.logn(40 * SEC, 0.7);
    }
  }
}

// ============================================================ low-and-slow hydra: hundreds of keys on residential networks

export function hydra(c: Ctx) {
  const { r } = c;
  const countries = ["US", "BR", "IN", "ID", "VN", "TR", "PL", "DE", "TH", "KE", "EG", "PH", "MX", "GB", "FR", "ES", "KR", "JP", "NG", "AR"];
  const cw = [10, 6, 8, 6, 5, 4, 3, 3, 3, 2, 2, 3, 3, 3, 2, 2, 1, 1, 2, 1];
  const langOf: Record<string, string> = { BR: "pt", ID: "id", VN: "vi", TR: "tr", PL: "pl", DE: "de", TH: "th", KE: "sw", EG: "ar", MX: "es", FR: "fr", ES: "es", KR: "ko", JP: "ja", AR: "es", IN: "hi" };
  const keys = 320;
  for (let i = 0; i < keys; i++) {
    const country = r.pickW(countries, cw);
    const tz = TZ_BY_COUNTRY[country];
    const lang = r.chance(0.55) ? (langOf[country] ?? "en") : "en";
    const p = PACKS[lang];
    const provider = r.pickW(["chat", "messages", "responses"], [6, 3, 1]);
    const k = key(c, provider === "messages" ? "anthropic" : "openai");
    const net = r.pick(RESIDENTIAL_BY_COUNTRY[country]);
    // a paraphrased wrapper per key
    const sys = [r.pick(D.HYDRA_ROLES[lang] && r.chance(0.5) ? D.HYDRA_ROLES[lang] : D.HYDRA_ROLES.en), r.pick(D.HYDRA_STYLES), r.pick(D.HYDRA_EXTRAS)].filter(Boolean).join(" ") + (lang !== "en" && r.chance(0.6) ? ` Reply in ${p.name}.` : "");
    const wrap = r.pick(D.USER_WRAPS);
    const useSys = r.chance(0.75);
    const model = provider === "messages" ? r.pick(["claude-sonnet-4-5", "claude-haiku-4-5", "claude-sonnet-4-5"]) : provider === "responses" ? r.pick(["gpt-5", "gpt-5-mini", "gpt-4.1"]) : r.pick(["gpt-4.1", "gpt-4o", "gpt-4.1-mini", "o4-mini", "gpt-5-mini"]);
    const temperature = r.pick([undefined, 0.3, 0.5, 0.7, 1]);
    const max = r.pick([undefined, 2048, 4096, 4096, 8192]);
    const stream = r.chance(0.5);
    const cotShare = r.pick([0, 0.1, 0.3, 0.5]);
    const target = Math.max(8, Math.min(70, Math.round(r.logn(24, 0.5))));
    const startDay = r.int(0, 2);
    let day = startDay, done = 0;
    let h = host(r, net);
    while (done < target && day < 4) {
      const sessions = r.int(1, 4);
      for (let s = 0; s < sessions && done < target; s++) {
        // a session in the key's local waking hours
        let ts = START + day * DAY + ((r.pickW([9, 11, 13, 15, 17, 19, 20, 21, 22], [1, 1.5, 1.5, 1.5, 1.5, 2, 2, 2, 1]) - tz + 24) % 24) * HOUR + r.int(0, 59 * MIN);
        if (r.chance(0.3)) h = host(r, net); // a new lease from the ISP / the proxy's sticky session expired
        const len = r.int(1, 6);
        for (let j = 0; j < len && done < target; j++, done++) {
          const q = r.chance(cotShare) ? cotPayload(r, p, { hardShare: 0.25 }) : D.anyInstruction(r, lang);
          const u = fill(wrap, { q });
          const msgs: Msg[] = useSys && provider === "chat" ? [{ role: "system", content: sys }, { role: "user", content: u }] : [{ role: "user", content: useSys || provider !== "chat" ? u : `${sys}\n\n${u}` }];
          const out = outLen(r, 900, max ?? 8192, 0.5);
          if (provider === "messages") post(c, ts, k, h, "/v1/messages", messages({ model, max: max ?? 4096, system: useSys ? sys : undefined, messages: [{ role: "user", content: u }], temperature, stream }, out));
          else if (provider === "responses") post(c, ts, k, h, "/v1/responses", responses({ model, instructions: useSys ? sys : undefined, input: u, max, temperature, stream, store: false }, out));
          else post(c, ts, k, h, "/v1/chat/completions", chat({ model, messages: msgs, max, temperature, stream }, out));
          ts += latency(r, out) + humanGap(r, out, u.length) + r.logn(30 * SEC, 1);
        }
      }
      day += r.chance(0.7) ? 1 : 2;
    }
  }
}

// ============================================================ tool-calling trajectory harvesting

export function toolTrajectories(c: Ctx) {
  const { r } = c;
  const SYS = ["You are an AI agent that completes tasks for the user by calling the available tools. Think about which tool to call next; call tools in parallel when independent; when done, give a concise final answer.",
    "You are a capable assistant with tool access. Plan, act with tools, observe results, and finish with a summary for the user.",
    "Agent mode. Use the functions provided. Do not ask the user for information you can look up with a tool."];
  for (let i = 0; i < 6; i++) {
    const anth = i >= 3;
    const k = key(c, anth ? "anthropic" : "openai");
    const hosts = pool(r, r.pick(CLOUDS), 2);
    const patient = i % 2 === 0; // waits as long as real tools would take
    let ts = START + r.int(0, 8 * HOUR);
    const trajectories = r.int(55, 75);
    for (let t = 0; t < trajectories && ts < END; t++) {
      const task = D.agenticTask(r);
      const needed = task.tools.map((n) => D.WORLD_TOOLS.find((x) => x.name === n)!);
      const tools = r.shuffle([...new Set([...needed, ...r.sample(D.WORLD_TOOLS, r.int(3, 10))])]);
      const sys = r.pick(SYS);
      const msgs: Msg[] = [{ role: "user", content: task.text }];
      const steps = needed.length + 1;
      for (let s = 0; s < steps; s++) {
        const last = s === steps - 1;
        const out = last ? outLen(r, 350, 4096) : outLen(r, 120, 4096);
        if (anth) post(c, ts, k, r.pick(hosts), "/v1/messages", messages({ model: "claude-sonnet-4-5", max: 4096, system: sys, messages: msgs.slice(), tools: tools.map(D.anthropicTool), tool_choice: { type: "auto" }, temperature: 0.7 }, out));
        else post(c, ts, k, r.pick(hosts), "/v1/chat/completions", chat({ model: "gpt-4.1", messages: [{ role: "system", content: sys }, ...msgs], tools: tools.map(D.openaiTool), tool_choice: "auto", parallel_tool_calls: true, temperature: 0.7, max: 4096 }, out));
        if (last) break;
        const calls = [needed[s]];
        if (anth) {
          const blocks = calls.map((tl) => ({ type: "tool_use", id: "toolu_" + r.str(24), name: tl.name, input: D.toolArgs(r, tl) }));
          msgs.push({ role: "assistant", content: blocks });
          msgs.push({ role: "user", content: blocks.map((b) => ({ type: "tool_result", tool_use_id: b.id, content: D.toolResult(r, b.name) })) });
        } else {
          const tc = calls.map((tl) => ({ id: "call_" + r.str(24), type: "function", function: { name: tl.name, arguments: JSON.stringify(D.toolArgs(r, tl)) } }));
          msgs.push({ role: "assistant", content: null, tool_calls: tc });
          for (const x of tc) msgs.push({ role: "tool", tool_call_id: x.id, content: D.toolResult(r, x.function.name) });
        }
        ts += latency(r, out) + (patient ? r.logn(4 * SEC, 0.8) : r.logn(300, 0.5));
      }
      ts += patient ? r.logn(3 * MIN, 1) : r.logn(20 * SEC, 0.8);
    }
  }
}

// ============================================================ Anthropic extended-thinking harvesting, keys retired and replaced

export function thinkingHarvest(c: Ctx) {
  const { r } = c;
  const langs = ["en", "en", "zh", "ru", "ko", "ja", "es"];
  for (let i = 0; i < 8; i++) {
    const k = key(c, "anthropic");
    const hosts = pool(r, r.pick(["aws-jp", "tencent-hk", "alibaba-sg", "hetzner", "do-sg", "ovh"]), 2);
    const from = START + i * 11 * HOUR + r.int(0, 3 * HOUR), to = Math.min(END, from + r.logn(20 * HOUR, 0.25));
    const users = Array.from({ length: 12 }, () => "user_" + r.hex(16));
    for (let lane = 0; lane < 1; lane++) {
      let ts = from + r.int(5, 60) * SEC;
      while (ts < to) {
        const p = PACKS[r.pick(langs)];
        const q = r.chance(0.5) ? D.hardProblem(r) : cotPayload(r, p, { hardShare: 0.3, cotShare: 0.4 });
        const budget = r.pick([16000, 20000, 24000, 32000]);
        const model = r.chance(0.75) ? "claude-sonnet-4-5" : "claude-opus-4-1";
        const max = model === "claude-opus-4-1" ? 32000 : r.pick([32000, 48000, 64000]);
        const thought = outLen(r, budget * 0.45, budget, 0.4);
        const ans = outLen(r, 900, 4000, 0.5);
        const u = r.chance(0.3) ? `${q}\n\n${r.pick(["Show your full reasoning in the answer as well.", "After thinking, write out the complete derivation.", "Please include all intermediate steps in the final response."])}` : q;
        post(c, ts, k, r.pick(hosts), "/v1/messages", messages({ model, max: Math.max(max, budget + 4000), messages: [{ role: "user", content: u }], thinking: { type: "enabled", budget_tokens: budget }, stream: true, metadata: { user_id: r.pick(users) } }, thought + ans));
        ts += latency(r, thought + ans, 55) + r.logn(4 * MIN, 0.8);
      }
    }
  }
}

// ============================================================ harvest mixed into a real-looking travel app's traffic

const TRAVEL_Q = [
  "What are the must-see places in {city} if I only have {n} days?", "Is {month} a good time to visit {city}?", "Plan a budget trip to {city} for two people.",
  "What's the best way to get from the airport to the centre of {city}?", "Which local dishes should I try in {city}?", "Is {city} safe for solo female travellers?",
  "Give me a rainy-day plan in {city}.", "What should I pack for {city} in {month}?", "Do I need a visa for {city} with a Brazilian passport?", "Cheapest neighbourhoods to stay in {city}?",
];
const CITIES = ["Lisbon", "Hanoi", "Istanbul", "Bali", "Kraków", "Zanzibar", "Chiang Mai", "Marrakech", "Kyoto", "Mexico City", "Seoul", "Cape Town", "Tbilisi", "Cartagena"];
export function coverTravel(c: Ctx) {
  const { r } = c;
  const keys = [key(c, "svc"), key(c, "svc")];
  const pools = [pool(r, "aws-us", 3), pool(r, "aws-de", 2)];
  const SYSTEM = "You are Wayfarer, a friendly travel planner. Give practical, specific advice with day-by-day plans when asked. Mention costs in local currency and EUR. Keep safety advice factual. Answer in the user's language.";
  const users = Array.from({ length: 900 }, () => uid(r, "wf_"));
  const clocks = [new Clock(PROFILE.consumer, WEEK.consumer, -5), new Clock(PROFILE.consumer, WEEK.consumer, 1)];
  const total = 3000;
  for (let i = 0; i < total; i++) {
    const ki = r.chance(0.6) ? 0 : 1;
    const ts = clocks[ki].sample(r);
    const harvest = r.chance(0.3);
    const user = r.pick(users);
    let u: string, med: number;
    if (!harvest) {
      const lang = r.pickW(["en", "es", "pt", "de", "fr", "tr", "id"], [10, 2, 2, 1.5, 1, 1, 1]);
      u = fill(r.pick(TRAVEL_Q), { city: r.pick(CITIES), n: r.int(2, 7), month: r.pick(["March", "July", "October", "December"]) });
      if (lang !== "en" && r.chance(0.5)) u = r.pick(PACKS[lang].chat);
      med = 420;
    } else {
      const p = PACKS[r.pickW(["en", "es", "pt", "tr", "id", "vi", "ar"], [6, 1, 1, 1, 1, 1, 1])];
      u = r.chance(0.5) ? cotPayload(r, p, { hardShare: 0.15, cotShare: 0.6 }) : D.anyInstruction(r, p.code);
      if (r.chance(0.3)) u = `Before my trip I'm studying: ${u}`;
      med = 1000;
    }
    const out = outLen(r, med, 2000, 0.45);
    post(c, ts, keys[ki], r.pick(pools[ki]), "/v1/chat/completions", chat({ model: "gpt-4.1-mini", messages: [{ role: "system", content: SYSTEM }, { role: "user", content: u }], max: 2000, temperature: 0.7, stream: true, user }, out));
  }
}

// ============================================================ key rotation when refused; retries encoded in the schedule

export function keyRotation(c: Ctx) {
  const { r } = c;
  const langs = ["en", "en", "zh", "ru", "es", "pt"];
  // two workers, each burning through a queue of fresh accounts over the four days
  for (let lane = 0; lane < 2; lane++) {
    let ts = START + r.int(1, 5) * HOUR + lane * r.int(20, 90) * MIN;
    let gapMed = 1.2 * SEC, budget = 150;
    let carry: Req[] = [];
    for (let i = 0; i < 20 && ts < END; i++) {
      const k = key(c, r.chance(0.2) ? "legacy" : "openai");
      const net = r.pick(CLOUDS);
      const hosts = pool(r, net, r.int(1, 3));
      const model = r.pick(["gpt-4.1", "gpt-4o", "gpt-4.1"]);
      // first, the requests that were refused on the previous key
      for (const q of carry) { post(c, ts, k, r.pick(hosts), "/v1/chat/completions", q); ts += r.logn(0.8 * SEC, 0.4); }
      carry = [];
      const n = Math.max(20, Math.round(r.logn(budget, 0.3)));
      const sent: Req[] = [];
      for (let j = 0; j < n; j++) {
        const p = PACKS[r.pick(langs)];
        const u = r.chance(0.7) ? cotPayload(r, p, { hardShare: 0.3 }) : D.anyInstruction(r, p.code);
        const q = chat({ model, messages: [{ role: "user", content: u }], max: 4096, temperature: 0.7 }, outLen(r, 1100, 4096, 0.4));
        post(c, ts, k, r.pick(hosts), "/v1/chat/completions", q);
        sent.push(q);
        ts += r.logn(gapMed, 0.5);
      }
      // the key is refused: the client's retries (0.5 s, 1 s, 2 s with jitter) on the last requests
      const tail = sent.slice(-r.int(3, 8));
      for (const q of tail) {
        let rt = ts;
        for (let a = 0; a < r.int(2, 3); a++) { rt += (500 << a) + r.int(0, 300); post(c, rt, k, r.pick(hosts), "/v1/chat/completions", q); }
        ts += r.logn(400, 0.4);
      }
      carry = tail;
      // the operator needs a new account: minutes to hours; then a little slower each time
      ts += r.logn(75 * MIN, 0.9);
      gapMed *= 1.1; budget = Math.max(40, budget * 0.94);
    }
  }
}

// ============================================================ n-sampling for rejection sampling

export function nSampling(c: Ctx) {
  const { r } = c;
  for (let i = 0; i < 4; i++) {
    const k = key(c, "openai");
    const hosts = pool(r, r.pick(CLOUDS), 2);
    const disguise = i === 3; // dressed like an ad-copy variant tool
    let ts = START + r.int(0, 12 * HOUR);
    const n = r.int(200, 260);
    for (let j = 0; j < n && ts < END; j++) {
      const p = PACKS[r.pick(["en", "en", "zh", "es", "tr", "vi", "id"])];
      const nn = disguise ? r.pick([4, 5, 6, 8]) : r.pick([8, 10, 12, 16]);
      const u = r.chance(0.6) ? cotPayload(r, p, { hardShare: 0.4, cotShare: 0.5 }) : D.anyInstruction(r, p.code);
      const sys = disguise ? "You are AdSpark, a copywriter. Each variant must take a different angle." : r.pick(["You are a helpful assistant.", "Answer carefully.", "Solve the problem."]);
      const max = disguise ? r.pick([1024, 2048]) : r.pick([2048, 4096]);
      post(c, ts, k, r.pick(hosts), "/v1/chat/completions", chat({ model: r.pick(["gpt-4.1", "gpt-4.1-mini"]), messages: [{ role: "system", content: sys }, { role: "user", content: u }], max, temperature: r.pick([0.9, 1.0, 1.1]), n: nn }, outLen(r, 700, max, 0.4)));
      ts += r.logn(disguise ? 4 * MIN : 70 * SEC, 0.7);
    }
  }
}

// ============================================================ synthetic instruction generation: generate, evolve, answer

export function selfInstruct(c: Ctx) {
  const { r } = c;
  for (let i = 0; i < 5; i++) {
    const anth = i >= 3;
    const k = key(c, anth ? "anthropic" : "svc");
    const hosts = pool(r, r.pick(CLOUDS), 2);
    let ts = START + r.int(0, 18 * HOUR);
    const n = r.int(250, 320);
    for (let j = 0; j < n && ts < END; j++) {
      const stage = r.pickW(["gen", "evol", "answer"], [3, 2, 5]);
      const dom = r.pick(D.SELF_INSTRUCT_DOMAINS);
      let u: string, med: number, max: number;
      if (stage === "gen") {
        const lang = r.pick(["English", "English", "Turkish", "Vietnamese", "Indonesian", "Polish", "Arabic", "Thai", "Swahili", "Hindi", "Spanish"]);
        u = `${r.pick(["Generate", "Write", "Create", "Come up with"])} ${r.pick([10, 15, 20, 25])} ${r.pick(["diverse", "varied", "realistic, diverse", "challenging and diverse"])} ${r.pick(["instructions", "tasks", "user requests", "questions"])} that a user might give an AI assistant about ${dom}, written in ${lang}. ${r.pick(["Each must be self-contained.", "Vary length, difficulty and format.", "Mix open-ended and precise tasks."])} Return a JSON array of objects with the keys "instruction", "input" and "output"; make each output a complete, high-quality answer.`;
        med = 2600; max = 8000;
      } else if (stage === "evol") {
        u = `I want you to act as a prompt rewriter. Rewrite the given prompt into a more complex version by ${r.pick(D.EVOL_OPS)}. The rewritten prompt must stay reasonable and answerable by a human. Do not use the words "given prompt".\n\n#Prompt#:\n${D.anyInstruction(r)}\n\n#Rewritten Prompt#:`;
        med = 180; max = 1024;
      } else {
        u = D.anyInstruction(r) + (r.chance(0.5) ? ` (context: ${dom})` : "");
        med = 900; max = 4096;
      }
      const out = outLen(r, med, max, 0.4);
      if (anth) post(c, ts, k, r.pick(hosts), "/v1/messages", messages({ model: "claude-sonnet-4-5", max, messages: [{ role: "user", content: u }], temperature: stage === "answer" ? 0.7 : 1 }, out));
      else post(c, ts, k, r.pick(hosts), "/v1/chat/completions", chat({ model: r.pick(["gpt-4.1", "gpt-4o"]), messages: [{ role: "user", content: u }], max, temperature: stage === "answer" ? 0.7 : 1, response_format: stage === "gen" && r.chance(0.5) ? { type: "json_object" } : undefined }, out));
      ts += latency(r, out) / 4 + r.logn(15 * SEC, 0.9);
    }
  }
}

// ============================================================ topic sweep, paced like a person, dressed as a study app

export function humanPacedSweep(c: Ctx) {
  const { r } = c;
  const langs = ["tr", "vi", "id", "pl", "th", "ar", "sw", "hi"];
  for (const lang of langs) {
    const p = PACKS[lang];
    const k = key(c, "openai");
    const country = p.countries[0];
    const h = residential(r, country);
    const tz = TZ_BY_COUNTRY[country];
    const users = Array.from({ length: r.int(4, 10) }, () => uid(r, "stu_"));
    const SYSTEM = `You are a study companion for ${p.name}-speaking university students. Explain carefully and completely, with examples. Reply in ${p.name}.`;
    // the whole taxonomy, in order, with a little shuffling so it is not alphabetical
    const plan: [string, string][] = [];
    for (const cpt of r.shuffle(p.concepts.slice())) for (const a of r.shuffle(p.aspects.slice())) plan.push([cpt, a]);
    let idx = 0;
    let ts = START + ((8.5 - tz + 24) % 24) * HOUR + r.int(0, 40 * MIN);
    while (ts < END && idx < plan.length) {
      const act = activity(ts, PROFILE.office, WEEK.office, tz);
      if (act < 0.2) { ts += r.logn(25 * MIN, 0.5); continue; }
      const [cpt, a] = plan[idx++];
      let u = r.chance(0.5) ? sweepQ(r, p, cpt, a) : explainQ(r, p, cpt);
      if (r.chance(0.15)) u += " " + r.pick(p.cot);
      const max = r.pick([1500, 2000, 2500]);
      const out = outLen(r, 900, max, 0.35);
      post(c, ts, k, h, "/v1/chat/completions", chat({ model: "gpt-4.1-mini", messages: [{ role: "system", content: SYSTEM }, { role: "user", content: u }], max, temperature: 0.5, stream: true, user: r.pick(users) }, out));
      ts += latency(r, out) + r.logn(3.2 * MIN, 0.5) / Math.sqrt(act / 2);
      if (r.chance(0.03)) ts += r.logn(50 * MIN, 0.4); // a break
    }
  }
}

// ============================================================ logit_bias probing with a classifier's parameters

export function logitBiasProbe(c: Ctx) {
  const { r } = c;
  for (let i = 0; i < 3; i++) {
    const k = key(c, "svc");
    const hosts = pool(r, r.pick(CLOUDS), 2);
    let ts = START + r.int(0, 10 * HOUR);
    const SYSTEM = r.pick(["Classify the text and answer with one token.", "Label the message. Answer with the label only.", "Reply with a single word."]);
    const prompts = r.int(40, 55);
    for (let j = 0; j < prompts && ts < END; j++) {
      const text = r.chance(0.5) ? D.passage(r, r.int(1, 3)) : D.anyInstruction(r);
      const probes = r.int(12, 28);
      const model = r.pick(["gpt-4.1-nano", "gpt-4o-mini", "gpt-4.1-mini"]);
      for (let pr = 0; pr < probes; pr++) {
        const bias: Record<string, number> = {};
        const m = r.int(5, 10);
        for (let t = 0; t < m; t++) bias[String(r.int(200, 100000))] = r.chance(0.85) ? 100 : -100;
        post(c, ts, k, r.pick(hosts), "/v1/chat/completions", chat({ model, messages: [{ role: "system", content: SYSTEM }, { role: "user", content: text }], max: 1, temperature: 0, logprobs: true, top_logprobs: 5, logit_bias: bias }, 1));
        ts += r.logn(700, 0.6);
      }
      ts += r.logn(40 * SEC, 1);
    }
  }
}

// ============================================================ parallel corpus for MT distillation, dressed as a localisation service

export function parallelCorpus(c: Ctx) {
  const { r } = c;
  for (let i = 0; i < 3; i++) {
    const k = key(c, "svc");
    const hosts = pool(r, r.pick(["hetzner", "ovh", "azure-eu", "contabo"]), 3);
    let ts = START + r.int(0, 6 * HOUR);
    const targets = r.sample(D.TARGET_LANGS, r.int(8, 12));
    const n = r.int(90, 120);
    for (let j = 0; j < n && ts < END; j++) {
      const src = r.chance(0.4) ? D.passage(r, r.int(2, 6)) : r.chance(0.5) ? D.anyInstruction(r, "en") : explainQ(r, PACKS.en) + " " + D.passage(r, 2);
      const tl = r.sample(targets, r.int(5, targets.length));
      for (const tgt of tl) {
        const sys = r.pick([`Translate the user's text into ${tgt}. Output only the translation.`, `You are a professional translator. Render the text in natural ${tgt}, preserving meaning and formatting. Output the translation only.`, `Localise the following for a ${tgt}-speaking audience. Return only the localised text.`]);
        const out = outLen(r, tok(src) * (/Japanese|Chinese|Korean|Thai|Arabic|Vietnamese/.test(tgt) ? 1.6 : 1.25), 4096, 0.2);
        post(c, ts, k, r.pick(hosts), "/v1/chat/completions", chat({ model: "gpt-4.1", messages: [{ role: "system", content: sys }, { role: "user", content: src }], max: 4096, temperature: 0.3 }, out));
        ts += r.logn(1.2 * SEC, 0.6);
      }
      ts += r.logn(2.5 * MIN, 0.8);
    }
  }
}

// ============================================================ reasoning summaries through the Responses API (background, polled)

export function responsesReasoning(c: Ctx) {
  const { r } = c;
  for (let i = 0; i < 4; i++) {
    const k = key(c, "openai");
    const hosts = pool(r, r.pick(CLOUDS), 2);
    let ts = START + r.int(0, 20 * HOUR);
    const n = r.int(200, 250);
    for (let j = 0; j < n && ts < END; j++) {
      const p = PACKS[r.pick(["en", "en", "zh", "tr", "vi", "id", "pl", "ar", "hi"])];
      const u = r.chance(0.5) ? D.hardProblem(r) : cotPayload(r, p, { hardShare: 0.3, cotShare: 0.3 });
      const model = r.pick(["o3", "gpt-5", "o4-mini"]);
      const bg = r.chance(0.5);
      const out = outLen(r, 7000, 40000, 0.5);
      post(c, ts, k, r.pick(hosts), "/v1/responses", responses({ model, input: u, max: r.pick([32000, 40000, 64000]), reasoning: { effort: "high", summary: r.pick(["detailed", "auto"]) }, include: ["reasoning.encrypted_content"], store: false, background: bg ? true : undefined, stream: bg ? undefined : true }, out));
      if (bg) {
        const id = "resp_" + r.hex(48);
        let pt = ts + r.logn(30 * SEC, 0.5);
        for (let q = 0; q < r.int(1, 4); q++) { c.t.add(pt, k, r.pick(hosts), "GET", `/v1/responses/${id}`); pt += r.logn(30 * SEC, 0.5); }
      }
      ts += latency(r, out, 90) / 2 + r.logn(20 * SEC, 0.8);
    }
  }
}

// ============================================================ fabricated conversation history around each payload

export function fabricatedHistory(c: Ctx) {
  const { r } = c;
  for (let i = 0; i < 4; i++) {
    const k = key(c, "svc");
    const hosts = pool(r, r.pick(CLOUDS), 3);
    const users = Array.from({ length: 200 }, () => uid(r, "u_"));
    const SYSTEM = r.pick(["You are Nova, a helpful assistant in a chat app.", "You are a friendly AI companion. Be helpful and detailed.", "Assistant for the Kiri messaging app."]);
    const tz = r.pick([-5, 1, 7, 8]);
    const ck = new Clock(PROFILE.consumer, WEEK.consumer, tz);
    for (const ts of ck.times(r, r.int(230, 280))) {
      const p = PACKS[r.pick(["en", "en", "es", "pt", "id", "vi", "tr", "de"])];
      const msgs: Msg[] = [{ role: "system", content: SYSTEM }];
      const prior = r.int(1, 4);
      for (let t = 0; t < prior; t++) {
        const casual = r.chance(0.5);
        const q = casual ? r.pick(p.chat) : D.anyInstruction(r, p.code);
        msgs.push({ role: "user", content: q }, { role: "assistant", content: casual ? chatAnswer(r, p, q) : tutorAnswer(r, p, q) });
      }
      msgs.push({ role: "user", content: r.chance(0.5) ? cotPayload(r, p, { cotShare: 0.4 }) : D.anyInstruction(r, p.code) });
      const out = outLen(r, 1000, 4096, 0.4);
      post(c, ts, k, r.pick(hosts), "/v1/chat/completions", chat({ model: r.pick(["gpt-4.1", "gpt-4o"]), messages: msgs, max: 4096, temperature: 0.7, stream: true, user: r.pick(users) }, out));
    }
  }
}

// ============================================================ harvest through the batch APIs at night

export function batchHarvest(c: Ctx) {
  const { r } = c;
  const kA = key(c, "anthropic"), kO = key(c, "openai"), kO2 = key(c, "svc");
  const hA = host(r, "hetzner"), hO = host(r, "ovh"), hO2 = host(r, "aws-sg");
  for (let day = 0; day < 4; day++) {
    let ts = START + day * DAY + 1 * HOUR + r.int(0, 40 * MIN);
    for (let b = 0; b < r.int(1, 2); b++) {
      const items = Array.from({ length: r.int(250, 400) }, (_, i) => {
        const p = PACKS[r.pick(LANGS)];
        const think = r.chance(0.4);
        const budget = r.pick([8000, 12000, 16000]);
        return { id: `job-${day}-${b}-${i}`, req: messages({ model: "claude-sonnet-4-5", max: think ? budget + 4000 : 8000, messages: [{ role: "user", content: cotPayload(r, p, { hardShare: 0.3, cotShare: think ? 0.3 : 0.9 }) }], thinking: think ? { type: "enabled", budget_tokens: budget } : undefined }, outLen(r, think ? 6000 : 1400, think ? budget + 4000 : 8000, 0.4)) };
      });
      post(c, ts, kA, hA, "/v1/messages/batches", anthropicBatch(items));
      const id = "msgbatch_" + r.str(24);
      let pt = ts + 2 * MIN;
      for (let q = 0; q < r.int(10, 30); q++) { c.t.add(pt, kA, hA, "GET", `/v1/messages/batches/${id}`); pt += 2 * MIN + r.int(0, 3000); }
      c.t.add(pt, kA, hA, "GET", `/v1/messages/batches/${id}/results`);
      ts += r.int(5, 20) * MIN;
    }
    for (const [k, h] of [[kO, hO], [kO2, hO2]] as [string, Host][]) {
      ts = START + day * DAY + 2 * HOUR + r.int(0, 60 * MIN);
      const items = Array.from({ length: r.int(300, 500) }, (_, i) => {
        const p = PACKS[r.pick(LANGS)];
        return { id: `req-${i}`, req: chat({ model: "gpt-4.1", messages: [{ role: "system", content: "You are a helpful assistant." }, { role: "user", content: r.chance(0.6) ? cotPayload(r, p, { hardShare: 0.25 }) : D.anyInstruction(r, p.code) }], max: 4096, temperature: 0.7 }, outLen(r, 1100, 4096, 0.4)) };
      });
      // Trace format: the multipart upload and the POST /v1/batches cannot be carried by a trace; the
      // file's lines are given as the requests the guard checks, at upload time.
      r.hex(6); // the file name (kept so the seeded stream is unchanged)
      for (const x of openaiBatchLines(items)) post(c, ts + x.dt, k, h, "/v1/chat/completions", x.req);
      r.int(2, 8); r.str(22); // the POST /v1/batches delay and file id (idem)
      const bid = "batch_" + r.hex(32);
      let pt = ts + 10 * MIN;
      for (let q = 0; q < r.int(4, 12); q++) { c.t.add(pt, k, h, "GET", `/v1/batches/${bid}`); pt += 10 * MIN + r.int(0, 9000); }
      c.t.add(pt, k, h, "GET", `/v1/files/file-${r.str(22)}/content`);
    }
  }
}

export const HARVEST = [
  ["reasoning-polyglot-tutor", "distill", "reasoning-harvest", reasoningPolyglot],
  ["logprob-echo-scrape", "distill", "logprob-extraction", logprobScrape],
  ["embedding-harvest", "distill", "embeddings-harvest", embeddingHarvest],
  ["hydra-residential-low-slow", "distill", "hydra-low-and-slow", hydra],
  ["tool-trajectory-farm", "distill", "tool-trajectory-harvest", toolTrajectories],
  ["claude-thinking-farm", "distill", "extended-thinking-harvest", thinkingHarvest],
  ["travel-app-cover-traffic", "distill", "cover-traffic-mix", coverTravel],
  ["key-rotation-on-refusal", "distill", "key-rotation", keyRotation],
  ["n-sampling-harvest", "distill", "n-sampling", nSampling],
  ["self-instruct-factory", "distill", "synthetic-instructions", selfInstruct],
  ["human-paced-topic-sweep", "distill", "topic-sweep", humanPacedSweep],
  ["logit-bias-probe", "distill", "logit-bias-extraction", logitBiasProbe],
  ["parallel-corpus-mt", "distill", "parallel-corpus", parallelCorpus],
  ["responses-reasoning-summaries", "distill", "reasoning-summary-harvest", responsesReasoning],
  ["fabricated-history-chat", "distill", "fabricated-conversation", fabricatedHistory],
  ["batch-api-night-harvest", "distill", "batch-harvest", batchHarvest],
] as const;
