/**
 * The paper and the screen must send a visitor to the same windows in the same words: the
 * receipt is rendered to ESC/POS bytes, decoded as a printer would read them (GBK), and its
 * window lines compared with what the kiosk shows for the same windows.
 */
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../kiosk/i18n.js';
import { renderTicket } from '../../server/printing/printer.js';
import type { TicketReceipt } from '../../server/printing/receipt.js';
import { decodeEscPos, lineWith } from '../support/escpos-decoder.js';

const receipt: TicketReceipt = {
  hallName: '厦门市行政服务中心',
  hallNameEn: 'Xiamen Administrative Service Center',
  number: 'A001',
  queueName: '市场监管综合窗口',
  queueNameEn: 'Market Supervision',
  matterName: null,
  peopleAhead: 0,
  estimatedWaitMinutes: 0,
  issuedAt: '2026-11-29 09:41',
  trackUrl: 'http://hall.example/t/abc',
  windowNumbers: [],
};

const ZH_BEFORE = '请留意 ';
const ZH_AFTER = '叫号';
const EN_AFTER = ' will call your number';

/** The window words on the decoded receipt, without the sentence around them. */
function printedWindows(windowNumbers: number[]): { zh: string; en: string } {
  const decoded = decodeEscPos(renderTicket({ ...receipt, windowNumbers }));
  expect(decoded.unknown).toEqual([]);
  const zh = lineWith(decoded.lines, '号窗口叫号').text;
  const en = lineWith(decoded.lines, EN_AFTER.trim()).text;
  expect(zh.startsWith(ZH_BEFORE) && zh.endsWith(ZH_AFTER)).toBe(true);
  expect(en.endsWith(EN_AFTER)).toBe(true);
  return { zh: zh.slice(ZH_BEFORE.length, -ZH_AFTER.length), en: en.slice(0, -EN_AFTER.length) };
}

describe('the receipt and the kiosk name the same windows the same way', () => {
  // A run, a pair, a single window, and mixtures of both (the demo hall has all of them).
  const cases = [[1, 2, 3, 4], [5, 6], [12], [3, 4, 5, 8, 26, 27], [33, 34, 35, 9, 10, 11]].map((windowNumbers) => ({ windowNumbers }));

  it.each(cases)('windows $windowNumbers', ({ windowNumbers }) => {
    const printed = printedWindows(windowNumbers);
    expect(printed.zh).toBe(MESSAGES.zh.windows(windowNumbers));
    expect(printed.en).toBe(MESSAGES.en.windows(windowNumbers));
    // The ticket screen's own sentence carries the same words.
    expect(MESSAGES.zh.goTo(windowNumbers)).toContain(printed.zh);
  });
});
