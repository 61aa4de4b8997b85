/** Suite h: helpers shared by the honest and harvesting scenarios. */
import type { Req } from "./api.ts";
import { type Curve, type Net, NETS, PROXY_POOL, type Rng, type Sink, T0, T1, drawTime, ipIn, ipv6 } from "./lib.ts";

export interface Where {
  ip: string;
  net: Net;
}

export function at(r: Rng, netName: string): Where {
  const net = NETS[netName];
  if (!net) throw new Error(`no net ${netName}`);
  return { ip: ipIn(r, net), net };
}

/** A service's fixed egress addresses (NAT gateways) in one or more cloud regions. */
export function egress(r: Rng, netNames: string[], perNet: number): Where[] {
  const out: Where[] = [];
  for (const n of netNames) for (let i = 0; i < perNet; i++) out.push(at(r, n));
  return out;
}

/** One rented residential exit, optionally restricted to some networks. */
export function proxyExit(r: Rng, only?: string[]): Where {
  const pool = only ? PROXY_POOL.filter(([n]) => only.includes(n)) : PROXY_POOL;
  const name = r.wpick(pool.length ? pool : PROXY_POOL);
  const net = NETS[name];
  if ((name === "telekom" || name === "comcast" || name === "vodafone_de") && r.chance(0.15)) {
    const pfx = name === "telekom" ? "2003:e8" : name === "comcast" ? "2601:647" : "2a02:8108";
    return { ip: ipv6(r, `${pfx}:${r.hex(4)}`), net };
  }
  return { ip: ipIn(r, net), net };
}

export function send(sink: Sink, scenario: string, t: number, key: string, w: Where | undefined, req: Req): void {
  sink.emit(scenario, { ts: t, key, path: req.path, body: req.body, usage: req.usage, response_id: req.response_id, method: req.method, results: req.results }, w);
}

/** Session start times following the mixture of local-time curves. */
export function starts(r: Rng, n: number, mix: readonly (readonly [Curve, number, number])[], from = T0, to = T1): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(drawTime(r, mix, from, to));
  return out.sort((a, b) => a - b);
}

export const COUNTRY_TZ: Record<string, number> = {
  US: -6, DE: 1, FR: 1, GB: 0, ES: 1, IT: 1, NL: 1, PL: 1, TR: 3, VN: 7, ID: 7, SA: 3, EG: 2, KE: 3, TZ: 3, TH: 7, IN: 5.5, JP: 9, KR: 9, BR: -3, MX: -6, PH: 8, SG: 8, HK: 8, CH: 1, SE: 1,
};
