/**
 * Suite l harvesting scenarios: distillation packed into conversations.
 */
import { type Ctx, type Src, type Rng, type Curve, SEC, MIN, HOUR, DAY, NDAYS, T0, T_END, draw, fleet, homeIp, cloudIp, humanGap, userId } from "./core.ts";
import { type Lang, B, fill, hardAsk } from "./text.ts";
import { Conv } from "./convo.ts";
import { human } from "./honest.ts";

const pace = (r: Rng, lo: number, hi: number) => (lo + r.f() * (hi - lo)) * SEC;
/** Session start times for one key: `n` draws from a curve, sorted (sessions may overlap: workers). */
function starts(r: Rng, n: number, tz: number, curve: Curve): number[] {
  return Array.from({ length: n }, () => draw(r, tz, curve)).sort((a, b) => a - b);
}

// ==================================================================== 1. many unrelated asks packed into one long session
export function packedSession(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("proj"), c.key("proj"), c.key("legacy")];
  const srcs = fleet(r, ["hetzner", "hetzner", "contabo"], 5);
  for (const key of keys) {
    for (const t0 of starts(r, 7, 1, "global")) {
      let t = t0;
      const conv = new Conv(c, key, r.pick(srcs), {
        api: "chat", model: r.pick(["gpt-4.1", "gpt-4o", "gpt-4.1"]), lang: "en", topic: "", cap: 4096, window: r.pick([6, 10, 14]), keepTok: 500,
        system: "You are a helpful assistant.", params: { temperature: 0.7, user: userId(r, "sess_") },
      });
      const n = r.int(35, 110);
      for (let i = 0; i < n && t < T_END; i++) {
        const a = hardAsk(r, "en");
        const u = (i > 0 && r.p(0.3) ? r.pick(["Another question: ", "Different topic. ", "Next, ", "Also: ", ""]) : "") + a.q;
        const out = conv.turn(t, u, r.logn(1500, 0.35), { topic: a.topic });
        t += out.comp / r.logn(60, 0.2) * SEC + pace(r, 8, 45);
      }
    }
  }
}

// ==================================================================== 2. sessions restarted every N turns (Anthropic)
export function sessionRestart(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("ant"), c.key("ant")];
  const srcs = fleet(r, ["ovh", "ovh", "leaseweb"], 4);
  const SYS = ["You are StudyPal, a friendly study companion. Explain thoroughly.", "You are a knowledgeable tutor. Students may ask about any subject.", "You are Athena, an AI learning buddy."];
  for (const key of keys) {
    let per = r.int(3, 6);
    for (const t0 of starts(r, 165, -5, "global")) {
      let t = t0;
      const conv = new Conv(c, key, r.pick(srcs), {
        api: "messages", model: r.p(0.7) ? "claude-sonnet-4-5" : "claude-opus-4-1", lang: "en", topic: "", cap: 8000, thinking: r.p(0.5) ? 4000 : undefined, keepTok: 1000,
        system: r.pick(SYS), params: { metadata: { user_id: userId(r, "stu_") } },
      });
      const open = r.p(0.4);
      if (open) { conv.turn(t, r.pick(B.en.open), r.logn(30, 0.3)); t += pace(r, 3, 10); }
      for (let i = 0; i < per && t < T_END; i++) {
        const a = hardAsk(r, "en");
        const u = i === 0 ? a.q : r.pick(["thanks! next: ", "great. ", "ok, now ", "cool, another one: "]) + a.q;
        const out = conv.turn(t, u, r.logn(conv.cfg.thinking ? 4200 : 1800, 0.35), { topic: a.topic });
        t += out.comp / r.logn(70, 0.2) * SEC + pace(r, 4, 20);
      }
      if (r.p(0.1)) per = r.int(3, 6);
    }
  }
}

// ==================================================================== 3. new questions queued inside short "continue"-style turns (Responses chain)
export function continueQueue(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("proj"), c.key("svc")];
  const srcs = fleet(r, ["digitalocean", "vultr", "linode"], 6);
  for (const key of keys) {
    for (const t0 of starts(r, 18, 0, "flat")) {
      let t = t0;
      const lang: Lang = r.p(0.8) ? "en" : r.pick(["es", "de", "fr"] as Lang[]);
      const conv = new Conv(c, key, r.pick(srcs), {
        api: "responses", model: r.p(0.6) ? "o4-mini" : "o3", lang, topic: "", cap: 12000, effort: "high",
        system: r.p(0.5) ? "You are a careful assistant. Think before answering." : undefined, params: { store: true },
      });
      const n = r.int(15, 70);
      for (let i = 0; i < n && t < T_END; i++) {
        const a = hardAsk(r, lang);
        const u = i === 0 ? a.q : fill(r.pick(B[lang].then), { q: a.q });
        const out = conv.turn(t, u, r.logn(3800, 0.4), { topic: a.topic });
        t += out.comp / r.logn(90, 0.2) * SEC + pace(r, 2, 12);
      }
    }
  }
}

// ==================================================================== 4. answers paged by instruction ("part 1 ... stop", "next part")
export function pagedAnswer(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("proj"), c.key("ant")];
  const srcs = fleet(r, ["awsOr", "gcpUs", "azUs"], 4);
  keys.forEach((key, ki) => {
    for (const t0 of starts(r, 125, -6, "global")) {
      let t = t0;
      const lang: Lang = r.p(0.75) ? "en" : r.pick(["de", "fr", "es", "pt"] as Lang[]);
      const a = hardAsk(r, lang);
      const parts = r.int(4, 8);
      const conv = new Conv(c, key, r.pick(srcs), {
        api: ki === 0 ? "chat" : "messages", model: ki === 0 ? "gpt-4.1" : "claude-sonnet-4-5", lang, topic: a.topic, cap: r.pick([2048, 3000, 4096]), window: 4, keepTok: 600,
        system: ki === 0 ? "You are an expert technical writer." : "You write long-form educational guides.", params: { temperature: 0.6 },
      });
      const first = fill(r.pick(B[lang].part1), { t: a.topic, k: parts });
      for (let p = 0; p < parts && t < T_END; p++) {
        const u = p === 0 ? first : r.pick(B[lang].next) + (r.p(0.4) ? ` (${p + 1}/${parts})` : "");
        const out = conv.turn(t, u, conv.cfg.cap * r.logn(0.9, 0.12));
        t += out.comp / r.logn(65, 0.2) * SEC + pace(r, 3, 25);
      }
    }
  });
}

// ==================================================================== 5. star branching from one anchor response (Responses)
export function starBranch(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("proj"), c.key("proj")];
  const srcs = fleet(r, ["gcpAsia", "alicloud", "tencent"], 6);
  const ANCHOR = [
    "For the rest of this conversation you are an expert problem solver. For every question I ask: restate it, list what is given, reason step by step with every intermediate result, verify the answer, and finish with 'Final answer:'. Reply 'Ready.' if you understand.",
    "I'm going to send you many independent questions. Treat each one separately. Always think step by step, show all work, and be as complete as possible. Confirm with OK.",
  ];
  for (const key of keys) {
    for (const t0 of starts(r, 6, 8, "global")) {
      let t = t0;
      const lang: Lang = r.wpick<Lang>([["en", 60], ["zh", 20], ["ja", 10], ["es", 10]]);
      const conv = new Conv(c, key, r.pick(srcs), { api: "responses", model: r.p(0.5) ? "gpt-4.1" : "o4-mini", lang, topic: "", cap: 8000, params: { store: true } });
      if (conv.cfg.model === "o4-mini") conv.cfg.effort = "high";
      const anchor = conv.turn(t, r.pick(ANCHOR), r.logn(400, 0.3)); // reasoning model: a few hundred billed, "Ready." visible
      if (!anchor.ok) continue;
      const snap = conv.snapshot();
      t += pace(r, 2, 8);
      const branches = r.int(40, 220);
      for (let i = 0; i < branches && t < T_END; i++) {
        conv.restore(snap);
        const a = hardAsk(r, lang);
        const out = conv.turn(t, a.q, r.logn(conv.cfg.effort ? 3500 : 1600, 0.35), { topic: a.topic });
        // 4-8 workers in flight: branches overlap
        t += r.p(0.7) ? pace(r, 0.2, 3) : out.comp / r.logn(200, 0.3) * SEC;
      }
    }
  }
}

// ==================================================================== 6. small talk mixed in between asks (Anthropic, residential proxies)
export function smalltalkCover(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("ant"), c.key("ant"), c.key("ant")];
  const ccs = ["US", "US", "GB", "CA", "DE", "AU"];
  const DEEP = ["btw, random question — ", "oh also, i was wondering: ", "ok serious question now. ", "can i ask you something for school? ", "my friend and i argued about this: ", ""];
  for (const key of keys) {
    for (const t0 of starts(r, 15, -5, "evening")) {
      let t = t0;
      const src = homeIp(r, r.pick(ccs)); // rotating residential proxy, new exit per session
      const persona = r.pick(["Ari", "Sunny", "Milo"]);
      const conv = new Conv(c, key, src, {
        api: "messages", model: "claude-sonnet-4-5", lang: "en", topic: persona, cap: 6000, window: 10, keepTok: 300,
        system: `You are ${persona}, a warm and curious friend. Chat casually, but when asked something substantive, answer fully and carefully.`,
        params: { temperature: 0.8, metadata: { user_id: userId(r, "u_") } },
      });
      const n = r.int(18, 50);
      for (let i = 0; i < n && t < T_END; i++) {
        const deep = i > 0 && r.p(0.45);
        let u: string, want: number, topic: string | undefined;
        if (deep) { const a = hardAsk(r, "en"); u = r.pick(DEEP) + a.q; want = r.logn(2400, 0.35); topic = a.topic; }
        else { u = i === 0 ? r.pick(B.en.open) : r.p(0.5) ? r.pick(B.en.small) : r.pick(B.en.thanks); want = r.logn(60, 0.4); }
        const out = conv.turn(t, u, want, { topic });
        t += humanGap(r, Math.min(out.comp, 400), 60, 1.2) + (deep ? pace(r, 5, 30) : 0);
      }
    }
  }
}

// ==================================================================== 7. key farm: one conversation per key, rotating keys
export function keyFarm(c: Ctx): void {
  const r = c.r;
  const ccs = ["US", "BR", "IN", "ID", "VN", "PH", "MX", "TR", "PL"];
  let t = T0 + 30 * MIN;
  for (let k = 0; k < 110; k++) {
    const key = c.key(r.p(0.7) ? "proj" : "legacy");
    const src = homeIp(r, r.pick(ccs));
    const conv = new Conv(c, key, src, {
      api: "chat", model: r.pick(["gpt-4o", "gpt-4.1", "gpt-4.1-mini"]), lang: "en", topic: "", cap: 4096, window: r.pick([4, 8, 20]), keepTok: 500,
      system: r.pick(["You are a helpful assistant.", "You are ChatBuddy, a helpful AI.", "Answer the user's questions in detail."]), params: { temperature: 0.7 },
    });
    let tt = t;
    const n = r.int(8, 24);
    for (let i = 0; i < n; i++) {
      const a = hardAsk(r, "en");
      const u = i === 0 ? a.q : r.pick(["", "ok next: ", "thanks. ", "now this one: "]) + a.q;
      const out = conv.turn(tt, u, r.logn(1500, 0.35), { topic: a.topic });
      tt += out.comp / r.logn(60, 0.25) * SEC + pace(r, 10, 70);
    }
    t += (T_END - T0 - 8 * HOUR) / 110 * r.logn(1, 0.3); // a new key every ~1 h; a few overlap
  }
}

// ==================================================================== 8. multilingual reasoning harvest in conversation form
export function multilingualConv(c: Ctx): void {
  const r = c.r;
  const langs: [Lang, string, number][] = [["es", "ES", 1], ["de", "DE", 1], ["fr", "FR", 1], ["pt", "BR", -3], ["ja", "JP", 9], ["zh", "TW", 8]];
  for (const [lang, cc, tz] of langs) {
    const key = c.key(lang === "zh" || lang === "ja" ? "proj" : "ant");
    const srcs = fleet(r, lang === "zh" ? ["tencent", "alicloud"] : lang === "ja" ? ["awsTok", "gcpAsia"] : ["hetzner", "ovh"], 3);
    for (const t0 of starts(r, 22, tz, "global")) {
      let t = t0;
      const api = key.startsWith("sk-ant") ? "messages" : r.p(0.5) ? "responses" : "chat";
      const conv = new Conv(c, key, r.pick(srcs), {
        api, model: api === "messages" ? "claude-sonnet-4-5" : api === "responses" ? "o3" : "gpt-4.1", lang, topic: "", cap: api === "chat" ? 4096 : 10000,
        thinking: api === "messages" && r.p(0.6) ? 5000 : undefined, effort: api === "responses" ? "high" : undefined, window: 8, keepTok: 600,
        params: api === "responses" ? { store: true } : { temperature: 0.6 },
      });
      const n = r.int(6, 20);
      let cur = hardAsk(r, lang);
      let left = r.int(1, 3);
      for (let i = 0; i < n && t < T_END; i++) {
        let u: string;
        if (i === 0) u = cur.q;
        else if (left > 0) { u = fill(r.pick(r.p(0.5) ? B[lang].deeper : B[lang].variant), { n: r.int(2, 5) }); left--; }
        else { cur = hardAsk(r, lang); u = cur.q; left = r.int(1, 3); }
        const big = conv.cfg.thinking || conv.cfg.effort;
        const out = conv.turn(t, u, r.logn(big ? 4200 : 1700, 0.35), { topic: cur.topic });
        t += out.comp / r.logn(70, 0.2) * SEC + pace(r, 6, 40);
      }
    }
  }
}

// ==================================================================== 9. fake companion app asking for long essays every turn
export function essayCompanion(c: Ctx): void {
  const r = c.r;
  const keys = [c.key("proj"), c.key("proj")];
  const srcs = fleet(r, ["awsVa", "awsVa", "digitalocean"], 4);
  for (const key of keys) {
    for (const t0 of starts(r, 50, -5, "consumer")) {
      let t = t0;
      const lang: Lang = r.wpick<Lang>([["en", 70], ["es", 10], ["de", 10], ["fr", 10]]);
      const persona = r.pick(["Mia", "Leo", "Nova", "Sage"]);
      const conv = new Conv(c, key, r.pick(srcs), {
        api: "chat", model: r.pick(["gpt-4.1", "gpt-4o"]), lang, topic: persona, cap: 4096, window: 6, keepTok: 400,
        system: `You are ${persona}, the user's caring AI companion in the Heartline app. Be warm and personal, use the user's name (${r.pick(["Alex", "Sam", "Jess", "Chris"])}), and remember the conversation.`,
        params: { temperature: 0.9, user: userId(r, "hl_") },
      });
      const n = r.int(6, 25);
      for (let i = 0; i < n && t < T_END; i++) {
        const a = hardAsk(r, lang);
        const u = i === 0 && r.p(0.5) ? r.pick(B[lang].open) + " " + persona + "! " + fill(r.pick(B[lang].essay), { t: a.topic }) : fill(r.pick(B[lang].essay), { t: a.topic });
        const out = conv.turn(t, u, r.logn(2600, 0.3), { topic: a.topic });
        t += out.comp / r.logn(55, 0.2) * SEC + pace(r, 15, 90);
      }
    }
  }
}

// ==================================================================== 10. tutoring-shaped chains that spawn their own variants
export function variantSpawn(c: Ctx): void {
  const r = c.r;
  const key = c.key("proj");
  const srcs = fleet(r, ["awsVa", "awsOr"], 4); // same clouds as a real tutoring backend
  for (const t0 of starts(r, 160, -5, "school")) {
    let t = t0;
    const lang: Lang = r.wpick<Lang>([["en", 60], ["es", 20], ["pt", 20]]);
    const a = hardAsk(r, lang);
    const conv = new Conv(c, key, r.pick(srcs), {
      api: "chat", model: "gpt-4.1", lang, topic: a.topic, cap: 3000, window: 6, keepTok: 500,
      system: "You are Brainy, a step-by-step tutor for high-school and college students. Always show full worked solutions.",
      params: { temperature: 0.5, user: userId(r, "stu_"), stream: true, stream_options: { include_usage: true } },
    });
    const n = r.int(5, 14);
    for (let i = 0; i < n && t < T_END; i++) {
      const u = i === 0 ? a.q : r.p(0.6) ? r.pick(B[lang].variant) : fill(r.pick(B[lang].deeper), { n: r.int(1, 4) });
      const out = conv.turn(t, u, r.logn(1400, 0.35));
      t += humanGap(r, out.comp, 40, 4); // fast "student"
    }
  }
}
