/**
 * Whether this kiosk is trusted by the hall. A paired kiosk holds a device credential and sends it
 * with every ticket: only then does its ticket print, and only then may it offer the green channel.
 * An unpaired kiosk keeps issuing plain tickets and shows a small badge the installer long-presses
 * to enter a pairing code. A page without `?device=` (a phone, a browser) is never a kiosk.
 */
import { signal, type Signal } from '@preact/signals';
import { DEVICE_KEY_HEADER } from '../contract/access.js';
import { ApiError, errorCodeOf, type call } from '../ui/api.js';
import type { Clock } from './clock.js';
import { createDeviceKeyStore } from './device-key.js';
import type { KeyStore } from './idempotency.js';
import { addressWithoutPairCode, pairCodeIn } from './pairing-url.js';
import type { KioskState } from './state.js';

/** Letters and digits of pairing codes: no I, L, O, 0 or 1 to misread. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;

/** none: not a kiosk; checking: asking the server; paired / unpaired: as the server last said. */
export type DeviceState = 'none' | 'checking' | 'paired' | 'unpaired';
export type PairingProblem = 'invalid' | 'rate-limited' | 'network';

export interface PairingForm {
  code: string;
  busy: boolean;
  problem: PairingProblem | null;
}

const CONFIRMATION_MS = 5000;
const CHECK_TIMEOUT_MS = 5000;

/** The page's address, which may carry a one-time pairing code to take off the address bar. */
export interface PageAddress {
  href: string;
  search: string;
  replace(href: string): void;
}

export interface PairingDeps {
  state: KioskState;
  call: typeof call;
  deviceId: string | null;
  /** localStorage: the credential survives reloads and restarts of the kiosk browser. */
  storage: KeyStore | null;
  clock: Clock;
}

export interface Pairing {
  deviceState: Signal<DeviceState>;
  /** The installer's keypad, while open. */
  form: Signal<PairingForm | null>;
  /** "Paired" for a few seconds after pairing, so the installer sees it worked. */
  justPaired: Signal<boolean>;
  /** The credential to send with a ticket request, if this kiosk holds one. */
  key(): string | null;
  /** The server refused the credential (unpaired by the admin, or another kiosk paired as this id). */
  revoked(): void;
  /** Pair with the code in the address if there is one, else check the credential already held. */
  start(address: PageAddress): Promise<void>;
  openForm(): void;
  closeForm(): void;
  typeKey(key: string): void;
  eraseKey(): void;
  submitForm(): Promise<void>;
  close(): void;
}

/** As the keypad shows it: the code's own letters only, no dash or space. */
const normalise = (code: string): string => [...code.toUpperCase()].filter((c) => CODE_ALPHABET.includes(c)).join('').slice(0, CODE_LENGTH);

function problemOf(e: unknown): PairingProblem {
  switch (errorCodeOf(e)) {
    case 'rate-limited':
      return 'rate-limited';
    case 'network':
    case 'internal':
      return 'network';
    default:
      return 'invalid';
  }
}

/** The installer's keypad: typing, erasing and sending a code; `pair` answers with a problem or null. */
function keypad(form: Signal<PairingForm | null>, deviceState: Signal<DeviceState>, pair: (code: string) => Promise<PairingProblem | null>) {
  return {
    openForm() {
      if (deviceState.value !== 'unpaired') return;
      form.value = { code: '', busy: false, problem: null };
    },
    closeForm() {
      form.value = null;
    },
    typeKey(k: string) {
      const f = form.value;
      if (!f || f.busy || f.code.length >= CODE_LENGTH || !CODE_ALPHABET.includes(k)) return;
      form.value = { ...f, code: f.code + k, problem: null };
    },
    eraseKey() {
      const f = form.value;
      if (!f || f.busy) return;
      form.value = { ...f, code: f.code.slice(0, -1), problem: null };
    },
    async submitForm() {
      const f = form.value;
      if (!f || f.busy || f.code.length !== CODE_LENGTH) return;
      form.value = { ...f, busy: true, problem: null };
      const problem = await pair(f.code);
      if (form.value === null) return;
      // A wrong code is cleared for a fresh try; a network failure keeps it to send again.
      form.value = problem === null ? null : { code: problem === 'network' ? f.code : '', busy: false, problem };
    },
  } satisfies Pick<Pairing, 'openForm' | 'closeForm' | 'typeKey' | 'eraseKey' | 'submitForm'>;
}

export function createPairing(deps: PairingDeps): Pairing {
  const { state, deviceId } = deps;
  const deviceState = signal<DeviceState>('none');
  const form = signal<PairingForm | null>(null);
  const justPaired = signal(false);
  const keys = deviceId === null ? null : createDeviceKeyStore(deps.storage, deviceId);
  const cancels = new Set<() => void>();
  const key = () => keys?.get() ?? null;

  const revoked = () => {
    keys?.forget();
    if (deviceId !== null) deviceState.value = 'unpaired';
    // Nobody may go ahead from an untrusted kiosk; the server would refuse it anyway.
    state.priority.value = null;
  };

  const confirmPaired = () => {
    deviceState.value = 'paired';
    justPaired.value = true;
    const cancel = deps.clock.after(CONFIRMATION_MS, () => {
      cancels.delete(cancel);
      justPaired.value = false;
    });
    cancels.add(cancel);
  };

  const pair = async (code: string): Promise<PairingProblem | null> => {
    if (deviceId === null || keys === null) return 'invalid';
    try {
      const credential = await deps.call('POST /api/devices/pair', { body: { deviceId, code } });
      keys.set(credential.key);
      confirmPaired();
      return null;
    } catch (e) {
      return problemOf(e);
    }
  };

  /** Asks the server whether the stored credential still holds; only its "no" forgets it. */
  const verify = async (quiet: boolean): Promise<void> => {
    const held = key();
    if (held === null) {
      deviceState.value = 'unpaired';
      return;
    }
    if (!quiet) deviceState.value = 'checking';
    try {
      await deps.call('GET /api/devices/me', {}, { headers: { [DEVICE_KEY_HEADER]: held }, timeoutMs: CHECK_TIMEOUT_MS });
      deviceState.value = 'paired';
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) revoked();
      // Server unreachable: keep trusting the credential; the next ticket request will tell.
      else deviceState.value = 'paired';
    }
  };

  // A new visitor: close the keypad an installer left open, and notice an unpairing made meanwhile.
  const stopReset = state.whenVisitorResets(() => {
    form.value = null;
    if (deviceState.value === 'paired') void verify(true);
  });

  return {
    deviceState, form, justPaired, key, revoked,
    async start(address) {
      if (deviceId === null) return;
      const code = pairCodeIn(address.search);
      const cleanAddress = addressWithoutPairCode(address.href);
      if (cleanAddress !== null) address.replace(cleanAddress);
      if (code === null) return verify(false);
      deviceState.value = 'checking';
      const problem = await pair(code);
      if (problem === null) return;
      await verify(false);
      // The installer is at the kiosk: show why, and keep the code only if it may still be good.
      form.value = { code: problem === 'network' ? normalise(code) : '', busy: false, problem };
    },
    ...keypad(form, deviceState, pair),
    close() {
      stopReset();
      for (const cancel of cancels) cancel();
      cancels.clear();
    },
  };
}
