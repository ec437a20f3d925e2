/**
 * The back office (后台审批) as one store made by a function: its state, the actions the views call,
 * and close(). main.tsx makes the page's from the browser's parts; tests make theirs against a real
 * server, so sign-in, inbox and case actions run without a browser.
 */
import { createCaseCommands, type CaseCommands } from './case-commands.js';
import { withSessionExpiry, type ApiClient } from '../ui/http.js';
import type { HintStorage } from '../ui/staff-session.js';
import { createFollowUps, type FollowUps } from './follow-ups.js';
import { createInbox, type Inbox } from './inbox.js';
import { createSession, type Session } from './session.js';
import { createState, type ReadonlyBackOfficeState } from './state.js';

export interface BackOfficeDeps {
  api: ApiClient;
  storage: HintStorage;
}

export type BackOfficeActions = Omit<Session, 'expired'> & Inbox & CaseCommands & FollowUps & { clearFeedback(): void };

export interface BackOfficeStore {
  state: ReadonlyBackOfficeState;
  actions: BackOfficeActions;
  close(): void;
}

export function createBackOffice(deps: BackOfficeDeps): BackOfficeStore {
  const s = createState();
  const request = withSessionExpiry(deps.api, () => session.expired());
  const inbox = createInbox(s, request);
  const cases = createCaseCommands(s, request, inbox.refresh);
  const followUps = createFollowUps(s, request);
  const session = createSession({
    s, request, storage: deps.storage,
    entered: async () => {
      s.screen.value = 'inbox';
      await inbox.refresh();
    },
  });
  const { expired: _expired, ...sessionActions } = session;
  return {
    state: s,
    actions: { ...sessionActions, ...inbox, ...cases, ...followUps, clearFeedback() { s.feedback.value = null; } },
    close() { /* nothing live: the page reads on demand */ },
  };
}
