import type { PauseReason, WindowDto } from '../../contract/dto.js';
import type { WindowRow } from '../db/windows-repo.js';
import { fail } from '../domain/errors.js';
import type { PendingEvent } from './events.js';
import { mayTakeOver } from '../domain/staffing.js';
import { allowedWindow, loadWindow, ownWindow, type Actor } from './actor.js';
import { runCommand, type HallServices } from './context.js';
import { windowDto } from './views.js';

function changed(s: HallServices, windowId: number): PendingEvent {
  return { name: 'window:changed', payload: { window: windowDto(s, loadWindow(s, windowId)) } };
}

/** Leave the session's other idle windows; the first one still holding a ticket is returned, left open. */
function leaveOtherWindows(s: HallServices, actor: Actor, target: WindowRow, events: PendingEvent[]): WindowRow | undefined {
  let busy: WindowRow | undefined;
  for (const other of s.windows.heldBySession(actor.sessionId)) {
    if (other.id === target.id) continue;
    if (s.tickets.currentOfWindow(other.id)) {
      busy ??= other;
      continue;
    }
    s.windows.update(other.id, { state: 'closed', clerkId: null, sessionId: null, openedAt: null, pausedAt: null, pauseReason: null });
    log(s, other.id, actor.userId, s.clock(), 'close');
    events.push(changed(s, other.id));
  }
  return busy;
}

/** The rules for a window another console holds; returns the holder's name when it is taken over. */
function takeOverIfHeld(s: HallServices, actor: Actor, w: WindowRow, takeover: boolean, now: number): string | null {
  if (w.sessionId === null || w.sessionId === actor.sessionId) return null;
  const holder = w.clerkId === null ? undefined : s.windows.users([w.clerkId]).get(w.clerkId);
  if (!takeover) fail('window-taken', `window ${w.number} is open on another console (${holder?.name ?? 'unknown'}); take it over explicitly`);
  const held = s.tickets.currentOfWindow(w.id);
  if (!mayTakeOver(actor, w.clerkId, held !== undefined)) {
    fail('supervisor-required', `window ${w.number} is serving ${held?.number ?? 'a ticket'} for ${holder?.name ?? 'another clerk'}: a supervisor must take it over`);
  }
  s.audit.add({
    hallId: s.hallId, at: now, actorId: actor.userId, actorName: actor.name, action: 'window-takeover',
    detail: JSON.stringify({ windowId: w.id, fromUserId: w.clerkId, fromName: holder?.name ?? null, ticket: held?.number ?? null }),
  });
  return holder?.name ?? '';
}

/**
 * Sign in at a window the account may staff. Another console holding it makes this fail with
 * `window-taken` unless `takeover` is set: two clerks never share a window silently. Taking over
 * a window that holds a visitor's ticket needs the same clerk or a supervisor; every takeover is
 * in the audit log. The steps run in their natural order, leaving the session's other windows
 * before taking this one, so a refusal after that comes after writes: the command's transaction
 * is what undoes them (tests/http/atomicity.test.ts).
 */
export function openWindow(s: HallServices, actor: Actor, windowId: number, takeover: boolean): WindowDto {
  let takenFrom: string | null = null;
  const dto = runCommand(s, (now) => {
    const w = allowedWindow(s, actor, windowId);
    const events: PendingEvent[] = [];
    const busy = leaveOtherWindows(s, actor, w, events);
    takenFrom = takeOverIfHeld(s, actor, w, takeover, now);
    if (busy) fail('window-busy', `finish the ticket at window ${busy.number} before moving to window ${w.number}`);
    const state = w.sessionId === actor.sessionId ? w.state : 'open';
    s.windows.update(w.id, { state, clerkId: actor.userId, sessionId: actor.sessionId, openedAt: w.sessionId === actor.sessionId ? w.openedAt : now });
    if (w.sessionId !== actor.sessionId) log(s, w.id, actor.userId, now, 'open');
    events.push(changed(s, w.id));
    return { result: windowDto(s, loadWindow(s, w.id)), events };
  });
  if (takenFrom !== null) s.bus.notice(s.hallId, { name: 'window:taken-over', payload: { windowId, by: actor.name } });
  return dto;
}

export function closeWindow(s: HallServices, actor: Actor, windowId: number): WindowDto {
  return runCommand(s, (now) => {
    const w = ownWindow(s, actor, windowId);
    if (s.tickets.currentOfWindow(w.id)) fail('window-busy', `window ${w.number} still holds a ticket: finish, transfer or mark it no-show first`);
    s.windows.update(w.id, { state: 'closed', clerkId: null, sessionId: null, openedAt: null, pausedAt: null, pauseReason: null });
    log(s, w.id, actor.userId, now, 'close');
    return { result: windowDto(s, loadWindow(s, w.id)), events: [changed(s, w.id)] };
  });
}

/** The attendance record: who opened, closed, paused (why) or resumed which window, when. */
function log(s: HallServices, windowId: number, clerkId: number | null, at: number, type: 'open' | 'close' | 'pause' | 'resume', reason: string | null = null): void {
  s.supervision.addWindowLog({ hallId: s.hallId, windowId, clerkId, at, type, reason });
}

export function pauseWindow(s: HallServices, actor: Actor, windowId: number, reason: PauseReason | null = null, note = ''): WindowDto {
  return runCommand(s, (now) => {
    const w = ownWindow(s, actor, windowId);
    if (w.state === 'paused') fail('window-paused', `window ${w.number} is already paused`);
    const why = reason === null ? null : [reason, note.trim()].filter(Boolean).join(': ');
    s.windows.update(w.id, { state: 'paused', pausedAt: now, pauseReason: why });
    log(s, w.id, actor.userId, now, 'pause', why);
    return { result: windowDto(s, loadWindow(s, w.id)), events: [changed(s, w.id)] };
  });
}

export function resumeWindow(s: HallServices, actor: Actor, windowId: number): WindowDto {
  return runCommand(s, (now) => {
    const w = ownWindow(s, actor, windowId);
    if (w.state !== 'paused') fail('window-not-paused', `window ${w.number} is not paused`);
    s.windows.update(w.id, { state: 'open', pausedAt: null, pauseReason: null });
    log(s, w.id, actor.userId, now, 'resume');
    return { result: windowDto(s, loadWindow(s, w.id)), events: [changed(s, w.id)] };
  });
}

/** Signing out leaves every idle window of the session; a window still holding a ticket stays open. */
export function leaveWindows(s: HallServices, sessionId: string): void {
  runCommand(s, (now) => {
    const events: PendingEvent[] = [];
    for (const w of s.windows.heldBySession(sessionId)) {
      if (s.tickets.currentOfWindow(w.id)) continue;
      s.windows.update(w.id, { state: 'closed', clerkId: null, sessionId: null, openedAt: null, pausedAt: null, pauseReason: null });
      log(s, w.id, w.clerkId, now, 'close');
      events.push(changed(s, w.id));
    }
    return { result: undefined, events };
  });
}
