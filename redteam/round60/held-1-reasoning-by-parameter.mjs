// Held: reasoning-model apps that ask for reasoning by parameter and show no reasoning are served
// in full (R58-3's fix holds): StudyMate on o4-mini at effort high and low (chat, streamed with
// usage), on o3 through the Responses API chained by previous_response_id, all at a 25,000 cap.
import { replay, figures, pct } from "./lib.mjs";
import { studyApp } from "./study-app.mjs";
const V = {
  "o4-mini chat effort high, streamed": { api: "chat", model: "o4-mini", effort: "high", maxOut: 25000, stream: true, reasoningMult: [2, 10], devRole: true },
  "o4-mini chat effort low": { api: "chat", model: "o4-mini", effort: "low", maxOut: 25000, reasoningMult: [0.5, 3], devRole: true },
  "o3 Responses effort medium, chained": { api: "responses", model: "o3", effort: "medium", maxOut: 25000, reasoningMult: [1, 10] },
};
let bad = 0, i = 0;
for (const [name, v] of Object.entries(V)) {
  const res = replay(`held-1-${i++}`, studyApp(v, { days: 3, seed: 70 + i }));
  const f = figures(res);
  console.log(`${name}: ${f.n} requests, ${f.full} in full, ${f.degraded} degraded, ${f.refused} refused`);
  bad += f.degraded + f.refused;
}
console.log(bad === 0 ? "held" : "NOT HELD");
