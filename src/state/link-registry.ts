/**
 * Cross-key linkage registry, sharded: one object per fingerprint shard ("w:<wrapper>",
 * "n:<network>", "a:<asn>"), so no object sees all traffic. Keys report to it at a bounded rate;
 * it answers what it knows about the key's group. State bounded by the detection core.
 */
import { DurableObject } from "cloudflare:workers";
import { type LinkReport, type LinkView, type RegistryState, newRegistryState, registryObserve } from "../detect/index.ts";
import type { Env } from "../env.ts";

const STATE_KEY = "registry";

export class LinkRegistry extends DurableObject<Env> {
  private reg: RegistryState;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.reg = ctx.storage.kv.get<RegistryState>(STATE_KEY) ?? newRegistryState();
  }

  observe(report: LinkReport): LinkView {
    const view = registryObserve(this.reg, report, Date.now());
    this.ctx.storage.kv.put(STATE_KEY, this.reg);
    return view;
  }
}
