/**
 * Tells the provider when a key is first degraded, challenged or blocked, so a person can reach
 * out (verify the key, or allow-list a product whose answers degrade cuts). The body is signed like Stripe's: header `x-guard-signature: t=<unix s>,v1=<hex
 * HMAC-SHA-256(secret, "<t>.<body>")>`; the receiver recomputes it and checks `t` is recent.
 * Delivery is retried with exponential backoff on network errors, 408, 429 and 5xx. The event
 * carries the keyId and the detector's reasons, never a raw key or prompt text. Pure: fetch and
 * sleep are parameters.
 */

export const SIGNATURE_HEADER = "x-guard-signature";

export interface WebhookEvent {
  type: "key.degraded" | "key.challenged" | "key.blocked";
  keyId: string;
  standing: "degrade" | "challenge" | "block";
  score: number;
  reasons: string[];
  /** ISO time of the decision. */
  at: string;
}

const enc = new TextEncoder();

function hex(buf: ArrayBuffer): string {
  let s = "";
  for (const b of new Uint8Array(buf)) s += b.toString(16).padStart(2, "0");
  return s;
}

export async function webhookSignature(secret: string, body: string, unixSeconds: number): Promise<string> {
  const key = await crypto.subtle.importKey("raw", enc.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return `t=${unixSeconds},v1=${hex(await crypto.subtle.sign("HMAC", key, enc.encode(`${unixSeconds}.${body}`)))}`;
}

export interface DeliveryOptions {
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Attempts in all (default 5: now, then after 1, 2, 4 and 8 s). */
  attempts?: number;
  baseDelayMs?: number;
  nowMs?: () => number;
}

export interface DeliveryResult {
  delivered: boolean;
  attempts: number;
  /** Last HTTP status (0: network error). */
  status: number;
}

const retryable = (status: number) => status === 0 || status === 408 || status === 429 || status >= 500;

export async function deliverWebhook(target: { url: string; secret: string }, event: WebhookEvent, opts: DeliveryOptions = {}): Promise<DeliveryResult> {
  const doFetch = opts.fetch ?? fetch;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const attempts = opts.attempts ?? 5;
  const base = opts.baseDelayMs ?? 1000;
  const body = JSON.stringify(event);
  let status = 0;
  for (let i = 1; i <= attempts; i++) {
    const sig = await webhookSignature(target.secret, body, Math.floor((opts.nowMs ?? Date.now)() / 1000));
    try {
      const res = await doFetch(target.url, { method: "POST", headers: { "content-type": "application/json", [SIGNATURE_HEADER]: sig }, body, redirect: "manual" });
      status = res.status;
      await res.body?.cancel().catch(() => {});
    } catch {
      status = 0;
    }
    if (status >= 200 && status < 300) return { delivered: true, attempts: i, status };
    if (!retryable(status) || i === attempts) return { delivered: false, attempts: i, status };
    await sleep(base * 2 ** (i - 1));
  }
  return { delivered: false, attempts, status };
}
