// node tokens.mjs NAME... : (round 11: collector keys too; round 10: factory keys count as the farm's) the farm's billed prompt / completion tokens in each trace (what it pays for), and its free GETs
import fs from "node:fs";
for (const name of process.argv.slice(2)) {
  const tr = fs.readFileSync(new URL(`./traces/${name}.jsonl`, import.meta.url), "utf8").trim().split("\n");
  const meta = fs.readFileSync(new URL(`./traces/${name}.meta.jsonl`, import.meta.url), "utf8").trim().split("\n");
  let P = 0, C = 0, gets = 0, reqs = 0;
  for (let i = 0; i < tr.length; i++) {
    const m = JSON.parse(meta[i]); if (m.group !== "farm" && m.group !== "factory" && m.group !== "collector") continue; const e = JSON.parse(tr[i]);
    if (e.method === "GET") { gets++; if (e.usage && m.fetch) { P += e.usage.prompt_tokens; C += e.usage.completion_tokens; } continue; } reqs++; // R11: a background answer is billed as retrieved
    if (e.usage) { P += e.usage.prompt_tokens; C += e.usage.completion_tokens; } else if (m.items) C += m.c; // batch: answers come with the results
  }
  console.log(`${name} farm: ${reqs} paid requests, ${gets} free GETs, prompt tokens ${P}, completion tokens ${C}`);
}
