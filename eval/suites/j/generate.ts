/**
 * Suite j: multimodal and file-bearing traffic (Thu 2026-12-10 to Mon 2026-12-14 UTC, four days).
 * Honest products whose users send photos, screenshots, PDFs and voice, next to harvests that move
 * the ask into an image, a PDF, a text document or audio. Deterministic: the same --seed gives the
 * same bytes.
 *
 *   node --experimental-strip-types --no-warnings eval/suites/j/generate.ts --seed 1 --out DIR [--stats]
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { type Cls, Ctx, Sink } from "./core.ts";
import * as H from "./honest.ts";
import * as D from "./distill.ts";

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const seed = Number(opt("--seed") ?? 1);
const out = opt("--out");
if (!out || !Number.isFinite(seed)) {
  console.error("usage: generate.ts --seed N --out DIR [--stats]");
  process.exit(2);
}

type Gen = [name: string, cls: Cls, family: string, what: string, fn: (c: Ctx) => void];
export const SCENARIOS: Gen[] = [
  ["photo-homework", "honest", "photo-homework", "student app: phone photos of homework (base64 JPEG), 'solve this' or no text in 16 languages, step-by-step answers, follow-ups resending the photo", H.photoHomework],
  ["receipt-ocr", "honest", "receipt-extraction", "expense app: receipt photos and invoice PDFs (chat file parts) to a strict JSON schema, temperature 0, short answers", H.receiptOcr],
  ["catalogue-alt-text", "honest", "ecommerce-vision", "e-commerce platform: alt text at low detail and product copy at high detail from merchants' CDN image URLs, nightly import backlog", H.altText],
  ["support-screenshots", "honest", "support-screenshots", "SaaS support bot on Anthropic: users attach screenshots (base64 PNG), cached help notes, multi-turn", H.supportShots],
  ["pdf-chat", "honest", "document-qa", "chat-with-your-PDF: uploads then Responses input_file by file_id chained with previous_response_id, or Anthropic base64 PDFs with cache_control; several questions per document", H.pdfChat],
  ["claims-triage", "honest", "claims-photos", "insurer: 2-6 damage photos per claim by presigned S3 URL (Anthropic url source), JSON triage, some second photo sets", H.claims],
  ["medical-forms", "honest", "form-transcription", "clinical form transcription: scanned PDFs (Anthropic document) and scans (chat image_url) from two hospital networks, temperature 0", H.medicalForms],
  ["scene-describer", "honest", "accessibility-vision", "accessibility app for blind users: short scene descriptions at human pace, low detail, 8 languages", H.sceneDescriber],
  ["slide-summariser", "honest", "deck-summaries", "slide decks by file_url (Responses input_file), 8-40 pages, long summaries, office hours", H.slides],
  ["dev-screenshots", "honest", "developer-individuals", "36 developers on home networks: terminal/browser screenshots and text questions, multi-turn, both APIs", H.devShots],
  ["menu-translate", "honest", "travel-translation", "travel app: photographed menus (high detail) and signs (low detail) translated for travellers in 8 languages", H.menuTranslate],
  ["office-docs-nat", "honest", "office-shared-network", "Munich law firm: 24 keys behind one NAT, contracts as base64 PDFs / text documents / chat file parts, German system prompt, text chats", H.officeDocs],
  ["text-individuals", "honest", "text-chat", "90 individual users on home networks, ordinary text chats in 8 languages (text only)", H.textIndividuals],
  ["text-support-bot", "honest", "text-support", "parcel company's text support bot with order tools (text only)", H.textSupport],
  ["voice-memos", "honest", "audio-notes", "voice-memo app: input_audio (mp3/wav, 5 s-10 min) to tidy notes and to-dos", H.voiceNotes],
  ["chart-vqa-benchmark", "benchmark", "benchmark-vqa", "a lab running a public chart-reasoning VQA set by dataset URLs: 1,200 items once, 720 rerun with CoT on Claude", H.vqaBenchmark],
  ["rendered-asks", "distill", "image-rendered-asks", "hard questions rendered into PNGs (base64 or R2 URLs), a generic note or no text, long answers, 12 cloud keys", D.renderedAsks],
  ["pdf-url-asks", "distill", "pdf-asks", "problem sets inside PDFs: Responses file_url, Anthropic document url, chat file parts inline; answer-everything notes", D.pdfUrlAsks],
  ["thinking-in-image", "distill", "thinking-image", "extended thinking (16k-32k budgets) and reasoning_effort high where the whole ask is an image", D.thinkingImage],
  ["caption-vqa-farm", "distill", "vision-captions", "captioning/VQA harvest for a multimodal student: distinct web images by URL, exhaustive descriptions and Q&A pairs, 10 keys", D.captionFarm],
  ["ocr-markdown-harvest", "distill", "ocr-markdown", "page-by-page OCR-to-Markdown of paper scans (PDF pages and PNG pages), temperature 0", D.ocrHarvest],
  ["mixed-image-farm", "distill", "key-farm-images", "140 keys on residential addresses, 15-40 requests each, image asks behind homework-like notes mixed with text decoys", D.mixedFarm],
  ["low-slow-images", "distill", "low-and-slow", "24 keys, one address each, 22-36 small low-detail question images a day at office hours for four days", D.lowSlow],
  ["tile-budget-harvest", "distill", "token-minimising", "images sized to one or two tiles at high detail and 4-question grids at low detail, chat and Responses", D.tileBudget],
  ["audio-asks", "distill", "audio-asks", "synthetic spoken questions in input_audio, worked answers", D.audioAsks],
  ["doc-text-asks", "distill", "document-asks", "Anthropic plain-text document blocks holding 12-30 questions, 16k-token answers", D.docTextAsks],
  ["text-cot-harvest", "distill", "text-reasoning", "plain text reasoning harvest (contrast), multilingual hard questions with CoT asks", D.textCot],
];

const t0 = Date.now();
const sink = new Sink();
for (const [name, cls, family, what, fn] of SCENARIOS) fn(new Ctx(sink, name, cls, family, what, seed));
sink.lines.sort((a, b) => a.ts - b.ts || a.seq - b.seq);
mkdirSync(out, { recursive: true });
const fd = openSync(join(out, "trace.jsonl"), "w");
let buf: string[] = [];
let size = 0;
for (const l of sink.lines) {
  buf.push(l.text);
  size += l.text.length;
  if (size > 8_000_000) {
    writeSync(fd, buf.join("\n") + "\n");
    buf = [];
    size = 0;
  }
}
if (buf.length) writeSync(fd, buf.join("\n") + "\n");
closeSync(fd);
writeFileSync(join(out, "keys.json"), JSON.stringify(sink.labels) + "\n");

if (argv.includes("--stats")) {
  let keys = 0, reqs = 0;
  const byCls: Record<string, [number, number, number]> = {};
  console.log("| scenario | class | family | keys | requests | inline media | mean prompt | mean completion |");
  console.log("|---|---|---|---:|---:|---:|---:|---:|");
  for (const [name, s] of sink.stats) {
    const f = (x: number) => x.toLocaleString("en-US");
    console.log(`| ${name} | ${s.cls} | ${s.family} | ${s.keys} | ${f(s.requests)} | ${f(s.media)} | ${f(Math.round(s.prompt / s.requests))} | ${f(Math.round(s.completion / s.requests))} |`);
    keys += s.keys;
    reqs += s.requests;
    const b = (byCls[s.cls] ??= [0, 0, 0]);
    b[0]++;
    b[1] += s.keys;
    b[2] += s.requests;
  }
  console.log(`| **total** | | | ${keys} | ${reqs.toLocaleString("en-US")} | | | |`);
  for (const [cls, [n, k, q]] of Object.entries(byCls)) console.log(`${cls}: ${n} scenarios, ${k} keys, ${q} requests`);
  const paths: Record<string, number> = {};
  for (const l of sink.lines) {
    const m = /"method":"(\w+)","path":"([^"]+)"/.exec(l.text);
    if (m) {
      const p = `${m[1]} ${m[2].replace(/\/resp_[0-9a-f]+/, "/{id}")}`;
      paths[p] = (paths[p] ?? 0) + 1;
    }
  }
  console.log("routes: " + Object.entries(paths).map(([p, n]) => `${p} ${n}`).join(", "));
  const first = sink.lines[0]?.ts, last = sink.lines[sink.lines.length - 1]?.ts;
  console.log(`window ${new Date(first).toISOString()} .. ${new Date(last).toISOString()}, ${sink.lines.length} lines, ${((Date.now() - t0) / 1000).toFixed(1)} s, rss ${(process.memoryUsage().rss / 1e9).toFixed(2)} GB`);
}
