/** Every sentence the kiosk says, Chinese first; English for visitors who switch. */
import { labelsIn, PRIORITY_ELIGIBILITY, type Lang } from '../common/labels.js';
import { windowRanges, windowsNamed } from '../common/windows.js';
import type { PriorityReason } from '../contract/dto.js';

export type { Lang };

export interface Messages {
  switchLang: string;
  elderly: string;
  searchPlaceholder: string;
  searchHint: string;
  search: string;
  consultFirst: string;
  consultFirstHint: string;
  greenChannel: string;
  greenChannelHint: string;
  resultsPickup: string;
  chooseService: string;
  back: string;
  home: string;
  prev: string;
  next: string;
  page: (n: number, of: number) => string;
  waiting: (n: number) => string;
  queueClosed: string;
  windows: (numbers: readonly number[]) => string;
  noResults: string;
  resultsCount: (n: number) => string;
  matchedKeyword: (k: string) => string;
  clear: string;
  backspace: string;
  space: string;
  departments: string;
  matters: string;
  onTheSpot: string;
  promisedDays: (n: number) => string;
  checklist: string;
  checklistTicked: (ticked: number, of: number) => string;
  faq: string;
  moreBelow: string;
  takeTicket: string;
  taking: string;
  yourNumber: string;
  goTo: (windows: readonly number[]) => string;
  peopleAhead: (n: number) => string;
  estimate: (minutes: number) => string;
  scanToTrack: string;
  printed: string;
  notPrinted: string;
  photograph: string;
  returningIn: (s: number) => string;
  done: string;
  stillThere: string;
  idleCountdown: (s: number) => string;
  continue: string;
  offlineTitle: string;
  offlineRetrying: (attempt: number) => string;
  offlineGaveUp: string;
  retry: string;
  cancel: string;
  connecting: string;
  serverUnreachable: string;
  refusedTitle: Record<RefusalKind, string>;
  refusedAdvice: Record<RefusalKind, string>;
  guidanceAt: (windows: readonly number[]) => string;
  greenTitle: string;
  greenExplain: string;
  greenProof: string;
  greenReasons: Record<PriorityReason, string>;
  greenChosen: (reason: string) => string;
  greenCancel: string;
  greenOnTicket: string;
  greenNotRecorded: string;
}

export type RefusalKind = 'queue-closed' | 'daily-cap-reached' | 'outside-hours' | 'unknown-matter' | 'rate-limited' | 'other';

const zh: Messages = {
  switchLang: 'English',
  elderly: '长者模式',
  searchPlaceholder: '输入事项名称、关键词或拼音首字母',
  searchHint: '例如：营业执照、社保、gtgsh（个体工商户）',
  search: '搜索事项',
  consultFirst: '先咨询',
  consultFirstHint: '不清楚办哪项、材料怎么准备',
  greenChannel: '绿色通道',
  greenChannelHint: '老年人、残疾人、孕妇、军人优先',
  resultsPickup: '领取结果',
  chooseService: '请选择办理业务',
  back: '返回',
  home: '首页',
  prev: '上一页',
  next: '下一页',
  page: (n, of) => `第 ${n} / ${of} 页`,
  waiting: (n) => `等候 ${n} 人`,
  queueClosed: '暂停取号',
  windows: (w) => windowsNamed(w, 'zh'),
  noResults: '没有找到相关事项，可换个说法，或到咨询台咨询',
  resultsCount: (n) => `找到 ${n} 项`,
  matchedKeyword: (k) => `关键词：${k}`,
  clear: '清空',
  backspace: '删除',
  space: '空格',
  departments: '选择部门',
  matters: '选择事项',
  onTheSpot: '即办',
  promisedDays: (n) => (n === 0 ? '当场办结' : `承诺 ${n} 个工作日`),
  checklist: '材料清单（可逐项勾选核对）',
  checklistTicked: (t, of) => `必需材料已备齐 ${t} / ${of}`,
  faq: '常见问题',
  moreBelow: '向上滑动查看更多 ↓',
  takeTicket: '取号',
  taking: '正在取号…',
  yourNumber: '您的号码',
  goTo: (w) => (w.length ? `请到 ${windowsNamed(w, 'zh')}办理` : '请留意大厅屏幕叫号'),
  peopleAhead: (n) => `前面还有 ${n} 人`,
  estimate: (m) => (m >= 1 ? `预计等候约 ${m} 分钟` : '即将叫号'),
  scanToTrack: '手机扫码，随时查看排队进度',
  printed: '凭条已打印，请取走凭条',
  notPrinted: '凭条未能打印',
  photograph: '请用手机拍下本页的号码和二维码，凭号码办理',
  returningIn: (s) => `${s} 秒后自动返回首页`,
  done: '完成',
  stillThere: '还在操作吗？',
  idleCountdown: (s) => `${s} 秒后返回首页，已填写的内容将清除`,
  continue: '继续操作',
  offlineTitle: '暂时连接不上服务器',
  offlineRetrying: (a) => `正在自动重试（第 ${a} 次），请稍候，不会重复取号`,
  offlineGaveUp: '仍然连接不上。请稍后再试，或到咨询台请工作人员帮助取号。',
  retry: '再试一次',
  cancel: '取消',
  connecting: '正在连接服务器…',
  serverUnreachable: '网络异常，正在重新连接',
  refusedTitle: {
    'queue-closed': '该业务暂停取号',
    'daily-cap-reached': '该业务今日号源已发完',
    'outside-hours': '现在不在取号时间',
    'unknown-matter': '该事项暂不能取号',
    'rate-limited': '操作太频繁',
    other: '暂时无法取号',
  },
  refusedAdvice: {
    'queue-closed': '请到咨询台咨询办理方式，或稍后再来。',
    'daily-cap-reached': '请明天再来，或网上预约后按预约时间来办；也可先到咨询台咨询。',
    'outside-hours': '请在工作时间内取号；也可在网上办理或预约。',
    'unknown-matter': '事项信息已更新，请返回重新选择，或到咨询台咨询。',
    'rate-limited': '请稍等片刻再取号。',
    other: '请到咨询台请工作人员帮助。',
  },
  guidanceAt: (w) => (w.length ? `咨询台在 ${windowsNamed(w, 'zh')}` : '请到咨询台'),
  greenTitle: '绿色通道',
  greenExplain: '以下人员可优先办理：',
  greenProof: '请在窗口出示身份证、残疾人证、军人证等相关证件。',
  greenReasons: labelsIn(PRIORITY_ELIGIBILITY, 'zh'),
  greenChosen: (r) => `绿色通道：${r}，请选择办理事项`,
  greenCancel: '取消绿色通道',
  greenOnTicket: '绿色通道（优先）',
  greenNotRecorded: '本机暂不能登记绿色通道，请到咨询台说明',
};

const en: Messages = {
  switchLang: '中文',
  elderly: 'Large text',
  searchPlaceholder: 'Type a service, a keyword or pinyin',
  searchHint: 'e.g. business licence, social insurance, gtgsh',
  search: 'Search',
  consultFirst: 'Ask first',
  consultFirstHint: 'Not sure which service or what to bring',
  greenChannel: 'Priority',
  greenChannelHint: 'Elderly, disabled, pregnant, military',
  resultsPickup: 'Collect results',
  chooseService: 'Choose a service',
  back: 'Back',
  home: 'Home',
  prev: 'Previous',
  next: 'Next',
  page: (n, of) => `Page ${n} of ${of}`,
  waiting: (n) => `${n} waiting`,
  queueClosed: 'Not taking tickets',
  windows: (w) => windowsNamed(w, 'en'),
  noResults: 'Nothing found. Try other words, or ask at the guidance desk.',
  resultsCount: (n) => `${n} found`,
  matchedKeyword: (k) => `Keyword: ${k}`,
  clear: 'Clear',
  backspace: 'Delete',
  space: 'Space',
  departments: 'Choose a department',
  matters: 'Choose a service',
  onTheSpot: 'Done on the spot',
  promisedDays: (n) => (n === 0 ? 'Done the same day' : `Within ${n} working day${n === 1 ? '' : 's'}`),
  checklist: 'What to bring (tick off as you check)',
  checklistTicked: (t, of) => `Required items ready: ${t} / ${of}`,
  faq: 'Common questions',
  moreBelow: 'Swipe up for more ↓',
  takeTicket: 'Take a ticket',
  taking: 'Taking a ticket…',
  yourNumber: 'Your number',
  goTo: (w) => (w.length === 0 ? 'Watch the hall screens for your number' : `Go to ${w.length === 1 ? 'window' : 'windows'} ${windowRanges(w, 'en')}`),
  peopleAhead: (n) => (n === 1 ? '1 person ahead of you' : `${n} people ahead of you`),
  estimate: (m) => (m >= 1 ? `About ${m} min wait` : 'You will be called soon'),
  scanToTrack: 'Scan to follow your place in line',
  printed: 'Your ticket has been printed — please take it',
  notPrinted: 'The ticket could not be printed',
  photograph: 'Please take a photo of this screen (number and QR code)',
  returningIn: (s) => `Back to the start in ${s} s`,
  done: 'Done',
  stillThere: 'Are you still there?',
  idleCountdown: (s) => `Returning to the start in ${s} s; your choices will be cleared`,
  continue: 'Continue',
  offlineTitle: 'Cannot reach the server',
  offlineRetrying: (a) => `Retrying (attempt ${a}). You will not get two tickets.`,
  offlineGaveUp: 'Still no connection. Please try again shortly, or ask at the guidance desk.',
  retry: 'Try again',
  cancel: 'Cancel',
  connecting: 'Connecting to the server…',
  serverUnreachable: 'Offline, reconnecting',
  refusedTitle: {
    'queue-closed': 'This service is not taking tickets now',
    'daily-cap-reached': 'All of today’s tickets for this service are gone',
    'outside-hours': 'Tickets are not issued at this time',
    'unknown-matter': 'This service cannot be chosen right now',
    'rate-limited': 'Too many requests',
    other: 'A ticket cannot be issued now',
  },
  refusedAdvice: {
    'queue-closed': 'Please ask at the guidance desk how to proceed, or come back later.',
    'daily-cap-reached': 'Please come back tomorrow or book an appointment online; the guidance desk can help.',
    'outside-hours': 'Please come back during opening hours, or apply or book online.',
    'unknown-matter': 'The list of services was updated. Please choose again or ask at the guidance desk.',
    'rate-limited': 'Please wait a moment and try again.',
    other: 'Please ask the staff at the guidance desk.',
  },
  guidanceAt: (w) => (w.length ? `Guidance desk: window ${windowRanges(w, 'en')}` : 'Please go to the guidance desk'),
  greenTitle: 'Priority service',
  greenExplain: 'Served first:',
  greenProof: 'Please show your ID, disability card or service card at the window.',
  greenReasons: labelsIn(PRIORITY_ELIGIBILITY, 'en'),
  greenChosen: (r) => `Priority: ${r}. Now choose your service`,
  greenCancel: 'Cancel priority',
  greenOnTicket: 'Priority',
  greenNotRecorded: 'Priority could not be recorded here: please tell the guidance desk',
};

export const MESSAGES: Record<Lang, Messages> = { zh, en };

/** Pick the Chinese or English field of a catalogue entry. */
export function nameIn(lang: Lang, x: { name: string; nameEn: string }): string {
  return lang === 'en' && x.nameEn ? x.nameEn : x.name;
}
