import { useBackOffice } from '../context.js';
import { SectionTabs } from './section-tabs.js';

const ROLE_WORDS = { approver: '审批人员 Approver', supervisor: '值班主任 Supervisor', admin: '管理员 Admin', clerk: '窗口人员 Clerk' } as const;

export function TopBar() {
  const { state: s, actions } = useBackOffice();
  const u = s.user.value;
  const f = s.feedback.value;
  return (
    <>
      <header class="top-bar">
        <div>
          <h1>后台审批 <small>Back office</small></h1>
          <span class="muted">{s.catalog.value?.hall.name}</span>
        </div>
        {u && <SectionTabs />}
        {u && (
          <div class="who">
            <span data-testid="signed-in-as"><strong>{u.name}</strong> · {ROLE_WORDS[u.role]}</span>
            <button type="button" class="btn btn-link" onClick={() => void actions.signOut()}>退出 Sign out</button>
          </div>
        )}
      </header>
      {f && (
        <div class={`feedback feedback-${f.tone}`} role={f.tone === 'error' ? 'alert' : 'status'} data-testid="feedback">
          <span>{f.text}</span>
          <button type="button" class="btn btn-link" aria-label="关闭 Dismiss" onClick={actions.clearFeedback}>×</button>
        </div>
      )}
    </>
  );
}
