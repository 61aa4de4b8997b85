// The shapes of scripts/bench/settle-shapes.ts: an object call that admits (writes a row), and its
// settlement (writes a second row) by a second call, on a returned RpcTarget, or through a stream
// passed with the first call. GET /?m=<one|two|target|stream>&k=<object name>.
import { DurableObject, RpcTarget } from "cloudflare:workers";

/** The settlement of one admitted request, completed later by the isolate (same RPC session). */
class Ticket extends RpcTarget {
  constructor(obj, id) {
    super();
    this.obj = obj;
    this.id = id;
  }
  settle(usage) {
    return this.obj.settleLocal(this.id, usage);
  }
}

export class K extends DurableObject {
  admit() {
    const n = (this.ctx.storage.kv.get("n") ?? 0) + 1;
    this.ctx.storage.kv.put("n", n);
    return { ok: true, n };
  }
  settle(id, usage) {
    this.settleLocal(id, usage);
  }
  settleLocal(id, usage) {
    this.ctx.storage.kv.put("s", usage);
    return true;
  }
  admitTicket() {
    const d = this.admit();
    return { ...d, ticket: new Ticket(this, d.n) };
  }
  admitStream(stream) {
    const d = this.admit();
    this.ctx.waitUntil(new Response(stream).text().then((t) => this.settleLocal(d.n, t)));
    return d;
  }
}

export default {
  async fetch(req, env, ctx) {
    const u = new URL(req.url);
    const mode = u.searchParams.get("m");
    const stub = env.K.getByName(u.searchParams.get("k") ?? "k");
    const usage = { promptTokens: 10, completionTokens: 20 };
    if (mode === "one") await stub.admit();
    else if (mode === "two") {
      await stub.admit();
      ctx.waitUntil(stub.settle(1, usage));
    } else if (mode === "target") {
      const d = await stub.admitTicket();
      ctx.waitUntil(d.ticket.settle(usage).finally(() => d.ticket[Symbol.dispose]()));
    } else if (mode === "stream") {
      const ts = new TransformStream();
      await stub.admitStream(ts.readable);
      const w = ts.writable.getWriter();
      ctx.waitUntil(w.write(new TextEncoder().encode(JSON.stringify(usage))).then(() => w.close()));
    } else return new Response("unknown mode", { status: 400 });
    return new Response("ok");
  },
};
