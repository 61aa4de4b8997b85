/**
 * Suite k infrastructure: seeded PRNG, the four-day clock and daily curves, networks, key shapes,
 * token estimates, request-body builders and the sink that collects trace lines and key labels.
 */

// ------------------------------------------------------------------ PRNG (xorshift128+ style, 32-bit)
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
  f(): number {
    return this.u32() / 4294967296;
  }
  int(a: number, b: number): number {
    return a + Math.floor(this.f() * (b - a + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.f() * xs.length)];
  }
  p(x: number): boolean {
    return this.f() < x;
  }
  gauss(): number {
    const u = 1 - this.f(), v = this.f();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  logn(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.gauss());
  }
  expo(mean: number): number {
    return -Math.log(1 - this.f()) * mean;
  }
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
  sample<T>(xs: readonly T[], k: number): T[] {
    return this.shuffle(xs.slice()).slice(0, Math.min(k, xs.length));
  }
  chars(n: number, al: string): string {
    let s = "";
    for (let i = 0; i < n; i++) s += al[this.u32() % al.length];
    return s;
  }
  fork(label: string): Rng {
    return new Rng(hash32(label + "/" + this.u32()));
  }
}

// ------------------------------------------------------------------ clock
/** Friday 2027-01-15 00:00 UTC; four days: Fri, Sat, Sun, Mon (an exam week starts Tuesday). */
export const T0 = Date.UTC(2027, 0, 15);
export const MIN = 60_000, HOUR = 3_600_000, DAY = 86_400_000;
export const NDAYS = 4;
export const T_END = T0 + NDAYS * DAY;

export type Curve = "office" | "consumer" | "school" | "student" | "dev" | "global" | "evening" | "flat";
// local hour 0..23, relative weights
const HOURLY: Record<Curve, number[]> = {
  office: [1, 1, 1, 1, 1, 2, 5, 18, 55, 85, 95, 90, 55, 70, 92, 90, 75, 45, 18, 8, 5, 3, 2, 1],
  consumer: [25, 14, 8, 5, 4, 6, 12, 25, 38, 45, 50, 55, 62, 58, 55, 57, 63, 74, 88, 98, 100, 88, 66, 40],
  school: [4, 2, 1, 1, 1, 2, 6, 22, 38, 40, 42, 44, 40, 44, 55, 78, 92, 96, 90, 100, 96, 74, 40, 14],
  student: [30, 18, 9, 4, 2, 2, 4, 10, 24, 42, 56, 60, 58, 64, 70, 72, 70, 66, 64, 74, 86, 92, 80, 55],
  dev: [12, 7, 4, 2, 2, 3, 5, 10, 30, 60, 82, 86, 62, 75, 88, 90, 84, 66, 48, 42, 46, 42, 30, 18],
  global: [64, 58, 54, 52, 54, 60, 68, 78, 86, 92, 96, 100, 100, 98, 96, 95, 94, 92, 88, 84, 80, 76, 72, 68],
  evening: [40, 20, 8, 4, 3, 4, 8, 16, 24, 30, 34, 38, 42, 44, 46, 50, 58, 70, 84, 96, 100, 94, 80, 60],
  flat: Array(24).fill(100),
};
// Sunday .. Saturday
const WEEKLY: Record<Curve, number[]> = {
  office: [0.05, 1, 1.03, 1, 0.98, 0.85, 0.07],
  consumer: [1.15, 0.95, 0.95, 0.95, 0.97, 1.02, 1.18],
  school: [1.05, 1, 1.05, 1.05, 0.95, 0.55, 0.5],
  student: [1.1, 1.05, 1.05, 1, 0.9, 0.6, 0.65],
  dev: [0.3, 1, 1, 1, 0.95, 0.8, 0.3],
  global: [0.82, 1, 1, 1, 1, 0.95, 0.84],
  evening: [1.2, 0.9, 0.9, 0.9, 0.95, 1.05, 1.2],
  flat: [1, 1, 1, 1, 1, 1, 1],
};
export function weight(t: number, tz: number, c: Curve): number {
  const d = new Date(t + tz * HOUR);
  const h = d.getUTCHours(), m = d.getUTCMinutes() / 60;
  const a = HOURLY[c][h], b = HOURLY[c][(h + 1) % 24];
  return ((a + (b - a) * m) / 100) * WEEKLY[c][d.getUTCDay()];
}
/** A time drawn from a curve (rejection sampling) within [from, to). */
export function draw(r: Rng, tz: number, c: Curve, from = T0, to = T_END, boost?: (t: number) => number): number {
  for (let i = 0; i < 4000; i++) {
    const t = from + r.f() * (to - from);
    const w = weight(t, tz, c) * (boost ? boost(t) : 1);
    if (r.f() * 1.35 * (boost ? 3 : 1) < w) return Math.floor(t);
  }
  return Math.floor(from + r.f() * (to - from));
}
/** UTC epoch of local day d (0 = Friday), local hour h. */
export function at(d: number, h: number, tz: number): number {
  return T0 + d * DAY + h * HOUR - tz * HOUR;
}
export function localHour(t: number, tz: number): number {
  const d = new Date(t + tz * HOUR);
  return d.getUTCHours() + d.getUTCMinutes() / 60;
}
export function localDow(t: number, tz: number): number {
  return new Date(t + tz * HOUR).getUTCDay();
}

// ------------------------------------------------------------------ networks
export interface Src { ip: string; asn: number; country: string }
interface Net { asn: number; cc: string; pre: number[][] }
const N = (asn: number, cc: string, ...pre: number[][]): Net => ({ asn, cc, pre });
export const CLOUD: Record<string, Net> = {
  awsVa: N(16509, "US", [3, 208], [34, 204], [52, 71], [54, 164]),
  awsOr: N(16509, "US", [34, 212], [44, 230], [52, 38]),
  awsFra: N(16509, "DE", [3, 72], [18, 156], [52, 58]),
  awsDub: N(16509, "IE", [34, 240], [52, 48], [54, 74]),
  awsSyd: N(16509, "AU", [3, 24], [13, 54]),
  awsSin: N(16509, "SG", [13, 228], [18, 139], [52, 74]),
  awsBom: N(16509, "IN", [13, 126], [65, 0]),
  awsGru: N(16509, "BR", [15, 228], [18, 230]),
  gcpUs: N(396982, "US", [34, 71], [35, 193], [104, 154]),
  gcpEu: N(396982, "NL", [34, 90], [35, 204]),
  gcpAsia: N(396982, "JP", [34, 84], [35, 243]),
  azUs: N(8075, "US", [20, 42], [40, 117], [52, 168]),
  azEu: N(8075, "IE", [20, 54], [40, 113], [52, 164]),
  hetzner: N(24940, "DE", [5, 75], [65, 108], [95, 216], [159, 69]),
  hetznerFi: N(24940, "FI", [65, 21], [95, 217]),
  ovh: N(16276, "FR", [51, 77], [54, 37], [145, 239]),
  ovhCa: N(16276, "CA", [51, 79], [142, 44]),
  digitalocean: N(14061, "US", [134, 209], [159, 203], [167, 99]),
  doFra: N(14061, "DE", [46, 101], [164, 90]),
  vultr: N(20473, "US", [45, 63], [66, 42], [149, 248]),
  linode: N(63949, "US", [45, 79], [172, 104]),
  cloudflare: N(13335, "US", [104, 28], [172, 71]),
  alicloud: N(45102, "SG", [47, 74], [8, 219]),
  tencent: N(132203, "HK", [43, 129], [124, 156]),
  oracle: N(31898, "US", [129, 146], [150, 136]),
  contabo: N(51167, "DE", [38, 242], [161, 97], [194, 163]),
};
export const HOME: Record<string, Net[]> = {
  US: [N(7922, "US", [73, 15], [24, 8], [98, 203]), N(701, "US", [71, 105], [108, 46]), N(7018, "US", [99, 112], [12, 145]), N(20115, "US", [71, 84], [97, 100]), N(22773, "US", [68, 108])],
  CA: [N(812, "CA", [99, 231], [174, 88]), N(577, "CA", [70, 52])],
  MX: [N(8151, "MX", [187, 190], [201, 141])],
  BR: [N(28573, "BR", [177, 33], [189, 6]), N(26599, "BR", [177, 139], [191, 254])],
  GB: [N(2856, "GB", [86, 128], [81, 129]), N(5089, "GB", [82, 4], [94, 14]), N(5607, "GB", [2, 96], [90, 209])],
  DE: [N(3320, "DE", [79, 241], [87, 150], [93, 221]), N(3209, "DE", [88, 64], [94, 134])],
  FR: [N(3215, "FR", [90, 24], [86, 245]), N(12322, "FR", [82, 65], [88, 120])],
  ES: [N(3352, "ES", [79, 152], [83, 56])],
  IT: [N(3269, "IT", [79, 33], [93, 45])],
  NL: [N(1136, "NL", [77, 161]), N(33915, "NL", [84, 84])],
  PL: [N(5617, "PL", [79, 184], [83, 24]), N(12741, "PL", [83, 31], [89, 72])],
  TR: [N(9121, "TR", [78, 186], [88, 230]), N(16135, "TR", [37, 154], [178, 240])],
  VN: [N(7552, "VN", [27, 72], [116, 101]), N(45899, "VN", [113, 185], [14, 226]), N(18403, "VN", [42, 116], [58, 187])],
  ID: [N(7713, "ID", [36, 72], [180, 244]), N(4761, "ID", [114, 124], [202, 155])],
  IN: [N(55836, "IN", [49, 36], [157, 32]), N(24560, "IN", [122, 161], [223, 187]), N(9829, "IN", [117, 199])],
  SA: [N(25019, "SA", [94, 96], [188, 54])],
  EG: [N(8452, "EG", [41, 35], [156, 210])],
  AE: [N(5384, "AE", [94, 200], [86, 98])],
  MA: [N(36903, "MA", [105, 155], [196, 206])],
  JP: [N(4713, "JP", [153, 156], [180, 20]), N(2516, "JP", [106, 128], [182, 250]), N(17676, "JP", [126, 44])],
  KR: [N(4766, "KR", [121, 134], [175, 193]), N(9318, "KR", [218, 38], [58, 120])],
  CN: [N(4134, "CN", [113, 87], [180, 158]), N(4837, "CN", [123, 112], [221, 216])],
  TW: [N(3462, "TW", [1, 164], [114, 36])],
  RU: [N(12389, "RU", [95, 24], [178, 66])],
  UA: [N(15895, "UA", [46, 211], [93, 74])],
  PH: [N(9299, "PH", [112, 198], [122, 52])],
  TH: [N(7470, "TH", [49, 228], [171, 96])],
  NG: [N(29465, "NG", [102, 89], [197, 210])],
  KE: [N(33771, "KE", [41, 90], [105, 163])],
  AU: [N(1221, "AU", [101, 160], [121, 200])],
  PT: [N(3243, "PT", [85, 243], [94, 61])],
  AR: [N(7303, "AR", [181, 46], [190, 16])],
  CO: [N(10620, "CO", [181, 49], [190, 158])],
  SE: [N(3301, "SE", [78, 67], [90, 224])],
};
/** University and research networks, office egress points. */
export const INST: Record<string, Net> = {
  dfn: N(680, "DE", [141, 2], [134, 93], [129, 13]),
  janet: N(786, "GB", [128, 232], [131, 111], [144, 82]),
  surf: N(1103, "NL", [145, 97], [131, 155]),
  switch: N(559, "CH", [129, 132], [192, 33]),
  utoronto: N(239, "CA", [128, 100], [142, 150]),
  internet2: N(11537, "US", [128, 2], [171, 64]),
  zscalerUs: N(62044, "US", [136, 226], [165, 225]),
  zscalerEu: N(62044, "DE", [147, 161], [165, 225]),
  colt: N(8220, "GB", [212, 36], [213, 86]),
};
function ipIn(r: Rng, n: Net): string {
  const p = r.pick(n.pre);
  return `${p[0]}.${p[1]}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
export function cloudIp(r: Rng, name: string): Src {
  const n = CLOUD[name];
  return { ip: ipIn(r, n), asn: n.asn, country: n.cc };
}
export function homeIp(r: Rng, cc: string): Src {
  const n = r.pick(HOME[cc] ?? HOME.US);
  return { ip: ipIn(r, n), asn: n.asn, country: n.cc };
}
export function instIp(r: Rng, name: string): Src {
  const n = INST[name];
  return { ip: ipIn(r, n), asn: n.asn, country: n.cc };
}
/** A small fixed fleet of egress addresses. */
export function fleet(r: Rng, names: string[], size: number): Src[] {
  const out: Src[] = [];
  for (let i = 0; i < size; i++) out.push(cloudIp(r, names[i % names.length]));
  return out;
}

// ------------------------------------------------------------------ keys
const B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const B64U = B62 + "-_";
export type KeyKind = "legacy" | "proj" | "svc" | "ant";
export function makeKey(r: Rng, kind: KeyKind): string {
  switch (kind) {
    case "legacy": return "sk-" + r.chars(20, B62) + "T3BlbkFJ" + r.chars(20, B62);
    case "proj": return "sk-proj-" + r.chars(74, B64U) + "T3BlbkFJ" + r.chars(74, B64U);
    case "svc": return "sk-svcacct-" + r.chars(74, B64U) + "T3BlbkFJ" + r.chars(74, B64U);
    case "ant": return "sk-ant-api03-" + r.chars(93, B64U) + "AA";
  }
}

// ------------------------------------------------------------------ tokens
/** Rough token count: ~4 Latin chars, ~1 CJK char, ~2 chars of other scripts per token. */
export function tok(s: string): number {
  let latin = 0, cjk = 0, other = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x250) latin++;
    else if ((c >= 0x1e00 && c < 0x1f00)) latin += 2; // Vietnamese precomposed
    else if ((c >= 0x3040 && c < 0xa000) || (c >= 0xac00 && c < 0xd7b0) || (c >= 0xff00 && c < 0xfff0)) cjk++;
    else if (c >= 0xd800 && c < 0xdc00) { /* surrogate lead */ } else other++;
  }
  return Math.ceil(latin / 4 + cjk * 1.0 + other / 2);
}
function textOf(x: unknown, acc: string[]): void {
  if (typeof x === "string") acc.push(x);
  else if (Array.isArray(x)) for (const y of x) textOf(y, acc);
  else if (x && typeof x === "object") {
    for (const [k, v] of Object.entries(x)) {
      if (k === "text" || k === "content" || k === "input" || k === "instructions" || k === "system" || k === "output" || k === "prompt" || k === "arguments") textOf(v, acc);
      else if (k === "tools" || k === "tool_calls" || k === "input_schema" || k === "parameters" || k === "function") acc.push(JSON.stringify(v));
      else if (typeof v === "object") textOf(v, acc);
    }
  }
}
export function promptTokens(body: Record<string, unknown>): number {
  const acc: string[] = [];
  textOf(body, acc);
  let n = 0;
  for (const s of acc) n += tok(s);
  const msgs = (body.messages ?? (Array.isArray(body.input) ? body.input : [])) as unknown[];
  n += 4 * (Array.isArray(msgs) ? msgs.length : 1) + 3;
  if (body.system) n += 4;
  return n;
}

// ------------------------------------------------------------------ body builders
export type Msg = Record<string, unknown>;
export interface Gen { cap: number; n?: number }

export function chat(model: string, messages: Msg[], o: Record<string, unknown> = {}): Record<string, unknown> {
  return { model, messages, ...o };
}
export function isReasoning(model: string): boolean {
  return /^(o\d|gpt-5)/.test(model);
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
}

export class Ctx {
  r: Rng;
  sink: Sink; scenario: string; cls: Cls; family: string; what: string;
  constructor(sink: Sink, scenario: string, cls: Cls, family: string, what: string, seed: number) {
    this.sink = sink; this.scenario = scenario; this.cls = cls; this.family = family; this.what = what;
    this.r = new Rng(hash32(`suite-k/${seed}/${scenario}`));
    sink.stats.set(scenario, { cls, family, what, keys: new Set(), requests: 0 });
  }
  key(kind: KeyKind): string {
    const k = makeKey(this.r, kind);
    this.sink.labels[k] = { scenario: this.scenario, class: this.cls, family: this.family };
    return k;
  }
  /**
   * Emit one request. completion: drawn tokens per choice (capped at the body's cap; times n).
   * Returns the completion tokens actually billed.
   */
  emit(ts: number, key: string, src: Src, path: string, body: Record<string, unknown>, completion: number, extraPrompt = 0): number {
    if (ts < T0 || ts >= T_END) return 0;
    const n = Number(body.n ?? 1);
    const cap = capOf(body);
    let comp = 0;
    if (path === "/v1/embeddings") comp = 0;
    else {
      for (let i = 0; i < n; i++) comp += Math.max(1, Math.min(cap, Math.round(completion * (i === 0 ? 1 : this.r.logn(1, 0.25)))));
    }
    let pt = path === "/v1/embeddings" ? embedTokens(body) : promptTokens(body) + extraPrompt;
    const line = { ts: Math.floor(ts), key, ip: src.ip, asn: src.asn, country: src.country, method: "POST", path, body, usage: { prompt_tokens: pt, completion_tokens: comp } };
    this.sink.lines.push({ ts: line.ts, seq: this.sink.seq++, text: JSON.stringify(line) });
    const st = this.sink.stats.get(this.scenario)!;
    st.keys.add(key);
    st.requests++;
    return comp;
  }
}
function embedTokens(body: Record<string, unknown>): number {
  const inp = body.input;
  const xs = Array.isArray(inp) ? inp : [inp];
  let n = 0;
  for (const x of xs) n += tok(String(x));
  return n;
}
