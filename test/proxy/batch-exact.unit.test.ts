/**
 * An OpenAI batch upload whose file part has an empty file name (a hand-built multipart body may
 * send `filename=""`): the rebuilt upload names it batch.jsonl rather than sending no name.
 */
import { describe, expect, it } from "vitest";
import { openaiUpload } from "../../src/proxy/batch.ts";

describe("openaiUpload, exact", () => {
  it("an empty file name is forwarded as batch.jsonl", async () => {
    const line = JSON.stringify({ custom_id: "c1", method: "POST", url: "/v1/chat/completions", body: { model: "m", messages: [{ role: "user", content: "hi" }] } });
    const body = `--B\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n--B\r\nContent-Disposition: form-data; name="file"; filename=""\r\nContent-Type: application/jsonl\r\n\r\n${line}\r\n--B--\r\n`;
    const parsed = await openaiUpload(new TextEncoder().encode(body), "multipart/form-data; boundary=B");
    const file = (parsed.forward() as FormData).get("file") as File;
    expect([file.name, file.type, await file.text()]).toEqual(["batch.jsonl", "application/jsonl", `${line}\n`]);
  });
});
