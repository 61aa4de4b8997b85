/** Build a text view of one request from its parsed JSON body, for every route shape. */
import type { RouteKind } from "../policy/types.ts";
import type { PromptView } from "./index.ts";

type Turn = PromptView["turns"][number];

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** Text of a content value: a string, or an array of parts whose text fields are joined. */
function contentText(c: unknown): string {
  if (typeof c === "string") return c;
  if (Array.isArray(c)) {
    const parts: string[] = [];
    for (const p of c) {
      if (typeof p === "string") parts.push(p);
      else if (isObj(p)) {
        if (typeof p.text === "string") parts.push(p.text);
        else if (p.type === "tool_result" || p.type === "function_call_output") parts.push(contentText(p.content ?? p.output));
      }
    }
    return parts.join("\n");
  }
  if (isObj(c) && typeof c.text === "string") return c.text;
  return "";
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

function messagesInto(msgs: unknown, sys: string[], turns: Turn[]): void {
  if (!Array.isArray(msgs)) return;
  for (const m of msgs) {
    if (!isObj(m)) continue;
    if (m.type === "function_call_output") {
      turns.push({ role: "tool", text: contentText(m.output) });
      continue;
    }
    const role = roleOf(m.role);
    if (role === null) continue;
    const text = contentText(m.content);
    if (role === "system") sys.push(text);
    else if (role === "user" && Array.isArray(m.content) && m.content.every((p) => isObj(p) && p.type === "tool_result"))
      turns.push({ role: "tool", text });
    else turns.push({ role, text });
  }
}

function stringsOf(x: unknown): string {
  if (typeof x === "string") return x;
  if (Array.isArray(x)) return x.filter((s): s is string => typeof s === "string").join("\n");
  return "";
}

export function buildPromptView(route: RouteKind, body: Record<string, unknown>): PromptView {
  const sys: string[] = [];
  const turns: Turn[] = [];
  const b = isObj(body) ? body : {};
  const params: PromptView["params"] = {};
  try {
    switch (route) {
      case "chat":
        messagesInto(b.messages, sys, turns);
        break;
      case "completions":
        turns.push({ role: "user", text: stringsOf(b.prompt) });
        break;
      case "responses":
        if (typeof b.instructions === "string") sys.push(b.instructions);
        if (typeof b.input === "string") turns.push({ role: "user", text: b.input });
        else messagesInto(b.input, sys, turns);
        break;
      case "embeddings":
        turns.push({ role: "user", text: stringsOf(b.input) });
        break;
      case "messages":
        if (b.system !== undefined) sys.push(contentText(b.system));
        messagesInto(b.messages, sys, turns);
        break;
      default:
        break;
    }
    const mt = num(b.max_tokens) ?? num(b.max_completion_tokens) ?? num(b.max_output_tokens);
    if (mt !== undefined) params.maxTokens = mt;
    const n = Math.max(num(b.n) ?? 0, num(b.best_of) ?? 0);
    if (n > 0) params.n = n;
    if (b.logprobs === true || (typeof b.logprobs === "number" && b.logprobs > 0)) params.logprobs = true;
    const tlp = num(b.top_logprobs) ?? (typeof b.logprobs === "number" ? b.logprobs : undefined);
    if (tlp !== undefined) {
      params.topLogprobs = tlp;
      if (tlp > 0) params.logprobs = true;
    }
    if (isObj(b.logit_bias) && Object.keys(b.logit_bias).length > 0) params.logitBias = true;
    const temp = num(b.temperature);
    if (temp !== undefined) params.temperature = temp;
    const tp = num(b.top_p);
    if (tp !== undefined) params.topP = tp;
    if (typeof b.stream === "boolean") params.stream = b.stream;
  } catch {
    // odd shapes are ignored, never thrown
  }
  return { route, system: sys.join("\n"), turns, params };
}
