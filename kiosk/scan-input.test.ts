/** The scanner-or-person rule of scan-input.ts, key by key with made-up times. */
import { describe, expect, it } from 'vitest';
import { createScanDetector, type ScanDetector, type ScanStep } from './scan-input.js';

/** Feed each character `gapMs` after the previous one, from `start`, then Enter; the last step. */
function type(d: ScanDetector, text: string, gapMs: number, start = 1000): ScanStep {
  let at = start;
  for (const ch of text) {
    d.feed(ch, at);
    at += gapMs;
  }
  return d.feed('Enter', at);
}

const URL = 'http://192.168.1.10:3000/c/Q2hhbmdlTWVQbGVhc2Vfa2V5';

describe('a keyboard-wedge scan', () => {
  it('is a fast run of keys ended by Enter', () => {
    expect(type(createScanDetector(), URL, 5)).toEqual({ kind: 'scan', text: URL });
  });

  it('keeps capitals sent with Shift and ignores the Shift keys themselves', () => {
    const d = createScanDetector();
    let at = 0;
    for (const ch of 'XMSZ-20261201-0042') {
      if (/[A-Z]/.test(ch)) d.feed('Shift', at++);
      d.feed(ch, at);
      at += 3;
    }
    expect(d.feed('Enter', at)).toEqual({ kind: 'scan', text: 'XMSZ-20261201-0042' });
  });

  it('is not what a person types: slow keys and Enter are a plain Enter', () => {
    expect(type(createScanDetector(), '202612010042', 250)).toEqual({ kind: 'enter' });
  });

  it('starts again after a pause, so a stray key before the scan does not join it', () => {
    const d = createScanDetector();
    d.feed('7', 0);
    expect(type(d, URL, 5, 5000)).toEqual({ kind: 'scan', text: URL });
  });

  it('drops a run cut off by a pause before its Enter', () => {
    const d = createScanDetector();
    let at = 0;
    for (const ch of URL) d.feed(ch, (at += 5));
    expect(d.feed('Enter', at + 2000)).toEqual({ kind: 'enter' });
    // And nothing of it is left for the next one.
    expect(type(d, 'XMSZ-20261201-0042', 5, at + 5000)).toEqual({ kind: 'scan', text: 'XMSZ-20261201-0042' });
  });

  it('is not a short burst (a double key press and Enter)', () => {
    expect(type(createScanDetector(), '12', 5)).toEqual({ kind: 'enter' });
  });

  it('forgets everything on reset', () => {
    const d = createScanDetector();
    for (const [i, ch] of [...URL].entries()) d.feed(ch, i);
    d.reset();
    expect(d.feed('Enter', URL.length)).toEqual({ kind: 'enter' });
  });
});
