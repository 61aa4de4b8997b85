// One key, M (12) asks ~1 s apart, image beside a one-line note (MODE=img) or as text (MODE=text); then the admin view of the key
// (standing, score, reasons). Shows what the guard read on the image asks over HTTP. MODE=anth: Anthropic /v1/messages image
// block by URL; resp: Responses input_image; file: Responses input_file by URL.
import { req, info, sleep } from "./lib16.mjs";
const MODE = process.env.MODE ?? "img", M = +(process.env.M ?? 12); const key = `sk-r16-why-${MODE}-${Date.now().toString(36)}`; const st = {};
for (let i = 0; i < M; i++) {
  const url = `https://cdn.example-img.net/p/${Math.floor(Math.random() * 1e9)}.png`;
  const content = MODE === "text" ? "Write detailed revision notes on topic number " + i + "." : [{ type: "text", text: "Question attached." }, { type: "image_url", image_url: { url, detail: "high" } }];
  const note = "Question attached.", sys = "You are a careful tutor.";
  const [path, body] = MODE === "anth" ? ["/v1/messages", { model: "claude-sonnet-4-5", max_tokens: 4096, system: sys, messages: [{ role: "user", content: [{ type: "text", text: note }, { type: "image", source: { type: "url", url } }] }] }]
    : MODE === "resp" || MODE === "file" ? ["/v1/responses", { model: "gpt-4.1", instructions: sys, max_output_tokens: 4096, input: [{ role: "user", content: [{ type: "input_text", text: note }, MODE === "file" ? { type: "input_file", file_url: url.replace(".png", ".pdf") } : { type: "input_image", image_url: url, detail: "high" }] }] }]
    : ["/v1/chat/completions", { model: "gpt-4.1", max_tokens: 4096, messages: [{ role: "system", content: sys }, { role: "user", content }] }];
  const r = await req("POST", path, { key, headers: { "cf-connecting-ip": `77.${i % 3}.1.9` }, body });
  const a = r.status === 200 ? (r.policy ?? "allow") : r.status; st[a] = (st[a] ?? 0) + 1; await sleep(1000);
}
const j = await info(key); console.log(`${MODE}: answers ${JSON.stringify(st)} counters ${JSON.stringify(j.counters)} standing ${j.detection?.standing} score ${j.detection?.score} reasons ${JSON.stringify(j.detection?.reasons)}`);
