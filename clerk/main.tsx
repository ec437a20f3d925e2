import { render } from 'preact';
import { call } from '../ui/api.js';
import { connectHall } from '../ui/hall-socket.js';
import { App } from './app.js';
import { createConsole } from './console.js';
import { installShortcuts } from './keyboard.js';
import { broadcastTabLock } from './tab-lock.js';
import './styles.css';
import './matter-info.css';

const root = document.getElementById('app');
if (root) {
  const store = createConsole({ api: call, socketFactory: connectHall, storage: localStorage, clock: () => Date.now(), tabs: broadcastTabLock(),
    // noopener: the document page gets no handle back on the console.
    openPage: (url) => { window.open(url, '_blank', 'noopener'); },
  });
  render(<App store={store} />, root);
  installShortcuts(store);
  void store.actions.restore();
}
