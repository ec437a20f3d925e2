/**
 * Adding kiosks and pads and setting their printers (管理 → 设备), audited before → after. A new
 * device is unpaired: it issues plain tickets until the installer pairs it (app/devices.ts).
 */
import type { DeviceDto } from '../../contract/dto.js';
import { fail } from '../domain/errors.js';
import type { AdminActor } from './actor.js';
import type { HallServices } from './context.js';
import { deviceDto } from './devices.js';

/** tcp://host:port of a network receipt printer (ESC/POS over raw TCP, usually port 9100). */
const PRINTER_URL = /^tcp:\/\/[A-Za-z0-9.-]{1,253}:\d{1,5}$/;

function checkPrinterUrl(url: string | null): void {
  if (url === null) return;
  const port = Number(url.slice(url.lastIndexOf(':') + 1));
  if (!PRINTER_URL.test(url) || port < 1 || port > 65535) fail('validation-failed', `printer address ${url} is not tcp://host:port (e.g. tcp://192.168.1.50:9100)`);
}

function audit(s: HallServices, actor: AdminActor, action: string, detail: object): void {
  s.audit.add({ hallId: s.hallId, at: s.clock(), actorId: actor.userId, actorName: actor.name, action, detail: JSON.stringify(detail) });
}

export function createDevice(s: HallServices, actor: AdminActor, input: { id: string; name: string; printerUrl: string | null }): DeviceDto {
  checkPrinterUrl(input.printerUrl);
  s.database.sqlite.transaction(() => {
    if (s.devices.exists(input.id)) fail('validation-failed', `a device ${input.id} exists already`);
    s.devices.insert({ id: input.id, hallId: s.hallId, name: input.name, printerUrl: input.printerUrl });
    audit(s, actor, 'device-created', { deviceId: input.id, after: { name: input.name, printerUrl: input.printerUrl } });
  }).immediate();
  const row = s.devices.get(s.hallId, input.id);
  if (!row) fail('device-not-found', `no device ${input.id}`);
  return deviceDto(row);
}

export function changeDevice(s: HallServices, actor: AdminActor, id: string, change: { name?: string; printerUrl?: string | null }): DeviceDto {
  if (change.printerUrl !== undefined) checkPrinterUrl(change.printerUrl);
  s.database.sqlite.transaction(() => {
    const row = s.devices.get(s.hallId, id);
    if (!row) fail('device-not-found', `no device ${id}`);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    if (change.name !== undefined && change.name !== row.name) { before.name = row.name; after.name = change.name; }
    if (change.printerUrl !== undefined && change.printerUrl !== row.printerUrl) { before.printerUrl = row.printerUrl; after.printerUrl = change.printerUrl; }
    if (Object.keys(after).length === 0) return;
    // The old printer's state says nothing about the new one.
    const printer = 'printerUrl' in after ? { printerStatus: 'unknown' as const, printerDetail: '', printerCheckedAt: null } : {};
    s.devices.setSetup(id, { ...change, ...printer });
    audit(s, actor, 'device-changed', { deviceId: id, before, after });
  }).immediate();
  const row = s.devices.get(s.hallId, id);
  if (!row) fail('device-not-found', `no device ${id}`);
  return deviceDto(row);
}
