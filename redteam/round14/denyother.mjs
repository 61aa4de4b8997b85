// R14 target: a key put on the deny list while its background jobs run; another key of the customer retrieves the answers.
import { req, setTier, keyId, admin, sleep } from "./lib14.mjs";
const A = "sk-rt14-dA-" + Date.now().toString(36), B = "sk-rt14-dB-" + Date.now().toString(36); await setTier(A, "pro");
const ids = []; for (let i = 0; i < 5; i++) { const r = await req("POST", "/v1/responses", { key: A, body: { model: "o3@bgms=1500", input: "Essay " + i, max_output_tokens: 4000, background: true } }); ids.push(JSON.parse(r.text).id); }
const d = await admin("PUT", `/lists/deny/${await keyId(A)}`, { note: "rt14" }); console.log(`5 background jobs of A admitted; A denied: ${d.status}`);
await sleep(2000); const st = { A: [], B: [] };
for (const id of ids) { st.A.push((await req("GET", `/v1/responses/${id}`, { key: A })).status); const g = await req("GET", `/v1/responses/${id}`, { key: B }); st.B.push(`${g.status}:${g.status === 200 ? JSON.parse(g.text).status : ""}`); }
console.log(`retrievals after the deny: A ${JSON.stringify(st.A)}; B ${JSON.stringify(st.B)}`);
