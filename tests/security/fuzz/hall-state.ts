/**
 * The hall the fuzzer attacks: a built-pages folder with canaries beside it, signed-in staff,
 * an open window and real tickets, kept that way while the fuzz logs people out and resets
 * passwords (it is allowed to: that is admin work the fuzzer may stumble into).
 */
import { inArray } from 'drizzle-orm';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../../../server/auth/password.js';
import { users } from '../../../server/db/schema.js';
import type { Sessions } from './world.js';

export const CANARY = 'FUZZ-CANARY';

export interface PagesFixture {
  base: string;
  dir: string;
  assets: string[];
}

/** What `vite build` leaves, small: pages, hashed assets, and files that must never be served. */
export function fakePages(): PagesFixture {
  const base = mkdtempSync(join(tmpdir(), 'hall-fuzz-'));
  const dir = join(base, 'dist');
  for (const page of ['kiosk/index.html', 'kiosk/track.html', 'kiosk/document.html', 'kiosk/case-track.html', 'display/index.html', 'clerk/index.html', 'admin/index.html', 'backoffice/index.html', 'rate/index.html']) {
    mkdirSync(join(dir, page, '..'), { recursive: true });
    writeFileSync(join(dir, page), `<!doctype html><meta charset="utf-8"><title>${page}</title>`);
  }
  const assets = ['app-3f9a1c.js', 'style-1b2c3d.css', '取号-9f8e.svg'];
  mkdirSync(join(dir, 'assets'));
  for (const a of assets) writeFileSync(join(dir, 'assets', a), `/* ${a} */`);
  // Reachable only by traversal: /assets/../secret.txt and /assets/../../package.json.
  writeFileSync(join(dir, 'secret.txt'), `${CANARY}-secret`);
  writeFileSync(join(base, 'package.json'), JSON.stringify({ name: `${CANARY}-package` }));
  return { base, dir, assets };
}

/** Staff requests come from an address of their own, so the fuzzer's requests never rate-limit them. */
const STAFF_ADDRESS = '10.250.0.1';
const ACCOUNTS = { clerk: 'clerk01', otherClerk: 'clerk02', admin: 'admin' } as const;

export class HallState {
  readonly ticketIds: string[] = [];
  sessions: Sessions = { clerk: '', otherClerk: '', admin: '' };
  /** Times the fuzz had signed a staff account out or changed its password, and it was signed in again. */
  relogins = 0;
  accountRestores = 0;
  /** Times a clerk could not get the window back; the run goes on, but a high count means shallow fuzzing. */
  windowsNotRegained = 0;
  private demoHash: string | undefined;

  constructor(private readonly app: FastifyInstance, private readonly origin: string) {}

  private headers(cookie?: string): Record<string, string> {
    return { host: this.origin.replace(/^http:\/\//, ''), origin: this.origin, ...(cookie ? { cookie } : {}) };
  }

  /** Why the last sign-in failed, for the error if restoring the account does not help either. */
  private lastLoginAnswer = '';
  private logins = 0;

  private async login(username: string): Promise<string | null> {
    // The fuzz signs staff out often (a logout with their cookie); a fresh address per sign-in keeps the login rate limit out of it.
    const address = `10.251.${(this.logins >> 8) & 255}.${this.logins & 255}`;
    this.logins++;
    const r = await this.app.inject({ method: 'POST', url: '/api/auth/login', headers: this.headers(), payload: { username, password: 'demo' }, remoteAddress: address });
    const c = r.cookies.find((x) => x.name === 'hall_sid');
    this.lastLoginAnswer = `${r.statusCode} ${r.body}`;
    return r.statusCode === 200 && c ? `${c.name}=${c.value}` : null;
  }

  /** The fuzz may reset, lock, disable or expire our accounts through real admin routes; put them back as seeded. */
  private async restoreAccounts(): Promise<void> {
    this.demoHash ??= await hashPassword('demo');
    this.app.hall.database.db.update(users)
      .set({ passwordHash: this.demoHash, mustChangePassword: false, failedLogins: 0, lockedUntil: null, disabled: false })
      .where(inArray(users.username, Object.values(ACCOUNTS))).run();
    this.accountRestores++;
  }

  private async stillSignedIn(cookie: string): Promise<boolean> {
    if (!cookie) return false;
    const r = await this.app.inject({ url: '/api/auth/me', headers: this.headers(cookie), remoteAddress: STAFF_ADDRESS });
    return r.statusCode === 200 && r.json<{ mustChangePassword: boolean }>().mustChangePassword === false;
  }

  /**
   * Sessions signed in ahead, per account: the fuzz signs our staff out every few dozen requests,
   * and each sign-in is a deliberate scrypt (tens of ms), so they are made four at a time in parallel.
   */
  private readonly spares: Record<keyof Sessions, string[]> = { clerk: [], otherClerk: [], admin: [] };
  private ensuring: Promise<void> | null = null;

  private async freshSession(role: keyof Sessions): Promise<string> {
    for (let cookie = this.spares[role].pop(); cookie !== undefined; cookie = this.spares[role].pop()) {
      if (await this.stillSignedIn(cookie)) return cookie;
    }
    for (let attempt = 0; attempt < 2; attempt++) {
      const batch = (await Promise.all(Array.from({ length: 4 }, () => this.login(ACCOUNTS[role])))).filter((c): c is string => c !== null);
      const [first, ...rest] = batch;
      if (first !== undefined && (await this.stillSignedIn(first))) {
        this.spares[role].push(...rest);
        return first;
      }
      await this.restoreAccounts();
    }
    throw new Error(`cannot sign ${ACCOUNTS[role]} in even after restoring the account: ${this.lastLoginAnswer}`);
  }

  /** Every staff session alive, and the clerks at their windows; concurrent callers share one run. */
  ensureSessions(): Promise<void> {
    this.ensuring ??= this.ensureNow().finally(() => { this.ensuring = null; });
    return this.ensuring;
  }

  private async ensureNow(): Promise<void> {
    for (const role of Object.keys(ACCOUNTS) as (keyof Sessions)[]) {
      if (await this.stillSignedIn(this.sessions[role])) continue;
      if (this.sessions[role] !== '') this.relogins++;
      this.sessions[role] = await this.freshSession(role);
      // A window belongs to the console session that opened it: a new session must take it back.
      if (role !== 'admin') await this.holdWindow(role === 'clerk' ? 1 : 2);
    }
  }

  private post(url: string, cookie: string, payload?: object) {
    return this.app.inject({ method: 'POST', url, headers: this.headers(cookie), remoteAddress: STAFF_ADDRESS, ...(payload ? { payload } : {}) });
  }

  /**
   * The clerk's window open in the clerk's current session. When the fuzz's admin took it over with
   * a ticket on it, only a supervisor may take it back: the admin settles the ticket and closes it first.
   */
  async holdWindow(n: 1 | 2): Promise<void> {
    const cookie = n === 1 ? this.sessions.clerk : this.sessions.otherClerk;
    if ((await this.post(`/api/windows/${n}/open`, cookie, { takeover: true })).statusCode === 200) return;
    const admin = this.sessions.admin;
    await this.post(`/api/windows/${n}/open`, admin, { takeover: true });
    await this.post(`/api/windows/${n}/start`, admin, {});
    await this.post(`/api/windows/${n}/finish`, admin, { outcome: { kind: 'consultation' } });
    await this.post(`/api/windows/${n}/close`, admin);
    if ((await this.post(`/api/windows/${n}/open`, cookie, { takeover: true })).statusCode !== 200) this.windowsNotRegained++;
  }

  /** Windows 1 and 2 open with their clerks and a few waiting tickets, so commands meet real state. */
  async refresh(tickets: number, callNext: boolean): Promise<void> {
    await this.ensureSessions();
    await this.holdWindow(1);
    await this.holdWindow(2);
    for (let i = 0; i < tickets; i++) await this.issue(i % 2 === 0 ? { queueId: 'market' } : { queueId: 'housing' });
    if (callNext) await this.post('/api/windows/1/call-next', this.sessions.clerk);
  }

  async issue(body: object): Promise<void> {
    const r = await this.app.inject({ method: 'POST', url: '/api/tickets', headers: this.headers(), payload: body, remoteAddress: STAFF_ADDRESS });
    if (r.statusCode === 201) this.remember(r.json<{ id: string }>().id);
  }

  remember(id: string): void {
    this.ticketIds.push(id);
  }
}
