/**
 * Tool definitions and multi-step tool loops in OpenAI chat and Anthropic messages formats.
 */
import type { Rng, Msg } from "./core.ts";

export interface Tool {
  name: string;
  desc: string;
  params: Record<string, { type: string; description?: string; enum?: string[] }>;
  required: string[];
  args: (r: Rng) => Record<string, unknown>;
  result: (r: Rng, args: Record<string, unknown>) => unknown;
}
const T = (name: string, desc: string, params: Tool["params"], required: string[], args: Tool["args"], result: Tool["result"]): Tool => ({ name, desc, params, required, args, result });

export const TOOL_POOL: Tool[] = [
  T("lookup_order", "Look up an order in the shop by its order number.", { order_id: { type: "string", description: "Order number, e.g. 100245" } }, ["order_id"], (r) => ({ order_id: String(r.int(100000, 999999)) }), (r, a) => ({ order_id: a.order_id, status: r.pick(["shipped", "processing", "delivered", "refunded"]), carrier: r.pick(["UPS", "DHL", "USPS"]), items: r.int(1, 4), total: r.int(12, 400) + 0.99 })),
  T("search_crm", "Search CRM contacts by name, email or company.", { query: { type: "string" }, limit: { type: "integer" } }, ["query"], (r) => ({ query: r.pick(["acme", "jensen", "northwind", "k.ito@", "blue harbor"]), limit: 5 }), (r) => ({ results: Array.from({ length: r.int(0, 3) }, (_, i) => ({ id: `c_${r.int(1000, 9999)}`, name: ["Dana Ruiz", "Kenji Ito", "Lena Vogt"][i], stage: r.pick(["lead", "customer", "churned"]) })) })),
  T("create_ticket", "Create a support ticket in the helpdesk.", { subject: { type: "string" }, priority: { type: "string", enum: ["low", "normal", "high", "urgent"] }, body: { type: "string" } }, ["subject", "body"], (r) => ({ subject: r.pick(["Login fails after SSO change", "Invoice shows wrong VAT", "Export stuck at 99%"]), priority: r.pick(["normal", "high"]), body: "Customer reports the issue since this morning." }), (r) => ({ ticket_id: `HD-${r.int(20000, 99999)}`, created: true })),
  T("run_sql", "Run a read-only SQL query on the analytics warehouse.", { sql: { type: "string", description: "A SELECT statement" } }, ["sql"], (r) => ({ sql: r.pick(["SELECT date_trunc('week', created_at) w, count(*) FROM signups GROUP BY 1 ORDER BY 1 DESC LIMIT 8", "SELECT plan, sum(mrr) FROM subscriptions WHERE active GROUP BY plan", "SELECT country, count(*) FROM users WHERE last_seen > now() - interval '7 days' GROUP BY 1 ORDER BY 2 DESC LIMIT 10"]) }), (r) => ({ columns: ["k", "v"], rows: Array.from({ length: r.int(3, 8) }, () => [r.pick(["pro", "team", "US", "DE", "2027-01-04"]), r.int(10, 9000)]) })),
  T("get_calendar", "List the user's calendar events between two dates.", { start: { type: "string" }, end: { type: "string" } }, ["start", "end"], () => ({ start: "2027-01-18", end: "2027-01-22" }), (r) => ({ events: Array.from({ length: r.int(1, 5) }, () => ({ title: r.pick(["1:1 with Sam", "Quarterly review", "Dentist", "Team standup", "Vendor call"]), start: `2027-01-${r.int(18, 22)}T${r.int(8, 17)}:00` })) })),
  T("create_event", "Create a calendar event.", { title: { type: "string" }, start: { type: "string" }, duration_min: { type: "integer" } }, ["title", "start"], (r) => ({ title: r.pick(["Sync with design", "Call with supplier", "Lunch"]), start: `2027-01-${r.int(18, 22)}T${r.int(9, 16)}:30`, duration_min: r.pick([30, 45, 60]) }), (r) => ({ id: `evt_${r.int(1e5, 1e6)}`, ok: true })),
  T("get_weather", "Current weather and 3-day forecast for a city.", { city: { type: "string" } }, ["city"], (r) => ({ city: r.pick(["Lisbon", "Denver", "Seoul", "Nairobi", "Hamburg"]) }), (r) => ({ temp_c: r.int(-8, 28), condition: r.pick(["clear", "rain", "snow", "cloudy"]), forecast: [r.int(-5, 25), r.int(-5, 25), r.int(-5, 25)] })),
  T("fetch_url", "Fetch a web page and return its readable text.", { url: { type: "string" } }, ["url"], (r) => ({ url: r.pick(["https://status.example-cloud.com", "https://docs.pydantic.dev/latest/concepts/models/", "https://www.bbc.com/news/business"]) }), (r) => ({ status: 200, text: r.pick(["All systems operational. Last incident resolved 3 days ago.", "Models: define a class inheriting from BaseModel; fields are annotated attributes…", "Markets steady as central bank holds rates…"]) })),
  T("update_inventory", "Set the stock level of a product variant in the store.", { sku: { type: "string" }, quantity: { type: "integer" } }, ["sku", "quantity"], (r) => ({ sku: `SKU-${r.int(1000, 9999)}-${r.pick(["S", "M", "L"])}`, quantity: r.int(0, 120) }), () => ({ ok: true })),
  T("send_message", "Send a message to a Slack channel or user.", { channel: { type: "string" }, text: { type: "string" } }, ["channel", "text"], (r) => ({ channel: r.pick(["#ops", "#sales-emea", "@maria"]), text: "Heads-up: the weekly numbers are in the sheet." }), (r) => ({ ok: true, ts: `${1768400000 + r.int(0, 400000)}.000${r.int(100, 999)}` })),
  T("sheet_append", "Append a row to a Google Sheet.", { sheet_id: { type: "string" }, values: { type: "array" } }, ["sheet_id", "values"], (r) => ({ sheet_id: "1x" + r.int(1e6, 1e7), values: ["2027-01-16", r.int(1, 99), "ok"] }), () => ({ updatedRange: "Sheet1!A120:C120" })),
  T("search_docs", "Semantic search over the team's internal knowledge base.", { query: { type: "string" }, top_k: { type: "integer" } }, ["query"], (r) => ({ query: r.pick(["expense policy travel", "how to rotate api keys", "onboarding checklist"]), top_k: 3 }), (r) => ({ hits: [{ title: r.pick(["Travel & Expense Policy v4", "Key rotation runbook", "New hire checklist"]), snippet: "…must be approved by your manager before booking…" }] })),
  T("get_stock_quote", "Latest quote for a ticker.", { ticker: { type: "string" } }, ["ticker"], (r) => ({ ticker: r.pick(["AAPL", "SAP", "7203.T", "NVDA", "ASML"]) }), (r) => ({ price: r.int(50, 900) + 0.13, change_pct: (r.f() * 4 - 2).toFixed(2) })),
  T("book_appointment", "Book an appointment slot for a client.", { client_name: { type: "string" }, slot: { type: "string" }, service: { type: "string" } }, ["client_name", "slot"], (r) => ({ client_name: r.pick(["J. Moreau", "A. Khan", "T. Nguyen"]), slot: `2027-01-${r.int(18, 23)} ${r.int(9, 17)}:00`, service: r.pick(["consultation", "cleaning", "follow-up"]) }), (r) => ({ confirmed: r.p(0.85), reference: `AP${r.int(1000, 9999)}` })),
];
export const AGENT_TASKS: Record<string, string[]> = {
  lookup_order: ["where is my order {n}?", "customer says order {n} never arrived, check it and draft a reply"],
  search_crm: ["find the contact at Blue Harbor and tell me their stage", "who do we know at Acme?"],
  create_ticket: ["open a high-priority ticket: customer can't log in after the SSO change", "file a ticket about the VAT on invoice 2231"],
  run_sql: ["how many signups per week lately?", "break down MRR by plan", "which countries were most active this week?"],
  get_calendar: ["what's on my calendar next week?", "do I have time on Wednesday afternoon?"],
  create_event: ["put a 30 min sync with design on Tuesday morning", "schedule a supplier call Thursday 2pm"],
  get_weather: ["should I pack an umbrella for Lisbon?", "weather in Denver for the weekend?"],
  fetch_url: ["is our cloud provider having an outage?", "summarise the pydantic models page for me"],
  update_inventory: ["set the medium blue hoodie to 40 in stock", "we sold out of SKU-4410-L, update it"],
  send_message: ["tell #ops the numbers are in", "ping maria that the deck is ready"],
  sheet_append: ["log today's count in the tracking sheet", "add a row for the new order"],
  search_docs: ["what's the travel expense policy?", "how do we rotate api keys?"],
  get_stock_quote: ["how is ASML doing today?", "quote for NVDA and SAP"],
  book_appointment: ["book a cleaning for A. Khan next Tuesday morning", "find J. Moreau a consultation slot this week"],
};

export function openaiTool(t: Tool, prefix = "", desc?: string): Msg {
  return { type: "function", function: { name: prefix + t.name, description: desc ?? t.desc, parameters: { type: "object", properties: t.params, required: t.required } } };
}
export function anthropicTool(t: Tool, prefix = "", desc?: string): Msg {
  return { name: prefix + t.name, description: desc ?? t.desc, input_schema: { type: "object", properties: t.params, required: t.required } };
}

export interface Step { messages: Msg[]; final: boolean }
/**
 * Build the successive request histories of one tool loop. calls: tools used in order.
 * Returns one history per request (the last request leads to the final answer).
 */
export function toolLoop(r: Rng, fmt: "openai" | "anthropic", first: Msg[], calls: { tool: Tool; name: string; args?: Record<string, unknown>; result?: unknown }[], thought = true): Msg[][] {
  const out: Msg[][] = [];
  const h = first.slice();
  out.push(h.slice());
  for (const c of calls) {
    const args = c.args ?? c.tool.args(r);
    const res = c.result ?? c.tool.result(r, args);
    const id = fmt === "openai" ? "call_" + r.chars(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") : "toolu_01" + r.chars(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    if (fmt === "openai") {
      h.push({ role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: c.name, arguments: JSON.stringify(args) } }] });
      h.push({ role: "tool", tool_call_id: id, content: JSON.stringify(res) });
    } else {
      const blocks: Msg[] = [];
      if (thought) blocks.push({ type: "text", text: r.pick(["Let me check that.", "I'll look that up.", "Checking now.", "One moment, pulling the data."]) });
      blocks.push({ type: "tool_use", id, name: c.name, input: args });
      h.push({ role: "assistant", content: blocks });
      h.push({ role: "user", content: [{ type: "tool_result", tool_use_id: id, content: JSON.stringify(res) }] });
    }
    out.push(h.slice());
  }
  return out;
}
