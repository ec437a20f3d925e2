/**
 * 预约签到 at the kiosk: the visitor types the booking code (or the scanner reads the booking's QR
 * code) and the kiosk takes an appointment ticket through its one issuing path (ticketing.ts:
 * idempotency key, device key, retries, printing, the ticket screen). A refusal of the code
 * becomes an answer on this screen in plain words: not found, too early (and when to come back),
 * too late or cancelled (with a way to a normal ticket), already checked in.
 */
import { computed, effect, signal, untracked, type ReadonlySignal } from '@preact/signals';
import { addCodeKey, CODE_LENGTH, opensAtOf, scannedCode } from './checkin-code.js';
import type { KioskState, TicketState } from './state.js';
import type { Ticketing } from './ticketing.js';

export type CheckInAnswer =
  | { kind: 'not-found'; code: string }
  /** opensAt: hall time the check-in opens ("09:30"), with its day when it is not today. */
  | { kind: 'too-early'; opensAt: { day: string | null; time: string } | null }
  | { kind: 'too-late' }
  | { kind: 'used' }
  | { kind: 'cancelled' };

export interface CheckIn {
  /** What is typed so far, in capitals. */
  code: ReadonlySignal<string>;
  /** A whole code is typed: 签到 may be pressed. */
  ready: ReadonlySignal<boolean>;
  /** The check-in request is out. */
  busy: ReadonlySignal<boolean>;
  answer: ReadonlySignal<CheckInAnswer | null>;
  /** From the home screen: a fresh entry screen. */
  open(): void;
  press(key: string): void;
  backspace(): void;
  clear(): void;
  /** 签到: check in what was typed. */
  submit(): void;
  /** What the scanner read off the booking's QR code. */
  scanned(text: string): void;
  /** Close the answer and type again. */
  again(): void;
  /** Too late or cancelled: off to the services to take a normal ticket. */
  normalTicket(): void;
  close(): void;
}

export interface CheckInDeps {
  state: KioskState;
  ticketing: Ticketing;
}

function answerOf(t: Extract<TicketState, { phase: 'refused' }>, code: string): CheckInAnswer | null {
  switch (t.code) {
    case 'appointment-not-found': return { kind: 'not-found', code };
    case 'appointment-too-early': return { kind: 'too-early', opensAt: opensAtOf(t.message) };
    case 'appointment-too-late': return { kind: 'too-late' };
    case 'appointment-used': return { kind: 'used' };
    case 'appointment-cancelled': return { kind: 'cancelled' };
    // Hall-wide refusals (closed queue, rate limit…) keep the kiosk's usual dialog.
    default: return null;
  }
}

export function createCheckIn({ state, ticketing }: CheckInDeps): CheckIn {
  const code = signal('');
  const answer = signal<CheckInAnswer | null>(null);
  const busy = computed(() => {
    const t = state.ticket.value;
    return t.phase === 'pending' && t.request.appointmentCode !== undefined;
  });
  const forget = () => {
    code.value = '';
    answer.value = null;
  };
  const stopReset = state.whenVisitorResets(forget);

  /** Our refusal becomes an answer on this screen, not the generic refusal dialog. */
  const stopWatch = effect(() => {
    const t = state.ticket.value;
    const sent = t.phase === 'refused' ? t.request.appointmentCode : undefined;
    if (t.phase !== 'refused' || sent === undefined) return;
    untracked(() => {
      const a = answerOf(t, sent);
      if (!a) return;
      answer.value = a;
      ticketing.dismissError();
    });
  });

  const checkIn = (appointmentCode: string) => {
    if (state.ticket.value.phase === 'pending') return;
    answer.value = null;
    // Never a green-channel reason: the booking already puts the visitor ahead, and the server refuses both.
    ticketing.take({ appointmentCode });
  };

  return {
    code, answer, busy,
    ready: computed(() => code.value.length === CODE_LENGTH),
    open() {
      forget();
      state.navigate({ name: 'checkin' });
    },
    press(key) {
      code.value = addCodeKey(code.value, key);
    },
    backspace() {
      code.value = code.value.slice(0, -1);
    },
    clear() {
      code.value = '';
    },
    submit() {
      if (code.value.length === CODE_LENGTH) checkIn(code.value);
    },
    scanned(text) {
      const read = scannedCode(text);
      if (read === null) answer.value = { kind: 'not-found', code: '' };
      else {
        code.value = read.slice(0, CODE_LENGTH);
        checkIn(read);
      }
    },
    again: forget,
    normalTicket() {
      forget();
      state.goHome();
    },
    close() {
      stopWatch();
      stopReset();
    },
  };
}
