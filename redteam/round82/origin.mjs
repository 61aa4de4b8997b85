// Scripted origin (Node built-ins) on 127.0.0.1:8993 modelling OpenAI/Anthropic billing as documented:
// - Responses: web_search_call items = min(wanted searches (x-mock-searches), max_tool_calls if set) -- OpenAI honours max_tool_calls.
// - Anthropic messages: web search requests = min(wanted, the web_search tool's max_uses if set).
// - OpenAI batches: outcome chosen at creation by x-mock-batch-outcome:
//     "expired0": the batch expires with 0 completed; every line goes to the error file with code batch_expired
//                 (OpenAI docs: unfinished requests of an expired batch are written to the error file).
//     else completes: each line answered, usage prompt 10 / completion x-mock-words (default 5).
// GET /__set?outcome=expired0&searches=20&words=5 (direct) sets what the origin does next.
// GET /__log (direct, not through the guard) returns every request body received and the bill.
import http from 'node:http';
const port = Number(process.env.ORIGIN_PORT || 8993);
const log = []; const files = new Map(); const batches = new Map(); const responses = new Map();
let seq = 0; const cfg = { outcome: 'complete', searches: 0, words: 5, logsMiB: 0 }; const bill = { searches: 0, tokens: 0 };
function json(res, code, obj) { const s = JSON.stringify(obj); res.writeHead(code, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(s) }); res.end(s); }
function respObj(id, body, want, status = 'completed') {
  const bound = Number.isInteger(body.max_tool_calls) ? body.max_tool_calls : Infinity;
  // A stored prompt (pmpt_web...) carries its own tools, as OpenAI's prompt objects do: a web search tool here.
  const tools = [...(body.tools || []), ...(String(body.prompt?.id || '').startsWith('pmpt_web') ? [{ type: 'web_search' }] : [])];
  const hasTool = tools.some(t => /web_search|file_search/.test(t.type));
  const n = hasTool ? Math.min(want, bound) : 0;
  const output = [];
  for (let i = 0; i < n; i++) output.push({ type: 'web_search_call', id: `ws_${id}_${i}`, status: 'completed', action: { type: 'search', query: 'q' + i } });
  // Hosted shell in a container (environment container_auto): one container per request, billed as a code interpreter container.
  if (tools.some(t => t.type === 'shell' && t.environment?.type === 'container_auto')) {
    const cid = 'cntr_' + id; bill.containers = (bill.containers || 0) + 1;
    output.push({ type: 'shell_call', id: 'sh_' + id, call_id: 'call_sh_' + id, status: 'completed', container_id: cid, action: { commands: ['ls'] } });
    output.push({ type: 'shell_call_output', id: 'sho_' + id, call_id: 'call_sh_' + id, container_id: cid, output: [{ stdout: 'a\n', stderr: '', outcome: { type: 'exit', exit_code: 0 } }] });
  }
  // Code interpreter with its outputs included: cfg.logsMiB MiB of logs (a program printing its data).
  if (tools.some(t => t.type === 'code_interpreter') && (body.include || []).includes('code_interpreter_call.outputs')) {
    bill.containers = (bill.containers || 0) + 1;
    output.push({ type: 'code_interpreter_call', id: 'ci_' + id, status: 'completed', container_id: 'cntr_ci_' + id, code: 'print(data)', outputs: [{ type: 'logs', logs: 'x'.repeat(Math.round((cfg.logsMiB || 0) * 1048576)) }] });
  }
  output.push({ type: 'message', id: 'msg_' + id, role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: 'done', annotations: [] }] });
  bill.searches += n; bill.tokens += 150;
  return { id, object: 'response', created_at: 1767225600, status, model: body.model, background: !!body.background, output, usage: { input_tokens: 100, output_tokens: 50, total_tokens: 150, input_tokens_details: { cached_tokens: 0 }, output_tokens_details: { reasoning_tokens: 0 } } };
}
const server = http.createServer(async (req, res) => {
  const chunks = []; for await (const c of req) chunks.push(c);
  const raw = Buffer.concat(chunks).toString('utf8');
  const url = new URL(req.url, 'http://x'); const p = url.pathname;
  if (p === '/__log') return json(res, 200, { log, bill });
  if (p === '/__set') { for (const [k, v] of url.searchParams) cfg[k] = k === 'outcome' ? v : Number(v); return json(res, 200, cfg); }
  if (p === '/__reset') { log.length = 0; bill.searches = 0; bill.tokens = 0; bill.containers = 0; return json(res, 200, {}); }
  let body = null; try { body = JSON.parse(raw); } catch {}
  log.push({ method: req.method, path: p, body: body ?? raw.slice(0, 2000), h: { searches: req.headers['x-mock-searches'] } });
  const want = Number(req.headers['x-mock-searches'] || cfg.searches);
  const words = Number(req.headers['x-mock-words'] || cfg.words);
  if (req.method === 'POST' && p === '/v1/responses') {
    const id = 'resp_' + (++seq);
    if (body.background) { responses.set(id, { body, want, done: respObj(id, body, want) }); /* the job runs (and bills) whether or not it is retrieved */ return json(res, 200, { id, object: 'response', status: 'queued', background: true, output: [], usage: null, model: body.model }); }
    if (body.stream) {
      const r = respObj(id, body, want);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(`event: response.created\ndata: ${JSON.stringify({ type: 'response.created', response: { ...r, status: 'in_progress', output: [], usage: null } })}\n\n`);
      res.write(`event: response.completed\ndata: ${JSON.stringify({ type: 'response.completed', response: r })}\n\n`);
      return res.end();
    }
    return json(res, 200, respObj(id, body, want));
  }
  const mr = p.match(/^\/v1\/responses\/([^/]+)$/);
  if (req.method === 'GET' && mr) { const j = responses.get(mr[1]); if (!j) return json(res, 404, { error: { message: 'no' } }); if (!j.done) j.done = respObj(mr[1], j.body, j.want); return json(res, 200, j.done); }
  if (req.method === 'POST' && p === '/v1/messages') {
    const ws = (body.tools || []).find(t => /^web_search/.test(t.type));
    const n = ws ? Math.min(want, Number.isInteger(ws.max_uses) ? ws.max_uses : Infinity) : 0;
    bill.searches += n; bill.tokens += 150;
    return json(res, 200, { id: 'msg_' + (++seq), type: 'message', role: 'assistant', model: body.model, content: [{ type: 'text', text: 'done' }], stop_reason: 'end_turn', usage: { input_tokens: 100, output_tokens: 50, server_tool_use: { web_search_requests: n } } });
  }
  if (req.method === 'POST' && p === '/v1/files') {
    const id = 'file-o' + (++seq);
    const m = raw.match(/filename="([^"]*)"[\s\S]*?\r\n\r\n([\s\S]*?)\r\n--/); const purpose = (raw.match(/name="purpose"\r\n\r\n([^\r]*)/) || [])[1];
    files.set(id, m ? m[2] : '');
    return json(res, 200, { id, object: 'file', bytes: m ? m[2].length : 0, created_at: 1767225600, filename: m ? m[1] : 'f', purpose: purpose || 'user_data', status: 'processed' });
  }
  const mf = p.match(/^\/v1\/files\/([^/]+)\/content$/);
  if (req.method === 'GET' && mf) { const c = files.get(mf[1]); if (c == null) return json(res, 404, { error: { message: 'no file' } }); res.writeHead(200, { 'content-type': 'application/jsonl', 'content-length': Buffer.byteLength(c) }); return res.end(c); }
  if (req.method === 'POST' && p === '/v1/batches') {
    const id = 'batch_o' + (++seq);
    const input = (files.get(body.input_file_id) || '').split('\n').filter(Boolean).map(l => JSON.parse(l));
    const outcome = req.headers['x-mock-batch-outcome'] || cfg.outcome;
    const b = { id, object: 'batch', endpoint: body.endpoint, input_file_id: body.input_file_id, completion_window: '24h', status: 'in_progress', output_file_id: null, error_file_id: null, created_at: 1767225600, request_counts: { total: input.length, completed: 0, failed: 0 }, metadata: null };
    if (outcome === 'expired0') {
      const ef = 'file-err' + (++seq);
      files.set(ef, input.map((l, i) => JSON.stringify({ id: `batch_req_${id}_${i}`, custom_id: l.custom_id, response: null, error: { code: 'batch_expired', message: 'This request could not be executed before the completion window expired.' } })).join('\n') + '\n');
      b._final = { ...b, status: 'expired', expired_at: 1767312000, error_file_id: ef, request_counts: { total: input.length, completed: 0, failed: 0 } };
    } else {
      const of = 'file-out' + (++seq);
      files.set(of, input.map((l, i) => JSON.stringify({ id: `batch_req_${id}_${i}`, custom_id: l.custom_id, response: { status_code: 200, request_id: 'r' + i, body: { id: 'chatcmpl-' + i, object: 'chat.completion', model: l.body.model, choices: [{ index: 0, message: { role: 'assistant', content: 'w '.repeat(words).trim() }, finish_reason: 'stop' }], usage: { prompt_tokens: 10, completion_tokens: words, total_tokens: 10 + words } } }, error: null })).join('\n') + '\n');
      bill.tokens += input.length * (10 + words);
      b._final = { ...b, status: 'completed', completed_at: 1767225700, output_file_id: of, request_counts: { total: input.length, completed: input.length, failed: 0 } };
    }
    batches.set(id, b); const { _final, ...pub } = b; return json(res, 200, pub);
  }
  const mb = p.match(/^\/v1\/batches\/([^/]+)$/);
  if (req.method === 'GET' && mb) { const b = batches.get(mb[1]); if (!b) return json(res, 404, { error: { message: 'no batch' } }); return json(res, 200, b._final); }
  json(res, 404, { error: { message: 'not modelled: ' + req.method + ' ' + p } });
});
server.listen(port, '127.0.0.1', () => console.log('origin on', port));
