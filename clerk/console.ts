/**
 * The clerk console as one store made by a function: its state, the actions the views call, and
 * close(). main.tsx makes the one of the page from the browser's parts; tests make theirs from a
 * real server's, so session, live-update and command logic run without a browser.
 */
import type { ActionId, ToolId } from './actions.js';
import { createCaseActions, type CaseActions } from './case-actions.js';
import { createCatalogSearch, type CatalogSearch } from './catalog-search.js';
import { createCommands } from './commands.js';
import { createConsoleState, type Confirmation, type ReadonlyConsoleState } from './console-state.js';
import { withSessionExpiry, type ApiClient } from './http.js';
import { createLive, type SocketFactory } from './live.js';
import { createSession, type HintStorage } from './session.js';
import type { TabLockFactory } from './tab-lock.js';
import type { PauseReason } from '../contract/constants.js';
import type { OutcomeDto } from '../contract/dto.js';
import type { FinishContext, OutcomeForm } from './outcome-form.js';
import { createComplaintForm, type ComplaintForm } from '../ui/complaint-form.js';
import { complaintSubject } from './my-ratings.js';
import { createRosterPlan, type RosterPlan } from './roster-plan.js';

export interface ConsoleDeps {
  api: ApiClient;
  socketFactory: SocketFactory;
  storage: HintStorage;
  /** This PC's clock (ms); the console keeps the server's offset to it. */
  clock: () => number;
  tabs: TabLockFactory;
  /** Opens a page of the hall in a new tab (a document to print). */
  openPage: (url: string) => void;
}

export interface ConsoleActions extends CaseActions {
  restore(): Promise<void>;
  signIn(username: string, password: string): Promise<string | null>;
  changePassword(currentPassword: string, newPassword: string): Promise<string | null>;
  loadWindows(): Promise<void>;
  openWindow(id: number, takeover?: boolean): Promise<void>;
  signOut(): Promise<void>;
  trigger(action: ActionId): void;
  /** Press of a key beside the pad (print, case tool); a disabled one says why. */
  tool(id: ToolId): void;
  finish(outcome: OutcomeDto): Promise<string | null>;
  finishForm(form: OutcomeForm, ctx: FinishContext): Promise<string | null>;
  transfer(queueId: string): Promise<string | null>;
  /** From the pause dialog (暂停原因): pause for the chosen reason; the problem to show, or null. */
  pause(reason: PauseReason, note: string): Promise<string | null>;
  /** Ask before taking over `windowId` (from the picker or the taken-over notice). */
  askTakeover(windowId: number, c: Confirmation): void;
  closeDialog(): void;
  /** The picker's refusal was read (another window is being chosen). */
  forgetRefusal(): void;
  clearFeedback(): void;
  /** Tick or untick a checklist row as handed in. */
  toggleReceived(index: number): void;
  /** 投诉登记: the desk enters a visitor's complaint. */
  openComplaint(): void;
  /** Files the draft, about the current or just-finished ticket when `aboutTicket`; true when the hall took it. */
  fileComplaint(aboutTicket: boolean): Promise<boolean>;
}

export interface ConsoleStore {
  state: ReadonlyConsoleState;
  actions: ConsoleActions;
  /** The complaint dialog's form (投诉登记). */
  complaint: ComplaintForm;
  /** 事项查询: the catalogue search panel. */
  search: CatalogSearch;
  /** 今日排班: the window's plan for today. */
  roster: RosterPlan;
  close(): void;
}

export function createConsole(deps: ConsoleDeps): ConsoleStore {
  const s = createConsoleState(deps.clock);
  const request = withSessionExpiry(deps.api, () => session.expired());
  const live = createLive({ s, request, socketFactory: deps.socketFactory, clock: deps.clock, onRoster: () => void roster.load() });
  const roster = createRosterPlan({ s, request });
  const tabs = deps.tabs((id) => {
    if (s.screen.value === 'working' && s.windowId.value === id && !s.takenOver.value) live.takenOverBy(null, true);
  });
  const session = createSession({ s, request, live, storage: deps.storage, claimWindow: tabs.claim });
  const { run, ...commands } = createCommands({ s, request, live, clock: deps.clock, signOff: session.signOff });
  const cases = createCaseActions({ s, request, run, openPage: deps.openPage });
  const stopResults = cases.followResultCase();
  const complaint = createComplaintForm((body) => request('POST /api/complaints', { body }));
  const search = createCatalogSearch({ s, request });

  const actions: ConsoleActions = {
    restore: session.restore,
    signIn: session.signIn,
    changePassword: session.changePassword,
    loadWindows: session.loadWindows,
    openWindow: session.openWindow,
    signOut: session.signOut,
    ...commands,
    ...cases.actions,
    tool(id) {
      if (id !== 'catalog-search') return cases.actions.tool(id);
      s.dialog.value = { kind: 'catalog' };
      void search.open();
    },
    askTakeover(windowId, c) {
      s.dialog.value = { kind: 'confirm', ...c, onConfirm: () => { s.dialog.value = null; void session.openWindow(windowId, true); } };
    },
    closeDialog() { s.dialog.value = null; },
    forgetRefusal() { s.refusal.value = null; },
    clearFeedback() { s.feedback.value = null; },
    toggleReceived(i) {
      const next = new Set(s.received.value);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      s.received.value = next;
    },
    openComplaint() {
      complaint.open();
      s.dialog.value = { kind: 'complaint' };
    },
    fileComplaint(aboutTicket) {
      const subject = complaintSubject(s.current.value, s.lastServed.value);
      return complaint.submit(aboutTicket && subject ? { ticketId: subject.id } : null);
    },
  };

  return {
    state: s,
    actions,
    complaint,
    search,
    roster,
    close() {
      stopResults();
      live.stop();
      tabs.close();
    },
  };
}
