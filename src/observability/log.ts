/**
 * Structured log lines (one JSON object per line, Workers Logs indexes the fields). Callers pass
 * keyIds, never raw keys; no prompt text is ever logged.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined | string[]>;

export function logEvent(fields: LogFields & { evt: string }): void {
  console.log(JSON.stringify(fields));
}
