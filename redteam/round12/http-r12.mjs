// Round 12 arms: cutget = every ask a stored Responses request streamed (stream: true), cut by the client as soon as response.created
// names the id, the finished response fetched ~1.5 s later on GET /v1/responses/{id} (the mock finishes it after the hang-up);
// streamget = the same streams read to the end (control); afr = ONE stored anchor per key answered in 117 tokens (over the 100-token cheap line); every 5th ask (3 of 15) names it and
// caps its answer at 700 tokens (max_output_tokens 700: under 8x the anchor, so no filler), the other asks plain (4096); anc330 = ONE stored anchor per key answered in 330 tokens (max_output_tokens 330), every ask names it; hfu = every 5th ask
// (3 of 15) names the key's previous ask's response (a new topic) by previous_response_id, the others plain; cancel = every ask a background Response (POST answered `queued`, no usage), its answer taken by the asking key from
// POST /v1/responses/{id}/cancel (a free route) after it completed, never from GET; cancelc = the same cancel made by one of 10 collector keys.
// Round 11 arms (round 10's http-r10.mjs plus): coll = every ask a background Response (POST answered `queued`, no usage) retrieved at
// once on GET /v1/responses/{id} by one of 10 collector keys (collself: retrieved by the asking key, the control); tool = a cheap
// stored anchor carrying `tools` (the origin answers with a function_call, 12 tokens), every ask a function_call_output item naming it
// by previous_response_id; anc101 = the anchor asks max_output_tokens 117 (answered in 117 tokens, over the 100-token cheap line);
// conv = every ask names `conversation: conv_<key>` (the mock origin accepts it as if the conversation had been created elsewhere).
// Round 10 arms (round 9's http-hydra.mjs plus): anc40 = the anchor asks max_output_tokens 48 (the origin answers 48 tokens,
// above the 32-token trivial line); xanc = the cheap anchor (16) is created by one of 10 separate factory keys, every farm key names
// its own factory-made anchor; bganc = the cheap anchor is created with background: true (POST answered `queued`, no usage),
// never retrieved.
// cstream / cstreamu = chat asks streamed, without / with stream_options.include_usage. JIT=1: a paraphrased wrapper per key, shuffled rounds.
// node http-r11.mjs GUARD_URL ADMIN_TOKEN ARM [N] [R] : a small hydra over HTTP against origin-r9.mjs (bounded: N keys x R asks,
// at most N*(R+2) requests, 4 in flight, stops after MAXS seconds). Each key has its own client address (TRUST_CLIENT_IP_HEADER).
// ARM: plain  = every ask a Responses request (instructions + one-line ask, max_output_tokens 4096), no history
//      anchor = one cheap stored "Hi" response (max_output_tokens 16) first, then every ask names it as previous_response_id
//      chat   = every ask a chat request [system, ask] (control for greet)
//      greet  = one real cheap "Hi" chat request first (max_tokens 16), then every ask carries [Hi, <420-char assistant>] as history
// Prints per-arm counts: answers served in full / degraded (x-guard-policy) / refused, output tokens served, and per key the admin view.
const [G, ADM, ARM, NA = "100", RA = "7"] = process.argv.slice(2); const N = +NA, R = +RA, MAXS = +(process.env.MAXS ?? 600);
const tag = ARM + "-" + Date.now().toString(36); const A = { authorization: `Bearer ${ADM}`, "content-type": "application/json" };
const SUBJ = ["photosynthesis", "the French revolution", "quantum tunnelling", "monetary policy", "plate tectonics", "the immune system", "Byzantine art", "graph theory", "jazz harmony", "the Krebs cycle", "supply chains", "Roman law", "black holes", "game theory", "fermentation", "the Silk Road"];
const ASK = ["Write an essay on {s}.", "Explain {s} in depth.", "Give me a complete guide to {s}.", "Teach me {s} from scratch.", "Write a long article about {s}.", "Write lecture notes on {s}."];
const WRAPS = ["You are a knowledgeable assistant. Answer fully.", "You are an expert tutor. Give a complete answer with structure.", "Act as a senior researcher and explain comprehensively.", "You are a patient teacher who covers every aspect."];
const BLURB = "Hello! How can I help you today? I can help with explanations, essays, guides, lecture notes, reports, summaries, comparisons, step-by-step walkthroughs, examples, quizzes and much more. Just tell me the topic and the level you want, and I will write a complete, well-structured answer with headings and examples where they help. What would you like to explore today? I can help with explanations, essays, guides, lecture notes.";
let s = 7; const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff); const pick = (a) => a[Math.floor(rnd() * a.length)];
const JIT = !!process.env.JIT; // R11: JIT=1, a hydra as the docs model it: a paraphrased wrapper per key (its own added sentence) and each round's order shuffled
const EXTRA = ["Keep it clear.", "Use examples.", "Be thorough.", "Write for a curious reader.", "Structure it well.", "Avoid jargon where possible.", "Cite the main ideas.", "Stay factual."];
const keys = Array.from({ length: N }, (_, i) => ({ key: `sk-r12-${tag}-${i}`, ip: `${30 + (i * 7) % 190}.${(i * 37) % 250}.${(i * 11 + 3) % 250}.9`, sys: pick(WRAPS) + (JIT ? " " + pick(EXTRA) + " " + pick(EXTRA) + ` (profile ${Math.floor(rnd() * 1e6)})` : ""), anc: null, steps: 0 }));
const FACTS = Array.from({ length: 10 }, (_, i) => ({ key: `sk-r12-${tag}-factory${i}`, ip: `201.9.9.${10 + i}` })); // 10 factory keys (60 rpm each by default)
const COLLS = Array.from({ length: 10 }, (_, i) => ({ key: `sk-r12-${tag}-collector${i}`, ip: `202.9.9.${10 + i}` })); // 10 collector keys
const TOOLS = [{ type: "function", name: "get_next_task", description: "Fetch the user's next queued request.", parameters: { type: "object", properties: { queue: { type: "string" } } } }];
const hdr = (k) => ({ authorization: `Bearer ${k.key}`, "cf-connecting-ip": k.ip, "content-type": "application/json" });
const t0 = Date.now(); const st = { full: 0, degraded: 0, refused: 0, other: 0, tokFull: 0, tokDeg: 0, pad: 0 };
async function post(k, path, body, count) {
  const r = await fetch(G + path, { method: "POST", headers: hdr(k), body: JSON.stringify(body) }); const j = await r.json().catch(() => ({}));
  if (!count) { st.pad++; k.lastDeg = r.headers.get("x-guard-policy") === "degraded"; if (r.status !== 200) k.lastDeg = true; return j; }
  const c = j.usage?.output_tokens ?? j.usage?.completion_tokens ?? 0;
  if (r.status === 200 && r.headers.get("x-guard-policy") === "degraded") { st.degraded++; st.tokDeg += c; } else if (r.status === 200) { st.full++; st.tokFull += c; } else if (r.status === 403 || r.status === 429) st.refused++; else { st.other++; if (st.other < 4) console.error("status", r.status, JSON.stringify(j).slice(0, 200)); }
  return j;
}
async function step(k) { // one request of key k
  const ask = pick(ASK).replace("{s}", pick(SUBJ)) + " " + pick(["for a high-school class", "with real-world examples", "in plain language", ""]);
  if (ARM === "cancel" || ARM === "cancelc") { k.steps++; const j = await post(k, "/v1/responses", { model: "gpt-4o", instructions: k.sys, input: ask, max_output_tokens: 4096, background: true, store: true }, false);
    if (!j.id) { st.refused++; return; } const deg = k.lastDeg; const who = ARM === "cancelc" ? COLLS[(keys.indexOf(k) + k.steps) % 10] : k;
    const r = await fetch(G + "/v1/responses/" + j.id + "/cancel", { method: "POST", headers: hdr(who) }); const g = await r.json().catch(() => ({})); const c = g.usage?.output_tokens ?? 0;
    if (r.status === 200 && c > 0) { if (deg) { st.degraded++; st.tokDeg += c; } else { st.full++; st.tokFull += c; } } else { st.refused++; if (st.refused < 4) console.error("cancel", r.status, JSON.stringify(g).slice(0, 200)); }
    return; }
  if (ARM === "coll" || ARM === "collself") { k.steps++; const j = await post(k, "/v1/responses", { model: "gpt-4o", instructions: k.sys, input: ask, max_output_tokens: 4096, background: true, store: true }, false);
    if (!j.id) { st.refused++; return; } const deg = k.lastDeg; const who = ARM === "coll" ? COLLS[(keys.indexOf(k) + k.steps) % 10] : k;
    const r = await fetch(G + "/v1/responses/" + j.id, { headers: hdr(who) }); const g = await r.json().catch(() => ({})); const c = g.usage?.output_tokens ?? 0;
    if (r.status === 200 && c > 0) { if (deg) { st.degraded++; st.tokDeg += c; } else { st.full++; st.tokFull += c; } } else { st.refused++; if (st.refused < 4) console.error("get", r.status, JSON.stringify(g).slice(0, 200)); }
    return; }
  if (["anchor", "anc40", "xanc", "bganc", "tool", "anc101", "anc330", "afr"].includes(ARM) && !k.anc) { const who = ARM === "xanc" ? FACTS[keys.indexOf(k) % 10] : k;
    const j = await post(who, "/v1/responses", { model: "gpt-4o-mini", instructions: k.sys, input: "Hi", store: true, max_output_tokens: ARM === "anc40" ? 48 : ARM === "anc101" || ARM === "afr" ? 117 : ARM === "anc330" ? 330 : 16, ...(ARM === "bganc" ? { background: true } : {}), ...(ARM === "tool" ? { tools: TOOLS } : {}) }, false); k.anc = j.id ?? "none"; return; }
  if (ARM === "greet" && !k.anc) { await post(k, "/v1/chat/completions", { model: "gpt-4o-mini", max_tokens: 16, messages: [{ role: "system", content: k.sys }, { role: "user", content: "Hi" }] }, false); k.anc = "hi"; return; }
  k.steps++;
  if (ARM === "cstream" || ARM === "cstreamu") { // R11: chat asks streamed; cstreamu asks for the usage chunk (stream_options.include_usage)
    const r = await fetch(G + "/v1/chat/completions", { method: "POST", headers: hdr(k), body: JSON.stringify({ model: "gpt-4o", max_tokens: 4096, stream: true, ...(ARM === "cstreamu" ? { stream_options: { include_usage: true } } : {}), messages: [{ role: "system", content: k.sys }, { role: "user", content: ask }] }) });
    const txt = await r.text(); let c = 0; for (const l of txt.split("\n")) if (l.startsWith("data: {")) { try { const d = JSON.parse(l.slice(6)); c += (d.choices?.[0]?.delta?.content ?? "").split("x").length - 1; } catch {} }
    if (r.status === 200 && r.headers.get("x-guard-policy") === "degraded") { st.degraded++; st.tokDeg += c; } else if (r.status === 200) { st.full++; st.tokFull += c; } else st.refused++;
    return; }
  if (ARM === "tool") return post(k, "/v1/responses", { model: "gpt-4o", instructions: k.sys, tools: TOOLS, input: [{ type: "function_call_output", call_id: "call_" + k.anc, output: ask }], max_output_tokens: 4096, store: true, previous_response_id: k.anc }, true);
  if (ARM === "conv") return post(k, "/v1/responses", { model: "gpt-4o", instructions: k.sys, input: ask, max_output_tokens: 4096, store: true, conversation: "conv_" + tag + "_" + keys.indexOf(k) }, true);
  if (ARM === "cutget" || ARM === "streamget") { const ac = new AbortController();
    const r = await fetch(G + "/v1/responses", { method: "POST", headers: hdr(k), body: JSON.stringify({ model: "gpt-4o", instructions: k.sys, input: ask, max_output_tokens: 4096, store: true, stream: true }), signal: ac.signal });
    const deg = r.headers.get("x-guard-policy") === "degraded"; if (r.status !== 200) { st.refused++; await r.text().catch(() => {}); return; }
    const rd = r.body.getReader(); const dec = new TextDecoder(); let buf = "", id = null, c = 0;
    while (true) { const { done, value } = await rd.read().catch(() => ({ done: true })); if (done) break; buf += dec.decode(value, { stream: true });
      const m = buf.match(/"type":"response\.created","response":\{"id":"([^"]+)"/); if (m && !id) id = m[1];
      if (ARM === "cutget" && id) { ac.abort(); break; } }
    if (ARM === "streamget") { const m = buf.match(/"output_tokens":(\d+)/g); c = m ? +m[m.length - 1].split(":")[1] : 0; for (const l of buf.split("\n")) if (l.includes("output_text.delta")) {} }
    else { await new Promise((ok) => setTimeout(ok, 1500)); const g = await fetch(G + "/v1/responses/" + id, { headers: hdr(k) }); const gj = await g.json().catch(() => ({})); c = g.status === 200 ? gj.usage?.output_tokens ?? 0 : 0; if (g.status !== 200 && st.refused < 4) console.error("get", g.status, JSON.stringify(gj).slice(0, 200)); }
    if (c > 0) { if (deg) { st.degraded++; st.tokDeg += Math.min(c, 512); } else { st.full++; st.tokFull += c; } } else st.refused++;
    return; }
  if (ARM === "afr") { const a = k.steps % 5 === 0; return post(k, "/v1/responses", { model: "gpt-4o", instructions: k.sys, input: ask, max_output_tokens: a ? 700 : 4096, store: true, ...(a ? { previous_response_id: k.anc } : {}) }, true); }
  if (ARM === "hfu") { const chain = k.steps % 5 === 0 && k.last; const j = await post(k, "/v1/responses", { model: "gpt-4o", instructions: k.sys, input: ask, max_output_tokens: 4096, store: true, ...(chain ? { previous_response_id: k.last } : {}) }, true); k.last = j.id ?? k.last; return j; }
  if (ARM !== "chat" && ARM !== "greet") return post(k, "/v1/responses", { model: "gpt-4o", instructions: k.sys, input: ask, max_output_tokens: 4096, store: true, ...(ARM !== "plain" ? { previous_response_id: k.anc } : {}) }, true);
  const hist = ARM === "greet" ? [{ role: "user", content: "Hi" }, { role: "assistant", content: BLURB }] : [];
  return post(k, "/v1/chat/completions", { model: "gpt-4o", max_tokens: 4096, messages: [{ role: "system", content: k.sys }, ...hist, { role: "user", content: ask }] }, true);
}
// rounds: one request per key per round (so each key's gaps are a whole round long), 4 in flight
const jobs = []; for (let r = 0; r < R + 1; r++) { const round = [...keys]; if (JIT) for (let i = round.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [round[i], round[j]] = [round[j], round[i]]; } jobs.push(...round); }
let next = 0; const need = (k) => k.steps < R;
async function worker() { while (next < jobs.length && Date.now() - t0 < MAXS * 1000) { const k = jobs[next++]; if (need(k)) await step(k).catch((e) => { st.other++; }); } }
await Promise.all([worker(), worker(), worker(), worker()]);
await new Promise((ok) => setTimeout(ok, 3000));
const views = { allow: 0, degrade: 0, challenge: 0, throttle: 0, block: 0, cohort: 0 }; let ex = null;
const cviews = {}; for (const k of ARM === "coll" || ARM === "cancelc" ? COLLS : []) { const { keyId } = await (await fetch(G + "/admin/keys/lookup", { method: "POST", headers: A, body: JSON.stringify({ key: k.key }) })).json();
  const d = (await (await fetch(G + "/admin/keys/" + keyId, { headers: A })).json()).detection ?? {}; cviews[d.standing ?? "allow"] = (cviews[d.standing ?? "allow"] ?? 0) + 1; cviews.maxScore = Math.max(cviews.maxScore ?? 0, d.score ?? 0); }
for (const k of keys) {
  const { keyId } = await (await fetch(G + "/admin/keys/lookup", { method: "POST", headers: A, body: JSON.stringify({ key: k.key }) })).json();
  const v = await (await fetch(G + "/admin/keys/" + keyId, { headers: A })).json(); const d = v.detection ?? {};
  views[d.standing ?? "allow"] = (views[d.standing ?? "allow"] ?? 0) + 1; if ((d.reasons ?? []).some((x) => /cohort/.test(x))) views.cohort++;
  if (!ex || (d.score ?? 0) > (ex.score ?? 0)) ex = { standing: d.standing, score: d.score, reasons: d.reasons, channels: d.channels };
}
console.log(JSON.stringify({ arm: ARM, keys: N, asks: R, seconds: Math.round((Date.now() - t0) / 1000), ...st, servedShare: +(st.tokFull / (st.tokFull + st.tokDeg + 2000 * st.refused || 1)).toFixed(3), views, ...(ARM === "coll" || ARM === "cancelc" ? { collectors: cviews } : {}), topKey: ex }));
