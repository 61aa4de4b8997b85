// Scenario plumbing: contexts, SDK-shaped body helpers, sessions and retries.
import { Rng, Sink, tok, msgTok, clamp, S } from "./lib.ts";
import type { Net, Cls, Usage } from "./lib.ts";

export interface Ctx { rng: Rng; sink: Sink; seed: number }
export type Msg = { role: string; content: unknown; [k: string]: unknown };

export const CHAT = "/v1/chat/completions", COMPL = "/v1/completions", RESP = "/v1/responses", EMB = "/v1/embeddings", MSG = "/v1/messages", MBATCH = "/v1/messages/batches";

export function reg(ctx: Ctx, key: string, scenario: string, cls: Cls, family: string): string { return ctx.sink.key(key, { scenario, class: cls, family }); }

/** Emit a request; with probability pRetry the first attempt fails (timeout / 5xx) and the SDK retries the identical body. */
export function send(ctx: Ctx, ts: number, key: string, net: Net, path: string, body: unknown, usage: Usage, pRetry = 0.006): void {
  const r = ctx.rng;
  if (pRetry > 0 && r.chance(pRetry)) {
    ctx.sink.emit(ts, key, net, path, body, { prompt_tokens: usage.prompt_tokens, completion_tokens: 0 });
    // openai / anthropic SDKs: ~0.5 s then ~1 s ... with jitter (after a timeout the wait is the timeout itself)
    ts += r.chance(0.3) ? r.int(30, 600) * S : r.int(400, 2200);
    if (r.chance(0.25)) { ctx.sink.emit(ts, key, net, path, body, { prompt_tokens: usage.prompt_tokens, completion_tokens: 0 }); ts += r.int(900, 4000); }
  }
  ctx.sink.emit(ts, key, net, path, body, usage);
}

export function chatUsage(messages: Msg[], completion: number, extra = 0): Usage { return { prompt_tokens: msgTok(messages as any, undefined, extra), completion_tokens: Math.max(1, Math.round(completion)) }; }
export const ctok = (r: Rng, median: number, sigma: number, lo: number, hi: number) => Math.round(clamp(r.logn(median, sigma), lo, hi));
export { tok };
