// Honest products composed for round 69 (text from the seeded PRNG in lib.mjs). Each builder returns
// trace events (README format, with usage); `_p` names the product. Every product re-sends material it
// hands over ("Ok."-style acknowledgement written by the client) across independent single requests;
// each has a `mode` whose control changes only that.
import { rng, arrivals, sentence, paragraph, textOfTokens, T0 } from "./lib.mjs";

export const LANGS = ["en", "es", "de", "fr", "pt", "ru", "ja", "zh", "ko", "ar", "hi"];
const pickLang = (r, enShare = 0.4, langs = LANGS) => (r.chance(enShare) ? "en" : r.pick(langs));
const ptok = (chars) => Math.round(chars / 3.6);
const ip = (r, base) => `${base}.${r.int(2, 250)}`;
const chars = (msgs) => msgs.reduce((a, m) => a + (typeof m.content === "string" ? m.content.length : 0), 0);
// An end user asking for an explanation in their own words (composed, per language).
export const CUE = {
  en: ["Can you explain this in detail, step by step?", "Please explain exactly what this means for me."],
  es: ["¿Me lo puedes explicar con detalle, paso a paso?", "Explícame exactamente qué significa esto para mí."],
  de: ["Kannst du das bitte ausführlich und Schritt für Schritt erklären?", "Erkläre mir genau, was das für mich bedeutet."],
  fr: ["Peux-tu m'expliquer cela en détail, étape par étape ?", "Explique-moi exactement ce que cela signifie pour moi."],
  pt: ["Pode explicar isso em detalhe, passo a passo?", "Explique exatamente o que isso significa para mim."],
  ru: ["Объясни подробно, по шагам, пожалуйста.", "Объясни, что именно это значит для меня."],
  ja: ["手順を追って詳しく説明してください。", "これが私にとって何を意味するのか説明してください。"],
  zh: ["请一步一步详细解释。", "请解释这对我意味着什么。"],
  ko: ["단계별로 자세히 설명해 주세요.", "이것이 저에게 무슨 의미인지 설명해 주세요."],
  ar: ["هل يمكنك الشرح بالتفصيل خطوة بخطوة؟", "اشرح لي بالضبط ماذا يعني هذا بالنسبة لي."],
  hi: ["कृपया इसे विस्तार से, चरण दर चरण समझाइए।", "मुझे ठीक से समझाइए कि इसका मेरे लिए क्या मतलब है।"],
};
const question = (r, lang, cue = 0.2) => sentence(r, lang, 7, 18) + (r.chance(cue) ? " " + r.pick(CUE[lang]) : "");
// Zipf-like pick of an index in [0, n): popular items come up again and again.
const zipf = (r, n, s = 1.1) => { let tot = 0; for (let i = 1; i <= n; i++) tot += 1 / Math.pow(i, s); let x = r() * tot; for (let i = 1; i <= n; i++) { x -= 1 / Math.pow(i, s); if (x <= 0) return i - 1; } return n - 1; };

// ---- P1: "chat with your PDF" backend, stateless: the document is re-sent with every question ----
// Sessions: a user uploads a document (8-28 K chars) and asks 3-16 questions over a few minutes; the
// backend keeps no chat history and sends [system, user: document, assistant: "Ok.", user: question].
// modes: handed (the product), joined (the same document and question in one user turn),
//        history (the same sessions, the backend keeps the session's previous Q/A as history).
export function pdfchat({ seed = 69101, days = 3, perDay = 70, mode = "handed", ans = [180, 800], cue = 0.2, model = "gpt-4.1-mini", maxTokens = 1500, key = "sk-docchat-prod" } = {}) {
  const r = rng(seed);
  const sys = "You answer questions about the document the user uploaded. Answer only from the document, quote the relevant passage, and say so when the document does not cover the question. Answer in the language of the question.";
  const ev = [];
  for (const t0 of arrivals(r, { days, perDay })) {
    const lang = pickLang(r, 0.45);
    const title = sentence(r, lang, 2, 5).replace(/[.?。]$/, "");
    const doc = `# ${title}\n\n${textOfTokens(r, lang, r.int(2200, 7500))}`;
    const nq = r.int(3, 16);
    let ts = t0;
    const past = [];
    for (let q = 0; q < nq; q++) {
      ts += q === 0 ? r.int(5_000, 30_000) : r.int(25_000, 180_000);
      const qq = question(r, lang, cue);
      let msgs = [{ role: "system", content: sys }];
      if (mode === "joined") msgs.push({ role: "user", content: `Document:\n\n${doc}\n\nQuestion: ${qq}` });
      else {
        msgs.push({ role: "user", content: doc }, { role: "assistant", content: "Ok." });
        if (mode === "history") for (const [a, b] of past.slice(-6)) msgs.push({ role: "user", content: a }, { role: "assistant", content: b });
        msgs.push({ role: "user", content: qq });
      }
      const ct = r.int(ans[0], ans[1]);
      past.push([qq, paragraph(r, lang, 2, 6)]);
      ev.push({ ts, key, ip: ip(r, "34.91.12"), asn: 396982, country: "NL", method: "POST", path: "/v1/chat/completions", body: { model, messages: msgs, temperature: 0.2, max_tokens: maxTokens }, usage: { prompt_tokens: ptok(chars(msgs)), completion_tokens: ct }, _p: "pdfchat" });
    }
  }
  return ev;
}

// ---- P2: help-centre support bot: the help-centre article for the ticket's topic is handed over ----
// 45 articles per language (5 languages), popularity Zipf-like (password resets, refunds, shipping...),
// 1.2-5 K chars each; the ticket's text is the ask; answers 150-520 tokens.
// modes: handed (the product), joined (article + ticket in one user turn),
//        fresh (the same product, but every article composed anew: nothing handed over twice).
export function helpdesk({ seed = 69201, days = 3, perDay = 1100, mode = "handed", ans = [150, 520], cue = 0.2, maxTokens = 800, key = "sk-helpbot-prod" } = {}) {
  const r = rng(seed);
  const langs = ["en", "es", "de", "fr", "pt"];
  const arts = {};
  for (const l of langs) arts[l] = Array.from({ length: 45 }, () => `Help centre article: ${sentence(r, l, 3, 6)}\n\n${textOfTokens(r, l, r.int(300, 1250))}`);
  const sys = "You are the support assistant of an online shop. Use the help-centre article provided to answer the customer's ticket. Be friendly, concise and accurate; if the article does not answer the ticket, offer a hand-over to a human agent.";
  const ev = [];
  for (const ts of arrivals(r, { days, perDay })) {
    const lang = pickLang(r, 0.4, langs.slice(1));
    const art = mode === "fresh" ? `Help centre article: ${sentence(r, lang, 3, 6)}\n\n${textOfTokens(r, lang, r.int(300, 1250))}` : arts[lang][zipf(r, 45)];
    const ticket = paragraph(r, lang, 1, 3) + (r.chance(cue) ? " " + r.pick(CUE[lang]) : "");
    const msgs = [{ role: "system", content: sys }];
    if (mode === "joined") msgs.push({ role: "user", content: `${art}\n\n---\nCustomer ticket:\n${ticket}` });
    else msgs.push({ role: "user", content: art }, { role: "assistant", content: "Ok." }, { role: "user", content: ticket });
    ev.push({ ts, key, ip: ip(r, "35.204.8"), asn: 396982, country: "DE", method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4.1-mini", messages: msgs, temperature: 0.3, max_tokens: maxTokens }, usage: { prompt_tokens: ptok(chars(msgs)), completion_tokens: r.int(ans[0], ans[1]) }, _p: "helpdesk" });
  }
  return ev;
}

// ---- P3: one-shot coding tool (CLI / IDE command "ask about this repo"): repo map + conventions handed over ----
// 30 customer repos; each request is [system, user: repo map of that repo (5-9 K chars), assistant: "Ok, I
// have the repository map.", user: the developer's one-shot ask]; Claude, max_tokens 4,096, answers
// (code) 300-1,500 tokens. modes: handed, joined (map + ask in one turn), fresh (a new repo each time),
// system (the map at the end of the system prompt).
const IDS = ["user", "order", "cart", "invoice", "session", "token", "price", "report", "event", "queue", "cache", "config", "auth", "mail", "search", "payment", "webhook", "export", "audit", "tenant"];
const VERBS = ["get", "create", "update", "delete", "list", "parse", "render", "validate", "sync", "load", "save", "build"];
function repoMap(r) {
  const lines = [];
  const nf = r.int(28, 48);
  for (let f = 0; f < nf; f++) {
    const dir = r.pick(["src", "src/api", "src/services", "src/models", "src/lib", "src/jobs", "tests"]);
    const a = r.pick(IDS), b = r.pick(IDS);
    lines.push(`${dir}/${a}_${b}.${r.pick(["ts", "py", "go"])}:`);
    const ns = r.int(2, 5);
    for (let s = 0; s < ns; s++) lines.push(`│ ${r.pick(["def", "function", "class", "func"])} ${r.pick(VERBS)}${r.pick(IDS)[0].toUpperCase()}${r.pick(IDS).slice(1)}${r.pick(IDS)[0].toUpperCase()}${r.pick(IDS).slice(1)}(${r.pick(IDS)}Id, ${r.pick(IDS)}Options, ${r.pick(["ctx", "opts", "limit", "retries"])})`);
  }
  return "Repository map (files and their top-level symbols):\n\n" + lines.join("\n");
}
export function coder({ seed = 69301, days = 3, perDay = 900, mode = "handed", nRepos = 30, ans = [300, 1500], key = "sk-ant-repoask-prod" } = {}) {
  const r = rng(seed);
  const repos = Array.from({ length: nRepos }, () => repoMap(r));
  const system = "You are a coding assistant. Follow the repository's conventions, reply with unified diffs or complete functions, and explain briefly what you changed.";
  const ev = [];
  for (const ts of arrivals(r, { days, perDay })) {
    const map = mode === "fresh" ? repoMap(r) : repos[zipf(r, nRepos, 0.8)];
    const lang = pickLang(r, 0.7);
    const ask = `${r.pick(["Add", "Write", "Refactor", "Fix", "Implement"])} ${r.pick(VERBS)}_${r.pick(IDS)} ${r.pick(["in", "for", "near"])} ${r.pick(IDS)}_${r.pick(IDS)}: ${sentence(r, lang, 6, 16)}`;
    let messages;
    let sys = system;
    if (mode === "joined") messages = [{ role: "user", content: `${map}\n\n${ask}` }];
    else if (mode === "system") { sys = system + "\n\n" + map; messages = [{ role: "user", content: ask }]; }
    else messages = [{ role: "user", content: map }, { role: "assistant", content: "Ok, I have the repository map." }, { role: "user", content: ask }];
    ev.push({ ts, key, ip: ip(r, "54.93.20"), asn: 16509, country: "DE", method: "POST", path: "/v1/messages", body: { model: "claude-sonnet-4-5", max_tokens: 4096, temperature: 0, system: sys, messages }, usage: { prompt_tokens: ptok(sys.length + chars(messages)), completion_tokens: r.int(ans[0], ans[1]) }, _p: "coder" });
  }
  return ev;
}

// ---- P4: contract review SaaS: each customer's own NDA / lease, most of them filled from the same few
// templates (party names, dates and amounts differ: different contracts, same boilerplate) ----
// Each request: [system, user: the contract (6-12 K chars), assistant: "Contract received.", user: the
// review ask naming the client]; gpt-4.1, max_tokens 3,000, answers 600-1,400 tokens.
// modes: template (the product), fresh (every contract's clauses composed anew), joined (template, one turn).
const CO = ["Alder GmbH", "Brightwave Ltd", "Castillo y Asociados", "Dunmore LLC", "Étoile SARL", "Fjord AS", "Granite Inc", "Helios BV", "Iberia Solar SL", "Juniper Pty", "Kestrel Labs", "Lumen Oy", "Meridian SA", "Northgate plc", "Orchid KK", "Pinecrest Co"];
export function contracts({ seed = 69401, days = 3, perDay = 600, mode = "template", key = "sk-lexreview-prod" } = {}) {
  const r = rng(seed);
  const langs = ["en", "de", "fr", "es"];
  // 6 templates (2 en, 1 each in de, fr, es): clauses in defined terms ("the Disclosing Party"), as real
  // templates are written; a contract fills in the parties (preamble), periods and amounts (digit runs).
  const clause = (l, i) => `${i + 1}. ${sentence(r, l, 8, 16)} ${sentence(r, l, 6, 14).replace(/[.?]$/, "")} {N} ${sentence(r, l, 3, 6)} ${sentence(r, l, 8, 18)}`;
  const templates = [];
  for (let t = 0; t < 6; t++) {
    const l = ["en", "en", "de", "fr", "es", "en"][t];
    templates.push({ l, cl: Array.from({ length: r.int(30, 45) }, (_, i) => clause(l, i)) });
  }
  const fill = (s) => s.replace("{N}", r.chance(0.5) ? String(r.int(2, 365)) : `${r.int(1, 99)},${r.int(100, 999)}.00`);
  const system = "You are a contract-review assistant for law firms. Identify risky or unusual clauses, explain the risk for the firm's client, and propose redlines. Cite clause numbers. Write in the contract's language unless asked otherwise.";
  const ev = [];
  for (const ts of arrivals(r, { days, perDay })) {
    const A = r.pick(CO), B = r.pick(CO);
    const tpl = templates[zipf(r, 6, 0.7)];
    const body = mode === "fresh" ? Array.from({ length: tpl.cl.length }, (_, i) => fill(clause(tpl.l, i))) : tpl.cl.map((c) => fill(c));
    const doc = `AGREEMENT between ${A} and ${B}, dated ${r.int(1, 28)}.${r.int(1, 12)}.2026\n\n${body.join("\n")}`;
    const ask = `Review this agreement for our client ${r.chance(0.5) ? A : B} (${r.pick(["the disclosing party", "the receiving party", "the tenant", "the supplier", "the customer"])}). Focus on ${r.pick(["liability and indemnities", "termination and renewal", "confidentiality scope", "payment terms", "governing law and disputes"])}.`;
    const msgs = [{ role: "system", content: system }];
    if (mode === "joined") msgs.push({ role: "user", content: `${doc}\n\n${ask}` });
    else msgs.push({ role: "user", content: doc }, { role: "assistant", content: "Contract received." }, { role: "user", content: ask });
    ev.push({ ts, key, ip: ip(r, "20.61.3"), asn: 8075, country: "GB", method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4.1", messages: msgs, temperature: 0.2, max_tokens: 3000 }, usage: { prompt_tokens: ptok(chars(msgs)), completion_tokens: r.int(600, 1400) }, _p: "contracts" });
  }
  return ev;
}

// ---- P5: RAG knowledge base (round 67's R67-2 product, with its query embeddings on the same key, the layout
// served cleanly there) where popular questions retrieve the same passages: a 150-passage corpus per
// language, Zipf popularity. modes: corpus (the product: passages re-retrieved), fresh (every passage new,
// as round 67 composed it). Passages handed over one by one, each acknowledged "Ok.".
export function rag({ seed = 69501, days = 3, perDay = 900, mode = "corpus", embeddings = true, key = "sk-kb-assist-prod" } = {}) {
  const r = rng(seed);
  const langs = ["en", "es", "de", "fr", "pt", "ja"];
  const corpus = {};
  for (const l of langs) corpus[l] = Array.from({ length: 150 }, () => textOfTokens(r, l, r.int(150, 350)));
  const sys = "You are the knowledge-base assistant of an industrial equipment maker. Answer from the passages provided; cite them as [P1], [P2]; if they do not cover the question, say so. Write thorough, well-structured answers with steps where procedures are involved.";
  const ev = [];
  for (const ts of arrivals(r, { days, perDay })) {
    const lang = pickLang(r, 0.5, langs.slice(1));
    const q = question(r, lang, 0.4);
    if (embeddings) ev.push({ ts: ts - 400, key, ip: ip(r, "34.77.1"), asn: 396982, country: "BE", method: "POST", path: "/v1/embeddings", body: { model: "text-embedding-3-small", input: q }, usage: { prompt_tokens: ptok(q.length), completion_tokens: 0 }, _p: "rag-emb" });
    const k = r.int(3, 5);
    const first = zipf(r, 150, 1.0);
    const passages = Array.from({ length: k }, (_, i) => `[P${i + 1}] ${mode === "fresh" ? textOfTokens(r, lang, r.int(150, 350)) : corpus[lang][(first + i * r.int(1, 3)) % 150]}`);
    const msgs = [{ role: "system", content: sys }];
    for (const p of passages) msgs.push({ role: "user", content: p }, { role: "assistant", content: "Ok." });
    msgs.push({ role: "user", content: q });
    ev.push({ ts, key, ip: ip(r, "34.77.1"), asn: 396982, country: "BE", method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4.1", messages: msgs, temperature: 0.3, max_tokens: 2048 }, usage: { prompt_tokens: ptok(chars(msgs)), completion_tokens: r.int(450, 1400) }, _p: "rag" });
  }
  if (embeddings) for (let d = 0; d < days; d++) for (let b = 0; b < 30; b++) {
    const lang = r.pick(langs);
    const input = Array.from({ length: 64 }, () => textOfTokens(r, lang, r.int(200, 400)));
    ev.push({ ts: T0 + d * 86400_000 + 2 * 3600_000 + b * 45_000, key, ip: ip(r, "34.77.1"), asn: 396982, country: "BE", method: "POST", path: "/v1/embeddings", body: { model: "text-embedding-3-small", input }, usage: { prompt_tokens: ptok(input.join("").length), completion_tokens: 0 }, _p: "rag-emb" });
  }
  return ev;
}

// ---- P6: localisation with a fixed client glossary / style guide handed over ----
// 12 client glossaries (3-6 K chars); the UI strings or article to translate are the ask (300-1,500 tokens),
// the translation ~0.9-1.4x. modes: handed, system (glossary in the system prompt).
export function l10n({ seed = 69601, days = 3, perDay = 1000, mode = "handed", key = "sk-locflow-prod" } = {}) {
  const r = rng(seed);
  const gl = Array.from({ length: 12 }, () => "Client glossary and style guide:\n" + Array.from({ length: r.int(60, 110) }, () => `- ${sentence(r, "en", 1, 3).replace(/\.$/, "")} => ${sentence(r, r.pick(["de", "fr", "es", "ja", "pt"]), 1, 3).replace(/[.。]$/, "")}`).join("\n"));
  const ev = [];
  for (const ts of arrivals(r, { days, perDay })) {
    const g = gl[zipf(r, 12, 0.9)];
    const srcTok = r.int(300, 1500);
    const src = textOfTokens(r, "en", srcTok);
    const tgt = r.pick(["German", "French", "Spanish", "Japanese", "Portuguese"]);
    const ask = `Translate into ${tgt}, following the glossary:\n\n${src}`;
    const sys = "You are a localisation engine. Keep placeholders like {name} and markup unchanged.";
    const msgs = mode === "system" ? [{ role: "system", content: sys + "\n\n" + g }, { role: "user", content: ask }] : [{ role: "system", content: sys }, { role: "user", content: g }, { role: "assistant", content: "Ok." }, { role: "user", content: ask }];
    ev.push({ ts, key, ip: ip(r, "35.187.2"), asn: 396982, country: "IE", method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4.1-mini", messages: msgs, temperature: 0, max_tokens: 4000 }, usage: { prompt_tokens: ptok(chars(msgs)), completion_tokens: Math.round(srcTok * (0.9 + r() * 0.5)) }, _p: "l10n" });
  }
  return ev;
}

// ---- P7: structured extraction with a fixed schema + worked example handed over ----
// A fixed 3-5 K-char extraction spec handed over ("Understood."), the document (invoice / CV / claim form,
// 1-4 K chars) as the ask, a JSON answer 150-600 tokens, response_format json_object.
export function extract({ seed = 69701, days = 3, perDay = 1200, mode = "handed", key = "sk-docparse-prod" } = {}) {
  const r = rng(seed);
  const spec = "Extraction specification:\n" + Array.from({ length: 40 }, (_, i) => `field_${i}: ${sentence(r, "en", 6, 14)}`).join("\n");
  const ev = [];
  for (const ts of arrivals(r, { days, perDay })) {
    const lang = pickLang(r, 0.5);
    const doc = textOfTokens(r, lang, r.int(300, 1100));
    const sys = "Extract the fields as JSON. Use null for missing fields.";
    const msgs = mode === "system" ? [{ role: "system", content: sys + "\n\n" + spec }, { role: "user", content: doc }] : [{ role: "system", content: sys }, { role: "user", content: spec }, { role: "assistant", content: "Understood." }, { role: "user", content: doc }];
    ev.push({ ts, key, ip: ip(r, "13.40.9"), asn: 16509, country: "GB", method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4.1-mini", messages: msgs, temperature: 0, max_tokens: 1000, response_format: { type: "json_object" } }, usage: { prompt_tokens: ptok(chars(msgs)), completion_tokens: r.int(150, 600) }, _p: "extract" });
  }
  return ev;
}
