// R52-7: a ticket-routing classifier that truncates each ticket with the model's tokenizer and sends
// the token IDs (the completions API accepts a prompt as an array of token IDs; truncating by tokens
// keeps the few-shot header and the label suffix intact): prompt = a fixed few-shot header, the
// ticket's tokens, a fixed "Category:" suffix; max_tokens 1, logprobs 5 to read the label's
// confidence (tickets under 0.8 go to a person). Support inboxes of a SaaS, 3 days, business hours
// across regions, ~1 ticket every 5-20 s at peak.
// Control: the same prompts sent as text (the same header, ticket and suffix).
import { rng, int, arrivals, replay, summarise, fmt, reasonsAt, T0, H, PRO } from "./lib52.mjs";

const HEADER_TOK = Array.from({ length: 380 }, (_, i) => (i * 7919 + 101) % 100000);
const SUFFIX_TOK = [198, 6888, 25];
const HEADER_TXT = "Classify the support ticket into one of: billing, bug, account, feature_request, how_to, other.\n\nTicket: I was charged twice this month.\nCategory: billing\n\nTicket: The export button does nothing in Safari.\nCategory: bug\n\nTicket: How do I add a teammate?\nCategory: how_to\n\n";
const WORDS = ["invoice", "login", "password", "export", "crash", "slow", "refund", "seat", "SSO", "API", "webhook", "CSV", "dashboard", "mobile", "notification", "plan", "upgrade", "error 500", "timezone", "integration"];
function gen(seed, asTokens) {
  const r = rng(seed);
  const key = asTokens ? "sk-helpdesk-router-tok" : "sk-helpdesk-router-txt";
  const lines = [];
  for (const ts of arrivals(r, T0, T0 + 72 * H, 400, 0)) {
    const n = int(r, 20, 260);
    const ticketTok = Array.from({ length: n }, () => int(r, 200, 99000));
    const ticketTxt = Array.from({ length: Math.round(n * 0.75) }, () => WORDS[int(r, 0, WORDS.length - 1)]).join(" ");
    const prompt = asTokens ? [...HEADER_TOK, ...ticketTok, ...SUFFIX_TOK] : `${HEADER_TXT}Ticket: ${ticketTxt}\nCategory:`;
    lines.push({ ts, key, ip: `20.54.8.${int(r, 30, 33)}`, asn: 8075, country: "IE", method: "POST", path: "/v1/completions",
      body: { model: "gpt-3.5-turbo-instruct", prompt, max_tokens: 1, temperature: 0, logprobs: 5 }, usage: { prompt_tokens: 383 + n, completion_tokens: 1 } });
  }
  return lines;
}
const dt = replay("r52-7-token-ids", gen(52, true), PRO);
const dx = replay("r52-7-text", gen(52, false), PRO);
const st = summarise(dt), sx = summarise(dx);
console.log(fmt("token-ID prompts (the product)", st));
console.log("   reasons at max score: " + reasonsAt(st));
console.log(`   requests whose logprobs are removed (degraded) or refused: ${st.degraded + st.refused} of ${st.n}`);
console.log(fmt("same prompts as text (control)", sx));
console.log("   reasons at max score: " + reasonsAt(sx));
const ok = st.degraded + st.refused > 0.5 * st.n && sx.degraded + sx.refused < 0.05 * sx.n;
console.log(ok ? "REPRODUCED" : "not reproduced");
