// R44 A3: a fresh key for every 2-hour burst (12 keys a day cover the 24 hours, each key one burst inside two UTC hours,
// machine pace, every payload new), 2 days = 24 keys. (a) the keys share the harvester's IP, ASN, system prompt and
// parameters; (b) each key its own /24, ASN, a paraphrased system prompt and its own max_tokens.
// Compared with one key doing the same 48 hours (naive). Linkage is the rule's only way to sustain such keys.
import { rng, Trace, replay, summarise, line, harvest, newPool, timeline, T0, H, DAY, MIN } from "./lib44.mjs";
const DAYS = 2;
const OPEN = ["You are Sage, a meticulous expert tutor.", "You are an exacting professor.", "Act as a careful senior teaching assistant.", "You are a patient subject-matter expert.", "Role: rigorous problem-solving coach.", "You are Atlas, an academic helper."];
const MID = ["Always reason carefully and completely", "Work through every problem thoroughly", "Be complete and precise in every derivation", "Never skip a step of the derivation", "Write out all of your working"];
const END = ["and finish with a clearly marked final answer.", "then state the result on its own line.", "and end with the answer in bold.", "and close with a one-line summary of the result.", "and box the final result."];
function run(name, separate, { sepNet = separate, sepSys = separate } = {}) {
  const r = rng(3); const t = new Trace(); const pool = newPool(); let k = 0;
  for (let d = 0; d < DAYS; d++) for (let slot = 0; slot < 12; slot++) {
    const start = T0 + d * DAY + slot * 2 * H, key = `sk-${name}-${k}`;
    const net = sepNet ? { ip: `198.${18 + (k % 200)}.${(k * 37) % 250}.${10 + k}`, asn: 64500 + k * 13, country: r.pick(["US", "DE", "NL", "SG", "BR", "IN"]) } : {};
    const sys = sepSys ? `${OPEN[k % OPEN.length]} ${MID[(k * 7) % MID.length]}, ${END[(k * 3) % END.length]} (${r.int(1, 999)})` : undefined;
    harvest(t, r, { key, start: start + r.int(0, 120000), end: start + 2 * H - r.int(60000, 180000), pool, group: name, net, sys, max: separate ? r.pick([3000, 3500, 4096, 6000, 8000]) : 4096, gapLo: separate ? 1500 + r.int(0, 2000) : 2000, gapHi: separate ? 5000 + r.int(0, 4000) : 6000 });
    k++;
  }
  t.write(name); const rows = replay(name); const s = summarise(rows, { days: DAYS })[name]; console.log(line(name, s)); return s;
}
const sh = run("a3-rotate-shared", false);
const sep = run("a3-rotate-separate", true);
const ipOnly = run("a3-rotate-sharedip-ownwrapper", true, { sepNet: false, sepSys: true });
const wrOnly = run("a3-rotate-ownip-sharedwrapper", true, { sepNet: true, sepSys: false });
const r = rng(3); const t = new Trace(); const pool = newPool();
harvest(t, r, { key: "sk-naive", start: T0, end: T0 + DAYS * DAY, pool, group: "a3-naive" });
t.write("a3-naive"); const nv = summarise(replay("a3-naive"), { days: DAYS })["a3-naive"]; console.log(line("a3-naive", nv));
for (const [n, s] of [["shared IP/wrapper", sh], ["separate networks and wrappers", sep], ["shared IP, own wrappers", ipOnly], ["own networks, shared wrapper", wrOnly]])
  console.log(`${n}: ${s.challenged} of ${s.keys} keys challenged, refused ${s.refusedPct}%, served/day ${s.servedPerDay} (full ${s.fullPerDay}) = ${(s.servedPerDay / nv.servedPerDay).toFixed(1)}x the naive key's (${nv.servedPerDay}/day, ${nv.refusedPct}% refused)`);
if (sep.challenged === 0 || sh.challenged === 0) console.log(`REPRODUCED: one burst per key keeps a round-the-clock harvest unchallenged: ${sep.challenged === 0 ? "own networks and wrappers: 0 challenged; " : ""}${ipOnly.challenged === 0 ? "one shared IP with a paraphrased wrapper and its own max_tokens per key: 0 challenged; " : ""}a shared wrapper: ${wrOnly.challenged} of ${wrOnly.keys} challenged (linkage)`);
else console.log("not reproduced: linkage sustains the rotated keys");
