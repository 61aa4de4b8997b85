// R55-4: a software company's QA team generates test conversations for the support bots it
// builds for its clients (a bank, a telco, an airline, a pharmacy chain, a utility): a script
// walks the day's list of intents and asks for diverse customer messages per intent, in the
// languages of the client, answers as JSON lines (1,400-2,600 tokens). Working hours, two days,
// new intents each run (new features ship). The wording follows what test-data guides write:
// "come up with", "diverse", "vary the tone", "edge cases".
// Variant: the same job worded as a plain request ("Write 15 example messages...").
// Control: worded plainly and 3-5 messages a request.
import { rng, T0, ev, replay, summary, line, verdict, PRO, hrs } from "./lib55.mjs";

const SYSTEM_CUE = `You help the QA team of Northlight Software create test data for the customer-support
assistants we build for our clients. Generate realistic synthetic user messages for the intent
described. Come up with diverse phrasings: vary the tone, the length, the amount of detail and the
language mix, include typos and edge cases, and make each example distinct from the others.
Output one JSON object per line with the fields "text", "intent", "language" and "difficulty".`;
const SYSTEM_PLAIN = `You help the QA team of Northlight Software test the customer-support assistants we
build for our clients. Write example messages a customer could send for the intent described,
as realistic as you can, some short and some long, some with typos. Output one JSON object per
line with the fields "text", "intent", "language" and "difficulty".`;

const CLIENTS = {
  "Baltic Savings Bank": ["card blocked abroad", "dispute a duplicate charge", "raise the daily transfer limit", "mortgage repayment holiday", "lost PIN letter", "joint account for a minor", "instant payment failed", "update tax residency"],
  "Telia-like telco": ["roaming bill too high", "port my number", "eSIM activation failed", "slow fibre after storm", "cancel a contract early", "add a family line", "SIM swap fraud suspicion"],
  "SkyNord airline": ["missed connection rebooking", "lost baggage claim", "seat for a passenger with a wheelchair", "refund after schedule change", "travel with a dog in cabin", "name misspelled on ticket", "upgrade with miles"],
  "Apteka24 pharmacy": ["prescription not visible in app", "delivery of cold-chain medicine", "generic substitute question", "order stuck at pickup point", "allergy information for a product"],
  "GridHome utility": ["meter reading estimate wrong", "move-in at a new address", "solar feed-in payment", "payment plan after high winter bill", "power outage compensation"],
};
const LANGS = ["English", "Estonian and Russian", "Finnish and Swedish", "Polish", "German", "Latvian", "Lithuanian", "English with Spanish"];

function ask(r, client, intent, plain, short) {
  const n = short ? r.pick([3, 4, 5]) : r.pick([10, 12, 15, 20]);
  const lang = r.pick(LANGS);
  const variant = r.pick(["", " Some customers are angry.", " Half of them should mention an order or case number.", " Include two messages that mix this intent with another one.", " Include customers who are elderly and unsure with apps."]);
  return plain
    ? `Client: ${client}\nIntent: ${intent}\nWrite ${n} example messages in ${lang}.${variant}`
    : `Client: ${client}\nIntent: ${intent}\nCome up with ${n} diverse test messages in ${lang}.${variant}`;
}

function gen(seed, plain, short = false) {
  const r = rng(seed);
  const events = [];
  const key = "sk-northlight-qa";
  for (const day of [0, 1, 2]) {
    // three runs a day (morning, after lunch, late afternoon), each over the day's intents
    for (const startH of [9.2, 13.6, 16.1]) {
      let t = T0 + (day * 24 + startH) * 3600e3;
      const runs = r.int(60, 110);
      for (let k = 0; k < runs; k++) {
        const client = r.pick(Object.keys(CLIENTS));
        const intent = r.pick(CLIENTS[client]) + (r() < 0.7 ? ` (${r.pick(["new app flow", "chat widget", "voice channel", "email", "after outage", "v" + r.int(2, 9) + " release"])})` : "");
        const messages = [{ role: "system", content: plain ? SYSTEM_PLAIN : SYSTEM_CUE }, { role: "user", content: ask(r, client, intent, plain, short) }];
        events.push(ev(Math.round(t), key, { model: "gpt-4.1", messages, max_tokens: 3000, temperature: 1.0 },
          { prompt_tokens: 160 + r.int(0, 40), completion_tokens: short ? r.int(260, 480) : r.int(1400, 2600) }, { ip: "81.20.144.7", asn: 3249, country: "EE" }));
        t += 9e3 + r.int(0, 14e3); // the script waits for each answer (a concurrency of one)
      }
    }
  }
  return events;
}

const policy = { defaults: PRO };
const A = replay("r55-4-cue-words", gen(554, false), policy);
const B = replay("r55-4-plain-words", gen(554, true), policy);
const C = replay("r55-4-plain-short", gen(554, true, true), policy);
const a = summary(A), b = summary(B), c = summary(C);
console.log(line("QA test-set generator (\"come up with ... diverse\")", a));
console.log(`  reasons at first degrade: ${JSON.stringify(a.reasonsAtDegrade)}`);
console.log(`  reasons at first challenge: ${JSON.stringify(a.reasonsAtChallenge)}`);
console.log(`  test sets cut at 512 tokens while degraded: ${a.cut} of ${a.degraded}`);
console.log(line("variant: the same job worded plainly", b));
console.log(`  variant test sets cut at 512 tokens: ${b.cut} of ${b.n}`);
console.log(`  variant reasons at first degrade: ${JSON.stringify(b.reasonsAtDegrade)}`);
console.log(line("control: worded plainly, 3-5 messages a request (answers 260-480 tokens)", c));
console.log(`  control answers cut at 512 tokens: ${c.cut} (degraded ${c.degraded}: degrade takes nothing from answers under its cap), refused ${c.refused}`);
verdict(a.cut > 0.9 * a.n && b.cut > 0.5 * b.n && c.cut + c.refused === 0);
