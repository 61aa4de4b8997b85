// Recording origin (port 9003): records every body it receives (GET /__log, POST /__clear),
// forwards to the built-in mock (MOCK_PORT, 9002) when it answers, else answers itself.
// Emulates the real APIs' bound: x-mock-web-searches is clamped to max_tool_calls / max_uses.
import http from 'node:http';
const PORT = +(process.env.ORIGIN_PORT || 9003), MOCK = +(process.env.MOCK_PORT || 9002);
const log = [];
function fwd(req, body, res) {
  const headers = { ...req.headers }; delete headers['content-length']; delete headers.host;
  const p = http.request({ host: '127.0.0.1', port: MOCK, path: req.url, method: req.method, headers }, (r) => {
    res.writeHead(r.statusCode, r.headers); r.pipe(res);
  });
  p.on('error', () => own(req, body, res)); p.end(body);
}
function own(req, body, res) {
  let j = {}; try { j = JSON.parse(body.toString()); } catch {}
  const want = +(req.headers['x-mock-web-searches'] || 0);
  let bound = Infinity;
  if (j.max_tool_calls != null) bound = j.max_tool_calls;
  for (const t of j.tools || []) if (/web_search/.test(t.type || '') && t.max_uses != null) bound = Math.min(bound, t.max_uses);
  const n = Math.min(want, bound);
  res.setHeader('content-type', 'application/json');
  if (req.url.startsWith('/v1/messages/batches')) return res.end(JSON.stringify({ id: 'msgbatch_' + Date.now(), type: 'message_batch', processing_status: 'in_progress', request_counts: { processing: (j.requests || []).length, succeeded: 0, errored: 0, canceled: 0, expired: 0 }, created_at: new Date().toISOString(), expires_at: new Date(Date.now() + 864e5).toISOString() }));
  if (req.url.startsWith('/v1/files')) return res.end(JSON.stringify({ id: 'file-' + Date.now(), object: 'file', bytes: body.length, created_at: Math.floor(Date.now() / 1000), filename: 'b.jsonl', purpose: 'batch' }));
  if (req.url.startsWith('/v1/batches')) return res.end(JSON.stringify({ id: 'batch_' + Date.now(), object: 'batch', endpoint: j.endpoint, input_file_id: j.input_file_id, completion_window: '24h', status: 'validating', created_at: Math.floor(Date.now() / 1000), request_counts: { total: 0, completed: 0, failed: 0 } }));
  if (req.url.startsWith('/v1/responses')) {
    const output = [];
    for (let i = 0; i < n; i++) output.push({ type: 'web_search_call', id: 'ws_' + i, status: 'completed', action: { type: 'search', query: 'q' + i } });
    output.push({ type: 'message', id: 'msg_1', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: 'ok answer', annotations: [] }] });
    return res.end(JSON.stringify({ id: 'resp_' + Date.now(), object: 'response', status: 'completed', model: j.model, output, usage: { input_tokens: 100 + 300 * n, output_tokens: 10, total_tokens: 110 + 300 * n } }));
  }
  if (req.url.startsWith('/v1/messages')) {
    return res.end(JSON.stringify({ id: 'msg_' + Date.now(), type: 'message', role: 'assistant', model: j.model, content: [{ type: 'text', text: 'ok answer' }], stop_reason: 'end_turn', usage: { input_tokens: 100 + 300 * n, output_tokens: 10, server_tool_use: { web_search_requests: n } } }));
  }
  return res.end(JSON.stringify({ id: 'chatcmpl_1', object: 'chat.completion', model: j.model, choices: [{ index: 0, message: { role: 'assistant', content: 'ok answer' }, finish_reason: 'stop' }], usage: { prompt_tokens: 100, completion_tokens: 10, total_tokens: 110 } }));
}
http.createServer((req, res) => {
  const chunks = []; req.on('data', (c) => chunks.push(c)); req.on('end', () => {
    const body = Buffer.concat(chunks);
    if (req.url === '/__log') { res.setHeader('content-type', 'application/json'); return res.end(JSON.stringify(log)); }
    if (req.url === '/__clear') { log.length = 0; return res.end('{}'); }
    let j = null; try { j = JSON.parse(body.toString()); } catch {}
    log.push({ method: req.method, url: req.url, body: j ?? (body.length ? body.toString('utf8').slice(0, 20000) : null) }); if (log.length > 500) log.shift();
    // clamp the mock's searches to the bound the request carries, as the real APIs do
    if (j && req.headers['x-mock-web-searches']) {
      let bound = Infinity; if (j.max_tool_calls != null) bound = j.max_tool_calls;
      for (const t of j.tools || []) if (/web_search/.test(t.type || '') && t.max_uses != null) bound = Math.min(bound, t.max_uses);
      if (bound < +req.headers['x-mock-web-searches']) req.headers['x-mock-web-searches'] = String(bound);
    }
    const d = Math.min(+(req.headers['x-mock-delay-ms'] || 0), 10000);
    if (req.headers['x-own'] || process.env.OWN !== '0') return void setTimeout(() => own(req, body, res), d);
    fwd(req, body, res);
  });
}).listen(PORT, '127.0.0.1', () => console.log('origin on', PORT, 'mock', MOCK));
