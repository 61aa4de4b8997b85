/**
 * One Durable Object per batch group (red team R9-5): the batches, and the output files of OpenAI
 * batches, that the keys of the group created through the guard, each with the key that created
 * it. A key whose override names the group (only the admin API sets it: a client cannot claim a
 * group) may fetch them under `batchResults: "owner"`; the answers are read by the creating key's
 * detection (src/proxy/handler.ts free). A key leaving the group takes its batches with it.
 *
 * Bounded: at most MAX_GROUP_OUTPUTS rows (the oldest go first), none older than OUTPUT_TTL_MS
 * (an alarm deletes them when the oldest ages out). Only traffic of grouped keys reaches it: a
 * batch created or an OpenAI batch retrieved by a key of the group, a fetch another key of the
 * group is not the creator of, and the admin API.
 */
import { DurableObject } from "cloudflare:workers";
import { OUTPUT_TTL_MS, type OutputRecord } from "../engine/key-engine.ts";
import type { Env } from "../env.ts";
import { IO } from "../observability/io.ts";

/** Batches and files remembered per group (the oldest is forgotten first). */
export const MAX_GROUP_OUTPUTS = 16_384;

export class BatchGroup extends DurableObject<Env> {
  private sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    this.sql.exec("CREATE TABLE IF NOT EXISTS outputs (id TEXT PRIMARY KEY, key_id TEXT NOT NULL, at_ms INTEGER NOT NULL, charged INTEGER)");
    this.sql.exec("CREATE INDEX IF NOT EXISTS outputs_at ON outputs (at_ms)");
    // a table made before `charged` existed (red team R37-1) gets it
    const columns = this.sql.exec<{ name: string }>("PRAGMA table_info(outputs)").toArray();
    if (!columns.some((c) => c.name === "charged")) this.sql.exec("ALTER TABLE outputs ADD COLUMN charged INTEGER");
  }

  /** Batches (or files) `keyId` may fetch, now the group's too (a re-recorded id takes the newer
   *  key and date). `charged`: a background registry's record of a stored response whose answer
   *  its request left unread, with what that request was charged (takeCharged). */
  async record(keyId: string, records: OutputRecord[], charged?: number): Promise<void> {
    IO.objectCalls++;
    const nowMs = Date.now();
    for (const [id, at] of records) {
      if (nowMs - at >= OUTPUT_TTL_MS) continue;
      this.sql.exec(
        "INSERT INTO outputs (id, key_id, at_ms, charged) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET key_id = excluded.key_id, at_ms = excluded.at_ms, charged = excluded.charged",
        id,
        keyId,
        at,
        charged ?? null,
      );
    }
    this.sql.exec("DELETE FROM outputs WHERE id IN (SELECT id FROM outputs ORDER BY at_ms DESC LIMIT -1 OFFSET ?)", MAX_GROUP_OUTPUTS);
    await this.arm();
  }

  /** The key that created the batch (or was given the file) `id` names, if the group holds it. */
  creatorOf(id: string): string | null {
    IO.objectCalls++;
    const row = this.sql.exec<{ key_id: string }>("SELECT key_id FROM outputs WHERE id = ? AND at_ms > ?", id, Date.now() - OUTPUT_TTL_MS).toArray()[0];
    return row?.key_id ?? null;
  }

  /** Of `ids`, those the group holds (in force). `use`: they are named as model input now, and
   *  are dated now (a document a group names every day stays its own: red team R81-2). */
  heldOf(ids: string[], use = false): string[] {
    IO.objectCalls++;
    const now = Date.now();
    const held = ids.filter((id) => this.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM outputs WHERE id = ? AND at_ms > ?", id, now - OUTPUT_TTL_MS).one().n > 0);
    if (use) for (const id of held) this.sql.exec("UPDATE outputs SET at_ms = ? WHERE id = ?", now, id);
    return held;
  }

  /**
   * What the request that created the stored response `id` was charged, once (null: not recorded,
   * or taken already). Its answer, read now, is charged what it took beyond that (KeyEngine
   * chargeRead), also when the creating key's own record of it was pushed out by newer unread
   * answers (red team R37-1: a key that kept 512 unread read each answer as it dropped out, charged
   * only its reservation). Kept apart from the creator, which polls and gates still need. A batch
   * group keeps its batches' charges the same way (red team R78-1: 530 cheap batches pushed a
   * batch's record out of its creator's 512 newest, and a group mate read its output file charged
   * nothing).
   */
  takeCharged(id: string): number | null {
    IO.objectCalls++;
    const row = this.sql.exec<{ charged: number | null }>("SELECT charged FROM outputs WHERE id = ? AND at_ms > ?", id, Date.now() - OUTPUT_TTL_MS).toArray()[0];
    if (row?.charged == null) return null;
    this.sql.exec("UPDATE outputs SET charged = NULL WHERE id = ?", id);
    return row.charged;
  }

  /** An OpenAI batch of the group named its output and error files (retrieved by any key of the
   *  group): they are its creator's, in the group, and what the batch's run was charged moves to
   *  its output file, whose content its answers are read from (red team R78-1). The creator, or
   *  null for a batch not the group's. */
  async recordBatchOutputs(batchId: string, fileIds: string[], outputFileId?: string): Promise<string | null> {
    const creator = this.creatorOf(batchId);
    if (creator === null) return null;
    const charged = outputFileId !== undefined && fileIds.includes(outputFileId) ? this.takeCharged(batchId) : null;
    await this.record(creator, fileIds.filter((f) => f !== outputFileId || charged === null).map((f): OutputRecord => [f, Date.now()]));
    if (charged !== null) await this.record(creator, [[outputFileId!, Date.now()]], charged);
    return creator;
  }

  /** A key left the group, or its batches were moved away: forget them (all, or those of `ids`). */
  forget(keyId: string, ids?: string[]): number {
    IO.objectCalls++;
    if (ids === undefined) return this.sql.exec("DELETE FROM outputs WHERE key_id = ?", keyId).rowsWritten;
    let n = 0;
    for (const id of ids) n += this.sql.exec("DELETE FROM outputs WHERE key_id = ? AND id = ?", keyId, id).rowsWritten;
    return n;
  }

  /** The alarm fires when the oldest row ages out (none set when it already would in time). */
  private async arm(): Promise<void> {
    const oldest = this.sql.exec<{ at: number | null }>("SELECT MIN(at_ms) AS at FROM outputs").one().at;
    if (oldest === null) return;
    const want = oldest + OUTPUT_TTL_MS;
    const set = await this.ctx.storage.getAlarm();
    if (set === null || set > want) await this.ctx.storage.setAlarm(want);
  }

  override async alarm(): Promise<void> {
    this.sql.exec("DELETE FROM outputs WHERE at_ms <= ?", Date.now() - OUTPUT_TTL_MS);
    await this.arm();
  }
}
