/**
 * Honest: a marketplace's logprob classifiers (router on chat with logit_bias and max_tokens 1, a
 * toxicity scorer on legacy completions), a translation API for software companies, a data-labelling
 * vendor pre-labelling client data to JSON, and a travel startup generating synthetic utterances
 * for its own small intent classifier.
 */
import { type Ctx, type R, type Src, D, H, M, S, START, answerLen, cloud, egress, fill, hexId, latency, promptTokens, when, local, tokens } from "./core.ts";

// =================================================================== classifiers
const ROUTER_SYSTEM = "You route customer messages for Marktplatz24, an online marketplace. Read the message and reply with exactly one capital letter:\nA = delivery or tracking\nB = refund, return or cancellation\nC = question about a product\nD = account, login or payment method\nE = spam, abuse or nonsense\nReply with the letter only.";
type Msgs = Record<"A" | "B" | "C" | "D" | "E", string[]>;
const ROUTE: Record<string, Msgs> = {
  en: {
    A: ["where is my order #{o}? it says delivered but nothing is here", "tracking hasn't moved in {n} days", "can you ship to {place}?", "the courier left my parcel at the wrong address"],
    B: ["I want my money back for the {item}, it arrived broken", "how long does a refund take?", "sent the {item} back two weeks ago, still no refund", "please cancel order {o}, I ordered the wrong size"],
    C: ["does the {item} come with a charger?", "is the {item} available in {color}?", "what size should I get, I'm usually a medium", "is this dishwasher safe"],
    D: ["can't log in, the reset link doesn't work", "how do I change the email on my account", "please delete my account and my data", "my card keeps getting declined at checkout"],
    E: ["CHEAP followers and likes, visit my profile!!!", "you are all scammers and I will find you", "asdfgh test test", "earn $500 a day from home click here"],
  },
  es: {
    A: ["dónde está mi pedido {o}? pone entregado pero no me ha llegado", "el seguimiento no se mueve desde hace {n} días", "hacéis envíos a Canarias?", "el repartidor dejó el paquete en otra dirección"],
    B: ["quiero que me devuelvan el dinero, la {item} llegó rota", "cuánto tarda un reembolso?", "devolví el pedido hace dos semanas y nada", "cancelad el pedido {o} por favor, me equivoqué de talla"],
    C: ["la {item} viene con cargador?", "la tenéis en {color}?", "qué talla me recomiendas si uso una M?", "se puede meter en el lavavajillas?"],
    D: ["no puedo entrar en mi cuenta", "cómo cambio el correo de la cuenta?", "borrad mi cuenta y mis datos", "me rechaza la tarjeta al pagar"],
    E: ["GANA DINERO DESDE CASA entra aquí", "sois unos estafadores", "hola hola prueba", "sigueme en insta y te sigo"],
  },
  pt: {
    A: ["cadê meu pedido {o}? diz entregue mas não chegou", "o rastreio não atualiza há {n} dias", "vocês entregam em Manaus?", "o entregador deixou no vizinho e ele não está"],
    B: ["quero meu dinheiro de volta, a {item} veio quebrada", "quanto tempo demora o reembolso?", "devolvi faz duas semanas e nada do estorno", "cancela o pedido {o} por favor"],
    C: ["a {item} vem com carregador?", "tem na cor {color}?", "qual tamanho eu pego, uso M", "pode lavar na máquina?"],
    D: ["não consigo entrar na minha conta", "como troco o e-mail da conta?", "quero excluir minha conta", "meu cartão é recusado no pagamento"],
    E: ["ganhe seguidores grátis clique aqui", "vocês são uns golpistas", "teste teste 123", "renda extra garantida chama no zap"],
  },
  de: {
    A: ["wo bleibt meine Bestellung {o}? Laut Tracking zugestellt, hier ist nichts", "die Sendungsverfolgung hängt seit {n} Tagen", "liefert ihr auch nach Österreich?", "der Bote hat das Paket beim falschen Nachbarn abgegeben"],
    B: ["ich möchte mein Geld zurück, die {item} kam kaputt an", "wie lange dauert eine Erstattung?", "Rücksendung vor zwei Wochen, noch keine Gutschrift", "bitte Bestellung {o} stornieren"],
    C: ["ist bei der {item} ein Ladegerät dabei?", "gibt es die auch in {color}?", "fällt die Größe normal aus?", "ist das spülmaschinenfest?"],
    D: ["ich komme nicht in mein Konto", "wie ändere ich meine E-Mail-Adresse?", "bitte mein Konto löschen", "meine Karte wird beim Bezahlen abgelehnt"],
    E: ["GÜNSTIGE FOLLOWER jetzt kaufen", "ihr seid alle Betrüger", "test test bitte ignorieren", "verdiene 500 € am Tag von zu Hause"],
  },
  fr: {
    A: ["où est ma commande {o} ? marquée livrée mais rien reçu", "le suivi ne bouge plus depuis {n} jours", "vous livrez en Belgique ?", "le livreur a laissé le colis chez quelqu'un d'autre"],
    B: ["je veux être remboursé, la {item} est arrivée cassée", "combien de temps pour un remboursement ?", "retour envoyé il y a deux semaines, toujours rien", "annulez la commande {o} svp"],
    C: ["la {item} est livrée avec un chargeur ?", "vous l'avez en {color} ?", "ça taille comment ?", "ça passe au lave-vaisselle ?"],
    D: ["impossible de me connecter", "comment changer mon adresse mail ?", "supprimez mon compte svp", "ma carte est refusée au paiement"],
    E: ["GAGNEZ DE L'ARGENT FACILEMENT cliquez ici", "bande d'arnaqueurs", "test test", "abonne-toi à ma chaîne"],
  },
  it: {
    A: ["dov'è il mio ordine {o}? risulta consegnato ma non è arrivato", "il tracking è fermo da {n} giorni", "spedite in Svizzera?", "il corriere l'ha lasciato al vicino sbagliato"],
    B: ["voglio il rimborso, la {item} è arrivata rotta", "quanto ci mette il rimborso?", "reso spedito due settimane fa, ancora niente", "annullate l'ordine {o} per favore"],
    C: ["la {item} ha il caricatore incluso?", "c'è in {color}?", "che taglia mi consigliate?", "si può lavare in lavastoviglie?"],
    D: ["non riesco ad accedere", "come cambio l'email dell'account?", "cancellate il mio account", "la carta viene rifiutata"],
    E: ["GUADAGNA DA CASA clicca qui", "siete dei truffatori", "prova prova", "seguimi su tiktok"],
  },
  pl: {
    A: ["gdzie jest moje zamówienie {o}? status dostarczono, a paczki brak", "śledzenie nie zmienia się od {n} dni", "wysyłacie do Czech?", "kurier zostawił paczkę u sąsiada"],
    B: ["chcę zwrot pieniędzy, {item} przyszła uszkodzona", "ile trwa zwrot?", "odesłałem towar dwa tygodnie temu i nic", "proszę anulować zamówienie {o}"],
    C: ["czy {item} ma ładowarkę w zestawie?", "jest w kolorze {color}?", "jaki rozmiar wybrać?", "można myć w zmywarce?"],
    D: ["nie mogę się zalogować", "jak zmienić adres e-mail?", "proszę usunąć moje konto", "karta jest odrzucana przy płatności"],
    E: ["TANIE LAJKI kliknij tutaj", "oszuści", "test test", "zarabiaj w domu 300 zł dziennie"],
  },
  tr: {
    A: ["{o} numaralı siparişim nerede? teslim edildi yazıyor ama gelmedi", "kargo takibi {n} gündür değişmiyor", "Kıbrıs'a gönderim var mı?", "kargocu paketi yanlış adrese bırakmış"],
    B: ["paramı geri istiyorum, {item} kırık geldi", "iade ne kadar sürüyor?", "iki hafta önce iade ettim hâlâ para yatmadı", "{o} numaralı siparişi iptal edin lütfen"],
    C: ["{item} şarj aletiyle mi geliyor?", "{color} rengi var mı?", "hangi bedeni almalıyım?", "bulaşık makinesinde yıkanır mı?"],
    D: ["hesabıma giriş yapamıyorum", "e-posta adresimi nasıl değiştiririm?", "hesabımı silin lütfen", "kartım ödemede reddediliyor"],
    E: ["UCUZ TAKİPÇİ için profilime gel", "hepiniz dolandırıcısınız", "deneme deneme", "evden günde 1000 TL kazan"],
  },
};
const ITEMS: Record<string, { item: string[]; color: string[] }> = {
  en: { item: ["desk lamp", "blender", "phone case", "kettle"], color: ["black", "navy", "sage green"] },
  es: { item: ["lámpara", "batidora", "funda"], color: ["negro", "azul marino", "verde"] },
  pt: { item: ["luminária", "cafeteira", "capinha"], color: ["preta", "azul", "rosa"] },
  de: { item: ["Stehlampe", "Kaffeemaschine", "Handyhülle"], color: ["Schwarz", "Dunkelblau", "Salbeigrün"] },
  fr: { item: ["lampe", "bouilloire", "coque"], color: ["noir", "bleu marine", "vert sauge"] },
  it: { item: ["lampada", "caffettiera", "cover"], color: ["nero", "blu", "verde salvia"] },
  pl: { item: ["lampka", "suszarka", "obudowa"], color: ["czarnym", "granatowym", "zielonym"] },
  tr: { item: ["masa lambası", "kettle", "telefon kılıfı"], color: ["siyah", "lacivert", "yeşil"] },
};
const ROUTE_SLOTS = { n: ["3", "4", "5", "6", "8", "10"], place: ["Canada", "Ireland", "Norway"] };

const TOX_PROMPT = "Decide whether the comment below, posted under a product listing, is toxic (insults, threats, hate, harassment). Criticism of the product is not toxic.\n\nComment: {c}\nToxic:";
const COMMENTS: Record<string, string[]> = {
  en: ["Battery lasts about two days, happy with it.", "Arrived late but works fine.", "Total garbage, don't waste your money.", "The seller is an idiot and so is anyone who buys this.", "Colour is a bit darker than in the photos.", "Would buy again, packaging was great.", "Stop lying in your listings, you clowns."],
  es: ["Llegó rápido y funciona bien.", "La calidad deja bastante que desear.", "El vendedor es un inútil, no compréis aquí.", "Muy buena relación calidad-precio.", "Un poco pequeño, pero bonito."],
  de: ["Funktioniert einwandfrei, gerne wieder.", "Qualität eher mittelmäßig für den Preis.", "Der Verkäufer ist ein Vollidiot.", "Lieferung war schnell, Verpackung ok.", "Leider nach einer Woche kaputt."],
  fr: ["Très bon produit, conforme à la description.", "Un peu cher pour ce que c'est.", "Vendeur malhonnête, bande de voleurs.", "Livraison rapide, rien à redire."],
  pt: ["Chegou antes do prazo, recomendo.", "Produto ok, mas a cor é diferente.", "Vendedor é um lixo de pessoa.", "Muito bom, já é o segundo que compro."],
  it: ["Ottimo acquisto, lo consiglio.", "Qualità scarsa, si è rotto subito.", "Il venditore è un cretino.", "Spedizione veloce, tutto ok."],
  pl: ["Działa bez zarzutu, polecam.", "Jakość słaba jak na tę cenę.", "Sprzedawca to idiota.", "Szybka wysyłka, dobrze zapakowane."],
  tr: ["Ürün güzel, hızlı geldi.", "Fiyatına göre kalitesi düşük.", "Satıcı tam bir aptal.", "Paketleme çok iyiydi, teşekkürler."],
};

export function logprobClassifier(c: Ctx): void {
  const r = c.r;
  const routerKey = c.key("svc");
  const toxKey = c.key("svc");
  const fleet = egress(r, ["awsFra", "awsFra", "awsIre"], 3);
  const langs: [[string, number], number][] = [[["de", 2], 22], [["en", 1], 14], [["es", 2], 12], [["fr", 2], 10], [["it", 2], 8], [["pl", 2], 8], [["pt", -3], 10], [["tr", 3], 8], [["es", -6], 8]];
  const bias = { "32": 100, "33": 100, "34": 100, "35": 100, "36": 100 };
  for (let i = 0; i < 2200; i++) {
    const [lang, tz] = r.weighted(langs);
    const t = when(r, tz, "consumer");
    const cat = r.pick(["A", "A", "B", "B", "C", "C", "D", "E"] as const);
    let text = fill(r, r.pick(ROUTE[lang][cat]), { ...ROUTE_SLOTS, ...ITEMS[lang], o: String(r.int(1000000, 9999999)) });
    if (r.chance(0.25)) text = text.charAt(0).toUpperCase() + text.slice(1) + (r.chance(0.5) ? "!!" : "?");
    const body = { model: "gpt-4.1-nano", messages: [{ role: "system", content: ROUTER_SYSTEM }, { role: "user", content: text }], max_tokens: 1, temperature: 0, logprobs: true, top_logprobs: 5, logit_bias: bias };
    c.post(t, routerKey, r.pick(fleet), "/v1/chat/completions", body, promptTokens(body), 1);
  }
  for (let i = 0; i < 800; i++) {
    const [lang, tz] = r.weighted(langs);
    const t = when(r, tz, "evening");
    const body = { model: "gpt-3.5-turbo-instruct", prompt: fill(r, TOX_PROMPT, { c: r.pick(COMMENTS[lang]) }), max_tokens: 1, temperature: 0, logprobs: 5, logit_bias: { "3763": 50, "912": 50 } };
    c.post(t, toxKey, r.pick(fleet), "/v1/completions", body, promptTokens(body), 1);
  }
}

// =================================================================== translation API
const UI_EN = ["Save changes", "Discard draft?", "You have {count} unread messages", "Your session has expired. Please sign in again.", "Invite teammates", "Billing address", "Upgrade to Pro", "Search projects", "No results for \"{query}\"", "Export as CSV", "Two-factor authentication is on", "Delete this workspace permanently?", "Last edited {time} ago", "Drag files here or browse", "Payment failed. Check your card details.", "Notifications", "Mark all as read", "Keyboard shortcuts", "Something went wrong. Try again in a moment.", "Welcome back, {name}!", "Your trial ends in %d days", "Add a comment…", "Assign to me", "Due date", "Archive", "Restore", "Copied to clipboard", "Dark mode", "Language", "Sign out of all devices"];
const PRODUCT_EN = ["The {p} is made from {m} and weighs just {w} g.", "It folds flat in seconds, so it fits in any cupboard or car boot.", "A {h}-hour battery keeps it running through a full working day.", "Every unit is tested in our workshop before it ships.", "Care: wipe with a damp cloth; do not use solvents.", "In the box: {p}, USB-C cable, quick-start guide.", "Designed in Copenhagen, assembled in Portugal.", "Two-year warranty, extendable to five with registration."];
const PRODUCT_DE = ["Der {p} besteht aus {m} und wiegt nur {w} g.", "Er lässt sich in Sekunden flach zusammenklappen.", "Ein Akku mit {h} Stunden Laufzeit reicht für einen ganzen Arbeitstag.", "Jedes Gerät wird vor dem Versand in unserer Werkstatt geprüft.", "Pflegehinweis: nur mit einem feuchten Tuch abwischen.", "Lieferumfang: {p}, USB-C-Kabel, Kurzanleitung."];
const HELP_EN = ["To connect your bank account, open Settings and choose Integrations.", "If the sync stops, disconnect the account and connect it again; your history is kept.", "Only workspace owners can change the billing plan.", "Invoices are generated on the first day of each month and sent to the billing contact.", "You can restore a deleted project within 30 days from the Trash.", "Single sign-on is available on the Business plan and above.", "Exports include all fields visible in the current view, not hidden columns.", "Rate limits apply per workspace, not per user."];
const HELP_JA = ["銀行口座を連携するには、「設定」から「連携」を選択してください。", "同期が止まった場合は、一度連携を解除してから再度接続してください。履歴は保持されます。", "請求プランを変更できるのはワークスペースのオーナーのみです。", "削除したプロジェクトは、30日以内であればゴミ箱から復元できます。", "シングルサインオンはビジネスプラン以上でご利用いただけます。", "エクスポートには、現在のビューに表示されている項目のみが含まれます。"];
const MAIL_FR = ["Cher client, merci pour votre fidélité cette année.", "Pour fêter nos dix ans, profitez de -20 % sur toute la collection jusqu'au {d} mai.", "Livraison offerte dès 49 € d'achat, retours gratuits sous 30 jours.", "Nos ateliers de Roubaix fabriquent chaque pièce à la main.", "À très vite en boutique ou sur notre site."];
const TARGETS = ["German", "French", "Spanish", "Italian", "Brazilian Portuguese", "Japanese", "Korean", "Simplified Chinese", "Traditional Chinese", "Dutch", "Polish", "Turkish", "Swedish", "Danish", "Finnish", "Czech", "Arabic", "Hebrew", "Thai", "Vietnamese", "Indonesian", "English"];
const RATIO: Record<string, number> = { German: 1.25, French: 1.2, Spanish: 1.18, Italian: 1.2, "Brazilian Portuguese": 1.18, Japanese: 1.35, Korean: 1.4, "Simplified Chinese": 1.1, "Traditional Chinese": 1.15, Dutch: 1.2, Polish: 1.45, Turkish: 1.5, Swedish: 1.2, Danish: 1.2, Finnish: 1.5, Czech: 1.5, Arabic: 1.6, Hebrew: 1.5, Thai: 2.2, Vietnamese: 1.6, Indonesian: 1.3, English: 0.85 };
const TRANSLATE_SYSTEM = "You are a professional software and e-commerce translator. Translate the user's text from {src} into {tgt}. Keep placeholders such as {name}, {count}, %d and %s exactly as they are, keep JSON keys, markdown and line breaks unchanged, and use the register a native product team would use. Output only the translation.";

function sourceText(r: R): [string, string] {
  const kind = r.weighted([["ui", 40], ["product", 25], ["help", 25], ["mail", 10]] as const);
  if (kind === "ui") {
    const o: Record<string, string> = {};
    for (const s of r.some(UI_EN, r.int(6, 24))) o[s.toLowerCase().replace(/[^a-z]+/g, "_").replace(/^_|_$/g, "").slice(0, 28)] = s;
    return ["English", JSON.stringify(o, null, 2)];
  }
  if (kind === "product") {
    const de = r.chance(0.3);
    const bank = de ? PRODUCT_DE : PRODUCT_EN;
    const p = de ? r.pick(["Laptopständer", "Klapphocker", "Akkustaubsauger", "Bürostuhl"]) : r.pick(["laptop stand", "folding stool", "cordless vacuum", "desk lamp", "camping kettle"]);
    const m = de ? r.pick(["recyceltem Aluminium", "Buchenholz", "Stahl"]) : r.pick(["recycled aluminium", "beech wood", "powder-coated steel"]);
    return [de ? "German" : "English", r.some(bank, r.int(3, bank.length)).map((s) => fill(r, s, { p, m, w: String(r.int(180, 2400)), h: String(r.int(4, 14)) })).join(" ")];
  }
  if (kind === "help") {
    const ja = r.chance(0.25);
    const bank = ja ? HELP_JA : HELP_EN;
    const paras = Array.from({ length: r.int(2, 6) }, () => r.some(bank, r.int(2, 4)).join(ja ? "" : " "));
    return [ja ? "Japanese" : "English", (ja ? "## よくある質問\n\n" : "## Help centre\n\n") + paras.join("\n\n")];
  }
  return ["French", r.some(MAIL_FR, r.int(3, 5)).map((s) => fill(r, s, { d: String(r.int(5, 31)) })).join("\n\n")];
}

export function translationService(c: Ctx): void {
  const r = c.r;
  const key = c.key("proj");
  const fleet = egress(r, ["gcpEu", "gcpEu", "gcpEu"], 3);
  let made = 0;
  while (made < 1800) {
    // a customer's release push: one source, many target languages, machine-paced
    let t = r.chance(0.6) ? when(r, 2, "dev") : when(r, -6, "dev");
    const [src, text] = sourceText(r);
    const targets = r.chance(0.35) ? [r.pick(TARGETS.filter((x) => x !== src))] : r.some(TARGETS.filter((x) => x !== src), r.int(4, 16));
    const ip = r.pick(fleet);
    for (const tgt of targets) {
      const body = { model: "gpt-4.1", temperature: 0.2, max_tokens: 4000, messages: [{ role: "system", content: fill(r, TRANSLATE_SYSTEM, { src, tgt }) }, { role: "user", content: text }] };
      const comp = Math.round(tokens(text) * (RATIO[tgt] ?? 1.2) * r.ln(1, 0.08));
      if (c.post(t, key, ip, "/v1/chat/completions", body, promptTokens(body), comp)) made++;
      t += latency(r, comp, 90) / r.int(2, 4) + r.int(100, 900);
    }
  }
}

// =================================================================== data-labelling vendor
interface Project { name: string; sys: string; schema: unknown; items: (r: R) => string; median: number; langs: string }
const REVIEW_EN = ["The room was {adj} and the staff {staff}.", "Breakfast was {bf}, but the coffee was {coffee}.", "We could hear the {noise} all night.", "Check-in took {n} minutes because the system was down.", "Great location, five minutes from the {place}.", "The bathroom needed a proper clean.", "Parking cost {n} euros a night, which nobody mentioned."];
const REVIEW_DE = ["Das Zimmer war {adj_de}, das Personal {staff_de}.", "Frühstück gut, aber der Kaffee war {coffee_de}.", "Man hörte die ganze Nacht {noise_de}.", "Super Lage, fünf Minuten vom {place_de}.", "Das Bad hätte gründlicher geputzt werden können."];
const REVIEW_ES = ["La habitación estaba {adj_es} y el personal fue {staff_es}.", "El desayuno muy completo, aunque el café {coffee_es}.", "Se oía {noise_es} toda la noche.", "Ubicación perfecta, a cinco minutos del {place_es}.", "El baño necesitaba una limpieza a fondo."];
const HEAD_EN = ["{org} to cut {n} jobs as {sector} demand slows", "{person} named chief executive of {org}", "Floods close roads across {region} for a second day", "{org} opens new plant in {region}", "Court blocks {org} merger with {org2}"];
const HEAD_FR = ["{org} va supprimer {n} postes en raison du ralentissement du {sector_fr}", "{person} nommé à la tête de {org}", "Inondations : routes fermées en {region_fr} pour le deuxième jour", "{org} inaugure une usine à {city_fr}"];
const HEAD_PL = ["{org} zwolni {n} pracowników z powodu spowolnienia w branży {sector_pl}", "{person} nowym prezesem {org}", "Powódź: drogi w województwie {region_pl} zamknięte drugi dzień", "{org} otwiera fabrykę w {city_pl}"];
const TICKET_VI = ["Đơn hàng {o} của tôi đã {n} ngày rồi mà chưa giao.", "Tôi muốn đổi size áo vì mặc không vừa.", "Sản phẩm nhận được bị móp, hộp rách.", "Shop ơi, mã giảm giá không áp dụng được khi thanh toán.", "Tôi bị trừ tiền hai lần cho cùng một đơn.", "Cho tôi hỏi khi nào có hàng lại màu {color_vi}?", "Shipper gọi không được, tôi phải làm sao?"];

const PROJECTS: Project[] = [
  {
    name: "hotel-aspects", langs: "en de es", median: 95,
    sys: "Label the hotel review for our client. Return the JSON that matches the schema: overall sentiment, and for each aspect that is mentioned (room, staff, breakfast, noise, location, cleanliness, price) its sentiment. Aspects that are not mentioned must be left out.",
    schema: { type: "json_schema", json_schema: { name: "review_labels", strict: true, schema: { type: "object", properties: { overall: { type: "string", enum: ["positive", "neutral", "negative", "mixed"] }, aspects: { type: "array", items: { type: "object", properties: { aspect: { type: "string" }, sentiment: { type: "string" } }, required: ["aspect", "sentiment"], additionalProperties: false } } }, required: ["overall", "aspects"], additionalProperties: false } } },
    items: (r) => {
      const lang = r.pick(["en", "en", "de", "es"]);
      const bank = lang === "en" ? REVIEW_EN : lang === "de" ? REVIEW_DE : REVIEW_ES;
      return r.some(bank, r.int(2, 5)).map((s) => fill(r, s, { adj: ["spotless", "tiny", "spacious", "dated"], staff: ["lovely", "rude", "helpful"], bf: ["excellent", "basic", "cold"], coffee: ["awful", "great"], noise: ["street", "lift", "bar downstairs"], place: ["station", "old town", "beach"], n: String(r.int(10, 45)), adj_de: ["sauber", "winzig", "geräumig", "renovierungsbedürftig"], staff_de: ["sehr freundlich", "unfreundlich", "hilfsbereit"], coffee_de: ["dünn", "hervorragend"], noise_de: ["den Verkehr", "den Aufzug"], place_de: ["Hauptbahnhof", "Marktplatz"], adj_es: ["impecable", "minúscula", "amplia"], staff_es: ["encantador", "borde", "muy atento"], coffee_es: ["malísimo", "buenísimo"], noise_es: ["la calle", "el ascensor"], place_es: ["centro", "puerto"] })).join(" ");
    },
  },
  {
    name: "news-ner", langs: "en fr pl", median: 80,
    sys: "Extract named entities from the headline as JSON: persons, organisations, locations, each a list of strings exactly as written. Do not normalise names.",
    schema: { type: "json_object" },
    items: (r) => {
      const lang = r.pick(["en", "fr", "pl"]);
      const bank = lang === "en" ? HEAD_EN : lang === "fr" ? HEAD_FR : HEAD_PL;
      return fill(r, r.pick(bank), { org: ["Nordwind Energy", "Castellan Foods", "Vireo Bank", "Orlen", "Saint-Gobain", "Pekao"], org2: ["Halden Group", "Brightline"], person: ["Maria Kowalczyk", "Jean-Luc Marchetti", "Aisha Rahman", "Tomasz Nowicki"], n: String(r.int(120, 4000)), sector: ["steel", "housing", "retail"], region: ["northern Italy", "Bavaria", "Yorkshire"], sector_fr: ["BTP", "secteur automobile"], region_fr: ["Bretagne", "Occitanie"], city_fr: ["Dunkerque", "Valenciennes"], sector_pl: ["budowlanej", "motoryzacyjnej"], region_pl: ["dolnośląskie", "opolskie"], city_pl: ["Gliwicach", "Rzeszowie"] });
    },
  },
  {
    name: "vi-ticket-triage", langs: "vi", median: 60,
    sys: "Classify the Vietnamese customer ticket for the client's e-commerce support team. Return JSON with: category (delivery, return_exchange, damaged, payment, promo_code, stock, other), urgency (low, medium, high) and a one-line English summary.",
    schema: { type: "json_object" },
    items: (r) => fill(r, r.pick(TICKET_VI), { o: "DH" + r.int(100000, 999999), n: String(r.int(3, 12)), color_vi: ["đen", "trắng", "xanh navy", "be"] }),
  },
];

export function labellingVendor(c: Ctx): void {
  const r = c.r;
  const key = c.key("proj");
  const workers = egress(r, ["hetzner", "hetzner", "hetznerFi"], 3);
  // shifts: each a project run for some hours, four workers at a steady pace
  for (let day = 0; day < 4; day++) {
    const shifts = day === 3 ? 1 : r.int(2, 3);
    for (let s = 0; s < shifts; s++) {
      const p = r.pick(PROJECTS);
      const start = local(day, r.pick([7, 9, 13, 16, 20]) + r.f(), 2);
      const items = r.int(100, 220);
      const lanes = [start, start + 900, start + 1700, start + 2600];
      for (let i = 0; i < items; i++) {
        const lane = i % 4;
        const text = p.items(r);
        const body = { model: "gpt-4.1-mini", temperature: 0, max_tokens: 300, response_format: p.schema, messages: [{ role: "system", content: p.sys }, { role: "user", content: text }] };
        const comp = answerLen(r, p.median, 0.35, 300, 12);
        c.post(lanes[lane], key, workers[lane % 3], "/v1/chat/completions", body, promptTokens(body), comp);
        lanes[lane] += latency(r, comp, 110) + r.int(4500, 7500) + (r.chance(0.01) ? r.ln(60, 0.5) * S : 0);
      }
    }
  }
}

// =================================================================== synthetic data for the customer's own classifier
const INTENTS = ["cancel a booking", "change the travel dates", "add checked luggage", "ask about visa requirements", "request a refund for a cancelled flight", "book a rental car", "ask if pets are allowed", "complain about a hotel room", "ask for a receipt", "upgrade to business class", "find out where their bus departs", "report a lost item", "add a child to the booking", "ask whether breakfast is included", "request wheelchair assistance", "change the name on a ticket", "ask about travel insurance", "check in online", "ask about cancellation fees", "split the payment", "book an airport transfer", "ask about vaccination rules", "extend a stay by one night", "ask for a quieter room", "report a double charge", "ask about baggage weight limits", "change the payment card", "ask for group discounts", "request an invoice for the company", "say they missed their connection"];
const LANGS_SYN = ["German", "English", "French", "Spanish", "Italian", "Dutch"];
const STYLES = ["short and informal, like a chat message typed on a phone", "polite and complete sentences", "angry or stressed", "with typos and missing punctuation", "very indirect, the intent is only implied"];
const SYN_TEMPLATE = "We are training a small intent classifier for the Fernweh Reisen chatbot. Generate {k} different messages a customer might send when they want to {intent}. Language: {lang}. Style: {style}. Vary length (3 to 40 words), vocabulary and sentence structure; do not number them and do not repeat the intent's wording literally. Return a JSON object {\"utterances\": [...]}.";
const SYN_NEG = "For the Fernweh Reisen intent classifier we need hard negatives. Write {k} {lang} customer messages that mention {intent} but actually ask for something else (for example a general question or a different request). Return a JSON object {\"utterances\": [...], \"real_intent\": [...]} with one real intent per message.";
const SYN_DEV = ["Gib mir 5 Beispiele, wie Kunden nach Gepäckregeln fragen, als JSON-Liste.", "Test: 3 utterances for 'cancel a booking' in German, JSON please.", "Ist das Format so okay? {\"utterances\": [\"...\"]} – bitte einmal mit 2 Beispielen testen."];
export function synthDataOwnClassifier(c: Ctx): void {
  const r = c.r;
  const key = c.key("proj");
  const box = cloud(r, "doFra");
  const laptop: Src = { ip: "91.40." + r.int(0, 255) + "." + r.int(2, 250), asn: 3320, country: "DE" };
  // developer tries the prompt on Wednesday and Thursday afternoon
  for (let i = 0; i < 26; i++) {
    const t = local(r.int(0, 1), 14 + r.f() * 4, 2);
    const body = { model: "gpt-4.1", temperature: 1, messages: [{ role: "user", content: r.pick(SYN_DEV) }] };
    c.post(t, key, laptop, "/v1/chat/completions", body, promptTokens(body), answerLen(r, 120, 0.4, 1024));
  }
  const job = (start: number, jobs: { intent: string; lang: string; style: string; neg: boolean }[]) => {
    const lanes = Array.from({ length: 4 }, (_, i) => start + i * 700);
    jobs.forEach((j, i) => {
      const k = j.neg ? 15 : r.pick([20, 25, 30]);
      const content = j.neg ? fill(r, SYN_NEG, { k: String(k), lang: j.lang, intent: j.intent }) : fill(r, SYN_TEMPLATE, { k: String(k), intent: j.intent, lang: j.lang, style: j.style });
      const body = { model: "gpt-4.1", temperature: 1, top_p: 0.95, max_tokens: 1800, response_format: { type: "json_object" }, messages: [{ role: "user", content }] };
      const comp = answerLen(r, k * 24, 0.25, 1800, 100);
      const lane = i % 4;
      c.post(lanes[lane], key, box, "/v1/chat/completions", body, promptTokens(body), comp);
      lanes[lane] += latency(r, comp, 75) + r.int(50, 400);
    });
  };
  const first: { intent: string; lang: string; style: string; neg: boolean }[] = [];
  for (const intent of INTENTS) for (const lang of LANGS_SYN) for (const style of r.some(STYLES, 5)) first.push({ intent, lang, style, neg: false });
  job(START + D + 19 * H + r.int(0, 20) * M, r.shuffle(first));
  const second: { intent: string; lang: string; style: string; neg: boolean }[] = [];
  for (const intent of INTENTS) for (const lang of r.some(LANGS_SYN, 5)) second.push({ intent, lang, style: "", neg: true });
  job(START + 2 * D + 13 * H + r.int(0, 40) * M, r.shuffle(second));
}
