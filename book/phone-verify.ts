/**
 * Proving a phone number with a one-time SMS code, for a booking or a ticket from the phone:
 * the number, the code, who it was sent to, and the resend countdown the server asks for.
 * Made by `createPhoneVerify`; no DOM here.
 */
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { ApiError, errorCodeOf, type call } from '../ui/api.js';
import type { Clock } from '../kiosk/clock.js';
import type { Refusal } from './refusals.js';

export type CodePurpose = 'booking' | 'remote-ticket';

/** The server's own pattern (contract/routes-bookings.ts Phone): caught here before a round trip. */
export const MOBILE = /^1[3-9]\d{9}$/;
export const CODE = /^\d{6}$/;

/** 13812341234 → 138****1234, as the server masks it. */
export const maskPhone = (phone: string): string => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

export interface PhoneVerify {
  phone: Signal<string>;
  code: Signal<string>;
  /** The masked number the last code went to; null before one was sent. */
  sentTo: Signal<string | null>;
  sending: Signal<boolean>;
  /** Seconds until another code may be asked for (0: now). */
  resendIn: ReadonlySignal<number>;
  refusal: Signal<Refusal | null>;
  sendCode(): Promise<void>;
  /** The number and code look complete: the form may be sent. */
  ready: ReadonlySignal<boolean>;
  close(): void;
}

export interface PhoneVerifyDeps {
  call: typeof call;
  clock: Pick<Clock, 'now' | 'every'>;
  purpose: CodePurpose;
}

export const refusalOf = (e: unknown): Refusal => ({ code: errorCodeOf(e), message: e instanceof ApiError ? e.message : '' });

export function createPhoneVerify(deps: PhoneVerifyDeps): PhoneVerify {
  const phone = signal('');
  const code = signal('');
  const sentTo = signal<string | null>(null);
  const sending = signal(false);
  const refusal = signal<Refusal | null>(null);
  const resendAt = signal(0);
  const now = signal(deps.clock.now());
  let stopTicking = () => {};

  // Ticks once a second only while the countdown runs: an idle page costs nothing.
  const countDown = (seconds: number) => {
    stopTicking();
    now.value = deps.clock.now();
    resendAt.value = now.value + seconds * 1000;
    stopTicking = deps.clock.every(1000, () => {
      now.value = deps.clock.now();
      if (now.value >= resendAt.value) stopTicking();
    });
  };

  return {
    phone, code, sentTo, sending, refusal,
    resendIn: computed(() => Math.max(0, Math.ceil((resendAt.value - now.value) / 1000))),
    ready: computed(() => MOBILE.test(phone.value.trim()) && CODE.test(code.value.trim())),
    async sendCode() {
      const number = phone.value.trim();
      if (!MOBILE.test(number)) {
        refusal.value = { code: 'phone-invalid', message: '' };
        return;
      }
      sending.value = true;
      try {
        const sent = await deps.call('POST /api/phone-codes', { body: { phone: number, purpose: deps.purpose } });
        sentTo.value = maskPhone(number);
        refusal.value = null;
        countDown(sent.resendAfterSec);
      } catch (e) {
        refusal.value = refusalOf(e);
      } finally {
        sending.value = false;
      }
    },
    close: () => stopTicking(),
  };
}
