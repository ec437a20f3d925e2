/**
 * Sends a ticket to a network ESC/POS printer (raw TCP, port 9100) through
 * node-thermal-printer, within a hard time bound, and says whether the printer took it.
 */
import ntp from 'node-thermal-printer';
import type { ThermalPrinter } from 'node-thermal-printer';
import { layoutTicket, type TicketReceipt } from './receipt.js';

export type PrintResult = { ok: true } | { ok: false; status: 'offline' | 'error'; detail: string };

/**
 * DLE EOT 4: real-time "transmit roll paper sensor status", appended after the ticket.
 * node-thermal-printer's execute() resolves once the bytes are in the local socket buffer,
 * so a printer that accepts the connection but never reads (jam, cover open, full buffer)
 * looked like a success. The printer answers this only after it has read every byte before
 * it, which makes the reply an acknowledgement of the whole ticket; it also tells us whether
 * the paper has run out.
 */
export const STATUS_REQUEST = Buffer.from([0x10, 0x04, 0x04]);

/** Same form the library accepts for its network interface; anything else it would treat as a file path. */
const TCP_URL = /^tcp:\/\/([^/:]+)(?::(\d+))?\/?$/i;

/**
 * The library's own socket timeout is set this far inside our deadline so that it, not our
 * timer, ends the attempt: only the library can destroy its socket.
 */
function libraryMargin(timeoutMs: number): number {
  return Math.min(200, Math.max(20, Math.floor(timeoutMs / 10)));
}

/** ESC/POS bytes of the ticket alone (no status request), e.g. for a preview or a test. */
export function renderTicket(receipt: TicketReceipt): Buffer {
  const printer = createPrinter('tcp://127.0.0.1:9100', 1000);
  layoutTicket(printer, receipt);
  return Buffer.from(printer.getBuffer());
}

export async function printTicket(
  printerUrl: string,
  receipt: TicketReceipt,
  opts: { timeoutMs: number },
): Promise<PrintResult> {
  const timeoutMs = Number.isFinite(opts.timeoutMs) && opts.timeoutMs > 0 ? opts.timeoutMs : 2500;
  const deadline = performance.now() + timeoutMs;
  const remaining = (): number => deadline - performance.now();
  const margin = libraryMargin(timeoutMs);

  try {
    if (!TCP_URL.test(printerUrl)) {
      return { ok: false, status: 'error', detail: `unsupported printer URL "${printerUrl}" (expected tcp://host:port)` };
    }

    // Probe first: a bare connect tells "cannot reach the printer" (offline: power, cable,
    // address) apart from "reached it but it did not take the ticket" (error: paper, jam),
    // which the library reports with the same "Socket timeout".
    const probe = createPrinter(printerUrl, Math.max(1, remaining() - margin));
    const reachable = await settleWithin(probe.isPrinterConnected(), remaining());
    if (reachable.kind !== 'value' || !reachable.value) {
      return { ok: false, status: 'offline', detail: `cannot connect to printer at ${printerUrl}` };
    }

    const budget = remaining() - margin;
    if (budget < 1) {
      return { ok: false, status: 'error', detail: `printer at ${printerUrl} answered too slowly (timeout ${timeoutMs} ms)` };
    }
    const job = createPrinter(printerUrl, budget);
    layoutTicket(job, receipt);
    job.add(STATUS_REQUEST);
    const sent = await settleWithin<unknown>(job.execute({ waitForResponse: true }), remaining());

    if (sent.kind === 'deadline') {
      return { ok: false, status: 'error', detail: stalledDetail(printerUrl, timeoutMs) };
    }
    if (sent.kind === 'error') return classifyFailure(printerUrl, timeoutMs, sent.error);
    if (paperOut(sent.value)) {
      return { ok: false, status: 'error', detail: `printer at ${printerUrl} reports paper out` };
    }
    return { ok: true };
  } catch (error) {
    // Layout or library misuse; never let it reach the ticket-issuing request.
    return { ok: false, status: 'error', detail: `print failed: ${describe(error)}` };
  }
}

function createPrinter(printerUrl: string, socketTimeoutMs: number): ThermalPrinter {
  return new ntp.ThermalPrinter({
    type: ntp.PrinterTypes.EPSON,
    interface: printerUrl,
    characterSet: ntp.CharacterSet.CHINA,
    // The layout wraps by printer columns itself; the library's folding counts characters.
    breakLine: ntp.BreakLine.NONE,
    width: 48,
    // The library treats 0 as "use the default 3 s".
    options: { timeout: Math.max(1, Math.floor(socketTimeoutMs)) },
  });
}

type Settled<T> = { kind: 'value'; value: T } | { kind: 'error'; error: unknown } | { kind: 'deadline' };

/** Never rejects; the work's late outcome is still observed, so it cannot become an unhandled rejection. */
function settleWithin<T>(work: Promise<T>, ms: number): Promise<Settled<T>> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'deadline' }), Math.max(0, ms));
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve({ kind: 'value', value });
      },
      (error: unknown) => {
        clearTimeout(timer);
        resolve({ kind: 'error', error });
      },
    );
  });
}

const OFFLINE_CODES = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT']);

function classifyFailure(printerUrl: string, timeoutMs: number, error: unknown): PrintResult {
  const code = errorCode(error);
  if (code !== null && OFFLINE_CODES.has(code)) {
    return { ok: false, status: 'offline', detail: `printer at ${printerUrl} went away: ${describe(error)}` };
  }
  if (error instanceof Error && error.message === 'Socket timeout') {
    return { ok: false, status: 'error', detail: stalledDetail(printerUrl, timeoutMs) };
  }
  return { ok: false, status: 'error', detail: `printer at ${printerUrl}: ${describe(error)}` };
}

function stalledDetail(printerUrl: string, timeoutMs: number): string {
  return `printer at ${printerUrl} accepted the connection but did not take the ticket within ${timeoutMs} ms (paper jam, cover open or stalled)`;
}

/**
 * DLE EOT 4 reply: 0xx1xx10b; bits 5-6 set mean the roll is at its end. A reply that does
 * not look like a status byte still proves the printer read the ticket, so it counts as
 * success rather than blocking printing on an unusual model.
 */
function paperOut(reply: unknown): boolean {
  if (!Buffer.isBuffer(reply)) return false;
  const status = reply[0];
  if (status === undefined || (status & 0x93) !== 0x12) return false;
  return (status & 0x60) !== 0;
}

function errorCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return null;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = errorCode(error);
    return code !== null && !error.message.includes(code) ? `${code} ${error.message}` : error.message;
  }
  return String(error);
}
