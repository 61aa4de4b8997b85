// R55-2: an e-commerce platform's key (pro tier) serves its merchants' live "write my product
// description" button and, once a day, a catalogue import sent as one OpenAI batch file. The batch
// is larger than a minute's tpm, so (docs/config.md, "Batches and the per-minute limits") its
// tokens leave a debt and the live requests meanwhile get 429 with a Retry-After of minutes.
// The official SDKs (openai-node/python, anthropic) ignore a Retry-After over 60 s and retry with
// their own backoff (0.5 s, 1 s; max_retries 2 by default): the refused payload is resent within
// ~1.5 s, "before the Retry-After", which the guard reads as retry evidence (drive channel).
// Control: the same product and SDK with the catalogue import split into files under a minute's
// tpm (no debt, Retry-After under 60 s honoured) is degraded at most, never refused beyond limits.
import { rng, arrivals, T0, ev, replay, summary, line, verdict, PRO, hrs } from "./lib55.mjs";

const SYSTEM = `You write product descriptions for online shops on the Marketbay platform. From the
attributes the merchant gives you, write the product page: an engaging opening paragraph, a
paragraph on materials and care, five bullet points with the key features, three short FAQs with
answers, an SEO title and a meta description. Write in the
language given in the attributes. Never invent certifications, awards or prices.`;

const CATS = [
  ["ceramic mug", "kitchen"], ["trail running shoe", "sport"], ["linen shirt", "fashion"], ["oak side table", "furniture"], ["cordless drill", "tools"],
  ["baby carrier", "kids"], ["yoga mat", "sport"], ["espresso grinder", "kitchen"], ["leather wallet", "accessories"], ["LED desk lamp", "office"],
  ["dog harness", "pets"], ["hiking backpack", "outdoor"], ["wool scarf", "fashion"], ["garden hose reel", "garden"], ["bluetooth speaker", "electronics"],
  ["face serum", "beauty"], ["board game", "toys"], ["cast iron pan", "kitchen"], ["bike helmet", "sport"], ["phone case", "electronics"],
];
const MATS = ["recycled polyester", "stoneware", "FSC oak", "organic cotton", "aluminium", "natural rubber", "merino wool", "stainless steel", "vegetable-tanned leather", "bamboo fibre"];
const LANGS = [["en", "English"], ["de", "Deutsch"], ["fr", "Français"], ["es", "Español"], ["it", "Italiano"], ["nl", "Nederlands"], ["pl", "Polski"], ["sv", "Svenska"]];
const FEATS = ["dishwasher safe", "weighs 240 g", "fits 15-inch laptops", "two-year warranty", "adjustable strap", "water-resistant zip", "made in Portugal", "vegan materials", "USB-C charging", "non-slip base", "machine washable at 30°", "ships flat-packed", "compatible with induction hobs", "reflective details", "refill available"];

function attrs(r, i) {
  const [item, cat] = r.pick(CATS);
  const [code, lang] = r.pick(LANGS);
  const f = new Set();
  while (f.size < 4) f.add(r.pick(FEATS));
  return `SKU: MB-${(i * 7919) % 1000003}\nCategory: ${cat}\nItem: ${item}\nBrand: ${r.pick(["Nordvik", "Casa Lume", "Pikkuli", "Ferro & Co", "Tamarind", "Oslo Works", "Brisa"])}\nMaterial: ${r.pick(MATS)}\nColour: ${r.pick(["sand", "forest green", "navy", "terracotta", "black", "off-white"])}\nFeatures: ${[...f].join(", ")}\nLanguage: ${lang} (${code})`;
}

const KEY = "sk-marketbay-prod";
const TPM = PRO.tpm;

// Live traffic and daily imports; split = false: one file of 8,000 items a day at 13:00;
// split = true: the same items as files of 800 (under a minute's tpm) every 2 minutes.
function base(seed, split) {
  const r = rng(seed);
  const events = [];
  let i = 0;
  for (const ts of arrivals(r, T0, 48, 10)) {
    const messages = [{ role: "system", content: SYSTEM }, { role: "user", content: attrs(r, i++) }];
    events.push({ ...ev(ts, KEY, { model: "gpt-4.1-mini", messages, max_tokens: 2048, temperature: 0.7, user: `merchant_${r.int(1, 9000)}` },
      { prompt_tokens: 190 + r.int(0, 60), completion_tokens: r.int(750, 1350) }, { ip: `34.107.${r.int(10, 11)}.${r.int(2, 250)}`, asn: 396982 }), live: true });
  }
  const imports = [];
  for (const day of [0, 1]) {
    const items = [];
    for (let k = 0; k < 8000; k++) {
      const body = { model: "gpt-4.1-mini", max_tokens: 2048, messages: [{ role: "system", content: SYSTEM }, { role: "user", content: attrs(r, i++) }] };
      items.push(JSON.stringify({ custom_id: `imp-${day}-${k}`, method: "POST", url: "/v1/chat/completions", body }));
    }
    const at = T0 + (day * 24 + 13) * 3600e3;
    const chunk = split ? 800 : 8000;
    for (let c = 0; c * chunk < items.length; c++) {
      const ts = at + c * (split ? 120e3 : 0);
      imports.push({ ts, key: KEY, ip: "34.107.10.3", asn: 396982, country: "DE", method: "POST", path: "/v1/files", body: { purpose: "batch", file: items.slice(c * chunk, (c + 1) * chunk).join("\n") } });
      imports.push({ ts: ts + 400, key: KEY, ip: "34.107.10.3", asn: 396982, country: "DE", method: "POST", path: "/v1/batches", body: { input_file_id: `file-${day}-${c}`, endpoint: "/v1/chat/completions", completion_window: "24h" } });
    }
  }
  return { events, imports };
}

// Debt window after each import: the reservation beyond a minute's tpm, paid back at tpm/60 s.
function debtEnds(imports) {
  return imports.filter((e) => e.path === "/v1/files").map((e) => {
    const lines = e.body.file.split("\n");
    const chars = e.body.file.length;
    const reserve = lines.length * 2048 + chars / 3.5; // output caps + a rough prompt estimate
    const debt = Math.max(0, reserve - TPM);
    return { start: e.ts, end: e.ts + (debt / TPM) * 60e3 };
  });
}

// The SDK: a 429 whose Retry-After is over 60 s is retried after 0.5 s x 2^k (jitter -25 %),
// max_retries 2; one under 60 s is retried after it.
function withRetries(r, live, imports, refusedIdx, sdkRetries) {
  const ends = debtEnds(imports);
  const out = [];
  for (const e of live) {
    out.push(e);
    if (!sdkRetries || !refusedIdx.has(e.id)) continue;
    const w = ends.find((d) => e.ts >= d.start && e.ts < d.end + 60e3);
    if (!w) continue;
    let t = e.ts;
    for (let k = 0; k < 2; k++) {
      const wait = w.end - t > 60e3 ? 500 * 2 ** k * (1 - 0.25 * r()) : Math.max(0, w.end - t) + 50;
      t += wait;
      const rid = `${e.id}.${k + 1}`;
      out.push({ ...e, ts: Math.round(t), id: rid, retryOf: e.id });
      if (!refusedIdx.has(rid) && refusedIdx.has(`${e.id}.probe`)) break;
    }
  }
  return out;
}

function strip(e) {
  const { live, id, retryOf, ...rest } = e;
  return rest;
}

function run(name, split, sdkRetries = true) {
  const { events, imports } = base(split ? 5522 : 5521, split);
  events.forEach((e, k) => (e.id = `L${k}`));
  let refused = new Set();
  let dec, all;
  for (let pass = 0; pass < 3; pass++) {
    const r = rng(99);
    const live = withRetries(r, events, imports, refused, sdkRetries);
    all = [...live, ...imports].sort((a, b) => a.ts - b.ts);
    dec = replay(`${name}`, all.map(strip), { defaults: PRO });
    const next = new Set();
    dec.forEach((d, k) => { if (all[k].id && !d.served && d.action !== "challenge" && d.action !== "block") next.add(all[k].id); });
    // a retry that is served ends the SDK's loop: drop the later retries of that request
    const same = next.size === refused.size && [...next].every((x) => refused.has(x));
    refused = new Set([...next].map((x) => x));
    if (same) { console.error(`${name}: converged after ${pass + 1} passes`); break; }
  }
  const tagged = dec.map((d, k) => ({ ...d, src: all[k] }));
  return tagged;
}

const A = run("r55-2-one-file", false);
const B = run("r55-2-split-files", true);
const C = run("r55-2-no-retries", false, false);
function report(label, dec) {
  const live = summary(dec, (d) => d.src.live);
  const originals = summary(dec, (d) => d.src.live && !d.src.retryOf);
  const retries = dec.filter((d) => d.src.retryOf).length;
  const ends = dec.filter((d) => d.src.path === "/v1/files");
  console.log(line(label + " (live attempts)", live));
  console.log(`  merchants' requests: ${originals.n}; SDK retries sent: ${retries}; requests refused by challenge ${originals.challenge}, by limits ${originals.refused - originals.challenge - originals.block}, degraded ${originals.degraded}`);
  console.log(`  import files admitted: ${ends.filter((d) => d.served).length} of ${ends.length}; reasons at first challenge: ${JSON.stringify(live.reasonsAtChallenge)}`);
  return { live, originals };
}
const a = report("one import file a day (debt, Retry-After over 60 s)", A);
const b = report("control: import split into files under a minute's tpm", B);
const c = report("control: one import file, client without retries (max_retries 0)", C);
const afterDebt = A.filter((d) => d.src.live && !d.src.retryOf && d.action === "challenge");
console.log(`  first challenged merchant request at ${hrs(a.live.firstChallenge?.ts)}; challenged requests after the first import's debt: ${afterDebt.length}`);
verdict(a.originals.challenge + a.originals.block > 0.2 * a.originals.n && b.originals.challenge + b.originals.block === 0 && c.originals.challenge + c.originals.block === 0);
