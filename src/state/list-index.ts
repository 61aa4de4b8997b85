/**
 * Index of allow/deny list entries for the admin API's listing. The authoritative flag lives in
 * each key's KeyGuard (read on the hot path in the same call that checks limits); this object is
 * only touched by admin operations, never by proxied traffic.
 */
import { DurableObject } from "cloudflare:workers";
import type { Env } from "../env.ts";

export type ListName = "allow" | "deny";

export interface ListEntry {
  keyId: string;
  list: ListName;
  note: string | null;
  addedAtMs: number;
}

export class ListIndex extends DurableObject<Env> {
  private sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    this.sql.exec(
      "CREATE TABLE IF NOT EXISTS entries (key_id TEXT PRIMARY KEY, list TEXT NOT NULL, note TEXT, added_at_ms INTEGER NOT NULL)",
    );
  }

  put(keyId: string, list: ListName, note: string | null): void {
    this.sql.exec(
      "INSERT INTO entries (key_id, list, note, added_at_ms) VALUES (?, ?, ?, ?) ON CONFLICT(key_id) DO UPDATE SET list = excluded.list, note = excluded.note, added_at_ms = excluded.added_at_ms",
      keyId,
      list,
      note,
      Date.now(),
    );
  }

  remove(keyId: string): boolean {
    return this.sql.exec("DELETE FROM entries WHERE key_id = ?", keyId).rowsWritten > 0;
  }

  /** Up to `limit` entries of one list after `cursor` (a keyId), in keyId order. */
  list(list: ListName, cursor: string | null, limit: number): ListEntry[] {
    return this.sql
      .exec<{ key_id: string; list: string; note: string | null; added_at_ms: number }>(
        "SELECT key_id, list, note, added_at_ms FROM entries WHERE list = ? AND key_id > ? ORDER BY key_id LIMIT ?",
        list,
        cursor ?? "",
        limit,
      )
      .toArray()
      .map((r) => ({ keyId: r.key_id, list: r.list as ListName, note: r.note, addedAtMs: r.added_at_ms }));
  }
}
