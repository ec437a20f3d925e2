/** What the kiosk says while a visitor collects a result (领取结果), Chinese first. */
import type { Lang } from '../common/labels.js';

export interface PickupMessages {
  homeHint: string;
  title: string;
  prompt: string;
  scanHint: string;
  formatHint: (example: string) => string;
  confirm: string;
  looking: string;
  caseLine: (number: string, matter: string) => string;
  statusLine: (status: string) => string;
  notReadyTitle: string;
  dueLine: (day: string) => string;
  supplementLine: string;
  mailed: string;
  collected: string;
  withdrawn: string;
  closedTitle: string;
  takenTitle: string;
  taken: (ticket: string | null) => string;
  unknownTitle: string;
  unknown: (ref: string | null) => string;
  offlineTitle: string;
  offline: string;
  again: string;
  collects: (number: string) => string;
}

const zh: PickupMessages = {
  homeHint: '输入办件编号或扫通知书二维码',
  title: '领取结果',
  prompt: '请输入受理通知书上的办件编号',
  scanHint: '也可将通知书上的二维码对准扫码口',
  formatHint: (example) => `编号格式 ${example}，请输入日期和序号`,
  confirm: '确定',
  looking: '正在查询…',
  caseLine: (number, matter) => `办件 ${number}${matter ? ` · ${matter}` : ''}`,
  statusLine: (status) => `办理状态：${status}`,
  notReadyTitle: '该办件尚未办结，暂不能取号',
  dueLine: (day) => `预计 ${day} 前办结，届时将短信通知您`,
  supplementLine: '请按一次性告知书补交材料；补正期间不计入办理时限',
  mailed: '结果将邮寄，无需取号',
  collected: '该办件结果已领取，无需取号',
  withdrawn: '该办件已撤回，无需取号',
  closedTitle: '无需取号',
  takenTitle: '该办件已取号',
  taken: (ticket) => (ticket ? `该办件已取号 ${ticket}，请留意叫号` : '该办件已取号，请留意叫号'),
  unknownTitle: '没有找到该办件',
  unknown: (ref) => `没有找到${ref ? `办件 ${ref}` : '该办件'}，请核对受理通知书上的编号，或到咨询台咨询`,
  offlineTitle: '暂时连接不上服务器',
  offline: '请稍后再试，或到咨询台请工作人员帮助',
  again: '重新输入',
  collects: (number) => `领取办件 ${number} 的结果`,
};

const en: PickupMessages = {
  homeHint: 'Type the case number or scan your notice',
  title: 'Collect a result',
  prompt: 'Type the case number on your acceptance notice',
  scanHint: 'Or hold the QR code on the notice to the scanner',
  formatHint: (example) => `Case numbers look like ${example}: type the date and the sequence`,
  confirm: 'OK',
  looking: 'Looking it up…',
  caseLine: (number, matter) => `Case ${number}${matter ? ` · ${matter}` : ''}`,
  statusLine: (status) => `Status: ${status}`,
  notReadyTitle: 'Not ready yet',
  dueLine: (day) => `Expected by ${day}; we will text you when it is ready`,
  supplementLine: 'Please bring the missing documents listed on your notice; the deadline is paused meanwhile',
  mailed: 'The result is mailed to you: no ticket needed',
  collected: 'This result has already been collected',
  withdrawn: 'This case was withdrawn',
  closedTitle: 'No ticket needed',
  takenTitle: 'Already in line',
  taken: (ticket) => (ticket ? `This case already has ticket ${ticket}: watch the screens for your number` : 'This case already has a ticket: watch the screens for your number'),
  unknownTitle: 'Case not found',
  unknown: (ref) => `No case ${ref ?? 'found'}. Please check the number on your notice, or ask at the guidance desk`,
  offlineTitle: 'Cannot reach the server',
  offline: 'Please try again shortly, or ask at the guidance desk',
  again: 'Type again',
  collects: (number) => `Collects the result of case ${number}`,
};

export const PICKUP_MESSAGES: Record<Lang, PickupMessages> = { zh, en };
