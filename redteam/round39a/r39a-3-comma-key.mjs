// R39a-3 (origin-dependent): a key spelled as a list, "A,A" or "A;A" (x-api-key or Bearer), is accepted by the
// guard as a new key of its own — a fresh keyId with fresh quotas, off the deny list — and forwarded verbatim.
// The guard refuses "A, A" (the runtime's join of two headers) as malformed, but not the same list without the
// space. An origin (or a gateway in front of it) that reads a credential header as an RFC 9110 list and takes its
// first member authenticates and bills key A. This script's origin does exactly that (it says which key it took).
import { startGuard } from "./lib.mjs";
import { origin39 } from "./origin39.mjs";
const { origin } = await origin39(9953, {});
const prev = origin.opts.hook; const took = [];
origin.opts.hook = async (req, res, rec, body) => { // the origin's credential parsing: first member of a list
  const raw = req.headers["x-api-key"] || (req.headers.authorization || "").replace(/^Bearer /i, "");
  took.push(raw.split(/[,;]/)[0].trim()); return prev(req, res, rec, body);
};
const policy = { defaults: { rpm: 2, tpm: 10000000, tpd: 100000000, concurrency: 8 }, tiers: { quota: { detection: { mode: "off" } } } };
const g = await startGuard({ policy, tag: "r3" });
const chat = { model: "gpt-x", max_tokens: 20, messages: [{ role: "user", content: "hi" }] };
const A = "sk-r39a-3-denied", B = "sk-r39a-3-limited";
try {
  await g.admin("PUT", `/lists/deny/${await g.keyId(A)}`, { note: "abuse" });
  const bA = (v) => fetch(g.base + "/v1/chat/completions", { method: "POST", headers: { authorization: "Bearer " + v, "content-type": "application/json" }, body: JSON.stringify(chat) }).then(async (r) => ({ status: r.status, t: await r.text() }));
  const out = [];
  const dn = [["Bearer A (control)", () => bA(A)], ["Bearer 'A, A' (runtime's join)", () => bA(`${A}, ${A}`)], ["Bearer 'A,A'", () => bA(`${A},${A}`)], ["Bearer 'A;A'", () => bA(`${A};${A}`)], ["Bearer 'A,x'", () => bA(`${A},x`)]];
  let denSrv = 0;
  for (const [n, f] of dn) { const t0 = took.length; const r = await f(); const o = took.slice(t0)[0]; if (r.status === 200 && o === A) denSrv++; console.log(`denied key A, ${n.padEnd(34)} -> ${r.status}; origin authenticated: ${o ?? "-"}`); }
  // quota: B on rpm 2
  let base = 0, extra = 0;
  for (let i = 0; i < 4; i++) { const r = await bA(B); if (r.status === 200) base++; }
  const spellings = [`${B},${B}`, `${B};${B}`, `${B},${B},${B}`, `${B},1`, `${B},2`, `${B};x`];
  for (const s of spellings) for (let i = 0; i < 2; i++) { const t0 = took.length; const r = await bA(s); if (r.status === 200 && took.slice(t0)[0] === B) extra++; }
  console.log(`key B on rpm 2: plain spelling served ${base} of 4 in the minute; list spellings served ${extra} of ${spellings.length * 2} more, each billed to B by the origin`);
  console.log(denSrv > 0 || extra > 0 ? `REPRODUCED: denied key served ${denSrv} times; rpm-2 key served ${base + extra} in one minute` : "not reproduced");
} finally { g.kill(); await origin.close(); }
