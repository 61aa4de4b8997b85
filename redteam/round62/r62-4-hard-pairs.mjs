// R62-4 (as documented): top_logprobs 20 asked in runs of 2, 50 one-label requests over 30+ min between runs:
// the take-back sheds the evidence before every run and a run of 2 never restores it.
import { rng, chat, replay, harvestAsk, reviewText, T0, pct } from "./lib.mjs";
const SYS = "You are a patient senior lecturer. Answer in the language of the question, in clear prose.";
function run(name, H, C, cycles, seed) {
  const r = rng(seed); const lines = []; let t = T0; const key = `sk-r62-4-${name}`;
  for (let k = 0; k < cycles; k++) {
    for (let h = 0; h < H; h++) {
      t += 4000 + r() * 5000; const ask = harvestAsk(r);
      lines.push(chat(t, key, { model: "gpt-4.1", messages: [{ role: "system", content: SYS }, { role: "user", content: ask }], logprobs: true, top_logprobs: 20, max_tokens: 1024 }, { prompt_tokens: 30 + Math.round(ask.length / 3.5), completion_tokens: r.int(300, 700) }, { tag: "harvest" }));
    }
    for (let c = 0; c < C; c++) {
      t += 40000 * (0.5 + r()); // 50 requests span ~33 min
      lines.push(chat(t, key, { model: "gpt-4.1-mini", messages: [{ role: "user", content: "Label the sentiment of this review as positive, negative or mixed. Reply with the label only.\n\n" + reviewText(r) }], max_tokens: 4 }, { prompt_tokens: r.int(40, 70), completion_tokens: 1 }, { tag: "cover" }));
    }
  }
  const dec = replay("r62-4-" + name, lines);
  const h = dec.filter((d) => d.line.tag === "harvest"); const full = h.filter((d) => d.served && !d.degraded).length;
  const hTok = h.reduce((s, d) => s + d.line.usage.completion_tokens, 0);
  const cTok = lines.filter((l) => l.tag === "cover").reduce((s, l) => s + l.usage.prompt_tokens + l.usage.completion_tokens, 0);
  const hours = (lines[lines.length - 1].ts - T0) / 3.6e6;
  console.log(`  ${name.padEnd(28)} ${full}/${h.length} top-20 reads in full (${pct(full, h.length)}) over ${hours.toFixed(1)} h = ${(full / hours * 24).toFixed(0)} a day; cover ${(C / H).toFixed(1)} req and ${(cTok / hTok).toFixed(2)} tok per harvested tok`);
  return full / h.length;
}
console.log("R62-4: top_logprobs 20 over 300-700-token answers, runs of H hard requests, C one-label requests between runs");
const a = run("runs of 2, 50 between", 2, 50, 50, 62401);
const c1 = run("runs of 2, 49 between", 2, 49, 50, 62401);
const c2 = run("runs of 3, 50 between", 3, 50, 50, 62401);
const ok = a >= 0.9 && c1 <= 0.1;
console.log(`R62-4 ${ok ? "REPRODUCED (as documented)" : "not reproduced"}: runs of 2 with 50 cheap requests between ${(100 * a).toFixed(1)} % of hard reads in full; 49 between ${(100 * c1).toFixed(1)} %; runs of 3 ${(100 * c2).toFixed(1)} %`);
