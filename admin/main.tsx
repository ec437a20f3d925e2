import { effect } from '@preact/signals';
import { render } from 'preact';
import { io } from 'socket.io-client';
import { call } from '../ui/api.js';
import type { OverseerSocket } from './live-board.js';
import { bindSession } from './session.js';
import { createAdminPage, type Section } from './store.js';
import { App } from './views/app.js';
import './admin.css';
import './live.css';
import './staff.css';

const SECTIONS: readonly string[] = ['live', 'reports', 'staff', 'manage'] satisfies Section[];
const isSection = (x: string): x is Section => SECTIONS.includes(x);

const root = document.getElementById('app');
if (root) {
  // The page's own socket carries the session cookie: the server puts it in the overseers' room.
  const openSocket = (): OverseerSocket => io('', { auth: { admin: true }, transports: ['websocket'], reconnectionDelay: 250, reconnectionDelayMax: 2000 });
  const store = createAdminPage({ api: call, storage: localStorage, openSocket });
  bindSession(store);
  render(<App store={store} />, root);
  // The address names the section (#live, #reports, #staff, #manage): a reload or a bookmark opens it.
  const fromHash = () => { const h = location.hash.slice(1); if (isSection(h)) store.actions.show(h); };
  const opened = location.hash;
  window.addEventListener('hashchange', fromHash);
  effect(() => {
    const screen = store.state.screen.value;
    if (isSection(screen) && location.hash.slice(1) !== screen) history.replaceState(null, '', `#${screen}`);
  });
  void store.actions.restore().then(() => { history.replaceState(null, '', opened || '#live'); fromHash(); });
}
