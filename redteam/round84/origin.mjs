// Round 84 recording origin (default port 9013): a small OpenAI Responses + Conversations emulation.
// Stores every response (its whole context: the items the origin prepended, the request's own input,
// the output), bills input = every item of that context (chars/4) and output = the answer's tokens,
// runs background jobs (queued -> completed after x-job-ms, default 400 ms), appends a turn's items
// to its conversation when it completes, serves GET /v1/responses/{id}, /input_items, cancel, delete,
// POST /v1/conversations[/{id}/items] (as the provider does; the guard refuses these routes unless the
// operator adds them, so scripts call them here directly, "outside the guard"), stored prompts
// (prompt.id -> a template registered with POST /__prompt), and streams (SSE, stops on hang-up).
// Bookkeeping: GET /__bill?key=sk-... -> tokens billed to that key; GET /__log; POST /__clear.
import http from 'node:http';
const PORT = +(process.env.ORIGIN_PORT || 9013);
const tok = (s) => Math.ceil(String(s ?? '').length / 4);
const responses = new Map(), convs = new Map(), prompts = new Map(), bill = new Map(), log = [];
let seq = 0;
const nid = (p) => `${p}_${Date.now().toString(36)}${(++seq).toString(36).padStart(6, '0')}`;
const WORDS = 'the of model answer step reason because therefore result value compute derive proof check final'.split(' ');
function text(n, seed = 0) { const a = []; for (let i = 0; i < n; i++) a.push(WORDS[(i * 7 + seed) % WORDS.length]); return a.join(' '); }
function itemText(it) {
  if (typeof it === 'string') return it;
  if (!it || typeof it !== 'object') return '';
  if (typeof it.content === 'string') return it.content;
  if (Array.isArray(it.content)) return it.content.map((c) => c.text ?? '').join('');
  if (typeof it.output === 'string') return it.output;
  return JSON.stringify(it);
}
function normInput(input) {
  if (input == null) return [];
  if (typeof input === 'string') return [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: input }] }];
  return input.map((x) => (x.type ? x : { type: 'message', ...x, content: typeof x.content === 'string' ? [{ type: x.role === 'assistant' ? 'output_text' : 'input_text', text: x.content }] : x.content }));
}
const keyOf = (req) => (req.headers.authorization || '').replace(/^Bearer\s+/i, '') || req.headers['x-api-key'] || '';
function charge(key, n) { bill.set(key, (bill.get(key) || 0) + n); }
function err(res, code, msg) { res.statusCode = code; res.setHeader('content-type', 'application/json'); res.end(JSON.stringify({ error: { message: msg, type: 'invalid_request_error', code: null } })); }
function publicResp(r) {
  const { context, ownInput, key, timer, plannedOut, templateTokens, ...pub } = r; return pub;
}
function complete(r) {
  if (r.status !== 'queued' && r.status !== 'in_progress') return;
  r.status = 'completed';
  const inTok = r.context.concat(r.ownInput).reduce((a, it) => a + tok(itemText(it)), 0) + r.templateTokens;
  const outTok = r.plannedOut;
  r.output = [{ type: 'message', id: nid('msg'), role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: text(outTok, seq), annotations: [] }] }];
  r.usage = { input_tokens: inTok, input_tokens_details: { cached_tokens: 0 }, output_tokens: outTok, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: inTok + outTok };
  charge(r.key, inTok + outTok);
  if (r.conversation && convs.has(r.conversation.id)) { const c = convs.get(r.conversation.id); c.items.push(...r.ownInput, ...r.output); }
}
function create(req, j, res) {
  const key = keyOf(req);
  let context = [];
  if (j.previous_response_id) {
    const p = responses.get(j.previous_response_id);
    if (!p) return err(res, 404, `Previous response with id '${j.previous_response_id}' not found.`);
    if (p.status !== 'completed') return err(res, 400, `Previous response with id '${j.previous_response_id}' is not completed (status ${p.status}).`);
    context = p.context.concat(p.ownInput, p.output);
  }
  const convId = typeof j.conversation === 'string' ? j.conversation : j.conversation?.id;
  if (convId) { const c = convs.get(convId); if (!c) return err(res, 404, 'Conversation not found'); context = context.concat(c.items); }
  let templateTokens = 0;
  if (j.prompt?.id) { const t = prompts.get(j.prompt.id); if (!t) return err(res, 404, 'prompt not found'); templateTokens = t; }
  const ownInput = normInput(j.input);
  const want = +(req.headers['x-out'] || 1500);
  const plannedOut = Math.min(want, j.max_output_tokens ?? 1e9);
  const r = { id: nid('resp'), object: 'response', created_at: Math.floor(Date.now() / 1000), status: j.background ? 'queued' : 'in_progress', background: !!j.background, model: j.model, output: [], usage: null, store: j.store !== false, previous_response_id: j.previous_response_id ?? null, conversation: convId ? { id: convId } : null, max_output_tokens: j.max_output_tokens ?? null, truncation: j.truncation ?? 'disabled', context, ownInput, key, plannedOut, templateTokens };
  if (r.store) responses.set(r.id, r);
  const jobMs = Math.min(+(req.headers['x-job-ms'] || 400), 60000);
  if (j.background && !j.stream) {
    r.timer = setTimeout(() => complete(r), jobMs);
    res.setHeader('content-type', 'application/json'); return res.end(JSON.stringify(publicResp(r)));
  }
  if (!j.stream) { complete(r); res.setHeader('content-type', 'application/json'); return res.end(JSON.stringify(publicResp(r))); }
  // streaming: created, deltas (one per 50 tokens, x-chunk-ms apart), completed
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  let sn = 0; const ev = (type, obj) => res.write(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: sn++, ...obj })}\n\n`);
  ev('response.created', { response: publicResp(r) });
  const chunkMs = Math.min(+(req.headers['x-chunk-ms'] || 5), 2000);
  const words = text(plannedOut, 3).split(' '); let i = 0; let gone = false;
  res.on('close', () => { gone = true; });
  const step = () => {
    if (gone) { complete(r); return; } // the origin finishes and bills the job anyway (store) as OpenAI does
    if (i >= words.length) { complete(r); ev('response.completed', { response: publicResp(r) }); return res.end(); }
    ev('response.output_text.delta', { item_id: 'msg', output_index: 0, content_index: 0, delta: (i ? ' ' : '') + words.slice(i, i + 50).join(' ') }); i += 50;
    setTimeout(step, chunkMs);
  };
  setTimeout(step, chunkMs);
}
http.createServer((req, res) => {
  const chunks = []; req.on('data', (c) => chunks.push(c)); req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    let j = {}; try { j = body ? JSON.parse(body) : {}; } catch {}
    const u = new URL(req.url, 'http://x'); const p = u.pathname;
    if (p === '/__bill') { res.setHeader('content-type', 'application/json'); return res.end(JSON.stringify({ billed: bill.get(u.searchParams.get('key')) || 0 })); }
    if (p === '/__log') { res.setHeader('content-type', 'application/json'); return res.end(JSON.stringify(log)); }
    if (p === '/__clear') { log.length = 0; return res.end('{}'); }
    if (p === '/__prompt') { prompts.set(j.id, j.tokens); return res.end('{}'); }
    if (p === '/__resp') { const r = responses.get(u.searchParams.get('id')); res.setHeader('content-type', 'application/json'); return res.end(JSON.stringify(r ? { status: r.status, usage: r.usage } : null)); }
    log.push({ method: req.method, url: req.url, key: keyOf(req).slice(0, 24), body: body.length > 4000 ? body.slice(0, 4000) : (j && Object.keys(j).length ? j : null) }); if (log.length > 1000) log.shift();
    res.setHeader('x-request-id', nid('req'));
    let m;
    if (req.method === 'POST' && p === '/v1/responses') return create(req, j, res);
    if ((m = p.match(/^\/v1\/messages\/batches(?:\/([^/]+))?$/))) { // enough of Anthropic's message batches for a rotation check
      res.setHeader('content-type', 'application/json');
      const id = m[1] || nid('msgbatch'); const n = (j.requests || []).length || 1;
      return res.end(JSON.stringify({ id, type: 'message_batch', processing_status: 'ended', request_counts: { processing: 0, succeeded: n, errored: 0, canceled: 0, expired: 0 }, created_at: new Date().toISOString(), ended_at: new Date().toISOString(), expires_at: new Date(Date.now() + 864e5).toISOString(), results_url: null }));
    }
    if (req.method === 'POST' && p === '/v1/responses/input_tokens') { res.setHeader('content-type', 'application/json'); return res.end(JSON.stringify({ object: 'response.input_tokens', input_tokens: tok(JSON.stringify(j.input || '')) })); }
    if (req.method === 'POST' && p === '/v1/conversations') {
      const c = { id: nid('conv'), object: 'conversation', created_at: Math.floor(Date.now() / 1000), metadata: j.metadata || {}, items: normInput(j.items || []) };
      convs.set(c.id, c); res.setHeader('content-type', 'application/json'); const { items, ...pub } = c; return res.end(JSON.stringify(pub));
    }
    if ((m = p.match(/^\/v1\/conversations\/([^/]+)\/items$/))) {
      const c = convs.get(m[1]); if (!c) return err(res, 404, 'Conversation not found');
      res.setHeader('content-type', 'application/json');
      if (req.method === 'POST') { const add = normInput(j.items || []); c.items.push(...add); return res.end(JSON.stringify({ object: 'list', data: add })); }
      return res.end(JSON.stringify({ object: 'list', data: c.items, has_more: false }));
    }
    if ((m = p.match(/^\/v1\/responses\/([^/]+)(\/input_items|\/cancel)?$/))) {
      const r = responses.get(m[1]); if (!r) return err(res, 404, `Response with id '${m[1]}' not found.`);
      res.setHeader('content-type', 'application/json');
      if (m[2] === '/input_items') {
        const items = r.context.concat(r.ownInput).map((it, i) => ({ id: it.id || `item_${i}`, ...it }));
        const lim = Math.min(+(u.searchParams.get('limit') || 20), 100); const order = u.searchParams.get('order') || 'desc';
        const all = order === 'asc' ? items : items.slice().reverse(); const after = u.searchParams.get('after');
        const start = after ? all.findIndex((x) => x.id === after) + 1 : 0; const page = all.slice(start, start + lim);
        return res.end(JSON.stringify({ object: 'list', data: page, first_id: page[0]?.id, last_id: page.at(-1)?.id, has_more: start + lim < all.length }));
      }
      if (m[2] === '/cancel') { if (r.status === 'queued' || r.status === 'in_progress') { clearTimeout(r.timer); r.status = 'cancelled'; } return res.end(JSON.stringify(publicResp(r))); }
      if (req.method === 'DELETE') { responses.delete(r.id); return res.end(JSON.stringify({ id: r.id, object: 'response.deleted', deleted: true })); }
      return res.end(JSON.stringify(publicResp(r)));
    }
    return err(res, 404, 'no such route ' + p);
  });
}).listen(PORT, '127.0.0.1', () => console.log('origin on', PORT));
