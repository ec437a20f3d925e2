/** 人员 Staff accounts: the list with each account's state; the administrator's changes beside each row. */
import { useEffect } from 'preact/hooks';
import type { UserAccountDto } from '../contract/dto.js';
import { AccountForm, AllowedWindows, OneTimePasswordBox } from './accounts-form.js';
import type { Confirmable } from './accounts-store.js';
import { useAdmin } from './context.js';
import { clockTime, ROLE_LABELS } from './labels.js';
import './people.css';

/** 正常 / 已锁定 until / 需改密 / 已停用: what stops the account signing in, worst first. */
function State({ a }: { a: UserAccountDto }) {
  if (a.disabled) return <span class="tag off" data-state="disabled">已停用 <small>Disabled</small></span>;
  if (a.lockedUntil !== null && a.lockedUntil > Date.now()) {
    return <span class="tag printer-error" data-state="locked">已锁定至 {clockTime(new Date(a.lockedUntil).toISOString())} <small>Locked</small></span>;
  }
  if (a.mustChangePassword) return <span class="tag warn" data-state="must-change">需改密 <small>Must change password</small></span>;
  return <span class="tag ok" data-state="ok">正常 <small>Active</small></span>;
}

const QUESTIONS: Record<Confirmable, (name: string) => string> = {
  disable: (n) => `停用 ${n} 的账号？其登录将立即结束，且不能再登录。· Disable this account? Its sessions end now.`,
  enable: (n) => `启用 ${n} 的账号？· Enable this account again?`,
  reset: (n) => `重置 ${n} 的密码？其登录将立即结束，须用一次性密码重新登录。· Reset the password? Its sessions end now.`,
};

function Confirm({ a }: { a: UserAccountDto }) {
  const { accounts } = useAdmin().manage;
  const c = accounts.confirming.value;
  if (c?.id !== a.id) return null;
  return (
    <div class="confirm" data-testid="account-confirm">
      <p>{QUESTIONS[c.action](a.name)}</p>
      <button type="button" class={`btn${c.action === 'enable' ? ' primary' : ' danger'}`} data-testid="account-confirm-yes" disabled={accounts.busy.value}
        onClick={() => void accounts.confirm()}>确认 · Confirm</button>
      <button type="button" class="btn" onClick={() => accounts.cancelConfirm()}>取消 · Cancel</button>
    </div>
  );
}

function Row({ a, readOnly }: { a: UserAccountDto; readOnly: boolean }) {
  const { accounts } = useAdmin().manage;
  const departments = useAdmin().state.catalog.value?.departments ?? [];
  const window = accounts.windowNumberOf(a.defaultWindowId);
  const open = accounts.confirming.value?.id === a.id || accounts.form.value?.id === a.id;
  return (
    <>
      <tr data-user={a.username}>
        <td>{a.name}<small>{a.username}</small></td>
        <td>{a.staffNo || '—'}</td>
        <td>{ROLE_LABELS[a.role].zh}<small>{ROLE_LABELS[a.role].en}</small></td>
        <td>{window === null ? '—' : `${window} 号`}</td>
        <td>{a.departmentIds?.map((id) => departments.find((d) => d.id === id)?.name ?? id).join('、') ?? '—'}</td>
        <td data-testid="account-state"><State a={a} /></td>
        {!readOnly && (
          <td><div class="row-actions">
            <button type="button" class="btn" data-testid="account-edit" onClick={() => accounts.edit(a.id)}>修改 · Edit</button>
            <button type="button" class="btn" data-testid="account-reset" onClick={() => accounts.ask(a.id, 'reset')}>重置密码 · Reset</button>
            {a.disabled
              ? <button type="button" class="btn" data-testid="account-enable" onClick={() => accounts.ask(a.id, 'enable')}>启用 · Enable</button>
              : <button type="button" class="btn danger" data-testid="account-disable" onClick={() => accounts.ask(a.id, 'disable')}>停用 · Disable</button>}
          </div></td>
        )}
      </tr>
      {!readOnly && open && (
        <tr class="detail-row"><td colSpan={7}>
          <Confirm a={a} />
          {accounts.form.value?.id === a.id && <AccountForm />}
          {accounts.form.value?.id === a.id && a.role === 'clerk' && <AllowedWindows account={a} />}
        </td></tr>
      )}
    </>
  );
}

export function AccountsSection() {
  const store = useAdmin();
  const { accounts } = store.manage;
  const readOnly = store.state.user.value?.role !== 'admin';
  useEffect(() => { void accounts.load(); }, [accounts]);
  const list = accounts.accounts.value;
  return (
    <section aria-labelledby="accounts-title" data-testid="accounts-section">
      <div class="section-head">
        <h2 id="accounts-title">人员 <span>Staff accounts</span></h2>
        {readOnly ? <p class="muted">仅管理员可修改 · Only administrators can change these</p>
          : <button type="button" class="btn primary" data-testid="account-new" onClick={() => accounts.startNew()}>新建账号 · New account</button>}
      </div>
      <OneTimePasswordBox />
      {accounts.form.value?.id === null && <AccountForm />}
      {accounts.form.value === null && accounts.problem.value && <p class="problem" role="alert" data-testid="accounts-problem">{accounts.problem.value}</p>}
      {list === null ? <p class="muted">正在读取… Loading…</p> : (
        <table class="devices accounts-table">
          <thead><tr>
            <th>姓名 · Name</th><th>工号 · No.</th><th>角色 · Role</th><th>默认窗口 · Window</th><th>审批部门 · Departments</th><th>状态 · State</th>{!readOnly && <th />}
          </tr></thead>
          <tbody>{list.map((a) => <Row key={a.id} a={a} readOnly={readOnly} />)}</tbody>
        </table>
      )}
    </section>
  );
}
