/** The kiosks as the admin section shows them, and the admin's actions on them. */
import { signal } from '@preact/signals';
import type { DeviceDto, PairingCodeDto } from '../contract/dto.js';
import { call, errorCodeOf } from '../ui/api.js';
import { errorText } from './labels.js';
import { signedOut } from './session.js';

/** A code made on this page, and the device's pairing when it was made (a change means it was used). */
export interface IssuedCode extends PairingCodeDto {
  pairedAtBefore: string | null;
}

export const devices = signal<DeviceDto[] | null>(null);
export const codes = signal<ReadonlyMap<string, IssuedCode>>(new Map());
/** The device whose "unpair" waits for confirmation. */
export const confirmingUnpair = signal<string | null>(null);
export const busy = signal<string | null>(null);
export const problem = signal<string | null>(null);

/** The kiosk pairs on its own; the list is read again now and then to show it. */
export const REFRESH_MS = 10_000;

function failed(e: unknown): void {
  const code = errorCodeOf(e);
  if (code === 'not-signed-in') signedOut(errorText(e));
  else problem.value = errorText(e);
}

function withCode(id: string, code: IssuedCode | null): ReadonlyMap<string, IssuedCode> {
  const next = new Map(codes.value);
  if (code) next.set(id, code);
  else next.delete(id);
  return next;
}

export async function loadDevices(): Promise<void> {
  try {
    devices.value = await call('GET /api/devices', {});
    problem.value = null;
  } catch (e) {
    failed(e);
  }
}

/** A device the server just changed (e.g. bound to a window as its rating pad). */
export function replaceDevice(updated: DeviceDto): void {
  devices.value = (devices.value ?? []).map((d) => (d.id === updated.id ? updated : d));
}

export async function makePairingCode(device: DeviceDto): Promise<void> {
  if (busy.value) return;
  busy.value = device.id;
  try {
    const code = await call('POST /api/devices/:id/pairing-code', { params: { id: device.id } });
    codes.value = withCode(device.id, { ...code, pairedAtBefore: device.pairedAt });
    problem.value = null;
  } catch (e) {
    failed(e);
  } finally {
    busy.value = null;
  }
}

export function closeCode(id: string): void {
  codes.value = withCode(id, null);
}

export async function unpairDevice(id: string): Promise<void> {
  if (busy.value) return;
  busy.value = id;
  try {
    const updated = await call('POST /api/devices/:id/unpair', { params: { id } });
    devices.value = (devices.value ?? []).map((d) => (d.id === id ? updated : d));
    // Unpairing also voids a code not yet used.
    codes.value = withCode(id, null);
    confirmingUnpair.value = null;
    problem.value = null;
  } catch (e) {
    failed(e);
  } finally {
    busy.value = null;
  }
}

/** The code's state as the list now tells it. */
export function codeState(code: IssuedCode, device: DeviceDto | undefined, now: number): 'used' | 'expired' | 'valid' {
  if (device?.paired && device.pairedAt !== code.pairedAtBefore) return 'used';
  return Date.parse(code.expiresAt) <= now ? 'expired' : 'valid';
}
