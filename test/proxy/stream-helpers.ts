/** Stream helpers shared by the proxy's unit tests. */

/** Everything `s` yields, decoded as UTF-8 (a character split between chunks is joined). */
export async function drain(s: ReadableStream<Uint8Array>): Promise<string> {
  const dec = new TextDecoder();
  let out = "";
  const r = s.getReader();
  for (;;) {
    const { done, value } = await r.read();
    if (done) return out + dec.decode();
    out += dec.decode(value, { stream: true });
  }
}
