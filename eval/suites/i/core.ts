/**
 * Suite i infrastructure: seeded PRNG streams, the week's clock and daily/weekly curves, networks,
 * keys, token estimates and the event sink.
 */
import type { Rng } from "./banks.ts";

export function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class R implements Rng {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0 || 0x9e3779b9;
  }
  next(): number {
    // mulberry32
    let t = (this.a = (this.a + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
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
  /** lognormal with the given median */
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
  sub(label: string): R {
    return new R(fnv(label + ":" + this.int(0, 2 ** 31)));
  }
}

// ---------------------------------------------------------------- the week
/** Monday 2026-11-16 00:00 UTC, seven days. */
export const T0 = Date.UTC(2026, 10, 16);
export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const MIN = 60_000;
export const DAYS = 7;
export const END = T0 + DAYS * DAY;

export type Profile = "office" | "dev" | "consumer" | "student" | "flat" | "night" | "global";
// weight per local hour 0..23
const H: Record<Profile, number[]> = {
  office: [2, 1, 1, 1, 1, 2, 5, 15, 45, 80, 95, 90, 65, 80, 95, 90, 75, 50, 25, 12, 8, 6, 4, 3],
  dev: [8, 5, 3, 2, 2, 2, 4, 10, 30, 60, 80, 85, 60, 75, 90, 90, 80, 65, 45, 40, 45, 40, 30, 15],
  consumer: [25, 14, 8, 5, 4, 5, 10, 22, 35, 42, 48, 55, 62, 58, 55, 55, 60, 70, 85, 98, 100, 92, 70, 45],
  student: [12, 6, 3, 2, 2, 3, 6, 12, 18, 20, 22, 25, 30, 32, 45, 70, 88, 95, 90, 95, 100, 85, 55, 28],
  flat: Array(24).fill(100),
  night: [80, 100, 100, 100, 95, 70, 30, 10, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 8, 15, 30, 55],
  global: [60, 55, 50, 48, 50, 55, 65, 75, 85, 90, 95, 100, 100, 98, 95, 95, 95, 92, 88, 85, 80, 75, 70, 65],
};
// weekday multiplier, Sunday..Saturday
const W: Record<Profile, number[]> = {
  office: [0.07, 1, 1.05, 1, 1, 0.85, 0.1],
  dev: [0.3, 1, 1, 1, 0.95, 0.8, 0.35],
  consumer: [1.2, 0.9, 0.9, 0.92, 0.95, 1.05, 1.25],
  student: [1.15, 1, 1.05, 1.05, 0.95, 0.6, 0.5],
  flat: [1, 1, 1, 1, 1, 1, 1],
  night: [0.5, 1, 1, 1, 1, 1, 0.5],
  global: [0.75, 1, 1, 1, 1, 0.95, 0.8],
};
export function weightAt(t: number, tz: number, p: Profile): number {
  const d = new Date(t + tz * HOUR);
  return (H[p][d.getUTCHours()] / 100) * W[p][d.getUTCDay()];
}
/** A time in [from, to) drawn from the profile's curve in local time tz (hours from UTC). */
export function sampleTime(r: R, tz: number, p: Profile, from = T0, to = END): number {
  for (let i = 0; i < 10_000; i++) {
    const t = from + r.next() * (to - from);
    if (r.next() * 1.25 < weightAt(t, tz, p)) return Math.floor(t);
  }
  return Math.floor(from + r.next() * (to - from));
}
/** Local wall-clock time on a given day index (0 = Monday). */
export function localAt(day: number, hour: number, tz: number): number {
  return T0 + day * DAY + hour * HOUR - tz * HOUR;
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
const n = (asn: number, country: string, ...p: [number, number][]): Net => ({ asn, country, p });
export const CLOUD = {
  aws_use1: n(16509, "US", [3, 84], [34, 201], [44, 192], [52, 4]),
  aws_euw1: n(16509, "IE", [34, 240], [52, 48], [54, 170]),
  aws_apne1: n(16509, "JP", [13, 112], [54, 150]),
  aws_aps1: n(16509, "IN", [13, 232], [65, 0]),
  gcp_us: n(396982, "US", [34, 122], [35, 238]),
  gcp_eu: n(396982, "NL", [34, 90], [35, 204]),
  gcp_asia: n(396982, "SG", [34, 87], [35, 198]),
  gcp_br: n(396982, "BR", [34, 95], [35, 199]),
  azure_eu: n(8075, "NL", [20, 71], [40, 114]),
  azure_us: n(8075, "US", [20, 42], [52, 170]),
  hetzner: n(24940, "DE", [65, 108], [88, 99], [95, 217], [116, 202]),
  hetzner_fi: n(24940, "FI", [65, 21], [95, 216]),
  ovh: n(16276, "FR", [51, 38], [54, 37], [141, 94]),
  do_sgp: n(14061, "SG", [159, 89], [128, 199]),
  do_nyc: n(14061, "US", [167, 99], [159, 203]),
  do_fra: n(14061, "DE", [46, 101], [164, 90]),
  alibaba_hk: n(45102, "HK", [47, 242], [8, 210]),
  alibaba_sg: n(45102, "SG", [47, 74], [8, 219]),
  tencent: n(132203, "HK", [43, 135], [119, 28]),
  oracle: n(31898, "US", [129, 146], [150, 136]),
  vultr_jp: n(20473, "JP", [45, 76], [139, 180]),
  linode: n(63949, "DE", [172, 104], [139, 162]),
  contabo: n(51167, "DE", [161, 97], [207, 180]),
  cloudflare_warp: n(13335, "US", [104, 28]),
};
export const RESIDENTIAL: Record<string, Net[]> = {
  US: [n(7922, "US", [73, 162], [98, 207], [24, 12]), n(7018, "US", [99, 110], [107, 77]), n(701, "US", [71, 178], [108, 28]), n(20115, "US", [47, 34], [76, 90]), n(21928, "US", [172, 58])],
  GB: [n(2856, "GB", [81, 132], [86, 150]), n(5089, "GB", [82, 12], [86, 20]), n(5607, "GB", [90, 200])],
  DE: [n(3320, "DE", [79, 195], [91, 40], [93, 200]), n(3209, "DE", [88, 64], [94, 134]), n(6805, "DE", [77, 6])],
  FR: [n(3215, "FR", [90, 24], [86, 200]), n(12322, "FR", [78, 192], [88, 120]), n(5410, "FR", [176, 134])],
  ES: [n(3352, "ES", [83, 32], [88, 18]), n(12479, "ES", [95, 122])],
  IT: [n(3269, "IT", [79, 40], [93, 44]), n(30722, "IT", [151, 38])],
  NL: [n(1136, "NL", [77, 161], [86, 81]), n(33915, "NL", [84, 104])],
  PL: [n(5617, "PL", [83, 25], [89, 64])],
  BR: [n(26599, "BR", [177, 32], [189, 100]), n(28573, "BR", [177, 140], [187, 64]), n(18881, "BR", [177, 54])],
  MX: [n(8151, "MX", [187, 190], [189, 140]), n(28548, "MX", [201, 141])],
  AR: [n(7303, "AR", [181, 46], [190, 18])],
  CO: [n(10620, "CO", [181, 49], [190, 24])],
  IN: [n(55836, "IN", [49, 36], [157, 32]), n(45609, "IN", [106, 200], [223, 186]), n(24560, "IN", [122, 170])],
  ID: [n(7713, "ID", [36, 68], [114, 124]), n(23693, "ID", [114, 5])],
  VN: [n(7552, "VN", [27, 72], [116, 96]), n(45899, "VN", [113, 160])],
  PH: [n(9299, "PH", [112, 198], [120, 28]), n(132199, "PH", [49, 145])],
  TH: [n(7470, "TH", [49, 228], [110, 168])],
  JP: [n(4713, "JP", [118, 8], [153, 139]), n(17676, "JP", [126, 66], [219, 100]), n(2516, "JP", [106, 154])],
  KR: [n(4766, "KR", [121, 130], [175, 192]), n(9318, "KR", [112, 160])],
  CN: [n(4134, "CN", [113, 89], [116, 228]), n(4837, "CN", [123, 112], [221, 192])],
  TW: [n(3462, "TW", [1, 160], [114, 34])],
  RU: [n(12389, "RU", [95, 24], [178, 66]), n(8402, "RU", [85, 140]), n(31213, "RU", [94, 25])],
  UA: [n(15895, "UA", [37, 52], [94, 153])],
  TR: [n(9121, "TR", [78, 160], [88, 230]), n(34984, "TR", [85, 96])],
  EG: [n(8452, "EG", [41, 35], [156, 205])],
  SA: [n(25019, "SA", [37, 107], [188, 49])],
  AE: [n(5384, "AE", [94, 200], [2, 50])],
  NG: [n(29465, "NG", [105, 112], [197, 210]), n(36873, "NG", [102, 89])],
  KE: [n(33771, "KE", [41, 90], [105, 160])],
  PK: [n(17557, "PK", [39, 32], [119, 160])],
  CA: [n(812, "CA", [99, 224], [174, 112]), n(577, "CA", [70, 50])],
  AU: [n(1221, "AU", [101, 160], [120, 144]), n(4764, "AU", [1, 144])],
};
export const UNIVERSITY = {
  SURF: n(1103, "NL", [145, 94], [131, 174]),
  DFN: n(680, "DE", [141, 20], [134, 96], [129, 217]),
  JANET: n(786, "GB", [128, 232], [131, 111], [163, 1]),
  MIT: n(3, "US", [18, 9], [18, 27]),
  STANFORD: n(32, "US", [171, 64], [171, 66]),
  CERNET: n(4538, "CN", [166, 111], [59, 66]),
  SINET: n(2907, "JP", [133, 11], [150, 65]),
  KREONET: n(17579, "KR", [143, 248]),
  RNP: n(1916, "BR", [200, 130], [143, 107]),
};
export function ipIn(r: R, net: Net): Src {
  const [a, b] = r.pick(net.p);
  return { ip: `${a}.${b}.${r.int(0, 255)}.${r.int(1, 254)}`, asn: net.asn, country: net.country };
}
export function residential(r: R, country: string): Src {
  return ipIn(r, r.pick(RESIDENTIAL[country] ?? RESIDENTIAL.US));
}
/** A small pool of fixed addresses in one network (a NAT, a fleet of instances). */
export function pool(r: R, net: Net, k: number): Src[] {
  const out: Src[] = [];
  for (let i = 0; i < k; i++) out.push(ipIn(r, net));
  return out;
}

// ---------------------------------------------------------------- keys
const B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export type KeyStyle = "proj" | "ant" | "legacy" | "svc";
export function rawKey(r: R, style: KeyStyle): string {
  const s = (k: number, extra = "") => {
    let o = "";
    const al = B62 + extra;
    for (let i = 0; i < k; i++) o += al[Math.floor(r.next() * al.length)];
    return o;
  };
  if (style === "ant") return `sk-ant-api03-${s(86, "-_")}AA`;
  if (style === "proj") return `sk-proj-${s(56, "-_")}`;
  if (style === "svc") return `sk-svcacct-${s(48, "-_")}`;
  return `sk-${s(48)}`;
}

// ---------------------------------------------------------------- tokens
/** A tokenizer-free estimate: ~4 Latin characters a token, ~1 CJK character a token, ~2 for other scripts. */
export function tok(s: string): number {
  let t = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) t += 0.26;
    else if ((c >= 0x3000 && c < 0xa000) || (c >= 0xac00 && c < 0xd7b0) || (c >= 0xf900 && c < 0xfb00)) t += 0.95;
    else if (c >= 0xd800 && c < 0xdc00) t += 1;
    else if (c < 0x250) t += 0.35;
    else t += 0.55;
  }
  return Math.max(1, Math.round(t));
}
function contentTok(c: unknown): number {
  if (typeof c === "string") return tok(c);
  if (Array.isArray(c)) {
    let t = 0;
    for (const p of c) {
      if (p && typeof p === "object") {
        const o = p as Record<string, unknown>;
        if (typeof o.text === "string") t += tok(o.text);
        else if (typeof o.content === "string") t += tok(o.content);
        else if (Array.isArray(o.content)) t += contentTok(o.content);
        else if (o.input) t += tok(JSON.stringify(o.input));
        else if (o.type === "image_url" || o.type === "image") t += 765;
        t += 3;
      }
    }
    return t;
  }
  return 0;
}
/** Prompt tokens of a chat / messages / responses body. */
export function promptTokens(body: Record<string, unknown>): number {
  let t = 3;
  const msgs = (body.messages ?? (Array.isArray(body.input) ? body.input : undefined)) as Record<string, unknown>[] | undefined;
  if (msgs) {
    for (const m of msgs) {
      t += 4 + contentTok(m.content);
      if (m.tool_calls) t += tok(JSON.stringify(m.tool_calls));
    }
  }
  if (typeof body.input === "string") t += tok(body.input);
  if (typeof body.instructions === "string") t += tok(body.instructions);
  if (typeof body.system === "string") t += tok(body.system);
  else if (Array.isArray(body.system)) t += contentTok(body.system);
  if (typeof body.prompt === "string") t += tok(body.prompt);
  if (typeof body.suffix === "string") t += tok(body.suffix);
  if (body.tools) t += tok(JSON.stringify(body.tools));
  if (body.response_format && typeof body.response_format === "object") t += tok(JSON.stringify(body.response_format)) >> 1;
  return t;
}
/** Completion tokens: a lognormal draw (median, sigma) capped at cap. */
export function comp(r: R, median: number, sigma: number, cap: number, floor = 1): number {
  return Math.max(floor, Math.min(cap, Math.round(r.logn(median, sigma))));
}

// ---------------------------------------------------------------- the sink
export type Cls = "honest" | "distill" | "benchmark";
export interface Line {
  ts: number;
  seq: number;
  text: string;
}
export interface Label {
  scenario: string;
  class: Cls;
  family: string;
}
export class Sink {
  lines: Line[] = [];
  labels: Record<string, Label> = {};
  stats = new Map<string, { cls: Cls; family: string; keys: number; requests: number; what: string }>();
  seq = 0;
}
export class Ctx {
  readonly r: R;
  readonly sink: Sink;
  readonly name: string;
  readonly cls: Cls;
  readonly family: string;
  constructor(sink: Sink, name: string, cls: Cls, family: string, what: string, seed: number) {
    this.sink = sink;
    this.name = name;
    this.cls = cls;
    this.family = family;
    this.r = new R(fnv(`suite-i/${seed}/${name}`));
    sink.stats.set(name, { cls, family, keys: 0, requests: 0, what });
  }
  key(style: KeyStyle): string {
    const k = rawKey(this.r, style);
    if (this.sink.labels[k]) throw new Error("key collision");
    this.sink.labels[k] = { scenario: this.name, class: this.cls, family: this.family };
    this.sink.stats.get(this.name)!.keys++;
    return k;
  }
  emit(ts: number, key: string, src: Src, method: string, path: string, body?: unknown, usage?: [number, number] | null, extra?: Record<string, unknown>): void {
    if (ts < T0 || ts >= END) return;
    const o: Record<string, unknown> = { ts: Math.floor(ts), key, ip: src.ip, asn: src.asn, country: src.country, method, path };
    if (body !== undefined) o.body = body;
    if (usage) o.usage = { prompt_tokens: usage[0], completion_tokens: usage[1] };
    if (extra) Object.assign(o, extra);
    this.sink.lines.push({ ts: Math.floor(ts), seq: this.sink.seq++, text: JSON.stringify(o) });
    this.sink.stats.get(this.name)!.requests++;
  }
  /** A chat completion (OpenAI shape) with usage estimated from the body and a completion draw. */
  chat(ts: number, key: string, src: Src, body: Record<string, unknown>, completion: number, extra?: Record<string, unknown>): void {
    const nn = typeof body.n === "number" ? body.n : 1;
    this.emit(ts, key, src, "POST", "/v1/chat/completions", body, [promptTokens(body), completion * nn], extra);
  }
  messages(ts: number, key: string, src: Src, body: Record<string, unknown>, completion: number): void {
    this.emit(ts, key, src, "POST", "/v1/messages", body, [promptTokens(body), completion]);
  }
}
