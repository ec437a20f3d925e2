/** Every sentence of the booking page (/book), Chinese first; English for visitors who switch. */
import type { Lang } from '../common/labels.js';

export interface BookMessages {
  switchLang: string;
  title: string;
  intro: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchHint: string;
  browse: string;
  noResults: string;
  back: string;
  loading: string;
  loadFailed: string;
  retry: string;
  whatToBring: string;
  nothingToBring: string;
  district: string;
  districtExplain: string;
  book: string;
  bookHint: string;
  takeNow: string;
  takeNowHint: string;
  noWays: string;
  chooseDay: string;
  chooseTime: string;
  free: (n: number) => string;
  full: string;
  noSlots: string;
  yourDetails: string;
  name: string;
  phone: string;
  code: string;
  sendCode: string;
  sending: string;
  resendIn: (s: number) => string;
  codeSent: (masked: string) => string;
  confirm: string;
  submitting: string;
  chosen: (day: string, start: string) => string;
  booked: string;
  bookingCode: string;
  scanAtKiosk: string;
  checkIn: (from: string, until: string) => string;
  when: string;
  matter: string;
  bookedBy: string;
  keepLink: string;
  openLink: string;
  status: Record<'booked' | 'checked-in' | 'cancelled' | 'missed', string>;
  ticketNumber: (n: string) => string;
  cancel: string;
  cancelUntil: (at: string) => string;
  cancelAsk: string;
  cancelYes: string;
  cancelNo: string;
  notCancellable: string;
  bookingMissing: string;
  newBooking: string;
  remoteTitle: string;
  remoteExplain: string;
  takeTicket: string;
  taking: string;
  weekdays: readonly string[];
  today: string;
}

const zh: BookMessages = {
  switchLang: 'English',
  title: '预约办事',
  intro: '先查事项、看清要带的材料，再预约时段或在手机上取号。',
  searchLabel: '查找事项',
  searchPlaceholder: '事项名称、关键词或拼音首字母',
  searchHint: '例如：营业执照、社保、gtgsh（个体工商户）',
  browse: '按部门查找',
  noResults: '没有找到相关事项，可换个说法再试',
  back: '返回',
  loading: '加载中…',
  loadFailed: '加载失败，请检查网络',
  retry: '重试',
  whatToBring: '需携带的材料',
  nothingToBring: '无需携带材料',
  district: '本事项由区级政务服务中心办理',
  districtExplain: '本中心不受理本事项，无需预约。请前往您所在区的政务服务中心办理。',
  book: '预约办理时间',
  bookHint: '选好日期和时段，到时签到后优先叫号',
  takeNow: '现在取号',
  takeNowHint: '在手机上取一个号，实时查看排队进度',
  noWays: '本大厅暂不提供网上预约和手机取号，请到大厅自助机取号。',
  chooseDay: '选择日期',
  chooseTime: '选择时段',
  free: (n) => `余 ${n}`,
  full: '已满',
  noSlots: '近期没有可预约的时段，请到大厅现场取号。',
  yourDetails: '预约人信息',
  name: '姓名（与证件一致）',
  phone: '手机号码',
  code: '短信验证码',
  sendCode: '获取验证码',
  sending: '发送中…',
  resendIn: (s) => `${s} 秒后可重发`,
  codeSent: (masked) => `验证码已发送至 ${masked}，10 分钟内有效`,
  confirm: '确认预约',
  submitting: '提交中…',
  chosen: (day, start) => `已选：${day} ${start}`,
  booked: '预约成功',
  bookingCode: '预约码',
  scanAtKiosk: '到大厅后，在自助机扫描此二维码或输入预约码签到。',
  checkIn: (from, until) => `请在 ${from}–${until} 到大厅自助机签到`,
  when: '预约时间',
  matter: '办理事项',
  bookedBy: '预约人',
  keepLink: '请保存下面的预约管理链接，可随时查看或取消预约：',
  openLink: '打开预约管理',
  status: { booked: '已预约', 'checked-in': '已签到', cancelled: '已取消', missed: '已过期（未签到）' },
  ticketNumber: (n) => `排队号 ${n}`,
  cancel: '取消预约',
  cancelUntil: (at) => `${at} 前可取消`,
  cancelAsk: '确定取消这个预约吗？取消后时段会让给别人。',
  cancelYes: '确定取消',
  cancelNo: '保留预约',
  notCancellable: '已过取消截止时间，不能在线取消。',
  bookingMissing: '找不到这个预约，请检查链接。',
  newBooking: '再预约一个事项',
  remoteTitle: '手机取号',
  remoteExplain: '验证手机号后取号，在手机上实时查看排队进度，快到时短信提醒。',
  takeTicket: '取号',
  taking: '取号中…',
  weekdays: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  today: '今天',
};

const en: BookMessages = {
  switchLang: '中文',
  title: 'Book a visit',
  intro: 'Find your service and see what to bring, then book a time or take a ticket on your phone.',
  searchLabel: 'Find a service',
  searchPlaceholder: 'Service name, keyword or pinyin',
  searchHint: 'e.g. business licence, social security, gtgsh',
  browse: 'Browse by department',
  noResults: 'Nothing found: try other words',
  back: 'Back',
  loading: 'Loading…',
  loadFailed: 'Could not load: check your network',
  retry: 'Retry',
  whatToBring: 'What to bring',
  nothingToBring: 'Nothing to bring',
  district: 'Handled by the district service centres',
  districtExplain: 'This centre does not take this service, so there is nothing to book. Please go to your district\'s service centre.',
  book: 'Book a time',
  bookHint: 'Pick a day and time; check in on arrival and be called ahead',
  takeNow: 'Take a ticket now',
  takeNowHint: 'Take a number on your phone and follow the line live',
  noWays: 'This hall takes neither bookings nor tickets from phones: please take a ticket at a hall kiosk.',
  chooseDay: 'Choose a day',
  chooseTime: 'Choose a time',
  free: (n) => `${n} left`,
  full: 'Full',
  noSlots: 'No times can be booked in the coming days: please take a ticket at the hall.',
  yourDetails: 'Your details',
  name: 'Name (as on your ID)',
  phone: 'Mobile number',
  code: 'Code from the SMS',
  sendCode: 'Send code',
  sending: 'Sending…',
  resendIn: (s) => `Resend in ${s} s`,
  codeSent: (masked) => `Code sent to ${masked}, valid 10 minutes`,
  confirm: 'Confirm booking',
  submitting: 'Sending…',
  chosen: (day, start) => `Chosen: ${day} ${start}`,
  booked: 'Booked',
  bookingCode: 'Booking code',
  scanAtKiosk: 'At the hall, scan this QR code at a kiosk or type the booking code to check in.',
  checkIn: (from, until) => `Check in at a hall kiosk between ${from} and ${until}`,
  when: 'Time',
  matter: 'Service',
  bookedBy: 'Booked by',
  keepLink: 'Keep this link to see or cancel your booking:',
  openLink: 'Open my booking',
  status: { booked: 'Booked', 'checked-in': 'Checked in', cancelled: 'Cancelled', missed: 'Missed (not checked in)' },
  ticketNumber: (n) => `Ticket ${n}`,
  cancel: 'Cancel booking',
  cancelUntil: (at) => `Can be cancelled until ${at}`,
  cancelAsk: 'Cancel this booking? The time will go to someone else.',
  cancelYes: 'Yes, cancel',
  cancelNo: 'Keep it',
  notCancellable: 'It is too late to cancel online.',
  bookingMissing: 'This booking was not found: check the link.',
  newBooking: 'Book another service',
  remoteTitle: 'Ticket on your phone',
  remoteExplain: 'Verify your number, take a ticket, follow the line live and get an SMS when your turn is near.',
  takeTicket: 'Take ticket',
  taking: 'Taking…',
  weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  today: 'Today',
};

export const BOOK_MESSAGES: Readonly<Record<Lang, BookMessages>> = { zh, en };

/** 2026-12-01 → "12月1日 周二" / "Tue 1 Dec": the weekday computed from the date alone. */
export function dayLabel(day: string, lang: Lang): string {
  const [y, m, d] = day.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return day;
  const weekday = BOOK_MESSAGES[lang].weekdays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? '';
  if (lang === 'zh') return `${m}月${d}日 ${weekday}`;
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1] ?? '';
  return `${weekday} ${d} ${month}`;
}

export const nameIn = (lang: Lang, x: { name: string; nameEn: string }): string => (lang === 'en' && x.nameEn ? x.nameEn : x.name);
