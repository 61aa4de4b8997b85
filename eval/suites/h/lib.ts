import { Buffer } from "node:buffer";

/**
 * Suite h: seeded PRNG, time curves, network identities, keys, token estimates and the event sink.
 * Node built-ins only; everything is a pure function of the seed.
 */

// ---------- PRNG ----------

/** xmur3 string hash -> 32-bit seeds. */
function xmur3(str: string): () => number {
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) {
    h = Math.imul(h ^ str.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  constructor(seed: number, stream: string) {
    const h = xmur3(`${seed}|${stream}`);
    this.a = h();
    this.b = h();
    this.c = h();
    this.d = h();
    for (let i = 0; i < 12; i++) this.next();
  }
  /** sfc32: uniform in [0, 1). */
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
  fork(name: string): Rng {
    return new Rng(Math.floor(this.next() * 2 ** 31), name);
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  /** weighted pick from [item, weight] pairs */
  wpick<T>(xs: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of xs) total += w;
    let r = this.next() * total;
    for (const [x, w] of xs) {
      r -= w;
      if (r < 0) return x;
    }
    return xs[xs.length - 1][0];
  }
  sample<T>(xs: readonly T[], k: number): T[] {
    const a = xs.slice();
    const out: T[] = [];
    for (let i = 0; i < k && a.length; i++) out.push(a.splice(Math.floor(this.next() * a.length), 1)[0]);
    return out;
  }
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  }
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  /** log-normal with the given median and spread (sigma of the log). */
  logn(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }
  exp(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }
  chars(n: number, alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"): string {
    let s = "";
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.next() * alphabet.length)];
    return s;
  }
  hex(n: number): string {
    return this.chars(n, "0123456789abcdef");
  }
}

// ---------- time ----------

/** Thursday 2026-11-12 00:00 UTC; the window runs five days to Tuesday 2026-11-17 00:00 UTC. */
export const T0 = Date.UTC(2026, 10, 12, 0, 0, 0);
export const DAYS = 5;
export const T1 = T0 + DAYS * 86_400_000;
export const HOUR = 3_600_000;
export const MIN = 60_000;
/** A new model goes live on Saturday 2026-11-14 at 17:00 UTC (the release-surge scenario keys off it). */
export const RELEASE = T0 + 2 * 86_400_000 + 17 * HOUR;

export type Curve = "business" | "consumer" | "student" | "flat" | "night" | "dev" | "evening-hobby";

const BUSINESS = [0.02, 0.01, 0.01, 0.01, 0.01, 0.03, 0.08, 0.25, 0.65, 0.95, 1.0, 0.95, 0.7, 0.85, 0.95, 0.9, 0.8, 0.6, 0.35, 0.2, 0.14, 0.1, 0.06, 0.03];
const CONSUMER = [0.35, 0.22, 0.12, 0.07, 0.05, 0.06, 0.12, 0.25, 0.38, 0.45, 0.5, 0.55, 0.62, 0.6, 0.55, 0.55, 0.6, 0.68, 0.78, 0.9, 1.0, 0.98, 0.82, 0.58];
const STUDENT = [0.12, 0.05, 0.02, 0.01, 0.01, 0.02, 0.06, 0.12, 0.15, 0.15, 0.18, 0.2, 0.25, 0.35, 0.6, 0.8, 0.85, 0.75, 0.7, 0.9, 1.0, 0.95, 0.65, 0.3];
const DEV = [0.04, 0.02, 0.01, 0.01, 0.01, 0.02, 0.05, 0.2, 0.55, 0.9, 1.0, 0.95, 0.55, 0.8, 1.0, 1.0, 0.9, 0.7, 0.4, 0.25, 0.3, 0.3, 0.18, 0.08];
const HOBBY = [0.5, 0.3, 0.15, 0.05, 0.03, 0.03, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.35, 0.35, 0.4, 0.45, 0.55, 0.7, 0.85, 1.0, 1.0, 0.95, 0.75];

/** Relative intensity (0..1) at UTC time t for a curve, with the population's UTC offset in hours. */
export function intensity(curve: Curve, t: number, tz: number): number {
  const local = t + tz * HOUR;
  const d = new Date(local);
  const h = d.getUTCHours() + d.getUTCMinutes() / 60;
  const dow = d.getUTCDay(); // 0 Sunday
  const weekend = dow === 0 || dow === 6;
  const hi = Math.floor(h) % 24;
  const frac = h - Math.floor(h);
  const interp = (tab: number[]) => tab[hi] * (1 - frac) + tab[(hi + 1) % 24] * frac;
  switch (curve) {
    case "business":
      return interp(BUSINESS) * (weekend ? 0.1 : 1);
    case "dev":
      return interp(DEV) * (weekend ? 0.22 : 1);
    case "consumer":
      return interp(CONSUMER) * (weekend ? 1 : 0.85);
    case "evening-hobby":
      return interp(HOBBY) * (weekend ? 1 : 0.75);
    case "student": {
      let v = interp(STUDENT);
      if (dow === 6) v *= 0.45; // Saturday
      if (dow === 0) v *= hi >= 16 ? 1.25 : 0.6; // Sunday evening homework rush
      if (dow === 5 && hi >= 17) v *= 0.5; // Friday evening
      return Math.min(1, v);
    }
    case "flat":
      return 0.8 + 0.2 * Math.sin((2 * Math.PI * (h - 15)) / 24);
    case "night":
      return hi >= 1 && hi < 5 ? 1 : 0.0;
  }
}

/** Draw a time in [from, to) whose density follows a mixture of (curve, tz, weight). */
export function drawTime(rng: Rng, mix: readonly (readonly [Curve, number, number])[], from = T0, to = T1): number {
  for (let tries = 0; tries < 10_000; tries++) {
    const t = from + rng.next() * (to - from);
    let v = 0;
    let wsum = 0;
    for (const [c, tz, w] of mix) {
      v += w * intensity(c, t, tz);
      wsum += w;
    }
    if (rng.next() * wsum < v) return Math.floor(t);
  }
  return Math.floor(from + rng.next() * (to - from));
}

// ---------- networks ----------

export interface Net {
  asn: number;
  country: string;
  org: string;
  kind: "cloud" | "residential" | "mobile" | "office" | "research";
  /** first one or two octets */
  prefixes: string[];
}

export const NETS: Record<string, Net> = {
  // clouds
  "aws-use1": { asn: 16509, country: "US", org: "Amazon", kind: "cloud", prefixes: ["3.208", "3.231", "44.199", "52.4", "54.87", "18.206"] },
  "aws-euc1": { asn: 16509, country: "DE", org: "Amazon", kind: "cloud", prefixes: ["3.64", "3.120", "18.184", "52.58", "35.157"] },
  "aws-apse1": { asn: 16509, country: "SG", org: "Amazon", kind: "cloud", prefixes: ["13.212", "18.139", "52.74", "54.254"] },
  "gcp-us": { asn: 396982, country: "US", org: "Google Cloud", kind: "cloud", prefixes: ["34.23", "34.121", "35.193", "35.226"] },
  "gcp-eu": { asn: 396982, country: "NL", org: "Google Cloud", kind: "cloud", prefixes: ["34.90", "34.141", "35.204"] },
  "azure-weu": { asn: 8075, country: "NL", org: "Microsoft", kind: "cloud", prefixes: ["20.61", "20.93", "40.114", "52.166"] },
  "azure-eus": { asn: 8075, country: "US", org: "Microsoft", kind: "cloud", prefixes: ["20.42", "20.102", "40.76", "52.168"] },
  hetzner: { asn: 24940, country: "DE", org: "Hetzner", kind: "cloud", prefixes: ["65.108", "95.216", "135.181", "157.90", "5.161"] },
  ovh: { asn: 16276, country: "FR", org: "OVH", kind: "cloud", prefixes: ["51.68", "51.178", "141.94", "137.74"] },
  digitalocean: { asn: 14061, country: "US", org: "DigitalOcean", kind: "cloud", prefixes: ["134.209", "159.89", "167.99", "164.90", "143.198"] },
  vultr: { asn: 20473, country: "JP", org: "Vultr", kind: "cloud", prefixes: ["45.76", "45.77", "149.28", "108.61"] },
  linode: { asn: 63949, country: "SG", org: "Akamai/Linode", kind: "cloud", prefixes: ["172.104", "139.162", "172.105"] },
  alibaba: { asn: 45102, country: "SG", org: "Alibaba Cloud", kind: "cloud", prefixes: ["47.74", "47.88", "8.219", "47.236"] },
  tencent: { asn: 132203, country: "HK", org: "Tencent Cloud", kind: "cloud", prefixes: ["43.128", "43.135", "43.154", "119.28"] },
  oracle: { asn: 31898, country: "US", org: "Oracle Cloud", kind: "cloud", prefixes: ["129.146", "150.136", "129.213"] },
  cloudflare: { asn: 13335, country: "US", org: "Cloudflare", kind: "cloud", prefixes: ["104.28", "172.69", "162.158"] },
  // residential
  comcast: { asn: 7922, country: "US", org: "Comcast", kind: "residential", prefixes: ["73", "98", "24.30", "67.180", "76.102"] },
  charter: { asn: 20115, country: "US", org: "Charter", kind: "residential", prefixes: ["47.148", "71.84", "75.142", "97.92"] },
  verizon: { asn: 701, country: "US", org: "Verizon", kind: "residential", prefixes: ["71.105", "108.46", "100.11", "72.83"] },
  att: { asn: 7018, country: "US", org: "AT&T", kind: "residential", prefixes: ["99.10", "107.200", "76.250", "104.182"] },
  telekom: { asn: 3320, country: "DE", org: "Deutsche Telekom", kind: "residential", prefixes: ["79.214", "87.150", "91.61", "93.199", "217.229"] },
  vodafone_de: { asn: 3209, country: "DE", org: "Vodafone DE", kind: "residential", prefixes: ["88.70", "94.134", "178.6"] },
  orange_fr: { asn: 3215, country: "FR", org: "Orange", kind: "residential", prefixes: ["90.12", "86.246", "92.184", "83.199"] },
  free_fr: { asn: 12322, country: "FR", org: "Free", kind: "residential", prefixes: ["82.64", "88.166", "78.193"] },
  bt: { asn: 2856, country: "GB", org: "BT", kind: "residential", prefixes: ["81.152", "86.150", "109.148", "31.49"] },
  virgin_uk: { asn: 5089, country: "GB", org: "Virgin Media", kind: "residential", prefixes: ["82.12", "86.0", "92.233"] },
  telefonica_es: { asn: 3352, country: "ES", org: "Telefonica", kind: "residential", prefixes: ["83.45", "88.24", "79.152", "95.127"] },
  tim_it: { asn: 3269, country: "IT", org: "TIM", kind: "residential", prefixes: ["79.36", "87.11", "93.44", "151.38"] },
  kpn: { asn: 1136, country: "NL", org: "KPN", kind: "residential", prefixes: ["84.84", "86.86", "145.53"] },
  orange_pl: { asn: 5617, country: "PL", org: "Orange Polska", kind: "residential", prefixes: ["83.24", "89.70", "31.60", "5.173"] },
  upc_pl: { asn: 6830, country: "PL", org: "UPC/Liberty", kind: "residential", prefixes: ["89.64", "178.36"] },
  turktelekom: { asn: 9121, country: "TR", org: "Turk Telekom", kind: "residential", prefixes: ["78.180", "85.105", "88.230", "176.41"] },
  superonline: { asn: 34984, country: "TR", org: "Superonline", kind: "residential", prefixes: ["88.241", "178.240", "94.54"] },
  viettel: { asn: 7552, country: "VN", org: "Viettel", kind: "residential", prefixes: ["27.72", "171.224", "116.96", "125.235"] },
  vnpt: { asn: 45899, country: "VN", org: "VNPT", kind: "residential", prefixes: ["113.161", "14.162", "123.20", "113.185"] },
  telkom_id: { asn: 7713, country: "ID", org: "Telkom Indonesia", kind: "residential", prefixes: ["36.68", "180.241", "125.164", "114.124"] },
  biznet: { asn: 17451, country: "ID", org: "Biznet", kind: "residential", prefixes: ["112.78", "203.142"] },
  stc: { asn: 25019, country: "SA", org: "Saudi Telecom", kind: "residential", prefixes: ["51.36", "188.48", "2.88"] },
  te_eg: { asn: 8452, country: "EG", org: "TE Data", kind: "residential", prefixes: ["41.34", "156.210", "197.52"] },
  safaricom: { asn: 33771, country: "KE", org: "Safaricom", kind: "residential", prefixes: ["105.160", "197.237", "41.90"] },
  tz_vodacom: { asn: 36908, country: "TZ", org: "Vodacom TZ", kind: "mobile", prefixes: ["41.59", "196.249"] },
  true_th: { asn: 7470, country: "TH", org: "True Internet", kind: "residential", prefixes: ["171.96", "49.228", "58.8"] },
  ais_th: { asn: 45430, country: "TH", org: "AIS", kind: "mobile", prefixes: ["49.230", "171.97", "223.24"] },
  jio: { asn: 55836, country: "IN", org: "Reliance Jio", kind: "mobile", prefixes: ["49.36", "157.32", "152.58", "106.210"] },
  airtel_in: { asn: 45609, country: "IN", org: "Bharti Airtel", kind: "residential", prefixes: ["122.161", "106.195", "223.190"] },
  ntt: { asn: 4713, country: "JP", org: "NTT OCN", kind: "residential", prefixes: ["153.156", "180.12", "114.150"] },
  kt: { asn: 4766, country: "KR", org: "Korea Telecom", kind: "residential", prefixes: ["121.134", "211.36", "175.193"] },
  vivo_br: { asn: 26599, country: "BR", org: "Telefonica Brasil", kind: "residential", prefixes: ["177.94", "189.100", "179.110"] },
  claro_br: { asn: 28573, country: "BR", org: "Claro", kind: "residential", prefixes: ["177.32", "179.191", "191.177"] },
  telmex: { asn: 8151, country: "MX", org: "Telmex", kind: "residential", prefixes: ["187.190", "189.203", "201.141"] },
  tmobile_us: { asn: 21928, country: "US", org: "T-Mobile US", kind: "mobile", prefixes: ["172.56", "172.58", "172.32"] },
  pldt: { asn: 9299, country: "PH", org: "PLDT", kind: "residential", prefixes: ["112.198", "122.54", "180.190"] },
  // offices / enterprise transit / research
  colt_de: { asn: 8220, country: "DE", org: "Colt", kind: "office", prefixes: ["212.36.38"] },
  zayo_us: { asn: 6461, country: "US", org: "Zayo", kind: "office", prefixes: ["64.125.190"] },
  lumen_us: { asn: 3356, country: "US", org: "Lumen", kind: "office", prefixes: ["4.14.102"] },
  cogent_gb: { asn: 174, country: "GB", org: "Cogent", kind: "office", prefixes: ["149.14.88"] },
  swisscom: { asn: 3303, country: "CH", org: "Swisscom", kind: "office", prefixes: ["195.141.77"] },
  telia_se: { asn: 1299, country: "SE", org: "Arelion", kind: "office", prefixes: ["62.115.44"] },
  dfn: { asn: 680, country: "DE", org: "DFN", kind: "research", prefixes: ["141.20.12", "141.20.13"] },
  internet2: { asn: 11537, country: "US", org: "Internet2", kind: "research", prefixes: ["171.64.68", "171.67.22"] },
};

export function ipIn(rng: Rng, net: Net): string {
  const p = rng.pick(net.prefixes);
  const parts = p.split(".");
  while (parts.length < 4) parts.push(String(parts.length === 3 ? rng.int(2, 254) : rng.int(0, 255)));
  return parts.join(".");
}

/** A residential IPv6 address (a few ISPs hand these out by default). */
export function ipv6(rng: Rng, prefix: string): string {
  const g = () => rng.hex(4).replace(/^0+(?=.)/, "");
  return `${prefix}:${g()}:${g()}:${g()}:${g()}`;
}

/** Residential proxy pools, as rented by the hour: weighted by their real-world share. */
export const PROXY_POOL: [string, number][] = [
  ["comcast", 8], ["charter", 5], ["verizon", 4], ["att", 5], ["tmobile_us", 3], ["telekom", 3], ["vodafone_de", 2], ["orange_fr", 2],
  ["free_fr", 1], ["bt", 2], ["virgin_uk", 2], ["telefonica_es", 2], ["tim_it", 2], ["kpn", 1], ["orange_pl", 1], ["turktelekom", 2],
  ["viettel", 2], ["vnpt", 1], ["telkom_id", 2], ["jio", 3], ["airtel_in", 2], ["vivo_br", 2], ["claro_br", 2], ["telmex", 2],
  ["pldt", 1], ["ntt", 1], ["kt", 1], ["stc", 1], ["te_eg", 1], ["safaricom", 1],
];

// ---------- keys ----------

const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export type KeyKind = "proj" | "svc" | "legacy" | "ant";
export function makeKey(rng: Rng, kind: KeyKind): string {
  switch (kind) {
    case "proj":
      return `sk-proj-${rng.chars(74, B64URL)}T3BlbkFJ${rng.chars(74, B64URL)}`;
    case "svc":
      return `sk-svcacct-${rng.chars(74, B64URL)}T3BlbkFJ${rng.chars(74, B64URL)}`;
    case "legacy":
      return `sk-${rng.chars(20, B62)}T3BlbkFJ${rng.chars(20, B62)}`;
    case "ant":
      return `sk-ant-api03-${rng.chars(93, B64URL)}AA`;
  }
}

// ---------- tokens ----------

/** Rough token count of a text in the family of BPE tokenisers these APIs use. */
export function toks(s: string): number {
  let ascii = 0;
  let cjk = 0;
  let other = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) ascii++;
    else if ((c >= 0x3040 && c < 0xa000) || (c >= 0xac00 && c < 0xd7b0)) cjk++;
    else if (c >= 0xd800 && c < 0xdc00) other += 0; // high surrogate: counted on the low half
    else other++;
  }
  return Math.max(1, Math.round(ascii / 4 + cjk * 1.05 + other / 2.2));
}

export type Msg = { role: string; content: unknown };

function contentToks(c: unknown): number {
  if (typeof c === "string") return toks(c);
  if (Array.isArray(c)) return c.reduce((n: number, b) => n + contentToks(b), 0);
  if (c && typeof c === "object") {
    const o = c as Record<string, unknown>;
    if (typeof o.text === "string") return toks(o.text);
    if (o.type === "image") return 1100;
    return Math.round(toks(JSON.stringify(o)) * 0.9);
  }
  return 0;
}

/** Prompt tokens of a chat / messages request (messages + system + tools). */
export function promptToks(messages: Msg[], system?: unknown, tools?: unknown[]): number {
  let n = 3;
  for (const m of messages) {
    n += 4 + contentToks(m.content);
    const tc = (m as Record<string, unknown>).tool_calls;
    if (tc) n += toks(JSON.stringify(tc));
  }
  if (system !== undefined) n += 4 + contentToks(system);
  if (tools && tools.length) n += Math.round(toks(JSON.stringify(tools)) * 0.85) + 10;
  return n;
}

/** Completion length for one choice: drawn around `median`, cut at the cap (finish_reason length). */
export function outLen(rng: Rng, median: number, sigma: number, cap: number, min = 1): number {
  const v = Math.max(min, Math.round(rng.logn(median, sigma)));
  return Math.min(cap, v);
}

// ---------- output ----------

export type Cls = "honest" | "distill" | "benchmark";

export interface Label {
  scenario: string;
  class: Cls;
  family: string;
}

export interface Ev {
  ts: number;
  key: string;
  ip?: string;
  asn?: number;
  country?: string;
  method?: string;
  path: string;
  body: unknown;
  usage?: { prompt_tokens: number; completion_tokens: number };
  results?: { prompt_tokens: number; completion_tokens: number }[];
  response_id?: string;
}

export interface ScenarioMeta {
  name: string;
  cls: Cls;
  family: string;
  description: string;
}

/** Collects serialised lines (memory-light) and key labels. */
export class Sink {
  readonly lines: { ts: number; seq: number; line: Buffer }[] = [];
  readonly labels = new Map<string, Label>();
  readonly perScenario = new Map<string, { keys: Set<string>; requests: number; prompt: number; completion: number }>();
  private seq = 0;
  readonly metas: ScenarioMeta[] = [];

  scenario(meta: ScenarioMeta): void {
    this.metas.push(meta);
    this.perScenario.set(meta.name, { keys: new Set(), requests: 0, prompt: 0, completion: 0 });
  }

  label(key: string, scenario: string): void {
    const m = this.metas.find((x) => x.name === scenario);
    if (!m) throw new Error(`unknown scenario ${scenario}`);
    const prev = this.labels.get(key);
    if (prev && prev.scenario !== scenario) throw new Error(`key reused across scenarios: ${scenario}/${prev.scenario}`);
    this.labels.set(key, { scenario, class: m.cls, family: m.family });
  }

  emit(scenario: string, e: Ev, net?: { ip: string; net: Net }): void {
    if (e.ts < T0 || e.ts >= T1) return; // outside the window: not observed
    if (!this.labels.has(e.key)) this.label(e.key, scenario);
    const o: Record<string, unknown> = { ts: Math.floor(e.ts), key: e.key };
    if (net) {
      o.ip = net.ip;
      o.asn = net.net.asn;
      o.country = net.net.country;
    }
    o.method = e.method ?? "POST";
    o.path = e.path;
    o.body = e.body;
    if (e.usage) o.usage = e.usage;
    if (e.results) o.results = e.results;
    if (e.response_id) o.response_id = e.response_id;
    this.lines.push({ ts: Math.floor(e.ts), seq: this.seq++, line: Buffer.from(JSON.stringify(o) + "\n", "utf8") });
    const s = this.perScenario.get(scenario)!;
    s.keys.add(e.key);
    s.requests++;
    if (e.usage) {
      s.prompt += e.usage.prompt_tokens;
      s.completion += e.usage.completion_tokens;
    }
    if (e.results) for (const r of e.results) {
      s.prompt += r.prompt_tokens;
      s.completion += r.completion_tokens;
    }
  }
}

// ---------- misc helpers ----------

export function fill(tpl: string, vars: Record<string, string | number>): string {
  return tpl.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
}

/** Fake but well-formed ids. */
export const ids = {
  call: (rng: Rng) => `call_${rng.chars(24)}`,
  toolu: (rng: Rng) => `toolu_01${rng.chars(22)}`,
  resp: (rng: Rng) => `resp_${rng.hex(48)}`,
  batch: (rng: Rng) => `msgbatch_01${rng.chars(22)}`,
  user: (rng: Rng) => `u_${rng.hex(12)}`,
};

/** Random token ids in the cl100k/o200k range (for pre-tokenised prompts and logit_bias). */
export function tokenIds(rng: Rng, n: number, max = 100_255): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    // Zipf-ish: common tokens are low ids
    const u = rng.next();
    out.push(Math.min(max, Math.floor(Math.pow(u, 2.2) * max)));
  }
  return out;
}
