import { describe, it, expect, afterEach } from 'vitest';
import { NO_SERVICE_TODAY } from '../../common/labels.js';
import { printTicket, renderTicket } from '../../server/printing/printer.js';
import { gbkSafe, wrapColumns, type TicketReceipt } from '../../server/printing/receipt.js';
import { decodeEscPos, lineWith } from '../support/escpos-decoder.js';
import { startFakePrinter, type FakePrinter } from '../support/fake-printer.js';

const receipt: TicketReceipt = {
  hallName: '某某市政务服务中心',
  hallNameEn: 'Moumou City Government Service Center',
  number: 'A012',
  queueName: '不动产登记',
  queueNameEn: 'Real Estate Registration',
  matterName: '二手房转移登记',
  peopleAhead: 3,
  estimatedWaitMinutes: 15,
  issuedAt: '2026-11-29 09:41',
  trackUrl: 'http://192.168.1.10:3000/t/k3J9xQ2m',
  windowNumbers: [5, 3, 4, 8],
};


let printer: FakePrinter | null = null;
afterEach(async () => {
  await printer?.close();
  printer = null;
});

describe('ticket receipt printed over TCP', () => {
  it('arrives at the printer with GBK text, a large number, the QR and a cut', async () => {
    printer = await startFakePrinter();
    const result = await printTicket(printer.url, receipt, { timeoutMs: 2500 });
    expect(result).toEqual({ ok: true });

    const decoded = decodeEscPos(await printer.waitForReceipt(2000));
    expect(decoded.unknown).toEqual([]);

    const number = lineWith(decoded.lines, 'A012');
    expect(number).toEqual({ text: 'A012', align: 'center', width: 8, height: 8, bold: true });

    expect(lineWith(decoded.lines, '政务服务中心')).toMatchObject({ text: '某某市政务服务中心', align: 'center', width: 2 });
    expect(lineWith(decoded.lines, '不动产').text).toBe('不动产登记');
    expect(lineWith(decoded.lines, 'Real Estate').text).toBe('Real Estate Registration');
    expect(lineWith(decoded.lines, '办理事项').text).toBe('办理事项：二手房转移登记');
    expect(lineWith(decoded.lines, '前面还有').text).toBe('前面还有 3 人');
    expect(lineWith(decoded.lines, '预计等候').text).toBe('预计等候约 15 分钟');
    expect(lineWith(decoded.lines, '号窗口叫号').text).toBe('请留意 3–5、8 号窗口叫号');
    expect(lineWith(decoded.lines, 'will call').text).toBe('Windows 3–5, 8 will call your number');
    expect(lineWith(decoded.lines, '取号时间').text).toContain('2026-11-29 09:41');
    expect(lineWith(decoded.lines, '过号').text).toBe('请留意大厅屏幕和语音叫号，过号请至咨询台');

    expect(decoded.qr).toEqual([receipt.trackUrl]);
    expect(decoded.cut).toBe(true);
    // The acknowledgement request rides at the end of the job.
    expect(decoded.statusRequests).toEqual([4]);
    expect(printer.receipts()).toHaveLength(1);
  });

  it('marks an appointment ticket with its slot, and a walk-in\'s not at all', async () => {
    printer = await startFakePrinter();
    expect(await printTicket(printer.url, { ...receipt, appointmentAt: '09:30' }, { timeoutMs: 2500 })).toEqual({ ok: true });
    const decoded = decodeEscPos(await printer.waitForReceipt(2000));
    expect(lineWith(decoded.lines, '预约')).toMatchObject({ text: '预约 09:30 Appointment', bold: true });
    const plain = decodeEscPos(renderTicket(receipt));
    expect(plain.lines.some((l) => l.text.includes('预约'))).toBe(false);
  });

  it('promises no wait when no window will reach the ticket today, and says so in both languages', async () => {
    printer = await startFakePrinter();
    expect(await printTicket(printer.url, { ...receipt, noServiceToday: true }, { timeoutMs: 2500 })).toEqual({ ok: true });
    const decoded = decodeEscPos(await printer.waitForReceipt(2000));
    expect(decoded.unknown).toEqual([]);
    expect(lineWith(decoded.lines, '今日已无窗口').text).toBe(NO_SERVICE_TODAY.zh);
    expect(decoded.lines.some((l) => l.text.includes('预计等候'))).toBe(false);
  });
});

describe('ticket layout', () => {
  it('shrinks a long number so it stays on one 48-column line', () => {
    const decoded = decodeEscPos(renderTicket({ ...receipt, number: 'GREEN-000123' }));
    expect(decoded.unknown).toEqual([]);
    expect(lineWith(decoded.lines, 'GREEN-000123')).toMatchObject({ width: 4, height: 4 });
  });

  it('replaces characters outside GBK instead of letting the library switch code pages', () => {
    const decoded = decodeEscPos(renderTicket({ ...receipt, hallName: '𠮷野家政务大厅😀', queueNameEn: 'Café Straße €' }));
    expect(decoded.unknown).toEqual([]);
    expect(lineWith(decoded.lines, '野家').text).toBe('?野家政务大厅?');
    // GBK has pinyin letters such as é but not ß; € is CP936's single byte 0x80, which a
    // printer in double-byte mode would take as half of a character.
    expect(lineWith(decoded.lines, 'Caf').text).toBe('Café Stra?e ?');
  });

  it('leaves out the matter and windows lines when there are none, and percent-encodes a non-ASCII QR payload', () => {
    const decoded = decodeEscPos(
      renderTicket({ ...receipt, matterName: null, windowNumbers: [], trackUrl: 'http://hall.example/t/号1' }),
    );
    expect(decoded.unknown).toEqual([]);
    expect(decoded.lines.some((l) => l.text.includes('办理事项'))).toBe(false);
    expect(decoded.lines.some((l) => l.text.includes('窗口'))).toBe(false);
    expect(decoded.qr).toEqual(['http://hall.example/t/%E5%8F%B71']);
  });

  it('wraps long Chinese by printer columns (two per character)', () => {
    const decoded = decodeEscPos(renderTicket({ ...receipt, hallName: '某某省某某市某某区人民政府政务服务中心' }));
    const hall = decoded.lines.filter((l) => l.width === 2 && l.bold && /[某区心]/u.test(l.text));
    expect(hall.map((l) => l.text)).toEqual(['某某省某某市某某区人民政', '府政务服务中心']);
  });

  it('wraps words by printer columns', () => {
    expect(wrapColumns('Please watch the screens', 10)).toEqual(['Please', 'watch the', 'screens']);
    expect(wrapColumns('叫号abc', 5)).toEqual(['叫号', 'abc']);
    expect(wrapColumns('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(gbkSafe('第一行\n第二行\t')).toBe('第一行 第二行 ');
  });
});
