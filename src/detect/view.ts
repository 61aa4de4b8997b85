/**
 * Build a text view of one request from its parsed JSON body, for every route shape: every block
 * whose text the model reads (OpenAI content parts, tool-call arguments and outputs, Responses
 * items and reasoning summaries; Anthropic text, document, tool_result, tool_use, thinking and
 * search_result blocks), normalised as the model would see it (NFKC, no invisible code points).
 * What cannot be read (token-ID prompts, base64 / file / URL documents, images, audio) is counted.
 */
import type { RouteKind } from "../policy/types.ts";
import type { PromptView } from "./index.ts";
import { fmix32, hash32 } from "./sketch.ts";
import { isObj } from "../policy/json.ts";

type Turn = PromptView["turns"][number];

/** Characters of text copied into one view; the rest is counted (`omittedChars`), not copied. */
export const TEXT_CAP = 262_144;
/** Nesting read through (tool_result -> content -> document -> content ...). */
const MAX_DEPTH = 6;
/** Token IDs hashed per token-ID prompt: the first and the last this many. */
const TOKEN_HASH_ENDS = 256;

const encoder = new TextEncoder();
let asciiScratch = new Uint8Array(4096);

/** Whether every code unit of `s` is ASCII: its UTF-8 form, written by the runtime into a buffer of
 *  s.length bytes, then takes the whole string (any other character needs two bytes or more).
 *  ~5x faster than a /[^\x00-\x7f]/ scan on these machines. */
export function isAscii(s: string): boolean {
  if (s.length > asciiScratch.length) asciiScratch = new Uint8Array(Math.max(s.length, asciiScratch.length * 2));
  return encoder.encodeInto(s, asciiScratch.subarray(0, s.length)).read === s.length;
}
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * The text as the model reads it: default-ignorable code points (zero-width spaces and joiners,
 * word joiner, BOM, soft hyphen, variation selectors, tag characters, ...) removed and
 * compatibility forms folded (NFKC: fullwidth letters, ligatures, odd spaces). Plain ASCII text,
 * the common case, is returned as is after one scan.
 */
export function visibleText(s: string): string {
  if (isAscii(s)) return s;
  // stripped before NFKC (so marks around an invisible character compose) and after (NFKC of a
  // compatibility character can be ignorable)
  return s.replace(IGNORABLE, "").normalize("NFKC").replace(IGNORABLE, "");
}

/** One request's text budget and the things that could not be read. */
class Reader {
  left = TEXT_CAP;
  omitted = 0;
  unreadable = 0;
  tokenIds = 0;
  tokenHash = 0;
  /** Media parts (images, files, audio, video: not token IDs) in the whole request, and a hash of
   *  the references of those in the message being read (its turn's `media`). */
  media = 0;
  mediaHash = 0;
  /** Origin-held input named by id (PromptView.refs). */
  refs = 0;
  /** Tool-call arguments read in the message being read (its turn's `calls`). */
  calls: string[] = [];

  /** A media part met: counted as unreadable, its reference folded into the message's hash. */
  mediaPart(c: Record<string, unknown>): void {
    this.unreadable += 1;
    this.media += 1;
    this.mediaHash = fmix32(Math.imul(this.mediaHash ^ hash32(mediaRef(c)), 0x01000193)) || 1;
  }

  /** Adds s to out (normalised) within the budget; beyond it, counts its length. */
  take(s: string, out: string[]): void {
    if (s.length === 0) return;
    if (this.left <= 0) {
      this.omitted += s.length;
      return;
    }
    if (s.length > this.left) {
      this.omitted += s.length - this.left;
      s = s.slice(0, this.left);
    }
    this.left -= s.length;
    out.push(visibleText(s));
  }

  /** A tool call's arguments: taken as text, and kept apart as the message's call text. */
  takeCall(s: string, out: string[]): void {
    const n = out.length;
    this.take(s, out);
    if (out.length > n) this.calls.push(out[n]!);
  }

  /** A token-ID prompt (array of integers): counted, and hashed (ends + length) for novelty. */
  tokens(ids: unknown[]): void {
    const n = ids.length;
    let h = this.tokenHash ^ Math.imul(n, 0x9e3779b1);
    const add = (i: number) => {
      const v = ids[i];
      h = Math.imul(h ^ (typeof v === "number" ? v | 0 : 0), 0x01000193);
    };
    if (n <= 2 * TOKEN_HASH_ENDS) for (let i = 0; i < n; i++) add(i);
    else {
      for (let i = 0; i < TOKEN_HASH_ENDS; i++) add(i);
      for (let i = n - TOKEN_HASH_ENDS; i < n; i++) add(i);
    }
    this.tokenHash = fmix32(h) || 1;
    this.tokenIds += n;
    this.unreadable += 1;
  }
}

/** What identifies a media part (an image, a file, audio): its URL or file id, or its inline
 *  data: whole up to MEDIA_WHOLE chars, beyond that its length, MEDIA_WINDOWS evenly spaced slices
 *  and its end (a PNG's head and end chunks are alike across images; the checksum before its end
 *  chunk is not). Bounded: a 2 MB image costs what 10 KB of text does. */
function mediaRef(c: Record<string, unknown>): string {
  const pick = (v: unknown, depth = 0): string | undefined => {
    if (typeof v === "string") return v;
    if (!isObj(v) || depth > 2) return undefined;
    for (const k of ["url", "file_url", "file_id", "file_data", "data", "image_url"]) {
      const x = pick(v[k], depth + 1);
      if (x !== undefined) return x;
    }
    return undefined;
  };
  const ref = pick(c.image_url) ?? pick(c.file_url) ?? pick(c.file_id) ?? pick(c.file) ?? pick(c.source) ?? pick(c.input_audio) ?? pick(c.audio) ?? pick(c.video_url) ?? pick(c.url) ?? pick(c.data) ?? "";
  if (ref.length <= MEDIA_WHOLE) return ref;
  const parts: string[] = [String(ref.length)];
  const step = Math.floor(ref.length / MEDIA_WINDOWS);
  for (let i = 0; i < MEDIA_WINDOWS; i++) parts.push(ref.slice(i * step, i * step + MEDIA_WINDOW));
  parts.push(ref.slice(-512));
  return parts.join("|");
}
const MEDIA_WHOLE = 16_384;
const MEDIA_WINDOWS = 32;
const MEDIA_WINDOW = 256;

const UNREADABLE_PARTS = new Set(["image", "image_url", "input_image", "input_audio", "audio", "input_file", "file", "video", "video_url"]);

/**
 * Text of a content value into out: a string, a part, or an array of parts (nested content
 * read through). Returns the number of unreadable parts met.
 */
function partsInto(c: unknown, out: string[], r: Reader, depth = 0): number {
  if (typeof c === "string") {
    r.take(c, out);
    return 0;
  }
  if (depth > MAX_DEPTH) return 0;
  if (Array.isArray(c)) {
    let u = 0;
    for (const p of c) u += partsInto(p, out, r, depth + 1);
    return u;
  }
  if (!isObj(c)) return 0;
  const type = c.type;
  if (typeof type === "string" && UNREADABLE_PARTS.has(type)) {
    r.mediaPart(c);
    return 1;
  }
  switch (type) {
    case "document": {
      // Anthropic: a text or content source is read; base64 (PDF) / url / file sources are not
      if (typeof c.title === "string") r.take(c.title, out);
      if (typeof c.context === "string") r.take(c.context, out);
      const src = c.source;
      if (isObj(src) && src.type === "text" && typeof src.data === "string") {
        r.take(src.data, out);
        return 0;
      }
      if (isObj(src) && src.type === "content") return partsInto(src.content, out, r, depth + 1);
      r.mediaPart(c);
      return 1;
    }
    case "search_result":
      if (typeof c.title === "string") r.take(c.title, out);
      return partsInto(c.content, out, r, depth + 1);
    case "tool_use":
    case "server_tool_use":
    case "mcp_tool_use":
      if (c.input !== undefined) r.takeCall(typeof c.input === "string" ? c.input : safeJson(c.input), out);
      return 0;
    case "function_call":
    case "custom_tool_call":
      if (typeof c.arguments === "string") r.takeCall(c.arguments, out);
      if (typeof c.input === "string") r.takeCall(c.input, out);
      return 0;
    case "thinking":
      if (typeof c.thinking === "string") r.take(c.thinking, out);
      return 0;
    case "refusal":
      if (typeof c.refusal === "string") r.take(c.refusal, out);
      return 0;
    case "reasoning": {
      // Responses reasoning item: summaries (and reasoning text, when a client sends it back)
      const u = partsInto(c.summary, out, r, depth + 1);
      return u + partsInto(c.content, out, r, depth + 1);
    }
    default:
      break;
  }
  // text / input_text / output_text / summary_text / reasoning_text, and unknown typed parts
  if (typeof c.text === "string") {
    r.take(c.text, out);
    return 0;
  }
  // tool_result / function_call_output / mcp results and other wrappers: their content
  if (c.content !== undefined) return partsInto(c.content, out, r, depth + 1);
  if (c.output !== undefined) return partsInto(c.output, out, r, depth + 1);
  return 0;
}

function safeJson(x: unknown): string {
  try {
    return JSON.stringify(x) ?? "";
  } catch {
    return "";
  }
}

function roleOf(r: unknown): Turn["role"] | "system" | null {
  switch (r) {
    case "system":
    case "developer":
      return "system";
    case "user":
      return "user";
    case "assistant":
    case "model":
      return "assistant";
    case "tool":
    case "function":
      return "tool";
    default:
      return null;
  }
}

function num(x: unknown): number | undefined {
  return typeof x === "number" && Number.isFinite(x) ? x : undefined;
}

/** A turn of `out`'s text; the media references read since the last turn are its own. */
function turnOf(role: Turn["role"], out: string[], unreadable: number, r: Reader): Turn {
  const t: Turn = { role, text: out.join("\n") };
  if (unreadable > 0) t.unreadable = unreadable;
  if (r.mediaHash !== 0) t.media = r.mediaHash;
  r.mediaHash = 0;
  if (r.calls.length > 0) {
    if (role === "assistant") t.calls = r.calls.join("\n");
    r.calls = [];
  }
  return t;
}

function messagesInto(msgs: unknown, sys: string[], turns: Turn[], r: Reader): void {
  if (!Array.isArray(msgs)) return;
  for (const m of msgs) {
    if (!isObj(m)) continue;
    const out: string[] = [];
    // Responses items without a role
    if (m.role === undefined && typeof m.type === "string" && m.type !== "message") {
      if (m.type === "function_call_output" || m.type === "custom_tool_call_output" || m.type === "mcp_tool_call_output") {
        const u = partsInto(m.output, out, r);
        turns.push(turnOf("tool", out, u, r));
      } else if (m.type === "function_call" || m.type === "custom_tool_call" || m.type === "reasoning") {
        const u = partsInto(m, out, r);
        turns.push(turnOf("assistant", out, u, r));
      } else {
        // an item_reference, or an item the guard does not read: what it stands for is the origin's
        r.refs += 1;
      }
      continue;
    }
    const role = roleOf(m.role);
    if (role === null) continue;
    const u = partsInto(m.content, out, r);
    if (role === "system") {
      sys.push(out.join("\n"));
      r.mediaHash = 0;
      r.calls = [];
      continue;
    }
    if (role === "assistant") {
      // OpenAI chat: tool calls (arguments), legacy function_call, refusal
      if (Array.isArray(m.tool_calls)) {
        for (const tc of m.tool_calls) {
          if (!isObj(tc)) continue;
          const f = tc.function ?? tc.custom;
          if (isObj(f)) {
            if (typeof f.arguments === "string") r.takeCall(f.arguments, out);
            else if (typeof f.input === "string") r.takeCall(f.input, out);
          }
        }
      }
      if (isObj(m.function_call) && typeof m.function_call.arguments === "string") r.takeCall(m.function_call.arguments, out);
      if (typeof m.refusal === "string") r.take(m.refusal, out);
      // an earlier audio answer named by id: the origin adds it to the input
      if (isObj(m.audio)) r.refs += 1;
    }
    if (role === "user" && Array.isArray(m.content) && m.content.length > 0 && m.content.every((p) => isObj(p) && p.type === "tool_result"))
      turns.push(turnOf("tool", out, u, r));
    else turns.push(turnOf(role, out, u, r));
  }
}

/** An embeddings batch of at least ITEM_SAMPLE_MIN inputs is sampled: ITEM_SAMPLE texts, their
 *  first ITEM_HEAD chars. */
const ITEM_SAMPLE_MIN = 8;
const ITEM_SAMPLE = 12;
const ITEM_HEAD = 160;
/** Prompts of a completions list keyed apart, at most. */
const LIST_KEYS = 64;

/** A completions prompt / embeddings input: a string, strings, token IDs, or arrays of them. */
function promptInto(x: unknown, out: string[], r: Reader): number {
  if (typeof x === "string") {
    r.take(x, out);
    return 0;
  }
  if (!Array.isArray(x)) return 0;
  if (x.length > 0 && typeof x[0] === "number") {
    r.tokens(x);
    return 1;
  }
  let u = 0;
  for (const p of x) {
    if (typeof p === "string") r.take(p, out);
    else if (Array.isArray(p) && p.length > 0 && typeof p[0] === "number") {
      r.tokens(p);
      u++;
    }
  }
  return u;
}

/** Description strings of a JSON schema (parameter descriptions), depth- and count-bounded. */
function schemaText(x: unknown, out: string[], r: Reader, depth: number, budget: { n: number }): void {
  if (depth > 6 || budget.n <= 0 || !isObj(x)) return;
  if (typeof x.description === "string") {
    budget.n--;
    r.take(x.description, out);
  }
  for (const k of ["properties", "items", "$defs", "definitions"]) {
    const v = x[k];
    if (isObj(v)) {
      if (k === "items") schemaText(v, out, r, depth + 1, budget);
      else for (const c of Object.values(v)) schemaText(c, out, r, depth + 1, budget);
    }
  }
}

/**
 * Tool definitions reach the model as instructions, like a system prompt: their names,
 * descriptions and parameter descriptions are read (OpenAI chat `{type: "function", function}`,
 * Responses `{type: "function", name, ...}`, Anthropic `{name, description, input_schema}`, and
 * built-in tools by type). Returns a hash of the set of tool names (0 when none).
 */
function toolsInto(tools: unknown, out: string[], r: Reader): number {
  if (!Array.isArray(tools) || tools.length === 0) return 0;
  const names: string[] = [];
  const budget = { n: 256 };
  for (const t of tools.slice(0, 256)) {
    if (!isObj(t)) continue;
    const f = isObj(t.function) ? t.function : t;
    const name = typeof f.name === "string" ? f.name : typeof t.type === "string" ? t.type : "";
    names.push(name);
    if (name) r.take(name, out);
    if (typeof f.description === "string") r.take(f.description, out);
    schemaText(f.parameters ?? f.input_schema, out, r, 0, budget);
  }
  names.sort();
  return hash32(names.join("\u0001")) || 1;
}

export function buildPromptView(route: RouteKind, body: Record<string, unknown>): PromptView {
  const sys: string[] = [];
  const turns: Turn[] = [];
  const b = isObj(body) ? body : {};
  const params: PromptView["params"] = {};
  const r = new Reader();
  let toolSet = 0;
  let tools = "";
  let continues = false;
  let anchor = 0;
  let items = 0;
  const itemSample: string[] = [];
  const itemKeys: string[] = [];
  try {
    switch (route) {
      case "chat":
        messagesInto(b.messages, sys, turns, r);
        break;
      case "completions":
      case "embeddings": {
        const out: string[] = [];
        const src = route === "completions" ? b.prompt : b.input;
        const u = promptInto(src, out, r);
        // inputs in one request (a list of texts or of token-ID arrays): embeddings take them in bulk
        items = Array.isArray(src) ? (src.length > 0 && typeof src[0] === "number" ? 1 : src.length) : typeof src === "string" ? 1 : 0;
        // a sample of an embeddings batch's texts (evenly spaced, heads only): whether one batch
        // mixes topics and scripts (a dataset sampled for coverage) or holds one document's chunks
        // each prompt of a completions list is a request for its own answer: a key of each one
        // (length, head, tail) so detection counts them apart (red team R5-7)
        if (route === "completions" && Array.isArray(src) && items >= 2 && typeof src[0] === "string") {
          for (let i = 0; i < src.length && itemKeys.length < LIST_KEYS; i++) {
            const x = src[i];
            if (typeof x === "string") itemKeys.push(`${x.length}|${x.slice(0, 80)}|${x.slice(-80)}`);
          }
        }
        if (route === "embeddings" && Array.isArray(src) && items >= ITEM_SAMPLE_MIN) {
          const k = Math.min(items, ITEM_SAMPLE);
          for (let j = 0; j < k; j++) {
            const x = src[Math.floor((j * items) / k)];
            if (typeof x === "string") itemSample.push(visibleText(x.slice(0, ITEM_HEAD)).toLowerCase());
          }
        }
        if (route === "completions" && typeof b.suffix === "string") r.take(b.suffix, out);
        turns.push(turnOf("user", out, u, r));
        break;
      }
      case "responses":
        // a turn of a conversation the origin keeps (its earlier turns are not in the body)
        if ((typeof b.previous_response_id === "string" && b.previous_response_id !== "") || b.conversation !== undefined) {
          continues = true;
          // which stored response (or conversation) it continues: a chat's next turn continues the
          // newest one, so the id changes every turn; a star of turns off one anchor does not
          const id = typeof b.previous_response_id === "string" && b.previous_response_id !== "" ? b.previous_response_id : JSON.stringify(b.conversation);
          anchor = anchorHash(id);
        }
        if (typeof b.instructions === "string") r.take(b.instructions, sys);
        // a stored prompt (its template kept at the origin, `input` then optional): its id is the
        // wrapper, what its variables fill in is the ask (they would hide a harvest's payload unread)
        if (isObj(b.prompt)) {
          const p = b.prompt;
          if (typeof p.id === "string") r.take(`stored prompt ${p.id}${typeof p.version === "string" ? `@${p.version}` : ""}`, sys);
          if (isObj(p.variables)) {
            const out: string[] = [];
            const u = partsInto(Object.values(p.variables), out, r);
            if (out.length > 0 || u > 0) turns.push(turnOf("user", out, u, r));
          }
        }
        if (typeof b.input === "string") {
          const out: string[] = [];
          r.take(b.input, out);
          turns.push(turnOf("user", out, 0, r));
        } else messagesInto(b.input, sys, turns, r);
        break;
      case "messages":
        if (b.system !== undefined) {
          const out: string[] = [];
          partsInto(b.system, out, r);
          r.mediaHash = 0; // a system prompt's media (and calls) are no turn's
          r.calls = [];
          sys.push(out.join("\n"));
        }
        messagesInto(b.messages, sys, turns, r);
        break;
      default:
        break;
    }
    if (route !== "embeddings" && route !== "completions") {
      const out: string[] = [];
      // legacy chat `functions` are tools; a structured-output schema (chat `response_format`
      // json_schema, Responses `text.format`) is an instruction too: its name, description and
      // field descriptions are read with them (red team R19-1: a 1,600-char policy moved into a
      // schema's descriptions, 0 of 150 keys flagged)
      const ts = toolsInto(b.tools, out, r);
      const fs = toolsInto(b.functions, out, r);
      const rf = isObj(b.response_format) && isObj(b.response_format.json_schema) ? b.response_format.json_schema : isObj(b.text) && isObj(b.text.format) ? b.text.format : undefined;
      if (rf !== undefined) {
        if (typeof rf.name === "string") r.take(rf.name, out);
        if (typeof rf.description === "string") r.take(rf.description, out);
        schemaText(rf.schema, out, r, 0, { n: 256 });
      }
      if (ts !== 0 || fs !== 0) toolSet = ts || fs;
      if (out.length > 0) tools = out.join("\n");
    }
    const mt = num(b.max_tokens) ?? num(b.max_completion_tokens) ?? num(b.max_output_tokens);
    if (mt !== undefined) params.maxTokens = mt;
    // (a completions request without one gets 16 tokens; Anthropic's Messages API requires one)
    else if (route === "chat" || route === "responses") params.uncapped = true;
    const n = Math.max(num(b.n) ?? 0, num(b.best_of) ?? 0);
    if (n > 0) params.n = n;
    if (b.logprobs === true || (typeof b.logprobs === "number" && b.logprobs > 0)) params.logprobs = true;
    const tlp = num(b.top_logprobs) ?? (typeof b.logprobs === "number" ? b.logprobs : undefined);
    if (tlp !== undefined) {
      params.topLogprobs = tlp;
      if (tlp > 0) params.logprobs = true;
    }
    if (isObj(b.logit_bias)) {
      const bias = Object.keys(b.logit_bias);
      if (bias.length > 0) {
        params.logitBias = true;
        // which tokens are pushed and how hard, in any key order: a classifier keeps one set, a
        // logit-recovery probe rotates it over one prompt
        bias.sort();
        params.logitBiasSet = hash32(bias.slice(0, 300).map((k) => `${k}:${String((b.logit_bias as Record<string, unknown>)[k])}`).join(",")) || 1;
      }
    }
    // completions `echo` with logprobs returns the distribution over every prompt token
    if (b.echo === true && params.logprobs) params.echo = true;
    // ... and so does vLLM's `prompt_logprobs` (a count of alternatives per prompt token) on any
    // route of a vLLM / SGLang host: read as echo with that many (red team R5-5)
    const plp = num(b.prompt_logprobs);
    if (plp !== undefined && plp >= 0) {
      params.logprobs = true;
      params.echo = true;
      params.topLogprobs = Math.max(params.topLogprobs ?? 0, plp);
    }
    // what the request asks of the model's reasoning: Anthropic extended thinking's budget,
    // OpenAI reasoning effort and reasoning summaries (or the encrypted reasoning items)
    if (isObj(b.thinking) && b.thinking.type === "enabled") params.thinkingBudget = num(b.thinking.budget_tokens) ?? 0;
    const effort = typeof b.reasoning_effort === "string" ? b.reasoning_effort : isObj(b.reasoning) && typeof b.reasoning.effort === "string" ? b.reasoning.effort : undefined;
    if (effort === "high" || effort === "xhigh") params.effortHigh = true;
    if (effort !== undefined ? effort !== "none" : isObj(b.reasoning)) params.reasonsUnseen = true;
    const summary = isObj(b.reasoning) && typeof b.reasoning.summary === "string" && b.reasoning.summary !== "none";
    const encrypted = Array.isArray(b.include) && b.include.includes("reasoning.encrypted_content");
    if (summary || encrypted) params.reasoningOut = true;
    // the reasoning itself, written out in full for the client: what a step-by-step ask gets
    if (isObj(b.reasoning) && b.reasoning.summary === "detailed") params.reasoningDetailed = true;
    const temp = num(b.temperature);
    if (temp !== undefined) params.temperature = temp;
    const tp = num(b.top_p);
    if (tp !== undefined) params.topP = tp;
    if (typeof b.stream === "boolean") params.stream = b.stream;
    if (typeof b.model === "string" && b.model.trim() !== "") params.model = hash32(b.model.trim().toLowerCase().slice(0, 256)) || 1;
  } catch {
    // odd shapes are ignored, never thrown
  }
  const view: PromptView = { route, system: sys.join("\n"), turns, params };
  if (toolSet !== 0 || tools !== "") view.tools = tools;
  if (toolSet !== 0) view.toolSet = toolSet;
  if (continues) view.continues = true;
  if (route === "responses" && b.background === true) view.later = true;
  if (anchor !== 0) view.anchor = anchor;
  if (items > 0) view.items = items;
  if (itemSample.length > 0) view.itemSample = itemSample;
  if (itemKeys.length > 0) view.itemKeys = itemKeys;
  if (r.tokenIds > 0) {
    view.promptTokenIds = r.tokenIds;
    view.tokenHash = r.tokenHash;
  }
  if (r.unreadable > 0) view.unreadable = r.unreadable;
  if (r.media > 0) view.media = r.media;
  if (r.refs > 0) view.refs = r.refs;
  if (r.omitted > 0) view.omittedChars = r.omitted;
  return view;
}

/** The hash a stored response (or conversation) id is read by: a turn continuing it (signals
 *  `ca`), and the answer that created it (Usage.createdHash). Never 0. */
export function anchorHash(id: string): number {
  return hash32(id.slice(0, 256)) || 1;
}
