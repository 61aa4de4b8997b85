// Shared machinery for suite f: seeded randomness, keys, networks, time, tokens, event sink.
// node built-ins only; deterministic per seed.

export class Rng {
  private a: number; private b: number; private c: number; private d: number;
  constructor(seed: number, salt = 0) {
    // splitmix32 to initialise sfc32
    let s = (seed * 2654435761 + salt * 40503 + 0x9e3779b9) >>> 0;
    const next = () => { s = (s + 0x9e3779b9) >>> 0; let z = s; z = Math.imul(z ^ (z >>> 16), 0x85ebca6b); z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35); return (z ^ (z >>> 16)) >>> 0; };
    this.a = next(); this.b = next(); this.c = next(); this.d = next();
    for (let i = 0; i < 12; i++) this.u();
  }
  u(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }
  int(lo: number, hi: number): number { return lo + Math.floor(this.u() * (hi - lo + 1)); }
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.u() * xs.length)]; }
  chance(p: number): boolean { return this.u() < p; }
  normal(): number { let u = 0; while (u === 0) u = this.u(); return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.u()); }
  logn(median: number, sigma: number): number { return median * Math.exp(sigma * this.normal()); }
  exp(mean: number): number { return -Math.log(1 - this.u()) * mean; }
  weighted<T>(xs: readonly [T, number][]): T {
    let tot = 0; for (const [, w] of xs) tot += w;
    let r = this.u() * tot;
    for (const [x, w] of xs) { r -= w; if (r <= 0) return x; }
    return xs[xs.length - 1][0];
  }
  shuffle<T>(xs: T[]): T[] { for (let i = xs.length - 1; i > 0; i--) { const j = Math.floor(this.u() * (i + 1)); [xs[i], xs[j]] = [xs[j], xs[i]]; } return xs; }
  sample<T>(xs: readonly T[], k: number): T[] { return this.shuffle(xs.slice()).slice(0, Math.min(k, xs.length)); }
  fork(salt: number): Rng { return new Rng(Math.floor(this.u() * 2 ** 31), salt); }
  chars(n: number, alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"): string { let s = ""; for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.u() * alphabet.length)]; return s; }
  hex(n: number): string { return this.chars(n, "0123456789abcdef"); }
}

export const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

// ---------------- window ----------------
// Friday 13 Nov 2026 00:00 UTC .. Tuesday 17 Nov 2026 00:00 UTC (Fri, Sat, Sun, Mon)
export const WINDOW_START = Date.UTC(2026, 10, 13, 0, 0, 0);
export const DAYS = 4;
export const WINDOW_END = WINDOW_START + DAYS * 86400_000;
export const H = 3600_000, M = 60_000, S = 1000;

export function localHour(ts: number, tzHours: number): number { return (((ts / H + tzHours) % 24) + 24) % 24; }
export function localDow(ts: number, tzHours: number): number { return new Date(ts + tzHours * H).getUTCDay(); } // 0 = Sunday

export type Diurnal = "office" | "evening" | "consumer" | "flat" | "student" | "night";
export function diurnalWeight(kind: Diurnal, h: number, dow: number): number {
  const weekend = dow === 0 || dow === 6;
  switch (kind) {
    case "office": {
      if (weekend) return 0.04;
      if (h < 7.5 || h > 19) return 0.02;
      if (h >= 12 && h < 13) return 0.45;
      if (h < 9) return 0.4; if (h > 17.5) return 0.3; return 1;
    }
    case "student": { // after school and evening, more on Sunday evening
      const base = h < 7 ? 0.03 : h < 12 ? 0.25 : h < 15 ? 0.45 : h < 22.5 ? 1 : h < 24 ? 0.35 : 0.1;
      return base * (dow === 6 ? 0.55 : dow === 0 ? 1.15 : 1);
    }
    case "evening": return h < 7 ? 0.05 : h < 17 ? 0.35 : h < 23 ? 1 : 0.3;
    case "consumer": return (h < 6 ? 0.12 : h < 9 ? 0.45 : h < 18 ? 0.8 : h < 23 ? 1 : 0.4) * (weekend ? 1.1 : 1);
    case "night": return h >= 0 && h < 5 ? 1 : 0.05;
    default: return 1;
  }
}

/** A timestamp in [lo, hi) drawn with the diurnal profile in the given time zone. */
export function drawTime(rng: Rng, kind: Diurnal, tz: number, lo = WINDOW_START, hi = WINDOW_END): number {
  for (let i = 0; i < 200; i++) {
    const t = lo + Math.floor(rng.u() * (hi - lo));
    if (rng.u() <= diurnalWeight(kind, localHour(t, tz), localDow(t, tz))) return t;
  }
  return lo + Math.floor(rng.u() * (hi - lo));
}

// ---------------- tokens ----------------
export function tok(s: string): number {
  let t = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x2e80 && c <= 0x9fff) t += 0.9;        // CJK, kana
    else if (c >= 0xac00 && c <= 0xd7af) t += 0.6;   // hangul
    else if (c >= 0x0e00 && c <= 0x0e7f) t += 0.45;  // thai
    else if (c >= 0x0900 && c <= 0x097f) t += 0.5;   // devanagari
    else if (c >= 0x0600 && c <= 0x06ff) t += 0.38;  // arabic
    else if (c >= 0x0400 && c <= 0x04ff) t += 0.33;  // cyrillic
    else if (c > 0x7f) t += 0.35;
    else t += 0.26;
  }
  return Math.max(1, Math.round(t));
}
export function msgTok(messages: { role: string; content?: unknown }[], system?: string, extra = 0): number {
  let t = 3 + extra + (system ? tok(system) + 4 : 0);
  for (const m of messages) {
    const c = m.content;
    t += 4 + (typeof c === "string" ? tok(c) : c == null ? 0 : tok(JSON.stringify(c)));
  }
  return t;
}

// ---------------- keys ----------------
export type Cls = "honest" | "distill" | "benchmark";
export interface KeyMeta { scenario: string; class: Cls; family: string }
export function openaiKey(rng: Rng, style: "proj" | "svc" | "legacy" = "proj"): string {
  if (style === "legacy") return "sk-" + rng.chars(48);
  if (style === "svc") return "sk-svcacct-" + rng.chars(20) + "T3BlbkFJ" + rng.chars(20) + "_" + rng.chars(24);
  return "sk-proj-" + rng.chars(24) + "_" + rng.chars(20) + "T3BlbkFJ" + rng.chars(28);
}
export function anthropicKey(rng: Rng): string { return "sk-ant-api03-" + rng.chars(86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") + "-" + rng.chars(6) + "AA"; }

// ---------------- networks ----------------
export interface Net { ip: string; asn: number; country: string }
interface AsnDef { asn: number; country: string; prefixes: [number, number][] }
const A = (asn: number, country: string, ...prefixes: [number, number][]): AsnDef => ({ asn, country, prefixes });
export const CLOUD: Record<string, AsnDef> = {
  aws_us: A(16509, "US", [3, 210], [44, 192], [52, 14], [54, 162], [18, 204]),
  aws_eu: A(16509, "IE", [34, 240], [52, 48], [54, 78], [63, 32]),
  aws_de: A(16509, "DE", [3, 120], [18, 184], [35, 156]),
  aws_sg: A(16509, "SG", [13, 228], [18, 139], [54, 169]),
  aws_br: A(16509, "BR", [15, 228], [18, 229], [54, 232]),
  gcp_us: A(396982, "US", [34, 66], [35, 188], [34, 123]),
  gcp_eu: A(396982, "NL", [34, 90], [35, 204]),
  gcp_asia: A(396982, "JP", [34, 84], [35, 243]),
  azure_us: A(8075, "US", [20, 42], [40, 76], [52, 170], [13, 86]),
  azure_eu: A(8075, "NL", [20, 61], [51, 105], [52, 157]),
  hetzner: A(24940, "DE", [88, 198], [95, 216], [116, 202], [138, 201], [168, 119]),
  hetzner_fi: A(24940, "FI", [65, 21], [95, 217], [135, 181]),
  ovh: A(16276, "FR", [51, 75], [54, 36], [137, 74], [147, 135], [51, 178]),
  digitalocean: A(14061, "US", [104, 248], [138, 197], [159, 203], [167, 172]),
  digitalocean_sg: A(14061, "SG", [128, 199], [139, 59], [159, 89]),
  alibaba_sg: A(45102, "SG", [8, 219], [47, 74], [47, 241]),
  tencent_hk: A(132203, "HK", [43, 128], [43, 154], [119, 28]),
  oracle: A(31898, "US", [129, 146], [132, 145], [150, 136]),
  linode: A(63949, "US", [45, 79], [172, 104], [139, 162]),
  vultr: A(20473, "US", [45, 32], [149, 28], [207, 148]),
  contabo: A(51167, "DE", [5, 189], [161, 97], [173, 212]),
  github_ci: A(8075, "US", [20, 55], [20, 163], [52, 234]),
};
export const RESI: Record<string, AsnDef[]> = {
  US: [A(7922, "US", [73, 15], [98, 207], [24, 60]), A(701, "US", [71, 114], [108, 28]), A(7018, "US", [99, 39], [107, 200]), A(22773, "US", [68, 4], [70, 176]), A(21928, "US", [172, 58])],
  DE: [A(3320, "DE", [79, 192], [87, 150], [93, 213], [217, 91]), A(3209, "DE", [88, 64], [94, 134]), A(6805, "DE", [78, 48])],
  FR: [A(3215, "FR", [90, 24], [86, 246]), A(12322, "FR", [82, 64], [88, 163]), A(5410, "FR", [176, 128])],
  GB: [A(2856, "GB", [86, 128], [109, 144]), A(5089, "GB", [82, 2], [86, 2])],
  ES: [A(3352, "ES", [83, 36], [88, 12]), A(12479, "ES", [90, 160])],
  TR: [A(9121, "TR", [78, 160], [85, 96], [88, 230]), A(16135, "TR", [31, 142], [176, 88]), A(34984, "TR", [95, 70])],
  VN: [A(7552, "VN", [27, 72], [116, 96], [171, 224]), A(45899, "VN", [14, 160], [113, 160]), A(18403, "VN", [1, 52], [118, 69])],
  ID: [A(7713, "ID", [36, 68], [180, 244], [125, 160]), A(23693, "ID", [114, 124], [182, 0]), A(4761, "ID", [202, 152])],
  PL: [A(5617, "PL", [83, 24], [89, 76]), A(12912, "PL", [37, 47], [46, 77]), A(6830, "PL", [178, 36])],
  SA: [A(25019, "SA", [94, 96], [176, 224]), A(35819, "SA", [5, 156])],
  EG: [A(8452, "EG", [41, 33], [156, 199], [197, 32]), A(36992, "EG", [41, 234])],
  AE: [A(5384, "AE", [94, 200], [86, 98])],
  IN: [A(55836, "IN", [49, 36], [157, 32], [106, 195]), A(24560, "IN", [122, 161], [223, 186]), A(9829, "IN", [117, 201])],
  KR: [A(4766, "KR", [121, 128], [175, 223], [211, 36]), A(9318, "KR", [1, 224], [118, 32])],
  JP: [A(4713, "JP", [153, 156], [180, 16]), A(2516, "JP", [106, 154], [111, 86])],
  BR: [A(27699, "BR", [177, 24], [189, 100]), A(28573, "BR", [177, 64], [191, 176]), A(26599, "BR", [187, 112])],
  MX: [A(8151, "MX", [187, 188], [189, 203])],
  KE: [A(33771, "KE", [41, 90], [105, 160], [154, 122]), A(36866, "KE", [41, 80])],
  TH: [A(7470, "TH", [110, 164], [171, 96]), A(131445, "TH", [49, 228])],
  CN: [A(4134, "CN", [113, 116], [180, 160]), A(4837, "CN", [123, 112], [221, 216])],
  RU: [A(12389, "RU", [95, 24], [178, 64]), A(8402, "RU", [85, 140])],
  IT: [A(3269, "IT", [79, 24], [93, 44]), A(30722, "IT", [5, 90])],
  NG: [A(29465, "NG", [105, 112], [197, 210])],
  PK: [A(17557, "PK", [39, 32], [182, 180])],
  PH: [A(9299, "PH", [112, 198], [124, 106])],
};
export const TZ: Record<string, number> = { US: -6, DE: 1, FR: 1, GB: 0, ES: 1, TR: 3, VN: 7, ID: 7, PL: 1, SA: 3, EG: 2, AE: 4, IN: 5.5, KR: 9, JP: 9, BR: -3, MX: -6, KE: 3, TH: 7, CN: 8, RU: 3, IT: 1, NG: 1, PK: 5, PH: 8, SG: 8, IE: 0, NL: 1, HK: 8, FI: 2 };

function ipIn(rng: Rng, def: AsnDef): string { const [a, b] = rng.pick(def.prefixes); return `${a}.${b}.${rng.int(0, 255)}.${rng.int(1, 254)}`; }
export function cloudNet(rng: Rng, region: keyof typeof CLOUD): Net { const d = CLOUD[region]; return { ip: ipIn(rng, d), asn: d.asn, country: d.country }; }
/** A small pool of egress addresses (NAT gateways) for one backend. */
export function cloudPool(rng: Rng, region: keyof typeof CLOUD, n: number): Net[] { return Array.from({ length: n }, () => cloudNet(rng, region)); }
export function resiNet(rng: Rng, country: string): Net { const d = rng.pick(RESI[country] ?? RESI.US); return { ip: ipIn(rng, d), asn: d.asn, country: d.country }; }
export const RESI_COUNTRIES = Object.keys(RESI);

// ---------------- sink ----------------
export interface Usage { prompt_tokens: number; completion_tokens?: number }
export interface Ev { ts: number; key: string; ip: string; asn: number; country: string; method: string; path: string; body: unknown; usage: Usage }
export class Sink {
  lines: { ts: number; seq: number; line: string }[] = [];
  keys: Record<string, KeyMeta> = {};
  stats: Record<string, { class: Cls; family: string; keys: number; requests: number; completion_tokens: number; prompt_tokens: number }> = {};
  private seq = 0;
  key(k: string, meta: KeyMeta): string {
    if (this.keys[k]) throw new Error("duplicate key");
    this.keys[k] = meta;
    const s = (this.stats[meta.scenario] ??= { class: meta.class, family: meta.family, keys: 0, requests: 0, completion_tokens: 0, prompt_tokens: 0 });
    s.keys++;
    return k;
  }
  emit(ts: number, key: string, net: Net, path: string, body: unknown, usage: Usage): void {
    if (ts < WINDOW_START || ts >= WINDOW_END) return;
    const meta = this.keys[key];
    if (!meta) throw new Error("unregistered key");
    ts = Math.floor(ts);
    const ev: Ev = { ts, key, ip: net.ip, asn: net.asn, country: net.country, method: "POST", path, body, usage: { prompt_tokens: Math.round(usage.prompt_tokens), completion_tokens: Math.round(usage.completion_tokens ?? 0) } };
    this.lines.push({ ts, seq: this.seq++, line: JSON.stringify(ev) });
    const s = this.stats[meta.scenario];
    s.requests++; s.completion_tokens += usage.completion_tokens ?? 0; s.prompt_tokens += usage.prompt_tokens;
  }
}
