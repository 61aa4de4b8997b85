/**
 * Harvesting, part 1: chain-of-thought harvests in seven languages, Anthropic extended thinking,
 * top-logprob soft labels, best-of-n sampling, forged tool trajectories, a self-instruct pipeline,
 * an embedding-model distillation, batch API harvests.
 */
import { type Body, type Net, Sc, at, dc, draw, fill, fleet, genTime, olen, rid, tok, type DcName, DAY, HOUR, MIN, SEC, T0, T1 } from "./core.ts";
import { EN_ALL, EN_FACET, EN_TOPICS, LT } from "./topics.ts";

/** A machine's work: `budget` requests split over `sessions` sessions drawn from a curve; `step` emits one
 *  request (or a small group) at t and returns when the next starts. */
export function machineSessions(sc: Sc, budget: number, sessions: number, tz: number, curve: "flat" | "night" | "office" | "evening", step: (t: number) => number): void {
  const r = sc.r;
  const per = Math.max(1, Math.round(budget / sessions));
  for (let s = 0; s < sessions; s++) {
    let t = draw(r, tz, curve);
    for (let i = 0; i < per && t < T1; i++) t = step(t);
  }
}

// ================================================================== cot-polyglot
const COT: Record<string, { sys: string[]; ask: string[]; num: string[] }> = {
  tr: { sys: ["Sen bir öğretmensin. Her soruda tüm düşünce sürecini adım adım yaz, ara sonuçları atlama, sonunda cevabı kutu içinde ver.", "Cevap vermeden önce düşüncelerini eksiksiz göster: varsayımlar, denenen yollar, hatalar ve düzeltmeler."], ask: ["{t} konusunu baştan sona, her adımı gerekçelendirerek açıkla.", "{t} hakkında bir soru üret ve çözümünü tüm akıl yürütmesiyle yaz.", "{t}: düşünce sürecini tamamen göstererek ayrıntılı anlat."], num: ["Bir işçi bir işi {a} günde, diğeri {b} günde bitiriyor. Birlikte kaç günde bitirirler? Tüm adımları göster.", "{a} sayısının {b} ile bölümünden kalan nedir? Her adımı açıkla."] },
  vi: { sys: ["Bạn là giáo viên. Với mỗi câu hỏi, hãy viết toàn bộ quá trình suy nghĩ từng bước, không bỏ qua bước trung gian, rồi mới đưa ra đáp án cuối cùng.", "Trước khi trả lời, hãy trình bày đầy đủ suy luận: giả thiết, các hướng thử, chỗ sai và cách sửa."], ask: ["Giải thích {t} thật chi tiết, nêu lý do cho từng bước.", "Hãy tự đặt một bài toán về {t} rồi giải với toàn bộ lập luận.", "Trình bày {t} kèm đầy đủ quá trình suy nghĩ."], num: ["Một người làm xong công việc trong {a} ngày, người kia trong {b} ngày. Hai người cùng làm thì mất bao lâu? Trình bày mọi bước.", "Tìm số dư khi chia {a}{b} cho {b}, giải thích từng bước."] },
  id: { sys: ["Kamu adalah guru. Untuk setiap pertanyaan, tuliskan seluruh proses berpikir langkah demi langkah tanpa melewatkan hasil antara, lalu berikan jawaban akhir.", "Sebelum menjawab, tunjukkan penalaranmu secara lengkap: asumsi, cara yang dicoba, kesalahan dan perbaikannya."], ask: ["Jelaskan {t} secara mendalam dengan alasan di setiap langkah.", "Buat satu soal tentang {t} lalu selesaikan dengan penalaran lengkap.", "Uraikan {t} beserta seluruh proses berpikirnya."], num: ["Satu pekerja menyelesaikan pekerjaan dalam {a} hari, yang lain dalam {b} hari. Berapa hari jika bekerja bersama? Tunjukkan semua langkah.", "Berapa sisa pembagian {a}{b} oleh {b}? Jelaskan tiap langkah."] },
  pl: { sys: ["Jesteś nauczycielem. Przy każdym pytaniu zapisz cały tok rozumowania krok po kroku, bez pomijania wyników pośrednich, a na końcu podaj odpowiedź.", "Zanim odpowiesz, pokaż pełne rozumowanie: założenia, próbowane drogi, błędy i poprawki."], ask: ["Wyjaśnij {t} bardzo szczegółowo, uzasadniając każdy krok.", "Ułóż zadanie dotyczące tematu {t} i rozwiąż je z pełnym rozumowaniem.", "Omów {t}, pokazując cały proces myślowy."], num: ["Jeden robotnik wykonuje pracę w {a} dni, drugi w {b} dni. Ile dni zajmie im to razem? Pokaż wszystkie kroki.", "Jaka jest reszta z dzielenia {a}{b} przez {b}? Wyjaśnij każdy krok."] },
  ar: { sys: ["أنت معلم. في كل سؤال اكتب عملية التفكير كاملة خطوة بخطوة دون تخطي النتائج الوسيطة، ثم أعط الإجابة النهائية.", "قبل الإجابة اعرض استدلالك كاملًا: الافتراضات والطرق التي جربتها والأخطاء وتصحيحها."], ask: ["اشرح {t} بالتفصيل مع تعليل كل خطوة.", "ضع مسألة عن {t} ثم حلها مع عرض التفكير كاملًا.", "وضّح {t} مبيّنًا مسار التفكير من البداية إلى النهاية."], num: ["عامل ينجز عملًا في {a} أيام وآخر في {b} أيام. كم يومًا يحتاجان معًا؟ اعرض كل الخطوات.", "ما باقي قسمة {a}{b} على {b}؟ اشرح كل خطوة."] },
  hi: { sys: ["आप एक शिक्षक हैं। हर प्रश्न में पूरी सोचने की प्रक्रिया चरण-दर-चरण लिखिए, बीच का कोई परिणाम मत छोड़िए, फिर अंतिम उत्तर दीजिए।", "उत्तर देने से पहले अपना पूरा तर्क दिखाइए: मान्यताएँ, आज़माए गए तरीके, गलतियाँ और सुधार।"], ask: ["{t} को विस्तार से समझाइए और हर चरण का कारण बताइए।", "{t} पर एक प्रश्न बनाइए और पूरे तर्क के साथ हल कीजिए।", "{t} की व्याख्या पूरी विचार प्रक्रिया के साथ कीजिए।"], num: ["एक मज़दूर काम {a} दिन में और दूसरा {b} दिन में करता है। दोनों मिलकर कितने दिन में करेंगे? सभी चरण दिखाइए।", "{a}{b} को {b} से भाग देने पर शेषफल क्या होगा? हर चरण समझाइए।"] },
  th: { sys: ["คุณเป็นครู ทุกคำถามให้เขียนกระบวนการคิดทั้งหมดทีละขั้น ห้ามข้ามผลลัพธ์ระหว่างทาง แล้วจึงสรุปคำตอบ", "ก่อนตอบให้แสดงเหตุผลทั้งหมด ทั้งสมมติฐาน วิธีที่ลอง ข้อผิดพลาด และการแก้ไข"], ask: ["อธิบาย{t}อย่างละเอียดพร้อมเหตุผลทุกขั้นตอน", "ตั้งโจทย์เกี่ยวกับ{t}หนึ่งข้อแล้วแก้พร้อมแสดงการคิดทั้งหมด", "อธิบาย{t}โดยแสดงกระบวนการคิดตั้งแต่ต้นจนจบ"], num: ["คนงานคนหนึ่งทำงานเสร็จใน {a} วัน อีกคนใน {b} วัน ถ้าทำด้วยกันจะเสร็จในกี่วัน แสดงทุกขั้นตอน", "เศษจากการหาร {a}{b} ด้วย {b} คือเท่าไร อธิบายทุกขั้น"] },
};
const COT_TZ: Record<string, number> = { tr: 3, vi: 7, id: 7, pl: 2, ar: 3, hi: 5.5, th: 7 };
const COT_DC: Record<string, DcName> = { tr: "m247", vi: "tencentSg", id: "gcpJkt", pl: "hetzner", ar: "awsDe", hi: "doBlr", th: "huaweiSg" };
export function cotPolyglot(sc: Sc): void {
  const r = sc.r;
  for (const lang of Object.keys(COT)) {
    const key = sc.key(r.p(0.5) ? "proj" : "legacy");
    const ips = fleet(r, [COT_DC[lang]], 2);
    const c = COT[lang];
    const sys = r.pick(c.sys);
    const reasoning = r.p(0.5);
    machineSessions(sc, r.int(260, 340), r.int(8, 12), COT_TZ[lang], "flat", (t) => {
      const q = r.p(0.3) ? fill(r, r.pick(c.num), { a: String(r.int(3, 97)), b: String(r.int(2, 19)) }) : fill(r, r.pick(c.ask), { t: r.pick(LT[lang]) });
      const body: Body = reasoning
        ? { model: "o4-mini", messages: [{ role: "developer", content: sys }, { role: "user", content: q }], reasoning_effort: "high", max_completion_tokens: 16000 }
        : { model: "gpt-4.1", messages: [{ role: "system", content: sys }, { role: "user", content: q }], max_tokens: 4096, temperature: 0.7 };
      const out = olen(r, reasoning ? 5200 : 1900, 0.35, reasoning ? 16000 : 4096, 400);
      sc.post(t, key, r.pick(ips), "/v1/chat/completions", body, out);
      return t + genTime(r, out, 120) * 0.35 + r.int(1, 6) * SEC; // three lanes in parallel
    });
  }
}

// ================================================================== thinking-harvest (Anthropic)
const THK_TPL = ["Prove or disprove: {m}. Think it through completely.", "Design an efficient algorithm for a problem involving {c}, analyse its complexity and argue correctness.", "A competition problem about {m}: state one, then solve it rigorously.", "Derive the key result behind {s} from first principles."];
export function thinkingHarvest(sc: Sc): void {
  const r = sc.r;
  for (let k = 0; k < 3; k++) {
    const key = sc.key("ant");
    const ip = dc(r, (["alibabaHk", "vultrTk", "linodeFra"] as DcName[])[k]);
    machineSessions(sc, r.int(200, 260), r.int(8, 12), 8, "flat", (t) => {
      const opus = r.p(0.5);
      const budget = opus ? r.pick([16000, 20000, 24000]) : r.pick([16000, 24000, 32000]);
      const q = fill(r, r.pick(THK_TPL), { m: EN_TOPICS.math, c: EN_TOPICS.cs, s: EN_TOPICS.sci });
      const body: Body = { model: opus ? "claude-opus-4-1" : "claude-sonnet-4-5", max_tokens: opus ? 32000 : budget + 8000, thinking: { type: "enabled", budget_tokens: budget }, messages: [{ role: "user", content: q }] };
      const out = olen(r, budget * 0.7, 0.25, budget + 8000, 2000);
      sc.post(t, key, ip, "/v1/messages", body, out);
      return t + genTime(r, out, 110) / 4 + r.int(2, 9) * SEC;
    });
  }
}

// ================================================================== toplogprob-soft-labels
const LP_CTX = ["The committee postponed the vote because", "After the reaction cooled, the precipitate was", "In the second half the home team", "The most common cause of this error is", "She opened the letter and immediately", "The algorithm terminates when", "To reduce latency, the engineers", "Historians generally agree that the treaty", "The patient reported that the pain", "Under the new policy, employees who"];
export function toplogprobs(sc: Sc): void {
  const r = sc.r;
  for (let k = 0; k < 2; k++) {
    const key = sc.key("proj");
    const ips = fleet(r, ["ovh", "ovhCa"], 3);
    machineSessions(sc, r.int(650, 850), r.int(10, 16), 0, "flat", (t) => {
      const ctx = `${r.pick(LP_CTX)} ${r.pick(EN_ALL)} ${r.pick(["was", "remains", "became", "is often"])}`;
      const body: Body = k === 0
        ? { model: "gpt-4.1", messages: [{ role: "user", content: `Continue: ${ctx}` }], max_tokens: r.int(1, 8), logprobs: true, top_logprobs: 20, temperature: 1 }
        : { model: "gpt-3.5-turbo-instruct", prompt: ctx, max_tokens: r.int(1, 5), logprobs: 5, temperature: 1 };
      sc.post(t, key, r.pick(ips), k === 0 ? "/v1/chat/completions" : "/v1/completions", body, Number(body.max_tokens));
      return t + r.int(1500, 7000);
    });
  }
}

// ================================================================== best-of-n-sampler
const BON_SYS = "Answer as helpfully and thoroughly as possible.";
const BON_TPL = ["Write a persuasive essay about {t}.", "Explain {t} to a curious teenager.", "What are the strongest objections to the standard account of {t}?", "Give a step-by-step tutorial on {t}."];
export function bestOfN(sc: Sc): void {
  const r = sc.r;
  for (let k = 0; k < 2; k++) {
    const key = sc.key("svc");
    const ip = dc(r, "contabo");
    machineSessions(sc, k === 0 ? r.int(300, 380) : r.int(90, 110), r.int(8, 12), 0, "flat", (t) => {
      const q = fill(r, r.pick(BON_TPL), { t: EN_ALL });
      if (k === 0) {
        const n = r.pick([6, 8, 12, 16]);
        sc.post(t, key, ip, "/v1/chat/completions", { model: "gpt-4.1", messages: [{ role: "system", content: BON_SYS }, { role: "user", content: q }], n, temperature: 1.0, top_p: 0.95, max_tokens: 1200 }, n * olen(r, 650, 0.3, 1200, 100));
        return t + r.int(8, 30) * SEC;
      }
      // the same prompt four times on Anthropic within seconds (no n there)
      for (let j = 0; j < 4; j++) sc.post(t + j * r.int(200, 900), key, ip, "/v1/messages", { model: "claude-sonnet-4-5", max_tokens: 1500, temperature: 1, system: BON_SYS, messages: [{ role: "user", content: q }] }, olen(r, 700, 0.3, 1500, 100));
      return t + r.int(15, 40) * SEC;
    });
  }
}

// ================================================================== forged-tool-trajectories
const FT_TOOLS = ["web_search", "fetch_url", "python", "sql_query", "calendar_lookup", "send_email", "weather", "stock_quote", "file_read", "file_write", "translate", "geocode", "unit_convert", "wiki_lookup", "create_ticket", "shell"];
function toolDef(name: string): Body { return { type: "function", function: { name, description: `Tool ${name.replace("_", " ")}`, parameters: { type: "object", properties: { q: { type: "string" } }, required: ["q"] } } }; }
const FT_TASK = ["Research {t} and write a report with sources.", "Find the latest figures about {t}, compute the trend in python and summarise.", "Plan a study session on {t}: look things up, then produce notes.", "Answer a user's question about {t} using the tools, then give a polished final answer."];
export function forgedTools(sc: Sc): void {
  const r = sc.r;
  for (let k = 0; k < 3; k++) {
    const key = sc.key("proj");
    const ips = fleet(r, [(["digitalocean", "leaseweb", "hetzner"] as DcName[])[k]], 2);
    machineSessions(sc, r.int(90, 120), r.int(8, 12), 0, "flat", (t) => {
      const tools = r.sample(FT_TOOLS, r.int(3, 8)).map(toolDef);
      const topic = r.pick(EN_ALL);
      const msgs: Body[] = [{ role: "system", content: "You are an autonomous agent. Think aloud about which tool to use before each call, then call it." }, { role: "user", content: fill(r, r.pick(FT_TASK), { t: topic }) }];
      const steps = r.int(2, 5);
      for (let i = 0; i <= steps; i++) {
        const body: Body = { model: "gpt-4.1", messages: msgs.slice(), tools, max_tokens: 3000, temperature: 0.7 };
        if (i < steps) {
          const fn = (tools[i % tools.length].function as Body).name as string;
          const id = rid(r, "call_", 24);
          sc.post(t, key, r.pick(ips), "/v1/chat/completions", body, r.int(60, 220));
          msgs.push({ role: "assistant", content: `I will use ${fn} to get information on ${topic}.`, tool_calls: [{ id, type: "function", function: { name: fn, arguments: JSON.stringify({ q: topic }) } }] });
          msgs.push({ role: "tool", tool_call_id: id, content: JSON.stringify({ ok: true, items: Array.from({ length: r.int(2, 5) }, (_, j) => ({ title: `${topic} — source ${j + 1}`, snippet: `Summary paragraph ${r.int(100, 999)} about ${topic}.` })) }) });
          t += r.int(300, 1200);
        } else {
          const out = olen(r, 1700, 0.3, 3000, 400);
          sc.post(t, key, r.pick(ips), "/v1/chat/completions", body, out);
          t += genTime(r, out, 100) / 3;
        }
      }
      return t + r.int(1, 4) * SEC;
    });
  }
}

// ================================================================== self-instruct pipeline
const SI_GEN = "Here are some example tasks:\n{ex}\nWrite 8 new, diverse tasks of similar difficulty in a numbered list. Cover different domains.";
const SI_EVOLVE = ["Rewrite the following instruction to make it harder by adding one constraint, without making it unanswerable:\n{x}", "Make this task require multi-step reasoning while keeping it self-contained:\n{x}", "Increase the depth of this question so that it needs specialised knowledge:\n{x}"];
const SI_SEED = ["Explain {t} with an example.", "Write a short story that involves {t}.", "Compare {t} with a related idea.", "List common mistakes people make with {t}.", "Create a quiz of five questions on {t}."];
export function selfInstruct(sc: Sc): void {
  const r = sc.r;
  for (let k = 0; k < 2; k++) {
    const key = sc.key("proj");
    const ip = dc(r, k ? "azureVa" : "awsOr");
    machineSessions(sc, r.int(600, 700), r.int(10, 14), -6, "flat", (t) => {
      const mode = r.wpick([["gen", 15], ["evolve", 35], ["answer", 50]] as const);
      const task = fill(r, r.pick(SI_SEED), { t: EN_ALL });
      let body: Body, out: number;
      if (mode === "gen") { body = { model: "gpt-4.1-mini", messages: [{ role: "user", content: fill(r, SI_GEN, { ex: Array.from({ length: 4 }, (_, i) => `${i + 1}. ${fill(r, r.pick(SI_SEED), { t: EN_ALL })}`).join("\n") }) }], temperature: 1, max_tokens: 800 }; out = olen(r, 380, 0.2, 800); }
      else if (mode === "evolve") { body = { model: "gpt-4.1-mini", messages: [{ role: "user", content: fill(r, r.pick(SI_EVOLVE), { x: task }) }], temperature: 0.9, max_tokens: 300 }; out = olen(r, 90, 0.3, 300); }
      else { body = { model: "gpt-4.1", messages: [{ role: "user", content: `${task} Additionally, ${r.pick(["justify every claim", "include a counterexample", "answer in a table then prose", "discuss two edge cases"])}.` }], temperature: 0.7, max_tokens: 2500 }; out = olen(r, 1300, 0.35, 2500, 200); }
      sc.post(t, key, ip, "/v1/chat/completions", body, out);
      return t + genTime(r, out, 110) / 2 + r.int(1, 3) * SEC;
    });
  }
}

// ================================================================== embedding-distill
const EMB_LANG = ["en", "es", "fr", "de", "pt", "it", "nl", "pl", "tr", "ru", "ar", "hi", "ja", "ko", "vi", "id"];
export function embeddingDistill(sc: Sc): void {
  const r = sc.r;
  for (let k = 0; k < 2; k++) {
    const key = sc.key("svc");
    const ips = fleet(r, ["oracleFra", "selectel"], 2);
    machineSessions(sc, r.int(180, 220), r.int(14, 20), 0, "flat", (t) => {
      const n = r.pick([256, 384, 512]);
      // query/passage pairs over a multilingual topic list, de-duplicated per batch
      const seen = new Set<string>();
      const input: string[] = [];
      while (input.length < n) {
        const l = r.pick(EMB_LANG);
        const a = l === "en" ? r.pick(EN_ALL) : r.pick(LT[l]);
        const b = l === "en" ? r.pick(EN_FACET) : r.pick(LT[l]);
        const x = r.p(0.5) ? `query: ${a}` : `passage: ${a} / ${b}`;
        if (seen.has(x)) continue;
        seen.add(x); input.push(x);
      }
      sc.post(t, key, r.pick(ips), "/v1/embeddings", { model: "text-embedding-3-large", input, encoding_format: "base64" }, 0);
      return t + r.int(6, 20) * SEC;
    });
  }
}

// ================================================================== batch-api-harvest
const BAT_TPL = ["Write a comprehensive explanation of {t}, {f}.", "Produce a detailed Q&A pair about {t}: question first, then a long expert answer, {f}.", "Solve a hard problem about {t} with full reasoning, {f}."];
export function batchHarvest(sc: Sc): void {
  const r = sc.r;
  const oa = sc.key("proj"), an = sc.key("ant");
  const ipO = dc(r, "awsSeoul"), ipA = dc(r, "alibabaHk");
  for (let d = 0; d < 4; d++) {
    // OpenAI: two files a day of 200-300 lines
    for (let f = 0; f < 2; f++) {
      let t = at(d, f ? 14 : 2, 9) + r.int(0, 3600) * SEC;
      const n = r.int(200, 300);
      const lines: string[] = [], res: { prompt_tokens: number; completion_tokens: number }[] = [];
      for (let j = 0; j < n; j++) {
        const q = fill(r, r.pick(BAT_TPL), { t: EN_ALL, f: EN_FACET });
        lines.push(JSON.stringify({ custom_id: `r${d}${f}-${j}`, method: "POST", url: "/v1/chat/completions", body: { model: "gpt-4.1", messages: [{ role: "user", content: q }], max_tokens: 4000 } }));
        res.push({ prompt_tokens: tok(q) + 8, completion_tokens: olen(r, 1800, 0.3, 4000, 300) });
      }
      sc.free(t, oa, ipO, "POST", "/v1/files", { purpose: "batch", file: lines.join("\n") + "\n" }, undefined, n);
      t += r.int(3, 10) * SEC;
      const bid = rid(r, "batch_", 24), out = rid(r, "file-", 22);
      sc.free(t, oa, ipO, "POST", "/v1/batches", { input_file_id: rid(r, "file-", 22), endpoint: "/v1/chat/completions", completion_window: "24h" });
      for (let p = 0; p < r.int(6, 14); p++) { t += 10 * MIN + r.int(0, 120) * SEC; sc.free(t, oa, ipO, "GET", `/v1/batches/${bid}`, null); }
      t += r.int(10, 60) * SEC;
      sc.free(t, oa, ipO, "GET", `/v1/files/${out}/content`, null, res);
    }
    // Anthropic: three message batches a day of 100
    for (let f = 0; f < 3; f++) {
      let t = at(d, 1 + f * 7, 8) + r.int(0, 3000) * SEC;
      const requests: Body[] = [], res: { prompt_tokens: number; completion_tokens: number }[] = [];
      for (let j = 0; j < 100; j++) {
        const q = fill(r, r.pick(BAT_TPL), { t: EN_ALL, f: EN_FACET });
        requests.push({ custom_id: `a${d}${f}-${j}`, params: { model: "claude-sonnet-4-5", max_tokens: 4000, messages: [{ role: "user", content: q }] } });
        res.push({ prompt_tokens: tok(q) + 10, completion_tokens: olen(r, 1900, 0.3, 4000, 300) });
      }
      sc.free(t, an, ipA, "POST", "/v1/messages/batches", { requests }, undefined, 100);
      const id = rid(r, "msgbatch_", 24);
      for (let p = 0; p < r.int(4, 10); p++) { t += 8 * MIN + r.int(0, 200) * SEC; sc.free(t, an, ipA, "GET", `/v1/messages/batches/${id}`, null); }
      t += r.int(10, 60) * SEC;
      sc.free(t, an, ipA, "GET", `/v1/messages/batches/${id}/results`, null, res);
    }
  }
}

void DAY; void HOUR; void T0; void EN_TOPICS; export type { Net };
