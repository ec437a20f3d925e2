/**
 * Printing a ticket on the kiosk's receipt printer, after the ticket is committed.
 * The ticket is valid whatever happens here: printing only adds paper, so every failure
 * becomes `printed: false` (the kiosk then asks the visitor to photograph the screen),
 * and no request waits on a printer longer than its bound.
 */
import { hallDateTime } from '../../common/hall-time.js';
import { windowsServingQueue } from '../../common/windows.js';
import type { PrinterStatusEvent } from '../../contract/events.js';
import type { DeviceRow } from '../db/devices-repo.js';
import { queuesOfWindow } from '../db/windows-repo.js';
import { printTicket } from '../printing/printer.js';
import type { TicketReceipt } from '../printing/receipt.js';
import type { HallServices } from './context.js';
import { hallOf, positionOf } from './views.js';
import { bookingsRepo } from '../db/bookings-repo.js';

/**
 * Upper bound a kiosk request waits for its printer. A LAN printer acknowledges in well under
 * a second; the kiosk has 3 s to show the number, so a second is left for the rest.
 */
export const DEFAULT_PRINT_TIMEOUT_MS = 2000;

export interface PrintingOptions {
  timeoutMs?: number;
}

export interface PrintOutcome {
  printed?: boolean;
  printError?: string;
}

/**
 * What goes on paper after the commit: the place and wait promised at issue, as stored on the
 * ticket, which is what the response reported (a replay a moment later could round a minute
 * differently and the paper would contradict the screen).
 */
function appointmentOf(s: HallServices, bookingId: string | null): { appointmentAt?: string } {
  const booking = bookingId === null ? undefined : bookingsRepo(s.database.db).byId(bookingId);
  return booking ? { appointmentAt: booking.slotStart } : {};
}

export function buildReceipt(s: HallServices, ticketId: string, trackUrl: string): TicketReceipt | null {
  const row = s.tickets.get(ticketId);
  if (!row || row.hallId !== s.hallId) return null;
  const hall = hallOf(s);
  const queue = s.catalog.queue(row.queueId);
  const matter = row.matterId === null ? undefined : s.catalog.matter(row.matterId);
  const position = positionOf(s, hall, row, s.clock());
  const windows = s.windows.ofHall(s.hallId).map((w) => ({ number: w.number, queueIds: queuesOfWindow(w).queueIds }));
  return {
    hallName: hall.name,
    hallNameEn: hall.nameEn,
    number: row.number,
    queueName: queue?.name ?? row.queueId,
    queueNameEn: queue?.nameEn ?? row.queueId,
    matterName: matter?.name ?? null,
    peopleAhead: row.peopleAheadAtIssue,
    estimatedWaitMinutes: row.estimatedWaitMinutes,
    noServiceToday: position.noServiceToday === true,
    issuedAt: hallDateTime(row.issuedAt, hall.timeZone),
    trackUrl,
    windowNumbers: windowsServingQueue(windows, row.queueId),
    ...appointmentOf(s, row.bookingId),
  };
}

/**
 * The `afterIssue` hook of the ticket route. Only a paired kiosk prints, and only on its own
 * printer: the credential decides, not the `deviceId` a caller names. A request that names a
 * device without its credential (unpaired kiosk, typo, someone trying) still gets its ticket,
 * unprinted, with the same answer whether or not that device exists, so ids cannot be probed.
 * Refusing tickets would empty the hall's busiest machine over a configuration slip.
 */
export function ticketPrinting(s: HallServices, options: PrintingOptions = {}) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS;
  const devices = s.devices;

  function record(device: DeviceRow, status: 'ok' | 'offline' | 'error', detail: string): void {
    const at = s.clock();
    // Read again: another print on this device may have finished while this one waited.
    const before = devices.get(s.hallId, device.id)?.printerStatus ?? device.printerStatus;
    devices.setPrinterStatus(device.id, status, detail, at);
    // Only changes reach the admin room: a working printer would otherwise flood it.
    if (before === status) return;
    const payload: PrinterStatusEvent = { deviceId: device.id, status, detail, at: new Date(at).toISOString() };
    s.bus.notice(s.hallId, { name: 'printer:status', payload });
  }

  return async function afterIssue(ticketId: string, device: DeviceRow | null, namedDeviceId: string | undefined, trackUrl: string): Promise<PrintOutcome> {
    // Tickets from phones or the API have no printer: nothing to say about paper.
    if (device === null) return namedDeviceId === undefined ? {} : { printed: false, printError: 'device-not-paired' };
    if (namedDeviceId !== undefined && namedDeviceId !== device.id) return { printed: false, printError: 'device-not-paired' };
    if (!device.printerUrl) return { printed: false, printError: 'no-printer' };
    const receipt = buildReceipt(s, ticketId, trackUrl);
    if (!receipt) return { printed: false, printError: 'ticket not found' };

    const result = await printTicket(device.printerUrl, receipt, { timeoutMs });
    // Not a command (server/app/context.ts): the ticket committed before the printer was asked,
    // and what the paper did is a note on it that no screen shows, so no version and no events.
    s.tickets.setPrinted(ticketId, result.ok);
    if (result.ok) {
      record(device, 'ok', '');
      return { printed: true };
    }
    record(device, result.status, result.detail);
    return { printed: false, printError: result.status };
  };
}
