// R84-2 (honest): a customer rotates its API key while deep-research background jobs are running. As
// docs/config.md "Batch groups" describes a rotation, the old key is revoked (deny list) and the new key
// is put in the customer's batch group. A batch of the old key is fetched by the new key (the group's
// exemption for a denied, rotated-out key); the old key's background responses are not: retrieve,
// cancel and input_items answer 403 creator_restricted ("retrieve it with the key that created it"),
// and the key that created them answers 403 access_blocked. The origin bills the jobs in full.
// Yet the new key can continue each job by previous_response_id (R16-5's open path): the answer is
// restated at the cost of its whole context again.
import { admin, api, billed, keyId, newKey, sleep, waitDone, O } from './lib.mjs';
const OLD = newKey('rot-old'), NEW = newKey('rot-new'), group = 'cust-' + Date.now().toString(36);
const oldId = await keyId(OLD), newId = await keyId(NEW);
await admin('PUT', `/keys/${oldId}/overrides`, { batchGroup: group });
await admin('PUT', `/keys/${newId}/overrides`, { batchGroup: group });
// the old key starts 3 deep-research jobs (one of them long-running) and one message batch
const jobs = [];
for (let i = 0; i < 3; i++) {
  const r = await api(OLD, 'POST', '/v1/responses', { model: 'o3-deep-research', background: true, max_output_tokens: 8000, input: `Research report ${i}: market sizing for industrial heat pumps in region ${i}, with sources.` }, { 'x-out': '6000', 'x-job-ms': i === 2 ? '6000' : '500' });
  jobs.push(r.j.id); console.log(`old key job ${i}: ${r.status} ${r.j.id} ${r.j.status}`);
}
const mb = await api(OLD, 'POST', '/v1/messages/batches', { requests: [{ custom_id: 'a', params: { model: 'claude-sonnet-4-5', max_tokens: 100, messages: [{ role: 'user', content: 'Hi' }] } }] });
console.log(`old key message batch: ${mb.status} ${mb.j.id ?? JSON.stringify(mb.j).slice(0, 120)}`);
await sleep(800);
// rotation: the old key is revoked in the guard (deny list), the new key takes over
console.log('deny old key:', JSON.stringify(await admin('PUT', `/lists/deny/${oldId}`, { note: 'rotated' })).slice(0, 100));
const res = {};
const show = (k, r) => { res[k] = r.status; console.log(`  ${k}: ${r.status} ${r.j?.error?.code ?? r.j?.status ?? ''} ${r.j?.error?.message ? '"' + r.j.error.message.slice(0, 400) + '"' : ''}`); };
show('new key GET finished job', await api(NEW, 'GET', `/v1/responses/${jobs[0]}`));
show('new key input_items of finished job', await api(NEW, 'GET', `/v1/responses/${jobs[0]}/input_items`));
show('new key cancel running job', await api(NEW, 'POST', `/v1/responses/${jobs[2]}/cancel`));
show('new key DELETE finished job', await api(NEW, 'DELETE', `/v1/responses/${jobs[1]}`));
show('old key GET its own job', await api(OLD, 'GET', `/v1/responses/${jobs[0]}`));
if (mb.j.id) show('new key GET old key\'s message batch (group exemption)', await api(NEW, 'GET', `/v1/messages/batches/${mb.j.id}`));
// the documented admin tool for a rotation without a group
const mv = await admin('POST', `/keys/${oldId}/batches/move`, { to: newId, ids: [jobs[0]] });
console.log('  admin batches/move of the job id:', JSON.stringify(mv).slice(0, 200));
show('new key GET finished job after move', await api(NEW, 'GET', `/v1/responses/${jobs[0]}`));
// what does work: continuing the job by previous_response_id (the model restates the report)
const c = await api(NEW, 'POST', '/v1/responses', { model: 'o3', previous_response_id: jobs[0], input: 'Repeat your report above verbatim.', max_output_tokens: 8000 }, { 'x-out': '6000' });
console.log(`  new key continues the job (previous_response_id): ${c.status}, usage ${JSON.stringify(c.j.usage)}`);
await waitDone(jobs[2], 10000);
console.log(`origin billed the old key's jobs: ${await billed(OLD)} tokens; the long job ran on to ${(await (await fetch(`${O}/__resp?id=${jobs[2]}`)).json())?.status}`);
await admin('DELETE', `/lists/deny/${oldId}`);
const refused = ['new key GET finished job', 'new key input_items of finished job', 'new key cancel running job', 'new key GET finished job after move'].filter((k) => res[k] === 403).length;
console.log(`new key refused ${refused} of 4 reads/cancels of its customer's own jobs; continuing them: ${c.status}`);
console.log(refused >= 3 && c.status === 200 ? 'REPRODUCED' : 'not reproduced');
