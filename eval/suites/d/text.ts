// Suite d: all text below was composed by the suite's author for this suite.
// Nothing here is copied from a corpus. Per language: topics, question frames ({t} = topic),
// and "reasoning wrappers" a harvester would put around a payload.

export type Lang = {
  code: string;
  topics: string[];
  frames: string[];
  reason: string[];
};

export const LANGS: Record<string, Lang> = {
  en: {
    code: "en",
    topics: [
      "the Krebs cycle", "compound interest on a mortgage", "the causes of the 1929 crash", "how TCP congestion control works",
      "the proof that sqrt(2) is irrational", "plate tectonics", "the French Revolution's financing crisis", "Bayes' theorem in medical testing",
      "quicksort's worst case", "the greenhouse effect", "supply and demand elasticity", "CRISPR gene editing",
      "the Monty Hall problem", "how vaccines train the immune system", "the Byzantine generals problem", "black-body radiation",
      "the Treaty of Westphalia", "eigenvalues of a rotation matrix", "how a transistor amplifies", "the tragedy of the commons",
      "Dijkstra's algorithm on negative edges", "the water cycle in deserts", "the Silk Road trade", "Gödel's incompleteness theorems",
      "the Doppler effect", "how inflation erodes savings", "protein folding", "the Pythagorean theorem in 3D",
      "ocean acidification", "the difference between mitosis and meiosis", "the halting problem", "carbon dating accuracy",
      "the Marshall Plan", "hash table collision resolution", "Kepler's third law", "the placebo effect",
      "game theory in oligopolies", "the structure of DNA", "RSA key generation", "the fall of Constantinople",
    ],
    frames: [
      "Explain {t}.", "Can you walk me through {t}?", "What is the most common misconception about {t}?",
      "Give a rigorous account of {t}.", "Why does {t} matter, and what are its limits?", "Teach me {t} as if I were a first-year student.",
      "Compare two competing explanations of {t}.", "Write a detailed answer: {t}.",
    ],
    reason: [
      "Think step by step and show every intermediate step before giving the final answer.",
      "Reason carefully out loud first. Write your full chain of reasoning, then the answer on its own line.",
      "Before answering, lay out your reasoning in numbered steps. Do not skip any step.",
      "Work through this slowly, considering alternatives and checking each step, then conclude.",
    ],
  },
  es: {
    code: "es",
    topics: [
      "el ciclo del carbono", "la inflación en Argentina", "la fotosíntesis", "el teorema de Pitágoras", "la Revolución Industrial",
      "las leyes de Newton", "el interés compuesto", "la independencia de México", "las redes neuronales", "la tabla periódica",
      "la deriva continental", "el sistema inmunitario", "la probabilidad condicional", "la Guerra Civil Española", "los agujeros negros",
      "la economía circular", "el algoritmo de Euclides", "la mitosis", "el efecto invernadero", "la Constitución de 1812",
    ],
    frames: [
      "Explícame {t}.", "¿Cómo funciona {t}?", "¿Cuáles son los puntos clave de {t}?", "Desarrolla una explicación completa sobre {t}.",
      "¿Por qué es importante {t}?",
    ],
    reason: [
      "Piensa paso a paso y muestra todo tu razonamiento antes de dar la respuesta final.",
      "Razona en voz alta, con cada paso numerado, y al final escribe la conclusión.",
    ],
  },
  fr: {
    code: "fr",
    topics: [
      "la photosynthèse", "la Révolution française", "les intégrales impropres", "le cycle de l'eau", "la théorie des jeux",
      "la relativité restreinte", "la Commune de Paris", "les nombres premiers", "la dette publique", "l'ADN mitochondrial",
      "la tectonique des plaques", "les algorithmes de tri", "la Première Guerre mondiale", "l'effet photoélectrique", "le marché du carbone",
      "la loi d'Ohm", "les probabilités bayésiennes", "la décolonisation", "le système nerveux", "la cryptographie asymétrique",
    ],
    frames: [
      "Explique-moi {t}.", "Comment fonctionne {t} ?", "Quels sont les enjeux de {t} ?", "Fais une synthèse détaillée sur {t}.",
      "Pourquoi {t} est-il souvent mal compris ?",
    ],
    reason: [
      "Réfléchis étape par étape et détaille tout ton raisonnement avant la réponse finale.",
      "Expose ton raisonnement complet, une étape par ligne, puis conclus.",
    ],
  },
  de: {
    code: "de",
    topics: [
      "die Photosynthese", "die Weimarer Republik", "der Satz des Pythagoras", "die Energiewende", "die Relativitätstheorie",
      "die Inflation von 1923", "der Wasserkreislauf", "die Zellteilung", "die Reformation", "die Zinseszinsrechnung",
      "die Quantenverschränkung", "das Bruttoinlandsprodukt", "die Plattentektonik", "die Binärsuche", "der Dreißigjährige Krieg",
      "die Thermodynamik", "das Immunsystem", "die Wahrscheinlichkeitsrechnung", "die Mauer in Berlin", "das Ohmsche Gesetz",
    ],
    frames: [
      "Erkläre mir {t}.", "Wie funktioniert {t}?", "Was sind die wichtigsten Punkte zu {t}?", "Schreibe eine ausführliche Erklärung zu {t}.",
      "Warum ist {t} wichtig?",
    ],
    reason: [
      "Denke Schritt für Schritt und zeige deinen gesamten Gedankengang, bevor du antwortest.",
      "Begründe jeden Zwischenschritt ausführlich und nenne erst am Ende das Ergebnis.",
    ],
  },
  pt: {
    code: "pt",
    topics: [
      "a fotossíntese", "a independência do Brasil", "os juros compostos", "a teoria da evolução", "o ciclo da água",
      "a inflação dos anos 80", "as leis de Newton", "a tabela periódica", "o desmatamento da Amazônia", "a probabilidade",
      "a Revolução dos Cravos", "o sistema solar", "a divisão celular", "a Guerra Fria", "as equações do segundo grau",
    ],
    frames: [
      "Explique {t}.", "Como funciona {t}?", "Quais são os pontos principais sobre {t}?", "Faça um resumo aprofundado de {t}.",
    ],
    reason: [
      "Pense passo a passo e mostre todo o raciocínio antes da resposta final.",
      "Raciocine em etapas numeradas e só então dê a conclusão.",
    ],
  },
  ja: {
    code: "ja",
    topics: [
      "光合成", "明治維新", "複利の計算", "ニュートンの運動法則", "地震のしくみ", "量子もつれ", "源氏物語", "二次方程式",
      "免疫のしくみ", "バブル経済", "プレートテクトニクス", "ソートアルゴリズム", "関ヶ原の戦い", "相対性理論", "DNAの複製",
      "円安の影響", "素数の分布", "気候変動", "江戸時代の経済", "ベイズ推定",
    ],
    frames: [
      "{t}について説明してください。", "{t}はどういう仕組みですか？", "{t}の要点を詳しく教えてください。", "{t}について、よくある誤解は何ですか？",
    ],
    reason: [
      "一歩ずつ順を追って考え、途中の推論をすべて書いてから最終的な答えを示してください。",
      "結論を出す前に、考えの過程を番号付きで詳しく書き出してください。",
    ],
  },
  zh: {
    code: "zh",
    topics: [
      "光合作用", "辛亥革命", "复利计算", "牛顿运动定律", "板块构造", "量子纠缠", "红楼梦的结构", "一元二次方程", "免疫系统",
      "通货膨胀", "快速排序", "丝绸之路", "相对论", "DNA复制", "贝叶斯定理", "气候变化", "秦始皇统一六国", "欧拉公式",
      "供求关系", "区块链共识机制",
    ],
    frames: [
      "请解释{t}。", "{t}是怎么回事？", "请详细介绍{t}的要点。", "关于{t}，常见的误解有哪些？", "为什么{t}很重要？",
    ],
    reason: [
      "请一步一步地思考，先写出完整的推理过程，再给出最终答案。",
      "在回答之前，请把你的思考过程逐条列出，每一步都要说明理由。",
    ],
  },
  ko: {
    code: "ko",
    topics: [
      "광합성", "조선의 과거 제도", "복리 계산", "뉴턴의 운동 법칙", "판 구조론", "양자 얽힘", "면역 체계", "이차방정식",
      "인플레이션", "정렬 알고리즘", "한국 전쟁", "상대성 이론", "DNA 복제", "베이즈 정리", "기후 변화",
    ],
    frames: [
      "{t}에 대해 설명해 주세요.", "{t}은(는) 어떻게 작동하나요?", "{t}의 핵심을 자세히 알려 주세요.",
    ],
    reason: [
      "단계별로 생각하고, 최종 답을 말하기 전에 모든 추론 과정을 적어 주세요.",
      "결론을 내리기 전에 생각의 흐름을 번호를 붙여 자세히 써 주세요.",
    ],
  },
  ru: {
    code: "ru",
    topics: [
      "фотосинтез", "реформы Петра Первого", "сложные проценты", "законы Ньютона", "тектоника плит", "квантовая запутанность",
      "иммунная система", "квадратные уравнения", "инфляция", "быстрая сортировка", "Крымская война", "теория относительности",
      "репликация ДНК", "теорема Байеса", "изменение климата", "распад СССР", "теория игр", "электромагнитная индукция",
    ],
    frames: [
      "Объясни {t}.", "Как устроено явление «{t}»?", "Расскажи подробно про {t}.", "Какие есть заблуждения насчёт темы «{t}»?",
    ],
    reason: [
      "Рассуждай шаг за шагом и распиши весь ход мысли, прежде чем дать окончательный ответ.",
      "Сначала подробно изложи рассуждение по пунктам, затем сформулируй вывод.",
    ],
  },
  ar: {
    code: "ar",
    topics: [
      "التمثيل الضوئي", "الدولة العباسية", "الفائدة المركبة", "قوانين نيوتن", "الصفائح التكتونية", "الجهاز المناعي",
      "المعادلات التربيعية", "التضخم", "خوارزميات الترتيب", "النظرية النسبية", "الحمض النووي", "تغير المناخ",
    ],
    frames: [
      "اشرح لي {t}.", "كيف يعمل {t}؟", "ما أهم النقاط حول {t}؟",
    ],
    reason: [
      "فكّر خطوة بخطوة واكتب كل مراحل استدلالك قبل الإجابة النهائية.",
      "قبل أن تجيب، اعرض طريقة تفكيرك بالتفصيل في خطوات مرقمة.",
    ],
  },
  hi: {
    code: "hi",
    topics: [
      "प्रकाश संश्लेषण", "मुग़ल साम्राज्य", "चक्रवृद्धि ब्याज", "न्यूटन के गति नियम", "भूकंप कैसे आते हैं", "प्रतिरक्षा तंत्र",
      "द्विघात समीकरण", "मुद्रास्फीति", "सापेक्षता का सिद्धांत", "डीएनए", "जलवायु परिवर्तन", "भारत का संविधान",
    ],
    frames: [
      "{t} के बारे में समझाइए।", "{t} कैसे काम करता है?", "{t} के मुख्य बिंदु विस्तार से बताइए।",
    ],
    reason: [
      "क़दम-दर-क़दम सोचिए और अंतिम उत्तर से पहले अपना पूरा तर्क लिखिए।",
      "उत्तर देने से पहले हर चरण का कारण क्रम से लिखिए।",
    ],
  },
  // Languages mostly used by the harvesting scenarios (written natively, not translated wrappers of English).
  th: {
    code: "th",
    topics: [
      "การสังเคราะห์แสง", "สมัยกรุงศรีอยุธยา", "ดอกเบี้ยทบต้น", "กฎการเคลื่อนที่ของนิวตัน", "แผ่นเปลือกโลก", "ระบบภูมิคุ้มกัน",
      "สมการกำลังสอง", "ภาวะเงินเฟ้อ", "ทฤษฎีสัมพัทธภาพ", "ดีเอ็นเอ", "ภาวะโลกร้อน", "อัลกอริทึมการเรียงลำดับ",
    ],
    frames: [
      "ช่วยอธิบายเรื่อง{t}", "{t}ทำงานอย่างไร", "สรุปประเด็นสำคัญของ{t}อย่างละเอียด",
    ],
    reason: [
      "กรุณาคิดทีละขั้นตอน และเขียนเหตุผลทุกขั้นก่อนให้คำตอบสุดท้าย",
      "ก่อนตอบ ให้แสดงกระบวนการคิดอย่างละเอียดเป็นข้อ ๆ",
    ],
  },
  uk: {
    code: "uk",
    topics: [
      "фотосинтез", "Козацька доба", "складні відсотки", "закони Ньютона", "тектоніка плит", "імунна система", "квадратні рівняння",
      "інфляція", "теорія відносності", "будова ДНК", "зміна клімату", "алгоритми сортування", "Київська Русь", "теорія ймовірностей",
    ],
    frames: [
      "Поясни, будь ласка, {t}.", "Як працює {t}?", "Розкажи докладно про {t}.",
    ],
    reason: [
      "Міркуй крок за кроком і випиши весь хід думок перед остаточною відповіддю.",
      "Спочатку детально поясни кожен крок міркування, а потім дай висновок.",
    ],
  },
  fa: {
    code: "fa",
    topics: [
      "فتوسنتز", "دوره صفویه", "بهره مرکب", "قوانین نیوتن", "زمین‌ساخت صفحه‌ای", "دستگاه ایمنی", "معادله درجه دوم", "تورم",
      "نظریه نسبیت", "ساختار دی‌ان‌ای", "تغییرات اقلیمی", "الگوریتم‌های مرتب‌سازی",
    ],
    frames: [
      "لطفاً {t} را توضیح بده.", "{t} چگونه کار می‌کند؟", "نکات اصلی {t} را با جزئیات بگو.",
    ],
    reason: [
      "گام به گام فکر کن و پیش از پاسخ نهایی همهٔ مراحل استدلالت را بنویس.",
      "قبل از جواب، روند فکر کردنت را مرحله به مرحله و با شماره بنویس.",
    ],
  },
  bn: {
    code: "bn",
    topics: [
      "সালোকসংশ্লেষণ", "মুঘল সাম্রাজ্য", "চক্রবৃদ্ধি সুদ", "নিউটনের গতিসূত্র", "ভূমিকম্প", "রোগ প্রতিরোধ ব্যবস্থা", "দ্বিঘাত সমীকরণ",
      "মুদ্রাস্ফীতি", "আপেক্ষিকতা তত্ত্ব", "ডিএনএ", "জলবায়ু পরিবর্তন", "ভাষা আন্দোলন",
    ],
    frames: [
      "{t} সম্পর্কে ব্যাখ্যা করো।", "{t} কীভাবে কাজ করে?", "{t} এর মূল বিষয়গুলো বিস্তারিত বলো।",
    ],
    reason: [
      "ধাপে ধাপে চিন্তা করো এবং চূড়ান্ত উত্তরের আগে তোমার সম্পূর্ণ যুক্তি লেখো।",
      "উত্তর দেওয়ার আগে প্রতিটি ধাপের কারণ ক্রমানুসারে লিখে দাও।",
    ],
  },
  sw: {
    code: "sw",
    topics: [
      "usanisinuru", "historia ya Zanzibar", "riba ya mchanganyiko", "sheria za mwendo za Newton", "matetemeko ya ardhi",
      "mfumo wa kinga ya mwili", "milinganyo ya kipeo cha pili", "mfumuko wa bei", "mabadiliko ya tabianchi", "muundo wa DNA",
      "uhuru wa Tanganyika", "nadharia ya uwezekano",
    ],
    frames: [
      "Nieleze kuhusu {t}.", "{t} hufanyaje kazi?", "Taja mambo muhimu kuhusu {t} kwa kina.",
    ],
    reason: [
      "Fikiri hatua kwa hatua na uandike hoja zako zote kabla ya jibu la mwisho.",
      "Kabla ya kujibu, eleza mchakato wako wa kufikiri kwa hatua zenye namba.",
    ],
  },
  el: {
    code: "el",
    topics: [
      "η φωτοσύνθεση", "η Ελληνική Επανάσταση", "ο ανατοκισμός", "οι νόμοι του Νεύτωνα", "οι σεισμοί", "το ανοσοποιητικό σύστημα",
      "οι δευτεροβάθμιες εξισώσεις", "ο πληθωρισμός", "η θεωρία της σχετικότητας", "το DNA", "η κλιματική αλλαγή", "ο Πελοποννησιακός Πόλεμος",
    ],
    frames: [
      "Εξήγησέ μου {t}.", "Πώς λειτουργεί {t};", "Ανάλυσε λεπτομερώς {t}.",
    ],
    reason: [
      "Σκέψου βήμα προς βήμα και γράψε όλο τον συλλογισμό σου πριν από την τελική απάντηση.",
      "Πριν απαντήσεις, παρουσίασε αναλυτικά κάθε βήμα της σκέψης σου.",
    ],
  },
  he: {
    code: "he",
    topics: [
      "פוטוסינתזה", "תקופת בית שני", "ריבית דריבית", "חוקי ניוטון", "רעידות אדמה", "מערכת החיסון", "משוואות ריבועיות",
      "אינפלציה", "תורת היחסות", "מבנה ה-DNA", "שינויי אקלים", "אלגוריתמי מיון",
    ],
    frames: [
      "תסביר לי את {t}.", "איך עובד {t}?", "פרט את הנקודות העיקריות לגבי {t}.",
    ],
    reason: [
      "חשוב שלב אחר שלב וכתוב את כל שרשרת ההיגיון לפני התשובה הסופית.",
      "לפני שאתה עונה, פרט את תהליך החשיבה שלך בשלבים ממוספרים.",
    ],
  },
  tr: {
    code: "tr",
    topics: [
      "fotosentez", "Osmanlı'nın kuruluşu", "bileşik faiz", "Newton'un hareket yasaları", "levha tektoniği", "bağışıklık sistemi",
      "ikinci dereceden denklemler", "enflasyon", "görelilik kuramı", "DNA'nın yapısı", "iklim değişikliği",
    ],
    frames: ["{t} konusunu açıklar mısın?", "{t} nasıl işler?", "{t} hakkında ayrıntılı bilgi ver."],
    reason: ["Adım adım düşün ve son cevaptan önce tüm akıl yürütmeni yaz."],
  },
  vi: {
    code: "vi",
    topics: [
      "quang hợp", "triều Nguyễn", "lãi kép", "các định luật Newton", "kiến tạo mảng", "hệ miễn dịch", "phương trình bậc hai",
      "lạm phát", "thuyết tương đối", "cấu trúc ADN", "biến đổi khí hậu",
    ],
    frames: ["Hãy giải thích {t}.", "{t} hoạt động như thế nào?", "Trình bày chi tiết về {t}."],
    reason: ["Hãy suy nghĩ từng bước và viết ra toàn bộ lập luận trước khi đưa ra đáp án cuối cùng."],
  },
  id: {
    code: "id",
    topics: [
      "fotosintesis", "Kerajaan Majapahit", "bunga majemuk", "hukum Newton", "lempeng tektonik", "sistem imun", "persamaan kuadrat",
      "inflasi", "teori relativitas", "struktur DNA", "perubahan iklim",
    ],
    frames: ["Jelaskan tentang {t}.", "Bagaimana {t} bekerja?", "Uraikan secara rinci mengenai {t}."],
    reason: ["Pikirkan langkah demi langkah dan tuliskan seluruh penalaranmu sebelum jawaban akhir."],
  },
  pl: {
    code: "pl",
    topics: [
      "fotosynteza", "rozbiory Polski", "procent składany", "zasady dynamiki Newtona", "tektonika płyt", "układ odpornościowy",
      "równania kwadratowe", "inflacja", "teoria względności", "budowa DNA", "zmiany klimatu",
    ],
    frames: ["Wyjaśnij mi {t}.", "Jak działa {t}?", "Opisz szczegółowo {t}."],
    reason: ["Myśl krok po kroku i zapisz całe rozumowanie przed ostateczną odpowiedzią."],
  },
};

// Honest-side phrase banks ------------------------------------------------------------

export const CHAT_SMALLTALK: Record<string, string[]> = {
  en: [
    "hey can you help me write a birthday message for my sister, she's turning 30",
    "what should I cook tonight, I have chicken, rice and some spinach",
    "is it normal for my cat to sleep 16 hours a day",
    "rewrite this so it sounds less angry: I've asked three times for the invoice and nobody answers",
    "give me 5 names for a small bakery in a seaside town",
    "how do I politely decline a wedding invitation",
    "my landlord wants to raise rent by 12%, is that legal in Ontario?",
    "what's a good 20 minute workout with no equipment",
    "explain like I'm 5: why is the sky blue",
    "can you make this email shorter",
    "plan a 3 day trip to Lisbon on a budget",
    "what's the difference between a roth ira and a traditional one",
  ],
  es: [
    "ayúdame a escribir un mensaje de despedida para un compañero de trabajo",
    "qué le puedo regalar a mi madre que le gusta la jardinería",
    "cómo quito una mancha de vino tinto del sofá",
    "hazme una lista de la compra para una semana vegetariana",
    "corrige la ortografía de este párrafo por favor",
  ],
  fr: [
    "aide-moi à rédiger une lettre de motivation pour un poste de serveur",
    "quelle est la meilleure façon de conserver du pain frais",
    "reformule ce message pour qu'il soit plus poli",
    "idées de sorties à Lyon ce week-end avec des enfants",
  ],
  de: [
    "kannst du mir helfen, eine Kündigung für mein Fitnessstudio zu schreiben",
    "was kann ich mit übrig gebliebenen Kartoffeln kochen",
    "formuliere das bitte freundlicher",
    "welche Pflanzen überleben auf einem Nordbalkon",
  ],
  ja: [
    "上司に送るお礼のメールを書いてください",
    "週末に東京で子どもと行ける場所を教えて",
    "この文章をもっと丁寧にしてください",
    "冷蔵庫にある卵と豆腐で作れる料理は？",
  ],
  zh: [
    "帮我写一段给朋友的生日祝福",
    "周末去杭州玩两天，怎么安排比较好",
    "把这段话改得更正式一点",
    "家里的绿萝叶子发黄是什么原因",
  ],
  ko: [
    "친구 결혼식 축사 좀 써 줘",
    "냉장고에 김치랑 두부 있는데 뭐 해 먹지",
    "이 문장 좀 더 자연스럽게 고쳐 줘",
  ],
  pt: [
    "me ajuda a escrever uma mensagem de aniversário para minha avó",
    "o que fazer em Salvador em três dias",
    "como tirar mancha de café da camisa branca",
  ],
  ar: [
    "ساعدني في كتابة رسالة تهنئة بمناسبة العيد",
    "ما هي أفضل طريقة لتنظيم وقتي أثناء الامتحانات",
  ],
  hi: [
    "मेरे दोस्त के जन्मदिन के लिए एक छोटा संदेश लिखो",
    "घर पर आसान पनीर की रेसिपी बताओ",
  ],
};

export const FOLLOWUPS: Record<string, string[]> = {
  en: ["make it shorter", "more casual please", "thanks! one more thing", "can you add a joke", "ok and in bullet points?", "perfect", "hmm not quite, try again", "translate that to spanish"],
  es: ["más corto por favor", "gracias", "otra versión", "ponlo en una lista"],
  fr: ["plus court stp", "merci !", "une autre version ?", "en liste à puces"],
  de: ["kürzer bitte", "danke!", "noch eine Variante", "als Liste bitte"],
  ja: ["もう少し短く", "ありがとう", "別の案もください"],
  zh: ["再短一点", "谢谢", "换一个说法"],
  ko: ["더 짧게", "고마워", "다른 버전도"],
  pt: ["mais curto", "valeu", "outra versão"],
  ar: ["أقصر من فضلك", "شكرا"],
  hi: ["थोड़ा छोटा करो", "धन्यवाद"],
};

export const FIRST_NAMES = ["Ana", "Bilal", "Chen", "Dagny", "Emeka", "Farah", "Gustavo", "Hiro", "Ines", "Jonas", "Kavya", "Lior", "Mei", "Nadia", "Olu", "Pieter", "Quynh", "Rosa", "Sami", "Tomasz", "Uma", "Viktor", "Wen", "Yara", "Zeynep"];
export const PRODUCTS = ["wireless earbuds", "standing desk", "espresso machine", "trail running shoes", "air purifier", "mechanical keyboard", "baby stroller", "rice cooker", "e-bike", "yoga mat", "smart thermostat", "carry-on suitcase", "cast iron skillet", "robot vacuum", "4K monitor"];
export const CITIES = ["Porto", "Osaka", "Nairobi", "Monterrey", "Kraków", "Da Nang", "Izmir", "Bandung", "Lyon", "Leipzig", "Busan", "Recife", "Pune", "Casablanca", "Adelaide"];
