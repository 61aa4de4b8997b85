/**
 * Content parts for images, files, documents and audio in the three APIs (chat completions,
 * Responses, Anthropic messages), each registered with the input tokens it is billed.
 */
import { audioBytes, audioTokens, buildPdf, dataUrl, type Detail, imageBytes, imageTokens, media, MIME, type ImgFmt, type PdfPage, pdfTokens, R, tok } from "./core.ts";

export interface Img {
  id: string;
  fmt: ImgFmt;
  w: number;
  h: number;
  /** the real file size the bytes stand for */
  real: number;
  /** by URL when set, else inline base64 */
  url?: string;
}
const b64cache = new Map<string, string>();
function imgData(im: Img): string {
  let s = b64cache.get(im.id);
  if (s === undefined) {
    s = dataUrl(MIME[im.fmt], imageBytes(im.id, im.fmt, im.w, im.h, im.real));
    if (b64cache.size > 2000) b64cache.clear();
    b64cache.set(im.id, s);
  }
  return s;
}
/** A phone photo downscaled by an app (long edge `edge`). */
export function photo(r: R, id: string, edge: number, fmt: ImgFmt = "jpeg", portrait = r.chance(0.7)): Img {
  const short = Math.round((edge * r.pick([3, 3, 3, 9, 2])) / r.pick([4, 4, 4, 16, 3]));
  const [w, h] = portrait ? [short, edge] : [edge, short];
  return { id, fmt, w, h, real: Math.round(w * h * r.pick([0.12, 0.15, 0.2, 0.25])) };
}
export function screenshot(r: R, id: string): Img {
  const [w, h] = r.pick([[1920, 1080], [1440, 900], [2560, 1440], [1366, 768], [1170, 2532], [1080, 2400], [2880, 1800], [1280, 720], [1600, 1000]]);
  return { id, fmt: r.chance(0.85) ? "png" : "jpeg", w, h, real: Math.round(w * h * r.pick([0.15, 0.25, 0.4])) };
}
export function chatImage(im: Img, model: string, detail?: Detail): Record<string, unknown> {
  const image_url: Record<string, unknown> = { url: im.url ?? imgData(im) };
  if (detail) image_url.detail = detail;
  return media({ type: "image_url", image_url }, imageTokens(model, im.w, im.h, detail ?? "auto"));
}
export function respImage(im: Img, model: string, detail: Detail = "auto"): Record<string, unknown> {
  return media({ type: "input_image", image_url: im.url ?? imgData(im), detail }, imageTokens(model, im.w, im.h, detail));
}
export function antImage(im: Img, model: string, cache = false): Record<string, unknown> {
  const source = im.url ? { type: "url", url: im.url } : { type: "base64", media_type: MIME[im.fmt], data: imgData(im).split(",")[1] };
  const p: Record<string, unknown> = { type: "image", source };
  if (cache) p.cache_control = { type: "ephemeral" };
  return media(p, imageTokens(model, im.w, im.h));
}

export interface Doc {
  id: string;
  filename: string;
  title: string;
  /** pages with their text or scans; the bytes are built only when the PDF is sent inline */
  pages: PdfPage[];
  url?: string;
  fileId?: string;
}
const pdfCache = new Map<string, string>();
export function pdfB64(d: Doc): string {
  let s = pdfCache.get(d.id);
  if (s === undefined) {
    s = buildPdf(d.id, d.pages, d.title).toString("base64");
    if (pdfCache.size > 400) pdfCache.clear();
    pdfCache.set(d.id, s);
  }
  return s;
}
export function chatFile(d: Doc, model: string): Record<string, unknown> {
  const file = d.fileId ? { file_id: d.fileId } : { filename: d.filename, file_data: `data:application/pdf;base64,${pdfB64(d)}` };
  return media({ type: "file", file }, pdfTokens(model, d.pages));
}
export function respFile(d: Doc, model: string): Record<string, unknown> {
  const p: Record<string, unknown> = d.fileId ? { type: "input_file", file_id: d.fileId } : d.url ? { type: "input_file", file_url: d.url } : { type: "input_file", filename: d.filename, file_data: `data:application/pdf;base64,${pdfB64(d)}` };
  return media(p, pdfTokens(model, d.pages));
}
export function antDoc(d: Doc, model: string, opts: { cache?: boolean; citations?: boolean; context?: string } = {}): Record<string, unknown> {
  const source = d.url ? { type: "url", url: d.url } : { type: "base64", media_type: "application/pdf", data: pdfB64(d) };
  const p: Record<string, unknown> = { type: "document", source };
  if (d.title && opts.citations !== undefined) p.title = d.title;
  if (opts.context) p.context = opts.context;
  if (opts.citations) p.citations = { enabled: true };
  if (opts.cache) p.cache_control = { type: "ephemeral" };
  return media(p, pdfTokens(model, d.pages));
}
export function antTextDoc(text: string, title?: string, citations = false): Record<string, unknown> {
  const p: Record<string, unknown> = { type: "document", source: { type: "text", media_type: "text/plain", data: text } };
  if (title) p.title = title;
  if (citations) p.citations = { enabled: true };
  return media(p, tok(text) + 12);
}
export function chatAudio(id: string, fmt: "mp3" | "wav", seconds: number): Record<string, unknown> {
  return media({ type: "input_audio", input_audio: { data: audioBytes(id, fmt, seconds).toString("base64"), format: fmt } }, audioTokens(seconds));
}
