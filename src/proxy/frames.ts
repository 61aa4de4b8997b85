/**
 * Each key's FrameMemory in this isolate (detect/frame.ts: block hashes of its last two long input
 * turns, never text), for the FRAMES_KEPT keys used most recently. A key whose requests are spread
 * over many isolates is framed from its second long turn in each.
 */
import { type FrameMemory, newFrameMemory } from "../detect/frame.ts";

export const FRAMES_KEPT = 2048;
const frames = new Map<string, FrameMemory>();

export function frameFor(keyId: string): FrameMemory {
  let f = frames.get(keyId);
  if (f !== undefined) frames.delete(keyId);
  else {
    f = newFrameMemory();
    if (frames.size >= FRAMES_KEPT) frames.delete(frames.keys().next().value!);
  }
  frames.set(keyId, f);
  return f;
}
