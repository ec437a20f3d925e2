/**
 * Whether this kiosk is trusted by the hall. A paired kiosk holds a device credential and sends it
 * with every ticket: only then does its ticket print, and only then may it offer the green channel.
 * An unpaired kiosk keeps issuing plain tickets and shows a small badge the installer long-presses
 * to enter a pairing code. A page without `?device=` (a phone, a browser) is never a kiosk.
 */
import { signal } from '@preact/signals';
import type { DeviceCredentialDto, DeviceSelfDto } from '../contract/dto.js';
import { api, ApiError } from '../ui/api.js';
import { createDeviceKeyStore, type DeviceKeyStore } from './device-key.js';
import { addressWithoutPairCode, pairCodeIn } from './pairing-url.js';
import { priority, whenVisitorResets } from './state.js';

export const DEVICE_KEY_HEADER = 'x-device-key';
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

export const deviceState = signal<DeviceState>('none');
/** The installer's keypad, while open. */
export const pairingForm = signal<PairingForm | null>(null);
/** "Paired" for a few seconds after pairing, so the installer sees it worked. */
export const justPaired = signal(false);

const CONFIRMATION_MS = 5000;
const CHECK_TIMEOUT_MS = 5000;

let deviceId: string | null = null;
let keys: DeviceKeyStore | null = null;

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The credential to send with a ticket request, if this kiosk holds one. */
export function deviceKey(): string | null {
  return keys?.get() ?? null;
}

/** The server refused the credential (unpaired by the admin, or another kiosk paired as this id). */
export function deviceRevoked(): void {
  keys?.forget();
  if (deviceId !== null) deviceState.value = 'unpaired';
  // Nobody may go ahead from an untrusted kiosk; the server would refuse it anyway.
  priority.value = null;
}

/** As the keypad shows it: the code's own letters only, no dash or space. */
const normalise = (code: string): string => [...code.toUpperCase()].filter((c) => CODE_ALPHABET.includes(c)).join('').slice(0, CODE_LENGTH);

function problemOf(e: unknown): PairingProblem {
  const code = e instanceof ApiError ? e.code : 'network';
  if (code === 'rate-limited') return 'rate-limited';
  if (code === 'network' || code === 'internal') return 'network';
  return 'invalid';
}

async function pair(code: string): Promise<PairingProblem | null> {
  if (deviceId === null || keys === null) return 'invalid';
  try {
    const credential = await api<DeviceCredentialDto>('POST', '/api/devices/pair', { deviceId, code });
    keys.set(credential.key);
    deviceState.value = 'paired';
    justPaired.value = true;
    setTimeout(() => { justPaired.value = false; }, CONFIRMATION_MS);
    return null;
  } catch (e) {
    return problemOf(e);
  }
}

/** Asks the server whether the stored credential still holds; only its "no" forgets it. */
async function verify(quiet: boolean): Promise<void> {
  const key = deviceKey();
  if (key === null) {
    deviceState.value = 'unpaired';
    return;
  }
  if (!quiet) deviceState.value = 'checking';
  try {
    await api<DeviceSelfDto>('GET', '/api/devices/me', undefined, { headers: { [DEVICE_KEY_HEADER]: key }, timeoutMs: CHECK_TIMEOUT_MS });
    deviceState.value = 'paired';
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) deviceRevoked();
    // Server unreachable: keep trusting the credential; the next ticket request will tell.
    else deviceState.value = 'paired';
  }
}

/**
 * At start: pair with the code in the address if there is one (and take it off the address bar
 * first), else check the credential already held. A failed code opens the keypad with the reason.
 */
export async function startPairing(device: string | null): Promise<void> {
  if (device === null) return;
  deviceId = device;
  keys = createDeviceKeyStore(localStore(), device);
  const code = pairCodeIn(location.search);
  const cleanAddress = addressWithoutPairCode(location.href);
  if (cleanAddress !== null) history.replaceState(history.state, '', cleanAddress);
  if (code === null) return verify(false);
  deviceState.value = 'checking';
  const problem = await pair(code);
  if (problem === null) return;
  await verify(false);
  // The installer is at the kiosk: show why, and keep the code only if it may still be good.
  pairingForm.value = { code: problem === 'network' ? normalise(code) : '', busy: false, problem };
}

// A new visitor: close the keypad an installer left open, and notice an unpairing made meanwhile.
whenVisitorResets(() => {
  pairingForm.value = null;
  if (deviceState.value === 'paired') void verify(true);
});

export function openPairingForm(): void {
  if (deviceState.value !== 'unpaired') return;
  pairingForm.value = { code: '', busy: false, problem: null };
}

export function closePairingForm(): void {
  pairingForm.value = null;
}

export function typePairingKey(key: string): void {
  const form = pairingForm.value;
  if (!form || form.busy || form.code.length >= CODE_LENGTH || !CODE_ALPHABET.includes(key)) return;
  pairingForm.value = { ...form, code: form.code + key, problem: null };
}

export function erasePairingKey(): void {
  const form = pairingForm.value;
  if (!form || form.busy) return;
  pairingForm.value = { ...form, code: form.code.slice(0, -1), problem: null };
}

export async function submitPairingForm(): Promise<void> {
  const form = pairingForm.value;
  if (!form || form.busy || form.code.length !== CODE_LENGTH) return;
  pairingForm.value = { ...form, busy: true, problem: null };
  const problem = await pair(form.code);
  if (pairingForm.value === null) return;
  // A wrong code is cleared for a fresh try; a network failure keeps it to send again.
  pairingForm.value = problem === null ? null : { code: problem === 'network' ? form.code : '', busy: false, problem };
}
