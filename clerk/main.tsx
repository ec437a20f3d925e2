import { render } from 'preact';
import { App } from './app.js';
import { installShortcuts } from './keyboard.js';
import { restore } from './session.js';
import './styles.css';

const root = document.getElementById('app');
if (root) {
  render(<App />, root);
  installShortcuts();
  void restore();
}
