/** Signing in and out of the back office: staff sign-in (ui/staff-session.ts) for approvers only. */
import type { SessionUserDto } from '../contract/dto.js';
import type { ApiClient } from '../ui/http.js';
import { createStaffSession, type HintStorage, type StaffSession } from '../ui/staff-session.js';
import { failureText } from './http.js';
import { errorText } from './labels.js';
import { DEFAULT_FILTER, type BackOfficeState } from './state.js';

export interface SessionDeps {
  s: BackOfficeState;
  request: ApiClient;
  storage: HintStorage;
  /** Called once signed in with a usable password: show the inbox. */
  entered: () => Promise<void>;
}

export type Session = Omit<StaffSession, 'end'>;

const BACK_OFFICE_ROLES: readonly SessionUserDto['role'][] = ['approver', 'supervisor', 'admin'];

export function createSession({ s, request, storage, entered }: SessionDeps): Session {
  const { end: _end, ...session } = createStaffSession({
    s, request, storage,
    hintKey: 'hall-backoffice-signed-in',
    failure: failureText,
    expiredText: errorText('not-signed-in', ''),
    refuse: (u) => (BACK_OFFICE_ROLES.includes(u.role) ? null
      : '后台审批仅限审批人员；窗口人员请使用 /clerk / The back office is for approvers: window staff use /clerk'),
    entered: async (u) => {
      const mine = u.role === 'approver' ? u.departmentIds : [];
      s.filter.value = { ...DEFAULT_FILTER, departmentId: mine.length === 1 ? (mine[0] ?? null) : null };
      await entered();
    },
    forget: () => {
      s.cases.value = [];
      s.current.value = null;
      s.filter.value = DEFAULT_FILTER;
      s.feedback.value = null;
      s.followUps.value = [];
      s.followUp.value = null;
      s.followUpsOpenOnly.value = true;
    },
  });
  return session;
}
