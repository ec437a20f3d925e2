/**
 * 窗口 Windows: the hall's windows with the queues each serves and those it takes when idle (overflow).
 * An administrator edits one at a time (or a new one); supervisors read. Saving a change sends only what
 * changed, so the audit log shows just that.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { WindowDto } from '../contract/dto.js';
import type { ApiClient } from '../ui/http.js';

export interface WindowDraft { number: number; name: string; nameEn: string; queueIds: string[]; overflowQueueIds: string[] }
export type QueueRole = 'own' | 'overflow';

/** The window being edited: an existing one (by number) or a new one. */
export interface WindowEditing { isNew: boolean; draft: WindowDraft; saved: WindowDraft | null }

export interface WindowsEditor {
  windows: ReadonlySignal<readonly WindowDto[] | null>;
  editing: ReadonlySignal<WindowEditing | null>;
  busy: ReadonlySignal<boolean>;
  problem: ReadonlySignal<string | null>;
  load(): Promise<void>;
  edit(number: number): void;
  startNew(): void;
  cancel(): void;
  setField(key: 'name' | 'nameEn' | 'number', value: string | number): void;
  /** Ticks or unticks a queue as the window's own or its overflow; a queue is never both. */
  toggleQueue(role: QueueRole, queueId: string, on: boolean, hallOrder: readonly string[]): void;
  save(): Promise<boolean>;
}

const draftOf = (w: WindowDto): WindowDraft => ({ number: w.number, name: w.name, nameEn: w.nameEn, queueIds: [...w.queueIds], overflowQueueIds: [...w.overflowQueueIds] });
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields of a change that differ from the saved window. */
export function windowChanges(saved: WindowDraft, draft: WindowDraft): Partial<Omit<WindowDraft, 'number'>> {
  const out: Partial<Omit<WindowDraft, 'number'>> = {};
  if (draft.name !== saved.name) out.name = draft.name;
  if (draft.nameEn !== saved.nameEn) out.nameEn = draft.nameEn;
  if (!same(draft.queueIds, saved.queueIds)) out.queueIds = draft.queueIds;
  if (!same(draft.overflowQueueIds, saved.overflowQueueIds)) out.overflowQueueIds = draft.overflowQueueIds;
  return out;
}

/** Keeps a list in the hall's queue order, so the chips read the same on every window. */
function toggled(list: readonly string[], id: string, on: boolean, order: readonly string[]): string[] {
  const set = new Set(list.filter((x) => x !== id));
  if (on) set.add(id);
  return order.filter((x) => set.has(x)).concat([...set].filter((x) => !order.includes(x)));
}

export function createWindowsEditor(deps: { request: ApiClient; failure: (e: unknown) => string }): WindowsEditor {
  const windows = signal<readonly WindowDto[] | null>(null);
  const editing = signal<WindowEditing | null>(null);
  const busy = signal(false);
  const problem = signal<string | null>(null);
  const update = (f: (d: WindowDraft) => WindowDraft) => {
    const e = editing.value;
    if (e) editing.value = { ...e, draft: f(e.draft) };
  };

  async function load(): Promise<void> {
    try {
      windows.value = await deps.request('GET /api/windows', {});
    } catch (e) {
      problem.value = deps.failure(e);
    }
  }

  async function send(e: WindowEditing): Promise<WindowDto | null> {
    if (e.isNew) return deps.request('POST /api/windows', { body: e.draft });
    const body = windowChanges(e.saved ?? e.draft, e.draft);
    if (Object.keys(body).length === 0) return null;
    return deps.request('POST /api/admin/windows/:windowNumber', { params: { windowNumber: e.draft.number }, body });
  }

  return {
    windows, editing, busy, problem, load,
    edit(number) {
      const w = windows.value?.find((x) => x.number === number);
      if (!w) return;
      editing.value = { isNew: false, draft: draftOf(w), saved: draftOf(w) };
      problem.value = null;
    },
    startNew() {
      const next = Math.max(0, ...(windows.value ?? []).map((w) => w.number)) + 1;
      editing.value = { isNew: true, draft: { number: next, name: `${next}号窗口`, nameEn: `Window ${next}`, queueIds: [], overflowQueueIds: [] }, saved: null };
      problem.value = null;
    },
    cancel() { editing.value = null; problem.value = null; },
    setField(key, value) {
      update((d) => (key === 'number' ? { ...d, number: Number(value) } : { ...d, [key]: String(value) }));
    },
    toggleQueue(role, queueId, on, order) {
      update((d) => {
        const mine = role === 'own' ? 'queueIds' : 'overflowQueueIds';
        const other = role === 'own' ? 'overflowQueueIds' : 'queueIds';
        return { ...d, [mine]: toggled(d[mine], queueId, on, order), [other]: on ? toggled(d[other], queueId, false, order) : d[other] };
      });
    },
    async save() {
      const e = editing.value;
      if (!e || busy.value) return false;
      busy.value = true;
      try {
        const saved = await send(e);
        if (saved) windows.value = [...(windows.value ?? []).filter((w) => w.number !== saved.number), saved].sort((a, b) => a.number - b.number);
        editing.value = null;
        problem.value = null;
        return true;
      } catch (err) {
        problem.value = deps.failure(err);
        return false;
      } finally {
        busy.value = false;
      }
    },
  };
}
