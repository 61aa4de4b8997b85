/** Suite o, honest products (2): an NGO's multilingual RAG, a travel agent with tools, invoice
 *  extraction, a multi-tenant router, researchers with extended thinking, synthetic test queries for
 *  one's own search, an IDE assistant on a reasoning model. All text written for this suite. */
import { type Body, type Net, type Scn, D, H, M, S, T0, DAYS, campus, cloud, home, hexid, inputTokens, len, local, latency, ntok, oid, prose, think, tpl, when } from "./core.ts";

// ------------------------------------------------------------------ 7. Afya Hub RAG (embeddings + answers)
const KB: Record<string, { tz: number; cc: string; s: string[]; q: string[]; sys: string }> = {
  sw: { tz: 3, cc: "TZ", sys: "Wewe ni msaidizi wa Afya Hub kwa wahudumu wa afya ya jamii. Jibu kwa kutumia vifungu vilivyotolewa tu. Kama jibu halipo kwenye vifungu, sema hujui na umshauri apige simu kwa msimamizi.",
    s: ["Mtoto mwenye homa kali na degedege apelekwe kituo cha afya mara moja.", "Chandarua chenye dawa kinapaswa kutumika kila usiku, hata wakati wa kiangazi.", "Mama mjamzito anashauriwa kuhudhuria kliniki angalau mara nane kabla ya kujifungua.", "Maji ya kunywa yachemshwe au yatibiwe kwa dawa ya klorini.", "Mchanganyiko wa ORS hutolewa kwa mtoto anayeharisha kidogo kidogo mara kwa mara.", "Chanjo ya surua hutolewa mtoto anapofikisha miezi tisa.", "Dalili za utapiamlo ni pamoja na kuvimba miguu na nywele kubadilika rangi.", "Mhudumu aandike taarifa za kila kaya katika rejista ya mwezi."],
    q: ["Mtoto wa miezi {m} anaharisha, nimpe ORS kiasi gani?", "Chanjo ya surua hutolewa lini?", "Dalili gani za hatari kwa mama mjamzito?", "Nifanye nini kama mtoto ana homa na degedege?", "Chandarua kinahitaji kuoshwa mara ngapi?"] },
  en: { tz: 3, cc: "KE", sys: "You are the Afya Hub assistant for community health workers. Answer only from the passages provided. If the passages do not contain the answer, say so and suggest calling the supervisor.",
    s: ["A child with a fever and convulsions must be referred to a health facility immediately.", "Insecticide-treated nets should be used every night, including in the dry season.", "Pregnant women are advised to attend at least eight antenatal contacts.", "Drinking water should be boiled or treated with chlorine solution.", "Oral rehydration solution is given in small sips after every loose stool.", "The measles vaccine is given at nine months of age.", "Swollen feet and changes in hair colour can signal malnutrition.", "Health workers record every household visit in the monthly register."],
    q: ["How much ORS for a {m}-month-old with diarrhoea?", "When is the second measles dose due?", "What are the danger signs in pregnancy?", "What should I do for a child with fever and fits?", "How often should a treated net be washed?"] },
  fr: { tz: 1, cc: "CD", sys: "Tu es l'assistant Afya Hub pour les agents de santé communautaire. Réponds uniquement à partir des passages fournis. Si la réponse n'y figure pas, dis-le et propose d'appeler le superviseur.",
    s: ["Un enfant qui a de la fièvre et des convulsions doit être référé immédiatement.", "La moustiquaire imprégnée doit être utilisée chaque nuit, même en saison sèche.", "La femme enceinte doit effectuer au moins huit consultations prénatales.", "L'eau de boisson doit être bouillie ou traitée au chlore.", "La solution de réhydratation orale se donne par petites gorgées après chaque selle liquide.", "Le vaccin contre la rougeole est administré à neuf mois."],
    q: ["Quelle quantité de SRO pour un enfant de {m} mois qui a la diarrhée ?", "À quel âge vacciner contre la rougeole ?", "Quels sont les signes de danger pendant la grossesse ?", "Que faire si un enfant fait de la fièvre avec des convulsions ?"] },
  pt: { tz: 2, cc: "MZ", sys: "És o assistente Afya Hub para agentes comunitários de saúde. Responde apenas com base nos excertos fornecidos. Se a resposta não estiver nos excertos, diz isso e sugere ligar ao supervisor.",
    s: ["Uma criança com febre e convulsões deve ser referida imediatamente à unidade sanitária.", "A rede mosquiteira tratada deve ser usada todas as noites, mesmo na época seca.", "A mulher grávida deve ter pelo menos oito consultas pré-natais.", "A água de beber deve ser fervida ou tratada com cloro.", "A solução de reidratação oral é dada aos poucos depois de cada dejecção líquida."],
    q: ["Quanto SRO dou a uma criança de {m} meses com diarreia?", "Quando se dá a vacina do sarampo?", "Quais são os sinais de perigo na gravidez?", "O que fazer se a criança tiver febre e convulsões?"] },
};
export function ngoRag(sc: Scn): void {
  const r = sc.r;
  const indexer = sc.key("proj"), app = sc.key("proj");
  const idxNet = cloud(r, "azure_we");
  const appNets = [cloud(r, "azure_we"), cloud(r, "azure_we")];
  const langs = Object.keys(KB);
  const chunk = (lang: string) => `${r.one(["Mwongozo", "Guideline", "Fiche", "Guia"])} ${r.int(1, 60)}.${r.int(1, 20)}\n` + r.some(KB[lang].s, r.int(3, 6)).join(" ");
  // first-night backfill, then nightly deltas at ~02:00 EAT
  for (let d = 0; d < DAYS; d++) {
    let t = local(d, 2 + r.f() * 0.3, 3);
    const batches = d === 0 ? 420 : r.int(30, 70);
    for (let b = 0; b < batches; b++) {
      const lang = r.one(langs);
      const input = Array.from({ length: r.int(48, 96) }, () => chunk(lang));
      sc.post(t, indexer, idxNet, "/v1/embeddings", { model: "text-embedding-3-small", input, encoding_format: "base64" }, 0);
      t += r.ln(3.2, 0.3) * S;
    }
  }
  const q = 2200;
  for (let i = 0; i < q; i++) {
    const lang = r.weighted([["sw", 45], ["en", 30], ["fr", 15], ["pt", 10]] as const), K = KB[lang];
    let t = when(r, K.tz, "work", "std");
    const question = tpl(r, r.one(K.q), { m: r.int(4, 30) });
    const net = r.one(appNets);
    sc.post(t, app, net, "/v1/embeddings", { model: "text-embedding-3-small", input: question }, 0);
    t += r.ln(350, 0.3);
    const passages = r.some(K.s, 4).map((p, j) => `[${j + 1}] ${p}`).join("\n");
    const body: Body = { model: "gpt-4o-mini", messages: [{ role: "system", content: K.sys }, { role: "user", content: `${passages}\n\n${question}` }], temperature: 0.2, max_tokens: 600 };
    sc.post(t, app, net, "/v1/chat/completions", body, len(r, 140, 0.4, 600, 20));
  }
}

// ------------------------------------------------------------------ 8. Lakbay travel agent with tools
const TRAVEL_TOOLS = [
  { type: "function", function: { name: "search_flights", description: "Search available flights for a route and date.", parameters: { type: "object", properties: { origin: { type: "string", description: "IATA code" }, destination: { type: "string" }, date: { type: "string", description: "YYYY-MM-DD" }, passengers: { type: "integer" } }, required: ["origin", "destination", "date"] } } },
  { type: "function", function: { name: "get_fare_rules", description: "Baggage and change rules for a fare basis.", parameters: { type: "object", properties: { fare_basis: { type: "string" } }, required: ["fare_basis"] } } },
  { type: "function", function: { name: "hold_booking", description: "Hold seats for 24 hours without payment.", parameters: { type: "object", properties: { flight_id: { type: "string" }, passenger_names: { type: "array", items: { type: "string" } } }, required: ["flight_id", "passenger_names"] } } },
  { type: "function", function: { name: "convert_currency", description: "Convert an amount between currencies at today's rate.", parameters: { type: "object", properties: { amount: { type: "number" }, from: { type: "string" }, to: { type: "string" } }, required: ["amount", "from", "to"] } } },
];
const TRAVEL_SYS = "Ikaw si Lakbay, ang booking assistant ng Lakbay Travel & Tours sa Quezon City. Sumagot sa wika ng customer (Tagalog, English o Taglish). Gamitin ang mga tool para sa totoong presyo at availability; huwag manghula ng presyo. Bago mag-hold ng booking, kumpirmahin ang buong pangalan ng bawat pasahero.";
const ROUTES = [["MNL", "CEB"], ["MNL", "DVO"], ["MNL", "NRT"], ["CRK", "ICN"], ["MNL", "SIN"], ["CEB", "HKG"], ["MNL", "DXB"], ["MNL", "ILO"]];
const TRAVEL_ASK = [
  "Hi po, may flight ba from {o} to {d} sa {dt}? {p} kami.",
  "Magkano po ang pinakamurang pamasahe {o} papuntang {d} next month?",
  "Pwede po bang mag-hold ng 2 seats sa {o}-{d} flight, {dt}?",
  "Looking for a morning flight {o} to {d} on {dt} for {p} adults, may baggage na sana.",
  "Ilang kilo po ang free baggage kapag promo fare papuntang {d}?",
  "How much is that in pesos kung USD {a} ang fare?",
];
const TRAVEL_NEXT = ["Sige po, i-hold niyo na. Juan Dela Cruz at Maria Dela Cruz.", "May mas maaga pa po ba?", "Pwede bang ma-rebook kung magbago ang date?", "Salamat po!", "Ok, what about the return flight?"];
export function travelAgent(sc: Scn): void {
  const r = sc.r;
  const key = sc.key("proj");
  const nets = [cloud(r, "aws_sin"), cloud(r, "aws_sin")];
  const sessions = 1500;
  for (let i = 0; i < sessions; i++) {
    let t = when(r, 8, "shopper", "std");
    const [o, d] = r.one(ROUTES);
    const ask = tpl(r, r.one(TRAVEL_ASK), { o, d, dt: `2027-${r.int(10, 12)}-${String(r.int(1, 28)).padStart(2, "0")}`, p: r.int(1, 5), a: r.int(80, 900) });
    const msgs: Record<string, unknown>[] = [{ role: "system", content: TRAVEL_SYS }, { role: "user", content: ask }];
    const steps = r.weighted([[0, 15], [1, 55], [2, 25], [3, 5]] as const);
    const user = "lk-" + hexid(r, 8);
    const call = (m: Record<string, unknown>[]) => ({ model: "gpt-4.1-mini", messages: m.slice(), tools: TRAVEL_TOOLS, tool_choice: "auto", temperature: 0.2, max_tokens: 800, parallel_tool_calls: false, user });
    for (let s = 0; s < steps; s++) {
      const c = sc.post(t, key, r.one(nets), "/v1/chat/completions", call(msgs), len(r, 45, 0.3, 800, 18));
      const id = "call_" + r.str(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
      const fn = s === 0 ? "search_flights" : r.one(["get_fare_rules", "hold_booking", "convert_currency"]);
      const args = fn === "search_flights" ? { origin: o, destination: d, date: "2027-11-0" + r.int(1, 9), passengers: r.int(1, 4) } : fn === "get_fare_rules" ? { fare_basis: "PROMO" + r.int(1, 9) } : fn === "hold_booking" ? { flight_id: "5J" + r.int(100, 999), passenger_names: ["Juan Dela Cruz"] } : { amount: r.int(80, 900), from: "USD", to: "PHP" };
      msgs.push({ role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: fn, arguments: JSON.stringify(args) } }] });
      const result = fn === "search_flights" ? JSON.stringify({ flights: Array.from({ length: r.int(2, 5) }, () => ({ id: r.one(["5J", "PR", "Z2"]) + r.int(100, 999), dep: `${r.int(5, 22)}:${r.one(["05", "20", "40"])}`, fare_php: r.int(1800, 24000), fare_basis: "PROMO" + r.int(1, 9) })) }) : fn === "get_fare_rules" ? JSON.stringify({ baggage_kg: r.one([0, 7, 20]), change_fee_php: r.int(500, 2500), refundable: false }) : fn === "hold_booking" ? JSON.stringify({ status: "held", pnr: r.str(6, "ABCDEFGHJKLMNPQRSTUVWXYZ"), expires_in_h: 24 }) : JSON.stringify({ amount: r.int(4000, 52000), currency: "PHP" });
      msgs.push({ role: "tool", tool_call_id: id, content: result });
      t += latency(r, c) + r.ln(500, 0.5);
    }
    const c = sc.post(t, key, r.one(nets), "/v1/chat/completions", call(msgs), len(r, 170, 0.4, 800, 30));
    if (r.chance(0.35)) {
      t += latency(r, c) + think(r, c, 40);
      msgs.push({ role: "assistant", content: "Narito po ang mga available na flight at presyo." }, { role: "user", content: r.one(TRAVEL_NEXT) });
      sc.post(t, key, r.one(nets), "/v1/chat/completions", call(msgs), len(r, 120, 0.5, 800, 20));
    }
  }
}

// ------------------------------------------------------------------ 9. Hisab invoice extraction
const INV_SCHEMA = { type: "json_schema", json_schema: { name: "invoice", strict: true, schema: { type: "object", additionalProperties: false, required: ["vendor", "invoice_no", "date", "currency", "lines", "tax", "total"], properties: { vendor: { type: "string" }, invoice_no: { type: "string" }, date: { type: "string" }, currency: { type: "string" }, tax: { type: "number" }, total: { type: "number" }, lines: { type: "array", items: { type: "object", additionalProperties: false, required: ["item", "qty", "amount"], properties: { item: { type: "string" }, qty: { type: "number" }, amount: { type: "number" } } } } } } } };
const INV: Record<string, { vendors: string[]; items: string[]; head: string; tax: string; total: string; cur: string }> = {
  bn: { vendors: ["রহমান ট্রেডার্স", "মেসার্স সোনালী এন্টারপ্রাইজ", "নিউ ঢাকা স্টেশনারি", "করিম হার্ডওয়্যার"], items: ["এ৪ কাগজ (রিম)", "প্রিন্টার কার্টিজ", "সিমেন্ট (ব্যাগ)", "বৈদ্যুতিক তার (কয়েল)", "অফিস চেয়ার"], head: "চালান নং", tax: "ভ্যাট", total: "সর্বমোট", cur: "টাকা" },
  hi: { vendors: ["शर्मा इलेक्ट्रिकल्स", "गुप्ता ट्रेडिंग कंपनी", "श्री बालाजी पैकेजिंग", "मेहता स्टील"], items: ["कार्टन बॉक्स", "एलईडी ट्यूब लाइट", "स्टील पाइप", "प्लास्टिक रैपिंग रोल", "पेंट (20 लीटर)"], head: "बीजक संख्या", tax: "जीएसटी", total: "कुल राशि", cur: "रुपये" },
  en: { vendors: ["Eastern Logistics Pvt Ltd", "Chittagong Port Services", "Kolkata Office Supplies", "Bengal Agro Inputs"], items: ["Freight charges", "Handling fee", "Urea fertiliser (50 kg)", "Toner cartridge", "Pallet wrap"], head: "Invoice No", tax: "GST", total: "Grand Total", cur: "INR" },
};
export function invoiceExtraction(sc: Scn): void {
  const r = sc.r;
  const kIn = sc.key("proj"), kBd = sc.key("proj");
  const nIn = cloud(r, "aws_bom"), nBd = cloud(r, "aws_sin");
  const sys = "Extract the invoice into the JSON schema. The text comes from OCR and may contain errors; copy numbers exactly as printed, use ISO dates, and leave a field empty rather than guessing.";
  const n = 4000;
  for (let i = 0; i < n; i++) {
    const bd = r.chance(0.45);
    const lang = bd ? r.weighted([["bn", 70], ["en", 30]] as const) : r.weighted([["hi", 55], ["en", 30], ["bn", 15]] as const);
    const V = INV[lang];
    const t = when(r, bd ? 6 : 5.5, "work", "std");
    const lines = Array.from({ length: r.int(1, 9) }, () => `${r.one(V.items)}  ${r.int(1, 40)}  x ${r.int(20, 4000)}.00  = ${r.int(100, 90000)}.00`);
    const ocr = `${r.one(V.vendors)}\n${V.head}: ${r.int(1000, 99999)}/${r.int(23, 27)}\n${r.int(1, 28)}/${r.int(1, 12)}/2027\n${lines.join("\n")}\n${V.tax}: ${r.int(50, 9000)}.00\n${V.total}: ${r.int(500, 120000)}.00 ${V.cur}`;
    const body: Body = { model: "gpt-4.1-mini", messages: [{ role: "system", content: sys }, { role: "user", content: ocr }], temperature: 0, max_tokens: 700, response_format: INV_SCHEMA };
    sc.post(t, bd ? kBd : kIn, bd ? nBd : nIn, "/v1/chat/completions", body, 60 + lines.length * 28 + r.int(0, 20));
  }
}

// ------------------------------------------------------------------ 10. Kanzen router, one key many tenants
type Tenant = { w: number; tz: number; model: string; sys: string; asks: string[]; vars: Record<string, string[]>; med: number; cap: number; temp: number; turns?: number; responses?: boolean };
const TENANTS: Tenant[] = [
  { w: 16, tz: -3, model: "gpt-4o-mini", med: 380, cap: 900, temp: 0.7, sys: "Você é o treinador virtual do app Fôlego. Monte treinos seguros e realistas para iniciantes e intermediários; pergunte sobre lesões quando fizer sentido.", asks: ["Quero começar a correr, tenho {x} anos e nunca treinei. Monta um plano de {y} semanas?", "Treino de {y} minutos em casa sem equipamento, foco em pernas.", "Sinto dor no joelho depois de agachar, o que posso trocar no treino?"], vars: { x: ["28", "35", "41", "52"], y: ["4", "6", "8", "20", "30"] } },
  { w: 12, tz: 9, model: "gpt-4.1-mini", med: 220, cap: 500, temp: 0.3, sys: "당신은 부동산 앱 '집가이드'의 매물 요약 도우미입니다. 중개사가 붙여 넣은 매물 정보를 세 줄 요약과 장단점으로 정리하세요.", asks: ["{x} 아파트 {y}평, 남향, 역까지 도보 8분, 관리비 월 25만원, 2019년 리모델링. 요약해 주세요.", "{x} 오피스텔 원룸, 보증금 1000에 월세 {y}, 주차 불가. 장단점 정리 부탁해요."], vars: { x: ["마포구", "분당", "수원 영통", "해운대"], y: ["24", "32", "65", "70"] } },
  { w: 10, tz: 2, model: "gpt-4.1", med: 420, cap: 1200, temp: 0.2, sys: "Du bist der Ausfüllhelfer von Formfix. Erkläre einzelne Felder deutscher Steuer- und Behördenformulare verständlich, ohne Rechtsberatung zu geben, und verweise bei Unsicherheit auf das Finanzamt.", asks: ["Was trage ich in Zeile {x} der Anlage N ein, wenn ich {y} Tage im Homeoffice war?", "Muss ich als Minijobber mit {y} Euro im Monat eine Steuererklärung abgeben?", "Wo gebe ich Fahrtkosten zur Arbeit an, einfache Strecke {x} km?"], vars: { x: ["17", "31", "44", "12"], y: ["120", "210", "538", "80"] } },
  { w: 10, tz: 2, model: "gpt-4o-mini", med: 300, cap: 700, temp: 0.4, sys: "Tu es l'assistant culinaire de Casserole. Adapte les recettes au nombre de personnes demandé, convertis les mesures en grammes et signale les allergènes.", asks: ["Adapte la blanquette de veau pour {x} personnes, recette de base pour 4.", "Je n'ai pas de crème fraîche, par quoi remplacer dans une quiche pour {x} ?", "Convertis en grammes : {y} tasses de farine et 3/4 de tasse de sucre."], vars: { x: ["2", "6", "10", "12"], y: ["2", "3", "1,5"] } },
  { w: 9, tz: 3, model: "gpt-4.1-mini", med: 260, cap: 600, temp: 0.9, sys: "Sen OtoVitrin ilan yazarısın. Satıcının verdiği bilgilerden dürüst, abartısız ve akıcı bir ikinci el araç ilanı yaz; hasar kaydını gizleme.", asks: ["{x} model {y}, 142 bin km, bakımları servisten, sol arka çamurluk boyalı. İlan metni yazar mısın?", "{x} {y} dizel otomatik, tramer kaydı 8 bin TL, tek sahibinden. Kısa bir ilan lazım."], vars: { x: ["2016", "2018", "2019", "2021"], y: ["Fiat Egea", "Renault Clio", "Toyota Corolla", "VW Passat"] } },
  { w: 12, tz: -4, model: "gpt-4.1", med: 330, cap: 800, temp: 1.0, turns: 6, sys: "You are the narrator of Emberfall, a text adventure. Describe scenes in second person, keep each reply under 250 words, and end with two or three choices. Never take actions for the player.", asks: ["I push open the cellar door and hold up the lantern.", "I ask the innkeeper about the missing caravan.", "I try to climb the bell tower quietly.", "I offer the wolf the last of our dried meat."], vars: {} },
  { w: 11, tz: 5.5, model: "gpt-4o-mini", med: 240, cap: 600, temp: 0.3, sys: "आप किसान साथी ऐप के कृषि सलाहकार हैं। सरल हिंदी में जवाब दें, रासायनिक दवा की मात्रा लेबल के अनुसार ही बताएं, और ज़रूरत हो तो नज़दीकी कृषि विज्ञान केंद्र से संपर्क की सलाह दें।", asks: ["मेरी {x} की फसल में पत्ते पीले हो रहे हैं, क्या करूं?", "{x} की बुवाई का सही समय क्या है, मैं {y} में हूं?", "एक एकड़ {x} के लिए कितना यूरिया डालें?"], vars: { x: ["गेहूं", "सरसों", "धान", "चना"], y: ["बिहार", "मध्य प्रदेश", "हरियाणा", "राजस्थान"] } },
  { w: 8, tz: 7, model: "gpt-4o-mini", med: 200, cap: 500, temp: 0.5, sys: "คุณคือผู้ช่วยของร้านสกินแคร์ออนไลน์ ผิวดี ตอบคำถามเกี่ยวกับผลิตภัณฑ์อย่างสุภาพ ไม่อ้างสรรพคุณทางการแพทย์", asks: ["ผิวมันเป็นสิวง่าย ควรใช้เซรั่มตัวไหนคะ", "ครีมกันแดด SPF{x} ใช้กับผิวแพ้ง่ายได้ไหม", "ใช้วิตามินซีกับเรตินอลพร้อมกันได้หรือเปล่าคะ"], vars: { x: ["30", "50"] } },
  { w: 12, tz: -5, model: "gpt-4.1-mini", med: 900, cap: 1600, temp: 1.1, responses: true, sys: "Eres Cuentacuentos, una app que escribe cuentos para dormir para niños de 3 a 8 años. Historias tiernas, sin sustos, de 500 a 800 palabras, con el nombre del niño.", asks: ["Un cuento para {x}, de {y} años, que ama los dinosaurios y tiene miedo a la oscuridad.", "Historia para {x} sobre un barco que navega por las nubes; tiene {y} años.", "Un cuento corto para {x} ({y} años) sobre compartir juguetes con su hermana."], vars: { x: ["Mateo", "Valentina", "Lucía", "Santiago", "Camila"], y: ["3", "4", "5", "6", "7"] } },
];
const ROUTER_ANS = ["Claro, aqui vai uma sugestão.", "요약하면 다음과 같습니다.", "Kurz gesagt:", "Voici la version adaptée.", "You step into the dim cellar.", "पहले मिट्टी की जांच करवाएं।"];
export function routerTenants(sc: Scn): void {
  const r = sc.r;
  const key = sc.key("proj");
  const nets = [cloud(r, "gcp_usc"), cloud(r, "gcp_usc"), cloud(r, "gcp_usc")];
  const n = 2900;
  for (let i = 0; i < n; i++) {
    const T = r.weighted(TENANTS.map((x) => [x, x.w] as const));
    let t = when(r, T.tz, "shopper", "std");
    const turns = T.turns ? r.int(2, T.turns) : r.weighted([[1, 75], [2, 25]] as const);
    const uid = "tenant" + TENANTS.indexOf(T) + ":" + hexid(r, 6);
    let prev: string | undefined;
    const msgs: Record<string, unknown>[] = [{ role: "system", content: T.sys }];
    for (let j = 0; j < turns; j++) {
      const u = tpl(r, r.one(T.asks), T.vars);
      if (T.responses) {
        const body: Body = { model: T.model, instructions: T.sys, input: u, max_output_tokens: T.cap, temperature: T.temp, store: true, user: uid };
        if (prev) body.previous_response_id = prev;
        prev = oid(r, "resp_", 40);
        const c = sc.post(t, key, r.one(nets), "/v1/responses", body, len(r, T.med, 0.3, T.cap, 40), { response_id: prev });
        t += latency(r, c) + think(r, c, 60);
      } else {
        msgs.push({ role: "user", content: u });
        const c = sc.post(t, key, r.one(nets), "/v1/chat/completions", { model: T.model, messages: msgs.slice(), temperature: T.temp, max_tokens: T.cap, user: uid, stream: r.chance(0.6) }, len(r, T.med, 0.35, T.cap, 30));
        msgs.push({ role: "assistant", content: prose(r, ROUTER_ANS, Math.min(c, 300)) });
        t += latency(r, c) + think(r, c, u.length);
      }
    }
  }
}

// ------------------------------------------------------------------ 11. researchers with extended thinking
const LABS: { who: string; net: "itu" | "iitb" | "chula" | "huji" | "makerere"; tz: number; open: string[]; next: string[] }[] = [
  { who: "seismic", net: "itu", tz: 3, open: ["I'm fitting a site-response model for soft clay in Istanbul's Avcılar district. My Vs30 from MASW is around 180 m/s but the H/V peak sits at 0.9 Hz. Are those consistent, and what depth to bedrock would the quarter-wavelength rule imply?", "Our shake-table specimen showed a drift ratio of 2.1% before the first column cracked, much later than the design code predicts. What could explain the extra capacity?"], next: ["Walk me through the quarter-wavelength estimate again with Vs averaged over the top 60 m.", "Could soil-structure interaction account for part of it?", "Which assumptions would a reviewer attack first?"] },
  { who: "catalysis", net: "iitb", tz: 5.5, open: ["In my DFT runs on Ni-doped CeO2, oxygen vacancy formation energy drops by 0.6 eV next to the dopant. Does that plausibly explain our lower light-off temperature for CO oxidation, or am I over-reading it?", "Our Tafel slope for HER on the MoS2 edge sites is 58 mV/dec. Which step is likely rate-determining?"], next: ["What control calculation would you run to rule out a Hubbard U artefact?", "Please check my reasoning on the Volmer-Heyrovsky step.", "How would you phrase that limitation in the paper?"] },
  { who: "hydrology", net: "chula", tz: 7, open: ["We're calibrating a rainfall-runoff model for the Chao Phraya's upper basin and the Nash-Sutcliffe drops from 0.81 to 0.52 in the validation years after 2011. What are the likely causes beyond land-use change?", "How should I set up a bootstrapped uncertainty band for flood peaks when I only have 23 years of annual maxima?"], next: ["Could reservoir operation rules alone explain the shift?", "Give me the steps for the block bootstrap you suggested.", "What figure would make this clearest for a reviewer?"] },
  { who: "linguistics", net: "huji", tz: 3, open: ["I'm analysing vowel reduction in Modern Hebrew casual speech. In 14 speakers the schwa deletion rate after sonorants is 61% versus 23% after obstruents. Is a mixed-effects logistic model with speaker and word random intercepts enough, or do I need random slopes?", "How would you test whether speech rate mediates the sonorant effect?"], next: ["The model with random slopes doesn't converge. What are my options?", "Is it defensible to report the simpler model with a caveat?", "Help me word the results paragraph."] },
  { who: "epidemiology", net: "makerere", tz: 3, open: ["We have a stepped-wedge trial of a malaria rapid-test intervention across 18 health centres in four steps. Intraclass correlation from the baseline is 0.04. How much does a secular trend in testing rates threaten our estimate?", "What is the right way to handle centres that switched early by two months?"], next: ["Can you sketch the model formula with a time effect and a random cluster effect?", "How would a per-protocol sensitivity analysis look here?", "What would you say to a reviewer asking for a cluster-period random effect?"] },
];
const LAB_ANS = ["That's a reasonable concern; let me reason it through.", "The short answer is yes, but with two caveats.", "Here is how I would set it up.", "A reviewer would likely ask about the baseline."];
export function labThinking(sc: Scn): void {
  const r = sc.r;
  for (const L of LABS) {
    const key = sc.key("ant");
    const sessions = r.int(14, 26);
    for (let s = 0; s < sessions; s++) {
      let t = when(r, L.tz, "dev", "std");
      const msgs: { role: string; content: string }[] = [];
      const turns = r.int(1, 5);
      const budget = r.one([8000, 10000, 16000, 20000]);
      const net = campus(r, L.net);
      for (let j = 0; j < turns; j++) {
        const u = j === 0 ? r.one(L.open) : r.one(L.next);
        msgs.push({ role: "user", content: u });
        const body: Body = { model: r.chance(0.7) ? "claude-sonnet-4-5" : "claude-opus-4-1", max_tokens: budget + 6000, thinking: { type: "enabled", budget_tokens: budget }, messages: msgs.slice(), stream: true };
        const c = sc.post(t, key, net, "/v1/messages", body, len(r, budget * 0.45 + 900, 0.35, budget + 6000, 400));
        msgs.push({ role: "assistant", content: prose(r, LAB_ANS, Math.min(700, c * 0.2)) });
        t += latency(r, c, 55) + think(r, c * 0.3, u.length) + r.ln(120, 0.8) * S;
      }
    }
  }
}

// ------------------------------------------------------------------ 12. Pasarku synthetic search queries (own test set)
const PASAR_CATS = ["perlengkapan bayi", "sparepart motor", "hijab dan busana muslim", "alat dapur", "skincare lokal", "aksesoris HP", "perlengkapan kemah", "makanan ringan oleh-oleh", "peralatan sekolah", "lampu dan listrik"];
const PASAR_PERSONA = ["ibu rumah tangga di Surabaya yang belanja bulanan", "mahasiswa di Yogyakarta dengan budget terbatas", "pemilik bengkel kecil di Medan", "karyawan kantoran di Jakarta yang belanja lewat HP", "penjual reseller di Makassar"];
export function pasarkuSynthetic(sc: Scn): void {
  const r = sc.r;
  const key = sc.key("svcacct");
  const net = cloud(r, "gcp_jkt");
  const devNet = home(r, "ID");
  const sys = "Kamu membantu tim Search Quality Pasarku membuat data uji untuk mesin pencari kami sendiri. Buat kueri pencarian yang realistis seperti yang diketik pembeli sungguhan: boleh ada salah ketik, singkatan, dan campuran bahasa. Keluarkan JSON: {\"queries\": [{\"q\": ..., \"intended_category\": ..., \"difficulty\": \"easy|medium|hard\"}]}.";
  const run = (start: number, k: number) => {
    let t = start;
    for (let i = 0; i < k; i++) {
      const u = `Kategori: ${r.one(PASAR_CATS)}\nPersona: ${r.one(PASAR_PERSONA)}\nJumlah: ${r.one([20, 25, 30])} kueri\nSertakan ${r.int(2, 6)} kueri yang ambigu antar kategori.`;
      const c = sc.post(t, key, net, "/v1/chat/completions", { model: "gpt-4.1-mini", messages: [{ role: "system", content: sys }, { role: "user", content: u }], temperature: 1.0, max_tokens: 2000, response_format: { type: "json_object" } }, len(r, 900, 0.2, 2000, 300));
      t += latency(r, c) + r.ln(1.5, 0.4) * S;
    }
  };
  run(local(0, 14.5, 7), 380);
  run(local(2, 10, 7), 320);
  for (let i = 0; i < 90; i++) { // a developer tuning the prompt by hand
    const t = when(r, 7, "work", "std");
    const u = `Coba buat 10 kueri untuk kategori ${r.one(PASAR_CATS)}, persona ${r.one(PASAR_PERSONA)}. Lebih banyak salah ketik ya.`;
    sc.post(t, key, devNet, "/v1/chat/completions", { model: "gpt-4.1-mini", messages: [{ role: "system", content: sys }, { role: "user", content: u }], temperature: 1.0, max_tokens: 2000, response_format: { type: "json_object" } }, len(r, 330, 0.2, 2000, 100));
  }
}

// ------------------------------------------------------------------ 13. Kodama IDE assistant on a reasoning model (Responses)
const CODE_ASKS = [
  "This Go handler leaks goroutines when the client disconnects. Why?\n\n```go\nfunc stream(w http.ResponseWriter, r *http.Request) {\n\tch := make(chan []byte)\n\tgo produce(ch)\n\tfor b := range ch {\n\t\tw.Write(b)\n\t\tw.(http.Flusher).Flush()\n\t}\n}\n```",
  "Refactor this TypeScript reducer to avoid mutating state:\n\n```ts\nfunction reducer(s: State, a: Action) {\n  if (a.type === 'add') { s.items.push(a.item); s.count++; }\n  return s;\n}\n```",
  "Why does this Python test pass locally but fail in CI with a timezone error?\n\n```python\ndef test_due():\n    assert due_date(datetime(2027, 3, 28, 1, 30)) == date(2027, 3, 29)\n```",
  "Write a SQL migration that adds a nullable `archived_at` column to `projects` and backfills it from `status = 'archived'` in batches of {n}.",
  "Explain what this Rust borrow error means and fix it:\n\n```rust\nlet first = &v[0];\nv.push(4);\nprintln!(\"{}\", first);\n```",
  "Our Kotlin Flow collects twice after rotation. Where should `repeatOnLifecycle` go?",
  "Generate unit tests for a function that parses ISO-8601 durations like PT{n}H30M.",
  "이 Spring 설정에서 트랜잭션이 롤백되지 않는 이유를 알려주세요. @Transactional 메서드를 같은 클래스 안에서 호출하고 있습니다.",
  "このReactコンポーネントが毎回再レンダリングされる原因を教えてください。useCallbackは使っています。",
  "Dlaczego ten test w Jest przechodzi tylko przy uruchomieniu pojedynczo? Podejrzewam współdzielony mock.",
];
const CODE_NEXT = ["Can you show the version with a context and a select?", "That works, now add a test for the cancel path.", "Shorter please, just the diff.", "What's the performance cost of that approach?"];
export function ideReasoning(sc: Scn): void {
  const r = sc.r;
  const keys = [sc.key("proj"), sc.key("proj")];
  const nets = [cloud(r, "aws_fra"), cloud(r, "aws_use1")];
  const pops: { tz: number; w: number; k: number }[] = [{ tz: 9, w: 25, k: 1 }, { tz: 2, w: 35, k: 0 }, { tz: -3, w: 15, k: 1 }, { tz: 3, w: 25, k: 0 }];
  const sessions = 2100;
  for (let i = 0; i < sessions; i++) {
    const P = r.weighted(pops.map((p) => [p, p.w] as const));
    let t = when(r, P.tz, "dev", "std");
    let prev: string | undefined;
    const turns = r.weighted([[1, 55], [2, 30], [3, 15]] as const);
    const uid = "dev-" + hexid(r, 10);
    for (let j = 0; j < turns; j++) {
      const u = j === 0 ? tpl(r, r.one(CODE_ASKS), { n: r.one([500, 1000, 5000]) }) : r.one(CODE_NEXT);
      const body: Body = { model: "o4-mini", instructions: "You are Kodama, a coding assistant inside the IDE. Be concise; prefer diffs over whole files; say when you are unsure.", input: [{ role: "user", content: u }], reasoning: { effort: "medium" }, max_output_tokens: 8000, store: true, user: uid };
      if (prev) body.previous_response_id = prev;
      prev = oid(r, "resp_", 40);
      const reasoning = len(r, 900, 0.6, 5000, 64);
      const visible = len(r, 380, 0.5, 2500, 40);
      const c = sc.post(t, keys[P.k], nets[P.k], "/v1/responses", body, reasoning + visible, { reasoning, response_id: prev });
      t += latency(r, c, 120) + think(r, visible, u.length);
    }
  }
}
export const _u2 = { D, H, M, T0, inputTokens, ntok };
export type _N = Net;
