/**
 * Who is signed in, as the administrators' sections (kiosks, webhooks, calendar) read it. The page's
 * store (store.ts, staff sign-in) owns the session; this mirrors it for those sections and passes
 * their "signed out" back to it.
 */
import { effect, signal } from '@preact/signals';
import type { SessionUserDto } from '../contract/dto.js';
import type { AdminPageStore } from './store.js';

export type SessionState =
  | { kind: 'loading' }
  | { kind: 'signed-out'; notice: string | null }
  | { kind: 'signed-in'; user: SessionUserDto };

export const session = signal<SessionState>({ kind: 'loading' });

let onExpired: () => void = () => {};

/** Mirrors `store`'s user into `session`; returns the undo. */
export function bindSession(store: AdminPageStore): () => void {
  onExpired = () => store.expired();
  return effect(() => {
    const screen = store.state.screen.value;
    const user = store.state.user.value;
    session.value = screen === 'loading' ? { kind: 'loading' } : user ? { kind: 'signed-in', user } : { kind: 'signed-out', notice: null };
  });
}

/** A section's request was answered 401: the whole page signs out. */
export function signedOut(_notice: string | null): void {
  onExpired();
}
