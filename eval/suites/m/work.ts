/**
 * Honest: a content-writing studio (one system prompt, long articles, wide subjects), an engineering
 * company whose 42 employees each have a key behind one office address and one internal prompt, a
 * telecom support bot on Anthropic, a university lab using extended thinking, and an in-car voice
 * assistant on Responses chains.
 */
import { type Ctx, type R, type Src, D, H, M, S, START, answerLen, campus, clip, cloud, egress, fill, hexId, latency, local, personGap, promptTokens, when, weekdayOf, hourOf } from "./core.ts";

// =================================================================== content studio
const STUDIO_SYSTEM = "You are the senior writer at Inkwell Studio, a content agency. Write original long-form pieces from the client brief, in the language of the brief. Structure: a title, a two-sentence hook, H2/H3 sections with short paragraphs, one practical example per section, and a closing call to action that matches the client's goal. Do not invent statistics, quotes or studies; where a number would help, write [source needed]. Match the requested tone and length closely.";

interface Brief { tpl: string[]; format: string[]; subject: string[]; client: string[]; audience: string[]; tone: string[]; edits: string[] }
const BRIEFS: Record<string, Brief> = {
  en: {
    tpl: ["Write a {words}-word {format} for {client} about {subject}. Audience: {audience}. Tone: {tone}. Add three FAQs at the end.", "Client: {client}. Deliverable: {format}, roughly {words} words, on {subject}. Readers are {audience}; keep it {tone}.", "Brief — {format} | topic: {subject} | client: {client} | target: {audience} | voice: {tone} | length ~{words} words | include a checklist."],
    format: ["blog post", "pillar page", "newsletter issue", "case-study style article", "buyer's guide", "LinkedIn long-form post", "landing page copy"],
    subject: ["choosing a heat pump for an older house @ a regional HVAC installer", "how small bakeries can cut energy costs @ a regional HVAC installer", "onboarding remote employees in the first 90 days @ a payroll software company", "what to ask before hiring a wedding photographer @ a family-run hotel in the Lake District", "preparing a family car for a long summer trip @ a pet insurance startup", "why invoices get paid late and how to fix it @ a payroll software company", "caring for indoor plants in winter @ a plant nursery with an online shop", "first steps with a home recording studio @ a co-working chain", "reducing returns in an online fashion shop @ a B2B logistics broker", "planning a kitchen renovation on a budget", "training for a first half marathon @ an independent bike shop", "keeping a dog calm during fireworks @ a pet insurance startup", "moving a small accounting firm to the cloud @ a payroll software company", "writing a grant application for a community garden @ a plant nursery with an online shop", "commuting by bike through winter @ an independent bike shop", "hosting a team retreat outside the city @ a family-run hotel in the Lake District", "choosing a shared office instead of a lease @ a co-working chain", "cutting empty truck miles for small shippers @ a B2B logistics broker"],
    client: ["a regional HVAC installer", "a co-working chain", "a pet insurance startup", "an independent bike shop", "a payroll software company", "a family-run hotel in the Lake District", "a B2B logistics broker", "a plant nursery with an online shop"],
    audience: ["homeowners over 50", "first-time founders", "HR managers at mid-size firms", "busy parents", "hobby musicians", "procurement leads"],
    tone: ["warm and practical", "confident but not salesy", "playful", "plain and trustworthy", "expert, slightly technical"],
    edits: ["Make the intro punchier and cut it to 60 words.", "Can you add a section on common mistakes?", "Too formal for this client, loosen it up a bit.", "Please rewrite the CTA so it points to a free consultation.", "Shorten the whole thing by about a third."],
  },
  de: {
    tpl: ["Schreib einen {format} für {client} zum Thema „{subject}“, etwa {words} Wörter. Zielgruppe: {audience}. Tonalität: {tone}.", "Auftrag: {format}, ca. {words} Wörter, Thema: {subject}. Kunde: {client}, Leser: {audience}, Stil: {tone}. Bitte mit Zwischenüberschriften und FAQ."],
    format: ["Blogartikel", "Ratgebertext", "Newsletter-Beitrag", "Landingpage-Text", "Fachartikel"],
    subject: ["Fördermittel für die energetische Sanierung @ einen Sanitärbetrieb aus Augsburg", "die richtige Matratze bei Rückenschmerzen @ einen Matratzenhersteller", "Zeiterfassung im Handwerksbetrieb @ einen Softwareanbieter für Handwerker", "Balkonkraftwerke für Mieter @ einen Sanitärbetrieb aus Augsburg", "Weinbegleitung zum Weihnachtsmenü @ ein Weingut an der Mosel", "Datenschutz im Vereinsleben @ eine Steuerberatungskanzlei", "Ausbildungsmarketing für kleine Betriebe @ einen Softwareanbieter für Handwerker", "Gartenteich anlegen ohne Chemie @ eine Gartenbaufirma", "E-Bike-Leasing über den Arbeitgeber @ eine Steuerberatungskanzlei", "Trockenmauern im Hanggarten @ eine Gartenbaufirma", "Riesling für Einsteiger @ ein Weingut an der Mosel"],
    client: ["einen Sanitärbetrieb aus Augsburg", "einen Matratzenhersteller", "eine Steuerberatungskanzlei", "ein Weingut an der Mosel", "einen Softwareanbieter für Handwerker", "eine Gartenbaufirma"],
    audience: ["Eigenheimbesitzer", "Geschäftsführer kleiner Betriebe", "junge Familien", "Vereinsvorstände", "Auszubildende und Eltern"],
    tone: ["sachlich und freundlich", "locker, aber kompetent", "seriös", "nahbar und regional"],
    edits: ["Bitte den Einstieg kürzer und knackiger.", "Kannst du noch einen Abschnitt mit typischen Fehlern ergänzen?", "Das duzt jetzt, der Kunde siezt. Bitte anpassen.", "Bitte insgesamt um ein Drittel kürzen."],
  },
  fr: {
    tpl: ["Rédige un {format} de {words} mots environ pour {client} sur « {subject} ». Cible : {audience}. Ton : {tone}.", "Commande : {format} sur {subject} pour {client}, environ {words} mots, pour {audience}, ton {tone}. Ajoute une FAQ de trois questions."],
    format: ["article de blog", "guide pratique", "texte de page d'accueil", "article de newsletter"],
    subject: ["bien choisir un poêle à granulés @ un chauffagiste lyonnais", "réussir l'accueil d'un nouveau salarié @ un cabinet RH", "préparer son vélo pour l'hiver @ un magasin de cycles à Nantes", "vendre sa maison sans agence @ une plateforme immobilière", "les erreurs à éviter pour un premier potager @ une coopérative agricole", "organiser un séminaire d'équipe à la campagne @ un gîte en Ardèche", "réduire le gaspillage dans un restaurant @ une coopérative agricole", "entretenir sa chaudière avant l'hiver @ un chauffagiste lyonnais"],
    client: ["un chauffagiste lyonnais", "un cabinet RH", "un magasin de cycles à Nantes", "une plateforme immobilière", "un gîte en Ardèche", "une coopérative agricole"],
    audience: ["propriétaires de maison", "dirigeants de PME", "cyclistes du quotidien", "jeunes retraités", "restaurateurs indépendants"],
    tone: ["chaleureux et concret", "expert mais accessible", "dynamique", "rassurant"],
    edits: ["Raccourcis l'introduction, elle est trop longue.", "Peux-tu ajouter un encadré avec les chiffres clés à vérifier ?", "Le ton est trop commercial, adoucis-le.", "Remplace le tutoiement par le vouvoiement partout."],
  },
  es: {
    tpl: ["Escribe un {format} de unas {words} palabras para {client} sobre {subject}. Público: {audience}. Tono: {tone}.", "Encargo: {format} sobre «{subject}» para {client}. Unas {words} palabras, dirigido a {audience}, con tono {tone}. Incluye preguntas frecuentes."],
    format: ["artículo de blog", "guía práctica", "texto para landing", "post largo para LinkedIn"],
    subject: ["cómo elegir un seguro de hogar @ una correduría de seguros de Valencia", "la primera declaración de la renta como autónomo @ una gestoría online", "mantener fresca la casa sin aire acondicionado @ una tienda de ventiladores", "organizar una boda pequeña en el campo @ una finca para eventos", "abrir una cafetería de especialidad @ una gestoría online", "cuidar la piel en verano @ una marca de cosmética natural"],
    client: ["una correduría de seguros de Valencia", "una gestoría online", "una tienda de ventiladores", "una finca para eventos", "una marca de cosmética natural"],
    audience: ["jóvenes que se independizan", "autónomos", "parejas que se casan", "emprendedores"],
    tone: ["cercano", "profesional y claro", "desenfadado", "de confianza"],
    edits: ["Haz la introducción más corta y directa.", "Añade una sección con errores frecuentes.", "Cambia el tono, que suena demasiado a anuncio."],
  },
  it: {
    tpl: ["Scrivi un {format} di circa {words} parole per {client} su {subject}. Pubblico: {audience}. Tono: {tone}.", "Brief: {format} su «{subject}» per {client}, circa {words} parole, destinato a {audience}, tono {tone}."],
    format: ["articolo per il blog", "guida pratica", "testo per newsletter"],
    subject: ["scegliere una caldaia a condensazione @ un idraulico di Bologna", "aprire un agriturismo @ un consorzio di agriturismi", "proteggere la casa dall'umidità @ un'impresa edile", "preparare un viaggio in camper @ un noleggio camper", "gestire le recensioni negative di un ristorante @ un'agenzia di marketing per ristoranti"],
    client: ["un idraulico di Bologna", "un consorzio di agriturismi", "un'impresa edile", "un noleggio camper", "un'agenzia di marketing per ristoranti"],
    audience: ["proprietari di casa", "famiglie con bambini", "ristoratori", "pensionati attivi"],
    tone: ["cordiale", "competente ma semplice", "rassicurante"],
    edits: ["Accorcia l'introduzione.", "Aggiungi un paragrafo sugli errori più comuni.", "Il tono è troppo formale, rendilo più colloquiale."],
  },
  nl: {
    tpl: ["Schrijf een {format} van ongeveer {words} woorden voor {client} over {subject}. Doelgroep: {audience}. Toon: {tone}.", "Opdracht: {format} over {subject} voor {client}, circa {words} woorden, voor {audience}, toon {tone}."],
    format: ["blogartikel", "nieuwsbriefartikel", "kennisbankartikel"],
    subject: ["een thuisbatterij kiezen @ een installatiebedrijf uit Utrecht", "zonnepanelen op een plat dak @ een installatiebedrijf uit Utrecht", "een fietsvakantie door Zeeland plannen @ een fietsverhuurder", "verzuim in het MKB verlagen @ een arbodienst", "de eerste maanden als zzp'er @ een boekhoudplatform"],
    client: ["een installatiebedrijf uit Utrecht", "een fietsverhuurder", "een arbodienst", "een boekhoudplatform"],
    audience: ["huiseigenaren", "gezinnen", "ondernemers", "starters"],
    tone: ["helder en vriendelijk", "deskundig", "luchtig"],
    edits: ["Maak de inleiding korter.", "Voeg een lijstje met veelgemaakte fouten toe."],
  },
};
const ARTICLE_BITS: Record<string, string[]> = {
  en: ["Most people start in the wrong place, and it costs them time later.", "Here is what actually matters when you sit down to decide.", "A simple example makes the difference clear.", "Before you spend anything, write down what you need in the next twelve months.", "The good news: you do not need to get everything right on day one.", "If you remember one thing from this section, make it this."],
  de: ["Viele fangen an der falschen Stelle an und verlieren dadurch später Zeit.", "Entscheidend ist, was Sie in den nächsten zwölf Monaten wirklich brauchen.", "Ein einfaches Beispiel macht den Unterschied deutlich.", "Die gute Nachricht: Perfekt muss es am ersten Tag nicht sein."],
  fr: ["Beaucoup commencent par le mauvais bout, et le paient plus tard.", "Voici ce qui compte vraiment au moment de décider.", "Un exemple simple suffit à faire la différence.", "Bonne nouvelle : tout n'a pas besoin d'être parfait dès le premier jour."],
  es: ["Mucha gente empieza por donde no es y luego lo paga.", "Esto es lo que de verdad importa al decidir.", "Un ejemplo sencillo lo deja claro.", "La buena noticia: no hace falta acertar en todo el primer día."],
  it: ["Molti partono dal punto sbagliato e poi perdono tempo.", "Ecco cosa conta davvero al momento di scegliere.", "Un esempio semplice chiarisce tutto."],
  nl: ["Veel mensen beginnen op de verkeerde plek en verliezen daar later tijd mee.", "Dit is wat er echt toe doet als je een keuze maakt.", "Een eenvoudig voorbeeld maakt het verschil duidelijk."],
};
function article(r: R, lang: string, subject: string, tokensWanted: number): string {
  const parts = [`# ${subject.charAt(0).toUpperCase()}${subject.slice(1)}`];
  let i = 1;
  while (parts.join("\n").length < tokensWanted * 4) {
    parts.push(`## ${i++}. ${subject}`);
    parts.push(r.some(ARTICLE_BITS[lang], 3).join(" "));
  }
  return parts.join("\n\n");
}

export function contentStudio(c: Ctx): void {
  const r = c.r;
  const key = c.key("ant");
  const office = egress(r, ["awsFra", "awsFra"], 2);
  const cron = cloud(r, "awsFra");
  const langs: [string, number][] = [["en", 40], ["de", 22], ["fr", 14], ["es", 10], ["it", 7], ["nl", 7]];
  const one = (t: number, src: Src, lang: string, withEdits: boolean) => {
    const b = BRIEFS[lang];
    const [subject, client] = r.pick(b.subject).split(" @ ");
    const words = r.pick([800, 1000, 1200, 1500, 1800, 2000, 2500]);
    const brief = fill(r, r.pick(b.tpl), { format: b.format, subject, client: client ?? b.client, audience: b.audience, tone: b.tone, words: String(words) });
    const messages: { role: string; content: string }[] = [{ role: "user", content: brief }];
    const rounds = withEdits && r.chance(0.3) ? r.int(2, 3) : 1;
    for (let i = 0; i < rounds; i++) {
      const body = { model: "claude-sonnet-4-5", max_tokens: 6000, temperature: 0.8, system: STUDIO_SYSTEM, messages, metadata: { user_id: "ink-" + hexId(r, 6) } };
      const comp = answerLen(r, i === 0 ? words * 1.45 : words * 1.2, 0.18, 6000, 300);
      c.post(t, key, src, "/v1/messages", body, promptTokens(body), comp);
      messages.push({ role: "assistant", content: article(r, lang, subject, Math.min(comp, 1400)) });
      messages.push({ role: "user", content: r.pick(b.edits) });
      t += latency(r, comp, 60) + r.ln(240, 0.8) * S;
    }
  };
  // editors during European office hours, about 230 briefs a weekday
  for (let day = 0; day < 4; day++) {
    const count = weekdayOf(START + day * D, 2) === 6 ? 25 : r.int(200, 250);
    for (let i = 0; i < count; i++) {
      const t = when(r, 2, "work", START + day * D, START + (day + 1) * D);
      one(t, r.pick(office), r.weighted(langs), true);
    }
    // the scheduling queue: SEO articles one after another from 01:10 UTC
    let t = START + day * D + 70 * M + r.int(0, 90) * S;
    const queued = r.int(55, 75);
    for (let i = 0; i < queued; i++) {
      one(t, cron, r.weighted(langs), false);
      t += r.ln(75, 0.25) * S;
    }
  }
}

// =================================================================== office (42 employee keys, one NAT)
const OFFICE_SYSTEM = "Du bist der interne Assistent der Brenner Hydraulik GmbH (Bielefeld, 260 Mitarbeitende, Hydraulikzylinder und Aggregate). Antworte sachlich und knapp auf Deutsch, außer die Frage ist in einer anderen Sprache gestellt. Gib keine Kundendaten oder Preise aus internen Dokumenten an Dritte weiter und verweise bei Rechts- und Personalfragen an die zuständige Abteilung. Wenn du dir bei technischen Werten unsicher bist, sag das.";
const OFFICE_TASKS: ((r: R) => string)[] = [
  (r) => `Formuliere eine höfliche E-Mail an ${r.pick(["Herrn Albers", "Frau Okafor", "das Einkaufsteam von Krone", "Herrn Van Dijk", "Frau Szymańska"])}, dass sich die Lieferung der ${r.pick(["Hydraulikzylinder", "Kolbenstangen", "Ventilblöcke", "Aggregate"])} um ${r.int(3, 15)} Arbeitstage verschiebt. Grund: ${r.pick(["Materialengpass beim Stahlrohr", "Prüfstand defekt", "Krankheitsausfall in der Montage", "verspätete Dichtungslieferung"])}.`,
  (r) => `Fasse diese Besprechungsnotizen in fünf Stichpunkten zusammen: ${r.pick(["KW " + r.int(10, 20) + " Produktionsplanung", "Qualitätsrunde", "Jour fixe Vertrieb"])} – ${r.some(["Termin Kunde verschoben", "Ausschussquote bei " + r.int(2, 6) + " %", "neuer Lieferant für Dichtungen wird geprüft", "Urlaubsplanung Sommer offen", "Wartung CNC-Linie 3 am Freitag", "Angebot für Stadtwerke bis Monatsende", "Messeauftritt Hannover: Standgröße klären"], 5).join("; ")}.`,
  (r) => `Welche Excel-Formel brauche ich, um in Spalte ${r.pick(["D", "F", "H", "K"])} alle Werte zu summieren, bei denen in Spalte B „${r.pick(["offen", "geliefert", "reklamiert"])}“ steht?`,
  (r) => `Übersetze ins Englische, bitte nicht zu steif: ${r.pick(["Wir bedanken uns für Ihre Anfrage und senden Ihnen anbei unser Angebot.", "Die Reklamation wurde geprüft und wird als Garantiefall abgewickelt.", "Bitte bestätigen Sie den Liefertermin bis Freitag.", "Leider können wir die gewünschte Sonderlackierung nicht anbieten."])}`,
  (r) => `Was ist der Unterschied zwischen ${r.pick(["einer Zahnradpumpe und einer Flügelzellenpumpe", "einem Proportionalventil und einem Servoventil", "NBR- und FKM-Dichtungen", "einem Gleichgangzylinder und einem Differentialzylinder"])}? Kurz, für einen Azubi erklärt.`,
  (r) => `Rechne mir kurz durch: Welche Kolbenfläche brauche ich für ${r.int(20, 400)} kN bei ${r.pick([160, 200, 250, 315])} bar? Und welcher Standarddurchmesser passt?`,
  (r) => `Korrigiere Rechtschreibung und Stil, Inhalt bitte nicht ändern: ${r.pick(["anbei wie besprochen die zeichnungen, bitte um kurze rückmeldung ob das so passt, danke", "Hallo zusammen, ab montag gilt für die halle 2 die neue pausenregelung, bitte beachten", "wir haben ihre bestellung erhalten und werden diese schnellst möglich bearbeiten"])}`,
  (r) => `Schreib einen kurzen Text für unser Intranet: ${r.pick(["Betriebsausflug am " + r.int(1, 28) + ". Juni", "neue Kollegin im Einkauf", "Parkplatzsperrung wegen Bauarbeiten", "Erinnerung an die Sicherheitsunterweisung"])}.`,
  (r) => `Ich brauche eine Checkliste für ${r.pick(["die Wareneingangsprüfung bei Zylinderrohren", "den Versand ins Nicht-EU-Ausland", "die Übergabe an einen neuen Schichtleiter", "das Onboarding eines Werkstudenten"])}.`,
  (r) => `Draft a short reply in English to ${r.pick(["Mr Patel", "the buyer at Nordic Lift AB", "Ms Chen"])} confirming our quote for ${r.int(4, 120)} cylinders, delivery in week ${r.int(18, 30)}, Incoterms ${r.pick(["FCA Bielefeld", "DAP", "EXW"])}.`,
];
const OFFICE_FOLLOW = ["kürzer bitte", "etwas förmlicher", "mach daraus eine Tabelle", "und das Ganze auf Englisch?", "bitte ohne Anrede", "kannst du noch einen Satz zum Liefertermin ergänzen?", "passt, danke", "nein, gemeint ist der Differentialzylinder"];
const OFFICE_ANS = ["Gerne, hier ein Vorschlag:", "Kurz zusammengefasst:", "Das lässt sich so lösen:", "Hier die überarbeitete Fassung:", "Die Formel lautet:"];

export function officeAssistant(c: Ctx): void {
  const r = c.r;
  const nat: Src = { ip: "217.91.44.130", asn: 3320, country: "DE" };
  const nat2: Src = { ip: "217.91.44.131", asn: 3320, country: "DE" };
  const staff = Array.from({ length: 42 }, () => ({ key: c.key("proj"), pace: r.ln(1, 0.6), start: r.ln(7.6, 0.06), user: "bh-" + hexId(r, 6) }));
  for (const p of staff) {
    for (let day = 0; day < 4; day++) {
      const sat = day === 3;
      if (sat && !r.chance(0.1)) continue;
      const convs = sat ? 1 : Math.max(0, Math.round(r.ln(4, 0.6) * p.pace));
      for (let k = 0; k < convs; k++) {
        let t = local(day, p.start + r.f() * 9.5, 2);
        if (hourOf(t, 2) > 12 && hourOf(t, 2) < 12.75) t += 50 * M; // lunch
        const turns = r.chance(0.5) ? 1 : r.int(2, 5);
        const messages: { role: string; content: string }[] = [{ role: "system", content: OFFICE_SYSTEM }];
        let user = r.pick(OFFICE_TASKS)(r);
        for (let i = 0; i < turns; i++) {
          messages.push({ role: "user", content: user });
          const body = { model: "gpt-4.1", messages, stream: true, stream_options: { include_usage: true }, user: p.user };
          const comp = answerLen(r, 260, 0.6, 1024, 20);
          c.post(t, p.key, r.chance(0.9) ? nat : nat2, "/v1/chat/completions", body, promptTokens(body), comp);
          messages.push({ role: "assistant", content: r.pick(OFFICE_ANS) + " " + clip(user, 120) });
          user = r.pick(OFFICE_FOLLOW);
          t += latency(r, comp, 80) + personGap(r, comp, user.length, 0.8);
        }
      }
    }
  }
}

// =================================================================== telecom support bot (Anthropic)
const SUPPORT_SYSTEM = `Eres Ceci, la asistente virtual de Conecta Móvil (México, España y Brasil). Atiendes a clientes de telefonía prepago y pospago. Responde en el idioma del cliente, en frases cortas y con pasos concretos. Nunca pidas la contraseña ni el NIP completo; para validar identidad basta con los últimos cuatro dígitos de la línea. Si el cliente pide hablar con una persona, o el problema sigue después de dos intentos, ofrece la transferencia a un agente.

Base de conocimiento:
- Sin señal: reiniciar el equipo, activar y desactivar modo avión, comprobar en conectamovil.mx/cobertura si hay mantenimiento en el código postal.
- Doble cargo en recarga: se revierte en 72 horas hábiles; si no, generar folio de aclaración.
- Roaming: se activa desde la app en Mi línea > Viajes; paquetes de 1, 7 y 15 días; Estados Unidos y Canadá incluidos en planes Plus.
- Portabilidad: requiere NIP de portabilidad (SMS al 051) e identificación oficial; tarda 24 horas.
- Cambio de plan: desde la app o en tienda; el cambio aplica en el siguiente ciclo de facturación.
- Internet lento: revisar si se agotaron los datos de alta velocidad; después la velocidad baja a 512 kbps.
- eSIM: compatible con equipos de 2019 en adelante; el código QR llega por correo en 15 minutos.`;
const SUPPORT_OPEN: Record<string, string[]> = {
  es: ["no tengo señal desde ayer en {city}", "me cobraron dos veces la recarga de {amount} pesos", "cómo activo el roaming para ir a {country}?", "quiero portar mi número a Conecta, qué necesito", "el internet me va lentísimo desde el fin de semana", "quiero cambiar mi plan al Plus {plan}", "no me llega el código de la eSIM", "hola buenas, me aparece 'sin servicio' en el celular", "me quedé sin datos y ni siquiera es fin de mes"],
  pt: ["estou sem sinal desde ontem em {citybr}", "minha fatura veio com valor errado, cobraram R$ {amountbr} a mais", "como ativo o roaming para viajar para {country}?", "quero trocar meu plano, como faço?", "a internet tá muito lenta", "o QR code da eSIM não chegou"],
  en: ["hi, my phone says no service since this morning", "I was charged twice for a top-up", "how do I turn on roaming for a trip to {country}?", "I want to switch my plan, what are my options", "my data is super slow"],
};
const SUPPORT_NEXT: Record<string, string[]> = {
  es: ["ya lo reinicié y nada", "mi número termina en {d4}", "es un {phone}", "ok gracias", "quiero hablar con un agente", "y cuánto cuesta el paquete de 7 días?", "el código postal es {cp}", "ya van tres días así", "perfecto, ya quedó"],
  pt: ["já reiniciei e nada", "meu número termina em {d4}", "é um {phone}", "obrigado!", "quero falar com um atendente", "e quanto custa?"],
  en: ["already restarted it twice", "the number ends in {d4}", "it's a {phone}", "ok thanks", "can I talk to a person", "how much is the 7 day pack?"],
};
const SUPPORT_ANS: Record<string, string[]> = {
  es: ["Lamento la molestia. Vamos a revisarlo juntos: primero reinicia tu equipo y activa y desactiva el modo avión.", "Entiendo. Los dobles cargos se revierten en un plazo de 72 horas hábiles; si no ves el reembolso, genero un folio de aclaración.", "Claro, desde la app entra a Mi línea > Viajes y elige el paquete de días que necesites.", "Gracias. Con los últimos cuatro dígitos ya puedo validar tu línea."],
  pt: ["Sinto muito pelo transtorno. Vamos verificar: reinicie o aparelho e ative e desative o modo avião.", "Entendo. Cobranças duplicadas são estornadas em até 72 horas úteis.", "Claro! No app, vá em Minha linha > Viagens."],
  en: ["Sorry about that. Let's check it together: restart the phone and toggle airplane mode on and off.", "Understood. Duplicate charges are reversed within 72 business hours.", "Sure, in the app go to My line > Travel and pick a pack."],
};
export function supportBot(c: Ctx): void {
  const r = c.r;
  const key = c.key("ant");
  const fleet = [...egress(r, ["azureUs", "azureUs"], 2), ...egress(r, ["awsSaoPaulo"], 1)];
  const langs: [[string, number], number][] = [[["es", -6], 52], [["es", 2], 14], [["pt", -3], 24], [["en", -6], 10]];
  let made = 0;
  while (made < 1800) {
    const [lang, tz] = r.weighted(langs);
    let t = when(r, tz, "support");
    const turns = r.chance(0.25) ? 1 : r.int(2, 8);
    const messages: { role: string; content: string }[] = [];
    let user = fill(r, r.pick(SUPPORT_OPEN[lang]), { city: ["Guadalajara", "Puebla", "Monterrey", "Mérida", "Toluca", "Sevilla", "Zaragoza"], amount: ["100", "150", "200", "300"], country: ["Estados Unidos", "España", "Colombia", "Canadá", "Japão", "Argentina", "Portugal"], plan: ["30", "50", "Ilimitado"], citybr: ["Campinas", "Recife", "Curitiba", "Belém"], amountbr: ["19,90", "35,00", "49,90"] });
    const sid = "cli_" + hexId(r, 12);
    const src = lang === "pt" ? fleet[2] : r.pick(fleet.slice(0, 2));
    for (let i = 0; i < turns; i++) {
      messages.push({ role: "user", content: user });
      const body = { model: "claude-haiku-4-5", max_tokens: 700, temperature: 0.3, system: SUPPORT_SYSTEM, messages, metadata: { user_id: sid } };
      const comp = answerLen(r, 120, 0.45, 700, 25);
      if (c.post(t, key, src, "/v1/messages", body, promptTokens(body), comp)) made++;
      messages.push({ role: "assistant", content: r.pick(SUPPORT_ANS[lang]) });
      user = fill(r, r.pick(SUPPORT_NEXT[lang]), { d4: String(r.int(1000, 9999)), phone: ["Samsung A14", "Moto G54", "iPhone 12", "Xiaomi Redmi 13C", "Galaxy S21"], cp: String(r.int(10000, 99999)) });
      t += latency(r, comp, 120) + personGap(r, comp, user.length, 1.3);
    }
  }
}

// =================================================================== research lab with extended thinking
interface Researcher { area: string; sys: string; asks: ((r: R) => string)[]; follow: string[]; says: string[] }
const LAB: Researcher[] = [
  {
    area: "comp-chem", sys: "You are assisting a computational chemistry group. Be precise about methods, basis sets and their known failure modes; say when a claim needs a benchmark calculation.",
    asks: [
      (r) => `For a ${r.pick(["Fe(II)", "Co(III)", "Mn(III)", "Ni(II)"])} spin-crossover complex with ${r.pick(["N6", "N4O2", "N4S2"])} coordination, which functionals would you trust for the high-spin/low-spin gap, and how big are the typical errors? We have ${r.int(200, 900)} core-hours left this month.`,
      (r) => `Our CASSCF(${r.int(6, 12)},${r.int(6, 12)}) on the ${r.pick(["dimer", "bridged intermediate", "peroxo species"])} gives a different ground state than DLPNO-CCSD(T). How do I decide which to believe, and what checks would you run first?`,
      (r) => `Reviewer 2 says our solvation free energies with ${r.pick(["SMD", "CPCM", "COSMO-RS"])} are unreliable for the anionic intermediates. Draft a point-by-point response and say where they are right.`,
      () => "What is the cleanest way to estimate basis-set superposition error for a weakly bound host-guest complex when the guest changes conformation on binding?",
    ],
    follow: ["Can you turn that into a table with expected error bars?", "What if we only have def2-SVP for the geometry optimisations?", "Which of these would you put in the SI rather than the main text?"],
    says: ["Hybrid functionals with a high share of exact exchange tend to over-stabilise the high-spin state, so the sign of the gap can flip between B3LYP and TPSSh.", "I would first check the active space: if the natural occupations of the added orbitals stay near 2 or 0, they are not contributing.", "For anionic intermediates the continuum model misses specific hydrogen bonding; a cluster-continuum test on one species would tell you how large the error is.", "Counterpoise correction becomes ambiguous when the fragment geometries change; report both the corrected and uncorrected values."],
  },
  {
    area: "ecology", sys: "You help a field ecology lab with study design and statistics in R. Prefer mixed models, state assumptions, and give runnable glmmTMB/lme4 code when code is asked for.",
    asks: [
      (r) => `We counted ${r.pick(["pollinator visits", "bat passes", "seedlings", "nest predations"])} at ${r.int(18, 60)} sites over ${r.int(2, 5)} seasons; about ${r.int(35, 70)}% of the counts are zero. Zero-inflated Poisson, negative binomial with a hurdle, or something else? Site is nested in ${r.pick(["region", "catchment", "management type"])}.`,
      (r) => `How should I handle spatial autocorrelation in a GLMM with ${r.int(40, 300)} plots when the plots were not placed randomly?`,
      () => "Our camera-trap detections are clearly not independent within a night. What is a defensible way to define independent events, and how sensitive are occupancy estimates to that choice?",
      (r) => `Help me write the methods paragraph for a BACI design with ${r.int(3, 8)} impact and ${r.int(3, 8)} control sites, two years before and one after the restoration.`,
    ],
    follow: ["Show me the glmmTMB call for that.", "How would I check overdispersion in that model?", "What would a reviewer most likely object to?"],
    says: ["With that share of zeros, compare a hurdle negative binomial with a zero-inflated one using simulated residuals rather than AIC alone.", "Non-random plot placement means the spatial structure and the sampling design are confounded; say so in the methods.", "Defining independence by a 30-minute gap is common, but report how occupancy changes at 15 and 60 minutes.", "A BACI interaction term carries the effect; the main effects of period and treatment are not the quantity of interest."],
  },
  {
    area: "econometrics", sys: "You support applied economists. Be explicit about identification assumptions and the recent difference-in-differences literature; flag when a method needs a large number of clusters.",
    asks: [
      (r) => `We have a staggered rollout of ${r.pick(["a minimum wage increase", "broadband subsidies", "a school meal programme", "rent controls"])} across ${r.int(12, 48)} ${r.pick(["counties", "municipalities", "states"])} from ${r.int(2009, 2015)} to ${r.int(2018, 2023)}. TWFE gives a negative effect; Callaway-Sant'Anna a positive one. How do I explain the difference to my co-authors?`,
      (r) => `Only ${r.int(8, 20)} treated clusters. Which inference would you use, and how do I report it?`,
      () => "Is it legitimate to use pre-period trends as a covariate in a synthetic control, and what does it do to the placebo distribution?",
    ],
    follow: ["Can you write the event-study specification in Stata?", "How would you present this in one figure?", "What robustness check would convince a sceptical referee?"],
    says: ["Two-way fixed effects uses already-treated units as controls, so with heterogeneous effects over time the weights on some comparisons turn negative.", "With so few treated clusters, wild cluster bootstrap or randomisation inference is more credible than conventional clustered errors.", "Matching on pre-period outcomes mechanically improves pre-fit, so the placebo distribution should be built the same way."],
  },
  {
    area: "materials", sys: "You assist a materials physics group working on thermal transport. Be careful with units and sign conventions; distinguish what DFT can and cannot predict.",
    asks: [
      (r) => `Our phonon calculations for ${r.pick(["a layered selenide", "a half-Heusler alloy", "a perovskite oxide", "a clathrate"])} show imaginary modes near ${r.pick(["Γ", "the M point", "the zone boundary"])} at 0 K. Is that an artefact of the supercell size or a real instability, and how do we tell?`,
      (r) => `How much would you expect four-phonon scattering to lower the lattice thermal conductivity at ${r.int(300, 900)} K for a material with very anharmonic rattler modes?`,
      () => "Explain, for a new PhD student, why the Boltzmann transport equation in the relaxation-time approximation can overestimate conductivity in strongly anharmonic solids.",
    ],
    follow: ["What supercell would you start with?", "Which of these effects is largest at room temperature?", "Give me a short reading list."],
    says: ["Imaginary modes that move or vanish as the supercell grows are usually numerical; ones that persist point to a real instability.", "In strongly anharmonic solids the quasiparticle picture itself starts to fail, which the relaxation-time approximation cannot capture.", "Four-phonon scattering matters most at high temperature and for flat, low-lying optical branches."],
  },
  {
    area: "neuro", sys: "You help a systems neuroscience lab with analysis of electrophysiology and calcium imaging data. Be concrete about preprocessing choices and their statistical consequences.",
    asks: [
      (r) => `We have ${r.int(4, 12)} mice with ${r.int(150, 900)} ROIs each from two-photon imaging. Should neurons or animals be the unit of analysis for the tuning-curve comparison, and how do I do it properly?`,
      (r) => `Spike sorting with Kilosort gives us ${r.int(20, 60)}% units with refractory violations above 1%. What thresholds do people actually use, and what do we lose by being strict?`,
      () => "How do I decode running speed from population activity without leaking information across folds when trials are temporally autocorrelated?",
    ],
    follow: ["Sketch the cross-validation scheme.", "Would a hierarchical bootstrap be enough here?", "What would you plot first?"],
    says: ["Treating neurons as independent inflates the effective sample size; a mixed model with animal as a random effect is the minimum.", "Blocked cross-validation with gaps between folds avoids leaking slow drifts into the test set.", "Strict refractory thresholds cost you mostly low-rate units, which biases tuning estimates toward high-rate cells."],
  },
];

export function researchThinking(c: Ctx): void {
  const r = c.r;
  for (const res of LAB) {
    const key = c.key("ant");
    const home = campus(r, "janet");
    for (let day = 0; day < 4; day++) {
      const sessions = day === 3 ? (r.chance(0.35) ? 1 : 0) : r.int(3, 7);
      for (let s = 0; s < sessions; s++) {
        let t = local(day, 9 + r.f() * 9, 1);
        const messages: { role: string; content: unknown }[] = [];
        let user = r.pick(res.asks)(r);
        const turns = r.int(1, 5);
        for (let i = 0; i < turns; i++) {
          messages.push({ role: "user", content: user });
          const budget = r.pick([8000, 12000, 16000, 20000]);
          const body = { model: r.chance(0.7) ? "claude-opus-4-1" : "claude-sonnet-4-5", max_tokens: 32000, thinking: { type: "enabled", budget_tokens: budget }, system: res.sys, messages };
          const thought = Math.min(budget, r.ln(budget * 0.45, 0.5));
          const visible = r.ln(1300, 0.45);
          c.post(t, key, home, "/v1/messages", body, promptTokens(body), thought + visible);
          messages.push({ role: "assistant", content: clip(Array.from({ length: Math.ceil(visible / 90) }, () => r.pick(res.says)).join("\n\n"), 700) });
          user = r.pick(res.follow);
          t += latency(r, thought + visible, 55) + personGap(r, visible, user.length, 0.5) + r.ln(300, 0.8) * S;
        }
      }
    }
  }
}

// =================================================================== in-car voice assistant (Responses)
const VOICE_INSTR = "You are Vela, the voice assistant of an electric car. Answers are read aloud: at most two short sentences, no lists, no markdown, no URLs. Use the driver's language. For navigation, charging and climate requests, confirm the action in a few words. Never distract the driver with follow-up questions unless something is ambiguous.";
const VOICE: Record<string, string[]> = {
  en: ["navigate to the nearest fast charger", "how long until we get there", "is there a coffee place on the way", "set the temperature to {deg} degrees", "what's the weather in {city} tomorrow", "play something relaxing", "remind me to call mom when we arrive", "how much range do I have left", "avoid the highway", "read my last message", "what time does {shop} close"],
  de: ["navigiere zur nächsten Schnellladesäule", "wie lange brauchen wir noch", "stell die Temperatur auf {deg} Grad", "wie wird das Wetter morgen in {stadt}", "gibt es unterwegs eine Raststätte mit Toiletten", "wie weit komme ich noch mit dem Akku", "Autobahn meiden bitte", "ruf Jana an"],
  fr: ["trouve une borne de recharge rapide sur le trajet", "on arrive dans combien de temps", "mets la clim à {deg} degrés", "quel temps fera-t-il demain à {ville}", "il me reste combien d'autonomie", "évite les péages"],
  it: ["portami alla colonnina più vicina", "quanto manca all'arrivo", "metti il clima a {deg} gradi", "che tempo fa domani a {citta}", "evita le strade a pedaggio"],
  ja: ["一番近い急速充電器まで案内して", "あとどれくらいで着く？", "エアコンを{deg}度にして", "明日の{toshi}の天気は？", "高速道路を使わないルートにして", "近くのコンビニを探して"],
};
export function voiceAssistant(c: Ctx): void {
  const r = c.r;
  const key = c.key("svc");
  const eu = egress(r, ["awsIre", "awsIre", "awsFra"], 3);
  const jp = egress(r, ["awsTokyo"], 2);
  const us = egress(r, ["awsUsEast"], 2);
  const regions: [[string, number], number][] = [[["en", -5], 20], [["en", 0], 6], [["de", 2], 24], [["fr", 2], 14], [["it", 2], 8], [["ja", 9], 14]];
  let made = 0;
  while (made < 1700) {
    const [lang, tz] = r.weighted(regions);
    const src = lang === "ja" ? r.pick(jp) : tz < -2 ? r.pick(us) : r.pick(eu);
    let t = when(r, tz, "commute");
    const turns = r.chance(0.45) ? 1 : r.int(2, 6);
    let prev: string | undefined;
    for (let i = 0; i < turns; i++) {
      const said = fill(r, r.pick(VOICE[lang]), { deg: String(r.int(18, 24)), city: ["Boston", "Chicago", "Denver", "Manchester"], shop: ["Target", "the pharmacy", "Costco"], stadt: ["Hamburg", "Leipzig", "Freiburg"], ville: ["Lyon", "Lille", "Nantes"], citta: ["Torino", "Verona", "Bari"], toshi: ["名古屋", "仙台", "福岡"] });
      const body: Record<string, unknown> = { model: "gpt-4.1-mini", instructions: VOICE_INSTR, input: said, max_output_tokens: 160, temperature: 0.4, store: true };
      if (prev) body.previous_response_id = prev;
      const id = "resp_" + hexId(r, 48);
      const comp = answerLen(r, 32, 0.45, 160, 6);
      // the chain's earlier turns count as input too
      const chainIn = promptTokens(body) + i * 55;
      if (c.post(t, key, src, "/v1/responses", body, chainIn, comp, { response_id: id })) made++;
      prev = id;
      t += latency(r, comp, 150) + r.ln(40, 1.0) * S;
    }
  }
}
void H;
