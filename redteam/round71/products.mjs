// honest embeddings products, 3 simulated days each, one backend key each (own /24 and ASN)
import { rng, enText, enSentence, langText, query, name, toks, diurnal, T0, keyMeta, embedEvent, LANGS } from "./lib.mjs";
const H = 3600e3, M = 60e3, DAYS = 3;

function chunkText(r, domain, words = r.int(70, 130)) { return enText(r, domain, Math.max(1, Math.round(words / 13))); }

export const PRODUCTS = {
  // company knowledge base: backfill of 40,000 chunks (batches of 100), then changed chunks every 10 min
  "kb-backfill-incremental"(seed, idx) {
    const r = rng(seed), key = "sk-r71-kb", meta = keyMeta(idx), ev = []; let t = T0 + 9 * H;
    for (let b = 0; b < 400; b++) { const inp = []; for (let i = 0; i < 100; i++) inp.push(chunkText(r, "docs")); ev.push(embedEvent(t, key, meta, "text-embedding-3-small", inp)); t += 4000 + r() * 3000; }
    for (let t2 = T0 + 11 * H; t2 < T0 + DAYS * 24 * H; t2 += 10 * M) { const h = new Date(t2).getUTCHours(); const n = Math.round(r() * 30 * diurnal(h)); if (!n) continue; const inp = []; for (let i = 0; i < n; i++) inp.push(chunkText(r, "docs")); ev.push(embedEvent(t2 + r() * 20e3, key, meta, "text-embedding-3-small", inp)); }
    return ev;
  },
  // English news index: every 5 min, the headlines+summaries fetched from ~200 outlets (40-150 items)
  "news-index-en"(seed, idx) {
    const r = rng(seed), key = "sk-r71-news", meta = keyMeta(idx), ev = [];
    for (let t = T0; t < T0 + DAYS * 24 * H; t += 5 * M) { const h = new Date(t).getUTCHours(); const n = Math.round(40 + 110 * diurnal(h) * r()); const inp = []; for (let i = 0; i < n; i++) inp.push(enSentence(r, "news", r.int(8, 14)) + " " + enText(r, "news", 3)); ev.push(embedEvent(t + r() * 5e3, key, meta, "text-embedding-3-small", inp)); }
    return ev;
  },
  // global news aggregator: the same, items from outlets in 10 languages, batched as fetched (scripts mixed)
  "news-index-global"(seed, idx) {
    const r = rng(seed), key = "sk-r71-gnews", meta = keyMeta(idx), ev = [];
    for (let t = T0; t < T0 + DAYS * 24 * H; t += 5 * M) { const h = new Date(t).getUTCHours(); const n = Math.round(40 + 110 * diurnal(h) * r()); const inp = []; for (let i = 0; i < n; i++) { const l = r() < 0.45 ? "en" : r.pick(LANGS); inp.push(langText(r, l, r.int(30, 60), "news")); } ev.push(embedEvent(t + r() * 5e3, key, meta, "text-embedding-3-small", inp)); }
    return ev;
  },
  // forum / UGC: each new post embedded on creation (one input), ~3,000 posts a day
  "forum-ugc-per-post"(seed, idx) {
    const r = rng(seed), key = "sk-r71-forum", meta = keyMeta(idx), ev = [];
    for (let t = T0; t < T0 + DAYS * 24 * H;) { const h = new Date(t).getUTCHours(); t += -Math.log(1 - r()) * (29e3 / diurnal(h)) * 0.55; ev.push(embedEvent(t, key, meta, "text-embedding-3-small", [enText(r, "forum", r.int(1, 6))], { single: true })); }
    return ev;
  },
  // RAG help assistant: per question one query embedding + one chat completion on the same key; nightly re-index of changed docs
  "rag-assistant"(seed, idx) {
    const r = rng(seed), key = "sk-r71-rag", meta = keyMeta(idx), ev = [];
    const sys = "You are the help assistant of Corvana Cloud. Answer the customer's question using only the numbered context passages. Cite passages like [2]. If the answer is not in the context, say so and suggest contacting support.";
    for (let t = T0; t < T0 + DAYS * 24 * H;) {
      const h = new Date(t).getUTCHours(); t += -Math.log(1 - r()) * (35e3 / diurnal(h)) * 0.6;
      const q = (r() < 0.5 ? "How do I " : r() < 0.5 ? "Why does my " : "Can I ") + query(r, "docs") + "?";
      ev.push(embedEvent(t, key, meta, "text-embedding-3-small", [q], { single: true }));
      const ctx = []; for (let i = 1; i <= 5; i++) ctx.push(`[${i}] ` + chunkText(r, "docs"));
      const body = { model: "gpt-4o-mini", max_tokens: 700, temperature: 0.2, messages: [{ role: "system", content: sys }, { role: "user", content: "Context:\n" + ctx.join("\n\n") + "\n\nQuestion: " + q }] };
      const pt = toks(sys) + toks(body.messages[1].content) + 10, ct = r.int(120, 520);
      ev.push({ ts: Math.round(t + 400 + r() * 300), key, ...meta, method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: pt, completion_tokens: ct, total_tokens: pt + ct } });
    }
    for (let d = 0; d < DAYS; d++) { let t = T0 + d * 24 * H + 3 * H; for (let b = 0; b < 20; b++) { const inp = []; for (let i = 0; i < 100; i++) inp.push(chunkText(r, "docs")); ev.push(embedEvent(t, key, meta, "text-embedding-3-small", inp)); t += 3000 + r() * 2000; } }
    return ev;
  },
  // marketplace dedup / clustering: hourly job, the hour's ~3,000 new listings in batches of 256
  "dedup-listings-hourly"(seed, idx) {
    const r = rng(seed), key = "sk-r71-dedup", meta = keyMeta(idx), ev = [];
    for (let t = T0; t < T0 + DAYS * 24 * H; t += H) { const h = new Date(t).getUTCHours(); const n = Math.round(1500 + 3000 * diurnal(h)); let tt = t + 60e3; for (let o = 0; o < n; o += 256) { const inp = []; for (let i = 0; i < Math.min(256, n - o); i++) inp.push(`${name(r)} ${query(r, "shop")} - ${enSentence(r, "shop", r.int(8, 16))}`); ev.push(embedEvent(tt, key, meta, "text-embedding-3-small", inp)); tt += 1500 + r() * 1000; } }
    return ev;
  },
  // multilingual docs site: backfill of 3,000 pages, one request per page with its 10 language versions, then ~40 updated pages a day
  "docs-multilingual-page"(seed, idx) {
    const r = rng(seed), key = "sk-r71-mldocs", meta = keyMeta(idx), ev = []; let t = T0 + 10 * H;
    const page = () => LANGS.map((l) => langText(r, l, r.int(60, 90), "docs"));
    for (let p = 0; p < 3000; p++) { ev.push(embedEvent(t, key, meta, "text-embedding-3-large", page())); t += 1200 + r() * 800; }
    for (let t2 = T0 + 14 * H; t2 < T0 + DAYS * 24 * H; t2 += -Math.log(1 - r()) * 36 * M) ev.push(embedEvent(t2, key, meta, "text-embedding-3-large", page()));
    return ev;
  },
  // the same site indexed one language at a time (batches of 64 chunks of one language)
  "docs-multilingual-bylang"(seed, idx) {
    const r = rng(seed), key = "sk-r71-mldocs2", meta = keyMeta(idx), ev = []; let t = T0 + 10 * H;
    for (const l of LANGS) for (let b = 0; b < 47; b++) { const inp = []; for (let i = 0; i < 64; i++) inp.push(langText(r, l, r.int(60, 90), "docs")); ev.push(embedEvent(t, key, meta, "text-embedding-3-large", inp)); t += 2500 + r() * 1500; }
    for (let t2 = T0 + 14 * H; t2 < T0 + DAYS * 24 * H; t2 += -Math.log(1 - r()) * 36 * M) { const l = r.pick(LANGS); const inp = []; for (let i = 0; i < 10; i++) inp.push(langText(r, l, r.int(60, 90), "docs")); ev.push(embedEvent(t2, key, meta, "text-embedding-3-large", inp)); }
    return ev;
  },
  // recommendations: the 30,000-item catalogue re-embedded every night at 02:00 (batches of 500), 2 % of items changed per day
  "recsys-nightly-catalogue"(seed, idx) {
    const r = rng(seed), key = "sk-r71-recsys", meta = keyMeta(idx), ev = [];
    const cat = []; for (let i = 0; i < 30000; i++) cat.push(`${name(r)} ${query(r, "shop")}. ${enSentence(r, "shop", r.int(10, 20))}`);
    for (let d = 0; d < DAYS; d++) { for (let i = 0; i < 600; i++) cat[r.int(0, cat.length - 1)] = `${name(r)} ${query(r, "shop")}. ${enSentence(r, "shop", r.int(10, 20))}`; let t = T0 + d * 24 * H + 2 * H; for (let o = 0; o < cat.length; o += 500) { ev.push(embedEvent(t, key, meta, "text-embedding-3-large", cat.slice(o, o + 500))); t += 4000 + r() * 2000; } }
    return ev;
  },
  // analytics: hourly job embedding the last hour's site-search queries (~1,000-4,000) in batches of 500
  "querylog-analytics-hourly"(seed, idx) {
    const r = rng(seed), key = "sk-r71-qlog", meta = keyMeta(idx), ev = [];
    for (let t = T0; t < T0 + DAYS * 24 * H; t += H) { const h = new Date(t).getUTCHours(); const n = Math.round(1000 + 3000 * diurnal(h)); let tt = t + 5 * M; for (let o = 0; o < n; o += 500) { const inp = []; for (let i = 0; i < Math.min(500, n - o); i++) inp.push(query(r, r() < 0.5 ? "shop" : "docs")); ev.push(embedEvent(tt, key, meta, "text-embedding-3-small", inp)); tt += 2000 + r() * 1000; } }
    return ev;
  },
  // smaller global aggregator: every 15 min, 20-60 items from outlets in 10 languages
  "news-global-small"(seed, idx) {
    const r = rng(seed), key = "sk-r71-gnews2", meta = keyMeta(idx), ev = [];
    for (let t = T0; t < T0 + DAYS * 24 * H; t += 15 * M) { const n = r.int(20, 60); const inp = []; for (let i = 0; i < n; i++) { const l = r() < 0.45 ? "en" : r.pick(LANGS); inp.push(langText(r, l, r.int(30, 60), "news")); } ev.push(embedEvent(t + r() * 5e3, key, meta, "text-embedding-3-small", inp)); }
    return ev;
  },
  // support desk in 6 countries: every 15 min the new tickets (10-60, languages as they arrive) embedded for clustering / routing
  "support-tickets-multilingual"(seed, idx) {
    const r = rng(seed), key = "sk-r71-tickets", meta = keyMeta(idx), ev = []; const L = ["en", "de", "es", "ja", "ko", "ar"];
    for (let t = T0; t < T0 + DAYS * 24 * H; t += 15 * M) { const h = new Date(t).getUTCHours(); const n = Math.round(10 + 50 * diurnal(h) * r()); const inp = []; for (let i = 0; i < n; i++) inp.push(langText(r, r() < 0.4 ? "en" : r.pick(L), r.int(25, 80), "forum")); ev.push(embedEvent(t + r() * 30e3, key, meta, "text-embedding-3-small", inp)); }
    return ev;
  },
  // marketplace selling in 5 countries: 20,000 listings (title in the seller's language) re-embedded nightly, batches of 500 in id order
  "catalogue-multilingual-nightly"(seed, idx) {
    const r = rng(seed), key = "sk-r71-mcat", meta = keyMeta(idx), ev = []; const L = ["en", "de", "ja", "ko", "ar"];
    const cat = []; for (let i = 0; i < 20000; i++) cat.push(langText(r, r.pick(L), r.int(12, 30), "shop"));
    for (let d = 0; d < DAYS; d++) { let t = T0 + d * 24 * H + 2 * H; for (let o = 0; o < cat.length; o += 500) { ev.push(embedEvent(t, key, meta, "text-embedding-3-large", cat.slice(o, o + 500))); t += 4000 + r() * 2000; } }
    return ev;
  },
  // multilingual forum: each post embedded on creation (one input), 10 languages
  "forum-multilingual-per-post"(seed, idx) {
    const r = rng(seed), key = "sk-r71-mforum", meta = keyMeta(idx), ev = [];
    for (let t = T0; t < T0 + DAYS * 24 * H;) { const h = new Date(t).getUTCHours(); t += -Math.log(1 - r()) * (29e3 / diurnal(h)) * 0.55; ev.push(embedEvent(t, key, meta, "text-embedding-3-small", [langText(r, r.pick(LANGS), r.int(20, 90), "forum")], { single: true })); }
    return ev;
  },
};

