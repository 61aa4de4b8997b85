// The floor for a cold key: the bare pass-through plus one Durable Object call per request that
// writes one row (what any exact per-key limiter deciding each request in its object must pay at
// least). Counts the calls and rows it makes; GET /__io returns them (the Worker and its objects
// share one isolate under Miniflare, so one counter sees both).
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
}

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname === "/__io") return Response.json(IO);
    const key = request.headers.get("authorization") ?? "anonymous";
    IO.doCalls++;
    await env.FLOOR.getByName(key).hit();
    const upstream = new URL(url.pathname + url.search, env.UPSTREAM_URL);
    const headers = new Headers(request.headers);
    headers.delete("host");
    const res = await fetch(upstream, { method: request.method, headers, body: request.body });
    return new Response(res.body, { status: res.status, headers: res.headers });
  },
};
