// R56-1: honest nightly batches whose output cap is headroom (translation, enrichment) are degraded
// from their first batch; every item's answer is cut at 512 tokens. The same requests sent in the
// foreground, or the same batch with a 1,024-token cap, are served in full.
import { rng, T0, writeTrace, replay, replayWithSdkRetries, summarise, show, topReasons, tok, arrivals, OFFICE, PRO } from "./lib56.mjs";
import { doc } from "./texts56.mjs";

const CAP = 512; // docs/config.md degrade.maxOutputTokens
const langs = ["de", "fr", "es", "pl", "pt", "ja"];

// (a) a news agency's translation desk: 1,200 articles a night in an OpenAI batch file (3 files of
// 400), polled every 10 min, output fetched when done; editors' ad-hoc re-translations by day.
function newsdesk(mode, maxTokens, seed = 561) {
  const r = rng(seed);
  const SYS = "You are the translation desk of a news agency. Translate the article into British English. Keep paragraph breaks, names, figures and quotes exactly; do not summarise or add anything.";
  const ev = []; const key = "sk-newsdesk-translate"; const IP = "198.51.100.20"; let fid = 0; const items = [];
  for (let day = 0; day < 3; day++) {
    const night = [];
    for (let i = 0; i < 1200; i++) {
      const lang = r.pick(langs); const art = doc(r, lang, r.int(10, 32));
      const body = { model: "gpt-4.1-mini", max_tokens: maxTokens, temperature: 0.2, messages: [{ role: "system", content: SYS }, { role: "user", content: art }] };
      const usage = { prompt_tokens: tok(SYS) + tok(art) + 10, completion_tokens: Math.round(tok(art) * (lang === "ja" ? 1.3 : 1.05) * (0.9 + 0.2 * r.next())) };
      night.push({ body, usage }); items.push(usage);
    }
    const t0 = T0 + day * 86400e3 + 22 * 3600e3;
    if (mode === "batch") {
      for (let b = 0; b < 3; b++) {
        const part = night.slice(b * 400, b * 400 + 400); const t = t0 + b * 60e3;
        const file = part.map((x, j) => JSON.stringify({ custom_id: `d${day}-b${b}-${j}`, method: "POST", url: "/v1/chat/completions", body: x.body })).join("\n") + "\n";
        ev.push({ ts: t, key, ip: IP, method: "POST", path: "/v1/files", body: { purpose: "batch", file }, _items: part.map((x) => x.usage.completion_tokens) });
        ev.push({ ts: t + 1500, key, ip: IP, method: "POST", path: "/v1/batches", body: { input_file_id: `file-in-${++fid}`, endpoint: "/v1/chat/completions", completion_window: "24h" } });
        const done = t + (5 + 2 * r.next()) * 3600e3;
        for (let p = t + 600e3; p < done; p += 600e3) ev.push({ ts: p, key, ip: IP, method: "GET", path: `/v1/batches/batch_${fid}` });
        ev.push({ ts: done + 1000, key, ip: IP, method: "GET", path: `/v1/batches/batch_${fid}` });
        ev.push({ ts: done + 3000, key, ip: IP, method: "GET", path: `/v1/files/file-out-${fid}/content`, results: part.map((x) => x.usage) });
      }
    } else {
      let t = t0; // the same articles, one by one from a queue worker through the night
      for (const x of night) { t += 2000 + r.exp(8000); ev.push({ ts: Math.round(t), key, ip: IP, method: "POST", path: "/v1/chat/completions", body: x.body, usage: x.usage, _items: [x.usage.completion_tokens] }); }
    }
    for (const t of arrivals(r, T0 + day * 86400e3, 24, 6, OFFICE)) {
      const lang = r.pick(langs); const art = doc(r, lang, r.int(3, 8));
      ev.push({ ts: t, key, ip: IP, method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4.1-mini", max_tokens: maxTokens, temperature: 0.2, messages: [{ role: "system", content: SYS }, { role: "user", content: art }] }, usage: { prompt_tokens: tok(SYS) + tok(art) + 10, completion_tokens: Math.round(tok(art) * 1.1) } });
    }
  }
  return ev;
}

// (b) a media-monitoring archive enriching 700-1,100 articles a night with Anthropic message
// batches of up to 500 (max_tokens 4,096 as headroom for long JSON), results fetched when ended;
// two batches 30 s apart meet the rpm window, and the SDK retries after the wait it is given.
function archive(maxTokens, seed = 565) {
  const r = rng(seed);
  const SYS = "You enrich articles for a media monitoring archive. Return JSON with keys: summary (3 sentences), entities (organisations, people, places), topics, sentiment, and quotes (verbatim). Use the article's language for the summary.";
  const ev = []; const key = "sk-media-archive"; let bid = 0;
  for (let day = 0; day < 4; day++) {
    const t = T0 + day * 86400e3 + 1 * 3600e3 + r.int(0, 600e3);
    const reqs = [], us = []; const n = r.int(700, 1100);
    for (let i = 0; i < n; i++) {
      const text = doc(r, r.pick(["en", "en", "de", "fr", "es", "pl"]), r.int(8, 24));
      reqs.push({ custom_id: `${day}-${i}`, params: { model: "claude-sonnet-4-5", max_tokens: maxTokens, system: SYS, messages: [{ role: "user", content: text }] } });
      us.push({ prompt_tokens: tok(SYS) + tok(text) + 8, completion_tokens: r.int(260, 700) });
    }
    for (let b = 0; b < Math.ceil(n / 500); b++) {
      const part = reqs.slice(b * 500, b * 500 + 500), pu = us.slice(b * 500, b * 500 + 500); const id = `msgbatch_${++bid}`; const ts = t + b * 30e3;
      ev.push({ ts, key, ip: "198.51.100.60", method: "POST", path: "/v1/messages/batches", body: { requests: part }, _items: pu.map((u) => u.completion_tokens) });
      const done = ts + (1 + 3 * r.next()) * 3600e3 + 90e3;
      for (let p = ts + 900e3; p < done; p += 900e3) ev.push({ ts: p, key, ip: "198.51.100.60", method: "GET", path: `/v1/messages/batches/${id}` });
      ev.push({ ts: done + 2000, key, ip: "198.51.100.60", method: "GET", path: `/v1/messages/batches/${id}/results`, results: pu });
    }
    for (const t2 of arrivals(r, T0 + day * 86400e3, 24, 5, OFFICE)) { const q = doc(r, "en", r.int(1, 3)); ev.push({ ts: t2, key, ip: "198.51.100.62", method: "POST", path: "/v1/messages", body: { model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: "What does this mean for our clients? " + q }] }, usage: { prompt_tokens: tok(q) + 20, completion_tokens: r.int(150, 500) } }); }
  }
  return ev;
}

function itemsCut(tr, dec) {
  let items = 0, degradedItems = 0, cut = 0, lost = 0;
  for (const d of dec) { const e = tr.events[d.i]; if (!e._items || !d.served) continue; items += e._items.length; if (d.degraded) { degradedItems += e._items.length; for (const c of e._items) if (c > CAP) { cut++; lost += c - CAP; } } }
  return { items, degradedItems, cut, lost };
}

const res = {};
function run(label, name, ev, sdk = false) {
  const { tr, dec } = sdk ? replayWithSdkRetries(name, ev) : (() => { const tr = writeTrace(name, ev); return { tr, dec: replay(tr, PRO) }; })();
  const per = summarise(tr, dec); show(label, per);
  const s = [...per.values()][0];
  console.log("    reasons: " + topReasons(s, 4).join(" | "));
  const c = itemsCut(tr, dec);
  const retries = dec.filter((d) => (d.reasons ?? []).some((x) => /retr/i.test(x))).length;
  const q = dec.filter((d) => d.limit); const quota = q.length + (q.length ? ` (waits ${q.map((d) => d.retryAfterMs).join(", ")} ms; retried as the SDK does and served: ${dec.filter((d) => tr.events[d.i]._retryOf && d.served).length})` : "");
  console.log(`    model requests served ${c.items}: degraded ${c.degradedItems}, answers cut at ${CAP}: ${c.cut} (${c.lost} tokens lost); quota 429s ${quota} (SDK retries modelled: ${sdk}), lines citing retries ${retries}`);
  res[label] = { ...c, s, retries };
}

console.log("R56-1 (a) news agency translation desk, OpenAI batch files, max_tokens 8,192 (headroom)");
run("batch-8192", "r56-1a-batch-8192", newsdesk("batch", 8192));
console.log("  control: the same articles sent one by one in the foreground");
run("fg-8192", "r56-1a-foreground-8192", newsdesk("fg", 8192));
console.log("  control: the same batch with max_tokens 2,048 / 1,024");
run("batch-2048", "r56-1a-batch-2048", newsdesk("batch", 2048));
run("batch-1024", "r56-1a-batch-1024", newsdesk("batch", 1024));
console.log("R56-1 (b) media archive enrichment, Anthropic message batches, max_tokens 4,096");
run("mb-4096", "r56-1b-msgbatch-4096", archive(4096), true);
console.log("  control: max_tokens 1,024");
run("mb-1024", "r56-1b-msgbatch-1024", archive(1024), true);

const ok = res["batch-8192"].degradedItems >= 0.8 * res["batch-8192"].items && res["fg-8192"].degradedItems === 0 && res["mb-4096"].degradedItems >= 0.8 * res["mb-4096"].items;
console.log(ok ? "REPRODUCED" : "not reproduced");
