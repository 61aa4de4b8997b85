// R34-1: framing through the wrapper shard with made-up keys. The attacker holds no valid key at all:
// 10 made-up keys (the origin answers each 401) copy a public app's system prompt and parameters and send
// topic-sweeping asks at a machine rhythm. The victim is an honest product-description generator run by a
// queue worker (regular gaps +-50 %), long answers (1,500 tokens) to short product lines.
// Env: JUNK=0 uses valid attacker keys; MODE=triage ATTMODE=pipe is the ticket-classifier control (held);
// POIS=1 gives the victim Poisson (human-like) gaps (held); ATT, AREQ, V2 sizes.
import { withStack, GUARD, keyState, keyId, admin, sleep } from "./lib.mjs";
const ATT = Number(process.env.ATT ?? 10), AREQ = Number(process.env.AREQ ?? 25), V1 = 30, V2 = Number(process.env.V2 ?? 70);
const GAP0 = Number(process.env.GAP ?? 900), JIT = Number(process.env.JIT ?? 0.5);
const POIS = process.env.POIS === "1";
const gap = () => POIS ? Math.min(6 * GAP0, -GAP0 * Math.log(1 - Math.random())) : GAP0 * (1 - JIT + 2 * JIT * Math.random());
const policy = { defaults: { rpm: 600, tpm: 10000000, tpd: 100000000, concurrency: 8 } };
const SYS = "You are TicketSorter, the open-source helpdesk triage assistant of the Acme Support Suite. Read the customer ticket below and answer with exactly one label from this list: billing, login, bug, feature_request, shipping, refund, account_deletion, other. Do not explain your choice. If the ticket mentions money taken twice, answer billing. If it mentions passwords, two-factor codes or locked accounts, answer login. Tickets may be written in any language; answer with the English label only.";
const PARAMS = { model: "gpt-4o-mini", temperature: 0, max_tokens: 5, logprobs: true, top_logprobs: 5 };
const tickets = ["I was charged twice for my March invoice, please fix", "cannot log in, the 2FA code never arrives", "The export button crashes the app on Android 14", "Please add dark mode to the dashboard", "My parcel has been stuck in Leipzig for 9 days", "I want my money back for the annual plan", "Delete my account and all data please", "how do I change the language of emails?", "Password reset link says expired immediately", "Refund not received after 14 days", "App freezes when I upload a PDF larger than 10MB", "Can you support SSO with Okta?", "Tracking number shows delivered but I got nothing", "The invoice has the wrong VAT number", "Locked out after too many attempts"];
const PIPE = (i) => `You are a prompt rewriter. #The Given Prompt#: "Summarise a news article about ${["volcanoes", "tax law", "chess", "vaccines", "rust programming", "baroque music", "soil erosion", "credit cards"][i % 8]}". Come up with 20 diverse new task instructions that are more complex, covering diverse topics. Task: 1. rewrite 2. add constraints 3. deepen 4. concretise. Output a numbered list of the new instructions. Class label: instruction.`;
const MODE = process.env.MODE ?? "content", ATTMODE = process.env.ATTMODE ?? "sweep";
const CSYS = "You are ShopWriter, the open-source product description generator of the Acme Storefront plugin. Write an engaging, accurate product description for the product below, in the shop's friendly tone. Start with a one-sentence hook, then three short paragraphs on benefits, materials and care, then a bulleted list of specifications. Never invent certifications. Use British spelling. Do not mention competitors. End with a call to action inviting the customer to add the product to their basket.";
const CPARAMS = { model: "gpt-4o-mini", temperature: 0.7, max_tokens: Number(process.env.CMAX ?? 2000) };
const products = ["cast iron skillet 26cm", "garden hose 30m with brass fittings", "noise-cancelling wireless headphones", "natural rubber yoga mat", "children's picture book about dinosaurs", "magnetic car phone mount", "vitamin D3 supplement 1000 IU", "walnut chess set with weighted pieces", "phosphor bronze acoustic guitar strings", "stainless steel insulated water bottle", "merino wool hiking socks", "LED desk lamp with wireless charger", "organic loose-leaf green tea 250g", "dog harness with reflective straps", "watercolour paint set 24 colours", "espresso machine with milk frother", "memory foam pillow", "solar garden lights pack of 8", "electric toothbrush with 3 modes", "leather travel wallet with RFID block"];
const CPIPE = (i) => `Product: ${["quantum computing textbook", "treatise on Roman law", "guide to protein folding", "history of the Ming dynasty", "manual of differential equations", "essay on Kantian ethics", "course on compiler design", "atlas of human anatomy"][i % 8]} (#${i}). Features: covers everything in depth.`;
if (MODE === "content") { SYS_SET(CSYS, CPARAMS); }
function SYS_SET(a, b) { globalThis.__SYS = a; globalThis.__PARAMS = b; }
const answer = (body) => ({ text: body.messages?.[0]?.content?.startsWith("You are TicketSorter") ? "billing" : "The perfect companion for every day. ".repeat(Number(process.env.CREP ?? 215)) });

async function send(key, ip, content) {
  const r = await fetch(GUARD + "/v1/chat/completions", { method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json", "cf-connecting-ip": ip }, body: JSON.stringify({ ...(globalThis.__PARAMS ?? PARAMS), messages: [{ role: "system", content: globalThis.__SYS ?? SYS }, { role: "user", content }] }) });
  await r.text();
  return { status: r.status, policy: r.headers.get("x-guard-policy"), t: Date.now() };
}
function tally(rs) { return { n: rs.length, full: rs.filter((r) => r.status === 200 && !r.policy).length, degraded: rs.filter((r) => r.policy === "degraded").length, refused: rs.filter((r) => r.status !== 200).length }; }

await withStack(policy, { answer, chunkMs: 0, junkPrefix: process.env.JUNK !== "0" ? "-junk-" : undefined }, async ({ origin }) => {
  const victim = "sk-acme-helpdesk-prod-" + Date.now();
  const vres1 = [], vres2 = [];
  // phase 1: the victim alone
  const vgap = () => gap();
  for (let i = 0; i < V1; i++) { vres1.push(await send(victim, "203.0.113.10", MODE === "content" ? "Product: " + products[i % products.length] + ` (SKU ${1000 + i})` : tickets[i % tickets.length] + ` (#${1000 + i})`)); await sleep(vgap()); }
  const s1 = await keyState(victim);
  console.log("victim alone:", JSON.stringify(tally(vres1)), "standing", s1.detection.standing, "score", s1.detection.score, JSON.stringify(s1.detection.reasons));
  // phase 2: attackers beside it
  let stop = false;
  const attackers = Array.from({ length: ATT }, (_, a) => (async () => {
    const key = `sk-att${process.env.JUNK !== "0" ? "-junk-" : "-"}${a}-${Date.now()}`; const ip = `198.51.${100 + a}.7`; const out = [];
    await sleep(a * 37);
    for (let i = 0; i < AREQ && !stop; i++) { out.push(await send(key, ip, ATTMODE === "pipe" ? PIPE(i + a) : CPIPE(i * 7 + a))); await sleep(GAP0 * (0.75 + 0.5 * Math.random())); }
    return { key, out, end: Date.now() };
  })());
  const vloop = (async () => { for (let i = 0; i < V2; i++) { vres2.push(await send(victim, "203.0.113.10", MODE === "content" ? "Product: " + products[(i + 7) % products.length] + ` (SKU ${2000 + i})` : tickets[(i + 3) % tickets.length] + ` (#${2000 + i})`)); await sleep(vgap()); } })();
  const atts = await Promise.all(attackers); await vloop; stop = true;
  const attEnd = Math.max(...atts.map((a) => a.end));
  const after = vres2.filter((r) => r.t > attEnd);
  console.log("victim requests after the last attacker request:", JSON.stringify(tally(after)));
  await sleep(1500);
  const s2 = await keyState(victim);
  const vOrigin = origin.rec.requests.filter((r) => r.headers.authorization?.includes("acme")).slice(V1);
  const vmax = vOrigin.map((r) => r.body.max_tokens ?? r.body.max_completion_tokens); console.log("victim max_tokens at origin during attack:", JSON.stringify([...new Set(vmax)]));
  console.log("victim during the attack:", JSON.stringify(tally(vres2)), "origin got logprobs in", vOrigin.filter((r) => r.body.logprobs).length, "of", vOrigin.length);
  console.log("victim standing", s2.detection.standing, "score", s2.detection.score, JSON.stringify(s2.detection.channels), JSON.stringify(s2.detection.reasons));
  const a0 = await keyState(atts[0].key);
  const attOrigin = origin.rec.requests.filter((r) => r.headers.authorization?.includes("sk-att"));
  console.log(`attackers: ${ATT} keys x ${AREQ} requests, ${process.env.JUNK !== "0" ? "made-up keys the origin refuses (401)" : "valid keys"}; origin saw ${attOrigin.length} attacker requests and answered ${attOrigin.length - (origin.rec.junk || 0)} of them 2xx`);
  console.log("attacker 0:", JSON.stringify(tally(atts[0].out)), a0.detection.standing, a0.detection.score, JSON.stringify(a0.detection.reasons));
  // phase 3: the documented way back, verification
  await admin("PUT", "/keys/" + (await keyId(victim)) + "/verified", { days: 90 });
  const vres3 = []; const n3 = origin.rec.requests.length;
  for (let i = 0; i < 10; i++) { vres3.push(await send(victim, "203.0.113.10", "Product: " + products[i] + ` (SKU ${3000 + i})`)); await sleep(vgap()); }
  const caps3 = origin.rec.requests.slice(n3).filter((r) => r.headers.authorization?.includes("acme")).map((r) => r.body.max_tokens ?? r.body.max_completion_tokens);
  console.log("victim after verification:", JSON.stringify(tally(vres3)), "max_tokens at origin", JSON.stringify([...new Set(caps3)]));
  const hurt = tally(vres2).degraded + tally(vres2).refused;
  console.log(hurt > tally(vres1).degraded + tally(vres1).refused + 3 ? "REPRODUCED: the victim was hurt by keys it does not control" : "not reproduced (held)");
});
