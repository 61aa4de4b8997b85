// Goal 3: a "content service with long answers" (docs: one channel, at most degraded). One backend key
// of a copywriting SaaS: one system prompt, each customer's brief (what to write, about what, for whom),
// max_tokens 3000, long answers, customers around the clock. node gen-content.mjs OUT.jsonl days seed
import { rng, Trace, T0, DAY } from "./lib.mjs";
const [out, daysA = "2", seedA = "1"] = process.argv.slice(2);
const r = rng(Number(seedA));
const kinds = ["a blog post", "a product description", "a newsletter", "a landing page", "a LinkedIn article", "an email campaign", "a press release", "an FAQ page"];
const products = ["an organic dog food brand", "a project-management SaaS", "a boutique hotel in Lisbon", "a cybersecurity audit service", "a yoga studio", "electric cargo bikes", "a tax-preparation app", "a craft brewery", "a dental clinic", "a university MBA program", "noise-cancelling headphones", "a solar panel installer", "a children's math tutoring service", "a vegan bakery", "industrial 3D printers", "a wedding photographer", "a crypto hardware wallet", "a physiotherapy practice", "a law firm specialising in immigration", "a used-car marketplace", "a kombucha brand", "a kids' coding camp", "a home insurance comparison site", "an online piano course"];
const audiences = ["busy parents", "small business owners", "retirees", "university students", "IT managers", "first-time buyers", "fitness enthusiasts", "HR directors"];
const SYS = "You are Copyly, a professional marketing copywriter. Write the piece the customer asks for, in full, in a warm and persuasive tone, with headings where appropriate.";
const trace = new Trace();
let seq = 0, t = T0;
const key = "sk-honest-content-" + seedA;
while (t < T0 + Number(daysA) * DAY) {
  t += Math.round((3600000 / 45) * -Math.log(1 - r.next()));
  const body = { model: "gpt-4o", max_tokens: 3000, temperature: 0.8, messages: [{ role: "system", content: SYS }, { role: "user", content: `Write ${r.pick(kinds)} about ${r.pick(products)} aimed at ${r.pick(audiences)}. About ${r.int(4, 12) * 100} words.` }] };
  trace.add({ ts: t, seq: seq++, key, label: "honest-content", ip: "34.120.10.9", asn: 15169, country: "US", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: 90, completion_tokens: r.int(500, 1800) } });
}
trace.write(out);
