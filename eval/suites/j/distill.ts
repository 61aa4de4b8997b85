/** Harvesting scenarios of suite j: answers taken at scale through images, files, documents and audio. */
import * as B from "./banks.ts";
import type { QLang } from "./banks.ts";
import { CLOUD, comp, Ctx, DAY, type Detail, END, fleet, home, HOUR, ipIn, MIN, type Net, type PdfPage, promptTokens, R, SEC, type Src, T0, TZ, when } from "./core.ts";
import { antDoc, antImage, antTextDoc, chatAudio, chatFile, chatImage, type Doc, type Img, respFile, respImage } from "./parts.ts";

/** Work sessions: 1-3 a day at the team's hours (or any hour), regular gaps inside, a few pauses. */
function sessions(r: R, n: number, gap: [number, number], tz: number | null, perDay: [number, number] = [1, 3]): number[] {
  const out: number[] = [];
  const plan: number[] = [];
  for (let d = 0; d < 4; d++) {
    const k = r.int(perDay[0], perDay[1]);
    for (let i = 0; i < k; i++) {
      const h = tz === null ? r.next() * 24 : 8 + r.next() * 13 - tz;
      plan.push(T0 + d * DAY + h * HOUR);
    }
  }
  plan.sort((a, b) => a - b);
  const each = Math.ceil(n / plan.length);
  for (const s of plan) {
    let t = s;
    for (let i = 0; i < each && out.length < n; i++) {
      out.push(Math.floor(t));
      t += r.int(gap[0], gap[1]);
      if (r.chance(0.03)) t += r.int(1, 6) * MIN;
    }
  }
  return out.filter((t) => t >= T0 && t < END).sort((a, b) => a - b);
}
/** A question rendered into a PNG: wide, short, text compresses well. */
function rendered(r: R, id: string, q: string, url?: string): Img {
  const w = r.pick([900, 1000, 1200, 1400, 1600]);
  const lines = Math.max(1, Math.ceil(q.length / (w / 14)));
  const h = 80 + lines * r.int(34, 46) + (r.chance(0.2) ? r.int(100, 300) : 0);
  return { id, fmt: "png", w, h, real: Math.round(w * h * r.pick([0.05, 0.08, 0.12])), url };
}
const bucket = (r: R) => `https://pub-${r.hex(32)}.r2.dev`;
const qlang = (r: R): QLang => r.weighted(B.Q_LANGS);

// ---------------------------------------------------------------- H1. asks rendered into images
export function renderedAsks(c: Ctx): void {
  const r = c.r;
  const nets: Net[] = [CLOUD.vultr, CLOUD.digitalocean, CLOUD.hetzner, CLOUD.alibaba, CLOUD.tencentSg, CLOUD.ovh];
  for (let k = 0; k < 12; k++) {
    const ant = k % 3 === 2;
    const key = c.key(ant ? "ant" : "proj");
    const ips = fleet(r, r.pick(nets), r.int(2, 5));
    const host = bucket(r);
    const useUrl = r.chance(0.4);
    const noText = r.chance(0.35);
    const sys = r.chance(0.5) ? "You are an expert tutor in mathematics, physics and computer science. Solve problems rigorously and completely." : undefined;
    let i = 0;
    for (const t of sessions(r, r.int(340, 460), [4000, 16000], null)) {
      const q = B.hardQuestion(r, qlang(r));
      const im = rendered(r, `ra/${k}/${i++}`, q, useUrl ? `${host}/q/${r.hex(8)}.png` : undefined);
      const note = noText ? "" : r.pick(B.IMG_NOTES);
      if (ant) {
        const model = r.pick(["claude-sonnet-4-5", "claude-opus-4-1"]);
        const content: unknown[] = [antImage(im, model)];
        if (note) content.push({ type: "text", text: note });
        const body: Record<string, unknown> = { model, max_tokens: 8192, messages: [{ role: "user", content }] };
        if (sys) body.system = sys;
        c.messages(t, key, r.pick(ips), body, comp(r, 1900, 0.4, 8192, 400));
      } else {
        const model = r.pick(["gpt-4.1", "gpt-4o", "gpt-4.1"]);
        const content: unknown[] = [chatImage(im, model, r.chance(0.5) ? "high" : undefined)];
        if (note) content.unshift({ type: "text", text: note });
        const msgs: unknown[] = sys ? [{ role: "system", content: sys }] : [];
        msgs.push({ role: "user", content });
        c.chat(t, key, r.pick(ips), { model, messages: msgs, max_tokens: 6000, temperature: r.pick([0.2, 0.7, 1]) }, comp(r, 1700, 0.4, 6000, 400));
      }
    }
  }
}

// ---------------------------------------------------------------- H2. asks hidden in PDFs by URL (and some inline)
function problemSet(r: R, id: string): Doc {
  const l = qlang(r);
  const pages: PdfPage[] = [];
  const np = r.int(1, 3);
  let q = 1;
  for (let p = 0; p < np; p++) {
    const lines: string[] = [p === 0 ? `Problem set ${r.int(1, 40)}` : `(continued)`];
    for (let j = 0; j < r.int(1, 3); j++) lines.push(`${q++}. ${B.hardQuestion(r, l)}`);
    pages.push({ lines });
  }
  return { id, filename: `set_${r.hex(6)}.pdf`, title: "Problem set", pages };
}
export function pdfUrlAsks(c: Ctx): void {
  const r = c.r;
  for (let k = 0; k < 6; k++) {
    const mode = k % 3; // 0 Responses file_url, 1 Anthropic document url, 2 chat file inline
    const key = c.key(mode === 1 ? "ant" : "proj");
    const ips = fleet(r, r.pick([CLOUD.awsSingapore, CLOUD.gcpUs, CLOUD.m247, CLOUD.leaseweb]), 3);
    const host = mode === 0 ? `https://storage.googleapis.com/${r.pick(["eduset", "qa-pool", "sets"])}-${r.hex(6)}` : bucket(r);
    let i = 0;
    for (const t of sessions(r, r.int(280, 400), [8000, 30000], null)) {
      const d = problemSet(r, `pa/${k}/${i++}`);
      const note = r.pick(B.PDF_NOTES);
      if (mode === 0) {
        d.url = `${host}/batch-${r.int(1, 60)}/${d.filename}`;
        const model = r.pick(["gpt-4.1", "o4-mini"]);
        const body: Record<string, unknown> = { model, input: [{ role: "user", content: [respFile(d, model), { type: "input_text", text: note }] }], max_output_tokens: 16000, store: false };
        if (model === "o4-mini") body.reasoning = { effort: "high" };
        c.responses(t, key, r.pick(ips), body, comp(r, model === "o4-mini" ? 6000 : 3200, 0.4, 16000, 600));
      } else if (mode === 1) {
        d.url = `${host}/docs/${d.filename}`;
        const model = "claude-sonnet-4-5";
        c.messages(t, key, r.pick(ips), { model, max_tokens: 12000, messages: [{ role: "user", content: [antDoc(d, model), { type: "text", text: note }] }] }, comp(r, 3400, 0.4, 12000, 600));
      } else {
        const model = "gpt-4.1";
        c.chat(t, key, r.pick(ips), { model, messages: [{ role: "user", content: [chatFile(d, model), { type: "text", text: note }] }], max_tokens: 12000 }, comp(r, 3000, 0.4, 12000, 600));
      }
    }
  }
}

// ---------------------------------------------------------------- H3. extended thinking where the ask is in the image
export function thinkingImage(c: Ctx): void {
  const r = c.r;
  for (let k = 0; k < 5; k++) {
    const ant = k < 3;
    const key = c.key(ant ? "ant" : "proj");
    const ips = fleet(r, r.pick([CLOUD.hetzner, CLOUD.awsTokyo, CLOUD.linodeJp, CLOUD.scaleway]), 2);
    let i = 0;
    for (const t of sessions(r, r.int(250, 360), [20000, 70000], r.pick([8, 3, 1]))) {
      const q = B.hardQuestion(r, qlang(r));
      const im = rendered(r, `ti/${k}/${i++}`, q);
      const text = r.pick(["", "", "See attached.", "Solve.", "Full rigorous solution please.", "请解答。"]);
      if (ant) {
        const model = r.pick(["claude-sonnet-4-5", "claude-opus-4-1"]);
        const opus = model === "claude-opus-4-1";
        const budget = opus ? r.pick([16000, 24000]) : r.pick([16000, 24000, 32000]);
        const max = opus ? 32000 : budget + 16000;
        const content: unknown[] = [antImage(im, model)];
        if (text) content.push({ type: "text", text });
        c.messages(t, key, r.pick(ips), { model, max_tokens: max, thinking: { type: "enabled", budget_tokens: budget }, messages: [{ role: "user", content }] }, comp(r, 9000, 0.45, max, 1500));
      } else {
        const model = r.pick(["o4-mini", "o3"]);
        const content: unknown[] = [chatImage(im, model, "high")];
        if (text) content.unshift({ type: "text", text });
        c.chat(t, key, r.pick(ips), { model, messages: [{ role: "user", content }], reasoning_effort: "high", max_completion_tokens: 40000 }, comp(r, 8000, 0.45, 40000, 1200));
      }
    }
  }
}

// ---------------------------------------------------------------- H4. captioning / VQA harvest for a multimodal student
function webImage(r: R, id: string): Img {
  const tpl = r.pick(B.WEB_IMG_HOSTS);
  const url = tpl.replace("{n}", String(r.int(10000000, 99999999))).replace("{h}", r.hex(10)).replace("{h1}", r.hex(1)).replace("{h2}", r.hex(2)).replace("{w}", r.pick(B.WORDS)).replace("{m}", String(r.int(1, 12))).replace("{d}", String(r.int(1, 28)));
  const w = r.pick([1024, 1280, 1600, 2048, 800]);
  return { id, fmt: "jpeg", w, h: Math.round(w * r.pick([0.5625, 0.667, 0.75, 1, 1.333])), real: 250000, url };
}
export function captionFarm(c: Ctx): void {
  const r = c.r;
  for (let k = 0; k < 10; k++) {
    const api = k % 5 === 4 ? "ant" : k % 5 === 3 ? "resp" : "chat";
    const key = c.key(api === "ant" ? "ant" : r.chance(0.5) ? "svc" : "proj");
    const ips = fleet(r, r.pick([CLOUD.awsUsEast, CLOUD.gcpUs, CLOUD.digitalocean, CLOUD.alibaba, CLOUD.oracle]), r.int(3, 8));
    let i = 0;
    for (const t of sessions(r, r.int(560, 760), [2000, 9000], null, [2, 3])) {
      const im = webImage(r, `cap/${k}/${i++}`);
      const vqa = r.chance(0.35);
      const prompt = r.pick(vqa ? B.VQA_PROMPTS : B.CAPTION_PROMPTS);
      const out = vqa ? comp(r, 620, 0.35, 2000, 150) : comp(r, 430, 0.3, 1500, 120);
      if (api === "ant") {
        const model = "claude-sonnet-4-5";
        c.messages(t, key, r.pick(ips), { model, max_tokens: 2000, messages: [{ role: "user", content: [antImage(im, model), { type: "text", text: prompt }] }] }, out);
      } else if (api === "resp") {
        const model = "gpt-4.1";
        c.responses(t, key, r.pick(ips), { model, input: [{ role: "user", content: [{ type: "input_text", text: prompt }, respImage(im, model, "high")] }], max_output_tokens: 2000, store: false }, out);
      } else {
        const model = r.pick(["gpt-4.1", "gpt-4o"]);
        c.chat(t, key, r.pick(ips), { model, messages: [{ role: "user", content: [{ type: "text", text: prompt }, chatImage(im, model, "high")] }], max_tokens: 2000, temperature: 0.4 }, out);
      }
    }
  }
}

// ---------------------------------------------------------------- H5. OCR-to-markdown document harvest
export function ocrHarvest(c: Ctx): void {
  const r = c.r;
  for (let k = 0; k < 4; k++) {
    const ant = k % 2 === 1;
    const key = c.key(ant ? "ant" : "proj");
    const ips = fleet(r, r.pick([CLOUD.hetzner, CLOUD.ovh, CLOUD.doAms]), 3);
    const times = sessions(r, r.int(640, 820), [5000, 14000], null, [2, 3]);
    let doc = "", page = 0, pages = 0;
    for (const t of times) {
      if (page >= pages) {
        doc = `${r.int(2301, 2612)}.${r.int(10000, 29999)}`;
        pages = r.int(8, 34);
        page = 0;
      }
      page++;
      const prompt = r.pick(B.OCR_PROMPTS);
      const out = comp(r, 1350, 0.3, 4096, 300);
      if (ant) {
        const model = "claude-sonnet-4-5";
        const d: Doc = { id: `ocr/${doc}/${page}`, filename: `${doc}_p${page}.pdf`, title: "", pages: [{ scan: { w: 1700, h: 2200, realBytes: 180000 } }] };
        c.messages(t, key, r.pick(ips), { model, max_tokens: 4096, temperature: 0, messages: [{ role: "user", content: [antDoc(d, model), { type: "text", text: prompt }] }] }, out);
      } else {
        const model = "gpt-4.1";
        const im: Img = { id: `ocr/${doc}/${page}`, fmt: "png", w: 1700, h: 2200, real: 420000 };
        c.chat(t, key, r.pick(ips), { model, messages: [{ role: "system", content: "You are a precise document OCR engine." }, { role: "user", content: [{ type: "text", text: prompt }, chatImage(im, model, "high")] }], temperature: 0, max_tokens: 4096 }, out);
      }
    }
  }
}

// ---------------------------------------------------------------- H6. residential key farm mixing text decoys with image asks
export function mixedFarm(c: Ctx): void {
  const r = c.r;
  const ccs = ["US", "US", "GB", "DE", "BR", "IN", "ID", "VN", "MX", "TR", "PL", "PH", "EG", "KR", "JP", "FR", "ES", "IT", "CA", "TH"];
  let id = 0;
  for (let k = 0; k < 140; k++) {
    const cc = r.pick(ccs);
    const ant = r.chance(0.3);
    const key = c.key(ant ? "ant" : "proj");
    const start = T0 + r.next() * 3 * DAY;
    const span = r.int(1, 3) * DAY;
    const n = r.int(15, 40);
    for (let i = 0; i < n; i++) {
      const t = when(r, TZ[cc] ?? 0, "consumer", start, Math.min(END, start + span));
      const src = home(r, cc);
      const decoy = r.chance(0.42);
      if (decoy) {
        const text = r.pick(B.CHAT.en);
        if (ant) c.messages(t, key, src, { model: "claude-haiku-4-5", max_tokens: 1500, messages: [{ role: "user", content: text }] }, comp(r, 320, 0.5, 1500, 30));
        else c.chat(t, key, src, { model: "gpt-4.1-mini", messages: [{ role: "user", content: text }] }, comp(r, 320, 0.5, 2000, 30));
        continue;
      }
      const q = B.hardQuestion(r, qlang(r));
      // half the images are renders, half look like phone photos of a printed page
      const im: Img = r.chance(0.5) ? rendered(r, `mf/${id++}`, q) : { id: `mf/${id++}`, fmt: "jpeg", w: 1024, h: 1365, real: 160000 };
      const note = r.chance(0.5) ? r.pick(B.HW_ASK.en.filter((s) => s)) : r.pick(B.IMG_NOTES);
      if (ant) {
        const model = r.pick(["claude-haiku-4-5", "claude-sonnet-4-5"]);
        c.messages(t, key, src, { model, max_tokens: 4096, messages: [{ role: "user", content: [antImage(im, model), { type: "text", text: note }] }] }, comp(r, 1500, 0.4, 4096, 300));
      } else {
        const model = r.pick(["gpt-4.1-mini", "gpt-4o", "gpt-4.1"]);
        c.chat(t, key, src, { model, messages: [{ role: "user", content: [{ type: "text", text: note }, chatImage(im, model)] }], max_tokens: 4096 }, comp(r, 1500, 0.4, 4096, 300));
      }
    }
  }
}

// ---------------------------------------------------------------- H7. low and slow: small images at low detail, human hours, four days
export function lowSlow(c: Ctx): void {
  const r = c.r;
  const ccs = ["US", "DE", "NL", "GB", "SG", "JP", "CA", "FR"];
  let id = 0;
  for (let k = 0; k < 24; k++) {
    const cc = r.pick(ccs);
    const key = c.key(r.chance(0.25) ? "ant" : "proj");
    const ant = key.startsWith("sk-ant");
    const src: Src = cc === "SG" ? ipIn(r, CLOUD.vultrSg) : home(r, cc);
    const tz = TZ[cc] ?? 0;
    for (let d = 0; d < 4; d++) {
      const n = r.int(22, 36);
      for (let i = 0; i < n; i++) {
        const t = when(r, tz, "office", T0 + d * DAY, T0 + (d + 1) * DAY);
        const im: Img = { id: `ls/${id++}`, fmt: "png", w: r.pick([512, 480, 448]), h: r.pick([256, 320, 384]), real: 30000 };
        const note = r.pick(["Answer the question in the image in detail.", "Solve it and explain.", "Please help with this one, full explanation.", "Work through this carefully."]);
        if (ant) {
          const model = "claude-sonnet-4-5";
          c.messages(t, key, src, { model, max_tokens: 4096, messages: [{ role: "user", content: [antImage(im, model), { type: "text", text: note }] }] }, comp(r, 1500, 0.35, 4096, 300));
        } else {
          const model = "gpt-4o";
          c.chat(t, key, src, { model, messages: [{ role: "user", content: [{ type: "text", text: note }, chatImage(im, model, "low")] }], max_tokens: 4096 }, comp(r, 1500, 0.35, 4096, 300));
        }
      }
    }
  }
}

// ---------------------------------------------------------------- H8. tile-budget harvest: images sized to one or two tiles, grids of asks at low detail
export function tileBudget(c: Ctx): void {
  const r = c.r;
  let id = 0;
  for (let k = 0; k < 4; k++) {
    const key = c.key("proj");
    const ips = fleet(r, r.pick([CLOUD.vultr, CLOUD.m247, CLOUD.digitalocean]), 4);
    const resp = k >= 2;
    for (const t of sessions(r, r.int(560, 700), [3000, 11000], null)) {
      const grid = r.chance(0.4);
      const im: Img = grid ? { id: `tb/${id++}`, fmt: "png", w: 1024, h: 1024, real: 120000 } : { id: `tb/${id++}`, fmt: "png", w: 512, h: r.pick([512, 512, 1024]), real: 50000 };
      const detail: Detail = grid ? "low" : "high";
      const note = grid ? r.pick(["Answer all four questions in the image, each with a full solution.", "There are 4 problems. Solve each completely.", "Solve every problem shown."]) : r.pick(B.IMG_NOTES.slice(0, 6));
      const out = comp(r, grid ? 3600 : 1700, 0.35, 12000, 400);
      const model = r.pick(["gpt-4o", "gpt-4.1"]);
      if (resp) c.responses(t, key, r.pick(ips), { model, input: [{ role: "user", content: [{ type: "input_text", text: note }, respImage(im, model, detail)] }], max_output_tokens: 12000, store: false }, out);
      else c.chat(t, key, r.pick(ips), { model, messages: [{ role: "user", content: [{ type: "text", text: note }, chatImage(im, model, detail)] }], max_tokens: 12000 }, out);
    }
  }
}

// ---------------------------------------------------------------- H9. spoken questions: synthetic speech in input_audio
export function audioAsks(c: Ctx): void {
  const r = c.r;
  for (let k = 0; k < 4; k++) {
    const key = c.key("proj");
    const ips = fleet(r, r.pick([CLOUD.awsUsWest, CLOUD.gcpUs, CLOUD.azureUs]), 3);
    let i = 0;
    for (const t of sessions(r, r.int(300, 420), [7000, 20000], -6)) {
      const q = B.hardQuestion(r, "en");
      const secs = Math.max(5, Math.round(q.length / 14) + r.int(0, 3));
      const note = r.pick(B.AUDIO_NOTES);
      const content: unknown[] = [chatAudio(`aa/${k}/${i++}`, r.chance(0.6) ? "wav" : "mp3", secs)];
      if (note) content.unshift({ type: "text", text: note });
      c.chat(t, key, r.pick(ips), { model: "gpt-4o-audio-preview", modalities: ["text"], messages: [{ role: "system", content: "You are a knowledgeable teacher. Give complete worked answers." }, { role: "user", content }], max_tokens: 6000 }, comp(r, 1500, 0.4, 6000, 300));
    }
  }
}

// ---------------------------------------------------------------- H10. plain-text documents full of questions (Anthropic document blocks)
export function docTextAsks(c: Ctx): void {
  const r = c.r;
  for (let k = 0; k < 4; k++) {
    const key = c.key("ant");
    const ips = fleet(r, r.pick([CLOUD.hetzner, CLOUD.awsFra, CLOUD.alibaba]), 2);
    for (const t of sessions(r, r.int(190, 260), [30000, 90000], null)) {
      const l = qlang(r);
      const qs: string[] = [];
      for (let j = 0; j < r.int(12, 30); j++) qs.push(`Q${j + 1}. ${B.hardQuestion(r, l)}`);
      const model = r.pick(["claude-sonnet-4-5", "claude-opus-4-1"]);
      const doc = antTextDoc(qs.join("\n\n"), r.pick(["Exercises", "Worksheet", "Review questions", "Homework bank"]), r.chance(0.2));
      c.messages(t, key, r.pick(ips), { model, max_tokens: 16000, system: "Answer each numbered question in the document in depth, in the document's language, with full reasoning. Keep the numbering.", messages: [{ role: "user", content: [doc, { type: "text", text: r.pick(["Go.", "Answer all.", "Start with Q1.", "Please answer every question."]) }] }] }, comp(r, 8000, 0.35, 16000, 1500));
    }
  }
}

// ---------------------------------------------------------------- H11. text-only reasoning harvest (for contrast)
export function textCot(c: Ctx): void {
  const r = c.r;
  for (let k = 0; k < 6; k++) {
    const ant = k % 2 === 0;
    const key = c.key(ant ? "ant" : "proj");
    const ips = fleet(r, r.pick([CLOUD.tencentSg, CLOUD.digitalocean, CLOUD.hetzner, CLOUD.vultrSg]), 3);
    for (const t of sessions(r, r.int(340, 460), [6000, 20000], null)) {
      const q = B.hardQuestion(r, qlang(r));
      const cot = r.pick(B.TEXT_COT);
      const text = cot ? `${q}\n\n${cot}` : q;
      if (ant) c.messages(t, key, r.pick(ips), { model: "claude-sonnet-4-5", max_tokens: 8192, messages: [{ role: "user", content: text }] }, comp(r, 1700, 0.4, 8192, 300));
      else c.chat(t, key, r.pick(ips), { model: r.pick(["gpt-4.1", "gpt-4o"]), messages: [{ role: "user", content: text }], max_tokens: 8000, temperature: 0.7 }, comp(r, 1600, 0.4, 8000, 300));
    }
  }
}
