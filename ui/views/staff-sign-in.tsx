import { useState } from 'preact/hooks';
import { CredentialFields } from './credential-fields.js';
import type { StaffFormsStore, Words } from './staff-forms.js';

export interface StaffSignInProps {
  store: StaffFormsStore;
  /** The page's name (窗口工作台 Clerk console). */
  title: Words;
  /** Who signs in here (窗口人员登录 Window staff sign-in). */
  audience: Words;
}

/** The sign-in card of a staff page; the notice above it says why the user is there. */
export function StaffSignIn({ store: { state: s, actions }, title, audience }: StaffSignInProps) {
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
        <h1>{title.zh} <small>{title.en}</small></h1>
        <p class="muted">{s.catalog.value?.hall.name ?? '政务服务中心'} · {audience.zh}<br />{audience.en}</p>
        {notice && <p class={`notice notice-${notice.tone}`} role="status">{notice.text}</p>}
        <CredentialFields username={username} password={password} onUsername={setUsername} onPassword={setPassword} autoFocus />
        {problem && <p class="form-problem" role="alert">{problem}</p>}
        <button type="submit" class="btn btn-primary btn-block" disabled={s.busy.value !== null}>
          {s.busy.value === 'sign-in' ? '登录中… Signing in…' : '登录 Sign in'}
        </button>
      </form>
    </main>
  );
}
