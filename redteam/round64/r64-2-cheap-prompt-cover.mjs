// R64-2: the key's answer/prompt ratio (budgetTaken, ratio, amplify) is read over all its
// requests, whatever the model: one cheap-model request per ask that classifies a fresh bundle of
// reviews (a fat prompt, a 1-token answer) makes a long-answer harvest's big budgets look taken
// by proportionate answers. Unlike R54-3 the harvest's own prompts stay clean and the padding is
// billed at the cheap model's input price.
import { tok, labelBody, buildKey, docLabel, replay, figures, cost, line, verdict } from "./lib.mjs";
const N = 1000;
const chat = (r, ask) => ({ path: "/v1/chat/completions", body: { model: "gpt-4.1", max_tokens: 4096, messages: [{ role: "user", content: ask }] }, usage: { prompt_tokens: tok(ask) + 8, completion_tokens: r.int(1400, 3600) } });
const think = (r, ask) => ({ path: "/v1/messages", body: { model: "claude-sonnet-4-5", max_tokens: 16000, thinking: { type: "enabled", budget_tokens: 10000 }, messages: [{ role: "user", content: ask }] }, usage: { prompt_tokens: tok(ask) + 8, completion_tokens: r.int(2500, 7000) } });
function run(name, harvest, cover, seed = 64201) {
  const ev = buildKey({ seed, n: N, harvest, cover });
  const f = figures(replay("r64-2-" + name.split(" ")[0], ev));
  console.log(line(name, f, cost(ev)));
  return f;
}
console.log(`R64-2: one key, ${N} asks; gpt-4.1 chat max_tokens 4,096 (answers 1,400-3,600) or Claude Sonnet thinking 10,000 (answers+thinking 2,500-7,000)`);
const A1 = run("A1 chat + nano 800-tok review bundle", chat, (r) => [docLabel(r, 800)]);
const A2 = run("A2 chat + nano 1500-tok review bundle", chat, (r) => [docLabel(r, 1500)]);
const A3 = run("A3 chat + nano 800-tok (seed 2)", chat, (r) => [docLabel(r, 800)], 64202);
const C1 = run("C1 chat + nano 1-review label (control)", chat, (r) => [docLabel(r, 40)]);
const C2 = run("C2 chat, no cover (control)", chat, null);
const T1 = run("T1 thinking + haiku 2000-tok bundle", think, (r) => [docLabel(r, 2000, "claude-haiku-4-5", "/v1/messages")]);
const T2 = run("T2 thinking + haiku 1-review label (control)", think, (r) => [docLabel(r, 40, "claude-haiku-4-5", "/v1/messages")]);
const T3 = run("T3 thinking, no cover (control)", think, null);
verdict(A1.tokFullShare >= 0.9 && A3.tokFullShare >= 0.9 && T1.tokFullShare >= 0.9 && C1.tokFullShare <= 0.5 && T2.tokFullShare <= 0.5,
  `threshold: chat (2 seeds) and thinking attacks >= 90 % of tokens in full, their short-label controls <= 50 %; ${(100 * A1.tokFullShare).toFixed(1)} / ${(100 * A3.tokFullShare).toFixed(1)} / ${(100 * T1.tokFullShare).toFixed(1)} % vs ${(100 * C1.tokFullShare).toFixed(1)} / ${(100 * T2.tokFullShare).toFixed(1)} %`);
