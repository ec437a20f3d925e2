import { describe, expect, it } from 'vitest';
import { formatTicketNumber } from './numbering.js';

describe('ticket numbers', () => {
  it('pads to three digits and grows past 999', () => {
    expect(formatTicketNumber('A', 1)).toBe('A001');
    expect(formatTicketNumber('M', 42)).toBe('M042');
    expect(formatTicketNumber('A', 999)).toBe('A999');
    expect(formatTicketNumber('A', 1000)).toBe('A1000');
  });
  it('refuses sequences that are not positive integers', () => {
    expect(() => formatTicketNumber('A', 0)).toThrow(RangeError);
    expect(() => formatTicketNumber('A', 1.5)).toThrow(RangeError);
  });
});
