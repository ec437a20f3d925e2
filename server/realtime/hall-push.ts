import type { BundledHallEvent } from '../../contract/events.js';
import type { PublishedEvent } from '../app/events.js';
import type { HallIo } from './socket.js';

function emitOne(io: HallIo, room: string, e: PublishedEvent): void {
  const to = io.to(room);
  switch (e.name) {
    case 'ticket:called': return void to.emit(e.name, e.payload);
    case 'ticket:changed': return void to.emit(e.name, e.payload);
    case 'queue:changed': return void to.emit(e.name, e.payload);
    case 'window:changed': return void to.emit(e.name, e.payload);
    case 'hall:changed': return void to.emit(e.name, e.payload);
  }
}

function bundleable(e: PublishedEvent): BundledHallEvent | null {
  switch (e.name) {
    case 'ticket:changed': return { name: e.name, payload: e.payload };
    case 'queue:changed': return { name: e.name, payload: e.payload };
    case 'window:changed': return { name: e.name, payload: e.payload };
    default: return null;
  }
}

/**
 * Sends one command's events to a room. A call (the batch opens with `ticket:called`) goes out as
 * ONE `ticket:called` carrying the command's other changes in `also`: Socket.IO encodes a
 * room emit once but writes it to every socket, so with a thousand screens four packets per
 * call cost four thousand writes where one thousand do (bench/call-latency.ts). Other commands
 * keep their separate events, as pinned in the contract.
 */
export function emitBatch(io: HallIo, room: string, events: readonly PublishedEvent[]): void {
  const [first, ...rest] = events;
  if (first?.name === 'ticket:called') {
    const also = rest.map(bundleable);
    if (also.every((e) => e !== null)) {
      io.to(room).emit('ticket:called', also.length > 0 ? { ...first.payload, also } : first.payload);
      return;
    }
  }
  for (const e of events) emitOne(io, room, e);
}
