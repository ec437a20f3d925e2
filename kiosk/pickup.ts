/**
 * 领取结果 at the kiosk: the visitor types the case number (or the scanner reads the notice's QR
 * code), the kiosk asks the server where the case stands, and either says plainly why there is no
 * ticket (not ready and when it is due, mailed, unknown…) or takes a results ticket through the
 * kiosk's one issuing path (ticketing.ts: idempotency key, device key, retries, printing).
 */
import { computed, effect, signal, untracked, type ReadonlySignal } from '@preact/signals';
import type { CasePublicStatusDto } from '../contract/dto.js';
import { errorCodeOf, type call } from '../ui/api.js';
import { addDigit, caseNumberOf, heldTicketOf } from './pickup-number.js';
import type { KioskState, TicketState } from './state.js';
import type { Ticketing } from './ticketing.js';

/** Why no ticket was issued, as the pickup screen says it. */
export type PickupAnswer =
  /** On its way (received … approved or denied): status and due day. */
  | { kind: 'not-ready'; status: CasePublicStatusDto }
  /** Mailed, or to be mailed: nothing to collect here. */
  | { kind: 'mail'; status: CasePublicStatusDto }
  /** Collected or withdrawn. */
  | { kind: 'closed'; status: CasePublicStatusDto }
  /** The case already has a results ticket in line. */
  | { kind: 'taken'; ticketNumber: string | null }
  /** ref: the number typed; null for a scan (its link carries the tracking capability: not for a public screen). */
  | { kind: 'unknown'; ref: string | null }
  | { kind: 'offline' };

export interface Pickup {
  /** The digits typed after the hall code. */
  digits: ReadonlySignal<string>;
  /** The whole number once enough is typed, else null. */
  typedNumber: ReadonlySignal<string | null>;
  hallCode: ReadonlySignal<string>;
  busy: ReadonlySignal<boolean>;
  answer: ReadonlySignal<PickupAnswer | null>;
  /** From the home screen: a fresh entry screen. */
  open(): void;
  press(key: string): void;
  backspace(): void;
  clear(): void;
  /** 确定: look up what was typed. */
  submit(): Promise<void>;
  /** What the scanner read off the notice (its tracking link, or a case number). */
  scanned(text: string): Promise<void>;
  /** Close the answer and type again. */
  again(): void;
  close(): void;
}

export interface PickupDeps {
  state: KioskState;
  call: typeof call;
  ticketing: Ticketing;
}

/** A scanned case number (a barcode) may be shown back; a scanned link may not. */
const CASE_NUMBER = /^[A-Z0-9]+-\d{8}-\d{3,}$/i;

function answerOf(status: CasePublicStatusDto): PickupAnswer {
  switch (status.status) {
    case 'mailed': return { kind: 'mail', status };
    case 'delivered':
    case 'withdrawn': return { kind: 'closed', status };
    default: return { kind: 'not-ready', status };
  }
}

export function createPickup({ state, call, ticketing }: PickupDeps): Pickup {
  const digits = signal('');
  const busy = signal(false);
  const answer = signal<PickupAnswer | null>(null);
  const hallCode = computed(() => state.catalog.value?.hall.code ?? '');
  /** The ready case whose ticket is being taken: what a refusal of it is about. */
  let taking: CasePublicStatusDto | null = null;
  /** Bumped when the visitor leaves: a late answer must not land on the next visitor's screen. */
  let generation = 0;

  const forget = () => {
    generation++;
    digits.value = '';
    busy.value = false;
    answer.value = null;
    taking = null;
  };
  const stopReset = state.whenVisitorResets(forget);

  /** A refusal of our ticket becomes an answer on this screen, not the generic refusal dialog. */
  const onRefused = (t: Extract<TicketState, { phase: 'refused' }>) => {
    const code = t.code;
    if (code === 'case-ticket-exists') answer.value = { kind: 'taken', ticketNumber: heldTicketOf(t.message) };
    // Ready a moment ago yet refused: the result goes by mail (or the case just moved on).
    else if (code === 'case-not-ready' && taking) answer.value = { kind: 'mail', status: taking };
    else if (code === 'case-not-found') answer.value = { kind: 'unknown', ref: null };
    else return;
    taking = null;
    ticketing.dismissError();
  };
  const stopWatch = effect(() => {
    const t = state.ticket.value;
    if (t.phase === 'refused' && t.request.caseRef !== undefined) untracked(() => onRefused(t));
  });

  const lookUp = async (ref: string, shown: string | null): Promise<void> => {
    if (busy.value || state.ticket.value.phase === 'pending') return;
    const mine = ++generation;
    busy.value = true;
    answer.value = null;
    try {
      const status = await call('GET /api/cases/lookup/:ref', { params: { ref } });
      if (mine !== generation) return;
      if (!status.ready) {
        answer.value = answerOf(status);
        return;
      }
      if (status.deliveryMethod === 'mail') {
        answer.value = { kind: 'mail', status };
        return;
      }
      if (status.ticketNumber !== null) {
        answer.value = { kind: 'taken', ticketNumber: status.ticketNumber };
        return;
      }
      taking = status;
      const priority = state.priority.value;
      ticketing.take({ caseRef: status.number, ...(priority ? { priority } : {}) });
    } catch (e) {
      if (mine !== generation) return;
      answer.value = errorCodeOf(e) === 'case-not-found' ? { kind: 'unknown', ref: shown } : { kind: 'offline' };
    } finally {
      if (mine === generation) busy.value = false;
    }
  };

  const typedNumber = computed(() => caseNumberOf(hallCode.value, digits.value));
  return {
    digits, typedNumber, hallCode, busy, answer,
    open() {
      forget();
      state.navigate({ name: 'pickup' });
    },
    press(key) {
      digits.value = addDigit(digits.value, key);
    },
    backspace() {
      digits.value = digits.value.slice(0, -1);
    },
    clear() {
      digits.value = '';
    },
    async submit() {
      const number = typedNumber.value;
      if (number !== null) await lookUp(number, number);
    },
    async scanned(text) {
      const ref = text.trim();
      await lookUp(ref, CASE_NUMBER.test(ref) ? ref.toUpperCase() : null);
    },
    again() {
      answer.value = null;
      digits.value = '';
    },
    close() {
      generation++;
      stopWatch();
      stopReset();
    },
  };
}
