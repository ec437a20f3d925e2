import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { decodeEscPos } from '../support/escpos-decoder.js';

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const LF = 0x0a;

const bytes = (...parts: (number[] | Buffer | string)[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'ascii') : Buffer.from(p))));

const gbk = (text: string): Buffer => iconv.encode(text, 'gbk');

/** GS ( k pL pH 49 fn ... */
const qrCommand = (fn: number, ...params: number[]): number[] => {
  const length = params.length + 2;
  return [GS, 0x28, 0x6b, length % 256, Math.floor(length / 256), 0x31, fn, ...params];
};

describe('ESC/POS decoder', () => {
  it('decodes GBK text after FS & and keeps ASCII as is', () => {
    const decoded = decodeEscPos(bytes([ESC, 0x40, ESC, 0x52, 15, FS, 0x26], gbk('前面还有 3 人'), [LF], 'Hello', [LF]));
    expect(decoded.lines.map((l) => l.text)).toEqual(['前面还有 3 人', 'Hello']);
    expect(decoded.unknown).toEqual([]);
    expect(decoded.cut).toBe(false);
  });

  it('reports double-byte text sent without Kanji mode, as the printer would garble it', () => {
    const decoded = decodeEscPos(bytes([ESC, 0x40], gbk('号'), [LF]));
    expect(decoded.unknown).toEqual([2, 3]);
    expect(decoded.lines[0]?.text).toBe('\ufffd\ufffd');
  });

  it('tracks GS ! magnification (high nibble width, low nibble height), alignment and bold per line', () => {
    const decoded = decodeEscPos(
      bytes(
        [ESC, 0x61, 1, GS, 0x21, 0x77, ESC, 0x45, 1], 'A001', [LF],
        [GS, 0x21, 0x10, ESC, 0x45, 0], 'wide', [LF],
        [ESC, 0x61, 0x32, GS, 0x21, 0x00], 'right', [LF],
        [ESC, 0x21, 0x38], 'esc!', [LF],
      ),
    );
    expect(decoded.lines).toEqual([
      { text: 'A001', align: 'center', width: 8, height: 8, bold: true },
      { text: 'wide', align: 'center', width: 2, height: 1, bold: false },
      { text: 'right', align: 'right', width: 1, height: 1, bold: false },
      { text: 'esc!', align: 'right', width: 2, height: 2, bold: true },
    ]);
    expect(decoded.unknown).toEqual([]);
  });

  it('collects the QR payload between store and print', () => {
    const url = 'http://hall.example/t/abc123';
    const decoded = decodeEscPos(
      bytes(
        qrCommand(0x41, 0x32, 0x00),
        qrCommand(0x43, 6),
        qrCommand(0x45, 0x31),
        qrCommand(0x50, 0x30, ...Buffer.from(url, 'ascii')),
        qrCommand(0x51, 0x30),
      ),
    );
    expect(decoded.qr).toEqual([url]);
    expect(decoded.unknown).toEqual([]);
  });

  it('flags printing a QR code that was never stored', () => {
    const decoded = decodeEscPos(bytes(qrCommand(0x51, 0x30)));
    expect(decoded.qr).toEqual([]);
    expect(decoded.unknown).toEqual([0]);
  });

  it('sees a cut, the feed before it, and text still pending at the cut', () => {
    const decoded = decodeEscPos(bytes('last', [ESC, 0x64, 4, ESC, 0x64, 4], 'tail', [GS, 0x56, 0x00, ESC, 0x40]));
    expect(decoded.cut).toBe(true);
    expect(decoded.lines.map((l) => l.text)).toEqual(['last', 'tail']);
    expect(decoded.unknown).toEqual([]);
  });

  it('accepts GS V with a feed amount and records status requests', () => {
    const decoded = decodeEscPos(bytes([GS, 0x56, 0x42, 3, 0x10, 0x04, 4]));
    expect(decoded.cut).toBe(true);
    expect(decoded.statusRequests).toEqual([4]);
    expect(decoded.unknown).toEqual([]);
  });

  it('reports unknown commands and stray control bytes by offset instead of skipping them', () => {
    const decoded = decodeEscPos(bytes('a', [ESC, 0x7e], 'b', [0x07], 'c', [GS, 0x28, 0x6b, 3, 0, 0x30, 0x41, 1], [LF]));
    expect(decoded.unknown).toEqual([1, 4, 6]);
    expect(decoded.lines.map((l) => l.text)).toEqual(['abc']);
  });

  it('reports a command cut off by the end of the data', () => {
    expect(decodeEscPos(bytes('x', [GS, 0x21])).unknown).toEqual([1]);
    expect(decodeEscPos(bytes(qrCommand(0x50, 0x30, 0x41).slice(0, 6))).unknown).toEqual([0]);
  });

  it('drops text that ESC @ clears before it was printed', () => {
    const decoded = decodeEscPos(bytes('lost', [ESC, 0x40], 'kept', [LF]));
    expect(decoded.lines.map((l) => l.text)).toEqual(['kept']);
  });
});
