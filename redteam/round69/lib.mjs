// Shared helpers for red team round 69 (honest-customer advocate; copied from round 67, not imported). All text is
// composed here from a seeded PRNG; nothing is read from any corpus.
import { writeFileSync, readFileSync, mkdirSync, createWriteStream } from "node:fs";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, "..", "..");
export const OUT = join(HERE, "out");
mkdirSync(OUT, { recursive: true });

export function rng(seed) {
  let a = seed >>> 0;
  const r = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  r.int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  r.pick = (arr) => arr[Math.floor(r() * arr.length)];
  r.chance = (p) => r() < p;
  r.id = (n = 8) => Array.from({ length: n }, () => "abcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(r() * 36)]).join("");
  r.exp = (mean) => -Math.log(1 - r()) * mean;
  return r;
}

// ---------- multilingual lexicons (composed for this round) ----------
export const LEX = {
  en: { n: ["invoice", "order", "account", "delivery", "refund", "password", "subscription", "report", "meeting", "budget", "schedule", "contract", "customer", "product", "warehouse", "update", "feature", "server", "payment", "discount", "ticket", "policy", "team", "project", "deadline", "recipe", "garden", "battery", "screen", "flight"],
        v: ["cancel", "change", "check", "send", "review", "approve", "move", "fix", "explain", "compare", "track", "renew", "share", "delete", "export", "book"],
        a: ["late", "missing", "new", "wrong", "urgent", "monthly", "shared", "broken", "quarterly", "small", "premium", "annual", "blue", "quiet", "fast"],
        f: ["and", "but", "because", "so", "then", "also", "still", "maybe"] },
  es: { n: ["factura", "pedido", "cuenta", "entrega", "reembolso", "contraseña", "suscripción", "informe", "reunión", "presupuesto", "contrato", "cliente", "producto", "almacén", "pago", "descuento", "equipo", "proyecto", "plazo", "vuelo"],
        v: ["cancelar", "cambiar", "revisar", "enviar", "aprobar", "mover", "arreglar", "explicar", "comparar", "renovar", "compartir", "borrar"],
        a: ["tarde", "nuevo", "urgente", "mensual", "roto", "pequeño", "anual", "rápido", "pendiente", "equivocado"],
        f: ["y", "pero", "porque", "entonces", "también", "todavía", "quizás"] },
  de: { n: ["Rechnung", "Bestellung", "Konto", "Lieferung", "Erstattung", "Passwort", "Abonnement", "Bericht", "Besprechung", "Budget", "Vertrag", "Kunde", "Produkt", "Lager", "Zahlung", "Rabatt", "Team", "Projekt", "Frist", "Flug"],
        v: ["stornieren", "ändern", "prüfen", "senden", "freigeben", "verschieben", "beheben", "erklären", "vergleichen", "verlängern", "teilen", "löschen"],
        a: ["verspätet", "neu", "dringend", "monatlich", "defekt", "klein", "jährlich", "schnell", "offen", "falsch"],
        f: ["und", "aber", "weil", "dann", "auch", "noch", "vielleicht"] },
  fr: { n: ["facture", "commande", "compte", "livraison", "remboursement", "mot de passe", "abonnement", "rapport", "réunion", "budget", "contrat", "client", "produit", "entrepôt", "paiement", "remise", "équipe", "projet", "échéance", "vol"],
        v: ["annuler", "modifier", "vérifier", "envoyer", "valider", "déplacer", "corriger", "expliquer", "comparer", "renouveler", "partager", "supprimer"],
        a: ["en retard", "nouveau", "urgent", "mensuel", "cassé", "petit", "annuel", "rapide", "en attente", "erroné"],
        f: ["et", "mais", "parce que", "alors", "aussi", "encore", "peut-être"] },
  pt: { n: ["fatura", "pedido", "conta", "entrega", "reembolso", "senha", "assinatura", "relatório", "reunião", "orçamento", "contrato", "cliente", "produto", "armazém", "pagamento", "desconto", "equipe", "projeto", "prazo", "voo"],
        v: ["cancelar", "alterar", "verificar", "enviar", "aprovar", "mover", "corrigir", "explicar", "comparar", "renovar", "compartilhar", "apagar"],
        a: ["atrasado", "novo", "urgente", "mensal", "quebrado", "pequeno", "anual", "rápido", "pendente", "errado"],
        f: ["e", "mas", "porque", "então", "também", "ainda", "talvez"] },
  ru: { n: ["счёт", "заказ", "аккаунт", "доставка", "возврат", "пароль", "подписка", "отчёт", "встреча", "бюджет", "договор", "клиент", "товар", "склад", "платёж", "скидка", "команда", "проект", "срок", "рейс"],
        v: ["отменить", "изменить", "проверить", "отправить", "одобрить", "перенести", "исправить", "объяснить", "сравнить", "продлить"],
        a: ["поздний", "новый", "срочный", "ежемесячный", "сломанный", "маленький", "годовой", "быстрый"],
        f: ["и", "но", "потому что", "потом", "тоже", "ещё", "может быть"] },
  ja: { n: ["請求書", "注文", "アカウント", "配送", "返金", "パスワード", "定期購入", "報告書", "会議", "予算", "契約", "お客様", "商品", "倉庫", "支払い", "割引", "チーム", "案件", "締め切り", "便"],
        v: ["キャンセルする", "変更する", "確認する", "送る", "承認する", "移す", "直す", "説明する", "比べる", "更新する"],
        a: ["遅れた", "新しい", "急ぎの", "毎月の", "壊れた", "小さい", "年間の", "早い"],
        f: ["そして", "でも", "なので", "それから", "また", "まだ"] },
  zh: { n: ["发票", "订单", "账户", "配送", "退款", "密码", "订阅", "报告", "会议", "预算", "合同", "客户", "产品", "仓库", "付款", "折扣", "团队", "项目", "截止日期", "航班"],
        v: ["取消", "修改", "检查", "发送", "批准", "移动", "修复", "解释", "比较", "续订"],
        a: ["迟到的", "新的", "紧急的", "每月的", "坏的", "小的", "年度的", "快速的"],
        f: ["和", "但是", "因为", "然后", "也", "还"] },
  ko: { n: ["청구서", "주문", "계정", "배송", "환불", "비밀번호", "구독", "보고서", "회의", "예산", "계약", "고객", "상품", "창고", "결제", "할인", "팀", "프로젝트", "마감", "항공편"],
        v: ["취소하다", "변경하다", "확인하다", "보내다", "승인하다", "옮기다", "고치다", "설명하다", "비교하다", "갱신하다"],
        a: ["늦은", "새로운", "급한", "매월", "고장난", "작은", "연간", "빠른"],
        f: ["그리고", "하지만", "왜냐하면", "그래서", "또", "아직"] },
  ar: { n: ["فاتورة", "طلب", "حساب", "توصيل", "استرداد", "كلمة المرور", "اشتراك", "تقرير", "اجتماع", "ميزانية", "عقد", "عميل", "منتج", "مستودع", "دفع", "خصم", "فريق", "مشروع", "موعد", "رحلة"],
        v: ["إلغاء", "تغيير", "مراجعة", "إرسال", "موافقة", "نقل", "إصلاح", "شرح", "مقارنة", "تجديد"],
        a: ["متأخر", "جديد", "عاجل", "شهري", "مكسور", "صغير", "سنوي", "سريع"],
        f: ["و", "لكن", "لأن", "ثم", "أيضا", "ما زال"] },
  hi: { n: ["बिल", "ऑर्डर", "खाता", "डिलीवरी", "रिफंड", "पासवर्ड", "सदस्यता", "रिपोर्ट", "बैठक", "बजट", "अनुबंध", "ग्राहक", "उत्पाद", "गोदाम", "भुगतान", "छूट", "टीम", "परियोजना", "समय सीमा", "उड़ान"],
        v: ["रद्द करना", "बदलना", "जांचना", "भेजना", "मंजूर करना", "ठीक करना", "समझाना", "तुलना करना"],
        a: ["देर से", "नया", "जरूरी", "मासिक", "टूटा", "छोटा", "वार्षिक", "तेज"],
        f: ["और", "लेकिन", "क्योंकि", "फिर", "भी", "अभी"] },
};
const CJK = new Set(["ja", "zh"]);
export function sentence(r, lang = "en", min = 6, max = 14) {
  const L = LEX[lang];
  const k = r.int(min, max);
  const w = [];
  for (let i = 0; i < k; i++) {
    const c = r();
    w.push(c < 0.4 ? r.pick(L.n) : c < 0.65 ? r.pick(L.v) : c < 0.85 ? r.pick(L.a) : r.pick(L.f));
  }
  if (r.chance(0.3)) w.splice(r.int(0, w.length - 1), 0, String(r.int(2, 990)));
  let s = CJK.has(lang) ? w.join("") : w.join(" ");
  if (!CJK.has(lang)) s = s[0].toUpperCase() + s.slice(1);
  return s + (CJK.has(lang) ? "。" : lang === "ar" ? "." : r.chance(0.12) ? "?" : ".");
}
export function paragraph(r, lang = "en", sMin = 3, sMax = 6) {
  const k = r.int(sMin, sMax);
  return Array.from({ length: k }, () => sentence(r, lang)).join(" ");
}
export function textOfTokens(r, lang, tokens) {
  // ~4 chars/token for Latin, ~1.3 for CJK, ~2.5 other scripts
  const cpt = CJK.has(lang) ? 1.3 : ["en", "es", "de", "fr", "pt"].includes(lang) ? 4 : 2.6;
  const target = tokens * cpt;
  let s = "";
  while (s.length < target) s += (s ? "\n\n" : "") + paragraph(r, lang);
  return s.slice(0, Math.max(8, Math.round(target)));
}

// ---------- arrivals: days of traffic, busier by day, day-heavy diurnal profile ----------
const DIURNAL = [0.2, 0.15, 0.12, 0.1, 0.12, 0.2, 0.4, 0.7, 1.0, 1.2, 1.3, 1.3, 1.2, 1.25, 1.3, 1.3, 1.2, 1.1, 0.9, 0.8, 0.7, 0.55, 0.4, 0.3];
export const T0 = Date.UTC(2027, 0, 11, 0, 0, 0);
export function arrivals(r, { days = 3, perDay = 1000, growth = 1.15, profile = DIURNAL }) {
  const sum = profile.reduce((a, b) => a + b, 0);
  const out = [];
  for (let d = 0; d < days; d++) {
    const dayN = perDay * Math.pow(growth, d);
    for (let h = 0; h < 24; h++) {
      const lam = (dayN * profile[h]) / sum; // expected in this hour
      let t = 0;
      for (;;) {
        t += r.exp(3600_000 / lam);
        if (t >= 3600_000) break;
        out.push(T0 + d * 86400_000 + h * 3600_000 + Math.floor(t));
      }
    }
  }
  return out;
}

// ---------- trace writing ----------
export function writeTrace(name, events) {
  events.sort((a, b) => a.ts - b.ts);
  const p = join(OUT, name + ".jsonl");
  writeFileSync(p, events.map((e) => JSON.stringify(e)).join("\n") + "\n");
  return p;
}
export const PRO = { defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 64 } };
export function policyFile() {
  const p = join(OUT, "policy-pro.json");
  writeFileSync(p, JSON.stringify(PRO));
  return p;
}

// ---------- replay ----------
export function replay(name, tracePath) {
  const out = join(OUT, name + ".decisions.jsonl");
  execFileSync(process.execPath, [join(ROOT, "scripts/node22.mjs"), join(ROOT, "scripts/replay.ts"), "--trace", tracePath, "--out", out, "--policy", policyFile(), "--quiet"], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 });
  return readFileSync(out, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
}

// ---------- figures ----------
// events and decisions in the same (time) order. sel(e) picks the events counted.
export function figures(events, decs, sel = () => true) {
  const f = { n: 0, degraded: 0, refused: 0, challenged: 0, blocked: 0, limited: 0, tok: 0, cut: 0, firstDeg: -1, maxScore: 0, hardDropped: 0, nDropped: 0, emptied: 0, reasons: {} };
  for (let i = 0; i < events.length; i++) {
    const e = events[i], d = decs[i];
    if (!e || !d || !sel(e)) continue;
    f.n++;
    f.maxScore = Math.max(f.maxScore, d.score || 0);
    const u = e.usage || {};
    const reasoning = u.completion_tokens_details?.reasoning_tokens || 0;
    const vis = Math.max(0, (u.completion_tokens || 0) - reasoning);
    f.tok += vis;
    if (!d.served) {
      f.refused++;
      if (d.action === "challenge") f.challenged++;
      if (d.action === "block") f.blocked++;
      if (d.limit) f.limited++;
      f.cut += vis;
      continue;
    }
    if (d.degraded) {
      f.degraded++;
      if (f.firstDeg < 0) f.firstDeg = f.n;
      const cap = typeof d.completion === "number" ? d.completion : u.completion_tokens || 0;
      const delivered = reasoning ? Math.max(0, Math.min(vis, cap - reasoning)) : Math.min(vis, cap);
      if (reasoning && delivered === 0) f.emptied++;
      f.cut += vis - delivered;
      const b = e.body || {};
      if (b.logprobs || b.top_logprobs) f.hardDropped++;
      if ((b.n || 1) > 1) f.nDropped++;
      for (const r of d.reasons || []) { const k = String(r).replace(/[0-9.,%]+/g, "#").slice(0, 70); f.reasons[k] = (f.reasons[k] || 0) + 1; }
    }
  }
  f.degPct = (100 * f.degraded) / Math.max(1, f.n);
  f.refPct = (100 * f.refused) / Math.max(1, f.n);
  f.cutPct = (100 * f.cut) / Math.max(1, f.tok);
  return f;
}
export function show(label, f) {
  const top = Object.entries(f.reasons).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k]) => k).join(" | ");
  console.log(`${label.padEnd(46)} n=${String(f.n).padStart(6)}  degraded ${f.degPct.toFixed(1).padStart(5)} %  refused ${f.refPct.toFixed(1).padStart(5)} % (challenged ${f.challenged}, blocked ${f.blocked}, quota ${f.limited})  answer tokens cut ${f.cutPct.toFixed(1).padStart(5)} %  first degraded #${f.firstDeg}  max score ${f.maxScore.toFixed(2)}${f.emptied ? `  emptied ${f.emptied}` : ""}${f.hardDropped ? `  logprobs dropped ${f.hardDropped}` : ""}${f.nDropped ? `  n dropped ${f.nDropped}` : ""}`);
  if (top) console.log(`${"".padEnd(46)} reasons: ${top}`);
}
export function run(name, events, sel) {
  const p = writeTrace(name, events);
  const decs = replay(name, p);
  return figures(events, decs, sel);
}
