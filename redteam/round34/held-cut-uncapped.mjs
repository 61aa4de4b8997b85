// HELD check: an uncapped streamed request (no max_tokens / max_completion_tokens / max_output_tokens),
// cut by the client right after the last visible token (the model is asked to end with <END>),
// is charged its reservation (prompt estimate + defaultMaxOutputTokens 1,024) or chars/4 of what
// streamed, while the origin billed hidden reasoning and/or a long answer with no cap at all.
// Detection off here (quotas only); q1b repeats it with detection enforcing.
import { withStack, GUARD, keyState, TOKENIZER, sleep } from "./lib.mjs";

const TPD = 100000;
const N = Number(process.env.N ?? 40);
const policy = { defaults: { rpm: 600, tpm: 100000000, tpd: TPD, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const CJK = "量子力学是描述微观粒子运动规律的物理学分支，它与相对论一起构成了现代物理学的理论基础。";
const answer = (body) => {
  const m = body.model;
  if (m.startsWith("o-reason")) return { text: "The answer is 42 because the two constraints intersect exactly once. <END>", reasoning: 20000 };
  if (m.startsWith("zh-long")) return { text: CJK.repeat(140) + "<END>" }; // ~6,000 chars
  return { text: "ok <END>" };
};
const prompts = (i) => `Question ${i}: prove that the sequence a_n = n^2 + ${i} has infinitely many composite terms. End your answer with <END>.`;

async function arm(name, route, model, cut, key) {
  let served = 0, refused = 0, firstRefusal = null;
  const one = async (i) => {
    const body = route === "/v1/responses"
      ? { model, input: prompts(i), stream: true }
      : { model, messages: [{ role: "user", content: prompts(i) }], stream: true };
    const ac = new AbortController();
    const r = await fetch(GUARD + route, { method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json" }, body: JSON.stringify(body), signal: ac.signal });
    if (r.status !== 200) { refused++; firstRefusal ??= { i, status: r.status, body: (await r.text()).slice(0, 160) }; return; }
    served++;
    const rd = r.body.getReader(); const dec = new TextDecoder(); let raw = "";
    try { for (;;) { const { value, done } = await rd.read(); if (done) break; raw += dec.decode(value, { stream: true }); if (cut && raw.includes("<END>")) { ac.abort(); break; } } } catch {}
  };
  // 4 workers, bounded count
  let next = 0; await Promise.all([0, 1, 2, 3].map(async () => { while (next < N) { const i = next++; await one(i); } }));
  await sleep(2500); // let settlements land
  const st = await keyState(key);
  const tpd = st.usage.find((u) => u.name === "tpd");
  return { name, served, refused, charged: TPD - tpd.remaining, firstRefusal };
}

await withStack(policy, { answer, chunkMs: 4, tailMs: Number(process.env.TAIL ?? 400) }, async ({ origin }) => {
  console.log(`tokenizer of the recording origin: ${TOKENIZER()}; tpd ${TPD}; ${N} requests per arm`);
  const rows = [];
  for (const [name, route, model, cut] of [
    ["control: reasoning, chat, read to the end", "/v1/chat/completions", "o-reason-1", false],
    ["attack: reasoning, chat, uncapped, cut at <END>", "/v1/chat/completions", "o-reason-1", true],
    ["attack: reasoning, responses, uncapped, cut at <END>", "/v1/responses", "o-reason-1", true],
  ]) {
    const key = "sk-r34q1-" + rows.length + "-" + Date.now();
    const before = { p: origin.rec.billedPrompt, c: origin.rec.billedCompletion };
    const r = await arm(name, route, model, cut, key);
    r.billed = origin.rec.billedPrompt - before.p + origin.rec.billedCompletion - before.c;
    r.ratio = +(r.billed / TPD).toFixed(2); r.originStreamsClosedEarly = origin.rec.cutByGuard || 0; origin.rec.cutByGuard = 0;
    rows.push(r);
    console.log(JSON.stringify(r));
  }
  const atk = rows.filter((r) => r.name.startsWith("attack"));
  const ok = atk.some((r) => r.billed > TPD * 2);
  console.log(ok ? "BROKEN: the origin billed more than tpd allows (see ratio = billed / tpd)" : "HELD: cut streams were charged what the origin billed (it read the origin to its usage; ratio > 1 is the documented concurrency overrun R33-4, repaid as debt)");
});
