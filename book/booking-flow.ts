/**
 * Booking one slot of a matter: the free slots by day, the chosen day and time, the visitor's name
 * and verified phone, and the confirmation. A refusal that means "pick again" (full, past the
 * cut-off) fetches the slots again and clears the choice. No DOM here.
 */
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Static } from '@sinclair/typebox';
import type { Booking, BookingSlots } from '../contract/routes-bookings.js';
import type { call } from '../ui/api.js';
import type { Clock } from '../kiosk/clock.js';
import { createPhoneVerify, refusalOf, type PhoneVerify } from './phone-verify.js';
import { PICK_AGAIN, type Refusal } from './refusals.js';

export type BookingDto = Static<typeof Booking>;
export type SlotsDto = Static<typeof BookingSlots>;
export type SlotDay = SlotsDto['days'][number];

export type SlotsLoad = { kind: 'loading' } | { kind: 'ready'; slots: SlotsDto } | { kind: 'failed'; refusal: Refusal };

export interface BookingFlow {
  matterId: Signal<string | null>;
  slots: Signal<SlotsLoad>;
  day: Signal<string | null>;
  /** The chosen day's slots (empty before one is chosen). */
  daySlots: ReadonlySignal<SlotDay['slots']>;
  start: Signal<string | null>;
  name: Signal<string>;
  verify: PhoneVerify;
  submitting: Signal<boolean>;
  refusal: Signal<Refusal | null>;
  canConfirm: ReadonlySignal<boolean>;
  load(matterId: string): Promise<void>;
  pickDay(day: string): void;
  pickSlot(start: string): void;
  confirm(): Promise<BookingDto | null>;
  close(): void;
}

export interface BookingFlowDeps {
  call: typeof call;
  clock: Pick<Clock, 'now' | 'every'>;
}

/** The first day with a free place, else the first day: the visitor starts where they can book. */
function firstUsefulDay(slots: SlotsDto): string | null {
  const free = slots.days.find((d) => d.slots.some((s) => s.free > 0));
  return (free ?? slots.days[0])?.day ?? null;
}

export function createBookingFlow(deps: BookingFlowDeps): BookingFlow {
  const matterId = signal<string | null>(null);
  const slots = signal<SlotsLoad>({ kind: 'loading' });
  const day = signal<string | null>(null);
  const start = signal<string | null>(null);
  const name = signal('');
  const submitting = signal(false);
  const refusal = signal<Refusal | null>(null);
  const verify = createPhoneVerify({ call: deps.call, clock: deps.clock, purpose: 'booking' });

  const daySlots = computed(() => {
    const load = slots.value;
    return load.kind === 'ready' ? load.slots.days.find((d) => d.day === day.value)?.slots ?? [] : [];
  });

  const fetchSlots = async (id: string, keepDay: boolean) => {
    try {
      const got = await deps.call('GET /api/booking/slots', { query: { matterId: id } });
      if (matterId.value !== id) return;
      slots.value = { kind: 'ready', slots: got };
      if (!keepDay || !got.days.some((d) => d.day === day.value)) day.value = firstUsefulDay(got);
    } catch (e) {
      if (matterId.value === id) slots.value = { kind: 'failed', refusal: refusalOf(e) };
    }
  };

  return {
    matterId, slots, day, daySlots, start, name, verify, submitting, refusal,
    canConfirm: computed(() => start.value !== null && day.value !== null && name.value.trim() !== '' && verify.ready.value && !submitting.value),
    async load(id) {
      matterId.value = id;
      slots.value = { kind: 'loading' };
      day.value = null;
      start.value = null;
      refusal.value = null;
      await fetchSlots(id, false);
    },
    pickDay(d) {
      day.value = d;
      start.value = null;
    },
    pickSlot(s) {
      if (daySlots.value.some((x) => x.start === s && x.free > 0)) start.value = s;
      refusal.value = null;
    },
    async confirm() {
      const id = matterId.value;
      if (id === null || day.value === null || start.value === null) return null;
      submitting.value = true;
      try {
        const booking = await deps.call('POST /api/bookings', {
          body: { matterId: id, day: day.value, start: start.value, name: name.value.trim(), phone: verify.phone.value.trim(), phoneCode: verify.code.value.trim() },
        });
        refusal.value = null;
        return booking;
      } catch (e) {
        refusal.value = refusalOf(e);
        if (PICK_AGAIN.includes(refusal.value.code)) {
          start.value = null;
          await fetchSlots(id, true);
        }
        return null;
      } finally {
        submitting.value = false;
      }
    },
    close: () => verify.close(),
  };
}
