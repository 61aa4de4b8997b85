// Scripted origin for round 85 (127.0.0.1:$ORIGIN_PORT, default 9032). Serves the built-in mock
// (src/mock/origin.ts, used as a black box: the README documents it and its x-mock-* headers) and adds
// test controls a real provider's bad moments need:
//   x-o-fail: "<tag>:<n>:<status>[:<retry-after s>]"  the first n requests carrying that tag answer <status>
//   x-o-delay-ms: N        wait N ms (<= 20000) before answering
//   x-o-stream-gap-ms: N   for SSE answers, wait N ms between chunks (<= 2000)
//   x-o-add-headers: JSON  headers added to the answer (e.g. the provider's own rate-limit headers)
// Lists (GET /v1/batches, /v1/files, /v1/messages/batches) are paginated as the providers do: newest first,
// limit (20 for batches, 10000 for files), after / after_id, has_more, first_id, last_id.
// GET /__log: the last 300 requests (method, url, selected headers, parsed body); POST /__clear.
import http from 'node:http';
const { handleMockRequest } = await import('../../src/mock/origin.ts');
const PORT = +(process.env.ORIGIN_PORT || 9032);
const log = []; const fails = new Map(); const msgBatches = [];
const num = (id) => +(String(id).match(/(\d+)\D*$/)?.[1] ?? 0);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
http.createServer((req, res) => {
  const chunks = []; req.on('data', (c) => chunks.push(c)); req.on('end', async () => {
    const body = Buffer.concat(chunks);
    if (req.url === '/__log') { res.setHeader('content-type', 'application/json'); return res.end(JSON.stringify(log)); }
    if (req.url === '/__clear') { log.length = 0; fails.clear(); return res.end('{}'); }
    let j = null; try { j = JSON.parse(body.toString()); } catch {}
    const h = {}; for (const k of ['idempotency-key', 'x-stainless-retry-count', 'x-stainless-timeout', 'x-o-fail', 'anthropic-beta', 'content-type']) if (req.headers[k]) h[k] = req.headers[k];
    log.push({ t: Date.now(), method: req.method, url: req.url, h, body: j ?? (body.length ? body.toString('utf8').slice(0, 4000) : null) }); if (log.length > 300) log.shift();
    const d = Math.min(+(req.headers['x-o-delay-ms'] || 0), 20000); if (d) await sleep(d);
    const f = req.headers['x-o-fail'];
    if (f) {
      const [tag, n, status, ra] = String(f).split(':'); const seen = fails.get(tag) || 0; fails.set(tag, seen + 1);
      if (seen < +n) {
        const hdr = { 'content-type': 'application/json' }; if (ra) hdr['retry-after'] = ra;
        res.writeHead(+status, hdr);
        const anth = req.url.startsWith('/v1/messages');
        return res.end(JSON.stringify(anth ? { type: 'error', error: { type: +status === 429 ? 'rate_limit_error' : 'overloaded_error', message: 'origin says ' + status } } : { error: { message: 'origin says ' + status, type: 'server_error', code: null } }));
      }
    }
    const url = 'http://127.0.0.1:' + PORT + req.url;
    const headers = new Headers(); for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    let r;
    try { r = await handleMockRequest(new Request(url, { method: req.method, headers, body: ['GET', 'HEAD'].includes(req.method) ? undefined : body })); }
    catch (e) { res.writeHead(500); return res.end(String(e)); }
    const path = req.url.split('?')[0]; const q = new URL(url).searchParams;
    if (r.status === 200 && req.method === 'POST' && path === '/v1/messages/batches') { const jb = await r.clone().json(); msgBatches.unshift(jb); }
    // list pagination as the providers do it (the mock returns every item on one page)
    if (req.method === 'GET' && (path === '/v1/batches' || path === '/v1/files' || path === '/v1/messages/batches')) {
      let items;
      if (path === '/v1/messages/batches') items = msgBatches.slice();
      else { if (r.status !== 200) { res.writeHead(r.status); return res.end(await r.text()); } items = ((await r.json()).data || []).slice(); items.sort((x, y) => (y.created_at - x.created_at) || (num(y.id) - num(x.id))); }
      const anthropicList = path === '/v1/messages/batches';
      const after = q.get(anthropicList ? 'after_id' : 'after'); const limit = +(q.get('limit') || (path === '/v1/files' ? 10000 : 20));
      let start = 0; if (after) { const i = items.findIndex((x) => x.id === after); start = i < 0 ? items.length : i + 1; }
      const data = items.slice(start, start + limit);
      const page = anthropicList ? { data, has_more: start + limit < items.length, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null }
        : { object: 'list', data, has_more: start + limit < items.length, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null };
      res.writeHead(200, { 'content-type': 'application/json' }); return res.end(JSON.stringify(page));
    }
    const addH = req.headers['x-o-add-headers']; 
    const oh = {}; r.headers.forEach((v, k) => { oh[k] = v; }); delete oh['content-length'];
    if (addH) Object.assign(oh, JSON.parse(addH));
    res.writeHead(r.status, oh);
    if (!r.body) return res.end();
    const gap = Math.min(+(req.headers['x-o-stream-gap-ms'] || 0), 2000);
    const reader = r.body.getReader();
    let closed = false; res.on('close', () => { closed = true; });
    for (;;) { const { done, value } = await reader.read(); if (done || closed) break; res.write(value); if (gap) await sleep(gap); }
    res.end();
  });
}).listen(PORT, '127.0.0.1', () => console.log('origin on', PORT));
