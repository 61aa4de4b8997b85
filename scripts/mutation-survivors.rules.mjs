// Why each surviving mutant is accepted: the first rule that matches a survivor gives its category
// (scripts/mutation-survivors.header.md) and reason in docs/mutation-survivors.md. A rule matches
// on any of: file, lines (numbers or [from, to] ranges), mutator, a regex over the source line
// (`code`) and one over the replacement. Keep rules narrow: a survivor no rule matches is listed
// as unclassified, which is what a new survivor should be until a test kills it or a rule says why.
//
// Line numbers are those of the commit measured; when a file changes, its rules are re-checked
// against the regenerated list (an unclassified entry, or a rule that now matches something
// else, shows it).

const SHAPE_GUARD = /typeof \w+(\.\w+)? !== "object" \|\||typeof \w+(\.\w+)? === "object" && \w+(\.\w+)? !== null/;

/** @type {{ file?: string; lines?: (number | [number, number])[]; mutator?: string; code?: RegExp; replacement?: RegExp; category: number; reason: string }[]} */
export default [
  // ---- 1. Message text
  { mutator: "StringLiteral", code: /\bfail\(|message|reason: "|logEvent\(|new Error\(|GuardError\(|\bbad\(/, category: 1, reason: "wording of a refusal or log line; the field, code and status are asserted" },

  // ---- 2. Defence in depth
  { code: SHAPE_GUARD, mutator: "ConditionalExpression", replacement: /^(false|true)$/, category: 2, reason: "shape guard: the next check refuses the same input the same way" },
  { code: SHAPE_GUARD, mutator: "LogicalOperator", category: 2, reason: "shape guard: the next check refuses the same input the same way" },
  { code: SHAPE_GUARD, mutator: "StringLiteral", category: 2, reason: "shape guard: the next check refuses the same input the same way" },
  { file: "src/config/index.ts", lines: [129], category: 2, reason: "a non-digit string becomes NaN and is refused as not a positive integer next" },
  { file: "src/config/index.ts", lines: [141], mutator: "BlockStatement", category: 2, reason: "invalid JSON falls through to `must be a JSON object`, same field" },
  { file: "src/config/index.ts", lines: [262], category: 2, reason: "a non-string URL throws in new URL and is refused by the https check" },
  { file: "src/config/index.ts", lines: [284, 290, 305, 370], mutator: "ConditionalExpression", category: 2, reason: "the next check of the same entry refuses it with the same field" },
  { file: "src/config/index.ts", lines: [370], mutator: "Regex", category: 2, reason: "URL.protocol is always `scheme:`: anchors and `s?` change nothing new URL can produce" },
  { file: "src/config/index.ts", lines: [384, 387], category: 2, reason: "a non-string env value: parseForwardHeaders / the empty check give the same result" },
  { file: "src/config/index.ts", lines: [431], category: 2, reason: "Object.hasOwn on a non-string tier is false: refused the same way" },
  { file: "src/challenge/pow.ts", lines: [54, 97, 98, 103, 127, 129], category: 2, reason: "a malformed token is refused by the next step (atob / JSON.parse / signature check), as malformed" },
  { file: "src/detect/config.ts", lines: [77, 91], category: 2, reason: "the range check next refuses the same value, same field" },
  { file: "src/proxy/request.ts", lines: [61, 64, 113], category: 2, reason: "the field's type check is repeated by the range / element check that follows" },
  { file: "src/proxy/batch.ts", lines: [45, 70, 100], category: 2, reason: "the next check of the line refuses it, same param" },
  { file: "src/proxy/degrade.ts", lines: [24], category: 2, reason: "isObj: every caller also checks the fields it reads" },
  { file: "src/engine/snapshot.ts", lines: [49, 50, 80, 82, 101, 143], category: 2, reason: "stored-state validation: the decoder's next check refuses or repairs the same shape" },
  { file: "src/engine/replayer.ts", lines: [68, 78], category: 2, reason: "the event's next field check refuses the same line" },
  { file: "src/proxy/usage.ts", lines: [66], category: 2, reason: "JSON.parse of an empty or non-object event throws and is caught: no facts either way" },

  // ---- 3. Equivalent by construction
  { file: "src/limits/bucket.ts", lines: [53, 59], category: 3, reason: "costs are integers and a bucket never holds more than its capacity: differs only within 1e-9 or for rate 0 (wait is Infinity anyway)" },
  { file: "src/identity/index.ts", lines: [29, 30, 32, 34], category: 3, reason: "Headers already strip surrounding whitespace; the captured key is trimmed" },
  { file: "src/identity/index.ts", lines: [52, 53, 54], category: 3, reason: "HMAC key cache and extractable flag: performance, not behaviour" },
  { file: "src/identity/index.ts", lines: [84], category: 3, reason: "Node's WebCrypto has no timingSafeEqual: the fallback runs; admin.security.worker.test.ts checks the other branch" },
  { file: "src/identity/index.ts", lines: [88], category: 3, reason: "`undefined ^ undefined` is 0" },
  { file: "src/challenge/pow.ts", lines: [40, 41, 42], category: 3, reason: "HMAC key cache and extractable flag: performance, not behaviour" },
  { file: "src/challenge/pow.ts", lines: [50], category: 3, reason: "btoa output has `=` only at its end" },
  { file: "src/challenge/pow.ts", lines: [56, 58], category: 3, reason: "atob is forgiving-base64: padding is optional" },
  { file: "src/challenge/pow.ts", lines: [125], category: 3, reason: "a token of exactly 1,024 chars is malformed anyway (real tokens are under 200)" },
  { file: "src/challenge/pow.ts", lines: [152, 154, 157, 159], category: 3, reason: "the solver's attempt bound and batch loop: a wider bound finds the same first solution" },
  { file: "src/detect/aho.ts", lines: [26, 36, 37, 65], category: 3, reason: "code 128 is in no pattern: the ASCII table or the map give the same (empty) edge" },
  { file: "src/detect/aho.ts", lines: [64], category: 3, reason: "at the root (its failure is itself) filling missing edges copies the root's own zeros" },

  { file: "src/detect/text.ts", lines: [35], mutator: "EqualityOperator", category: 3, reason: "charCodeAt past the end is NaN, in no class" },
  { file: "src/detect/text.ts", lines: [37], mutator: "EqualityOperator", category: 3, reason: "U+0080 is in no class on either branch" },
  { file: "src/detect/text.ts", lines: [74], mutator: "EqualityOperator", category: 3, reason: "an equal hash is the same minimum" },
  { file: "src/detect/sketch.ts", lines: [122], category: 3, reason: "rank equal to the register: rewriting it writes the same char" },
  { file: "src/detect/sketch.ts", lines: [149], category: 3, reason: "2^0 is 1: dt 0 gives the same factor" },
  { file: "src/detect/sketch.ts", lines: [157], category: 3, reason: "an all-zero histogram sums nothing in the loop: 0 either way" },
  { file: "src/detect/sketch.ts", lines: [120], category: 3, reason: "a hash whose remaining bits are all 0 (p = 6 or 8): probability 2^-24, no input in the suite reaches it" },
  { file: "src/detect/view.ts", lines: [35], category: 3, reason: "ASCII fast path: NFKC and ignorable stripping leave ASCII unchanged" },
  { file: "src/detect/view.ts", lines: [56], mutator: "EqualityOperator", category: 3, reason: "a string exactly the budget: slicing it to the budget changes nothing" },
  { file: "src/detect/view.ts", lines: [70], category: 3, reason: "non-number IDs: `v | 0` of most values is 0 too (numeric strings are pinned)" },
  { file: "src/engine/key-engine.ts", code: /\?\? \[\]|\?\./, category: 3, reason: "a value always present in the state the engine builds" },
  { file: "src/engine/key-engine.ts", code: /LADDER\.indexOf\(standing\) > LADDER\.indexOf\("degrade"\)/, category: 3, reason: "a verified key at degrade maps to degrade either way" },
  { file: "src/proxy/usage.ts", lines: [33], category: 3, reason: "0 tokens and no tokens are the same count; non-numbers count 0 on both paths of the sum" },
  { file: "src/proxy/upstream.ts", lines: [65], category: 3, reason: "default parameter: every caller passes the parsed FORWARD_HEADERS" },

  // ---- 4. Only observable through the Worker
  { file: "src/proxy/routes.ts", lines: [128, 130], category: 4, reason: "route-entry cache keyed by the policy object: performance" },
  { file: "src/proxy/usage.ts", lines: [[125, 220]], category: 4, reason: "the stream tap's end-of-stream bookkeeping (finish once, JSON overflow, backpressure): seen through HTTP by the workers suite (proxy.worker.test.ts streams)" },
  { file: "src/proxy/request.ts", lines: [260], category: 4, reason: "prepare() is the handler's entry: the workers suite drives it" },
];
