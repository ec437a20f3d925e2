import { describe, it, expect, beforeAll, afterAll, afterEach } from 'vitest';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printTicket } from '../../server/printing/printer.js';
import type { TicketReceipt } from '../../server/printing/receipt.js';
import { closedPrinterUrl, startFakePrinter, type FakePrinter } from '../support/fake-printer.js';

const receipt: TicketReceipt = {
  hallName: '某某市政务服务中心',
  hallNameEn: 'Moumou City Government Service Center',
  number: 'B007',
  queueName: '综合受理',
  queueNameEn: 'General Services',
  matterName: null,
  peopleAhead: 0,
  estimatedWaitMinutes: 0,
  issuedAt: '2026-11-29 09:41',
  trackUrl: 'http://192.168.1.10:3000/t/Zx81pQ',
  windowNumbers: [1, 2],
};

const rejections: unknown[] = [];
const onRejection = (reason: unknown): void => {
  rejections.push(reason);
};
beforeAll(() => {
  process.on('unhandledRejection', onRejection);
});
afterAll(() => {
  process.off('unhandledRejection', onRejection);
});

let printer: FakePrinter | null = null;
afterEach(async () => {
  await printer?.close();
  printer = null;
});

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Client and accepted TCP sockets alike (the fake printer lives in this process). */
function tcpSockets(): number {
  return process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap').length;
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

describe('printTicket when the printer misbehaves', () => {
  it('reports a switched-off printer (connection refused) as offline, fast', async () => {
    const url = await closedPrinterUrl();
    const { value, ms } = await timed(() => printTicket(url, receipt, { timeoutMs: 2500 }));
    expect(value).toMatchObject({ ok: false, status: 'offline' });
    expect(ms).toBeLessThan(1000);
    await sleep(50);
    expect(rejections).toEqual([]);
  });

  it('gives up on a printer that accepts the connection but never reads, within the bound, leaving no socket behind', async () => {
    const stalled = await startFakePrinter({ mode: 'stall' });
    printer = stalled;
    const before = tcpSockets();
    const timeoutMs = 1500;
    const { value, ms } = await timed(() => printTicket(stalled.url, receipt, { timeoutMs }));

    expect(value).toMatchObject({ ok: false, status: 'error' });
    if (!value.ok) expect(value.detail).toMatch(/did not take the ticket/);
    // Bound check on a fault path: the caller must get its answer around timeoutMs, not later.
    expect(ms).toBeLessThan(timeoutMs + 1000);

    // Handles close on the next loop turns; a stalled printer never notices the client leaving,
    // so its side of each connection is still counted and is subtracted here.
    await sleep(100);
    expect(tcpSockets() - stalled.openConnections()).toBe(before);
    expect(stalled.receipts()).toEqual([]);
    expect(rejections).toEqual([]);
  });

  it('reports paper out from the status reply, although the bytes were delivered', async () => {
    printer = await startFakePrinter({ mode: 'paper-out' });
    const result = await printTicket(printer.url, receipt, { timeoutMs: 2500 });
    expect(result).toMatchObject({ ok: false, status: 'error' });
    if (!result.ok) expect(result.detail).toMatch(/paper out/);
    expect((await printer.waitForReceipt(1000)).length).toBeGreaterThan(0);
    expect(rejections).toEqual([]);
  });

  it('refuses URLs the library would treat as a file path or a local driver, without throwing', async () => {
    const file = join(tmpdir(), `hall-printer-${process.pid}-${Date.now()}`);
    for (const url of [file, 'http://127.0.0.1:9100', 'printer:EPSON']) {
      const result = await printTicket(url, receipt, { timeoutMs: 500 });
      expect(result).toMatchObject({ ok: false, status: 'error' });
    }
    expect(existsSync(file)).toBe(false);
  });

  it('prints again once a stalled attempt has been abandoned', async () => {
    printer = await startFakePrinter({ mode: 'stall' });
    const stalled = await printTicket(printer.url, receipt, { timeoutMs: 600 });
    expect(stalled.ok).toBe(false);
    await printer.close();

    printer = await startFakePrinter();
    const result = await printTicket(printer.url, receipt, { timeoutMs: 2500 });
    expect(result).toEqual({ ok: true });
    expect(rejections).toEqual([]);
  });
});
