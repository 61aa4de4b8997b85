// R34-2: framing through the network shard. The attackers never see the victim's key nor its system prompt:
// they only share its /24 (one cloud or serverless egress range, a campus or carrier NAT) and the most common
// parameters (temperature 0.7, max_tokens 2000), and harvest long answers at a machine rhythm.
// The client address is given as CF-Connecting-IP, which the local runtime believes as the edge would set it
// (the reasons below show "N networks").
import { withStack, GUARD, keyState, keyId, admin, sleep } from "./lib.mjs";
const ATT = Number(process.env.ATT ?? 10), AREQ = Number(process.env.AREQ ?? 25), V1 = 30, V2 = Number(process.env.V2 ?? 70);
const GAP0 = Number(process.env.GAP ?? 900), JIT = 0.5;
const gap = () => GAP0 * (1 - JIT + 2 * JIT * Math.random());
const SAME24 = process.env.SAME24 !== "0";
const policy = { defaults: { rpm: 600, tpm: 10000000, tpd: 100000000, concurrency: 8 } };
const VSYS = "You are ShopWriter, the product description generator of the Acme Storefront. Write an engaging, accurate product description for the product below, in the shop's friendly tone. Start with a one-sentence hook, then three short paragraphs on benefits, materials and care, then a bulleted list of specifications. Never invent certifications. Use British spelling.";
const PARAMS = { model: "gpt-4o-mini", temperature: 0.7, max_tokens: 2000 };
const products = ["cast iron skillet 26cm", "garden hose 30m with brass fittings", "noise-cancelling wireless headphones", "natural rubber yoga mat", "children's picture book about dinosaurs", "magnetic car phone mount", "vitamin D3 supplement 1000 IU", "walnut chess set with weighted pieces", "phosphor bronze acoustic guitar strings", "stainless steel insulated water bottle", "merino wool hiking socks", "LED desk lamp with wireless charger", "organic loose-leaf green tea 250g", "dog harness with reflective straps", "watercolour paint set 24 colours", "espresso machine with milk frother"];
const asks = ["Explain the causes of the French Revolution.", "Describe how photosynthesis works.", "Write an essay on the ethics of AI.", "Explain general relativity to a student.", "Summarise the history of the Roman Empire.", "Explain how vaccines train the immune system.", "Describe the plot and themes of Hamlet.", "Explain how public key cryptography works.", "Discuss the economics of inflation.", "Explain plate tectonics and earthquakes."];
const answer = () => ({ text: "The perfect companion for every day. ".repeat(215) });
async function send(key, ip, sys, content) {
  const messages = sys ? [{ role: "system", content: sys }, { role: "user", content }] : [{ role: "user", content }];
  const r = await fetch(GUARD + "/v1/chat/completions", { method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json", "cf-connecting-ip": ip }, body: JSON.stringify({ ...PARAMS, messages }) });
  await r.text(); return { status: r.status, policy: r.headers.get("x-guard-policy") };
}
const tally = (rs) => ({ n: rs.length, full: rs.filter((r) => r.status === 200 && !r.policy).length, degraded: rs.filter((r) => r.policy === "degraded").length, refused: rs.filter((r) => r.status !== 200).length });
await withStack(policy, { answer, chunkMs: 0, junkPrefix: process.env.JUNK === "1" ? "-junk-" : undefined }, async ({ origin }) => {
  const victim = "sk-acme-shopwriter-" + Date.now(); const VIP = "203.0.113.10";
  const v1 = [], v2 = [];
  for (let i = 0; i < V1; i++) { v1.push(await send(victim, VIP, VSYS, "Product: " + products[i % products.length] + ` (SKU ${1000 + i})`)); await sleep(gap()); }
  const s1 = await keyState(victim);
  console.log("victim alone:", JSON.stringify(tally(v1)), "standing", s1.detection.standing, "score", s1.detection.score);
  const atts = Promise.all(Array.from({ length: ATT }, (_, a) => (async () => {
    const key = `sk-nb${process.env.JUNK === "1" ? "-junk-" : "-"}${a}-${Date.now()}`; const ip = SAME24 ? `203.0.113.${20 + a}` : `198.51.${100 + a}.7`; const out = [];
    await sleep(a * 41);
    for (let i = 0; i < AREQ; i++) { out.push(await send(key, ip, null, asks[(i + a) % asks.length] + ` Part ${i}.`)); await sleep(GAP0 * (0.75 + 0.5 * Math.random())); }
    return { key, out };
  })()));
  for (let i = 0; i < V2; i++) { v2.push(await send(victim, VIP, VSYS, "Product: " + products[(i + 5) % products.length] + ` (SKU ${2000 + i})`)); await sleep(gap()); }
  const A = await atts; await sleep(1500);
  const s2 = await keyState(victim);
  console.log("victim during:", JSON.stringify(tally(v2)), "standing", s2.detection.standing, "score", s2.detection.score, JSON.stringify(s2.detection.channels), JSON.stringify(s2.detection.reasons));
  const a0 = await keyState(A[0].key);
  console.log("attacker 0:", JSON.stringify(tally(A[0].out)), a0.detection.standing, JSON.stringify(a0.detection.reasons).slice(0, 300));
  const hurt = tally(v2).degraded + tally(v2).refused;
  console.log(hurt > 3 ? "REPRODUCED: the victim was hurt by keys that only share its network and common parameters" : "not reproduced (held)");
});
