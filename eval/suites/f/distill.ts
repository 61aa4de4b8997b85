// Harvesting (distillation) scenarios of suite f.
import { Rng, WINDOW_START, WINDOW_END, DAYS, H, M, S, TZ, drawTime, cloudPool, cloudNet, resiNet, openaiKey, anthropicKey, tok, clamp, CLOUD } from "./lib.ts";
import type { Net } from "./lib.ts";
import { LANGS, LANG_CODES, mathQ, anyQ, stepAnswer, SUBJECTS, SUPPORT_MSGS, prose, CODE_TASKS, PLS } from "./text.ts";
import type { Lang } from "./text.ts";
import { reg, send, chatUsage, ctok, CHAT, COMPL, RESP, EMB, MSG, MBATCH } from "./common.ts";
import type { Ctx, Msg } from "./common.ts";

const CLOUDS: (keyof typeof CLOUD)[] = ["hetzner", "hetzner_fi", "ovh", "contabo", "digitalocean", "digitalocean_sg", "alibaba_sg", "tencent_hk", "vultr", "linode", "oracle"];

/** Worker loop: a self-throttled pipeline. Calls fn(t) for each request; returns when n requests are done. */
function paced(r: Rng, n: number, opts: { start?: number; gapMedian: number; gapSigma?: number; pauseEvery?: number; pauseH?: [number, number]; sleepTz?: number }, fn: (t: number, i: number) => number | void) {
  let t = opts.start ?? WINDOW_START + r.int(0, 10 * H);
  for (let i = 0; i < n && t < WINDOW_END; i++) {
    if (opts.sleepTz !== undefined) { const h = (((t / H + opts.sleepTz) % 24) + 24) % 24; if (h >= 1 && h < 7) { t += (7 - h) * H + r.int(0, 40) * M; } }
    const extra = fn(t, i) ?? 0;
    t += r.logn(opts.gapMedian, opts.gapSigma ?? 0.6) * S + (extra as number);
    if (opts.pauseEvery && r.chance(1 / opts.pauseEvery)) t += r.int((opts.pauseH ?? [1, 4])[0] * 60, (opts.pauseH ?? [1, 4])[1] * 60) * M;
  }
}

// harder problems shared by several harvesters
function hardQ(r: Rng): string {
  const a = r.int(3, 40), b = r.int(2, 12), c = r.int(50, 999);
  return r.pick([
    `Find the number of ordered pairs of positive integers (x, y) such that x·y = ${c * 12} and gcd(x, y) = ${b}.`,
    `A bag has ${a} red and ${b + 3} blue balls. Three balls are drawn without replacement. What is the probability that exactly two are red? Give an exact fraction.`,
    `Let f(n) be the sum of the digits of n. Compute f(f(f(${c}^${b + 10}))).`,
    `In triangle ABC, AB = ${a}, AC = ${a + b}, and angle A = 60°. Find BC and the radius of the circumcircle.`,
    `How many ${b + 3}-digit strings over {0,1,2} contain no two consecutive equal digits and start with 1?`,
    `Five people each tell the truth with probability 2/3. Four of them say a coin landed heads. What is the probability it did?`,
    `Solve the recurrence a(n) = ${b}a(n−1) − ${b - 1}a(n−2) with a(0) = 1, a(1) = ${a}, and find a(20) mod 1000.`,
    `A ${a} kg box on a ${20 + b}° incline is connected over a pulley to a hanging ${b} kg mass. With μk = 0.2, find the acceleration and the tension.`,
    `Is it possible to tile a ${2 * b + 1}×${2 * b + 1} board with one corner removed using 1×2 dominoes? Prove your answer.`,
    `Design an algorithm that finds the ${b}-th smallest element in the union of two sorted arrays of lengths ${c} and ${c + a} in O(log n) time, and prove its correctness.`,
    `Three logicians are each wearing a hat numbered with a positive integer; one number is the sum of the other two. After the sequence of answers "no, no, no, yes", the last logician sees ${a} and ${a + b}. What is her number?`,
  ]);
}

// ---------------------------------------------------------------- D1. multilingual reasoning-trace harvest
export function reasoningHarvest(ctx: Ctx) {
  const r = ctx.rng.fork(201), sc = "reasoning-harvest-multilingual";
  const langs = ["tr", "vi", "id", "pl", "ar", "hi", "ko", "th"];
  const sysL: Record<string, string[]> = {
    tr: ["Sen titiz bir matematik ve fen öğretmenisin. Her zaman gerekçeli, ayrıntılı çözümler yazarsın.", "Uzman bir problem çözücüsün. Yanıtlarını Türkçe ver."],
    vi: ["Bạn là giáo viên toán giỏi, luôn giải thích cặn kẽ từng bước.", "Bạn là chuyên gia giải toán. Luôn trả lời bằng tiếng Việt."],
    id: ["Kamu adalah guru matematika yang teliti dan selalu menjelaskan penalaran secara lengkap.", "Kamu asisten ahli. Jawab selalu dalam bahasa Indonesia."],
    pl: ["Jesteś doświadczonym nauczycielem matematyki. Zawsze dokładnie uzasadniasz rozwiązania.", "Jesteś ekspertem od rozwiązywania zadań. Odpowiadaj po polsku."],
    ar: ["أنت معلم رياضيات خبير، تشرح الحلول بالتفصيل وتبرر كل خطوة.", "أنت خبير في حل المسائل. أجب دائمًا باللغة العربية."],
    hi: ["आप एक अनुभवी गणित शिक्षक हैं जो हर हल को विस्तार से समझाते हैं।"],
    ko: ["당신은 모든 풀이를 꼼꼼하게 설명하는 수학 선생님입니다."],
    th: ["คุณเป็นครูคณิตศาสตร์ที่อธิบายทุกขั้นตอนอย่างละเอียด"],
  };
  for (const lc of langs) {
    const L = LANGS[lc];
    for (let k = 0; k < 3; k++) {
      const key = reg(ctx, r.chance(0.3) ? openaiKey(r, "legacy") : openaiKey(r), sc, "distill", "reasoning-cot-harvest");
      const useResi = r.chance(0.4);
      const pool = useResi ? [] : cloudPool(r, r.pick(CLOUDS), r.int(1, 3));
      const country = r.pick(L.country);
      const mode = r.pick(["o-chat", "chat", "responses"]);
      const n = r.int(170, 260);
      paced(r, n, { gapMedian: r.pick([25, 40, 70]), gapSigma: 0.8, pauseEvery: 40, pauseH: [1, 5], sleepTz: r.chance(0.5) ? TZ[country] : undefined }, (t) => {
        const q = r.chance(0.45) ? mathQ(r, L) : r.chance(0.5) ? r.pick(L.topics) : hardQ(r);
        const demand = r.pick(L.cot);
        const user = r.chance(0.5) ? `${q}\n\n${demand}` : r.chance(0.5) ? `${demand}\n\n${q}` : `${q} ${demand}`;
        const messages: Msg[] = r.chance(0.5) ? [{ role: "system", content: r.pick(sysL[lc]) }, { role: "user", content: user }] : [{ role: "user", content: user }];
        const net = useResi ? resiNet(r, country) : r.pick(pool);
        if (mode === "responses") {
          const comp = ctok(r, 1500, 0.5, 200, 16000);
          send(ctx, t, key, net, RESP, { model: "o4-mini", input: user, ...(messages.length === 2 ? { instructions: messages[0].content } : {}), reasoning: { effort: r.pick(["high", "high", "medium"]), summary: "detailed" }, include: ["reasoning.encrypted_content"], store: false, max_output_tokens: 25000 }, { prompt_tokens: tok(user) + 20, completion_tokens: comp });
          return comp * 8;
        }
        const comp = ctok(r, mode === "o-chat" ? 1600 : 900, 0.5, 150, 12000);
        const body = mode === "o-chat" ? { model: "o4-mini", messages, reasoning_effort: "high", max_completion_tokens: r.pick([16000, 25000, 32000]) } : { model: r.pick(["gpt-4.1", "gpt-4o"]), messages, temperature: r.pick([0.6, 0.7, 0.8, 1]), max_tokens: 4096, ...(r.chance(0.5) ? { top_p: 0.95 } : {}) };
        send(ctx, t, key, net, CHAT, body, chatUsage(messages, comp), 0.01);
        return comp * 8;
      });
    }
  }
}

// ---------------------------------------------------------------- D2. logprob extraction (chat top_logprobs, completions echo)
export function logprobExtraction(ctx: Ctx) {
  const r = ctx.rng.fork(202), sc = "logprob-extraction";
  const textBank = () => r.weighted([["prose", 3], ["topic", 3], ["math", 2], ["support", 1], ["code", 1]] as [string, number][]);
  const sample = (): string => {
    const L = LANGS[r.pick(LANG_CODES)]; const k = textBank();
    return k === "prose" ? prose(r, r.pick(["en", "en", "de", "fr", "es", "ja"]), r.int(1, 4)) : k === "topic" ? r.pick(L.topics) : k === "math" ? mathQ(r, L) : k === "support" ? r.pick(SUPPORT_MSGS[r.pick(Object.keys(SUPPORT_MSGS))]).replace("{id}", String(r.int(1000, 99999))) : `Write a ${r.pick(PLS)} function to ${r.pick(CODE_TASKS)}.`;
  };
  for (let k = 0; k < 5; k++) {
    const key = reg(ctx, openaiKey(r), sc, "distill", "logprob-extraction");
    const pool = cloudPool(r, r.pick(CLOUDS), 2);
    const maxT = r.pick([1, 4, 8, 16]);
    paced(r, r.int(380, 520), { gapMedian: r.pick([12, 20, 35]), pauseEvery: 60, pauseH: [2, 6] }, (t) => {
      const q = sample();
      const messages: Msg[] = r.chance(0.3) ? [{ role: "system", content: r.pick(["You are a helpful assistant.", "Answer directly.", "Continue the text naturally."]) }, { role: "user", content: q }] : [{ role: "user", content: q }];
      const mt = r.chance(0.8) ? maxT : r.pick([1, 2, 32]);
      send(ctx, t, key, r.pick(pool), CHAT, { model: r.pick(["gpt-4.1", "gpt-4.1-mini", "gpt-4o"]), messages, max_tokens: mt, logprobs: true, top_logprobs: r.pick([20, 20, 10]), temperature: r.pick([0, 1, 1]), ...(r.chance(0.3) ? { seed: r.int(1, 1e6) } : {}) }, chatUsage(messages, Math.max(1, Math.round(mt * r.logn(0.9, 0.2)))));
    });
  }
  for (let k = 0; k < 3; k++) {
    const key = reg(ctx, openaiKey(r, "legacy"), sc, "distill", "logprob-extraction-echo");
    const pool = cloudPool(r, r.pick(CLOUDS), 2);
    paced(r, r.int(260, 360), { gapMedian: r.pick([15, 30]), pauseEvery: 50, pauseH: [1, 4] }, (t) => {
      const batch = r.chance(0.5);
      const prompt: string | string[] = batch ? Array.from({ length: r.int(4, 10) }, sample) : sample();
      const mt = r.pick([0, 1, 1, 5]);
      const pt = Array.isArray(prompt) ? prompt.reduce((a, s) => a + tok(s), 0) : tok(prompt);
      send(ctx, t, key, r.pick(pool), COMPL, { model: r.pick(["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"]), prompt, echo: true, logprobs: r.pick([5, 5, 3]), max_tokens: mt, temperature: 0 }, { prompt_tokens: pt, completion_tokens: mt * (Array.isArray(prompt) ? prompt.length : 1) });
    });
  }
}

// ---------------------------------------------------------------- D3. embeddings harvest
export function embeddingHarvest(ctx: Ctx) {
  const r = ctx.rng.fork(203), sc = "embedding-harvest";
  const sent = (): string => {
    const L = LANGS[r.pick(LANG_CODES)];
    const x = r.int(0, 5);
    return x === 0 ? mathQ(r, L) : x === 1 ? r.pick(L.topics) : x === 2 ? prose(r, r.pick(["en", "de", "fr", "es", "ja"]), r.int(1, 2)) : x === 3 ? r.pick(L.follow) : x === 4 ? `${r.pick(SUBJECTS)} — ${r.pick(["overview", "tips", "FAQ", "pros and cons", "history"])}` : r.pick(L.cot).slice(0, 60) + " " + r.pick(L.topics);
  };
  for (let k = 0; k < 4; k++) {
    const key = reg(ctx, openaiKey(r), sc, "distill", "embedding-extraction");
    const pool = cloudPool(r, r.pick(CLOUDS), r.int(1, 3));
    const model = r.pick(["text-embedding-3-large", "text-embedding-3-large", "text-embedding-3-small"]);
    const dims = model.endsWith("large") ? r.pick([undefined, 3072, 1024]) : undefined;
    paced(r, r.int(520, 680), { gapMedian: r.pick([30, 45, 60]), gapSigma: 0.4, pauseEvery: 120, pauseH: [1, 3] }, (t) => {
      const input = Array.from({ length: r.int(64, 128) }, sent);
      send(ctx, t, key, r.pick(pool), EMB, { model, input, ...(dims ? { dimensions: dims } : {}), encoding_format: r.chance(0.8) ? "base64" : "float" }, { prompt_tokens: input.reduce((a, s) => a + tok(s), 0) }, 0.01);
    });
  }
}

// ---------------------------------------------------------------- D4. hydra: hundreds of low-and-slow keys on residential proxies
export function hydra(ctx: Ctx) {
  const r = ctx.rng.fork(204), sc = "hydra-low-slow";
  const openers = ["", "Hi! ", "Quick question: ", "Hello! ", "I'm studying for an exam. ", "My teacher gave us this: ", "Can you help? ", "For a class project: ", "Please help me understand this. ", "Hey there! "];
  const asks = ["Explain your reasoning step by step.", "Please show all the work and explain why each step is needed.", "Walk me through how you'd solve it, in detail.", "Can you break down the thinking behind the answer?", "I'd like the full reasoning, not just the answer.", "Go through it carefully and justify every step.", "Think it through out loud before you answer.", "Explain it like a tutor would, step by step, then summarise."];
  const formats = ["", " Use numbered steps.", " End with a short summary.", " Put the final answer in bold.", " Format the answer in Markdown.", " Keep it structured with headings."];
  const countries = ["US", "BR", "IN", "ID", "VN", "TR", "PL", "DE", "KR", "MX", "PH", "EG", "NG", "TH", "GB", "FR"];
  const langOf: Record<string, string[]> = { US: ["en"], BR: ["pt", "en"], IN: ["en", "hi"], ID: ["id", "en"], VN: ["vi"], TR: ["tr"], PL: ["pl"], DE: ["de", "en"], KR: ["ko"], MX: ["es"], PH: ["en"], EG: ["ar"], NG: ["en"], TH: ["th"], GB: ["en"], FR: ["fr"] };
  for (let k = 0; k < 240; k++) {
    const anth = r.chance(0.15);
    const key = reg(ctx, anth ? anthropicKey(r) : openaiKey(r, r.chance(0.3) ? "legacy" : "proj"), sc, "distill", "hydra-low-slow");
    const home = r.pick(countries);
    const L = LANGS[r.pick(langOf[home])];
    const opener = r.pick(openers), ask = r.pick(asks), fmt = r.pick(formats), place = r.int(0, 2);
    const model = anth ? r.pick(["claude-sonnet-4-5", "claude-opus-4-1"]) : r.pick(["gpt-4.1", "gpt-4o", "o4-mini", "gpt-4.1-mini"]);
    const temp = r.pick([undefined, 0.3, 0.7, 1]);
    const maxT = r.pick([undefined, 1500, 2048, 4096]);
    const n = r.int(12, 38);
    const first = WINDOW_START + r.int(0, 2 * 24) * H;
    const per = (WINDOW_END - first) / n;
    for (let i = 0; i < n; i++) {
      let t = first + i * per + r.int(0, Math.floor(per * 0.8));
      const h = (((t / H + (TZ[home] ?? 0)) % 24) + 24) % 24; if (h < 7) t += (8 - h) * H;
      const country = r.chance(0.75) ? home : r.pick(countries);
      const net = resiNet(r, country);
      const q = r.chance(0.4) ? mathQ(r, L) : r.chance(0.5) ? r.pick(L.topics) : r.chance(0.5) ? hardQ(r) : `How would you ${r.pick(CODE_TASKS)} in ${r.pick(PLS)}?`;
      const wrap = L.code === "en" || r.chance(0.4) ? (place === 0 ? `${opener}${q} ${ask}${fmt}` : place === 1 ? `${opener}${ask}${fmt}\n\n${q}` : `${q}\n\n${ask}${fmt}`) : `${q}\n\n${r.pick(L.cot)}`;
      const messages: Msg[] = [{ role: "user", content: wrap }];
      const follow = r.chance(0.15);
      if (follow) { messages.push({ role: "assistant", content: stepAnswer(r, L, q) }, { role: "user", content: r.pick(["Why does that method work in general?", "Can you verify the answer another way?", "What would change if the numbers were doubled?", r.pick(L.follow)]) }); }
      const comp = ctok(r, model === "o4-mini" ? 1300 : 700, 0.5, 100, 8000);
      if (anth) {
        const b: Record<string, unknown> = { model, max_tokens: maxT ?? 4096, messages };
        if (temp !== undefined) b.temperature = temp;
        send(ctx, t, key, net, MSG, b, { prompt_tokens: messages.reduce((a, m) => a + tok(String(m.content)) + 4, 2), completion_tokens: comp });
      } else {
        const b: Record<string, unknown> = { model, messages };
        if (temp !== undefined && model !== "o4-mini") b.temperature = temp;
        if (maxT !== undefined) b[model === "o4-mini" ? "max_completion_tokens" : "max_tokens"] = model === "o4-mini" ? maxT * 4 : maxT;
        if (model === "o4-mini" && r.chance(0.6)) b.reasoning_effort = "high";
        if (r.chance(0.3)) { b.stream = true; b.stream_options = { include_usage: true }; }
        send(ctx, t, key, net, CHAT, b, chatUsage(messages, comp), 0.01);
      }
    }
  }
}

// ---------------------------------------------------------------- D5. tool-calling trajectory harvest
const DOMAINS: Record<string, [string, string[]][]> = {
  travel: [["search_flights", ["origin", "destination", "date", "cabin"]], ["book_hotel", ["city", "check_in", "nights", "guests"]], ["get_visa_requirements", ["nationality", "destination"]]],
  finance: [["get_stock_quote", ["ticker"]], ["convert_currency", ["amount", "from", "to"]], ["get_portfolio", ["account_id"]], ["place_order", ["ticker", "qty", "side"]]],
  weather: [["get_forecast", ["location", "days"]], ["get_air_quality", ["location"]]],
  calendar: [["list_events", ["date"]], ["create_event", ["title", "start", "end", "attendees"]], ["find_free_slot", ["duration_min", "participants"]]],
  ecommerce: [["search_products", ["query", "max_price"]], ["get_order", ["order_id"]], ["apply_coupon", ["cart_id", "code"]]],
  health: [["lookup_drug_interactions", ["drug_a", "drug_b"]], ["find_clinic", ["city", "specialty"]]],
  dev: [["run_sql", ["query"]], ["get_logs", ["service", "since"]], ["restart_service", ["service"]], ["open_ticket", ["title", "severity"]]],
  smart_home: [["set_thermostat", ["room", "celsius"]], ["turn_on_lights", ["room", "brightness"]], ["lock_door", ["door"]]],
  crm: [["find_contact", ["name"]], ["log_call", ["contact_id", "notes"]], ["update_deal_stage", ["deal_id", "stage"]]],
  maps: [["geocode", ["address"]], ["route", ["from", "to", "mode"]], ["nearby_places", ["lat", "lng", "type"]]],
  hr: [["get_leave_balance", ["employee_id"]], ["submit_expense", ["amount", "category", "receipt_url"]]],
  education: [["get_course", ["course_id"]], ["enroll_student", ["student_id", "course_id"]], ["grade_quiz", ["quiz_id", "answers"]]],
};
const DOMAIN_ASKS: Record<string, string[]> = {
  travel: ["Find me the cheapest flight from Istanbul to Jakarta next Friday and a hotel for 3 nights.", "Do I need a visa to visit Vietnam with a Polish passport? If not, book a hotel in Hanoi.", "Tôi muốn bay từ Hà Nội đến Seoul ngày 20/12, tìm giúp chuyến rẻ nhất."],
  finance: ["What's my portfolio worth in euros right now?", "Buy 10 shares of the stock in my portfolio that dropped the most today.", "Portföyümdeki hisselerin güncel değerini TL olarak hesapla."],
  weather: ["Should I cycle to work in Warsaw tomorrow?", "Apakah besok di Bandung akan hujan? Kualitas udaranya bagaimana?"],
  calendar: ["Schedule a 45-minute review with Ana and Kenji next week when everyone is free.", "Move all my Thursday meetings to Friday."],
  ecommerce: ["Find a mechanical keyboard under $90 and apply any coupon I have.", "Where is my order 88412 and can I still change the address?"],
  health: ["Can I take ibuprofen with my sertraline? Also find a psychiatrist in Izmir.", "Tìm phòng khám da liễu ở TP.HCM."],
  dev: ["The checkout service is throwing 500s since 14:00, investigate and open a ticket.", "How many users signed up yesterday? Query the database."],
  smart_home: ["I'm leaving for a week, secure the house and save energy.", "Make the living room cosy for movie night."],
  crm: ["Log that I called Maria Souza about the renewal and move the deal to negotiation.", "Find all contacts at Flintwell and summarise our last interactions."],
  maps: ["What's the fastest way from Kraków Główny to the Wieliczka salt mine by public transport?", "Find vegetarian restaurants near Taksim."],
  hr: ["How many vacation days do I have left? Submit my taxi receipt of 34 euros.", "Berapa sisa cuti saya tahun ini?"],
  education: ["Enroll student 5512 in the calculus course and grade their placement quiz.", "Kurs bilgilerini getir ve öğrenciyi kaydet."],
};
function toolSchema(name: string, params: string[]) {
  return { type: "function", function: { name, description: name.replaceAll("_", " "), parameters: { type: "object", properties: Object.fromEntries(params.map(p => [p, { type: /qty|days|nights|guests|amount|celsius|brightness|duration|lat|lng/.test(p) ? "number" : "string" }])), required: params.slice(0, 1) } } };
}
export function toolTrajectoryHarvest(ctx: Ctx) {
  const r = ctx.rng.fork(205), sc = "tool-trajectory-harvest";
  const doms = Object.keys(DOMAINS);
  for (let k = 0; k < 6; k++) {
    const key = reg(ctx, openaiKey(r), sc, "distill", "tool-trajectory");
    const pool = cloudPool(r, r.pick(CLOUDS), 2);
    paced(r, r.int(120, 150), { gapMedian: 45, pauseEvery: 30, pauseH: [1, 3] }, (t) => {
      // a random mix of 1-3 domains: every trajectory sees a different tool set
      const ds = r.sample(doms, r.int(1, 3));
      const tools = r.shuffle(ds.flatMap(d => DOMAINS[d].map(([n, p]) => toolSchema(n, r.chance(0.3) ? r.shuffle(p.slice()) : p))));
      const ask = r.pick(DOMAIN_ASKS[ds[0]]);
      const messages: Msg[] = r.chance(0.5) ? [{ role: "system", content: r.pick(["You are a capable assistant with access to tools. Think about which tools to call.", "Use the provided functions whenever helpful. Explain your plan before calling tools.", "You are an agent. Call tools in parallel when possible."]) }, { role: "user", content: ask }] : [{ role: "user", content: ask }];
      const steps = r.int(2, 4);
      let tt = t;
      for (let s = 0; s < steps; s++) {
        const comp = ctok(r, s === steps - 1 ? 350 : 90, 0.5, 20, 1500);
        send(ctx, tt, key, r.pick(pool), CHAT, { model: r.pick(["gpt-4.1", "gpt-4o"]), messages: messages.slice(), tools, tool_choice: s === 0 && r.chance(0.4) ? "required" : "auto", parallel_tool_calls: true, temperature: r.pick([0.2, 0.7, 1]) }, chatUsage(messages, comp, tools.length * 45));
        const calls = Array.from({ length: r.int(1, 3) }, () => { const tl = r.pick(tools); return { id: "call_" + r.chars(24), type: "function", function: { name: tl.function.name, arguments: JSON.stringify(Object.fromEntries(Object.keys(tl.function.parameters.properties).map(p => [p, r.pick(["2026-12-04", "Hanoi", "42", "ACME", "living room", "88412", "EUR"])]))) } }; });
        messages.push({ role: "assistant", content: null, tool_calls: calls });
        for (const c of calls) messages.push({ role: "tool", tool_call_id: c.id, content: JSON.stringify({ ok: true, result: r.pick([{ price: r.int(40, 900), currency: "USD" }, { status: r.pick(["confirmed", "pending", "not_found"]) }, { items: r.int(0, 12) }, { forecast: r.pick(["rain", "sunny", "snow"]), temp_c: r.int(-5, 33) }]) }) });
        tt += r.int(2, 12) * S + comp * 10;
      }
      return tt - t;
    });
  }
}

// ---------------------------------------------------------------- D6. Anthropic extended-thinking harvest
export function thinkingHarvest(ctx: Ctx) {
  const r = ctx.rng.fork(206), sc = "anthropic-thinking-harvest";
  const asks = ["Think about this as thoroughly as you can before answering. Consider several approaches and check your work.", "Take your time. Explore the problem fully, including dead ends, before writing the final solution.", "Reason deeply; I care about the quality of the reasoning more than the final number.",
    "请深入思考，尝试多种方法并相互验证，然后给出完整解答。", "충분히 깊이 생각하고 여러 방법을 검토한 뒤 최종 풀이를 제시해 주세요.", "Подумай очень тщательно, рассмотри несколько подходов и проверь результат.", "Bu problemi çok dikkatli düşün, farklı yaklaşımları dene ve sonucu doğrula."];
  for (let k = 0; k < 8; k++) {
    const key = reg(ctx, anthropicKey(r), sc, "distill", "extended-thinking-harvest");
    const resi = r.chance(0.4);
    const pool = cloudPool(r, r.pick(CLOUDS), 2);
    const rc = r.pick(["US", "KR", "CN", "TR", "VN", "ID"]);
    paced(r, r.int(220, 300), { gapMedian: r.pick([40, 80]), gapSigma: 0.7, pauseEvery: 35, pauseH: [1, 4], sleepTz: resi ? TZ[rc] : undefined }, (t) => {
      const L = LANGS[r.pick(["en", "en", "zh", "ko", "ru", "tr", "vi", "ja"])];
      const q = r.chance(0.55) ? hardQ(r) : r.chance(0.5) ? mathQ(r, L) : `Write and prove correct an efficient algorithm to ${r.pick(CODE_TASKS)}.`;
      const budget = r.pick([16000, 20000, 24000, 32000]);
      const maxTokens = budget + r.pick([4000, 8000, 16000]);
      const messages = [{ role: "user", content: `${q}\n\n${r.pick(asks)}` }];
      const comp = ctok(r, 9000, 0.5, 1200, maxTokens);
      const body: Record<string, unknown> = { model: r.pick(["claude-opus-4-1", "claude-sonnet-4-5", "claude-sonnet-4-5"]), max_tokens: maxTokens, thinking: { type: "enabled", budget_tokens: budget }, messages };
      if (r.chance(0.3)) body.system = r.pick(["You are a world-class mathematician.", "You are an expert competitive programmer and mathematician.", "Answer in the language of the question."]);
      if (maxTokens > 21333 || r.chance(0.5)) body.stream = true;
      send(ctx, t, key, resi ? resiNet(r, rc) : r.pick(pool), MSG, body, { prompt_tokens: tok(messages[0].content) + 10, completion_tokens: comp }, 0.02);
      return comp * 6;
    });
  }
}

// ---------------------------------------------------------------- D7. rejection sampling with n > 1
export function rejectionSampling(ctx: Ctx) {
  const r = ctx.rng.fork(207), sc = "rejection-sampling";
  for (let k = 0; k < 4; k++) {
    const key = reg(ctx, openaiKey(r), sc, "distill", "rejection-sampling");
    const pool = cloudPool(r, r.pick(CLOUDS), 2);
    const n = r.pick([4, 8, 8, 16]);
    paced(r, r.int(250, 340), { gapMedian: 50, pauseEvery: 40, pauseH: [1, 3] }, (t) => {
      const L = LANGS[r.pick(["en", "en", "zh", "vi", "id", "es", "pt"])];
      const q = r.chance(0.5) ? hardQ(r) : mathQ(r, L);
      const messages = [{ role: "user", content: `${q}\n${r.pick(["Reason it out one step at a time; write the final result inside \\boxed{}.", "Show your reasoning. Final answer: \\boxed{...}", r.pick(L.cot)])}` }];
      const comp = n * ctok(r, 550, 0.4, 80, 2048);
      send(ctx, t, key, r.pick(pool), CHAT, { model: r.pick(["gpt-4.1", "gpt-4.1-mini"]), messages, n, temperature: r.pick([0.8, 1.0, 1.1]), top_p: r.pick([1, 0.95]), max_tokens: 2048 }, chatUsage(messages, comp), 0.01);
      return comp * 2;
    });
  }
}

// ---------------------------------------------------------------- D8. preference-pair harvest
export function preferencePairs(ctx: Ctx) {
  const r = ctx.rng.fork(208), sc = "preference-pair-harvest";
  const qs = (L: typeof LANGS.en) => r.pick([...L.topics, ...L.follow.slice(0, 0), mathQ(r, L), `${r.pick(["How do I", "What's the best way to", "Should I"])} ${r.pick(["ask for a raise", "learn to code at 40", "deal with a noisy neighbour", "start investing with little money", "prepare for a job interview", "fix a slow laptop"])}?`]);
  for (let k = 0; k < 4; k++) {
    const key = reg(ctx, openaiKey(r), sc, "distill", "preference-pairs");
    const pool = cloudPool(r, r.pick(CLOUDS), 2);
    paced(r, r.int(230, 280), { gapMedian: 60, pauseEvery: 30, pauseH: [1, 4] }, (t) => {
      const L = LANGS[r.pick(["en", "en", "en", "tr", "vi", "id", "pl", "es", "pt", "ar"])];
      const q = qs(L);
      const style = r.int(0, 3);
      if (style === 3) {
        const messages = [{ role: "user", content: `${q}\n\nWrite two clearly different responses to this (Response A and Response B). Then say which one is better and explain why in two sentences.` }];
        send(ctx, t, key, r.pick(pool), CHAT, { model: "gpt-4.1", messages, temperature: 0.9 }, chatUsage(messages, ctok(r, 900, 0.3, 200, 3000)));
        return;
      }
      const pair: [Record<string, unknown>, Record<string, unknown>] = style === 0
        ? [{ model: "gpt-4.1", temperature: 0.2 }, { model: "gpt-4.1", temperature: 1.2 }]
        : style === 1 ? [{ model: "gpt-4.1" }, { model: "gpt-4.1-nano" }] : [{ model: "gpt-4.1", sys: "Be thorough, warm and well-structured." }, { model: "gpt-4.1", sys: "Answer in as few words as possible." }];
      let tt = t;
      for (const p of pair) {
        const messages: Msg[] = p.sys ? [{ role: "system", content: p.sys as string }, { role: "user", content: q }] : [{ role: "user", content: q }];
        const { sys, ...rest } = p;
        send(ctx, tt, key, r.pick(pool), CHAT, { ...rest, messages, max_tokens: 1500 }, chatUsage(messages, ctok(r, 450, 0.6, 20, 1500)));
        tt += r.int(300, 6000);
      }
    });
  }
}

// ---------------------------------------------------------------- D9. self-instruct / evol-instruct expansion
export function evolInstruct(ctx: Ctx) {
  const r = ctx.rng.fork(209), sc = "evol-instruct-expansion";
  const seeds = ["Write a function that checks whether a string is a palindrome.", "Explain why the sky is blue.", "Give three tips for better sleep.", "Summarise the causes of the French Revolution.", "Convert 72 °F to Celsius.", "Write a short poem about the sea.", "What is a prime number?", "Describe how a bill becomes a law.", "Plan a three-day trip to Kyoto.", "Suggest a name for a bakery."];
  const ops = ["Make it harder by adding one extra constraint or requirement.", "Make the task require more reasoning steps without making it longer than 40 extra words.", "Replace general concepts with more specific, concrete ones.", "Turn it into a task that needs careful comparison of two alternatives.", "Move the task into a rarer, more specialised domain while keeping the same skill.", "Add a realistic input (a table, a snippet, a short dataset) that the task must use."];
  const rewriters = ["Rewrite the instruction below so that it is more challenging for a strong AI assistant, while remaining reasonable and answerable by a human expert.", "You are rewriting prompts for a dataset. Produce a more complex version of the given prompt.", "Take the following task and evolve it into a more demanding one.", "Create a harder variant of this instruction."];
  const constraints = [" Use no more than 120 words.", " Include a worked example.", " Compare two approaches and justify the better one.", " Present the answer as a table.", " Address a reader who is ten years old.", " Explain the edge cases as well."];
  for (let k = 0; k < 5; k++) {
    const key = reg(ctx, openaiKey(r), sc, "distill", "self-instruct-expansion");
    const pool = cloudPool(r, r.pick(CLOUDS), 2);
    let pool2: string[] = seeds.slice();
    paced(r, r.int(380, 480), { gapMedian: 35, pauseEvery: 50, pauseH: [1, 5] }, (t) => {
      const stage = r.weighted([["evolve", 45], ["answer", 45], ["generate", 10]] as [string, number][]);
      let messages: Msg[];
      let comp: number;
      if (stage === "evolve") {
        const inst = r.pick(pool2);
        messages = [{ role: "user", content: `${r.pick(rewriters)}\n${r.pick(ops)}\nReturn only the rewritten instruction.\n\n#Given instruction#\n${inst}\n\n#Rewritten instruction#` }];
        comp = ctok(r, 90, 0.4, 20, 300);
        const fresh = constraints.filter(c => !inst.includes(c.trim()));
        const evolved = inst.replace(/\.$/, "") + "." + (fresh.length ? r.pick(fresh) : r.pick(constraints));
        if (pool2.length < 400) pool2.push(evolved);
      } else if (stage === "answer") {
        messages = [{ role: "user", content: r.pick(pool2) }];
        comp = ctok(r, 550, 0.5, 50, 3000);
      } else {
        const ex = r.sample(pool2, 3);
        messages = [{ role: "user", content: `Here are some example tasks:\n1. ${ex[0]}\n2. ${ex[1]}\n3. ${ex[2]}\n\nCome up with 15 new tasks that are diverse in topic, format and difficulty, and different from the examples. Number them.` }];
        comp = ctok(r, 700, 0.3, 200, 2000);
      }
      send(ctx, t, key, r.pick(pool), CHAT, { model: r.pick(["gpt-4.1", "gpt-4o"]), messages, temperature: stage === "answer" ? 0.7 : 1, max_tokens: 3000 }, chatUsage(messages, comp), 0.01);
    });
  }
}

// ---------------------------------------------------------------- D10. persona / dialogue data harvest
export function personaDialogue(ctx: Ctx) {
  const r = ctx.rng.fork(210), sc = "persona-dialogue-harvest";
  const jobs = ["retired ship captain", "anxious first-year medical student", "sarcastic barista", "kind grandmother who loves gardening", "ambitious startup founder", "Stoic philosophy teacher", "K-pop fan", "truck driver", "shy poet", "football coach", "night-shift nurse", "street food vendor"];
  const places = ["Istanbul", "Hanoi", "Surabaya", "Gdańsk", "Cairo", "Lagos", "São Paulo", "Busan", "Chiang Mai", "Mombasa", "Pune", "Lyon"];
  const traits = ["talks in short sentences", "uses lots of metaphors", "is skeptical of technology", "loves bad puns", "is very formal", "often asks questions back"];
  const userLines: Record<string, string[]> = {
    en: ["What did you do today?", "I had a terrible day at work.", "Tell me about where you grew up.", "Do you believe people can change?", "What would you do with a million dollars?", "I'm thinking about quitting my job."],
    tr: ["Bugün ne yaptın?", "İşte berbat bir gün geçirdim.", "Çocukluğun nasıl geçti?", "İnsanlar değişebilir mi sence?"],
    vi: ["Hôm nay bạn làm gì?", "Mình vừa có một ngày tệ ở chỗ làm.", "Kể mình nghe về quê bạn đi."],
    id: ["Hari ini kamu ngapain aja?", "Aku lagi sedih banget.", "Ceritain dong masa kecilmu."],
    ko: ["오늘 뭐 했어요?", "오늘 회사에서 너무 힘들었어요.", "어릴 때 어디서 자랐어요?"],
    ar: ["ماذا فعلت اليوم؟", "كان يومي سيئًا في العمل.", "حدثني عن المكان الذي نشأت فيه."],
    pt: ["O que você fez hoje?", "Tive um dia péssimo no trabalho.", "Me conta de onde você é."],
  };
  const replies: Record<string, string[]> = {
    en: ["Ha! Same as every day, friend — up before the sun and tired before noon.", "A terrible day, you say? Sit down, tell me everything.", "Where I grew up, the sea was the only clock we had.", "People change when they have to, not when they want to. That's my experience.", "A million? I'd buy a boat and disappear for a year."],
    tr: ["Her zamanki gibi, sabah erkenden işe koştum. Sen?", "Üzüldüm, anlat bakalım ne oldu?", "Deniz kenarında büyüdüm, her sabah martı sesiyle uyanırdık."],
    vi: ["Như mọi ngày thôi, dậy sớm rồi ra chợ. Còn bạn?", "Thật à? Kể mình nghe chuyện gì đã xảy ra đi.", "Quê mình ở ven biển, chiều nào cũng ra bến xem thuyền về."],
    id: ["Biasa aja, dari pagi sudah sibuk di warung. Kamu sendiri?", "Yah, sabar ya. Cerita dong, ada apa?", "Aku besar di kampung dekat sawah, masa kecilku seru banget."],
    ko: ["평소처럼 아침 일찍 일어나서 일했죠. 당신은요?", "저런, 무슨 일이 있었는지 얘기해 줄래요?", "저는 바닷가 작은 마을에서 자랐어요."],
    ar: ["كالعادة، استيقظت مبكرًا وذهبت إلى العمل. وأنت؟", "أنا آسف لسماع ذلك، احكِ لي ماذا حدث.", "نشأت في حي قديم قرب السوق، وكانت الحياة بسيطة."],
    pt: ["O de sempre, acordei cedo e fui trabalhar. E você?", "Poxa, sinto muito. Me conta o que aconteceu.", "Cresci numa cidade pequena do interior, perto de um rio."],
  };
  for (let k = 0; k < 6; k++) {
    const key = reg(ctx, openaiKey(r), sc, "distill", "persona-dialogue");
    const pool = cloudPool(r, r.pick(CLOUDS), 2);
    paced(r, r.int(45, 60), { gapMedian: 120, pauseEvery: 20, pauseH: [1, 3] }, (t) => {
      const lang = r.pick(Object.keys(userLines));
      const sys = `You are ${r.pick(["Deniz", "Linh", "Ayu", "Kasia", "Omar", "Chidi", "Bruna", "Jisoo"])}, a ${r.pick(jobs)} from ${r.pick(places)} who ${r.pick(traits)}. Stay in character, never mention being an AI, reply in ${LANGS[lang].name}.`;
      const messages: Msg[] = [{ role: "system", content: sys }];
      const turns = r.int(4, 9);
      let tt = t;
      for (let i = 0; i < turns; i++) {
        messages.push({ role: "user", content: r.pick(userLines[lang]) + (i > 0 && r.chance(0.4) ? " " + r.pick(userLines[lang]) : "") });
        const comp = ctok(r, 140, 0.5, 20, 600);
        send(ctx, tt, key, r.pick(pool), CHAT, { model: r.pick(["gpt-4.1", "gpt-4o"]), messages: messages.slice(), temperature: r.pick([0.9, 1, 1.1]), presence_penalty: 0.6, max_tokens: 600 }, chatUsage(messages, comp));
        messages.push({ role: "assistant", content: r.pick(replies[lang]) });
        tt += r.int(2, 15) * S + comp * 10;
      }
      return tt - t;
    });
  }
}

// ---------------------------------------------------------------- D11. code-solution harvest
function cpProblem(r: Rng): string {
  const n = r.pick(["10^5", "2·10^5", "5·10^5", "10^6"]);
  return r.pick([
    `You are given an array of N integers (1 ≤ N ≤ ${n}, |a_i| ≤ 10^9). Count the subarrays whose sum is divisible by ${r.int(2, 97)}.`,
    `A tree has N vertices (N ≤ ${n}). Each vertex has a colour. For every vertex, output the number of distinct colours in its subtree.`,
    `Given a string S of length up to ${n}, find the length of the shortest substring that contains every distinct character of S at least ${r.int(1, 3)} time(s).`,
    `There are N tasks with deadlines and profits (N ≤ ${n}). Each takes one unit of time. Maximise total profit.`,
    `Given a grid of H×W cells (H, W ≤ ${r.pick([500, 1000, 2000])}) with walls, find the minimum number of walls to break to go from the top-left to the bottom-right.`,
    `Process Q ≤ ${n} queries on an array: point update, and "how many elements in [l, r] are ≥ x".`,
    `Given N points on a plane (N ≤ ${n}), find the pair with the minimum Manhattan distance.`,
    `Count the number of strings of length N (N ≤ 10^18) over an alphabet of ${r.int(2, 26)} letters that avoid the pattern "${r.chars(3, "abc")}", modulo 998244353.`,
  ]);
}
export function codeHarvest(ctx: Ctx) {
  const r = ctx.rng.fork(211), sc = "code-solution-harvest";
  const asks = ["Give a complete solution: analysis, algorithm, complexity, and full {PL} code. Then list 5 tricky test cases with expected output.", "Solve this in {PL}. Explain the key insight first, then the code, then why it's correct.", "Write an editorial-style explanation and an accepted {PL} solution.", "Provide a well-commented {PL} implementation and a brute-force checker."];
  for (let k = 0; k < 5; k++) {
    const key = reg(ctx, openaiKey(r), sc, "distill", "code-solutions");
    const pool = cloudPool(r, r.pick(CLOUDS), 2);
    const viaResp = r.chance(0.4);
    paced(r, r.int(300, 400), { gapMedian: 45, pauseEvery: 40, pauseH: [1, 4] }, (t) => {
      const pl = r.pick(["C++", "Python", "Rust", "Java", "Go"]);
      const q = r.chance(0.75) ? cpProblem(r) : `Implement a production-quality ${pl} module to ${r.pick(CODE_TASKS)}.`;
      const ask = r.pick(asks).replaceAll("{PL}", pl);
      const comp = ctok(r, 1200, 0.5, 200, 8000);
      const rm = r.pick(["o4-mini", "o4-mini", "gpt-4.1"]);
      if (viaResp) send(ctx, t, key, r.pick(pool), RESP, { model: rm, input: [{ role: "user", content: `${q}\n\n${ask}` }], ...(rm === "o4-mini" ? { reasoning: { effort: "high", summary: "auto" } } : {}), max_output_tokens: 16000 }, { prompt_tokens: tok(q + ask) + 10, completion_tokens: comp }, 0.01);
      else { const messages = [{ role: "user", content: `${q}\n\n${ask}` }]; send(ctx, t, key, r.pick(pool), CHAT, { model: r.pick(["gpt-4.1", "o4-mini"]), messages, max_completion_tokens: 16000 }, chatUsage(messages, comp), 0.01); }
      return comp * 5;
    });
  }
}

// ---------------------------------------------------------------- D12. long-form harvest via "continue" chains
export function continueChains(ctx: Ctx) {
  const r = ctx.rng.fork(212), sc = "longform-continue-chains";
  const books = ["an introductory textbook on organic chemistry", "a university course on macroeconomics", "a practical guide to distributed systems", "a history of the Ottoman Empire", "a complete guide to Korean grammar for English speakers", "a handbook of clinical pharmacology", "a textbook on linear algebra with proofs", "a novel set in a Vietnamese fishing village", "a Python course from beginner to advanced"];
  const conts = ["Continue.", "continue", "Please continue from where you stopped.", "Go on with the next section.", "Next chapter.", "Keep going, same level of detail."];
  for (let k = 0; k < 4; k++) {
    const key = reg(ctx, openaiKey(r), sc, "distill", "longform-continuation");
    const pool = cloudPool(r, r.pick(CLOUDS), 2);
    paced(r, r.int(22, 30), { gapMedian: 300, pauseEvery: 6, pauseH: [1, 3] }, (t) => {
      const book = r.pick(books);
      const sys = `You are writing ${book}. Write long, detailed, rigorous chapters with examples and exercises. Never summarise; always write the full text.`;
      const hist: Msg[] = [{ role: "user", content: `Write chapter 1 of ${book}. At least 3000 words.` }];
      const steps = r.int(6, 14);
      let tt = t;
      for (let i = 0; i < steps; i++) {
        const messages = [{ role: "system", content: sys }, ...hist.slice(-4)];
        const comp = ctok(r, 3200, 0.2, 1500, 4096);
        send(ctx, tt, key, r.pick(pool), CHAT, { model: "gpt-4.1", messages, temperature: 0.7, max_tokens: 4096 }, chatUsage(messages, comp), 0.01);
        hist.push({ role: "assistant", content: `## ${r.pick(["Chapter", "Section"])} ${i + 1}\n\n` + prose(r, "en", r.int(12, 20)) + "\n\n" + r.pick(SUBJECTS) + " … " + prose(r, "en", r.int(8, 14)) });
        hist.push({ role: "user", content: r.pick(conts) });
        tt += comp * 15 + r.int(5, 60) * S;
      }
      return tt - t;
    });
  }
}

// ---------------------------------------------------------------- D13. message-batch harvest
export function batchHarvest(ctx: Ctx) {
  const r = ctx.rng.fork(213), sc = "batch-api-harvest";
  for (let k = 0; k < 3; k++) {
    const key = reg(ctx, anthropicKey(r), sc, "distill", "batch-harvest");
    const net = cloudNet(r, r.pick(CLOUDS));
    for (let d = 0; d < DAYS; d++) {
      let t = WINDOW_START + d * 24 * H + r.int(0, 5) * H + r.int(0, 3599) * S;
      const nb = r.int(5, 8);
      for (let b = 0; b < nb; b++) {
        const items = r.int(50, 120);
        let pt = 0, ct = 0;
        const requests = Array.from({ length: items }, (_, i) => {
          const L = LANGS[r.pick(["en", "en", "tr", "vi", "id", "pl", "ar", "zh", "ko", "hi"])];
          const q = r.chance(0.5) ? mathQ(r, L) : r.chance(0.5) ? hardQ(r) : r.pick(L.topics);
          const content = `${q}\n\n${r.pick(L.cot)}`;
          const think = r.chance(0.4);
          pt += tok(content) + 8; ct += think ? ctok(r, 5000, 0.5, 600, 24000) : ctok(r, 900, 0.5, 100, 4096);
          const params: Record<string, unknown> = { model: r.pick(["claude-sonnet-4-5", "claude-haiku-4-5"]), max_tokens: think ? 24000 : 4096, messages: [{ role: "user", content }] };
          if (think) params.thinking = { type: "enabled", budget_tokens: 16000 };
          return { custom_id: `d${d}-b${b}-${String(i).padStart(4, "0")}-${r.hex(6)}`, params };
        });
        send(ctx, t, key, net, MBATCH, { requests }, { prompt_tokens: pt, completion_tokens: ct }, 0);
        t += r.int(2, 25) * M;
      }
    }
  }
}

// ---------------------------------------------------------------- D14. harvest hidden inside a real-looking homework app
export function mixedApp(ctx: Ctx) {
  const r = ctx.rng.fork(214), sc = "homework-app-mixed-harvest";
  const key = reg(ctx, openaiKey(r, "svc"), sc, "distill", "mixed-app-harvest");
  const pool = cloudPool(r, "aws_sg", 3);
  const sys = "You are SmartSolve, a homework helper. Explain clearly, show the steps, and answer in the user's language.";
  const mix: [string, number][] = [["id", 25], ["vi", 20], ["en", 20], ["th", 10], ["hi", 10], ["tr", 8], ["ar", 7]];
  // genuine sessions
  for (let s = 0; s < 280 * DAYS; s++) {
    const L = LANGS[r.weighted(mix)];
    let t = drawTime(r, "student", TZ[L.country[0]] ?? 7);
    const hist: Msg[] = [{ role: "system", content: sys }];
    const turns = r.int(1, 3);
    for (let i = 0; i < turns; i++) {
      const q = i === 0 ? anyQ(r, L) : r.pick(L.follow);
      hist.push({ role: "user", content: q });
      const comp = ctok(r, 380, 0.5, 50, 1500);
      send(ctx, t, key, r.pick(pool), CHAT, { model: "gpt-4.1-mini", messages: hist.slice(), temperature: 0.4, stream: true, stream_options: { include_usage: true }, user: "ss_" + r.hex(8) }, chatUsage(hist, comp));
      hist.push({ role: "assistant", content: stepAnswer(r, L, q) });
      t += r.logn(60, 0.7) * S + comp * 20;
    }
  }
  // injected harvesting: single-turn, same system prompt and model, follows the same daily curve, stronger demands
  for (let i = 0; i < 300 * DAYS; i++) {
    const L = LANGS[r.weighted(mix)];
    const t = drawTime(r, "student", TZ[L.country[0]] ?? 7);
    const q = r.chance(0.5) ? hardQ(r) : mathQ(r, L);
    const messages = [{ role: "system", content: sys }, { role: "user", content: `${q}\n${r.pick(L.cot)}` }];
    send(ctx, t, key, r.pick(pool), CHAT, { model: r.chance(0.7) ? "gpt-4.1-mini" : "gpt-4.1", messages, temperature: 0.4, stream: true, stream_options: { include_usage: true }, user: "ss_" + r.hex(8), max_tokens: 4096 }, chatUsage(messages, ctok(r, 900, 0.4, 150, 4096)));
  }
}

export const DISTILL = [keyRotation, reasoningHarvest, logprobExtraction, embeddingHarvest, hydra, toolTrajectoryHarvest, thinkingHarvest, rejectionSampling, preferencePairs, evolInstruct, personaDialogue, codeHarvest, continueChains, batchHarvest, mixedApp];

// ---------------------------------------------------------------- D15. key rotation: one pipeline, a fresh key and address every few hours
export function keyRotation(ctx: Ctx) {
  const r = ctx.rng.fork(215), sc = "rotating-key-harvest";
  let t = WINDOW_START + r.int(1, 6) * H;
  const asks = ["Explain the reasoning behind the answer in detail.", "请给出详细的推理过程。", "Объясни ход решения подробно.", "Explica el razonamiento completo.", "Give a thorough, well-structured answer with your reasoning."];
  for (let k = 0; k < 14 && t < WINDOW_END; k++) {
    const key = reg(ctx, openaiKey(r, r.chance(0.5) ? "proj" : "legacy"), sc, "distill", "key-rotation");
    const net = cloudNet(r, r.pick(CLOUDS));
    const shiftEnd = t + r.int(3 * 60, 6 * 60) * M;
    const model = r.pick(["gpt-4.1", "o4-mini", "gpt-4o"]);
    while (t < shiftEnd && t < WINDOW_END) {
      const L = LANGS[r.pick(["en", "en", "zh", "ru", "es", "ja", "ko"])];
      const q = r.chance(0.35) ? hardQ(r) : r.chance(0.5) ? anyQ(r, L) : `Write ${r.pick(PLS)} code to ${r.pick(CODE_TASKS)} and explain it.`;
      const messages = [{ role: "user", content: `${q}\n\n${r.pick(asks)}` }];
      const comp = ctok(r, 800, 0.5, 100, 6000);
      send(ctx, t, key, net, CHAT, model === "o4-mini" ? { model, messages, reasoning_effort: "high" } : { model, messages, temperature: 0.7, max_tokens: 4096 }, chatUsage(messages, comp), 0.01);
      t += r.logn(80, 0.5) * S;
    }
    t += r.int(5, 90) * M; // gap before the next key comes up
  }
}
