/** Suite o, honest products (1): the stepwise tutor, the writing studio, the translation bureau, the
 *  ticket classifier, the Lviv office and the Claude support desk. All text written for this suite. */
import { type Body, type Net, type R, type Scn, D, H, M, S, T0, T1, DAYS, cloud, home, len, local, latency, mobile, oid, prose, think, tpl, when } from "./core.ts";

const nums = (r: R) => ({ a: r.int(2, 95), b: r.int(2, 60), c: r.int(3, 240), n: r.int(1, 5) });

// ------------------------------------------------------------------ 1. Jembatan stepwise tutor
type Loc = { tz: number; cc: string; sys: string; probs: string[]; follow: string[]; ans: string[] };
const TUTOR: Record<string, Loc> = {
  tr: {
    tz: 3, cc: "TR",
    sys: "Sen Jembatan uygulamasında lise öğrencilerine yardım eden bir öğretmensin. Her soruyu adım adım açıkla: önce verilenleri yaz, sonra her adımı numaralandır, en sonda sonucu kontrol et. Cevabı doğrudan verme, öğrencinin mantığı anlamasına yardım et. Türkçe cevap ver.",
    probs: [
      "Bir trenin hızı saatte {a} km. {b} saatte kaç km yol alır? Nasıl çözüleceğini anlatır mısın?",
      "{a}x + {b} = {c} denklemini çözer misin, hocam?",
      "Bir dikdörtgenin uzun kenarı {a} cm, kısa kenarı {b} cm. Alanını ve çevresini nasıl bulurum?",
      "{c} gram NaCl kaç mol eder? (Na=23, Cl=35,5)",
      "Bir cisim {a} m yükseklikten serbest bırakılıyor. Yere çarpma hızı nedir? g=10 alınız.",
      "Yüzde {b} indirimli bir ürünün yeni fiyatı {c} TL ise eski fiyatı neydi?",
      "{a} ve {b} sayılarının EBOB ve EKOK değerlerini bulur musun?",
      "Bir işi Ali {a} günde, Veli {b} günde bitiriyor. Birlikte kaç günde bitirirler?",
    ],
    follow: ["{n}. adımı anlamadım, biraz daha açar mısın?", "Neden iki tarafı da aynı sayıya böldük?", "Bana buna benzer bir soru daha verir misin?", "Tamam, şimdi anladım. Sonucu kontrol etmenin başka yolu var mı?", "Sınavda bunu daha hızlı nasıl yaparım?"],
    ans: ["Adım 1: Önce soruda verilenleri yazalım.", "Burada bilinmeyeni yalnız bırakmamız gerekiyor.", "Adım 2: Her iki taraftan aynı sayıyı çıkarıyoruz.", "Birimleri kontrol etmeyi unutma.", "Kontrol: Bulduğumuz değeri yerine koyduğumuzda eşitlik sağlanıyor.", "Şimdi formülü yazıp değerleri yerleştirelim."],
  },
  vi: {
    tz: 7, cc: "VN",
    sys: "Bạn là gia sư của ứng dụng Jembatan dành cho học sinh THCS và THPT. Hãy giải thích từng bước một: liệt kê dữ kiện, đánh số các bước, và kiểm tra lại kết quả ở cuối. Đừng chỉ đưa ra đáp số; hãy giúp học sinh hiểu vì sao. Trả lời bằng tiếng Việt.",
    probs: [
      "Một người đi xe đạp với vận tốc {a} km/h trong {b} giờ. Hỏi quãng đường đi được là bao nhiêu?",
      "Giải giúp em phương trình {a}x - {b} = {c} với ạ.",
      "Tính diện tích hình tròn có bán kính {a} cm (lấy π = 3,14).",
      "Hòa tan {a} gam đường vào {c} gam nước. Tính nồng độ phần trăm của dung dịch.",
      "Một lớp có {c} học sinh, trong đó {b} bạn là nữ. Tỉ lệ phần trăm học sinh nam là bao nhiêu?",
      "Cho tam giác vuông có hai cạnh góc vuông {a} cm và {b} cm. Tính cạnh huyền.",
      "Mẹ mua {a} kg cam hết {c} nghìn đồng. Hỏi {b} kg cam giá bao nhiêu?",
    ],
    follow: ["Em chưa hiểu bước {n}, thầy giải thích kỹ hơn được không ạ?", "Tại sao lại phải chuyển vế đổi dấu ạ?", "Cho em thêm một bài tương tự để luyện tập nhé.", "Có cách nào nhanh hơn không ạ?", "Vậy nếu đề bài đổi số thì làm sao ạ?"],
    ans: ["Bước 1: Ta ghi lại các dữ kiện của đề bài.", "Bước 2: Áp dụng công thức phù hợp.", "Lưu ý đổi đơn vị trước khi tính.", "Kiểm tra: thay kết quả vào đề bài thấy đúng.", "Như vậy ta cần tìm đại lượng chưa biết trước."],
  },
  id: {
    tz: 7, cc: "ID",
    sys: "Kamu adalah tutor di aplikasi Jembatan untuk siswa SMP dan SMA. Jelaskan setiap soal langkah demi langkah: tuliskan apa yang diketahui, beri nomor pada setiap langkah, lalu periksa kembali jawabannya di akhir. Jangan langsung memberi jawaban akhir; bantu siswa memahami alasannya. Jawab dalam bahasa Indonesia.",
    probs: [
      "Harga {a} buku tulis adalah Rp{c}.000. Berapa harga {b} buku tulis?",
      "Tentukan himpunan penyelesaian dari {a}x + {b} = {c}.",
      "Sebuah mobil menempuh jarak {c} km dalam waktu {n} jam. Berapa kecepatan rata-ratanya?",
      "Hitunglah volume kubus yang panjang rusuknya {a} cm.",
      "Sebuah benda bermassa {b} kg ditarik dengan gaya {c} N. Berapa percepatannya?",
      "Berapa KPK dan FPB dari {a} dan {b}?",
      "Suhu awal air {b}°C lalu naik {a}°C setiap menit. Berapa suhunya setelah {n} menit?",
    ],
    follow: ["Kak, langkah ke-{n} maksudnya gimana ya?", "Kenapa harus dikali silang?", "Boleh kasih satu soal latihan yang mirip?", "Oke paham. Cara ngeceknya gimana?", "Kalau di soal ujian biasanya bentuknya kayak gimana kak?"],
    ans: ["Langkah 1: Tuliskan dulu apa yang diketahui dari soal.", "Langkah 2: Kita gunakan rumus yang sesuai.", "Perhatikan satuannya supaya tidak keliru.", "Cek kembali: masukkan hasilnya ke persamaan awal.", "Jadi yang ditanyakan adalah nilai yang belum diketahui."],
  },
  sw: {
    tz: 3, cc: "KE",
    sys: "Wewe ni mwalimu msaidizi katika programu ya Jembatan kwa wanafunzi wa sekondari. Eleza kila swali hatua kwa hatua: andika taarifa zilizotolewa, weka namba kwa kila hatua, na mwishoni hakiki jibu. Usitoe jibu la mwisho pekee; msaidie mwanafunzi kuelewa sababu. Jibu kwa Kiswahili.",
    probs: [
      "Mkulima alivuna magunia {c} ya mahindi na akauza magunia {b}. Kila gunia aliuza kwa shilingi {a}00. Alipata shilingi ngapi?",
      "Tatua mlinganyo {a}x + {b} = {c} tafadhali.",
      "Pembetatu ina kimo cha sentimita {a} na kitako cha sentimita {b}. Eneo lake ni kiasi gani?",
      "Gari linasafiri kilomita {c} kwa saa {n}. Kasi yake ya wastani ni ipi?",
      "Tafuta asilimia {b} ya {c}, na unieleze njia.",
      "Duka liliuza lita {a} za maziwa kwa siku {n}. Wastani wa lita kwa siku ni ngapi?",
    ],
    follow: ["Sijaelewa hatua ya {n}, unaweza kueleza tena?", "Kwa nini tunagawanya pande zote mbili?", "Nipe swali lingine kama hili nijaribu.", "Asante. Nitahakikishaje kwamba jibu ni sahihi?"],
    ans: ["Hatua ya 1: Tuandike taarifa tulizopewa.", "Hatua ya 2: Tunatumia kanuni inayofaa hapa.", "Kumbuka kuangalia vipimo kabla ya kukokotoa.", "Uhakiki: tukiweka jibu kwenye swali, linakubaliana.", "Kwa hiyo tunatafuta thamani isiyojulikana kwanza."],
  },
  bn: {
    tz: 6, cc: "BD",
    sys: "তুমি জেমবাতান অ্যাপের একজন শিক্ষক, মাধ্যমিক ও উচ্চমাধ্যমিকের শিক্ষার্থীদের সাহায্য করো। প্রতিটি প্রশ্ন ধাপে ধাপে ব্যাখ্যা করো: প্রথমে প্রদত্ত তথ্য লেখো, প্রতিটি ধাপে নম্বর দাও, শেষে উত্তর যাচাই করো। শুধু উত্তর বলে দিও না; শিক্ষার্থীকে কারণটা বুঝতে সাহায্য করো। বাংলায় উত্তর দাও।",
    probs: [
      "একটি দোকানে {a} টি কলমের দাম {c} টাকা হলে {b} টি কলমের দাম কত?",
      "সমাধান করো: {a}x + {b} = {c}",
      "একটি আয়তক্ষেত্রের দৈর্ঘ্য {a} মিটার এবং প্রস্থ {b} মিটার। এর ক্ষেত্রফল কত?",
      "একটি বস্তুর ভর {a} কেজি এবং ত্বরণ {n} মি/সে²। বল কত?",
      "{c}00 টাকার উপর বার্ষিক {n}% হারে {b} বছরের সরল মুনাফা কত?",
      "একটি নৌকা স্রোতের অনুকূলে {c} কিমি যায় {n} ঘণ্টায়। নৌকার গতিবেগ কত?",
    ],
    follow: ["{n} নম্বর ধাপটা বুঝলাম না, আরেকটু বুঝিয়ে বলবেন?", "এখানে দুই পক্ষকে একই সংখ্যা দিয়ে ভাগ করলাম কেন?", "এরকম আরেকটা অনুশীলনের প্রশ্ন দিন।", "বুঝেছি। উত্তরটা কীভাবে যাচাই করব?"],
    ans: ["ধাপ ১: প্রথমে প্রদত্ত তথ্যগুলো লিখি।", "ধাপ ২: এখন উপযুক্ত সূত্রটি ব্যবহার করি।", "এককগুলো মিলিয়ে নিতে ভুলো না।", "যাচাই: উত্তরটি মূল সমীকরণে বসালে মিলে যায়।"],
  },
};
export function eduStepwise(sc: Scn): void {
  const r = sc.r;
  const web = sc.key("proj"), app = sc.key("proj");
  const servers: Net[] = [cloud(r, "aws_sin"), cloud(r, "aws_sin"), cloud(r, "aws_bom")];
  const mix: [string, number][] = [["id", 34], ["vi", 24], ["tr", 18], ["bn", 14], ["sw", 10]];
  const sessions = 2600;
  for (let i = 0; i < sessions; i++) {
    const loc = r.weighted(mix), L = TUTOR[loc];
    const key = r.chance(0.55) ? app : web;
    let t = when(r, L.tz, "study", "std");
    const student = "stu_" + r.str(10, "0123456789abcdef");
    const msgs: { role: string; content: string }[] = [{ role: "system", content: L.sys }];
    const turns = r.weighted([[1, 50], [2, 28], [3, 15], [4, 7]] as const);
    for (let k = 0; k < turns; k++) {
      const u = k === 0 ? tpl(r, r.one(L.probs), nums(r)) : tpl(r, r.one(L.follow), nums(r));
      msgs.push({ role: "user", content: u });
      const body: Body = { model: "gpt-4o-mini", messages: msgs.slice(), temperature: 0.3, max_tokens: 1200, stream: true, stream_options: { include_usage: true }, user: student };
      const c = sc.post(t, key, r.one(servers), "/v1/chat/completions", body, len(r, k === 0 ? 430 : 260, 0.4, 1200, 60));
      msgs.push({ role: "assistant", content: prose(r, L.ans, Math.min(c, 500)) });
      t += latency(r, c, 90) + think(r, c, u.length + 40);
    }
  }
}

// ------------------------------------------------------------------ 2. Inkwell writing studio
const STUDIO_SYS = "You are the drafting engine behind Inkwell Studio, a service that writes blog posts and newsletters for small businesses. Write in the language of the brief. Follow the requested length, tone and keywords; use H2 subheadings, short paragraphs and a closing call to action. Never invent statistics or quotes; if a fact is needed, write [check] so the editor can verify it.";
const BRIEF: Record<string, { tz: number; subjects: string[]; angles: string[]; tones: string[]; frame: string }> = {
  pl: {
    tz: 2,
    subjects: ["pielęgnacja storczyków w mieszkaniu", "kredyt hipoteczny ze stałą stopą", "wybór roweru gravelowego", "księgowość dla jednoosobowej działalności", "remont łazienki w bloku", "dieta przed maratonem", "adopcja psa ze schroniska", "pompa ciepła w starym domu", "nauka programowania po trzydziestce", "przechowywanie zimowych opon", "zakładanie ogrodu warzywnego na balkonie", "ubezpieczenie turystyczne na narty", "domowy wypiek chleba na zakwasie"],
    angles: ["poradnik dla początkujących", "najczęstsze błędy i jak ich uniknąć", "porównanie dostępnych opcji", "lista kontrolna krok po kroku", "odpowiedzi na pytania klientów"],
    tones: ["ciepły i przyjazny", "rzeczowy", "ekspercki, ale prosty"],
    frame: "Temat: {s}\nUjęcie: {a}\nTon: {t}\nDługość: około {w} słów\nSłowa kluczowe: {k}\nKlient: {c}",
  },
  uk: {
    tz: 3,
    subjects: ["догляд за кімнатними рослинами взимку", "як обрати генератор для квартири", "перші кроки у фрілансі", "ремонт кухні з обмеженим бюджетом", "підготовка дитини до першого класу", "вибір зимового спального мішка", "домашня аптечка для родини", "економія електроенергії у багатоповерхівці", "як почати бігати після перерви", "зберігання овочів у підвалі"],
    angles: ["посібник для новачків", "поширені помилки", "порівняння варіантів", "покроковий чек-лист"],
    tones: ["дружній", "діловий", "експертний, але зрозумілий"],
    frame: "Тема: {s}\nПідхід: {a}\nТон: {t}\nОбсяг: приблизно {w} слів\nКлючові слова: {k}\nКлієнт: {c}",
  },
  en: {
    tz: 1,
    subjects: ["choosing a standing desk for a small flat", "cold-weather care for backyard chickens", "how dental implants are planned", "reducing food waste in a café kitchen", "first-time landlord responsibilities", "restoring a vintage road bike", "preparing a dog for a long car journey", "switching a small office to VoIP phones", "pairing cheese with local cider", "keeping a sourdough starter alive on holiday", "what an energy survey of a terraced house covers"],
    angles: ["beginner's guide", "common mistakes", "side-by-side comparison", "step-by-step checklist", "customer FAQ"],
    tones: ["warm", "matter-of-fact", "expert but plain"],
    frame: "Topic: {s}\nAngle: {a}\nTone: {t}\nLength: about {w} words\nKeywords: {k}\nClient: {c}",
  },
  de: {
    tz: 2,
    subjects: ["Balkonkraftwerk anmelden und installieren", "Hochbeet im Herbst vorbereiten", "Fahrradleasing über den Arbeitgeber", "Schimmel im Altbau vorbeugen", "Steuererklärung für Kleinvermieter", "Zahnpflege bei Kleinkindern", "Wanderschuhe richtig einlaufen", "Brot backen ohne Hefe"],
    angles: ["Einsteigerleitfaden", "typische Fehler", "Vergleich der Möglichkeiten", "Schritt-für-Schritt-Checkliste"],
    tones: ["freundlich", "sachlich", "fachkundig und verständlich"],
    frame: "Thema: {s}\nBlickwinkel: {a}\nTon: {t}\nLänge: etwa {w} Wörter\nSchlüsselwörter: {k}\nKunde: {c}",
  },
};
const STUDIO_ANS = ["## Introduction", "Here is a first draft for your review.", "## What to consider first", "Short paragraphs keep the reader moving.", "## Next steps", "Contact us today to book a consultation."];
export function writingStudio(sc: Scn): void {
  const r = sc.r;
  const key = sc.key("proj");
  const nets = [cloud(r, "hetzner_fsn"), cloud(r, "hetzner_fsn")];
  const clients = Array.from({ length: 160 }, () => "cl-" + r.int(1000, 9999));
  const mix: [string, number][] = [["pl", 40], ["en", 25], ["uk", 20], ["de", 15]];
  const n = 2400;
  for (let i = 0; i < n; i++) {
    const lang = r.weighted(mix), B = BRIEF[lang];
    let t = when(r, B.tz, "work", "std");
    const s = r.one(B.subjects);
    const words = r.one([600, 800, 1000, 1200, 1500]);
    const brief = tpl(r, B.frame, { s, a: B.angles, t: B.tones, w: words, k: s.split(" ").slice(0, 2).join(" ") + ", " + r.one(B.subjects).split(" ")[0], c: clients });
    const msgs = [{ role: "system", content: STUDIO_SYS }, { role: "user", content: brief }];
    const target = words * (lang === "en" ? 1.35 : lang === "de" ? 1.8 : 2.4);
    const c = sc.post(t, key, r.one(nets), "/v1/chat/completions", { model: "gpt-4.1", messages: msgs, temperature: 0.8, max_tokens: 4500, user: r.one(clients) }, len(r, target, 0.15, 4500, 300));
    if (r.chance(0.22)) { // editor asks for a revision of the draft
      t += latency(r, c, 60) + r.ln(600, 0.8) * S;
      const rev = lang === "pl" ? "Skróć wstęp o połowę i dodaj sekcję z najczęstszymi pytaniami." : lang === "uk" ? "Скороти вступ удвічі та додай розділ із частими запитаннями." : lang === "de" ? "Bitte die Einleitung halbieren und einen Abschnitt mit häufigen Fragen ergänzen." : "Please halve the introduction and add a short FAQ section at the end.";
      const m2 = [...msgs, { role: "assistant", content: prose(r, STUDIO_ANS, Math.min(c, 900)) }, { role: "user", content: rev }];
      sc.post(t, key, r.one(nets), "/v1/chat/completions", { model: "gpt-4.1", messages: m2, temperature: 0.8, max_tokens: 4500, user: r.one(clients) }, len(r, target * 0.95, 0.15, 4500, 300));
    }
  }
}

// ------------------------------------------------------------------ 3. Linh Translation bureau
const DOCS: Record<string, { name: string; s: string[] }> = {
  vi: { name: "Vietnamese", s: [
    "Bên mua có trách nhiệm thanh toán toàn bộ giá trị hợp đồng trong vòng ba mươi ngày kể từ ngày nhận hàng.",
    "Sản phẩm được bảo hành mười hai tháng đối với các lỗi do nhà sản xuất.",
    "Trong trường hợp bất khả kháng, các bên được miễn trách nhiệm theo quy định của pháp luật.",
    "Nhà máy đặt tại khu công nghiệp Bình Dương với công suất hai triệu sản phẩm mỗi năm.",
    "Người lao động được nghỉ phép năm theo quy định của Bộ luật Lao động.",
    "Vui lòng kiểm tra kỹ số lượng và chất lượng hàng hóa trước khi ký biên bản giao nhận.",
    "Mọi tranh chấp phát sinh sẽ được giải quyết tại Trung tâm Trọng tài Quốc tế Việt Nam.",
    "Báo cáo tài chính quý ba cho thấy doanh thu tăng so với cùng kỳ năm trước.",
  ] },
  th: { name: "Thai", s: [
    "ผู้ขายตกลงส่งมอบสินค้าภายในสิบห้าวันนับจากวันที่ได้รับใบสั่งซื้อ",
    "บริษัทฯ ขอสงวนสิทธิ์ในการเปลี่ยนแปลงราคาโดยไม่ต้องแจ้งให้ทราบล่วงหน้า",
    "พนักงานทุกคนต้องผ่านการอบรมด้านความปลอดภัยก่อนเริ่มปฏิบัติงาน",
    "โรงแรมตั้งอยู่ใกล้สถานีรถไฟฟ้าและห่างจากสนามบินประมาณสี่สิบนาที",
    "ผลการตรวจสอบคุณภาพน้ำเป็นไปตามมาตรฐานที่กรมควบคุมมลพิษกำหนด",
    "ลูกค้าสามารถยกเลิกการจองได้โดยไม่เสียค่าใช้จ่ายภายในสี่สิบแปดชั่วโมง",
    "คู่สัญญาทั้งสองฝ่ายได้อ่านและเข้าใจข้อความในสัญญานี้โดยตลอดแล้ว",
  ] },
  id: { name: "Indonesian", s: [
    "Pihak kedua wajib menyerahkan laporan kemajuan pekerjaan setiap akhir bulan.",
    "Harga yang tercantum belum termasuk Pajak Pertambahan Nilai sebesar sebelas persen.",
    "Pabrik kami telah memperoleh sertifikat halal dan standar nasional Indonesia.",
    "Keterlambatan pembayaran akan dikenakan denda sebesar satu per mil per hari.",
    "Karyawan berhak atas cuti tahunan sekurang-kurangnya dua belas hari kerja.",
    "Barang yang rusak dalam pengiriman dapat ditukar dengan menyertakan foto dan nomor resi.",
    "Perjanjian ini tunduk pada hukum Negara Republik Indonesia.",
  ] },
  ja: { name: "Japanese", s: [
    "本契約の有効期間は、締結日から一年間とする。",
    "納品後十日以内に検収を行い、不具合があれば書面で通知するものとする。",
    "当社は個人情報を適切に管理し、第三者に提供することはありません。",
    "工場の稼働率は前年同期比で五パーセント向上した。",
    "ご不明な点がございましたら、担当者までお問い合わせください。",
    "製品の仕様は改良のため予告なく変更する場合があります。",
  ] },
  en: { name: "English", s: [
    "The licensee shall not sublicense the software without prior written consent.",
    "Shipments above two pallets require a confirmed delivery slot at the warehouse.",
    "All invoices are payable in US dollars within forty-five days of issue.",
    "The device must be installed by a qualified electrician in accordance with local regulations.",
    "Our quarterly results reflect stronger demand in Southeast Asian markets.",
    "Either party may terminate this agreement with ninety days' notice.",
    "Personal data is processed only for the purposes stated in this notice.",
  ] },
};
const PAIRS: [string, string, number][] = [["vi", "en", 25], ["en", "vi", 12], ["th", "en", 14], ["en", "th", 8], ["id", "en", 14], ["en", "id", 7], ["ja", "en", 10], ["en", "ja", 6], ["vi", "ja", 4]];
const OUT_RATIO: Record<string, number> = { en: 0.75, vi: 1.25, th: 1.35, id: 1.1, ja: 1.15 };
export function translationBureau(sc: Scn): void {
  const r = sc.r;
  const keys = [sc.key("proj"), sc.key("proj"), sc.key("proj")]; // per desk: Hanoi, Bangkok, Jakarta
  const nets = [cloud(r, "azure_sea"), cloud(r, "azure_sea"), cloud(r, "gcp_jkt")];
  const tzs = [7, 7, 7];
  const n = 4300;
  for (let i = 0; i < n; i++) {
    const [src, tgt] = r.weighted(PAIRS.map(([a, b, w]) => [[a, b] as const, w] as const));
    const desk = src === "th" || tgt === "th" ? 1 : src === "id" || tgt === "id" ? 2 : 0;
    const t = when(r, tzs[desk], "work", "std");
    const paras = r.int(1, 6);
    const text = Array.from({ length: paras }, () => r.some(DOCS[src].s, r.int(2, 5)).join(src === "th" ? " " : " ")).join("\n\n");
    const sys = `Translate the user's text from ${DOCS[src].name} to ${DOCS[tgt].name}. Keep the paragraph breaks, numbers, names and defined terms exactly. Output only the translation, no notes.`;
    const body: Body = { model: r.chance(0.7) ? "gpt-4.1-mini" : "gpt-4.1", messages: [{ role: "system", content: sys }, { role: "user", content: text }], temperature: 0, max_tokens: 4000 };
    const inTok = Math.round(text.length / (src === "ja" ? 1 : src === "th" ? 1.6 : 3.2));
    sc.post(t, keys[desk], nets[desk], "/v1/chat/completions", body, inTok * OUT_RATIO[tgt] * r.ln(1, 0.08));
  }
}

// ------------------------------------------------------------------ 4. Ticket router with logprobs
const TICKETS: Record<string, string[]> = {
  ar: ["الإنترنت مقطوع عندي منذ الصباح والراوتر يعطي ضوءاً أحمر.", "تم خصم مبلغ مرتين من بطاقتي في فاتورة هذا الشهر.", "أريد نقل رقمي إلى باقة أرخص.", "الشريحة الجديدة لا تعمل بعد التفعيل.", "الفني لم يحضر في الموعد المحدد أمس.", "كيف ألغي الاشتراك في خدمة الألعاب؟", "السرعة أقل بكثير مما هو مكتوب في العقد."],
  he: ["האינטרנט לא עובד מאז הבוקר והנתב מהבהב באדום.", "חויבתי פעמיים על אותו חודש בכרטיס האשראי.", "אני רוצה לעבור למסלול זול יותר.", "הסים החדש לא מתחבר לרשת.", "הטכנאי לא הגיע בזמן שנקבע.", "איך מבטלים את שירות הטלוויזיה?", "המהירות נמוכה בהרבה ממה שהובטח."],
  en: ["My fibre has been down since this morning and the router light is red.", "I was charged twice for the same month on my card.", "Can I move to a cheaper plan without a penalty?", "The new SIM shows no service after activation.", "Your technician never turned up for the appointment.", "How do I cancel the streaming add-on?", "Speeds are far below what the contract promises."],
};
export function ticketClassifier(sc: Scn): void {
  const r = sc.r;
  const key = sc.key("svcacct");
  const nets = [cloud(r, "aws_bah"), cloud(r, "aws_tlv")];
  const sys = "Classify the customer message into exactly one queue and answer with its letter only.\nA = outage or connectivity\nB = billing or charges\nC = plan change or upgrade\nD = SIM, device or activation\nE = field visit or technician\nF = cancellation or other";
  const bias = { "32": 100, "33": 100, "34": 100, "35": 100, "36": 100, "37": 100 };
  const n = 4200;
  for (let i = 0; i < n; i++) {
    const lang = r.weighted([["ar", 45], ["he", 35], ["en", 20]] as const);
    const t = when(r, 3, "shopper", "fri");
    let msg = r.one(TICKETS[lang]);
    if (r.chance(0.5)) msg = msg + " " + r.one(TICKETS[lang]);
    const acct = `#${r.int(100000, 999999)}`;
    const body: Body = { model: "gpt-4.1-nano", messages: [{ role: "system", content: sys }, { role: "user", content: `${msg} (${acct})` }], max_tokens: 1, temperature: 0, logprobs: true, top_logprobs: 6, logit_bias: bias };
    sc.post(t, key, r.one(nets), "/v1/chat/completions", body, 1);
  }
}

// ------------------------------------------------------------------ 5. Lviv software office
const OFFICE_SYS = "Ти внутрішній асистент компанії «Левада Софт». Відповідай українською, якщо тебе не попросили іншою мовою. Не вигадуй назв внутрішніх систем і клієнтів. Для коду давай короткі пояснення й приклади. Листи клієнтам пиши ввічливо, англійською, без зайвих вибачень.";
const OFFICE_ASKS = [
  "Перепиши цей лист клієнту англійською, щоб звучало ввічливо: ми затримуємо реліз на {n} дні через баг у платіжному модулі.",
  "Чому цей SQL повертає дублікати? SELECT o.id, c.name FROM orders o JOIN contacts c ON c.company_id = o.company_id WHERE o.created_at > now() - interval '{a} days';",
  "Поясни різницю між useEffect і useLayoutEffect на простому прикладі.",
  "Склади коротке резюме зустрічі: обговорили міграцію на Postgres {b}, терміни — до кінця кварталу, відповідальний — Остап.",
  "Як у Kotlin правильно скасувати корутину, якщо користувач закрив екран?",
  "Напиши регулярний вираз для українського номера телефону у форматі +380XXXXXXXXX.",
  "Зроби з цього списку задач план на спринт із {n} пунктів: рефакторинг авторизації, тести для кошика, оновлення залежностей, логування помилок.",
  "Переклади на англійську опис вакансії: шукаємо Middle QA з досвідом автоматизації від {n} років.",
  "Який заголовок дати PR, що виправляє витік пам'яті у воркері черги?",
  "Підкажи формулу в Google Sheets, щоб порахувати години по проєктах за місяць.",
  "Can you check this Terraform plan output? It wants to recreate {n} security groups and I don't see why.",
  "Поясни колезі з бухгалтерії простими словами, що таке хмарний сервер і за що ми платимо.",
];
const OFFICE_FOLLOW = ["А можна коротше?", "Дякую! А якщо зробити це через окрему функцію?", "Додай, будь ласка, приклад тесту.", "Ок, а англійською?", "Не зовсім те, мені треба для Postgres, не MySQL."];
const OFFICE_ANS = ["Ось виправлений варіант.", "Коротко: різниця у моменті виконання.", "Можна зробити так:", "Зверни увагу на умову JOIN.", "Нижче — приклад коду з поясненням."];
export function officeLviv(sc: Scn): void {
  const r = sc.r;
  const officeNet = { ip: `93.72.${r.int(10, 200)}.${r.int(2, 250)}`, asn: 15895, country: "UA" };
  const staff = Array.from({ length: 36 }, () => ({ key: sc.key("proj"), remote: r.chance(0.2), daily: r.ln(5, 0.6), net: home(r, "UA") }));
  for (const p of staff) for (let d = 0; d < DAYS; d++) {
    const dow = new Date(T0 + d * D).getUTCDay();
    const k = Math.round(r.ln(p.daily, 0.5) * (dow === 5 ? 0.7 : 1));
    for (let s = 0; s < k; s++) {
      let t = when(r, 3, "work", "std", T0 + d * D, T0 + (d + 1) * D);
      const msgs: { role: string; content: string }[] = [{ role: "system", content: OFFICE_SYS }];
      const turns = r.weighted([[1, 55], [2, 28], [3, 12], [4, 5]] as const);
      const net = p.remote ? p.net : officeNet;
      for (let j = 0; j < turns; j++) {
        const u = j === 0 ? tpl(r, r.one(OFFICE_ASKS), { n: r.int(2, 6), a: r.int(3, 30), b: r.int(14, 17) }) : r.one(OFFICE_FOLLOW);
        msgs.push({ role: "user", content: u });
        const c = sc.post(t, p.key, net, "/v1/chat/completions", { model: "gpt-4.1-mini", messages: msgs.slice(), temperature: 0.5, stream: true, stream_options: { include_usage: true } }, len(r, 320, 0.6, 4096, 20));
        msgs.push({ role: "assistant", content: prose(r, OFFICE_ANS, Math.min(c, 400)) });
        t += latency(r, c) + think(r, c, u.length);
      }
    }
  }
}

// ------------------------------------------------------------------ 6. Claude support desk, Hebrew and Arabic
const DESK_SYS = "You are the customer care assistant of Or-Tech, an online electronics store in Israel. Reply in the customer's language (Hebrew, Arabic or English). Policies: returns within 14 days with receipt; repairs under warranty take up to 21 working days; delivery to the north and the south takes 2-4 working days; we never ask for card numbers in chat. If the customer needs a person, offer to open a ticket. Keep replies short and friendly.";
const DESK_OPEN: Record<string, string[]> = {
  he: ["שלום, הזמנתי מקרר לפני שבוע ועדיין לא קיבלתי תאריך משלוח.", "קניתי אוזניות והן מפסיקות לעבוד אחרי עשר דקות. מה עושים?", "אפשר להחזיר מחשב נייד אם פתחתי את האריזה?", "כמה זמן לוקח תיקון של טלפון באחריות?", "יש לכם משלוח לאילת?", "המכונה שקיבלתי הגיעה עם שריטה בצד."],
  ar: ["مرحبا، طلبت غسالة قبل أسبوع ولم يتصل بي أحد بخصوص التوصيل.", "اشتريت سماعات لكنها تنطفئ بعد دقائق، ماذا أفعل؟", "هل يمكن إرجاع الحاسوب إذا فتحت العلبة؟", "كم يستغرق تصليح الهاتف ضمن الكفالة؟", "هل توصلون إلى الناصرة وأم الفحم؟", "وصل التلفاز وفيه خدش على الإطار."],
  en: ["Hi, I ordered a dishwasher and the tracking hasn't moved in four days.", "Can I return a tablet I bought as a gift if it's still sealed?", "My coffee machine leaks from the bottom, is that covered?"],
};
const DESK_NEXT: Record<string, string[]> = {
  he: ["מספר ההזמנה הוא {o}.", "ואם אין לי קבלה?", "אפשר לדבר עם נציג?", "תודה רבה, זה עזר.", "מתי בדיוק השליח יגיע?"],
  ar: ["رقم الطلب هو {o}.", "وإذا لم تكن معي الفاتورة؟", "أريد التحدث مع موظف من فضلك.", "شكرا جزيلا، هذا ساعدني.", "متى سيصل المندوب بالضبط؟"],
  en: ["The order number is {o}.", "What if I lost the receipt?", "Could I talk to a person please?", "Thanks, that helps."],
};
const DESK_ANS: Record<string, string[]> = {
  en: ["Thanks for reaching out, I'm sorry about the delay.", "Returns are accepted within 14 days with the receipt.", "I can open a ticket for a team member to call you.", "Delivery to your area takes 2-4 working days."],
  he: ["תודה שפנית אלינו, מצטערים על העיכוב.", "ניתן להחזיר מוצר תוך 14 יום בצירוף קבלה.", "אני יכול לפתוח פנייה כדי שנציג יחזור אליך.", "משלוח לאזור שלך לוקח 2-4 ימי עסקים."],
  ar: ["شكرا لتواصلك معنا، نعتذر عن التأخير.", "يمكن إرجاع المنتج خلال 14 يوما مع الفاتورة.", "أستطيع فتح طلب ليتصل بك أحد الموظفين.", "التوصيل إلى منطقتك يستغرق من يومين إلى أربعة أيام عمل."],
};
export function supportDesk(sc: Scn): void {
  const r = sc.r;
  const key = sc.key("ant");
  const nets = [cloud(r, "aws_tlv"), cloud(r, "aws_tlv")];
  const n = 1300;
  for (let i = 0; i < n; i++) {
    const lang = r.weighted([["he", 55], ["ar", 35], ["en", 10]] as const);
    let t = when(r, 3, "shopper", "fri");
    const turns = r.weighted([[1, 30], [2, 30], [3, 22], [4, 12], [5, 6]] as const);
    const messages: { role: string; content: string }[] = [];
    for (let j = 0; j < turns; j++) {
      const u = j === 0 ? r.one(DESK_OPEN[lang]) : tpl(r, r.one(DESK_NEXT[lang]), { o: "OT-" + r.int(200000, 899999) });
      messages.push({ role: "user", content: u });
      const body: Body = { model: "claude-haiku-4-5", max_tokens: 1024, system: DESK_SYS, messages: messages.slice(), temperature: 0.3, stream: true, metadata: { user_id: "cust-" + (i * 7919 % 100003) } };
      const c = sc.post(t, key, r.one(nets), "/v1/messages", body, len(r, 150, 0.45, 1024, 25));
      messages.push({ role: "assistant", content: prose(r, DESK_ANS[lang], c) });
      t += latency(r, c, 110) + think(r, c, u.length + 20);
    }
  }
}
export const _unused = { H, M, T1, mobile, oid, local };
