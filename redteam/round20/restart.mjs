// R20: does a key's limit state survive a restart of the guard (objects reloaded from storage, the stored form written
// sparse since 2c7835d)? PHASE=before: key D in token debt (2 URL images = 40k billed on tpd 20,000), key R with rpm 10
// drained, key H leased hot then drained to rpm 100 - 100, key C with concurrency 1 and a 20 s stream in flight (cut by the
// restart). PHASE=after: remaining per key, and what a request gets.
import fs from "node:fs"; import { setTier, info, sleep, G, req } from "./lib20.mjs";
const F = new URL("./out/restart.json", import.meta.url).pathname; const PH = process.env.PHASE ?? "before";
const chat = (key, extra = {}) => req("POST", "/v1/chat/completions", { key, body: { model: "m@out=20", max_tokens: 20, messages: [{ role: "user", content: "hi" }], ...extra } });
const rem = async (k) => (await info(k)).usage.map((u) => u.name + "=" + u.remaining).join(" ");
if (PH === "before") {
  const s = Date.now().toString(36); const K = { D: `sk-rt20-rsD-${s}`, R: `sk-rt20-rsR-${s}`, H: `sk-rt20-rsH-${s}`, C: `sk-rt20-rsC-${s}` };
  await setTier(K.D, "small"); await setTier(K.R, "pro", { rpm: 10 }); await setTier(K.H, "pro", { rpm: 100, concurrency: 1000 }); await setTier(K.C, "pro", { concurrency: 1 });
  const d = await req("POST", "/v1/chat/completions", { key: K.D, body: { model: "m@out=20", max_tokens: 20, messages: [{ role: "user", content: [{ type: "text", text: "x" }, { type: "image_url", image_url: { url: "https://e.com/a.png" } }, { type: "image_url", image_url: { url: "https://e.com/b.png" } }] }] } });
  let r = []; for (let i = 0; i < 12; i++) r.push((await chat(K.R)).status);
  let h = {}; const t0 = Date.now(); const all = []; for (let i = 0; i < 100; i++) { all.push(chat(K.H).then((x) => (h[x.status] = (h[x.status] ?? 0) + 1))); await sleep(Math.max(0, t0 + (i + 1) * 25 - Date.now())); } await Promise.all(all);
  fetch(`${G}/v1/chat/completions`, { method: "POST", headers: { authorization: "Bearer " + K.C, "content-type": "application/json" }, body: JSON.stringify({ model: "m@out=2000,gap=20000", stream: true, max_tokens: 2000, messages: [{ role: "user", content: "hi" }] }) }).then((x) => x.text()).catch(() => {});
  await sleep(3000);
  fs.writeFileSync(F, JSON.stringify(K));
  console.log(`BEFORE D: ${d.status} (40k billed) -> ${await rem(K.D)}\nBEFORE R: ${r.join(",")} -> ${await rem(K.R)}\nBEFORE H: ${JSON.stringify(h)} -> ${await rem(K.H)}\nBEFORE C: stream in flight -> ${await rem(K.C)} inFlight=${(await info(K.C)).inFlight}`);
} else {
  const K = JSON.parse(fs.readFileSync(F, "utf8"));
  for (const n of ["D", "R", "H", "C"]) { const r = await chat(K[n]); console.log(`AFTER ${n}: ${await rem(K[n])}; a request: ${r.status} ${r.status !== 200 ? r.text.slice(0, 120) : ""}`); }
  const h = {}; await Promise.all(Array.from({ length: 100 }, () => chat(K.H).then((x) => (h[x.status] = (h[x.status] ?? 0) + 1)))); console.log(`AFTER H burst of 100: ${JSON.stringify(h)}`);
}
