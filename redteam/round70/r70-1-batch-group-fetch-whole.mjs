// R70-1: a degraded key's embeddings batch, fetched by another key of its batch group that is not
// degraded, comes back whole (3072 components), while the creator fetching the same file gets 256.
import { startAll, stopAll, degradeKey, keyId, admin, decodeVec, nonzero, deadline } from "./lib.mjs";
import { runEmbBatch, jget, embLine } from "./batchlib.mjs";
deadline(240000);
await startAll();
const k1 = "sk-rt70-r1-harvest-" + Date.now(), k2 = "sk-rt70-r1-collector-" + Date.now();
const grp = "rt70-" + Date.now();
await degradeKey(k1, { batchGroup: grp });
await admin("PUT", `/keys/${await keyId(k2)}/overrides`, { batchGroup: grp });
const lines = Array.from({ length: 20 }, (_, i) => embLine(i, { model: "text-embedding-3-large", input: [`passage ${i} a`, `passage ${i} b`], ...(i % 2 ? { encoding_format: "base64" } : {}) }));
const b = await runEmbBatch(k1, lines, k2);
if (!b.out) { console.log("not reproduced: batch failed", JSON.stringify(b)); stopAll(); process.exit(1); }
async function fetchAs(k) {
  const f = await jget(k, "/v1/files/" + b.out + "/content");
  const nz = f.text.split("\n").filter(Boolean).flatMap((l) => JSON.parse(l).response?.body?.data?.map((d) => nonzero(decodeVec(d.embedding))) ?? [-1]);
  return { status: f.status, policy: f.headers.get("x-guard-policy"), nz };
}
const st = (await admin("GET", "/keys/" + (await keyId(k1)))).detection?.standing;
const creator = await fetchAs(k1), other = await fetchAs(k2);
const whole = other.nz.filter((n) => n > 256).length;
console.log(`creator standing ${st} (upload x-guard-policy ${b.upPolicy}); creator fetch: ${creator.status} ${creator.policy} vectors with >256 nonzero components ${creator.nz.filter((n) => n > 256).length}/${creator.nz.length} (max ${Math.max(...creator.nz)}); group key fetch: ${other.status} ${other.policy} ${whole}/${other.nz.length} whole (max ${Math.max(...other.nz)} components) -> ` +
  (st === "degrade" && whole > 0 && creator.nz.every((n) => n <= 256) ? "REPRODUCED" : "not reproduced"));
stopAll(); process.exit(0);
