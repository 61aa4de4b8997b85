// R50-5: an equity-research app on Claude with extended thinking (budget 8,000), analysts pasting filing excerpts
// (2-6 K tokens) and asking analysis questions; a team key, business hours, 5 days.
import { rng, tok, chatUsage, runReplay, summarize, PRO } from "./lib50.mjs";

const SYS = `You are an equity research assistant at Halvard Capital. Analyse the filing excerpts analysts paste. Cite the section you rely on,
flag anything that looks like an accounting change or a one-off, and separate facts from your judgement. Figures in the company's reporting currency.`;
const CO = ["Nordlys Energy ASA", "Kestrel Foods plc", "Aurum Semiconductors Inc.", "Vela Logistics SE", "Pinecrest REIT", "Saffron Retail Ltd", "Orbis Medical AG", "Tidewater Utilities"];
const SEC = ["Management's discussion and analysis", "Note 7 - Revenue recognition", "Note 12 - Leases", "Risk factors", "Segment information", "Liquidity and capital resources", "Note 19 - Contingencies", "Goodwill impairment testing"];
const ASK = ["What drove the change in gross margin, and is it likely to persist?", "Is the revenue recognition change material? Quantify the effect on this year's revenue.",
  "Summarise the liquidity position and covenant headroom.", "Which risk factors are new compared with typical wording, and why might they matter?",
  "Reconcile adjusted EBITDA to operating profit from the figures given and flag any questionable add-backs.", "How exposed is the company to rising rates based on this note?",
  "Was the impairment test sensitive to the discount rate? What happens at +1pp?", "Write a 5-bullet summary for the morning meeting."];
function filing(r, co) {
  const sents = [];
  const n = r.int(60, 180);
  for (let i = 0; i < n; i++) sents.push(`${r.pick(["Revenue", "Operating expenses", "Net debt", "Free cash flow", "Capital expenditure", "Lease liabilities", "Deferred revenue", "Inventory"])} ${r.pick(["increased", "decreased", "remained broadly flat"])} by ${r.int(1, 40)}.${r.int(0, 9)}% to ${r.int(10, 9000)} million in fiscal ${r.pick([2025, 2026])}, ${r.pick(["primarily due to", "reflecting", "partly offset by"])} ${r.pick(["higher volumes in the Nordic segment", "the acquisition completed in Q2", "foreign exchange headwinds", "price increases", "a change in the estimated useful life of assets", "lower utilisation", "restructuring costs of " + r.int(5, 90) + " million"])}.`);
  return `${co} - ${r.pick(SEC)} (annual report excerpt)\n\n` + sents.join(" ");
}
function build(seed, key) {
  const r = rng(seed);
  const out = [];
  const t0 = Date.UTC(2026, 2, 2, 0, 0, 0);
  for (let d = 0; d < 5; d++) {
    let t = t0 + d * 86400000 + 7 * 3600000;
    const end = t0 + d * 86400000 + 18 * 3600000;
    while (t < end) {
      t += Math.round(-Math.log(1 - r()) * 150 * 1000); // ~24 an hour across the team
      const co = r.pick(CO);
      const body = { model: "claude-sonnet-4-5", max_tokens: 16000, thinking: { type: "enabled", budget_tokens: 8000 }, system: SYS,
        messages: [{ role: "user", content: `${filing(r, co)}\n\nQuestion: ${r.pick(ASK)}` }] };
      out.push({ ts: t, key, ip: "185.12.64.20", asn: 8220, country: "GB", method: "POST", path: "/v1/messages", body, usage: chatUsage(body, r.int(1500, 5200) + r.int(350, 900)) });
    }
  }
  return out;
}
const a = runReplay("r50-5", build(901, "halvard-research"), PRO);
const t = summarize("R50-5 equity research with extended thinking (budget 8,000), one team key, 5 business days", a, { analysts: () => true });
let cut = 0; for (const d of a.dec) if (d.degraded && a.lines[d.i].usage.completion_tokens > 512 + 1024) cut++;
console.log(`  answers (thinking + text) over degrade's 1,024 thinking + 512 text: ${cut}`);
const s = t.analysts;
console.log(s.chal + s.block > 0 ? "REPRODUCED (challenged/blocked)" : s.deg > s.n / 2 ? "REPRODUCED (degraded)" : "not reproduced");
