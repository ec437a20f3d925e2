import type { ConsoleStore } from './console.js';
import { ConsoleContext, useConsole } from './console-context.js';
import { ChangePassword } from './views/change-password.js';
import { SignIn } from './views/sign-in.js';
import { WindowChoice } from './views/window-choice.js';
import { Workbench } from './views/workbench.js';

function Screen() {
  switch (useConsole().state.screen.value) {
    case 'loading':
      return <main class="center-page"><p class="muted">正在加载… Loading…</p></main>;
    case 'signed-out':
      return <SignIn />;
    case 'change-password':
      return <ChangePassword />;
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
