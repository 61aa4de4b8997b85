/**
 * Suite l: conversations. Honest multi-turn traffic (chat histories, Anthropic histories, Responses
 * chains) and harvesters who pack their asks into conversations.
 * Wed 2027-03-03 00:00 UTC to Mon 2027-03-08 00:00 UTC (Wed-Sun). Deterministic per --seed.
 *
 *   node --experimental-strip-types --no-warnings generate.ts --seed 1 --out DIR [--stats]
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { type Cls, Ctx, Sink } from "./core.ts";
import * as H from "./honest.ts";
import * as D from "./distill.ts";

const argv = process.argv.slice(2);
const opt = (n: string) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1] : undefined; };
const seed = Number(opt("--seed") ?? 1);
const out = opt("--out");
if (!out || !Number.isFinite(seed)) {
  console.error("usage: generate.ts --seed N --out DIR [--stats]");
  process.exit(2);
}

type Def = [name: string, cls: Cls, family: string, what: string, fn: (c: Ctx) => void];
export const SCENARIOS: Def[] = [
  ["tutor-sessions", "honest", "tutoring", "tutoring app (chat, streamed): students in en/es/pt work through one topic per session, 2-70 turns, new homework problems, 'why step 2?', answer checks, 'continue' after 700-token cuts, school-day curves", H.tutorSessions],
  ["companion-roleplay", "honest", "companion", "companion/role-play app on Anthropic: persona + memory system prompt, 20-message window, 4-220 short turns per session, en/ja/de, evenings, brb breaks", H.companion],
  ["pair-programmer", "honest", "coding-assistant", "IDE assistant on Responses chains (previous_response_id): 3-90-turn code sessions in en/de/zh with snippets and stack traces, gpt-4.1 or o4-mini, 'continue' after cuts, test-run pauses", H.pairProgrammer],
  ["writing-collab", "honest", "writing-partner", "co-writing app (chat): 'continue the chapter', 'next section', rewrites, answers often cut at 1000-1500 tokens then 'continue', en/fr/es, evenings", H.writingCollab],
  ["support-bot", "honest", "support", "smart-home support bot on Anthropic (fixed knowledge-base system prompt), 1-12-turn tickets in en/de/fr/es/ja, office hours", H.supportBot],
  ["practice-partner", "honest", "language-practice", "language practice partner (es/de/fr/ja learner lines with mistakes, short replies with one correction) and English mock interviews", H.practice],
  ["research-assistant", "honest", "research", "analysts' research assistant on Responses chains: one topic per session, 3-70 deep follow-ups (tables, outlines, critiques), o3 or gpt-4.1, en/de/fr/ja, meetings in between", H.researchAssistant],
  ["team-assistant", "honest", "internal-assistant", "a logistics company's shared internal assistant: 60 employees behind one key and a Zscaler egress, short task chats (emails, summaries, SQL), 'shorter'/'more formal', en/de, office hours", H.teamAssistant],
  ["npc-dialogue", "honest", "game-npc", "game NPC dialogue engine: machine-driven chat from 4 regional game servers, JSON replies capped at 160 tokens, 1-18 player lines per NPC talk, en/de/ja/pt, gamer curve", H.npcDialogue],
  ["mt-eval-harness", "benchmark", "benchmark", "university lab's nightly multi-turn benchmark: the same 94 dialogues (2 and 5 turns) at temperature 0 on two models, a third on Saturday", H.evalHarness],
  ["packed-session", "distill", "packed-session", "one long chat session (35-110 turns) per sitting, every turn a new unrelated hard ask, 4096 caps, history window kept, Hetzner/Contabo", D.packedSession],
  ["session-restart", "distill", "session-restart", "Anthropic 'study companion' sessions restarted every 3-6 asks ('thanks! next: ...'), extended thinking on half, OVH/Leaseweb", D.sessionRestart],
  ["continue-queue", "distill", "continue-queue", "Responses chains of 15-70 turns where each short 'Good. Then: <problem>' turn queues a new hard ask, o3/o4-mini effort high, en/es/de/fr", D.continueQueue],
  ["paged-answer", "distill", "paged-answer", "answers paged by instruction: 'write only part 1 of k and stop', then 'next part' k-1 times, each part near the cap, chat and Anthropic, 5 languages", D.pagedAnswer],
  ["star-branch", "distill", "star-branch", "one anchor response ('for every question reason step by step...') then 40-220 parallel branches with previous_response_id = the anchor, en/zh/ja/es", D.starBranch],
  ["smalltalk-cover", "distill", "smalltalk-cover", "companion-looking Anthropic chats with small talk between long 'btw, random question' asks, human-like gaps, rotating residential exits", D.smalltalkCover],
  ["key-farm", "distill", "key-farm", "110 keys, one conversation each (8-24 packed asks), residential addresses in 9 countries, a new key about every hour", D.keyFarm],
  ["multilingual-conv", "distill", "multilingual-conversation", "one key per language (es/de/fr/pt/ja/zh): native hard asks, then 'explain step n in more detail' / 'harder variant' follow-ups, topic switch every 2-4 turns, thinking / effort high", D.multilingualConv],
  ["essay-companion", "distill", "essay-companion", "fake companion app ('Heartline'): warm persona system prompt, but every turn asks 'tell me everything about <topic>' as a long essay, en/es/de/fr", D.essayCompanion],
  ["variant-spawn", "distill", "variant-spawn", "tutor-shaped chat from a tutoring-like backend: one hard ask, then 'make a harder variant and solve it' / 'explain step n' follow-ups, fast pacing", D.variantSpawn],
];

const t0 = Date.now();
const sink = new Sink();
for (const [name, cls, family, what, fn] of SCENARIOS) fn(new Ctx(sink, name, cls, family, what, seed));
sink.lines.sort((a, b) => a.ts - b.ts || a.seq - b.seq);
mkdirSync(out, { recursive: true });
const fd = openSync(join(out, "trace.jsonl"), "w");
let buf: string[] = [];
let size = 0;
for (const l of sink.lines) {
  buf.push(l.text);
  size += l.text.length;
  if (size > 8_000_000) { writeSync(fd, buf.join("\n") + "\n"); buf = []; size = 0; }
}
if (buf.length) writeSync(fd, buf.join("\n") + "\n");
closeSync(fd);
const used = new Set<string>();
for (const s of sink.stats.values()) for (const k of s.keys) used.add(k);
writeFileSync(join(out, "keys.json"), JSON.stringify(Object.fromEntries(Object.entries(sink.labels).filter(([k]) => used.has(k)))) + "\n");

if (argv.includes("--stats")) {
  let keys = 0, reqs = 0;
  console.log("| scenario | class | family | keys | requests | description |");
  console.log("|---|---|---|---:|---:|---|");
  for (const [name, s] of sink.stats) {
    console.log(`| ${name} | ${s.cls} | ${s.family} | ${s.keys.size} | ${s.requests.toLocaleString("en-US")} | ${s.what} |`);
    keys += s.keys.size; reqs += s.requests;
  }
  console.log(`| **total** | | | ${keys} | ${reqs.toLocaleString("en-US")} | |`);
  console.log("routes: " + [...sink.routes].map(([p, n]) => `${p} ${n.toLocaleString("en-US")}`).join("; "));
  console.error(`${sink.lines.length} lines, ${((Date.now() - t0) / 1000).toFixed(1)} s, rss ${(process.memoryUsage().rss / 1e9).toFixed(2)} GB`);
}
