// text classes for the estimate battery (seeded); each ~N characters
import { rng } from "./lib.mjs";
export function texts(N = 12000, seed = 7) {
  const R = rng(seed);
  const pick = (al, n) => { const a = [...al]; let s = ""; for (let i = 0; i < n; i++) s += a[Math.floor(R() * a.length)]; return s; };
  const rep = (s) => s.repeat(Math.ceil(N / s.length)).slice(0, N);
  const lower = "abcdefghijklmnopqrstuvwxyz", upper = lower.toUpperCase();
  const range = (a, b) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i)).join("");
  const alt = (A, B, n) => { let s = ""; for (let i = 0; i < n; i++) s += pick(i % 2 ? B : A, 1); return s; };
  return {
    "english prose": rep("The quick brown fox jumps over the lazy dog while the committee reviews the annual budget report in detail. "),
    "random lowercase (documented ~2x)": pick(lower, N),
    "alternating case aBcD": alt(lower, upper, N),
    "alternating case, Ab pairs reversed (AbAb)": alt(upper, lower, N),
    "random mixed case": pick(lower + upper, N),
    "lowercase + one capital per 3 (abCdeF)": Array.from({ length: N / 3 }, () => pick(lower, 2) + pick(upper, 1)).join(""),
    "single letters, one per symbol (a.b.c)": Array.from({ length: N / 2 }, () => pick(lower, 1) + pick(".,;:-_/", 1)).join(""),
    "letter+digit alternating (a1b2)": alt(lower, "0123456789", N),
    "tabs/spaces alternating": pick(" \t", N),
    "whitespace mix with line breaks": pick(" \t\n\r", N),
    "spaces then letter (  a   b)": Array.from({ length: N / 4 }, () => " ".repeat(1 + Math.floor(R() * 3)) + pick(lower, 1)).join("").slice(0, N),
    "NBSP / em space / ideographic space": pick("\u00a0\u2003\u3000\u2009", N),
    "numbers with separators 1,234,567.89": Array.from({ length: N / 12 }, () => Math.floor(R() * 1e9).toLocaleString("en-US") + ".").join(" ").slice(0, N),
    "ISO timestamps": Array.from({ length: N / 25 }, () => new Date(1.6e12 + Math.floor(R() * 1e11)).toISOString()).join(" ").slice(0, N),
    "IPv4 addresses": Array.from({ length: N / 14 }, () => [0, 0, 0, 0].map(() => Math.floor(R() * 256)).join(".")).join(" ").slice(0, N),
    "digits + single spaces": pick("0123456789 ", N),
    "Latin/Cyrillic alternating letters": alt(lower, "абвгдежзиклмнопрстуфхцчшщыэюя", N),
    "Latin/Greek alternating letters": alt(lower, "αβγδεζηθικλμνξοπρστυφχψω", N),
    "Cyrillic alternating case": alt("абвгдежзиклмнопрстуфхцчшщыэюя", "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЫЭЮЯ", N),
    "Russian text": rep("Это русский текст. Мы объясняем условия договора подробно. "),
    "Georgian text": rep("საქართველო არის ქვეყანა კავკასიაში. ხელშეკრულების პირობები დეტალურად არის აღწერილი. "),
    "random Georgian letters": pick(range(0x10d0, 0x10f0), N),
    "Armenian text": rep("Հայաստանը երկիր է Կովկասում։ Պայմանագրի պայմանները մանրամասն նկարագրված են։ "),
    "random Armenian letters": pick(range(0x0561, 0x0586), N),
    "Hebrew text": rep("זהו טקסט בעברית. אנו מסבירים את תנאי החוזה בפירוט. "),
    "Tamil text": rep("இது தமிழ் உரை. ஒப்பந்தத்தின் நிபந்தனைகளை விரிவாக விளக்குகிறோம். "),
    "Bengali text": rep("এটি বাংলা পাঠ্য। আমরা চুক্তির শর্তাবলী বিস্তারিতভাবে ব্যাখ্যা করি। "),
    "Malayalam text": rep("ഇത് മലയാളം വാചകമാണ്. കരാറിന്റെ വ്യവസ്ഥകൾ ഞങ്ങൾ വിശദമായി വിശദീകരിക്കുന്നു. "),
    "random Devanagari letters": pick(range(0x0915, 0x0939), N),
    "random Tamil letters": pick(range(0x0b95, 0x0bb9), N),
    "random Hebrew letters": pick(range(0x05d0, 0x05ea), N),
    "random Thai letters": pick(range(0x0e01, 0x0e2e), N),
    "Latin + combining marks (zalgo)": Array.from({ length: N / 4 }, () => pick(lower, 1) + pick(range(0x0300, 0x036f), 3)).join(""),
    "accented Latin words": rep("Ça été très élégant, naïveté à côté du château; über schön, señor añejo. "),
    "random accented Latin letters": pick(range(0x00e0, 0x00ff), N),
    "random Latin Extended-A/B": pick(range(0x0100, 0x024f), N),
    "fullwidth ASCII": pick(range(0xff21, 0xff5a), N),
    "math bold letters": pick(range(0x1d400, 0x1d433), N / 2),
    "Chinese text": rep("合同条款解释。根据本协议的规定，双方应当遵守以下条款。"),
    "random Hangul": pick(range(0xac00, 0xd7a3), N),
    "random common CJK": pick(range(0x4e00, 0x9fa5), N),
    "emoji ZWJ families": pick(["👨‍👩‍👧‍👦", "🏳️‍🌈", "👩🏽‍💻", "🧑🏿‍🚀"], N / 8),
    "python code": rep("def compute(values, threshold=0.5):\n    result = []\n    for v in values:\n        if v > threshold:\n            result.append(v * 2)\n    return result\n\n"),
    "markdown table": rep("| id | name | price | qty | total |\n|---:|:-----|------:|----:|------:|\n| 17 | widget | 3.50 | 12 | 42.00 |\n"),
    "log lines": rep("2025-03-01T12:00:01.123Z INFO [worker-7] request_id=9f8e7d6c method=GET path=/api/v1/items status=200 dur_ms=12\n"),
    "minified JSON": JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ id: i, sku: "A" + Math.floor(R() * 1e6), p: +(R() * 100).toFixed(2), ok: i % 2 === 0 }))).slice(0, N),
    "base64": Buffer.from(Array.from({ length: N * 3 / 4 }, () => Math.floor(R() * 256))).toString("base64"),
  };
}
