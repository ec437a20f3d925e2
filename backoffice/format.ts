/** How the back office words a case's promise, its joint steps and its times. Pure. */
import { DEFAULT_TIME_ZONE, hallDateTime } from '../common/hall-time.js';
import type { CaseSummaryDto } from '../contract/dto.js';
import type { StepProgress } from './state.js';

type Promise_ = Pick<CaseSummaryDto, 'status' | 'dueDay' | 'workingDaysLeft' | 'urgency'> & { remainingDaysWhenStopped?: number | null };

/** "承诺 2026-12-08 前办结，剩余 3 个工作日" / "补正中，时限暂停，剩余 2 个工作日". */
export function deadlineText(c: Promise_): { zh: string; en: string } {
  if (c.status === 'supplement-requested') {
    const left = c.remainingDaysWhenStopped ?? c.workingDaysLeft ?? 0;
    return { zh: `补正中，时限暂停，剩余 ${left} 个工作日`, en: `Awaiting a supplement: the clock is stopped with ${left} working days left` };
  }
  const promise = { zh: `承诺 ${c.dueDay} 前办结`, en: `Promised by ${c.dueDay}` };
  if (c.workingDaysLeft === null) {
    return c.urgency === 'overdue'
      ? { zh: `${promise.zh}，超期办结`, en: `${promise.en}, decided late` }
      : { zh: `${promise.zh}，已办结`, en: `${promise.en}, decided` };
  }
  if (c.urgency === 'overdue' || c.workingDaysLeft < 0) {
    const late = Math.abs(c.workingDaysLeft);
    return late > 0
      ? { zh: `${promise.zh}，已超期 ${late} 个工作日`, en: `${promise.en}: ${late} working days overdue` }
      : { zh: `${promise.zh}，已超期`, en: `${promise.en}: overdue` };
  }
  return { zh: `${promise.zh}，剩余 ${c.workingDaysLeft} 个工作日`, en: `${promise.en}: ${c.workingDaysLeft} working days left` };
}

/** "2/5 部门已同意" (and how many denied, if any). */
export function progressText(p: StepProgress): { zh: string; en: string } {
  const denied = p.denied > 0 ? { zh: `，${p.denied} 个不同意`, en: `, ${p.denied} denied` } : { zh: '', en: '' };
  return { zh: `${p.approved}/${p.total} 部门已同意${denied.zh}`, en: `${p.approved} of ${p.total} departments approved${denied.en}` };
}

/** An ISO instant as the hall's local "2026-12-01 09:41". */
export function atHall(iso: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : hallDateTime(ms, timeZone);
}
