/**
 * The isolate's frame memories (src/proxy/frames.ts): one per key, the same one for the key's next
 * request, and no more than FRAMES_KEPT keys (the least recently used go first).
 */
import { describe, expect, it } from "vitest";
import { FRAMES_KEPT, frameFor } from "../../src/proxy/frames.ts";

describe("frameFor", () => {
  it("gives a key the same memory each time, and keeps the FRAMES_KEPT keys used last", () => {
    const a = frameFor("key-a");
    expect(frameFor("key-a")).toBe(a);
    const b0 = frameFor("key-b");
    expect(b0).not.toBe(a);
    // key-a used again, then FRAMES_KEPT - 1 other keys: key-a is still there, key-b is gone
    frameFor("key-a");
    for (let i = 0; i < FRAMES_KEPT - 1; i++) frameFor(`other-${i}`);
    expect(frameFor("key-a")).toBe(a);
    expect(frameFor("key-b")).not.toBe(b0);
  });
});
