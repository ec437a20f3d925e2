import { effect } from '@preact/signals';
import { render } from 'preact';
import { call, newIdempotencyKey } from '../ui/api.js';
import { browserStorage, memoryStore } from './browser-storage.js';
import { systemClock } from './clock.js';
import { App } from './components/App.js';
import { kioskConfig } from './config.js';
import { IdleTimer } from './idle.js';
import { createKiosk, type Kiosk } from './kiosk.js';
import { KioskContext } from './kiosk-context.js';
import './styles.css';
import './screens.css';
import './ticket.css';
import './pairing.css';
import './matter-info.css';

function followOrientation({ state }: Kiosk): void {
  const orientation = matchMedia('(orientation: portrait)');
  state.portrait.value = orientation.matches;
  orientation.addEventListener('change', () => { state.portrait.value = orientation.matches; });
}

function watchIdle({ timing, state }: Kiosk): void {
  const idle = new IdleTimer({
    timeoutMs: timing.value.idleMs,
    warnMs: timing.value.idleWarnMs,
    // Nothing to warn about on an untouched home screen; the reset there is silent.
    onCountdown: (left) => { state.idleCountdown.value = state.visitorPresent() ? left : null; },
    onActive: () => { state.idleCountdown.value = null; },
    onIdle: state.resetVisitor,
  });
  for (const type of ['pointerdown', 'keydown', 'input', 'wheel'] as const) {
    addEventListener(type, () => idle.poke(), { capture: true, passive: true });
  }
  idle.start();
  effect(() => idle.reconfigure(timing.value.idleMs, timing.value.idleWarnMs));
}

const kiosk = createKiosk({
  config: kioskConfig(location.search),
  search: location.search,
  call,
  storage: { session: browserStorage('session') ?? memoryStore(), local: browserStorage('local') },
  clock: systemClock,
  newKey: newIdempotencyKey,
});
void kiosk.pairing.start({ href: location.href, search: location.search, replace: (href) => history.replaceState(history.state, '', href) });
followOrientation(kiosk);
watchIdle(kiosk);
// A long press must not open a menu or start a selection on a public screen.
addEventListener('contextmenu', (e) => e.preventDefault());

const root = document.getElementById('app');
if (root) render(<KioskContext.Provider value={kiosk}><App /></KioskContext.Provider>, root);
void kiosk.hallData.start();
