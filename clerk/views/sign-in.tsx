import { useState } from 'preact/hooks';
import { useConsole } from '../console-context.js';

export function SignIn() {
  const { state: s, actions } = useConsole();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const notice = s.signInNotice.value;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!username.trim() || !password) return setProblem('请输入用户名和密码 / Enter username and password');
    setProblem(await actions.signIn(username.trim(), password));
  };

  return (
    <main class="center-page">
      <form class="card sign-in" onSubmit={submit} data-testid="sign-in">
        <h1>窗口工作台 <small>Clerk console</small></h1>
        <p class="muted">{s.catalog.value?.hall.name ?? '政务服务中心'} · 窗口人员登录<br />Window staff sign-in</p>
        {notice && <p class={`notice notice-${notice.tone}`} role="status">{notice.text}</p>}
        <label class="field">
          <span>用户名 Username</span>
          <input name="username" autoComplete="username" value={username} autoFocus onInput={(e) => setUsername(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>密码 Password</span>
          <input name="password" type="password" autoComplete="current-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        {problem && <p class="form-problem" role="alert">{problem}</p>}
        <button type="submit" class="btn btn-primary btn-block" disabled={s.busy.value !== null}>
          {s.busy.value === 'sign-in' ? '登录中… Signing in…' : '登录 Sign in'}
        </button>
      </form>
    </main>
  );
}
