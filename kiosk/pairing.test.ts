/** The kiosk's pairing store against a real listening hall server (no browser, no DOM). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pairingCode } from '../tests/support/devices.js';
import { startServer, type TestServer } from '../tests/support/server.js';
import { testKiosk, type TestKiosk } from './kiosk-test-support.js';

let server: TestServer | null = null;
const kiosks: TestKiosk[] = [];
afterEach(async () => {
  for (const k of kiosks.splice(0)) k.kiosk.close();
  await server?.close();
  server = null;
  vi.unstubAllGlobals();
});

async function setUp(): Promise<{ s: TestServer; k: TestKiosk }> {
  server = await startServer();
  const k = testKiosk(server.url);
  kiosks.push(k);
  return { s: server, k };
}

describe('pairing a kiosk', () => {
  it('pairs with the code in the address, takes the code off the address bar and keeps the credential', async () => {
    const { s, k } = await setUp();
    const code = await pairingCode(s.app, 'K01');
    const replaced: string[] = [];
    const href = `${s.url}/kiosk?device=K01&pair=${code}`;
    await k.kiosk.pairing.start({ href, search: `?device=K01&pair=${code}`, replace: (h) => void replaced.push(h) });
    expect(replaced).toEqual(['/kiosk?device=K01']);
    expect(k.kiosk.pairing.deviceState.value).toBe('paired');
    expect(k.kiosk.pairing.justPaired.value).toBe(true);
    const key = k.kiosk.pairing.key();
    expect(key).toMatch(/^K01:/);
    expect(k.local.getItem('kiosk.deviceKey.K01')).toBe(key);
    const me = await s.app.inject({ url: '/api/devices/me', headers: { 'x-device-key': key ?? '' } });
    expect(me.statusCode).toBe(200);
  });

  it('opens the keypad with the reason when the code is wrong, and pairs from the keypad', async () => {
    const { s, k } = await setUp();
    const { pairing } = k.kiosk;
    await pairing.start({ href: `${s.url}/kiosk?device=K01&pair=ABCD-EFGH`, search: '?device=K01&pair=ABCD-EFGH', replace: () => {} });
    expect(pairing.form.value).toEqual({ code: '', busy: false, problem: 'invalid' });
    expect(pairing.deviceState.value).toBe('unpaired');
    for (const c of await pairingCode(s.app, 'K01')) pairing.typeKey(c);
    await pairing.submitForm();
    expect(pairing.form.value).toBeNull();
    expect(pairing.deviceState.value).toBe('paired');
  });

  it('notices an unpairing made meanwhile when the next visitor comes, and closes a keypad left open', async () => {
    const { s, k } = await setUp();
    const { pairing, state } = k.kiosk;
    const code = await pairingCode(s.app, 'K01');
    await pairing.start({ href: `${s.url}/kiosk?device=K01&pair=${code}`, search: `?device=K01&pair=${code}`, replace: () => {} });
    const admin = await s.login('admin');
    expect((await s.app.inject({ method: 'POST', url: '/api/devices/K01/unpair', headers: { cookie: admin } })).statusCode).toBe(200);
    state.resetVisitor();
    await vi.waitFor(() => expect(pairing.deviceState.value).toBe('unpaired'));
    expect(pairing.key()).toBeNull();

    pairing.openForm();
    expect(pairing.form.value).not.toBeNull();
    state.resetVisitor();
    expect(pairing.form.value).toBeNull();
  });

  it('keeps two kiosks of one process apart: nothing lives at module level', async () => {
    const { s, k } = await setUp();
    const other = testKiosk(s.url, '?device=K02');
    kiosks.push(other);
    const code = await pairingCode(s.app, 'K01');
    await k.kiosk.pairing.start({ href: `${s.url}/kiosk?device=K01&pair=${code}`, search: `?device=K01&pair=${code}`, replace: () => {} });
    await other.kiosk.pairing.start({ href: `${s.url}/kiosk?device=K02`, search: '?device=K02', replace: () => {} });
    expect([k.kiosk.pairing.deviceState.value, other.kiosk.pairing.deviceState.value]).toEqual(['paired', 'unpaired']);
    k.kiosk.state.navigate({ name: 'search' });
    other.kiosk.state.resetVisitor();
    expect(k.kiosk.state.screen.value).toEqual({ name: 'search' });
  });
});
