/**
 * Honest: an agent platform with tool calls (three customer workspaces on one platform backend),
 * contract summarisation (Responses by day, an OpenAI batch each night), an embeddings indexer
 * (backfill, then edits and search queries), and IDE autocomplete with fill-in-the-middle.
 */
import { type Ctx, type R, type Src, D, H, M, S, START, RELEASE, NEW_MODEL, answerLen, cloud, egress, fill, hexId, latency, local, promptTokens, when, weekdayOf, b62, tokens } from "./core.ts";

// =================================================================== agent platform with tools
const fn = (name: string, description: string, properties: Record<string, unknown>, required: string[]) => ({ type: "function", function: { name, description, parameters: { type: "object", properties, required } } });
const OPERON_TOOLS = [
  fn("search_knowledge_base", "Search the workspace's wiki, policies and runbooks. Returns the top passages with their page titles.", { query: { type: "string" }, top_k: { type: "integer", minimum: 1, maximum: 10 } }, ["query"]),
  fn("run_sql", "Run a read-only SQL query (PostgreSQL dialect) on the analytics warehouse. Tables: orders, refunds, users, sessions, tickets, teams.", { sql: { type: "string" } }, ["sql"]),
  fn("create_ticket", "Create a ticket in the issue tracker.", { project: { type: "string" }, title: { type: "string" }, description: { type: "string" }, priority: { type: "string", enum: ["P1", "P2", "P3", "P4"] } }, ["project", "title"]),
  fn("post_message", "Post a message to a chat channel.", { channel: { type: "string" }, text: { type: "string" } }, ["channel", "text"]),
  fn("get_calendar", "Get a person's busy slots for a date.", { person: { type: "string" }, date: { type: "string", format: "date" } }, ["person", "date"]),
  fn("http_get", "Fetch an internal URL (status pages, CI logs). Only *.internal hosts are allowed.", { url: { type: "string" } }, ["url"]),
];
const OPERON_SYSTEM = "You are Operon, an operations agent working inside the {company} workspace. Use the tools to look things up instead of guessing, keep SQL read-only and limited to what the question needs, and when you post or create something, say exactly what you posted. If a request is ambiguous, ask one short question. Today is {date}. The user's time zone is {tz}.";
interface Task { text: string; plan: string[] }
type TaskGen = (r: R) => Task;
const TASKS: Record<string, TaskGen[]> = {
  en: [
    (r) => ({ text: `How many orders from ${r.pick(["EMEA", "APAC", "North America", "LATAM"])} were refunded last week? Post a two-line summary to #ops-daily.`, plan: ["run_sql", "post_message"] }),
    (r) => ({ text: `What's our policy on ${r.pick(["expensing home office equipment", "on-call compensation", "customer data retention", "using personal devices"])}? Quote the relevant part.`, plan: ["search_knowledge_base"] }),
    (r) => ({ text: `Is ${r.pick(["Priya", "Marcus", "Dana", "Tomás"])} free ${r.pick(["tomorrow afternoon", "on Friday morning", "tomorrow before noon"])}? If so draft an invite for a 30 min sync on ${r.pick(["the Q3 pricing change", "the SSO rollout", "the churn dashboard"])}.`, plan: ["get_calendar"] }),
    (r) => ({ text: `The ${r.pick(["nightly-export", "billing-reconcile", "search-reindex", "invoice-pdf"])} job failed again. Grab the last error from CI and open a P2 ticket in ${r.pick(["OPS", "PLAT", "DATA"])}.`, plan: ["http_get", "create_ticket"] }),
    () => ({ text: "Compare weekly active users for the last 4 weeks by platform. Which one dropped the most?", plan: ["run_sql", "run_sql"] }),
    () => ({ text: "Find the onboarding checklist for new sales reps and share it in #sales-onboarding.", plan: ["search_knowledge_base", "post_message"] }),
    (r) => ({ text: `Which ${r.pick(["5", "10"])} customers opened the most tickets this month, and are any of them on the enterprise plan?`, plan: ["run_sql"] }),
  ],
  de: [
    (r) => ({ text: `Wie viele Tickets mit Priorität hoch sind seit ${r.pick(["Montag", "letzter Woche", "dem 1."])} offen? Bitte nach Team aufschlüsseln.`, plan: ["run_sql"] }),
    (r) => ({ text: `Was steht in unserer Reisekostenrichtlinie zu ${r.pick(["Bahnfahrten erster Klasse", "Hotelkosten in München", "Mietwagen", "Verpflegungspauschalen"])}?`, plan: ["search_knowledge_base"] }),
    (r) => ({ text: `Leg im Projekt ${r.pick(["FERT", "QS", "IT"])} ein Ticket an: ${r.pick(["Etikettendrucker Halle 3 druckt leer", "VPN bricht bei Außendienst ab", "Prüfprotokolle werden nicht archiviert"])}. Priorität P3.`, plan: ["create_ticket"] }),
    (r) => ({ text: `Hat ${r.pick(["Frau Becker", "Herr Yilmaz", "Jonas"])} morgen Vormittag Zeit für eine halbe Stunde?`, plan: ["get_calendar"] }),
    () => ({ text: "Wie hat sich die Retourenquote in den letzten drei Monaten entwickelt? Kurz zusammenfassen und in #controlling posten.", plan: ["run_sql", "post_message"] }),
  ],
  ja: [
    (r) => ({ text: `先週の${r.pick(["関東", "関西", "九州"])}エリアの返金件数を調べて、#ops-dailyに要約を投稿してください。`, plan: ["run_sql", "post_message"] }),
    (r) => ({ text: `${r.pick(["在宅勤務手当", "出張の宿泊費上限", "顧客データの保管期間"])}に関する社内規定を探して、該当部分を教えてください。`, plan: ["search_knowledge_base"] }),
    (r) => ({ text: `${r.pick(["佐藤さん", "田中さん", "李さん"])}の明日の午後の予定を確認して、空いていれば30分の打ち合わせを入れる案を作ってください。`, plan: ["get_calendar"] }),
    () => ({ text: "在庫同期ジョブがまた失敗しています。CIのログから最新のエラーを取得して、OPSプロジェクトにP2のチケットを作成してください。", plan: ["http_get", "create_ticket"] }),
  ],
};
const FOLLOWUPS: Record<string, string[]> = {
  en: ["Can you break that down by week?", "Thanks. Also post it to #leadership.", "Make the summary shorter.", "What query did you run?"],
  de: ["Danke. Kannst du das noch nach Standort aufteilen?", "Bitte auch in #geschaeftsleitung posten.", "Kürzer bitte."],
  ja: ["ありがとうございます。週ごとに分けてもらえますか？", "それを#leadershipにも投稿してください。"],
};
const DONE: Record<string, string[]> = { en: ["Done.", "Here is what I found:"], de: ["Erledigt.", "Das Ergebnis:"], ja: ["完了しました。", "結果は以下の通りです："] };
function toolArgs(r: R, tool: string, task: string): Record<string, unknown> {
  switch (tool) {
    case "run_sql": return { sql: r.pick(["SELECT region, count(*) FROM refunds r JOIN orders o ON o.id = r.order_id WHERE r.created_at >= date_trunc('week', now()) - interval '7 days' AND r.created_at < date_trunc('week', now()) GROUP BY region", "SELECT date_trunc('week', s.started_at) AS wk, u.platform, count(DISTINCT s.user_id) FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.started_at >= now() - interval '28 days' GROUP BY 1, 2 ORDER BY 1, 2", "SELECT t.team, count(*) FROM tickets t WHERE t.priority = 'high' AND t.status <> 'closed' AND t.created_at >= now() - interval '7 days' GROUP BY t.team ORDER BY 2 DESC", "SELECT customer_id, count(*) AS n FROM tickets WHERE created_at >= date_trunc('month', now()) GROUP BY 1 ORDER BY n DESC LIMIT 10"]) };
    case "search_knowledge_base": return { query: task.slice(0, 80), top_k: r.pick([3, 5]) };
    case "create_ticket": return { project: r.pick(["OPS", "PLAT", "FERT", "IT"]), title: task.slice(0, 60), description: "Created by Operon from chat. " + task, priority: r.pick(["P2", "P3"]) };
    case "post_message": return { channel: r.pick(["#ops-daily", "#sales-onboarding", "#controlling", "#leadership"]), text: "Summary: " + task.slice(0, 90) };
    case "get_calendar": return { person: r.pick(["priya@", "marcus@", "becker@", "sato@"]) + "corp", date: "2027-04-" + r.int(15, 19) };
    default: return { url: `https://ci.internal/jobs/${r.pick(["nightly-export", "billing-reconcile", "inventory-sync"])}/runs/${r.int(1000, 9999)}/log?tail=200` };
  }
}
function toolResult(r: R, tool: string): string {
  switch (tool) {
    case "run_sql": return JSON.stringify({ columns: ["key", "value"], rows: Array.from({ length: r.int(2, 12) }, () => [r.pick(["EMEA", "APAC", "ios", "android", "web", "team-a", "team-b", "cust_" + r.int(100, 999)]), r.int(3, 9000)]), row_count: r.int(2, 12) });
    case "search_knowledge_base": return JSON.stringify({ results: Array.from({ length: r.int(2, 4) }, () => ({ title: r.pick(["Travel & Expenses Policy v7", "Remote Work Guidelines", "Data Retention Standard", "Sales Onboarding Checklist", "On-call Handbook"]), passage: r.pick(["Employees may claim up to the amount stated in Annex B once per calendar year, with receipts.", "Data relating to closed customer accounts is deleted after 24 months unless a legal hold applies.", "New reps complete the product certification in their first two weeks and shadow five calls.", "On-call engineers receive a flat weekly allowance plus time off in lieu for night pages."]), score: Math.round(r.f() * 100) / 100 })) });
    case "create_ticket": return JSON.stringify({ ok: true, key: r.pick(["OPS", "PLAT", "FERT"]) + "-" + r.int(1000, 9999), url: "https://tracker.internal/browse/" + r.int(1000, 9999) });
    case "post_message": return JSON.stringify({ ok: true, ts: String(1800000000 + r.int(0, 99999999)) });
    case "get_calendar": return JSON.stringify({ busy: Array.from({ length: r.int(0, 4) }, () => ({ start: `${r.int(8, 16)}:00`, end: `${r.int(9, 17)}:30` })) });
    default: return "ERROR 2027-04-1" + r.int(4, 7) + "T0" + r.int(1, 5) + ":12:09Z  " + r.pick(["psycopg2.OperationalError: server closed the connection unexpectedly", "TimeoutError: upstream did not answer within 300s", "KeyError: 'currency'"]) + "\n  at step export_batch (attempt 3/3)";
  }
}
export function agentPlatform(c: Ctx): void {
  const r = c.r;
  const fleet = egress(r, ["awsUsWest", "awsUsWest", "awsUsWest", "awsUsWest"], 4);
  const workspaces = [
    { key: c.key("proj"), company: "Lattice Analytics", lang: "en", tz: -7, tzName: "America/Los_Angeles", tasks: 360 },
    { key: c.key("proj"), company: "Hahn Fördertechnik", lang: "de", tz: 2, tzName: "Europe/Berlin", tasks: 180 },
    { key: c.key("proj"), company: "ミドリ商事", lang: "ja", tz: 9, tzName: "Asia/Tokyo", tasks: 140 },
  ];
  for (const w of workspaces) {
    for (let k = 0; k < w.tasks; k++) {
      let t = when(r, w.tz, "work");
      const day = Math.floor((t + w.tz * H - START) / D);
      const system = fill(r, OPERON_SYSTEM, { company: w.company, date: `2027-04-${14 + Math.max(0, day)}`, tz: w.tzName });
      const task = r.pick(TASKS[w.lang])(r);
      const messages: Record<string, unknown>[] = [{ role: "system", content: system }, { role: "user", content: task.text }];
      const rounds = r.chance(0.28) ? 2 : 1;
      for (let round = 0; round < rounds; round++) {
        const plan = round === 0 ? task.plan : r.pick([["run_sql"], ["post_message"], []]);
        for (let step = 0; step <= plan.length; step++) {
          const body = { model: w.lang === "en" && t > RELEASE + 20 * H && k % 3 === 0 ? NEW_MODEL : "gpt-4.1", messages, tools: OPERON_TOOLS, tool_choice: "auto", parallel_tool_calls: true, temperature: 0.1, max_tokens: 2048 };
          const final = step === plan.length;
          const comp = final ? answerLen(r, 190, 0.55, 2048, 20) : answerLen(r, 70, 0.4, 400, 18);
          c.post(t, w.key, r.pick(fleet), "/v1/chat/completions", body, promptTokens(body), comp);
          t += latency(r, comp, 80);
          if (final) {
            messages.push({ role: "assistant", content: r.pick(DONE[w.lang]) + " " + task.text.slice(0, 50) });
          } else {
            const id = "call_" + b62(r, 24);
            messages.push({ role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: plan[step], arguments: JSON.stringify(toolArgs(r, plan[step], task.text)) } }] });
            messages.push({ role: "tool", tool_call_id: id, content: toolResult(r, plan[step]) });
            t += r.ln(1.4, 0.8) * S; // the tool runs
          }
        }
        messages.push({ role: "user", content: r.pick(FOLLOWUPS[w.lang]) });
        t += r.ln(45, 0.9) * S;
      }
    }
  }
}

// =================================================================== contract summaries
const CLAUSES: Record<string, string[]> = {
  en: [
    "The Supplier shall deliver the Goods to the Customer's site at {city} no later than {n} Business Days after receipt of a Purchase Order.",
    "Payment is due within {n} days of the invoice date; late payments bear interest at {p} per cent above the base rate of the Bank of England.",
    "Either Party may terminate this Agreement by giving not less than {n} days' written notice to the other Party.",
    "The Supplier's total liability under or in connection with this Agreement shall not exceed {amount} in any Contract Year.",
    "Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.",
    "Each Party shall keep the other Party's Confidential Information secret for a period of {n} years after termination.",
    "The Customer may audit the Supplier's records relating to the Services once in any twelve-month period on {n} Business Days' notice.",
    "Service credits shall be calculated in accordance with Schedule {s} and are the Customer's sole remedy for failure to meet the Service Levels.",
    "The Supplier shall maintain insurance cover of at least {amount} with a reputable insurer for the duration of this Agreement.",
    "This Agreement is governed by the laws of England and Wales, and the courts of London have exclusive jurisdiction.",
    "Any change to the scope of the Services shall be agreed in writing through the Change Control Procedure in Schedule {s}.",
    "Personal Data shall be processed only on the documented instructions of the Customer and in accordance with the Data Processing Addendum.",
    "Neither Party shall be liable for delay caused by events beyond its reasonable control, provided it notifies the other Party within {n} days.",
    "The Supplier may not subcontract any of its obligations without the prior written consent of the Customer, not to be unreasonably withheld.",
  ],
  fr: [
    "Le Prestataire s'engage à livrer les Marchandises sur le site du Client à {cityfr} dans un délai de {n} jours ouvrés à compter de la commande.",
    "Les factures sont payables à {n} jours fin de mois ; tout retard entraîne des pénalités égales à trois fois le taux d'intérêt légal.",
    "Chacune des Parties peut résilier le présent Contrat moyennant un préavis écrit de {n} jours.",
    "La responsabilité totale du Prestataire est plafonnée à {amount} par année contractuelle.",
    "Les Parties s'engagent à garder confidentielles les informations échangées pendant {n} ans après la fin du Contrat.",
    "Le présent Contrat est soumis au droit français ; tout litige relève du tribunal de commerce de Paris.",
    "Le Prestataire ne peut sous-traiter tout ou partie des prestations sans l'accord écrit préalable du Client.",
    "Les données personnelles sont traitées conformément au RGPD et à l'annexe {s} relative à la sous-traitance.",
  ],
  de: [
    "Der Auftragnehmer liefert die Ware spätestens {n} Werktage nach Eingang der Bestellung an den Standort des Auftraggebers in {cityde}.",
    "Rechnungen sind innerhalb von {n} Tagen ohne Abzug zahlbar; bei Verzug gelten die gesetzlichen Verzugszinsen.",
    "Der Vertrag kann von jeder Partei mit einer Frist von {n} Tagen zum Monatsende schriftlich gekündigt werden.",
    "Die Haftung des Auftragnehmers ist je Vertragsjahr auf {amount} begrenzt, außer bei Vorsatz und grober Fahrlässigkeit.",
    "Die Parteien verpflichten sich, vertrauliche Informationen auch {n} Jahre nach Vertragsende geheim zu halten.",
    "Es gilt deutsches Recht; Gerichtsstand ist München.",
    "Unteraufträge bedürfen der vorherigen schriftlichen Zustimmung des Auftraggebers.",
    "Personenbezogene Daten werden ausschließlich nach Weisung des Auftraggebers gemäß der Anlage {s} zur Auftragsverarbeitung verarbeitet.",
  ],
};
const DOC_TITLES: Record<string, string[]> = {
  en: ["MASTER SERVICES AGREEMENT", "SUPPLY AGREEMENT", "SOFTWARE LICENCE AND SUPPORT AGREEMENT", "DATA PROCESSING ADDENDUM", "FRAMEWORK AGREEMENT FOR CONSULTANCY SERVICES"],
  fr: ["CONTRAT DE PRESTATION DE SERVICES", "CONTRAT-CADRE D'APPROVISIONNEMENT", "CONTRAT DE LICENCE ET DE MAINTENANCE"],
  de: ["RAHMENVERTRAG ÜBER LIEFERUNGEN", "DIENSTLEISTUNGSVERTRAG", "SOFTWAREPFLEGEVERTRAG"],
};
function contract(r: R, lang: string, clauses: number): string {
  const out = [r.pick(DOC_TITLES[lang]), `${lang === "de" ? "zwischen" : lang === "fr" ? "entre" : "between"} ${r.pick(["Northgate Components Ltd", "Averill Health Services", "Société Lumen SAS", "Brückner Logistik GmbH", "Kestrel Data plc"])} ${lang === "de" ? "und" : lang === "fr" ? "et" : "and"} ${r.pick(["Halcyon Retail Group", "Mirebeau Industrie", "Stadtwerke Rheinaue", "Pinecrest Foods Ltd"])}`];
  for (let i = 1; i <= clauses; i++) {
    out.push(`${i}. ` + fill(r, r.pick(CLAUSES[lang]), { n: String(r.pick([5, 10, 14, 30, 45, 60, 90])), p: String(r.int(2, 8)), amount: r.pick(["£250,000", "£1,000,000", "€500.000", "150 000 €", "the Charges paid in the preceding 12 months"]), city: ["Leeds", "Bristol", "Coventry"], cityfr: ["Lyon", "Rennes", "Lille"], cityde: ["Augsburg", "Kassel", "Ulm"], s: String(r.int(2, 9)) }));
  }
  return out.join("\n\n");
}
const SUMMARY_INSTR = "Summarise the contract for a busy in-house lawyer: the parties, the main obligations of each party, payment terms, term and termination, liability caps and exclusions, and anything unusual. At most 220 words, in the language of the contract. If a clause is ambiguous, say so rather than guessing.";
export function summarisation(c: Ctx): void {
  const r = c.r;
  const key = c.key("proj");
  const app = egress(r, ["azureEu", "azureEu"], 2);
  const nightly = cloud(r, "azureEu");
  for (let day = 0; day < 4; day++) {
    const n = weekdayOf(START + day * D, 1) === 6 ? 18 : r.int(190, 240);
    for (let i = 0; i < n; i++) {
      const lang = r.weighted([["en", 60], ["fr", 22], ["de", 18]] as const);
      const t = when(r, lang === "en" ? 1 : 2, "work", START + day * D, START + (day + 1) * D);
      const doc = contract(r, lang, r.int(18, 80));
      const body = { model: "gpt-4.1", instructions: SUMMARY_INSTR, input: doc, max_output_tokens: 500, temperature: 0.2 };
      c.post(t, key, r.pick(app), "/v1/responses", body, promptTokens(body), answerLen(r, 270, 0.2, 500, 120), { response_id: "resp_" + hexId(r, 48) });
    }
    // nightly batch of the day's uploaded archive
    if (day < 4) {
      let t = START + day * D + 22 * H + r.int(0, 25) * M;
      const lines: string[] = [];
      const items = r.int(60, 100);
      for (let i = 0; i < items; i++) {
        const lang = r.pick(["en", "en", "fr", "de"]);
        lines.push(JSON.stringify({ custom_id: `doc-${day}-${i}`, method: "POST", url: "/v1/chat/completions", body: { model: "gpt-4.1-mini", max_tokens: 400, messages: [{ role: "system", content: SUMMARY_INSTR }, { role: "user", content: contract(r, lang, r.int(8, 20)) }] } }));
      }
      const fileId = "file-" + b62(r, 22), batchId = "batch_" + hexId(r, 32), outId = "file-" + b62(r, 22);
      c.free(t, key, nightly, "POST", "/v1/files", { purpose: "batch", file: lines.join("\n") }, { inner: items });
      t += r.int(2, 6) * S;
      c.free(t, key, nightly, "POST", "/v1/batches", { input_file_id: fileId, endpoint: "/v1/chat/completions", completion_window: "24h", metadata: { job: "nightly-archive" } });
      const polls = r.int(4, 9);
      for (let p = 0; p < polls; p++) { t += 15 * M + r.int(0, 30) * S; c.free(t, key, nightly, "GET", `/v1/batches/${batchId}`, null); }
      t += r.int(5, 60) * S;
      const results = Array.from({ length: items }, () => ({ prompt_tokens: r.int(600, 1900), completion_tokens: answerLen(r, 240, 0.25, 400, 80) }));
      c.free(t, key, nightly, "GET", `/v1/files/${outId}/content`, null, { results });
    }
  }
}

// =================================================================== embeddings indexer
const HELP_DOC: Record<string, string[]> = {
  en: ["Managers approve time-off requests from the Approvals tab or directly from the email notification.", "Public holidays are loaded per office location and can be overridden by an admin.", "If an employee changes teams mid-month, the new cost centre applies from the effective date.", "Payroll exports are locked once they are sent to the provider; corrections go into the next run.", "Custom fields can be made visible to employees, managers or HR only.", "Onboarding templates assign tasks to IT, the manager and the new hire automatically.", "Absence balances accrue monthly and are prorated for part-time contracts.", "Documents uploaded to an employee profile are encrypted at rest and visible according to the field permissions.", "The org chart updates overnight after changes to reporting lines.", "Single sign-on users cannot reset their password in Teamhub; they use their identity provider.", "Performance review cycles can include self-reviews, peer reviews and manager reviews.", "Webhooks fire on employee.created, employee.updated and absence.approved events.", "Sick leave can be configured to require a certificate after a set number of days."],
  de: ["Führungskräfte genehmigen Urlaubsanträge im Reiter „Freigaben“ oder direkt aus der E-Mail-Benachrichtigung.", "Feiertage werden pro Standort geladen und können von Admins angepasst werden.", "Wechselt eine Person während des Monats das Team, gilt die neue Kostenstelle ab dem Stichtag.", "Lohnexporte werden nach dem Versand gesperrt; Korrekturen fließen in den nächsten Lauf ein.", "Eigene Felder lassen sich für Mitarbeitende, Führungskräfte oder nur für HR sichtbar machen.", "Urlaubsansprüche werden monatlich aufgebaut und bei Teilzeit anteilig berechnet.", "Das Organigramm aktualisiert sich nachts, nachdem Berichtslinien geändert wurden.", "Für Krankmeldungen kann eingestellt werden, ab dem wievielten Tag eine AU erforderlich ist."],
};
const QUERIES: Record<string, string[]> = {
  en: ["approve time off", "change cost centre", "payroll export locked", "how to add public holiday", "sso password reset", "accrual part time", "webhook absence approved", "who can see custom fields", "org chart not updated", "sick note required after days", "peer review setup", "offboarding checklist", "export employee list csv", "parental leave balance"],
  de: ["urlaubsantrag genehmigen", "kostenstelle ändern", "lohnexport korrigieren", "feiertag hinzufügen", "teilzeit urlaubsanspruch", "krankmeldung ab wann au", "organigramm falsch", "mitarbeiterliste exportieren"],
};
const ASK: Record<string, string[]> = {
  en: ["How do I approve a time-off request from my phone?", "Why can't I change the payroll export I sent yesterday?", "Can employees see the custom field we added for shirt sizes?", "How are vacation days calculated for someone working 3 days a week?", "Our org chart still shows the old manager, when does it update?", "Where do I set that a sick note is needed after two days?", "Can I reset my password? We log in with Okta.", "Which events can trigger a webhook?", "How do I add a public holiday for our Lisbon office?", "Who gets the onboarding tasks when I hire someone?"],
  de: ["Wie genehmige ich einen Urlaubsantrag in der App?", "Warum kann ich den gestrigen Lohnexport nicht mehr ändern?", "Wie wird der Urlaubsanspruch bei Teilzeit berechnet?", "Ab wann braucht man eine AU, und wo stelle ich das ein?", "Das Organigramm zeigt noch die alte Teamleitung. Wann aktualisiert sich das?", "Können Mitarbeitende unsere eigenen Felder sehen?"],
};
const RAG_SYSTEM = "You are the in-app help assistant of Teamhub HR. Answer the user's question using only the numbered passages. Cite passages like [2]. If the passages do not contain the answer, say that you don't know and suggest contacting support. Answer in the user's language, in at most five sentences.";
function chunk(r: R, lang: string): string {
  const bank = HELP_DOC[lang];
  return `${r.pick(lang === "en" ? ["Absences", "Payroll", "Org chart", "Onboarding", "Permissions", "Integrations"] : ["Abwesenheiten", "Lohnabrechnung", "Organigramm", "Berechtigungen"])} › ${r.pick(lang === "en" ? ["Overview", "Settings", "FAQ", "Troubleshooting"] : ["Überblick", "Einstellungen", "FAQ"])}\n` + r.some(bank, r.int(4, 7)).join(" ");
}
export function embeddingsIndexer(c: Ctx): void {
  const r = c.r;
  const key = c.key("proj");
  const assistant = c.key("proj");
  const worker = cloud(r, "gcpEu");
  const web = egress(r, ["gcpEu", "gcpEu"], 2);
  // backfill on Wednesday morning
  let t = START + 8 * H + r.int(0, 30) * M;
  for (let i = 0; i < 230; i++) {
    const lang = r.chance(0.7) ? "en" : "de";
    const input = Array.from({ length: 64 }, () => chunk(r, lang));
    const body = { model: "text-embedding-3-small", input, encoding_format: "float" };
    c.post(t, key, worker, "/v1/embeddings", body, promptTokens(body), 0);
    t += r.ln(85, 0.2) * S;
  }
  // edits during office hours and site-search queries
  for (let day = 0; day < 4; day++) {
    const edits = day === 3 ? 2 : r.int(12, 25);
    for (let i = 0; i < edits; i++) {
      const te = when(r, 2, "work", START + day * D, START + (day + 1) * D);
      const lang = r.chance(0.7) ? "en" : "de";
      const body = { model: "text-embedding-3-small", input: Array.from({ length: r.int(1, 12) }, () => chunk(r, lang)), encoding_format: "float" };
      c.post(te, key, worker, "/v1/embeddings", body, promptTokens(body), 0);
    }
    // the in-app assistant: retrieval, then an answer grounded in the top passages
    const asks = day === 3 ? r.int(20, 40) : r.int(280, 340);
    for (let i = 0; i < asks; i++) {
      const lang = r.chance(0.65) ? "en" : "de";
      const ta = when(r, lang === "en" ? r.pick([-5, 1]) : 2, "work", START + day * D, START + (day + 1) * D);
      const passages = Array.from({ length: r.int(3, 6) }, (_, j) => `[${j + 1}] ${chunk(r, lang)}`).join("\n\n");
      const body = { model: "gpt-4.1-mini", temperature: 0.1, max_tokens: 500, messages: [{ role: "system", content: RAG_SYSTEM }, { role: "user", content: `${r.pick(ASK[lang])}\n\nPassages:\n${passages}` }] };
      c.post(ta, assistant, r.pick(web), "/v1/chat/completions", body, promptTokens(body), answerLen(r, 130, 0.45, 500, 25));
    }
    const queries = day === 3 ? r.int(30, 60) : r.int(280, 360);
    for (let i = 0; i < queries; i++) {
      const lang = r.chance(0.62) ? "en" : "de";
      const tq = when(r, lang === "en" ? r.pick([-5, 1]) : 2, "work", START + day * D, START + (day + 1) * D);
      let q = r.pick(QUERIES[lang]);
      if (r.chance(0.3)) q = q.slice(0, r.int(4, q.length));
      const body = { model: "text-embedding-3-small", input: q };
      c.post(tq, key, r.pick(web), "/v1/embeddings", body, promptTokens(body), 0);
    }
  }
}

// =================================================================== IDE autocomplete (FIM)
type Snip = (r: R, name: string) => string;
const PY: Snip[] = [
  (r, n) => `def ${n}(items: list[dict], key: str = "${r.pick(["id", "created_at", "score"])}") -> list[dict]:\n    """Return items sorted by ${"`key`"}, newest first."""\n    return sorted(items, key=lambda x: x.get(key) or 0, reverse=True)\n`,
  (r, n) => `async def ${n}(session, url: str, retries: int = ${r.int(2, 5)}) -> dict:\n    for attempt in range(retries):\n        async with session.get(url, timeout=${r.int(5, 30)}) as resp:\n            if resp.status == 200:\n                return await resp.json()\n            await asyncio.sleep(2 ** attempt)\n    raise RuntimeError(f"failed after {retries} attempts: {url}")\n`,
  (r, n) => `def ${n}(df: pd.DataFrame) -> pd.DataFrame:\n    ${r.pick(["# 결측값을 채우고 날짜 컬럼을 변환한다", "# 缺失值填充并转换日期列", "# Fehlende Werte auffüllen und Datumsspalten umwandeln", "# fill missing values and parse dates"])}\n    df = df.copy()\n    df["${r.pick(["amount", "price", "qty"])}"] = df["${r.pick(["amount", "price", "qty"])}"].fillna(0)\n    df["date"] = pd.to_datetime(df["date"], errors="coerce")\n    return df.dropna(subset=["date"])\n`,
  (r, n) => `class ${n[0].toUpperCase() + n.slice(1)}Cache:\n    def __init__(self, ttl: int = ${r.pick([60, 300, 3600])}):\n        self.ttl = ttl\n        self._data: dict[str, tuple[float, object]] = {}\n\n    def get(self, key: str):\n        hit = self._data.get(key)\n        if hit is None or time.time() - hit[0] > self.ttl:\n            return None\n        return hit[1]\n`,
  (r, n) => `@app.get("/api/${r.pick(["orders", "users", "invoices", "projects"])}/{item_id}")\ndef ${n}(item_id: int, db: Session = Depends(get_db)):\n    obj = db.get(Model, item_id)\n    if obj is None:\n        raise HTTPException(status_code=404, detail="not found")\n    return obj\n`,
];
const TS: Snip[] = [
  (r, n) => `export function ${n}(xs: readonly number[]): number {\n  if (xs.length === 0) return ${r.pick(["0", "NaN"])};\n  const sorted = [...xs].sort((a, b) => a - b);\n  const mid = Math.floor(sorted.length / 2);\n  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;\n}\n`,
  (r, n) => `export async function ${n}(id: string, signal?: AbortSignal): Promise<${r.pick(["User", "Order", "Invoice"])} | null> {\n  const res = await fetch(\`/api/${r.pick(["users", "orders", "invoices"])}/\${encodeURIComponent(id)}\`, { signal });\n  if (res.status === 404) return null;\n  if (!res.ok) throw new Error(\`HTTP \${res.status}\`);\n  return res.json();\n}\n`,
  (r, n) => `export const ${n} = (props: { label: string; onClick: () => void; disabled?: boolean }) => (\n  <button className="${r.pick(["btn btn-primary", "px-3 py-1 rounded", "action"])}" disabled={props.disabled} onClick={props.onClick}>\n    {props.label}\n  </button>\n);\n`,
  (r, n) => `function ${n}<T>(fn: (...a: unknown[]) => T, ms = ${r.pick([150, 250, 300])}) {\n  let timer: ReturnType<typeof setTimeout> | undefined;\n  return (...args: unknown[]) => {\n    clearTimeout(timer);\n    timer = setTimeout(() => fn(...args), ms);\n  };\n}\n`,
];
const GO: Snip[] = [
  (r, n) => `func ${n}(ctx context.Context, db *sql.DB, id int64) (*${r.pick(["User", "Order", "Device"])}, error) {\n\trow := db.QueryRowContext(ctx, "SELECT id, name, created_at FROM ${r.pick(["users", "orders", "devices"])} WHERE id = $1", id)\n\tvar u ${r.pick(["User", "Order", "Device"])}\n\tif err := row.Scan(&u.ID, &u.Name, &u.CreatedAt); err != nil {\n\t\treturn nil, fmt.Errorf("${n}: %w", err)\n\t}\n\treturn &u, nil\n}\n`,
  (r, n) => `func ${n}(w http.ResponseWriter, r *http.Request) {\n\tif r.Method != http.MethodPost {\n\t\thttp.Error(w, "method not allowed", http.StatusMethodNotAllowed)\n\t\treturn\n\t}\n\tvar req ${r.pick(["CreateRequest", "UpdateRequest"])}\n\tif err := json.NewDecoder(r.Body).Decode(&req); err != nil {\n\t\thttp.Error(w, err.Error(), http.StatusBadRequest)\n\t\treturn\n\t}\n}\n`,
];
const RS: Snip[] = [
  (r, n) => `pub fn ${n}(input: &str) -> Result<Vec<${r.pick(["u32", "i64", "f64"])}>, ParseError> {\n    input\n        .split(',')\n        .map(|s| s.trim().parse().map_err(|_| ParseError::Invalid(s.to_string())))\n        .collect()\n}\n`,
  (r, n) => `impl ${r.pick(["Config", "Settings", "Options"])} {\n    pub fn ${n}(path: &Path) -> anyhow::Result<Self> {\n        let text = std::fs::read_to_string(path)?;\n        let cfg: Self = toml::from_str(&text)?;\n        Ok(cfg)\n    }\n}\n`,
];
const HEADERS: Record<string, string> = {
  py: "import asyncio\nimport time\n\nimport pandas as pd\nfrom fastapi import Depends, HTTPException\nfrom sqlalchemy.orm import Session\n\n",
  ts: "import { useState } from \"react\";\nimport type { User, Order, Invoice } from \"./types\";\n\n",
  go: "package api\n\nimport (\n\t\"context\"\n\t\"database/sql\"\n\t\"encoding/json\"\n\t\"fmt\"\n\t\"net/http\"\n)\n\n",
  rs: "use std::path::Path;\n\nuse serde::Deserialize;\n\n",
};
const NAMES = ["load", "fetch", "parse", "normalize", "merge", "resolve", "sync", "build", "render", "apply", "collect", "validate", "format", "compute", "refresh", "lookup"];
const NOUNS = ["Orders", "User", "Config", "Rows", "Batch", "Invoice", "Median", "Tokens", "Session", "Report", "Prices", "Cart"];
export function fimAutocomplete(c: Ctx): void {
  const r = c.r;
  const key = c.key("svc");
  const backend = egress(r, ["gcpUs", "gcpUs", "gcpEu"], 3);
  const devRegions: [[number, string], number][] = [[[-7, "US"], 30], [[-5, "US"], 18], [[1, "GB"], 10], [[2, "DE"], 20], [[9, "KR"], 12], [[8, "TW"], 10]];
  const langs: [string, number][] = [["py", 40], ["ts", 35], ["go", 15], ["rs", 10]];
  let made = 0;
  while (made < 2400) {
    const [tz] = r.weighted(devRegions);
    const lang = r.weighted(langs);
    const bank = lang === "py" ? PY : lang === "ts" ? TS : lang === "go" ? GO : RS;
    const dev = "dev_" + hexId(r, 8);
    let t = when(r, tz, "dev");
    const file = Array.from({ length: r.int(2, 6) }, () => r.pick(bank)(r, r.pick(NAMES) + r.pick(NOUNS)));
    const n = r.int(6, 40);
    for (let i = 0; i < n; i++) {
      const cut = r.int(0, file.length - 1);
      const text = file[cut];
      const pos = Math.floor(text.length * (0.2 + r.f() * 0.7));
      const prefix = HEADERS[lang] + file.slice(0, cut).join("\n") + "\n" + text.slice(0, pos);
      const suffix = text.slice(pos) + "\n" + file.slice(cut + 1).join("\n");
      const body = { model: "gpt-3.5-turbo-instruct", prompt: prefix, suffix, max_tokens: r.pick([64, 128, 128, 256]), temperature: 0.1, stop: ["\n\n\n"], user: dev };
      if (c.post(t, key, r.pick(backend), "/v1/completions", body, tokens(prefix) + tokens(suffix) + 3, answerLen(r, 26, 0.8, 256, 1))) made++;
      t += r.ln(9, 0.9) * S;
      if (r.chance(0.15)) file[cut] = r.pick(bank)(r, r.pick(NAMES) + r.pick(NOUNS));
    }
  }
}
void M; void local;
