/** Honest (and benchmark) scenarios of suite j: products whose users send images, files and audio. */
import * as B from "./banks.ts";
import type { Lang } from "./banks.ts";
import { CLOUD, comp, Ctx, DAY, type Detail, fleet, home, HOME, HOUR, local, MIN, type PdfPage, promptTokens, R, SEC, type Src, T0, TZ, when, weekday } from "./core.ts";
import { antDoc, antImage, antTextDoc, chatAudio, chatFile, chatImage, type Doc, type Img, photo, respFile, respImage, screenshot } from "./parts.ts";

const uid = (r: R, p: string) => `${p}_${r.hex(12)}`;
type Msg = { role: string; content: unknown };

// ---------------------------------------------------------------- 1. photo homework helper
export function photoHomework(c: Ctx): void {
  const r = c.r;
  const oai = c.key("svc"), ant = c.key("ant"), staging = c.key("proj");
  const regions: Record<string, Src[]> = { us: fleet(r, CLOUD.awsUsEast, 8), in: fleet(r, CLOUD.awsMumbai, 4), br: fleet(r, CLOUD.awsSaoPaulo, 3), eu: fleet(r, CLOUD.awsFra, 3) };
  const regionOf = (cc: string) => (cc === "IN" || cc === "ID" || cc === "VN" || cc === "TH" || cc === "JP" || cc === "KR" || cc === "TW" || cc === "HK" || cc === "CN" || cc === "PH" ? "in" : cc === "BR" || cc === "AR" || cc === "CO" || cc === "MX" ? "br" : cc === "US" || cc === "CA" ? "us" : "eu");
  const students = Array.from({ length: 7000 }, () => {
    const l = r.weighted(B.HW_LANGS);
    const cc = r.pick(B.COUNTRY[l]);
    return { id: uid(r, "stu"), l, cc, tz: TZ[cc] ?? 0 };
  });
  let n = 0;
  let pid = 0;
  while (n < 12000) {
    const s = r.pick(students);
    const key = r.chance(0.02) ? staging : r.chance(0.16) ? ant : oai;
    const src = () => r.pick(regions[regionOf(s.cc)]);
    let t = when(r, s.tz, "student");
    const edge = r.pick([1024, 1024, 1280, 1536, 2048]);
    const shots: Img[] = [photo(r, `hw/${pid++}`, edge)];
    if (r.chance(0.07)) shots.push(photo(r, `hw/${pid++}`, edge)); // two pages of the worksheet
    const ask = r.pick(B.HW_ASK[s.l] ?? B.HW_ASK.en);
    const sys = `You are SnapSolve, a patient tutor. The student sends a photo of a homework problem. Identify the problem, solve it step by step at the student's level, and answer in ${B.LANG_NAME[s.l]}. If the photo is unreadable, ask for a clearer one. Never just give the final answer without the steps.`;
    const turns = 1 + (r.chance(0.42) ? r.int(1, 3) : 0);
    if (key === ant) {
      const model = "claude-haiku-4-5";
      const hist: Msg[] = [];
      const first: unknown[] = shots.map((im) => antImage(im, model));
      if (ask) first.push({ type: "text", text: ask });
      hist.push({ role: "user", content: first });
      for (let k = 0; k < turns; k++) {
        const out = k === 0 ? comp(r, 430, 0.45, 1200, 40) : comp(r, 160, 0.6, 1200, 10);
        c.messages(t, key, src(), { model, max_tokens: 1200, system: sys, messages: hist.slice(), metadata: { user_id: s.id } }, out);
        hist.push({ role: "assistant", content: B.solution(r, s.l) });
        hist.push({ role: "user", content: r.pick(B.HW_FOLLOW[s.l] ?? B.HW_FOLLOW.en) });
        t += r.int(25, 300) * SEC;
        n++;
      }
    } else {
      const model = r.chance(0.85) ? "gpt-4.1-mini" : "gpt-4o";
      const detail: Detail | undefined = r.chance(0.6) ? "high" : undefined;
      const first: unknown[] = [];
      if (ask) first.push({ type: "text", text: ask });
      for (const im of shots) first.push(chatImage(im, model, detail));
      const hist: Msg[] = [{ role: "system", content: sys }, { role: "user", content: first }];
      for (let k = 0; k < turns; k++) {
        const out = k === 0 ? comp(r, 430, 0.45, 1500, 40) : comp(r, 160, 0.6, 1500, 10);
        const body: Record<string, unknown> = { model, messages: hist.slice(), max_tokens: 1500, temperature: 0.3, user: s.id };
        if (r.chance(0.7)) Object.assign(body, { stream: true, stream_options: { include_usage: true } });
        c.chat(t, key, src(), body, out);
        hist.push({ role: "assistant", content: B.solution(r, s.l) });
        hist.push({ role: "user", content: r.pick(B.HW_FOLLOW[s.l] ?? B.HW_FOLLOW.en) });
        t += r.int(25, 300) * SEC;
        n++;
      }
    }
    // a retake: the photo was blurry, the student sends another one a minute later
    if (r.chance(0.05)) {
      const im = photo(r, `hw/${pid++}`, edge);
      const model = "gpt-4.1-mini";
      c.chat(t + r.int(30, 90) * SEC, oai, src(), { model, messages: [{ role: "system", content: sys }, { role: "user", content: [chatImage(im, model, "high")] }], max_tokens: 1500, temperature: 0.3, user: s.id }, comp(r, 420, 0.45, 1500, 40));
      n++;
    }
  }
}

// ---------------------------------------------------------------- 2. receipts and invoices to JSON
const RECEIPT_SCHEMA = {
  type: "json_schema",
  json_schema: {
    name: "expense",
    strict: true,
    schema: {
      type: "object",
      additionalProperties: false,
      required: ["merchant", "date", "currency", "total", "tax", "category", "line_items"],
      properties: {
        merchant: { type: "string" },
        date: { type: "string", description: "ISO 8601" },
        currency: { type: "string" },
        total: { type: "number" },
        tax: { type: ["number", "null"] },
        category: { type: "string", enum: ["meals", "travel", "lodging", "fuel", "office", "other"] },
        line_items: { type: "array", items: { type: "object", additionalProperties: false, required: ["description", "amount"], properties: { description: { type: "string" }, amount: { type: "number" } } } },
      },
    },
  },
};
export function receiptOcr(c: Ctx): void {
  const r = c.r;
  const prod = c.key("proj"), mobile = c.key("proj");
  const eu = fleet(r, CLOUD.awsFra, 4), us = fleet(r, CLOUD.azureUs, 3);
  const sys = "You extract expense data from a receipt or invoice for an expense-management app. Fill the schema exactly; use null when a field is not printed. Do not guess totals. Dates as YYYY-MM-DD.";
  let id = 0;
  for (let i = 0; i < 5600; i++) {
    const euSide = r.chance(0.6);
    const tz = euSide ? 1 : -5;
    const t = when(r, tz, r.chance(0.75) ? "office" : "consumer");
    const key = r.chance(0.35) ? mobile : prod;
    const model = r.chance(0.7) ? "gpt-4.1" : "gpt-4o";
    const note = r.pick(B.RECEIPT_NOTES);
    const content: unknown[] = [];
    if (r.chance(0.14)) {
      const pages: PdfPage[] = [];
      const np = r.chance(0.8) ? 1 : 2;
      for (let p = 0; p < np; p++) {
        const lines = [`${r.pick(B.MERCHANTS)} - Invoice INV-${r.int(2026000, 2026999)}-${r.int(10, 99)}`, `Date: 2026-12-${String(r.int(1, 12)).padStart(2, "0")}`, `Customer: ${r.pick(["Acme GmbH", "Northwind Ltd", "Blue Harbor LLC", "Fjord AS", "Sol y Mar SL"])}`];
        for (let k = 0; k < r.int(3, 12); k++) lines.push(`${r.pick(["Consulting hours", "Licence fee", "Shipping", "Room night", "Catering", "Printer toner", "Train ticket", "Taxi"])}  ${r.int(1, 9)} x ${r.int(5, 400)}.${r.int(10, 99)}`);
        lines.push(`VAT ${r.pick([7, 19, 20, 21, 10])}%`, `Total due: ${r.int(20, 4000)}.${r.int(10, 99)} ${r.pick(["EUR", "USD", "GBP"])}`);
        pages.push({ lines });
      }
      const d: Doc = { id: `inv/${id++}`, filename: `invoice_${r.int(1000, 9999)}.pdf`, title: "Invoice", pages };
      content.push(chatFile(d, model));
    } else {
      const im = photo(r, `rcpt/${id++}`, r.pick([1600, 2048, 1280]), r.chance(0.9) ? "jpeg" : "png", true);
      content.push(chatImage(im, model, "high"));
    }
    if (note) content.push({ type: "text", text: `Note from employee: ${note}` });
    const body = { model, messages: [{ role: "system", content: sys }, { role: "user", content }], response_format: RECEIPT_SCHEMA, temperature: 0, max_tokens: 600 };
    c.chat(t, key, r.pick(euSide ? eu : us), body, comp(r, 170, 0.35, 600, 60));
  }
}

// ---------------------------------------------------------------- 3. e-commerce alt text and product copy
export function altText(c: Ctx): void {
  const r = c.r;
  const keyEu = c.key("proj"), keyUs = c.key("proj"), sync = c.key("svc");
  const shops = Array.from({ length: 48 }, (_, i) => ({ dom: `cdn.${r.pick(["loom", "kettle", "fern", "atelier", "nordic", "casa", "maison", "haus", "studio", "birch", "tide", "ember"])}${r.pick(["and", "-", ""])}${r.pick(["co", "home", "living", "goods", "shop", "store", "wares"])}${i}.${r.pick(["com", "de", "fr", "es", "it", "nl", "shop"])}`, l: r.pick(["en", "en", "de", "fr", "es", "it", "nl", "pl"]) as string }));
  const fl = fleet(r, CLOUD.gcpEu, 5), flUs = fleet(r, CLOUD.gcpUs, 3);
  let sku = 100000;
  const productImages = (shop: { dom: string }, k: number): Img[] => {
    const s = sku++;
    return Array.from({ length: k }, (_, j) => {
      const w = r.pick([1200, 1600, 2000, 2048]);
      return { id: `p${s}/${j}`, fmt: "jpeg" as const, w, h: r.chance(0.6) ? w : Math.round(w * 1.25), real: 200000, url: `https://${shop.dom}/products/${s}/${j + 1}.jpg?v=${r.int(1700000000, 1765000000)}&width=${w}` };
    });
  };
  const altReq = (t: number, key: string, src: Src, shop: { dom: string; l: string }, im: Img) => {
    const l = shop.l as Lang;
    const prod = r.pick(B.PRODUCTS[l] ?? B.PRODUCTS.en);
    const body = { model: "gpt-4o", messages: [{ role: "system", content: `Write alt text for an online shop image in ${B.LANG_NAME[l]}. At most 125 characters, no "image of", describe what a shopper needs to know.` }, { role: "user", content: [{ type: "text", text: `Product: ${prod}, ${r.pick(B.COLOURS)}. Shot: ${r.pick(B.SHOTS)}.` }, chatImage(im, "gpt-4o", "low")] }], max_tokens: 60, temperature: 0.2 };
    c.chat(t, key, src, body, comp(r, 28, 0.3, 60, 8));
  };
  let n = 0;
  // merchants adding products during the day
  while (n < 4300) {
    const shop = r.pick(shops);
    const us = r.chance(0.3);
    const key = us ? keyUs : keyEu;
    const src = () => r.pick(us ? flUs : fl);
    let t = when(r, us ? -5 : 1, "office");
    const ims = productImages(shop, r.int(1, 5));
    for (const im of ims) {
      altReq(t, key, src(), shop, im);
      t += r.int(1, 4) * SEC;
      n++;
    }
    if (r.chance(0.7)) {
      const l = shop.l as Lang;
      const content: unknown[] = [{ type: "text", text: `Write a product description in ${B.LANG_NAME[l]} (80-140 words) and 5 bullet points. Product: ${r.pick(B.PRODUCTS[l] ?? B.PRODUCTS.en)}. Colour: ${r.pick(B.COLOURS)}. Materials and care from the photos where visible. Brand voice: ${r.pick(["warm, understated", "playful", "minimal, factual", "premium"])}.` }];
      for (const im of ims.slice(0, 3)) content.push(chatImage(im, "gpt-4o", "high"));
      c.chat(t + r.int(2, 10) * SEC, key, src(), { model: "gpt-4o", messages: [{ role: "user", content }], max_tokens: 500, temperature: 0.7 }, comp(r, 220, 0.3, 500, 80));
      n++;
    }
  }
  // nightly catalogue import backlog: 02:00-04:30 CET, machine paced, alt text only
  for (let day = 0; day < 4; day++) {
    let t = local(day, 2, 1) + r.int(0, 10 * MIN);
    const stop = local(day, 3.25, 1);
    const shop = r.pick(shops);
    while (t < stop) {
      const ims = productImages(shop, r.int(1, 4));
      for (const im of ims) {
        altReq(t, sync, fl[0], shop, im);
        t += r.int(2500, 6500);
      }
    }
  }
}

// ---------------------------------------------------------------- 4. support bot with screenshots (Anthropic)
const HELP_DOCS = "Product: Tallyboard (team analytics). Plans: Free, Pro, Business. Exports: CSV, XLSX, PDF from Reports > Export; PDF export needs Pro. Billing: Settings > Billing > Address. Teammates: Settings > Members > Invite (admins only). Sync: connectors refresh every 15 min; a stuck sync is fixed by Settings > Connectors > Reconnect. Known issue 4.12: charts empty when the date range starts before the connector was added. Slack integration tokens expire after 90 days; re-authorise under Integrations. Double charges during plan changes are refunded automatically within 5 business days; escalate if older. Never ask for passwords. Escalate to a human with the tag #handoff when the user is angry twice or asks for a refund over 200 EUR.";
export function supportShots(c: Ctx): void {
  const r = c.r;
  const prod = c.key("ant"), beta = c.key("ant");
  const fl = fleet(r, CLOUD.gcpEu, 4);
  const langs: [string, number][] = [["en", 50], ["de", 14], ["es", 9], ["fr", 9], ["pt", 7], ["ja", 6], ["nl", 5]];
  const sys = [{ type: "text", text: `You are Tallyboard's support assistant. Use the help notes below; when a screenshot is attached, read the UI state from it before answering. Be concise and give exact menu paths.\n\n${HELP_DOCS}`, cache_control: { type: "ephemeral" } }];
  let n = 0, id = 0;
  while (n < 3500) {
    const l = r.weighted(langs);
    const cc = r.pick(B.COUNTRY[l as Lang] ?? ["US"]);
    let t = when(r, TZ[cc] ?? 0, "office");
    const key = r.chance(0.06) ? beta : prod;
    const model = r.chance(0.8) ? "claude-sonnet-4-5" : "claude-haiku-4-5";
    const user = uid(r, "acct");
    const hist: Msg[] = [];
    const first: unknown[] = [];
    if (r.chance(0.72)) first.push(antImage(screenshot(r, `sup/${id++}`), model));
    first.push({ type: "text", text: r.pick(B.SUPPORT_ISSUES[l] ?? B.SUPPORT_ISSUES.en) });
    hist.push({ role: "user", content: first });
    const turns = r.int(1, 5);
    for (let k = 0; k < turns; k++) {
      c.messages(t, key, r.pick(fl), { model, max_tokens: 1024, system: sys, messages: hist.slice(), metadata: { user_id: user } }, comp(r, 210, 0.5, 1024, 20));
      n++;
      hist.push({ role: "assistant", content: [{ type: "text", text: "Thanks for the screenshot. Go to Settings > Connectors and click Reconnect, then reload the report." }] });
      const next: unknown[] = [];
      if (r.chance(0.2)) next.push(antImage(screenshot(r, `sup/${id++}`), model));
      next.push({ type: "text", text: r.pick(B.SUPPORT_FOLLOW[l] ?? B.SUPPORT_FOLLOW.en) });
      hist.push({ role: "user", content: next });
      t += r.int(40, 400) * SEC;
    }
  }
}

// ---------------------------------------------------------------- 5. chat with your PDFs
function honestDoc(r: R, id: string, pagesN: number, withText: boolean): Doc {
  const kind = r.pick(B.DOC_KINDS);
  const pages: PdfPage[] = [];
  for (let p = 1; p <= pagesN; p++) pages.push(withText ? { lines: B.docPageLines(r, p, r.int(12, 22)) } : { lines: Array(r.int(12, 22)).fill("x".repeat(r.int(60, 90))) });
  return { id, filename: `${kind.replace(/\W+/g, "_")}_${r.int(100, 999)}.pdf`, title: kind, pages };
}
export function pdfChat(c: Ctx): void {
  const r = c.r;
  const resp = c.key("proj"), ant = c.key("ant"), stg = c.key("proj");
  const fl = fleet(r, CLOUD.awsUsEast, 5);
  const langs: [string, number][] = [["en", 55], ["de", 10], ["fr", 8], ["es", 10], ["pt", 6], ["ja", 5], ["it", 3], ["nl", 3]];
  let n = 0, id = 0;
  while (n < 4000) {
    const l = r.weighted(langs);
    const cc = r.pick(B.COUNTRY[l as Lang] ?? ["US"]);
    let t = when(r, TZ[cc] ?? 0, r.chance(0.5) ? "office" : "consumer");
    const user = uid(r, "usr");
    const qs = r.int(1, 8);
    const qsBank = B.DOC_QUESTIONS[l] ?? B.DOC_QUESTIONS.en;
    if (r.chance(0.62)) {
      const key = r.chance(0.04) ? stg : resp;
      // upload once, then Responses turns chained by previous_response_id
      const d = honestDoc(r, `pdfchat/${id++}`, r.int(3, 60), false);
      d.fileId = `file-${r.alnum(22)}`;
      c.emit(t, key, r.pick(fl), "POST", "/v1/files", { purpose: "user_data", filename: d.filename });
      n++;
      t += r.int(2, 6) * SEC;
      const model = r.pick(["gpt-4.1", "gpt-4.1-mini", "gpt-4o"]);
      let prev: string | undefined, ctx = 0;
      for (let k = 0; k < qs; k++) {
        const q = r.pick(qsBank);
        const body: Record<string, unknown> = { model, instructions: "Answer from the attached document only; cite page numbers. If it is not in the document, say so.", input: k === 0 || !prev ? [{ role: "user", content: [respFile(d, model), { type: "input_text", text: q }] }] : [{ role: "user", content: [{ type: "input_text", text: q }] }], max_output_tokens: 1200 };
        if (prev) body.previous_response_id = prev;
        const p = promptTokens(body) + ctx;
        const out = comp(r, 260, 0.55, 1200, 20);
        prev = c.responses(t, key, r.pick(fl), body, out, ctx);
        ctx = p + out;
        n++;
        t += r.int(30, 420) * SEC;
      }
    } else {
      const d = honestDoc(r, `pdfchat/${id++}`, r.int(2, 14), true);
      const model = r.chance(0.7) ? "claude-sonnet-4-5" : "claude-haiku-4-5";
      const docPart = antDoc(d, model, { cache: true, citations: r.chance(0.5) });
      const hist: Msg[] = [];
      for (let k = 0; k < qs; k++) {
        const q = r.pick(qsBank);
        hist.push({ role: "user", content: k === 0 ? [docPart, { type: "text", text: q }] : q });
        c.messages(t, ant, r.pick(fl), { model, max_tokens: 1500, messages: hist.slice(), metadata: { user_id: user } }, comp(r, 280, 0.55, 1500, 20));
        hist.push({ role: "assistant", content: r.pick(B.DOC_ANSWER) });
        n++;
        t += r.int(30, 420) * SEC;
      }
    }
  }
}

// ---------------------------------------------------------------- 6. insurance claims photo triage
export function claims(c: Ctx): void {
  const r = c.r;
  const k1 = c.key("ant"), k2 = c.key("ant");
  const fl = fleet(r, CLOUD.awsIre, 3);
  const sys = "You triage property and motor insurance claims from customer photos. Return JSON only: {\"damage_type\", \"visible_parts\": [], \"severity\": \"minor|moderate|severe|total_loss\", \"consistent_with_description\": bool, \"fraud_flags\": [], \"needs_adjuster\": bool, \"notes\"}. Do not identify people.";
  let n = 0, id = 0;
  while (n < 2200) {
    const key = r.chance(0.6) ? k1 : k2;
    const t = when(r, 1, r.chance(0.8) ? "office" : "consumer");
    const claim = `CLM-${r.int(2026100000, 2026999999)}`;
    const model = "claude-sonnet-4-5";
    const sets = r.chance(0.15) ? 2 : 1;
    let u = t;
    for (let s = 0; s < sets; s++) {
      const content: unknown[] = [];
      for (let j = 0; j < r.int(2, 6); j++) {
        const im = photo(r, `clm/${id++}`, r.pick([1568, 2048, 4032]), "jpeg", r.chance(0.3));
        im.url = `https://claims-intake-prod.s3.eu-west-1.amazonaws.com/${claim}/IMG_${r.int(1000, 9999)}.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA${r.alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}%2F20261210%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261210T${r.int(10, 23)}${r.int(10, 59)}00Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=${r.hex(64)}`;
        content.push(antImage(im, model));
      }
      content.push({ type: "text", text: `Claim ${claim}. Reported: ${r.pick(B.CLAIM_KIND)}. ${r.pick(B.CLAIM_NOTES)}` });
      c.messages(u, key, r.pick(fl), { model, max_tokens: 800, temperature: 0, system: sys, messages: [{ role: "user", content }] }, comp(r, 260, 0.3, 800, 80));
      n++;
      u += r.int(2, 30) * HOUR;
    }
  }
}

// ---------------------------------------------------------------- 7. medical form transcription
export function medicalForms(c: Ctx): void {
  const r = c.r;
  const kUs = c.key("ant"), kEu = c.key("proj");
  const hospUs = fleet(r, HOME.US[1], 2), hospEu = fleet(r, HOME.NL[0], 2);
  const sys = "Transcribe the scanned clinical form into the JSON structure for the EHR import: every field label with its handwritten or typed value, checkboxes as true/false, illegible values as null with a confidence note. No interpretation, no diagnosis.";
  let id = 0;
  for (let i = 0; i < 2800; i++) {
    const us = r.chance(0.6);
    const t = when(r, us ? -5 : 1, "clinic");
    const kind = r.pick(B.FORM_KIND);
    if (us) {
      const model = "claude-sonnet-4-5";
      const np = r.weighted([[1, 5], [2, 4], [3, 2], [4, 1]] as [number, number][]);
      const pages: PdfPage[] = Array.from({ length: np }, () => ({ scan: { w: 1700, h: 2200, realBytes: 240000 } }));
      const d: Doc = { id: `med/${id++}`, filename: "scan.pdf", title: kind, pages };
      const body = { model, max_tokens: 3000, temperature: 0, system: sys, messages: [{ role: "user", content: [antDoc(d, model), { type: "text", text: `Form type: ${kind}. Facility code ${r.int(100, 999)}.` }] }] };
      c.messages(t, kUs, r.pick(hospUs), body, comp(r, 650, 0.4, 3000, 120));
    } else {
      const model = "gpt-4.1";
      const content: unknown[] = [{ type: "text", text: `Formuliertyp / form type: ${kind}` }];
      for (let p = 0; p < r.int(1, 2); p++) content.push(chatImage({ id: `med/${id++}`, fmt: "jpeg", w: 1654, h: 2339, real: 260000 }, model, "high"));
      c.chat(t, kEu, r.pick(hospEu), { model, messages: [{ role: "system", content: sys }, { role: "user", content }], temperature: 0, max_tokens: 3000, response_format: { type: "json_object" } }, comp(r, 600, 0.4, 3000, 120));
    }
  }
}

// ---------------------------------------------------------------- 8. accessibility scene descriptions
export function sceneDescriber(c: Ctx): void {
  const r = c.r;
  const oai = c.key("svc"), ant = c.key("ant");
  const fl = fleet(r, CLOUD.awsIre, 3).concat(fleet(r, CLOUD.awsUsEast, 3));
  const langs: [string, number][] = [["en", 55], ["es", 10], ["fr", 7], ["de", 8], ["it", 5], ["pt", 6], ["ja", 5], ["hi", 4]];
  const users = Array.from({ length: 650 }, () => {
    const l = r.weighted(langs);
    const cc = r.pick(B.COUNTRY[l as Lang] ?? ["US"]);
    return { id: uid(r, "vi"), l, tz: TZ[cc] ?? 0, claude: r.chance(0.2) };
  });
  const sys = "You are the eyes of a blind or low-vision user. Describe what matters first (hazards, text, people's positions), briefly and practically, in the user's language. Read any text exactly. Say when you are not sure.";
  let n = 0, id = 0;
  while (n < 5000) {
    const u = r.pick(users);
    let t = when(r, u.tz, "consumer");
    const k = r.int(1, 6);
    for (let j = 0; j < k; j++) {
      const im = photo(r, `eye/${id++}`, r.pick([768, 1024]), "jpeg");
      const ask = r.chance(0.3) ? "" : r.pick(B.SCENE_ASK[u.l] ?? B.SCENE_ASK.en);
      if (u.claude) {
        const model = "claude-haiku-4-5";
        const content: unknown[] = [antImage(im, model)];
        if (ask) content.push({ type: "text", text: ask });
        c.messages(t, ant, r.pick(fl), { model, max_tokens: 300, system: sys, messages: [{ role: "user", content }], metadata: { user_id: u.id } }, comp(r, 75, 0.5, 300, 8));
      } else {
        const model = r.chance(0.7) ? "gpt-4o" : "gpt-4.1-mini";
        const content: unknown[] = [chatImage(im, model, r.chance(0.6) ? "low" : "auto")];
        if (ask) content.push({ type: "text", text: ask });
        c.chat(t, oai, r.pick(fl), { model, messages: [{ role: "system", content: sys }, { role: "user", content }], max_tokens: 300, user: u.id, stream: true, stream_options: { include_usage: true } }, comp(r, 70, 0.5, 300, 8));
      }
      n++;
      t += r.int(15, 150) * SEC;
    }
  }
}

// ---------------------------------------------------------------- 9. slide-deck summariser (Responses, file_url)
export function slides(c: Ctx): void {
  const r = c.r;
  const k1 = c.key("proj"), k2 = c.key("proj");
  const fl = fleet(r, CLOUD.azureEu, 3);
  let n = 0;
  while (n < 1200) {
    const us = r.chance(0.35);
    let t = when(r, us ? -6 : 1, "office");
    const pages: PdfPage[] = Array.from({ length: r.int(8, 40) }, () => ({ lines: Array(r.int(4, 12)).fill("x".repeat(r.int(20, 60))) }));
    const d: Doc = { id: `deck/${n}`, filename: "deck.pdf", title: r.pick(B.DECK_TOPIC), pages, url: `https://files.deckly.app/d/${r.alnum(20)}.pdf?sig=${r.hex(40)}&exp=${1765400000 + r.int(0, 400000)}` };
    const model = r.pick(["gpt-4.1", "gpt-4o"]);
    for (let j = 0; j < (r.chance(0.2) ? 2 : 1); j++) {
      const body = { model, instructions: "You summarise slide decks for busy readers. Keep numbers exact; do not invent data not on the slides.", input: [{ role: "user", content: [respFile(d, model), { type: "input_text", text: `${r.pick(B.DECK_ASK)} Deck: ${d.title}.` }] }], max_output_tokens: 2500, store: r.chance(0.5) };
      c.responses(t, us ? k2 : k1, r.pick(fl), body, comp(r, 750, 0.45, 2500, 120));
      n++;
      t += r.int(60, 900) * SEC;
    }
  }
}

// ---------------------------------------------------------------- 10. developers debugging with screenshots
export function devShots(c: Ctx): void {
  const r = c.r;
  const ccs = ["US", "US", "DE", "GB", "FR", "IN", "BR", "PL", "NL", "ES", "CA", "JP", "KR", "VN", "NG", "TR", "SE", "AU"];
  let id = 0;
  for (let d = 0; d < 36; d++) {
    const cc = r.pick(ccs);
    const ant = r.chance(0.45);
    const key = c.key(ant ? "ant" : "proj");
    let src = home(r, cc);
    const total = r.int(30, 110);
    for (let i = 0; i < total; ) {
      let t = when(r, TZ[cc] ?? 0, "dev");
      if (r.chance(0.05)) src = home(r, cc);
      const turns = r.int(1, 4);
      const withShot = r.chance(0.45);
      const model = ant ? r.pick(["claude-sonnet-4-5", "claude-sonnet-4-5", "claude-opus-4-1"]) : r.pick(["gpt-4.1", "gpt-4.1", "o4-mini", "gpt-4o"]);
      const hist: Msg[] = [];
      const firstText = withShot ? `${r.pick(B.DEV_ASK)}${r.chance(0.5) ? "\n" + r.pick(B.DEV_ERR) : ""}` : r.pick(B.DEV_TEXT);
      const shot = withShot ? screenshot(r, `dev/${id++}`) : undefined;
      if (ant) hist.push({ role: "user", content: shot ? [antImage(shot, model), { type: "text", text: firstText || "?" }] : firstText });
      else hist.push({ role: "user", content: shot ? [{ type: "text", text: firstText || "?" }, chatImage(shot, model)] : firstText });
      for (let k = 0; k < turns && i < total; k++, i++) {
        const out = comp(r, 380, 0.6, 4000, 30);
        if (ant) c.messages(t, key, src, { model, max_tokens: 4096, messages: hist.slice() }, out);
        else c.chat(t, key, src, { model, messages: hist.slice(), ...(model === "o4-mini" ? { max_completion_tokens: 8000 } : { max_tokens: 4000 }) }, model === "o4-mini" ? out * 3 : out);
        hist.push({ role: "assistant", content: "Looks like the port is still held by a previous process; stop it or change PORT. Also check the import path." });
        hist.push({ role: "user", content: r.pick(["still failing", "that fixed it, but now this", "ok what about the tests", "thanks", "can you show the full file"]) });
        t += r.int(60, 900) * SEC;
      }
    }
  }
}

// ---------------------------------------------------------------- 11. menu and sign translation for travellers
export function menuTranslate(c: Ctx): void {
  const r = c.r;
  const k = c.key("proj"), k2 = c.key("svc");
  const fl = fleet(r, CLOUD.gcpUs, 3).concat(fleet(r, CLOUD.gcpTw, 2));
  const placeTz: Record<string, number> = { Tokyo: 9, Osaka: 9, Seoul: 9, Bangkok: 7, Taipei: 8, Lisbon: 0, Rome: 1, Istanbul: 3, "Mexico City": -6, Hanoi: 7, Paris: 1, Athens: 2, Marrakesh: 1, Prague: 1 };
  const langs: [string, number][] = [["en", 45], ["de", 12], ["fr", 10], ["es", 9], ["pt", 5], ["ko", 6], ["zh", 7], ["ja", 6]];
  let n = 0, id = 0;
  while (n < 3500) {
    const l = r.weighted(langs);
    const place = r.pick(B.MENU_PLACE);
    let t = when(r, placeTz[place] ?? 0, "traveller");
    const user = uid(r, "trv");
    const reqs = r.int(1, 4);
    for (let j = 0; j < reqs; j++) {
      const menu = r.chance(0.6);
      const model = menu ? "gpt-4o" : "gpt-4o-mini";
      const im = photo(r, `menu/${id++}`, r.pick([1024, 1280, 1536]));
      const content = [{ type: "text", text: `${r.pick(B.MENU_ASK[l] ?? B.MENU_ASK.en)} (I'm in ${place}; answer in ${B.LANG_NAME[l as Lang]})` }, chatImage(im, model, menu ? "high" : "low")];
      c.chat(t, r.chance(0.3) ? k2 : k, r.pick(fl), { model, messages: [{ role: "system", content: "You help travellers read menus and signs. Translate faithfully, explain unfamiliar dishes in a few words, flag common allergens." }, { role: "user", content }], max_tokens: 1200, user }, menu ? comp(r, 380, 0.45, 1200, 40) : comp(r, 60, 0.5, 1200, 10));
      n++;
      t += r.int(20, 600) * SEC;
    }
  }
}

// ---------------------------------------------------------------- 12. law firm office: 24 keys behind one NAT, documents
export function officeDocs(c: Ctx): void {
  const r = c.r;
  const nat = { ip: `62.157.${r.int(10, 250)}.${r.int(2, 250)}`, asn: 3320, country: "DE" };
  const sys = "Du bist der interne Assistent der Kanzlei Brandt & Oyelaran (München). Antworte präzise, auf Deutsch oder in der Sprache der Anfrage. Keine Rechtsberatung gegenüber Dritten; Entwürfe immer als Entwurf kennzeichnen.";
  let id = 0;
  for (let e = 0; e < 24; e++) {
    const claude = r.chance(0.7);
    const key = c.key(claude ? "ant" : "proj");
    for (let day = 0; day < 4; day++) {
      const t0 = local(day, 0, 1);
      if (weekday(t0 + 12 * HOUR, 1) === 0 && !r.chance(0.1)) continue;
      const wk = weekday(t0 + 12 * HOUR, 1) === 6 || weekday(t0 + 12 * HOUR, 1) === 0;
      const k = wk ? r.int(1, 5) : r.int(18, 44);
      for (let i = 0; i < k; i++) {
        const t = when(r, 1, "office", t0, t0 + DAY);
        const withDoc = r.chance(0.42);
        if (claude) {
          const model = "claude-sonnet-4-5";
          let content: unknown;
          if (withDoc) {
            const d = honestDoc(r, `off/${id++}`, r.int(3, 16), true);
            content = [r.chance(0.75) ? antDoc(d, model, { citations: r.chance(0.3) }) : antTextDoc(d.pages.flatMap((p) => p.lines ?? []).join("\n"), d.title), { type: "text", text: r.pick(B.OFFICE_ASK) }];
          } else content = r.pick(B.OFFICE_TEXT);
          c.messages(t, key, nat, { model, max_tokens: 4096, system: sys, messages: [{ role: "user", content }] }, comp(r, withDoc ? 650 : 260, 0.5, 4096, 30));
        } else {
          const model = "gpt-4.1";
          const content: unknown = withDoc ? [chatFile(honestDoc(r, `off/${id++}`, r.int(2, 12), true), model), { type: "text", text: r.pick(B.OFFICE_ASK) }] : r.pick(B.OFFICE_TEXT);
          c.chat(t, key, nat, { model, messages: [{ role: "system", content: sys }, { role: "user", content }], max_tokens: 4000 }, comp(r, withDoc ? 600 : 250, 0.5, 4000, 30));
        }
      }
    }
  }
}

// ---------------------------------------------------------------- 13. individual text chat users
export function textIndividuals(c: Ctx): void {
  const r = c.r;
  const langs: [string, number][] = [["en", 50], ["es", 9], ["de", 8], ["fr", 7], ["pt", 7], ["hi", 7], ["ja", 6], ["id", 6]];
  for (let i = 0; i < 90; i++) {
    const l = r.weighted(langs);
    const cc = r.pick(B.COUNTRY[l as Lang] ?? ["US"]);
    const ant = r.chance(0.35);
    const key = c.key(ant ? "ant" : r.chance(0.3) ? "legacy" : "proj");
    let src = home(r, cc);
    const total = r.int(8, 40);
    for (let j = 0; j < total; ) {
      let t = when(r, TZ[cc] ?? 0, "consumer");
      if (r.chance(0.1)) src = home(r, cc);
      const hist: Msg[] = [{ role: "user", content: r.pick(B.CHAT[l] ?? B.CHAT.en) }];
      const turns = r.int(1, 4);
      for (let k = 0; k < turns && j < total; k++, j++) {
        const out = comp(r, 350, 0.6, 2000, 20);
        if (ant) c.messages(t, key, src, { model: r.pick(["claude-sonnet-4-5", "claude-haiku-4-5"]), max_tokens: 2000, messages: hist.slice() }, out);
        else c.chat(t, key, src, { model: r.pick(["gpt-4o", "gpt-4.1-mini", "gpt-4o-mini"]), messages: hist.slice() }, out);
        hist.push({ role: "assistant", content: "Here are a few ideas to start with." }, { role: "user", content: r.pick(["more", "shorter please", "thanks!", "can you make it funnier", "and for 6 people?", "in a table"]) });
        t += r.int(30, 600) * SEC;
      }
    }
  }
}

// ---------------------------------------------------------------- 14. text-only support bot
export function textSupport(c: Ctx): void {
  const r = c.r;
  const k = c.key("svc"), k2 = c.key("svc");
  const fl = fleet(r, CLOUD.awsUsEast, 4);
  const sys = "You are the customer service assistant of Parcelino. You can look up orders with the tool. Be brief and kind; offer a refund only via the tool when policy allows.";
  const tools = [{ type: "function", function: { name: "lookup_order", description: "Get status of an order", parameters: { type: "object", properties: { order_id: { type: "string" } }, required: ["order_id"] } } }, { type: "function", function: { name: "open_refund", description: "Open a refund case", parameters: { type: "object", properties: { order_id: { type: "string" }, reason: { type: "string" } }, required: ["order_id", "reason"] } } }];
  let n = 0;
  while (n < 3000) {
    let t = when(r, r.pick([-5, 1, 1]), "global");
    const ord = String(r.int(4000000, 4999999));
    const hist: Msg[] = [{ role: "system", content: sys }, { role: "user", content: r.pick(B.TICKETS).replace("{n}", ord) }];
    const turns = r.int(1, 4);
    for (let j = 0; j < turns; j++) {
      c.chat(t, r.chance(0.8) ? k : k2, r.pick(fl), { model: "gpt-4.1-mini", messages: hist.slice(), tools, temperature: 0.3, max_tokens: 500 }, comp(r, 90, 0.5, 500, 12));
      n++;
      hist.push({ role: "assistant", content: `Order ${ord} is in transit and should arrive within 2 days.` }, { role: "user", content: r.pick(["ok", "that's not good enough", "can I get a refund?", "thanks", "it says delivered but it isn't here"]) });
      t += r.int(20, 240) * SEC;
    }
  }
}

// ---------------------------------------------------------------- 15. voice memos (audio input)
export function voiceNotes(c: Ctx): void {
  const r = c.r;
  const k = c.key("proj"), k2 = c.key("proj");
  const fl = fleet(r, CLOUD.awsUsWest, 3);
  const users = Array.from({ length: 500 }, () => ({ id: uid(r, "m"), tz: r.pick([-8, -6, -5, 0, 1, 1, 2, 10]) }));
  for (let i = 0; i < 1800; i++) {
    const u = r.pick(users);
    const t = when(r, u.tz, "consumer");
    const secs = Math.round(r.logn(45, 0.7)) + 5;
    const ask = r.pick(B.VOICE_ASK);
    const content: unknown[] = [chatAudio(`memo/${i}`, r.chance(0.7) ? "mp3" : "wav", Math.min(secs, 600))];
    if (ask) content.unshift({ type: "text", text: ask });
    c.chat(t, r.chance(0.85) ? k : k2, r.pick(fl), { model: r.pick(["gpt-4o-audio-preview", "gpt-4o-mini-audio-preview"]), modalities: ["text"], messages: [{ role: "system", content: B.VOICE_SYS }, { role: "user", content }], max_tokens: 800, user: u.id }, comp(r, 90 + secs * 1.2, 0.35, 800, 20));
  }
}

// ---------------------------------------------------------------- benchmark: a chart/diagram VQA evaluation
export function vqaBenchmark(c: Ctx): void {
  const r = c.r;
  const k = c.key("proj"), ka = c.key("ant");
  const lab = fleet(r, { asn: 1103, country: "NL", p: [[145, 100], [131, 211]] }, 2);
  const items = Array.from({ length: 1200 }, (_, i) => {
    const w = r.pick([800, 1024, 1280]);
    const h = r.pick([600, 768, 960]);
    return { im: { id: `bench/${i}`, fmt: "png" as const, w, h, real: 90000, url: `https://huggingface.co/datasets/plotqa-lab/chartreason-val/resolve/main/images/val_${String(i).padStart(5, "0")}.png` }, q: r.pick(["What is the value of the tallest bar?", "By how much did the blue series grow between the first and last year?", "Which category has the smallest share?", "What is the difference between the two highest points?", "Is the trend of the red line increasing or decreasing after 2015?", "How many bars exceed 40?"]) };
  });
  // Friday night full run on gpt-4.1, Saturday afternoon 60 % rerun with CoT on Claude
  let t = local(1, 21, 1);
  for (const it of items) {
    const cot = r.chance(0.25);
    c.chat(t, k, r.pick(lab), { model: "gpt-4.1", messages: [{ role: "user", content: [chatImage(it.im, "gpt-4.1", "high"), { type: "text", text: `${it.q}\n${cot ? "Think step by step, then give the final answer after 'ANSWER:'." : "Answer with a single word or number."}` }] }], temperature: 0, max_tokens: cot ? 1024 : 16 }, cot ? comp(r, 260, 0.4, 1024, 40) : r.int(1, 6));
    t += r.int(700, 2500);
  }
  t = local(2, 14, 1);
  for (const it of items.slice(0, 720)) {
    c.messages(t, ka, r.pick(lab), { model: "claude-sonnet-4-5", max_tokens: 1024, temperature: 0, messages: [{ role: "user", content: [antImage(it.im, "claude-sonnet-4-5"), { type: "text", text: `${it.q}\nThink step by step, then give the final answer after 'ANSWER:'.` }] }] }, comp(r, 240, 0.4, 1024, 40));
    t += r.int(900, 3000);
  }
}

