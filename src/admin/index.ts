/**
 * Admin API (Bearer GUARD_ADMIN_TOKEN, constant-time compared): find a key's keyId, read its
 * state, set/clear overrides, reset counters, manage allow/deny lists. Answers are JSON; errors
 * use the OpenAI envelope. Raw keys are accepted only in a POST body and never echoed.
 */
import { Hono } from "hono/tiny";
import { parseOverride } from "../config/index.ts";
import { MAX_OUTPUTS, type OutputRecord } from "../engine/key-engine.ts";
import { KEY_ID_PATTERN, MAX_KEY_LENGTH, keyIdFor, timingSafeEqualStrings } from "../identity/index.ts";
import { ioSnapshot } from "../observability/io.ts";
import { logEvent } from "../observability/log.ts";
import { GuardError } from "../proxy/errors.ts";
import type { AppEnv } from "../proxy/handler.ts";
import { parseJsonObject, readBody } from "../proxy/request.ts";
import type { ListName } from "../state/list-index.ts";

/** Admin bodies are small; anything larger is refused before it is read. */
const MAX_ADMIN_BODY_BYTES = 16 * 1024;

async function jsonBody(req: Request): Promise<Record<string, unknown>> {
  return parseJsonObject(await readBody(req, MAX_ADMIN_BODY_BYTES));
}

/** A body's fields beyond `known` are refused, naming the first (default deny: a misspelt field,
 *  `{"day": 90}`, is never read as a request that asked for nothing; red team R89). */
function onlyFields(body: Record<string, unknown>, known: readonly string[], shape: string): void {
  const extra = Object.keys(body).find((k) => !known.includes(k));
  if (extra !== undefined) throw new GuardError("invalid_request", `Unknown field '${extra}': the body must be ${shape}.`, { param: extra });
}

function keyIdParam(raw: string | undefined): string {
  if (!raw || !KEY_ID_PATTERN.test(raw)) {
    throw new GuardError("invalid_request", "Not a keyId: expected k_ followed by 32 hex digits (POST /admin/keys/lookup finds one).", { param: "keyId" });
  }
  return raw;
}

function listParam(raw: string | undefined): ListName {
  if (raw !== "allow" && raw !== "deny") throw new GuardError("not_found", "Unknown list: use 'allow' or 'deny'.");
  return raw;
}

export function adminApp(): Hono<AppEnv> {
  const admin = new Hono<AppEnv>();

  admin.use("*", async function adminAuth(c, next) {
    const auth = c.req.header("authorization") ?? "";
    const m = /^Bearer[ \t]+(.+)$/i.exec(auth.trim());
    const ok = m ? await timingSafeEqualStrings(m[1]!, c.get("config").adminToken) : false;
    if (!ok) {
      logEvent({ evt: "admin_auth_failed", path: new URL(c.req.url).pathname, presented: m ? "wrong" : "missing" });
      throw new GuardError("unauthorized", "Admin API: missing or wrong bearer token.", { headers: { "WWW-Authenticate": 'Bearer realm="guard-admin"' } });
    }
    await next();
  });

  admin.post("/keys/lookup", async (c) => {
    const body = await jsonBody(c.req.raw);
    onlyFields(body, ["key"], '{"key": "<api key>"}');
    const key = body.key;
    if (typeof key !== "string" || key === "" || key.length > MAX_KEY_LENGTH) {
      throw new GuardError("invalid_request", "Body must be {\"key\": \"<api key>\"}.", { param: "key" });
    }
    return c.json({ keyId: await keyIdFor(key, c.get("config").keySecret) });
  });

  const stub = (c: { env: AppEnv["Bindings"] }, keyId: string) => c.env.KEY_GUARD.getByName(keyId);

  // Durable Object traffic counted in this isolate since it started (src/observability/io.ts).
  admin.get("/io", (c) => c.json(ioSnapshot()));

  admin.get("/keys/:keyId", async (c) => {
    const keyId = keyIdParam(c.req.param("keyId"));
    return c.json({ keyId, ...(await stub(c, keyId).inspect(c.get("config").policy)) });
  });

  admin.put("/keys/:keyId/overrides", async (c) => {
    const keyId = keyIdParam(c.req.param("keyId"));
    const o = parseOverride(await jsonBody(c.req.raw), c.get("config").policy);
    if (!o.ok) throw new GuardError("invalid_request", `Invalid override: ${o.problem.field} ${o.problem.message}.`, { param: o.problem.field });
    const r = await stub(c, keyId).setOverride(o.value);
    // the key's batches move with it: out of the group it leaves, into the one it joins (those it
    // created before it joined too: a rotation the operator groups after the fact, red team R9-5)
    if (r.previousGroup !== undefined && r.previousGroup !== o.value.batchGroup) await c.env.BATCH_GROUP.getByName(r.previousGroup).forget(keyId);
    if (o.value.batchGroup !== undefined) await c.env.BATCH_GROUP.getByName(o.value.batchGroup).record(keyId, r.outputs);
    logEvent({ evt: "admin_override_set", keyId });
    return c.json({ keyId, override: o.value });
  });

  admin.delete("/keys/:keyId/overrides", async (c) => {
    const keyId = keyIdParam(c.req.param("keyId"));
    const r = await stub(c, keyId).clearOverride();
    if (r.previousGroup !== undefined) await c.env.BATCH_GROUP.getByName(r.previousGroup).forget(keyId);
    logEvent({ evt: "admin_override_cleared", keyId });
    return c.json({ keyId, cleared: r.had });
  });

  // Move the batches (and output files) a key may fetch to another key: a rotation without a
  // batch group (red team R9-5). Copied first, then forgotten: a failure in between leaves both
  // keys able to fetch, never neither.
  admin.post("/keys/:keyId/batches/move", async (c) => {
    const keyId = keyIdParam(c.req.param("keyId"));
    const body = await jsonBody(c.req.raw);
    onlyFields(body, ["to", "ids"], '{"to": "<keyId>"} (optionally with "ids": [batch or file ids])');
    if (typeof body.to !== "string" || !KEY_ID_PATTERN.test(body.to) || body.to === keyId) {
      throw new GuardError("invalid_request", "Body must be {\"to\": \"<keyId>\"} naming another key (optionally with \"ids\": [batch or file ids]).", { param: "to" });
    }
    const to = body.to;
    const ids = body.ids;
    if (ids !== undefined && !(Array.isArray(ids) && ids.length <= MAX_OUTPUTS && ids.every((i) => typeof i === "string" && i !== "" && i.length <= 256))) {
      throw new GuardError("invalid_request", `ids must be an array of at most ${MAX_OUTPUTS} batch or file ids.`, { param: "ids" });
    }
    const held = (await stub(c, keyId).outputRecords(ids as string[] | undefined)) as unknown as { outputs: OutputRecord[]; inputs: OutputRecord[] };
    const records = [...held.outputs, ...held.inputs];
    if (records.length === 0) return c.json({ keyId, to, moved: 0 });
    const toGroup = await stub(c, to).adoptOutputs(held);
    const moved = records.map(([id]) => id);
    const from = await stub(c, keyId).dropOutputs(moved);
    if (from.group !== undefined) await c.env.BATCH_GROUP.getByName(from.group).forget(keyId, moved);
    if (toGroup !== undefined) await c.env.BATCH_GROUP.getByName(toGroup).record(to, records);
    logEvent({ evt: "admin_batches_moved", keyId, to, moved: records.length });
    return c.json({ keyId, to, moved: records.length });
  });

  admin.put("/keys/:keyId/verified", async (c) => {
    const keyId = keyIdParam(c.req.param("keyId"));
    const body = await jsonBody(c.req.raw);
    onlyFields(body, ["days"], '{"days": <1..3650>}');
    const days = body.days;
    if (!Number.isSafeInteger(days) || (days as number) < 1 || (days as number) > 3650) {
      throw new GuardError("invalid_request", "Body must be {\"days\": <1..3650>}: how long the key stays verified.", { param: "days" });
    }
    const untilMs = Date.now() + (days as number) * 86_400_000;
    await stub(c, keyId).setVerified(untilMs);
    logEvent({ evt: "admin_verified", keyId, days: days as number });
    return c.json({ keyId, verifiedUntil: new Date(untilMs).toISOString() });
  });

  admin.delete("/keys/:keyId/verified", async (c) => {
    const keyId = keyIdParam(c.req.param("keyId"));
    await stub(c, keyId).setVerified(null);
    logEvent({ evt: "admin_unverified", keyId });
    return c.json({ keyId, verifiedUntil: null });
  });

  admin.post("/keys/:keyId/reset", async (c) => {
    const keyId = keyIdParam(c.req.param("keyId"));
    await stub(c, keyId).reset();
    logEvent({ evt: "admin_reset", keyId });
    return c.json({ keyId, reset: true });
  });

  admin.get("/lists/:list", async (c) => {
    const list = listParam(c.req.param("list"));
    const limitRaw = c.req.query("limit") ?? "100";
    if (!/^\d+$/.test(limitRaw) || Number(limitRaw) < 1 || Number(limitRaw) > 1000) {
      throw new GuardError("invalid_request", "limit must be an integer from 1 to 1000.", { param: "limit" });
    }
    const cursor = c.req.query("cursor") ?? null;
    const entries = await c.env.LIST_INDEX.getByName("lists").list(list, cursor, Number(limitRaw));
    const last = entries[entries.length - 1];
    return c.json({ list, entries, nextCursor: entries.length === Number(limitRaw) && last ? last.keyId : null });
  });

  admin.put("/lists/:list/:keyId", async (c) => {
    const list = listParam(c.req.param("list"));
    const keyId = keyIdParam(c.req.param("keyId"));
    let note: string | null = null;
    if (c.req.header("content-length") !== "0" && c.req.raw.body) {
      const text = new TextDecoder().decode(await readBody(c.req.raw, MAX_ADMIN_BODY_BYTES));
      if (text.trim() !== "") {
        const body = parseJsonObject(new TextEncoder().encode(text));
        onlyFields(body, ["note"], '{} or {"note": "<why>"}');
        if (body.note !== undefined && (typeof body.note !== "string" || body.note.length > 500)) {
          throw new GuardError("invalid_request", "note must be a string of at most 500 characters.", { param: "note" });
        }
        note = (body.note as string | undefined) ?? null;
      }
    }
    // The key's own object is authoritative (read on the hot path); the index is for listing.
    await stub(c, keyId).setList(list);
    await c.env.LIST_INDEX.getByName("lists").put(keyId, list, note);
    logEvent({ evt: "admin_list_put", keyId, list });
    return c.json({ keyId, list, note });
  });

  admin.delete("/lists/:list/:keyId", async (c) => {
    const list = listParam(c.req.param("list"));
    const keyId = keyIdParam(c.req.param("keyId"));
    // Check and removal in one call to the key's object, so a concurrent change cannot slip between.
    if (!(await stub(c, keyId).removeFromList(list))) return c.json({ keyId, list, removed: false });
    await c.env.LIST_INDEX.getByName("lists").remove(keyId);
    logEvent({ evt: "admin_list_delete", keyId, list });
    return c.json({ keyId, list, removed: true });
  });

  return admin;
}
