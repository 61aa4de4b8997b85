// Bare pass-through Worker: the bench's baseline. Same wire work as the guard's proxy path
// (forward method, headers, body to UPSTREAM_URL + path; stream the answer back), nothing else.
export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const upstream = new URL(url.pathname + url.search, env.UPSTREAM_URL);
    const headers = new Headers(request.headers);
    headers.delete("host");
    const res = await fetch(upstream, { method: request.method, headers, body: request.body });
    return new Response(res.body, { status: res.status, headers: res.headers });
  },
};
