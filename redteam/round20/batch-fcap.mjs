// R20: a batch of N chat lines whose only output cap is max_output_tokens (a Responses field; chat's are
// max_completion_tokens / max_tokens). The guard reserves it as the cap and writes none of its own; an origin that ignores
// unknown fields (vLLM, LiteLLM) runs every line at its own default length. Key tpd TPD. MODE=fcap, or MODE=ctl (no cap:
// the guard writes max_completion_tokens 1024 and reserves it), MODE=resp (Responses lines with max_tokens 1).
import { G, setTier, logLen, logSince, sleep, info } from "./lib20.mjs";
const N = +(process.env.N ?? 1000), TPD = +(process.env.TPD ?? 50000), MODE = process.env.MODE ?? "fcap";
const KEY = "sk-rt20-bfcap-" + Date.now().toString(36); await setTier(KEY, "nodet", { tpm: 100000000, tpd: TPD });
const line = (i) => MODE === "resp" ? { custom_id: "r" + i, method: "POST", url: "/v1/responses", body: { model: "o3", input: "Essay " + i, max_tokens: 1 } }
  : { custom_id: "c" + i, method: "POST", url: "/v1/chat/completions", body: { model: "o3", messages: [{ role: "user", content: "Essay " + i }], ...(MODE === "fcap" ? { max_output_tokens: 1 } : {}) } };
const lines = Array.from({ length: N }, (_, i) => JSON.stringify(line(i))).join("\n") + "\n";
const body = `--B\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n--B\r\nContent-Disposition: form-data; name="file"; filename="b.jsonl"\r\nContent-Type: application/jsonl\r\n\r\n${lines}\r\n--B--\r\n`;
const k = logLen(); const r = await fetch(G + "/v1/files", { method: "POST", headers: { authorization: "Bearer " + KEY, "content-type": "multipart/form-data; boundary=B" }, body }); const t = await r.text(); await sleep(400);
const got = logSince(k).filter((e) => e.url.startsWith("/v1/files")); const fl = got.length ? got[0].body.split(/\r?\n/).filter((l) => l.startsWith("{")).flatMap((l) => { try { return [JSON.parse(l).body]; } catch { return []; } }) : [];
const capped = fl.filter((b) => b.max_completion_tokens !== undefined || b.max_output_tokens !== undefined && MODE !== "fcap").length;
const inf = await info(KEY);
let run = null; if (r.status === 200) { const b = await fetch(G + "/v1/batches", { method: "POST", headers: { authorization: "Bearer " + KEY, "content-type": "application/json" }, body: JSON.stringify({ input_file_id: JSON.parse(t).id, endpoint: MODE === "resp" ? "/v1/responses" : "/v1/chat/completions", completion_window: "24h" }) }); run = b.status; await b.text(); }
console.log(`RESULT batch ${MODE}, ${N} lines, key tpd ${TPD}: upload ${r.status} ${r.status !== 200 ? t.slice(0, 130) : ""}; origin received ${fl.length} lines, ${fl.length - capped} of them with no cap a chat/Responses origin reads (sample ${JSON.stringify(fl[0] ?? {})}); tpd remaining ${inf.usage.find((u) => u.name === "tpd").remaining}; POST /v1/batches ${run}`);
