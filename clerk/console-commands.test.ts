/** The console's commands in Node against a real hall server: what the store shows is what the server did. */
import { describe, expect, it } from 'vitest';
import type { TicketDto } from '../contract/dto.js';
import { Browser, hallForConsoles, until } from './console-harness.js';
import type { ConsoleStore } from './console.js';

const hall = hallForConsoles();
const { working, issue } = hall;

const ticket = async (id: string) => (await hall.server.app.inject(`/api/tickets/${id}`)).json<TicketDto>();
const idle = (c: ConsoleStore) => until(() => c.state.busy.value === null, 'command answered');

describe('console commands', () => {
  it('call next shows the ticket the server called; start and finish follow it to done', async () => {
    const issued = await issue('housing');
    const c = await working(new Browser('w5'), 'clerk05', 5);
    await until(() => c.state.pad.value['call-next'].enabled, 'someone waiting');
    c.actions.trigger('call-next');
    await idle(c);
    expect(c.state.current.value?.id).toBe(issued.id);
    expect(c.state.current.value?.status).toBe('called');
    expect(c.state.pick.value?.ticketId).toBe(issued.id);
    expect(await ticket(issued.id)).toMatchObject({ status: 'called', windowNumber: 5 });
    expect(c.state.feedback.value?.text).toContain(`已呼叫 ${issued.number}`);

    c.actions.trigger('start');
    await idle(c);
    expect(c.state.current.value?.status).toBe('serving');
    expect((await ticket(issued.id)).status).toBe('serving');

    c.actions.trigger('finish');
    expect(c.state.dialog.value).toEqual({ kind: 'finish' });
    expect(await c.actions.finish({ kind: 'on-the-spot' })).toBeNull();
    expect(c.state.current.value).toBeNull();
    expect(c.state.dialog.value).toBeNull();
    expect((await ticket(issued.id)).status).toBe('done');
    await until(() => c.state.stats.value?.served === 1, 'stats reloaded');
  });

  it('no-show asks first and sends nothing until confirmed', async () => {
    const issued = await issue('housing');
    const b = new Browser('w6');
    const c = await working(b, 'clerk06', 6);
    await until(() => c.state.pad.value['call-next'].enabled, 'someone waiting');
    c.actions.trigger('call-next');
    await idle(c);
    const before = b.sent.length;
    c.actions.trigger('no-show');
    const d = c.state.dialog.value;
    if (d?.kind !== 'confirm') throw new Error('no confirmation asked');
    expect(d.title).toContain(issued.number);
    expect(b.sent.slice(before)).toEqual([]);
    d.onConfirm();
    await idle(c);
    expect(b.sent.slice(before)).toContain('POST /api/windows/6/no-show');
    expect(c.state.current.value).toBeNull();
    expect((await ticket(issued.id)).status).not.toBe('called');
  });

  it('a command pressed while offline is refused on the console and never sent', async () => {
    const issued = await issue('medical-insurance');
    const b = new Browser('w7');
    const c = await working(b, 'clerk07', 7);
    await until(() => c.state.pad.value['call-next'].enabled, 'someone waiting');
    // The server drops the connection and the client does not come back on its own.
    hall.server.app.io.disconnectSockets(true);
    await until(() => c.state.connection.value === 'disconnected', 'offline');
    const before = b.sent.length;
    c.actions.trigger('call-next');
    expect(c.state.feedback.value).toEqual({ tone: 'info', text: '连接中断 Offline' });
    expect(c.state.busy.value).toBeNull();
    expect(b.sent.slice(before)).toEqual([]);
    expect((await ticket(issued.id)).status).toBe('waiting');
  });

  it('a refused finish says why in the dialog, which stays open on the ticket still in service', async () => {
    const issued = await issue('real-estate');
    const c = await working(new Browser('w9'), 'clerk09', 9);
    await until(() => c.state.pad.value['call-next'].enabled, 'someone waiting');
    c.actions.trigger('call-next');
    await idle(c);
    c.actions.trigger('start');
    await idle(c);
    c.actions.trigger('finish');
    const problem = await c.actions.finish({ kind: 'not-accepted', reason: '' });
    expect(problem).not.toBeNull();
    expect(c.state.feedback.value).toEqual({ tone: 'error', text: problem });
    expect(c.state.dialog.value).toEqual({ kind: 'finish' });
    expect(c.state.current.value?.id).toBe(issued.id);
    expect((await ticket(issued.id)).status).toBe('serving');
  });
});
