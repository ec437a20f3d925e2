/**
 * One-time codes that prove a visitor holds a phone (to book, or to take a ticket from the phone).
 * Six digits by SMS through the outbox, kept only as a hash, valid ten minutes, five tries, used once.
 */
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { bookingsRepo, type PhoneCodeRow } from '../db/bookings-repo.js';
import { fail } from '../domain/errors.js';
import { appointmentRulesOf } from './appointment-rules.js';
import { runCommand, type HallServices } from './context.js';
import { enqueueOutbox } from './outbox.js';
import { hallOf } from './views.js';

export type CodePurpose = PhoneCodeRow['purpose'];

const CODE_TTL_MS = 10 * 60_000;
const RESEND_AFTER_MS = 60_000;
const PER_HOUR = 5;
const MAX_ATTEMPTS = 5;

const hashOf = (hallId: string, phone: string, code: string): string => createHash('sha256').update(`${hallId}\n${phone}\n${code}`).digest('hex');

export function sendPhoneCode(s: HallServices, phone: string, purpose: CodePurpose): { expiresInSec: number; resendAfterSec: number } {
  return runCommand(s, (now) => {
    const hall = hallOf(s);
    const rules = appointmentRulesOf(hall);
    if (purpose === 'booking' && !rules.enabled) fail('appointments-off', 'this hall does not take appointments');
    if (purpose === 'remote-ticket' && !rules.remoteTickets) fail('remote-tickets-off', 'this hall does not issue tickets to phones');
    const repo = bookingsRepo(s.database.db);
    const recent = repo.codesSince(hall.id, phone, now - 3_600_000);
    const last = recent[0];
    if (last && now - last.createdAt < RESEND_AFTER_MS) fail('phone-code-too-soon', `wait ${Math.ceil((RESEND_AFTER_MS - (now - last.createdAt)) / 1000)} s before asking for another code`);
    if (recent.length >= PER_HOUR) fail('phone-code-too-soon', `at most ${PER_HOUR} codes an hour: try again later`);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    repo.addCode({ hallId: hall.id, phone, purpose, codeHash: hashOf(hall.id, phone, code), createdAt: now, expiresAt: now + CODE_TTL_MS });
    const what = purpose === 'booking' ? '预约' : '手机取号';
    enqueueOutbox(s, {
      type: 'phone.code', data: null, smsOnly: true,
      sms: { to: phone, text: `【${hall.name}】您的${what}验证码是 ${code}，10 分钟内有效，请勿告诉他人。Your code: ${code}` },
    }, now);
    return { result: { expiresInSec: CODE_TTL_MS / 1000, resendAfterSec: RESEND_AFTER_MS / 1000 }, events: [] };
  });
}

/**
 * Checks a code in its own transaction, so a wrong guess counts even though the request fails.
 * Returns the code's id; the caller marks it used with `consumePhoneCode` in the same transaction
 * as what it proves (a booking that is refused leaves the code usable).
 */
export function checkPhoneCode(s: HallServices, phone: string, purpose: CodePurpose, code: string): number {
  const verdict = runCommand(s, (now) => {
    const repo = bookingsRepo(s.database.db);
    const live = repo.liveCode(s.hallId, phone, purpose, now);
    if (!live) return { result: null, events: [] };
    const given = Buffer.from(hashOf(s.hallId, phone, code));
    if (timingSafeEqual(given, Buffer.from(live.codeHash))) return { result: live.id, events: [] };
    const attempts = live.attempts + 1;
    repo.updateCode(live.id, attempts >= MAX_ATTEMPTS ? { attempts, usedAt: now } : { attempts });
    return { result: null, events: [] };
  });
  if (verdict === null) fail('phone-code-invalid', 'the code is wrong or expired: ask for a new one');
  return verdict;
}

/** Inside the command's transaction: the code proves one thing only. */
export function consumePhoneCode(s: HallServices, id: number, now: number): void {
  if (!bookingsRepo(s.database.db).useCode(id, now)) fail('phone-code-invalid', 'the code was used already or expired: ask for a new one');
}
