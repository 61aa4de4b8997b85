/**
 * Runs the real guard Worker through Miniflare's own API (no `wrangler dev` proxy in front, so
 * e2e tests and the bench measure the Worker, not a second workerd hop). The bundle is what
 * `wrangler deploy --dry-run` ships, built once per process; bindings and Durable Object classes
 * come from wrangler.toml so the harness does not drift from the deployed config.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";
import { unstable_readConfig } from "wrangler";
import { handleMockRequest } from "../../src/mock/origin.ts";
import { serveFetch, type FetchHandler, type Served } from "./serve.ts";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * All wrangler/miniflare scratch goes under one temp folder so runs leave nothing in ~/.config or
 * $TMPDIR. It is removed when the last live harness is disposed (vitest workers do not reliably
 * emit "exit"), and at process exit as a fallback.
 */
let scratchDir: string | undefined;
let live = 0;

function scratch(): string {
  scratchDir ??= mkdtempSync(join(tmpdir(), "llm-edge-guard-"));
  return scratchDir;
}

function releaseScratch(): void {
  if (live > 0 || !scratchDir) return;
  rmSync(scratchDir, { recursive: true, force: true });
  scratchDir = undefined;
  builds.clear();
}
process.once("exit", () => {
  if (scratchDir) rmSync(scratchDir, { recursive: true, force: true });
});

function scratchEnv(): NodeJS.ProcessEnv {
  const t = join(scratch(), "tmp");
  mkdirSync(t, { recursive: true });
  return {
    ...process.env,
    XDG_CONFIG_HOME: join(scratch(), "config"),
    TMPDIR: t,
    WRANGLER_SEND_METRICS: "false",
    CLOUDFLARE_CF_FETCH_ENABLED: "false",
    WRANGLER_LOG: process.env.WRANGLER_LOG ?? "warn",
  };
}

/** Run a command, resolve on exit 0, reject with its output otherwise (bounded: 120 s). */
export function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(" ")} exited ${code}:\n${out}`)),
    );
  });
}

const MAX_LOGS = 10_000;

const builds = new Map<string, Promise<string>>();

/** Bundle the Worker with wrangler exactly as `npm run build` does; returns the entry file. */
export function buildWorker(configPath = join(ROOT, "wrangler.toml")): Promise<string> {
  let p = builds.get(configPath);
  if (!p) {
    const outdir = join(scratch(), `dist-${builds.size}`);
    const wrangler = join(ROOT, "node_modules/wrangler/bin/wrangler.js");
    p = run(
      process.execPath,
      [wrangler, "deploy", "--dry-run", "--outdir", outdir, "--config", configPath],
      dirname(configPath),
      scratchEnv(),
    ).then(() => join(outdir, "index.js"));
    builds.set(configPath, p);
  }
  return p;
}

export interface OriginHit {
  method: string;
  path: string;
  at: number;
}

export interface HarnessOptions {
  /** GUARD_POLICY override (object or JSON text); default: the one in wrangler.toml. */
  policy?: unknown;
  /** Extra or overriding vars/secrets (e.g. FAIL_MODE, ORIGIN_AUTH_TOKEN). */
  vars?: Record<string, string>;
  /** Origin handler served on an ephemeral port; default: the mock origin. */
  origin?: FetchHandler;
  /** Use this upstream URL instead of serving an origin. */
  upstreamUrl?: string;
  configPath?: string;
  /** Persist Durable Object storage under this directory (default: in-memory scratch). */
  persistPath?: string;
}

export interface GuardHarness {
  url: string;
  mf: Miniflare;
  adminToken: string;
  keySecret: string;
  /** The origin actually reached by the guard (undefined when upstreamUrl was given). */
  origin?: Served & { hits: OriginHit[] };
  /** Console output of the guard (structured log lines), oldest first, at most MAX_LOGS. */
  logs: string[];
  /** fetch against the admin API with the bearer token set. */
  admin(path: string, init?: RequestInit): Promise<Response>;
  dispose(): Promise<void>;
}

export async function startGuard(opts: HarnessOptions = {}): Promise<GuardHarness> {
  live++;
  try {
    return await startGuardInner(opts);
  } catch (err) {
    live--;
    releaseScratch();
    throw err;
  }
}

async function startGuardInner(opts: HarnessOptions): Promise<GuardHarness> {
  const configPath = opts.configPath ?? join(ROOT, "wrangler.toml");
  const config = unstable_readConfig({ config: configPath }, { hideWarnings: true });
  const scriptPath = await buildWorker(configPath);

  let origin: GuardHarness["origin"];
  let upstream = opts.upstreamUrl;
  if (!upstream) {
    const hits: OriginHit[] = [];
    const handler = opts.origin ?? handleMockRequest;
    const served = await serveFetch((req) => {
      hits.push({ method: req.method, path: new URL(req.url).pathname, at: Date.now() });
      return handler(req);
    });
    origin = { ...served, hits };
    upstream = served.url;
  }

  const adminToken = `admin-${crypto.randomUUID()}`;
  const keySecret = `keysecret-${crypto.randomUUID()}`;
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(config.vars ?? {})) vars[k] = typeof v === "string" ? v : JSON.stringify(v);
  Object.assign(vars, { UPSTREAM_URL: upstream, GUARD_ADMIN_TOKEN: adminToken, GUARD_KEY_SECRET: keySecret, FORWARD_HEADERS: "x-mock-*" });
  if (opts.policy !== undefined) {
    vars.GUARD_POLICY = typeof opts.policy === "string" ? opts.policy : JSON.stringify(opts.policy);
  }
  Object.assign(vars, opts.vars);

  const sqliteClasses = new Set(config.migrations.flatMap((m: { new_sqlite_classes?: string[] }) => m.new_sqlite_classes ?? []));
  const durableObjects: Record<string, { className: string; useSQLite: boolean }> = {};
  for (const b of config.durable_objects.bindings) {
    durableObjects[b.name] = { className: b.class_name, useSQLite: sqliteClasses.has(b.class_name) };
  }

  const logs: string[] = [];
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      host: "127.0.0.1",
      port: 0,
      modules: true,
      scriptPath,
      modulesRoot: dirname(scriptPath),
      compatibilityDate: config.compatibility_date,
      compatibilityFlags: config.compatibility_flags,
      bindings: vars,
      durableObjects,
      resourceTmpPath: join(scratch(), "mf"),
      // workerd's inspector on this port (scripts/bench/profile.ts samples the Worker's CPU through it)
      ...(process.env.GUARD_INSPECT ? { inspectorPort: Number(process.env.GUARD_INSPECT) } : {}),
      ...(opts.persistPath ? { resourcePersistencePath: opts.persistPath } : {}),
      // The guard's log lines are kept for assertions, printed only with GUARD_LOG=1.
      handleStructuredLogs: ({ message }) => {
        if (logs.length < MAX_LOGS) logs.push(message);
        if (process.env.GUARD_LOG === "1") console.log(message);
      },
    }),
  );
  let url: string;
  try {
    url = (await mf.ready).origin;
  } catch (err) {
    await mf.dispose().catch(() => {});
    await origin?.close();
    throw err;
  }
  let disposed = false;
  return {
    url,
    mf,
    adminToken,
    keySecret,
    origin,
    logs,
    admin: (path, init = {}) =>
      fetch(`${url}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json", ...init.headers },
      }),
    async dispose() {
      if (disposed) return;
      disposed = true;
      try {
        await mf.dispose();
        await origin?.close();
      } finally {
        live--;
        releaseScratch();
      }
    },
  };
}
