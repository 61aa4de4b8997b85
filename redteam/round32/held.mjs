// Round 32: attacks that HELD (each line prints held / NOT HELD). Bounded: < 200 requests, < 60 s. Ports 9740-9742.
import { startGuard, chatLines, rl, sleep } from "./lib32.mjs";
const g = await startGuard({ tag: "held", gp: 9740, policy: { defaults: { rpm: 10, tpm: 1000000, tpd: 10000000, concurrency: 8 }, tiers: { tpd: { rpm: 1000, tpm: 100000, tpd: 10000, concurrency: 8 }, r60: { rpm: 60, tpm: 100000000, tpd: 1000000000, concurrency: 32 } }, detection: { mode: "off" } } });
const creations = () => g.originLog().filter((e) => e.method === "POST" && (e.url === "/v1/files" || e.url === "/v1/messages/batches")).length;
const say = (name, ok, detail) => console.log(`${ok ? "held    " : "NOT HELD"} ${name}: ${detail}`);
try {
  // 1. tpd holds a batch whole: tpd partly used, a batch within tpd's capacity but over what is left
  let K = "sk-rt32-h-tpd"; await g.override(K, { tier: "tpd" }); await g.chat(K, "Hello", { max_tokens: 3000 });
  let r = await g.upload(K, chatLines(9, { maxTokens: 900 })); say("tpd partly used, batch over what is left", r.status === 429, `${r.status} "${r.j?.error?.message}"`);
  // 2. limits of 0 are not 'full windows'
  for (const o of [{ rpm: 0 }, { tpm: 0 }, { concurrency: 0 }]) { K = "sk-rt32-h-" + Object.keys(o)[0]; await g.override(K, o); const c0 = creations(); const a = await g.upload(K, chatLines(3)), b = await g.msgBatch(K, 3); say(`limit ${JSON.stringify(o)}`, creations() === c0, `upload ${a.status} ${a.j?.error?.code}, message batch ${b.status}, origin got ${creations() - c0}`); }
  // 3. six batches over rpm at the same moment
  K = "sk-rt32-h-par"; let c0 = creations(); const rs = await Promise.all(Array.from({ length: 6 }, (_, i) => i % 2 ? g.upload(K, chatLines(15, { prefix: "p" + i })) : g.msgBatch(K, 15, { prefix: "m" + i })));
  say("6 parallel batches of 15 on rpm 10", creations() - c0 === 1, `${rs.map((x) => x.status).join(" ")}, origin got ${creations() - c0}`);
  // 4. admin overrides during a debt (batchGroup, tier change, rpm null and back, delete) keep the debt
  K = "sk-rt32-h-ovr"; await g.upload(K, chatLines(100)); const id = await g.keyId(K);
  await g.override(K, { batchGroup: "cust-1" }); await g.override(K, { rpm: 20, batchGroup: "cust-1" }); await g.override(K, { rpm: null, batchGroup: "cust-1" }); await g.override(K, { rpm: 10 }); await g.admin("DELETE", `/keys/${id}/overrides`);
  let served = 0; for (let i = 0; i < 5; i++) { r = await g.chat(K); if (r.status === 200) served++; await sleep(1200); }
  say("overrides during a 90-request debt", served === 0, `${served} of 5 direct requests served afterwards (last Retry-After ${r.h["retry-after"]} s)`);
  // 5. a key of the same batch group / another key cannot run a file it did not upload
  const A = "sk-rt32-h-A", B = "sk-rt32-h-B"; await g.override(A, { rpm: 1000, batchGroup: "g9" }); await g.override(B, { rpm: 1000, batchGroup: "g9" });
  r = await g.upload(A, chatLines(20)); const fa = r.j.id; await g.run(A, fa); const rb = await g.run(B, fa), rx = await g.run("sk-rt32-h-X", fa);
  say("group key / other key runs A's file", rb.status >= 400 && rx.status >= 400, `B ${rb.status}, X ${rx.status}; origin runs of the file ${g.originLog().filter((e) => e.url === "/v1/batches" && e.body.includes(fa)).length}`);
  // 6. a burst (lease) then a batch over rpm: the batch waits for a truly full bucket
  K = "sk-rt32-h-burst"; await g.override(K, { tier: "r60" }); await Promise.all(Array.from({ length: 24 }, () => g.chat(K)));
  r = await g.upload(K, chatLines(100)); say("burst of 24 (leased) then 100-line batch on rpm 60", r.status === 429, `${r.status}, Retry-After ${r.h["retry-after"]} s`);
} finally { g.stop(); }
process.exit(0);
