// Text banks used by the harvesting scenarios of suite A (written for this suite).
import { Rng, fill } from "./lib.ts";
import { ALL_TOPICS, TOPICS } from "./banks.ts";

// ---------------------------------------------------------------- native-language reasoning harvest

export type XLang = "tr" | "vi" | "id" | "pl" | "ar";

interface XBank {
  system: string[];
  demand: string[];
  concepts: string[];
  math: ((r: Rng) => string)[];
  casual: string[];
}

export const XBANKS: Record<XLang, XBank> = {
  tr: {
    system: [
      "Sen sabırlı ve titiz bir öğretmensin. Her soruyu adım adım çöz, her adımın gerekçesini açıkla ve sonunda cevabı doğrula.",
      "Sen bir eğitim platformunun yapay zekâ asistanısın. Öğrencilere ayrıntılı, mantıklı ve adım adım açıklamalar yaparsın.",
    ],
    demand: [
      "Adım adım düşün ve her adımı gerekçelendir.", "Önce problemi analiz et, sonra çözümü yaz ve en sonunda sonucu kontrol et.",
      "Cevabı vermeden önce tüm olasılıkları değerlendir ve akıl yürütmeni ayrıntılı olarak yaz.", "Düşünce sürecini açıkça göster, ara sonuçları atlama.",
      "Çözümünü en az iki farklı yöntemle doğrula.",
    ],
    concepts: [
      "Fotosentez nasıl gerçekleşir?", "Enflasyonun başlıca nedenleri nelerdir?", "Osmanlı İmparatorluğu'nun gerileme nedenleri nelerdir?",
      "Kuantum dolanıklığı nedir ve neden önemlidir?", "İklim değişikliği tarımı nasıl etkiler?", "Bir algoritmanın zaman karmaşıklığı nasıl hesaplanır?",
      "Aşılar bağışıklık sistemini nasıl eğitir?", "Merkez bankaları faiz oranlarını neden değiştirir?", "Birinci Dünya Savaşı'nın temel nedenleri nelerdir?",
      "Açık anahtarlı şifreleme nasıl çalışır?", "Doğal seçilim evrimi nasıl yönlendirir?", "Karşılaştırmalı üstünlük ilkesi nedir?",
      "Kara delikler nasıl oluşur?", "Bir veritabanında indeks neden sorguları hızlandırır?", "Sanayi Devrimi toplumu nasıl değiştirdi?",
      "Entropi kavramını günlük hayattan örneklerle açıkla.", "Mahkûm ikilemi nedir ve ekonomide nerede görülür?",
    ],
    math: [
      (r) => fill("Bir ürünün fiyatı {a} TL. Fiyata %{p} indirim, ardından %{q} KDV uygulanırsa son fiyat ne olur?", { a: r.int(100, 5000), p: r.int(5, 40), q: r.pick([1, 10, 20]) }),
      (r) => fill("Bir tren {a} km'lik yolu {b} saatte alıyor. Dönüşte hızını saatte {c} km artırırsa yolculuk ne kadar kısalır?", { a: r.int(200, 900), b: r.int(3, 9), c: r.int(10, 40) }),
      (r) => fill("{n} kişilik bir sınıftan {k} kişilik bir komite kaç farklı şekilde seçilebilir? Komitede en az bir kız öğrenci olmalı ve sınıfta {g} kız var.", { n: r.int(18, 35), k: r.int(3, 5), g: r.int(6, 15) }),
      (r) => fill("f(x) = {a}x³ − {b}x² + {c} fonksiyonunun yerel ekstremum noktalarını bul.", { a: r.int(1, 5), b: r.int(2, 12), c: r.int(1, 30) }),
    ],
    casual: ["Merhaba, nasılsın?", "Teşekkürler, çok yardımcı oldu.", "Bugün hava nasıl olacak sence, şemsiye alayım mı?", "Bana kısa bir motivasyon sözü yazar mısın?"],
  },
  vi: {
    system: [
      "Bạn là một gia sư tận tâm. Hãy giải thích mọi bài toán từng bước một, nêu rõ lý do cho từng bước và kiểm tra lại đáp án ở cuối.",
      "Bạn là trợ lý học tập của một ứng dụng giáo dục. Hãy trả lời chi tiết, có lập luận chặt chẽ và dễ hiểu.",
    ],
    demand: [
      "Hãy suy nghĩ từng bước và giải thích lập luận của bạn.", "Trước tiên hãy phân tích vấn đề, sau đó trình bày lời giải và kiểm tra lại kết quả.",
      "Hãy trình bày toàn bộ quá trình suy luận, không bỏ qua bước trung gian nào.", "Hãy xem xét các khả năng khác nhau trước khi đưa ra kết luận.",
      "Hãy kiểm chứng đáp án bằng một cách giải khác.",
    ],
    concepts: [
      "Quá trình quang hợp diễn ra như thế nào?", "Nguyên nhân chính của lạm phát là gì?", "Tại sao bầu trời có màu xanh?",
      "Thuật toán sắp xếp nhanh hoạt động như thế nào?", "Biến đổi khí hậu ảnh hưởng đến nông nghiệp ra sao?", "Vắc-xin giúp hệ miễn dịch như thế nào?",
      "Ngân hàng trung ương kiểm soát lạm phát bằng cách nào?", "Mã hóa khóa công khai hoạt động ra sao?", "Chọn lọc tự nhiên là gì?",
      "Vì sao Cách mạng Công nghiệp bắt đầu ở Anh?", "Lỗ đen được hình thành như thế nào?", "Entropy là gì? Hãy giải thích bằng ví dụ đời thường.",
      "Lợi thế so sánh trong thương mại quốc tế là gì?", "Chỉ mục trong cơ sở dữ liệu giúp truy vấn nhanh hơn như thế nào?", "Thế lưỡng nan của người tù là gì?",
    ],
    math: [
      (r) => fill("Một cửa hàng bán {a} sản phẩm mỗi ngày. Nếu doanh số tăng {p}% mỗi tháng thì sau {m} tháng cửa hàng bán được bao nhiêu sản phẩm mỗi ngày?", { a: r.int(50, 900), p: r.int(2, 15), m: r.int(2, 6) }),
      (r) => fill("Một ô tô đi quãng đường {a} km với vận tốc {v} km/h, sau đó quay về với vận tốc {w} km/h. Tính vận tốc trung bình của cả hành trình.", { a: r.int(60, 400), v: r.int(40, 70), w: r.int(50, 90) }),
      (r) => fill("Có bao nhiêu cách chọn {k} học sinh từ một lớp có {n} học sinh sao cho có ít nhất một bạn nữ, biết lớp có {g} bạn nữ?", { n: r.int(20, 40), k: r.int(3, 5), g: r.int(6, 18) }),
      (r) => fill("Tìm cực trị của hàm số y = {a}x³ − {b}x + {c}.", { a: r.int(1, 5), b: r.int(2, 15), c: r.int(1, 20) }),
    ],
    casual: ["Xin chào!", "Cảm ơn bạn nhiều nhé.", "Gợi ý cho mình một món ăn tối đơn giản đi.", "Viết giúp mình một câu chúc sinh nhật ngắn."],
  },
  id: {
    system: [
      "Kamu adalah tutor yang sabar dan teliti. Jelaskan setiap soal langkah demi langkah, berikan alasan untuk setiap langkah, lalu periksa kembali jawabannya.",
      "Kamu adalah asisten belajar di aplikasi pendidikan. Berikan penjelasan yang rinci, logis, dan mudah dipahami.",
    ],
    demand: [
      "Jelaskan langkah demi langkah dan berikan alasan untuk setiap langkah.", "Pikirkan dengan cermat sebelum menjawab, lalu periksa kembali jawabanmu.",
      "Tuliskan seluruh proses penalaranmu tanpa melewatkan langkah apa pun.", "Pertimbangkan beberapa kemungkinan sebelum mengambil kesimpulan.",
      "Verifikasi jawabanmu dengan cara kedua.",
    ],
    concepts: [
      "Bagaimana proses fotosintesis terjadi?", "Apa saja penyebab inflasi?", "Mengapa langit berwarna biru?", "Bagaimana cara kerja vaksin?",
      "Apa dampak perubahan iklim terhadap pertanian?", "Bagaimana bank sentral mengendalikan inflasi?", "Bagaimana kriptografi kunci publik bekerja?",
      "Apa itu seleksi alam?", "Mengapa Revolusi Industri dimulai di Inggris?", "Bagaimana lubang hitam terbentuk?", "Apa itu entropi? Jelaskan dengan contoh sehari-hari.",
      "Apa yang dimaksud dengan keunggulan komparatif?", "Bagaimana indeks basis data mempercepat kueri?", "Apa itu dilema tahanan?", "Mengapa Majapahit runtuh?",
    ],
    math: [
      (r) => fill("Harga sebuah barang Rp{a}.000. Jika mendapat diskon {p}% lalu dikenakan pajak {q}%, berapa harga akhirnya?", { a: r.int(50, 900), p: r.int(5, 40), q: r.pick([10, 11, 12]) }),
      (r) => fill("Sebuah kereta menempuh {a} km dalam {b} jam. Jika kecepatannya dinaikkan {c} km/jam, berapa waktu yang dihemat?", { a: r.int(200, 800), b: r.int(3, 9), c: r.int(10, 40) }),
      (r) => fill("Dari {n} siswa, termasuk {g} siswi, akan dipilih {k} orang pengurus. Berapa banyak cara jika minimal ada satu siswi?", { n: r.int(20, 40), g: r.int(6, 18), k: r.int(3, 5) }),
      (r) => fill("Tentukan titik stasioner dari f(x) = {a}x³ − {b}x² + {c}.", { a: r.int(1, 5), b: r.int(2, 12), c: r.int(1, 25) }),
    ],
    casual: ["Halo, apa kabar?", "Terima kasih banyak!", "Rekomendasikan film yang bagus untuk akhir pekan dong.", "Buatkan ucapan selamat ulang tahun singkat."],
  },
  pl: {
    system: [
      "Jesteś cierpliwym i dokładnym korepetytorem. Rozwiązuj każde zadanie krok po kroku, uzasadniaj każdy krok i na końcu sprawdzaj wynik.",
      "Jesteś asystentem edukacyjnym w aplikacji do nauki. Odpowiadasz szczegółowo, logicznie i przystępnie.",
    ],
    demand: [
      "Pomyśl krok po kroku i uzasadnij każdy krok.", "Najpierw przeanalizuj problem, potem przedstaw rozwiązanie, a na końcu sprawdź odpowiedź.",
      "Opisz cały tok rozumowania, nie pomijaj kroków pośrednich.", "Zanim odpowiesz, rozważ kilka możliwości.", "Zweryfikuj wynik drugą metodą.",
    ],
    concepts: [
      "Jak przebiega fotosynteza?", "Jakie są główne przyczyny inflacji?", "Dlaczego niebo jest niebieskie?", "Jak działa szczepionka?",
      "Jaki wpływ ma zmiana klimatu na rolnictwo?", "W jaki sposób bank centralny walczy z inflacją?", "Jak działa kryptografia klucza publicznego?",
      "Na czym polega dobór naturalny?", "Dlaczego rewolucja przemysłowa zaczęła się w Anglii?", "Jak powstają czarne dziury?",
      "Czym jest entropia? Wyjaśnij na przykładach z życia codziennego.", "Na czym polega przewaga komparatywna?", "Dlaczego indeks przyspiesza zapytania w bazie danych?",
      "Jakie były przyczyny rozbiorów Polski?", "Na czym polega dylemat więźnia?",
    ],
    math: [
      (r) => fill("Cena towaru wynosi {a} zł. Najpierw obniżono ją o {p}%, a potem podwyższono o {q}%. Ile wynosi cena końcowa?", { a: r.int(100, 5000), p: r.int(5, 40), q: r.int(5, 30) }),
      (r) => fill("Pociąg pokonuje {a} km w ciągu {b} godzin. O ile skróci się podróż, jeśli zwiększy prędkość o {c} km/h?", { a: r.int(200, 800), b: r.int(5, 9), c: r.int(10, 40) }),
      (r) => fill("Na ile sposobów można wybrać {k}-osobowy samorząd z klasy liczącej {n} uczniów, w tym {g} dziewcząt, jeśli w samorządzie ma być co najmniej jedna dziewczyna?", { k: r.int(3, 5), n: r.int(20, 35), g: r.int(6, 15) }),
      (r) => fill("Wyznacz ekstrema lokalne funkcji f(x) = {a}x³ − {b}x² + {c}.", { a: r.int(1, 5), b: r.int(2, 12), c: r.int(1, 25) }),
    ],
    casual: ["Cześć, jak się masz?", "Dzięki, bardzo pomogłeś.", "Poleć mi jakąś dobrą książkę na wieczór.", "Napisz krótkie życzenia imieninowe."],
  },
  ar: {
    system: [
      "أنت معلّم صبور ودقيق. اشرح كل مسألة خطوة بخطوة، وبيّن سبب كل خطوة، ثم تحقّق من الإجابة في النهاية.",
      "أنت مساعد تعليمي في تطبيق للتعلّم. قدّم شروحاً مفصّلة ومنطقية وسهلة الفهم.",
    ],
    demand: [
      "فكّر خطوة بخطوة واشرح سبب كل خطوة.", "حلّل المسألة أولاً، ثم اكتب الحل، ثم تحقّق من إجابتك.", "اعرض طريقة تفكيرك كاملة ولا تتجاوز أي خطوة وسيطة.",
      "قبل أن تجيب، ناقش الاحتمالات المختلفة.", "تحقّق من النتيجة بطريقة ثانية.",
    ],
    concepts: [
      "كيف تحدث عملية التمثيل الضوئي؟", "ما الأسباب الرئيسية للتضخم؟", "لماذا تبدو السماء زرقاء؟", "كيف تعمل اللقاحات؟", "ما تأثير تغيّر المناخ على الزراعة؟",
      "كيف يتحكّم البنك المركزي في التضخم؟", "كيف يعمل التشفير بالمفتاح العام؟", "ما هو الانتقاء الطبيعي؟", "لماذا بدأت الثورة الصناعية في بريطانيا؟",
      "كيف تتكوّن الثقوب السوداء؟", "ما هي الإنتروبيا؟ اشرحها بأمثلة من الحياة اليومية.", "ما المقصود بالميزة النسبية في التجارة الدولية؟",
      "كيف تسرّع الفهارس الاستعلامات في قواعد البيانات؟", "ما هي معضلة السجين؟", "ما أسباب ازدهار الحضارة في العصر العباسي؟",
    ],
    math: [
      (r) => fill("سعر سلعة {a} ريال. إذا حصلت على خصم بنسبة {p}٪ ثم أُضيفت ضريبة بنسبة {q}٪، فما السعر النهائي؟", { a: r.int(100, 5000), p: r.int(5, 40), q: r.pick([5, 14, 15]) }),
      (r) => fill("يقطع قطار مسافة {a} كيلومتر في {b} ساعات. إذا زادت سرعته {c} كيلومتراً في الساعة، فكم من الوقت سيوفّر؟", { a: r.int(200, 800), b: r.int(3, 9), c: r.int(10, 40) }),
      (r) => fill("بكم طريقة يمكن اختيار لجنة من {k} طلاب من صف فيه {n} طالباً منهم {g} طالبات، بشرط أن تضم اللجنة طالبة واحدة على الأقل؟", { k: r.int(3, 5), n: r.int(20, 35), g: r.int(6, 15) }),
      (r) => fill("أوجد القيم العظمى والصغرى المحلية للدالة f(x) = {a}x³ − {b}x² + {c}.", { a: r.int(1, 5), b: r.int(2, 12), c: r.int(1, 25) }),
    ],
    casual: ["مرحباً، كيف حالك؟", "شكراً جزيلاً!", "اقترح عليّ وصفة عشاء سهلة.", "اكتب لي تهنئة قصيرة بمناسبة العيد."],
  },
};

// ---------------------------------------------------------------- taxonomy-style English requests (systematic coverage)

export const ANGLES = [
  "Explain {t} in depth. Reason through it step by step, then give a concise summary.",
  "Give a rigorous explanation of {t}. Start from first principles, work through the reasoning carefully, and finish with common misconceptions.",
  "Walk me through {t} step by step, as if teaching an advanced student. Include a worked example.",
  "What are the strongest arguments for and against the standard account of {t}? Think it through carefully before concluding.",
  "Describe {t}. First outline your reasoning, then write the full answer, then check it for errors.",
  "Write a detailed, well-structured explanation of {t}, with intermediate reasoning shown at each step.",
  "Compare two competing explanations of {t} and reason about which is better supported.",
  "I'm trying to really understand {t}. Break it down step by step and explain why each step follows from the previous one.",
];

/** Paraphrases of the same underlying question (used by the rotation harvester). */
export const PARAPHRASE = [
  "Explain {t}.", "Can you explain {t}?", "Help me understand {t}.", "What's the deal with {t}? Explain it properly.",
  "I've always wondered about {t} - can you walk me through it?", "Give me a clear explanation of {t}.", "How would you explain {t} to a smart friend?",
  "Break down {t} for me, step by step.", "ELI5 then go deeper: {t}", "Could you go over {t} in detail?", "Teach me {t}.",
];

export const HARD_PROBLEMS: ((r: Rng) => string)[] = [
  (r) => fill("Find all positive integers n < {m} such that n^2 + {a}n + {b} is a perfect square. Prove that your list is complete.", { m: r.int(200, 2000), a: r.int(1, 20), b: r.int(1, 60) }),
  (r) => fill("A fair coin is flipped until the pattern {p} appears. What is the expected number of flips? Derive it carefully.", { p: r.pick(["HTH", "HHT", "THH", "HTTH", "HHTT", "THTH"]) }),
  (r) => fill("There are {n} people in a room, each either a knight (always tells the truth) or a knave (always lies). Person 1 says: 'At least {k} of us are knaves.' Each other person i says: 'Person i-1 is a knave.' Determine everyone's type.", { n: r.int(4, 9), k: r.int(1, 4) }),
  (r) => fill("Design an algorithm that, given an array of {n} integers, finds the length of the longest subarray whose sum is divisible by {k}. Prove correctness and analyse complexity.", { n: r.pick(["n", "10^6", "2*10^5"]), k: r.int(3, 50) }),
  (r) => fill("A ladder of length {l} m leans against a wall. Its base slides away at {v} m/s. How fast is the top sliding down when the base is {d} m from the wall? Then generalise.", { l: r.int(5, 15), v: r.float(0.2, 2).toFixed(1), d: r.int(2, 4) }),
  (r) => fill("Prove or disprove: for every integer n > {a}, there is a prime between n and {b}n.", { a: r.int(1, 10), b: r.pick(["2", "3/2", "4/3"]) }),
  (r) => fill("A company's revenue grows {g}% per year while costs grow {c}% per year. Currently revenue is ${R}M and costs are ${C}M. When does it become profitable, and how sensitive is the answer to the growth rates?", { g: r.int(8, 40), c: r.int(2, 15), R: r.int(5, 80), C: r.int(20, 150) }),
  (r) => fill("Evaluate the integral of x^{n} * ln(x) from 1 to e^{k}, showing every step, and check the answer by differentiation.", { n: r.int(1, 6), k: r.int(1, 3) }),
  (r) => fill("You have {b} balls, one of which is heavier or lighter. With a balance scale, what is the minimum number of weighings to find it and tell whether it is heavier or lighter? Give a strategy.", { b: r.pick([12, 13, 27, 39, 40]) }),
  (r) => fill("Analyse this scenario: {t}. Identify the key causal mechanisms, reason about second-order effects, and state your confidence.", { t: r.pick(ALL_TOPICS) }),
  (r) => fill("Write and prove correct a lock-free single-producer single-consumer ring buffer of capacity {c}. Discuss memory ordering.", { c: r.pick([64, 1024, 4096]) }),
  (r) => fill("Given a graph with {v} vertices where every vertex has degree at least {d}, prove that it contains a cycle of length at least {e}.", { v: r.int(10, 100), d: r.int(3, 8), e: r.int(4, 9) }),
];

// ---------------------------------------------------------------- tool catalogue for trajectory harvesting

const TOOL_DOMAINS: { domain: string; tools: [string, string, Record<string, string>][] ; tasks: string[] }[] = [
  { domain: "crm", tools: [["find_contact", "Find a contact by name or email", { query: "string" }], ["update_deal", "Update a deal's stage or amount", { deal_id: "string", stage: "string", amount: "number" }], ["log_activity", "Log a call, email or meeting", { contact_id: "string", kind: "string", note: "string" }], ["list_deals", "List open deals for an owner", { owner: "string" }]], tasks: ["Move the {co} deal to negotiation and log that I called {p} today", "Which of my deals are stalled for more than 30 days?", "Find {p} and add a note that they want a demo next week"] },
  { domain: "devops", tools: [["get_service_status", "Get health and recent deploys of a service", { service: "string" }], ["query_logs", "Search logs", { service: "string", query: "string", since_minutes: "integer" }], ["rollback", "Roll a service back to a previous version", { service: "string", version: "string" }], ["page_oncall", "Page the on-call engineer", { team: "string", message: "string" }]], tasks: ["{svc} is returning 500s since the last deploy, investigate and fix", "Check if {svc} is healthy and summarise the last 3 deploys", "Error rate is spiking on {svc}; find the cause in the logs"] },
  { domain: "commerce", tools: [["search_products", "Search the catalogue", { query: "string", max_price: "number" }], ["get_order", "Fetch an order", { order_id: "string" }], ["issue_refund", "Refund an order or item", { order_id: "string", amount: "number", reason: "string" }], ["check_inventory", "Check stock for a SKU", { sku: "string" }]], tasks: ["Customer says order {num} arrived damaged, refund the broken item", "Find me running shoes under $120 that are in stock in size 44", "Where is order {num}?"] },
  { domain: "calendar", tools: [["list_events", "List events in a date range", { start: "string", end: "string" }], ["create_event", "Create an event", { title: "string", start: "string", duration_min: "integer", attendees: "array" }], ["find_free_slot", "Find a free slot for attendees", { attendees: "array", duration_min: "integer" }]], tasks: ["Schedule a 45 minute review with {p} and {q} next week", "What does my Thursday look like?", "Move my 1:1 with {p} to a free slot tomorrow afternoon"] },
  { domain: "finance", tools: [["get_quote", "Get a stock quote", { symbol: "string" }], ["get_fx_rate", "Get an exchange rate", { base: "string", quote: "string" }], ["portfolio_positions", "List portfolio positions", { account: "string" }], ["place_order", "Place a trade order", { symbol: "string", side: "string", qty: "number" }]], tasks: ["Rebalance my account to 60/40 stocks/bonds", "How much is my portfolio worth in EUR?", "Buy 10 shares of the cheapest of these three: {syms}"] },
  { domain: "health-scheduling", tools: [["find_providers", "Find providers by specialty and location", { specialty: "string", zip: "string" }], ["get_availability", "Get a provider's open appointments", { provider_id: "string" }], ["book_appointment", "Book an appointment", { provider_id: "string", slot: "string", patient_id: "string" }]], tasks: ["Book me a dermatologist near {zip} next week", "Reschedule my appointment with Dr. {p} to a morning slot"] },
  { domain: "files", tools: [["list_dir", "List a directory", { path: "string" }], ["read_file", "Read a file", { path: "string" }], ["write_file", "Write a file", { path: "string", content: "string" }], ["run_command", "Run a shell command", { cmd: "string" }]], tasks: ["The tests in {svc} fail, find out why and fix them", "Add a README section describing the config options of {svc}", "Rename the function get_data to fetch_records everywhere"] },
  { domain: "weather-travel", tools: [["get_forecast", "Weather forecast for a city", { city: "string", days: "integer" }], ["search_flights", "Search flights", { origin: "string", destination: "string", date: "string" }], ["convert_currency", "Convert an amount", { amount: "number", from: "string", to: "string" }]], tasks: ["Plan a weekend in {city}: check the weather and find a flight from {city2}", "Is it cheaper to fly to {city} on Friday or Saturday?"] },
  { domain: "hr", tools: [["get_employee", "Look up an employee", { employee_id: "string" }], ["leave_balance", "Get leave balance", { employee_id: "string" }], ["submit_leave", "Submit a leave request", { employee_id: "string", start: "string", end: "string", kind: "string" }]], tasks: ["Book me off from {d1} to {d2} if I have enough days", "How many vacation days does {p} have left?"] },
  { domain: "analytics", tools: [["run_sql", "Run a read-only SQL query", { sql: "string" }], ["list_tables", "List tables", {}], ["describe_table", "Show table columns", { table: "string" }], ["make_chart", "Create a chart", { kind: "string", data_ref: "string" }]], tasks: ["Which product category grew fastest last quarter? Chart it", "What's our 30-day retention by signup week?", "Find the top 5 regions by churn"] },
];

export interface ToolDef {
  name: string;
  description: string;
  parameters: { type: "object"; properties: Record<string, { type: string; items?: { type: string } }>; required: string[] };
}

export function toolDomain(r: Rng): { domain: string; tools: ToolDef[]; task: string } {
  const d = r.pick(TOOL_DOMAINS);
  const tools: ToolDef[] = d.tools.map(([name, description, props]) => ({
    name,
    description,
    parameters: {
      type: "object",
      properties: Object.fromEntries(Object.entries(props).map(([k, t]) => [k, t === "array" ? { type: "array", items: { type: "string" } } : { type: t }])),
      required: Object.keys(props).slice(0, Math.max(1, Object.keys(props).length - 1)),
    },
  }));
  const task = fill(r.pick(d.tasks), {
    co: r.pick(["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay"]), p: r.pick(["Dana", "Ravi", "Chen", "Sofia", "Marek", "Amira"]), q: r.pick(["Leo", "Ines", "Yusuf", "Kate"]),
    svc: r.pick(["checkout-api", "search", "billing-worker", "auth", "notifications"]), num: r.int(100000, 999999), syms: r.sample(["ACME", "GLBX", "INIT", "UMBR", "HOOL"], 3).join(", "),
    zip: String(r.int(10000, 99999)), city: r.pick(["Lisbon", "Kraków", "Valencia", "Porto", "Vienna", "Edinburgh"]), city2: r.pick(["London", "Berlin", "Paris"]),
    d1: `Dec ${r.int(1, 15)}`, d2: `Dec ${r.int(16, 30)}`,
  });
  return { domain: d.domain, tools, task };
}

export function fakeArgs(r: Rng, t: ToolDef): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(t.parameters.properties)) {
    if (s.type === "number") out[k] = r.int(1, 500);
    else if (s.type === "integer") out[k] = r.int(1, 60);
    else if (s.type === "array") out[k] = r.sample(["dana@corp.example", "ravi@corp.example", "chen@corp.example", "kate@corp.example"], 2);
    else out[k] = `${k}_${r.int(100, 999)}`;
  }
  return out;
}

export function fakeToolResult(r: Rng, t: ToolDef): string {
  const n = r.int(1, 4);
  const rows = Array.from({ length: n }, (_, i) => ({ id: `${t.name.split("_")[0]}_${r.int(1000, 9999)}`, status: r.pick(["ok", "open", "pending", "degraded", "confirmed"]), value: r.int(1, 9999), note: r.pick(["", "updated 2h ago", "requires approval", "last change by system", "see history"]), rank: i + 1 }));
  return JSON.stringify({ result: rows, truncated: false });
}

// ---------------------------------------------------------------- hydra wrapper fragments (a paraphrased wrapper per key)

export const WRAP_OPENERS = [
  "You are a helpful assistant.", "You are an expert assistant.", "You are a knowledgeable and careful AI.", "Act as a patient teacher.",
  "You are a thoughtful explainer.", "You are a friendly study buddy.", "You are an assistant that values clear reasoning.", "You are a senior analyst.",
  "You're a helpful AI that explains things well.", "You are a tutor for curious adults.",
];
export const WRAP_RULES = [
  "Always reason step by step before giving the final answer.", "Think through the problem carefully and show your work.",
  "Explain your reasoning in detail, then summarise.", "Break every answer into clear numbered steps.", "Show intermediate steps; do not skip any.",
  "Lay out your thought process before concluding.", "Go through the logic one step at a time.", "Justify each step of your reasoning.",
];
export const WRAP_STYLE = [
  "Be thorough.", "Use headings where helpful.", "Keep a neutral tone.", "Use examples.", "Prefer precise language.", "Write in plain English.",
  "Be comprehensive but clear.", "Answer in well-structured paragraphs.", "",
];
export const WRAP_END = ["", "End with a short summary.", "Finish with a one-line takeaway.", "Double-check your answer at the end.", "Mention common mistakes if relevant."];

export function hydraWrapper(r: Rng): string {
  return [r.pick(WRAP_OPENERS), r.pick(WRAP_RULES), r.pick(WRAP_STYLE), r.pick(WRAP_END)].filter(Boolean).join(" ");
}

// ---------------------------------------------------------------- diverse sentences (embedding and logprob harvesting)

const SUBJ = ["The committee", "A young farmer", "The new policy", "Most researchers", "The river", "Our neighbour", "The algorithm", "Ancient sailors", "The central bank", "A small bakery", "The patient", "The orchestra", "Local voters", "The satellite", "Her grandmother", "The startup", "The immune system", "The court", "A migrating bird", "The old library"];
const VERB = ["decided to", "failed to", "quietly began to", "seemed ready to", "refused to", "learned how to", "tried to", "will soon", "always wanted to", "managed to", "promised to", "could not afford to"];
const OBJ = ["reduce its energy use", "explain the results to the public", "cross the mountains before winter", "raise interest rates again", "sell bread to the whole village", "map the ocean floor", "rewrite the old rules", "predict the next harvest", "protect the wetlands", "translate the letters into Latin", "recover from the infection", "rehearse the symphony", "finish the bridge on time", "detect the faint signal", "repay the loan early"];
const TAIL = ["", " despite the storm", " after years of debate", " with surprising success", " for the first time", " under heavy criticism", " in less than a week", " without telling anyone", " according to the report", " as the market fell"];
const MULTI = [
  "Le comité a finalement approuvé le budget après des mois de discussion.", "Die Forscher haben eine neue Methode zur Messung der Luftqualität entwickelt.",
  "El gobierno anunció nuevas medidas para apoyar a las pequeñas empresas.", "La ricetta tradizionale richiede pomodori freschi e basilico.",
  "O rio transbordou depois de três dias de chuva intensa.", "De gemeente investeert in nieuwe fietspaden rond het centrum.",
  "Müşteriler yeni mağazanın açılışını sabırsızlıkla bekliyor.", "Thành phố đang xây dựng thêm nhiều công viên cho trẻ em.", "Para petani mulai menanam padi setelah hujan pertama.",
];

export function diverseSentence(r: Rng): string {
  if (r.chance(0.12)) return r.pick(MULTI);
  if (r.chance(0.2)) return fill(r.pick(["Few people can explain {t} without notes.", "The textbook chapter on {t} was rewritten this year.", "She gave a short talk on {t} at the library.", "The podcast episode about {t} got thousands of comments.", "Our teacher spent a whole week on {t}.", "He still gets confused about {t}."]), { t: r.pick(ALL_TOPICS) });
  return `${r.pick(SUBJ)} ${r.pick(VERB)} ${r.pick(OBJ)}${r.pick(TAIL)}.`;
}

export function passage(r: Rng, sentences: number): string {
  return Array.from({ length: sentences }, () => diverseSentence(r)).join(" ");
}

export const SHORT_ANSWER_QS = [
  "What is the capital of {c}? Answer with one word.", "Is the following statement true or false: {s} Answer True or False.",
  "Which is larger, {a} or {b}? Answer with the number only.", "Complete the sentence with one word: {s2}", "Rate the sentiment of this sentence from 1 to 5: \"{s}\" Answer with a digit.",
  "Is this sentence grammatical? \"{s}\" Answer yes or no.", "What field does this belong to: {t}? Answer with one word.",
];
export const COUNTRIES_Q = ["France", "Kenya", "Peru", "Vietnam", "Norway", "Canada", "Egypt", "Chile", "Thailand", "Portugal", "Ghana", "Mongolia", "Uruguay", "Finland", "Morocco"];

export { TOPICS };
