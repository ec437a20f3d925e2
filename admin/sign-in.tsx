import { useState } from 'preact/hooks';
import { CredentialFields } from '../ui/views/credential-fields.js';
import { signIn } from './session.js';

/** The hall's administrator signs in here; clerks use the same accounts at /clerk. */
export function SignIn({ notice }: { notice: string | null }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    if (!username.trim() || !password) return setProblem('请输入用户名和密码 · Enter username and password');
    setBusy(true);
    setProblem(await signIn(username.trim(), password));
    setBusy(false);
  };

  return (
    <form class="card sign-in" onSubmit={submit} data-testid="admin-sign-in">
      <p class="muted">管理员登录后可配对自助取号机 · Sign in as an administrator to pair kiosks</p>
      {notice && <p class="notice" role="status">{notice}</p>}
      <CredentialFields username={username} password={password} onUsername={setUsername} onPassword={setPassword} />
      {problem && <p class="problem" role="alert">{problem}</p>}
      <button type="submit" class="btn primary" disabled={busy}>{busy ? '登录中… Signing in…' : '登录 Sign in'}</button>
    </form>
  );
}
