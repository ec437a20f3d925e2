/**
 * The live board follows the hall: after a burst of hall events it is rebuilt once and pushed
 * to the overseers' room — only when someone is in it, so a hall without a supervisor watching
 * pays nothing.
 */
import type { HallServices } from '../app/context.js';
import { liveBoard } from '../app/live-board.js';
import type { HallIo } from './socket.js';

const SETTLE_MS = 300;

export function pushLiveBoard(io: HallIo, s: HallServices, room: string): () => void {
  let timer: NodeJS.Timeout | undefined;
  const push = () => {
    timer = undefined;
    if ((io.sockets.adapter.rooms.get(room)?.size ?? 0) === 0) return;
    try {
      io.to(room).emit('live:board', liveBoard(s));
    } catch {
      // A busy or closing database: the next change pushes again.
    }
  };
  const off = s.bus.onHallEvent(() => {
    timer ??= setTimeout(push, SETTLE_MS);
  });
  // The board shows each window's plan and alerts on it, so a roster change redraws it too.
  const offRoster = s.bus.onNotice((_hallId, e) => {
    if (e.name === 'roster:changed') timer ??= setTimeout(push, SETTLE_MS);
  });
  return () => {
    if (timer) clearTimeout(timer);
    off();
    offRoster();
  };
}
