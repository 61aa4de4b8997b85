// The floor for a cold key: the bare pass-through plus one Durable Object call per request that
// writes one row (what any exact per-key limiter deciding each request in its object must pay at
// least). With SETTLE = "1", a second call after the answer writes a second row: the floor of a
// limiter that also releases the request's concurrency slot and charges its real usage durably
// (docs/performance.md, "Why a lone request costs two calls and two rows"). Counts the calls and
// rows it makes; GET /__io returns them (the Worker and its objects share one isolate under
// Miniflare, so one counter sees both).
import { DurableObject } from "cloudflare:workers";

const IO = { doCalls: 0, objectCalls: 0, rowsWritten: 0 };

export class Floor extends DurableObject {
  hit() {
    IO.objectCalls++;
    const n = (this.ctx.storage.kv.get("n") ?? 0) + 1;
    this.ctx.storage.kv.put("n", n);
    IO.rowsWritten++;
    return n;
  }

  settle() {
    IO.objectCalls++;
    this.ctx.storage.kv.put("s", Date.now());
    IO.rowsWritten++;
  }
}

export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (url.pathname === "/__io") return Response.json(IO);
    const key = request.headers.get("authorization") ?? "anonymous";
    IO.doCalls++;
    const stub = env.FLOOR.getByName(key);
    await stub.hit();
    const upstream = new URL(url.pathname + url.search, env.UPSTREAM_URL);
    const headers = new Headers(request.headers);
    headers.delete("host");
    const res = await fetch(upstream, { method: request.method, headers, body: request.body });
    if (env.SETTLE === "1") {
      IO.doCalls++;
      ctx.waitUntil(stub.settle());
    }
    return new Response(res.body, { status: res.status, headers: res.headers });
  },
};
