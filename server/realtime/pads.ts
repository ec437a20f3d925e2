import type { Socket } from 'socket.io';
import { authenticateDevice } from '../app/devices.js';
import type { HallServices } from '../app/context.js';
import { openInvitation } from '../app/ratings.js';
import { hallOf } from '../app/views.js';
import type { DeviceRow } from '../db/devices-repo.js';

/** A window's rating pad: the only place a rating invitation goes. */
export const padRoom = (windowId: number) => `pad:${windowId}`;

function pairedPad(s: HallServices, auth: object, windowNumber: number): boolean {
  const key = 'deviceKey' in auth && typeof auth.deviceKey === 'string' ? auth.deviceKey : undefined;
  let device: DeviceRow | null = null;
  try {
    device = authenticateDevice(s, key);
  } catch {
    device = null;
  }
  return device !== null && device.windowNumber === windowNumber;
}

/**
 * A rating pad joins its window's pad room: in an open hall any browser at /rate/<n>, in a hall
 * with paired pads only a device paired for that window. It gets the window's open invitation
 * at once, so a pad that reconnects mid-rating still offers the service.
 */
export function joinPad(s: HallServices, socket: Socket): void {
  const auth: unknown = socket.handshake.auth;
  if (typeof auth !== 'object' || auth === null || !('pad' in auth) || !Number.isSafeInteger(auth.pad)) return;
  const w = s.windows.ofHall(s.hallId).find((x) => x.number === Number(auth.pad));
  if (!w) return;
  if (hallOf(s).ratingPads === 'paired' && !pairedPad(s, auth, w.number)) return;
  void socket.join(padRoom(w.id));
  const open = openInvitation(s, w.id);
  if (open) socket.emit('rating:requested', open);
}

