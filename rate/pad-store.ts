/**
 * The rating pad (评价器) of one window: follows its window in the hall snapshot (number, name,
 * clerk, open or not) and its pad room (the service just finished, with a one-time invitation),
 * and sends the visitor's rating back with that invitation. Reconnects need nothing of ours: the
 * hall socket redraws from a snapshot and the server offers the open invitation again on join.
 */
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { DEVICE_KEY_HEADER } from '../contract/access.js';
import type { RatingLevel, RatingReason } from '../contract/constants.js';
import type { HallSnapshot, WindowDto } from '../contract/dto.js';
import type { RatingRequestedEvent } from '../contract/events.js';
import { isBadRating } from '../common/rating-labels.js';
import { errorCodeOf, type call } from '../ui/api.js';
import { connectHall, type ConnectionState } from '../ui/hall-socket.js';
import { padProblemOf, type PadProblem } from './pad-problem.js';

/** How long the thanks (or a problem line) stays before the pad is idle again. */
export const THANKS_MS = 5000;

/** idle: no service to rate · levels: the five buttons · reasons: the second step of a bad rating. */
export type PadPhase = 'idle' | 'levels' | 'reasons' | 'sending' | 'thanks' | 'problem';

export interface ReasonsForm {
  level: RatingLevel;
  reasons: RatingReason[];
  text: string;
  phone: string;
}

export interface PadTimer {
  after(ms: number, run: () => void): () => void;
}

export interface PadDeps {
  windowNumber: number;
  call: typeof call;
  timer: PadTimer;
  /** The pad's credential (`<deviceId>:<secret>`) in a hall with paired pads. */
  deviceKey?: () => string | null;
  /** Socket.IO base URL; the page's own origin by default. */
  url?: string;
}

export interface PadStore {
  windowNumber: number;
  window: ReadonlySignal<WindowDto | null>;
  /** The hall has answered at least once (before that the page shows nothing yet). */
  loaded: ReadonlySignal<boolean>;
  connection: Signal<ConnectionState>;
  offer: Signal<RatingRequestedEvent | null>;
  phase: Signal<PadPhase>;
  form: Signal<ReasonsForm | null>;
  problem: Signal<PadProblem | null>;
  choose(level: RatingLevel): Promise<void>;
  toggleReason(reason: RatingReason): void;
  setText(text: string): void;
  setPhone(phone: string): void;
  /** From the reasons step back to the five buttons. */
  back(): void;
  submit(): Promise<void>;
  close(): void;
}

export function createPad(deps: PadDeps): PadStore {
  const hall = signal<HallSnapshot | null>(null);
  const connection = signal<ConnectionState>('connecting');
  const offer = signal<RatingRequestedEvent | null>(null);
  const phase = signal<PadPhase>('idle');
  const form = signal<ReasonsForm | null>(null);
  const problem = signal<PadProblem | null>(null);
  const window = computed(() => hall.value?.windows.find((w) => w.number === deps.windowNumber) ?? null);
  const loaded = computed(() => hall.value !== null);
  let cancelTimer: (() => void) | undefined;

  const toIdle = () => {
    cancelTimer?.();
    cancelTimer = undefined;
    offer.value = null;
    form.value = null;
    problem.value = null;
    phase.value = 'idle';
  };
  const idleLater = () => {
    cancelTimer?.();
    cancelTimer = deps.timer.after(THANKS_MS, toIdle);
  };

  const key = deps.deviceKey?.() ?? undefined;
  const socket = connectHall({
    join: key ? { pad: deps.windowNumber, deviceKey: key } : { pad: deps.windowNumber },
    onState: (s) => { hall.value = s; },
    onConnection: (c) => { connection.value = c; },
    ...(deps.url === undefined ? {} : { url: deps.url }),
  });
  socket.socket.on('rating:requested', (event) => {
    if (event.windowNumber !== deps.windowNumber) return;
    // The same invitation again (a reconnect) keeps whatever the visitor is doing.
    if (offer.value?.token === event.token && phase.value !== 'idle') return;
    cancelTimer?.();
    offer.value = event;
    form.value = null;
    problem.value = null;
    phase.value = 'levels';
  });
  socket.socket.on('rating:done', (event) => {
    // Rated on the phone (or replaced): the pad stops offering it. Our own rating's answer decides.
    if (event.ticketNumber !== offer.value?.ticketNumber) return;
    if (phase.value === 'levels' || phase.value === 'reasons') toIdle();
  });

  const send = async (level: RatingLevel, extra: Omit<ReasonsForm, 'level'> | null) => {
    const o = offer.value;
    if (!o || phase.value === 'sending') return;
    phase.value = 'sending';
    const text = extra?.text.trim() ?? '';
    const phone = extra?.phone.trim() ?? '';
    const body = {
      windowNumber: deps.windowNumber, token: o.token, level,
      ...(extra && extra.reasons.length > 0 ? { reasons: extra.reasons } : {}),
      ...(text ? { text } : {}),
      ...(phone ? { phone } : {}),
    };
    const headers: Record<string, string> = key ? { [DEVICE_KEY_HEADER]: key } : {};
    try {
      await deps.call('POST /api/ratings/pad', { body }, { headers });
      problem.value = null;
      phase.value = 'thanks';
      idleLater();
    } catch (e) {
      const p = padProblemOf(errorCodeOf(e));
      problem.value = p;
      if (p.retry) {
        // Nothing was taken: the visitor may try again from where they were.
        phase.value = extra ? 'reasons' : 'levels';
        return;
      }
      phase.value = 'problem';
      idleLater();
    }
  };

  return {
    windowNumber: deps.windowNumber, window, loaded, connection, offer, phase, form, problem,
    async choose(level) {
      if (!offer.value || (phase.value !== 'levels' && phase.value !== 'reasons')) return;
      problem.value = null;
      if (isBadRating(level)) {
        form.value = { level, reasons: form.value?.reasons ?? [], text: form.value?.text ?? '', phone: form.value?.phone ?? '' };
        phase.value = 'reasons';
        return;
      }
      await send(level, null);
    },
    toggleReason(reason) {
      const f = form.value;
      if (!f) return;
      form.value = { ...f, reasons: f.reasons.includes(reason) ? f.reasons.filter((r) => r !== reason) : [...f.reasons, reason] };
    },
    setText(text) {
      if (form.value) form.value = { ...form.value, text: text.slice(0, 500) };
    },
    setPhone(phone) {
      if (form.value) form.value = { ...form.value, phone: phone.replace(/[^\d+-]/g, '').slice(0, 20) };
    },
    back() {
      if (phase.value !== 'reasons') return;
      problem.value = null;
      phase.value = 'levels';
    },
    async submit() {
      const f = form.value;
      if (!f || phase.value !== 'reasons') return;
      await send(f.level, f);
    },
    close() {
      cancelTimer?.();
      socket.close();
    },
  };
}
