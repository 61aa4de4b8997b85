/**
 * Structured log lines (one JSON object per line, Workers Logs indexes the fields). Callers pass
 * keyIds, never raw keys; no prompt text is ever logged.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined | string[]>;

export function logEvent(fields: LogFields & { evt: string }): void {
  console.log(JSON.stringify(fields));
}

/**
 * An error as text for a log line, with any query string cut off: fetch errors quote the URL,
 * and a query string is client data (it may even carry a credential).
 */
export function safeError(e: unknown): string {
  return String(e).replace(/\?[^\s"'<>]*/g, "?…");
}
