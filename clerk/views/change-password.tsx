import { useState } from 'preact/hooks';
import { useConsole } from '../console-context.js';

/** Mirrors the server's rule (server/auth/password-policy.ts) for the hint; the server still decides. */
const MIN_LENGTH = 8;

/**
 * A seeded or reset password opens nothing but this form: the clerk picks their own password,
 * then goes on to the window choice.
 */
export function ChangePassword() {
  const { state: s, actions } = useConsole();
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
        <h1>首次登录请修改密码<br /><small>Change your password</small></h1>
        <p class="muted">
          {u?.name}（{u?.username}）· 管理员设置的临时密码只能使用一次。<br />
          The password you were given works only once: choose your own.
        </p>
        <label class="field">
          <span>当前密码（临时密码） Current (temporary) password</span>
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
        <p class="muted">至少 {MIN_LENGTH} 位，不能与用户名相同，不能是常见密码。<br />At least {MIN_LENGTH} characters, not your username, not a common password.</p>
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
