// Text composed for round 56: sentence banks by language and topic, filled with varying details,
// so every document is distinct while reading like ordinary business, news or school material.
const CO = ["Nordlicht Logistik", "Brasserie Moulin", "Kestrel Analytics", "Verdana Foods", "Oakridge Dental", "Hanseatic Freight", "Soleil Optique", "Tatra Energy", "Pampas Agro", "Aoba Robotics", "Lumen Insurance", "Harbourview Hotels", "Quercus Timber", "Vistula Pharma", "Alcázar Textiles"];
const CITY = ["Hamburg", "Lyon", "Leeds", "Kraków", "Porto", "Valencia", "Osaka", "Rotterdam", "Graz", "Bilbao", "Gdańsk", "Turin", "Nantes", "Curitiba", "Brno"];
const NAME = ["Anna Weber", "Luc Moreau", "Priya Nair", "Tomasz Kowalski", "Inês Duarte", "Carlos Ruiz", "Yuki Tanaka", "Emma Jansen", "Omar Haddad", "Sofia Rossi"];

const EN = {
  finance: [
    "{co} reported third-quarter revenue of {n} million euros, up {pct} percent on the same period last year.",
    "The board of {co} approved a dividend of {small} cents per share, payable in {month}.",
    "Operating margin narrowed to {pct} percent as freight and energy costs rose faster than prices.",
    "Analysts at two regional banks lowered their price targets after the company cut its full-year guidance.",
    "Net debt stood at {n} million euros at the end of {month}, about {small} times annual earnings.",
    "The chief financial officer said the savings programme would be completed by the end of {year}.",
  ],
  health: [
    "The clinic in {city} extended its opening hours after waiting times for appointments reached {small} weeks.",
    "A study of {n} patients found that the new screening protocol reduced missed diagnoses by {pct} percent.",
    "Nurses at the hospital said staffing on night shifts remained the main problem for patient safety.",
    "The regional health authority will fund {small} additional physiotherapy posts from next {month}.",
    "Doctors advised older residents to get the seasonal vaccine before the end of {month}.",
  ],
  tech: [
    "{co} moved its order system to a new cloud provider over a weekend, with {small} hours of planned downtime.",
    "The firmware update fixes a bug that made the sensors report temperatures {small} degrees too high.",
    "Engineers replaced the nightly export job with an event stream, cutting report delays from hours to minutes.",
    "The app's new release adds offline mode and reduces battery use by roughly {pct} percent.",
    "A misconfigured backup left {n} customer records readable for {small} days before it was noticed.",
  ],
  law: [
    "The court in {city} ruled that the non-compete clause was too broad to be enforced.",
    "Under the amended lease, the tenant bears maintenance costs up to {n} euros a year.",
    "The supplier argued that the delay was caused by force majeure, which the buyer disputed.",
    "The parties agreed to settle the dispute through mediation within {small} weeks.",
    "The regulator fined {co} for failing to report a data breach within seventy-two hours.",
  ],
  sport: [
    "The home side came back from two goals down to draw {small}-{small} in front of {n} spectators.",
    "Her time of {small} minutes and {small} seconds was a new course record for the {city} half marathon.",
    "The club confirmed that its captain will miss the next {small} matches with a hamstring injury.",
    "Ticket prices for the season will rise by {pct} percent, the first increase in four years.",
  ],
  agri: [
    "Farmers near {city} expect the wheat harvest to be {pct} percent smaller after a dry spring.",
    "The cooperative invested in a new grain dryer that can process {n} tonnes a day.",
    "Milk prices paid to producers fell for the {small}th month in a row.",
    "Drip irrigation on the trial plots reduced water use by {pct} percent without lowering yields.",
  ],
  travel: [
    "Rail operators will add {small} night trains between {city} and the coast during the summer.",
    "Hotel occupancy in {city} reached {pct} percent in {month}, its highest level since records began.",
    "The airport expects {n} thousand passengers over the holiday weekend and advises arriving early.",
    "Visitors can now book museum tickets with timed entry slots to avoid queues.",
  ],
  edu: [
    "The school district will hire {small} more maths teachers to reduce class sizes in year nine.",
    "Students who attended the summer reading programme improved their test scores by {pct} percent.",
    "The university opened a new laboratory for materials science funded by a grant of {n} thousand euros.",
    "Parents raised concerns about the amount of homework set in the first weeks of term.",
  ],
};
const DE = [
  "{co} hat im dritten Quartal einen Umsatz von {n} Millionen Euro erzielt, {pct} Prozent mehr als im Vorjahr.",
  "Die Stadt {city} plant, bis {year} alle Busse auf Elektroantrieb umzustellen.",
  "Der Betriebsrat kritisierte, dass die Schichtpläne zu kurzfristig veröffentlicht werden.",
  "Nach Angaben des Landwirtschaftsamts fiel die Ernte in diesem Jahr um {pct} Prozent geringer aus.",
  "Die Klinik verlängert ab {month} ihre Sprechzeiten, weil die Wartezeiten auf {small} Wochen gestiegen sind.",
  "Das Gericht entschied, dass die Kündigung des Mietvertrags unwirksam war.",
  "Die neue Software soll die Bearbeitungszeit von Anträgen um die Hälfte verkürzen.",
  "Im Heimspiel vor {n} Zuschauern gelang dem Verein ein spätes Ausgleichstor.",
  "Die Schule erhält {small} zusätzliche Lehrkräfte für Mathematik und Physik.",
  "Der Lieferant begründete die Verzögerung mit fehlenden Bauteilen aus Asien.",
];
const FR = [
  "{co} a annoncé un chiffre d'affaires de {n} millions d'euros, en hausse de {pct} % sur un an.",
  "La mairie de {city} va rénover {small} écoles primaires avant la rentrée de {year}.",
  "Les syndicats dénoncent une charge de travail croissante dans les services d'urgence.",
  "Les vendanges ont commencé avec deux semaines d'avance à cause de la chaleur.",
  "Le tribunal a jugé que la clause de non-concurrence était disproportionnée.",
  "La nouvelle ligne de tramway transportera environ {n} voyageurs par jour.",
  "Le club a confirmé le départ de son entraîneur à la fin de la saison.",
  "Une étude menée auprès de {n} patients montre une baisse des réhospitalisations de {pct} %.",
  "Le fournisseur invoque la force majeure pour justifier le retard de livraison.",
  "Les prix de l'électricité pour les entreprises devraient baisser de {pct} % en {month}.",
];
const ES = [
  "{co} registró unas ventas de {n} millones de euros, un {pct} % más que el año anterior.",
  "El ayuntamiento de {city} ampliará el carril bici en {small} kilómetros antes de {year}.",
  "Los agricultores de la zona esperan una cosecha de aceituna un {pct} % menor por la sequía.",
  "El hospital contratará {small} enfermeras más para el turno de noche.",
  "El juzgado declaró nula la cláusula suelo incluida en la hipoteca.",
  "La nueva versión de la aplicación permite pagar el aparcamiento desde el móvil.",
  "El equipo local remontó en la segunda parte ante {n} espectadores.",
  "Los alumnos que participaron en el programa de lectura mejoraron sus resultados.",
  "La ocupación hotelera alcanzó el {pct} % durante el puente de {month}.",
  "El proveedor atribuye el retraso a la falta de contenedores en el puerto.",
];
const PL = [
  "Spółka {co} odnotowała w trzecim kwartale przychody w wysokości {n} mln zł, o {pct} proc. więcej niż przed rokiem.",
  "Władze {city} zapowiedziały budowę {small} nowych przystanków tramwajowych do {year} roku.",
  "Rolnicy z regionu spodziewają się zbiorów niższych o {pct} proc. po suchej wiośnie.",
  "Szpital wydłużył godziny pracy poradni, bo kolejki wydłużyły się do {small} tygodni.",
  "Sąd uznał, że zakaz konkurencji w umowie był zbyt szeroki.",
  "Nowa wersja systemu skróciła czas obsługi wniosków o połowę.",
  "Drużyna gospodarzy wyrównała w ostatniej minucie przy {n} kibicach.",
  "Szkoła zatrudni {small} nowych nauczycieli matematyki.",
  "Dostawca tłumaczy opóźnienie brakiem części od podwykonawcy.",
];
const PT = [
  "A {co} registou receitas de {n} milhões de euros, mais {pct} % do que no ano anterior.",
  "A câmara de {city} vai renovar {small} escolas até {year}.",
  "Os produtores esperam uma colheita de cortiça {pct} % inferior devido à seca.",
  "O hospital vai contratar {small} enfermeiros para o turno da noite.",
  "O tribunal considerou abusiva a cláusula de rescisão do contrato.",
  "A nova versão da aplicação permite marcar consultas sem telefonar.",
  "A equipa da casa empatou nos descontos perante {n} adeptos.",
  "O fornecedor justificou o atraso com a falta de contentores no porto.",
];
const JA = [
  "{co}の第3四半期の売上高は{n}億円で、前年同期比{pct}%増となった。",
  "{city}市は{year}年までに市内のバスをすべて電気バスに切り替える計画だ。",
  "病院は予約待ちが{small}週間に延びたため、診療時間を延長する。",
  "裁判所は、競業避止条項が広すぎるとして無効と判断した。",
  "新しいシステムの導入で、申請の処理時間が半分になった。",
  "地元チームは試合終了間際に同点ゴールを決めた。",
  "今年の米の収穫量は、春の少雨の影響で{pct}%減る見込みだ。",
  "学校は数学の教員を{small}人増やし、少人数授業を進める。",
  "部品の供給遅れにより、納品が{small}週間遅れる見通しとなった。",
];
export const LANGS = { en: null, de: DE, fr: FR, es: ES, pl: PL, pt: PT, ja: JA };
export const EN_TOPICS = Object.keys(EN);
const MONTHS = ["January", "March", "April", "June", "September", "October", "November"];

function fill(r, s) {
  return s
    .replace(/\{co\}/g, () => r.pick(CO))
    .replace(/\{city\}/g, () => r.pick(CITY))
    .replace(/\{name\}/g, () => r.pick(NAME))
    .replace(/\{n\}/g, () => String(r.int(12, 980)))
    .replace(/\{small\}/g, () => String(r.int(2, 14)))
    .replace(/\{pct\}/g, () => String(r.int(2, 38)))
    .replace(/\{year\}/g, () => String(r.int(2027, 2031)))
    .replace(/\{month\}/g, () => r.pick(MONTHS));
}

// A document of about `sentences` sentences in `lang` (English on `topic`, or mixed).
export function doc(r, lang = "en", sentences = 8, topic) {
  const out = [];
  if (lang === "en") {
    const t = topic ?? r.pick(EN_TOPICS);
    const pool = r.shuffle(EN[t]).concat(r.shuffle(EN[r.pick(EN_TOPICS)]), r.shuffle(EN[r.pick(EN_TOPICS)]));
    for (let i = 0; i < sentences; i++) out.push(fill(r, pool[i % pool.length]));
  } else {
    const pool = r.shuffle(LANGS[lang]);
    for (let i = 0; i < sentences; i++) out.push(fill(r, pool[i % pool.length]));
  }
  const sep = lang === "ja" ? "" : " ";
  // paragraphs of 3-5 sentences
  const paras = [];
  for (let i = 0; i < out.length; ) { const k = r.int(3, 5); paras.push(out.slice(i, i + k).join(sep)); i += k; }
  return paras.join("\n\n");
}

export function headline(r, lang = "en") { return doc(r, lang, 1).split(/[.。]/)[0]; }
export { CO, CITY, NAME };
