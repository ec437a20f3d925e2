import { render } from 'preact';
import { App } from './components/App.js';
import { kioskConfig } from './config.js';
import { startHallData } from './hall-data.js';
import { IdleTimer } from './idle.js';
import { idleCountdown, portrait, resetVisitor, visitorPresent } from './state.js';
import { startPairing } from './pairing.js';
import { configureTicketing } from './ticketing.js';
import './styles.css';
import './screens.css';
import './ticket.css';
import './pairing.css';

const config = kioskConfig(location.search);
configureTicketing(config.deviceId);
void startPairing(config.deviceId);

const orientation = matchMedia('(orientation: portrait)');
portrait.value = orientation.matches;
orientation.addEventListener('change', () => { portrait.value = orientation.matches; });

const idle = new IdleTimer({
  timeoutMs: config.idleMs,
  warnMs: config.idleWarnMs,
  // Nothing to warn about on an untouched home screen; the reset there is silent.
  onCountdown: (left) => { idleCountdown.value = visitorPresent() ? left : null; },
  onActive: () => { idleCountdown.value = null; },
  onIdle: resetVisitor,
});
for (const type of ['pointerdown', 'keydown', 'input', 'wheel'] as const) {
  addEventListener(type, () => idle.poke(), { capture: true, passive: true });
}
// A long press must not open a menu or start a selection on a public screen.
addEventListener('contextmenu', (e) => e.preventDefault());
idle.start();

const root = document.getElementById('app');
if (root) render(<App config={config} />, root);
void startHallData();
