/**
 * The material checklist of a matter as the kiosk shows it: what to bring, how many, original
 * or copy, whether it is always needed, and what the visitor has ticked off. Pure data, so
 * the wording of each row is tested without a browser.
 */
import { materialRequirement } from '../common/labels.js';
import { SHARED_MATERIAL } from '../common/matter-facts.js';
import type { MaterialForm, MatterDto } from '../contract/dto.js';
import type { Lang } from './i18n.js';

export interface ChecklistRow {
  index: number;
  name: string;
  /** "原件 1 份" / "Original × 1" */
  form: string;
  /** Always needed, or only in some cases (e.g. when someone applies on your behalf). */
  required: boolean;
  requiredLabel: string;
  notes: string;
  /** 核查标准: what makes the material acceptable; '' when the hall has not published one. */
  checkStandard: string;
  /** Shared electronically: shown, marked 免提交, never counted as something to bring. */
  shared: boolean;
  ticked: boolean;
}

export interface Checklist {
  rows: ChecklistRow[];
  /** Required materials to bring (shared ones excluded) and how many are ticked: "已备齐 2/3". */
  required: number;
  requiredTicked: number;
  complete: boolean;
}

export function formLabel(form: MaterialForm, copies: number, lang: Lang): string {
  return materialRequirement(form, copies, lang);
}

export function checklistOf(matter: MatterDto, lang: Lang, ticked: ReadonlySet<number>): Checklist {
  const rows = matter.materials.map((m, index): ChecklistRow => ({
    index,
    name: lang === 'zh' ? m.name : m.nameEn || m.name,
    form: formLabel(m.form, m.copies, lang),
    required: m.required,
    requiredLabel: m.shared ? SHARED_MATERIAL[lang] : m.required ? (lang === 'zh' ? '必需' : 'Required') : (lang === 'zh' ? '视情况' : 'If applicable'),
    notes: lang === 'zh' ? m.notes : m.notesEn || m.notes,
    checkStandard: lang === 'zh' ? m.checkStandard : m.checkStandardEn || m.checkStandard,
    shared: m.shared,
    ticked: ticked.has(index),
  }));
  const required = rows.filter((r) => r.required && !r.shared);
  const requiredTicked = required.filter((r) => r.ticked).length;
  return { rows, required: required.length, requiredTicked, complete: requiredTicked === required.length };
}

/** A tick toggled, as a new set: state stays immutable so the screen redraws. */
export function toggleTick(ticked: ReadonlySet<number>, index: number): Set<number> {
  const next = new Set(ticked);
  if (next.has(index)) next.delete(index);
  else next.add(index);
  return next;
}
