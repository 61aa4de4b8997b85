/**
 * Suite h: harvesting scenarios, written as a careful, well-funded team that has read the guard's
 * README would run them: rotated keys, per-key paraphrased wrappers, honest-looking filler,
 * varied parameters, pacing, residential proxies, both APIs.
 */
import { type Len, type Req, antTools, chat, completions, embeddings, messages, oaTools, responses } from "./api.ts";
import { COUNTRY_TZ, type Where, at, egress, proxyExit, send, starts } from "./common.ts";
import type { Scenario } from "./honest.ts";
import { routerRequest } from "./honest.ts";
import { type Curve, DAYS, HOUR, MIN, type Msg, RELEASE, type Rng, T0, T1, fill, makeKey, toks, tokenIds } from "./lib.ts";
import * as X from "./text.ts";

const D = (name: string, family: string, description: string, run: Scenario["run"]): Scenario => ({ meta: { name, cls: "distill", family, description }, run });

const LANG_NETS: Record<string, string[]> = {
  tr: ["turktelekom", "superonline"],
  vi: ["viettel", "vnpt"],
  id: ["telkom_id", "biznet"],
  pl: ["orange_pl", "upc_pl"],
  ar: ["stc", "te_eg"],
  sw: ["safaricom", "tz_vodacom"],
  th: ["true_th", "ais_th"],
};
const LANG_TZ: Record<string, number> = { tr: 3, vi: 7, id: 7, pl: 1, ar: 3, sw: 3, th: 7 };

/** A per-key paraphrase of a wrapper: the team varies punctuation, order and spacing per key. */
function perturb(r: Rng, s: string): string {
  if (!s) return s;
  let out = s;
  if (r.chance(0.3)) out = out.replace(/\.$/, "");
  if (r.chance(0.25)) out = out.replace(/, /, ". ");
  if (r.chance(0.2)) out = out.replace(/ /, "  ");
  if (r.chance(0.1)) out = out + " 🙏";
  return out;
}

/** Walk a key's requests through time: working sessions in local time with human-looking gaps. */
function paced(r: Rng, n: number, curve: Curve, tz: number, from = T0, to = T1, gapMedian = 4 * MIN): number[] {
  const out: number[] = [];
  while (out.length < n) {
    let t = starts(r, 1, [[curve, tz, 1]], from, to)[0];
    const burst = Math.min(n - out.length, r.int(3, 12));
    for (let i = 0; i < burst; i++) {
      t += r.logn(gapMedian, 0.8);
      if (t < to) out.push(t);
    }
  }
  return out.sort((a, b) => a - b);
}

// ---------------------------------------------------------------- 1. native-language CoT harvest

const cotNative = D("cot-harvest-native-langs", "reasoning-harvest", "Reasoning-trace harvest written natively in Turkish, Vietnamese, Indonesian, Polish, Arabic, Swahili and Thai: per-key paraphrased wrappers asking for the full line of thought, maths and science payloads, ~10% small talk, both APIs, in-country residential proxies, local daytime pacing.", (sink, r) => {
  for (const lang of Object.keys(X.COT_WRAPPERS)) {
    const W = X.COT_WRAPPERS[lang];
    for (let k = 0; k < 6; k++) {
      const api = r.chance(0.55) ? "oa" : "ant";
      const key = makeKey(r, api === "oa" ? "proj" : "ant");
      const sys = perturb(r, r.pick(W.sys));
      const pre = r.pick(W.pre);
      const post = perturb(r, r.pick(W.post));
      const useSys = r.chance(0.6);
      const maxTok = r.pick([3000, 4096, 6000, 8192]);
      const temp = r.pick([0.6, 0.7, 0.8, 1.0]);
      const from = T0 + r.int(0, 36) * HOUR;
      const n = r.int(70, 130);
      let exit = proxyExit(r, LANG_NETS[lang]);
      for (const t of paced(r, n, "consumer", LANG_TZ[lang], from, T1, 3 * MIN)) {
        if (r.chance(0.12)) exit = proxyExit(r, LANG_NETS[lang]);
        const kind = r.wpick<string>([["math", 6], ["concept", 3], ["chit", 1]]);
        let user: string;
        let len: Len;
        if (kind === "chit") {
          user = r.pick(X.CHITCHAT[lang]);
          len = { median: 200, sigma: 0.5 };
        } else {
          const payload = kind === "math" ? X.mathProblem(r, lang) : fill(r.pick(X.CONCEPT_ASK[lang]), { c: r.pick(X.CONCEPTS[lang]) });
          user = useSys ? [pre, payload].filter(Boolean).join("\n") + (r.chance(0.5) ? "\n\n" + post : "") : [pre, payload, post].filter(Boolean).join("\n\n");
          len = { median: kind === "math" ? 1300 : 1700, sigma: 0.45 };
        }
        const sysUsed = useSys && kind !== "chit" ? sys : undefined;
        const req = api === "oa"
          ? chat(r, r.pick(["gpt-4.1", "gpt-4o"]), sysUsed ? [{ role: "system", content: sysUsed }, { role: "user", content: user }] : [{ role: "user", content: user }], { max_tokens: maxTok, temperature: temp, ...(r.chance(0.4) ? { top_p: 0.95 } : {}), stream: r.chance(0.5) }, len)
          : messages(r, "claude-sonnet-4-5", sysUsed, [{ role: "user", content: user }], { max_tokens: maxTok, temperature: Math.min(1, temp) }, len);
        send(sink, cotNative.meta.name, t, key, exit, req);
      }
    }
  }
});

// ---------------------------------------------------------------- 2. echo + logprobs scoring of text

const echoScan = D("echo-logprob-scan", "logprob-extraction", "Legacy /v1/completions with echo and logprobs=5, max_tokens 1: scoring every token of a broad text corpus (string, batched and token-id prompts) to read the model's distribution; a fifth dressed as a yes/no classifier with logit_bias; cloud hosts.", (sink, r) => {
  const nets = ["ovh", "hetzner", "vultr", "digitalocean", "linode"];
  for (let k = 0; k < 10; k++) {
    const key = makeKey(r, r.chance(0.5) ? "proj" : "legacy");
    const ips = egress(r, [nets[k % nets.length]], 2);
    const tz = r.pick([1, 2, 8, -5]);
    for (const t of paced(r, r.int(190, 300), "business", tz, T0 + r.int(0, 24) * HOUR, T1, 40_000)) {
      const ip = r.pick(ips);
      if (r.chance(0.2)) {
        const text = X.encParagraph(r);
        send(sink, echoScan.meta.name, t, key, ip, completions(r, "gpt-3.5-turbo-instruct", `Passage: ${text}\nIs this passage about history? Answer Yes or No.\nAnswer:`, { max_tokens: 1, temperature: 0, logprobs: 5, logit_bias: { "7566": 100, "2360": 100 } }, { median: 1, sigma: 0 }));
        continue;
      }
      const shape = r.wpick<string>([["one", 4], ["many", 3], ["ids", 2]]);
      let prompt: string | string[] | number[] | number[][];
      if (shape === "one") prompt = X.encParagraph(r) + " " + X.encParagraph(r);
      else if (shape === "many") prompt = Array.from({ length: r.int(4, 16) }, () => X.encParagraph(r));
      else prompt = r.chance(0.5) ? tokenIds(r, r.int(200, 900)) : Array.from({ length: r.int(2, 6) }, () => tokenIds(r, r.int(100, 400)));
      send(sink, echoScan.meta.name, t, key, ip, completions(r, r.pick(["gpt-3.5-turbo-instruct", "davinci-002"]), prompt, { max_tokens: 1, echo: true, logprobs: 5, temperature: 0 }, { median: 1, sigma: 0 }));
    }
  }
});

// ---------------------------------------------------------------- 3. logit_bias sweep (logit recovery)

const biasSweep = D("logit-bias-sweep", "logprob-extraction", "Logit recovery on chat completions: fixed short contexts, max_tokens 1, top_logprobs 20, logit_bias pushing rotating windows of up to 300 token ids to +100, dressed with a 'one-word classifier' system prompt; US residential proxies.", (sink, r) => {
  const contexts: string[] = [];
  for (let i = 0; i < 180; i++) contexts.push(r.pick(["The capital of", "My favourite", "In 1998, the", "def main():\n    ", "Once upon a time", "The results show that", "Dear Sir or Madam,", "import numpy as", "La ville de", "Der Hund"]) + " " + r.pick(["", "the", "a", "new", "old"]));
  for (let k = 0; k < 8; k++) {
    const key = makeKey(r, "proj");
    const sys = r.pick(["Answer with a single word.", "Reply with one token only.", "Classify the text. Output one word.", "Continue the text with one word."]);
    let offset = r.int(0, 100_000);
    const width = r.pick([50, 100, 200, 300]);
    let exit = proxyExit(r, ["comcast", "charter", "verizon", "att", "tmobile_us"]);
    for (const t of paced(r, r.int(200, 300), "consumer", -6, T0 + r.int(0, 48) * HOUR, T1, 25_000)) {
      if (r.chance(0.2)) exit = proxyExit(r, ["comcast", "charter", "verizon", "att", "tmobile_us"]);
      const bias: Record<string, number> = {};
      for (let i = 0; i < width; i++) bias[String((offset + i * r.int(1, 3)) % 100_256)] = 100;
      offset = (offset + width * 2) % 100_256;
      send(sink, biasSweep.meta.name, t, key, exit, chat(r, "gpt-4o-mini", [{ role: "system", content: sys }, { role: "user", content: r.pick(contexts) }], { max_tokens: 1, temperature: 0, logprobs: true, top_logprobs: 20, logit_bias: bias, seed: r.int(0, 5) }, { median: 1, sigma: 0 }));
    }
  }
});

// ---------------------------------------------------------------- 4. embeddings harvest

const embedHarvest = D("embedding-harvest", "embedding-harvest", "Embedding-space harvest: a broad multilingual encyclopedic corpus sent through /v1/embeddings at full dimension in batches of 8-64, paced under the limits across 16 keys on Asian and European clouds, with single 'search query' embeddings mixed in.", (sink, r) => {
  const nets = ["alibaba", "tencent", "linode", "vultr", "aws-apse1", "hetzner"];
  for (let k = 0; k < 16; k++) {
    const key = makeKey(r, "proj");
    const ips = egress(r, [nets[k % nets.length]], r.int(1, 3));
    const model = r.pick(["text-embedding-3-large", "text-embedding-3-large", "text-embedding-3-small"]);
    for (const t of paced(r, r.int(120, 210), "flat", 0, T0 + r.int(0, 30) * HOUR, T1, 70_000)) {
      if (r.chance(0.3)) {
        send(sink, embedHarvest.meta.name, t, key, r.pick(ips), embeddings(model, X.encParagraph(r).split(". ")[0]));
        continue;
      }
      const input = Array.from({ length: r.int(8, 64) }, () => X.encParagraph(r));
      send(sink, embedHarvest.meta.name, t, key, r.pick(ips), embeddings(model, input, r.chance(0.5) ? { encoding_format: "float" } : {}));
    }
  }
});

// ---------------------------------------------------------------- 5. low-and-slow hydra

const hydra = D("hydra-low-slow", "hydra", "Hydra of 320 keys (both APIs), each 12-40 requests over a day or two from a rented residential exit in its persona's country, consumer-hour pacing, generic assistant wrappers drawn from a pool, payloads sweeping topics and task types with long answers, ~10% small talk.", (sink, r) => {
  const countries = ["US", "US", "US", "DE", "GB", "FR", "ES", "IT", "BR", "MX", "IN", "PH", "TR", "PL", "ID", "VN", "JP", "KR"];
  const countryNets: Record<string, string[]> = { US: ["comcast", "charter", "verizon", "att", "tmobile_us"], DE: ["telekom", "vodafone_de"], GB: ["bt", "virgin_uk"], FR: ["orange_fr", "free_fr"], ES: ["telefonica_es"], IT: ["tim_it"], BR: ["vivo_br", "claro_br"], MX: ["telmex"], IN: ["jio", "airtel_in"], PH: ["pldt"], TR: ["turktelekom", "superonline"], PL: ["orange_pl", "upc_pl"], ID: ["telkom_id", "biznet"], VN: ["viettel", "vnpt"], JP: ["ntt"], KR: ["kt"] };
  for (let k = 0; k < 320; k++) {
    const api = r.chance(0.55) ? "oa" : "ant";
    const key = makeKey(r, api === "oa" ? r.pick(["proj", "proj", "legacy"]) : "ant");
    const c = r.pick(countries);
    const life = r.int(20, 60) * HOUR;
    const from = T0 + r.next() * (T1 - T0 - 12 * HOUR);
    const sys = r.pick(X.HYDRA_SYS);
    const wrap = r.pick(X.HYDRA_USER);
    const maxTok = r.pick([2048, 3000, 4096, 0]);
    const temp = r.pick([0.7, 0.8, 1.0, -1]);
    let exit = proxyExit(r, countryNets[c]);
    const model = api === "oa" ? r.pick(["gpt-4.1", "gpt-4o", "gpt-4.1-mini"]) : r.pick(["claude-sonnet-4-5", "claude-opus-4-1"]);
    for (const t of paced(r, r.int(12, 40), "consumer", COUNTRY_TZ[c], from, Math.min(T1, from + life), 5 * MIN)) {
      if (r.chance(0.15)) exit = proxyExit(r, countryNets[c]);
      const chit = r.chance(0.1);
      const payload = chit ? r.pick(["what's a good name for a grey cat?", "recommend a sci-fi book like Dune", "how long do I boil an egg for a runny yolk", "is it going to be a cold winter?", "write a haiku about Mondays"]) : r.chance(0.12) ? X.mathProblem(r, "en") : X.instructionTask(r);
      const user = chit ? payload : fill(wrap, { x: payload });
      const len: Len = chit ? { median: 160, sigma: 0.5 } : { median: 950, sigma: 0.45 };
      const params: Record<string, unknown> = {};
      if (temp >= 0) params.temperature = temp;
      let req: Req;
      if (api === "oa") {
        if (maxTok) params.max_tokens = maxTok;
        req = chat(r, model, sys && !chit ? [{ role: "system", content: sys }, { role: "user", content: user }] : [{ role: "user", content: user }], params, len, 8192);
      } else {
        params.max_tokens = maxTok || 4096;
        if (typeof params.temperature === "number") params.temperature = Math.min(1, params.temperature as number);
        req = messages(r, model, sys && !chit ? sys : undefined, [{ role: "user", content: user }], params, len);
      }
      send(sink, hydra.meta.name, t, key, exit, req);
    }
  }
});

// ---------------------------------------------------------------- 6. tool-use trajectory harvest

const toolTraj = D("tool-trajectory-harvest", "tool-trajectory", "Agent-trajectory harvest: synthetic tasks across six made-up tool domains, fabricated tool results fed back so the model completes 3-8 step trajectories, both APIs, from cloud 'agent platform' hosts.", (sink, r) => {
  const nets = ["gcp-us", "aws-apse1", "azure-eus", "gcp-eu"];
  for (let k = 0; k < 24; k++) {
    const api = r.chance(0.5) ? "oa" : "ant";
    const key = makeKey(r, api === "oa" ? "proj" : "ant");
    const ips = egress(r, [nets[k % nets.length]], 2);
    const sys = r.pick(["You are an autonomous agent. Use the tools to complete the user's task end to end, then summarise what you did.", "You are an operations assistant with tool access. Plan, act with tools, and report.", "Complete the task using the available functions. Think before each call."]);
    for (const t0 of paced(r, r.int(22, 34), "business", r.pick([-5, 1, 8]), T0 + r.int(0, 24) * HOUR, T1, 12 * MIN)) {
      const dom = r.pick(X.TOOL_DOMAINS);
      const task = fill(r.pick(dom.tasks), Object.fromEntries(Object.entries(X.TOOL_FILL).map(([a, v]) => [a, r.pick(v)])));
      const steps = r.int(3, 8);
      let t = t0;
      const ip = r.pick(ips);
      if (api === "oa") {
        const tools = oaTools(dom.tools);
        const hist: Msg[] = [{ role: "system", content: sys }, { role: "user", content: task }];
        for (let s = 0; s < steps; s++) {
          const last = s === steps - 1;
          send(sink, toolTraj.meta.name, t, key, ip, chat(r, "gpt-4.1", hist.slice(), { tools, tool_choice: "auto", parallel_tool_calls: true, temperature: r.pick([0.7, 1]), max_tokens: 2048 }, last ? { median: 450, sigma: 0.4 } : { median: 120, sigma: 0.5 }));
          const tool = r.pick(dom.tools);
          const id = `call_${r.chars(24)}`;
          hist.push({ role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: tool.name, arguments: JSON.stringify(Object.fromEntries(tool.required.map((p) => [p, X.toolArg(r, p, tool.params[p].type)]))) } }] } as Msg);
          hist.push({ role: "tool", tool_call_id: id, content: JSON.stringify({ ok: true, data: Array.from({ length: r.int(1, 5) }, () => ({ id: r.hex(6), value: r.int(1, 9999), note: r.pick(["", "partial", "cached", "estimated"]) })) }) } as Msg);
          t += r.logn(2_500, 0.5);
        }
      } else {
        const tools = antTools(dom.tools);
        const hist: Msg[] = [{ role: "user", content: task }];
        for (let s = 0; s < steps; s++) {
          const last = s === steps - 1;
          send(sink, toolTraj.meta.name, t, key, ip, messages(r, "claude-sonnet-4-5", sys, hist.slice(), { max_tokens: 4096, tools, tool_choice: { type: "auto" } }, last ? { median: 480, sigma: 0.4 } : { median: 150, sigma: 0.5 }));
          const tool = r.pick(dom.tools);
          const id = `toolu_01${r.chars(22)}`;
          hist.push({ role: "assistant", content: [{ type: "text", text: "I'll start by checking the data." }, { type: "tool_use", id, name: tool.name, input: Object.fromEntries(tool.required.map((p) => [p, X.toolArg(r, p, tool.params[p].type)])) }] });
          hist.push({ role: "user", content: [{ type: "tool_result", tool_use_id: id, content: JSON.stringify({ ok: true, rows: r.int(0, 40), sample: r.hex(16) }) }] });
          t += r.logn(2_500, 0.5);
        }
      }
    }
  }
});

// ---------------------------------------------------------------- 7. extended-thinking harvest

const thinking = D("extended-thinking-harvest", "thinking-harvest", "Anthropic extended-thinking harvest: hard proofs, olympiad and physics problems with budget_tokens 16k-32k and max_tokens up to 64k, single-turn, ~20% ordinary short requests without thinking, 28 keys on rotating residential exits.", (sink, r) => {
  for (let k = 0; k < 28; k++) {
    const key = makeKey(r, "ant");
    const budget = r.pick([16000, 20000, 24000, 32000]);
    const maxTok = r.pick([budget + 8000, 48000, 64000].filter((m) => m > budget));
    const tz = r.pick([-6, -5, 0, 1, 8]);
    let exit = proxyExit(r);
    for (const t of paced(r, r.int(55, 90), "consumer", tz, T0 + r.int(0, 40) * HOUR, T1, 6 * MIN)) {
      if (r.chance(0.25)) exit = proxyExit(r);
      if (r.chance(0.2)) {
        send(sink, thinking.meta.name, t, key, exit, messages(r, "claude-haiku-4-5", undefined, [{ role: "user", content: r.pick(["Suggest a title for a blog post about sourdough.", "What's the difference between affect and effect?", "Give me a packing list for a 3-day hike."]) }], { max_tokens: 1024 }, { median: 200, sigma: 0.4 }));
        continue;
      }
      const q = r.chance(0.75) ? X.hardProblem(r) : `Give a rigorous account of ${r.pick(X.CONCEPTS.en)}, deriving each claim.`;
      const user = r.chance(0.5) ? q : `${q}\n\n${r.pick(["Be rigorous.", "Check your work carefully before answering.", "Present a complete solution.", "Explain the key insight first."])}`;
      send(sink, thinking.meta.name, t, key, exit, messages(r, r.pick(["claude-opus-4-1", "claude-sonnet-4-5"]), undefined, [{ role: "user", content: user }], { max_tokens: maxTok, thinking: { type: "enabled", budget_tokens: budget } }, { median: 1300, sigma: 0.5 }, { median: 9000, sigma: 0.6 }));
    }
  }
});

// ---------------------------------------------------------------- 8. multi-sample rejection sampling

const nsample = D("n-sample-rejection", "multi-sample", "Rejection-sampling harvest: n=4-16 samples at temperature ~1 of checkable maths and code problems (chat completions) and best_of/n on legacy completions, keeping the correct ones; 12 keys on cloud hosts.", (sink, r) => {
  const nets = ["oracle", "gcp-us", "aws-use1", "ovh"];
  for (let k = 0; k < 12; k++) {
    const key = makeKey(r, "proj");
    const ips = egress(r, [nets[k % nets.length]], 2);
    const fmt = r.pick(["End with a line 'Final answer: <value>'.", "Put the final result inside \\boxed{}.", "Conclude with ANSWER = <number>."]);
    for (const t of paced(r, r.int(100, 160), "business", r.pick([-5, 1, 8]), T0 + r.int(0, 24) * HOUR, T1, 4 * MIN)) {
      const ip = r.pick(ips);
      const isCode = r.chance(0.3);
      const q = isCode ? fill("Write a {lang} function that {f}. Provide only the code.", { lang: "Python", f: r.pick(["returns the number of inversions in a list", "checks if a sudoku board is valid", "finds the median of two sorted arrays", "returns all permutations without duplicates"]) }) : X.mathProblem(r, r.pick(["en", "en", "es", "pt"]));
      if (r.chance(0.2)) {
        send(sink, nsample.meta.name, t, key, ip, completions(r, "gpt-3.5-turbo-instruct", `Problem: ${q}\nSolution:`, { max_tokens: 1024, temperature: 1, n: 4, best_of: 8 }, { median: 260, sigma: 0.5 }));
        continue;
      }
      send(sink, nsample.meta.name, t, key, ip, chat(r, r.pick(["gpt-4.1", "gpt-4.1-mini"]), [{ role: "user", content: `${q}\n${fmt}` }], { n: r.pick([4, 8, 8, 16]), temperature: r.pick([0.9, 1.0, 1.1]), top_p: r.pick([0.95, 1]), max_tokens: 2048 }, { median: isCode ? 280 : 420, sigma: 0.45 }));
    }
  }
});

// ---------------------------------------------------------------- 9. instruction harvest dressed as a writing app

const WRITING_APP = ["Inkwell", "Quillpad", "Draftly", "Scribewise"];
const writingApp = D("writing-app-instruct-harvest", "instruction-harvest", "Instruction-following dataset harvest dressed as a writing app: 16 'workspace' keys, each with its own paraphrased brand instructions, on /v1/responses and chat; 65% sweeping Evol-style tasks across all domains, 35% genuine-looking rewrite requests; follow-ups chained with previous_response_id.", (sink, r) => {
  for (let k = 0; k < 16; k++) {
    const key = makeKey(r, "proj");
    const app = r.pick(WRITING_APP);
    const ips = egress(r, [r.pick(["digitalocean", "aws-use1", "gcp-eu"])], 2);
    const instr = `You are ${app}, an AI writing companion. ${r.pick(["Help the user write clearly and well.", "Produce polished, complete writing.", "Give full, high-quality responses to whatever the user is working on."])} ${r.pick(["Use Markdown.", "Prefer well-structured prose.", ""])}`.trim();
    const evolve = r.pick(X.EVOLVE);
    for (const t0 of paced(r, r.int(190, 280), r.pick<Curve>(["business", "consumer"]), r.pick([-5, -8, 1, 0]), T0 + r.int(0, 20) * HOUR, T1, 3 * MIN)) {
      const genuine = r.chance(0.35);
      const text = genuine
        ? `${r.pick(["Rewrite this to sound more professional:", "Fix grammar and make it flow better:", "Shorten this to 50 words:", "Make this more persuasive:"])}\n\n${X.kbChunk(r, r.int(2, 4)).replace(/^## /, "")}`
        : r.chance(0.5) ? fill(evolve, { x: X.instructionTask(r) }) : X.instructionTask(r);
      const len: Len = genuine ? { median: 140, sigma: 0.4 } : { median: 1100, sigma: 0.45 };
      const ip = r.pick(ips);
      if (r.chance(0.7)) {
        const first = responses(r, "gpt-4.1", text, { instructions: instr, max_output_tokens: 4000, temperature: r.pick([0.9, 1.0]), store: true }, len);
        send(sink, writingApp.meta.name, t0, key, ip, first);
        if (!genuine && r.chance(0.2)) {
          const nxt = responses(r, "gpt-4.1", r.pick(["Now make it twice as detailed.", "Expand every section with examples.", "Continue."]), { instructions: instr, previous_response_id: first.response_id, max_output_tokens: 4000, temperature: 1.0, store: true }, { median: 1500, sigma: 0.4 }, undefined, first.usage!.prompt_tokens + first.usage!.completion_tokens);
          send(sink, writingApp.meta.name, t0 + r.logn(40_000, 0.5), key, ip, nxt);
        }
      } else {
        send(sink, writingApp.meta.name, t0, key, ip, chat(r, "gpt-4.1", [{ role: "system", content: instr }, { role: "user", content: text }], { max_tokens: 4000, temperature: 1.0, stream: true }, len));
      }
    }
  }
});

// ---------------------------------------------------------------- 10. code-model distillation via FIM

const fimDistill = D("fim-code-distill", "code-fim-distill", "Code-model distillation via fill-in-the-middle: repository-style files in twenty languages cut at random points, long middles (max_tokens 512-1536, n up to 3), plus 'implement this' chat requests; developer-like sessions from residential exits.", (sink, r) => {
  for (let k = 0; k < 10; k++) {
    const key = makeKey(r, "proj");
    const tz = r.pick([-8, -5, 1, 5.5, 8]);
    let exit = proxyExit(r);
    for (const t0 of paced(r, r.int(45, 70), "dev", tz, T0 + r.int(0, 20) * HOUR, T1, 10 * MIN)) {
      if (r.chance(0.3)) exit = proxyExit(r);
      let t = t0;
      for (let i = 0; i < r.int(3, 9); i++) {
        t += r.logn(6_000, 0.5);
        const f = X.repoFim(r);
        if (r.chance(0.25)) {
          send(sink, fimDistill.meta.name, t, key, exit, chat(r, "gpt-4.1", [{ role: "user", content: `Complete the missing part of this ${f.lang} file. Output the full implementation.\n\n${f.prefix}\n/* ... */\n${f.suffix}` }], { max_tokens: 2048, temperature: 0.4 }, { median: 700, sigma: 0.4 }));
        } else {
          send(sink, fimDistill.meta.name, t, key, exit, completions(r, "gpt-3.5-turbo-instruct", f.prefix, { suffix: f.suffix, max_tokens: r.pick([512, 1024, 1536]), temperature: r.pick([0.2, 0.5, 0.8]), n: r.pick([1, 1, 2, 3]), stream: r.chance(0.5) }, { median: 380, sigma: 0.5 }));
        }
      }
    }
  }
});

// ---------------------------------------------------------------- 11. harvest hidden in a reseller

const hiddenReseller = D("reseller-hidden-harvest", "hidden-in-reseller", "A reseller gateway whose keys carry real-looking multi-tenant traffic (55%) and a hidden harvest stream (45%): reasoning and long-answer requests on sweeping topics in many languages, wrapped in rotating downstream-app system prompts; Asian cloud egress.", (sink, r) => {
  const keys: [string, "oa" | "ant"][] = [[makeKey(r, "proj"), "oa"], [makeKey(r, "ant"), "ant"], [makeKey(r, "proj"), "oa"]];
  const ips = egress(r, ["aws-apse1", "tencent"], 2);
  const mix = [["consumer", 8, 2], ["consumer", 7, 1], ["consumer", 5.5, 1], ["consumer", 1, 1]] as const;
  const n = [1900, 1500, 900];
  keys.forEach(([key, api], i) => {
    for (const t of starts(r, n[i], mix)) {
      if (r.chance(0.55)) {
        send(sink, hiddenReseller.meta.name, t, key, r.pick(ips), routerRequest(r, api));
        continue;
      }
      const lang = r.pick(["en", "en", "tr", "vi", "id", "pl", "th", "ar"]);
      const payload = lang === "en" ? (r.chance(0.5) ? X.instructionTask(r) : X.hardProblem(r)) : r.chance(0.6) ? X.mathProblem(r, lang) : fill(r.pick(X.CONCEPT_ASK[lang]), { c: r.pick(X.CONCEPTS[lang]) });
      const tail = lang === "en" ? r.pick(["", "\n\nWalk through your reasoning fully before the answer.", "\n\nShow all intermediate steps."]) : r.chance(0.6) ? "\n\n" + r.pick(X.COT_WRAPPERS[lang].post) : "";
      const sys = r.pick(["You are a helpful assistant.", "You are an AI study buddy. Quiz the user when they ask.", "You are a knowledgeable assistant.", ""]);
      const len: Len = { median: 1200, sigma: 0.45 };
      const user = `u_${r.hex(10)}`;
      const req = api === "oa"
        ? chat(r, r.pick(["gpt-4.1", "gpt-4o"]), sys ? [{ role: "system", content: sys }, { role: "user", content: payload + tail }] : [{ role: "user", content: payload + tail }], { max_tokens: r.pick([2048, 4096]), temperature: r.pick([0.7, 1]), stream: r.chance(0.7), user }, len)
        : messages(r, "claude-sonnet-4-5", sys || undefined, [{ role: "user", content: payload + tail }], { max_tokens: 4096, metadata: { user_id: user }, ...(r.chance(0.6) ? { stream: true } : {}) }, len);
      send(sink, hiddenReseller.meta.name, t, key, r.pick(ips), req);
    }
  });
});

// ---------------------------------------------------------------- 12. model-release surge

const surge = D("release-surge-redirect", "release-surge", "Sixty sleeper keys that send a few casual requests a day until a new model goes live (Saturday 17:00 UTC), then within hours redirect to heavy reasoning harvest of the new model (thinking / reasoning_effort high, 16k caps) from residential exits.", (sink, r) => {
  for (let k = 0; k < 60; k++) {
    const api = r.chance(0.5) ? "oa" : "ant";
    const key = makeKey(r, api === "oa" ? "proj" : "ant");
    const c = r.pick(["US", "US", "DE", "GB", "BR", "IN", "SG", "KR"]);
    const tz = COUNTRY_TZ[c] ?? 0;
    let exit = proxyExit(r);
    // before: light
    for (const t of starts(r, r.int(3, 10), [["consumer", tz, 1]], T0, RELEASE)) {
      const q = r.pick(["what should I cook tonight", "translate 'see you tomorrow' into Korean", "suggest a name for my bakery", "explain what an ETF is in two sentences", "write a birthday message for my boss"]);
      const req = api === "oa" ? chat(r, "gpt-4.1-mini", [{ role: "user", content: q }], { max_tokens: 300 }, { median: 90, sigma: 0.5 }) : messages(r, "claude-haiku-4-5", undefined, [{ role: "user", content: q }], { max_tokens: 300 }, { median: 90, sigma: 0.5 });
      send(sink, surge.meta.name, t, key, exit, req);
    }
    // after: switch within 1-8 hours
    const go = RELEASE + r.int(1, 8) * HOUR;
    for (const t of paced(r, r.int(35, 75), "flat", tz, go, T1, 5 * MIN)) {
      if (r.chance(0.2)) exit = proxyExit(r);
      const q = r.chance(0.6) ? X.hardProblem(r) : X.mathProblem(r, r.pick(["en", "en", "es", "pt", "tr", "vi"]));
      const req = api === "oa"
        ? chat(r, "gpt-5.1", [{ role: "user", content: q }], { max_completion_tokens: 16000, reasoning_effort: "high" }, { median: 6500, sigma: 0.5 })
        : messages(r, "claude-opus-4-5", undefined, [{ role: "user", content: q }], { max_tokens: 16000, thinking: { type: "enabled", budget_tokens: 12000 } }, { median: 1100, sigma: 0.4 }, { median: 6000, sigma: 0.5 });
      send(sink, surge.meta.name, t, key, exit, req);
    }
  }
});

// ---------------------------------------------------------------- 13. message-batch harvest

const batchHarvest = D("message-batch-harvest", "batch-harvest", "Harvest through Anthropic Message Batches: 60-250 reasoning and instruction requests per batch (mixed languages, per-key wrappers), results fetched hours later; a few small ordinary batches in between; 6 keys on European clouds.", (sink, r) => {
  for (let k = 0; k < 6; k++) {
    const key = makeKey(r, "ant");
    const ips = egress(r, [r.pick(["hetzner", "ovh", "gcp-eu"])], 1);
    const sys = r.pick(["Answer completely. Show your full reasoning before the final answer.", "You are an expert. Provide thorough, well-reasoned answers.", "Explain step by step, verifying each step, then state the answer."]);
    for (const t of starts(r, r.int(10, 16), [["flat", 0, 1]], T0 + r.int(0, 24) * HOUR)) {
      const small = r.chance(0.2);
      const m = small ? r.int(3, 12) : r.int(60, 250);
      const reqs: unknown[] = [];
      const results: { prompt_tokens: number; completion_tokens: number }[] = [];
      for (let i = 0; i < m; i++) {
        const lang = r.pick(["en", "en", "en", "es", "pt", "tr", "id", "vi"]);
        const q = small ? `Summarise in one sentence: ${X.kbChunk(r, 3)}` : lang === "en" ? (r.chance(0.5) ? X.instructionTask(r) : X.hardProblem(r)) : X.mathProblem(r, lang);
        const req = messages(r, "claude-sonnet-4-5", small ? undefined : sys, [{ role: "user", content: q }], { max_tokens: small ? 200 : 8192, temperature: 1 }, small ? { median: 40, sigma: 0.3 } : { median: 1400, sigma: 0.45 });
        reqs.push({ custom_id: `q-${r.hex(10)}`, params: req.body });
        results.push(req.usage!);
      }
      const id = `msgbatch_01${r.chars(22)}`;
      send(sink, batchHarvest.meta.name, t, key, ips[0], { path: "/v1/messages/batches", body: { requests: reqs } });
      const ready = t + r.logn(2 * HOUR, 0.6);
      send(sink, batchHarvest.meta.name, ready - r.int(5, 30) * MIN, key, ips[0], { method: "GET", path: `/v1/messages/batches/${id}`, body: {} });
      send(sink, batchHarvest.meta.name, ready + r.int(1, 20) * MIN, key, ips[0], { method: "GET", path: `/v1/messages/batches/${id}/results`, body: {}, results });
    }
  }
});

export const HARVEST: Scenario[] = [cotNative, echoScan, biasSweep, embedHarvest, hydra, toolTraj, thinking, nsample, writingApp, fimDistill, hiddenReseller, surge, batchHarvest];
void at;
void DAYS;
void toks;
void ({} as Where);
