// R54-2: rejection sampling for math distillation (GSM8K-style word problems: worked solutions
// of 150-250 tokens), n 8 per problem. Since the thirty-second session (R52-6's fix) a key whose
// settled samples average under 256 tokens has its later `n` read as suggestions: not hard, not
// harvest-shaped (docs/detection.md, `ps` row; docs/security.md R52-6 "Cost"). The same harvest with
// samples of 300-450 tokens is the control.
import { rng, ev, replay, figures, line, verdict, fmt, POLICY_ON, POLICY_OFF, T0, HOUR } from "./lib54.mjs";

const HOURS = Number(process.env.R54_HOURS ?? 24);
const KEY = "sk-r54-rs";
const NAMES = ["Ana", "Kenji", "Fatma", "Lukas", "Priya", "Mateo", "Zofia", "Budi", "Chloé", "Tomás"];
const ITEMS = { en: ["apples", "stickers", "marbles", "books", "cupcakes"], es: ["manzanas", "cromos", "canicas", "libros"], de: ["Äpfel", "Sticker", "Murmeln", "Bücher"], fr: ["pommes", "billes", "livres", "gâteaux"], pt: ["maçãs", "figurinhas", "bolinhas", "livros"] };
const PROB = {
  en: (r, n, it) => `${n} has ${r.int(12, 90)} ${it}. She gives ${r.int(2, 9)} to each of her ${r.int(2, 6)} friends and buys ${r.int(5, 40)} more. How many ${it} does she have now?`,
  es: (r, n, it) => `${n} tiene ${r.int(12, 90)} ${it}. Regala ${r.int(2, 9)} a cada uno de sus ${r.int(2, 6)} amigos y compra ${r.int(5, 40)} más. ¿Cuántas ${it} tiene ahora?`,
  de: (r, n, it) => `${n} hat ${r.int(12, 90)} ${it}. Sie gibt jedem ihrer ${r.int(2, 6)} Freunde ${r.int(2, 9)} und kauft ${r.int(5, 40)} dazu. Wie viele ${it} hat sie jetzt?`,
  fr: (r, n, it) => `${n} a ${r.int(12, 90)} ${it}. Elle en donne ${r.int(2, 9)} à chacun de ses ${r.int(2, 6)} amis et en achète ${r.int(5, 40)} de plus. Combien de ${it} a-t-elle maintenant ?`,
  pt: (r, n, it) => `${n} tem ${r.int(12, 90)} ${it}. Ela dá ${r.int(2, 9)} para cada um dos ${r.int(2, 6)} amigos e compra mais ${r.int(5, 40)}. Quantas ${it} ela tem agora?`,
};

function gen(lo, hi, pad = false) {
  const r = rng(5402);
  const out = [];
  let t = T0 + 60_000;
  while (t < T0 + HOURS * HOUR) {
    const L = r.pick(Object.keys(PROB));
    const q = PROB[L](r, r.pick(NAMES), r.pick(ITEMS[L]));
    let c = 0; for (let s = 0; s < 8; s++) c += r.int(lo, hi);
    if (pad) {
      // one cheap request of 64 tiny samples (slogans) beside each problem: the sample mean stays low
      out.push(ev(t - r.int(2_000, 9_000), KEY, "/v1/chat/completions", { model: "gpt-4.1", n: 64, temperature: 1, max_tokens: 16, messages: [{ role: "user", content: `Give a short slogan for a shop selling ${r.pick(ITEMS[L])} (${r.pick(NAMES)}'s shop).` }] }, { prompt_tokens: 20, completion_tokens: 64 * r.int(6, 12) }, { tag: "pad" }));
    }
    out.push(ev(t, KEY, "/v1/chat/completions", { model: "gpt-4.1", n: 8, temperature: 1, max_tokens: hi + 20, messages: [{ role: "user", content: q }] }, { prompt_tokens: Math.round(q.length / 3.6) + 7, completion_tokens: c }));
    t += r.logn(20_000, 0.9);
  }
  return out;
}
const sh = figures(replay("r54-2-short", gen(150, 250)));
const shOff = figures(replay("r54-2-short-off", gen(150, 250), POLICY_OFF));
const lg = figures(replay("r54-2-long", gen(300, 450)));
const lgOff = figures(replay("r54-2-long-off", gen(300, 450), POLICY_OFF));
console.log(`R54-2 rejection sampling, n 8, one key, ${HOURS} h, default limits`);
console.log(line("samples 150-250 tokens", sh));
console.log(line("short, detection off", shOff));
console.log(line("samples 300-450 tokens (control)", lg));
console.log(line("control, detection off", lgOff));
const pd = figures(replay("r54-2-long-padded", gen(300, 450, true)), (e) => e.tag !== "pad");
const pdOff = figures(replay("r54-2-long-padded-off", gen(300, 450, true), POLICY_OFF), (e) => e.tag !== "pad");
console.log(line("300-450 + one n 64 x 16 pad each", pd));
console.log(line("padded, detection off", pdOff));
console.log(`short samples: ${(100 * sh.got / shOff.got).toFixed(1)} % of detection-off tokens kept, ${fmt(sh.full * 8)} samples in full; control ${(100 * lg.got / lgOff.got).toFixed(1)} %`);
verdict(sh.got / shOff.got > 0.9 && lg.got / lgOff.got < 0.5);
