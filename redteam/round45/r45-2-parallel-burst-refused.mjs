// R45-2: an honest parallel burst whose total reservation is well under tpm is refused 429 "tokens
// per minute" while the answer headers say most of tpm is left (the burst turns the key hot and
// the isolate's lease gets a share of what is left, docs/config.md "Permit leases").
import { start, stop, post, sleep } from "./lib45.mjs";
const TPM = 200000;
await start({ defaults: { rpm: 600, tpm: TPM, tpd: 10000000, concurrency: 16 }, detection: { mode: "off" } });
let anyRefused = false; const rows = [];
for (const [n, cap] of [[8, 15000], [12, 10000], [16, 8000], [8, 20000]]) {
  for (const route of ["chat", "messages"]) {
    const key = `sk-r45-2-${route}-${n}-${cap}-${Date.now()}`;
    const body = (i) => route === "chat"
      ? { model: "gpt-4o-mini", max_tokens: cap, messages: [{ role: "user", content: "subtask " + i + ": summarise section " + i }] }
      : { model: "claude-sonnet-4-5", max_tokens: cap, messages: [{ role: "user", content: "subtask " + i + ": summarise section " + i }] };
    const rs = await Promise.all(Array.from({ length: n }, (_, i) => post(route === "chat" ? "/v1/chat/completions" : "/v1/messages", key, body(i), { "x-o-delay": "1500", "x-o-out": "300" })));
    const refused = rs.filter((r) => r.status === 429);
    const rem = refused.map((r) => Number(r.headers.get("x-ratelimit-remaining-tokens")));
    const row = { route, parallel: n, capEach: cap, reservedTotal: n * cap, tpm: TPM, served: rs.filter((r) => r.status === 200).length, refused429: refused.length,
      remainingTokensShownOnRefusals: rem.join(","), msg: refused[0] ? (refused[0].json?.error?.message ?? "") : "" };
    rows.push(row); console.log(JSON.stringify(row));
    if (refused.length && n * cap + n * 50 < TPM) anyRefused = true;
  }
}
const worst = rows.filter((r) => r.reservedTotal < TPM).sort((a, b) => b.refused429 - a.refused429)[0];
console.log(anyRefused ? `REPRODUCED: ${worst.refused429} of ${worst.parallel} parallel requests (${worst.route}, ${worst.reservedTotal} tokens reserved in all, ${((worst.reservedTotal / TPM) * 100).toFixed(0)} % of tpm) refused 429 "${worst.msg}"; remaining shown: ${worst.remainingTokensShownOnRefusals}` : "not reproduced");
stop(); process.exit(0);
