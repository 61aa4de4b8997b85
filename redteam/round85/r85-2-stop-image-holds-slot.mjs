// R85-2: "Stop generating" on a vision chat holds the key's concurrency slot ~20 s after the client left
// (the guard reads such a stream on to its end for its usage). A free-tier photo-chat app (concurrency 2)
// whose user stops two answers and asks again is refused: the SDK gets 429 "Retry after 1 s", retries
// twice 1 s apart, and raises RateLimitError while the slots are held by streams nobody reads.
// The origin streams 200 words 100 ms apart (x-o-stream-gap-ms, x-mock-words), as a real model does.
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
const G = 'http://127.0.0.1:' + (process.env.PORT || 9030), O = 'http://127.0.0.1:' + (process.env.ORIGIN_PORT || 9032);
const T = readFileSync(new URL('../../.dev.vars', import.meta.url), 'utf8').match(/GUARD_ADMIN_TOKEN=(\S+)/)[1];
const OpenAI = (await import('../../node_modules/openai/index.mjs')).default;
const Anthropic = (await import('../../node_modules/@anthropic-ai/sdk/index.mjs')).default;
const admin = async (m, p, b) => (await fetch(G + '/admin' + p, { method: m, headers: { authorization: 'Bearer ' + T, 'content-type': 'application/json' }, body: b && JSON.stringify(b) })).json();
const newKey = async (tier, prefix = 'sk-r85-') => { const key = prefix + randomBytes(8).toString('hex'); const { keyId } = await admin('POST', '/keys/lookup', { key }); if (tier) await admin('PUT', '/keys/' + keyId + '/overrides', { tier }); return { key, keyId }; };
const keyInfo = (k) => admin('GET', '/keys/' + k.keyId);
const rem = (info, name) => info.usage.find((u) => u.name === name)?.remaining;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const errInfo = (e) => `${e.constructor?.name} ${e.status ?? ''} ${JSON.stringify(String(e.message).slice(0, 200))}`;
const IMG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const slow = { 'x-o-stream-gap-ms': '100', 'x-mock-words': '200' };
async function turn(c, k, text, stopAfter, image) {
  const ac = new AbortController(); const t0 = Date.now();
  try {
    const s = await c.chat.completions.create({ model: 'gpt-4o', stream: true, max_tokens: 600, messages: [{ role: 'user', content: image ? [{ type: 'text', text }, { type: 'image_url', image_url: { url: IMG } }] : text }] }, { signal: ac.signal, headers: slow });
    let n = 0; for await (const _ of s) { if (stopAfter && ++n === stopAfter) { ac.abort(); break; } }
    return stopAfter ? `stopped after ${n} chunks` : `served in ${Date.now() - t0} ms`;
  } catch (e) { return `ERROR after ${Date.now() - t0} ms: ${errInfo(e)} retry-after=${e.headers?.get?.('retry-after')} RateLimit=${e.headers?.get?.('ratelimit')}`; }
}
async function run(tier, label, image) {
  const k = await newKey(tier); const c = new OpenAI({ apiKey: k.key, baseURL: G + '/v1' }); // SDK defaults: maxRetries 2
  const out = [];
  out.push(await turn(c, k, 'What plant is this?', 5, image)); await sleep(300);
  out.push(await turn(c, k, 'What plant is this? Be brief.', 5, image)); await sleep(300);
  const tStop = Date.now();
  out.push(await turn(c, k, 'Is it safe for cats?', 0, image));
  let held = null; for (let i = 0; i < 100; i++) { const info = await keyInfo(k); if (info.inFlight === 0) { held = Date.now() - tStop; break; } await sleep(250); }
  console.log(`${label}: turn 1: ${out[0]}; turn 2: ${out[1]}; turn 3: ${out[2]}; all slots free again ${held} ms after turn 3 began`);
  return out[2].startsWith('ERROR');
}
const bad = await run('free', 'free tier (concurrency 2), photo chat, two Stops then a question', true);
const ctl = await run('free', 'control, the same without the photo', false);
console.log(bad && !ctl ? 'REPRODUCED' : 'not reproduced');
