/** What the phone tracking page says for each ticket status, in both languages at once. */
import type { DocumentKind } from '../contract/constants.js';
import { NO_SERVICE_TODAY } from '../common/labels.js';
import type { TicketDto } from '../contract/dto.js';

export interface StatusText {
  zh: string;
  en: string;
  /** Drives the colour: waiting is calm, called is urgent, the end states are quiet. */
  tone: 'waiting' | 'called' | 'serving' | 'ended';
}

/** What a ticket ended with; a one-time notice or a refusal is not "done" for the visitor. */
type Ending = Partial<Pick<TicketDto, 'case' | 'document'>>;

function doneText(t: Ending): StatusText {
  switch (t.document?.kind) {
    case 'acceptance-notice':
      return { zh: '已受理，请留意办理进度', en: 'Accepted: follow the case online', tone: 'ended' };
    case 'one-time-notice':
      return { zh: '一次性告知：请补齐材料后再来办理', en: 'Missing materials: please come back with everything listed', tone: 'ended' };
    case 'refusal':
      return { zh: '不予受理', en: 'Not accepted', tone: 'ended' };
    case 'completion-record':
      return { zh: '已当场办结', en: 'Done on the spot', tone: 'ended' };
    default:
      if (t.case?.status === 'delivered') return { zh: '已领取办理结果', en: 'Result collected', tone: 'ended' };
      return { zh: '已办结，感谢您的耐心', en: 'Done. Thank you', tone: 'ended' };
  }
}

export function statusText(t: Pick<TicketDto, 'status' | 'windowNumber'> & Ending): StatusText {
  switch (t.status) {
    case 'waiting':
      return { zh: '排队中', en: 'Waiting', tone: 'waiting' };
    case 'called':
      return t.windowNumber === null
        ? { zh: '正在叫号，请到窗口', en: 'Your number is being called', tone: 'called' }
        : { zh: `请到 ${t.windowNumber} 号窗口办理`, en: `Please go to window ${t.windowNumber}`, tone: 'called' };
    case 'serving':
      return { zh: '正在办理', en: 'Being served', tone: 'serving' };
    case 'done':
      return doneText(t);
    case 'no_show':
      return { zh: '已过号，请到咨询台', en: 'Missed: please go to the guidance desk', tone: 'ended' };
    case 'cancelled':
      return { zh: '已取消排队', en: 'Cancelled', tone: 'ended' };
    case 'unserved':
      return { zh: '当日未叫到，号票已失效，请重新取号', en: 'Not called that day: the ticket has expired', tone: 'ended' };
    case 'abandoned':
      return { zh: '当日办理未完成，请到咨询台', en: 'Not finished that day: please go to the guidance desk', tone: 'ended' };
  }
}

export function waitText(t: Pick<TicketDto, 'status' | 'peopleAhead' | 'estimatedWaitMinutes' | 'noServiceToday'>): { zh: string; en: string } | null {
  if (t.status !== 'waiting') return null;
  const people = t.peopleAhead === 1 ? '1 person ahead' : `${t.peopleAhead} people ahead`;
  if (t.noServiceToday === true) return { zh: `前面还有 ${t.peopleAhead} 人。${NO_SERVICE_TODAY.zh}`, en: `${people}. ${NO_SERVICE_TODAY.en}` };
  if (t.peopleAhead === 0) return { zh: '前面还有 0 人，即将叫号', en: 'You are next' };
  if (t.estimatedWaitMinutes < 1) return { zh: `前面还有 ${t.peopleAhead} 人，即将叫号`, en: `${people}, soon` };
  return { zh: `前面还有 ${t.peopleAhead} 人，预计约 ${t.estimatedWaitMinutes} 分钟`, en: `${people}, about ${t.estimatedWaitMinutes} min` };
}

export interface TicketLink {
  href: string;
  zh: string;
  en: string;
  testid: 'ticket-case-link' | 'ticket-document-link';
}

/** Where the ticket leads next: its case (accepted, or a result to collect) and the paper it ended with. */
export function ticketLinks(t: Pick<TicketDto, 'status'> & Ending): TicketLink[] {
  const links: TicketLink[] = [];
  if (t.case) links.push({ href: t.case.trackUrl, zh: '查看办件进度', en: 'Follow the case', testid: 'ticket-case-link' });
  if (t.status === 'done' && t.document) {
    const paper = DOCUMENT_LINK_TEXT[t.document.kind];
    links.push({ href: t.document.url, zh: paper.zh, en: paper.en, testid: 'ticket-document-link' });
  }
  return links;
}

const DOCUMENT_LINK_TEXT: Record<DocumentKind, { zh: string; en: string }> = {
  'acceptance-notice': { zh: '查看受理通知书', en: 'Notice of acceptance' },
  'one-time-notice': { zh: '查看一次性告知书（需补齐的材料）', en: 'What to bring next time' },
  refusal: { zh: '查看不予受理通知书', en: 'Notice of non-acceptance' },
  'completion-record': { zh: '查看办结记录', en: 'Record of completion' },
};

/** The ticket id from /t/<id>, or null for anything else. */
export function ticketIdFromPath(pathname: string): string | null {
  const match = /^\/t\/([A-Za-z0-9_-]{1,64})\/?$/.exec(pathname);
  return match?.[1] ?? null;
}
