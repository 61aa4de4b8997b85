// F2b: a cut stream is charged about chars/4 whatever the script: 800 Chinese characters (~560-1,000 tokens with
// current tokenizers; the recording origin bills 1 a character) are charged ~220.
import { startOrigin, startGuard, call, sleep } from "./lib.mjs";
const origin = await startOrigin(9403, { chunkDelayMs: 20, chunkChars: 40 });
const policy = { defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9401, inspectorPort: 9409, upstream: "http://127.0.0.1:9403", policy, tag: "probe" });
try {
  for (const ch of ["a", "汉", "😀"]) {
    origin.opts.textChar = ch;
    const key = "sk-cjk-" + ch.codePointAt(0); const id = await g.keyId(key);
    const ac = new AbortController();
    const r = await fetch(g.base + "/v1/chat/completions", { method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json" }, body: JSON.stringify({ model: "m", stream: true, max_tokens: 1000, messages: [{ role: "user", content: "hi" }] }), signal: ac.signal });
    const rd = r.body.getReader(); const dec = new TextDecoder(); let buf = "", text = "";
    try { for (;;) { const { value, done } = await rd.read(); if (done) break; buf += dec.decode(value, { stream: true }); const m = [...buf.matchAll(/"content":"((?:[^"\\]|\\.)*)"/g)].map((x) => JSON.parse('"' + x[1] + '"')).join(""); text = m; if ([...text].length >= (ch === "a" ? 3200 : 800)) { ac.abort(); break; } } } catch {}
    await sleep(2500);
    const c = (await g.admin("GET", `/keys/${id}`)).body.counters;
    const tokGot = ch === "a" ? Math.round(text.length / 4) : [...text].length * (ch === "😀" ? 1 : 1);
    if (ch === "汉") console.log(c.completionTokens < tokGot / 2 ? `REPRODUCED: ${[...text].length} CJK chars streamed, charged ${c.completionTokens}` : "not reproduced");
    console.log(JSON.stringify(ch), "client received", [...text].length, "chars (~", tokGot, "tokens at the origin's rate) | guard charged completion", c.completionTokens);
  }
} finally { g.kill(); await origin.close(); }
