// Why each surviving mutant is accepted: the first rule that matches a survivor gives its category
// (scripts/mutation-survivors.header.md) and reason in docs/mutation-survivors.md. A rule matches
// on any of: file, lines (numbers or [from, to] ranges), mutator, a regex over the source line
// (`code`) and one over the replacement. Keep rules narrow: a survivor no rule matches is listed
// as unclassified, which is what a new survivor should be until a test kills it or a rule says why.
//
// Line numbers are those of the commit measured; when a file changes, its rules are re-checked
// against the regenerated list (an unclassified entry or a rule that matches nothing shows it).

/** @type {{ file?: string; lines?: (number | [number, number])[]; mutator?: string; code?: RegExp; replacement?: RegExp; category: number; reason: string }[]} */
export default [
  // 1. Message text
  { mutator: "StringLiteral", code: /\bfail\(|message|reason: "|logEvent\(|new Error\(/, category: 1, reason: "wording of a refusal or log line; the field, code and status are asserted" },
];
