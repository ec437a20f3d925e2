/**
 * Trusted kiosks. An admin makes a short one-time pairing code for a device; the installer enters
 * it on the kiosk, which gets a long random credential in exchange and presents it on every
 * ticket request (`x-device-key: <id>:<secret>`). Only then may a request set a green-channel
 * reason or print, and only on that kiosk's own printer.
 * Codes and credentials are stored as SHA-256 hashes: they are high-entropy random strings, so a
 * slow password hash would only cost time on every ticket.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { DeviceDto } from '../../contract/dto.js';
import type { DeviceRow } from '../db/devices-repo.js';
import { fail } from '../domain/errors.js';
import type { Actor, AdminActor } from './actor.js';
import type { HallServices } from './context.js';

export { DEVICE_KEY_HEADER } from '../../contract/access.js';
export const PAIRING_CODE_TTL_MS = 15 * 60_000;
/** No 0/O, 1/I/L: the installer reads the code off one screen and types it on another. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64url');

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Pairing codes are typed by people: ignore case, spaces and dashes. */
export const normaliseCode = (code: string): string => code.toUpperCase().replace(/[\s-]/g, '');

function device(s: HallServices, id: string): DeviceRow {
  const row = s.devices.get(s.hallId, id);
  if (!row) fail('device-not-found', `no device ${id}`);
  return row;
}

function audit(s: HallServices, actor: Actor | null, action: string, detail: object): void {
  s.audit.add({ hallId: s.hallId, at: s.clock(), actorId: actor?.userId ?? null, actorName: actor?.name ?? 'device', action, detail: JSON.stringify(detail) });
}

export function createPairingCode(s: HallServices, actor: AdminActor, deviceId: string): { deviceId: string; code: string; expiresAt: string } {
  const row = device(s, deviceId);
  const raw = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  const expiresAt = s.clock() + PAIRING_CODE_TTL_MS;
  s.database.sqlite.transaction(() => {
    s.devices.setPairing(row.id, { pairingCodeHash: sha256(`${row.id}:${raw}`), pairingExpiresAt: expiresAt });
    audit(s, actor, 'device-pairing-code', { deviceId: row.id });
  }).immediate();
  return { deviceId: row.id, code: `${raw.slice(0, 4)}-${raw.slice(4)}`, expiresAt: new Date(expiresAt).toISOString() };
}

/** The kiosk trades the one-time code for its credential; a second pairing replaces the first kiosk's. */
export function pairDevice(s: HallServices, deviceId: string, code: string): { deviceId: string; key: string } {
  const secret = randomBytes(32).toString('base64url');
  s.database.sqlite.transaction(() => {
    const row = s.devices.get(s.hallId, deviceId);
    const ok = row?.pairingCodeHash != null && row.pairingExpiresAt !== null && row.pairingExpiresAt > s.clock()
      && sameHash(row.pairingCodeHash, sha256(`${row.id}:${normaliseCode(code)}`));
    // Same answer for an unknown device, a wrong code and an expired one: ids are not to be probed.
    if (!row || !ok) fail('pairing-code-invalid', 'the pairing code is wrong or expired: ask the hall administrator for a new one');
    s.devices.setPairing(row.id, { secretHash: sha256(secret), pairedAt: s.clock(), pairingCodeHash: null, pairingExpiresAt: null });
    audit(s, null, 'device-paired', { deviceId: row.id });
  }).immediate();
  return { deviceId, key: `${deviceId}:${secret}` };
}

export function unpairDevice(s: HallServices, actor: AdminActor, deviceId: string): DeviceDto {
  const row = device(s, deviceId);
  s.database.sqlite.transaction(() => {
    s.devices.setPairing(row.id, { secretHash: null, pairedAt: null, pairingCodeHash: null, pairingExpiresAt: null });
    audit(s, actor, 'device-unpaired', { deviceId: row.id });
  }).immediate();
  return deviceDto(device(s, deviceId));
}

/** Makes a device the rating pad of a window (评价器), or a plain kiosk again with null. */
export function setDeviceWindow(s: HallServices, actor: AdminActor, deviceId: string, windowNumber: number | null): DeviceDto {
  const row = device(s, deviceId);
  if (windowNumber !== null && !s.windows.ofHall(s.hallId).some((w) => w.number === windowNumber)) fail('window-not-found', `no window ${windowNumber}`);
  s.database.sqlite.transaction(() => {
    s.devices.setWindowNumber(row.id, windowNumber);
    audit(s, actor, 'device-window', { deviceId: row.id, from: row.windowNumber, to: windowNumber });
  }).immediate();
  return deviceDto(device(s, deviceId));
}

/**
 * The device a request speaks for: null without the header; a header that names no paired
 * device of this hall, or the wrong secret, is refused rather than silently treated as anonymous,
 * so a revoked kiosk learns it at once.
 */
export function authenticateDevice(s: HallServices, header: string | string[] | undefined): DeviceRow | null {
  if (header === undefined) return null;
  const value = Array.isArray(header) ? header[0] ?? '' : header;
  const colon = value.indexOf(':');
  const id = colon > 0 ? value.slice(0, colon) : '';
  const secret = colon > 0 ? value.slice(colon + 1) : '';
  const row = id.length <= 32 && secret.length > 0 && secret.length <= 128 ? s.devices.get(s.hallId, id) : undefined;
  if (!row?.secretHash || !sameHash(row.secretHash, sha256(secret))) fail('bad-device-credential', 'this kiosk is not paired (or its pairing was revoked): pair it again');
  return row;
}

export function deviceDto(d: DeviceRow): DeviceDto {
  return {
    id: d.id, name: d.name, printerUrl: d.printerUrl, printerStatus: d.printerStatus, printerDetail: d.printerDetail,
    printerCheckedAt: d.printerCheckedAt === null ? null : new Date(d.printerCheckedAt).toISOString(),
    windowNumber: d.windowNumber,
    paired: d.secretHash !== null, pairedAt: d.pairedAt === null ? null : new Date(d.pairedAt).toISOString(),
  };
}

export function listDevices(s: HallServices): DeviceDto[] {
  return s.devices.ofHall(s.hallId).map(deviceDto);
}
