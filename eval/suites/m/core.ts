/**
 * Suite m infrastructure: a seeded PRNG (xoshiro128**), the four-day window and daily activity
 * shapes, networks (cloud, residential, office, campus), key shapes, a token estimate, the sink that
 * collects trace lines and key labels, and emit helpers for every route the suite uses.
 */

// ------------------------------------------------------------------ PRNG
/** FNV-1a then an avalanche; used only to seed streams from labels. */
export function seedOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class R {
  private a: number; private b: number; private c: number; private d: number;
  constructor(seed: number) {
    // splitmix32 to fill the state
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
      z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
      return (z ^ (z >>> 15)) >>> 0;
    };
    this.a = next(); this.b = next(); this.c = next(); this.d = next() || 1;
  }
  u32(): number {
    const r = Math.imul(this.rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a; this.d ^= this.b; this.b ^= this.c; this.a ^= this.d;
    this.c ^= t;
    this.d = this.rotl(this.d, 11);
    return r;
  }
  private rotl(x: number, k: number): number { return ((x << k) | (x >>> (32 - k))) >>> 0; }
  f(): number { return this.u32() / 4294967296; }
  /** integer in [lo, hi] */
  int(lo: number, hi: number): number { return lo + Math.floor(this.f() * (hi - lo + 1)); }
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.f() * xs.length)]; }
  chance(p: number): boolean { return this.f() < p; }
  normal(): number {
    const u = 1 - this.f(), v = this.f();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  /** lognormal with the given median */
  ln(median: number, sigma: number): number { return median * Math.exp(sigma * this.normal()); }
  exp(mean: number): number { return -Math.log(1 - this.f()) * mean; }
  weighted<T>(xs: readonly (readonly [T, number])[]): T {
    let tot = 0;
    for (const [, w] of xs) tot += w;
    let x = this.f() * tot;
    for (const [v, w] of xs) { x -= w; if (x <= 0) return v; }
    return xs[xs.length - 1][0];
  }
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(this.f() * (i + 1));
      const t = xs[i]; xs[i] = xs[j]; xs[j] = t;
    }
    return xs;
  }
  some<T>(xs: readonly T[], k: number): T[] { return this.shuffle(xs.slice()).slice(0, Math.min(k, xs.length)); }
  str(n: number, alphabet: string): string {
    let s = "";
    for (let i = 0; i < n; i++) s += alphabet[this.u32() % alphabet.length];
    return s;
  }
  child(label: string): R { return new R(seedOf(label + ":" + this.u32())); }
}

// ------------------------------------------------------------------ window
/** Wednesday 2027-04-14 00:00 UTC to Sunday 2027-04-18 00:00 UTC: Wed, Thu, Fri, Sat. */
export const START = Date.UTC(2027, 3, 14);
export const S = 1000, M = 60_000, H = 3_600_000, D = 86_400_000;
export const DAYS = 4;
export const END = START + DAYS * D;
/** A newer model appears on Thursday 2027-04-15 17:00 UTC. */
export const RELEASE = START + D + 17 * H;
export const NEW_MODEL = "gpt-5.2";

export type Shape = "work" | "school" | "consumer" | "night" | "dev" | "commute" | "always" | "evening" | "support";
// hour 0..23, local time; relative activity
const HOURS: Record<Shape, number[]> = {
  work: [0, 0, 0, 0, 0, 1, 3, 12, 55, 90, 100, 95, 55, 70, 92, 88, 74, 40, 14, 6, 3, 2, 1, 0],
  school: [4, 1, 0, 0, 0, 1, 4, 14, 22, 26, 28, 30, 32, 40, 58, 78, 92, 95, 84, 96, 100, 78, 40, 15],
  consumer: [30, 18, 10, 6, 4, 6, 12, 24, 38, 46, 52, 56, 60, 58, 55, 57, 64, 74, 86, 95, 100, 92, 70, 46],
  night: [80, 100, 100, 95, 85, 60, 30, 12, 5, 3, 3, 3, 3, 3, 3, 3, 3, 4, 6, 10, 18, 30, 45, 62],
  dev: [12, 6, 3, 2, 2, 3, 6, 14, 40, 70, 88, 90, 62, 78, 92, 90, 80, 62, 44, 38, 42, 40, 30, 20],
  commute: [6, 3, 2, 2, 4, 14, 48, 100, 82, 40, 28, 30, 38, 34, 32, 40, 66, 96, 88, 52, 34, 26, 18, 10],
  always: Array(24).fill(100),
  evening: [44, 24, 10, 5, 3, 4, 8, 14, 20, 26, 30, 34, 38, 40, 42, 48, 56, 68, 82, 94, 100, 97, 84, 64],
  support: [8, 4, 2, 2, 2, 4, 14, 40, 70, 86, 94, 96, 88, 90, 94, 92, 86, 74, 60, 50, 42, 34, 24, 14],
};
// Sunday..Saturday
const WEEK: Record<Shape, number[]> = {
  work: [0.04, 1, 1, 1, 1, 0.9, 0.06],
  school: [1.05, 1, 1.02, 1.03, 0.97, 0.6, 0.45],
  consumer: [1.12, 0.96, 0.95, 0.97, 0.98, 1.04, 1.15],
  night: [1, 1, 1, 1, 1, 1, 1],
  dev: [0.25, 1, 1, 1, 0.97, 0.85, 0.3],
  commute: [0.45, 1, 1, 1, 1, 0.95, 0.55],
  always: [1, 1, 1, 1, 1, 1, 1],
  evening: [1.2, 0.92, 0.9, 0.92, 0.95, 1.06, 1.22],
  support: [0.55, 1.1, 1, 1, 1, 0.95, 0.7],
};
export function activity(t: number, tz: number, shape: Shape): number {
  const d = new Date(t + tz * H);
  const h = d.getUTCHours(), frac = d.getUTCMinutes() / 60;
  const a = HOURS[shape][h], b = HOURS[shape][(h + 1) % 24];
  return ((a + (b - a) * frac) / 100) * WEEK[shape][d.getUTCDay()];
}
/** A time drawn from `shape` in the window [from, to) by rejection. */
export function when(r: R, tz: number, shape: Shape, from = START, to = END): number {
  for (let i = 0; i < 5000; i++) {
    const t = from + r.f() * (to - from);
    if (r.f() * 1.25 < activity(t, tz, shape)) return Math.floor(t);
  }
  return Math.floor(from + r.f() * (to - from));
}
/** UTC ms of local day `day` (0 = Wednesday) at local hour `hour` in time zone `tz` (hours). */
export function local(day: number, hour: number, tz: number): number { return START + day * D + hour * H - tz * H; }
export function hourOf(t: number, tz: number): number { const d = new Date(t + tz * H); return d.getUTCHours() + d.getUTCMinutes() / 60; }
export function weekdayOf(t: number, tz: number): number { return new Date(t + tz * H).getUTCDay(); }

/** Seconds a person needs before the next message: read (part of) the answer, think, type. */
export function personGap(r: R, answerTokens: number, typedChars: number, hurry = 1): number {
  const readRate = r.ln(7, 0.45); // tokens a second, many skim
  const read = answerTokens / readRate * (r.chance(0.35) ? 0.3 : 1);
  const typing = typedChars / r.ln(3.5, 0.4);
  const think = r.ln(6, 0.9);
  let s = (read + typing + think) / hurry;
  if (r.chance(0.04)) s += r.ln(420, 1); // interrupted
  return Math.max(3, s) * S;
}
/** Seconds an origin takes to answer `tokens` tokens (first token + decode). */
export function latency(r: R, tokens: number, tps = 70): number {
  return (r.ln(0.7, 0.4) + tokens / r.ln(tps, 0.25)) * S;
}

// ------------------------------------------------------------------ networks
export interface Src { ip: string; asn: number; country: string }
interface Block { asn: number; cc: string; nets: string[] }
const B = (asn: number, cc: string, ...nets: string[]): Block => ({ asn, cc, nets });
export const CLOUD = {
  awsUsEast: B(16509, "US", "3.80", "34.200", "44.192", "54.86", "52.20"),
  awsUsWest: B(16509, "US", "34.208", "35.160", "52.32", "54.188"),
  awsFra: B(16509, "DE", "3.120", "18.192", "35.156", "52.28"),
  awsIre: B(16509, "IE", "34.240", "52.16", "54.72"),
  awsTokyo: B(16509, "JP", "13.230", "35.72", "52.192"),
  awsSaoPaulo: B(16509, "BR", "18.228", "54.232"),
  awsSg: B(16509, "SG", "13.212", "18.136"),
  gcpUs: B(396982, "US", "34.133", "35.188", "34.27"),
  gcpEu: B(396982, "NL", "34.90", "35.204", "34.141"),
  gcpAsia: B(396982, "JP", "34.85", "35.200"),
  azureUs: B(8075, "US", "20.42", "40.76", "52.168"),
  azureEu: B(8075, "NL", "13.69", "20.50", "40.74"),
  hetzner: B(24940, "DE", "88.198", "116.202", "138.201", "5.75"),
  hetznerFi: B(24940, "FI", "95.216", "65.108", "135.181"),
  ovh: B(16276, "FR", "51.75", "51.91", "54.36", "141.94"),
  ovhSg: B(16276, "SG", "15.235", "139.99"),
  contabo: B(51167, "DE", "5.189", "173.212", "161.97"),
  doFra: B(14061, "DE", "159.89", "64.226", "46.101"),
  doNyc: B(14061, "US", "167.71", "159.203", "104.236"),
  doSgp: B(14061, "SG", "139.59", "128.199"),
  vultr: B(20473, "US", "45.76", "45.77", "149.28", "207.148"),
  linode: B(63949, "US", "139.162", "172.104", "45.79"),
  alibaba: B(45102, "SG", "47.74", "47.88", "8.219"),
  tencent: B(132203, "HK", "43.128", "43.156", "150.109"),
  oracle: B(31898, "US", "129.146", "152.67"),
  scaleway: B(12876, "FR", "51.15", "163.172"),
};
export type CloudName = keyof typeof CLOUD;
export const HOMES: Record<string, Block[]> = {
  US: [B(7922, "US", "73.15", "98.207", "24.60"), B(20115, "US", "97.91", "71.85"), B(701, "US", "108.44", "71.176"), B(7018, "US", "99.102", "107.77")],
  BR: [B(28573, "BR", "177.9", "189.40"), B(26599, "BR", "177.68", "191.183")],
  MX: [B(8151, "MX", "187.190", "189.203")],
  ES: [B(3352, "ES", "83.36", "88.12"), B(12479, "ES", "95.127")],
  DE: [B(3320, "DE", "79.211", "84.150", "91.40"), B(3209, "DE", "88.67", "94.134")],
  FR: [B(3215, "FR", "90.45", "86.246"), B(12322, "FR", "82.66", "88.170")],
  IT: [B(3269, "IT", "79.18", "87.6"), B(30722, "IT", "5.90", "151.38")],
  GB: [B(2856, "GB", "86.128", "81.129"), B(5089, "GB", "82.32")],
  PL: [B(5617, "PL", "83.29", "89.78"), B(12741, "PL", "37.225")],
  TR: [B(9121, "TR", "78.172", "85.105", "88.230")],
  VN: [B(7552, "VN", "27.72", "171.241"), B(45899, "VN", "14.169", "113.185")],
  ID: [B(7713, "ID", "36.72", "180.252"), B(23693, "ID", "114.122")],
  PH: [B(9299, "PH", "112.198", "49.145")],
  IN: [B(55836, "IN", "49.36", "157.45"), B(24560, "IN", "122.161", "106.205")],
  JP: [B(4713, "JP", "153.218", "180.46"), B(2516, "JP", "106.155")],
  KR: [B(4766, "KR", "121.134", "175.206"), B(9318, "KR", "1.236")],
  NL: [B(1136, "NL", "77.170", "145.53")],
  KE: [B(33771, "KE", "41.90", "105.160")],
  EG: [B(8452, "EG", "41.42", "197.38")],
  SA: [B(25019, "SA", "46.152", "51.36")],
  NG: [B(29465, "NG", "102.89", "105.112")],
  CA: [B(812, "CA", "99.228", "174.112")],
  AR: [B(7303, "AR", "181.46", "190.18")],
  CO: [B(10620, "CO", "181.49", "190.85")],
};
export const CAMPUS = {
  janet: B(786, "GB", "128.243", "131.111", "129.67"),
  dfn: B(680, "DE", "141.76", "134.96", "129.206"),
  internet2: B(11537, "US", "128.32", "171.64"),
  renater: B(2200, "FR", "193.48", "195.83"),
};
function addr(r: R, b: Block): string { return `${r.pick(b.nets)}.${r.int(0, 255)}.${r.int(2, 253)}`; }
export function cloud(r: R, name: CloudName): Src { const b = CLOUD[name]; return { ip: addr(r, b), asn: b.asn, country: b.cc }; }
export function home(r: R, cc: string): Src { const b = r.pick(HOMES[cc] ?? HOMES.US); return { ip: addr(r, b), asn: b.asn, country: b.cc }; }
export function campus(r: R, name: keyof typeof CAMPUS): Src { const b = CAMPUS[name]; return { ip: addr(r, b), asn: b.asn, country: b.cc }; }
/** A few fixed egress addresses of one backend (NAT gateways or a small fleet). */
export function egress(r: R, names: CloudName[], n: number): Src[] {
  const out: Src[] = [];
  for (let i = 0; i < n; i++) out.push(cloud(r, names[i % names.length]));
  return out;
}

// ------------------------------------------------------------------ keys and ids
const AZ = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const AZU = AZ + "_-";
const HX = "0123456789abcdef";
export type KeyStyle = "proj" | "svc" | "user" | "ant" | "admin";
export function keyString(r: R, style: KeyStyle): string {
  switch (style) {
    case "proj": return `sk-proj-${r.str(56, AZU)}T3BlbkFJ${r.str(56, AZU)}`;
    case "svc": return `sk-svcacct-${r.str(56, AZU)}T3BlbkFJ${r.str(56, AZU)}`;
    case "user": return `sk-${r.str(20, AZ)}T3BlbkFJ${r.str(20, AZ)}`;
    case "ant": return `sk-ant-api03-${r.str(86, AZU)}-${r.str(6, AZU)}AA`;
    case "admin": return `sk-None-${r.str(48, AZU)}T3BlbkFJ${r.str(48, AZU)}`;
  }
}
export function hexId(r: R, n: number): string { return r.str(n, HX); }
export function b62(r: R, n: number): string { return r.str(n, AZ); }

// ------------------------------------------------------------------ tokens
/** Token estimate by script: ASCII ~4 chars, accented Latin ~2.6, Cyrillic/Greek/Arabic/Indic ~2.2,
 *  kana/CJK ~0.9 a char, Hangul ~1.3 a char. */
export function tokens(s: string): number {
  let ascii = 0, latinX = 0, mid = 0, cjk = 0, hangul = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) ascii++;
    else if (c < 0x370 || (c >= 0x1e00 && c < 0x1f00)) latinX++;
    else if (c >= 0xac00 && c < 0xd7b0) hangul++;
    else if ((c >= 0x3000 && c < 0xa000) || (c >= 0xff00 && c < 0xfff0)) cjk++;
    else if (c >= 0xd800 && c < 0xdc00) { /* counted with its pair */ } else mid++;
  }
  return Math.ceil(ascii / 4 + latinX / 2.6 + mid / 2.2 + cjk * 0.9 + hangul / 1.3);
}
function collect(x: unknown, out: string[], depth = 0): void {
  if (depth > 12) return;
  if (typeof x === "string") { out.push(x); return; }
  if (Array.isArray(x)) { for (const y of x) collect(y, out, depth + 1); return; }
  if (x && typeof x === "object") {
    for (const [k, v] of Object.entries(x as Record<string, unknown>)) {
      if (k === "model" || k === "role" || k === "type" || k === "id" || k === "tool_call_id" || k === "custom_id" || k === "previous_response_id" || k === "user") continue;
      collect(v, out, depth + 1);
    }
  }
}
/** Prompt tokens the origin would bill for this body (text + per-message overhead). */
export function promptTokens(body: Record<string, unknown>): number {
  const parts: string[] = [];
  for (const k of ["messages", "system", "input", "instructions", "prompt", "tools", "suffix"]) if (body[k] !== undefined) collect(body[k], parts);
  let n = 0;
  for (const p of parts) n += tokens(p);
  const msgs = Array.isArray(body.messages) ? body.messages.length : Array.isArray(body.input) ? body.input.length : 1;
  return n + 3 * msgs + 3 + (body.system || body.instructions ? 4 : 0);
}

// ------------------------------------------------------------------ sink
export type Cls = "honest" | "distill" | "benchmark";
export interface Line { ts: number; seq: number; text: string }
export interface Stat { cls: Cls; family: string; what: string; langs: string; keys: Set<string>; requests: number; inner: number; completion: number }
export class Sink {
  lines: Line[] = [];
  labels: Record<string, { scenario: string; class: Cls; family: string }> = {};
  stats = new Map<string, Stat>();
  routes = new Map<string, number>();
  seq = 0;
  /** per key: request timestamps and token totals, for the limits check in --stats */
  perKey = new Map<string, { ts: number[]; tok: number[] }>();
}

export type Body = Record<string, unknown>;
export interface Extra { results?: { prompt_tokens: number; completion_tokens: number }[]; response_id?: string; inner?: number }

export class Ctx {
  r: R;
  sink: Sink; name: string; cls: Cls; family: string;
  constructor(sink: Sink, name: string, cls: Cls, family: string, what: string, langs: string, seed: number) {
    this.sink = sink; this.name = name; this.cls = cls; this.family = family;
    this.r = new R(seedOf(`suite-m|${seed}|${name}`));
    sink.stats.set(name, { cls, family, what, langs, keys: new Set(), requests: 0, inner: 0, completion: 0 });
  }
  key(style: KeyStyle): string {
    const k = keyString(this.r, style);
    this.sink.labels[k] = { scenario: this.name, class: this.cls, family: this.family };
    return k;
  }
  /** One metered POST; completion is clamped to the request's output cap times n. */
  post(ts: number, key: string, src: Src, path: string, body: Body, prompt: number, completion: number, extra?: Extra): boolean {
    const cap = capOf(path, body);
    const n = Math.max(Number(body.n ?? 1), Number(body.best_of ?? 1));
    const comp = path === "/v1/embeddings" ? 0 : Math.max(0, Math.min(cap * n, Math.round(completion)));
    return this.line(ts, key, src, "POST", path, body, { prompt_tokens: Math.max(1, Math.round(prompt)), completion_tokens: comp }, extra);
  }
  /** A free request (GET, batch create, upload) without an answer's usage. */
  free(ts: number, key: string, src: Src, method: string, path: string, body: Body | null, extra?: Extra): boolean {
    return this.line(ts, key, src, method, path, body, undefined, extra);
  }
  private line(ts: number, key: string, src: Src, method: string, path: string, body: Body | null, usage: { prompt_tokens: number; completion_tokens: number } | undefined, extra?: Extra): boolean {
    if (!(ts >= START && ts < END)) return false;
    const t = Math.floor(ts);
    const o: Record<string, unknown> = { ts: t, key, ip: src.ip, asn: src.asn, country: src.country, method, path, body };
    if (usage) o.usage = usage;
    if (extra?.results) o.results = extra.results;
    if (extra?.response_id) o.response_id = extra.response_id;
    this.sink.lines.push({ ts: t, seq: this.sink.seq++, text: JSON.stringify(o) });
    const st = this.sink.stats.get(this.name)!;
    st.keys.add(key);
    st.requests++;
    st.inner += extra?.inner ?? (usage ? 1 : 0);
    if (usage) st.completion += usage.completion_tokens;
    if (extra?.results) for (const u of extra.results) st.completion += u.completion_tokens;
    const rk = method + " " + path.replace(/\/(file|batch|msgbatch|resp)[-_][A-Za-z0-9]+/g, "/{id}");
    this.sink.routes.set(rk, (this.sink.routes.get(rk) ?? 0) + 1);
    let pk = this.sink.perKey.get(key);
    if (!pk) { pk = { ts: [], tok: [] }; this.sink.perKey.set(key, pk); }
    pk.ts.push(t);
    pk.tok.push(usage ? usage.prompt_tokens + usage.completion_tokens : 0);
    return true;
  }
}

export function capOf(path: string, body: Body): number {
  const v = body.max_completion_tokens ?? body.max_tokens ?? body.max_output_tokens;
  if (typeof v === "number") return v;
  if (path === "/v1/completions") return 16;
  return 4096;
}

/** Draw an answer length: lognormal around `median`, at least `min`, capped by `cap`. */
export function answerLen(r: R, median: number, sigma: number, cap: number, min = 1): number {
  return Math.max(min, Math.min(cap, Math.round(r.ln(median, sigma))));
}

/** Cut a text to about `n` tokens (apps that keep a prefix of an earlier answer). */
export function clip(s: string, n: number): string {
  if (tokens(s) <= n) return s;
  let lo = 0, hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens(s.slice(0, mid)) <= n) lo = mid; else hi = mid - 1;
  }
  return s.slice(0, lo);
}

/** Fill `{name}` slots from a record of values or choice lists. */
export function fill(r: R, tpl: string, v: Record<string, string | number | readonly string[]>): string {
  return tpl.replace(/\{(\w+)\}/g, (m, k: string) => {
    const x = v[k];
    if (x === undefined) return m;
    if (Array.isArray(x)) return String(r.pick(x));
    return String(x);
  });
}
