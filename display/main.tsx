import { render } from 'preact';
import { DisplayApp } from './app.js';
import { parseDisplayConfig } from './display-config.js';
import { startDisplay } from './display-store.js';
import './display.css';

const config = parseDisplayConfig(location.pathname, location.search);
document.title = config.route.kind === 'window' ? `${config.route.number} 号窗口 · 窗口屏` : '综合屏 · Lobby';
const store = startDisplay(config);
const root = document.getElementById('app');
if (root) render(<DisplayApp store={store} />, root);
