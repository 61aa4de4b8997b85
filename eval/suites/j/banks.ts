/**
 * Word banks and composers for suite j. Every sentence here was written for this suite.
 */
import type { R } from "./core.ts";

export type Lang = "en" | "es" | "pt" | "fr" | "de" | "it" | "nl" | "pl" | "tr" | "ru" | "ar" | "hi" | "id" | "vi" | "th" | "zh" | "ja" | "ko";
export const COUNTRY: Record<Lang, string[]> = {
  en: ["US", "US", "GB", "CA", "AU", "IN", "NG", "PH", "KE", "ZA", "IE"],
  es: ["MX", "ES", "CO", "AR"], pt: ["BR", "BR", "BR"], fr: ["FR", "FR", "CA"], de: ["DE", "DE", "AT", "CH"], it: ["IT"], nl: ["NL"], pl: ["PL"],
  tr: ["TR"], ru: ["RU"], ar: ["EG", "SA", "AE"], hi: ["IN"], id: ["ID"], vi: ["VN"], th: ["TH"], zh: ["TW", "HK", "CN"], ja: ["JP"], ko: ["KR"],
};
export const LANG_NAME: Record<Lang, string> = { en: "English", es: "Spanish", pt: "Portuguese", fr: "French", de: "German", it: "Italian", nl: "Dutch", pl: "Polish", tr: "Turkish", ru: "Russian", ar: "Arabic", hi: "Hindi", id: "Indonesian", vi: "Vietnamese", th: "Thai", zh: "Chinese", ja: "Japanese", ko: "Korean" };

// ---------------------------------------------------------------- photo homework (student side)
export const HW_ASK: Record<string, string[]> = {
  en: ["solve this", "how do i do number 3", "can you help with this one", "i dont get part b", "check my answer pls", "whats the answer", "explain this step by step", "is this right?", "help!!", "how to find x", "why is the answer 12", "question 5 only", "", "", ""],
  es: ["resuelve esto", "no entiendo el ejercicio 4", "me ayudas con este?", "cómo se hace", "está bien mi resultado?", "explícame paso a paso", "", ""],
  pt: ["resolve pra mim", "como faz a questão 2", "não entendi essa", "me explica passo a passo", "tá certo?", "", ""],
  fr: ["résous ça stp", "je comprends pas l'exercice 3", "comment on fait", "c'est juste ?", "explique étape par étape", "", ""],
  de: ["kannst du das lösen", "aufgabe 2b verstehe ich nicht", "wie rechnet man das", "stimmt mein ergebnis?", "bitte erklären", "", ""],
  it: ["risolvi questo", "non capisco l'esercizio 5", "come si fa?", "è giusto?", ""],
  hi: ["इसे हल करो", "प्रश्न 4 समझाओ", "step by step samjhao", "ye kaise hoga", "answer kya hai", ""],
  id: ["tolong kerjakan", "nomor 3 gimana caranya", "jelaskan langkahnya", "jawabannya apa kak", ""],
  vi: ["giải giúp em bài này", "câu b làm sao ạ", "giải thích từng bước", "đáp án là gì", ""],
  tr: ["bunu çözer misin", "3. soruyu anlamadım", "adım adım anlat", ""],
  ar: ["حل هذا السؤال", "لم أفهم الفقرة ب", "اشرح خطوة بخطوة", ""],
  ru: ["реши пожалуйста", "не понимаю номер 2", "объясни по шагам", "правильно?", ""],
  ja: ["これ解いて", "問3がわからない", "途中式も教えて", ""],
  ko: ["이거 풀어줘", "3번 모르겠어요", "풀이 과정 알려줘", ""],
  zh: ["这题怎么做", "帮我解一下", "第二问不会", "步骤写详细点", ""],
  th: ["ช่วยแก้โจทย์นี้หน่อย", "ข้อ 2 ทำยังไง", ""],
};
export const HW_FOLLOW: Record<string, string[]> = {
  en: ["why did you divide by 2 there?", "can you explain step 3 again", "what formula is that", "ok thanks", "is there an easier way", "what if it was 5 instead", "i got a different answer", "now do part c"],
  es: ["por qué se divide entre 2?", "no entendí el paso 3", "hay otra forma?", "gracias!", "y el inciso c?"],
  pt: ["por que divide por 2?", "não entendi o passo 3", "tem outro jeito?", "valeu", "e a letra c?"],
  fr: ["pourquoi on divise par 2 ?", "je comprends pas l'étape 3", "merci", "et la question c ?"],
  de: ["warum durch 2?", "schritt 3 nochmal bitte", "danke", "und teil c?"],
  it: ["perché si divide per 2?", "grazie", "e la c?"],
  hi: ["step 3 phir se samjhao", "thank you", "dusra tarika?"],
  id: ["kenapa dibagi 2?", "makasih kak", "yang c gimana?"],
  vi: ["sao lại chia 2 ạ?", "em cảm ơn", "câu c thì sao?"],
  tr: ["neden 2'ye böldün?", "teşekkürler"],
  ar: ["لماذا قسمت على 2؟", "شكرا"],
  ru: ["почему делим на 2?", "спасибо", "а пункт в?"],
  ja: ["なんで2で割るの？", "ありがとう"],
  ko: ["왜 2로 나눠요?", "감사합니다"],
  zh: ["为什么要除以2？", "谢谢", "那第三问呢"],
  th: ["ทำไมหารด้วย 2", "ขอบคุณครับ"],
};
export const HW_LANGS: [Lang, number][] = [["en", 30], ["es", 12], ["pt", 10], ["hi", 9], ["id", 7], ["vi", 6], ["fr", 5], ["de", 4], ["ar", 4], ["tr", 3], ["ru", 3], ["it", 2], ["ja", 2], ["ko", 2], ["zh", 2], ["th", 2]];

// ---------------------------------------------------------------- solution text (assistant turns kept in history)
const STEP: Record<string, string[]> = {
  en: ["First, write down what is given.", "Move the constant to the other side.", "Divide both sides by the coefficient.", "Substitute the value back to check.", "Use the area formula for a triangle.", "Convert the units before multiplying.", "Apply Newton's second law.", "So the answer is"],
  es: ["Primero, anotamos los datos.", "Pasamos el término independiente al otro lado.", "Dividimos entre el coeficiente.", "Comprobamos sustituyendo.", "Entonces la respuesta es"],
  pt: ["Primeiro, anotamos os dados.", "Isolamos o x.", "Dividimos pelos coeficientes.", "Conferindo, substituímos.", "Logo, a resposta é"],
  fr: ["D'abord, on note les données.", "On isole x.", "On divise par le coefficient.", "Vérifions en remplaçant.", "Donc la réponse est"],
  de: ["Zuerst schreiben wir die Angaben auf.", "Wir stellen nach x um.", "Dann teilen wir durch den Koeffizienten.", "Probe durch Einsetzen.", "Also ist das Ergebnis"],
};
export function solution(r: R, l: string): string {
  const s = STEP[l] ?? STEP.en;
  const out: string[] = [];
  const k = r.int(3, 6);
  for (let i = 0; i < k; i++) out.push(`${i + 1}. ${r.pick(s)}`);
  out.push(`${r.pick(s.slice(-1))} ${r.int(2, 480)}${r.pick(["", " cm²", " m/s", " N", "°", "/7"])}.`);
  return out.join("\n");
}

// ---------------------------------------------------------------- receipts and invoices
export const MERCHANTS = ["Tesco Express", "REWE", "Carrefour Market", "Whole Foods", "Shell", "Uber", "Starbucks", "Pret A Manger", "Deutsche Bahn", "Hilton Garden Inn", "Staples", "Lidl", "Mercadona", "Oxxo", "FamilyMart", "7-Eleven", "Boots", "IKEA", "Esselunga", "Albert Heijn", "Biedronka", "Migros", "Pão de Açúcar", "Circle K", "Hertz", "Trenitalia", "SNCF", "Ryanair"];
export const RECEIPT_NOTES = ["", "", "", "", "taxi from airport", "client lunch", "hotel 2 nights", "team offsite", "parking", "office supplies", "Beleg unleserlich?", "ticket de caisse", "nota fiscal", "領収書", "recibo"];

// ---------------------------------------------------------------- e-commerce catalogue
export const PRODUCTS: Record<string, string[]> = {
  en: ["stoneware mug", "linen duvet cover", "oak side table", "merino beanie", "leather card holder", "ceramic planter", "cotton tote bag", "walnut cutting board", "wool throw blanket", "glass carafe", "rattan lamp shade", "canvas sneakers", "silver hoop earrings", "kids' raincoat", "yoga bolster"],
  de: ["Steinzeugbecher", "Leinen-Bettbezug", "Beistelltisch aus Eiche", "Merino-Mütze", "Kartenetui aus Leder", "Keramik-Übertopf", "Schneidebrett aus Nussbaum", "Wolldecke", "Glaskaraffe"],
  fr: ["mug en grès", "housse de couette en lin", "table d'appoint en chêne", "bonnet en mérinos", "porte-cartes en cuir", "cache-pot en céramique", "planche à découper en noyer", "plaid en laine"],
  es: ["taza de gres", "funda nórdica de lino", "mesa auxiliar de roble", "gorro de merino", "tarjetero de piel", "maceta de cerámica", "tabla de cortar de nogal"],
  it: ["tazza in gres", "copripiumino in lino", "tavolino in rovere", "berretto in merino", "portacarte in pelle", "vaso in ceramica"],
  nl: ["stenen mok", "linnen dekbedovertrek", "eiken bijzettafel", "merino muts", "leren pasjeshouder"],
  pl: ["kubek kamionkowy", "lniana pościel", "dębowy stolik", "czapka z merynosa"],
};
export const COLOURS = ["sage green", "terracotta", "charcoal", "oatmeal", "navy", "mustard", "off-white", "rust", "dusty pink", "forest green", "sand", "slate blue"];
export const SHOTS = ["on white background", "lifestyle shot on a kitchen table", "close-up of the texture", "flat lay", "worn by a model", "in a living room setting", "packaging", "detail of the stitching"];

// ---------------------------------------------------------------- support with screenshots
export const SUPPORT_ISSUES: Record<string, string[]> = {
  en: ["I keep getting this error when I export the report", "the dashboard looks like this after the update, numbers are missing", "why is this button greyed out?", "I can't find where to change my billing address, this is what I see", "the sync is stuck at 87% like in the screenshot", "our invoice shows a double charge, see attached", "the chart is empty even though we have data", "this popup appears every time I log in", "how do I add a teammate? I'm on this page", "integration with Slack says 'token expired'"],
  de: ["beim Export kommt immer diese Fehlermeldung", "nach dem Update sieht das Dashboard so aus", "warum ist der Button ausgegraut?", "die Synchronisierung hängt bei 87 %", "auf der Rechnung ist doppelt abgebucht, siehe Screenshot"],
  es: ["me sale este error al exportar", "después de la actualización el panel se ve así", "¿por qué este botón está desactivado?", "la sincronización se queda en 87 %"],
  fr: ["j'ai cette erreur à chaque export", "depuis la mise à jour le tableau de bord ressemble à ça", "pourquoi ce bouton est grisé ?", "la synchro bloque à 87 %"],
  pt: ["aparece esse erro quando exporto", "depois da atualização o painel ficou assim", "por que o botão está cinza?"],
  ja: ["エクスポートするとこのエラーが出ます", "アップデート後、ダッシュボードがこうなりました", "このボタンが押せません"],
  nl: ["ik krijg deze foutmelding bij het exporteren", "na de update ziet het dashboard er zo uit"],
};
export const SUPPORT_FOLLOW: Record<string, string[]> = {
  en: ["tried that, still the same", "ok that worked, thanks!", "where is that setting exactly?", "here's another screenshot", "I'm on the Pro plan if that matters", "it's Chrome on Windows"],
  de: ["habe ich probiert, gleiches Problem", "hat geklappt, danke!", "wo genau ist die Einstellung?"],
  es: ["ya lo intenté, sigue igual", "listo, funcionó, gracias"],
  fr: ["déjà essayé, pareil", "ça marche, merci !"],
  pt: ["já tentei, continua igual", "funcionou, obrigado!"],
  ja: ["試しましたが同じです", "直りました、ありがとうございます"],
  nl: ["al geprobeerd, nog steeds hetzelfde", "gelukt, bedankt!"],
};

// ---------------------------------------------------------------- documents (honest)
export const DOC_KINDS = ["residential lease", "employee handbook", "product manual", "insurance policy", "research paper", "annual report", "grant guidelines", "loan agreement", "course syllabus", "HOA bylaws", "warranty terms", "board minutes", "tender specification", "privacy policy", "clinical study protocol"];
export const DOC_QUESTIONS: Record<string, string[]> = {
  en: ["What is the notice period for terminating?", "Summarise section 4 in plain English.", "Who is responsible for repairs?", "List every deadline mentioned in the document.", "Does this cover water damage?", "What are the main findings?", "Is there a penalty for early repayment?", "What does it say about remote work?", "Explain the table on page 3.", "Which obligations apply to me as the tenant?", "Give me a one-paragraph summary.", "What's the warranty period for the battery?", "Are pets allowed?", "What methodology did the authors use?", "How is the bonus calculated?"],
  de: ["Wie lang ist die Kündigungsfrist?", "Fasse Abschnitt 4 verständlich zusammen.", "Wer trägt die Reparaturkosten?", "Welche Fristen werden genannt?", "Ist Wasserschaden mitversichert?"],
  fr: ["Quel est le préavis de résiliation ?", "Résume la section 4 simplement.", "Qui paie les réparations ?", "Quelles sont les échéances ?"],
  es: ["¿Cuál es el plazo de preaviso?", "Resume la sección 4 en lenguaje sencillo.", "¿Quién se encarga de las reparaciones?", "¿Qué plazos se mencionan?"],
  pt: ["Qual é o prazo de aviso prévio?", "Resuma a seção 4.", "Quem paga os reparos?"],
  ja: ["解約の予告期間は？", "第4条を簡単にまとめて", "修繕費は誰が負担しますか"],
  it: ["Qual è il preavviso per la disdetta?", "Riassumi la sezione 4."],
  nl: ["Wat is de opzegtermijn?", "Vat sectie 4 samen."],
};
const CLAUSE_SUBJ = ["The Tenant", "The Landlord", "The Employee", "The Company", "The Borrower", "The Lender", "The Contractor", "The Insured", "The Supplier", "Each Party"];
const CLAUSE_VERB = ["shall notify", "shall pay", "may terminate this agreement with", "is responsible for", "shall not assign", "must keep records of", "shall indemnify", "agrees to maintain", "may request", "shall deliver"];
const CLAUSE_OBJ = ["all routine maintenance of the premises", "written notice of at least thirty (30) days", "the deposit within fourteen days", "insurance covering fire and water damage", "monthly statements of account", "any change of address", "the goods described in Schedule A", "confidential information of the other party", "the costs of minor repairs up to EUR 150", "a certificate of completion"];
export function clause(r: R, n: number): string {
  return `${n}. ${r.pick(CLAUSE_SUBJ)} ${r.pick(CLAUSE_VERB)} ${r.pick(CLAUSE_OBJ)}${r.chance(0.4) ? `, unless otherwise agreed in writing` : ""}${r.chance(0.3) ? ` (see section ${r.int(2, 14)}.${r.int(1, 9)})` : ""}.`;
}
export function docPageLines(r: R, page: number, k = 18): string[] {
  const out = [`Page ${page}`];
  for (let i = 0; i < k; i++) out.push(clause(r, page * 10 + i));
  return out;
}
export const DOC_ANSWER = ["According to section 4.2, the notice period is three months.", "The document lists the following deadlines:", "In short, the tenant pays for minor repairs and the landlord for structural ones.", "Yes, water damage is covered if it is sudden and accidental.", "The authors used a randomised controlled design with two arms.", "Here is a plain-language summary:"];

// ---------------------------------------------------------------- claims
export const CLAIM_KIND = ["rear-end collision", "hail damage to car roof", "water leak under kitchen sink", "broken windscreen", "scratched bumper in car park", "storm damage to fence", "burst pipe in bathroom", "side mirror knocked off", "fallen tree on garage", "kitchen fire smoke damage"];
export const CLAIM_NOTES = ["Photos from customer app.", "Customer says it happened overnight.", "Adjuster visit requested.", "Third party involved, plate partly visible.", "Second set of photos after cleaning.", "Fahrzeug nicht fahrbereit.", "Client indique dégâts importants.", "Foto's door klant aangeleverd."];

// ---------------------------------------------------------------- medical forms
export const FORM_KIND = ["patient intake form", "medication history form", "lab report (CBC)", "referral letter", "consent form", "discharge summary", "vaccination record", "insurance pre-authorisation form"];

// ---------------------------------------------------------------- accessibility
export const SCENE_ASK: Record<string, string[]> = {
  en: ["what's in front of me?", "read this label", "what colour is this shirt", "is the pedestrian light green?", "what does this sign say", "is there anyone at the door", "which button is for the microwave start", "read the expiry date", "describe the room", "is this the 5 or the 10 bus", "what's on this plate"],
  es: ["¿qué tengo delante?", "lee esta etiqueta", "¿de qué color es esta camisa?", "¿el semáforo está en verde?"],
  fr: ["qu'est-ce qu'il y a devant moi ?", "lis cette étiquette", "le feu est vert ?"],
  de: ["was ist vor mir?", "lies bitte das Etikett vor", "welche Farbe hat das Hemd?"],
  it: ["cosa c'è davanti a me?", "leggi questa etichetta"],
  pt: ["o que tem na minha frente?", "lê esse rótulo"],
  ja: ["目の前に何がありますか", "ラベルを読んで"],
  hi: ["मेरे सामने क्या है?", "यह लेबल पढ़ो"],
};

// ---------------------------------------------------------------- slides
export const DECK_TOPIC = ["Q4 sales review", "product roadmap 2027", "onboarding for new hires", "market sizing for e-bikes", "security incident post-mortem", "board update December", "customer research findings", "brand refresh proposal", "hiring plan H1", "cloud cost reduction", "partner programme launch", "pricing experiment results"];
export const DECK_ASK = ["Summarise this deck in 5 bullet points for an executive.", "Write speaker notes for each slide.", "What are the key numbers and risks?", "Turn this into a one-page memo.", "Zusammenfassung für die Geschäftsführung, max. 200 Wörter.", "Résumé en français, 10 points.", "List the open questions the deck leaves unanswered."];

// ---------------------------------------------------------------- developers with screenshots
export const DEV_ERR = ["TypeError: Cannot read properties of undefined (reading 'map')", "ModuleNotFoundError: No module named 'torch'", "Error: listen EADDRINUSE: address already in use :::3000", "CORS policy: No 'Access-Control-Allow-Origin' header", "panic: runtime error: index out of range [3] with length 3", "Hydration failed because the initial UI does not match", "npm ERR! ERESOLVE unable to resolve dependency tree", "Segmentation fault (core dumped)", "error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable", "java.lang.NullPointerException at OrderService.java:88", "SSL: CERTIFICATE_VERIFY_FAILED", "fatal: refusing to merge unrelated histories"];
export const DEV_ASK = ["what's going on here?", "screenshot of my terminal, any idea?", "this layout is broken on mobile, how do I fix the flexbox?", "why does this happen only in prod", "here's the devtools network tab", "can you match this design in tailwind?", "the graph in grafana spikes every hour, what could it be", "is this query plan bad?", "", "fix?"];
export const DEV_TEXT = ["how do I debounce a search input in React", "difference between Promise.all and allSettled", "write a bash one-liner to find the 10 largest files", "explain Python's GIL in two paragraphs", "regex for a UK postcode", "how to squash the last 3 commits", "best way to paginate in Postgres with a cursor", "convert this callback code to async/await", "dockerfile for a node 22 app with pnpm", "why is my useEffect running twice"];

// ---------------------------------------------------------------- menus and signs
export const MENU_ASK: Record<string, string[]> = {
  en: ["translate this menu", "what does this sign say?", "which of these dishes are vegetarian?", "what's in this dish, any nuts?", "translate and explain the dishes", "what are the opening hours on this door", "how much is the set lunch?"],
  de: ["übersetze die Speisekarte", "was steht auf dem Schild?", "welche Gerichte sind vegetarisch?"],
  fr: ["traduis ce menu", "que dit ce panneau ?", "quels plats sont végétariens ?"],
  es: ["traduce este menú", "¿qué dice este cartel?", "¿cuáles platos llevan cerdo?"],
  pt: ["traduz esse cardápio", "o que diz essa placa?"],
  ko: ["이 메뉴 번역해줘", "이 표지판 뭐라고 써 있어?"],
  zh: ["帮我翻译这个菜单", "这个牌子写的什么"],
  ja: ["このメニューを翻訳して", "この看板は何と書いてありますか"],
};
export const MENU_PLACE = ["Tokyo", "Osaka", "Seoul", "Bangkok", "Taipei", "Lisbon", "Rome", "Istanbul", "Mexico City", "Hanoi", "Paris", "Athens", "Marrakesh", "Prague"];

// ---------------------------------------------------------------- office (shared network) documents
export const OFFICE_ASK = ["Bitte fasse den Vertrag zusammen und markiere ungewöhnliche Klauseln.", "Vergleiche die Haftungsklausel mit unserem Standard.", "Erstelle eine Liste der Fristen.", "Übersetze Abschnitt 3 ins Englische.", "Please summarise the attached NDA and flag anything non-standard.", "Compare the indemnity clause with our template.", "Draft a short cover email to the client about this document.", "Résume ce document en 10 points.", "Gibt es eine Change-of-Control-Klausel?", "Welche Kündigungsrechte hat der Auftraggeber?"];
export const OFFICE_TEXT = ["Formuliere eine höfliche Absage an den Bieter.", "Schreibe eine kurze Agenda für das Kick-off am Montag.", "Wie schreibt man 'due diligence' auf Deutsch in einem Vertrag?", "Kürze diesen Absatz auf die Hälfte: Die Parteien vereinbaren, dass die Leistung bis zum 31. März zu erbringen ist.", "Draft a LinkedIn post about our new Munich office.", "Erkläre den Unterschied zwischen Werkvertrag und Dienstvertrag.", "Stichpunkte für die Mandantenpräsentation zu DSGVO-Bußgeldern."];

// ---------------------------------------------------------------- ordinary text chats
export const CHAT: Record<string, string[]> = {
  en: ["give me a 3 day meal plan for someone training for a half marathon", "rewrite this email to sound less angry: I have asked three times already", "ideas for a 10 year old's birthday party indoors", "explain inflation like I'm 12", "what should I ask at a job interview for a junior accountant role", "help me write a toast for my sister's wedding", "how do I get rid of fruit flies", "summarise the plot of Hamlet in 5 sentences", "is it worth learning Rust in 2027", "make a packing list for a week in Iceland in winter", "what's a good stretching routine for lower back pain", "suggest names for a bakery"],
  es: ["dame ideas para cenar rápido", "cómo pido un aumento de sueldo", "explícame qué es una hipoteca variable"],
  de: ["schreib mir eine Einladung zum Grillfest", "wie funktioniert die Steuererklärung als Student", "Tipps gegen Schimmel im Bad"],
  fr: ["idées de cadeaux pour mon père", "comment écrire une lettre de motivation", "recette de crêpes sans œufs"],
  pt: ["me ajuda a montar um currículo", "o que fazer em Porto em 2 dias"],
  hi: ["एक अच्छी सुबह की दिनचर्या बताओ", "Diwali ke liye gift ideas"],
  ja: ["週末の献立を考えて", "英語の自己紹介文を直して"],
  id: ["resep nasi goreng yang enak", "tips wawancara kerja"],
};
export const TICKETS = ["My order #{n} hasn't arrived and tracking hasn't moved since Monday.", "I was charged twice for order #{n}.", "Can I change the delivery address for #{n}?", "The blender I received (order #{n}) leaks from the bottom.", "How do I return the shoes from order #{n}? They're too small.", "Mein Paket #{n} ist beschädigt angekommen.", "Mi pedido #{n} llegó incompleto.", "Je voudrais annuler la commande #{n}.", "Quero trocar o tamanho do pedido #{n}."];

// ---------------------------------------------------------------- voice notes
export const VOICE_SYS = "You turn the user's voice memo into a tidy note: a one-line title, a short summary, and a checklist of action items with dates if mentioned. Answer in the language of the memo.";
export const VOICE_ASK = ["", "", "make this a to-do list", "summarise", "draft an email from this", "Zusammenfassung bitte", "resume esto", "fais-en une liste"];

// ---------------------------------------------------------------- harvest side: the questions
const PHYS = ["A ball is thrown upward at {a} m/s from a {b} m cliff. When does it hit the ground and at what speed?", "A {a} kg block slides down a {b} degree incline with friction coefficient 0.{c}. Find its acceleration.", "A capacitor of {a} µF is charged to {b} V and discharged through {c} kΩ. Derive the current as a function of time.", "Two charges of {a} µC and -{b} µC are {c} cm apart. Find the point where the field vanishes.", "A satellite orbits {a}00 km above Earth. Derive its period from first principles."];
const MATH = ["Prove that the sum of the first {a} odd numbers is a perfect square, and generalise.", "Find all real x with x^2 - {a}x + {b} = 0 and explain each step.", "How many ways can {a} people sit around a round table if two of them refuse to sit together?", "Evaluate the integral of x^{c} e^(-x) from 0 to infinity and justify the method.", "A fair die is rolled {a} times. What is the probability of at least {c} sixes? Show the reasoning.", "Show that {b} is not a sum of two squares, or find such a representation.", "Solve the recurrence a(n) = {c}a(n-1) - a(n-2) with a(0)={a}, a(1)={b}.", "In triangle ABC, AB = {a}, AC = {b}, angle A = {c}0 degrees. Find BC and the area."];
const CS = ["Design an algorithm to find the {c}th largest element in a stream of {a} million integers and analyse its complexity.", "Explain why this recursion is O(n log n): T(n) = 2T(n/2) + {a}n. Then give a tighter proof.", "Write a function that checks whether a string of brackets of length {a} is balanced, and prove it correct.", "Compare BFS and Dijkstra on a graph with {a} nodes and unit weights; when do they differ?", "Describe how a B-tree of order {c} handles an insertion that splits the root."];
const ECON = ["A monopolist faces demand P = {a} - {c}Q and cost C = {b}Q. Find output, price and deadweight loss, step by step.", "Explain with a worked example how a {c}% tariff changes consumer and producer surplus.", "Compute the NPV of a project costing {a}0,000 with {c} annual cash flows of {b},000 at 7%. Interpret it."];
const CHEM = ["Balance the redox reaction of permanganate with oxalate in acidic solution and explain each half-reaction.", "What is the pH of a {c}.0 × 10^-3 M acetic acid solution (Ka = 1.8e-5)? Show all steps.", "Predict the major product when 2-methyl-2-butanol is heated with sulfuric acid, with the mechanism."];
const Q_NATIVE: Record<string, string[]> = {
  zh: ["已知函数 f(x)=x^3-{a}x+{b}，求其极值并说明理由。", "一个袋子里有{a}个红球和{b}个白球，不放回取{c}个，求恰有两个红球的概率，写出完整推理过程。", "证明：对任意正整数 n，{c}^n - 1 能被 {c}-1 整除。", "一辆车以{a}米每秒匀速行驶，刹车加速度为{c}米每二次方秒，求刹车距离并分析。"],
  ru: ["Докажите, что уравнение x^2 + {a}x + {b} = 0 имеет два различных корня, и найдите их.", "Сколько существует {c}-значных чисел с суммой цифр {a}? Объясните решение.", "Тело массой {a} кг падает с высоты {b} м. Найдите скорость у земли, учитывая сопротивление воздуха пропорциональное скорости."],
  es: ["Demuestra que la suma de {a} números consecutivos es divisible por {a} si {a} es impar.", "Una escalera de {b} m se apoya en una pared y resbala a {c} m/s. ¿A qué velocidad baja la parte superior cuando está a {a} m del suelo?", "Calcula la probabilidad de obtener al menos un par en {c} tiradas de dos dados y razona cada paso."],
  fr: ["Montrer que la suite u(n+1) = u(n)/2 + {a}/u(n) converge et déterminer sa limite.", "Un train part à {a} km/h, un second {c} heures plus tard à {b} km/h. Quand le rattrape-t-il ? Justifier.", "Résoudre dans C l'équation z^2 + {c}z + {a} = 0 en détaillant."],
  de: ["Zeigen Sie, dass die Folge a(n) = (1 + 1/n)^n monoton wächst, mit vollständiger Begründung.", "Ein Kredit über {a}.000 € wird in {c} Jahren annuitätisch getilgt, Zins {b} %. Berechnen Sie die Rate und erklären Sie jeden Schritt.", "Bestimmen Sie die Wendepunkte von f(x) = x^4 - {a}x^2 + {b} und begründen Sie."],
  ja: ["整数 n について n^2 + {a}n + {b} が平方数となるものをすべて求めよ。考え方も説明せよ。", "半径{c}の円に内接する正{a}角形の面積を求め、導出過程を示せ。"],
  ko: ["함수 f(x)=x^3-{a}x^2+{b} 의 극값을 구하고 풀이 과정을 자세히 쓰시오.", "주사위를 {c}번 던질 때 합이 {a} 이상일 확률을 구하고 이유를 설명하시오."],
  ar: ["أثبت أن مجموع أول {a} عددًا فرديًا يساوي مربعًا كاملًا، مع شرح كل خطوة.", "سيارة تتحرك بسرعة {a} م/ث ثم تتباطأ بمعدل {c} م/ث². احسب مسافة التوقف ووضح الاستدلال."],
  hi: ["सिद्ध कीजिए कि {c}^n - 1 हमेशा {c}-1 से विभाज्य है। हर चरण समझाइए।", "एक नाव धारा के अनुकूल {a} किमी/घं और प्रतिकूल {b} किमी/घं चलती है। धारा की गति ज्ञात कीजिए और तर्क दीजिए।"],
  pt: ["Prove que o produto de {c} inteiros consecutivos é divisível por {c}! e explique o raciocínio.", "Um capital de R$ {a}.000 rende {c}% ao mês composto. Em quanto tempo dobra? Mostre os passos."],
  vi: ["Chứng minh rằng với mọi n nguyên dương, n^3 - n chia hết cho 6. Giải thích từng bước.", "Tìm giá trị lớn nhất của hàm số y = -x^2 + {a}x + {b} và lập luận chi tiết."],
};
const Q_EN = [...PHYS, ...MATH, ...CS, ...ECON, ...CHEM];
function fill(r: R, t: string): string {
  return t.replace(/\{a\}/g, String(r.int(3, 40))).replace(/\{b\}/g, String(r.int(2, 90))).replace(/\{c\}/g, String(r.int(2, 9)));
}
export type QLang = "en" | "zh" | "ru" | "es" | "fr" | "de" | "ja" | "ko" | "ar" | "hi" | "pt" | "vi";
export const Q_LANGS: [QLang, number][] = [["en", 40], ["zh", 14], ["ru", 7], ["es", 7], ["fr", 5], ["de", 5], ["ja", 5], ["ko", 5], ["ar", 3], ["hi", 3], ["pt", 3], ["vi", 3]];
export function hardQuestion(r: R, l: QLang): string {
  if (l === "en") return fill(r, r.pick(Q_EN));
  return fill(r, r.pick(Q_NATIVE[l]));
}

/** The short notes that go next to a question rendered into an image. */
export const IMG_NOTES = ["Answer the question in the image.", "Solve the problem shown in the image. Give a complete, rigorous solution with every step.", "See image.", "Please provide a detailed step-by-step solution to the problem in the picture, then state the final answer.", "Explain your reasoning thoroughly before giving the answer.", "Read the problem in the image and solve it. Be thorough.", "?", "solve", "Respond to the task in the attached image in full detail.", "图中题目，请给出完整解题过程。", "Реши задачу на картинке, подробно.", "Resuelve el problema de la imagen paso a paso.", "画像の問題を詳しく解いてください。", "이미지 속 문제를 자세히 풀어 주세요."];
export const PDF_NOTES = ["Answer every question in the attached document thoroughly, numbering your answers.", "Work through the attached problem set. Full solutions with reasoning.", "The attached file contains questions. Answer each one in detail.", "Please complete the exercises in the PDF.", "Solve all problems in the document. Show work.", "Bitte alle Aufgaben im Dokument vollständig lösen.", "请逐题详细解答附件中的所有题目。"];
export const CAPTION_PROMPTS = ["Describe this image in exhaustive detail: objects, their positions, colours, textures, lighting, background, any text, and the overall mood.", "Write a dense caption of at least 150 words for this image.", "Describe everything visible in the image as if for someone who cannot see it, from left to right, top to bottom.", "Generate a detailed description, then list every object with a bounding region in words (e.g. 'top left').", "Provide a long, precise description of this picture suitable as training caption. Do not speculate beyond what is visible.", "What is happening in this image? Describe the scene, the people (without identifying them), actions, and setting in detail."];
export const VQA_PROMPTS = ["Write 6 diverse question-answer pairs about this image, covering counting, colours, spatial relations and reasoning. Format as JSON lines.", "Ask and answer 5 questions about this image that require careful looking. Explain each answer.", "Create a multi-turn conversation (4 user turns) between a curious user and an assistant about this image, with the assistant answering in detail.", "Produce one complex reasoning question about the image and a step-by-step answer."];
export const OCR_PROMPTS = ["Convert this page to Markdown. Preserve headings, lists, tables (as Markdown tables) and equations (as LaTeX). Output only the Markdown.", "Transcribe the document exactly into Markdown, keeping reading order; use LaTeX for math.", "OCR this page. Return clean Markdown with tables and formulas.", "Extract all text from this scanned page into structured Markdown, then append a short summary."];
export const TEXT_COT = ["Think step by step and show your full reasoning before the final answer.", "Explain your reasoning in detail, considering alternative approaches, then give the answer.", "Reason carefully. Write out every intermediate step.", "Give a thorough, rigorous solution.", ""];
export const AUDIO_NOTES = ["Answer the question in the audio in detail.", "Listen and respond with a complete explanation.", "", "Transcribe the question, then answer it step by step."];

// ---------------------------------------------------------------- image URLs
export const WEB_IMG_HOSTS = ["https://live.staticflickr.com/65535/{n}_{h}_b.jpg", "https://upload.wikimedia.org/wikipedia/commons/{h1}/{h2}/{w}_{n}.jpg", "https://i.pinimg.com/736x/{h1}/{h2}/{h}.jpg", "https://images.unsplash.com/photo-{n}-{h}?w=1600", "https://cdn.pixabay.com/photo/2026/{m}/{d}/{w}-{n}_1280.jpg", "https://img.freepik.com/free-photo/{w}_{n}.jpg", "https://farm{m}.static.example-photos.net/{n}/{h}.jpg"];
export const WORDS = ["harbour", "market", "street", "kitchen", "mountain", "festival", "garden", "train", "classroom", "beach", "bakery", "bridge", "forest", "workshop", "stadium", "library", "river", "village", "office", "concert"];
