/** What the phone tracking page says for each ticket status, in both languages at once. */
import type { TicketDto } from '../contract/dto.js';

export interface StatusText {
  zh: string;
  en: string;
  /** Drives the colour: waiting is calm, called is urgent, the end states are quiet. */
  tone: 'waiting' | 'called' | 'serving' | 'ended';
}

export function statusText(t: Pick<TicketDto, 'status' | 'windowNumber'>): StatusText {
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
      return { zh: '已办结，感谢您的耐心', en: 'Done. Thank you', tone: 'ended' };
    case 'no_show':
      return { zh: '已过号，请到咨询台', en: 'Missed: please go to the guidance desk', tone: 'ended' };
    case 'cancelled':
      return { zh: '已取消排队', en: 'Cancelled', tone: 'ended' };
  }
}

export function waitText(t: Pick<TicketDto, 'status' | 'peopleAhead' | 'estimatedWaitMinutes'>): { zh: string; en: string } | null {
  if (t.status !== 'waiting') return null;
  const people = t.peopleAhead === 1 ? '1 person ahead' : `${t.peopleAhead} people ahead`;
  if (t.peopleAhead === 0) return { zh: '前面还有 0 人，即将叫号', en: 'You are next' };
  if (t.estimatedWaitMinutes < 1) return { zh: `前面还有 ${t.peopleAhead} 人，即将叫号`, en: `${people}, soon` };
  return { zh: `前面还有 ${t.peopleAhead} 人，预计约 ${t.estimatedWaitMinutes} 分钟`, en: `${people}, about ${t.estimatedWaitMinutes} min` };
}

/** The ticket id from /t/<id>, or null for anything else. */
export function ticketIdFromPath(pathname: string): string | null {
  const match = /^\/t\/([A-Za-z0-9_-]{1,64})\/?$/.exec(pathname);
  return match?.[1] ?? null;
}
