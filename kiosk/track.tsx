import { render } from 'preact';
import { call } from '../ui/api.js';
import { connectHall } from '../ui/hall-socket.js';
import { systemClock } from './clock.js';
import { TrackPage } from './track-page.js';
import { ticketIdFromPath } from './track-status.js';
import { createTrackStore } from './track-store.js';
import './track.css';
import './rating-card.css';

const root = document.getElementById('app');
const id = ticketIdFromPath(location.pathname);
if (root && id) {
  const store = createTrackStore({
    ticketId: id, call, connect: connectHall, clock: systemClock,
    vibrate: (pattern) => { if ('vibrate' in navigator) navigator.vibrate(pattern); },
  });
  render(<TrackPage store={store} />, root);
} else if (root) {
  render(<main class="track"><p class="track-missing">找不到这张号票 <span class="en">Ticket not found</span></p></main>, root);
}
