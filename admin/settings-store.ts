/** 大厅设置: the hall's settings as a form. Supervisors read them; an administrator saves only what changed. */
import type { Static } from '@sinclair/typebox';
import { signal, type ReadonlySignal } from '@preact/signals';
import type { HallSettings } from '../contract/routes-settings.js';
import { ApiError } from '../ui/api.js';
import type { ApiClient } from '../ui/http.js';
import { oneRequest } from './one-request.js';

export type HallSettingsDto = Static<typeof HallSettings>;
export type SettingsChange = Partial<HallSettingsDto>;
export type AssessmentWeightsDto = HallSettingsDto['assessmentWeights'];

export interface SettingsForm {
  /** The settings as the server last gave them. */
  saved: ReadonlySignal<HallSettingsDto | null>;
  /** The form's values: the saved ones with the edits on top. */
  draft: ReadonlySignal<HallSettingsDto | null>;
  busy: ReadonlySignal<boolean>;
  problem: ReadonlySignal<string | null>;
  /** True right after a save the server took (shows 已保存), until the next edit. */
  done: ReadonlySignal<boolean>;
  load(): Promise<void>;
  edit<K extends keyof HallSettingsDto>(key: K, value: HallSettingsDto[K]): void;
  /** Sets one of the five assessment weights (the others stay). */
  editWeight(part: keyof AssessmentWeightsDto, value: number): void;
  /** The fields whose values differ from the saved ones: what a save sends. */
  changes(): SettingsChange;
  save(): Promise<boolean>;
}

export function createSettingsForm(request: ApiClient, failure: (e: unknown) => string): SettingsForm {
  const saved = signal<HallSettingsDto | null>(null);
  const draft = signal<HallSettingsDto | null>(null);
  const busy = signal(false);
  const problem = signal<string | null>(null);
  const done = signal(false);
  const messageOf = (e: unknown): string => (e instanceof ApiError && e.code === 'validation-failed' ? `设置无效 · Invalid: ${e.message}` : failure(e));

  function changes(): SettingsChange {
    const from = saved.value;
    const to = draft.value;
    if (!from || !to) return {};
    const keys = Object.keys(to) as (keyof HallSettingsDto)[];
    // By value: the weights are an object, edited into a new one, and unchanged if every weight is back.
    return Object.fromEntries(keys.filter((k) => JSON.stringify(to[k]) !== JSON.stringify(from[k])).map((k) => [k, to[k]])) satisfies SettingsChange;
  }

  function edit<K extends keyof HallSettingsDto>(key: K, value: HallSettingsDto[K]): void {
    if (!draft.value) return;
    draft.value = { ...draft.value, [key]: value };
    done.value = false;
  }

  return {
    saved, draft, busy, problem, done, changes, edit,
    editWeight(part, value) {
      if (draft.value) edit('assessmentWeights', { ...draft.value.assessmentWeights, [part]: value });
    },
    async load() {
      try {
        const settings = await request('GET /api/settings', {});
        saved.value = settings;
        draft.value = settings;
        problem.value = null;
      } catch (e) {
        problem.value = failure(e);
      }
    },
    async save() {
      const body = changes();
      if (busy.value || Object.keys(body).length === 0) return false;
      const ok = await oneRequest({ busy, problem }, messageOf, async () => {
        const settings = await request('POST /api/settings', { body });
        saved.value = settings;
        draft.value = settings;
      });
      done.value = ok;
      return ok;
    },
  };
}
