// Text banks composed for suite g (not copied from any corpus). 14 languages:
// en, es, de, fr, pt, zh, ja, ko, ar, hi, id, tr, sw, vi.
import type { Rng } from "./lib.ts";

export interface Bank {
  topics: string[];
  /** Casual questions people type into a chat app ({t} = topic). */
  chat: string[];
  /** Follow-ups inside a conversation. */
  follow: string[];
  /** Thorough, self-contained asks ({t} = topic). */
  ask: string[];
  /** Tutor-style questions ({t} = topic). */
  study: string[];
  cont: string[];
  hi: string[];
}

export const LANGS = ["en", "es", "de", "fr", "pt", "zh", "ja", "ko", "ar", "hi", "id", "tr", "sw", "vi"] as const;
export type Lang = (typeof LANGS)[number];

export const BANK: Record<Lang, Bank> = {
  en: {
    topics: ["compound interest", "the French Revolution", "photosynthesis", "TCP congestion control", "sourdough fermentation", "the Krebs cycle", "black holes", "supply and demand", "the immune system", "plate tectonics", "Bayesian inference", "the Silk Road", "vaccines", "inflation", "neural networks", "the water cycle", "Roman aqueducts", "quantum entanglement", "sleep cycles", "the Marshall Plan"],
    chat: ["can you explain {t} like I'm 12?", "what's the deal with {t}? my teacher mentioned it today", "quick q: how does {t} actually work", "I keep hearing about {t}, is it worth reading up on?", "help me understand {t}, I have a quiz tomorrow", "what are the main misconceptions about {t}?", "give me a short summary of {t} please", "how would you explain {t} to my grandma"],
    follow: ["ok can you make that shorter?", "give me a concrete example", "why is that though?", "wait, I don't get the second part", "thanks! what should I read next?", "can you put that in a table?", "is that still true today?", "how does that compare with what we discussed before?", "cool. and what about the history of it?", "make it a bit more casual"],
    ask: ["Write a comprehensive, textbook-quality explanation of {t}. Cover definitions, mechanisms, historical development, worked examples, common misconceptions and open questions. Use headings.", "Provide an exhaustive expert answer on {t}: first principles, step-by-step derivations where relevant, three detailed examples, and a summary table.", "Explain {t} in full depth for an advanced reader. Be thorough and do not omit steps; include edge cases and references to key results.", "Produce a detailed lecture on {t} with sections, examples, exercises and fully worked solutions.", "Give a rigorous, long-form treatment of {t}, reasoning carefully through each claim before stating it."],
    study: ["Solve and explain: {t} — why does it work this way?", "I got this wrong on my homework about {t}. What's the right reasoning?", "Can you check my understanding of {t}? I think it means the opposite of what the book says.", "Explain the key idea behind {t} with one example."],
    cont: ["continue", "Continue exactly where you stopped.", "go on", "keep going"],
    hi: ["hi", "hello!", "hey there", "good morning"],
  },
  es: {
    topics: ["el interés compuesto", "la Revolución Francesa", "la fotosíntesis", "la inflación", "el sistema inmunológico", "la tectónica de placas", "las redes neuronales", "el ciclo del agua", "la Guerra Civil española", "los agujeros negros", "la economía circular", "el cambio climático"],
    chat: ["¿me explicas {t} de forma sencilla?", "oye, ¿cómo funciona {t} exactamente?", "tengo examen mañana sobre {t}, ¿me ayudas?", "¿qué es lo más importante que debo saber de {t}?", "resúmeme {t} en pocas líneas porfa", "¿por qué se habla tanto de {t} últimamente?"],
    follow: ["¿puedes dar un ejemplo?", "no entendí la segunda parte", "más corto, por favor", "¿y eso sigue siendo así hoy?", "gracias, ¿qué libro me recomiendas?", "ponlo en una tabla"],
    ask: ["Redacta una explicación exhaustiva y de nivel universitario sobre {t}: definiciones, mecanismos, historia, ejemplos resueltos y errores frecuentes. Usa encabezados.", "Explica {t} con todo detalle, paso a paso, sin omitir ningún razonamiento, e incluye tres ejemplos desarrollados.", "Elabora una lección completa sobre {t} con ejercicios y sus soluciones detalladas."],
    study: ["No entiendo por qué {t} funciona así, ¿me lo explicas?", "En mi tarea sobre {t} me equivoqué, ¿cuál es el razonamiento correcto?", "¿Cuál es la idea clave de {t}? Con un ejemplo."],
    cont: ["continúa", "sigue", "Continúa donde lo dejaste."],
    hi: ["hola", "buenas!", "hola, ¿qué tal?"],
  },
  de: {
    topics: ["der Zinseszins", "die Französische Revolution", "die Photosynthese", "die Inflation", "das Immunsystem", "die Plattentektonik", "neuronale Netze", "der Wasserkreislauf", "die Weimarer Republik", "Schwarze Löcher", "die Energiewende", "die Relativitätstheorie"],
    chat: ["kannst du mir {t} einfach erklären?", "wie funktioniert eigentlich {t}?", "ich schreibe morgen eine Klausur über {t}, hilfst du mir?", "was muss man über {t} unbedingt wissen?", "fass mir {t} kurz zusammen bitte", "warum ist {t} gerade überall Thema?"],
    follow: ["kannst du ein Beispiel geben?", "den zweiten Teil verstehe ich nicht", "bitte kürzer", "gilt das heute noch?", "danke! was sollte ich als Nächstes lesen?", "mach eine Tabelle daraus"],
    ask: ["Verfasse eine umfassende Erklärung auf Lehrbuchniveau zu {t}: Definitionen, Mechanismen, Geschichte, durchgerechnete Beispiele und typische Missverständnisse. Mit Zwischenüberschriften.", "Erkläre {t} ausführlich und Schritt für Schritt, ohne Zwischenschritte auszulassen, mit drei ausgearbeiteten Beispielen.", "Erstelle eine vollständige Lerneinheit zu {t} mit Übungsaufgaben und ausführlichen Lösungen."],
    study: ["Warum funktioniert {t} so? Ich verstehe es nicht.", "Bei meiner Hausaufgabe zu {t} lag ich falsch, wie geht es richtig?", "Was ist die Kernidee von {t}, mit einem Beispiel?"],
    cont: ["weiter", "mach weiter", "Bitte genau dort fortsetzen, wo du aufgehört hast."],
    hi: ["hallo", "moin", "hi, kurze Frage"],
  },
  fr: {
    topics: ["les intérêts composés", "la Révolution française", "la photosynthèse", "l'inflation", "le système immunitaire", "la tectonique des plaques", "les réseaux de neurones", "le cycle de l'eau", "la Belle Époque", "les trous noirs", "la laïcité", "la mécanique quantique"],
    chat: ["tu peux m'expliquer {t} simplement ?", "comment marche {t} en fait ?", "j'ai un contrôle demain sur {t}, tu m'aides ?", "c'est quoi l'essentiel à retenir sur {t} ?", "résume-moi {t} en quelques lignes stp", "pourquoi on parle autant de {t} en ce moment ?"],
    follow: ["tu peux donner un exemple ?", "je n'ai pas compris la deuxième partie", "plus court stp", "c'est toujours vrai aujourd'hui ?", "merci ! tu me conseilles quoi comme lecture ?", "mets ça dans un tableau"],
    ask: ["Rédige une explication exhaustive, de niveau manuel universitaire, sur {t} : définitions, mécanismes, histoire, exemples détaillés et idées reçues. Avec des titres.", "Explique {t} en profondeur, étape par étape, sans sauter aucun raisonnement, avec trois exemples développés.", "Construis un cours complet sur {t} avec des exercices et leurs corrigés détaillés."],
    study: ["Pourquoi {t} fonctionne comme ça ? Je ne comprends pas.", "Je me suis trompé dans mon devoir sur {t}, quel est le bon raisonnement ?", "Quelle est l'idée clé de {t}, avec un exemple ?"],
    cont: ["continue", "la suite", "Reprends exactement là où tu t'es arrêté."],
    hi: ["salut", "bonjour !", "coucou"],
  },
  pt: {
    topics: ["os juros compostos", "a Revolução Francesa", "a fotossíntese", "a inflação", "o sistema imunológico", "a tectônica de placas", "as redes neurais", "o ciclo da água", "a Inconfidência Mineira", "os buracos negros", "o Plano Real", "a Amazônia"],
    chat: ["me explica {t} de um jeito simples?", "como funciona {t} exatamente?", "tenho prova amanhã sobre {t}, me ajuda?", "o que é mais importante saber sobre {t}?", "faz um resumo de {t} pra mim", "por que todo mundo tá falando de {t}?"],
    follow: ["dá um exemplo?", "não entendi a segunda parte", "mais curto, por favor", "isso ainda vale hoje?", "valeu! o que eu leio depois?", "coloca numa tabela"],
    ask: ["Escreva uma explicação completa, em nível de livro didático universitário, sobre {t}: definições, mecanismos, história, exemplos resolvidos e equívocos comuns. Use títulos.", "Explique {t} em profundidade, passo a passo, sem pular nenhum raciocínio, com três exemplos desenvolvidos.", "Monte uma aula completa sobre {t} com exercícios e resoluções detalhadas."],
    study: ["Por que {t} funciona assim? Não entendi.", "Errei minha lição sobre {t}, qual é o raciocínio certo?", "Qual é a ideia principal de {t}, com um exemplo?"],
    cont: ["continua", "segue", "Continue exatamente de onde parou."],
    hi: ["oi", "olá!", "e aí"],
  },
  zh: {
    topics: ["复利", "法国大革命", "光合作用", "通货膨胀", "免疫系统", "板块构造", "神经网络", "水循环", "丝绸之路", "黑洞", "量子纠缠", "供需关系"],
    chat: ["能简单解释一下{t}吗？", "{t}到底是怎么回事？", "明天考{t}，帮我复习一下", "关于{t}最重要的是什么？", "用几句话总结一下{t}", "为什么最近大家都在讨论{t}？"],
    follow: ["能举个例子吗？", "第二部分没看懂", "再简短一点", "现在还是这样吗？", "谢谢！接下来我该看什么书？", "做成表格吧"],
    ask: ["请对{t}进行全面、教科书级别的讲解：定义、机制、历史发展、完整的例题以及常见误区，并使用小标题。", "请详细、逐步地解释{t}，不要省略任何推理步骤，并给出三个完整的例子。", "请写一篇关于{t}的完整讲义，包括练习题和详细解答。", "请先仔细思考，再给出关于{t}的严谨而详尽的长篇论述。"],
    study: ["为什么{t}是这样的？我不太理解。", "我关于{t}的作业做错了，正确的思路是什么？", "{t}的核心思想是什么？举一个例子。"],
    cont: ["继续", "接着写", "请从刚才中断的地方继续。"],
    hi: ["你好", "在吗", "嗨"],
  },
  ja: {
    topics: ["複利", "フランス革命", "光合成", "インフレ", "免疫システム", "プレートテクトニクス", "ニューラルネットワーク", "水の循環", "明治維新", "ブラックホール", "量子もつれ", "需要と供給"],
    chat: ["{t}について簡単に教えてもらえますか？", "{t}ってどういう仕組みなんですか", "明日{t}のテストがあるので手伝ってください", "{t}で一番大事なポイントは何ですか？", "{t}を短くまとめてください", "最近よく聞く{t}って何？"],
    follow: ["例を挙げてもらえますか？", "二つ目の部分がよく分かりません", "もう少し短くお願いします", "それは今でもそうですか？", "ありがとう！次に何を読めばいいですか？", "表にまとめてください"],
    ask: ["{t}について、定義・仕組み・歴史・詳しい例題・よくある誤解を含む、教科書レベルの包括的な解説を書いてください。見出しを付けてください。", "{t}を一歩ずつ、推論を省略せずに詳しく説明し、具体例を三つ挙げてください。", "{t}に関する完全な講義ノートを、練習問題と詳しい解答付きで作成してください。"],
    study: ["なぜ{t}はこうなるのですか？よく分かりません。", "{t}の宿題を間違えました。正しい考え方を教えてください。", "{t}の要点を例を一つ使って説明してください。"],
    cont: ["続けて", "続きをお願いします", "止まったところから続けてください。"],
    hi: ["こんにちは", "すみません、質問です", "おはようございます"],
  },
  ko: {
    topics: ["복리", "프랑스 혁명", "광합성", "인플레이션", "면역 체계", "판 구조론", "신경망", "물의 순환", "조선 왕조", "블랙홀", "양자 얽힘", "수요와 공급"],
    chat: ["{t} 쉽게 설명해 줄 수 있어?", "{t}는 정확히 어떻게 작동해?", "내일 {t} 시험인데 좀 도와줘", "{t}에서 제일 중요한 게 뭐야?", "{t} 짧게 요약해 줘", "요즘 {t} 얘기가 왜 이렇게 많아?"],
    follow: ["예시 하나만 들어 줄래?", "두 번째 부분이 이해가 안 돼", "더 짧게 부탁해", "지금도 그래?", "고마워! 다음엔 뭘 읽으면 좋을까?", "표로 정리해 줘"],
    ask: ["{t}에 대해 정의, 메커니즘, 역사, 자세한 예제, 흔한 오해를 모두 포함한 교과서 수준의 포괄적인 설명을 작성해 주세요. 소제목을 사용하세요.", "{t}를 추론 단계를 생략하지 말고 단계별로 자세히 설명하고, 완전한 예시 세 개를 들어 주세요.", "{t}에 관한 완전한 강의 노트를 연습 문제와 상세한 풀이와 함께 작성해 주세요."],
    study: ["왜 {t}는 이렇게 되는 거예요? 이해가 안 돼요.", "{t} 숙제를 틀렸어요. 올바른 풀이 과정이 뭔가요?", "{t}의 핵심 아이디어를 예시 하나로 설명해 주세요."],
    cont: ["계속", "이어서 써 줘", "멈춘 곳에서 그대로 이어서 작성해 주세요."],
    hi: ["안녕", "안녕하세요", "질문 있어요"],
  },
  ar: {
    topics: ["الفائدة المركبة", "الثورة الفرنسية", "التمثيل الضوئي", "التضخم", "الجهاز المناعي", "الصفائح التكتونية", "الشبكات العصبية", "دورة الماء", "الدولة العباسية", "الثقوب السوداء", "الطاقة الشمسية", "العرض والطلب"],
    chat: ["ممكن تشرح لي {t} ببساطة؟", "كيف يعمل {t} بالضبط؟", "عندي امتحان بكرة عن {t}، ساعدني", "ما أهم شيء يجب معرفته عن {t}؟", "لخص لي {t} في أسطر قليلة", "لماذا يتحدث الجميع عن {t} هذه الأيام؟"],
    follow: ["ممكن مثال؟", "لم أفهم الجزء الثاني", "أقصر من فضلك", "هل ما زال هذا صحيحاً اليوم؟", "شكراً! ماذا أقرأ بعد ذلك؟", "ضعها في جدول"],
    ask: ["اكتب شرحاً شاملاً بمستوى الكتب الجامعية عن {t}: التعريفات، والآليات، والتاريخ، وأمثلة محلولة بالتفصيل، والمفاهيم الخاطئة الشائعة، مع عناوين فرعية.", "اشرح {t} بعمق وخطوة بخطوة دون إغفال أي استدلال، مع ثلاثة أمثلة مفصلة.", "أعدّ درساً كاملاً عن {t} مع تمارين وحلولها المفصلة."],
    study: ["لماذا يعمل {t} بهذه الطريقة؟ لم أفهم.", "أخطأت في واجبي عن {t}، ما هو الاستدلال الصحيح؟", "ما الفكرة الأساسية في {t}؟ مع مثال واحد."],
    cont: ["أكمل", "تابع", "تابع من حيث توقفت بالضبط."],
    hi: ["مرحبا", "السلام عليكم", "أهلاً"],
  },
  hi: {
    topics: ["चक्रवृद्धि ब्याज", "फ्रांसीसी क्रांति", "प्रकाश संश्लेषण", "मुद्रास्फीति", "प्रतिरक्षा प्रणाली", "प्लेट विवर्तनिकी", "न्यूरल नेटवर्क", "जल चक्र", "मौर्य साम्राज्य", "ब्लैक होल", "मानसून", "मांग और आपूर्ति"],
    chat: ["क्या आप {t} आसान भाषा में समझा सकते हैं?", "{t} असल में कैसे काम करता है?", "कल {t} पर मेरा टेस्ट है, मदद करो", "{t} के बारे में सबसे ज़रूरी बात क्या है?", "{t} को छोटे में समझाओ", "आजकल {t} की इतनी चर्चा क्यों है?"],
    follow: ["एक उदाहरण दे सकते हो?", "दूसरा हिस्सा समझ नहीं आया", "थोड़ा छोटा करो", "क्या आज भी ऐसा ही है?", "धन्यवाद! आगे क्या पढ़ूँ?", "इसे तालिका में लिखो"],
    ask: ["{t} पर पाठ्यपुस्तक स्तर की विस्तृत व्याख्या लिखिए: परिभाषाएँ, कार्यप्रणाली, इतिहास, हल किए गए उदाहरण और आम गलतफहमियाँ, शीर्षकों के साथ।", "{t} को चरण-दर-चरण, बिना कोई तर्क छोड़े, विस्तार से समझाइए और तीन पूरे उदाहरण दीजिए।", "{t} पर अभ्यास प्रश्नों और विस्तृत हलों के साथ एक पूरा पाठ तैयार कीजिए।"],
    study: ["{t} ऐसे क्यों होता है? मुझे समझ नहीं आया।", "{t} वाले होमवर्क में मेरा उत्तर गलत था, सही तरीका क्या है?", "{t} का मुख्य विचार एक उदाहरण से समझाइए।"],
    cont: ["आगे लिखो", "जारी रखें", "जहाँ रुके थे वहीं से आगे लिखिए।"],
    hi: ["नमस्ते", "हैलो", "सुनो"],
  },
  id: {
    topics: ["bunga majemuk", "Revolusi Prancis", "fotosintesis", "inflasi", "sistem imun", "lempeng tektonik", "jaringan saraf tiruan", "siklus air", "Kerajaan Majapahit", "lubang hitam", "energi terbarukan", "permintaan dan penawaran"],
    chat: ["bisa jelasin {t} dengan sederhana?", "{t} itu sebenarnya gimana cara kerjanya?", "besok ujian soal {t}, bantuin dong", "apa yang paling penting soal {t}?", "ringkas {t} dalam beberapa kalimat ya", "kenapa sekarang banyak yang bahas {t}?"],
    follow: ["bisa kasih contoh?", "bagian kedua aku belum paham", "lebih singkat dong", "apa itu masih berlaku sekarang?", "makasih! habis ini baca apa ya?", "buat jadi tabel"],
    ask: ["Tuliskan penjelasan menyeluruh setingkat buku teks universitas tentang {t}: definisi, mekanisme, sejarah, contoh soal yang diselesaikan dan miskonsepsi umum, dengan subjudul.", "Jelaskan {t} secara mendalam langkah demi langkah tanpa melewatkan penalaran apa pun, dengan tiga contoh lengkap.", "Susun materi pelajaran lengkap tentang {t} beserta latihan dan pembahasan rinci."],
    study: ["Kenapa {t} bisa begitu? Aku nggak ngerti.", "PR-ku soal {t} salah, penalaran yang benar gimana?", "Apa ide utama {t}? Pakai satu contoh."],
    cont: ["lanjut", "lanjutkan", "Lanjutkan persis dari bagian terakhir."],
    hi: ["halo", "hai kak", "permisi"],
  },
  tr: {
    topics: ["bileşik faiz", "Fransız Devrimi", "fotosentez", "enflasyon", "bağışıklık sistemi", "levha tektoniği", "yapay sinir ağları", "su döngüsü", "Osmanlı'nın kuruluşu", "kara delikler", "deprem mühendisliği", "arz ve talep"],
    chat: ["{t} konusunu basitçe anlatır mısın?", "{t} tam olarak nasıl işliyor?", "yarın {t} sınavım var, yardım eder misin?", "{t} hakkında bilinmesi gereken en önemli şey ne?", "{t} konusunu birkaç cümleyle özetle", "son zamanlarda neden herkes {t} konuşuyor?"],
    follow: ["bir örnek verir misin?", "ikinci kısmı anlamadım", "daha kısa lütfen", "bu bugün de geçerli mi?", "teşekkürler! sonra ne okumalıyım?", "tablo halinde yaz"],
    ask: ["{t} hakkında tanımlar, mekanizmalar, tarihçe, çözümlü örnekler ve yaygın yanlış anlamalar içeren, ders kitabı düzeyinde kapsamlı bir açıklama yaz. Alt başlıklar kullan.", "{t} konusunu hiçbir akıl yürütme adımını atlamadan adım adım ve derinlemesine açıkla, üç ayrıntılı örnek ver.", "{t} üzerine alıştırmalar ve ayrıntılı çözümleriyle eksiksiz bir ders notu hazırla."],
    study: ["{t} neden böyle oluyor? Anlamadım.", "{t} ödevimde hata yaptım, doğru akıl yürütme nedir?", "{t} konusunun ana fikri nedir? Bir örnekle."],
    cont: ["devam et", "devam", "Kaldığın yerden aynen devam et."],
    hi: ["merhaba", "selam", "iyi akşamlar"],
  },
  sw: {
    topics: ["riba mchanganyiko", "Mapinduzi ya Ufaransa", "usanisinuru", "mfumuko wa bei", "mfumo wa kinga", "mabamba ya dunia", "mitandao ya neva", "mzunguko wa maji", "historia ya Zanzibar", "mashimo meusi", "kilimo cha kahawa", "ugavi na mahitaji"],
    chat: ["unaweza kunieleza {t} kwa urahisi?", "{t} inafanyaje kazi hasa?", "nina mtihani kesho kuhusu {t}, nisaidie", "ni kitu gani muhimu zaidi kuhusu {t}?", "nifupishie {t} kwa sentensi chache", "kwa nini watu wengi wanazungumzia {t} siku hizi?"],
    follow: ["unaweza kutoa mfano?", "sehemu ya pili sijaielewa", "fupisha zaidi tafadhali", "je, bado ni hivyo leo?", "asante! nisome nini baadaye?", "weka kwenye jedwali"],
    ask: ["Andika maelezo kamili ya kiwango cha kitabu cha chuo kikuu kuhusu {t}: fasili, jinsi inavyofanya kazi, historia, mifano iliyotatuliwa na dhana potofu za kawaida, ukitumia vichwa vidogo.", "Eleza {t} kwa kina hatua kwa hatua bila kuruka hoja yoyote, na utoe mifano mitatu kamili."],
    study: ["Kwa nini {t} iko hivyo? Sielewi.", "Nilikosea kazi yangu ya nyumbani kuhusu {t}, njia sahihi ni ipi?"],
    cont: ["endelea", "Endelea pale ulipoishia."],
    hi: ["habari", "mambo", "hujambo"],
  },
  vi: {
    topics: ["lãi kép", "Cách mạng Pháp", "quang hợp", "lạm phát", "hệ miễn dịch", "kiến tạo mảng", "mạng nơ-ron", "vòng tuần hoàn nước", "nhà Trần", "lỗ đen", "năng lượng tái tạo", "cung và cầu"],
    chat: ["bạn giải thích {t} đơn giản giúp mình được không?", "{t} thực ra hoạt động thế nào?", "mai mình thi {t}, giúp mình với", "điều quan trọng nhất về {t} là gì?", "tóm tắt {t} vài câu thôi", "sao dạo này ai cũng nói về {t} vậy?"],
    follow: ["cho mình một ví dụ nhé?", "phần thứ hai mình chưa hiểu", "ngắn hơn nữa nhé", "bây giờ còn đúng không?", "cảm ơn! tiếp theo mình nên đọc gì?", "làm thành bảng giúp mình"],
    ask: ["Hãy viết một bài giải thích toàn diện ở mức giáo trình đại học về {t}: định nghĩa, cơ chế, lịch sử, ví dụ có lời giải chi tiết và những hiểu lầm phổ biến, có tiêu đề mục.", "Giải thích {t} thật chi tiết từng bước, không bỏ qua bước lập luận nào, kèm ba ví dụ đầy đủ."],
    study: ["Tại sao {t} lại như vậy? Mình chưa hiểu.", "Bài tập về {t} mình làm sai, lập luận đúng là gì?"],
    cont: ["tiếp tục", "viết tiếp đi", "Hãy viết tiếp đúng chỗ bạn dừng lại."],
    hi: ["chào bạn", "xin chào", "alo"],
  },
};

export function fill(tpl: string, t: string): string { return tpl.replace("{t}", t); }
export function chatQ(r: Rng, l: Lang): string { const b = BANK[l]; return fill(r.pick(b.chat), r.pick(b.topics)); }
export function askQ(r: Rng, l: Lang): string { const b = BANK[l]; return fill(r.pick(b.ask), r.pick(b.topics)); }
export function studyQ(r: Rng, l: Lang): string { const b = BANK[l]; return fill(r.pick(b.study), r.pick(b.topics)); }

// ---------- English and multilingual problem generators (parametrised, for variety) ----------
const NAMES = ["Amina", "Kenji", "Lucía", "Tom", "Priya", "Jonas", "Wei", "Fatma", "Ngozi", "Dmitri", "Ana", "Hiro"];
export function mathProblem(r: Rng): string {
  const n = r.pick(NAMES);
  const k = r.int(0, 7);
  const a = r.int(3, 97), b = r.int(2, 40), c = r.int(2, 12);
  switch (k) {
    case 0: return `${n} invests $${a * 100} at ${b / 10}% interest compounded monthly. How many full years until the balance exceeds $${a * 100 * c}?`;
    case 1: return `Find all integer solutions of x^2 - ${b}x + ${a} = y^2.`;
    case 2: return `A bag has ${a} red and ${b} blue marbles. ${n} draws ${c} without replacement. What is the probability that exactly ${Math.min(c, 3)} are red?`;
    case 3: return `Prove that for every positive integer n, ${c}^n - 1 is divisible by ${c - 1}.`;
    case 4: return `Evaluate the integral of x^${c} * e^(-${b}x) from 0 to infinity and explain each step.`;
    case 5: return `How many ways can ${c + 3} people sit around a round table if ${n} and their friend refuse to sit next to each other?`;
    case 6: return `Let f(x) = ${a}x^3 - ${b}x + ${c}. Find the local extrema and sketch the behaviour of f.`;
    default: return `A train leaves at ${c}:${String(b).padStart(2, "0")} travelling ${a + 40} km/h; another leaves ${c % 5 + 1} hours later at ${a + 70} km/h. When does the second catch up?`;
  }
}
const CODE_TASKS = [
  "an LRU cache with O(1) get and put", "a rate limiter using a token bucket", "a trie supporting prefix search and deletion",
  "Dijkstra's algorithm on an adjacency list with a binary heap", "a JSON parser for a subset of the grammar", "a thread-safe bounded queue",
  "interval merging for calendar bookings", "a topological sort that reports cycles", "a consistent-hashing ring with virtual nodes",
  "a minimal regex matcher supporting . * and ?", "an event-sourced bank account aggregate", "a skip list with insert and search",
];
const CODE_LANGS = ["Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin"];
export function codeTask(r: Rng): string {
  return `Implement ${r.pick(CODE_TASKS)} in ${r.pick(CODE_LANGS)}. Explain the design, give the complete code, complexity analysis, and unit tests covering edge cases.`;
}

// ---------- writing assistant ----------
export const ARTICLE_TOPICS: Record<"en" | "es" | "de" | "pt" | "ja" | "id", string[]> = {
  en: ["remote onboarding for small teams", "why our bakery switched to solar", "a beginner's guide to trail running", "how to price freelance design work", "lessons from migrating to Postgres 17", "choosing a first e-bike"],
  es: ["cómo ahorrar en la factura de la luz", "guía para empezar a correr", "por qué digitalizar una librería de barrio", "consejos para teletrabajar con niños"],
  de: ["Balkonkraftwerke für Mieter", "Wandern im Harz im Herbst", "wie wir unsere Lagerlogistik umgestellt haben", "Tipps für die erste Steuererklärung"],
  pt: ["como organizar as finanças da família", "roteiro de três dias em Salvador", "dicas para vender artesanato online", "como montar uma horta em apartamento"],
  ja: ["在宅勤務で集中力を保つ方法", "初心者のための登山準備", "小さなカフェのSNS運用", "家計簿アプリの選び方"],
  id: ["tips memulai usaha kopi rumahan", "panduan wisata hemat ke Lombok", "cara mengatur keuangan untuk pekerja lepas", "belajar fotografi dengan ponsel"],
};
export const OUTLINE_ASK: Record<keyof typeof ARTICLE_TOPICS, string> = {
  en: "Give me a short outline (5-7 bullets) for a blog post about {t}.",
  es: "Dame un esquema breve (5-7 puntos) para un artículo de blog sobre {t}.",
  de: "Gib mir eine kurze Gliederung (5-7 Punkte) für einen Blogartikel über {t}.",
  pt: "Me dá um roteiro curto (5 a 7 tópicos) para um post de blog sobre {t}.",
  ja: "{t}についてのブログ記事の短い構成案（5〜7項目）をください。",
  id: "Buatkan kerangka singkat (5-7 poin) untuk artikel blog tentang {t}.",
};
export const ARTICLE_ASK: Record<keyof typeof ARTICLE_TOPICS, string[]> = {
  en: ["Great, now write the full article from that outline, about 1500 words, friendly tone.", "Now write the whole post. Keep my voice casual, around 1200-1800 words."],
  es: ["Perfecto, ahora escribe el artículo completo a partir del esquema, unas 1500 palabras."],
  de: ["Super, jetzt schreib bitte den ganzen Artikel nach dieser Gliederung, etwa 1500 Wörter."],
  pt: ["Ótimo, agora escreve o artigo completo seguindo o roteiro, umas 1500 palavras."],
  ja: ["いいですね。この構成で記事全文を2000字程度で書いてください。"],
  id: ["Oke, sekarang tulis artikel lengkapnya dari kerangka itu, sekitar 1500 kata."],
};
export const EDIT_ASK = ["Make the intro punchier.", "Shorten the conclusion and add a call to action.", "Can you suggest 5 titles?", "Fix the tone in section 3, it sounds too formal.", "Add a short FAQ at the end."];

// ---------- coding agent ----------
export const DEV_TASKS = [
  "The test suite fails on CI with a timezone error in date_utils. Find and fix it.",
  "Add pagination to the /orders endpoint and update the tests.",
  "Refactor the payment client to use the new retry helper.",
  "Upgrade the logging library and fix the breaking changes.",
  "Why does `npm run build` fail after the last merge? Fix it.",
  "Add a CLI flag --dry-run to the migration script.",
  "Write unit tests for the invoice rounding logic.",
  "The Dockerfile build is slow; cache dependencies properly.",
  "Rename the `userId` field to `accountId` across the API layer.",
  "Investigate the memory leak in the websocket handler.",
  "Corrige el bug de validación del formulario de registro.",
  "ログイン画面のバリデーションエラーを直してください。",
  "修复导出CSV时中文乱码的问题。",
];
export const DEV_FILES = ["src/api/orders.ts", "src/lib/date_utils.py", "tests/test_invoice.py", "Dockerfile", "package.json", "src/payments/client.go", "cmd/migrate/main.go", "app/models/user.rb", "src/ws/handler.ts", "README.md"];

// ---------- support bot ----------
export const SUPPORT: Record<"en" | "es" | "pt" | "ar" | "id" | "tr", string[]> = {
  en: ["where is my order #{n}?", "I want to return the shoes I bought last week", "my package says delivered but I didn't get it", "can I change the delivery address for order {n}?", "the discount code isn't working"],
  es: ["¿dónde está mi pedido {n}?", "quiero devolver un producto", "me cobraron dos veces", "¿puedo cambiar la dirección de entrega?"],
  pt: ["cadê meu pedido {n}?", "quero trocar o tamanho da camiseta", "fui cobrado duas vezes", "posso mudar o endereço de entrega?"],
  ar: ["أين طلبي رقم {n}؟", "أريد إرجاع المنتج", "تم خصم المبلغ مرتين", "هل يمكن تغيير عنوان التوصيل؟"],
  id: ["pesanan {n} saya sudah sampai mana?", "saya mau retur barang", "saya kena tagihan dua kali", "bisa ganti alamat pengiriman?"],
  tr: ["{n} numaralı siparişim nerede?", "ürünü iade etmek istiyorum", "iki kez ücret alındı", "teslimat adresini değiştirebilir miyim?"],
};
export const SUPPORT_FOLLOW = ["ok thanks", "and when will the refund arrive?", "can I talk to a human?", "perfect, gracias", "obrigado!", "شكراً", "makasih", "teşekkürler"];

// ---------- documents for extraction ----------
const VENDORS = ["Müller Logistik GmbH", "Acme Supplies Ltd", "Sakura Trading KK", "PT Maju Jaya", "Distribuidora del Sur SA", "Nile Office Co."];
const ITEMS = ["A4 paper 80g", "toner cartridge", "USB-C cable 2m", "office chair", "desk lamp", "whiteboard markers", "network switch 24p"];
export function invoiceDoc(r: Rng): string {
  const lines: string[] = [];
  const n = r.int(3, 14);
  lines.push(`INVOICE ${r.int(10000, 99999)}-${r.int(1, 99)}`);
  lines.push(`From: ${r.pick(VENDORS)}   Date: 2026-${String(r.int(1, 11)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}`);
  lines.push(`Bill to: customer ${r.int(1000, 9999)}, ${r.pick(["Berlin", "Lyon", "Osaka", "Surabaya", "Sevilla", "Cairo", "Austin"])}`);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const q = r.int(1, 40), p = r.int(2, 900) + r.int(0, 99) / 100;
    total += q * p;
    lines.push(`${i + 1}. ${r.pick(ITEMS)}  qty ${q}  unit ${p.toFixed(2)}  amount ${(q * p).toFixed(2)}`);
  }
  lines.push(`Subtotal ${total.toFixed(2)}  VAT ${r.pick([7, 10, 11, 19, 20, 21])}%  Payment terms: ${r.pick([14, 30, 45, 60])} days`);
  if (r.chance(0.5)) lines.push("Notes: " + r.pick(["Delivery split in two shipments.", "Bitte bei Zahlung die Rechnungsnummer angeben.", "支払期日を過ぎた場合は遅延損害金が発生します。", "Pembayaran melalui transfer bank."]));
  return lines.join("\n");
}

// ---------- research assistant ----------
export const RESEARCH_Q = [
  "Compile a literature overview on microplastics in freshwater fish published since 2020, with study sizes and main findings.",
  "Compare the total cost of ownership of heat pumps vs gas boilers for a 120 m² house in central Europe over 15 years.",
  "Summarise the regulatory landscape for drone deliveries in the EU, US and Japan, with sources.",
  "Market scan: B2B invoicing SaaS vendors in Southeast Asia, pricing and positioning.",
  "What is known about the long-term effects of intermittent fasting on muscle mass? Summarise trials.",
  "Investiga el mercado de baterías de segunda vida en América Latina y resume los actores principales.",
  "Erstelle einen Überblick über Förderprogramme für Wärmepumpen in Deutschland 2026.",
  "インドネシアのEC市場における物流スタートアップの動向を調査してまとめてください。",
  "請整理近五年關於城市熱島效應緩解措施的研究，並比較其成本與效果。",
  "Prepare a due-diligence brief on the lithium supply chain risks for a mid-sized battery maker.",
];

// ---------- filler prose for assistant turns carried back in histories, and retrieved excerpts ----------
const SENT: Record<string, string[]> = {
  en: ["Thanks for reaching out, I checked your order.", "Your parcel left our warehouse yesterday and is with the carrier.", "I have opened a return for you; you will receive a label by email.", "Refunds usually reach your account within 5 to 7 business days.", "If anything else comes up, just reply here.", "You can change the address until the order ships.", "To update your plan, open Settings and choose Billing.", "Invoices are available as PDF in the account area.", "Two-factor authentication can be enabled under Security.", "Exports are limited to 10,000 rows per file.", "Deleted projects can be restored within 30 days."],
  es: ["Gracias por escribirnos, ya revisé tu pedido.", "Tu paquete salió ayer del almacén.", "Te abrí una devolución; recibirás la etiqueta por correo.", "El reembolso tarda de 5 a 7 días hábiles.", "Puedes cambiar la dirección hasta que se envíe el pedido."],
  pt: ["Obrigado pelo contato, já verifiquei seu pedido.", "Seu pacote saiu do nosso centro ontem.", "Abri a troca para você; a etiqueta chega por e-mail.", "O estorno leva de 5 a 7 dias úteis.", "Você pode alterar o endereço até o envio."],
  ar: ["شكراً لتواصلك، راجعت طلبك.", "غادر طردك المستودع أمس وهو الآن مع شركة الشحن.", "فتحت لك طلب إرجاع وستصلك بطاقة الشحن بالبريد.", "يصل المبلغ المسترد خلال 5 إلى 7 أيام عمل."],
  id: ["Terima kasih sudah menghubungi kami, pesanan Anda sudah saya cek.", "Paket Anda sudah keluar dari gudang kemarin.", "Retur sudah saya buatkan, label dikirim lewat email.", "Pengembalian dana biasanya 5 sampai 7 hari kerja."],
  tr: ["Bize yazdığınız için teşekkürler, siparişinizi kontrol ettim.", "Paketiniz dün depodan çıktı.", "İade talebinizi açtım, etiket e-postayla gelecek.", "İade 5-7 iş günü içinde hesabınıza geçer."],
  de: ["Nach ständiger Rechtsprechung ist die Rügeobliegenheit eng auszulegen.", "Maßgeblich ist der Zeitpunkt der Ablieferung der Ware.", "Eine Ausnahme gilt für verdeckte Mängel, die erst später erkennbar werden.", "Die Klausel dürfte einer Inhaltskontrolle nach § 307 BGB nicht standhalten.", "Empfehlenswert ist eine ausdrückliche Regelung im Rahmenvertrag.", "Bei Verbrauchern greifen zusätzlich die §§ 474 ff. BGB.", "Die Schriftform kann durch Textform ersetzt werden, wenn der Vertrag dies zulässt.", "Ein Restrisiko bleibt, da die Frage obergerichtlich nicht abschließend geklärt ist."],
  fr: ["Pour modifier votre abonnement, ouvrez Paramètres puis Facturation.", "Les factures sont disponibles en PDF dans votre espace client.", "La double authentification s'active dans la rubrique Sécurité.", "Les exports sont limités à 10 000 lignes par fichier.", "Un projet supprimé peut être restauré pendant 30 jours.", "Le support répond du lundi au vendredi, de 9 h à 18 h."],
};
/** About `n` tokens of plausible prose in `lang` (falls back to English). */
export function prose(r: Rng, lang: string, n: number): string {
  const b = SENT[lang] ?? SENT.en;
  let s = "";
  let t = 0;
  while (t < n) { const x = r.pick(b); s += (s ? " " : "") + x; t += Math.max(1, Math.round(x.length / (lang === "ar" ? 2.2 : 3.8))); }
  return s;
}

// ---------- instruction-dataset-like prompts (what a harvest sweeps: many tasks, many subjects) ----------
const SUBJ = ["a lighthouse keeper", "quarterly sales figures", "a vegan lasagna", "the Treaty of Westphalia", "a Python decorator", "a startup pitch for drone insurance", "migraine triggers", "the rules of cricket", "a wedding toast", "glacier retreat", "a cover letter for a nurse", "Kubernetes pod eviction", "the history of the printing press", "a bedtime story about a dragon", "fermenting kimchi", "an apology email to a client", "the Monty Hall problem", "a SQL window function", "coral bleaching", "a marathon training plan", "the causes of World War I", "a product description for a ceramic mug", "the Pythagorean theorem", "a limerick about a cat", "GDPR data subject rights", "a haiku about autumn rain", "the stock-to-flow ratio", "a villain's monologue", "composting in small apartments", "the difference between TCP and UDP", "a job interview for a barista", "black-box testing", "the Mughal Empire", "a recipe for jollof rice", "public-key cryptography", "a eulogy for a grandfather", "the Doppler effect", "a debate on school uniforms", "a Rust borrow-checker error", "the Sahel drought", "impressionist painting", "a lesson plan on fractions", "ocean acidification", "a chess opening for beginners", "the Meiji Restoration", "a budget for a student in Berlin", "the ethics of self-driving cars", "a Go HTTP middleware", "the nitrogen cycle", "a birthday poem for a sister"];
const TASK = ["Write a short story about {s}.", "Explain {s} to a high-school student.", "Give me a step-by-step guide to {s}.", "Write a persuasive essay about {s}.", "List 10 interesting facts about {s}.", "Compare two perspectives on {s} and conclude.", "Create a quiz with answers about {s}.", "Summarize the key ideas of {s} in 300 words.", "Write a dialogue between two experts about {s}.", "What are the pros and cons of {s}?", "Describe {s} in the style of a nature documentary.", "Write a poem about {s}.", "Draft an email about {s}.", "Outline a lecture on {s}, then write the first section in full.", "Critique common arguments about {s}.", "Generate a FAQ about {s} with detailed answers."];
const TASK_ML: Record<string, string[]> = {
  zh: ["写一篇关于{s}的短文。", "向高中生解释{s}。", "列出关于{s}的十个有趣事实。", "分析{s}的优缺点。"],
  es: ["Escribe un relato corto sobre {s}.", "Explica {s} a un estudiante de secundaria.", "Enumera diez datos curiosos sobre {s}."],
  ar: ["اكتب قصة قصيرة عن {s}.", "اشرح {s} لطالب في المرحلة الثانوية.", "اذكر عشر حقائق مثيرة عن {s}."],
  hi: ["{s} पर एक छोटी कहानी लिखिए।", "{s} को हाई-स्कूल के छात्र को समझाइए।", "{s} के बारे में दस रोचक तथ्य बताइए।"],
  id: ["Tulis cerita pendek tentang {s}.", "Jelaskan {s} kepada siswa SMA.", "Sebutkan sepuluh fakta menarik tentang {s}."],
  ja: ["{s}についての短い物語を書いてください。", "{s}を高校生に説明してください。", "{s}に関する面白い事実を10個挙げてください。"],
};
/** One instruction-tuning-style prompt (subjects stay in English, as mixed datasets often do). */
export function instruction(r: Rng, lang?: string): string {
  const s = r.pick(SUBJ);
  const tpls = lang && TASK_ML[lang] && r.chance(0.7) ? TASK_ML[lang] : TASK;
  return r.pick(tpls).replace("{s}", s);
}
