/**
 * 人员 Staff accounts: the list supervisors read, and the administrator's changes — create (answered
 * with a one-time password, shown once), edit, disable/enable and reset the password (each asked to be
 * confirmed first), and the windows a clerk may staff.
 */
import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { Role } from '../contract/constants.js';
import type { RouteInput } from '../contract/routes.js';
import type { UserAccountDto, WindowDto } from '../contract/dto.js';
import type { ApiClient } from '../ui/http.js';
import { oneRequest } from './one-request.js';

export interface AccountDraft {
  username: string; name: string; staffNo: string; role: Role;
  defaultWindowNumber: number | null; departmentIds: string[];
}
/** The account form: a new account, or the account with this id. */
export interface AccountForm { id: number | null; draft: AccountDraft; saved: AccountDraft | null }
/** Shown once, right after the server made it; gone when dismissed or the next action starts. */
export interface OneTimePassword { username: string; password: string; reason: 'created' | 'reset' }
export type Confirmable = 'disable' | 'enable' | 'reset';
export type AccountChange = NonNullable<RouteInput<'POST /api/users/:id'>['body']>;

export interface AccountsEditor {
  accounts: ReadonlySignal<readonly UserAccountDto[] | null>;
  windows: ReadonlySignal<readonly WindowDto[]>;
  form: ReadonlySignal<AccountForm | null>;
  oneTime: ReadonlySignal<OneTimePassword | null>;
  confirming: ReadonlySignal<{ id: number; action: Confirmable } | null>;
  busy: ReadonlySignal<boolean>;
  problem: ReadonlySignal<string | null>;
  load(): Promise<void>;
  startNew(): void;
  edit(id: number): void;
  cancel(): void;
  setField<K extends keyof AccountDraft>(key: K, value: AccountDraft[K]): void;
  save(): Promise<boolean>;
  ask(id: number, action: Confirmable): void;
  confirm(): Promise<boolean>;
  cancelConfirm(): void;
  dismissOneTime(): void;
  /** null: the default (the clerk's own window and those serving the same queues). */
  setAllowedWindows(id: number, windowIds: number[] | null): Promise<boolean>;
  windowNumberOf(windowId: number | null): number | null;
}

const EMPTY: AccountDraft = { username: '', name: '', staffNo: '', role: 'clerk', defaultWindowNumber: null, departmentIds: [] };

/** The fields a change sends: those that differ, departments only for approvers, a window only for clerks. */
export function accountChanges(saved: AccountDraft, draft: AccountDraft): AccountChange {
  const out: AccountChange = {};
  if (draft.name !== saved.name) out.name = draft.name;
  if (draft.staffNo !== saved.staffNo) out.staffNo = draft.staffNo;
  if (draft.role !== saved.role) out.role = draft.role;
  if (draft.defaultWindowNumber !== saved.defaultWindowNumber) out.defaultWindowNumber = draft.defaultWindowNumber;
  if (draft.role === 'approver' && (draft.role !== saved.role || JSON.stringify(draft.departmentIds) !== JSON.stringify(saved.departmentIds))) {
    out.departmentIds = draft.departmentIds;
  }
  return out;
}

export function createAccountsEditor(deps: { request: ApiClient; failure: (e: unknown) => string }): AccountsEditor {
  const accounts = signal<readonly UserAccountDto[] | null>(null);
  const windows = signal<readonly WindowDto[]>([]);
  const form = signal<AccountForm | null>(null);
  const oneTime = signal<OneTimePassword | null>(null);
  const confirming = signal<{ id: number; action: Confirmable } | null>(null);
  const busy = signal(false);
  const problem = signal<string | null>(null);
  const windowNumberOf = (id: number | null) => (id === null ? null : windows.value.find((w) => w.id === id)?.number ?? null);
  const put = (a: UserAccountDto) => {
    const list = accounts.value ?? [];
    accounts.value = list.some((x) => x.id === a.id) ? list.map((x) => (x.id === a.id ? a : x)) : [...list, a];
  };
  const draftOf = (a: UserAccountDto): AccountDraft => ({
    username: a.username, name: a.name, staffNo: a.staffNo, role: a.role,
    defaultWindowNumber: windowNumberOf(a.defaultWindowId), departmentIds: a.departmentIds ?? [],
  });

  /** One request at a time; a failure shows the server's words and leaves the form open. */
  async function run(work: () => Promise<void>): Promise<boolean> {
    if (busy.value) return false;
    oneTime.value = null;
    return oneRequest({ busy, problem }, deps.failure, work);
  }

  async function create(d: AccountDraft): Promise<void> {
    const { account, temporaryPassword } = await deps.request('POST /api/users', {
      body: {
        username: d.username.trim(), name: d.name, staffNo: d.staffNo, role: d.role,
        defaultWindowNumber: d.role === 'clerk' ? d.defaultWindowNumber : null,
        ...(d.role === 'approver' ? { departmentIds: d.departmentIds } : {}),
      },
    });
    put(account);
    batch(() => { form.value = null; oneTime.value = { username: account.username, password: temporaryPassword, reason: 'created' }; });
  }

  async function change(id: number, body: AccountChange): Promise<void> {
    if (Object.keys(body).length === 0) return;
    put(await deps.request('POST /api/users/:id', { params: { id }, body }));
  }

  async function load(): Promise<void> {
    try {
      const [list, ws] = await Promise.all([deps.request('GET /api/users', {}), deps.request('GET /api/windows', {})]);
      batch(() => { windows.value = ws; accounts.value = list; problem.value = null; });
    } catch (e) {
      problem.value = deps.failure(e);
    }
  }

  return {
    accounts, windows, form, oneTime, confirming, busy, problem, windowNumberOf, load,
    startNew() { batch(() => { form.value = { id: null, draft: { ...EMPTY }, saved: null }; oneTime.value = null; problem.value = null; }); },
    edit(id) {
      const a = accounts.value?.find((x) => x.id === id);
      if (a) batch(() => { form.value = { id, draft: draftOf(a), saved: draftOf(a) }; oneTime.value = null; problem.value = null; });
    },
    cancel() { batch(() => { form.value = null; problem.value = null; }); },
    setField(key, value) {
      const f = form.value;
      if (f) form.value = { ...f, draft: { ...f.draft, [key]: value } };
    },
    save() {
      const f = form.value;
      if (!f) return Promise.resolve(false);
      return run(async () => {
        if (f.id === null) return create(f.draft);
        await change(f.id, accountChanges(f.saved ?? f.draft, f.draft));
        form.value = null;
      });
    },
    ask(id, action) { batch(() => { confirming.value = { id, action }; oneTime.value = null; problem.value = null; }); },
    confirm() {
      const c = confirming.value;
      if (!c) return Promise.resolve(false);
      return run(async () => {
        confirming.value = null;
        if (c.action !== 'reset') return change(c.id, { disabled: c.action === 'disable' });
        const { temporaryPassword } = await deps.request('POST /api/users/:id/password', { params: { id: c.id }, body: {} });
        const username = accounts.value?.find((a) => a.id === c.id)?.username ?? '';
        // The reset also lifts a lockout and asks for a new password: show the server's state of it.
        await load();
        oneTime.value = { username, password: temporaryPassword, reason: 'reset' };
      });
    },
    cancelConfirm() { confirming.value = null; },
    dismissOneTime() { oneTime.value = null; },
    setAllowedWindows(id, windowIds) {
      return run(async () => { put(await deps.request('POST /api/users/:id/windows', { params: { id }, body: { windowIds } })); });
    },
  };
}
