import type { DeliveryMethod, MaterialDto, OutcomeDto, OutcomeKind } from '../contract/dto.js';
import { applicantFrom, EMPTY_APPLICANT, type ApplicantFields } from './applicant-form.js';

/** What the finish dialog holds while the clerk fills it in. */
export interface OutcomeForm {
  kind: OutcomeKind | null;
  /** Names of checklist materials ticked as missing (一次性告知). */
  missing: readonly string[];
  /** Missing things not on the checklist, typed by the clerk; split on new lines and 、，；. */
  otherMissing: string;
  reason: string;
  note: string;
  applicant: ApplicantFields;
  delivery: DeliveryMethod;
  address: string;
  /** Copies taken in per checklist line ticked as received; a line not here counts its material's copies. */
  copies: Readonly<Record<number, number>>;
  /** The matter served, chosen in the dialog when the ticket was taken for a queue. */
  matterId: string | null;
}

export const EMPTY_FORM: OutcomeForm = {
  kind: null, missing: [], otherMissing: '', reason: '', note: '', applicant: EMPTY_APPLICANT, delivery: 'pickup', address: '', copies: {}, matterId: null,
};

/** What the dialog knows beside the form: the checklist, the rows ticked as received, whether a matter must be chosen. */
export interface FinishContext {
  materials: readonly MaterialDto[];
  received: ReadonlySet<number>;
  /** The ticket was taken for a queue: accepting needs a matter. */
  needsMatter: boolean;
}

const NO_CONTEXT: FinishContext = { materials: [], received: new Set(), needsMatter: false };

export type OutcomeCheck = { ok: true; outcome: OutcomeDto } | { ok: false; problem: string };

export const MAX_COPIES = 99;

export function splitOther(text: string): string[] {
  return text.split(/[\n、，,；;]/).map((s) => s.trim()).filter((s) => s !== '');
}

/** Copies of checklist line `index` as the form holds them (default: what the material asks for). */
export function copiesOf(form: OutcomeForm, materials: readonly MaterialDto[], index: number): number {
  return form.copies[index] ?? Math.max(1, materials[index]?.copies ?? 1);
}

/** One press of the copies stepper, kept within what the server takes (1–99). */
export function stepCopies(form: OutcomeForm, materials: readonly MaterialDto[], index: number, delta: number): OutcomeForm['copies'] {
  const next = Math.min(MAX_COPIES, Math.max(1, copiesOf(form, materials, index) + delta));
  return { ...form.copies, [index]: next };
}

/** The lines ticked on the checklist with their copies; none ticked leaves it to the server (every required line). */
function receivedOf(form: OutcomeForm, ctx: FinishContext): Pick<OutcomeDto, 'received'> {
  const ticked = [...ctx.received].filter((i) => i < ctx.materials.length).sort((a, b) => a - b);
  if (ticked.length === 0) return {};
  return { received: ticked.map((index) => ({ index, copies: copiesOf(form, ctx.materials, index) })) };
}

/** 受理: applicant required, delivery (address when mailed), the matter when the ticket had none, the materials taken in. */
function accepted(form: OutcomeForm, ctx: FinishContext): OutcomeCheck {
  if (ctx.needsMatter && !form.matterId) return { ok: false, problem: '请选择受理的事项 Choose the matter accepted' };
  const a = applicantFrom(form.applicant, true);
  if (!a.ok) return a;
  const address = form.address.trim();
  if (form.delivery === 'mail' && !address) return { ok: false, problem: '邮寄须填写收件地址 Enter the mailing address' };
  const outcome: OutcomeDto = {
    kind: 'accepted',
    ...(a.applicant ? { applicant: a.applicant } : {}),
    delivery: form.delivery === 'mail' ? { method: 'mail', address } : { method: 'pickup' },
    ...receivedOf(form, ctx),
    ...(form.matterId ? { matterId: form.matterId } : {}),
  };
  return { ok: true, outcome };
}

/** Every other outcome: its own field, plus the applicant's contact when the clerk took it down. */
function other(form: OutcomeForm & { kind: Exclude<OutcomeKind, 'accepted'> }): OutcomeCheck {
  // A consultation records no document and no person: contact details would only be kept for nothing.
  const a = form.kind === 'consultation' ? { ok: true as const, applicant: null } : applicantFrom(form.applicant, false);
  if (!a.ok) return a;
  const extra: Partial<OutcomeDto> = { ...(a.applicant ? { applicant: a.applicant } : {}), ...(form.matterId ? { matterId: form.matterId } : {}) };
  switch (form.kind) {
    case 'one-time-notice': {
      const missing = [...new Set([...form.missing, ...splitOther(form.otherMissing)])];
      if (missing.length === 0) return { ok: false, problem: '请勾选缺少的材料 Tick the missing materials' };
      return { ok: true, outcome: { kind: 'one-time-notice', missingMaterials: missing, ...extra } };
    }
    case 'not-accepted': {
      const reason = form.reason.trim();
      if (!reason) return { ok: false, problem: '请填写不予受理的理由 Give the reason' };
      return { ok: true, outcome: { kind: 'not-accepted', reason, ...extra } };
    }
    case 'on-the-spot':
    case 'consultation':
      return { ok: true, outcome: { kind: form.kind, ...extra } };
  }
}

/**
 * Turns the form into the outcome the server takes, or says what is still missing — the
 * same rules the server applies, checked first so the dialog can say it before sending.
 */
export function outcomeFrom(form: OutcomeForm, ctx: FinishContext = NO_CONTEXT): OutcomeCheck {
  if (form.kind === null) return { ok: false, problem: '请选择办理结果 Choose the outcome' };
  const checked = form.kind === 'accepted' ? accepted(form, ctx) : other({ ...form, kind: form.kind });
  const note = form.note.trim();
  return checked.ok && note ? { ok: true, outcome: { ...checked.outcome, note } } : checked;
}

/**
 * Missing materials to pre-tick from what the clerk marked received on the checklist: the
 * required ones not received — but only once the clerk has marked anything, so an untouched
 * checklist never pre-fills a notice nobody checked.
 */
export function preTickedMissing(materials: readonly MaterialDto[], received: ReadonlySet<number>): string[] {
  if (received.size === 0) return [];
  // A shared material (电子证照共享) comes from the platform, so the visitor never lacks it.
  return materials.flatMap((m, i) => (m.required && !m.shared && !received.has(i) ? [m.name] : []));
}

export function toggle(list: readonly string[], item: string): string[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}
