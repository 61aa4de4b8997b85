// R20: what a key that is DENIED (admin deny list) or CHALLENGED (tier chal) still gets from the origin, route by route,
// including a stored response and a batch it created while allowed, and a user_data upload (a free request).
import { G, setTier, keyId, admin, logLen, logSince, sleep, req } from "./lib20.mjs";
for (const ACT of ["deny", "chal"]) {
  const KEY = `sk-rt20-st${ACT}-` + Date.now().toString(36); await setTier(KEY, "nodet"); const id = await keyId(KEY);
  // while allowed: a stored foreground response, a background one, a message batch
  const fg = JSON.parse((await req("POST", "/v1/responses", { key: KEY, body: { model: "m@out=50", input: "hi", store: true } })).text).id;
  const bg = JSON.parse((await req("POST", "/v1/responses", { key: KEY, body: { model: "m@out=50", input: "hi", background: true } })).text).id;
  const mb = JSON.parse((await req("POST", "/v1/messages/batches", { key: KEY, body: { requests: [{ custom_id: "a", params: { model: "m", max_tokens: 50, messages: [{ role: "user", content: "hi" }] } }] } })).text).id;
  await sleep(300);
  if (ACT === "deny") await admin("PUT", `/lists/deny/${id}`, {}); else await setTier(KEY, "chal");
  await sleep(1500);
  const up = `--B\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nuser_data\r\n--B\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 x\r\n--B--\r\n`;
  const C = [["GET", "/v1/models"], ["GET", "/v1/models/gpt-4o"], ["POST", "/v1/messages/count_tokens", { model: "m", messages: [{ role: "user", content: "hi" }] }],
    ["GET", `/v1/responses/${fg}`], ["GET", `/v1/responses/${bg}`], ["GET", `/v1/responses/${fg}/input_items`], ["POST", `/v1/responses/${bg}/cancel`], ["DELETE", `/v1/responses/${fg}`],
    ["GET", `/v1/messages/batches/${mb}`], ["GET", `/v1/messages/batches/${mb}/results`], ["GET", "/v1/messages/batches"], ["GET", "/v1/files"], ["GET", "/v1/batches"],
    ["POST", "/v1/chat/completions", { model: "m", max_tokens: 5, messages: [{ role: "user", content: "hi" }] }], ["POST", "/v1/responses", { model: "m", input: "hi", previous_response_id: fg }],
    ["POST", "/v1/embeddings", { model: "e", input: "hi" }], ["UPLOAD", "/v1/files"]];
  const out = [];
  for (const [m, p, b] of C) { const k = logLen(); let r;
    if (m === "UPLOAD") { const x = await fetch(G + p, { method: "POST", headers: { authorization: "Bearer " + KEY, "content-type": "multipart/form-data; boundary=B" }, body: up }); r = { status: x.status, text: await x.text() }; }
    else r = await req(m, p, { key: KEY, body: b }); await sleep(120);
    const got = logSince(k).length; out.push(`${m} ${p.replace(/resp_\w+|msgbatch_\w+/, "{id}")}: ${r.status}${got ? " ORIGIN GOT IT" : ""}`); }
  console.log(`== ${ACT}\n  ` + out.join("\n  "));
}
