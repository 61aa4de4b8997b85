// Round 90 origin (127.0.0.1:$ORIGIN_PORT, default 9122): round 88's, plus
// - GET /__hdrs -> the headers of the last /v1/* request the origin received (what the guard forwarded)
// - x-o-tps: R (a foreground, non-streamed Responses turn takes output/R seconds before it answers, as a long
//   answer does; the stored response completes and is billed at the end whether or not the client stayed, as a
//   stored response does at OpenAI); x-o-gw-timeout-ms: T (a gateway in front of the model, as nginx's
//   proxy_read_timeout, Cloudflare's 524 or an API manager, answers 504 after T ms while the model runs on and
//   bills). Both stand for the operator's deployment, not for anything a client chooses.
// Round 88 origin (127.0.0.1:$ORIGIN_PORT, default 9092): round 87's, with background jobs that generate over time as
// OpenAI's do: a job's output grows linearly over x-job-ms (tokens produced = planned x elapsed / job time);
// - GET /v1/responses/{id} of a running job shows the output so far (status in_progress, a message item in progress;
//   x-o-no-partial: 1 at creation hides it); GET ?stream=true[&starting_after=N] streams the job's events (created,
//   one delta a 50 tokens as they are produced, completed / failed; a cancelled job's stream just ends), replaying
//   those after N; POST background + stream subscribes the same way, and the job runs on when the client leaves;
// - cancel: the job stops, status cancelled, its output so far kept in the object (x-o-no-cancel-output: 1 drops it),
//   usage null, billed its input + the tokens it produced (x-o-cancel-bill: N overrides);
// - x-o-fail-at: F (0..1): the job fails after F of its time, usage null, output empty, billed input + produced
//   (x-o-fail-bill: 0 bills nothing); x-o-fail: 1 fails at the end, as round 87.
// - GET /__gets?id= counts record reads, GET /__reads?key= counts GET /v1/responses/* by key, /__inflight
// Round 87 origin (127.0.0.1:$ORIGIN_PORT, default 9072; LENIENT off by default): round 86's, with GET /__gets?id= (retrievals
// seen per response id), x-o-fail: 1 (a background job ends 'failed', error set, usage null), cancelled jobs billed what
// they had generated (x-o-cancel-bill: N tokens); the response echoes the request's `tools` as OpenAI does (x-o-no-tools: 1 leaves them out).
// Round 86 origin (127.0.0.1:$ORIGIN_PORT, default 9052), adapted from round 84's recording origin. Added for round 86:
// - LENIENT (default 1): continuing a queued / in-progress response is accepted (as some compatible origins do), on the
//   context known so far, and the job runs at once beside the one it continues; GET /__peak?key= -> {running, peak}
// - input items {type:'item_reference', id} expand to the stored item they name (billed as that item's text)
// - hosted code_interpreter (container 'cntr_...' or {type:'auto'}) and shell (environment container_auto /
//   container_reference) tools: one *_call item a tool, a new container made for auto (GET /__containers?key=)
// - Anthropic message batches stored and listed newest first, paged (after_id, limit <= 100); POST /__seed {n}
//   adds n newer batches of 'another key'; GET /__count -> list requests seen
// - POST /v1/messages: a small Anthropic answer; x-o-iter: N -> N iterations each reporting one web search,
//   top level reporting the total; provider headers (org, rate limits) added
// Round 84's header (default port 9013): a small OpenAI Responses + Conversations emulation.
// Stores every response (its whole context: the items the origin prepended, the request's own input,
// the output), bills input = every item of that context (chars/4) and output = the answer's tokens,
// runs background jobs (queued -> completed after x-job-ms, default 400 ms), appends a turn's items
// to its conversation when it completes, serves GET /v1/responses/{id}, /input_items, cancel, delete,
// POST /v1/conversations[/{id}/items] (as the provider does; the guard refuses these routes unless the
// operator adds them, so scripts call them here directly, "outside the guard"), stored prompts
// (prompt.id -> a template registered with POST /__prompt), and streams (SSE, stops on hang-up).
// Bookkeeping: GET /__bill?key=sk-... -> tokens billed to that key; GET /__log; POST /__clear.
import http from 'node:http';
const PORT = +(process.env.ORIGIN_PORT || 9122);
let lastHdrs = null;
const LENIENT = (process.env.LENIENT ?? '0') === '1'; // round 87: strict by default, as OpenAI is
const running = new Map(), peak = new Map(), containers = new Map(), ownerOfCntr = new Map(); let listCount = 0; const mbatches = [];
function run(key, d) { const n = (running.get(key) || 0) + d; running.set(key, n); if (n > (peak.get(key) || 0)) peak.set(key, n); }
function findItem(id) { for (const r of responses.values()) for (const it of r.ownInput.concat(r.output, r.context)) if (it && it.id === id) return it; return null; }
function expand(items) { return items.map((it) => (it && it.type === 'item_reference' ? (findItem(it.id) || it) : it)); }
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
  if (typeof input === 'string') return [{ type: 'message', id: nid('msg'), role: 'user', content: [{ type: 'input_text', text: input }] }];
  return input.map((x) => (x.type ? (x.type === 'message' && !x.id ? { id: nid('msg'), ...x } : x) : { type: 'message', id: nid('msg'), ...x, content: typeof x.content === 'string' ? [{ type: x.role === 'assistant' ? 'output_text' : 'input_text', text: x.content }] : x.content }));
}
const key_ = (req) => keyOf(req);
const keyOf = (req) => (req.headers.authorization || '').replace(/^Bearer\s+/i, '') || req.headers['x-api-key'] || '';
function charge(key, n) { bill.set(key, (bill.get(key) || 0) + n); }
function err(res, code, msg) { res.statusCode = code; res.setHeader('content-type', 'application/json'); res.end(JSON.stringify({ error: { message: msg, type: 'invalid_request_error', code: null } })); }
function publicResp(r) {
  const { context, ownInput, key, timer, plannedOut, templateTokens, calls, fail, cancelBill, startAt, jobMs, seed, finalProduced, noPartial, noCancelOutput, failAt, failBill, inTok, failTimer, _w, ...pub } = r;
  if (r.background) {
    const n = produced(r);
    if ((r.status === 'queued' || r.status === 'in_progress') && n > 0) { pub.status = 'in_progress'; if (!r.noPartial) pub.output = [partialItem(r, n, 'in_progress')]; }
    if (r.status === 'cancelled' && !r.noCancelOutput && n > 0) pub.output = [partialItem(r, n, 'incomplete')];
  }
  return pub;
}
const gets = new Map(), reads = new Map();
function produced(r) { if (r.status === 'queued' || r.status === 'in_progress') return Math.min(r.plannedOut, Math.floor(r.plannedOut * (Date.now() - r.startAt) / r.jobMs)); return r.finalProduced ?? r.plannedOut; }
const wordsOf = (r) => (r._w ||= text(r.plannedOut, r.seed).split(' '));
function partialItem(r, n, st) { return { type: 'message', id: 'msg_' + r.id, role: 'assistant', status: st, content: [{ type: 'output_text', text: wordsOf(r).slice(0, n).join(' '), annotations: [] }] }; }
function inTokOf(r) { return r.context.concat(r.ownInput).reduce((a, it) => a + tok(itemText(it)), 0) + r.templateTokens; }
function stopBg(r, status) { // cancel or fail a running background job: it keeps what it produced
  if (r.status !== 'queued' && r.status !== 'in_progress') return false;
  r.finalProduced = produced(r); clearTimeout(r.timer); clearTimeout(r.failTimer); r.status = status; run(r.key, -1); return true;
}
function subscribe(r, res, after) {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  let sn = 0, sent = 0, gone = false;
  const ev = (type, obj) => { const s = sn++; if (s > after) res.write(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: s, ...obj })}\n\n`); };
  res.on('close', () => { gone = true; });
  ev('response.created', { response: { ...publicResp(r), status: 'queued', output: [] } });
  const t0 = Date.now();
  const tick = () => {
    if (gone) return;
    const p = produced(r); const ended = r.status !== 'queued' && r.status !== 'in_progress';
    while (sent + 50 <= p || (ended && sent < p)) { const n = Math.min(50, p - sent); ev('response.output_text.delta', { item_id: 'msg_' + r.id, output_index: 0, content_index: 0, delta: (sent ? ' ' : '') + wordsOf(r).slice(sent, sent + n).join(' ') }); sent += n; }
    if (r.status === 'completed') { ev('response.completed', { response: publicResp(r) }); return res.end(); }
    if (r.status === 'failed') { ev('response.failed', { response: publicResp(r) }); return res.end(); }
    if (r.status === 'cancelled') return res.end();
    if (Date.now() - t0 > 120000) return res.end();
    setTimeout(tick, 50);
  };
  tick();
}
function complete(r) {
  if (r.status !== 'queued' && r.status !== 'in_progress') return;
  if (r.fail) { r.status = 'failed'; r.error = { code: 'server_error', message: 'The model failed to generate a response.' }; if (r.background) run(r.key, -1); return; }
  r.status = 'completed'; if (r.background) run(r.key, -1);
  const inTok = r.context.concat(r.ownInput).reduce((a, it) => a + tok(itemText(it)), 0) + r.templateTokens;
  const outTok = r.plannedOut;
  r.output = [...(r.calls || []), r.background ? partialItem(r, outTok, 'completed') : { type: 'message', id: nid('msg'), role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: text(outTok, seq), annotations: [] }] }];
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
    if (p.status !== 'completed' && !(LENIENT && (p.status === 'queued' || p.status === 'in_progress'))) return err(res, 400, `Previous response with id '${j.previous_response_id}' is not completed (status ${p.status}).`);
    context = p.context.concat(p.ownInput, p.output);
  }
  const convId = typeof j.conversation === 'string' ? j.conversation : j.conversation?.id;
  if (convId) { const c = convs.get(convId); if (!c) return err(res, 404, 'Conversation not found'); context = context.concat(c.items); }
  let templateTokens = 0;
  if (j.prompt?.id) { const t = prompts.get(j.prompt.id); if (!t) return err(res, 404, 'prompt not found'); templateTokens = t; }
  const ownInput = expand(normInput(j.input));
  // hosted containers: code interpreter and shell tools
  const calls = [];
  for (const t of j.tools || []) {
    let cid = null;
    if (t.type === 'code_interpreter') cid = typeof t.container === 'string' ? t.container : 'new';
    if (t.type === 'shell' && t.environment && t.environment.type !== 'local') cid = t.environment.type === 'container_reference' ? t.environment.container_id : 'new';
    if (!cid) continue;
    if (cid !== 'new' && req.headers['x-o-expired'] === '1' && t.type === 'code_interpreter') cid = 'new'; // the named container expired: a fresh one is made (x-o-expired)
    if (cid === 'new') { cid = nid('cntr'); containers.set(key, (containers.get(key) || 0) + 1); ownerOfCntr.set(cid, key); }
    else if (!ownerOfCntr.has(cid)) return err(res, 404, `Container ${cid} not found.`);
    calls.push(t.type === 'shell' ? { type: 'shell_call', id: nid('sh'), status: 'completed', container_id: cid, action: { commands: ['ls'] } } : { type: 'code_interpreter_call', id: nid('ci'), status: 'completed', container_id: cid, code: 'print(1)', outputs: null });
  }
  const want = +(req.headers['x-out'] || 1500);
  const plannedOut = Math.min(want, j.max_output_tokens ?? 1e9);
  const r = { id: nid('resp'), object: 'response', created_at: Math.floor(Date.now() / 1000), status: j.background ? 'queued' : 'in_progress', background: !!j.background, model: j.model, output: [], usage: null, store: j.store !== false, previous_response_id: j.previous_response_id ?? null, conversation: convId ? { id: convId } : null, max_output_tokens: j.max_output_tokens ?? null, truncation: j.truncation ?? 'disabled', tools: req.headers['x-o-no-tools'] === '1' ? undefined : (j.tools || []), context, ownInput, key, plannedOut, templateTokens, calls };
  r.fail = req.headers['x-o-fail'] === '1'; r.cancelBill = +(req.headers['x-o-cancel-bill'] || 0);
  if (r.store) responses.set(r.id, r);
  const jobMs = Math.min(+(req.headers['x-job-ms'] || 400), 60000);
  if (j.background) {
    run(key, 1);
    r.startAt = Date.now(); r.jobMs = jobMs; r.seed = seq; r.inTok = inTokOf(r);
    r.noPartial = req.headers['x-o-no-partial'] === '1'; r.noCancelOutput = req.headers['x-o-no-cancel-output'] === '1';
    r.cancelBill = req.headers['x-o-cancel-bill'] != null ? +req.headers['x-o-cancel-bill'] : null;
    r.failBill = req.headers['x-o-fail-bill'] !== '0';
    const failAt = +(req.headers['x-o-fail-at'] || 0);
    if (failAt > 0) r.failTimer = setTimeout(() => { if (stopBg(r, 'failed')) { r.output = []; r.error = { code: 'server_error', message: 'The model failed to generate a response.' }; if (r.failBill) charge(r.key, r.inTok + r.finalProduced); } }, jobMs * failAt);
    r.timer = setTimeout(() => complete(r), jobMs);
    if (j.stream) return subscribe(r, res, -1);
    res.setHeader('content-type', 'application/json'); return res.end(JSON.stringify(publicResp(r)));
  }
  if (!j.stream) {
    const tps = +(req.headers['x-o-tps'] || 0);
    if (!tps) { complete(r); res.setHeader('content-type', 'application/json'); return res.end(JSON.stringify(publicResp(r))); }
    const genMs = Math.min(plannedOut / tps * 1000, 120000); const gw = +(req.headers['x-o-gw-timeout-ms'] || 0);
    let answered = false;
    if (gw && gw < genMs) setTimeout(() => { answered = true; res.writeHead(504, { 'content-type': 'application/json' }); res.end(JSON.stringify({ error: { message: 'upstream request timeout', type: 'server_error', code: 'gateway_timeout' } })); }, gw);
    setTimeout(() => { complete(r); if (!answered && !res.writableEnded && !res.destroyed) { res.setHeader('content-type', 'application/json'); res.end(JSON.stringify(publicResp(r))); } }, genMs);
    return;
  }
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
    if (p === '/__peak') { const k = u.searchParams.get('key'); res.setHeader('content-type', 'application/json'); return res.end(JSON.stringify({ running: running.get(k) || 0, peak: peak.get(k) || 0 })); }
    if (p === '/__containers') { res.setHeader('content-type', 'application/json'); return res.end(JSON.stringify({ made: containers.get(u.searchParams.get('key')) || 0 })); }
    if (p === '/__count') { res.setHeader('content-type', 'application/json'); return res.end(JSON.stringify({ lists: listCount })); }
    if (p === '/__seed') { const n = Math.min(+j.n || 0, 5000); for (let i = 0; i < n; i++) mbatches.unshift({ id: nid('msgbatch'), type: 'message_batch', processing_status: 'ended', request_counts: { processing: 0, succeeded: 1, errored: 0, canceled: 0, expired: 0 }, created_at: new Date().toISOString(), ended_at: new Date().toISOString(), expires_at: new Date(Date.now() + 864e5).toISOString(), results_url: null, _other: true }); return res.end('{}'); }
    if (p === '/__gets') { res.setHeader('content-type', 'application/json'); return res.end(JSON.stringify({ gets: gets.get(u.searchParams.get('id')) || 0 })); }
    if (p === '/__reads') { res.setHeader('content-type', 'application/json'); return res.end(JSON.stringify({ reads: reads.get(u.searchParams.get('key')) || 0 })); }
    if (p === '/__hdrs') { res.setHeader('content-type', 'application/json'); return res.end(JSON.stringify(lastHdrs)); }
    if (p === '/__clear') { log.length = 0; return res.end('{}'); }
    if (p === '/__prompt') { prompts.set(j.id, j.tokens); return res.end('{}'); }
    if (p === '/__resp') { const r = responses.get(u.searchParams.get('id')); res.setHeader('content-type', 'application/json'); return res.end(JSON.stringify(r ? { status: r.status, usage: r.usage } : null)); }
    if (p.startsWith('/v1/')) lastHdrs = req.headers;
    log.push({ method: req.method, url: req.url, key: keyOf(req).slice(0, 24), body: body.length > 4000 ? body.slice(0, 4000) : (j && Object.keys(j).length ? j : null) }); if (log.length > 1000) log.shift();
    res.setHeader('x-request-id', nid('req'));
    let m;
    if (req.method === 'POST' && p === '/v1/responses') return create(req, j, res);
    if ((m = p.match(/^\/v1\/messages\/batches(?:\/([^/]+))?$/))) {
      res.setHeader('content-type', 'application/json');
      if (req.method === 'GET' && !m[1]) {
        listCount++;
        const after = u.searchParams.get('after_id'); const limit = Math.min(+(u.searchParams.get('limit') || 20), 100);
        let start = 0; if (after) { const i = mbatches.findIndex((x) => x.id === after); start = i < 0 ? mbatches.length : i + 1; }
        const data = mbatches.slice(start, start + limit).map(({ _other, ...b }) => b);
        return res.end(JSON.stringify({ data, has_more: start + limit < mbatches.length, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null }));
      }
      if (m[1]) { const b = mbatches.find((x) => x.id === m[1]); if (!b) return err(res, 404, 'not found'); const { _other, ...pub } = b; return res.end(JSON.stringify(pub)); }
      const n = (j.requests || []).length || 1;
      const b = { id: nid('msgbatch'), type: 'message_batch', processing_status: 'ended', request_counts: { processing: 0, succeeded: n, errored: 0, canceled: 0, expired: 0 }, created_at: new Date().toISOString(), ended_at: new Date().toISOString(), expires_at: new Date(Date.now() + 864e5).toISOString(), results_url: null };
      mbatches.unshift(b); return res.end(JSON.stringify(b));
    }
    if (req.method === 'POST' && p === '/v1/messages') {
      const it = +(req.headers['x-o-iter'] || 0); const inTok = tok(JSON.stringify(j.messages || '')) + tok(j.system || ''); const outTok = Math.min(j.max_tokens || 64, 40);
      const usage = { input_tokens: inTok, output_tokens: outTok, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 };
      if (it) { usage.server_tool_use = { web_search_requests: it, web_fetch_requests: 0 }; usage.iterations = Array.from({ length: it }, () => ({ type: 'message', input_tokens: Math.ceil(inTok / it), output_tokens: Math.ceil(outTok / it), server_tool_use: { web_search_requests: 1 } })); }
      charge(key_(req), inTok + outTok);
      res.writeHead(200, { 'content-type': 'application/json', 'anthropic-organization-id': 'org-provider-account-7f3a', 'anthropic-ratelimit-requests-remaining': '3999', 'openai-organization': 'org-provider-secret', 'openai-project': 'proj_provider_main', 'x-ratelimit-remaining-tokens': '1999000', 'anthropic-ratelimit-unified-status': 'allowed', 'anthropic-ratelimit-unified-5h-utilization': '0.02', 'ratelimit': 'limit=4000, remaining=3999, reset=60' });
      return res.end(JSON.stringify({ id: nid('msg'), type: 'message', role: 'assistant', model: j.model, content: [{ type: 'text', text: text(outTok) }], stop_reason: 'end_turn', stop_sequence: null, usage }));
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
      if (req.method === 'GET' && !m[2]) { gets.set(r.id, (gets.get(r.id) || 0) + 1); reads.set(keyOf(req), (reads.get(keyOf(req)) || 0) + 1); }
      if (req.method === 'GET' && !m[2] && u.searchParams.get('stream') === 'true' && r.background) return subscribe(r, res, u.searchParams.has('starting_after') ? +u.searchParams.get('starting_after') : -1);
      if (m[2] === '/input_items') {
        const items = r.context.concat(r.ownInput).map((it, i) => ({ id: it.id || `item_${i}`, ...it }));
        const lim = Math.min(+(u.searchParams.get('limit') || 20), 100); const order = u.searchParams.get('order') || 'desc';
        const all = order === 'asc' ? items : items.slice().reverse(); const after = u.searchParams.get('after');
        const start = after ? all.findIndex((x) => x.id === after) + 1 : 0; const page = all.slice(start, start + lim);
        return res.end(JSON.stringify({ object: 'list', data: page, first_id: page[0]?.id, last_id: page.at(-1)?.id, has_more: start + lim < all.length }));
      }
      if (m[2] === '/cancel') {
        if (!r.background) return err(res, 400, 'Only background responses can be cancelled.');
        if (stopBg(r, 'cancelled')) charge(r.key, r.cancelBill != null ? r.cancelBill : r.inTok + r.finalProduced);
        else if (r.status === 'completed') return err(res, 400, 'Cannot cancel a completed response.');
        return res.end(JSON.stringify(publicResp(r)));
      }
      if (req.method === 'DELETE') { responses.delete(r.id); return res.end(JSON.stringify({ id: r.id, object: 'response.deleted', deleted: true })); }
      return res.end(JSON.stringify(publicResp(r)));
    }
    return err(res, 404, 'no such route ' + p);
  });
}).listen(PORT, '127.0.0.1', () => console.log('origin on', PORT));
