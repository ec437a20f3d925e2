import { render } from 'preact';
import { call } from '../ui/api.js';
import { caseTokenFromPath } from './case-track-text.js';
import { CaseTrackPage } from './case-track-page.js';
import { createCaseTrackStore } from './case-track-store.js';
import { systemClock } from './clock.js';
import './track.css';
import './case-track.css';
import './rating-card.css';

/** The phone back on the page (unlocked, tab switched back): the case may have moved meanwhile. */
function onFocus(refresh: () => void): () => void {
  const visible = () => { if (document.visibilityState === 'visible') refresh(); };
  window.addEventListener('focus', refresh);
  document.addEventListener('visibilitychange', visible);
  return () => {
    window.removeEventListener('focus', refresh);
    document.removeEventListener('visibilitychange', visible);
  };
}

const root = document.getElementById('app');
const token = caseTokenFromPath(location.pathname);
if (root && token) {
  render(<CaseTrackPage store={createCaseTrackStore({ token, call, clock: systemClock, onFocus })} />, root);
} else if (root) {
  render(<main class="track"><p class="track-missing">找不到这个办件 <span class="en">Case not found</span></p></main>, root);
}
