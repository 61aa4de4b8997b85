/**
 * Honest product backends, part 1: a CMS writing assistant, a step-by-step homework app, a
 * multi-tenant router, a retailer's ask-anything assistant, a flashcard generator, a trip and meal
 * planner on Responses chains, a code-review bot. Each has its own text.
 */
import { type Body, type Net, Sc, at, dc, draw, fill, fleet, genTime, humanPause, isp, olen, rid, stub, tok, DAY, HOUR, MIN, SEC, T0, NDAYS } from "./core.ts";

// ================================================================== cms-writing-assistant
const CMS_SYS = "You are Penwright, the writing helper built into the Halyard CMS. Editors paste drafts from their websites. Keep the author's facts, names and numbers exactly as given, never invent quotes, and answer in the language of the draft unless the editor asks for another. Return only the edited text unless asked for options.";
const CMS_TOPICS: Record<string, string[][]> = {
  en: [
    ["Our bakery on Mill Street reopens on {day} after six weeks of renovation.", "The new oven lets us bake rye loaves twice a day instead of once.", "Regulars will notice the counter moved to the left wall.", "We kept the old tiles because so many of you asked us to.", "Opening week, every coffee comes with a cardamom bun."],
    ["The parish council approved the cycle lane on {road} by seven votes to two.", "Work starts in the autumn and should take about {n} weeks.", "Residents raised concerns about parking for the Saturday market.", "The council says forty spaces will be moved to the school car park."],
    ["Version {v} of our invoicing app adds recurring invoices and a dark mode.", "Customers on the starter plan get the update automatically.", "We also fixed the bug that duplicated line items on export.", "The mobile app follows next month."],
  ],
  nl: [
    ["De bibliotheek in {town} gaat vanaf {day} ook op zondag open.", "Vrijwilligers helpen bezoekers met het lenen van e-books.", "Er komt een leestafel met kranten uit twaalf landen.", "De gemeente betaalt de extra uren voor twee jaar."],
    ["Onze fietsenwinkel verhuist naar een groter pand aan de {road}.", "Daar hebben we ruimte voor een werkplaats met drie reparatieplekken.", "Tijdens de verhuizing zijn we {n} dagen dicht.", "Reparaties die al zijn afgesproken gaan gewoon door."],
  ],
  sv: [
    ["Föreningen bjuder in till städdag vid sjön på {day}.", "Vi samlar skräp längs stranden och lagar bryggan.", "Ta med arbetshandskar, vi bjuder på kaffe och korv.", "Förra året kom nästan {n} personer."],
    ["Vår nya kurs i surdegsbak startar i september.", "Kursen har fyra träffar och passar nybörjare.", "Alla deltagare får en burk med vår egen surdeg att ta hem.", "Anmälan öppnar på {day}."],
  ],
  de: [
    ["Der Wochenmarkt in {town} zieht ab {day} auf den Kirchplatz um.", "Grund sind die Bauarbeiten an der Hauptstraße.", "Die Stände öffnen wie gewohnt um sieben Uhr.", "Für Lieferanten gibt es eine Zufahrt über die {road}."],
    ["Unser Team wächst: Ab Juli verstärkt uns eine zweite Steuerberaterin.", "Damit können wir Termine wieder innerhalb einer Woche vergeben.", "Neue Mandanten nehmen wir ab sofort wieder auf.", "Die Sprechstunde am Donnerstag bleibt bestehen."],
  ],
};
const CMS_SLOTS: Record<string, Record<string, readonly string[]>> = {
  en: { day: ["Monday", "the 14th", "1 July", "next Friday"], road: ["Elm Road", "Harbour Lane", "Quarry Hill"], n: ["12", "8", "14", "6"], v: ["4.2", "5.0", "3.9"] },
  nl: { day: ["maandag", "1 juli", "zaterdag 12 juni"], road: ["Kanaalweg", "Stationsstraat", "Molenstraat"], town: ["Zwolle", "Deventer", "Leiden"], n: ["3", "5", "10"] },
  sv: { day: ["lördag", "den 14 juni", "söndag"], n: ["200", "80", "120"] },
  de: { day: ["Montag", "dem 1. Juli", "Samstag"], road: ["Lindenallee", "Bahnhofstraße", "Am Mühlbach"], town: ["Bamberg", "Kassel", "Lüneburg"] },
};
const CMS_TASKS: Record<string, string[]> = {
  en: ["Make this sound friendlier but keep it short:", "Rewrite this for our newsletter, around 120 words:", "Give me five headline options for this post:", "Fix grammar and punctuation only, change nothing else:", "Write a meta description under 155 characters for:", "Turn this into three bullet points for social media:"],
  nl: ["Maak deze tekst wat vlotter, niet langer dan nu:", "Geef vijf kopjes voor dit bericht:", "Alleen spelling en grammatica verbeteren alsjeblieft:", "Schrijf hier een korte intro voor de nieuwsbrief van:"],
  sv: ["Gör texten lite mer inbjudande:", "Föreslå fem rubriker till inlägget:", "Rätta bara stavning och grammatik:", "Korta ner detta till ungefär hälften:"],
  de: ["Bitte etwas lockerer formulieren, gleiche Länge:", "Fünf Überschriften für diesen Beitrag, bitte:", "Nur Rechtschreibung und Zeichensetzung korrigieren:", "Schreib daraus einen Teaser für Instagram:"],
};
const CMS_FOLLOW: Record<string, string[]> = {
  en: ["Shorter please.", "Less salesy, it's a council notice.", "Can you keep the second sentence as it was?", "Option 3 but with the date in it."],
  nl: ["Iets korter graag.", "Minder reclametaal alsjeblieft.", "Kan het formeler?"],
  sv: ["Lite kortare tack.", "Mindre säljigt, tack.", "Kan du behålla första meningen?"],
  de: ["Etwas kürzer bitte.", "Weniger werblich, bitte.", "Kannst du den zweiten Satz so lassen?"],
};
const CMS_ANS = ["The refreshed paragraph keeps every date and figure.", "Here the sentences are shorter and the tone warmer.", "Headline ideas follow in order of length.", "Only two commas were changed."];

export function cmsWriting(sc: Sc): void {
  const r = sc.r;
  const key = sc.key("proj");
  const ips = fleet(r, ["awsDe", "awsDe", "gcpBe"], 4);
  const langs: [string, number][] = [["en", 45], ["nl", 22], ["de", 20], ["sv", 13]];
  const sites = Array.from({ length: 140 }, (_, i) => `site_${(i * 7919 + 104729).toString(36)}`);
  const nSessions = 2300;
  for (let s = 0; s < nSessions; s++) {
    const lang = r.wpick(langs);
    let t = draw(r, lang === "en" ? r.pick([0, 1, -5]) : 2, "office");
    const user = `${r.pick(sites)}:ed${r.int(1, 9)}`;
    const para = r.pick(CMS_TOPICS[lang]);
    const k = r.int(2, para.length);
    const draft = para.slice(0, k).map((x) => fill(r, x, CMS_SLOTS[lang])).join(" ");
    const messages: Body[] = [{ role: "system", content: CMS_SYS }, { role: "user", content: r.pick(CMS_TASKS[lang]) + "\n\n" + draft }];
    const model = r.p(0.85) ? "gpt-4.1-mini" : "gpt-4.1";
    const turns = r.p(0.28) ? r.int(2, 3) : 1;
    for (let i = 0; i < turns; i++) {
      const body: Body = { model, messages: messages.slice(), stream: true, stream_options: { include_usage: true }, max_tokens: 900, temperature: 0.7, user };
      const out = olen(r, Math.max(40, tok(draft) * 1.2), 0.4, 900, 20);
      if (r.p(0.008)) sc.post(t - r.int(3000, 9000), key, r.pick(ips), "/v1/chat/completions", body, r.int(5, 60)); // stream dropped by the browser, resent
      sc.post(t, key, r.pick(ips), "/v1/chat/completions", body, out);
      messages.push({ role: "assistant", content: stub(r, CMS_ANS, Math.min(out, 200)) });
      messages.push({ role: "user", content: r.pick(CMS_FOLLOW[lang]) });
      t += genTime(r, out) + humanPause(r, out, 30);
    }
  }
}

// ================================================================== homework-stepwise
const HW_SYS = "You are Tangga, a patient maths tutor for students aged 11 to 16. Always explain in numbered steps, one idea per step, and end with a line starting 'Check:' where you verify the answer. Use the student's language. If the student only wants the answer, still show the steps briefly. Never mock a mistake.";
type Lang = "id" | "vi" | "hi" | "th" | "en";
const HW_PROB: Record<Lang, string[]> = {
  id: ["Tolong bantu saya: {a}x + {b} = {c}, berapa nilai x?", "Harga sepatu Rp{p}.000 didiskon {d}%. Berapa harga setelah diskon?", "Sebuah persegi panjang panjangnya {a} cm dan lebarnya {b} cm. Berapa kelilingnya?", "Kak, {a}/{b} ditambah {c}/{b} hasilnya berapa? Tolong pakai langkah-langkah.", "Mobil berjalan {c} km dalam {b} jam. Berapa kecepatan rata-ratanya?"],
  vi: ["Giải giúp em phương trình {a}x - {b} = {c} ạ.", "Một cửa hàng giảm giá {d}% cho chiếc áo {p} nghìn đồng. Giá sau khi giảm là bao nhiêu?", "Tính diện tích hình tam giác có đáy {a} cm và chiều cao {b} cm.", "Em chưa hiểu cách quy đồng {a}/{b} và {c}/{d}, thầy giải thích từng bước được không ạ?", "Một bể nước chứa {c} lít, mỗi phút chảy ra {a} lít. Sau bao lâu thì bể cạn?"],
  hi: ["कृपया इसे हल करें: {a}x + {b} = {c}", "एक किताब ₹{p}0 की है और उस पर {d}% छूट है। छूट के बाद कीमत क्या होगी?", "एक वर्ग की भुजा {a} सेमी है, उसका क्षेत्रफल और परिमाप बताइए।", "{a} और {b} का लघुत्तम समापवर्त्य कैसे निकालें? स्टेप बाय स्टेप समझाइए।", "एक ट्रेन {b} घंटे में {c} किमी चलती है, उसकी औसत चाल क्या है?"],
  th: ["ช่วยแก้สมการ {a}x + {b} = {c} หน่อยครับ", "เสื้อราคา {p}0 บาท ลดราคา {d}% จะเหลือกี่บาทคะ", "สี่เหลี่ยมผืนผ้ากว้าง {b} ซม. ยาว {a} ซม. มีพื้นที่เท่าไร", "หนูไม่เข้าใจเรื่องเศษส่วน {a}/{b} คูณ {c}/{d} ช่วยอธิบายทีละขั้นได้ไหมคะ"],
  en: ["Solve {a}x - {b} = {c} and show me how.", "A jacket costs ${p} and is {d}% off. What do I pay?", "Find the perimeter of a rectangle {a} cm by {b} cm.", "How do I add {a}/{b} and {c}/{d}? My teacher's way confuses me.", "A cyclist rides {c} km in {b} hours. What is the average speed?"],
};
const HW_FOLLOW: Record<Lang, string[]> = {
  id: ["Kenapa di langkah 2 dibagi?", "Saya dapat hasil lain, salahnya di mana?", "Oke paham, makasih kak!", "Bisa kasih satu soal latihan yang mirip?"],
  vi: ["Tại sao bước 2 lại chia cho số đó ạ?", "Em ra kết quả khác, em sai ở đâu ạ?", "Em hiểu rồi, cảm ơn thầy!", "Cho em thêm một bài tương tự được không ạ?"],
  hi: ["स्टेप 2 में भाग क्यों दिया?", "मेरा उत्तर अलग आया, गलती कहाँ है?", "समझ गया, धन्यवाद!", "ऐसा ही एक और सवाल दीजिए।"],
  th: ["ทำไมขั้นที่ 2 ต้องหารครับ", "หนูได้คำตอบไม่ตรง ผิดตรงไหนคะ", "เข้าใจแล้ว ขอบคุณครับ", "ขอโจทย์คล้ายๆ กันอีกข้อได้ไหม"],
  en: ["Why did you divide in step 2?", "I got a different answer, where did I go wrong?", "ok got it thanks", "Can I have one more like this?"],
};
const HW_ANS: Record<Lang, string[]> = {
  en: ["Step 1: write down what we know.", "Step 2: move the constant to the other side.", "Step 3: divide both sides by the coefficient.", "Check: substitute the value back and both sides match."],
  id: ["Langkah 1: tulis dulu apa yang diketahui.", "Langkah 2: pindahkan konstanta ke ruas kanan.", "Langkah 3: bagi kedua ruas dengan koefisien x.", "Check: masukkan kembali nilainya, kedua ruas sama."],
  vi: ["Bước 1: viết ra những gì đã biết.", "Bước 2: chuyển hằng số sang vế phải.", "Bước 3: chia hai vế cho hệ số của x.", "Check: thay giá trị vào, hai vế bằng nhau."],
  hi: ["चरण 1: जो दिया है उसे लिखें।", "चरण 2: अचर को दूसरी ओर ले जाएँ।", "चरण 3: दोनों ओर गुणांक से भाग दें।", "Check: मान वापस रखने पर दोनों पक्ष बराबर हैं।"],
  th: ["ขั้นที่ 1 เขียนสิ่งที่โจทย์กำหนดให้", "ขั้นที่ 2 ย้ายค่าคงที่ไปอีกข้าง", "ขั้นที่ 3 หารทั้งสองข้างด้วยสัมประสิทธิ์", "Check: แทนค่ากลับแล้วทั้งสองข้างเท่ากัน"],
};
export function homeworkStepwise(sc: Sc): void {
  const r = sc.r;
  const web = sc.key("proj"), app = sc.key("proj");
  const ipsW = fleet(r, ["gcpJkt", "gcpJkt"], 3), ipsA = fleet(r, ["awsMum", "awsMum"], 2);
  const regions: [Lang, number, number][] = [["id", 7, 34], ["vi", 7, 24], ["hi", 5.5, 20], ["th", 7, 10], ["en", 8, 12]];
  for (let s = 0; s < 3300; s++) {
    const [lang, tz] = r.wpick(regions.map((x) => [[x[0], x[1]] as const, x[2]] as const));
    const onApp = r.p(0.35);
    const key = onApp ? app : web, ips = onApp ? ipsA : ipsW;
    let t = draw(r, tz, "school");
    const v = { a: String(r.int(2, 19)), b: String(r.int(2, 12)), c: String(r.int(10, 240)), d: String(r.pick([5, 10, 15, 20, 25, 30, 40])), p: String(r.int(12, 480)) };
    const q = fill(r, r.pick(HW_PROB[lang]), v);
    const messages: Body[] = [{ role: "system", content: HW_SYS }, { role: "user", content: q }];
    const turns = r.wpick([[1, 45], [2, 30], [3, 17], [4, 8]] as const);
    const user = `stu_${r.chars(10, "abcdefghjkmnpqrstuvwxyz23456789")}`;
    for (let i = 0; i < turns; i++) {
      const body: Body = { model: "gpt-4.1-mini", messages: messages.slice(), max_tokens: 1400, temperature: 0.3, user };
      if (!onApp) { body.stream = true; body.stream_options = { include_usage: true }; }
      const out = olen(r, i === 0 ? 430 : 220, 0.45, 1400, 40);
      if (r.p(0.01)) sc.post(t - r.int(4000, 15000), key, r.pick(ips), "/v1/chat/completions", body, r.int(10, 120)); // app timed out on a weak connection and retried
      sc.post(t, key, r.pick(ips), "/v1/chat/completions", body, out);
      messages.push({ role: "assistant", content: stub(r, HW_ANS[lang], Math.min(out, 260)) });
      messages.push({ role: "user", content: r.pick(HW_FOLLOW[lang]) });
      t += genTime(r, out, 90) + humanPause(r, out, 40);
    }
  }
}

// ================================================================== router-reseller
interface Tenant { name: string; sys: string; asks: string[]; slots: Record<string, readonly string[]>; model: string; path: "/v1/chat/completions" | "/v1/responses"; tz: number; curve: "office" | "evening" | "consumer" | "dev"; w: number; out: number; cap: number; extra?: Body }
const TENANTS: Tenant[] = [
  { name: "cvpolish", sys: "Rewrite CV bullet points with a strong verb first and a measurable result. Keep each bullet under 25 words and never add achievements the user did not mention.", asks: ["Improve: {task} at my last job for {years} years", "Bullet for my CV: I was in charge of {task}", "make this sound better for a {role} role: {task}"], slots: { task: ["handled the weekly stock orders", "trained new cashiers", "ran the office's IT helpdesk", "organised supplier visits", "kept the project budget spreadsheet"], years: ["2", "3", "5"], role: ["operations", "junior analyst", "team lead"] }, model: "gpt-4.1-nano", path: "/v1/chat/completions", tz: 0, curve: "evening", w: 14, out: 120, cap: 300 },
  { name: "beautyqa", sys: "당신은 한 화장품 쇼핑몰의 상담원입니다. 성분 질문에는 일반적인 정보만 드리고, 피부 질환은 전문의 상담을 권하세요. 답변은 세 문장 이내로 해 주세요.", asks: ["{item} 민감성 피부에도 써도 되나요?", "{item}이랑 레티놀 같이 써도 괜찮아요?", "{item} 아침에 바르는 게 좋아요 저녁에 바르는 게 좋아요?"], slots: { item: ["비타민C 세럼", "나이아신아마이드 토너", "선크림", "시카 크림", "각질 제거 패드"] }, model: "gpt-4.1-mini", path: "/v1/chat/completions", tz: 9, curve: "consumer", w: 16, out: 110, cap: 250 },
  { name: "vinobot", sys: "Sei il sommelier virtuale di un'enoteca online. Suggerisci al massimo tre vini del nostro catalogo per il piatto indicato, con una riga di motivazione ciascuno.", asks: ["Cosa abbino a {dish}?", "Stasera faccio {dish}, che vino prendo sotto i 20 euro?", "Un rosso leggero per {dish}?"], slots: { dish: ["risotto ai funghi", "spigola al forno", "lasagne", "pizza margherita", "tagliata con rucola", "formaggi stagionati"] }, model: "gpt-4.1-mini", path: "/v1/chat/completions", tz: 2, curve: "evening", w: 9, out: 140, cap: 300 },
  { name: "sqlmate", sys: "Translate the analyst's question into one PostgreSQL query for the schema given. Output SQL only.", asks: ["schema: orders(id, customer_id, total, created_at), customers(id, country). Question: {q}"], slots: { q: ["revenue by country last month", "customers with more than 3 orders this year", "average order value per weekday", "top 10 customers by total spend in 2026"] }, model: "gpt-4.1", path: "/v1/chat/completions", tz: -5, curve: "dev", w: 12, out: 90, cap: 400, extra: { temperature: 0 } },
  { name: "replydraft", sys: "أنت مساعد لكتابة ردود خدمة العملاء لمتجر إلكترونيات. اكتب ردًا مهذبًا وقصيرًا باللهجة الفصحى، ولا تعد بتعويض لم يذكره الموظف.", asks: ["العميل يشتكي: {c}. اكتب ردًا.", "رد على هذه الرسالة من فضلك: {c}"], slots: { c: ["وصل الهاتف متأخرًا ثلاثة أيام", "الشاحن لا يعمل منذ اليوم الأول", "تم خصم المبلغ مرتين من بطاقتي", "أريد تغيير عنوان التوصيل"] }, model: "gpt-4.1-mini", path: "/v1/chat/completions", tz: 3, curve: "office", w: 11, out: 150, cap: 350 },
  { name: "imovel", sys: "Você escreve anúncios de imóveis para corretores. Use só os dados fornecidos, tom profissional, até 150 palavras, e termine com uma chamada para agendar visita.", asks: ["Apartamento {q} quartos, {m} m², {b}, vaga na garagem", "Casa com quintal, {q} quartos, {b}, perto de escola"], slots: { q: ["2", "3", "4"], m: ["58", "72", "95", "120"], b: ["Pinheiros", "Savassi", "Boa Viagem", "Moinhos de Vento"] }, model: "gpt-4.1-mini", path: "/v1/responses", tz: -3, curve: "office", w: 10, out: 230, cap: 400 },
  { name: "chesscoach", sys: "Explain the idea behind the best move in the given chess position for a club player. Be concrete about the threats.", asks: ["FEN {f} - what is white's best move and why?", "In this position ({f}) I played {m}. Was that bad?"], slots: { f: ["r1bqkbnr/pppp1ppp/2n5/4p3/4P3/5N2/PPPP1PPP/RNBQKB1R w KQkq - 2 3", "r2q1rk1/pp2bppp/2n1pn2/3p4/3P4/2NBPN2/PP3PPP/R2Q1RK1 w - - 0 10", "8/5pk1/6p1/8/3R4/6P1/5PKP/2r5 b - - 1 40"], m: ["Bc4", "h3", "Rd7", "Qe2"] }, model: "o4-mini", path: "/v1/chat/completions", tz: 1, curve: "evening", w: 6, out: 600, cap: 2500, extra: { reasoning_effort: "medium" } },
  { name: "keigo", sys: "ユーザーが書いたビジネスメールを、取引先に送れる丁寧な敬語に直してください。内容は変えず、件名も一つ提案してください。", asks: ["{x}", "これを丁寧にしてください：{x}"], slots: { x: ["明日の打ち合わせ、15時に変えてもいいですか。", "見積もりまだですか。来週までに欲しいです。", "資料ありがとう。確認してまた連絡します。", "納品が一日遅れます。すみません。"] }, model: "gpt-4.1-mini", path: "/v1/chat/completions", tz: 9, curve: "office", w: 12, out: 160, cap: 400 },
];
export function routerReseller(sc: Sc): void {
  const r = sc.r;
  const key = sc.key("proj");
  const ips = fleet(r, ["azureVa", "azureNl"], 4);
  const totalW = TENANTS.reduce((a, t) => a + t.w, 0);
  for (const tn of TENANTS) {
    const n = Math.round((4000 * tn.w) / totalW);
    let prevResp: string | null = null;
    for (let i = 0; i < n; i++) {
      const t = draw(r, tn.tz, tn.curve);
      const ask = fill(r, r.pick(tn.asks), tn.slots);
      const user = `${tn.name}-${r.int(1, 4000)}`;
      const out = olen(r, tn.out, 0.4, tn.cap, 10);
      if (tn.path === "/v1/responses") {
        const id = rid(r, "resp_", 32);
        const body: Body = { model: tn.model, instructions: tn.sys, input: ask, max_output_tokens: tn.cap, store: true, user };
        sc.post(t, key, r.pick(ips), "/v1/responses", body, out, { response_id: id });
        prevResp = id;
        if (r.p(0.3)) {
          const fu: Body = { model: tn.model, instructions: tn.sys, input: r.pick(["Mais curto, por favor.", "Pode destacar a varanda?", "Tira a parte do preço."]), max_output_tokens: tn.cap, store: true, user, previous_response_id: prevResp };
          const o2 = olen(r, tn.out * 0.8, 0.4, tn.cap, 10);
          prevResp = rid(r, "resp_", 32);
          sc.post(t + genTime(r, out) + humanPause(r, out, 25), key, r.pick(ips), "/v1/responses", fu, o2, { response_id: prevResp, prompt: 40 + tok(ask) + out });
        }
      } else {
        const body: Body = { model: tn.model, messages: [{ role: tn.model.startsWith("o") ? "developer" : "system", content: tn.sys }, { role: "user", content: ask }], ...(tn.model.startsWith("o") ? { max_completion_tokens: tn.cap } : { max_tokens: tn.cap, temperature: 0.6 }), user, ...(tn.extra ?? {}) };
        sc.post(t, key, r.pick(ips), "/v1/chat/completions", body, out);
      }
    }
  }
}

// ================================================================== brand-ask-anything
const TRAIL_SYS = "You are Scout, the assistant on the Trailmark outdoor store's website and app. Help with hiking, camping, climbing and paddling questions, gear sizing and care, and orders (ask for the order number; you cannot see orders yourself). You may answer general questions briefly, but do not give medical diagnoses; for injuries recommend local emergency services. Prices and stock change, so send people to the product page.";
const TRAIL_Q: Record<string, string[]> = {
  en: ["What size backpack do I need for a {n}-day hike?", "How do I waterproof my {g} again?", "Is a {g} warm enough for {c} nights?", "What knot should I use to tie a tarp between two trees?", "How much water should I carry for a {n} hour hike in summer?", "can I take a gas canister on a plane", "my kid is 9, what sleeping bag length", "Best way to dry boots after a wet day without wrecking them?", "whats the difference between your two headlamps"],
  pl: ["Jaki plecak wybrać na {n} dni w Tatrach?", "Jak zaimpregnować {g}?", "Czy {g} wystarczy na noce około {c}?", "Ile wody brać na {n} godzin marszu w upale?", "Jak suszyć buty trekkingowe po deszczu?"],
  it: ["Che zaino mi serve per un trekking di {n} giorni?", "Come si reimpermeabilizza {g}?", "Un {g} basta per notti a {c}?", "Quanta acqua porto per {n} ore di cammino d'estate?"],
  sv: ["Vilken ryggsäck behöver jag för {n} dagar i fjällen?", "Hur impregnerar jag {g}?", "Räcker en {g} för nätter runt {c}?", "Hur torkar jag kängor efter en regnig dag?"],
};
const TRAIL_SLOTS = { n: ["2", "3", "5", "7"], g: ["rain jacket", "hardshell", "down jacket", "tent", "kurtkę przeciwdeszczową", "la giacca antipioggia", "tältet", "sleeping bag"], c: ["0 °C", "-5 °C", "5 °C", "minus 10"] };
const TRAIL_FOLLOW = ["And for my partner who is 165 cm?", "ok and which one do you sell", "A jeśli będzie padać cały czas?", "E per la neve?", "Tack! Och för barn?", "thanks that helps"];
const TRAIL_ANS = ["For that length of trip most people are comfortable with a 40 to 50 litre pack.", "Wash it with a technical cleaner first, then apply the spray while it is damp.", "A comfort rating around that temperature is the one to look at."];
export function brandAskAnything(sc: Sc): void {
  const r = sc.r;
  const key = sc.key("ant");
  const ips = fleet(r, ["awsDe", "awsVa"], 3);
  const mk: [string, number, number][] = [["en", 0, 40], ["pl", 2, 20], ["it", 2, 18], ["sv", 2, 22]];
  for (let s = 0; s < 1600; s++) {
    const [lang, tz] = r.wpick(mk.map((x) => [[x[0], x[1]] as const, x[2]] as const));
    let t = draw(r, lang === "en" ? r.pick([1, -5, -8]) : tz, "consumer");
    const msgs: Body[] = [{ role: "user", content: fill(r, r.pick(TRAIL_Q[lang]), TRAIL_SLOTS) }];
    const turns = r.wpick([[1, 55], [2, 28], [3, 12], [4, 5]] as const);
    for (let i = 0; i < turns; i++) {
      const body: Body = { model: "claude-haiku-4-5", system: TRAIL_SYS, messages: msgs.slice(), max_tokens: 700, stream: true, metadata: { user_id: `tm-${r.int(10000, 99999)}` } };
      const out = olen(r, 170, 0.5, 700, 20);
      sc.post(t, key, r.pick(ips), "/v1/messages", body, out);
      msgs.push({ role: "assistant", content: stub(r, TRAIL_ANS, Math.min(out, 150)) });
      msgs.push({ role: "user", content: r.pick(TRAIL_FOLLOW) });
      t += genTime(r, out) + humanPause(r, out, 25);
    }
  }
}

// ================================================================== flashcard-generator
const CARD_SYS = "You turn a student's lecture notes into flashcards. Return JSON: {\"cards\":[{\"front\":...,\"back\":...}]}. One fact per card, fronts as questions, backs under 30 words, same language as the notes, 10 to 30 cards depending on the notes' length. Do not add facts that are not in the notes.";
const CARD_NOTES: Record<string, string[]> = {
  en: ["Glycolysis happens in the cytoplasm and splits glucose into two pyruvate molecules.", "Net gain of glycolysis is two ATP and two NADH.", "The Treaty of Westphalia in 1648 ended the Thirty Years' War.", "Elasticity of demand measures how quantity responds to price.", "A perfectly inelastic good has elasticity zero.", "Ohm's law: voltage equals current times resistance.", "Mitochondria have their own circular DNA.", "Opportunity cost is the value of the next best alternative given up."],
  es: ["La fotosíntesis ocurre en los cloroplastos.", "La fase luminosa produce ATP y NADPH.", "El ciclo de Calvin fija el CO2 en azúcares.", "La Constitución de Cádiz se promulgó en 1812.", "El PIB nominal se mide a precios corrientes.", "Un ácido de Brønsted cede protones."],
  de: ["Die Gewaltenteilung trennt Legislative, Exekutive und Judikative.", "Der Bundesrat vertritt die Länder.", "Enzyme senken die Aktivierungsenergie einer Reaktion.", "Die Inflationsrate misst die Veränderung des Preisniveaus.", "Kinetische Energie ist ein halb mal Masse mal Geschwindigkeit zum Quadrat."],
  tr: ["Hücre zarı seçici geçirgendir.", "Osmoz, suyun yarı geçirgen zardan geçişidir.", "Lozan Antlaşması 1923'te imzalandı.", "Arz artarsa denge fiyatı düşer.", "Newton'un ikinci yasası kuvvetin kütle çarpı ivme olduğunu söyler."],
};
const CARD_ASK: Record<string, string[]> = { en: ["Notes from today's lecture:", "make flashcards from this", "Chapter summary, please turn into cards:"], es: ["Apuntes de clase:", "hazme tarjetas con esto"], de: ["Meine Mitschrift:", "Karteikarten daraus bitte"], tr: ["Ders notlarım:", "bunlardan kart yap lütfen"] };
export function flashcards(sc: Sc): void {
  const r = sc.r;
  const key = sc.key("proj");
  const ips = fleet(r, ["digitalocean", "digitalocean"], 2);
  const L: [string, number, number][] = [["en", -5, 45], ["es", -6, 20], ["de", 2, 18], ["tr", 3, 17]];
  for (let s = 0; s < 1500; s++) {
    const [lang, tz] = r.wpick(L.map((x) => [[x[0], x[1]] as const, x[2]] as const));
    const t = draw(r, tz, "school");
    const notes = r.sample(CARD_NOTES[lang], r.int(3, CARD_NOTES[lang].length)).join("\n- ");
    const extra = r.p(0.6) ? "\n" + Array.from({ length: r.int(3, 30) }, () => `- ${r.pick(CARD_NOTES[lang])} (p. ${r.int(4, 320)})`).join("\n") : "";
    const body: Body = { model: "gpt-4.1-mini", messages: [{ role: "system", content: CARD_SYS }, { role: "user", content: `${r.pick(CARD_ASK[lang])}\n- ${notes}${extra}` }], response_format: { type: "json_object" }, max_tokens: 3000, temperature: 0.2, user: `u${r.int(1, 30000)}` };
    sc.post(t, key, r.pick(ips), "/v1/chat/completions", body, olen(r, 180 + tok(extra) * 1.3, 0.35, 3000, 80));
  }
}

// ================================================================== trip-meal-planner (Responses chains)
const PLAN_INS = "You are Wayfare, a trip and meal planner. Produce a day-by-day plan with times, rough costs in the user's currency and one rainy-day alternative per day. For meal plans give a shopping list grouped by aisle. Ask nothing back; make sensible assumptions and state them at the top.";
const PLAN_ASK: Record<string, string[]> = {
  en: ["Plan {d} days in {city} for two adults, mid budget, we like food markets and walking.", "Week of vegetarian dinners for a family of {p}, nothing spicy, under 40 minutes each.", "{d}-day road trip from {city} with a dog, max 3 hours driving a day."],
  es: ["Organízame {d} días en {city} con niños pequeños, presupuesto ajustado.", "Menú semanal para {p} personas, sin gluten, con batch cooking el domingo."],
  pt: ["Roteiro de {d} dias em {city}, gosto de museus e praia.", "Cardápio de uma semana para {p} pessoas, barato e com pouca louça."],
  ja: ["{city}で{d}日間の旅行プランを作ってください。温泉と地元の食べ物が好きです。", "{p}人家族の一週間の夕食メニューと買い物リストをお願いします。"],
};
const PLAN_SL = { d: ["2", "3", "4", "5", "7"], city: ["Lisbon", "Kyoto", "Oaxaca", "Edinburgh", "Porto", "Valencia", "金沢", "Florianópolis", "Ljubljana"], p: ["3", "4", "5"] };
const PLAN_FU: Record<string, string[]> = { en: ["Swap day 2 and day 3, the museum is closed Monday.", "Make it cheaper.", "Add a morning run route."], es: ["Cambia el segundo día, llueve.", "¿Puedes quitar el pescado?"], pt: ["Troca o segundo dia, vai chover.", "Pode incluir opções veganas?"], ja: ["二日目を雨の日用に変えてください。", "もう少し安くできますか？"] };
export function tripPlanner(sc: Sc): void {
  const r = sc.r;
  const key = sc.key("proj");
  const ips = fleet(r, ["gcpIowa", "gcpBe"], 3);
  const L: [string, number, number][] = [["en", -5, 45], ["es", 1, 20], ["pt", -3, 18], ["ja", 9, 17]];
  for (let s = 0; s < 1050; s++) {
    const [lang, tz] = r.wpick(L.map((x) => [[x[0], x[1]] as const, x[2]] as const));
    let t = draw(r, tz, "evening");
    let prev: string | undefined;
    const turns = r.wpick([[1, 60], [2, 28], [3, 12]] as const);
    for (let i = 0; i < turns; i++) {
      const id = rid(r, "resp_", 40);
      const body: Body = { model: r.p(0.8) ? "gpt-4.1" : "gpt-4.1-mini", instructions: PLAN_INS, input: i === 0 ? fill(r, r.pick(PLAN_ASK[lang]), PLAN_SL) : r.pick(PLAN_FU[lang]), max_output_tokens: 4000, store: true, stream: r.p(0.7) };
      if (prev) body.previous_response_id = prev;
      const out = olen(r, i === 0 ? 1500 : 1100, 0.35, 4000, 300);
      sc.post(t, key, r.pick(ips), "/v1/responses", body, out, { response_id: id, prompt: 120 + i * 1400 });
      prev = id;
      t += genTime(r, out, 80) + humanPause(r, out * 0.4, 40);
    }
  }
}

// ================================================================== code-review-bot
const REV_SYS = "You review pull requests for the Brightline engineering org. Comment only on correctness, security, concurrency and missing tests; skip style nits the linter already catches. Output a markdown list of findings with file:line, severity (blocker/major/minor) and a suggested fix. If the diff is fine, say LGTM and nothing else.";
const REV_FILES = ["services/billing/invoice.go", "web/src/hooks/useCart.ts", "api/routes/users.py", "lib/cache/lru.rs", "services/auth/session.go", "web/src/components/Checkout.tsx", "jobs/export_csv.py", "infra/terraform/s3.tf"];
const REV_HUNKS = [
  "-\tif err != nil {\n-\t\treturn err\n-\t}\n+\tif err != nil {\n+\t\tlog.Printf(\"invoice: %v\", err)\n+\t}",
  "+  useEffect(() => {\n+    fetch(`/api/cart/${id}`).then(r => r.json()).then(setCart);\n+  }, []);",
  "+@router.get('/users/{user_id}')\n+def get_user(user_id: str, db=Depends(get_db)):\n+    return db.execute(f\"select * from users where id = '{user_id}'\").fetchone()",
  "+    pub fn get(&mut self, k: &K) -> Option<&V> {\n+        let idx = *self.map.get(k)?;\n+        self.touch(idx);\n+        Some(&self.nodes[idx].val)\n+    }",
  "-\tsess.Expires = time.Now().Add(24 * time.Hour)\n+\tsess.Expires = time.Now().Add(24 * time.Hour * 30)",
  "+  const total = items.reduce((s, i) => s + i.price * i.qty, 0).toFixed(2)\n+  await pay(total)",
  "+    with open(path, 'w') as f:\n+        for row in rows:\n+            f.write(','.join(row) + '\\n')",
  "+  acl    = \"public-read\"\n+  versioning { enabled = false }",
];
const REV_TITLE = ["Fix invoice retry", "Cart loads on mount", "Add user lookup endpoint", "LRU get touches node", "Longer sessions for mobile", "Checkout total rounding", "CSV export job", "Bucket for marketing assets"];
export function codeReview(sc: Sc): void {
  const r = sc.r;
  const key = sc.key("ant");
  const ips = fleet(r, ["awsOr", "awsOr"], 2);
  for (let i = 0; i < 1650; i++) {
    const t = draw(r, r.pick([-7, -5, 1, 5.5]), "dev");
    const k = r.int(1, 6);
    let diff = "";
    for (let j = 0; j < k; j++) {
      const h = r.int(0, REV_HUNKS.length - 1);
      diff += `diff --git a/${REV_FILES[h]} b/${REV_FILES[h]}\n@@ -${r.int(10, 400)},${r.int(3, 9)} +${r.int(10, 400)},${r.int(3, 12)} @@\n${REV_HUNKS[h]}\n`;
      if (r.p(0.6)) diff += Array.from({ length: r.int(10, 80) }, (_, x) => ` line ${x}: ${r.pick(["ctx", "unchanged", "  return nil", "  }", "import os", "const x = 1;"])}`).join("\n") + "\n";
    }
    const body: Body = { model: r.p(0.8) ? "claude-sonnet-4-5" : "claude-opus-4-1", system: REV_SYS, messages: [{ role: "user", content: `PR #${r.int(1200, 9800)}: ${r.pick(REV_TITLE)}\n\n${diff}` }], max_tokens: 2000, temperature: 0 };
    const lgtm = r.p(0.3);
    sc.post(t, key, r.pick(ips), "/v1/messages", body, lgtm ? r.int(3, 8) : olen(r, 380, 0.5, 2000, 60));
  }
}

void SEC; void MIN; void HOUR; void DAY; void T0; void NDAYS; void at; void dc; void isp;
export type { Net };
