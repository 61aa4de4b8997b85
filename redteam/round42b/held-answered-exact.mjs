// Held: an answered request (JSON, or a stream read to its end) is charged exactly the prompt and completion the
// real-tokenizer origin reports, whatever the text (English, control characters, 5,000 one-char messages, Yi); the cut
// rows show the same requests cut (R42b-1).
import { startGuard, settled, override, ask, sleep, ORIGIN, docEstimate, rng, POLICY } from "./lib.mjs";
import { startOrigin42b, chatPromptTokens } from "./origin42b.mjs";
const o = await startOrigin42b(ORIGIN);
const g = await startGuard({ policy: POLICY({}), tag: "h2" });
try {
  const R = rng(1);
  const ctrl = Array.from({ length: 40000 }, () => String.fromCharCode(1 + Math.floor(R() * 7))).join("");
  const cases = {
    english: "The quick brown fox jumps over the lazy dog while the committee reviews the report. ".repeat(500).slice(0, 40000),
    ctrl,
    tinyMsgs: null,
    yi: Array.from({ length: 20000 }, () => String.fromCharCode(0xa000 + Math.floor(R() * 1100))).join(""),
  };
  for (const [name, text] of Object.entries(cases)) {
    const messages = text == null ? Array.from({ length: 5000 }, () => ({ role: "user", content: String.fromCharCode(1) })) : [{ role: "user", content: text }];
    for (const mode of ["json", "whole", "cut"]) {
      const k = await override(g, `sk-h2-${name}-${mode}-${Date.now() % 1e5}`, { tier: "q" });
      const body = { model: "gpt-4.1|rate=100|words=200", max_tokens: 200, messages, ...(mode === "json" ? {} : { stream: true }) };
      const r = await ask(g.base, k, "POST", "/v1/chat/completions", body, mode === "cut" ? (b) => (b.match(/"content":"/g) || []).length >= 30 : null);
      await sleep(1500); const s = await settled(g, k);
      console.log(name.padEnd(9), mode.padEnd(5), "status", r.status, "origin billed", JSON.stringify(o.billed[k]), "guard charged", s.prompt, "+", s.completion, "docEst", text == null ? "-" : docEstimate(text), "remaining", JSON.stringify(s.view.remaining ?? s.view.limits?.remaining ?? ""));
    }
  }
} finally { g.kill(); await o.close(); }
process.exit(0);
