// R34-3 probe: a harvester makes its own wrapper "generic" (popular-honest) with free made-up keys.
// docs/detection.md: a mature shard (>= 8 members seen for >= 5 requests with a known rhythm) with >= 10 keys,
// a low mean local score and no corroboration is generic: its keys ignore that wrapper in their wrapper feature.
// Arm A: one harvester key, a wrapper around diverse asks, long answers, Poisson (person-like) gaps.
// Arm B: the same with another wrapper, beside JK made-up keys (origin 401) sending that wrapper with cheap asks.
import { withStack, GUARD, keyState, sleep } from "./lib.mjs";
const HN = Number(process.env.HN ?? 60), JK = Number(process.env.JK ?? 12), JR = Number(process.env.JR ?? 14), GAP = Number(process.env.GAP ?? 900);
const pois = () => Math.min(5 * GAP, -GAP * Math.log(1 - Math.random()));
const policy = { defaults: { rpm: 600, tpm: 10000000, tpd: 100000000, concurrency: 8 } };
const W = (name) => `You are ${name}, a patient and knowledgeable tutor. Answer the student's question thoroughly and clearly, with examples and a short summary at the end. Keep a warm, encouraging tone and define any technical term you use.`;
const asks = ["Explain the causes of the French Revolution.", "Describe how photosynthesis works.", "Explain general relativity.", "Summarise the history of the Roman Empire.", "Explain how vaccines train the immune system.", "Describe the themes of Hamlet.", "Explain public key cryptography.", "Discuss the economics of inflation.", "Explain plate tectonics.", "How do neural networks learn?", "Explain the water cycle.", "What caused the Great Depression?", "How does a compiler work?", "Explain supply and demand.", "Describe the structure of DNA.", "How do black holes form?"];
const cheap = ["hi", "thanks!", "ok", "what is 2+2?", "good morning", "can you help me?", "bye"];
const answer = () => ({ text: "Here is a careful explanation with examples. ".repeat(190) });
const PARAMS = { model: "gpt-4o-mini", temperature: 0.7, max_tokens: 2000 };
async function send(key, ip, sys, content) {
  const r = await fetch(GUARD + "/v1/chat/completions", { method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json", "cf-connecting-ip": ip }, body: JSON.stringify({ ...PARAMS, messages: [{ role: "system", content: sys }, { role: "user", content }] }) });
  await r.text(); return { status: r.status, policy: r.headers.get("x-guard-policy") };
}
const tally = (rs) => ({ n: rs.length, full: rs.filter((r) => r.status === 200 && !r.policy).length, degraded: rs.filter((r) => r.policy === "degraded").length, refused: rs.filter((r) => r.status !== 200).length });
async function harvest(key, ip, sys) { const out = []; for (let i = 0; i < HN; i++) { out.push(await send(key, ip, sys, asks[i % asks.length] + ` (question ${i})`)); await sleep(pois()); } return out; }
await withStack(policy, { answer, chunkMs: 0, junkPrefix: "-junk-" }, async ({ origin }) => {
  const hA = "sk-harvA-" + Date.now();
  const A = await harvest(hA, "198.51.100.9", W("Tutor Max"));
  const sa = await keyState(hA);
  console.log("arm A (alone):", JSON.stringify(tally(A)), sa.detection.standing, JSON.stringify(sa.detection.channels), JSON.stringify(sa.detection.reasons).slice(0, 600));
  const wB = W("Professor Lina");
  const junk = Array.from({ length: JK }, (_, j) => (async () => { for (let i = 0; i < JR; i++) { await send(`sk-x-junk-${j}`, `192.0.2.${10 + j}`, wB, cheap[(i + j) % cheap.length]); await sleep(pois()); } })());
  await Promise.all(junk);
  const hB = "sk-harvB-" + Date.now();
  const B = await harvest(hB, "198.51.100.77", wB);
  const sb = await keyState(hB);
  console.log(`arm B (after ${JK} made-up keys x ${JR} requests on its wrapper, origin answered them ${origin.rec.junk} x 401):`, JSON.stringify(tally(B)), sb.detection.standing, JSON.stringify(sb.detection.channels), JSON.stringify(sb.detection.reasons).slice(0, 600));
  const fullA = tally(A).full, fullB = tally(B).full;
  console.log(fullB > fullA + 5 ? "REPRODUCED: made-up keys bought the harvester service" : "not reproduced (held)");
});
