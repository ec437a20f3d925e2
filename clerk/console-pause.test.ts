/** 暂停原因: the console asks why before pausing, sends the reason, and resumes with one press. */
import { describe, expect, it } from 'vitest';
import { Browser, hallForConsoles, until } from './console-harness.js';
import type { ConsoleStore } from './console.js';
import { pauseShown } from './pause-shown.js';

const hall = hallForConsoles();
const idle = (c: ConsoleStore) => until(() => c.state.busy.value === null, 'command answered');

/** The attendance rows the server logged for a window, oldest first. */
const logOf = (windowId: number) => hall.server.app.hall.database.sqlite
  .prepare<[number], { type: string; reason: string | null }>("SELECT type, reason FROM window_log WHERE window_id = ? AND type IN ('pause', 'resume') ORDER BY id")
  .all(windowId);

describe('pausing a window', () => {
  it('asks why, sends the chosen reason and note, shows it while paused, and resumes at once', async () => {
    const b = new Browser('w10');
    const c = await hall.working(b, 'clerk10', 10);
    const before = b.sent.length;
    c.actions.trigger('pause-resume');
    expect(c.state.dialog.value).toEqual({ kind: 'pause' });
    expect(b.sent.slice(before)).toEqual([]);

    expect(await c.actions.pause('meeting', '  科室例会 ')).toBeNull();
    expect(c.state.dialog.value).toBeNull();
    expect(c.state.win.value?.state).toBe('paused');
    expect(c.state.pausedFor.value).toEqual({ reason: 'meeting', note: '科室例会' });
    expect(b.sent.slice(before)).toEqual(['POST /api/windows/10/pause']);
    expect(logOf(10)).toEqual([{ type: 'pause', reason: 'meeting: 科室例会' }]);

    // Paused: the same key resumes with no question.
    c.actions.trigger('pause-resume');
    expect(c.state.dialog.value).toBeNull();
    await idle(c);
    expect(c.state.win.value?.state).toBe('open');
    expect(c.state.pausedFor.value).toBeNull();
    expect(logOf(10)).toEqual([{ type: 'pause', reason: 'meeting: 科室例会' }, { type: 'resume', reason: null }]);
  });

  it('a reloaded console still says why the window is paused', async () => {
    const b = new Browser('w13');
    const c = await hall.working(b, 'clerk13', 13);
    c.actions.trigger('pause-resume');
    expect(await c.actions.pause('consulting', '窗口咨询')).toBeNull();
    c.close();
    // Same browser, new page: only the server knows the reason now.
    const again = hall.open(b);
    await again.actions.restore();
    await until(() => again.state.synced.value, 'synced after reload');
    expect(again.state.pausedFor.value).toBeNull();
    expect(pauseShown(again.state)).toMatchObject({ reason: 'consulting', note: '窗口咨询' });
    expect(Date.parse(pauseShown(again.state)?.pausedAt ?? '')).not.toBeNaN();
  });

  it('a reason without a note sends the reason alone', async () => {
    const c = await hall.working(new Browser('w12'), 'clerk12', 12);
    c.actions.trigger('pause-resume');
    expect(await c.actions.pause('meal', '   ')).toBeNull();
    expect(logOf(12)).toEqual([{ type: 'pause', reason: 'meal' }]);
  });

  it('cancelling the question sends nothing and leaves the window open', async () => {
    const b = new Browser('w11');
    const c = await hall.working(b, 'clerk11', 11);
    const before = b.sent.length;
    c.actions.trigger('pause-resume');
    expect(c.state.dialog.value).toEqual({ kind: 'pause' });
    c.actions.closeDialog();
    expect(c.state.dialog.value).toBeNull();
    expect(b.sent.slice(before)).toEqual([]);
    expect(c.state.win.value?.state).toBe('open');
    expect(logOf(11)).toEqual([]);
  });
});
