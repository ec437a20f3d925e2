import type Database from 'better-sqlite3';
import type { Ledger } from './hall-load.js';

export interface AuditReport {
  /** Every broken promise found, in words; empty when the file keeps all of them. */
  problems: string[];
  ticketsInFile: number;
  /** Acknowledged tickets missing from the file. */
  lost: number;
  /** Ticket numbers issued twice within (queue, day). */
  duplicates: number;
}

interface Row {
  id: string;
  number: string;
  seq: number;
  issuedQueueId: string;
  serviceDay: string;
  status: string;
  windowId: number | null;
}

/**
 * What a crash must never break, checked in the database file itself:
 * integrity; every acknowledged ticket there with its number; numbers per (queue, day) are
 * 1..N with no gap or repeat and the counter at N (a request cut by the kill either committed,
 * taking its own number, or did not, taking none); every acknowledged call and finish there;
 * no window holding two tickets and no ticket ever called by two windows.
 */
export function auditHall(db: Database.Database, ledger: Pick<Ledger, 'tickets' | 'calls' | 'finished'>): AuditReport {
  const problems: string[] = [];
  const integrity = db.prepare('PRAGMA integrity_check').pluck().all();
  if (integrity.length !== 1 || integrity[0] !== 'ok') problems.push(`integrity_check: ${integrity.slice(0, 3).join('; ')}`);

  const rows = db.prepare(`SELECT id, number, seq, issued_queue_id AS issuedQueueId, service_day AS serviceDay, status, window_id AS windowId
    FROM tickets`).all() as Row[];
  const byId = new Map(rows.map((r) => [r.id, r]));

  let lost = 0;
  for (const [id, t] of ledger.tickets) {
    const row = byId.get(id);
    if (!row) {
      lost++;
      problems.push(`acknowledged ticket ${t.number} (${id}) is missing`);
    } else if (row.number !== t.number) problems.push(`ticket ${id} was acknowledged as ${t.number} but is ${row.number}`);
  }

  let duplicates = 0;
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const key = `${r.issuedQueueId}|${r.serviceDay}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const counter = db.prepare('SELECT last FROM counters WHERE queue_id = ? AND service_day = ?').pluck();
  for (const [key, group] of groups) {
    const seqs = group.map((r) => r.seq).sort((a, b) => a - b);
    const numbers = new Set(group.map((r) => r.number));
    duplicates += group.length - new Set(seqs).size + (group.length - numbers.size);
    const gaps = seqs.filter((s, i) => s !== i + 1).length;
    if (gaps > 0) problems.push(`${key}: numbers are not 1..${group.length} (${gaps} out of place)`);
    const [queueId, day] = key.split('|');
    const last = Number(counter.get(queueId, day));
    if (last !== group.length) problems.push(`${key}: counter at ${last} but ${group.length} tickets`);
  }
  if (duplicates > 0) problems.push(`${duplicates} duplicated numbers`);

  for (const c of ledger.calls) {
    const row = byId.get(c.ticketId);
    if (!row || !['called', 'serving', 'done'].includes(row.status) || row.windowId !== c.windowId) {
      problems.push(`acknowledged call of ${c.ticketId} at window ${c.windowId} is now ${row ? `${row.status} at ${row.windowId}` : 'missing'}`);
    }
  }
  for (const id of ledger.finished) {
    if (byId.get(id)?.status !== 'done') problems.push(`acknowledged finish of ${id} is now ${byId.get(id)?.status ?? 'missing'}`);
  }

  const held = new Map<number, string[]>();
  for (const r of rows) {
    if ((r.status === 'called' || r.status === 'serving') && r.windowId !== null) held.set(r.windowId, [...(held.get(r.windowId) ?? []), r.number]);
  }
  for (const [w, numbers] of held) if (numbers.length > 1) problems.push(`window ${w} holds ${numbers.join(', ')}`);
  const twice = db.prepare(`SELECT ticket_id AS id, count(DISTINCT window_id) AS windows FROM ticket_events
    WHERE type = 'called' GROUP BY ticket_id HAVING count(DISTINCT window_id) > 1`).all() as { id: string; windows: number }[];
  for (const t of twice) problems.push(`ticket ${byId.get(t.id)?.number ?? t.id} was called by ${t.windows} windows`);

  return { problems, ticketsInFile: rows.length, lost, duplicates };
}
