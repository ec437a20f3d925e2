import type { MaterialDto, OutcomeDto, OutcomeKind } from '../contract/dto.js';

/** What the finish dialog holds while the clerk fills it in. */
export interface OutcomeForm {
  kind: OutcomeKind | null;
  /** Names of checklist materials ticked as missing (一次性告知). */
  missing: readonly string[];
  /** Missing things not on the checklist, typed by the clerk; split on new lines and 、，；. */
  otherMissing: string;
  reason: string;
  note: string;
}

export const EMPTY_FORM: OutcomeForm = { kind: null, missing: [], otherMissing: '', reason: '', note: '' };

export type OutcomeCheck = { ok: true; outcome: OutcomeDto } | { ok: false; problem: string };

export function splitOther(text: string): string[] {
  return text.split(/[\n、，,；;]/).map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * Turns the form into the outcome the server takes, or says what is still missing — the
 * same rules the server applies, checked first so the dialog can say it before sending.
 */
export function outcomeFrom(form: OutcomeForm): OutcomeCheck {
  const note = form.note.trim();
  const withNote = (o: OutcomeDto): OutcomeDto => (note ? { ...o, note } : o);
  switch (form.kind) {
    case null:
      return { ok: false, problem: '请选择办理结果 Choose the outcome' };
    case 'one-time-notice': {
      const missing = [...new Set([...form.missing, ...splitOther(form.otherMissing)])];
      if (missing.length === 0) return { ok: false, problem: '请勾选缺少的材料 Tick the missing materials' };
      return { ok: true, outcome: withNote({ kind: 'one-time-notice', missingMaterials: missing }) };
    }
    case 'not-accepted': {
      const reason = form.reason.trim();
      if (!reason) return { ok: false, problem: '请填写不予受理的理由 Give the reason' };
      return { ok: true, outcome: withNote({ kind: 'not-accepted', reason }) };
    }
    case 'accepted':
    case 'on-the-spot':
    case 'consultation':
      return { ok: true, outcome: withNote({ kind: form.kind }) };
  }
}

/**
 * Missing materials to pre-tick from what the clerk marked received on the checklist: the
 * required ones not received — but only once the clerk has marked anything, so an untouched
 * checklist never pre-fills a notice nobody checked.
 */
export function preTickedMissing(materials: readonly MaterialDto[], received: ReadonlySet<number>): string[] {
  if (received.size === 0) return [];
  return materials.flatMap((m, i) => (m.required && !received.has(i) ? [m.name] : []));
}

export function toggle(list: readonly string[], item: string): string[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}
