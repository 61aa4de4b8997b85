// Round 30 (honest-customer advocate): honest product traffic generators.
// node redteam/round30/gen30.mjs NAME "product,k=v,..." SEED  -> redteam/round30/traces/NAME.jsonl (+ .labels.json)
// products: code (coding agent), sql (data agent), research (search agent), seo (long-form article writer),
//           tutor (step-by-step tutoring, quick replies), support (multi-user support bot), review (CI PR-review bot)
// common options: keys, days, api=chat|messages|responses, rid=1 (Responses answers carry response_id), mx=max tokens,
//                 sbs=1 (system prompt asks to work step by step), think=N (Anthropic thinking budget), sess=N (sessions/key/day)
import { rng, Trace, DAY, T0 } from "../lib.mjs";
const [NAME, SPEC, SEEDA = "1"] = process.argv.slice(2);
const SEED = Number(SEEDA);
const [product, ...kvs] = SPEC.split(",");
const O = Object.fromEntries(kvs.map((s) => s.split("=")).map(([k, v]) => [k, v === undefined ? "1" : v]));
const num = (k, d) => (O[k] !== undefined ? Number(O[k]) : d);
const r = rng(SEED * 7919 + 13);
const trace = new Trace();
let seq = 0;

// ---------- text helpers ----------
const W = "the a config loader value result request service handler module function cache user account order invoice report table column index query schema field type error test build release branch commit update change feature option setting default timeout retry limit page item list record event message payload token session state store client server route endpoint response status check validate parse format render export import file path line output input window filter group sort count total average rate trend customer region product revenue month week quarter year metric growth share data source sample note draft section summary outline".split(" ");
const words = (n) => Array.from({ length: n }, () => r.pick(W)).join(" ");
function prose(tokens) { // ~4 chars/token, sentences
  let s = ""; const target = tokens * 4;
  while (s.length < target) { const w = words(r.int(8, 18)); s += w[0].toUpperCase() + w.slice(1) + (r.chance(0.15) ? ":\n- " : ". "); }
  return s.slice(0, target);
}
const IDS = "alpha beta gamma delta omega kappa sigma zeta theta lambda".split(" ");
function code(chars) {
  let s = "", i = r.int(1, 400);
  const L = () => { const v = r.pick(W), f = r.pick(W); const forms = [`  const ${v}${r.int(1, 99)} = await ${f}.${r.pick(W)}(${r.pick(W)}, ${r.int(0, 500)});`, `  if (!${v}) throw new Error("${f} ${r.pick(W)} missing");`, `export function ${f}${r.pick(IDS)}(${v}: ${r.pick(["string", "number", "Options", "Request"])}) {`, `  return { ${v}, ${f}: ${r.pick(W)}.${r.pick(W)} ?? ${r.int(0, 9)} };`, `}`, `import { ${v} } from "./${f}/${r.pick(W)}";`, `  // ${words(r.int(4, 10))}`]; return r.pick(forms); };
  while (s.length < chars) s += `${i++}\t${L()}\n`;
  return s.slice(0, chars);
}
const ip = (k) => `203.${(SEED * 17 + k * 3) % 250}.${(k * 7) % 250}.${r.int(2, 250)}`;
const pj = (x) => JSON.stringify(x);

// ---------- conversation engine ----------
// conv: {sys, tools (OpenAI function form), msgs: [{role:'user',text}|{role:'assistant',text,calls:[{id,name,args}]}|{role:'tool',id,name,text}], rid}
function render(api, conv, mx, extra) {
  const tools = conv.tools;
  if (api === "messages") {
    const messages = [];
    for (const m of conv.msgs) {
      if (m.role === "user") messages.push({ role: "user", content: m.text });
      else if (m.role === "assistant") { const c = []; if (m.text) c.push({ type: "text", text: m.text }); for (const t of m.calls ?? []) c.push({ type: "tool_use", id: t.id, name: t.name, input: JSON.parse(t.args) }); messages.push({ role: "assistant", content: c }); }
      else { const last = messages[messages.length - 1]; const blk = { type: "tool_result", tool_use_id: m.id, content: m.text }; if (last && last.role === "user" && Array.isArray(last.content)) last.content.push(blk); else messages.push({ role: "user", content: [blk] }); }
    }
    const body = { model: "claude-sonnet-4-5", max_tokens: mx, system: conv.sys, messages, ...(tools ? { tools: tools.map((t) => ({ name: t.function.name, description: t.function.description, input_schema: t.function.parameters })) } : {}) };
    if (extra?.think) body.thinking = { type: "enabled", budget_tokens: extra.think };
    return { path: "/v1/messages", body };
  }
  if (api === "responses") {
    const items = [];
    const src = conv.prev ? conv.msgs.slice(conv.sentUpTo) : conv.msgs;
    for (const m of src) {
      if (m.role === "user") items.push({ role: "user", content: m.text });
      else if (m.role === "assistant") { if (m.text) items.push({ role: "assistant", content: m.text }); for (const t of m.calls ?? []) items.push({ type: "function_call", call_id: t.id, name: t.name, arguments: t.args }); }
      else items.push({ type: "function_call_output", call_id: m.id, output: m.text });
    }
    const body = { model: "gpt-4.1", instructions: conv.sys, input: items, max_output_tokens: mx, ...(conv.prev ? { previous_response_id: conv.prev } : {}), ...(tools ? { tools: tools.map((t) => ({ type: "function", name: t.function.name, description: t.function.description, parameters: t.function.parameters })) } : {}), store: true };
    return { path: "/v1/responses", body };
  }
  const messages = [{ role: "system", content: conv.sys }];
  for (const m of conv.msgs) {
    if (m.role === "user") messages.push({ role: "user", content: m.text });
    else if (m.role === "assistant") messages.push({ role: "assistant", content: m.text || null, ...(m.calls?.length ? { tool_calls: m.calls.map((t) => ({ id: t.id, type: "function", function: { name: t.name, arguments: t.args } })) } : {}) });
    else messages.push({ role: "tool", tool_call_id: m.id, content: m.text });
  }
  return { path: "/v1/chat/completions", body: { model: "gpt-4.1", max_tokens: mx, messages, ...(tools ? { tools } : {}) } };
}
// histChars: full history chars (the origin bills the whole conversation, even on Responses chains)
function histChars(conv) { return conv.sys.length + (conv.tools ? pj(conv.tools).length : 0) + conv.msgs.reduce((a, m) => a + (m.text?.length ?? 0) + (m.calls ?? []).reduce((b, c) => b + c.args.length + 30, 0), 0); }
// One session: steps = [{in: {role:'user',text} | {role:'tool', results:[text...]}, gapMs (after previous answer's end), ans: {text, calls:[{name,args}], tokens}}]
function emit(key, label, k, api, conv, t, steps, mx, extra = {}) {
  let cid = 0;
  for (const st of steps) {
    if (st.in.role === "user") conv.msgs.push({ role: "user", text: st.in.text });
    else { const prevA = conv.msgs[conv.msgs.length - 1]; prevA.calls.forEach((c, j) => conv.msgs.push({ role: "tool", id: c.id, name: c.name, text: st.in.results[j] ?? "ok" })); }
    t += st.gapMs;
    const { path, body } = render(api, conv, mx, extra);
    const pt = Math.ceil(histChars(conv) / 3.8) + (extra.think ? 0 : 0);
    const ev = { ts: Math.round(t), seq: seq++, key, label, ip: ip(k), asn: 7922, country: "US", method: "POST", path, body, usage: { prompt_tokens: pt, completion_tokens: st.ans.tokens } };
    const calls = (st.ans.calls ?? []).map((c) => ({ id: `call_${k}_${seq}_${cid++}`, name: c.name, args: c.args }));
    const a = { role: "assistant", text: st.ans.text ?? "", calls };
    conv.msgs.push(a);
    if (api === "responses") { const id = `resp_${SEED}_${k}_${seq}`; if (O.rid === "1") ev.response_id = id; conv.prev = id; conv.sentUpTo = conv.msgs.length; }
    trace.add(ev);
    t += (0.5 + st.ans.tokens / (st.rate ?? 70)) * 1000; // generation (stream) time
  }
  return t;
}

// ---------- products ----------
const LANGS = { en: 1 };
function agentSys(name, lines) { let s = `You are ${name}.\n`; let i = 0; while (s.length < lines) s += `\n# ${r.pick(["Guidelines", "Tool use", "Conventions", "Safety", "Output", "Style"])} ${i++}\n- ${words(r.int(10, 20))}.\n- ${words(r.int(10, 20))}.`; return s; }
const FIXED_R = rng(4242); // fixed per-product text (same for every key: one product)
function fixedSys(name, chars, sbs) { const save = r.next; let s = `You are ${name}. ${sbs ? "Work through every task step by step, and explain your reasoning step by step before you act." : "Work carefully and verify your changes."}\n`; let i = 0; while (s.length < chars) { const w = () => Array.from({ length: 8 + Math.floor(FIXED_R.next() * 10) }, () => W[Math.floor(FIXED_R.next() * W.length)]).join(" "); s += `\n## Rule ${i++}\n- ${w()}.\n- ${w()}.`; } return s; }
const fn = (name, description, props) => ({ type: "function", function: { name, description, parameters: { type: "object", properties: Object.fromEntries(props.map((p) => [p, { type: "string", description: `The ${p}.` }])), required: props } } });
const CODE_TOOLS = [fn("read_file", "Read a file from the repository.", ["path"]), fn("edit_file", "Replace a string in a file with another string.", ["path", "old_string", "new_string"]), fn("write_file", "Create or overwrite a file.", ["path", "content"]), fn("bash", "Run a shell command in the repository.", ["command"]), fn("grep", "Search file contents with a regex.", ["pattern", "path"]), fn("glob", "List files matching a pattern.", ["pattern"]), fn("todo_write", "Update the task list.", ["todos"])];
const FEATS = ["retry with exponential backoff", "pagination", "a dark mode toggle", "CSV export", "rate limiting", "input validation", "a caching layer", "structured logging", "a health check endpoint", "i18n support", "webhook signature checks", "an audit log", "soft delete", "a search filter", "a config reload", "OAuth login", "a bulk import", "unit tests", "a migration", "metrics"];
const MODS = ["billing", "auth", "orders", "notifications", "search", "reports", "users", "inventory", "checkout", "admin", "api-gateway", "scheduler", "uploads", "analytics"];
function codeTask() { const f = r.pick(FEATS), m = r.pick(MODS); const forms = [`Add ${f} to the ${m} module. Keep the public API unchanged and update the tests.`, `The ${m} tests are failing after the last merge, can you fix them? Here is the CI log:\n${code(r.int(300, 1500))}`, `Refactor src/${m}/${r.pick(W)}.ts to use ${f}; it's getting hard to maintain.`, `Can you implement ${f} for ${m}? See issue #${r.int(100, 9999)}: ${words(r.int(10, 30))}.`, `Why does the ${m} ${r.pick(W)} ${r.pick(W)} return undefined sometimes? Find the bug and fix it.`]; return r.pick(forms); }
function codeSession(k, sbs) {
  // returns steps of one coding-agent session (agent loop, plus 0-2 user follow-ups)
  const steps = []; const m = r.pick(MODS);
  const loop = (firstIn, firstGap, n) => {
    let inp = firstIn, gap = firstGap;
    let wrote = 0;
    for (let s = 0; s < n; s++) {
      const last = s === n - 1; let ans, res;
      const pth = `src/${m}/${r.pick(W)}${r.int(1, 40)}.ts`;
      if (last) ans = { text: prose(r.int(90, 380)), tokens: 0 };
      else {
        const phase = s < 3 ? "read" : r.pick(["read", "grep", "edit", "edit", "edit", "write", "bash", "bash", "todo"]);
        if (phase === "read") { ans = { text: r.chance(0.5) ? `Let me look at ${pth}.` : "", calls: [{ name: "read_file", args: pj({ path: pth }) }] }; res = code(r.int(800, 7000)); }
        else if (phase === "grep") { ans = { text: "", calls: [{ name: "grep", args: pj({ pattern: `${r.pick(W)}${r.pick(IDS)}\\(`, path: `src/${m}` }) }] }; res = Array.from({ length: r.int(2, 15) }, () => `src/${m}/${r.pick(W)}.ts:${r.int(1, 400)}: ${code(60).split("\t")[1]}`).join("\n"); }
        else if (phase === "edit") { const o = code(r.int(80, 600)), nn = code(r.int(200, 3200)); ans = { text: r.chance(0.4) ? prose(r.int(10, 40)) : "", calls: [{ name: "edit_file", args: pj({ path: pth, old_string: o, new_string: nn }) }] }; res = `The file ${pth} has been updated. Here's the result of running \`cat -n\` on a snippet of the edited file:\n${code(r.int(300, 1500))}`; }
        else if (phase === "write") { wrote++; ans = { text: "", calls: [{ name: "write_file", args: pj({ path: pth.replace(".ts", ".test.ts"), content: code(r.int(1500, 9000)) }) }] }; res = `File created successfully at: /repo/${pth.replace(".ts", ".test.ts")}`; }
        else if (phase === "bash") { const cmd = r.pick([`npm test -- ${m}`, "npx tsc --noEmit", `npx vitest run src/${m}`, "npm run lint", `git diff --stat`]); ans = { text: r.chance(0.3) ? "Now let me run the tests." : "", calls: [{ name: "bash", args: pj({ command: cmd }) }] }; res = r.chance(0.5) ? ` ✓ src/${m}/${r.pick(W)}.test.ts (${r.int(3, 40)} tests) ${r.int(20, 900)}ms\n\n Test Files  ${r.int(1, 9)} passed\n      Tests  ${r.int(10, 200)} passed\n   Duration  ${(r.next() * 9).toFixed(2)}s` : ` FAIL src/${m}/${r.pick(W)}.test.ts > ${words(r.int(3, 7))}\nAssertionError: expected ${r.int(0, 99)} to be ${r.int(100, 200)}\n${code(r.int(200, 1500))}`; }
        else { ans = { text: "", calls: [{ name: "todo_write", args: pj({ todos: Array.from({ length: r.int(2, 6) }, (_, i) => ({ content: words(r.int(3, 8)), status: i < 1 ? "completed" : "pending" })) }) }] }; res = "Todos have been modified successfully."; }
        ans.tokens = Math.ceil(((ans.text?.length ?? 0) + pj(ans.calls).length) / 3.5) + r.int(5, 30);
      }
      if (last) ans.tokens = Math.ceil(ans.text.length / 4);
      steps.push({ in: inp, gapMs: gap, ans, rate: r.int(45, 90) });
      inp = { role: "tool", results: [res] }; gap = r.int(150, 4000);
    }
  };
  const [slo, shi] = (O.steps ?? "12:60").split(":").map(Number);
  loop({ role: "user", text: codeTask() }, 0, r.int(slo, shi));
  if (O.nofollow === "1") return steps;
  for (let f = r.int(0, 2); f > 0; f--) loop({ role: "user", text: r.pick(["Looks good. Can you also add tests for the edge cases?", "That broke the build on CI, can you check the type errors?", `Also handle the case where the ${r.pick(W)} is empty.`, "Great, now update the README with the new option.", "Can you commit this with a sensible message?"]) }, r.int(20000, 400000), r.int(5, 30));
  return steps;
}

// SQL / data agent
const SQL_TOOLS = [fn("run_sql", "Run a read-only SQL query against the warehouse and return rows.", ["query"]), fn("describe_table", "Show a table's columns.", ["table"]), fn("make_chart", "Render a chart from the last result.", ["spec"])];
const QS = ["What was revenue by region last quarter compared with the quarter before?", "Which customers churned in October and what did they have in common?", "Show me weekly active users for the past 12 weeks and flag any anomalies.", "Why did average order value drop in the north-east last month?", "Top 20 products by margin this year, and how has their share changed?", "How many support tickets per plan tier, and the median time to close?", "Break down signups by acquisition channel for Q3.", "Which warehouses have the most late shipments and is it getting worse?", "Compare conversion rates between the old and new checkout flows.", "What's our monthly recurring revenue trend since January, split by plan?"];
function table(rows) { return ["| " + Array.from({ length: r.int(3, 6) }, () => r.pick(W)).join(" | ") + " |"].concat(Array.from({ length: rows }, () => "| " + Array.from({ length: r.int(3, 6) }, () => r.chance(0.5) ? r.int(0, 99999) : r.pick(W)).join(" | ") + " |")).join("\n"); }
function sqlSession() {
  const steps = []; let inp = { role: "user", text: r.pick(QS) + (r.chance(0.5) ? ` ${words(r.int(3, 12))}.` : "") }, gap = 0;
  for (let turn = r.int(1, 5); turn > 0; turn--) {
    const nq = r.int(1, 5);
    for (let q = 0; q < nq; q++) {
      const d = r.chance(0.2);
      const ans = d ? { text: "", calls: [{ name: "describe_table", args: pj({ table: `analytics.${r.pick(W)}_${r.pick(W)}` }) }] } : { text: r.chance(0.3) ? prose(r.int(15, 50)) : "", calls: [{ name: "run_sql", args: pj({ query: `SELECT ${words(r.int(3, 8)).replace(/ /g, ", ")}, SUM(amount) AS total FROM analytics.${r.pick(W)}_${r.pick(W)} WHERE ${r.pick(W)}_date >= '2026-0${r.int(1, 9)}-01' GROUP BY 1, 2 ORDER BY total DESC LIMIT ${r.int(10, 200)}` }) }] };
      ans.tokens = Math.ceil(((ans.text?.length ?? 0) + pj(ans.calls).length) / 3.5);
      steps.push({ in: inp, gapMs: gap, ans, rate: 70 });
      inp = { role: "tool", results: [d ? table(r.int(5, 20)) : table(r.int(3, 60))] }; gap = r.int(400, 6000);
    }
    const L = r.int(250, 950);
    steps.push({ in: inp, gapMs: gap, ans: { text: prose(L), tokens: L }, rate: 70 });
    inp = { role: "user", text: r.pick(["Can you split that by month?", "Interesting, why is the west so different?", "Exclude test accounts and rerun.", "Now do the same for last year so I can compare.", "Which of those are enterprise customers?", "Make a chart of that.", "What about refunds, are they included?"]) + (r.chance(0.4) ? ` ${words(r.int(3, 10))}` : "") };
    gap = r.int(15000, 240000);
  }
  return steps;
}

// research / search agent
const RS_TOOLS = [fn("web_search", "Search the web.", ["query"]), fn("fetch_page", "Fetch a web page as text.", ["url"])];
const RQ = ["best practices for zero-downtime postgres migrations", "compare EU and US rules on AI-generated content labelling", "state of solid-state battery commercialisation", "how do other SaaS companies price usage-based AI features", "market size for home heat pumps in Germany", "recent research on sleep and memory consolidation", "pros and cons of monorepos for 50-person teams", "which vector databases support hybrid search", "impact of remote work on commercial real estate in 2026", "how to choose a CRM for a small law firm"];
function researchSession() {
  const steps = []; let inp = { role: "user", text: `Research: ${r.pick(RQ)}. ${r.chance(0.5) ? "Give me a short report with sources." : words(r.int(5, 15))}` }, gap = 0;
  const n = r.int(4, 14);
  for (let s = 0; s < n; s++) {
    const srch = r.chance(0.5);
    const ans = srch ? { text: "", calls: [{ name: "web_search", args: pj({ query: `${r.pick(W)} ${r.pick(W)} ${r.pick(RQ).split(" ").slice(0, 4).join(" ")} ${r.int(2024, 2026)}` }) }] } : { text: "", calls: [{ name: "fetch_page", args: pj({ url: `https://www.${r.pick(W)}${r.pick(W)}.com/${r.pick(W)}/${r.int(1, 99999)}` }) }] };
    ans.tokens = Math.ceil(pj(ans.calls).length / 3.5) + 10;
    steps.push({ in: inp, gapMs: gap, ans, rate: 70 });
    inp = { role: "tool", results: [srch ? Array.from({ length: r.int(5, 10) }, (_, i) => `${i + 1}. ${words(r.int(4, 9))} - https://${r.pick(W)}.org/${r.int(1, 9999)}\n   ${words(r.int(20, 40))}`).join("\n") : prose(r.int(600, 3000))] }; gap = r.int(500, 5000);
  }
  const L = r.int(700, 2400);
  steps.push({ in: inp, gapMs: gap, ans: { text: prose(L), tokens: L }, rate: 70 });
  if (r.chance(0.4)) { const L2 = r.int(200, 700); steps.push({ in: { role: "user", text: r.pick(["Thanks. Can you expand the section on costs?", "Add a comparison table.", "Shorter please, for an exec summary."]) }, gapMs: r.int(60000, 600000), ans: { text: prose(L2), tokens: L2 }, rate: 70 }); }
  return steps;
}

// long-form article writer: outline, then each section sent by the app right after the previous one
const NICHES = ["home gardening", "personal finance for freelancers", "dog training", "budget travel in Portugal", "indoor climbing", "small-business bookkeeping", "vegan meal prep", "e-bike commuting", "remote team management", "beginner photography", "kitchen renovation", "cybersecurity for small offices", "marathon training", "houseplant care", "wedding planning", "used car buying", "learning Spanish", "home coffee brewing", "solar panels for homes", "saas onboarding emails"];
function seoSession() {
  const topic = `${r.pick(["How to get started with", "The complete guide to", "10 mistakes to avoid in", "What nobody tells you about", "A 2026 checklist for"])} ${r.pick(NICHES)}`;
  const kw = words(3);
  const steps = []; const ns = r.int(5, 9);
  const o = r.int(250, 450);
  steps.push({ in: { role: "user", text: `Write an outline for a blog post titled "${topic}". Target keyword: ${kw}. Audience: ${r.pick(["beginners", "small business owners", "busy parents", "students"])}. ${ns} sections, H2 headings only.` }, gapMs: 0, ans: { text: prose(o), tokens: o }, rate: 80 });
  for (let s = 1; s <= ns; s++) { const L = r.int(450, 950); steps.push({ in: { role: "user", text: `Write section ${s} of the outline (about ${r.pick([300, 400, 500])} words). Use the target keyword naturally, short paragraphs, no fluff.` }, gapMs: r.int(200, 1500), ans: { text: prose(L), tokens: L }, rate: 80 }); }
  const c = r.int(250, 400);
  steps.push({ in: { role: "user", text: "Write the conclusion, then a meta description under 155 characters and 5 FAQ questions with short answers." }, gapMs: r.int(200, 1500), ans: { text: prose(c), tokens: c }, rate: 80 });
  return steps;
}

// tutoring: step-by-step explanations in several languages, quick-reply chips and typed answers
const TUT = {
  en: { sys: "You are Milo, a patient math tutor for students aged 11-16. Explain step by step, one step at a time, and check understanding. Never just give the final answer.", q: (a, b) => [`Solve ${a}x + ${b} = ${a * 3 + b}. Explain step by step please.`, `I don't understand how to find ${a}% of ${b * 10}. Can you show me step by step?`, `A rectangle has sides ${a} cm and ${b} cm. What is its area and perimeter? Step by step.`], chips: ["Next step", "I don't get it", "Give me a similar problem", "Show me an example"], ans: ["I think it's 4", "is it 12?", "x = 3", "ok so you divide both sides?"] },
  es: { sys: "Eres Milo, un tutor de matemáticas paciente para estudiantes de 11 a 16 años. Explica paso a paso, un paso cada vez, y comprueba que se entiende. No des solo la respuesta final.", q: (a, b) => [`Resuelve ${a}x + ${b} = ${a * 3 + b}. Explícamelo paso a paso.`, `No entiendo cómo calcular el ${a}% de ${b * 10}. ¿Me lo explicas paso a paso?`, `Un rectángulo mide ${a} cm por ${b} cm. ¿Cuál es su área y su perímetro? Paso a paso.`], chips: ["Siguiente paso", "No lo entiendo", "Dame un problema parecido", "Muéstrame un ejemplo"], ans: ["creo que es 4", "¿es 12?", "x = 3", "¿entonces divido los dos lados?"] },
  fr: { sys: "Tu es Milo, un tuteur de maths patient pour des élèves de 11 à 16 ans. Explique étape par étape, une étape à la fois, et vérifie la compréhension. Ne donne jamais seulement la réponse finale.", q: (a, b) => [`Résous ${a}x + ${b} = ${a * 3 + b}. Explique étape par étape s'il te plaît.`, `Je ne comprends pas comment calculer ${a} % de ${b * 10}. Tu peux me montrer étape par étape ?`, `Un rectangle mesure ${a} cm sur ${b} cm. Quelle est son aire et son périmètre ? Étape par étape.`], chips: ["Étape suivante", "Je ne comprends pas", "Un problème similaire", "Montre-moi un exemple"], ans: ["je pense que c'est 4", "c'est 12 ?", "x = 3", "donc on divise des deux côtés ?"] },
  de: { sys: "Du bist Milo, ein geduldiger Mathe-Nachhilfelehrer für Schüler von 11 bis 16 Jahren. Erkläre Schritt für Schritt, immer nur einen Schritt, und prüfe das Verständnis. Gib nie nur das Endergebnis.", q: (a, b) => [`Löse ${a}x + ${b} = ${a * 3 + b}. Bitte Schritt für Schritt erklären.`, `Ich verstehe nicht, wie man ${a} % von ${b * 10} berechnet. Kannst du es Schritt für Schritt zeigen?`, `Ein Rechteck hat die Seiten ${a} cm und ${b} cm. Wie groß sind Fläche und Umfang? Schritt für Schritt.`], chips: ["Nächster Schritt", "Verstehe ich nicht", "Eine ähnliche Aufgabe", "Zeig mir ein Beispiel"], ans: ["ich glaube 4", "ist es 12?", "x = 3", "also beide Seiten teilen?"] },
  pt: { sys: "Você é o Milo, um tutor de matemática paciente para alunos de 11 a 16 anos. Explique passo a passo, um passo de cada vez, e verifique se o aluno entendeu. Nunca dê só a resposta final.", q: (a, b) => [`Resolva ${a}x + ${b} = ${a * 3 + b}. Explique passo a passo, por favor.`, `Não entendo como calcular ${a}% de ${b * 10}. Pode me mostrar passo a passo?`, `Um retângulo tem lados de ${a} cm e ${b} cm. Qual é a área e o perímetro? Passo a passo.`], chips: ["Próximo passo", "Não entendi", "Me dá um problema parecido", "Mostra um exemplo"], ans: ["acho que é 4", "é 12?", "x = 3", "então divido os dois lados?"] },
};
function tutorSession(lang) {
  const T = TUT[lang]; const steps = []; let inp = { role: "user", text: r.pick(T.q(r.int(2, 12), r.int(2, 30))) }, gap = 0;
  const n = r.int(4, 18);
  for (let s = 0; s < n; s++) {
    const L = r.int(120, 420); steps.push({ in: inp, gapMs: gap, ans: { text: prose(L), tokens: L }, rate: 60 });
    const chip = r.chance(0.55);
    inp = { role: "user", text: chip ? r.pick(T.chips) : r.pick(T.ans) };
    gap = chip ? r.int(1500, 9000) : r.int(6000, 60000); // chips are tapped while/just after the answer streams
    if (r.chance(0.12)) { inp = { role: "user", text: r.pick(T.q(r.int(2, 12), r.int(2, 30))) }; gap = r.int(8000, 60000); }
  }
  return steps;
}

// multi-user support bot (RAG context in the system prompt, quick replies)
function supportSession() {
  const kb = Array.from({ length: r.int(2, 4) }, () => `[KB-${r.int(100, 999)}] ${prose(r.int(80, 250))}`).join("\n\n");
  const conv = `You are the support assistant for Acme Bank. Answer only from the articles below; if unsure, offer a human agent.\n\n${kb}`;
  const Q = ["How do I locate my card?", "I still have not received my new card, I ordered over a week ago.", "Why was I charged a fee for a transfer?", "My card payment was declined at a shop, why?", "How can I change my PIN?", "I want to dispute a transaction I don't recognise.", "Can I get a refund for a duplicated payment?"];
  const steps = []; let inp = { role: "user", text: r.pick(Q) }, gap = 0;
  for (let s = r.int(1, 6); s > 0; s--) { const L = r.int(60, 280); steps.push({ in: inp, gapMs: gap, ans: { text: prose(L), tokens: L }, rate: 70 }); const chip = r.chance(0.5); inp = { role: "user", text: chip ? r.pick(["Yes", "No", "That didn't work", "Talk to an agent", "Thanks!"]) : r.pick(Q) + " " + words(r.int(0, 8)) }; gap = chip ? r.int(1200, 6000) : r.int(10000, 90000); }
  return { sys: conv, steps };
}

// CI pull-request review bot: one self-contained request per PR, 24 h
function reviewStep() { const diff = `diff --git a/src/${r.pick(MODS)}/${r.pick(W)}.ts b/src/${r.pick(MODS)}/${r.pick(W)}.ts\n` + code(r.int(1500, 20000)); const L = r.int(250, 1200); return { in: { role: "user", text: `Review this pull request: "${words(r.int(3, 8))}".\n\n${diff}` }, gapMs: 0, ans: { text: prose(L), tokens: L }, rate: 80 }; }

// ---------- driver ----------
const keys = num("keys", 5), days = num("days", 2), api = O.api ?? "chat";
for (let k = 0; k < keys; k++) {
  const key = `sk-r30-${NAME}-${k}-s${SEED}`, label = `honest-${product}`;
  for (let d = 0; d < days; d++) {
    const day0 = T0 + d * DAY;
    if (product === "code") {
      const sys = fixedSys("Forge, an AI coding agent working in the user's repository", num("sysChars", 9000), O.sbs === "1");
      const n = num("sess", 14); const h24 = O.h24 === "1";
      for (let s = 0; s < n; s++) { const t = day0 + (h24 ? r.int(0, 23 * 3600) : r.int(8 * 3600, 19 * 3600)) * 1000; const conv = { sys, tools: CODE_TOOLS, msgs: [] }; emit(key, label, k, api, conv, t, codeSession(k), num("mx", 32000), { think: O.think ? Number(O.think) : 0 }); }
    } else if (product === "sql") {
      const sys = fixedSys("Quill, a data analyst agent for the Acme warehouse. Always query the data before answering; never invent numbers", num("sysChars", 5000), O.sbs === "1");
      const n = num("sess", 40);
      for (let s = 0; s < n; s++) { const t = day0 + r.int(7 * 3600, 20 * 3600) * 1000; emit(key, label, k, api, { sys, tools: SQL_TOOLS, msgs: [] }, t, sqlSession(), num("mx", 4096)); }
    } else if (product === "research") {
      const sys = fixedSys("Scout, a research assistant. Search, read sources, then write a cited report", num("sysChars", 3000), O.sbs === "1");
      const n = num("sess", 30);
      for (let s = 0; s < n; s++) { const t = day0 + r.int(6 * 3600, 22 * 3600) * 1000; emit(key, label, k, api, { sys, tools: RS_TOOLS, msgs: [] }, t, researchSession(), num("mx", 8000)); }
    } else if (product === "seo") {
      const sys = `You are an expert SEO content writer for ${r.pick(["a content agency", "a marketing platform"])}. Write clear, original, helpful articles in a friendly tone. Use markdown headings. Avoid keyword stuffing.`;
      const n = num("sess", 40);
      for (let s = 0; s < n; s++) { const t = day0 + r.int(0, 23 * 3600) * 1000; emit(key, label, k, api, { sys, tools: null, msgs: [] }, t, seoSession(), num("mx", 4096)); }
    } else if (product === "tutor") {
      const langs = (O.langs ?? "en,es,fr,de,pt").split(":").join(",").split(",");
      const n = num("sess", 80);
      for (let s = 0; s < n; s++) { const lang = r.pick(langs); const t = day0 + r.int(14 * 3600, 22 * 3600) * 1000; emit(key, label, k, api, { sys: TUT[lang].sys, tools: null, msgs: [] }, t, tutorSession(lang), num("mx", 1024)); }
    } else if (product === "support") {
      const n = num("sess", 200);
      for (let s = 0; s < n; s++) { const t = day0 + r.int(6 * 3600, 23 * 3600) * 1000; const { sys, steps } = supportSession(); emit(key, label, k, api, { sys, tools: null, msgs: [] }, t, steps, num("mx", 800)); }
    } else if (product === "review") {
      const sys = "You are a senior engineer reviewing pull requests. Point out bugs, security issues and unclear code. Be specific and cite line numbers. If the PR looks good, say so briefly.";
      const n = num("sess", 300);
      for (let s = 0; s < n; s++) { const t = day0 + r.int(0, 24 * 3600 - 1) * 1000; emit(key, label, k, api, { sys, tools: null, msgs: [] }, t, [reviewStep()], num("mx", 4096)); }
    } else throw new Error("unknown product " + product);
  }
}
{ // streamed write (agent histories make big traces)
  const fs = await import("node:fs");
  const file = `redteam/round30/traces/${NAME}.jsonl`;
  trace.events.sort((a, b) => a.ts - b.ts || a.seq - b.seq);
  const fd = fs.openSync(file, "w"); const labels = {};
  for (const e of trace.events) { const { seq: _s, label, ...rest } = e; labels[e.key] = label; fs.writeSync(fd, JSON.stringify(rest) + "\n"); }
  fs.closeSync(fd); fs.writeFileSync(file.replace(/\.jsonl$/, ".labels.json"), JSON.stringify(labels));
  console.error(`wrote ${trace.events.length} events to ${file}`);
}
