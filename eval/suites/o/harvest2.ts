/** Suite o, harvesting (2): preference pairs, a language-learning app with its owner's harvest inside,
 *  key rotation, a human annotator farm, a parallel corpus for MT training, textbooks built section by
 *  section on Responses chains. */
import { type Body, type CloudName, type R, type Scn, D, H, M, S, T0, T1, DAYS, cloud, home, hexid, len, latency, oid, prose, think, tpl, when } from "./core.ts";
import { EN_ALL, EN_SUBJECTS, PACKS } from "./topics.ts";

function lanes(r: R, start: number, end: number, k: number, gap: () => number, fire: (t: number, lane: number) => number): void {
  for (let l = 0; l < k; l++) { let t = start + r.f() * 15 * S; while (t < end) t += fire(t, l) + gap(); }
}

// ------------------------------------------------------------------ 7. preference pairs: n samples, then a ranking
const PREF_ASK = ["Write a persuasive paragraph arguing for {s} being taught in high school.", "Give advice to a beginner who wants to understand {s}.", "Explain {s} using an everyday analogy.", "Answer a skeptic who says {s} is overrated.", "Summarise the debate around {s} for a newspaper column."];
export function preferencePairs(sc: Scn): void {
  const r = sc.r;
  const where: CloudName[] = ["azure_we", "gcp_ase1", "aws_use1"];
  for (let k = 0; k < 3; k++) {
    const key = sc.key("proj"), net = cloud(r, where[k]);
    for (let d = 0; d < DAYS; d++) {
      const start = T0 + d * D + r.f() * 18 * H, end = start + r.ln(2, 0.3) * H;
      lanes(r, start, end, 1, () => r.ln(60, 0.5) * S, (t0) => {
        let t = t0;
        const q = tpl(r, r.one(PREF_ASK), { s: EN_ALL });
        const n = r.one([4, 4, 6, 8]);
        const c = sc.post(t, key, net, "/v1/chat/completions", { model: "gpt-4.1", messages: [{ role: "user", content: q }], n, temperature: 1.0, top_p: 1, max_tokens: 900 }, n * len(r, 420, 0.3, 900, 100));
        t += latency(r, c / n) + r.ln(2, 0.4) * S;
        const cands = Array.from({ length: n }, (_, i) => `Response ${String.fromCharCode(65 + i)}:\n` + prose(r, ["This answer opens with a clear claim.", "It gives one concrete example.", "The tone is informal and direct.", "It ends with a question to the reader.", "Some sentences repeat the same point."], r.int(60, 140)));
        const judge: Body = { model: "gpt-4.1", messages: [{ role: "system", content: "You are an expert annotator producing preference data. Rank all responses from best to worst. For each adjacent pair explain in detail why the better one is better (helpfulness, accuracy, style, safety). Output JSON with fields ranking and rationales." }, { role: "user", content: `Prompt: ${q}\n\n${cands.join("\n\n")}` }], temperature: 0, max_tokens: 1500, response_format: { type: "json_object" } };
        const c2 = sc.post(t, key, net, "/v1/chat/completions", judge, len(r, 650, 0.3, 1500, 200));
        return t - t0 + latency(r, c2);
      });
    }
  }
}

// ------------------------------------------------------------------ 8. Hoa Tiêu English: a real app with the owner's harvest on the same key
const HT_SYS = "Bạn là trợ lý học tiếng Anh của ứng dụng Hoa Tiêu English. Giải thích bằng tiếng Việt, ví dụ bằng tiếng Anh. Sửa lỗi nhẹ nhàng, khen khi học viên làm đúng, và giữ câu trả lời ngắn gọn trừ khi được yêu cầu chi tiết.";
const HT_REAL = [
  "Sửa giúp em câu này: \"{x}\"", "Phân biệt giúp em '{y}' với '{z}'.", "Câu \"{x}\" có tự nhiên không ạ?", "Cho em 5 ví dụ với cụm từ '{y}'.",
  "Em muốn luyện nói chủ đề phỏng vấn xin việc, anh hỏi em câu đầu tiên nhé.", "Thì hiện tại hoàn thành dùng khi nào ạ?", "Dịch giúp em: 'Tôi đã sống ở Đà Nẵng được ba năm.'",
];
const HT_X = ["I am agree with you", "She don't like coffee", "I have went to Hanoi last year", "He is more taller than me", "Can you explain me this?", "I look forward to hear from you"];
const HT_Y = ["make", "do", "borrow", "lend", "since", "for", "say", "tell", "look forward to", "used to"];
const HT_HARVEST = [
  "Viết bài giảng đầy đủ nhất có thể về {s}: định nghĩa, cơ chế, ví dụ, bài tập kèm lời giải chi tiết, và các lỗi hay gặp.",
  "Soạn giáo án chi tiết bằng tiếng Anh về {t}, kèm phần giải thích từng bước và đáp án.",
  "Viết một bài giải thích dài, chuyên sâu về {s} dành cho người học nâng cao, trình bày lập luận từng bước.",
];
export function hoaTieuCover(sc: Scn): void {
  const r = sc.r;
  const key = sc.key("proj");
  const nets = [cloud(r, "aws_sin"), cloud(r, "aws_sin")];
  const VI = PACKS.vi;
  const real = 2400, harvest = 1100;
  for (let i = 0; i < real; i++) {
    let t = when(r, 7, "study", "std");
    const user = "u" + r.int(100000, 999999);
    const turns = r.weighted([[1, 50], [2, 30], [3, 20]] as const);
    const msgs: { role: string; content: string }[] = [{ role: "system", content: HT_SYS }];
    for (let j = 0; j < turns; j++) {
      const u = tpl(r, r.one(HT_REAL), { x: HT_X, y: HT_Y, z: HT_Y });
      msgs.push({ role: "user", content: u });
      const c = sc.post(t, key, r.one(nets), "/v1/chat/completions", { model: "gpt-4o-mini", messages: msgs.slice(), temperature: 0.6, max_tokens: 1500, stream: true, stream_options: { include_usage: true }, user }, len(r, 210, 0.5, 1500, 30));
      msgs.push({ role: "assistant", content: prose(r, ["Câu đúng là:", "Em làm tốt lắm!", "Ví dụ: I have lived here for three years.", "Lưu ý: sau 'look forward to' là V-ing."], Math.min(c, 300)) });
      t += latency(r, c, 90) + think(r, c, u.length);
    }
  }
  // the owner's harvest: same key, same system prompt, same backend, made-up user ids, the app's curve
  for (let i = 0; i < harvest; i++) {
    const t = when(r, 7, "study", "std");
    const u = tpl(r, r.one(HT_HARVEST), { s: VI.subjects, t: EN_ALL });
    sc.post(t, key, r.one(nets), "/v1/chat/completions", { model: r.chance(0.5) ? "gpt-4o-mini" : "gpt-4.1", messages: [{ role: "system", content: HT_SYS }, { role: "user", content: u }], temperature: 0.6, max_tokens: 1500, stream: true, stream_options: { include_usage: true }, user: "u" + r.int(100000, 999999) }, len(r, 1300, 0.15, 1500, 700));
  }
}

// ------------------------------------------------------------------ 9. key rotation relay
const ROT_SYS = ["Answer as a domain expert writing for a reference book. Be complete and rigorous.", "Responde como un experto que escribe para una enciclopedia. Sé completo y riguroso.", "Responda como um especialista escrevendo para um manual de referência, de forma completa e rigorosa.", "Antworte wie ein Fachautor eines Nachschlagewerks: vollständig und präzise."];
const ROT_ASK = ["Write the reference entry for {s}.", "Escribe la entrada de referencia sobre {s} (responde en español).", "Escreva o verbete de referência sobre {s} (responda em português).", "Verfasse den Nachschlageeintrag zu {s} (auf Deutsch)."];
export function keyRotation(sc: Scn): void {
  const r = sc.r;
  const clouds: CloudName[] = ["aws_use1", "aws_usw2", "gcp_usc", "azure_eus", "oracle_ash", "do_ams", "hetzner_fsn", "ovh_gra", "scaleway", "cherry_nl"];
  let t = T0 + r.f() * 2 * H;
  while (t < T1) {
    const key = sc.key(r.chance(0.7) ? "proj" : "plain");
    const net = cloud(r, r.one(clouds));
    const life = r.ln(5, 0.3) * H;
    const end = Math.min(T1, t + life);
    const li = r.int(0, 3);
    lanes(r, t, end, 1, () => r.ln(75, 0.5) * S, (tt) => {
      const c = sc.post(tt, key, net, "/v1/chat/completions", { model: r.one(["gpt-4.1", "gpt-4o"]), messages: [{ role: "system", content: ROT_SYS[li] }, { role: "user", content: tpl(r, ROT_ASK[li], { s: EN_ALL }) }], temperature: 0.7, max_tokens: 3500 }, len(r, 1600, 0.3, 3500, 400));
      return latency(r, c);
    });
    t = end + (r.chance(0.2) ? r.ln(3, 0.5) * H : r.ln(6, 0.6) * M);
  }
}

// ------------------------------------------------------------------ 10. annotator farm: people typing task sheets by hand
const FARM_TASK: Record<string, string[]> = {
  sw: ["Eleza kwa kina {s}. Toa mifano mitatu na hitimisho.", "Nieleze {s} kana kwamba mimi ni mwanafunzi wa chuo kikuu, kwa maneno yasiyopungua 600.", "Andika insha kamili kuhusu {s} yenye utangulizi, hoja kuu na hitimisho."],
  tl: ["Ipaliwanag nang buo {s}. Magbigay ng tatlong halimbawa at konklusyon.", "Sumulat ng mahabang sanaysay tungkol sa {s} na may panimula, katawan at wakas.", "Ituro mo sa akin {s} na parang nasa kolehiyo ako, hindi bababa sa 600 salita."],
  en: ["Task {id}: Explain {s} at university level in at least 700 words, with worked examples.", "Task {id}: Write a complete study guide on {s}; include common mistakes and a summary table.", "Task {id}: Compare two competing explanations of {s} and argue which is stronger."],
};
export function annotatorFarm(sc: Scn): void {
  const r = sc.r;
  const offices = [{ cc: "KE", tz: 3, net: { ip: `41.90.${r.int(10, 200)}.${r.int(2, 250)}`, asn: 33771, country: "KE" }, langs: ["sw", "en"] }, { cc: "PH", tz: 8, net: { ip: `112.198.${r.int(10, 200)}.${r.int(2, 250)}`, asn: 9299, country: "PH" }, langs: ["tl", "en"] }];
  for (let w = 0; w < 20; w++) {
    const o = offices[w % 2];
    const key = sc.key("proj");
    const remote = r.chance(0.3);
    for (let d = 0; d < DAYS; d++) {
      // an 8-hour shift starting 8-10 local, a lunch break, one request every few minutes
      let t = T0 + d * D + (8 + r.f() * 2 - o.tz) * H;
      const end = t + 8.5 * H;
      const lunch = t + r.int(3, 5) * H;
      const net = remote ? home(r, o.cc) : o.net;
      let lunched = false;
      while (t < end) {
        if (!lunched && t > lunch) { t += r.ln(50, 0.2) * M; lunched = true; }
        const lang = r.one(o.langs);
        const P = PACKS[lang];
        const s = lang === "en" ? r.one(EN_ALL) : r.one(P.subjects);
        const u = tpl(r, r.one(FARM_TASK[lang]), { s, id: `${r.one(["KE", "PH"])}-${r.int(10000, 99999)}` });
        const c = sc.post(t, key, net, "/v1/chat/completions", { model: r.one(["gpt-4.1", "gpt-4o"]), messages: [{ role: "user", content: u }], temperature: 0.7, max_tokens: 4000, stream: true, stream_options: { include_usage: true } }, len(r, 1500, 0.3, 4000, 400));
        // read, copy into the sheet, type the next task
        t += latency(r, c, 70) + r.ln(330, 0.5) * S + u.length / 3 * S;
      }
    }
  }
}

// ------------------------------------------------------------------ 11. parallel corpus for MT training
const MT_TARGETS = ["Turkish", "Vietnamese", "Indonesian", "Polish", "Arabic", "Hindi", "Thai", "Swahili", "Bengali", "Ukrainian", "Hebrew", "Tagalog"];
const MT_SRC = ["{s} is discussed in chapter {n} of the course.", "Researchers have studied {s} for decades.", "The committee will review {s} next month.", "Most textbooks introduce {s} with a simple example.", "A new report on {s} was published this week.", "Understanding {s} requires some background in mathematics.", "Critics argue that {s} has been oversimplified.", "The exhibition explores {s} through photographs and letters."];
export function parallelCorpus(sc: Scn): void {
  const r = sc.r;
  const keys = [sc.key("proj"), sc.key("proj")];
  const nets = [cloud(r, "hetzner_hel"), cloud(r, "do_sgp")];
  for (let k = 0; k < 2; k++) for (let d = 0; d < DAYS; d++) {
    const start = T0 + d * D + r.f() * 10 * H, end = start + r.ln(11, 0.15) * H;
    lanes(r, start, end, 1, () => r.ln(90, 0.4) * S, (t) => {
      const tgt = r.one(MT_TARGETS);
      const lines = Array.from({ length: r.int(15, 40) }, (_, i) => `${i + 1}. ` + tpl(r, r.one(MT_SRC), { s: EN_ALL, n: r.int(2, 14) }));
      const body: Body = { model: "gpt-4.1", messages: [{ role: "system", content: `Translate every numbered line into ${tgt}. Keep the numbering, translate faithfully and fluently, and output nothing else.` }, { role: "user", content: lines.join("\n") }], temperature: 0.3, max_tokens: 4000 };
      const inTok = lines.join("\n").length / 4.2;
      const c = sc.post(t, keys[k], nets[k], "/v1/chat/completions", body, inTok * r.ln(1.9, 0.15));
      return latency(r, c, 90);
    });
  }
}

// ------------------------------------------------------------------ 12. textbooks section by section (Responses chains, answers under 500 tokens)
const BOOK: Record<string, { outline: string; section: string; subjects: string[] }> = {
  pl: { outline: "Przygotuj konspekt podręcznika akademickiego o temacie: {s}. Podaj {n} rozdziałów z krótkim opisem.", section: "Napisz rozdział {i} z konspektu. Maksymalnie 350 słów, gęsto, z przykładem.", subjects: PACKS.pl.subjects },
  uk: { outline: "Склади план університетського підручника на тему: {s}. Дай {n} розділів із коротким описом.", section: "Напиши розділ {i} з плану. Не більше 350 слів, насичено, з прикладом.", subjects: PACKS.uk.subjects },
  en: { outline: "Draft the outline of a university textbook on {s}. List {n} chapters with a one-line description each.", section: "Write chapter {i} from the outline. At most 350 words, dense, with one worked example.", subjects: EN_ALL },
  tr: { outline: "{s} konusunda bir üniversite ders kitabının taslağını hazırla. {n} bölüm ve her biri için kısa açıklama ver.", section: "Taslaktaki {i}. bölümü yaz. En fazla 350 kelime, yoğun ve bir örnekle.", subjects: PACKS.tr.subjects },
};
export function sectionChains(sc: Scn): void {
  const r = sc.r;
  const keys = [sc.key("proj"), sc.key("svcacct")];
  const nets = [cloud(r, "ovh_waw"), cloud(r, "aws_fra")];
  for (let k = 0; k < 2; k++) for (let d = 0; d < DAYS; d++) {
    const start = T0 + d * D + (6 + r.f() * 4) * H, end = start + r.ln(7, 0.2) * H;
    lanes(r, start, end, 1, () => r.ln(600, 0.5) * S, (t0) => {
      let t = t0;
      const lang = r.weighted([["pl", 30], ["uk", 25], ["en", 30], ["tr", 15]] as const), B = BOOK[lang];
      const n = r.int(6, 10);
      let prev = oid(r, "resp_", 40);
      const c0 = sc.post(t, keys[k], nets[k], "/v1/responses", { model: "gpt-4.1", input: tpl(r, B.outline, { s: B.subjects, n }), max_output_tokens: 480, temperature: 0.6, store: true }, len(r, 380, 0.2, 480, 150), { response_id: prev });
      t += latency(r, c0) + r.ln(8, 0.5) * S;
      for (let i = 1; i <= n; i++) {
        const id = oid(r, "resp_", 40);
        const c = sc.post(t, keys[k], nets[k], "/v1/responses", { model: "gpt-4.1", input: tpl(r, B.section, { i }), previous_response_id: prev, max_output_tokens: 480, temperature: 0.6, store: true }, len(r, 455, 0.06, 480, 300), { response_id: id });
        prev = id;
        t += latency(r, c) + r.ln(10, 0.5) * S;
      }
      return t - t0;
    });
  }
}
export const _h2 = { EN_SUBJECTS, hexid };
