/**
 * One Durable Object per keyId (SQLite storage backend). It loads the key's snapshot, runs the
 * pure KeyEngine, persists the result; nothing else. Every method is synchronous up to the write,
 * so calls are serialised by the object's input gate: 500 concurrent admits against a limit of 100
 * admit exactly 100.
 *
 * Idle expiry: an alarm at the snapshot's `exp` (src/engine/expiry.ts) deletes all storage except
 * what an admin set: override, list entry, verification, and what the key uploaded and may fetch
 * (src/engine/snapshot.ts keptAfterExpiry), kept in this same object so the admin API and the hot
 * path still find it. Kept batches set the kept snapshot's `exp` (when the oldest ages out).
 */
import { DurableObject } from "cloudflare:workers";
import type { KeyOverride, PolicyConfig } from "../config/index.ts";
import type { LinkReport, LinkView } from "../detect/index.ts";
import { viewMatters } from "../detect/link.ts";
import { alarmStep, alarmToSet, shardIdleMs } from "../engine/expiry.ts";
import { type AdmitInput, type BatchAdmitInput, type Decision, type ExchangeResult, KeyEngine, type KeySnapshot, type OutputRecord, type SolvedPuzzle } from "../engine/key-engine.ts";
import type { RequestSignals } from "../detect/index.ts";
import type { LeaseReport } from "../limits/lease.ts";
import { IO } from "../observability/io.ts";
import { decodeSnapshot, keptAfterExpiry, toStored } from "../engine/snapshot.ts";
import type { Env } from "../env.ts";
import type { Answer, Usage } from "../policy/types.ts";
import { logEvent } from "../observability/log.ts";
import { type WebhookEvent, deliverWebhook } from "../notify/webhook.ts";

const SNAPSHOT_KEY = "snapshot";
/** Alarm for state whose expiry was never computed (migrated, no traffic since): look again then. */
const UNCOMPUTED_RETRY_MS = 86_400_000;

/** Where the Worker's configuration sends first challenges and blocks (travels with the call, like the policy). */
export type WebhookTarget = { url: string; secret: string } | undefined;

export interface AdmitMessage extends Omit<AdmitInput, "nowMs"> {
  keyId: string;
  webhook?: WebhookTarget;
}

export type BatchAdmitMessage = Omit<BatchAdmitInput, "nowMs"> & { keyId: string; webhook?: WebhookTarget };

export interface SettleMessage {
  leaseId: string;
  reservedTokens: number;
  usage: Usage;
  /** HTTP status from the origin, 0 when it was unreachable. Absent (older callers): served (200).
   *  Only a 2xx makes the key "served" (its detection state is then stored, its idle TTL long). */
  originStatus?: number;
  /** The key's id, for a batch that asked in the extraction profile's shape: its cohort report
   *  once the origin accepted it (detect/link.ts askedReports). Absent: no report. */
  askedKeyId?: string;
}

/** One isolate's report for a key, and optionally the request it could not decide from its lease. */
export interface ExchangeMessage {
  keyId: string;
  report: LeaseReport<RequestSignals>;
  admit?: Omit<AdmitMessage, "keyId" | "webhook">;
  webhook?: WebhookTarget;
  /** Shards' answers to the key's earlier linkage reports (the isolate batched those). */
  views?: LinkView[];
  /** Return this exchange's linkage reports in the answer (the isolate batches them per shard)
   *  instead of calling the shards from here. Absent (a Worker from before batching): called here. */
  batchLinks?: boolean;
}

/** The object's engine: its decisions carry no detection reasons (the isolate logs none; a
 *  webhook's event still gets them, KeyEngine.explain). */
function quietEngine(snap: KeySnapshot): KeyEngine {
  const e = new KeyEngine(snap);
  e.explain = false;
  return e;
}

export class KeyGuard extends DurableObject<Env> {
  private engine: KeyEngine;
  /** The alarm currently set (epoch ms), null for none; read once at start, then kept in step. */
  private alarmAt: number | null = null;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    const stored = ctx.storage.kv.get<unknown>(SNAPSHOT_KEY);
    const d = decodeSnapshot(stored);
    // Never silently forget: an upgraded or partly unreadable snapshot is logged (no key material).
    if (d.outcome === "migrated" || d.outcome === "salvaged") {
      logEvent({
        evt: "snapshot_" + d.outcome,
        object: ctx.id.toString(),
        from: d.from ?? null,
        keptOverride: d.snap.override !== undefined,
        keptList: d.snap.list ?? null,
      });
    }
    this.engine = quietEngine(d.snap);
    // Only an object with a stored snapshot can have an alarm: every alarm is set right after a
    // snapshot write (save), and expiry deletes the alarm with the storage (a kept snapshot gets no
    // alarm). A new key's object (most objects the guard starts) blocks on nothing; were an alarm
    // there anyway, arm() would only move it to the key's expiry, and the alarm re-checks.
    if (stored !== undefined) {
      ctx.blockConcurrencyWhile(async () => {
        this.alarmAt = await ctx.storage.getAlarm();
      });
    }
  }

  private save(): void {
    this.ctx.storage.kv.put(SNAPSHOT_KEY, toStored(this.engine.snap));
    IO.rowsWritten++;
    this.arm();
  }

  /** Make sure an alarm fires no later than the snapshot's expiry (see alarmToSet). */
  private arm(): void {
    const at = alarmToSet(this.alarmAt, this.engine.snap.exp);
    if (at === null) return;
    this.alarmAt = at;
    IO.rowsWritten++;
    void this.ctx.storage.setAlarm(at);
  }

  /** Record activity: the expiry moves, the alarm only if it would fire too late. */
  private touch(policy: PolicyConfig, nowMs: number): void {
    this.engine.touch(policy, nowMs);
  }

  /**
   * Decide one request (and take its reservation when admitted). The policy travels with every
   * call: the Worker validated it once, and one deployment's objects always agree with its Worker.
   */
  admit(policy: PolicyConfig, msg: AdmitMessage): Decision {
    IO.objectCalls++;
    const nowMs = Date.now();
    const d = this.engine.admit(policy, { ...msg, nowMs });
    this.touch(policy, nowMs);
    let reports: LinkReport[] = [];
    if (msg.signals && policy.detection.mode !== "off") reports = this.engine.linkReports(msg.signals, msg.keyId, nowMs);
    this.save();
    if (reports.length > 0) this.ctx.waitUntil(this.link(reports, shardIdleMs(policy)));
    this.notify(msg.keyId, d, nowMs, msg.webhook);
    return d;
  }

  /**
   * The hot path's one call: an isolate's batched report (permits back, settlements, requests it
   * admitted under its lease), the request it could not decide (if any, decided as admit() does),
   * and new permits if it asked and the key is leasable. Stored once, or with the next write.
   */
  exchange(policy: PolicyConfig, msg: ExchangeMessage): ExchangeResult {
    IO.objectCalls++;
    const nowMs = Date.now();
    const r = this.engine.exchange(policy, { nowMs, report: msg.report, admit: msg.admit ? { ...msg.admit } : undefined, views: msg.views });
    this.touch(policy, nowMs);
    let reports: LinkReport[] = [];
    if (policy.detection.mode !== "off") {
      for (const a of msg.report.admitted) if (a.signals) reports.push(...this.engine.linkReports(a.signals, msg.keyId, nowMs));
      if (msg.admit?.signals) reports.push(...this.engine.linkReports(msg.admit.signals, msg.keyId, nowMs));
      if ([...msg.report.usages, ...msg.report.settles].some((u) => u.answer)) reports.push(...this.engine.answerReports(policy, msg.keyId, nowMs));
    }
    // A report that changes nothing the key must keep (no permits back, no usage, no slots
    // released: a renewal's keep-alive) rides on the object's next write; everything else is
    // stored before the answer (KeyEngine.exchange: red team R42a-1). Never a timer: a pending
    // timer would keep the object's call open.
    if (r.write === "now") this.save();
    if (reports.length > 0) {
      if (msg.batchLinks) r.links = reports;
      else this.ctx.waitUntil(this.link(reports, shardIdleMs(policy)));
    }
    if (r.decision) this.notify(msg.keyId, r.decision, nowMs, msg.webhook);
    return r;
  }

  /** A key's first degrade, challenge or block goes to the provider's webhook, if one is configured. */
  private notify(keyId: string, d: Decision, nowMs: number, target: WebhookTarget): void {
    if (!d.notify || !target) return;
    const event: WebhookEvent = {
      type: d.notify === "block" ? "key.blocked" : d.notify === "challenge" ? "key.challenged" : "key.degraded",
      keyId,
      standing: d.notify,
      score: Math.round(d.score * 1000) / 1000,
      reasons: d.reasons,
      at: new Date(nowMs).toISOString(),
    };
    this.ctx.waitUntil(
      deliverWebhook(target, event).then((r) => logEvent({ evt: "webhook", keyId, type: event.type, delivered: r.delivered, attempts: r.attempts, status: r.status })),
    );
  }

  recordFile(fileId: string, requests: number, reservedTokens: number, url?: string, degraded = false, items = requests, cut = false): void {
    IO.objectCalls++;
    this.engine.recordFile(fileId, requests, reservedTokens, url, degraded, items, cut);
    this.save();
  }

  /** Remember a batch this key created (see KeySnapshot.outputs); its batch group, if it has
   *  one (the batch is then the group's too: src/state/batch-group.ts), and what its creation was
   *  charged (the group keeps that too: red team R78-1). */
  recordOutput(id: string, run?: { tokens?: number; fileId?: string; cut?: boolean }): { group?: string; charged?: number } {
    IO.objectCalls++;
    const charged = this.engine.recordOutput(id, Date.now(), run);
    this.save();
    const group = this.engine.snap.override?.batchGroup;
    return { ...(group !== undefined ? { group } : {}), ...(charged !== undefined ? { charged } : {}) };
  }

  /** Whether this key may fetch the results or file `id` names (and whether their embeddings are
   *  cut: a batch run where embeddings are cut), and its batch group (whose other keys' batches it
   *  may fetch, and which keeps what each batch's creation was charged). */
  outputAccess(id: string): { owns: boolean; group?: string; cut?: true } {
    IO.objectCalls++;
    const now = Date.now();
    const group = this.engine.snap.override?.batchGroup;
    const owns = this.engine.ownsOutput(id, now);
    return { owns, ...(group !== undefined ? { group } : {}), ...(owns && this.engine.cutOutput(id, now) ? { cut: true as const } : {}) };
  }

  /** A model input file this key uploaded (KeySnapshot.inputs); its batch group, which records it
   *  too (a rotated key names its predecessor's documents). */
  recordInput(id: string): string | undefined {
    IO.objectCalls++;
    this.engine.recordInput(id, Date.now());
    this.save();
    return this.engine.snap.override?.batchGroup;
  }

  /** Of `ids` (a list the origin answered, or the files a request names), those this key may
   *  see, and its batch group (which may hold others of them: red team R78-2, every key's files
   *  and batches were listed). `use`: the files are named as input now, so its own are used again
   *  (KeyEngine.useInputs). */
  ownedOf(ids: string[], use = false): { owned: string[]; group?: string } {
    IO.objectCalls++;
    const now = Date.now();
    if (use && this.engine.useInputs(ids, now)) this.save();
    const group = this.engine.snap.override?.batchGroup;
    return { owned: this.engine.ownedOf(ids, now), ...(group !== undefined ? { group } : {}) };
  }

  /** The output and error files of an OpenAI batch this key created (nothing for another's), and
   *  the key's batch group (which records them for a batch of any of its keys). */
  recordBatchOutputs(batchId: string, fileIds: string[], outputFileId?: string): { recorded: boolean; group?: string } {
    IO.objectCalls++;
    const recorded = this.engine.recordBatchOutputs(batchId, fileIds, Date.now(), outputFileId);
    if (recorded) this.save();
    const group = this.engine.snap.override?.batchGroup;
    return group === undefined ? { recorded } : { recorded, group };
  }

  /** Answers of a batch this key created that another key of its group fetched: read by this
   *  key's detection (KeyEngine.observeFetched), reported to linkage as its own would be. */
  observeFetched(policy: PolicyConfig, keyId: string, answer: Answer): void {
    IO.objectCalls++;
    const nowMs = Date.now();
    this.engine.observeFetched(policy, answer, nowMs);
    const reports = policy.detection.mode !== "off" ? this.engine.answerReports(policy, keyId, nowMs) : [];
    this.save();
    if (reports.length > 0) this.ctx.waitUntil(this.link(reports, shardIdleMs(policy)));
  }

  /** What this key's standing lets another key do with a stored response it created
   *  (KeyEngine.gateForOthers), and its batch group; read-only. */
  gateForOthers(policy: PolicyConfig, byDeny = true): "serve" | "degrade" | "refuse" {
    IO.objectCalls++;
    return this.engine.gateForOthers(policy, Date.now(), byDeny);
  }

  /** The batch group an operator put this key in (KeySnapshot override), if any; read-only. */
  batchGroup(): string | undefined {
    IO.objectCalls++;
    return this.engine.snap.override?.batchGroup;
  }

  /** The batches and files this key may fetch (all, or those of `ids`), and the model input files
   *  it uploaded, for an operator's move (red team R81-3: a rotation left the documents behind). */
  outputRecords(ids?: string[]): { outputs: OutputRecord[]; inputs: OutputRecord[] } {
    const now = Date.now();
    return { outputs: this.engine.outputRecords(now, ids), inputs: this.engine.inputRecords(now, ids) };
  }

  /** Take batches and model input files moved from another key; this key's batch group. */
  adoptOutputs(records: { outputs: OutputRecord[]; inputs: OutputRecord[] }): string | undefined {
    const now = Date.now();
    this.engine.adoptOutputs(records.outputs, now);
    this.engine.adoptInputs(records.inputs, now);
    this.save();
    return this.engine.snap.override?.batchGroup;
  }

  /** Forget batches moved to another key: how many, and this key's batch group. */
  dropOutputs(ids: string[]): { dropped: number; group?: string } {
    const dropped = this.engine.dropOutputs(ids, Date.now());
    this.save();
    const group = this.engine.snap.override?.batchGroup;
    return group === undefined ? { dropped } : { dropped, group };
  }

  admitRun(policy: PolicyConfig, msg: { keyId: string; requestId: string; fileId: string; endpoint?: string; solved?: SolvedPuzzle; webhook?: WebhookTarget }): Decision {
    IO.objectCalls++;
    const nowMs = Date.now();
    const d = this.engine.admitRun(policy, { ...msg, nowMs });
    this.touch(policy, nowMs);
    this.save();
    this.notify(msg.keyId, d, nowMs, msg.webhook);
    return d;
  }

  /** Mark the key verified until `untilMs` (null: not verified). */
  setVerified(untilMs: number | null): void {
    this.engine.setVerified(untilMs ?? undefined);
    this.save();
  }

  /** Admit a batch upload as a whole, or (decide: false) feed one chunk of it to detection. */
  admitBatch(policy: PolicyConfig, msg: BatchAdmitMessage): Decision | undefined {
    IO.objectCalls++;
    const nowMs = Date.now();
    const d = this.engine.admitBatch(policy, { ...msg, nowMs });
    this.touch(policy, nowMs);
    // a batch's inner requests report to the linkage shards as direct requests do (one report per
    // call at most, the schedule read after its requests: red team R7-1)
    const last = msg.signals[msg.signals.length - 1];
    const reports = last && policy.detection.mode !== "off" ? this.engine.linkReports(last, msg.keyId, nowMs) : [];
    this.save();
    if (reports.length > 0) this.ctx.waitUntil(this.link(reports, shardIdleMs(policy)));
    if (d) this.notify(msg.keyId, d, nowMs, msg.webhook);
    return d;
  }

  /** Tell the registry shards about this key and fold their answers in (off the hot path), then
   *  store the key once for all of them (not once per shard). */
  private async link(reports: LinkReport[], shardIdle: number): Promise<void> {
    let applied = 0;
    for (const r of reports) {
      try {
        IO.shardCalls++;
        const view = await this.env.LINK_REGISTRY.getByName(r.shard).observe(r, shardIdle);
        if (!viewMatters(view)) continue;
        this.engine.applyLinkView(view, Date.now());
        applied++;
      } catch (e) {
        logEvent({ evt: "link_failed", shard: r.shard, error: String(e) });
      }
    }
    if (applied > 0) this.save();
  }

  /** Settle a served request with its real usage. */
  settle(policy: PolicyConfig, msg: SettleMessage): void {
    IO.objectCalls++;
    const nowMs = Date.now();
    this.engine.settle(policy, { ...msg, nowMs });
    this.touch(policy, nowMs);
    const reports = msg.askedKeyId !== undefined ? this.engine.askedReports(policy, msg.askedKeyId, msg.originStatus, nowMs) : [];
    this.save();
    if (reports.length > 0) this.ctx.waitUntil(this.link(reports, shardIdleMs(policy)));
  }

  /** Idle expiry: forget everything but what an admin set (override, list entry, verification),
   *  unless activity since the alarm was set moved the expiry (then sleep until the new time). */
  override async alarm(): Promise<void> {
    const nowMs = Date.now();
    const step = alarmStep(this.engine.snap.exp, nowMs, UNCOMPUTED_RETRY_MS);
    if (step.kind === "wait") {
      this.alarmAt = step.atMs;
      await this.ctx.storage.setAlarm(step.atMs);
      return;
    }
    const kept = keptAfterExpiry(this.engine.snap, nowMs);
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
    this.alarmAt = null;
    IO.rowsWritten += 2;
    if (kept) {
      this.ctx.storage.kv.put(SNAPSHOT_KEY, kept);
      IO.rowsWritten++;
      // batches it may fetch are kept until the oldest ages out (keptAfterExpiry's exp)
      if (kept.exp) {
        this.alarmAt = kept.exp;
        await this.ctx.storage.setAlarm(kept.exp);
        IO.rowsWritten++;
      }
    }
    this.engine = quietEngine(decodeSnapshot(kept).snap);
    logEvent({ evt: "key_state_expired", object: this.ctx.id.toString(), keptOverride: kept?.override !== undefined, keptList: kept?.list ?? null, keptVerified: kept?.verifiedUntilMs !== undefined });
  }

  inspect(policy: PolicyConfig) {
    return this.engine.inspect(policy, Date.now());
  }

  /** Set the override; the batch group it replaces (if any) and the batches the key may fetch
   *  (for its new group, if it names one). */
  setOverride(o: KeyOverride): { previousGroup?: string; outputs: OutputRecord[] } {
    const previousGroup = this.engine.snap.override?.batchGroup;
    this.engine.snap.override = o;
    this.save();
    // (its model input files too: a key joining a group shares the documents it uploaded before,
    // as its batches, red team R81-4)
    const now = Date.now();
    const outputs = o.batchGroup !== undefined ? [...this.engine.outputRecords(now), ...this.engine.inputRecords(now)] : [];
    return previousGroup === undefined ? { outputs } : { previousGroup, outputs };
  }

  /** Clear the override: whether there was one, and the batch group it named. */
  clearOverride(): { had: boolean; previousGroup?: string } {
    const had = this.engine.snap.override !== undefined;
    const previousGroup = this.engine.snap.override?.batchGroup;
    delete this.engine.snap.override;
    this.save();
    return previousGroup === undefined ? { had } : { had, previousGroup };
  }

  setList(list: "allow" | "deny"): void {
    this.engine.snap.list = list;
    this.save();
  }

  /** Take the key off `list`; false (and nothing changed) when it is not on that list. */
  removeFromList(list: "allow" | "deny"): boolean {
    if (this.engine.snap.list !== list) return false;
    delete this.engine.snap.list;
    this.save();
    return true;
  }

  reset(): void {
    this.engine.reset();
    this.save();
  }
}
