// R70-3 (low): behind an origin that ignores `dimensions` (an alias or a proxy that drops unsupported
// parameters), a degraded answer comes at the origin's length, not the length the client asked for:
// `dimensions: 512` on text-embedding-3-small -> 1536 components (an index of 512 rejects it).
// Extraction stays bounded (256 nonzero). Ports 8874 (guard) / 8873 (origin) / 8875 (mock).
process.env.GUARD_PORT ||= "8874"; process.env.ORIGIN_PORT ||= "8873"; process.env.MOCK_PORT ||= "8875";
const { startAll, stopAll, degradeKey, embed, decodeVec, nonzero, deadline } = await import("./lib.mjs");
deadline(240000);
await startAll({ originEnv: { ORIGIN_IGNORE_DIMS: "1" } });
const key = "sk-rt70-r3-" + Date.now();
await degradeKey(key);
const r = await embed(key, { model: "text-embedding-3-small", input: "w", dimensions: 512 });
const v = decodeVec(r.json?.data?.[0]?.embedding ?? []);
console.log(`asked 512: ${r.status} ${r.policy} length ${v.length}, nonzero ${nonzero(v)} -> ` + (r.status === 200 && v.length !== 512 ? "REPRODUCED" : "not reproduced"));
stopAll(); process.exit(0);
