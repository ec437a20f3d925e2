/**
 * 预约 Appointments (管理 → 预约): the hall's appointment rules as a form of their own. Values are
 * checked against the schema's bounds before anything is sent; a save sends only the rules that
 * changed (the server merges them over the current ones). Supervisors read; nothing is sent for them.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { ApiError } from '../ui/api.js';
import type { ApiClient } from '../ui/http.js';
import { createApiKeys, type ApiKeys } from './api-keys-store.js';
import { createBookingsList, type BookingsList } from './bookings-list.js';
import { ADMIN_ONLY } from './matters-messages.js';
import type { HallSettingsDto } from './settings-store.js';
import { oneRequest } from './one-request.js';

export type AppointmentRulesDto = HallSettingsDto['appointments'];
type KeysOfType<T, V> = { [K in keyof T]: T[K] extends V ? K : never }[keyof T];
export type NumberRule = KeysOfType<AppointmentRulesDto, number>;
export type SwitchRule = KeysOfType<AppointmentRulesDto, boolean>;

export interface Bound { min: number; max: number; integer: boolean }

/**
 * The schema's bounds (contract/routes-settings.ts `AppointmentRules`): pages import contract types
 * only, so they are repeated here, and appointments-store.test.ts fails when the two disagree.
 */
export const RULE_BOUNDS: Record<NumberRule, Bound> = {
  share: { min: 0, max: 1, integer: false },
  daysAhead: { min: 0, max: 60, integer: true },
  bookCutoffMin: { min: 0, max: 1440, integer: true },
  cancelCutoffMin: { min: 0, max: 1440, integer: true },
  perPhone: { min: 1, max: 20, integer: true },
  missLimit: { min: 0, max: 20, integer: true },
  blockDays: { min: 0, max: 365, integer: true },
  checkInEarlyMin: { min: 0, max: 240, integer: true },
  checkInLateMin: { min: 0, max: 240, integer: true },
  capEvery: { min: 1, max: 20, integer: true },
  walkInWaitMin: { min: 0, max: 480, integer: true },
  remotePerPhone: { min: 1, max: 20, integer: true },
  nearAhead: { min: 0, max: 50, integer: true },
};

/** Why a value is refused, or null. The share is shown and typed as a percentage. */
export function ruleProblem(key: NumberRule, value: number): string | null {
  const b = RULE_BOUNDS[key];
  const ok = Number.isFinite(value) && value >= b.min && value <= b.max && (!b.integer || Number.isInteger(value));
  if (ok) return null;
  if (key === 'share') return '须为 0–100 % · Must be 0–100 %';
  return `须为 ${b.min}–${b.max} 的整数 · A whole number ${b.min}–${b.max}`;
}

/** 0.3 → 30 (float noise of the division dropped: 0.335 → 33.5, not 33.50000000000001). */
export const sharePercent = (share: number): number => Number((share * 100).toFixed(4));

export interface AppointmentRulesForm {
  saved: ReadonlySignal<AppointmentRulesDto | null>;
  draft: ReadonlySignal<AppointmentRulesDto | null>;
  /** The rules whose values are out of bounds, with why. */
  invalid: ReadonlySignal<Partial<Record<NumberRule, string>>>;
  busy: ReadonlySignal<boolean>;
  problem: ReadonlySignal<string | null>;
  /** True right after a save the server took (shows 已保存), until the next edit. */
  done: ReadonlySignal<boolean>;
  mayChange(): boolean;
  load(): Promise<void>;
  edit<K extends keyof AppointmentRulesDto>(key: K, value: AppointmentRulesDto[K]): void;
  /** The share typed as a percentage (30 → 0.3). */
  editSharePercent(percent: number): void;
  /** The rules that differ from the saved ones: what a save sends. */
  changes(): Partial<AppointmentRulesDto>;
  save(): Promise<boolean>;
}

export interface AppointmentsAdmin { rules: AppointmentRulesForm; keys: ApiKeys; bookings: BookingsList }

interface Deps { request: ApiClient; failure: (e: unknown) => string; mayChange: () => boolean }

function createRulesForm(deps: Deps): AppointmentRulesForm {
  const saved = signal<AppointmentRulesDto | null>(null);
  const draft = signal<AppointmentRulesDto | null>(null);
  const busy = signal(false);
  const problem = signal<string | null>(null);
  const done = signal(false);
  const invalid = computed(() => {
    const d = draft.value;
    const out: Partial<Record<NumberRule, string>> = {};
    if (!d) return out;
    for (const key of Object.keys(RULE_BOUNDS) as NumberRule[]) {
      const why = ruleProblem(key, d[key]);
      if (why !== null) out[key] = why;
    }
    return out;
  });
  const messageOf = (e: unknown): string => (e instanceof ApiError && e.code === 'validation-failed' ? `设置无效 · Invalid: ${e.message}` : deps.failure(e));

  function changes(): Partial<AppointmentRulesDto> {
    const from = saved.value;
    const to = draft.value;
    if (!from || !to) return {};
    const keys = Object.keys(to) as (keyof AppointmentRulesDto)[];
    return Object.fromEntries(keys.filter((k) => to[k] !== from[k]).map((k) => [k, to[k]])) satisfies Partial<AppointmentRulesDto>;
  }

  function edit<K extends keyof AppointmentRulesDto>(key: K, value: AppointmentRulesDto[K]): void {
    if (!draft.value) return;
    draft.value = { ...draft.value, [key]: value };
    done.value = false;
  }

  function refusal(): string | null {
    if (!deps.mayChange()) return ADMIN_ONLY;
    const bad = Object.keys(invalid.value).length;
    return bad > 0 ? `有 ${bad} 项超出范围，未保存 · ${bad} value(s) out of range: not saved` : null;
  }

  async function send(body: Partial<AppointmentRulesDto>): Promise<boolean> {
    const ok = await oneRequest({ busy, problem }, messageOf, async () => {
      const settings = await deps.request('POST /api/settings', { body: { appointments: body } });
      saved.value = settings.appointments;
      draft.value = settings.appointments;
    });
    done.value = ok;
    return ok;
  }

  return {
    saved, draft, invalid, busy, problem, done, changes, edit, mayChange: deps.mayChange,
    editSharePercent(percent) { edit('share', percent / 100); },
    async load() {
      try {
        const settings = await deps.request('GET /api/settings', {});
        saved.value = settings.appointments;
        draft.value = settings.appointments;
        problem.value = null;
      } catch (e) {
        problem.value = deps.failure(e);
      }
    },
    async save() {
      const body = changes();
      if (busy.value || Object.keys(body).length === 0) return false;
      const refused = refusal();
      if (refused !== null) {
        problem.value = refused;
        return false;
      }
      return send(body);
    },
  };
}

export function createAppointmentsAdmin(deps: Deps): AppointmentsAdmin {
  return { rules: createRulesForm(deps), keys: createApiKeys(deps), bookings: createBookingsList(deps) };
}
