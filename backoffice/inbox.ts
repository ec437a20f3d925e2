/** Loading the inbox for the chosen department and filters: one request, each row with its approval progress. */
import { failureText, type ApiClient } from './http.js';
import type { BackOfficeState, InboxFilter } from './state.js';

/** The inbox shows this many cases; the server sorts them overdue and due first. */
export const INBOX_LIMIT = 200;

export interface Inbox {
  refresh(): Promise<void>;
  setFilter(change: Partial<InboxFilter>): Promise<void>;
}

export function createInbox(s: BackOfficeState, request: ApiClient): Inbox {
  let generation = 0;

  async function refresh(): Promise<void> {
    const mine = ++generation;
    const f = s.filter.value;
    s.busy.value = 'inbox';
    try {
      const cases = await request('GET /api/cases', {
        query: {
          departmentId: f.departmentId ?? undefined, status: f.status ?? undefined, due: f.due ?? undefined,
          open: f.open ? true : undefined, limit: INBOX_LIMIT,
        },
      });
      // A newer filter was chosen while this one loaded: its answer wins.
      if (mine !== generation) return;
      s.cases.value = cases;
    } catch (e) {
      if (mine === generation) s.feedback.value = { tone: 'error', text: failureText(e) };
    } finally {
      if (mine === generation && s.busy.value === 'inbox') s.busy.value = null;
    }
  }

  async function setFilter(change: Partial<InboxFilter>): Promise<void> {
    s.filter.value = { ...s.filter.value, ...change };
    await refresh();
  }

  return { refresh, setFilter };
}
