import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/client.js';
import { restore } from '../ops/run-restore.js';
import { freePort, startChildServer, type ChildServer } from '../support/child-server.js';
import { auditHall, type AuditReport } from './db-audit.js';
import { emptyLedger, openWindows, signIn, startLoad } from './hall-load.js';

/** CI: 3 rounds of ~3 s. `npm run soak` (SOAK=1): 20 rounds of ~10 s, or SOAK_ROUNDS / SOAK_LOAD_MS. */
const SOAK = process.env.SOAK === '1';
const ROUNDS = SOAK ? Number(process.env.SOAK_ROUNDS ?? 20) : 3;
const LOAD_MS = SOAK ? Number(process.env.SOAK_LOAD_MS ?? 10_000) : 3_000;
const KIOSKS = 200;
/** A round is not over before the server has really been busy in it, however slow the machine. */
const MIN_TICKETS_PER_ROUND = 100;
const MIN_CALLS_PER_ROUND = 5;

const dir = mkdtempSync(join(tmpdir(), 'hall-crash-'));
const dbFile = join(dir, 'hall.db');
const backupDir = join(dir, 'backups');
let child: ChildServer | null = null;
afterAll(async () => {
  await child?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(cond: () => boolean, what: () => string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what()}`);
    await sleep(10);
  }
}

/** The file as the restarted server sees it, read beside it (WAL lets a reader in while it runs). */
function auditFile(file: string, ledger: Parameters<typeof auditHall>[1]): AuditReport {
  const db = new Database(file, { readonly: true });
  try {
    return auditHall(db, ledger);
  } finally {
    db.close();
  }
}

describe('crash under load', () => {
  it(`keeps every acknowledged ticket and call through ${ROUNDS} SIGKILLs, and a backup taken under load restores whole`, async () => {
    const port = await freePort();
    const env = { BACKUP_DIR: backupDir, BACKUP_INTERVAL_MIN: '1440' };
    child = await startChildServer(dbFile, port, { env });
    const windows = await openWindows(child.url);
    const admin = await signIn(child.url, 'admin');
    const ledger = emptyLedger();
    const inFlightAtKill: number[] = [];
    let backup: { file: string; ackedBefore: Map<string, { number: string; queueId: string }> } | null = null;

    for (let round = 1; round <= ROUNDS; round++) {
      const server = child;
      const ticketsBefore = ledger.tickets.size;
      const callsBefore = ledger.calls.length;
      const load = startLoad(server.url, KIOSKS, windows, ledger);
      const started = Date.now();
      if (round === Math.ceil(ROUNDS / 2)) {
        await sleep((LOAD_MS * 2) / 3);
        const ackedBefore = new Map(ledger.tickets);
        const r = await fetch(`${server.url}/api/admin/backups`, { method: 'POST', headers: { cookie: admin } });
        expect(r.status, await r.clone().text()).toBe(201);
        backup = { file: ((await r.json()) as { file: string }).file, ackedBefore };
      }
      await until(() => Date.now() - started >= LOAD_MS
        && ledger.tickets.size - ticketsBefore >= MIN_TICKETS_PER_ROUND && ledger.calls.length - callsBefore >= MIN_CALLS_PER_ROUND,
        () => `load in round ${round}: ${ledger.tickets.size - ticketsBefore} tickets, ${ledger.calls.length - callsBefore} calls; ${ledger.unexpected.slice(0, 3).join(' | ')}`);
      // Mid-flight: every kiosk asks at once, and the process dies with their requests open.
      load.rush();
      await until(() => load.inFlight() >= KIOSKS / 2, () => 'the rush');
      await sleep(100);
      inFlightAtKill.push(load.inFlight());
      await server.kill('SIGKILL');
      await load.stop();

      child = await startChildServer(dbFile, port, { env });
      const report = auditFile(dbFile, ledger);
      expect(report.problems, `round ${round}`).toEqual([]);
      expect(ledger.unexpected, `round ${round}`).toEqual([]);
      console.info(`crash round ${round}/${ROUNDS}: ${ledger.tickets.size} tickets and ${ledger.calls.length} calls acknowledged so far, `
        + `${report.ticketsInFile} tickets in the file, ${inFlightAtKill.at(-1)} requests open at the kill, lost ${report.lost}, duplicates ${report.duplicates}`);
    }
    await child.kill('SIGTERM');
    expect(await child.exited).toEqual({ code: 0, signal: null });
    child = null;

    // The backup taken mid-round, restored into a fresh file the way an operator would.
    expect(backup).not.toBeNull();
    const restored = join(dir, 'restored', 'hall.db');
    const r = await restore([join(backupDir, backup!.file), '--db', restored]);
    expect(r.code, r.out).toBe(0);
    const opened = openDatabase(restored);
    try {
      const report = auditHall(opened.sqlite, { tickets: backup!.ackedBefore, calls: [], finished: new Set() });
      expect(report.problems).toEqual([]);
      console.info(`backup under load: ${backup!.ackedBefore.size} tickets acknowledged before it began, all in it; ${report.ticketsInFile} tickets in it; integrity ok`);
    } finally {
      opened.close();
    }
    console.info(`crash rounds: ${ROUNDS} SIGKILLs under ${KIOSKS} kiosks + ${windows.size} windows; acknowledged ${ledger.tickets.size} tickets, `
      + `${ledger.calls.length} calls, ${ledger.finished.size} finishes; lost 0, duplicates 0`);
  }, SOAK ? ROUNDS * 120_000 : 180_000);
});
