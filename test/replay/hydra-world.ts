/**
 * A hydra beside people, as a replay trace (red team rounds 6-7): `keys` farm keys of `asks` asks
 * each over a day, at a person's pace (8-30 min apart), from their own networks, long answers
 * (900-1,600 tokens) to short single-turn asks, beside `people` keys chatting in multi-turn
 * conversations with short answers.
 */
import { Replayer, type TraceEvent } from "../../src/engine/replayer.ts";
import { rng } from "../detect/helpers.ts";

const T0 = 1_767_225_600_000;
const MIN = 60_000;
const SUBJECTS = ["tides", "photosynthesis", "the French revolution", "plate tectonics", "inflation", "the immune system", "black holes", "the Roman economy", "vaccines", "glaciers", "monsoons", "enzymes", "jazz harmony", "the printing press", "coral reefs", "semiconductors"];
const ASKS = ["Explain {s} in depth.", "Write a detailed essay on {s}.", "Give a thorough account of {s}.", "Describe {s} step by step, with examples."];

export type Mode = "direct" | "batch" | "batch-late" | "batch-whole";

/**
 * `keys` farm keys of `asks` asks each over a day, at a person's pace (8-30 min apart), from their
 * own networks, long answers (900-1,600 tokens) to short single-turn asks, beside `people` keys
 * chatting in multi-turn conversations with short answers. "batch": each ask is a one-item message
 * batch whose results are fetched 10-60 min later; "batch-late": every batch first, the results
 * after the last one; "batch-whole": all of a key's asks as one batch, its results fetched once
 * 10-60 min later (red team R8-2). `dilute`: that many cheap direct asks ("Say OK.", a few tokens each) after
 * each ask (red team R7-2's paid dilution). `opener`: before each ask a real cheap exchange ("Hi"),
 * which the ask then carries as its history (red team R8-1); "padded": the greeting written back
 * at 420 chars (red team R9-2); "anchor": a cheap stored Response the ask continues by
 * `previous_response_id` (red team R9-1).
 */
export type Opener = false | true | "padded" | "anchor";

export function world(mode: Mode, keys = 160, asks = 14, people = 120, seed = 7, dilute = 0, opener: Opener = false): { trace: TraceEvent[]; farm: string[]; humans: string[] } {
  const R = rng(seed);
  const int = (a: number, b: number) => a + Math.floor(R() * (b - a + 1));
  const trace: TraceEvent[] = [];
  const farm: string[] = [];
  const humans: string[] = [];
  for (let k = 0; k < keys; k++) {
    const key = `sk-farm-${k}`;
    farm.push(key);
    const net = { ip: `198.51.${k % 250}.${int(1, 250)}`, asn: 64_000 + k };
    let t = T0 + int(0, 12 * 60) * MIN;
    const fetches: TraceEvent[] = [];
    const whole: { custom_id: string; params: object }[] = [];
    const wholeUsage: { prompt_tokens: number; completion_tokens: number }[] = [];
    const t0 = t;
    for (let i = 0; i < asks; i++) {
      const ask = ASKS[int(0, ASKS.length - 1)]!.replace("{s}", SUBJECTS[int(0, SUBJECTS.length - 1)]!) + ` (${k}.${i})`;
      const params = { model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: ask }] };
      const usage = { prompt_tokens: int(20, 40), completion_tokens: int(900, 1600) };
      if (mode === "direct" && opener === "anchor") {
        // a cheap stored response first, then the ask continuing it by id (red team R9-1)
        const anchor = `resp_${k}_${i}`;
        trace.push({ ts: t - 20_000, key, ...net, method: "POST", path: "/v1/responses", body: { model: "gpt-4o-mini", input: `Hi (${k}.${i})`, store: true, max_output_tokens: 16 }, usage: { prompt_tokens: 8, completion_tokens: int(4, 9) }, response_id: anchor });
        trace.push({ ts: t, key, ...net, method: "POST", path: "/v1/responses", body: { model: "gpt-4o", input: ask, previous_response_id: anchor, max_output_tokens: 4096 }, usage: { ...usage, prompt_tokens: usage.prompt_tokens + 20 } });
      } else if (mode === "direct" && opener) {
        // a real cheap exchange first, then the ask carrying it as history (red team R8-1); "padded":
        // the client writes the greeting back at 420 chars (red team R9-2)
        const hi = `Hi (${k}.${i})`;
        trace.push({ ts: t - 20_000, key, ...net, method: "POST", path: "/v1/messages", body: { model: "claude-sonnet-4-5", max_tokens: 16, messages: [{ role: "user", content: hi }] }, usage: { prompt_tokens: 8, completion_tokens: int(4, 9) } });
        const greeting = "Hello! How can I help you today?" + (opener === "padded" ? " I can help with explanations, essays, guides, summaries, plans, code and much more.".repeat(5) : "");
        const messages = [{ role: "user", content: hi }, { role: "assistant", content: greeting }, params.messages[0]!];
        trace.push({ ts: t, key, ...net, method: "POST", path: "/v1/messages", body: { ...params, messages }, usage: { ...usage, prompt_tokens: usage.prompt_tokens + 20 } });
      } else if (mode === "direct") trace.push({ ts: t, key, ...net, method: "POST", path: "/v1/messages", body: params, usage });
      else if (mode === "batch-whole") {
        whole.push({ custom_id: `q${i}`, params });
        wholeUsage.push(usage);
      } else {
        trace.push({ ts: t, key, ...net, method: "POST", path: "/v1/messages/batches", body: { requests: [{ custom_id: `q${i}`, params }] } });
        const fetch: TraceEvent = { ts: t + int(10, 60) * MIN, key, ...net, method: "GET", path: `/v1/messages/batches/msgbatch_${k}_${i}/results`, body: null, results: [usage] };
        if (mode === "batch") trace.push(fetch);
        else fetches.push(fetch);
      }
      for (let d = 0; d < dilute; d++) {
        trace.push({ ts: t + (d + 1) * 20_000, key, ...net, method: "POST", path: "/v1/messages", body: { model: "claude-sonnet-4-5", max_tokens: 16, messages: [{ role: "user", content: `Say OK. (${k}.${i}.${d})` }] }, usage: { prompt_tokens: 12, completion_tokens: int(2, 5) } });
      }
      t += int(8, 30) * MIN;
    }
    for (const [j, f] of fetches.entries()) trace.push({ ...f, ts: t + j * MIN });
    if (whole.length > 0) {
      trace.push({ ts: t0, key, ...net, method: "POST", path: "/v1/messages/batches", body: { requests: whole } });
      trace.push({ ts: t0 + int(10, 60) * MIN, key, ...net, method: "GET", path: `/v1/messages/batches/msgbatch_${k}/results`, body: null, results: wholeUsage });
    }
  }
  for (let p = 0; p < people; p++) {
    const key = `sk-person-${p}`;
    humans.push(key);
    const net = { ip: `203.0.${p % 250}.${int(1, 250)}`, asn: 65_000 + p };
    let t = T0 + int(0, 12 * 60) * MIN;
    const messages: { role: string; content: string }[] = [];
    for (let i = 0; i < 14; i++) {
      messages.push({ role: "user", content: `Quick one about ${SUBJECTS[int(0, SUBJECTS.length - 1)]}: what did you mean by that? (${p}.${i})` });
      trace.push({ ts: t, key, ...net, method: "POST", path: "/v1/messages", body: { model: "claude-sonnet-4-5", max_tokens: 1024, messages: [...messages] }, usage: { prompt_tokens: 40 + 60 * i, completion_tokens: int(80, 300) } });
      messages.push({ role: "assistant", content: "Here is a short answer." });
      t += int(1, 6) * MIN;
    }
  }
  trace.sort((a, b) => a.ts - b.ts);
  return { trace, farm, humans };
}

export function replay(mode: Mode, dilute = 0, keys = 160, asks = 14, opener: Opener = false) {
  const { trace, farm, humans } = world(mode, keys, asks, 120, 7, dilute, opener);
  const r = new Replayer();
  const flagged = new Set<string>();
  // a farm's batches the origin ran in full (not degraded, not refused)
  let batches = 0;
  let fullBatches = 0;
  trace.forEach((ev, i) => {
    const d = r.step(ev, i);
    if (d.action !== "allow" && d.action !== "limit") flagged.add(ev.key);
    if (ev.method === "POST" && ev.path === "/v1/messages/batches") {
      batches++;
      if (d.served && !d.degraded) fullBatches++;
    }
  });
  const share = (keys: string[]) => keys.filter((k) => flagged.has(k)).length / keys.length;
  return { farm: share(farm), people: share(humans), settled: r.engineOf(farm[0]!)!.snap.detect.settled, fullBatches: batches > 0 ? fullBatches / batches : 1 };
}
