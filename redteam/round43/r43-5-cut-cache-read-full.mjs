// R43-5 (honest prompt-caching apps): an Anthropic stream cut before its message_delta (a Stop) is charged the
// cache read of its message_start in full, not at `cacheReadShare` (docs/config.md: "its settlement counts the read at
// this share, at the key's object and in an isolate's permits alike"). The same turn read to the end is charged at the
// share. A coding agent on a 68k-token cached context: every Stop costs ~10x what the same turn costs answered.
import { startGuard, ANTH, ask, settled, keyView, sleep } from "./lib.mjs";
import { startAnthropic } from "./origin43-anthropic.mjs";
const TPD = 864000; // refills 10 tokens a second: the tpd used is read from the remaining
const a = await startAnthropic(ANTH, { rate: 400, words: 600 });
const g = await startGuard({ upstream: `http://127.0.0.1:${ANTH}`, policy: { defaults: { rpm: 600, tpm: 100000000, tpd: TPD, concurrency: 8 }, detection: { mode: "off" }, defaultMaxOutputTokens: 1024 } });
const H = (k) => ({ "x-api-key": k, "anthropic-version": "2023-06-01" });
const ctx = "You are a coding agent. Repository file src/module.ts follows.\n" + Array.from({ length: 3200 }, (_, i) => `export function helper${i}(value: number): number { return value * ${i % 97} + ${i}; }`).join("\n");
const turn = (i, stream) => ({ model: "claude-sonnet-4-5", max_tokens: 8192, stream, system: [{ type: "text", text: ctx, cache_control: { type: "ephemeral" } }], messages: [{ role: "user", content: "Task " + i + ": refactor helper" + i + "." }] });
const tpdLeft = async (k) => (await keyView(g, k)).usage.find((u) => u.name === "tpd").remaining;
const res = {};
try {
  for (const mode of ["answered", "cut"]) {
    const k = `sk-ant-r43-5-${mode}-${Date.now()}`;
    await ask(g.base, k, "POST", "/v1/messages", turn(0, false), null, H(k)); await settled(g, k); // writes the cache
    const l0 = await tpdLeft(k), b0 = { ...a.billed[k] };
    const r = await ask(g.base, k, "POST", "/v1/messages", turn(1, true), mode === "cut" ? (buf) => (buf.match(/text_delta/g) || []).length >= 5 : null, H(k));
    await sleep(1200); await settled(g, k); const l1 = await tpdLeft(k), b = a.billed[k];
    const d = { input: b.input - b0.input, read: b.read - b0.read, creation: b.creation - b0.creation, output: b.output - b0.output };
    res[mode] = { used: l0 - l1, share: d.input + d.creation + 0.1 * d.read + d.output, d };
    console.log(`${mode.padEnd(8)} stream (status ${r.status}): origin billed input ${d.input}, cache read ${d.read}, cache write ${d.creation}, output ${d.output}; at cacheReadShare 0.1 that counts ${res[mode].share.toFixed(0)}; the key's tpd went down ${res[mode].used}`);
  }
  const c = res.cut;
  const ok = c.used > 3 * c.share && c.used >= c.d.read;
  console.log(ok ? `REPRODUCED: a Stop on a ${c.d.read}-token cached context took ${c.used} of tpd (x${(c.used / c.share).toFixed(1)} what it counts at the share, ${c.share.toFixed(0)}); the same turn answered took ${res.answered.used} (${res.answered.share.toFixed(0)} at the share)` : `not reproduced: cut used ${c.used}, at share ${c.share.toFixed(0)}`);
} finally { await g.stop(); await a.close(); }
process.exit(0);
