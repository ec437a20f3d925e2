/**
 * Decoder for the ESC/POS subset the hall's ticket printing emits (via node-thermal-printer's
 * EPSON type), so tests can assert on what a printer would show rather than on raw bytes.
 * Anything outside that subset is reported in `unknown`, never skipped silently: a byte the
 * decoder does not know is a byte a real printer may misread.
 */
import iconv from 'iconv-lite';

export type Align = 'left' | 'center' | 'right';

export interface DecodedLine {
  text: string;
  align: Align;
  /** Character magnification, 1..8. */
  width: number;
  height: number;
  bold: boolean;
}

export interface DecodedReceipt {
  /** Printed text lines; blank feeds are not listed. Style is the one in force at the line's first character. */
  lines: DecodedLine[];
  /** Payloads of printed QR codes, in order. */
  qr: string[];
  cut: boolean;
  /** Byte offsets of commands or bytes the decoder does not know. */
  unknown: number[];
  /** `n` of each real-time status request (DLE EOT n). */
  statusRequests: number[];
}

const LF = 0x0a;
const DLE = 0x10;
const FS = 0x1c;
const ESC = 0x1b;
const GS = 0x1d;

interface Style {
  align: Align;
  width: number;
  height: number;
  bold: boolean;
}

const INITIAL_STYLE: Style = { align: 'left', width: 1, height: 1, bold: false };

export function decodeEscPos(bytes: Uint8Array): DecodedReceipt {
  const out: DecodedReceipt = { lines: [], qr: [], cut: false, unknown: [], statusRequests: [] };
  let style: Style = { ...INITIAL_STYLE };
  // Double-byte (GBK) text only after FS &; the decoder starts as a printer with it off, so a
  // job that forgets to turn it on shows up as unknown bytes.
  let kanji = false;
  let qrStore: string | null = null;
  let line: { text: string; style: Style } | null = null;

  const at = (offset: number): number | undefined => bytes[offset];
  const emit = (ch: string): void => {
    line ??= { text: '', style: { ...style } };
    line.text += ch;
  };
  const flush = (): void => {
    if (line !== null && line.text !== '') out.lines.push({ text: line.text, ...line.style });
    line = null;
  };

  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;

    if (b >= 0x20 && b <= 0x7e) {
      emit(String.fromCharCode(b));
      i += 1;
      continue;
    }

    if (b >= 0x80) {
      const trail = at(i + 1);
      if (kanji && b >= 0x81 && b <= 0xfe && trail !== undefined && trail >= 0x40 && trail <= 0xfe && trail !== 0x7f) {
        emit(iconv.decode(Buffer.from([b, trail]), 'gbk'));
        i += 2;
      } else {
        out.unknown.push(i);
        emit('\ufffd');
        i += 1;
      }
      continue;
    }

    if (b === LF) {
      flush();
      i += 1;
      continue;
    }

    if (b === ESC) {
      const cmd = at(i + 1);
      const n = at(i + 2);
      if (cmd === 0x40) {
        // ESC @ clears the print buffer too: text not yet ended by a line feed is lost.
        line = null;
        style = { ...INITIAL_STYLE };
        kanji = false;
        qrStore = null;
        i += 2;
        continue;
      }
      if (n === undefined) {
        out.unknown.push(i);
        break;
      }
      if (cmd === 0x61 && (n <= 2 || (n >= 0x30 && n <= 0x32))) {
        style.align = (['left', 'center', 'right'] as const)[n % 0x30] ?? 'left';
        i += 3;
        continue;
      }
      if (cmd === 0x45) {
        style.bold = (n & 1) === 1;
        i += 3;
        continue;
      }
      if (cmd === 0x21) {
        style.bold = (n & 0x08) !== 0;
        style.height = n & 0x10 ? 2 : 1;
        style.width = n & 0x20 ? 2 : 1;
        i += 3;
        continue;
      }
      if (cmd === 0x52 || cmd === 0x74) {
        // International character set / code page: no effect on GBK or ASCII text we check.
        i += 3;
        continue;
      }
      if (cmd === 0x64) {
        flush();
        i += 3;
        continue;
      }
      out.unknown.push(i);
      i += 2;
      continue;
    }

    if (b === GS) {
      const cmd = at(i + 1);
      const n = at(i + 2);
      if (n === undefined) {
        out.unknown.push(i);
        break;
      }
      if (cmd === 0x21 && (n & 0x88) === 0) {
        style.width = ((n >> 4) & 0x07) + 1;
        style.height = (n & 0x07) + 1;
        i += 3;
        continue;
      }
      if (cmd === 0x56) {
        if (n === 0 || n === 1 || n === 0x30 || n === 0x31) {
          flush();
          out.cut = true;
          i += 3;
          continue;
        }
        if ((n === 0x41 || n === 0x42) && at(i + 3) !== undefined) {
          flush();
          out.cut = true;
          i += 4;
          continue;
        }
        out.unknown.push(i);
        i += 2;
        continue;
      }
      if (cmd === 0x28 && n === 0x6b) {
        const pL = at(i + 3);
        const pH = at(i + 4);
        if (pL === undefined || pH === undefined) {
          out.unknown.push(i);
          break;
        }
        const length = pL + pH * 256;
        const bodyStart = i + 5;
        if (length < 2 || bodyStart + length > bytes.length) {
          out.unknown.push(i);
          break;
        }
        const body = bytes.subarray(bodyStart, bodyStart + length);
        const known = qrFunction(body);
        if (known === null) {
          out.unknown.push(i);
        } else if (known.kind === 'store') {
          qrStore = known.data;
        } else if (known.kind === 'print') {
          if (qrStore === null) {
            out.unknown.push(i);
          } else {
            flush();
            out.qr.push(qrStore);
          }
        }
        i = bodyStart + length;
        continue;
      }
      out.unknown.push(i);
      i += 2;
      continue;
    }

    if (b === FS) {
      const cmd = at(i + 1);
      if (cmd === 0x26 || cmd === 0x2e) {
        kanji = cmd === 0x26;
        i += 2;
        continue;
      }
      out.unknown.push(i);
      i += cmd === undefined ? 1 : 2;
      continue;
    }

    if (b === DLE) {
      const n = at(i + 2);
      if (at(i + 1) === 0x04 && n !== undefined && n >= 1 && n <= 4) {
        out.statusRequests.push(n);
        i += 3;
        continue;
      }
      out.unknown.push(i);
      i += 1;
      continue;
    }

    out.unknown.push(i);
    i += 1;
  }
  flush();
  return out;
}

type QrFunction = { kind: 'setting' } | { kind: 'store'; data: string } | { kind: 'print' };

/** GS ( k body (cn fn ...) for QR code (cn = 49); other symbologies are not emitted by us. */
function qrFunction(body: Uint8Array): QrFunction | null {
  const [cn, fn, m] = body;
  if (cn !== 0x31) return null;
  switch (fn) {
    case 0x41: // model: n1 = 49..51, n2 = 0
      return body.length === 4 && m !== undefined && m >= 0x31 && m <= 0x33 && body[3] === 0 ? { kind: 'setting' } : null;
    case 0x43: // module size
      return body.length === 3 && m !== undefined && m >= 1 && m <= 16 ? { kind: 'setting' } : null;
    case 0x45: // error correction level L/M/Q/H
      return body.length === 3 && m !== undefined && m >= 0x30 && m <= 0x33 ? { kind: 'setting' } : null;
    case 0x50: // store data
      return m === 0x30 ? { kind: 'store', data: Buffer.from(body.subarray(3)).toString('utf8') } : null;
    case 0x51: // print stored symbol
      return body.length === 3 && m === 0x30 ? { kind: 'print' } : null;
    default:
      return null;
  }
}

/** The first decoded line containing `fragment`; fails with every line listed, so a miss is readable. */
export function lineWith(lines: DecodedLine[], fragment: string): DecodedLine {
  const found = lines.find((l) => l.text.includes(fragment));
  if (found === undefined) throw new Error(`no line contains "${fragment}"; lines: ${lines.map((l) => l.text).join(' | ')}`);
  return found;
}
