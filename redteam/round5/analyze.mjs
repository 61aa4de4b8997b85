// node analyze.mjs NAME : joins out/NAME.dec.jsonl with traces/NAME.meta.jsonl.
// meta per line: group (key group), c (completion tokens the origin would produce), in (embedding inputs), role (who wrote the request: e.g. honest/attacker inside one framed key), u (useful to the attacker: 1 when the field it needs survives)
import fs from "node:fs";
const name = process.argv[2];
const dec = fs.readFileSync(new URL(`./out/${name}.dec.jsonl`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l));
const meta = fs.readFileSync(new URL(`./traces/${name}.meta.jsonl`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l));
const ORDER = ["allow", "limit", "throttle", "degrade", "challenge", "block"];
const g = new Map();
for (const d of dec) {
  const m = meta[d.i]; const grp = m.group + (m.role ? "/" + m.role : "");
  let s = g.get(grp); if (!s) { s = { keys: new Map(), req: 0, act: {}, full: 0, deg: 0, wanted: 0, maxScore: 0, inW: 0, inS: 0, inFull: 0, reasons: new Map() }; g.set(grp, s); }
  let k = s.keys.get(d.key); if (!k) { k = { n: 0, first: null, worst: "allow" }; s.keys.set(d.key, k); }
  k.n++; s.req++; s.act[d.action] = (s.act[d.action] ?? 0) + 1;
  const want = m.c ?? 0; s.wanted += want; s.maxScore = Math.max(s.maxScore, d.score ?? 0);
  s.inW += m.in ?? 0; if (d.served) s.inS += m.in ?? 0; if (d.served && !d.degraded) s.inFull += m.in ?? 0;
  if (["throttle", "degrade", "challenge", "block"].includes(d.action) && k.first === null) k.first = k.n;
  if (ORDER.indexOf(d.action) > ORDER.indexOf(k.worst)) k.worst = d.action;
  if (d.served && !d.degraded) s.full += want; else if (d.served && d.degraded) s.deg += Math.min(want, 512);
  if ((d.score ?? 0) >= s.maxScore) s.last = d.reasons;
}
for (const [grp, s] of g) {
  const keys = [...s.keys.values()]; const fl = keys.filter((k) => k.first !== null);
  const worst = {}; for (const k of keys) worst[k.worst] = (worst[k.worst] ?? 0) + 1;
  const firsts = fl.map((k) => k.first).sort((a, b) => a - b);
  let line = `${name} [${grp}] keys=${keys.length} req=${s.req} actions=${JSON.stringify(s.act)} worst=${JSON.stringify(worst)} flagged=${fl.length}/${keys.length} firstFlag(min/med)=${firsts[0] ?? "-"}/${firsts[Math.floor(firsts.length / 2)] ?? "-"} maxScore=${s.maxScore.toFixed(3)}`;
  if (s.wanted) line += ` completionWanted=${s.wanted} servedFull=${s.full} (${(100 * s.full / s.wanted).toFixed(1)}%) servedDegraded=${s.deg}`;
  if (s.inW) line += ` embedInputs=${s.inW} served=${s.inS} (${(100 * s.inS / s.inW).toFixed(1)}%) servedUndegraded=${s.inFull}`;
  console.log(line);
  if (process.env.REASONS) console.log(`   reasons at max score: ${JSON.stringify(s.last)}`);
}
