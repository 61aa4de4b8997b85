// Discovery runner: node probe.mjs <name> (one product/case at a time).
import * as P from "./products.mjs";
import { run, show } from "./lib.mjs";
const cases = {
  "sum-fixed": () => P.summariser({}), "sum-varied": () => P.summariser({ fixed: false }),
  "crm-fixed": () => P.crm({}), "crm-varied": () => P.crm({ mode: "varied" }), "crm-joined": () => P.crm({ mode: "joined" }),
  "brief-fixed": () => P.brief({}), "brief-varied": () => P.brief({ fixed: false }), "brief-noprefill": () => P.brief({ prefill: null }),
  "rp-name": () => P.roleplay({}), "rp-long": () => P.roleplay({ prefill: "long" }), "rp-none": () => P.roleplay({ prefill: null }),
  "rag-handed": () => P.rag({}), "rag-sys": () => P.rag({ layout: "sys" }), "rag-noemb": () => P.rag({ embeddings: false }),
  "tr-handed": () => P.translate({}), "tr-joined": () => P.translate({ layout: "joined" }), "tr-handed-nopf": () => P.translate({ prefill: null }),
  "agent-45": () => P.agent({}), "agent-6": () => P.agent({ tools: 6 }),
};
for (const name of process.argv.slice(2)) {
  const ev = cases[name]();
  const t = Date.now();
  const f = run("probe-" + name, ev, (e) => !e._p.endsWith("-emb"));
  show(name, f);
  console.log(`   (${ev.length} lines, ${((Date.now() - t) / 1000).toFixed(0)} s)`);
}
