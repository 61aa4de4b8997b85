// R56-5 (measurement): a submitter key and a collector key of one batch group (docs/config.md,
// "Batch groups": "a submitter and a collector service"). The docs say the answers count for the
// creating key's detection; replay "does not check which key created the batch" and reads the
// results on the key that fetches them, so in replay the submitter's answers never come back,
// its unread later answers never fall, and it is degraded. An operator backtesting a policy on
// such a trace sees an honest customer degraded that the Worker (as documented) would not degrade.
import { rng, T0, writeTrace, replay, summarise, show, topReasons, tok, arrivals, OFFICE, PRO } from "./lib56.mjs";
import { doc } from "./texts56.mjs";
const SYS = "You enrich articles for a media monitoring archive. Return JSON with keys: summary (3 sentences), entities (organisations, people, places), topics, sentiment, and quotes (verbatim). Use the article's language for the summary.";
function trace(fetcher, seed = 565) {
  const r = rng(seed); const ev = []; const key = "sk-media-submitter"; let bid = 0;
  for (let day = 0; day < 4; day++) {
    const t = T0 + day * 86400e3 + 3600e3 + r.int(0, 600e3);
    const reqs = [], us = []; const n = r.int(700, 1100);
    for (let i = 0; i < n; i++) { const text = doc(r, r.pick(["en", "en", "de", "fr", "es", "pl"]), r.int(8, 24)); reqs.push({ custom_id: `${day}-${i}`, params: { model: "claude-sonnet-4-5", max_tokens: 1024, system: SYS, messages: [{ role: "user", content: text }] } }); us.push({ prompt_tokens: tok(SYS) + tok(text) + 8, completion_tokens: r.int(260, 700) }); }
    for (let b = 0; b < Math.ceil(n / 500); b++) {
      const id = `msgbatch_${++bid}`; const ts = t + b * 70e3; // second batch after the rpm window
      ev.push({ ts, key, ip: "198.51.100.60", method: "POST", path: "/v1/messages/batches", body: { requests: reqs.slice(b * 500, b * 500 + 500) } });
      const done = ts + (1 + 3 * r.next()) * 3600e3;
      ev.push({ ts: done + 2000, key: fetcher === "self" ? key : "sk-media-collector", ip: "198.51.100.61", method: "GET", path: `/v1/messages/batches/${id}/results`, results: us.slice(b * 500, b * 500 + 500) });
    }
    for (const t2 of arrivals(r, T0 + day * 86400e3, 24, 5, OFFICE)) { const q = doc(r, "en", r.int(1, 3)); ev.push({ ts: t2, key, ip: "198.51.100.62", method: "POST", path: "/v1/messages", body: { model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: "What does this mean for our clients? " + q }] }, usage: { prompt_tokens: tok(q) + 20, completion_tokens: r.int(150, 500) } }); }
  }
  return ev;
}
const res = {};
for (const f of ["collector", "self"]) {
  const tr = writeTrace(`r56-5-${f}`, trace(f)); const dec = replay(tr, PRO); const per = summarise(tr, dec);
  console.log(f === "self" ? "control: the submitter fetches its own results" : "a collector key of the batch group fetches the results"); show(f, per);
  const s = per.get("sk-media-submitter"); console.log("    submitter reasons: " + topReasons(s, 4).join(" | "));
  res[f] = s;
}
const ok = res.collector.degraded > 0.5 * res.collector.n && res.self.degraded === 0;
console.log(ok ? "REPRODUCED" : "not reproduced");
