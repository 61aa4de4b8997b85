// node ctx.mjs NAME... : (round 12) the input a real origin bills beyond the trace's prompt tokens for asks naming a stored ANCHOR (ids
// "_a<n>", from ranc): the anchor's own prompt + answer, once per ask that names it (the generator's ranc asks leave it out of their
// prompt_tokens; hfu and rchunk asks already carry their context). Then the farm's cost in output-token equivalents at input = 1/4 output.
import fs from "node:fs";
for (const name of process.argv.slice(2)) {
  const tr = fs.readFileSync(new URL(`./traces/${name}.jsonl`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l));
  const meta = fs.readFileSync(new URL(`./traces/${name}.meta.jsonl`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l));
  const anc = new Map(); let P = 0, C = 0, X = 0;
  for (let i = 0; i < tr.length; i++) { const e = tr[i], m = meta[i]; if (m.group !== "farm" && m.group !== "factory" && m.group !== "collector") continue;
    if (e.usage) { P += e.usage.prompt_tokens; C += e.usage.completion_tokens; } if (e.response_id && /_a\d+$/.test(e.response_id) && e.usage) anc.set(e.response_id, e.usage.prompt_tokens + e.usage.completion_tokens);
    const pr = e.body?.previous_response_id; if (pr && anc.has(pr)) X += anc.get(pr); }
  console.log(`${name}: prompt ${P} + anchor context ${X} = ${P + X} input, completion ${C}; cost in output-token equivalents (input at 1/4) ${Math.round(C + (P + X) / 4)}`);
}
