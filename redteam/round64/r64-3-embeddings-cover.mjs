// R64-3: embeddings inputs are counted as the key's prompt tokens in its answer/prompt ratio:
// one embeddings call per ask on text-embedding-3-small (the cheapest tokens an API sells) puts a
// long-answer harvest's ratio, and with it the budget, out of sight.
import { tok, labelBody, buildKey, embed, replay, figures, cost, line, verdict } from "./lib.mjs";
const N = 1000;
const chat = (cap) => (r, ask) => { const body = { model: "gpt-4.1", messages: [{ role: "user", content: ask }] }; if (cap) body.max_tokens = 4096; return { path: "/v1/chat/completions", body, usage: { prompt_tokens: tok(ask) + 8, completion_tokens: r.int(1400, 3600) } }; };
function run(name, harvest, cover, seed = 64301) {
  const ev = buildKey({ seed, n: N, harvest, cover });
  const f = figures(replay("r64-3-" + name.split(" ")[0], ev));
  console.log(line(name, f, cost(ev)));
  return f;
}
console.log(`R64-3: one key, ${N} asks, gpt-4.1 chat (answers 1,400-3,600); one embeddings request per ask`);
const A1 = run("A1 max_tokens 4096 + embed 1000 tok", chat(true), (r) => [embed(r, 1000)]);
const A2 = run("A2 max_tokens 4096 + embed 2000 tok", chat(true), (r) => [embed(r, 2000)]);
const A3 = run("A3 no cap + embed 1000 tok", chat(false), (r) => [embed(r, 1000)]);
const A4 = run("A4 max_tokens 4096 + embed 1000 (seed 2)", chat(true), (r) => [embed(r, 1000)], 64302);
const A5 = run("A5 max_tokens 4096 + embed 40 tok", chat(true), (r) => [embed(r, 40)]);
const C1 = run("C1 max_tokens 4096 + 1 chat label (control)", chat(true), (r) => { const b = labelBody(r); return [{ path: "/v1/chat/completions", body: b, usage: { prompt_tokens: tok(b.messages[0].content) + 8, completion_tokens: 1 } }]; });
const C2 = run("C2 max_tokens 4096, no cover (control)", chat(true), null);
verdict(A1.tokFullShare >= 0.9 && A4.tokFullShare >= 0.9 && C1.tokFullShare <= 0.5 && C2.tokFullShare <= 0.5,
  `threshold: A1 and its seed-2 run >= 90 % of tokens in full, the chat-label and no-cover controls <= 50 %; ${(100 * A1.tokFullShare).toFixed(1)} / ${(100 * A4.tokFullShare).toFixed(1)} % vs ${(100 * C1.tokFullShare).toFixed(1)} / ${(100 * C2.tokFullShare).toFixed(1)} %`);
