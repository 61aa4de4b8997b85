// R90-4: FORWARD_HEADERS='*' (accepted since R89-2's fix) still forwards headers that carry credentials or identity
// an origin (or the gateway in front of it) may trust: compounds the list does not name (apitoken, accesskey, appkey,
// clientsecret, sessiontoken, passphrase...), signatures named "sign", and the identity assertions auth proxies set
// (oauth2-proxy's x-forwarded-user, Azure Easy Auth's x-ms-client-principal, AWS ALB's x-amzn-oidc-identity, Google
// IAP's x-goog-authenticated-user-email, Envoy's x-forwarded-client-cert, Cloudflare Access's cf-access-client-id).
import { G, O, newKey } from './lib.mjs';
const K = newKey('h');
const probe = {
  // named as credentials by the docs' rule: must not arrive (controls)
  'api-key': 'CTRL1', 'x-api-key2': 'CTRL2?', 'x-auth-token': 'CTRL3', 'x-apikey': 'CTRL4', 'cf-access-client-secret': 'CTRL5',
  // credential names the rule misses
  'accesskey': 'bunny-AccessKey-secret', 'x-apitoken': 'tok-1', 'x-appkey': 'ak-1', 'x-appsecret': 'as-1', 'x-clientsecret': 'cs-1',
  'x-sessiontoken': 'st-1', 'x-refreshtoken': 'rt-1', 'x-passphrase': 'pp-1', 'ok-access-sign': 'sig-1', 'x-api-pass': 'pw-1',
  'x-creds': 'user:pw', 'cf-access-client-id': 'cfid.access', 'x-authorisation': 'Bearer sk-real-origin-key',
  // identity assertions trusted behind auth proxies
  'x-forwarded-user': 'admin', 'x-forwarded-email': 'ops@operator.example', 'x-ms-client-principal': 'eyJhdXRoX3R5cCI6ImFhZCJ9',
  'x-ms-client-principal-name': 'admin@operator.example', 'x-amzn-oidc-identity': 'admin-sub', 'x-goog-authenticated-user-email': 'accounts.google.com:admin@operator.example',
  'x-forwarded-client-cert': 'By=spiffe://operator/origin;URI=spiffe://operator/billing-admin', 'x-remote-user': 'admin',
};
const r = await fetch(G + '/v1/responses', { method: 'POST', headers: { authorization: `Bearer ${K}`, 'content-type': 'application/json', ...probe }, body: JSON.stringify({ model: 'gpt-4o', input: 'hi', max_output_tokens: 5 }) });
console.log('guard answered', r.status);
const got = await (await fetch(O + '/__hdrs')).json();
const ctrl = ['api-key', 'x-auth-token', 'x-apikey', 'cf-access-client-secret'];
let leaked = 0; const seen = [];
for (const [k, v] of Object.entries(probe)) {
  const arrived = got[k] === v;
  if (ctrl.includes(k)) { console.log(`control ${k}: ${arrived ? 'FORWARDED' : 'dropped'}`); continue; }
  if (arrived) { leaked++; seen.push(k); }
  else console.log(`${k}: dropped`);
}
console.log(`forwarded to the origin (${leaked} of ${Object.keys(probe).length - ctrl.length}): ${seen.join(', ')}`);
console.log(`origin saw authorization=${(got.authorization || '').slice(0, 20)}..., x-guard-origin-auth ${got['x-guard-origin-auth'] ? 'present' : 'absent'}`);
console.log(leaked > 0 ? 'REPRODUCED' : 'not reproduced');
