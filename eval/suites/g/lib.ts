// Suite g helpers: seeded PRNG, window and day curves, token estimate, key / id formats,
// network pools, and the event sink. Node built-ins only.

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const MIN = 60_000;
export const SEC = 1000;
/** Window: Thursday 2026-11-26 00:00 UTC -> Monday 2026-11-30 00:00 UTC (Thu, Fri, Sat, Sun). */
export const START = Date.UTC(2026, 10, 26);
export const DAYS = 4;
export const END = START + DAYS * DAY;
/** Day index (0 = Thu) of the weekend days. */
export const WEEKEND = new Set([2, 3]);

function cyrb128(str: string): [number, number, number, number] {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const HEX = "0123456789abcdef";

export class Rng {
  private a: number; private b: number; private c: number; private d: number;
  constructor(seed: string) {
    [this.a, this.b, this.c, this.d] = cyrb128(seed);
    for (let i = 0; i < 12; i++) this.next();
  }
  next(): number {
    let { a, b, c, d } = this;
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b | 0) + d | 0;
    d = d + 1 | 0;
    a = b ^ (b >>> 9);
    b = c + (c << 3) | 0;
    c = (c << 21) | (c >>> 11);
    c = c + t | 0;
    this.a = a; this.b = b; this.c = c; this.d = d;
    return (t >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  real(lo: number, hi: number): number { return lo + this.next() * (hi - lo); }
  chance(p: number): boolean { return this.next() < p; }
  pick<T>(a: readonly T[]): T { return a[Math.floor(this.next() * a.length)]; }
  pickN<T>(a: readonly T[], n: number): T[] {
    const c = a.slice();
    const out: T[] = [];
    for (let i = 0; i < n && c.length; i++) out.push(c.splice(Math.floor(this.next() * c.length), 1)[0]);
    return out;
  }
  weighted<T>(pairs: readonly (readonly [T, number])[]): T {
    let s = 0;
    for (const p of pairs) s += p[1];
    let x = this.next() * s;
    for (const p of pairs) { x -= p[1]; if (x < 0) return p[0]; }
    return pairs[pairs.length - 1][0];
  }
  normal(): number {
    const u = 1 - this.next(), v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  /** Log-normal with the given median and spread (sigma of the log). */
  logn(median: number, sigma: number): number { return median * Math.exp(sigma * this.normal()); }
  /** Integer log-normal clamped to [lo, hi]. */
  tok(median: number, sigma: number, lo: number, hi: number): number {
    return Math.max(lo, Math.min(hi, Math.round(this.logn(median, sigma))));
  }
  exp(mean: number): number { return -Math.log(1 - this.next()) * mean; }
  str(n: number, alphabet = ALNUM): string {
    let s = "";
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.next() * alphabet.length)];
    return s;
  }
  hex(n: number): string { return this.str(n, HEX); }
  shuffle<T>(a: T[]): T[] {
    for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.next() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
    return a;
  }
}

// ---------- token estimate (script-aware) ----------
export function tokens(text: string): number {
  let t = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) t += 0.26;
    else if (c < 0x0400) t += 0.4; // accented latin
    else if (c < 0x0600) t += 0.45; // cyrillic
    else if (c < 0x0900) t += 0.55; // arabic
    else if (c < 0x0e00) t += 0.7; // devanagari etc.
    else if (c < 0x1100) t += 0.7; // thai
    else if (c < 0x3000) t += 0.5;
    else t += 0.85; // cjk, kana, hangul
  }
  return Math.max(1, Math.ceil(t));
}

// ---------- ids and keys ----------
export function respId(r: Rng): string { return "resp_" + r.hex(50); }
export function convId(r: Rng): string { return "conv_" + r.hex(48); }
export function callId(r: Rng): string { return "call_" + r.str(24); }
export function fcId(r: Rng): string { return "fc_" + r.hex(50); }
export function openaiKey(r: Rng, kind: "proj" | "svcacct" | "legacy" = "proj"): string {
  if (kind === "legacy") return "sk-" + r.str(48);
  return `sk-${kind}-` + r.str(64) + "T3BlbkFJ" + r.str(64);
}
export function anthropicKey(r: Rng): string { return "sk-ant-api03-" + r.str(86, ALNUM + "-_") + "-" + r.str(6) + "AA"; }

// ---------- networks ----------
export interface Net { ip: string; asn: number; country: string }
interface Asn { asn: number; country: string; prefixes: [number, number][] }
export const CLOUD: Record<string, Asn> = {
  aws_us: { asn: 16509, country: "US", prefixes: [[3, 80], [18, 204], [34, 229], [44, 192], [54, 88]] },
  aws_eu: { asn: 16509, country: "DE", prefixes: [[3, 120], [18, 184], [52, 28]] },
  aws_jp: { asn: 16509, country: "JP", prefixes: [[13, 112], [54, 64]] },
  aws_sg: { asn: 16509, country: "SG", prefixes: [[13, 212], [54, 254]] },
  gcp_us: { asn: 396982, country: "US", prefixes: [[34, 66], [35, 188], [104, 154]] },
  gcp_eu: { asn: 396982, country: "NL", prefixes: [[34, 90], [35, 204]] },
  azure_us: { asn: 8075, country: "US", prefixes: [[20, 42], [40, 76], [52, 152]] },
  azure_in: { asn: 8075, country: "IN", prefixes: [[20, 193], [52, 172]] },
  hetzner: { asn: 24940, country: "DE", prefixes: [[65, 108], [88, 198], [116, 202], [135, 181]] },
  ovh: { asn: 16276, country: "FR", prefixes: [[51, 75], [54, 36], [141, 94]] },
  do: { asn: 14061, country: "US", prefixes: [[137, 184], [159, 65], [167, 71]] },
  alibaba: { asn: 45102, country: "SG", prefixes: [[8, 219], [47, 74], [161, 117]] },
  tencent: { asn: 132203, country: "HK", prefixes: [[43, 128], [119, 28], [129, 226]] },
  oracle: { asn: 31898, country: "US", prefixes: [[129, 146], [150, 136], [158, 101]] },
  vultr: { asn: 20473, country: "JP", prefixes: [[45, 76], [108, 61], [149, 28]] },
  contabo: { asn: 51167, country: "DE", prefixes: [[161, 97], [173, 212], [207, 180]] },
  github: { asn: 8075, country: "US", prefixes: [[20, 14], [20, 102], [172, 200]] },
};
export const RESI: Record<string, Asn[]> = {
  US: [{ asn: 7922, country: "US", prefixes: [[73, 15], [98, 207], [24, 30]] }, { asn: 701, country: "US", prefixes: [[71, 167], [108, 28]] }, { asn: 21928, country: "US", prefixes: [[172, 56], [172, 58]] }],
  DE: [{ asn: 3320, country: "DE", prefixes: [[79, 192], [87, 150], [93, 208]] }, { asn: 6805, country: "DE", prefixes: [[95, 113], [178, 5]] }],
  FR: [{ asn: 3215, country: "FR", prefixes: [[90, 3], [86, 246]] }, { asn: 12322, country: "FR", prefixes: [[82, 64], [88, 160]] }],
  ES: [{ asn: 3352, country: "ES", prefixes: [[83, 44], [88, 27]] }],
  MX: [{ asn: 8151, country: "MX", prefixes: [[187, 188], [189, 203]] }],
  BR: [{ asn: 26599, country: "BR", prefixes: [[177, 79], [189, 100]] }, { asn: 28573, country: "BR", prefixes: [[179, 218], [191, 177]] }],
  IN: [{ asn: 55836, country: "IN", prefixes: [[49, 36], [157, 40]] }, { asn: 24560, country: "IN", prefixes: [[122, 161], [182, 64]] }],
  ID: [{ asn: 7713, country: "ID", prefixes: [[114, 124], [182, 1]] }, { asn: 17974, country: "ID", prefixes: [[36, 68], [125, 160]] }],
  JP: [{ asn: 4713, country: "JP", prefixes: [[60, 34], [153, 222]] }, { asn: 2516, country: "JP", prefixes: [[106, 154], [111, 239]] }],
  KR: [{ asn: 4766, country: "KR", prefixes: [[121, 133], [175, 196]] }],
  CN: [{ asn: 4134, country: "CN", prefixes: [[113, 88], [180, 160]] }, { asn: 4837, country: "CN", prefixes: [[123, 112], [221, 216]] }],
  EG: [{ asn: 8452, country: "EG", prefixes: [[41, 33], [156, 208]] }],
  SA: [{ asn: 25019, country: "SA", prefixes: [[94, 98], [188, 48]] }],
  KE: [{ asn: 33771, country: "KE", prefixes: [[105, 160], [197, 237]] }],
  TZ: [{ asn: 37133, country: "TZ", prefixes: [[41, 59], [196, 249]] }],
  TR: [{ asn: 9121, country: "TR", prefixes: [[78, 171], [88, 230]] }],
  GB: [{ asn: 2856, country: "GB", prefixes: [[81, 129], [86, 128]] }],
  VN: [{ asn: 7552, country: "VN", prefixes: [[27, 72], [171, 224]] }],
  NG: [{ asn: 29465, country: "NG", prefixes: [[102, 89], [105, 112]] }],
};
export const TZ: Record<string, number> = { US: -6, DE: 1, FR: 1, ES: 1, MX: -6, BR: -3, IN: 5.5, ID: 7, JP: 9, KR: 9, CN: 8, EG: 2, SA: 3, KE: 3, TZ: 3, TR: 3, GB: 0, VN: 7, NG: 1, SG: 8, NL: 1, HK: 8 };

function addrIn(r: Rng, a: Asn): Net {
  const [p1, p2] = r.pick(a.prefixes);
  return { ip: `${p1}.${p2}.${r.int(0, 255)}.${r.int(1, 254)}`, asn: a.asn, country: a.country };
}
export function cloudNet(r: Rng, name: keyof typeof CLOUD | string): Net { return addrIn(r, CLOUD[name]); }
export function resiNet(r: Rng, country: string): Net { return addrIn(r, r.pick(RESI[country])); }
/** A small fixed pool of egress addresses (an app backend). */
export function pool(r: Rng, cloud: string, n: number): Net[] {
  const out: Net[] = [];
  for (let i = 0; i < n; i++) out.push(cloudNet(r, cloud));
  return out;
}

// ---------- time ----------
export type Curve = number[]; // 24 local-hour weights
export const CURVES: Record<string, Curve> = {
  consumer: [3, 2, 1, 1, 1, 1, 2, 4, 5, 6, 6, 6, 7, 6, 6, 6, 7, 8, 9, 10, 11, 11, 9, 6],
  office: [0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 1, 3, 8, 10, 10, 9, 7, 9, 10, 10, 9, 6, 3, 2, 1.5, 1, 0.6, 0.3],
  dev: [2, 1, 0.5, 0.3, 0.3, 0.4, 1, 2, 5, 8, 9, 9, 8, 9, 9, 9, 8, 7, 6, 6, 6, 5, 4, 3],
  student: [2, 1, 0.5, 0.3, 0.3, 0.5, 1, 3, 4, 4, 4, 4, 4, 5, 6, 7, 8, 9, 10, 10, 9, 7, 5, 3],
  flat: new Array(24).fill(1),
  awake: [0.5, 0.3, 0.2, 0.2, 0.2, 0.5, 2, 5, 7, 8, 8, 8, 7, 8, 8, 8, 8, 7, 6, 6, 5, 4, 3, 1],
};
/** A time in the window drawn from a local-hour curve (weekends scaled by `weekend`). */
export function drawTime(r: Rng, curve: Curve, tz: number, weekend = 1, day?: number): number {
  for (let tries = 0; tries < 50; tries++) {
    const d = day ?? r.int(0, DAYS - 1);
    if (WEEKEND.has(d) && !r.chance(weekend)) continue;
    const h = r.weighted(curve.map((w, i) => [i, w] as const));
    const t = START + d * DAY + (h - tz) * HOUR + Math.floor(r.next() * HOUR);
    if (t >= START && t < END - 2 * HOUR) return t;
  }
  return START + Math.floor(r.next() * (DAYS * DAY - 3 * HOUR));
}
/** Seconds the origin takes to produce an answer (ttft + tokens / speed). */
export function latency(r: Rng, completion: number, tps = 70): number {
  return Math.round((r.real(0.3, 1.4) + completion / r.real(tps * 0.7, tps * 1.3)) * SEC);
}

// ---------- events ----------
export interface Usage { prompt_tokens: number; completion_tokens: number }
export interface Ev {
  ts: number; key: string; ip: string; asn: number; country: string;
  method: "POST" | "GET";
  path: string;
  body?: unknown;
  usage?: Usage;
  response_id?: string;
}
export interface Label { scenario: string; class: "honest" | "distill" | "benchmark"; family: string }

/** Events are serialised when pushed (bodies are not kept alive). */
export interface Stored { ts: number; seq: number; key: string; line: string; p: number; c: number }
export class Sink {
  events: Stored[] = [];
  keys: Record<string, Label> = {};
  seq = 0;
  label(key: string, l: Label): string {
    this.keys[key] = l;
    return key;
  }
  push(ev: Ev): void {
    if (ev.ts < START || ev.ts >= END) return; // keep the window strict
    this.events.push({ ts: ev.ts, seq: this.seq++, key: ev.key, line: JSON.stringify(ev), p: ev.usage?.prompt_tokens ?? 0, c: ev.usage?.completion_tokens ?? 0 });
  }
}
