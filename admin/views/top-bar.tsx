/** The signed-in bar: the sections (管理 only for what the user may see), who is signed in, sign out. */
import { useAdmin } from '../context.js';
import type { Section } from '../store.js';

const SECTIONS: { id: Section; label: string }[] = [
  { id: 'live', label: '实时监控 Live' },
  { id: 'reports', label: '报表 Reports' },
  { id: 'staff', label: '考核 Staff' },
  { id: 'manage', label: '管理 Manage' },
];

export function TopBar() {
  const { state, actions } = useAdmin();
  const u = state.user.value;
  return (
    <header class="top-bar">
      <h1>监控与管理 <small>Supervision</small></h1>
      <nav aria-label="栏目 Sections">
        {SECTIONS.map((x) => (
          <a key={x.id} href={`#${x.id}`} class={`tab${state.screen.value === x.id ? ' current' : ''}`} data-testid={`tab-${x.id}`}
            aria-current={state.screen.value === x.id ? 'page' : undefined}>{x.label}</a>
        ))}
      </nav>
      {u && (
        <p class="who">
          {u.name}（{u.username} · {u.role === 'admin' ? '管理员 Admin' : '值班主任 Supervisor'}）
          <button type="button" class="btn" data-testid="sign-out" onClick={() => void actions.signOut()}>退出 · Sign out</button>
        </p>
      )}
    </header>
  );
}
