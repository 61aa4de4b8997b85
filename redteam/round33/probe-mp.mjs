import { startOrigin, startGuard, call, sleep } from "./lib.mjs";
const origin = await startOrigin(9403, {});
const policy = { defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9401, inspectorPort: 9409, upstream: "http://127.0.0.1:9403", policy, tag: "probe" });
let raws = [];
origin.opts.hook = async (req, res, rec, body, raw) => { if (rec.path === "/v1/files") raws.push({ ct: req.headers["content-type"], raw: raw.toString() }); return false; };
const line = (i, cap) => JSON.stringify({ custom_id: "c" + i, method: "POST", url: "/v1/chat/completions", body: { model: "m", max_tokens: cap, messages: [{ role: "user", content: "q" + i }] } });
async function send(name, ct, body) {
  const r = await fetch(g.base + "/v1/files", { method: "POST", headers: { authorization: "Bearer sk-mp", "content-type": ct }, body });
  const t = await r.text();
  console.log("==", name, r.status, t.slice(0, 160));
  const last = raws.pop(); if (last) { console.log("  origin ct:", last.ct); console.log("  origin body:", JSON.stringify(last.raw).slice(0, 700)); }
}
try {
  const B = "XyZ";
  const part = (name, val, extra = "") => `--${B}\r\nContent-Disposition: form-data; name="${name}"${extra}\r\n\r\n${val}\r\n`;
  const fpart = (content, name = "file") => `--${B}\r\nContent-Disposition: form-data; name="${name}"; filename="a.jsonl"\r\nContent-Type: application/jsonl\r\n\r\n${content}\r\n`;
  await send("plain", `multipart/form-data; boundary=${B}`, part("purpose", "batch") + fpart(line(0, 10) + "\n") + `--${B}--\r\n`);
  await send("two file parts", `multipart/form-data; boundary=${B}`, part("purpose", "batch") + fpart(line(0, 10) + "\n") + fpart(line(1, 4000) + "\n" + line(2, 4000) + "\n") + `--${B}--\r\n`);
  await send("content after close", `multipart/form-data; boundary=${B}`, part("purpose", "batch") + fpart(line(0, 10) + "\n") + `--${B}--\r\n` + fpart(line(1, 4000) + "\n") + `--${B}--\r\n`);
} finally { g.kill(); await origin.close(); }
