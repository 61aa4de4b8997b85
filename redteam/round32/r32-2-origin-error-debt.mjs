// R32-2: a batch creation the ORIGIN fails (500 on POST /v1/files, 529 overloaded on POST /v1/messages/batches) gets its tokens
// back ("an origin error costs no tokens") but keeps the whole batch's rpm charge: the key is locked out by a debt for work the
// origin never accepted, and the SDK's automatic retry of the 5xx is answered 429 with a long Retry-After.
// key rpm 20; files of 60 lines. Bounded: < 20 requests, < 60 s. Ports 9710-9712.
import { startGuard, chatLines, rl } from "./lib32.mjs";
const g = await startGuard({ tag: "r2", gp: 9710, policy: { defaults: { rpm: 20, tpm: 1000000, tpd: 10000000, concurrency: 8 }, detection: { mode: "off" } }, env: { FAIL_FILES: "1:500", FAIL_MSGBATCHES: "1:529" } });
const U = async (K) => Object.fromEntries((await g.info(K)).usage.map((u) => [u.name, u.remaining]));
let rep = 0;
try {
  for (const [name, send] of [["openai upload (origin 500)", (K) => g.upload(K, chatLines(60))], ["message batch (origin 529)", (K) => g.msgBatch(K, 60)]]) {
    const K = "sk-rt32-r2-" + rep; let r = await send(K); const u = await U(K);
    console.log(`${name}: ${r.status} ${r.text.slice(0, 70)}; after it: rpm left ${u.rpm}, tpm left ${u.tpm} of 1000000 (tokens given back)`);
    r = await send(K); const x = rl(r); console.log(`  immediate retry (what the SDK does on a 5xx): ${x.status} ${x.code} "${x.msg}"`);
    const c = await g.chat(K); const y = rl(c); console.log(`  a plain chat request: ${y.status} Retry-After ${y.ra} s`);
    if (x.status === 429 && +y.ra > 60) rep++;
  }
  console.log(`origin accepted 0 batch creations; ${rep}/2 keys locked out by a debt for a batch the origin refused`);
  console.log(rep === 2 ? "RESULT: REPRODUCED" : "RESULT: not reproduced");
} finally { g.stop(); }
