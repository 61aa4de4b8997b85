// R56-2: a document-translation portal runs every job as a background Response and streams it
// (`background: true, stream: true`, OpenAI's pattern for long jobs whose stream can be resumed).
// The answer arrives on the stream, with its usage, and is never fetched again: the key's
// "answers that come later" never fall, its output budget counts in full, and it is degraded
// (translations cut at 512 tokens). The same jobs polled and retrieved, or sent in the foreground,
// are served in full.
import { rng, T0, writeTrace, replay, summarise, show, topReasons, tok, arrivals, OFFICE, PRO } from "./lib56.mjs";
import { doc } from "./texts56.mjs";
const CAP = 512;
const INSTR = "Translate the document into English for our client portal. Keep headings, paragraph breaks, figures and names exactly as they are. Do not summarise.";
const langs = ["de", "fr", "es", "pl", "pt", "ja"];

function portal(mode, seed = 563) {
  const r = rng(seed); const ev = []; const key = "sk-lsp-portal"; let rid = 0;
  for (let day = 0; day < 3; day++) {
    for (const t of arrivals(r, T0 + day * 86400e3, 24, 40, OFFICE)) {
      const lang = r.pick(langs); const input = doc(r, lang, r.int(10, 40));
      const body = { model: "gpt-4.1", instructions: INSTR, input, max_output_tokens: 16000, temperature: 0.2 };
      const usage = { prompt_tokens: tok(INSTR) + tok(input) + 12, completion_tokens: Math.round(tok(input) * (lang === "ja" ? 1.3 : 1.05)) };
      const id = `resp_${++rid}`; const ip = "198.51.100.41"; const run = (20 + r.exp(60)) * 1000;
      if (mode === "foreground") ev.push({ ts: t, key, ip, method: "POST", path: "/v1/responses", body, response_id: id, usage, _ans: usage.completion_tokens });
      else if (mode === "stream") ev.push({ ts: t, key, ip, method: "POST", path: "/v1/responses", body: { ...body, background: true, stream: true }, response_id: id, usage, _ans: usage.completion_tokens });
      else {
        ev.push({ ts: t, key, ip, method: "POST", path: "/v1/responses", body: { ...body, background: true }, response_id: id, _ans: usage.completion_tokens });
        let p = t + 10000;
        for (; p < t + run; p += 10000) ev.push({ ts: p, key, ip, method: "GET", path: `/v1/responses/${id}` });
        ev.push({ ts: p, key, ip, method: "GET", path: `/v1/responses/${id}`, usage });
      }
    }
  }
  return ev;
}
const res = {};
for (const [mode, label] of [["stream", "background + stream (answer read on the stream)"], ["poll", "control: background, polled every 10 s and retrieved"], ["foreground", "control: the same jobs in the foreground"]]) {
  const tr = writeTrace(`r56-2-${mode}`, portal(mode));
  const dec = replay(tr, PRO);
  const per = summarise(tr, dec, (k, e) => e.method === "POST");
  console.log(label); show(mode, per);
  const s = [...per.values()][0]; console.log("    reasons: " + topReasons(s, 4).join(" | "));
  let jobs = 0, deg = 0, cut = 0, lost = 0;
  for (const d of dec) { const e = tr.events[d.i]; if (e._ans === undefined) continue; jobs++; if (d.degraded) { deg++; if (e._ans > CAP) { cut++; lost += e._ans - CAP; } } }
  console.log(`    jobs ${jobs}: degraded ${deg}, translations cut at ${CAP}: ${cut} (${lost} tokens lost); trace lines ${tr.events.length}`);
  res[mode] = { jobs, deg, cut };
}
const ok = res.stream.deg >= 0.5 * res.stream.jobs && res.poll.deg === 0 && res.foreground.deg === 0;
console.log(ok ? "REPRODUCED" : "not reproduced");
