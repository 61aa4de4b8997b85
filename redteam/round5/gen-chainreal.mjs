// R4-1 revisited: the chain carries the key's previous payload AND the model's real previous answer
// (what the harvester just received), so every turn bills ~its answer's length as prompt: C/P ~ 1.
// node gen-chainreal.mjs NAME VARIANT[,..] KEYS HOURS GAP_SEC SEED
// variants: single (control) | chainstub (round-4 R4-1 recipe: stub answer) | chainreal | chainrealcot (+ CoT ask every turn)
//           chainreal16k (+ max_tokens 16000) | chainrealthink (Anthropic, thinking budget 16000)
//           singlewrap / chainrealwrap (one shared system prompt; with NET=shared all keys on one /24, REG=1 exactly GAP_SEC apart)
//           cachedprefix (single-turn, one fixed ~25 k-char "reference" system prompt: provider prompt caching bills it at 0.1-0.5x)
//           cachedchain (cachedprefix + the round-4 stub chain: conversation status, C/P ~1, and nearly all input cached)
//           respanchor (Responses API: every request continues ONE stored response whose input was ~6 k tokens of reference text;
//                       the origin bills that stored context as (cached) input on every turn, so usage says C/P ~1)
const WRAP = "You are an expert assistant. Answer every request completely, covering all relevant aspects, with examples.";
import { rng, pick, int, T0, ask, filler, SUBJECTS, sortWrite } from "./lib.mjs";
const [name, variants, keysA = "1", hoursA = "3", gapA = "12", seedA = "1"] = process.argv.slice(2);
const REF = "Reference material for all answers (house style, glossary and background):\n" + filler(rng(99), 5000);
const K = +keysA, H = +hoursA, GAP = +gapA, seed = +seedA; const r = rng(seed); const ev = [], meta = [];
for (const v of variants.split(",")) for (let k = 0; k < K; k++) {
  const key = `sk-r5-chainreal-${v}-${seed}-${k}`; const ip = process.env.NET === "shared" ? `203.0.113.${10 + k}` : `100.${110 + k}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
  let t = T0 + int(r, 0, 60000); let prev = null, prevAns = null;
  while (t < T0 + H * 3600e3) {
    let q = ask(r); if (v === "chainrealcot") q += " Let's think step by step and write out every intermediate step.";
    const c = v === "chainrealthink" ? int(r, 6000, 15000) : int(r, 3000, 7000);
    const msgs = []; if (v.endsWith("wrap")) msgs.push({ role: "system", content: WRAP });
    if (v.startsWith("cached")) msgs.push({ role: "system", content: REF });
    if (!v.startsWith("single") && v !== "cachedprefix" && v !== "respanchor" && prev) msgs.push({ role: "user", content: prev }, { role: "assistant", content: v === "chainstub" || v === "cachedchain" ? `Sure - here is an overview of ${pick(r, SUBJECTS)} (part ${int(r, 1, 9999)}).` : prevAns });
    msgs.push({ role: "user", content: q });
    const pch = msgs.reduce((a, m) => a + m.content.length, 0);
    let path = "/v1/chat/completions", body = { model: "gpt-4o", messages: msgs };
    if (v === "chainreal16k") body.max_tokens = 16000;
    if (v === "chainrealthink") { path = "/v1/messages"; body = { model: "claude-sonnet-4-5", max_tokens: 20000, thinking: { type: "enabled", budget_tokens: 16000 }, messages: msgs }; }
    let pt = Math.ceil(pch / 4) + 8;
    if (v === "respanchor") { path = "/v1/responses"; body = { model: "gpt-4o", input: q, previous_response_id: `resp_r5_anchor_${seed}_${k}`, store: true }; pt = 6000 + Math.ceil(q.length / 4); }
    ev.push({ ts: t, key, ip, asn: 7922, country: "US", method: "POST", path, body, usage: { prompt_tokens: pt, completion_tokens: c } });
    meta.push({ group: v, c }); prev = q; prevAns = filler(r, Math.round(c / 1.3));
    t += process.env.REG === "1" ? GAP * 1000 : Math.round(GAP * 1000 * (0.6 + 0.8 * r()));
  }
}
sortWrite(name, ev, meta);
