// Core of suite e: seeded PRNG, simulated calendar and local-time profiles, networks (real ASNs,
// made-up addresses in plausible prefixes), token estimates, API keys, and the trace collector.
// Everything here is deterministic given the seed string.

export const SEC = 1000;
export const MIN = 60 * SEC;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
/** Friday 13 November 2026, 00:00 UTC. The window runs Fri, Sat, Sun, Mon (UTC days). */
export const START = Date.UTC(2026, 10, 13);
export const DAYS = 4;
export const END = START + DAYS * DAY;

// ---------------------------------------------------------------- PRNG

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

export class Rng {
  private a: number; private b: number; private c: number; private d: number;
  readonly seed: string;
  constructor(seed: string) {
    this.seed = seed;
    [this.a, this.b, this.c, this.d] = cyrb128(seed);
    for (let i = 0; i < 12; i++) this.next();
  }
  /** sfc32, uniform in [0, 1). */
  next(): number {
    this.a >>>= 0; this.b >>>= 0; this.c >>>= 0; this.d >>>= 0;
    let t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    t = (t + this.d) | 0;
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }
  child(name: string): Rng { return new Rng(this.seed + "/" + name); }
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  float(lo: number, hi: number): number { return lo + this.next() * (hi - lo); }
  chance(p: number): boolean { return this.next() < p; }
  pick<T>(arr: readonly T[]): T { return arr[Math.floor(this.next() * arr.length)]; }
  pickW<T>(items: readonly T[], weights: readonly number[]): T {
    let s = 0;
    for (const w of weights) s += w;
    let x = this.next() * s;
    for (let i = 0; i < items.length; i++) { x -= weights[i]; if (x < 0) return items[i]; }
    return items[items.length - 1];
  }
  normal(): number {
    const u = Math.max(this.next(), 1e-12), v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  /** log-normal with the given median and log-sigma. */
  logn(median: number, sigma: number): number { return median * Math.exp(sigma * this.normal()); }
  shuffle<T>(arr: T[]): T[] {
    for (let i = arr.length - 1; i > 0; i--) { const j = Math.floor(this.next() * (i + 1)); [arr[i], arr[j]] = [arr[j], arr[i]]; }
    return arr;
  }
  sample<T>(arr: readonly T[], k: number): T[] { return this.shuffle(arr.slice()).slice(0, Math.min(k, arr.length)); }
  str(n: number, alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"): string {
    let s = "";
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.next() * alphabet.length)];
    return s;
  }
  hex(n: number): string { return this.str(n, "0123456789abcdef"); }
  /** Poisson-ish count with mean m (normal approximation above 30). */
  count(m: number): number {
    if (m <= 0) return 0;
    if (m > 30) return Math.max(0, Math.round(m + Math.sqrt(m) * this.normal()));
    let L = Math.exp(-m), k = 0, p = 1;
    do { k++; p *= this.next(); } while (p > L);
    return k - 1;
  }
}

// ---------------------------------------------------------------- local time and activity profiles

/** Relative activity per local hour 0..23. */
export const PROFILE = {
  office:   [0, 0, 0, 0, 0, 0, 0.05, 0.3, 1.2, 2.4, 2.8, 2.7, 1.5, 1.9, 2.6, 2.6, 2.3, 1.6, 0.7, 0.3, 0.2, 0.1, 0.05, 0],
  consumer: [0.9, 0.6, 0.35, 0.2, 0.15, 0.2, 0.4, 0.8, 1.1, 1.2, 1.3, 1.4, 1.6, 1.5, 1.4, 1.4, 1.5, 1.7, 1.9, 2.2, 2.4, 2.3, 1.9, 1.4],
  student:  [0.4, 0.2, 0.1, 0.05, 0.05, 0.1, 0.3, 0.8, 1.0, 1.1, 1.2, 1.1, 1.0, 1.1, 1.3, 1.7, 2.2, 2.5, 2.4, 2.6, 2.8, 2.4, 1.6, 0.9],
  evening:  [1.6, 1.1, 0.6, 0.3, 0.15, 0.1, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 0.8, 0.8, 0.9, 1.1, 1.4, 1.9, 2.5, 2.9, 3.0, 2.8, 2.2],
  dev:      [0.2, 0.1, 0.05, 0.02, 0.02, 0.05, 0.1, 0.3, 0.9, 1.9, 2.5, 2.6, 1.7, 2.0, 2.6, 2.7, 2.5, 2.0, 1.3, 0.9, 0.8, 0.7, 0.5, 0.3],
  flat:     [0.7, 0.65, 0.6, 0.6, 0.6, 0.65, 0.75, 0.9, 1.1, 1.2, 1.25, 1.25, 1.2, 1.2, 1.25, 1.25, 1.2, 1.15, 1.1, 1.05, 1.0, 0.95, 0.85, 0.75],
  business: [0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.3, 0.7, 1.5, 2.0, 2.1, 2.0, 1.6, 1.8, 2.0, 1.9, 1.7, 1.3, 0.9, 0.6, 0.5, 0.4, 0.3, 0.2],
  night:    [1, 2, 3, 3, 2.5, 1.5, 0.5, 0.1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.1, 0.5],
} as const;

/** Relative activity per local weekday, index 0 = Sunday. */
export const WEEK = {
  office:   [0.08, 1, 1, 1, 1, 0.95, 0.12],
  consumer: [1.15, 0.95, 0.95, 0.95, 1, 1.05, 1.15],
  student:  [0.85, 1, 1, 1, 1, 0.8, 0.5],
  evening:  [1.3, 0.9, 0.9, 0.9, 0.95, 1.2, 1.4],
  flat:     [0.9, 1, 1, 1, 1, 1, 0.9],
  business: [0.35, 1, 1, 1, 1, 0.95, 0.45],
  dev:      [0.25, 1, 1, 1, 1, 0.9, 0.3],
  all:      [1, 1, 1, 1, 1, 1, 1],
} as const;

export function localHour(ts: number, tz: number): number { return (((ts + tz * HOUR) / HOUR) % 24 + 24) % 24; }
export function localWeekday(ts: number, tz: number): number { return new Date(ts + tz * HOUR).getUTCDay(); }

/** Samples instants in [from, to) with density profile[local hour] * week[local weekday]. */
export class Clock {
  private cum: number[] = [];
  private from: number;
  constructor(profile: readonly number[], week: readonly number[], tz: number, from = START, to = END) {
    this.from = from;
    let s = 0;
    for (let t = from; t < to; t += 15 * MIN) {
      const mid = t + 7.5 * MIN;
      s += profile[Math.floor(localHour(mid, tz))] * week[localWeekday(mid, tz)];
      this.cum.push(s);
    }
  }
  get total(): number { return this.cum[this.cum.length - 1]; }
  sample(r: Rng): number {
    const x = r.next() * this.total;
    let lo = 0, hi = this.cum.length - 1;
    while (lo < hi) { const m = (lo + hi) >> 1; if (this.cum[m] > x) hi = m; else lo = m + 1; }
    return this.from + lo * 15 * MIN + Math.floor(r.next() * 15 * MIN);
  }
  /** n sorted samples. */
  times(r: Rng, n: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(this.sample(r));
    return out.sort((a, b) => a - b);
  }
}

/** Activity weight at an instant, to thin events for a human-paced agent. */
export function activity(ts: number, profile: readonly number[], week: readonly number[], tz: number): number {
  return profile[Math.floor(localHour(ts, tz))] * week[localWeekday(ts, tz)];
}

/** Seconds a person takes to read an answer of `tokens` and type `chars` more, plus thinking. */
export function humanGap(r: Rng, readTokens: number, typeChars: number): number {
  const read = Math.min(readTokens, 900) / r.float(6, 14) * (r.chance(0.3) ? 0.3 : 1);
  const type = typeChars / r.float(2.5, 5.5);
  const think = r.logn(9, 0.8);
  return (read + type + think) * SEC;
}

// ---------------------------------------------------------------- networks

export type NetKind = "cloud" | "res" | "mobile" | "biz" | "edu";
export interface NetDef { asn: number; country: string; org: string; kind: NetKind; prefixes: string[] }
export interface Host { ip: string; asn: number; country: string }

/** Real ASNs with the country they serve (or the region used); prefixes are plausible for the operator. */
export const NETS: Record<string, NetDef> = {
  // clouds and hosting
  "aws-us":      { asn: 16509, country: "US", org: "Amazon", kind: "cloud", prefixes: ["3.84", "3.218", "18.204", "34.195", "44.197", "52.4", "54.144", "54.210"] },
  "aws-de":      { asn: 16509, country: "DE", org: "Amazon", kind: "cloud", prefixes: ["3.64", "3.120", "18.156", "18.192", "52.28", "52.58"] },
  "aws-ie":      { asn: 16509, country: "IE", org: "Amazon", kind: "cloud", prefixes: ["34.240", "34.245", "52.16", "54.72", "54.154"] },
  "aws-sg":      { asn: 16509, country: "SG", org: "Amazon", kind: "cloud", prefixes: ["13.212", "13.228", "18.136", "52.74", "54.169"] },
  "aws-jp":      { asn: 16509, country: "JP", org: "Amazon", kind: "cloud", prefixes: ["13.112", "18.176", "35.72", "54.64"] },
  "aws-br":      { asn: 16509, country: "BR", org: "Amazon", kind: "cloud", prefixes: ["15.228", "18.228", "54.94", "177.71"] },
  "aws-in":      { asn: 16509, country: "IN", org: "Amazon", kind: "cloud", prefixes: ["13.126", "13.232", "15.206", "65.0"] },
  "aws-use1":    { asn: 14618, country: "US", org: "Amazon AES", kind: "cloud", prefixes: ["3.80", "23.20", "34.192", "50.16", "54.80", "107.20"] },
  "gcp-us":      { asn: 396982, country: "US", org: "Google Cloud", kind: "cloud", prefixes: ["34.27", "34.123", "35.184", "35.202", "104.154"] },
  "gcp-eu":      { asn: 396982, country: "NL", org: "Google Cloud", kind: "cloud", prefixes: ["34.90", "34.141", "35.204", "35.234"] },
  "gcp-asia":    { asn: 396982, country: "TW", org: "Google Cloud", kind: "cloud", prefixes: ["34.80", "35.185", "35.194", "104.199"] },
  "azure-us":    { asn: 8075, country: "US", org: "Microsoft", kind: "cloud", prefixes: ["20.42", "20.84", "40.76", "52.170", "13.89"] },
  "azure-eu":    { asn: 8075, country: "NL", org: "Microsoft", kind: "cloud", prefixes: ["20.50", "20.73", "40.114", "52.166"] },
  "do-us":       { asn: 14061, country: "US", org: "DigitalOcean", kind: "cloud", prefixes: ["104.131", "159.89", "165.227", "167.99", "137.184"] },
  "do-de":       { asn: 14061, country: "DE", org: "DigitalOcean", kind: "cloud", prefixes: ["46.101", "164.90", "167.172", "207.154"] },
  "do-sg":       { asn: 14061, country: "SG", org: "DigitalOcean", kind: "cloud", prefixes: ["128.199", "139.59", "159.223", "188.166"] },
  "hetzner":     { asn: 24940, country: "DE", org: "Hetzner", kind: "cloud", prefixes: ["5.9", "49.12", "65.108", "78.46", "88.99", "95.216", "116.202", "135.181", "138.201"] },
  "hetzner-fi":  { asn: 24940, country: "FI", org: "Hetzner", kind: "cloud", prefixes: ["65.21", "95.216", "135.181", "37.27"] },
  "ovh":         { asn: 16276, country: "FR", org: "OVH", kind: "cloud", prefixes: ["51.38", "51.68", "51.75", "54.36", "137.74", "141.94", "149.202", "188.165"] },
  "scaleway":    { asn: 12876, country: "FR", org: "Scaleway", kind: "cloud", prefixes: ["51.15", "51.158", "62.210", "163.172", "212.47"] },
  "contabo":     { asn: 51167, country: "DE", org: "Contabo", kind: "cloud", prefixes: ["62.171", "144.91", "161.97", "173.212", "207.180"] },
  "vultr":       { asn: 20473, country: "US", org: "Vultr", kind: "cloud", prefixes: ["45.32", "45.63", "45.76", "66.42", "149.28", "155.138"] },
  "linode":      { asn: 63949, country: "US", org: "Akamai Linode", kind: "cloud", prefixes: ["45.33", "45.56", "50.116", "139.144", "172.104", "173.255"] },
  "oracle":      { asn: 31898, country: "US", org: "Oracle Cloud", kind: "cloud", prefixes: ["129.146", "129.153", "132.145", "150.136", "152.70"] },
  "alibaba-sg":  { asn: 45102, country: "SG", org: "Alibaba Cloud", kind: "cloud", prefixes: ["8.219", "8.222", "47.74", "47.88", "161.117"] },
  "tencent-sg":  { asn: 132203, country: "SG", org: "Tencent Cloud", kind: "cloud", prefixes: ["43.134", "43.156", "101.32", "129.226"] },
  "tencent-hk":  { asn: 132203, country: "HK", org: "Tencent Cloud", kind: "cloud", prefixes: ["43.128", "43.132", "43.154", "124.156"] },
  "cloudflare":  { asn: 13335, country: "US", org: "Cloudflare WARP", kind: "cloud", prefixes: ["104.28", "172.68", "162.158"] },
  // business connectivity
  "lumen":       { asn: 3356, country: "US", org: "Lumen", kind: "biz", prefixes: ["4.14", "8.9", "63.146", "65.202"] },
  "cogent":      { asn: 174, country: "US", org: "Cogent", kind: "biz", prefixes: ["38.104", "38.140", "38.122"] },
  "colt-de":     { asn: 8220, country: "DE", org: "Colt", kind: "biz", prefixes: ["212.36", "213.61", "62.96"] },
  "dtag-biz":    { asn: 3320, country: "DE", org: "Deutsche Telekom", kind: "biz", prefixes: ["194.25", "195.145", "217.89"] },
  "bt-biz":      { asn: 2856, country: "GB", org: "BT", kind: "biz", prefixes: ["81.128", "193.113", "217.33"] },
  "zayo":        { asn: 6461, country: "US", org: "Zayo", kind: "biz", prefixes: ["64.125", "208.185", "216.200"] },
  "dfn":         { asn: 680, country: "DE", org: "DFN", kind: "edu", prefixes: ["129.13", "134.76", "141.20", "192.124"] },
  "janet":       { asn: 786, country: "GB", org: "Jisc", kind: "edu", prefixes: ["128.40", "131.111", "137.222", "163.1"] },
  // residential and mobile
  "comcast":     { asn: 7922, country: "US", org: "Comcast", kind: "res", prefixes: ["24.5", "67.160", "68.44", "71.197", "73.15", "73.202", "98.207", "174.54"] },
  "charter":     { asn: 20115, country: "US", org: "Charter", kind: "res", prefixes: ["47.35", "66.190", "71.84", "97.94", "174.89"] },
  "verizon":     { asn: 701, country: "US", org: "Verizon Fios", kind: "res", prefixes: ["71.105", "96.255", "100.15", "108.6", "173.52"] },
  "att":         { asn: 7018, country: "US", org: "AT&T", kind: "res", prefixes: ["76.201", "99.62", "107.129", "108.215", "75.8"] },
  "tmobile-us":  { asn: 21928, country: "US", org: "T-Mobile US", kind: "mobile", prefixes: ["172.56", "172.58", "172.59"] },
  "rogers":      { asn: 812, country: "CA", org: "Rogers", kind: "res", prefixes: ["24.114", "99.228", "174.112"] },
  "telmex":      { asn: 8151, country: "MX", org: "Telmex", kind: "res", prefixes: ["187.189", "189.203", "201.141"] },
  "vivo-br":     { asn: 18881, country: "BR", org: "Vivo", kind: "res", prefixes: ["177.95", "179.98", "187.57", "189.46", "191.182"] },
  "claro-br":    { asn: 28573, country: "BR", org: "Claro NET", kind: "res", prefixes: ["177.32", "179.218", "186.220", "201.17"] },
  "dtag":        { asn: 3320, country: "DE", org: "Deutsche Telekom", kind: "res", prefixes: ["79.194", "87.150", "91.41", "93.199", "217.229"] },
  "vodafone-de": { asn: 3209, country: "DE", org: "Vodafone DE", kind: "res", prefixes: ["88.65", "94.134", "178.24", "188.192"] },
  "orange-fr":   { asn: 3215, country: "FR", org: "Orange", kind: "res", prefixes: ["2.3", "86.246", "90.24", "92.184"] },
  "free-fr":     { asn: 12322, country: "FR", org: "Free", kind: "res", prefixes: ["78.192", "82.64", "88.160"] },
  "bt":          { asn: 2856, country: "GB", org: "BT", kind: "res", prefixes: ["81.158", "86.128", "109.154", "217.42"] },
  "virgin":      { asn: 5089, country: "GB", org: "Virgin Media", kind: "res", prefixes: ["82.17", "86.2", "92.236"] },
  "telefonica":  { asn: 3352, country: "ES", org: "Telefonica", kind: "res", prefixes: ["80.58", "83.36", "88.24", "90.165"] },
  "tim-it":      { asn: 3269, country: "IT", org: "Telecom Italia", kind: "res", prefixes: ["79.12", "87.3", "93.44", "151.38"] },
  "kpn":         { asn: 1136, country: "NL", org: "KPN", kind: "res", prefixes: ["77.160", "84.80", "145.53"] },
  "orange-pl":   { asn: 5617, country: "PL", org: "Orange Polska", kind: "res", prefixes: ["83.4", "83.24", "31.61", "79.186"] },
  "netia":       { asn: 12741, country: "PL", org: "Netia", kind: "res", prefixes: ["77.253", "83.238", "89.66"] },
  "turktelekom": { asn: 9121, country: "TR", org: "Turk Telekom", kind: "res", prefixes: ["78.171", "85.99", "88.230", "176.233"] },
  "superonline": { asn: 34984, country: "TR", org: "Turkcell Superonline", kind: "res", prefixes: ["78.186", "85.105", "213.74"] },
  "viettel":     { asn: 7552, country: "VN", org: "Viettel", kind: "res", prefixes: ["27.72", "116.105", "171.236", "171.255"] },
  "vnpt":        { asn: 45899, country: "VN", org: "VNPT", kind: "res", prefixes: ["14.162", "113.161", "113.185", "123.24"] },
  "fpt":         { asn: 18403, country: "VN", org: "FPT Telecom", kind: "res", prefixes: ["42.113", "42.118", "58.186", "118.69"] },
  "telkom-id":   { asn: 7713, country: "ID", org: "Telkom Indonesia", kind: "res", prefixes: ["36.68", "36.72", "110.137", "180.252"] },
  "indosat":     { asn: 4761, country: "ID", org: "Indosat", kind: "mobile", prefixes: ["114.4", "114.5", "202.155"] },
  "biznet":      { asn: 17451, country: "ID", org: "Biznet", kind: "res", prefixes: ["103.47", "114.122", "182.253"] },
  "true-th":     { asn: 7470, country: "TH", org: "True Internet", kind: "res", prefixes: ["171.96", "171.100", "184.22"] },
  "ais-th":      { asn: 45430, country: "TH", org: "AIS Fibre", kind: "res", prefixes: ["49.228", "49.229", "49.230"] },
  "3bb":         { asn: 45758, country: "TH", org: "Triple T Broadband", kind: "res", prefixes: ["110.164", "110.168", "171.4"] },
  "safaricom":   { asn: 33771, country: "KE", org: "Safaricom", kind: "mobile", prefixes: ["105.160", "105.161", "41.90", "197.248"] },
  "airtel-ke":   { asn: 36926, country: "KE", org: "Airtel Kenya", kind: "mobile", prefixes: ["41.80", "154.122"] },
  "stc":         { asn: 25019, country: "SA", org: "STC", kind: "res", prefixes: ["188.48", "188.50", "95.184", "37.106"] },
  "etisalat":    { asn: 5384, country: "AE", org: "Etisalat", kind: "res", prefixes: ["86.96", "94.200", "2.50"] },
  "tedata":      { asn: 8452, country: "EG", org: "TE Data", kind: "res", prefixes: ["156.197", "156.210", "197.35", "41.44"] },
  "jio":         { asn: 55836, country: "IN", org: "Reliance Jio", kind: "mobile", prefixes: ["49.36", "49.43", "157.34", "157.48"] },
  "airtel-in":   { asn: 24560, country: "IN", org: "Bharti Airtel", kind: "res", prefixes: ["106.200", "122.162", "122.171", "182.64"] },
  "ntt-ocn":     { asn: 4713, country: "JP", org: "NTT OCN", kind: "res", prefixes: ["153.156", "153.206", "180.14", "114.165"] },
  "kddi":        { asn: 2516, country: "JP", org: "KDDI", kind: "res", prefixes: ["106.128", "106.154", "111.98", "182.249"] },
  "kt":          { asn: 4766, country: "KR", org: "KT", kind: "res", prefixes: ["175.193", "211.36", "221.149", "118.235"] },
  "skb":         { asn: 9318, country: "KR", org: "SK Broadband", kind: "res", prefixes: ["1.232", "58.140", "110.70", "175.113"] },
  "hkt":         { asn: 4760, country: "HK", org: "HKT", kind: "res", prefixes: ["112.118", "113.252", "218.102"] },
  "singtel":     { asn: 7473, country: "SG", org: "Singtel", kind: "res", prefixes: ["116.14", "118.200", "138.75"] },
  "chinanet":    { asn: 4134, country: "CN", org: "China Telecom", kind: "res", prefixes: ["113.87", "116.24", "183.14", "222.90"] },
  "unicom":      { asn: 4837, country: "CN", org: "China Unicom", kind: "res", prefixes: ["123.112", "125.33", "221.219"] },
  "rostelecom":  { asn: 12389, country: "RU", org: "Rostelecom", kind: "res", prefixes: ["95.27", "176.212", "178.66", "188.17"] },
  "kyivstar":    { asn: 15895, country: "UA", org: "Kyivstar", kind: "res", prefixes: ["46.211", "94.153", "176.36"] },
  "telstra":     { asn: 1221, country: "AU", org: "Telstra", kind: "res", prefixes: ["101.181", "120.152", "144.138"] },
  "pldt":        { asn: 9299, country: "PH", org: "PLDT", kind: "res", prefixes: ["112.198", "120.28", "124.106"] },
  "movistar-ar": { asn: 22927, country: "AR", org: "Telefonica de Argentina", kind: "res", prefixes: ["181.44", "186.137", "190.192"] },
  "nigcom":      { asn: 29465, country: "NG", org: "MTN Nigeria", kind: "mobile", prefixes: ["102.89", "105.112", "197.210"] },
};

export function ipIn(r: Rng, prefix: string): string {
  const parts = prefix.split(".");
  while (parts.length < 3) parts.push(String(r.int(0, 255)));
  parts.push(String(r.int(2, 253)));
  return parts.join(".");
}
export function host(r: Rng, net: string, prefix?: string): Host {
  const d = NETS[net];
  if (!d) throw new Error("unknown net " + net);
  return { ip: ipIn(r, prefix ?? r.pick(d.prefixes)), asn: d.asn, country: d.country };
}
/** A /24 inside one of the net's prefixes, for NAT pools and offices. */
export function subnet(r: Rng, net: string): string {
  const p = r.pick(NETS[net].prefixes).split(".");
  while (p.length < 3) p.push(String(r.int(0, 255)));
  return p.join(".");
}
/** A fixed pool of egress addresses (NAT gateways, a small server fleet) in one /24. */
export function pool(r: Rng, net: string, n: number): Host[] {
  const sn = subnet(r, net);
  const out: Host[] = [];
  for (let i = 0; i < n; i++) out.push(host(r, net, sn));
  return out;
}

export const RESIDENTIAL_BY_COUNTRY: Record<string, string[]> = {
  US: ["comcast", "charter", "verizon", "att", "tmobile-us"], CA: ["rogers"], MX: ["telmex"], BR: ["vivo-br", "claro-br"],
  DE: ["dtag", "vodafone-de"], FR: ["orange-fr", "free-fr"], GB: ["bt", "virgin"], ES: ["telefonica"], IT: ["tim-it"],
  NL: ["kpn"], PL: ["orange-pl", "netia"], TR: ["turktelekom", "superonline"], VN: ["viettel", "vnpt", "fpt"],
  ID: ["telkom-id", "indosat", "biznet"], TH: ["true-th", "ais-th", "3bb"], KE: ["safaricom", "airtel-ke"],
  SA: ["stc"], AE: ["etisalat"], EG: ["tedata"], IN: ["jio", "airtel-in"], JP: ["ntt-ocn", "kddi"], KR: ["kt", "skb"],
  HK: ["hkt"], SG: ["singtel"], CN: ["chinanet", "unicom"], RU: ["rostelecom"], UA: ["kyivstar"], AU: ["telstra"],
  PH: ["pldt"], AR: ["movistar-ar"], NG: ["nigcom"],
};
export const TZ_BY_COUNTRY: Record<string, number> = {
  US: -5, CA: -5, MX: -6, BR: -3, AR: -3, DE: 1, FR: 1, GB: 0, ES: 1, IT: 1, NL: 1, PL: 1, TR: 3, VN: 7, ID: 7, TH: 7,
  KE: 3, TZ: 3, SA: 3, AE: 4, EG: 2, IN: 5.5, JP: 9, KR: 9, HK: 8, SG: 8, CN: 8, RU: 3, UA: 2, AU: 11, PH: 8, NG: 1,
};
export function residential(r: Rng, country: string): Host {
  return host(r, r.pick(RESIDENTIAL_BY_COUNTRY[country]));
}

// ---------------------------------------------------------------- tokens

/** Rough BPE token count of a text: ~4 ASCII chars a token, more per char in other scripts. */
export function tok(text: string): number {
  let t = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) t += 0.26;
    else if (c < 0x250) t += 0.45;          // Latin-1 and extended (Polish, Turkish, Vietnamese base)
    else if (c >= 0x1e00 && c < 0x1f00) t += 0.6; // Vietnamese precomposed
    else if (c < 0x530) t += 0.42;          // Greek, Cyrillic
    else if (c < 0x700) t += 0.45;          // Hebrew, Arabic
    else if (c >= 0x900 && c < 0x980) t += 0.7; // Devanagari
    else if (c >= 0xe00 && c < 0xe80) t += 0.55; // Thai
    else if (c >= 0xac00 && c < 0xd7b0) t += 0.8; // Hangul
    else if (c >= 0x3000) t += 0.95;        // CJK, kana
    else t += 0.5;
  }
  return Math.max(1, Math.ceil(t));
}

type Msg = { role: string; content: unknown; [k: string]: unknown };
export function contentTok(c: unknown): number {
  if (c == null) return 0;
  if (typeof c === "string") return tok(c);
  if (Array.isArray(c)) {
    let s = 0;
    for (const p of c) {
      if (typeof p === "string") s += tok(p);
      else if (p && typeof p === "object") {
        const o = p as Record<string, unknown>;
        if (typeof o.text === "string") s += tok(o.text);
        else if (typeof o.content === "string" || Array.isArray(o.content)) s += contentTok(o.content);
        else if (o.input !== undefined) s += tok(JSON.stringify(o.input));
        else if (o.type === "image_url" || o.type === "image") s += 765;
      }
    }
    return s;
  }
  return tok(JSON.stringify(c));
}
export function messagesTok(msgs: readonly Msg[]): number {
  let s = 3;
  for (const m of msgs) {
    s += 4 + contentTok(m.content);
    if (m.tool_calls) s += tok(JSON.stringify(m.tool_calls));
  }
  return s;
}
export function toolsTok(tools: unknown): number { return tools ? Math.ceil(tok(JSON.stringify(tools)) * 0.9) : 0; }

/** A completion length around `median`, never above `cap`. */
export function outLen(r: Rng, median: number, cap: number, sigma = 0.45): number {
  return Math.max(1, Math.min(cap, Math.round(r.logn(median, sigma))));
}

// ---------------------------------------------------------------- keys and the trace

export type KeyClass = "honest" | "distill" | "benchmark";
export interface KeyInfo { scenario: string; class: KeyClass; family: string }
export interface Usage { prompt_tokens: number; completion_tokens: number }
export interface Line {
  ts: number; key: string; ip?: string; asn?: number; country?: string;
  method: string; path: string; body?: unknown; usage?: Usage;
}

export class Trace {
  lines: Line[] = [];
  keys: Record<string, KeyInfo> = {};
  private used = new Set<string>();
  private order: number[] = [];

  newKey(r: Rng, info: KeyInfo, kind: "openai" | "svc" | "legacy" | "anthropic" = "openai"): string {
    for (;;) {
      let k: string;
      const b = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
      if (kind === "anthropic") k = "sk-ant-api03-" + r.str(64, b + "-_") + "AA";
      else if (kind === "svc") k = "sk-svcacct-" + r.str(56, b + "-_");
      else if (kind === "legacy") k = "sk-" + r.str(48, b);
      else k = "sk-proj-" + r.str(56, b + "-_");
      if (this.used.has(k)) continue;
      this.used.add(k);
      this.keys[k] = info;
      return k;
    }
  }

  /** Adds a request if it falls inside the window. Returns whether it was kept. */
  add(ts: number, key: string, h: Host | null, method: string, path: string, body?: unknown, usage?: Usage): boolean {
    ts = Math.round(ts);
    if (ts < START || ts >= END) return false;
    const l = { ts, key } as Line;
    if (h) { l.ip = h.ip; l.asn = h.asn; l.country = h.country; }
    l.method = method; l.path = path;
    if (body !== undefined) l.body = body;
    if (usage) l.usage = usage;
    this.lines.push(l);
    return true;
  }

  sorted(): Line[] {
    const idx = this.lines.map((_, i) => i);
    idx.sort((a, b) => this.lines[a].ts - this.lines[b].ts || a - b);
    return idx.map((i) => this.lines[i]);
  }
}

/** Everything a scenario needs. */
export interface Ctx { r: Rng; t: Trace; name: string; cls: KeyClass; family: string }
export function key(c: Ctx, kind: "openai" | "svc" | "legacy" | "anthropic" = "openai"): string {
  return c.t.newKey(c.r, { scenario: c.name, class: c.cls, family: c.family }, kind);
}

/** Fills {name} placeholders. */
export function fill(tmpl: string, vars: Record<string, string | number>): string {
  return tmpl.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
}

export function uid(r: Rng, prefix = "u_"): string { return prefix + r.hex(12); }
