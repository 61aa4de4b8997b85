// HELD check: an abort or SDK timeout while the helper solves a 20-bit puzzle ends the call at once and stops the
// solver (no CPU after, no late resend). Shows too: with retries each attempt starts a new puzzle from zero.
// abort / timeout while solving (baseBits 20: a puzzle a browser/Node takes seconds on); SDK retries around it
import OpenAI from "openai";
import { startGuard, startOrigin, ORIGIN, BASE, POLICY, setTier, keyView, recordingFetch, sleep } from "./lib.mjs";
const wire = []; globalThis.fetch = recordingFetch(wire, globalThis.fetch);
const { guardFetch } = await import("llm-edge-guard/client");
const origin = await startOrigin(ORIGIN); const g = await startGuard({ tag: "p4", policy: { ...POLICY, challenge: { baseBits: 20, maxBits: 22 } } });
const wstr = (w0) => wire.slice(w0).filter((x) => x.url.includes("/v1/")).map((x) => `${x.status ?? x.err}${x.sol ? "+sol" : ""}@${x.t - T0}`).join(","); let T0;
const cpu = () => process.cpuUsage().user / 1000;
try {
  for (const [name, opts, how] of [["timeout 1500ms, maxRetries 0", { timeout: 1500, maxRetries: 0 }, {}], ["AbortController abort at 1500ms", { maxRetries: 0 }, { abortAt: 1500 }], ["timeout 1500ms, maxRetries 2", { timeout: 1500, maxRetries: 2 }, {}]]) {
    const k = "sk-rt41-abort-" + name.replace(/\W/g, ""); await setTier(g, k, "chal");
    const o = new OpenAI({ apiKey: k, baseURL: BASE + "/v1", fetch: guardFetch(), ...opts });
    const w0 = wire.length, n0 = origin.log.length; T0 = Date.now(); const c0 = cpu();
    const ac = new AbortController(); if (how.abortAt) setTimeout(() => ac.abort(), how.abortAt);
    let res; try { await o.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] }, { signal: ac.signal }); res = "served"; } catch (e) { res = `${e.constructor.name} after ${Date.now() - T0} ms`; }
    const c1 = cpu(); await sleep(25000); const c2 = cpu();
    console.log(`${name}: ${res}; CPU ms in call ${Math.round(c1 - c0)}, in 25 s after the call returned ${Math.round(c2 - c1)}; wire ${wstr(w0)}; origin served ${origin.log.length - n0}`);
  }
} finally { g.kill(); await origin.close(); }
