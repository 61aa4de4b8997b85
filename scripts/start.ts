/**
 * `npm start`: zero set-up local guard. Creates .dev.vars on first run, serves the mock origin on
 * 127.0.0.1:$MOCK_PORT (default 8788) and runs `wrangler dev --local` on 127.0.0.1:$PORT
 * (default 8787) pointed at it. No login, no prompt, no telemetry. Set UPSTREAM_URL to proxy to
 * another origin instead of the mock. Ctrl-C stops everything.
 */
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { handleMockRequest } from "../src/mock/origin.ts";
import { ensureDevVars } from "./lib/dev-vars.ts";
import { serveFetch, type Served } from "./lib/serve.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 8787);
const mockPort = Number(process.env.MOCK_PORT ?? 8788);

const secrets = ensureDevVars(root);
if (secrets.created) {
  console.log(`Created ${secrets.path} with fresh random GUARD_KEY_SECRET and GUARD_ADMIN_TOKEN.`);
  console.log(`Admin token (shown once; it stays in .dev.vars): ${secrets.vars.GUARD_ADMIN_TOKEN}`);
}

let mock: Served | undefined;
let upstream = process.env.UPSTREAM_URL;
if (!upstream) {
  try {
    mock = await serveFetch(handleMockRequest, { port: mockPort, host: "127.0.0.1" });
  } catch (err) {
    console.error(`Cannot start the mock origin on 127.0.0.1:${mockPort} (${String(err)}); set MOCK_PORT.`);
    process.exit(1);
  }
  upstream = mock.url;
}

// vars set in the environment override wrangler.toml's (`GUARD_POLICY='{"defaults":{"tpm":20000}}' npm start`);
// secrets stay in .dev.vars
const PASSED_VARS = ["GUARD_POLICY", "FAIL_MODE", "LOG_DECISIONS", "MAX_BODY_BYTES", "DO_TIMEOUT_MS", "FORWARD_HEADERS", "CORS_ORIGINS", "WEBHOOK_URL"];
const passed = PASSED_VARS.filter((v) => process.env[v] !== undefined && process.env[v] !== "");

const wrangler = spawn(
  process.execPath,
  [
    join(root, "node_modules/wrangler/bin/wrangler.js"),
    "dev", "--local", "--ip", "127.0.0.1", "--port", String(port),
    "--show-interactive-dev-session=false",
    "--var", `UPSTREAM_URL:${upstream}`,
    // the built-in mock origin's test controls (x-mock-*) are forwarded to it
    ...(mock && !passed.includes("FORWARD_HEADERS") ? ["--var", "FORWARD_HEADERS:x-mock-*"] : []),
    ...passed.flatMap((v) => ["--var", `${v}:${process.env[v]}`]),
  ],
  {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
  },
);

for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    if (wrangler.exitCode === null) wrangler.kill(sig);
  });
}

wrangler.on("exit", async (code, signal) => {
  await mock?.close();
  process.exit(code ?? (signal ? 0 : 1));
});

// Banner once the guard answers (any HTTP status counts as up); bounded to 60 s.
const guard = `http://127.0.0.1:${port}`;
for (let i = 0; i < 240 && wrangler.exitCode === null; i++) {
  const up = await fetch(`${guard}/`, { signal: AbortSignal.timeout(1000) }).then(() => true, () => false);
  if (up) {
    console.log(
      [
        "",
        `guard on ${guard} -> ${mock ? `mock origin ${upstream}` : `origin ${upstream}`}`,
        "try:",
        `  curl -s ${guard}/v1/chat/completions -H 'authorization: Bearer sk-test-1' \\`,
        `    -H 'content-type: application/json' -d '{"model":"mock-gpt","messages":[{"role":"user","content":"hi"}]}'`,
        `admin API: Bearer GUARD_ADMIN_TOKEN from ${secrets.path}`,
        "",
      ].join("\n"),
    );
    break;
  }
  await new Promise((r) => setTimeout(r, 250));
}
