// R52-6: an ad-copy product ("Copyloom") shows marketers four alternative versions of each piece
// (a headline set, a product blurb, an email subject line + preview) and lets them pick one: one
// request with n = 4 and max_tokens 300 (about 60-220 tokens per choice). Single-turn, one system
// prompt, the customers' products span every trade, in six languages; office hours across time zones.
// Control: the same product asking for the four versions in one answer (n = 1, max_tokens 1,000).
import { rng, pick, int, arrivals, replay, summarise, fmt, reasonsAt, cut, T0, H, M, S, PRO } from "./lib52.mjs";

const SYS = "You are Copyloom, a copywriter for small businesses. Write marketing copy for the product and channel given. Match the brand voice, keep claims truthful, respect the channel's length limits, and never invent prices or discounts.";
const PRODUCTS = {
  en: ["handmade oak cutting boards", "a yoga studio's new evening class", "a plumbing service in Leeds", "organic dog treats", "a budgeting app for students", "a vintage bike repair shop", "a dental clinic's whitening offer", "a local craft brewery's winter ale", "a SaaS invoicing tool", "a children's swimming school"],
  es: ["una panadería artesanal en Valencia", "clases de guitarra online", "un hotel rural en Asturias", "cosmética natural de aloe vera"],
  de: ["eine Fahrradwerkstatt in Leipzig", "Bio-Kaffee aus eigener Röstung", "eine Steuerberatung für Freiberufler", "Yogakurse für Senioren"],
  fr: ["une librairie indépendante à Lyon", "des bougies parfumées artisanales", "un cabinet d'ostéopathie", "un traiteur végétarien"],
  pt: ["uma loja de açaí em Recife", "aulas de inglês para crianças", "um estúdio de tatuagem"],
  it: ["una gelateria artigianale a Bologna", "un agriturismo in Toscana", "occhiali da sole riciclati"],
};
const MORE = ["a cybersecurity audit for small firms", "a physiotherapy clinic for runners", "a mortgage broker for first-time buyers", "an immigration law practice", "a chess club for kids", "a solar panel installer", "a wedding photographer", "a used electric car dealer", "a math tutoring service", "a vegan restaurant", "a hiking tour in the Alps", "a podcast about history", "an accounting firm's tax-season offer", "a smartphone repair shop", "a music festival", "a pet insurance plan", "a coding bootcamp", "a pharmacy's flu vaccine campaign", "a football academy", "a 3D printing service"];
if (process.env.DIVERSE) PRODUCTS.en.push(...MORE);
const CHANNELS = ["Facebook ad (primary text + headline)", "Google Ads headlines (30 chars each)", "email subject line and preview text", "Instagram caption with 3 hashtags", "product page blurb (80 words)", "LinkedIn post opener"];
const LANGS = ["en", "en", "en", "es", "de", "fr", "pt", "it"];
function gen(seed, nVariants) {
  const r = rng(seed);
  const key = nVariants > 1 ? "sk-copyloom-n4" : "sk-copyloom-n1";
  const lines = [];
  for (const ts of arrivals(r, T0, T0 + 72 * H, 300, -2)) {
    const lang = pick(r, LANGS);
    const prod = pick(r, PRODUCTS[lang]);
    const ch = pick(r, CHANNELS);
    const voice = pick(r, ["friendly", "premium", "playful", "no-nonsense", "warm"]);
    const ask = nVariants > 1 ? `Product: ${prod}. Channel: ${ch}. Voice: ${voice}. Language: ${lang}.` : `Product: ${prod}. Channel: ${ch}. Voice: ${voice}. Language: ${lang}. Give 4 clearly different versions, numbered 1-4.`;
    const per = int(r, 60, 220);
    const body = { model: "gpt-4o-mini", temperature: 0.9, max_tokens: nVariants > 1 ? 300 : 1000, messages: [{ role: "system", content: SYS }, { role: "user", content: ask }] };
    if (nVariants > 1) body.n = nVariants;
    lines.push({ ts, key, ip: `3.120.55.${int(r, 4, 7)}`, asn: 16509, country: "DE", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: 90, completion_tokens: nVariants > 1 ? per * 4 : per * 4 + 20 } });
  }
  return lines;
}
const d4 = replay("r52-6-n4", gen(52, 4), PRO);
const d1 = replay("r52-6-n1", gen(52, 1), PRO);
const s4 = summarise(d4), s1 = summarise(d1);
console.log(fmt("n = 4 (the product)               ", s4));
console.log("   reasons at max score: " + reasonsAt(s4));
console.log(`   requests served with n forced to 1 (degraded): ${s4.degraded}; refused: ${s4.refused}`);
console.log(fmt("four versions in one answer, n = 1", s1));
console.log("   reasons at max score: " + reasonsAt(s1));
const ok = s4.refused + s4.degraded > 0.5 * s4.n && s1.refused + s1.degraded < 0.05 * s1.n;
console.log(ok ? "REPRODUCED" : "not reproduced");
