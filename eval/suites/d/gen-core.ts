// Suite d: shared machinery (PRNG, networks, keys, time, token estimates, event sink).

export type Src = { ip: string; asn: number; country: string };
export type Ev = { ts: number; seq: number; key: string; src: Src; method: string; path: string; body: unknown; usage?: { prompt_tokens: number; completion_tokens: number } };
export type Label = { scenario: string; class: "honest" | "distill" | "benchmark"; family: string };

export class Rng {
  s: number;
  constructor(seed: number) { this.s = seed >>> 0; }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(a: number, b: number): number { return a + Math.floor(this.next() * (b - a + 1)); }
  pick<T>(a: readonly T[]): T { return a[Math.floor(this.next() * a.length)]; }
  chance(p: number): boolean { return this.next() < p; }
  gauss(): number { let u = 0; while (u === 0) u = this.next(); return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next()); }
  logn(median: number, sigma: number): number { return median * Math.exp(sigma * this.gauss()); }
  exp(mean: number): number { return -Math.log(1 - this.next()) * mean; }
  shuffle<T>(a: T[]): T[] { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.next() * (i + 1)); const x = a[i]; a[i] = a[j]; a[j] = x; } return a; }
  sample<T>(a: readonly T[], k: number): T[] { return this.shuffle(a.slice()).slice(0, Math.min(k, a.length)); }
  fork(salt: string): Rng { let h = this.s ^ 0x9e3779b9; for (let i = 0; i < salt.length; i++) h = Math.imul(h ^ salt.charCodeAt(i), 0x01000193) >>> 0; return new Rng(h); }
}

// Networks: [asn, country, first two octets...]
export type Net = { asn: number; country: string; pre: string[]; tz: number };
export const NETS: Record<string, Net> = {
  aws_use1: { asn: 16509, country: "US", pre: ["3.91", "18.204", "44.211", "54.88", "52.23"], tz: -5 },
  aws_euc1: { asn: 16509, country: "DE", pre: ["3.120", "18.184", "52.57"], tz: 1 },
  aws_apne1: { asn: 16509, country: "JP", pre: ["13.112", "52.68", "54.250"], tz: 9 },
  gcp_us: { asn: 396982, country: "US", pre: ["34.123", "35.188", "34.74"], tz: -6 },
  gcp_eu: { asn: 396982, country: "NL", pre: ["34.90", "35.204"], tz: 1 },
  azure_us: { asn: 8075, country: "US", pre: ["20.42", "40.76", "52.152"], tz: -5 },
  azure_eu: { asn: 8075, country: "IE", pre: ["20.54", "52.164"], tz: 0 },
  hetzner: { asn: 24940, country: "DE", pre: ["65.108", "88.99", "116.203", "135.181"], tz: 1 },
  ovh: { asn: 16276, country: "FR", pre: ["51.38", "54.36", "141.94"], tz: 1 },
  do_sgp: { asn: 14061, country: "SG", pre: ["139.59", "128.199", "159.223"], tz: 8 },
  do_nyc: { asn: 14061, country: "US", pre: ["167.99", "159.89", "134.209"], tz: -5 },
  alibaba_sg: { asn: 45102, country: "SG", pre: ["47.74", "8.219", "47.236"], tz: 8 },
  alibaba_hk: { asn: 45102, country: "HK", pre: ["47.242", "8.210"], tz: 8 },
  tencent_hk: { asn: 132203, country: "HK", pre: ["43.128", "43.132", "129.226"], tz: 8 },
  vultr_tokyo: { asn: 20473, country: "JP", pre: ["45.76", "139.180", "207.148"], tz: 9 },
  linode_fra: { asn: 63949, country: "DE", pre: ["172.104", "139.162"], tz: 1 },
  oracle_br: { asn: 31898, country: "BR", pre: ["129.148", "152.67"], tz: -3 },
  // residential / mobile
  comcast: { asn: 7922, country: "US", pre: ["73.15", "98.207", "24.12", "67.180"], tz: -6 },
  charter: { asn: 20115, country: "US", pre: ["47.144", "71.85", "97.88"], tz: -6 },
  verizon: { asn: 701, country: "US", pre: ["71.246", "108.35", "96.241"], tz: -5 },
  tmobile_us: { asn: 21928, country: "US", pre: ["172.58", "172.56"], tz: -7 },
  dtag: { asn: 3320, country: "DE", pre: ["79.204", "87.150", "93.211", "91.56"], tz: 1 },
  orange_fr: { asn: 3215, country: "FR", pre: ["90.12", "86.243", "92.184"], tz: 1 },
  free_fr: { asn: 12322, country: "FR", pre: ["82.64", "88.170", "78.192"], tz: 1 },
  bt: { asn: 2856, country: "GB", pre: ["81.155", "86.128", "31.48"], tz: 0 },
  virgin_uk: { asn: 5089, country: "GB", pre: ["82.2", "94.174"], tz: 0 },
  ntt: { asn: 4713, country: "JP", pre: ["153.219", "180.12", "114.172"], tz: 9 },
  kddi: { asn: 2516, country: "JP", pre: ["106.128", "111.104"], tz: 9 },
  skb: { asn: 9318, country: "KR", pre: ["1.224", "175.192", "218.39"], tz: 9 },
  kt: { asn: 4766, country: "KR", pre: ["121.134", "211.36"], tz: 9 },
  jio: { asn: 55836, country: "IN", pre: ["49.36", "157.32", "152.57"], tz: 5.5 },
  airtel: { asn: 24560, country: "IN", pre: ["122.161", "106.210", "223.182"], tz: 5.5 },
  vivo_br: { asn: 26599, country: "BR", pre: ["177.139", "189.47", "201.13"], tz: -3 },
  claro_br: { asn: 28573, country: "BR", pre: ["177.32", "179.208", "187.64"], tz: -3 },
  telmex: { asn: 8151, country: "MX", pre: ["187.190", "189.203", "201.141"], tz: -6 },
  telefonica_es: { asn: 3352, country: "ES", pre: ["80.29", "83.36", "88.26"], tz: 1 },
  turktelekom: { asn: 9121, country: "TR", pre: ["78.180", "88.241", "85.105"], tz: 3 },
  viettel: { asn: 7552, country: "VN", pre: ["27.72", "171.224", "116.110"], tz: 7 },
  telkomsel: { asn: 23693, country: "ID", pre: ["114.124", "182.1"], tz: 7 },
  orange_pl: { asn: 5617, country: "PL", pre: ["83.27", "89.66", "31.60"], tz: 1 },
  stc: { asn: 25019, country: "SA", pre: ["37.106", "51.252"], tz: 3 },
  etisalat_eg: { asn: 36992, country: "EG", pre: ["41.46", "197.55"], tz: 2 },
  chinatelecom: { asn: 4134, country: "CN", pre: ["116.228", "180.160", "61.152"], tz: 8 },
  chinaunicom: { asn: 4837, country: "CN", pre: ["123.118", "221.218", "60.208"], tz: 8 },
  hinet: { asn: 3462, country: "TW", pre: ["114.36", "36.224", "1.160"], tz: 8 },
  true_th: { asn: 7470, country: "TH", pre: ["171.96", "184.22", "110.168"], tz: 7 },
  kyivstar: { asn: 15895, country: "UA", pre: ["46.211", "176.36", "94.153"], tz: 2 },
  safaricom: { asn: 33771, country: "KE", pre: ["105.160", "41.90"], tz: 3 },
  grameenphone: { asn: 24389, country: "BD", pre: ["37.111", "103.230"], tz: 6 },
  cosmote: { asn: 6799, country: "GR", pre: ["94.66", "79.129"], tz: 2 },
  bezeq: { asn: 8551, country: "IL", pre: ["79.178", "84.228"], tz: 2 },
  telstra: { asn: 1221, country: "AU", pre: ["101.161", "110.142", "58.160"], tz: 10 },
  rogers: { asn: 812, country: "CA", pre: ["99.229", "174.116", "24.114"], tz: -5 },
  kpn: { asn: 1136, country: "NL", pre: ["77.165", "84.84"], tz: 1 },
  swisscom: { asn: 3303, country: "CH", pre: ["85.0", "178.197", "31.10"], tz: 1 },
};
export const RESIDENTIAL = ["comcast", "charter", "verizon", "tmobile_us", "dtag", "orange_fr", "free_fr", "bt", "virgin_uk", "ntt", "kddi", "skb", "kt", "jio", "airtel", "vivo_br", "claro_br", "telmex", "telefonica_es", "turktelekom", "viettel", "telkomsel", "orange_pl", "stc", "etisalat_eg", "hinet", "true_th", "kyivstar", "safaricom", "grameenphone", "cosmote", "bezeq", "telstra", "rogers", "kpn", "swisscom"];

export function ipIn(r: Rng, net: Net): Src {
  return { ip: `${r.pick(net.pre)}.${r.int(0, 255)}.${r.int(1, 254)}`, asn: net.asn, country: net.country };
}
export function ip24(r: Rng, net: Net): string { return `${r.pick(net.pre)}.${r.int(0, 255)}`; }
export function hostIn(prefix24: string, net: Net, host: number): Src { return { ip: `${prefix24}.${host}`, asn: net.asn, country: net.country }; }

const B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export function keyOpenAI(r: Rng): string { let s = "sk-proj-"; for (let i = 0; i < 48; i++) s += B62[r.int(0, 61)]; return s; }
export function keyAnthropic(r: Rng): string { let s = "sk-ant-api03-"; for (let i = 0; i < 86; i++) s += (B62 + "-_")[r.int(0, 63)]; return s + "AA"; }
export function hex(r: Rng, n: number): string { let s = ""; for (let i = 0; i < n; i++) s += "0123456789abcdef"[r.int(0, 15)]; return s; }

// Time --------------------------------------------------------------------------------
export const DAY = 86400000, HOUR = 3600000, MIN = 60000, SEC = 1000;
export const START = Date.UTC(2026, 10, 23, 0, 0, 0); // Monday 23 Nov 2026, 00:00 UTC
export const DAYS = 4;
export const END = START + DAYS * DAY;

// relative activity per local hour
export const PROFILE_CONSUMER = [0.35, 0.2, 0.12, 0.08, 0.07, 0.1, 0.25, 0.5, 0.8, 1, 1.1, 1.15, 1.2, 1.15, 1.1, 1.1, 1.15, 1.2, 1.3, 1.45, 1.6, 1.55, 1.2, 0.7];
export const PROFILE_OFFICE = [0, 0, 0, 0, 0, 0, 0.02, 0.2, 0.9, 1.3, 1.4, 1.3, 0.8, 1.1, 1.35, 1.3, 1.1, 0.7, 0.3, 0.1, 0.05, 0.03, 0, 0];
export const PROFILE_EVENING = [0.6, 0.4, 0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.35, 0.4, 0.5, 0.7, 0.9, 1.1, 1.4, 1.6, 1.6, 1.3, 0.9];
export const PROFILE_FLAT = new Array(24).fill(1);

export function diurnal(r: Rng, tz: number, profile: number[], weekdaysOnly = false, day?: number): number {
  const max = Math.max(...profile);
  for (let tries = 0; tries < 1000; tries++) {
    const d = day ?? r.int(0, DAYS - 1);
    const t = START + d * DAY + r.next() * DAY;
    const local = new Date(t + tz * HOUR);
    const h = local.getUTCHours();
    if (weekdaysOnly) { const wd = local.getUTCDay(); if (wd === 0 || wd === 6) continue; }
    if (r.next() * max < profile[h]) return t;
  }
  return START + r.next() * DAYS * DAY;
}

// Tokens ------------------------------------------------------------------------------
export function tok(s: string): number {
  let latin = 0, cjk = 0, other = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x250) latin++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) cjk++;
    else other++;
  }
  return Math.max(1, Math.round(latin / 4 + cjk * 0.9 + other / 2.2));
}
export function msgTok(msgs: { role: string; content: unknown }[], system?: string): number {
  let n = system ? tok(system) + 4 : 0;
  for (const m of msgs) n += 4 + tok(typeof m.content === "string" ? m.content : JSON.stringify(m.content));
  return n + 3;
}
export function clampOut(r: Rng, median: number, sigma: number, max: number, min = 1): number {
  return Math.max(min, Math.min(max, Math.round(r.logn(median, sigma))));
}

// Sink --------------------------------------------------------------------------------
export class Sink {
  events: Ev[] = [];
  labels: Record<string, Label> = {};
  seq = 0;
  label(key: string, l: Label): void { this.labels[key] = l; }
  emit(ts: number, key: string, src: Src, path: string, body: unknown, pt?: number, ct?: number): void {
    if (ts < START || ts >= END) return;
    if (!this.labels[key]) throw new Error("unlabelled key");
    const e: Ev = { ts: Math.floor(ts), seq: this.seq++, key, src, method: "POST", path, body };
    if (pt !== undefined) e.usage = { prompt_tokens: Math.max(1, Math.round(pt)), completion_tokens: Math.max(0, Math.round(ct ?? 0)) };
    this.events.push(e);
  }
}
