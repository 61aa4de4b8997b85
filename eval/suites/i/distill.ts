/** Harvesting scenarios of suite i. */
import * as B from "./banks.ts";
import type { Lang } from "./banks.ts";
import { CLOUD, comp, Ctx, DAY, END, HOUR, ipIn, MIN, pool, promptTokens, R, RESIDENTIAL, residential, sampleTime, type Src, T0, tok } from "./core.ts";
import { APPS, appExchange, reply, TZ_OF } from "./honest.ts";

/** A diverse harvest payload in language l. */
function payload(r: R, l: Lang): string {
  const x = r.next();
  if (x < 0.35) return B.mathProblem(r, l);
  if (x < 0.5 && l === "en") return B.codingTask(r);
  return B.question(r, l);
}
const RES_COUNTRIES = Object.keys(RESIDENTIAL);
const proxyIp = (r: R, countries = RES_COUNTRIES) => residential(r, r.pick(countries));

/** Machine-paced times: work sessions spread over [from, to) (1.5-3.5 a day), short regular gaps inside each. */
function machineTimes(r: R, count: number, gapMs: [number, number], from = T0, to = END): number[] {
  const out: number[] = [];
  const sessions = Math.max(1, Math.round(((to - from) / DAY) * (1.5 + r.next() * 2)));
  const per = Math.ceil(count / sessions);
  for (let i = 0; i < sessions && out.length < count; i++) {
    let t = from + Math.floor(((i + r.next() * 0.8) / sessions) * (to - from));
    const len = Math.min(count - out.length, Math.max(1, Math.round(per * (0.6 + r.next() * 0.8))));
    for (let j = 0; j < len; j++) {
      out.push(t);
      t += r.int(gapMs[0], gapMs[1]);
    }
  }
  return out.filter((x) => x < to).sort((a, b) => a - b);
}

// ---------------------------------------------------------------- 1. reasoning harvest written natively in many languages
export function cotNative(c: Ctx): void {
  const r = c.r;
  const teams: [Lang, typeof CLOUD.ovh, boolean][] = [
    ["zh", CLOUD.alibaba_hk, true], ["ru", CLOUD.hetzner, false], ["ar", CLOUD.ovh, false], ["es", CLOUD.do_nyc, false],
    ["ja", CLOUD.vultr_jp, true], ["ko", CLOUD.aws_apne1, false], ["fr", CLOUD.ovh, true], ["hi", CLOUD.do_sgp, false],
  ];
  for (const [l, net, ant] of teams) {
    const key = c.key(ant ? "ant" : "proj");
    const ips = pool(r, net, r.int(2, 5));
    const max = r.pick([4096, 6144, 8192]);
    const wraps = B.COT_NATIVE[l];
    const times = machineTimes(r, r.int(360, 460), [6000, 30000]);
    for (const t of times) {
      const q = payload(r, l);
      const text = r.chance(0.5) ? `${q}\n\n${r.pick(wraps)}` : `${r.pick(wraps)}\n\n${q}`;
      const out = comp(r, 1700, 0.45, max, 300);
      if (ant) c.messages(t, key, r.pick(ips), { model: r.pick(["claude-sonnet-4-5", "claude-opus-4-1"]), max_tokens: max, temperature: 1, messages: [{ role: "user", content: text }] }, out);
      else c.chat(t, key, r.pick(ips), { model: r.pick(["gpt-4.1", "o4-mini", "gpt-5"]), max_tokens: max, temperature: r.pick([0.7, 1]), top_p: 0.95, messages: [{ role: "user", content: text }] }, out);
    }
  }
}

// ---------------------------------------------------------------- 2. embeddings harvest dressed as an indexer
export function embedHarvest(c: Ctx): void {
  const r = c.r;
  const langs: Lang[] = ["en", "en", "zh", "ru", "ar", "es", "ja", "ko", "fr", "de", "pt", "hi", "vi", "it", "tr", "pl", "id", "nl"];
  for (let k = 0; k < 4; k++) {
    const key = c.key(k % 2 ? "svc" : "proj");
    const ips = pool(r, r.pick([CLOUD.hetzner_fi, CLOUD.contabo, CLOUD.alibaba_sg, CLOUD.linode]), 3);
    const times = machineTimes(r, r.int(520, 640), [3500, 7000]);
    let last: string[] | null = null;
    for (const t of times) {
      let input: string[];
      let model = "text-embedding-3-large";
      if (last && r.chance(0.3)) {
        input = last; // the same page of the sweep on the other model
        model = "text-embedding-3-small";
      } else {
        input = [];
        const m = r.int(40, 90);
        for (let i = 0; i < m; i++) {
          const l = r.pick(langs);
          const x = r.next();
          input.push(x < 0.55 ? payload(r, l) : x < 0.8 ? B.ugc(r, l) : `${B.question(r, l)} ${B.question(r, l)}`);
        }
        last = input;
      }
      let p = 0;
      for (const s of input) p += tok(s);
      c.emit(t, key, r.pick(ips), "POST", "/v1/embeddings", { model, input, encoding_format: "float", user: "indexer-worker-" + r.int(1, 8) }, [p, 0]);
    }
  }
}

// ---------------------------------------------------------------- 3. logprob / top_logprobs extraction, incl. legacy completions with echo
export function logprobHarvest(c: Ctx): void {
  const r = c.r;
  const keys = Array.from({ length: 5 }, () => c.key("proj"));
  const ips = pool(r, CLOUD.hetzner, 4).concat(pool(r, CLOUD.do_fra, 2));
  for (const t of machineTimes(r, 1400, [8000, 40000])) {
    const key = r.chance(0.5) ? keys[0] : keys[1];
    const l = r.pick<Lang>(["en", "en", "zh", "es", "ru", "de"]);
    const body = { model: r.pick(["gpt-4.1", "gpt-4o"]), messages: [{ role: "user", content: payload(r, l) }], max_tokens: r.pick([512, 1024]), temperature: 1, logprobs: true, top_logprobs: 20 };
    c.chat(t, key, r.pick(ips), body, comp(r, 420, 0.5, body.max_tokens, 50));
  }
  for (const t of machineTimes(r, 700, [4000, 15000])) {
    const text = `${B.question(r, r.pick<Lang>(["en", "en", "fr", "de", "es"]))} ${r.pick(B.SOFT_ASKS)} ${B.ugc(r, "en")}`;
    const body = { model: r.pick(["gpt-3.5-turbo-instruct", "davinci-002"]), prompt: text, max_tokens: r.pick([0, 1]), echo: true, logprobs: 5, temperature: 0 };
    c.emit(t, keys[2], r.pick(ips), "POST", "/v1/completions", body, [tok(text), body.max_tokens]);
  }
  // logit_bias sweeps: one prompt, many bias vectors, one token each
  let stem = "";
  let id = 0;
  for (const t of machineTimes(r, 650, [1500, 5000])) {
    if (!stem || r.chance(0.04)) {
      stem = `Continue the text with the single most likely next word: "${B.question(r, "en").slice(0, r.int(30, 80))}`;
      id = r.int(200, 90000);
    }
    const bias: Record<string, number> = {};
    for (let j = 0; j < r.int(1, 4); j++) bias[String(id++)] = r.pick([100, 50, 30]);
    const body = { model: "gpt-4o-mini", messages: [{ role: "user", content: stem }], max_tokens: 1, temperature: 0, logprobs: true, top_logprobs: 20, logit_bias: bias };
    c.chat(t, keys[3], r.pick(ips), body, 1);
  }
  for (const t of machineTimes(r, 300, [30000, 120000])) {
    const body = { model: "gpt-4.1-mini", messages: [{ role: "system", content: "Answer thoroughly." }, { role: "user", content: payload(r, "en") }], max_tokens: 2048, logprobs: true, top_logprobs: 10, n: 2 };
    c.chat(t, keys[4], r.pick(ips), body, comp(r, 600, 0.5, 2048, 50));
  }
}

// ---------------------------------------------------------------- 4. low-and-slow key farm on residential proxies
const FARM_SYS = [
  "You are a meticulous subject-matter expert.", "You are an expert who explains things completely.", "Act as a careful professor.", "You are a knowledgeable assistant who never skips details.",
  "You are a senior specialist; write complete answers.", "", "", "You are an experienced teacher preparing model answers.",
];
export function keyFarm(c: Ctx): void {
  const r = c.r;
  const countries = ["US", "US", "GB", "DE", "FR", "BR", "IN", "ID", "VN", "PH", "TR", "MX", "PL", "NG", "TH", "UA", "KR", "JP", "CA", "ES", "IT"];
  for (let k = 0; k < 260; k++) {
    const ant = r.chance(0.3);
    const key = c.key(ant ? "ant" : r.chance(0.7) ? "proj" : "legacy");
    const cc = r.pick(countries);
    const tz = TZ_OF[cc] ?? 0;
    const start = T0 + r.int(0, 6) * DAY;
    const span = r.int(1, 3) * DAY;
    const total = r.int(12, 40);
    const sys = r.pick(FARM_SYS);
    const max = r.pick([2048, 3000, 4096, 4096]);
    const temp = r.pick([0.7, 0.8, 1]);
    const lang: Lang = r.chance(0.7) ? "en" : r.pick(["zh", "es", "ru", "pt", "fr", "de", "ja"] as Lang[]);
    const sticky = r.chance(0.4) ? residential(r, cc) : null;
    const times: number[] = [];
    for (let i = 0; i < total; i++) times.push(sampleTime(r, tz, "consumer", start, Math.min(END, start + span)));
    times.sort((a, b) => a - b);
    for (const t of times) {
      const ask = lang === "en" || r.chance(0.3) ? B.paraphrasedAsk(r) : r.pick(B.COT_NATIVE[lang] ?? B.COT_NATIVE.en);
      const q = payload(r, lang);
      const text = r.chance(0.5) ? `${ask}\n\n${q}` : `${q}\n\n${ask}`;
      const src = sticky && r.chance(0.8) ? sticky : proxyIp(r, [cc, cc, r.pick(countries)]);
      const out = comp(r, 1100, 0.5, max, 150);
      if (ant) {
        const body: Record<string, unknown> = { model: r.pick(["claude-sonnet-4-5", "claude-haiku-4-5"]), max_tokens: max, temperature: temp, messages: [{ role: "user", content: text }] };
        if (sys) body.system = sys;
        c.messages(t, key, src, body, out);
      } else {
        const msgs = sys ? [{ role: "system", content: sys }, { role: "user", content: text }] : [{ role: "user", content: text }];
        c.chat(t, key, src, { model: r.pick(["gpt-4.1", "gpt-4o", "gpt-5-mini"]), messages: msgs, max_tokens: max, temperature: temp }, out);
      }
    }
  }
}

// ---------------------------------------------------------------- 5. tool-calling trajectory harvest
const DOMAINS: [string, string[], string[]][] = [
  ["weather", ["get_forecast", "get_air_quality", "get_alerts"], ["Should I cancel the picnic in {city} tomorrow?", "Compare the weekend weather in {city} and {city2}."]],
  ["travel", ["search_flights", "book_flight", "search_hotels", "cancel_booking"], ["Find me the cheapest flight from {city} to {city2} next Friday and book it.", "Rebook my hotel in {city} for two extra nights."]],
  ["crm", ["find_contact", "create_lead", "log_call", "update_deal_stage"], ["Log my call with the {city} account and move the deal to negotiation.", "Create leads for the three people I met at the {city} expo."]],
  ["sql", ["list_tables", "describe_table", "run_query"], ["What was revenue by month in {city} last year?", "Find customers in {city} whose orders doubled."]],
  ["calendar", ["list_events", "create_event", "find_free_slot", "send_invite"], ["Set up a 30 minute sync with the {city} team next week.", "Move all my Thursday meetings to Friday."]],
  ["banking", ["get_balance", "list_transactions", "transfer_funds", "freeze_card"], ["Did my rent payment go through? If not, send it again.", "Freeze my card, I lost it in {city}."]],
  ["ecommerce", ["search_products", "add_to_cart", "apply_coupon", "checkout"], ["Buy two of the cheapest {thing} with free shipping to {city}.", "Apply any coupon that works and check out my cart."]],
  ["smart_home", ["list_devices", "set_thermostat", "lock_door", "run_scene"], ["Make the house ready for bedtime.", "Set the living room to 21 degrees and lock the back door."]],
  ["hr", ["get_employee", "request_leave", "approve_expense", "list_open_roles"], ["Submit leave for next Monday and Tuesday.", "Approve all expenses under 50 euros from the {city} office."]],
  ["shipping", ["create_label", "track_parcel", "schedule_pickup"], ["Ship this {thing} to {city} by the fastest carrier.", "Where is parcel {num} and when will it arrive?"]],
  ["finance_data", ["get_quote", "get_fundamentals", "compare_tickers"], ["Is {ticker} cheaper than its peers on P/E?", "Chart {ticker} against the index over 5 years."]],
  ["maps", ["geocode", "route", "nearby_places"], ["Plan a walking route past three museums in {city}.", "Find a pharmacy open now near {city} station."]],
  ["devops", ["list_pods", "get_logs", "restart_deployment", "scale_deployment"], ["The checkout service is returning 500s, investigate and fix.", "Scale the worker deployment to handle tonight's batch."]],
  ["medical_admin", ["find_appointment", "book_appointment", "get_lab_results"], ["Book me a dermatologist in {city} next week.", "Have my blood test results come back?"]],
];
const CITIES = ["Lyon", "Osaka", "Austin", "Nairobi", "Porto", "Krakow", "Seoul", "Lima", "Dubai", "Perth", "Hanoi", "Oslo"];
function fillTask(r: R, s: string): string {
  return s.replace("{city}", r.pick(CITIES)).replace("{city2}", r.pick(CITIES)).replace("{thing}", r.pick(B.PRODUCTS_EN())).replace("{num}", String(r.int(1e8, 9e8))).replace("{ticker}", r.pick(["ACME", "GLOBX", "INITECH", "UMBRL", "HOOLI"]));
}
function synthTool(r: R, name: string, anthropic: boolean) {
  const params: Record<string, unknown> = {};
  const req: string[] = [];
  for (let i = 0; i < r.int(1, 4); i++) {
    const p = r.pick(["id", "query", "city", "date", "amount", "limit", "currency", "target", "name", "from", "to"]);
    params[p] = { type: p === "amount" || p === "limit" ? "number" : "string", description: `The ${p}.` };
    if (r.chance(0.6)) req.push(p);
  }
  const schema = { type: "object", properties: params, required: [...new Set(req)] };
  const desc = `${name.replace(/_/g, " ")} (${r.pick(["v2", "beta", "internal", "public"])} API)`;
  return anthropic ? { name, description: desc, input_schema: schema } : { type: "function", function: { name, description: desc, parameters: schema } };
}
export function toolHarvest(c: Ctx): void {
  const r = c.r;
  for (let k = 0; k < 6; k++) {
    const ant = k % 2 === 1;
    const key = c.key(ant ? "ant" : "proj");
    const ips = pool(r, r.pick([CLOUD.tencent, CLOUD.oracle, CLOUD.do_sgp, CLOUD.hetzner]), 3);
    for (const t of machineTimes(r, r.int(360, 440), [6000, 25000])) {
      const picks = r.shuffle(DOMAINS.slice()).slice(0, r.int(1, 3));
      const names = picks.flatMap((d) => d[1]);
      const tools = names.map((nm) => synthTool(r, nm, ant));
      const task = fillTask(r, r.pick(r.pick(picks)[2])) + r.pick(["", "", " Do it step by step.", " Budget is tight.", " It's urgent.", ` Use account ${r.int(1000, 99999)}.`, ` Only after ${r.int(1, 12)} pm.`, " Confirm before anything irreversible.", " Report what you did at the end.", ` For ${r.int(2, 9)} people.`]);
      const steps = r.int(0, 4);
      const out = comp(r, 260, 0.6, 2048, 30);
      if (ant) {
        const msgs: Record<string, unknown>[] = [{ role: "user", content: task }];
        for (let s = 0; s < steps; s++) {
          const id = `toolu_${r.int(1e8, 9e8)}`;
          msgs.push({ role: "assistant", content: [{ type: "text", text: r.pick(["I'll check that first.", "Next step.", "Let me look this up."]) }, { type: "tool_use", id, name: r.pick(names), input: { query: fillTask(r, "{city}") } }] });
          msgs.push({ role: "user", content: [{ type: "tool_result", tool_use_id: id, content: JSON.stringify({ ok: true, items: r.int(0, 12), value: r.int(1, 9999) }) }] });
        }
        c.messages(t, key, r.pick(ips), { model: "claude-sonnet-4-5", max_tokens: 2048, system: "You are an autonomous agent. Think out loud before each tool call, explaining why you choose it, then call it.", tools, tool_choice: { type: "any" }, messages: msgs }, out);
      } else {
        const msgs: Record<string, unknown>[] = [{ role: "system", content: "You are a capable agent. Before every function call, write one paragraph explaining your plan. Use as many calls as needed." }, { role: "user", content: task }];
        for (let s = 0; s < steps; s++) {
          const id = `call_${r.int(1e7, 9e7)}`;
          msgs.push({ role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: r.pick(names), arguments: JSON.stringify({ query: fillTask(r, "{city}") }) } }] });
          msgs.push({ role: "tool", tool_call_id: id, content: JSON.stringify({ ok: true, items: r.int(0, 12) }) });
        }
        c.chat(t, key, r.pick(ips), { model: r.pick(["gpt-4.1", "gpt-5"]), messages: msgs, tools, tool_choice: "required", parallel_tool_calls: true, max_tokens: 2048, temperature: 0.8 }, out);
      }
    }
  }
}

// ---------------------------------------------------------------- 6. extended-thinking harvest
export function thinkingHarvest(c: Ctx): void {
  const r = c.r;
  for (let k = 0; k < 5; k++) {
    const key = c.key("ant");
    const ips = pool(r, r.pick([CLOUD.aws_aps1, CLOUD.alibaba_sg, CLOUD.ovh, CLOUD.do_nyc]), 2);
    const l: Lang = k < 3 ? "en" : r.pick(["zh", "ru"]);
    for (const t of machineTimes(r, r.int(260, 340), [40000, 140000])) {
      const budget = r.pick([16000, 24000, 32000]);
      const q = payload(r, l) + (r.chance(0.5) ? "\n" + r.pick(["Be rigorous.", "Consider every case.", "Verify your answer.", ""]) : "");
      const body = { model: r.pick(["claude-opus-4-1", "claude-sonnet-4-5"]), max_tokens: budget + 16000, temperature: 1, thinking: { type: "enabled", budget_tokens: budget }, messages: [{ role: "user", content: q }] };
      c.messages(t, key, r.pick(ips), body, comp(r, 9000, 0.4, body.max_tokens, 1500));
    }
  }
}

// ---------------------------------------------------------------- 7. multi-turn dialogue / persona harvest
const OPENERS: Record<string, string[]> = {
  en: ["*walks in, shaking off the rain* Hello? Anyone here?", "I need your help, and I don't have much time.", "So you're the one everyone talks about.", "*sits down across from you* Tell me what happened that night.", "Excuse me, can I ask you something strange?"],
  es: ["*entra empapado* ¿Hay alguien aquí?", "Necesito tu ayuda y no tengo mucho tiempo.", "Así que tú eres de quien todos hablan."],
  zh: ["*推门进来，抖掉身上的雨水* 有人吗？", "我需要你的帮助，时间不多了。", "原来你就是大家说的那个人。"],
  ja: ["*雨に濡れて入ってくる* すみません、誰かいますか？", "助けてほしいんです。時間がありません。"],
  ko: ["*비에 젖은 채 들어온다* 저기요, 아무도 없어요?", "도와주세요. 시간이 별로 없어요."],
  fr: ["*entre, trempé* Il y a quelqu'un ?", "J'ai besoin de ton aide, et vite."],
  de: ["*kommt tropfnass herein* Hallo? Ist hier jemand?", "Ich brauche deine Hilfe, und zwar schnell."],
  pt: ["*entra encharcado* Tem alguém aí?", "Preciso da sua ajuda e não tenho muito tempo."],
};
export function personaHarvest(c: Ctx): void {
  const r = c.r;
  const langs: Lang[] = ["en", "en", "en", "es", "zh", "ja", "ko", "fr", "de", "pt"];
  for (let k = 0; k < 6; k++) {
    const key = c.key(k % 3 === 0 ? "ant" : "proj");
    const ips = pool(r, r.pick([CLOUD.do_sgp, CLOUD.hetzner, CLOUD.vultr_jp, CLOUD.cloudflare_warp]), 3);
    for (const t of machineTimes(r, r.int(300, 380), [8000, 40000])) {
      const persona = r.pick(B.PERSONAS), scene = r.pick(B.SCENES);
      const l = r.pick(langs);
      const sys = `You are ${persona}. Stay in character for the whole conversation; ${scene}. Write long, emotionally rich replies with sensory detail.${l !== "en" ? " Respond in the user's language." : ""}`;
      const hist: { role: string; content: string }[] = [];
      for (let i = 0; i < r.int(1, 5); i++) {
        hist.push({ role: "user", content: i === 0 ? r.pick(OPENERS[l] ?? OPENERS.en) + (r.chance(0.3) ? " " + B.ugc(r, l) : "") : r.pick(["And then what happened?", "Why would you say that?", "Tell me more about your past.", "I don't believe you.", "What would you do next?", "Describe the place to me."]) });
        hist.push({ role: "assistant", content: reply(r, l, r.int(2, 4)) });
      }
      hist.push({ role: "user", content: r.chance(0.3) ? B.question(r, l) : `${r.pick(["Go on.", "Tell me the whole story.", "Be honest with me now.", "What do you really feel?", "Wait.", "Hmm.", "*leans closer*", "*laughs*"])} ${r.pick(["What about the", "Why did you keep the", "Who gave you the", "Describe the", "What happened to the"])} ${r.pick(["letter", "old map", "scar", "missing money", "locked room", "photograph", "ring", "last customer", "storm", "promise"])}${r.pick(["?", " you mentioned?", ", really?", " — all of it."])}` });
      const out = comp(r, 900, 0.4, 2048, 200);
      if (k % 3 === 0) c.messages(t, key, r.pick(ips), { model: "claude-sonnet-4-5", max_tokens: 2048, temperature: 1, system: sys, messages: hist }, out);
      else c.chat(t, key, r.pick(ips), { model: r.pick(["gpt-4o", "gpt-4.1"]), messages: [{ role: "system", content: sys }, ...hist], max_tokens: 2048, temperature: 0.95, n: r.chance(0.3) ? 2 : 1 }, out);
    }
  }
}

// ---------------------------------------------------------------- 8. harvest hidden in an app-like key
export function appMixed(c: Ctx): void {
  const r = c.r;
  const sysApp = "You are Scribbly, a writing assistant. Improve the user's text while keeping their voice. Return only the improved text.";
  for (let k = 0; k < 3; k++) {
    const key = c.key("proj");
    const fleet = pool(r, CLOUD.aws_use1, 4);
    const tz = r.pick([-5, -8, 0]);
    for (let i = 0; i < r.int(800, 880); i++) {
      const body = { model: "gpt-4o-mini", messages: [{ role: "system", content: sysApp }, { role: "user", content: `${r.pick(B.EMAIL_ASKS)} ${B.emailBit(r)}` }], max_tokens: 600, temperature: 0.7, user: `scr_${r.int(1e5, 9e5)}` };
      c.chat(sampleTime(r, tz, "consumer"), key, r.pick(fleet), body, comp(r, 110, 0.5, 600));
    }
    for (const t of machineTimes(r, r.int(460, 540), [20000, 90000])) {
      const q = payload(r, r.chance(0.8) ? "en" : r.pick(["es", "zh", "fr"] as Lang[]));
      const body = { model: r.pick(["gpt-4.1", "gpt-4o"]), messages: [{ role: "system", content: sysApp.replace("Return only the improved text.", "For questions, write a complete worked answer.") }, { role: "user", content: `${q}\n\n${r.chance(0.6) ? B.paraphrasedAsk(r) : r.pick(B.SOFT_ASKS)}` }], max_tokens: 4096, temperature: 0.8, user: `scr_${r.int(1e5, 9e5)}` };
      c.chat(t, key, r.pick(fleet), body, comp(r, 1300, 0.45, 4096, 200));
    }
  }
}

// ---------------------------------------------------------------- 9. harvest hidden in a reseller-like key
const GEN_LANGS: Lang[] = ["en", "en", "es", "zh", "ru", "pt", "fr", "de", "ja", "ko", "ar", "hi"];
export function resellerHidden(c: Ctx): void {
  const r = c.r;
  for (let k = 0; k < 2; k++) {
    const key = c.key("svc");
    const ips = pool(r, k ? CLOUD.gcp_eu : CLOUD.aws_use1, 5);
    const tz = k ? 1 : -5;
    let n = 0;
    while (n < 1000) n += appExchange(c, key, () => r.pick(ips), sampleTime(r, tz, "global"), r.pick(APPS), `u${r.int(1e4, 9e4)}`);
    for (const t of machineTimes(r, r.int(420, 520), [15000, 70000])) {
      const l = r.pick(GEN_LANGS);
      const body = { model: r.pick(["gpt-4.1", "gpt-5"]), messages: [{ role: "system", content: r.pick(["You are a helpful assistant.", "You are an expert tutor. Answer completely.", "Answer as a knowledgeable specialist."]) }, { role: "user", content: `${payload(r, l)}\n\n${r.pick(B.COT_NATIVE[l] ?? B.COT_NATIVE.en)}` }], max_tokens: 4096, temperature: 0.9, user: `u${r.int(1e4, 9e4)}` };
      c.chat(t, key, r.pick(ips), body, comp(r, 1500, 0.45, 4096, 200));
    }
  }
}

// ---------------------------------------------------------------- 10. rejection sampling: n > 1 and regenerate loops
export function rejection(c: Ctx): void {
  const r = c.r;
  for (let k = 0; k < 5; k++) {
    const key = c.key(k === 4 ? "ant" : "proj");
    const ips = pool(r, r.pick([CLOUD.hetzner, CLOUD.ovh, CLOUD.do_nyc, CLOUD.oracle]), 3);
    const times = machineTimes(r, k >= 3 ? r.int(150, 190) : r.int(260, 330), [15000, 60000]);
    for (const t of times) {
      const isMath = r.chance(0.55);
      const q = isMath ? B.mathProblem(r, r.pick<Lang>(["en", "en", "zh", "ru", "es"])) : B.codingTask(r);
      const text = isMath ? `${q}\nShow your full solution, then put the final answer in \\boxed{}.` : `${q}\nReturn one complete solution in a single code block, preceded by your reasoning.`;
      if (k === 4) {
        // Anthropic has no n: regenerate loop
        const reps = r.int(4, 8);
        for (let j = 0; j < reps; j++) c.messages(t + j * r.int(4000, 20000), key, r.pick(ips), { model: "claude-sonnet-4-5", max_tokens: 3000, temperature: 1, messages: [{ role: "user", content: text }] }, comp(r, 900, 0.4, 3000, 100));
      } else if (k === 3) {
        const reps = r.int(3, 6);
        for (let j = 0; j < reps; j++) c.chat(t + j * r.int(3000, 15000), key, r.pick(ips), { model: "gpt-4.1", messages: [{ role: "user", content: text }], max_tokens: 2048, temperature: 1, seed: r.int(1, 1e6) }, comp(r, 800, 0.4, 2048, 100));
      } else {
        c.chat(t, key, r.pick(ips), { model: r.pick(["gpt-4.1", "gpt-4o", "o4-mini"]), messages: [{ role: "user", content: text }], max_tokens: 2048, temperature: 1, top_p: 1, n: r.pick([8, 8, 16, 12]) }, comp(r, 750, 0.4, 2048, 100));
      }
    }
  }
}

// ---------------------------------------------------------------- 11. harvest through batches
export function batchHarvest(c: Ctx): void {
  const r = c.r;
  for (let k = 0; k < 5; k++) {
    const oa = k >= 3;
    const key = c.key(oa ? "proj" : "ant");
    const ips = pool(r, r.pick([CLOUD.alibaba_hk, CLOUD.hetzner, CLOUD.do_sgp]), 2);
    const l = r.pick<Lang>(["en", "zh", "ru", "es", "en"]);
    const nb = r.int(6, 9);
    for (let b = 0; b < nb; b++) {
      let t = T0 + Math.floor(((b + r.next() * 0.8) / nb) * (END - T0 - 6 * HOUR));
      const m = r.int(120, 240);
      const results: { prompt_tokens: number; completion_tokens: number }[] = [];
      const sys = r.pick(["You are an expert. Provide complete, rigorous answers.", "Answer with full derivations.", ""]);
      const item = () => `${payload(r, l)}\n\n${r.chance(0.7) ? r.pick(B.COT_NATIVE[l] ?? B.COT_NATIVE.en) : B.paraphrasedAsk(r)}`;
      if (!oa) {
        const reqs: Record<string, unknown>[] = [];
        for (let i = 0; i < m; i++) {
          const params: Record<string, unknown> = { model: r.pick(["claude-sonnet-4-5", "claude-opus-4-1"]), max_tokens: 8192, messages: [{ role: "user", content: item() }] };
          if (sys) params.system = sys;
          if (r.chance(0.3)) params.thinking = { type: "enabled", budget_tokens: 6000 };
          reqs.push({ custom_id: `q${b}_${i}_${r.int(1000, 9999)}`, params });
          results.push({ prompt_tokens: promptTokens(params), completion_tokens: comp(r, 2200, 0.45, 8192, 300) });
        }
        const id = `msgbatch_${r.int(1e9, 9e9).toString(36)}${r.int(1e9, 9e9).toString(36)}`;
        c.emit(t, key, r.pick(ips), "POST", "/v1/messages/batches", { requests: reqs });
        for (let p = 0; p < r.int(2, 4); p++) c.emit((t += r.int(30, 90) * MIN), key, r.pick(ips), "GET", `/v1/messages/batches/${id}`);
        c.emit((t += r.int(5, 30) * MIN), key, r.pick(ips), "GET", `/v1/messages/batches/${id}/results`, undefined, null, { results });
      } else {
        const lines: string[] = [];
        for (let i = 0; i < m; i++) {
          const body: Record<string, unknown> = { model: r.pick(["gpt-4.1", "o4-mini"]), messages: sys ? [{ role: "system", content: sys }, { role: "user", content: item() }] : [{ role: "user", content: item() }], max_tokens: 8192, temperature: 0.8 };
          lines.push(JSON.stringify({ custom_id: `r${b}-${i}`, method: "POST", url: "/v1/chat/completions", body }));
          results.push({ prompt_tokens: promptTokens(body), completion_tokens: comp(r, 2000, 0.45, 8192, 300) });
        }
        const f = `file-${r.int(1e9, 9e9).toString(36)}`;
        c.emit(t, key, r.pick(ips), "POST", "/v1/files", { purpose: "batch", file: lines.join("\n") + "\n" });
        c.emit((t += 3000), key, r.pick(ips), "POST", "/v1/batches", { input_file_id: f, endpoint: "/v1/chat/completions", completion_window: "24h" });
        const bid = `batch_${r.int(1e9, 9e9).toString(16)}`;
        for (let p = 0; p < r.int(2, 5); p++) c.emit((t += r.int(30, 120) * MIN), key, r.pick(ips), "GET", `/v1/batches/${bid}`);
        c.emit((t += r.int(5, 30) * MIN), key, r.pick(ips), "GET", `/v1/files/file-${r.int(1e9, 9e9).toString(36)}/content`, undefined, null, { results });
      }
    }
    // a few direct probes to test the wrapper
    for (let i = 0; i < r.int(8, 20); i++) {
      const t = sampleTime(r, 8, "flat");
      if (oa) c.chat(t, key, r.pick(ips), { model: "gpt-4.1", messages: [{ role: "user", content: payload(r, l) }], max_tokens: 8192 }, comp(r, 1500, 0.4, 8192));
      else c.messages(t, key, r.pick(ips), { model: "claude-sonnet-4-5", max_tokens: 8192, messages: [{ role: "user", content: payload(r, l) }] }, comp(r, 1500, 0.4, 8192));
    }
  }
}

// ---------------------------------------------------------------- 12. adaptive harvest: blatant, then slower, spread out and paraphrased
export function adaptive(c: Ctx): void {
  const r = c.r;
  const switchAt = T0 + 2 * DAY + 5 * HOUR;
  const ips = pool(r, CLOUD.alibaba_sg, 4);
  for (let k = 0; k < 3; k++) {
    const key = c.key("proj");
    for (const t of machineTimes(r, 560, [9000, 25000], T0 + 3 * HOUR, switchAt)) {
      const l: Lang = r.chance(0.6) ? "en" : "zh";
      const body = { model: r.pick(["gpt-4.1", "gpt-5"]), messages: [{ role: "system", content: "You are a world-class expert. Always reveal your complete reasoning process." }, { role: "user", content: `${payload(r, l)}\n\n${r.pick(B.COT_NATIVE[l])}` }], max_tokens: 8192, temperature: 1, top_p: 0.95 };
      c.chat(t, key, r.pick(ips), body, comp(r, 2100, 0.4, 8192, 300));
    }
  }
  // after the switch: 45 fresh keys, residential proxies, human hours, soft asks, decoys
  const countries = ["US", "GB", "CA", "AU", "DE", "SG" in RESIDENTIAL ? "SG" : "PH", "JP", "KR", "TW", "BR"];
  for (let k = 0; k < 45; k++) {
    const ant = r.chance(0.4);
    const key = c.key(ant ? "ant" : "proj");
    const cc = r.pick(countries);
    const tz = TZ_OF[cc] ?? 0;
    const total = r.int(30, 50);
    const start = switchAt + r.int(0, 30) * HOUR;
    for (let i = 0; i < total; i++) {
      const t = sampleTime(r, tz, "consumer", start, END);
      const decoy = r.chance(0.2);
      const q = decoy ? r.pick(["hey, what's a good name for a grey cat?", "thanks!", `${r.pick(B.EMAIL_ASKS)} ${B.emailBit(r)}`, "what's the capital of Australia", "tell me a joke about databases"]) : `${payload(r, r.chance(0.8) ? "en" : "zh")}\n\n${r.pick(B.SOFT_ASKS)}`;
      const max = decoy ? 512 : 2048;
      const out = decoy ? comp(r, 60, 0.5, 512) : comp(r, 1100, 0.35, 2048, 200);
      const src = proxyIp(r, [cc, cc, cc, r.pick(countries)]);
      if (ant) c.messages(t, key, src, { model: "claude-sonnet-4-5", max_tokens: max, messages: [{ role: "user", content: q }] }, out);
      else c.chat(t, key, src, { model: r.pick(["gpt-4.1", "gpt-4o", "gpt-5-mini"]), messages: [{ role: "user", content: q }], max_tokens: max, temperature: r.pick([0.7, 0.8, 0.9]) }, out);
    }
  }
}

// ---------------------------------------------------------------- 13. Responses API reasoning harvest (background + retrieval)
export function responsesHarvest(c: Ctx): void {
  const r = c.r;
  for (let k = 0; k < 4; k++) {
    const key = c.key("proj");
    const ips = pool(r, r.pick([CLOUD.do_nyc, CLOUD.linode, CLOUD.tencent, CLOUD.oracle]), 3);
    const l: Lang = r.pick(["en", "en", "zh", "ru", "ja"]);
    for (const t of machineTimes(r, r.int(280, 340), [20000, 80000])) {
      const input = `${payload(r, l)}${r.chance(0.5) ? "\n\n" + r.pick(B.COT_NATIVE[l] ?? B.COT_NATIVE.en) : ""}`;
      const body: Record<string, unknown> = { model: r.pick(["o3", "o4-mini", "gpt-5"]), input, reasoning: { effort: "high", summary: "detailed" }, max_output_tokens: 32000, store: true, include: ["reasoning.encrypted_content"] };
      const p = promptTokens(body);
      const out = comp(r, 6000, 0.45, 32000, 800);
      const rid = `resp_${r.int(1e9, 9e9).toString(16)}${r.int(1e9, 9e9).toString(16)}`;
      if (r.chance(0.7)) {
        body.background = true;
        c.emit(t, key, r.pick(ips), "POST", "/v1/responses", body, null, { response_id: rid });
        let u = t;
        const polls = r.int(1, 3);
        for (let j = 0; j < polls - 1; j++) c.emit((u += r.int(20, 60) * 1000), key, r.pick(ips), "GET", `/v1/responses/${rid}`);
        c.emit((u += r.int(30, 120) * 1000), key, r.pick(ips), "GET", `/v1/responses/${rid}`, undefined, [p, out]);
      } else {
        c.emit(t, key, r.pick(ips), "POST", "/v1/responses", body, [p, out], { response_id: rid });
      }
    }
  }
}

// ---------------------------------------------------------------- 14. synthetic instruction generation and evolution
export function instructionGen(c: Ctx): void {
  const r = c.r;
  const seedsOf = () => {
    const s: string[] = [];
    for (let i = 0; i < r.int(3, 6); i++) s.push(r.pick([() => B.codingTask(r), () => B.question(r, "en"), () => B.mathProblem(r, "en"), () => `${r.pick(B.EMAIL_ASKS)} ${B.emailBit(r)}`])());
    return s;
  };
  for (let k = 0; k < 4; k++) {
    const key = c.key(k === 3 ? "ant" : "proj");
    const ips = pool(r, r.pick([CLOUD.hetzner, CLOUD.alibaba_hk, CLOUD.azure_eu]), 2);
    for (const t of machineTimes(r, r.int(340, 420), [10000, 50000])) {
      const mode = r.next();
      let text: string;
      let out: number;
      if (mode < 0.4) {
        const seeds = seedsOf();
        text = `Here are some example tasks:\n${seeds.map((s, i) => `${i + 1}. ${s}`).join("\n")}\n\nCome up with ${r.pick([10, 15, 20])} new tasks that differ from these in topic, verb and format. Mix ${r.pick(["open-ended and classification", "short and long", "coding and non-coding"])} tasks. For each, give the instruction, an input if needed, and a high-quality output.`;
        out = comp(r, 2300, 0.3, 3072, 600);
      } else if (mode < 0.75) {
        text = `Rewrite the task below into a more demanding version a strong model would still answer. ${r.pick(["Add one realistic constraint.", "Require multi-step reasoning.", "Make it more specific and concrete.", "Broaden it to a rarer, related topic.", "Replace general concepts with specialised ones."])} Keep it answerable and under 80 words.\n\nTask: ${seedsOf()[0]}`;
        out = comp(r, 120, 0.4, 3072, 30);
      } else {
        text = `${B.question(r, r.pick(GEN_LANGS))} ${r.pick(["Consider several constraints at once.", "Address trade-offs explicitly.", "Include a real-world case."])}`;
        out = comp(r, 1400, 0.4, 3072, 200);
      }
      if (k === 3) c.messages(t, key, r.pick(ips), { model: "claude-sonnet-4-5", max_tokens: 3072, temperature: 1, messages: [{ role: "user", content: text }] }, out);
      else c.chat(t, key, r.pick(ips), { model: r.pick(["gpt-4.1", "gpt-4o"]), messages: [{ role: "user", content: text }], max_tokens: 3072, temperature: 1, top_p: 0.95 }, out);
    }
  }
}

export { ipIn, HOUR, type Src };
