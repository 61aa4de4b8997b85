/** Bindings and vars of the Worker (see wrangler.toml and .dev.vars.example). */
import type { BatchGroup } from "./state/batch-group.ts";
import type { KeyGuard } from "./state/key-guard.ts";
import type { LinkRegistry } from "./state/link-registry.ts";
import type { ListIndex } from "./state/list-index.ts";

export interface Env {
  KEY_GUARD: DurableObjectNamespace<KeyGuard>;
  LINK_REGISTRY: DurableObjectNamespace<LinkRegistry>;
  LIST_INDEX: DurableObjectNamespace<ListIndex>;
  BATCH_GROUP: DurableObjectNamespace<BatchGroup>;
  UPSTREAM_URL: string;
  FAIL_MODE?: string;
  LOG_DECISIONS?: string;
  MAX_BODY_BYTES?: string;
  MAX_BATCH_BYTES?: string;
  TRUST_CLIENT_IP_HEADER?: string;
  FORWARD_HEADERS?: string;
  /** Browser origins allowed to call /v1/* (comma-separated, or "*"); unset: none. */
  CORS_ORIGINS?: string;
  DO_TIMEOUT_MS?: string;
  GUARD_POLICY?: string | object;
  GUARD_KEY_SECRET?: string;
  GUARD_ADMIN_TOKEN?: string;
  ORIGIN_AUTH_TOKEN?: string;
  GUARD_CHALLENGE_SECRET?: string;
  WEBHOOK_URL?: string;
  WEBHOOK_SECRET?: string;
}
