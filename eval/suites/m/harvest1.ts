/**
 * Harvesting, part 1: reasoning harvests written natively in Turkish, Vietnamese, Indonesian,
 * Polish, Arabic and Swahili; logprob / logit extraction (soft labels and logit_bias sweeps);
 * an embeddings harvest whose batches each keep to one language; extended-thinking harvests on
 * Anthropic; and a lab that moves its harvest onto a model the day it is released.
 */
import { type Ctx, type R, type Src, D, H, M, S, START, END, RELEASE, NEW_MODEL, answerLen, cloud, fill, hexId, latency, local, promptTokens, when } from "./core.ts";
import { EN_TOPICS, TOPICS, freshTopic } from "./topics.ts";

// =================================================================== reasoning in six further languages
interface LangPack { cc: string; tz: number; system: string; frames: string[]; topics: string[]; problems: string[]; slot: string; pslot: string }
const PACKS: Record<string, LangPack> = {
  tr: {
    cc: "TR", tz: 3, slot: "konu", pslot: "problem",
    system: "Sen sabırlı ve titiz bir öğretmensin. Her soruda önce düşünce sürecini baştan sona yaz: hangi bilgiyi kullandığını, neden o yolu seçtiğini ve her ara sonucu açıkla. Hiçbir adımı atlama. En sonda 'Sonuç:' diye başlayan tek bir satırla cevabı ver.",
    frames: ["{konu} konusunu bir üniversite öğrencisine anlatır gibi adım adım açıkla; her adımda neden öyle olduğunu gerekçelendir.", "Şu soruyu çöz ve bütün akıl yürütmeni göster: {problem}", "{konu} öğrenilirken sık yapılan hataları ve bunların arkasındaki yanlış mantığı ayrıntılı olarak incele.", "{konu} hakkında zor bir sınav sorusu yaz, sonra onu çözüm yolunu tamamen göstererek çöz.", "{konu} ile ilgili temel kavramları birbirine bağlayarak, her çıkarımı gerekçesiyle birlikte anlat."],
    topics: ["kuantum dolanıklığı", "Osmanlı İmparatorluğu'nun çöküş nedenleri", "Bayes teoremi", "fotosentez", "enflasyon ve faiz ilişkisi", "Dijkstra algoritması", "termodinamiğin ikinci yasası", "DNA eşlenmesi", "Kurtuluş Savaşı'nın ekonomik boyutu", "türev ile integral arasındaki ilişki", "bağışıklık sistemi", "açık anahtarlı şifreleme", "levha tektoniği", "dinamik programlama", "özel görelilik", "arz ve talep dengesi", "karbon döngüsü", "olasılık dağılımları", "Newton'un hareket yasaları", "sinir hücrelerinde uyarı iletimi", "Lale Devri", "asit-baz dengesi"],
    problems: ["Bir havuzu A musluğu {a} saatte, B musluğu {b} saatte dolduruyor. İkisi birlikte açılırsa havuz kaç saatte dolar?", "{n} kişilik bir sınıftan {k} kişilik bir temsilci grubu kaç farklı şekilde seçilebilir?", "Bir malın fiyatı önce %{p} artırılıyor, sonra %{q} indiriliyor. Son fiyat ilk fiyata göre yüzde kaç değişmiştir?", "x² − {s}x + {pr} = 0 denkleminin köklerini bulun ve köklerin toplamı ile çarpımını doğrulayın.", "{m} kg kütleli bir cisim {h} metre yükseklikten serbest bırakılıyor. Yere çarpma hızı nedir? (g = 9,8 m/s²)", "Yıllık %{r} bileşik faizle {a} bin TL, {y} yıl sonra kaç TL olur?"],
  },
  vi: {
    cc: "VN", tz: 7, slot: "chude", pslot: "baitoan",
    system: "Bạn là một gia sư kiên nhẫn và cẩn thận. Với mỗi câu hỏi, hãy viết ra toàn bộ quá trình suy nghĩ của bạn trước khi trả lời: bạn dùng kiến thức nào, vì sao chọn cách làm đó, và từng kết quả trung gian. Không được bỏ qua bước nào. Cuối cùng, ghi đáp án trên một dòng bắt đầu bằng 'Kết luận:'.",
    frames: ["Hãy giải thích {chude} từng bước một, như đang giảng cho sinh viên năm nhất, và nêu lý do cho mỗi bước.", "Giải bài toán sau và trình bày đầy đủ lập luận: {baitoan}", "Phân tích những sai lầm thường gặp khi học {chude} và vì sao người học hay mắc phải.", "Hãy tự đặt một câu hỏi khó về {chude}, rồi giải nó một cách chi tiết.", "Trình bày mối liên hệ giữa các khái niệm cốt lõi của {chude}, mỗi suy luận đều kèm lý do."],
    topics: ["định lý Bayes", "quang hợp", "cách mạng công nghiệp", "lạm phát và lãi suất", "thuật toán Dijkstra", "định luật hai nhiệt động lực học", "sự nhân đôi ADN", "chiến dịch Điện Biên Phủ", "đạo hàm và tích phân", "hệ miễn dịch", "mật mã khóa công khai", "kiến tạo mảng", "quy hoạch động", "thuyết tương đối hẹp", "quy luật cung cầu", "chu trình cacbon", "phân phối chuẩn", "các định luật Newton", "sự dẫn truyền xung thần kinh", "chính sách bế quan tỏa cảng thời Nguyễn", "cân bằng axit – bazơ"],
    problems: ["Một vòi nước chảy đầy bể trong {a} giờ, vòi thứ hai trong {b} giờ. Nếu mở cả hai vòi cùng lúc thì sau bao lâu bể đầy?", "Có bao nhiêu cách chọn {k} học sinh từ một lớp {n} người để đi thi?", "Giá một món hàng tăng {p}% rồi giảm {q}%. Hỏi giá cuối cùng thay đổi bao nhiêu phần trăm so với ban đầu?", "Giải phương trình x² − {s}x + {pr} = 0 và kiểm tra lại bằng định lý Vi-ét.", "Gửi {a} triệu đồng vào ngân hàng với lãi suất kép {r}%/năm. Sau {y} năm nhận được bao nhiêu?", "Một vật nặng {m} kg rơi tự do từ độ cao {h} m. Tính vận tốc khi chạm đất (g = 9,8 m/s²)."],
  },
  id: {
    cc: "ID", tz: 7, slot: "topik", pslot: "soal",
    system: "Kamu adalah tutor yang teliti. Untuk setiap pertanyaan, tuliskan seluruh proses berpikirmu sebelum menjawab: konsep apa yang dipakai, mengapa memilih cara itu, dan setiap hasil antara. Jangan melewatkan satu langkah pun. Akhiri dengan satu baris yang diawali 'Jawaban akhir:'.",
    frames: ["Jelaskan {topik} langkah demi langkah seperti kepada mahasiswa tahun pertama, dan berikan alasan di setiap langkah.", "Selesaikan soal berikut dan tunjukkan seluruh penalaranmu: {soal}", "Uraikan kesalahan yang sering terjadi saat mempelajari {topik} dan mengapa kesalahan itu muncul.", "Buatlah satu soal sulit tentang {topik}, lalu pecahkan dengan penjelasan yang lengkap.", "Hubungkan konsep-konsep utama dalam {topik} satu per satu, dan jelaskan dasar dari setiap kesimpulan."],
    topics: ["teorema Bayes", "fotosintesis", "Revolusi Industri", "inflasi dan suku bunga", "algoritma Dijkstra", "hukum kedua termodinamika", "replikasi DNA", "Perang Diponegoro", "turunan dan integral", "sistem kekebalan tubuh", "kriptografi kunci publik", "lempeng tektonik", "pemrograman dinamis", "relativitas khusus", "hukum permintaan dan penawaran", "siklus karbon", "distribusi normal", "hukum gerak Newton", "penghantaran impuls saraf", "Sumpah Pemuda dan lahirnya nasionalisme", "kesetimbangan asam-basa"],
    problems: ["Sebuah kolam diisi keran A dalam {a} jam dan keran B dalam {b} jam. Jika kedua keran dibuka bersamaan, berapa lama kolam itu penuh?", "Berapa banyak cara memilih {k} orang dari {n} siswa untuk menjadi panitia?", "Harga sebuah barang naik {p}% lalu turun {q}%. Berapa persen perubahan harga akhirnya dibanding harga awal?", "Tentukan akar-akar persamaan x² − {s}x + {pr} = 0 dan periksa dengan rumus jumlah dan hasil kali akar.", "Uang Rp{a} juta ditabung dengan bunga majemuk {r}% per tahun. Berapa jumlahnya setelah {y} tahun?", "Benda bermassa {m} kg jatuh bebas dari ketinggian {h} m. Berapa kecepatannya saat menyentuh tanah? (g = 9,8 m/s²)"],
  },
  pl: {
    cc: "PL", tz: 2, slot: "temat", pslot: "zadanie",
    system: "Jesteś cierpliwym i dokładnym korepetytorem. Przy każdym pytaniu najpierw wypisz cały swój tok rozumowania: z jakiej wiedzy korzystasz, dlaczego wybierasz daną metodę i jakie są wyniki pośrednie. Nie pomijaj żadnego kroku. Na końcu podaj odpowiedź w jednej linii zaczynającej się od 'Wynik:'.",
    frames: ["Wyjaśnij krok po kroku zagadnienie: {temat}. Tłumacz jak studentowi pierwszego roku i uzasadnij każdy krok.", "Rozwiąż zadanie i pokaż całe rozumowanie: {zadanie}", "Omów typowe błędy popełniane przy nauce zagadnienia „{temat}” i wyjaśnij, skąd się biorą.", "Ułóż trudne zadanie egzaminacyjne z tematu „{temat}”, a potem rozwiąż je szczegółowo.", "Pokaż, jak łączą się ze sobą najważniejsze pojęcia w temacie „{temat}”, uzasadniając każdy wniosek."],
    topics: ["twierdzenie Bayesa", "fotosynteza", "rewolucja przemysłowa", "inflacja a stopy procentowe", "algorytm Dijkstry", "druga zasada termodynamiki", "replikacja DNA", "powstanie styczniowe", "pochodna i całka", "układ odpornościowy", "kryptografia klucza publicznego", "tektonika płyt", "programowanie dynamiczne", "szczególna teoria względności", "prawo popytu i podaży", "obieg węgla w przyrodzie", "rozkład normalny", "zasady dynamiki Newtona", "przewodzenie impulsów nerwowych", "rozbiory Polski", "równowaga kwasowo-zasadowa"],
    problems: ["Kran A napełnia basen w ciągu {a} godz., a kran B w ciągu {b} godz. W jakim czasie napełnią go oba krany otwarte jednocześnie?", "Na ile sposobów można wybrać {k}-osobową delegację z klasy liczącej {n} uczniów?", "Cenę towaru podniesiono o {p}%, a potem obniżono o {q}%. O ile procent zmieniła się cena w stosunku do początkowej?", "Rozwiąż równanie x² − {s}x + {pr} = 0 i sprawdź wynik za pomocą wzorów Viète'a.", "Lokata {a} tys. zł oprocentowana na {r}% w skali roku z roczną kapitalizacją. Ile wyniesie po {y} latach?", "Ciało o masie {m} kg spada swobodnie z wysokości {h} m. Z jaką prędkością uderzy w ziemię? (g = 9,81 m/s²)"],
  },
  ar: {
    cc: "EG", tz: 3, slot: "mawdu", pslot: "masala",
    system: "أنت معلّم صبور ودقيق. في كل سؤال، اكتب أولاً مسار تفكيرك كاملاً: ما المعلومات التي تستخدمها، ولماذا اخترت هذه الطريقة، وما النتائج الوسيطة. لا تتجاوز أي خطوة. وفي النهاية اكتب الجواب في سطر واحد يبدأ بـ «الخلاصة:».",
    frames: ["اشرح {mawdu} خطوة بخطوة كما لو كنت تشرح لطالب في السنة الأولى الجامعية، مع تبرير كل خطوة.", "حلّ المسألة التالية واعرض استدلالك كاملاً: {masala}", "ناقش الأخطاء الشائعة عند دراسة {mawdu}، ولماذا يقع فيها الطلاب.", "ضع سؤالاً صعباً عن {mawdu}، ثم حلّه بالتفصيل.", "بيّن كيف ترتبط المفاهيم الأساسية في {mawdu} بعضها ببعض، مع ذكر سبب كل استنتاج."],
    topics: ["نظرية بايز", "البناء الضوئي", "الثورة الصناعية", "التضخم وأسعار الفائدة", "خوارزمية دايكسترا", "القانون الثاني للديناميكا الحرارية", "تضاعف الحمض النووي", "بيت الحكمة في العصر العباسي", "المشتقة والتكامل", "الجهاز المناعي", "التشفير بالمفتاح العام", "الصفائح التكتونية", "البرمجة الديناميكية", "النسبية الخاصة", "قانون العرض والطلب", "دورة الكربون", "التوزيع الطبيعي", "قوانين نيوتن للحركة", "انتقال السيال العصبي", "الخوارزمي ونشأة علم الجبر", "التوازن الحمضي القاعدي"],
    problems: ["يملأ الصنبور الأول حوضاً في {a} ساعات، ويملؤه الثاني في {b} ساعات. إذا فُتحا معاً، ففي كم ساعة يمتلئ الحوض؟", "بكم طريقة يمكن اختيار {k} طلاب من صف فيه {n} طالباً؟", "ارتفع سعر سلعة بنسبة {p}% ثم انخفض بنسبة {q}%. ما نسبة التغير في السعر النهائي مقارنة بالسعر الأصلي؟", "أوجد جذري المعادلة x² − {s}x + {pr} = 0 وتحقق من مجموعهما وحاصل ضربهما.", "أُودِع مبلغ {a} ألف جنيه بفائدة مركبة {r}% سنوياً. كم يصبح المبلغ بعد {y} سنوات؟", "سقط جسم كتلته {m} كغ سقوطاً حراً من ارتفاع {h} م. ما سرعته لحظة ارتطامه بالأرض؟ (ج = 9.8 م/ث²)"],
  },
  sw: {
    cc: "KE", tz: 3, slot: "mada", pslot: "swali",
    system: "Wewe ni mwalimu mvumilivu na makini. Kwa kila swali, andika kwanza mchakato wako wote wa kufikiri: unatumia maarifa gani, kwa nini umechagua njia hiyo, na matokeo ya kila hatua ya kati. Usiruke hatua yoyote. Mwishoni, andika jibu kwenye mstari mmoja unaoanza na 'Jibu la mwisho:'.",
    frames: ["Eleza {mada} hatua kwa hatua kana kwamba unamfundisha mwanafunzi wa mwaka wa kwanza chuoni, na toa sababu kwa kila hatua.", "Tatua swali lifuatalo na uonyeshe hoja zako zote: {swali}", "Jadili makosa ambayo wanafunzi hufanya mara nyingi wanapojifunza {mada}, na kwa nini hutokea.", "Tunga swali gumu kuhusu {mada}, kisha ulitatue kwa maelezo kamili.", "Onyesha jinsi dhana kuu za {mada} zinavyohusiana, ukitoa sababu ya kila hitimisho."],
    topics: ["nadharia ya Bayes", "usanisinuru", "Mapinduzi ya Viwanda", "mfumuko wa bei na riba", "algoriti ya Dijkstra", "sheria ya pili ya thermodynamiki", "urudufishaji wa DNA", "Vita vya Maji Maji", "kinyambuo na kiunganishi", "mfumo wa kinga ya mwili", "usimbaji fiche wa ufunguo wa umma", "mabamba ya dunia", "upangaji programu wenye nguvu", "nadharia maalum ya uhusianifu", "sheria ya ugavi na mahitaji", "mzunguko wa kaboni", "mgawanyo wa kawaida", "sheria za mwendo za Newton", "upitishaji wa msukumo wa neva", "historia ya biashara ya pwani ya Afrika Mashariki", "usawa wa asidi na besi"],
    problems: ["Bomba A linajaza tangi kwa saa {a}, na bomba B kwa saa {b}. Yakifunguliwa yote mawili pamoja, tangi litajaa baada ya muda gani?", "Kuna njia ngapi za kuchagua wanafunzi {k} kutoka darasa la wanafunzi {n}?", "Bei ya bidhaa ilipanda kwa asilimia {p}, kisha ikashuka kwa asilimia {q}. Bei ya mwisho imebadilika kwa asilimia ngapi ukilinganisha na bei ya mwanzo?", "Tafuta mizizi ya mlinganyo x² − {s}x + {pr} = 0 na uhakiki jumla na zao la mizizi.", "Shilingi milioni {a} zimewekwa benki kwa riba mchanganyiko ya asilimia {r} kwa mwaka. Baada ya miaka {y} zitakuwa kiasi gani?", "Kitu chenye uzito wa kilo {m} kinaanguka kutoka urefu wa mita {h}. Kasi yake itakuwa kiasi gani kinapogonga ardhi? (g = 9.8 m/s²)"],
  },
};
function numbers(r: R): Record<string, string> {
  const x1 = r.int(1, 12), x2 = r.int(1, 12);
  return { a: String(r.int(2, 9)), b: String(r.int(3, 15)), n: String(r.int(12, 40)), k: String(r.int(2, 6)), p: String(r.int(5, 40)), q: String(r.int(5, 40)), s: String(x1 + x2), pr: String(x1 * x2), m: String(r.int(1, 50)), h: String(r.int(5, 120)), r: String(r.pick([3, 4, 5, 6, 8, 10])), y: String(r.int(2, 10)) };
}
export function reasoningSixLangs(c: Ctx): void {
  const r = c.r;
  const nets: Record<string, Src[]> = {};
  const where: Record<string, string> = { tr: "hetznerFi", vi: "doSgp", id: "alibaba", pl: "contabo", ar: "ovh", sw: "vultr" };
  for (const [lang, p] of Object.entries(PACKS)) {
    const key = c.key(lang === "sw" || lang === "ar" ? "user" : "proj");
    nets[lang] = [cloud(r, where[lang] as never), cloud(r, where[lang] as never)];
    const reasoningModel = lang === "tr" || lang === "pl" || lang === "sw";
    const seen = new Set<string>();
    for (let day = 0; day < 4; day++) {
      const sessions = r.int(1, 2);
      for (let s = 0; s < sessions; s++) {
        let t = when(r, p.tz, "always", START + day * D, START + (day + 1) * D);
        const until = t + r.ln(40, 0.35) * M;
        while (t < until) {
          const frame = r.pick(p.frames);
          const topic = freshTopic(r, p.topics, seen);
          const content = fill(r, fill(r, frame, { [p.pslot]: r.pick(p.problems) }), { ...numbers(r), [p.slot]: topic });
          const body: Record<string, unknown> = reasoningModel
            ? { model: "o4-mini", reasoning_effort: "high", max_completion_tokens: 12000, messages: [{ role: "developer", content: p.system }, { role: "user", content }] }
            : { model: "gpt-4.1", temperature: 0.7, max_tokens: 4096, messages: [{ role: "system", content: p.system }, { role: "user", content }] };
          const comp = reasoningModel ? answerLen(r, 3600, 0.45, 12000, 400) : answerLen(r, 1900, 0.35, 4096, 300);
          c.post(t, key, r.pick(nets[lang]), "/v1/chat/completions", body, promptTokens(body), comp);
          t += latency(r, comp, 85) + r.ln(20, 0.6) * S;
        }
      }
    }
  }
}

// =================================================================== logprob / logit extraction
const PREFIX_EN = ["After the storm passed, the fishermen of the village", "The most surprising result of the experiment was that", "In 1854, a physician in London noticed that", "To reset the router, first unplug it and then", "She opened the letter slowly, because she already knew", "The committee rejected the proposal mainly because", "Compared with the previous model, the new engine", "If you mix baking soda with vinegar, the bubbles are", "The capital of the province is known for its", "Most beginners fail at chess because they", "The function returns null when the input list", "According to the ancient legend, the mountain was", "He wasn't sure whether the noise came from", "The treaty required both countries to", "Photosynthesis stops at night because", "When interest rates rise, bond prices usually"];
const PREFIX_ES = ["Cuando terminó la tormenta, los pescadores del pueblo", "Lo más sorprendente del experimento fue que", "Para reiniciar el router, primero hay que", "El comité rechazó la propuesta sobre todo porque", "La capital de la provincia es famosa por su"];
const PREFIX_DE = ["Nachdem das Gewitter vorbei war, gingen die Fischer", "Das überraschendste Ergebnis des Versuchs war, dass", "Um den Router neu zu starten, muss man zuerst", "Der Ausschuss lehnte den Vorschlag vor allem ab, weil"];
const MCQ_FRAMES = ["Question: Which statement about {t} is correct?\nA) it only applies at high temperatures\nB) it was first described in the 20th century\nC) it depends on an underlying conservation principle\nD) none of the above\nAnswer:", "Q: Is the following claim about {t} true or false? \"It can be explained without any mathematics.\"\nA:", "Rate how difficult {t} is for a high-school student on a scale from 1 to 9.\nRating:"];
export function logprobExtraction(c: Ctx): void {
  const r = c.r;
  const soft = c.key("proj");
  const sweep = c.key("user");
  const softNet = [cloud(r, "vultr"), cloud(r, "vultr")];
  const sweepNet = cloud(r, "linode");
  // soft labels: top-20 logprobs of the next token(s) for many diverse contexts
  for (let day = 0; day < 4; day++) {
    const blocks = r.int(2, 3);
    for (let b = 0; b < blocks; b++) {
      let t = when(r, 0, "always", START + day * D, START + (day + 1) * D);
      const n = r.int(50, 110);
      for (let i = 0; i < n; i++) {
        const kind = r.f();
        const content = kind < 0.55 ? r.pick(r.chance(0.75) ? PREFIX_EN : r.chance(0.5) ? PREFIX_ES : PREFIX_DE) + (r.chance(0.5) ? "" : " " + r.pick(["", "almost", "never", "quickly", "in the end"]))
          : fill(r, r.pick(MCQ_FRAMES), { t: r.pick(EN_TOPICS) });
        const body = { model: "gpt-4.1-mini", messages: [{ role: "user", content }], max_tokens: r.chance(0.6) ? 1 : 5, temperature: 1, logprobs: true, top_logprobs: 20, seed: r.int(1, 1e6) };
        c.post(t, soft, r.pick(softNet), "/v1/chat/completions", body, promptTokens(body), body.max_tokens);
        t += r.ln(3.5, 0.4) * S;
      }
    }
  }
  // bias sweeps: one probe prompt, the vocabulary walked 300 ids at a time, plus echo probes
  const probes = Array.from({ length: 20 }, () => r.pick(PREFIX_EN) + " " + r.pick(["the", "a", "it", "they", "we", ""]));
  let t = START + 9 * H + r.int(0, 60) * M;
  for (const probe of probes) {
    const windows = r.int(16, 26);
    const offset = r.int(0, 40) * 300;
    for (let w = 0; w < windows; w++) {
      const bias: Record<string, number> = {};
      for (let j = 0; j < 300; j++) bias[String(offset + w * 300 + j)] = 100;
      const body = { model: "gpt-3.5-turbo-instruct", prompt: probe, max_tokens: 1, temperature: 0, logprobs: 5, logit_bias: bias };
      c.post(t, sweep, sweepNet, "/v1/completions", body, promptTokens(body), 1);
      t += r.ln(1.6, 0.3) * S;
    }
    if (r.chance(0.4)) t += r.ln(3, 0.6) * H; else t += r.ln(8, 0.5) * M;
    if (t > END) break;
  }
  for (let i = 0; i < 120; i++) {
    const tt = when(r, 0, "always");
    const body = { model: "gpt-3.5-turbo-instruct", prompt: r.pick(PREFIX_EN) + " " + r.pick(EN_TOPICS) + ".", max_tokens: 1, echo: true, logprobs: 5, temperature: 0 };
    c.post(tt, sweep, sweepNet, "/v1/completions", body, promptTokens(body), 1);
  }
}

// =================================================================== embeddings harvest, one language per batch
const EMB: Record<string, { t: string[]; v: Record<string, string[]> }> = {
  en: { t: ["{city} council approves plan to {plan}", "How to {task} without special tools", "{n} things nobody tells you about {thing}", "Review: the {product} is {verdict}", "Why you should care about {thing}", "{city} residents report {issue} after {event}", "Study links {habit} to better {outcome}", "What is the difference between {thing} and {thing2}?"], v: { city: ["Leeds", "Tucson", "Perth", "Halifax", "Cork", "Austin"], plan: ["pedestrianise the old town", "build 400 social homes", "close two libraries", "expand the tram line"], task: ["unclog a drain", "repot an orchid", "fix a squeaky door", "remove rust from tools"], n: ["5", "7", "10", "12"], thing: ["sourdough starters", "index funds", "sleep hygiene", "home insurance", "heat pumps", "credit scores"], thing2: ["a savings account", "a gas boiler", "a mortgage broker"], product: ["new budget phone", "compact e-bike", "noise-cancelling headset", "air fryer"], verdict: ["good value but slow", "better than expected", "overpriced", "a solid upgrade"], issue: ["low water pressure", "power cuts", "noisy construction"], event: ["the storm", "the road works", "the heatwave"], habit: ["walking after dinner", "reading before bed", "cold showers"], outcome: ["sleep", "memory", "mood"] } },
  es: { t: ["El ayuntamiento de {city} aprueba {plan}", "Cómo {task} sin herramientas", "{n} cosas que nadie te cuenta sobre {thing}", "Análisis: {product}, {verdict}", "Vecinos de {city} denuncian {issue}", "¿Qué diferencia hay entre {thing} y {thing2}?"], v: { city: ["Zaragoza", "Málaga", "Puebla", "Rosario", "Cali"], plan: ["peatonalizar el centro", "ampliar el carril bici", "cerrar dos bibliotecas"], task: ["desatascar un fregadero", "trasplantar una orquídea", "quitar el óxido"], n: ["5", "7", "10"], thing: ["la masa madre", "los fondos indexados", "la hipoteca variable", "el autoconsumo solar"], thing2: ["una cuenta de ahorro", "la hipoteca fija"], product: ["el nuevo móvil barato", "la bici eléctrica plegable"], verdict: ["buena relación calidad-precio", "demasiado caro", "mejor de lo esperado"], issue: ["cortes de luz", "ruido de obras", "falta de agua"] } },
  de: { t: ["{city}: Stadtrat beschließt {plan}", "So kann man {task}, ganz ohne Spezialwerkzeug", "{n} Dinge, die einem keiner über {thing} sagt", "Test: {product} ist {verdict}", "Was ist der Unterschied zwischen {thing} und {thing2}?"], v: { city: ["Bielefeld", "Rostock", "Graz", "Freiburg", "Kassel"], plan: ["eine autofreie Innenstadt", "400 Sozialwohnungen", "die Schließung zweier Bäder"], task: ["einen Abfluss reinigen", "eine Orchidee umtopfen", "Rost entfernen"], n: ["5", "7", "10"], thing: ["Sauerteig", "ETFs", "Wärmepumpen", "Festgeld", "Balkonkraftwerke"], thing2: ["einem Tagesgeldkonto", "einer Gasheizung"], product: ["das neue Einsteiger-Smartphone", "das Klapp-E-Bike"], verdict: ["solide", "zu teuer", "besser als erwartet"] } },
  fr: { t: ["{city} : le conseil municipal adopte {plan}", "Comment {task} sans outils", "{n} choses qu'on ne vous dit pas sur {thing}", "Test : {product}, {verdict}", "Quelle différence entre {thing} et {thing2} ?"], v: { city: ["Nantes", "Grenoble", "Liège", "Montréal", "Dijon"], plan: ["la piétonnisation du centre", "un nouveau tramway", "la fermeture de deux piscines"], task: ["déboucher un évier", "rempoter une orchidée", "enlever la rouille"], n: ["5", "7", "10"], thing: ["le levain", "les ETF", "les pompes à chaleur", "l'assurance vie"], thing2: ["un livret A", "une chaudière gaz"], product: ["le nouveau smartphone d'entrée de gamme", "le vélo électrique pliant"], verdict: ["un bon rapport qualité-prix", "trop cher", "une bonne surprise"] } },
  pt: { t: ["Prefeitura de {city} aprova {plan}", "Como {task} sem ferramentas", "{n} coisas que ninguém te conta sobre {thing}", "Análise: {product} é {verdict}", "Qual a diferença entre {thing} e {thing2}?"], v: { city: ["Curitiba", "Recife", "Porto", "Belo Horizonte", "Braga"], plan: ["nova ciclovia no centro", "ampliação do metrô", "fechamento de duas bibliotecas"], task: ["desentupir a pia", "replantar uma orquídea", "tirar ferrugem"], n: ["5", "7", "10"], thing: ["fermento natural", "fundos de índice", "energia solar em casa", "o cartão de crédito"], thing2: ["a poupança", "o chuveiro a gás"], product: ["o novo celular de entrada", "a bicicleta elétrica dobrável"], verdict: ["um bom custo-benefício", "caro demais", "melhor do que o esperado"] } },
  ru: { t: ["Городская дума {city} одобрила {plan}", "Как {task} без специальных инструментов", "{n} вещей, о которых не говорят про {thing}", "Обзор: {product} — {verdict}", "Чем {thingNom} отличается от {thing2}?"], v: { city: ["Казани", "Перми", "Томска", "Самары"], plan: ["пешеходную зону в центре", "новую трамвайную линию", "закрытие двух библиотек"], task: ["прочистить слив", "пересадить орхидею", "убрать ржавчину"], n: ["5", "7", "10"], thing: ["закваску", "индексные фонды", "тепловой насос", "ипотеку"], thingNom: ["закваска", "индексный фонд", "тепловой насос", "ипотека"], thing2: ["накопительного счёта", "газового котла"], product: ["новый бюджетный смартфон", "складной электровелосипед"], verdict: ["хорошее соотношение цены и качества", "слишком дорого", "лучше, чем ожидалось"] } },
  zh: { t: ["{city}市议会通过{plan}", "不用工具也能{task}的方法", "关于{thing}，没人告诉你的{n}件事", "评测：{product}，{verdict}", "{thing}和{thing2}有什么区别？"], v: { city: ["成都", "杭州", "西安", "青岛", "苏州"], plan: ["老城区步行化方案", "新建地铁线路计划", "关闭两座图书馆的决定"], task: ["疏通下水道", "给兰花换盆", "去除工具上的锈迹"], n: ["五", "七", "十"], thing: ["天然酵母", "指数基金", "空气源热泵", "房贷提前还款"], thing2: ["定期存款", "燃气热水器"], product: ["新款入门手机", "折叠电动自行车"], verdict: ["性价比不错", "价格偏高", "比预期好"] } },
  ja: { t: ["{city}市議会、{plan}を可決", "道具なしで{task}方法", "{thing}について誰も教えてくれない{n}つのこと", "レビュー：{product}は{verdict}", "{thing}と{thing2}の違いとは？"], v: { city: ["札幌", "金沢", "広島", "熊本"], plan: ["中心街の歩行者天国化", "新しい路面電車の計画", "図書館2館の閉館"], task: ["排水口のつまりを取る", "胡蝶蘭を植え替える", "工具のサビを落とす"], n: ["3", "5", "7"], thing: ["天然酵母", "インデックス投資", "ヒートポンプ給湯器", "住宅ローン"], thing2: ["定期預金", "ガス給湯器"], product: ["新しい格安スマホ", "折りたたみ電動自転車"], verdict: ["コスパが良い", "少し高い", "期待以上"] } },
  ar: { t: ["مجلس مدينة {city} يوافق على {plan}", "كيف {task} دون أدوات خاصة", "{n} أشياء لا يخبرك بها أحد عن {thing}", "مراجعة: {product} {verdict}", "ما الفرق بين {thing} و{thing2}؟"], v: { city: ["الإسكندرية", "عمّان", "الدار البيضاء", "جدة"], plan: ["تحويل وسط المدينة إلى منطقة للمشاة", "خط ترام جديد", "إغلاق مكتبتين عامتين"], task: ["تسلّك المصرف", "تنقل نبتة الأوركيد إلى أصيص جديد", "تزيل الصدأ"], n: ["5", "7", "10"], thing: ["الخميرة الطبيعية", "صناديق المؤشرات", "المضخات الحرارية", "التمويل العقاري"], thing2: ["حساب التوفير", "سخان الغاز"], product: ["الهاتف الاقتصادي الجديد", "الدراجة الكهربائية القابلة للطي"], verdict: ["قيمة جيدة مقابل السعر", "مرتفع الثمن", "أفضل من المتوقع"] } },
  ko: { t: ["{city}시의회, {plan} 통과", "도구 없이 {task} 방법", "{thing}에 대해 아무도 알려주지 않는 {n}가지", "리뷰: {product}, {verdict}", "{thing} 그리고 {thing2}, 무엇이 다를까?"], v: { city: ["대전", "광주", "울산", "전주"], plan: ["도심 보행자 전용 구역 계획", "새 트램 노선 계획", "도서관 두 곳 폐관안"], task: ["배수구 막힘 뚫는", "난초 분갈이하는", "공구 녹 제거하는"], n: ["5", "7", "10"], thing: ["천연 발효종", "인덱스 펀드", "히트펌프", "주택담보대출"], thing2: ["정기예금", "가스보일러"], product: ["새 보급형 스마트폰", "접이식 전기자전거"], verdict: ["가성비가 좋다", "가격이 비싸다", "기대 이상이다"] } },
};
const SNIP: Record<string, string[]> = {
  en: ["Readers in {city} sent us {num} questions about it", "Updated in {yr} with new prices", "We tested it for {num} days", "The short answer depends on where you live", "Experts disagree on one point", "Here is what changed since {yr}"],
  es: ["Los lectores de {city} nos enviaron {num} preguntas", "Actualizado en {yr} con precios nuevos", "Lo probamos durante {num} días", "La respuesta corta depende de dónde vivas", "Esto es lo que ha cambiado desde {yr}"],
  de: ["Leser aus {city} haben uns {num} Fragen dazu geschickt", "Aktualisiert {yr} mit neuen Preisen", "Wir haben es {num} Tage lang getestet", "Die kurze Antwort hängt vom Wohnort ab", "Das hat sich seit {yr} geändert"],
  fr: ["Les lecteurs de {city} nous ont envoyé {num} questions", "Mis à jour en {yr} avec les nouveaux prix", "Nous l'avons testé pendant {num} jours", "La réponse courte dépend de votre région", "Voici ce qui a changé depuis {yr}"],
  pt: ["Leitores de {city} enviaram {num} perguntas", "Atualizado em {yr} com preços novos", "Testamos durante {num} dias", "A resposta curta depende de onde você mora", "Veja o que mudou desde {yr}"],
  ru: ["Читатели прислали нам {num} вопросов", "Обновлено в {yr} году с новыми ценами", "Мы тестировали это {num} дней", "Короткий ответ зависит от региона", "Вот что изменилось с {yr} года"],
  zh: ["读者共发来{num}个相关问题", "{yr}年更新了最新价格", "我们实际测试了{num}天", "简短的回答取决于你所在的城市", "这是自{yr}年以来的变化"],
  ja: ["読者から{num}件の質問が届きました", "{yr}年に最新の価格へ更新", "実際に{num}日間試しました", "結論は住んでいる地域によって変わります", "{yr}年からの変更点をまとめました"],
  ar: ["أرسل إلينا القراء {num} سؤالاً حول الموضوع", "حُدّث في عام {yr} بالأسعار الجديدة", "جربناه لمدة {num} يوماً", "الإجابة المختصرة تعتمد على مكان سكنك", "إليك ما تغيّر منذ عام {yr}"],
  ko: ["독자들이 {num}개의 질문을 보내왔습니다", "{yr}년 최신 가격으로 업데이트", "{num}일 동안 직접 써 봤습니다", "짧은 답은 사는 지역에 따라 다릅니다", "{yr}년 이후 달라진 점"],
};
export function embeddingsHarvest(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("proj"), c.key("proj"), c.key("svc")];
  const nets = [cloud(r, "ovh"), cloud(r, "scaleway"), cloud(r, "tencent")];
  const langs = Object.keys(EMB);
  keys.forEach((key, ki) => {
    let t = START + r.int(0, 10) * H;
    const lanes = 1;
    while (t < END) {
      // a work block of 1-3 hours, then a pause
      const until = t + r.ln(25, 0.4) * M;
      while (t < until) {
        for (let l = 0; l < lanes; l++) {
          const lang = r.pick(langs);
          const e = EMB[lang];
          const size = r.pick([128, 192, 256]);
          const seenItems = new Set<string>();
          const input: string[] = [];
          for (let tries = 0; input.length < size && tries < size * 6; tries++) {
            let s = fill(r, r.pick(e.t), e.v);
            if (r.chance(0.7)) s += (/[?？]$/.test(s) ? " " : lang === "zh" || lang === "ja" ? "。" : ". ") + fill(r, r.pick(SNIP[lang]), { ...e.v, num: String(r.int(2, 980)), yr: String(r.int(1998, 2026)) });
            if (!seenItems.has(s)) { seenItems.add(s); input.push(s); }
          }
          const body: Record<string, unknown> = { model: "text-embedding-3-large", input };
          if (ki === 2) body.encoding_format = "base64";
          c.post(t + l * 700, key, nets[ki], "/v1/embeddings", body, promptTokens(body), 0);
        }
        t += r.ln(70, 0.3) * S;
      }
      t += r.ln(6, 0.5) * H;
    }
  });
}

// =================================================================== extended thinking (Anthropic)
const EXPR = ["a²/b + b²/c + c²/a", "1/a + 4/b + 9/c", "(a + 1/a)(b + 1/b)(c + 1/c)", "a/(b + c) + b/(c + a) + c/(a + b)"];
const HARD: Record<string, string[]> = {
  en: ["Find all positive integers n < {N} such that n² + {a}n + {b} is a perfect square. Prove that your list is complete.", "Let a, b, c be positive reals with a + b + c = {s}. Find the minimum of {expr} and prove it.", "Design an O(n log n) algorithm that counts pairs (i, j) with i < j and a[i] > {k}·a[j] in an array of n integers, and prove it correct.", "A particle of mass m moves in the potential V(x) = {a}x⁴ − {b}x². Find the equilibria, classify their stability and give the small-oscillation frequency about the stable ones.", "How many ways are there to tile a 3×{n} board with 2×1 dominoes? Derive the recurrence and solve it.", "Prove or disprove: for every prime p > {q}, p² − 1 is divisible by 24.", "What is the expected number of rolls of a fair {d}-sided die until every face has appeared? Derive it.", "Given a weighted DAG with {N} nodes, find the longest path, then extend the method to count distinct longest paths modulo 1e9+7. Prove both parts."],
  zh: ["求所有小于{N}的正整数n，使得n²+{a}n+{b}是完全平方数，并证明没有遗漏。", "设正实数a、b、c满足a+b+c={s}，求{expr}的最小值并给出证明。", "质量为m的粒子在势能V(x)={a}x⁴−{b}x²中运动，求平衡点、判断稳定性，并求稳定平衡点附近小振动的频率。", "用2×1的骨牌铺满3×{n}的棋盘共有多少种方法？请推导递推关系并求解。", "证明：对任意大于{q}的素数p，p²−1都能被24整除。", "设计一个O(n log n)的算法，统计数组中满足i<j且a[i]>{k}·a[j]的数对个数，并证明其正确性。", "掷一枚均匀的{d}面骰子，直到每一面都至少出现一次，求期望投掷次数，并给出推导。"],
  ru: ["Найдите все натуральные n < {N}, при которых n² + {a}n + {b} является точным квадратом. Докажите, что других нет.", "Положительные числа a, b, c удовлетворяют условию a + b + c = {s}. Найдите минимум выражения {expr} и докажите это.", "Частица массы m движется в потенциале V(x) = {a}x⁴ − {b}x². Найдите положения равновесия, определите их устойчивость и частоту малых колебаний.", "Сколькими способами можно замостить доску 3×{n} доминошками 2×1? Выведите рекуррентное соотношение и решите его.", "Докажите, что для любого простого p > {q} число p² − 1 делится на 24.", "Предложите алгоритм за O(n log n), который считает пары i < j с a[i] > {k}·a[j], и докажите его корректность."],
};
const ASK_RIGOR: Record<string, string> = { en: "Give a complete and rigorous solution.", zh: "请给出完整、严谨的解答。", ru: "Дайте полное и строгое решение." };
export function thinkingHarvest(c: Ctx): void {
  const r = c.r;
  const plan = [{ lang: "en", net: "hetzner" }, { lang: "zh", net: "ovhSg" }, { lang: "ru", net: "doFra" }];
  for (const p of plan) {
    const key = c.key("ant");
    const src = cloud(r, p.net as never);
    const stream = p.lang !== "en";
    for (let day = 0; day < 4; day++) {
      let t = when(r, 0, "always", START + day * D, START + day * D + 14 * H);
      const hours = r.ln(2.2, 0.3);
      const until = t + hours * H;
      const lanes = [t, t + r.int(10, 60) * S];
      while (Math.min(...lanes) < until) {
        const li = lanes[0] <= lanes[1] ? 0 : 1;
        const lang = p.lang === "ru" && r.chance(0.3) ? "en" : p.lang;
        const q = fill(r, r.pick(HARD[lang]), { N: String(r.int(50, 5000)), a: String(r.int(2, 30)), b: String(r.int(1, 90)), s: String(r.int(1, 12)), expr: EXPR, k: String(r.int(2, 5)), n: String(r.int(6, 20) * 2), q: String(r.pick([3, 5, 7])), d: String(r.pick([6, 8, 10, 12, 20])) });
        const budget = r.pick([16000, 24000, 32000]);
        const body = { model: r.chance(0.6) ? "claude-opus-4-1" : "claude-sonnet-4-5", max_tokens: budget + 8000, thinking: { type: "enabled", budget_tokens: budget }, messages: [{ role: "user", content: q + "\n\n" + ASK_RIGOR[lang] }], stream };
        const comp = Math.min(budget, r.ln(9000, 0.5)) + r.ln(1600, 0.4);
        c.post(lanes[li], key, src, "/v1/messages", body, promptTokens(body), comp);
        lanes[li] += latency(r, comp, 65) + r.int(1, 6) * S;
      }
    }
  }
}

// =================================================================== release surge
const SURGE_ZH = ["请详细解释{t}，展示完整的推导过程，并说明每一步的理由。", "针对{t}出一道有难度的题目，然后给出详尽的解题思路。", "用通俗易懂的语言讲解{t}，再举两个例子逐步分析。", "比较{t}的几种常见理解方式，逐条分析其优缺点并给出结论。"];
const SURGE_EN = ["Give a rigorous, step-by-step treatment of {t}, including every intermediate derivation.", "Set a challenging exam question on {t}, then solve it in full, explaining each move.", "Explain {t} from first principles, then work through two examples in detail."];
export function releaseSurge(c: Ctx): void {
  const r = c.r;
  const homes = ["alibaba", "tencent", "awsTokyo", "awsSg"];
  for (let k = 0; k < 4; k++) {
    const key = c.key(k % 2 ? "proj" : "svc");
    const src = cloud(r, homes[k] as never);
    const seen = new Set<string>();
    const ask = (t: number, model: string) => {
      const zh = r.chance(0.65);
      const content = fill(r, r.pick(zh ? SURGE_ZH : SURGE_EN), { t: freshTopic(r, zh ? TOPICS.zh : EN_TOPICS, seen) });
      const body = { model, temperature: 0.6, max_tokens: 8192, messages: [{ role: "user", content }] };
      const comp = answerLen(r, model === NEW_MODEL ? 2600 : 1900, 0.4, 8192, 300);
      c.post(t, key, src, "/v1/chat/completions", body, promptTokens(body), comp);
      return comp;
    };
    // a quiet trickle on the older model before the release
    for (let t = START + r.int(0, 120) * M; t < RELEASE; t += r.ln(55, 0.6) * M) ask(t, "gpt-4.1");
    // then the move: within hours of the release, several times the volume on the new model
    let t = RELEASE + r.ln(100, 0.4) * M;
    while (t < END) {
      const comp = ask(t, NEW_MODEL);
      t += latency(r, comp, 80) / 2 + r.ln(7.5, 0.5) * M;
    }
  }
  void hexId; void local;
}
