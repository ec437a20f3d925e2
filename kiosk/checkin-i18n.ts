/** What the kiosk says while a visitor checks in a booking (预约签到), Chinese first. */
import type { Lang } from '../common/labels.js';

export interface CheckInMessages {
  homeName: string;
  homeHint: string;
  title: string;
  prompt: string;
  scanHint: string;
  codeHint: string;
  confirm: string;
  checking: string;
  onTicket: string;
  notFoundTitle: string;
  notFound: (code: string) => string;
  tooEarlyTitle: string;
  /** when: "09:30", or "12月1日 09:30" for another day; null when the server did not say. */
  tooEarly: (when: string | null) => string;
  tooLateTitle: string;
  tooLate: string;
  usedTitle: string;
  used: string;
  cancelledTitle: string;
  cancelled: string;
  normalTicket: string;
  again: string;
}

const zh: CheckInMessages = {
  homeName: '预约签到',
  homeHint: '扫预约二维码或输入预约码',
  title: '预约签到',
  prompt: '请将预约二维码对准扫码口，或输入 8 位预约码',
  scanHint: '预约码见预约成功短信或预约页面',
  codeHint: '字母不分大小写',
  confirm: '签到取号',
  checking: '正在签到…',
  onTicket: '预约',
  notFoundTitle: '没有找到该预约',
  notFound: (code) => `没有找到${code ? `预约码 ${code}` : '该预约'}，请核对后重新输入，或到咨询台咨询`,
  tooEarlyTitle: '还未到签到时间',
  tooEarly: (when) => (when ? `请于 ${when} 后再来签到` : '请在预约时间前后规定时间内来签到'),
  tooLateTitle: '已过签到时间',
  tooLate: '预约已过签到时间，不能按预约取号。您可以取普通号排队办理。',
  usedTitle: '该预约已签到',
  used: '该预约已经签到取号，请留意大厅屏幕叫号',
  cancelledTitle: '该预约已取消',
  cancelled: '该预约已取消，不能签到。您可以取普通号排队办理。',
  normalTicket: '取普通号',
  again: '重新输入',
};

const en: CheckInMessages = {
  homeName: 'Check in',
  homeHint: 'Scan or type your booking code',
  title: 'Appointment check-in',
  prompt: 'Hold your booking QR code to the scanner, or type the 8-character code',
  scanHint: 'The code is in your booking text message and on your booking page',
  codeHint: 'Capitals or small letters: either works',
  confirm: 'Check in',
  checking: 'Checking in…',
  onTicket: 'Appointment',
  notFoundTitle: 'Booking not found',
  notFound: (code) => `${code ? `No booking has the code ${code}` : 'No booking found'}. Please check it and type it again, or ask at the guidance desk`,
  tooEarlyTitle: 'Too early to check in',
  tooEarly: (when) => (when ? `Please come back after ${when}` : 'Please come back closer to your booked time'),
  tooLateTitle: 'Check-in has closed',
  tooLate: 'The check-in time of your booking has passed. You can take a normal ticket instead.',
  usedTitle: 'Already checked in',
  used: 'This booking has already been checked in: watch the hall screens for your number',
  cancelledTitle: 'Booking cancelled',
  cancelled: 'This booking was cancelled. You can take a normal ticket instead.',
  normalTicket: 'Take a normal ticket',
  again: 'Type again',
};

export const CHECKIN_MESSAGES: Record<Lang, CheckInMessages> = { zh, en };
