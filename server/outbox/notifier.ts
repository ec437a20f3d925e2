/** How an SMS leaves the hall: a gateway the hall configures, or by default nowhere (recorded only). */
import type { FastifyBaseLogger } from 'fastify';

export interface Notifier {
  /** Resolves once the message is handed over; rejects to have it retried. */
  send(to: string, text: string): Promise<void>;
}

export interface SmsGatewayConfig {
  /** POST JSON { to, text } here (SMS_GATEWAY_URL). */
  url: string;
  /** Sent as `authorization: Bearer <token>` (SMS_GATEWAY_TOKEN). */
  token?: string;
  timeoutMs?: number;
}

/**
 * The default: sends nothing. The outbox row marked delivered is the record (GET /api/outbox
 * shows it); the log line is for whoever watches the console.
 */
export class RecordingNotifier implements Notifier {
  constructor(private readonly log: Pick<FastifyBaseLogger, 'info'>) {}

  async send(to: string, text: string): Promise<void> {
    this.log.info({ sms: { to, text } }, 'SMS recorded, not sent (no SMS_GATEWAY_URL)');
  }
}

/** An HTTP SMS gateway: any 2xx means accepted. */
export class HttpSmsNotifier implements Notifier {
  constructor(private readonly config: SmsGatewayConfig) {}

  async send(to: string, text: string): Promise<void> {
    const res = await fetch(this.config.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.config.token ? { authorization: `Bearer ${this.config.token}` } : {}) },
      body: JSON.stringify({ to, text }),
      redirect: 'manual',
      signal: AbortSignal.timeout(this.config.timeoutMs ?? 5_000),
    });
    await res.body?.cancel();
    if (res.status < 200 || res.status > 299) throw new Error(`SMS gateway answered ${res.status}`);
  }
}
