/**
 * Issue 8's fuzz run: generated requests over every route of /docs/json plus pages, static files
 * and raw bytes, then garbage sockets. Nothing may answer 5xx, leave the error contract, show
 * internals, stop the server, break the database, or hand an anonymous client a ticket id or an
 * admin notice. Replay a failure with the FUZZ_SEED it prints; `npm run fuzz` runs 200,000.
 */
import { count, eq, gt } from 'drizzle-orm';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devices, tickets } from '../../server/db/schema.js';
import { closedPrinterUrl, startFakePrinter, type FakePrinter } from '../support/fake-printer.js';
import { startServer, type TestServer } from '../support/server.js';
import { CANARY, fakePages, HallState, type PagesFixture } from './fuzz/hall-state.js';
import { connected, observe, reaches, SeenTexts, settled, versionGaps, type Observer } from './fuzz/observers.js';
import { operationsOf, refResolver } from './fuzz/openapi.js';
import { seedFrom } from './fuzz/prng.js';
import { runHttpFuzz } from './fuzz/run-http.js';
import { SchemaGen } from './fuzz/schema-gen.js';
import { runSocketFuzz } from './fuzz/socket-fuzz.js';
import type { Sessions, World } from './fuzz/world.js';

const SEED = seedFrom(process.env.FUZZ_SEED, 20_260_611);
const COUNT = Number(process.env.FUZZ_COUNT ?? 10_000);
/** FUZZ_ONLY=351,2145 replays single requests of the run (the hall's state around them may differ). */
const ONLY = process.env.FUZZ_ONLY?.split(',').map((x) => Number(x.trim())).filter(Number.isInteger);
const SOCKETS = Math.max(80, Math.round(COUNT / 250));
const REPO = resolve(import.meta.dirname, '../..');

let server: TestServer;
let pages: PagesFixture;
let printer: FakePrinter;
let state: HallState;
let world: World;
const seen = new SeenTexts();
/** Texts of GET /api/windows and /api/snapshot answered to callers without a cookie, during the run. */
const publicAnswers = new SeenTexts();
let observers: ReturnType<typeof watch>;

/** Screens and consoles that stay connected through the whole run and record what reaches them. */
function watch(s: Sessions) {
  const url = server.url;
  return {
    screen: observe(url, 'screen', { auth: {}, anonymous: true }, seen),
    windowScreen: observe(url, 'window 1 screen', { auth: { windowId: 1 }, anonymous: true }, seen),
    fakeAdmin: observe(url, 'admin: true without a session', { auth: { admin: true }, anonymous: true }, seen),
    forgedAdmin: observe(url, 'admin: true with a forged cookie', { auth: { admin: true, windowId: 1 }, cookie: `${s.admin.slice(0, -2)}xx`, origin: url, anonymous: true }, seen),
    clerkAdmin: observe(url, 'admin: true with a clerk session', { auth: { admin: true }, cookie: s.clerk, origin: url, anonymous: false }, null),
    admin: observe(url, 'admin console', { auth: { admin: true }, cookie: s.admin, origin: url, anonymous: false }, null),
  } satisfies Record<string, Observer>;
}

beforeAll(async () => {
  pages = fakePages();
  printer = await startFakePrinter();
  server = await startServer({ dbFile: resolve(pages.base, 'hall.db'), pagesDir: pages.dir, printTimeoutMs: 500 });
  const { db, sqlite } = server.app.hall.database;
  // A file in WAL mode like the hall's, without an fsync per commit: durability is the kill tests' subject, and fsyncs would double this run.
  sqlite.pragma('synchronous = NORMAL');
  db.update(devices).set({ printerUrl: printer.url }).where(eq(devices.id, 'K01')).run();
  db.update(devices).set({ printerUrl: await closedPrinterUrl() }).where(eq(devices.id, 'K02')).run();
  state = new HallState(server.app, server.url);
  await state.refresh(6, true);

  const doc = (await server.app.inject('/docs/json')).json<Parameters<typeof operationsOf>[0]>();
  const ops = operationsOf(doc);
  const catalog = (await server.app.inject('/api/catalog')).json<{ queues: { id: string }[]; matters: { id: string }[] }>();
  const queueIds = catalog.queues.map((q) => q.id);
  const matterIds = catalog.matters.map((m) => m.id);
  const windowNumbers = Array.from({ length: 36 }, (_x, i) => i + 1);
  const gen = new SchemaGen(refResolver(doc), {
    queueId: () => queueIds, matterId: () => matterIds, ticketId: () => state.ticketIds, windowId: () => windowNumbers,
    deviceId: () => ['K01', 'K02', 'K99'], username: () => ['clerk03', 'clerk17', 'supervisor', 'nobody'],
  });
  world = {
    ops, gen, origin: server.url, get sessions() { return state.sessions; }, ticketIds: () => state.ticketIds,
    queueIds, matterIds, windowNumbers, assets: pages.assets.map(encodeURIComponent),
  };

  observers = watch(state.sessions);
  const { screen, windowScreen, admin, ...askingTooMuch } = observers;
  await Promise.all([...[screen, windowScreen, admin].map(connected), ...Object.values(askingTooMuch).map(settled)]);
  printerNotice('before the run');
});

/** An admin notice through the real bus, so "only the admin room gets it" is never checked against silence. */
function printerNotice(detail: string): void {
  server.app.hall.bus.notice(server.app.hall.hallId, { name: 'printer:status', payload: { deviceId: 'K02', status: 'offline', detail, at: new Date().toISOString() } });
}

afterAll(async () => {
  for (const o of Object.values(observers)) o.socket.close();
  await server?.close();
  await printer?.close();
  if (pages) rmSync(pages.base, { recursive: true, force: true });
});

async function getJson<T>(path: string): Promise<T> {
  const r = await fetch(`${server.url}${path}`);
  if (r.status !== 200) throw new Error(`GET ${path}: ${r.status}`);
  return (await r.json()) as T;
}

const table = (m: Map<string, number>) => [...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `  ${k}: ${v}`).join('\n');

describe(`fuzz run (FUZZ_SEED=${SEED}, FUZZ_COUNT=${COUNT})`, () => {
  it(`answers ${COUNT} generated requests over every documented route, the pages, static files and raw bytes without a 5xx or a contract breach`, async () => {
    expect(world.ops.length).toBeGreaterThan(10);
    const result = await runHttpFuzz({
      app: server.app, port: Number(new URL(server.url).port), seed: SEED, count: COUNT, ...(ONLY ? { only: ONLY } : {}), rawShare: 0.08, parallel: 4, refreshEvery: 200,
      world, state, publicAnswers, secrets: [CANARY, REPO, pages.base, '"name":"hall-queue"', '"name": "hall-queue"'],
    });
    console.info([
      `fuzz FUZZ_SEED=${SEED}: ${result.sent} requests answered, ${result.failureCount} failures, staff re-signed-in ${state.relogins}×, accounts restored ${state.accountRestores}×, windows not regained ${state.windowsNotRegained}×`,
      `by status:\n${table(result.byStatus)}`,
      `error codes:\n${table(result.byCode)}`,
    ].filter(Boolean).join('\n'));
    expect(result.failures.join('\n\n'), `${result.failureCount} failures; replay with FUZZ_SEED=${SEED}`).toBe('');
    expect(result.sent).toBeGreaterThanOrEqual((ONLY?.length ?? COUNT) * 0.99);
  }, Math.max(120_000, COUNT * 10));

  it('survives garbage Socket.IO handshakes and messages while the screens keep getting every event', async () => {
    // Real commands and admin notices while the garbage arrives: the screens must get every event, the garbage no notice.
    const drive = async () => {
      for (let i = 0; i < 40; i++) {
        await state.refresh(1, i % 3 === 0);
        printerNotice(`storm ${i}`);
        await new Promise((r) => setTimeout(r, 5));
      }
    };
    const [result] = await Promise.all([
      runSocketFuzz({ url: server.url, seed: SEED, sockets: SOCKETS, emitsPerSocket: 25, parallel: 20, nonAdminCookie: state.sessions.clerk, seen }),
      drive(),
    ]);
    console.info(`socket fuzz FUZZ_SEED=${SEED}: ${JSON.stringify(result)}`);
    expect(result.sockets).toBe(SOCKETS);
    expect(result.connected).toBeGreaterThan(SOCKETS / 2);

    // A command after the storm still reaches every screen, and none of them missed one before it.
    await state.refresh(2, true);
    const { version } = await getJson<{ version: number }>('/api/snapshot');
    await Promise.all([reaches(observers.screen, version), reaches(observers.windowScreen, version)]);
    for (const o of [observers.screen, observers.windowScreen, observers.admin]) {
      expect(o.disconnects, `${o.name} was disconnected`).toEqual([]);
      expect(versionGaps(o), `${o.name} missed or repeated events`).toEqual([]);
    }
    expect(result.adminNotices, 'printer:status reached a garbage socket').toBe(0);
  }, Math.max(120_000, SOCKETS * 500));

  it('never sends printer:status to a socket without an admin session', () => {
    expect(observers.admin.counts.get('printer:status') ?? 0, 'the admin console got no printer notice: the check below would prove nothing').toBeGreaterThan(0);
    for (const o of [observers.screen, observers.windowScreen, observers.fakeAdmin, observers.forgedAdmin, observers.clerkAdmin]) {
      expect(o.counts.get('printer:status') ?? 0, `${o.name} received printer:status`).toBe(0);
    }
  });

  it('never shows an issued ticket id to anonymous sockets, GET /api/windows or GET /api/snapshot', async () => {
    await state.refresh(2, true);
    expect(state.ticketIds.length).toBeGreaterThan(50);
    for (const url of ['/api/windows', '/api/snapshot']) publicAnswers.add(await getJson<unknown>(url));
    expect(publicAnswers.found(state.ticketIds), 'ticket ids in GET /api/windows or /api/snapshot').toEqual([]);
    expect(seen.found(state.ticketIds), 'ticket ids pushed to anonymous sockets').toEqual([]);
  });

  it('is still up and whole: health, integrity_check, one number per (issued queue, day)', async () => {
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    const { sqlite, db } = server.app.hall.database;
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    const duplicates = db.select({ queue: tickets.issuedQueueId, day: tickets.serviceDay, number: tickets.number, n: count() })
      .from(tickets).groupBy(tickets.issuedQueueId, tickets.serviceDay, tickets.number).having(gt(count(), 1)).all();
    expect(duplicates).toEqual([]);
  });
});
