import { describe, expect, it } from 'vitest';
import { forgetKey, keyFor, REUSE_WITHIN_MS, type KeyStore } from './idempotency.js';

/** sessionStorage as the kiosk sees it: strings in, strings out, survives a reload. */
function sessionLike(): KeyStore & { raw: Map<string, string> } {
  const raw = new Map<string, string>();
  return { raw, getItem: (k) => raw.get(k) ?? null, setItem: (k, v) => void raw.set(k, v), removeItem: (k) => void raw.delete(k) };
}

let counter = 0;
const fresh = () => `key-${++counter}`;

describe('idempotency key per intended ticket', () => {
  it('reuses the unanswered key for the same request (double tap, retry, reload)', () => {
    const store = sessionLike();
    const a = keyFor(store, { matterId: 'market-001' }, 1000, fresh);
    expect(keyFor(store, { matterId: 'market-001' }, 1500, fresh)).toBe(a);
    // A reload keeps sessionStorage: the same tap after it still sends the same key.
    expect(keyFor(store, { matterId: 'market-001' }, 1000 + REUSE_WITHIN_MS - 1, fresh)).toBe(a);
  });

  it('uses a new key for a different request, with or without green channel', () => {
    const store = sessionLike();
    const a = keyFor(store, { matterId: 'market-001' }, 1000, fresh);
    const b = keyFor(store, { matterId: 'market-002' }, 1100, fresh);
    const c = keyFor(store, { matterId: 'market-002', priority: 'elderly' }, 1200, fresh);
    expect(new Set([a, b, c]).size).toBe(3);
  });

  it('treats property order as the same request', () => {
    const store = sessionLike();
    const a = keyFor(store, { queueId: 'guidance', priority: 'pregnant' }, 1000, fresh);
    expect(keyFor(store, { priority: 'pregnant', queueId: 'guidance' }, 1001, fresh)).toBe(a);
  });

  it('starts over once answered, or when the pending one is old (a new visitor)', () => {
    const store = sessionLike();
    const a = keyFor(store, { matterId: 'market-001' }, 1000, fresh);
    forgetKey(store);
    const b = keyFor(store, { matterId: 'market-001' }, 1100, fresh);
    expect(b).not.toBe(a);
    expect(keyFor(store, { matterId: 'market-001' }, 1100 + REUSE_WITHIN_MS, fresh)).not.toBe(b);
  });

  it('ignores a damaged stored value instead of failing the ticket', () => {
    const store = sessionLike();
    store.raw.set('kiosk.pendingTicket', '{not json');
    expect(keyFor(store, { matterId: 'x' }, 1, fresh)).toMatch(/^key-/);
    store.raw.set('kiosk.pendingTicket', JSON.stringify({ key: 5, request: [], at: 'soon' }));
    expect(keyFor(store, { matterId: 'x' }, 2, fresh)).toMatch(/^key-/);
  });
});
