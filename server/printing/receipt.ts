/**
 * Layout of a queue ticket (取号凭条) for an 80 mm ESC/POS printer, written onto a
 * node-thermal-printer instance. No I/O here: printer.ts owns the connection.
 */
import iconv from 'iconv-lite';
import ntp from 'node-thermal-printer';
import type { ThermalPrinter } from 'node-thermal-printer';
import { windowsNamed } from '../../common/windows.js';
import { NO_SERVICE_TODAY } from '../../common/labels.js';

export interface TicketReceipt {
  hallName: string;
  hallNameEn: string;
  number: string;
  queueName: string;
  queueNameEn: string;
  matterName: string | null;
  peopleAhead: number;
  estimatedWaitMinutes: number;
  /** No window will reach the ticket today: the wait is not promised (common/labels.ts NO_SERVICE_TODAY). */
  noServiceToday?: boolean;
  /** Already formatted local time, e.g. "2026-11-29 09:41". */
  issuedAt: string;
  /** ASCII; printed as a QR code. */
  trackUrl: string;
  windowNumbers: number[];
  /** An appointment ticket: the slot it was booked for (HH:MM), printed so the clerk and visitor see it. */
  appointmentAt?: string;
}

/** The printer methods the layout uses, so it can be driven by anything shaped like one. */
export type ReceiptSink = Pick<
  ThermalPrinter,
  'setBuffer' | 'setCharacterSet' | 'add' | 'alignCenter' | 'bold' | 'setTextSize' | 'println' | 'newLine' | 'drawLine' | 'printQR' | 'cut'
>;

/** Font A on an 80 mm head: 576 dots / 12 dots per column. */
export const PAPER_COLUMNS = 48;
/** GS ! allows 1..8 times magnification. */
const MAX_MAGNIFICATION = 8;

const ESC_INIT = Buffer.from([0x1b, 0x40]);
/**
 * FS &: Kanji (double-byte) mode. Chinese printer models usually boot with it on, but a
 * memory switch or an earlier job may have turned it off; without it GBK prints as two
 * single-byte glyphs per character.
 */
const FS_KANJI_ON = Buffer.from([0x1c, 0x26]);

/**
 * The encoding node-thermal-printer uses for CharacterSet.CHINA. When a character does not
 * encode there, the library silently switches to other code pages (ESC t n) and later
 * Chinese text comes out wrong, so every string is reduced to this repertoire first.
 */
const LIBRARY_CHINA_ENCODING = 'EUC-CN';

export function layoutTicket(sink: ReceiptSink, receipt: TicketReceipt): void {
  // Replaces whatever the library put in the buffer: a job must start from a reset printer
  // (a previous, cut-off job may have left sizes or alignment set), and ESC @ would undo a
  // character set selected before it.
  sink.setBuffer(ESC_INIT);
  sink.setCharacterSet(ntp.CharacterSet.CHINA);
  sink.add(FS_KANJI_ON);
  sink.alignCenter();

  text(sink, receipt.hallName, { size: 2, bold: true });
  text(sink, receipt.hallNameEn, { size: 1 });
  sink.drawLine('-');

  text(sink, '您的号码 Your number', { size: 1 });
  const number = gbkSafe(receipt.number);
  text(sink, number, { size: largestMagnificationFor(number), bold: true });

  text(sink, receipt.queueName, { size: 2, bold: true });
  text(sink, receipt.queueNameEn, { size: 1 });
  if (receipt.matterName !== null && receipt.matterName.trim() !== '') {
    text(sink, `办理事项：${receipt.matterName}`, { size: 1 });
  }
  if (receipt.appointmentAt !== undefined) text(sink, `预约 ${gbkSafe(receipt.appointmentAt)} Appointment`, { size: 1, bold: true });
  sink.drawLine('-');

  const ahead = Math.max(0, Math.trunc(receipt.peopleAhead));
  const minutes = Math.max(0, Math.round(receipt.estimatedWaitMinutes));
  text(sink, `前面还有 ${ahead} 人`, { size: 2, bold: true });
  if (receipt.noServiceToday === true) {
    text(sink, NO_SERVICE_TODAY.zh, { size: 1, bold: true });
    text(sink, NO_SERVICE_TODAY.en, { size: 1 });
  } else if (minutes >= 1) {
    text(sink, `预计等候约 ${minutes} 分钟`, { size: 1 });
    text(sink, `${peopleAheadEn(ahead)}, about ${minutes} min`, { size: 1 });
  } else {
    text(sink, '即将叫号', { size: 1 });
    text(sink, `${peopleAheadEn(ahead)}, you will be called soon`, { size: 1 });
  }

  // Worded by the same helper as the kiosk's screen, so paper and screen never disagree.
  const windowsZh = windowsNamed(receipt.windowNumbers, 'zh');
  if (windowsZh !== '') {
    text(sink, `请留意 ${windowsZh}叫号`, { size: 1 });
    text(sink, `${windowsNamed(receipt.windowNumbers, 'en')} will call your number`, { size: 1 });
  }
  text(sink, `取号时间 Issued: ${receipt.issuedAt}`, { size: 1 });

  const qr = asciiQrPayload(receipt.trackUrl);
  if (qr !== '') {
    sink.newLine();
    // Larger modules scan better from a phone; long payloads need smaller ones to fit the paper.
    sink.printQR(qr, { cellSize: qr.length <= 100 ? 6 : 4, correction: 'M', model: 2 });
    sink.newLine();
    text(sink, '扫码查看排队进度 Scan to track your place', { size: 1 });
  }

  sink.drawLine('-');
  text(sink, '请留意大厅屏幕和语音叫号，过号请至咨询台', { size: 1 });
  // Broken at the clause rather than wherever 48 columns run out.
  text(sink, 'Please watch the screens;', { size: 1 });
  text(sink, 'missed calls: see the help desk', { size: 1 });
  sink.cut();
}

interface TextStyle {
  /** Same magnification both ways, 1..8. */
  size: number;
  bold?: boolean;
}

function text(sink: ReceiptSink, value: string, style: TextStyle): void {
  const safe = gbkSafe(value);
  if (safe.trim() === '') return;
  const size = Math.min(MAX_MAGNIFICATION, Math.max(1, Math.trunc(style.size)));
  setMagnification(sink, size, size);
  if (style.bold === true) sink.bold(true);
  for (const line of wrapColumns(safe, Math.floor(PAPER_COLUMNS / size))) sink.println(line);
  if (style.bold === true) sink.bold(false);
  setMagnification(sink, 1, 1);
}

/**
 * node-thermal-printer's setTextSize(height, width) writes `height` into the high nibble of
 * GS ! n, which ESC/POS defines as the width; going through here keeps the two straight.
 */
function setMagnification(sink: ReceiptSink, width: number, height: number): void {
  sink.setTextSize(width - 1, height - 1);
}

/** Largest magnification at which the text still fits on one line (8x for "A001"). */
export function largestMagnificationFor(value: string): number {
  const columns = Math.max(1, displayColumns(value));
  return Math.max(1, Math.min(MAX_MAGNIFICATION, Math.floor(PAPER_COLUMNS / columns)));
}

/** Printer columns a string takes: a double-byte (GBK) character is two half-width cells. */
export function displayColumns(value: string): number {
  let columns = 0;
  for (const ch of value) columns += isAsciiChar(ch) ? 1 : 2;
  return columns;
}

/**
 * Wrap by printer columns. The library's own folding counts JS characters and ignores text
 * size, so Chinese or enlarged lines would overflow and be broken by the printer mid-word.
 */
export function wrapColumns(value: string, maxColumns: number): string[] {
  const limit = Math.max(2, maxColumns);
  const lines: string[] = [];
  let line = '';
  let used = 0;
  // Latin words stay whole where possible; each Chinese character is its own token.
  const tokens = value.match(/[\x21-\x7e]+|\s+|\P{ASCII}/gu) ?? [];
  const flush = (): void => {
    const trimmed = line.trimEnd();
    if (trimmed !== '') lines.push(trimmed);
    line = '';
    used = 0;
  };
  for (const token of tokens) {
    if (/^\s+$/u.test(token)) {
      if (used > 0 && used < limit) {
        line += ' ';
        used += 1;
      }
      continue;
    }
    const width = displayColumns(token);
    if (used + width <= limit) {
      line += token;
      used += width;
      continue;
    }
    if (width <= limit) {
      flush();
      line = token;
      used = width;
      continue;
    }
    // A word wider than the paper: cut it where it reaches the edge.
    for (const ch of token) {
      const w = displayColumns(ch);
      if (used + w > limit) flush();
      line += ch;
      used += w;
    }
  }
  flush();
  return lines;
}

/**
 * Reduce a string to characters the printer can show in GBK mode: control characters and
 * line breaks become spaces (the layout decides where lines end), anything outside GBK
 * becomes '?', as the printer would otherwise print garbage for it.
 */
export function gbkSafe(value: string): string {
  let out = '';
  for (const ch of value) {
    if (isAsciiChar(ch)) {
      out += ch < ' ' || ch === '\x7f' ? ' ' : ch;
      continue;
    }
    if (/^\s$/u.test(ch)) {
      out += ' ';
      continue;
    }
    const encoded = iconv.encode(ch, LIBRARY_CHINA_ENCODING);
    const roundTrips = encoded.length === 2 && iconv.decode(encoded, LIBRARY_CHINA_ENCODING) === ch;
    out += roundTrips ? ch : '?';
  }
  return out;
}

/**
 * The library sizes the QR store command from the JS string length but writes UTF-8, so a
 * non-ASCII payload corrupts the command stream; percent-encode such characters instead.
 */
export function asciiQrPayload(url: string): string {
  let out = '';
  for (const ch of url.trim()) {
    if (ch >= '!' && ch <= '~') out += ch;
    else out += encodeURIComponent(ch);
  }
  return out;
}

function peopleAheadEn(ahead: number): string {
  return ahead === 1 ? '1 person ahead' : `${ahead} people ahead`;
}

function isAsciiChar(ch: string): boolean {
  return ch.length === 1 && ch.charCodeAt(0) < 0x80;
}
