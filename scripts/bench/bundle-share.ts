/**
 * What the Worker bundle's gzipped size is made of: for each source folder (and the largest
 * files), how much smaller the gzipped bundle gets when that source's output bytes are left out
 * (attributed through the bundle's source map). Reads dist/index.js and its map, as `npm run
 * build` writes them. Shares do not add up exactly: gzip compresses sources against each other.
 *
 *   npm run build && node scripts/node22.mjs scripts/bench/bundle-share.ts [files to list]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "../lib/guard-harness.ts";

const topFiles = Number(process.argv[2] ?? 15);
const js = readFileSync(join(ROOT, "dist/index.js"), "utf8");
const map = JSON.parse(readFileSync(join(ROOT, "dist/index.js.map"), "utf8")) as { sources: string[]; mappings: string };

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** Decode one source map segment (base64 VLQ) into its numbers. */
function vlq(seg: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of seg) {
    const d = B64.indexOf(ch);
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

// owner[i]: index in map.sources of the source that produced output character i (-1: none)
const owner = new Int32Array(js.length).fill(-1);
const lines = js.split("\n");
let lineStart = 0;
let source = 0;
const mapLines = map.mappings.split(";");
for (let l = 0; l < lines.length; l++) {
  const segs = (mapLines[l] ?? "").split(",").filter((s) => s !== "");
  let col = 0;
  const marks: { col: number; src: number }[] = [];
  for (const s of segs) {
    const f = vlq(s);
    col += f[0]!;
    if (f.length >= 4) source += f[1]!;
    // only the output column and the source index matter here (not the source line/column/name)
    marks.push({ col, src: f.length >= 4 ? source : -1 });
  }
  for (let i = 0; i < marks.length; i++) {
    const end = i + 1 < marks.length ? marks[i + 1]!.col : lines[l]!.length;
    owner.fill(marks[i]!.src, lineStart + marks[i]!.col, lineStart + end);
  }
  lineStart += lines[l]!.length + 1;
}

const full = gzipSync(js, { level: 9 }).length;
const without = (drop: (src: number) => boolean): number => {
  let rest = "";
  let from = 0;
  for (let i = 0; i <= js.length; i++) {
    const dropped = i < js.length && owner[i]! >= 0 && drop(owner[i]!);
    if (dropped || i === js.length) {
      if (from < i) rest += js.slice(from, i);
      from = i + 1;
    }
  }
  return full - gzipSync(rest, { level: 9 }).length;
};
const name = (src: string) => src.replace(/^.*?node_modules\//, "npm:").replace(/^.*?src\//, "src/");
const group = (src: string) => (src.includes("node_modules/") ? "npm:" + src.replace(/^.*?node_modules\//, "").split("/")[0] : name(src).split("/").slice(0, 2).join("/"));
const kib = (n: number) => (n / 1024).toFixed(2).padStart(6) + " KiB";

console.log(`bundle: ${kib(js.length)} minified, ${kib(full)} gzipped (level 9)\n\ngzipped KiB saved by leaving out`);
const groups = [...new Set(map.sources.map(group))];
const g = groups.map((x) => [x, without((s) => group(map.sources[s]!) === x)] as const).sort((a, b) => b[1] - a[1]);
for (const [x, n] of g) console.log(`${kib(n)}  ${x}`);
console.log(`\nlargest files`);
const f = map.sources.map((s, i) => [name(s), without((x) => x === i)] as const).sort((a, b) => b[1] - a[1]);
for (const [x, n] of f.slice(0, topFiles)) console.log(`${kib(n)}  ${x}`);
