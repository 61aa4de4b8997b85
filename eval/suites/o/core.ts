/**
 * Suite o infrastructure (written for this suite): a seeded xoshiro128** generator, the window
 * (Tuesday 2027-10-12 00:00 UTC to Saturday 2027-10-16 00:00 UTC: Tue, Wed, Thu, Fri), daily
 * activity shapes read in each user's own time zone, networks, key formats, a rough token count by
 * script, and the sink that gathers trace lines, labels and statistics.
 */

// ------------------------------------------------------------------ randomness
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}
function splitmix(x: number): () => number {
  let s = x >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b); z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}
const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));

export class R {
  private s: Uint32Array;
  constructor(label: string) {
    const sm = splitmix(fnv1a(label));
    this.s = new Uint32Array([sm(), sm(), sm(), sm() | 1]);
  }
  u32(): number {
    const s = this.s;
    const out = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t; s[3] = rotl(s[3], 11);
    return out;
  }
  f(): number { return this.u32() / 4294967296; }
  int(a: number, b: number): number { return a + Math.floor(this.f() * (b - a + 1)); }
  chance(p: number): boolean { return this.f() < p; }
  one<T>(xs: readonly T[]): T { return xs[Math.floor(this.f() * xs.length)]; }
  normal(): number { let u = this.f(); if (u < 1e-12) u = 1e-12; return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.f()); }
  /** log-normal around a median; `s` is the sigma of the log. */
  ln(median: number, s: number): number { return median * Math.exp(s * this.normal()); }
  exp(mean: number): number { return -Math.log(1 - this.f()) * mean; }
  weighted<T>(xs: readonly (readonly [T, number])[]): T {
    let tot = 0; for (const x of xs) tot += x[1];
    let v = this.f() * tot;
    for (const x of xs) { v -= x[1]; if (v < 0) return x[0]; }
    return xs[xs.length - 1][0];
  }
  shuffled<T>(xs: readonly T[]): T[] {
    const a = xs.slice();
    for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.f() * (i + 1)); const t = a[i]; a[i] = a[j]; a[j] = t; }
    return a;
  }
  some<T>(xs: readonly T[], k: number): T[] { return this.shuffled(xs).slice(0, Math.max(0, Math.min(k, xs.length))); }
  str(n: number, alphabet: string): string { let o = ""; for (let i = 0; i < n; i++) o += alphabet[Math.floor(this.f() * alphabet.length)]; return o; }
  child(label: string): R { return new R(label + ":" + this.u32()); }
}

// ------------------------------------------------------------------ time
export const S = 1000, M = 60 * S, H = 60 * M, D = 24 * H;
export const T0 = Date.UTC(2027, 9, 12); // Tuesday
export const DAYS = 4;
export const T1 = T0 + DAYS * D;

/** Hourly activity shapes (local time, 0..23), each peak 100. */
export type Shape = "work" | "study" | "night_owl" | "shopper" | "dev" | "even" | "late_evening" | "family";
const SHAPES: Record<Shape, number[]> = {
  work:         [2, 1, 0, 0, 0, 1, 3, 12, 55, 92, 100, 96, 58, 70, 94, 90, 72, 38, 14, 7, 5, 4, 3, 2],
  study:        [8, 3, 1, 0, 0, 1, 4, 10, 16, 22, 26, 28, 34, 42, 62, 80, 92, 88, 76, 90, 100, 86, 52, 22],
  night_owl:    [70, 52, 30, 14, 6, 4, 5, 8, 14, 20, 26, 30, 34, 36, 40, 46, 54, 62, 72, 82, 92, 100, 96, 86],
  shopper:      [24, 12, 6, 4, 4, 6, 12, 22, 34, 44, 52, 58, 66, 60, 56, 60, 66, 76, 88, 98, 100, 92, 72, 44],
  dev:          [12, 6, 3, 2, 2, 3, 6, 14, 40, 72, 92, 90, 62, 78, 96, 94, 80, 60, 42, 36, 40, 38, 28, 18],
  even:         Array(24).fill(100),
  late_evening: [30, 14, 6, 3, 2, 2, 4, 8, 12, 14, 16, 18, 20, 22, 24, 28, 36, 50, 70, 88, 100, 98, 84, 56],
  family:       [10, 4, 2, 1, 1, 3, 14, 30, 34, 30, 28, 30, 36, 34, 32, 40, 56, 66, 74, 86, 100, 90, 60, 28],
};
/** Weekday factor by local weekday (0 Sun .. 6 Sat); `fri` kinds treat Friday as a weekend day. */
export type Week = "std" | "fri" | "flat";
const WEEK: Record<Week, number[]> = {
  std: [0.35, 1, 1, 1, 1, 0.9, 0.4],
  fri: [0.95, 1, 1, 1, 0.85, 0.3, 0.5],
  flat: [1, 1, 1, 1, 1, 1, 1],
};
export function activity(t: number, tz: number, shape: Shape, week: Week = "std"): number {
  const d = new Date(t + tz * H);
  const h = d.getUTCHours(), fr = d.getUTCMinutes() / 60;
  const xs = SHAPES[shape];
  return ((xs[h] * (1 - fr) + xs[(h + 1) % 24] * fr) / 100) * WEEK[week][d.getUTCDay()];
}
/** A moment drawn from the shape between `a` and `b`. */
export function when(r: R, tz: number, shape: Shape, week: Week = "std", a = T0, b = T1): number {
  for (let i = 0; i < 5000; i++) {
    const t = a + r.f() * (b - a);
    if (r.f() < activity(t, tz, shape, week)) return Math.floor(t);
  }
  return Math.floor(a + r.f() * (b - a));
}
/** Epoch ms of local hour `h` (fractional) on window day `day` in time zone `tz`. */
export function local(day: number, h: number, tz: number): number { return T0 + day * D + (h - tz) * H; }
/** A person's gap before the next turn: reading the answer, thinking, typing the next message. */
export function think(r: R, answerTokens: number, typedChars: number): number {
  const reading = answerTokens / r.ln(5, 0.45) * (r.chance(0.35) ? 0.3 : 1);
  const typing = typedChars / r.ln(3.5, 0.3);
  let s = reading + typing + r.ln(4, 0.7);
  if (r.chance(0.06)) s += r.ln(240, 1); // phone call, coffee, another tab
  return Math.max(3, s) * S;
}
/** How long the origin takes for an answer of `n` tokens (time to first token + decoding). */
export function latency(r: R, n: number, tps = 70): number { return (r.ln(0.7, 0.4) + n / r.ln(tps, 0.25)) * S; }

// ------------------------------------------------------------------ networks
export interface Net { ip: string; asn: number; country: string }
interface Block { asn: number; cc: string; nets: string[] }
const B = (asn: number, cc: string, ...nets: string[]): Block => ({ asn, cc, nets });
export const CLOUD = {
  aws_use1: B(16509, "US", "3.85", "44.199", "54.210", "34.232"),
  aws_usw2: B(16509, "US", "35.92", "52.12", "54.185"),
  aws_fra: B(16509, "DE", "3.120", "18.185", "35.158"),
  aws_sin: B(16509, "SG", "13.213", "18.141", "54.255"),
  aws_bom: B(16509, "IN", "13.232", "3.110", "65.1"),
  aws_tlv: B(16509, "IL", "51.16", "51.17"),
  aws_bah: B(16509, "BH", "15.185", "157.175"),
  gcp_usc: B(396982, "US", "34.72", "35.222", "104.154"),
  gcp_ew4: B(396982, "NL", "34.90", "35.204"),
  gcp_ase1: B(396982, "TW", "34.80", "35.229"),
  gcp_jkt: B(396982, "ID", "34.50", "34.101"),
  azure_we: B(8075, "NL", "20.16", "52.174", "13.81"),
  azure_sea: B(8075, "SG", "20.198", "52.187"),
  azure_eus: B(8075, "US", "20.232", "52.224"),
  hetzner_fsn: B(24940, "DE", "88.198", "95.216", "116.202", "168.119"),
  hetzner_hel: B(24940, "FI", "65.108", "95.217", "135.181"),
  ovh_gra: B(16276, "FR", "51.68", "54.36", "141.94"),
  ovh_waw: B(16276, "PL", "57.128", "51.75"),
  scaleway: B(12876, "FR", "51.158", "163.172", "212.47"),
  do_ams: B(14061, "NL", "188.166", "178.62", "206.189"),
  do_sgp: B(14061, "SG", "128.199", "159.89", "167.71"),
  linode_tok: B(63949, "JP", "139.162", "172.104"),
  vultr_sel: B(20473, "KR", "141.164", "158.247"),
  alibaba_sg: B(45102, "SG", "47.74", "161.117"),
  tencent_hk: B(132203, "HK", "43.135", "124.156"),
  byteplus_sg: B(150436, "SG", "101.47", "154.17"),
  oracle_ash: B(31898, "US", "129.213", "150.136"),
  contabo_sin: B(51167, "SG", "154.26", "194.233"),
  cherry_nl: B(30633, "NL", "5.199", "109.236"),
  m247_buh: B(9009, "RO", "89.46", "185.181"),
};
export type CloudName = keyof typeof CLOUD;
export const HOME: Record<string, Block[]> = {
  US: [B(7922, "US", "73.162", "24.6", "98.210"), B(7018, "US", "99.35", "107.200"), B(20115, "US", "47.144", "71.86"), B(22773, "US", "70.180")],
  CA: [B(812, "CA", "174.112", "99.231"), B(577, "CA", "142.114")],
  MX: [B(8151, "MX", "187.190", "189.203")],
  BR: [B(28573, "BR", "177.33", "191.180"), B(26599, "BR", "179.108")],
  AR: [B(7303, "AR", "190.193", "186.22")],
  GB: [B(2856, "GB", "81.157", "86.140"), B(5089, "GB", "82.37", "94.174")],
  DE: [B(3320, "DE", "79.245", "91.63"), B(3209, "DE", "88.70", "109.42")],
  FR: [B(3215, "FR", "90.112", "86.246"), B(12322, "FR", "82.64", "88.162")],
  ES: [B(3352, "ES", "83.56", "88.26")],
  IT: [B(3269, "IT", "87.19", "151.38")],
  PL: [B(5617, "PL", "83.30", "79.186"), B(12741, "PL", "31.60", "89.64")],
  UA: [B(15895, "UA", "46.219", "93.72"), B(13188, "UA", "31.128", "176.104")],
  TR: [B(9121, "TR", "78.165", "88.230"), B(47331, "TR", "95.70", "176.232")],
  IL: [B(1680, "IL", "31.154", "77.126"), B(12849, "IL", "84.228")],
  SA: [B(25019, "SA", "51.36", "188.50")],
  AE: [B(5384, "AE", "86.96", "94.204")],
  EG: [B(8452, "EG", "41.42", "156.197")],
  KE: [B(33771, "KE", "41.90", "105.160"), B(36866, "KE", "197.248")],
  TZ: [B(37133, "TZ", "41.59", "197.250")],
  NG: [B(29465, "NG", "102.89", "105.112")],
  IN: [B(55836, "IN", "49.36", "157.32"), B(24560, "IN", "122.171", "182.73"), B(45609, "IN", "106.209")],
  BD: [B(24389, "BD", "103.87", "37.111"), B(45245, "BD", "119.30")],
  TH: [B(23969, "TH", "1.47", "27.55"), B(45758, "TH", "49.230", "58.8")],
  VN: [B(45899, "VN", "14.161", "113.172"), B(18403, "VN", "27.72", "42.118")],
  ID: [B(7713, "ID", "36.71", "114.124"), B(23693, "ID", "114.5", "182.253")],
  PH: [B(9299, "PH", "112.198", "49.145"), B(132199, "PH", "124.104")],
  MY: [B(4788, "MY", "115.132", "175.143")],
  JP: [B(4713, "JP", "153.205", "180.3"), B(2527, "JP", "114.177")],
  KR: [B(4766, "KR", "121.134", "211.234"), B(9318, "KR", "58.122")],
  AU: [B(1221, "AU", "120.148", "58.104"), B(4804, "AU", "124.187")],
  RU: [B(12389, "RU", "95.24", "176.59")],
  PK: [B(17557, "PK", "39.32", "119.152")],
};
export const UNI = {
  itu: B(8517, "TR", "160.75"),
  iitb: B(55824, "IN", "103.21"),
  chula: B(3836, "TH", "161.200"),
  huji: B(378, "IL", "132.64"),
  makerere: B(37228, "UG", "196.43"),
  ui: B(17451, "ID", "152.118"),
};
const ipOf = (r: R, b: Block) => `${r.one(b.nets)}.${r.int(0, 255)}.${r.int(2, 253)}`;
export function cloud(r: R, name: CloudName): Net { const b = CLOUD[name]; return { ip: ipOf(r, b), asn: b.asn, country: b.cc }; }
export function home(r: R, cc: string): Net { const b = r.one(HOME[cc] ?? HOME.US); return { ip: ipOf(r, b), asn: b.asn, country: b.cc }; }
export function campus(r: R, name: keyof typeof UNI): Net { const b = UNI[name]; return { ip: ipOf(r, b), asn: b.asn, country: b.cc }; }
/** A mobile carrier address (CGNAT pools change often). */
export function mobile(r: R, cc: string): Net { return home(r, cc); }

// ------------------------------------------------------------------ keys and ids
const A62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export type KeyForm = "proj" | "svcacct" | "ant" | "plain";
export function newKey(r: R, form: KeyForm): string {
  if (form === "proj") return `sk-proj-${r.str(56, A62 + "_-")}T3BlbkFJ${r.str(56, A62 + "_-")}`;
  if (form === "svcacct") return `sk-svcacct-${r.str(48, A62 + "_-")}T3BlbkFJ${r.str(40, A62 + "_-")}`;
  if (form === "ant") return `sk-ant-api03-${r.str(95, A62 + "_-")}AA`;
  return `sk-${r.str(20, A62)}T3BlbkFJ${r.str(20, A62)}`; // the older user-key shape
}
export function oid(r: R, prefix: string, n = 24): string { return prefix + r.str(n, A62); }
export function hexid(r: R, n: number): string { return r.str(n, "0123456789abcdef"); }

// ------------------------------------------------------------------ token count (rough, per script)
export function ntok(s: string): number {
  let ascii = 0, latin = 0, cyr = 0, abj = 0, ind = 0, thai = 0, cjk = 0, other = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) ascii++;
    else if (c < 0x300 || (c >= 0x1e00 && c < 0x1f00)) latin++;
    else if (c >= 0x400 && c < 0x530) cyr++;
    else if (c >= 0x590 && c < 0x700) abj++;
    else if (c >= 0x900 && c < 0xe00) ind++;
    else if (c >= 0xe00 && c < 0xe80) thai++;
    else if ((c >= 0x3000 && c < 0xa000) || (c >= 0xac00 && c < 0xd7b0)) cjk++;
    else if (c >= 0xd800 && c < 0xdc00) { /* high surrogate: counted with its pair */ }
    else other++;
  }
  return Math.max(1, Math.round(ascii / 4.2 + latin / 2.2 + cyr / 2.6 + abj / 2.3 + ind / 2.1 + thai / 1.6 + cjk * 1.05 + other / 1.5));
}
const SKIP = new Set(["model", "role", "type", "id", "tool_call_id", "tool_use_id", "custom_id", "user", "previous_response_id", "metadata", "logit_bias", "encoding_format"]);
function collect(x: unknown, out: string[], depth: number): void {
  if (depth > 12 || x == null) return;
  if (typeof x === "string") { out.push(x); return; }
  if (Array.isArray(x)) { for (const y of x) collect(y, out, depth + 1); return; }
  if (typeof x === "object") for (const [k, v] of Object.entries(x as Record<string, unknown>)) if (!SKIP.has(k)) collect(v, out, depth + 1);
}
/** Billed input estimate: every text the model reads, plus per-message framing. */
export function inputTokens(body: Record<string, unknown>): number {
  const parts: string[] = [];
  for (const f of ["system", "instructions", "messages", "input", "prompt", "tools", "response_format", "text"]) collect(body[f], parts, 0);
  let n = 0; for (const p of parts) n += ntok(p);
  const msgs = Array.isArray(body.messages) ? body.messages.length : Array.isArray(body.input) ? body.input.length : 1;
  return n + 4 * msgs + 3;
}

// ------------------------------------------------------------------ sink
export type Klass = "honest" | "benchmark" | "distill";
export type Body = Record<string, unknown>;
export interface Usage { prompt_tokens: number; completion_tokens: number; completion_tokens_details?: { reasoning_tokens: number } }
export interface Line { ts: number; seq: number; json: string }
export interface Stat { cls: Klass; family: string; langs: string; what: string; keys: Set<string>; lines: number; inner: number; completion: number }
export class Sink {
  lines: Line[] = [];
  labels = new Map<string, { scenario: string; class: Klass; family: string }>();
  stats = new Map<string, Stat>();
  routes = new Map<string, number>();
  seq = 0;
}
export interface PostOpts { prompt?: number; reasoning?: number; response_id?: string; reasoning_shown?: boolean | number; batch_id?: string }

export class Scn {
  r: R; sink: Sink; name: string; cls: Klass; family: string;
  constructor(sink: Sink, name: string, cls: Klass, family: string, langs: string, what: string, seed: number) {
    this.sink = sink; this.name = name; this.cls = cls; this.family = family;
    this.r = new R(`o/${seed}/${name}`);
    sink.stats.set(name, { cls, family, langs, what, keys: new Set(), lines: 0, inner: 0, completion: 0 });
  }
  key(form: KeyForm): string {
    const k = newKey(this.r, form);
    this.sink.labels.set(k, { scenario: this.name, class: this.cls, family: this.family });
    return k;
  }
  /** A metered POST with the origin's usage; completion clamped to the cap times n. Returns the completion. */
  post(ts: number, key: string, net: Net, path: string, body: Body, completion: number, o: PostOpts = {}): number {
    const prompt = Math.max(1, Math.round(o.prompt ?? inputTokens(body)));
    // a legacy completions prompt list is answered once per prompt
    const k = Math.max(Number(body.n ?? 1), Number(body.best_of ?? 1)) * (path === "/v1/completions" && Array.isArray(body.prompt) ? body.prompt.length : 1);
    let comp = path === "/v1/embeddings" ? 0 : Math.max(1, Math.min(capOf(path, body) * k, Math.round(completion)));
    if (path === "/v1/completions" && body.max_tokens === 0) comp = 0;
    const u: Usage = { prompt_tokens: prompt, completion_tokens: comp };
    if (o.reasoning !== undefined && comp > 0) u.completion_tokens_details = { reasoning_tokens: Math.min(comp - 1, Math.max(0, Math.round(o.reasoning))) };
    const extra: Record<string, unknown> = { usage: u };
    if (o.response_id) extra.response_id = o.response_id;
    if (o.reasoning_shown !== undefined) extra.reasoning_shown = o.reasoning_shown;
    if (o.batch_id) extra.batch_id = o.batch_id;
    this.push(ts, key, net, "POST", path, body, extra, 1, comp);
    return comp;
  }
  /** A free route (batch upload, poll, results, retrieval). */
  free(ts: number, key: string, net: Net, method: string, path: string, body: Body | null, extra: Record<string, unknown> = {}, inner = 0): void {
    let comp = 0;
    if (Array.isArray(extra.results)) for (const u of extra.results as Usage[]) comp += u.completion_tokens;
    this.push(ts, key, net, method, path, body, extra, inner, comp);
  }
  private push(ts: number, key: string, net: Net, method: string, path: string, body: Body | null, extra: Record<string, unknown>, inner: number, comp: number): void {
    if (!(ts >= T0 && ts < T1)) return;
    const t = Math.floor(ts);
    const o = { ts: t, key, ip: net.ip, asn: net.asn, country: net.country, method, path, body, ...extra };
    this.sink.lines.push({ ts: t, seq: this.sink.seq++, json: JSON.stringify(o) });
    const st = this.sink.stats.get(this.name)!;
    st.keys.add(key); st.lines++; st.inner += inner; st.completion += comp;
    const route = method + " " + path.replace(/\/(file-|batch_|msgbatch_|resp_)[A-Za-z0-9]+/g, "/{id}");
    this.sink.routes.set(route, (this.sink.routes.get(route) ?? 0) + 1);
  }
}

export function capOf(path: string, b: Body): number {
  const v = b.max_completion_tokens ?? b.max_tokens ?? b.max_output_tokens;
  if (typeof v === "number") return v;
  return path === "/v1/completions" ? 16 : 4096;
}
/** An answer length: log-normal around `median`, within [lo, cap]. */
export function len(r: R, median: number, s: number, cap: number, lo = 1): number {
  return Math.max(lo, Math.min(cap, Math.round(r.ln(median, s))));
}
/** Fill `{slot}`s; an array slot is drawn from. */
export function tpl(r: R, t: string, v: Record<string, string | number | readonly (string | number)[]>): string {
  return t.replace(/\{(\w+)\}/g, (m, k: string) => {
    const x = v[k];
    if (x === undefined) return m;
    return Array.isArray(x) ? String(r.one(x)) : String(x);
  });
}
/** Text of about `n` tokens stitched from a scenario's own sentences (an earlier answer in a history). */
export function prose(r: R, sentences: readonly string[], n: number): string {
  const out: string[] = [];
  let t = 0;
  while (t < n) { const s = r.one(sentences); out.push(s); t += ntok(s) + 1; }
  return out.join(" ");
}
