/**
 * The bench's open-loop generator (scripts/bench/load.ts): latency is counted from each request's
 * scheduled arrival, so a stall that delays the generator's sends is charged to the requests it
 * delayed (a closed loop or a send-time clock would hide it: coordinated omission), and every run
 * is bounded by its count and its wall time.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runOpenLoad } from "../../scripts/bench/load.ts";

let server: Server;
let url = "";
const HOLD_MS = 20;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => setTimeout(() => res.writeHead(200, { "content-type": "application/json" }).end("{}"), HOLD_MS));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const build = () => ({ path: "/", headers: {}, body: Buffer.from("{}") });

describe("runOpenLoad", () => {
  it("answers every request and counts each one's time at the origin", async () => {
    const r = await runOpenLoad({ url, build, rate: 200, maxRequests: 40, maxMs: 5000, seed: 3 });
    expect(r.requests).toBe(40);
    expect(r.statuses).toEqual({ 200: 40 });
    expect(r.p50).toBeGreaterThanOrEqual(HOLD_MS - 1);
    // arrivals overlap at 200/s with 20 ms answers: an open loop does not wait for the previous one
    expect(r.seconds).toBeLessThan((40 * HOLD_MS) / 1000);
  });

  it("charges a stall of the sender to the requests it delayed (latency from the scheduled arrival)", async () => {
    const STALL_MS = 200;
    // block this event loop shortly after the run starts: sends scheduled inside the stall go late
    setTimeout(() => {
      const end = performance.now() + STALL_MS;
      while (performance.now() < end);
    }, 30);
    const r = await runOpenLoad({ url, build, rate: 200, maxRequests: 60, maxMs: 5000, seed: 5 });
    expect(r.late).toBeGreaterThan(20);
    // ~40 of the 60 arrivals fall inside the stall, and wait on average half of it: the median
    // shows it (measured from their sends they would take ~HOLD_MS; the p99 would show the stall
    // either way, through the requests in flight when it began)
    expect(r.p50).toBeGreaterThan(HOLD_MS + 30);
  });

  it("refuses a rate, count or time bound that is not a positive number (an unbounded run otherwise)", async () => {
    for (const bad of [{ rate: Number.NaN }, { rate: 0 }, { maxRequests: -1 }, { maxMs: Number.POSITIVE_INFINITY }]) {
      await expect(runOpenLoad({ url, build, rate: 100, maxRequests: 10, maxMs: 1000, ...bad })).rejects.toThrow(/must be a positive number/);
    }
  });

  it("stops at its wall-time bound", async () => {
    const t0 = performance.now();
    const r = await runOpenLoad({ url, build, rate: 100, maxRequests: 10_000, maxMs: 300, seed: 9 });
    expect(r.requests).toBeLessThan(60);
    expect(performance.now() - t0).toBeLessThan(300 + 1000);
  });
});
