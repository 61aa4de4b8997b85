// round 71 shared helpers: seeded PRNG, composed text in several scripts, trace writing, replay.
import { writeFileSync, readFileSync, mkdirSync, createWriteStream } from "node:fs";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, "..", "..");
export const OUT = join(HERE, "out");
mkdirSync(OUT, { recursive: true });

export function rng(seed) {
  let s = seed >>> 0 || 1;
  const f = () => { s += 0x6d2b79f5; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  f.int = (a, b) => a + Math.floor(f() * (b - a + 1));
  f.pick = (arr) => arr[Math.floor(f() * arr.length)];
  f.gauss = () => { let u = 0, v = 0; while (u === 0) u = f(); v = f(); return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v); };
  return f;
}

const COMMON = "the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her she there been one all we their has would when who will more if no out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three".split(" ");
const DOMAINS = {
  docs: "install configure server client token endpoint cluster deploy version upgrade backup restore permission role webhook dashboard region latency quota billing invoice account workspace project pipeline build release rollback container volume network certificate domain proxy cache queue worker schedule retry timeout logs metrics alert integration plugin export import schema migration index query replica shard snapshot".split(" "),
  news: "election minister parliament budget inflation markets shares central bank rates storm flood wildfire earthquake striker league final coach transfer vaccine hospital study researchers startup funding merger lawsuit court verdict protest strike union airline airport railway tariff exports summit treaty ceasefire satellite launch museum festival film album award drought harvest".split(" "),
  forum: "anyone know why my setup keeps crashing after update tried everything thanks help please honestly recipe garden bike tires commute sourdough starter camera lens build guide budget gaming laptop fan noise landlord deposit advice cat vet kitten puppy training running marathon knee injury guitar chords beginner".split(" "),
  shop: "cotton linen wool leather waterproof jacket hoodie sneakers boots sandals backpack wallet lamp desk chair sofa cushion rug mug kettle blender knife skillet pan charger cable headphones speaker keyboard mouse monitor stand case black white navy grey olive beige small medium large pack set".split(" "),
};
function syl(r, cons, vows, n) { let w = ""; for (let i = 0; i < n; i++) w += r.pick(cons) + r.pick(vows); return w; }
export function name(r) { const w = syl(r, "bdfgklmnprstvz".split(""), "aeiou".split(""), r.int(2, 3)); return w[0].toUpperCase() + w.slice(1); }
export function enSentence(r, domain, n = r.int(8, 18)) {
  const D = DOMAINS[domain] || DOMAINS.docs; const out = [];
  for (let i = 0; i < n; i++) { const x = r(); out.push(x < 0.5 ? r.pick(COMMON) : x < 0.88 ? r.pick(D) : name(r)); }
  const s = out.join(" "); return s[0].toUpperCase() + s.slice(1) + ".";
}
export function enText(r, domain, sentences) { const a = []; for (let i = 0; i < sentences; i++) a.push(enSentence(r, domain)); return a.join(" "); }
const HAN = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴".split("");
function scriptWord(r, s) {
  switch (s) {
    case "es": return syl(r, "bcdfglmnprstv".split(""), ["a","e","i","o","u","ue","ia","ió"], r.int(1, 4));
    case "de": return syl(r, ["b","d","f","g","h","k","l","m","n","r","s","t","w","sch","st"], ["a","e","i","o","u","ä","ö","ü","ei","au"], r.int(1, 4));
    case "ru": return syl(r, "бвгдзклмнпрстфхцчшщ".split(""), "аеиоуыэюяё".split(""), r.int(1, 4));
    case "ja": { let w = ""; const n = r.int(2, 5); for (let i = 0; i < n; i++) w += r() < 0.5 ? String.fromCharCode(0x3041 + r.int(0, 82)) : r() < 0.5 ? String.fromCharCode(0x30a1 + r.int(0, 85)) : r.pick(HAN); return w; }
    case "zh": { let w = ""; const n = r.int(1, 3); for (let i = 0; i < n; i++) w += r.pick(HAN); return w; }
    case "ko": { let w = ""; const n = r.int(2, 4); for (let i = 0; i < n; i++) w += String.fromCharCode(0xac00 + r.int(0, 11171)); return w; }
    case "ar": { let w = ""; const n = r.int(3, 7); for (let i = 0; i < n; i++) w += String.fromCharCode(0x0627 + r.int(0, 35)); return w; }
    case "th": { let w = ""; const n = r.int(3, 8); for (let i = 0; i < n; i++) w += String.fromCharCode(0x0e01 + r.int(0, 45)); return w; }
    case "hi": { let w = ""; const n = r.int(2, 5); for (let i = 0; i < n; i++) w += String.fromCharCode(0x0915 + r.int(0, 36)) + (r() < 0.5 ? String.fromCharCode(0x093e + r.int(0, 10)) : ""); return w; }
    default: return r.pick(COMMON);
  }
}
export const LANGS = ["en", "es", "de", "ru", "ja", "zh", "ko", "ar", "th", "hi"];
export function langText(r, lang, words, domain = "docs") {
  if (lang === "en") { const n = Math.max(1, Math.round(words / 12)); return enText(r, domain, n); }
  const sep = lang === "zh" || lang === "ja" || lang === "th" ? "" : " ";
  const a = []; for (let i = 0; i < words; i++) { a.push(r() < 0.08 ? r.pick(DOMAINS[domain] || DOMAINS.docs) : scriptWord(r, lang)); if (i % 12 === 11) a.push(lang === "zh" || lang === "ja" ? "。" : "."); }
  return a.join(sep);
}
export function query(r, domain) { const D = DOMAINS[domain] || DOMAINS.docs; const n = r.int(2, 5); const a = []; for (let i = 0; i < n; i++) a.push(r() < 0.7 ? r.pick(D) : r() < 0.5 ? r.pick(COMMON) : name(r).toLowerCase()); return a.join(" "); }
export const toks = (s) => Math.max(1, Math.ceil(s.length / 4));

// a diurnal weight: 0.25 at night, 1 at 14:00
export const diurnal = (h) => 0.25 + 0.75 * Math.max(0, Math.sin(Math.PI * ((h - 6) / 16))) ** 1.5 * (h >= 6 && h <= 22 ? 1 : 0);
export const T0 = Date.UTC(2026, 11, 14, 0, 0, 0);

export function keyMeta(i) { return { ip: `10.${71}.${i}.${10 + i}`, asn: 64600 + i, country: "US" }; }
export function embedEvent(ts, key, meta, model, inputs, extra = {}) {
  const pt = inputs.reduce((s, x) => s + toks(x), 0);
  return { ts: Math.round(ts), key, ...meta, method: "POST", path: "/v1/embeddings", body: { model, input: inputs.length === 1 && extra.single ? inputs[0] : inputs, encoding_format: "base64", ...(extra.body || {}) }, usage: { prompt_tokens: pt, completion_tokens: 0 } };
}

export const POLICY = join(OUT, "policy-pro.json");
writeFileSync(POLICY, JSON.stringify({ defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 64 } }));
const NODE22 = join(ROOT, "scripts", "node22.mjs");

// write events (sorted) to a trace, replay, return per-key stats
export function replay(tag, events) {
  events.sort((a, b) => a.ts - b.ts);
  const trace = join(OUT, `${tag}.trace.jsonl`), out = join(OUT, `${tag}.decisions.jsonl`);
  const ws = []; for (const e of events) ws.push(JSON.stringify(e)); writeFileSync(trace, ws.join("\n") + "\n");
  execFileSync(process.execPath, [NODE22, join(ROOT, "scripts", "replay.ts"), "--trace", trace, "--out", out, "--policy", POLICY], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], timeout: 900000, maxBuffer: 1 << 28 });
  const dec = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l));
  const per = {};
  for (const d of dec) {
    const e = events[d.i]; const k = d.key;
    const p = (per[k] ??= { key: k, req: 0, emb: 0, chat: 0, degraded: 0, embDegraded: 0, inputs: 0, inputsDegraded: 0, refused: 0, limited: 0, first: -1, max: 0, actions: {}, reasons: {} });
    p.req++; const isEmb = e.path === "/v1/embeddings"; const n = isEmb ? (Array.isArray(e.body.input) ? e.body.input.length : 1) : 0;
    if (isEmb) { p.emb++; p.inputs += n; } else p.chat++;
    p.actions[d.action] = (p.actions[d.action] || 0) + 1; p.max = Math.max(p.max, d.score || 0);
    if (d.limit) p.limited++;
    if (!d.served) p.refused++;
    // (thirty-ninth session: an input is cut only where the line says the request was served
    // degraded; a key at degrade without evidence of how it is driven gets its embeddings whole)
    if (d.served && d.degraded && isEmb) { p.embDegraded++; p.inputsDegraded += n; }
    if (d.served && (d.degraded || d.action === "degrade")) { p.degraded++; if (p.first < 0) p.first = p.req; for (const r of d.reasons || []) { const m = String(r).split(" ")[0]; p.reasons[m] = (p.reasons[m] || 0) + 1; } }
  }
  return per;
}
export function pct(a, b) { return b ? (100 * a / b).toFixed(1) : "0.0"; }
export function row(name, p) {
  const top = Object.entries(p.reasons).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k]) => k).join(",");
  return `${name.padEnd(26)} req ${String(p.req).padStart(6)} (emb ${String(p.emb).padStart(6)}) degraded ${pct(p.degraded, p.req).padStart(5)} % (emb inputs cut ${String(p.inputsDegraded).padStart(7)} of ${String(p.inputs).padStart(7)} = ${pct(p.inputsDegraded, p.inputs).padStart(5)} %) refused ${p.refused} limit ${p.limited} first#${p.first} max ${p.max.toFixed(2)} ${top}`;
}
