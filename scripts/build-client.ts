/**
 * npm run build (second step): bundles the client helper (src/client/index.ts, with the puzzle code
 * it uses) into dist/client/index.js, one self-contained ES module for Node >= 20 and browsers.
 * package.json exports it as `llm-edge-guard/client`.
 */
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export async function buildClient(outfile = join(root, "dist/client/index.js")): Promise<string> {
  await build({
    entryPoints: [join(root, "src/client/index.ts")],
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    outfile,
    legalComments: "none",
    logLevel: "warning",
  });
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`client helper: ${await buildClient()}`);
}
