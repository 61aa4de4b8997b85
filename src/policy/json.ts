/** Shapes of parsed JSON, shared by the pure core, the proxy and the state codecs. */

/** A JSON object (not null, not an array): its fields can be read by name. */
export function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
