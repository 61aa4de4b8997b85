// Text composed for round 58: lesson / support / code material in several languages.
export const LESSONS = {
  en: {
    biology: ["Photosynthesis takes place in the chloroplasts, where light energy is used to split water and fix carbon dioxide into sugars.", "The light-dependent reactions produce ATP and NADPH, which the Calvin cycle then uses in the stroma.", "Stomata on the underside of the leaf open and close to balance gas exchange against water loss.", "Plants in hot, dry climates such as maize use the C4 pathway to concentrate carbon dioxide.", "Cellular respiration releases the energy stored in glucose in three stages: glycolysis, the Krebs cycle and the electron transport chain."],
    history: ["The Congress of Vienna met in 1814 and 1815 to redraw the map of Europe after the Napoleonic Wars.", "Metternich argued for a balance of power so that no single state could dominate the continent again.", "The settlement restored several monarchies and created the German Confederation of 39 states.", "Critics note that the Congress ignored the growing nationalist movements in Italy and Poland.", "The Concert of Europe that followed kept a general peace among the great powers for almost forty years."],
    physics: ["Newton's second law states that the net force on an object equals its mass times its acceleration.", "A car of 1,200 kg accelerating at 2 m/s² therefore needs a net force of 2,400 newtons.", "Friction always acts against the direction of motion and converts kinetic energy into heat.", "When several forces act at once, they must be added as vectors, not as plain numbers.", "In free fall near the Earth's surface every object accelerates at about 9.8 m/s² if air resistance is ignored."],
    geography: ["The Nile flows north for about 6,650 km and drains roughly a tenth of the African continent.", "Its two main branches, the White Nile and the Blue Nile, meet at Khartoum in Sudan.", "The Aswan High Dam, completed in 1970, ended the yearly floods but also trapped the silt that fertilised the valley.", "Most of Egypt's population lives within a few kilometres of the river or in its delta.", "Water sharing between Ethiopia, Sudan and Egypt became tense after construction of the Grand Ethiopian Renaissance Dam."],
    literature: ["In Of Mice and Men, Steinbeck follows two migrant workers, George and Lennie, during the Great Depression.", "The dream of owning a small farm gives both men a reason to keep going despite their hard lives.", "Curley's wife is never given a name, which shows how the ranch workers see her only through her husband.", "The death of Candy's old dog foreshadows the ending of the novel.", "Steinbeck uses the setting of the bunkhouse to show the loneliness of men who travel from job to job."],
    economics: ["Inflation is the general rise in prices over time, measured in most countries by a consumer price index.", "When a central bank raises interest rates, borrowing becomes more expensive and spending tends to fall.", "Demand-pull inflation happens when total demand grows faster than the economy can produce goods.", "Cost-push inflation starts on the supply side, for example when energy prices jump.", "A moderate, stable inflation rate of about 2 percent is the target of many central banks."],
  },
  es: {
    biology: ["La célula es la unidad básica de todos los seres vivos y puede ser procariota o eucariota.", "Las células eucariotas tienen un núcleo rodeado por una membrana que protege el material genético.", "Las mitocondrias producen la mayor parte de la energía que la célula necesita en forma de ATP.", "Las células vegetales poseen además una pared celular de celulosa y cloroplastos.", "La membrana plasmática regula qué sustancias entran y salen de la célula."],
    history: ["La Revolución Mexicana comenzó en 1910 contra el largo gobierno de Porfirio Díaz.", "Francisco I. Madero publicó el Plan de San Luis y llamó a la población a levantarse en armas.", "Emiliano Zapata defendió la reforma agraria con el lema «Tierra y libertad».", "La Constitución de 1917 incluyó derechos laborales y la propiedad de la nación sobre el subsuelo.", "El conflicto dejó cerca de un millón de muertos y transformó la política del país durante décadas."],
    physics: ["La energía cinética de un cuerpo depende de su masa y del cuadrado de su velocidad.", "Si un ciclista duplica su velocidad, su energía cinética se multiplica por cuatro.", "La energía potencial gravitatoria aumenta con la altura a la que se encuentra un objeto.", "En ausencia de rozamiento, la energía mecánica total se conserva.", "Una montaña rusa transforma continuamente energía potencial en cinética y viceversa."],
    geography: ["La cordillera de los Andes recorre unos 7.000 kilómetros a lo largo del oeste de Sudamérica.", "El Aconcagua, con 6.961 metros, es la montaña más alta fuera de Asia.", "La altitud crea pisos térmicos distintos, desde la selva hasta los glaciares.", "Muchas ciudades importantes, como La Paz y Quito, se encuentran a más de 2.500 metros.", "La cordillera se formó por la subducción de la placa de Nazca bajo la placa Sudamericana."],
  },
  de: {
    chemistry: ["Säuren geben in wässriger Lösung Protonen ab, Basen nehmen sie auf.", "Der pH-Wert einer Lösung gibt an, wie sauer oder basisch sie ist, auf einer Skala von 0 bis 14.", "Reines Wasser hat bei 25 °C einen pH-Wert von 7 und gilt als neutral.", "Bei einer Neutralisation reagieren eine Säure und eine Base zu Salz und Wasser.", "Indikatoren wie Lackmus oder Rotkohlsaft ändern ihre Farbe je nach pH-Wert."],
    history: ["Die Weimarer Republik war von 1918 bis 1933 die erste parlamentarische Demokratie in Deutschland.", "Die Hyperinflation von 1923 vernichtete die Ersparnisse vieler Familien.", "Artikel 48 der Verfassung erlaubte dem Reichspräsidenten, mit Notverordnungen zu regieren.", "Die Weltwirtschaftskrise ab 1929 führte zu Massenarbeitslosigkeit und stärkte radikale Parteien.", "Viele Historiker sehen in der Schwäche der Parteien einen Grund für das Scheitern der Republik."],
    geography: ["Der Rhein ist rund 1.230 Kilometer lang und fließt von den Alpen bis zur Nordsee.", "Er ist eine der meistbefahrenen Wasserstraßen Europas.", "Zwischen Bingen und Bonn durchbricht er das Rheinische Schiefergebirge im Mittelrheintal.", "Große Industriestädte wie Duisburg und Köln liegen an seinen Ufern.", "Nach dem Chemieunfall von Sandoz 1986 wurde der Gewässerschutz deutlich verschärft."],
  },
  fr: {
    literature: ["Dans Le Petit Prince, Antoine de Saint-Exupéry raconte la rencontre d'un aviateur et d'un enfant venu d'une autre planète.", "Chaque planète visitée par le petit prince représente un travers des adultes.", "Le renard lui apprend qu'on ne voit bien qu'avec le cœur.", "La rose symbolise l'amour et la responsabilité envers ceux que l'on a apprivoisés.", "Le récit mêle conte pour enfants et réflexion philosophique sur l'amitié."],
    biology: ["Le système immunitaire protège l'organisme contre les virus et les bactéries.", "Les globules blancs reconnaissent les antigènes présents à la surface des microbes.", "Les lymphocytes B produisent des anticorps spécifiques à chaque antigène.", "La vaccination prépare le corps en lui présentant un antigène inoffensif.", "La mémoire immunitaire permet une réponse plus rapide lors d'une seconde infection."],
  },
  pt: {
    geography: ["A Amazônia ocupa cerca de 60 por cento do território brasileiro.", "O rio Amazonas é o maior do mundo em volume de água.", "O desmatamento avança principalmente pela expansão da pecuária e da soja.", "A floresta influencia as chuvas em grande parte da América do Sul pelos chamados rios voadores.", "Povos indígenas vivem na região há milhares de anos e protegem grande parte da floresta."],
    history: ["A Independência do Brasil foi proclamada por Dom Pedro I em 7 de setembro de 1822.", "Diferente de outros países da América, o Brasil manteve a monarquia após a independência.", "A abolição da escravidão só ocorreu em 1888, com a Lei Áurea.", "A República foi proclamada no ano seguinte, em 1889.", "O café foi o principal produto de exportação durante boa parte do século XIX."],
  },
  zh: {
    history: ["秦始皇在公元前221年统一六国，建立了中国历史上第一个统一的中央集权国家。", "他统一了文字、货币和度量衡，方便了各地之间的交流。", "为了抵御北方的匈奴，秦朝把各国原有的长城连接起来。", "焚书坑儒的政策限制了思想的自由，受到后人批评。", "秦朝只存在了十五年，就因为沉重的赋税和徭役而灭亡。"],
    physics: ["光在真空中的传播速度约为每秒三十万千米。", "光从空气射入水中时会发生折射，传播方向发生改变。", "凸透镜可以把平行光会聚到焦点上。", "彩虹是阳光经过水滴折射和反射后分解成不同颜色形成的。", "平面镜成像时，像与物体到镜面的距离相等。"],
  },
  hi: {
    science: ["प्रकाश संश्लेषण की प्रक्रिया में पौधे सूर्य के प्रकाश की सहायता से भोजन बनाते हैं।", "इस प्रक्रिया में कार्बन डाइऑक्साइड और पानी से ग्लूकोज़ और ऑक्सीजन बनती है।", "पत्तियों में मौजूद क्लोरोफिल प्रकाश ऊर्जा को ग्रहण करता है।", "रंध्रों के माध्यम से पत्तियाँ गैसों का आदान-प्रदान करती हैं।", "प्रकाश संश्लेषण पृथ्वी पर लगभग सभी जीवों के लिए ऊर्जा का मूल स्रोत है।"],
  },
};

export const LANGS = Object.keys(LESSONS);

// a lesson as a teacher pastes it: a heading, 3-5 sentences of one subject, sometimes a note
export function lesson(r, lang = r.pick(LANGS)) {
  const subj = r.pick(Object.keys(LESSONS[lang]));
  const pool = LESSONS[lang][subj].slice();
  const k = r.int(3, 5);
  const chosen = [];
  while (chosen.length < k) { const i = r.int(0, pool.length - 1); chosen.push(pool.splice(i, 1)[0]); }
  const unit = r.int(1, 14);
  const head = { en: `Unit ${unit}: ${subj}`, es: `Tema ${unit}: ${subj}`, de: `Kapitel ${unit}: ${subj}`, fr: `Chapitre ${unit} : ${subj}`, pt: `Capítulo ${unit}: ${subj}`, zh: `第${unit}课`, hi: `अध्याय ${unit}` }[lang];
  const grade = r.int(6, 12);
  const note = r.chance(0.4) ? { en: ` (grade ${grade}, class ${String.fromCharCode(65 + r.int(0, 4))})`, es: ` (curso ${grade}º)`, de: ` (Klasse ${grade})`, fr: ` (classe de ${grade}e)`, pt: ` (${grade}º ano)`, zh: `（${grade}年级）`, hi: ` (कक्षा ${grade})` }[lang] : "";
  return { lang, subj, text: `${head}${note}\n\n${chosen.join(" ")}` };
}

// help-centre passages (RAG) and user questions, several languages
export const KB = [
  { lang: "en", p: ["To reset two-factor authentication, open Settings > Security and choose 'Lost device'. A recovery code is sent to the billing contact.", "Invoices are issued on the first business day of each month and can be downloaded as PDF from Billing > History.", "The API rate limit for the Team plan is 300 requests per minute per workspace; bursts above it receive HTTP 429.", "Single sign-on supports SAML 2.0 and OIDC. Okta, Azure AD and Google Workspace have step-by-step guides.", "Data is stored in the EU (Frankfurt) region by default; US residency is available on Enterprise plans.", "Exports include all projects, comments and attachments and are delivered as a ZIP within 24 hours.", "Guests can view and comment but cannot create projects or invite other members.", "Deleting a workspace is permanent after a 14-day grace period during which an owner can restore it."], q: ["How do I reset 2FA if I lost my phone?", "Where can I download last month's invoice?", "What's the rate limit on the Team plan?", "Does SSO work with Okta?", "Is my data stored in Europe?", "How long does an export take?", "Can guests create projects?", "I deleted our workspace by mistake, can I get it back?", "Why am I getting 429 errors from the API?", "Can we move our data to the US?"] },
  { lang: "es", p: ["Para cambiar el método de pago, ve a Facturación > Métodos de pago y añade una nueva tarjeta antes de eliminar la anterior.", "Las facturas se emiten el primer día hábil del mes en euros o dólares según el país de la cuenta.", "Los invitados pueden ver y comentar, pero no crear proyectos.", "La exportación completa se entrega en un archivo ZIP en un plazo de 24 horas."], q: ["¿Cómo cambio la tarjeta de pago?", "¿En qué moneda se emiten las facturas?", "¿Un invitado puede crear proyectos?", "¿Cuánto tarda la exportación de datos?"] },
  { lang: "de", p: ["Die Zwei-Faktor-Authentifizierung lässt sich unter Einstellungen > Sicherheit zurücksetzen; der Wiederherstellungscode geht an den Rechnungskontakt.", "Daten werden standardmäßig in der Region Frankfurt gespeichert.", "Ein gelöschter Arbeitsbereich kann innerhalb von 14 Tagen von einem Eigentümer wiederhergestellt werden."], q: ["Wie setze ich 2FA zurück?", "Wo werden unsere Daten gespeichert?", "Kann ich einen gelöschten Arbeitsbereich wiederherstellen?"] },
  { lang: "ja", p: ["二段階認証をリセットするには、設定 > セキュリティ から「端末を紛失した」を選択してください。", "請求書は毎月第1営業日に発行され、請求 > 履歴 からPDFでダウンロードできます。", "ゲストは閲覧とコメントのみ可能で、プロジェクトの作成はできません。"], q: ["スマホをなくしたので二段階認証をリセットしたい", "先月の請求書はどこでダウンロードできますか", "ゲストはプロジェクトを作れますか"] },
  { lang: "fr", p: ["Pour exporter vos données, ouvrez Paramètres > Export ; l'archive ZIP arrive sous 24 heures.", "L'authentification unique prend en charge SAML 2.0 et OIDC.", "Les factures sont disponibles au format PDF dans Facturation > Historique."], q: ["Comment exporter toutes nos données ?", "Le SSO est-il compatible avec Azure AD ?", "Où trouver mes factures ?"] },
];

export function ragAsk(r) {
  const kb = r.pick(KB);
  const passages = [];
  const n = r.int(3, Math.min(5, kb.p.length));
  const pool = kb.p.slice();
  while (passages.length < n) passages.push(pool.splice(r.int(0, pool.length - 1), 1)[0]);
  const q = r.pick(kb.q);
  const acct = `Account ${r.int(10000, 99999)}, plan ${r.pick(["Team", "Business", "Enterprise", "Starter"])}.`;
  return { lang: kb.lang, q: `${q}${r.chance(0.4) ? " " + acct : ""}`, ctx: passages.map((p, i) => `[${i + 1}] (doc ${r.int(100, 999)}) ${p}`).join("\n") };
}

// coding-agent material
export const TASKS = [
  "The CSV export in reports/export.py drops rows when a field contains a newline. Fix it and add a test.",
  "Add pagination to GET /api/v2/invoices, default page size 50, and update the OpenAPI spec.",
  "Our CI started failing on test_scheduler_timezone after the tzdata bump. Figure out why and fix it.",
  "Refactor the retry logic in client/http.ts so that it honours Retry-After and add unit tests.",
  "Migrate the user settings page from class components to hooks; keep behaviour identical.",
  "Write a migration that adds a nullable `archived_at` column to projects and backfills it from the audit log.",
  "La función parse_fecha falla con fechas en formato ISO con zona horaria. Corrígela y añade pruebas.",
  "Die Suche im Admin-Bereich ist langsam bei mehr als 10.000 Nutzern. Bitte einen Index hinzufügen und die Abfrage optimieren.",
  "Bump the Go toolchain to 1.24 and fix whatever breaks in the build.",
  "The websocket reconnect loop spins at 100% CPU when the server is down. Add exponential backoff.",
  "Add a --dry-run flag to scripts/cleanup_buckets.py that lists what would be deleted.",
  "ログイン画面のエラーメッセージが英語のまま表示される。i18n のキーを追加して日本語化してください。",
  "Rename the `Customer.plan_code` field to `plan_id` across the codebase and the fixtures.",
  "Investigate the memory leak in the image thumbnail worker; heap grows ~40MB per hour.",
  "Set up a GitHub Actions job that runs the linters on pull requests only for changed files.",
];
const FILES = ["src/reports/export.py", "tests/test_export.py", "api/invoices.go", "client/http.ts", "web/src/pages/Settings.tsx", "db/migrations/0042_archived_at.sql", "scheduler/tz.py", "internal/search/query.go", "scripts/cleanup_buckets.py", "worker/thumbs.rs", ".github/workflows/lint.yml", "app/i18n/ja.json"];
const CODE_LINES = ["    for row in reader:", "        if not row:", "            continue", "    return result", "func (s *Server) ListInvoices(w http.ResponseWriter, r *http.Request) {", "\tpage, err := strconv.Atoi(r.URL.Query().Get(\"page\"))", "\tif err != nil { page = 1 }", "export async function request(url: string, opts: RequestInit = {}) {", "  const res = await fetch(url, opts);", "  if (res.status === 429) {", "const [settings, setSettings] = useState<Settings | null>(null);", "ALTER TABLE projects ADD COLUMN archived_at timestamptz NULL;", "UPDATE projects p SET archived_at = a.created_at FROM audit_log a WHERE a.project_id = p.id AND a.action = 'archive';", "def parse_fecha(s: str) -> datetime:", "    return datetime.fromisoformat(s)", "let img = image::open(&path)?;", "    - uses: actions/checkout@v4", "  \"login.error.invalid\": \"メールアドレスまたはパスワードが正しくありません\","];
export function fileContent(r, lines) {
  const out = [];
  for (let i = 0; i < lines; i++) out.push(`${String(i + 1).padStart(4)}\t${r.pick(CODE_LINES)}${r.chance(0.2) ? "  # " + r.int(1, 999) : ""}`);
  return out.join("\n");
}
export function testOutput(r, pass) {
  const n = r.int(12, 240);
  return pass ? `============ ${n} passed in ${(r() * 20 + 1).toFixed(2)}s ============` : `FAILED tests/test_${r.pick(["export", "scheduler", "invoices", "http"])}.py::test_${r.pick(["newline_in_field", "dst_boundary", "page_size", "retry_after"])} - AssertionError: assert ${r.int(1, 99)} == ${r.int(1, 99)}\n============ 1 failed, ${n} passed in ${(r() * 20 + 1).toFixed(2)}s ============`;
}
export { FILES };

// students' and analysts' questions (no reasoning cue in words), several languages
export const QUESTIONS = {
  en: ["A train leaves at 14:10 and arrives at 17:55 after covering 300 km. What was its average speed?", "Prove that the sum of the first n odd numbers is n squared.", "How many ways can 5 people sit around a round table?", "If log2(x) + log2(x-2) = 3, what is x?", "A rectangle's length is 3 cm more than twice its width and its area is 54 cm². Find its dimensions.", "Why does ice float on water?", "What is the probability of rolling at least one six in four throws of a die?", "Find the derivative of x^3 * sin(x).", "Is 391 a prime number?", "Two pipes fill a tank in 6 and 9 hours. How long together?"],
  es: ["¿Cuántos números de tres cifras son divisibles entre 7?", "Resuelve el sistema: 2x + 3y = 12, x − y = 1.", "¿Por qué el cielo es azul?", "Un capital de 5.000 € al 4 % anual compuesto, ¿cuánto vale a los 6 años?", "Demuestra que la raíz cuadrada de 2 es irracional."],
  de: ["Wie viele Diagonalen hat ein Zehneck?", "Löse die Gleichung x² − 5x + 6 = 0.", "Warum ist die Banane krumm?", "Ein Auto verliert jedes Jahr 15 % seines Wertes. Wann ist es nur noch die Hälfte wert?"],
  fr: ["Combien de diviseurs a le nombre 360 ?", "Montre que la fonction f(x) = x³ + x est croissante sur R.", "Pourquoi la Lune a-t-elle des phases ?"],
  pt: ["Qual é a soma dos ângulos internos de um hexágono?", "Resolva a inequação 3x − 7 > 2x + 5.", "Por que os metais conduzem eletricidade?"],
  zh: ["一个数的三分之二比它的一半多12，这个数是多少？", "证明：任意三个连续整数的乘积能被6整除。", "为什么夏天白天比冬天长？"],
  hi: ["एक संख्या का 40% 96 है, वह संख्या क्या है?", "यदि त्रिभुज के दो कोण 50° और 60° हैं, तो तीसरा कोण कितना है?"],
  ko: ["1부터 100까지 자연수 중 3의 배수의 합은?", "왜 바닷물은 짠가요?"],
};
export function question(r, lang = r.pick(Object.keys(QUESTIONS))) {
  const base = r.pick(QUESTIONS[lang]);
  const tweak = r.chance(0.5) ? ` (${r.pick(["homework", "tarea", "Hausaufgabe", "devoir", "lição", "作业", "숙제"])} ${r.int(1, 40)})` : "";
  return { lang, text: base.replace(/\d+/, (m) => (r.chance(0.6) ? String(Number(m) + r.int(1, 9)) : m)) + tweak };
}
