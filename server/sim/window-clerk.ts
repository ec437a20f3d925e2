/**
 * One window's clerk in the simulation: what the person at the console does, through the real
 * use cases (open, pause, resume, close, call next, recall, start, finish, no-show). The clerk
 * keeps only what a person at the console would know (the ticket in front of them and whether
 * their span has ended); every rule — ordering, overflow, no-show slips — is the server's.
 */
import type { OutcomeDto } from '../../contract/dto.js';
import type { Actor } from '../app/actor.js';
import type { HallServices } from '../app/context.js';
import { callNext, finishCurrent, noShowCurrent, recallCurrent, startCurrent } from '../app/window-calls.js';
import { closeWindow, openWindow, pauseWindow, resumeWindow } from '../app/window-session.js';
import { DomainError } from '../domain/errors.js';

export interface AtWindow {
  /** Numbers every call; a step scheduled for an earlier call is ignored. */
  call: number;
  ticketId: string;
  phase: 'called' | 'serving';
  since: number;
}

export class WindowClerk {
  mode: 'closed' | 'open' | 'paused' = 'closed';
  /** The span ended while a visitor was at the window: close or pause once they are gone. */
  ending: 'close' | 'pause' | null = null;
  current: AtWindow | null = null;
  /** [from, to) instants, for busy shares and the occupancy chart. */
  readonly openSpans: [number, number][] = [];
  readonly servingSpans: [number, number][] = [];
  private openSince: number | null = null;

  constructor(private readonly s: HallServices, readonly number: number, readonly id: number, private readonly actor: Actor, readonly queueIds: readonly string[]) {}

  /** A span of the roster begins. A clerk still serving through the gap never left: nothing to do. */
  spanStarts(now: number): void {
    if (this.ending !== null) { this.ending = null; return; }
    if (this.mode === 'closed') openWindow(this.s, this.actor, this.id, false);
    else if (this.mode === 'paused') resumeWindow(this.s, this.actor, this.id);
    else return;
    this.mode = 'open';
    this.openSince = now;
  }

  /**
   * A span ends: pause when another span follows the same day (lunch; the console's pause keeps
   * the window the clerk's and shows 暂停 on the screens), close after the last one. A visitor at
   * the window is served first.
   */
  spanEnds(now: number, last: boolean): void {
    const action = last ? 'close' : 'pause';
    if (this.mode !== 'open') return;
    if (this.current) { this.ending = action; return; }
    this.end(action, now);
  }

  private end(action: 'close' | 'pause', now: number): void {
    if (action === 'close') closeWindow(this.s, this.actor, this.id);
    else pauseWindow(this.s, this.actor, this.id, 'meal');
    this.mode = action === 'close' ? 'closed' : 'paused';
    if (this.openSince !== null) this.openSpans.push([this.openSince, now]);
    this.openSince = null;
  }

  get idle(): boolean {
    return this.mode === 'open' && this.ending === null && this.current === null;
  }

  /** Call next; undefined when the server says nobody waits for this window. */
  callNext(now: number, call: number): string | undefined {
    try {
      const { ticket } = callNext(this.s, this.actor, this.id);
      this.current = { call, ticketId: ticket.id, phase: 'called', since: now };
      return ticket.id;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'queue-empty') return undefined;
      throw error;
    }
  }

  recall(): void {
    if (this.current) recallCurrent(this.s, this.actor, this.id, this.current.ticketId);
  }

  start(now: number): void {
    if (!this.current) return;
    startCurrent(this.s, this.actor, this.id, this.current.ticketId);
    this.current = { ...this.current, phase: 'serving', since: now };
  }

  finish(now: number, outcome: OutcomeDto): void {
    if (!this.current) return;
    finishCurrent(this.s, this.actor, this.id, outcome, this.current.ticketId);
    this.servingSpans.push([this.current.since, now]);
    this.release(now);
  }

  noShow(now: number): void {
    if (!this.current) return;
    noShowCurrent(this.s, this.actor, this.id, this.current.ticketId);
    this.release(now);
  }

  private release(now: number): void {
    this.current = null;
    if (this.ending !== null) this.end(this.ending, now);
    this.ending = null;
  }

  /** At the end of the run: a window left open (a span to 24:00) counts its open time until then. */
  settle(now: number): void {
    if (this.openSince !== null) this.openSpans.push([this.openSince, now]);
    this.openSince = null;
  }
}
