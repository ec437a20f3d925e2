/**
 * Fills a hall database with past service days straight through SQL (the API would take minutes
 * per 100k): finished tickets spread over the windows serving their queue, each with the four
 * ticket events a real service leaves (issued, called, started, finished). For bench/memory.ts
 * and the soak: what a year of a hall leaves behind must not weigh on the server's memory.
 */
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';

const DAY_MS = 86_400_000;
const OUTCOMES = ['accepted', 'one-time-notice', 'not-accepted', 'on-the-spot', 'consultation'] as const;

/** Hall-local date (Asia/Shanghai, the demo hall's zone) of an instant. */
const shanghaiDay = (ms: number): string => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

export function seedHistory(dbFile: string, tickets: number, days: number, now = Date.now()): void {
  const db = new Database(dbFile);
  try {
    const hallId = String(db.prepare('select id from halls limit 1').pluck().get());
    const queues = db.prepare('select id, prefix from queues where hall_id = ?').all(hallId) as { id: string; prefix: string }[];
    const windows = db.prepare('select id, queue_ids as queueIds from windows where hall_id = ?').all(hallId) as { id: number; queueIds: string }[];
    const clerk = Number(db.prepare("select id from users where role = 'clerk' limit 1").pluck().get());
    const windowFor = new Map(queues.map((q) => [q.id, windows.find((w) => (JSON.parse(w.queueIds) as string[]).includes(q.id))?.id ?? windows[0]?.id ?? 1]));
    const insert = db.prepare(`insert into tickets (id, hall_id, service_day, queue_id, issued_queue_id, seq, number, status, source, order_at,
      issued_at, called_at, last_called_at, call_count, started_at, finished_at, window_id, clerk_id, outcome)
      values (?, ?, ?, ?, ?, ?, ?, 'done', 'kiosk', ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)`);
    const event = db.prepare('insert into ticket_events (ticket_id, at, type, window_id, clerk_id, detail) values (?, ?, ?, ?, ?, ?)');
    const perDay = Math.ceil(tickets / days);
    const seqs = new Map<string, number>();
    db.transaction(() => {
      for (let i = 0; i < tickets; i++) {
        const d = Math.floor(i / perDay);
        // Past days only, 08:30 onwards local time: today's live queue stays as the demo left it.
        const dayStart = Math.floor((now - (days - d) * DAY_MS + 8 * 3_600_000) / DAY_MS) * DAY_MS - 8 * 3_600_000;
        const issued = dayStart + 8.5 * 3_600_000 + (i % perDay) * Math.floor((8 * 3_600_000) / perDay);
        const q = queues[i % queues.length];
        if (!q) throw new Error('no queues');
        const day = shanghaiDay(issued);
        const key = `${q.id}|${day}`;
        const seq = (seqs.get(key) ?? 0) + 1;
        seqs.set(key, seq);
        const id = randomBytes(16).toString('hex');
        const called = issued + 600_000 + (i % 7) * 60_000;
        const started = called + 60_000;
        const finished = started + 300_000 + (i % 11) * 60_000;
        const w = windowFor.get(q.id) ?? 1;
        const outcome = OUTCOMES[i % OUTCOMES.length] ?? 'consultation';
        insert.run(id, hallId, day, q.id, q.id, seq, `${q.prefix}${String(seq).padStart(3, '0')}`, issued, issued, called, called, started, finished, w, clerk, outcome);
        event.run(id, issued, 'issued', null, null, null);
        event.run(id, called, 'called', w, clerk, '{"reason":"fifo"}');
        event.run(id, started, 'started', w, clerk, null);
        event.run(id, finished, 'finished', w, clerk, null);
      }
    })();
  } finally {
    db.close();
  }
}
