// R50-3: a company's employees, one key each, behind one office NAT, all using the company's internal
// assistant (one internal system prompt, same client defaults), asking their own everyday questions at a person's pace.
import { rng, tok, chatUsage, runReplay, summarize, PRO } from "./lib50.mjs";

const SYS = `You are Compass, Meridian Logistics' internal assistant. Employees use you for writing, analysis, spreadsheets, code and policy questions.
Company context: HQ in Rotterdam, offices in Hamburg, Antwerp and Gdańsk; fiscal year starts 1 April; travel is booked through Navan; expenses through Concur.
Never include customer personal data in answers. If unsure about an HR or legal policy, point to the intranet page or to hr@meridian.example.
Be concise and practical; use bullet points and tables where they help. Answer in the language of the question.`;
const Q = [
  "Rewrite this email to a carrier more politely: 'Your truck was 3 hours late again, this is unacceptable, fix it.'",
  "Excel formula to look up a container number in sheet Tariffs column A and return column F, ignoring case?",
  "Summarise the difference between Incoterms FOB and CIF for a new colleague.",
  "Write a short agenda for a 30-minute quarterly review with the Antwerp warehouse team.",
  "What's a polite way to decline a meeting invitation from a vendor I don't want to work with?",
  "Python: read all CSV files in a folder into one pandas DataFrame and add a column with the file name.",
  "Give me 5 ideas for a team offsite in Gdańsk in June, budget about 80 euros per person.",
  "Translate to German: 'The delivery window has been moved to Thursday between 8 and 12.'",
  "Explain what demurrage and detention charges are and how they differ.",
  "SQL: count shipments per customer per month from table shipments(customer_id, shipped_at).",
  "Draft a LinkedIn post announcing our new cold-chain service in Hamburg.",
  "How do I calculate the CO2 emissions of a 40-ton truck driving 600 km?",
  "Make this paragraph shorter for a slide: our on-time delivery improved from 87% to 93% after we introduced dynamic routing in Q3...",
  "Wat is het verschil tussen een proforma factuur en een handelsfactuur?",
  "Napisz krótką wiadomość do klienta o opóźnieniu dostawy z powodu strajku w porcie.",
  "What are good questions to ask a candidate for a junior customs broker role?",
  "Regex to match container numbers like MSCU1234567.",
  "Write a friendly reminder to colleagues to submit their expenses before Friday.",
  "Explain the main points of the EU CBAM regulation for an importer of steel.",
  "Power BI: how do I make a measure for year-over-year growth of revenue?",
];
const FILL = ["", " Keep it short.", " Thanks!", " (for tomorrow's meeting)", " in a table please", " Make it sound less formal."];
function build(seed, keys, nat) {
  const r = rng(seed);
  const out = [];
  const t0 = Date.UTC(2026, 2, 2, 0, 0, 0);
  for (let day = 0; day < 5; day++) for (let e = 0; e < keys; e++) {
    const key = `meridian-emp-${String(e).padStart(3, "0")}`;
    const n = r.int(6, 40); // questions a day
    let t = t0 + day * 86400000 + (7.5 + r() * 2) * 3600000; // start of the working day (UTC)
    for (let i = 0; i < n; i++) {
      t += r.int(60, 1500) * 1000;
      const history = [];
      const turns = r() < 0.35 ? r.int(2, 4) : 1;
      for (let k = 0; k < turns; k++) {
        const q = r.pick(Q) + r.pick(FILL) + (r() < 0.5 ? "" : ` [ref ${r.int(100, 999)}]`);
        const body = { model: "gpt-4.1", temperature: 0.3, max_tokens: 2000, messages: [{ role: "system", content: SYS }, ...history, { role: "user", content: q }] };
        const ans = r.int(120, 650);
        out.push({ ts: t, key, ip: nat ? "195.240.81.14" : `82.${r.int(1, 250)}.${r.int(0, 255)}.${r.int(1, 254)}`, asn: nat ? 1136 : r.pick([1136, 33915, 9143, 15435]), country: "NL", method: "POST", path: "/v1/chat/completions", body, usage: chatUsage(body, ans) });
        history.push({ role: "user", content: q }, { role: "assistant", content: "x ".repeat(Math.min(ans * 2, 2000)).trim() });
        t += r.int(40, 240) * 1000;
      }
    }
  }
  return out;
}
const a = runReplay("r50-3a", build(701, 120, true), PRO);
const ta = summarize("R50-3a 120 employee keys behind one office NAT, one internal system prompt, 5 working days", a, { employees: () => true });
const b = runReplay("r50-3b", build(701, 120, false), PRO);
const tb = summarize("R50-3b control: the same employees from home ISPs", b, { "employees, home": () => true });
const bad = ta.employees.chal + ta.employees.block;
console.log(bad > 0 ? "REPRODUCED (employees challenged/blocked)" : ta.employees.deg > ta.employees.n * 0.05 ? "REPRODUCED (degraded)" : "not reproduced");
