// Language banks for suite B. All text written by hand for this suite (no corpora).
// Math templates are parallel across languages: index i is the same problem type everywhere,
// so a caller can render "the same" problem in several languages.
//   0 distance(a,b)  1 apples(a,b,c)  2 rectangle(a,b)  3 discount(a,b%)  4 linear a*x+b=c

export type MathT = (a: number, b: number, c: number) => string;
export interface Lang {
  code: string;
  tz: number; // hours from UTC of the main market
  countries: string[];
  topics: string[];
  explain: ((t: string) => string)[];
  math: MathT[];
  followups: string[];
  reason: string[]; // demands for visible reasoning (paraphrases)
  hard: ((t: string) => string)[];
  chat: string[];
  work: string[];
  sentences: string[];
  support: string[];
  answer: (t: string) => string; // a plausible earlier assistant turn, for history
}

const en: Lang = {
  code: 'en', tz: -5, countries: ['US', 'GB', 'CA', 'AU'],
  topics: ['photosynthesis', 'the fall of the Roman Republic', "Newton's laws of motion", 'inflation and interest rates', 'mitosis and meiosis', 'quadratic equations', 'plate tectonics', 'the French Revolution', "Ohm's law", 'acids and bases', 'conditional probability', 'supply and demand', 'the Renaissance', 'derivatives and limits', 'neural networks', 'the water cycle', 'the Industrial Revolution', 'the immune system', 'compound interest', 'the causes of World War I'],
  explain: [t => `Can you explain ${t} in simple terms?`, t => `What is ${t}? Give me an example please.`, t => `I have a test tomorrow on ${t}, what are the key points?`, t => `I don't get ${t} at all, can you walk me through it?`, t => `Our teacher gave homework about ${t}. Where do I start?`],
  math: [
    (a, b) => `A train travels at ${a} km/h for ${b} hours. How far does it go?`,
    (a, b, c) => `Emma has ${a} apples. She gives ${b} to her brother and then buys ${c} more. How many apples does she have now?`,
    (a, b) => `A rectangle has sides of ${a} cm and ${b} cm. What are its area and perimeter?`,
    (a, b) => `A jacket costs $${a} and is ${b}% off. What is the sale price?`,
    (a, b, c) => `Solve for x: ${a}x + ${b} = ${c}`,
  ],
  followups: ["I didn't understand step 2, can you explain it again?", 'Can you make it simpler?', 'Can you give me another example?', 'How would this come up on an exam?', 'Why does that happen?', 'Thanks! Can you give me a similar problem to practice?'],
  reason: ['Think step by step and justify every step. Give the final answer on its own line at the end.', 'Before answering, write out your full reasoning in detail; do not skip intermediate calculations.', 'Show your entire thought process, state your assumptions, then give the final answer under the heading "Answer:".', 'Break the problem into parts, solve each part separately, and verify your solution.', 'Explain the complete chain of reasoning; I do not want a short answer.'],
  hard: [t => `Analyze ${t} in depth, with causes and consequences.`, t => `What are common misconceptions about ${t}, and why are they wrong?`, t => `If you had to teach ${t} to a university student, in what order would you present it? Justify the order.`, t => `Write a hard exam question about ${t} and give a fully worked solution.`],
  chat: ['Write a polite message to my manager asking for a day off next Friday.', 'What can I cook tonight with potatoes, eggs, onions and cheese?', 'Plan a 3-day trip to Lisbon on a budget.', 'Write a heartfelt birthday message for my mom.', 'How do I prepare for a behavioral job interview?', 'What should I check before signing a lease?', 'Suggest a 3-day-a-week workout plan for a beginner.', 'Why do cats purr?', 'Write an Instagram post announcing our cafe\'s new winter menu.'],
  work: ['Summarize these meeting notes as bullet points:', 'Draft a formal email apologizing to a client for a delayed shipment.', 'What Excel formula compares two columns and flags the differences?', 'Write a short executive summary for the Q3 sales report.', 'Create an onboarding checklist for a new hire.', 'Rewrite this paragraph in a more professional tone:'],
  sentences: ['Our product comes with a two-year warranty and free shipping.', 'Orders are packed and shipped within 24 hours.', 'This model is made of waterproof fabric.', 'The company has operated in Chicago since 2009.', 'Returns are accepted within 14 days of delivery.', 'The meeting will take place at 2 pm in the third-floor conference room.', 'The new release fixes performance issues and refreshes the interface.', 'Payment can be made by credit card or bank transfer.', 'The item weighs 1.2 kg and measures 30 x 20 x 10 cm.', 'Thank you for taking part in our customer satisfaction survey.', 'The promotion is valid while stocks last.', 'Please keep your receipt for warranty claims.'],
  support: ['How do I reset my password?', 'My order has not arrived yet, what should I do?', 'Can I change the delivery address after ordering?', 'Why was my card declined?', 'How do I cancel my subscription?'],
  answer: t => `Sure! Let's go through ${t} step by step. Step 1: define the basic ideas. Step 2: work through an example. Step 3: check the result. In short, each step builds on the previous one.`,
};

const tr: Lang = {
  code: 'tr', tz: 3, countries: ['TR'],
  topics: ['fotosentez', "Osmanlı İmparatorluğu'nun son dönemi", "Newton'un hareket yasaları", 'enflasyon ve faiz ilişkisi', 'hücre bölünmesi (mitoz ve mayoz)', 'ikinci dereceden denklemler', 'iklim değişikliğinin tarıma etkisi', 'Kurtuluş Savaşı', 'Ohm yasası', 'asitler ve bazlar', 'olasılık hesabı', 'Türkçede fiilimsiler', 'depremlerin oluşumu', 'kan dolaşım sistemi', 'arz ve talep', 'Rönesans', 'türev ve limit', 'yapay sinir ağları', 'su döngüsü', 'Sanayi Devrimi'],
  explain: [t => `${t} konusunu basitçe açıklar mısın?`, t => `${t} nedir, bir örnekle anlatır mısın?`, t => `Yarın sınavım var, ${t} hakkında bilmem gereken en önemli noktalar neler?`, t => `${t} konusunu hiç anlamadım, adım adım anlatabilir misin?`, t => `Öğretmenimiz ${t} konusundan ödev verdi. Nereden başlamalıyım?`],
  math: [
    (a, b) => `Bir tren saatte ${a} km hızla ${b} saat gidiyor. Toplam kaç km yol alır?`,
    (a, b, c) => `Ayşe'nin ${a} elması var. ${b} tanesini kardeşine veriyor, sonra pazardan ${c} tane daha alıyor. Ayşe'nin kaç elması olur?`,
    (a, b) => `Kenarları ${a} cm ve ${b} cm olan bir dikdörtgenin alanı ve çevresi nedir?`,
    (a, b) => `Fiyatı ${a} TL olan bir montta %${b} indirim var. İndirimli fiyat kaç TL olur?`,
    (a, b, c) => `${a}x + ${b} = ${c} denklemini çöz.`,
  ],
  followups: ['2. adımı anlamadım, tekrar açıklar mısın?', 'Daha basit anlatabilir misin?', 'Bir örnek daha verir misin?', 'Peki bu sınavda nasıl sorulur?', 'Neden böyle oluyor?', 'Teşekkürler! Benzer bir soru verir misin, ben çözeyim.'],
  reason: ['Adım adım düşün ve her adımı gerekçesiyle açıkla. En sonda cevabı ayrı bir satırda ver.', 'Cevap vermeden önce tüm akıl yürütmeni ayrıntılı biçimde yaz; ara hesaplamaları atlama.', "Düşünce sürecini baştan sona göster, varsayımlarını belirt, sonra nihai yanıtı 'Sonuç:' başlığıyla yaz.", 'Problemi parçalara ayır, her parçayı ayrı ayrı çöz ve çözümünü doğrula.', 'Lütfen mantık zincirini eksiksiz açıkla; kısa cevap istemiyorum.', 'Önce problemi kendi cümlelerinle yeniden ifade et, sonra çözüm yolunu her ayrıntısıyla yaz.'],
  hard: [t => `${t} konusunu neden-sonuç ilişkileriyle derinlemesine analiz et.`, t => `${t} hakkında yaygın yanlış anlamalar nelerdir ve neden yanlıştır?`, t => `${t} konusunu bir üniversite öğrencisine öğretecek olsan hangi sırayla anlatırdın? Gerekçelendir.`, t => `${t} ile ilgili zor bir sınav sorusu yaz ve ayrıntılı çözümünü ver.`],
  chat: ['Patronuma izin istemek için kibar bir mesaj yazar mısın?', 'Akşam yemeği için evdeki malzemelerle ne yapabilirim: patates, yumurta, soğan, peynir.', "Kapadokya'ya 3 günlük bir gezi planı hazırla.", 'Annemin doğum günü için duygusal bir kutlama mesajı yaz.', 'İngilizce iş mülakatına nasıl hazırlanabilirim?', 'Kira sözleşmesinde nelere dikkat etmeliyim?', 'Haftada 3 gün spor yapabiliyorum, bana bir program önerir misin?', 'Kediler neden mırlar?', 'Kafemizin yeni kış menüsünü tanıtan bir Instagram gönderisi yaz.'],
  work: ['Bu toplantı notlarını madde madde özetle:', 'Müşteriye teslimat gecikmesi için özür dileyen resmi bir e-posta taslağı hazırla.', "Excel'de iki sütunu karşılaştırıp farklı olanları işaretleyen formül nedir?", 'Üçüncü çeyrek satış raporu için kısa bir yönetici özeti yaz.', 'Yeni çalışan oryantasyonu için bir kontrol listesi hazırla.', 'Bu paragrafı daha profesyonel bir dille yeniden yaz:'],
  sentences: ['Ürünümüz 2 yıl garantilidir ve ücretsiz kargo ile gönderilir.', 'Siparişiniz 24 saat içinde hazırlanarak kargoya verilir.', 'Bu model su geçirmez kumaştan üretilmiştir.', "Şirketimiz 2009 yılından beri İstanbul'da faaliyet göstermektedir.", 'İade talepleri teslimattan sonraki 14 gün içinde yapılabilir.', "Toplantı saat 14:00'te üçüncü kattaki salonda yapılacaktır.", 'Yeni sürümde performans sorunları giderildi ve arayüz yenilendi.', 'Kullanıcı verileri KVKK kapsamında korunmaktadır.', 'Ödeme kredi kartı veya havale ile yapılabilir.', "Ürün ağırlığı 1,2 kg, boyutları 30x20x10 cm'dir.", 'Müşteri memnuniyeti anketimize katıldığınız için teşekkür ederiz.', 'Kampanya stoklarla sınırlıdır.'],
  support: ['Şifremi nasıl sıfırlarım?', 'Siparişim hâlâ gelmedi, ne yapmalıyım?', 'Sipariş verdikten sonra teslimat adresini değiştirebilir miyim?', 'Kartım neden reddedildi?', 'Aboneliğimi nasıl iptal ederim?'],
  answer: t => `Tabii! ${t} konusunu adım adım inceleyelim. Adım 1: Temel kavramları tanımlayalım. Adım 2: Bir örnek üzerinden gidelim. Adım 3: Sonucu kontrol edelim. Kısacası her adım bir öncekine dayanıyor.`,
};

const vi: Lang = {
  code: 'vi', tz: 7, countries: ['VN'],
  topics: ['quang hợp', 'Chiến tranh Điện Biên Phủ', 'các định luật Newton', 'lạm phát và lãi suất', 'nguyên phân và giảm phân', 'phương trình bậc hai', 'biến đổi khí hậu ở đồng bằng sông Cửu Long', 'Cách mạng tháng Tám', 'định luật Ôm', 'axit và bazơ', 'xác suất có điều kiện', 'cung và cầu', 'thời kỳ Phục Hưng', 'đạo hàm và giới hạn', 'mạng nơ-ron nhân tạo', 'vòng tuần hoàn của nước', 'Cách mạng công nghiệp', 'hệ miễn dịch', 'lãi kép', 'truyện Kiều của Nguyễn Du'],
  explain: [t => `Bạn giải thích giúp mình ${t} một cách đơn giản được không?`, t => `${t} là gì? Cho mình một ví dụ với.`, t => `Mai mình thi rồi, về ${t} thì cần nhớ những ý chính nào?`, t => `Mình không hiểu ${t}, bạn hướng dẫn từng bước giúp mình nhé.`, t => `Cô giáo giao bài tập về ${t}. Mình nên bắt đầu từ đâu?`],
  math: [
    (a, b) => `Một đoàn tàu chạy với vận tốc ${a} km/h trong ${b} giờ. Hỏi đoàn tàu đi được bao nhiêu km?`,
    (a, b, c) => `Lan có ${a} quả táo. Lan cho em ${b} quả, sau đó mua thêm ${c} quả. Hỏi Lan có bao nhiêu quả táo?`,
    (a, b) => `Một hình chữ nhật có hai cạnh dài ${a} cm và ${b} cm. Tính diện tích và chu vi.`,
    (a, b) => `Một chiếc áo khoác giá ${a}.000 đồng được giảm ${b}%. Giá sau khi giảm là bao nhiêu?`,
    (a, b, c) => `Giải phương trình ${a}x + ${b} = ${c}.`,
  ],
  followups: ['Mình chưa hiểu bước 2, bạn giải thích lại được không?', 'Bạn nói đơn giản hơn được không?', 'Cho mình thêm một ví dụ nữa nhé.', 'Dạng này thường ra thi như thế nào?', 'Tại sao lại như vậy?', 'Cảm ơn bạn! Cho mình một bài tương tự để tự làm nhé.'],
  reason: ['Hãy suy nghĩ từng bước và giải thích lý do cho mỗi bước. Cuối cùng ghi đáp án trên một dòng riêng.', 'Trước khi trả lời, hãy trình bày toàn bộ lập luận chi tiết, không bỏ qua phép tính trung gian nào.', "Hãy trình bày đầy đủ quá trình suy nghĩ, nêu rõ giả thiết, rồi ghi đáp án cuối cùng sau chữ 'Kết luận:'.", 'Chia bài toán thành các phần nhỏ, giải từng phần và kiểm tra lại lời giải.', 'Vui lòng giải thích đầy đủ chuỗi suy luận; tôi không cần câu trả lời ngắn.', 'Đầu tiên hãy diễn đạt lại đề bài bằng lời của bạn, sau đó viết lời giải chi tiết từng bước.'],
  hard: [t => `Phân tích sâu ${t}, nêu rõ nguyên nhân và hệ quả.`, t => `Những hiểu lầm phổ biến về ${t} là gì và vì sao chúng sai?`, t => `Nếu dạy ${t} cho sinh viên đại học, bạn sẽ trình bày theo thứ tự nào? Hãy lý giải.`, t => `Hãy ra một câu hỏi thi khó về ${t} và đưa ra lời giải chi tiết.`],
  chat: ['Viết giúp mình tin nhắn lịch sự xin sếp nghỉ phép thứ Sáu tuần sau.', 'Tối nay nấu gì với khoai tây, trứng, hành và phô mai?', 'Lên kế hoạch du lịch Đà Lạt 3 ngày 2 đêm tiết kiệm.', 'Viết lời chúc sinh nhật thật cảm động cho mẹ.', 'Làm sao để chuẩn bị phỏng vấn xin việc bằng tiếng Anh?', 'Khi ký hợp đồng thuê nhà cần lưu ý những gì?', 'Gợi ý lịch tập gym 3 buổi một tuần cho người mới.', 'Tại sao mèo lại kêu rừ rừ?', 'Viết bài đăng Facebook giới thiệu menu mùa đông của quán cà phê.'],
  work: ['Tóm tắt biên bản cuộc họp này thành các gạch đầu dòng:', 'Soạn email trang trọng xin lỗi khách hàng vì giao hàng chậm.', 'Công thức Excel nào so sánh hai cột và đánh dấu chỗ khác nhau?', 'Viết tóm tắt điều hành ngắn cho báo cáo doanh số quý 3.', 'Lập danh sách việc cần làm khi nhân viên mới vào làm.', 'Viết lại đoạn này cho chuyên nghiệp hơn:'],
  sentences: ['Sản phẩm được bảo hành 2 năm và miễn phí vận chuyển.', 'Đơn hàng sẽ được đóng gói và giao cho đơn vị vận chuyển trong vòng 24 giờ.', 'Mẫu này được làm từ vải chống thấm nước.', 'Công ty hoạt động tại Thành phố Hồ Chí Minh từ năm 2009.', 'Quý khách có thể đổi trả trong vòng 14 ngày kể từ khi nhận hàng.', 'Cuộc họp sẽ diễn ra lúc 14 giờ tại phòng họp tầng 3.', 'Phiên bản mới khắc phục lỗi hiệu năng và làm mới giao diện.', 'Thanh toán bằng thẻ tín dụng, ví điện tử hoặc chuyển khoản.', 'Sản phẩm nặng 1,2 kg, kích thước 30x20x10 cm.', 'Cảm ơn quý khách đã tham gia khảo sát mức độ hài lòng.', 'Chương trình khuyến mãi áp dụng đến khi hết hàng.', 'Vui lòng giữ hóa đơn để được bảo hành.'],
  support: ['Làm sao để đặt lại mật khẩu?', 'Đơn hàng của tôi chưa tới, tôi phải làm gì?', 'Tôi có thể đổi địa chỉ giao hàng sau khi đặt không?', 'Tại sao thẻ của tôi bị từ chối?', 'Làm thế nào để hủy gói đăng ký?'],
  answer: t => `Được chứ! Mình cùng tìm hiểu ${t} từng bước nhé. Bước 1: nắm các khái niệm cơ bản. Bước 2: làm một ví dụ cụ thể. Bước 3: kiểm tra lại kết quả. Tóm lại, mỗi bước dựa trên bước trước đó.`,
};

const id: Lang = {
  code: 'id', tz: 7, countries: ['ID'],
  topics: ['fotosintesis', 'Proklamasi Kemerdekaan 1945', 'hukum Newton', 'inflasi dan suku bunga', 'mitosis dan meiosis', 'persamaan kuadrat', 'perubahan iklim dan pertanian', 'Sumpah Pemuda', 'hukum Ohm', 'asam dan basa', 'peluang bersyarat', 'penawaran dan permintaan', 'zaman Renaisans', 'turunan dan limit', 'jaringan saraf tiruan', 'siklus air', 'Revolusi Industri', 'sistem imun', 'bunga majemuk', 'lempeng tektonik dan gempa'],
  explain: [t => `Bisa jelaskan ${t} dengan bahasa yang sederhana?`, t => `${t} itu apa sih? Kasih contoh dong.`, t => `Besok aku ujian, poin penting tentang ${t} apa saja?`, t => `Aku sama sekali nggak paham ${t}, bisa dijelaskan langkah demi langkah?`, t => `Guru kasih PR tentang ${t}. Mulainya dari mana ya?`],
  math: [
    (a, b) => `Sebuah kereta melaju dengan kecepatan ${a} km/jam selama ${b} jam. Berapa km jarak yang ditempuh?`,
    (a, b, c) => `Budi punya ${a} apel. Ia memberi ${b} apel kepada adiknya, lalu membeli ${c} apel lagi. Berapa apel Budi sekarang?`,
    (a, b) => `Sebuah persegi panjang memiliki sisi ${a} cm dan ${b} cm. Berapa luas dan kelilingnya?`,
    (a, b) => `Harga sebuah jaket Rp${a}.000 dan mendapat diskon ${b}%. Berapa harga setelah diskon?`,
    (a, b, c) => `Tentukan nilai x dari ${a}x + ${b} = ${c}.`,
  ],
  followups: ['Langkah ke-2 aku belum paham, bisa dijelaskan lagi?', 'Bisa lebih sederhana lagi?', 'Kasih satu contoh lagi dong.', 'Biasanya soal ujiannya seperti apa?', 'Kenapa bisa begitu?', 'Makasih! Kasih soal serupa buat latihan ya.'],
  reason: ['Pikirkan langkah demi langkah dan jelaskan alasan setiap langkah. Tulis jawaban akhir di baris terpisah.', 'Sebelum menjawab, tuliskan seluruh penalaranmu secara rinci tanpa melewatkan perhitungan antara.', "Tunjukkan seluruh proses berpikirmu, sebutkan asumsi, lalu tulis jawaban akhir setelah 'Kesimpulan:'.", 'Pecah masalah menjadi beberapa bagian, selesaikan tiap bagian, lalu periksa kembali solusinya.', 'Tolong jelaskan rantai penalaran secara lengkap; saya tidak mau jawaban singkat.', 'Pertama, ulangi soal dengan kata-katamu sendiri, kemudian tulis penyelesaian yang sangat rinci.'],
  hard: [t => `Analisis secara mendalam ${t}, beserta sebab dan akibatnya.`, t => `Apa saja miskonsepsi umum tentang ${t} dan mengapa keliru?`, t => `Jika mengajarkan ${t} kepada mahasiswa, urutan apa yang akan kamu pakai? Berikan alasannya.`, t => `Buat satu soal ujian sulit tentang ${t} beserta pembahasan lengkapnya.`],
  chat: ['Tolong buatkan pesan sopan ke atasan untuk izin cuti Jumat depan.', 'Malam ini masak apa ya dengan kentang, telur, bawang, dan keju?', 'Buatkan itinerary 3 hari ke Yogyakarta dengan budget hemat.', 'Tulis ucapan ulang tahun yang menyentuh untuk ibu.', 'Bagaimana cara persiapan wawancara kerja dalam bahasa Inggris?', 'Apa saja yang harus dicek sebelum tanda tangan kontrak sewa kos?', 'Rekomendasi jadwal olahraga 3 kali seminggu untuk pemula.', 'Kenapa kucing mendengkur?', 'Buatkan caption Instagram untuk menu baru kedai kopi kami.'],
  work: ['Ringkas notulen rapat ini dalam poin-poin:', 'Buat draf email resmi permintaan maaf kepada pelanggan karena pengiriman terlambat.', 'Rumus Excel apa untuk membandingkan dua kolom dan menandai yang berbeda?', 'Tulis ringkasan eksekutif singkat untuk laporan penjualan kuartal 3.', 'Buat checklist onboarding untuk karyawan baru.', 'Tulis ulang paragraf ini agar lebih profesional:'],
  sentences: ['Produk kami bergaransi resmi 2 tahun dan gratis ongkir.', 'Pesanan dikemas dan dikirim dalam 24 jam.', 'Model ini terbuat dari bahan tahan air.', 'Perusahaan kami beroperasi di Jakarta sejak 2009.', 'Pengembalian barang dapat diajukan maksimal 14 hari setelah diterima.', 'Rapat akan diadakan pukul 14.00 di ruang rapat lantai 3.', 'Versi terbaru memperbaiki masalah performa dan memperbarui tampilan.', 'Pembayaran bisa melalui kartu kredit, e-wallet, atau transfer bank.', 'Berat produk 1,2 kg dengan ukuran 30x20x10 cm.', 'Terima kasih telah mengisi survei kepuasan pelanggan kami.', 'Promo berlaku selama persediaan masih ada.', 'Simpan nota pembelian untuk klaim garansi.'],
  support: ['Bagaimana cara reset kata sandi?', 'Pesanan saya belum sampai, harus bagaimana?', 'Apakah alamat pengiriman bisa diubah setelah checkout?', 'Kenapa kartu saya ditolak?', 'Bagaimana cara berhenti berlangganan?'],
  answer: t => `Tentu! Mari kita bahas ${t} langkah demi langkah. Langkah 1: pahami konsep dasarnya. Langkah 2: kerjakan satu contoh. Langkah 3: periksa hasilnya. Singkatnya, setiap langkah bergantung pada langkah sebelumnya.`,
};

const pl: Lang = {
  code: 'pl', tz: 1, countries: ['PL'],
  topics: ['fotosynteza', 'rozbiory Polski', 'zasady dynamiki Newtona', 'inflacja i stopy procentowe', 'mitoza i mejoza', 'równania kwadratowe', 'zmiany klimatu a rolnictwo', 'powstanie styczniowe', 'prawo Ohma', 'kwasy i zasady', 'prawdopodobieństwo warunkowe', 'popyt i podaż', 'renesans', 'pochodne i granice', 'sieci neuronowe', 'obieg wody w przyrodzie', 'rewolucja przemysłowa', 'układ odpornościowy', 'procent składany', 'Konstytucja 3 maja'],
  explain: [t => `Możesz mi prosto wyjaśnić ${t}?`, t => `Czym jest ${t}? Poproszę przykład.`, t => `Jutro mam sprawdzian, co najważniejsze trzeba wiedzieć o temacie: ${t}?`, t => `Kompletnie nie rozumiem tematu ${t}, wytłumaczysz krok po kroku?`, t => `Nauczycielka zadała nam pracę domową o temacie: ${t}. Od czego zacząć?`],
  math: [
    (a, b) => `Pociąg jedzie z prędkością ${a} km/h przez ${b} godzin. Jaką drogę pokona?`,
    (a, b, c) => `Ola ma ${a} jabłek. Daje ${b} bratu, a potem kupuje jeszcze ${c}. Ile jabłek ma teraz Ola?`,
    (a, b) => `Prostokąt ma boki długości ${a} cm i ${b} cm. Oblicz jego pole i obwód.`,
    (a, b) => `Kurtka kosztuje ${a} zł, a rabat wynosi ${b}%. Ile kosztuje po obniżce?`,
    (a, b, c) => `Rozwiąż równanie ${a}x + ${b} = ${c}.`,
  ],
  followups: ['Nie rozumiem kroku 2, możesz wyjaśnić jeszcze raz?', 'Możesz prościej?', 'Poproszę jeszcze jeden przykład.', 'Jak to może wyglądać na sprawdzianie?', 'Dlaczego tak się dzieje?', 'Dzięki! Daj mi podobne zadanie do przećwiczenia.'],
  reason: ['Myśl krok po kroku i uzasadnij każdy krok. Na końcu podaj odpowiedź w osobnej linii.', 'Zanim odpowiesz, rozpisz szczegółowo całe rozumowanie; nie pomijaj obliczeń pośrednich.', "Pokaż cały tok myślenia, wypisz założenia, a odpowiedź końcową podaj po słowie 'Wynik:'.", 'Podziel problem na części, rozwiąż każdą osobno i sprawdź rozwiązanie.', 'Proszę o pełny łańcuch rozumowania; krótka odpowiedź mnie nie interesuje.', 'Najpierw sformułuj zadanie własnymi słowami, potem rozpisz rozwiązanie ze wszystkimi szczegółami.'],
  hard: [t => `Przeanalizuj dogłębnie temat: ${t}, z przyczynami i skutkami.`, t => `Jakie są najczęstsze błędne przekonania dotyczące tematu: ${t} i dlaczego są błędne?`, t => `Gdybyś uczył studenta tematu: ${t}, w jakiej kolejności byś to przedstawił? Uzasadnij.`, t => `Ułóż trudne zadanie egzaminacyjne na temat: ${t} i podaj pełne rozwiązanie.`],
  chat: ['Napisz uprzejmą wiadomość do szefa z prośbą o wolny piątek.', 'Co ugotować na kolację z ziemniaków, jajek, cebuli i sera?', 'Zaplanuj 3-dniowy wyjazd do Krakowa z niskim budżetem.', 'Napisz wzruszające życzenia urodzinowe dla mamy.', 'Jak przygotować się do rozmowy kwalifikacyjnej po angielsku?', 'Na co zwrócić uwagę przed podpisaniem umowy najmu?', 'Zaproponuj plan treningowy 3 razy w tygodniu dla początkującego.', 'Dlaczego koty mruczą?', 'Napisz post na Instagram o nowym zimowym menu naszej kawiarni.'],
  work: ['Streść te notatki ze spotkania w punktach:', 'Przygotuj oficjalny e-mail z przeprosinami dla klienta za opóźnioną dostawę.', 'Jaka formuła w Excelu porówna dwie kolumny i zaznaczy różnice?', 'Napisz krótkie podsumowanie dla zarządu do raportu sprzedaży za III kwartał.', 'Przygotuj listę kontrolną wdrożenia nowego pracownika.', 'Przeredaguj ten akapit, żeby brzmiał bardziej profesjonalnie:'],
  sentences: ['Produkt objęty jest dwuletnią gwarancją, a dostawa jest bezpłatna.', 'Zamówienia pakujemy i wysyłamy w ciągu 24 godzin.', 'Ten model wykonano z wodoodpornej tkaniny.', 'Firma działa w Warszawie od 2009 roku.', 'Zwrot możliwy jest w ciągu 14 dni od doręczenia.', 'Spotkanie odbędzie się o 14:00 w sali na trzecim piętrze.', 'Nowa wersja usuwa problemy z wydajnością i odświeża interfejs.', 'Płatność kartą, BLIK-iem lub przelewem.', 'Produkt waży 1,2 kg i ma wymiary 30x20x10 cm.', 'Dziękujemy za udział w ankiecie satysfakcji klienta.', 'Promocja ważna do wyczerpania zapasów.', 'Prosimy zachować paragon do celów gwarancyjnych.'],
  support: ['Jak zresetować hasło?', 'Moje zamówienie jeszcze nie dotarło, co robić?', 'Czy mogę zmienić adres dostawy po złożeniu zamówienia?', 'Dlaczego moja karta została odrzucona?', 'Jak anulować subskrypcję?'],
  answer: t => `Jasne! Przejdźmy przez temat: ${t} krok po kroku. Krok 1: podstawowe pojęcia. Krok 2: przykład. Krok 3: sprawdzenie wyniku. Krótko mówiąc, każdy krok wynika z poprzedniego.`,
};

const ar: Lang = {
  code: 'ar', tz: 3, countries: ['SA', 'EG', 'AE', 'MA', 'JO'],
  topics: ['البناء الضوئي', 'الدولة العباسية', 'قوانين نيوتن للحركة', 'التضخم وأسعار الفائدة', 'الانقسام المتساوي والاختزالي', 'المعادلات التربيعية', 'تغير المناخ والزراعة', 'الثورة الصناعية', 'قانون أوم', 'الأحماض والقواعد', 'الاحتمال الشرطي', 'العرض والطلب', 'عصر النهضة', 'المشتقات والنهايات', 'الشبكات العصبية الاصطناعية', 'دورة الماء في الطبيعة', 'الجهاز المناعي', 'الفائدة المركبة', 'ابن خلدون والمقدمة', 'الزلازل والصفائح التكتونية'],
  explain: [t => `ممكن تشرح لي ${t} بطريقة بسيطة؟`, t => `ما هو ${t}؟ أعطني مثالاً من فضلك.`, t => `عندي امتحان بكرة، ما أهم النقاط في ${t}؟`, t => `لم أفهم ${t} إطلاقاً، هل يمكنك شرحه خطوة بخطوة؟`, t => `المعلم أعطانا واجباً عن ${t}. من أين أبدأ؟`],
  math: [
    (a, b) => `يسير قطار بسرعة ${a} كم/ساعة لمدة ${b} ساعات. ما المسافة التي يقطعها؟`,
    (a, b, c) => `مع سارة ${a} تفاحة. أعطت أخاها ${b} ثم اشترت ${c} تفاحات أخرى. كم تفاحة معها الآن؟`,
    (a, b) => `مستطيل طول ضلعيه ${a} سم و${b} سم. احسب مساحته ومحيطه.`,
    (a, b) => `سعر معطف ${a} ريالاً وعليه خصم ${b}٪. ما السعر بعد الخصم؟`,
    (a, b, c) => `حل المعادلة ${a}س + ${b} = ${c}.`,
  ],
  followups: ['لم أفهم الخطوة الثانية، هل يمكنك إعادة الشرح؟', 'هل يمكنك التبسيط أكثر؟', 'أعطني مثالاً آخر من فضلك.', 'كيف يأتي هذا في الامتحان عادة؟', 'لماذا يحدث ذلك؟', 'شكراً! أعطني مسألة مشابهة لأتدرب عليها.'],
  reason: ['فكّر خطوة بخطوة وعلّل كل خطوة، ثم اكتب الإجابة النهائية في سطر مستقل.', 'قبل الإجابة اكتب استدلالك كاملاً بالتفصيل ولا تتجاوز أي حساب وسيط.', "اعرض طريقة تفكيرك من البداية إلى النهاية، واذكر افتراضاتك، ثم اكتب الجواب بعد كلمة 'النتيجة:'.", 'قسّم المسألة إلى أجزاء وحل كل جزء على حدة ثم تحقق من الحل.', 'أرجو شرح سلسلة الاستدلال كاملة؛ لا أريد إجابة مختصرة.', 'أعد صياغة المسألة بكلماتك أولاً، ثم اكتب الحل بكل تفاصيله.'],
  hard: [t => `حلّل ${t} تحليلاً معمقاً مع بيان الأسباب والنتائج.`, t => `ما المفاهيم الخاطئة الشائعة حول ${t} ولماذا هي خاطئة؟`, t => `لو أردت تدريس ${t} لطالب جامعي، بأي ترتيب ستعرضه؟ علّل إجابتك.`, t => `اكتب سؤال امتحان صعباً عن ${t} مع حل مفصل.`],
  chat: ['اكتب لي رسالة مهذبة لمديري أطلب فيها إجازة يوم الخميس القادم.', 'ماذا أطبخ الليلة بالبطاطس والبيض والبصل والجبن؟', 'خطط لي رحلة لمدة ثلاثة أيام إلى إسطنبول بميزانية محدودة.', 'اكتب تهنئة عيد ميلاد مؤثرة لأمي.', 'كيف أستعد لمقابلة عمل باللغة الإنجليزية؟', 'ما الذي يجب الانتباه له قبل توقيع عقد الإيجار؟', 'اقترح برنامج تمارين ثلاث مرات أسبوعياً للمبتدئين.', 'لماذا تخرخر القطط؟', 'اكتب منشوراً لإنستغرام عن قائمة الشتاء الجديدة في مقهانا.'],
  work: ['لخّص محضر الاجتماع التالي في نقاط:', 'اكتب مسودة بريد رسمي للاعتذار لعميل عن تأخر الشحنة.', 'ما صيغة إكسل التي تقارن عمودين وتحدد الاختلافات؟', 'اكتب ملخصاً تنفيذياً قصيراً لتقرير مبيعات الربع الثالث.', 'أعد قائمة مهام لتأهيل موظف جديد.', 'أعد صياغة هذه الفقرة بأسلوب أكثر احترافية:'],
  sentences: ['المنتج مكفول لمدة سنتين والشحن مجاني.', 'يتم تجهيز الطلبات وشحنها خلال 24 ساعة.', 'هذا الطراز مصنوع من قماش مقاوم للماء.', 'تعمل الشركة في الرياض منذ عام 2009.', 'يمكن إرجاع المنتج خلال 14 يوماً من الاستلام.', 'سيعقد الاجتماع الساعة الثانية ظهراً في قاعة الطابق الثالث.', 'الإصدار الجديد يصلح مشكلات الأداء ويجدد الواجهة.', 'الدفع بالبطاقة الائتمانية أو مدى أو التحويل البنكي.', 'وزن المنتج 1.2 كغ وأبعاده 30×20×10 سم.', 'شكراً لمشاركتكم في استبيان رضا العملاء.', 'العرض ساري حتى نفاد الكمية.', 'يرجى الاحتفاظ بالفاتورة لمطالبات الضمان.'],
  support: ['كيف أعيد تعيين كلمة المرور؟', 'طلبي لم يصل حتى الآن، ماذا أفعل؟', 'هل يمكن تغيير عنوان التوصيل بعد الطلب؟', 'لماذا تم رفض بطاقتي؟', 'كيف ألغي الاشتراك؟'],
  answer: t => `بالتأكيد! لنشرح ${t} خطوة بخطوة. الخطوة الأولى: تعريف المفاهيم الأساسية. الخطوة الثانية: حل مثال. الخطوة الثالثة: التحقق من النتيجة. باختصار، كل خطوة تعتمد على ما قبلها.`,
};

const hi: Lang = {
  code: 'hi', tz: 5.5, countries: ['IN'],
  topics: ['प्रकाश संश्लेषण', 'मुगल साम्राज्य', 'न्यूटन के गति के नियम', 'महंगाई और ब्याज दर', 'समसूत्री और अर्धसूत्री विभाजन', 'द्विघात समीकरण', 'जलवायु परिवर्तन और खेती', 'भारतीय स्वतंत्रता संग्राम', 'ओम का नियम', 'अम्ल और क्षार', 'सशर्त प्रायिकता', 'मांग और आपूर्ति', 'पुनर्जागरण', 'अवकलज और सीमा', 'कृत्रिम तंत्रिका नेटवर्क', 'जल चक्र', 'औद्योगिक क्रांति', 'प्रतिरक्षा तंत्र', 'चक्रवृद्धि ब्याज', 'भारतीय संविधान की प्रस्तावना'],
  explain: [t => `क्या आप ${t} को आसान भाषा में समझा सकते हैं?`, t => `${t} क्या है? एक उदाहरण दीजिए।`, t => `कल मेरी परीक्षा है, ${t} के सबसे ज़रूरी बिंदु क्या हैं?`, t => `मुझे ${t} बिल्कुल समझ नहीं आया, क्या आप कदम-दर-कदम समझाएंगे?`, t => `टीचर ने ${t} पर होमवर्क दिया है। कहाँ से शुरू करूँ?`],
  math: [
    (a, b) => `एक ट्रेन ${a} किमी/घंटा की गति से ${b} घंटे चलती है। वह कितनी दूरी तय करती है?`,
    (a, b, c) => `रीना के पास ${a} सेब हैं। वह ${b} सेब अपने भाई को देती है और फिर ${c} सेब और खरीदती है। अब उसके पास कितने सेब हैं?`,
    (a, b) => `एक आयत की भुजाएँ ${a} सेमी और ${b} सेमी हैं। उसका क्षेत्रफल और परिमाप ज्ञात कीजिए।`,
    (a, b) => `एक जैकेट की कीमत ₹${a} है और उस पर ${b}% छूट है। छूट के बाद कीमत क्या होगी?`,
    (a, b, c) => `समीकरण ${a}x + ${b} = ${c} हल कीजिए।`,
  ],
  followups: ['दूसरा स्टेप समझ नहीं आया, फिर से समझाएंगे?', 'थोड़ा और आसान करके बताइए।', 'एक और उदाहरण दीजिए।', 'परीक्षा में यह कैसे पूछा जाता है?', 'ऐसा क्यों होता है?', 'धन्यवाद! अभ्यास के लिए एक ऐसा ही सवाल दीजिए।'],
  reason: ['कदम-दर-कदम सोचिए और हर कदम का कारण बताइए। अंत में उत्तर अलग पंक्ति में लिखिए।', 'उत्तर देने से पहले अपना पूरा तर्क विस्तार से लिखिए; कोई भी बीच की गणना मत छोड़िए।', "अपनी पूरी सोच की प्रक्रिया दिखाइए, मान्यताएँ बताइए, फिर 'निष्कर्ष:' के बाद अंतिम उत्तर लिखिए।", 'समस्या को हिस्सों में बाँटिए, हर हिस्सा अलग से हल कीजिए और हल की जाँच कीजिए।', 'कृपया तर्क की पूरी शृंखला समझाइए; छोटा उत्तर नहीं चाहिए।'],
  hard: [t => `${t} का कारण और परिणाम सहित गहराई से विश्लेषण कीजिए।`, t => `${t} के बारे में आम गलतफहमियाँ क्या हैं और वे गलत क्यों हैं?`, t => `अगर आपको ${t} किसी विश्वविद्यालय के छात्र को पढ़ाना हो, तो किस क्रम में पढ़ाएँगे? कारण बताइए।`, t => `${t} पर एक कठिन परीक्षा प्रश्न बनाइए और उसका विस्तृत हल दीजिए।`],
  chat: ['बॉस को अगले शुक्रवार की छुट्टी के लिए एक विनम्र संदेश लिख दीजिए।', 'आलू, अंडे, प्याज़ और पनीर से आज रात क्या बनाऊँ?', 'कम बजट में जयपुर की 3 दिन की यात्रा की योजना बनाइए।', 'माँ के जन्मदिन के लिए एक भावुक शुभकामना संदेश लिखिए।', 'अंग्रेज़ी में नौकरी के इंटरव्यू की तैयारी कैसे करूँ?', 'किराए का एग्रीमेंट साइन करने से पहले क्या देखना चाहिए?', 'शुरुआती लोगों के लिए हफ्ते में 3 दिन का वर्कआउट प्लान बताइए।', 'बिल्लियाँ घुरघुराती क्यों हैं?', 'हमारे कैफ़े के नए विंटर मेन्यू के लिए इंस्टाग्राम पोस्ट लिखिए।'],
  work: ['इस मीटिंग के नोट्स को बिंदुओं में सारांशित कीजिए:', 'डिलीवरी में देरी के लिए ग्राहक से माफ़ी माँगने वाला औपचारिक ईमेल लिखिए।', 'एक्सेल में दो कॉलम की तुलना करके अंतर दिखाने वाला फ़ॉर्मूला क्या है?', 'तीसरी तिमाही की बिक्री रिपोर्ट का छोटा कार्यकारी सारांश लिखिए।', 'नए कर्मचारी के ऑनबोर्डिंग के लिए चेकलिस्ट बनाइए।', 'इस पैराग्राफ को और पेशेवर भाषा में दोबारा लिखिए:'],
  sentences: ['इस उत्पाद पर 2 साल की वारंटी और मुफ़्त डिलीवरी है।', 'ऑर्डर 24 घंटे के भीतर पैक करके भेज दिए जाते हैं।', 'यह मॉडल वाटरप्रूफ़ कपड़े से बना है।', 'कंपनी 2009 से बेंगलुरु में काम कर रही है।', 'डिलीवरी के 14 दिनों के भीतर वापसी की जा सकती है।', 'बैठक दोपहर 2 बजे तीसरी मंज़िल के सभागार में होगी।', 'नए संस्करण में प्रदर्शन की समस्याएँ ठीक की गई हैं।', 'भुगतान UPI, कार्ड या नेट बैंकिंग से किया जा सकता है।', 'उत्पाद का वज़न 1.2 किग्रा और आकार 30x20x10 सेमी है।', 'ग्राहक संतुष्टि सर्वेक्षण में भाग लेने के लिए धन्यवाद।', 'यह ऑफ़र स्टॉक रहने तक ही मान्य है।', 'वारंटी के लिए कृपया बिल सँभाल कर रखें।'],
  support: ['पासवर्ड कैसे रीसेट करूँ?', 'मेरा ऑर्डर अभी तक नहीं आया, क्या करूँ?', 'क्या ऑर्डर के बाद डिलीवरी का पता बदल सकता हूँ?', 'मेरा कार्ड क्यों अस्वीकार हुआ?', 'सब्सक्रिप्शन कैसे रद्द करूँ?'],
  answer: t => `ज़रूर! चलिए ${t} को कदम-दर-कदम समझते हैं। पहला कदम: मूल अवधारणाएँ। दूसरा कदम: एक उदाहरण। तीसरा कदम: उत्तर की जाँच। संक्षेप में, हर कदम पिछले कदम पर आधारित है।`,
};

const ja: Lang = {
  code: 'ja', tz: 9, countries: ['JP'],
  topics: ['光合成', '明治維新', 'ニュートンの運動の法則', 'インフレと金利', '体細胞分裂と減数分裂', '二次方程式', '気候変動と農業', '関ヶ原の戦い', 'オームの法則', '酸と塩基', '条件付き確率', '需要と供給', 'ルネサンス', '微分と極限', 'ニューラルネットワーク', '水の循環', '産業革命', '免疫のしくみ', '複利', 'プレートテクトニクスと地震'],
  explain: [t => `${t}について簡単に説明してもらえますか？`, t => `${t}って何ですか？例を挙げて教えてください。`, t => `明日テストなんですが、${t}で押さえるべきポイントは何ですか？`, t => `${t}が全然わかりません。一歩ずつ説明してください。`, t => `${t}についての宿題が出ました。どこから始めればいいですか？`],
  math: [
    (a, b) => `電車が時速${a}kmで${b}時間走りました。何km進みましたか？`,
    (a, b, c) => `さくらさんはりんごを${a}個持っています。弟に${b}個あげて、そのあと${c}個買いました。りんごは何個になりましたか？`,
    (a, b) => `縦${a}cm、横${b}cmの長方形の面積と周の長さを求めなさい。`,
    (a, b) => `${a}円のコートが${b}%引きです。割引後の値段はいくらですか？`,
    (a, b, c) => `方程式 ${a}x + ${b} = ${c} を解きなさい。`,
  ],
  followups: ['ステップ2がよくわかりません。もう一度説明してもらえますか？', 'もっとやさしく説明できますか？', 'もう一つ例をください。', 'テストではどんなふうに出題されますか？', 'なぜそうなるんですか？', 'ありがとうございます！練習用に似た問題を出してください。'],
  reason: ['一歩ずつ考え、各ステップの根拠を説明してください。最後に答えを別の行に書いてください。', '答える前に、推論の過程をすべて詳しく書いてください。途中の計算も省略しないでください。', '思考の過程を最初から最後まで示し、前提を明記したうえで「結論：」のあとに最終的な答えを書いてください。', '問題をいくつかの部分に分け、それぞれを解いてから解答を検証してください。', '推論の流れを省略せずに説明してください。短い答えは不要です。', 'まず問題を自分の言葉で言い換え、その後で解き方を細部まで書いてください。'],
  hard: [t => `${t}について、原因と結果を含めて深く分析してください。`, t => `${t}に関するよくある誤解は何ですか？なぜ誤りなのかも説明してください。`, t => `大学生に${t}を教えるとしたら、どの順序で説明しますか？理由も述べてください。`, t => `${t}に関する難しい試験問題を作り、詳しい解答をつけてください。`],
  chat: ['来週の金曜日に休みをもらうための、上司への丁寧なメッセージを書いてください。', 'じゃがいも、卵、玉ねぎ、チーズで今夜何を作れますか？', '京都2泊3日の節約旅行プランを立ててください。', '母の誕生日に感動的なメッセージを書いてください。', '英語の面接の準備はどうすればいいですか？', '賃貸契約の前に確認すべきことは何ですか？', '初心者向けに週3回の筋トレメニューを提案してください。', '猫はなぜゴロゴロ鳴くのですか？', 'カフェの冬の新メニューを紹介するインスタ投稿を書いてください。'],
  work: ['この会議メモを箇条書きで要約してください：', '出荷遅延についてお客様へのお詫びメールを作成してください。', '2つの列を比較して違いに印をつけるExcelの数式は？', '第3四半期の売上報告書のエグゼクティブサマリーを書いてください。', '新入社員のオンボーディング用チェックリストを作ってください。', 'この段落をもっとビジネスらしい文章に書き直してください：'],
  sentences: ['本製品は2年保証付きで、送料無料でお届けします。', 'ご注文は24時間以内に梱包・発送いたします。', 'このモデルは防水素材で作られています。', '当社は2009年より大阪で営業しております。', '商品到着後14日以内であれば返品を承ります。', '会議は午後2時から3階の会議室で行います。', '新バージョンでは動作の遅さを改善し、画面デザインを一新しました。', 'お支払いはクレジットカードまたは銀行振込をご利用いただけます。', '重さは1.2kg、サイズは30×20×10cmです。', '顧客満足度アンケートにご協力いただきありがとうございます。', 'キャンペーンは在庫がなくなり次第終了します。', '保証のためレシートは大切に保管してください。'],
  support: ['パスワードをリセットするにはどうすればいいですか？', '注文した商品がまだ届きません。', '注文後に配送先を変更できますか？', 'カードが使えなかったのはなぜですか？', 'サブスクリプションの解約方法を教えてください。'],
  answer: t => `もちろんです！${t}を一歩ずつ見ていきましょう。ステップ1：基本的な考え方を確認します。ステップ2：例題を解きます。ステップ3：答えを確かめます。つまり、各ステップは前のステップの上に成り立っています。`,
};

const pt: Lang = {
  code: 'pt', tz: -3, countries: ['BR', 'PT'],
  topics: ['fotossíntese', 'a Independência do Brasil', 'as leis de Newton', 'inflação e taxa de juros', 'mitose e meiose', 'equações do segundo grau', 'mudanças climáticas e agricultura', 'a Revolução Francesa', 'a lei de Ohm', 'ácidos e bases', 'probabilidade condicional', 'oferta e demanda', 'o Renascimento', 'derivadas e limites', 'redes neurais', 'o ciclo da água', 'a Revolução Industrial', 'o sistema imunológico', 'juros compostos', 'o Modernismo brasileiro'],
  explain: [t => `Pode me explicar ${t} de um jeito simples?`, t => `O que é ${t}? Me dá um exemplo.`, t => `Tenho prova amanhã, quais os pontos principais sobre ${t}?`, t => `Não entendi nada de ${t}, pode explicar passo a passo?`, t => `A professora passou um trabalho sobre ${t}. Por onde começo?`],
  math: [
    (a, b) => `Um trem viaja a ${a} km/h durante ${b} horas. Qual a distância percorrida?`,
    (a, b, c) => `Ana tem ${a} maçãs. Ela dá ${b} para o irmão e depois compra mais ${c}. Com quantas maçãs ela fica?`,
    (a, b) => `Um retângulo tem lados de ${a} cm e ${b} cm. Calcule a área e o perímetro.`,
    (a, b) => `Uma jaqueta custa R$ ${a} e está com ${b}% de desconto. Qual o preço final?`,
    (a, b, c) => `Resolva a equação ${a}x + ${b} = ${c}.`,
  ],
  followups: ['Não entendi o passo 2, pode explicar de novo?', 'Pode simplificar mais?', 'Me dá mais um exemplo?', 'Como isso costuma cair na prova?', 'Por que isso acontece?', 'Valeu! Me passa um exercício parecido pra eu treinar.'],
  reason: ['Pense passo a passo e justifique cada etapa. No final, dê a resposta em uma linha separada.', 'Antes de responder, escreva todo o seu raciocínio em detalhes, sem pular cálculos intermediários.', "Mostre todo o processo de pensamento, indique as suposições e dê a resposta final depois de 'Resposta:'.", 'Divida o problema em partes, resolva cada uma e verifique a solução.', 'Explique a cadeia completa de raciocínio; não quero resposta curta.', 'Primeiro reformule o problema com suas palavras, depois escreva a solução com todos os detalhes.'],
  hard: [t => `Analise em profundidade ${t}, com causas e consequências.`, t => `Quais são os equívocos mais comuns sobre ${t} e por que estão errados?`, t => `Se fosse ensinar ${t} a um universitário, em que ordem apresentaria? Justifique.`, t => `Escreva uma questão difícil de prova sobre ${t} com resolução completa.`],
  chat: ['Escreve uma mensagem educada pro meu chefe pedindo folga na sexta que vem.', 'O que eu faço pro jantar com batata, ovo, cebola e queijo?', 'Monta um roteiro de 3 dias no Rio gastando pouco.', 'Escreve uma mensagem de aniversário emocionante pra minha mãe.', 'Como me preparar para uma entrevista de emprego em inglês?', 'O que conferir antes de assinar um contrato de aluguel?', 'Sugere um treino de 3 dias por semana para iniciante.', 'Por que os gatos ronronam?', 'Escreve um post de Instagram sobre o novo cardápio de inverno do nosso café.'],
  work: ['Resuma estas anotações da reunião em tópicos:', 'Redija um e-mail formal pedindo desculpas a um cliente pelo atraso na entrega.', 'Qual fórmula do Excel compara duas colunas e marca as diferenças?', 'Escreva um resumo executivo curto do relatório de vendas do 3º trimestre.', 'Monte um checklist de integração para um novo funcionário.', 'Reescreva este parágrafo com um tom mais profissional:'],
  sentences: ['O produto tem garantia de 2 anos e frete grátis.', 'Os pedidos são embalados e enviados em até 24 horas.', 'Este modelo é feito de tecido impermeável.', 'A empresa atua em São Paulo desde 2009.', 'A devolução pode ser solicitada em até 14 dias após o recebimento.', 'A reunião será às 14h na sala do terceiro andar.', 'A nova versão corrige problemas de desempenho e renova a interface.', 'Pagamento via Pix, cartão de crédito ou boleto.', 'O produto pesa 1,2 kg e mede 30x20x10 cm.', 'Obrigado por participar da nossa pesquisa de satisfação.', 'Promoção válida enquanto durarem os estoques.', 'Guarde a nota fiscal para acionar a garantia.'],
  support: ['Como redefinir minha senha?', 'Meu pedido ainda não chegou, o que faço?', 'Posso mudar o endereço de entrega depois de comprar?', 'Por que meu cartão foi recusado?', 'Como cancelo minha assinatura?'],
  answer: t => `Claro! Vamos ver ${t} passo a passo. Passo 1: os conceitos básicos. Passo 2: um exemplo resolvido. Passo 3: conferir o resultado. Resumindo, cada passo depende do anterior.`,
};

const ru: Lang = {
  code: 'ru', tz: 3, countries: ['RU', 'KZ', 'BY'],
  topics: ['фотосинтез', 'реформы Петра I', 'законы Ньютона', 'инфляция и процентные ставки', 'митоз и мейоз', 'квадратные уравнения', 'изменение климата и сельское хозяйство', 'Отечественная война 1812 года', 'закон Ома', 'кислоты и основания', 'условная вероятность', 'спрос и предложение', 'эпоха Возрождения', 'производные и пределы', 'нейронные сети', 'круговорот воды', 'промышленная революция', 'иммунная система', 'сложные проценты', 'творчество Пушкина'],
  explain: [t => `Объясни простыми словами: ${t}.`, t => `Что такое ${t}? Приведи пример.`, t => `Завтра контрольная, что главное нужно знать про ${t}?`, t => `Вообще не понимаю тему «${t}», объясни по шагам?`, t => `Учитель задал домашку по теме «${t}». С чего начать?`],
  math: [
    (a, b) => `Поезд едет со скоростью ${a} км/ч в течение ${b} часов. Какое расстояние он проедет?`,
    (a, b, c) => `У Маши было ${a} яблок. Она отдала ${b} брату, а потом купила ещё ${c}. Сколько яблок у Маши теперь?`,
    (a, b) => `Стороны прямоугольника ${a} см и ${b} см. Найдите площадь и периметр.`,
    (a, b) => `Куртка стоит ${a} рублей, скидка ${b}%. Какова цена со скидкой?`,
    (a, b, c) => `Решите уравнение ${a}x + ${b} = ${c}.`,
  ],
  followups: ['Не понял второй шаг, объясни ещё раз?', 'Можно попроще?', 'Дай ещё один пример.', 'Как это бывает на контрольной?', 'Почему так происходит?', 'Спасибо! Дай похожую задачу для тренировки.'],
  reason: ['Рассуждай шаг за шагом и обосновывай каждый шаг. В конце дай ответ отдельной строкой.', 'Прежде чем ответить, подробно распиши всё рассуждение, не пропуская промежуточных вычислений.', 'Покажи весь ход мыслей, перечисли допущения, а итоговый ответ дай после слова «Ответ:».', 'Разбей задачу на части, реши каждую отдельно и проверь решение.', 'Пожалуйста, объясни всю цепочку рассуждений полностью; короткий ответ не нужен.', 'Сначала переформулируй задачу своими словами, затем распиши решение во всех деталях.'],
  hard: [t => `Глубоко проанализируй тему «${t}»: причины и последствия.`, t => `Какие распространённые заблуждения существуют о теме «${t}» и почему они ошибочны?`, t => `Если бы ты объяснял тему «${t}» студенту, в каком порядке построил бы изложение? Обоснуй.`, t => `Составь сложную экзаменационную задачу по теме «${t}» с подробным решением.`],
  chat: ['Напиши вежливое сообщение начальнику с просьбой дать выходной в пятницу.', 'Что приготовить на ужин из картошки, яиц, лука и сыра?', 'Составь план поездки в Казань на 3 дня с небольшим бюджетом.', 'Напиши трогательное поздравление с днём рождения для мамы.', 'Как подготовиться к собеседованию на английском?', 'На что обратить внимание перед подписанием договора аренды?', 'Предложи программу тренировок 3 раза в неделю для новичка.', 'Почему кошки мурлычут?', 'Напиши пост для Instagram про новое зимнее меню нашей кофейни.'],
  work: ['Сделай краткое изложение этих заметок со встречи по пунктам:', 'Составь официальное письмо клиенту с извинениями за задержку поставки.', 'Какая формула Excel сравнит два столбца и отметит различия?', 'Напиши краткое резюме для руководства по отчёту о продажах за III квартал.', 'Составь чек-лист адаптации нового сотрудника.', 'Перепиши этот абзац в более деловом стиле:'],
  sentences: ['На товар действует гарантия 2 года, доставка бесплатная.', 'Заказы собираются и отправляются в течение 24 часов.', 'Эта модель сшита из водонепроницаемой ткани.', 'Компания работает в Новосибирске с 2009 года.', 'Вернуть товар можно в течение 14 дней после получения.', 'Совещание состоится в 14:00 в зале на третьем этаже.', 'В новой версии исправлены проблемы с производительностью и обновлён интерфейс.', 'Оплата картой или банковским переводом.', 'Вес товара 1,2 кг, размеры 30×20×10 см.', 'Спасибо за участие в опросе об удовлетворённости клиентов.', 'Акция действует до окончания товара.', 'Сохраняйте чек для гарантийного обслуживания.'],
  support: ['Как сбросить пароль?', 'Мой заказ ещё не пришёл, что делать?', 'Можно ли изменить адрес доставки после оформления?', 'Почему моя карта отклонена?', 'Как отменить подписку?'],
  answer: t => `Конечно! Разберём тему «${t}» по шагам. Шаг 1: основные понятия. Шаг 2: пример. Шаг 3: проверка результата. Короче говоря, каждый шаг опирается на предыдущий.`,
};

const es: Lang = {
  code: 'es', tz: -6, countries: ['MX', 'CO', 'ES', 'AR'],
  topics: ['la fotosíntesis', 'la Revolución Mexicana', 'las leyes de Newton', 'la inflación y las tasas de interés', 'la mitosis y la meiosis', 'las ecuaciones cuadráticas', 'el cambio climático y la agricultura', 'la independencia de América Latina', 'la ley de Ohm', 'los ácidos y las bases', 'la probabilidad condicional', 'la oferta y la demanda', 'el Renacimiento', 'las derivadas y los límites', 'las redes neuronales', 'el ciclo del agua', 'la Revolución Industrial', 'el sistema inmunológico', 'el interés compuesto', 'el realismo mágico'],
  explain: [t => `¿Me puedes explicar ${t} de forma sencilla?`, t => `¿Qué es ${t}? Dame un ejemplo.`, t => `Mañana tengo examen, ¿qué es lo más importante de ${t}?`, t => `No entiendo nada de ${t}, ¿me lo explicas paso a paso?`, t => `La maestra nos dejó tarea sobre ${t}. ¿Por dónde empiezo?`],
  math: [
    (a, b) => `Un tren viaja a ${a} km/h durante ${b} horas. ¿Qué distancia recorre?`,
    (a, b, c) => `Lucía tiene ${a} manzanas. Le da ${b} a su hermano y luego compra ${c} más. ¿Cuántas manzanas tiene ahora?`,
    (a, b) => `Un rectángulo mide ${a} cm por ${b} cm. Calcula su área y su perímetro.`,
    (a, b) => `Una chaqueta cuesta $${a} y tiene ${b}% de descuento. ¿Cuál es el precio final?`,
    (a, b, c) => `Resuelve la ecuación ${a}x + ${b} = ${c}.`,
  ],
  followups: ['No entendí el paso 2, ¿me lo explicas otra vez?', '¿Lo puedes hacer más sencillo?', 'Dame otro ejemplo, porfa.', '¿Cómo viene esto en el examen?', '¿Por qué pasa eso?', '¡Gracias! Dame un ejercicio parecido para practicar.'],
  reason: ['Piensa paso a paso y justifica cada paso. Al final da la respuesta en una línea aparte.', 'Antes de responder, escribe todo tu razonamiento en detalle, sin saltarte cálculos intermedios.', "Muestra todo tu proceso de pensamiento, indica tus supuestos y da la respuesta final tras 'Respuesta:'.", 'Divide el problema en partes, resuelve cada una y verifica la solución.', 'Explica la cadena completa de razonamiento; no quiero una respuesta corta.'],
  hard: [t => `Analiza en profundidad ${t}, con causas y consecuencias.`, t => `¿Cuáles son los errores comunes sobre ${t} y por qué son incorrectos?`, t => `Si enseñaras ${t} a un universitario, ¿en qué orden lo presentarías? Justifica.`, t => `Escribe una pregunta difícil de examen sobre ${t} con su solución completa.`],
  chat: ['Escríbeme un mensaje amable para pedirle a mi jefe el viernes libre.', '¿Qué cocino hoy con papas, huevos, cebolla y queso?', 'Arma un itinerario de 3 días en Oaxaca con poco presupuesto.', 'Escribe un mensaje de cumpleaños emotivo para mi mamá.', '¿Cómo me preparo para una entrevista de trabajo en inglés?', '¿Qué revisar antes de firmar un contrato de renta?', 'Sugiere una rutina de ejercicio de 3 días por semana para principiantes.', '¿Por qué ronronean los gatos?', 'Escribe un post de Instagram sobre el nuevo menú de invierno de nuestra cafetería.'],
  work: ['Resume estas notas de la reunión en viñetas:', 'Redacta un correo formal de disculpa a un cliente por el retraso del envío.', '¿Qué fórmula de Excel compara dos columnas y marca las diferencias?', 'Escribe un resumen ejecutivo breve del reporte de ventas del tercer trimestre.', 'Haz una lista de verificación de incorporación para un nuevo empleado.', 'Reescribe este párrafo con un tono más profesional:'],
  sentences: ['El producto tiene garantía de 2 años y envío gratis.', 'Los pedidos se empacan y envían en menos de 24 horas.', 'Este modelo está hecho de tela impermeable.', 'La empresa opera en Monterrey desde 2009.', 'Se aceptan devoluciones dentro de los 14 días posteriores a la entrega.', 'La reunión será a las 14:00 en la sala del tercer piso.', 'La nueva versión corrige problemas de rendimiento y renueva la interfaz.', 'Se puede pagar con tarjeta, transferencia u OXXO.', 'El producto pesa 1,2 kg y mide 30x20x10 cm.', 'Gracias por participar en nuestra encuesta de satisfacción.', 'Promoción válida hasta agotar existencias.', 'Conserve su ticket para hacer válida la garantía.'],
  support: ['¿Cómo restablezco mi contraseña?', 'Mi pedido no ha llegado, ¿qué hago?', '¿Puedo cambiar la dirección de entrega después de comprar?', '¿Por qué rechazaron mi tarjeta?', '¿Cómo cancelo mi suscripción?'],
  answer: t => `¡Claro! Veamos ${t} paso a paso. Paso 1: los conceptos básicos. Paso 2: un ejemplo resuelto. Paso 3: comprobar el resultado. En resumen, cada paso se apoya en el anterior.`,
};

// Lighter banks (fewer entries), used for variety.
const ko: Lang = {
  code: 'ko', tz: 9, countries: ['KR'],
  topics: ['광합성', '조선 왕조의 건국', '뉴턴의 운동 법칙', '인플레이션과 금리', '이차방정식', '기후 변화와 농업', '옴의 법칙', '수요와 공급', '미분과 극한', '신경망', '면역 체계', '복리'],
  explain: [t => `${t}을(를) 쉽게 설명해 줄 수 있어요?`, t => `${t}이(가) 뭐예요? 예시도 들어 주세요.`, t => `내일 시험인데 ${t}에서 꼭 알아야 할 게 뭐예요?`, t => `${t}을(를) 단계별로 설명해 주세요.`],
  math: [
    (a, b) => `기차가 시속 ${a}km로 ${b}시간 달렸습니다. 몇 km를 갔을까요?`,
    (a, b, c) => `지민이는 사과 ${a}개를 가지고 있습니다. 동생에게 ${b}개를 주고 ${c}개를 더 샀습니다. 지금 사과는 몇 개일까요?`,
    (a, b) => `가로 ${a}cm, 세로 ${b}cm인 직사각형의 넓이와 둘레를 구하세요.`,
    (a, b) => `${a}원짜리 코트를 ${b}% 할인합니다. 할인된 가격은 얼마일까요?`,
    (a, b, c) => `방정식 ${a}x + ${b} = ${c}를 푸세요.`,
  ],
  followups: ['2단계가 이해가 안 돼요. 다시 설명해 주세요.', '더 쉽게 설명해 줄 수 있어요?', '예시 하나만 더 주세요.', '왜 그렇게 되는 거예요?'],
  reason: ['단계별로 생각하고 각 단계의 근거를 설명하세요. 마지막 줄에 정답을 쓰세요.', '답하기 전에 추론 과정을 빠짐없이 자세히 쓰세요. 중간 계산도 생략하지 마세요.', '전체 사고 과정을 보여 주고 가정을 밝힌 뒤 "결론:" 다음에 최종 답을 쓰세요.', '문제를 여러 부분으로 나누어 각각 풀고 답을 검증하세요.'],
  hard: [t => `${t}을(를) 원인과 결과를 포함해 깊이 분석하세요.`, t => `${t}에 대한 흔한 오해는 무엇이며 왜 틀렸나요?`, t => `${t}에 관한 어려운 시험 문제를 만들고 자세한 풀이를 쓰세요.`],
  chat: ['다음 주 금요일 휴가를 요청하는 정중한 메시지를 써 주세요.', '감자, 달걀, 양파, 치즈로 저녁에 뭘 만들 수 있을까요?', '부산 2박 3일 여행 계획을 세워 주세요.', '고양이는 왜 골골송을 부르나요?'],
  work: ['이 회의록을 요점만 정리해 주세요:', '배송 지연에 대해 고객에게 사과하는 이메일을 작성해 주세요.', '두 열을 비교해서 다른 값을 표시하는 엑셀 수식은?'],
  sentences: ['이 제품은 2년 보증과 무료 배송이 제공됩니다.', '주문은 24시간 이내에 포장되어 발송됩니다.', '이 모델은 방수 원단으로 만들어졌습니다.', '수령 후 14일 이내에 반품할 수 있습니다.', '새 버전에서는 성능 문제가 해결되었습니다.', '결제는 카드 또는 계좌이체로 가능합니다.'],
  support: ['비밀번호를 어떻게 재설정하나요?', '주문한 상품이 아직 안 왔어요.', '구독은 어떻게 해지하나요?'],
  answer: t => `물론이죠! ${t}을(를) 단계별로 살펴봅시다. 1단계: 기본 개념. 2단계: 예제 풀이. 3단계: 결과 확인. 요약하면 각 단계는 앞 단계에 기반합니다.`,
};

const zh: Lang = {
  code: 'zh', tz: 8, countries: ['TW', 'SG', 'MY', 'HK'],
  topics: ['光合作用', '丝绸之路', '牛顿运动定律', '通货膨胀与利率', '一元二次方程', '气候变化与农业', '欧姆定律', '供给与需求', '导数与极限', '神经网络', '免疫系统', '复利'],
  explain: [t => `能简单解释一下${t}吗？`, t => `${t}是什么？请举个例子。`, t => `明天考试，${t}有哪些重点？`, t => `我完全不懂${t}，能一步一步讲解吗？`],
  math: [
    (a, b) => `一列火车以每小时${a}公里的速度行驶了${b}小时，一共行驶了多少公里？`,
    (a, b, c) => `小明有${a}个苹果，给了弟弟${b}个，又买了${c}个。现在有多少个苹果？`,
    (a, b) => `一个长方形的长是${a}厘米，宽是${b}厘米，求面积和周长。`,
    (a, b) => `一件外套原价${a}元，打${b}%的折扣，折后价格是多少？`,
    (a, b, c) => `解方程 ${a}x + ${b} = ${c}。`,
  ],
  followups: ['第二步我没看懂，能再解释一下吗？', '能说得更简单一点吗？', '再举一个例子吧。', '为什么会这样？'],
  reason: ['请一步一步思考，并说明每一步的理由，最后单独一行写出答案。', '回答之前，请详细写出完整的推理过程，不要省略任何中间计算。', '请展示完整的思考过程，说明假设，然后在“结论：”后给出最终答案。', '把问题拆成几个部分，分别求解，最后验证答案。'],
  hard: [t => `请深入分析${t}的原因和影响。`, t => `关于${t}有哪些常见误解？为什么是错的？`, t => `请出一道关于${t}的难题，并给出详细解答。`],
  chat: ['帮我写一条礼貌的消息，向老板请下周五的假。', '用土豆、鸡蛋、洋葱和奶酪今晚能做什么？', '帮我规划一个三天的台北穷游行程。', '猫为什么会打呼噜？'],
  work: ['请把这份会议记录整理成要点：', '写一封因发货延迟向客户道歉的正式邮件。', '用什么Excel公式可以比较两列并标出差异？'],
  sentences: ['本产品提供两年保修，并且免运费。', '订单将在24小时内打包发货。', '该型号采用防水面料制成。', '收货后14天内可申请退货。', '新版本修复了性能问题并更新了界面。', '支持信用卡或银行转账付款。'],
  support: ['如何重置密码？', '我的订单还没到，怎么办？', '如何取消订阅？'],
  answer: t => `当然！我们一步一步来看${t}。第一步：基本概念。第二步：例题。第三步：检查结果。总之，每一步都建立在前一步的基础上。`,
};

const th: Lang = {
  code: 'th', tz: 7, countries: ['TH'],
  topics: ['การสังเคราะห์ด้วยแสง', 'ประวัติศาสตร์กรุงศรีอยุธยา', 'กฎการเคลื่อนที่ของนิวตัน', 'เงินเฟ้อและอัตราดอกเบี้ย', 'สมการกำลังสอง', 'กฎของโอห์ม', 'อุปสงค์และอุปทาน', 'ระบบภูมิคุ้มกัน'],
  explain: [t => `ช่วยอธิบาย${t}แบบง่าย ๆ ได้ไหม`, t => `${t}คืออะไร ขอตัวอย่างด้วย`, t => `พรุ่งนี้สอบแล้ว เรื่อง${t}ต้องรู้อะไรบ้าง`],
  math: [
    (a, b) => `รถไฟวิ่งด้วยความเร็ว ${a} กม./ชม. เป็นเวลา ${b} ชั่วโมง จะได้ระยะทางกี่กิโลเมตร`,
    (a, b, c) => `มะลิมีแอปเปิล ${a} ผล ให้น้อง ${b} ผล แล้วซื้อเพิ่มอีก ${c} ผล ตอนนี้มะลิมีแอปเปิลกี่ผล`,
    (a, b) => `สี่เหลี่ยมผืนผ้ามีด้านยาว ${a} ซม. และ ${b} ซม. จงหาพื้นที่และเส้นรอบรูป`,
    (a, b) => `เสื้อแจ็กเก็ตราคา ${a} บาท ลด ${b}% ราคาหลังลดเท่าไร`,
    (a, b, c) => `จงแก้สมการ ${a}x + ${b} = ${c}`,
  ],
  followups: ['ขั้นที่ 2 ยังไม่เข้าใจ อธิบายอีกทีได้ไหม', 'ขอแบบง่ายกว่านี้หน่อย', 'ขอตัวอย่างเพิ่มอีกข้อ'],
  reason: ['คิดทีละขั้นและให้เหตุผลทุกขั้น แล้วเขียนคำตอบสุดท้ายแยกบรรทัด', 'ก่อนตอบ ให้เขียนกระบวนการคิดทั้งหมดอย่างละเอียด ห้ามข้ามการคำนวณ', 'แบ่งโจทย์เป็นส่วน ๆ แก้ทีละส่วน แล้วตรวจสอบคำตอบ'],
  hard: [t => `วิเคราะห์${t}อย่างลึกซึ้งทั้งสาเหตุและผลกระทบ`, t => `ความเข้าใจผิดที่พบบ่อยเกี่ยวกับ${t}มีอะไรบ้าง เพราะอะไร`],
  chat: ['ช่วยเขียนข้อความสุภาพขอลาหัวหน้าวันศุกร์หน้า', 'มีมันฝรั่ง ไข่ หัวหอม ชีส ทำอะไรกินดี', 'วางแผนเที่ยวเชียงใหม่ 3 วันแบบประหยัด'],
  work: ['สรุปบันทึกการประชุมนี้เป็นข้อ ๆ:', 'ร่างอีเมลขอโทษลูกค้าเรื่องส่งของล่าช้า'],
  sentences: ['สินค้ารับประกัน 2 ปี และจัดส่งฟรี', 'คำสั่งซื้อจะถูกแพ็กและจัดส่งภายใน 24 ชั่วโมง', 'รุ่นนี้ผลิตจากผ้ากันน้ำ', 'สามารถคืนสินค้าได้ภายใน 14 วัน', 'ชำระเงินด้วยบัตรเครดิตหรือพร้อมเพย์'],
  support: ['รีเซ็ตรหัสผ่านอย่างไร', 'สินค้ายังไม่มาส่ง ต้องทำอย่างไร', 'ยกเลิกสมาชิกอย่างไร'],
  answer: t => `ได้เลย! มาดู${t}ทีละขั้นกัน ขั้นที่ 1: แนวคิดพื้นฐาน ขั้นที่ 2: ตัวอย่าง ขั้นที่ 3: ตรวจคำตอบ สรุปคือแต่ละขั้นต่อยอดจากขั้นก่อนหน้า`,
};

const de: Lang = {
  code: 'de', tz: 1, countries: ['DE', 'AT', 'CH'],
  topics: ['die Photosynthese', 'die Weimarer Republik', 'die Newtonschen Gesetze', 'Inflation und Leitzins', 'quadratische Gleichungen', 'das Ohmsche Gesetz', 'Angebot und Nachfrage', 'das Immunsystem', 'der Zinseszins', 'neuronale Netze'],
  explain: [t => `Kannst du mir ${t} einfach erklären?`, t => `Was ist ${t}? Bitte mit Beispiel.`, t => `Morgen ist Klausur, was muss ich über ${t} wissen?`],
  math: [
    (a, b) => `Ein Zug fährt ${b} Stunden lang mit ${a} km/h. Welche Strecke legt er zurück?`,
    (a, b, c) => `Lena hat ${a} Äpfel. Sie gibt ihrem Bruder ${b} und kauft dann ${c} dazu. Wie viele Äpfel hat sie jetzt?`,
    (a, b) => `Ein Rechteck ist ${a} cm lang und ${b} cm breit. Berechne Fläche und Umfang.`,
    (a, b) => `Eine Jacke kostet ${a} € und ist um ${b} % reduziert. Wie hoch ist der neue Preis?`,
    (a, b, c) => `Löse die Gleichung ${a}x + ${b} = ${c}.`,
  ],
  followups: ['Schritt 2 verstehe ich nicht, kannst du ihn nochmal erklären?', 'Geht es einfacher?', 'Noch ein Beispiel bitte.'],
  reason: ['Denke Schritt für Schritt und begründe jeden Schritt. Gib die Antwort am Ende in einer eigenen Zeile an.', 'Schreibe vor der Antwort deine gesamte Argumentation ausführlich auf, ohne Zwischenrechnungen auszulassen.', 'Zerlege das Problem in Teile, löse jeden Teil und überprüfe die Lösung.'],
  hard: [t => `Analysiere ${t} gründlich mit Ursachen und Folgen.`, t => `Welche verbreiteten Irrtümer gibt es über ${t} und warum sind sie falsch?`],
  chat: ['Schreib eine höfliche Nachricht an meine Chefin, ob ich nächsten Freitag frei haben kann.', 'Was koche ich heute mit Kartoffeln, Eiern, Zwiebeln und Käse?', 'Plane einen günstigen 3-Tage-Trip nach Hamburg.'],
  work: ['Fasse diese Besprechungsnotizen stichpunktartig zusammen:', 'Entwirf eine formelle E-Mail, in der wir uns beim Kunden für die Lieferverzögerung entschuldigen.', 'Welche Excel-Formel vergleicht zwei Spalten und markiert Unterschiede?'],
  sentences: ['Das Produkt hat zwei Jahre Garantie und wird versandkostenfrei geliefert.', 'Bestellungen werden innerhalb von 24 Stunden verschickt.', 'Dieses Modell besteht aus wasserdichtem Stoff.', 'Rücksendungen sind innerhalb von 14 Tagen möglich.', 'Die neue Version behebt Leistungsprobleme.', 'Zahlung per Kreditkarte oder Überweisung.'],
  support: ['Wie setze ich mein Passwort zurück?', 'Meine Bestellung ist noch nicht angekommen.', 'Wie kündige ich mein Abo?'],
  answer: t => `Klar! Gehen wir ${t} Schritt für Schritt durch. Schritt 1: Grundbegriffe. Schritt 2: ein Beispiel. Schritt 3: Ergebnis prüfen. Kurz gesagt baut jeder Schritt auf dem vorherigen auf.`,
};

const fr: Lang = {
  code: 'fr', tz: 1, countries: ['FR', 'BE', 'SN', 'CI', 'MA'],
  topics: ['la photosynthèse', 'la Révolution française', 'les lois de Newton', "l'inflation et les taux d'intérêt", 'les équations du second degré', "la loi d'Ohm", "l'offre et la demande", 'le système immunitaire', 'les intérêts composés', 'les réseaux de neurones'],
  explain: [t => `Tu peux m'expliquer simplement ${t} ?`, t => `C'est quoi ${t} ? Donne-moi un exemple.`, t => `J'ai un contrôle demain, qu'est-ce qu'il faut retenir sur ${t} ?`],
  math: [
    (a, b) => `Un train roule à ${a} km/h pendant ${b} heures. Quelle distance parcourt-il ?`,
    (a, b, c) => `Léa a ${a} pommes. Elle en donne ${b} à son frère puis en achète ${c}. Combien en a-t-elle maintenant ?`,
    (a, b) => `Un rectangle mesure ${a} cm sur ${b} cm. Calcule son aire et son périmètre.`,
    (a, b) => `Une veste coûte ${a} € avec une remise de ${b} %. Quel est le prix soldé ?`,
    (a, b, c) => `Résous l'équation ${a}x + ${b} = ${c}.`,
  ],
  followups: ["Je n'ai pas compris l'étape 2, tu peux réexpliquer ?", 'Tu peux faire plus simple ?', 'Encore un exemple, stp.'],
  reason: ['Réfléchis étape par étape et justifie chaque étape. Donne la réponse finale sur une ligne à part.', 'Avant de répondre, écris tout ton raisonnement en détail sans sauter de calcul intermédiaire.', 'Découpe le problème en parties, résous chacune et vérifie la solution.'],
  hard: [t => `Analyse en profondeur ${t}, causes et conséquences.`, t => `Quelles sont les idées reçues sur ${t} et pourquoi sont-elles fausses ?`],
  chat: ['Écris un message poli à mon chef pour demander mon vendredi.', "Qu'est-ce que je cuisine ce soir avec des pommes de terre, des œufs, un oignon et du fromage ?", 'Prépare un itinéraire de 3 jours à Dakar avec un petit budget.'],
  work: ['Résume ces notes de réunion en points :', "Rédige un e-mail formel d'excuses à un client pour un retard de livraison.", 'Quelle formule Excel compare deux colonnes et signale les différences ?'],
  sentences: ['Le produit est garanti 2 ans et la livraison est gratuite.', 'Les commandes sont expédiées sous 24 heures.', 'Ce modèle est fabriqué en tissu imperméable.', 'Les retours sont acceptés sous 14 jours.', 'La nouvelle version corrige des problèmes de performance.', 'Paiement par carte ou virement.'],
  support: ['Comment réinitialiser mon mot de passe ?', "Ma commande n'est pas arrivée.", 'Comment résilier mon abonnement ?'],
  answer: t => `Bien sûr ! Voyons ${t} étape par étape. Étape 1 : les notions de base. Étape 2 : un exemple. Étape 3 : vérifier le résultat. En bref, chaque étape s'appuie sur la précédente.`,
};

// Code-switched Hindi-English in Latin script (Hinglish), common in Indian consumer apps.
const hinglish: Lang = {
  code: 'hi-Latn', tz: 5.5, countries: ['IN'],
  topics: ['photosynthesis', 'Mughal empire', "Newton ke laws", 'inflation aur interest rate', 'quadratic equations', 'climate change ka kheti pe asar', "Ohm's law", 'demand aur supply', 'derivatives', 'compound interest', 'GST kaise kaam karta hai', 'UPI payments'],
  explain: [t => `Bhai ${t} simple language mein samjha do please`, t => `${t} kya hota hai? ek example ke saath batao`, t => `Kal exam hai, ${t} ke important points kya hain?`, t => `Mujhe ${t} bilkul samajh nahi aaya, step by step explain karo na`],
  math: [
    (a, b) => `Ek train ${a} km/h ki speed se ${b} ghante chalti hai. Total distance kitna hoga?`,
    (a, b, c) => `Riya ke paas ${a} apples hain. Usne ${b} apne bhai ko diye aur phir ${c} aur khareede. Ab kitne apples hain?`,
    (a, b) => `Ek rectangle ki sides ${a} cm aur ${b} cm hain. Area aur perimeter nikalo.`,
    (a, b) => `Jacket ka price ₹${a} hai aur ${b}% discount hai. Final price kya hoga?`,
    (a, b, c) => `${a}x + ${b} = ${c} solve karo.`,
  ],
  followups: ['Step 2 samajh nahi aaya yaar, dobara explain karo', 'Thoda aur easy karke batao', 'Ek aur example do na', 'Aisa kyun hota hai?', 'Thanks! Practice ke liye similar question do'],
  reason: ['Step by step socho aur har step ka reason batao. Last mein final answer alag line mein likho.', 'Answer dene se pehle poori reasoning detail mein likho, koi bhi calculation skip mat karna.', 'Problem ko parts mein todo, har part solve karo aur answer verify karo.'],
  hard: [t => `${t} ka deep analysis karo, causes aur effects ke saath.`, t => `${t} ke baare mein common misconceptions kya hain aur kyun galat hain?`],
  chat: ['Boss ko next Friday chhutti ke liye ek polite message likh do', 'Aloo, ande, pyaaz aur cheese hai, dinner mein kya banau?', 'Goa ka 3 din ka budget trip plan kar do', 'Mummy ke birthday ke liye ek emotional message likho', 'English interview ki preparation kaise karun?', 'Rent agreement sign karne se pehle kya check karna chahiye?'],
  work: ['Is meeting ke notes ko points mein summarize karo:', 'Client ko delivery delay ke liye sorry wala formal email draft karo', 'Excel mein do columns compare karke difference highlight karne ka formula kya hai?'],
  sentences: ['Is product pe 2 saal ki warranty hai aur delivery free hai.', 'Order 24 ghante mein dispatch ho jaata hai.', 'Return 14 din ke andar ho sakta hai.', 'Payment UPI ya card se kar sakte hain.'],
  support: ['Password reset kaise karun?', 'Mera order abhi tak nahi aaya, kya karun?', 'Subscription cancel kaise karte hain?'],
  answer: t => `Haan bilkul! ${t} ko step by step dekhte hain. Step 1: basic concept. Step 2: ek example. Step 3: answer check karo. Short mein, har step pichle step pe depend karta hai.`,
};

export const LANGS: Record<string, Lang> = { en, tr, vi, id, pl, ar, hi, ja, pt, ru, es, ko, zh, th, de, fr, 'hi-Latn': hinglish };
