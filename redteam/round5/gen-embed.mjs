// Embeddings harvest (distilling an embedding model from a multilingual dataset), one key.
// node gen-embed.mjs NAME VARIANT[,..] BATCH HOURS GAP_SEC SEED
// variants: mixed   (control: every batch sampled across 8 scripts, the documented mixed-batches shape)
//           sorted  (the same texts, each batch one script, scripts in rotation: documented known limit)
//           tokids  (the same mixed batches sent as token-ID arrays: the SDK default the docs exempt)
//           small   (mixed batches of 7 inputs: under the >= 8 read of mixed-batches)
//           tokidsj (tokids with irregular gaps and a 6 h pause a day: what a job queue on a shared cluster looks like)
import { rng, pick, int, T0, SCRIPTS, text, sortWrite } from "./lib.mjs";
const [name, variants, bA = "64", hoursA = "24", gapA = "11", seedA = "1"] = process.argv.slice(2);
const B0 = +bA, H = +hoursA, GAP = +gapA, seed = +seedA; const r = rng(seed); const ev = [], meta = [];
for (const v of variants.split(",")) {
  const key = `sk-r5-embed-${v}-${seed}`; const ip = `100.${100 + variants.indexOf(v) % 100}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
  const B = v === "small" ? 7 : B0; let t = T0 + int(r, 0, 60000); let batch = 0;
  while (t < T0 + H * 3600e3) {
    const sc = v === "sorted" ? SCRIPTS[batch % SCRIPTS.length] : null; let input, tok = 0;
    if (v.startsWith("tokids")) { input = []; for (let i = 0; i < B; i++) { const n = int(r, 16, 48); tok += n; input.push(Array.from({ length: n }, () => int(r, 100, 100000))); } }
    else { input = []; for (let i = 0; i < B; i++) { const s = text(r, sc ?? pick(r, SCRIPTS), int(r, 1, 2)); tok += Math.ceil(s.length / 3); input.push(s); } }
    ev.push({ ts: t, key, ip, asn: 16509, country: "US", method: "POST", path: "/v1/embeddings", body: { model: "text-embedding-3-large", input }, usage: { prompt_tokens: tok, completion_tokens: 0 } });
    meta.push({ group: v, in: B }); batch++;
    if (v === "tokidsj") { t += Math.round(GAP * 1000 * -Math.log(1 - r() * 0.999)); if (((t - T0) / 3600e3) % 24 >= 18) t += 6 * 3600e3; } else t += Math.round(GAP * 1000 * (0.6 + 0.8 * r()));
  }
}
sortWrite(name, ev, meta);
