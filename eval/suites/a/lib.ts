// Shared machinery for suite A: seeded randomness, token estimates, time, networks, output records.
// node: built-ins only; runs under `node --experimental-strip-types`.

export type Cls = "honest" | "distill";

export interface Net {
  ip: string;
  asn: number;
  country: string;
}

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
}

export interface Rec {
  ts: number;
  key: string;
  ip: string;
  asn: number;
  country: string;
  method: "POST";
  path: string;
  body: unknown;
  usage: Usage;
  seq: number;
}

export interface KeyMeta {
  scenario: string;
  class: Cls;
  family: string;
}

// ---------------------------------------------------------------- randomness

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
  constructor(seed: number, label: string) {
    const h = xmur3(`${seed}:${label}`);
    this.a = h();
    this.b = h();
    this.c = h();
    this.d = h();
    for (let i = 0; i < 12; i++) this.next();
  }
  next(): number {
    // sfc32
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
  fork(label: string): Rng {
    return new Rng(Math.floor(this.next() * 2 ** 31), label);
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  float(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(arr: readonly T[]): T {
    return arr[Math.floor(this.next() * arr.length)];
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [v, w] of items) {
      r -= w;
      if (r <= 0) return v;
    }
    return items[items.length - 1][0];
  }
  normal(): number {
    const u = Math.max(1e-12, this.next());
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  /** log-normal with the given median and spread (sigma of the log) */
  logn(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }
  exp(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }
  shuffle<T>(arr: T[]): T[] {
    for (let i = arr.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [arr[i], arr[j]] = [arr[j], arr[i]];
    }
    return arr;
  }
  sample<T>(arr: readonly T[], k: number): T[] {
    return this.shuffle(arr.slice()).slice(0, Math.min(k, arr.length));
  }
  round(x: number, step: number): number {
    return Math.round(x / step) * step;
  }
}

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export function randStr(r: Rng, n: number, alphabet = ALNUM): string {
  let s = "";
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(r.next() * alphabet.length)];
  return s;
}

export function fill(tpl: string, vars: Record<string, string | number>): string {
  return tpl.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
}

// ---------------------------------------------------------------- tokens

/** Rough BPE token estimate: ~4 chars/token for Latin text, fewer for other scripts. */
export function tok(s: string): number {
  if (!s) return 0;
  let nonAscii = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) nonAscii++;
  const ratio = nonAscii / s.length;
  const cpt = ratio > 0.3 ? 2.6 : ratio > 0.05 ? 3.4 : 4.0;
  return Math.max(1, Math.round(s.length / cpt));
}

function contentText(c: unknown): string {
  if (typeof c === "string") return c;
  if (Array.isArray(c)) {
    return c
      .map((b: any) => {
        if (!b || typeof b !== "object") return "";
        if (b.type === "text") return b.text ?? "";
        if (b.type === "thinking") return b.thinking ?? "";
        if (b.type === "tool_use") return JSON.stringify(b.input ?? {}) + b.name;
        if (b.type === "tool_result") return contentText(b.content);
        if (b.type === "document") return (b.source?.data ?? "") + (b.title ?? "");
        if (b.type === "input_text" || b.type === "output_text") return b.text ?? "";
        return "";
      })
      .join("\n");
  }
  return "";
}

/** Prompt-token estimate for any of the bodies this suite writes. */
export function promptTokens(path: string, body: any): number {
  let n = 0;
  if (path === "/v1/chat/completions") {
    for (const m of body.messages) {
      n += 4 + tok(contentText(m.content));
      if (m.tool_calls) n += tok(JSON.stringify(m.tool_calls));
    }
    if (body.tools) n += tok(JSON.stringify(body.tools));
    return n + 3;
  }
  if (path === "/v1/messages") {
    if (body.system) n += tok(typeof body.system === "string" ? body.system : contentText(body.system));
    for (const m of body.messages) n += 4 + tok(contentText(m.content));
    if (body.tools) n += tok(JSON.stringify(body.tools));
    return n + 8;
  }
  if (path === "/v1/responses") {
    if (body.instructions) n += tok(body.instructions);
    if (typeof body.input === "string") n += tok(body.input);
    else for (const m of body.input) n += 4 + tok(contentText(m.content));
    if (body.tools) n += tok(JSON.stringify(body.tools));
    return n + 3;
  }
  if (path === "/v1/completions") {
    const p = body.prompt;
    return Array.isArray(p) ? p.reduce((a: number, s: string) => a + tok(s), 0) : tok(p);
  }
  if (path === "/v1/embeddings") {
    const p = body.input;
    return Array.isArray(p) ? p.reduce((a: number, s: string) => a + tok(s), 0) : tok(p);
  }
  return n;
}

// ---------------------------------------------------------------- time

export const T0 = Date.UTC(2026, 10, 16, 0, 0, 0); // Monday 16 Nov 2026, 00:00 UTC
export const DAYS = 3;
export const T_END = T0 + DAYS * 86400_000;
export const HOUR = 3600_000;
export const MIN = 60_000;
export const SEC = 1000;

/** Activity weight per local hour (0..23). */
export const PROFILES = {
  // school kids and students: some daytime, big after-school/evening homework peak
  student: [1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.8, 2, 3, 4, 4.5, 4.5, 4, 4.5, 5, 6.5, 8, 8.5, 8, 8.5, 9, 7.5, 5, 2.5],
  // office work with a lunch dip
  office: [0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.4, 1.5, 5, 8, 9, 8.5, 5, 6.5, 8.5, 8.5, 7.5, 5.5, 2.5, 1.2, 0.8, 0.6, 0.4, 0.2],
  // consumer app: evening peak, quiet night
  consumer: [2.5, 1.5, 0.9, 0.6, 0.5, 0.6, 1.2, 2.5, 3.5, 4, 4.5, 5, 5.5, 5.5, 5, 5, 5.2, 5.8, 6.5, 7.5, 8.5, 8.5, 7, 4.5],
  // developers: late mornings through evenings
  dev: [1, 0.6, 0.3, 0.2, 0.1, 0.1, 0.3, 0.8, 2.5, 6, 8, 8, 6, 7, 8.5, 8.5, 8, 6.5, 4, 3.5, 3.5, 3, 2.5, 1.5],
  // business service with global customers: flatter, still a day shape
  business: [1.5, 1.2, 1, 1, 1.2, 1.6, 2.5, 4, 6, 7, 7.5, 7.5, 6.5, 7, 7.5, 7, 6.5, 5.5, 4.5, 3.5, 3, 2.5, 2, 1.8],
  flat: new Array(24).fill(1) as number[],
} as const;
export type ProfileName = keyof typeof PROFILES;

/** A moment on a given simulated day whose local hour (UTC + tz) follows the profile. */
export function diurnalTs(r: Rng, day: number, tz: number, profile: readonly number[]): number {
  const hour = r.weighted(profile.map((w, h) => [h, w] as const));
  const localMs = hour * HOUR + Math.floor(r.next() * HOUR);
  let ts = T0 + day * 86400_000 + localMs - tz * HOUR;
  // local days straddle UTC days: fold whatever falls outside the window onto the other end,
  // keeping the UTC time of day, so every simulated day carries the same load
  const span = T_END - T0;
  if (ts < T0) ts += span;
  if (ts >= T_END) ts -= span;
  return ts;
}

/** Seconds the model needs to produce n tokens (plus time to first token). */
export function genMs(r: Rng, completion: number, tps = 55): number {
  return Math.round(r.float(250, 900) + (completion / tps) * 1000 * r.float(0.8, 1.25));
}

// ---------------------------------------------------------------- networks (labels only)

const COUNTRIES_RES: [string, number][] = [
  ["US", 14], ["GB", 5], ["DE", 5], ["FR", 5], ["ES", 4], ["CA", 3], ["NL", 2], ["IT", 3], ["BR", 3], ["MX", 2],
  ["IN", 4], ["TR", 2], ["VN", 2], ["ID", 2], ["PL", 2], ["EG", 1], ["SA", 1], ["AE", 1], ["MA", 1], ["JP", 2],
  ["KR", 1], ["AU", 2], ["SE", 1], ["CH", 1], ["BE", 1], ["AT", 1], ["AR", 1], ["CO", 1], ["PT", 1], ["IE", 1],
  ["NG", 1], ["PH", 1], ["TH", 1], ["MY", 1], ["RO", 1], ["CZ", 1], ["UA", 1], ["ZA", 1], ["NZ", 1], ["CL", 1],
];

export interface Isp {
  asn: number;
  country: string;
  prefix: [number, number]; // first two octets of its customer space
}

/** A fixed pool of fake residential/mobile ISPs: private ASNs, CGNAT/private address space. */
export function residentialIsps(seed: number): Isp[] {
  const r = new Rng(seed, "isp-pool");
  const isps: Isp[] = [];
  let asn = 64520;
  for (const [cc, w] of COUNTRIES_RES) {
    const n = Math.max(2, Math.round(w * 1.6));
    for (let i = 0; i < n; i++) {
      asn += r.int(1, 5);
      const a = r.chance(0.6) ? 100 : 10;
      const b = a === 100 ? r.int(64, 127) : r.int(0, 255);
      isps.push({ asn, country: cc, prefix: [a, b] });
    }
  }
  return isps;
}

export function ispIp(r: Rng, isp: Isp): string {
  return `${isp.prefix[0]}.${isp.prefix[1]}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

export function pickIsp(r: Rng, isps: Isp[], country?: string | string[]): Isp {
  if (country) {
    const cs = Array.isArray(country) ? country : [country];
    const sub = isps.filter((i) => cs.includes(i.country));
    if (sub.length) return r.pick(sub);
  }
  return r.pick(isps);
}

/** Hosting providers (documentation ASNs and address blocks). */
export const CLOUDS = [
  { asn: 64496, country: "US", base: "198.51.100" },
  { asn: 64497, country: "US", base: "203.0.113" },
  { asn: 64498, country: "DE", base: "192.0.2" },
  { asn: 64499, country: "IE", base: "198.51.100" },
  { asn: 64500, country: "SG", base: "203.0.113" },
  { asn: 64501, country: "FR", base: "192.0.2" },
  { asn: 64502, country: "NL", base: "198.51.100" },
  { asn: 64503, country: "US", base: "192.0.2" },
];

export function cloudNet(r: Rng, idx?: number): Net {
  const c = idx === undefined ? r.pick(CLOUDS) : CLOUDS[idx % CLOUDS.length];
  return { ip: `${c.base}.${r.int(2, 254)}`, asn: c.asn, country: c.country };
}

// ---------------------------------------------------------------- keys

export function makeKey(r: Rng, style: "proj" | "legacy" | "ant" | "svc"): string {
  switch (style) {
    case "proj":
      return "sk-proj-" + randStr(r, 56) ;
    case "legacy":
      return "sk-" + randStr(r, 48);
    case "ant":
      return "sk-ant-api03-" + randStr(r, 86, ALNUM + "-_") + "AA";
    case "svc":
      return "sk-svcacct-" + randStr(r, 52);
  }
}

// ---------------------------------------------------------------- sink

export class Sink {
  recs: Rec[] = [];
  keys: Record<string, KeyMeta> = {};
  private seq = 0;
  private counts: Record<string, { cls: Cls; keys: Set<string>; reqs: number }> = {};
  perKey = new Map<string, number>();
  seed: number;
  constructor(seed: number) {
    this.seed = seed;
  }

  key(r: Rng, scenario: string, cls: Cls, family: string, style: "proj" | "legacy" | "ant" | "svc" = "proj"): string {
    let k = makeKey(r, style);
    while (this.keys[k]) k = makeKey(r, style);
    this.keys[k] = { scenario, class: cls, family };
    const c = (this.counts[scenario] ??= { cls, keys: new Set(), reqs: 0 });
    c.keys.add(k);
    return k;
  }

  /** Record one request; usage.completion is capped by the caller-supplied cap. Returns false outside the window. */
  emit(ts: number, key: string, net: Net, path: string, body: any, completion: number): boolean {
    ts = Math.round(ts);
    if (ts < T0 || ts >= T_END) return false;
    const meta = this.keys[key];
    if (!meta) throw new Error("unregistered key");
    const rec: Rec = {
      ts,
      key,
      ip: net.ip,
      asn: net.asn,
      country: net.country,
      method: "POST",
      path,
      body,
      usage: { prompt_tokens: promptTokens(path, body), completion_tokens: Math.max(0, Math.round(completion)) },
      seq: this.seq++,
    };
    this.recs.push(rec);
    this.counts[meta.scenario].reqs++;
    this.perKey.set(key, (this.perKey.get(key) ?? 0) + 1);
    return true;
  }

  /** Keys that sent at least one request. */
  usedKeys(): Record<string, KeyMeta> {
    const out: Record<string, KeyMeta> = {};
    for (const k of Object.keys(this.keys)) if ((this.perKey.get(k) ?? 0) > 0) out[k] = this.keys[k];
    return out;
  }

  summary(): { scenario: string; cls: Cls; keys: number; requests: number }[] {
    return Object.entries(this.counts).map(([scenario, c]) => ({
      scenario,
      cls: c.cls,
      keys: [...c.keys].filter((k) => (this.perKey.get(k) ?? 0) > 0).length,
      requests: c.reqs,
    }));
  }
}

/** Cap a sampled completion length by max_tokens. */
export function cap(n: number, max: number | undefined): number {
  n = Math.max(1, Math.round(n));
  return max === undefined ? n : Math.min(n, max);
}
