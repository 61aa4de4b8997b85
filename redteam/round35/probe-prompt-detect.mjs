// Probe: a harvest riding a stored prompt's variables vs the same asks in `input` (detection on)
import { startOrigin, startGuard, call, sleep } from "./lib.mjs";
const N = Number(process.env.N || 40);
const origin = await startOrigin(9603, { defaultOut: 1800 });
const policy = { defaults: { rpm: 6000, tpm: 50000000, tpd: 500000000, concurrency: 8 }, defaultMaxOutputTokens: 1024 };
const g = await startGuard({ port: 9601, inspectorPort: 9609, upstream: "http://127.0.0.1:9603", policy, tag: "p2" });
const topics = ["photosynthesis", "the Krebs cycle", "RSA encryption", "Fourier transforms", "plate tectonics", "the French revolution", "supply and demand", "quantum tunnelling", "the immune response", "compiler register allocation", "Bayesian inference", "the Doppler effect", "protein folding", "monetary policy", "black holes", "TCP congestion control", "natural selection", "the Pythagorean theorem", "entropy", "neural backpropagation"];
const ask = (i) => `Explain step by step, showing all of your reasoning, how ${topics[i % topics.length]} works (case ${i}). Think through each step in detail before the final answer.`;
const shapes = {
  input: (i) => ({ model: "m", max_output_tokens: 1800, input: ask(i) }),
  vars: (i) => ({ model: "m", max_output_tokens: 1800, prompt: { id: "pmpt_tutor", version: "1", variables: { question: ask(i) } } }),
  varsobj: (i) => ({ model: "m", max_output_tokens: 1800, prompt: { id: "pmpt_tutor", version: "1", variables: { question: { type: "input_text", text: ask(i) } } } }),
  varsfile: (i) => ({ model: "m", max_output_tokens: 1800, prompt: { id: "pmpt_tutor", version: "1", variables: { question: { type: "input_file", file_id: "file-q" + i } } } }),
  varsnum: (i) => ({ model: "m", max_output_tokens: 1800, prompt: { id: "pmpt_tutor" + i, version: String(i) } }),
};
try {
  for (const s of (process.env.SHAPES || Object.keys(shapes).join(",")).split(",")) {
    const key = "sk-r35-pd-" + s + "-" + Date.now(); const id = await g.keyId(key);
    const st = {}; let full = 0;
    for (let i = 0; i < N; i++) {
      const ip = `203.0.${(i * 0) + 100 + Object.keys(shapes).indexOf(s)}.7`;
      const r = await call(g.base, key, "POST", "/v1/responses", shapes[s](i), { "cf-connecting-ip": ip });
      const tag = r.status + (r.headers.get("x-guard-policy") ? "/" + r.headers.get("x-guard-policy") : "");
      st[tag] = (st[tag] || 0) + 1;
      const fwd = origin.log[origin.log.length - 1];
      if (r.status === 200 && (fwd.body?.max_output_tokens ?? 0) >= 1800) full++;
      await sleep(40);
    }
    await sleep(2500);
    const v = (await g.admin("GET", `/keys/${id}`)).body;
    console.log(`${s.padEnd(8)} ${JSON.stringify(st)} served in full ${full}/${N}; standing ${v.detection?.standing} score ${v.detection?.score?.toFixed?.(2)} reasons ${JSON.stringify(v.detection?.reasons).slice(0, 300)}`);
  }
} finally { g.kill(); await origin.close(); }
