/** Test helper: split an SSE body into frames ({event?, data}) exactly as a client would. */
export interface Frame {
  event?: string;
  data: string;
}

export function parseSse(text: string): Frame[] {
  return text
    .split("\n\n")
    .filter((block) => block.trim() !== "")
    .map((block) => {
      const frame: Frame = { data: "" };
      for (const line of block.split("\n")) {
        if (line.startsWith("event: ")) frame.event = line.slice(7);
        else if (line.startsWith("data: ")) frame.data += line.slice(6);
      }
      return frame;
    });
}

export function jsonFrames(text: string): Record<string, any>[] {
  return parseSse(text)
    .filter((f) => f.data !== "[DONE]")
    .map((f) => JSON.parse(f.data) as Record<string, any>);
}
