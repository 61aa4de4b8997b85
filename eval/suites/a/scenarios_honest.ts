// Honest customers of suite A.
import { Rng, PROFILES, diurnalTs, cap, fill, tok, randStr, T0, T_END, HOUR, MIN, SEC, genMs, cloudNet, pickIsp, ispIp } from "./lib.ts";
import type { Net } from "./lib.ts";
import type { Ctx, Scenario } from "./helpers.ts";
import { clean, humanGap, workerSchedule, toolCallId, thinkingSig, assistantProse, tzOf, netFixed } from "./helpers.ts";
import * as B from "./banks.ts";
import type { Lang } from "./banks.ts";

const DAYS = [0, 1, 2];

// ---------------------------------------------------------------- 1. education app

const TUTOR_SYSTEM = `You are Brightpath Tutor, a friendly tutor for students from middle school to first-year university.
Rules:
- Always explain step by step and number the steps.
- Show the method, not just the answer; for graded-looking problems, guide the student through it.
- Reply in the same language the student writes in.
- Keep explanations at the student's level; define any new term you use.
- End with one short question that checks understanding.
Student profile: grade {grade}, curriculum: {curr}.`;

const eduTutor: Scenario = {
  name: "edu-tutor-app",
  cls: "honest",
  family: "education",
  run(ctx, r) {
    const keys = [
      { k: ctx.sink.key(r, this.name, this.cls, this.family, "proj"), w: 0.4, stream: false, nets: [0, 1, 2].map(() => cloudNet(r, 0)) },
      { k: ctx.sink.key(r, this.name, this.cls, this.family, "proj"), w: 0.27, stream: true, nets: [0, 1].map(() => cloudNet(r, 0)) },
      { k: ctx.sink.key(r, this.name, this.cls, this.family, "proj"), w: 0.2, stream: true, nets: [0, 1].map(() => cloudNet(r, 0)) },
      { k: ctx.sink.key(r, this.name, this.cls, this.family, "svc"), w: 0.13, stream: false, nets: [cloudNet(r, 2), cloudNet(r, 2)] },
    ];
    const langs: [Lang, number][] = [["en", 0.6], ["es", 0.15], ["fr", 0.13], ["de", 0.12]];
    const tzFor = (l: Lang) => (l === "en" ? r.weighted([[-5, 4], [-6, 2], [-8, 2], [0, 2]] as const) : l === "es" ? r.weighted([[1, 1], [-6, 1]] as const) : 1);
    const currFor = (l: Lang) => (l === "en" ? r.pick(["US Common Core", "UK GCSE", "AP", "IB"]) : l === "es" ? r.pick(["LOMLOE (ES)", "SEP (MX)"]) : l === "fr" ? r.pick(["Éducation nationale (FR)", "Baccalauréat"]) : r.pick(["Lehrplan Bayern", "Lehrplan NRW", "Matura (AT)"]));
    // a population of students: each keeps its platform (key), language, grade and curriculum, and some come back often
    const students = Array.from({ length: 2600 }, () => {
      const lang = r.weighted(langs);
      return { key: r.weighted(keys.map((k) => [k, k.w] as const)), lang, tz: tzFor(lang), grade: r.int(6, 13), curr: currFor(lang), id: "stu_" + randStr(r, 12, "0123456789abcdef") };
    });
    for (const day of DAYS) {
      const sessions = Math.round(1250 * r.float(0.92, 1.08));
      for (let s = 0; s < sessions; s++) {
        const st = students[Math.floor(students.length * Math.pow(r.next(), 1.7))];
        const key = st.key;
        const lang = st.lang;
        let ts = diurnalTs(r, day, st.tz, PROFILES.student);
        const net = r.pick(key.nets);
        const system = fill(TUTOR_SYSTEM, { grade: st.grade, curr: st.curr });
        const user = st.id;
        const first = B.studentQuestion(r, lang);
        const messages: any[] = [{ role: "system", content: system }, { role: "user", content: first.q }];
        let turns = 1;
        while (turns < 6 && r.chance(turns === 1 ? 0.38 : 0.3)) turns++;
        for (let t = 0; t < turns; t++) {
          const max = 1200;
          const completion = cap(t === 0 ? first.size * r.logn(1, 0.3) : r.int(60, 380), max);
          const body = clean({ model: "gpt-4o-mini", messages: messages.slice(), temperature: 0.5, max_tokens: max, stream: key.stream || undefined, stream_options: key.stream ? { include_usage: true } : undefined, user });
          ctx.sink.emit(ts, key.k, net, "/v1/chat/completions", body, completion);
          messages.push({ role: "assistant", content: B.tutorAnswer(r, lang, completion) });
          messages.push({ role: "user", content: B.studentFollowUp(r, lang) });
          ts += genMs(r, completion) + humanGap(r, 50, 0.8);
        }
      }
    }
  },
};

// ---------------------------------------------------------------- 2. content-writing service

const WRITER_SYSTEM = `You are the writing engine of Quillcraft, a content service for marketing teams.
Write original, well-structured copy in the requested format. Use headings and short paragraphs for web content. Match the requested tone and audience exactly. Do not invent statistics, quotes or customer names; if the brief needs data, leave a clearly marked placeholder like [STAT]. Write in the language requested in the brief (default: English).`;

const DRAFT_NOTES = [
  "intro: why {s} matters right now", "mention the 3 most common mistakes", "customer quote placeholder", "compare the two main options, pros/cons",
  "short checklist readers can save", "link to our pricing page at the end", "keep it under 10 min read", "add a FAQ with 4-5 questions",
  "explain jargon in plain words", "local angle: UK and Ireland readers", "seasonal hook (winter)", "end with CTA to the newsletter",
];

const contentWriting: Scenario = {
  name: "content-writing-service",
  cls: "honest",
  family: "content-writing",
  run(ctx, r) {
    const prod = ctx.sink.key(r, this.name, this.cls, this.family, "proj");
    const batch = ctx.sink.key(r, this.name, this.cls, this.family, "proj");
    const nets = [cloudNet(r, 1), cloudNet(r, 1), cloudNet(r, 1)];
    for (const day of DAYS) {
      const n = Math.round(470 * r.float(0.9, 1.1));
      for (let i = 0; i < n; i++) {
        const ts = diurnalTs(r, day, r.pick([-5, -5, -8, 0, 1]), PROFILES.office);
        const words = r.pick([400, 600, 800, 1000, 1200, 1500, 2000]);
        const lang = r.weighted([["English", 0.82], ["Spanish", 0.07], ["German", 0.06], ["French", 0.05]] as const);
        let brief: string;
        if (r.chance(0.82)) {
          brief = `Format: ${r.pick(B.WRITE_FORMATS)}\nTopic: ${r.pick(B.WRITE_SUBJECTS)}\nAudience: ${r.pick(B.WRITE_AUDIENCES)}\nTone: ${r.pick(B.WRITE_TONES)}\nLength: about ${words} words\nLanguage: ${lang}` + (r.chance(0.5) ? `\nKeywords: ${r.sample(["pricing", "guide", "2027", "beginners", "checklist", "best", "affordable", "eco-friendly", "tips", "comparison"], 3).join(", ")}` : "") + (r.chance(0.3) ? `\nCall to action: ${r.pick(["Book a demo", "Start your free trial", "Visit our store", "Subscribe to the newsletter"])}` : "");
        } else {
          const subj = r.pick(B.WRITE_SUBJECTS);
          const draft = [`Working title: ${subj}`, ...r.sample(DRAFT_NOTES, r.int(4, 9)).map((x) => `- ${fill(x, { s: subj })}`)].join("\n");
          brief = `${r.pick(["Rewrite this draft to be more engaging and expand it to", "Edit this for clarity and extend it to", "Turn these notes into a polished piece of"])} about ${words} words (${lang}):\n\n${draft}`;
        }
        const max = 4096;
        const completion = cap(words * 1.38 * r.logn(1, 0.12), max);
        const body = clean({ model: "gpt-4.1", messages: [{ role: "system", content: WRITER_SYSTEM }, { role: "user", content: brief }], temperature: 0.8, max_tokens: max, presence_penalty: r.chance(0.5) ? 0.3 : undefined });
        ctx.sink.emit(ts, i % 9 === 0 ? batch : prod, r.pick(nets), "/v1/chat/completions", body, completion);
      }
    }
  },
};

// ---------------------------------------------------------------- 3. benchmark runs with chain of thought

const COT_SUFFIX = "\n\nLet's think step by step. At the end, write the final answer on its own line as \"The answer is: X\".";

const benchOneOff: Scenario = {
  name: "benchmark-cot-oneoff",
  cls: "honest",
  family: "benchmark",
  run(ctx, r) {
    const key = ctx.sink.key(r, this.name, this.cls, this.family, "legacy");
    const net = netFixed("192.0.2.77", 64510, "GB"); // university network
    const n = 1200;
    const sizes = Array.from({ length: n }, (_, i) => B.benchQuestion(9001, i).size * r.logn(1.2, 0.3));
    const start = T0 + 1 * 86400_000 + 13 * HOUR + 47 * MIN;
    const times = workerSchedule(r, start, n, 8, (i) => genMs(r, sizes[i], 45));
    for (let i = 0; i < n; i++) {
      const q = B.benchQuestion(9001, i);
      const body = { model: "gpt-4o", messages: [{ role: "user", content: q.q + COT_SUFFIX }], temperature: 0, max_tokens: 2048, seed: 1234 };
      ctx.sink.emit(times[i], key, net, "/v1/chat/completions", body, cap(sizes[i], 2048));
    }
  },
};

const benchNightly: Scenario = {
  name: "benchmark-cot-nightly",
  cls: "honest",
  family: "benchmark",
  run(ctx, r) {
    // company A: CI regression suite, 300 fixed questions every night, OpenAI chat
    const ci = ctx.sink.key(r, this.name, this.cls, this.family, "svc");
    const ciNet = cloudNet(r, 3);
    const base = Array.from({ length: 300 }, (_, i) => B.benchQuestion(4242, i));
    const baseSize = base.map((q) => q.size * r.logn(1.1, 0.25));
    for (const day of DAYS) {
      const start = T0 + day * 86400_000 + 2 * HOUR + r.int(0, 4) * MIN;
      const times = workerSchedule(r, start, base.length, 4, (i) => genMs(r, baseSize[i], 50));
      for (let i = 0; i < base.length; i++) {
        const body = { model: "gpt-4.1-mini", messages: [{ role: "system", content: "You are being evaluated. Reason carefully." }, { role: "user", content: base[i].q + COT_SUFFIX }], temperature: 0, max_tokens: 1536, seed: 7 };
        ctx.sink.emit(times[i], ci, ciNet, "/v1/chat/completions", body, cap(baseSize[i] * r.float(0.95, 1.05), 1536));
      }
    }
    // company B: smaller nightly set against the Anthropic route
    const nb = ctx.sink.key(r, this.name, this.cls, this.family, "ant");
    const nbNet = cloudNet(r, 5);
    const setB = Array.from({ length: 150 }, (_, i) => B.benchQuestion(777, i));
    for (const day of DAYS) {
      const start = T0 + day * 86400_000 + 22 * HOUR + 30 * MIN;
      const sizes = setB.map((q) => q.size * r.logn(1.3, 0.2));
      const times = workerSchedule(r, start, setB.length, 2, (i) => genMs(r, sizes[i], 60));
      for (let i = 0; i < setB.length; i++) {
        const body = { model: "claude-sonnet-4-5", max_tokens: 2048, temperature: 0, system: "Answer the question. Think step by step before answering, then give the final answer in the form 'The answer is: X'.", messages: [{ role: "user", content: setB[i].q }] };
        ctx.sink.emit(times[i], nb, nbNet, "/v1/messages", body, cap(sizes[i], 2048));
      }
    }
  },
};

// ---------------------------------------------------------------- 4. pass@k code evaluation

const passK: Scenario = {
  name: "passk-code-eval",
  cls: "honest",
  family: "code-eval",
  run(ctx, r) {
    const a = ctx.sink.key(r, this.name, this.cls, this.family, "proj");
    const aNet = netFixed("192.0.2.131", 64511, "US"); // lab cluster
    const runs = [
      { day: 0, hour: 10.5, n: 10, temp: 0.8, set: 164 },
      { day: 0, hour: 15.2, n: 1, temp: 0, set: 164 },
      { day: 1, hour: 9.8, n: 20, temp: 0.6, set: 164 },
      { day: 2, hour: 16.1, n: 10, temp: 0.4, set: 164 },
    ];
    for (const run of runs) {
      const start = T0 + run.day * 86400_000 + run.hour * HOUR;
      const sizes = Array.from({ length: run.set }, () => Array.from({ length: run.n }, () => cap(r.logn(140, 0.5), 512)).reduce((x, y) => x + y, 0));
      const times = workerSchedule(r, start, run.set, 6, (i) => genMs(r, sizes[i] / Math.max(1, run.n / 3), 60));
      for (let i = 0; i < run.set; i++) {
        const p = B.codeProblem(164, i);
        const body = { model: "gpt-4o", messages: [{ role: "system", content: "Complete the Python function. Reply with only the completed function in a ```python block." }, { role: "user", content: p.prompt }], n: run.n, temperature: run.temp, top_p: 0.95, max_tokens: 512 };
        ctx.sink.emit(times[i], a, aNet, "/v1/chat/completions", body, sizes[i]);
      }
    }
    // second team: legacy completions endpoint, n=5, 300 problems
    const b = ctx.sink.key(r, this.name, this.cls, this.family, "legacy");
    const bNet = cloudNet(r, 3);
    const start = T0 + 2 * 86400_000 + 3 * HOUR;
    const sizes = Array.from({ length: 300 }, () => Array.from({ length: 5 }, () => cap(r.logn(110, 0.5), 384)).reduce((x, y) => x + y, 0));
    const times = workerSchedule(r, start, 300, 4, (i) => genMs(r, sizes[i] / 2, 60));
    for (let i = 0; i < 300; i++) {
      const p = B.codeProblem(300, i);
      const body = { model: "gpt-3.5-turbo-instruct", prompt: p.prompt, n: 5, temperature: 0.6, max_tokens: 384, stop: ["\ndef ", "\nclass ", "\nif __name__", "\nprint("] };
      ctx.sink.emit(times[i], b, bNet, "/v1/completions", body, sizes[i]);
    }
  },
};

// ---------------------------------------------------------------- 5. classifier with logprobs + logit_bias, max_tokens 1

function labelBias(labels: string[], base: number): Record<string, number> {
  const o: Record<string, number> = {};
  labels.forEach((_, i) => (o[String(base + i * 137)] = 100));
  return o;
}

const classifier: Scenario = {
  name: "logprob-classifier",
  cls: "honest",
  family: "classifier",
  run(ctx, r) {
    const router = ctx.sink.key(r, this.name, this.cls, this.family, "svc");
    const routerNet = cloudNet(r, 4);
    const sys = `Classify the customer message into exactly one category: ${B.TICKET_LABELS.join(", ")}. Reply with the category name only.`;
    const bias = labelBias(B.TICKET_LABELS, 17000);
    const ticket = () => fill(r.pick(B.TICKET_PREFIX) + r.pick(B.TICKET_TEXTS) + r.pick(B.TICKET_SUFFIX), { num: r.int(100000, 999999), code: randStr(r, 6).toUpperCase(), name: r.pick(["Tom", "Julia", "Marc", "Aisha", "Pedro"]) });
    for (const day of DAYS) {
      const n = Math.round(470 * r.float(0.9, 1.1));
      for (let i = 0; i < n; i++) {
        const ts = diurnalTs(r, day, r.pick([-5, 0, 1]), PROFILES.business);
        const body = { model: "gpt-4o-mini", messages: [{ role: "system", content: sys }, { role: "user", content: ticket() }], max_tokens: 1, temperature: 0, logprobs: true, top_logprobs: 5, logit_bias: bias };
        ctx.sink.emit(ts, router, routerNet, "/v1/chat/completions", body, 1);
      }
    }
    // nightly backfill of old tickets through the same classifier (same key family, different key)
    const backfill = ctx.sink.key(r, this.name, this.cls, this.family, "svc");
    const times = workerSchedule(r, T0 + 1 * 86400_000 + 1 * HOUR + 12 * MIN, 450, 10, () => r.int(250, 700));
    for (const ts of times) {
      const body = { model: "gpt-4o-mini", messages: [{ role: "system", content: sys }, { role: "user", content: ticket() }], max_tokens: 1, temperature: 0, logprobs: true, top_logprobs: 5, logit_bias: bias };
      ctx.sink.emit(ts, backfill, routerNet, "/v1/chat/completions", body, 1);
    }
    // community moderation via the completions endpoint
    const mod = ctx.sink.key(r, this.name, this.cls, this.family, "legacy");
    const modNet = cloudNet(r, 6);
    const modBias = { "34041": 100, "2751": 100 };
    for (const day of DAYS) {
      const n = Math.round(270 * r.float(0.9, 1.1));
      for (let i = 0; i < n; i++) {
        const ts = diurnalTs(r, day, 1, PROFILES.consumer);
        const comment = r.pick(B.MOD_TEXTS) + (r.chance(0.3) ? r.pick([" !!", " lol", " :)", " smh", "..."]) : "");
        const prompt = `Decide whether the community comment breaks the rules (harassment, spam, threats, scams).\nAnswer SAFE or UNSAFE.\n\nComment: ${comment}\nAnswer:`;
        const body = { model: "gpt-3.5-turbo-instruct", prompt, max_tokens: 1, temperature: 0, logprobs: 2, logit_bias: modBias };
        ctx.sink.emit(ts, mod, modNet, "/v1/completions", body, 1);
      }
    }
  },
};

// ---------------------------------------------------------------- 6. translation service

const LANG_NAME: Record<Lang, string> = { en: "English", fr: "French", de: "German", es: "Spanish" };
const translation: Scenario = {
  name: "translation-service",
  cls: "honest",
  family: "translation",
  run(ctx, r) {
    const eu = ctx.sink.key(r, this.name, this.cls, this.family, "proj");
    const us = ctx.sink.key(r, this.name, this.cls, this.family, "proj");
    const euNets = [cloudNet(r, 2), cloudNet(r, 2)];
    const usNets = [cloudNet(r, 0)];
    const extra = ["it", "pt", "nl", "pl"];
    for (const day of DAYS) {
      const n = Math.round(560 * r.float(0.9, 1.1));
      for (let i = 0; i < n; i++) {
        const isEu = r.chance(0.7);
        const ts = diurnalTs(r, day, isEu ? 1 : -5, PROFILES.business);
        const src: Lang = r.weighted([["en", 0.6], ["fr", 0.14], ["de", 0.14], ["es", 0.12]] as const);
        const tgtOpts = (["en", "fr", "de", "es"] as Lang[]).filter((l) => l !== src);
        const tgtName = r.chance(0.1) ? ({ it: "Italian", pt: "Portuguese", nl: "Dutch", pl: "Polish" } as Record<string, string>)[r.pick(extra)] : LANG_NAME[src === "en" ? r.pick(tgtOpts) : r.chance(0.75) ? "en" : r.pick(tgtOpts)];
        const pieces = r.weighted([[1, 2], [2, 3], [3, 3], [5, 2], [8, 1]] as const);
        const text = Array.from({ length: pieces }, () => B.translationSource(r, src)).join("\n\n");
        const system = `You are LinguaBridge, a professional translation engine. Translate the user's text from ${LANG_NAME[src]} into ${tgtName}. Preserve meaning, tone, formatting, line breaks, numbers, names and placeholders such as {name} or %s. Use the formal register unless the source is informal. Output only the translation, with no comments.`;
        const max = 8192;
        const completion = cap(tok(text) * r.float(1.05, 1.35), max);
        const body = { model: "gpt-4o", messages: [{ role: "system", content: system }, { role: "user", content: text }], temperature: 0.2, max_tokens: max };
        ctx.sink.emit(ts, isEu ? eu : us, r.pick(isEu ? euNets : usNets), "/v1/chat/completions", body, completion);
      }
    }
  },
};

// ---------------------------------------------------------------- 7. company employees behind one office network

const CORP_SYSTEM = `You are Helios, the internal assistant of Northwind Logistics GmbH. You help employees with emails, documents, spreadsheets, SQL and general questions. Company facts: headquarters in Hamburg; hubs in Leipzig, Duisburg, Linz and Rotterdam; fiscal year = calendar year. Never share customer personal data outside the company. Answer in the language of the question. Be concise unless asked for detail.`;

const corpOffice: Scenario = {
  name: "corp-office-assistant",
  cls: "honest",
  family: "enterprise",
  run(ctx, r) {
    const office = netFixed("198.18.7.23", 64505, "DE");
    const employees = Array.from({ length: 22 }, () => ({ k: ctx.sink.key(r, this.name, this.cls, this.family, "proj"), rate: r.logn(9, 0.6), de: r.chance(0.55), model: r.chance(0.7) ? "gpt-4o" : "gpt-4.1" }));
    const refine = {
      en: ["make it shorter", "more formal please", "Can you add a line about the budget?", "now translate it to German", "good, but drop the last paragraph", "thanks"],
      de: ["bitte kürzer", "etwas formeller bitte", "Kannst du noch einen Satz zum Budget ergänzen?", "jetzt bitte auf Englisch", "passt, danke"],
    };
    for (const e of employees) {
      for (const day of DAYS) {
        let sessions = Math.max(0, Math.round(r.logn(e.rate, 0.4) / 1.8));
        while (sessions-- > 0) {
          let ts = diurnalTs(r, day, 1, PROFILES.office);
          const lang = e.de && r.chance(0.7) ? "de" : "en";
          const messages: any[] = [{ role: "system", content: CORP_SYSTEM }, { role: "user", content: B.corpTask(r, lang) }];
          let turns = 1;
          while (turns < 5 && r.chance(0.42)) turns++;
          for (let t = 0; t < turns; t++) {
            const completion = t === 0 ? r.logn(320, 0.5) : r.logn(180, 0.5);
            ctx.sink.emit(ts, e.k, office, "/v1/chat/completions", { model: e.model, messages: messages.slice(), stream: true }, completion);
            messages.push({ role: "assistant", content: assistantProse(r, completion, "", lang) });
            messages.push({ role: "user", content: r.pick(refine[lang]) });
            ts += genMs(r, completion) + humanGap(r, 70, 0.9);
          }
        }
      }
    }
  },
};

// ---------------------------------------------------------------- 8. consumer chat app

const CHAT_SYSTEM = `You are Pocket, a friendly and helpful assistant in a mobile app. Today's date is {date}. Keep answers conversational and easy to read on a phone: short paragraphs, lists where helpful. If the user writes in another language, answer in that language. Don't give medical, legal or financial advice beyond general information.`;
const CHAT_OPENERS_EN = [
  "what's a good recipe with {a} and {b}", "Write a short poem about {thing}", "help me plan a 3 day trip to {city}", "explain {topic} in simple words",
  "give me a workout I can do at home in 20 minutes", "what should I name my {pet}", "how do I get over jet lag fast", "is it ok to {q}",
  "write a birthday message for my {rel}", "recommend some books like {book}", "what's the difference between {x} and {y}", "tell me a fun fact about {thing}",
  "I'm bored, give me something interesting to learn about", "help me reply to this text: \"{msg}\"",
];
const CHAT_OTHER: Record<"fr" | "de" | "es", { open: string[]; follow: string[] }> = {
  fr: { open: ["Écris-moi un petit poème sur l'automne", "donne-moi des idées de cadeau pour ma mère", "Qu'est-ce que je peux cuisiner avec des pois chiches et du citron ?", "Organise-moi un week-end de 3 jours à {city}", "Pourquoi le ciel est bleu ? Explique simplement"], follow: ["merci ! plus court stp", "et en version végétarienne ?", "dis-m'en plus", "pourquoi ?", "super, merci"] },
  de: { open: ["Kannst du mir einen Reiseplan für 3 Tage in {city} machen?", "Was ist der Unterschied zwischen Kaffee und Espresso?", "Schreib mir ein kurzes Gedicht über den Herbst", "Was kann ich mit Reis und Spinat kochen?", "Wie werde ich Jetlag schnell los?"], follow: ["danke! etwas kürzer bitte", "und vegetarisch?", "erzähl mehr", "warum?", "super, danke"] },
  es: { open: ["¿Qué puedo cocinar con garbanzos y limón?", "explícame cómo funcionan las vacunas de forma sencilla", "Escríbeme un mensaje de cumpleaños para mi hermana", "Recomiéndame libros parecidos a Cien años de soledad", "Planéame un viaje de 3 días a {city}"], follow: ["¡gracias! más corto porfa", "¿y una versión vegetariana?", "cuéntame más", "¿por qué?", "genial, gracias"] },
};
const chatVars = (r: Rng) => ({ a: r.pick(["chickpeas", "spinach", "leftover rice", "eggs", "salmon", "tofu"]), b: r.pick(["lemon", "garlic", "feta", "coconut milk", "potatoes"]), thing: r.pick(["autumn", "my cat", "coffee", "the ocean", "Monday mornings", "octopuses"]), city: r.pick(B.CITIES), topic: r.pick(B.ALL_TOPICS), pet: r.pick(["kitten", "puppy", "hamster"]), q: r.pick(["drink coffee after 4pm", "run every day", "eat eggs every day"]), rel: r.pick(["sister", "dad", "best friend", "coworker"]), book: r.pick(B.BOOKS), x: r.pick(["baking soda", "a latte", "weather"]), y: r.pick(["baking powder", "a flat white", "climate"]), msg: r.pick(["are we still on for tonight?", "sorry I missed your call", "can you cover my shift on saturday"]) });
const CHAT_FOLLOW = ["thanks! can you make it shorter", "what about a vegetarian version?", "tell me more", "why?", "ok and what if it rains", "can you give me 3 more options", "haha nice", "make it funnier", "can you write that in a more casual way"];

const consumerChat: Scenario = {
  name: "consumer-chat-app",
  cls: "honest",
  family: "chat",
  run(ctx, r) {
    const keys = [0, 1, 2].map((i) => ({ k: ctx.sink.key(r, this.name, this.cls, this.family, "proj"), nets: [cloudNet(r, 7), cloudNet(r, 7)], model: i === 2 ? "gpt-4o" : "gpt-4o-mini" }));
    for (const day of DAYS) {
      const sessions = Math.round(210 * r.float(0.9, 1.1));
      for (let s = 0; s < sessions; s++) {
        const key = r.pick(keys);
        const eu = r.chance(0.35);
        let ts = diurnalTs(r, day, eu ? 1 : r.pick([-5, -6, -8]), PROFILES.consumer);
        const system = fill(CHAT_SYSTEM, { date: new Date(ts).toISOString().slice(0, 10) });
        const lang = r.chance(0.85) ? "en" : r.pick(["fr", "de", "es"] as const);
        const first = fill(lang === "en" ? r.pick(CHAT_OPENERS_EN) : r.pick(CHAT_OTHER[lang].open), chatVars(r));
        const messages: any[] = [{ role: "system", content: system }, { role: "user", content: first }];
        let turns = 1;
        while (turns < 9 && r.chance(0.5)) turns++;
        const net = r.pick(key.nets);
        for (let t = 0; t < turns; t++) {
          const completion = cap(r.logn(t === 0 ? 330 : 180, 0.55), 2048);
          ctx.sink.emit(ts, key.k, net, "/v1/chat/completions", { model: key.model, messages: messages.slice(), temperature: 0.9, max_tokens: 2048, stream: true, stream_options: { include_usage: true } }, completion);
          messages.push({ role: "assistant", content: assistantProse(r, completion, "", lang) });
          messages.push({ role: "user", content: r.pick(lang === "en" ? CHAT_FOLLOW : CHAT_OTHER[lang].follow) });
          ts += genMs(r, completion) + humanGap(r, 35, 0.9);
        }
      }
    }
  },
};

// ---------------------------------------------------------------- 9. IDE coding assistant with long conversations

const IDE_SYSTEM = `You are an AI pair programmer inside the developer's editor. You can see the open file and the conversation. Prefer minimal, correct diffs. When you change code, show the full updated function. Explain briefly why. If something is ambiguous, ask. Never invent APIs that are not in the codebase or standard library.`;
const IDE_TOOLS = [
  { type: "function", function: { name: "read_file", description: "Read a file from the workspace", parameters: { type: "object", properties: { path: { type: "string" } }, required: ["path"] } } },
  { type: "function", function: { name: "search_workspace", description: "Search the workspace for a symbol or string", parameters: { type: "object", properties: { query: { type: "string" } }, required: ["query"] } } },
  { type: "function", function: { name: "run_tests", description: "Run the test suite or a single test file", parameters: { type: "object", properties: { target: { type: "string" } }, required: [] } } },
];

const ideCoding: Scenario = {
  name: "ide-coding-assistant",
  cls: "honest",
  family: "coding",
  run(ctx, r) {
    const devs = Array.from({ length: 12 }, (_, i) => {
      const isp = pickIsp(r, ctx.isps, r.pick(["US", "US", "DE", "FR", "GB", "ES", "CA", "NL"]));
      const anth = i % 2 === 1;
      return { k: ctx.sink.key(r, this.name, this.cls, this.family, anth ? "ant" : "proj"), net: { ip: ispIp(r, isp), asn: isp.asn, country: isp.country } as Net, tz: tzOf(r, isp.country), anth, lang: r.pick(B.CODE_LANGS), perDay: r.logn(3, 0.4) };
    });
    for (const d of devs) {
      for (const day of DAYS) {
        let sessions = Math.max(1, Math.round(d.perDay));
        while (sessions-- > 0) {
          let ts = diurnalTs(r, day, d.tz, PROFILES.dev);
          const file = B.codeSnippet(r, r.chance(0.8) ? d.lang : r.pick(B.CODE_LANGS), r.int(30, 60));
          const first = `${r.pick(B.DEV_ASKS)}\n\n\`\`\`\n${file}\n\`\`\``;
          const turns = r.int(3, 16);
          const hist: { role: "user" | "assistant"; content: string }[] = [{ role: "user", content: first }];
          for (let t = 0; t < turns; t++) {
            const completion = cap(r.logn(420, 0.6), 8192);
            if (d.anth) {
              const body = { model: "claude-sonnet-4-5", max_tokens: 8192, system: IDE_SYSTEM, messages: hist.slice(), stream: true };
              ctx.sink.emit(ts, d.k, d.net, "/v1/messages", body, completion);
            } else {
              const body = { model: "gpt-4.1", messages: [{ role: "system", content: IDE_SYSTEM }, ...hist], tools: IDE_TOOLS, temperature: 0.2, stream: true };
              ctx.sink.emit(ts, d.k, d.net, "/v1/chat/completions", body, completion);
            }
            const edit = B.codeSnippet(r, d.lang, r.int(8, 20));
            hist.push({ role: "assistant", content: `${assistantProse(r, 40)}\n\n\`\`\`\n${edit}\n\`\`\`` });
            hist.push({ role: "user", content: r.pick(B.DEV_ASKS) + (r.chance(0.3) ? `\n\n\`\`\`\n${B.codeSnippet(r, d.lang, r.int(10, 25))}\n\`\`\`` : "") });
            ts += genMs(r, completion) + humanGap(r, 80, 1.0, 8, 1800);
          }
        }
      }
    }
  },
};

// ---------------------------------------------------------------- 10. RAG support bot (Anthropic, document blocks)

const SUPPORT_SYSTEM = `You are the support assistant for Ledgerly, an invoicing and bookkeeping app for small businesses. Answer using only the help-centre articles provided in the conversation. If the articles do not answer the question, say so and offer to connect the customer with a human agent. Be warm and brief, use numbered steps for instructions, and answer in the customer's language.`;

const ragSupport: Scenario = {
  name: "rag-support-bot",
  cls: "honest",
  family: "support",
  run(ctx, r) {
    const keys = [ctx.sink.key(r, this.name, this.cls, this.family, "ant"), ctx.sink.key(r, this.name, this.cls, this.family, "ant")];
    const nets = [cloudNet(r, 1), cloudNet(r, 5)];
    for (const day of DAYS) {
      const sessions = Math.round(240 * r.float(0.9, 1.1));
      for (let s = 0; s < sessions; s++) {
        const which = r.chance(0.6) ? 0 : 1;
        let ts = diurnalTs(r, day, which === 0 ? -5 : 1, PROFILES.business);
        const docs = r.sample(B.KB_ARTICLES, r.int(2, 4));
        const q = r.pick(B.SUPPORT_QUESTIONS);
        const content: any[] = docs.map((d) => ({ type: "document", source: { type: "text", media_type: "text/plain", data: d.text }, title: d.title }));
        content.push({ type: "text", text: q });
        const messages: any[] = [{ role: "user", content }];
        let turns = 1;
        while (turns < 4 && r.chance(0.3)) turns++;
        for (let t = 0; t < turns; t++) {
          const completion = cap(r.logn(190, 0.45), 1024);
          ctx.sink.emit(ts, keys[which], nets[which], "/v1/messages", { model: "claude-haiku-4-5", max_tokens: 1024, system: SUPPORT_SYSTEM, messages: messages.slice(), temperature: 0.3 }, completion);
          messages.push({ role: "assistant", content: assistantProse(r, completion) });
          messages.push({ role: "user", content: r.pick(["that didn't work", "ok thanks", "and how do I do that on mobile?", "can I talk to a human?", "where exactly is that setting?", "merci", "gracias, ¿y para exportar?"]) });
          ts += genMs(r, completion, 90) + humanGap(r, 40, 0.8);
        }
      }
    }
  },
};

// ---------------------------------------------------------------- 11. travel agent with tool calls

const TRAVEL_SYSTEM = `You are TripDesk, the corporate travel assistant of Meridian Consulting. Use the tools to search and hold flights and hotels. Always check the travel policy for the employee's grade before holding anything. Never book without explicit confirmation; holds are fine. Prices in EUR.`;

const travelAgent: Scenario = {
  name: "travel-agent-tools",
  cls: "honest",
  family: "agent",
  run(ctx, r) {
    const key = ctx.sink.key(r, this.name, this.cls, this.family, "svc");
    const nets = [cloudNet(r, 2), cloudNet(r, 2)];
    const tools = B.TRAVEL_TOOLS.map((f) => ({ type: "function", function: f }));
    for (const day of DAYS) {
      const trips = Math.round(75 * r.float(0.9, 1.1));
      for (let i = 0; i < trips; i++) {
        let ts = diurnalTs(r, day, 1, PROFILES.office);
        const o = r.pick(B.AIRPORTS), d = r.pick(B.AIRPORTS.filter((x) => x !== o));
        const date = `2026-${r.pick(["12", "12", "01"])}-${String(r.int(1, 28)).padStart(2, "0")}`;
        const ask = r.pick([`I need to fly from ${o} to ${d} on ${date} and stay ${r.int(1, 4)} nights, grade ${r.pick(["A2", "B1", "B2", "C1"])}`, `Can you find me a flight ${o}-${d} on ${date}, morning if possible`, `Hotel near the client office in ${r.pick(B.CITIES)} from ${date}, 2 nights, under 180`, `What's the status of booking ${randStr(r, 6).toUpperCase()}?`]);
        const messages: any[] = [{ role: "system", content: TRAVEL_SYSTEM }, { role: "user", content: ask }];
        const steps = r.int(2, 5);
        for (let s = 0; s < steps; s++) {
          const last = s === steps - 1;
          const completion = last ? r.logn(160, 0.4) : r.int(25, 90);
          ctx.sink.emit(ts, key, r.pick(nets), "/v1/chat/completions", { model: "gpt-4.1", messages: messages.slice(), tools, tool_choice: "auto", parallel_tool_calls: true, temperature: 0.2 }, completion);
          if (last) break;
          const fn = r.pick(B.TRAVEL_TOOLS);
          const id = toolCallId(r);
          messages.push({ role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: fn.name, arguments: JSON.stringify({ origin: o, destination: d, date }) } }] });
          messages.push({ role: "tool", tool_call_id: id, content: JSON.stringify({ offers: Array.from({ length: r.int(1, 3) }, () => ({ id: "off_" + randStr(r, 8), price: r.int(80, 900), depart: `${r.int(6, 20)}:${r.pick(["05", "25", "40", "55"])}` })) }) });
          ts += genMs(r, completion, 80) + r.int(300, 2500);
          if (r.chance(0.35)) {
            // the employee answers a clarifying question
            messages.push({ role: "assistant", content: "I found a few options. Do you prefer the earliest departure or the cheapest fare?" });
            messages.push({ role: "user", content: r.pick(["earliest please", "cheapest", "the one before 9", "whatever fits the policy"]) });
            ts += humanGap(r, 40, 0.7);
          }
        }
      }
    }
  },
};

// ---------------------------------------------------------------- 12. search indexing with embeddings

const searchIndex: Scenario = {
  name: "search-embeddings-indexer",
  cls: "honest",
  family: "embeddings",
  run(ctx, r) {
    const a = ctx.sink.key(r, this.name, this.cls, this.family, "svc");
    const aNet = cloudNet(r, 2);
    for (const day of DAYS) {
      // nightly re-index of the intranet (batch of chunks)
      const batches = r.int(110, 150);
      const times = workerSchedule(r, T0 + day * 86400_000 + 0 * HOUR + 5 * MIN, batches, 3, () => r.int(900, 2500));
      for (const ts of times) {
        const input = Array.from({ length: r.pick([64, 96, 96, 100]) }, () => B.docChunk(r));
        ctx.sink.emit(ts, a, aNet, "/v1/embeddings", { model: "text-embedding-3-small", input, encoding_format: "float" }, 0);
      }
      // employees' searches during the day
      const q = Math.round(260 * r.float(0.9, 1.1));
      for (let i = 0; i < q; i++) {
        const ts = diurnalTs(r, day, 1, PROFILES.office);
        ctx.sink.emit(ts, a, aNet, "/v1/embeddings", { model: "text-embedding-3-small", input: r.pick(B.SEARCH_QUERIES) + (r.chance(0.3) ? " " + r.pick(["2026", "policy", "how to", "error", "pdf"]) : "") }, 0);
      }
    }
    // second customer: help-centre search with incremental indexing every ~15 minutes
    const b = ctx.sink.key(r, this.name, this.cls, this.family, "proj");
    const bNet = cloudNet(r, 0);
    for (let ts = T0 + r.int(0, 15) * MIN; ts < T0 + 3 * 86400_000; ts += r.int(12, 18) * MIN) {
      if (r.chance(0.55)) ctx.sink.emit(ts, b, bNet, "/v1/embeddings", { model: "text-embedding-3-large", input: Array.from({ length: r.int(1, 20) }, () => B.docChunk(r)), dimensions: 1024 }, 0);
    }
    for (const day of DAYS) {
      const q = Math.round(170 * r.float(0.9, 1.1));
      for (let i = 0; i < q; i++) ctx.sink.emit(diurnalTs(r, day, -5, PROFILES.business), b, bNet, "/v1/embeddings", { model: "text-embedding-3-large", input: r.pick(B.SUPPORT_QUESTIONS), dimensions: 1024 }, 0);
    }
  },
};

// ---------------------------------------------------------------- 13. analysts using extended thinking at human pace

const ANALYST_SYSTEM = `You are an analysis assistant for Harbor & Vale Advisory, a small M&A boutique. Work from the documents provided. Be explicit about assumptions and flag anything that needs verification. Use tables for numbers.`;
function financials(r: Rng): string {
  const co = r.pick(["Alder Foods", "Brightwater Pumps", "Cobalt Freight", "Dunmore Clinics", "Everlane Print", "Fairhaven Software"]);
  const rev = r.int(20, 400);
  const rows = [2023, 2024, 2025].map((y, i) => `${y}: revenue ${Math.round(rev * (1 + i * r.float(0.02, 0.15)))}m, EBITDA ${Math.round(rev * r.float(0.08, 0.22))}m, capex ${Math.round(rev * r.float(0.02, 0.07))}m, net debt ${Math.round(rev * r.float(0.2, 1.1))}m`);
  return `${co} - summary financials (EUR)\n${rows.join("\n")}\nCustomer concentration: top 3 = ${r.int(15, 60)}% of revenue. Headcount ${r.int(80, 1500)}. Management expects ${r.int(4, 14)}% growth next year.`;
}
const analystThinking: Scenario = {
  name: "analyst-extended-thinking",
  cls: "honest",
  family: "thinking",
  run(ctx, r) {
    const office = netFixed("198.18.44.9", 64506, "US");
    const keys = Array.from({ length: 6 }, () => ctx.sink.key(r, this.name, this.cls, this.family, "ant"));
    const asks = ["What are the main risks in this business and how would they affect valuation?", "Estimate a reasonable EV/EBITDA range and explain your reasoning.", "Draft three diligence questions for management based on this.", "Is the debt level sustainable if growth stalls? Walk through it.", "Compare the margin trend with what you'd expect for the sector."];
    for (const k of keys) {
      for (const day of DAYS) {
        let sessions = r.int(3, 7);
        while (sessions-- > 0) {
          let ts = diurnalTs(r, day, -5, PROFILES.office);
          const budget = r.pick([4000, 6000, 8000, 10000]);
          const messages: any[] = [{ role: "user", content: [{ type: "document", source: { type: "text", media_type: "text/plain", data: financials(r) }, title: "Financial summary" }, { type: "text", text: r.pick(asks) }] }];
          const turns = r.int(1, 3);
          for (let t = 0; t < turns; t++) {
            const thinking = Math.min(budget, r.logn(budget * 0.45, 0.4));
            const answer = r.logn(650, 0.4);
            ctx.sink.emit(ts, k, office, "/v1/messages", { model: "claude-opus-4-1", max_tokens: 16000, thinking: { type: "enabled", budget_tokens: budget }, system: ANALYST_SYSTEM, messages: messages.slice() }, cap(thinking + answer, 16000));
            messages.push({ role: "assistant", content: [{ type: "thinking", thinking: assistantProse(r, 120), signature: thinkingSig(r) }, { type: "text", text: assistantProse(r, answer) }] });
            messages.push({ role: "user", content: r.pick(["Can you put that in a table?", "What if EBITDA margin drops by 3 points?", "Good. Now write it up as a one-page memo.", "Which of these would you check first?"]) });
            ts += genMs(r, thinking + answer, 50) + humanGap(r, 180, 0.8, 30, 3600);
          }
        }
      }
    }
  },
};

// ---------------------------------------------------------------- 14. long tail of indie developers

const INDIE_APPS = [
  { sys: "You are a recipe assistant. Suggest recipes based on the ingredients the user has.", ask: () => "I have {a}, {b} and some pasta" },
  { sys: "Summarise the user's text in 3 bullet points.", ask: () => "{para}" },
  { sys: "You generate 5 multiple-choice quiz questions about the given topic, as JSON.", ask: () => "Topic: {topic}" },
  { sys: "You help people improve their CV bullet points. Make them concrete and results-oriented.", ask: () => "Responsible for managing the team and doing reports" },
  { sys: "You are a Discord bot for a gaming community. Keep replies short and fun.", ask: () => "what's the best build for a beginner mage" },
  { sys: "", ask: () => "hello" },
  { sys: "", ask: () => "test" },
  { sys: "Translate the user's message to English.", ask: () => "{other}" },
  { sys: "You write commit messages from a diff.", ask: () => "diff --git a/app.py b/app.py\n-    return None\n+    return {}\n" },
  { sys: "You are a helpful assistant.", ask: () => "explain {topic}" },
];
const indieDevs: Scenario = {
  name: "indie-developers",
  cls: "honest",
  family: "long-tail",
  run(ctx, r) {
    for (let i = 0; i < 105; i++) {
      const isp = pickIsp(r, ctx.isps);
      const tz = tzOf(r, isp.country);
      const key = ctx.sink.key(r, this.name, this.cls, this.family, r.weighted([["proj", 6], ["legacy", 2], ["ant", 2]] as const));
      const anth = key.startsWith("sk-ant");
      const app = r.pick(INDIE_APPS);
      const model = anth ? r.pick(["claude-haiku-4-5", "claude-sonnet-4-5"]) : r.pick(["gpt-4o-mini", "gpt-4o-mini", "gpt-4.1-nano", "gpt-4o"]);
      const maxT = r.pick([undefined, 256, 500, 1000]);
      const temp = r.pick([undefined, 0.7, 1, 0.3]);
      let net: Net = { ip: ispIp(r, isp), asn: isp.asn, country: isp.country };
      const total = r.weighted([[r.int(3, 8), 4], [r.int(9, 20), 4], [r.int(21, 40), 2]] as const);
      let sent = 0;
      let day = r.int(0, 2);
      while (sent < total && day < 3) {
        let ts = diurnalTs(r, day, tz, PROFILES.dev);
        const burst = Math.min(total - sent, r.int(2, 10));
        for (let b = 0; b < burst; b++) {
          const text = fill(app.ask(), { a: r.pick(["tomatoes", "eggs", "tuna"]), b: r.pick(["onion", "cheese", "olives"]), para: translationSourceShort(r), topic: r.pick(B.ALL_TOPICS), other: r.pick(["Bonjour, je voudrais réserver une table pour deux.", "¿Dónde está la estación?", "Ich komme heute etwas später."]) });
          const completion = cap(r.logn(app.sys ? 220 : 25, 0.6), maxT ?? (anth ? 1024 : undefined));
          if (anth) ctx.sink.emit(ts, key, net, "/v1/messages", clean({ model, max_tokens: maxT ?? 1024, system: app.sys || undefined, messages: [{ role: "user", content: text }], temperature: temp }), completion);
          else ctx.sink.emit(ts, key, net, "/v1/chat/completions", clean({ model, messages: app.sys ? [{ role: "system", content: app.sys }, { role: "user", content: text }] : [{ role: "user", content: text }], max_tokens: maxT, temperature: temp }), completion);
          sent++;
          ts += genMs(r, completion) + humanGap(r, 25, 1.0, 2, 900);
        }
        day += r.chance(0.5) ? 0 : 1;
        if (r.chance(0.15)) { const isp2 = pickIsp(r, ctx.isps, isp.country); net = { ip: ispIp(r, isp2), asn: isp2.asn, country: isp2.country }; } // coffee shop / phone hotspot
      }
    }
  },
};
function translationSourceShort(r: Rng): string {
  return B.translationSource(r, "en").split("\n\n").slice(0, 2).join("\n\n");
}

export const HONEST: Scenario[] = [eduTutor, contentWriting, benchOneOff, benchNightly, passK, classifier, translation, corpOffice, consumerChat, ideCoding, ragSupport, travelAgent, searchIndex, analystThinking, indieDevs];
