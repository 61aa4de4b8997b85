// R55-3: one travel company, one API key per market site (as providers advise: a key per
// project / environment), the same content job on each: queue workers in one cloud region (one
// egress /24) poll the market's queue at a fixed cadence and turn a hotel's fact sheet into its
// page (800-1,300 tokens), with the company's one system prompt and parameters.
// Control: the same keys and job with workers woken by events (Poisson gaps, an irregular
// rhythm); R52-3's fix leaves such keys unlinked.
import { rng, T0, ev, replay, summary, line, verdict, PRO, hrs } from "./lib55.mjs";

const SYSTEM = `You write hotel pages for Wayfarer Travel's market sites. From the fact sheet, write:
a welcoming introduction (two paragraphs), the rooms and amenities, the neighbourhood and how to
get there, dining, and a short "good to know" section. Write in the market's language, keep every
fact from the sheet, add nothing that is not there, and avoid superlatives we cannot prove.`;

const MARKETS = [["de", "Deutsch"], ["fr", "Français"], ["es", "Español"], ["it", "Italiano"], ["nl", "Nederlands"], ["pl", "Polski"], ["pt", "Português"], ["sv", "Svenska"]];
const CITIES = ["Lisbon", "Kraków", "Seville", "Bergen", "Valletta", "Ljubljana", "Bordeaux", "Palermo", "Tallinn", "Innsbruck", "Split", "Porto", "Ghent", "Thessaloniki", "Edinburgh", "Cluj-Napoca", "Trieste", "Aarhus"];
const TYPES = ["boutique hotel", "family-run guesthouse", "business hotel", "beach resort", "mountain lodge", "design hostel", "spa hotel", "apartment hotel"];
const AMEN = ["rooftop terrace", "indoor pool", "bike rental", "EV charging", "pet friendly", "sauna", "24-hour reception", "airport shuttle", "kids' club", "coworking room", "vegan breakfast", "accessible rooms", "free parking", "garden", "gym"];

function sheet(r, i, lang) {
  const a = new Set();
  while (a.size < 5) a.add(r.pick(AMEN));
  return `Market: ${lang}\nProperty ID: WT-${100000 + i}\nName: ${r.pick(["Casa", "Villa", "Hotel", "Residenz", "Maison", "Palazzo"])} ${r.pick(["Aurora", "Marés", "Linden", "Saltverk", "Olivo", "Stella", "Brume"])}\nType: ${r.pick(TYPES)}\nCity: ${r.pick(CITIES)}\nRooms: ${r.int(8, 240)}\nStars: ${r.int(2, 5)}\nAmenities: ${[...a].join(", ")}\nDistance to centre: ${(r() * 6).toFixed(1)} km\nCheck-in: ${r.int(14, 16)}:00`;
}

function gen(seed, regular, ownNet = false) {
  const r = rng(seed);
  const events = [];
  let i = 0;
  MARKETS.forEach(([code, lang], m) => {
    const key = `sk-wayfarer-${code}`;
    let t = T0 + 6 * 3600e3 + m * 1700; // workers start at 06:00 UTC on working days
    const end = T0 + 30 * 3600e3;
    while (t < end) {
      const hour = ((t - T0) / 3600e3) % 24;
      if (hour >= 6 && hour < 20) {
        const messages = [{ role: "system", content: SYSTEM }, { role: "user", content: sheet(r, i++, lang) }];
        events.push(ev(Math.round(t), key, { model: "gpt-4.1", messages, max_tokens: 2048, temperature: 0.7 },
          { prompt_tokens: 230 + r.int(0, 40), completion_tokens: r.int(800, 1300) }, ownNet ? { ip: `${20 + m * 13}.${40 + m}.${m * 7}.${r.int(20, 40)}`, asn: 64600 + m, country: code.toUpperCase() } : { ip: `35.204.77.${r.int(20, 40)}`, asn: 396982, country: "NL" }));
        t += regular ? 30e3 + r.int(0, 800) : r.exp(30e3);
      } else t += 3600e3;
    }
  });
  return events;
}

const policy = { defaults: PRO };
const A = replay("r55-3-queue-cadence", gen(553, true), policy);
const B = replay("r55-3-event-driven", gen(553, false), policy);
const C = replay("r55-3-own-networks", gen(553, true, true), policy);
const a = summary(A), b = summary(B), c = summary(C);
console.log(line("8 market keys, queue workers at a fixed cadence", a));
for (const [code] of MARKETS) {
  const s = summary(A, (d) => d.key === `sk-wayfarer-${code}`);
  console.log(`  ${code}: ${s.n} requests, challenged ${s.challenge}, blocked ${s.block}, degraded ${s.degraded}, first challenge #${s.firstChallenge?.nth ?? "-"} (${hrs(s.firstChallenge?.ts)})`);
}
console.log(`  reasons at first challenge: ${JSON.stringify(a.reasonsAtChallenge)}`);
console.log(line("control: the same 8 keys woken by events (irregular gaps)", b));
console.log(`  control reasons at first degrade: ${JSON.stringify(b.reasonsAtDegrade)}`);
console.log(line("variant: fixed cadence, each market's workers on its own network and ASN", c));
verdict(a.challenge + a.block > 0.2 * a.n && b.challenge + b.block === 0);
