// R87-3: a data-analysis assistant reuses one code-interpreter container across turns: turn 1 (foreground)
// makes it (`container: {type: "auto"}`), turns 2-4 are background jobs naming it (`container: "cntr_..."`),
// each polled until done. Through an OpenAI-compatible origin that does not echo `tools` in its response
// objects (x-o-no-tools: 1; R86-5's origin), the guard charges a container (hostedCalls.containers, 7,500)
// again on every background turn when its answer is read, though the request's own tools named the container
// (docs/config.md hostedCalls: "not a container the request's tools name"). R86-5's fix acts for a foreground
// turn (control below) but not where a background job's answer is read by a retrieval (GET has no tools).
// Second control: the same background turns through an origin that echoes `tools`, as OpenAI does.
import OpenAI from 'openai';
import { G, newKey, billed, state, sleep } from './lib.mjs';
const sdk = (key) => new OpenAI({ apiKey: key, baseURL: G + '/v1', maxRetries: 0 });
const counted = async (K) => { await sleep(1200); const s = await state(K); return s.counters.promptTokens + s.counters.completionTokens; };
async function assistant(tag, background, hdr) {
  const K = newKey(tag); const c = sdk(K);
  const r1 = await c.responses.create({ model: 'gpt-4.1', tools: [{ type: 'code_interpreter', container: { type: 'auto' } }], input: 'Load sales.csv and describe it.', max_output_tokens: 500 }, { headers: { 'x-out': '100', ...hdr } });
  const cid = r1.output.find((o) => o.type === 'code_interpreter_call').container_id;
  const first = await counted(K);
  let prev = r1.id;
  for (let i = 0; i < 3; i++) {
    let j = await c.responses.create({ model: 'gpt-4.1', background, previous_response_id: prev, tools: [{ type: 'code_interpreter', container: cid }], input: 'Now plot column ' + i, max_output_tokens: 500 }, { headers: { 'x-out': '100', 'x-job-ms': '300', ...hdr } });
    for (let k = 0; k < 20 && (j.status === 'queued' || j.status === 'in_progress'); k++) { await sleep(200); j = await c.responses.retrieve(j.id); }
    prev = j.id;
  }
  const all = await counted(K); const b = await billed(K);
  return { first, later: all - first, billedLater: b - (await (async () => 0)()), all, b, made: (await (await fetch(`http://127.0.0.1:${process.env.ORIGIN_PORT || 9072}/__containers?key=${encodeURIComponent(K)}`)).json()).made };
}
const bg = await assistant('bg', true, { 'x-o-no-tools': '1' });
const fg = await assistant('fg', false, { 'x-o-no-tools': '1' });
const echo = await assistant('echo', true, {});
const line = (n, r) => `${n}: containers made ${r.made}; turn 1 charged ${r.first} (a container made: right), turns 2-4 charged ${r.later}; total charged ${r.all}; billed ${r.b} tokens + ${r.made} container = ${r.b + 7500 * r.made} at hostedCalls' price (${(r.all / (r.b + 7500 * r.made)).toFixed(2)}x)`;
console.log(line('background turns naming the container, origin not echoing tools', bg));
console.log(line('control: the same turns in the foreground', fg));
console.log(line('control: background, origin echoing tools (OpenAI)', echo));
console.log(bg.later > 3 * 7000 && fg.later < 7000 ? `REPRODUCED: 3 background turns naming the existing container charged ${bg.later} (${Math.round(bg.later / 7500)} containers) for 0 made; foreground ${fg.later}, echoing origin ${echo.later}` : `not reproduced: background turns ${bg.later}, foreground ${fg.later}`);
