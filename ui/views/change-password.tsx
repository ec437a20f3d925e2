import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { StaffFormsStore } from './staff-forms.js';

/** Mirrors the server's rule (server/auth/password-policy.ts) for the hint; the server still decides. */
const MIN_LENGTH = 8;

export interface ChangePasswordWording {
  /** The card's heading, laid out by the page. */
  heading: ComponentChildren;
  /** After the user's name: that the temporary password works once (Chinese; the English line is shared). */
  once: string;
  /** The label of the current-password field. */
  current: string;
  /** Spell out the password rules under the fields. */
  rules: boolean;
}

/**
 * A seeded or reset password opens nothing but this form: the user picks their own password,
 * then goes on to the page's first screen.
 */
export function ChangePassword({ store: { state: s, actions }, wording: w }: { store: StaffFormsStore; wording: ChangePasswordWording }) {
  const u = s.user.value;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!current || !next) return setProblem('请填写当前密码和新密码 / Enter the current and the new password');
    if ([...next].length < MIN_LENGTH) return setProblem(`新密码至少 ${MIN_LENGTH} 位 / Use at least ${MIN_LENGTH} characters`);
    if (next !== again) return setProblem('两次输入的新密码不一致 / The new passwords do not match');
    setProblem(await actions.changePassword(current, next));
  };

  return (
    <main class="center-page">
      <form class="card sign-in change-password" onSubmit={submit} data-testid="change-password">
        <h1>{w.heading}</h1>
        <p class="muted">{u?.name}（{u?.username}）· {w.once}<br />The password you were given works only once: choose your own.</p>
        <label class="field">
          <span>{w.current}</span>
          <input name="current-password" type="password" autoComplete="current-password" value={current} autoFocus onInput={(e) => setCurrent(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>新密码 New password</span>
          <input name="new-password" type="password" autoComplete="new-password" value={next} onInput={(e) => setNext(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>再次输入新密码 Repeat the new password</span>
          <input name="repeat-password" type="password" autoComplete="new-password" value={again} onInput={(e) => setAgain(e.currentTarget.value)} />
        </label>
        {w.rules && <p class="muted">至少 {MIN_LENGTH} 位，不能与用户名相同，不能是常见密码。<br />At least {MIN_LENGTH} characters, not your username, not a common password.</p>}
        {problem && <p class="form-problem" role="alert">{problem}</p>}
        <button type="submit" class="btn btn-primary btn-block" disabled={s.busy.value !== null}>
          {s.busy.value === 'password' ? '正在保存… Saving…' : '修改密码并继续 Change and continue'}
        </button>
        <div class="row row-end">
          <button type="button" class="btn btn-link" onClick={() => void actions.signOut()}>退出登录 Sign out</button>
        </div>
      </form>
    </main>
  );
}
