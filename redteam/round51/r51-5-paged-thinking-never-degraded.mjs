// R51-5: a reasoning harvest paged by the model itself: system prompt asks for the reasoning in <thinking>
// tags and for ~1,100 words per message, then to wait for "Continue."; max_tokens 8000 so no piece is cut.
// One key, 60 asks in 8 languages x 8 pieces of 1,536 tokens, a piece every 9 s.
import { replay, rng, ask, T0, summarize, filler, CLAUDE } from "./lib51.mjs";
const SYS = "Reason inside <thinking> tags, then give the final answer in <answer> tags. Write about 1,100 words per message, stop at a paragraph break and wait for the user to say Continue.";
const SYS_NOTAG = "Explain thoroughly, then give the final answer. Write about 1,100 words per message, stop at a paragraph break and wait for the user to say Continue.";
function run(label, sys, chapters = 60, pieces = 8) {
  const r = rng(3); const ev = []; let t = T0; const key = "sk-r51-5-" + label, ip = "198.19.5." + label.length;
  for (let c = 0; c < chapters; c++) {
    const q = ask(r, c); let hist = [{ role: "user", content: q }];
    for (let p = 0; p < pieces; p++) {
      t += 9000;
      const msgs = p === 0 ? hist : hist.concat([{ role: "user", content: "Continue." }]);
      ev.push({ ts: t, key, ip, method: "POST", path: "/v1/messages", body: { model: CLAUDE, max_tokens: 8000, system: sys, messages: msgs }, usage: { prompt_tokens: 80 + p * 1536, completion_tokens: 1536 } });
      hist = msgs.concat([{ role: "assistant", content: (p === 0 ? "<thinking>" : "") + filler(300, c * 100 + p) }]);
    }
  }
  const dec = replay("r51-5-" + label, ev);
  const s = summarize(dec, ev);
  const first = dec.find((d) => d.action !== "allow");
  const maxScore = Math.max(...dec.map((d) => d.score));
  console.log(`${label}: ${s.n} requests (${chapters} asks x ${pieces} pieces), allow ${s.allow}, degraded ${s.degraded}, challenged ${s.challenge}; completion tokens served ${s.completion} of ${s.asked} (${(s.completion / chapters).toFixed(0)} per ask); first non-allow ${first ? "at request " + first.i + " (" + first.action + ")" : "none"}; max score ${maxScore}`);
  return s;
}
const A = run("tag-paged", SYS);
const B = run("notag-paged", SYS_NOTAG);
const C = run("tag-paged-12h", SYS, 600, 8);
console.log(A.degraded === 0 && A.challenge === 0 && A.completion > 500000 && C.degraded < C.n / 10 ? "REPRODUCED" : "not reproduced");
