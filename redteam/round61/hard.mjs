// Shared generator for the hard-parameter interleaving findings (R61-1, R61-2).
import * as L from "./lib.mjs";
// cover: "fg" (C foreground one-token chats), "plist" (one completions prompt list of C prompts),
// "mbatch" (one message batch of C one-token items, results fetched 1 min later), "emb" (one embeddings
// request of C inputs), "free" (C GET /v1/models). warm: clean foreground requests before the harvest.
export function hardTrace({ name, cover, H, C, seed = 7, maxLines = 6000, maxCycles = 400, warm = 0 }) {
  const r = L.rng(seed); const lines = []; let ts = L.T0; const key = `sk-r61-${name}`;
  const clean = () => { ts += r.int(1500, 4000); const q = L.tinyAsk(r);
    lines.push(L.line(ts, key, "/v1/chat/completions", L.chat("gpt-4.1-mini", q, { max_tokens: 4 }), { prompt_tokens: L.ptoks(q), completion_tokens: 1 }, { h: 0 })); };
  for (let j = 0; j < warm; j++) clean();
  let cycles = 0;
  while (lines.length < maxLines && cycles < maxCycles) {
    cycles++;
    for (let j = 0; j < H; j++) { ts += r.int(3000, 9000); const q = L.shortAsk(r);
      lines.push(L.line(ts, key, "/v1/chat/completions", L.chat("gpt-4.1", q, { max_tokens: 1024, logprobs: true, top_logprobs: 20 }), { prompt_tokens: L.ptoks(q), completion_tokens: r.int(300, 700) }, { h: 1 })); }
    if (cover === "fg") for (let j = 0; j < C; j++) clean();
    else if (cover === "free") for (let j = 0; j < C; j++) { ts += r.int(1000, 3000); lines.push(L.line(ts, key, "/v1/models", undefined, null, { method: "GET", h: 0 })); }
    else if (cover === "plist" || cover === "emb") { ts += r.int(2000, 5000); const ps = Array.from({ length: C }, () => L.tinyAsk(r));
      const pt = ps.reduce((a, p) => a + L.ptoks(p), 0);
      if (cover === "plist") lines.push(L.line(ts, key, "/v1/completions", { model: "gpt-3.5-turbo-instruct", prompt: ps, max_tokens: 1 }, { prompt_tokens: pt, completion_tokens: C }, { h: 0 }));
      else lines.push(L.line(ts, key, "/v1/embeddings", { model: "text-embedding-3-small", input: ps }, { prompt_tokens: pt, completion_tokens: 0 }, { h: 0 })); }
    else if (cover === "mbatch") { ts += r.int(2000, 5000); const id = `msgbatch_${name}_${cycles}`;
      const reqs = Array.from({ length: C }, (_, k) => ({ custom_id: "c" + k, params: { model: "claude-haiku-4-5", max_tokens: 4, messages: [{ role: "user", content: L.tinyAsk(r) }] } }));
      lines.push(L.line(ts, key, "/v1/messages/batches", { requests: reqs }, null, { h: 0, batch_id: id }));
      ts += 60000; lines.push(L.line(ts, key, `/v1/messages/batches/${id}/results`, undefined, null, { method: "GET", h: 0, results: reqs.map((q) => ({ prompt_tokens: L.ptoks(q.params.messages[0].content), completion_tokens: 1 })) })); }
  }
  return lines;
}
// figures: hard requests served in full, their tokens, and what the cover cost
export function hardFigures(lines, dec) {
  const t = L.tally(lines, dec, (l) => l.h === 1);
  let coverReq = 0, coverTok = 0;
  for (const l of lines) if (l.h === 0) {
    coverReq++;
    if (l.usage) coverTok += l.usage.prompt_tokens + l.usage.completion_tokens;
    if (l.results) for (const x of l.results) coverTok += (x.prompt_tokens + x.completion_tokens) / 2; // batch at half price
  }
  const hours = (lines.at(-1).ts - lines[0].ts) / 3.6e6;
  return { ...t, coverReq, coverTok, hours, reqPerHard: coverReq / t.n, tokPerHarvTok: t.tok ? coverTok / t.tok : 0 };
}
export function fmt(label, f) {
  return `${label.padEnd(34)} hard ${String(f.n).padStart(5)}  served in full ${String(f.full).padStart(5)} (${L.pct(f.fullShare).padStart(7)})  logprob tokens in full ${L.pct(f.tokFullShare).padStart(7)}  cover: ${f.reqPerHard.toFixed(2)} HTTP req/hard, ${f.tokPerHarvTok.toFixed(2)} tok/harvested tok  (${f.hours.toFixed(1)} h)`;
}
