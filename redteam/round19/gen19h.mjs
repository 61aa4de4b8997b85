// Round 19 honest-pattern generator (false-flag check). node gen19h.mjs NAME "kind:opt=v,..." [seed]
//   rag: a docs/support bot: fixed ~600-char instructions + 3 retrieved chunks (~500 chars each) in the system prompt, short
//        question about the docs, answers lo..hi tokens. pool=P: chunks drawn from the key's P chunks (pool=0: new chunks every request)
//   fewshot: a writing app: fixed 2-example few-shot history (example answers ~1,500 chars each), short new ask, answers lo..hi
//   n keys x r requests over days (mean gap `gap` minutes), own residential address each.
import fs from "node:fs";
import { rng, pick, int, T0, MIN, DAY, tok, resNet } from "../round6/lib.mjs";
import { filler } from "../round4/lib.mjs";
const [name, specA, seedA = "1"] = process.argv.slice(2);
const R = rng(Number(seedA) * 7919 + 23); const ev = [], meta = [];
const expGap = (mean, lo = 0) => Math.max(lo, -Math.log(1 - R()) * mean);
const sent = () => { const s = filler(R, int(R, 8, 14)); return s[0].toUpperCase() + s.slice(1) + "."; };
const chunk = (n = 500) => { let s = `${pick(R, ["Section", "Article", "Guide", "FAQ"])} ${int(R, 1, 40)}: `; while (s.length < n) s += sent() + " "; return s.trim(); };
const INSTR = "You are the help assistant for a software product. Answer the customer's question using only the documentation excerpts below. If the answer is not in the excerpts, say so and suggest contacting support. Quote setting names exactly as written. Keep a friendly, professional tone. Use numbered steps for procedures. Do not invent features, prices or release dates. If the question is about billing, remind the customer that invoices are in the account settings. Answer in the customer's language.";
const QT = ["How do I {w}?", "What does the guide say about {w}?", "Can I {w} on the free plan?", "Why does {w} fail for me?", "Explain {w} step by step.", "Is there a limit on {w}?"];
const EX = () => { let s = ""; while (s.length < 1500) s += sent() + " "; return s.trim(); };
const [kind, opts = ""] = specA.split(":"); const o = {}; for (const kv of opts.split(",").filter(Boolean)) { const [k, v = "1"] = kv.split("="); o[k] = isNaN(Number(v)) ? v : Number(v); }
const n = o.n ?? 50, r = o.r ?? 40, days = o.days ?? 3, gap = o.gap ?? 30, lo = o.lo ?? 300, hi = o.hi ?? 900, P = o.pool ?? 12;
for (let k = 0; k < n; k++) {
  const key = `sk-h${kind}-${k}-${int(R, 1e6, 9e6)}`; const net = resNet(R); const pool = Array.from({ length: P }, () => chunk());
  const shots = [["Write a product description for: walnut desk organiser", EX()], ["Write a product description for: linen tea towels, set of 3", EX()]];
  let t = T0 + R() * days * DAY * 0.3;
  for (let i = 0; i < r; i++) {
    t += expGap(gap * MIN, 20e3); const c = int(R, lo, hi); let body;
    if (kind === "rag") { const ch = P ? [pick(R, pool), pick(R, pool), pick(R, pool)] : [chunk(), chunk(), chunk()];
      const q = pick(R, QT).replace("{w}", filler(R, 2)); body = { model: "gpt-4o-mini", messages: [{ role: "system", content: INSTR + "\n\nDocumentation excerpts:\n\n" + ch.join("\n\n") }, { role: "user", content: q }], max_tokens: 1500 }; }
    else if (kind === "fewshot") { const q = `Write a product description for: ${filler(R, int(R, 2, 4))}`;
      body = { model: "gpt-4o-mini", messages: [{ role: "system", content: "You write product descriptions for an online homeware shop." }, ...shots.flatMap(([u, a]) => [{ role: "user", content: u }, { role: "assistant", content: a }]), { role: "user", content: q }], max_tokens: 1500 }; }
    else throw new Error(kind);
    const pt = tok(JSON.stringify(body.messages.map((m) => m.content))) + 4;
    ev.push({ ts: Math.round(t), key, ...net, method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: pt, completion_tokens: c } }); meta.push({ group: name, c, pl: 0 });
  }
}
fs.mkdirSync(new URL("./traces/", import.meta.url), { recursive: true });
const idx = ev.map((e, i) => i).sort((a, b) => ev[a].ts - ev[b].ts || a - b);
fs.writeFileSync(new URL(`./traces/${name}.jsonl`, import.meta.url), idx.map((i) => JSON.stringify(ev[i])).join("\n") + "\n");
fs.writeFileSync(new URL(`./traces/${name}.meta.jsonl`, import.meta.url), idx.map((i) => JSON.stringify(meta[i])).join("\n") + "\n");
console.error(`wrote ${ev.length} events -> traces/${name}.jsonl`);
