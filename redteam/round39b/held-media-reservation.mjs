// base64 media and the token reservation; body cap
import OpenAI from "openai"; import Anthropic from "@anthropic-ai/sdk";
import { startGuard, startOrigin39, sleep, settled, ORIGIN } from "./lib.mjs";
const o = await startOrigin39(ORIGIN);
const policy = { defaults: { rpm: 60, tpm: 200000, tpd: 5000000, concurrency: 8 }, tiers: { free: { rpm: 20, tpm: 40000, tpd: 500000, concurrency: 2 } }, defaultMaxOutputTokens: 1024 };
const g = await startGuard({ policy, tag: "held" });
try {
  for (const [tier, kb] of [["free", 100], ["free", 200], ["default", 300], ["default", 700]]) {
    const key = `sk-p4-${tier}-${kb}`; if (tier === "free") await g.admin("PUT", `/keys/${await g.keyId(key)}/overrides`, { tier: "free" });
    const oa = new OpenAI({ apiKey: key, baseURL: g.base + "/v1", maxRetries: 0 });
    const img = "data:image/jpeg;base64," + Buffer.alloc(kb * 1024, 9).toString("base64");
    const one = () => oa.chat.completions.create({ model: "gpt-4o", max_tokens: 300, messages: [{ role: "user", content: [{ type: "text", text: "What is in this photo?" }, { type: "image_url", image_url: { url: img } }] }] }).withResponse().then(({ data, response }) => `200 remaining-tokens ${response.headers.get("x-ratelimit-remaining-tokens")}`, (e) => `${e.constructor.name} ${e.status} ${e.code} ${e.headers?.get?.("x-should-retry")} ${e.message.slice(0, 120)}`);
    const rs = await Promise.all([one(), one()]);
    const s = await settled(g, key);
    console.log(`${tier} tier, ${kb} KB image (body ${(img.length / 1024) | 0} KB), 2 at once:`, rs, "charged", s.charged, "billed", o.billed[key] || 0);
  }
  // Anthropic PDF
  { const key = "sk-p4-ant-pdf"; const an = new Anthropic({ apiKey: key, baseURL: g.base, maxRetries: 0 });
    const pdf = Buffer.alloc(500 * 1024, 1).toString("base64");
    const one = () => an.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1000, messages: [{ role: "user", content: [{ type: "document", source: { type: "base64", media_type: "application/pdf", data: pdf } }, { type: "text", text: "Summarise this contract" }] }] }).then(() => "200", (e) => `${e.constructor.name} ${e.status} ${e.message.slice(0, 140)}`);
    const rs = await Promise.all([one(), one()]); const s = await settled(g, key);
    console.log("default tier, 500 KB PDF to Claude, 2 at once:", rs, "charged", s.charged, "billed", o.billed[key] || 0); }
  // body over 1 MiB: a phone photo
  { const key = "sk-p4-photo"; const oa = new OpenAI({ apiKey: key, baseURL: g.base + "/v1", maxRetries: 2 }); const an = new Anthropic({ apiKey: key, baseURL: g.base, maxRetries: 2 });
    const img = Buffer.alloc(2500 * 1024, 9).toString("base64");
    const r1 = await oa.chat.completions.create({ model: "gpt-4o", max_tokens: 300, messages: [{ role: "user", content: [{ type: "text", text: "What is in this photo?" }, { type: "image_url", image_url: { url: "data:image/jpeg;base64," + img } }] }] }).then(() => "200", (e) => `${e.constructor.name} ${e.status} ${e.code} ${e.message.slice(0, 140)}`);
    const r2 = await an.messages.create({ model: "claude-sonnet-4-5", max_tokens: 300, messages: [{ role: "user", content: [{ type: "image", source: { type: "base64", media_type: "image/jpeg", data: img } }, { type: "text", text: "What is in this photo?" }] }] }).then(() => "200", (e) => `${e.constructor.name} ${e.status} ${e.error?.error?.type} ${e.message.slice(0, 140)}`);
    console.log("2.5 MB phone photo (3.3 MB base64): openai", r1, "| anthropic", r2, "| origin saw", o.log.filter((x) => x.key === key).length);
  }
} finally { g.kill(); await o.close(); }
