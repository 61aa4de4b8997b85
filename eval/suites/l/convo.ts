/**
 * Suite l conversation engine: one object per conversation that keeps the history the app would
 * keep (a sliding window, assistant turns as the app stores them) and writes each turn as a
 * request on the chosen API: chat completions (history in `messages`), Anthropic messages
 * (history in `messages`, system apart) or Responses chains (`previous_response_id`, the chain's
 * earlier inputs and outputs billed as prompt).
 */
import { type Ctx, type Src, bodyTokens, respId, tok } from "./core.ts";
import { type Lang, answerText } from "./text.ts";

export type Api = "chat" | "messages" | "responses";
export const PATH: Record<Api, string> = { chat: "/v1/chat/completions", messages: "/v1/messages", responses: "/v1/responses" };

export interface ConvCfg {
  api: Api;
  model: string;
  system?: string;
  lang: Lang;
  topic: string;
  cap: number;
  /** extra body fields (temperature, user, metadata, stream...) */
  params?: Record<string, unknown>;
  /** history messages kept (chat/messages); default all */
  window?: number;
  /** assistant tokens the app keeps per stored answer; default all */
  keepTok?: number;
  /** Anthropic extended-thinking budget */
  thinking?: number;
  /** reasoning effort (o-series chat / Responses) */
  effort?: string;
}
export interface TurnOut { ok: boolean; comp: number; cut: boolean; prompt: number; id?: string }

export function isReasoning(model: string): boolean { return /^(o\d|gpt-5)/.test(model); }

interface H { role: "user" | "assistant"; text: string }

export class Conv {
  hist: H[] = [];
  lastId?: string;
  chainTok = 0;
  turns = 0;
  c: Ctx; key: string; src: Src; cfg: ConvCfg;
  constructor(c: Ctx, key: string, src: Src, cfg: ConvCfg) { this.c = c; this.key = key; this.src = src; this.cfg = cfg; }

  private windowed(): H[] {
    const w = this.cfg.window;
    if (!w || this.hist.length <= w) return this.hist;
    let s = this.hist.length - w;
    if (this.hist[s].role !== "user") s++;
    return this.hist.slice(s);
  }

  body(user: string, cap: number): Record<string, unknown> {
    const cfg = this.cfg;
    const p = cfg.params ?? {};
    if (cfg.api === "chat") {
      const msgs: Record<string, unknown>[] = [];
      if (cfg.system) msgs.push({ role: isReasoning(cfg.model) ? "developer" : "system", content: cfg.system });
      for (const h of this.windowed()) msgs.push({ role: h.role, content: h.text });
      msgs.push({ role: "user", content: user });
      const b: Record<string, unknown> = { model: cfg.model, messages: msgs };
      if (isReasoning(cfg.model)) {
        b.max_completion_tokens = cap;
        if (cfg.effort) b.reasoning_effort = cfg.effort;
        for (const [k, v] of Object.entries(p)) if (k !== "temperature" && k !== "top_p") b[k] = v;
      } else {
        b.max_tokens = cap;
        Object.assign(b, p);
      }
      return b;
    }
    if (cfg.api === "messages") {
      const msgs: Record<string, unknown>[] = [];
      for (const h of this.windowed()) msgs.push({ role: h.role, content: h.text });
      msgs.push({ role: "user", content: user });
      const b: Record<string, unknown> = { model: cfg.model, max_tokens: cap };
      if (cfg.system) b.system = cfg.system;
      b.messages = msgs;
      Object.assign(b, p);
      if (cfg.thinking) {
        b.thinking = { type: "enabled", budget_tokens: Math.min(cfg.thinking, cap - 512) };
        delete b.temperature; // extended thinking takes no temperature
        delete b.top_p;
      }
      return b;
    }
    const b: Record<string, unknown> = { model: cfg.model };
    if (cfg.system) b.instructions = cfg.system;
    b.input = [{ role: "user", content: user }];
    if (this.lastId) b.previous_response_id = this.lastId;
    b.max_output_tokens = cap;
    if (cfg.effort) b.reasoning = { effort: cfg.effort };
    Object.assign(b, p);
    return b;
  }

  /**
   * One turn: the user's message and the tokens the answer would take (`want`); billed at most the
   * cap (then `cut`). `abort`: the client dropped the stream after that many tokens (history
   * unchanged, so a retry resends the same body).
   */
  turn(ts: number, user: string, want: number, o: { cap?: number; abort?: number; topic?: string } = {}): TurnOut {
    const cfg = this.cfg;
    const cap = o.cap ?? cfg.cap;
    const r = this.c.r;
    let comp = Math.max(1, Math.round(want));
    const cut = comp >= cap;
    if (cut) comp = cap;
    if (o.abort !== undefined) comp = Math.max(1, Math.min(comp - 1, Math.round(o.abort)));
    const body = this.body(user, cap);
    const prompt = bodyTokens(body) + (cfg.api === "responses" ? this.chainTok : 0);
    const id = cfg.api === "responses" ? respId(r) : undefined;
    const ok = this.c.emit(ts, this.key, this.src, PATH[cfg.api], body, prompt, comp, id ? { response_id: id } : undefined);
    if (!ok) return { ok, comp: 0, cut: false, prompt };
    if (o.abort !== undefined) return { ok, comp, cut: false, prompt, id };
    // the visible part of the answer (reasoning / thinking tokens are billed, not kept)
    const reasoning = isReasoning(cfg.model) || !!cfg.thinking;
    const visible = reasoning ? Math.max(1, Math.round(comp * (0.25 + 0.35 * r.f()))) : comp;
    const keep = Math.min(visible, cfg.keepTok ?? visible);
    const text = answerText(r, cfg.lang, o.topic ?? cfg.topic, keep, cut && keep === visible);
    this.hist.push({ role: "user", text: user }, { role: "assistant", text });
    if (cfg.api === "responses") {
      this.chainTok += tok(user) + 4 + visible;
      this.lastId = id;
    }
    this.turns++;
    return { ok, comp, cut, prompt, id };
  }

  /** A Responses branch point: where the chain stands now. */
  snapshot(): { id?: string; tok: number; hist: H[] } { return { id: this.lastId, tok: this.chainTok, hist: this.hist.slice() }; }
  restore(s: { id?: string; tok: number; hist: H[] }): void { this.lastId = s.id; this.chainTok = s.tok; this.hist = s.hist.slice(); }
}
