// R15-2 over HTTP: an e-mail client's smart-reply backend key (one system prompt, the incoming message as the user turn,
// n = NN (3) reply drafts, max_tokens 180, temperature 0.9), R requests (60) ~GAP ms apart. Then the two documented ways back:
// (1) the client helper's way: solve the puzzle, resend with x-guard-challenge / x-guard-solution, and use the pass;
// (2) verification: PUT /admin/keys/:id/verified {"days": 90}. For each, what the origin received (n, max_tokens) and the status.
import crypto from "node:crypto";
import { G, TAG, admin, keyId, logLen, logSince } from "./lib15.mjs";
const NN = +(process.env.NN ?? 3), R = +(process.env.R ?? 60), GAP = +(process.env.GAP ?? 300);
const KEY = `sk-smartreply-${Math.random().toString(36).slice(2, 8)}`;
const SYS = "You suggest short reply drafts for the user's incoming message. Match the sender's tone. Each draft is at most three sentences. Do not invent facts, dates or commitments.";
const MAILS = ["Hi, just checking whether the invoice for {s} went out last week? Finance is asking me.", "Are we still on for lunch Thursday? There's a new place near the office.", "Dear team, the workshop on {s} has moved to Room 4B. Please confirm you can still attend.",
  "Can you send me the slides from yesterday's talk on {s}?", "Hello, is the position you posted still open? I have five years of experience with {s}.", "My order arrived damaged. What are my options?",
  "Thanks for the quick turnaround on the {s} report. Could we talk about page 3 tomorrow?", "The contractor says the {s} inspection needs to be rescheduled. Which days work for you?"];
const SUBJ = ["solar panels", "payroll", "the Q3 budget", "kitchen remodel", "data retention", "onboarding", "the marketing plan", "fleet maintenance"];
const pick = (a) => a[Math.floor(Math.random() * a.length)];
const solve = (tok) => { const bits = JSON.parse(Buffer.from(tok.split(".")[0], "base64url")).b; for (let c = 0; ; c++) { const h = crypto.createHash("sha256").update(`${tok}:${c}`).digest(); let z = 0; for (const x of h) { if (x === 0) { z += 8; continue; } z += Math.clz32(x) - 24; break; } if (z >= bits) return [c, bits]; } };
async function send(extra = {}) {
  const b = { model: "gpt-4o-mini", messages: [{ role: "system", content: SYS }, { role: "user", content: pick(MAILS).replace("{s}", pick(SUBJ)) }], n: NN, max_tokens: 180, temperature: 0.9 };
  const k = logLen();
  const r = await fetch(G + "/v1/chat/completions", { method: "POST", headers: { authorization: "Bearer " + KEY, "content-type": "application/json", ...extra }, body: JSON.stringify(b), signal: AbortSignal.timeout(30000) });
  const t = await r.text(); let j = {}; try { j = JSON.parse(t); } catch {}
  await new Promise((s) => setTimeout(s, 50)); const got = logSince(k).filter((e) => e.path === "/v1/chat/completions" && e.body.messages?.[0]?.content === SYS).map((e) => ({ n: e.body.n ?? 1, max_tokens: e.body.max_tokens }));
  return { status: r.status, policy: r.headers.get("x-guard-policy"), code: j.error?.code, msg: j.error?.message, choices: j.choices?.length ?? 0, chal: r.headers.get("x-guard-challenge"), got };
}
const tally = {}; let first = null, lastChal = null, lastMsg = "";
for (let i = 1; i <= R; i++) {
  const r = await send(); const a = r.status === 200 ? (r.policy === "degraded" ? "degraded" : "served") : r.code; tally[a] = (tally[a] ?? 0) + 1;
  if (a !== "served" && first === null) first = i; if (r.chal) { lastChal = r.chal; lastMsg = r.msg; }
  await new Promise((s) => setTimeout(s, GAP * (0.5 + Math.random())));
}
console.log(`${TAG} smart-reply key, n=${NN}: ${R} requests, first flagged at request ${first}; answers ${JSON.stringify(tally)}`);
if (lastMsg) console.log(`   challenge message: ${JSON.stringify(lastMsg).slice(0, 300)}`);
const id = await keyId(KEY); const d = (await admin("GET", `/keys/${id}`)).j.detection; console.log(`   standing ${d.standing}, score ${d.score}, channels ${JSON.stringify(d.channels)}\n   reasons ${JSON.stringify(d.reasons)}`);
if (lastChal) { const [c, bits] = solve(lastChal); const r = await send({ "x-guard-challenge": lastChal, "x-guard-solution": String(c) });
  console.log(`   way back 1, the helper: puzzle of ${bits} bits solved; resent -> ${r.status} ${r.policy ?? ""}, ${r.choices} choice(s) returned; the origin got ${JSON.stringify(r.got)}`);
  const t2 = {}; for (let i = 0; i < 5; i++) { const q = await send(); t2[`${q.status} ${q.policy ?? q.code} choices=${q.choices} originN=${q.got[0]?.n ?? "-"}`] = (t2[`${q.status} ${q.policy ?? q.code} choices=${q.choices} originN=${q.got[0]?.n ?? "-"}`] ?? 0) + 1; }
  console.log(`   next 5 requests on the pass: ${JSON.stringify(t2)}`); }
const v = await admin("PUT", `/keys/${id}/verified`, { days: 90 }); console.log(`   way back 2, verification: PUT verified -> ${v.status}`);
const t3 = {}; for (let i = 0; i < 10; i++) { const q = await send(); const kk = `${q.status} ${q.policy ?? q.code ?? "full"} choices=${q.choices} originN=${q.got[0]?.n ?? "-"} max_tokens=${q.got[0]?.max_tokens ?? "-"}`; t3[kk] = (t3[kk] ?? 0) + 1; await new Promise((s) => setTimeout(s, GAP)); }
console.log(`   10 requests after verification: ${JSON.stringify(t3)}`);
const d2 = (await admin("GET", `/keys/${id}`)).j.detection; console.log(`   standing ${d2.standing}, score ${d2.score}`);
