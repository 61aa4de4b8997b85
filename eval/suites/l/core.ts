/**
 * Suite l infrastructure: seeded PRNG, the five-day clock and daily curves, networks, key shapes,
 * token estimates, the sink that collects trace lines and key labels, and human/machine pacing.
 */

// ------------------------------------------------------------------ PRNG (mulberry32)
export function hash32(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  return (h ^ (h >>> 15)) >>> 0;
}

export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 0x9e3779b9;
  }
  u32(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  f(): number { return this.u32() / 4294967296; }
  int(a: number, b: number): number { return a + Math.floor(this.f() * (b - a + 1)); }
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.f() * xs.length)]; }
  p(x: number): boolean { return this.f() < x; }
  gauss(): number {
    const u = 1 - this.f(), v = this.f();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  logn(median: number, sigma: number): number { return median * Math.exp(sigma * this.gauss()); }
  expo(mean: number): number { return -Math.log(1 - this.f()) * mean; }
  wpick<T>(xs: readonly [T, number][]): T {
    let tot = 0;
    for (const x of xs) tot += x[1];
    let r = this.f() * tot;
    for (const x of xs) if ((r -= x[1]) <= 0) return x[0];
    return xs[xs.length - 1][0];
  }
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(this.f() * (i + 1));
      const t = xs[i]; xs[i] = xs[j]; xs[j] = t;
    }
    return xs;
  }
  sample<T>(xs: readonly T[], k: number): T[] { return this.shuffle(xs.slice()).slice(0, Math.min(k, xs.length)); }
  chars(n: number, al: string): string {
    let s = "";
    for (let i = 0; i < n; i++) s += al[this.u32() % al.length];
    return s;
  }
  fork(label: string): Rng { return new Rng(hash32(label + "/" + this.u32())); }
}

// ------------------------------------------------------------------ clock
/** Wednesday 2027-03-03 00:00 UTC; five days: Wed, Thu, Fri, Sat, Sun. */
export const T0 = Date.UTC(2027, 2, 3);
export const SEC = 1000, MIN = 60_000, HOUR = 3_600_000, DAY = 86_400_000;
export const NDAYS = 5;
export const T_END = T0 + NDAYS * DAY;

export type Curve = "office" | "consumer" | "school" | "dev" | "evening" | "global" | "flat" | "gamer";
const HOURLY: Record<Curve, number[]> = {
  office: [1, 1, 1, 1, 1, 2, 4, 15, 50, 88, 96, 92, 60, 72, 94, 90, 78, 48, 20, 9, 5, 3, 2, 1],
  consumer: [28, 16, 9, 5, 4, 6, 11, 22, 36, 44, 50, 54, 60, 57, 54, 56, 62, 72, 86, 96, 100, 90, 68, 44],
  school: [5, 2, 1, 1, 1, 2, 5, 18, 30, 34, 36, 38, 36, 42, 56, 80, 94, 97, 88, 100, 95, 72, 38, 14],
  dev: [14, 8, 4, 2, 2, 3, 5, 11, 32, 62, 84, 86, 60, 76, 90, 90, 82, 64, 46, 42, 48, 44, 32, 20],
  evening: [42, 22, 9, 4, 3, 4, 7, 14, 22, 28, 32, 36, 40, 42, 45, 50, 58, 70, 84, 95, 100, 96, 82, 62],
  global: [66, 60, 56, 54, 56, 62, 70, 80, 88, 93, 97, 100, 100, 98, 96, 95, 94, 92, 88, 84, 80, 76, 72, 68],
  flat: Array(24).fill(100),
  gamer: [60, 40, 22, 12, 7, 6, 8, 12, 18, 24, 30, 36, 44, 48, 52, 58, 66, 76, 86, 94, 100, 98, 90, 76],
};
// Sunday .. Saturday
const WEEKLY: Record<Curve, number[]> = {
  office: [0.05, 1, 1.02, 1, 0.98, 0.86, 0.07],
  consumer: [1.15, 0.95, 0.95, 0.95, 0.97, 1.03, 1.18],
  school: [1.1, 1, 1.05, 1.05, 0.95, 0.55, 0.5],
  dev: [0.3, 1, 1, 1, 0.96, 0.8, 0.32],
  evening: [1.2, 0.9, 0.9, 0.9, 0.95, 1.05, 1.2],
  global: [0.84, 1, 1, 1, 1, 0.95, 0.86],
  flat: [1, 1, 1, 1, 1, 1, 1],
  gamer: [1.35, 0.85, 0.85, 0.9, 0.95, 1.15, 1.4],
};
export function weight(t: number, tz: number, c: Curve): number {
  const d = new Date(t + tz * HOUR);
  const h = d.getUTCHours(), m = d.getUTCMinutes() / 60;
  const a = HOURLY[c][h], b = HOURLY[c][(h + 1) % 24];
  return ((a + (b - a) * m) / 100) * WEEKLY[c][d.getUTCDay()];
}
/** A time drawn from a curve (rejection sampling) within [from, to). */
export function draw(r: Rng, tz: number, c: Curve, from = T0, to = T_END): number {
  for (let i = 0; i < 4000; i++) {
    const t = from + r.f() * (to - from);
    if (r.f() * 1.45 < weight(t, tz, c)) return Math.floor(t);
  }
  return Math.floor(from + r.f() * (to - from));
}
/** UTC epoch of local day d (0 = Wednesday), local hour h. */
export function at(d: number, h: number, tz: number): number { return T0 + d * DAY + h * HOUR - tz * HOUR; }
export function localHour(t: number, tz: number): number {
  const d = new Date(t + tz * HOUR);
  return d.getUTCHours() + d.getUTCMinutes() / 60;
}

// ------------------------------------------------------------------ pacing
/** Seconds a human takes before the next turn: read the answer, think, type the next message. */
export function humanGap(r: Rng, answerTok: number, nextChars: number, speed = 1): number {
  const read = (answerTok / r.logn(9, 0.5)) * (r.p(0.3) ? 0.25 : 1); // many skim
  const type = nextChars / r.logn(3.2, 0.35);
  const think = r.logn(7, 0.8);
  let s = (read + type + think) / speed;
  if (r.p(0.05)) s += r.logn(600, 0.9); // went away for a while
  return Math.max(2, s) * SEC;
}

// ------------------------------------------------------------------ networks
export interface Src { ip: string; asn: number; country: string }
interface Net { asn: number; cc: string; pre: number[][] }
const N = (asn: number, cc: string, ...pre: number[][]): Net => ({ asn, cc, pre });
export const CLOUD: Record<string, Net> = {
  awsVa: N(16509, "US", [3, 219], [34, 228], [52, 87], [54, 210]),
  awsOr: N(16509, "US", [35, 86], [44, 242], [52, 40]),
  awsFra: N(16509, "DE", [3, 64], [18, 184], [52, 59]),
  awsTok: N(16509, "JP", [13, 112], [18, 176], [54, 65]),
  awsSao: N(16509, "BR", [15, 229], [18, 231]),
  gcpUs: N(396982, "US", [34, 72], [35, 192], [104, 197]),
  gcpEu: N(396982, "BE", [34, 76], [35, 187]),
  gcpAsia: N(396982, "TW", [34, 80], [35, 229]),
  azUs: N(8075, "US", [20, 84], [40, 76], [52, 176]),
  azEu: N(8075, "NL", [20, 61], [40, 114], [52, 166]),
  hetzner: N(24940, "DE", [5, 9], [49, 12], [88, 99], [136, 243]),
  ovh: N(16276, "FR", [51, 68], [57, 128], [137, 74]),
  digitalocean: N(14061, "US", [137, 184], [143, 198], [161, 35]),
  doSgp: N(14061, "SG", [128, 199], [178, 128]),
  vultr: N(20473, "US", [45, 32], [108, 61], [155, 138]),
  linode: N(63949, "US", [50, 116], [172, 105]),
  contabo: N(51167, "DE", [62, 171], [167, 86], [207, 180]),
  alicloud: N(45102, "SG", [47, 88], [8, 222]),
  tencent: N(132203, "HK", [43, 135], [119, 28]),
  leaseweb: N(60781, "NL", [85, 17], [95, 211]),
};
export const HOME: Record<string, Net[]> = {
  US: [N(7922, "US", [73, 42], [24, 12], [98, 210]), N(701, "US", [71, 190], [108, 28]), N(7018, "US", [99, 40], [12, 71]), N(20115, "US", [71, 93], [97, 84]), N(22773, "US", [68, 226])],
  GB: [N(2856, "GB", [86, 150], [81, 156]), N(5089, "GB", [82, 11], [94, 173])],
  DE: [N(3320, "DE", [79, 199], [87, 162], [93, 196]), N(3209, "DE", [88, 70], [94, 219])],
  FR: [N(3215, "FR", [90, 57], [86, 211]), N(12322, "FR", [82, 64], [88, 162])],
  ES: [N(3352, "ES", [79, 148], [83, 43]), N(12479, "ES", [95, 124])],
  MX: [N(8151, "MX", [187, 188], [201, 137])],
  AR: [N(7303, "AR", [181, 44], [190, 18])],
  BR: [N(28573, "BR", [177, 34], [189, 4]), N(26599, "BR", [177, 140], [191, 253])],
  PT: [N(3243, "PT", [85, 242], [94, 60])],
  JP: [N(4713, "JP", [153, 142], [180, 14]), N(2516, "JP", [106, 133], [182, 251]), N(17676, "JP", [126, 74])],
  CN: [N(4134, "CN", [113, 91], [180, 162]), N(4837, "CN", [123, 118], [221, 218])],
  TW: [N(3462, "TW", [1, 170], [114, 44])],
  KR: [N(4766, "KR", [121, 141], [175, 197])],
  IN: [N(55836, "IN", [49, 37], [157, 35]), N(24560, "IN", [122, 167])],
  CA: [N(812, "CA", [99, 235], [174, 95]), N(577, "CA", [70, 49])],
  AU: [N(1221, "AU", [101, 182], [121, 209])],
  PL: [N(5617, "PL", [79, 186], [83, 27])],
  NL: [N(1136, "NL", [77, 163]), N(33915, "NL", [84, 86])],
  IT: [N(3269, "IT", [79, 37], [93, 47])],
  VN: [N(7552, "VN", [27, 74], [116, 103])],
  ID: [N(7713, "ID", [36, 79], [180, 247])],
  PH: [N(9299, "PH", [112, 204], [122, 55])],
  TR: [N(9121, "TR", [78, 189], [88, 241])],
};
export const INST: Record<string, Net> = {
  dfn: N(680, "DE", [141, 20], [134, 100], [129, 187]),
  janet: N(786, "GB", [128, 40], [131, 227]),
  internet2: N(11537, "US", [128, 8], [171, 67]),
  zscalerEu: N(62044, "DE", [147, 161], [165, 225]),
  zscalerUs: N(62044, "US", [136, 226], [165, 225]),
};
function ipIn(r: Rng, n: Net): string {
  const p = r.pick(n.pre);
  return `${p[0]}.${p[1]}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
export function cloudIp(r: Rng, name: string): Src { const n = CLOUD[name]; return { ip: ipIn(r, n), asn: n.asn, country: n.cc }; }
export function homeIp(r: Rng, cc: string): Src { const n = r.pick(HOME[cc] ?? HOME.US); return { ip: ipIn(r, n), asn: n.asn, country: n.cc }; }
export function instIp(r: Rng, name: string): Src { const n = INST[name]; return { ip: ipIn(r, n), asn: n.asn, country: n.cc }; }
export function fleet(r: Rng, names: string[], size: number): Src[] {
  const out: Src[] = [];
  for (let i = 0; i < size; i++) out.push(cloudIp(r, names[i % names.length]));
  return out;
}

// ------------------------------------------------------------------ keys, ids
const B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const B64U = B62 + "-_";
const HEX = "0123456789abcdef";
export type KeyKind = "legacy" | "proj" | "svc" | "ant";
export function makeKey(r: Rng, kind: KeyKind): string {
  switch (kind) {
    case "legacy": return "sk-" + r.chars(20, B62) + "T3BlbkFJ" + r.chars(20, B62);
    case "proj": return "sk-proj-" + r.chars(74, B64U) + "T3BlbkFJ" + r.chars(74, B64U);
    case "svc": return "sk-svcacct-" + r.chars(74, B64U) + "T3BlbkFJ" + r.chars(74, B64U);
    case "ant": return "sk-ant-api03-" + r.chars(93, B64U) + "AA";
  }
}
export function respId(r: Rng): string { return "resp_" + r.chars(48, HEX); }
export function userId(r: Rng, prefix = "u_"): string { return prefix + r.chars(12, HEX); }

// ------------------------------------------------------------------ tokens
/** Rough token count: ~4 Latin chars, ~1 CJK char, ~2.5 chars of other scripts per token. */
export function tok(s: string): number {
  let latin = 0, cjk = 0, other = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x250) latin++;
    else if ((c >= 0x3040 && c < 0xa000) || (c >= 0xac00 && c < 0xd7b0) || (c >= 0xff00 && c < 0xfff0)) cjk++;
    else if (c >= 0xd800 && c < 0xdc00) { /* surrogate lead */ } else other++;
  }
  return Math.ceil(latin / 4 + cjk * 1.1 + other / 2.5);
}
function textOf(x: unknown, acc: string[]): void {
  if (typeof x === "string") acc.push(x);
  else if (Array.isArray(x)) for (const y of x) textOf(y, acc);
  else if (x && typeof x === "object") {
    for (const [k, v] of Object.entries(x)) {
      if (k === "text" || k === "content" || k === "input" || k === "instructions" || k === "system") textOf(v, acc);
      else if (typeof v === "object") textOf(v, acc);
    }
  }
}
export function bodyTokens(body: Record<string, unknown>): number {
  const acc: string[] = [];
  textOf(body, acc);
  let n = 0;
  for (const s of acc) n += tok(s);
  const msgs = body.messages ?? (Array.isArray(body.input) ? body.input : null);
  n += 4 * (Array.isArray(msgs) ? msgs.length : 1) + 3;
  if (body.system || body.instructions) n += 4;
  return n;
}
export function capOf(body: Record<string, unknown>): number {
  return Number(body.max_completion_tokens ?? body.max_tokens ?? body.max_output_tokens ?? 4096);
}

// ------------------------------------------------------------------ sink
export type Cls = "honest" | "distill" | "benchmark";
export interface Line { ts: number; seq: number; text: string }
export interface Stat { cls: Cls; family: string; what: string; keys: Set<string>; requests: number }
export class Sink {
  lines: Line[] = [];
  labels: Record<string, { scenario: string; class: Cls; family: string }> = {};
  stats = new Map<string, Stat>();
  seq = 0;
  routes = new Map<string, number>();
}

export class Ctx {
  r: Rng;
  sink: Sink; scenario: string; cls: Cls; family: string; what: string;
  constructor(sink: Sink, scenario: string, cls: Cls, family: string, what: string, seed: number) {
    this.sink = sink; this.scenario = scenario; this.cls = cls; this.family = family; this.what = what;
    this.r = new Rng(hash32(`suite-l/${seed}/${scenario}`));
    sink.stats.set(scenario, { cls, family, what, keys: new Set(), requests: 0 });
  }
  key(kind: KeyKind): string {
    const k = makeKey(this.r, kind);
    this.sink.labels[k] = { scenario: this.scenario, class: this.cls, family: this.family };
    return k;
  }
  /**
   * Emit one request; `completion` is the billed completion tokens (already capped by the caller;
   * capped here again at cap x n). `prompt` is the billed prompt tokens. Returns false when the
   * request falls outside the window (nothing written).
   */
  emit(ts: number, key: string, src: Src, path: string, body: Record<string, unknown>, prompt: number, completion: number, extra?: Record<string, unknown>): boolean {
    if (ts < T0 || ts >= T_END) return false;
    const n = Number(body.n ?? 1);
    const comp = Math.max(0, Math.min(capOf(body) * n, Math.round(completion)));
    const line: Record<string, unknown> = { ts: Math.floor(ts), key, ip: src.ip, asn: src.asn, country: src.country, method: "POST", path, body, usage: { prompt_tokens: Math.round(prompt), completion_tokens: comp } };
    if (extra) Object.assign(line, extra);
    this.sink.lines.push({ ts: Math.floor(ts), seq: this.sink.seq++, text: JSON.stringify(line) });
    const st = this.sink.stats.get(this.scenario)!;
    st.keys.add(key);
    st.requests++;
    this.sink.routes.set(path, (this.sink.routes.get(path) ?? 0) + 1);
    return true;
  }
}
