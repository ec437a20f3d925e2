import { render } from 'preact';
import { TrackPage } from './track-page.js';
import { ticketIdFromPath } from './track-status.js';
import './track.css';

const root = document.getElementById('app');
const id = ticketIdFromPath(location.pathname);
if (root) {
  render(id ? <TrackPage ticketId={id} /> : <main class="track"><p class="track-missing">找不到这张号票 <span class="en">Ticket not found</span></p></main>, root);
}
