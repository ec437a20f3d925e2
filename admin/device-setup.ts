/** 设备: an administrator adds a kiosk or pad and sets a device's receipt printer (audited on the server). */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { DeviceDto } from '../contract/dto.js';
import type { ApiClient } from '../ui/http.js';

export interface DeviceSetup {
  busy: ReadonlySignal<boolean>;
  /** Why the last change was refused, and of which device ('new' for the add form). */
  problem: ReadonlySignal<{ deviceId: string; text: string } | null>;
  add(input: { id: string; name: string; printer: string }): Promise<DeviceDto | null>;
  setPrinter(device: DeviceDto, printer: string): Promise<DeviceDto | null>;
}

/** The printer field as typed: empty → no printer; a bare host:port gets its tcp:// (what installers write). */
export function printerUrlOf(input: string): string | null {
  const t = input.trim();
  if (t === '') return null;
  return t.includes('://') ? t : `tcp://${t}`;
}

export function createDeviceSetup(request: ApiClient, failure: (e: unknown) => string): DeviceSetup {
  const busy = signal(false);
  const problem = signal<{ deviceId: string; text: string } | null>(null);
  async function run(deviceId: string, send: () => Promise<DeviceDto>): Promise<DeviceDto | null> {
    if (busy.value) return null;
    busy.value = true;
    try {
      const device = await send();
      problem.value = null;
      return device;
    } catch (e) {
      problem.value = { deviceId, text: failure(e) };
      return null;
    } finally {
      busy.value = false;
    }
  }
  return {
    busy, problem,
    add: (input) => run('new', () => request('POST /api/devices', { body: { id: input.id.trim(), name: input.name.trim(), printerUrl: printerUrlOf(input.printer) } })),
    setPrinter: (device, printer) => run(device.id, () => request('POST /api/devices/:id', { params: { id: device.id }, body: { printerUrl: printerUrlOf(printer) } })),
  };
}
