// Suite B: multilingual evaluation traffic for the edge guard.
// Deterministic: node --experimental-strip-types eval/suites/b/generate.ts [--seed N] [--out DIR]
// Written without reading the detector; see README.md in this folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from './langs.ts';
import type { Lang } from './langs.ts';
import {
  CODE_TASKS, CODE_INSTR, CODE_ASK, CODE_SNIPPETS, PROG_LANGS, PRODUCTS, BRANDS, LEGAL_Q, CLAUSE_WORD, FIN_Q, TOOL_DOMAINS, CLAUSES, OPENERS,
} from './content.ts';

// ---------------------------------------------------------------- args
const argv = process.argv.slice(2);
function arg(name: string, def: string): string {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : def;
}
const SEED = Number(arg('--seed', '1')) | 0;
const OUT = arg('--out', 'eval/suites/b/out');

// ---------------------------------------------------------------- rng
function hash32(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619); }
  return h >>> 0;
}
class Rng {
  a: number; b: number; c: number; d: number;
  constructor(seed: number, salt: string) {
    this.a = hash32('a' + salt) ^ seed; this.b = hash32('b' + salt) + seed; this.c = hash32('c' + salt); this.d = 1;
    for (let i = 0; i < 20; i++) this.next();
  }
  next(): number { // sfc32
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
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.next() * xs.length)]; }
  chance(p: number): boolean { return this.next() < p; }
  normal(): number { const u = this.next() || 1e-9, v = this.next(); return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v); }
  logn(median: number, sigma: number): number { return median * Math.exp(sigma * this.normal()); }
  weighted<T>(items: [T, number][]): T {
    let tot = 0; for (const [, w] of items) tot += w;
    let r = this.next() * tot;
    for (const [x, w] of items) { r -= w; if (r <= 0) return x; }
    return items[items.length - 1][0];
  }
  shuffle<T>(xs: T[]): T[] { for (let i = xs.length - 1; i > 0; i--) { const j = Math.floor(this.next() * (i + 1)); [xs[i], xs[j]] = [xs[j], xs[i]]; } return xs; }
  sample<T>(xs: readonly T[], k: number): T[] { return this.shuffle(xs.slice()).slice(0, k); }
  str(n: number, alpha = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'): string {
    let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(this.next() * alpha.length)]; return s;
  }
}

// ---------------------------------------------------------------- tokens (rough, script-aware)
function tok(s: string): number {
  let t = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) t += (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 0.24 : c === 32 ? 0.03 : c === 10 ? 0.3 : 0.5;
    else if (c < 0x250 || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x300 && c <= 0x36f)) t += 0.5;
    else if (c >= 0x400 && c <= 0x4ff) t += 0.33;
    else if (c >= 0x600 && c <= 0x6ff) t += 0.45;
    else if (c >= 0x900 && c <= 0x97f) t += 0.7;
    else if (c >= 0xe00 && c <= 0xe7f) t += 0.6;
    else if (c >= 0xac00 && c <= 0xd7af) t += 0.9;
    else if (c >= 0x3040 && c <= 0x30ff) t += 0.8;
    else if (c >= 0x4e00 && c <= 0x9fff) t += 1.1;
    else t += 1;
  }
  return Math.max(1, Math.ceil(t));
}
function tokAny(x: unknown): number {
  if (x == null) return 0;
  if (typeof x === 'string') return tok(x);
  if (Array.isArray(x)) return x.reduce((n: number, y) => n + tokAny(y), 0);
  if (typeof x === 'object') {
    const o = x as Record<string, unknown>;
    if (o.type === 'tool_use' || o.type === 'function') return 12 + tok(JSON.stringify(o.input ?? o.function ?? o));
    let n = 0;
    for (const [k, v] of Object.entries(o)) if (k !== 'type' && k !== 'role' && k !== 'signature' && k !== 'id' && k !== 'tool_use_id' && k !== 'tool_call_id') n += tokAny(v);
    return n;
  }
  return 1;
}
function chatPromptTokens(messages: any[], tools?: any[]): number {
  let n = 3;
  for (const m of messages) n += 4 + tokAny(m.content) + (m.tool_calls ? tok(JSON.stringify(m.tool_calls)) : 0);
  if (tools) n += tok(JSON.stringify(tools));
  return n;
}
function capOut(rng: Rng, median: number, sigma: number, cap: number, floor = 1): number {
  return Math.max(floor, Math.min(cap, Math.round(rng.logn(median, sigma))));
}

// ---------------------------------------------------------------- time
const DAY = 86_400_000, HOUR = 3_600_000, MIN = 60_000, SEC = 1000;
const T0 = Date.UTC(2026, 10, 19); // Thursday 19 Nov 2026, 00:00 UTC
const DAYS = 3;
const T1 = T0 + DAYS * DAY; // Thu, Fri, Sat
type Curve = number[];
const CONSUMER: Curve = [.30, .20, .12, .08, .06, .07, .12, .25, .40, .50, .58, .62, .66, .62, .60, .62, .68, .75, .85, .95, 1.0, .95, .75, .50];
const STUDENT: Curve = [.15, .08, .04, .02, .02, .03, .08, .20, .35, .40, .42, .40, .45, .55, .70, .85, .95, 1.0, .95, .90, 1.0, .95, .70, .35];
const BUSINESS: Curve = [.02, .01, .01, .01, .01, .02, .05, .25, .70, .95, 1.0, .95, .60, .85, 1.0, .95, .85, .60, .30, .15, .10, .08, .05, .03];
const FLAT: Curve = new Array(24).fill(1);
function curveAt(c: Curve, hour: number): number {
  const h0 = Math.floor(hour) % 24, h1 = (h0 + 1) % 24, f = hour - Math.floor(hour);
  return c[h0] * (1 - f) + c[h1] * f;
}
function localInfo(ts: number, tz: number): { hour: number; weekend: boolean } {
  const l = ts + tz * HOUR;
  const dow = (Math.floor(l / DAY) + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  return { hour: (l % DAY) / HOUR, weekend: dow === 0 || dow === 6 };
}
function weightAt(ts: number, c: Curve, tz: number, weekendFactor: number): number {
  const { hour, weekend } = localInfo(ts, tz);
  return curveAt(c, hour) * (weekend ? weekendFactor : 1);
}
function sampleTime(rng: Rng, c: Curve, tz: number, weekendFactor = 1, t0 = T0, t1 = T1): number {
  for (let i = 0; i < 10000; i++) {
    const t = t0 + rng.next() * (t1 - t0);
    if (rng.next() < weightAt(t, c, tz, weekendFactor)) return Math.floor(t);
  }
  return Math.floor(t0 + rng.next() * (t1 - t0));
}
// Start times for a pool of `concurrency` workers processing items back-to-back.
function workerSchedule(rng: Rng, n: number, start: number, concurrency: number, latency: () => number): number[] {
  const free = new Array(concurrency).fill(0).map((_, i) => start + i * rng.int(50, 400));
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let w = 0; for (let j = 1; j < free.length; j++) if (free[j] < free[w]) w = j;
    out.push(Math.floor(free[w]));
    free[w] += latency() + rng.int(5, 120);
  }
  return out;
}

// ---------------------------------------------------------------- network labels
interface Net { ip: string; asn: number; country: string }
const CLOUD_ASNS = [64496, 64497, 64498, 64499, 64500, 64501, 64502, 64503, 65536, 65537, 65538, 65539];
const CLOUD_BLOCKS = ['192.0.2', '198.51.100', '203.0.113'];
let cloudNext = 0;
function cloudNet(rng: Rng, country: string, asn?: number): Net {
  const i = cloudNext++;
  const block = CLOUD_BLOCKS[i % 3];
  const host = 1 + ((Math.floor(i / 3) * 37) % 254);
  return { ip: `${block}.${host}`, asn: asn ?? rng.pick(CLOUD_ASNS), country };
}
interface Isp { asn: number; prefix: string; mobile: boolean; country: string }
const ispTable = new Map<string, Isp[]>();
let ispCounter = 0;
function isps(country: string): Isp[] {
  let l = ispTable.get(country);
  if (!l) {
    const r = new Rng(SEED, 'isp:' + country);
    l = [];
    const n = r.int(3, 5);
    for (let i = 0; i < n; i++) {
      const k = ispCounter++;
      const mobile = i === 0 || r.chance(0.3);
      const prefix = mobile ? `100.${64 + (k % 64)}` : `10.${(k * 7 + 3) % 256}`;
      const asn = r.chance(0.5) ? 64512 + ((k * 131) % 1000) : 4200000000 + k * 977;
      l.push({ asn, prefix, mobile, country });
    }
    ispTable.set(country, l);
  }
  return l;
}
function homeNet(rng: Rng, country: string): Net {
  const isp = rng.pick(isps(country));
  return { ip: `${isp.prefix}.${rng.int(0, 255)}.${rng.int(1, 254)}`, asn: isp.asn, country };
}

// ---------------------------------------------------------------- records and keys
type Cls = 'honest' | 'distill';
interface Key { key: string; scenario: string; cls: Cls; family: string }
interface Rec { ts: number; key: string; ip: string; asn: number; country: string; method: 'POST'; path: string; body: unknown; usage: { prompt_tokens: number; completion_tokens: number } }
const recs: { r: Rec; seq: number }[] = [];
const keyMeta = new Map<string, Key>();
let seq = 0;
function newKey(rng: Rng, scenario: string, cls: Cls, family: string, style: 'openai' | 'anthropic' | 'any' = 'openai'): Key {
  const pfx = style === 'anthropic' ? 'sk-ant-api03-' : rng.pick(['sk-', 'sk-proj-', 'sk-live-', 'sk-']);
  const k: Key = { key: pfx + rng.str(style === 'anthropic' ? 48 : 40), scenario, cls, family };
  return k;
}
function emit(k: Key, net: Net, ts: number, path: string, body: unknown, prompt: number, completion: number) {
  if (ts < T0 || ts >= T1) return;
  keyMeta.set(k.key, k);
  recs.push({ r: { ts: Math.floor(ts), key: k.key, ip: net.ip, asn: net.asn, country: net.country, method: 'POST', path, body, usage: { prompt_tokens: prompt, completion_tokens: completion } }, seq: seq++ });
}
function clean<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

// ---------------------------------------------------------------- request helpers
interface ChatOpts { model: string; messages: any[]; max_tokens?: number; temperature?: number; top_p?: number; n?: number; logprobs?: boolean; top_logprobs?: number; logit_bias?: Record<string, number>; tools?: any[]; tool_choice?: unknown; stream?: boolean; presence_penalty?: number; frequency_penalty?: number; seed?: number; user?: string; stop?: string[]; response_format?: unknown; max_completion_tokens?: number }
function chat(k: Key, net: Net, ts: number, o: ChatOpts, outPerChoice: number) {
  const body = clean({ ...o } as Record<string, unknown>);
  if (o.stream) (body as any).stream_options = { include_usage: true };
  const n = o.n ?? 1;
  emit(k, net, ts, '/v1/chat/completions', body, chatPromptTokens(o.messages, o.tools), outPerChoice * n);
}
interface MsgOpts { model: string; max_tokens: number; system?: unknown; messages: any[]; temperature?: number; thinking?: { type: 'enabled'; budget_tokens: number }; tools?: any[]; tool_choice?: unknown; stream?: boolean; top_p?: number; metadata?: unknown }
function messages(k: Key, net: Net, ts: number, o: MsgOpts, out: number) {
  const body = clean({ ...o } as Record<string, unknown>);
  const p = 5 + tokAny(o.system) + o.messages.reduce((n: number, m: any) => n + 4 + tokAny(m.content), 0) + (o.tools ? tok(JSON.stringify(o.tools)) : 0);
  emit(k, net, ts, '/v1/messages', body, p, Math.min(out, o.max_tokens));
}
function responses(k: Key, net: Net, ts: number, body: Record<string, unknown>, out: number) {
  const b = clean(body);
  const p = 4 + tokAny(b.instructions) + tokAny(b.input) + (b.tools ? tok(JSON.stringify(b.tools)) : 0);
  emit(k, net, ts, '/v1/responses', b, p, typeof b.max_output_tokens === 'number' ? Math.min(out, b.max_output_tokens as number) : out);
}
function embeddings(k: Key, net: Net, ts: number, body: Record<string, unknown>) {
  const b = clean(body);
  emit(k, net, ts, '/v1/embeddings', b, tokAny(b.input), 0);
}
function completions(k: Key, net: Net, ts: number, body: Record<string, unknown>, outPerChoice: number) {
  const b = clean(body);
  const prompts = Array.isArray(b.prompt) ? (b.prompt as string[]) : [b.prompt as string];
  const n = ((b.n as number) ?? 1) * prompts.length;
  const best = (b.best_of as number) ?? 1;
  emit(k, net, ts, '/v1/completions', b, tokAny(b.prompt), Math.min(outPerChoice, (b.max_tokens as number) ?? 16) * Math.max(n, best * prompts.length));
}

// ---------------------------------------------------------------- content helpers
const L = (c: string): Lang => LANGS[c];
const LANG_NAME: Record<string, string> = { en: 'English', tr: 'Turkish', vi: 'Vietnamese', id: 'Indonesian', pl: 'Polish', ar: 'Arabic', hi: 'Hindi', ja: 'Japanese', pt: 'Portuguese', ru: 'Russian', es: 'Spanish', ko: 'Korean', zh: 'Chinese', th: 'Thai', de: 'German', fr: 'French', 'hi-Latn': 'Hinglish' };
function mathProblem(rng: Rng, lang: Lang, hard = false): string {
  const i = rng.int(0, lang.math.length - 1);
  const m = hard ? 10 : 1;
  if (i === 0) return lang.math[0](rng.int(4, 30) * 5 * (hard ? 3 : 1), rng.int(2, 9), 0);
  if (i === 1) { const a = rng.int(8, 40) * m; return lang.math[1](a, rng.int(1, a - 2), rng.int(2, 25) * m); }
  if (i === 2) return lang.math[2](rng.int(3, 40) * m, rng.int(3, 60) * m, 0);
  if (i === 3) return lang.math[3](rng.int(10, 400) * 10 * m, rng.pick([5, 10, 15, 20, 25, 30, 40, 50]), 0);
  const a = rng.int(2, 12) * m, x = rng.int(-9, 20) * m, b = rng.int(1, 50) * m;
  return lang.math[4](a, b, a * x + b);
}
function hardQuestion(rng: Rng, lang: Lang): string { return rng.pick(lang.hard)(rng.pick(lang.topics)); }
function paragraph(rng: Rng, lang: Lang, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(rng.pick(lang.sentences));
  return out.join(' ');
}
const sentTokAvg = new Map<string, number>();
function sentFactor(code: string): number {
  let v = sentTokAvg.get(code);
  if (v === undefined) { const l = L(code); v = l.sentences.reduce((n, s) => n + tok(s), 0) / l.sentences.length; sentTokAvg.set(code, v); }
  return v;
}
function customerMessage(rng: Rng, lang: Lang): string {
  let s = rng.pick(lang.support);
  if (rng.chance(0.4)) s = `${s} #${rng.pick(['INV', 'ORD', 'DH', 'PO'])}-${rng.int(100000, 999999)}`;
  if (rng.chance(0.3)) s = `${rng.pick(lang.sentences)} ${s}`;
  if (rng.chance(0.15)) s += rng.pick([' 🙏', ' !!', ' ??', ' 😡', ' pls']);
  return s;
}
const OPEN_UI_DEFAULT = 'You are a helpful assistant.';
// A plausible earlier assistant turn for conversation history (the trace has no responses).
function reply(rng: Rng, lang: Lang, topic?: string): string {
  if (topic !== undefined || rng.chance(0.4)) return `${lang.answer(topic ?? rng.pick(lang.topics))} ${paragraph(rng, lang, rng.int(0, 2))}`.trim();
  const items = rng.int(2, 5); const out: string[] = [];
  for (let i = 1; i <= items; i++) out.push(`${i}. ${rng.pick(lang.sentences)}`);
  return `${rng.pick(lang.sentences)}\n${out.join('\n')}`;
}

// ================================================================ HONEST SCENARIOS

function eduTutor(S: string) {
  const rng = new Rng(SEED, S);
  const sys = (grade: number) => `You are StudyPal, a patient tutor for secondary school students (grade ${grade}). Always explain step by step: number the steps, show every calculation, and check the student's understanding at the end. Do not just give the final answer. Use simple words and answer in the same language the student writes in. If the question is unrelated to school, gently steer back to studying.`;
  const regions: [string[], number, string][] = [[['tr'], 0.2, 'TR'], [['vi'], 0.2, 'SG'], [['id'], 0.2, 'SG'], [['ar'], 0.14, 'AE'], [['hi', 'hi-Latn', 'en'], 0.14, 'IN'], [['pt'], 0.12, 'BR']];
  const totalSessions = 2900;
  for (const [langs, share, dc] of regions) {
    const keys = [newKey(rng, S, 'honest', 'education'), newKey(rng, S, 'honest', 'education')]; // prod + canary deployment
    const nets = [cloudNet(rng, dc), cloudNet(rng, dc), cloudNet(rng, dc)];
    const n = Math.round(totalSessions * share);
    for (let s = 0; s < n; s++) {
      const lang = L(rng.pick(langs));
      const k = rng.chance(0.93) ? keys[0] : keys[1];
      let t = sampleTime(rng, STUDENT, lang.tz, 0.8);
      const grade = rng.int(6, 12);
      const student = 'stu_' + rng.str(10);
      const isMath = rng.chance(0.55);
      const topic = rng.pick(lang.topics);
      const first = isMath ? mathProblem(rng, lang) : rng.pick(lang.explain)(topic);
      const msgs: any[] = [{ role: 'system', content: sys(grade) }, { role: 'user', content: first }];
      const turns = rng.weighted<number>([[1, 45], [2, 25], [3, 15], [4, 10], [6, 5]]);
      for (let i = 0; i < turns; i++) {
        const out = capOut(rng, 380, 0.45, 1024, 40);
        chat(k, rng.pick(nets), t, { model: 'gpt-4o-mini', messages: msgs.slice(), temperature: 0.7, max_tokens: 1024, stream: true, user: student }, out);
        msgs.push({ role: 'assistant', content: isMath ? lang.answer(first) : reply(rng, lang, topic) });
        msgs.push({ role: 'user', content: rng.chance(0.15) ? mathProblem(rng, lang) : rng.pick(lang.followups) });
        t += rng.int(8, 40) * SEC + rng.logn(70, 0.7) * SEC;
      }
    }
  }
}

function contentWriter(S: string) {
  const rng = new Rng(SEED, S);
  const sys = 'You are the senior content writer at Penakarya Digital, an agency that writes for small businesses across Asia and Latin America. Write original, well-structured long-form articles with an engaging introduction, H2/H3 subheadings, practical examples and a short conclusion. Write entirely in the language requested, with natural local phrasing (not translated-sounding). Work the target keywords in naturally. Never invent statistics or quotes.';
  const keys = [newKey(rng, S, 'honest', 'content'), newKey(rng, S, 'honest', 'content'), newKey(rng, S, 'honest', 'content')];
  const nets = [cloudNet(rng, 'SG'), cloudNet(rng, 'SG'), cloudNet(rng, 'ID')];
  const langs: [string, number][] = [['id', 30], ['vi', 15], ['pt', 15], ['es', 12], ['tr', 10], ['en', 10], ['th', 4], ['ar', 4]];
  const tones = ['friendly', 'professional', 'persuasive', 'informative', 'casual', 'expert'];
  const one = (t: number, k: Key, net: Net) => {
    const lang = L(rng.weighted(langs));
    const kind = rng.next();
    const topic = kind < 0.35 ? rng.pick(lang.topics) : kind < 0.7 ? rng.pick(lang.chat) : rng.pick(lang.sentences);
    const words = rng.pick([800, 1000, 1200, 1500, 2000]);
    const user = `Language: ${LANG_NAME[lang.code]}\nArticle topic: ${topic}\nTarget keywords: ${rng.sample(lang.topics, 2).join(', ')}\nLength: about ${words} words\nTone: ${rng.pick(tones)}\nAudience: ${rng.pick(['small business owners', 'parents', 'students', 'young professionals', 'online shoppers', 'travellers'])}`;
    const out = capOut(rng, words * 1.6 * (tok(lang.sentences[0]) / tok(LANGS.en.sentences[0])), 0.2, 4096, 300);
    chat(k, net, t, { model: 'gpt-4.1', messages: [{ role: 'system', content: sys }, { role: 'user', content: user }], temperature: 0.8, max_tokens: 4096 }, out);
  };
  for (let i = 0; i < 700; i++) one(sampleTime(rng, BUSINESS, 7, 0.3), rng.chance(0.6) ? keys[0] : keys[1], rng.pick(nets));
  // bulk orders: a queue worker processes batches of 20-60 articles at concurrency 4
  for (let b = 0; b < 8; b++) {
    const start = sampleTime(rng, BUSINESS, 7, 0.3);
    const times = workerSchedule(rng, rng.int(20, 60), start, 4, () => rng.logn(45, 0.3) * SEC);
    for (const t of times) one(t, keys[2], nets[2]);
  }
}

function benchOneoff(S: string) {
  const rng = new Rng(SEED, S);
  // (a) multilingual grade-school math with zero-shot chain of thought: same 100 problems in 10 languages
  const k = newKey(rng, S, 'honest', 'benchmark'); const net = cloudNet(rng, 'US');
  const codes = ['en', 'tr', 'vi', 'id', 'pl', 'ar', 'hi', 'ja', 'pt', 'ru'];
  const probs: [number, number, number, number][] = [];
  const pr = new Rng(SEED, S + ':problems');
  for (let i = 0; i < 100; i++) { const t = i % 5; const a = pr.int(3, 40), b = pr.int(2, 9), x = pr.int(-5, 15); probs.push([t, a, b, t === 4 ? a * x + b : t === 1 ? pr.int(2, 20) : 0]); }
  const items: { lang: Lang; text: string }[] = [];
  for (const c of codes) for (const [t, a, b, cc] of probs) {
    const lang = L(c);
    const aa = t === 0 ? a * 5 : t === 3 ? a * 100 : t === 1 ? a + b : a;
    items.push({ lang, text: lang.math[t](aa, t === 3 ? [10, 20, 25, 30][b % 4] : b, cc) });
  }
  const start = T0 + DAY + 14 * HOUR + 20 * MIN;
  const times = workerSchedule(rng, items.length, start, 16, () => rng.logn(9, 0.4) * SEC);
  items.forEach((it, i) => {
    chat(k, net, times[i], { model: 'gpt-4.1', messages: [{ role: 'system', content: 'Solve the problem. Reason step by step, then finish with a line of the form "Answer: <number>".' }, { role: 'user', content: `${it.text}\n${it.lang.reason[0]}` }], temperature: 0, max_tokens: 2048 }, capOut(rng, 320, 0.35, 2048, 60));
  });
  // (b) a university lab's one-off reasoning eval in ja/ko/zh via the Messages API
  const k2 = newKey(rng, S, 'honest', 'benchmark', 'anthropic'); const net2 = cloudNet(rng, 'JP');
  const items2: string[] = [];
  for (const c of ['ja', 'ko', 'zh']) { const l = L(c); for (const tp of l.topics) for (const h of l.hard.slice(0, 3)) items2.push(h(tp)); }
  const t2 = workerSchedule(rng, items2.length, T0 + 2 * DAY + 1 * HOUR + 5 * MIN, 6, () => rng.logn(25, 0.4) * SEC);
  items2.forEach((q, i) => messages(k2, net2, t2[i], { model: 'claude-sonnet-4-5', max_tokens: 4096, temperature: 0, messages: [{ role: 'user', content: q }] }, capOut(rng, 900, 0.35, 4096, 100)));
}

function benchNightly(S: string) {
  const rng = new Rng(SEED, S);
  const pr = new Rng(SEED, S + ':set'); // the fixed set: identical every night
  const set: string[] = [];
  for (const c of ['en', 'tr', 'pl', 'vi', 'ar', 'id']) { const l = L(c); for (let i = 0; i < 25; i++) set.push(`${pr.chance(0.6) ? mathProblem(pr, l) : hardQuestion(pr, l)}\n\n${l.reason[0]}`); }
  const sys = 'You are being evaluated. Think step by step before answering. End with "Final answer:" followed by the answer.';
  const cfgs: [string, string][] = [['gpt-4.1-mini', 'DE'], ['gpt-4.1', 'DE']];
  for (const [model, cc] of cfgs) {
    const k = newKey(rng, S, 'honest', 'benchmark'); const net = cloudNet(rng, cc);
    for (let d = 0; d < DAYS; d++) {
      const times = workerSchedule(rng, set.length, T0 + d * DAY + 1 * HOUR + rng.int(0, 90) * SEC, 8, () => rng.logn(7, 0.4) * SEC);
      set.forEach((q, i) => chat(k, net, times[i], { model, messages: [{ role: 'system', content: sys }, { role: 'user', content: q }], temperature: 0, max_tokens: 3000, seed: 1234 }, capOut(rng, 420, 0.4, 3000, 50)));
    }
  }
}

function passK(S: string) {
  const rng = new Rng(SEED, S);
  const fnPrompt = ([name, args, doc]: [string, string, string]) => `def ${name}(${args}):\n    """${doc}\n    """\n`;
  // (a) chat pass@k on a multilingual-instruction code benchmark
  const k = newKey(rng, S, 'honest', 'code-eval'); const net = cloudNet(rng, 'US');
  const items: string[] = [];
  for (const [lc, instr] of Object.entries(CODE_INSTR)) for (const task of CODE_TASKS) items.push(`${instr}\n\n\`\`\`python\n${fnPrompt(task)}\`\`\``);
  for (const [run, n, temp] of [[0, 10, 0.8], [1, 5, 0.6]] as [number, number, number][]) {
    const times = workerSchedule(rng, items.length, T0 + run * DAY + 16 * HOUR + rng.int(0, 3600) * SEC, 6, () => rng.logn(14, 0.4) * SEC);
    items.forEach((p, i) => chat(k, net, times[i], { model: 'gpt-4.1-mini', messages: [{ role: 'user', content: p }], n, temperature: temp, top_p: 0.95, max_tokens: 768 }, capOut(rng, 140, 0.5, 768, 20)));
  }
  // (b) legacy completions harness: raw function prompts, n=20, stop sequences
  const k2 = newKey(rng, S, 'honest', 'code-eval'); const net2 = cloudNet(rng, 'KR');
  const t2 = workerSchedule(rng, CODE_TASKS.length * 3, T0 + 2 * DAY + 3 * HOUR, 4, () => rng.logn(20, 0.3) * SEC);
  let i = 0;
  for (let rep = 0; rep < 3; rep++) for (const task of CODE_TASKS) completions(k2, net2, t2[i++], { model: 'gpt-3.5-turbo-instruct', prompt: `from typing import *\n\n\n${fnPrompt(task)}`, n: 20, temperature: [0.2, 0.6, 0.8][rep], top_p: 0.95, max_tokens: 512, stop: ['\ndef ', '\nclass ', '\nif __name__', '\nprint('] }, capOut(rng, 110, 0.5, 512, 10));
}

function classifier(S: string) {
  const rng = new Rng(SEED, S);
  // (a) support-ticket router for a marketplace (one letter, logit_bias on A-E)
  const sysA = 'Classify the customer message into exactly one category and reply with the letter only.\nA) billing or payment\nB) delivery or shipping\nC) account or login\nD) product question or defect\nE) other';
  const biasA = { '32': 100, '33': 100, '34': 100, '35': 100, '36': 100 };
  const marketsA: [string, string][] = [['id', 'SG'], ['vi', 'SG'], ['th', 'SG'], ['tr', 'TR'], ['ar', 'AE']];
  const kA = [newKey(rng, S, 'honest', 'classifier'), newKey(rng, S, 'honest', 'classifier')];
  const netsA = marketsA.map(([, c]) => cloudNet(rng, c));
  for (let i = 0; i < 1250; i++) {
    const mi = rng.int(0, marketsA.length - 1); const lang = L(marketsA[mi][0]);
    const t = sampleTime(rng, CONSUMER, lang.tz, 1);
    chat(rng.chance(0.7) ? kA[0] : kA[1], netsA[mi], t, { model: 'gpt-4o-mini', messages: [{ role: 'system', content: sysA }, { role: 'user', content: customerMessage(rng, lang) }], max_tokens: 1, temperature: 0, logprobs: true, top_logprobs: 5, logit_bias: biasA }, 1);
  }
  // (b) moderation yes/no for a social app (Hindi, Hinglish, Arabic, Indonesian comments)
  const kB = newKey(rng, S, 'honest', 'classifier'); const netB = cloudNet(rng, 'IN');
  const sysB = 'You are a content moderation classifier. Does the following comment contain harassment, hate or threats? Answer "yes" or "no".';
  for (let i = 0; i < 650; i++) {
    const lang = L(rng.weighted<string>([['hi-Latn', 4], ['hi', 2], ['ar', 2], ['id', 2], ['en', 1]]));
    const text = rng.chance(0.5) ? rng.pick(lang.chat) : rng.pick(lang.followups) + ' ' + rng.pick(lang.sentences);
    chat(kB, netB, sampleTime(rng, CONSUMER, lang.tz, 1), { model: 'gpt-4o-mini', messages: [{ role: 'system', content: sysB }, { role: 'user', content: text }], max_tokens: 1, temperature: 0, logprobs: true, top_logprobs: 2, logit_bias: { '9891': 100, '2201': 100 } }, 1);
  }
}

function translation(S: string) {
  const rng = new Rng(SEED, S);
  const keys = [newKey(rng, S, 'honest', 'translation'), newKey(rng, S, 'honest', 'translation'), newKey(rng, S, 'honest', 'translation')];
  const nets = [cloudNet(rng, 'SG'), cloudNet(rng, 'SG'), cloudNet(rng, 'JP')];
  const pairs: [string, string, number][] = [['en', 'vi', 8], ['en', 'id', 8], ['ja', 'en', 7], ['zh', 'en', 5], ['ar', 'en', 5], ['en', 'ar', 5], ['pt', 'es', 4], ['es', 'pt', 4], ['ru', 'en', 5], ['tr', 'en', 5], ['en', 'tr', 4], ['ko', 'en', 4], ['en', 'ja', 5], ['de', 'pl', 3], ['pl', 'en', 3], ['hi', 'en', 3], ['en', 'th', 3], ['fr', 'en', 3], ['vi', 'en', 4], ['id', 'en', 4]];
  const wrap = (src: string, tgt: string) => `You are a professional translator. Translate the user's text from ${LANG_NAME[src]} into ${LANG_NAME[tgt]}. Preserve formatting, line breaks, numbers, product codes and proper names. Do not add explanations. Output only the translation.`;
  for (let i = 0; i < 2600; i++) {
    const [src, tgt] = rng.weighted(pairs.map(p => [[p[0], p[1]], p[2]] as [[string, string], number]));
    const sl = L(src);
    const paras = rng.int(1, 6); const parts: string[] = [];
    for (let p = 0; p < paras; p++) parts.push(paragraph(rng, sl, rng.int(2, 10)));
    const text = parts.join('\n\n');
    const out = Math.round(tok(text) * sentFactor(tgt) / sentFactor(src) * (0.9 + 0.2 * rng.next()));
    const ki = rng.weighted<number>([[0, 5], [1, 4], [2, 2]]);
    const tz = rng.pick([7, 9, 1, -5, 3, 8]);
    chat(keys[ki], nets[ki], sampleTime(rng, BUSINESS, tz, 0.35), { model: 'gpt-4o-mini', messages: [{ role: 'system', content: wrap(src, tgt) }, { role: 'user', content: text }], temperature: 0.2, max_tokens: 8000 }, Math.min(8000, out + 5));
  }
}

function office(S: string) {
  const rng = new Rng(SEED, S);
  const companies: { lang: string; alt: string; cc: string; staff: number; sys: string; anth: boolean }[] = [
    { lang: 'pl', alt: 'en', cc: 'PL', staff: 34, anth: false, sys: 'Jesteś wewnętrznym asystentem AI firmy Kowalczyk Logistyka Sp. z o.o. Odpowiadaj po polsku, chyba że pracownik pisze w innym języku. Bądź zwięzły i rzeczowy. Nie podawaj danych osobowych klientów ani informacji poufnych poza firmą. W sprawach kadrowych odsyłaj do działu HR.' },
    { lang: 'tr', alt: 'en', cc: 'TR', staff: 24, anth: true, sys: 'Sen Ege Tekstil A.Ş. çalışanlarına yardım eden kurum içi bir asistansın. Çalışan hangi dilde yazarsa o dilde yanıt ver. Kısa ve net ol, gizli müşteri bilgilerini paylaşma, insan kaynakları konularında İK birimine yönlendir.' },
  ];
  for (const c of companies) {
    const officeNet: Net = { ip: `172.${16 + rng.int(0, 15)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, asn: 64512 + rng.int(1000, 1999), country: c.cc };
    const lang = L(c.lang), alt = L(c.alt);
    for (let e = 0; e < c.staff; e++) {
      const k = newKey(rng, S, 'honest', 'office', c.anth ? 'anthropic' : 'openai');
      const home = homeNet(rng, c.cc);
      const perDay = rng.int(3, 14);
      for (let d = 0; d < DAYS; d++) {
        const weekend = localInfo(T0 + d * DAY + 12 * HOUR, lang.tz).weekend;
        const sessions = weekend ? (rng.chance(0.2) ? 1 : 0) : Math.max(1, Math.round(perDay / 2.2 + rng.normal()));
        for (let s = 0; s < sessions; s++) {
          let t = sampleTime(rng, BUSINESS, lang.tz, 1, T0 + d * DAY, T0 + (d + 1) * DAY);
          if (rng.chance(0.06)) t = T0 + d * DAY + (20 - lang.tz) * HOUR + rng.int(0, 7200) * SEC; // evening from home
          const net = weekend || localInfo(t, lang.tz).hour > 19 ? home : officeNet;
          const ul = rng.chance(0.85) ? lang : alt;
          const task = rng.pick(ul.work);
          const first = task.endsWith(':') ? `${task}\n${paragraph(rng, ul, rng.int(3, 9))}` : rng.chance(0.3) ? rng.pick(ul.chat) : task;
          const msgs: any[] = [{ role: 'user', content: first }];
          const turns = rng.weighted<number>([[1, 40], [2, 30], [3, 18], [5, 12]]);
          for (let i = 0; i < turns; i++) {
            const out = capOut(rng, 350, 0.6, 2048, 30);
            if (c.anth) messages(k, net, t, { model: 'claude-sonnet-4-5', max_tokens: 2048, system: c.sys, messages: msgs.slice() }, out);
            else chat(k, net, t, { model: 'gpt-4o', messages: [{ role: 'system', content: c.sys }, ...msgs], temperature: 0.5, stream: true }, out);
            msgs.push({ role: 'assistant', content: reply(rng, ul) });
            msgs.push({ role: 'user', content: rng.pick([...ul.followups, ...ul.work.filter(w => !w.endsWith(':'))]) });
            t += rng.logn(90, 0.8) * SEC;
          }
        }
      }
    }
  }
}

function consumerChat(S: string) {
  const rng = new Rng(SEED, S);
  const apps: { lang: string[]; cc: string; sessions: number; sys: string; model: string }[] = [
    { lang: ['ar'], cc: 'SA', sessions: 220, model: 'gpt-4o-mini', sys: 'أنت "رفيق"، مساعد ذكي ودود. أجب باللغة التي يكتب بها المستخدم، وبلهجة مهذبة وواضحة. تجنب المواضيع غير اللائقة.' },
    { lang: ['hi-Latn', 'hi', 'en'], cc: 'IN', sessions: 220, model: 'gpt-4o-mini', sys: 'You are Dost, a friendly assistant for Indian users. Reply in the same language and script the user uses (Hindi, Hinglish or English). Keep answers short and practical.' },
    { lang: ['ja'], cc: 'JP', sessions: 160, model: 'gpt-4o', sys: 'あなたは親切なアシスタント「ミライ」です。ユーザーと同じ言語で、丁寧かつ簡潔に答えてください。' },
    { lang: ['ru'], cc: 'KZ', sessions: 150, model: 'gpt-4o-mini', sys: 'Ты — дружелюбный помощник «Алиса-Про». Отвечай на языке пользователя, кратко и по делу.' },
  ];
  for (const a of apps) {
    const k = newKey(rng, S, 'honest', 'chat-app'); const nets = [cloudNet(rng, a.cc), cloudNet(rng, a.cc)];
    for (let s = 0; s < a.sessions; s++) {
      const lang = L(rng.pick(a.lang));
      let t = sampleTime(rng, CONSUMER, lang.tz, 1.1);
      const msgs: any[] = [{ role: 'system', content: a.sys }, { role: 'user', content: rng.chance(0.7) ? rng.pick(lang.chat) : rng.pick(lang.explain)(rng.pick(lang.topics)) }];
      const turns = rng.weighted<number>([[1, 50], [2, 25], [3, 15], [5, 10]]);
      for (let i = 0; i < turns; i++) {
        chat(k, rng.pick(nets), t, { model: a.model, messages: msgs.slice(), temperature: 0.9, stream: true }, capOut(rng, 260, 0.6, 4096, 20));
        msgs.push({ role: 'assistant', content: reply(rng, lang) });
        msgs.push({ role: 'user', content: rng.pick([...lang.followups, ...lang.chat]) });
        t += rng.logn(50, 0.8) * SEC;
      }
    }
  }
}

function codingAssistant(S: string) {
  const rng = new Rng(SEED, S);
  const devs: [string, string][] = [['ru', 'RU'], ['ru', 'KZ'], ['pt', 'BR'], ['pt', 'BR'], ['ja', 'JP'], ['tr', 'TR'], ['tr', 'TR'], ['vi', 'VN'], ['id', 'ID'], ['en', 'US']];
  const sys = 'You are a coding assistant inside the developer\'s IDE. Be precise, show complete code for the changed functions, and explain briefly in the developer\'s language.';
  for (let d = 0; d < 18; d++) {
    const [lc, cc] = devs[d % devs.length];
    const anth = rng.chance(0.5);
    const k = newKey(rng, S, 'honest', 'coding', anth ? 'anthropic' : 'openai');
    const tz = L(lc === 'en' ? 'en' : lc).tz;
    const net = homeNet(rng, cc);
    const asks = CODE_ASK[lc];
    const convs = rng.int(4, 10);
    for (let c = 0; c < convs; c++) {
      let t = sampleTime(rng, BUSINESS, tz, 0.4);
      const code = rng.pick(CODE_SNIPPETS);
      const msgs: any[] = [{ role: 'user', content: `${rng.pick(asks)}\n\n\`\`\`\n${code}\n\`\`\`` }];
      const turns = rng.int(2, 14);
      for (let i = 0; i < turns; i++) {
        const out = capOut(rng, 450, 0.6, 4096, 40);
        if (anth) messages(k, net, t, { model: 'claude-sonnet-4-5', max_tokens: 8192, system: sys, messages: msgs.slice(), stream: true }, out);
        else chat(k, net, t, { model: 'gpt-4.1', messages: [{ role: 'system', content: sys }, ...msgs], temperature: 0.2, stream: true }, out);
        msgs.push({ role: 'assistant', content: `${rng.pick(asks).slice(0, 30)}...\n\n\`\`\`\n${rng.pick(CODE_SNIPPETS)}\n\`\`\`\n${rng.pick(L(lc).sentences)}` });
        const nxt = rng.chance(0.5) ? `${rng.pick(asks)}\n\`\`\`\n${rng.pick(CODE_SNIPPETS)}\n\`\`\`` : rng.pick(asks);
        msgs.push({ role: 'user', content: nxt });
        t += rng.logn(150, 0.9) * SEC;
      }
    }
  }
}

function ragSupport(S: string) {
  const rng = new Rng(SEED, S);
  const markets: [string, string][] = [['vi', 'VN'], ['id', 'ID'], ['tr', 'TR'], ['th', 'TH']];
  for (const [lc, cc] of markets) {
    const lang = L(lc);
    const k = newKey(rng, S, 'honest', 'rag'); const net = cloudNet(rng, cc === 'TR' ? 'DE' : 'SG');
    const sys = `You are the customer support assistant for ShopNusa (${LANG_NAME[lc]} storefront). Answer ONLY from the help-center excerpts provided. If the excerpts do not answer the question, say so and offer to connect a human agent. Reply in ${LANG_NAME[lc]}.`;
    for (let i = 0; i < 180; i++) {
      let t = sampleTime(rng, CONSUMER, lang.tz, 1);
      const q = customerMessage(rng, lang);
      embeddings(k, net, t, { model: 'text-embedding-3-small', input: q });
      t += rng.int(150, 900);
      const ctx = [1, 2, 3, 4].slice(0, rng.int(2, 4)).map(j => `[${j}] ${paragraph(rng, lang, rng.int(2, 5))}`).join('\n');
      chat(k, net, t, { model: 'gpt-4o-mini', messages: [{ role: 'system', content: sys }, { role: 'user', content: `Help-center excerpts:\n${ctx}\n\nCustomer question: ${q}` }], temperature: 0.3, max_tokens: 600 }, capOut(rng, 160, 0.5, 600, 20));
    }
  }
}

function searchIndexer(S: string) {
  const rng = new Rng(SEED, S);
  const kIdx = newKey(rng, S, 'honest', 'embeddings'); const kQ = newKey(rng, S, 'honest', 'embeddings');
  const netIdx = cloudNet(rng, 'SG'), netQ = cloudNet(rng, 'SG');
  const catalog: Record<string, string[]> = {};
  const cr = new Rng(SEED, S + ':catalog');
  for (const lc of ['vi', 'id', 'th']) {
    const p = PRODUCTS[lc]; const l = L(lc); catalog[lc] = [];
    for (let i = 0; i < 2500; i++) catalog[lc].push(`${cr.pick(BRANDS)} ${cr.pick(p.cats)} ${cr.pick(p.attrs)} ${cr.pick(p.attrs)} - ${cr.pick(l.sentences)} ${cr.pick(l.sentences)} SKU ${cr.str(8, '0123456789ABCDEF')}`);
  }
  // nightly re-index of changed products (02:00 local, +7), batches of 100
  for (let d = 0; d < DAYS; d++) {
    const n = rng.int(60, 90);
    const times = workerSchedule(rng, n, T0 + d * DAY + (2 - 7 + 24) % 24 * HOUR, 2, () => rng.logn(1.6, 0.3) * SEC);
    for (let i = 0; i < n; i++) { const lc = rng.pick(['vi', 'id', 'th']); const start = rng.int(0, catalog[lc].length - 100); embeddings(kIdx, netIdx, times[i], { model: 'text-embedding-3-small', input: catalog[lc].slice(start, start + 100), dimensions: 512 }); }
  }
  // live search queries embedded one by one
  for (let i = 0; i < 700; i++) {
    const lc = rng.pick(['vi', 'id', 'th']); const p = PRODUCTS[lc];
    const q = `${rng.pick(p.cats).toLowerCase()} ${rng.pick(p.attrs)}${rng.chance(0.4) ? ' ' + rng.pick(p.attrs) : ''}`;
    embeddings(kQ, netQ, sampleTime(rng, CONSUMER, 7, 1.1), { model: 'text-embedding-3-small', input: q, dimensions: 512 });
  }
}

function travelAgent(S: string) {
  const rng = new Rng(SEED, S);
  const tools = [
    { name: 'search_flights', description: 'Search available flights.', input_schema: { type: 'object', properties: { origin: { type: 'string' }, destination: { type: 'string' }, date: { type: 'string', description: 'YYYY-MM-DD' }, passengers: { type: 'integer' } }, required: ['origin', 'destination', 'date'] } },
    { name: 'search_hotels', description: 'Search hotels in a city.', input_schema: { type: 'object', properties: { city: { type: 'string' }, check_in: { type: 'string' }, nights: { type: 'integer' }, guests: { type: 'integer' } }, required: ['city', 'check_in', 'nights'] } },
    { name: 'get_booking', description: 'Look up an existing booking by reference.', input_schema: { type: 'object', properties: { reference: { type: 'string' } }, required: ['reference'] } },
    { name: 'cancel_booking', description: 'Cancel a booking. Always confirm with the user first.', input_schema: { type: 'object', properties: { reference: { type: 'string' }, reason: { type: 'string' } }, required: ['reference'] } },
  ];
  const tasks: Record<string, [string, string, any][]> = {
    ja: [['来月の10日に東京から福岡へ2人で行きたいです。安い便を探してください。', 'search_flights', { origin: 'HND', destination: 'FUK', date: '2026-12-10', passengers: 2 }], ['京都で12月20日から2泊、ホテルを探して。', 'search_hotels', { city: 'Kyoto', check_in: '2026-12-20', nights: 2, guests: 2 }], ['予約番号 {ref} の内容を確認したいです。', 'get_booking', { reference: '{ref}' }], ['予約 {ref} をキャンセルしたいです。', 'get_booking', { reference: '{ref}' }]],
    pt: [['Quero ir de São Paulo pra Salvador dia 15/12, só eu. Tem voo barato?', 'search_flights', { origin: 'GRU', destination: 'SSA', date: '2026-12-15', passengers: 1 }], ['Procura hotel em Florianópolis, 3 noites a partir de 27/12, 2 pessoas.', 'search_hotels', { city: 'Florianópolis', check_in: '2026-12-27', nights: 3, guests: 2 }], ['Quero ver minha reserva {ref}.', 'get_booking', { reference: '{ref}' }], ['Preciso cancelar a reserva {ref}.', 'get_booking', { reference: '{ref}' }]],
  };
  const sys = { ja: 'あなたは旅行予約サービス「タビナビ」のアシスタントです。ツールを使って検索・確認し、キャンセル前には必ずユーザーに確認してください。', pt: 'Você é o assistente da agência ViajaJá. Use as ferramentas para buscar e consultar reservas. Antes de cancelar, sempre confirme com o cliente.' } as Record<string, string>;
  for (const [lc, cc] of [['ja', 'JP'], ['pt', 'BR']] as [string, string][]) {
    const k = newKey(rng, S, 'honest', 'agent', 'anthropic'); const net = cloudNet(rng, cc); const lang = L(lc);
    for (let i = 0; i < 170; i++) {
      let t = sampleTime(rng, CONSUMER, lang.tz, 1.2);
      const ref = rng.str(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789');
      const [utext, tname, tin] = rng.pick(tasks[lc]);
      const user = utext.replace('{ref}', ref);
      const input = JSON.parse(JSON.stringify(tin).replace('{ref}', ref));
      const msgs: any[] = [{ role: 'user', content: user }];
      messages(k, net, t, { model: 'claude-haiku-4-5', max_tokens: 1024, system: sys[lc], tools, messages: msgs.slice() }, capOut(rng, 80, 0.3, 1024, 30));
      const id = 'toolu_' + rng.str(24);
      msgs.push({ role: 'assistant', content: [{ type: 'text', text: lc === 'ja' ? '確認します。' : 'Vou verificar.' }, { type: 'tool_use', id, name: tname, input }] });
      const result = tname === 'search_flights' ? JSON.stringify([{ flight: 'XY' + rng.int(100, 999), dep: '08:' + rng.int(10, 59), price: rng.int(9000, 40000) }, { flight: 'XY' + rng.int(100, 999), dep: '13:' + rng.int(10, 59), price: rng.int(9000, 40000) }]) : tname === 'search_hotels' ? JSON.stringify([{ hotel: rng.pick(BRANDS) + ' Inn', rating: 4.2, price: rng.int(80, 300) }]) : JSON.stringify({ reference: ref, status: 'confirmed', date: '2026-12-1' + rng.int(0, 9) });
      msgs.push({ role: 'user', content: [{ type: 'tool_result', tool_use_id: id, content: result }] });
      t += rng.int(300, 1500);
      messages(k, net, t, { model: 'claude-haiku-4-5', max_tokens: 1024, system: sys[lc], tools, messages: msgs.slice() }, capOut(rng, 180, 0.4, 1024, 30));
      if (rng.chance(0.4)) {
        msgs.push({ role: 'assistant', content: reply(rng, lang) });
        msgs.push({ role: 'user', content: rng.pick(lang.followups) });
        t += rng.logn(40, 0.6) * SEC;
        messages(k, net, t, { model: 'claude-haiku-4-5', max_tokens: 1024, system: sys[lc], tools, messages: msgs.slice() }, capOut(rng, 150, 0.4, 1024, 30));
      }
    }
  }
}

function legalThinking(S: string) {
  const rng = new Rng(SEED, S);
  for (let f = 0; f < 6; f++) {
    const lc = ['pl', 'pl', 'de', 'de', 'pt', 'pt'][f]; const lang = L(lc); const cc = lang.countries[0];
    const k = newKey(rng, S, 'honest', 'thinking', 'anthropic'); const net = cloudNet(rng, cc);
    const n = rng.int(45, 75);
    for (let i = 0; i < n; i++) {
      const t = sampleTime(rng, BUSINESS, lang.tz, 0.1);
      const clauses: string[] = [];
      for (let c = 1; c <= rng.int(8, 25); c++) clauses.push(`${CLAUSE_WORD[lc]} ${c}. ${rng.sample(CLAUSES[lc], rng.int(1, 3)).join(' ')}${rng.chance(0.2) ? ' ' + rng.pick(lang.sentences) : ''}`);
      const budget = rng.pick([4000, 6000, 8000, 10000]);
      const content = [
        { type: 'document', source: { type: 'text', media_type: 'text/plain', data: clauses.join('\n') }, title: `${rng.pick(['Umowa', 'Vertrag', 'Contrato'])}-${rng.int(100, 999)}.txt` },
        { type: 'text', text: rng.pick(LEGAL_Q[lc]) },
      ];
      messages(k, net, t, { model: 'claude-opus-4-1', max_tokens: budget + 4000, thinking: { type: 'enabled', budget_tokens: budget }, system: 'You assist lawyers reviewing contracts. Cite clause numbers. Flag uncertainty explicitly. Answer in the language of the question.', messages: [{ role: 'user', content }] }, capOut(rng, budget * 0.45 + 700, 0.35, budget + 4000, 300));
    }
  }
}

function fintechResponses(S: string) {
  const rng = new Rng(SEED, S);
  for (const [lc, cc, n] of [['pt', 'BR', 520], ['es', 'MX', 260]] as [string, string, number][]) {
    const lang = L(lc); const k = newKey(rng, S, 'honest', 'responses'); const net = cloudNet(rng, cc);
    const instr = lc === 'pt' ? 'Você é a assistente financeira do app Carteira+. Explique de forma simples, sem jargão, e nunca recomende produtos específicos de investimento. Se a pergunta envolver dados da conta, peça para o cliente abrir a tela correspondente no app.' : 'Eres la asistente financiera de la app Bolsillo. Explica de forma sencilla, sin tecnicismos, y nunca recomiendes productos de inversión específicos.';
    for (let i = 0; i < n; i++) {
      const t = sampleTime(rng, CONSUMER, lang.tz, 1);
      const multi = rng.chance(0.25);
      const q = rng.pick(FIN_Q[lc]);
      const input = multi ? [{ role: 'user', content: rng.pick(FIN_Q[lc]) }, { role: 'assistant', content: reply(rng, lang) }, { role: 'user', content: q }] : q;
      responses(k, net, t, { model: 'o4-mini', instructions: instr, input, max_output_tokens: 1500, reasoning: { effort: rng.pick(['low', 'low', 'medium']) }, store: true, user: 'u_' + rng.str(12) }, capOut(rng, 420, 0.45, 1500, 60));
    }
  }
}

function byokUsers(S: string) {
  const rng = new Rng(SEED, S);
  const pop: [string, number][] = [['en', 10], ['tr', 8], ['vi', 8], ['id', 8], ['pl', 6], ['ar', 6], ['hi-Latn', 6], ['hi', 3], ['ja', 6], ['pt', 8], ['ru', 8], ['es', 8], ['ko', 3], ['de', 3], ['fr', 3], ['th', 3], ['zh', 3]];
  for (let u = 0; u < 130; u++) {
    const lang = L(rng.weighted(pop)); const cc = rng.pick(lang.countries);
    const k = newKey(rng, S, 'honest', 'byok', rng.chance(0.2) ? 'anthropic' : 'openai');
    const anth = k.key.startsWith('sk-ant');
    const nets = [homeNet(rng, cc), homeNet(rng, cc)];
    const sysStyle = rng.weighted<string | null>([[OPEN_UI_DEFAULT, 5], [null, 4], ['custom', 2]]);
    const sys = sysStyle === 'custom' ? `${rng.pick(lang.work).replace(/:$/, '')}. ${rng.pick(lang.reason)}` : sysStyle;
    const model = anth ? rng.pick(['claude-sonnet-4-5', 'claude-haiku-4-5']) : rng.pick(['gpt-4o', 'gpt-4o-mini', 'gpt-4.1', 'o4-mini']);
    const temp = rng.chance(0.5) ? undefined : rng.pick([0.3, 0.7, 1]);
    const sessions = rng.weighted<number>([[1, 20], [2, 25], [4, 25], [7, 20], [12, 10]]);
    for (let s = 0; s < sessions; s++) {
      let t = sampleTime(rng, CONSUMER, lang.tz, 1.3);
      const net = rng.pick(nets);
      const kind = rng.next();
      const first = kind < 0.45 ? rng.pick(lang.chat) : kind < 0.65 ? rng.pick(lang.explain)(rng.pick(lang.topics)) : kind < 0.8 ? rng.pick(lang.work) + (rng.chance(0.5) ? '\n' + paragraph(rng, lang, 4) : '') : kind < 0.9 ? mathProblem(rng, lang) : hardQuestion(rng, lang);
      const msgs: any[] = [{ role: 'user', content: first }];
      const turns = rng.weighted<number>([[1, 40], [2, 25], [3, 15], [5, 12], [8, 8]]);
      for (let i = 0; i < turns; i++) {
        const out = capOut(rng, 330, 0.7, 4096, 15);
        if (anth) messages(k, net, t, { model, max_tokens: 4096, system: sys ?? undefined, messages: msgs.slice(), temperature: temp, stream: true }, out);
        else chat(k, net, t, { model, messages: sys ? [{ role: 'system', content: sys }, ...msgs] : msgs.slice(), temperature: model === 'o4-mini' ? undefined : temp, stream: rng.chance(0.8) ? true : undefined }, out);
        msgs.push({ role: 'assistant', content: reply(rng, lang) });
        msgs.push({ role: 'user', content: rng.pick([...lang.followups, ...lang.chat]) });
        t += rng.logn(60, 0.9) * SEC;
      }
    }
  }
}

// ================================================================ HARVESTING SCENARIOS

function mlReasoning(S: string) {
  const rng = new Rng(SEED, S);
  const sysBy: Record<string, string[]> = {
    tr: ['Sen titiz bir matematik ve fen öğretmenisin.', 'Her soruyu bir sınav çözüm kitabı yazarı gibi cevaplarsın.'],
    vi: ['Bạn là một giáo viên cẩn thận, luôn giải thích cặn kẽ.', 'Bạn trả lời như người viết sách lời giải chi tiết.'],
    id: ['Kamu adalah guru yang teliti dan selalu menjelaskan secara rinci.', 'Jawablah seperti penulis buku pembahasan soal.'],
    pl: ['Jesteś skrupulatnym nauczycielem, który zawsze tłumaczy dokładnie.', 'Odpowiadasz jak autor zbioru rozwiązań z pełnym omówieniem.'],
    ar: ['أنت معلم دقيق تشرح دائماً بالتفصيل.', 'أجب كما يكتب مؤلف كتاب حلول مفصلة.'],
  };
  for (const lc of ['tr', 'vi', 'id', 'pl', 'ar']) {
    const lang = L(lc);
    for (let j = 0; j < 2; j++) {
      const k = newKey(rng, S, 'distill', 'reasoning-multilingual'); const net = cloudNet(rng, rng.pick(['US', 'NL', 'DE', 'SG']));
      const reasons = rng.sample(lang.reason, 3); const sys = sysBy[lc][j];
      const model = rng.pick(['gpt-4.1', 'o4-mini']);
      const n = rng.int(150, 200);
      const start = T0 + rng.int(0, 10 * 3600) * SEC;
      let t = start;
      for (let i = 0; i < n; i++) {
        t += rng.logn((T1 - start) / n / SEC, 0.5) * SEC;
        const q = rng.chance(0.45) ? mathProblem(rng, lang, true) : hardQuestion(rng, lang);
        const user = `${q}\n\n${rng.pick(reasons)}`;
        const mt = rng.pick([4096, 8192]);
        chat(k, net, t, { model, messages: [{ role: 'system', content: sys }, { role: 'user', content: user }], max_tokens: model === 'o4-mini' ? undefined : mt, max_completion_tokens: model === 'o4-mini' ? mt : undefined, temperature: model === 'o4-mini' ? undefined : rng.pick([0.7, 1.0]), n: rng.chance(0.2) ? 2 : undefined }, capOut(rng, 1500, 0.4, mt, 300));
      }
    }
  }
}

function logprobExtract(S: string) {
  const rng = new Rng(SEED, S);
  const codes = Object.keys(LANGS);
  const passage = (l: Lang, n: number) => {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) { const r = rng.next(); parts.push(r < 0.4 ? rng.pick(l.sentences) : r < 0.6 ? l.answer(rng.pick(l.topics)) : r < 0.8 ? rng.pick(l.chat) : mathProblem(rng, l)); }
    return parts.join(' ');
  };
  // (a) chat next-token distributions: short outputs, top_logprobs=20
  for (let j = 0; j < 2; j++) {
    const k = newKey(rng, S, 'distill', 'logprobs'); const net = cloudNet(rng, 'US');
    const n = rng.int(280, 340);
    const times = workerSchedule(rng, n, T0 + rng.int(2, 40) * HOUR, 2, () => rng.logn(500, 0.6) * SEC / 2);
    for (let i = 0; i < n; i++) {
      const l = L(rng.pick(codes));
      const text = passage(l, rng.int(1, 4));
      const cut = text.slice(0, Math.max(10, Math.floor(text.length * (0.3 + 0.6 * rng.next()))));
      const mt = rng.pick([1, 1, 1, 2, 5, 16]);
      chat(k, net, times[i], { model: 'gpt-4.1', messages: rng.chance(0.5) ? [{ role: 'system', content: 'Continue the text exactly where it stops.' }, { role: 'user', content: cut }] : [{ role: 'user', content: rng.chance(0.5) ? hardQuestion(rng, l) : rng.pick(l.explain)(rng.pick(l.topics)) }], max_tokens: mt, temperature: rng.pick([0, 1]), logprobs: true, top_logprobs: 20 }, mt);
    }
  }
  // (b) legacy completions with echo: score whole passages (teacher forcing), several per request
  for (let j = 0; j < 2; j++) {
    const k = newKey(rng, S, 'distill', 'logprobs'); const net = cloudNet(rng, 'NL');
    const n = rng.int(280, 340);
    const times = workerSchedule(rng, n, T0 + rng.int(2, 40) * HOUR, 2, () => rng.logn(500, 0.6) * SEC / 2);
    for (let i = 0; i < n; i++) {
      const batch = rng.chance(0.5) ? rng.int(2, 8) : 1;
      const ps: string[] = []; for (let b = 0; b < batch; b++) ps.push(passage(L(rng.pick(codes)), rng.int(2, 8)));
      completions(k, net, times[i], { model: rng.pick(['gpt-3.5-turbo-instruct', 'davinci-002']), prompt: batch === 1 ? ps[0] : ps, echo: true, logprobs: 5, max_tokens: rng.pick([0, 0, 1]), temperature: 0 }, 1);
    }
  }
}

function embedHarvest(S: string) {
  const rng = new Rng(SEED, S);
  const codes = Object.keys(LANGS);
  const item = () => {
    const l = L(rng.pick(codes)); const r = rng.next(); const tp = rng.pick(l.topics);
    return r < 0.25 ? rng.pick(l.explain)(tp) : r < 0.45 ? `${rng.pick(l.sentences)} ${rng.pick(l.sentences)}` : r < 0.6 ? hardQuestion(rng, l) : r < 0.75 ? `${rng.pick(l.chat)} ${rng.pick(l.followups)}` : r < 0.9 ? mathProblem(rng, l, rng.chance(0.5)) : l.answer(tp);
  };
  for (let j = 0; j < 5; j++) {
    const k = newKey(rng, S, 'distill', 'embeddings'); const net = cloudNet(rng, rng.pick(['US', 'NL', 'SG']));
    const n = rng.int(140, 200);
    const start = T0 + rng.int(0, 20) * HOUR;
    let t = start;
    const model = rng.pick(['text-embedding-3-large', 'text-embedding-3-small']);
    for (let i = 0; i < n; i++) {
      t += rng.logn((T1 - start) / n / SEC, 0.3) * SEC;
      const m = rng.pick([64, 96, 128, 128, 160]);
      const input: string[] = []; for (let x = 0; x < m; x++) input.push(item());
      embeddings(k, net, t, { model, input, encoding_format: rng.chance(0.7) ? 'base64' : 'float', dimensions: model === 'text-embedding-3-large' ? rng.pick([3072, 3072, 1024]) : undefined });
    }
  }
}

function hydra(S: string) {
  const rng = new Rng(SEED, S);
  const pop: [string, number][] = [['tr', 10], ['vi', 10], ['id', 10], ['pl', 6], ['ar', 8], ['hi', 5], ['hi-Latn', 4], ['ja', 6], ['pt', 8], ['ru', 8], ['es', 7], ['ko', 3], ['th', 3], ['en', 6], ['zh', 3]];
  const proxyCountries = ['US', 'BR', 'IN', 'ID', 'VN', 'TR', 'PL', 'MX', 'DE', 'EG', 'PH', 'NG'];
  const fmt = ['', '\n\n---\n', '\n\n', '\n\n### ', ' ', '\n\n> '];
  for (let h = 0; h < 210; h++) {
    const lang = L(rng.weighted(pop));
    const route = rng.weighted<string>([['chat', 65], ['responses', 20], ['messages', 15]]);
    const k = newKey(rng, S, 'distill', 'hydra', route === 'messages' ? 'anthropic' : 'openai');
    const nets: Net[] = []; const nn = rng.int(1, 3);
    for (let i = 0; i < nn; i++) nets.push(homeNet(rng, rng.chance(0.7) ? rng.pick(lang.countries) : rng.pick(proxyCountries)));
    // per-key paraphrased wrapper
    const rs = rng.sample(lang.reason, Math.min(2, lang.reason.length));
    if (rng.chance(0.7)) rs.splice(rng.int(0, rs.length), 0, rng.pick(OPENERS[lang.code]));
    if (rng.chance(0.3)) rs.push(`(${LANG_NAME[lang.code]})`);
    const joiner = rng.pick([' ', '\n', '\n- ', ' ']);
    let wrapper = (joiner === '\n- ' ? '- ' : '') + rs.join(joiner);
    if (rng.chance(0.3)) wrapper = wrapper.replace(/[.。।]\s*$/, '');
    if (rng.chance(0.2)) wrapper = rng.pick(['[!] ', '>> ', '*** ', 'NOTE: ']) + wrapper;
    const placement = rng.weighted<string>([['system', 4], ['prefix', 3], ['suffix', 3]]);
    const sep = rng.pick(fmt);
    const model = route === 'messages' ? rng.pick(['claude-sonnet-4-5', 'claude-opus-4-1']) : rng.pick(['gpt-4.1', 'gpt-4o', 'o4-mini']);
    const temp = rng.pick([undefined, 0.3, 0.5, 0.7, 0.8, 1.0]);
    const maxT = rng.pick([1500, 2048, 3000, 4096, 6000, undefined]);
    const topP = rng.chance(0.2) ? rng.pick([0.9, 0.95]) : undefined;
    const n = rng.int(8, 28);
    let made = 0;
    while (made < n) {
      let t = sampleTime(rng, CONSUMER, lang.tz, 1);
      const burst = Math.min(n - made, rng.int(1, 5));
      for (let b = 0; b < burst; b++, made++) {
        const q = rng.chance(0.4) ? mathProblem(rng, lang, rng.chance(0.5)) : hardQuestion(rng, lang);
        const user = placement === 'prefix' ? `${wrapper}${sep}${q}` : placement === 'suffix' ? `${q}${sep}${wrapper}` : q;
        const sys = placement === 'system' ? wrapper : undefined;
        const cap = maxT ?? 4096;
        const out = capOut(rng, 1100, 0.45, cap, 200);
        const tt = rng.chance(0.25) ? rng.pick([0.6, 0.9, 1.1]) : temp;
        const net = rng.pick(nets);
        if (route === 'chat') chat(k, net, t, { model, messages: sys ? [{ role: 'system', content: sys }, { role: 'user', content: user }] : [{ role: 'user', content: user }], temperature: model === 'o4-mini' ? undefined : tt, top_p: topP, max_tokens: model === 'o4-mini' ? undefined : maxT, max_completion_tokens: model === 'o4-mini' ? maxT : undefined, presence_penalty: rng.chance(0.1) ? 0.3 : undefined }, out);
        else if (route === 'responses') { const rm = rng.pick(['o4-mini', 'gpt-4.1']); responses(k, net, t, { model: rm, instructions: sys, input: user, max_output_tokens: maxT, reasoning: rm === 'o4-mini' ? { effort: rng.pick(['medium', 'high']) } : undefined, temperature: rm === 'o4-mini' ? undefined : tt }, out); }
        else messages(k, net, t, { model, max_tokens: maxT ?? 4096, system: sys, messages: [{ role: 'user', content: user }], temperature: tt, top_p: topP && tt === undefined ? topP : undefined }, out);
        t += rng.logn(45, 0.6) * SEC;
      }
    }
  }
}

function toolTrajectories(S: string) {
  const rng = new Rng(SEED, S);
  const codes = ['en', 'tr', 'vi', 'id', 'pl', 'ar', 'ja', 'pt', 'ru', 'es', 'hi'];
  const mkTools = (r: Rng): { name: string; desc: string; params: string[] }[] => {
    const out: { name: string; desc: string; params: string[] }[] = [];
    for (const [dom, names, args] of r.sample(TOOL_DOMAINS, r.int(1, 3))) for (const nm of r.sample(names, r.int(2, names.length))) {
      const suffix = r.chance(0.3) ? '_' + r.pick(['v2', 'ex', 'api', 'tool', 'fn']) : '';
      out.push({ name: nm + suffix, desc: `${nm.replace(/_/g, ' ')} (${dom})`, params: r.sample(args, r.int(1, args.length)) });
    }
    return out;
  };
  for (let j = 0; j < 4; j++) {
    const anth = j >= 2;
    const k = newKey(rng, S, 'distill', 'tool-trajectories', anth ? 'anthropic' : 'openai'); const net = cloudNet(rng, rng.pick(['US', 'SG', 'DE']));
    const trajs = rng.int(60, 80);
    const times = workerSchedule(rng, trajs, T0 + rng.int(0, 12) * HOUR, 1, () => rng.logn(2400, 0.4) * SEC);
    for (let tr = 0; tr < trajs; tr++) {
      const lang = L(rng.pick(codes));
      const tl = mkTools(rng);
      const prompt = rng.chance(0.5) ? rng.pick(lang.work) + ' ' + paragraph(rng, lang, 2) : rng.chance(0.5) ? rng.pick(lang.support) : rng.pick(lang.chat);
      const schema = (p: string[]) => ({ type: 'object', properties: Object.fromEntries(p.map(x => [x, { type: x.includes('days') || x.includes('quantity') || x.includes('amount') || x.includes('limit') ? 'number' : 'string' }])), required: p.slice(0, 1) });
      const oaTools = tl.map(x => ({ type: 'function', function: { name: x.name, description: x.desc, parameters: schema(x.params) } }));
      const anTools = tl.map(x => ({ name: x.name, description: x.desc, input_schema: schema(x.params) }));
      const steps = rng.int(2, 5);
      let t = times[tr];
      const msgs: any[] = [{ role: 'user', content: prompt }];
      const sys = `Solve the user's request using the available tools. Think out loud before each tool call and explain your plan. Answer in ${LANG_NAME[lang.code]}.`;
      for (let s = 0; s < steps; s++) {
        const out = capOut(rng, 260, 0.5, 2048, 40);
        if (anth) messages(k, net, t, { model: 'claude-sonnet-4-5', max_tokens: 2048, system: sys, tools: anTools, tool_choice: s === 0 ? { type: 'any' } : { type: 'auto' }, messages: msgs.slice() }, out);
        else chat(k, net, t, { model: 'gpt-4.1', messages: [{ role: 'system', content: sys }, ...msgs], tools: oaTools, tool_choice: s === 0 ? 'required' : 'auto', temperature: rng.pick([0.2, 0.7, 1.0]), max_tokens: 2048 }, out);
        const calls = rng.sample(tl, rng.int(1, Math.min(3, tl.length)));
        const args = (c: { params: string[] }) => Object.fromEntries(c.params.map(p => [p, rng.chance(0.5) ? rng.int(1, 500) : rng.pick(lang.topics).slice(0, 20)]));
        const results = calls.map(() => JSON.stringify({ ok: true, data: [{ id: rng.str(8), value: rng.int(1, 9999), note: rng.pick(lang.sentences) }] }));
        if (anth) {
          const blocks = calls.map(c => ({ type: 'tool_use', id: 'toolu_' + rng.str(24), name: c.name, input: args(c) }));
          msgs.push({ role: 'assistant', content: [{ type: 'text', text: rng.pick(lang.reason) }, ...blocks] });
          msgs.push({ role: 'user', content: blocks.map((b, i) => ({ type: 'tool_result', tool_use_id: b.id, content: results[i] })) });
        } else {
          const tc = calls.map(c => ({ id: 'call_' + rng.str(24), type: 'function', function: { name: c.name, arguments: JSON.stringify(args(c)) } }));
          msgs.push({ role: 'assistant', content: null, tool_calls: tc });
          tc.forEach((c, i) => msgs.push({ role: 'tool', tool_call_id: c.id, content: results[i] }));
        }
        t += rng.int(400, 2500);
      }
    }
  }
}

function thinkingHarvest(S: string) {
  const rng = new Rng(SEED, S);
  const codes = ['ja', 'ko', 'zh', 'ru', 'pl', 'tr', 'ar', 'vi', 'en'];
  // 4 concurrent slots; each slot's key is replaced roughly every 18-30 hours
  for (let slot = 0; slot < 4; slot++) {
    let t = T0 + rng.int(0, 6 * 3600) * SEC;
    while (t < T1) {
      const k = newKey(rng, S, 'distill', 'extended-thinking', 'anthropic'); const net = cloudNet(rng, rng.pick(['US', 'DE', 'SG', 'NL']));
      const end = t + rng.int(18, 30) * HOUR;
      const budget = rng.pick([16000, 24000, 32000]);
      const langs = rng.sample(codes, 3);
      while (t < end && t < T1) {
        const l = L(rng.pick(langs));
        const q = rng.chance(0.5) ? mathProblem(rng, l, true) + ' ' + rng.pick(l.reason) : hardQuestion(rng, l);
        const out = capOut(rng, budget * 0.55 + 1500, 0.35, budget + 8000, 1000);
        messages(k, net, t, { model: rng.pick(['claude-opus-4-1', 'claude-sonnet-4-5']), max_tokens: budget + 8000, thinking: { type: 'enabled', budget_tokens: budget }, messages: [{ role: 'user', content: q }] }, out);
        t += rng.logn(720, 0.5) * SEC;
      }
      t += rng.int(5, 90) * MIN;
    }
  }
}

function curriculumSweep(S: string) {
  const rng = new Rng(SEED, S);
  const sys = 'You are a patient tutor for school students. Explain step by step, number each step, show every calculation and check understanding at the end. Answer in the language of the question.';
  for (const codes of [['tr', 'vi', 'id'], ['ar', 'hi', 'pt'], ['pl', 'ru', 'es']]) {
    const k = newKey(rng, S, 'distill', 'edu-mimic'); const net = cloudNet(rng, 'SG');
    const grid: { l: Lang; q: string }[] = [];
    for (const c of codes) { const l = L(c); for (const tp of l.topics) for (const ex of l.explain) grid.push({ l, q: ex(tp) }); for (let i = 0; i < 40; i++) grid.push({ l, q: mathProblem(rng, l) }); }
    rng.shuffle(grid);
    const n = Math.min(grid.length, rng.int(200, 240));
    let t = T0 + rng.int(0, 3 * 3600) * SEC;
    for (let i = 0; i < n; i++) {
      const { l, q } = grid[i];
      const msgs: any[] = [{ role: 'system', content: sys.replace('school students', `grade ${rng.int(6, 12)} students`) }, { role: 'user', content: q }];
      chat(k, net, t, { model: 'gpt-4o', messages: msgs.slice(), temperature: 0.7, max_tokens: 2048, user: 'stu_' + rng.str(10) }, capOut(rng, 650, 0.35, 2048, 100));
      if (rng.chance(0.35)) { // a scripted "follow-up" sent seconds later
        msgs.push({ role: 'assistant', content: reply(rng, l) }, { role: 'user', content: l.followups[2] });
        chat(k, net, t + rng.int(3, 9) * SEC, { model: 'gpt-4o', messages: msgs.slice(), temperature: 0.7, max_tokens: 2048, user: 'stu_' + rng.str(10) }, capOut(rng, 600, 0.35, 2048, 100));
      }
      t += rng.logn(600, 0.35) * SEC * (0.85 + 0.3 * weightAt(t, STUDENT, l.tz, 1));
    }
  }
}

function parallelParaphrase(S: string) {
  const rng = new Rng(SEED, S);
  const pr = new Rng(SEED, S + ':seedset');
  const seedset: { kind: number; a: number; b: number; c: number; topic: number; frame: number }[] = [];
  for (let i = 0; i < 95; i++) { const kind = pr.int(0, 5); const a = pr.int(3, 60), x = pr.int(-9, 30), b = pr.int(2, 40); seedset.push({ kind, a, b, c: kind === 4 ? a * x + b : pr.int(2, 30), topic: pr.int(0, 7), frame: pr.int(0, 1) }); }
  const codes = ['tr', 'vi', 'id', 'pl', 'ar', 'hi', 'ja', 'pt', 'ru', 'es'];
  const topicIdx = [0, 2, 3, 4, 5, 8, 10, 11]; // roughly parallel topics across the banks
  codes.forEach((c, ci) => {
    const l = L(c);
    const k = newKey(rng, S, 'distill', 'parallel-paraphrase'); const net = cloudNet(rng, rng.pick(['US', 'DE', 'JP', 'SG', 'BR', 'IN']));
    const reason = rng.pick(l.reason);
    const order = rng.shuffle(seedset.slice());
    let t = T0 + (ci * 7 % 24) * HOUR + rng.int(0, 3600) * SEC;
    for (const it of order) {
      const q = it.kind < 5 ? l.math[it.kind](it.kind === 1 ? it.a + it.b : it.kind === 3 ? it.a * 100 : it.a, it.kind === 3 ? [10, 20, 30][it.b % 3] : it.b, it.c) : l.hard[it.frame](l.topics[topicIdx[it.topic]]);
      chat(k, net, t, { model: 'gpt-4.1', messages: [{ role: 'user', content: `${q}\n\n${reason}` }], temperature: 0.6, max_tokens: 4096 }, capOut(rng, 1000, 0.4, 4096, 150));
      t += rng.logn(1500, 0.5) * SEC;
    }
  });
}

function rotatingBurst(S: string) {
  const rng = new Rng(SEED, S);
  const codes = ['pt', 'es', 'id', 'vi', 'tr'];
  let t = T0 + rng.int(1, 5) * HOUR;
  while (t < T1 - 2 * HOUR) {
    const k = newKey(rng, S, 'distill', 'key-rotation'); const net = cloudNet(rng, rng.pick(['US', 'NL', 'SG', 'BR']));
    const n = rng.int(70, 130);
    const times = workerSchedule(rng, n, t, rng.int(6, 12), () => rng.logn(20, 0.4) * SEC);
    for (let i = 0; i < n; i++) {
      const l = L(rng.pick(codes));
      const q = `${l.hard[3](rng.pick(l.topics))} ${rng.pick(l.reason)}`;
      chat(k, net, times[i], { model: 'gpt-4.1', messages: [{ role: 'user', content: q }], temperature: 1, max_tokens: 3000 }, capOut(rng, 1200, 0.35, 3000, 200));
    }
    t = times[n - 1] + rng.int(4, 10) * HOUR;
  }
}

function coverMixed(S: string) {
  const rng = new Rng(SEED, S);
  for (const [lc, cc] of [['id', 'ID'], ['vi', 'VN']] as [string, string][]) {
    const lang = L(lc); const k = newKey(rng, S, 'distill', 'cover-traffic'); const net = cloudNet(rng, cc);
    const sys = lc === 'id' ? 'Kamu adalah asisten AI yang ramah. Jawab dalam bahasa pengguna.' : 'Bạn là trợ lý AI thân thiện. Hãy trả lời bằng ngôn ngữ của người dùng.';
    for (let s = 0; s < 130; s++) { // genuine-looking app traffic
      let t = sampleTime(rng, CONSUMER, lang.tz, 1);
      const msgs: any[] = [{ role: 'system', content: sys }, { role: 'user', content: rng.pick(lang.chat) }];
      for (let i = 0; i < rng.weighted<number>([[1, 60], [2, 30], [3, 10]]); i++) {
        chat(k, net, t, { model: 'gpt-4o-mini', messages: msgs.slice(), temperature: 0.8, stream: true }, capOut(rng, 250, 0.6, 4096, 20));
        msgs.push({ role: 'assistant', content: reply(rng, lang) }, { role: 'user', content: rng.pick(lang.followups) });
        t += rng.logn(50, 0.8) * SEC;
      }
    }
    // background job in the local night: reasoning prompts through the same key and IP
    for (let d = 0; d < DAYS; d++) {
      let t = T0 + d * DAY + ((24 + 1 - lang.tz) % 24) * HOUR + rng.int(0, 1800) * SEC;
      const end = t + rng.int(3, 4) * HOUR;
      while (t < end) {
        const l = rng.chance(0.7) ? lang : L(rng.pick(['en', 'vi', 'id']));
        chat(k, net, t, { model: 'gpt-4o-mini', messages: [{ role: 'system', content: sys }, { role: 'user', content: `${rng.chance(0.5) ? hardQuestion(rng, l) : mathProblem(rng, l, true)}\n${rng.pick(l.reason)}` }], temperature: 0.8, max_tokens: 4096 }, capOut(rng, 1100, 0.4, 4096, 200));
        t += rng.logn(150, 0.4) * SEC;
      }
    }
  }
}

function relayResample(S: string) {
  const rng = new Rng(SEED, S);
  const suffix: Record<string, string> = { vi: 'Hãy giải thích lập luận của bạn thật chi tiết.', th: 'อธิบายเหตุผลอย่างละเอียด', id: 'Jelaskan penalaranmu secara rinci.' };
  for (const [lc, cc] of [['vi', 'VN'], ['th', 'TH'], ['id', 'ID']] as [string, string][]) {
    const lang = L(lc); const k = newKey(rng, S, 'distill', 'prompt-relay'); const net = cloudNet(rng, 'SG');
    for (let i = 0; i < 200; i++) {
      const t = sampleTime(rng, CONSUMER, lang.tz, 1);
      const p = rng.chance(0.6) ? rng.pick(lang.chat) : rng.pick(lang.explain)(rng.pick(lang.topics));
      chat(k, net, t, { model: 'gpt-4.1', messages: [{ role: 'user', content: `${p}\n\n${suffix[lc]}` }], n: 4, temperature: 1.0, logprobs: true, top_logprobs: 5, max_tokens: 2048 }, capOut(rng, 700, 0.4, 2048, 100));
    }
  }
}

function responsesHarvest(S: string) {
  const rng = new Rng(SEED, S);
  for (const lc of ['ru', 'pl', 'tr', 'pt']) {
    const l = L(lc); const k = newKey(rng, S, 'distill', 'responses-reasoning'); const net = cloudNet(rng, rng.pick(['US', 'NL', 'FI']));
    const instr = rng.sample(l.reason, 2).join(' ');
    let t = T0 + rng.int(0, 8) * HOUR;
    const n = rng.int(130, 170);
    for (let i = 0; i < n; i++) {
      const q = rng.chance(0.5) ? hardQuestion(rng, l) : mathProblem(rng, l, true);
      responses(k, net, t, { model: 'o4-mini', instructions: instr, input: q, reasoning: { effort: 'high', summary: 'detailed' }, include: ['reasoning.encrypted_content'], store: false, max_output_tokens: 16000 }, capOut(rng, 3500, 0.5, 16000, 400));
      t += rng.logn((T1 - t) / (n - i) / SEC, 0.3) * SEC;
    }
  }
}

function codeHarvest(S: string) {
  const rng = new Rng(SEED, S);
  const frames: Record<string, (task: string, pl: string) => string> = {
    ru: (task, pl) => `Реши задачу на ${pl}: ${task}\nСначала подробно опиши ход рассуждений и сложность алгоритма, затем дай полный код с комментариями на русском и тестами.`,
    zh: (task, pl) => `用${pl}解决以下问题：${task}\n请先详细说明思路和复杂度，然后给出带中文注释的完整代码和测试。`,
    ja: (task, pl) => `${pl}で次の問題を解いてください：${task}\nまず考え方と計算量を詳しく説明し、その後、日本語コメント付きの完全なコードとテストを書いてください。`,
    pt: (task, pl) => `Resolva em ${pl}: ${task}\nPrimeiro explique o raciocínio e a complexidade em detalhes, depois dê o código completo com comentários em português e testes.`,
  };
  const codes = Object.keys(frames);
  for (let j = 0; j < 3; j++) {
    const k = newKey(rng, S, 'distill', 'code-solutions'); const net = cloudNet(rng, rng.pick(['US', 'SG', 'HK']));
    const grid: string[] = [];
    for (const [, , doc] of CODE_TASKS) for (const pl of PROG_LANGS) grid.push(frames[rng.pick(codes)](doc, pl));
    rng.shuffle(grid);
    const n = rng.int(160, 200);
    const times = workerSchedule(rng, n, T0 + rng.int(0, 30) * HOUR, 1, () => rng.logn(700, 0.4) * SEC);
    for (let i = 0; i < n; i++) chat(k, net, times[i], { model: 'gpt-4.1', messages: [{ role: 'user', content: grid[i] }], temperature: 0.2, max_tokens: 4096 }, capOut(rng, 1400, 0.35, 4096, 200));
  }
}

// ---------------------------------------------------------------- run
const SCENARIOS: [string, (s: string) => void][] = [
  ['edu-tutor-multilingual', eduTutor],
  ['content-writer-agency', contentWriter],
  ['benchmark-oneoff-cot', benchOneoff],
  ['benchmark-nightly-fixed-set', benchNightly],
  ['code-eval-pass-at-k', passK],
  ['classifier-logprobs-logit-bias', classifier],
  ['translation-service', translation],
  ['office-shared-network', office],
  ['consumer-chat-apps', consumerChat],
  ['coding-assistant-long-conversations', codingAssistant],
  ['rag-support-bots', ragSupport],
  ['search-indexing-embeddings', searchIndexer],
  ['travel-agent-tools', travelAgent],
  ['legal-review-extended-thinking', legalThinking],
  ['fintech-responses-api', fintechResponses],
  ['byok-individuals', byokUsers],
  ['harvest-multilingual-reasoning', mlReasoning],
  ['harvest-logprobs-echo', logprobExtract],
  ['harvest-embeddings', embedHarvest],
  ['harvest-hydra-low-and-slow', hydra],
  ['harvest-tool-trajectories', toolTrajectories],
  ['harvest-extended-thinking', thinkingHarvest],
  ['harvest-edu-mimic-curriculum-sweep', curriculumSweep],
  ['harvest-parallel-cross-lingual', parallelParaphrase],
  ['harvest-key-rotation-bursts', rotatingBurst],
  ['harvest-cover-traffic-mixed', coverMixed],
  ['harvest-prompt-relay-resample', relayResample],
  ['harvest-responses-reasoning', responsesHarvest],
  ['harvest-code-solutions', codeHarvest],
];

const started = Date.now();
for (const [name, fn] of SCENARIOS) fn(name);
recs.sort((x, y) => x.r.ts - y.r.ts || x.seq - y.seq);
mkdirSync(OUT, { recursive: true });
const lines: string[] = new Array(recs.length);
for (let i = 0; i < recs.length; i++) lines[i] = JSON.stringify(recs[i].r);
writeFileSync(join(OUT, 'trace.jsonl'), lines.join('\n') + '\n');
const keysOut: Record<string, { scenario: string; class: Cls; family: string }> = {};
for (const k of keyMeta.values()) keysOut[k.key] = { scenario: k.scenario, class: k.cls, family: k.family };
writeFileSync(join(OUT, 'keys.json'), JSON.stringify(keysOut, null, 1) + '\n');

// summary on stderr
const per = new Map<string, { cls: Cls; keys: Set<string>; reqs: number }>();
for (const { r } of recs) {
  const m = keyMeta.get(r.key)!;
  let p = per.get(m.scenario); if (!p) { p = { cls: m.cls, keys: new Set(), reqs: 0 }; per.set(m.scenario, p); }
  p.keys.add(r.key); p.reqs++;
}
let hon = 0, dis = 0;
for (const [name] of SCENARIOS) { const p = per.get(name); if (!p) { process.stderr.write(`${name}: NO REQUESTS\n`); continue; } process.stderr.write(`${p.cls.padEnd(8)} ${name.padEnd(40)} keys=${String(p.keys.size).padStart(4)} requests=${String(p.reqs).padStart(6)}\n`); if (p.cls === 'honest') hon += p.reqs; else dis += p.reqs; }
process.stderr.write(`total requests=${recs.length} (honest ${hon}, distill ${dis}), keys=${keyMeta.size}, seed=${SEED}, ${((Date.now() - started) / 1000).toFixed(1)} s -> ${OUT}\n`);
