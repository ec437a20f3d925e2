/** The console kept true to the server by pushes, in Node against a real hall server. */
import { describe, expect, it } from 'vitest';
import type { TicketDto } from '../contract/dto.js';
import { ACTIONS } from './actions.js';
import { Browser, hallForConsoles, until } from './console-harness.js';
import type { ConsoleStore } from './console.js';

const hall = hallForConsoles();
const { signedIn, working, issue } = hall;

async function calledAt(c: ConsoleStore): Promise<void> {
  await until(() => c.state.pad.value['call-next'].enabled, 'someone waiting');
  c.actions.trigger('call-next');
  await until(() => c.state.busy.value === null && c.state.current.value !== null, 'ticket called');
}

describe('console live updates', () => {
  it('a ticket taken in the queue shows up in the window\'s line', async () => {
    const c = await working(new Browser('w12'), 'clerk12', 12);
    const before = c.state.line.value?.waitingTotal ?? 0;
    const t = await issue('finance');
    await until(() => c.state.line.value?.waiting.some((e) => e.ticketId === t.id) ?? false, 'line reloaded');
    expect(c.state.line.value?.waitingTotal).toBe(before + 1);
  });

  it('a change made from another console reaches the store: the finished ticket leaves the screen', async () => {
    await issue('public-security');
    const b = new Browser('w13');
    const c = await working(b, 'clerk13', 13);
    await calledAt(c);
    const held = c.state.current.value;
    if (!held) throw new Error('nothing called');
    // Same session, another page (e.g. a script or a second device): start and finish it behind the console's back.
    const cookie = b.cookieHeader();
    for (const [action, payload] of [['start', { ticketId: held.id }], ['finish', { ticketId: held.id, outcome: { kind: 'consultation' } }]] as const) {
      const r = await hall.server.app.inject({ method: 'POST', url: `/api/windows/13/${action}`, headers: { cookie }, payload });
      expect(r.statusCode).toBe(200);
    }
    await until(() => c.state.current.value === null, 'window:changed reconciled');
    expect(c.state.takenOver.value).toBeNull();
    expect(c.state.pad.value['call-next'].why ?? 'enabled').not.toContain('Finish the current ticket');
  });

  it('a takeover stops the console at once: it names the taker and every action is off', async () => {
    await issue('public-security');
    const b = new Browser('w14');
    const c = await working(b, 'clerk14', 14);
    await calledAt(c);
    const held = c.state.current.value;

    const boss = await signedIn(new Browser('boss'), 'supervisor');
    await boss.actions.openWindow(14);
    expect(boss.state.refusal.value?.windowId).toBe(14);
    await boss.actions.openWindow(14, true);
    await until(() => boss.state.synced.value, 'supervisor synced');
    expect(boss.state.current.value?.id).toBe(held?.id);

    await until(() => c.state.takenOver.value !== null, 'taken-over notice');
    expect(c.state.takenOver.value).toEqual({ by: '值班主任', otherTab: false });
    expect(c.state.connection.value).toBe('disconnected');
    for (const a of ACTIONS) expect(c.state.pad.value[a]).toEqual({ enabled: false, why: '窗口已被接管 Taken over' });
    const before = b.sent.length;
    c.actions.trigger('start');
    expect(b.sent.slice(before)).toEqual([]);
    expect((await hall.server.app.inject(`/api/tickets/${held?.id ?? ''}`)).json<TicketDto>().status).toBe('called');
  });
});
