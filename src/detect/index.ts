/**
 * Detection core contract (stub; filled in by later commits). Pure: no clock, no randomness.
 */
import type { Action, RouteKind, Standing, Usage, NetMeta } from "../policy/types.ts";

/** Text view of one request, built from the parsed JSON body. Raw text lives only in memory. */
export interface PromptView {
  route: RouteKind;
  system: string;
  turns: { role: "user" | "assistant" | "tool"; text: string }[];
  params: {
    maxTokens?: number; n?: number; logprobs?: boolean; topLogprobs?: number;
    logitBias?: boolean; temperature?: number; topP?: number; stream?: boolean;
  };
}

export function buildPromptView(route: RouteKind, _body: Record<string, unknown>): PromptView {
  return { route, system: "", turns: [], params: {} };
}

export type RequestSignals = { v: 1 };
export function extractSignals(_view: PromptView, _net: NetMeta): RequestSignals {
  return { v: 1 };
}

export type DetectState = { v: 1; standing: Standing; n: number };
export function newDetectState(): DetectState {
  return { v: 1, standing: "allow", n: 0 };
}
export function observeRequest(st: DetectState, _sig: RequestSignals, _nowMs: number): void {
  st.n++;
}
export function observeOutcome(_st: DetectState, _action: Action, _served: boolean, _nowMs: number): void {}
export function observeUsage(_st: DetectState, _usage: Usage, _nowMs: number): void {}

export interface DetectionConfig {
  mode: "enforce" | "shadow" | "off";
  throttleFactor: number;
}
export const DEFAULT_DETECTION_CONFIG: DetectionConfig = { mode: "enforce", throttleFactor: 0.25 };
export function parseDetectionConfig(
  _raw: unknown,
): { ok: true; value: DetectionConfig } | { ok: false; field: string; message: string } {
  return { ok: true, value: { ...DEFAULT_DETECTION_CONFIG } };
}

export interface Assessment { score: number; reasons: string[]; standing: Standing }
export function assess(st: DetectState, _nowMs: number, _cfg: DetectionConfig): Assessment {
  return { score: 0, reasons: [], standing: st.standing };
}

export type LinkReport = { shard: string };
export function linkReports(_st: DetectState, _sig: RequestSignals, _keyId: string, _nowMs: number): LinkReport[] {
  return [];
}
export type RegistryState = { v: 1 };
export function newRegistryState(): RegistryState {
  return { v: 1 };
}
export type LinkView = { shard: string };
export function registryObserve(_reg: RegistryState, report: LinkReport, _nowMs: number): LinkView {
  return { shard: report.shard };
}
export function applyLinkView(_st: DetectState, _view: LinkView, _nowMs: number): void {}
