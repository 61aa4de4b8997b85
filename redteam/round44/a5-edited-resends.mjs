// R44 A5: does "new payload" see through a one-character edit? One key, a 2-hour burst a day (10:00-11:58) for 3 days;
// day 1 all new; days 2-3 re-send day-1 payloads, every one edited: a character in the middle, the first or the last
// character, a trailing space, or one number changed. If an edit were read as the old payload, days 2-3 would read as a
// re-run (not challenged) while the model gets a (slightly) new question.
import { rng, Trace, replay, summarise, line, harvest, newPool, T0, H, DAY, MIN } from "./lib44.mjs";
const EDITS = {
  mid: (s) => { const k = Math.floor(s.length / 2); return s.slice(0, k) + (s[k] === "x" ? "y" : "x") + s.slice(k + 1); },
  head: (s) => (s[0] === "Z" ? "Y" : "Z") + s.slice(1),
  tail: (s) => s.slice(0, -1) + (s.endsWith("!") ? "?" : "!"),
  space: (s) => s + " ",
  number: (s, r) => s.replace(/\d+/, (m) => String(+m + 1 + r.int(0, 5))),
};
const out = {};
for (const [mode, edit] of Object.entries(EDITS)) {
  const r = rng(44); const t = new Trace(); const pool = newPool(); const name = `a5-edit-${mode}`;
  for (let d = 0; d < 3; d++) harvest(t, r, { key: "sk-x", start: T0 + d * DAY + 10 * H, end: T0 + d * DAY + 11 * H + 58 * MIN, pool, resend: d === 0 ? 0 : 1, edit, editNovel: true, group: name });
  t.write(name); out[mode] = summarise(replay(name), { days: 3 })[name]; console.log(line(name, out[mode]));
}
const blind = Object.entries(out).filter(([, s]) => s.challenged === 0).map(([m]) => m);
if (blind.length) console.log(`REPRODUCED: edits read as old payloads: ${blind.join(", ")}`);
else console.log(`not reproduced: every edit reads as a new payload (challenged at request ${Object.entries(out).map(([m, s]) => `${m} ${s.firstChallenge.split("/")[0]}`).join(", ")}, i.e. the 7th-30th request of day 2)`);
