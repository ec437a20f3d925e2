import { ChangePassword } from '../ui/views/change-password.js';
import { StaffSignIn } from '../ui/views/staff-sign-in.js';
import type { ConsoleStore } from './console.js';
import { ConsoleContext, useConsole } from './console-context.js';
import { WindowChoice } from './views/window-choice.js';
import { Workbench } from './views/workbench.js';

const PASSWORD_WORDING = {
  heading: <>首次登录请修改密码<br /><small>Change your password</small></>,
  once: '管理员设置的临时密码只能使用一次。',
  current: '当前密码（临时密码） Current (temporary) password',
  rules: true,
};

function Screen() {
  const store = useConsole();
  switch (store.state.screen.value) {
    case 'loading':
      return <main class="center-page"><p class="muted">正在加载… Loading…</p></main>;
    case 'signed-out':
      return <StaffSignIn store={store} title={{ zh: '窗口工作台', en: 'Clerk console' }} audience={{ zh: '窗口人员登录', en: 'Window staff sign-in' }} />;
    case 'change-password':
      return <ChangePassword store={store} wording={PASSWORD_WORDING} />;
    case 'choose-window':
      return <WindowChoice />;
    case 'working':
      return <Workbench />;
  }
}

export function App({ store }: { store: ConsoleStore }) {
  return (
    <ConsoleContext.Provider value={store}>
      <Screen />
    </ConsoleContext.Provider>
  );
}
