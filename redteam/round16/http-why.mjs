// One key, M (12) asks ~1 s apart, image beside a one-line note (MODE=img) or as text (MODE=text); then the admin view of the key
// (standing, score, reasons). Shows what the guard read on the image asks over HTTP.
import { req, info, sleep } from "./lib16.mjs";
const MODE = process.env.MODE ?? "img", M = +(process.env.M ?? 12); const key = `sk-r16-why-${MODE}-${Date.now().toString(36)}`; const st = {};
for (let i = 0; i < M; i++) {
  const url = `https://cdn.example-img.net/p/${Math.floor(Math.random() * 1e9)}.png`;
  const content = MODE === "text" ? "Write detailed revision notes on topic number " + i + "." : [{ type: "text", text: "Question attached." }, { type: "image_url", image_url: { url, detail: "high" } }];
  const r = await req("POST", "/v1/chat/completions", { key, headers: { "cf-connecting-ip": `77.${i % 3}.1.9` }, body: { model: "gpt-4.1", max_tokens: 4096, messages: [{ role: "system", content: "You are a careful tutor." }, { role: "user", content }] } });
  const a = r.status === 200 ? (r.policy ?? "allow") : r.status; st[a] = (st[a] ?? 0) + 1; await sleep(1000);
}
const j = await info(key); console.log(MODE, JSON.stringify(st), JSON.stringify(j).slice(0, 1500));
