/**
 * Replay of the routes the ninth session taught the replayer (survivors of its mutation run):
 * an operator's free route reserves the tokens it names, a batch run none, and an OpenAI batch
 * upload without its file is refused with the message that says how a trace writes one.
 */
import { describe, expect, it } from "vitest";
import { Replayer, type TraceEvent } from "../../src/engine/replayer.ts";

const T0 = Date.UTC(2026, 10, 2);
const ev = (i: number, extra: Partial<TraceEvent> = {}): TraceEvent => ({ ts: T0 + i * 1000, key: "sk-1", method: "POST", path: "/v1/chat/completions", body: { model: "m", messages: [{ role: "user", content: "q" }], max_tokens: 10 }, ...extra });
const UPLOAD = '/v1/files: an OpenAI batch upload is written in a trace as {"purpose":"batch","file":"<the JSONL input file>"} (a model input as {"purpose":"user_data"})';

describe("Replayer: free routes, batch runs and uploads, exactly", () => {
  it("an operator's free route reserves the tokens it names (GUARD_POLICY.routes); a batch run reserves none", () => {
    const r = new Replayer({ policy: { defaults: { tpd: 5000 }, detection: { mode: "off" }, routes: [{ method: "POST", path: "/v1/audio/speech", provider: "openai", tokens: 4000 }] } });
    const speech = ev(0, { path: "/v1/audio/speech", body: { model: "tts-1", input: "hello" } });
    expect(r.step(speech, 0)).toMatchObject({ action: "allow", served: true });
    expect(r.step({ ...speech, ts: speech.ts + 1000 }, 1)).toMatchObject({ action: "limit", served: false }); // 4,000 more would pass 5,000
    const run = ev(2, { key: "sk-2", path: "/v1/batches", body: { input_file_id: "file-1", endpoint: "/v1/chat/completions", completion_window: "24h" } });
    for (let k = 0; k < 3; k++) expect(r.step({ ...run, ts: run.ts + k }, 2 + k)).toMatchObject({ action: "allow", served: true });
  });
  it("a model input's upload ({purpose: user_data | vision}) is a free request; another purpose without a file is refused", () => {
    const r = new Replayer({ policy: { defaults: { rpm: 2 }, detection: { mode: "off" } } });
    expect(r.step(ev(0, { path: "/v1/files", body: { purpose: "user_data", filename: "a.pdf" } }), 0)).toMatchObject({ action: "allow", served: true });
    expect(r.step(ev(1, { path: "/v1/files", body: { purpose: "vision" } }), 1)).toMatchObject({ action: "allow", served: true });
    expect(r.step(ev(2, { path: "/v1/files", body: { purpose: "vision" } }), 2)).toMatchObject({ action: "limit", served: false }); // rpm 2: counted
    expect(() => r.step(ev(3, { path: "/v1/files", body: { purpose: "fine-tune" } }), 3)).toThrow(UPLOAD);
  });
  it("an upload without its file, with or without a body, is refused with the trace format's message", () => {
    const r = new Replayer({ policy: { detection: { mode: "off" } } });
    expect(() => r.step(ev(0, { path: "/v1/files" }), 0)).toThrow(UPLOAD);
    expect(() => r.step(ev(1, { path: "/v1/files", body: undefined }), 1)).toThrow(UPLOAD);
  });
});
