import { ChangePassword } from '../../ui/views/change-password.js';
import { StaffSignIn } from '../../ui/views/staff-sign-in.js';
import { BackOfficeContext, useBackOffice } from '../context.js';
import type { BackOfficeStore } from '../store.js';
import { CasePage } from './case-page.js';
import { FollowUpList } from './follow-up-list.js';
import { FollowUpPage } from './follow-up-page.js';
import { InboxPage } from './inbox.js';
import { TopBar } from './top-bar.js';

const PASSWORD_WORDING = {
  heading: <>首次登录请修改密码 <small>Change your password</small></>,
  once: '临时密码只能使用一次。',
  current: '当前密码 Current password',
  rules: false,
};

function Screen() {
  const store = useBackOffice();
  switch (store.state.screen.value) {
    case 'loading':
      return <main class="center-page"><p class="muted">正在加载… Loading…</p></main>;
    case 'signed-out':
      return <StaffSignIn store={store} title={{ zh: '后台审批', en: 'Back office' }} audience={{ zh: '审批人员登录', en: 'Approvers sign in' }} />;
    case 'change-password':
      return <ChangePassword store={store} wording={PASSWORD_WORDING} />;
    case 'inbox':
      return <><TopBar /><InboxPage /></>;
    case 'case':
      return <><TopBar /><CasePage /></>;
    case 'follow-ups':
      return <><TopBar /><FollowUpList /></>;
    case 'follow-up':
      return <><TopBar /><FollowUpPage /></>;
  }
}

export function App({ store }: { store: BackOfficeStore }) {
  return (
    <BackOfficeContext.Provider value={store}>
      <Screen />
    </BackOfficeContext.Provider>
  );
}
