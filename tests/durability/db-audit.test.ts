import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.js';
import { auditHall } from './db-audit.js';
import { emptyLedger, type Ledger } from './hall-load.js';

/** The crash test is only as good as its checker: each rule must catch a file that breaks it. */
let app: FastifyInstance;
let db: Database.Database;
let ledger: Ledger;

async function login(username: string): Promise<string> {
  const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'demo' } });
  const c = r.cookies.find((x) => x.name === 'hall_sid');
  if (!c) throw new Error(`login ${username}: ${r.statusCode}`);
  return `${c.name}=${c.value}`;
}

beforeEach(async () => {
  app = await buildApp({ seed: { password: 'demo' } });
  db = app.hall.database.sqlite;
  ledger = emptyLedger();
  for (let i = 0; i < 4; i++) {
    const t = (await app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'market' } })).json<{ id: string; number: string }>();
    ledger.tickets.set(t.id, { number: t.number, queueId: 'market' });
  }
  for (const w of [1, 2]) {
    const cookie = await login(`clerk0${w}`);
    await app.inject({ method: 'POST', url: `/api/windows/${w}/open`, headers: { cookie } });
    const call = await app.inject({ method: 'POST', url: `/api/windows/${w}/call-next`, headers: { cookie } });
    ledger.calls.push({ ticketId: call.json<{ ticket: { id: string } }>().ticket.id, windowId: w });
  }
});
afterEach(async () => {
  await app.close();
});

const idOf = (number: string) => String(db.prepare('SELECT id FROM tickets WHERE number = ?').pluck().get(number));

describe('the crash audit', () => {
  it('passes a hall that kept its promises', () => {
    expect(auditHall(db, ledger)).toEqual({ problems: [], ticketsInFile: 4, lost: 0, duplicates: 0 });
  });

  it('counts an acknowledged ticket that is gone as lost', () => {
    db.prepare("DELETE FROM tickets WHERE number = 'A004'").run();
    const report = auditHall(db, ledger);
    expect(report.lost).toBe(1);
    expect(report.problems.join('\n')).toContain('A004');
  });

  it('catches a repeated number, a gap, and a counter out of step', () => {
    // What the unique index would refuse: the checker must not lean on it.
    db.exec('DROP INDEX tickets_number_per_day');
    db.prepare("UPDATE tickets SET seq = 2, number = 'A002' WHERE number = 'A004'").run();
    const dup = auditHall(db, ledger);
    expect(dup.duplicates).toBeGreaterThan(0);
    expect(dup.problems.join('\n')).toMatch(/not 1\.\.4/);
    db.prepare("UPDATE counters SET last = 9 WHERE queue_id = 'market'").run();
    expect(auditHall(db, ledger).problems.join('\n')).toContain('counter at 9');
  });

  it('catches an acknowledged call that went back, and one window holding two tickets', () => {
    db.prepare('UPDATE tickets SET status = ?, window_id = NULL WHERE id = ?').run('waiting', ledger.calls[0]!.ticketId);
    expect(auditHall(db, ledger).problems.join('\n')).toContain(`acknowledged call of ${ledger.calls[0]!.ticketId}`);
    db.prepare("UPDATE tickets SET status = 'called', window_id = 2 WHERE number = 'A004'").run();
    expect(auditHall(db, ledger).problems.join('\n')).toMatch(/window 2 holds A00\d, A00\d/);
  });

  it('catches a ticket called by two windows, and an acknowledged finish that is not done', () => {
    db.prepare("INSERT INTO ticket_events (ticket_id, at, type, window_id) VALUES (?, 0, 'called', 3)").run(idOf('A001'));
    expect(auditHall(db, ledger).problems.join('\n')).toContain('A001 was called by 2 windows');
    const report = auditHall(db, { ...ledger, finished: new Set([idOf('A002')]) });
    expect(report.problems.join('\n')).toContain('acknowledged finish');
  });
});
