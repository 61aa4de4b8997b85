// Honest products composed for round 65. Each returns trace events (README format, with usage).
import { rng, arrivals, sentence, paragraph, textOfTokens, LEX } from "./lib.mjs";

const ip = (r, base) => `${base}.${r.int(2, 250)}`;

// ---- P1: online-evaluation SaaS (LLM-as-judge, G-Eval style with token-probability scoring) ----
// One backend key of an eval platform: its customers' chatbot transcripts (many languages) are
// scored by a judge model on a few criteria. DeepEval-style G-Eval reads the score token's
// distribution (logprobs + top_logprobs 20) to weigh the 1-10 score.
export function judge({ seed = 65101, days = 3, perDay = 3000, topLogprobs = 20, langs = ["en", "es", "de", "fr", "pt", "ja", "ru", "ko", "ar", "hi", "zh"], withReason = true, maxTokens = 0, key = "sk-verdict-prod-01" } = {}) {
  const r = rng(seed);
  const crit = [
    ["Faithfulness", "Is every claim in the answer supported by the retrieved context?"],
    ["Answer relevancy", "Does the answer address the user's question directly?"],
    ["Coherence", "Is the answer well structured and easy to follow?"],
    ["Politeness", "Is the tone respectful and on brand?"],
    ["Completeness", "Does the answer cover every part of the question?"],
  ];
  const ev = [];
  for (const ts of arrivals(r, { days, perDay })) {
    const [name, desc] = r.pick(crit);
    const lang = r.chance(0.45) ? "en" : r.pick(langs);
    const sys = `You are an evaluator for LLM outputs. Criterion: ${name}. ${desc}\nEvaluation steps:\n1. Read the input, the retrieved context and the actual output.\n2. Compare the actual output against the criterion.\n3. Assign a score from 1 to 10, where 10 fully meets the criterion.\n${withReason ? 'Return JSON: {"reason": "<one or two sentences>", "score": <int>}.' : "Return only the score as an integer."}`;
    const ctx = textOfTokens(r, lang, r.int(150, 700));
    const q = sentence(r, lang, 8, 16);
    const a = paragraph(r, lang, 2, 6);
    const user = `Input:\n${q}\n\nRetrieval context:\n${ctx}\n\nActual output:\n${a}\n\n${withReason ? "JSON:" : "Score:"}`;
    const body = { model: "gpt-4.1-mini", messages: [{ role: "system", content: sys }, { role: "user", content: user }], temperature: 0 };
    if (topLogprobs) { body.logprobs = true; body.top_logprobs = topLogprobs; }
    if (!withReason) body.max_tokens = 2;
    if (maxTokens) body.max_tokens = maxTokens;
    const pt = Math.round((sys.length + user.length) / 3.6);
    const ct = withReason ? r.int(35, 110) : 1;
    ev.push({ ts, key, ip: ip(r, "34.82.14"), asn: 396982, country: "US", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: pt, completion_tokens: ct }, _p: "judge" });
  }
  return ev;
}

// ---------- code text ----------
const IDS = ["user", "order", "cart", "item", "price", "total", "config", "cache", "token", "session", "route", "handler", "query", "result", "list", "map", "index", "count", "value", "name", "payload", "client", "server", "queue", "retry", "timeout", "logger", "event", "state", "store", "render", "parse", "format", "validate", "fetch", "update", "build", "load", "save", "merge"];
function ident(r) { const a = r.pick(IDS), b = r.pick(IDS); return a + b[0].toUpperCase() + b.slice(1); }
export function codeOfTokens(r, tokens, lang = "ts") {
  const lines = [];
  let chars = 0;
  const target = tokens * 3.2;
  let depth = 0;
  while (chars < target) {
    let l;
    const c = r();
    if (depth === 0 || c < 0.12) {
      l = lang === "py" ? `def ${ident(r)}(${ident(r)}, ${ident(r)}=None):` : `export function ${ident(r)}(${ident(r)}: ${r.pick(["string", "number", "Order", "Config", "Item[]"])}) {`;
      if (depth > 0 && lang !== "py") { lines.push("  ".repeat(depth - 1) + "}"); depth--; }
      depth = 1;
    } else if (c < 0.35) l = `${lang === "py" ? "" : "const "}${ident(r)} = ${ident(r)}.${r.pick(IDS)}(${ident(r)}, ${r.int(0, 500)})${lang === "py" ? "" : ";"}`;
    else if (c < 0.5) l = `if (${ident(r)} ${r.pick(["===", ">", "<", "!=="])} ${r.pick([String(r.int(0, 99)), "null", ident(r)])})${lang === "py" ? ":" : " {"} return ${ident(r)}${lang === "py" ? "" : "; }"}`;
    else if (c < 0.62) l = `// ${sentence(r, "en", 5, 11)}`;
    else if (c < 0.8) l = `${ident(r)}.${r.pick(["push", "set", "emit", "append", "add"])}(${ident(r)})${lang === "py" ? "" : ";"}`;
    else l = `${lang === "py" ? "" : "await "}${ident(r)}(${ident(r)}, { ${r.pick(IDS)}: ${ident(r)}, ${r.pick(IDS)}: ${r.int(1, 60)} })${lang === "py" ? "" : ";"}`;
    const s = "  ".repeat(depth) + l;
    lines.push(s);
    chars += s.length + 1;
  }
  if (lang !== "py") lines.push("}");
  return lines.join("\n");
}

// ---- P2: a hosted coding agent on Claude (one backend key, many developers) ----
const AGENT_TOOLS = [
  ["Read", "Reads a file from the repository. Use absolute paths. Returns the file with line numbers.", { file_path: "Absolute path of the file to read", offset: "Line to start at", limit: "Number of lines" }],
  ["Write", "Writes a file to the repository, replacing it if it exists. Prefer Edit for existing files.", { file_path: "Absolute path", content: "The full content to write" }],
  ["Edit", "Replaces an exact string in a file. old_string must be unique in the file.", { file_path: "Absolute path", old_string: "Text to replace", new_string: "Replacement text" }],
  ["Bash", "Runs a shell command in the sandbox (tests, build, git). Commands time out after 120 s.", { command: "The command", description: "What it does in 5-10 words" }],
  ["Grep", "Searches file contents with a regular expression (ripgrep).", { pattern: "Regex", path: "Directory", glob: "File filter" }],
  ["Glob", "Finds files by name pattern.", { pattern: "Glob pattern such as src/**/*.ts" }],
  ["TodoWrite", "Updates the task list shown to the developer.", { todos: "The full list of todos with status" }],
  ["WebFetch", "Fetches a documentation page and returns it as markdown.", { url: "URL", prompt: "What to extract" }],
];
function agentSystem() {
  const rules = [
    "You are Forge, an autonomous software engineering agent working inside the developer's repository.",
    "Always read a file before editing it. Keep changes minimal and focused on the task.",
    "Run the project's tests after every change and fix what you broke before you finish.",
    "Never commit secrets. Never push to remote branches unless the developer asks you to.",
    "Follow the repository's conventions for naming, formatting and imports.",
    "When a command fails, read its output carefully and change your approach instead of retrying blindly.",
    "Explain what you changed in a short summary when the task is done, with the files you touched.",
    "Use the TodoWrite tool to plan tasks with three or more steps and keep it up to date.",
    "Prefer Edit over Write for existing files; use Write only for new files or complete rewrites.",
    "If the task is ambiguous, make a reasonable assumption and state it in your summary.",
  ];
  let s = rules.join("\n");
  // house style guide of the product (fixed)
  const r = rng(4242);
  for (let i = 0; i < 14; i++) s += "\n- " + sentence(r, "en", 10, 20);
  return s;
}
export function codingAgent({ seed = 65201, days = 3, sessionsPerDay = 110, maxTokens = 32000, tools = true, key = "sk-ant-forge-backend", langs = ["en", "en", "en", "es", "de", "pt", "ja"] } = {}) {
  const r = rng(seed);
  const sys = agentSystem();
  const toolDefs = AGENT_TOOLS.map(([name, description, props]) => ({ name, description, input_schema: { type: "object", properties: Object.fromEntries(Object.entries(props).map(([k, d]) => [k, { type: "string", description: d }])), required: [Object.keys(props)[0]] } }));
  const fixedTok = Math.round((sys.length + JSON.stringify(toolDefs).length) / 3.5) + 400;
  const ev = [];
  const starts = arrivals(r, { days, perDay: sessionsPerDay });
  let sid = 0;
  for (const t0 of starts) {
    sid++;
    const lang = r.pick(langs);
    const file = () => `/workspace/${r.pick(["src", "lib", "app", "server"])}/${ident(r)}.${r.pick(["ts", "ts", "py", "tsx"])}`;
    const task = `${sentence(r, lang, 8, 18)} ${r.chance(0.5) ? sentence(r, lang, 6, 14) : ""} ${r.chance(0.4) ? "See " + file() + "." : ""}`.trim();
    const msgs = [{ role: "user", content: [{ type: "text", text: task }] }];
    let ts = t0;
    let histTok = Math.round(task.length / 3.5);
    const steps = r.int(6, 26);
    let followups = r.chance(0.35) ? 1 : 0;
    for (let s = 0; s <= steps; s++) {
      const last = s === steps;
      // decide the assistant's turn
      let assistant, outTok, toolResult = null;
      if (last) {
        const txt = paragraph(r, lang, 2, 5) + "\n\nFiles changed: " + Array.from({ length: r.int(1, 4) }, file).join(", ");
        outTok = Math.round(txt.length / 3.6);
        assistant = [{ type: "text", text: txt }];
      } else {
        const c = r();
        const id = "toolu_" + r.id(20);
        let name, input;
        if (c < 0.3) { name = "Read"; input = { file_path: file() }; toolResult = codeOfTokens(r, r.int(250, 1600), r.chance(0.3) ? "py" : "ts"); }
        else if (c < 0.42) { name = "Grep"; input = { pattern: ident(r), path: "/workspace/src" }; toolResult = Array.from({ length: r.int(2, 12) }, () => `${file()}:${r.int(1, 400)}: ${ident(r)}(${ident(r)})`).join("\n"); }
        else if (c < 0.58) { name = "Bash"; input = { command: r.pick(["npm test", "npm run build", "pytest -q", "git diff --stat", "npm run lint"]), description: "Run the checks" }; toolResult = Array.from({ length: r.int(3, 30) }, () => r.chance(0.8) ? `  ✓ ${sentence(r, "en", 4, 9)} (${r.int(1, 90)} ms)` : `  ✗ ${ident(r)} expected ${r.int(0, 9)} got ${r.int(0, 9)}`).join("\n"); }
        else if (c < 0.82) { name = "Edit"; input = { file_path: file(), old_string: codeOfTokens(r, r.int(30, 250)), new_string: codeOfTokens(r, r.int(60, 900)) }; toolResult = "The file has been updated."; }
        else if (c < 0.92) { name = "Write"; input = { file_path: file(), content: codeOfTokens(r, r.int(300, 3200), r.chance(0.3) ? "py" : "ts") }; toolResult = "File created successfully."; }
        else { name = "TodoWrite"; input = { todos: Array.from({ length: r.int(3, 6) }, () => ({ content: sentence(r, lang, 4, 9), status: r.pick(["pending", "in_progress", "completed"]) })) }; toolResult = "Todos updated."; }
        assistant = [];
        if (r.chance(0.45)) assistant.push({ type: "text", text: sentence(r, lang, 6, 16) });
        assistant.push({ type: "tool_use", id, name, input });
        outTok = Math.round(JSON.stringify(assistant).length / 3.4) + 12;
        assistant._id = id;
      }
      const body = { model: "claude-sonnet-4-5", max_tokens: maxTokens, system: [{ type: "text", text: sys, cache_control: { type: "ephemeral" } }], messages: JSON.parse(JSON.stringify(msgs)), stream: true };
      if (tools) body.tools = toolDefs;
      const promptTok = fixedTok + histTok;
      ev.push({ ts, key, ip: ip(r, "18.204.77"), asn: 14618, country: "US", method: "POST", path: "/v1/messages", body, usage: { prompt_tokens: promptTok, completion_tokens: outTok }, _p: "agent", _sid: sid });
      const gen = 900 + outTok * 16 + r.int(0, 1500);
      const id = assistant._id; delete assistant._id;
      msgs.push({ role: "assistant", content: assistant });
      histTok += outTok;
      if (last) {
        if (followups-- > 0) {
          const fu = sentence(r, lang, 6, 16);
          msgs.push({ role: "user", content: [{ type: "text", text: fu }] });
          histTok += Math.round(fu.length / 3.5);
          ts += gen + r.int(25_000, 240_000);
          s = steps - r.int(3, 8) - 1; // more steps after the follow-up
          continue;
        }
        break;
      }
      const res = toolResult;
      msgs.push({ role: "user", content: [{ type: "tool_result", tool_use_id: id, content: res }] });
      histTok += Math.round(res.length / 3.3);
      ts += gen + r.int(150, 9000);
    }
  }
  return ev;
}

// ---- P3: IDE autocompletion (FIM on /v1/completions) + IDE chat, one backend key ----
export function ide({ seed = 65301, days = 3, perDay = 9000, chatShare = 0.06, cycleShare = 0.05, key = "sk-tabby-backend" } = {}) {
  const r = rng(seed);
  const ev = [];
  for (const ts of arrivals(r, { days, perDay })) {
    if (r.chance(chatShare)) {
      const code = codeOfTokens(r, r.int(200, 1500), r.chance(0.3) ? "py" : "ts");
      const q = `${sentence(r, "en", 8, 18)}\n\n\`\`\`\n${code}\n\`\`\``;
      const body = { model: "gpt-4.1", messages: [{ role: "system", content: "You are a coding assistant inside the editor. Answer concisely, with code blocks for code. The user's open file and selection are attached." }, { role: "user", content: q }], temperature: 0.2, stream: true, stream_options: { include_usage: true } };
      const out = r.chance(0.5) ? r.int(120, 500) : r.int(500, 1400);
      ev.push({ ts, key, ip: ip(r, "52.14.201"), asn: 16509, country: "US", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: Math.round(q.length / 3.3) + 40, completion_tokens: out }, _p: "chat" });
      continue;
    }
    const pre = `// path: src/${ident(r)}.ts\n` + codeOfTokens(r, r.int(300, 1500));
    const suf = codeOfTokens(r, r.int(0, 500));
    const cycle = r.chance(cycleShare);
    const body = { model: "gpt-3.5-turbo-instruct", prompt: pre, suffix: suf, max_tokens: cycle ? 500 : r.pick([64, 128, 256]), temperature: cycle ? 0.8 : 0, top_p: 1, n: cycle ? 3 : 1, stop: ["\n\n\n"], stream: true };
    const out = (cycle ? 3 : 1) * r.int(8, 120);
    ev.push({ ts, key, ip: ip(r, "52.14.201"), asn: 16509, country: "US", method: "POST", path: "/v1/completions", body, usage: { prompt_tokens: Math.round((pre.length + suf.length) / 3.2), completion_tokens: out }, _p: "fim" });
  }
  return ev;
}

// ---- P4: meeting / call summariser (long transcripts in, summaries + action items out) ----
export function meetings({ seed = 65401, days = 3, perDay = 1400, maxTokens = 4096, langs = ["en", "en", "en", "es", "de", "fr", "pt", "ja"], key = "sk-minutes-backend" } = {}) {
  const r = rng(seed);
  const ev = [];
  const sys = "You summarise meeting transcripts for Minutes.app. Output markdown with: a title, a 3-5 sentence summary, decisions, action items (owner, due date), open questions. Write in the language of the meeting. Do not invent facts.";
  for (const ts of arrivals(r, { days, perDay })) {
    const lang = r.pick(langs);
    const names = ["Ana", "Ben", "Chen", "Dara", "Emil", "Fatima", "Goro", "Hana", "Ivan", "Julia"];
    const mins = r.int(15, 75);
    const tTok = mins * r.int(120, 170);
    let tr = "";
    while (tr.length < tTok * (lang === "ja" ? 1.3 : 4)) tr += `[${String(r.int(0, 59)).padStart(2, "0")}:${String(r.int(0, 59)).padStart(2, "0")}] ${r.pick(names)}: ${sentence(r, lang, 5, 22)}\n`;
    const body = { model: "gpt-4.1", messages: [{ role: "system", content: sys }, { role: "user", content: `Meeting: ${sentence(r, lang, 3, 6)}\nDuration: ${mins} min\n\nTranscript:\n${tr}` }], temperature: 0.3, max_tokens: maxTokens };
    const out = Math.round(r.int(350, 900) + mins * r.int(4, 14));
    ev.push({ ts, key, ip: ip(r, "35.190.3"), asn: 396982, country: "US", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: tTok + 80, completion_tokens: out }, _p: "meet" });
  }
  return ev;
}

// ---- P5: game NPC dialogue engine (personas, players' conversations, short spoken lines) ----
export function npc({ seed = 65501, days = 3, convPerDay = 2500, langs = ["en", "en", "es", "pt", "de", "fr", "ru", "ja", "ko", "zh"], key = "sk-questforge-npc" } = {}) {
  const r = rng(seed);
  const personas = Array.from({ length: 40 }, (_, i) => `You are ${["Brom", "Elsa", "Kael", "Mira", "Oswin", "Tilda", "Varn", "Yuki"][i % 8]} the ${["blacksmith", "innkeeper", "guard captain", "herbalist", "merchant", "priestess", "ferryman", "scholar"][Math.floor(i / 5) % 8]} of ${["Ashford", "Brightwater", "Coldmere", "Duskvale", "Emberfall"][i % 5]}. Stay in character. Speak in one to three short sentences. Never mention being an AI. Quest state and player facts follow.`);
  const ev = [];
  for (const t0 of arrivals(r, { days, perDay: convPerDay })) {
    const lang = r.pick(langs);
    const sys = r.pick(personas) + `\nQuest: ${r.pick(["lost_ring", "wolf_hunt", "bridge_toll", "missing_caravan", "festival"])} stage ${r.int(1, 5)}. Player level ${r.int(1, 60)}. Reply in the player's language.`;
    const msgs = [{ role: "system", content: sys }];
    let ts = t0;
    const turns = r.int(2, 9);
    for (let k = 0; k < turns; k++) {
      const line = sentence(r, lang, 3, 12);
      msgs.push({ role: "user", content: line });
      const out = r.int(18, 85);
      const body = { model: "gpt-4.1-mini", messages: JSON.parse(JSON.stringify(msgs)), temperature: 0.9, max_tokens: 150, presence_penalty: 0.3 };
      ev.push({ ts, key, ip: ip(r, "104.18.44"), asn: 13335, country: "US", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: Math.round(JSON.stringify(msgs).length / 3.5), completion_tokens: out }, _p: "npc" });
      msgs.push({ role: "assistant", content: sentence(r, lang, 4, Math.min(30, Math.round(out / 2.5))) });
      ts += 1500 + out * 70 + r.int(2500, 20000); // TTS of the line, player reads / types
    }
  }
  return ev;
}

// ---- P6: e-mail autoresponder (support inbox drafts, queue-paced) ----
export function email({ seed = 65601, days = 3, perDay = 2600, langs = ["en", "en", "es", "de", "fr", "pt", "it"], key = "sk-inboxpilot-backend" } = {}) {
  const r = rng(seed);
  const ev = [];
  const lx = (l) => (LEX[l] ? l : "en");
  for (const ts of arrivals(r, { days, perDay })) {
    const lang = lx(r.pick(langs));
    const kb = Array.from({ length: r.int(2, 5) }, () => `### ${sentence(r, lang, 3, 6)}\n${paragraph(r, lang, 2, 5)}`).join("\n\n");
    const mail = `From: ${r.id(6)}@example.${r.pick(["com", "de", "es", "fr"])}\nSubject: ${sentence(r, lang, 3, 8)}\n\n${paragraph(r, lang, 2, 7)}`;
    const body = { model: "gpt-4.1-mini", messages: [{ role: "system", content: `You draft replies for the support team of ${r.pick(["Nordhaus", "Lumen Bikes", "Cafe Tanto", "Pixelprint"])}. Use only the help-centre articles below. Sign as "The support team". If unsure, say a colleague will follow up.\n\nHelp-centre articles:\n${kb}` }, { role: "user", content: mail }], temperature: 0.4, max_tokens: 1024 };
    ev.push({ ts, key, ip: ip(r, "20.61.9"), asn: 8075, country: "IE", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: Math.round((kb.length + mail.length) / 3.8) + 70, completion_tokens: r.int(120, 420) }, _p: "mail" });
  }
  return ev;
}

// ---- P7: children's story app with a fixed safety logit_bias (banned tokens) ----
export function stories({ seed = 65701, days = 3, perDay = 2200, logitBias = true, maxTokens = 1000, langs = ["en", "en", "en", "es"], key = "sk-bedtime-backend" } = {}) {
  const r = rng(seed);
  const bias = {};
  const rb = rng(77);
  for (let i = 0; i < 60; i++) bias[String(rb.int(1000, 199000))] = -100;
  const heroes = ["a dragon", "a shy robot", "a little fox", "two penguins", "a grandma astronaut", "a lost kitten", "a brave snail", "a pirate girl", "a cloud", "a tiny dinosaur"];
  const wants = ["learns to share", "is afraid of the dark", "wants to fly", "bakes a cake", "finds a friend", "visits the moon", "cleans the ocean", "goes to school", "loses a tooth", "plants a garden"];
  const ev = [];
  for (const ts of arrivals(r, { days, perDay })) {
    const lang = r.pick(langs);
    const name = r.pick(["Mia", "Leo", "Noah", "Emma", "Lucía", "Mateo", "Zoe", "Omar"]);
    const ask = lang === "en" ? `Story about ${r.pick(heroes)} who ${r.pick(wants)}. Child's name: ${name}, age ${r.int(3, 9)}. ${r.chance(0.4) ? "Include " + r.pick(["a song", "a funny hat", "their dog", "a rainbow", "numbers to count"]) + "." : ""}` : `Cuento sobre ${r.pick(["un dragón", "un robot tímido", "un zorrito", "dos pingüinos", "una gatita perdida"])} que ${r.pick(["aprende a compartir", "tiene miedo a la oscuridad", "quiere volar", "hace un pastel", "encuentra un amigo"])}. Nombre: ${name}, edad ${r.int(3, 9)}.`;
    const body = { model: "gpt-4.1-mini", messages: [{ role: "system", content: "You are Bedtime Buddy. Write a gentle bedtime story for the child described, 400-700 words, simple words for the age, a calm ending, no violence or scary content, in the language of the request. Give it a title." }, { role: "user", content: ask }], temperature: 0.9, max_tokens: maxTokens };
    if (logitBias) body.logit_bias = bias;
    ev.push({ ts, key, ip: ip(r, "3.120.55"), asn: 16509, country: "DE", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: Math.round(ask.length / 3.8) + 60, completion_tokens: Math.min(maxTokens, r.int(520, 980)) }, _p: "story" });
  }
  return ev;
}

// ---- P8: contract reviewer on o3 (reasoning by parameter, long documents) ----
export function legal({ seed = 65801, days = 3, perDay = 700, effort = "high", langs = ["en", "en", "de", "fr", "es"], key = "sk-clausewise-backend" } = {}) {
  const r = rng(seed);
  const ev = [];
  for (const ts of arrivals(r, { days, perDay })) {
    const lang = r.pick(langs);
    const docTok = r.int(2500, 11000);
    const doc = Array.from({ length: Math.ceil(docTok / 160) }, (_, i) => `${i + 1}. ${paragraph(r, lang, 3, 5)}`).join("\n").slice(0, docTok * 4);
    const body = { model: "o3", messages: [{ role: "developer", content: "You review contracts for ClauseWise. Compare the contract with the client's playbook. For each risky clause give the clause number, the risk, a severity (low/medium/high) and a suggested redline. End with an overall recommendation." }, { role: "user", content: `Playbook: ${r.pick(["SaaS vendor (buyer side)", "NDA mutual", "Employment (EU)", "Supply agreement"])}\n\nContract:\n${doc}` }], max_completion_tokens: 25000 };
    if (effort) body.reasoning_effort = effort;
    const vis = r.int(600, 2200), reas = r.int(1500, 12000);
    ev.push({ ts, key, ip: ip(r, "40.113.9"), asn: 8075, country: "NL", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: docTok + 90, completion_tokens: vis + reas, completion_tokens_details: { reasoning_tokens: reas } }, _p: "legal" });
  }
  return ev;
}

// ---- P9: a Codex-style coding agent on the Responses API, stateless (store: false, ZDR org):
// full input resent each turn with the encrypted reasoning items, reasoning summaries "auto" ----
export function codexAgent({ seed = 65901, days = 3, sessionsPerDay = 90, encrypted = true, summary = "auto", key = "sk-shipyard-agent" } = {}) {
  const r = rng(seed);
  const instr = agentSystem().replace("Forge", "Shipyard");
  const tools = [
    { type: "function", name: "shell", description: "Runs a shell command in the sandbox and returns stdout and stderr.", parameters: { type: "object", properties: { command: { type: "array", items: { type: "string" } }, workdir: { type: "string" } }, required: ["command"] } },
    { type: "function", name: "apply_patch", description: "Applies a patch in the V4A diff format to files in the repository.", parameters: { type: "object", properties: { input: { type: "string", description: "The patch" } }, required: ["input"] } },
    { type: "function", name: "update_plan", description: "Updates the plan shown to the user.", parameters: { type: "object", properties: { plan: { type: "array", items: { type: "object" } } }, required: ["plan"] } },
  ];
  const ev = [];
  for (const t0 of arrivals(r, { days, perDay: sessionsPerDay })) {
    const lang = r.pick(["en", "en", "en", "es", "de", "pt", "ja"]);
    const input = [{ type: "message", role: "user", content: [{ type: "input_text", text: `${sentence(r, lang, 8, 18)} ${r.chance(0.5) ? sentence(r, lang, 6, 14) : ""}`.trim() }] }];
    let ts = t0, hist = 0;
    const steps = r.int(5, 22);
    for (let s = 0; s <= steps; s++) {
      const last = s === steps;
      const body = { model: "gpt-5-codex", instructions: instr, input: JSON.parse(JSON.stringify(input)), tools, tool_choice: "auto", parallel_tool_calls: false, reasoning: { effort: "medium", ...(summary ? { summary } : {}) }, store: false, stream: true };
      if (encrypted) body.include = ["reasoning.encrypted_content"];
      const reas = r.int(150, 2600), sumTok = summary ? r.int(20, 90) : 0;
      const rItem = { type: "reasoning", id: "rs_" + r.id(24), summary: summary ? [{ type: "summary_text", text: sentence(r, "en", 10, 30) }] : [] };
      if (encrypted) rItem.encrypted_content = "gAAAAA" + r.id(Math.min(6000, reas * 4));
      let out, res = null, call;
      if (last) {
        const txt = paragraph(r, lang, 2, 5);
        out = Math.round(txt.length / 3.6);
        call = { type: "message", role: "assistant", content: [{ type: "output_text", text: txt }] };
      } else {
        const c = r();
        const cid = "call_" + r.id(20);
        if (c < 0.55) { call = { type: "function_call", call_id: cid, name: "shell", arguments: JSON.stringify({ command: ["bash", "-lc", r.pick(["rg -n " + ident(r), "sed -n 1,200p src/" + ident(r) + ".ts", "npm test", "git status", "ls -R src | head -80"])] }) }; res = r.chance(0.5) ? codeOfTokens(r, r.int(200, 1500)) : Array.from({ length: r.int(3, 25) }, () => `src/${ident(r)}.ts:${r.int(1, 300)}: ${ident(r)}(${ident(r)})`).join("\n"); }
        else if (c < 0.9) { call = { type: "function_call", call_id: cid, name: "apply_patch", arguments: JSON.stringify({ input: `*** Begin Patch\n*** Update File: src/${ident(r)}.ts\n@@\n` + codeOfTokens(r, r.int(80, 1800)).split("\n").map((l) => (r.chance(0.5) ? "+" : " ") + l).join("\n") + "\n*** End Patch" }) }; res = "Success. Updated the following files:\nM src/" + ident(r) + ".ts"; }
        else { call = { type: "function_call", call_id: cid, name: "update_plan", arguments: JSON.stringify({ plan: Array.from({ length: r.int(3, 6) }, () => ({ step: sentence(r, lang, 4, 9), status: "pending" })) }) }; res = "Plan updated"; }
        out = Math.round(call.arguments.length / 3.3) + 10;
      }
      ev.push({ ts, key, ip: ip(r, "34.117.88"), asn: 396982, country: "US", method: "POST", path: "/v1/responses", body, usage: { prompt_tokens: 2400 + hist, completion_tokens: out + sumTok + reas, completion_tokens_details: { reasoning_tokens: reas + sumTok } }, ...(summary ? { reasoning_shown: sumTok } : {}), _p: "codex" });
      input.push(rItem, call);
      hist += out + sumTok + 40;
      if (last) break;
      input.push({ type: "function_call_output", call_id: call.call_id, output: res });
      hist += Math.round(res.length / 3.3);
      ts += 1200 + (out + reas) * 12 + r.int(200, 8000);
    }
  }
  return ev;
}

const ASK_EN = ["Add a unit test for {f} covering the empty case.", "Refactor {f} to use async/await instead of callbacks.", "Rename {f} to {g} everywhere in this file.", "Fix the off-by-one error in {f} when the list is empty.", "Add input validation to {f} and throw a clear error.", "Make {f} cache its result for 5 minutes.", "Extract the parsing logic from {f} into a new function {g}.", "Add retry with exponential backoff to {f}.", "Why does {f} return undefined when {g} is null? Fix it.", "Add JSDoc comments to {f} and {g}.", "Replace the for loop in {f} with map and filter.", "Log a warning in {f} when the timeout is exceeded.", "Add a --dry-run flag that skips {g}.", "Handle the 404 case in {f} and return null.", "Convert {f} to TypeScript with proper types."];
const ASK_ES = ["Añade un test unitario para {f} con la lista vacía.", "Refactoriza {f} para usar async/await.", "Corrige el error cuando {g} es null en {f}.", "Añade validación de entrada a {f}.", "Extrae la lógica de {f} a una nueva función {g}."];
const ASK_DE = ["Füge einen Unit-Test für {f} hinzu.", "Baue {f} auf async/await um.", "Behebe den Fehler in {f}, wenn {g} null ist.", "Füge {f} eine Eingabeprüfung hinzu."];
const ASK_PT = ["Adicione um teste unitário para {f}.", "Refatore {f} para usar async/await.", "Corrija o erro em {f} quando {g} é nulo."];
function codeAsk(r, lang) { const t = r.pick(lang === "es" ? ASK_ES : lang === "de" ? ASK_DE : lang === "pt" ? ASK_PT : ASK_EN); return t.replace("{f}", ident(r) + "()").replace("{g}", ident(r)); }

// ---- P10: an aider-style pair-programming backend (chat completions; fixed example exchanges,
// repo map and chat files sent as user turns each answered "Ok.", no output cap) ----
export function pairProgrammer({ seed = 66001, days = 3, sessionsPerDay = 160, maxTokens = 0, keepHistory = true, stepCue = true, okTurns = true, wholeShare = 0.25, anthropic = false, key = "sk-pairly-backend", langs = ["en", "en", "en", "es", "de", "pt"] } = {}) {
  const r = rng(seed);
  const sys0 = "Act as an expert software developer. Always use best practices when coding. Respect and use existing conventions, libraries, etc that are already present in the code base.\nTake requests for changes to the supplied code. If the request is ambiguous, ask questions.\nOnce you understand the request you MUST:\n1. Decide if you need to propose *SEARCH/REPLACE* edits to any files that haven't been added to the chat.\n2. ${STEP}\n3. Describe each change with a *SEARCH/REPLACE block* per the examples below.\nAll changes to files must use this *SEARCH/REPLACE block* format. ONLY EVER RETURN CODE IN A *SEARCH/REPLACE BLOCK*!";
  const sys = sys0.replace("${STEP}", stepCue ? "Think step-by-step and explain the needed changes in a few short sentences." : "Explain the needed changes in a few short sentences.");
  const examples = [
    { role: "user", content: "Change get_factorial() to use math.factorial" },
    { role: "assistant", content: "To make this change we need to modify `mathweb/flask/app.py` to:\n\n1. Import the math package.\n2. Remove the existing factorial() function.\n3. Update get_factorial() to call math.factorial instead.\n\nHere are the *SEARCH/REPLACE* blocks:\n\nmathweb/flask/app.py\n```python\n<<<<<<< SEARCH\nfrom flask import Flask\n=======\nimport math\nfrom flask import Flask\n>>>>>>> REPLACE\n```" },
    { role: "user", content: "I switched to a new code base. Please don't consider the above files or try to edit them any longer." },
    { role: "assistant", content: "Ok." },
  ];
  const ev = [];
  for (const t0 of arrivals(r, { days, perDay: sessionsPerDay })) {
    const lang = r.pick(langs);
    const repoMap = Array.from({ length: r.int(25, 70) }, () => `src/${ident(r)}.ts:\n⋮...\n│export function ${ident(r)}(${ident(r)}) {\n⋮...`).join("\n");
    const files = Array.from({ length: r.int(1, 3) }, () => [`src/${ident(r)}.ts`, codeOfTokens(r, r.int(400, 2200))]);
    const done = [];
    let ts = t0;
    const asks = r.int(2, 9);
    for (let k = 0; k < asks; k++) {
      const ask = codeAsk(r, lang) + (r.chance(0.3) ? " " + codeAsk(r, lang) : "");
      const filesMsg = "I have *added these files to the chat* so you can go ahead and edit them.\n\n*Trust this message as the true contents of these files!*\nAny other messages in the chat may contain outdated versions of the files' contents.\n\n" + files.map(([p, c]) => `${p}\n\`\`\`\n${c}\n\`\`\``).join("\n\n");
      const repoMsg = "Here are summaries of some files present in my git repository.\nDo not propose changes to these files, treat them as *read-only*.\nIf you need to edit any of these files, ask me to *add them to the chat* first.\n\n" + repoMap;
      const msgs = !okTurns ? [{ role: "system", content: sys }, ...(keepHistory ? done : []), { role: "user", content: repoMsg + "\n\n" + filesMsg + "\n\n" + ask }] : [{ role: "system", content: sys }, ...examples,
        { role: "user", content: "Here are summaries of some files present in my git repository.\nDo not propose changes to these files, treat them as *read-only*.\nIf you need to edit any of these files, ask me to *add them to the chat* first.\n\n" + repoMap },
        { role: "assistant", content: "Ok, I won't try and edit those files without asking first." },
        ...(keepHistory ? done : []),
        { role: "user", content: filesMsg },
        { role: "assistant", content: "Ok, any changes I propose will be to those files." },
        { role: "user", content: ask }];
      const body = anthropic ? { model: "claude-sonnet-4-5", max_tokens: maxTokens || 8192, system: [{ type: "text", text: sys, cache_control: { type: "ephemeral" } }], messages: msgs.slice(1), temperature: 0, stream: true } : { model: "gpt-4.1", messages: msgs, temperature: 0, stream: true, stream_options: { include_usage: true } };
      if (maxTokens && !anthropic) body.max_tokens = maxTokens;
      // the answer: a few sentences + SEARCH/REPLACE blocks; sometimes a whole new file
      const whole = r.chance(wholeShare);
      const blocks = whole ? `src/${ident(r)}.ts\n\`\`\`\n<<<<<<< SEARCH\n=======\n${codeOfTokens(r, r.int(900, 3000))}\n>>>>>>> REPLACE\n\`\`\`` : Array.from({ length: r.int(1, 4) }, () => `${files[0][0]}\n\`\`\`\n<<<<<<< SEARCH\n${codeOfTokens(r, r.int(30, 200))}\n=======\n${codeOfTokens(r, r.int(60, 500))}\n>>>>>>> REPLACE\n\`\`\``).join("\n\n");
      const ans = paragraph(r, lang, 1, 3) + "\n\n" + blocks;
      let out = Math.round(ans.length / 3.3);
      if (maxTokens) out = Math.min(out, maxTokens);
      const promptTok = Math.round(JSON.stringify(msgs).length / 3.4);
      ev.push({ ts, key, ip: ip(r, "65.21.140"), asn: 24940, country: "DE", method: "POST", path: anthropic ? "/v1/messages" : "/v1/chat/completions", body, usage: { prompt_tokens: promptTok, completion_tokens: out }, _p: "pair" });
      done.push({ role: "user", content: ask }, { role: "assistant", content: ans });
      // the edit changes the file in the chat a little
      files[0][1] = files[0][1].replace(/\n[^\n]*\n/, "\n" + codeOfTokens(r, r.int(20, 80)) + "\n");
      ts += 2000 + out * 14 + r.int(30_000, 300_000);
    }
  }
  return ev;
}

// ---- P11: AI-text detector (perplexity scoring of submitted essays on a base model) ----
export function detector({ seed = 66101, days = 3, perDay = 2500, echo = true, langs = ["en", "en", "en", "es", "de", "fr", "pt"], key = "sk-origincheck-backend" } = {}) {
  const r = rng(seed);
  const ev = [];
  for (const ts of arrivals(r, { days, perDay })) {
    const lang = r.pick(langs);
    const essay = textOfTokens(r, lang, r.int(250, 1400));
    const body = echo ? { model: "davinci-002", prompt: essay, max_tokens: 1, echo: true, logprobs: 1, temperature: 0 } : { model: "gpt-4.1-mini", messages: [{ role: "system", content: "Classify whether the text was written by an AI. Answer AI or HUMAN." }, { role: "user", content: essay }], max_tokens: 2, temperature: 0 };
    ev.push({ ts, key, ip: ip(r, "51.15.77"), asn: 12876, country: "FR", method: "POST", path: echo ? "/v1/completions" : "/v1/chat/completions", body, usage: { prompt_tokens: Math.round(essay.length / 3.8), completion_tokens: 1 }, _p: "det" });
  }
  return ev;
}

// ---- P12: spreadsheet formula helper (add-in; 3 alternative formulas with n 3) ----
export function sheets({ seed = 66201, days = 3, perDay = 5000, n = 3, langs = ["en", "en", "es", "de", "fr", "pt", "ja"], key = "sk-cellsmith-addin" } = {}) {
  const r = rng(seed);
  const ev = [];
  for (const ts of arrivals(r, { days, perDay })) {
    const lang = r.pick(langs);
    const hdr = Array.from({ length: r.int(3, 9) }, () => r.pick(LEX[lang].n)).join(" | ");
    const ask = `Columns: ${hdr}\nSelected range: ${"ABCDEFG"[r.int(0, 6)]}2:${"ABCDEFG"[r.int(0, 6)]}${r.int(20, 5000)}\n${sentence(r, lang, 6, 16)}`;
    const body = { model: "gpt-4.1-mini", messages: [{ role: "system", content: "You write spreadsheet formulas (Excel and Google Sheets). Reply with the formula on the first line, then one sentence explaining it." }, { role: "user", content: ask }], temperature: n > 1 ? 0.7 : 0.2, max_tokens: 400, n };
    ev.push({ ts, key, ip: ip(r, "13.69.21"), asn: 8075, country: "NL", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: Math.round(ask.length / 3.5) + 40, completion_tokens: n * r.int(30, 110) }, _p: "sheet" });
  }
  return ev;
}

// ---- P13: mobile app, bursty after push notifications (daily personalised plan) ----
export function pushApp({ seed = 66301, days = 3, perDay = 6000, pushShare = 0.6, langs = ["en", "en", "en", "es", "pt", "de", "fr"], maxTokens = 900, key = "sk-stride-mobile" } = {}) {
  const r = rng(seed);
  const ts0 = arrivals(r, { days, perDay: perDay * (1 - pushShare) });
  for (let d = 0; d < days; d++) for (const h of [7, 18]) {
    const n = Math.round((perDay * Math.pow(1.15, d) * pushShare) / 2);
    for (let i = 0; i < n; i++) ts0.push(Date.UTC(2027, 0, 11 + d, h, 0, 0) + Math.floor(r.exp(240_000)) + r.int(0, 20_000)); // opened within minutes
  }
  const ev = [];
  for (const ts of ts0) {
    const lang = r.pick(langs);
    const prof = { goal: r.pick(["lose weight", "run 10k", "build strength", "sleep better", "reduce stress"]), level: r.pick(["beginner", "intermediate", "advanced"]), age: r.int(18, 70), minutes: r.pick([15, 20, 30, 45, 60]), equipment: r.pick(["none", "dumbbells", "gym", "bike"]), yesterday: `${r.pick(["ran", "walked", "cycled", "swam", "did yoga for", "lifted for", "rested"])} ${r.int(10, 90)} min, ${r.pick(["legs sore", "felt great", "knee a bit stiff", "slept badly", "low energy", "strong today"])}`, steps: r.int(1500, 16000), mood: r.int(1, 5) };
    const body = { model: "gpt-4.1-mini", messages: [{ role: "system", content: `You are Stride's coach. Write today's plan for this user: warm-up, main workout with sets and reps or durations, cool-down, one nutrition tip and one motivating sentence. Use the user's language (${lang}). Markdown.` }, { role: "user", content: JSON.stringify(prof) }], temperature: 0.8, max_tokens: maxTokens };
    ev.push({ ts, key, ip: ip(r, "35.201.12"), asn: 396982, country: "US", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: 120, completion_tokens: r.int(350, Math.min(maxTokens, 880)) }, _p: "push" });
  }
  return ev;
}

// ---- P14: SQL / data-analysis agent (chat completions with tools, LangChain-style, no cap) ----
export function sqlAgent({ seed = 66401, days = 3, sessionsPerDay = 700, key = "sk-querybird-backend", langs = ["en", "en", "en", "es", "de", "fr", "pt"] } = {}) {
  const r = rng(seed);
  const tools = [
    { type: "function", function: { name: "list_tables", description: "List the tables in the warehouse.", parameters: { type: "object", properties: {} } } },
    { type: "function", function: { name: "describe_table", description: "Columns and types of a table.", parameters: { type: "object", properties: { table: { type: "string" } }, required: ["table"] } } },
    { type: "function", function: { name: "run_sql", description: "Run a read-only SQL query (Postgres dialect). Returns at most 200 rows as CSV.", parameters: { type: "object", properties: { query: { type: "string" } }, required: ["query"] } } },
    { type: "function", function: { name: "make_chart", description: "Render a chart from the last result.", parameters: { type: "object", properties: { kind: { type: "string" }, x: { type: "string" }, y: { type: "string" } }, required: ["kind", "x", "y"] } } },
  ];
  const sys = "You are QueryBird, a data analyst for the user's company warehouse. Use the tools to inspect tables and run SQL. Never modify data. When you have the numbers, answer in the user's language with a short analysis, the key figures in a table and one recommendation.";
  const tbls = ["orders", "customers", "payments", "sessions", "tickets", "products", "refunds", "shipments", "campaigns", "invoices"];
  const ev = [];
  for (const t0 of arrivals(r, { days, perDay: sessionsPerDay })) {
    const lang = r.pick(langs);
    const msgs = [{ role: "system", content: sys }];
    let ts = t0;
    const qs = r.int(1, 4);
    for (let q = 0; q < qs; q++) {
      msgs.push({ role: "user", content: `${r.pick(["What was", "Show me", "Compare", "Why did", "Break down"])} ${r.pick(["revenue", "churn", "refund rate", "average order value", "ticket volume", "conversion", "signups"])} ${r.pick(["by month this year", "per region last quarter", "for the spring campaign", "week over week", "by product category", "for new vs returning customers"])}${r.chance(0.3) ? "? " + sentence(r, lang, 4, 10) : "?"}` });
      const steps = r.int(2, 6);
      for (let s = 0; s <= steps; s++) {
        const last = s === steps;
        const body = { model: "gpt-4.1", messages: JSON.parse(JSON.stringify(msgs)), tools, temperature: 0, stream: false };
        let out, asst;
        if (last) { const txt = paragraph(r, lang, 2, 5) + "\n\n| month | value |\n|---|---|\n" + Array.from({ length: r.int(3, 12) }, () => `| ${r.int(1, 12)} | ${r.int(100, 99999)} |`).join("\n"); out = Math.round(txt.length / 3.5); asst = { role: "assistant", content: txt }; }
        else {
          const tn = s === 0 && r.chance(0.5) ? "describe_table" : s < steps - 1 && r.chance(0.15) ? "make_chart" : "run_sql";
          const args = tn === "describe_table" ? { table: r.pick(tbls) } : tn === "make_chart" ? { kind: "bar", x: "month", y: "value" } : { query: `SELECT date_trunc('month', created_at) AS month, ${r.pick(["sum(amount)", "count(*)", "avg(total)"])} FROM ${r.pick(tbls)} ${r.pick(["", "JOIN customers USING (customer_id) "])}WHERE created_at > now() - interval '${r.int(1, 12)} months' GROUP BY 1 ORDER BY 1` };
          const id = "call_" + r.id(20);
          asst = { role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: tn, arguments: JSON.stringify(args) } }] };
          out = Math.round(JSON.stringify(asst.tool_calls).length / 3.5);
        }
        ev.push({ ts, key, ip: ip(r, "44.209.31"), asn: 14618, country: "US", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: Math.round(JSON.stringify(msgs).length / 3.4) + 300, completion_tokens: out }, _p: "sql" });
        msgs.push(asst);
        ts += 800 + out * 15;
        if (last) break;
        const tc = asst.tool_calls[0];
        const res = tc.function.name === "describe_table" ? Array.from({ length: r.int(5, 25) }, () => `${ident(r)} ${r.pick(["text", "int", "numeric", "timestamptz", "bool"])}`).join("\n") : tc.function.name === "make_chart" ? "chart_id: " + r.id(10) : "month,value\n" + Array.from({ length: r.int(3, 60) }, () => `2026-${String(r.int(1, 12)).padStart(2, "0")}-01,${r.int(10, 999999)}`).join("\n");
        msgs.push({ role: "tool", tool_call_id: tc.id, content: res });
        ts += r.int(300, 6000);
      }
      ts += r.int(40_000, 400_000);
    }
  }
  return ev;
}
