// heavy batch uploads on the degraded key while it embeds: does any embeddings request fail open?
import { degradeKey, embed, decodeVec, nonzero, sleep } from "./lib.mjs";
import { upload, embLine } from "./batchlib.mjs";
const key = "sk-rt70-fo-" + process.pid;
await degradeKey(key);
const NL = Number(process.argv[2] || 50000), UP = Number(process.argv[3] || 2);
const lines = Array.from({ length: NL }, (_, i) => embLine(i, { model: "text-embedding-ada-002", input: ["doc " + i + " " + "lorem ipsum ".repeat(Number(process.argv[4] || 1)), "z" + i] }));
let done = false; const res = { whole: 0, degraded: 0, other: 0 };
const t0 = Date.now();
const ups = Promise.all(Array.from({ length: UP }, () => upload(key, lines).then((u) => { console.log("upload", u.status, Date.now() - t0, "ms", JSON.stringify(u.json).slice(0, 120)); }))).then(() => { done = true; });
const probe = (async () => {
  for (let i = 0; i < 400 && !done && Date.now() - t0 < 120000; i++) {
    const ts = Date.now();
    const r = await embed(key, { model: "text-embedding-ada-002", input: "probe " + i });
    const nz = r.json?.data ? nonzero(decodeVec(r.json.data[0].embedding)) : -1;
    if (nz > 256) res.whole++; else if (nz === 256) res.degraded++; else res.other++;
    console.log("probe", i, r.status, r.policy, nz, Date.now() - ts, "ms", r.text.slice(0, 100));
    await sleep(50);
  }
})();
await ups; await probe;
console.log("probes:", JSON.stringify(res), "total", Date.now() - t0, "ms");
