import { eq } from 'drizzle-orm';
import { io, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceDto, IssueTicketResponse, TicketDto } from '../../contract/dto.js';
import type { ClientToServer, PrinterStatusEvent, ServerToClient } from '../../contract/events.js';
import { devices, tickets } from '../../server/db/schema.js';
import { decodeEscPos, lineWith } from '../support/escpos-decoder.js';
import { closedPrinterUrl, startFakePrinter, type FakePrinter } from '../support/fake-printer.js';
import { pairKiosk } from '../support/devices.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer | null = null;
let printer: FakePrinter | null = null;
let admin: Socket<ServerToClient, ClientToServer> | null = null;
/** K01's credential: only a paired kiosk prints. */
let kioskKey: string | null = null;
afterEach(async () => {
  admin?.close();
  await server?.close();
  await printer?.close();
  server = printer = admin = kioskKey = null;
});

/** 09:41 in Xiamen on Monday 30 Nov 2026, inside the demo roster's hours (the receipt's wait reads the roster). */
const NOW = Date.parse('2026-11-30T01:41:00Z');

async function hallWithPrinter(printerUrl: string, options: { printTimeoutMs?: number } = {}): Promise<TestServer> {
  // A second per reading of the clock keeps tickets in issue order, all within 09:41.
  let ticks = 0;
  server = await startServer({ clock: () => NOW + Math.min(50, ticks++) * 1000, ...options });
  server.app.hall.database.db.update(devices).set({ printerUrl }).where(eq(devices.id, 'K01')).run();
  kioskKey = await pairKiosk(server.app, 'K01');
  return server;
}

/** The admin room as the hall manager's console joins it, collecting printer notices. */
async function adminNotices(s: TestServer): Promise<PrinterStatusEvent[]> {
  const cookie = await s.login('admin');
  const notices: PrinterStatusEvent[] = [];
  admin = io(s.url, { transports: ['websocket'], auth: { admin: true }, extraHeaders: { cookie }, reconnection: false });
  admin.on('printer:status', (e) => notices.push(e));
  await new Promise<void>((resolve, reject) => {
    admin?.once('hall:snapshot', () => resolve());
    admin?.once('connect_error', reject);
  });
  return notices;
}

/** As the paired kiosk K01 when the body names it, else as anyone. */
async function takeTicket(s: TestServer, body: { deviceId?: string; matterId?: string; queueId?: string }, key?: string): Promise<{ status: number; ticket: IssueTicketResponse; ms: number }> {
  const started = performance.now();
  const device: Record<string, string> = body.deviceId === 'K01' && kioskKey !== null ? { 'x-device-key': kioskKey } : {};
  const r = await fetch(`${s.url}/api/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...device, ...(key ? { 'idempotency-key': key } : {}) },
    body: JSON.stringify(body),
  });
  const ticket = (await r.json()) as IssueTicketResponse;
  return { status: r.status, ticket, ms: performance.now() - started };
}

async function deviceStatus(s: TestServer, id: string): Promise<DeviceDto | undefined> {
  const cookie = await s.login('admin');
  const list = (await s.app.inject({ url: '/api/devices', headers: { cookie } })).json<DeviceDto[]>();
  return list.find((d) => d.id === id);
}

function printedFlag(s: TestServer, id: string): boolean | null | undefined {
  return s.app.hall.database.db.select({ printed: tickets.printed }).from(tickets).where(eq(tickets.id, id)).get()?.printed;
}


const until = async (check: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
};

describe('a kiosk ticket printed on the device’s printer', () => {
  it('prints the number large, the Chinese texts, the tracking QR and a cut, and records it', async () => {
    printer = await startFakePrinter();
    const s = await hallWithPrinter(printer.url);
    const { status, ticket } = await takeTicket(s, { matterId: 'market-008', deviceId: 'K01' });
    expect(status).toBe(201);
    expect(ticket).toMatchObject({ number: 'A001', printed: true });

    const decoded = decodeEscPos(await printer.waitForReceipt(2000));
    expect(decoded.unknown).toEqual([]);
    expect(lineWith(decoded.lines, 'A001')).toEqual({ text: 'A001', align: 'center', width: 8, height: 8, bold: true });
    expect(lineWith(decoded.lines, '厦门市').text).toBe('厦门市行政服务中心');
    expect(lineWith(decoded.lines, '市场监管').text).toBe('市场监管综合窗口');
    expect(lineWith(decoded.lines, '办理事项').text).toBe('办理事项：营业执照遗失补领');
    expect(lineWith(decoded.lines, '前面还有').text).toBe('前面还有 0 人');
    expect(lineWith(decoded.lines, '号窗口叫号').text).toBe('请留意 1–4 号窗口叫号');
    // Issue time in the hall's own zone, not the server's.
    expect(lineWith(decoded.lines, '取号时间').text).toBe('取号时间 Issued: 2026-11-30 09:41');
    expect(lineWith(decoded.lines, '过号').text).toContain('请留意大厅屏幕和语音叫号');
    expect(decoded.qr).toEqual([ticket.trackUrl]);
    expect(ticket.trackUrl).toBe(`${s.url}/t/${ticket.id}`);
    expect(decoded.cut).toBe(true);

    expect(printedFlag(s, ticket.id)).toBe(true);
    expect(await deviceStatus(s, 'K01')).toMatchObject({ printerStatus: 'ok', printerDetail: '', });
    expect(Date.parse((await deviceStatus(s, 'K01'))?.printerCheckedAt ?? '')).toBeGreaterThanOrEqual(NOW);
  });

  it('prints the people ahead as the response reports them', async () => {
    printer = await startFakePrinter();
    const s = await hallWithPrinter(printer.url);
    await takeTicket(s, { queueId: 'housing' });
    await takeTicket(s, { queueId: 'housing' });
    const { ticket } = await takeTicket(s, { queueId: 'housing', deviceId: 'K01' });
    expect(ticket).toMatchObject({ number: 'B003', peopleAhead: 2, printed: true });
    const decoded = decodeEscPos(await printer.waitForReceipt(2000));
    expect(lineWith(decoded.lines, '前面还有').text).toBe('前面还有 2 人');
    expect(lineWith(decoded.lines, '预计等候').text).toBe(`预计等候约 ${ticket.estimatedWaitMinutes} 分钟`);
    expect(decoded.lines.some((l) => l.text.includes('办理事项'))).toBe(false);
  });

  it('does not print a replayed request again, and reports the original print', async () => {
    printer = await startFakePrinter();
    const s = await hallWithPrinter(printer.url);
    const first = await takeTicket(s, { matterId: 'market-008', deviceId: 'K01' }, 'replay-print-01');
    await printer.waitForReceipt(2000);
    const again = await takeTicket(s, { matterId: 'market-008', deviceId: 'K01' }, 'replay-print-01');
    expect(again.status).toBe(200);
    expect(again.ticket).toMatchObject({ id: first.ticket.id, printed: true });
    await new Promise((r) => setTimeout(r, 200));
    expect(printer.receipts()).toHaveLength(1);
  });

  it('prints nothing for tickets without a device (phone, API)', async () => {
    printer = await startFakePrinter();
    const s = await hallWithPrinter(printer.url);
    const { status, ticket } = await takeTicket(s, { matterId: 'market-008' });
    expect(status).toBe(201);
    expect(ticket.printed).toBeUndefined();
    expect(printedFlag(s, ticket.id)).toBeNull();
    await new Promise((r) => setTimeout(r, 100));
    expect(printer.receipts()).toEqual([]);
  });

  it('still issues the ticket for an unknown device, unprinted, saying no more than for an unpaired one', async () => {
    const s = await hallWithPrinter('tcp://127.0.0.1:9');
    const { status, ticket } = await takeTicket(s, { matterId: 'market-008', deviceId: 'K99' });
    expect(status).toBe(201);
    expect(ticket).toMatchObject({ number: 'A001', printed: false, printError: 'device-not-paired' });
    expect((await s.app.inject(`/api/tickets/${ticket.id}`)).json<TicketDto>().status).toBe('waiting');
  });
});

describe('a printer that fails never costs the visitor the ticket', () => {
  it('switched off: 201 unprinted at once, device offline, one notice to the admin room', async () => {
    const s = await hallWithPrinter(await closedPrinterUrl());
    const notices = await adminNotices(s);
    const { status, ticket, ms } = await takeTicket(s, { matterId: 'market-008', deviceId: 'K01' });
    expect(status).toBe(201);
    expect(ticket).toMatchObject({ number: 'A001', printed: false, printError: 'offline' });
    expect(ms).toBeLessThan(1500);
    expect(printedFlag(s, ticket.id)).toBe(false);
    expect(await deviceStatus(s, 'K01')).toMatchObject({ printerStatus: 'offline' });
    await until(() => notices.length > 0);
    expect(notices).toEqual([expect.objectContaining({ deviceId: 'K01', status: 'offline', detail: expect.stringMatching(/cannot connect/) })]);

    // Still offline: the status is kept, the admin room is not told again.
    await takeTicket(s, { matterId: 'market-008', deviceId: 'K01' });
    await new Promise((r) => setTimeout(r, 150));
    expect(notices).toHaveLength(1);
  });

  it('stalled (accepts, never reads): 201 unprinted within the bound, device error, then recovery is announced', async () => {
    const stalled = await startFakePrinter({ mode: 'stall' });
    printer = stalled;
    const s = await hallWithPrinter(stalled.url, { printTimeoutMs: 700 });
    const notices = await adminNotices(s);
    const { status, ticket, ms } = await takeTicket(s, { matterId: 'market-008', deviceId: 'K01' });
    expect(status).toBe(201);
    expect(ticket).toMatchObject({ printed: false, printError: 'error' });
    // Bound on a fault path: the visitor waits about the print timeout, not the library's 3 s.
    expect(ms).toBeLessThan(700 + 800);
    expect(await deviceStatus(s, 'K01')).toMatchObject({ printerStatus: 'error' });
    expect((await deviceStatus(s, 'K01'))?.printerDetail).toMatch(/did not take the ticket/);

    await stalled.close();
    printer = await startFakePrinter();
    s.app.hall.database.db.update(devices).set({ printerUrl: printer.url }).where(eq(devices.id, 'K01')).run();
    const next = await takeTicket(s, { matterId: 'market-008', deviceId: 'K01' });
    expect(next.ticket).toMatchObject({ number: 'A002', printed: true });
    await until(() => notices.length >= 2);
    expect(notices.map((n) => n.status)).toEqual(['error', 'ok']);
    expect(await deviceStatus(s, 'K01')).toMatchObject({ printerStatus: 'ok' });
  });

  it('out of paper: the bytes went out but nothing came out, so unprinted', async () => {
    printer = await startFakePrinter({ mode: 'paper-out' });
    const s = await hallWithPrinter(printer.url);
    const { ticket } = await takeTicket(s, { matterId: 'market-008', deviceId: 'K01' });
    expect(ticket.printed).toBe(false);
    expect((await deviceStatus(s, 'K01'))?.printerDetail).toMatch(/paper out/);
  });
});
