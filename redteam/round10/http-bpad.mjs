// node http-bpad.mjs GUARD_URL ADMIN_TOKEN ARM [N] : N one-batch keys over HTTP against origin-batch.mjs (bounded: N keys, 2 requests
// each, 4 in flight, MAXS seconds). Each key: one Anthropic message batch of 30 long one-line asks (max_tokens 4096, no system
// prompt), results fetched at once. ARM plain = the 30 asks; pad4 = 4 cheap items ("Say OK.", max_tokens 16) first, then the 30 asks
// (run the origin with FIRST=4 so those 4 are answered in 10 tokens). Prints: batches created in full / degraded (x-guard-policy) /
// refused, split by the first and second half of the keys, and the keys' standings from the admin API.
const [G, ADM, ARM, NA = "200"] = process.argv.slice(2); const N = +NA, MAXS = +(process.env.MAXS ?? 600);
const tag = ARM + "-" + Date.now().toString(36); const A = { authorization: `Bearer ${ADM}`, "content-type": "application/json" };
const SUBJ = ["photosynthesis", "the French revolution", "quantum tunnelling", "monetary policy", "plate tectonics", "the immune system", "Byzantine art", "graph theory", "jazz harmony", "the Krebs cycle", "supply chains", "Roman law", "black holes", "game theory", "fermentation", "the Silk Road"];
const ASK = ["Write an essay on {s}.", "Explain {s} in depth.", "Give me a complete guide to {s}.", "Teach me {s} from scratch.", "Write a long article about {s}.", "Write lecture notes on {s}."];
let s = 11; const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff); const pick = (a) => a[Math.floor(rnd() * a.length)];
const keys = Array.from({ length: N }, (_, i) => ({ i, key: `sk-r10-${tag}-${i}`, ip: `${30 + (i * 7) % 190}.${(i * 37) % 250}.${(i * 11 + 3) % 250}.9` }));
const hdr = (k) => ({ "x-api-key": k.key, "anthropic-version": "2023-06-01", "cf-connecting-ip": k.ip, "content-type": "application/json" });
const st = { first: { full: 0, degraded: 0, refused: 0, other: 0 }, second: { full: 0, degraded: 0, refused: 0, other: 0 }, resultsLines: 0 }; const t0 = Date.now();
async function one(k) {
  const asks = Array.from({ length: 30 }, (_, j) => ({ custom_id: `q${j}`, params: { model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: pick(ASK).replace("{s}", pick(SUBJ)) + " " + pick(["for a high-school class", "with real-world examples", "in plain language", ""]) }] } }));
  const pads = ARM === "pad4" ? Array.from({ length: 4 }, (_, j) => ({ custom_id: `p${j}`, params: { model: "claude-haiku-4-5", max_tokens: 16, messages: [{ role: "user", content: pick(["Say OK.", "Reply with OK.", "ping"]) }] } })) : [];
  const r = await fetch(G + "/v1/messages/batches", { method: "POST", headers: hdr(k), body: JSON.stringify({ requests: [...pads, ...asks] }) }); const j = await r.json().catch(() => ({}));
  const h = k.i < N / 2 ? st.first : st.second;
  if (r.status === 200 && r.headers.get("x-guard-policy") === "degraded") h.degraded++; else if (r.status === 200) h.full++; else if (r.status === 403 || r.status === 429) h.refused++; else { h.other++; if (h.other < 3) console.error(r.status, JSON.stringify(j).slice(0, 200)); }
  if (j.id) { const rr = await fetch(G + `/v1/messages/batches/${j.id}/results`, { headers: hdr(k) }); const t = await rr.text(); st.resultsLines += t.split("\n").filter(Boolean).length; }
}
let next = 0; async function worker() { while (next < keys.length && Date.now() - t0 < MAXS * 1000) { const k = keys[next++]; await one(k).catch((e) => { st.first.other++; }); } }
await Promise.all([worker(), worker(), worker(), worker()]);
await new Promise((ok) => setTimeout(ok, 3000));
const views = { allow: 0, degrade: 0, challenge: 0, throttle: 0, block: 0, cohort: 0 }; let ex = null;
for (const k of keys) {
  const { keyId } = await (await fetch(G + "/admin/keys/lookup", { method: "POST", headers: A, body: JSON.stringify({ key: k.key }) })).json();
  const v = await (await fetch(G + "/admin/keys/" + keyId, { headers: A })).json(); const d = v.detection ?? {};
  views[d.standing ?? "allow"] = (views[d.standing ?? "allow"] ?? 0) + 1; if ((d.reasons ?? []).some((x) => /cohort/.test(x))) views.cohort++;
  if (!ex || (d.score ?? 0) > (ex.score ?? 0)) ex = { standing: d.standing, score: d.score, reasons: d.reasons };
}
console.log(JSON.stringify({ arm: ARM, keys: N, seconds: Math.round((Date.now() - t0) / 1000), ...st, views, topKey: ex }));
