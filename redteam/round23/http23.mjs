// Round 23 over HTTP: what a degraded key gets for an answer fetched in pieces, adaptively (each piece continues what the
// client actually received). Needs serve.sh up: guard G (default 19800) in front of origin23.mjs (writes min(cap, out) tokens,
// out = the rest of the answer, passed in the model name). node http23.mjs MODE KEYS TRACES [TOTAL]
// MODE: cont300  "Continue." turns, max_tokens 300 (round 22's harvester)      lc300  the same with a 65-140-char continuation ask
//       cont4k   "Continue." turns, max_tokens 4096 (the guard's cap decides)   lc4k   long continuation, max_tokens 4096
//       il4k     a cheap aside between pieces ("Got it." answered in a few tokens), then "Now continue the solution..." (48 chars)
//       resp     Responses, previous_response_id + "Continue.", max_output_tokens 4096      resplc  the same, long continuation input
// Run each MODE on a fresh guard (http.sh does). Each key first sends L=10 single-turn step-by-step asks (1,800-token answers) until the guard answers x-guard-policy: degraded.
const [MODE = "cont4k", NK = "2", NT = "4", TOTAL = "2000"] = process.argv.slice(2);
const G = process.env.G ?? "http://127.0.0.1:19800";
const LONG = ["Please continue the solution exactly from where your previous message stopped, without repeating any earlier step.",
  "Carry on from the last line you wrote; do not restate anything above, just keep going with the remaining working.",
  "That got cut off mid-way. Pick up precisely where it ended and write the rest of the derivation and the answer."];
const PROB = ["the expected number of coin flips until two heads in a row", "the remainder when 7^222 is divided by 13", "the area enclosed between y = x^2 and y = 2x + 3", "the limit of (1 + 3/n)^(2n) as n grows", "whether the series of 1/(n log n) converges"];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const IP = new Map(); // each key on its own residential-looking address (the guard is started with TRUST_CLIENT_IP_HEADER=true)
const ipOf = (key) => { if (!IP.has(key)) IP.set(key, `${24 + Math.floor(Math.random() * 190)}.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}.${2 + Math.floor(Math.random() * 250)}`); return IP.get(key); };
async function post(key, path, body) {
  const r = await fetch(G + path, { method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json", "cf-connecting-ip": ipOf(key) }, body: JSON.stringify(body) });
  const j = await r.json().catch(() => ({})); return { status: r.status, pol: r.headers.get("x-guard-policy"), j };
}
const outTok = (j) => j.usage?.completion_tokens ?? j.usage?.output_tokens ?? 0;
const text = (j) => j.choices?.[0]?.message?.content ?? "";
const res = { mode: MODE, keys: 0, degradedAt: [], traces: 0, wanted: 0, got: 0, req: 0, perReq: [], notDone: 0 };
for (let k = 0; k < +NK; k++) {
  const key = `sk-r23-${MODE}-${k}-${Date.now().toString(36)}`; res.keys++;
  let deg = null;
  for (let i = 0; i < 14 && !deg; i++) { const r = await post(key, "/v1/chat/completions", { model: "gpt-4o@out=1800", max_tokens: 4096, messages: [{ role: "system", content: "You are a careful problem solver." }, { role: "user", content: `Solve step by step and show your reasoning: ${PROB[i % PROB.length]} (case ${i + 1}).` }] });
    if (r.pol === "degraded") deg = i + 1; await sleep(300); }
  res.degradedAt.push(deg);
  for (let t = 0; t < +NT; t++) {
    const total = +TOTAL; let done = 0, n = 0, prev = null; const ask = `Work out ${PROB[(t + k) % PROB.length]}. Go step by step and justify each step (problem ${k}.${t}).`;
    const msgs = [{ role: "system", content: "You are a careful problem solver." }, { role: "user", content: ask }];
    const cap = MODE.endsWith("300") ? 300 : 4096; const resp = MODE.startsWith("resp");
    while (done < total && n < 40) {
      const rest = total - done; let r;
      if (resp) r = await post(key, "/v1/responses", { model: `gpt-4.1@out=${rest}`, max_output_tokens: cap, instructions: "You are a careful problem solver.", ...(prev ? { previous_response_id: prev, input: MODE === "resplc" ? LONG[n % 3] : "Continue." } : { input: ask }) });
      else r = await post(key, "/v1/chat/completions", { model: `gpt-4o@out=${rest}`, max_tokens: cap, messages: msgs });
      n++; res.req++;
      if (r.status !== 200) { console.error("status", r.status, JSON.stringify(r.j).slice(0, 200)); break; }
      const got = Math.min(outTok(r.j), rest); done += got; res.perReq.push(got); prev = r.j.id;
      if (!resp) { msgs.push({ role: "assistant", content: text(r.j) || "x ".repeat(got) });
        if (MODE === "il4k" && done < total) { msgs.push({ role: "user", content: "Got it." }); const a = await post(key, "/v1/chat/completions", { model: "gpt-4o@out=4", max_tokens: cap, messages: msgs }); res.req++; res.aside = (res.aside ?? 0) + 1; msgs.push({ role: "assistant", content: text(a.j) || "ok" }); }
        msgs.push({ role: "user", content: MODE.startsWith("lc") ? LONG[n % 3] : MODE === "il4k" ? "Now continue the solution from where it stopped." : "Continue." }); }
      await sleep(150);
    }
    res.traces++; res.wanted += total; res.got += done; if (done < total) res.notDone++;
  }
}
const pr = res.perReq; const hist = {}; for (const g of pr) hist[g] = (hist[g] ?? 0) + 1;
console.log(`http ${MODE}: keys=${res.keys} degradedAt=${JSON.stringify(res.degradedAt)} traces=${res.traces} requests=${res.req}${res.aside ? ` (asides ${res.aside})` : ""} tokens got=${res.got}/${res.wanted} (${(100 * res.got / res.wanted).toFixed(1)}%) per piece-request=${(res.got / pr.length).toFixed(0)} traces unfinished after 40 pieces=${res.notDone} piece sizes=${JSON.stringify(Object.entries(hist).sort((a, b) => b[1] - a[1]).slice(0, 8))}`);
