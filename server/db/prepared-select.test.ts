import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client.js';
import { preparedSelect } from './prepared-select.js';
import { preparedInsert } from './prepared-insert.js';
import { matterForms, tickets } from './schema.js';

const base = {
  hallId: 'h1', queueId: 'market', issuedQueueId: 'market', serviceDay: '2026-11-30', status: 'waiting', source: 'kiosk',
  orderAt: 1.5, issuedAt: 2, callCount: 0, estimatedWaitMinutes: 3,
} as const;

describe('preparedSelect answers the rows drizzle answers', () => {
  it('every column of tickets, with a nullable boolean as null, true and false', () => {
    const { db, close } = openDatabase(':memory:');
    try {
      const insert = preparedInsert(db, tickets);
      const printed = [null, true, false] as const;
      for (const [i, p] of printed.entries()) {
        db.insert(tickets).values({ ...base, id: `t${i}`, seq: i + 1, number: `A00${i}`, printed: p, matterId: i === 0 ? null : 'm', outcomeDetail: i === 2 ? '{"kind":"done"}' : null }).run();
      }
      const byId = preparedSelect<typeof tickets, keyof typeof tickets.$inferSelect & string, { id: string }>(db, tickets, 'id = @id');
      for (const i of [0, 1, 2]) {
        const expected = db.select().from(tickets).where(eq(tickets.id, `t${i}`)).get();
        expect(byId.get({ id: `t${i}` })).toStrictEqual(expected);
      }
      expect(byId.get({ id: 'none' })).toBeUndefined();
      // What the hand-prepared insert writes reads back the same way.
      const row = byId.get({ id: 't1' });
      if (!row) throw new Error('t1 missing');
      insert({ ...row, id: 't9', seq: 9, number: 'A009' });
      expect(byId.get({ id: 't9' })).toStrictEqual({ ...row, id: 't9', seq: 9, number: 'A009' });
    } finally {
      close();
    }
  });

  it('a narrowed row has only the asked columns; all() answers every match', () => {
    const { db, close } = openDatabase(':memory:');
    try {
      for (const i of [1, 2, 3]) db.insert(tickets).values({ ...base, id: `t${i}`, seq: i, number: `A00${i}`, queueId: i === 3 ? 'housing' : 'market' }).run();
      const line = preparedSelect<typeof tickets, 'id' | 'seq', { queues: string }>(db, tickets,
        `queue_id IN (SELECT value FROM json_each(@queues)) ORDER BY seq`, ['id', 'seq']);
      expect(line.all({ queues: '["market"]' })).toStrictEqual([{ id: 't1', seq: 1 }, { id: 't2', seq: 2 }]);
      expect(line.all({ queues: '["market","housing"]' }).map((r) => r.id)).toEqual(['t1', 't2', 't3']);
    } finally {
      close();
    }
  });

  it('refuses a column it would answer wrongly (a mode it does not convert)', () => {
    const { db, close } = openDatabase(':memory:');
    try {
      expect(() => preparedSelect(db, matterForms, '1')).toThrow(/data is SQLiteBlobBuffer/);
      expect(() => preparedSelect(db, matterForms, '1', ['id'])).not.toThrow();
      expect(() => preparedSelect(db, tickets, '1', ['nope' as 'id'])).toThrow(/no column nope/);
    } finally {
      close();
    }
  });
});
