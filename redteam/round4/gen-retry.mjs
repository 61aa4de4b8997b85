// An honest content service (one system prompt, briefs, max_tokens 3000, 600-2,500-token articles): the
// documented "long-output service: one channel, degraded at most". Variant "paced" never meets its rpm;
// variant "burst" sends each job queue as fast as its SDK allows (~5 requests/s for 100 jobs, every 30 min):
// it meets rpm 60, and the SDK's compliant retries (after retry-after-ms, ~0.5-1 s) land within 2 s of a 429.
// env APP=content (default) | passk | classify | mixed (12 h of classify jobs, then a pass@k run, paced, on the same key)
// node gen-retry.mjs NAME VARIANT[,..] HOURS SEED
import { rng, pick, int, T0, SUBJECTS, writeTrace } from "./lib.mjs";
const [name, variants = "paced,burst", hoursA = "24", seedA = "1"] = process.argv.slice(2); const H = +hoursA, seed = +seedA; const r = rng(seed);
const SYS = "You are the writing engine of Inkwell, a content platform for small businesses. Write the piece described in the brief, in the requested tone, with a title and subheadings.";
const BRIEF = ["Blog post about {s} for a local bakery's newsletter, friendly tone.", "LinkedIn article on {s} for a consulting firm, professional tone.", "Product page copy inspired by {s} for an online shop.", "Newsletter feature about {s} for a travel agency.", "Explainer about {s} for a high-school tutoring company's blog."];
// APP=passk: an evaluation harness, pass@k with n=10 on coding tasks (documented: one channel, degraded at most)
const APP = process.env.APP ?? "content";
const FN = ["parse a CSV line into fields", "merge two sorted lists", "compute the nth Fibonacci number", "check whether a string is a palindrome", "flatten a nested list", "count word frequencies", "rotate a matrix 90 degrees", "find the longest common prefix", "validate balanced brackets", "convert Roman numerals to integers", "binary search a sorted array", "remove duplicates preserving order", "compute a moving average", "group anagrams", "run-length encode a string", "find primes below n"];
const ev = [], meta = [];
for (const v of variants.split(",")) {
  const key = `sk-r4-inkwell-${v}-${seed}`; const ip = v === "paced" ? "35.190.1.20" : "35.190.1.21";
  let t = T0;
  while (t < T0 + H * 3600e3) {
    const jobs = 100; for (let j = 0; j < jobs; j++) {
      let q, c, body; const app = APP === "mixed" ? (t < T0 + 12 * 3600e3 ? "classify" : "passk") : APP;
      if (app === "passk") { const f = pick(r, FN); const id = int(r, 0, 163); q = `# Task ${id}\ndef solution_${id}(data):\n    """Write a Python function to ${f}. Return the result."""\n`; c = int(r, 800, 2500);
        body = { model: "gpt-4o", messages: [{ role: "system", content: "Complete the Python function. Reply with code only." }, { role: "user", content: q }], max_tokens: 300, n: 10, temperature: 0.8 }; }
      else if (app === "classify") { q = `Ticket: I need help with ${pick(r, SUBJECTS)} for order ${int(r, 1000, 99999)}. Label:`; c = int(r, 1, 3);
        body = { model: "gpt-4o-mini", messages: [{ role: "system", content: "Classify the support ticket as billing, shipping, technical or other. Reply with the label only." }, { role: "user", content: q }], max_tokens: 5, temperature: 0 }; }
      else { q = pick(r, BRIEF).replace("{s}", pick(r, SUBJECTS)); c = int(r, 600, 2500);
        body = { model: "gpt-4o", messages: [{ role: "system", content: SYS }, { role: "user", content: q }], max_tokens: 3000, temperature: 0.8 }; }
      ev.push({ ts: t, key, ip, asn: 396982, country: "US", method: "POST", path: "/v1/chat/completions", body,
        usage: { prompt_tokens: Math.ceil((SYS.length + q.length) / 4) + 8, completion_tokens: c } });
      meta.push({ group: v, c });
      t += v === "burst" && app !== "passk" ? int(r, 150, 250) : int(r, 1500, 2500);
    }
    t = Math.ceil((t - T0) / 1800e3) * 1800e3 + T0 + int(r, 0, 60000);
  }
}
const idx = ev.map((e, i) => i).sort((a, b) => ev[a].ts - ev[b].ts);
writeTrace(name, idx.map((i) => ev[i]), idx.map((i) => meta[i]));
