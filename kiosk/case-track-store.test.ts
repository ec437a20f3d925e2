/** The case tracking store against a real listening hall server: refresh by timer and focus, withdraw. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APPLICANT, post, serveAndFinish } from '../tests/cases/case-helpers.js';
import { startServer, type TestServer } from '../tests/support/server.js';
import { createCaseTrackStore, type CaseTrackStore } from './case-track-store.js';
import { callAt } from './kiosk-test-support.js';

let server: TestServer;
let clerk: string;
beforeAll(async () => {
  server = await startServer();
  clerk = await server.clerkAt(2);
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await server.close();
});

/** The timer and the focus listener, fired by hand. */
function manualTriggers() {
  const t = { tick: () => {}, focus: () => {}, stopped: 0 };
  return {
    t,
    clock: { every: (_ms: number, run: () => void) => { t.tick = run; return () => void t.stopped++; } },
    onFocus: (run: () => void) => { t.focus = run; return () => void t.stopped++; },
  };
}

async function accepted(): Promise<{ number: string; token: string }> {
  const { answer } = await serveAndFinish(server, clerk, 2, 'market-005', { kind: 'accepted', applicant: APPLICANT, delivery: { method: 'pickup' }, received: [{ index: 0, copies: 1 }] });
  const number = answer.case?.number ?? '';
  return { number, token: answer.case?.trackUrl.split('/').pop() ?? '' };
}

function open(token: string) {
  const triggers = manualTriggers();
  const store = createCaseTrackStore({ token, call: callAt(server.url).call, clock: triggers.clock, onFocus: triggers.onFocus });
  return { store, ...triggers };
}

const statusOf = (s: CaseTrackStore) => (s.load.value.kind === 'case' ? s.load.value.track.status : s.load.value.kind);

describe('tracking a case on the phone', () => {
  it('loads the case, and sees a change made elsewhere on the next tick or focus', async () => {
    const { number, token } = await accepted();
    const { store, t } = open(token);
    await vi.waitFor(() => expect(statusOf(store)).toBe('received'));
    expect(store.load.value.kind === 'case' && store.load.value.track.number).toBe(number);
    expect((await post(server, `/api/cases/${number}/withdraw`, { reason: '到窗口撤回' }, clerk)).statusCode).toBe(200);
    expect(statusOf(store)).toBe('received');
    t.focus();
    await vi.waitFor(() => expect(statusOf(store)).toBe('withdrawn'));
    t.tick();
    await vi.waitFor(() => expect(store.fetchFailed.value).toBe(false));
    store.close();
    expect(t.stopped).toBe(2);
  });

  it('withdraws after the visitor confirms, and reports a withdrawal the hall refused', async () => {
    const { number, token } = await accepted();
    const { store } = open(token);
    await vi.waitFor(() => expect(statusOf(store)).toBe('received'));
    store.askWithdraw();
    expect(store.confirming.value).toBe(true);
    await store.confirmWithdraw('不需要了');
    expect(statusOf(store)).toBe('withdrawn');
    expect(store.confirming.value).toBe(false);
    const onServer = await server.app.inject({ url: `/api/cases/${number}`, headers: { cookie: clerk } });
    expect(onServer.json<{ status: string }>().status).toBe('withdrawn');

    store.askWithdraw();
    await store.confirmWithdraw();
    expect(store.withdrawError.value).toBe(true);
    store.close();
  });

  it('says so for a token that leads nowhere', async () => {
    const { store } = open('no-such-case-token');
    await vi.waitFor(() => expect(statusOf(store)).toBe('missing'));
    store.close();
  });
});
