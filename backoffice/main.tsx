import { render } from 'preact';
import { call } from '../ui/api.js';
import { createBackOffice } from './store.js';
import { App } from './views/app.js';
import './styles.css';

const root = document.getElementById('app');
if (root) {
  const store = createBackOffice({ api: call, storage: localStorage });
  render(<App store={store} />, root);
  void store.actions.restore();
}
