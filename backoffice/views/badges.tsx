import type { CaseStatus } from '../../contract/constants.js';
import { CASE_STATUS_LABELS } from '../../common/case-labels.js';
import { URGENCY_WORDS, type UrgencyKind } from '../labels.js';

/** Overdue red, due soon amber, clock stopped grey; on time and decided stay quiet. */
export function UrgencyBadge({ urgency }: { urgency: UrgencyKind }) {
  const w = URGENCY_WORDS[urgency];
  return <span class={`badge urgency-${urgency}`} data-urgency={urgency}>{w.zh}<small>{w.en}</small></span>;
}

export function StatusTag({ status }: { status: CaseStatus }) {
  const w = CASE_STATUS_LABELS[status];
  return <span class={`tag status-${status}`} data-status={status}>{w.zh}<small>{w.en}</small></span>;
}
