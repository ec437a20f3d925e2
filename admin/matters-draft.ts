/**
 * A matter as the editor holds it while an administrator types: the catalogue's fields with the
 * keywords as typed text, and what a save sends (only what differs from the saved matter).
 */
import type { Static } from '@sinclair/typebox';
import type { MaterialDto, MatterDto } from '../contract/dto.js';
import type { MatterChange, MatterCreate } from '../contract/routes-catalog-admin.js';

export type MatterCreateBody = Static<typeof MatterCreate>;
export type MatterChangeBody = Static<typeof MatterChange>;

/** Every field the editor shows; keywords stay text ("营业执照, 开办") so a half-typed comma survives. */
export type MatterDraft = Omit<MatterCreateBody, 'keywords'> & { keywords: string };
export type DraftKey = keyof MatterDraft;
export type MaterialLine = MatterDraft['materials'][number];
export type FaqLine = MatterDraft['faq'][number];

const FIELDS = [
  'name', 'nameEn', 'departmentId', 'queueId', 'promisedDays', 'statutoryDays', 'onTheSpot', 'code', 'legalBasis',
  'fee', 'feeEn', 'online', 'handledBy', 'materials', 'faq', 'jointDepartmentIds',
] as const satisfies readonly Exclude<DraftKey, 'keywords'>[];

/** Only the fields the server takes: a DTO may carry more in future. */
const lineOf = (m: MaterialDto): MaterialLine => ({
  name: m.name, nameEn: m.nameEn, copies: m.copies, form: m.form, notes: m.notes, notesEn: m.notesEn, required: m.required,
  checkStandard: m.checkStandard, checkStandardEn: m.checkStandardEn, shared: m.shared,
});

export function draftOf(m: MatterDto): MatterDraft {
  return {
    name: m.name, nameEn: m.nameEn, departmentId: m.departmentId, queueId: m.queueId, promisedDays: m.promisedDays,
    statutoryDays: m.statutoryDays, onTheSpot: m.onTheSpot, code: m.code, legalBasis: m.legalBasis, fee: m.fee, feeEn: m.feeEn,
    online: m.online, handledBy: m.handledBy, keywords: m.keywords.join(', '), jointDepartmentIds: [...m.jointDepartmentIds],
    materials: m.materials.map(lineOf), faq: m.faq.map((f) => ({ q: f.q, a: f.a, qEn: f.qEn, aEn: f.aEn })),
  };
}

/** A new matter's starting values: the first department and queue, nothing else filled. */
export function blankDraft(departmentId: string, queueId: string): MatterDraft {
  return {
    name: '', nameEn: '', departmentId, queueId, promisedDays: 0, statutoryDays: null, onTheSpot: false, code: '', legalBasis: '',
    fee: '', feeEn: '', online: 'none', handledBy: 'city', keywords: '', materials: [], faq: [], jointDepartmentIds: [],
  };
}

/** "营业执照，开办, ," → ['营业执照', '开办']: Chinese and Latin commas alike. */
export function keywordsOf(text: string): string[] {
  return text.split(/[,，、]/).map((k) => k.trim()).filter((k) => k !== '');
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ from the saved matter; the checklist and the FAQ go whole, as the server takes them. */
export function changesOf(saved: MatterDraft, draft: MatterDraft): MatterChangeBody {
  const out: Record<string, unknown> = {};
  for (const k of FIELDS) if (!same(saved[k], draft[k])) out[k] = draft[k];
  const keywords = keywordsOf(draft.keywords);
  if (!same(keywordsOf(saved.keywords), keywords)) out.keywords = keywords;
  // Built from MatterDraft's own fields, which are MatterChange's.
  return out satisfies Record<string, unknown> as MatterChangeBody;
}

export function createBodyOf(draft: MatterDraft): MatterCreateBody {
  return { ...draft, keywords: keywordsOf(draft.keywords) };
}

export function blankMaterial(): MaterialLine {
  return { name: '', nameEn: '', copies: 1, form: 'original', notes: '', notesEn: '', required: true, checkStandard: '', checkStandardEn: '', shared: false };
}

/** The list with item `i` moved by `by` places (−1 up, +1 down); unchanged at the ends. */
export function moved<T>(list: readonly T[], i: number, by: -1 | 1): T[] {
  const j = i + by;
  const a = list[i];
  const b = list[j];
  if (a === undefined || b === undefined) return [...list];
  const out = [...list];
  out[i] = b;
  out[j] = a;
  return out;
}

export const replaced = <T>(list: readonly T[], i: number, item: T): T[] => list.map((x, k) => (k === i ? item : x));
export const removed = <T>(list: readonly T[], i: number): T[] => list.filter((_, k) => k !== i);
