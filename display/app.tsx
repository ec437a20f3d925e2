import type { DisplayStore } from './display-store.js';
import { LobbyScreen } from './lobby-screen.js';
import { CenterMessage } from './center-message.js';
import { SoundGate } from './sound-gate.js';
import { StatusMarkers } from './status-markers.js';
import { WindowScreen } from './window-screen.js';

/** One bundle, two screens: the route decides which one this TV is. */
export function DisplayApp({ store }: { store: DisplayStore }) {
  const route = store.config.route;
  // Until the socket is back, every number on screen may be stale: dim it and say so.
  const offline = store.connection.value !== 'connected';
  return (
    <div class={`display display--${route.kind}${offline ? ' is-offline' : ''}`}>
      {route.kind === 'lobby' && <LobbyScreen store={store} />}
      {route.kind === 'window' && <WindowScreen store={store} number={route.number} />}
      {route.kind === 'unknown' && (
        <CenterMessage zh="没有这个屏幕" en={`No screen at ${route.path} — use /display or /display/window/<number>`} />
      )}
      <StatusMarkers store={store} />
      <SoundGate store={store} />
    </div>
  );
}
