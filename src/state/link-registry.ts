/**
 * Cross-key linkage registry, sharded: one object per fingerprint shard ("w:<wrapper>",
 * "n:<network>", "a:<asn>") and per cohort bucket ("c:0" to "c:3", young keys by key hash), so no
 * object sees all traffic. Keys report to it at a bounded rate;
 * it answers what it knows about the key's group. State bounded by the detection core.
 *
 * Idle expiry: each report moves the shard's expiry to now + the idle TTL the reporting key passes
 * (src/engine/expiry.ts shardIdleMs: several half-lives of the shard's evidence); an alarm then
 * deletes the whole shard. Nothing in a shard is admin-set, so nothing is kept.
 */
import { DurableObject } from "cloudflare:workers";
import { IO } from "../observability/io.ts";
import { type LinkReport, type LinkView, type RegistryState, cohortPeek, newRegistryState, registryObserve } from "../detect/index.ts";
import { alarmStep, alarmToSet } from "../engine/expiry.ts";
import type { Env } from "../env.ts";
import { logEvent } from "../observability/log.ts";

const STATE_KEY = "registry";
const EXPIRY_KEY = "exp";
/**
 * A shard stores its state at most this often: a report arriving sooner is answered from memory
 * and stored with the next write, at the latest by an alarm this long after the last write. A
 * shard every new key of a network reports to would otherwise write a row per report. Lost if
 * the shard's process dies in between: at most this long of reports (statistics of a group, each
 * key reports again at its next report count), never a key's own state.
 */
export const SHARD_WRITE_MS = 1000;
/** The stored expiry is rounded up to this (stored only when it moves): never earlier than the real one. */
const EXPIRY_STEP_MS = 3_600_000;
/** Used when a caller passes no idle TTL (an older Worker during a deploy): 15 days. */
const DEFAULT_SHARD_IDLE_MS = 15 * 86_400_000;

export class LinkRegistry extends DurableObject<Env> {
  private reg: RegistryState;
  private exp: number;
  private alarmAt: number | null = null;
  /** Reports not stored yet, and when the state was last stored. */
  private dirty = false;
  private writtenAtMs = 0;
  private storedExp: number;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.reg = ctx.storage.kv.get<RegistryState>(STATE_KEY) ?? newRegistryState();
    this.exp = ctx.storage.kv.get<number>(EXPIRY_KEY) ?? 0;
    this.storedExp = this.exp;
    ctx.blockConcurrencyWhile(async () => {
      this.alarmAt = await ctx.storage.getAlarm();
    });
  }

  observe(report: LinkReport, idleMs: number = DEFAULT_SHARD_IDLE_MS): LinkView {
    return this.observeMany([report], idleMs)[0]!;
  }

  /** A cohort shard's crowd as it stands, read without counting anyone (detect/link.ts
   *  cohortPeek): nothing is stored. */
  crowd(): number {
    return cohortPeek(this.reg, Date.now());
  }

  /** Reports of many keys, batched by an isolate (src/proxy/link-batch.ts): one view per report,
   *  in order, and at most one write for all of them. */
  observeMany(reports: LinkReport[], idleMs: number = DEFAULT_SHARD_IDLE_MS): LinkView[] {
    const nowMs = Date.now();
    const views = reports.map((r) => registryObserve(this.reg, r, nowMs));
    this.exp = Math.max(this.exp, nowMs + idleMs);
    if (nowMs - this.writtenAtMs >= SHARD_WRITE_MS) this.write(nowMs);
    else {
      this.dirty = true;
      this.setAlarm(this.writtenAtMs + SHARD_WRITE_MS);
    }
    this.setAlarm(alarmToSet(this.alarmAt, this.exp));
    return views;
  }

  /** Store the state (and the expiry, rounded up, when it moved). */
  private write(nowMs: number): void {
    this.ctx.storage.kv.put(STATE_KEY, this.reg);
    IO.rowsWritten++;
    const exp = Math.ceil(this.exp / EXPIRY_STEP_MS) * EXPIRY_STEP_MS;
    if (exp > this.storedExp) {
      this.ctx.storage.kv.put(EXPIRY_KEY, exp);
      this.storedExp = exp;
      IO.rowsWritten++;
    }
    this.dirty = false;
    this.writtenAtMs = nowMs;
  }

  /** Make the alarm fire no later than `at` (null: nothing to change). */
  private setAlarm(at: number | null): void {
    if (at === null || (this.alarmAt !== null && this.alarmAt <= at)) return;
    this.alarmAt = at;
    IO.rowsWritten++;
    void this.ctx.storage.setAlarm(at);
  }

  override async alarm(): Promise<void> {
    this.alarmAt = null;
    if (this.dirty) this.write(Date.now());
    const step = alarmStep(this.exp, Date.now(), DEFAULT_SHARD_IDLE_MS);
    if (step.kind === "wait") {
      this.alarmAt = step.atMs;
      IO.rowsWritten++;
      await this.ctx.storage.setAlarm(step.atMs);
      return;
    }
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
    this.alarmAt = null;
    this.exp = 0;
    this.storedExp = 0;
    this.reg = newRegistryState();
    logEvent({ evt: "shard_state_expired" });
  }
}
