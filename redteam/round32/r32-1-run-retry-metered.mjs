// R32-1: POST /v1/batches that the ORIGIN refuses (429 "enqueued token limit", as OpenAI answers when its batch queue is full)
// still uses up the file's free first run: the client's retry is metered as a re-run of the whole file.
// (a) key tpd 12,000, a 7-line file (7,056 tokens): upload admitted, run refused by the origin, retry refused by the guard for hours.
// (b) key tpd 100,000: the origin refuses 2 runs, the 3rd runs: the key is charged the file twice (upload + a re-run) for one run at the origin.
// Bounded: < 20 requests, < 60 s. Ports 9700-9702.
import { startGuard, chatLines, rl } from "./lib32.mjs";
const g = await startGuard({ tag: "r1", gp: 9700, policy: { defaults: { rpm: 100, tpm: 1000000, tpd: 12000, concurrency: 8 }, tiers: { big: { rpm: 100, tpm: 1000000, tpd: 100000, concurrency: 8 } }, detection: { mode: "off" } }, env: { FAIL_BATCHES: "3:429" } });
const tpd = async (K) => (await g.info(K)).usage.find((u) => u.name === "tpd").remaining;
const runsAtOrigin = (fid) => g.originLog().filter((e) => e.method === "POST" && e.url === "/v1/batches" && e.body.includes(fid)).length;
try {
  const A = "sk-rt32-r1-a"; let r = await g.upload(A, chatLines(7, { maxTokens: 1000 })); const fa = r.j.id;
  console.log(`(a) upload 7 lines: ${r.status}, tpd left ${await tpd(A)} of 12000`);
  r = await g.run(A, fa); console.log(`(a) run 1: ${r.status} from the origin (${r.j?.error?.code}), tpd left ${await tpd(A)}`);
  r = await g.run(A, fa); const x = rl(r); console.log(`(a) retry of run 1: ${x.status} ${x.code} "${x.msg}" Retry-After ${x.ra} s (${(x.ra / 3600).toFixed(1)} h); origin received ${runsAtOrigin(fa)} run(s), ran 0`);
  const B = "sk-rt32-r1-b"; await g.override(B, { tier: "big" }); r = await g.upload(B, chatLines(7, { maxTokens: 1000 })); const fb = r.j.id; const t0 = 100000 - await tpd(B);
  let ok = 0; const st = [];
  for (let i = 0; i < 3 && !ok; i++) { r = await g.run(B, fb); st.push(r.status); if (r.status === 200) ok = 1; }
  const used = 100000 - await tpd(B);
  console.log(`(b) upload charged ${t0} tokens; runs answered ${st.join(", ")} (origin 429, 429, then ran it); tpd used ${used} = ${(used / t0).toFixed(1)}x the file for ONE run at the origin (origin received ${runsAtOrigin(fb)} POST /v1/batches, 1 answered 200)`);
  const bad = x.status === 429 && used >= 1.9 * t0;
  console.log(bad ? "RESULT: REPRODUCED (origin-refused runs are charged as re-runs)" : "RESULT: not reproduced");
} finally { g.stop(); }
