import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { unstable_readConfig } from "wrangler";

/**
 * wrangler.toml's policy with two changes: a cold key's settlement leaves at once instead of
 * waiting up to leases.settleDeferMs for the key's next call, and linkage reports leave for their
 * shards at the end of the task instead of a leases.linkBatchMs window. The workers tests wait for
 * every request's background work (waitOnExecutionContext) before the next request, so a deferral
 * would only add its full length to each request (and change the rhythm detection sees: a
 * machine-regular client would look irregular). test/worker/leases.worker.test.ts turns the
 * settlement deferral on; test/worker/link-batch.worker.test.ts the batching window.
 */
function testPolicy(): string {
  const config = unstable_readConfig({ config: "./wrangler.toml" }, { hideWarnings: true });
  const policy = JSON.parse(String(config.vars.GUARD_POLICY ?? "{}")) as Record<string, unknown>;
  policy.leases = { ...(policy.leases as object | undefined), settleDeferMs: 0, linkBatchMs: 0 };
  return JSON.stringify(policy);
}

/**
 * Three suites, one `npm test`:
 * - unit:    pure core (limits, detection, policy) in Node, virtual clocks, exact numbers.
 * - workers: the Worker and its Durable Objects inside workerd (Miniflare), upstream = mock origin.
 * - e2e:     the official openai / @anthropic-ai/sdk clients against a running guard (Miniflare API).
 */
export default defineConfig({
  test: {
    // Decision log lines are printed only for failing tests.
    silent: "passed-only",
    projects: [
      {
        test: { name: "unit", include: ["test/**/*.unit.test.ts"], environment: "node" },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                UPSTREAM_URL: "http://origin.test",
                GUARD_KEY_SECRET: "test-key-secret-0123456789abcdef",
                GUARD_ADMIN_TOKEN: "test-admin-token",
                GUARD_POLICY: testPolicy(),
                // the mock origin's test controls (x-mock-delay-ms, ...) are forwarded like a provider header
                FORWARD_HEADERS: "x-mock-*",
              },
            },
          }),
        ],
        // correctness through Miniflare, not speed: on a loaded 2-core machine a test that sends
        // hundreds of requests through Durable Objects can take far longer than the 5 s default
        test: { name: "workers", include: ["test/**/*.worker.test.ts"], testTimeout: 60_000 },
      },
      {
        test: {
          name: "e2e",
          include: ["test/**/*.e2e.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
