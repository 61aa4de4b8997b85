/**
 * The mock origin in its own process for the bench, so the load generator and the origin do not
 * share one event loop. Prints `listening <url>` once ready; exits when stdin closes or on SIGTERM.
 */
import { handleMockRequest } from "../../src/mock/origin.ts";
import { serveFetch } from "../lib/serve.ts";

// A request with `x-mock-content-length: 1` gets its non-streamed answer with a content-length
// (scripts/bench/answer-read.ts); every other answer is sent chunked, as the origin serves it.
const handler = async (r: Request): Promise<Response> => {
  const res = await handleMockRequest(r);
  if (r.headers.get("x-mock-content-length") !== "1" || (res.headers.get("content-type") ?? "").includes("event-stream") || !res.body) return res;
  const b = new Uint8Array(await res.arrayBuffer());
  const h = new Headers(res.headers);
  h.set("content-length", String(b.length));
  return new Response(b, { status: res.status, headers: h });
};
const served = await serveFetch(handler, { port: 0, host: "127.0.0.1" });
console.log(`listening ${served.url}`);
const stop = () => void served.close().then(() => process.exit(0));
process.stdin.on("end", stop).resume();
process.on("SIGTERM", stop);
