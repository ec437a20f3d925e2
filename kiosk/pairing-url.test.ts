import { describe, expect, it } from 'vitest';
import { addressWithoutPairCode, pairCodeIn } from './pairing-url.js';

describe('pairing code in the kiosk address', () => {
  it('reads the code the admin page printed into the link', () => {
    expect(pairCodeIn('?device=K01&pair=ABCD-EFGH')).toBe('ABCD-EFGH');
    expect(pairCodeIn('?pair=%20abcd%20efgh%20&device=K01')).toBe('abcd efgh');
  });

  it('has none without one, or with something that is not a code', () => {
    expect(pairCodeIn('?device=K01')).toBeNull();
    expect(pairCodeIn('?device=K01&pair=')).toBeNull();
    expect(pairCodeIn('?pair=<script>')).toBeNull();
    expect(pairCodeIn(`?pair=${'A'.repeat(33)}`)).toBeNull();
  });

  it('drops the code from the address and keeps the rest', () => {
    expect(addressWithoutPairCode('http://hall:3000/kiosk?device=K01&pair=ABCD-EFGH&idle=90')).toBe('/kiosk?device=K01&idle=90');
    expect(addressWithoutPairCode('http://hall:3000/kiosk?pair=ABCD-EFGH')).toBe('/kiosk');
    // A malformed code is still removed: whatever was typed there is not left on screen.
    expect(addressWithoutPairCode('http://hall:3000/kiosk?device=K01&pair=<x>#top')).toBe('/kiosk?device=K01#top');
  });

  it('leaves an address without a code alone', () => {
    expect(addressWithoutPairCode('http://hall:3000/kiosk?device=K01')).toBeNull();
  });
});
