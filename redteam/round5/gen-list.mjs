// Many harvest prompts in one /v1/completions request (a prompt list: one answer per prompt, all at allow?).
// node gen-list.mjs NAME VARIANT[,..] HOURS GAP_SEC SEED
// variants: one (one prompt per request) | onepad (one padded prompt per request: control for list16pad) | list16 (16 distinct prompts per request) | list16pad (each prompt carries unique notes: C/P ~ 18)
//           list16real (each prompt carries a long unique "previous answer" excerpt so C/P ~ 1)
import { rng, int, T0, ask, filler, sortWrite } from "./lib.mjs";
const [name, variants, hoursA = "3", gapA = "12", seedA = "1"] = process.argv.slice(2);
const H = +hoursA, GAP = +gapA, seed = +seedA; const r = rng(seed); const ev = [], meta = [];
for (const v of variants.split(",")) {
  const key = `sk-r5-list-${v}-${seed}`; const ip = `100.${130 + variants.indexOf(v) % 50}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
  const k = v.startsWith("one") ? 1 : 16; let t = T0 + int(r, 0, 60000);
  while (t < T0 + H * 3600e3) {
    const prompts = []; let c = 0, pch = 0;
    for (let i = 0; i < k; i++) { const cc = int(r, 3000, 7000); c += cc; let q = ask(r);
      if (v === "list16pad" || v === "onepad") q = `${q}\n\nBackground notes I collected (may be incomplete):\n${filler(r, Math.ceil(cc / 18 * 0.75))}`;
      if (v === "list16real") q = `Earlier draft for reference:\n${filler(r, Math.round(cc / 1.3))}\n\n${q}`;
      pch += q.length; prompts.push(q); }
    ev.push({ ts: t, key, ip, asn: 7922, country: "US", method: "POST", path: "/v1/completions", body: { model: "gpt-3.5-turbo-instruct", prompt: k === 1 ? prompts[0] : prompts, max_tokens: 7000 }, usage: { prompt_tokens: Math.ceil(pch / 4), completion_tokens: c } });
    meta.push({ group: v, c }); t += Math.round(GAP * 1000 * k * (0.6 + 0.8 * r()));
  }
}
sortWrite(name, ev, meta);
