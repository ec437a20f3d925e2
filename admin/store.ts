/**
 * The supervisors' and administrators' page (/admin) as one store made by a function: staff sign-in
 * (supervisors and admins only), the live board over the overseers' socket, reports, staff sheets and
 * closing the day. main.tsx makes the page's from the browser's parts; admin/store.test.ts makes its own in Node
 * against a real server.
 */
import type { SessionUserDto } from '../contract/dto.js';
import { withSessionExpiry, type ApiClient } from '../ui/http.js';
import { createStaffSession, type HintStorage, type StaffSession } from '../ui/staff-session.js';
import { createCloseDay, type CloseDay } from './close-day.js';
import { errorText, EXPIRED_TEXT, serverText } from './labels.js';
import { createLiveBoard, type LiveBoard, type OpenOverseerSocket } from './live-board.js';
import { createPageState, type ReadonlyAdminPageState, type Screen } from './page-state.js';
import { createAssessment, type Assessment } from './assessment-store.js';
import { createReports, type Reports } from './reports-store.js';
import { createCatalogTransfer, type CatalogTransfer } from './catalog-transfer.js';
import { createPadBinding, type PadBinding } from './pad-binding.js';
import { createDeviceSetup, type DeviceSetup } from './device-setup.js';
import { createSettingsForm, type SettingsForm } from './settings-store.js';
import { createMattersEditor, type MattersEditor } from './matters-store.js';
import { createQueuesEditor, type QueuesEditor } from './queues-store.js';
import { uploadForm, type UploadForm } from './upload.js';
import { createWindowsEditor, type WindowsEditor } from './windows-store.js';
import { createAccountsEditor, type AccountsEditor } from './accounts-store.js';
import { createAuditLog, type AuditLog } from './audit-store.js';
import { createRosterEditor, type RosterEditor } from './roster-store.js';
import { createWhatIf, type WhatIf } from './whatif-store.js';
import { createAppointmentsAdmin, type AppointmentsAdmin } from './appointments-store.js';

export interface AdminPageDeps {
  api: ApiClient;
  storage: HintStorage;
  openSocket: OpenOverseerSocket;
  now?: () => number;
  /** Sends a form's file (the page's fetch; tests pass their browser's). */
  upload?: UploadForm;
}

/** The signed-in screens a user can be shown. */
export type Section = Extract<Screen, 'live' | 'reports' | 'staff' | 'manage'>;

export type AdminPageActions = Omit<StaffSession, 'expired' | 'end'> & Reports & Assessment & Omit<CloseDay, 'confirmingClose' | 'closed'> & {
  show(section: Section): void;
};

export interface AdminPageStore {
  state: ReadonlyAdminPageState;
  live: Pick<LiveBoard, 'board' | 'connection'>;
  report: Pick<Reports, 'from' | 'to' | 'dimension' | 'grain' | 'rows' | 'byRows' | 'cases' | 'overview' | 'coverageYear' | 'coverage' | 'problem'>;
  staff: Pick<Assessment, 'sheetFrom' | 'sheetTo' | 'sheets' | 'expanded' | 'sheetProblem'>;
  closeDay: Pick<CloseDay, 'confirmingClose' | 'closed'>;
  /** The 管理 tab's parts: hall settings, catalogue export/import, rating pads bound to windows. */
  manage: { settings: SettingsForm; catalog: CatalogTransfer; pads: PadBinding; setup: DeviceSetup; matters: MattersEditor; queues: QueuesEditor; windows: WindowsEditor; accounts: AccountsEditor; audit: AuditLog; roster: RosterEditor; whatif: WhatIf; appointments: AppointmentsAdmin };
  actions: AdminPageActions;
  /** Called by the session's own expiry (a 401 anywhere) or by a section's request that saw one. */
  expired(): void;
  close(): void;
}

const OVERSEERS: readonly SessionUserDto['role'][] = ['supervisor', 'admin'];
export const REFUSED = '此页仅供值班主任和管理员使用；窗口人员请用 /clerk，审批人员请用 /backoffice · For supervisors and administrators only: window staff use /clerk, approvers /backoffice';

export function createAdminPage(deps: AdminPageDeps): AdminPageStore {
  const s = createPageState();
  const request = withSessionExpiry(deps.api, () => session.expired());
  const live = createLiveBoard(deps.openSocket);
  const reports = createReports({ s, request, now: deps.now ?? Date.now, failure: errorText });
  const assessment = createAssessment({ s, request, now: deps.now ?? Date.now, failure: errorText });
  const closeDay = createCloseDay(s, request, errorText);
  const manage = {
    settings: createSettingsForm(request, errorText),
    catalog: createCatalogTransfer(request, errorText, deps.now ?? Date.now),
    pads: createPadBinding(request, errorText),
    setup: createDeviceSetup(request, serverText),
    matters: createMattersEditor({ request, upload: deps.upload ?? uploadForm, failure: errorText, mayChange: () => s.user.value?.role === 'admin' }),
    queues: createQueuesEditor({ request, failure: errorText, mayChange: () => s.user.value?.role === 'admin' }),
    windows: createWindowsEditor({ request, failure: serverText }),
    accounts: createAccountsEditor({ request, failure: serverText }),
    audit: createAuditLog({ request, failure: errorText, now: deps.now ?? Date.now, timeZone: () => s.catalog.value?.hall.timeZone ?? 'Asia/Shanghai' }),
    roster: createRosterEditor({ request, failure: errorText, mayChange: () => s.user.value?.role === 'admin' }),
    whatif: createWhatIf({ request, failure: errorText }),
    appointments: createAppointmentsAdmin({ request, failure: errorText, mayChange: () => s.user.value?.role === 'admin' }),
  };
  const session = createStaffSession({
    s, request, storage: deps.storage,
    hintKey: 'hall-admin-signed-in',
    failure: errorText,
    expiredText: EXPIRED_TEXT,
    refuse: (u) => (OVERSEERS.includes(u.role) ? null : REFUSED),
    entered: async () => {
      s.screen.value = 'live';
      live.start();
    },
    forget: () => {
      live.stop();
      reports.resetReport();
      assessment.resetSheets();
      s.feedback.value = null;
    },
  });
  const { expired, end: _end, ...sessionActions } = session;
  const { confirmingClose, closed, ...closeActions } = closeDay;
  return {
    state: s,
    live: { board: live.board, connection: live.connection },
    report: {
      from: reports.from, to: reports.to, dimension: reports.dimension, grain: reports.grain,
      rows: reports.rows, byRows: reports.byRows, cases: reports.cases, problem: reports.problem,
      overview: reports.overview, coverageYear: reports.coverageYear, coverage: reports.coverage,
    },
    staff: {
      sheetFrom: assessment.sheetFrom, sheetTo: assessment.sheetTo, sheets: assessment.sheets,
      expanded: assessment.expanded, sheetProblem: assessment.sheetProblem,
    },
    closeDay: { confirmingClose, closed },
    manage,
    actions: {
      ...sessionActions, ...reports, ...assessment, ...closeActions,
      show(section) {
        if (!s.user.value || s.user.value.mustChangePassword) return;
        s.screen.value = section;
        if (section === 'reports' && reports.cases.value === null) void reports.loadReport();
        if (section === 'staff' && assessment.sheets.value === null) void assessment.loadSheets();
        if (section === 'manage') void manage.settings.load();
      },
    },
    expired,
    close() { live.stop(); },
  };
}
