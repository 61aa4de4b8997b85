// Goal 3: framing honest keys through cross-key linkage. 40 honest keys run the same open-source
// chat UI (its public default system prompt and its fixed parameters), people chatting in growing
// conversations in the daytime. With ATTACK=1, the attacker runs K keys with the same public system
// prompt and the same parameters, sending pipeline prompts (self-instruct generation), single-turn.
// node gen-frame.mjs OUT.jsonl attack(0|1) attackerKeys days seed [rhythm=human|machine]
import { rng, corpus, Trace, sessionTimes, T0, DAY } from "./lib.mjs";
const [out, attackA = "1", akA = "12", daysA = "2", seedA = "1", rhythm = "human", shape = "chat", attackHoursA = "24"] = process.argv.slice(2);
// attackHours: the attacker is active only in the first N hours of day 1 (a short burst)
// shape=single: the honest app is a single-turn writing tool (each request one self-contained ask)
const r = rng(Number(seedA));
const SYS = "You are OpenChatUI, a friendly assistant built into an open-source chat interface. Answer the user's questions clearly and helpfully. Use Markdown for formatting when useful, and ask for clarification if a request is ambiguous.";
const PARAMS = { model: "gpt-4o-mini", temperature: 0.7, top_p: 0.95, max_tokens: 1024 };
const convs = corpus("conversations").map((x) => x.turns);
const userMsgs = [...corpus("benign_sharegpt"), ...corpus("benign_hh_harmless_base"), ...corpus("benign_arena_hard")].map((x) => x.text).filter((t) => t.length < 3000);
const gen = corpus("distill_selfinstruct_alpaca_gen_prompts").map((x) => x.text);
const trace = new Trace();
let seq = 0;
for (let k = 0; k < 40; k++) {
  const key = `sk-honest-ui-${k}-${seedA}`;
  const ip = `100.${64 + k}.${r.int(0, 255)}.${r.int(2, 250)}`; // each user their own network
  let msgs = [];
  for (const ts of sessionTimes(r, { days: Number(daysA), meanSec: 240, sigma: 1.2, startH: 8 + r.int(0, 3), endH: 21 + r.int(0, 2) })) {
    if (shape === "single" || msgs.length === 0 || msgs.length > 14 || r.chance(0.15)) msgs = [];
    const c = r.pick(convs);
    const u = msgs.length === 0 ? r.pick(userMsgs) : (c.find((t) => t.role === "user")?.text ?? r.pick(userMsgs));
    msgs.push({ role: "user", content: u.slice(0, 2000) });
    const body = { ...PARAMS, messages: [{ role: "system", content: SYS }, ...msgs] };
    const comp = r.int(80, 700);
    trace.add({ ts, seq: seq++, key, label: "honest-ui-" + shape, ip, asn: 7922, country: "US", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: Math.ceil(JSON.stringify(body).length / 4), completion_tokens: comp } });
    msgs.push({ role: "assistant", content: "Here is what I found: " + r.pick(userMsgs).slice(0, 400) });
  }
}
if (attackA === "1") {
  for (let k = 0; k < Number(akA); k++) {
    const key = `sk-attacker-frame-${k}-${seedA}`;
    const ip = `45.${10 + k}.${r.int(0, 255)}.${r.int(2, 250)}`;
    const times = rhythm === "machine"
      ? Array.from({ length: Math.floor(Number(daysA) * 86400 / 90) }, (_, i) => T0 + 8 * 3600000 + i * 90000 + k * 1111)
      : [...sessionTimes(r, { days: Number(daysA), meanSec: 240, sigma: 1.2, startH: 8, endH: 22 })];
    for (const ts of times) {
      if (ts > T0 + Number(attackHoursA) * 3600000) continue;
      const body = { ...PARAMS, messages: [{ role: "system", content: SYS }, { role: "user", content: r.pick(gen) }] };
      trace.add({ ts, seq: seq++, key, label: "attacker", ip, asn: 16509, country: "US", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: 600, completion_tokens: r.int(600, 1000) } });
    }
  }
}
trace.write(out);
