// R50-1: a support bot prompted the way Anthropic's prompt-engineering guide recommends
// ("think ... in <thinking> tags, then answer in <answer> tags") on /v1/messages.
import { rng, tok, chatUsage, runReplay, summarize, PRO } from "./lib50.mjs";
import { ticket } from "./tickets.mjs";

const BASE_SYS = `You are Ava, the customer support assistant for Northwind Devices and the Northwind Cloud subscription service.
Company policies you must follow:
- Refunds: duplicate charges are refunded automatically within 5 business days once confirmed; other refunds within 30 days of purchase.
- Hardware: items damaged in transit are replaced free of charge if reported within 14 days with photos. Batteries have a 2-year warranty.
- Shipping: "delivered" scans without a parcel are investigated with the carrier; open a trace after 48 hours.
- Accounts: never ask for passwords. Password reset emails come from no-reply@northwind.example. SSO issues go to tier 2.
- Plans: Starter, Plus, Pro, Team, Business. Upgrades are prorated daily. Cancellation keeps access until the end of the period.
- Invoices: company invoices with a VAT ID can be regenerated from Billing > Invoices > Edit details.
- Escalate to a human agent for legal threats, safety issues (overheating batteries), or anything involving more than EUR 500.
Tone: warm, concise, no jargon. Reply in the customer's language. Sign as "Ava, Northwind Support".`;
const COT = `

Before you reply, think through the customer's problem step by step inside <thinking> tags: identify what they are asking, which policy applies and what information is missing. Then write the reply to the customer inside <answer> tags. Only the text in <answer> is shown to the customer.`;

function build(seed, key, sys, ipBase) {
  const r = rng(seed);
  const lines = [];
  const t0 = Date.UTC(2026, 2, 2, 0, 0, 0);
  let t = t0;
  const end = t0 + 2 * 86400000;
  while (t < end) {
    const hour = new Date(t).getUTCHours();
    const rate = hour >= 7 && hour <= 20 ? 1 / 25 : 1 / 90; // requests per second (global support queue)
    t += Math.round(-Math.log(1 - r()) / rate * 1000);
    const tk = ticket(r);
    const messages = [{ role: "user", content: `<ticket id="T-${r.int(100000, 999999)}" channel="${r.pick(["email", "chat", "web form"])}" customer_plan="${r.pick(["Starter", "Plus", "Pro", "Team"])}">\n${tk.text}\n</ticket>` }];
    let thinking = sys.includes("<thinking>") ? r.int(120, 380) : 0;
    const answerTok = tk.lang === "ja" ? r.int(180, 420) : r.int(120, 330);
    if (r() < 0.2) { // a follow-up in the same thread
      messages.push({ role: "assistant", content: (thinking ? "<thinking>The customer reports a problem; check the applicable policy.</thinking>\n" : "") + "<answer>Thanks for reaching out! Could you confirm the order number and the email on the account?</answer>" });
      messages.push({ role: "user", content: r.pick(["Sure, it's the one in my first message. Same email as this one.", "Order number is in the ticket above, email is the same.", "Ja, gleiche E-Mail-Adresse.", "Sí, el mismo correo.", "I already sent photos yesterday."]) });
    }
    const body = { model: "claude-sonnet-4-5", max_tokens: 1024, system: sys, messages };
    lines.push({ ts: t, key, ip: `${ipBase}.${r.int(10, 12)}`, asn: 16509, country: "IE", method: "POST", path: "/v1/messages", body, usage: chatUsage(body, thinking + answerTok) });
  }
  return lines;
}
function cutAnswers(res, pred) { // degraded answers that degrade's cap cut (the <answer> block cut off): the decision's
  // `completion` (what the rewritten request could return) under the answer the bot's own max_tokens allows
  let cut = 0, deg = 0;
  for (const d of res.dec) {
    if (!pred(d.key) || !d.degraded) continue;
    deg++;
    const line = res.lines[d.i];
    if (d.completion < Math.min(line.usage.completion_tokens, line.body.max_tokens)) cut++;
  }
  console.log(`  ${cut} of ${deg} degraded answers cut by degrade's cap (reply to the customer cut mid-way or missing)`);
  return cut;
}
// (a) one key, and its control
const a = runReplay("r50-1a", [...build(501, "support-thinking-tags", BASE_SYS + COT, "52.18.40"), ...build(502, "support-plain-control", BASE_SYS, "52.18.41")], PRO);
const ta = summarize("R50-1a support bot, Anthropic-guide <thinking>/<answer> prompt vs the same bot without it", a, {
  "thinking-tag bot": (k) => k === "support-thinking-tags", control: (k) => k === "support-plain-control" });
const cutA = cutAnswers(a, (k) => k === "support-thinking-tags");
// (b) the same product deployed per region: 4 keys, one system prompt, one cloud egress /24
const regions = ["eu", "us", "apac", "latam"];
const b = runReplay("r50-1b", regions.flatMap((rg, i) => build(510 + i, `support-tags-${rg}`, BASE_SYS + COT, "52.18.40")), PRO);
const tb = summarize("R50-1b the same bot, one key per region (4 keys, same egress /24)", b, { "regional keys": () => true });
const c = runReplay("r50-1c", regions.flatMap((rg, i) => build(520 + i, `support-plain-${rg}`, BASE_SYS, "52.18.40")), PRO);
const tc = summarize("R50-1c control: the 4 regional keys without the <thinking> instruction", c, { "regional keys, plain": () => true });
const bad = ta["thinking-tag bot"].chal + ta["thinking-tag bot"].block + tb["regional keys"].chal + tb["regional keys"].block;
// twenty-ninth session: degraded, the answers capped at 512 (1,818 of 4,705 cut); thirtieth: the
// reasoning block keeps room beside the answer under degrade, which still acts (the key is degraded)
const degraded = ta["thinking-tag bot"].deg > ta["thinking-tag bot"].n * 0.5;
console.log(bad > 0 ? "REPRODUCED (honest support bot challenged/blocked)" : cutA > 0 ? "REPRODUCED (degraded: answers capped, <answer> cut)" : degraded ? "not reproduced (degraded, but no answer cut by its cap)" : "not reproduced");
