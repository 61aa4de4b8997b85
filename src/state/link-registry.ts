/**
 * Cross-key linkage registry, sharded: one object per fingerprint shard ("w:<wrapper>",
 * "n:<network>", "a:<asn>"), so no object sees all traffic. Keys report to it at a bounded rate;
 * it answers what it knows about the key's group. State bounded by the detection core.
 *
 * Idle expiry: each report moves the shard's expiry to now + the idle TTL the reporting key passes
 * (src/engine/expiry.ts shardIdleMs: several half-lives of the shard's evidence); an alarm then
 * deletes the whole shard. Nothing in a shard is admin-set, so nothing is kept.
 */
import { DurableObject } from "cloudflare:workers";
import { IO } from "../observability/io.ts";
import { type LinkReport, type LinkView, type RegistryState, newRegistryState, registryObserve } from "../detect/index.ts";
import { alarmStep, alarmToSet } from "../engine/expiry.ts";
import type { Env } from "../env.ts";
import { logEvent } from "../observability/log.ts";

const STATE_KEY = "registry";
const EXPIRY_KEY = "exp";
/** Used when a caller passes no idle TTL (an older Worker during a deploy): 15 days. */
const DEFAULT_SHARD_IDLE_MS = 15 * 86_400_000;

export class LinkRegistry extends DurableObject<Env> {
  private reg: RegistryState;
  private exp: number;
  private alarmAt: number | null = null;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.reg = ctx.storage.kv.get<RegistryState>(STATE_KEY) ?? newRegistryState();
    this.exp = ctx.storage.kv.get<number>(EXPIRY_KEY) ?? 0;
    ctx.blockConcurrencyWhile(async () => {
      this.alarmAt = await ctx.storage.getAlarm();
    });
  }

  observe(report: LinkReport, idleMs: number = DEFAULT_SHARD_IDLE_MS): LinkView {
    const nowMs = Date.now();
    const view = registryObserve(this.reg, report, nowMs);
    this.exp = Math.max(this.exp, nowMs + idleMs);
    this.ctx.storage.kv.put(STATE_KEY, this.reg);
    this.ctx.storage.kv.put(EXPIRY_KEY, this.exp);
    IO.rowsWritten += 2;
    const at = alarmToSet(this.alarmAt, this.exp);
    if (at !== null) {
      this.alarmAt = at;
      IO.rowsWritten++;
      void this.ctx.storage.setAlarm(at);
    }
    return view;
  }

  override async alarm(): Promise<void> {
    const step = alarmStep(this.exp, Date.now(), DEFAULT_SHARD_IDLE_MS);
    if (step.kind === "wait") {
      this.alarmAt = step.atMs;
      await this.ctx.storage.setAlarm(step.atMs);
      return;
    }
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
    this.alarmAt = null;
    this.exp = 0;
    this.reg = newRegistryState();
    logEvent({ evt: "shard_state_expired" });
  }
}
