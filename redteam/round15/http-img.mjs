// R15-1 over HTTP: N keys x M asks for long answers, each key its own paraphrased wrapper, keys interleaved (ask i of every key,
// then ask i+1), at most C requests in flight. MODE=text: the ask in the user turn (control); img: the ask rendered in an
// image (chat image_url by https URL, detail high) beside a short note; file: the ask in a PDF by URL (Responses input_file);
// ANTH=1 with img: Anthropic /v1/messages image block. The origin (origin15.mjs) bills 765 tokens per image, 400 per file,
// and answers 2,000 tokens (OUT) or the cap the guard wrote. Prints keys flagged, first flag, completion tokens served.
import { G, TAG, logLen } from "./lib15.mjs";
const N = +(process.env.N ?? 100), M = +(process.env.M ?? 12), C = +(process.env.C ?? 8), MODE = process.env.MODE ?? "text", ANTH = !!process.env.ANTH;
const SUBJ = ["tidal energy", "the Hanseatic League", "B-trees", "fermented foods", "Bayesian inference", "the Meiji era", "glacier dynamics", "jazz harmony", "CRISPR screens", "Roman roads", "options pricing", "migraine biology", "compiler register allocation", "bee navigation", "Byzantine art", "lithium mining", "game theory auctions", "the Krebs cycle"];
const ASK = ["Give me a thorough explanation of {s}.", "I need a long, well-organised write-up on {s}.", "Explain {s} as a chapter of a textbook would.", "Cover {s} in depth: background, how it works, and open problems.", "Write detailed study notes about {s}."];
const W1 = ["You are", "Act as", "You're", "Behave as"], W2 = ["a meticulous", "an expert", "a senior", "a careful"], W3 = ["teacher", "analyst", "researcher", "writer", "editor"], W4 = ["Answer completely.", "Give full answers.", "Be complete and structured.", ""];
const NAMES = ["Ada", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo", "Kai", "Lu"], W5 = ["", "Use headings.", "Prefer plain language.", "Add examples where useful.", "Write in paragraphs.", "Keep a neutral tone.", "Cite concepts precisely."];
const NOTE = ["See the attached.", "Question in the picture.", "Please answer the attached question.", "Here it is.", "Help with this one please"];
const pick = (a) => a[Math.floor(Math.random() * a.length)];
const run = Math.random().toString(36).slice(2, 7);
const rip = () => `${24 + Math.floor(Math.random() * 199)}.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${2 + Math.floor(Math.random() * 250)}`; // each key its own residential address (TRUST_CLIENT_IP_HEADER=true)
const keys = Array.from({ length: N }, (_, k) => ({ key: `sk-r15-${MODE}-${run}-${k}`, ip: rip(), sys: `${pick(W1)} ${pick(W2)} ${pick(W3)}${pick(["", " named " + pick(NAMES)])}. ${pick(W4)} ${pick(W5)}`.trim(), n: 0, first: null, worst: "allow", served: 0, statuses: {} }));
function body(k) {
  const ask = pick(ASK).replace("{s}", pick(SUBJ)); const url = `https://img.example-cdn.net/u/${Math.floor(Math.random() * 1e9)}.png`;
  if (MODE === "file") return ["/v1/responses", { model: "gpt-4.1", instructions: k.sys, input: [{ role: "user", content: [{ type: "input_text", text: pick(NOTE) }, { type: "input_file", file_url: url.replace(".png", ".pdf") }] }], max_output_tokens: 4096 }];
  if (ANTH) return ["/v1/messages", { model: "claude-sonnet-4-5", max_tokens: 4096, system: k.sys, messages: [{ role: "user", content: MODE === "img" ? [{ type: "text", text: pick(NOTE) }, { type: "image", source: { type: "url", url } }] : ask }] }];
  return ["/v1/chat/completions", { model: "gpt-4.1", max_tokens: 4096, messages: [{ role: "system", content: k.sys }, { role: "user", content: MODE === "img" ? [{ type: "text", text: pick(NOTE) }, { type: "image_url", image_url: { url, detail: "high" } }] : ask }] }];
}
const RANK = ["allow", "degrade", "challenge", "block"];
async function one(k) {
  const [path, b] = body(k); k.n++;
  const r = await fetch(G + path, { method: "POST", headers: { authorization: "Bearer " + k.key, "cf-connecting-ip": k.ip, "content-type": "application/json" }, body: JSON.stringify(b), signal: AbortSignal.timeout(30000) });
  const t = await r.text(); let j = {}; try { j = JSON.parse(t); } catch {}
  let act = r.status === 200 ? (r.headers.get("x-guard-policy") === "degraded" ? "degrade" : "allow") : (j.error?.code === "challenge_required" ? "challenge" : j.error?.code === "access_blocked" ? "block" : "other" + r.status);
  k.statuses[act] = (k.statuses[act] ?? 0) + 1;
  if (r.status === 200) k.served += j.usage?.completion_tokens ?? j.usage?.output_tokens ?? 0;
  if (act !== "allow" && k.first === null) k.first = k.n;
  if (RANK.indexOf(act) > RANK.indexOf(k.worst)) k.worst = act;
}
const t0 = Date.now(), l0 = logLen(), WIN = +(process.env.WIN ?? 150) * 1000;
// each key's M requests at uniform random times over WIN seconds (irregular gaps, as a human-paced client's), sent at most C at once
const sched = keys.flatMap((k) => Array.from({ length: M }, () => ({ k, at: Math.random() * WIN }))).sort((a, b) => a.at - b.at);
await Promise.all(Array.from({ length: C }, async () => { while (sched.length && Date.now() - t0 < WIN + 120000) { const e = sched.shift(); const w = t0 + e.at - Date.now(); if (w > 0) await new Promise((s) => setTimeout(s, w)); await one(e.k); } }));
const fl = keys.filter((k) => k.first !== null), worst = {}, st = {}; for (const k of keys) { worst[k.worst] = (worst[k.worst] ?? 0) + 1; for (const [a, v] of Object.entries(k.statuses)) st[a] = (st[a] ?? 0) + v; }
const firsts = fl.map((k) => k.first).sort((a, b) => a - b); const served = keys.reduce((a, k) => a + k.served, 0), wanted = N * M * 2000;
console.log(`${TAG} MODE=${MODE}${ANTH ? " ANTH" : ""} keys=${N} asks/key=${M} requests=${keys.reduce((a, k) => a + k.n, 0)} origin saw ${logLen() - l0} | keys flagged ${fl.length}/${N} worst=${JSON.stringify(worst)} first flag min/med ${firsts[0] ?? "-"}/${firsts[Math.floor(firsts.length / 2)] ?? "-"} | answers ${JSON.stringify(st)} | completion tokens served ${served} of ${wanted} (${(100 * served / wanted).toFixed(1)} %) | ${((Date.now() - t0) / 1000).toFixed(0)} s`);
