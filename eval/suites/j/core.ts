/**
 * Suite j infrastructure: seeded PRNG streams, the four-day clock and its curves, networks, key
 * formats, media (images, PDFs, audio) with their billed tokens, token estimates and the sink.
 */
import { deflateSync } from "node:zlib";

// ---------------------------------------------------------------- PRNG
export function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class R {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0 || 0x2545f491;
  }
  u32(): number {
    // mulberry32
    let t = (this.a = (this.a + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  next(): number {
    return this.u32() / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(a: readonly T[]): T {
    return a[Math.floor(this.next() * a.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  logn(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }
  exp(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }
  weighted<T>(items: readonly [T, number][]): T {
    let s = 0;
    for (const [, w] of items) s += w;
    let x = this.next() * s;
    for (const [v, w] of items) {
      x -= w;
      if (x <= 0) return v;
    }
    return items[items.length - 1][0];
  }
  shuffle<T>(a: T[]): T[] {
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
  hex(n: number): string {
    let s = "";
    for (let i = 0; i < n; i++) s += "0123456789abcdef"[this.u32() & 15];
    return s;
  }
  alnum(n: number, al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"): string {
    let s = "";
    for (let i = 0; i < n; i++) s += al[this.u32() % al.length];
    return s;
  }
  sub(label: string): R {
    return new R(fnv(label + ":" + this.u32()));
  }
}

// ---------------------------------------------------------------- the clock
/** Thursday 2026-12-10 00:00 UTC, four days (Thu, Fri, Sat, Sun). */
export const T0 = Date.UTC(2026, 11, 10);
export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const MIN = 60_000;
export const SEC = 1000;
export const DAYS = 4;
export const END = T0 + DAYS * DAY;

export type Curve = "office" | "consumer" | "student" | "traveller" | "dev" | "clinic" | "flat" | "global" | "late";
const HW: Record<Curve, number[]> = {
  office: [1, 1, 1, 1, 1, 2, 4, 12, 40, 78, 92, 88, 60, 76, 92, 88, 72, 48, 22, 10, 7, 5, 3, 2],
  consumer: [22, 12, 7, 4, 3, 5, 11, 24, 36, 44, 48, 54, 62, 57, 54, 56, 62, 72, 86, 97, 100, 90, 68, 42],
  student: [10, 5, 2, 1, 1, 2, 5, 12, 20, 22, 24, 26, 30, 34, 50, 74, 90, 96, 88, 94, 100, 86, 58, 26],
  traveller: [8, 4, 2, 1, 1, 3, 10, 30, 52, 60, 62, 80, 100, 80, 58, 55, 60, 72, 96, 100, 86, 60, 34, 16],
  dev: [10, 6, 3, 2, 2, 2, 4, 9, 28, 58, 80, 84, 62, 74, 88, 90, 82, 66, 46, 40, 44, 40, 30, 16],
  clinic: [3, 2, 2, 2, 2, 3, 10, 40, 80, 95, 96, 90, 70, 85, 92, 88, 70, 40, 16, 8, 6, 5, 4, 3],
  flat: Array(24).fill(100),
  global: [62, 56, 52, 50, 52, 58, 66, 76, 84, 90, 95, 100, 100, 97, 95, 94, 94, 92, 88, 84, 80, 76, 70, 66],
  late: [60, 40, 22, 10, 5, 4, 4, 6, 10, 16, 22, 28, 32, 34, 38, 44, 50, 58, 66, 76, 88, 100, 96, 80],
};
// Sunday..Saturday
const WW: Record<Curve, number[]> = {
  office: [0.06, 1, 1.05, 1, 1, 0.88, 0.09],
  consumer: [1.2, 0.92, 0.92, 0.94, 0.96, 1.05, 1.25],
  student: [1.2, 1, 1.05, 1.05, 0.95, 0.62, 0.55],
  traveller: [1.15, 0.9, 0.9, 0.9, 0.95, 1.05, 1.2],
  dev: [0.35, 1, 1, 1, 0.95, 0.8, 0.35],
  clinic: [0.15, 1, 1, 1, 1, 0.95, 0.35],
  flat: [1, 1, 1, 1, 1, 1, 1],
  global: [0.8, 1, 1, 1, 1, 0.95, 0.82],
  late: [1.1, 0.9, 0.9, 0.9, 1, 1.1, 1.1],
};
export function weightAt(t: number, tz: number, c: Curve): number {
  const d = new Date(t + tz * HOUR);
  return (HW[c][d.getUTCHours()] / 100) * WW[c][d.getUTCDay()];
}
export function when(r: R, tz: number, c: Curve, from = T0, to = END): number {
  for (let i = 0; i < 5000; i++) {
    const t = from + r.next() * (to - from);
    if (r.next() * 1.3 < weightAt(t, tz, c)) return Math.floor(t);
  }
  return Math.floor(from + r.next() * (to - from));
}
/** Local wall-clock time: day index from T0 (0 = Thursday), hour (may be fractional). */
export function local(day: number, hour: number, tz: number): number {
  return T0 + day * DAY + hour * HOUR - tz * HOUR;
}
export function weekday(t: number, tz: number): number {
  return new Date(t + tz * HOUR).getUTCDay();
}

// ---------------------------------------------------------------- networks
export interface Src {
  ip: string;
  asn: number;
  country: string;
}
export interface Net {
  asn: number;
  country: string;
  p: [number, number][];
}
const net = (asn: number, country: string, ...p: [number, number][]): Net => ({ asn, country, p });
export const CLOUD = {
  awsUsEast: net(16509, "US", [3, 91], [18, 204], [44, 199], [54, 87]),
  awsUsWest: net(16509, "US", [35, 160], [52, 12], [54, 183]),
  awsFra: net(16509, "DE", [3, 120], [18, 185], [52, 57]),
  awsIre: net(16509, "IE", [34, 246], [52, 211], [63, 33]),
  awsTokyo: net(16509, "JP", [18, 179], [54, 238]),
  awsMumbai: net(16509, "IN", [3, 108], [13, 233]),
  awsSaoPaulo: net(16509, "BR", [18, 228], [54, 232]),
  awsSingapore: net(16509, "SG", [13, 212], [54, 255]),
  gcpUs: net(396982, "US", [34, 68], [35, 225]),
  gcpEu: net(396982, "BE", [34, 76], [35, 187]),
  gcpTw: net(396982, "TW", [34, 80], [35, 201]),
  azureUs: net(8075, "US", [20, 119], [40, 76]),
  azureEu: net(8075, "NL", [20, 61], [51, 105]),
  azureUk: net(8075, "GB", [20, 68], [51, 140]),
  hetzner: net(24940, "DE", [78, 46], [136, 243], [168, 119], [188, 40]),
  ovh: net(16276, "FR", [51, 68], [51, 210], [147, 135]),
  scaleway: net(12876, "FR", [51, 15], [163, 172]),
  digitalocean: net(14061, "US", [137, 184], [143, 198], [206, 189]),
  doAms: net(14061, "NL", [146, 190], [188, 166]),
  vultr: net(20473, "US", [45, 32], [149, 28]),
  vultrSg: net(20473, "SG", [45, 77], [139, 180]),
  linodeJp: net(63949, "JP", [139, 162], [172, 105]),
  alibaba: net(45102, "HK", [47, 243], [8, 217]),
  tencentSg: net(132203, "SG", [43, 134], [129, 226]),
  oracle: net(31898, "US", [129, 153], [152, 70]),
  leaseweb: net(60781, "NL", [5, 79], [37, 48]),
  m247: net(9009, "RO", [89, 46], [185, 156]),
};
export const HOME: Record<string, Net[]> = {
  US: [net(7922, "US", [24, 60], [73, 71], [98, 33]), net(7018, "US", [99, 36], [107, 200]), net(22773, "US", [68, 4], [70, 188]), net(20115, "US", [71, 87], [97, 93])],
  CA: [net(812, "CA", [99, 230], [174, 114]), net(577, "CA", [65, 92], [70, 54])],
  MX: [net(8151, "MX", [187, 189], [201, 103])],
  BR: [net(28573, "BR", [177, 95], [191, 35]), net(26599, "BR", [179, 98], [187, 11]), net(18881, "BR", [177, 67])],
  AR: [net(7303, "AR", [181, 47], [186, 22])],
  CO: [net(13489, "CO", [181, 130], [190, 85])],
  GB: [net(2856, "GB", [81, 151], [86, 176]), net(5089, "GB", [82, 31], [94, 173])],
  IE: [net(5466, "IE", [86, 40], [109, 76])],
  DE: [net(3320, "DE", [79, 224], [87, 146], [93, 226]), net(3209, "DE", [88, 73], [94, 218]), net(8881, "DE", [31, 16])],
  AT: [net(8447, "AT", [62, 47], [80, 109])],
  CH: [net(3303, "CH", [83, 77], [178, 197])],
  FR: [net(3215, "FR", [86, 238], [90, 3]), net(12322, "FR", [82, 64], [88, 164]), net(15557, "FR", [77, 205])],
  ES: [net(3352, "ES", [79, 148], [83, 44]), net(12479, "ES", [81, 32])],
  IT: [net(3269, "IT", [79, 18], [87, 2]), net(1267, "IT", [151, 64])],
  NL: [net(1136, "NL", [77, 172], [94, 209]), net(33915, "NL", [84, 86])],
  PL: [net(5617, "PL", [79, 186], [83, 31])],
  SE: [net(3301, "SE", [78, 72], [90, 230])],
  TR: [net(9121, "TR", [78, 173], [88, 241]), net(47331, "TR", [176, 33])],
  RU: [net(12389, "RU", [95, 28], [188, 32]), net(8359, "RU", [46, 138])],
  EG: [net(8452, "EG", [41, 46], [197, 39])],
  NG: [net(29465, "NG", [105, 113], [197, 211])],
  KE: [net(33771, "KE", [41, 80], [105, 161])],
  ZA: [net(5713, "ZA", [41, 13], [165, 73])],
  SA: [net(25019, "SA", [37, 104], [46, 152])],
  AE: [net(5384, "AE", [86, 96], [94, 204])],
  IN: [net(55836, "IN", [49, 37], [106, 211], [157, 35]), net(45609, "IN", [106, 193], [223, 190]), net(24560, "IN", [122, 171])],
  PK: [net(17557, "PK", [39, 42], [119, 155])],
  BD: [net(24389, "BD", [103, 108], [114, 130])],
  ID: [net(7713, "ID", [36, 72], [180, 241]), net(23693, "ID", [114, 4])],
  VN: [net(7552, "VN", [27, 65], [113, 185]), net(18403, "VN", [14, 161])],
  TH: [net(7470, "TH", [49, 229], [124, 120])],
  PH: [net(9299, "PH", [112, 200], [124, 105])],
  MY: [net(4788, "MY", [60, 48], [175, 139])],
  CN: [net(4134, "CN", [113, 87], [117, 136]), net(4837, "CN", [123, 120], [221, 218])],
  TW: [net(3462, "TW", [1, 163], [114, 38])],
  HK: [net(4760, "HK", [112, 118], [218, 102])],
  JP: [net(4713, "JP", [114, 150], [153, 232]), net(17676, "JP", [126, 94], [219, 104]), net(2516, "JP", [106, 128])],
  KR: [net(4766, "KR", [121, 134], [175, 210]), net(9318, "KR", [112, 169])],
  AU: [net(1221, "AU", [101, 185], [120, 155]), net(4764, "AU", [1, 145])],
};
export const TZ: Record<string, number> = { US: -6, CA: -5, MX: -6, BR: -3, AR: -3, CO: -5, GB: 0, IE: 0, DE: 1, AT: 1, CH: 1, FR: 1, ES: 1, IT: 1, NL: 1, PL: 1, SE: 1, TR: 3, RU: 3, EG: 2, NG: 1, KE: 3, ZA: 2, SA: 3, AE: 4, IN: 5.5, PK: 5, BD: 6, ID: 7, VN: 7, TH: 7, PH: 8, MY: 8, CN: 8, TW: 8, HK: 8, JP: 9, KR: 9, AU: 10, SG: 8, BE: 1, RO: 2 };
export function ipIn(r: R, n: Net): Src {
  const [a, b] = r.pick(n.p);
  return { ip: `${a}.${b}.${r.int(0, 255)}.${r.int(1, 254)}`, asn: n.asn, country: n.country };
}
export function home(r: R, country: string): Src {
  return ipIn(r, r.pick(HOME[country] ?? HOME.US));
}
export function fleet(r: R, n: Net, k: number): Src[] {
  return Array.from({ length: k }, () => ipIn(r, n));
}

// ---------------------------------------------------------------- keys
export type KeyStyle = "proj" | "svc" | "ant" | "legacy";
export function rawKey(r: R, style: KeyStyle): string {
  const al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  if (style === "ant") return `sk-ant-api03-${r.alnum(86, al + "-_")}AA`;
  if (style === "proj") return `sk-proj-${r.alnum(48, al + "-_")}T3BlbkFJ${r.alnum(48, al + "-_")}`;
  if (style === "svc") return `sk-svcacct-${r.alnum(40, al + "-_")}T3BlbkFJ${r.alnum(40, al + "-_")}`;
  return `sk-${r.alnum(20)}T3BlbkFJ${r.alnum(20)}`;
}

// ---------------------------------------------------------------- text tokens
export function tok(s: string): number {
  let t = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) t += 0.25;
    else if ((c >= 0x3040 && c < 0xa000) || (c >= 0xac00 && c < 0xd7b0)) t += 1.0;
    else if (c >= 0xd800 && c < 0xdc00) t += 1;
    else if (c < 0x250) t += 0.4;
    else if (c >= 0x0e00 && c < 0x0e80) t += 0.7; // Thai
    else t += 0.5;
  }
  return Math.max(1, Math.round(t));
}

// ---------------------------------------------------------------- media and their billed tokens
/** Tokens billed for media parts, registered when a part is built; a part reused in history is billed again. */
const MEDIA = new WeakMap<object, number>();
export function media<T extends object>(part: T, tokens: number): T {
  MEDIA.set(part, Math.max(1, Math.round(tokens)));
  return part;
}

export type Detail = "low" | "high" | "auto";
/** Input tokens an image costs on a model (public pricing rules, approximated). */
export function imageTokens(model: string, w: number, h: number, detail: Detail = "auto"): number {
  if (model.startsWith("claude")) {
    let W = w, H = h;
    const s = Math.min(1, 1568 / Math.max(W, H));
    W *= s;
    H *= s;
    if (W * H > 1_150_000) {
      const f = Math.sqrt(1_150_000 / (W * H));
      W *= f;
      H *= f;
    }
    return Math.max(30, Math.ceil((W * H) / 750));
  }
  const patch = /gpt-4\.1-mini|gpt-4\.1-nano|o4-mini|gpt-5-mini|gpt-5-nano/.test(model);
  if (patch) {
    const mult = model.includes("nano") ? 2.46 : model.includes("o4-mini") ? 1.72 : 1.62;
    let W = w, H = h;
    let p = Math.ceil(W / 32) * Math.ceil(H / 32);
    if (p > 1536) {
      const f = Math.sqrt((1536 * 1024) / (W * H));
      W *= f;
      H *= f;
      p = Math.min(1536, Math.ceil(W / 32) * Math.ceil(H / 32));
    }
    if (detail === "low") p = Math.min(p, 64);
    return Math.ceil(p * mult);
  }
  const mini = model === "gpt-4o-mini";
  const base = mini ? 2833 : 85, tile = mini ? 5667 : 170;
  if (detail === "low" || (detail === "auto" && Math.max(w, h) <= 512)) return base;
  let W = w, H = h;
  let s = Math.min(1, 2048 / Math.max(W, H));
  W *= s;
  H *= s;
  s = Math.min(1, 768 / Math.min(W, H));
  W *= s;
  H *= s;
  return base + tile * Math.ceil(W / 512) * Math.ceil(H / 512);
}
/** Audio input tokens: about ten a second. */
export const audioTokens = (seconds: number) => Math.ceil(seconds * 10);

/**
 * Image bytes. A real photo is 50-500 KB; inline payloads here are scaled down (stored bytes =
 * real size / 80, 0.6-7 KB) so the trace stays a few hundred MB. The header is real: PNG
 * signature and IHDR with the true width and height, or JPEG SOI, JFIF APP0 and a SOF0 with them,
 * followed by deterministic bytes seeded by the image's id (the same id gives the same bytes).
 */
const CRC_T = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = CRC_T[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function fillRandom(buf: Uint8Array, from: number, seed: string): void {
  const g = new R(fnv(seed));
  let i = from;
  while (i + 4 <= buf.length) {
    const v = g.u32();
    buf[i] = v & 255;
    buf[i + 1] = (v >>> 8) & 255;
    buf[i + 2] = (v >>> 16) & 255;
    buf[i + 3] = v >>> 24;
    i += 4;
  }
  while (i < buf.length) buf[i++] = g.u32() & 255;
}
export type ImgFmt = "png" | "jpeg" | "webp";
export function imageBytes(id: string, fmt: ImgFmt, w: number, h: number, realBytes: number): Buffer {
  const n = Math.max(600, Math.min(7_000, Math.round(realBytes / 80)));
  const buf = Buffer.alloc(n);
  let o = 0;
  if (fmt === "png") {
    buf.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
    const ihdr = Buffer.alloc(17);
    ihdr.write("IHDR", 0, "latin1");
    ihdr.writeUInt32BE(w, 4);
    ihdr.writeUInt32BE(h, 8);
    ihdr.set([8, 6, 0, 0, 0], 12); // 8-bit RGBA
    buf.writeUInt32BE(13, 8);
    buf.set(ihdr, 12);
    buf.writeUInt32BE(crc32(ihdr), 29);
    buf.writeUInt32BE(n - 45, 33);
    buf.write("IDAT", 37, "latin1");
    o = 41;
  } else if (fmt === "jpeg") {
    buf.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00], 0);
    buf.set([0xff, 0xc0, 0x00, 0x11, 0x08, (h >> 8) & 255, h & 255, (w >> 8) & 255, w & 255, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01], 20);
    o = 39;
  } else {
    buf.write("RIFF", 0, "latin1");
    buf.writeUInt32LE(n - 8, 4);
    buf.write("WEBPVP8 ", 8, "latin1");
    buf.writeUInt32LE(n - 20, 16);
    buf.set([0x9d, 0x01, 0x2a], 23);
    buf.writeUInt16LE(w & 0x3fff, 26);
    buf.writeUInt16LE(h & 0x3fff, 28);
    o = 30;
  }
  fillRandom(buf, o, "img:" + id);
  if (fmt === "jpeg") {
    buf[n - 2] = 0xff;
    buf[n - 1] = 0xd9;
  }
  return buf;
}
export function dataUrl(mime: string, b: Buffer): string {
  return `data:${mime};base64,${b.toString("base64")}`;
}
export const MIME: Record<ImgFmt, string> = { png: "image/png", jpeg: "image/jpeg", webp: "image/webp" };

/** A real (small) PDF: one page per entry; text pages carry a FlateDecode content stream with the
 *  text (Helvetica for Latin text, a Type0 Identity-H font with 2-byte codes otherwise); scanned
 *  pages carry an image XObject with deterministic bytes (scaled down like images). */
export interface PdfPage {
  lines?: string[];
  scan?: { w: number; h: number; realBytes: number };
}
function pdfEsc(s: string): string {
  return s.replace(/[\\()]/g, (m) => "\\" + m);
}
const latin = (s: string) => /^[\x20-\x7e\u00a0-\u00ff]*$/.test(s);
export function buildPdf(id: string, pages: PdfPage[], title = ""): Buffer {
  const objs: Buffer[] = [];
  const add = (b: Buffer | string) => {
    objs.push(typeof b === "string" ? Buffer.from(b, "latin1") : b);
    return objs.length;
  };
  // 1 catalog, 2 pages, 3 Helvetica, 4 CJK font, 5 info; pages follow
  add("<< /Type /Catalog /Pages 2 0 R >>");
  add("PAGES");
  add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  add("<< /Type /Font /Subtype /Type0 /BaseFont /NotoSansCJK-Regular /Encoding /Identity-H /DescendantFonts [] >>");
  add(`<< /Producer (docgen 3.2) /Title (${pdfEsc(title.replace(/[^\x20-\x7e]/g, "?"))}) /CreationDate (D:20261209101500Z) >>`);
  const kids: number[] = [];
  pages.forEach((pg, i) => {
    let content = "";
    const res: string[] = ["/Font << /F1 3 0 R /F2 4 0 R >>"];
    if (pg.scan) {
      const bytes = imageBytes(`${id}/p${i}`, "jpeg", pg.scan.w, pg.scan.h, pg.scan.realBytes);
      const head = Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${pg.scan.w} /Height ${pg.scan.h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${bytes.length} >>\nstream\n`, "latin1");
      const im = add(Buffer.concat([head, bytes, Buffer.from("\nendstream", "latin1")]));
      res.push(`/XObject << /Im1 ${im} 0 R >>`);
      content += "q 612 0 0 792 0 0 cm /Im1 Do Q\n";
    }
    if (pg.lines) {
      let y = 740;
      content += "BT\n";
      for (const ln of pg.lines) {
        if (latin(ln)) content += `/F1 11 Tf 1 0 0 1 56 ${y} Tm (${pdfEsc(ln)}) Tj\n`;
        else {
          let hx = "";
          for (const ch of ln) hx += (ch.codePointAt(0)! & 0xffff).toString(16).padStart(4, "0");
          content += `/F2 11 Tf 1 0 0 1 56 ${y} Tm <${hx}> Tj\n`;
        }
        y -= 15;
        if (y < 60) y = 740;
      }
      content += "ET\n";
    }
    const z = deflateSync(Buffer.from(content, "latin1"));
    const cs = add(Buffer.concat([Buffer.from(`<< /Length ${z.length} /Filter /FlateDecode >>\nstream\n`, "latin1"), z, Buffer.from("\nendstream", "latin1")]));
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${cs} 0 R /Resources << ${res.join(" ")} >> >>`));
  });
  objs[1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`, "latin1");
  const parts: Buffer[] = [Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let off = parts[0].length;
  const xref: number[] = [];
  objs.forEach((b, i) => {
    xref.push(off);
    const h = Buffer.from(`${i + 1} 0 obj\n`, "latin1");
    const t = Buffer.from("\nendobj\n", "latin1");
    parts.push(h, b, t);
    off += h.length + b.length + t.length;
  });
  let x = `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const o of xref) x += `${String(o).padStart(10, "0")} 00000 n \n`;
  x += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${off}\n%%EOF\n`;
  parts.push(Buffer.from(x, "latin1"));
  return Buffer.concat(parts);
}
/** Input tokens billed for a PDF: each page's text plus a rendered page image. */
export function pdfTokens(model: string, pages: PdfPage[]): number {
  let t = 0;
  for (const p of pages) {
    const text = p.lines ? tok(p.lines.join("\n")) : 0;
    const img = model.startsWith("claude") ? 1050 : 765;
    t += text + img + (p.scan ? 40 : 0);
  }
  return t;
}
/** Audio bytes: scaled down like images (real size / 80, 0.6-7 KB); an ID3 or RIFF/WAVE header. */
export function audioBytes(id: string, fmt: "mp3" | "wav", seconds: number): Buffer {
  const real = fmt === "wav" ? seconds * 32000 : seconds * 16000;
  const n = Math.max(600, Math.min(7_000, Math.round(real / 80)));
  const b = Buffer.alloc(n);
  let o: number;
  if (fmt === "wav") {
    b.write("RIFF", 0, "latin1");
    b.writeUInt32LE(n - 8, 4);
    b.write("WAVEfmt ", 8, "latin1");
    b.writeUInt32LE(16, 16);
    b.writeUInt16LE(1, 20);
    b.writeUInt16LE(1, 22);
    b.writeUInt32LE(16000, 24);
    b.writeUInt32LE(32000, 28);
    b.writeUInt16LE(2, 32);
    b.writeUInt16LE(16, 34);
    b.write("data", 36, "latin1");
    b.writeUInt32LE(n - 44, 40);
    o = 44;
  } else {
    b.write("ID3", 0, "latin1");
    b.set([4, 0, 0, 0, 0, 0, 0, 0xff, 0xfb, 0x90, 0x64], 3);
    o = 14;
  }
  fillRandom(b, o, "aud:" + id);
  return b;
}

// ---------------------------------------------------------------- prompt tokens of a body
function partTok(p: unknown): number {
  if (typeof p === "string") return tok(p);
  if (Array.isArray(p)) {
    let t = 0;
    for (const q of p) t += partTok(q);
    return t;
  }
  if (!p || typeof p !== "object") return 0;
  const m = MEDIA.get(p as object);
  if (m !== undefined) return m + 3;
  const o = p as Record<string, unknown>;
  let t = 3;
  if (typeof o.text === "string") t += tok(o.text);
  if (typeof o.thinking === "string") t += 0; // earlier thinking blocks are not billed again
  if (Array.isArray(o.content)) for (const q of o.content) t += partTok(q);
  else if (typeof o.content === "string") t += tok(o.content);
  if (o.input && typeof o.input === "object") t += tok(JSON.stringify(o.input));
  if (typeof o.output === "string") t += tok(o.output);
  return t;
}
export function promptTokens(body: Record<string, unknown>): number {
  let t = 3;
  const msgs = (body.messages ?? (Array.isArray(body.input) ? body.input : undefined)) as Record<string, unknown>[] | undefined;
  if (msgs)
    for (const m of msgs) {
      t += 4 + partTok(m.content ?? (m.type ? m : ""));
      if (m.tool_calls) t += tok(JSON.stringify(m.tool_calls));
    }
  if (typeof body.input === "string") t += tok(body.input);
  if (typeof body.instructions === "string") t += tok(body.instructions);
  if (typeof body.system === "string") t += tok(body.system);
  else if (Array.isArray(body.system)) for (const s of body.system) t += partTok(s);
  if (body.tools) t += tok(JSON.stringify(body.tools));
  if (body.response_format && typeof body.response_format === "object") t += tok(JSON.stringify(body.response_format)) >> 1;
  if (body.text && typeof body.text === "object") t += tok(JSON.stringify(body.text)) >> 1;
  return t;
}
export function comp(r: R, median: number, sigma: number, cap: number, floor = 1): number {
  return Math.max(floor, Math.min(cap, Math.round(r.logn(median, sigma))));
}

// ---------------------------------------------------------------- sink
export type Cls = "honest" | "distill" | "benchmark";
export interface Line {
  ts: number;
  seq: number;
  text: string;
}
export class Sink {
  lines: Line[] = [];
  labels: Record<string, { scenario: string; class: Cls; family: string }> = {};
  stats = new Map<string, { cls: Cls; family: string; keys: number; requests: number; what: string; prompt: number; completion: number; media: number }>();
  seq = 0;
}
export class Ctx {
  readonly r: R;
  readonly sink: Sink;
  readonly name: string;
  constructor(sink: Sink, name: string, cls: Cls, family: string, what: string, seed: number) {
    this.sink = sink;
    this.name = name;
    this.r = new R(fnv(`suite-j/${seed}/${name}`));
    sink.stats.set(name, { cls, family, keys: 0, requests: 0, what, prompt: 0, completion: 0, media: 0 });
  }
  private get st() {
    return this.sink.stats.get(this.name)!;
  }
  key(style: KeyStyle): string {
    const k = rawKey(this.r, style);
    if (this.sink.labels[k]) throw new Error("key collision");
    const s = this.st;
    this.sink.labels[k] = { scenario: this.name, class: s.cls, family: s.family };
    s.keys++;
    return k;
  }
  emit(ts: number, key: string, src: Src, method: string, path: string, body?: unknown, usage?: [number, number] | null, extra?: Record<string, unknown>): boolean {
    if (!(ts >= T0 && ts < END)) return false;
    const o: Record<string, unknown> = { ts: Math.floor(ts), key, ip: src.ip, asn: src.asn, country: src.country, method, path };
    if (body !== undefined) o.body = body;
    if (usage) o.usage = { prompt_tokens: usage[0], completion_tokens: usage[1] };
    if (extra) Object.assign(o, extra);
    const text = JSON.stringify(o);
    this.sink.lines.push({ ts: Math.floor(ts), seq: this.sink.seq++, text });
    const s = this.st;
    s.requests++;
    if (usage) {
      s.prompt += usage[0];
      s.completion += usage[1];
    }
    if (text.includes(";base64,") || text.includes('"base64"') || text.includes('"input_audio"')) s.media++;
    return true;
  }
  chat(ts: number, key: string, src: Src, body: Record<string, unknown>, completion: number): boolean {
    const n = typeof body.n === "number" ? body.n : 1;
    return this.emit(ts, key, src, "POST", "/v1/chat/completions", body, [promptTokens(body), completion * n]);
  }
  messages(ts: number, key: string, src: Src, body: Record<string, unknown>, completion: number): boolean {
    return this.emit(ts, key, src, "POST", "/v1/messages", body, [promptTokens(body), completion]);
  }
  /** A foreground Responses call; returns the response id (store defaults to true). */
  responses(ts: number, key: string, src: Src, body: Record<string, unknown>, completion: number, extraPrompt = 0): string | undefined {
    const stored = body.store !== false;
    const id = stored ? `resp_${this.r.hex(48)}` : undefined;
    const ok = this.emit(ts, key, src, "POST", "/v1/responses", body, [promptTokens(body) + extraPrompt, completion], id ? { response_id: id } : undefined);
    return ok ? id : undefined;
  }
}
