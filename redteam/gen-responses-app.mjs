// Goal 3: honest chat apps on the Responses API keep the conversation server-side
// (`previous_response_id`, the pattern OpenAI recommends): every request carries only the new user
// message. The same conversations sent through Chat Completions carry the whole history.
// node gen-responses-app.mjs OUT.jsonl api(responses|chat) keys days seed
import { rng, corpus, Trace, sessionTimes } from "./lib.mjs";
const [out, api = "responses", keysA = "20", daysA = "2", seedA = "1", maxOutA = "2000", cMinA = "150", cMaxA = "900"] = process.argv.slice(2);
const r = rng(Number(seedA));
const userMsgs = [...corpus("benign_sharegpt"), ...corpus("benign_arena_hard"), ...corpus("benign_fastchat_mtbench_vicuna"), ...corpus("benign_hh_harmless_base")].map((x) => x.text).filter((t) => t.length < 2500);
const INSTR = "You are Nova, the assistant inside a productivity app. Be concise and practical.";
const trace = new Trace();
let seq = 0;
for (let k = 0; k < Number(keysA); k++) {
  const key = `sk-honest-${api}-app-${k}-${seedA}`;
  let msgs = [], prev = null, turn = 0;
  // each key is a small team's app backend: several users, conversations of 1-8 turns
  for (const ts of sessionTimes(r, { days: Number(daysA), meanSec: 150, sigma: 1.1, startH: 8 + r.int(0, 2), endH: 20 + r.int(0, 3) })) {
    if (turn === 0 || turn >= r.int(2, 8)) { msgs = []; prev = null; turn = 0; }
    const u = r.pick(userMsgs).slice(0, 1500);
    msgs.push({ role: "user", content: u });
    turn++;
    const body = api === "responses"
      ? { model: "gpt-4.1", instructions: INSTR, input: u, ...(prev ? { previous_response_id: prev } : {}), max_output_tokens: Number(maxOutA) }
      : { model: "gpt-4.1", max_tokens: Number(maxOutA), messages: [{ role: "system", content: INSTR }, ...msgs] };
    const c = r.int(Number(cMinA), Number(cMaxA));
    trace.add({ ts, seq: seq++, key, label: `honest-${api}-app`, ip: `100.${80 + k}.3.${r.int(2, 250)}`, asn: 7922, country: "US", method: "POST", path: api === "responses" ? "/v1/responses" : "/v1/chat/completions", body, usage: { prompt_tokens: Math.ceil(JSON.stringify(body).length / 4), completion_tokens: c } });
    msgs.push({ role: "assistant", content: "(answer) " + r.pick(userMsgs).slice(0, 300) });
    prev = "resp_" + k + "_" + seq;
  }
}
trace.write(out);
