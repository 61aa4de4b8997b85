// R90-6 (honest): R88-2's fix remembers the 16 newest jobs a key saw end; a busy chat app on one key whose users
// press Stop on more background streams than that at once (the app cancels each job) gets the settlements of the
// older ones after they left the memory: their slots are taken again and held for backgroundHoldSeconds (600 s).
import { G, api, newKey, sleep, peak, state, setTier } from './lib.mjs';
async function run(n) {
  const K = newKey('chat' + n); await api(K, 'POST', '/v1/responses', { model: 'gpt-4o', input: 'hi', max_output_tokens: 5 }, { 'x-out': '5' });
  await setTier(K, 'pro'); await sleep(300);
  const ids = await Promise.all(Array.from({ length: n }, async (_, i) => {
    const ctl = new AbortController();
    const r = await fetch(G + '/v1/responses', { method: 'POST', signal: ctl.signal, headers: { authorization: `Bearer ${K}`, 'content-type': 'application/json', 'x-out': '4000', 'x-job-ms': '20000' },
      body: JSON.stringify({ model: 'gpt-4o', background: true, stream: true, max_output_tokens: 4000, input: `User ${i}: write me a long story.` }) });
    if (r.status !== 200) return null;
    const rd = r.body.getReader(); let buf = '', id = null, deltas = 0;
    while (deltas < 1) { const { value, done } = await rd.read(); if (done) break; buf += new TextDecoder().decode(value); const m = buf.match(/"id":"(resp_[^"]+)"/); if (m) id = m[1]; deltas = (buf.match(/output_text\.delta/g) || []).length; }
    ctl.abort(); // the user pressed Stop
    return id;
  }));
  await sleep(300);
  const c = await Promise.all(ids.filter(Boolean).map((id) => api(K, 'POST', `/v1/responses/${id}/cancel`, null)));
  const cancelled = c.filter((x) => x.j?.status === 'cancelled').length;
  const t = Date.now(); let s; for (let i = 0; i < 20; i++) { await sleep(500); s = await state(K); if (!s.inFlight) break; }
  await sleep(5000); s = await state(K); const pk = await peak(K);
  console.log(`${n} stopped background streams, ${cancelled} cancelled: guard inFlight ${s.inFlight} ${Math.round((Date.now() - t) / 1000)} s after the cancels; jobs running at the origin ${pk.running}`);
  return s.inFlight;
}
const small = await run(8);
const big = await run(24);
console.log(big > 0 && small === 0 ? 'REPRODUCED' : (big > 0 ? 'REPRODUCED (also below 16)' : 'not reproduced'));
