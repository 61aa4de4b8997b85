// Long answers from one-line prompts (the amplify feature), and shapes whose usage the guard cannot see.
// node gen-amp.mjs NAME VARIANT[,VARIANT..] KEYS HOURS GAP_SEC SEED
// variants: plain | nomax | est | estnomax | pad | padnomax | bgresp | bgnomax | batch | batchsmall | thinking
import { rng, pick, int, T0, ask, filler, writeTrace } from "./lib.mjs";
const [name, variants, keysA = "2", hoursA = "3", gapA = "10", seedA = "1"] = process.argv.slice(2);
const K = +keysA, H = +hoursA, GAP = +gapA, seed = +seedA;
const r = rng(seed); const ev = []; const meta = [];
for (const v of variants.split(",")) {
  for (let k = 0; k < K; k++) {
    const key = `sk-r4-amp-${v}-${seed}-${k}`; const ip = `100.${64 + k}.${int(r, 0, 255)}.${int(r, 1, 254)}`; const asn = pick(r, [7922, 701, 3320, 5089, 12322]);
    let t = T0 + int(r, 0, 60000);
    while (t < T0 + H * 3600e3) {
      const c = int(r, 3000, 7000); const q = ask(r); let body, path, usage, inner = 1, cw = c;
      const pTok = Math.ceil(q.length / 4) + 8;
      if (v === "plain" || v === "est") { path = "/v1/chat/completions"; body = { model: "gpt-4o", messages: [{ role: "user", content: q }], max_tokens: 8000 }; usage = { prompt_tokens: pTok, completion_tokens: c }; }
      else if (v === "nomax" || v === "estnomax") { path = "/v1/chat/completions"; body = { model: "gpt-4o", messages: [{ role: "user", content: q }] }; usage = { prompt_tokens: pTok, completion_tokens: c }; }
      else if (v === "pad" || v === "padnomax") {
        // unique background text so that completion/prompt stays ~18x (under the documented 24x knee)
        const words = Math.ceil((c / 18) * 0.75);
        const content = `${q}\n\nBackground notes I collected (may be incomplete):\n${filler(r, words)}`;
        path = "/v1/chat/completions"; body = { model: "gpt-4o", messages: [{ role: "user", content }] }; if (v === "pad") body.max_tokens = 8000;
        usage = { prompt_tokens: Math.ceil(content.length / 4), completion_tokens: c };
      } else if (v === "bgresp" || v === "bgnomax") { path = "/v1/responses"; body = { model: "gpt-4o", input: q, background: true }; if (v === "bgresp") body.max_output_tokens = 8000; usage = undefined; }
      else if (v === "batch" || v === "batchsmall") {
        inner = 16; path = "/v1/messages/batches"; cw = 0;
        const requests = []; for (let i = 0; i < inner; i++) { const cc = v === "batch" ? int(r, 3000, 7000) : int(r, 1500, 1999); cw += cc; requests.push({ custom_id: `r${i}`, params: { model: "claude-sonnet-4-5", max_tokens: v === "batch" ? 8000 : 1999, messages: [{ role: "user", content: ask(r) }] } }); }
        body = { requests }; usage = undefined;
      } else if (v === "thinking") { path = "/v1/messages"; body = { model: "claude-sonnet-4-5", max_tokens: 20000, thinking: { type: "enabled", budget_tokens: 16000 }, messages: [{ role: "user", content: q }] }; usage = { prompt_tokens: pTok, completion_tokens: c }; }
      else throw new Error("variant " + v);
      if (v.startsWith("est")) usage = undefined;
      const e = { ts: t, key, ip, asn, country: "US", method: "POST", path, body }; if (usage) e.usage = usage;
      ev.push(e); meta.push({ group: v, c: cw, inner });
      t += Math.round(GAP * 1000 * (0.6 + 0.8 * r())) * (v.startsWith("batch") ? inner : 1);
    }
  }
}
const idx = ev.map((e, i) => i).sort((a, b) => ev[a].ts - ev[b].ts);
writeTrace(name, idx.map((i) => ev[i]), idx.map((i) => meta[i]));
