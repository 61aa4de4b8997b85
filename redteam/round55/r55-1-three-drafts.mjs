// R55-1: a writing assistant that shows each user three drafts to choose from (n 3), as
// many writing products do. Its drafts are cover letters, LinkedIn posts, product pages and
// outreach emails of 250-520 tokens each, longer than R52-6's ad copy (< 256 tokens a sample).
// Control: the same product with short drafts (social captions, 60-200 tokens) is served.
import { rng, arrivals, T0, ev, replay, summary, line, verdict, PRO, hrs } from "./lib55.mjs";

const SYSTEM = `You are Quillstack, the writing assistant inside a career and marketing toolkit used by
freelancers and small businesses. Write one complete draft for the brief the user gives you.
Follow the requested tone and length, write in the language the brief asks for, keep facts to
what the user provided and never invent employers, degrees or numbers. Use plain formatting
without headings unless the format needs them. Do not add commentary before or after the draft.`;

const KINDS = {
  long: ["cover letter", "LinkedIn post", "product page", "cold outreach email", "about-us page", "grant summary", "newsletter intro", "job advertisement"],
  short: ["Instagram caption", "tweet", "app store subtitle", "push notification", "email subject line", "Google ad headline"],
};
const ROLES = ["junior data analyst", "senior backend engineer", "pastry chef", "physiotherapist", "logistics coordinator", "UX researcher", "primary school teacher", "electrician", "hotel receptionist", "sales manager", "biotech lab technician", "wedding photographer", "tax advisor", "museum educator", "mobile game designer"];
const SUBJECTS = ["a handmade ceramics shop", "a bike repair workshop", "an accounting firm for freelancers", "a vegan bakery", "a language school", "a solar installer", "a dog grooming salon", "a boutique hotel in Porto", "a B2B invoicing app", "a climbing gym", "an organic wine importer", "a home care service", "a 3D printing studio", "a podcast about urban gardening"];
const TONES = ["warm and confident", "formal", "friendly but professional", "enthusiastic", "concise and factual", "playful"];
const LANGS = [
  ["English", "Brief"], ["German", "Auftrag"], ["Spanish", "Encargo"], ["French", "Consigne"], ["Portuguese", "Pedido"], ["Japanese", "依頼"], ["Italian", "Richiesta"], ["Dutch", "Opdracht"],
];
const POINTS = {
  English: ["I led a migration that halved our reporting time", "we ship within 48 hours across the EU", "I speak three languages", "our customers rate us 4.8 on average", "I volunteer as a youth coach on weekends", "we switched to 100% recycled packaging last spring"],
  German: ["Ich habe die Umstellung auf ein neues Kassensystem begleitet", "wir liefern innerhalb von zwei Tagen", "ich arbeite seit sechs Jahren im Schichtdienst", "unsere Kundschaft kommt vor allem aus der Region", "ich habe eine Weiterbildung im Projektmanagement abgeschlossen"],
  Spanish: ["coordiné un equipo de cinco personas durante la temporada alta", "ofrecemos la primera clase gratis", "tengo experiencia con clientes internacionales", "usamos solo ingredientes de temporada", "abrimos también los domingos por la mañana"],
  French: ["j'ai réduit les délais de livraison de moitié", "nous proposons un atelier découverte chaque samedi", "je parle couramment anglais et italien", "nos produits sont fabriqués en Bretagne", "j'ai accompagné plus de deux cents élèves"],
  Portuguese: ["organizei eventos para mais de trezentas pessoas", "entregamos em todo o país em três dias", "tenho certificação em segurança do trabalho", "nossos clientes são pequenas empresas familiares"],
  Japanese: ["前職では問い合わせ対応の時間を三割短縮しました", "地元の食材だけを使っています", "英語での接客経験があります", "週末にはワークショップを開催しています"],
  Italian: ["ho gestito l'apertura di un secondo punto vendita", "consegniamo in giornata a Milano", "ho lavorato cinque anni in un laboratorio artigianale", "offriamo un check-up gratuito"],
  Dutch: ["ik heb het klantenservicesysteem helpen vernieuwen", "we bezorgen gratis vanaf vijftig euro", "ik werk graag met jonge teams", "onze fietsen worden lokaal gerepareerd"],
};

function brief(r, kind) {
  const [lang, word] = r.pick(LANGS);
  const pts = POINTS[lang];
  const a = r.pick(pts), b = r.pick(pts);
  const who = r() < 0.5 ? `Role: ${r.pick(ROLES)}` : `Business: ${r.pick(SUBJECTS)}`;
  return `${word} — ${kind}\n${who}\nTone: ${r.pick(TONES)}\nLanguage: ${lang}\nKey points: ${a}; ${b !== a ? b : r.pick(pts)}\nTarget: ${r.pick(["a hiring manager", "new customers", "existing customers", "investors", "local press", "recruiters"])}${r() < 0.3 ? `\nExtra: mention ${r.pick(["our spring offer", "my portfolio link", "the free trial", "the opening hours"])}` : ""}`;
}

function product(name, seed, mode) {
  const r = rng(seed);
  const events = [];
  const key = `sk-quillstack-${mode}`;
  const times = arrivals(r, T0, 48, 9); // one request every ~9 s at peak, 48 h
  let prev = null;
  for (const ts of times) {
    const kind = r.pick(KINDS[mode]);
    const maxTok = mode === "long" ? 800 : 300;
    const each = mode === "long" ? r.int(250, 520) : r.int(60, 200);
    let messages;
    // 12 % of requests are a user asking for changes to the draft they picked (a conversation)
    if (prev && r() < 0.12 && ts - prev.ts < 15 * 60e3) {
      messages = [
        { role: "system", content: SYSTEM },
        { role: "user", content: prev.brief },
        { role: "assistant", content: prev.draft },
        { role: "user", content: r.pick(["Make it shorter and less formal.", "Can you mention my portfolio at the end?", "Etwas persönlicher bitte.", "Más corto, por favor.", "Un peu moins commercial.", "Use bullet points for the key points."]) },
      ];
    } else {
      const b = brief(r, kind);
      messages = [{ role: "system", content: SYSTEM }, { role: "user", content: b }];
      prev = { ts, brief: b, draft: `Draft about ${kind}. `.repeat(Math.ceil(each / 5)).slice(0, each * 4) };
    }
    const promptTok = Math.ceil(JSON.stringify(messages).length / 3.6);
    events.push(ev(ts, key, { model: "gpt-4.1-mini", messages, n: 3, temperature: 0.9, max_tokens: maxTok, user: `u_${r.int(1, 40000)}` },
      { prompt_tokens: promptTok, completion_tokens: 3 * each + r.int(-20, 20) }, { ip: `198.51.100.${r.int(2, 9)}` }));
  }
  return events;
}

const policy = { defaults: PRO };
const longDec = replay("r55-1-long", product("r55-1-long", 551, "long"), policy);
const shortDec = replay("r55-1-short", product("r55-1-short", 552, "short"), policy);
const L = summary(longDec), S = summary(shortDec);
console.log(line("three drafts of 250-520 tokens (n 3, max_tokens 800)", L));
const perDraftCut = longDec.filter((d) => d.degraded && d.ev.usage.completion_tokens / 3 > 512).length;
console.log(`  answers served with one draft instead of three (n forced to 1): ${L.degraded} of ${L.n} (${(100 * L.degraded / L.n).toFixed(1)} %): ${2 * L.degraded} drafts withheld; the one draft left cut at 512 in ${perDraftCut}`);
console.log(`  refused by challenge: ${L.challenge} (${(100 * L.challenge / L.n).toFixed(1)} %), by block: ${L.block}; first challenge ${hrs(L.firstChallenge?.ts)}`);
console.log(`  reasons at first degrade: ${JSON.stringify(L.reasonsAtDegrade)}`);
console.log(`  reasons at first challenge: ${JSON.stringify(L.reasonsAtChallenge)}`);
console.log(line("control: three short drafts of 60-200 tokens (n 3, max_tokens 300)", S));
verdict(L.refused + L.degraded > 0.5 * L.n && S.refused + S.degraded < 0.05 * S.n);
