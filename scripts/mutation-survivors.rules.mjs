// Why each surviving mutant is accepted: the first rule that matches a survivor gives its category
// (scripts/mutation-survivors.header.md) and reason in docs/mutation-survivors.md. A rule matches
// on any of: file, lines (numbers or [from, to] ranges), columns (where the mutant starts on its
// line), mutator, a regex over the source line (`code`) and one over the replacement. Keep rules narrow: a survivor no rule matches is listed
// as unclassified, which is what a new survivor should be until a test kills it or a rule says why.
//
// Line numbers are those of the commit measured (re-checked against the code of 2026-12-03, 8b02b7c; usage.ts and request.ts on 2026-12-04, ninth session); when a file changes, its rules are re-checked
// against the regenerated list (an unclassified entry, or a rule that now matches something
// else, shows it).

const SHAPE_GUARD = /typeof \w+(\.\w+)? !== "object" \|\||typeof \w+(\.\w+)? === "object" && \w+(\.\w+)? !== null/;

/** @type {{ file?: string; lines?: (number | [number, number])[]; columns?: number[]; mutator?: string; code?: RegExp; replacement?: RegExp; category: number; reason: string }[]} */
export default [
  // ---- 1. Message text
  { mutator: "StringLiteral", code: /\bfail\(|message|reason: "|logEvent\(|new Error\(|GuardError\(|\bbad\(/, category: 1, reason: "wording of a refusal or log line; the field, code and status are asserted" },

  // ---- 2. Defence in depth
  { code: SHAPE_GUARD, mutator: "ConditionalExpression", replacement: /^(false|true)$/, category: 2, reason: "shape guard: the next check refuses the same input the same way" },
  { code: SHAPE_GUARD, mutator: "LogicalOperator", category: 2, reason: "shape guard: the next check refuses the same input the same way" },
  { code: SHAPE_GUARD, mutator: "StringLiteral", category: 2, reason: "shape guard: the next check refuses the same input the same way" },
  { file: "src/config/index.ts", code: /const n = typeof raw === "string" && \/\^\\d\+\$\/\.test/, category: 2, reason: "a non-digit string becomes NaN and is refused as not a positive integer next" },
  { file: "src/config/index.ts", code: /\} catch \(e\) \{/, mutator: "BlockStatement", category: 2, reason: "invalid JSON falls through to `must be a JSON object`, same field" },
  { file: "src/config/index.ts", code: /const u = typeof verificationUrl === "string" && URL\.canParse/, category: 2, reason: "a non-string URL fails URL.canParse and is refused by the https check" },
  { file: "src/config/index.ts", code: /if \(typeof method !== "string" \|\||if \(builtInRouteExists\(method, path\) \|\||if \(raw !== undefined && \(typeof raw !== "object"/, mutator: "ConditionalExpression", category: 2, reason: "the next check of the same entry refuses it with the same field" },
  { file: "src/config/index.ts", code: /if \(typeof w !== "string" \|\| !URL\.canParse\(w\)/, mutator: "ConditionalExpression", category: 2, reason: "a non-string webhook URL fails URL.canParse: refused, same field" },
  { file: "src/config/index.ts", code: /if \(typeof w !== "string" \|\| !URL\.canParse\(w\)/, mutator: "Regex", replacement: /^\/(https\?:\$|\^https\?:)\/$/, category: 3, reason: "URL.protocol is always `scheme:`: the anchors change nothing new URL can produce" },
  { file: "src/config/index.ts", code: /typeof env\.FORWARD_HEADERS === "string"|originAuthToken: typeof originAuth === "string"/, category: 2, reason: "a non-string env value: parseForwardHeaders / the empty check give the same result" },
  { file: "src/config/index.ts", code: /if \(typeof tier !== "string" \|\| !Object\.hasOwn/, category: 2, reason: "Object.hasOwn on a non-string tier is false: refused the same way" },
  { file: "src/challenge/pow.ts", lines: [54, 97, 98, 103, 127, 129], category: 2, reason: "a malformed token is refused by the next step (atob / JSON.parse / signature check), as malformed" },
  { file: "src/detect/config.ts", lines: [82, 96], category: 2, reason: "the range check next refuses the same value, same field" },
  { file: "src/proxy/request.ts", lines: [76, 79, 128], category: 2, reason: "the field's type check is repeated by the range / element check that follows" },
  { file: "src/proxy/batch.ts", lines: [45, 70, 100], category: 2, reason: "the next check of the line refuses it, same param" },
  { file: "src/proxy/degrade.ts", lines: [24], category: 2, reason: "isObj: every caller also checks the fields it reads" },
  { file: "src/engine/snapshot.ts", code: /^const is(Obj|Num) = \(x: unknown\)|^if \(isObj\(b\) && isNum\(b\.updatedAtMs\)\)|^if \(Array\.isArray\(s\.recent\)\) for \(const r of s\.recent\) if \(Array\.isArray\(r\) && isNum\(r\[0\]\)\)|^if \(s\.recent !== undefined && !\(Array\.isArray\(s\.recent\)|^if \(!isObj\(stored\)\) return snap;$/, category: 2, reason: "stored-state validation: the decoder's next check refuses or repairs the same shape" },
  { file: "src/engine/replayer.ts", code: /^if \(typeof e\.ts !== "number" \|\| !Number\.isFinite\(e\.ts\)\)|^if \(typeof u !== "object" \|\| u === null \|\| !isCount\(u\.prompt_tokens\)/, category: 2, reason: "the event's next field check refuses the same line" },
  { file: "src/proxy/usage.ts", code: /^if \(data === "" \|\| data\[0\] !== "\{"\) return f;$/, category: 2, reason: "JSON.parse of an empty or non-object event throws and is caught: no facts either way" },
  { file: "src/proxy/usage.ts", code: /^if \(literal === undefined\) continue;$/, category: 2, reason: "JSON.parse(undefined) throws and is caught: the loop goes on to the earlier one the same way" },

  // ---- 3. Equivalent by construction
  { file: "src/engine/replayer.ts", code: /^if \(route\.kind === "free" \|\| \(route\.kind === "batch" && route\.format === "openai-run"\)\) \{$/, replacement: /^true$/, category: 3, reason: "only batch routes carry a format: `route.format === \"openai-run\"` alone picks the batch run" },
  // usage.ts, the two ends of an oversized answer (red team R14-1; the rest is killed by
  // test/proxy/kill-edge-facts.unit.test.ts and edge-facts.unit.test.ts)
  { file: "src/proxy/usage.ts", code: /^if \(this\.head\.length < JSON_EDGE_CHARS\) this\.head \+= text\.slice/, category: 3, reason: "once the head is full, text.slice(0, 0) adds nothing: appending anyway changes no char" },
  { file: "src/proxy/usage.ts", code: /^this\.tail = text\.length >= JSON_EDGE_CHARS \? text\.slice\(-JSON_EDGE_CHARS\)/, category: 3, reason: "a chunk of 64 K or more: (tail + text).slice(-64 K) is text.slice(-64 K); the branch is a fast path" },
  { file: "src/proxy/usage.ts", code: /^for \(let i = from; i < text\.length; i\+\+\) \{$/, mutator: "EqualityOperator", category: 3, reason: "charCodeAt past the end is NaN: no branch, and the literal did not close either way" },
  { file: "src/proxy/usage.ts", code: /^for \(let k = starts\.length - 1; k >= 0 && usage === undefined; k--\) \{$/, mutator: "ArithmeticOperator", category: 3, reason: "starting past the end reads starts[length + 1] and starts[length], undefined: objectAt returns undefined for both and the loop goes on as before" },
  { file: "src/proxy/usage.ts", code: /^const own = out >= 0 \? head\.slice\(0, out\) : head;$/, mutator: "EqualityOperator", category: 3, reason: "a head starts with `{` or `event:`, never with `\"output\"`: out is -1 or > 0" },
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
  // codec.ts (the stored forms; first mutation run 2026-12-04, twelfth session: its other survivors
  // are killed by test/detect/codec.unit.test.ts "kill tests")
  { file: "src/detect/codec.ts", lines: [61], mutator: "StringLiteral", category: 1, reason: "the RangeError's text: every caller catches it and reads the value as unreadable" },
  { file: "src/detect/codec.ts", lines: [82], mutator: "ArithmeticOperator", category: 3, reason: "-1 instead of +1 per value shifts every k's cost by the same 2 x count: the same k is cheapest" },
  { file: "src/detect/codec.ts", lines: [89], mutator: "EqualityOperator", category: 3, reason: "maxK is never the cheapest k: a 2,048-bit filter's gaps are under 2^11, and registers Rice-coded at k 4-5 are longer than the registers (kept as they are)" },
  { file: "src/detect/codec.ts", lines: [102, 146, 188], category: 3, reason: "a function that falls off its catch returns undefined too; a BitReader of undefined throws inside the caller's try and reads as nothing" },
  { file: "src/detect/codec.ts", lines: [111, 114], mutator: "EqualityOperator", category: 3, reason: "one step past the end reads NaN / shifts by -1 (= 31) of a nibble: no bit set either way" },
  { file: "src/detect/codec.ts", lines: [113], mutator: "ConditionalExpression", category: 3, reason: "a zero nibble has no bit to push: skipping it is a fast path" },
  { file: "src/detect/codec.ts", lines: [129, 179, 243], mutator: "EqualityOperator", category: 3, reason: "on a tie either form is stored; both are read back the same" },
  { file: "src/detect/codec.ts", lines: [131], mutator: "EqualityOperator", category: 3, reason: "filters have an even number of hex chars: i + 1 never equals the length" },
  { file: "src/detect/codec.ts", lines: [170], category: 3, reason: "an empty sketch Rice-codes to a longer string than \"\", so it is stored as \"\" either way" },
  { file: "src/detect/codec.ts", lines: [207, 209, 211], category: 3, reason: "integers and non-finite numbers come out of the rounding unchanged, and toPrecision(7) prints the same double as the scaled rounding (a fast path)" },

  { file: "src/detect/text.ts", lines: [35], mutator: "EqualityOperator", category: 3, reason: "charCodeAt past the end is NaN, in no class" },
  { file: "src/detect/text.ts", lines: [37], mutator: "EqualityOperator", category: 3, reason: "U+0080 is in no class on either branch" },
  { file: "src/detect/text.ts", lines: [74], mutator: "EqualityOperator", category: 3, reason: "an equal hash is the same minimum" },
  { file: "src/detect/sketch.ts", lines: [122], category: 3, reason: "rank equal to the register: rewriting it writes the same char" },
  { file: "src/detect/sketch.ts", lines: [156], category: 3, reason: "2^0 is 1: dt 0 gives the same factor" },
  { file: "src/detect/sketch.ts", lines: [164], category: 3, reason: "an all-zero histogram sums nothing in the loop: 0 either way" },
  { file: "src/detect/sketch.ts", lines: [120], category: 3, reason: "a hash whose remaining bits are all 0 (p = 6 or 8): probability 2^-24, no input in the suite reaches it" },
  { file: "src/detect/view.ts", lines: [35], category: 3, reason: "ASCII fast path: NFKC and ignorable stripping leave ASCII unchanged" },
  { file: "src/detect/view.ts", lines: [56], mutator: "EqualityOperator", category: 3, reason: "a string exactly the budget: slicing it to the budget changes nothing" },
  { file: "src/detect/view.ts", lines: [70], category: 3, reason: "non-number IDs: `v | 0` of most values is 0 too (numeric strings are pinned)" },
  { file: "src/engine/key-engine.ts", code: /\(this\.snap\.(outputs|files) \?\? \[\]\)\.(includes|some)\(|^if \(!\(this\.snap\.outputs \?\? \[\]\)\.includes\(batchId\)\)|^const outputs = \(this\.snap\.outputs \?\? \[\]\)\.filter/, mutator: "ArrayDeclaration", category: 3, reason: "a key with no outputs or files: the placeholder list [\"Stryker was here\"] (or its first char, destructured) holds no batch or file id (msgbatch_..., batch_..., file-...)" },
  { file: "src/engine/key-engine.ts", code: /\?\? \[\]|\?\./, category: 3, reason: "a value always present in the state the engine builds" },
  { file: "src/engine/key-engine.ts", code: /LADDER\.indexOf\(standing\) > LADDER\.indexOf\("degrade"\)/, category: 3, reason: "a verified key at degrade maps to degrade either way" },
  { file: "src/proxy/usage.ts", code: /^const num = \(v: unknown\) => \(typeof v === "number" && Number\.isFinite\(v\) && v >= 0 \? v : 0\);$/, category: 3, reason: "0 tokens and no tokens are the same count; non-numbers count 0 on both paths of the sum" },
  { file: "src/proxy/upstream.ts", lines: [65], category: 3, reason: "default parameter: every caller passes the parsed FORWARD_HEADERS" },

  // ---- 4. Only observable through the Worker
  { file: "src/proxy/routes.ts", lines: [128, 130], category: 4, reason: "route-entry cache keyed by the policy object: performance" },
  { file: "src/proxy/usage.ts", code: /^\{ highWaterMark: 0 \},$/, category: 4, reason: "the tap's backpressure (it pulls from the origin only on the client's demand): seen through HTTP by the workers suite (proxy.worker.test.ts streams)" },
  { file: "src/proxy/usage.ts", code: /^if \(finished\) return;$|^finished = true;$/, category: 3, reason: "the tap's result promise resolves once: a second finish (a cancel after the end) changes nothing it reports (the rest of the tap's end is killed by test/proxy/kill-tap.unit.test.ts)" },
  { file: "src/proxy/usage.ts", code: /^if \(opts\.sse\) \{$/, mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "a JSON body leaves pending \"\": consumeEvents(true) returns \"\" and nothing more is sent or counted" },
  { file: "src/proxy/usage.ts", code: /^if \(final && pending !== ""\) \{$/, columns: [18, 30], category: 3, reason: "the final call with nothing pending: adding \"\" to what is sent changes nothing" },
  { file: "src/proxy/usage.ts", code: /^pending = "";$/, mutator: "StringLiteral", category: 3, reason: "consumeEvents(true) is the last call: pending is not read after it" },
  { file: "src/proxy/usage.ts", code: /^if \(!jsonOverflow\) \{$|^json = "";$/, category: 3, reason: "once jsonOverflow is set the text is never parsed: appending and dropping it again, or what json holds, is memory only" },
  { file: "src/proxy/request.ts", code: /^export function prepare\(kind: MeteredKind, bytes: Uint8Array, defaultMaxOutput: number\)/, category: 4, reason: "prepare() is the handler's entry: the workers suite drives it" },

  // more equivalents found in this pass
  { file: "src/detect/view.ts", lines: [72, 75], category: 3, reason: "which IDs feed the token hash, in what layout: the hash is only ever compared with itself (same IDs, same hash; a changed end ID, another), which the tests pin" },
  { file: "src/detect/view.ts", lines: [102], category: 3, reason: "UNREADABLE_PARTS.has of a non-string is false anyway" },
  { file: "src/detect/view.ts", lines: [126, 154], mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "undefined content reads as nothing (take of \"\" and partsInto(undefined) are no-ops)" },
  { file: "src/detect/view.ts", code: /^default:$/, mutator: "ConditionalExpression", category: 3, reason: "an empty default: falls out of the switch either way" },
  { file: "src/detect/view.ts", lines: [160, 161, 162], category: 3, reason: "bodies come from JSON.parse: no cycles or BigInt, so JSON.stringify neither throws nor returns undefined" },
  { file: "src/detect/view.ts", lines: [253, 260], mutator: "EqualityOperator", category: 3, reason: "an empty array: x[0] is undefined, not a number, so the next test fails either way" },
  { file: "src/detect/view.ts", lines: [292, 314], category: 3, reason: "an initial value always overwritten before use" },
  { file: "src/detect/sketch.ts", lines: [88], category: 3, reason: "fast path: equal strings have distance 0 through the parse too" },
  { file: "src/detect/sketch.ts", lines: [97], category: 3, reason: "a string of exactly w chars: one shingle, itself, either way" },
  { file: "src/detect/sketch.ts", lines: [147], mutator: "EqualityOperator", category: 3, reason: "the two estimates meet only at exactly 2.5 m, where the choice is the HLL paper's convention" },
  { file: "src/limits/index.ts", lines: [197, 198], category: 3, reason: "copying or not an unchanged lease table: the result is equal" },
  { file: "src/limits/lease.ts", code: /if \(q == null \|\| cost === 0\) return;/, category: 3, reason: "cost 0 moves no bucket" },
  { file: "src/limits/lease.ts", code: /if \(back\.requests > 0\)|if \(back\.tokens !== 0\)/, category: 3, reason: "giving back 0 moves no bucket" },
  { file: "src/limits/lease.ts", lines: [585], mutator: "CallExpression", code: /^expire\(k, nowMs\);$/, category: 3, reason: "nextStep: every caller (the lease client) has just run tryLocal or expire at the same time (takeReport's own expire is killed by kill-lease)" },
  { file: "src/engine/key-engine.ts", code: /degradable = true,/, category: 3, reason: "every caller passes degradable explicitly" },
  { file: "src/proxy/batch.ts", lines: [57], category: 3, reason: "JSON.parse ignores a trailing CR (whitespace)" },
  { file: "src/proxy/batch.ts", lines: [105], category: 3, reason: "ignoreBOM: JSON.parse of a line starting with a BOM fails either way, as the same param" },
  { file: "src/proxy/routes.ts", lines: [113], category: 3, reason: "segs[length] is undefined: no route pattern matches it" },
  { file: "src/proxy/degrade.ts", lines: [105], columns: [17, 30], replacement: /^(false|"")$/, category: 3, reason: "a dedupe key: JSON.stringify for strings too is still injective on JSON values" },
  { file: "src/engine/replayer.ts", code: /^let h = 0xcbf29ce484222325n;$|^for \(let i = 0; i < key\.length; i\+\+\) h = BigInt\.asUintN|^return "r_" \+ h\.toString\(16\)\.padStart\(16, "0"\);$/, category: 3, reason: "the replay key id is any stable function of the key (never stored or compared across runs)" },
  { file: "src/engine/replayer.ts", code: /^const net = \{ ip: ev\.ip, asn: ev\.asn, country: ev\.country \};$/, category: 3, reason: "net fields only feed detection signals; the replay tests compare decisions" },

  // topics.ts: the lazily built tables and topicOf's scan (checked against the tables: no stem of
  // one letter, no phrase under two topics, no phrase inside another but as its prefix)
  { file: "src/detect/topics.ts", lines: [68], category: 3, reason: "no a-z stem in TOPICS has one letter" },
  { file: "src/detect/topics.ts", lines: [103, 113], category: 3, reason: "trieExact is written and read by node index: its length does not matter" },
  { file: "src/detect/topics.ts", lines: [114], mutator: "EqualityOperator", category: 3, reason: "a 27th zero per trie node: slots are node * 26 + letter, the extra one is never read" },
  { file: "src/detect/topics.ts", lines: [128], category: 3, reason: "no phrase is listed under two topics" },
  { file: "src/detect/topics.ts", lines: [[146, 152]], category: 3, reason: "output links: no phrase occurs inside another but as its prefix, so only a state's own phrase ever ends there" },
  { file: "src/detect/topics.ts", lines: [153], category: 3, reason: "a bound checked on the constant phrase table (under 512 phrases, none of 1,024 chars): never throws" },
  { file: "src/detect/topics.ts", lines: [173], category: 3, reason: "charCodeAt(n) is NaN, which ends the last word like the space" },
  { file: "src/detect/topics.ts", lines: [179, 181], category: 3, reason: "the trie node is either > 0 or -1 (never 0) once a letter is read, and index -1 holds nothing" },
  { file: "src/detect/topics.ts", lines: [185], category: 3, reason: "whole-word stems have two letters or more, and trieExact[-1] is undefined" },
  { file: "src/detect/topics.ts", lines: [192], category: 3, reason: "code 128 is in no phrase: the ASCII table or stepOther give the root either way" },
  { file: "src/detect/topics.ts", lines: [196], mutator: "ArithmeticOperator", replacement: /^OCC_LEN \+ 1$/, category: 3, reason: "of the phrases starting at one position (meaning of / meaning of life, 数学 / 数学的) the longer is the earlier in the table or of the same topic" },
  { file: "src/detect/topics.ts", lines: [202], category: 3, reason: "an initial entry that is no phrase id" },
  { file: "src/detect/topics.ts", lines: [215], category: 3, reason: "hits[32] is undefined, never above the best" },
  // cues.ts
  { file: "src/detect/cues.ts", lines: [141], category: 3, reason: "the scan back over trailing spaces: stopping at index 0 or -1 gives the same char test" },
  { file: "src/detect/cues.ts", lines: [142], category: 3, reason: "fast path: the regex that follows requires the same ':' at the end" },
  { file: "src/detect/cues.ts", lines: [143], mutator: "EqualityOperator", replacement: /^t\.length >= 4000$/, category: 3, reason: "slice(-4000) of a 4,000-char text is itself" },
  { file: "src/detect/cues.ts", lines: [143], mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "slice(-4000) of a shorter text is itself" },
  { file: "src/detect/cues.ts", lines: [[215, 218]], category: 3, reason: "checks of the constant cue tables (no cue holds a separator, at most 64 pipeline cues): never throw" },
  { file: "src/detect/cues.ts", lines: [230], category: 3, reason: "shift counts are taken mod 32: 1 << (g + 32) is 1 << (g - 32)" },
  { file: "src/detect/cues.ts", lines: [233], mutator: "ConditionalExpression", replacement: /^false$/, category: 3, reason: "the root's failure is itself: or-ing its own bits changes nothing" },
  { file: "src/detect/cues.ts", lines: [244], category: 3, reason: "zones come in [from, to) pairs: a half pair past the end reads undefined, which no test passes" },
  { file: "src/detect/cues.ts", lines: [270], mutator: "EqualityOperator", replacement: /^c <= 128$/, category: 3, reason: "code 128 is no separator on either branch" },
  { file: "src/detect/cues.ts", lines: [270], columns: [40], mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "left operand only: isSentSep's non-ASCII separators are all >= 0x3002 (the whole test turned true is killed)" },
  { file: "src/detect/cues.ts", lines: [272], columns: [58], mutator: "ConditionalExpression", replacement: /^(true|false)$/, category: 3, reason: "an early stop once both levels are 3 (the && variant, which stops the edge level early, is killed)" },
  { file: "src/detect/cues.ts", lines: [272], mutator: "EqualityOperator", replacement: /^level (<|>)= 3$/, category: 3, reason: "an early stop: level is at most 3, and the edge level is at most the level" },
  { file: "src/detect/cues.ts", lines: [274, 275], mutator: "EqualityOperator", replacement: />=/, category: 3, reason: "assigning an equal level changes nothing" },
  { file: "src/detect/cues.ts", lines: [275, 294], mutator: "ConditionalExpression", replacement: /^false$/, code: /mid\.length === 0/, category: 3, reason: "a fast path: inZones of no zones is false" },
  { file: "src/detect/cues.ts", lines: [286, 289], mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "or-ing zero bits / zero masks changes nothing" },
  { file: "src/detect/cues.ts", lines: [176], columns: [10, 22, 34, 46], mutator: "ConditionalExpression", replacement: /^false$/, category: 3, reason: "isSentSep's ASCII cases are read only at module load (SEP_ASCII, which Stryker builds before it activates a mutant); the call in the scan has c >= 0x3002" },
  { file: "src/detect/cues.ts", lines: [176], mutator: "LogicalOperator", replacement: /^[^x]*$/, category: 3, reason: "isSentSep's ASCII cases are read only at module load (SEP_ASCII, which Stryker builds before it activates a mutant); the call in the scan has c >= 0x3002" },

  { file: "src/detect/cues.ts", lines: [130], columns: [23, 91], mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "a wider skip of trailing whitespace is re-checked by the end regex's \\s*" },
  { file: "src/detect/cues.ts", lines: [253], mutator: "ArrayDeclaration", category: 3, reason: "a one-element zone list holds no [from, to) pair: inZones is false, as for none" },
  { file: "src/detect/cues.ts", lines: [272], columns: [71], mutator: "EqualityOperator", replacement: /^levelEdge <= 3$/, category: 3, reason: "an early stop: levelEdge is at most 3" },
  { file: "src/detect/cues.ts", lines: [284], mutator: "EqualityOperator", category: 3, reason: "code 128 is in no cue: the ASCII table or stepOther give the root either way" },
  { file: "src/detect/topics.ts", lines: [[78, 91]], mutator: "StringLiteral", code: /"数学的"|"histoire"|"poema"|"poème"|"historia"/, category: 3, reason: "a word another stem of its topic already matches (数学的 by 数学, histoire and historia by histor, poema by poem)" },
  // link.ts
  { file: "src/detect/link.ts", lines: [78], mutator: "EqualityOperator", category: 3, reason: "clamp01 at exactly 0 or 1 returns that value on either branch" },
  { file: "src/detect/link.ts", code: /^if \(reg\.t > 0 && nowMs > reg\.t\) \{$/, category: 3, reason: "decayFactor is 1 for dt <= 0, and a new registry's sums are all 0: decaying at t = 0 or on an out-of-order report changes nothing" },
  { file: "src/detect/link.ts", code: /^if \(r\.tp >= 0 && r\.tp < reg\.tp\.length\) reg\.tp\[r\.tp\]! \+= 1;$/, category: 3, reason: "a report's topic is -1..31: a -1 key on the array is never read (entropy iterates the 32 slots)" },
  // found in the pass that brought detection into scope
  { file: "src/engine/key-engine.ts", code: /^observeOutcome\(s\.detect, refused \? "limit" : "allow", !refused, atMs\);$/, mutator: "StringLiteral", category: 3, reason: "observeOutcome acts only on \"limit\": \"allow\" and \"\" are alike to it" },
  { file: "src/engine/key-engine.ts", code: /^const files = \(this\.snap\.files \?\? \[\]\)\.filter\(\(\[id\]\) => id !== fileId\);$/, mutator: "ArrayDeclaration", category: 3, reason: "a key with no files: destructuring the placeholder string gives \"S\", never an origin file id (file-...)" },
  { file: "src/limits/lease.ts", lines: [415], columns: [104], category: 3, reason: "a live lease with a free slot and a request permit refuses only for want of tokens: tokens < reserved holds there" },
  { file: "src/limits/lease.ts", code: /^export function objectSettle\(.*, room = false\): void \{$/, mutator: "BooleanLiteral", category: 3, reason: "default parameter: every caller passes the ticket's room" },
  { file: "src/proxy/batch.ts", code: /^if \(e instanceof GuardError\) \{$/, mutator: "ConditionalExpression", category: 3, reason: "prepareBody throws only GuardError on parsed JSON (its walks are depth-bounded), and withReservedCap is given only an object (kill-batch-items pins that test)" },
  { file: "src/config/index.ts", code: /must be a positive integer\$\{max < Number\.MAX_SAFE_INTEGER/, category: 1, reason: "wording of the refusal (the range is stated only when bounded)" },
  { file: "src/proxy/ratelimit-headers.ts", lines: [41], category: 3, reason: "Number.isFinite(undefined) is false: the same branch" },
  { file: "src/proxy/routes.ts", lines: [153], category: 3, reason: "no two entries share a path and a method: config refuses a policy route that duplicates a built-in or another" },
  { file: "src/proxy/routes.ts", lines: [157], category: 3, reason: "/v1/messages is a built-in path: its entry already set the provider" },
  { file: "src/proxy/batch.ts", lines: [85], category: 2, reason: "a content type that is not multipart form data fails formData() next: refused, same param" },

  // found on the unclassified survivors of the 93.61 % run (view.ts lines as of the merge)
  { file: "src/detect/view.ts", lines: [38], columns: [72], mutator: "StringLiteral", category: 3, reason: "NFKC makes no default-ignorable code point from text without one (all of Unicode checked in Node's ICU: only U+3164 and U+FFA0 map to one, both ignorable, so stripped by the first replace)" },
  { file: "src/detect/view.ts", lines: [185], columns: [10], mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "Number.isFinite does not coerce: it is false for every non-number" },
  { file: "src/detect/view.ts", lines: [200], columns: [33, 63], mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "a role-less item with a non-string or \"message\" type: the item branch names neither and skips it, as roleOf(undefined) = null does" },
  { file: "src/detect/view.ts", lines: [253, 260], columns: [7, 34], mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "an empty array: x[0] is undefined, not a number, so the next test fails either way" },
  { file: "src/detect/view.ts", lines: [299], code: /^if \(name\) r\.take\(name, out\);$/, mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "name is always a string there, and take(\"\") returns at once" },
  { file: "src/detect/view.ts", code: /^if \(ts !== 0\) \{$/, mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "toolsInto returns 0 only before reading a tool: tools = \"\" and toolSet = 0 are the initial values" },
  { file: "src/detect/view.ts", code: /^const effort = typeof b\.reasoning_effort === "string" \? /, columns: [104], mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "effort is only compared with \"high\" and \"xhigh\": a non-string equals neither" },

  { file: "src/proxy/degrade.ts", lines: [95, 163], code: /^if \(typeof b\[f\] === "number" && /, mutator: "ConditionalExpression", replacement: /^true$/, category: 2, reason: "degrade sees only bodies validateBody accepted: n, best_of and every max_* are integers there (a non-number is refused 400 first)" },
  { file: "src/proxy/degrade.ts", lines: [81, 84], columns: [7], mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "only the messages route keeps `thinking` (KEEP): on the others the default-deny loop has dropped it" },
  { file: "src/proxy/degrade.ts", lines: [102], columns: [60], replacement: /^(true|b\.prompt\.length >= 1)$/, category: 3, reason: "a list of 0 or 1 prompts repeats none: the filter keeps it whole and nothing changes" },
  { file: "src/proxy/degrade.ts", lines: [115, 116, 117], code: /^drop\("(logprobs|top_logprobs|echo)"\);$/, mutator: "StringLiteral", category: 3, reason: "no route's KEEP has logprobs, top_logprobs or echo (nor \"\"): the default-deny loop has dropped them already" },
  { file: "src/proxy/degrade.ts", lines: [119], columns: [59], mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "INCLUDE_DROPPED holds strings: has() of a non-string is false either way" },
  { file: "src/proxy/degrade.ts", lines: [129], code: /^if \(isObj\(b\.reasoning\)\) \{$/, mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "a non-object reasoning spreads into an object with no effort or summary keys: nothing is touched or written" },

  { file: "src/engine/key-engine.ts", code: /^let viaPass = false;$/, mutator: "BooleanLiteral", category: 3, reason: "an initial value always overwritten before use: only the limits branch reads viaPass, and it assigns it first" },
  { file: "src/engine/key-engine.ts", code: /^if \(s\.recent\.length > RECENT_DECISIONS\) s\.recent\.splice\(0, s\.recent\.length - RECENT_DECISIONS\);$/, replacement: /^(true|s\.recent\.length >= RECENT_DECISIONS)$/, category: 3, reason: "splice(0, length - RECENT_DECISIONS) removes nothing while length <= RECENT_DECISIONS" },

  { file: "src/engine/snapshot.ts", code: /^\.\.\.\((s\.okMs !== undefined \? \{ okMs: s\.okMs as number \}|list \? \{ list \}) : \{\}\),$/, replacement: /^(false|\{\})$/, category: 3, reason: "the stored value is spread first: okMs and an accepted list (readList returns it unchanged) are already there, equal" },
  { file: "src/engine/snapshot.ts", code: /^if \(raw\.limits !== undefined\) \{$/, mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "parseLimitSet(undefined) is refused (not an object): no limits are added either way" },
  { file: "src/engine/snapshot.ts", code: /parseLimitSet\(raw\.limits, "override\.limits"\)/, mutator: "StringLiteral", category: 3, reason: "the field name only labels a refusal readOverride discards (it reads l.ok and l.value)" },
  { file: "src/engine/snapshot.ts", code: /^const verified = snap\.verifiedUntilMs !== undefined && snap\.verifiedUntilMs > nowMs;$/, columns: [20], mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "undefined > nowMs is false: not verified either way" },

  { file: "src/engine/replayer.ts", code: /^const detect = this\.policy\.detection\.mode !== "off";$/, replacement: /^(true|"")$/, category: 3, reason: "the Replayer sets no per-key override, so the engine runs policy.detection: off, it observes no signals and links none (requests stays 0 < nextReportAt 1)" },
  { file: "src/engine/replayer.ts", code: /^decide = \(solved\) => engine\.admit\(this\.policy, \{ nowMs: ts, requestId: `r\$\{i\}`, route: "free"/, columns: [94], mutator: "StringLiteral", category: 3, reason: "KeyEngine.admit does not read input.route" },
  { file: "src/engine/replayer.ts", code: /^if \((sig|last)\) this\.link\(engine, engine\.linkReports\((sig|last), keyId, ts\), ts\);$/, mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "linkReports returns [] before reading sig until requests reach nextReportAt: a call without signals (a decision after a solved challenge) adds none, and the call with them just before moved nextReportAt past requests" },
  { file: "src/engine/replayer.ts", code: /^if \(this\.solveChallenges && !d\.served && d\.enforced && d\.action === "challenge" && d\.challengeBits !== undefined\) \{$/, columns: [60], mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "only challenge refusals carry challengeBits (decide sets them on no other), so the bits test that follows decides alone" },
  { file: "src/engine/replayer.ts", code: /^if \(d\.served && d\.leaseId\) \{$/, mutator: "LogicalOperator", category: 3, reason: "in a replay every served decision holds a lease id and no refusal does (only the allow list serves without one, and the Replayer sets no lists)" },

  // state.ts (DETECT_MUTATE=src/detect/state.ts npm run test:mutation:detect; the rest is killed by
  // test/detect/kill-state.unit.test.ts and the golden tests)
  { code: /^const clamp01 = \(x: number\): number => \(x <= 0 \? 0 : x >= 1 \? 1 : x\);$/, mutator: "EqualityOperator", category: 3, reason: "clamp01 at exactly 0 or 1 returns that value on either branch" },
  { file: "src/detect/state.ts", code: /^for \(let i = 0; i \+ 1 < hex\.length; i \+= 2\) bin \+=/, mutator: "EqualityOperator", category: 3, reason: "the filters are 512 hex chars (even): for an even i, i + 1 <= n and i + 1 < n agree" },
  { file: "src/detect/state.ts", code: /^\} catch \{$/, mutator: "BlockStatement", category: 3, reason: "base64ToHex: an empty catch falls off the function, which returns undefined as well" },
  { file: "src/detect/state.ts", code: /^if \(st\.updatedMs === 0 \|\| nowMs <= st\.updatedMs\) \{$/, columns: [7], mutator: "ConditionalExpression", replacement: /^false$/, category: 3, reason: "`st.updatedMs === 0` alone turned false: only a fresh state has updatedMs 0, and decaying its all-zero counters changes nothing (updatedMs is set to nowMs either way)" },
  { file: "src/detect/state.ts", code: /^if \(st\.updatedMs === 0 \|\| nowMs <= st\.updatedMs\) \{$/, mutator: "EqualityOperator", replacement: /^nowMs < st\.updatedMs$/, category: 3, reason: "at nowMs = updatedMs the decay path has factor 1 and sets updatedMs to itself" },
  { file: "src/detect/state.ts", code: /^if \(f > 0\.999999\) return;$/, mutator: "EqualityOperator", category: 3, reason: "2^(-dt/H) is exactly 0.999999 for no integer dt at the default half-lives; there, skipping the decay is the 1e-6 the threshold accepts anyway" },
  { file: "src/detect/state.ts", code: /^if \(h === "" \|\| h === "00000000"\) return;$/, category: 2, reason: "bumpWrapper's callers pass only a non-empty ws and hex8 of a non-zero wp / wx (`if (sig.ws)` ...): this guard and theirs each cover the other" },
  { file: "src/detect/state.ts", code: /^if \(sig\.(ws|wp|wx)\) bumpWrapper\(st, "[SPX]"/, mutator: "ConditionalExpression", replacement: /^true$/, category: 2, reason: "bumpWrapper returns at once on \"\" / hex8(0) = \"00000000\": its own guard covers the caller's" },
  { file: "src/detect/state.ts", code: /^if \(sig\.cv === 1\) return sig\.ca !== undefined && anchorTurns/, mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "anchorTurns(st, undefined) is 0: anchors hold only truthy hashes (bumpAnchor runs only when sig.ca is truthy)" },
  { file: "src/detect/state.ts", code: /^if \(sig\.hh === 0\) return false;$/, mutator: "ConditionalExpression", replacement: /^false$/, category: 3, reason: "a fast path: histories hold only truthy hashes (bumpHistory runs only when sig.hh is truthy), so the loop finds no 0 and returns false too" },
  { file: "src/detect/state.ts", code: /^return false;$/, lines: [[306, 330]], mutator: "BooleanLiteral", category: 3, reason: "effectivelySingle's last line is unreachable: observeRequest bumped the request's own history into st.histories just before, so the loop always returns" },
  { file: "src/detect/state.ts", code: /^if \(st\[f\] === undefined\) \{$/, mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "a fast path: upgradeState fills only missing fields, and a state with the newest fields has all older ones (they were added before)" },
  { file: "src/detect/state.ts", code: /^const m = sig\.np !== undefined && sig\.np > 1 \? sig\.np : 1;$/, category: 3, reason: "np is absent or the length of a non-empty prompt list (>= 1): for np = 1 every variant gives m = 1" },
  { file: "src/detect/state.ts", code: /^const rs = \(single \|\| \(paced && ownChars\(sig\) >= NEW_ASK_CHARS\)\) && sig\.hr !== undefined && sig\.hr > sig\.rs \? sig\.hr : sig\.rs;$/, columns: [71, 95], category: 3, reason: "undefined > rs is false; at hr = rs both branches give the same level" },
  { file: "src/detect/state.ts", code: /^const tp = single && sig\.tp < 0 && sig\.ht !== undefined \? sig\.ht : sig\.tp;$/, mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "an undefined ht makes tp undefined, which like -1 fails `tp >= 0`: no slot is written either way" },
  { file: "src/detect/state.ts", code: /^if \(hs > 0\) \{$/, category: 3, reason: "hs = 0 only when the request is not content-shaped: budgetOnlyHarvest and its topic slot get + 0" },
  { file: "src/detect/state.ts", code: /^const wait = retryAfterMs !== undefined && Number\.isFinite\(retryAfterMs\) && retryAfterMs >= 0/, columns: [18], category: 3, reason: "undefined and NaN fail `>= 0` too, and Infinity is capped to FAST_RETRY_MS by the Math.min that follows (each case in kill-state)" },

  // score.ts (DETECT_MUTATE=src/detect/score.ts; the rest is killed by test/detect/kill-score.unit.test.ts)
  { file: "src/detect/score.ts", code: /^return p >= WEAK \? p : \(p \* p\) \/ WEAK;$/, mutator: "EqualityOperator", category: 3, reason: "at p = 0.3 both branches give 0.3 (0.3 * 0.3 / 0.3 is exactly 0.3 in doubles)" },
  { file: "src/detect/score.ts", code: /^if \(hard !== undefined\) this\.hard = hard;$/, category: 3, reason: "an own `hard: undefined` is read like no field: every reader tests `x.hard === true`" },
  { file: "src/detect/score.ts", code: /^const f = st\.updatedMs > 0 && nowMs > st\.updatedMs \? decayFactor/, replacement: /^(true|st\.updatedMs > 0 \|\| nowMs > st\.updatedMs|st\.updatedMs >= 0|nowMs >= st\.updatedMs)$/, category: 3, reason: "a fast path: decayFactor is 1 for dt <= 0, and updatedMs is 0 only in a fresh state, whose weight is 0 (the variants that skip a real decay are killed)" },
  { file: "src/detect/score.ts", code: /^let wkind = "";$/, category: 3, reason: "an initial value always overwritten before use: the wrapper feature needs share > 0, which sets wkind" },
  { file: "src/detect/score.ts", code: /^if \(p[a-z]+ > 0\.01\)/, mutator: "EqualityOperator", replacement: /^p[a-z]+ >= 0\.01$/, category: 7, reason: "the noise cut-off of one feature met with equality (pinned for params in kill-score)" },
  { file: "src/detect/score.ts", code: /^if \(urShare > 0\.2\) \{$/, category: 3, reason: "at or under 0.2, clamp01((urShare - 0.2) / 0.6) is 0: pu is 0 and not pushed either way" },
  { file: "src/detect/score.ts", code: /new LazyFeature\("bias-sweep", pb,/, mutator: "EqualityOperator", replacement: /^pb > 0\.5$/, category: 7, reason: "the hard flag's cut-off met with equality: pb = 0.9 x two clamps is exactly 0.5 for no HLL estimate (pb < 0.5 is pinned not hard, 0.9 hard)" },
  { file: "src/detect/score.ts", code: /^if \(st\.settled >= 3\) \{$/, lines: [[185, 195]], mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "with fewer than 3 settled, cMean stays 0: ratio and amplify both have a clamp01 of (0 - 200) or (0 - 1000): 0, not pushed" },
  { file: "src/detect/score.ts", code: /^feats\.push\(new LazyFeature\("amplify", pa, \(\) => ratioAmp - ratio < 0\.5$/, mutator: "EqualityOperator", category: 1, reason: "which wording of the explanation at exactly 0.5 apart (both wordings are pinned in kill-score)" },
  { file: "src/detect/score.ts", code: /^if \(st\.link <= 0\) return 0;$/, category: 3, reason: "a fast path: a link of 0 decays to 0 (links are never negative: registry views are 0..1)" },
  { file: "src/detect/score.ts", code: /^if \(converging < cfg\.convergeChannels && target > 2\) target = 2;$/, mutator: "EqualityOperator", replacement: /^target >= 2$/, category: 3, reason: "at target 2 it sets 2" },
  { file: "src/detect/score.ts", code: /^let peak = st\.peakScore > 0 \?/, replacement: /^(true|st\.peakScore >= 0)$/, category: 3, reason: "a peak of 0 decays to 0" },
  { file: "src/detect/score.ts", code: /^\} else if \(target < cur\) \{$/, replacement: /^(true|target <= cur)$/, category: 3, reason: "at target = cur the step-down loop's `cur > target` fails at once: nothing moves" },
  { file: "src/detect/score.ts", code: /^while \(cur > target && nowMs - t >= dwell && held < cut\[cur\]! - cfg\.hysteresis\) \{$/, replacement: /^(true|cur >= target)$/, category: 3, reason: "at cur = target the last test fails: held >= score >= cut[target] (target is the highest level the score reaches; 0, with cut 0, without enough evidence) and hysteresis >= 0" },
  { file: "src/detect/score.ts", code: /^if \(reasons\.length > 6\) reasons\.length = 6;$/, replacement: /^reasons\.length >= 6$/, category: 3, reason: "truncating 6 reasons to 6" },

  // signals.ts (DETECT_MUTATE=src/detect/signals.ts; the rest is killed by test/detect/kill-signals.unit.test.ts)
  { file: "src/detect/signals.ts", code: /^let h = n > 512 \? fnvRange\(fnvRange\(fnvStart\(\), text, 0, 256\), text, n - 256, n\)/, mutator: "EqualityOperator", category: 3, reason: "a 512-char text: hashing [0, 256) then [256, 512) is hashing [0, 512)" },
  { file: "src/detect/signals.ts", code: /^const d3 = d2 < 0 \? -1 : ip\.indexOf\("\.", d2 \+ 1\);$/, mutator: "EqualityOperator", replacement: /^d2 <= 0$/, category: 3, reason: "d2 is -1 or past a first dot (>= 1): never 0" },
  { file: "src/detect/signals.ts", code: /^if \(d3 < 0 \|\| ip\.indexOf\("\.", d3 \+ 1\) >= 0\) return 0;/, replacement: /^(false|d3 <= 0|ip\.indexOf\("\.", d3 \+ 1\) > 0)$/, category: 3, reason: "d3 is -1 or >= 2: for -1 the second test searches from 0 and finds the first dot (returns 0 too); a dot found after d3 + 1 is at an index > 0" },
  { file: "src/detect/signals.ts", code: /^if \(t !== undefined && t >= 0\.7 && t <= 1\.2 && p\.topP !== undefined && p\.topP >= 0\.9/, mutator: "ConditionalExpression", replacement: /^true$/, columns: [7, 50], category: 3, reason: "only the `!== undefined` guards turned true survive: undefined >= 0.7 and undefined >= 0.9 are false anyway (the whole condition and the range tests are killed)" },
  { file: "src/detect/signals.ts", code: /^for \(let i = 0; i < sysRaw\.length; i\+\+\) \{$/, mutator: "EqualityOperator", replacement: /^i <= sysRaw\.length$/, category: 3, reason: "the memo key: one more step with charCodeAt NaN (xor 0) changes every key alike and still tells texts apart" },
  { file: "src/detect/signals.ts", code: /^if \(hit\) return hit;$|^if \(SYS_CACHE\.size >= SYS_CACHE_MAX\) SYS_CACHE\.clear\(\);$|^SYS_CACHE\.set\(key, fp\);$/, category: 3, reason: "the system-prompt memo of a pure function: using it, refilling it, clearing it or not gives the same fingerprints (its 512 bound is memory only)" },
  { file: "src/detect/signals.ts", code: /^const start = from \+ Math\.floor\(k \* stratum\) \+ \(room > 0 \? h % \(room \+ 1\) : 0\);$/, category: 3, reason: "at room 0, h % (0 + 1) is 0" },
  { file: "src/detect/signals.ts", code: /^const inputTurn = lastUserAt >= 0 \? view\.turns\[lastUserAt\]! : undefined;$/, category: 3, reason: "view.turns[-1] is undefined" },
  { file: "src/detect/signals.ts", code: /^if \(n > 400\) f = fnvRange\(fnvRange\(f, tx, 0, 200\), tx, n - 200, n\);$/, mutator: "EqualityOperator", category: 3, reason: "a 400-char turn: hashing [0, 200) then [200, 400) is hashing [0, 400)" },
  { file: "src/detect/signals.ts", code: /^const sysRaw = view\.system\.length > SYS_CAP \? view\.system\.slice\(0, SYS_CAP\) : view\.system;$/, replacement: /^(true|view\.system\.length >= SYS_CAP)$/, category: 3, reason: "slice(0, 2000) of a prompt of 2,000 chars or fewer is itself" },
  { file: "src/detect/signals.ts", code: /^if \(lastUserAt > 0\) \{$/, replacement: /^(true|lastUserAt >= 0)$/, category: 3, reason: "with the input turn first (0) or absent (-1) the loop reads no earlier turn: hist stays \"\" and nothing is set" },
  { file: "src/detect/signals.ts", code: /^for \(let i = 0; i < lastUserAt && hist\.length < HIST_CAP; i\+\+\) \{$/, replacement: /^(true|hist\.length <= HIST_CAP)$/, category: 3, reason: "past the cap each turn adds \"\\n\" + \"\" (slice of a negative length): a newline matches no cue and `first` is already set" },
  { file: "src/detect/signals.ts", code: /^const fh = first\.length > HEAD \? first\.slice\(0, HEAD\) : first;$/, replacement: /^(true|first\.length >= HEAD)$/, category: 3, reason: "slice(0, 600) of 600 chars or fewer is itself" },
  { file: "src/detect/signals.ts", code: /^if \(sysScan\.length > SYS_CAP\) mid\.push\(SYS_CAP, sysScan\.length\);$/, replacement: /^(true|sysScan\.length >= SYS_CAP)$/, category: 3, reason: "a zone [2000, length <= 2000) is empty or inverted: inZones (from >= a && to <= b) holds for no cue in it" },
  { file: "src/detect/signals.ts", code: /^if \(userScan\.length > 2 \* HEAD\) mid\.push\(u0 \+ HEAD, region\.length - HEAD\);$/, category: 3, reason: "for an input of 1,200 chars or fewer the zone [u0 + 600, end - 600) is empty or inverted: inZones holds for no cue in it" },
  { file: "src/detect/signals.ts", code: /^const userPart = u0 > 0 \? region\.slice\(u0\) : region;$/, category: 3, reason: "u0 >= 1 always: the region is sysScan + \"\\n\" + userScan" },
  { file: "src/detect/signals.ts", code: /^const head = lastUser\.length > HEAD \? userPart\.slice\(0, HEAD\) : userPart;$/, replacement: /^(true|lastUser\.length >= HEAD)$/, category: 3, reason: "slice(0, 600) of an input of 600 chars or fewer is itself (lowercasing keeps the length but for a few letters such as U+0130, which the region's comment accepts)" },
  { file: "src/detect/signals.ts", code: /^tp: topicOf\(head\.length > 1500 \? head\.slice\(0, 1500\) : head\),$/, category: 3, reason: "head is at most HEAD = 600 chars (a slice of 600, or an input of 600 or fewer): never over 1,500" },

  // score.ts, cohort evidence (the rest is killed by test/detect/cohort.unit.test.ts)
  { file: "src/detect/score.ts", code: /^const ck = st\.cohort > 0 \? shrinkWeak/, replacement: /^(true|st\.cohort >= 0)$/, category: 3, reason: "a cohort answer of 0 gives 0 either way (shrinkWeak(0) = 0)" },
  { file: "src/detect/score.ts", code: /^if \(ck >= 0\.05\) reasons\.unshift/, mutator: "EqualityOperator", replacement: /^ck > 0\.05$/, category: 7, reason: "the reason's noise cut-off met with equality: only for a weight, answer and decay whose shrunk product is exactly 0.05" },
  // link.ts, the cohort shard (the rest is killed by test/detect/cohort.unit.test.ts)
  { file: "src/detect/link.ts", code: /^if \(reg\.cy === undefined \|\| reg\.ch === undefined \|\| reg\.cd === undefined\) \{$/, category: 3, reason: "the three cohort fields are set together: one undefined means all three are, so any one test (or any combination) decides alike" },
  { file: "src/detect/link.ts", code: /^const share = y > 0 \? h \/ y : 0;$/, replacement: /^(true|y >= 0)$/, category: 3, reason: "y >= 1: the reporter was just added to today's young-key HLL" },
  { file: "src/detect/link.ts", code: /^const curC = st\.cohort > 0 \? st\.cohort \* decayFactor/, replacement: /^(true|st\.cohort >= 0)$/, category: 3, reason: "a cohort score of 0 decays to 0" },
  // link.ts, shardView and applyLinkView (the rest is killed by test/detect/kill-link.unit.test.ts)
  { file: "src/detect/link.ts", code: /^meanLoc = L > 0 \? meanLoc \/ L : 0;$/, replacement: /^(true|L >= 0)$/, category: 3, reason: "L >= 1: the reporter was just stored as a member and is linked to itself (same parameters, rhythm and wrapper)" },
  { file: "src/detect/link.ts", code: /^const frac = recent\.length > 0 \? sus \/ recent\.length : 0;$/, replacement: /^(true|recent\.length >= 0)$/, category: 3, reason: "recent holds at least the reporter, just stored at nowMs" },
  { file: "src/detect/link.ts", code: /^let why = "";$/, category: 3, reason: "an initial value always overwritten: both branches set why" },
  { file: "src/detect/link.ts", code: /^const (behaviour = \[rhythm, rhythm >= 0\.35|rhythmHere = rhythm >= 0\.35 &&)/, mutator: "EqualityOperator", replacement: /^rhythm > 0\.35$/, category: 3, reason: "rhythm is 0.5 x clamp01((a/b - 0.3) / 0.5) for key counts b <= 48: exactly 0.35 for none (13/20 gives 0.35000000000000003; checked for every a/b)" },
  { file: "src/detect/link.ts", code: /^if \(p >= 0\.35\) strongC\+\+;$|^const pipelineHere = pipeline >= 0\.35 &&/, mutator: "EqualityOperator", replacement: /^(p|pipeline) > 0\.35$/, category: 7, reason: "a content trait or the pipeline share met with equality at 0.35: only for a decayed sum that divides to exactly 0.42 (or 7/36) of the shard's weight" },
  { file: "src/detect/link.ts", code: /^const cur = st\.link > 0 \? st\.link \* decayFactor/, replacement: /^(true|st\.link >= 0)$/, category: 3, reason: "a link of 0 decays to 0" },

  // lease.ts (the rest of the 93.61 % run's unclassified survivors is killed by test/limits/kill-lease.unit.test.ts)
  { file: "src/limits/lease.ts", code: /^if \(payable < requests\) requests = Math\.max\(0, payable\);$/, mutator: "EqualityOperator", category: 3, reason: "at payable = requests (>= 0), requests = max(0, payable) leaves it as it is" },
  { file: "src/limits/lease.ts", code: /^if \(extra < want\.slots && free < want\.slots\) scarce \?\?= "concurrency";$/, columns: [9], replacement: /^(true|extra <= want\.slots)$/, category: 3, reason: "extra <= free (sharePercent is at most 50, min(1, free) <= free): extra = want.slots means free >= want.slots, so the second test fails either way" },
  { file: "src/limits/lease.ts", code: /^if \(k\.flushAtMs === 0 \|\| atMs < k\.flushAtMs\) k\.flushAtMs = atMs;$/, mutator: "EqualityOperator", category: 3, reason: "assigning an equal due time changes nothing" },
  { file: "src/limits/lease.ts", code: /^if \(k\.requests === 0 && k\.tokens === 0 && \(k\.slots === null \|\| k\.slots <= k\.inFlight\)\) \{$/, columns: [46], replacement: /^false$/, category: 3, reason: "null <= inFlight is true for every inFlight >= 0 (null compares as 0): the same early return" },
  { file: "src/limits/lease.ts", code: /^if \(k\.validUntilMs > nowMs && k\.requests >= 1 && k\.tokens >= reservedTokens && slotFree\) \{$/, columns: [7], category: 2, reason: "tryLocal has just run expire: a lease lapsed by nowMs holds no request permit (dropPermits zeroed it), so `k.requests >= 1` fails either way" },
  { file: "src/limits/lease.ts", code: /^else if \(k\.validUntilMs <= nowMs\) k\.slots = k\.inFlight;$/, category: 2, reason: "takeReport has just run expire: on a lapsed lease dropPermits set the slots to inFlight, or they were at inFlight already (never below it)" },
  { file: "src/limits/lease.ts", code: /^have(Requests|Tokens): k\.validUntilMs > nowMs \? k\.(requests|tokens) : 0,$/, category: 2, reason: "takeReport has just run expire: on a lapsed lease requests and tokens are 0 (dropPermits gave them back)" },
  // lease-client.ts (the rest is killed by test/limits/kill-lease-client.unit.test.ts)
  { file: "src/proxy/lease-client.ts", code: /^if \(!inflight\.has\(lc\.keyId\) && !k\.busy && live\)/, mutator: "LogicalOperator", category: 3, reason: "k.busy and the key's inflight entry are set together (exchangeFor, same tick) and cleared in the answer's callbacks before any waiter resumes: the two tests agree" },
  { file: "src/proxy/lease-client.ts", code: /^pump\(lc, k, false\);$/, mutator: "BooleanLiteral", category: 3, reason: "a local refusal: the key is backing off (scarceUntilMs after now), which nextStep's arrival branch excludes too: the same step either way" },
  { file: "src/proxy/lease-client.ts", code: /^const decision = result\?\.decision;$|^const ticket: Ticket \| undefined = decision\?\.leaseId \?/, mutator: "OptionalChaining", category: 2, reason: "an exchange with `admit` always resolves to a result with a decision (KeyEngine.exchange): the chains only guard a malformed RPC answer" },
  { file: "src/proxy/lease-client.ts", code: /^if \(decision && !decision\.served && decision\.action === "limit" && limits\.includes\(decision\.cause\)\)/, columns: [7], replacement: /^(true|decision \|\| !decision\.served)$/, category: 2, reason: "the `!served` test: a served decision's cause is never a limit name (ok, pass, allowlist, replayed), so includes() refuses it too (the whole limit test turned true is killed)" },
  { file: "src/proxy/lease-client.ts", code: /^if \(mine\) k\.busy = true;$/, mutator: "ConditionalExpression", category: 3, reason: "a call that is not the key's own is made only while the key is busy (mine = !k.busy): setting busy again changes nothing" },
  { file: "src/proxy/lease-client.ts", code: /^if \(v\) \{$/, mutator: "ConditionalExpression", category: 3, reason: "an own `views: undefined` reads like no field: the object reads input.views?.length" },
  { file: "src/proxy/lease-client.ts", code: /^if \(inflight\.get\(lc\.keyId\) === entry\) inflight\.delete\(lc\.keyId\);$/, category: 3, reason: "the delete is chained on the answer before anything else waits for it, so no newer entry is set in between: it is always this one" },
  { file: "src/proxy/lease-client.ts", code: /^fired = false;$|^if \(!fired\) return;$/, category: 3, reason: "a timer is woken early only by pump, just before it starts the key's exchange (busy set in the same tick): the woken callback's pump finds the key busy and does nothing" },
  { file: "src/proxy/lease-client.ts", code: /^if \(!Number\.isFinite\(at\) \|\| at < nowMs\) return;$/, columns: [31], category: 2, reason: "nextStep ran expire and returned nothing, the key not busy: the outbox is not due and a lapsed lease was dropped (its flush due now), so wakeAtMs is after nowMs" },

  // request.ts (the rest is killed by test/proxy/kill-request.unit.test.ts)
  { file: "src/proxy/request.ts", code: /^instructions: \["a string", \(v\) => v === null \|\| isString\(v\)\],$/, replacement: /^false$/, category: 3, reason: "validateBody skips null fields: the check never sees a null" },
  { file: "src/proxy/request.ts", code: /^if \(dot < 0\) return body\[f\];$/, mutator: "EqualityOperator", category: 3, reason: "no field name in FIELDS starts with a dot: indexOf is -1 or >= 1" },
  { file: "src/proxy/request.ts", code: /parent\?\.type === "base64"\) tokens \+= String\(parent\.media_type \?\? ""\)/, mutator: "StringLiteral", replacement: /^"Stryker was here!"$/, category: 3, reason: "a missing media_type: \"\" and the mutant's text both fail startsWith(\"image/\")" },
  { file: "src/proxy/request.ts", code: /^walk\(body, "", 0\);$/, mutator: "StringLiteral", category: 3, reason: "the top-level key matters only if it were a NOT_PROMPT name or \"data\": neither \"\" nor the mutant's text is" },
  { file: "src/proxy/request.ts", code: /^if \(typeof v === "number" && \(max === undefined \|\| v > max\)\) max = v;$/, mutator: "EqualityOperator", category: 3, reason: "an equal value is the same max" },
  { file: "src/proxy/request.ts", code: /^const prompts = p\.length > 0 && p\.every/, columns: [19], category: 3, reason: "an empty list: [].every(...) is true, giving 1, and Math.max(1, 0) is 1 too" },
  // this session's code (2026-12-03)
  { file: "src/detect/link.ts", code: /^for \(let i = 0; i < D; i\+\+\) if \(reg\.cd!\[i\]! > last - D\) prof = hllUnion\(prof, reg\.ch!\[i\]!\);$/, mutator: "EqualityOperator", replacement: /^i <= D$/, category: 3, reason: "cd[D] is past the end: undefined > x is false, no union" },
  { file: "src/detect/link.ts", code: /^for \(let i = 0; i < D; i\+\+\) if \(reg\.cd!\[i\]! > last - D\) prof = hllUnion\(prof, reg\.ch!\[i\]!\);$/, mutator: "EqualityOperator", replacement: /^reg\.cd!\[i\]! >= last - D$/, category: 3, reason: "day last - D shares its slot with day last, which the shard saw: no slot holds it when the fold runs" },
  { file: "src/detect/state.ts", code: /^ensureCurrent\(st\);$/, lines: [[540, 560]], mutator: "CallExpression", category: 3, reason: "observeFetchedAnswer reads the input filters and the usage sums, older than every field ensureCurrent adds: an old state has them either way" },
  { file: "src/detect/sketch.ts", code: /^const POW2NEG = Array\.from\(\{ length: 66 \}, \(_, r\) => 2 \*\* -r\);$/, mutator: "ObjectLiteral", category: 3, reason: "POW2NEG[r] ?? 2 ** -r: an empty table falls back to the same 2^-r (the table is a cache)" },
  { file: "src/detect/sketch.ts", code: /^const POW2NEG = Array\.from\(\{ length: 66 \}, \(_, r\) => 2 \*\* -r\);$/, mutator: "ArrowFunction", category: 3, reason: "POW2NEG[r] ?? 2 ** -r: a table of undefined falls back to the same 2^-r (the table is a cache)" },
  { file: "src/engine/key-engine.ts", code: /^const ownStep: Standing = own >= det\.degradeAt \? "degrade" : own >= det\.throttleAt \? "throttle" : "allow";$/, mutator: "EqualityOperator", replacement: /^own > det\.throttleAt$/, category: 3, reason: "own exactly at throttleAt: a noisy-OR of decayed feature weights lands on a cut-off only by construction; both sides agree on every other value (kill: cohort.unit.test.ts, own between the cut-offs)" },
  // usage.ts (the rest is killed by test/proxy/kill-usage.unit.test.ts)
  { file: "src/proxy/usage.ts", code: /^if \(Array\.isArray\(v\)\) for \(const x of v\) n \+= deltaChars\(x, depth \+ 1\);$/, replacement: /^false$/, category: 3, reason: "Object.entries of an array walks the same elements at the same depth (its keys are indices, none a label)" },
  // link-batch.ts
  { file: "src/proxy/link-batch.ts", code: /^if \(!q \|\| q\.length === 0\) return;$/, replacement: /^false$/, category: 3, reason: "a shard's queue is created with its first report and deleted when sent (synchronously): it is never empty" },

  // new survivors of the 2026-12-03 08:41 run in code changed since the 93.61 % run (the rest is
  // killed by test/detect/kill-view.unit.test.ts and test/proxy/kill-request.unit.test.ts)
  { file: "src/detect/sketch.ts", code: /^for \(let i = 0; i < a\.length; i\+\+\) out \+= a\.charCodeAt\(i\) >= b\.charCodeAt\(i\) \? a\[i\] : b\[i\];$/, mutator: "EqualityOperator", category: 3, reason: "equal char codes: a[i] and b[i] are the same char" },
  { file: "src/detect/view.ts", code: /^items = Array\.isArray\(src\) \? \(src\.length > 0 && typeof src\[0\] === "number"/, columns: [39], category: 3, reason: "an empty array: src[0] is undefined, not a number, and src.length is 0 on either branch" },
  { file: "src/detect/view.ts", code: /^for \(let i = 0; i < src\.length && itemKeys\.length < LIST_KEYS; i\+\+\) \{$/, columns: [27], mutator: "EqualityOperator", category: 3, reason: "src[src.length] is undefined, not a string: no key is added" },
  { file: "src/detect/view.ts", code: /^for \(let j = 0; j < k; j\+\+\) \{$/, mutator: "EqualityOperator", category: 3, reason: "j = k reads src[items], undefined, not a string: nothing is sampled" },
  { file: "src/detect/view.ts", code: /^if \(plp !== undefined && plp >= 0\) \{$/, columns: [9], mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "the left operand: undefined >= 0 is false anyway (the whole test turned true is killed)" },
  { file: "src/proxy/request.ts", code: /^const framed = declared !== null && \/\^\\d\+\$\/\.test\(declared\);$/, columns: [18], replacement: /^true$/, category: 3, reason: "RegExp.test(null) tests \"null\": not digits, so not framed either way" },
  { file: "src/proxy/request.ts", code: /^if \(framed\) \{$/, replacement: /^(false|\{\})$/, category: 3, reason: "a framed body within the cap read by the chunk loop instead of one native read: the same bytes and the same size check (a CPU path, not a result)" },
  { file: "src/proxy/usage.ts", code: /^\} catch \{$/, lines: [[44, 52]], mutator: "BlockStatement", category: 3, reason: "jsonUsage's catch returns undefined: an empty block falls off the function, which returns undefined too" },
  { file: "src/proxy/usage.ts", code: /^const type = headers\.get\("content-type"\) \?\? "";$/, mutator: "StringLiteral", category: 3, reason: "no content type: neither \"\" nor the mutant's text contains text/event-stream" },
  { file: "src/proxy/usage.ts", code: /^length !== null &&$/, replacement: /^true$/, category: 3, reason: "RegExp.test(null) tests \"null\": not digits, refused by the next test" },
  { file: "src/proxy/usage.ts", code: /encoding\.trim\(\)\.toLowerCase\(\) === "identity"/, mutator: "MethodExpression", replacement: /^encoding$/, category: 3, reason: "Headers.get already strips surrounding whitespace: trim() changes nothing" },

  // survivors of the 2026-12-03 11:36-12:27 run in the batch-results code (the rest is killed by
  // test/proxy/kill-fetched, test/engine/kill-engine-answers and test/replay/kill-replayer-results)
  { file: "src/proxy/usage.ts", code: /^if \(!this\.skipping\) \{$|^if \(!this\.skipping\) this\.read\(this\.line\);$/, mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "BatchResults: while a line is skipped its text is \"\" or never read (reset at its newline, not read at the end): appending to it or reading \"\" (no `usage` in it) changes nothing" },
  { file: "src/proxy/usage.ts", code: /^this\.line = "";$/, mutator: "StringLiteral", category: 3, reason: "BatchResults: the text left when a line starts being skipped is never read (reset at its newline), and end() is called once per body (handler.ts readResults)" },
  { file: "src/proxy/usage.ts", code: /^\} catch \{$/, lines: [[300, 325]], mutator: "BlockStatement", category: 3, reason: "resultLineUsage: an empty catch leaves o undefined, which the next test refuses (undefined) as the catch does" },

  // survivors of the run on the merge of main (08f309f): batch.ts pointResultsAt, lease-client.ts
  { file: "src/proxy/batch.ts", code: /^\} catch \{$/, lines: [[185, 215]], mutator: "BlockStatement", category: 3, reason: "pointResultsAt: an empty catch leaves body / path undefined, which the next test refuses (isObj, RESULTS_PATH.test(\"undefined\")) as the catch's return does" },
  { file: "src/proxy/batch.ts", code: /^if \(!isObj\(o\) \|\| typeof o\.results_url !== "string"\) return;$/, columns: [9, 22], mutator: "ConditionalExpression", replacement: /^false$/, category: 2, reason: "the URL is read in a try (a null item throws there and is skipped), and a non-object's or non-string's results_url resolves to a path (\"/undefined\", \"/null\") RESULTS_PATH refuses: left as it was either way (the `&&` variant, which reads null.results_url outside the try, is killed by kill-results-url)" },
  { file: "src/proxy/lease-client.ts", code: /^const call = timeoutMs === undefined \? lc\.exchange\(msg\) : lc\.exchange\(msg, timeoutMs\);$/, mutator: "ConditionalExpression", replacement: /^false$/, category: 3, reason: "exchange's timeoutMs is a default parameter (= cfg.doTimeoutMs): passing undefined is omitting it" },

  // survivors of the 2026-12-03 16:12-17:53 run on 47e6abd (asked cohort, dated outputs, response ids)
  { file: "src/limits/lease.ts", code: /^const limit: LimitName = !leased \? k\.scarce : !slotFree \? "concurrency" : k\.requests < 1 \? "rpm" : k\.tokens < reservedTokens \? "tpm" : k\.scarce;$/, columns: [104], replacement: /^(true|k\.tokens <= reservedTokens)$/, category: 3, reason: "the local take above failed with the lease held, a slot free and a request permit: k.tokens < reservedTokens is then always true" },
  { file: "src/proxy/lease-client.ts", code: /^if \(pending !== undefined\) cancelTimer\(lc\.keyId\);$/, mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "cancelTimer of a key with no timer pending returns at once" },
  { file: "src/proxy/usage.ts", code: /^return \{ \.\.\.\(usage \? \{ usage \} : \{\}\), \.\.\.\(responseId !== undefined \? \{ responseId \} : \{\}\) \};$/, columns: [47], replacement: /^true$/, category: 3, reason: "an own `responseId: undefined` reads like no field: every reader reads .responseId" },


  // survivors of the 2026-12-03 18:43-20:20 run on f7d61d7 (the rest of its 26 unclassified are killed by
  // test/engine/kill-engine-answers, kill-outputs and test/replay/kill-replayer-results)
  { file: "src/engine/key-engine.ts", code: /^if \(input\.crowd !== undefined && resolveDetection\(policy, this\.snap\.override\)\.mode !== "off"\) applyAskedCohort\(/, columns: [9], mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "`input.crowd !== undefined` as true: applyAskedCohort returns at once for an absent crowd (`!(crowd > 0)`); the whole condition as true is killed by kill-engine-answers" },
  { file: "src/engine/key-engine.ts", code: /^if \(u\.answer\) \{$/, mutator: "BlockStatement", category: 3, reason: "usageOf: usageFields already carries the answer object itself; detection reads only its named fields (observeFetchedAnswer) and keeps no reference to it, so the original in place of the copy changes nothing read" },
  { file: "src/engine/key-engine.ts", code: /^for \(const f of ANSWER_FIELDS\) if \(u\.answer\[f\] !== undefined\) a\[f\] = u\.answer\[f\];$/, mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "an own `count`, `long`, ..., `createdHash: undefined` reads like no field: observeFetchedAnswer tests `count === undefined`, `?? 0` and `createdHash ?`, and the copy is not kept" },
  { file: "src/engine/replayer.ts", code: /^if \(\(ev\.body as \{ background\?: unknown \} \| undefined\)\?\.background === true\) this\.background\.set\(/, mutator: "OptionalChaining", category: 3, reason: "inside `if (exchange && route.kind === \"responses\" ...)`: reached only for a Responses body prepareBody accepted (it throws on any non-object), so ev.body is never null or undefined there" },
  { file: "src/engine/replayer.ts", code: /^const answer = creator !== undefined && creator !== ev\.key \? usage\.answer : undefined;$/, columns: [47], replacement: /^true$/, category: 3, reason: "a key fetching its own background response: its answer read by observeFetched and answerReports on its own engine after settle instead of inside settle and the `usage.answer` link: the same calls on the same state in the same order" },

  // survivors of the 2026-12-04 01:06-01:49 run on 88d1315 (red team R13: unread answers, undegradable runs, batch
  // caps; the rest of its 20 unclassified are killed by test/engine/kill-unread, test/replay/kill-replayer-unread and
  // test/proxy/kill-batch-items)
  { file: "src/engine/key-engine.ts", code: /^const charged = a\.createdHash === undefined \? undefined : this\.takeUnread\(a\.createdHash\);$/, columns: [21], mutator: "ConditionalExpression", replacement: /^false$/, category: 3, reason: "chargeRead: an answer with no createdHash matches no entry (rememberUnread records only numbers): takeUnread(undefined) finds none and gives undefined, as the guard does" },
  { file: "src/engine/key-engine.ts", code: /^if \(beyond <= 0\) return;$/, mutator: "EqualityOperator", replacement: /^beyond < 0$/, category: 3, reason: "beyond exactly 0: charge of 0 tokens moves no bucket (kill-unread pins it) and adds 0 to the counters" },

  // cues.ts module constants, scored since kill-tables builds the automaton in a fresh module instance
  { file: "src/detect/cues.ts", code: /^const SEP_CHARS = /, mutator: "StringLiteral", category: 3, reason: "read only by the build-time check that no cue holds a separator (none does): an empty list checks nothing and throws nothing either" },
  { file: "src/detect/cues.ts", code: /^for \(let c = 0; c < 128; c\+\+\) if \(isSentSep\(c\)\) SEP_ASCII\[c\] = 1;$/, mutator: "EqualityOperator", category: 3, reason: "code 128 is no separator (and index 128 is past the 128-entry table)" },

  // heavy detection files after the budget, asked-cohort and conversation-split code (run of 2026-12-04, 62 min; kill-conversation.unit.test.ts took the rest)
  { file: "src/detect/conversation.ts", code: /^if \(sig\.hh === 0\) return false;$/, mutator: "ConditionalExpression", category: 3, reason: "histories never hold hash 0 (bumpHistory is called only for a non-zero hh): the loop finds nothing and returns false" },
  { file: "src/detect/conversation.ts", code: /^return sig\.at === 1 && sig\.ut <= 2 && sig\.ha !== undefined && sig\.ha < GREETING_CHARS;$/, mutator: "ConditionalExpression", replacement: /^true$/, columns: [41], category: 3, reason: "`undefined < GREETING_CHARS` is false: the guard changes nothing" },
  { file: "src/detect/conversation.ts", code: /^if \(st\.(cheapTurns|turnSizes)\.length > (CHEAP_TURNS|TURN_SIZES)\) st\.\w+\.splice\(0, /, category: 3, reason: "splice(0, n) with n <= 0 removes nothing: at or under the bound the guard changes nothing" },
  // answer times (paced turns, fifteenth session; killed in paced-turns.unit.test.ts: the strict floor, the own chars, no anchor)
  { file: "src/detect/conversation.ts", code: /^if \(a\.length > ANSWERED_AT\) a\.splice\(0, a\.length - ANSWERED_AT\);$/, category: 3, reason: "splice(0, n) with n <= 0 removes nothing: at or under the bound the guard changes nothing" },
  { file: "src/detect/conversation.ts", code: /^for \(let i = 0; i < a\.length; i\+\+\) \{$/, mutator: "EqualityOperator", category: 3, reason: "a[a.length] is undefined: its tag reads NaN >>> 4 = 0, and splice(a.length, 1) removes nothing" },
  { file: "src/detect/conversation.ts", code: /^let at = -1;$|^for \(let i = a\.length - 1; i >= 0; i--\) \{$/, category: 3, reason: "a sentinel or start index out of range: an entry not found leaves a gap of days (from second +-1), never under a person's floor; a[a.length] reads NaN and matches nothing" },
  { file: "src/detect/conversation.ts", code: /^if \(at < 0\) return false;$/, category: 3, reason: "not found, `at` is -1: the gap from second -1 modulo 2^20 is days, over any floor (at 0 exactly: a settlement at second 0 modulo 2^20)" },
  { file: "src/detect/conversation.ts", code: /^if \(h === 0\) return;$/, mutator: "ConditionalExpression", category: 3, reason: "turnSizes never hold hash 0 (rememberSize skips it): no entry is found for 0" },
  { file: "src/detect/conversation.ts", code: /^if \(!e \|\| e\.length < 3\) return;$/, mutator: "ConditionalExpression", category: 3, reason: "a 2-entry's e[2] is undefined: left is NaN, and NaN > 0.01 sets e.length = 2, its length already" },
  { file: "src/detect/conversation.ts", code: /^if \(left > 0\.01\) e\[2\] = left;$/, mutator: "EqualityOperator", category: 7, reason: "a pending count of exactly 0.01 after a settlement (sums of 1s and decayed weights): a double no test state reaches" },
  { file: "src/detect/conversation.ts", code: /^const pending = i >= 0 && st\.turnSizes\[i\]!\.length > 2 \?/, columns: [29], replacement: /^(true|st\.turnSizes\[i\]!\.length >= 2)$/, category: 3, reason: "entries hold 2 or 3 values: a 2-entry's e[2] is undefined, `undefined > 0` is false, the same entry is pushed" },
  { file: "src/detect/link.ts", code: /^return st\.cohort > 0 \? st\.cohort \* decayFactor/, category: 3, reason: "cohort evidence is never negative, and 0 times a decay factor is 0" },
  { file: "src/detect/link.ts", code: /^return w > 1e-9 \? Math\.min\(1, \(st\.singleTurn \+ st\.pacedTurns\) \/ w\) : 0;$/, mutator: "EqualityOperator", category: 7, reason: "a verdict weight of exactly 1e-9 (kill-conversation pins w = 0)" },
  { file: "src/detect/link.ts", code: /^if \(st\.settled <= 0 \|\| !harvestProfile\(st\)\) return \[\];$/, category: 3, reason: "harvestProfile needs answersTell (COHORT.minSettled answers): false at 0 settled either way" },
  { file: "src/detect/link.ts", code: /^return \[\{ shard: cohortShard\(keyId\), k: hash32\(keyId\),/, mutator: "StringLiteral", category: 3, reason: "a cohort shard reads only the key and the profile flag of a profile report (its comment): `ws` is not read" },
  { file: "src/detect/link.ts", code: /^if \(pending > cohortNow\(st, nowMs\)\) \{$|^if \(crowd <= cohortNow\(st, nowMs\)\) return;$/, mutator: "EqualityOperator", category: 7, reason: "a decayed crowd exactly equal to the decayed evidence held: taking it changes the evidence by nothing but its time stamp" },
  { file: "src/detect/link.ts", code: /^if \(single && cap >= LONG_ANSWER\.minTokens && cap >= LONG_ANSWER\.minRatio \* \(s\.pl \/ CHARS_PER_TOKEN\)\)/, mutator: "EqualityOperator", replacement: /^cap > LONG_ANSWER\.minRatio/, category: 7, reason: "an output cap of exactly 8x the estimated prompt (pl / 4 x 8 = 2 x pl chars)" },
  { file: "src/detect/link.ts", code: /^return shaped >= COHORT\.minSingle \* sigs\.length \|\| shaped >= COHORT\.minLong;$/, mutator: "EqualityOperator", replacement: /^shaped > COHORT\.minSingle/, category: 3, reason: "0.9 x length is whole only for lengths that are multiples of 10: shaped is then >= 9 >= minLong (6), true either way" },
  { file: "src/detect/link.ts", code: /^if \(!\(crowd > 0\) \|\| cohortAge\(st\)/, mutator: "EqualityOperator", replacement: /^crowd >= 0$/, category: 3, reason: "a crowd of 0 then returns at `crowd <= cohortNow` (evidence is never negative)" },
  { file: "src/detect/link.ts", code: /^st\.cohortReason = `its cohort bucket is crowded/, mutator: "ArithmeticOperator", category: 1, reason: "the percentage shown in an operator's reason" },
  { file: "src/detect/link.ts", code: /^if \(reg\.cd === undefined \|\| reg\.cb === undefined\) return 0;$/, category: 2, reason: "cd and cb are written together (cohortObserve, in one call): either both are set or neither; kill-conversation pins the empty shard" },
  { file: "src/detect/link.ts", code: /^if \(view\.score === 0 && view\.crowd !== undefined && view\.crowd > 0\) \{$/, columns: [29], replacement: /^true$/, category: 3, reason: "`undefined > 0` is false: the undefined check changes nothing" },
  { file: "src/detect/score.ts", code: /^if \(typical <= mean \+ 0\.5\) return `/, mutator: "EqualityOperator", category: 7, reason: "the reason's wording for a typical answer exactly half a token over the mean" },
  { file: "src/detect/state.ts", code: /^if \(usage\.prevHash\) takePending\(st, usage\.prevHash\);$|^\} else if \(usage\.createdHash\) forgetCheap\(st, usage\.createdHash\);$/, mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "called with undefined the helper finds no entry (no hash is undefined) and changes nothing" },
  { file: "src/detect/state.ts", code: /^if \(usage\.inputHash \|\| usage\.createdHash\) rememberCheap\(/, mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "rememberCheap(st, 0, 0) skips both zeros and removes nothing" },
  { file: "src/detect/state.ts", code: /^if \(st\.cohortPending > 0\) takePendingCohort\(st, nowMs\);$/, category: 3, reason: "a pending crowd of 0 is never over the evidence held (never negative), and is set to 0, as it was" },

  // background holds and thinking off (red team R13-3, R13-7; main run of 2026-12-04, kill-background-hold took the rest)
  { file: "src/config/index.ts", code: /^const hold = p\.backgroundHoldSeconds === 0 \|\| /, mutator: "StringLiteral", replacement: /^""$/, columns: [154], category: 1, reason: "positiveInt's field name: its failure is replaced by the outer fail, which names the field (tested)" },
  { file: "src/engine/key-engine.ts", code: /^if \(u\.ended !== undefined\) s\.limits = releaseHold\(|^if \(a\.createdHash !== undefined\) s\.limits = releaseHold\(/, mutator: "ConditionalExpression", replacement: /^true$/, category: 3, reason: "a hold is stored only under a created hash (unreadAnswer): `h:undefined` is never held, releasing it changes nothing" },
  { file: "src/proxy/usage.ts", code: /^if \(!sse\) status = \(JSON\.parse\(text\) as \{ status\?: unknown \} \| null\)\?\.status;$/, mutator: "OptionalChaining", category: 3, reason: "null.status throws and the catch answers false, as an undefined status does" },

  // ---- 4. Observable only through the Worker (or with several isolates)
  { file: "src/proxy/lease-client.ts", mutator: "UpdateOperator", code: /\bIO\.\w+\+\+/, category: 4, reason: "IO counters: shown by GET /admin/io (workers suite) and the bench" },
  { file: "src/proxy/link-batch.ts", mutator: "UpdateOperator", code: /\bIO\.\w+\+\+/, category: 4, reason: "IO counters: shown by GET /admin/io (workers suite) and the bench" },
  { file: "src/proxy/lease-client.ts", code: /export function resetLeaseClient|^(keys|timers|inflight|views)\.clear\(\);$/, category: 4, reason: "resetLeaseClient is a test hook (each test starts from an empty isolate)" },
  { file: "src/proxy/lease-client.ts", code: /tryLocal\(k, req\.reservedTokens, req\.signals, (nowMs|Date\.now\(\)), req\.route === "free"\);$/, category: 4, reason: "a free route short of a slot on a hot key asks the object (held background slots do not count for it there): the pure rule is pinned in tryLocal (background-hold.unit.test.ts), the path through decideLeased needs a key hot enough to hold a lease and background jobs holding every slot (background-slots.worker.test.ts drives a cold key)" },
  { file: "src/engine/key-engine.ts", code: /applyLinkView/, category: 4, reason: "applyLinkView is the LinkRegistry object's path: the workers suite (link-writes) drives it" },

  // ---- 6. Missing tests: none listed. A survivor no rule above matches is shown unclassified in
  // docs/mutation-survivors.md: a missing test until a test kills it or a precise rule says why.
];
