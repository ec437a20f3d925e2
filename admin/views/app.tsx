import { ChangePassword } from '../../ui/views/change-password.js';
import { StaffSignIn } from '../../ui/views/staff-sign-in.js';
import { CalendarSection } from '../calendar.js';
import { AdminContext, useAdmin } from '../context.js';
import { ScreensIndex } from '../screens-index.js';
import type { AdminPageStore } from '../store.js';
import { LivePage } from './live.js';
import { Manage } from './manage.js';
import { ReportsPage } from './reports.js';
import { StaffPage } from './staff.js';
import { TopBar } from './top-bar.js';

const PASSWORD_WORDING = {
  heading: <>首次登录请修改密码 <small>Change your password</small></>,
  once: '临时密码只能使用一次。',
  current: '当前密码 Current password',
  rules: true,
};

/** Signed out: the sign-in card, then what anyone may read (the calendar, the screens' addresses). */
function SignedOut() {
  const store = useAdmin();
  return (
    <>
      <StaffSignIn store={store} title={{ zh: '监控与管理', en: 'Supervision' }} audience={{ zh: '值班主任、管理员登录', en: 'Supervisors and administrators sign in' }} />
      <div class="below-sign-in">
        <CalendarSection />
        <ScreensIndex />
      </div>
    </>
  );
}

function Screen() {
  const store = useAdmin();
  switch (store.state.screen.value) {
    case 'loading': return <main class="center-page"><p class="muted">正在加载… Loading…</p></main>;
    case 'signed-out': return <SignedOut />;
    case 'change-password': return <ChangePassword store={store} wording={PASSWORD_WORDING} />;
    case 'live': return <><TopBar /><LivePage /></>;
    case 'reports': return <><TopBar /><ReportsPage /></>;
    case 'staff': return <><TopBar /><StaffPage /></>;
    case 'manage': return <><TopBar /><Manage /></>;
  }
}

export function App({ store }: { store: AdminPageStore }) {
  return <AdminContext.Provider value={store}><Screen /></AdminContext.Provider>;
}
