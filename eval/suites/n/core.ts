/**
 * Suite n infrastructure, written for this suite: a seeded generator (sfc32 seeded by a
 * murmur-style string hash), the window (Monday 2027-06-07 00:00 UTC to Friday 2027-06-11 00:00 UTC),
 * local-time activity curves, networks, key shapes, a token estimate by script, and the sink that
 * collects trace lines, labels and per-key statistics.
 */

// ------------------------------------------------------------------ random
export function hash32(s: string): number {
  let h = 0x9747b28c ^ s.length;
  for (let i = 0; i < s.length; i++) {
    let k = s.charCodeAt(i);
    k = Math.imul(k, 0xcc9e2d51); k = (k << 15) | (k >>> 17); k = Math.imul(k, 0x1b873593);
    h ^= k; h = (h << 13) | (h >>> 19); h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
  return h >>> 0;
}

export class Rng {
  private a: number; private b: number; private c: number; private d: number;
  constructor(seed: string) {
    this.a = hash32(seed + "/a"); this.b = hash32(seed + "/b"); this.c = hash32(seed + "/c"); this.d = 1;
    for (let i = 0; i < 15; i++) this.next();
  }
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.next() * xs.length)]; }
  p(x: number): boolean { return this.next() < x; }
  gauss(): number { const u = 1 - this.next(), v = this.next(); return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v); }
  logn(median: number, spread: number): number { return median * Math.exp(spread * this.gauss()); }
  expo(mean: number): number { return -Math.log(1 - this.next()) * mean; }
  wpick<T>(xs: readonly (readonly [T, number])[]): T {
    let tot = 0; for (const [, w] of xs) tot += w;
    let x = this.next() * tot;
    for (const [v, w] of xs) { x -= w; if (x <= 0) return v; }
    return xs[xs.length - 1][0];
  }
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) { const j = Math.floor(this.next() * (i + 1)); [xs[i], xs[j]] = [xs[j], xs[i]]; }
    return xs;
  }
  sample<T>(xs: readonly T[], k: number): T[] { return this.shuffle(xs.slice()).slice(0, Math.min(k, xs.length)); }
  chars(n: number, alpha: string): string { let s = ""; for (let i = 0; i < n; i++) s += alpha[Math.floor(this.next() * alpha.length)]; return s; }
  fork(label: string): Rng { return new Rng(label + "#" + Math.floor(this.next() * 1e9)); }
}

// ------------------------------------------------------------------ time
export const SEC = 1000, MIN = 60_000, HOUR = 3_600_000, DAY = 86_400_000;
/** Monday 2027-06-07 00:00 UTC to Friday 2027-06-11 00:00 UTC (Mon, Tue, Wed, Thu). */
export const T0 = Date.UTC(2027, 5, 7);
export const NDAYS = 4;
export const T1 = T0 + NDAYS * DAY;

export type Curve = "office" | "school" | "evening" | "consumer" | "flat" | "dev" | "night" | "clinic";
const CURVES: Record<Curve, number[]> = {
  office: [1, 0, 0, 0, 0, 1, 4, 18, 60, 95, 100, 92, 50, 66, 90, 86, 70, 36, 12, 6, 4, 3, 2, 1],
  school: [6, 2, 1, 0, 0, 1, 5, 12, 18, 20, 22, 24, 30, 38, 60, 82, 96, 92, 80, 94, 100, 80, 44, 18],
  evening: [40, 20, 9, 4, 3, 4, 9, 16, 22, 28, 30, 32, 36, 38, 40, 46, 54, 66, 80, 94, 100, 96, 82, 60],
  consumer: [28, 16, 9, 6, 5, 7, 14, 26, 40, 48, 54, 58, 62, 58, 56, 58, 64, 74, 86, 96, 100, 90, 68, 44],
  flat: Array(24).fill(100),
  dev: [10, 5, 3, 2, 2, 3, 7, 16, 44, 74, 90, 88, 60, 80, 94, 92, 78, 58, 40, 34, 38, 36, 26, 16],
  night: [90, 100, 96, 90, 80, 56, 26, 10, 4, 3, 3, 3, 3, 3, 3, 3, 4, 5, 8, 12, 20, 34, 50, 70],
  clinic: [2, 1, 0, 0, 0, 2, 8, 40, 80, 100, 98, 90, 60, 80, 96, 90, 76, 44, 20, 10, 6, 4, 3, 2],
};
/** Monday..Thursday all weekdays here; a small per-day wobble keeps days distinct. */
const DAYF = [0.96, 1.03, 1.0, 0.94];
export function level(t: number, tz: number, c: Curve): number {
  const d = new Date(t + tz * HOUR);
  const h = d.getUTCHours(), f = d.getUTCMinutes() / 60;
  const xs = CURVES[c];
  const v = (xs[h] + (xs[(h + 1) % 24] - xs[h]) * f) / 100;
  const di = Math.floor((t - T0) / DAY);
  return v * (DAYF[Math.max(0, Math.min(3, di))] ?? 1);
}
/** Draw a moment from a curve in [from, to). */
export function draw(r: Rng, tz: number, c: Curve, from = T0, to = T1): number {
  for (let i = 0; i < 4000; i++) {
    const t = from + r.next() * (to - from);
    if (r.next() * 1.1 < level(t, tz, c)) return Math.floor(t);
  }
  return Math.floor(from + r.next() * (to - from));
}
export function at(day: number, hourLocal: number, tz: number): number { return T0 + day * DAY + (hourLocal - tz) * HOUR; }
/** How long a person takes before the next turn: reading, thinking, typing. */
export function humanPause(r: Rng, answerTok: number, typed: number): number {
  const read = (answerTok / r.logn(6, 0.5)) * (r.p(0.4) ? 0.35 : 1);
  const type = typed / r.logn(3.2, 0.35);
  let s = read + type + r.logn(5, 0.8);
  if (r.p(0.05)) s += r.logn(300, 0.9);
  return Math.max(2.5, s) * SEC;
}
/** Origin time to produce `tok` tokens. */
export function genTime(r: Rng, tok: number, speed = 65): number { return (r.logn(0.6, 0.35) + tok / r.logn(speed, 0.2)) * SEC; }

// ------------------------------------------------------------------ networks
export interface Net { ip: string; asn: number; country: string }
type Pool = { asn: number; cc: string; pre: string[] };
const P = (asn: number, cc: string, ...pre: string[]): Pool => ({ asn, cc, pre });
export const DC = {
  awsVa: P(16509, "US", "3.91", "44.205", "54.144", "18.207"),
  awsOr: P(16509, "US", "35.86", "52.39", "44.236"),
  awsDe: P(16509, "DE", "3.73", "18.157", "52.59"),
  awsMum: P(16509, "IN", "13.126", "65.0", "3.108"),
  awsSyd: P(16509, "AU", "13.54", "3.104"),
  awsSeoul: P(16509, "KR", "3.35", "13.124"),
  gcpIowa: P(396982, "US", "34.121", "35.239", "104.197"),
  gcpBe: P(396982, "BE", "34.76", "35.195"),
  gcpJkt: P(396982, "ID", "34.101", "34.128"),
  azureVa: P(8075, "US", "20.185", "52.186", "40.117"),
  azureNl: P(8075, "NL", "20.103", "51.105"),
  hetzner: P(24940, "DE", "49.12", "78.46", "142.132", "159.69"),
  ovh: P(16276, "FR", "51.210", "137.74", "146.59"),
  ovhCa: P(16276, "CA", "144.217", "158.69"),
  contabo: P(51167, "DE", "62.171", "207.180", "75.119"),
  digitalocean: P(14061, "US", "137.184", "147.182", "164.90"),
  doBlr: P(14061, "IN", "139.59", "143.110"),
  vultrTk: P(20473, "JP", "45.32", "139.180"),
  linodeFra: P(63949, "DE", "172.105", "194.195"),
  alibabaHk: P(45102, "HK", "47.242", "8.210"),
  tencentSg: P(132203, "SG", "43.134", "119.28"),
  huaweiSg: P(136907, "SG", "124.243", "159.138"),
  oracleFra: P(31898, "DE", "130.61", "138.2"),
  leaseweb: P(60781, "NL", "85.17", "212.32"),
  m247: P(9009, "RO", "37.120", "185.156"),
  selectel: P(49505, "RU", "31.184", "92.53"),
};
export type DcName = keyof typeof DC;
export const ISP: Record<string, Pool[]> = {
  US: [P(7922, "US", "67.180", "76.104", "174.62"), P(7018, "US", "104.5", "12.75"), P(22773, "US", "68.0", "98.185"), P(701, "US", "71.246")],
  GB: [P(2856, "GB", "109.156", "86.162"), P(5607, "GB", "90.199", "2.96")],
  DE: [P(3320, "DE", "87.165", "93.209"), P(6805, "DE", "85.183", "89.12")],
  FR: [P(3215, "FR", "92.184", "81.249"), P(5410, "FR", "78.198")],
  ES: [P(3352, "ES", "81.39", "79.152")],
  IT: [P(3269, "IT", "79.22", "93.44")],
  NL: [P(1136, "NL", "84.104", "217.121"), P(33915, "NL", "31.151")],
  SE: [P(3301, "SE", "78.70", "90.230")],
  PL: [P(5617, "PL", "83.24", "91.225"), P(6830, "PL", "78.10")],
  TR: [P(9121, "TR", "85.96", "176.88"), P(15924, "TR", "212.156")],
  VN: [P(7552, "VN", "116.96", "171.224"), P(18403, "VN", "42.112", "113.161")],
  ID: [P(7713, "ID", "110.136", "36.68"), P(17451, "ID", "202.80")],
  IN: [P(55836, "IN", "49.37", "106.195"), P(45609, "IN", "106.66", "223.185"), P(24560, "IN", "122.172")],
  TH: [P(7470, "TH", "184.22", "171.96"), P(45758, "TH", "1.46", "49.228")],
  SA: [P(25019, "SA", "37.106", "46.153")],
  EG: [P(8452, "EG", "156.205", "197.55")],
  AE: [P(5384, "AE", "94.200", "2.49")],
  BR: [P(28573, "BR", "179.96", "187.35"), P(18881, "BR", "177.143")],
  MX: [P(8151, "MX", "189.146", "201.141")],
  JP: [P(2516, "JP", "111.239", "60.88"), P(17676, "JP", "126.75")],
  KR: [P(4766, "KR", "175.118", "211.36"), P(9318, "KR", "110.70")],
  PH: [P(9299, "PH", "112.206", "180.190")],
  NG: [P(37148, "NG", "105.113", "197.210")],
  KE: [P(33771, "KE", "41.80", "154.122")],
  UA: [P(15895, "UA", "46.211", "176.37")],
  AR: [P(22927, "AR", "181.47", "200.117")],
  CA: [P(577, "CA", "70.52", "142.120"), P(812, "CA", "99.240")],
  AU: [P(1221, "AU", "1.128", "101.186")],
};
export const EDU = {
  surf: P(1103, "NL", "145.94", "131.174"),
  geant: P(20965, "EU", "62.40"),
  internet2: P(11537, "US", "128.119", "140.247"),
  aarnet: P(7575, "AU", "130.56", "144.6"),
};
function ipIn(r: Rng, p: Pool): string { return `${r.pick(p.pre)}.${r.int(0, 255)}.${r.int(1, 254)}`; }
export function dc(r: Rng, n: DcName): Net { const p = DC[n]; return { ip: ipIn(r, p), asn: p.asn, country: p.cc }; }
export function isp(r: Rng, cc: string): Net { const p = r.pick(ISP[cc] ?? ISP.US); return { ip: ipIn(r, p), asn: p.asn, country: p.cc }; }
export function edu(r: Rng, n: keyof typeof EDU): Net { const p = EDU[n]; return { ip: ipIn(r, p), asn: p.asn, country: p.cc === "EU" ? "NL" : p.cc }; }
export function fleet(r: Rng, names: DcName[], k: number): Net[] { return Array.from({ length: k }, (_, i) => dc(r, names[i % names.length])); }

// ------------------------------------------------------------------ keys, ids
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export type KeyKind = "proj" | "svc" | "legacy" | "ant" | "router";
export function makeKey(r: Rng, k: KeyKind): string {
  switch (k) {
    case "proj": return "sk-proj-" + r.chars(48, ALNUM + "-_") + "T3BlbkFJ" + r.chars(48, ALNUM + "-_");
    case "svc": return "sk-svcacct-" + r.chars(44, ALNUM + "_") + "T3BlbkFJ" + r.chars(44, ALNUM + "_");
    case "legacy": return "sk-" + r.chars(48, ALNUM);
    case "ant": return "sk-ant-api03-" + r.chars(93, ALNUM + "-_") + "AA";
    case "router": return "sk-or-v1-" + r.chars(64, "0123456789abcdef");
  }
}
export function rid(r: Rng, prefix: string, n = 24): string { return prefix + r.chars(n, ALNUM); }

// ------------------------------------------------------------------ tokens
export function tok(s: string): number {
  let a = 0, l = 0, m = 0, c = 0, k = 0;
  for (let i = 0; i < s.length; i++) {
    const x = s.charCodeAt(i);
    if (x < 0x80) a++;
    else if (x < 0x250 || (x >= 0x1e00 && x < 0x1f00)) l++;
    else if (x >= 0xac00 && x < 0xd7b0) k++;
    else if ((x >= 0x3040 && x < 0xa000) || (x >= 0xff00 && x < 0xfff0)) c++;
    else if (x >= 0x0e00 && x < 0x0e80) m += 0.7; // Thai: a token per ~1.4 chars
    else if (x >= 0xd800 && x < 0xdc00) { /* pair */ } else m++;
  }
  return Math.max(1, Math.ceil(a / 4 + l / 2.5 + m / 2 + c * 0.95 + k / 1.2));
}
function texts(x: unknown, out: string[], depth = 0): void {
  if (depth > 10 || x === null || x === undefined) return;
  if (typeof x === "string") { out.push(x); return; }
  if (Array.isArray(x)) { for (const y of x) texts(y, out, depth + 1); return; }
  if (typeof x === "object") for (const [k, v] of Object.entries(x as Record<string, unknown>)) {
    if (["model", "role", "type", "id", "tool_call_id", "tool_use_id", "custom_id", "user", "previous_response_id", "metadata"].includes(k)) continue;
    texts(v, out, depth + 1);
  }
}
export function promptTok(body: Record<string, unknown>): number {
  const parts: string[] = [];
  for (const f of ["system", "instructions", "messages", "input", "prompt", "suffix", "tools"]) texts(body[f], parts);
  let n = 0; for (const s of parts) n += tok(s);
  const turns = Array.isArray(body.messages) ? body.messages.length : Array.isArray(body.input) ? body.input.length : 1;
  return n + 4 * turns + 5;
}

// ------------------------------------------------------------------ sink
export type Klass = "honest" | "benchmark" | "distill";
export type Body = Record<string, unknown>;
type U = { prompt_tokens: number; completion_tokens: number };
export interface Row { ts: number; n: number; json: string }
export interface ScStat { cls: Klass; family: string; langs: string; what: string; keys: Set<string>; lines: number; inner: number; completion: number }
export class Sink {
  rows: Row[] = [];
  labels = new Map<string, { scenario: string; class: Klass; family: string }>();
  stats = new Map<string, ScStat>();
  routes = new Map<string, number>();
  perKey = new Map<string, { ts: number[]; tok: number[] }>();
  n = 0;
}

export class Sc {
  r: Rng; sink: Sink; name: string; cls: Klass; family: string;
  constructor(sink: Sink, name: string, cls: Klass, family: string, langs: string, what: string, seed: number) {
    this.sink = sink; this.name = name; this.cls = cls; this.family = family;
    this.r = new Rng(`suite-n:${seed}:${name}`);
    sink.stats.set(name, { cls, family, langs, what, keys: new Set(), lines: 0, inner: 0, completion: 0 });
  }
  key(kind: KeyKind): string {
    const k = makeKey(this.r, kind);
    this.sink.labels.set(k, { scenario: this.name, class: this.cls, family: this.family });
    return k;
  }
  /** A metered POST with the answer's usage; completion clamped to cap x n. */
  post(ts: number, key: string, net: Net, path: string, body: Body, completion: number, extra: { prompt?: number; response_id?: string } = {}): number {
    const prompt = extra.prompt ?? promptTok(body);
    const cap = capOf(path, body);
    const n = Math.max(Number(body.n ?? 1), Number(body.best_of ?? 1));
    const comp = path === "/v1/embeddings" ? 0 : Math.max(0, Math.min(cap * n, Math.round(completion)));
    this.emit(ts, key, net, "POST", path, body, { prompt_tokens: Math.max(1, Math.round(prompt)), completion_tokens: comp }, extra.response_id);
    return comp;
  }
  free(ts: number, key: string, net: Net, method: string, path: string, body: Body | null, results?: U[], inner = 0): void {
    this.emit(ts, key, net, method, path, body, undefined, undefined, results, inner);
  }
  private emit(ts: number, key: string, net: Net, method: string, path: string, body: Body | null, usage?: U, response_id?: string, results?: U[], inner?: number): void {
    if (!(ts >= T0 && ts < T1)) return;
    const t = Math.floor(ts);
    const o: Record<string, unknown> = { ts: t, key, ip: net.ip, asn: net.asn, country: net.country, method, path, body };
    if (usage) o.usage = usage;
    if (results) o.results = results;
    if (response_id) o.response_id = response_id;
    this.sink.rows.push({ ts: t, n: this.sink.n++, json: JSON.stringify(o) });
    const st = this.sink.stats.get(this.name)!;
    st.keys.add(key); st.lines++;
    st.inner += inner ?? (usage ? 1 : 0);
    if (usage) st.completion += usage.completion_tokens;
    if (results) for (const u of results) st.completion += u.completion_tokens;
    const rk = method + " " + path.replace(/\/(file-|batch_|msgbatch_|resp_)[A-Za-z0-9]+/g, "/{id}");
    this.sink.routes.set(rk, (this.sink.routes.get(rk) ?? 0) + 1);
    let pk = this.sink.perKey.get(key);
    if (!pk) { pk = { ts: [], tok: [] }; this.sink.perKey.set(key, pk); }
    pk.ts.push(t);
    let used = usage ? usage.prompt_tokens + usage.completion_tokens : 0;
    if (results) for (const u of results) used += u.prompt_tokens + u.completion_tokens;
    pk.tok.push(used);
  }
}

export function capOf(path: string, b: Body): number {
  const v = b.max_completion_tokens ?? b.max_tokens ?? b.max_output_tokens;
  if (typeof v === "number") return v;
  return path === "/v1/completions" ? 16 : 4096;
}
export function olen(r: Rng, median: number, spread: number, cap: number, min = 1): number {
  return Math.max(min, Math.min(cap, Math.round(r.logn(median, spread))));
}
/** `{slot}` filling; arrays are picked from. */
export function fill(r: Rng, tpl: string, v: Record<string, string | number | readonly string[]>): string {
  return tpl.replace(/\{(\w+)\}/g, (m, k: string) => {
    const x = v[k];
    if (x === undefined) return m;
    return Array.isArray(x) ? String(r.pick(x)) : String(x);
  });
}
/** A pseudo answer text of roughly `n` tokens built from a scenario's own phrases (for histories). */
export function stub(r: Rng, phrases: readonly string[], n: number): string {
  let s = "";
  while (tok(s) < n) s += (s ? " " : "") + r.pick(phrases);
  return s;
}
