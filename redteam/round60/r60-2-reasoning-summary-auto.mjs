// R60-2: reasoning summaries ("summary": "auto", OpenAI's documented way to show users what a
// reasoning model thought about) make the guard read ALL the hidden reasoning tokens as answer,
// though a summary is a small fraction of them. Two products:
//  (a) StudyMate on the Responses API, o4-mini, effort medium, summary auto, chained with
//      previous_response_id; (b) "ResearchDesk": analysts' research questions run as background
//      o3 jobs (effort high, summary auto) whose UI shows the summary as progress, retrieved when done.
// Controls: the same traffic without `summary`.
import { replay, figures, topReasons, pct, hours, rng, sessionStarts, toks, T0 } from "./lib.mjs";
import { studyApp } from "./study-app.mjs";

const DEGRADED_REASONING_CAP = 1536;
const DEGRADED_EFFORT_SHARE = 0.4; // modelled: reasoning at effort "low" is ~40 % of medium/high

function report(name, res, pick = () => true) {
  const f = figures(res, pick);
  let vis = 0, visServed = 0, cut = 0, lostSummary = 0;
  res.lines.forEach((l, i) => {
    if (!pick(l, i) || !l.meta) return;
    const d = res.dec[i];
    vis += l.meta.visible;
    if (!d.degraded) { visServed += l.meta.visible; return; }
    if (l.body.reasoning?.summary) lostSummary++;
    // a degraded request asking for reasoning gets 512 + 1,024 of room (config.md); a background job's
    // line has no usage of its own, so its cap is that documented 1,536
    const cap = d.completion ?? DEGRADED_REASONING_CAP;
    const v = Math.max(0, Math.min(l.meta.visible, cap - Math.round(l.meta.reasoning * DEGRADED_EFFORT_SHARE)));
    if (v < l.meta.visible) cut++;
    visServed += v;
  });
  console.log(`${name}: ${f.n} requests: ${f.full} served in full, ${f.degraded} degraded (${pct(f.degraded, f.n)}), ${f.refused} refused; ` +
    `first degraded ${f.firstDegradeTs ? hours(f.firstDegradeTs - T0) : "-"} in (request ${f.firstDegradeIdx}), last ${f.lastDegradeTs ? hours(f.lastDegradeTs - T0) : "-"} in`);
  console.log(`  summaries not requested (stripped) ${lostSummary}, answers cut ${cut}, visible answer tokens delivered ${pct(visServed, vis)}`);
  for (const r of topReasons(f, 3)) console.log("  reason: " + r);
  return f;
}

// (b) ResearchDesk: background o3 jobs, business hours on weekdays, ~90 jobs a day.
const OFFICE = [0, 0, 0, 0, 0, 0, 0, 0.3, 1, 1.2, 1.2, 1, 0.6, 1, 1.2, 1.2, 1, 0.7, 0.3, 0.1, 0, 0, 0, 0];
const ASKS = [
  "Compare the unit economics of heat pumps and gas boilers for a {n} m² office in Munich, including the 2026 subsidy rules.",
  "Summarise what is publicly known about lithium-iron-phosphate supply contracts signed in {y}, and what it means for our pricing.",
  "Draft a briefing on how the EU AI Act's transparency duties apply to a customer-support chatbot like ours.",
  "Which factors drove the {n} basis point spread change in Nordic covered bonds, and how robust is each explanation?",
  "¿Qué riesgos regulatorios tiene lanzar un servicio de pagos instantáneos en México y Colombia este año?",
  "Analysiere die Vor- und Nachteile einer Vier-Tage-Woche für ein Team von {n} Entwicklern.",
  "Estimate the addressable market for B2B invoice financing among firms with {n}-{m} employees in France.",
  "What are the strongest arguments for and against moving our analytics warehouse to an open table format?",
];
function researchDesk(summary, { seed = 62, days = 5 } = {}) {
  const r = rng(seed);
  const lines = [];
  const key = "sk-researchdesk-ops-4410";
  const SYS = "You are ResearchDesk, an analyst assistant. Work from reasoning and public knowledge, state uncertainty, cite what a claim rests on, and end with a short recommendation.";
  let id = 0;
  for (const ts of sessionStarts(r, days, 90, OFFICE)) {
    const ask = r.pick(ASKS).replace(/\{n\}/g, () => String(r.int(20, 900))).replace(/\{m\}/g, () => String(r.int(901, 5000))).replace(/\{y\}/g, () => String(r.int(2023, 2026)));
    const context = `Context from the analyst: team ${r.pick(["pricing", "treasury", "strategy", "legal", "product"])}, deadline ${r.int(1, 28)}.${r.int(1, 12)}., audience: ${r.pick(["board", "team", "client"])}.`;
    const visible = Math.round(Math.min(3000, Math.max(400, r.logn(1100, 0.4))));
    const reasoning = Math.round(visible * (2 + 6 * r() * r()));
    const rid = `resp_rd_${seed}_${++id}`;
    const body = { model: "o3", background: true, instructions: SYS, input: `${ask}\n\n${context}`, reasoning: { effort: "high" } };
    if (summary) body.reasoning.summary = "auto";
    const meta = { visible, reasoning };
    lines.push({ ts, key, ip: "192.0.2.40", asn: 64502, country: "NL", method: "POST", path: "/v1/responses", body, response_id: rid, meta: { ...meta, kind: "job" } });
    // the SDK polls; the UI fetches the finished job 2-10 min later
    lines.push({ ts: ts + r.int(120, 600) * 1000, key, ip: "192.0.2.40", asn: 64502, country: "NL", method: "GET", path: `/v1/responses/${rid}`,
      usage: { prompt_tokens: toks(SYS) + toks(ask) + toks(context) + 10, completion_tokens: visible + reasoning, completion_tokens_details: { reasoning_tokens: reasoning } }, meta: { kind: "retrieve" } });
  }
  return lines;
}

const a = report("r60-2a-studymate-responses-summary-auto", replay("r60-2a", studyApp({ api: "responses", model: "o4-mini", effort: "medium", summary: "auto", maxOut: 25000, reasoningMult: [1, 10] }, { days: 3 })));
const ac = report("r60-2a-control-no-summary", replay("r60-2a-ctrl", studyApp({ api: "responses", model: "o4-mini", effort: "medium", maxOut: 25000, reasoningMult: [1, 10] }, { days: 3 })));
const job = (l) => l.meta?.kind === "job";
const b = report("r60-2b-researchdesk-background-summary-auto (jobs)", replay("r60-2b", researchDesk(true)), job);
const bc = report("r60-2b-control-no-summary (jobs)", replay("r60-2b-ctrl", researchDesk(false)), job);
const ok = a.degraded > 0.5 * a.n && ac.degraded === 0 && b.degraded > bc.degraded + 0.2 * b.n;
console.log(ok ? "REPRODUCED" : "not reproduced");
