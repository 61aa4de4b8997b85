// R59-5: a degraded key pages whole documents out of gpt-5 at reasoning_effort "minimal".
// Degrade treats an answer fetched in pieces ("Continue.") as one answer: each further piece
// gets the cap less half of the answer so far, never under 32 tokens (512, 256, 128, 64, 32...).
// On a request asking for reasoning by parameter the 1,024-token reasoning room is added to every
// piece's cap, so the pieces never shrink below 32 + 1,024 = 1,056 tokens; at effort "minimal"
// that room is written out as answer. The pipeline asks for textbook chapters of 4,000-9,000
// tokens, pages of 1,536 then 1,056 tokens ("stop and wait for Continue"), and sends "Continue."
// until the chapter is done.
// Control: the same pager on gpt-4.1 (no reasoning parameter).
import { rng, essay, replay, pct, T0 } from "./lib.mjs";

const SYS = "You write textbook chapters. Write in pages of about 1,100 words; at the end of a page stop and wait for the user to say Continue.";
function gen({ seed, key, minimal }) {
  const r = rng(seed);
  const lines = [];
  let t = T0;
  let chapters = 0;
  while (t < T0 + 24 * 3600e3) {
    const q = essay(r);
    const L = r.int(4000, 9000);
    const msgs = [{ role: "system", content: SYS }, { role: "user", content: q }];
    const pieces = 1 + Math.ceil((L - 1536) / 1056);       // what the documented degraded caps need
    let left = L;
    chapters++;
    for (let p = 0; p < pieces && left > 0; p++) {
      const page = p === 0 ? 1536 : 1056;                 // pages sized to the documented degraded caps
      const c = Math.min(page, left);
      const body = { model: minimal ? "gpt-5" : "gpt-4.1", max_completion_tokens: page, messages: msgs.slice() };
      if (minimal) body.reasoning_effort = "minimal";
      const usage = { prompt_tokens: 40 + Math.round(msgs.reduce((s, m) => s + m.content.length, 0) / 4), completion_tokens: c };
      if (minimal) usage.completion_tokens_details = { reasoning_tokens: 0 };
      lines.push({ ts: t, key, ip: "192.0.2.140", asn: 64504, country: "FR", method: "POST", path: "/v1/chat/completions", body, usage, _ch: chapters, _L: L });
      msgs.push({ role: "assistant", content: `Page ${p + 1}. ` + "Lorem ipsum dolor sit amet, ".repeat(Math.round(c / 7)) });
      msgs.push({ role: "user", content: "Continue." });
      left -= c;
      t += r.int(12, 45) * 1000;
    }
    t += r.int(20, 120) * 1000;
  }
  return lines;
}

function run(name, opts) {
  const lines = gen(opts);
  const d = replay(name, lines.map(({ _ch, _L, ...l }) => l));
  const byI = new Map(d.map((x) => [x.i, x]));
  const ch = new Map();
  let deg = 0, full = 0, ref = 0;
  lines.forEach((l, i) => {
    const x = byI.get(i);
    const e = ch.get(l._ch) ?? { L: l._L, got: 0 };
    if (x?.served) { if (x.degraded) deg++; else full++; e.got += x.degraded ? x.completion : l.usage.completion_tokens; } else ref++;
    ch.set(l._ch, e);
  });
  let L = 0, got = 0, whole = 0;
  for (const e of ch.values()) { L += e.L; got += Math.min(e.got, e.L); if (e.got >= e.L * 0.98) whole++; }
  console.log(`${name}: ${lines.length} requests (${full} full, ${deg} degraded, ${ref} refused), ${ch.size} chapters: ${pct(got, L)} of chapter tokens delivered, ${whole} chapters whole`);
  console.log(`  last 8 decisions: ${d.slice(-8).map((x) => `${x.action}:${x.degraded ? x.completion : "full"}`).join(" ")}`);
  return { got, L, deg, n: lines.length, whole, chapters: ch.size };
}

const a = run("r59-5-gpt5-minimal-pager", { seed: 5906, key: "sk-r59-5-min", minimal: true });
const c = run("r59-5-control-gpt41-pager", { seed: 5906, key: "sk-r59-5-ctl", minimal: false });
console.log(`degraded pager at minimal effort: ${pct(a.got, a.L)} of the chapters delivered (${a.whole} of ${a.chapters} whole, ${a.deg} of ${a.n} requests degraded); control: ${pct(c.got, c.L)} (${c.whole} whole)`);
console.log(a.deg / a.n > 0.5 && a.got / a.L > 0.8 && c.got / c.L < 0.5 ? "REPRODUCED" : "not reproduced");
