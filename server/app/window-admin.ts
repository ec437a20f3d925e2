/**
 * The administrator creates windows and changes their names and queues: audited before → after and
 * pushed as `window:changed`, so screens and consoles follow. An open window keeps working: it reads
 * its queues at each call, so new ones apply from its next call.
 */
import type { WindowDto } from '../../contract/dto.js';
import { fail } from '../domain/errors.js';
import type { WindowRow } from '../db/windows-repo.js';
import { loadWindow, type AdminActor } from './actor.js';
import { runCommand, type HallServices } from './context.js';
import { windowDto } from './views.js';

export interface WindowFields { name: string; nameEn: string; queueIds: string[]; overflowQueueIds: string[] }
export type NewWindow = Omit<WindowFields, 'overflowQueueIds'> & { number: number; overflowQueueIds?: string[] };

/** What an administrator sets, as the audit log shows it (the state and the clerk are the console's). */
const setup = (w: WindowDto): WindowFields & { number: number } =>
  ({ number: w.number, name: w.name, nameEn: w.nameEn, queueIds: w.queueIds, overflowQueueIds: w.overflowQueueIds });

/** Every queue must be the hall's, and a queue is either the window's own or its overflow, not both. */
function checkQueues(s: HallServices, queueIds: readonly string[], overflowQueueIds: readonly string[]): void {
  const known = new Set(s.catalog.queuesOf(s.hallId).map((q) => q.id));
  const unknown = [...queueIds, ...overflowQueueIds].find((id) => !known.has(id));
  if (unknown !== undefined) fail('queue-not-found', `no queue ${unknown} · 无此队列`);
  const both = queueIds.find((id) => overflowQueueIds.includes(id));
  if (both !== undefined) fail('validation-failed', `queue ${both} is both served and overflow · 队列 ${both} 不能同时为本窗口队列和溢出队列`);
}

/** A name of spaces would leave a blank sign on the screens. */
function named(text: string, field: string): string {
  const t = text.trim();
  if (t === '') fail('validation-failed', `${field} is empty · 名称不能为空`);
  return t;
}

function byNumber(s: HallServices, number: number): WindowRow | undefined {
  return s.windows.ofHall(s.hallId).find((w) => w.number === number);
}

function audit(s: HallServices, admin: AdminActor, at: number, action: string, detail: object): void {
  s.audit.add({ hallId: s.hallId, at, actorId: admin.userId, actorName: admin.name, action, detail: JSON.stringify(detail) });
}

export function createWindow(s: HallServices, admin: AdminActor, input: NewWindow): WindowDto {
  return runCommand(s, (now) => {
    if (byNumber(s, input.number)) fail('validation-failed', `window ${input.number} already exists · ${input.number} 号窗口已存在`);
    const overflow = input.overflowQueueIds ?? [];
    checkQueues(s, input.queueIds, overflow);
    const id = s.windows.insert({
      hallId: s.hallId, number: input.number, name: named(input.name, 'name'), nameEn: named(input.nameEn, 'nameEn'),
      queueIds: JSON.stringify(input.queueIds), overflowQueueIds: JSON.stringify(overflow),
    });
    const after = windowDto(s, loadWindow(s, id));
    audit(s, admin, now, 'window-created', { before: null, after: setup(after) });
    return { result: after, events: [{ name: 'window:changed', payload: { window: after } }] };
  });
}

export function changeWindow(s: HallServices, admin: AdminActor, number: number, change: Partial<WindowFields>): WindowDto {
  return runCommand(s, (now) => {
    const row = byNumber(s, number);
    if (!row) fail('window-not-found', `no window ${number} · 无 ${number} 号窗口`);
    const before = windowDto(s, row);
    const next = { ...setup(before), ...change };
    checkQueues(s, next.queueIds, next.overflowQueueIds);
    s.windows.update(row.id, {
      name: named(next.name, 'name'), nameEn: named(next.nameEn, 'nameEn'), queueIds: JSON.stringify(next.queueIds), overflowQueueIds: JSON.stringify(next.overflowQueueIds),
    });
    const after = windowDto(s, loadWindow(s, row.id));
    if (JSON.stringify(setup(after)) === JSON.stringify(setup(before))) return { result: after, events: [] };
    audit(s, admin, now, 'window-changed', { number, before: setup(before), after: setup(after) });
    return { result: after, events: [{ name: 'window:changed', payload: { window: after } }] };
  });
}
