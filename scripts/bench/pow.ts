/**
 * (d) What a challenge costs a client: solving puzzles with the client helper's WebCrypto solver
 * (the code the SDK `fetch` wrapper runs), at the base difficulty a light honest client meets and
 * at the heavier ones a harvester buys its passes at. Bounded: `solves` puzzles per difficulty.
 */
import { issuePuzzle, solvePuzzle } from "../../src/challenge/pow.ts";

export interface PowRow {
  bits: number;
  solves: number;
  meanMs: number;
  p90Ms: number;
  meanAttempts: number;
}

export async function benchPow(bitsList: number[], solves: number): Promise<PowRow[]> {
  const rows: PowRow[] = [];
  for (const bits of bitsList) {
    const ms: number[] = [];
    let attempts = 0;
    for (let i = 0; i < solves; i++) {
      const { token } = await issuePuzzle("bench-secret-0123456789", { keyId: "k_bench", route: "chat", bits, nowMs: Date.now(), ttlMs: 600_000 });
      const t0 = performance.now();
      const r = await solvePuzzle(token);
      ms.push(performance.now() - t0);
      attempts += r.attempts;
    }
    ms.sort((a, b) => a - b);
    rows.push({ bits, solves, meanMs: ms.reduce((a, b) => a + b, 0) / solves, p90Ms: ms[Math.floor(0.9 * (solves - 1))]!, meanAttempts: attempts / solves });
  }
  return rows;
}
