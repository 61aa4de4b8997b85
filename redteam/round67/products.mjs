// Honest products composed for round 67 (text from the seeded PRNG in lib.mjs). Each builder returns
// trace events (README format, with usage); `_p` names the product, `_c` the case.
import { rng, arrivals, sentence, paragraph, textOfTokens } from "./lib.mjs";

const LANGS = ["en", "es", "de", "fr", "pt", "ru", "ja", "zh", "ko", "ar", "hi"];
const pickLang = (r, enShare = 0.4) => (r.chance(enShare) ? "en" : r.pick(LANGS));
const ptok = (chars) => Math.round(chars / 3.6);
const ip = (r, base) => `${base}.${r.int(2, 250)}`;
// A customer asking for an explanation in their own words (composed, per language).
const CUE = {
  en: ["Can you explain in detail, step by step, why this happened and what you will do about it?", "Please give me a complete explanation of every charge on this invoice."],
  es: ["¿Me pueden explicar con detalle, paso a paso, por qué pasó esto y qué van a hacer?", "Por favor denme una explicación completa de cada cargo de la factura."],
  de: ["Können Sie mir bitte ausführlich und Schritt für Schritt erklären, warum das passiert ist?", "Bitte erklären Sie mir jede Position der Rechnung im Detail."],
  fr: ["Pouvez-vous m'expliquer en détail, étape par étape, pourquoi c'est arrivé ?", "Merci de me donner une explication complète de chaque frais sur la facture."],
  pt: ["Podem explicar em detalhe, passo a passo, por que isso aconteceu?", "Por favor, expliquem cada cobrança da fatura com detalhes."],
  ru: ["Объясните, пожалуйста, подробно и по шагам, почему это произошло?", "Прошу подробно объяснить каждое начисление в счёте."],
  ja: ["なぜこうなったのか、手順を追って詳しく説明していただけますか？", "請求書の各項目について詳しく説明してください。"],
  zh: ["能否一步一步详细解释为什么会发生这种情况？", "请详细解释账单上的每一项费用。"],
  ko: ["왜 이런 일이 생겼는지 단계별로 자세히 설명해 주시겠어요?", "청구서의 모든 항목을 자세히 설명해 주세요."],
  ar: ["هل يمكنكم أن تشرحوا بالتفصيل خطوة بخطوة لماذا حدث هذا؟", "أرجو شرحا كاملا لكل رسوم في الفاتورة."],
  hi: ["क्या आप विस्तार से, चरण दर चरण समझा सकते हैं कि ऐसा क्यों हुआ?", "कृपया बिल के हर शुल्क को विस्तार से समझाइए।"],
};
const ACK = { en: "Thanks, checking now.", es: "Gracias, lo reviso.", de: "Danke, ich prüfe das.", fr: "Merci, je vérifie.", pt: "Obrigado, vou verificar.", ru: "Спасибо, проверяю.", ja: "確認いたします。", zh: "好的，我查一下。", ko: "확인해 보겠습니다.", ar: "شكرا، أتحقق الآن.", hi: "धन्यवाद, मैं देख रहा हूँ।" };
const NAMES = ["Ana", "Ben", "Chloé", "Dmitri", "Emi", "Farah", "Gustavo", "Hana", "Ines", "Jonas", "Kenji", "Leila", "Marta", "Nikhil", "Olga", "Pierre", "Qing", "Rosa", "Sven", "Tomás"];

export const OPT = { cue: 0.3 }; // share of customer messages asking for an explanation
function customerMsg(r, lang) {
  let s = paragraph(r, lang, 2, 5);
  if (r.chance(OPT.cue)) s += " " + r.pick(CUE[lang]);
  return s;
}

// ---- P1: support-thread summariser (Zendesk/Intercom-style app, one backend key) ----
export function summariser({ seed = 67101, days = 3, perDay = 1100, fixed = true, ans = [90, 340], report = false, key = "sk-threadsum-prod" } = {}) {
  const r = rng(seed);
  const sys = "You are the summary assistant of a customer-support desk. The messages above the last one are a support conversation: user turns are the customer, assistant turns are our agent. Summaries are read by team leads who may not speak the customer's language, so always write in English. Never invent facts, never include payment details, keep personal data out, and flag anything that needs escalation.";
  const ev = [];
  for (const ts of arrivals(r, { days, perDay })) {
    const lang = pickLang(r);
    const msgs = [{ role: "system", content: sys }];
    const turns = r.int(3, 9);
    for (let i = 0; i < turns; i++) {
      if (i % 2 === 0) msgs.push({ role: "user", content: customerMsg(r, lang) });
      else msgs.push({ role: "assistant", content: r.chance(0.25) ? ACK[lang] : paragraph(r, lang, 1, 4) });
    }
    if (msgs[msgs.length - 1].role === "user") msgs.push({ role: "assistant", content: paragraph(r, lang, 1, 3) });
    const what = report ? "Write the case report for the conversation above: timeline, root cause, every action taken, customer impact, and follow-ups for engineering" : "Summarize the conversation above as 4-6 bullet points: the customer's issue, what was tried, the current status, and the next step";
    const inst = fixed ? what + "." : `${what} (ticket #${r.int(100000, 999999)}, agent ${r.pick(NAMES)}).`;
    msgs.push({ role: "user", content: inst });
    const chars = msgs.reduce((a, m) => a + m.content.length, 0);
    ev.push({ ts, key, ip: ip(r, "35.190.4"), asn: 396982, country: "US", method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4.1-mini", messages: msgs, temperature: 0.2, max_tokens: report ? 1500 : 600 }, usage: { prompt_tokens: ptok(chars), completion_tokens: r.int(ans[0], ans[1]) }, _p: "summariser" });
  }
  return ev;
}

// ---- P2: CRM e-mail assistant: pasted thread acknowledged, then a fixed "Draft a reply" ----
export function crm({ seed = 67201, days = 3, perDay = 1000, mode = "fixed", key = "sk-crm-mail-prod" } = {}) {
  const r = rng(seed);
  const sys = "You are the e-mail assistant inside a CRM. You write replies on behalf of the account owner. Match the customer's language, be warm and precise, answer every question in the thread, never promise refunds or dates the thread does not confirm, and sign with the account owner's first name.";
  const ev = [];
  for (const ts of arrivals(r, { days, perDay })) {
    const lang = pickLang(r);
    const k = r.int(1, 4);
    const thread = Array.from({ length: k }, (_, i) => `From: ${r.pick(NAMES)} <${r.id(6)}@example.com>\nSubject: ${sentence(r, lang, 3, 6)}\n\n${customerMsg(r, lang)}`).join("\n\n-----\n\n");
    const fixedInst = "Draft a reply to the latest e-mail in the thread above. Answer each question the customer asked, keep it under 250 words, and end with a clear next step.";
    const msgs = [{ role: "system", content: sys }];
    if (mode === "joined") msgs.push({ role: "user", content: `E-mail thread:\n\n${thread}\n\n${fixedInst}` });
    else {
      msgs.push({ role: "user", content: `E-mail thread:\n\n${thread}` }, { role: "assistant", content: "Got it. What should I do with this thread?" });
      msgs.push({ role: "user", content: mode === "fixed" ? fixedInst : `Draft a reply to ${r.pick(NAMES)}'s latest e-mail in the thread above. Answer each question the customer asked, keep it under 250 words, and end with a clear next step.` });
    }
    const chars = msgs.reduce((a, m) => a + m.content.length, 0);
    ev.push({ ts, key, ip: ip(r, "34.120.9"), asn: 396982, country: "US", method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4.1", messages: msgs, temperature: 0.7, max_tokens: 1200 }, usage: { prompt_tokens: ptok(chars), completion_tokens: r.int(160, 520) }, _p: "crm" });
  }
  return ev;
}

// ---- P3: Claude document brief: document handed over, fixed instruction, "<brief>" prefill ----
export function brief({ seed = 67301, days = 3, perDay = 900, prefill = "<brief>", fixed = true, key = "sk-ant-docbrief-prod" } = {}) {
  const r = rng(seed);
  const ev = [];
  for (const ts of arrivals(r, { days, perDay })) {
    const lang = pickLang(r, 0.5);
    const title = sentence(r, lang, 2, 5);
    const doc = `<document title="${title}">\n${textOfTokens(r, lang, r.int(500, 2500))}\n${r.chance(0.3) ? r.pick(CUE[lang]) : ""}\n</document>`;
    const inst = fixed ? "Write an executive brief of the document above for a busy manager: the key points, the numbers that matter, the risks, and the recommended next steps. Use headings." : `Write an executive brief of "${title}" for a busy manager: the key points, the numbers that matter, the risks, and the recommended next steps. Use headings.`;
    const messages = [{ role: "user", content: doc }, { role: "assistant", content: "I have read the document." }, { role: "user", content: inst }];
    if (prefill) messages.push({ role: "assistant", content: prefill });
    const system = "You write briefs for a document-management product. Write in the document's language. Be faithful to the document; say so when something is unclear.";
    const chars = system.length + messages.reduce((a, m) => a + m.content.length, 0);
    ev.push({ ts, key, ip: ip(r, "18.204.7"), asn: 14618, country: "US", method: "POST", path: "/v1/messages", body: { model: "claude-sonnet-4-5", max_tokens: 2048, system, messages, temperature: 0.3 }, usage: { prompt_tokens: ptok(chars), completion_tokens: r.int(380, 1150) }, _p: "brief" });
  }
  return ev;
}

// ---- P4: Claude role-play companion: character-name prefill, stock short user lines ----
const STOCK = { en: ["continue", "*nods*", "go on", "yes", "what happens next?", "*smiles*", "ok"], es: ["continúa", "*asiente*", "sigue", "sí"], de: ["weiter", "*nickt*", "ja", "und dann?"], fr: ["continue", "*hoche la tête*", "oui", "et ensuite ?"], pt: ["continua", "*acena*", "sim"], ru: ["продолжай", "*кивает*", "да"], ja: ["続けて", "*うなずく*", "はい"], zh: ["继续", "*点头*", "好"], ko: ["계속", "*끄덕인다*", "응"], ar: ["تابع", "نعم"], hi: ["आगे बढ़ो", "हाँ"] };
const CHARS = ["Aria", "Captain Vey", "Mira the innkeeper", "Professor Hale", "Kaito", "Lady Serafine", "Old Tom", "Nyx"];
export function roleplay({ seed = 67401, days = 3, perDay = 1500, prefill = "name", key = "sk-ant-taverntales-prod" } = {}) {
  const r = rng(seed);
  const ev = [];
  const times = arrivals(r, { days, perDay });
  const sessions = [];
  for (const ts of times) {
    // continue a live session or start a new one
    let s = sessions.length && r.chance(0.93) ? r.pick(sessions) : null;
    if (!s || s.hist.length > 60) {
      const lang = pickLang(r, 0.5);
      const ch = r.pick(CHARS);
      s = { lang, ch, sys: `You are ${ch}, a character in an interactive story app. Stay in character, write vivid prose in the user's language, 2-4 paragraphs, never speak for the user. Setting: ${paragraph(r, lang, 2, 3)}`, hist: [] };
      sessions.push(s);
      if (sessions.length > 120) sessions.shift();
    }
    const userLine = s.hist.length && r.chance(0.45) ? r.pick(STOCK[s.lang]) : sentence(r, s.lang, 4, 16);
    s.hist.push({ role: "user", content: userLine });
    const messages = s.hist.slice(-16);
    while (messages[0].role !== "user") messages.shift();
    const body = { model: "claude-sonnet-4-5", max_tokens: 800, temperature: 1, system: s.sys, messages: [...messages] };
    if (prefill === "name") body.messages.push({ role: "assistant", content: `${s.ch}:` });
    else if (prefill === "long") body.messages.push({ role: "assistant", content: `[${s.ch} stays in character, answers in ${s.lang}, 2-4 vivid paragraphs, ends on a hook]\n${s.ch}:` });
    const ct = r.int(150, 480);
    const reply = paragraph(r, s.lang, 3, 7);
    s.hist.push({ role: "assistant", content: reply });
    const chars = s.sys.length + body.messages.reduce((a, m) => a + m.content.length, 0);
    ev.push({ ts, key, ip: ip(r, "52.14.88"), asn: 16509, country: "US", method: "POST", path: "/v1/messages", body, usage: { prompt_tokens: ptok(chars), completion_tokens: ct }, _p: "roleplay" });
  }
  return ev;
}

// ---- P5: RAG assistant: query embeddings + passages handed over as user turns acknowledged "Ok." ----
export function rag({ seed = 67501, days = 3, perDay = 900, layout = "handed", embeddings = true, key = "sk-kb-assist-prod" } = {}) {
  const r = rng(seed);
  const ev = [];
  const sys = "You are the knowledge-base assistant of an industrial equipment maker. Answer from the passages provided; cite them as [P1], [P2]; if they do not cover the question, say so. Write thorough, well-structured answers with steps where procedures are involved.";
  for (const ts of arrivals(r, { days, perDay })) {
    const lang = pickLang(r, 0.5);
    const q = sentence(r, lang, 8, 20) + (r.chance(0.4) ? " " + r.pick(CUE[lang]) : "");
    if (embeddings) ev.push({ ts: ts - 400, key, ip: ip(r, "34.77.1"), asn: 396982, country: "BE", method: "POST", path: "/v1/embeddings", body: { model: "text-embedding-3-small", input: q }, usage: { prompt_tokens: ptok(q.length), completion_tokens: 0 }, _p: "rag-emb" });
    const k = r.int(3, 5);
    const passages = Array.from({ length: k }, (_, i) => `[P${i + 1}] ${textOfTokens(r, lang, r.int(150, 350))}`);
    const msgs = [];
    if (layout === "handed") {
      msgs.push({ role: "system", content: sys });
      for (const p of passages) msgs.push({ role: "user", content: p }, { role: "assistant", content: "Ok." });
    } else msgs.push({ role: "system", content: sys + "\n\nPassages:\n" + passages.join("\n\n") });
    msgs.push({ role: "user", content: q });
    const chars = msgs.reduce((a, m) => a + m.content.length, 0);
    ev.push({ ts, key, ip: ip(r, "34.77.1"), asn: 396982, country: "BE", method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4.1", messages: msgs, temperature: 0.3, max_tokens: 2048 }, usage: { prompt_tokens: ptok(chars), completion_tokens: r.int(450, 1400) }, _p: "rag" });
  }
  if (embeddings) {
    // nightly re-indexing of changed manuals: batches of 96 chunks
    for (let d = 0; d < days; d++) for (let b = 0; b < 40; b++) {
      const lang = pickLang(r, 0.5);
      const input = Array.from({ length: 96 }, () => textOfTokens(r, lang, r.int(200, 400)));
      const ts = Date.UTC(2027, 0, 11 + d, 2, 0, 0) + b * 45_000;
      ev.push({ ts, key, ip: ip(r, "34.77.1"), asn: 396982, country: "BE", method: "POST", path: "/v1/embeddings", body: { model: "text-embedding-3-small", input }, usage: { prompt_tokens: ptok(input.join("").length), completion_tokens: 0 }, _p: "rag-emb" });
    }
  }
  return ev;
}

// ---- P6: translation app on Claude: source handed over, fixed "Translate ... into X", prefill ----
const TARGETS = ["English", "German", "French", "Spanish", "Japanese"];
export function translate({ seed = 67601, days = 3, perDay = 1000, layout = "handed", prefill = "Here is the translation:", key = "sk-ant-lingo-prod" } = {}) {
  const r = rng(seed);
  const ev = [];
  for (const ts of arrivals(r, { days, perDay })) {
    const lang = r.pick(LANGS);
    const srcTok = r.int(200, 1200);
    const src = textOfTokens(r, lang, srcTok) + (r.chance(0.2) ? " " + r.pick(CUE[lang]) : "");
    const tgt = r.pick(TARGETS);
    const inst = `Translate the text above into ${tgt}. Keep the formatting, names and numbers; do not add notes.`;
    let messages;
    if (layout === "handed") messages = [{ role: "user", content: src }, { role: "assistant", content: "Ready. Which language?" }, { role: "user", content: inst }];
    else messages = [{ role: "user", content: `${src}\n\n${inst}` }];
    if (prefill) messages.push({ role: "assistant", content: prefill });
    const system = "You are a professional translator in a translation app.";
    const chars = system.length + messages.reduce((a, m) => a + m.content.length, 0);
    ev.push({ ts, key, ip: ip(r, "3.120.44"), asn: 16509, country: "DE", method: "POST", path: "/v1/messages", body: { model: "claude-sonnet-4-5", max_tokens: 4096, system, messages, temperature: 0.2 }, usage: { prompt_tokens: ptok(chars), completion_tokens: Math.round(srcTok * (0.9 + r() * 0.5)) }, _p: "translate" });
  }
  return ev;
}

// ---- P7: ops agent with a large tool set and no max_tokens ----
export function agent({ seed = 67701, days = 3, perDay = 1200, tools = 45, key = "sk-opsagent-prod" } = {}) {
  const r = rng(seed);
  const verbs = ["get", "list", "create", "update", "delete", "search", "restart", "scale", "describe", "tag"];
  const objs = ["instance", "bucket", "ticket", "user", "alert", "dashboard", "deployment", "dns_record", "invoice", "runbook", "incident", "queue", "secret", "cluster", "volume"];
  const toolDefs = [];
  for (let i = 0; i < tools; i++) {
    const name = `${verbs[i % verbs.length]}_${objs[Math.floor(i / verbs.length) % objs.length]}${i >= 150 ? "_" + i : ""}`;
    toolDefs.push({ type: "function", function: { name, description: `${paragraph(r, "en", 2, 4)} Returns JSON. Requires the ${objs[i % objs.length]} scope.`, parameters: { type: "object", properties: { id: { type: "string", description: sentence(r, "en", 6, 12) }, region: { type: "string", description: sentence(r, "en", 5, 9) }, dry_run: { type: "boolean", description: "Validate without applying." } }, required: ["id"] } } });
  }
  const sys = "You are the operations agent of a hosting company. Use the tools to investigate and act; explain what you did in a final report with the findings, the actions taken and anything the on-call engineer must still do.";
  const ev = [];
  const times = arrivals(r, { days, perDay });
  let i = 0;
  while (i < times.length) {
    const lang = pickLang(r, 0.6);
    const msgs = [{ role: "system", content: sys }, { role: "user", content: sentence(r, lang, 10, 24) + (r.chance(0.3) ? " " + r.pick(CUE[lang]) : "") }];
    const steps = r.int(2, 6);
    for (let s = 0; s < steps && i < times.length; s++, i++) {
      const last = s === steps - 1;
      const ct = last ? r.int(350, 1300) : r.int(30, 140);
      const chars = msgs.reduce((a, m) => a + (m.content || "").length + 80, 0) + JSON.stringify(toolDefs).length;
      ev.push({ ts: times[i], key, ip: ip(r, "10.0.3"), asn: 64600, country: "NL", method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4.1", messages: JSON.parse(JSON.stringify(msgs)), tools: toolDefs, tool_choice: "auto" }, usage: { prompt_tokens: ptok(chars), completion_tokens: ct }, _p: "agent" });
      if (!last) {
        const id = "call_" + r.id(10);
        const tn = r.pick(toolDefs).function.name;
        msgs.push({ role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: tn, arguments: JSON.stringify({ id: r.id(8), region: "eu-west-" + r.int(1, 3) }) } }] });
        msgs.push({ role: "tool", tool_call_id: id, content: JSON.stringify({ status: "ok", items: Array.from({ length: r.int(1, 6) }, () => ({ id: r.id(8), note: sentence(r, "en", 4, 10) })) }) });
      }
    }
  }
  return ev;
}
