// Target 3: streams cut by the client right after the last text it wants (the finish chunk / content_block_stop /
// output_item.done), before the origin's final usage event. The origin bills OUT visible tokens + RZ hidden reasoning
// tokens and sends its usage GAP ms after the text (settings in the model name, see origin13.mjs). What does the guard charge?
import { G, setTier, info, sleep } from "./lib13.mjs";
const RUN = process.env.RUN ?? Date.now().toString(36);
async function stream(path, body, hdr, stopAt) {
  const ac = new AbortController(); const to = setTimeout(() => ac.abort(), 20000);
  const r = await fetch(G + path, { method: "POST", signal: ac.signal, headers: { authorization: "Bearer " + hdr.key, "content-type": "application/json" }, body: JSON.stringify({ ...body, model: `${body.model}@out=${hdr.out},rz=${hdr.rz ?? 0},gap=${hdr.gap ?? 0}${hdr.cjk ? ",cjk" : ""}` }) });
  const rd = r.body.getReader(); const dec = new TextDecoder(); let buf = "", chars = 0, sawUsage = false;
  try { for (;;) { const { value, done } = await rd.read(); if (done) break; buf += dec.decode(value, { stream: true });
    if (/"usage":\{"prompt_tokens"|"type":"response.completed"|message_delta/.test(buf)) sawUsage = true;
    if (stopAt && stopAt.test(buf)) { ac.abort(); break; } } } catch {}
  clearTimeout(to); return { status: r.status, bytes: buf.length, sawUsage };
}
const U = [{ role: "user", content: "Explain quicksort in detail." }];
const cases = [
  ["chat, read to the end", "/v1/chat/completions", { model: "o3", messages: U, stream: true, max_completion_tokens: 4000 }, { out: 500, rz: 1500, gap: 0 }, null],
  ["chat, cut at finish_reason, gap 0", "/v1/chat/completions", { model: "o3", messages: U, stream: true, max_completion_tokens: 4000 }, { out: 500, rz: 1500, gap: 0 }, /"finish_reason":"stop"/],
  ["chat, cut at finish_reason, gap 1000", "/v1/chat/completions", { model: "o3", messages: U, stream: true, max_completion_tokens: 4000 }, { out: 500, rz: 1500, gap: 1000 }, /"finish_reason":"stop"/],
  ["chat cjk, read to the end", "/v1/chat/completions", { model: "gpt-4o", messages: U, stream: true, max_completion_tokens: 4000 }, { out: 2000, cjk: 1, gap: 0 }, null],
  ["chat cjk, cut at finish_reason, gap 1000", "/v1/chat/completions", { model: "gpt-4o", messages: U, stream: true, max_completion_tokens: 4000 }, { out: 2000, cjk: 1, gap: 1000 }, /"finish_reason":"stop"/],
  ["messages, cut at content_block_stop, gap 1000", "/v1/messages", { model: "claude-sonnet-4-5", max_tokens: 4000, messages: U, stream: true }, { out: 500, rz: 1500, gap: 1000 }, /content_block_stop/],
  ["messages cjk, cut at content_block_stop, gap 1000", "/v1/messages", { model: "claude-sonnet-4-5", max_tokens: 4000, messages: U, stream: true }, { out: 2000, cjk: 1, gap: 1000 }, /content_block_stop/],
  ["responses, cut at output_item.done, gap 1000", "/v1/responses", { model: "o3", input: "Explain quicksort in detail.", stream: true, max_output_tokens: 4000 }, { out: 500, rz: 1500, gap: 1000 }, /response.output_item.done/],
];
for (const [name, path, body, h, stop] of cases) {
  const key = `sk-rt13-cut-${RUN}-${cases.findIndex((c) => c[0] === name)}`; await setTier(key, "pro");
  const r = await stream(path, body, { key, ...h }, stop); await sleep(2500);
  const i = await info(key); const tpd = i.usage.find((u) => u.name === "tpd");
  console.log(`${name}: status ${r.status}, client got ${r.bytes} bytes, usage event reached client: ${r.sawUsage}; origin billed ${h.out + (h.rz ?? 0)} output tokens; guard counted completionTokens=${i.counters.completionTokens} promptTokens=${i.counters.promptTokens}, tpd used=${tpd.quota - tpd.remaining}, inFlight=${i.inFlight}`);
}
