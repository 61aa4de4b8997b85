/** Shared plumbing for the workers-runtime tests: the worker, its env, and the mock origin. */
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { vi } from "vitest";
import worker from "../../src/index.ts";
import type { Env } from "../../src/env.ts";
import { handleMockRequest } from "../../src/mock/origin.ts";

export const ORIGIN = "http://origin.test";
export const ADMIN = "test-admin-token";
export const testEnv = env as unknown as Env;

/** Route the worker's outbound fetches to the mock origin; returns the requests it saw. */
export function mockOrigin(handler: (req: Request) => Promise<Response> = handleMockRequest) {
  const seen: Request[] = [];
  const spy = vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const req = new Request(input as RequestInfo, init as RequestInit);
    if (!req.url.startsWith(ORIGIN)) throw new Error(`unexpected outbound fetch to ${req.url}`);
    seen.push(req.clone());
    return handler(req);
  });
  return { seen, spy };
}

/** Call the worker in-process; `settled` resolves once its waitUntil work (settlement) is done. */
export async function call(path: string, init: RequestInit = {}, overrides: Partial<Env> = {}) {
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(`https://guard.test${path}`, init), { ...testEnv, ...overrides }, ctx);
  return { res, settled: () => waitOnExecutionContext(ctx) };
}

let keySeq = 0;
/** A fresh raw API key per test (storage is shared between tests in a file). */
export function newKey(prefix = "sk-test"): string {
  return `${prefix}-${Date.now().toString(36)}-${++keySeq}-${Math.random().toString(36).slice(2)}`;
}

export function chat(key: string, body: Record<string, unknown> = {}, headers: Record<string, string> = {}): RequestInit {
  return {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...headers },
    body: JSON.stringify({ model: "gpt-test", messages: [{ role: "user", content: "Say hello" }], max_tokens: 8, ...body }),
  };
}

export function anthropic(key: string, body: Record<string, unknown> = {}, headers: Record<string, string> = {}): RequestInit {
  return {
    method: "POST",
    headers: { "x-api-key": key, "anthropic-version": "2023-06-01", "content-type": "application/json", ...headers },
    body: JSON.stringify({ model: "claude-test", max_tokens: 8, messages: [{ role: "user", content: "Say hello" }], ...body }),
  };
}

export async function admin(path: string, init: RequestInit = {}) {
  const { res } = await call(`/admin${path}`, {
    ...init,
    headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json", ...(init.headers ?? {}) },
  });
  return res;
}

export async function keyIdOf(key: string): Promise<string> {
  const res = await admin("/keys/lookup", { method: "POST", body: JSON.stringify({ key }) });
  return ((await res.json()) as { keyId: string }).keyId;
}

export async function setOverride(key: string, override: Record<string, unknown>): Promise<string> {
  const keyId = await keyIdOf(key);
  const res = await admin(`/keys/${keyId}/overrides`, { method: "PUT", body: JSON.stringify(override) });
  if (res.status !== 200) throw new Error(`override failed: ${res.status} ${await res.text()}`);
  return keyId;
}

export interface KeyState {
  usage: { name: string; remaining: number; quota: number }[];
  inFlight: number;
  counters: { requests: number; served: number; refused: number; promptTokens: number; completionTokens: number };
  recent: { action: string; served: boolean; cause: string }[];
  detection: { mode: string; standing?: string; score?: number; reasons?: string[] };
  list: string | null;
  override: unknown;
}

export async function stateOf(keyId: string): Promise<KeyState> {
  const res = await admin(`/keys/${keyId}`);
  return (await res.json()) as KeyState;
}

export function remaining(s: KeyState, name: string): number | undefined {
  return s.usage.find((u) => u.name === name)?.remaining;
}
