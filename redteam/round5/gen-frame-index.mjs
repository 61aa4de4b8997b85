// Framing an honest indexer: a document-search SaaS embeds what its customers upload, one document's chunks
// per batch (32 chunks), through one backend key. Its customers write Latin-script languages (80 % latin,
// 15 % latin+accents, 5 % cyrillic): one script per batch. The attacker signs up to the SaaS (no guard key)
// and uploads ordinary multilingual documents (a phrasebook, a product manual in 8 languages): chunked in
// order, each batch of such a document mixes scripts.
// node gen-frame-index.mjs NAME SHARE_PCT HOURS ATTACK_FROM_H ATTACK_TO_H SEED [DOCS_PER_DAY]
import { rng, pick, int, T0, SCRIPTS, text, sortWrite } from "./lib.mjs";
const [name, shareA = "30", hoursA = "48", fromA = "0", toA = "24", seedA = "1", dpdA = "3000"] = process.argv.slice(2);
const S = +shareA / 100, H = +hoursA, seed = +seedA, DPD = +dpdA; const r = rng(seed); const ev = [], meta = [];
const key = `sk-r5-indexer-${seed}`; const ip = "34.120.7.19"; const gap = 86400 / DPD;
let t = T0 + int(r, 0, 60000);
while (t < T0 + H * 3600e3) {
  const h = (t - T0) / 3600e3; const atk = h >= +fromA && h < +toA && r() < S; const input = []; let tok = 0;
  const docScript = r() < 0.8 ? "latin" : r() < 0.75 ? "accents" : "cyrillic";
  for (let i = 0; i < 32; i++) { const s = text(r, atk ? SCRIPTS[i % SCRIPTS.length] : docScript, int(r, 1, 2)); tok += Math.ceil(s.length / 3); input.push(s); }
  ev.push({ ts: t, key, ip, asn: 15169, country: "US", method: "POST", path: "/v1/embeddings", body: { model: "text-embedding-3-small", input }, usage: { prompt_tokens: tok, completion_tokens: 0 } });
  meta.push({ group: "indexer", role: atk ? "attacker-doc" : "customer-doc", in: 32 });
  // an ingestion queue: bursts when uploads arrive, busier in (US) office hours
  const hod = (h + 8) % 24; const busy = hod >= 13 && hod < 23 ? 0.6 : 1.8;
  t += Math.round(gap * 1000 * busy * -Math.log(1 - r() * 0.999));
}
sortWrite(name, ev, meta);
