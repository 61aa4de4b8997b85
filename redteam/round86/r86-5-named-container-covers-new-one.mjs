// R86-5 (honest overcharge; the abuse tried did not pay): since the forty-third session a turn whose tools name an existing container (code interpreter
// `container: "cntr_..."`, a shell's `container_reference`) is not charged for it. Is the exemption the named
// container only, or every container of the turn? Foreground turns on one key, each measured by the key's
// tpd draw (hostedCalls.containers 7,500 a new container):
//  a) control: code interpreter {type: auto}                              -> 1 new container at the origin
//  b) shell container_reference to a's container + code interpreter auto  -> 1 new container
//  c) code interpreter naming a's container, which the origin had expired -> 1 new container (x-o-expired)
//  d) code interpreter naming a's container (kept alive)                  -> 0 new (honest: should be free)
import { api, newKey, charged, O } from './lib.mjs';
const made = async (k) => (await (await fetch(`${O}/__containers?key=${encodeURIComponent(k)}`)).json()).made;
const K = newKey('cntr');
async function turn(tools, hdr = {}) {
  const t0 = Date.now(); const before = (await charged(K, t0, 300)).drawn; const m0 = await made(K);
  const r = await api(K, 'POST', '/v1/responses', { model: 'gpt-4.1', input: 'Run the analysis on the uploaded table.', max_output_tokens: 50, tools }, { 'x-out': '50', ...hdr });
  const after = (await charged(K, t0)).drawn;
  const ids = (r.j.output || []).filter((x) => x.container_id).map((x) => x.container_id);
  return { status: r.status, charged: after - before, made: (await made(K)) - m0, ids };
}
const a = await turn([{ type: 'code_interpreter', container: { type: 'auto' } }]);
const cid = a.ids[0];
const b = await turn([{ type: 'shell', environment: { type: 'container_reference', container_id: cid } }, { type: 'code_interpreter', container: { type: 'auto' } }]);
const c = await turn([{ type: 'code_interpreter', container: cid }], { 'x-o-expired': '1' });
const d = await turn([{ type: 'code_interpreter', container: cid }]);
for (const [n, x] of Object.entries({ a, b, c, d })) console.log(`${n}) ${x.status} origin made ${x.made} new container(s) ${JSON.stringify(x.ids)}, guard charged ${x.charged}`);
const under = [b, c].filter((x) => x.made > 0 && x.charged < 7500 * x.made * 0.8).length;
const over = d.charged > 3000 || b.charged > 7500 * b.made + 3000;
if (under) console.log(`(abuse: ${under} turn(s) made a new container uncharged)`);
console.log(over ? `REPRODUCED: a turn naming the key's existing container was charged ${d.charged} (0 containers made; documented: not charged), shell reference + new interpreter container charged ${b.charged} for ${b.made} made; control a ${a.charged}` : `not reproduced: d ${d.charged}, b ${b.charged}, control a ${a.charged}${under ? '; but a new container went uncharged' : ''}`);
