/** The typed case number, and a results ticket's own idempotency key. */
import { describe, expect, it } from 'vitest';
import { requestFingerprint } from './idempotency.js';
import { addDigit, caseNumberOf, formatCaseDigits, heldTicketOf } from './pickup-number.js';

describe('the case number on the keypad', () => {
  it('is formatted as it is typed', () => {
    expect(formatCaseDigits('XMSZ', '')).toBe('XMSZ');
    expect(formatCaseDigits('XMSZ', '2026')).toBe('XMSZ-2026');
    expect(formatCaseDigits('XMSZ', '20261201')).toBe('XMSZ-20261201');
    expect(formatCaseDigits('XMSZ', '202612010042')).toBe('XMSZ-20261201-0042');
  });

  it('is whole from three digits of sequence on, and takes digits only up to a bound', () => {
    expect(caseNumberOf('XMSZ', '2026120100')).toBeNull();
    expect(caseNumberOf('XMSZ', '20261201004')).toBe('XMSZ-20261201-004');
    let d = '';
    for (const k of '2026120100421234567') d = addDigit(d, k);
    expect(d).toBe('20261201004212');
    expect(addDigit('1', 'a')).toBe('1');
  });

  it('names the ticket a case already holds from the server\'s refusal', () => {
    expect(heldTicketOf('case XMSZ-20261201-0042 already has ticket R012 in the results queue')).toBe('R012');
    expect(heldTicketOf('something else')).toBeNull();
  });

  it('gives each case its own idempotency key', () => {
    expect(requestFingerprint({ caseRef: 'XMSZ-20261201-0042' })).not.toBe(requestFingerprint({ caseRef: 'XMSZ-20261201-0043' }));
  });
});
