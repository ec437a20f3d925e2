/**
 * What the booking page's tests share: reading the one-time code from the SMS the recording
 * notifier kept (GET /api/outbox as an admin, as an operator would), and timers fired by hand.
 */
import type { OutboxEntryDto } from '../contract/routes-outbox.js';
import type { TestServer } from '../tests/support/server.js';

/** The six digits of the newest code SMS to `phone`; throws when none was recorded. */
export async function codeSentTo(server: TestServer, phone: string): Promise<string> {
  const admin = await server.login('admin');
  const r = await server.app.inject({ url: '/api/outbox?channel=sms', headers: { cookie: admin } });
  const rows = r.json<OutboxEntryDto[]>().filter((e) => e.type === 'phone.code' && e.sms?.to === phone);
  const newest = rows.sort((a, b) => b.id - a.id)[0];
  const code = /(\d{6})/.exec(newest?.sms?.text ?? '')?.[1];
  if (!code) throw new Error(`no code SMS to ${phone}`);
  return code;
}

/** A clock the test moves, whose repeating timers run only when the test says. */
export function handClock(now: () => number) {
  const timers = new Map<number, () => void>();
  let made = 0;
  return {
    now,
    every(_ms: number, run: () => void) {
      const id = ++made;
      timers.set(id, run);
      return () => void timers.delete(id);
    },
    tick() {
      for (const run of [...timers.values()]) run();
    },
    running: () => timers.size,
  };
}
