// R42b-3 (honest customers): the prompt estimate counts a token for every non-ASCII UTF-16 unit (R40-1's fix, sized on
// Chinese). OpenAI's o200k tokenizer, the one gpt-4o / gpt-4.1 / gpt-5 bill with, takes Russian at ~5 characters a
// token, Hindi / Arabic ~3.3, Thai ~2.5, Korean ~2, Japanese ~1.7: the guard's estimate is 1.7-4.3x what the origin bills.
//  (a) on a free-tier tpm of 40,000 a 48,000-character Russian contract (billed ~10,000 tokens) is refused for ever with
//      request_too_large, "larger than the quota can ever hold"; the same for Hindi, Arabic, Thai; the origin serves it;
//  (b) a Stop (a stream cut before its usage) is charged the estimate as input: ~4x what the origin billed;
//  (c) a batch upload keeps its reservation (docs: "a batch's results ... give nothing back"): its Russian input is
//      charged ~4x what the batch will bill, and a file of the tpd's worth of real tokens is refused whole.
import { startGuard, settled, override, call, ask, sleep, ORIGIN, docEstimate } from "./lib.mjs";
import { startOrigin42b, chatPromptTokens } from "./origin42b.mjs";
import { jsonlForm } from "../round33/lib.mjs";
const TPM = 40000, TPD = 500000; // README's "free" tier
const o = await startOrigin42b(ORIGIN);
const g = await startGuard({ policy: { defaults: { rpm: 20, tpm: TPM, tpd: TPD, concurrency: 2 }, tiers: { q: { detection: { mode: "off" } } }, defaultMaxOutputTokens: 1024 }, tag: "r3" });
const texts = {
  Russian: "Настоящий договор заключён между сторонами о нижеследующем. Исполнитель обязуется оказать услуги в сроки, указанные в приложении, а Заказчик обязуется принять и оплатить их. В случае нарушения сроков стороны несут ответственность в соответствии с действующим законодательством. ",
  Hindi: "यह अनुबंध दोनों पक्षों के बीच निम्नलिखित शर्तों पर किया गया है। सेवा प्रदाता निर्धारित समय में सेवाएँ प्रदान करेगा और ग्राहक उनका भुगतान करेगा। समय सीमा के उल्लंघन की स्थिति में पक्ष लागू कानून के अनुसार उत्तरदायी होंगे। ",
  Arabic: "أبرم هذا العقد بين الطرفين على ما يلي. يلتزم المنفذ بتقديم الخدمات في المواعيد المحددة في الملحق، ويلتزم العميل بقبولها ودفع ثمنها. وفي حالة الإخلال بالمواعيد يتحمل الطرفان المسؤولية وفقا للقانون المعمول به. ",
  Thai: "สัญญานี้ทำขึ้นระหว่างคู่สัญญาตามเงื่อนไขดังต่อไปนี้ ผู้ให้บริการตกลงที่จะให้บริการภายในระยะเวลาที่กำหนดไว้ในภาคผนวก และลูกค้าตกลงที่จะรับและชำระค่าบริการ ในกรณีที่มีการผิดนัด คู่สัญญาต้องรับผิดชอบตามกฎหมายที่ใช้บังคับ ",
};
const doc = (lang, chars) => texts[lang].repeat(Math.ceil(chars / texts[lang].length)).slice(0, chars);
const body = (content, extra = {}) => ({ model: "gpt-4.1|rate=100|words=200", max_tokens: 1024, messages: [{ role: "user", content }], ...extra });
let refusedA = 0, overB = 0, overC = 0;
try {
  console.log("(a) one request on tpm", TPM, "(free tier)");
  for (const lang of Object.keys(texts)) {
    let chars = 30000; while (docEstimate("Summarise this contract.\n" + doc(lang, chars)) + 1024 <= TPM) chars += 1000;
    const content = "Summarise this contract.\n" + doc(lang, chars); const b = body(content);
    const real = chatPromptTokens(b);
    const k = await override(g, `sk-r42b-3a-${lang}-${Date.now() % 1e5}`, { tier: "q" });
    const r = await call(g.base, k, "POST", "/v1/chat/completions", b);
    const d = await call(`http://127.0.0.1:${ORIGIN}`, "sk-direct", "POST", "/v1/chat/completions", b);
    if (r.status === 429 && d.status === 200) refusedA++;
    console.log(`  ${lang.padEnd(8)} ${chars} chars: guard estimate ${docEstimate(content)} + 1,024 cap; origin bills ${real} + answer (${(docEstimate(content) / real).toFixed(1)}x); through the guard: ${r.status} ${r.body?.error?.code || ""}; origin direct: ${d.status}, billed ${d.body?.usage?.total_tokens}`);
  }
  console.log("(b) a Stop (stream cut at ~75 % of the answer), 20,000 chars");
  for (const lang of Object.keys(texts)) {
    const b = body("Summarise this contract.\n" + doc(lang, 20000), { stream: true, max_tokens: 200 });
    const k = await override(g, `sk-r42b-3b-${lang}-${Date.now() % 1e5}`, { tier: "q" });
    await ask(g.base, k, "POST", "/v1/chat/completions", b, (t) => (t.match(/"content":"/g) || []).length >= 30);
    await sleep(1500); const s = await settled(g, k); const bl = o.billed[k];
    if (s.prompt > 2 * bl.prompt) overB++;
    console.log(`  ${lang.padEnd(8)} origin billed ${bl.total} (prompt ${bl.prompt}); guard charged ${s.charged} (prompt ${s.prompt}): input x${(s.prompt / bl.prompt).toFixed(1)}`);
  }
  console.log("(c) a batch file, 40 Russian lines of 6,000 chars, max_tokens 300, tpd", TPD);
  {
    const lines = Array.from({ length: 40 }, (_, i) => ({ custom_id: "c" + i, method: "POST", url: "/v1/chat/completions", body: { model: "gpt-4.1", max_tokens: 300, messages: [{ role: "user", content: `Translate clause ${i} into English.\n` + doc("Russian", 6000) }] } }));
    const real = lines.reduce((a, l) => a + chatPromptTokens(l.body), 0);
    const k = await override(g, `sk-r42b-3c-${Date.now() % 1e5}`, { tier: "q" });
    const r = await call(g.base, k, "POST", "/v1/files", jsonlForm(lines));
    await sleep(1500); const s = await settled(g, k);
    if (s.prompt > 2 * real) overC++;
    console.log(`  upload ${r.status}: guard charged ${s.charged} (prompt ${s.prompt}, kept: results give nothing back); the batch bills prompt ${real} + at most ${40 * 300} output: input x${(s.prompt / real).toFixed(1)}`);
    const lines2 = Array.from({ length: 120 }, (_, i) => ({ ...lines[i % 40], custom_id: "d" + i }));
    const real2 = lines2.reduce((a, l) => a + chatPromptTokens(l.body), 0) + 120 * 300;
    const k2 = await override(g, `sk-r42b-3d-${Date.now() % 1e5}`, { tier: "q" });
    const r2 = await call(g.base, k2, "POST", "/v1/files", jsonlForm(lines2));
    console.log(`  a 120-line file (bills at most ${real2}, ${(100 * real2 / TPD).toFixed(0)} % of tpd ${TPD}): ${r2.status} ${r2.body?.error?.code || ""} ${String(r2.body?.error?.message || "").slice(0, 120)}`);
    if (r2.status === 429) overC++;
  }
  console.log(refusedA >= 3 && overB >= 3 && overC >= 1 ? `REPRODUCED: ${refusedA} of 4 contracts refused request_too_large on tpm ${TPM} that the origin bills 25-43 % of; ${overB} of 4 Stops charged 2.4-4.3x the input billed; batch input kept at ~4x` : "not reproduced");
} finally { g.kill(); await o.close(); }
process.exit(0);
