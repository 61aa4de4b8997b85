// Goal 2: what a challenge costs a harvester who solves puzzles natively (node:crypto, one core),
// per the README's puzzle format: SHA-256("<token>:<counter>") with `bits` leading zero bits.
import crypto from "node:crypto";
const token = "x".repeat(120); // a puzzle token is of this order of length; the cost does not depend on it much
function lz(buf) { let n = 0; for (const b of buf) { if (b === 0) { n += 8; continue; } n += Math.clz32(b) - 24; break; } return n; }
for (const bits of [12, 16, 20, 22]) {
  const trials = bits >= 20 ? 3 : 20;
  let hashes = 0; const t0 = process.hrtime.bigint();
  for (let t = 0; t < trials; t++) {
    const tk = token + t;
    for (let c = 0; ; c++) { hashes++; if (lz(crypto.createHash("sha256").update(tk + ":" + c).digest()) >= bits) break; }
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 / trials;
  console.log(`${bits} bits: ${ms.toFixed(1)} ms per puzzle on one core (${Math.round(hashes / trials)} hashes), i.e. ${(ms / 50).toFixed(2)} ms per served request at 50 requests per pass`);
}
