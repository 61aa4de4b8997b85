// Shared request builders for suite g: Responses turns (with response ids, chains, conversation
// objects, background submit / poll / retrieve), chat completions, messages, embeddings.
import { Rng, Sink, tokens, latency, respId, SEC, type Net, type Label } from "./lib.ts";

export interface Scn { r: Rng; s: Sink; label: Label }

export function mkScn(s: Sink, seed: number, scenario: string, cls: Label["class"], family: string): Scn {
  return { r: new Rng(`${seed}:g:${scenario}`), s, label: { scenario, class: cls, family } };
}

export function post(sc: Scn, key: string, net: Net, ts: number, path: string, body: unknown, prompt?: number, completion?: number, rid?: string): void {
  const ev: any = { ts: Math.round(ts), key, ip: net.ip, asn: net.asn, country: net.country, method: "POST", path, body };
  if (prompt !== undefined && completion !== undefined) ev.usage = { prompt_tokens: Math.round(prompt), completion_tokens: Math.round(completion) };
  if (rid) ev.response_id = rid;
  sc.s.push(ev);
}

export function get(sc: Scn, key: string, net: Net, ts: number, path: string, prompt?: number, completion?: number, rid?: string): void {
  const ev: any = { ts: Math.round(ts), key, ip: net.ip, asn: net.asn, country: net.country, method: "GET", path };
  if (prompt !== undefined && completion !== undefined) ev.usage = { prompt_tokens: Math.round(prompt), completion_tokens: Math.round(completion) };
  if (rid) ev.response_id = rid;
  sc.s.push(ev);
}

export type InputStyle = "str" | "msg" | "parts";
export function userInput(text: string, style: InputStyle): unknown {
  if (style === "str") return text;
  if (style === "msg") return [{ role: "user", content: text }];
  return [{ role: "user", content: [{ type: "input_text", text }] }];
}

/** A Responses conversation as the origin bills it: `ctx` is every earlier item's tokens. */
export interface Chain { last?: string; ctx: number }

export interface TurnOpts {
  /** Body fields before `previous_response_id` / `input` (model, instructions, ...). */
  head: Record<string, unknown>;
  /** Body fields after `input` (stream, store, tools, reasoning, ...). */
  tail?: Record<string, unknown>;
  input: unknown;
  /** Tokens of the new input items. */
  inTok: number;
  /** Fixed per-request overhead billed as input (instructions, tool schemas). */
  overhead?: number;
  /** Completion tokens billed (reasoning included). */
  completion: number;
  /** Tokens of the visible output items (carried into the conversation). */
  visible?: number;
  /** Continue from this response instead of chain.last (branch / regenerate). */
  prev?: string | null;
  conversation?: string;
  tps?: number;
}

/** One foreground Responses turn; returns [response id, time the answer ends]. */
export function respTurn(sc: Scn, key: string, net: Net, ts: number, chain: Chain, o: TurnOpts): [string, number] {
  const prev = o.prev === undefined ? chain.last : o.prev ?? undefined;
  const body: Record<string, unknown> = { ...o.head };
  if (o.conversation) body.conversation = o.conversation;
  else if (prev) body.previous_response_id = prev;
  body.input = o.input;
  if (o.tail) Object.assign(body, o.tail);
  const prompt = (o.overhead ?? 0) + chain.ctx + o.inTok;
  const id = respId(sc.r);
  post(sc, key, net, ts, "/v1/responses", body, prompt, o.completion, id);
  chain.ctx += o.inTok + (o.visible ?? o.completion);
  chain.last = id;
  return [id, ts + latency(sc.r, o.completion, o.tps ?? 70)];
}

/** Background submit: answered queued (id, no usage). Returns the id and the prompt it will bill. */
export function respBackground(sc: Scn, key: string, net: Net, ts: number, chain: Chain, o: TurnOpts): [string, number] {
  const prev = o.prev === undefined ? chain.last : o.prev ?? undefined;
  const body: Record<string, unknown> = { ...o.head };
  if (o.conversation) body.conversation = o.conversation;
  else if (prev) body.previous_response_id = prev;
  body.input = o.input;
  if (o.tail) Object.assign(body, o.tail);
  body.background = true;
  const prompt = (o.overhead ?? 0) + chain.ctx + o.inTok;
  const id = respId(sc.r);
  post(sc, key, net, ts, "/v1/responses", body, undefined, undefined, id);
  chain.ctx += o.inTok + (o.visible ?? o.completion);
  chain.last = id;
  return [id, prompt];
}

/**
 * Poll a background response until done (polls before completion carry no usage), then the
 * final retrieval with usage and the same id. Returns the time of the retrieval.
 */
export function pollRetrieve(sc: Scn, key: string, net: () => Net, submitTs: number, id: string, prompt: number, completion: number, doneAfterMs: number, everyMs: [number, number], maxPolls = 400): number {
  const r = sc.r;
  const done = submitTs + doneAfterMs;
  let t = submitTs + r.real(everyMs[0], everyMs[1]);
  let n = 0;
  while (t < done && n < maxPolls) {
    get(sc, key, net(), t, `/v1/responses/${id}`);
    t += r.real(everyMs[0], everyMs[1]);
    n++;
  }
  if (t < done) t = done + r.real(0.2, 3) * SEC;
  get(sc, key, net(), t, `/v1/responses/${id}`, prompt, completion, id);
  return t;
}

export function approxTok(text: string): number { return tokens(text) + 4; }
