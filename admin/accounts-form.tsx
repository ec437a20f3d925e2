/** The account form (new or edit), the windows a clerk may staff, and the one-time password box. */
import { useState } from 'preact/hooks';
import { ROLES, type Role } from '../contract/constants.js';
import type { UserAccountDto } from '../contract/dto.js';
import { useAdmin } from './context.js';
import { ROLE_LABELS } from './labels.js';

function Departments() {
  const store = useAdmin();
  const { accounts } = store.manage;
  const draft = accounts.form.value?.draft;
  if (!draft) return null;
  const toggle = (id: string, on: boolean) => accounts.setField('departmentIds', on ? [...draft.departmentIds, id] : draft.departmentIds.filter((x) => x !== id));
  return (
    <fieldset class="settings-group checks" data-testid="account-departments">
      <legend>审批部门 · Departments</legend>
      {(store.state.catalog.value?.departments ?? []).map((d) => (
        <label key={d.id} class="check">
          <input type="checkbox" value={d.id} checked={draft.departmentIds.includes(d.id)} onChange={(e) => toggle(d.id, e.currentTarget.checked)} />
          {d.name} <small>{d.nameEn}</small>
        </label>
      ))}
    </fieldset>
  );
}

export function AccountForm() {
  const { accounts } = useAdmin().manage;
  const f = accounts.form.value;
  if (!f) return null;
  const d = f.draft;
  return (
    <form class="card account-form" data-testid="account-form" onSubmit={(e) => { e.preventDefault(); void accounts.save(); }}>
      <h3>{f.id === null ? '新建账号 · New account' : `修改账号 ${d.username} · Edit account`}</h3>
      <div class="form-row">
        {f.id === null && (
          <label class="field">用户名 · Username
            <input type="text" name="username" maxLength={64} autoComplete="off" value={d.username} onInput={(e) => accounts.setField('username', e.currentTarget.value)} />
          </label>
        )}
        <label class="field">姓名 · Name
          <input type="text" name="name" maxLength={40} value={d.name} onInput={(e) => accounts.setField('name', e.currentTarget.value)} />
        </label>
        <label class="field">工号 · Staff no.
          <input type="text" name="staffNo" maxLength={20} value={d.staffNo} onInput={(e) => accounts.setField('staffNo', e.currentTarget.value)} />
        </label>
        <label class="field">角色 · Role
          <select name="role" value={d.role} onChange={(e) => { const r = ROLES.find((x) => x === e.currentTarget.value); if (r) accounts.setField('role', r); }}>
            {ROLES.map((r: Role) => <option key={r} value={r}>{ROLE_LABELS[r].zh} · {ROLE_LABELS[r].en}</option>)}
          </select>
        </label>
        {d.role === 'clerk' && (
          <label class="field">默认窗口 · Default window
            <select name="defaultWindow" value={d.defaultWindowNumber ?? ''}
              onChange={(e) => accounts.setField('defaultWindowNumber', e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}>
              <option value="">无 · None</option>
              {accounts.windows.value.map((w) => <option key={w.number} value={w.number}>{w.number} · {w.name}</option>)}
            </select>
          </label>
        )}
      </div>
      {d.role === 'approver' && <Departments />}
      {accounts.problem.value && <p class="problem" role="alert" data-testid="account-problem">{accounts.problem.value}</p>}
      <div class="actions">
        <button type="submit" class="btn primary" data-testid="account-save" disabled={accounts.busy.value}>{f.id === null ? '创建 · Create' : '保存 · Save'}</button>
        <button type="button" class="btn" onClick={() => accounts.cancel()}>取消 · Cancel</button>
      </div>
    </form>
  );
}

/** 可用窗口: typed as window numbers (as on the signs); empty restores the default. */
export function AllowedWindows({ account }: { account: UserAccountDto }) {
  const { accounts } = useAdmin().manage;
  const shown = account.allowedWindowIds?.map((id) => accounts.windowNumberOf(id)).filter((n) => n !== null).join(', ') ?? '';
  const [text, setText] = useState(shown);
  const numbers = text.split(/[,，\s]+/).filter((x) => x !== '').map(Number);
  const ids = numbers.map((n) => accounts.windows.value.find((w) => w.number === n)?.id);
  const valid = ids.every((x) => x !== undefined);
  return (
    <form class="allowed" data-testid="allowed-windows" onSubmit={(e) => {
      e.preventDefault();
      if (valid) void accounts.setAllowedWindows(account.id, ids.length === 0 ? null : ids.filter((x) => x !== undefined));
    }}>
      <label class="field">可用窗口（窗口号，逗号分隔；留空为默认：本窗口及同队列窗口）· Allowed windows (numbers; empty: the default)
        <input type="text" name="allowed" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <button type="submit" class="btn" disabled={!valid || accounts.busy.value}>保存可用窗口 · Save windows</button>
      {!valid && <span class="problem">无此窗口号 · No such window</span>}
    </form>
  );
}

export function OneTimePasswordBox() {
  const { accounts } = useAdmin().manage;
  const [copied, setCopied] = useState(false);
  const o = accounts.oneTime.value;
  if (!o) return null;
  const copy = () => { void navigator.clipboard?.writeText(o.password).then(() => setCopied(true), () => setCopied(false)); };
  return (
    <div class="one-time" role="status" data-testid="one-time-password">
      <p><strong>{o.reason === 'created' ? `账号 ${o.username} 已创建` : `账号 ${o.username} 的密码已重置`}</strong> · {o.reason === 'created' ? 'Account created' : 'Password reset'}</p>
      <p class="warning">此一次性密码只显示这一次，请现在抄下或复制并交给本人；首次登录须修改密码。· Shown only this once: give it to the person now; it must be changed at the first sign-in.</p>
      <div class="password-row">
        <input type="text" readOnly value={o.password} data-testid="one-time-value" onFocus={(e) => e.currentTarget.select()} />
        <button type="button" class="btn" onClick={copy}>{copied ? '已复制 · Copied' : '复制 · Copy'}</button>
        <button type="button" class="btn" data-testid="one-time-done" onClick={() => accounts.dismissOneTime()}>已记下，关闭 · Done</button>
      </div>
    </div>
  );
}
