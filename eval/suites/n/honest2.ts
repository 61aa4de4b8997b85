/**
 * Honest backends, part 2: a marketplace translation service, a logistics office sharing a
 * system prompt, an insurance support agent with tools, a research group on extended thinking,
 * catalogue embeddings, a review-moderation classifier on logprobs, synthetic test data for the
 * customer's own bot, a clinic and law-firm summariser with a nightly batch.
 */
import { type Body, Sc, at, dc, draw, edu, fill, fleet, genTime, humanPause, isp, olen, rid, stub, tok, DAY, HOUR, MIN, SEC } from "./core.ts";

// ================================================================== marketplace-translation
const TR_SYS = "Translate the seller's text for a cross-border marketplace. Keep measurements, model numbers and brand names unchanged, keep line breaks, and do not add or remove claims. Output the translation only.";
const TR_SRC: Record<string, string[]> = {
  ar: ["حقيبة جلد طبيعي مصنوعة يدويًا، مقاس ٣٠ × ٢٠ سم.", "الشحن خلال يومين عمل إلى جميع المدن.", "اللون قد يختلف قليلًا عن الصورة بسبب الإضاءة.", "يمكن إرجاع المنتج خلال ١٤ يومًا إذا لم يُستخدم."],
  hi: ["हाथ से बुनी सूती चादर, आकार 90 x 100 इंच।", "पहली धुलाई ठंडे पानी में अलग से करें।", "ऑर्डर के तीन दिन के भीतर डिस्पैच किया जाता है।", "रंग स्क्रीन पर थोड़ा अलग दिख सकता है।"],
  th: ["กระเป๋าสานจากผักตบชวา ทำมือทุกใบ", "ขนาดกว้าง 35 ซม. สูง 25 ซม.", "จัดส่งภายใน 3 วันทำการ", "สินค้าแต่ละชิ้นอาจมีลายไม่เหมือนกันเล็กน้อย"],
  tr: ["El yapımı bakır cezve, 250 ml.", "Bulaşık makinesinde yıkanmamalıdır.", "Siparişler aynı gün kargoya verilir.", "Ürünün iç yüzeyi kalaylıdır."],
  vi: ["Nón lá thủ công làm tại Huế, đường kính 40 cm.", "Sản phẩm được gói cẩn thận trong hộp giấy.", "Giao hàng toàn quốc trong 2 đến 4 ngày.", "Không nên để nón dưới mưa lâu."],
  en: ["Solid oak cutting board, 40 x 25 cm, finished with food-safe oil.", "Hand wash only and dry upright.", "Ships within two business days from our workshop.", "Each board's grain pattern is unique."],
};
const TR_TARGET: Record<string, string[]> = { ar: ["English", "French"], hi: ["English"], th: ["English", "Japanese"], tr: ["English", "German"], vi: ["English", "Korean"], en: ["Arabic", "Hindi", "Thai", "Turkish", "Vietnamese", "Spanish"] };
export function marketplaceTranslation(sc: Sc): void {
  const r = sc.r;
  const key = sc.key("svc");
  const ips = fleet(r, ["awsMum", "tencentSg", "awsDe"], 4);
  const L: [string, number][] = [["ar", 14], ["hi", 16], ["th", 12], ["tr", 14], ["vi", 14], ["en", 30]];
  for (let i = 0; i < 1900; i++) {
    const src = r.wpick(L);
    const tz = { ar: 3, hi: 5.5, th: 7, tr: 3, vi: 7, en: 0 }[src] ?? 0;
    const t = draw(r, tz, "office");
    const text = r.sample(TR_SRC[src], r.int(1, 4)).join("\n");
    const tgt = r.pick(TR_TARGET[src]);
    const body: Body = { model: "gpt-4.1-mini", messages: [{ role: "system", content: TR_SYS }, { role: "user", content: `Target language: ${tgt}\n\n${text}` }], temperature: 0, max_tokens: 1000 };
    sc.post(t, key, r.pick(ips), "/v1/chat/completions", body, olen(r, tok(text) * 1.1, 0.2, 1000, 5));
  }
}

// ================================================================== office-shared-prompt (Wrocław logistics)
const OFF_SYS = "Jesteś asystentem pracowników firmy spedycyjnej Odra Cargo we Wrocławiu. Odpowiadaj po polsku, chyba że ktoś prosi o inny język. Nie podawaj danych klientów osobom trzecim. Przy pytaniach celnych zaznacz, że ostateczną decyzję podejmuje agencja celna.";
const OFF_ASK = [
  "Napisz maila do przewoźnika, że ładunek na {d} musi być odebrany do 10:00.", "Przetłumacz na niemiecki: {s}", "Jaki kod CN może mieć {g}?", "Jak w Excelu policzyć sumę kolumny D tylko dla wierszy, gdzie w B jest „{c}”?",
  "Przeredaguj, żeby brzmiało uprzejmie: {s}", "Streść w trzech punktach notatkę: {s}", "Po angielsku proszę: {s}", "Czy do {c2} potrzebny jest dokument T1 przy tranzycie przez Niemcy?",
];
const OFF_SL = { d: ["poniedziałek", "środę", "piątek", "jutro"], s: ["dostawa opóźni się o dwa dni z powodu strajku w porcie", "prosimy o przesłanie listu CMR do końca dnia", "kierowca czekał trzy godziny na rozładunek i naliczamy postojowe", "faktura zawiera błędny numer NIP"], g: ["części do rowerów", "meble ogrodowe z aluminium", "kawa palona", "filtry do wody"], c: ["Hamburg", "Poznań", "Brno", "Lyon"], c2: ["Szwajcarii", "Norwegii", "Wielkiej Brytanii"] };
const OFF_FU = ["Krócej.", "Dodaj, że przepraszamy.", "A po angielsku?", "Dzięki!", "Bardziej formalnie proszę."];
const OFF_ANS = ["Szanowni Państwo, uprzejmie informujemy o zmianie terminu.", "Proponowany kod to orientacyjnie pozycja z działu 94.", "Formuła SUMA.JEŻELI zrobi to w jednej komórce."];
export function officeShared(sc: Sc): void {
  const r = sc.r;
  const nat = [isp(r, "PL"), isp(r, "PL")];
  nat[1] = { ...nat[0], ip: nat[0].ip.replace(/\d+$/, String((Number(nat[0].ip.split(".")[3]) % 250) + 2)) };
  const keys = Array.from({ length: 28 }, () => sc.key("proj"));
  for (const k of keys) {
    const perDay = r.logn(6, 0.6);
    for (let d = 0; d < 4; d++) {
      const sess = Math.max(0, Math.round(perDay * r.logn(1, 0.3) / 2));
      for (let s = 0; s < sess; s++) {
        let t = at(d, r.next() * 9 + 8, 2) + r.int(0, 59) * SEC;
        if (r.p(0.4) && new Date(t + 2 * HOUR).getUTCHours() === 12) t += HOUR;
        const msgs: Body[] = [{ role: "system", content: OFF_SYS }, { role: "user", content: fill(r, r.pick(OFF_ASK), OFF_SL) }];
        const turns = r.wpick([[1, 50], [2, 30], [3, 14], [4, 6]] as const);
        for (let i = 0; i < turns; i++) {
          const out = olen(r, 190, 0.5, 1200, 20);
          sc.post(t, k, r.pick(nat), "/v1/chat/completions", { model: "gpt-4.1", messages: msgs.slice(), temperature: 0.4, stream: true, stream_options: { include_usage: true } }, out);
          msgs.push({ role: "assistant", content: stub(r, OFF_ANS, Math.min(out, 150)) });
          msgs.push({ role: "user", content: r.pick(OFF_FU) });
          t += genTime(r, out) + humanPause(r, out, 30);
        }
      }
    }
  }
}

// ================================================================== insurance-claims-agent (tools, real results)
const CLAIM_SYS = "Eres el asistente de siniestros de Aseguradora Lumbre. Usa las herramientas para consultar pólizas y siniestros antes de responder; nunca inventes datos de la póliza. Si el cliente quiere abrir un siniestro, confirma fecha, lugar y descripción y usa create_claim. Responde en el idioma del cliente.";
const CLAIM_TOOLS = [
  { type: "function", function: { name: "get_policy", description: "Look up a policy by number", parameters: { type: "object", properties: { policy_no: { type: "string" } }, required: ["policy_no"] } } },
  { type: "function", function: { name: "list_claims", description: "Claims filed on a policy", parameters: { type: "object", properties: { policy_no: { type: "string" }, status: { type: "string", enum: ["open", "closed", "all"] } }, required: ["policy_no"] } } },
  { type: "function", function: { name: "create_claim", description: "Open a new claim", parameters: { type: "object", properties: { policy_no: { type: "string" }, date: { type: "string" }, place: { type: "string" }, description: { type: "string" } }, required: ["policy_no", "date", "description"] } } },
  { type: "function", function: { name: "find_workshop", description: "Partner repair shops near a postcode", parameters: { type: "object", properties: { postcode: { type: "string" } }, required: ["postcode"] } } },
];
const CLAIM_Q: Record<string, string[]> = {
  es: ["Hola, mi póliza es {p}. ¿Cubre la rotura de la luna del coche?", "Quiero dar un parte: me han dado un golpe aparcado, póliza {p}.", "¿Cómo va mi siniestro? Póliza {p}.", "¿Qué talleres tenéis cerca del {cp}?"],
  en: ["Hi, policy {p}, does it cover a cracked windscreen?", "I need to report a claim, someone hit my parked car. Policy {p}.", "What's the status of my claim on {p}?", "Any partner garages near {cp}?"],
};
export function claimsAgent(sc: Sc): void {
  const r = sc.r;
  const key = sc.key("proj");
  const ips = fleet(r, ["azureNl", "azureNl"], 2);
  for (let s = 0; s < 520; s++) {
    const lang = r.p(0.8) ? "es" : "en";
    let t = draw(r, 2, "office");
    const p = `LM-${r.int(100000, 999999)}`, cp = String(r.int(28001, 46999));
    const msgs: Body[] = [{ role: "system", content: CLAIM_SYS }, { role: "user", content: fill(r, r.pick(CLAIM_Q[lang]), { p, cp }) }];
    const steps = r.int(1, 3);
    for (let i = 0; i <= steps; i++) {
      const body: Body = { model: "gpt-4.1", messages: msgs.slice(), tools: CLAIM_TOOLS, tool_choice: "auto", temperature: 0.2, max_tokens: 800, user: `cust-${r.int(1, 90000)}` };
      if (i < steps) {
        const fn = r.pick(["get_policy", "list_claims", "find_workshop"]);
        const id = rid(r, "call_", 24);
        sc.post(t, key, r.pick(ips), "/v1/chat/completions", body, r.int(18, 40));
        msgs.push({ role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: fn, arguments: JSON.stringify(fn === "find_workshop" ? { postcode: cp } : { policy_no: p }) } }] });
        const res = fn === "get_policy" ? { policy_no: p, product: r.pick(["Auto Terceros Ampliado", "Auto Todo Riesgo", "Hogar Plus"]), glass: r.p(0.6), excess_eur: r.pick([0, 150, 300]), valid_until: `2028-0${r.int(1, 9)}-1${r.int(0, 9)}` }
          : fn === "list_claims" ? { claims: Array.from({ length: r.int(0, 2) }, () => ({ id: `SN-${r.int(10000, 99999)}`, status: r.pick(["en peritación", "pendiente de documentación", "cerrado"]), opened: `2027-0${r.int(3, 6)}-${r.int(10, 28)}` })) }
            : { shops: Array.from({ length: 3 }, () => ({ name: `Talleres ${r.pick(["Montes", "Ribera", "Sol", "Norte", "Arenal"])}`, km: (r.next() * 9).toFixed(1) })) };
        msgs.push({ role: "tool", tool_call_id: id, content: JSON.stringify(res) });
        t += r.int(300, 1500);
      } else {
        const out = olen(r, 140, 0.4, 800, 30);
        sc.post(t, key, r.pick(ips), "/v1/chat/completions", body, out);
        t += genTime(r, out) + humanPause(r, out, 40);
        if (r.p(0.35)) {
          msgs.push({ role: "assistant", content: "He revisado la póliza y te resumo lo que cubre." });
          msgs.push({ role: "user", content: r.pick(["Vale, ábreme el parte entonces. Fue ayer en la calle Mayor.", "¿Y la franquicia cuánto es?", "ok thanks, and how long does it take?", "Perfecto, gracias."]) });
          sc.post(t, key, r.pick(ips), "/v1/chat/completions", { ...body, messages: msgs.slice() }, olen(r, 110, 0.4, 800, 20));
        }
      }
    }
  }
}

// ================================================================== research-thinking-group
const RES_Q = [
  ["Our regional climate model drifts warm by 0.8 K over the Sahel after year 30 of a spin-up. Candidates: soil moisture initialisation, a cloud-fraction scheme bug, or a coupling flux mismatch. How would you design runs to tell these apart cheaply?", "If the drift vanishes with prescribed SST, what does that rule out?", "Could a 6-hour coupling interval on its own produce that signal?"],
  ["We are designing a binder for a cytokine receptor with a flat epitope. Compare sampling backbone scaffolds from a diffusion model versus grafting onto a known three-helix bundle, for a lab that can test about 96 designs a round.", "Our first round had 3 hits, all weak. Do we diversify or mature?", "How should we weigh predicted confidence against the interface shape complementarity?"],
  ["We have a staggered minimum-wage rollout across 14 provinces and want the effect on teen employment. Walk through the identification problems with two-way fixed effects here and what estimator you would use instead.", "Treatment timing correlates with the provincial election calendar. How worried should we be?", "What placebo tests would a referee expect?"],
  ["In our corpus of spoken Javanese, speech-level shifts (ngoko/krama) seem to co-occur with topic changes. How could we test whether the shift predicts the topic change or follows it?", "Annotators disagree on krama madya in 18 % of tokens. Does that break the analysis?", "Could a mixed model with speaker random slopes handle the imbalance between pairs?"],
];
const RES_MORE = [
  ["We only have 40k core-hours left this quarter. Which two runs first?", "Would nudging toward reanalysis winds confound the test?"],
  ["The wet lab can do yeast display but not SPR this month. Does that change the plan?", "Is there a cheap computational filter for aggregation-prone designs?"],
  ["Would a stacked difference-in-differences with clean controls work with only 14 units?", "How do we present event-study leads without overclaiming?"],
  ["Could we use the prosodic boundaries we already annotated as the unit of analysis instead?", "How many more recordings would make the lagged model identifiable?"],
];
const RES_ANS = [
  "Short version: separate the three hypotheses with runs that each switch off one mechanism.",
  "I would start with the smaller library and keep the scaffolds diverse.",
  "The main threat is treatment timing correlated with outcomes, so use an estimator robust to that.",
  "A sequential model of turns would let you test the ordering directly.",
];
export function researchThinking(sc: Sc): void {
  const r = sc.r;
  const nets: ("surf" | "internet2" | "aarnet")[] = ["surf", "internet2", "aarnet", "surf"];
  const tzs = [2, -5, 10, 2];
  RES_Q.forEach((thread, i) => {
    const key = sc.key("ant");
    const net = edu(r, nets[i]);
    const nSess = r.int(12, 20);
    for (let s = 0; s < nSess; s++) {
      let t = draw(r, tzs[i], "office");
      const msgs: Body[] = [];
      const lead = thread[0] + (r.p(0.6) ? ` (${r.pick(["update: run", "status: iteration", "we are now at batch"])} ${r.int(2, 60)}, ${r.pick(["new data since last week", "reviewer comments arrived", "after the group meeting", "the PI wants a plan by Friday"])})` : "");
      msgs.push({ role: "user", content: lead });
      const follow = r.shuffle([...thread.slice(1), ...RES_MORE[i]]);
      const turns = r.int(1, 4);
      for (let k = 0; k < turns; k++) {
        const budget = r.pick([6000, 10000, 16000, 24000]);
        const body: Body = { model: r.p(0.6) ? "claude-opus-4-1" : "claude-sonnet-4-5", max_tokens: budget + 6000, thinking: { type: "enabled", budget_tokens: budget }, messages: msgs.slice() };
        const out = olen(r, budget * 0.45 + 900, 0.35, budget + 6000, 400);
        sc.post(t, key, net, "/v1/messages", body, out);
        msgs.push({ role: "assistant", content: RES_ANS[i] });
        msgs.push({ role: "user", content: follow[k % follow.length] });
        t += genTime(r, out, 60) + humanPause(r, 900, 200) + r.int(2, 20) * MIN;
      }
    }
  });
}

// ================================================================== catalogue-embeddings (indexer + live search)
const CAT_NOUN = ["trail running shoe", "ceramic pour-over kettle", "merino base layer", "cordless drill", "standing desk frame", "kids' rain boots", "cast iron skillet", "noise-cancelling headphones", "yoga mat", "camping stove", "bike lock", "linen duvet cover", "LED desk lamp", "espresso grinder"];
const CAT_ADJ = ["lightweight", "waterproof", "recycled", "compact", "heavy-duty", "organic cotton", "foldable", "quiet", "adjustable", "non-slip"];
const CAT_QUERY = ["shoes for wide feet", "kettle gooseneck", "warm layer for skiing", "drill for concrete", "desk that goes up and down", "boots for toddlers", "pan for induction", "headphones for flights", "thick mat for bad knees", "stove small backpacking", "lock for ebike", "cool bedding summer", "lamp for reading", "grinder for espresso beginner"];
export function catalogueEmbeddings(sc: Sc): void {
  const r = sc.r;
  const idx = sc.key("svc"), live = sc.key("svc");
  const ipI = dc(r, "hetzner"), ipL = fleet(r, ["hetzner", "ovh"], 2);
  const item = () => `${r.pick(CAT_ADJ)} ${r.pick(CAT_NOUN)}, ${r.pick(["black", "sand", "olive", "navy", "grey"])}, SKU ${r.int(100000, 999999)}. ${r.pick(["Fits true to size.", "Two-year warranty.", "Ships flat-packed.", "Dishwasher safe.", "Includes carry bag."])} ${r.pick(["Customers mention it runs quiet.", "Popular as a gift.", "New this season.", ""])}`;
  // nightly re-index of changed products at 02:00 local (UTC+1), plus a one-time backfill on Monday evening
  for (let d = 0; d < 4; d++) {
    let t = at(d, 2, 1);
    const n = d === 0 ? 260 : r.int(40, 90);
    for (let i = 0; i < n; i++) {
      const k = r.int(32, 96);
      const input = Array.from({ length: k }, item);
      sc.post(t, idx, ipI, "/v1/embeddings", { model: "text-embedding-3-small", input, dimensions: 512 }, 0);
      t += r.int(1800, 4000);
    }
  }
  for (let i = 0; i < 1000; i++) {
    const t = draw(r, 1, "consumer");
    const q = r.pick(CAT_QUERY) + (r.p(0.3) ? " " + r.pick(["cheap", "under 50", "for women", "sale", "best rated"]) : "");
    sc.post(t, live, r.pick(ipL), "/v1/embeddings", { model: "text-embedding-3-small", input: q, dimensions: 512 }, 0);
  }
}

// ================================================================== review-moderation (logprobs, logit_bias, max_tokens 1)
const MOD_SYS = "Classify the product review. Reply with one letter: A = genuine and on-topic, B = spam or advertising, C = abusive or hateful, D = not about the product, E = contains personal data.";
const MOD_REV: Record<string, string[]> = {
  en: ["Battery lasts two days, screen is bright, happy with it.", "Buy followers cheap at my site!!!", "Arrived late but the seller apologised.", "My neighbour is an idiot, anyway the blender is fine.", "Call me on 07700 900123 for a better deal."],
  de: ["Passt gut, Material wirkt hochwertig.", "Lieferung kam beschädigt, Ersatz kam schnell.", "Totaler Schrott, nie wieder.", "Besucht meinen Shop für günstigere Preise!"],
  pl: ["Buty wygodne, ale szybko się brudzą.", "Kurier rzucił paczką, ale produkt cały.", "Polecam, cena adekwatna do jakości."],
  tr: ["Kargo hızlıydı, ürün fotoğraftaki gibi.", "Kumaşı ince, iade ettim.", "Satıcı çok ilgili, teşekkürler."],
  pt: ["Produto bom, mas a caixa veio amassada.", "Não funcionou, pedi reembolso.", "Entrega rápida, recomendo."],
};
export function reviewModeration(sc: Sc): void {
  const r = sc.r;
  const key = sc.key("proj");
  const ips = fleet(r, ["gcpBe", "gcpBe"], 2);
  const L = Object.keys(MOD_REV);
  for (let i = 0; i < 2100; i++) {
    const t = draw(r, 1, "consumer");
    const lang = r.pick(L);
    const rev = r.pick(MOD_REV[lang]) + (r.p(0.5) ? " " + r.pick(MOD_REV[lang]) : "") + (r.p(0.3) ? ` ${r.int(1, 5)}/5` : "");
    const body: Body = { model: "gpt-4.1-mini", messages: [{ role: "system", content: MOD_SYS }, { role: "user", content: rev }], max_tokens: 1, temperature: 0, logprobs: true, top_logprobs: 5, logit_bias: { "32": 5, "33": 5, "34": 5, "35": 5, "36": 5 } };
    sc.post(t, key, r.pick(ips), "/v1/chat/completions", body, 1);
  }
}

// ================================================================== synthetic-testdata for the customer's own bot
const SYN_SYS = "You generate synthetic test conversations for QA of our own banking support chatbot (Nordbank). Output a JSON array of customer messages, realistic typos allowed, no real names or account numbers.";
const SYN_ASK = ["Give {n} customer messages about {topic}, mixed moods, some angry.", "{n} edge-case messages about {topic} that might confuse an intent classifier.", "{n} messages about {topic} written by non-native English speakers.", "{n} messages about {topic} in Swedish, casual tone."];
const SYN_TOPIC = ["a blocked card abroad", "a double charge", "changing the PIN", "a failed transfer", "overdraft fees", "a lost phone with the banking app", "mortgage rate questions", "disputing a subscription"];
export function syntheticTestdata(sc: Sc): void {
  const r = sc.r;
  const key = sc.key("proj");
  const office = isp(r, "SE");
  const runner = dc(r, "awsDe");
  for (let d = 1; d < 4; d += 2) {
    let t = at(d, 14, 2);
    for (let i = 0; i < 240; i++) {
      const n = r.pick([10, 20, 25, 40]);
      const body: Body = { model: "gpt-4.1-mini", messages: [{ role: "system", content: SYN_SYS }, { role: "user", content: fill(r, r.pick(SYN_ASK), { n: String(n), topic: SYN_TOPIC }) }], temperature: 1.1, max_tokens: 2500, response_format: { type: "json_object" } };
      const out = olen(r, n * 28, 0.25, 2500, 100);
      sc.post(t, key, runner, "/v1/chat/completions", body, out);
      t += genTime(r, out, 90) + r.int(200, 1500);
    }
  }
  for (let i = 0; i < 30; i++) {
    const t = draw(r, 2, "office", at(0, 8, 2), at(1, 18, 2));
    sc.post(t, key, office, "/v1/chat/completions", { model: "gpt-4.1", messages: [{ role: "system", content: SYN_SYS }, { role: "user", content: fill(r, r.pick(SYN_ASK), { n: "5", topic: SYN_TOPIC }) }], temperature: 1 }, olen(r, 160, 0.3, 600, 40));
  }
}

// ================================================================== clinic-law-summariser (day traffic + nightly OpenAI batch)
const SUM_SYS: Record<string, string> = {
  en: "Summarise the document for a busy professional: parties or patient context, key obligations or findings, dates and deadlines, risks, and open questions. Quote clause or section numbers. Under 300 words.",
  de: "Fasse das Dokument für eilige Fachleute zusammen: Beteiligte, wichtigste Pflichten oder Befunde, Fristen, Risiken, offene Fragen. Nenne Paragraphen oder Abschnitte. Höchstens 300 Wörter.",
  fr: "Résume le document pour un professionnel pressé : parties, obligations ou constats principaux, échéances, risques, questions ouvertes. Cite les articles. 300 mots au plus.",
};
const SUM_CL: Record<string, string[]> = {
  en: ["{n}.1 The Tenant shall pay the rent of {eur} monthly in advance on the first business day.", "{n}.2 Either party may terminate on {d} days' written notice.", "{n}.3 The Supplier's aggregate liability is capped at the fees paid in the preceding {m} months.", "Discharge summary: admitted with community-acquired pneumonia, treated with amoxicillin, afebrile since day {k}.", "Follow-up chest X-ray in {k} weeks; GP to review blood pressure medication.", "{n}.4 Confidential Information excludes information already public through no fault of the Recipient.", "{n}.5 Invoices are payable within {d} days; late payment bears interest at {k} % above base rate.", "Clinic letter: HbA1c {k}.{m} %, metformin increased, retinal screening due in {m} months.", "{n}.6 The Licensee may not sublicense without prior written consent.", "{n}.7 Service credits of {k} % apply for each full hour of unavailability.", "Ward round note: mobilising with frame, physiotherapy review on day {k}.", "{n}.8 This Agreement is governed by the laws of England and Wales."],
  de: ["§ {n} Der Mieter trägt die Kosten der Schönheitsreparaturen.", "§ {n} Die Kündigungsfrist beträgt {m} Monate zum Quartalsende.", "Entlassungsbrief: Aufnahme wegen Vorhofflimmern, Kardioversion erfolgreich, Antikoagulation für {m} Monate fortführen.", "§ {n} Gerichtsstand ist München.", "§ {n} Die Vergütung beträgt {eur} zuzüglich Umsatzsteuer.", "Befund: Kontrolle des Blutbilds in {k} Wochen, Hausarzt informiert.", "§ {n} Nebenabreden bedürfen der Schriftform.", "§ {n} Die Gewährleistung beträgt {k} Jahre ab Abnahme."],
  fr: ["Article {n} – Le prestataire s'engage à une disponibilité de 99,{k} % par mois.", "Article {n} – Toute résiliation anticipée donne lieu à une indemnité de {m} mois.", "Compte rendu : patiente de {d} ans, bilan thyroïdien normal, échographie à refaire dans un an.", "Article {n} – Les données sont hébergées dans l'Union européenne.", "Article {n} – Le loyer mensuel est fixé à {eur}, charges comprises.", "Consultation : tension artérielle contrôlée, prochain rendez-vous dans {m} mois.", "Article {n} – Les parties s'efforceront de régler tout litige à l'amiable.", "Article {n} – Le dépôt de garantie s'élève à {m} mois de loyer."],
};
function sumDoc(sc: Sc, lang: string, paras: number): string {
  const r = sc.r;
  const out: string[] = [];
  let last = "";
  for (let i = 0; i < paras; i++) {
    let c = r.pick(SUM_CL[lang]);
    if (c === last) c = r.pick(SUM_CL[lang]);
    last = c;
    out.push(fill(r, c, { n: String(r.int(1, 40)), d: String(r.pick([14, 30, 45, 60, 90])), m: String(r.int(2, 12)), k: String(r.int(2, 9)), eur: `${r.int(4, 95) * 50} EUR` }));
  }
  return out.join("\n");
}
export function docSummariser(sc: Sc): void {
  const r = sc.r;
  const key = sc.key("proj");
  const ips = fleet(r, ["azureNl", "awsDe"], 2);
  for (let i = 0; i < 850; i++) {
    const lang = r.wpick([["en", 50], ["de", 30], ["fr", 20]] as const);
    const t = draw(r, lang === "en" ? 1 : 2, "clinic");
    const doc = sumDoc(sc, lang, r.int(20, 120));
    const body: Body = { model: "gpt-4.1", messages: [{ role: "system", content: SUM_SYS[lang] }, { role: "user", content: doc }], max_tokens: 700, temperature: 0.1 };
    sc.post(t, key, r.pick(ips), "/v1/chat/completions", body, olen(r, 330, 0.25, 700, 120));
  }
  for (let d = 0; d < 4; d++) {
    let t = at(d, 23, 2) + r.int(0, 600) * SEC;
    const n = r.int(50, 90);
    const lines: string[] = [];
    const res: { prompt_tokens: number; completion_tokens: number }[] = [];
    for (let j = 0; j < n; j++) {
      const lang = r.pick(["en", "de", "fr"]);
      const doc = sumDoc(sc, lang, r.int(30, 90));
      const body = { model: "gpt-4.1-mini", messages: [{ role: "system", content: SUM_SYS[lang] }, { role: "user", content: doc }], max_tokens: 700 };
      lines.push(JSON.stringify({ custom_id: `night-${d}-${j}`, method: "POST", url: "/v1/chat/completions", body }));
      res.push({ prompt_tokens: tok(doc) + 80, completion_tokens: olen(r, 320, 0.25, 700, 100) });
    }
    const fileId = rid(r, "file-", 22), batchId = rid(r, "batch_", 24), outId = rid(r, "file-", 22);
    const ip = ips[0];
    sc.free(t, key, ip, "POST", "/v1/files", { purpose: "batch", file: lines.join("\n") + "\n" }, undefined, n);
    t += r.int(2, 6) * SEC;
    sc.free(t, key, ip, "POST", "/v1/batches", { input_file_id: fileId, endpoint: "/v1/chat/completions", completion_window: "24h" });
    for (let p = 0; p < r.int(4, 9); p++) { t += 20 * MIN + r.int(0, 300) * SEC; sc.free(t, key, ip, "GET", `/v1/batches/${batchId}`, null); }
    t += r.int(30, 120) * SEC;
    sc.free(t, key, ip, "GET", `/v1/files/${outId}/content`, null, res);
  }
}

void DAY; void genTime;
