// R60-4 (new rule: takeBackHard / restoreHard): a help centre that showed answer confidence
// (top_logprobs 5; degraded for it, R58-2, open) removes it from the end-user UI at 09:00 on day 2,
// but its support team keeps a "debug view" that re-asks ~4 tickets a day with top_logprobs.
// Each debug request gives back all the evidence taken back, so the end-user product is degraded
// again until 50 more requests pass, several times a day. Control: the same change with no debug view.
import { replay, figures, pct, hours } from "./lib.mjs";
import { helpdesk } from "./helpdesk.mjs";

function run(name, debugPerDay) {
  const { lines, changeTs } = helpdesk({ debugPerDay });
  const res = replay(name, lines);
  const prod = figures(res, (l) => l.meta.kind === "product");
  const dbg = figures(res, (l) => l.meta.kind === "debug");
  let cut = 0;
  res.lines.forEach((l, i) => { if (l.meta.kind === "product" && res.dec[i].degraded && l.meta.visible > 512) cut++; });
  // episodes: product requests degraded after a debug request
  let episodes = 0, inDeg = false;
  res.lines.forEach((l, i) => { if (l.meta.kind !== "product") return; const d = res.dec[i].degraded; if (d && !inDeg) episodes++; inDeg = d; });
  console.log(`${name}: end-user requests after the change ${prod.n}: ${prod.full} in full, ${prod.degraded} degraded (${pct(prod.degraded, prod.n)}), answers cut at 512 ${cut}; ` +
    `degraded spells ${episodes}; last degraded ${prod.lastDegradeTs ? hours(prod.lastDegradeTs - changeTs) : "-"} after the change`);
  if (dbg.n) console.log(`  debug-view requests ${dbg.n}: logprobs served ${dbg.full}, stripped (degraded) ${dbg.degraded}`);
  return { prod, dbg };
}
const main = run("r60-4-with-debug-view", 4);
const ctrl = run("r60-4-control-no-debug-view", 0);
const ok = main.prod.degraded > 4 * Math.max(1, ctrl.prod.degraded) && ctrl.prod.degraded <= 60;
console.log(ok ? "REPRODUCED" : "not reproduced");
