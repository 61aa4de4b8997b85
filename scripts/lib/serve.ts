/**
 * Tiny Node http adapter for a web-standard fetch handler (the mock origin, the bench's
 * load-free upstream). Response bodies are streamed (SSE must reach the guard chunk by chunk);
 * request bodies are buffered because every caller here sends small JSON.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";

export type FetchHandler = (req: Request) => Response | Promise<Response>;

export interface Served {
  url: string;
  port: number;
  close(): Promise<void>;
}

async function toRequest(req: IncomingMessage, base: string, signal: AbortSignal): Promise<Request> {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (Array.isArray(v)) for (const x of v) headers.append(k, x);
    else if (v !== undefined) headers.set(k, v);
  }
  const method = req.method ?? "GET";
  let body: Buffer | undefined;
  if (method !== "GET" && method !== "HEAD") {
    const parts: Buffer[] = [];
    for await (const c of req) parts.push(c as Buffer);
    body = Buffer.concat(parts);
  }
  return new Request(new URL(req.url ?? "/", base), { method, headers, body, signal });
}

async function handle(handler: FetchHandler, base: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // Abort the handler's work (e.g. a slow SSE stream) when the client goes away.
  const abort = new AbortController();
  res.on("close", () => abort.abort());
  let response: Response;
  try {
    response = await handler(await toRequest(req, base, abort.signal));
  } catch (err) {
    res.writeHead(500, { "content-type": "text/plain" }).end(`handler error: ${String(err)}`);
    return;
  }
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((v, k) => {
    headers[k] = k === "set-cookie" ? response.headers.getSetCookie() : v;
  });
  res.writeHead(response.status, headers);
  if (!response.body || req.method === "HEAD") {
    res.end();
    return;
  }
  res.flushHeaders();
  const body = Readable.fromWeb(response.body as unknown as NodeWebStream<Uint8Array>);
  body.on("error", () => res.destroy());
  res.on("close", () => body.destroy());
  body.pipe(res);
}

/** Serve `handler` on host:port (port 0 = ephemeral). Resolves once listening. */
export function serveFetch(
  handler: FetchHandler,
  opts: { port?: number; host?: string } = {},
): Promise<Served> {
  const host = opts.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    let base = `http://${host}`;
    const server = createServer((req, res) => void handle(handler, base, req, res));
    server.on("error", reject);
    server.listen(opts.port ?? 0, host, () => {
      const port = (server.address() as AddressInfo).port;
      base = `http://${host}:${port}`;
      resolve({
        url: base,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
