// Goal 3: framing through the ASN / network shards when the honest keys are machine-paced.
// 20 honest keys are cron/batch jobs on a cloud (ASN 16509, several /24s): every 30 s they send a
// support ticket to summarise (temperature 0, max_tokens 256, no system prompt), 24/7. With ATTACK=1
// the attacker rents VMs in the same cloud region (same ASN, same /24s), copies the common
// parameters and the 30 s rhythm, and sends blatant pipeline prompts.
// node gen-asnframe.mjs OUT.jsonl attack(0|1) attackerKeys hours seed
import { rng, corpus, Trace, T0 } from "./lib.mjs";
const [out, attackA = "1", akA = "8", hoursA = "24", seedA = "1"] = process.argv.slice(2);
const r = rng(Number(seedA));
const tickets = corpus("benign_customer_support").map((x) => x.text);
const gen = corpus("distill_selfinstruct_alpaca_gen_prompts").map((x) => x.text);
const trace = new Trace();
let seq = 0;
const subnet = (k) => `52.94.${10 + (k % 4)}.${r.int(2, 250)}`;
const P = { model: "gpt-4o-mini", temperature: 0, max_tokens: 256 };
const N = Math.floor(Number(hoursA) * 3600 / 30);
for (let k = 0; k < 20; k++) for (let i = 0; i < N; i++) {
  const body = { ...P, messages: [{ role: "user", content: `Summarise this customer ticket in one line and give its category:\n\n${r.pick(tickets)}` }] };
  trace.add({ ts: T0 + i * 30000 + k * 1337, seq: seq++, key: `sk-honest-cron-${k}-${seedA}`, label: "honest-cron", ip: subnet(k), asn: 16509, country: "US", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: 60, completion_tokens: r.int(20, 60) } });
}
if (attackA === "1") for (let k = 0; k < Number(akA); k++) for (let i = 0; i < N; i++) {
  const body = { ...P, messages: [{ role: "user", content: r.pick(gen) }] };
  trace.add({ ts: T0 + i * 30000 + k * 977 + 500, seq: seq++, key: `sk-attacker-cron-${k}-${seedA}`, label: "attacker-cron", ip: subnet(k), asn: 16509, country: "US", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: 600, completion_tokens: 256 } });
}
trace.write(out);
