// R52-3: a white-label writing platform ("Quillbase") gives each business customer its own key
// (usage billed per tenant). All keys are driven by the platform's backend: same egress /24,
// same system prompt template with the tenant's brand and tone filled in, same parameters.
// Each tenant's staff write blog posts, product pages and newsletters (long answers) at office
// hours in their own language (20-40 pieces an hour per tenant at peak: several writers each).
// Control: the same tenants and requests, each tenant's traffic from its own /24.
import { rng, pick, int, arrivals, replay, summarise, fmt, reasonsAt, cut, maxFeat, T0, H, M, S, PRO } from "./lib52.mjs";

const TENANTS = [
  ["Nordlys Reiser", "warm, adventurous", "no", "Norwegian", 2], ["Casa Verde Jardinería", "cercano y práctico", "es", "Spanish", -5],
  ["Bäckerei Sommer", "herzlich", "de", "German", 1], ["Atelier Lune", "élégant", "fr", "French", 1],
  ["Pinewood Dental", "reassuring", "en", "English", -5], ["Kobalt Fietsen", "nuchter", "nl", "Dutch", 1],
  ["Studio Marea", "ispirato", "it", "Italian", 1], ["BrightPath Tutors", "encouraging", "en", "English", 0],
  ["Lumen Solar", "confident, technical", "en", "English", -8], ["Vila Café", "descontraído", "pt", "Portuguese", -3],
  ["Harbor & Oak", "classic", "en", "English", -4], ["Sakura Kitchen", "丁寧", "ja", "Japanese", 9],
  ["Fjell Sport", "energisk", "no", "Norwegian", 1], ["Mokka Rösterei", "genussvoll", "de", "German", 1],
  ["Greenleaf Pets", "playful", "en", "English", -6], ["Orbit Analytics", "precise", "en", "English", -7],
  ["Maison Brume", "raffiné", "fr", "French", 1], ["Riverstone Law", "formal", "en", "English", -5],
  ["Tierra Viva Tours", "entusiasta", "es", "Spanish", -6], ["Kiwi Ink", "friendly", "en", "English", 12],
];
const TOPICS = {
  en: ["10 tips for", "A beginner's guide to", "Why you should consider", "How we choose", "What to expect from", "The complete checklist for"],
  es: ["10 consejos para", "Guía para principiantes sobre", "Por qué elegir", "Qué esperar de"],
  de: ["10 Tipps für", "Ein Leitfaden zu", "Warum Sie", "Was Sie über"],
  fr: ["10 conseils pour", "Le guide complet de", "Pourquoi choisir", "Ce qu'il faut savoir sur"],
  nl: ["10 tips voor", "Een gids voor", "Waarom kiezen voor"], it: ["10 consigli per", "Guida completa a", "Perché scegliere"],
  pt: ["10 dicas para", "Guia completo de", "Por que escolher"], ja: ["初心者のための", "知っておきたい10のこと", "選び方ガイド"],
  no: ["10 tips for", "En guide til", "Hvorfor velge"],
};
const SUBJ = ["spring", "winter trips", "first visit", "gift ideas", "sustainability", "our new range", "saving money", "common mistakes", "the season", "families", "small businesses", "beginners", "the weekend"];
function sys(t) {
  return `You are the writing assistant of ${t[0]}, built on Quillbase. Write in ${t[3]} in a ${t[1]} tone of voice. Follow the brand guidelines: short paragraphs, clear subheadings, no exaggerated claims, no competitor names. When asked for an article, write a complete, publish-ready piece of the requested length with an SEO title and a meta description. Never mention that you are an AI.`;
}
const RATE_LO = Number(process.env.RLO ?? 20), RATE_HI = Number(process.env.RHI ?? 40);
function genTenants(seed, nT, ownNet = false) {
  const r = rng(seed);
  const lines = [];
  TENANTS.slice(0, nT).forEach((t, i) => {
    const key = `sk-quillbase-tenant-${i}`;
    // office hours in the tenant's zone, ~6-14 pieces an hour at peak per tenant (several writers)
    for (const ts of arrivals(r, T0, T0 + 72 * H, int(r, RATE_LO, RATE_HI), t[4])) {
      const lh = (new Date(ts).getUTCHours() + t[4] + 24) % 24;
      if (lh < 8 || lh > 18) { if (r() > 0.1) continue; }
      const q = `${pick(r, TOPICS[t[2]])} ${pick(r, SUBJ)} — ${int(r, 800, 1500)} words. Keywords: ${t[0].split(" ")[0].toLowerCase()}, ${pick(r, SUBJ)}`;
      lines.push({ ts, key, ip: ownNet ? `52.${28 + i}.14.${int(r, 20, 23)}` : `52.28.14.${int(r, 20, 23)}`, asn: 16509, country: "DE", method: "POST", path: "/v1/chat/completions",
        body: { model: "gpt-4o", temperature: 0.7, max_tokens: 3000, messages: [{ role: "system", content: sys(t) }, { role: "user", content: q }] },
        usage: { prompt_tokens: 190, completion_tokens: int(r, 1100, 2200) } });
    }
  });
  return lines;
}
const N = Number(process.env.TENANTS ?? 20);
const multi = replay("r52-3-tenants", genTenants(52, N), PRO);
const own = replay("r52-3-tenants-own-networks", genTenants(52, N, true), PRO);
const sm = summarise(multi), so = summarise(own);
const keys = [...new Set(multi.map((x) => x.key))];
const chall = (d) => keys.filter((k) => d.some((x) => x.key === k && (x.action === "challenge" || x.action === "block")));
const linkDec = (d) => d.filter((x) => x.reasons.some((r) => /\[link/.test(r))).length;
console.log(fmt(`${N} tenant keys, platform egress (one /24)`, sm));
console.log(`   keys challenged or blocked: ${chall(multi).length} of ${keys.length}; decisions citing linkage: ${linkDec(multi)}`);
console.log("   reasons at max score: " + reasonsAt(sm));
const c1 = cut(multi), c2 = cut(own);
console.log(`   degraded articles cut at 512 tokens: ${c1.cut} of ${c1.degraded}`);
console.log(fmt(`control: same tenants, each on its own /24`, so));
console.log(`   keys challenged or blocked: ${chall(own).length} of ${keys.length}; decisions citing linkage: ${linkDec(own)}`);
console.log(`   degraded articles cut at 512 tokens: ${c2.cut} of ${c2.degraded}`);
const l1 = maxFeat(multi, "linkage"), l2 = maxFeat(own, "linkage");
console.log(`   largest linkage: shared egress ${l1.value} ("${l1.text}"); own networks ${l2.value} ("${l2.text}")`);
console.log(`   refused because of the shared network: ${sm.refused - so.refused}`);
const ok = chall(multi).length > 0 && chall(own).length === 0;
console.log(ok ? "REPRODUCED" : "not reproduced");
