/**
 * First-run secrets: `.dev.vars` is created from `.dev.vars.example` with fresh random values so a
 * fresh clone starts with no manual step and no shared default secret.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const RANDOMIZED = ["GUARD_KEY_SECRET", "GUARD_ADMIN_TOKEN"];

export function parseDevVars(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (m) out[m[1]!] = m[2]!.replace(/^"(.*)"$/, "$1");
  }
  return out;
}

/** Returns the vars and whether the file was just created (then the admin token is new). */
export function ensureDevVars(root: string): { path: string; created: boolean; vars: Record<string, string> } {
  const path = join(root, ".dev.vars");
  if (existsSync(path)) return { path, created: false, vars: parseDevVars(readFileSync(path, "utf8")) };
  const example = readFileSync(join(root, ".dev.vars.example"), "utf8");
  const text = example.replace(/^(\s*)([A-Z_]+)=.*$/gm, (line, indent: string, name: string) =>
    RANDOMIZED.includes(name) ? `${indent}${name}=${randomBytes(32).toString("base64url")}` : line,
  );
  // 0600: the file holds secrets; `wx` refuses to clobber a file created meanwhile.
  writeFileSync(path, text, { mode: 0o600, flag: "wx" });
  return { path, created: true, vars: parseDevVars(text) };
}
