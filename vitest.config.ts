import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

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
