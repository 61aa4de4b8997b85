// R77-1: image generation refused on /v1/images/* reaches the origin as a Responses tool,
// metered only by the response's text `usage`.
import { freshKey, post, state, save } from "./lib.mjs";
const IMAGE_TOKENS = 6240; // gpt-image-1, quality "high", 1024x1536: image output tokens per image (OpenAI pricing table)
const { key, id } = await freshKey("sk-r77-1", { tier: "free" }); // rpm 20, tpm 40,000, tpd 500,000
const ctl = await post("/v1/images/generations", key, { model: "gpt-image-1", prompt: "a cat", quality: "high", size: "1024x1536" });
const body = {
  model: "gpt-4.1-mini", input: "Draw a photorealistic cat.", max_output_tokens: 16, store: false,
  tools: [{ type: "image_generation", model: "gpt-image-1", quality: "high", size: "1024x1536", partial_images: 3 }],
  tool_choice: { type: "image_generation" },
};
let served = 0, refused = 0;
const codes = {};
for (let i = 0; i < 25; i++) {
  const r = await post("/v1/responses", key, { ...body, input: `Draw a photorealistic cat number ${i}.` });
  codes[r.status] = (codes[r.status] || 0) + 1;
  if (r.status === 200) served++; else refused++;
}
const s = await state(id);
const tpm = s.usage.find((u) => u.name === "tpm");
const chargedTpm = s.counters.promptTokens + s.counters.completionTokens; // every token the guard counted for this key
const originImageTokens = served * IMAGE_TOKENS;
const out = { controlImagesRoute: ctl.status, served, refused, codes, tpmQuota: tpm.quota, tpdQuota: s.limits.tpd, chargedTpm, tpmRemaining: tpm.remaining, originImageTokens,
  ratioBilledToQuota: +(originImageTokens / tpm.quota).toFixed(2), chargedShare: +(chargedTpm / originImageTokens).toFixed(4),
  counters: s.counters };
save("r77-1.json", out);
console.log(JSON.stringify(out));
const ok = ctl.status === 404 && served >= 15 && originImageTokens > tpm.quota && chargedTpm < 0.05 * originImageTokens;
console.log(ok ? "R77-1 REPRODUCED" : "R77-1 not reproduced",
  `(/v1/images/generations ${ctl.status}; ${served} image-tool responses served in one minute on tpm ${tpm.quota}: ~${originImageTokens} image output tokens at the origin, ${chargedTpm} charged)`);
