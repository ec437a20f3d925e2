/** 评价器: an administrator makes a kiosk device a window's rating pad, or a kiosk again. */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { DeviceDto } from '../contract/dto.js';
import { errorCodeOf } from '../ui/api.js';
import type { ApiClient } from '../ui/http.js';

export interface PadBinding {
  busy: ReadonlySignal<string | null>;
  /** Why the last binding was refused, and of which device (shown in that row only). */
  problem: ReadonlySignal<{ deviceId: string; text: string } | null>;
  /** The device as the server now has it, or null when refused (the problem says why). */
  bind(deviceId: string, windowNumber: number | null): Promise<DeviceDto | null>;
}

/** "" → null (a kiosk again); a whole number ≥ 1 → that window; anything else → undefined (not a window number). */
export function windowNumberOf(input: string): number | null | undefined {
  const t = input.trim();
  if (t === '') return null;
  return /^\d+$/.test(t) && Number(t) >= 1 ? Number(t) : undefined;
}

export function createPadBinding(request: ApiClient, failure: (e: unknown) => string): PadBinding {
  const busy = signal<string | null>(null);
  const problem = signal<{ deviceId: string; text: string } | null>(null);
  return {
    busy, problem,
    async bind(deviceId, windowNumber) {
      if (busy.value) return null;
      busy.value = deviceId;
      try {
        const device = await request('POST /api/devices/:id/window', { params: { id: deviceId }, body: { windowNumber } });
        problem.value = null;
        return device;
      } catch (e) {
        const text = errorCodeOf(e) === 'window-not-found' ? `没有 ${windowNumber ?? ''} 号窗口 · No window ${windowNumber ?? ''}` : failure(e);
        problem.value = { deviceId, text };
        return null;
      } finally {
        busy.value = null;
      }
    },
  };
}
