/** Corpus loading and the held-out split: tune on even-indexed lines, report on odd ones. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface Item {
  text: string;
  system?: string;
  kind: string;
  template?: string;
}
export interface Conversation {
  turns: { role: "user" | "assistant"; text: string }[];
}
export type Split = "tune" | "test" | "all";

export interface Corpus {
  sharegpt: Item[];
  support: Item[];
  hh: Item[];
  arena: Item[];
  selfinstructUser: Item[];
  mtbench: Item[];
  conversations: Conversation[];
  gsm8k: Item[];
  math500: Item[];
  orcaT0: Item[];
  evol: Item[];
  mmlu: Item[];
  code: Item[];
  genPrompts: Item[];
  seeds: Item[];
}

function keep(i: number, split: Split): boolean {
  return split === "all" || (split === "tune" ? i % 2 === 0 : i % 2 === 1);
}

function readJsonl<T>(dir: string, file: string, split: Split): T[] {
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`corpus file missing: ${path}`);
  const out: T[] = [];
  const lines = readFileSync(path, "utf8").split("\n");
  let i = 0;
  for (const line of lines) {
    if (line.trim() === "") continue;
    if (keep(i++, split)) out.push(JSON.parse(line) as T);
  }
  return out;
}

export function loadCorpus(dir: string, split: Split): Corpus {
  if (!existsSync(dir)) {
    throw new Error(`corpus directory not found: ${dir}\n  pass --corpus DIR (a folder holding benign_*.jsonl and distill_*.jsonl)`);
  }
  const r = <T = Item>(f: string) => readJsonl<T>(dir, f, split);
  return {
    sharegpt: r("benign_sharegpt.jsonl"),
    support: r("benign_customer_support.jsonl"),
    hh: r("benign_hh_harmless_base.jsonl"),
    arena: r("benign_arena_hard.jsonl"),
    selfinstructUser: r("benign_selfinstruct_user_oriented.jsonl"),
    mtbench: r("benign_fastchat_mtbench_vicuna.jsonl"),
    conversations: r<Conversation>("conversations.jsonl"),
    gsm8k: r("distill_gsm8k_cot.jsonl"),
    math500: r("distill_math500_cot.jsonl"),
    orcaT0: r("distill_orca_t0_tasks.jsonl"),
    evol: r("distill_evol_instruct.jsonl"),
    mmlu: r("distill_mmlu_orca.jsonl"),
    code: r("distill_code_humaneval_mbpp.jsonl"),
    genPrompts: r("distill_selfinstruct_alpaca_gen_prompts.jsonl"),
    seeds: r("distill_seed_tasks.jsonl"),
  };
}
