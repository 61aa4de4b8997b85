// Harvesters of suite A: competitors collecting a model's outputs for training, trying not to be noticed.
import { Rng, PROFILES, diurnalTs, cap, fill, tok, randStr, T0, T_END, HOUR, MIN, SEC, genMs, cloudNet, pickIsp, ispIp } from "./lib.ts";
import type { Net } from "./lib.ts";
import type { Ctx, Scenario } from "./helpers.ts";
import { clean, humanGap, workerSchedule, toolCallId, toolUseId, thinkingSig, assistantProse, tzOf, TZ } from "./helpers.ts";
import * as B from "./banks.ts";
import type { Lang } from "./banks.ts";
import * as D from "./banks_distill.ts";
import type { XLang } from "./banks_distill.ts";

const DAYS = [0, 1, 2];
const resNet = (r: Rng, ctx: Ctx, country?: string | string[]): Net => {
  const isp = pickIsp(r, ctx.isps, country);
  return { ip: ispIp(r, isp), asn: isp.asn, country: isp.country };
};

// ---------------------------------------------------------------- 1. native-language reasoning harvest (TR, VI, ID, PL, AR)

const multilingualReasoning: Scenario = {
  name: "multilingual-reasoning-harvest",
  cls: "distill",
  family: "reasoning-multilingual",
  run(ctx, r) {
    const plan: { lang: XLang; cc: string }[] = [
      { lang: "tr", cc: "TR" }, { lang: "tr", cc: "TR" }, { lang: "vi", cc: "VN" }, { lang: "id", cc: "ID" },
      { lang: "pl", cc: "PL" }, { lang: "ar", cc: "SA" }, { lang: "ar", cc: "EG" }, { lang: "id", cc: "ID" },
    ];
    for (const p of plan) {
      const key = ctx.sink.key(r, this.name, this.cls, this.family, "proj");
      const bank = D.XBANKS[p.lang];
      // half the keys look like a local app backend, half come from local consumer ISPs
      const nets = r.chance(0.5) ? [cloudNet(r, r.pick([2, 4])), cloudNet(r, 4)] : [resNet(r, ctx, p.cc), resNet(r, ctx, p.cc)];
      const tz = TZ[p.cc][0];
      const system = r.pick(bank.system);
      const model = r.pick(["gpt-4o", "gpt-4.1"]);
      const activeDays = r.chance(0.5) ? DAYS : r.sample(DAYS, 2);
      for (const day of activeDays) {
        const n = r.int(55, 85);
        for (let i = 0; i < n; i++) {
          const ts = diurnalTs(r, day, tz, PROFILES.student);
          const net = r.pick(nets);
          if (r.chance(0.18)) {
            // cover traffic: small talk in the same language
            ctx.sink.emit(ts, key, net, "/v1/chat/completions", { model, messages: [{ role: "system", content: system }, { role: "user", content: r.pick(bank.casual) }], temperature: 0.7, max_tokens: 512 }, r.int(15, 120));
            continue;
          }
          const q = r.chance(0.45) ? r.pick(bank.math)(r) : r.pick(bank.concepts);
          const demands = r.sample(bank.demand, r.int(1, 2)).join(" ");
          const user = r.chance(0.5) ? `${q}\n\n${demands}` : `${demands}\n\n${q}`;
          const max = r.pick([3000, 4096, 4096, 6000]);
          ctx.sink.emit(ts, key, net, "/v1/chat/completions", { model, messages: [{ role: "system", content: system }, { role: "user", content: user }], temperature: r.pick([0.6, 0.7, 0.8]), max_tokens: max }, cap(r.logn(1300, 0.4), max));
        }
      }
    }
  },
};

// ---------------------------------------------------------------- 2. logprob extraction (short outputs, echo)

const logprobExtraction: Scenario = {
  name: "logprob-extraction",
  cls: "distill",
  family: "logprobs",
  run(ctx, r) {
    // (a) prompt scoring through /v1/completions with echo: whole passages, no or one generated token
    for (let k = 0; k < 2; k++) {
      const key = ctx.sink.key(r, this.name, this.cls, this.family, "legacy");
      const net = cloudNet(r, r.pick([0, 3, 6]));
      for (const day of DAYS) {
        // a job that paces itself to look like a steady service, a bit quieter at night
        const n = r.int(100, 130);
        for (let i = 0; i < n; i++) {
          const ts = diurnalTs(r, day, 0, PROFILES.business);
          const batch = r.chance(0.35);
          const prompt = batch ? Array.from({ length: r.int(4, 12) }, () => D.passage(r, r.int(2, 6))) : D.passage(r, r.int(3, 9));
          const maxT = r.pick([0, 0, 1, 1, 5]);
          const body = { model: "gpt-3.5-turbo-instruct", prompt, echo: true, logprobs: 5, max_tokens: maxT, temperature: 0 };
          ctx.sink.emit(ts, key, net, "/v1/completions", body, Array.isArray(prompt) ? maxT * prompt.length : maxT);
        }
      }
    }
    // (b) a "classifier" that asks short questions across every domain and reads 20 alternatives per token
    const clsSys = "You are a precise classification and QA engine. Answer with a single word, number or label. No explanations.";
    for (let k = 0; k < 2; k++) {
      const key = ctx.sink.key(r, this.name, this.cls, this.family, "svc");
      const net = cloudNet(r, r.pick([1, 7]));
      for (const day of DAYS) {
        const n = r.int(110, 150);
        for (let i = 0; i < n; i++) {
          const ts = diurnalTs(r, day, -5, PROFILES.business);
          if (r.chance(0.2)) {
            // cover: real-looking ticket routing, like an honest classifier
            const body = { model: "gpt-4o-mini", messages: [{ role: "system", content: `Classify the message into: ${B.TICKET_LABELS.join(", ")}. Reply with the label only.` }, { role: "user", content: fill(r.pick(B.TICKET_TEXTS), { num: r.int(1e5, 999999), code: "SAVE10" }) }], max_tokens: 1, temperature: 0, logprobs: true, top_logprobs: 5 };
            ctx.sink.emit(ts, key, net, "/v1/chat/completions", body, 1);
            continue;
          }
          const s = D.diverseSentence(r);
          const q = fill(r.pick(D.SHORT_ANSWER_QS), { c: r.pick(D.COUNTRIES_Q), s, s2: s.replace(/\s+\S+\.$/, " ..."), a: r.int(10, 9999), b: r.int(10, 9999), t: r.pick(B.ALL_TOPICS) });
          const maxT = r.pick([1, 1, 2, 3, 5, 8]);
          const body = { model: r.pick(["gpt-4o", "gpt-4o-mini"]), messages: [{ role: "system", content: clsSys }, { role: "user", content: q }], max_tokens: maxT, temperature: 0, logprobs: true, top_logprobs: 20 };
          ctx.sink.emit(ts, key, net, "/v1/chat/completions", body, r.int(1, maxT));
        }
      }
    }
    // (c) next-token distributions over short continuations
    for (let k = 0; k < 2; k++) {
      const key = ctx.sink.key(r, this.name, this.cls, this.family, "proj");
      const net = resNet(r, ctx, ["US", "CA", "GB"]);
      const tz = k === 0 ? -5 : 0;
      for (const day of DAYS) {
        const n = r.int(70, 100);
        for (let i = 0; i < n; i++) {
          const ts = diurnalTs(r, day, tz, PROFILES.dev);
          const maxT = r.pick([16, 24, 32, 48]);
          const body = { model: "gpt-4o", messages: [{ role: "user", content: `Continue the text naturally for one sentence:\n\n${D.passage(r, r.int(2, 5))}` }], max_tokens: maxT, temperature: r.pick([0, 0, 1]), logprobs: true, top_logprobs: 20, seed: r.int(1, 10) };
          ctx.sink.emit(ts, key, net, "/v1/chat/completions", body, cap(r.int(10, 40), maxT));
        }
      }
    }
  },
};

// ---------------------------------------------------------------- 3. embeddings harvest

const embeddingHarvest: Scenario = {
  name: "embedding-harvest",
  cls: "distill",
  family: "embeddings",
  run(ctx, r) {
    // four keys, each carries the job for part of the window (rotated), looking like a nightly indexer plus searches
    const keys = Array.from({ length: 4 }, () => ({ k: ctx.sink.key(r, this.name, this.cls, this.family, "svc"), net: cloudNet(r, r.pick([0, 2, 3, 6])) }));
    const span = (T_END - T0) / keys.length;
    keys.forEach((key, idx) => {
      const start = T0 + idx * span + r.int(0, 40) * MIN;
      const end = start + span * r.float(0.9, 1.1);
      let ts = start;
      while (ts < end) {
        const hour = new Date(ts).getUTCHours();
        // slower during European business hours, faster overnight, to blend with "re-indexing"
        const gap = hour >= 8 && hour < 18 ? r.int(240, 720) * SEC : r.int(80, 240) * SEC;
        if (r.chance(0.12)) {
          ctx.sink.emit(ts, key.k, key.net, "/v1/embeddings", { model: "text-embedding-3-large", input: r.pick(B.SEARCH_QUERIES) }, 0);
        } else {
          const n = r.pick([64, 96, 128, 128, 192, 256]);
          const input = Array.from({ length: n }, () => (r.chance(0.3) ? D.passage(r, r.int(2, 4)) : D.diverseSentence(r)));
          ctx.sink.emit(ts, key.k, key.net, "/v1/embeddings", clean({ model: "text-embedding-3-large", input, encoding_format: r.chance(0.5) ? "base64" : undefined, dimensions: r.chance(0.3) ? 3072 : undefined }), 0);
        }
        ts += gap;
      }
    });
  },
};

// ---------------------------------------------------------------- 4. low-and-slow hydra

const hydra: Scenario = {
  name: "hydra-low-and-slow",
  cls: "distill",
  family: "hydra",
  run(ctx, r) {
    const countries = ["US", "US", "US", "GB", "CA", "DE", "FR", "ES", "NL", "IT", "BR", "MX", "IN", "AU", "SE", "PL", "PT", "IE", "AR", "CO", "PH", "MY", "TH", "ZA", "RO", "CZ"];
    const casual = ["thanks", "hi", "what's a good name for a coffee shop", "tell me a joke", "what day is it today", "recommend a movie for tonight", "how long to boil an egg", "write a haiku about rain"];
    for (let i = 0; i < 200; i++) {
      const cc = r.pick(countries);
      let net = resNet(r, ctx, cc);
      const tz = tzOf(r, cc);
      const route = r.weighted([["chat", 7], ["responses", 2], ["messages", 2]] as const);
      const key = ctx.sink.key(r, this.name, this.cls, this.family, route === "messages" ? "ant" : r.pick(["proj", "legacy"] as const));
      const wrapper = D.hydraWrapper(r);
      const model = route === "messages" ? r.pick(["claude-sonnet-4-5", "claude-opus-4-1"]) : route === "responses" ? r.pick(["o4-mini", "gpt-4.1", "o3"]) : r.pick(["gpt-4o", "gpt-4.1", "gpt-4o", "gpt-4.1-mini"]);
      const temp = r.pick([undefined, 0.3, 0.5, 0.7, 0.7, 0.9, 1]);
      const maxT = r.pick([1500, 2000, 2500, 3000, 4096]);
      const topP = r.chance(0.2) ? r.pick([0.9, 0.95]) : undefined;
      const total = r.int(10, 28);
      const firstDay = r.chance(0.6) ? 0 : 1;
      let sent = 0;
      let ts = diurnalTs(r, firstDay, tz, PROFILES.consumer);
      while (sent < total && ts < T_END) {
        const burst = Math.min(total - sent, r.int(1, 5));
        for (let b = 0; b < burst; b++) {
          const casualTurn = r.chance(0.15);
          const text = casualTurn ? r.pick(casual) : fill(r.pick(D.ANGLES), { t: r.pick(B.ALL_TOPICS) });
          const completion = casualTurn ? r.int(10, 150) : cap(r.logn(1100, 0.35), maxT);
          if (route === "chat") ctx.sink.emit(ts, key, net, "/v1/chat/completions", clean({ model, messages: [{ role: "system", content: wrapper }, { role: "user", content: text }], temperature: temp, top_p: topP, max_tokens: maxT }), completion);
          else if (route === "responses") ctx.sink.emit(ts, key, net, "/v1/responses", clean({ model, instructions: wrapper, input: text, max_output_tokens: maxT + 2000, reasoning: model.startsWith("o") ? { effort: r.pick(["medium", "high"]) } : undefined, temperature: model.startsWith("o") ? undefined : temp }), completion + (model.startsWith("o") ? r.int(200, 1500) : 0));
          else ctx.sink.emit(ts, key, net, "/v1/messages", clean({ model, max_tokens: maxT, system: wrapper, messages: [{ role: "user", content: text }], temperature: temp }), completion);
          sent++;
          ts += genMs(r, completion) + humanGap(r, 90, 0.9, 10, 1800);
        }
        // next sitting: a few hours later, still inside a plausible waking window
        ts += r.logn(4 * HOUR, 0.6);
        const localHour = (new Date(ts).getUTCHours() + tz + 24) % 24;
        if (localHour < 7) ts += (7 - localHour) * HOUR + r.int(0, 4 * 60) * MIN;
        if (r.chance(0.1)) net = resNet(r, ctx, cc); // mobile/ISP address change
      }
    }
  },
};

// ---------------------------------------------------------------- 5. tool-calling trajectory harvest

const toolTrajectories: Scenario = {
  name: "tool-trajectory-harvest",
  cls: "distill",
  family: "tool-trajectories",
  run(ctx, r) {
    const appNames = ["OpsPilot", "Taskwise", "Agentic Desk", "FlowMate", "Relay"];
    for (let k = 0; k < 5; k++) {
      const anth = k >= 3;
      const key = ctx.sink.key(r, this.name, this.cls, this.family, anth ? "ant" : "proj");
      const net = cloudNet(r, r.pick([0, 1, 2, 5]));
      const app = appNames[k];
      const system = `You are ${app}, an assistant that completes tasks for users by calling tools. Think about which tool to call, call it with precise arguments, read the result, and continue until the task is done. Then give the user a brief summary.`;
      const trajectories = r.int(50, 70);
      for (let j = 0; j < trajectories; j++) {
        const day = r.int(0, 2);
        let ts = diurnalTs(r, day, r.pick([-5, 1]), PROFILES.business);
        const dom = D.toolDomain(r);
        // distractor tools from other domains so every request carries a different tool set
        const names = new Set(dom.tools.map((t) => t.name));
        const extra = D.toolDomain(r).tools.filter((t) => !names.has(t.name)).slice(0, r.int(0, 3));
        const tools = r.shuffle([...dom.tools, ...extra]);
        const steps = r.int(2, 6);
        const oa: any[] = [{ role: "system", content: system }, { role: "user", content: dom.task }];
        const an: any[] = [{ role: "user", content: dom.task }];
        for (let s = 0; s < steps; s++) {
          const last = s === steps - 1;
          const completion = last ? r.logn(220, 0.4) : r.int(40, 160);
          if (anth) {
            ctx.sink.emit(ts, key, net, "/v1/messages", { model: "claude-sonnet-4-5", max_tokens: 4096, system, tools: tools.map((t) => ({ name: t.name, description: t.description, input_schema: t.parameters })), messages: an.slice() }, completion);
          } else {
            ctx.sink.emit(ts, key, net, "/v1/chat/completions", { model: "gpt-4.1", messages: oa.slice(), tools: tools.map((t) => ({ type: "function", function: t })), tool_choice: "auto", temperature: r.pick([0, 0.2, 0.7]) }, completion);
          }
          if (last) break;
          const calls = r.chance(0.3) ? 2 : 1;
          const picked = Array.from({ length: calls }, () => r.pick(dom.tools));
          if (anth) {
            const uses = picked.map((t) => ({ type: "tool_use", id: toolUseId(r), name: t.name, input: D.fakeArgs(r, t) }));
            an.push({ role: "assistant", content: [{ type: "text", text: `I'll ${r.pick(["check", "look up", "start with"])} ${picked[0].name.replace(/_/g, " ")}.` }, ...uses] });
            an.push({ role: "user", content: uses.map((u, i) => ({ type: "tool_result", tool_use_id: u.id, content: D.fakeToolResult(r, picked[i]) })) });
          } else {
            const tc = picked.map((t) => ({ id: toolCallId(r), type: "function", function: { name: t.name, arguments: JSON.stringify(D.fakeArgs(r, t)) } }));
            oa.push({ role: "assistant", content: null, tool_calls: tc });
            tc.forEach((c, i) => oa.push({ role: "tool", tool_call_id: c.id, content: D.fakeToolResult(r, picked[i]) }));
          }
          // tool results are simulated by the harvester: almost no delay between steps
          ts += genMs(r, completion, 80) + r.int(80, 600);
        }
      }
    }
  },
};

// ---------------------------------------------------------------- 6. Anthropic extended-thinking harvest

const thinkingHarvest: Scenario = {
  name: "anthropic-thinking-harvest",
  cls: "distill",
  family: "thinking",
  run(ctx, r) {
    const systems = [
      "You are Sage, a research assistant for graduate students. Be rigorous and precise.",
      "You are a careful problem-solving assistant used by an online learning platform.",
      "You help analysts reason through hard questions. State assumptions and check your work.",
    ];
    for (let k = 0; k < 5; k++) {
      const key = ctx.sink.key(r, this.name, this.cls, this.family, "ant");
      const net = k < 3 ? cloudNet(r, r.pick([0, 2, 5])) : resNet(r, ctx, ["US", "GB", "DE"]);
      const tz = r.pick([-5, 0, 1]);
      const system = systems[k % systems.length];
      for (const day of DAYS) {
        const n = r.int(40, 60);
        for (let i = 0; i < n; i++) {
          const ts = diurnalTs(r, day, tz, PROFILES.office);
          if (r.chance(0.2)) {
            // cover: ordinary short questions without thinking
            ctx.sink.emit(ts, key, net, "/v1/messages", { model: "claude-sonnet-4-5", max_tokens: 1024, system, messages: [{ role: "user", content: r.pick(["Can you reformat this as a bulleted list? " + assistantProse(r, 40), "What's a good title for a talk about " + r.pick(B.ALL_TOPICS) + "?", "Summarise in one sentence: " + assistantProse(r, 60)]) }] }, r.int(30, 200));
            continue;
          }
          const budget = r.pick([10000, 12000, 16000, 16000, 24000, 32000]);
          const max = budget + r.pick([4000, 6000, 8000]);
          const q = r.chance(0.6) ? r.pick(D.HARD_PROBLEMS)(r) : fill(r.pick(D.ANGLES), { t: r.pick(B.ALL_TOPICS) });
          const thinking = Math.min(budget, r.logn(budget * 0.55, 0.35));
          ctx.sink.emit(ts, key, net, "/v1/messages", { model: r.pick(["claude-opus-4-1", "claude-sonnet-4-5"]), max_tokens: max, thinking: { type: "enabled", budget_tokens: budget }, system, messages: [{ role: "user", content: q }] }, cap(thinking + r.logn(1400, 0.4), max));
        }
      }
    }
  },
};

// ---------------------------------------------------------------- 7. education-app mimic

const MIMIC_TUTOR_SYSTEM = `You are LearnLoop, a supportive tutor for high-school and university students.
Guidelines:
- Explain every solution step by step, numbering each step and justifying it.
- Give the complete worked solution and the final answer, then a short recap of the method.
- Answer in the language the student uses.
- Where useful, mention a common mistake and how to avoid it.
Student level: {level}.`;

const tutorMimic: Scenario = {
  name: "tutor-app-mimic",
  cls: "distill",
  family: "app-mimic",
  run(ctx, r) {
    // keys are rotated: each carries roughly one day, with overlap at the changeover
    const keys = Array.from({ length: 4 }, () => ({ k: ctx.sink.key(r, this.name, this.cls, this.family, "proj"), nets: [cloudNet(r, 0), cloudNet(r, 0)] }));
    const langs: [Lang, number][] = [["en", 0.72], ["es", 0.1], ["fr", 0.09], ["de", 0.09]];
    const grid = B.ALL_TOPICS.flatMap((t) => D.ANGLES.slice(0, 4).map((a) => fill(a, { t })));
    r.shuffle(grid);
    let gi = 0;
    for (const day of DAYS) {
      const n = r.int(330, 380);
      for (let i = 0; i < n; i++) {
        const lang = r.weighted(langs);
        const ts = diurnalTs(r, day, lang === "en" ? r.pick([-5, -6, -8]) : 1, PROFILES.student);
        const actualDay = Math.floor((ts - T0) / 86400_000);
        const hourFrac = (ts - T0 - actualDay * 86400_000) / 86400_000;
        const key = keys[Math.min(3, actualDay + (hourFrac > 0.8 && r.chance(0.5) ? 1 : 0))];
        const system = fill(MIMIC_TUTOR_SYSTEM, { level: r.pick(["high school", "first-year university", "advanced high school", "A-level"]) });
        const roll = r.next();
        let messages: any[];
        let completion: number;
        if (roll < 0.2) {
          // cover traffic: real-looking student follow-ups
          const q = B.studentQuestion(r, lang);
          messages = [{ role: "system", content: system }, { role: "user", content: q.q }, { role: "assistant", content: B.tutorAnswer(r, lang, cap(q.size * r.logn(1, 0.3), 1200)) }, { role: "user", content: B.studentFollowUp(r, lang) }];
          completion = r.int(60, 350);
        } else if (roll < 0.55 || lang !== "en") {
          const q = B.studentQuestion(r, lang);
          const push = lang === "en" ? r.pick([" Please give the full worked solution.", " Show all steps and explain each one.", " Explain every step in detail."]) : lang === "fr" ? " Détaillez toutes les étapes." : lang === "de" ? " Bitte alle Schritte ausführlich erklären." : " Explica todos los pasos en detalle.";
          messages = [{ role: "system", content: system }, { role: "user", content: q.q + push }];
          completion = q.size * r.logn(2.4, 0.3);
        } else {
          messages = [{ role: "system", content: system }, { role: "user", content: grid[gi++ % grid.length] }];
          completion = r.logn(1300, 0.35);
        }
        const max = 3000;
        ctx.sink.emit(ts, key.k, r.pick(key.nets), "/v1/chat/completions", { model: "gpt-4o", messages, temperature: 0.5, max_tokens: max, user: "stu_" + randStr(r, 12, "0123456789abcdef") }, cap(completion, max));
      }
    }
  },
};

// ---------------------------------------------------------------- 8. content-writing mimic

const MIMIC_WRITER_SYSTEM = `You are the writing engine of Copyforge, a content platform for marketing teams. Produce original, well-organised, publication-ready text in the requested format and tone. Use headings and short paragraphs for web content. Be comprehensive: cover the topic in depth, include examples and practical advice.`;

const writerMimic: Scenario = {
  name: "writer-app-mimic",
  cls: "distill",
  family: "app-mimic",
  run(ctx, r) {
    const keys = Array.from({ length: 3 }, () => ({ k: ctx.sink.key(r, this.name, this.cls, this.family, "proj"), net: cloudNet(r, 1) }));
    // systematic coverage: every subject x format, plus general-knowledge explainers dressed as articles
    const combos: string[] = [];
    for (const s of [...B.WRITE_SUBJECTS, ...B.ALL_TOPICS]) for (const f of B.WRITE_FORMATS.slice(0, 6)) combos.push(`${f}|${s}`);
    r.shuffle(combos);
    let ci = 0;
    for (const day of DAYS) {
      const n = r.int(230, 270);
      for (let i = 0; i < n; i++) {
        const ts = diurnalTs(r, day, r.pick([-5, -5, 0]), PROFILES.office);
        const key = r.pick(keys);
        let brief: string;
        let completion: number;
        if (r.chance(0.15)) {
          brief = `Rewrite this sentence to sound more ${r.pick(["friendly", "formal", "exciting"])}: "${assistantProse(r, 25)}"`;
          completion = r.int(30, 120);
        } else {
          const [f, s] = combos[ci++ % combos.length].split("|");
          const words = r.pick([1500, 2000, 2500]);
          brief = `Format: ${f}\nTopic: ${s}\nAudience: ${r.pick(B.WRITE_AUDIENCES)}\nTone: ${r.pick(B.WRITE_TONES)}\nLength: at least ${words} words\nInclude a step-by-step section explaining the reasoning behind each recommendation.`;
          completion = words * 1.4 * r.logn(1, 0.1);
        }
        ctx.sink.emit(ts, key.k, key.net, "/v1/chat/completions", { model: "gpt-4.1", messages: [{ role: "system", content: MIMIC_WRITER_SYSTEM }, { role: "user", content: brief }], temperature: 0.8, max_tokens: 4096 }, cap(completion, 4096));
      }
    }
  },
};

// ---------------------------------------------------------------- 9. code reasoning harvest through /v1/responses

const codeReasoning: Scenario = {
  name: "responses-code-reasoning-harvest",
  cls: "distill",
  family: "code-reasoning",
  run(ctx, r) {
    const combos: string[] = [];
    const variants = ["", " Optimise for memory.", " Handle malformed input gracefully.", " Make it generic.", " Include property-based tests.", " Explain the time and space complexity.", " Avoid recursion."];
    for (const t of B.CODE_TASKS) for (const l of B.CODE_LANGS) for (const v of variants) combos.push(`${t}|${l}|${v}`);
    r.shuffle(combos);
    let ci = 0;
    for (let k = 0; k < 4; k++) {
      const cc = r.pick(["US", "DE", "GB", "CA"]);
      const key = ctx.sink.key(r, this.name, this.cls, this.family, "proj");
      const net = resNet(r, ctx, cc);
      const tz = TZ[cc][0];
      const instructions = r.pick(["You are CodePilot, a coding assistant in the editor. Provide a complete, correct solution and explain your reasoning.", "You are a senior engineer helping a teammate. Think the problem through, then give production-quality code with an explanation."]);
      for (const day of DAYS) {
        const n = r.int(60, 80);
        for (let i = 0; i < n; i++) {
          const ts = diurnalTs(r, day, tz, PROFILES.dev);
          if (r.chance(0.15)) {
            // cover: a normal "fix my code" question with a snippet
            const lang = r.pick(B.CODE_LANGS);
            ctx.sink.emit(ts, key, net, "/v1/responses", { model: "gpt-4.1", instructions, input: `${r.pick(B.DEV_ASKS)}\n\n\`\`\`\n${B.codeSnippet(r, lang, 30)}\n\`\`\``, max_output_tokens: 4000 }, r.logn(450, 0.5));
            continue;
          }
          const [t, l, v] = combos[ci++ % combos.length].split("|");
          const input = r.chance(0.5) ? `In ${l}, ${t}.${v} Think through edge cases before writing the code.` : [{ role: "user", content: [{ type: "input_text", text: `Task: ${t}\nLanguage: ${l}\nRequirements:${v || " idiomatic, tested"}\nWalk through your design reasoning step by step, then give the final code.` }] }];
          const max = r.pick([16000, 20000, 25000]);
          ctx.sink.emit(ts, key, net, "/v1/responses", { model: r.pick(["o3", "o4-mini"]), instructions, input, max_output_tokens: max, reasoning: { effort: "high", summary: r.pick(["auto", "detailed"]) } }, cap(r.logn(5200, 0.4), max));
        }
      }
    }
  },
};

// ---------------------------------------------------------------- 10. multi-sample harvest posing as pass@k

const multiSample: Scenario = {
  name: "multi-sample-harvest",
  cls: "distill",
  family: "n-sampling",
  run(ctx, r) {
    for (let k = 0; k < 3; k++) {
      const key = ctx.sink.key(r, this.name, this.cls, this.family, "proj");
      const net = cloudNet(r, r.pick([3, 5, 6]));
      for (const day of DAYS) {
        if (r.chance(0.25)) continue;
        const n = r.int(50, 90);
        const start = T0 + day * 86400_000 + r.int(0, 23) * HOUR;
        const sizes: number[] = [];
        const bodies: any[] = [];
        for (let i = 0; i < n; i++) {
          const nn = r.pick([4, 5, 8]);
          const q = r.chance(0.5) ? r.pick(D.HARD_PROBLEMS)(r) : B.mathProblem(r).q;
          bodies.push({ model: "gpt-4o", messages: [{ role: "system", content: "Solve the problem. Reason step by step and put the final answer in \\boxed{}." }, { role: "user", content: q }], n: nn, temperature: 1.0, top_p: 1, max_tokens: 2048 });
          sizes.push(Array.from({ length: nn }, () => cap(r.logn(700, 0.4), 2048)).reduce((a, b) => a + b, 0));
        }
        const times = workerSchedule(r, start, n, 3, (i) => genMs(r, sizes[i] / 3, 60));
        for (let i = 0; i < n; i++) ctx.sink.emit(times[i], key, net, "/v1/chat/completions", bodies[i], sizes[i]);
      }
    }
  },
};

// ---------------------------------------------------------------- 11. "benchmark" whose questions never repeat

const fakeBenchmark: Scenario = {
  name: "fake-benchmark-harvest",
  cls: "distill",
  family: "benchmark-cover",
  run(ctx, r) {
    const keys = [ctx.sink.key(r, this.name, this.cls, this.family, "svc"), ctx.sink.key(r, this.name, this.cls, this.family, "svc")];
    const nets = [cloudNet(r, 3), cloudNet(r, 6)];
    let qi = 0;
    for (const day of DAYS) {
      const k = day % 2;
      const n = r.int(280, 340);
      const start = T0 + day * 86400_000 + r.pick([1, 2, 3]) * HOUR + r.int(0, 50) * MIN;
      const sizes: number[] = [];
      const qs: string[] = [];
      for (let i = 0; i < n; i++) {
        // a fresh "eval set" every night, seeded differently, plus open-ended items
        const q = r.chance(0.6) ? B.benchQuestion(50000 + day, qi++).q : `Question: ${fill(r.pick(D.ANGLES), { t: r.pick(B.ALL_TOPICS) })}`;
        qs.push(q);
        sizes.push(r.logn(650, 0.45));
      }
      const times = workerSchedule(r, start, n, 4, (i) => genMs(r, sizes[i], 50));
      for (let i = 0; i < n; i++) {
        ctx.sink.emit(times[i], keys[k], nets[k], "/v1/chat/completions", { model: "gpt-4.1", messages: [{ role: "user", content: qs[i] + "\n\nLet's think step by step. At the end, write the final answer on its own line as \"The answer is: X\"." }], temperature: 0, max_tokens: 4096 }, cap(sizes[i], 4096));
      }
    }
  },
};

// ---------------------------------------------------------------- 12. chat-app mimic with paraphrased questions and rotating keys

const MIMIC_CHAT_SYSTEM = `You are Nova, a friendly and knowledgeable assistant in a mobile app. Today's date is {date}. Give thorough, well-reasoned answers; explain your thinking step by step when the question calls for it. Answer in the user's language.`;

const paraphraseRotation: Scenario = {
  name: "paraphrase-rotation-chat",
  cls: "distill",
  family: "key-rotation",
  run(ctx, r) {
    const keyCount = 10;
    const keys = Array.from({ length: keyCount }, () => ({ k: ctx.sink.key(r, this.name, this.cls, this.family, "proj"), net: cloudNet(r, 7) }));
    // each seed question is asked several times, reworded, through different keys
    const aspects = ["{t}", "the history behind {t}", "common misconceptions about {t}", "the practical implications of {t}"];
    const seeds = r.shuffle(B.ALL_TOPICS.flatMap((t) => r.sample(aspects, 3).map((a) => fill(a, { t }))));
    const jobs: { t: string; rep: number }[] = [];
    for (const t of seeds) for (let rep = 0, reps = r.int(2, 3); rep < reps; rep++) jobs.push({ t, rep });
    r.shuffle(jobs);
    const total = jobs.length;
    const deeper = ["Go deeper on the second point.", "Now give a worked example.", "What are the strongest objections to this?", "Explain that again, step by step, for an expert."];
    const casual = ["lol thanks", "what should I eat tonight", "tell me something fun", "hi", "good morning!"];
    for (let j = 0; j < total; j++) {
      const day = Math.min(2, Math.floor((j / total) * 3));
      let ts = diurnalTs(r, day, r.pick([-5, -6, -8, 1]), PROFILES.consumer);
      // rotation: at any time two or three keys are active, each retired after its share of the window
      const base = Math.floor(((ts - T0) / (T_END - T0)) * (keyCount - 2));
      const key = keys[Math.min(keyCount - 1, base + r.int(0, 2))];
      const system = fill(MIMIC_CHAT_SYSTEM, { date: new Date(ts).toISOString().slice(0, 10) });
      if (r.chance(0.2)) {
        ctx.sink.emit(ts, key.k, key.net, "/v1/chat/completions", { model: "gpt-4o", messages: [{ role: "system", content: system }, { role: "user", content: r.pick(casual) }], temperature: 0.9, max_tokens: 2048, stream: true }, r.int(15, 120));
      }
      const q = fill(r.pick(D.PARAPHRASE), { t: jobs[j].t });
      const messages: any[] = [{ role: "system", content: system }, { role: "user", content: q }];
      const turns = r.chance(0.3) ? 2 : 1;
      for (let t = 0; t < turns; t++) {
        const completion = cap(r.logn(950, 0.35), 4096);
        ctx.sink.emit(ts, key.k, key.net, "/v1/chat/completions", { model: "gpt-4o", messages: messages.slice(), temperature: r.pick([0.7, 0.8, 0.9]), max_tokens: 4096, stream: true }, completion);
        messages.push({ role: "assistant", content: assistantProse(r, completion) });
        messages.push({ role: "user", content: r.pick(deeper) });
        ts += genMs(r, completion) + humanGap(r, 45, 0.7);
      }
    }
  },
};

export const DISTILL: Scenario[] = [multilingualReasoning, logprobExtraction, embeddingHarvest, hydra, toolTrajectories, thinkingHarvest, tutorMimic, writerMimic, codeReasoning, multiSample, fakeBenchmark, paraphraseRotation];
