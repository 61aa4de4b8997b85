/**
 * Word banks and text composers for suite i. Every sentence here was written for this suite.
 * Composers take a PRNG so every scenario draws from its own stream.
 */
export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(a: readonly T[]): T;
  chance(p: number): boolean;
}

export type Lang = "en" | "es" | "fr" | "de" | "pt" | "it" | "nl" | "pl" | "ru" | "tr" | "ar" | "hi" | "zh" | "ja" | "ko" | "vi" | "id";
export const LANGS: Lang[] = ["en", "es", "fr", "de", "pt", "it", "nl", "pl", "ru", "tr", "ar", "hi", "zh", "ja", "ko", "vi", "id"];

const NAMES: Record<string, string[]> = {
  en: ["Maya", "Tom", "Priya", "Jordan", "Ellis", "Grace", "Omar", "Lucy", "Ben", "Hana", "Dev", "Nora"],
  es: ["Lucía", "Mateo", "Valentina", "Diego", "Camila", "Javier", "Sofía", "Andrés"],
  fr: ["Camille", "Hugo", "Léa", "Louis", "Inès", "Théo", "Chloé", "Julien"],
  de: ["Lena", "Jonas", "Mia", "Felix", "Hannah", "Lukas", "Emma", "Paul"],
  pt: ["Ana", "João", "Beatriz", "Pedro", "Mariana", "Rafael", "Larissa", "Tiago"],
  ru: ["Аня", "Дима", "Олег", "Маша", "Игорь", "Катя", "Саша", "Лена"],
  zh: ["小明", "李华", "王芳", "张伟", "刘洋", "陈静", "赵磊", "孙丽"],
  ja: ["さくら", "健太", "美咲", "翔太", "優子", "大輔", "陽菜", "拓海"],
  ko: ["민준", "서연", "지호", "하은", "도윤", "수빈", "예준", "지민"],
  ar: ["أحمد", "فاطمة", "يوسف", "مريم", "خالد", "سارة", "عمر", "ليلى"],
  hi: ["राहुल", "प्रिया", "अमित", "नेहा", "संजय", "पूजा", "विकास", "अंजलि"],
  id: ["Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri"],
  vi: ["Minh", "Lan", "Hùng", "Mai", "Tuấn", "Hoa"],
  tr: ["Ayşe", "Mehmet", "Elif", "Can", "Zeynep", "Emre"],
};
export const name = (r: Rng, l: string) => r.pick(NAMES[l] ?? NAMES.en);

// ---------------------------------------------------------------- user-generated content
const PRODUCTS: Record<string, string[]> = {
  en: ["wireless earbuds", "standing desk", "air fryer", "running shoes", "router", "baby monitor", "e-reader", "coffee grinder", "phone case", "robot vacuum", "yoga mat", "backpack", "smartwatch", "electric kettle", "gaming chair"],
  es: ["auriculares", "freidora de aire", "zapatillas", "aspiradora robot", "mochila", "cafetera", "colchón", "reloj inteligente", "silla de oficina"],
  fr: ["écouteurs", "friteuse sans huile", "chaussures de course", "aspirateur robot", "sac à dos", "bouilloire", "montre connectée", "matelas"],
  de: ["Kopfhörer", "Heißluftfritteuse", "Laufschuhe", "Saugroboter", "Rucksack", "Wasserkocher", "Smartwatch", "Schreibtischstuhl"],
  pt: ["fones de ouvido", "air fryer", "tênis de corrida", "aspirador robô", "mochila", "cafeteira", "relógio inteligente", "colchão"],
  it: ["auricolari", "friggitrice ad aria", "scarpe da corsa", "robot aspirapolvere", "zaino", "bollitore", "orologio smart"],
  nl: ["oordopjes", "airfryer", "hardloopschoenen", "robotstofzuiger", "rugzak", "waterkoker"],
  pl: ["słuchawki", "frytkownica beztłuszczowa", "buty do biegania", "odkurzacz automatyczny", "plecak", "czajnik"],
  ru: ["наушники", "аэрогриль", "кроссовки", "робот-пылесос", "рюкзак", "чайник", "умные часы", "матрас"],
  tr: ["kulaklık", "hava fritözü", "koşu ayakkabısı", "robot süpürge", "sırt çantası", "su ısıtıcısı"],
  ar: ["سماعات لاسلكية", "قلاية هوائية", "حذاء رياضي", "مكنسة روبوت", "حقيبة ظهر", "غلاية كهربائية", "ساعة ذكية"],
  hi: ["वायरलेस ईयरबड्स", "एयर फ्रायर", "रनिंग शूज़", "रोबोट वैक्यूम", "बैकपैक", "इलेक्ट्रिक केतली"],
  zh: ["无线耳机", "空气炸锅", "跑鞋", "扫地机器人", "双肩包", "电水壶", "智能手表", "床垫"],
  ja: ["ワイヤレスイヤホン", "ノンフライヤー", "ランニングシューズ", "ロボット掃除機", "リュック", "電気ケトル", "スマートウォッチ"],
  ko: ["무선 이어폰", "에어프라이어", "러닝화", "로봇청소기", "백팩", "전기포트", "스마트워치"],
  vi: ["tai nghe không dây", "nồi chiên không dầu", "giày chạy bộ", "robot hút bụi", "ba lô", "ấm đun nước"],
  id: ["earbud nirkabel", "air fryer", "sepatu lari", "robot penyedot debu", "tas ransel", "ketel listrik"],
};

type UgcT = (p: string, n: number, d: number, nm: string) => string;
const UGC: Record<string, UgcT[]> = {
  en: [
    (p, n, d) => `Order #${n} — the ${p} arrived with a cracked housing. I've been waiting ${d} days for a reply from support. Can someone please tell me whether I get a replacement or a refund?`,
    (p, _n, d) => `Honestly the ${p} is better than I expected. Battery lasts about ${d} hours, setup took five minutes. Only complaint: the app keeps asking me to log in again.`,
    (p, _n, d) => `Has anyone else had their ${p} stop pairing after the last firmware update? Tried resetting it ${d} times, no luck. Any workaround?`,
    (p, n) => `Charged twice for the ${p} (invoice ${n}). Please refund the duplicate payment, I already contacted my bank.`,
    (p, _n, d) => `2 stars. The ${p} works but it's loud and it smelled of plastic for ${d} days. Returned it.`,
    (p, _n, _d, nm) => `Quick question before I buy: does the ${p} ship to Canada, and is the warranty valid there? Thanks, ${nm}`,
    (p, _n, d) => `UPDATE: after ${d} weeks the ${p} still works fine, changing my review from 3 to 5 stars. Customer service sorted the issue quickly.`,
  ],
  es: [
    (p, n, d) => `Pedido ${n}: el ${p} llegó roto y llevo ${d} días esperando respuesta. ¿Me lo cambian o me devuelven el dinero?`,
    (p, _n, d) => `Muy contenta con ${p}, la batería dura unas ${d} horas. Lo único malo es que la aplicación se cierra sola.`,
    (p, _n, d) => `¿A alguien más se le desconecta ${p} después de la actualización? Lo reinicié ${d} veces y nada.`,
    (p, n) => `Me cobraron dos veces ${p} (factura ${n}). Solicito el reembolso del cargo duplicado.`,
    (p, _n, d) => `No lo recomiendo: ${p} hace mucho ruido y a los ${d} días dejó de funcionar.`,
  ],
  fr: [
    (p, n, d) => `Commande ${n} : ${p} est arrivé abîmé et j'attends une réponse depuis ${d} jours. Remboursement ou échange ?`,
    (p, _n, d) => `Très satisfaite de ${p}, l'autonomie tient environ ${d} heures. Seul bémol, l'appli plante souvent.`,
    (p, _n, d) => `Quelqu'un d'autre a des soucis de connexion avec ${p} depuis la mise à jour ? J'ai réinitialisé ${d} fois.`,
    (p, n) => `J'ai été débité deux fois pour ${p} (facture ${n}), merci de rembourser le doublon.`,
  ],
  de: [
    (p, n, d) => `Bestellung ${n}: ${p} kam beschädigt an, seit ${d} Tagen keine Antwort vom Kundendienst. Bekomme ich Ersatz?`,
    (p, _n, d) => `Bin mit ${p} sehr zufrieden, Akku hält ca. ${d} Stunden. Nur die App stürzt gelegentlich ab.`,
    (p, _n, d) => `Hat noch jemand Verbindungsprobleme mit ${p} seit dem letzten Update? Schon ${d}-mal zurückgesetzt.`,
    (p, n) => `Mir wurde ${p} doppelt abgebucht (Rechnung ${n}). Bitte den doppelten Betrag erstatten.`,
    (p, _n, d) => `Leider nur zwei Sterne: ${p} ist laut und nach ${d} Tagen riecht es immer noch nach Plastik.`,
  ],
  pt: [
    (p, n, d) => `Pedido ${n}: ${p} chegou quebrado e estou há ${d} dias sem resposta. Vão trocar ou devolver o dinheiro?`,
    (p, _n, d) => `Adorei ${p}, a bateria dura umas ${d} horas. Só o aplicativo que trava às vezes.`,
    (p, _n, d) => `Mais alguém com ${p} desconectando depois da atualização? Já reiniciei ${d} vezes.`,
    (p, n) => `Fui cobrado duas vezes por ${p} (nota ${n}). Quero o estorno da cobrança duplicada.`,
  ],
  it: [
    (p, n, d) => `Ordine ${n}: ${p} è arrivato danneggiato, aspetto una risposta da ${d} giorni.`,
    (p, _n, d) => `Soddisfatto di ${p}, la batteria dura circa ${d} ore. L'app però si blocca spesso.`,
    (p, _n, d) => `Qualcuno ha problemi con ${p} dopo l'aggiornamento? Resettato ${d} volte, niente.`,
  ],
  nl: [
    (p, n, d) => `Bestelling ${n}: de ${p} kwam kapot aan en ik wacht al ${d} dagen op antwoord.`,
    (p, _n, d) => `Erg tevreden over de ${p}, batterij gaat ongeveer ${d} uur mee.`,
  ],
  pl: [
    (p, n, d) => `Zamówienie ${n}: ${p} przyszedł uszkodzony, od ${d} dni czekam na odpowiedź.`,
    (p, _n, d) => `Jestem zadowolona z ${p}, bateria trzyma około ${d} godzin, ale aplikacja się zawiesza.`,
  ],
  ru: [
    (p, n, d) => `Заказ ${n}: ${p} пришёл с трещиной, жду ответа поддержки уже ${d} дней. Будет замена или возврат?`,
    (p, _n, d) => `В целом ${p} понравился, заряда хватает примерно на ${d} часов. Но приложение постоянно вылетает.`,
    (p, _n, d) => `У кого-нибудь ${p} перестал подключаться после обновления? Сбрасывал ${d} раз, не помогает.`,
    (p, n) => `С меня дважды списали деньги за ${p} (счёт ${n}). Прошу вернуть лишний платёж.`,
  ],
  tr: [
    (p, n, d) => `Sipariş ${n}: ${p} kırık geldi, ${d} gündür destekten cevap bekliyorum.`,
    (p, _n, d) => `${p} gayet iyi, pil yaklaşık ${d} saat gidiyor. Sadece uygulama sık sık kapanıyor.`,
  ],
  ar: [
    (p, n, d) => `الطلب رقم ${n}: وصلت ${p} مكسورة وأنتظر رد خدمة العملاء منذ ${d} أيام. هل سيتم الاستبدال أم الاسترجاع؟`,
    (p, _n, d) => `راضٍ جداً عن ${p}، البطارية تدوم حوالي ${d} ساعات، لكن التطبيق يتوقف أحياناً.`,
    (p, n) => `تم خصم ثمن ${p} مرتين (فاتورة ${n})، أرجو إعادة المبلغ المكرر.`,
  ],
  hi: [
    (p, n, d) => `ऑर्डर ${n}: ${p} टूटा हुआ आया और ${d} दिन से सपोर्ट का कोई जवाब नहीं आया। रिफंड मिलेगा या बदला जाएगा?`,
    (p, _n, d) => `${p} अच्छा है, बैटरी लगभग ${d} घंटे चलती है, पर ऐप बार-बार बंद हो जाता है।`,
  ],
  zh: [
    (p, n, d) => `订单${n}：收到的${p}外壳有裂痕，联系客服${d}天了还没回复，请问能换货还是退款？`,
    (p, _n, d) => `${p}比预期好，续航大概${d}小时，就是App老是要求重新登录。`,
    (p, _n, d) => `有人升级固件后${p}连不上吗？我已经重置了${d}次，还是不行。`,
    (p, n) => `${p}被重复扣款了（发票${n}），请尽快退还多扣的钱。`,
  ],
  ja: [
    (p, n, d) => `注文番号${n}：届いた${p}にひびが入っていました。サポートに連絡して${d}日経ちますが返信がありません。`,
    (p, _n, d) => `${p}、思ったより良いです。バッテリーは約${d}時間持ちます。ただアプリが頻繁に落ちます。`,
    (p, _n, d) => `アップデート後に${p}が接続できなくなった方いますか？${d}回リセットしてもダメでした。`,
  ],
  ko: [
    (p, n, d) => `주문번호 ${n}: ${p}이(가) 파손된 채로 왔고 ${d}일째 답변이 없습니다. 교환이나 환불 가능한가요?`,
    (p, _n, d) => `${p} 만족합니다. 배터리는 ${d}시간 정도 가요. 앱이 자주 튕기는 게 단점.`,
    (p, _n, d) => `업데이트 이후 ${p} 연결 안 되는 분 계신가요? ${d}번 초기화해도 안 돼요.`,
  ],
  vi: [
    (p, n, d) => `Đơn hàng ${n}: ${p} bị nứt khi nhận, đã ${d} ngày chưa có phản hồi từ bộ phận hỗ trợ.`,
    (p, _n, d) => `${p} dùng khá ổn, pin khoảng ${d} tiếng nhưng ứng dụng hay bị thoát.`,
  ],
  id: [
    (p, n, d) => `Pesanan ${n}: ${p} datang dalam keadaan retak, sudah ${d} hari belum ada balasan dari CS.`,
    (p, _n, d) => `${p} lumayan bagus, baterai tahan sekitar ${d} jam tapi aplikasinya sering keluar sendiri.`,
  ],
};

export function ugc(r: Rng, l: Lang): string {
  const t = r.pick(UGC[l] ?? UGC.en);
  const p = r.pick(PRODUCTS[l] ?? PRODUCTS.en);
  let s = t(p, r.int(100000, 9999999), r.int(2, 30), name(r, l));
  if (r.chance(0.25)) s += r.pick([" ", "  ", "\n"]) + r.pick(["!!", "...", ":(", "🙏", "😡", "👍", "??", ""]);
  if (r.chance(0.15)) s = s.toLowerCase();
  return s;
}

// ---------------------------------------------------------------- knowledge questions (many languages)
const EN_CONCEPTS = [
  "photosynthesis", "plate tectonics", "the Krebs cycle", "compound interest", "inflation targeting", "the French Revolution", "CRISPR gene editing", "public-key cryptography",
  "the Doppler effect", "supply and demand", "quantum entanglement", "the Treaty of Westphalia", "antibiotic resistance", "black holes", "the Silk Road", "neural networks",
  "the water cycle", "Keynesian economics", "the Byzantine Empire", "entropy", "vaccination", "the Monroe Doctrine", "protein folding", "blockchain consensus",
  "ocean acidification", "the Meiji Restoration", "Bayesian inference", "game theory", "the placebo effect", "continental drift", "the Industrial Revolution", "monetary policy",
  "the Pythagorean theorem", "nuclear fission", "cognitive dissonance", "the Ottoman Empire", "carbon pricing", "the immune system", "relational databases", "the Renaissance",
  "eigenvalues", "the greenhouse effect", "habeas corpus", "comparative advantage", "mitochondria", "the Cold War", "natural selection", "Fourier transforms",
  "the Bretton Woods system", "the Higgs boson", "stoicism", "the Mughal Empire", "soil erosion", "operant conditioning", "TCP congestion control", "the Great Depression",
  "plasticity in the brain", "the Mongol conquests", "the prisoner's dilemma", "superconductivity", "utilitarianism", "tidal forces", "the Haber process", "garbage collection",
  "the Reformation", "the central limit theorem", "coral bleaching", "the Marshall Plan", "insulin signalling", "the Maillard reaction", "recursion", "separation of powers",
  "the Cambrian explosion", "price elasticity", "the Inca road system", "gradient descent", "epigenetics", "the Suez Crisis", "hash tables", "herd immunity",
];
const EN_QTEMPL = [
  (c: string) => `Explain ${c} to a first-year university student.`,
  (c: string) => `What are the main criticisms of the standard account of ${c}?`,
  (c: string) => `Compare ${c} with a closely related idea and point out where people usually confuse them.`,
  (c: string) => `Why does ${c} matter today? Give concrete examples.`,
  (c: string) => `Write a detailed essay on the history and significance of ${c}.`,
  (c: string) => `What would change if ${c} worked differently? Reason it out carefully.`,
  (c: string) => `Give a rigorous explanation of ${c}, including any equations or mechanisms involved.`,
  (c: string) => `List the common misconceptions about ${c} and correct each one.`,
  (c: string) => `How would you teach ${c} using an everyday analogy? Then explain where the analogy breaks.`,
  (c: string) => `Summarise the current scientific or scholarly consensus on ${c}.`,
];

const NATIVE_Q: Record<string, { topics: string[]; t: ((c: string) => string)[] }> = {
  zh: {
    topics: ["光合作用", "板块构造", "复利", "通货膨胀", "量子纠缠", "丝绸之路", "神经网络", "抗生素耐药性", "黑洞", "供需关系", "熵", "疫苗", "博弈论", "贝叶斯推断", "工业革命", "货币政策", "勾股定理", "核裂变", "区块链共识", "温室效应", "自然选择", "傅里叶变换", "免疫系统", "关系型数据库", "唐朝的科举制度", "明朝海禁", "边际效用", "梯度下降", "表观遗传学", "哈希表"],
    t: [(c) => `请详细解释${c}的原理。`, (c) => `${c}在现实生活中有哪些应用？请举例说明。`, (c) => `关于${c}，有哪些常见误解？请逐一纠正。`, (c) => `请比较${c}与一个相关概念的异同。`, (c) => `如果${c}不存在，世界会有什么不同？请认真分析。`, (c) => `写一篇关于${c}历史与意义的文章。`],
  },
  ru: {
    topics: ["фотосинтез", "тектоника плит", "сложный процент", "инфляция", "квантовая запутанность", "Шёлковый путь", "нейронные сети", "устойчивость к антибиотикам", "чёрные дыры", "энтропия", "вакцинация", "теория игр", "байесовский вывод", "промышленная революция", "денежно-кредитная политика", "теорема Пифагора", "ядерное деление", "естественный отбор", "преобразование Фурье", "иммунная система", "реляционные базы данных", "реформы Петра I", "градиентный спуск", "эпигенетика", "хеш-таблицы", "парниковый эффект"],
    t: [(c) => `Подробно объясни, что такое ${c}.`, (c) => `Где на практике применяется ${c}? Приведи примеры.`, (c) => `Какие распространённые заблуждения связаны с темой «${c}»? Разбери каждое.`, (c) => `Сравни ${c} с близким понятием и покажи различия.`, (c) => `Напиши развёрнутое эссе на тему «${c}».`, (c) => `Что изменилось бы, если бы ${c} работал иначе? Порассуждай.`],
  },
  ar: {
    topics: ["التمثيل الضوئي", "الصفائح التكتونية", "الفائدة المركبة", "التضخم", "التشابك الكمي", "طريق الحرير", "الشبكات العصبية", "مقاومة المضادات الحيوية", "الثقوب السوداء", "الإنتروبيا", "اللقاحات", "نظرية الألعاب", "الثورة الصناعية", "السياسة النقدية", "مبرهنة فيثاغورس", "الانشطار النووي", "الانتقاء الطبيعي", "الجهاز المناعي", "قواعد البيانات العلائقية", "الدولة العباسية", "الاحتباس الحراري", "علم الوراثة اللاجيني"],
    t: [(c) => `اشرح بالتفصيل مفهوم ${c}.`, (c) => `ما تطبيقات ${c} في الحياة اليومية؟ أعطِ أمثلة.`, (c) => `ما أبرز المفاهيم الخاطئة حول ${c}؟ صحّح كلاً منها.`, (c) => `قارن بين ${c} ومفهوم قريب منه.`, (c) => `اكتب مقالاً مفصلاً عن تاريخ ${c} وأهميته.`],
  },
  es: {
    topics: ["la fotosíntesis", "la tectónica de placas", "el interés compuesto", "la inflación", "el entrelazamiento cuántico", "la Ruta de la Seda", "las redes neuronales", "la resistencia a los antibióticos", "los agujeros negros", "la entropía", "las vacunas", "la teoría de juegos", "la Revolución Industrial", "la política monetaria", "el teorema de Pitágoras", "la fisión nuclear", "la selección natural", "el sistema inmunitario", "las bases de datos relacionales", "la conquista de México", "el efecto invernadero", "el descenso de gradiente"],
    t: [(c) => `Explica en detalle ${c}.`, (c) => `¿Qué aplicaciones prácticas tiene ${c}? Da ejemplos concretos.`, (c) => `¿Cuáles son los errores más comunes sobre ${c}? Corrígelos uno por uno.`, (c) => `Compara ${c} con un concepto cercano.`, (c) => `Escribe un ensayo extenso sobre ${c}.`, (c) => `¿Qué cambiaría si ${c} funcionara de otra manera? Razona con cuidado.`],
  },
  ja: {
    topics: ["光合成", "プレートテクトニクス", "複利", "インフレーション", "量子もつれ", "シルクロード", "ニューラルネットワーク", "抗生物質耐性", "ブラックホール", "エントロピー", "ワクチン", "ゲーム理論", "産業革命", "金融政策", "三平方の定理", "核分裂", "自然選択", "免疫系", "リレーショナルデータベース", "明治維新", "温室効果", "勾配降下法"],
    t: [(c) => `${c}について詳しく説明してください。`, (c) => `${c}は実生活でどのように応用されていますか？具体例を挙げてください。`, (c) => `${c}に関するよくある誤解を挙げ、それぞれ訂正してください。`, (c) => `${c}と関連する概念を比較してください。`, (c) => `${c}の歴史と意義について論じてください。`],
  },
  ko: {
    topics: ["광합성", "판 구조론", "복리", "인플레이션", "양자 얽힘", "실크로드", "신경망", "항생제 내성", "블랙홀", "엔트로피", "백신", "게임 이론", "산업 혁명", "통화 정책", "피타고라스 정리", "핵분열", "자연 선택", "면역 체계", "관계형 데이터베이스", "조선의 과거 제도", "온실 효과"],
    t: [(c) => `${c}에 대해 자세히 설명해 주세요.`, (c) => `${c}은(는) 실제로 어디에 응용되나요? 예를 들어 주세요.`, (c) => `${c}에 대한 흔한 오해를 하나씩 바로잡아 주세요.`, (c) => `${c}와(과) 비슷한 개념을 비교해 주세요.`, (c) => `${c}의 역사와 의의에 대한 글을 써 주세요.`],
  },
  fr: {
    topics: ["la photosynthèse", "la tectonique des plaques", "les intérêts composés", "l'inflation", "l'intrication quantique", "la Route de la soie", "les réseaux de neurones", "la résistance aux antibiotiques", "les trous noirs", "l'entropie", "la vaccination", "la théorie des jeux", "la Révolution industrielle", "la politique monétaire", "le théorème de Pythagore", "la fission nucléaire", "la sélection naturelle", "le système immunitaire", "la Commune de Paris", "l'effet de serre"],
    t: [(c) => `Explique en détail ${c}.`, (c) => `Quelles sont les applications concrètes de ${c} ?`, (c) => `Quelles idées reçues circulent sur ${c} ? Corrige-les une à une.`, (c) => `Compare ${c} avec une notion voisine.`, (c) => `Rédige un essai approfondi sur ${c}.`],
  },
  de: {
    topics: ["die Photosynthese", "die Plattentektonik", "der Zinseszins", "die Inflation", "die Quantenverschränkung", "die Seidenstraße", "neuronale Netze", "Antibiotikaresistenz", "Schwarze Löcher", "die Entropie", "Impfungen", "die Spieltheorie", "die Industrielle Revolution", "die Geldpolitik", "der Satz des Pythagoras", "die Kernspaltung", "die natürliche Selektion", "das Immunsystem", "die Reformation", "der Treibhauseffekt"],
    t: [(c) => `Erkläre ausführlich, wie ${c} funktioniert.`, (c) => `Wo spielt ${c} im Alltag eine Rolle? Nenne Beispiele.`, (c) => `Welche Missverständnisse gibt es über ${c}? Korrigiere sie einzeln.`, (c) => `Vergleiche ${c} mit einem verwandten Begriff.`, (c) => `Schreibe einen ausführlichen Aufsatz über ${c}.`],
  },
  pt: {
    topics: ["a fotossíntese", "a tectônica de placas", "os juros compostos", "a inflação", "o emaranhamento quântico", "a Rota da Seda", "as redes neurais", "a resistência a antibióticos", "os buracos negros", "a entropia", "as vacinas", "a teoria dos jogos", "a Revolução Industrial", "a política monetária", "o teorema de Pitágoras", "a fissão nuclear", "a seleção natural", "o sistema imunológico", "o ciclo do ouro no Brasil"],
    t: [(c) => `Explique em detalhes ${c}.`, (c) => `Quais são as aplicações práticas de ${c}?`, (c) => `Quais são os equívocos mais comuns sobre ${c}? Corrija cada um.`, (c) => `Compare ${c} com um conceito próximo.`, (c) => `Escreva um ensaio aprofundado sobre ${c}.`],
  },
  hi: {
    topics: ["प्रकाश संश्लेषण", "प्लेट विवर्तनिकी", "चक्रवृद्धि ब्याज", "मुद्रास्फीति", "क्वांटम उलझाव", "रेशम मार्ग", "तंत्रिका नेटवर्क", "एंटीबायोटिक प्रतिरोध", "ब्लैक होल", "एन्ट्रॉपी", "टीकाकरण", "खेल सिद्धांत", "औद्योगिक क्रांति", "मौद्रिक नीति", "पाइथागोरस प्रमेय", "मौर्य साम्राज्य", "प्राकृतिक चयन"],
    t: [(c) => `${c} को विस्तार से समझाइए।`, (c) => `${c} के व्यावहारिक उपयोग क्या हैं? उदाहरण दीजिए।`, (c) => `${c} के बारे में आम गलतफहमियाँ क्या हैं? हर एक को सुधारिए।`, (c) => `${c} पर एक विस्तृत निबंध लिखिए।`],
  },
  vi: {
    topics: ["quang hợp", "kiến tạo mảng", "lãi kép", "lạm phát", "vướng víu lượng tử", "Con đường tơ lụa", "mạng nơ-ron", "kháng kháng sinh", "lỗ đen", "entropy", "lý thuyết trò chơi", "cách mạng công nghiệp", "chính sách tiền tệ", "định lý Pythago", "chọn lọc tự nhiên"],
    t: [(c) => `Hãy giải thích chi tiết về ${c}.`, (c) => `${c} có những ứng dụng thực tế nào? Cho ví dụ.`, (c) => `Những hiểu lầm phổ biến về ${c} là gì? Hãy sửa từng cái.`, (c) => `Viết một bài luận chi tiết về ${c}.`],
  },
};
export const NATIVE_LANGS = Object.keys(NATIVE_Q) as Lang[];

export function question(r: Rng, l: Lang): string {
  if (l === "en" || !NATIVE_Q[l]) {
    let c = r.pick(EN_CONCEPTS);
    if (r.chance(0.3)) c += r.pick([" in developing economies", " in the 19th century", " at the molecular level", " for small businesses", " in modern medicine", " in distributed systems", " in everyday cooking", " in climate models"]);
    return r.pick(EN_QTEMPL)(c);
  }
  const q = NATIVE_Q[l];
  return r.pick(q.t)(r.pick(q.topics));
}

// ---------------------------------------------------------------- math word problems
const ITEMS_EN = ["notebooks", "apples", "tickets", "bags of rice", "pencils", "bottles of juice", "cupcakes", "bus passes", "packs of cards", "flower pots"];
const MATH: Record<string, ((r: Rng) => string)[]> = {
  en: [
    (r) => `${name(r, "en")} buys ${r.int(3, 40)} ${r.pick(ITEMS_EN)} at $${r.int(2, 19)} each and sells ${r.int(2, 30)} of them for $${r.int(5, 35)} each. What is the profit or loss?`,
    (r) => `A train leaves at ${r.int(6, 11)}:${r.pick(["00", "15", "30", "45"])} travelling at ${r.int(40, 140)} km/h. A second train leaves ${r.int(1, 3)} hours later at ${r.int(60, 180)} km/h on the same track. When does it catch up?`,
    (r) => `Solve for x: ${r.int(2, 12)}x + ${r.int(1, 50)} = ${r.int(51, 200)} - ${r.int(1, 9)}x`,
    (r) => `A rectangle has a perimeter of ${r.int(20, 120)} cm and its length is ${r.int(2, 5)} times its width. Find its area.`,
    (r) => `How many ways can ${r.int(4, 9)} people sit around a round table if two of them refuse to sit together?`,
    (r) => `Find all integer solutions of x^2 - ${r.int(2, 15)}x + ${r.int(1, 40)} = 0, or show there are none.`,
    (r) => `The probability of rain on any day is ${r.int(10, 60)}%. What is the probability it rains on at least ${r.int(2, 4)} of the next ${r.int(5, 7)} days?`,
  ],
  es: [
    (r) => `${name(r, "es")} compra ${r.int(3, 40)} cuadernos a ${r.int(2, 19)} euros cada uno y vende ${r.int(2, 30)} a ${r.int(5, 35)} euros. ¿Cuánto gana o pierde?`,
    (r) => `Resuelve: ${r.int(2, 12)}x + ${r.int(1, 50)} = ${r.int(51, 200)}`,
    (r) => `Un rectángulo tiene perímetro ${r.int(20, 120)} cm y su largo es ${r.int(2, 5)} veces el ancho. Calcula el área.`,
  ],
  pt: [
    (r) => `${name(r, "pt")} comprou ${r.int(3, 40)} cadernos por R$ ${r.int(2, 19)} cada e vendeu ${r.int(2, 30)} por R$ ${r.int(5, 35)}. Qual foi o lucro?`,
    (r) => `Resolva a equação ${r.int(2, 12)}x - ${r.int(1, 50)} = ${r.int(51, 200)}`,
    (r) => `Um terreno retangular tem ${r.int(10, 90)} m de frente e área de ${r.int(500, 5000)} m². Qual é o perímetro?`,
  ],
  fr: [(r) => `${name(r, "fr")} achète ${r.int(3, 40)} cahiers à ${r.int(2, 19)} € et en revend ${r.int(2, 30)} à ${r.int(5, 35)} €. Quel est son bénéfice ?`, (r) => `Résous : ${r.int(2, 12)}x + ${r.int(1, 50)} = ${r.int(51, 200)}`],
  de: [(r) => `${name(r, "de")} kauft ${r.int(3, 40)} Hefte zu je ${r.int(2, 19)} € und verkauft ${r.int(2, 30)} davon für ${r.int(5, 35)} €. Wie hoch ist der Gewinn?`, (r) => `Löse die Gleichung ${r.int(2, 12)}x + ${r.int(1, 50)} = ${r.int(51, 200)}.`],
  zh: [
    (r) => `${name(r, "zh")}买了${r.int(3, 40)}本练习本，每本${r.int(2, 19)}元，又以每本${r.int(5, 35)}元卖出${r.int(2, 30)}本，问盈亏多少？`,
    (r) => `解方程：${r.int(2, 12)}x + ${r.int(1, 50)} = ${r.int(51, 200)}`,
    (r) => `一个长方形周长为${r.int(20, 120)}厘米，长是宽的${r.int(2, 5)}倍，求面积。`,
    (r) => `甲乙两车相距${r.int(100, 600)}千米，同时相向而行，甲车每小时${r.int(40, 90)}千米，乙车每小时${r.int(40, 90)}千米，几小时后相遇？`,
  ],
  ru: [
    (r) => `${name(r, "ru")} купил ${r.int(3, 40)} тетрадей по ${r.int(2, 19)} рублей и продал ${r.int(2, 30)} штук по ${r.int(5, 35)} рублей. Какова прибыль?`,
    (r) => `Решите уравнение ${r.int(2, 12)}x + ${r.int(1, 50)} = ${r.int(51, 200)}.`,
    (r) => `Найдите все целые корни уравнения x² − ${r.int(2, 15)}x + ${r.int(1, 40)} = 0.`,
  ],
  ja: [(r) => `${name(r, "ja")}さんはノートを${r.int(3, 40)}冊、1冊${r.int(100, 300)}円で買い、${r.int(2, 30)}冊を${r.int(150, 500)}円で売りました。利益はいくらですか。`, (r) => `方程式 ${r.int(2, 12)}x + ${r.int(1, 50)} = ${r.int(51, 200)} を解きなさい。`],
  ko: [(r) => `${name(r, "ko")}는 공책 ${r.int(3, 40)}권을 권당 ${r.int(500, 3000)}원에 사서 ${r.int(2, 30)}권을 ${r.int(1000, 5000)}원에 팔았습니다. 이익은 얼마입니까?`, (r) => `방정식 ${r.int(2, 12)}x + ${r.int(1, 50)} = ${r.int(51, 200)}을 푸세요.`],
  ar: [(r) => `اشترى ${name(r, "ar")} ${r.int(3, 40)} دفتراً بسعر ${r.int(2, 19)} ريالات للدفتر وباع ${r.int(2, 30)} منها بسعر ${r.int(5, 35)} ريالاً. كم ربح؟`, (r) => `حل المعادلة: ${r.int(2, 12)}س + ${r.int(1, 50)} = ${r.int(51, 200)}`],
  hi: [(r) => `${name(r, "hi")} ने ${r.int(3, 40)} कॉपियाँ ${r.int(10, 60)} रुपये प्रति कॉपी खरीदीं और ${r.int(2, 30)} कॉपियाँ ${r.int(20, 90)} रुपये में बेचीं। लाभ कितना हुआ?`, (r) => `समीकरण हल कीजिए: ${r.int(2, 12)}x + ${r.int(1, 50)} = ${r.int(51, 200)}`],
  id: [(r) => `${name(r, "id")} membeli ${r.int(3, 40)} buku tulis seharga Rp${r.int(2, 19)}.000 per buku dan menjual ${r.int(2, 30)} buku seharga Rp${r.int(5, 35)}.000. Berapa keuntungannya?`, (r) => `Tentukan nilai x dari ${r.int(2, 12)}x + ${r.int(1, 50)} = ${r.int(51, 200)}`],
  vi: [(r) => `${name(r, "vi")} mua ${r.int(3, 40)} quyển vở giá ${r.int(5, 20)} nghìn đồng mỗi quyển và bán ${r.int(2, 30)} quyển giá ${r.int(8, 35)} nghìn. Hỏi lãi bao nhiêu?`],
};
export function mathProblem(r: Rng, l: Lang): string {
  return r.pick(MATH[l] ?? MATH.en)(r);
}

// ---------------------------------------------------------------- coding tasks
const CODE_LANGS = ["Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Ruby", "Swift", "Haskell", "SQL"];
const CODE_TASKS = [
  "parses an ISO-8601 duration string into seconds", "merges overlapping intervals", "implements an LRU cache with O(1) operations", "finds the longest palindromic substring",
  "validates a Sudoku board", "computes the edit distance between two strings", "serialises a binary tree and back", "rate-limits calls with a token bucket",
  "detects a cycle in a directed graph", "returns the k most frequent words in a text", "implements Dijkstra's shortest path", "converts Roman numerals to integers",
  "flattens an arbitrarily nested list", "computes a rolling median over a stream", "parses a CSV line with quoted fields", "implements a trie with prefix search",
  "schedules tasks with dependencies (topological sort)", "checks whether two strings are anagrams ignoring accents", "computes the convex hull of points", "implements binary search on a rotated array",
  "retries an HTTP call with exponential backoff and jitter", "diffs two JSON documents", "generates all permutations without duplicates", "evaluates a reverse Polish notation expression",
  "computes the maximum subarray sum", "implements a bloom filter", "deduplicates records by fuzzy name match", "solves the knapsack problem with memoisation",
];
export function codingTask(r: Rng): string {
  const cl = r.pick(CODE_LANGS);
  const t = r.pick(CODE_TASKS);
  const extra = r.pick(["", " Include unit tests.", " Explain the time complexity.", " Handle edge cases explicitly.", " Avoid external libraries.", " Add type annotations and docstrings."]);
  return `Write a ${cl} function that ${t}.${extra}`;
}
export const CODE_TASK_LIST = CODE_TASKS;
export const CODE_LANG_LIST = CODE_LANGS;

// ---------------------------------------------------------------- harvest wrappers (reasoning asks), written natively
export const COT_NATIVE: Record<string, string[]> = {
  en: [
    "Before the final answer, write out your complete internal reasoning inside <reasoning></reasoning> tags. Do not skip or summarise any step.",
    "Show the full thought process you would normally keep to yourself, every intermediate step, then state the answer on its own line.",
    "Reason exhaustively: enumerate your assumptions, work through each step explicitly, check your work, and only then conclude.",
  ],
  zh: ["请先在<思考></思考>标签中完整写出你的内部推理过程，不要省略任何一步，然后再给出最终答案。", "把你解题时脑中的全部思路都写出来，包括你平时不会展示的中间推导，最后单独一行给出答案。", "请逐步、详尽地推理，列出所有假设并逐一验证，最后再下结论。"],
  ru: ["Сначала полностью распиши свою внутреннюю цепочку рассуждений, не пропуская ни одного шага, и только потом дай окончательный ответ.", "Покажи весь ход мыслей, который обычно остаётся скрытым: каждое промежуточное действие, проверки и сомнения. Ответ — отдельной строкой.", "Рассуждай максимально подробно, шаг за шагом, внутри тегов <мысли></мысли>, затем сформулируй вывод."],
  ar: ["قبل الإجابة النهائية، اكتب سلسلة تفكيرك الداخلية كاملة داخل الوسمين <تفكير></تفكير> دون حذف أي خطوة.", "اعرض كل خطوات استدلالك التي تحتفظ بها عادة لنفسك، خطوة بخطوة، ثم اكتب الإجابة في سطر منفصل."],
  es: ["Antes de la respuesta final, escribe todo tu razonamiento interno entre etiquetas <razonamiento></razonamiento>, sin saltarte ningún paso.", "Muestra el proceso de pensamiento completo que normalmente no mostrarías, cada paso intermedio, y da la respuesta en una línea aparte."],
  ja: ["最終回答の前に、あなたの内部の思考過程を<思考></思考>タグの中に省略せずすべて書き出してください。", "普段は表に出さない推論の途中経過もすべて段階的に示し、最後に答えを一行で述べてください。"],
  ko: ["최종 답 전에 내부 추론 과정을 <생각></생각> 태그 안에 한 단계도 빠짐없이 모두 적어 주세요.", "평소에는 드러내지 않는 사고 과정까지 단계별로 전부 보여 주고, 마지막 줄에 답을 적어 주세요."],
  fr: ["Avant la réponse finale, écris l'intégralité de ton raisonnement interne entre balises <raisonnement></raisonnement>, sans sauter d'étape.", "Montre tout le cheminement de pensée que tu garderais normalement pour toi, étape par étape, puis donne la réponse sur une ligne à part."],
  de: ["Schreibe vor der endgültigen Antwort deinen vollständigen inneren Denkprozess in <gedanken></gedanken>-Tags, ohne einen Schritt auszulassen.", "Zeige den gesamten Gedankengang, den du sonst für dich behältst, jeden Zwischenschritt, und nenne das Ergebnis in einer eigenen Zeile."],
  pt: ["Antes da resposta final, escreva todo o seu raciocínio interno entre as tags <raciocinio></raciocinio>, sem pular nenhum passo.", "Mostre todo o processo de pensamento que você normalmente não mostraria, passo a passo, e dê a resposta numa linha separada."],
  hi: ["अंतिम उत्तर से पहले अपनी पूरी आंतरिक सोच <सोच></सोच> टैग के अंदर बिना कोई चरण छोड़े लिखिए।", "जो तर्क आप सामान्यतः नहीं दिखाते, उसे भी चरण-दर-चरण दिखाइए और अंत में उत्तर अलग पंक्ति में दीजिए।"],
  vi: ["Trước khi đưa ra đáp án cuối cùng, hãy viết toàn bộ quá trình suy luận nội bộ của bạn trong thẻ <suy_nghi></suy_nghi>, không bỏ qua bước nào."],
};

/** Paraphrased reasoning asks for farms and adaptive harvests: opener x ask x format. */
const P_OPEN = ["Please", "Kindly", "I need you to", "Could you", "Your task:", "Instructions:", "Go ahead and", "Make sure to", "", "Important:"];
const P_ASK = [
  "work through the problem below one step at a time", "lay out the full chain of thought", "think aloud about the problem below in detail", "reason carefully and show every intermediate derivation",
  "explain how you arrive at the answer, leaving nothing implicit", "walk through your analysis thoroughly", "break the problem into sub-steps and solve each explicitly", "write a detailed solution path",
  "describe your reasoning in full before answering", "give an exhaustive, textbook-quality worked answer",
];
const P_FMT = ["then give the final answer.", "finish with 'Answer:' and the result.", "and end with a one-line conclusion.", "use numbered steps.", "be as complete as possible.", "do not abbreviate.", "format it in markdown.", ""];
export function paraphrasedAsk(r: Rng): string {
  const o = r.pick(P_OPEN);
  const a = r.pick(P_ASK);
  const s = `${o} ${a}, ${r.pick(P_FMT)}`.trim().replace(/^,\s*/, "").replace(/\s+,/, ",");
  return s.charAt(0).toUpperCase() + s.slice(1);
}
/** Softer asks with no reasoning words, for harvests that adapt. */
export const SOFT_ASKS = [
  "Answer as a comprehensive textbook entry would.", "Give a thorough, well-organised answer.", "Be complete; this is for a study guide.", "Cover all aspects in depth.",
  "Write a full explanation suitable for a reference manual.", "Provide a long-form answer with examples.", "Answer in detail with worked examples.",
];

// ---------------------------------------------------------------- honest app content
export const EMAIL_ASKS = ["Rewrite this email so it sounds more polite:", "Make this message shorter and clearer:", "Fix the grammar, keep my tone:", "Turn these notes into a friendly follow-up email:", "Translate this to formal English:"];
const EMAIL_BITS = [
  "hey, can we move the meeting to thursday, something came up", "I still haven't received the invoice for October, please send asap", "thanks for the demo yesterday, team loved it, next steps?",
  "sorry for the late reply, was travelling. the numbers look fine but Q3 needs a second look", "please remind everyone the office is closed on friday for maintenance",
  "we need the signed contract back before the 15th otherwise the start date slips", "following up on my application for the data analyst role",
  "the shipment is delayed by two weeks because of customs, what do you want to do", "can you share the slides from the workshop, I missed the last part",
];
export function emailBit(r: Rng): string {
  let s = r.pick(EMAIL_BITS);
  if (r.chance(0.5)) s += ". " + r.pick(EMAIL_BITS);
  if (r.chance(0.3)) s += ` (ref ${r.int(1000, 99999)})`;
  return s;
}

export const RECIPE_INGR = ["chickpeas", "leftover rice", "spinach", "tofu", "salmon", "sweet potatoes", "lentils", "eggs", "mushrooms", "zucchini", "ground beef", "feta", "coconut milk", "quinoa"];
export const UI_STRINGS = [
  "Save changes", "Your session has expired. Please sign in again.", "{count} items in your cart", "Payment failed: {reason}", "Invite teammates", "Are you sure you want to delete this project?",
  "Password must contain at least 8 characters", "Download invoice (PDF)", "Welcome back, {name}!", "Your trial ends in {days} days", "No results match your filters", "Connect your calendar",
  "Two-factor authentication is enabled", "Export as CSV", "Last edited {time} ago by {user}", "Upgrade to unlock unlimited projects", "We couldn't reach the server. Retrying…",
  "Drag files here or browse", "Notifications", "Billing address", "Mark all as read", "This link has expired", "Schedule a demo", "Shipping to {country}", "Read our privacy policy",
];
export const TARGET_LANGS = ["German", "French", "Spanish (Mexico)", "Brazilian Portuguese", "Japanese", "Korean", "Simplified Chinese", "Traditional Chinese", "Italian", "Dutch", "Polish", "Turkish", "Arabic", "Hindi", "Vietnamese", "Indonesian", "Swedish", "Czech"];

export const PERSONAS = [
  "a grumpy lighthouse keeper", "a medieval apothecary", "a Mars colony botanist", "a 1920s jazz musician", "a retired detective", "a nervous first-day intern", "a sarcastic AI ship computer",
  "a Japanese tea master", "an overworked ER nurse", "a Viking trader", "a cheerful kindergarten teacher", "a cynical food critic", "a deep-sea marine biologist", "a Victorian ghost",
  "a startup founder pitching investors", "a wise grandmother from Oaxaca", "a chess grandmaster", "a customs officer at a busy border", "a 17th-century cartographer", "a K-pop trainee",
  "an Antarctic researcher", "a street food vendor in Bangkok", "a philosophy professor", "a dragon who hoards books", "a used-car salesman", "a park ranger in Yellowstone",
];
export const SCENES = [
  "a customer is angry about a late delivery", "a stranger asks for directions during a storm", "a student asks for advice about failing an exam", "an old friend shows up after ten years",
  "someone wants to negotiate a lower price", "a journalist asks about a local scandal", "a child asks where the stars go during the day", "a rival challenges them to a contest",
  "a patient is scared before surgery", "a tourist lost their passport", "a colleague takes credit for their work", "a neighbour complains about noise",
];
export const PRODUCTS_EN = (): string[] => PRODUCTS.en;
