// HELD check: the client helper with WebCrypto alone (globalThis.crypto replaced by {subtle, getRandomValues};
// the built helper dist/client/index.js imports nothing, checked below), passed as `fetch` to the OpenAI SDK with
// dangerouslyAllowBrowser, gets a challenged key's request through (403 -> solve -> 200).
// (A vm realm was tried first: there the helper returned the 403 untouched; the SDK and the helper then live in
// different realms, which a browser page does not do, so that is not reported.)
import fs from "node:fs"; import path from "node:path"; import { fileURLToPath } from "node:url";
import OpenAI from "openai";
import { startGuard, startOrigin, ORIGIN, BASE, setTier, recordingFetch } from "./lib.mjs";
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const src = fs.readFileSync(path.join(ROOT, "dist/client/index.js"), "utf8");
const imports = (src.match(/\bimport\s*[({"'a-zA-Z*]|require\(|getBuiltinModule|process\./g) || []).length;
const wc = globalThis.crypto; Object.defineProperty(globalThis, "crypto", { value: { subtle: wc.subtle, getRandomValues: (a) => wc.getRandomValues(a) }, configurable: true });
const wire = []; globalThis.fetch = recordingFetch(wire, globalThis.fetch);
const { guardFetch } = await import("llm-edge-guard/client");
const origin = await startOrigin(ORIGIN); const g = await startGuard({ tag: "webcrypto" });
let ok = false;
try {
  const k = "sk-rt41-webcrypto"; await setTier(g, k, "chal"); const w0 = wire.length;
  const o = new OpenAI({ apiKey: k, baseURL: BASE + "/v1", fetch: guardFetch(), dangerouslyAllowBrowser: true, maxRetries: 0 });
  const r = await o.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] });
  const w = wire.slice(w0).map((x) => `${x.status}${x.sol ? "+sol" : ""}`).join(",");
  ok = imports === 0 && !!r.choices[0].message.content && w === "403,200+sol";
  console.log(`helper bundle: ${imports} imports/Node API uses; wire ${w}; answer '${r.choices[0].message.content.slice(0, 20)}'`);
} catch (e) { console.log("ERR", e.constructor.name, e.status, String(e.message).slice(0, 200)); }
finally { g.kill(); await origin.close(); }
console.log(ok ? "held: the helper solves with WebCrypto alone" : "NOT held");
