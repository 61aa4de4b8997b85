import { harvestKey, replay, measure, fmt, lastReasons } from "./common.mjs";
const args = JSON.parse(process.argv[2]);
for (const [name, o] of Object.entries(args)) {
  const keys = o.keys ?? [{}];
  let ev = [];
  keys.forEach((k, i) => ev.push(...harvestKey({ ...o, ...k, key: `sk-${name}-${i}`, seed: (o.seed ?? 1) * 100 + i })));
  const res = replay(name, ev);
  console.log(fmt(name, measure(res)));
  if (o.verbose !== false) for (let i = 0; i < keys.length; i++) { const m = measure(res, (e) => e._h && e.key === `sk-${name}-${i}`); console.log(`   key ${i}: deg ${m.degradedPct}% full ${m.fullTokPct}% | ${lastReasons(res, `sk-${name}-${i}`)}`.slice(0, 600)); }
}
