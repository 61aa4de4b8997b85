// Round 89's origin: OpenAI/Anthropic-shaped echo with test knobs (forwarded by the guard via FORWARD_HEADERS='x-o-*'):
//   x-o-status: N      answer with this status (the error body in the route's provider shape, usage included)
//   x-o-headers: JSON  extra answer headers (e.g. {"retry-after":"30","x-ratelimit-remaining-requests":"0"})
//   x-o-words: N       words in the answer (default 3)
// Every JSON answer carries `echo`: what the origin received (method, path, query, headers, parsed body).
// GET /__last returns the last request seen; GET /__count returns {n} requests per Authorization/api-key value.
import http from 'node:http';
const PORT = Number(process.env.ORIGIN_PORT || 9112);
let last = null; const count = {};
http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => { if (body.length < 2e6) body += c; });
  req.on('end', () => {
    const u = new URL(req.url, 'http://x');
    if (u.pathname === '/__last') { res.writeHead(200, { 'content-type': 'application/json' }); return res.end(JSON.stringify(last)); }
    if (u.pathname === '/__count') { res.writeHead(200, { 'content-type': 'application/json' }); return res.end(JSON.stringify(count)); }
    let parsed = null; try { parsed = JSON.parse(body); } catch {}
    last = { method: req.method, url: req.url, headers: req.headers, body: parsed ?? body.slice(0, 2000) };
    const who = req.headers['api-key'] || req.headers['x-goog-api-key'] || req.headers['authorization'] || req.headers['x-api-key'] || 'none';
    count[who] = (count[who] || 0) + 1;
    const echo = { method: req.method, path: u.pathname, query: u.search, headers: req.headers, body: parsed };
    const status = Number(req.headers['x-o-status'] || 200);
    const extra = req.headers['x-o-headers'] ? JSON.parse(req.headers['x-o-headers']) : {};
    const words = Number(req.headers['x-o-words'] || 3);
    const text = Array.from({ length: words }, (_, i) => 'w' + i).join(' ');
    const anth = u.pathname.startsWith('/v1/messages');
    const stream = parsed && parsed.stream === true;
    for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
    if (status !== 200) {
      res.writeHead(status, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(anth ? { type: 'error', error: { type: status === 429 ? 'rate_limit_error' : 'api_error', message: 'origin says ' + status }, usage: { input_tokens: 5, output_tokens: 500 } }
        : { error: { message: 'origin says ' + status, type: 'origin', code: String(status) }, usage: { prompt_tokens: 5, completion_tokens: 500 } }));
    }
    if (stream && !anth) {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const base = { id: 'c1', object: 'chat.completion.chunk', model: 'm' };
      res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: text }, finish_reason: null }] })}\n\n`);
      res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`);
      if (parsed.stream_options?.include_usage) res.write(`data: ${JSON.stringify({ ...base, choices: [], usage: { prompt_tokens: 5, completion_tokens: words, total_tokens: 5 + words } })}\n\n`);
      res.write('data: [DONE]\n\n'); return res.end();
    }
    res.setHeader('content-type', 'application/json');
    if (anth) return res.end(JSON.stringify({ id: 'msg_1', type: 'message', role: 'assistant', model: 'm', content: [{ type: 'text', text }], stop_reason: 'end_turn', usage: { input_tokens: 5, output_tokens: words }, echo }));
    if (u.pathname === '/v1/chat/completions') return res.end(JSON.stringify({ id: 'c1', object: 'chat.completion', model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }], usage: { prompt_tokens: 5, completion_tokens: words, total_tokens: 5 + words }, echo }));
    res.end(JSON.stringify({ object: 'list', data: [], echo }));
  });
}).listen(PORT, '127.0.0.1', () => console.log('origin on', PORT));
