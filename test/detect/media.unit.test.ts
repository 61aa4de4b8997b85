/**
 * Asks the guard cannot read (red team R15-1): a question rendered into an image, or put in a PDF
 * by URL, beside a one-line note. Every content signal reads text, so what was left was the
 * answer's shape, and it was read against the billed prompt: a 765-token image made a 2,100-token
 * answer 2.6x its prompt, and 300 keys x 30 asks were served in full (0 flagged). Now
 * - each media part's reference (URL, file id, inline data) is part of its turn's payload hash:
 *   one note beside a different image each time is many payloads, the same image asked again one;
 * - the answer is read against the prompt the readable text stands for (Usage.readablePrompt),
 *   never more than was billed.
 */
import { describe, expect, it } from "vitest";
import { buildPromptView, extractSignals, newDetectState, observeRequest, observeUsage } from "../../src/detect/index.ts";
import { readableTokens, withExchange } from "../../src/proxy/usage.ts";

const NET = { ip: "203.0.113.9", asn: 64500, country: "NL" };
const T0 = Date.UTC(2026, 10, 2);

const imageAsk = (url: string, note = "Question in the picture.") => ({
  model: "gpt-4o",
  max_tokens: 4096,
  messages: [
    { role: "system", content: "You're a careful analyst. Use headings and examples." },
    { role: "user", content: [{ type: "text", text: note }, { type: "image_url", image_url: { url, detail: "high" } }] },
  ],
});
const sig = (body: Record<string, unknown>, route: "chat" | "responses" | "messages" = "chat") => extractSignals(buildPromptView(route, body), NET);

describe("media references are part of the payload", () => {
  it("one note beside different images: different payloads; the same image again: the same; no media: as before", () => {
    const a = sig(imageAsk("https://img.example.net/u/1.png"));
    const b = sig(imageAsk("https://img.example.net/u/2.png"));
    const a2 = sig(imageAsk("https://img.example.net/u/1.png"));
    expect(a.ph).not.toBe(b.ph);
    expect(a.ph).toBe(a2.ph);
    const text = sig({ model: "m", messages: [{ role: "user", content: "Question in the picture." }] });
    expect(text.ph).not.toBe(a.ph);
    expect(text.md).toBeUndefined();
    expect(a.md).toBe(1);
  });

  it("inline data: read whole up to 16 KB (a difference anywhere counts); beyond, its length, 32 slices and its end", () => {
    const head = "data:image/png;base64," + "iVBORw0KGgoAAAANSUhEUgAA".repeat(20);
    const end = "AAAAAElFTkSuQmCC";
    const small = (mid: string) => sig(imageAsk(head + "x".repeat(4000) + mid + "y".repeat(500) + end));
    expect(small("AAAA").ph).not.toBe(small("BBBB").ph);
    expect(small("AAAA").ph).toBe(small("AAAA").ph);
    // 200 KB: a different checksum before the end chunk, or a different length, is another image
    const big = (crc: string, pad = 0) => sig(imageAsk(head + "z".repeat(200_000 + pad) + crc + end));
    expect(big("CRC1").ph).not.toBe(big("CRC2").ph);
    expect(big("CRC1").ph).not.toBe(big("CRC1", 4).ph);
    expect(big("CRC1").ph).toBe(big("CRC1").ph);
  });

  it("every route's media: Responses input_image / input_file, Anthropic image and document sources, chat files", () => {
    const resp = (part: Record<string, unknown>) => sig({ model: "m", input: [{ role: "user", content: [{ type: "input_text", text: "See attached." }, part] }] }, "responses");
    expect(resp({ type: "input_image", image_url: "https://x/1.png" }).ph).not.toBe(resp({ type: "input_image", image_url: "https://x/2.png" }).ph);
    expect(resp({ type: "input_file", file_url: "https://x/a.pdf" }).ph).not.toBe(resp({ type: "input_file", file_url: "https://x/b.pdf" }).ph);
    expect(resp({ type: "input_file", file_id: "file-1" }).ph).not.toBe(resp({ type: "input_file", file_id: "file-2" }).ph);
    const anth = (source: Record<string, unknown>, type = "image") => sig({ model: "m", max_tokens: 100, messages: [{ role: "user", content: [{ type, source }, { type: "text", text: "Answer it." }] }] }, "messages");
    expect(anth({ type: "url", url: "https://x/1.png" }).ph).not.toBe(anth({ type: "url", url: "https://x/2.png" }).ph);
    expect(anth({ type: "base64", media_type: "application/pdf", data: "JVBERi0xLjQK" + "a".repeat(300) }, "document").ph).not.toBe(
      anth({ type: "base64", media_type: "application/pdf", data: "JVBERi0xLjQK" + "b".repeat(300) }, "document").ph,
    );
    const chatFile = (id: string) => sig({ model: "m", messages: [{ role: "user", content: [{ type: "file", file: { file_id: id } }, { type: "text", text: "Summarise." }] }] });
    expect(chatFile("file-a").ph).not.toBe(chatFile("file-b").ph);
    expect(anth({ type: "url", url: "https://x/1.png" }).md).toBe(1);
  });

  it("a follow-up to an image turn names that turn as it was sent (pv = its ph): the conversation is still one", () => {
    const first = imageAsk("https://img.example.net/u/7.png", "What is in this chart?");
    const s1 = sig(first);
    const follow = { ...first, messages: [...first.messages, { role: "assistant", content: "It shows sales by month." }, { role: "user", content: "Which month was best?" }] };
    const s2 = sig(follow);
    expect(s2.pv).toBe(s1.ph);
    expect(s2.md).toBe(1);
    // a system prompt's image is nobody's turn
    const sysImg = sig({ model: "m", max_tokens: 10, system: [{ type: "image", source: { type: "url", url: "https://x/logo.png" } }], messages: [{ role: "user", content: "Question in the picture." }] }, "messages");
    expect(sysImg.ph).toBe(sig({ model: "m", max_tokens: 10, messages: [{ role: "user", content: "Question in the picture." }] }, "messages").ph);
    const chatSys = (content: unknown) => sig({ model: "m", messages: [{ role: "system", content }, { role: "user", content: "Question in the picture." }] });
    expect(chatSys([{ type: "text", text: "Brand kit:" }, { type: "image_url", image_url: { url: "https://x/logo.png" } }]).ph).toBe(chatSys("Brand kit:").ph);
  });
});

describe("answers are read against the prompt the readable text stands for", () => {
  it("withExchange says what the readable text stands for when a request carried media, and only then", () => {
    const s = sig(imageAsk("https://img.example.net/u/1.png"));
    const u = withExchange({ promptTokens: 830, completionTokens: 2100 }, s, undefined);
    expect(u.readablePrompt).toBe(readableTokens(s.pl));
    expect(u.readablePrompt).toBeLessThan(60);
    const t = withExchange({ promptTokens: 40, completionTokens: 2100 }, sig({ model: "m", messages: [{ role: "user", content: "Explain tides in depth." }] }), undefined);
    expect(t.readablePrompt).toBeUndefined();
    expect(readableTokens(0)).toBe(1);
    expect(readableTokens(101)).toBe(52);
  });

  it("an image ask's 2,100-token answer is a long answer (>= 8x the readable prompt), as the same ask in text is; billed alone it was not", () => {
    const run = (readable: boolean) => {
      const st = newDetectState();
      for (let i = 0; i < 10; i++) {
        // without the system prompt, which the key would repeat (a static prefix is read away since
        // red team R16-2: what this test compares is the billed image against the readable note)
        const body = imageAsk(`https://img.example.net/u/${i}.png`);
        const s = sig({ ...body, messages: body.messages.slice(1) });
        observeRequest(st, s, T0 + i * 60_000);
        const u = withExchange({ promptTokens: 830, completionTokens: 2100 }, s, undefined);
        if (!readable) delete u.readablePrompt;
        observeUsage(st, u, T0 + i * 60_000 + 20_000);
      }
      return st;
    };
    const seen = run(true);
    const billed = run(false);
    expect(seen.longAnswers).toBeGreaterThan(9.9);
    expect(billed.longAnswers).toBe(0);
    expect(seen.completionTokens / seen.promptTokens).toBeGreaterThan(24);
    expect(billed.completionTokens / billed.promptTokens).toBeLessThan(3);
  });

  it("never more than was billed: a readable estimate above the billed prompt reads the billed one", () => {
    const st = newDetectState();
    observeUsage(st, { promptTokens: 100, completionTokens: 900, readablePrompt: 5000 }, T0);
    expect(st.promptTokens).toBe(100);
    expect(st.longAnswers).toBe(1);
  });
});
