/** Suite o, harvesting (3): critique-and-revise triples, nightly batch harvests, competitive-programming
 *  solutions, simulated customer dialogues. */
import { type Body, type CloudName, type R, type Scn, D, H, M, S, T0, DAYS, cloud, hexid, len, latency, oid, prose, tpl } from "./core.ts";
import { EN_ALL, PACKS } from "./topics.ts";

function lanes(r: R, start: number, end: number, k: number, gap: () => number, fire: (t: number, lane: number) => number): void {
  for (let l = 0; l < k; l++) { let t = start + r.f() * 15 * S; while (t < end) t += fire(t, l) + gap(); }
}

// ------------------------------------------------------------------ 13. critique and revise
const CR: Record<string, { ask: string; crit: string; rev: string }> = {
  he: { ask: "הסבר לעומק ובאופן מלא את הנושא: {s}.", crit: "בקר את התשובה הקודמת בחומרה: מנה כל טעות עובדתית, כל פער בהסבר וכל ניסוח לא ברור.", rev: "כתוב מחדש את התשובה המלאה כך שתתקן את כל הבעיות שמנית. החזר רק את הגרסה המתוקנת." },
  ar: { ask: "اشرح موضوع {s} شرحا وافيا ومفصلا.", crit: "انتقد الإجابة السابقة بصرامة: اذكر كل خطأ في المعلومات وكل نقص في الشرح وكل صياغة غير واضحة.", rev: "أعد كتابة الإجابة كاملة مع إصلاح كل المشكلات التي ذكرتها. أعد النسخة المصححة فقط." },
  en: { ask: "Explain {s} thoroughly, as for an advanced student.", crit: "Critique your previous answer harshly: list every factual error, every gap in the explanation and every unclear sentence.", rev: "Rewrite the complete answer fixing every problem you listed. Return only the improved version." },
  id: { ask: "Jelaskan secara tuntas dan menyeluruh tentang {s}.", crit: "Kritik jawabanmu sebelumnya dengan tegas: sebutkan setiap kesalahan fakta, setiap celah penjelasan, dan setiap kalimat yang tidak jelas.", rev: "Tulis ulang jawaban lengkapnya dengan memperbaiki semua masalah tadi. Kembalikan hanya versi yang sudah diperbaiki." },
};
export function critiqueRevise(sc: Scn): void {
  const r = sc.r;
  const keys = [sc.key("proj"), sc.key("proj")];
  const nets = [cloud(r, "aws_tlv"), cloud(r, "gcp_ew4")];
  for (let k = 0; k < 2; k++) for (let d = 0; d < DAYS; d++) {
    const start = T0 + d * D + r.f() * 16 * H, end = start + r.ln(4, 0.25) * H;
    lanes(r, start, end, 1, () => r.ln(100, 0.5) * S, (t0) => {
      let t = t0;
      const lang = r.weighted([["en", 35], ["he", 25], ["ar", 25], ["id", 15]] as const);
      const q = tpl(r, CR[lang].ask, { s: lang === "en" ? EN_ALL : PACKS[lang].subjects });
      const msgs: { role: string; content: string }[] = [{ role: "user", content: q }];
      const model = r.one(["gpt-4.1", "gpt-4o"]);
      const a = sc.post(t, keys[k], nets[k], "/v1/chat/completions", { model, messages: msgs.slice(), temperature: 0.7, max_tokens: 2500 }, len(r, 1100, 0.3, 2500, 300));
      t += latency(r, a) + r.ln(1.5, 0.4) * S;
      msgs.push({ role: "assistant", content: prose(r, [q, "First, the definition.", "Second, the mechanism.", "Third, an example.", "Finally, the limits of this view."], Math.min(a, 900)) }, { role: "user", content: CR[lang].crit });
      const b = sc.post(t, keys[k], nets[k], "/v1/chat/completions", { model, messages: msgs.slice(), temperature: 0.3, max_tokens: 1500 }, len(r, 500, 0.3, 1500, 120));
      t += latency(r, b) + r.ln(1.5, 0.4) * S;
      msgs.push({ role: "assistant", content: prose(r, ["1. The definition is imprecise.", "2. The example lacks numbers.", "3. One claim is unsupported.", "4. The conclusion is vague."], Math.min(b, 500)) }, { role: "user", content: CR[lang].rev });
      const c = sc.post(t, keys[k], nets[k], "/v1/chat/completions", { model, messages: msgs.slice(), temperature: 0.5, max_tokens: 3000 }, len(r, 1300, 0.25, 3000, 400));
      return t - t0 + latency(r, c);
    });
  }
}

// ------------------------------------------------------------------ 14. nightly batch harvest (OpenAI files + Anthropic message batches)
const BATCH_ASK = ["Give a comprehensive, expert-level explanation of {s}, reasoning step by step.", "Write a long-form Q&A (10 questions with full answers) about {s}.", "Produce a detailed worked problem set on {s} with complete solutions."];
function batchAsk(r: R): string {
  const lang = r.one(["en", "en", "tr", "vi", "id", "pl", "ar", "hi", "th", "sw", "bn", "uk", "he", "tl"]);
  if (lang === "en") return tpl(r, r.one(BATCH_ASK), { s: EN_ALL });
  return `Write a comprehensive expert explanation, in the language of this topic, reasoning through every step: ${r.one(PACKS[lang].subjects)}`;
}
export function batchHarvest(sc: Scn): void {
  const r = sc.r;
  const oa = sc.key("proj"), an = sc.key("ant");
  const nO = cloud(r, "aws_usw2"), nA = cloud(r, "gcp_usc");
  for (let d = 0; d < DAYS; d++) {
    // OpenAI: upload, create, poll every ~10 minutes, fetch
    let t = T0 + d * D + (13 + r.f() * 3) * H;
    const lines = Array.from({ length: r.int(450, 750) }, (_, i) => JSON.stringify({ custom_id: `r${d}-${i}-${hexid(r, 6)}`, method: "POST", url: "/v1/chat/completions", body: { model: "gpt-4.1", messages: [{ role: "user", content: batchAsk(r) }], temperature: 0.7, max_tokens: 4000 } }));
    const fileId = oid(r, "file-", 22), batchId = oid(r, "batch_", 24), outId = oid(r, "file-", 22);
    sc.free(t, oa, nO, "POST", "/v1/files", { purpose: "batch", file: lines.join("\n") }, {}, lines.length);
    t += r.ln(20, 0.3) * S;
    sc.free(t, oa, nO, "POST", "/v1/batches", { input_file_id: fileId, endpoint: "/v1/chat/completions", completion_window: "24h" }, { batch_id: batchId });
    const polls = r.int(10, 22);
    for (let p = 0; p < polls; p++) { t += r.ln(10, 0.15) * M; sc.free(t, oa, nO, "GET", `/v1/batches/${batchId}`, null, p === polls - 1 ? { output_file_id: outId } : {}); }
    t += r.ln(30, 0.3) * S;
    const res = lines.map(() => ({ prompt_tokens: r.int(40, 160), completion_tokens: len(r, 2200, 0.3, 4000, 500) }));
    sc.free(t, oa, nO, "GET", `/v1/files/${outId}/content`, null, { results: res });
    // Anthropic: one message batch a night
    let u = T0 + d * D + (1 + r.f() * 2) * H;
    const reqs = Array.from({ length: r.int(300, 500) }, (_, i) => ({ custom_id: `m${d}-${i}`, params: { model: "claude-sonnet-4-5", max_tokens: 4000, messages: [{ role: "user", content: batchAsk(r) }] } }));
    const mb = oid(r, "msgbatch_", 24);
    sc.free(u, an, nA, "POST", "/v1/messages/batches", { requests: reqs }, { batch_id: mb }, reqs.length);
    const mp = r.int(8, 18);
    for (let p = 0; p < mp; p++) { u += r.ln(12, 0.2) * M; sc.free(u, an, nA, "GET", `/v1/messages/batches/${mb}`, null); }
    u += r.ln(40, 0.3) * S;
    sc.free(u, an, nA, "GET", `/v1/messages/batches/${mb}/results`, null, { results: reqs.map(() => ({ prompt_tokens: r.int(40, 200), completion_tokens: len(r, 2000, 0.3, 4000, 400) })) });
  }
}

// ------------------------------------------------------------------ 15. competitive-programming solutions
const CP_STORY = ["A courier in {c} must visit", "A farmer records rainfall over", "A game board has", "A library catalogue lists", "A network of routers connects", "A bakery tracks orders for"];
const CP_TASK = ["{n} checkpoints; find the shortest route that visits each exactly once modulo constraints.", "{n} days; answer {q} queries asking for the maximum sum of any window of length k.", "{n} cells; count the ways to tile it with dominoes and L-trominoes modulo 1e9+7.", "{n} books with dependencies; output an order or report a cycle.", "{n} nodes and weighted links; answer {q} queries for the bottleneck path between two nodes.", "{n} items with deadlines and profits; maximise profit if each takes one unit of time."];
const CP_REQ = ["Solve it. Give the idea, a proof of correctness, complexity analysis, a Python solution, a C++ solution, and five tricky test cases with expected outputs.", "Write an editorial: intuition, the full algorithm, why it is correct, complexity, and reference code in C++ and Python with tests."];
export function codeSolutions(sc: Scn): void {
  const r = sc.r;
  const where: CloudName[] = ["aws_use1", "azure_we", "gcp_ase1", "hetzner_fsn", "alibaba_sg"];
  for (let k = 0; k < 5; k++) {
    const key = sc.key(k === 4 ? "plain" : "proj"), net = cloud(r, where[k]);
    for (let d = 0; d < DAYS; d++) {
      const start = T0 + d * D + r.f() * 14 * H, end = start + r.ln(5.5, 0.2) * H;
      lanes(r, start, end, 1, () => r.ln(120, 0.5) * S, (t) => {
        const n = r.one(["10^5", "2*10^5", "10^6", "5000", "300"]);
        const p = `${tpl(r, r.one(CP_STORY), { c: ["Nairobi", "Hanoi", "Gdańsk", "Cebu", "Ankara"] })} ${tpl(r, r.one(CP_TASK), { n, q: r.one(["10^5", "3*10^5"]) })} Constraints: 1 <= n <= ${n}, values up to 10^${r.int(6, 18)}.`;
        const msgs = [{ role: "user", content: `${p}\n\n${r.one(CP_REQ)}` }];
        if (r.chance(0.3)) {
          const reasoning = len(r, 4000, 0.4, 9000, 600), vis = len(r, 2300, 0.3, 5000, 600);
          const c = sc.post(t, key, net, "/v1/chat/completions", { model: "o4-mini", messages: msgs, reasoning_effort: "high", max_completion_tokens: 16000 }, reasoning + vis, { reasoning });
          return latency(r, c, 140);
        }
        const c = sc.post(t, key, net, "/v1/chat/completions", { model: "gpt-4.1", messages: msgs, temperature: 0.2, max_completion_tokens: 6000 }, len(r, 2600, 0.3, 6000, 700));
        return latency(r, c, 90);
      });
    }
  }
}

// ------------------------------------------------------------------ 16. simulated customer dialogues
const DIAL: Record<string, { biz: string[]; sim: string; persona: string[]; tz: number; cust: string[]; agent: string[]; go: string; more: string }> = {
  id: { tz: 7, go: "(mulai percakapan)", more: "(lanjutkan sebagai pelanggan)", cust: ["Kak, paket saya belum sampai udah 5 hari.", "Nomor resinya JNT{n}, tolong dicek ya.", "Kalau refund berapa lama prosesnya?", "Oke makasih kak.", "Masih belum jelas nih, bisa dijelaskan lagi?"], agent: ["Mohon maaf atas ketidaknyamanannya, Kak.", "Baik, saya bantu cek dulu ya.", "Proses refund memakan waktu 3-7 hari kerja.", "Apakah ada lagi yang bisa dibantu?"], biz: ["Kamu adalah CS toko elektronik online 'GadgetKita'. Ramah, singkat, solutif.", "Kamu adalah asisten bank digital 'Tabungku'. Jangan pernah meminta PIN atau OTP.", "Kamu adalah CS maskapai 'Garuda Lintas'. Bantu reschedule dan refund sesuai aturan."], sim: "Kamu mensimulasikan pelanggan Indonesia. Tulis HANYA pesan berikutnya dari pelanggan, gaya chat sehari-hari, sesuai persona: {p}.", persona: ["ibu yang paketnya belum sampai dan kesal", "mahasiswa yang bingung soal cicilan", "bapak yang mau refund tiket karena sakit", "remaja yang bertanya promo"] },
  tl: { tz: 8, go: "(simulan ang usapan)", more: "(ituloy bilang customer)", cust: ["Hello po, hindi pa natatanggap ng nanay ko yung padala.", "Ref number po: PN{n}.", "Bakit po ang bilis maubos ng data ko?", "Sige po, salamat.", "Hindi ko po gets, paano po ulit?"], agent: ["Pasensya na po sa abala.", "Sige po, iche-check ko po ngayon.", "Karaniwang dumarating po ito sa loob ng 24 oras.", "May iba pa po ba akong maitutulong?"], biz: ["Ikaw ang customer service ng 'PadalaNow', isang remittance app. Magalang at malinaw.", "Ikaw ang assistant ng telco na 'Sulit Mobile'. Tumulong sa load, data at billing."], sim: "Ginagaya mo ang isang Pilipinong customer. Isulat LAMANG ang susunod na mensahe ng customer, Taglish, ayon sa persona: {p}.", persona: ["OFW na hindi pa natatanggap ng pamilya ang padala", "estudyanteng naubos agad ang data", "lola na nalilito sa app"] },
  th: { tz: 7, go: "(เริ่มบทสนทนา)", more: "(พิมพ์ต่อในฐานะลูกค้า)", cust: ["ได้เสื้อผิดไซซ์ค่ะ สั่ง M แต่ได้ L", "เลขออเดอร์ {n} ค่ะ", "อยากนัดหมอพรุ่งนี้เช้าได้ไหมคะ", "ขอบคุณค่ะ", "ยังไม่เข้าใจค่ะ อธิบายอีกทีได้ไหม"], agent: ["ขออภัยในความไม่สะดวกค่ะ", "แอดมินขอตรวจสอบสักครู่นะคะ", "สามารถเปลี่ยนสินค้าได้ภายใน 7 วันค่ะ", "มีอะไรให้ช่วยเพิ่มเติมไหมคะ"], biz: ["คุณคือแอดมินร้านเสื้อผ้าออนไลน์ 'แฟชั่นดี' ตอบสุภาพและกระชับ", "คุณคือผู้ช่วยของโรงพยาบาลเอกชน ช่วยนัดหมายแพทย์ ห้ามวินิจฉัยโรค"], sim: "คุณกำลังจำลองลูกค้าชาวไทย เขียนเฉพาะข้อความถัดไปของลูกค้าเท่านั้น ตามบุคลิก: {p}", persona: ["ลูกค้าที่ได้ของผิดไซซ์", "คนที่อยากนัดหมอด่วน", "แม่ที่ถามเรื่องวัคซีนลูก"] },
};
export function dialogueSynth(sc: Scn): void {
  const r = sc.r;
  const langs = ["id", "tl", "th"];
  const where: CloudName[] = ["gcp_jkt", "do_sgp", "azure_sea"];
  for (let k = 0; k < 3; k++) {
    const key = sc.key("proj"), net = cloud(r, where[k]);
    const L = DIAL[langs[k]];
    for (let d = 0; d < DAYS; d++) {
      const start = T0 + d * D + r.f() * 16 * H, end = start + r.ln(3.5, 0.2) * H;
      lanes(r, start, end, 1, () => r.ln(500, 0.4) * S, (t0) => {
        let t = t0;
        const sys = r.one(L.biz);
        const sim = tpl(r, L.sim, { p: L.persona });
        const conv: { role: string; content: string }[] = [];
        const turns = r.int(4, 8);
        for (let j = 0; j < turns; j++) {
          // the user simulator sees the conversation with roles swapped
          const flipped = conv.map((m) => ({ role: m.role === "user" ? "assistant" : "user", content: m.content }));
          const s1 = sc.post(t, key, net, "/v1/chat/completions", { model: "gpt-4o-mini", messages: [{ role: "system", content: sim }, ...flipped, { role: "user", content: j === 0 ? L.go : L.more }], temperature: 1.0, max_tokens: 200 }, len(r, 45, 0.4, 200, 10));
          conv.push({ role: "user", content: tpl(r, r.one(L.cust), { n: r.int(100000, 999999) }) });
          t += latency(r, s1) + r.ln(0.8, 0.3) * S;
          const s2 = sc.post(t, key, net, "/v1/chat/completions", { model: "gpt-4.1", messages: [{ role: "system", content: sys }, ...conv], temperature: 0.7, max_tokens: 1000 }, len(r, 260, 0.4, 1000, 40));
          conv.push({ role: "assistant", content: prose(r, L.agent, Math.min(s2, 300)) });
          t += latency(r, s2) + r.ln(0.8, 0.3) * S;
        }
        return t - t0;
      });
    }
  }
}
export const _h3 = { M };
